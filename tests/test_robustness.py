"""Issue 8, end to end through the command line: bad input gets a clear exit-2 message naming the file (no traceback
unless --debug), nothing is lost when a run fails or is killed, runs are byte-identical, and untrusted text from
articles and the reference library stays inert in every output format (HTML checked in headless Chromium).

What the unit tests already cover is not repeated here (ingest.decode on bytes, validate_library row checks,
load_waivers rows, formatter escaping on hand-built results). Every input here is generated at test time in a
temporary project folder holding a copy of `references/`.

Slow tests (`-m slow`): the 50 MB file and the SIGKILL test (a 300-file corpus). Tests that document an engine
defect are `xfail(strict=True)` with the defect in the reason, so a fix makes them fail until the mark is removed.
"""

from __future__ import annotations

import csv
import io
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

import pytest
from click.testing import CliRunner

from pipeline.cli import main

ROOT = Path(__file__).resolve().parent.parent
CLAIMAUDIT = [sys.executable, "-m", "pipeline"]
CURE = "# Miracle drug\n\nThis drug cures multiple myeloma and has no side effects.\n"
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


# --- helpers --------------------------------------------------------------------------------------------------

def make_project(folder: Path, article: str = CURE) -> Path:
    (folder / "sources").mkdir(parents=True, exist_ok=True)
    (folder / "sources" / "a.md").write_text(article, encoding="utf-8")
    shutil.copytree(ROOT / "references", folder / "references")
    return folder


