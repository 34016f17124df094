"""The advertising rules `silent_on_sober_pages` (ABS007, ABS009, AUT001, CMP001, CMP002, CMP004, SAF002, SAF005,
SAF006, SUB003; README.md lists them, `SILENT` below) flag nothing on a page that neither sells nor hypes
(engine.page_sells_or_hypes, spare_unpromoted), and keep their flags on a page that sells and on one that hypes
without a shop: a page's hype is read from its own wording flags of the packs of lexicons/promotion.yml `hype_packs`,
at least `hype_wordings` of them on distinct words, before any exception spares one (review A2-H9)."""

from __future__ import annotations

import pytest
from conftest import flags_for

from pipeline.errors import DataError
from pipeline.rules.engine import load_promotion, page_hypes
from pipeline.rules.loader import load_rules

RULES = load_rules()
BY_CODE = {rule.code: rule for rule in RULES}
SILENT = ("ABS007", "ABS009", "AUT001", "CMP001", "CMP002", "CMP004", "SAF002", "SAF005", "SAF006",
          "SUB003")
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
    # (a comparison grid's result in the product's column, CMP004: a health service tabulates options from guidance)
    ("CMP004", "| | FlexiRow | Pills |\n|---|---|---|\n| Works in | 10 minutes | 1 hour |", "10 minutes"),
    ("SAF002", "Stretching is safe.", "safe"),
    # (an FAQ's bare answer that rules out a harm, SAF005: a health service's FAQ is information)
    ("SAF005", "Are there any side effects?\nNone at all.", "None at all"),
    ("SUB003", "Stretching not only eases stiffness but also restores flexibility.", "Stretching not only eases"),
    # (a comparison table's no harm or no return, SAF006 and ABS009: a consumer guide compares what it does not sell)
    ("SAF006", "| | Stretching | Painkillers |\n|---|---|---|\n| Side effects | None | Stomach upset |", "None"),
    ("ABS009", "| | Stretching | Painkillers |\n|---|---|---|\n| Comes back? | Never | Often |", "Never"),
]


def _words(text: str, code: str) -> list[str]:
    return [f.text for f in flags_for(text) if f.code == code]


def _flagged(text: str, code: str, words: str) -> bool:
    return any(found.startswith(words) or words in found for found in _words(text, code))


def test_the_silent_rules_are_the_ten_advertising_rules():
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
    """Review A2-H9: a page's hype words that an exception would spare where nothing is promoted are still its signs:
    the rankings on a page that quotes its own clinic's director keep their flags (a speaker of the page's own house,
    sentences._speaks_for_a_house; another's quoted hype is not the page's: review A2-H3, below)."""
    quoted = ('\n\n"This is a revolutionary breakthrough," said Dr Alan Reeve, who runs our clinic. '
              '"It is a miracle that brings hope to every family," he said of our therapy.')
    ranking = "Stretching is the most effective treatment for stiff joints."
    assert _flagged(OPENING + ranking + quoted, "CMP002", "most effective")


def test_a_silent_rules_wording_heading_the_page_is_no_sign_that_it_sells():
    """Review B-H4: ABS007 is a silent rule, so its own "proven" heading a charity's page must not make the page sell
    and switch the six rules on (it would decide its own reading); a cure promise heading the page still is a sign."""
    body = "\n\nThis guide from a heart charity is for adults.\n\nWalking is the most effective treatment for it."
    proven = "# Proven ways to lower your cholesterol" + body
    miracle = "# The miracle way to lower your cholesterol" + body
    assert not _words(proven, "ABS007")
    assert not _flagged(proven, "CMP002", "most effective")
    assert _flagged(miracle, "CMP002", "most effective")


def test_no_flag_of_a_silent_rule_is_a_sign_that_a_page_sells_or_hypes():
    """Review B-H4: whatever the signs read (SUB003's `requires.page_flags`, the hype count), the silent rules' own
    flags are left out of them: a page whose only wording flags are theirs neither sells nor hypes; a miracle cure
    heading it does sell."""
    from pipeline.claims import find_topic_words, read_claims
    from pipeline.nlp import analyse_text
    from pipeline.rules.engine import find_flags, page_sells_or_hypes

    def loud(text: str, silent_only: bool) -> bool:
        analysis = analyse_text(text)
        claims = read_claims(analysis, find_topic_words(analysis)).read(promotes=False)
        flags = find_flags(analysis, claims, RULES)
        if silent_only:
            flags = [flag for flag in flags if BY_CODE[flag.code].silent_on_sober_pages]
            assert {"ABS007", "CMP002"} <= {flag.code for flag in flags}
        return page_sells_or_hypes(analysis, claims, flags, RULES)

    assert not loud("Proven: the most effective way to lower your cholesterol is walking, which is proven to work.",
                    True)
    assert loud("The miracle cure for high cholesterol: walking, the most effective way, proven to work.", False)


