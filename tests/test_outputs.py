"""The committed claims.csv is what the committed sources and references produce; runs are deterministic."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.audit import run_audit
from pipeline.config import load_config
from pipeline.outputs import claims_csv, json_output

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def bundled(tmp_path_factory):
    import os

    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        return run_audit(load_config(ROOT / "pyproject.toml"), use_cache=False)
    finally:
        os.chdir(cwd)


def test_committed_claims_csv_is_current(bundled):
    assert claims_csv.render(bundled) == (ROOT / "claims.csv").read_text(encoding="utf-8"), \
        "claims.csv is stale: run `claimaudit check` and commit it"


def test_two_runs_are_byte_identical(bundled):
    import os

    os.chdir(ROOT)
    again = run_audit(load_config(ROOT / "pyproject.toml"), use_cache=False)
    assert json_output.render(again) == json_output.render(bundled)
    assert claims_csv.render(again) == claims_csv.render(bundled)


def test_cached_and_parallel_runs_equal_a_fresh_run(bundled, tmp_path, monkeypatch):
    import shutil

    shutil.copytree(ROOT / "sources", tmp_path / "sources")
    shutil.copytree(ROOT / "references", tmp_path / "references")
    monkeypatch.chdir(tmp_path)
    config = load_config(None)
    first = run_audit(config, jobs=2)  # fills the cache (.claimaudit_cache in tmp_path)
    assert (tmp_path / ".claimaudit_cache").is_dir()
    second = run_audit(config)  # served from the cache
    assert json_output.render(first) == json_output.render(second) == json_output.render(bundled)


@pytest.mark.parametrize("lookahead", [1, 4096])
def test_a_few_changed_sources_are_audited_by_the_engine_worker(bundled, tmp_path, monkeypatch, lookahead):
    """A re-run with a few sources changed audits them in the engine worker (started with the run) while the cached
    ones are copied; the outputs stay in path order, also when cached sources wait behind one being audited."""
    import shutil

    from pipeline import audit

    shutil.copytree(ROOT / "sources", tmp_path / "sources")
    shutil.copytree(ROOT / "references", tmp_path / "references")
    monkeypatch.chdir(tmp_path)
    config = load_config(None)
    run_audit(config, jobs=2)  # fills the cache
    changed = sorted((tmp_path / "sources").glob("*.txt"))[2]
    with changed.open("a", encoding="utf-8") as handle:
        handle.write("\nThis supplement cures arthritis and is 100% safe.\n")
    audited = []
    engine_audit = audit.EngineWorker.audit
    monkeypatch.setattr(audit.EngineWorker, "audit", lambda self, path: audited.append(path) or engine_audit(self, path))
    monkeypatch.setattr(audit, "LOOKAHEAD", lookahead)
    rerun = run_audit(config, jobs=2)
    assert [path.name for path in audited] == [changed.name]
    assert json_output.render(rerun) == json_output.render(run_audit(config, use_cache=False))
    assert "cures arthritis" in json_output.render(rerun)


def test_an_unreadable_changed_source_stops_the_run_naming_it(tmp_path, monkeypatch):
    import shutil

    from pipeline.errors import InputError

    shutil.copytree(ROOT / "sources", tmp_path / "sources")
    shutil.copytree(ROOT / "references", tmp_path / "references")
    monkeypatch.chdir(tmp_path)
    config = load_config(None)
    run_audit(config, jobs=2)
    broken = sorted((tmp_path / "sources").glob("*.txt"))[1]
    broken.write_bytes(b"Fine first line\nbad \xff byte\n")
    with pytest.raises(InputError) as raised:
        run_audit(config, jobs=2)
    assert (raised.value.path, raised.value.line) == (f"sources/{broken.name}", 2)


def test_every_offset_slices_back_to_its_text(bundled):
    for source in bundled.sources:
        raw = (ROOT / source.path).read_text(encoding="utf-8")
        for claim in source.claims:
            assert " ".join(raw[claim.start:claim.end].split()) == claim.text
        for flag in source.flags:
            assert " ".join(raw[flag.start:flag.end].split()) == flag.text


def test_committed_reports_are_current(bundled):
    from pipeline.outputs.html import read_source_file, render_reports

    import os

    os.chdir(ROOT)
    pages = render_reports(bundled, read_source_file)
    committed = {p.name for p in (ROOT / "reports").glob("*.html")}
    assert committed == set(pages), "reports/ is stale: run `claimaudit check` and commit it"
    for name, html in pages.items():
        assert (ROOT / "reports" / name).read_text(encoding="utf-8") == html, f"reports/{name} is stale"


def test_a_worker_is_replaced_after_about_a_thousand_sources():
    """A forked worker's memory grows with every source it audits (its vocabulary and caches): it is replaced by a
    fresh fork after about a thousand, which kept the cache-fill run of 5,183 abstracts at 332 MB instead of 381 MB
    (process tree, --jobs 2), and must not be raised far past that without measuring it again."""
    from pipeline.audit import CHUNK, WORKER_TASKS

    assert 500 <= CHUNK * WORKER_TASKS <= 2000


def test_past_its_vocabulary_limit_a_worker_drops_each_sources_new_words_and_audits_alike(tmp_path, monkeypatch):
    """Past `VOCABULARY_LIMIT` strings, a forked worker audits each source in a spaCy memory zone
    (`_vocabulary_bound`): the strings and vocabulary entries the source's new words made are gone after it, and
    every later source, its Matchers and PhraseMatchers reading word hashes, is audited as without the zone. Below the
    limit the vocabulary keeps the words (the common ones, met first)."""
    from pipeline import audit
    from pipeline.nlp import build_language

    monkeypatch.chdir(ROOT)
    auditor = audit.Auditor(load_config(ROOT / "pyproject.toml"), use_cache=False)
    auditor.warm_up()  # as the workers' parent does before forking: every Matcher and table built outside a zone
    first = sorted((ROOT / "sources").glob("*.txt"))[0]
    second, third = tmp_path / "second.txt", tmp_path / "third.txt"
    for path in (second, third):  # words no other source has: new to the vocabulary
        path.write_text(" ".join(f"Qz{path.stem}word{n} cures colds." for n in range(20)) + "\n", encoding="utf-8")
    expected = auditor.audit_file(first)
    assert expected.flags  # a source whose wordings the pattern Matchers flag
    strings = build_language(None).vocab.strings
    monkeypatch.setattr(audit, "VOCABULARY_LIMIT", len(strings) + 1)
    with audit._vocabulary_bound(None):  # below the limit: no zone, the new words stay
        auditor.audit_file(second)
    kept = len(strings)
    assert kept > audit.VOCABULARY_LIMIT - 1
    with audit._vocabulary_bound(None):  # past it: the third source's new words are dropped after it
        auditor.audit_file(third)
        assert len(strings) > kept
    assert len(strings) == kept
    with audit._vocabulary_bound(None):
        again = auditor.audit_file(first)
    assert again == expected
    assert auditor.audit_file(first) == expected  # and outside a zone after one


def test_a_word_record_keeps_one_string_where_its_fields_spell_alike():
    """`nlp._word` keeps the word's text once where its lower case and NORM spell it alike (a third less memory per
    distinct word in a long-lived worker); the fields read as spaCy gives them either way."""
    from pipeline.nlp import _word, build_language

    vocab = build_language(None).vocab
    for text in ("cells", "Cells", "RESULTS", "were", "NSAIDs"):
        lexeme = vocab[text]
        word = _word(vocab, lexeme.orth, {})
        assert word[:4] == (text, lexeme.lower_, lexeme.norm, lexeme.norm_)
        assert (word[1] is word[0]) == (lexeme.lower_ == text)
        assert (word[3] is word[1]) == (lexeme.norm_ == lexeme.lower_)


def test_the_parent_builds_what_an_audit_builds_on_first_need_before_forking(tmp_path, monkeypatch):
    """Before forking its workers the parent audits the rule catalogue's examples once (`Auditor.warm_up`): the
    tables an audit builds on first need (the English lemma index, lexicons read lazily) are then made once and
    shared by every worker, instead of by each worker and each replacement; then it gives its free heap pages back
    (`_release_free_memory`). A run that forks no worker does neither."""
    import shutil

    from pipeline import audit, ingest

    shutil.copytree(ROOT / "sources", tmp_path / "sources")
    shutil.copytree(ROOT / "references", tmp_path / "references")
    monkeypatch.chdir(tmp_path)
    config = load_config(None)
    warmed, trimmed = [], []
    monkeypatch.setattr(audit.Auditor, "warm_up", lambda self: warmed.append(self))
    monkeypatch.setattr(audit, "_release_free_memory", lambda: trimmed.append(True))
    run_audit(config, jobs=1, use_cache=False)  # one process: nothing to share, no warm-up
    assert warmed == trimmed == []
    run_audit(config, jobs=2, use_cache=False)  # forked workers (5 sources: at least two per worker)
    assert len(warmed) == len(trimmed) == 1  # and the heap's free pages are given back before the fork
    monkeypatch.undo()
    monkeypatch.chdir(tmp_path)
    ingest.noun_lemmas.cache_clear()
    audit.Auditor(config, use_cache=False).warm_up()
    assert ingest.noun_lemmas.cache_info().currsize == 1  # the lemma index, built in the parent


def test_a_run_keeps_each_sources_totals_and_its_cached_view_the_claim_keys(tmp_path, monkeypatch):
    """While a run streams, it keeps of each source what the heads, tails, summary table and exit code read (its
    counts), not the claim and flag keys: those go to the source's cached view, where the next run tells from them
    whether a waiver applies, and must stay there."""
    from datetime import date

    from pipeline.audit import AuditRun
    from pipeline.gate import FailOn
    from pipeline.outputs.batch import write_run
    from pipeline.outputs.document import DocumentWriter
    from pipeline.outputs.json_output import JsonFormat
    from pipeline.waivers import WaiverLedger

    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("Vitamin C cures colds. Exercise always helps fatigue.\n", encoding="utf-8")
    config = load_config(None, references=str(ROOT / "references"))
    gate = FailOn.parse(config.fail_on, where="test")
    audit = AuditRun(config, ["a.txt"], jobs=1)
    run = write_run(audit, gate, WaiverLedger((), date.today()), [DocumentWriter(JsonFormat(gate), "out.json")])
    [kept] = run.sources
    assert kept.claims >= 2 and kept.blocking >= 1 and run.exit_code == 1
    assert kept.claim_keys == () and kept.flag_keys == ()
    view = audit.auditor.cache.get_view(audit.auditor.key_of(Path("a.txt")), gate.spec)
    assert len(view["summary"]["claim_keys"]) == kept.claims and view["summary"]["flag_keys"]
