"""Waivers (the reviewers' ledger), inline suppressions and --changed-since."""

from __future__ import annotations

import json
import subprocess
from datetime import date
from pathlib import Path

import pytest

from pipeline.errors import DataError
from pipeline.ingest import build_source
from pipeline.models import Claim, Flag, RunResult, SourceResult
from pipeline.waivers import apply_suppressions, apply_waivers, find_suppressions, load_waivers

HEADER = "claim_id,rule,source,reviewer,date,reason,expires,evidence\n"


def claim(claim_id="c1", status="unsupported", start=0):
    return Claim(claim_id=claim_id, source="sources/a.md", start=start, end=start + 10, line=1, column=1,
                 text="It cures", sentence="It cures.", subject="it", topic="", category="cure",
                 strength="absolute", negated=False, hedged=False, modifiers=(), status=status)


def flag(code="CUR001", claim_id="c1", start=0):
    return Flag(code=code, name="n", level="error", start=start, end=start + 5, line=1, column=1, text="cures",
                message="m", suggestion="s", authority="a", claim_id=claim_id)


def result():
    return RunResult("0", (SourceResult("sources/a.md", (claim(),), (flag(), flag("HYP001", claim_id=None))),))


def ledger(tmp_path: Path, rows: str) -> Path:
    path = tmp_path / "waivers.csv"
    path.write_text(HEADER + rows, encoding="utf-8")
    return path


def test_waiver_by_fingerprint_and_rule(tmp_path):
    waivers = load_waivers(ledger(tmp_path, "c1,,,Dr A,2026-11-01,accepted in review,,ev-x\n"
                                            ",HYP*,,Dr B,2026-11-01,house style,,\n"))
    waived, report = apply_waivers(result(), waivers, date(2026, 11, 22))
    source = waived.sources[0]
    assert source.claims[0].waived and source.claims[0].waiver_reviewer == "Dr A"
    assert source.flags[0].waived and source.flags[1].waived and source.flags[1].waiver_reason == "house style"
    assert report.unused == () and report.expired == ()


def test_expired_waiver_blocks_again_and_unused_is_reported(tmp_path):
    waivers = load_waivers(ledger(tmp_path, "c1,,,Dr A,2025-01-01,ok,2026-01-01,\n"
                                            "c9,,,Dr A,2026-01-01,old claim,,\n"))
    waived, report = apply_waivers(result(), waivers, date(2026, 11, 22))
    assert not waived.sources[0].claims[0].waived
    assert [w.claim_id for w in report.expired] == ["c1"] and [w.claim_id for w in report.unused] == ["c9"]


@pytest.mark.parametrize("row, message, line, column", [
    ("c1,,,Dr A,22/11/2026,ok,,\n", "not a date", 2, 5),
    ("c1,,,,2026-11-01,ok,,\n", "empty 'reviewer'", 2, 4),
    (",,,Dr A,2026-11-01,ok,,\n", "claim_id", 2, 1),
    ("c1,,,Dr A,2026-11-01,ok,2026-13-01,\n", "expires", 2, 7),
])
def test_bad_ledger_rows_name_line_and_column(tmp_path, row, message, line, column):
    with pytest.raises(DataError) as error:
        load_waivers(ledger(tmp_path, row))
    assert message in error.value.message and (error.value.line, error.value.column) == (line, column)


def test_missing_ledger_is_empty(tmp_path):
    assert load_waivers(tmp_path / "nothing.csv") == ()


def test_inline_suppression_marks_not_hides():
    raw = ("Intro paragraph.\n\n<!-- claimaudit: ignore CUR001 -->\nIt cures myeloma.\n\n"
           "<!-- claimaudit: ignore -->\nAnother block.\n")
    source = build_source("a.md", raw, "md")
    spans = find_suppressions(source)
    assert len(spans) == 2
    cured = raw.index("It cures")
    other = raw.index("Another")
    found = SourceResult("a.md", (claim("c1", start=cured), claim("c2", start=other)),
                         (flag("CUR001", start=cured), flag("HYP001", start=cured), flag("HYP001", "c2", other)))
    marked = apply_suppressions(found, spans)
    assert [f.suppressed for f in marked.flags] == [True, False, True]
    assert [c.suppressed for c in marked.claims] == [False, True]
    assert len(marked.flags) == 3  # suppressed findings stay visible


