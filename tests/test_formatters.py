"""SARIF, JUnit and GitHub formatters and the gate, from a hand-built result with hostile text, parsed back."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import pytest

from pipeline import __version__
from pipeline.errors import DataError
from pipeline.gate import FailOn, blocking_claim, blocking_findings, blocking_flag, exit_code, findings
from pipeline.models import Claim, Flag, RunResult, SourceResult, StaleIgnore
from pipeline.outputs import github, junit, sarif
from pipeline.rules.loader import load_rules

ROOT = Path(__file__).resolve().parent.parent
SARIF_SCHEMA = ROOT.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"

# Untrusted text as an article (or a file name, or a waiver reason) could carry it.
PROBE = ("Cures <script>alert(1)</script> ]]> & \"q\" 'a' ::error::owned\n::warning file=x.md::pwned\r"
         "##[error]legacy %25 100%, a:b, c \x1b[31mred\x07 \x00nul \x85nel \u2028sep \ufffeend")
HOSTILE_PATH = "docs/my folder/a,b:c.md"
DEFAULT = FailOn.parse("contradicted,unsupported,error")

PROBE_RAW = (
    "# Probe\n"
    "Garlic cures cancer <script> fast.\n"
    "Vitamin C prevents colds.\n"
    "Turmeric only targets tumour cells and\n"
    "spares healthy ones.\n"
    "Exercise helps mood.\n"
    "Drink 8 glasses daily.\n"
)
HOSTILE_RAW = "Intro.\nHoney heals every wound, always.\n"
SOURCES = {"docs/probe.md": PROBE_RAW, HOSTILE_PATH: HOSTILE_RAW}


def _at(raw: str, words: str) -> dict:
    start = raw.index(words)
    line = raw.count("\n", 0, start) + 1
    column = start - (raw.rfind("\n", 0, start) + 1) + 1
    return {"start": start, "end": start + len(words), "line": line, "column": column}


def _claim(path: str, words: str, claim_id: str, status: str, text: str | None = None, **extra) -> Claim:
    return Claim(claim_id=claim_id, source=path, **_at(SOURCES[path], words), text=text or words, sentence=words,
                 subject="x", topic="", category="efficacy", strength="direct", negated=False, hedged=False,
                 modifiers=(), status=status, rationale=extra.pop("rationale", f"rationale for {claim_id}"),
                 suggestion=extra.pop("suggestion", f"safer wording for {claim_id}"), **extra)


def _flag(path: str, words: str, code: str, level: str, claim_id: str | None = None, **extra) -> Flag:
    return Flag(code=code, name=f"name-{code}", level=level, **_at(SOURCES[path], words), text=extra.pop("text", words),
                message=extra.pop("message", f"message for {code}"), suggestion=extra.pop("suggestion", "say less"),
                authority="21 CFR 202.1(e)(6)", claim_id=claim_id, **extra)


def hand_built() -> RunResult:
    probe = "docs/probe.md"
    claims = (
        _claim(probe, "Garlic cures cancer <script> fast.", "c1", "unsupported", text=PROBE, rationale=PROBE,
               suggestion=PROBE),
        _claim(probe, "Vitamin C prevents colds.", "c2", "contradicted", waived=True,
               waiver_reviewer="Dr. A, MD ::error::x", waiver_reason="Reviewed 100%,\nsee ref: <b>"),
        _claim(probe, "Turmeric only targets tumour cells and\nspares healthy ones.", "c3", "overstated",
               suppressed=True),
        _claim(probe, "Exercise helps mood.", "c4", "supported"),
    )
    flags = (
        _flag(probe, "cures", "CUR001", "error", "c1", message=PROBE),
        _flag(probe, "only targets", "ABS001", "error", "c3", suppressed=True),
        _flag(probe, "prevents", "ABS002", "error", "c2", waived=True, waiver_reviewer="Dr. B",
              waiver_reason="fine"),
        _flag(probe, "8 glasses", "STA001", "warning"),  # outside any claim
        _flag(probe, "daily", "ZZZ999", "info"),  # a code the catalogue does not know
    )
    hostile = (
        _claim(HOSTILE_PATH, "Honey heals every wound, always.", "c5", "contradicted"),
    )
    return RunResult(__version__, (SourceResult(probe, claims, flags), SourceResult(HOSTILE_PATH, hostile, ())))


def read_source(path: str) -> str:
    return SOURCES[path]


def controls_removed(text: str) -> str:
    return re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", "", text)


# --- the gate -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("spec, statuses, levels", [
    ("contradicted,unsupported,error", {"contradicted", "unsupported"}, {"error"}),
    (" Contradicted , ERROR ,", {"contradicted"}, {"error"}),
    (("contradicted", "unsupported,warning"), {"contradicted", "unsupported"}, {"warning"}),  # config list
    ("supported,overstated,info", {"supported", "overstated"}, {"info"}),
    ("none", set(), set()),
])
def test_fail_on_parses(spec, statuses, levels):
    fail_on = FailOn.parse(spec)
    assert fail_on.statuses == statuses and fail_on.levels == levels
    assert FailOn.parse(fail_on.spec) == fail_on  # the canonical spec round-trips


@pytest.mark.parametrize("spec, message", [
    ("contradicted,unsuported", "'unsuported'"),
    ("errors", "'errors'"),
    ("", "empty"),
    (" , ", "empty"),
    ("none,error", "cannot be combined"),
    (("error", 3), "comma-separated"),
])
def test_fail_on_rejects_bad_specs(spec, message):
    with pytest.raises(DataError) as info:
        FailOn.parse(spec, where="pyproject.toml")
    assert message in str(info.value)
    assert info.value.path == "pyproject.toml"
    if "'" in message:  # unknown tokens: the message names what is allowed
        assert "unsupported" in str(info.value) and "warning" in str(info.value)


def test_blocking_and_exit_code():
    result = hand_built()
    c1, c2, c3, c4 = result.sources[0].claims
    cur, abs1, abs2, sta, zzz = result.sources[0].flags
    assert blocking_claim(c1, DEFAULT) and not blocking_claim(c2, DEFAULT)  # c2 contradicted but waived
    assert not blocking_claim(c3, FailOn.parse("overstated"))  # suppressed
    assert not blocking_claim(c4, DEFAULT) and blocking_claim(c4, FailOn.parse("supported"))
    assert blocking_flag(cur, DEFAULT) and not blocking_flag(abs1, DEFAULT) and not blocking_flag(abs2, DEFAULT)
    assert not blocking_flag(sta, DEFAULT) and blocking_flag(sta, FailOn.parse("warning"))
    assert exit_code(result, DEFAULT) == 1
    assert exit_code(result, FailOn.parse("none")) == 0
    assert {(f.rule_id, f.source) for f in blocking_findings(result, DEFAULT)} == {
        ("STATUS-unsupported", "docs/probe.md"), ("CUR001", "docs/probe.md"), ("STATUS-contradicted", HOSTILE_PATH)}

    # waive or suppress every blocking item: nothing blocks, and everything is still reported
    def excuse(source):
        return replace(source, claims=tuple(replace(c, waived=True, waiver_reviewer="R", waiver_reason="ok")
                                            for c in source.claims),
                       flags=tuple(replace(f, suppressed=True) for f in source.flags))
    excused = replace(result, sources=tuple(excuse(s) for s in result.sources))
    assert exit_code(excused, DEFAULT) == 0 and not blocking_findings(excused, DEFAULT)
    assert len(findings(excused, DEFAULT)) == len(findings(result, DEFAULT)) == 9
    assert exit_code(RunResult(__version__), DEFAULT) == 0


def test_findings_are_sorted_and_fingerprinted():
    found = findings(hand_built(), DEFAULT)
    assert [f.sort_key for f in found] == sorted(f.sort_key for f in found)
    assert len({(f.rule_id, f.fingerprint) for f in found}) == len(found)
    assert {f.fingerprint for f in found if f.kind == "claim"} == {"c1", "c2", "c3", "c5"}


# --- SARIF ----------------------------------------------------------------------------------------------------

def _sarif(result=None, fail_on=DEFAULT, reader=read_source) -> dict:
    return json.loads(sarif.render(result or hand_built(), fail_on, reader))


NO_SCHEMA = pytest.mark.skipif(not SARIF_SCHEMA.is_file(),
                               reason="the official SARIF 2.1.0 schema lives in ../shared/schemas (present in CI, "
                                      "not in a plain checkout)")


def _schema_errors(log: dict) -> str:
    """The SARIF log's errors against the official 2.1.0 schema, one a line ("" when valid)."""
    import jsonschema

    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    validator_class = jsonschema.validators.validator_for(schema)  # the schema declares draft-04
    validator_class.check_schema(schema)
    errors = sorted(validator_class(schema, format_checker=validator_class.FORMAT_CHECKER).iter_errors(log),
                    key=lambda e: list(e.path))
    return "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:10])


