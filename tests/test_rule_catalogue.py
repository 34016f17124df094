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
    ("pack: ABC\nrules:\n  - {code: ABC001, name: x, level: error, authority: a, message: m, example: e, "
     "instead: i, patterns: [x], requires: {sentence_matches: [{shared: our_products}]}}\n", "shared_phrases.yml"),
    # words anywhere on the page are a requirement of a claim rule only (an existence rule's match has its sentence),
    # and an exception of an existence rule only (a page that argues against the wording it names)
    ("pack: ABC\nrules:\n  - {code: ABC001, name: x, type: claim, level: error, authority: a, message: m, "
     "example: e, instead: i, unless: {page_matches: [x]}}\n", "existence rules only"),
    ("pack: ABC\nrules:\n  - {code: ABC001, name: x, level: error, authority: a, message: m, example: e, "
     "instead: i, patterns: [x], requires: {page_matches: [x]}}\n", "claim rules only"),
])
def test_loader_rejects_malformed_packs(text, message):
    with pytest.raises(DataError, match=message):
        parse_pack(text, "test.yml")


def test_a_shared_phrase_list_becomes_each_rules_own_condition():
    """EMO003 and SUB003 take the seller's "our … product" phrases from one list (lexicons/shared_phrases.yml): each
    rule gets them as its own condition patterns, and no cue of their own is matched (a cue would hide "formula",
    "tea" … from the claim stage's topic words)."""
    from pipeline.nlp import analyse_text
    from pipeline.rules.loader import load_shared_phrases

    shared = load_shared_phrases()["own_product"]
    by_code = {r.code: r for r in RULES}
    for code in ("EMO003", "SUB003"):
        conditions = dict(by_code[code].local_patterns)[f"{code}:requires"]
        assert all(phrase in conditions for phrase in shared)
    analysis = analyse_text("Our herbal tea lowers blood sugar.")
    assert {m.label for m in analysis.of_kind("cue")} >= {"SUB003:requires"}
    assert not any(m.label == "own_product" for m in analysis.mentions)


def test_page_requirement_is_the_pages_own_words():
    """SUB003's seller words anywhere on the page (requires.page_matches) make the plain benefits it states of its
    section's subject promoted; the same words quoted or named as a warning sign do not, nor does the background a
    seller gives (a subject not in the heading)."""
    from conftest import flags_for

    def sub003(text: str) -> list:
        return [f for f in flags_for(text) if f.code == "SUB003"]

    heading, benefit = "Why Moringa?\n\n", "Moringa lowers inflammation in the body. "
    assert not sub003(heading + benefit)
    assert sub003(heading + benefit + "Order our moringa powder today.")
    assert not sub003(heading + 'Be wary of products sold as a "superfood". ' + benefit)
    assert not sub003(heading + "Two types of immunity protect the body. Order our moringa powder today.")


def test_raw_token_patterns_are_validated_when_read():
    """Raw spaCy patterns in a pack are checked once, when the pattern set is built (the Matchers skip it)."""
    from pipeline.patterns import PatternSet

    patterns = PatternSet()
    patterns.add("rule", "XYZ001", [[{"LOWER": "only"}, {"LIKE_NUM": True}]], "pack.yml")
    with pytest.raises(DataError, match="LOWERR"):
        patterns.add("rule", "XYZ002", [[{"LOWERR": "only"}]], "pack.yml")
