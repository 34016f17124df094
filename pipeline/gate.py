"""The CI gate: which findings block (`--fail-on`), the exit code, and one Finding record that feeds every formatter.

A finding is a flag, or a claim whose status is not "supported" (or is "supported" and the gate fails on it). It
blocks when its status or flag level is in the fail-on set and it is neither waived (waivers.csv) nor suppressed
(an inline `claimaudit: ignore` comment). Waived and suppressed findings never block but stay in every output.

A claim blocks by its status only as far as the page asserts it (`Claim.voice`, pipeline/rules/mentions.py):
    own       the page's claim: blocks when its status is in the fail-on set
    reported  a claim the page reports, quotes or names ("The company claims its tea cures migraines"): its status
              stays in every output (the reviewer sees whether the quoted claim is true) but never blocks
    denied    a claim the page denies ("There is no evidence that X cures Y"): judged as the page's denial, which is
              wrong only when the library backs what it denies (status contradicted); blocks only then
    rejected  others' claim the page rejects outright ("Many people say X cures Y. That is not true.", "Verdict: False"):
              its status judges the rejection (pipeline/evidence.py assess_rejection): contradicted when the library
              supports the claim the page calls false; blocks only then
Every formatter shows the same gate severity, so the SARIF level, the JUnit failure and the GitHub annotation
agree with the exit code:
    error    blocking
    warning  not blocking, level error/warning (status contradicted/unsupported/overstated), not waived/suppressed
    info     everything else: info-level flags, waived and suppressed findings, claims their voice keeps from blocking
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from pipeline.claims import fingerprint, normalize_claim
from pipeline.errors import ClaimauditError, DataError
from pipeline.models import LEVELS, STATUSES, Claim, Flag, RunResult

DEFAULT_FAIL_ON = "contradicted,unsupported,error"
SEVERITIES = ("error", "warning", "info")  # gate severity, most serious first
STATUS_LEVEL = {"contradicted": "error", "unsupported": "warning", "overstated": "warning", "supported": "info"}
STATUS_RULE_PREFIX = "STATUS-"
ReadSource = Callable[[str], str]


@dataclass(frozen=True)
class FailOn:
    """What makes `claimaudit check` exit 1: claim statuses and flag levels (an exact set, not a threshold)."""

    statuses: frozenset[str] = frozenset()
    levels: frozenset[str] = frozenset()

    @classmethod
    def parse(cls, spec: str | Iterable[str], where: str = "--fail-on") -> "FailOn":
        """`"contradicted,unsupported,error"` (or the config's list of such strings) -> FailOn; case and spaces do
        not matter. `"none"` alone disables the gate; an empty spec or an unknown token is a DataError, so a typo
        cannot silently weaken the gate."""
        items = [spec] if isinstance(spec, str) else list(spec)
        if not all(isinstance(item, str) for item in items):
            raise DataError("fail-on must be a comma-separated string of statuses and levels", where)
        tokens = [token.strip().lower() for item in items for token in item.split(",")]
        tokens = [token for token in tokens if token]
        if not tokens:
            raise DataError("fail-on is empty; name statuses and/or flag levels, or 'none' to never fail", where)
        if "none" in tokens:
            if set(tokens) != {"none"}:
                raise DataError("fail-on 'none' cannot be combined with other values", where)
            return cls()
        unknown = [token for token in dict.fromkeys(tokens) if token not in STATUSES and token not in LEVELS]
        if unknown:
            raise DataError(f"unknown fail-on value(s) {', '.join(repr(t) for t in unknown)}; expected claim "
                            f"statuses ({', '.join(STATUSES)}) and/or flag levels ({', '.join(LEVELS)}), "
                            f"comma-separated, or 'none'", where)
        return cls(frozenset(t for t in tokens if t in STATUSES), frozenset(t for t in tokens if t in LEVELS))

    @property
    def spec(self) -> str:
        """The canonical spec string (statuses, then levels, in model order); "none" when nothing blocks."""
        parts = [s for s in STATUSES if s in self.statuses] + [lv for lv in LEVELS if lv in self.levels]
        return ",".join(parts) or "none"

    def __str__(self) -> str:
        return self.spec


# statuses by which a claim of each voice can block (the module docstring says why); a voice not named blocks as own
VOICE_BLOCKING_STATUSES = {"reported": frozenset(), "denied": frozenset({"contradicted"}),
                           "rejected": frozenset({"contradicted"})}
VOICE_NOTES = {
    "reported": "not blocking by status: the page reports this claim, it does not assert it",
    "denied": "not blocking by status: the page denies this claim and the library does not back what it denies",
    "rejected": "not blocking by status: the page rejects this claim and the library does not support it",
}


def blocks_by_voice(claim: Claim) -> bool:
    """Can the claim's status block at all, given whose claim it is (own, reported, denied, rejected)?"""
    allowed = VOICE_BLOCKING_STATUSES.get(claim.voice)
    return allowed is None or claim.status in allowed


def voice_note(claim: Claim, fail_on: FailOn | None = None) -> str:
    """Why a claim whose status the gate (default: DEFAULT_FAIL_ON) fails on does not block because of its voice;
    "" when it blocks by voice, or its status would not block anyway."""
    statuses = fail_on.statuses if fail_on is not None else DEFAULT_STATUSES
    if claim.status not in statuses or blocks_by_voice(claim):
        return ""
    return VOICE_NOTES.get(claim.voice, "")


def blocking_claim(claim: Claim, fail_on: FailOn) -> bool:
    return claim.status in fail_on.statuses and blocks_by_voice(claim) and not claim.waived and not claim.suppressed


DEFAULT_STATUSES = FailOn.parse(DEFAULT_FAIL_ON).statuses


def blocking_flag(flag: Flag, fail_on: FailOn) -> bool:
    return flag.level in fail_on.levels and not flag.waived and not flag.suppressed


@dataclass(frozen=True)
class Finding:
    """A flag or a claim verdict, as every formatter shows it."""

    kind: str  # claim | flag
    rule_id: str  # the flag's code, or STATUS-<status> for a claim verdict
    name: str  # the rule's name, or "<status>-claim"
    source: str
    start: int
    end: int
    line: int
    column: int
    text: str  # the claim or flagged words (untrusted: from the article)
    message: str  # the flag's message, or the claim's rationale
    suggestion: str  # safer wording
    authority: str
    level: str  # intrinsic: the flag's level, or the status's (contradicted error, unsupported/overstated warning)
    severity: str  # gate severity: error (blocking) | warning | info
    blocking: bool
    waived: bool
    waiver_reviewer: str
    waiver_reason: str
    suppressed: bool
    claim_id: str | None  # the claim fingerprint (a flag's: the claim it sits in, if any)
    fingerprint: str  # stable id of this finding: survives edits elsewhere, changes with the words
    status: str = ""  # claims only
    end_line: int | None = None  # known only when the source text was available (read_source)
    end_column: int | None = None  # exclusive, 1-based, like SARIF's endColumn
    level_reason: str = ""  # why a flag's level is below its rule's (Flag.level_reason)
    voice: str = ""  # claims only: own | reported | denied | rejected (Claim.voice)
    voice_note: str = ""  # claims only: why the claim's status does not block given its voice (voice_note)
    record: Claim | Flag | None = field(default=None, compare=False, repr=False)

    @property
    def sort_key(self) -> tuple:
        return (self.source, self.line, self.column, self.rule_id, self.start, self.end, self.text)

    @property
    def rank(self) -> tuple:
        """Most serious first: gate severity, then intrinsic level, then position."""
        return (SEVERITIES.index(self.severity), LEVELS.index(self.level), self.sort_key)

    @property
    def note(self) -> str:
        """Why a finding does not block although it would: "waived by R: reason" / "suppressed inline" / "level
        lowered: no sign of promotion on the page" / "not blocking by status: the page reports this claim, …"."""
        parts = []
        if self.waived:
            parts.append(f"waived by {self.waiver_reviewer or 'a reviewer'}"
                         + (f": {self.waiver_reason}" if self.waiver_reason else ""))
        if self.suppressed:
            parts.append("suppressed by an inline `claimaudit: ignore` comment")
        if self.level_reason:
            parts.append(f"level lowered: {self.level_reason}")
        if self.voice_note:
            parts.append(self.voice_note)
        return "; ".join(parts)


def findings(result: RunResult, fail_on: FailOn, read_source: ReadSource | None = None) -> tuple[Finding, ...]:
    """Every finding of the run (flags, and claims not "supported" unless the gate fails on supported claims),
    sorted by source, line, column, rule. With `read_source(path) -> text` (the decoded file the offsets index
    into), each finding also gets its end line and column; a source that cannot be read or no longer matches the
    offsets simply gets none."""
    found: list[Finding] = []
    for source in result.sources:
        text = _read(read_source, source.path)
        for claim in source.claims:
            if claim.status != "supported" or blocking_claim(claim, fail_on):
                found.append(_claim_finding(claim, fail_on, text))
        seen: dict[tuple, int] = {}
        for flag in sorted(source.flags, key=lambda f: (f.start, f.end, f.code, f.text)):
            key = (flag.code, flag.claim_id or normalize_claim(flag.text))
            occurrence = seen.get(key, 0)
            seen[key] = occurrence + 1
            found.append(_flag_finding(flag, source.path, fail_on, text, occurrence))
    return tuple(sorted(found, key=lambda f: f.sort_key))


def blocking_findings(result: RunResult, fail_on: FailOn) -> tuple[Finding, ...]:
    return tuple(f for f in findings(result, fail_on) if f.blocking)


def exit_code(result: RunResult, fail_on: FailOn) -> int:
    """1 when anything blocks, else 0. (Usage, configuration and input errors exit 2 before a result exists.)"""
    blocked = any(blocking_claim(c, fail_on) for c in result.claims()) or \
        any(blocking_flag(f, fail_on) for f in result.flags())
    return 1 if blocked else 0


def status_rule_id(status: str) -> str:
    return STATUS_RULE_PREFIX + status


def _severity(blocking: bool, level: str, waived: bool, suppressed: bool) -> str:
    if blocking:
        return "error"
    if waived or suppressed or level == "info":
        return "info"
    return "warning"


def _claim_finding(claim: Claim, fail_on: FailOn, text: str | None) -> Finding:
    blocking = blocking_claim(claim, fail_on)
    level = STATUS_LEVEL.get(claim.status, "warning")
    excused_by_voice = voice_note(claim, fail_on)
    end_line, end_column = _end(text, claim.start, claim.end, claim.line, claim.column)
    return Finding(
        kind="claim", rule_id=status_rule_id(claim.status), name=f"{claim.status}-claim", source=claim.source,
        start=claim.start, end=claim.end, line=claim.line, column=claim.column, text=claim.text,
        message=claim.rationale, suggestion=claim.suggestion, authority="", level=level,
        severity=_severity(blocking, level, claim.waived or bool(excused_by_voice), claim.suppressed),
        blocking=blocking, waived=claim.waived,
        waiver_reviewer=claim.waiver_reviewer, waiver_reason=claim.waiver_reason, suppressed=claim.suppressed,
        claim_id=claim.claim_id, fingerprint=claim.claim_id, status=claim.status, end_line=end_line,
        end_column=end_column, voice=claim.voice, voice_note=excused_by_voice, record=claim)


def _flag_finding(flag: Flag, path: str, fail_on: FailOn, text: str | None, occurrence: int) -> Finding:
    blocking = blocking_flag(flag, fail_on)
    identity = flag.claim_id or normalize_claim(flag.text)
    end_line, end_column = _end(text, flag.start, flag.end, flag.line, flag.column)
    return Finding(
        kind="flag", rule_id=flag.code, name=flag.name, source=path, start=flag.start, end=flag.end,
        line=flag.line, column=flag.column, text=flag.text, message=flag.message, suggestion=flag.suggestion,
        authority=flag.authority, level=flag.level,
        severity=_severity(blocking, flag.level, flag.waived, flag.suppressed), blocking=blocking,
        waived=flag.waived, waiver_reviewer=flag.waiver_reviewer, waiver_reason=flag.waiver_reason,
        suppressed=flag.suppressed, claim_id=flag.claim_id,
        fingerprint=fingerprint("f", path, flag.code, identity, occurrence), end_line=end_line, end_column=end_column,
        level_reason=flag.level_reason, record=flag)


def _read(read_source: ReadSource | None, path: str) -> str | None:
    if read_source is None:
        return None
    try:
        text = read_source(path)
    except (OSError, UnicodeError, ValueError, LookupError, ClaimauditError):
        return None  # no end positions for this source; not a failed run
    return text if isinstance(text, str) else None


def _position(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of `offset`, lines split at "\\n" like pipeline.ingest does."""
    line_start = text.rfind("\n", 0, offset) + 1
    return text.count("\n", 0, offset) + 1, offset - line_start + 1


def _end(text: str | None, start: int, end: int, line: int, column: int) -> tuple[int | None, int | None]:
    if text is None or not 0 <= start <= end <= len(text) or _position(text, start) != (line, column):
        return None, None  # no text, or the file changed since the run: do not guess
    return _position(text, end)
