"""A claim about a thing the library never names is not judged by statements about a named intervention on shared
outcome words (issue 6: "Some health websites say colloidal silver kills every germ and has no side effects. There
is no evidence for this." was "contradicted" by a CAR-T grading statement and daratumumab's safety information, on
"side effects" alone). The claim's subject words (`Terms.named_subject`, from its resolved subject) must meet the
library, or the claim must name an intervention the lexicon knows, for such a statement to address it. Statements
naming no intervention, or only the treatment in general, still do. Sentences and statements written for these
tests, and the shipped library for the page of the issue."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from pipeline.audit import audit_source
from pipeline.claims import extract_claims
from pipeline.evidence import EvidenceIndex, extract_terms, subject_name, subject_terms
from pipeline.ingest import load_source
from pipeline.nlp import analyse, analyse_text
from pipeline.references import EvidenceStatement, Library, Reference, load_library
from pipeline.rules.loader import load_rules

from conftest import shipped_index, verdict

REFERENCE = Reference("roe2022-guide", "guideline", "Roe A. A guide. J Test 2022;2:2.", "2022", "", "",
                      "https://example.org/guide", "5", "2026-12-03", "test fixture")


def statement(id, stance, addresses):
    """A statement whose finding is its first wording."""
    return EvidenceStatement(id, REFERENCE.id, addresses[0], "quote", stance, "direct", f"direct: {addresses[0]}", "",
                             tuple(addresses))


LIBRARY = EvidenceIndex(Library({REFERENCE.id: REFERENCE}, (
    # about named interventions: a class, a kind of care, newer drugs
    statement("ev-cart-harm", "supports", ["CAR-T therapy can cause serious side effects",
                                           "immunotherapy can cause serious side effects"]),
    statement("ev-newer-harm", "refutes", ["newer drugs have no serious side effects",
                                           "targeted therapies spare patients serious side effects"]),
    # about the disease's course, and about any treatment
    statement("ev-incurable", "supports", ["multiple myeloma is incurable", "there is no cure for multiple myeloma"]),
    statement("ev-any-harm", "supports", ["every treatment for multiple myeloma has serious side effects"]),
)))


def found(text: str, with_subject: bool = True, index: EvidenceIndex = LIBRARY) -> list[str]:
    """The statements `EvidenceIndex.find` lets address the last claim of `text`, read as the audit reads it: with
    the words of its resolved subject (or, `with_subject` False, without them, as before)."""
    analysis = analyse_text(text)
    claim = extract_claims(analysis)[-1]
    first, last = analysis.token_range(claim.start, claim.end)
    terms = extract_terms(analysis, first, last)
    if with_subject:
        terms = replace(terms, named_subject=subject_name(subject_terms(claim.subject, analysis)))
    return sorted({phrasing.statement.id for _, phrasing, _ in index.find(terms)})


def test_the_words_of_a_subject_no_concept_names_are_read_people_left_out():
    analysis = analyse_text("Colloidal silver and your doctor.")
    assert len(subject_name(subject_terms("Colloidal silver", analysis))) == 2
    assert subject_name(subject_terms("your doctor", analysis)) == frozenset()  # who acts is not what it is about
    assert subject_name(subject_terms("CAR-T therapy", analysis)) == frozenset()  # a concept names it


def test_statements_about_named_interventions_do_not_address_a_thing_the_library_never_names():
    """"has no side effects", said of colloidal silver, shares only its outcome words with statements about CAR-T,
    immunotherapy and newer drugs; without its subject's words it met both."""
    text = "Colloidal silver kills every germ and has no side effects."
    assert {"ev-cart-harm", "ev-newer-harm"} <= set(found(text, with_subject=False))
    assert not {"ev-cart-harm", "ev-newer-harm"} & set(found(text))
    # a pronoun resolved to it, and a reporter's frame before it, are read the same
    assert not {"ev-cart-harm", "ev-newer-harm"} & set(found("Colloidal silver kills every germ. It has no serious "
                                                              "side effects."))
    assert not {"ev-cart-harm", "ev-newer-harm"} & set(found("Some health websites say colloidal silver kills every "
                                                              "germ and has no side effects."))


def test_statements_on_the_disease_or_on_any_treatment_still_address_it():
    """What the library says of the disease's course, or of every treatment, bears on any remedy's claim about it."""
    assert "ev-incurable" in found("Colloidal silver kills every germ. It cures multiple myeloma.")
    assert verdict(LIBRARY, "Colloidal silver cures multiple myeloma.", "Colloidal") == ("contradicted",
                                                                                          "ev-incurable")
    assert "ev-any-harm" in found("Colloidal silver kills every germ. It is a treatment for multiple myeloma with no "
                                  "serious side effects.")


