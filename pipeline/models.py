"""Plain frozen records that flow between the stages; spaCy objects never leave the NLP stage."""

from __future__ import annotations

import copyreg
from dataclasses import dataclass, field, fields, replace
from functools import cache
from typing import Any, TypeVar

STATUSES = ("supported", "overstated", "contradicted", "unsupported")
STRENGTHS = ("none", "correlational", "conditional", "direct", "absolute")
VOICES = ("own", "reported", "denied", "rejected")
CATEGORIES = ("efficacy", "safety", "mechanism", "cure", "prognosis", "statistic", "definition", "other")
LEVELS = ("error", "warning", "info")


def strength_rank(strength: str) -> int:
    return STRENGTHS.index(strength)


def without_strength(strongest_claim: str) -> str:
    """ "conditional: may improve PFS" -> "may improve PFS" (the evidence library prefixes its strongest wording
    with the strength it carries)."""
    prefix, _, rest = strongest_claim.partition(":")
    return rest.strip() if prefix.strip() in STRENGTHS and rest.strip() else strongest_claim


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


@cache
def _record_names(cls: type) -> tuple[str, ...]:
    """The fields a record is written with: not those marked `metadata={"record": False}` (an in-run reading)."""
    return tuple(f.name for f in fields(cls) if f.metadata.get("record", True))


R = TypeVar("R")


def evolve(record: R, **changes: Any) -> R:
    """`dataclasses.replace` for records with no `__post_init__` and no field left out of `__init__` (those of this
    module, evidence.Terms, clauses.Clause): the copy takes the record's fields as they are and the changed ones as
    given, without running the generated `__init__` again (a claim has 24 fields, and each claim of each article is
    copied twice; a claim's terms have 40). A record of a compiled module (mypyc's native classes keep no `__dict__`)
    is made again by its `__init__`, as `dataclasses.replace` does, from its fields in order (`_positional`) without
    replace's walk over the field objects and its keyword arguments."""
    kind: type = type(record)
    unknown = changes.keys() - _field_set(kind)
    if unknown:
        raise TypeError(f"{kind.__name__} has no field {', '.join(sorted(unknown))}")
    if not hasattr(record, "__dict__"):
        if not _positional(kind):
            return replace(record, **changes)  # type: ignore[type-var]
        made: R = kind(*[changes[name] if name in changes else getattr(record, name) for name in _field_names(kind)])
        return made
    copy: R = object.__new__(kind)
    copy.__dict__.update(record.__dict__)
    copy.__dict__.update(changes)
    return copy


@cache
def _field_set(cls: type) -> frozenset[str]:
    return frozenset(_field_names(cls))


@cache
def _positional(cls: type) -> bool:
    """Does the record's `__init__` take every field, in order, by position (no field left out of it, none
    keyword-only)? Then a copy can be made by passing its fields in order."""
    return all(f.init and not f.kw_only for f in fields(cls))


def _record(item) -> dict:
    """A flat record's fields as a JSON-ready dict (tuples of strings become lists); a shallow, much faster
    dataclasses.asdict for the records that are written once per claim and flag."""
    return {name: list(value) if isinstance(value, tuple) else value
            for name in _record_names(type(item)) for value in (getattr(item, name),)}  # type: ignore[arg-type]


@dataclass(frozen=True)
class Block:
    """A unit of the document's structure: heading, paragraph, list item, list-item label, table cell or caption."""

    start: int
    end: int
    kind: str  # heading | paragraph | item | label | cell | caption (HTML <figcaption>, <caption>)


