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


def test_every_token_list_with_n_apostrophe_t_holds_the_typographic_one():
    missing = []
    for pack in sorted(resources.files("pipeline").joinpath("rulepacks").iterdir(), key=lambda p: p.name):
        if not pack.name.endswith(".yml"):
            continue
        for node in _walk(yaml.safe_load(pack.read_text("utf-8"))):
            if isinstance(node, list) and "n't" in node and "n’t" not in node:
                missing.append((pack.name, node))
            # a word pattern's alternation ("=do =n't|=not =let")
            if isinstance(node, str) and "=n't" in node and "=n’t" not in node:
                missing.append((pack.name, node))
    assert not missing


def _codes(text: str) -> set[str]:
    return {f.code for f in flags_for(text + " Add to cart today for free shipping.")}


def test_negated_appeals_typed_with_a_typographic_apostrophe_flag():
    assert "AUT003" in _codes("My GP couldn’t believe it.")
    assert "EMO005" in _codes("Big pharma can’t patent a seed.")
    assert "EMO005" in _codes("The cure your oncologist won’t tell you about.")
    assert "EMO005" in _codes("Don’t waste another year.")
    assert "EMO005" in _codes("Don’t let a pill bottle run your life.")
    assert "EMO005" in _codes("The secret your doctor won’t tell you.")

