"""`refs import`: RIS / BibTeX / MEDLINE fixtures are parsed, de-duplicated by DOI/PMID and written as a valid library.

Every fixture record is invented (DOIs 10.9999/fake.*, PMIDs 9999xxxx, titles marked [FAKE TEST RECORD])."""

from __future__ import annotations

import csv
import datetime
import shutil
from pathlib import Path

import pytest

from pipeline.errors import DataError
from pipeline.importers import (NOT_CHECKED, TYPE_NEEDS_REVIEW, ImportedReference, base_id, format_citation,
                                import_references, medline_type, merge_references, read_citations, slug)
from pipeline.references import REFERENCE_COLUMNS, validate_library

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "importers"
TODAY = "2026-11-22"


def by_title_word(refs, word):
    return next(r for r in refs if word in r.title)


@pytest.fixture
def library(tmp_path) -> Path:
    """A temporary copy of the two-row fixture library (DOI 10.9999/fake.001 + PMID 99990001; PMID 99990002)."""
    folder = tmp_path / "references"
    shutil.copytree(FIXTURES / "library", folder)
    return folder


def read_rows(folder: Path) -> list[dict]:
    with open(folder / "references.csv", encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


# ------------------------------------------------------------------------------------------------------- parsing

def test_zotero_ris_fields():
    refs = read_citations(FIXTURES / "zotero.ris")
    assert [r.line for r in refs] == [1, 25, 33, 40]
    first = refs[0]
    assert first.title.startswith("A randomized fixture trial")
    assert first.authors[:2] == ("Müller AL", "Fakename JR") and len(first.authors) == 8
    assert (first.journal, first.year, first.volume, first.issue, first.pages) == (
        "Journal of Fake Medicine", "2021", "12", "3", "101-109")
    assert first.doi == "10.9999/fake.101" and first.pmid == "" and first.url == "https://example.org/fake/101"
    assert first.citation == ("Müller AL, Fakename JR, Testperson C, Placeholder D, Sample E, Mock F, et al. "
                              "A randomized fixture trial of placebo tablets in imaginary myeloma [FAKE TEST RECORD]. "
                              "Journal of Fake Medicine 2021;12(3):101-109.")
    # "randomized" in a title does not make an RCT: RIS types say nothing about design
    assert first.type == "review" and TYPE_NEEDS_REVIEW in first.type_note and "JOUR" in first.type_note
    assert refs[1].doi == "10.9999/FAKE.001"          # resolver prefix stripped, case kept for display
    assert refs[2].authors == ("Fake Patient Information Service",) and refs[2].first_author_last == "FPIS"


def test_endnote_ris_fields():
    refs = read_citations(FIXTURES / "endnote.ris")
    first = refs[0]
    assert first.authors == ("Fakename AB", "Testperson C")
    assert first.title.startswith("Imaginary cohort of fixture patients")
    assert (first.journal, first.year, first.volume, first.issue, first.pages) == ("Fixture Oncol", "2019", "7",
                                                                                    "2", "55-63")
    assert first.pmid == "99990003"                   # bare AN from a record whose database is PubMed
    assert refs[1].pmid == "99990002"                 # "PMID: n" label in C7
    assert refs[2].doi == "10.9999/fake.200" and refs[3].doi == "10.9999/FAKE.200"


def test_ris_bare_accession_number_is_not_a_pmid_without_pubmed_database(tmp_path):
    path = tmp_path / "other.ris"
    path.write_text("TY  - JOUR\nTI  - X [FAKE TEST RECORD]\nPY  - 2020\nAN  - 12345678\nDB  - Embase\nER  - \n",
                    encoding="utf-8")
    assert read_citations(path)[0].pmid == ""


def test_ris_crlf_and_byte_order_mark(tmp_path):
    text = (FIXTURES / "endnote.ris").read_text(encoding="utf-8").replace("\n", "\r\n")
    path = tmp_path / "windows.ris"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    expected = [ImportedReference(**{**r.__dict__, "source": "windows.ris"})
                for r in read_citations(FIXTURES / "endnote.ris")]
    assert read_citations(path) == expected


def test_bibtex_with_pubmed_eprint():
    refs = read_citations(FIXTURES / "pubmed_eprint.bib")
    article, misc = refs
    assert article.line == 2
    assert article.authors == ("Müller J", "Fakename A", "et al.") and article.first_author_last == "Müller"
    assert article.title == "BCMA-directed fixture therapy in an imaginary cohort [FAKE TEST RECORD]"
    assert (article.journal, article.year, article.volume, article.issue, article.pages) == (
        "Journal of Fake Medicine", "2023", "15", "4", "12-19")
    assert article.doi == "10.9999/fake._301" and article.pmid == "99990004"
    assert article.citation.startswith("Müller J, Fakename A, et al. BCMA-directed")
    assert misc.authors == ("Fixture Health Organization",) and misc.url == "https://example.org/fake/guideline"
    assert misc.type == "review" and "@misc" in misc.type_note


def test_pubmed_nbib_two_records():
    rct, phase2 = read_citations(FIXTURES / "two_records.nbib")
    assert (rct.line, phase2.line) == (1, 26)
    assert rct.pmid == "99990006" and rct.doi == "10.9999/fake.401"
    assert rct.title.startswith("Fixture drug versus placebo in imaginary relapsed myeloma: a phase 3 randomised")
    assert rct.authors == ("Fakename A", "Testperson BC") and rct.first_author_last == "Fakename"
    assert (rct.journal, rct.year, rct.volume, rct.issue, rct.pages) == ("J Fake Med", "2022", "16", "1",
                                                                          "e101-e110")
    assert rct.type == "rct" and rct.type_note == ""
    assert phase2.type == "single_arm_trial" and TYPE_NEEDS_REVIEW in phase2.type_note
    assert phase2.doi == "" and phase2.citation.endswith("Fixture Oncol 2021;8:1-9.")


def test_medline_with_au_only_and_doi_only_in_lid(tmp_path):
    path = tmp_path / "short.txt"
    path.write_text("PMID- 99990009\nTI  - Short record [FAKE TEST RECORD].\nDP  - 2019 Dec\nAU  - Doe J\n"
                    "LID - 10.9999/fake.901 [doi]\nPT  - Case Reports\nTA  - J Fake Med\n", encoding="utf-8")
    (ref,) = read_citations(path)
    assert ref.authors == ("Doe J",) and ref.first_author_last == "Doe"
    assert ref.doi == "10.9999/fake.901" and ref.type == "case_series" and ref.year == "2019"


@pytest.mark.parametrize("publication_types, expected", [
    (["Journal Article", "Randomized Controlled Trial"], "rct"),
    (["Clinical Trial, Phase II", "Randomized Controlled Trial"], "rct"),
    (["Clinical Trial, Phase II", "Journal Article"], "single_arm_trial"),
    (["Clinical Trial, Phase I", "Controlled Clinical Trial"], "review"),      # has a control arm: not single-arm
    (["Clinical Trial, Phase III"], "review"),                                 # design not stated: needs review
    (["Meta-Analysis", "Randomized Controlled Trial"], "systematic_review"),
    (["Systematic Review", "Review"], "systematic_review"),
    (["Practice Guideline"], "guideline"),
    (["Guideline"], "guideline"),
    (["Review", "Journal Article"], "review"),
    (["Case Reports"], "case_series"),
    (["Observational Study"], "cohort"),
    (["Journal Article"], "review"),
])
def test_medline_publication_type_mapping(publication_types, expected):
    ref_type, note = medline_type(publication_types)
    assert ref_type == expected
    if expected == "review" and "Review" not in publication_types:
        assert TYPE_NEEDS_REVIEW in note


@pytest.mark.parametrize("name, message, line", [
    ("no_er.ris", "no end tag 'ER", 7),
    ("broken_braces.bib", "BibTeX entry could not be parsed", 7),
    ("no_pmid.nbib", "no PMID", 6),
    ("empty.ris", "empty", None),
    ("binary.ris", "binary file", 3),
])
def test_malformed_files_name_file_and_line(name, message, line):
    with pytest.raises(DataError) as caught:
        read_citations(FIXTURES / name)
    assert message in caught.value.message
    assert caught.value.path.endswith(name)
    assert caught.value.line == line


@pytest.mark.parametrize("name, content, message, line", [
    ("a.ris", "TY  - JOUR\nTI  - A\nTY  - JOUR\nTI  - B\nER  - \n", "before the next record (line 3)", 1),
    ("b.ris", "TI  - orphan\nER  - \n", "outside a record", 1),
    ("c.ris", "just some words\n", "no RIS records", 1),
    ("d.bib", "@article{a, title={A}, year={2020}}\n@article{a, title={B}, year={2021}}\n", "duplicate BibTeX key", 2),
    ("e.bib", "not bibtex at all\n", "no BibTeX entries", 1),
    ("f.nbib", "PMID- 99990010\nDP  - 2020\n", "no title", 1),
    ("g.nbib", "PMID- 99990011\nTI  - A.\nthis line is not medline\n", "not a MEDLINE line", 3),
    ("h.nbib", "PMID- 99990012\nTI  - A.\nPMID- 99990013\nTI  - B.\n", "two PMID lines", 1),
    ("i.nbib", "PMID- 12ab\nTI  - A.\n", "could not be parsed", 1),
    ("j.csv", "id,title\n1,x\n", "unknown citation format", 1),
    ("k.ris", "TY  - JOUR\nTI  - caf\xe9\nER  - \n", "invalid UTF-8", 2),
])
def test_more_malformed_inputs(tmp_path, name, content, message, line):
    path = tmp_path / name
    path.write_bytes(content.encode("latin-1") if name == "k.ris" else content.encode("utf-8"))
    with pytest.raises(DataError) as caught:
        read_citations(path)
    assert message in caught.value.message and caught.value.line == line


def test_missing_file():
    with pytest.raises(DataError, match="not found"):
        read_citations(FIXTURES / "nope.ris")


# ------------------------------------------------------------------------------------------------ ids and citations

def test_ids_are_ascii_slugs_and_unique():
    ref = ImportedReference(source="x.ris", line=1, authors=("Øster-Müller ÅB",), first_author_last="Øster-Müller",
                            title="The efficacy of fixture tablets", journal="J Fake Med", year="2020")
    assert slug("Øster-Müller") == "ostermuller"
    assert base_id(ref) == "ostermuller2020-efficacy"
    copies = [ImportedReference(**{**ref.__dict__, "line": n, "doi": f"10.9999/fake.{n}"}) for n in (1, 9, 19)]
    rows, report = merge_references([{"id": "ostermuller2020-efficacy-2"}], copies, TODAY)
    assert [a.id for a in report.added] == ["ostermuller2020-efficacy", "ostermuller2020-efficacy-3",
                                            "ostermuller2020-efficacy-4"]


def test_entry_without_doi_pmid_or_url_is_skipped():
    ref = ImportedReference(source="x.ris", line=3, authors=("Doe J",), title="T [FAKE TEST RECORD]", journal="",
                            year="2020")
    rows, report = merge_references([], [ref], TODAY)
    assert rows == [] and report.skipped[0].entry == "x.ris:3" and "doi, pmid, url" in report.skipped[0].reason


def test_citation_without_optional_parts():
    ref = ImportedReference(source="x", line=1, authors=(), title="Why? [FAKE TEST RECORD]", journal="", year="2020")
    assert format_citation(ref) == "Why? [FAKE TEST RECORD]. 2020."


# ---------------------------------------------------------------------------------------------------------- merge

def test_merge_reports_duplicates_against_library_and_within_file(library):
    existing = read_rows(library)
    imported = read_citations(FIXTURES / "zotero.ris") + read_citations(FIXTURES / "endnote.ris")
    rows, report = merge_references(existing, imported, TODAY)
    dups = {(d.entry, d.of, d.key.split()[0], d.in_file) for d in report.duplicates}
    assert dups == {
        ("zotero.ris:25", "fakename2020-fixture", "DOI", False),     # https://doi.org/10.9999/FAKE.001
        ("endnote.ris:18", "testperson2018-fixture", "PMID", False),  # PMID 99990002
        ("endnote.ris:36", "dummy2021-record", "DOI", True),          # doi:10.9999/FAKE.200 twice in one file
    }
    assert [s.entry for s in report.skipped] == ["zotero.ris:40"]     # DOI 'not-a-doi'
    assert "not a bare DOI" in report.skipped[0].reason
    added = {a.id for a in report.added}
    assert added == {"muller2021-randomized", "fpis2024-fixture", "fakename2019-imaginary", "dummy2021-record"}
    ids = [r["id"] for r in rows]
    assert ids == sorted(ids) and len(ids) == len(set(ids)) == 2 + 4
    assert all(list(r) == list(REFERENCE_COLUMNS) for r in rows)
    dois = [r["doi"].lower() for r in rows if r["doi"]]
    assert len(dois) == len(set(dois))
    new = next(r for r in rows if r["id"] == "muller2021-randomized")
    assert new["type"] == "review" and new["evidence_level"] == "5" and new["checked_on"] == TODAY
    assert new["url"] == "https://doi.org/10.9999/fake.101"
    assert new["checked_how"].startswith(f"imported from zotero.ris (record at line 1); {NOT_CHECKED}")
    assert TYPE_NEEDS_REVIEW in new["checked_how"]


def test_merge_rows_from_medline_get_levels_from_type():
    rows, report = merge_references([], read_citations(FIXTURES / "two_records.nbib"), datetime.date(2026, 11, 22))
    levels = {r["id"]: (r["type"], r["evidence_level"], r["pmid"], r["checked_on"]) for r in rows}
    assert levels == {"fakename2022-fixture": ("rct", "2", "99990006", TODAY),
                      "sample2021-single": ("single_arm_trial", "3", "99990007", TODAY)}
    assert next(r for r in rows if r["pmid"] == "99990007")["url"] == "https://pubmed.ncbi.nlm.nih.gov/99990007/"


def test_merge_rejects_bad_checked_on():
    with pytest.raises(DataError, match="checked_on"):
        merge_references([], [], "22/11/2026")


# --------------------------------------------------------------------------------------------------------- import

@pytest.mark.parametrize("name, added", [("zotero.ris", 2), ("endnote.ris", 2), ("pubmed_eprint.bib", 2),
                                         ("two_records.nbib", 2)])
def test_import_writes_a_valid_library(library, name, added):
    report = import_references(FIXTURES / name, library, TODAY)
    assert len(report.added) == added and report.written
    assert validate_library(library) == []
    text = (library / "references.csv").read_text(encoding="utf-8")
    assert "\r" not in text and text.endswith("\n")     # the fixture library uses LF
    assert text.splitlines()[0] == ",".join(REFERENCE_COLUMNS)
    rows = read_rows(library)
    assert len(rows) == 2 + added
    assert [r["id"] for r in rows] == sorted(r["id"] for r in rows)
    assert not list(library.glob(".references.csv.*"))   # no temporary file left behind


def test_import_reports_duplicates_and_skips_and_is_idempotent(library):
    report = import_references(FIXTURES / "zotero.ris", library, TODAY)
    assert (len(report.added), len(report.duplicates), len(report.skipped), report.records) == (2, 1, 1, 4)
    assert report.duplicates[0].of == "fakename2020-fixture"
    summary = report.summary()
    assert "4 records: 2 added, 1 duplicate, 1 skipped" in summary
    assert "already existing reference fakename2020-fixture" in summary and "not a bare DOI" in summary
    before = (library / "references.csv").read_bytes()
    again = import_references(FIXTURES / "zotero.ris", library, TODAY)
    assert (len(again.added), len(again.duplicates), again.written) == (0, 3, False)
    assert (library / "references.csv").read_bytes() == before


@pytest.mark.parametrize("ending", ["\n", "\r\n"])
def test_import_keeps_existing_rows_and_line_ending_byte_for_byte(library, ending):
    path = library / "references.csv"
    path.write_bytes(path.read_bytes().replace(b"\r\n", b"\n").replace(b"\n", ending.encode()))
    before = path.read_bytes().split(ending.encode())
    import_references(FIXTURES / "two_records.nbib", library, TODAY)
    after = path.read_bytes().split(ending.encode())
    assert set(before) <= set(after) and len(after) == len(before) + 2   # only the two new rows differ
    assert path.read_bytes().count(b"\n") == path.read_bytes().count(ending.encode())
    assert validate_library(library) == []


def test_import_into_a_copy_of_the_shipped_library(tmp_path):
    shipped = Path(__file__).resolve().parent.parent / "references"
    folder = tmp_path / "references"
    shutil.copytree(shipped, folder)
    before = (folder / "references.csv").read_bytes()
    report = import_references(FIXTURES / "two_records.nbib", folder, TODAY)
    assert len(report.added) == 2 and validate_library(folder) == []
    old_lines = set(before.splitlines(keepends=True))
    assert old_lines <= set((folder / "references.csv").read_bytes().splitlines(keepends=True))


def test_dry_run_writes_nothing(library):
    before = (library / "references.csv").read_bytes()
    report = import_references(FIXTURES / "endnote.ris", library, TODAY, dry_run=True)
    assert len(report.added) == 2 and not report.written
    assert (library / "references.csv").read_bytes() == before


def test_retracted_medline_record_is_skipped(library, tmp_path):
    path = tmp_path / "retracted.nbib"
    path.write_text("PMID- 99990014\nTI  - Retracted fixture [FAKE TEST RECORD].\nDP  - 2015\nAU  - Doe J\n"
                    "PT  - Journal Article\nPT  - Retracted Publication\nTA  - J Fake Med\n", encoding="utf-8")
    report = import_references(path, library, TODAY)
    assert not report.added and "retracted" in report.skipped[0].reason and not report.written


def test_import_refuses_an_invalid_library(library):
    with open(library / "references.csv", "a", encoding="utf-8") as stream:
        stream.write("broken-row,rct,x,2020,doi:bad,,,2,2026-01-01,seen\n")
    before = (library / "references.csv").read_bytes()
    with pytest.raises(DataError, match="fix them first"):
        import_references(FIXTURES / "two_records.nbib", library, TODAY)
    assert (library / "references.csv").read_bytes() == before


def test_import_malformed_file_changes_nothing(library):
    before = (library / "references.csv").read_bytes()
    with pytest.raises(DataError):
        import_references(FIXTURES / "no_er.ris", library, TODAY)
    assert (library / "references.csv").read_bytes() == before


def test_import_needs_references_csv(tmp_path):
    with pytest.raises(DataError, match="references.csv not found"):
        import_references(FIXTURES / "zotero.ris", tmp_path, TODAY)