@pytest.fixture
def proj(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(make_project(tmp_path))
    return tmp_path


def invoke(*args: str):
    return CliRunner().invoke(main, [str(a) for a in args])


def assert_bad_input(result, *needles: str) -> None:
    """Exit 2 (a SystemExit, not an escaped exception), a message with every needle, no traceback."""
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        f"crashed with {result.exception!r}:\n{result.output}"
    assert result.exit_code == 2, f"exit {result.exit_code}, expected 2:\n{result.output}"
    assert "Traceback" not in result.output, result.output
    for needle in needles:
        assert needle in result.output, f"{needle!r} not in:\n{result.output}"


def assert_debug_traceback(args, *needles: str) -> None:
    """With --debug the traceback is shown, the message still names the file, and the exit code stays 2."""
    result = invoke("--debug", *args)
    assert result.exit_code == 2, (result.exception, result.output)
    assert "Traceback (most recent call last)" in result.output
    for needle in needles:
        assert needle in result.output


def run_cli(args, cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess:
    env = {**os.environ, "CI": "1", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([*CLAIMAUDIT, *args], cwd=cwd, capture_output=True, text=True, timeout=timeout, env=env)


def json_from(output: str) -> dict:
    """The JSON document printed by `--format json` (stderr notes may follow it in CliRunner's mixed output)."""
    return json.loads(output[:output.rindex("}") + 1])


# --- bad input: source files ----------------------------------------------------------------------------------

# name -> (relative file, bytes, expected message parts)
BAD_SOURCES = {
    "empty": ("sources/empty.txt", b"", ["sources/empty.txt: file is empty"]),
    "blank": ("sources/blank.md", b" \n\t\r\n", ["sources/blank.md: file is empty"]),
    "binary": ("sources/image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", ["sources/image.txt:", "binary"]),
    "utf16-without-bom": ("sources/u16.txt", "Myeloma is a cancer.\n".encode("utf-16-le"),
                          ["sources/u16.txt:", "binary"]),
    # the engine's decision for invalid UTF-8: an error naming line and column (the byte's place on its line)
    "invalid-utf8-line2": ("sources/latin1.txt", b"First line is fine.\nBad caf\xe9 here.\n",
                           ["sources/latin1.txt:2:8: invalid UTF-8 (byte offset 27)"]),
    "invalid-utf8-html": ("sources/page.html", b"<p>ok</p>\n<p>\xff\xfe\xfd</p>\n", ["sources/page.html:2:4: invalid UTF-8"]),
    "truncated-utf8": ("sources/cut.md", "Myeloma \u2014".encode("utf-8")[:-1], ["sources/cut.md:1:9: invalid UTF-8"]),
}


@pytest.mark.parametrize("case", sorted(BAD_SOURCES))
def test_bad_source_file_exits_2_naming_it(proj, case):
    name, data, needles = BAD_SOURCES[case]
    (proj / name).write_bytes(data)
    result = invoke("check", "--no-cache")
    assert_bad_input(result, *needles)
    assert not (proj / "claims.csv").exists() and not (proj / "reports").exists()  # nothing written
    assert_debug_traceback(["check", "--no-cache"], name)
    # the same file given on the command line
    assert_bad_input(invoke("check", "--no-cache", name), *needles)


def test_folder_without_sources_names_the_folder(proj):
    (proj / "docs").mkdir()
    (proj / "docs" / "README.md").write_text("Excluded by the default config.\n", encoding="utf-8")
    (proj / "docs" / "paper.pdf").write_bytes(b"%PDF-1.7")
    (proj / "docs" / "nested").mkdir()
    assert_bad_input(invoke("check", "--no-cache", "docs"), "docs: no source files")
    assert_debug_traceback(["check", "--no-cache", "docs"], "docs")


def test_unsupported_file_named_on_the_command_line(proj):
    (proj / "notes.docx").write_bytes(b"PK\x03\x04")
    assert_bad_input(invoke("check", "--no-cache", "notes.docx"), "notes.docx: unsupported file type '.docx'")


@pytest.mark.skipif(IS_ROOT, reason="running as root: root reads a chmod 000 file, so permissions cannot fail")
def test_unreadable_file_exits_2(proj):
    secret = proj / "sources" / "secret.txt"
    secret.write_text("Chemotherapy cures myeloma.\n", encoding="utf-8")
    secret.chmod(0)
    try:
        assert_bad_input(invoke("check", "--no-cache"), "sources/secret.txt: cannot read file")
    finally:
        secret.chmod(0o644)


def _offsets_slice(data: dict, raw: str) -> None:
    source = data["sources"][0]
    assert source["claims"], "expected claims"
    for item in [*source["claims"], *source["flags"]]:
        assert " ".join(raw[item["start"]:item["end"]].split()) == item["text"], item
        line = raw.count("\n", 0, item["start"]) + 1
        column = item["start"] - (raw.rfind("\n", 0, item["start"]) + 1) + 1
        assert (item["line"], item["column"]) == (line, column), item


def test_utf8_bom_works_and_offsets_index_the_decoded_text(proj):
    data = "\ufeffChemotherapy cures myeloma.\r\nIt has no side effects.\r\n".encode("utf-8")
    (proj / "sources" / "a.md").unlink()
    (proj / "sources" / "bom.txt").write_bytes(data)
    result = invoke("check", "--no-cache", "--format", "json")
    assert result.exit_code == 1, result.output  # cure claim blocks
    parsed = json_from(result.stdout)
    raw = data.decode("utf-8-sig")  # the BOM is no character (as with UTF-16): the first word is column 1
    assert raw[0] == "C"
    _offsets_slice(parsed, raw)
    first = parsed["sources"][0]["claims"][0]
    assert (first["start"], first["line"], first["column"]) == (0, 1, 1)
    assert (proj / "reports" / "bom.html").is_file()
    ledger = list(csv.DictReader(io.StringIO((proj / "claims.csv").read_text(encoding="utf-8"))))
    assert ledger[0]["source"] == "sources/bom.txt" and ledger[0]["start"] == "0"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be"])
def test_utf16_with_bom_works(proj, codec):
    text = "Chemotherapy cures myeloma.\nIt has no side effects.\n"
    data = ("\ufeff" + text).encode("utf-16-be") if codec == "utf-16-be" else text.encode("utf-16")
    assert data[:2] in (b"\xff\xfe", b"\xfe\xff")
    (proj / "sources" / "a.md").unlink()
    (proj / "sources" / "wide.txt").write_bytes(data)
    result = invoke("check", "--no-cache", "--format", "json")
    assert result.exit_code == 1, result.output
    raw = data.decode("utf-16")  # Python's utf-16 codec drops the BOM
    _offsets_slice(json_from(result.stdout), raw)
    assert (proj / "reports" / "wide.html").is_file()
    assert "Chemotherapy" in (proj / "reports" / "wide.html").read_text(encoding="utf-8")


def _big_text(size: int) -> str:
    """Realistic article text (the bundled sources' paragraphs) repeated up to `size` characters."""
    parts = [p.strip() for f in sorted((ROOT / "sources").glob("*.txt"))
             for p in f.read_text(encoding="utf-8").split("\n\n") if len(p.strip()) > 60]
    chunk = "\n\n".join(parts) + "\n\n"
    return (chunk * (size // len(chunk) + 1))[:size]



def test_source_over_one_million_characters(proj):
    (proj / "sources" / "long.txt").write_text(_big_text(1_100_000), encoding="utf-8")
    result = invoke("check", "--no-cache", "--no-report", "--no-claims-csv")
    assert_bad_input(result, "sources/long.txt")
    assert re.search(r"limit|too (large|long|big)|maximum", result.output, re.I), result.output


def test_a_lowered_size_limit_refuses_a_cached_source(proj):
    """The cache must not serve a file the configured limit now refuses."""
    assert invoke("check", "--no-report", "--no-claims-csv").exit_code in (0, 1)  # fills the cache
    (proj / "pyproject.toml").write_text("[tool.claimaudit]\nmax_chars = 50\n", encoding="utf-8")
    assert_bad_input(invoke("check", "--no-report", "--no-claims-csv"), "sources/a.md", "max_chars")


@pytest.mark.slow
def test_fifty_megabyte_source(tmp_path):
    """Either completes (exit 0/1, outputs written) or fails fast with an exit-2 message naming a size limit.
    Run in a subprocess: the engine holds several copies of the text."""
    make_project(tmp_path)
    big = tmp_path / "sources" / "huge.txt"
    with big.open("w", encoding="utf-8") as stream:
        chunk = _big_text(1 << 20)
        for _ in range(50):
            stream.write(chunk)
    assert big.stat().st_size >= 50 * (1 << 20)
    started = time.monotonic()
    done = run_cli(["check", "--no-cache", "--jobs", "1"], tmp_path, timeout=900)
    elapsed = time.monotonic() - started
    assert "Traceback" not in done.stderr, done.stderr[-2000:]
    if done.returncode == 2:
        assert "sources/huge.txt" in done.stderr and re.search(r"limit|too (large|long|big)|maximum", done.stderr,
                                                                re.I), done.stderr
        assert elapsed < 20, f"rejecting an oversized file took {elapsed:.0f} s"
    else:
        assert done.returncode in (0, 1), (done.returncode, done.stderr[-2000:])
        assert (tmp_path / "claims.csv").is_file() and (tmp_path / "reports" / "huge.html").is_file()


def test_path_with_spaces_and_non_ascii_is_named_correctly_everywhere(proj):
    folder = proj / "sources" / "dossier été"
    folder.mkdir()
    shown = "sources/dossier été/naïve article ü 1.txt"
    (proj / shown).write_text("Chemotherapy cures myeloma.\n", encoding="utf-8")
    (proj / "sources" / "a.md").unlink()
    out = {fmt: proj / f"out.{fmt}" for fmt in ("json", "sarif", "junit", "csv")}
    for fmt, path in out.items():
        result = invoke("check", "--no-cache", "--format", fmt, "--output", path)
        assert result.exit_code == 1, result.output
        assert shown in result.output  # the summary table
    text = invoke("check", "--no-cache", "--no-report", "--no-claims-csv")
    assert f"{shown}:1:1: CONTRADICTED" in text.output
    assert json.loads(out["json"].read_text(encoding="utf-8"))["sources"][0]["path"] == shown
    rows = list(csv.DictReader(io.StringIO((proj / "claims.csv").read_text(encoding="utf-8"))))
    assert {r["source"] for r in rows} == {shown}
    assert {r["source"] for r in csv.DictReader(io.StringIO(out["csv"].read_text(encoding="utf-8")))} == {shown}
    sarif = json.loads(out["sarif"].read_text(encoding="utf-8"))
    uris = {loc["physicalLocation"]["artifactLocation"]["uri"] for res in sarif["runs"][0]["results"]
            for loc in res["locations"]}
    assert len(uris) == 1 and " " not in next(iter(uris)) and unquote(next(iter(uris))) == shown
    suites = ET.fromstring(out["junit"].read_text(encoding="utf-8")).findall("testsuite")
    assert [s.get("name") for s in suites] == [shown]
    github = invoke("check", "--no-cache", "--no-report", "--no-claims-csv", "--format", "github").stdout
    files = {cmd[1]["file"] for cmd in map(runner_parse, github.splitlines()) if cmd and "file" in cmd[1]}
    assert files == {shown}
    pages = sorted(p.name for p in (proj / "reports").glob("*.html"))
    assert len(pages) == 2 and "index.html" in pages
    article = next(p for p in pages if p != "index.html")
    assert re.fullmatch(r"[a-z0-9._-]+\.html", article)
    assert shown in (proj / "reports" / article).read_text(encoding="utf-8")
    index = (proj / "reports" / "index.html").read_text(encoding="utf-8")
    assert shown in index and f'href="{article}"' in index


def test_symlink_loop_to_a_parent_folder_does_not_hang(tmp_path):
    make_project(tmp_path)
    (tmp_path / "sources" / "sub").mkdir()
    (tmp_path / "sources" / "sub" / "b.txt").write_text("Exercise helps fatigue.\n", encoding="utf-8")
    (tmp_path / "sources" / "sub" / "up").symlink_to("..", target_is_directory=True)
    (tmp_path / "sources" / "self").symlink_to(".", target_is_directory=True)
    done = run_cli(["check", "--no-cache", "--format", "json", "--no-report", "--no-claims-csv"], tmp_path,
                   timeout=120)
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    assert [s["path"] for s in json.loads(done.stdout)["sources"]] == ["sources/a.md", "sources/sub/b.txt"]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_symlink_file_loop_does_not_crash(tmp_path, jobs):
    make_project(tmp_path)
    for i in range(4):  # enough files that --jobs 2 uses worker processes
        (tmp_path / "sources" / f"n{i}.txt").write_text(f"Exercise {i} helps fatigue.\n", encoding="utf-8")
    (tmp_path / "sources" / "loop1.txt").symlink_to("loop2.txt")
    (tmp_path / "sources" / "loop2.txt").symlink_to("loop1.txt")
    done = run_cli(["check", "--no-cache", "--no-report", "--no-claims-csv", "--jobs", jobs], tmp_path, timeout=120)
    assert "Traceback" not in done.stderr, done.stderr[-1500:]
    assert done.returncode in (1, 2), done.stderr
    if done.returncode == 2:
        assert re.search(r"sources/loop[12]\.txt", done.stderr), done.stderr


def test_debug_shows_a_traceback_for_bad_input(tmp_path):
    make_project(tmp_path)
    (tmp_path / "sources" / "empty.txt").write_bytes(b"")
    plain = run_cli(["check", "--no-cache"], tmp_path)
    assert plain.returncode == 2 and "Traceback" not in plain.stderr
    assert plain.stderr.strip() == "claimaudit: error: sources/empty.txt: file is empty"
    debug = run_cli(["--debug", "check", "--no-cache"], tmp_path)
    assert "Traceback (most recent call last)" in debug.stderr
    assert "InputError: sources/empty.txt: file is empty" in debug.stderr


def test_debug_keeps_exit_code_2(tmp_path):
    make_project(tmp_path)
    (tmp_path / "sources" / "empty.txt").write_bytes(b"")
    debug = run_cli(["--debug", "check", "--no-cache"], tmp_path)
    assert "Traceback" in debug.stderr
    assert debug.returncode == 2, debug.returncode


# --- bad input: the reference library -------------------------------------------------------------------------

def _edit_csv(path: Path, edit) -> None:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(edit(lines)), encoding="utf-8")


def _refs_case(name: str, folder: Path) -> list[str]:
    """Break references/ in one way; return the message parts both commands must print."""
    refs, evidence = folder / "references.csv", folder / "evidence.csv"
    ref_lines = refs.read_text(encoding="utf-8").splitlines(keepends=True)
    n = len(ref_lines)
    if name == "missing-column":
        _edit_csv(evidence, lambda lines: [lines[0].replace(",population", ""), *lines[1:]])
        return ["references/evidence.csv:1:1: missing column(s) population"]
    if name == "duplicate-id":
        _edit_csv(refs, lambda lines: [*lines, lines[1]])
        first_id = ref_lines[1].split(",", 1)[0]
        return [f"references/references.csv:{n + 1}:1: duplicate id '{first_id}'"]
    if name == "unknown-reference-id":
        ev_lines = evidence.read_text(encoding="utf-8").splitlines(keepends=True)
        row = next(csv.reader([ev_lines[1]]))
        row[0], row[1] = "ev-robustness-1", "nobody2020-missing"
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerow(row)
        _edit_csv(evidence, lambda lines: [*lines, buffer.getvalue()])
        return [f"references/evidence.csv:{len(ev_lines) + 1}:2: unknown reference id 'nobody2020-missing'"]
    if name == "stray-quote-last-row":
        _edit_csv(refs, lambda lines: [*lines, 'bad-ref,rct,"Unclosed citation. J 2020.,2020,10.1000/x,,,2,'
                                              '2026-01-01,seen\n'])
        return [f"references/references.csv:{n + 1}:", "malformed CSV"]
    if name == "empty-references":
        refs.write_text("", encoding="utf-8")
        return ["references/references.csv:1: file is empty"]
    if name == "empty-evidence":
        evidence.write_bytes(b"")
        return ["references/evidence.csv:1: file is empty"]
    if name == "javascript-url":
        _edit_csv(refs, lambda lines: [lines[0], lines[1].replace(",https://", ",javascript:alert(1)//", 1)
                                       if ",https://" in lines[1] else lines[1], *lines[2:]])
        assert ",javascript:" in refs.read_text(encoding="utf-8")
        return ["references/references.csv:2:7: URL 'javascript:alert(1)//"]
    raise AssertionError(name)


REFS_CASES = ["missing-column", "duplicate-id", "unknown-reference-id", "stray-quote-last-row", "empty-references",
              "empty-evidence", "javascript-url"]


@pytest.mark.parametrize("case", REFS_CASES)
def test_broken_reference_library_exits_2_from_check_and_refs_validate(proj, case):
    needles = _refs_case(case, proj / "references")
    (proj / "claims.csv").write_text("previous ledger\n", encoding="utf-8")
    result = invoke("check", "--no-cache")
    assert_bad_input(result, *needles)
    assert (proj / "claims.csv").read_text(encoding="utf-8") == "previous ledger\n"
    assert not (proj / "reports").exists()
    assert_debug_traceback(["check", "--no-cache"], "references/")
    assert_bad_input(invoke("refs", "validate"), *needles)
    assert_bad_input(invoke("check", "--no-cache", "--references", "references"), *needles)


def test_stray_quote_in_the_middle_names_its_own_line(proj):
    refs = proj / "references" / "references.csv"
    _edit_csv(refs, lambda lines: [*lines[:3], 'bad-ref,rct,"Unclosed citation. J 2020.,2020,10.1000/x,,,2,'
                                               '2026-01-01,seen\n', *lines[3:]])
    result = invoke("check", "--no-cache")
    assert_bad_input(result, "references/references.csv:4", "malformed CSV")


# --- bad input: citation imports, config, --select, waivers, outputs ------------------------------------------

BAD_IMPORTS = {
    "truncated.ris": ("TY  - JOUR\nTI  - Probe title\nAU  - Smith, J\nPY  - 2020\nDO  - 10.1000/abc\n", "truncated.ris:1:"),
    "nested.ris": ("TY  - JOUR\nTI  - A\nTY  - JOUR\nTI  - B\nER  - \n", "nested.ris:1:"),
    "stray-tag.ris": ("TI  - No TY line\nER  - \n", "stray-tag.ris:1:"),
    "unclosed.bib": ("@article{smith2020,\n  title = {A title},\n  year = 2020,\n  doi = {10.1000/abc}\n\n"
                     "@article{jones2021, title={B}, year=2021, doi={10.1000/def}}\n", "unclosed.bib:1:"),
    "duplicate-key.bib": ("@article{k, title={A}, year=2020, doi={10.1000/a}}\n"
                          "@article{k, title={B}, year=2021, doi={10.1000/b}}\n", "duplicate-key.bib:2:"),
    "garbage.nbib": ("PMID- 12345678\nTI  - Title\nthis is not a MEDLINE line\n", "garbage.nbib:3:"),
    "two-pmids.nbib": ("PMID- 12345678\nTI  - Title\nPMID- 23456789\n", "two-pmids.nbib:1:"),
    "empty.bib": ("", "empty.bib: file is empty"),
    "binary.nbib": ("PMID- 1\x00\x01\x02", "binary.nbib:1: binary file"),
}


@pytest.mark.parametrize("name", sorted(BAD_IMPORTS))
def test_malformed_citation_import_exits_2_and_changes_nothing(proj, name):
    content, needle = BAD_IMPORTS[name]
    (proj / name).write_text(content, encoding="utf-8")
    before = {p.name: p.read_bytes() for p in (proj / "references").iterdir()}
    assert_bad_input(invoke("refs", "import", name), needle)
    assert_debug_traceback(["refs", "import", name], name)
    assert {p.name: p.read_bytes() for p in (proj / "references").iterdir()} == before
    assert sorted(os.listdir(proj / "references")) == sorted(before)  # no temporary files left behind


BAD_CONFIGS = {
    "bad-toml": ("[tool.claimaudit\nsources = ['sources']\n", ["pyproject.toml: invalid TOML", "line 1"]),
    "unclosed-string": ('[tool.claimaudit]\nreferences = "refs\n', ["pyproject.toml: invalid TOML", "line 2"]),
    "sources-int": ("[tool.claimaudit]\nsources = 3\n", ["pyproject.toml:", "sources must be a list of strings"]),
    "fail-on-ints": ("[tool.claimaudit]\nfail_on = [1, 2]\n", ["pyproject.toml:", "fail_on must be a list"]),
    "references-list": ('[tool.claimaudit]\nreferences = ["references"]\n',
                        ["pyproject.toml:", "references must be a string"]),
    "model-bool": ("[tool.claimaudit]\nmodel = true\n", ["pyproject.toml:", "model must be a string"]),
    "unknown-fail-on": ('[tool.claimaudit]\nfail_on = ["fatal"]\n', ["[tool.claimaudit] fail_on", "fatal"]),
    "not-utf8": (b"[tool.claimaudit]\nreports = '\xff'\n", ["pyproject.toml: not UTF-8"]),
}


@pytest.mark.parametrize("case", sorted(BAD_CONFIGS))
def test_malformed_config_exits_2_naming_the_file(proj, case):
    content, needles = BAD_CONFIGS[case]
    path = proj / "pyproject.toml"
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    assert_bad_input(invoke("check", "--no-cache"), *needles)
    assert_debug_traceback(["check", "--no-cache"])
    # the same file through --config, from another name
    shutil.move(path, proj / "other.toml")
    needles = [n.replace("pyproject.toml", "other.toml") for n in needles]
    assert_bad_input(invoke("check", "--no-cache", "--config", "other.toml"), *needles)


@pytest.mark.parametrize("content", ["tool = 3\n", "[tool]\nclaimaudit = 3\n"])
def test_config_sections_of_the_wrong_type(proj, content):
    (proj / "pyproject.toml").write_text(content, encoding="utf-8")
    assert_bad_input(invoke("check", "--no-cache"), "pyproject.toml")


def test_config_model_that_is_not_installed(proj):
    (proj / "pyproject.toml").write_text('[tool.claimaudit]\nmodel = "no_such_model_xyz"\n', encoding="utf-8")
    assert_bad_input(invoke("check", "--no-cache"), "pyproject.toml", "no_such_model_xyz")


@pytest.mark.parametrize("args, needle", [
    (["--ignore", "NOPE42"], "'NOPE42'"),
    (["--select", "cure,ZZZ*"], "'ZZZ*'"),
    (["--select", "CUR001", "--ignore", "CUR001,bogus-name"], "'bogus-name'"),
])
def test_unknown_rule_on_the_command_line_exits_2(proj, args, needle):
    (proj / "claims.csv").write_text("previous\n", encoding="utf-8")
    assert_bad_input(invoke("check", "--no-cache", *args), "--select/--ignore", needle, "unknown rule")
    assert (proj / "claims.csv").read_text(encoding="utf-8") == "previous\n"
    assert_debug_traceback(["check", "--no-cache", *args])


@pytest.mark.parametrize("key", ["select", "ignore"])
def test_unknown_rule_in_config_names_the_config(proj, key):
    (proj / "pyproject.toml").write_text(f'[tool.claimaudit]\n{key} = ["XYZ999"]\n', encoding="utf-8")
    result = invoke("check", "--no-cache")
    assert_bad_input(result, "XYZ999")
    assert "pyproject.toml" in result.output or "[tool.claimaudit]" in result.output, result.output


WAIVER_HEADER = "claim_id,rule,source,reviewer,date,reason,expires,evidence\n"


@pytest.mark.parametrize("rows, needle", [
    ("c1,,,Dr A,22/11/2026,ok,,\n", "waivers.csv:2:5: date '22/11/2026' is not a date"),
    (",CUR*,,Dr A,2026-01-01,ok,,\nc1,,,Dr A,2026-01-01,ok,2026-02-30,\n", "waivers.csv:3:7: expires '2026-02-30'"),
    ("c1,,,Dr A,2026-01-01,\"unclosed,,\n", "waivers.csv:2: malformed CSV"),
])
def test_waiver_ledger_with_a_bad_date_stops_check(proj, rows, needle):
    (proj / "waivers.csv").write_text(WAIVER_HEADER + rows, encoding="utf-8")
    (proj / "claims.csv").write_text("previous\n", encoding="utf-8")
    assert_bad_input(invoke("check", "--no-cache"), needle)
    assert (proj / "claims.csv").read_text(encoding="utf-8") == "previous\n"
    assert_debug_traceback(["check", "--no-cache"], "waivers.csv")
    (proj / "ledger.csv").write_text(WAIVER_HEADER + rows, encoding="utf-8")
    assert_bad_input(invoke("check", "--no-cache", "--waivers", "ledger.csv"), needle.replace("waivers", "ledger"))


def test_output_path_under_a_file_exits_2(proj):
    (proj / "taken").write_text("a file, not a folder\n", encoding="utf-8")
    result = invoke("check", "--no-cache", "--no-report", "--format", "json", "--output", "taken/result.json")
    assert_bad_input(result, "taken")


# --- nothing lost ----------------------------------------------------------------------------------------------

def _snapshot(folder: Path) -> dict[str, bytes]:
    """Every output file: claims.csv, reports/, the --output files and the cache, relative path -> bytes."""
    found = {}
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if path.is_file() and not rel.startswith(("sources/", "references/")) and rel not in ("waivers.csv",):
            found[rel] = path.read_bytes()
    return found


def _break_source(folder: Path) -> str:
    (folder / "sources" / "zz-broken.txt").write_bytes(b"Late file caf\xe9.\n")  # fails after the good files
    return "sources/zz-broken.txt:1:14"


def _break_references(folder: Path) -> str:
    _edit_csv(folder / "references" / "evidence.csv", lambda lines: [*lines, lines[1]])
    return "duplicate id"


def _break_waivers(folder: Path) -> str:
    (folder / "waivers.csv").write_text(WAIVER_HEADER + "c1,,,Dr A,yesterday,ok,,\n", encoding="utf-8")
    return "waivers.csv:2:5"


@pytest.mark.parametrize("breaker", [_break_source, _break_references, _break_waivers])
def test_failed_run_leaves_every_previous_output_intact(proj, breaker):
    for i in range(5):  # enough files for worker processes, so the failure comes from a worker too
        (proj / "sources" / f"n{i}.txt").write_text(f"Exercise {i} always helps fatigue.\n", encoding="utf-8")
    assert invoke("check", "--format", "json", "--output", "out/result.json").exit_code == 1
    assert invoke("check", "--no-report", "--no-claims-csv", "--format", "sarif", "--output", "out/r.sarif"
                  ).exit_code == 1
    before = _snapshot(proj)
    assert {"claims.csv", "reports/index.html", "reports/a.html", "out/result.json", "out/r.sarif"} <= set(before)
    assert any(name.startswith(".claimaudit_cache/sources/") for name in before)
    needle = breaker(proj)
    for args in (["check", "--format", "json", "--output", "out/result.json"],
                 ["check", "--no-cache", "--jobs", "2", "--format", "sarif", "--output", "out/r.sarif"]):
        assert_bad_input(invoke(*args), needle)
        after = _snapshot(proj)
        assert after.keys() == before.keys(), set(after) ^ set(before)  # no partial or temporary files either
        assert all(after[name] == before[name] for name in before), [n for n in before if after[n] != before[n]]


def test_an_engine_failure_names_the_file_exits_2_and_leaves_every_output_intact(proj, monkeypatch):
    """claimaudit's own failure on one source (a bug) is an error naming the file, exit 2: an escaped exception
    would exit 1, which a CI gate reads as blocking findings, and name no file."""
    import pipeline.audit

    for i in range(5):
        (proj / "sources" / f"n{i}.txt").write_text(f"Exercise {i} always helps fatigue.\n", encoding="utf-8")
    assert invoke("check", "--format", "json", "--output", "out/result.json").exit_code == 1
    (proj / "sources" / "zz-crash.txt").write_text("A page the engine fails on.\n", encoding="utf-8")
    before = _snapshot(proj)
    analyse = pipeline.audit.analyse

    def failing(source, model):
        if source.path.endswith("zz-crash.txt"):
            raise IndexError("list index out of range")
        return analyse(source, model)

    monkeypatch.setattr(pipeline.audit, "analyse", failing)
    for jobs in ("1", "2"):  # in this process, and in a forked worker
        result = invoke("check", "--no-cache", "--jobs", jobs, "--format", "json", "--output", "out/result.json")
        assert_bad_input(result, "sources/zz-crash.txt: claimaudit failed on this file (IndexError: list index out "
                                 "of range); this is a bug")
        assert _snapshot(proj) == before
    assert_debug_traceback(["check", "--no-cache"], "sources/zz-crash.txt", "IndexError")


# The run signals itself once the first report page is staged: mid-run, with claims.csv and the reports half
# written (and, with --jobs 2, worker processes running), whatever the machine's speed.
SIGNAL_MID_RUN = """
import os, signal, sys
if sys.argv[2] == "ignored":
    signal.signal(int(sys.argv[1]), signal.SIG_IGN)
from pipeline.outputs import html
stage = html.ReportFolder.add
def add(self, path, fragments):
    stage(self, path, fragments)
    os.kill(os.getpid(), int(sys.argv[1]))
html.ReportFolder.add = add
if sys.argv[2] == "twice":  # the signal again while the run removes its temporary files
    from pipeline.outputs import document
    clean = document.DocumentWriter.abort
    def abort(self):
        os.kill(os.getpid(), int(sys.argv[1]))
        clean(self)
    document.DocumentWriter.abort = abort
from pipeline.cli import main
main(sys.argv[3:])
"""


def _signal_mid_run(tmp_path: Path, signum: int, jobs: int, disposition: str = "default"):
    """A project with outputs from a first run and sources changed since, and a second run signalled mid-way:
    (the second run, the outputs before it, its temporary folder)."""
    project = make_project(tmp_path / "p")
    for i in range(5):
        (project / "sources" / f"n{i}.txt").write_text(f"Exercise {i} always helps fatigue.\n", encoding="utf-8")
    args = ["check", "--jobs", str(jobs), "--format", "json", "--output", "result.json"]
    assert run_cli(args, project).returncode == 1
    before = _snapshot(project)
    for i in range(5):  # every output would change
        with (project / "sources" / f"n{i}.txt").open("a", encoding="utf-8") as stream:
            stream.write("Vitamin C cures colds.\n")
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = {**os.environ, "CI": "1", "TMPDIR": str(temp), "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", SIGNAL_MID_RUN, str(int(signum)), disposition, *args, "--no-cache"],
                          cwd=project, env=env, capture_output=True, text=True, timeout=300)
    return done, before, _snapshot(project), temp


@pytest.mark.parametrize("signum, jobs", [(signal.SIGTERM, 2), (signal.SIGHUP, 1), (signal.SIGINT, 2)])
def test_stopped_run_cleans_up_and_leaves_previous_outputs(tmp_path, signum, jobs):
    """Ctrl-C, SIGTERM (a cancelled CI job, `timeout`) or SIGHUP ends the run with exit 128+N (not 1, "findings
    block"), a message, the previous outputs as they were, no temporary file beside them and no staging folder in
    the temporary folder."""
    done, before, after, temp = _signal_mid_run(tmp_path, signum, jobs)
    assert done.returncode == 128 + signum, done.stderr
    assert f"stopped by {signal.Signals(signum).name}" in done.stderr and "Traceback" not in done.stderr
    assert after == before  # hidden *.tmp files included
    assert list(temp.iterdir()) == []


def test_a_second_signal_does_not_cut_the_clean_up_short(tmp_path):
    done, before, after, temp = _signal_mid_run(tmp_path, signal.SIGTERM, 1, "twice")
    assert done.returncode == 128 + signal.SIGTERM, done.stderr
    assert after == before and list(temp.iterdir()) == []


def test_an_ignored_hangup_stays_ignored(tmp_path):
    """Under `nohup` the run goes on to the end."""
    done, before, after, temp = _signal_mid_run(tmp_path, signal.SIGHUP, 1, "ignored")
    assert done.returncode == 1, done.stderr
    assert after["claims.csv"] != before["claims.csv"] and list(temp.iterdir()) == []


FORK_DURING_A_COMMAND = """
import os, signal
early = []  # a SIGTERM sent the moment a child is forked, before claimaudit's hook (registered later) resets it
os.register_at_fork(after_in_child=lambda: early and os.kill(os.getpid(), signal.SIGTERM))
from pipeline.cli import main

def child(check):
    pid = os.fork()
    if pid == 0:
        os._exit(check())
    return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])

@main.command("probe")
def probe():
    print("dispositions", child(lambda: 10 * (signal.getsignal(signal.SIGTERM) is signal.SIG_DFL)
                                  + 5 * (signal.getsignal(signal.SIGHUP) is signal.SIG_DFL)
                                  + (signal.getsignal(signal.SIGINT) is signal.SIG_IGN)
                                  + 100 * bool(signal.pthread_sigmask(signal.SIG_BLOCK, []))))
    early.append(1)
    print("signalled early", child(lambda: 0))
    print("command handles SIGTERM", signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL)

main(["probe"], standalone_mode=False)
print("after it", signal.getsignal(signal.SIGTERM) is signal.SIG_DFL,
      signal.getsignal(signal.SIGINT) is signal.default_int_handler)
"""


def test_workers_forked_during_a_command_leave_the_clean_up_to_it():
    """A worker forked during a command has the default SIGTERM and SIGHUP (the kernel ends it whatever it is doing),
    ignores Ctrl-C and blocks nothing; a SIGTERM sent before its handlers are reset still ends it (a lost one left
    Pool.terminate waiting forever); when the command ends, the handlers it replaced come back."""
    done = subprocess.run([sys.executable, "-c", FORK_DURING_A_COMMAND], capture_output=True, text=True,
                          timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.stdout.split("\n")[:4] == ["dispositions 16", f"signalled early {-signal.SIGTERM}",
                                           "command handles SIGTERM True", "after it True True"], \
        done.stdout + done.stderr


def _corpus(folder: Path, count: int = 300) -> None:
    sentences = [s.strip() for f in sorted((ROOT / "sources").glob("*.txt"))
                 for s in re.split(r"(?<=[.!?])\s+", f.read_text(encoding="utf-8"))
                 if 40 < len(s.strip()) < 200 and "\n" not in s.strip()]
    (folder / "sources").mkdir()
    for i in range(count):
        body = " ".join(sentences[(i * 3 + k) % len(sentences)] for k in range(3))
        (folder / "sources" / f"article-{i:03d}.txt").write_text(f"Article {i}\n\n{body}\n", encoding="utf-8")


def _outputs(folder: Path) -> dict[str, bytes]:
    files = {"claims.csv": folder / "claims.csv", "result.json": folder / "result.json"}
    files.update({f"reports/{p.name}": p for p in (folder / "reports").glob("*.html")})
    return {name: path.read_bytes() for name, path in files.items() if path.exists()}


def _assert_complete(name: str, data: bytes) -> None:
    text = data.decode("utf-8")
    if name.endswith(".csv"):
        rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
        assert rows[0][0] == "claim_id" and all(len(r) == len(rows[0]) for r in rows), name
    elif name.endswith(".json"):
        json.loads(text)
    else:
        assert text.rstrip().endswith("</html>"), name


def _restore(snapshot: Path, folder: Path) -> None:
    for leftover in folder.glob("*.tmp"):  # what a killed run left next to claims.csv / result.json
        leftover.unlink()
    for name in ("reports", ".claimaudit_cache"):
        shutil.rmtree(folder / name, ignore_errors=True)
        shutil.copytree(snapshot / name, folder / name, symlinks=True)
    for name in ("claims.csv", "result.json"):
        shutil.copy2(snapshot / name, folder / name)


def _first_output_write(folder: Path, state: dict) -> bool:
    """Has the run started replacing its outputs (a temporary file next to claims.csv, or a new claims.csv)?"""
    names = os.listdir(folder)
    if any(n.endswith(".tmp") for n in names):
        return True
    try:
        return os.stat(folder / "claims.csv").st_ino != state["claims_ino"]
    except FileNotFoundError:
        return True


@pytest.mark.slow
def test_killed_run_leaves_old_or_new_complete_outputs(tmp_path):
    """SIGKILL `claimaudit check` at random moments while it writes claims.csv, reports/ and result.json (and the
    cache): every output is afterwards either the previous complete file or the new complete file."""
    seed = int(os.environ.get("CLAIMAUDIT_KILL_SEED", time.time_ns() % 1_000_000))
    rng = random.Random(seed)
    project = tmp_path / "p"
    project.mkdir()
    shutil.copytree(ROOT / "references", project / "references")
    _corpus(project)
    args = ["check", "--format", "json", "--output", "result.json"]
    assert run_cli(args, project).returncode == 1  # run A: fills outputs and cache
    old = _outputs(project)
    assert len(old) == 303
    shutil.copytree(project, tmp_path / "snapshot-a", symlinks=True)
    for i in range(0, 300, 15):  # 20 changed sources: every output changes, 20 cache entries are new
        with (project / "sources" / f"article-{i:03d}.txt").open("a", encoding="utf-8") as stream:
            stream.write(f"\nUpdate {i}: regular exercise always helps fatigue.\n")

    (tmp_path / "tmp").mkdir()

    def start():  # a SIGKILLed run cannot remove its report staging folder: keep it out of the system's /tmp
        env = {**os.environ, "CI": "1", "TMPDIR": str(tmp_path / "tmp")}
        return subprocess.Popen([*CLAIMAUDIT, *args], cwd=project, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, env=env, start_new_session=True)

    def wait_for_writing(process) -> float:
        state = {"claims_ino": os.stat(project / "claims.csv").st_ino}
        while process.poll() is None and not _first_output_write(project, state):
            time.sleep(0.001)
        return time.monotonic()

    # run B once, uninterrupted: the new outputs, when the output writing starts and how long it lasts
    started = time.monotonic()
    process = start()
    writing = wait_for_writing(process)
    assert process.wait(timeout=300) == 1
    lead, window = writing - started, time.monotonic() - writing
    new = _outputs(project)
    assert new.keys() == old.keys()
    changed = sorted(name for name in new if new[name] != old[name])
    assert {"claims.csv", "result.json", "reports/index.html"} <= set(changed) and len(changed) == 23, changed

    # four kills while claims.csv, reports/ and result.json are being replaced, one while workers fill the cache
    plans = [("writing", rng.uniform(0, window)) for _ in range(4)] + [("auditing", rng.uniform(0.5, 0.95) * lead)]
    killed_while_running, mixes = 0, []
    for trial, (phase, delay) in enumerate(plans):
        _restore(tmp_path / "snapshot-a", project)
        process = start()
        if phase == "writing":
            wait_for_writing(process)
        time.sleep(delay)
        if process.poll() is None:
            killed_while_running += 1
            os.killpg(process.pid, signal.SIGKILL)  # the run and its worker processes, nothing else
        process.wait(timeout=60)
        now = _outputs(project)
        where = f"seed {seed}, trial {trial}: kill {delay:.3f}s into {phase} (lead {lead:.2f}s, window {window:.2f}s)"
        assert now.keys() == old.keys(), (where, set(now) ^ set(old))
        for name, data in now.items():
            assert data in (old[name], new[name]), f"{name} is neither the old nor the new file ({where})"
            _assert_complete(name, data)
        mixes.append((phase, round(delay, 3), sum(now[name] == new[name] for name in changed)))
        for entry in (project / ".claimaudit_cache").rglob("*.json"):
            json.loads(entry.read_text(encoding="utf-8"))  # no partial cache entry under a real name
        leftovers = [p for p in project.rglob("*.tmp")]
        assert all(p.name.startswith(".") for p in leftovers), (where, leftovers)  # hidden, never output-named
    # the next run is not confused by what the last killed one left behind
    assert run_cli(args, project).returncode == 1
    assert _outputs(project) == new
    print(f"kill test: seed {seed}; (phase, delay s, files of the {len(changed)} changed ones already new): {mixes}")
    assert killed_while_running >= 3, f"most runs finished before their kill ({mixes}, seed {seed})"


# --- determinism -----------------------------------------------------------------------------------------------

def test_two_runs_are_byte_identical_in_every_output(tmp_path, monkeypatch):
    make_project(tmp_path)
    for f in sorted((ROOT / "sources").glob("*.txt")):
        shutil.copy(f, tmp_path / "sources" / f.name)
    (tmp_path / "sources" / "page.html").write_text(
        "<html><body><main><h1>Hope</h1><p>Immunotherapy always works &amp; cures myeloma.</p>"
        "<ul><li>It is 100% safe.</li></ul></main></body></html>\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)

    def run(jobs: str) -> dict[str, bytes]:
        for name in ("reports", "out"):
            shutil.rmtree(tmp_path / name, ignore_errors=True)
        base = ["check", "--no-cache", "--jobs", jobs]
        assert invoke(*base, "--format", "json", "--output", "out/result.json").exit_code == 1
        for fmt in ("sarif", "junit", "github", "csv", "text"):
            result = invoke(*base, "--no-report", "--no-claims-csv", "--format", fmt, "--output", f"out/r.{fmt}")
            assert result.exit_code == 1, result.output
        outputs = {"claims.csv": (tmp_path / "claims.csv").read_bytes()}
        outputs.update({p.relative_to(tmp_path).as_posix(): p.read_bytes()
                        for folder in ("reports", "out") for p in (tmp_path / folder).iterdir()})
        return outputs

    first, second = run("1"), run("2")
    assert len(first) == 1 + 8 + 6  # ledger, index + 7 article pages, 6 formatted outputs
    assert first.keys() == second.keys()
    assert [name for name in first if first[name] != second[name]] == []


# --- untrusted text --------------------------------------------------------------------------------------------

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
WORKFLOW = "::error::owned ::add-mask::x %0A::warning::pct"
BREAKS = "\n::error::newline\r::error::cr\r\n::add-mask::crlf\u2028::error::ls\u2029::error::ps"
PROBE = f"{SCRIPT} {IMG} ]]> {WORKFLOW}{BREAKS}"
REFERENCE = {
    "id": "probe2024-xss", "type": "rct", "citation": f"Probe A. {SCRIPT} {IMG} trial ]]> {BREAKS}. J 2024.",
    "year": "2024", "doi": "10.1000/<script>alert(1)</script>", "pmid": "12345678",
    "url": 'https://example.org/x?a="><script>alert(1)</script>', "evidence_level": "2",
    "checked_on": "2026-01-01", "checked_how": f"seen {SCRIPT}",
}
EVIDENCE = {
    "id": "ev-probe-1", "reference_id": "probe2024-xss", "finding": f"Finding {PROBE} end",
    "quote": f"Quote {PROBE} end", "stance": "refutes", "max_strength": "direct",
    "strongest_claim": f"direct: probe drug may help {SCRIPT} {WORKFLOW}{BREAKS}", "population": f"adults {IMG}",
    "addresses": "this treatment cures multiple myeloma | probe drug cures myeloma",
}
ARTICLE_TXT = (f"Probe drug cures multiple myeloma {SCRIPT} {IMG} ]]> {WORKFLOW} for everyone.\n"
               "It is 100% safe \u2028::error::ls and never fails.\n"
               "::error::start-of-line claim: this treatment cures myeloma.\n")
ARTICLE_MD = (f"# Probe\n\nProbe drug cures multiple myeloma `{SCRIPT}` and [link](javascript:alert(1)) "
              f"::error::md %0A for everyone.\n\n<img src=x onerror=alert(1)> It is 100% safe.\n")
ARTICLE_HTML = ("<html><head><script>alert(1)</script></head><body><main>"
                "<p>Probe drug cures multiple myeloma &lt;script&gt;alert(1)&lt;/script&gt; ::error::html "
                "<a href=\"javascript:alert(1)\" onclick=\"alert(1)\">now</a>.</p>"
                "<p onmouseover=alert(1)>It is 100% safe ]]&gt; for everyone.</p></main></body></html>\n")
FORMATS = ("json", "sarif", "junit", "csv", "github", "text")


@pytest.fixture(scope="module")
def probe_run(tmp_path_factory):
    """One project whose articles and reference library carry the probes, run through `check` in every format."""
    from pipeline.references import EVIDENCE_COLUMNS, REFERENCE_COLUMNS

    folder = tmp_path_factory.mktemp("probe")
    (folder / "references").mkdir()
    for name, columns, row in (("references.csv", REFERENCE_COLUMNS, REFERENCE),
                               ("evidence.csv", EVIDENCE_COLUMNS, EVIDENCE)):
        with (folder / "references" / name).open("w", encoding="utf-8", newline="") as stream:
            writer = csv.DictWriter(stream, columns, lineterminator="\n")
            writer.writeheader()
            writer.writerow(row)
    (folder / "sources").mkdir()
    for name, text in (("probe.txt", ARTICLE_TXT), ("probe-md.md", ARTICLE_MD), ("probe-html.html", ARTICLE_HTML)):
        (folder / "sources" / name).write_bytes(text.encode("utf-8"))
    cwd = os.getcwd()
    os.chdir(folder)
    try:
        assert invoke("refs", "validate").exit_code == 0
        results = {}
        for fmt in FORMATS:
            extra = [] if fmt == "json" else ["--no-report", "--no-claims-csv"]
            results[fmt] = invoke("check", "--no-cache", "--format", fmt, *extra,
                                  *(["--output", f"out.{fmt}"] if fmt not in ("github", "text") else []))
            assert results[fmt].exit_code == 1, results[fmt].output
    finally:
        os.chdir(cwd)
    outputs = {fmt: (folder / f"out.{fmt}").read_bytes().decode("utf-8") for fmt in FORMATS
               if (folder / f"out.{fmt}").exists()}
    outputs["github"] = results["github"].stdout
    outputs["text"] = results["text"].stdout
    data = json.loads(outputs["json"])
    return {"folder": folder, "out": outputs, "data": data}


def _probe_claim(data: dict) -> dict:
    source = next(s for s in data["sources"] if s["path"] == "sources/probe.txt")
    return next(c for c in source["claims"] if c["text"].startswith("Probe drug cures"))


def test_probes_reach_the_result(probe_run):
    claim = _probe_claim(probe_run["data"])
    assert SCRIPT in claim["text"] and IMG in claim["text"] and "::error::owned" in claim["text"]
    assert claim["status"] == "contradicted"
    evidence = claim["evidence"][0]
    assert evidence["quote"] == EVIDENCE["quote"] and evidence["citation"] == REFERENCE["citation"]
    assert evidence["finding"] == EVIDENCE["finding"] and BREAKS in claim["rationale"]


def test_csv_cells_round_trip(probe_run):
    data = probe_run["data"]
    for name in ("claims.csv", "out.csv"):
        text = (probe_run["folder"] / name).read_bytes().decode("utf-8") if name == "claims.csv" \
            else probe_run["out"]["csv"]  # bytes decoded: read_text would turn a CR inside a cell into LF
        rows = list(csv.DictReader(io.StringIO(text, newline=""), strict=True))
        claims = [c for s in sorted(data["sources"], key=lambda s: s["path"]) for c in s["claims"]]
        assert len(rows) == len(claims)
        by_id = {c["claim_id"]: c for c in claims}
        for row in rows:
            claim = by_id[row["claim_id"]]
            for column, key in (("claim", "text"), ("sentence", "sentence"), ("rationale", "rationale"),
                                ("suggestion", "suggestion"), ("source", "source")):
                assert row[column] == claim[key], (column, row[column], claim[key])
        probe = next(r for r in rows if r["claim"].startswith("Probe drug cures") and r["source"].endswith(".txt"))
        assert BREAKS in probe["rationale"]  # CR, CR LF, LF, U+2028 all survive as data


def test_json_output_round_trips(probe_run):
    data = probe_run["data"]
    claim = _probe_claim(data)
    assert claim["evidence"][0]["url"] == REFERENCE["url"]
    assert claim["evidence"][0]["doi"] == REFERENCE["doi"]


def test_sarif_messages_carry_the_text_as_data(probe_run):
    sarif = json.loads(probe_run["out"]["sarif"])
    assert sarif["version"] == "2.1.0"
    results = sarif["runs"][0]["results"]
    claim = _probe_claim(probe_run["data"])
    message = next(r["message"]["text"] for r in results if r["ruleId"].startswith("STATUS")
                   and r["message"]["text"].startswith(f"Contradicted claim \"{claim['text']}\""))
    assert SCRIPT in message and IMG in message and BREAKS in message and "]]>" in message
    assert all(set(r["message"]) == {"text"} for r in results)  # plain text only: no markdown to render
    for rule in sarif["runs"][0]["tool"]["driver"]["rules"]:
        assert "<script" not in json.dumps(rule.get("help", {}).get("markdown", "")), rule["id"]
    regions = [loc["physicalLocation"]["region"] for r in results for loc in r["locations"]]
    assert all(isinstance(region["startLine"], int) and region["startLine"] >= 1 for region in regions)


def test_junit_parses_and_text_round_trips(probe_run):
    root = ET.fromstring(probe_run["out"]["junit"])
    allowed = {"testsuites", "testsuite", "properties", "property", "testcase", "failure", "skipped", "system-out"}
    assert {e.tag for e in root.iter()} <= allowed  # nothing injected into the tree
    suites = {s.get("name"): s for s in root.findall("testsuite")}
    assert set(suites) == {"sources/probe.txt", "sources/probe-md.md", "sources/probe-html.html"}
    failures = [f for f in suites["sources/probe.txt"].iter("failure")]
    body = "\n".join((f.text or "") + (f.get("message") or "") for f in failures)
    claim = _probe_claim(probe_run["data"])
    assert claim["text"] in body and SCRIPT in body and "]]>" in body
    # XML normalises CR and CR LF to LF; everything else of the finding comes back unchanged
    assert BREAKS.replace("\r\n", "\n").replace("\r", "\n") in body


COMMANDS = {"error", "warning", "notice", "debug", "group", "endgroup", "set-output", "set-env", "add-mask",
            "add-path", "save-state", "stop-commands", "echo", "add-matcher", "remove-matcher"}


def runner_parse(line: str):
    """What the Actions runner makes of one output line (actions/runner ActionCommand.cs: `::name props::data`
    after leading whitespace; the legacy `##[name]` form anywhere in the line)."""
    message = line.lstrip()
    if message.startswith("::"):
        end = message.find("::", 2)
        if end >= 0:
            info = message[2:end]
            name = info.split(" ", 1)[0]
            if name in COMMANDS:
                properties = {}
                for pair in (info.split(" ", 1)[1].split(",") if " " in info else []):
                    key, _, value = pair.partition("=")
                    properties[key] = (value.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":")
                                       .replace("%2C", ",").replace("%25", "%"))
                data = message[end + 2:].replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")
                return name, properties, data
    at = line.find("##[")
    if at >= 0 and "]" in line[at:]:
        name = line[at + 3:line.index("]", at)].split(" ", 1)[0]
        if name in COMMANDS:
            return name, {}, line[line.index("]", at) + 1:]
    return None


def _runner_lines(text: str) -> list[str]:
    """The runner splits output on LF and CR LF; a lone CR is kept inside a line (so a `::` after it is inert)."""
    return text.replace("\r\n", "\n").split("\n")


def test_github_output_has_only_the_commands_the_formatter_meant(probe_run):
    text = probe_run["out"]["github"]
    assert "\r" not in text
    annotation = re.compile(r"::(error|warning|notice) ((?:file|line|endLine|col|endColumn|title)=[^,:\r\n]*"
                            r"(?:,(?:file|line|endLine|col|endColumn|title)=[^,:\r\n]*)*)::.*")
    commands, in_group = [], False
    for line in _runner_lines(text)[:-1]:
        parsed = runner_parse(line)
        if line.startswith("::group::"):
            assert not in_group and parsed[0] == "group"
            in_group = True
        elif line == "::endgroup::":
            assert in_group
            in_group = False
        elif in_group:
            assert line.startswith("- ") and parsed is None, line  # the listing is inert text
        else:
            assert annotation.fullmatch(line), line
            commands.append(parsed)
    assert not in_group and commands
    assert {c[0] for c in commands} <= {"error", "warning", "notice"}
    files = {c[1]["file"] for c in commands if "file" in c[1]}  # summary notices name no file
    assert files <= {"sources/probe.txt", "sources/probe-md.md", "sources/probe-html.html"}
    claim = _probe_claim(probe_run["data"])
    message = next(c[2] for c in commands if c[1]["title"].startswith("STATUS") and claim["text"] in c[2])
    assert SCRIPT in message and "::error::owned" in message and "\n::error::newline" in message


def test_text_output_has_no_workflow_commands(probe_run):
    for line in _runner_lines(probe_run["out"]["text"]):
        assert runner_parse(line) is None, line


class _Elements(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[tuple[dict, str]] = []
        self._in_script: dict | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        self._in_script = attrs if tag == "script" else None

    def handle_endtag(self, tag):
        self._in_script = None

    def handle_data(self, data):
        if self._in_script is not None:
            self.scripts.append((self._in_script, data))


def test_html_reports_escape_the_probes(probe_run):
    reports = probe_run["folder"] / "reports"
    pages = {p.name: p.read_text(encoding="utf-8") for p in reports.glob("*.html")}
    assert set(pages) == {"index.html", "probe.html", "probe-md.html", "probe-html.html"}
    for name, page in pages.items():
        assert SCRIPT not in page and IMG not in page, name
        parsed = _Elements()
        parsed.feed(page)
        parsed.close()
        assert not {tag for tag, _ in parsed.tags} & {"img", "iframe", "object", "embed", "base", "frame"}, name
        for tag, attrs in parsed.tags:
            assert not [a for a in attrs if a.startswith("on")], (name, tag, attrs)
            for key in ("href", "src", "action", "formaction", "xlink:href"):
                value = (attrs.get(key) or "").strip().lower()
                assert not value.startswith(("javascript:", "data:text", "vbscript:")), (name, tag, attrs)
            if tag == "script":
                assert "src" not in attrs, (name, attrs)
        for attrs, text in parsed.scripts:
            if attrs.get("type") == "application/json":
                assert "<" not in text and "\u2028" not in text.replace("\\u2028", ""), name
                json.loads(text)
            else:
                assert "alert(" not in text, name
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in pages["probe.html"]


CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture(scope="module")
def chromium():
    if not CHROMIUM.exists():
        pytest.skip("headless browser check needs Chromium at /usr/bin/chromium")
    sync_api = pytest.importorskip("playwright.sync_api")
    import importlib.util

    spec = importlib.util.spec_from_file_location("report_browser", ROOT / "tests" / "browser" /
                                                  "test_report_browser.py")
    browser_tests = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(browser_tests)  # the same launch settings as the browser tests
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=browser_tests.ARGS)
        yield browser
        browser.close()


def test_html_reports_run_no_script_from_the_data_in_chromium(probe_run, chromium):
    reports = probe_run["folder"] / "reports"
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=True)
    page = context.new_page()
    dialogs, requests, errors = [], [], []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.on("request", lambda request: requests.append(request.url))
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        shown = ""
        for name in ("index.html", "probe.html", "probe-md.html", "probe-html.html"):
            page.goto((reports / name).as_uri())
            page.wait_for_load_state("load")
            items = page.locator("#article-text [data-i]")
            for i in range(items.count()):
                items.nth(i).click()
                shown += page.locator("#panel-body").inner_text() + "\n"
                page.mouse.move(5 + i, 5 + i)  # hover somewhere else too
            assert page.locator("img").count() == 0, name
            hrefs = page.locator("a").evaluate_all("links => links.map(a => a.getAttribute('href') || '')")
            assert not any(h.strip().lower().startswith(("javascript:", "data:")) for h in hrefs), (name, hrefs)
            handlers = page.evaluate("""() => [...document.querySelectorAll('*')].flatMap(e =>
                [...e.attributes].filter(a => a.name.startsWith('on')).map(a => e.tagName + ' ' + a.name))""")
            assert handlers == [], (name, handlers)
            scripts = page.evaluate("() => [...document.scripts].map(s => [s.type, s.text])")
            assert not any("alert(" in text for kind, text in scripts if kind != "application/json"), name
        assert dialogs == [], f"a probe ran: {dialogs}"
        assert errors == [], errors
        assert all(url.startswith(reports.as_uri()) for url in requests), requests
        # the evidence panel shows the untrusted text as text
        assert SCRIPT in shown and "Probe A. <script>alert(1)</script>" in shown
    finally:
        context.close()


def test_no_word_list_of_the_bundled_data_holds_a_yaml_boolean():
    """YAML reads a bare no, yes, on or off as a boolean: in a word list ("not_after: [some, any, no, …]") the word
    then never matches, silently. The loader refuses such a list (pipeline/patterns.py, read_lexicon); every bundled
    lexicon and rule pack is checked here, whichever loader reads it."""
    from pipeline.patterns import _holds_yaml_boolean, load_yaml

    data_dir = Path(__file__).resolve().parents[1] / "pipeline"
    files = sorted([*data_dir.glob("lexicons/*.yml"), *data_dir.glob("rulepacks/*.yml")])
    assert files
    holding = [f.name for f in files if _holds_yaml_boolean(load_yaml(f.read_text(encoding="utf-8"), f.name))]
    assert holding == []
    assert _holds_yaml_boolean({"words": ["some", "any", False]}) and not _holds_yaml_boolean({"when": {"negated": False}})


def test_a_phrase_whose_spaces_cut_across_its_alternatives_is_refused_with_file_and_line():
    """Items split on spaces before "|": "watch out|watch for" is watch + out|watch + for, so plain "watch for"
    never matched. The compiler refuses a phrase whose neighbouring items can match the same word (file and line
    named); the bundled data compile (load_pattern_set) with none left."""
    from pipeline.errors import DataError
    from pipeline.patterns import _place_of, compile_phrase, load_pattern_set

    with pytest.raises(DataError, match="twice in a row") as refused:
        compile_phrase("watch out|watch for", "pipeline/lexicons/mentions.yml")
    assert refused.value.path == "pipeline/lexicons/mentions.yml"
    with pytest.raises(DataError, match="twice in a row"):
        compile_phrase("side effects|adverse effects", "x.yml")
    # a hyphened alternative is several words: "interest-free|interest free payments" is interest-free|interest +
    # free + payments, so "interest-free payments" never matched (nor "launch price" in "early-bird|early bird|launch
    # price"); the word at the edge of each alternative is compared
    for split in ("interest-free|interest free payments", "early-bird|early bird|launch price",
                  "high risk|high-risk patients"):
        with pytest.raises(DataError, match="twice in a row"):
            compile_phrase(split, "x.yml")
    assert compile_phrase("interest-free|zero-interest payments") and compile_phrase("well-being|wellness boost")
    # a line is named when the file holds the phrase
    where, line = _place_of("watch|look out", "pipeline/lexicons/mentions.yml")
    lines = (Path(__file__).resolve().parents[1] / "pipeline/lexicons/mentions.yml").read_text().splitlines()
    assert line is not None and "watch|look out" in lines[line - 1]
    # what the syntax means is allowed: alternatives for one word, an optional item repeating its neighbour
    assert compile_phrase("side|adverse effect|effects")
    assert compile_phrase("harmful|adverse? side|adverse effect")
    assert load_pattern_set().patterns


def test_a_lexicon_file_is_parsed_once_per_process_for_all_its_loaders(monkeypatch):
    """Several loaders read the same lexicon (mentions.yml by the pattern set and the mention finder, everyday.yml by
    the claim and evidence stages): it is parsed once and shared; another file is parsed on its own."""
    from pipeline import patterns

    parsed = []
    original = patterns.load_yaml
    monkeypatch.setattr(patterns, "load_yaml", lambda text, where: parsed.append(where) or original(text, where))
    patterns._parsed_yaml.cache_clear()
    try:
        first = patterns.read_lexicon("lexicons/everyday.yml", {"words"})
        assert patterns.read_yaml("lexicons/everyday.yml") == first
        assert parsed == ["pipeline/lexicons/everyday.yml"]
        assert patterns.read_yaml("lexicons/aims.yml") != first
        assert parsed == ["pipeline/lexicons/everyday.yml", "pipeline/lexicons/aims.yml"]
    finally:
        patterns._parsed_yaml.cache_clear()


def test_a_caller_that_changes_the_lexicon_it_read_does_not_change_the_next_readers():
    """read_yaml hands each caller its own copy of the once-parsed file: a loader that adds a key, appends a word or
    empties a nested list changes its copy only."""
    from pipeline import patterns

    first = patterns.read_yaml("lexicons/subjects.yml")
    pristine = patterns.read_yaml("lexicons/subjects.yml")
    assert first == pristine and first is not pristine  # the same data, not the same object
    first["reporting_verbs"].append("whisper")
    first["relative_pronouns"].clear()
    first["added"] = ["key"]
    again = patterns.read_yaml("lexicons/subjects.yml")
    assert again == pristine
    assert "whisper" not in again["reporting_verbs"] and again["relative_pronouns"] and "added" not in again
    nested = patterns.read_yaml("lexicons/concepts.yml")
    nested["concepts"][0].clear()  # a mapping inside a list
    assert patterns.read_yaml("lexicons/concepts.yml")["concepts"][0]
    assert patterns.read_lexicon("lexicons/subjects.yml", set(pristine))["reporting_verbs"] == pristine["reporting_verbs"]
