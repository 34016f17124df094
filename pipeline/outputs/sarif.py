"""SARIF 2.1.0 for code scanning: the rule catalogue (plus one pseudo-rule per claim status and one for stale
ignore comments) and one result per finding, with 1-based regions, claim fingerprints, waivers as suppressions and
the gate's verdict; an inline ignore comment that suppresses nothing is a result of its own pseudo-rule."""

from __future__ import annotations

import json
from pathlib import PurePosixPath
from urllib.parse import quote

from pipeline import __version__
from pipeline.gate import STATUS_LEVEL, FailOn, Finding, ReadSource, findings, status_rule_id
from pipeline.models import STATUSES, RunResult, SourceResult, StaleIgnore
from pipeline.outputs.document import Format, RunSummary, render_whole
from pipeline.rules.loader import Rule, load_rules

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
STATUS_HELP = {
    "contradicted": "The curated evidence refutes this claim. Remove it or rewrite it to say what the evidence "
                    "shows.",
    "unsupported": "No curated evidence supports this claim. Add a reference that supports it, qualify it, or "
                   "remove it.",
    "overstated": "The evidence supports a weaker claim than the one made (e.g. a correlation stated as a cause, "
                  "a conditional benefit stated as universal). Use the suggested wording.",
    "supported": "The curated evidence supports this claim at the strength it is made.",
}


# An inline `claimaudit: ignore` comment that suppresses nothing (models.StaleIgnore) is a result of this pseudo-rule,
# at the comment, as ruff reports an unused `noqa` as a result of its rule RUF100: the comment is in the source and
# the fix is to edit it there, which is where code scanning shows a result (an alert, and an annotation on a pull
# request's diff). A tool notification (`invocations[].toolExecutionNotifications`) reports on the run, not on the
# code: it is shown on no diff. Level warning, as ESLint's default for unused disable directives; never blocking.
STALE_IGNORE_RULE = "STALE-IGNORE"
STALE_IGNORE_HELP = ("An inline `claimaudit: ignore` comment, or a name in it, that suppresses nothing: a retired "
                     "rule code (use its new code; drop one that nothing replaces), a name that is no rule code or claim status, a rule this run "
                     "does not run (--select/--ignore), nothing left to suppress in the block after it, or no block "
                     "after it. Remove it, or correct the name, so that it does not silence the next finding there. "
                     "It never blocks: what it once suppressed blocks on its own if it is still there.")

_RESULTS = "\x00results\x00"  # where the streamed results go in the log


class SarifFormat(Format):
    """The run as a SARIF log; with `read_source(path) -> text` (the decoded source file) regions also get their
    endLine/endColumn, else they carry startLine/startColumn plus charOffset/charLength."""

    name = "sarif"
    join = ",\n"

    def __init__(self, fail_on: FailOn, read_source: ReadSource | None = None, extra_codes: dict | None = None):
        super().__init__(fail_on, read_source)
        self.rules, self.index = _rules(extra_codes or {})

    def fragment(self, source: SourceResult) -> str:
        """The source's results sorted by where they are (line, column, rule): the findings, already in that order
        (`gate.findings`), and its stale ignore comments, each at its comment, in the order written."""
        one = RunResult(__version__, (source,))
        placed = [((f.line, f.column, f.rule_id), _result(f, self.index))
                  for f in findings(one, self.fail_on, self.read_source)]
        placed += [((stale.line, stale.column, STALE_IGNORE_RULE), _stale_ignore_result(source.path, stale, self.index))
                   for stale in source.stale_ignores]
        placed.sort(key=lambda pair: pair[0])  # (stable: equal places keep the order above)
        return ",\n".join(_indent(json.dumps(result, indent=2, ensure_ascii=False), 8) for _, result in placed)

    def _log(self, run: RunSummary) -> tuple[str, str]:
        log = {
            "$schema": SCHEMA_URI,
            "version": "2.1.0",
            "runs": [{
                "tool": {"driver": {
                    "name": "claimaudit",
                    "version": __version__,
                    "semanticVersion": __version__,
                    "rules": self.rules,
                }},
                "columnKind": "unicodeCodePoints",  # our columns count characters, not UTF-16 code units
                "invocations": [{"executionSuccessful": True, "exitCode": run.exit_code}],
                "results": _RESULTS,
                "properties": {"failOn": self.fail_on.spec, "blocking": run.blocking},
            }],
        }
        head, tail = json.dumps(log, indent=2, ensure_ascii=False).split(json.dumps(_RESULTS))
        return head + "[\n", "\n      ]" + tail + "\n"

    def head(self, run: RunSummary) -> str:
        return self._log(run)[0]

    def tail(self, run: RunSummary) -> str:
        return self._log(run)[1]


