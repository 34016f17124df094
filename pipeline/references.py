"""Load and validate the reference library: bibliographic records and evidence statements (two CSV files)."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import DataError
from pipeline.models import STRENGTHS, without_strength

REFERENCE_COLUMNS = ("id", "type", "citation", "year", "doi", "pmid", "url", "evidence_level", "checked_on",
                     "checked_how")
EVIDENCE_COLUMNS = ("id", "reference_id", "finding", "quote", "stance", "max_strength", "strongest_claim",
                    "population", "addresses")
ALIAS_COLUMNS = ("alias", "stands_for", "note")  # aliases.csv, optional: product and brand names the library teaches
REFERENCE_TYPES = ("guideline", "consensus", "systematic_review", "rct", "single_arm_trial", "cohort",
                   "case_series", "review", "regulatory", "registry_statistics", "patient_information")
STANCES = ("supports", "refutes", "qualifies")
OPTIONAL = {"doi", "pmid", "url", "population"}
ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9._-]*")
DOI_PATTERN = re.compile(r"10\.\d{4,9}/\S+")
PMID_PATTERN = re.compile(r"[1-9]\d{0,8}")
DATE_PATTERN = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class Reference:
    id: str
    type: str
    citation: str
    year: str
    doi: str
    pmid: str
    url: str
    evidence_level: str
    checked_on: str
    checked_how: str


@dataclass(frozen=True)
class EvidenceStatement:
    id: str
    reference_id: str
    finding: str
    quote: str
    stance: str
    max_strength: str
    strongest_claim: str
    population: str
    addresses: tuple[str, ...]

    @property
    def strongest_wording(self) -> str:
        """The strongest claim without its "strength:" prefix."""
        return without_strength(self.strongest_claim)


@dataclass(frozen=True)
class Alias:
    """A name the library teaches the engine ("Gardasil"), with what it stands for in words the engine reads ("HPV
    vaccine"): a brand or product name means its generic name in claims and statements alike."""

    alias: str
    stands_for: str
    note: str = ""


@dataclass(frozen=True)
class Library:
    references: dict[str, Reference]
    statements: tuple[EvidenceStatement, ...]
    aliases: tuple[Alias, ...] = ()


def load_library(folder: str | Path) -> Library:
    """Load references/ and raise DataError on the first problem (validate_library lists them all)."""
    library, errors = read_library(folder)
    if errors:
        raise errors[0]
    return library


def validate_library(folder: str | Path) -> list[DataError]:
    return read_library(folder)[1]


def read_library(folder: str | Path) -> tuple[Library, list[DataError]]:
    folder = Path(folder)
    errors: list[DataError] = []
    if not folder.is_dir():
        return Library({}, ()), [DataError("reference folder not found", folder.as_posix())]
    ref_rows = _read_csv(folder / "references.csv", REFERENCE_COLUMNS, errors)
    ev_rows = _read_csv(folder / "evidence.csv", EVIDENCE_COLUMNS, errors)
    references: dict[str, Reference] = {}
    for path, line, row in ref_rows:
        if check_row(path, line, row, REFERENCE_COLUMNS, errors, references):
            check_reference(path, line, row, errors)
            references[row["id"]] = Reference(**{k: row[k] for k in REFERENCE_COLUMNS})
    statements: dict[str, EvidenceStatement] = {}
    for path, line, row in ev_rows:
        if not check_row(path, line, row, EVIDENCE_COLUMNS, errors, statements):
            continue
        _check_statement(path, line, row, references, errors)
        addresses = tuple(p.strip() for p in row["addresses"].split("|") if p.strip())
        statements[row["id"]] = EvidenceStatement(**{k: row[k] for k in EVIDENCE_COLUMNS if k != "addresses"},
                                                  addresses=addresses)
    ordered = tuple(statements[k] for k in sorted(statements))
    aliases = _read_aliases(folder / "aliases.csv", errors) if (folder / "aliases.csv").is_file() else ()
    return Library(dict(sorted(references.items())), ordered, aliases), errors


def _read_aliases(path: Path, errors: list[DataError]) -> tuple[Alias, ...]:
    """aliases.csv (optional): one name per row with what it stands for; a name given twice is an error."""
    aliases: dict[str, Alias] = {}
    for shown, line, row in _read_csv(path, ALIAS_COLUMNS, errors):
        for index, column in enumerate(("alias", "stands_for"), 1):
            if not row[column]:
                errors.append(DataError(f"empty {column!r}", shown, line, index))
        key = row["alias"].lower()
        if key in aliases:
            errors.append(DataError(f"duplicate alias {row['alias']!r}", shown, line, 1))
        elif row["alias"] and row["stands_for"]:
            aliases[key] = Alias(row["alias"], row["stands_for"], row["note"])
    return tuple(aliases[k] for k in sorted(aliases))


def _read_csv(path: Path, columns: tuple[str, ...], errors: list[DataError]) -> list[tuple[str, int, dict]]:
    shown = path.as_posix()
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        errors.append(DataError("file not found", shown))
        return []
    except UnicodeDecodeError as exc:
        errors.append(DataError(f"invalid UTF-8 at byte {exc.start}", shown))
        return []
    if not text.strip():
        errors.append(DataError("file is empty (expected a header row: " + ",".join(columns) + ")", shown, 1))
        return []
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows: list[tuple[str, int, dict]] = []
    try:
        header = next(reader)
        missing = [c for c in columns if c not in header]
        unknown = [c for c in header if c not in columns]
        if missing or unknown:
            what = "; ".join(filter(None, [f"missing column(s) {', '.join(missing)}" if missing else "",
                                           f"unknown column(s) {', '.join(unknown)}" if unknown else ""]))
            errors.append(DataError(f"{what} (expected: {','.join(columns)})", shown, 1, 1))
            return []
        line = reader.line_num + 1
        for record in reader:
            if any(field.strip() for field in record):
                if len(record) != len(header):
                    errors.append(DataError(f"{len(record)} fields, expected {len(header)} (check quoting)", shown,
                                            line, 1))
                else:
                    rows.append((shown, line, {k: v.strip() for k, v in zip(header, record)}))
            line = reader.line_num + 1
    except csv.Error as exc:  # reported at the line where the broken record starts
        errors.append(DataError(f"malformed CSV: {exc} (a stray quote character?)", shown, line))
    return rows


def check_row(path: str, line: int, row: dict, columns: tuple[str, ...], errors: list, seen: dict) -> bool:
    ok = True
    for index, column in enumerate(columns, 1):
        if column not in OPTIONAL and not row[column]:
            errors.append(DataError(f"empty {column!r}", path, line, index))
            ok = False
    if row["id"] and not ID_PATTERN.fullmatch(row["id"]):
        errors.append(DataError(f"id {row['id']!r} must be a lower-case slug", path, line, 1))
    if row["id"] in seen:
        errors.append(DataError(f"duplicate id {row['id']!r}", path, line, 1))
        ok = False
    return ok


def check_reference(path: str, line: int, row: dict, errors: list) -> None:
    col = {c: i for i, c in enumerate(REFERENCE_COLUMNS, 1)}
    if row["type"] not in REFERENCE_TYPES:
        errors.append(DataError(f"type {row['type']!r} not allowed (one of: {', '.join(REFERENCE_TYPES)})",
                                path, line, col["type"]))
    if not re.fullmatch(r"(19|20)\d{2}", row["year"]):
        errors.append(DataError(f"year {row['year']!r} is not a 4-digit year", path, line, col["year"]))
    if row["doi"] and not DOI_PATTERN.fullmatch(row["doi"]):
        errors.append(DataError(f"DOI {row['doi']!r} is not a bare DOI like 10.1056/NEJMoa2024850", path, line,
                                col["doi"]))
    if row["pmid"] and not PMID_PATTERN.fullmatch(row["pmid"]):
        errors.append(DataError(f"PMID {row['pmid']!r} must be digits", path, line, col["pmid"]))
    if row["url"] and not row["url"].startswith(("https://", "http://")):
        errors.append(DataError(f"URL {row['url']!r} must start with https://", path, line, col["url"]))
    if not (row["doi"] or row["pmid"] or row["url"]):
        errors.append(DataError("needs at least one of doi, pmid, url", path, line, col["doi"]))
    if row["evidence_level"] not in ("1", "2", "3", "4", "5"):
        errors.append(DataError(f"evidence_level {row['evidence_level']!r} must be 1-5 (Oxford CEBM 2011)",
                                path, line, col["evidence_level"]))
    if not DATE_PATTERN.fullmatch(row["checked_on"]):
        errors.append(DataError(f"checked_on {row['checked_on']!r} must be a date YYYY-MM-DD", path, line,
                                col["checked_on"]))


def _check_statement(path: str, line: int, row: dict, references: dict, errors: list) -> None:
    col = {c: i for i, c in enumerate(EVIDENCE_COLUMNS, 1)}
    if row["reference_id"] not in references:
        errors.append(DataError(f"unknown reference id {row['reference_id']!r}", path, line, col["reference_id"]))
    if row["stance"] not in STANCES:
        errors.append(DataError(f"stance {row['stance']!r} not allowed (one of: {', '.join(STANCES)})", path, line,
                                col["stance"]))
    if row["max_strength"] not in STRENGTHS:
        errors.append(DataError(f"max_strength {row['max_strength']!r} not allowed (one of: {', '.join(STRENGTHS)})",
                                path, line, col["max_strength"]))
    prefix = row["strongest_claim"].partition(":")[0].strip()
    if prefix in STRENGTHS and prefix != row["max_strength"]:
        errors.append(DataError(f"strongest_claim is prefixed {prefix!r} but max_strength is {row['max_strength']!r}",
                                path, line, col["strongest_claim"]))
    if not [p for p in row["addresses"].split("|") if p.strip()]:
        errors.append(DataError("addresses needs at least one claim phrasing", path, line, col["addresses"]))
