"""Fact-check pages: the claim a page quotes and rates as false is not its own wording (pipeline/rules/mentions.py
`_rated`, `rated_claims` and the post/video frame of lexicons/mentions.yml)."""

from __future__ import annotations

import pytest

from pipeline.audit import audit_source
from pipeline.ingest import build_source
from pipeline.nlp import analyse
from pipeline.rules.loader import load_rules
from conftest import shipped_index


def _flags(markdown: str) -> list[tuple[str, str]]:
    analysis = analyse(build_source("page.md", markdown, "md"))
    return sorted((f.code, f.level) for f in audit_source(analysis, shipped_index(), load_rules()).flags)


def _codes(markdown: str) -> list[str]:
    return [code for code, _ in _flags(markdown)]


RATED = [
    # a claim label and a rating label, each a line of its own
    "# Fact check\n\nClaim: Turmeric is a proven cure for cancer and is completely safe.\n\nVerdict: False.\n",
    # lower-case labels inside a line, the rating first in its own words
    "# Fact check\n\nThe claim: Turmeric is a proven cure for cancer and is completely safe.\n\nOur rating: Misleading. "
    "Curcumin has not helped patients in trials.\n",
    # a heading over the claim and a heading over the rating
    "# Turmeric\n\n## What was claimed\n\nTurmeric is a proven cure for cancer and is completely safe.\n\n"
    "## Our verdict\n\nFalse. Curcumin has not helped patients in trials.\n",
    # a heading that holds the claim, a rating of a mixed kind under it
    "# Fact check\n\n## Claim: Turmeric is a proven cure for cancer and is completely safe\n\nVerdict: Oversimplified.\n",
    # the rating word as the claim's label
    "# Fact check\n\nFalse: Turmeric is a proven cure for cancer and is completely safe.\n",
]


@pytest.mark.parametrize("page", RATED)
def test_a_claim_rated_false_raises_no_flag(page):
    assert not _codes(page)


@pytest.mark.parametrize("rating", ["True.", "Mostly true.", "Correct."])
def test_a_claim_the_page_rates_true_is_its_own(rating):
    codes = _codes(f"# Fact check\n\nClaim: Turmeric is a proven cure for cancer and is completely safe.\n\n"
                   f"Verdict: {rating}\n")
    assert "CUR001" in codes and "SAF001" in codes


@pytest.mark.parametrize("page", [
    "# Fact check\n\nClaim: Turmeric is a proven cure for cancer and is completely safe.\n\nThat is not true. "
    "Curcumin has not helped patients in trials.\n",
    "# Fact check\n\nClaim: Turmeric is a proven cure for cancer and is completely safe. This is a myth.\n",
])
def test_a_claim_label_the_next_sentence_rejects_is_rated_without_a_rating_label(page):
    assert not _codes(page)


def test_a_claim_label_the_next_sentence_does_not_reject_stays_a_use():
    codes = _codes("# Turmeric\n\nClaim: Turmeric is a proven cure for cancer and is completely safe.\n\n"
                   "That is why thousands of customers trust it.\n")
    assert "CUR001" in codes and "SAF001" in codes


def test_a_claim_label_without_a_rating_stays_a_use():
    codes = _codes("# Turmeric\n\nClaim: Turmeric is a proven cure for cancer and is completely safe.\n")
    assert "CUR001" in codes and "SAF001" in codes


def test_the_pages_own_statements_keep_their_flags_beside_a_rated_claim():
    codes = _codes("# Fact check\n\nClaim: Turmeric cures cancer.\n\nVerdict: False.\n\n"
                   "Our own supplement, however, is completely safe.\n")
    assert codes == ["SAF001"]


def test_a_sellers_verdict_and_its_fact_keep_their_flags():
    # "Verdict:" with a rating that is no rating word, "Fact:" under a myth: the page's own voice
    assert "CUR002" in _codes("# SlimTea review\n\nVerdict: SlimTea is a miracle for belly fat.\n")
    codes = _codes("# Joint myths\n\nMyth: Supplements don't work.\n\nFact: Ours do. FlexiJoint cures arthritis pain "
                   "in 7 days and is 100% safe.\n")
    assert "CUR001" in codes and "SAF001" in codes
    assert "CUR001" in _codes("# Offer\n\nClaim your free bottle today. FlexiJoint cures arthritis pain in 7 days.\n")


