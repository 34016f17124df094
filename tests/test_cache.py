"""The cache's engine key: what invalidates every cached source result."""

from __future__ import annotations

from conftest import ROOT
from pipeline import cache


def test_the_engine_key_changes_with_spacys_and_its_lemma_tables_versions(monkeypatch):
    """An upgrade of spaCy (its tokenizer's special cases) or of spacy-lookups-data (the lemma tables) changes what
    the engine reads with no file of claimaudit's changed: the cached results must not outlive it. The same
    libraries give the same key."""
    references = ROOT / "references"
    installed = {name: cache.library_version(name) for name in cache.ENGINE_LIBRARIES}
    assert all(installed.values())  # both are installed where the engine runs
    key = cache.engine_key(references, None)
    assert cache.engine_key(references, None) == key
    for library in cache.ENGINE_LIBRARIES:
        upgraded = dict(installed, **{library: installed[library] + ".post1"})
        monkeypatch.setattr(cache, "library_version", upgraded.__getitem__)
        assert cache.engine_key(references, None) != key, library
    monkeypatch.setattr(cache, "library_version", installed.__getitem__)
    assert cache.engine_key(references, None) == key


def test_a_library_that_is_not_installed_has_no_version():
    assert cache.library_version("claimaudit-no-such-library") == ""