def test_cure_words_of_a_rule_graded_by_promotion_are_no_hype():
    """Review A-H1: a hepatitis page's accurate "can be cured", "are cured", "a cure" (CUR001, graded by
    `unpromoted_level`, already no sign of promotion) are no hype either; three hype words still are."""
    cured = ("\n\nMost people with hepatitis C can be cured. After treatment you are considered cured. Being cured "
             "does not make you immune.")
    ranking = "Tablets are the most effective treatment for hepatitis C."
    assert not _flagged(OPENING + ranking + cured, "CMP002", "most effective")
    assert _flagged(OPENING + ranking + HYPE, "CMP002", "most effective")


def test_hype_a_report_quotes_from_a_named_speaker_is_not_the_pages():
    """Review A2-H3: a news report quoting a named researcher's "breakthrough" and "revolutionary" does not hype; the
    same words in the page's own voice do."""
    quoted = ('\n\nThe lead author, Professor Ruth Adeyemi, said: "This is a breakthrough and a revolutionary '
              'result." "It is life-changing," she said.')
    own = "\n\nThis is a breakthrough and a revolutionary result. It is life-changing."
    ranking = "Stretching is the most effective treatment for stiff joints."
    assert not _flagged(OPENING + ranking + quoted, "CMP002", "most effective")
    assert _flagged(OPENING + ranking + own, "CMP002", "most effective")


def test_a_silent_rule_may_not_have_an_exception_only_for_sober_pages_but_may_have_a_level_for_them():
    """Its `unless.unpromoted` would never apply; its `unpromoted_level` applies on a page that hypes but sells
    nothing (review A-H1)."""
    from pipeline.rules.loader import _parse_rule

    raw = {"code": "TST001", "name": "test", "level": "warning", "authority": "a", "message": "m",
           "patterns": ["proven"], "example": "e", "instead": "i", "silent_on_sober_pages": True}
    with pytest.raises(DataError, match="silent_on_sober_pages"):
        _parse_rule({**raw, "unless": {"unpromoted": {"sentence_is": ["attributed_quote"]}}}, "TST", "test", "test.yml")
    assert _parse_rule({**raw, "unpromoted_level": "info"}, "TST", "test", "test.yml").unpromoted_level == "info"


@pytest.mark.parametrize("code, sentence, words", [w for w in WORDINGS if w[0] in ("CMP002", "SAF002")])
def test_safe_and_a_ranking_are_info_on_a_page_that_hypes_and_warnings_on_one_that_sells(code, sentence, words):
    """Review A-H1: SAF002's "safe" and CMP002's "the most effective" have an accurate clinical use; on a page that
    hypes but sells nothing they are info, as they were before the rules became silent; a shop makes them warnings."""
    def levels(text: str) -> set[str]:
        return {f.level for f in flags_for(text) if f.code == code and words in f.text}

    assert levels(OPENING + sentence + HYPE) == {"info"}
    assert levels(OPENING + sentence + SHOP) == {"warning"}


def test_silent_on_sober_pages_is_true_or_false():
    from pipeline.rules.loader import _parse_rule

    raw = {"code": "TST001", "name": "test", "level": "warning", "authority": "a", "message": "m",
           "patterns": ["proven"], "example": "e", "instead": "i", "silent_on_sober_pages": "yes"}
    with pytest.raises(DataError, match="true or false"):
        _parse_rule(raw, "TST", "test", "test.yml")


def _argues(text: str) -> bool:
    from pipeline.nlp import analyse_text
    from pipeline.rules.engine import page_argues

    return page_argues(analyse_text(text))


