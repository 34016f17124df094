"""GitHub Actions workflow commands: capped annotations (blocking findings as errors, most serious first), a notice
per level saying how many were left out, and a log group listing every finding as inert plain text.

GitHub shows at most 10 error, 10 warning and 10 notice annotations per step (50 per job); the rest are dropped
silently, so this formatter never emits more than 10 per level, summary notices included.

Untrusted text (article words, file names, waiver reasons) is escaped per the runner's parser
(actions/runner ActionCommand.cs): in the data `%`, CR, LF; in property values also `:` and `,`. In the plain listing
every line starts with "- " (a command must start its line), line breaks are shown as `\\n`-style escapes and the
legacy `##[command]` form, which the runner recognises anywhere in a line, is broken up.
"""

from __future__ import annotations

import json
import re
from collections import Counter

from pipeline.gate import SEVERITIES, FailOn, Finding, ReadSource, findings
from pipeline.models import RunResult, SourceResult
from pipeline.outputs.document import Format, RunSummary, render_whole

PER_LEVEL = 10  # annotations GitHub shows per step and level
COMMAND = {"error": "error", "warning": "warning", "info": "notice"}
NOUN = {"error": "error", "warning": "warning", "info": "notice"}
GROUP_LIMIT = 20
# C0/C1 controls other than tab, LF and CR (ANSI escapes would restyle or hide the log), plus lone surrogates.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_BREAKS = re.compile("[\r\n\x0b\x0c\x85\u2028\u2029]")


def escape_data(text: str) -> str:
    """The message part of a workflow command (after `::`)."""
    text = _CONTROLS.sub("", text)
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A property value (`file=…`, `title=…`)."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def plain(text: str) -> str:
    """Untrusted text on a log line that must stay plain text: one line, no controls, no legacy `##[` command."""
    text = _BREAKS.sub(lambda m: repr(m.group())[1:-1], text)
    text = _CONTROLS.sub(lambda m: f"\\x{ord(m.group()):02x}", text)
    while "##[" in text:
        text = text.replace("##[", "##\\[")
    return text


class GithubFormat(Format):
    """Each source's fragment carries its listing lines and its candidate annotations (at most PER_LEVEL per
    severity, ranked); the head picks the run's most serious ones, the body is the listing."""

    name = "github"

    def __init__(self, fail_on: FailOn, read_source: ReadSource | None = None):
        super().__init__(fail_on, read_source)
        self.candidates: dict[str, list] = {s: [] for s in SEVERITIES}  # (rank, annotation, source, rule)
        self.groups: dict[str, Counter] = {s: Counter() for s in SEVERITIES}  # (source, rule) -> findings

    def fragment(self, source: SourceResult) -> str:
        found = findings(RunResult("", (source,)), self.fail_on, self.read_source)
        annotate = {s: [[list(f.rank), _annotation(f, self.fail_on), f.source, f.rule_id]
                        for f in sorted((f for f in found if f.severity == s), key=lambda f: f.rank)[:PER_LEVEL]]
                    for s in SEVERITIES}
        counts = Counter((f.severity, f.source, f.rule_id) for f in found)
        listing = "".join(_listed(f) + "\n" for f in found)
        return json.dumps({"annotate": annotate, "counts": [[*key, n] for key, n in sorted(counts.items())],
                           "listing": listing}, ensure_ascii=False)

    def body(self, fragment: str) -> str:
        record = json.loads(fragment)
        for severity, candidates in record["annotate"].items():
            merged = sorted(self.candidates[severity] + [tuple(c) for c in candidates])
            self.candidates[severity] = merged[:PER_LEVEL]
        for severity, source, rule, n in record["counts"]:
            self.groups[severity][source, rule] += n
        return record["listing"]

    def head(self, run: RunSummary) -> str:
        totals = {s: sum(self.groups[s].values()) for s in SEVERITIES}
        budget = {"error": PER_LEVEL, "warning": PER_LEVEL}
        summaries = sum(totals[s] > PER_LEVEL for s in ("error", "warning"))
        budget["info"] = PER_LEVEL - summaries  # summary lines are notices too
        if totals["info"] > budget["info"]:
            budget["info"] -= 1  # ... and one more for the notices left out
        lines = []
        for severity in SEVERITIES:
            lines.extend(line for _, line, _, _ in self.candidates[severity][:budget[severity]])
        for severity in SEVERITIES:
            if totals[severity] > budget[severity]:
                hidden = Counter(self.groups[severity])
                hidden.subtract((source, rule) for _, _, source, rule in self.candidates[severity][:budget[severity]])
                lines.append("::notice title=claimaudit::" + escape_data(_summary(severity, hidden)))
        title = (f"claimaudit findings: {sum(totals.values())} ({totals['error']} blocking, {totals['warning']} "
                 f"warnings, {totals['info']} notes; fail-on: {self.fail_on.spec})")
        lines.append(f"::group::{escape_data(title)}")
        return "".join(line + "\n" for line in lines)

    def tail(self, run: RunSummary) -> str:
        empty = not any(self.groups[s].total() for s in SEVERITIES)
        return ("- no findings\n" if empty else "") + "::endgroup::\n"


