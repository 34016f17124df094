"""Sections of an article that make no claims of their own: a reference list names its sources' titles ("Vitamin D
supplementation to prevent acute respiratory tract infections …"), it asserts nothing, and its wording is theirs.
The section runs from a reference heading (lexicons/sections.yml) to the next heading."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.nlp import Analysis, Segment
from pipeline.patterns import read_lexicon


def reference_segments(analysis: Analysis) -> frozenset[Segment]:
    """The segments under a reference heading ("References", "2. Sources:", "Further reading")."""
    found, inside = set(), False
    for segment in analysis.segments:
        if segment.kind == "heading":
            inside = _is_reference_heading(analysis.text_of(segment.first, segment.last))
        elif inside:
            found.add(segment)
    return frozenset(found)


def _is_reference_heading(text: str) -> bool:
    return re.sub(r"^[\d.\s]+|[:.\s]+$", "", text).lower() in load_reference_headings()


@lru_cache(maxsize=1)
def load_reference_headings() -> frozenset[str]:
    """pipeline/lexicons/sections.yml: the headings of reference lists, lower-cased."""
    data = read_lexicon("lexicons/sections.yml", {"reference_headings"})
    return frozenset(str(heading).lower() for heading in data["reference_headings"])