@dataclass(frozen=True)
class Source:
    """One input file: `raw` is the decoded file text; `text` is the same length with markup blanked out.

    Every offset into `text` is therefore an offset into the file the author edits.
    """

    path: str
    raw: str
    text: str
    kind: str  # txt | md | html
    line_starts: tuple[int, ...]
    blocks: tuple[Block, ...]
    comments: tuple[tuple[int, str], ...] = ()  # (offset, text) of HTML/Markdown comments

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset."""
        from bisect import bisect_right

        line = bisect_right(self.line_starts, offset)
        return line, offset - self.line_starts[line - 1] + 1


@dataclass(frozen=True)
class Flag:
    code: str
    name: str
    level: str
    start: int
    end: int
    line: int
    column: int
    text: str
    message: str
    suggestion: str
    authority: str
    claim_id: str | None = None
    modifiers: tuple[str, ...] = ()
    waived: bool = False  # a reviewer accepted it on the record (waivers.csv); visible, not blocking
    waiver_reviewer: str = ""
    waiver_reason: str = ""
    suppressed: bool = False  # an inline `claimaudit: ignore` comment in the source
    # why `level` is lower than the rule's ("no sign of promotion on the page": rule key `unpromoted_level`); "" when
    # it is not lowered, or only by a hedge (`modifiers` says so)
    level_reason: str = ""

    def to_record(self) -> dict:
        return _record(self)


@dataclass(frozen=True)
class EvidenceMatch:
    evidence_id: str
    reference_id: str
    stance: str  # the statement's stance toward the claim after polarity: supports | refutes | qualifies
    score: float
    shared_terms: tuple[str, ...]
    finding: str
    quote: str
    max_strength: str
    strongest_claim: str
    citation: str
    doi: str = ""
    pmid: str = ""
    url: str = ""

    def to_record(self) -> dict:
        return _record(self)

    def safer_wording(self) -> str:
        """What the evidence supports, as a suggestion: its strongest wording and the reference it rests on."""
        wording = without_strength(self.strongest_claim)
        return f"{wording[:1].upper()}{wording[1:]} ({self.reference_id})"


@dataclass(frozen=True)
class Claim:
    claim_id: str
    source: str
    start: int
    end: int
    line: int
    column: int
    text: str
    sentence: str
    subject: str
    topic: str
    category: str
    strength: str
    negated: bool
    hedged: bool
    modifiers: tuple[str, ...]
    # whose claim it is: "own" (the page asserts it), "reported" (it reports, quotes or names what others claim or
    # believe: "Makers claim the pads draw out toxins"), "denied" (it says evidence does not back it: "There is no
    # evidence that X cures Y") or "rejected" (others' claim it calls false outright: "Many say X cures Y. That is not
    # true."); none of the last three is the page's overstatement (pipeline/rules/mentions.py). A denied or rejected
    # claim's status judges the page's denial or rejection (pipeline/gate.py)
    voice: str = "own"
    status: str = "unsupported"
    rationale: str = ""
    suggestion: str = ""
    evidence: tuple[EvidenceMatch, ...] = ()
    flags: tuple[str, ...] = ()  # codes of the flags inside this claim
    waived: bool = False
    waiver_reviewer: str = ""
    waiver_reason: str = ""
    suppressed: bool = False
    # the strength the claim's words have when the denial alone made it "none" ("Antibiotics do not treat colds":
    # direct), "" otherwise: Yu et al. rate a denied effect by its verb (pipeline/benchmarks/base.py). Read in the
    # run that found the claim, not written to records (a claim read back from the cache has "")
    undenied_strength: str = field(default="", metadata={"record": False})

    def to_record(self) -> dict:
        record = _record(self)
        record["evidence"] = [match.to_record() for match in self.evidence]
        return record


STALE_IGNORE_REASONS = ("retired", "unknown", "not_run", "unused", "no_block")


@dataclass(frozen=True)
class StaleIgnore:
    """An inline `claimaudit: ignore` comment, or one name in it, that suppresses nothing: it names a retired rule
    code (`replacement` is its new code, "" when nothing replaces it), names no rule code or claim status, names a
    rule this run does not run (--select/--ignore), suppresses nothing in its block, or precedes no block. Reported,
    as a waiver that matches nothing is, so that a comment left behind by an edit does not go on silencing the next
    finding there."""

    line: int  # of the comment, 1-based
    column: int
    name: str  # the code, glob or status named; "" for a comment that names nothing (it ignores everything)
    reason: str  # STALE_IGNORE_REASONS
    replacement: str = ""
    # a stable id: the path, the name, why it is stale and the words of the block the comment covers (not its line,
    # which edits above it move; pipeline/waivers.py), as a flag's is made from its code and words
    fingerprint: str = ""

    def message(self, path: str) -> str:
        """`path:line:column: ignore comment …`, as the CLI reports it."""
        return f"{path}:{self.line}:{self.column}: {self.description()}"

    def description(self) -> str:
        """`ignore comment …`: what is wrong with it, without where (SARIF and the HTML report give the place)."""
        if self.reason == "retired":
            now = f"now {self.replacement}" if self.replacement else "retired, nothing replaces it"
            why = f"names the retired rule code {self.name} ({now}): it suppresses nothing"
        elif self.reason == "unknown":
            why = f"names no rule code or claim status: {self.name!r} suppresses nothing"
        elif self.reason == "not_run":
            why = f"names {self.name}, which this run does not run (--select/--ignore): it suppresses nothing"
        elif self.reason == "no_block":
            why = "precedes no block: it suppresses nothing"
        elif self.name:
            why = f"names {self.name}, which suppresses nothing in its block (finding gone?)"
        else:
            why = "suppresses nothing in its block (findings gone?)"
        return f"ignore comment {why}"

    def to_record(self) -> dict:
        return _record(self)


@dataclass(frozen=True)
class SourceResult:
    path: str
    claims: tuple[Claim, ...]
    flags: tuple[Flag, ...]
    stale_ignores: tuple[StaleIgnore, ...] = ()  # inline ignore comments that suppress nothing (pipeline/waivers.py)

    @classmethod
    def from_record(cls, record: dict) -> "SourceResult":
        claims = tuple(
            Claim(**{**c, "modifiers": tuple(c["modifiers"]), "flags": tuple(c["flags"]),
                     "evidence": tuple(EvidenceMatch(**{**e, "shared_terms": tuple(e["shared_terms"])})
                                       for e in c["evidence"])})
            for c in record["claims"])
        flags = tuple(Flag(**{**f, "modifiers": tuple(f["modifiers"])}) for f in record["flags"])
        stale = tuple(StaleIgnore(**s) for s in record.get("stale_ignores", ()))
        return cls(record["path"], claims, flags, stale)

    def to_record(self) -> dict:
        record = {
            "path": self.path,
            "claims": [claim.to_record() for claim in self.claims],
            "flags": [flag.to_record() for flag in self.flags],
        }
        if self.stale_ignores:  # (only where a source has one: most sources have no ignore comment)
            record["stale_ignores"] = [stale.to_record() for stale in self.stale_ignores]
        return record


@dataclass(frozen=True)
class RunResult:
    version: str
    sources: tuple[SourceResult, ...] = field(default_factory=tuple)

    def to_record(self) -> dict:
        return {"version": self.version, "sources": [source.to_record() for source in self.sources]}

    @classmethod
    def from_record(cls, record: dict) -> "RunResult":
        """Rebuild a result from its JSON record (`claimaudit check --format json`)."""
        return cls(record["version"], tuple(SourceResult.from_record(source) for source in record["sources"]))

    def claims(self):
        for source in self.sources:
            yield from source.claims

    def flags(self):
        for source in self.sources:
            yield from source.flags


def _reduce(record: Any) -> tuple[type, tuple]:
    """How a record pickles: its class and its fields, for `__init__`. A record compiled by mypyc (setup.py) has no
    `__dict__`, and the state setter mypyc gives its class assigns each field, which a frozen dataclass refuses; a
    source audited by the engine worker (audit.EngineWorker) comes back to the main process pickled."""
    kind: type = type(record)
    return kind, tuple(getattr(record, name) for name in _field_names(kind))


for _kind in (Block, Source, Flag, EvidenceMatch, Claim, StaleIgnore, SourceResult, RunResult):
    copyreg.pickle(_kind, _reduce)
