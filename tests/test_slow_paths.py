"""Readings asked per flag or per mention that walk a sentence or the page, read once (quad43). A quotation left open
for hundreds of lines is one sentence: the splicer's and the attributed-quote test's work per
flag must not walk it each time (bench/open_quote.py), and must read what the whole-text reading read."""

from __future__ import annotations

import random
import re

from pipeline.rules.engine import (_LAST_ARTICLE, _LAST_COORDINATED, _LAST_TOKEN, _LAST_WORD, _char_before, _splice,
                                   _tail)

WHOLE = {_LAST_WORD: 1, _LAST_TOKEN: 1, _LAST_COORDINATED: 2, _LAST_ARTICLE: 1}


def _span(match: re.Match[str] | None) -> tuple[int, int] | None:
    return match.span() if match else None


def test_the_splicers_end_searches_from_the_last_words_find_what_the_whole_text_search_finds():
    pieces = ["a", "an", "An", "and", "or", "cells", "Vitamin", "A", "it's", "well-known", ".", ",", "“", "#"]
    blanks = [" ", "  ", "\n", "\t", " \n ", ""]
    chosen = random.Random(43)
    texts = ["", " ", "a ", "an", "x and ", "supports and ", "Take a ", "the A  "]
    for _ in range(3000):
        texts.append("".join(chosen.choice(pieces) + chosen.choice(blanks) for _ in range(chosen.randint(0, 7))))
    for text in texts:
        for pattern, words in WHOLE.items():
            assert _span(pattern.search(text, _tail(text, words))) == _span(pattern.search(text)), (pattern, text)
        for i in range(len(text) + 1):
            assert _char_before(text, i) == text[:i].rstrip()[-1:], (text, i)


def test_a_splice_at_the_end_of_a_long_sentence_mends_its_seams_as_before():
    long = "it cures headaches and nausea " * 400
    text = long + "and it is a miracle for patients."
    start = text.index("miracle")
    assert _splice(text, start, start + 7, "advance") == long + "and it is an advance for patients."
    assert _splice(text, start, start + 7, "<< advance") == long + "and it advance for patients."  # "is a" went
    text = long + "it supports and boosts immunity."
    start = text.index("boosts")
    assert _splice(text, start, start + 6, "supports") == long + "it supports immunity."


def test_a_sentences_attributed_quote_is_read_once(monkeypatch):
    """The rules ask whether a sentence quotes a named speaker once per flag in it (find_flags' `sentence_is`,
    page_sells_or_hypes per flag): `Analysis.attributed_quote` reads each sentence once."""
    import pipeline.rules.sentences as sentences
    from conftest import audit_markdown

    read = sentences.read_attributed_quote
    asked: list[tuple[int, int]] = []

    def counted(analysis, segment):
        asked.append((segment.first, segment.last))
        return read(analysis, segment)

    monkeypatch.setattr(sentences, "read_attributed_quote", counted)
    page = ('"This is a breakthrough, a miracle and a revolutionary cure," said Dr Ana Ruiz of the University of '
            'Leeds.\n\nOur tonic is a miracle cure and a breakthrough. Buy now.')
    audit_markdown(page)
    assert asked and len(asked) == len(set(asked))


def test_a_pages_risks_sized_in_relative_terms_are_read_once_and_keep_an_unsized_risk_elsewhere(monkeypatch):
    """RSK001's `unmeasured_risk` spares a risk lowered with no size on a page that promotes nothing, unless the page
    sizes a risk in relative terms in another paragraph (the unsized headline reports that result): the blocks that do
    are read once per page (`Analysis.risk_sized_blocks`), not once per risk mention."""
    import pipeline.rules.sentences as sentences
    from conftest import audit_markdown

    read = sentences.read_risk_sized_blocks
    asked: list[int] = []

    def counted(analysis):
        asked.append(len(analysis.tokens))
        return read(analysis)

    monkeypatch.setattr(sentences, "read_risk_sized_blocks", counted)
    unsized = ("# Statins\n\nStatins lower the risk of stroke.\n\nExercise lowers the risk of heart disease.\n\n"
               "Blood pressure medicines lower the risk of kidney disease.\n\nTalk to your GP about side effects.")
    assert [f.code for f in audit_markdown(unsized).flags] == []
    assert len(asked) == 1
    sized = unsized.replace("Talk to your GP", "In one large trial, statins lowered the risk of stroke by 25% over "
                                               "five years. Talk to your GP")
    flagged = audit_markdown(sized)
    assert [sized[f.start:f.end] for f in flagged.flags if f.code == "RSK001"] == [
        "lower the risk", "lowers the risk", "lower the risk", "lowered the risk"]
    assert len(asked) == 2


def test_a_cue_over_the_words_and_the_sentences_labels_read_once_read_what_the_walk_read():
    """`_cue_over` (a rule's `unless.overlapping_matches`, `promoted_only`) and `_sentence_allows`' labels read the
    sentence once (`Analysis.cue_cover`, `Analysis.sentence_labels`): the same answers as the walk of its cues per
    flag, for every range of its words, empty ones too."""
    from pipeline.concepts import load_concepts
    from pipeline.ingest import build_source
    from pipeline.nlp import analyse
    from pipeline.rules.engine import _cue_over
    from pipeline.rules.loader import load_rules

    text = ("Quitting is the single most effective way to lower the risk of lung cancer, and people who quit are three "
            "times more likely to stay smoke-free with support. Our clinically tested tonic is a miracle cure, "
            "according to NICE, and may help support healthy digestion.")
    analysis = analyse(build_source("page.txt", text, "txt"))
    label_sets = {rule.unless_overlapping for rule in load_rules() if rule.unless_overlapping} | {
        rule.promoted_only for rule in load_rules() if rule.promoted_only}
    assert label_sets
    compared = 0
    for segment in analysis.segments:
        cues = analysis.of_kind("cue", segment.first, segment.last)
        labels = {m.label for m in cues} | {
            f"{kind}:{name}" for m in analysis.of_kind("concept", segment.first, segment.last)
            for kind, name in (("concept", m.label), ("type", load_concepts()[m.label].type))}
        assert analysis.sentence_labels(segment) == labels
        for wanted in label_sets:
            for first in range(segment.first, segment.last + 1):
                for last in range(first, min(first + 6, segment.last + 1)):
                    walked = any(m.label in wanted and m.first < last and first < m.last for m in cues)
                    assert _cue_over(analysis, segment, first, last, wanted) == walked
                    compared += walked
    assert compared  # some range overlaps a cue
