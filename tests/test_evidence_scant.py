"""Evidence verdicts on claims that grant something only a scant amount ("little to no risk", "little, if any,
benefit"): such a wording says none worth the name, as "little or no" does (pipeline/lexicons/polarity.yml
`no_effect`). Sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.benchmarks.verification import Abstract, Verifier, library_of
from pipeline.evidence import EvidenceIndex


def label(claim: str, *sentences: str) -> str:
    index = EvidenceIndex(library_of([Abstract("1", "A test abstract", sentences)]))
    return Verifier().verdict(claim, index)[0]


RISK_FOUND = "Dental nurses were at increased risk of catching influenza during the winter season."


@pytest.mark.parametrize("claim", [
    "Dental nurses have little to no risk of catching influenza.",
    "Dental nurses have little-to-no risk of catching influenza.",
    "Dental nurses have little, if any, risk of catching influenza.",
    "Dental nurses have little if any risk of catching influenza.",
    "Dental nurses have little or no risk of catching influenza.",  # the wording the lexicon knew before
])
def test_a_scant_amount_denies_what_a_statement_finds(claim):
    assert label(claim, RISK_FOUND) == "CONTRADICT"


def test_a_scant_amount_agrees_with_a_statement_that_finds_none():
    assert label("Dental nurses have little to no risk of catching influenza.",
                 "Dental nurses were at no increased risk of catching influenza during the winter season.") == "SUPPORT"
    assert label("Rosehip tea has little to no effect on joint stiffness.",
                 "Rosehip tea had no effect on joint stiffness in older adults.") == "SUPPORT"


def test_some_amount_is_no_denial():
    """Near misses: "a little" grants some, and "to" or "if" elsewhere in the sentence is no scant amount."""
    assert label("Dental nurses have a little risk of catching influenza.", RISK_FOUND) == "SUPPORT"
    assert label("Dental nurses have a risk of catching influenza, if little else.", RISK_FOUND) == "SUPPORT"
    assert label("Dental nurses are at risk of catching influenza due to little ventilation.", RISK_FOUND) == "SUPPORT"
