"""Outputs written one source at a time, so a run's memory does not grow with the corpus.

Every format turns one SourceResult into a *fragment* of its document (cacheable with the source: an unchanged
file's fragment is copied, not re-rendered) and wraps the fragments in a head and a tail that need only the run's
small per-source summaries (counts, and how many findings block). A `DocumentWriter` streams the fragments to a
temporary file and writes head + fragments + tail over the target at the end, so a failed run leaves the previous
output in place.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from pipeline.files import AtomicFile, write_atomic
from pipeline.gate import FailOn, blocking_claim, blocking_flag
from pipeline.models import SourceResult

ReadSource = Callable[[str], str]


@dataclass(frozen=True)
class SourceSummary:
    """What the heads, tails, summary table and exit code need of one source (JSON-able, cached with it)."""

    path: str
    claims: int
    counts: dict[str, int]  # claims per status and flags per level
    blocking: int  # findings that block under the run's gate
    claim_keys: tuple[tuple[str, str], ...] = ()  # (claim_id, status): enough to tell whether a waiver applies
    flag_keys: tuple[tuple[str, str], ...] = ()  # (code, claim_id)
    stale_ignores: tuple[str, ...] = ()  # the messages of its ignore comments that suppress nothing (reported)

    @classmethod
    def of(cls, source: SourceResult, fail_on: FailOn) -> "SourceSummary":
        counts = Counter(c.status for c in source.claims) + Counter(f.level for f in source.flags)
        blocking = sum(blocking_claim(c, fail_on) for c in source.claims) + \
            sum(blocking_flag(f, fail_on) for f in source.flags)
        return cls(source.path, len(source.claims), dict(sorted(counts.items())), blocking,
                   tuple((c.claim_id, c.status) for c in source.claims),
                   tuple((f.code, f.claim_id or "") for f in source.flags),
                   tuple(stale.message(source.path) for stale in source.stale_ignores))

    def totals(self) -> "SourceSummary":
        """The summary without its claim and flag keys, which only the source's cached view needs (to tell whether a
        waiver applies next run): what a run keeps of each source while it streams, so that its memory does not grow
        with the claims of a corpus (about 2 KB per abstract)."""
        return replace(self, claim_keys=(), flag_keys=())

    def to_record(self) -> dict:
        return {"path": self.path, "claims": self.claims, "counts": self.counts, "blocking": self.blocking,
                "claim_keys": [list(k) for k in self.claim_keys], "flag_keys": [list(k) for k in self.flag_keys],
                "stale_ignores": list(self.stale_ignores)}

    @classmethod
    def from_record(cls, record: dict) -> "SourceSummary":
        return cls(record["path"], record["claims"], record["counts"], record["blocking"],
                   tuple(tuple(k) for k in record["claim_keys"]), tuple(tuple(k) for k in record["flag_keys"]),
                   tuple(record.get("stale_ignores", ())))


@dataclass
class RunSummary:
    version: str
    fail_on: FailOn
    sources: list[SourceSummary] = field(default_factory=list)

    @property
    def blocking(self) -> int:
        return sum(s.blocking for s in self.sources)

    @property
    def exit_code(self) -> int:
        """1 when anything blocks, else 0 (usage and input errors exit 2 before a result exists)."""
        return 1 if self.blocking else 0


class Format:
    """One output format. Subclasses render a source's fragment and the document's head and tail."""

    name = ""
    join = ""  # between two non-empty fragments
    fixed_head = False  # True when head() does not depend on the run (it is then called with None)
    uses_gate = True  # whether fragments depend on the gate (blocking marks)

    def __init__(self, fail_on: FailOn, read_source: ReadSource | None = None):
        self.fail_on = fail_on
        self.read_source = read_source

    @property
    def cache_name(self) -> str:
        """The fragment's name in the cache: the format, plus the gate when the fragment depends on it."""
        return f"{self.name}:{self.fail_on.spec}" if self.uses_gate else self.name

    def fragment(self, source: SourceResult) -> str:
        raise NotImplementedError

    def body(self, fragment: str) -> str:
        """The part of a fragment that goes into the document body (a format may keep the rest for its head)."""
        return fragment

    def head(self, run: RunSummary) -> str:
        return ""

    def tail(self, run: RunSummary) -> str:
        return ""


def render_whole(fmt: Format, version: str, sources: Iterable[SourceResult]) -> str:
    """The whole document in memory (for tests, `claimaudit eval` and small runs)."""
    run = RunSummary(version, fmt.fail_on)
    bodies = []
    for source in sources:
        run.sources.append(SourceSummary.of(source, fmt.fail_on))
        body = fmt.body(fmt.fragment(source))
        if body:
            bodies.append(body)
    return fmt.head(run) + fmt.join.join(bodies) + fmt.tail(run)


class DocumentWriter:
    """One output document (a file, or stdout when `path` is None) filled one fragment at a time.

    A format whose head does not depend on the run is written straight into the file's temporary twin; the others
    collect their body in a temporary file and are assembled at the end. Either way the target is only replaced
    by `close()`; `abort()` leaves it as it was."""

    def __init__(self, fmt: Format, path: str | Path | None):
        self.fmt = fmt
        self.path = Path(path) if path is not None else None
        self._empty = True
        self._file = AtomicFile(self.path) if self.path is not None and fmt.fixed_head else None
        if self._file:
            self._body = self._file.stream
            self._body.write(fmt.head(None))
        else:
            self._body = tempfile.TemporaryFile("w+", encoding="utf-8", newline="")

    def add(self, fragment: str) -> None:
        body = self.fmt.body(fragment)
        if body:
            if not self._empty:
                self._body.write(self.fmt.join)
            self._body.write(body)
            self._empty = False

    def close(self, run: RunSummary) -> None:
        if self._file:
            self._body.write(self.fmt.tail(run))
            self._file.commit()
            return
        self._body.seek(0)
        with self._body:
            if self.path is None:
                sys.stdout.write(self.fmt.head(run))
                shutil.copyfileobj(self._body, sys.stdout)
                sys.stdout.write(self.fmt.tail(run))
                sys.stdout.flush()
                return

            def write(out) -> None:
                out.write(self.fmt.head(run))
                shutil.copyfileobj(self._body, out)
                out.write(self.fmt.tail(run))

            write_atomic(self.path, write)

    def abort(self) -> None:
        if self._file:
            self._file.discard()
        else:
            self._body.close()