def _indent(text: str, spaces: int) -> str:
    pad = " " * spaces
    return pad + text.replace("\n", "\n" + pad)


def render(result: RunResult, fail_on: FailOn, read_source: ReadSource | None = None) -> str:
    extra = {}
    for flag in result.flags():  # codes the catalogue lacks (a result from an older version)
        extra.setdefault(flag.code, flag)
    return render_whole(SarifFormat(fail_on, read_source, extra), result.version,
                        sorted(result.sources, key=lambda s: s.path))


def _rules(flags_by_code: dict) -> tuple[list[dict], dict[str, int]]:
    """Descriptors in a fixed order: the catalogue by code, codes the catalogue lacks (given: code -> a flag of
    that code), then the claim statuses; and each id's index for `ruleIndex`."""
    catalogue = load_rules()
    known = {rule.code for rule in catalogue}
    descriptors = [_rule_descriptor(rule) for rule in catalogue]
    extra = {code: flag for code, flag in flags_by_code.items() if code not in known}
    for code in sorted(extra):
        flag = extra[code]
        descriptors.append(_descriptor(code, flag.name, flag.message, flag.message, flag.level,
                                       _help_text(flag.message, flag.authority), {"authority": flag.authority,
                                                                                  "level": flag.level}))
    for status in STATUSES:
        descriptors.append(_descriptor(
            status_rule_id(status), f"{status}-claim", f"Claim {status} by the curated evidence"
            if status in ("supported", "contradicted") else f"Claim {status}", STATUS_HELP[status],
            STATUS_LEVEL[status], _help_text(STATUS_HELP[status], "", waiver=True),
            {"kind": "claim-status", "status": status, "level": STATUS_LEVEL[status]}))
    descriptors.append(_descriptor(STALE_IGNORE_RULE, "stale-ignore-comment",
                                   "Inline ignore comment that suppresses nothing", STALE_IGNORE_HELP, "warning",
                                   STALE_IGNORE_HELP, {"kind": "stale-ignore", "level": "warning"}))
    return descriptors, {d["id"]: i for i, d in enumerate(descriptors)}


def _rule_descriptor(rule: Rule) -> dict:
    text = _help_text(rule.message, rule.authority, rule.advice, rule.example, rule.instead)
    markdown = _help_markdown(rule)
    descriptor = _descriptor(rule.code, rule.name, _first_sentence(rule.message), rule.message, rule.level, text,
                             {"pack": rule.pack, "pack_name": rule.pack_name, "type": rule.type,
                              "authority": rule.authority, "level": rule.level})
    descriptor["help"]["markdown"] = markdown
    return descriptor


def _descriptor(rule_id: str, name: str, short: str, full: str, level: str, help_text: str,
                properties: dict) -> dict:
    return {
        "id": rule_id,
        "name": name,
        "shortDescription": {"text": short},
        "fullDescription": {"text": full},
        "help": {"text": help_text},
        "defaultConfiguration": {"level": SARIF_LEVEL[level]},
        "properties": {**properties, "tags": ["claimaudit", "health-claims"]},
    }


def _help_text(message: str, authority: str, advice: str = "", example: str = "", instead: str = "",
               waiver: bool = False) -> str:
    parts = [message]
    if advice:
        parts.append(advice)
    if authority:
        parts.append(f"Authority: {authority}")
    if example:
        parts.append(f"Flagged: {example}")
    if instead:
        parts.append(f"Instead: {instead}")
    if waiver:
        parts.append("A medical reviewer can accept the claim on the record: add its fingerprint (claim_id) to "
                     "waivers.csv with reviewer, date and reason.")
    return "\n\n".join(parts)


def _help_markdown(rule: Rule) -> str:
    parts = [rule.message]
    if rule.advice:
        parts.append(rule.advice)
    parts.append(f"**Authority:** {rule.authority}")
    parts.append(f"**Flagged:** {rule.example}")
    parts.append(f"**Instead:** {rule.instead}")
    return "\n\n".join(parts)


def _first_sentence(text: str) -> str:
    head = text.split(". ", 1)[0].rstrip(".")
    return head + "." if len(head) <= 200 else head[:199] + "…"


