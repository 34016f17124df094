"""Every rule pack reads "n’t" (the typographic apostrophe) wherever it reads "n't": the tokenizer splits "don’t" into
"do" + "n’t", so a list or a word pattern that holds only "n't" never matches text typed with ’ (review rvB-H1)."""

from __future__ import annotations

from importlib import resources
from typing import Any, Iterator

import yaml
from conftest import flags_for


def _walk(node: Any) -> Iterator[Any]:
    yield node
    if isinstance(node, dict):
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for item in node:
            yield from _walk(item)


def _missing_typographic_twins(folder: str) -> list[tuple[str, Any]]:
    """The lists and word patterns of the data files in `folder` that read a contraction's "n't" in a word matched
    exactly ("n't", "isn't" in a token list or a word list; "=n't", "=isn't" in a word pattern) without its twin typed
    with ’. A phrase's plain word ("not|n't", "don't") is read by its norm, "not" for both apostrophes: no twin needed."""
    missing: list[tuple[str, Any]] = []
    for data in sorted(resources.files("pipeline").joinpath(folder).iterdir(), key=lambda p: p.name):
        if not data.name.endswith(".yml"):
            continue
        for node in _walk(yaml.safe_load(data.read_text("utf-8"))):
            if isinstance(node, list):
                words = {item for item in node if isinstance(item, str)}
                if any(w.endswith("n't") and w.replace("n't", "n’t") not in words for w in words):
                    missing.append((data.name, node))
            # a word pattern's alternation ("=do =n't|=not =let", "=isn't|=aren't")
            if isinstance(node, str):
                exact = {a for item in node.split() for a in item.rstrip("?").split("|") if a.startswith("=")}
                if any(a.endswith("n't") and a.replace("n't", "n’t") not in exact for a in exact):
                    missing.append((data.name, node))
    return missing


def test_every_token_list_with_n_apostrophe_t_holds_the_typographic_one():
    assert not _missing_typographic_twins("rulepacks")


def test_every_lexicon_list_with_n_apostrophe_t_holds_the_typographic_one():
    """fixE43 checked the rule packs; the lexicons (cues.yml, context.yml, headings.yml, …) held "n't" alone."""
    assert not _missing_typographic_twins("lexicons")


def test_a_phrase_s_plain_contraction_reads_both_apostrophes():
    from pipeline.patterns import compile_phrase

    assert compile_phrase("do|don't|never ignore") == compile_phrase("do|don’t|never ignore")
    assert compile_phrase("not|n't support") == compile_phrase("not|n’t support")


def _codes(text: str) -> set[str]:
    return {f.code for f in flags_for(text + " Add to cart today for free shipping.")}


def test_negated_appeals_typed_with_a_typographic_apostrophe_flag():
    assert "AUT003" in _codes("My GP couldn’t believe it.")
    assert "EMO005" in _codes("Big pharma can’t patent a seed.")
    assert "EMO005" in _codes("The cure your oncologist won’t tell you about.")
    assert "EMO005" in _codes("Don’t waste another year.")
    assert "EMO005" in _codes("Don’t let a pill bottle run your life.")
    assert "EMO005" in _codes("The secret your doctor won’t tell you.")

