"""Sections that make no claims: the entries of a reference list, however sparse, and only those."""

from __future__ import annotations

import pytest

from pipeline.claims import extract_claims
from pipeline.ingest import build_source
from pipeline.nlp import analyse


def claim_texts(markdown: str) -> list[str]:
    return [c.text for c in extract_claims(analyse(build_source("page.md", markdown, "md")))]


@pytest.mark.parametrize("entry", [
    "NIH. Vitamin D supplements prevent colds in children. 2023.",  # no authors, volume or DOI
    "Mayo Clinic. Statins lower heart attack risk, 2022.",
    "Office of Dietary Supplements. Vitamin D protects bones. Updated June 2024.",
    "Harvard Health. Statins cut the risk of stroke. https://www.health.harvard.edu/statins",  # a link, no year
])
def test_a_sparse_reference_entry_is_no_claim(entry):
    found = claim_texts(f"# Vitamin D\n\nVitamin D supplements reduce bone loss in older adults.\n\n"
                        f"## References\n\n1. {entry}\n")
    assert found == ["Vitamin D supplements reduce bone loss in older adults"]


def test_a_claim_with_a_year_under_notes_stays():
    found = claim_texts("# Statins\n\n## Notes\n\nIn 2019 statins lowered LDL cholesterol by 30% in a large trial.\n")
    assert found and "lowered LDL cholesterol" in found[0]


def test_a_line_that_dates_the_page_is_no_claim():
    from pipeline.sections import is_page_date

    assert is_page_date("Last reviewed: January 2025") and is_page_date("Page updated 3 March 2024")
    assert not is_page_date("A trial published in 2019 found that statins lower LDL cholesterol in adults.")
    assert not is_page_date("Trial results published in 2024 show benefit.")  # short, but a finding
    assert not is_page_date("Guidelines revised in 2023 now recommend statins.")


def test_a_missing_key_in_the_sections_lexicon_is_a_data_error(monkeypatch):
    import pytest

    from pipeline import sections
    from pipeline.errors import DataError

    read = sections.read_lexicon
    monkeypatch.setattr(sections, "read_lexicon",
                        lambda path, keys: {k: v for k, v in read(path, keys).items() if k != "access_words"})
    sections._lexicon.cache_clear()
    try:
        with pytest.raises(DataError, match="missing keys"):
            sections._lexicon()
    finally:
        sections._lexicon.cache_clear()
