"""Reviewer sign-offs: the waiver ledger (waivers.csv) and inline `claimaudit: ignore` comments in sources.

A waived or suppressed finding stays in every output, marked, but does not block. Expired waivers block again;
waivers that match nothing are reported so the ledger does not rot.
"""

from __future__ import annotations

import csv
import fnmatch
import io
import re
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from pipeline.errors import DataError
from pipeline.models import STATUSES, Claim, Flag, RunResult, SourceResult, Source

WAIVER_COLUMNS = ("claim_id", "rule", "source", "reviewer", "date", "reason", "expires", "evidence")
REQUIRED = ("reviewer", "date", "reason")
IGNORE_COMMENT = re.compile(r"^\s*claimaudit:\s*ignore\b(?P<what>[^>]*)$", re.IGNORECASE)


@dataclass(frozen=True)
class Waiver:
    line: int
    claim_id: str
    rule: str  # a rule code or glob ("CMP*"), empty = any
    source: str  # a path glob, empty = any
    reviewer: str
    date: str
    reason: str
    expires: str
    evidence: str

    def expired(self, today: date) -> bool:
        return bool(self.expires) and date.fromisoformat(self.expires) < today

    def covers_flag(self, flag: Flag, path: str) -> bool:
        return (self._source_ok(path) and (not self.claim_id or flag.claim_id == self.claim_id)
                and (not self.rule or fnmatch.fnmatchcase(flag.code, self.rule)))

    def covers_claim(self, claim: Claim) -> bool:
        """A waiver for a claim's status names the claim and no rule (or the status as its `rule`)."""
        return (self._source_ok(claim.source) and claim.claim_id == self.claim_id
                and (not self.rule or self.rule.lower() == claim.status))

    def _source_ok(self, path: str) -> bool:
        return not self.source or fnmatch.fnmatchcase(path, self.source)


@dataclass(frozen=True)
class WaiverReport:
    expired: tuple[Waiver, ...] = ()
    unused: tuple[Waiver, ...] = ()


def load_waivers(path: str | Path) -> tuple[Waiver, ...]:
    """Read the ledger; a missing file is an empty ledger, a malformed one an error naming line and column."""
    path = Path(path)
    shown = path.as_posix()
    if not path.is_file():
        return ()
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DataError(f"invalid UTF-8 at byte {exc.start}", shown) from None
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        raise DataError(f"malformed CSV: {exc}", shown, 1) from None
    if header is None:
        return ()
    missing = [c for c in ("claim_id", "rule", *REQUIRED) if c not in header]
    unknown = [c for c in header if c not in WAIVER_COLUMNS]
    if missing or unknown:
        raise DataError(f"columns must be {','.join(WAIVER_COLUMNS)} (missing: {', '.join(missing) or '-'}; "
                        f"unknown: {', '.join(unknown) or '-'})", shown, 1, 1)
    waivers = []
    line = 2
    try:
        for record in reader:
            if any(field.strip() for field in record):
                waivers.append(_parse(dict(zip(header, (f.strip() for f in record))), header, shown, line))
            line = reader.line_num + 1
    except csv.Error as exc:
        raise DataError(f"malformed CSV: {exc}", shown, reader.line_num) from None
    return tuple(waivers)


def _parse(row: dict, header: list[str], shown: str, line: int) -> Waiver:
    column = {name: index + 1 for index, name in enumerate(header)}
    for name in REQUIRED:
        if not row.get(name):
            raise DataError(f"empty {name!r}: a waiver needs a reviewer, a date and a reason", shown, line,
                            column[name])
    if not row.get("claim_id") and not row.get("rule"):
        raise DataError("a waiver needs a claim_id (claim fingerprint) or a rule code", shown, line, column["claim_id"])
    for name in ("date", "expires"):
        value = row.get(name, "")
        if value:
            try:
                date.fromisoformat(value)
            except ValueError:
                raise DataError(f"{name} {value!r} is not a date (YYYY-MM-DD)", shown, line, column[name]) from None
    return Waiver(line, row.get("claim_id", ""), row.get("rule", ""), row.get("source", ""), row["reviewer"],
                  row["date"], row["reason"], row.get("expires", ""), row.get("evidence", ""))


