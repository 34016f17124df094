"""JUnit XML for CI test reports: a testsuite per source, a testcase per claim (and per flag outside any claim);
blocking findings are failures, waived or suppressed ones are skipped, the rest pass with details in system-out."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict

from pipeline import __version__
from pipeline.gate import FailOn, Finding, ReadSource, findings
from pipeline.models import RunResult, SourceResult
from pipeline.outputs.document import Format, RunSummary, render_whole

NAME_LIMIT = 80
MESSAGE_LIMIT = 300
# Not allowed in XML 1.0 (C0 controls but tab/LF/CR, surrogates, U+FFFE/U+FFFF), plus the discouraged DEL and C1
# controls: untrusted article text must not make the report unparsable or carry terminal escapes.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def clean(text: str) -> str:
    """Text safe for an XML 1.0 document: illegal characters dropped, line ends normalised to LF (as a parser
    would), so that what is written reads back unchanged."""
    return _ILLEGAL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def one_line(text: str, limit: int) -> str:
    """Whitespace (newlines, U+2028 …) collapsed to single spaces and cut to `limit` characters with "…"."""
    text = " ".join(clean(text).split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


_COUNTS = re.compile(r'tests="(\d+)" failures="(\d+)" errors="(\d+)" skipped="(\d+)"')


class JunitFormat(Format):
    name = "junit"
    join = "\n  "

    def __init__(self, fail_on: FailOn, read_source: ReadSource | None = None):
        super().__init__(fail_on, read_source)
        self.totals = [0, 0, 0, 0]  # tests, failures, errors, skipped: summed from the suites' start tags

    def fragment(self, source: SourceResult) -> str:
        one = RunResult(__version__, (source,))
        suite = _suite(source, list(findings(one, self.fail_on, self.read_source)), self.fail_on)
        ET.indent(suite, space="  ", level=1)
        return ET.tostring(suite, encoding="unicode")

    def body(self, fragment: str) -> str:
        counts = _COUNTS.search(fragment[:fragment.index(">")])
        self.totals = [a + int(b) for a, b in zip(self.totals, counts.groups())]
        return fragment

    def head(self, run: RunSummary) -> str:
        tests, failures, errors, skipped = self.totals
        return ('<?xml version="1.0" encoding="UTF-8"?>\n'
                f'<testsuites name="claimaudit" tests="{tests}" failures="{failures}" errors="{errors}" '
                f'skipped="{skipped}">\n  ')

    def tail(self, run: RunSummary) -> str:
        return "\n</testsuites>\n"


def render(result: RunResult, fail_on: FailOn, read_source: ReadSource | None = None) -> str:
    return render_whole(JunitFormat(fail_on, read_source), result.version,
                        sorted(result.sources, key=lambda s: s.path))


def _suite(source, found: list[Finding], fail_on: FailOn) -> ET.Element:
    suite = ET.Element("testsuite", name=clean(source.path), tests="0", failures="0", errors="0", skipped="0")
    properties = ET.SubElement(suite, "properties")
    ET.SubElement(properties, "property", name="claimaudit.version", value=__version__)
    ET.SubElement(properties, "property", name="fail_on", value=fail_on.spec)
    by_claim: dict[str, list[Finding]] = defaultdict(list)
    loose: list[Finding] = []
    claim_ids = {claim.claim_id for claim in source.claims}
    for finding in found:
        if finding.claim_id in claim_ids:
            by_claim[finding.claim_id].append(finding)
        else:
            loose.append(finding)
    cases = [((c.line, c.column, 0, c.start, c.text), _case(source.path, f"{c.line}:{c.column} {c.text}",
                                                             c.claim_id, c.status, by_claim.get(c.claim_id, [])))
             for c in source.claims]
    cases += [((f.line, f.column, 1, f.start, f.rule_id), _case(source.path, f"{f.line}:{f.column} {f.rule_id} "
                                                                 f"{f.text}", None, "", [f])) for f in loose]
    counts = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    for _, case in sorted(cases, key=lambda item: item[0]):
        suite.append(case)
        counts["tests"] += 1
        counts["failures"] += case.find("failure") is not None
        counts["skipped"] += case.find("skipped") is not None
    for key, value in counts.items():
        suite.set(key, str(value))
    return suite


def _case(path: str, name: str, claim_id: str | None, status: str, found: list[Finding]) -> ET.Element:
    case = ET.Element("testcase", classname=clean(path), name=one_line(name, NAME_LIMIT))
    properties = ET.SubElement(case, "properties")
    if claim_id:
        ET.SubElement(properties, "property", name="claim_id", value=clean(claim_id))
    if status:
        ET.SubElement(properties, "property", name="status", value=status)
    for finding in found:
        if finding.waived:
            ET.SubElement(properties, "property", name=f"waived.{finding.rule_id}",
                          value=clean(f"{finding.waiver_reviewer}: {finding.waiver_reason}"))
    if not len(properties):
        case.remove(properties)
    blocking = [f for f in found if f.blocking]
    excused = [f for f in found if not f.blocking and (f.waived or f.suppressed)]
    others = [f for f in found if not f.blocking and not (f.waived or f.suppressed)]
    if blocking:
        failure = ET.SubElement(case, "failure", type=" ".join(dict.fromkeys(f.rule_id for f in blocking)),
                                message=one_line("; ".join(f"{f.rule_id}: {f.message or f.text}" for f in blocking),
                                                 MESSAGE_LIMIT))
        failure.text = clean("\n\n".join(_details(f) for f in blocking))
    elif excused:
        skipped = ET.SubElement(case, "skipped", message=one_line(
            "; ".join(f"{f.rule_id} {f.note}" for f in excused), MESSAGE_LIMIT))
        skipped.text = clean("\n\n".join(_details(f) for f in excused))
    shown = others + (excused if blocking else [])
    if shown:
        out = ET.SubElement(case, "system-out")
        out.text = clean("\n\n".join(_details(f) for f in shown))
    return case


def _details(finding: Finding) -> str:
    lines = [f"{finding.source}:{finding.line}:{finding.column}: {finding.rule_id} {finding.severity}"
             + (" (blocking)" if finding.blocking else ""),
             f"text: {finding.text}"]
    if finding.message:
        lines.append(("rationale: " if finding.kind == "claim" else "message: ") + finding.message)
    if finding.suggestion:
        lines.append(("suggested wording: " if finding.kind == "claim" else "suggestion: ") + finding.suggestion)
    if finding.authority:
        lines.append(f"authority: {finding.authority}")
    if finding.note:
        lines.append(finding.note)
    if finding.claim_id:
        lines.append(f"claim fingerprint: {finding.claim_id}")
    return "\n".join(lines)
