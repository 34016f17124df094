"""`refs validate`: every kind of defect is reported with file, line and column."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.references import EVIDENCE_COLUMNS, REFERENCE_COLUMNS, validate_library

ROOT = Path(__file__).resolve().parent.parent
REF_HEADER = ",".join(REFERENCE_COLUMNS)
EV_HEADER = ",".join(EVIDENCE_COLUMNS)
GOOD_REF = 'smith2020-x,rct,"Smith J. Title. J 2020;1:1.",2020,10.1000/abc,12345,,2,2026-11-22,seen'
GOOD_EV = 'ev-x-1,smith2020-x,finding,quote,supports,direct,direct: x works,adults,x works | x helps'


def write(folder: Path, refs: str, evidence: str) -> Path:
    folder.mkdir(exist_ok=True)
    (folder / "references.csv").write_text(refs, encoding="utf-8")
    (folder / "evidence.csv").write_text(evidence, encoding="utf-8")
    return folder


def test_shipped_library_is_valid():
    assert validate_library(ROOT / "references") == []


def test_good_fixture_is_valid(tmp_path):
    assert validate_library(write(tmp_path / "r", f"{REF_HEADER}\n{GOOD_REF}\n", f"{EV_HEADER}\n{GOOD_EV}\n")) == []


@pytest.mark.parametrize("refs, evidence, expected, line", [
    (f"{REF_HEADER}\n{GOOD_REF}\n{GOOD_REF}\n", f"{EV_HEADER}\n{GOOD_EV}\n", "duplicate id", 3),
    (f"{REF_HEADER}\n{GOOD_REF}\n", f"{EV_HEADER}\n{GOOD_EV.replace('smith2020-x,', 'nobody,')}\n",
     "unknown reference id", 2),
    (f"{REF_HEADER}\n{GOOD_REF.replace('10.1000/abc', 'doi:abc')}\n", f"{EV_HEADER}\n{GOOD_EV}\n", "DOI", 2),
    (f"{REF_HEADER}\n{GOOD_REF.replace('12345', '12a45')}\n", f"{EV_HEADER}\n{GOOD_EV}\n", "PMID", 2),
    (f"{REF_HEADER}\n{GOOD_REF}\n", f"{EV_HEADER}\n{GOOD_EV.replace(',supports,', ',endorses,')}\n", "stance", 2),
    (f"{REF_HEADER}\n{GOOD_REF}\n", f"{EV_HEADER}\n{GOOD_EV.replace(',quote,', ',,')}\n", "empty 'quote'", 2),
    (REF_HEADER.replace(",citation", "") + "\n", f"{EV_HEADER}\n", "missing column(s) citation", 1),
    ("", f"{EV_HEADER}\n", "file is empty", 1),
    (f'{REF_HEADER}\n{GOOD_REF}\nbad,rct,"unclosed,2020\n', f"{EV_HEADER}\n{GOOD_EV}\n", "", 3),
])
def test_defects_are_reported_with_position(tmp_path, refs, evidence, expected, line):
    errors = validate_library(write(tmp_path / "r", refs, evidence))
    assert errors, "expected an error"
    assert any(expected in e.message and e.line == line and e.path.endswith(".csv") for e in errors), \
        [str(e) for e in errors]


def test_missing_folder(tmp_path):
    assert "not found" in str(validate_library(tmp_path / "nothing")[0])


def test_readme_counts_match_the_shipped_library():
    import re

    from pipeline.references import load_library

    library = load_library(ROOT / "references")
    readme = (ROOT / "references" / "README.md").read_text(encoding="utf-8")
    stances = {s: sum(e.stance == s for e in library.statements) for s in ("supports", "refutes", "qualifies")}
    line = (f"* {len(library.references)} references, {len(library.statements)} evidence statements "
            f"({stances['supports']} supports, {stances['refutes']} refutes, {stances['qualifies']} qualifies).")
    assert line in readme, re.findall(r"\* \d+ references, .*", readme)


def test_an_optional_aliases_file_teaches_the_library_its_names(tmp_path):
    """aliases.csv (alias, stands_for, note) is optional: a library without it loads as before; with it, each name is
    read with what it stands for, and a name given twice or an empty field is reported with file and line."""
    from pipeline.references import ALIAS_COLUMNS, load_library

    folder = write(tmp_path / "r", f"{REF_HEADER}\n{GOOD_REF}\n", f"{EV_HEADER}\n{GOOD_EV}\n")
    assert load_library(folder).aliases == ()
    header = ",".join(ALIAS_COLUMNS)
    (folder / "aliases.csv").write_text(f"{header}\nZostavax,shingles vaccine,brand\nShingrix,shingles vaccine,\n",
                                        encoding="utf-8")
    assert [(a.alias, a.stands_for) for a in load_library(folder).aliases] == \
        [("Shingrix", "shingles vaccine"), ("Zostavax", "shingles vaccine")]
    (folder / "aliases.csv").write_text(f"{header}\nShingrix,shingles vaccine,\nshingrix,zoster vaccine,\nZostavax,,\n",
                                        encoding="utf-8")
    errors = [(e.message, e.line, e.path.endswith("aliases.csv")) for e in validate_library(folder)]
    assert errors == [("duplicate alias 'shingrix'", 3, True), ("empty 'stands_for'", 4, True)]
