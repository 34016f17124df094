"""Import bibliographic records from reference-manager exports into `references/references.csv`.

Formats: RIS (Zotero, EndNote, Mendeley; parsed with rispy), BibTeX (bibtexparser v2) and PubMed/MEDLINE
(.nbib / .txt; parsed with nbib). Every imported row says in `checked_how` that its citation has NOT yet been
checked against the source, so a reviewer has to verify it before an evidence statement may cite it.

Only study designs that the source record states are mapped to a reference type (MEDLINE publication types).
RIS and BibTeX record types say nothing about design (a JOUR with "randomized" in its title is still just a journal
article), so those rows get the most conservative type, `review` (evidence level 5), and `checked_how` says
"type needs review".

Entry points:
    read_citations(path) -> list[ImportedReference]            parse one export file (DataError when malformed)
    merge_references(existing_rows, imported, checked_on)      de-duplicate by DOI/PMID, build rows, sort by id
    import_references(file, references_dir, checked_on)        the whole `refs import` command; returns ImportReport
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
import logging
import re
import shutil
import tempfile
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.errors import DataError
from pipeline.files import write_atomic
from pipeline.references import (DATE_PATTERN, EVIDENCE_COLUMNS, REFERENCE_COLUMNS, check_reference, check_row,
                                 read_library, validate_library)

NOT_CHECKED = "citation not yet checked against the source"
TYPE_NEEDS_REVIEW = "type needs review"
MAX_AUTHORS = 6

EVIDENCE_LEVELS = {"systematic_review": "1", "rct": "2", "single_arm_trial": "3", "cohort": "3",
                   "registry_statistics": "3", "case_series": "4"}

# MEDLINE publication types (PT) that state a design, in order of precedence. Each maps to (type, note); a note
# means the design is only probable and a reviewer must confirm it.
_RANDOMIZED = "Randomized Controlled Trial"
_PUBLICATION_TYPES: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (("Meta-Analysis", "Systematic Review"), "systematic_review", ""),
    (("Practice Guideline", "Guideline"), "guideline", ""),
    (("Consensus Development Conference", "Consensus Development Conference, NIH"), "consensus", ""),
    ((_RANDOMIZED,), "rct", ""),
    (("Clinical Trial, Phase I", "Clinical Trial, Phase II"), "single_arm_trial",
     "type needs review: inferred single-arm from publication type {pt!r} (no randomised tag); confirm the design"),
    (("Case Reports",), "case_series", ""),
    (("Observational Study",), "cohort",
     "type needs review: publication type 'Observational Study' may also be case-control or cross-sectional"),
    (("Review",), "review", ""),
)
_RETRACTED = ("Retracted Publication", "Retraction of Publication")

_STOPWORDS = frozenset("""a an the of in on for and or with without to at by from as into about after before between
during among against versus vs via is are was were be been do does how what which who why when whether than that this
these those its their our your not no new""".split())
_TRANSLITERATE = str.maketrans({"ß": "ss", "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O", "œ": "oe", "Œ": "OE",
                                "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "þ": "th", "Þ": "Th", "ı": "i"})
_YEAR = re.compile(r"(?<!\d)(19|20)\d{2}(?!\d)")
_DOI_PREFIX = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*|doi\s+)", re.IGNORECASE)
_PMID_LABELLED = re.compile(r"\bPMID:?\s*(\d+)\b", re.IGNORECASE)


@dataclass(frozen=True)
class ImportedReference:
    """One record of an export file, as read (nothing checked yet)."""

    source: str                 # file name the record came from
    line: int                   # 1-based line where the record starts
    authors: tuple[str, ...]    # Vancouver style: "Smith JA", or a group name
    title: str
    journal: str
    year: str
    volume: str = ""
    issue: str = ""
    pages: str = ""
    doi: str = ""
    pmid: str = ""
    url: str = ""
    type: str = "review"
    type_note: str = ""         # why the type needs review ("" when the record states the design)
    first_author_last: str = ""  # family name of the first author (for the id), or a group acronym
    retracted: bool = False

    @property
    def where(self) -> str:
        return f"{self.source}:{self.line}"

    @property
    def citation(self) -> str:
        return format_citation(self)


@dataclass(frozen=True)
class Added:
    entry: str      # file:line
    id: str


@dataclass(frozen=True)
class Duplicate:
    entry: str      # file:line
    of: str         # existing (or just imported) reference id
    key: str        # e.g. "DOI 10.9999/fake.001"
    in_file: bool = False   # True when `of` was added from this same file


@dataclass(frozen=True)
class Skipped:
    entry: str
    reason: str


@dataclass
class MergeReport:
    added: list[Added] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


@dataclass
class ImportReport(MergeReport):
    file: str = ""
    library: str = ""
    records: int = 0
    written: bool = False

    def summary(self) -> str:
        """Lines for the CLI (one headline, one line per entry, one reminder)."""
        dup = "duplicate" if len(self.duplicates) == 1 else "duplicates"
        target = self.library if self.written else f"{self.library} (not changed)"
        lines = [f"{self.file}: {self.records} records: {len(self.added)} added, {len(self.duplicates)} {dup}, "
                 f"{len(self.skipped)} skipped -> {target}"]
        lines += [f"  added      {a.id}  ({a.entry})" for a in self.added]
        for d in self.duplicates:
            where = "entry imported above as" if d.in_file else "existing reference"
            lines.append(f"  duplicate  {d.entry}: {d.key} is already {where} {d.of}; not added")
        lines += [f"  skipped    {s.entry}: {s.reason}" for s in self.skipped]
        if self.added:
            lines.append(f"New rows are marked \"{NOT_CHECKED}\": check each against the source (and confirm any "
                         f"\"{TYPE_NEEDS_REVIEW}\") before evidence statements cite it.")
        return "\n".join(lines)


# --------------------------------------------------------------------------------------------------------- reading

def read_citations(path: str | Path) -> list[ImportedReference]:
    """Parse a RIS, BibTeX or PubMed/MEDLINE export. Raises DataError (file, line) on malformed input."""
    path = Path(path)
    shown = path.as_posix()
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise DataError("file not found", shown) from None
    except IsADirectoryError:
        raise DataError("is a folder, not a citation file", shown) from None
    nul = data.find(b"\x00")
    if nul >= 0:
        raise DataError(f"binary file (NUL byte at offset {nul}); expected a RIS, BibTeX or MEDLINE text export",
                        shown, data[:nul].count(b"\n") + 1)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DataError(f"invalid UTF-8 at byte {exc.start}; re-export the file as UTF-8", shown,
                        data[:exc.start].count(b"\n") + 1) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise DataError("file is empty (no citation records)", shown)
    kind = _detect_format(path, text)
    if kind == "ris":
        return _read_ris(text, path)
    if kind == "bibtex":
        return _read_bibtex(text, path)
    if kind == "medline":
        return _read_medline(text, path)
    raise DataError("unknown citation format: use a .ris, .bib or .nbib (PubMed/MEDLINE) export", shown, 1)


def _detect_format(path: Path, text: str) -> str | None:
    suffix = path.suffix.lower()
    if suffix == ".ris":
        return "ris"
    if suffix in (".bib", ".bibtex"):
        return "bibtex"
    if suffix == ".nbib":
        return "medline"
    first = next((ln for ln in text.split("\n") if ln.strip()), "")
    if re.match(r"TY  -", first) or re.search(r"(?m)^TY  - ", text) and re.search(r"(?m)^ER  -", text):
        return "ris"
    if re.match(r"\s*@[A-Za-z]+\s*[{(]", first) or re.search(r"(?m)^\s*@[A-Za-z]+\s*[{(]", text):
        return "bibtex"
    if re.match(r"[A-Z]{2,4} {0,2}- ", first):
        return "medline"
    return None


# RIS -------------------------------------------------------------------------------------------------------------

def _ris_tag(line: str) -> str | None:
    """The tag of a RIS line (same rule as rispy: 'XX  -'), else None."""
    if line[2:5] == "  -" and line[:2].isupper() and line[:1].isalpha():
        return line[:2]
    return None


def _read_ris(text: str, path: Path) -> list[ImportedReference]:
    import rispy

    shown = path.as_posix()
    starts: list[int] = []
    open_at: int | None = None
    for number, line in enumerate(text.split("\n"), 1):
        tag = _ris_tag(line)
        if tag == "TY":
            if open_at is not None:
                raise DataError(f"RIS record has no end tag 'ER  -' before the next record (line {number})", shown,
                                open_at)
            open_at = number
        elif tag == "ER":
            if open_at is None:
                raise DataError("'ER  -' end tag without a record ('TY  -') before it", shown, number)
            starts.append(open_at)
            open_at = None
        elif tag is not None and open_at is None:
            raise DataError(f"RIS tag {tag!r} outside a record (missing 'TY  -' line?)", shown, number)
    if open_at is not None:
        raise DataError("RIS record has no end tag 'ER  -' (truncated export?)", shown, open_at)
    if not starts:
        raise DataError("no RIS records found (expected lines like 'TY  - JOUR' ... 'ER  - ')", shown, 1)
    try:
        records = rispy.loads(text)
    except Exception as exc:  # rispy raises plain exceptions on odd input
        raise DataError(f"RIS file could not be parsed: {exc}", shown) from None
    if len(records) != len(starts):
        raise DataError(f"RIS parser found {len(records)} records but the file has {len(starts)} TY/ER pairs",
                        shown)
    return [_ris_record(record, path.name, line) for record, line in zip(records, starts)]


def _first(record: dict, *keys: str) -> str:
    for key in keys:
        value = record.get(key)
        if isinstance(value, list):
            value = next((v for v in value if isinstance(v, str) and v.strip()), "")
        if isinstance(value, str) and value.strip():
            return _clean(value)
    return ""


def _ris_record(record: dict, name: str, line: int) -> ImportedReference:
    unknown = record.get("unknown_tag") or {}
    authors_raw = list(record.get("authors") or []) or list(record.get("first_authors") or [])
    authors, first_last = _authors_from_strings(authors_raw)
    urls = [u for u in (record.get("urls") or []) if isinstance(u, str)]
    doi = _first(record, "doi")
    if not doi:  # some exports only give the resolver link
        doi = next((_normalise_doi(u) for u in urls if re.search(r"doi\.org/10\.", u, re.IGNORECASE)), "")
    start, end = _first(record, "start_page"), _first(record, "end_page")
    pages = f"{start}-{end}" if start and end and end != start else start or end
    ris_type = _first(record, "type_of_reference") or "?"
    return ImportedReference(
        source=name, line=line, authors=authors, first_author_last=first_last,
        title=_first(record, "primary_title", "title", "short_title"),
        journal=_first(record, "journal_name", "secondary_title", "alternate_title3", "alternate_title2",
                       "alternate_title1"),
        year=_year(_first(record, "year"), _first(record, "publication_year"), _first(record, "date")),
        volume=_first(record, "volume"), issue=_first(record, "number"), pages=pages,
        doi=_normalise_doi(doi), pmid=_ris_pmid(record, unknown),
        url=next((u.strip() for u in urls if u.strip().lower().startswith(("https://", "http://"))), ""),
        type="review", type_note=f"{TYPE_NEEDS_REVIEW} (RIS type {ris_type} does not state the study design)")


def _ris_pmid(record: dict, unknown: dict) -> str:
    """PMID from a RIS record: a 'PMID: n' label in AN/C7/N1/M1/PM, a PM tag, or a bare AN from a PubMed record."""
    candidates = [record.get("accession_number"), record.get("custom7"), record.get("note"),
                  *(record.get("notes") or []), *(unknown.get("PM") or [])]
    for value in candidates:
        if isinstance(value, str) and (match := _PMID_LABELLED.search(value)):
            return match.group(1)
    bare_pm = next((v.strip() for v in unknown.get("PM") or [] if v.strip().isdigit()), "")
    if bare_pm:
        return bare_pm
    database = " ".join(_first(record, key) for key in ("name_of_database", "database_provider")).lower()
    accession = _first(record, "accession_number")
    if accession.isdigit() and any(db in database for db in ("pubmed", "medline", "nlm")):
        return accession
    return ""


# BibTeX ----------------------------------------------------------------------------------------------------------

@contextmanager
def _quiet(logger_name: str) -> Iterator[None]:
    """bibtexparser logs each failed block; we raise a DataError instead, so keep its log quiet meanwhile."""
    logger = logging.getLogger(logger_name)
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def _read_bibtex(text: str, path: Path) -> list[ImportedReference]:
    import bibtexparser
    from bibtexparser.model import DuplicateBlockKeyBlock

    shown = path.as_posix()
    with _quiet("bibtexparser"):
        library = bibtexparser.parse_string(text)
    for block in library.failed_blocks:
        line = (block.start_line or 0) + 1
        if isinstance(block, DuplicateBlockKeyBlock):
            raise DataError(f"duplicate BibTeX key {block.key!r}", shown, line)
        reason = getattr(block.error, "abort_reason", "") or str(block.error) or type(block.error).__name__
        raise DataError(f"BibTeX entry could not be parsed: {' '.join(reason.split())}", shown, line)
    if not library.entries:
        raise DataError("no BibTeX entries found (expected '@article{key, ...}')", shown, 1)
    return [_bibtex_entry(entry, path.name) for entry in library.entries]


def _latex(value: str) -> str:
    from pylatexenc.latex2text import LatexNodes2Text

    if not re.search(r"[\\{}$~]", value):
        return _clean(value)
    try:
        return _clean(LatexNodes2Text().latex_to_text(value))
    except Exception:  # undecodable LaTeX: fall back to the text without braces
        return _clean(value.replace("{", "").replace("}", ""))


def _plain(value: str) -> str:
    """A BibTeX identifier-like field (doi, url, pmid, pages): no LaTeX decoding, just braces and escapes."""
    return _clean(value.replace("{", "").replace("}", "").replace("\\_", "_").replace("\\%", "%")
                  .replace("\\&", "&"))


def _bibtex_entry(entry, name: str) -> ImportedReference:
    from bibtexparser.middlewares.names import parse_single_name_into_parts, split_multiple_persons_names

    fields = {f.key.lower(): f.value if isinstance(f.value, str) else str(f.value) for f in entry.fields}
    authors: list[str] = []
    first_last = ""
    for person in split_multiple_persons_names(fields.get("author", "")):
        if person.strip().lower() == "others":
            authors.append("et al.")
            continue
        try:
            parts = parse_single_name_into_parts(person, strict=False)
        except Exception:
            parts = None
        last = _latex(" ".join([*(parts.von if parts else []), *(parts.last if parts else [person])]))
        given = _latex(" ".join(parts.first)) if parts else ""
        if not first_last:
            first_last = last if given else _group_key(last)
        authors.append(_vancouver(last, given) if given else last)
    pmid = _plain(fields.get("pmid", ""))
    if not pmid and _plain(fields.get("eprinttype", "") or fields.get("archiveprefix", "")).lower() in ("pubmed",
                                                                                                         "pmid"):
        pmid = _plain(fields.get("eprint", ""))
    doi = _plain(fields.get("doi", ""))
    url = _plain(fields.get("url", ""))
    if not doi and re.search(r"doi\.org/10\.", url, re.IGNORECASE):
        doi = url
    return ImportedReference(
        source=name, line=(entry.start_line or 0) + 1, authors=tuple(authors), first_author_last=first_last,
        title=_latex(fields.get("title", "")),
        journal=_latex(fields.get("journal", "") or fields.get("journaltitle", "") or fields.get("booktitle", "")),
        year=_year(fields.get("year", ""), fields.get("date", "")),
        volume=_plain(fields.get("volume", "")), issue=_plain(fields.get("number", "") or fields.get("issue", "")),
        pages=re.sub(r"\s*-+\s*", "-", _plain(fields.get("pages", ""))),
        doi=_normalise_doi(doi), pmid=re.sub(r"^PMID:?\s*", "", pmid, flags=re.IGNORECASE), url=url,
        type="review",
        type_note=f"{TYPE_NEEDS_REVIEW} (BibTeX type @{entry.entry_type} does not state the study design)")


# PubMed / MEDLINE ------------------------------------------------------------------------------------------------

_MEDLINE_LINE = re.compile(r"^([ A-Z]{4})(-| ) (.*)$")   # nbib's own line rule


def _read_medline(text: str, path: Path) -> list[ImportedReference]:
    import nbib

    shown = path.as_posix()
    chunks: list[tuple[int, list[str]]] = []
    current: list[str] = []
    start = 0
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            if current:
                chunks.append((start, current))
            current = []
            continue
        if re.fullmatch(r"[A-Z ]{4}-", line):   # a tag with an empty value, trailing space stripped
            line += " "
        if not _MEDLINE_LINE.match(line):
            raise DataError(f"not a MEDLINE line (expected 'TAG - value' or a 6-space continuation): {line[:60]!r}",
                            shown, number)
        if not current:
            if line.startswith(" "):
                raise DataError("MEDLINE record starts with a continuation line", shown, number)
            start = number
        current.append(line)
    if current:
        chunks.append((start, current))
    if not chunks:
        raise DataError("no MEDLINE records found", shown, 1)
    return [_medline_record(nbib, lines, start, path.name, shown) for start, lines in chunks]


def _medline_record(nbib, lines: list[str], start: int, name: str, shown: str) -> ImportedReference:
    tags: dict[str, list[str]] = {}
    for line in lines:   # own scan: nbib skips LID and drops AU lines when there is no FAU
        match = _MEDLINE_LINE.match(line)
        if match and match.group(2) == "-":
            tags.setdefault(match.group(1).strip(), []).append(match.group(3).strip())
    if len(tags.get("PMID", [])) > 1:
        raise DataError("two PMID lines in one record (separate MEDLINE records with a blank line)", shown, start)
    if not tags.get("PMID"):
        raise DataError("MEDLINE record has no PMID line", shown, start)
    try:
        parsed = nbib.read("\n".join(lines) + "\n")
    except Exception as exc:  # MalformedLine, UnknownTagFormat, ValueError (e.g. a non-numeric PMID)
        raise DataError(f"MEDLINE record could not be parsed: {type(exc).__name__}: {exc}", shown, start) from None
    if len(parsed) != 1:
        raise DataError(f"expected one MEDLINE record here, parser found {len(parsed)}", shown, start)
    ref = parsed[0]
    title = _clean(str(ref.get("title", "")))
    if not title:
        raise DataError("MEDLINE record has no title (TI line)", shown, start)
    doi = str(ref.get("doi", "")) or next((v[:-len("[doi]")] for v in tags.get("LID", []) + tags.get("AID", [])
                                           if v.endswith("[doi]")), "")
    authors, first_last = _medline_authors(ref, tags)
    publication_types = [str(p) for p in ref.get("publication_types", [])]
    ref_type, note = medline_type(publication_types)
    return ImportedReference(
        source=name, line=start, authors=authors, first_author_last=first_last, title=title,
        journal=_clean(str(ref.get("journal_abbreviated", "") or ref.get("journal", ""))),
        year=_year(str(ref.get("publication_date", ""))),
        volume=_clean(str(ref.get("journal_volume", ""))), issue=_clean(str(ref.get("journal_issue", ""))),
        pages=_clean(str(ref.get("pages", ""))), doi=_normalise_doi(doi), pmid=str(ref.get("pubmed_id", "")),
        type=ref_type, type_note=note, retracted=any(p in _RETRACTED for p in publication_types))


def _medline_authors(ref: dict, tags: dict[str, list[str]]) -> tuple[tuple[str, ...], str]:
    authors: list[str] = []
    first_last = ""
    for person in ref.get("authors", []):
        short = person.get("author_abbreviated") or ""
        last = person.get("last_name") or ""
        if not short:
            short = _vancouver(last, person.get("first_name", "")) if last else person.get("author", "")
        authors.append(_clean(short))
        if not first_last:
            first_last = last or short.rsplit(" ", 1)[0]
    if not authors and tags.get("AU"):
        authors = [_clean(a) for a in tags["AU"]]
        first_last = authors[0].rsplit(" ", 1)[0] if " " in authors[0] else authors[0]
    if not authors and tags.get("CN"):
        authors = [_clean(tags["CN"][0])]
        first_last = _group_key(authors[0])
    return tuple(authors), first_last


def medline_type(publication_types: Sequence[str]) -> tuple[str, str]:
    """(reference type, note) from MEDLINE publication types; a note means the type needs human review."""
    present = set(publication_types)
    for names, ref_type, note in _PUBLICATION_TYPES:
        hit = next((n for n in names if n in present), None)
        if hit is None:
            continue
        if ref_type == "single_arm_trial" and (_RANDOMIZED in present or "Controlled Clinical Trial" in present):
            continue
        return ref_type, note.format(pt=hit)
    shown = ", ".join(publication_types) or "none"
    return "review", f"{TYPE_NEEDS_REVIEW} (publication types: {shown}; no study design mapped)"


# ----------------------------------------------------------------------------------------------- building rows

def _clean(value: str) -> str:
    return " ".join(str(value).split())


def _year(*values: str) -> str:
    for value in values:
        if value and (match := _YEAR.search(value)):
            return match.group(0)
    return ""


def _normalise_doi(value: str) -> str:
    """Bare DOI: no resolver prefix, no 'doi:' label, no surrounding space."""
    value = _clean(value)
    previous = None
    while value != previous:
        previous = value
        value = _DOI_PREFIX.sub("", value).strip()
    return value


def doi_key(value: str) -> str:
    return _normalise_doi(value).lower()


def url_key(value: str) -> str:
    """URL compared without scheme, 'www.', letter case of the host or a trailing slash."""
    value = _clean(value)
    match = re.match(r"(?i)^https?://(?:www\.)?([^/?#]+)(.*)$", value)
    return (match.group(1).lower() + match.group(2)).rstrip("/") if match else value


def _vancouver(last: str, given: str) -> str:
    initials = "".join(part[0].upper() for part in re.split(r"[\s.\-]+", given) if part and part[0].isalpha())
    return f"{_clean(last)} {initials}".strip()


def _authors_from_strings(names: Iterable[str]) -> tuple[tuple[str, ...], str]:
    """RIS authors ('Smith, John A.' or 'Smith JA' or a group) in Vancouver style, and the first family name."""
    authors: list[str] = []
    first_last = ""
    for raw in names:
        name = _clean(raw)
        if not name:
            continue
        if "," in name:
            last, _, given = name.partition(",")
            given = re.sub(r",?\s*(Jr|Sr|II|III|IV)\.?$", "", given.strip())
            authors.append(_vancouver(last, given))
            last = _clean(last)
        elif re.fullmatch(r"\S.*\s[A-Z]{1,4}", name):   # already Vancouver: "Smith JA"
            authors.append(name)
            last = name.rsplit(" ", 1)[0]
        else:                                          # a group author
            authors.append(name)
            last = _group_key(name)
        first_last = first_last or last
    return tuple(authors), first_last


def _group_key(name: str) -> str:
    """'World Health Organization' -> 'WHO' (for ids); a one-word group keeps its word."""
    words = [w for w in re.findall(r"[^\W\d_]+", name) if w.lower() not in _STOPWORDS]
    return "".join(w[0] for w in words).upper() if len(words) > 1 else (words[0] if words else "")


def format_citation(ref: ImportedReference) -> str:
    """'Authors (et al. after 6). Title. Journal Year;Vol(Issue):Pages.' with only the parts the record has."""
    authors = [a for a in ref.authors if a != "et al."]
    people = ", ".join(authors[:MAX_AUTHORS])
    if len(authors) > MAX_AUTHORS or "et al." in ref.authors:
        people += ", et al."
    parts = []
    if people:
        parts.append(people.rstrip(".") + ".")
    if ref.title:
        parts.append(ref.title if ref.title[-1] in ".?!" else ref.title + ".")
    source = " ".join(p for p in (ref.journal.rstrip("."), ref.year) if p)
    if ref.volume:
        source += f";{ref.volume}"
    if ref.issue:
        source += f"({ref.issue})"
    if ref.pages:
        source += f":{ref.pages}"
    if source:
        parts.append(source + ".")
    return " ".join(parts)


def slug(text: str) -> str:
    """Lower-case ASCII letters and digits only (accents stripped: 'Müller' -> 'muller')."""
    ascii_text = unicodedata.normalize("NFKD", text.translate(_TRANSLITERATE)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", ascii_text.lower())


def base_id(ref: ImportedReference) -> str:
    """`firstauthorlastnameYEAR-firstsignificanttitleword`, e.g. `doe2021-efficacy`."""
    author = slug(ref.first_author_last) or "anon"
    word = next((slug(w) for w in re.findall(r"[^\W_]+", ref.title)
                 if w.lower() not in _STOPWORDS and slug(w) and not slug(w).isdigit()), "")
    stem = f"{author}{ref.year}"
    return f"{stem}-{word}" if word else stem


def unique_id(stem: str, taken: set[str]) -> str:
    if stem not in taken:
        return stem
    n = 2
    while f"{stem}-{n}" in taken:
        n += 1
    return f"{stem}-{n}"


def to_row(ref: ImportedReference, ref_id: str, checked_on: str) -> dict[str, str]:
    """A references.csv row (keys in REFERENCE_COLUMNS order)."""
    url = f"https://doi.org/{ref.doi}" if ref.doi else ref.url or (
        f"https://pubmed.ncbi.nlm.nih.gov/{ref.pmid}/" if ref.pmid else "")
    how = f"imported from {ref.source} (record at line {ref.line}); {NOT_CHECKED}"
    if ref.type_note:
        how += f"; {ref.type_note}"
    row = {"id": ref_id, "type": ref.type, "citation": ref.citation, "year": ref.year, "doi": ref.doi,
           "pmid": ref.pmid, "url": url, "evidence_level": EVIDENCE_LEVELS.get(ref.type, "5"),
           "checked_on": checked_on, "checked_how": how}
    return {column: row[column] for column in REFERENCE_COLUMNS}


def _checked_on(value: str | _dt.date) -> str:
    text = value.isoformat() if isinstance(value, _dt.date) else str(value)
    if not DATE_PATTERN.fullmatch(text):
        raise DataError(f"checked_on {text!r} must be a date YYYY-MM-DD")
    return text


# ------------------------------------------------------------------------------------------------------- merging

def merge_references(existing_rows: Sequence[dict], imported: Sequence[ImportedReference],
                     checked_on: str | _dt.date) -> tuple[list[dict[str, str]], MergeReport]:
    """Add `imported` to `existing_rows` without duplicates (same DOI, case-insensitive, or same PMID; for records
    with neither, the same URL) and without rows that would fail `refs validate`. Returns all rows
    (REFERENCE_COLUMNS order, sorted by id) and a report of what was added, found duplicate or skipped."""
    checked_on = _checked_on(checked_on)
    report = MergeReport()
    rows = [{column: str(row.get(column, "") or "") for column in REFERENCE_COLUMNS} for row in existing_rows]
    taken = {row["id"] for row in rows}
    by_doi: dict[str, tuple[str, bool]] = {}
    by_pmid: dict[str, tuple[str, bool]] = {}
    by_url: dict[str, tuple[str, bool]] = {}
    for row in rows:
        if row["doi"]:
            by_doi.setdefault(doi_key(row["doi"]), (row["id"], False))
        if row["pmid"]:
            by_pmid.setdefault(row["pmid"].strip(), (row["id"], False))
        if row["url"] and not (row["doi"] or row["pmid"]):
            by_url.setdefault(url_key(row["url"]), (row["id"], False))
    for ref in imported:
        key_doi, key_pmid = doi_key(ref.doi), ref.pmid.strip()
        key_url = url_key(ref.url) if ref.url and not (key_doi or key_pmid) else ""
        match = None
        if key_doi and key_doi in by_doi:
            match = (by_doi[key_doi], f"DOI {ref.doi}")
        elif key_pmid and key_pmid in by_pmid:
            match = (by_pmid[key_pmid], f"PMID {ref.pmid}")
        elif key_url and key_url in by_url:   # a web page without DOI/PMID: the same URL is the same source
            match = (by_url[key_url], f"URL {ref.url}")
        if match:
            (of, in_file), key = match
            report.duplicates.append(Duplicate(ref.where, of, key, in_file))
            continue
        if ref.retracted:
            report.skipped.append(Skipped(ref.where, "retracted publication (MEDLINE publication type); not added"))
            continue
        row = to_row(ref, unique_id(base_id(ref), taken), checked_on)
        problems = _row_problems(row, ref)
        if problems:
            report.skipped.append(Skipped(ref.where, "; ".join(problems)))
            continue
        rows.append(row)
        taken.add(row["id"])
        report.added.append(Added(ref.where, row["id"]))
        if key_doi:
            by_doi[key_doi] = (row["id"], True)
        if key_pmid:
            by_pmid[key_pmid] = (row["id"], True)
        if key_url:
            by_url[key_url] = (row["id"], True)
    rows.sort(key=lambda r: r["id"])
    return rows, report


def _row_problems(row: dict[str, str], ref: ImportedReference) -> list[str]:
    """The `refs validate` rules for one row, as plain reasons (plus: a title is required)."""
    errors: list[DataError] = []
    check_row(ref.source, ref.line, row, REFERENCE_COLUMNS, errors, {})
    check_reference(ref.source, ref.line, row, errors)
    problems = [e.message for e in errors]
    if not ref.title:
        problems.insert(0, "no title")
    return problems


# ------------------------------------------------------------------------------------------------------ the command

def rows_to_csv(rows: Iterable[dict[str, str]], lineterminator: str = "\n") -> str:
    """references.csv text: header + rows, RFC 4180 quoting (csv module, minimal quoting)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator=lineterminator)
    writer.writerow(REFERENCE_COLUMNS)
    for row in rows:
        writer.writerow([row[column] for column in REFERENCE_COLUMNS])
    return buffer.getvalue()


