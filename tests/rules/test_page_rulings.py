"""A fact-check page's own ruling on a claim it names, in one sentence: "The claim that X cures Y is false.", "The idea
that X is a myth.", "The notion that X has been debunked." (pipeline/rules/mentions.py `find_rulings`, the
`ruled_claim`, `ruling` and `ruling_after` phrases of lexicons/mentions.yml) rejects the claim outright (voice
"rejected"), judged on what is claimed, not on the ruling's "not" (pipeline/audit.py `_claimed_end`). A seller's ruling
on a claim about its own product ("The claim that our tea is a scam is false") is its own promotion; a partial ruling
("… is misleading") leaves the claim reported; a ruling word inside the claim named rules nothing. A report rejected by
the next sentence in a rating's words ("We rate this claim False.") and the fixture pages of tests/fixtures/rulings are
tested with those of tests/fixtures/factcheck, in tests/rules/test_rejected_claims.py."""

from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.assessment import _claimed_span
from pipeline.claims import extract_claims
from pipeline.gate import DEFAULT_FAIL_ON, FailOn, blocking_claim, exit_code, findings
from pipeline.nlp import analyse_text
from conftest import audit_markdown as _audit
from test_gate_voice import run

GATE = FailOn.parse(DEFAULT_FAIL_ON)


def _voice(markdown: str, words: str) -> str:
    return next(c.voice for c in _audit(markdown).claims if words in c.text)


@pytest.mark.parametrize("sentence", [
    "The claim that turmeric cures arthritis is false.", "The claim that turmeric cures arthritis is not true.",
    "The claim that turmeric cures arthritis is simply untrue.", "The idea that turmeric cures arthritis is a myth.",
    "The notion that turmeric cures arthritis has been debunked.", "Claims that turmeric cures arthritis are baseless.",
    "The belief that turmeric cures arthritis isn't correct.", "The claim that turmeric cures arthritis is false and "
    "dangerous.", "The claim that turmeric cures arthritis is false, according to rheumatologists.",
    "It is a myth that turmeric cures arthritis.", "It's a common misconception that turmeric cures arthritis.",
    # the ruling after the claim, with an adjective or "nothing more than"
    "The idea that turmeric cures arthritis is a common myth.", "That turmeric cures arthritis is a common myth.",
    "The idea that turmeric cures arthritis is nothing more than a myth.",
])
def test_the_pages_ruling_on_a_claim_it_names_rejects_it(sentence):
    assert _voice(f"# Turmeric\n\n{sentence}\n", "turmeric cures") == "rejected"


@pytest.mark.parametrize("sentence", [
    # a partial ruling, or none: the claim stays reported
    "The claim that turmeric cures arthritis is misleading.", "The claim that turmeric cures arthritis is exaggerated.",
    "The claim that turmeric cures arthritis has spread online.",
    "The claim that turmeric cures arthritis is false in people with gout, some say.",
    # a ruling word inside the claim named, with no ruling of its own
    "The claim that turmeric is not true medicine for arthritis has spread online.",
])
def test_a_partial_ruling_or_none_leaves_the_claim_reported(sentence):
    assert _voice(f"# Turmeric\n\n{sentence}\n", "turmeric") == "reported"


def test_a_sellers_ruling_on_its_own_product_stays_its_own():
    page = "# Golden Turmeric\n\nThe claim that our turmeric capsules are a miracle cure for arthritis is not true. "
    assert _voice(page + "\n", "our turmeric") == "own"
    # and its words are its own: "a miracle cure" is flagged as the seller's wording
    assert "CUR002" in {f.code for f in _audit(page + "\n").flags}
    # "our bodies" is people in general, not the page's product
    assert _voice("# Detox\n\nThe claim that our bodies need a detox tea to remove toxins is false.\n",
                  "our bodies") == "rejected"
    # ... but "our body" does not make "our tea" people in general
    assert _voice("# Golden Tea\n\nThe claim that our tea heals our body is false.\n", "our tea") == "own"


