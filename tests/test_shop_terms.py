"""Terms of sale are no claim (pipeline/sections.py is_about_purchase, lexicons/sections.yml shop_terms): a
sentence about buying names nothing about health but the product and its buyer."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence", [
    "Auto-ship is a great choice for busy people.",
    "Auto-ship is a great choice for people who take the capsules every day.",
    "Your capsules will be delivered right to your door in a 3-month supply.",
    "The subscription is easy to cancel and your satisfaction is guaranteed.",
])
def test_a_sentence_about_buying_is_no_claim(sentence, claims):
    assert claims(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Subscribers to the auto-ship plan report less joint pain after 30 days.",  # a body part and an outcome
    "Insulin is delivered by a small pump worn on the belt.",  # "delivered" is no term of sale
    "People who take the capsules every day have fewer migraines.",  # no term of sale
])
def test_a_health_claim_near_a_shop_word_stays_a_claim(sentence, claims):
    assert claims(sentence)


def test_the_shop_terms_are_lower_case_phrases():
    from pipeline.sections import load_shop_terms

    terms = load_shop_terms()
    assert "auto-ship" in terms and all(term == term.lower().strip() for term in terms)
    assert "order" not in terms  # "in order to"
