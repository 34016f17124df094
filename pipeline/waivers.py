"""Reviewer sign-offs: the waiver ledger (waivers.csv) and inline `claimaudit: ignore` comments in sources.

A waived or suppressed finding stays in every output, marked, but does not block. Expired waivers block again;
waivers that match nothing, and ignore comments that suppress nothing, are reported so that neither rots.
"""

from __future__ import annotations

import csv
import fnmatch
import io
import re
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from pipeline.claims import fingerprint, normalize_claim
from pipeline.errors import DataError
from pipeline.models import STATUSES, Claim, Flag, RunResult, Source, SourceResult, StaleIgnore
from pipeline.rules.loader import find_retired_rule, load_rules, retired_codes

WAIVER_COLUMNS = ("claim_id", "rule", "source", "reviewer", "date", "reason", "expires", "evidence")
REQUIRED = ("reviewer", "date", "reason")
IGNORE_COMMENT = re.compile(r"^\s*claimaudit:\s*ignore\b(?P<what>[^>]*)$", re.IGNORECASE)


def names_rule(pattern: str, name: str) -> bool:
    """Whether a rule code, glob or claim status written by a reviewer (`pattern`: a waiver's `rule`, a name in an
    ignore comment) names `name` (a flag's code or a claim's status). Case does not matter for codes, as in
    --select/--ignore: codes are capitals and digits, so `cur001` can only mean CUR001 and `cmp*` the codes of the CMP
    pack. A pattern that names a status as written (`contradicted`, `c*`, `s*`) names statuses only, as it did before
    codes were read in any case: `c*` does not reach CUR001 or CMP002."""
    if any(fnmatch.fnmatchcase(status, pattern) for status in STATUSES):
        return fnmatch.fnmatchcase(name, pattern)
    return fnmatch.fnmatchcase(name.upper(), pattern.upper())


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
                and (not self.rule or names_rule(self.rule, flag.code)))

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
        return replace(source, claims=tuple(claims), flags=tuple(flags))

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


@dataclass(frozen=True)
class Suppression:
    """One `<!-- claimaudit: ignore … -->` comment: the block it covers (start, end: none when no block follows it)
    and what it names, in the order written (empty: everything)."""

    line: int
    column: int
    names: tuple[str, ...]
    start: int = -1
    end: int = -1
    words: str = ""  # the block's words, normalised as a claim's (`claims.normalize_claim`): what anchors the comment

    def covers(self, offset: int, names: tuple[str, ...]) -> bool:
        return self.start <= offset < self.end and (not self.names or any(
            names_rule(w, n) for n in names for w in self.names))


def find_suppressions(source: Source) -> list[Suppression]:
    """`<!-- claimaudit: ignore [CODE|glob|status …] -->`: the block each comment precedes or sits in and what it
    names; an empty list of names suppresses everything there."""
    found = []
    for offset, comment in source.comments:
        match = IGNORE_COMMENT.match(comment.strip())
        if not match:
            continue
        names = tuple(dict.fromkeys(w for w in re.split(r"[\s,]+", match.group("what").strip()) if w))
        block = next((b for b in source.blocks if b.start <= offset < b.end), None) or \
            next((b for b in source.blocks if b.start >= offset), None)
        line, column = source.line_col(offset)
        found.append(Suppression(line, column, names, block.start, block.end,
                                 normalize_claim(source.text[block.start:block.end])) if block
                     else Suppression(line, column, names))
    return found


def apply_suppressions(result: SourceResult, suppressions: list[Suppression],
                       codes_run: frozenset[str] | None = None) -> SourceResult:
    """Mark the findings the comments suppress, and record the comments, or names in them, that suppress nothing
    (`StaleIgnore`): a retired rule code, a name that is no rule code (of the whole catalogue) or claim status, a
    code of a rule this run does not run (`codes_run`: the run's rules; None = all), a name with nothing to suppress
    in its block, a comment with no block. As ruff's RUF100 (unused-noqa) and RUF101 (redirected-noqa) and ESLint's
    --report-unused-disable-directives report theirs."""
    claims = tuple(replace(c, suppressed=True) if c.status in STATUSES and any(
        s.covers(c.start, (c.status,)) for s in suppressions) else c for c in result.claims)
    flags = tuple(replace(f, suppressed=True) if any(s.covers(f.start, (f.code,)) for s in suppressions) else f
                  for f in result.flags)
    stale = []
    seen: dict[tuple[str, str, str], int] = {}
    for suppression in suppressions:
        for found in _stale(suppression, result, codes_run):
            # its identity, as a flag's (gate.findings): what it names, why that is stale and the words of its block;
            # the occurrence counts only comments alike in all three (two before the same block), so that an edit
            # elsewhere in the file, a stale comment added above included, leaves it as it was
            key = (found.name, found.reason, suppression.words)
            occurrence = seen.get(key, 0)
            seen[key] = occurrence + 1
            stale.append(replace(found, fingerprint=fingerprint("i", result.path, *key, occurrence)))
    return replace(result, claims=claims, flags=flags, stale_ignores=tuple(stale))




def _stale(suppression: Suppression, result: SourceResult, codes_run: frozenset[str] | None) -> list[StaleIgnore]:
    where = (suppression.line, suppression.column)
    if suppression.start < 0:
        return [StaleIgnore(*where, " ".join(suppression.names), "no_block")]
    in_block = [c.status for c in result.claims
                if c.status in STATUSES and suppression.start <= c.start < suppression.end] + \
        [f.code for f in result.flags if suppression.start <= f.start < suppression.end]
    if not suppression.names:
        return [] if in_block else [StaleIgnore(*where, "", "unused")]
    retired = retired_codes()
    codes = [rule.code for rule in load_rules()]
    stale = []
    for name in suppression.names:
        if name.upper() in retired:
            stale.append(StaleIgnore(*where, name, "retired", retired[name.upper()]))
        elif find_retired_rule(name, by_name=False) is not None:  # nothing replaces it: no new code
            stale.append(StaleIgnore(*where, name, "retired"))
        elif not any(names_rule(name, n) for n in (*codes, *STATUSES)):
            stale.append(StaleIgnore(*where, name, "unknown"))
        elif not any(names_rule(name, n) for n in in_block):
            run = codes if codes_run is None else [code for code in codes if code in codes_run]
            reason = "unused" if any(names_rule(name, n) for n in (*run, *STATUSES)) else "not_run"
            stale.append(StaleIgnore(*where, name, reason))
    return stale
