"""The advertising rules `silent_on_sober_pages` (ABS007, AUT001, CMP001, CMP002, SAF002, SUB003) flag nothing on a
page that neither sells nor hypes (engine.page_sells_or_hypes, spare_unpromoted), and keep their flags on a page that
sells and on one that hypes without a shop: a page's hype is read from its own wording flags of the packs of
lexicons/promotion.yml `hype_packs`, at least `hype_wordings` of them on distinct words, before any exception spares
one (review A2-H9)."""

from __future__ import annotations

import pytest
from conftest import flags_for

from pipeline.errors import DataError
from pipeline.rules.engine import load_promotion, page_hypes
from pipeline.rules.loader import load_rules

RULES = load_rules()
BY_CODE = {rule.code: rule for rule in RULES}
SILENT = ("ABS007", "AUT001", "CMP001", "CMP002", "SAF002", "SUB003")
OPENING = "# Stiff joints\n\nThis leaflet is for adults with stiff joints.\n\n"
SHOP = "\n\nAdd to cart today for free shipping."
# three hype wordings of three packs, no shop, no product of the page's own
HYPE = ("\n\nRowing is a revolutionary breakthrough for stiff joints. It brings new hope to millions, and it will turn "
        "the tide against ageing.")

# (rule, a sentence of its wording with nothing that qualifies it, the words it flags)
WORDINGS = [
    ("ABS007", "Daily stretching is proven to ease stiff joints.", "proven to"),
    ("AUT001", "Studies show that daily stretching eases stiff joints.", "Studies show"),
    ("CMP001", "Gentle stretching gives better results.", "better"),
    ("CMP002", "Stretching is the most effective treatment for stiff joints.", "most effective"),
    ("SAF002", "Stretching is safe.", "safe"),
    ("SUB003", "Stretching not only eases stiffness but also restores flexibility.", "Stretching not only eases"),
]


def _words(text: str, code: str) -> list[str]:
    return [f.text for f in flags_for(text) if f.code == code]


def _flagged(text: str, code: str, words: str) -> bool:
    return any(found.startswith(words) or words in found for found in _words(text, code))


def test_the_silent_rules_are_the_six_advertising_rules():
    assert tuple(sorted(code for code, rule in BY_CODE.items() if rule.silent_on_sober_pages)) == SILENT


def test_no_silent_rule_is_a_sign_of_hype():
    """Not circular: a rule that is silent on a sober page cannot make a page hype (it would decide its own reading)."""
    assert not {BY_CODE[code].pack for code in SILENT} & load_promotion().hype_packs


@pytest.mark.parametrize("code, sentence, words", WORDINGS)
def test_a_silent_rule_flags_nothing_on_a_page_that_neither_sells_nor_hypes(code, sentence, words):
    assert not _flagged(OPENING + sentence, code, words)


@pytest.mark.parametrize("code, sentence, words", WORDINGS)
def test_a_silent_rule_keeps_its_flag_on_a_page_that_sells(code, sentence, words):
    assert _flagged(OPENING + sentence + SHOP, code, words)


@pytest.mark.parametrize("code, sentence, words", WORDINGS)
def test_a_silent_rule_keeps_its_flag_on_a_page_that_hypes_without_a_shop(code, sentence, words):
    assert _flagged(OPENING + sentence + HYPE, code, words)


def test_two_hype_wordings_are_a_careful_pages_slips_and_three_make_it_hype():
    """The near-miss: a trial report's "encouraging" and a leaflet's "new hope" are two wordings, not hype."""
    two = "\n\nThe early results are encouraging and bring new hope."
    three = two + " Doctors call it a revolutionary test."
    ranking = "Stretching is the most effective treatment for stiff joints."
    assert not _flagged(OPENING + ranking + two, "CMP002", "most effective")
    assert _flagged(OPENING + ranking + three, "CMP002", "most effective")


def test_flags_on_overlapping_words_are_one_hype_wording():
    from pipeline.models import Flag

    def flag(code: str, start: int, end: int) -> Flag:
        return Flag(code=code, name="", level="info", start=start, end=end, line=1, column=start + 1, text="x",
                    message="", suggestion="", authority="")

    hype = [BY_CODE["HYP001"], BY_CODE["CUR002"], BY_CODE["EMO002"]]
    assert all(rule.pack in load_promotion().hype_packs for rule in hype)
    overlapping = [flag("HYP001", 0, 10), flag("CUR002", 5, 15), flag("EMO002", 30, 34)]
    apart = [flag("HYP001", 0, 10), flag("CUR002", 12, 15), flag("EMO002", 30, 34)]
    assert not page_hypes(overlapping, BY_CODE)
    assert page_hypes(apart, BY_CODE)


def test_a_drug_class_comparison_on_a_sober_page_is_no_flag_and_on_a_hyping_page_keeps_it():
    """Review A-M10: a leaflet's comparison of drug classes ranks standard treatments for the reader; the same words on
    a page that hypes are read as a promoter's."""
    sentence = "ACE inhibitors are usually more effective at lowering blood pressure in younger adults."
    assert not _words(OPENING + sentence, "CMP001")
    assert _words(OPENING + sentence + HYPE, "CMP001")


def test_hype_is_read_before_any_spare():
    """Review A2-H9: a page's hype words that an exception would spare where nothing is promoted (another's words a
    report quotes, its speaker named) are still its signs: the rankings on a page that relays a clinic's hype keep
    their flags."""
    quoted = ('\n\n"This is a revolutionary breakthrough," said Dr Alan Reeve, who runs the clinic. '
              '"It is a miracle that brings hope to every family," he said.')
    ranking = "Stretching is the most effective treatment for stiff joints."
    assert _flagged(OPENING + ranking + quoted, "CMP002", "most effective")


def test_a_proven_claim_heading_the_page_is_a_sign_of_promotion_and_keeps_its_flag():
    """ABS007's one place among the signs of promotion (SUB003's `requires.page_flags`): a promoter's wording that
    heads the page, a misinformation page's title; the same words once in its body are a slip, and on a page that
    neither sells nor hypes they get no flag."""
    headed = "# Ivermectin: the proven way to protect yourself from COVID\n\nIt is sold in farm shops."
    assert _words(headed, "ABS007")
    assert not _words(OPENING + "Daily stretching is proven to ease stiff joints.", "ABS007")


@pytest.mark.parametrize("extra", [
    {"unless": {"unpromoted": {"sentence_is": ["attributed_quote"]}}},
    {"unpromoted_level": "info"},
])
def test_a_silent_rule_may_not_have_an_exception_or_a_level_only_for_sober_pages(extra):
    from pipeline.rules.loader import _parse_rule

    raw = {"code": "TST001", "name": "test", "level": "warning", "authority": "a", "message": "m",
           "patterns": ["proven"], "example": "e", "instead": "i", "silent_on_sober_pages": True, **extra}
    with pytest.raises(DataError, match="silent_on_sober_pages"):
        _parse_rule(raw, "TST", "test", "test.yml")


def test_silent_on_sober_pages_is_true_or_false():
    from pipeline.rules.loader import _parse_rule

    raw = {"code": "TST001", "name": "test", "level": "warning", "authority": "a", "message": "m",
           "patterns": ["proven"], "example": "e", "instead": "i", "silent_on_sober_pages": "yes"}
    with pytest.raises(DataError, match="true or false"):
        _parse_rule(raw, "TST", "test", "test.yml")
