"""A match, a flag or a claim lies in one block (heading, paragraph, list item): a reviewer reads blocks, a
suppression comment works per block and the report shows a flag in its block (issue 6)."""

from __future__ import annotations

from conftest import shipped_index

from pipeline.audit import audit_source
from pipeline.ingest import build_source
from pipeline.nlp import analyse
from pipeline.rules.loader import load_rules


def _audit(raw: str, kind: str):
    source = build_source(f"page.{kind}", raw, kind)
    return audit_source(analyse(source), shipped_index(), load_rules()), source


def _blocks_of(source, start: int, end: int) -> list[int]:
    return [i for i, b in enumerate(source.blocks) if b.start < end and start < b.end]


def _flags(result, code: str) -> list[str]:
    return [f.text for f in result.flags if f.code == code]


def _assert_in_one_block(result, source) -> None:
    for flag in result.flags:
        assert len(_blocks_of(source, flag.start, flag.end)) == 1, (flag.code, flag.text)
    for claim in result.claims:
        assert len(_blocks_of(source, claim.start, claim.end)) == 1, claim.text


def test_a_headings_last_words_and_the_next_paragraphs_first_are_not_one_flag():
    # "## What the research shows" / "Research shows that …": two AUT001 matches with only a blank line between; the
    # paragraph's is judged in its sentence (a heading's is judged as a heading)
    result, source = _audit("# Colic care\n\n## What the research shows\n\nResearch shows that our adjustments "
                            "calm crying babies within days.\n\nAdd to cart today.\n", "md")
    assert "Research shows" in _flags(result, "AUT001"), _flags(result, "AUT001")
    _assert_in_one_block(result, source)


def test_a_paragraphs_last_words_and_the_next_paragraphs_first_are_two_flags():
    result, source = _audit("Our clinic has helped thousands of parents, and the research shows\n\nResearch shows "
                            "that our adjustments calm crying babies within days.\n\nAdd to cart today.\n", "txt")
    assert _flags(result, "AUT001") == ["research shows", "Research shows"], _flags(result, "AUT001")
    _assert_in_one_block(result, source)


def test_two_list_items_are_two_flags():
    result, source = _audit("What you can expect:\n\n- Clearer skin\n- More energy\n- Fewer cravings\n\n"
                            "Add to cart today.\n", "md")
    texts = _flags(result, "CMP001")
    assert "Clearer skin" in texts and "More energy" in texts and not any(" " in t and "More" in t and "skin" in t
                                                                           for t in texts), texts
    _assert_in_one_block(result, source)


def test_matches_of_one_rule_side_by_side_in_a_sentence_stay_one_flag():
    # must keep merging: two AUT001 phrases with only a blank between them, in one paragraph, are one phrase
    result, _ = _audit("Our clinic has helped thousands of parents, and the research shows research shows that our "
                       "adjustments calm crying babies within days.\n\nAdd to cart today.\n", "txt")
    assert _flags(result, "AUT001") == ["research shows research shows"], _flags(result, "AUT001")


def test_a_phrase_does_not_read_on_from_a_heading_into_the_paragraph_after_it():
    # in HTML the blocks meet with no line break between them (the tags are blanked to spaces): "clinically" ending
    # the heading and "proven" opening the paragraph are not "clinically proven"
    split = ("<html><body><h2>Our results are clinically</h2>"
             "<p>proven to reduce pain in every patient.</p></body></html>")
    analysis = analyse(build_source("page.html", split, "html"))
    crossing = [m for m in analysis.mentions if (a := analysis.segment_at(m.first))
                and (b := analysis.segment_at(m.last - 1)) and a.block != b.block]
    assert not crossing, [(m.kind, m.label, analysis.source.text[m.start:m.end]) for m in crossing]
    result, source = _audit(split, "html")
    assert "clinically proven" not in " ".join(f.text for f in result.flags), [f.text for f in result.flags]
    _assert_in_one_block(result, source)


def test_a_phrase_inside_one_html_block_still_matches():
    result, _ = _audit("<html><body><h2>Our results</h2><p>Our results are clinically proven to reduce pain in every "
                       "patient.</p></body></html>", "html")
    assert any(f.code == "AUT004" and f.text.startswith("clinically proven") for f in result.flags), \
        [(f.code, f.text) for f in result.flags]
