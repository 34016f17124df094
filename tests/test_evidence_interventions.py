"""A statement about one intervention does not judge claims about another: a library's "radiation therapy can cause
skin irritation" says nothing of a cream sold for skin irritation, however many outcome words they share (issue 6:
a page on minoxidil was "supported" by "chemotherapy can cause hair loss"). Sentences and statements written for
these tests."""

from __future__ import annotations

from functools import partial

from pipeline.nlp import analyse_text
from pipeline.references import Reference

from conftest import reference_library, reference_statement, verdict

REFERENCE = Reference("roe2022-guide", "guideline", "Roe A. A guide. J Test 2022;2:2.", "2022", "", "",
                      "https://example.org/guide", "5", "2026-12-03", "test fixture")


statement = partial(reference_statement, REFERENCE)  # its finding is its first wording unless given
library = partial(reference_library, REFERENCE)


HARM = statement("ev-radiation-skin", "supports", ["radiation therapy can cause skin irritation and tiredness",
                                                   "skin irritation is a common side effect of radiation therapy"])


def test_a_harm_of_one_treatment_does_not_back_another_treatment():
    """A claim naming another intervention (an herbal cream) is not judged by a statement on radiation therapy."""
    index = library(HARM)
    page = "Herbal remedies are a gentle treatment for skin irritation and tiredness."
    assert verdict(index, page, "Herbal remedies")[0] == "unsupported"
    page = "Radiation therapy can cause skin irritation and tiredness."
    assert verdict(index, page, "Radiation therapy") == ("supported", "ev-radiation-skin")  # its own claim


def test_a_claim_naming_no_treatment_is_judged_by_what_its_page_names():
    """"The cream was approved …" names no intervention: on a page that never names radiation therapy the statement
    is about something else; on a page about radiation therapy, the same words speak of it."""
    index = library(HARM)
    sentence = "The lotion was approved in 1998 for the treatment of skin irritation and tiredness."
    assert verdict(index, f"A new lotion for dry skin. {sentence}", "The lotion")[0] == "unsupported"
    page = "Radiation therapy is given to many people. Skin irritation and tiredness are common side effects."
    assert verdict(index, page, "Skin irritation") == ("supported", "ev-radiation-skin")


def test_a_kind_of_the_treatment_is_the_treatment_and_a_sibling_is_not():
    """Checkpoint inhibitors are a kind of immunotherapy, so a statement on immunotherapy speaks of them; a
    statement on checkpoint inhibitors says nothing of bispecific antibodies, another kind of immunotherapy."""
    general = library(statement("ev-immuno-rash", "supports", ["immunotherapy can cause an itchy skin rash"]))
    page = "Checkpoint inhibitors can cause an itchy skin rash."
    assert verdict(general, page, "Checkpoint inhibitors") == ("supported", "ev-immuno-rash")
    narrow = library(statement("ev-checkpoint-rash", "supports",
                               ["checkpoint inhibitors can cause an itchy skin rash"]))
    assert verdict(narrow, "Bispecific antibodies can cause an itchy skin rash.", "Bispecific")[0] == "unsupported"
    assert verdict(narrow, "Immunotherapy can cause an itchy skin rash.", "Immunotherapy") \
        == ("supported", "ev-checkpoint-rash")


def test_a_finding_on_diet_does_not_qualify_a_claim_on_a_supplement():
    """A claim whose subject (here resolved from "they") is a supplement is not qualified by a statement on diet."""
    index = library(statement("ev-diet-immune", "qualifies", ["a balanced diet supports immune function in older "
                                                              "adults"]))
    page = "Probiotic supplements are popular. They can improve overall immune function in older adults."
    assert verdict(index, page, "They can improve")[0] == "unsupported"
    page = "A balanced diet can improve overall immune function in older adults."
    assert verdict(index, page, "A balanced diet")[0] in ("supported", "overstated")


def test_a_harm_of_one_treatment_is_no_target_of_another():
    """A claim naming no intervention that treats a harm ("remedies for nausea") is not judged by a statement that
    an intervention causes it, even on a page that names that intervention; a claim that it causes it still is."""
    index = library(statement("ev-radiation-nausea", "supports",
                              ["radiation therapy can cause nausea and tiredness",
                               "nausea is a common side effect of radiation therapy"]))
    opening = "Radiation therapy is given to many people. "
    for claim in ("Remedies for nausea and tiredness are sold in pharmacies.",
                  "The lotion was approved in 1998 for the treatment of nausea and tiredness.",
                  "Ginger tea works by slowing nausea and tiredness."):
        assert verdict(index, opening + claim, claim[:12])[0] == "unsupported", claim
    assert verdict(index, opening + "It can cause nausea and tiredness.", "It can") \
        == ("supported", "ev-radiation-nausea")


