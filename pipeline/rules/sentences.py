"""Named tests of a whole sentence that a rule's `unless.sentence_is` may name ("past_report").

A test reads the sentence's tokens and the cues the matcher already found: it adds no cue of its own, so it costs
the matcher nothing and hides no words from the claim stage. The tests are code, like the rule types; which rule
uses which is data (the rule packs), and their word lists are data too (pipeline/lexicons/sentences.yml).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable

from pipeline.clauses import irregular_past_forms
from pipeline.nlp import Analysis, Segment
from pipeline.patterns import read_lexicon, verb_lemmas


@lru_cache(maxsize=1)
def load_report_words() -> dict[str, frozenset[str]]:
    """The word lists of lexicons/sentences.yml, lower-cased."""
    data = read_lexicon("lexicons/sentences.yml", {"present_or_modal", "past_auxiliaries", "people", "cure_words"})
    return {key: frozenset(str(word).lower() for word in words) for key, words in data.items()}


def is_past_report(analysis: Analysis, segment: Segment) -> bool:
    """The sentence reports, in the past tense, what was seen and nothing more: every effect word (a
    `strength:causal` cue) is a past form ("In rats, the extract lowered blood sugar"; "was effective"), none after
    a present or modal auxiliary ("has reduced", "can help", "is reduced"), no people are named ("…, offering
    hope to patients") and no cure is told ("cured diabetes": the disease patients have). A present or modal
    effect word carries the finding beyond the study ("which means it can help people with diabetes")."""
    words = load_report_words()
    tokens = analysis.tokens
    if any(tokens[i].lower in words["people"] or tokens[i].lemma in words["cure_words"]
           for i in range(segment.first, segment.last)):
        return False
    effects = [m for m in analysis.of_kind("cue", segment.first, segment.last) if m.label == "strength:causal"]
    if not effects:
        return False
    for effect in effects:
        before = [tokens[i].lower for i in range(max(segment.first, effect.first - 2), effect.first)]
        if any(word in words["present_or_modal"] for word in before):
            return False
        past_verb = any(_past_form(tokens[i]) for i in range(effect.first, effect.last))
        if not past_verb and not (before and before[-1] in words["past_auxiliaries"]):
            return False
    return True


def _past_form(token) -> bool:
    """A past tense or participle: "lowered", "killed" (a regular form of a known verb), "shrank", "led"."""
    return token.lower in irregular_past_forms() or (
        token.lower.endswith("ed") and token.lemma != token.lower and token.lemma in verb_lemmas())


def is_running_text(analysis: Analysis, segment: Segment) -> bool:
    """The segment is a sentence of running text, not a heading, a list label ("1. Improved circulation: …") or a
    table cell: a rule on what a headline announces names `running_text` in `unless.sentence_is`."""
    return segment.kind == "sentence"


SENTENCE_TESTS: dict[str, Callable[[Analysis, Segment], bool]] = {"past_report": is_past_report,
                                                                   "running_text": is_running_text}
