"""How bad a harm is: a claim that side effects are mild is not backed by a statement that they are severe or
unpleasant, nor by one that says nothing of how bad they are (round 19: "side effects of chemotherapy are mild" was
supported by a statement that they are common and unpleasant; polarity read only directions and valence).
Libraries and sentences written for these tests, on other topics."""

from __future__ import annotations

from functools import partial

import pytest

from pipeline.references import Reference

from conftest import reference_library, reference_statement, verdict

REFERENCE = Reference("roe2024-review", "review", "Roe D. A review. J Test 2024;5:5.", "2024", "", "",
                      "https://example.org/review", "7", "2026-12-05", "test fixture")


statement = partial(reference_statement, REFERENCE)  # its finding is its first wording unless given
library = partial(reference_library, REFERENCE)


UNPLEASANT = statement("ev-chemo-harms", "supports", ["chemotherapy side effects are common and unpleasant"],
                       finding="Side effects of chemotherapy, such as nausea, fatigue and hair loss, are common and "
                               "can be unpleasant.")
MILD = statement("ev-statin-aches", "supports", ["muscle aches from statins are usually mild"])


@pytest.mark.parametrize(("backing", "page", "opening", "status"), [
    # a harm said mild against one said severe is contradicted
    (UNPLEASANT, "Side effects of chemotherapy are mild.", "Side effects", "contradicted"),
    (UNPLEASANT, "Chemotherapy side effects are usually minor.", "Chemotherapy", "contradicted"),
    (MILD, "Muscle aches from statins are severe.", "Muscle", "contradicted"),
    # must not fire: the claim says the harm as the statement does, or says nothing of how bad it is; a negated
    # severity ("are not serious") is the other severity
    (UNPLEASANT, "Chemotherapy side effects can be unpleasant.", "Chemotherapy", "supported"),
    (UNPLEASANT, "Chemotherapy side effects are common.", "Chemotherapy", "supported"),
    (MILD, "Muscle aches from statins are usually mild.", "Muscle", "supported"),
    (MILD, "Muscle aches from statins are usually not serious.", "Muscle", "supported"),
])
def test_a_harm_said_mild_against_one_said_severe_is_contradicted(backing, page, opening, status):
    assert verdict(library(backing), page, opening) == (status, backing.id)


def test_a_statement_naming_no_severity_backs_no_claim_of_it():
    """"Side effects include a sore arm and tiredness" says what they are, not that they are mild."""
    index = library(statement("ev-vaccine-harms", "supports",
                              ["side effects of the flu vaccine include a sore arm and tiredness"]))
    assert verdict(index, "Side effects of the flu vaccine are mild.", "Side effects")[0] == "unsupported"
    assert verdict(index, "Side effects of the flu vaccine include a sore arm.", "Side effects") == \
        ("supported", "ev-vaccine-harms")


def test_a_possibly_severe_harm_is_not_denied_by_a_usually_mild_one():
    """Must not fire: "might cause serious side effects" allows what "usually mild" says is not the rule; the statement
    neither backs nor denies it."""
    index = library(statement("ev-yoghurt-harms", "supports", ["side effects of probiotic yoghurt are usually mild"]))
    page = "Probiotic yoghurt might cause serious side effects in people with weak immune systems."
    assert verdict(index, page, "Probiotic")[0] == "unsupported"


def test_a_severity_a_harm_comes_to_is_no_claim_of_how_bad_it_is():
    """Must not fire: "before symptoms become severe" says when, not how bad; the statement on eye checks, which names
    no severity, still backs the claim (it did not, with every severity word read as claimed)."""
    index = library(statement("ev-screening", "supports", ["regular eye checks play a vital role in finding glaucoma "
                                                           "early"],
                              finding="Regular eye examinations find glaucoma early, before vision is lost."))
    page = "Regular eye checks play a vital role in finding glaucoma before symptoms become severe."
    assert verdict(index, page, "Regular") == ("supported", "ev-screening")