def test_a_harm_an_intervention_lessens_is_not_one_it_causes():
    """"Reduces" presents a harm as treated: a claim that something unnamed reduces nausea is not backed by a statement
    that radiation therapy causes it; a statement that exercise reduces tiredness speaks of remedies for tiredness
    on a page about exercise."""
    index = library(
        statement("ev-radiation-nausea", "supports", ["radiation therapy can cause nausea and tiredness"]),
        statement("ev-exercise-tired", "supports", ["regular exercise reduces tiredness in people with cancer"]))
    page = "Radiation therapy is given to many people. Ginger tea reduces nausea and tiredness."
    assert verdict(index, page, "Ginger tea")[0] == "unsupported"
    page = "Exercise is good for people with cancer. Remedies for tiredness in people with cancer include walking."
    assert verdict(index, page, "Remedies") == ("supported", "ev-exercise-tired")


def test_a_vitamin_named_by_its_letter_is_an_intervention_of_its_own():
    """The letter after "vitamin" is no content word, so "vitamin C" and "vitamin D" were both only a supplement: a
    statement on vitamin D backed a claim on vitamin C. Each named vitamin is now a kind of supplement of its own, and
    its chemical name ("ascorbic acid") names it too."""
    index = library(statement("ev-vitd", "supports", ["vitamin D supplements lower the risk of colds in older adults"]))
    page = "Vitamin C supplements lower the risk of colds in older adults."
    assert verdict(index, page, "Vitamin C")[0] == "unsupported"
    page = "Vitamin D supplements lower the risk of colds in older adults."
    assert verdict(index, page, "Vitamin D") == ("supported", "ev-vitd")
    page = "Supplements lower the risk of colds in older adults."  # a claim on supplements in general
    assert verdict(index, page, "Supplements")[0] == "supported"
    from pipeline.evidence import extract_terms

    analysis = analyse_text("Ascorbic-acid levels fell, and vitamin-D3 levels rose.")
    assert {"vitamin c", "vitamin d", "supplement"} <= extract_terms(analysis, 0, len(analysis.tokens)).weights.keys()


def test_hormone_and_testosterone_therapy_are_interventions_of_their_own():
    """With no concept for them, a page on testosterone therapy named no intervention, and a statement on statins
    judged its claims ("the treatment can cause muscle pain"); on a page about statins it still does. Testosterone
    therapy is a kind of hormone therapy, which a statement on hormone therapy judges."""
    index = library(statement("ev-statin-pain", "supports", ["statins can cause muscle pain in people with heart disease"]),
                    statement("ev-hrt-clots", "supports", ["hormone therapy raises the risk of blood clots"]))
    claim = "The treatment can cause muscle pain in people with heart disease."
    assert verdict(index, f"Testosterone therapy for men with heart disease. {claim}", "The treatment")[0] \
        == "unsupported"
    assert verdict(index, f"Statins for men with heart disease. {claim}", "The treatment") \
        == ("supported", "ev-statin-pain")
    assert verdict(index, "Testosterone therapy raises the risk of blood clots.", "Testosterone") \
        == ("supported", "ev-hrt-clots")


def test_two_drugs_named_by_their_own_words_are_two_interventions():
    """'Probiotics' and 'CBD' were one `drug` concept, so a finding on one judged claims on the other; a drug named by
    its own word or class is that drug (a kind of `drug`), and a drug known only by its name's ending stays any drug."""
    index = library(statement("ev-cbd-pain", "supports", ["CBD oil relieved chronic pain in a small trial",
                                                         "cannabidiol eases chronic pain"]))
    page = "Probiotics relieved chronic pain in a small trial."
    assert verdict(index, page, "Probiotics relieved")[0] == "unsupported"
    assert verdict(index, "Cannabidiol relieved chronic pain in a small trial.", "Cannabidiol")[0] == "supported"


def test_stem_cell_therapy_sold_by_clinics_is_no_car_t():
    """'Cell therapy' is a name of CAR-T, so a clinic's 'stem cell therapy' was CAR-T and a CAR-T trial backed what the
    clinic said of its injections; what stem-cell clinics sell is an intervention of its own."""
    index = library(statement("ev-cart-response", "supports", ["CAR-T cell therapy gave deep responses in relapsed myeloma",
                                                              "cell therapy produced responses in blood cancers"]))
    page = ("Stem cell therapy is still new. It was mostly blood cancer cases that had a positive response to stem "
            "cell therapy.")
    assert verdict(index, page, "It was mostly")[0] == "unsupported"
    assert verdict(index, "CAR-T cell therapy gave deep responses in relapsed myeloma.", "CAR-T")[0] == "supported"


def test_tea_and_multivitamins_are_interventions_of_their_own():
    """Neither tea nor multivitamins named an intervention, so a finding on tea and mortality judged a claim on
    multivitamins and survival through the outcome alone; a drink named by its own word and a multivitamin (a kind of
    supplement) are interventions of their own."""
    index = library(statement("ev-tea-deaths", "supports", [
        "whether drinking tea lowers the risk of death remains uncertain in studies of black tea"]))
    assert verdict(index, "Taking multivitamins does not lower the risk of death.", "Taking") == ("unsupported", None)
    assert verdict(index, "Drinking coffee does not lower the risk of death.", "Drinking") == ("unsupported", None)
    assert verdict(index, "Drinking black tea lowers the risk of death.", "Drinking")[1] == "ev-tea-deaths"
