"""Claim strength read from the grammar of a clause: an effect denied (no relationship in the page gold, the verb's
strength in Yu et al.'s scheme), "get better" as recovery (no comparison). Each sentence is written for the test,
with a neighbour that must keep its label."""

from __future__ import annotations

import pytest

from pipeline.benchmarks.base import sentence_strength


def strengths(found):
    return [(c.text, c.strength) for c in found]


@pytest.mark.parametrize("denied", [
    "Echinacea does not shorten a cold.",
    "Flu jabs do not cause flu.",
    "Cough syrups don't help children sleep through a cold.",
    "In the study, fish oil capsules did not lower blood pressure.",
])
def test_an_effect_denied_asserts_no_relationship(claims, denied):
    found = claims(denied)
    assert [c.strength for c in found] == ["none"], strengths(found)


@pytest.mark.parametrize("text, expected", [
    ("Echinacea shortens a cold.", "direct"),  # the same effect asserted
    ("Echinacea may not shorten a cold.", "conditional"),  # a hedged denial is still hedged
    ("Nasal sprays do not just relieve congestion, they also reduce swelling.", "direct"),  # "not just": no denial
])
def test_an_effect_asserted_hedged_or_only_widened_keeps_its_strength(claims, text, expected):
    found = claims(text)
    assert [c.strength for c in found] == [expected], strengths(found)


def test_a_denial_without_exception_is_no_effect_denied(claims):
    # "never" admits no exception: the claim keeps the strength of its wording, not "no relationship"
    found = claims("This lip balm never causes a rash.")
    assert found and all(c.strength != "none" for c in found), strengths(found)


@pytest.mark.parametrize("text", [
    "Vitamin C did not shorten the duration of colds.",
    "Garlic does not lower blood pressure in adults.",
])
def test_yu_et_al_rate_a_denied_effect_by_its_verb(text):
    # the strength benchmarks label a finding denied as the causal statement it is
    assert sentence_strength(text) == "direct"


@pytest.mark.parametrize("recovery", [
    "Most cases of tonsillitis get better on their own within a week.",
    "Conjunctivitis got better without antibiotics.",
])
def test_get_better_as_recovery_compares_nothing(claims, recovery):
    # "get better" is a verb of recovery: its "better" sets nothing side by side, so the claim is no correlation
    found = claims(recovery)
    assert [c.strength for c in found] == ["none"], strengths(found)


@pytest.mark.parametrize("compared", [
    "With the inhaler, asthma patients get better results than with tablets.",
    "People with insomnia who exercise get better sleep than people who do not.",
])
def test_get_better_before_what_is_compared_stays_a_comparison(claims, compared):
    found = claims(compared)
    assert [c.strength for c in found] == ["correlational"], strengths(found)
