"""The catalogue: codes unique and well-formed, every rule cites an authority, its example flags and its
"instead" does not; the loader rejects malformed rules."""

from __future__ import annotations

import pytest

from pipeline.errors import DataError
from pipeline.rules.loader import load_rules, parse_pack

RULES = load_rules()


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_example_flags_and_instead_does_not(rule, flags):
    assert rule.code in {f.code for f in flags(rule.example)}, f"{rule.code} example does not flag"
    assert rule.code not in {f.code for f in flags(rule.instead)}, f"{rule.code} 'instead' is flagged"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_has_authority_message_and_advice(rule):
    assert len(rule.authority) > 15 and len(rule.message) > 20
    assert rule.code.startswith(rule.pack) and len(rule.code) == 6


def test_codes_unique():
    assert len({r.code for r in RULES}) == len(RULES)


@pytest.mark.parametrize("text, message", [
    ("pack: ABC\nrules:\n  - {code: ABC001, name: x, level: error, authority: a, message: m, example: e, "
     "instead: i, patterns: [x], colour: red}\n", "unknown key"),
    ("pack: ABC\nrules:\n  - {code: XYZ001, name: x, level: error, authority: a, message: m, example: e, "
     "instead: i, patterns: [x]}\n", "pack prefix"),
    ("pack: ABC\nrules:\n  - {code: ABC001, name: x, level: fatal, authority: a, message: m, example: e, "
     "instead: i, patterns: [x]}\n", "level"),
    ("pack: ABC\nrules:\n  - {code: ABC001, name: x, level: error, message: m, example: e, instead: i, "
     "patterns: [x]}\n", "authority"),
    ("pack: ABC\nrules: [\n", "invalid YAML"),
    ("pack: ABC\nrules:\n  - {code: ABC001, name: x, level: error, authority: a, message: m, example: e, "
     "instead: i, patterns: [x], supersedes: SAF002}\n", "supersedes"),
    ("pack: ABC\nrules:\n  - {code: ABC001, name: x, level: error, authority: a, message: m, example: e, "
     "instead: i, patterns: [x], unless: {sentence_is: [past_tense]}}\n", "unknown test"),
    ("pack: ABC\nrules:\n  - {code: ABC001, name: x, level: error, authority: a, message: m, example: e, "
     "instead: i, patterns: [x], requires: {sentence_is: [past_report]}}\n", "for unless only"),
])
def test_loader_rejects_malformed_packs(text, message):
    with pytest.raises(DataError, match=message):
        parse_pack(text, "test.yml")


def test_raw_token_patterns_are_validated_when_read():
    """Raw spaCy patterns in a pack are checked once, when the pattern set is built (the Matchers skip it)."""
    from pipeline.patterns import PatternSet

    patterns = PatternSet()
    patterns.add("rule", "XYZ001", [[{"LOWER": "only"}, {"LIKE_NUM": True}]], "pack.yml")
    with pytest.raises(DataError, match="LOWERR"):
        patterns.add("rule", "XYZ002", [[{"LOWERR": "only"}]], "pack.yml")