def test_changed_since_reports_only_new_claims(tmp_path, monkeypatch):
    from pipeline.audit import run_audit
    from pipeline.config import load_config

    root = Path(__file__).resolve().parent.parent
    monkeypatch.chdir(tmp_path)
    git = lambda *a: subprocess.run(["git", *a], check=True, capture_output=True)  # noqa: E731
    git("init", "-q")
    git("config", "user.email", "t@example.invalid")
    git("config", "user.name", "t")
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.md").write_text("Chemotherapy cures myeloma.\n", encoding="utf-8")
    (tmp_path / "sources" / "b.md").write_text("Exercise reduces fatigue.\n", encoding="utf-8")
    git("add", ".")
    git("commit", "-qm", "base")
    (tmp_path / "sources" / "a.md").write_text("Chemotherapy  cures\nmyeloma.\n\nImmunotherapy targets only cancer "
                                               "cells.\n", encoding="utf-8")
    config = load_config(None, references=str(root / "references"))
    result = run_audit(config, ["sources"], changed_since="HEAD")
    assert [s.path for s in result.sources] == ["sources/a.md"]
    assert [c.text for c in result.sources[0].claims] == ["Immunotherapy targets only cancer cells"]
    with pytest.raises(DataError):
        run_audit(config, ["sources"], changed_since="no-such-revision")


def stale_of(raw: str, found_claims=(), found_flags=(), codes_run=None) -> list[tuple[int, str, str, str]]:
    """(line, name, reason, replacement) of the stale ignore comments of a Markdown page whose findings are given as
    (id or code, the words they start at)."""
    source = build_source("a.md", raw, "md")
    claims = tuple(claim(i, status, raw.index(at)) for i, status, at in found_claims)
    flags = tuple(flag(code, None, raw.index(at)) for code, at in found_flags)
    marked = apply_suppressions(SourceResult("a.md", claims, flags), find_suppressions(source), codes_run)
    return [(s.line, s.name, s.reason, s.replacement) for s in marked.stale_ignores]


def test_ignore_comment_that_suppresses_is_quiet():
    raw = ("<!-- claimaudit: ignore CUR001 -->\nIt cures myeloma.\n\n"
           "<!-- claimaudit: ignore unsupported -->\nTea lowers blood pressure.\n\n"
           "<!-- claimaudit: ignore -->\nIt is a miracle.\n\n"
           "<!-- claimaudit: ignore HYP* -->\nA breakthrough.\n")
    assert stale_of(raw, [("c1", "unsupported", "Tea lowers")],
                    [("CUR001", "It cures"), ("HYP001", "It is a"), ("HYP002", "A breakthrough")]) == []


def test_ignore_comment_naming_a_retired_code_is_reported_with_its_replacement():
    raw = "<!-- claimaudit: ignore TST001 EFF002 -->\nMy pain was gone!\n"
    assert stale_of(raw, found_flags=[("SUB010", "My pain")]) == [
        (1, "TST001", "retired", "SUB010"), (1, "EFF002", "retired", "ABS007")]


def test_ignore_comment_naming_a_rule_that_nothing_replaces_is_reported_as_retired_with_no_new_code():
    """SUB011 (and TST002 before it) went with no rule in its place: a comment naming either code is accepted and
    reported as retired, naming no rule to use instead; a comment reads codes, so its old name stays unknown."""
    raw = "<!-- claimaudit: ignore SUB011 tst002 named-testimonial SUB015 -->\n\"After a week my pain was gone.\"\n"
    assert stale_of(raw, found_flags=[("SUB015", "After a week")]) == [
        (1, "SUB011", "retired", ""), (1, "tst002", "retired", ""), (1, "named-testimonial", "unknown", "")]
    from pipeline.models import StaleIgnore

    assert StaleIgnore(1, 1, "SUB011", "retired").message("a.md") == \
        "a.md:1:1: ignore comment names the retired rule code SUB011 (retired, nothing replaces it): it suppresses nothing"