def render(result: RunResult, fail_on: FailOn, read_source: ReadSource | None = None) -> str:
    return render_whole(GithubFormat(fail_on, read_source), result.version,
                        sorted(result.sources, key=lambda s: s.path))


def _annotation(finding: Finding, fail_on: FailOn) -> str:
    properties = [("file", finding.source), ("line", str(finding.line))]
    if finding.end_line is not None:
        properties.append(("endLine", str(finding.end_line)))
    properties.append(("col", str(finding.column)))
    if finding.end_column is not None and finding.end_line == finding.line:
        properties.append(("endColumn", str(finding.end_column)))
    title = f"{finding.rule_id} {finding.name}"
    if finding.blocking:
        title += " (blocking)"
    elif finding.waived:
        title += " (waived)"
    elif finding.suppressed:
        title += " (suppressed)"
    properties.append(("title", title))
    props = ",".join(f"{key}={escape_property(value)}" for key, value in properties)
    return f"::{COMMAND[finding.severity]} {props}::{escape_data(_message(finding, fail_on))}"


def _message(finding: Finding, fail_on: FailOn) -> str:
    if finding.kind == "claim":
        lines = [f"{finding.status.capitalize()} claim: \"{finding.text}\""]
        if finding.message:
            lines.append(finding.message)
        if finding.suggestion:
            lines.append(f"Suggested wording: {finding.suggestion}")
    else:
        lines = [f"\"{finding.text}\": {finding.message}"]
        if finding.suggestion:
            lines.append(f"Suggestion: {finding.suggestion}")
        if finding.authority:
            lines.append(f"Authority: {finding.authority}")
    if finding.note:
        lines.append(finding.note[0].upper() + finding.note[1:] + ".")
    if finding.blocking:
        lines.append(f"Blocks the check (fail-on: {fail_on.spec}).")
    if finding.claim_id:
        lines.append(f"Claim fingerprint: {finding.claim_id}")
    return "\n".join(lines)


def _summary(severity: str, hidden: Counter) -> str:
    groups = sorted(((key, n) for key, n in hidden.items() if n > 0), key=lambda item: (-item[1], item[0]))
    count = sum(n for _, n in groups)
    shown = ", ".join(f"{source} {rule} ×{n}" for (source, rule), n in groups[:GROUP_LIMIT])
    if len(groups) > GROUP_LIMIT:
        shown += f", and {len(groups) - GROUP_LIMIT} more groups"
    noun = NOUN[severity] + ("s" if count != 1 else "")
    return (f"{count} more {noun} not annotated (GitHub shows {PER_LEVEL} per step); all findings are listed "
            f"in the 'claimaudit findings' log group. Not annotated: {shown}")


def _listed(f: Finding) -> str:
    """A finding in the plain log group: `- <severity> <rule> <source>:…` (the key fields first, tab-free)."""
    note = f" [{f.note}]" if f.note else ""
    detail = f" — suggestion: {f.suggestion}" if f.suggestion else ""
    return "- " + plain(f"{f.source}:{f.line}:{f.column}: {f.severity} {f.rule_id} \"{f.text}\" "
                        f"{f.message}{detail}{note}")
