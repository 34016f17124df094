"""When a page reads as promoting something (engine.page_promotes, the signs rule lexicons/promotion.yml names): a
promoter's wording counts as a sign when it recurs across the page's paragraphs or heads it, not as one slip on a page
that shows no other sign; and a shop's terms of sale are a sign on their own."""

from __future__ import annotations

import pytest

from pipeline.claims import find_topic_words, read_claims
from pipeline.ingest import build_source
from pipeline.nlp import analyse
from pipeline.rules.engine import find_flags, page_promotes, spare_unpromoted
from pipeline.rules.loader import load_rules

RULES = load_rules()


def read_page(markdown: str) -> tuple[bool, set[str]]:
    """Whether the page reads as promoting, and the codes of its wording flags, as assessment.audit_source reads
    them."""
    analysis = analyse(build_source("page.md", markdown, "md"))
    claims = read_claims(analysis, find_topic_words(analysis)).read(promotes=False)
    flags = spare_unpromoted(analysis, claims, find_flags(analysis, claims, RULES), RULES)
    return page_promotes(analysis, claims, flags, RULES), {f.code for f in flags}


SOBER_OPENING = ("# {topic}\n\n{topic} is common and usually mild. Your GP can tell you which treatment suits you.\n\n"
                 "## Symptoms\n\nMost people notice tiredness first. Some people have no symptoms at all.\n\n")
SOBER_CLOSING = ("\n\n## When to get help\n\nSee a doctor if your symptoms get worse or do not improve after two "
                 "weeks.\n")


@pytest.mark.parametrize("topic, slip, code", [
    # a hospital's overstatement, a fact-check's verdict in promoter's words, a clinic's testimonial quoted once
    ("Iron-deficiency anaemia", "Iron tablets are a proven cure for anaemia.", "ABS007"),
    ("Microwave cooking", "Microwave ovens are completely safe for everyone.", "SAF001"),
    ("Cold sores", "Patches are clinically proven to heal cold sores.", "AUT004"),
])
def test_one_promoters_slip_on_a_sober_page_is_no_sign_of_promotion(topic, slip, code):
    """One promoter's wording in one paragraph of a page with no shop's words, no benefit headings and no promises to
    the reader is a slip: the page still reads as one that informs, and the slip keeps its own flag."""
    page = SOBER_OPENING.format(topic=topic) + "## Treatment\n\nTreatment depends on the cause. " + slip \
        + SOBER_CLOSING
    promotes, codes = read_page(page)
    assert code in codes
    assert not promotes


def test_a_patients_story_in_one_paragraph_is_one_slip():
    """A patient's first-person result and its signature stand in one paragraph: one place, however many flags it
    carries, and on a charity's page that sells nothing it does not make the page a seller's."""
    page = SOBER_OPENING.format(topic="Plantar warts") + (
        "## Stories from our readers\n\n\"After six weeks of freezing treatment my warts have completely "
        "disappeared and never came back.\" — Maria, 41" + SOBER_CLOSING)
    assert not read_page(page)[0]


@pytest.mark.parametrize("first, second", [
    ("This tea is a miracle cure for bloating.", "It flushes toxins from your liver and gut."),
    ("The belt is completely safe.", "It boosts your immune system too."),
    ("The drops are clinically proven to end sinus pain.", "There are absolutely no side effects."),
])
def test_an_advertorial_that_overclaims_in_two_paragraphs_promotes(first, second):
    """A seller's advertorial without a shop's words that says the promoter's words in two of its paragraphs reads
    as promoting: the wording recurs, which is the page's net impression."""
    page = ("# A new approach to everyday health\n\nMany people are looking for simple ways to feel better.\n\n"
            "## Why it works\n\n" + first + "\n\n## What to expect\n\n" + second + "\n")
    assert read_page(page)[0]
    # either wording alone, in one inner paragraph, is a slip
    assert not read_page(page.replace(second, "Many people use it every day."))[0]


def test_a_promoters_wording_in_the_title_or_lead_promotes():
    """One promoter's wording that heads the page (its title) or opens it (its lead paragraph) is what the page is
    about, not a slip."""
    body = "## Symptoms\n\nMost people notice tiredness first.\n\n## Treatment\n\nTreatment depends on the cause.\n"
    assert read_page("# The miracle cure for tired legs\n\nMany people have tired legs.\n\n" + body)[0]
    assert read_page("# Tired legs\n\nThis cream is completely safe and ends tired legs.\n\n" + body)[0]
    assert not read_page("# Tired legs\n\nMany people have tired legs.\n\n" + body)[0]


@pytest.mark.parametrize("terms", [
    "Free UK delivery on every order.",
    "Free next-day shipping. 60-day returns.",
    "Treatments you can buy from us: creams, patches and gels.",
    "Not happy? 30-day refund, no questions asked.",
])
def test_a_shops_terms_of_sale_make_a_page_promote(terms):
    """The terms on which a shop sells what the page offers (a free delivery however sent, a period for returns or a
    refund, an offer to buy from the page's own shop) are a sign of promotion on their own."""
    page = SOBER_OPENING.format(topic="Dry skin") + "## Buying\n\n" + terms + SOBER_CLOSING
    assert read_page(page)[0]


@pytest.mark.parametrize("words", [
    "You can buy emollients from a pharmacy or supermarket.",
    "Most people return to work within 30 days.",
    "Prescriptions are free for children and people over 60.",
])
def test_care_advice_and_public_services_are_no_shops_terms(words):
    """Where to buy a product elsewhere, a return to work and a free public service name no sale by the page."""
    page = SOBER_OPENING.format(topic="Dry skin") + "## Treatment\n\n" + words + SOBER_CLOSING
    assert not read_page(page)[0]