def import_references(file: str | Path, references_dir: str | Path, checked_on: str | _dt.date,
                      dry_run: bool = False) -> ImportReport:
    """`claimaudit refs import FILE`: read FILE, add its new records to references_dir/references.csv.

    Refuses (DataError) when FILE is malformed or the library does not validate before the import. Duplicates and
    rows that would not validate are reported, not written. The result is validated together with evidence.csv
    before it replaces references.csv (atomically); nothing is written when nothing is added or with dry_run."""
    folder = Path(references_dir)
    target = folder / "references.csv"
    checked = _checked_on(checked_on)
    imported = read_citations(file)
    if not target.is_file():
        raise DataError("references.csv not found (create it with the header row first)", target.as_posix())
    library, errors = read_library(folder)
    if errors:
        raise DataError(f"the reference library has {len(errors)} error(s); fix them first (claimaudit refs "
                        f"validate). First: {errors[0]}", errors[0].path, errors[0].line, errors[0].column)
    existing = [{column: getattr(ref, column) for column in REFERENCE_COLUMNS} for ref in library.references.values()]
    rows, merged = merge_references(existing, imported, checked)
    report = ImportReport(added=merged.added, duplicates=merged.duplicates, skipped=merged.skipped,
                          file=Path(file).name, library=target.as_posix(), records=len(imported))
    if not report.added or dry_run:
        return report
    text = rows_to_csv(rows, _line_ending(target))
    _validate_before_writing(folder, text)
    write_atomic(target, text)
    report.written = True
    return report


def _line_ending(path: Path) -> str:
    """Keep the file's own line ending (the shipped library uses CRLF) so an import diff shows only new rows."""
    with open(path, "rb") as stream:
        first = stream.readline()
    return "\r\n" if first.endswith(b"\r\n") else "\n"


def _validate_before_writing(folder: Path, references_text: str) -> None:
    """Run `refs validate` on the would-be library (a temporary copy) so an invalid library is never written."""
    with tempfile.TemporaryDirectory(prefix="claimaudit-import-") as scratch:
        trial = Path(scratch)
        (trial / "references.csv").write_text(references_text, encoding="utf-8", newline="")
        evidence = folder / "evidence.csv"
        if evidence.is_file():
            shutil.copyfile(evidence, trial / "evidence.csv")
        else:
            (trial / "evidence.csv").write_text(",".join(EVIDENCE_COLUMNS) + "\n", encoding="utf-8")
        errors = validate_library(trial)
    if errors:
        first = errors[0]
        raise DataError(f"import would make the library invalid, nothing written: {first.message}",
                        (folder / Path(first.path or "").name).as_posix(), first.line, first.column)