class WaiverLedger:
    """The active waivers of a run, applied one source at a time; remembers which were used."""

    def __init__(self, waivers: tuple[Waiver, ...], today: date):
        self.active = [w for w in waivers if not w.expired(today)]
        self.expired = tuple(w for w in waivers if w.expired(today))
        self.used: set[int] = set()

    def touches(self, path: str, claim_keys, flag_keys) -> bool:
        """Whether any active waiver applies to a source, from its (claim_id, status) and (code, claim_id) keys
        alone (a cached source is only rebuilt when one does)."""
        if not self.active:
            return False
        claims = [_Key(source=path, claim_id=claim_id, status=status) for claim_id, status in claim_keys]
        flags = [_Key(code=code, claim_id=claim_id or None) for code, claim_id in flag_keys]
        return any(w.covers_claim(c) for w in self.active for c in claims) or \
            any(w.covers_flag(f, path) for w in self.active for f in flags)

    def apply(self, source: SourceResult) -> SourceResult:
        """Mark what the ledger waives in one source."""
        if not self.active:
            return source
        claims = []
        for claim in source.claims:
            waiver = next((w for w in self.active if w.covers_claim(claim)), None)
            if waiver:
                self.used.add(waiver.line)
                claim = replace(claim, waived=True, waiver_reviewer=waiver.reviewer, waiver_reason=waiver.reason)
            claims.append(claim)
        flags = []
        for flag in source.flags:
            waiver = next((w for w in self.active if w.covers_flag(flag, source.path)), None)
            if waiver:
                self.used.add(waiver.line)
                flag = replace(flag, waived=True, waiver_reviewer=waiver.reviewer, waiver_reason=waiver.reason)
            flags.append(flag)
        return SourceResult(source.path, tuple(claims), tuple(flags))

    def report(self) -> WaiverReport:
        """Expired waivers (they waive nothing) and active ones that matched nothing in the run."""
        return WaiverReport(self.expired, tuple(w for w in self.active if w.line not in self.used))


@dataclass(frozen=True)
class _Key:
    """The fields of a claim or flag that a waiver looks at."""

    claim_id: str | None
    source: str = ""
    status: str = ""
    code: str = ""


def apply_waivers(result: RunResult, waivers: tuple[Waiver, ...], today: date) -> tuple[RunResult, WaiverReport]:
    """Mark what the ledger waives; expired waivers are reported and waive nothing."""
    ledger = WaiverLedger(waivers, today)
    sources = tuple(ledger.apply(source) for source in result.sources)
    return replace(result, sources=sources), ledger.report()


def find_suppressions(source: Source) -> list[tuple[int, int, frozenset[str]]]:
    """`<!-- claimaudit: ignore [CODE|glob|status …] -->`: (start, end, what) of the block the comment precedes
    or sits in; an empty `what` suppresses everything there."""
    spans = []
    for offset, comment in source.comments:
        match = IGNORE_COMMENT.match(comment.strip())
        if not match:
            continue
        what = frozenset(w for w in re.split(r"[\s,]+", match.group("what").strip()) if w)
        block = next((b for b in source.blocks if b.start <= offset < b.end), None) or \
            next((b for b in source.blocks if b.start >= offset), None)
        if block:
            spans.append((block.start, block.end, what))
    return spans


def apply_suppressions(result: SourceResult, spans: list[tuple[int, int, frozenset[str]]]) -> SourceResult:
    def suppressed(start: int, names: tuple[str, ...]) -> bool:
        return any(lo <= start < hi and (not what or any(fnmatch.fnmatchcase(n, w) for n in names for w in what))
                   for lo, hi, what in spans)

    claims = tuple(replace(c, suppressed=True) if suppressed(c.start, (c.status,)) and c.status in STATUSES else c
                   for c in result.claims)
    flags = tuple(replace(f, suppressed=True) if suppressed(f.start, (f.code,)) else f for f in result.flags)
    return SourceResult(result.path, claims, flags)
