"""Fact-check pages: what others are said to claim, rejected by the page in the next sentence ("Many people say that X
cures Y. That is not true.", "A viral post says … We rate this claim False."), is not the page's own
(pipeline/rules/mentions.py `_framed`, the `hearsay` and `rejection` phrases of lexicons/mentions.yml); where a claim
block's quoted claim ends (`_claim_end`); a sober page's comparison with placebo (CMP002). The fixture pages of
tests/fixtures/factcheck and of tests/fixtures/rulings (the page's own rulings, tests/rules/test_page_rulings.py) are
read here."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.audit import audit_source
from pipeline.ingest import load_source
from pipeline.nlp import analyse
from pipeline.rules.loader import load_rules
from conftest import audit_markdown as _audit, shipped_index

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _codes(markdown: str) -> list[str]:
    return sorted(f.code for f in _audit(markdown).flags)


# fixtures/factcheck: page -> the codes of its flags, sorted; and the text of each claim that is not the page's own
# (voice "reported", or "rejected" when the page calls it false outright: tests/test_gate_voice.py), in order
FACT_CHECK_PAGES = {
    "garlic-people-say.md": ([], ["Many people say that garlic cures high blood pressure"]),
    "vitamin-c-often-said.md": ([], ["It is often said that vitamin C is a guaranteed way to prevent colds"]),
    "colloidal-silver-websites.md": ([], ["Some health websites say colloidal silver kills every germ",
                                          "has no side effects"]),
    "cider-vinegar-but.md": ([], ["Some people claim that apple cider vinegar melts belly fat overnight"]),
    "sugar-belief-myth.md": ([], ["Many parents believe that sugar makes children hyperactive"]),
    "celery-juice-one-word.md": ([], ["You may have read that celery juice is a miracle cure for eczema"]),
    # the rated claim is reported; the page's own comparison with placebo is no superiority claim
    "antidepressants-placebo.md": ([], ["Antidepressants are no better than sugar pills"]),
    # the claim block's second sentence is the claim's, the third (first person) the page's
    "claim-block-own-turn.md": ([], ["Apricot kernels cure cancer", "They are a miracle cure that doctors hide"]),
    # a claim label with no rating label, rejected by the next sentence
    "claim-label-rejected.md": ([], ["A herbal ear oil is a proven cure for tinnitus", "is completely safe"]),
    # "the US" is a country, not the page speaking of itself
    "claim-block-us.md": ([], ["Apricot kernels cure cancer", "Doctors in the US hide this miracle cure"]),
    # what others say, agreed with, is the page's own
    "seller-doctors-agree.md": (["AUT001", "CMP002", "SUB013"], []),  # its shop: SUB013 "in days" too
    "seller-we-agree.md": (["CUR001", "CUR002"], []),
    "seller-however-agrees.md": (["CUR002"], []),
    "placebo-seller-still-flagged.md": (["CMP002", "SUB007"], []),
}

# fixtures/rulings: page -> the codes of its flags, sorted; and the voice of each claim that opens with these words
RULING_PAGES = {
    # (the page's own "Vaccination lowers the risk of severe COVID-19" gives no size, and the page promotes nothing:
    # no relative figure to pair with absolute ones, RSK001's unmeasured_risk, sober42)
    "health-feedback-ivermectin.md": ([], {
        "Ivermectin is a proven cure": "rejected", "The claim that ivermectin": "rejected",
        "Ivermectin is an antiparasitic": "own", "Several large randomized": "own", "Vaccination lowers": "own"}),
    "full-fact-idea-myth.md": ([], {
        "A post shared on Facebook": "reported", "The idea that the MMR vaccine": "rejected",
        "Studies following": "own", "Two doses": "own"}),
    "afp-debunked-notion.md": ([], {
        "Videos on social media": "reported", "The notion that alkaline water": "rejected",
        "The kidneys and lungs": "own"}),
    # (its own "Blood pressure medicines lower the risk of stroke" gives no size: unmeasured_risk, sober42)
    "politifact-we-rate.md": ([], {
        "A Facebook post says": "rejected", "Garlic supplements lowered": "own"}),
    # "Mostly false" and "misleading" disown the claim only in part: reported, not rejected ("Some trials found"
    # marks the evidence as partial, no appeal to unnamed research on a page that promotes nothing: no AUT001)
    "reuters-mostly-false.md": ([], {
        "Zinc lozenges cure": "reported", "The claims that zinc lozenges": "reported", "Zinc can cause": "own"}),
    # the inclusive we of a myth about the body is not the page speaking of its product
    "brain-ten-percent-myth.md": ([], {"The claim that we only use": "rejected", "Brain scans show": "own"}),
    # a seller's ruling on a claim about its own product is its own promotion: its wording stays flagged, and its
    # named "detox tea is a scam" is no argument against detox (SUB004's unless.page_matches): "detoxes your liver"
    # keeps SUB004 ("Detox Tea", the product's name, promises nothing of itself and is not flagged)
    "seller-scam-claim-false.md": (["CUR001", "SAF001", "SUB004"], {
        "The claim that our detox tea": "own", "Our tea cures": "own"}),
    # the claim block is rated by a ruling paragraph under "Our ruling", not by a rating word
    "ruling-paragraph-rates-claim.md": ([], {
        "Colloidal silver is a proven cure": "rejected", "Lyme disease is caused": "own",
        "The claim that colloidal silver": "rejected"}),
    # "wrong in one of ten cases" is inside the claim named, and "has spread online" rules nothing
    "ruling-word-inside-claim.md": ([], {"The claim that home COVID-19 tests": "reported", "Home antigen": "own"}),
}
PAGES = {"factcheck": FACT_CHECK_PAGES, "rulings": RULING_PAGES}


@pytest.mark.parametrize("folder", sorted(PAGES))
def test_every_fixture_page_is_expected(folder):
    assert sorted(p.name for p in (FIXTURES / folder).glob("*.md") if p.name != "README.md") == sorted(PAGES[folder])


@pytest.mark.parametrize(("folder", "name"), [(folder, name) for folder in sorted(PAGES)
                                              for name in sorted(PAGES[folder])])
def test_fact_check_pages(folder, name):
    """Each page's flags, and whose each claim is: the list of the claims that are not the page's own (factcheck), or
    the voice of each claim named by its opening words (rulings)."""
    result = audit_source(analyse(load_source(str(FIXTURES / folder / name))), shipped_index(), load_rules())
    codes, claims = PAGES[folder][name]
    assert sorted(f.code for f in result.flags) == codes
    if isinstance(claims, list):
        assert [c.text for c in result.claims if c.voice != "own"] == claims
    else:
        for opening, voice in claims.items():
            assert [c.voice for c in result.claims if c.text.startswith(opening)] == [voice], opening


@pytest.mark.parametrize(("report", "answer", "voice"), [
    # what others are said to say, rejected outright by the next sentence: a claim the page rejects
    *(("# Turmeric\n\nMany people say that turmeric is a miracle cure for arthritis.", rejection, "rejected")
      for rejection in (
        "That is not true.", "That's simply not the case.", "This is a myth.", "These claims are false.",
        "There is no evidence for this.", "There is little scientific evidence to support that.",
        "Research does not support this.", "No study has shown this.", "Not true.", "False.")),
    # ... and a report ("A viral post says …") rejected in a rating's words; a partial or endorsing rating rejects
    # nothing: the report stays reported
    *(("# Garlic\n\nA viral post says that raw garlic cures high blood pressure.", rating, voice)
      for rating, voice in (
        ("We rate this claim False.", "rejected"), ("That is not true.", "rejected"),
        ("This claim has been debunked.", "rejected"),
        ("We rate this claim Mostly True.", "reported"), ("We rate this claim Mostly False.", "reported"))),
])
def test_a_claim_others_make_answered_in_the_next_sentence(report, answer, voice):
    result = _audit(f"{report} {answer}\n")
    claim = next(c for c in result.claims if c.text in report)
    assert claim.voice == voice and claim.category == "other"
    assert [f.code for f in result.flags] == []


@pytest.mark.parametrize("answer", [
    "And it's true: our customers feel better in days.", "We agree.", "However, few people take enough of it.",
    "This is true for many people.", "That is not false.", "It is not true that other teas work as well.",
])
def test_a_claim_others_make_that_the_page_does_not_reject_stays_its_own(answer):
    page = f"# Turmeric\n\nMany people say that turmeric is a miracle cure for arthritis. {answer}\n"
    assert {"CUR001", "CUR002"} <= set(_codes(page))


def test_a_rejection_after_a_contrast_in_the_same_sentence():
    assert _codes("# Turmeric\n\nSome say turmeric is a miracle cure for arthritis, but that is a myth.\n") == []
    # a contrast that goes on with the page's own claim does not reject
    assert "CUR002" in _codes("# Turmeric\n\nSome say turmeric is a miracle cure for arthritis, but our capsules "
                              "work faster.\n")


def test_what_others_say_of_the_pages_own_product_stays_its_own():
    # a seller does not reject praise of its own product: the rejection that follows is about something else
    assert "CUR002" in _codes("# Golden Honey\n\nMany people say our honey syrup is a miracle for coughs. There is "
                              "no evidence of it causing any harm.\n")


def test_a_belief_rejected_in_the_next_sentence_is_reported():
    """A belief was answered by a contrast or rebuttal ("However, …", "In fact, …"); a rejection answers it too."""
    assert _codes("# Sugar\n\nMany parents believe that sugar makes children hyperactive. This is a myth.\n") == []
    assert "CAU004" in _codes("# Sugar\n\nMany parents believe that sugar makes children hyperactive. "
                              "They are right.\n")


def test_a_rejection_does_not_reach_the_pages_own_sentence_before_it():
    # no frame of others' words before the rejection: the page's own claim keeps its flag
    assert "CUR001" in _codes("# Turmeric\n\nTurmeric cures arthritis. That is not true of ginger.\n")


def test_a_claim_block_turns_to_the_page_at_the_sentence_that_speaks_for_it():
    """`_claim_end` reads the turn in one sentence: a later sentence with a first-person word, or one that opens
    with a contrast or a rebuttal ("Still, …"), is the page's own; the claim's own sentences before it stay rated."""
    page = ("# Fact check\n\nClaim: Apricot kernels cure cancer. They are a miracle cure. Still, our extract is a "
            "miracle cure too.\n\nVerdict: False.\n")
    assert _codes(page) == ["CUR001", "CUR002"]
    assert [c.text for c in _audit(page).claims if c.voice != "own"] == ["Apricot kernels cure cancer",
                                                                         "They are a miracle cure"]