def test_ignore_comment_naming_no_rule_is_reported_but_a_status_word_is_no_unknown_code():
    raw = ("Intro.\n\n<!-- claimaudit: ignore cur999 cure-claim XYZ9* -->\nIt cures myeloma.\n\n"
           "<!-- claimaudit: ignore contradicted -->\nTea lowers blood pressure.\n")
    found = stale_of(raw, [("c1", "unsupported", "Tea lowers")], [("CUR001", "It cures")])
    # rule names suppress nothing (a comment reads codes, globs and statuses), nor does a code no rule has
    assert found == [(3, "cur999", "unknown", ""), (3, "cure-claim", "unknown", ""), (3, "XYZ9*", "unknown", ""),
                     (6, "contradicted", "unused", "")]


def test_codes_in_an_ignore_comment_are_read_in_any_case():
    """Codes are capitals and digits and statuses lower-case words: `cur001` can only mean CUR001 (as in
    --select/--ignore), and a retired code written in lower case is the retired code, reported with its new one."""
    raw = ("<!-- claimaudit: ignore cur001 Unsupported hyp* -->\nIt cures myeloma. Tea lowers blood pressure. A "
           "breakthrough.\n\n<!-- claimaudit: ignore sub002 tst001 -->\nIt boosts your immune system.\n")
    source = build_source("a.md", raw, "md")
    claims = (claim("c1", "unsupported", raw.index("Tea lowers")),)
    flags = (flag("CUR001", None, raw.index("It cures")), flag("HYP002", None, raw.index("A breakthrough")),
             flag("EFF005", None, raw.index("It boosts")))
    marked = apply_suppressions(SourceResult("a.md", claims, flags), find_suppressions(source))
    assert [c.suppressed for c in marked.claims] == [True]
    assert [f.suppressed for f in marked.flags] == [True, True, False]  # the retired name suppresses nothing
    assert [(s.line, s.name, s.reason, s.replacement) for s in marked.stale_ignores] == [
        (4, "sub002", "retired", "EFF005"), (4, "tst001", "retired", "SUB010")]


@pytest.mark.parametrize("pattern, name, named", [
    ("c*", "contradicted", True), ("c*", "CUR001", False), ("c*", "CMP002", False),  # a status glob as written
    ("s*", "supported", True), ("s*", "SUB003", False), ("*", "CUR001", True),
    ("cmp*", "CMP002", True), ("cur001", "CUR001", True), ("Unsupported", "unsupported", True),
])
def test_a_status_glob_names_statuses_only(pattern, name, named):
    """Codes are read in any case, but a pattern that names a status as written stays a status pattern: `c*` was
    "contradicted" before codes were read in any case, and must not start to hide every CUR and CMP finding."""
    from pipeline.waivers import names_rule

    assert names_rule(pattern, name) is named


def test_a_waiver_names_its_rule_in_any_case():
    from pipeline.waivers import Waiver

    waiver = Waiver(2, "", "cur001", "", "Dr A", "2026-11-01", "accepted", "", "")
    assert waiver.covers_flag(flag("CUR001", None, 0), "a.md")
    assert not waiver.covers_flag(flag("CUR002", None, 0), "a.md")


def test_ignore_comment_with_nothing_left_to_suppress_is_reported():
    raw = ("<!-- claimaudit: ignore CUR001 HYP001 -->\nIt cures myeloma.\n\n"
           "<!-- claimaudit: ignore -->\nA plain sentence.\n\n<!-- claimaudit: ignore CUR001 -->\n")
    assert stale_of(raw, found_flags=[("CUR001", "It cures")]) == [
        (1, "HYP001", "unused", ""), (4, "", "unused", ""), (7, "CUR001", "no_block", "")]


def test_ignore_comment_for_a_rule_the_run_does_not_run():
    raw = "<!-- claimaudit: ignore HYP001 -->\nIt cures myeloma.\n"
    assert stale_of(raw, codes_run=frozenset({"CUR001"})) == [(1, "HYP001", "not_run", "")]
    assert stale_of(raw) == [(1, "HYP001", "unused", "")]


def _stale_fingerprints(raw: str) -> dict[tuple[int, str], str]:
    """(line, name) -> the SARIF fingerprint of each stale ignore comment of a Markdown page with no findings."""
    from pipeline.gate import FailOn
    from pipeline.outputs import sarif

    source = build_source("a.md", raw, "md")
    marked = apply_suppressions(SourceResult("a.md", (), ()), find_suppressions(source))
    log = json.loads(sarif.render(RunResult("0", (marked,)), FailOn.parse("error")))
    return {(r["locations"][0]["physicalLocation"]["region"]["startLine"], r["properties"]["name"]):
            r["partialFingerprints"]["claimauditStaleIgnore/v1"] for r in log["runs"][0]["results"]}