@pytest.mark.parametrize("argument", [
    "Nutritionists agree that celery juice heals the gut. Science has proven that it clears eczema.",
    "Herbalists say celery juice heals the gut, and it works better than antibiotics. Doctors now agree.",
    "It is proven that celery juice heals the gut. It is safer than any prescription medicine for eczema.",
    # the class with its kind or use before it
    "Garlic is safer than long courses of statins. It works better than migraine medication too.",
])
def test_a_page_that_argues_against_care_in_two_sentences_is_loud(argument):
    """Review A2-H1: a misinformation page sells nothing and hypes little, but leans on unnamed consensus, research
    said to have proven, and a remedy ranked above a class of care; two such sentences make it loud."""
    assert _argues(argument)
    assert _flagged(OPENING + "Stretching is the most effective treatment for stiff joints. " + argument, "CMP002",
                    "most effective")


@pytest.mark.parametrize("careful", [
    # one appeal alone is a careful page's slip
    "Most dermatologists agree that moisturising helps eczema.",
    # denied, or a ranking that is no argument against care
    "No study has proven that celery juice heals the gut. Celery juice is not better than antibiotics.",
    "Experts do not agree on how much water to drink. Tap water is better than bottled water for teeth.",
    # others' words, named as theirs
    'Posts claim that "doctors agree" and that "research has proven" celery juice heals the gut.',
    "A cream is more effective than a tablet for mild eczema, and a steroid cream is stronger than an emollient.",
    # a class too far past "than", after a mark: no ranking above it
    "Walking is better than sitting, and it helps your heart. Cycling is healthier than driving, as drugs are costly.",
])
def test_a_page_with_at_most_one_appeal_or_only_others_appeals_does_not_argue(careful):
    assert not _argues(careful)
    assert not _flagged(OPENING + "Stretching is the most effective treatment for stiff joints. " + careful,
                        "CMP002", "most effective")


@pytest.mark.parametrize("listing", [
    "Sold by Quietwood Remedies. Lavender pillow mist, 100 ml.",
    "Lavender pillow mist, 100 ml. #2 Best Seller in Sleep Aids.",
    "Lavender pillow mist, 100 ml. Bestseller in Sleep Aids.",
    "## Customer questions & answers\n\nCan I use it every night? Yes.",
])
def test_a_marketplace_listings_terms_are_a_sign_that_it_sells(listing):
    """Review A2-H2: a marketplace listing sells with its seller, sales rank and buyers' questions; a leaflet that
    says where a medicine is sold or answers questions does not."""
    ranking = "Lavender is the most effective treatment for poor sleep."
    assert _flagged(OPENING + ranking + "\n\n" + listing, "CMP002", "most effective")


@pytest.mark.parametrize("leaflet", [
    "Melatonin is sold by pharmacies only on prescription in the UK.",
    "## Questions and answers\n\nCan I take it every night? Ask your pharmacist.",
])
def test_where_a_medicine_is_sold_and_a_leaflets_questions_are_no_sign_that_it_sells(leaflet):
    ranking = "Lavender is the most effective treatment for poor sleep."
    assert not _flagged(OPENING + ranking + "\n\n" + leaflet, "CMP002", "most effective")


_COUNTS = {"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}


def _readme() -> str:
    from pathlib import Path

    return " ".join((Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8").split())


def test_the_readme_lists_the_silent_rules_by_code_and_name():
    # README's list ("Ten advertising rules name `silent_on_sober_pages: true` …: ABS007 (proven-claim), …") is the
    # rule packs' (review rvB2-L6: it said six when there were ten)
    import re

    text = _readme()
    said = re.search(r"(\w+) advertising rules name `silent_on_sober_pages: true`[^:]*: (.*?)\. ", text)
    assert said is not None
    listed = re.findall(r"([A-Z]{3}\d{3}) \(([a-z-]+)\)", said.group(2))
    silent = sorted((rule.code, rule.name) for rule in RULES if rule.silent_on_sober_pages)
    assert sorted(listed) == silent and _COUNTS[said.group(1).lower()] == len(silent)
    assert tuple(code for code, _ in silent) == SILENT


def test_the_readme_names_every_sentence_test():
    # README's list of the named sentence tests (`sentence_is`) is sentences.SENTENCE_TESTS, in its order
    import re

    from pipeline.rules.sentences import SENTENCE_TESTS

    said = re.search(r"whose `SENTENCE_TESTS` are (.*?);", _readme())
    assert said is not None
    assert re.findall(r"`(\w+)`", said.group(1)) == list(SENTENCE_TESTS)
