"""A claim that says what its subject is, is not backed by a statement that only names the subject (round 19: the
reading of real pages found defining claims "supported" by a statement that merely mentions the term). The kind a
subject is by the lexicon ("immunotherapy" is a treatment) is held by every statement naming the subject, so it does
not make the statement speak to the definition. Libraries and sentences written for these tests, on other topics."""

from __future__ import annotations

from pipeline.evidence import EvidenceIndex
from pipeline.references import EvidenceStatement, Library, Reference

from conftest import verdict

REFERENCE = Reference("poe2024-review", "review", "Poe E. A review. J Test 2024;6:6.", "2024", "", "",
                      "https://example.org/review", "8", "2026-12-05", "test fixture")


def statement(id, addresses, finding):
    return EvidenceStatement(id, REFERENCE.id, finding, "quote", "supports", "direct", f"direct: {addresses[0]}", "",
                             tuple(addresses))


SURVIVAL = statement("ev-melanoma-survival", ["immunotherapy improves survival in advanced melanoma"],
                     "Checkpoint immunotherapy lengthened overall survival in advanced melanoma in randomised trials.")
WHAT = statement("ev-immunotherapy-what", ["immunotherapy uses the body's immune system to fight melanoma"],
                 "Immunotherapy helps the body's own immune system recognise and fight melanoma cells.")


def test_a_definition_is_not_backed_by_a_statement_that_names_the_subject():
    index = EvidenceIndex(Library({REFERENCE.id: REFERENCE}, (SURVIVAL,)))
    page = "Immunotherapy is a treatment that uses the body's immune system to fight melanoma."
    assert verdict(index, page, "Immunotherapy")[0] == "unsupported"


def test_a_definition_is_backed_by_a_statement_that_gives_it():
    """Must not fire: the statement speaks of the immune system the claim defines immunotherapy by."""
    index = EvidenceIndex(Library({REFERENCE.id: REFERENCE}, (SURVIVAL, WHAT)))
    page = "Immunotherapy is a treatment that uses the body's immune system to fight melanoma."
    assert verdict(index, page, "Immunotherapy") == ("supported", "ev-immunotherapy-what")
