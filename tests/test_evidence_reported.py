"""False contradictions of claims the article does not make: sentences and statements written for these tests."""

from __future__ import annotations

from functools import partial

from pipeline.audit import audit_source
from pipeline.nlp import analyse_text
from pipeline.references import Reference
from pipeline.rules.loader import load_rules
from conftest import reference_library, reference_statement

REFERENCE = Reference("roe2022-complaint", "report", "Roe R. A complaint. Agency 2022.", "2022", "", "",
                      "https://example.org/complaint", "5", "2026-12-04", "test fixture")


statement = partial(reference_statement, REFERENCE, finding="finding")
library = partial(reference_library, REFERENCE)


def statuses(index, text):
    return [c.status for c in audit_source(analyse_text(text), index, load_rules()).claims]


def test_reported_advertising_is_not_contradicted_by_the_refuted_benefit():
    """A sentence reporting what a seller advertised ("The company claimed that its tea cures migraines") asserts
    that it was advertised, not the benefit: a statement refuting the benefit must not contradict it, and still
    contradicts the page that asserts the benefit itself."""
    index = library(statement("ev-tea", "refutes", ["herbal tea cures migraines and rebuilds nerves"]))
    assert "contradicted" not in statuses(index, "The company claimed that its herbal tea cures migraines and "
                                                 "rebuilds nerves.")
    assert "contradicted" not in statuses(index, "The tea was advertised as a cure for migraines that rebuilds "
                                                 "nerves.")
    assert statuses(index, "Herbal tea cures migraines and rebuilds nerves.") == ["contradicted"]


def test_a_denial_of_evidence_is_not_contradicted_by_a_description():
    """"There is little evidence to support most uses of ginseng" denies a finding; a statement that only describes
    ginseng ("ginseng products are identified by their species and root type") finds nothing it denies, and was
    read as its opposite. A statement of the benefit still contradicts it."""
    index = library(statement("ev-kinds", "supports", ["ginseng is identified by its specific species and root type"]))
    assert "contradicted" not in statuses(index, "There is little evidence to support specific uses of ginseng.")
    index = library(statement("ev-memory", "supports", ["ginseng improves memory in older adults"]))
    assert statuses(index, "There is no evidence that ginseng improves memory in older adults.") == ["contradicted"]



def test_passed_from_one_person_to_another_is_spread():
    """"Passed from one person to another" is spreading: unread, the clause of the claim that says "spread" was taken
    as the one a refuted "it spreads from one person to another" speaks of, and the claim that denies it was
    contradicted."""
    index = library(statement("ev-not-catching", "refutes", ["warts spread from one person to another"]))
    page = ("Warts cannot be passed from one person to another, but the virus that causes warts can spread and cause "
            "sores in someone who never had them.")
    assert "contradicted" not in statuses(index, page)
    assert statuses(index, "Warts can be passed from one person to another.") == ["contradicted"]


def test_words_a_resolved_subject_reports_are_not_what_it_names():
    """A fragment takes the sentence's subject for its evidence terms ("may not receive appropriate treatment" from
    "Consumers who rely on products claiming to cure diabetes …"); the words that subject only reports ("claiming to
    cure") are not what it names, so they do not match the fragment with a statement about cures."""
    index = library(statement("ev-cure-claims", "supports", ["products that claim to cure a disease are drugs",
                                                             "a product sold to cure or treat a disease is a drug"]))
    page = ("Consumers who rely on unapproved products claiming to cure diabetes instead of seeking proven therapies "
            "could suffer harm and may not receive appropriate treatment.")
    found = [c for c in audit_source(analyse_text(page), index, load_rules()).claims if c.text.startswith("may not")]
    assert found and found[0].status != "contradicted", [(c.text, c.status) for c in found]