def test_a_stale_ignore_comments_fingerprint_survives_edits_elsewhere_and_changes_with_its_block():
    """As a flag's: made from the path, the name, why it is stale and the words of the block it covers, not from the
    line, nor from how many comments alike come before it (a stale comment added above it moves neither)."""
    raw = "# Tea\n\n<!-- claimaudit: ignore CUR001 -->\nTea lowers blood pressure.\n"
    (before,) = _stale_fingerprints(raw).values()
    edited = ("# Tea\n\nA new paragraph.\n\n<!-- claimaudit: ignore CUR001 -->\nTea is a drink.\n\n"
              "<!-- claimaudit: ignore CUR001 -->\nTea   lowers blood\npressure.\n")
    after = _stale_fingerprints(edited)
    assert after[(8, "CUR001")] == before  # moved five lines down, a comment alike above it, its block rewrapped
    assert after[(5, "CUR001")] != before
    assert _stale_fingerprints(raw.replace("lowers", "raises"))[(3, "CUR001")] != before  # its block's words changed
    # two comments alike before the same block are told apart, and one naming another code is another comment
    twice = _stale_fingerprints("<!-- claimaudit: ignore CUR001 -->\n<!-- claimaudit: ignore CUR001 -->\nTea.\n")
    assert len(set(twice.values())) == 2
    assert _stale_fingerprints(raw.replace("CUR001", "ABS001"))[(3, "ABS001")] != before


def test_stale_ignores_in_the_json_record_only_where_there_are_some():
    from pipeline.models import StaleIgnore

    plain = SourceResult("a.md", (claim(),), (flag(),))
    assert "stale_ignores" not in plain.to_record()  # (the JSON of a source without one is unchanged)
    stale = SourceResult("a.md", (), (), (StaleIgnore(3, 1, "TST001", "retired", "SUB010"),))
    assert SourceResult.from_record(stale.to_record()) == stale
    assert stale.stale_ignores[0].message("a.md") == \
        "a.md:3:1: ignore comment names the retired rule code TST001 (now SUB010): it suppresses nothing"


def test_stale_ignore_comment_is_reported_on_stderr_and_does_not_block(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from pipeline.cli import main

    root = Path(__file__).resolve().parent.parent
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.md").write_text(
        "# Myeloma\n\n<!-- claimaudit: ignore TST002 -->\nMyeloma is a cancer of plasma cells.\n", encoding="utf-8")
    (tmp_path / "waivers.csv").write_text(HEADER + ",TST003,,Dr A,2026-11-01,old code,,\n"
                                          ",sub011,,Dr A,2026-11-01,signatures,,\n", encoding="utf-8")
    for _ in range(2):  # audited, then served from the cache
        result = CliRunner().invoke(main, ["check", "--no-report", "--no-claims-csv", "--references",
                                           str(root / "references"), "--fail-on", "error"])
        assert result.exit_code == 0, result.output
        assert "sources/a.md:3:1: ignore comment names the retired rule code TST002 (retired, nothing replaces " \
            "it)" in result.output
        assert "waivers.csv:2: waiver names the retired rule code TST003 (now SUB012)" in result.output
        assert "waivers.csv:3: waiver names the retired rule code SUB011 (retired, nothing replaces it: it flagged " \
            "the name signed under a customer's quote" in result.output
    for _ in range(2):  # in SARIF too, where code scanning shows it (audited with the report, then cached)
        result = CliRunner().invoke(main, ["check", "--no-claims-csv", "--references", str(root / "references"),
                                           "--fail-on", "error", "--format", "sarif", "--output", "out.sarif",
                                           "--reports", "reports"])
        assert result.exit_code == 0, result.output
        stale = [r for r in json.loads((tmp_path / "out.sarif").read_text(encoding="utf-8"))["runs"][0]["results"]
                 if r["ruleId"] == "STALE-IGNORE"]
        assert [(r["locations"][0]["physicalLocation"]["region"]["startLine"], r["properties"]["name"])
                for r in stale] == [(3, "TST002")]
        report = (tmp_path / "reports" / "a.html").read_text(encoding="utf-8")
        assert "the retired rule code TST002 (retired, nothing replaces it)" in report
