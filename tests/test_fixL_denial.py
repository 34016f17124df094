"""B-M2 (review of ledger37): the Yu benchmark rates a denied effect by the strength its claim had before the
denial made it "none", carried on the claim (`undenied_strength`), not by re-reading every negated claim left at
"none"; the reading is in-run only, not written to the claim's record."""

from __future__ import annotations

import inspect

import pytest

from pipeline import claims as claims_module
from pipeline.benchmarks.base import sentence_strength
from pipeline.claims import read_claims
from pipeline.nlp import analyse_text


def _claims(text: str):
    return read_claims(analyse_text(text)).read(promotes=False)


@pytest.mark.parametrize("text", ["Statins do not prevent dementia.", "Cough syrups did not shorten the illness."])
def test_a_denied_effect_keeps_its_verbs_strength_for_the_benchmark(text):
    claim = _claims(text)[0]
    assert (claim.strength, claim.undenied_strength) == ("none", "direct")
    assert sentence_strength(text) == "direct"


def test_an_effect_asserted_carries_no_undenied_strength():
    claim = _claims("Statins prevent heart attacks.")[0]
    assert (claim.strength, claim.undenied_strength) == ("direct", "")
    assert "undenied_strength" not in claim.to_record()


def test_denial_is_keyword_only_with_no_default():
    parameter = inspect.signature(claims_module._strength).parameters["denial"]
    assert parameter.kind is inspect.Parameter.KEYWORD_ONLY and parameter.default is inspect.Parameter.empty


# B-M1: the denial is of the claim's own effect verb, not of a finding or belief that governs it
@pytest.mark.parametrize("text", [
    "You won't find anything that relieves pain faster.",
    "You will not find a cream that soothes eczema better.",
])
def test_a_denied_finding_keeps_the_effects_strength(text):
    claim = _claims(text)[0]
    assert claim.strength == "direct"


@pytest.mark.parametrize("text", ["Antibiotics do not treat colds.", "Zinc lozenges did not shorten colds in adults."])
def test_an_effect_denied_is_still_none(text):
    assert _claims(text)[0].strength == "none"


def test_a_denied_effect_on_a_page_that_sells_stays_none():
    readings = read_claims(analyse_text("Antibiotics do not treat colds. Add to cart today."))
    assert readings.read(promotes=True)[0].strength == "none"
