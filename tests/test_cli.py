"""The command line through click's CliRunner: exit codes, outputs, errors."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main

ROOT = Path(__file__).resolve().parent.parent


def project(tmp_path: Path) -> Path:
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.md").write_text(
        "# Miracle drug\n\nThis drug cures multiple myeloma and has no side effects.\n", encoding="utf-8")
    shutil.copytree(ROOT / "references", tmp_path / "references")
    return tmp_path


def test_check_writes_ledger_and_prints_findings(tmp_path, monkeypatch):
    monkeypatch.chdir(project(tmp_path))
    result = CliRunner().invoke(main, ["check"])
    assert result.exit_code == 1, result.output  # the cure claim blocks
    assert "sources/a.md:3:" in result.output and "CUR001" in result.output
    ledger = (tmp_path / "claims.csv").read_text(encoding="utf-8")
    assert ledger.startswith("claim_id,source,line,column,start,end,claim,")


def test_check_json_is_the_full_result(tmp_path, monkeypatch):
    monkeypatch.chdir(project(tmp_path))
    result = CliRunner().invoke(main, ["check", "--format", "json", "--no-claims-csv", "--no-report"])
    assert result.exit_code == 1, result.output
    data = json.loads(result.output)
    source = data["sources"][0]
    raw = (tmp_path / "sources" / "a.md").read_text(encoding="utf-8")
    for flag in source["flags"]:
        assert raw[flag["start"]:flag["end"]] == flag["text"]
        assert {"code", "level", "message", "suggestion", "authority", "claim_id"} <= set(flag)
    assert source["claims"][0]["status"] in ("contradicted", "overstated", "unsupported")
    assert not (tmp_path / "claims.csv").exists()


def test_bad_input_exits_2_and_keeps_previous_outputs(tmp_path, monkeypatch):
    monkeypatch.chdir(project(tmp_path))
    (tmp_path / "claims.csv").write_text("previous", encoding="utf-8")
    (tmp_path / "sources" / "broken.txt").write_bytes(b"caf\xe9")
    result = CliRunner().invoke(main, ["check"])
    assert result.exit_code == 2
    assert "sources/broken.txt:1:4: invalid UTF-8" in result.output
    assert "Traceback" not in result.output
    assert (tmp_path / "claims.csv").read_text(encoding="utf-8") == "previous"


def test_missing_path_and_empty_folder_exit_2(tmp_path, monkeypatch):
    monkeypatch.chdir(project(tmp_path))
    assert CliRunner().invoke(main, ["check", "nowhere"]).exit_code == 2
    (tmp_path / "empty").mkdir()
    result = CliRunner().invoke(main, ["check", "empty"])
    assert result.exit_code == 2 and "no source files" in result.output


def test_malformed_config_exits_2(tmp_path, monkeypatch):
    monkeypatch.chdir(project(tmp_path))
    (tmp_path / "pyproject.toml").write_text("[tool.claimaudit]\nsorces = 3\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check"])
    assert result.exit_code == 2 and "unknown key(s) sorces" in result.output


def test_refs_validate(tmp_path, monkeypatch):
    monkeypatch.chdir(project(tmp_path))
    ok = CliRunner().invoke(main, ["refs", "validate"])
    assert ok.exit_code == 0 and "OK" in ok.output
    (tmp_path / "references" / "evidence.csv").write_text("id\n", encoding="utf-8")
    bad = CliRunner().invoke(main, ["refs", "validate"])
    assert bad.exit_code == 2 and "missing column(s)" in bad.output


def test_rules_catalogue_lists_every_rule():
    from pipeline.rules.loader import load_rules

    result = CliRunner().invoke(main, ["rules", "--format", "markdown"])
    assert result.exit_code == 0
    for rule in load_rules():
        assert f"| {rule.code} |" in result.output


def test_rules_catalogue_notes_the_rules_silent_on_sober_pages():
    """A rule `silent_on_sober_pages` is marked as one with an `unpromoted_level` is, in both formats; the others
    are not."""
    from pipeline.rules.loader import load_rules

    text = CliRunner().invoke(main, ["rules"]).output
    markdown = CliRunner().invoke(main, ["rules", "--format", "markdown"]).output
    note = "silent on a page that neither sells nor hypes"
    by_code = {rule.code: rule for rule in load_rules()}
    blocks: dict[str, list[str]] = {}
    for line in text.splitlines():  # a rule's block opens with its code (an example may run over lines)
        if (opening := re.match(r"([A-Z]{3}\d{3})  ", line)) and opening[1] in by_code:
            code = opening[1]
        blocks.setdefault(code, []).append(line)
    assert set(blocks) == set(by_code)
    rows = {line.split(" | ")[0].lstrip("| "): line for line in markdown.splitlines()[2:]}
    silent = {code for code, rule in by_code.items() if rule.silent_on_sober_pages}
    assert silent >= {"ABS007", "AUT001", "CMP001", "CMP002", "SAF002", "SUB003"}
    for code in by_code:
        assert (f"    {note}" in blocks[code]) is (code in silent), code
        assert (note in rows[code].split(" | ")[1]) is (code in silent), code
    assert "| CUR001 | error (warning on a page with no sign of promotion) |" in markdown


def test_refs_import_adds_records_and_reports_duplicates(tmp_path, monkeypatch):
    monkeypatch.chdir(project(tmp_path))
    fixture = ROOT / "tests" / "fixtures" / "importers" / "two_records.nbib"
    first = CliRunner().invoke(main, ["refs", "import", str(fixture)])
    assert first.exit_code == 0 and "2 added" in first.output, first.output
    again = CliRunner().invoke(main, ["refs", "import", str(fixture)])
    assert again.exit_code == 0 and "0 added" in again.output and "2 duplicate" in again.output, again.output
    assert CliRunner().invoke(main, ["refs", "validate"]).exit_code == 0
    broken = CliRunner().invoke(main, ["refs", "import", str(ROOT / "tests/fixtures/importers/no_er.ris")])
    assert broken.exit_code == 2 and "no_er.ris:" in broken.output


def test_exit_codes_follow_fail_on(tmp_path, monkeypatch):
    monkeypatch.chdir(project(tmp_path))
    run = lambda *args: CliRunner().invoke(main, ["check", "--no-report", "--no-claims-csv", *args])  # noqa: E731
    assert run("--fail-on", "none").exit_code == 0
    assert run("--fail-on", "error").exit_code == 1
    assert run("--fail-on", "supported").exit_code == 0  # nothing in the article is supported
    bad = run("--fail-on", "contradicted,fatal")
    assert bad.exit_code == 2 and "fatal" in bad.output
    (tmp_path / "pyproject.toml").write_text('[tool.claimaudit]\nfail_on = ["warning"]\n', encoding="utf-8")
    assert run().exit_code == 1 and run("--fail-on", "none").exit_code == 0  # config default, flag overrides


def test_waived_findings_do_not_block(tmp_path, monkeypatch):
    monkeypatch.chdir(project(tmp_path))
    (tmp_path / "waivers.csv").write_text(
        "claim_id,rule,source,reviewer,date,reason,expires,evidence\n"
        ",*,,Dr Reviewer,2026-11-01,accepted for this test,,\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--no-report", "--fail-on", "error,warning", "--format", "json"])
    data = json.loads(result.output[:result.output.rindex("}") + 1])
    assert all(f["waived"] and f["waiver_reviewer"] == "Dr Reviewer" for f in data["sources"][0]["flags"])
    assert result.exit_code == 0


@pytest.mark.parametrize("fmt", ["sarif", "junit", "github", "csv", "text"])
def test_every_format_to_file(tmp_path, monkeypatch, fmt):
    monkeypatch.chdir(project(tmp_path))
    out = tmp_path / f"out.{fmt}"
    result = CliRunner().invoke(main, ["check", "--no-report", "--format", fmt, "--output", str(out)])
    assert result.exit_code == 1 and out.stat().st_size > 0
    if fmt == "sarif":
        assert json.loads(out.read_text(encoding="utf-8"))["version"] == "2.1.0"
    if fmt == "junit":
        import xml.etree.ElementTree as ET

        assert ET.fromstring(out.read_text(encoding="utf-8")).find(".//failure") is not None


def test_unknown_rule_in_select_exits_2(tmp_path, monkeypatch):
    monkeypatch.chdir(project(tmp_path))
    result = CliRunner().invoke(main, ["check", "--select", "CUR001,XYZ999"])
    assert result.exit_code == 2 and "XYZ999" in result.output


def test_a_rule_retired_with_nothing_in_its_place_is_a_warning_in_ignore_and_an_error_in_select(tmp_path, monkeypatch):
    """--ignore named-testimonial (a rule retired with nothing in its place) runs, saying why it went and that it
    switches nothing off; --select naming it stops the run (exit 2) with the same reason; a renamed code's error
    still names its rule now."""
    monkeypatch.chdir(project(tmp_path))
    ignored = CliRunner().invoke(main, ["check", "--no-report", "--no-claims-csv", "--ignore", "named-testimonial"])
    assert ignored.exit_code == 1  # the run's own findings block, as without the option
    assert "--ignore: 'named-testimonial' names SUB011 (named-testimonial), retired, nothing replaces it: it " \
        "flagged the name signed under a customer's quote" in ignored.output
    assert "switches nothing off" in ignored.output
    plain = CliRunner().invoke(main, ["check", "--no-report", "--no-claims-csv"])
    assert "retired" not in plain.output
    selected = CliRunner().invoke(main, ["check", "--no-report", "--no-claims-csv", "--select", "SUB011"])
    assert selected.exit_code == 2 and "is retired and nothing replaces it: it flagged the name" in selected.output
    renamed = CliRunner().invoke(main, ["check", "--no-report", "--no-claims-csv", "--ignore", "TST001"])
    assert renamed.exit_code == 2 and "the code is retired, its rule is SUB010 now" in renamed.output


def test_a_renamed_rules_former_name_is_an_error_that_gives_its_name_now(tmp_path, monkeypatch):
    """CUR005 was named regeneration-claim before it read ageing reversed and damage undone: --ignore or --select
    naming the old name stops the run (exit 2) with the rule's code and name now, as a renamed code does; the new
    name selects the rule."""
    monkeypatch.chdir(project(tmp_path))
    for option in ("--ignore", "--select"):
        old = CliRunner().invoke(main, ["check", "--no-report", "--no-claims-csv", option, "regeneration-claim"])
        assert old.exit_code == 2, old.output
        assert "the name is retired, its rule is CUR005 reversal-or-regrowth-claim now" in old.output
    new = CliRunner().invoke(main, ["check", "--no-report", "--no-claims-csv",
                                    "--select", "reversal-or-regrowth-claim"])
    assert new.exit_code in (0, 1), new.output


def test_report_from_saved_json(tmp_path, monkeypatch):
    monkeypatch.chdir(project(tmp_path))
    CliRunner().invoke(main, ["check", "--no-report", "--format", "json", "--output", "result.json"])
    result = CliRunner().invoke(main, ["report", "result.json", "--output-dir", "out"])
    assert result.exit_code == 0
    assert (tmp_path / "out" / "index.html").is_file() and (tmp_path / "out" / "a.html").is_file()
    (tmp_path / "broken.json").write_text("{}", encoding="utf-8")
    assert CliRunner().invoke(main, ["report", "broken.json"]).exit_code == 2


@pytest.mark.parametrize("fmt", ["json", "sarif", "junit", "github", "text"])
def test_outputs_served_from_the_cache_equal_a_fresh_run(tmp_path, monkeypatch, fmt):
    """Warm runs copy cached fragments; a source a waiver touches is rebuilt. Every output must be byte-identical
    to a run without the cache, before and after a waiver appears and after one file changes."""
    monkeypatch.chdir(project(tmp_path))
    (tmp_path / "sources" / "b.txt").write_text("Exercise always cures fatigue in every patient.\n", encoding="utf-8")
    (tmp_path / "sources" / "c.txt").write_text("Bortezomib may cause neuropathy.\n", encoding="utf-8")

    def outputs(*extra: str) -> dict[str, str]:
        result = CliRunner().invoke(main, ["check", "--format", fmt, "--output", "out", *extra])
        assert result.exit_code in (0, 1), result.output
        files = {"out": tmp_path / "out", "claims.csv": tmp_path / "claims.csv",
                 **{p.name: p for p in (tmp_path / "reports").glob("*.html")}}
        return {name: path.read_text(encoding="utf-8") for name, path in files.items()}

    fresh = outputs("--no-cache")
    assert outputs() == fresh  # fills the cache
    assert (tmp_path / ".claimaudit_cache" / "views").is_dir()
    assert outputs() == fresh  # served from the cached views
    CliRunner().invoke(main, ["check", "--no-report", "--no-claims-csv", "--format", "json", "--output", "b.json",
                              "sources/b.txt"])
    claim_id = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))["sources"][0]["claims"][0]["claim_id"]
    (tmp_path / "waivers.csv").write_text("claim_id,rule,source,reviewer,date,reason,expires,evidence\n"
                                          f"{claim_id},,,Dr Reviewer,2026-11-01,accepted,,\n", encoding="utf-8")
    waived = outputs("--no-cache")
    assert waived != fresh and outputs() == waived
    (tmp_path / "sources" / "c.txt").write_text("Bortezomib cures neuropathy.\n", encoding="utf-8")
    assert outputs() == outputs("--no-cache")


def test_report_reads_a_saved_result_line_by_line_or_whole(tmp_path, monkeypatch):
    monkeypatch.chdir(project(tmp_path))
    (tmp_path / "sources" / "b.txt").write_text("Exercise always cures fatigue.\n", encoding="utf-8")
    CliRunner().invoke(main, ["check", "--no-report", "--format", "json", "--output", "result.json"])
    assert CliRunner().invoke(main, ["report", "result.json", "--output-dir", "lines"]).exit_code == 0
    pretty = json.dumps(json.loads((tmp_path / "result.json").read_text(encoding="utf-8")), indent=2)
    (tmp_path / "pretty.json").write_text(pretty, encoding="utf-8")  # e.g. after `jq .`
    assert CliRunner().invoke(main, ["report", "pretty.json", "--output-dir", "whole"]).exit_code == 0
    pages = sorted(p.name for p in (tmp_path / "lines").iterdir())
    assert pages == ["a.html", "b.html", "index.html"]
    assert all((tmp_path / "lines" / p).read_bytes() == (tmp_path / "whole" / p).read_bytes() for p in pages)
    lines = (tmp_path / "result.json").read_text(encoding="utf-8").splitlines(keepends=True)
    lines[2] = lines[2][:40] + "\n"  # the second source, cut short
    (tmp_path / "broken.json").write_text("".join(lines), encoding="utf-8")
    broken = CliRunner().invoke(main, ["report", "broken.json", "--output-dir", "lines"])
    assert broken.exit_code == 2 and "broken.json:3:" in broken.output and "invalid JSON" in broken.output
    assert sorted(p.name for p in (tmp_path / "lines").iterdir()) == pages  # previous reports kept


def test_progress_bar_on_a_terminal_only(tmp_path):
    """On a terminal (a pseudo-terminal here) stderr shows a bar with the file count; piped, nothing."""
    import os
    import pty
    import subprocess
    import sys

    project(tmp_path)
    (tmp_path / "sources" / "b.txt").write_text("Exercise helps fatigue.\n", encoding="utf-8")
    command = [sys.executable, "-m", "pipeline", "check", "--no-report", "--no-cache", "--jobs", "1"]
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    piped = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert piped.returncode == 1 and "checking" not in piped.stderr
    leader, follower = pty.openpty()
    done = subprocess.run(command, cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=follower, timeout=300)
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal's other end is closed: all read
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    assert done.returncode == 1
    assert b"checking" in shown and b"2/2" in shown and b"sources/b.txt" in shown
