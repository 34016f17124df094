"""Mention, not use: wording an article names as a warning sign is not flagged (pipeline/rules/mentions.py)."""

from __future__ import annotations

from pipeline.audit import audit_source
from pipeline.ingest import build_source
from pipeline.nlp import analyse
from pipeline.rules.loader import load_rules
from pipeline.rules.mentions import find_mentioned, is_mentioned
from conftest import shipped_index

ITEMS = "- A miracle pill that cures arthritis overnight.\n- Results guaranteed for everyone.\n"


def _codes(markdown: str) -> list[str]:
    analysis = analyse(build_source("page.md", markdown, "md"))
    return sorted(f.code for f in audit_source(analysis, shipped_index(), load_rules()).flags)


def test_items_under_a_lead_in_naming_red_flags_are_mentions():
    assert _codes("# Our product\n\nIt helps.\n\n" + ITEMS)  # the same items, asserted: flagged
    assert not _codes("# Spotting health fraud\n\nWatch out for these red flags in ads:\n\n" + ITEMS)


def test_items_under_a_warning_heading_are_mentions():
    assert not _codes("# Health products\n\n## Warning signs of a scam\n\n" + ITEMS)


def test_a_quotation_given_to_a_speaker_stays_a_use():
    text = "\u201cThis tea cured my diabetes,\u201d says one customer. Words like \u201cmiracle\u201d are red flags."
    analysis = analyse(build_source("page.txt", text, "txt"))
    ranges = find_mentioned(analysis)
    cured = text.index("cured")
    miracle = text.index("miracle")
    assert not is_mentioned(ranges, cured, cured + 5)
    assert is_mentioned(ranges, miracle, miracle + 7)


def test_unframed_quotation_marks_are_emphasis_and_a_distanced_quotation_a_mention():
    """On a seller's page quotation marks stress the wording ('our "miracle cure"'), which stays flagged; 'so-called'
    or 'words like' before them hold it at a distance."""
    assert {"CUR001", "CUR002"} <= set(_codes('Our supplement is a "miracle cure" for arthritis.'))
    assert not {"CUR001", "CUR002"} & set(_codes('Be sceptical of so-called "miracle cures" for arthritis.'))


def test_an_inch_mark_opens_no_quotation():
    text = 'Grate 2" of root. Ginger cures nausea in everyone. Buy "Ginger Plus" today.'
    ranges = find_mentioned(analyse(build_source("page.txt", text, "txt")))
    cures = text.index("cures")
    assert not is_mentioned(ranges, cures, cures + 5)


def test_the_warning_signs_of_a_disease_are_symptoms_not_a_frame():
    assert "ABS003" in _codes("Warning signs of a stroke include sudden weakness, and treatment guarantees full "
                              "recovery.")


def test_a_quoted_word_that_a_sentence_is_about_is_named():
    """'"safe" is relative' speaks of the word; 'our "safe" formula' uses it."""
    assert "SAF002" not in _codes("Vaccines carry small risks. The fuller answer is that 'safe' is relative.")
    assert "SAF002" not in _codes('"Natural" doesn\'t mean safe, and "safe" is a word regulators watch.')
    assert "SAF002" in _codes('Our "safe" formula suits the whole family.')
