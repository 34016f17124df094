"""Sections of an article that make no claims of their own: a reference list names its sources' titles ("Vitamin D
supplementation to prevent acute respiratory tract infections …"), it asserts nothing, and its wording is theirs.
The section runs from a reference heading (lexicons/sections.yml) to the next heading."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.nlp import Analysis, Segment
from pipeline.patterns import read_lexicon


def reference_segments(analysis: Analysis) -> frozenset[Segment]:
    """The entries of a reference list: under a reference heading ("References", "2. Sources:", "Further
    reading"), the segments of an entry that reads as a citation (a year with an author list, a DOI, a PMID, a link
    or a volume and pages); a heading such as "Notes" may hold claims, which stay."""
    found, inside = set(), False
    for segment in analysis.segments:
        if segment.kind == "heading":
            inside = _is_reference_heading(analysis.text_of(segment.first, segment.last))
        elif inside and _reads_as_citation(_block_text(analysis, segment)):
            found.add(segment)
    return frozenset(found)


# What a citation has and a claim has not: "et al.", a DOI or PMID, a link, "2017;356:i6583", "25(4):625-638".
CITATION_MARKS = re.compile(r"\bet al\b|\bdoi\b|\bpmid\b|https?://|www\.|\b\d+\s*[;:(]\s*\d+", re.I)
YEAR = re.compile(r"\b(19|20)\d{2}\b")


def _block_text(analysis: Analysis, segment: Segment) -> str:
    """The whole entry (list item or paragraph) a segment belongs to: a citation is cut into several sentences."""
    if 0 <= segment.block < len(analysis.source.blocks):
        block = analysis.source.blocks[segment.block]
        return analysis.source.text[block.start:block.end]
    return analysis.source.text[segment.start:segment.end]


def _reads_as_citation(text: str) -> bool:
    return bool(YEAR.search(text) and CITATION_MARKS.search(text))


def _is_reference_heading(text: str) -> bool:
    return re.sub(r"^[\d.\s]+|[:.\s]+$", "", text).lower() in load_reference_headings()


@lru_cache(maxsize=1)
def load_reference_headings() -> frozenset[str]:
    """pipeline/lexicons/sections.yml: the headings of reference lists, lower-cased."""
    data = read_lexicon("lexicons/sections.yml", {"reference_headings"})
    return frozenset(str(heading).lower() for heading in data["reference_headings"])