def test_the_quoted_wording_of_a_rejected_claim_raises_no_flag():
    ruled = "# Ivermectin\n\nThe claim that ivermectin is a proven cure for COVID-19 is false.\n"
    assert _audit(ruled).flags == ()
    # the same words in the page's own voice are its cure claim
    assert "CUR001" in {f.code for f in _audit("# Ivermectin\n\nIvermectin is a proven cure for COVID-19.\n").flags}


def test_a_ruling_is_judged_on_what_is_claimed_not_on_its_not():
    """The library refutes "garlic cures high blood pressure" and supports "ginseng improves memory in older adults"
    (tests/test_gate_voice.py): the page's ruling is right on garlic and does not block, wrong on ginseng and blocks,
    whatever the ruling's words; the rationale says the page rejects the claim."""
    for ruling in ("is false", "is not true", "has been debunked", "is a myth", "myth"):
        # the ruling after the claim named, or before it ("It is a myth that …"), whose "myth" negates nothing
        garlic = run("It is a myth that garlic cures high blood pressure." if ruling == "myth" else
                     f"The claim that garlic cures high blood pressure {ruling}.")
        claim = next(garlic.claims())
        assert (claim.voice, claim.status) == ("rejected", "supported"), ruling
        assert claim.rationale.startswith("The page rejects this claim, and the evidence does not back it")
        assert not claim.suggestion and exit_code(garlic, GATE) == 0
        ginseng = run("It's a myth that ginseng improves memory in older adults." if ruling == "myth" else
                      f"The idea that ginseng improves memory in older adults {ruling}.")
        claim = next(ginseng.claims())
        assert (claim.voice, claim.status) == ("rejected", "contradicted"), ruling
        assert claim.rationale.startswith("The page rejects this claim, but the evidence supports it")
        assert blocking_claim(claim, GATE) and exit_code(ginseng, GATE) == 1
        assert next(f for f in findings(ginseng, GATE) if f.claim_id == claim.claim_id).severity == "error"


def test_the_pages_own_negative_statement_stays_its_own():
    """"Contrary to what you may have read, X does not …" and "It is not true that X" are the page's own statements
    that X does not hold: own, negated, and right when the library refutes X."""
    for sentence in ("Contrary to what you may have read, garlic does not cure high blood pressure.",
                     "It is not true that garlic cures high blood pressure.",
                     "It is false that garlic cures high blood pressure."):
        claim = next(run(sentence).claims())
        assert (claim.voice, claim.negated, claim.status) == ("own", True, "supported"), sentence


@pytest.mark.parametrize("rating, voice", [
    ("Verdict: False.", "rejected"), ("Our ruling: This claim is false. Trials found small effects.", "rejected"),
    ("Our verdict: There is no evidence that garlic cures high blood pressure.", "rejected"),
    ("## Our ruling\n\nThe claim that garlic cures high blood pressure is not true.", "rejected"),
    # a partial rating disowns without rejecting; an endorsing one leaves the claim the page's own
    ("Rating: Mostly false.", "reported"), ("Our ruling: This claim is true. Trials found large effects.", "own"),
])
def test_a_claim_block_rated_by_a_word_or_by_a_sentence_that_rejects_it(rating, voice):
    page = f"# Fact check\n\nClaim: Garlic cures high blood pressure.\n\n{rating}\n"
    claim = next(c for c in _audit(page).claims if c.text == "Garlic cures high blood pressure")
    assert claim.voice == voice
    assert ("CUR001" in {f.code for f in _audit(page).flags}) == (voice == "own")


def test_two_cues_ruling_on_one_claim_leave_what_is_claimed():
    """"The claim that X is a myth" holds two rulings ("The claim that …" and "… is a myth"): the claim's evidence is
    read on X, the narrower span, not on "The claim that X"."""
    analysis = analyse_text("# Brains\n\nThe claim that we only use 10% of our brains is a myth.\n")
    claim = next(c for c in extract_claims(analysis) if "brains" in c.text)
    start, end = _claimed_span(analysis, replace(claim, voice="rejected"))
    assert analysis.source.text[start:end] == "we only use 10% of our brains"