def test_a_library_that_names_the_thing_by_its_words_addresses_it():
    """A statement naming the remedy leaves the claim to the usual tests: the library knows it, and its statements
    about interventions may compare with it. One of its words alone does not name it ("silver taken by mouth")."""
    index = EvidenceIndex(Library({REFERENCE.id: REFERENCE}, (
        *LIBRARY.library.statements,
        statement("ev-silver-skin", "supports", ["colloidal silver can turn the skin blue-grey"]))))
    assert "ev-silver-skin" in found("Colloidal silver kills every germ. It can turn the skin blue-grey.", index=index)
    assert "ev-cart-harm" in found("Colloidal silver kills every germ and has serious side effects.", index=index)
    assert "ev-cart-harm" not in found("Silver taken by mouth kills every germ and has serious side effects.",
                                       index=index)


@pytest.mark.parametrize("text, start", [
    # a member the lexicon knows ("cilta-cel" is CAR-T), and the intervention by a synonym
    ("Cilta-cel can cause serious side effects.", "Cilta-cel"),
    ("Chimeric antigen receptor T cells can cause serious side effects.", "Chimeric"),
    # a claim with no named subject of its own, on a page naming the intervention
    ("CAR-T therapy is given once. This treatment can cause serious side effects.", "This treatment"),
    ("CAR-T therapy is given once. It can cause serious side effects.", "It can"),
    # a product the lexicon does not know, which the page says is a kind of the intervention
    ("Immunotherapy drugs like Keytruda can cause serious side effects.", "Immunotherapy"),
    ("Keytruda, an immunotherapy, can cause serious side effects.", "can cause"),
    ("Keytruda is an immunotherapy. It can cause serious side effects.", "It can"),
    ("Keytruda is an immunotherapy. Keytruda can cause serious side effects.", "Keytruda can"),
])
def test_a_claim_about_what_the_library_names_keeps_its_statement(text, start):
    assert verdict(LIBRARY, text, start) == ("supported", "ev-cart-harm")


def test_a_statement_sharing_more_than_outcomes_with_the_claim_still_addresses_it():
    """Who a claim's subject names may be unknown to the library ("Poudyal and Apatow", the people who advertised)
    while the claim says what a statement says of a thing both name ("Supple"): more than an outcome is shared, and the
    usual tests decide (the held-out FTC page, against its own library)."""
    root = Path(__file__).resolve().parent / "heldout2"
    index = EvidenceIndex(load_library(root / "references"))
    page = (root / "sources" / "ftc-supple-joint-pain-settlement.txt").read_text(encoding="utf-8")
    assert verdict(index, page, "Poudyal and Apatow described Supple") == ("supported", "ev-supple-advertising-1")


def test_a_product_the_page_does_not_class_is_a_thing_the_library_never_names():
    assert verdict(LIBRARY, "Keytruda can cause serious side effects.", "Keytruda")[0] == "unsupported"
    # ... nor does a class the page gives it make it another intervention's: an antibiotic is no immunotherapy
    assert verdict(LIBRARY, "Colloidal silver is a natural antibiotic. It can cause serious side effects.",
                   "It can")[0] == "unsupported"


def test_a_thing_the_library_never_names_stays_unsupported_on_the_shipped_library():
    """The page of the issue (its rejection of what others say decides nothing, so it must not block the gate), and
    the same claim in the page's own voice, against the myeloma library; a claim about CAR-T is still judged."""
    page = Path(__file__).resolve().parent / "fixtures" / "factcheck" / "colloidal-silver-websites.md"
    claims = audit_source(analyse(load_source(str(page))), shipped_index(), load_rules()).claims
    assert [(c.text, c.subject, c.status) for c in claims if c.voice == "rejected"] == [
        ("Some health websites say colloidal silver kills every germ", "colloidal silver", "unsupported"),
        ("has no side effects", "colloidal silver", "unsupported")]
    index = shipped_index()
    assert verdict(index, "Colloidal silver kills every germ and has no side effects.", "has no")[0] == "unsupported"
    assert verdict(index, "Colloidal silver is a natural antibiotic. It has no side effects.", "It has")[0] \
        == "unsupported"
    assert verdict(index, "CAR-T therapy is given once and has no serious side effects.", "has no")[0] \
        == "contradicted"
