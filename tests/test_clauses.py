"""Clauses: where a sentence is cut into candidate claims, and what each cut says of its subject."""

from __future__ import annotations


def test_a_relative_clause_inside_the_subject_ends_at_its_closing_comma():
    from pipeline.claims import extract_claims
    from pipeline.nlp import analyse_text

    found = extract_claims(analyse_text("The drug, which is taken once daily, lowers blood pressure in most adults."))
    assert [(c.text, c.subject) for c in found] == [("lowers blood pressure in most adults", "The drug")]
    found = extract_claims(analyse_text(
        "In the trial, which enrolled 5,230 patients, cardiozen reduced deaths from heart failure."))
    assert [(c.text, c.subject) for c in found][-1] == ("cardiozen reduced deaths from heart failure", "cardiozen")


def test_a_news_dateline_is_neither_claim_text_nor_subject():
    from pipeline.claims import extract_claims
    from pipeline.nlp import analyse_text

    found = extract_claims(analyse_text(
        "BOSTON, March 4, 2025 -- Novaren Pharmaceuticals today announced that cardiozen reduced deaths from heart "
        "failure."))
    assert found[0].text.startswith("Novaren Pharmaceuticals today announced") and \
        found[0].subject == "Novaren Pharmaceuticals"
    found = extract_claims(analyse_text("LONDON (Reuters) - Statins lower LDL cholesterol in most adults."))
    assert [(c.text, c.subject) for c in found] == [("Statins lower LDL cholesterol in most adults", "Statins")]


def test_and_after_a_comma_opens_a_clause_with_a_subject_and_verb_of_its_own():
    from pipeline.claims import extract_claims
    from pipeline.nlp import analyse_text

    found = extract_claims(analyse_text("Cinnamon improves insulin sensitivity, and metformin lowers blood sugar."))
    assert [(c.text, c.subject) for c in found] == [("Cinnamon improves insulin sensitivity", "Cinnamon"),
                                                    ("metformin lowers blood sugar", "metformin")]
    # the last item of a list of subjects is none
    found = extract_claims(analyse_text("Advances in surgery, radiotherapy, and new drugs are improving survival."))
    assert len(found) == 1
