"""A treatment's name made with a direction word says no change: "prolonged exposure" (a PTSD psychotherapy) and
"extended-/prolonged-release" (a drug formulation) do not say that the symptoms named after them go up, so a claim
that the treatment works is not read as the opposite of a statement that it helps (polarity.yml `names`)."""

from __future__ import annotations

import pytest

from pipeline.audit import audit_source
from pipeline.evidence import EvidenceIndex
from pipeline.nlp import analyse_text
from pipeline.references import EvidenceStatement, Library, Reference
from pipeline.rules.loader import load_rules

REFERENCE = Reference("doe2021-trial", "rct", "Doe J. A trial. J Med 2021;2:2.", "2021", "10.1000/abc", "", "",
                      "2", "2026-12-04", "test fixture")


def _status(address: str, claim: str) -> str:
    library = Library({REFERENCE.id: REFERENCE}, (
        EvidenceStatement("ev-1", REFERENCE.id, "finding", "quote", "supports", "direct", f"direct: {address}", "",
                          (address,)),))
    found = audit_source(analyse_text(claim), EvidenceIndex(library), load_rules()).claims
    assert len(found) == 1, [c.text for c in found]
    return found[0].status


@pytest.mark.parametrize("address, claim", [
    ("prolonged exposure worked better than supportive counselling for firefighters",
     "Prolonged exposure therapy was an effective treatment for PTSD symptoms in firefighters."),
    ("prolonged-release melatonin improves sleep quality in older adults with insomnia",
     "Prolonged-release melatonin was an effective treatment for insomnia symptoms in older adults."),
    ("extended-release melatonin improves sleep quality in older adults with insomnia",
     "Extended-release melatonin was an effective treatment for insomnia symptoms in older adults."),
])
def test_a_treatment_named_with_a_direction_word_is_not_read_as_a_rise(address, claim):
    assert _status(address, claim) == "supported"


def test_a_prolonged_symptom_still_says_a_rise():
    # outside a name the word keeps its sense: a drug that prolongs symptoms is not one that relieves them
    assert _status("the new drug shortens the duration of cold symptoms",
                   "The new drug prolongs cold symptoms.") == "contradicted"
