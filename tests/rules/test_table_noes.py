"""The cell words that rule a harm or a return out are written three times (review rvB2-L4): lexicons/sentences.yml
`table_ruling_out` (rules/sentences.py reads the cell's whole text), SAF006's and ABS009's first pattern token (which
finds the word the flag marks). A word added to one and not the others would flag nothing or flag unread cells."""

from __future__ import annotations

from importlib import resources

import yaml


def _rule(pack: str, code: str) -> dict:
    rules = yaml.safe_load(resources.files("pipeline.rulepacks").joinpath(pack).read_text(encoding="utf-8"))
    rules = rules["rules"] if isinstance(rules, dict) else rules
    return next(rule for rule in rules if rule["code"] == code)


def test_the_three_lists_of_noes_agree():
    lexicon = yaml.safe_load(resources.files("pipeline.lexicons").joinpath("sentences.yml").read_text(encoding="utf-8"))
    single = {word for word in lexicon["table_ruling_out"] if " " not in word}
    for pack, code in (("safety.yml", "SAF006"), ("absolute.yml", "ABS009")):
        first = _rule(pack, code)["patterns"][0][0]
        assert set(first["LOWER"]["IN"]) == single, code