@NO_SCHEMA
@pytest.mark.parametrize("reader", [read_source, None])
def test_sarif_is_valid_against_the_official_schema(reader):
    assert not _schema_errors(_sarif(reader=reader))


def _with_stale_ignores() -> RunResult:
    result = hand_built()
    first = replace(result.sources[0], stale_ignores=(StaleIgnore(2, 1, "sub002", "retired", "EFF005", "i1"),
                                                      StaleIgnore(5, 3, "", "unused", fingerprint="i2")))
    return replace(result, sources=(first, *result.sources[1:]))


def test_stale_ignore_comments_are_sarif_results_of_their_own_rule_at_the_comment():
    """An ignore comment that suppresses nothing is a result of the STALE-IGNORE pseudo-rule at the comment (as
    ruff's RUF100 is a result), level warning and never blocking; a source with none adds no such result."""
    run = _sarif(_with_stale_ignores())["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    stale = [r for r in run["results"] if r["ruleId"] == sarif.STALE_IGNORE_RULE]
    assert [(r["locations"][0]["physicalLocation"]["region"], r["properties"]["reason"]) for r in stale] == [
        ({"startLine": 2, "startColumn": 1}, "retired"), ({"startLine": 5, "startColumn": 3}, "unused")]
    assert all(r["level"] == "warning" and r["properties"]["blocking"] is False for r in stale)
    assert all(rules[r["ruleIndex"]]["id"] == sarif.STALE_IGNORE_RULE for r in stale)
    assert stale[0]["message"]["text"] == \
        "Ignore comment names the retired rule code sub002 (now EFF005): it suppresses nothing."
    assert stale[0]["properties"]["replacement"] == "EFF005"
    assert len({r["partialFingerprints"]["claimauditStaleIgnore/v1"] for r in stale}) == 2
    # the gate is not moved by them: the same exit code and blocking count as without
    assert run["invocations"][0]["exitCode"] == _sarif()["runs"][0]["invocations"][0]["exitCode"]
    assert run["properties"]["blocking"] == _sarif()["runs"][0]["properties"]["blocking"]
    assert not [r for r in _sarif()["runs"][0]["results"] if r["ruleId"] == sarif.STALE_IGNORE_RULE]


@NO_SCHEMA
def test_sarif_with_stale_ignore_comments_is_valid_against_the_official_schema():
    assert not _schema_errors(_sarif(_with_stale_ignores()))
    bare = replace(hand_built().sources[0], stale_ignores=(StaleIgnore(2, 1, "", "unused"),))  # no fingerprint
    assert not _schema_errors(_sarif(RunResult(__version__, (bare,))))


def _place(result: dict) -> tuple:
    location = result["locations"][0]["physicalLocation"]
    return (location["artifactLocation"]["uri"], location["region"]["startLine"], location["region"]["startColumn"],
            result["ruleId"])


def test_sarif_results_of_a_file_are_sorted_by_place_stale_ignore_comments_among_them():
    """A stale ignore comment's result stands where its comment is among the file's findings (line, column, rule),
    not after them: the comment at 2:1 before the claim at 2:1 (STALE-IGNORE sorts before STATUS-…), the one at 5:3
    between line 4's finding and line 6's."""
    results = _sarif(_with_stale_ignores())["runs"][0]["results"]
    places = [_place(r) for r in results]
    assert places == sorted(places)
    probe = [place[1:] for place in places if place[0] == "docs/probe.md"]
    assert probe.index((2, 1, "STALE-IGNORE")) == 0
    assert probe.index((5, 3, "STALE-IGNORE")) == 1 + max(i for i, p in enumerate(probe) if p[0] == 4)
    assert sarif.render(_with_stale_ignores(), DEFAULT, read_source) == \
        sarif.render(_with_stale_ignores(), DEFAULT, read_source)
    # a stale ignore known by no fingerprint (built by hand) gets none rather than an empty one
    bare = replace(hand_built().sources[0], stale_ignores=(StaleIgnore(2, 1, "", "unused"),))
    stale = [r for r in _sarif(RunResult(__version__, (bare,)))["runs"][0]["results"]
             if r["ruleId"] == sarif.STALE_IGNORE_RULE]
    assert len(stale) == 1 and "partialFingerprints" not in stale[0]


def test_sarif_driver_and_rules_come_from_the_catalogue():
    run = _sarif()["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "claimaudit" and driver["version"] == __version__
    assert "informationUri" not in driver
    ids = [rule["id"] for rule in driver["rules"]]
    assert len(ids) == len(set(ids))
    catalogue = load_rules()
    assert ids[:len(catalogue)] == [rule.code for rule in catalogue]
    assert {"STATUS-contradicted", "STATUS-unsupported", "STATUS-overstated"} <= set(ids)
    assert "ZZZ999" in ids  # a flag the catalogue lacks still gets a descriptor for its ruleIndex
    by_id = {rule["id"]: rule for rule in driver["rules"]}
    for rule in catalogue:
        descriptor = by_id[rule.code]
        assert descriptor["name"] == rule.name
        assert descriptor["fullDescription"]["text"] == rule.message
        assert descriptor["defaultConfiguration"]["level"] == {"error": "error", "warning": "warning",
                                                               "info": "note"}[rule.level]
        assert descriptor["properties"]["authority"] == rule.authority
        assert descriptor["properties"]["pack"] == rule.pack and descriptor["properties"]["level"] == rule.level
        assert rule.authority in descriptor["help"]["text"]
        assert rule.example in descriptor["help"]["text"] and rule.instead in descriptor["help"]["text"]
    assert by_id["STATUS-contradicted"]["defaultConfiguration"]["level"] == "error"
    assert run["columnKind"] == "unicodeCodePoints"
    assert run["invocations"][0]["exitCode"] == 1


def test_sarif_results():
    log = _sarif()
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    results = run["results"]
    # one per flag (5) and one per non-supported claim (4)
    assert sorted(r["ruleId"] for r in results) == sorted(
        ["CUR001", "ABS001", "ABS002", "STA001", "ZZZ999", "STATUS-unsupported", "STATUS-contradicted",
         "STATUS-overstated", "STATUS-contradicted"])
    keys = [(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
             r["locations"][0]["physicalLocation"]["region"]["startLine"],
             r["locations"][0]["physicalLocation"]["region"]["startColumn"], r["ruleId"]) for r in results]
    assert keys == sorted(keys, key=lambda k: (k[0].replace("%20", " ").replace("%2C", ",").replace("%3A", ":"),
                                               *k[1:]))
    by_key = {(r["ruleId"], r["partialFingerprints"].get("claimFingerprint/v1")): r for r in results}
    for result in results:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["properties"]["blocking"] == (result["level"] == "error")

    unsupported = by_key[("STATUS-unsupported", "c1")]
    assert unsupported["level"] == "error" and "suppressions" not in unsupported
    assert PROBE in unsupported["message"]["text"]  # JSON carries the untrusted text unchanged
    assert "Suggested wording: " + PROBE in unsupported["message"]["text"]
    waived = by_key[("STATUS-contradicted", "c2")]
    assert waived["level"] == "note" and waived["properties"]["blocking"] is False
    assert waived["suppressions"] == [{"kind": "external", "status": "accepted", "justification":
                                       "waived by Dr. A, MD ::error::x: Reviewed 100%,\nsee ref: <b>"}]
    suppressed = by_key[("STATUS-overstated", "c3")]
    assert [s["kind"] for s in suppressed["suppressions"]] == ["inSource"]
    assert by_key[("STA001", None)]["level"] == "warning" and by_key[("ZZZ999", None)]["level"] == "note"
    assert by_key[("CUR001", "c1")]["partialFingerprints"]["claimFingerprint/v1"] == "c1"
    hostile = by_key[("STATUS-contradicted", "c5")]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert hostile == {"uri": "docs/my%20folder/a%2Cb%3Ac.md", "uriBaseId": "%SRCROOT%"}


def test_sarif_regions_slice_back_to_the_source():
    from urllib.parse import unquote

    for result in _sarif()["runs"][0]["results"]:
        location = result["locations"][0]["physicalLocation"]
        raw = SOURCES[unquote(location["artifactLocation"]["uri"])]
        region = location["region"]
        lines = raw.split("\n")
        start = sum(len(line) + 1 for line in lines[:region["startLine"] - 1]) + region["startColumn"] - 1
        end = sum(len(line) + 1 for line in lines[:region["endLine"] - 1]) + region["endColumn"] - 1
        assert (start, end - start) == (region["charOffset"], region["charLength"])
    multi = next(r for r in _sarif()["runs"][0]["results"] if r["ruleId"] == "STATUS-overstated")
    region = multi["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endLine"], region["endColumn"]) == (4, 1, 5, 21)


def test_sarif_without_the_source_text_uses_char_offsets():
    def unreadable(path):
        raise OSError("gone")

    for reader in (None, unreadable, lambda path: "changed since the run\n"):
        for result in _sarif(reader=reader)["runs"][0]["results"]:
            region = result["locations"][0]["physicalLocation"]["region"]
            assert "endLine" not in region and "endColumn" not in region
            assert region["startLine"] >= 1 and region["startColumn"] >= 1 and region["charLength"] >= 0


def test_sarif_is_deterministic():
    assert sarif.render(hand_built(), DEFAULT, read_source) == sarif.render(hand_built(), DEFAULT, read_source)
    assert "Time" not in sarif.render(hand_built(), DEFAULT)


# --- JUnit ----------------------------------------------------------------------------------------------------

def test_junit_parses_back():
    text = junit.render(hand_built(), DEFAULT, read_source)
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag == "testsuites"
    suites = {suite.get("name"): suite for suite in root.findall("testsuite")}
    assert set(suites) == {"docs/probe.md", HOSTILE_PATH}
    probe = suites["docs/probe.md"]
    cases = probe.findall("testcase")
    # a testcase per claim (4) plus one per flag outside any claim (STA001, ZZZ999)
    assert probe.get("tests") == str(len(cases)) == "6"
    assert probe.get("failures") == "1" and probe.get("skipped") == "2" and probe.get("errors") == "0"
    assert root.get("tests") == "7" and root.get("failures") == "2" and root.get("skipped") == "2"
    for case in cases:
        assert case.get("classname") == "docs/probe.md"
        assert re.match(r"\d+:\d+ ", case.get("name")) and len(case.get("name")) <= junit.NAME_LIMIT
        assert "\n" not in case.get("name") and "\u2028" not in case.get("name")

    failing = [case for case in cases if case.find("failure") is not None]
    assert len(failing) == 1
    failure = failing[0].find("failure")
    assert failure.get("type") == "STATUS-unsupported CUR001"
    expected = junit.clean(PROBE)
    assert "text: " + expected in failure.text  # <script>, ]]>, &, quotes, %, :, U+2028 round-trip
    assert "\x1b" not in text and "\x00" not in text and "\ufffe" not in text
    assert "<script>" in failure.text and "]]>" in failure.text and "\u2028" in failure.text
    assert {p.get("name"): p.get("value") for p in failing[0].iter("property")}["claim_id"] == "c1"

    skipped = [case.find("skipped") for case in cases if case.find("skipped") is not None]
    assert len(skipped) == 2
    messages = " | ".join(s.get("message") for s in skipped)
    assert "waived by Dr. A, MD ::error::x: Reviewed 100%, see ref: <b>" in messages
    assert "suppressed by an inline" in messages
    passing = [case for case in cases if not len([c for c in case if c.tag in ("failure", "skipped")])]
    assert {case.get("name").split(" ", 1)[1] for case in passing} == {
        "Exercise helps mood.", "STA001 8 glasses", "ZZZ999 daily"}
    hostile = suites[HOSTILE_PATH].find("testcase")
    assert hostile.get("classname") == HOSTILE_PATH and hostile.find("failure") is not None


def test_junit_truncates_long_names_and_is_deterministic():
    long_text = "word " * 60
    result = hand_built()
    source = result.sources[1]
    result = replace(result, sources=(replace(source, claims=(replace(source.claims[0], text=long_text),)),))
    case = ET.fromstring(junit.render(result, DEFAULT)).find("testsuite/testcase")
    assert case.get("name").endswith("word…") and len(case.get("name")) <= junit.NAME_LIMIT
    assert junit.render(hand_built(), DEFAULT) == junit.render(hand_built(), DEFAULT)


# --- GitHub workflow commands -------------------------------------------------------------------------------

REGISTERED = {"error", "warning", "notice", "debug", "group", "endgroup", "set-output", "set-env", "add-mask",
              "add-path", "save-state", "stop-commands", "echo", "add-matcher", "remove-matcher"}
ANNOTATION = re.compile(r"^::(error|warning|notice) ((?:[A-Za-z]+=[^,:\r\n]*)(?:,[A-Za-z]+=[^,:\r\n]*)*)::(.*)$")


def _runner_parse(line: str):
    """What the Actions runner makes of a stdout line (actions/runner ActionCommand.cs: TryParseV2, then the
    legacy TryParse that finds `##[` anywhere in the line)."""
    message = line.lstrip()
    if message.startswith("::"):
        end = message.find("::", 2)
        if end >= 0:
            info = message[2:end]
            name = info.split(" ", 1)[0]
            if name in REGISTERED:
                properties = {}
                if " " in info:
                    for pair in info.split(" ", 1)[1].strip().split(","):
                        if "=" in pair:
                            key, value = pair.split("=", 1)
                            properties[key] = (value.replace("%0D", "\r").replace("%0A", "\n")
                                               .replace("%3A", ":").replace("%2C", ",").replace("%25", "%"))
                data = message[end + 2:].replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")
                return name, properties, data
    start = line.find("##[")
    if start >= 0 and "]" in line[start:]:
        name = line[start + 3:line.index("]", start)].split(" ", 1)[0]
        if name in REGISTERED:
            return name, {}, line[line.index("]", start) + 1:]
    return None


def _commands(text: str):
    assert "\r" not in text
    return [(line, _runner_parse(line)) for line in text.split("\n")[:-1]]


def test_github_grammar_and_no_injection():
    text = github.render(hand_built(), DEFAULT, read_source)
    assert text.endswith("\n")
    parsed = _commands(text)
    annotations = [(line, cmd) for line, cmd in parsed if cmd and cmd[0] in ("error", "warning", "notice")]
    in_group = False
    for line, cmd in parsed:
        if line.startswith("::group::"):
            assert cmd[0] == "group" and not in_group
            in_group = True
        elif line == "::endgroup::":
            assert in_group
            in_group = False
        elif in_group:
            assert line.startswith("- ") and cmd is None, line  # listing lines are inert
            assert "##[" not in line
        else:
            assert ANNOTATION.match(line), line
    assert not in_group
    # exactly the annotations we meant: 9 findings, no overflow, nothing injected by the probes
    assert len(annotations) == 9
    commands = [cmd[0] for _, cmd in annotations]
    assert commands.count("error") == 3 and commands.count("warning") == 1 and commands.count("notice") == 5
    assert commands == sorted(commands, key=["error", "warning", "notice"].index)  # most serious first

    c1 = next(cmd for _, cmd in annotations if "c1" in cmd[2] and cmd[1]["title"].startswith("STATUS"))
    assert c1[0] == "error" and c1[1]["file"] == "docs/probe.md"
    assert (c1[1]["line"], c1[1]["col"], c1[1]["endLine"], c1[1]["endColumn"]) == ("2", "1", "2", "35")
    assert github.escape_data(PROBE) != PROBE
    assert controls_removed(PROBE) in c1[2]  # unescapes to the text, minus control characters
    hostile = next(cmd for _, cmd in annotations if cmd[1]["file"] == HOSTILE_PATH)
    assert hostile[0] == "error" and hostile[1]["title"] == "STATUS-contradicted contradicted-claim (blocking)"
    waived = next(cmd for _, cmd in annotations if "c2" in cmd[2] and cmd[1]["title"].startswith("STATUS"))
    assert waived[0] == "notice" and "(waived)" in waived[1]["title"] and "Dr. A, MD ::error::x" in waived[2]
    multi = next(cmd for _, cmd in annotations if cmd[1]["title"].startswith("STATUS-overstated"))
    assert multi[1]["endLine"] == "5" and "endColumn" not in multi[1]  # endColumn only on one-line spans
    listing = [line for line, _ in parsed if line.startswith("- ")]
    assert len(listing) == 9 and any("\\u2028" in line and "\\n::warning" in line for line in listing)


def _many(blocking: int, warnings: int, infos: int) -> RunResult:
    claims, flags = [], []
    for i in range(blocking):
        claims.append(Claim(f"k{i}", "docs/many.md", 2 * i, 2 * i + 1, i + 1, 1, f"claim {i} ::error::owned", "",
                            "", "", "other", "direct", False, False, (), status="unsupported"))
    for i in range(warnings):
        flags.append(Flag("STA001" if i % 2 else "ABS001", "n", "warning", 2 * i, 2 * i + 1, i + 1, 1, "x",
                          "m\n::error::owned", "", ""))
    for i in range(infos):
        flags.append(Flag("CUR001", "n", "info", 2 * i, 2 * i + 1, i + 1, 1, "x", "m", "", ""))
    return RunResult(__version__, (SourceResult("docs/many.md", tuple(claims), tuple(flags)),))


@pytest.mark.parametrize("blocking, warnings, infos", [(30, 0, 0), (12, 10, 8), (12, 12, 12), (0, 0, 30), (3, 4, 5)])
def test_github_caps_annotations(blocking, warnings, infos):
    text = github.render(_many(blocking, warnings, infos), DEFAULT)
    parsed = _commands(text)
    counts = {"error": 0, "warning": 0, "notice": 0}
    summaries = []
    for line, cmd in parsed:
        if cmd and cmd[0] in counts:
            counts[cmd[0]] += 1
            if cmd[1].get("title") == "claimaudit":
                summaries.append(cmd[2])
    assert all(n <= 10 for n in counts.values()) and sum(counts.values()) <= 50
    totals = {"error": blocking, "warning": warnings, "notice": infos}
    for level, noun in (("error", "error"), ("warning", "warning"), ("notice", "notice")):
        shown = counts[level] - (len(summaries) if level == "notice" else 0)
        hidden = totals[level] - shown
        said = [s for s in summaries if re.match(rf"\d+ more {noun}s? ", s)]
        if hidden:
            assert len(said) == 1 and said[0].startswith(f"{hidden} more {noun}"), (level, summaries)
            assert "docs/many.md" in said[0]
        else:
            assert not said
    # every finding is in the plain listing
    assert sum(line.startswith("- ") for line, _ in parsed) == blocking + warnings + infos
    assert not any(cmd for line, cmd in parsed if line.startswith("- "))


def test_github_escaping_rules():
    assert github.escape_data("100% a\r\nb:c,d") == "100%25 a%0D%0Ab:c,d"
    assert github.escape_property("100% a\r\nb:c,d") == "100%25 a%0D%0Ab%3Ac%2Cd"
    assert github.escape_data("\x1b[31mred\x07") == "[31mred"
    assert github.plain("a\nb\rc\u2028d ##[error]x ##[[") == "a\\nb\\rc\\u2028d ##\\[error]x ##\\[["
    assert github.render(RunResult(__version__), DEFAULT).splitlines()[-2:] == ["- no findings", "::endgroup::"]


def test_evolve_copies_a_record_as_dataclasses_replace_does():
    """models.evolve replaced dataclasses.replace where every claim is copied (the verdict, the suggestion): the same
    record, its fields in the same order, an unknown field refused."""
    import dataclasses
    import pickle

    from pipeline.models import evolve

    claim = _claim("docs/probe.md", "Vitamin C prevents colds.", "c2", "unsupported", rationale="")
    for changes in ({}, {"status": "supported", "rationale": "why"}, {"flags": ("CUR001",), "suggestion": "may help"}):
        copied, replaced = evolve(claim, **changes), dataclasses.replace(claim, **changes)
        assert copied == replaced and type(copied) is Claim and copied is not claim
        names = [f.name for f in dataclasses.fields(Claim)]  # (a compiled record has no `vars`)
        assert [getattr(copied, name) for name in names] == [getattr(replaced, name) for name in names]
        assert pickle.dumps(copied) == pickle.dumps(replaced)
    assert claim.status == "unsupported" and claim.rationale == ""  # the original is left as it was
    with pytest.raises(TypeError):
        evolve(claim, verdict="supported")


def test_evolve_copies_a_claims_terms_and_a_record_without_a_dict():
    """evolve also copies a claim's evidence terms (assessment._with_subject): equal to dataclasses.replace, field for
    field; a record with no `__dict__` (a class compiled by mypyc, here one with slots) is not copied field by field
    from a dict it lacks, but made again by its `__init__` from its fields in order, and through dataclasses.replace
    when its `__init__` does not take every field by position."""
    import dataclasses

    from pipeline.evidence import Terms
    from pipeline.models import evolve

    terms = Terms({"c:vitamin-c": 1.0, "w:cold": 0.5}, False, diseases=("common-cold",), words={"w:cold": "cold"})
    changes = {"named_subject": frozenset({"w:cold"}), "weights": {**terms.weights, "c:zinc": 1.0}}
    copied = evolve(terms, **changes)
    assert copied == dataclasses.replace(terms, **changes) and copied is not terms
    assert [getattr(copied, f.name) for f in dataclasses.fields(Terms)] == \
        [getattr(dataclasses.replace(terms, **changes), f.name) for f in dataclasses.fields(Terms)]
    assert terms.named_subject == frozenset() and "c:zinc" not in terms.weights  # the original is left as it was

    @dataclasses.dataclass(frozen=True, slots=True)
    class Slotted:
        name: str
        size: int = 0

    record = Slotted("a", 1)
    assert not hasattr(record, "__dict__")
    assert evolve(record, size=2) == Slotted("a", 2) and record.size == 1
    with pytest.raises(TypeError):
        evolve(record, colour="red")

    @dataclasses.dataclass(frozen=True, slots=True)
    class Counted:
        name: str
        length: int = dataclasses.field(init=False, default=0)  # not an argument of __init__

    assert evolve(Counted("a"), name="b") == Counted("b")


def test_a_lowered_level_and_its_reason_are_shown_in_every_format():
    """A flag lowered on a page with no sign of promotion (Flag.level_reason): every format shows the level applied,
    and says why it is lower; it does not block the default gate. A flag not lowered says nothing of the kind."""
    from pipeline.outputs import json_output, text

    reason = "no sign of promotion on the page"
    probe = "docs/probe.md"
    lowered = _flag(probe, "cures", "CUR001", "warning", level_reason=reason)
    plain = _flag(probe, "8 glasses", "STA001", "warning")
    result = RunResult(__version__, (SourceResult(probe, (), (lowered, plain)),))
    assert not blocking_flag(lowered, DEFAULT) and exit_code(result, DEFAULT) == 0
    record = json.loads(json_output.render(result))["sources"][0]["flags"]
    assert [(f["code"], f["level"], f["level_reason"]) for f in record] == [("CUR001", "warning", reason),
                                                                           ("STA001", "warning", "")]
    assert SourceResult.from_record(json.loads(json_output.render(result))["sources"][0]).flags[0] == lowered
    lines = text.render(result).splitlines()
    assert "CUR001 warning:" in lines[0] and lines[0].endswith(f"[level lowered: {reason}]")
    assert "STA001 warning:" in lines[1] and "lowered" not in lines[1]
    results = {r["ruleId"]: r for r in _sarif(result)["runs"][0]["results"]}
    assert results["CUR001"]["level"] == "warning" and results["CUR001"]["properties"]["levelReason"] == reason
    assert f"Level lowered: {reason}." in results["CUR001"]["message"]["text"]
    assert "levelReason" not in results["STA001"]["properties"]
    assert f"level lowered: {reason}" in junit.render(result, DEFAULT, read_source)
    assert f"Level lowered: {reason}." in github.render(result, DEFAULT, read_source)


def test_a_result_pickles_whole_and_its_records_stay_frozen():
    """A source audited in another process (the engine worker, the workers of --jobs) comes back pickled: every record
    of the result survives the trip equal, in the pure build and in the compiled one (whose frozen records refuse the
    field-by-field state setter mypyc gives a class, models._reduce), and a record still refuses a changed field."""
    import pickle
    from dataclasses import FrozenInstanceError

    from pipeline.models import Block, EvidenceMatch, Source, StaleIgnore

    result = hand_built()
    match = EvidenceMatch("e1", "r1", "supports", 0.5, ("garlic",), "finding", "quote", "direct", "direct: x", "cite")
    claim = replace(result.sources[0].claims[0], evidence=(match,))
    source = replace(result.sources[0], claims=(claim,), stale_ignores=(StaleIgnore(1, 1, "CUR999", "unknown"),))
    result = replace(result, sources=(source, *result.sources[1:]))
    copy = pickle.loads(pickle.dumps(result))
    assert copy == result and copy.to_record() == result.to_record()
    page = Source("a.md", "# A", "  A", "md", (0,), (Block(0, 3, "heading"),), ((0, "c"),))
    assert pickle.loads(pickle.dumps(page)) == page
    with pytest.raises(FrozenInstanceError):
        claim.status = "supported"  # type: ignore[misc]
