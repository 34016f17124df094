"""A claim of a change is backed or denied only by a statement about the same thing changed (round 19: the
reading of real pages found "supported" verdicts on claims of change — "lowers", "improves", "increases" —
decided by statements of another change of the same subject, and fragments such as "leading to better outcomes"
backed by "could lead to a cure"). Libraries and sentences written for these tests, on other topics."""

from __future__ import annotations

from functools import partial

from pipeline.references import EvidenceStatement, Reference

from conftest import reference_library, reference_statement, verdict

REFERENCE = Reference("doe2024-review", "review", "Doe C. A review. J Test 2024;4:4.", "2024", "", "",
                      "https://example.org/review", "6", "2026-12-05", "test fixture")


statement = partial(reference_statement, REFERENCE)  # its finding is its first wording unless given
library = partial(reference_library, REFERENCE)


MOOD = statement("ev-exercise-mood", "supports", ["exercise improves mood in people with depression"],
                 finding="In trials of adults with depression, regular exercise improved mood more than no exercise.")


def test_a_change_of_another_thing_neither_backs_nor_denies():
    """"Exercise improves mood" says nothing of sleep, nor of blood pressure: it neither backs the one nor, by its
    opposite direction, denies the other."""
    index = library(MOOD)
    assert verdict(index, "Exercise improves sleep in people with depression.", "Exercise")[0] == "unsupported"
    assert verdict(index, "Exercise lowers blood pressure in people with depression.", "Exercise")[0] == \
        "unsupported"


def test_the_same_change_said_again_is_still_backed_or_denied():
    """Must not fire: the claim changes what the statement changes (the same word, or an outcome of the patient
    named both times, "death" and "survival"); the opposite change of it is still a contradiction."""
    index = library(MOOD)
    assert verdict(index, "Regular exercise improves mood in people with depression.", "Regular") == \
        ("supported", "ev-exercise-mood")
    assert verdict(index, "Exercise worsens mood in people with depression.", "Exercise") == \
        ("contradicted", "ev-exercise-mood")
    index = library(statement("ev-aspirin-survival", "supports", ["aspirin improves survival after a heart attack"],
                              finding="Aspirin taken after a heart attack improved survival in randomised trials."))
    assert verdict(index, "Aspirin lowers the risk of death after a heart attack.", "Aspirin") == \
        ("supported", "ev-aspirin-survival")


def test_a_lowered_risk_is_said_of_its_disease():
    """"Lowering the chance of getting colon cancer" changes colon cancer, which a statement that fibre does not
    prevent colon cancer speaks to."""
    index = library(statement("ev-fibre", "supports", ["fibre supplements have not been shown to prevent colon "
                                                       "cancer"],
                              finding="Trials of fibre supplements found no fewer colon cancers than placebo."))
    assert verdict(index, "Fibre supplements lower the chance of getting colon cancer.", "Fibre")[0] == "contradicted"


def test_a_fragment_of_change_is_not_backed_by_another_outcome():
    """"..., leading to better outcomes" shares only "lead" with "could lead to a cure": not the outcome."""
    index = library(statement("ev-imm-cure", "supports", ["immunotherapy could lead to a cure of melanoma"],
                              finding="Some patients with advanced melanoma given immunotherapy stay free of it for "
                                      "years, which may amount to a cure."))
    page = "Immunotherapy trains the immune system to attack melanoma cells, leading to better outcomes."
    assert verdict(index, page, "leading")[0] == "unsupported"


def test_one_sentence_may_name_the_thing_in_other_words():
    """Must not fire: a statement that is one sentence (an abstract's) may name what changes once, in other words
    ("DSB" for double-strand breaks); only a statement worded several ways is read so."""
    index = library(EvidenceStatement("ev-one-sentence", REFERENCE.id, "", "quote", "supports", "direct", "", "",
                                      ("exercise improves mood in people with depression",)))
    assert verdict(index, "Exercise improves sleep in people with depression.", "Exercise")[0] == "supported"
