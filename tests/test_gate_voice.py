"""The gate and the claim's voice: a claim the page reports does not block by its status, a claim it denies blocks
only when the library backs what it denies, and the page's own claims block as before (pipeline/gate.py). Pages
and the small reference library are written for these tests."""

from __future__ import annotations

import json
from dataclasses import replace
from functools import partial

from pipeline.audit import audit_source
from pipeline.gate import DEFAULT_FAIL_ON, FailOn, blocking_claim, exit_code, findings
from pipeline.models import RunResult
from pipeline.nlp import analyse_text
from pipeline.outputs import json_output, sarif, text
from pipeline.references import Reference
from pipeline.rules.loader import load_rules
from conftest import reference_library, reference_statement

GATE = FailOn.parse(DEFAULT_FAIL_ON)
REFERENCE = Reference("doe2024-review", "review", "Doe J. A review. Journal 2024.", "2024", "", "",
                      "https://example.org/review", "5", "2026-12-05", "test fixture")


statement = partial(reference_statement, REFERENCE, finding="finding")
LIBRARY = reference_library(REFERENCE, statement("ev-garlic", "refutes", ["garlic cures high blood pressure"]),
                            statement("ev-ginseng", "supports", ["ginseng improves memory in older adults"]))


def run(page: str) -> RunResult:
    return RunResult("test", (audit_source(analyse_text(page), LIBRARY, load_rules()),))


def claim(result: RunResult, words: str):
    return next(c for c in result.claims() if words in c.text)


def finding_of(result: RunResult, quoted):
    return next(f for f in findings(result, GATE) if f.claim_id == quoted.claim_id)


def test_a_debunked_false_claim_does_not_block():
    """The page rejects a claim the library refutes: its rejection is supported."""
    result = run("Many people say that garlic cures high blood pressure. That is not true.")
    quoted = claim(result, "garlic cures")
    assert quoted.voice == "rejected" and quoted.status == "supported"
    assert "the claim itself: contradicted" in quoted.rationale
    assert not blocking_claim(quoted, GATE) and exit_code(result, GATE) == 0


def test_a_true_claim_the_page_wrongly_rejects_blocks():
    result = run("Many people say that ginseng improves memory in older adults. That is not true.")
    quoted = claim(result, "ginseng")
    assert quoted.voice == "rejected" and quoted.status == "contradicted"
    assert blocking_claim(quoted, GATE) and exit_code(result, GATE) == 1
    assert finding_of(result, quoted).severity == "error" and not finding_of(result, quoted).note


def test_a_rejection_the_library_does_not_decide_does_not_block():
    result = run("Many people say that copper bracelets cure arthritis. That is a myth.")
    quoted = claim(result, "copper")
    assert quoted.voice == "rejected" and quoted.status == "unsupported"
    assert not blocking_claim(quoted, GATE) and exit_code(result, GATE) == 0
    assert finding_of(result, quoted).severity == "info"
    assert "rejects this claim" in finding_of(result, quoted).note


def test_a_claim_reported_without_a_rejection_keeps_its_status_and_does_not_block():
    result = run("The company claims that garlic cures high blood pressure.")
    quoted = claim(result, "garlic cures")
    assert quoted.voice == "reported" and quoted.status in GATE.statuses  # the ledger keeps its status
    assert not blocking_claim(quoted, GATE) and exit_code(result, GATE) == 0
    assert "reports this claim" in finding_of(result, quoted).note


def test_a_rating_that_disowns_only_in_part_is_no_outright_rejection():
    """"Verdict: Misleading" disowns the claim as worded without calling it false: the claim is reported, and a
    library that supports it does not make the page wrong; "Verdict: False" calls it false."""
    page = "# Fact check\n\nClaim: Ginseng improves memory in older adults.\n\nVerdict: {}.\n"
    misleading = run(page.format("Misleading"))
    assert claim(misleading, "Ginseng").voice == "reported" and exit_code(misleading, GATE) == 0
    false = run(page.format("False"))
    assert claim(false, "Ginseng").voice == "rejected" and claim(false, "Ginseng").status == "contradicted"
    assert exit_code(false, GATE) == 1


def test_the_same_claim_in_the_pages_own_voice_still_blocks():
    result = run("Garlic cures high blood pressure.")
    own = claim(result, "Garlic cures")
    assert own.voice == "own" and own.status == "contradicted"
    assert blocking_claim(own, GATE) and exit_code(result, GATE) == 1
    assert not finding_of(result, own).note


def test_a_true_claim_the_page_denies_blocks():
    result = run("There is no evidence that ginseng improves memory in older adults.")
    denied = claim(result, "ginseng")
    assert denied.voice == "denied" and denied.status == "contradicted"
    assert blocking_claim(denied, GATE) and exit_code(result, GATE) == 1


def test_a_denial_the_library_does_not_decide_does_not_block():
    result = run("There is no evidence that magnets cure arthritis.")
    denied = claim(result, "magnets")
    assert denied.voice == "denied" and denied.status == "unsupported"
    assert not blocking_claim(denied, GATE) and exit_code(result, GATE) == 0
    assert "denies this claim" in finding_of(result, denied).note


def test_a_waiver_still_excuses_an_own_claim_and_a_gate_on_nothing_blocks_nothing():
    result = run("Garlic cures high blood pressure.")
    waived = RunResult(result.version, tuple(replace(s, claims=tuple(replace(c, waived=True, waiver_reviewer="Dr A")
                                                                          for c in s.claims)) for s in result.sources))
    assert exit_code(waived, GATE) == 0
    assert exit_code(run("There is no evidence that ginseng improves memory in older adults."), FailOn()) == 0


def test_sarif_and_text_show_the_voice_and_why_it_does_not_block():
    result = run("The company claims that garlic cures high blood pressure. "
                 "Many people say that ginseng improves memory in older adults. That is not true.")
    results = json.loads(sarif.render(result, GATE))["runs"][0]["results"]
    by_voice = {r["properties"]["voice"]: r for r in results if r["properties"]["kind"] == "claim"}
    assert by_voice["reported"]["level"] == "note" and not by_voice["reported"]["properties"]["blocking"]
    assert "reports this claim" in by_voice["reported"]["message"]["text"]
    assert by_voice["rejected"]["level"] == "error" and by_voice["rejected"]["properties"]["blocking"]
    assert "the evidence supports it" in by_voice["rejected"]["message"]["text"]
    claims = json.loads(json_output.render(result))["sources"][0]["claims"]
    assert sorted((c["voice"], c["status"]) for c in claims) == [("rejected", "contradicted"),
                                                                  ("reported", "unsupported")]
    lines = text.render(result).splitlines()
    assert any("garlic" in line and "[reported: not blocking" in line for line in lines)
    assert not any("ginseng" in line and "not blocking" in line for line in lines)


def test_a_claim_nothing_addresses_asks_a_source_only_of_what_the_page_asserts():
    """With no statement on the subject, the page's own claim is told to cite a source or go; a claim it rejects or
    only reports is not the page's to cite, and its rejection is still read as one."""
    result = run("Many people say that turmeric cures arthritis. That is not true. Turmeric cures gout.")
    rejected = claim(result, "turmeric cures arthritis")
    own = claim(result, "Turmeric cures gout")
    assert rejected.voice == "rejected" and rejected.status == "unsupported"
    assert rejected.rationale.startswith("The page rejects this claim") and "citation" not in rejected.rationale
    assert rejected.suggestion == ""
    assert own.voice == "own" and "needs a citation" in own.rationale and own.suggestion.startswith("Cite a source")