def _message(finding: Finding) -> str:
    if finding.kind == "claim":
        parts = [f"{finding.status.capitalize()} claim \"{finding.text}\"."]
        if finding.message:
            parts.append(_sentence(finding.message))
        if finding.suggestion:
            parts.append(f"Suggested wording: {_sentence(finding.suggestion)}")
    else:
        parts = [f"\"{finding.text}\": {_sentence(finding.message)}"]
        if finding.suggestion:
            parts.append(f"Suggestion: {_sentence(finding.suggestion)}")
    if finding.note:
        parts.append(f"({finding.note[0].upper()}{finding.note[1:]}.)")
    return " ".join(parts)


def _sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text[-1] in ".!?…\"'”)" else text + "."


def artifact_location(path: str) -> dict:
    """A relative, percent-encoded URI resolved against %SRCROOT% (the checkout); an absolute path (outside any
    checkout) becomes a file: URI on its own."""
    posix = PurePosixPath(path)
    if posix.is_absolute():
        return {"uri": "file://" + quote(posix.as_posix(), safe="/")}
    return {"uri": quote(posix.as_posix(), safe="/"), "uriBaseId": "%SRCROOT%"}


def _region(finding: Finding) -> dict:
    region = {"startLine": finding.line, "startColumn": finding.column}
    if finding.end_line is not None and finding.end_column is not None:
        region["endLine"] = finding.end_line
        region["endColumn"] = finding.end_column
    region["charOffset"] = finding.start
    region["charLength"] = finding.end - finding.start
    return region


def _result(finding: Finding, index: dict[str, int]) -> dict:
    fingerprints = {"claimauditFinding/v1": finding.fingerprint}
    if finding.claim_id:
        fingerprints["claimFingerprint/v1"] = finding.claim_id
    properties = {"blocking": finding.blocking, "kind": finding.kind, "level": finding.level,
                  "text": finding.text}
    if finding.claim_id:
        properties["claimId"] = finding.claim_id
    if finding.status:
        properties["status"] = finding.status
    if finding.voice:
        properties["voice"] = finding.voice
    if finding.suggestion:
        properties["suggestion"] = finding.suggestion
    if finding.authority:
        properties["authority"] = finding.authority
    if finding.level_reason:
        properties["levelReason"] = finding.level_reason
    result = {
        "ruleId": finding.rule_id,
        "ruleIndex": index[finding.rule_id],
        "level": SARIF_LEVEL[finding.severity],
        "message": {"text": _message(finding)},
        "locations": [{"physicalLocation": {
            "artifactLocation": artifact_location(finding.source),
            "region": _region(finding),
        }}],
        "partialFingerprints": fingerprints,
    }
    suppressions = []
    if finding.waived:
        suppressions.append({"kind": "external", "status": "accepted",
                             "justification": finding.note.split("; ")[0]})
        properties["waiverReviewer"] = finding.waiver_reviewer
        properties["waiverReason"] = finding.waiver_reason
    if finding.suppressed:
        suppressions.append({"kind": "inSource", "status": "accepted",
                             "justification": "an inline `claimaudit: ignore` comment in the source"})
    if suppressions:
        result["suppressions"] = suppressions
    result["properties"] = properties
    return result


def _stale_ignore_result(path: str, stale: StaleIgnore, index: dict[str, int]) -> dict:
    """A stale ignore comment (or a name in one) as a result at the comment; its fingerprint is the one made where it
    was found (`waivers.apply_suppressions`: the path, the name, why it is stale and the words of its block, not
    the line, which edits above it move)."""
    text = stale.description()
    result: dict = {
        "ruleId": STALE_IGNORE_RULE,
        "ruleIndex": index[STALE_IGNORE_RULE],
        "level": "warning",
        "message": {"text": _sentence(text[0].upper() + text[1:])},
        "locations": [{"physicalLocation": {
            "artifactLocation": artifact_location(path),
            "region": {"startLine": stale.line, "startColumn": stale.column},
        }}],
    }
    if stale.fingerprint:  # (a record built by hand, or saved by an older version, may have none)
        result["partialFingerprints"] = {"claimauditStaleIgnore/v1": stale.fingerprint}
    result["properties"] = _stale_properties(stale)
    return result


def _stale_properties(stale: StaleIgnore) -> dict:
    properties = {"blocking": False, "kind": "stale-ignore", "name": stale.name, "reason": stale.reason}
    if stale.replacement:
        properties["replacement"] = stale.replacement
    return properties
