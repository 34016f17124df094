"""The in_safety_section sentence test (pipeline/rules/sentences.py): a sentence under a heading of harms or safe use,
read through the analysis's heading index (`Analysis.headings`)."""

from __future__ import annotations

from pipeline.ingest import build_source
from pipeline.nlp import analyse
from pipeline.rules.sentences import is_in_safety_section


def _in_safety_section(markdown: str) -> dict[str, bool]:
    analysis = analyse(build_source("page.md", markdown, "md"))
    return {analysis.text_of(s.first, s.last): is_in_safety_section(analysis, s) for s in analysis.segments}


def test_a_sentence_under_a_safety_heading_is_in_its_section_and_one_under_the_next_heading_is_not():
    found = _in_safety_section("# Magnesium spray\n\n## Safety\n\nThe tingling goes away after a few minutes.\n\n"
                               "## Results\n\nThe cramps go away in a week.\n")
    assert found["The tingling goes away after a few minutes."]
    assert not found["The cramps go away in a week."]


def test_a_safety_heading_is_not_in_its_own_section_and_a_byline_under_it_does_not_end_it():
    found = _in_safety_section("# Magnesium spray\n\n## Side effects\n\n## By Phil White\n\nThe tingling goes away "
                               "after a few minutes.\n")
    assert not found["Side effects"]
    assert found["The tingling goes away after a few minutes."]