@pytest.mark.parametrize("sentence", [
    "Posts on social media say high-dose vitamin C is a proven cure.",
    "A video shared widely this week claims a bleach drink cures autism.",
    "Viral video claims a bleach drink cures autism.",
    'A post on Instagram says: "Garlic cures high blood pressure overnight, no side effects!"',
    # where it was shared told at length, an aside on its reach between commas, and what a second post adds
    "A video shared widely on social media last month says a bleach drink cures autism.",
    "A post, seen by millions on TikTok, claims that a bleach drink cures autism.",
    'A wellness brand\'s post, shared thousands of times, adds that garlic "cures high blood pressure overnight".',
])
def test_what_a_post_or_video_says_is_reported(sentence):
    assert not _codes(f"# Fact check\n\n{sentence} That is not true.\n")


@pytest.mark.parametrize("sentence", [
    "Our video says FlexiJoint cures arthritis pain in 7 days.",
    "Our new video, filmed in our clinic, says FlexiJoint cures arthritis pain in 7 days.",
    # an aside that opens with no participle: the comma ends the post's phrase, and the words are the doctor's
    "After the video, our doctor added that FlexiJoint cures arthritis pain in 7 days.",
])
def test_the_pages_own_video_stays_a_use(sentence):
    assert "CUR001" in _codes(f"# FlexiJoint\n\n{sentence}\n")


@pytest.mark.parametrize("rating", ["Mostly misleading.", "Largely false.", "Partly unproven.",
                                    "Mostly misleading. Vitamin D helps only people who are low in it."])
def test_a_rating_said_of_most_of_a_claim_disowns_it(rating):
    page = ("# Fact check\n\n**The claim:** Vitamin D is a proven cure for colds and is completely safe.\n\n"
            f"**Our verdict:** {rating}\n")
    assert not _codes(page)


@pytest.mark.parametrize("rating", ["Mostly true.", "Largely accurate.", "Partly correct."])
def test_a_rating_that_endorses_most_of_a_claim_leaves_it_the_pages_own(rating):
    page = ("# Fact check\n\n**The claim:** Vitamin D is a proven cure for colds and is completely safe.\n\n"
            f"**Our verdict:** {rating}\n")
    assert "CUR001" in _codes(page)


def test_a_rated_claim_is_no_sign_of_promotion():
    # the rated "proven cure" is no promoter's sign: the page's own cure wording stays at the lowered level (its
    # "Surgery and chemotherapy cure …" names the treatments that cure as a rule, and is spared on such a page)
    page = ("# Fact check\n\nClaim: Turmeric is a proven miracle cure with no side effects.\n\nVerdict: False.\n\n"
            "Surgery and chemotherapy cure many early cancers; turmeric cures none.\n")
    assert _flags(page) == [("CUR001", "warning")]
    # the same claim the page does not rate is its own, and its promoter's words raise the level
    assert ("CUR001", "error") in _flags(page.replace("Verdict: False.", "Order today."))


def test_a_rated_claims_block_ends_where_the_page_turns_to_its_own_voice():
    """The claim's value covers the sentences that state it, not a later sentence of the block in which the page
    speaks for itself: a seller cannot shelter its own cure claim under a "Claim:" label."""
    page = "# Fact check\n\nClaim: Apricot kernels cure cancer. But our kernel extract really cures it.\n\nVerdict: False.\n"
    assert "CUR001" in _codes(page)
    # two sentences of the claim itself stay covered
    quoted = "# Fact check\n\nClaim: Apricot kernels cure cancer. They also cure diabetes.\n\nVerdict: False.\n"
    assert "CUR001" not in _codes(quoted)


def test_a_numbered_claim_label_is_a_claim_label():
    """sober26: a fact-check that rates several claims numbers them ("## Claim 3: …" over "Rating: Unproven", on a
    fact-check of a miracle diet): the number is no part of the label, and the claim's cure word is the claim rated,
    not the page's. With no rating after it, the numbered claim stays the page's own."""
    page = ("# Fact check: can a diet cure cancer?\n\n## Claim 3: \"This diet cured her stage 4 cancer in 90 days.\"\n\n"
            "Rating: Unproven\n\nThe video gives no medical records.\n")
    assert "CUR001" not in _codes(page)
    assert "CUR001" in _codes(page.replace("Rating: Unproven", "The video gives no scans."))
