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

import re
from collections import Counter

from pipeline.gate import SEVERITIES, FailOn, Finding, ReadSource, findings
from pipeline.models import RunResult

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


def render(result: RunResult, fail_on: FailOn, read_source: ReadSource | None = None) -> str:
    found = findings(result, fail_on, read_source)
    by_severity = {s: sorted((f for f in found if f.severity == s), key=lambda f: f.rank) for s in SEVERITIES}
    budget = {"error": PER_LEVEL, "warning": PER_LEVEL}
    summaries = sum(len(by_severity[s]) > PER_LEVEL for s in ("error", "warning"))
    budget["info"] = PER_LEVEL - summaries  # summary lines are notices too
    if len(by_severity["info"]) > budget["info"]:
        budget["info"] -= 1  # ... and one more for the notices left out
    lines = []
    for severity in SEVERITIES:
        lines.extend(_annotation(f, fail_on) for f in by_severity[severity][:budget[severity]])
    for severity in SEVERITIES:
        hidden = by_severity[severity][budget[severity]:]
        if hidden:
            lines.append("::notice title=claimaudit::" + escape_data(_summary(severity, hidden)))
    lines.extend(_listing(found, fail_on))
    return "\n".join(lines) + "\n"


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


def _summary(severity: str, hidden: list[Finding]) -> str:
    counts = Counter((f.source, f.rule_id) for f in hidden)
    groups = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    shown = ", ".join(f"{source} {rule} ×{n}" for (source, rule), n in groups[:GROUP_LIMIT])
    if len(groups) > GROUP_LIMIT:
        shown += f", and {len(groups) - GROUP_LIMIT} more groups"
    noun = NOUN[severity] + ("s" if len(hidden) != 1 else "")
    return (f"{len(hidden)} more {noun} not annotated (GitHub shows {PER_LEVEL} per step); all findings are listed "
            f"in the 'claimaudit findings' log group. Not annotated: {shown}")


def _listing(found: tuple[Finding, ...], fail_on: FailOn) -> list[str]:
    counts = Counter(f.severity for f in found)
    title = (f"claimaudit findings: {len(found)} ({counts['error']} blocking, {counts['warning']} warnings, "
             f"{counts['info']} notes; fail-on: {fail_on.spec})")
    lines = [f"::group::{escape_data(title)}"]
    for f in found:
        note = f" [{f.note}]" if f.note else ""
        detail = f" — suggestion: {f.suggestion}" if f.suggestion else ""
        lines.append("- " + plain(f"{f.source}:{f.line}:{f.column}: {f.severity} {f.rule_id} \"{f.text}\" "
                                  f"{f.message}{detail}{note}"))
    if not found:
        lines.append("- no findings")
    lines.append("::endgroup::")
    return lines
