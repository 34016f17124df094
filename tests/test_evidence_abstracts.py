"""Evidence verdicts on claims read against one abstract, as in SciFact (each sentence an evidence statement): the
regularities of how findings are worded in abstracts. Sentences written for these tests (invented genes and drugs)."""

from __future__ import annotations

import pytest

from pipeline.benchmarks.verification import Abstract, Verifier, library_of
from pipeline.evidence import EvidenceIndex, extract_terms
from pipeline.nlp import analyse_text


def terms_of(text):
    analysis = analyse_text(text)
    return extract_terms(analysis, 0, len(analysis.tokens))


def label(claim: str, *sentences: str) -> str:
    index = EvidenceIndex(library_of([Abstract("1", "A test abstract", sentences)]))
    return Verifier().verdict(claim, index)[0]


@pytest.mark.parametrize("text, lost", [
    ("Knockout of KRX4 reduced tumour growth in mice.", {"w:krx4"}),
    ("Mice lacking KRX4 developed larger tumours.", {"w:krx4"}),
    ("Inhibiting KRX4 slows tumour growth.", {"w:krx4"}),
    ("KRX4-deficient mice developed larger tumours.", {"w:krx4"}),
    ("KRX4 was markedly depleted in the treated mice.", {"w:krx4"}),
    # a means or an outcome is no loss of the subject
    ("Tumour growth was inhibited by zelmorastat.", set()),
    ("Zelmorastat reduces tumour growth by inhibiting KRX4.", set()),
    ("Evidence was lacking for KRX4 in tumour growth.", set()),
    ("Weight loss reduces the risk of diabetes.", set()),
])
def test_the_loss_of_a_thing_is_read_from_the_words_that_remove_it(text, lost):
    assert terms_of(text).lost == lost


def test_the_loss_word_is_no_change_of_its_own():
    """"Inhibiting KRX4 increases fibrosis" says an increase (of fibrosis, after the loss of KRX4), not a fall."""
    assert terms_of("Inhibiting KRX4 increases fibrosis in the lung.").direction == 1


def test_a_change_after_the_loss_of_a_thing_is_said_of_that_thing_reversed():
    """An experiment that removes a gene and finds a fall says the gene raises it: "knockout of KRX4 reduced tumour
    growth" supports "KRX4 promotes tumour growth" and contradicts "KRX4 suppresses tumour growth"."""
    knockout = "Knockout of KRX4 markedly reduced tumour growth in mice."
    assert label("KRX4 promotes tumour growth.", knockout) == "SUPPORT"
    assert label("KRX4 suppresses tumour growth.", knockout) == "CONTRADICT"
    # the other text speaks of the thing as what changes, not as its subject: read as it is
    assert label("Zelmorastat reduces tumour growth by inhibiting KRX4.",
                 "Zelmorastat inhibited KRX4 in tumour cells.") == "SUPPORT"
    # both sides a loss: read as they are
    assert label("Loss of KRX4 reduces tumour growth.", knockout) == "SUPPORT"
    assert label("Loss of KRX4 accelerates tumour growth.", knockout) == "CONTRADICT"
    # two experiments of loss, whatever they remove, are read as they are
    assert label("Loss of KRX4 reduces tumour growth.", "KRX4-deficient mice had reduced tumour growth.") == "SUPPORT"
