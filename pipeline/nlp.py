"""Build the spaCy pipeline and turn a Source into a plain Analysis; the one place spaCy objects live.

The default pipeline is rule-based on `spacy.blank("en")`: a lemma lookup from spacy-lookups-data, sentence
segmentation from the document's blocks, one Matcher/PhraseMatcher pass for concepts, cues and rule patterns,
and ConText modifiers (negation, hedging, boosting). No trained model is needed or downloaded.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from pipeline.errors import DataError
from pipeline.models import Source


_RUNS = re.compile(r"\s+|\S+")


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    lower: str
    lemma: str
    is_space: bool
    is_punct: bool
    like_num: bool


@dataclass(frozen=True)
class Segment:
    """A sentence, heading, list-item label or table cell: token range [first, last) and char offsets."""

    first: int
    last: int
    start: int
    end: int
    kind: str  # sentence | heading | label | cell
    block: int  # index of the block it belongs to


@dataclass(frozen=True)
class Mention:
    """A pattern match: a concept, a cue, a rule pattern or a context trigger."""

    first: int
    last: int
    start: int
    end: int
    kind: str  # concept | cue | rule | context
    label: str  # concept id, cue name, rule code or context category


@dataclass(frozen=True)
class Modifier:
    """A ConText trigger and the token range it modifies (within one segment)."""

    category: str  # NEGATED | HEDGED | BOOSTED | HYPOTHETICAL
    trigger: Mention
    scope_first: int
    scope_last: int

    def covers(self, first: int, last: int) -> bool:
        overlaps_trigger = first < self.trigger.last and self.trigger.first < last
        return not overlaps_trigger and self.scope_first <= first < self.scope_last


@dataclass(frozen=True)
class Analysis:
    source: Source
    tokens: tuple[Token, ...]
    segments: tuple[Segment, ...]
    mentions: tuple[Mention, ...]
    modifiers: tuple[Modifier, ...]

    def of_kind(self, kind: str, first: int = 0, last: int | None = None) -> list[Mention]:
        last = len(self.tokens) if last is None else last
        return [m for m in self.mentions if m.kind == kind and first <= m.first and m.last <= last]

    def modifiers_on(self, first: int, last: int) -> list[Modifier]:
        """Modifiers whose scope reaches a token of [first, last)."""
        return [m for m in self.modifiers if any(m.covers(i, i + 1) for i in range(first, last))]

    def negates(self, modifier: Modifier) -> bool:
        """A negation that changes polarity: not one inside a concept that already means it ("does not respond"
        is the concept refractory)."""
        return modifier.category == "NEGATED" and not any(
            c.first <= modifier.trigger.first and modifier.trigger.last <= c.last for c in self.of_kind("concept"))

    def pseudo(self, mention: Mention) -> bool:
        """True when a pseudo-trigger ("not only", "no doubt") contains the mention's first token."""
        return any(m.label.startswith("PSEUDO:") and m.first <= mention.first < m.last
                   for m in self.mentions if m.kind == "context")

    def text_of(self, first: int, last: int) -> str:
        if first >= last:
            return ""
        return " ".join(self.source.text[self.tokens[first].start:self.tokens[last - 1].end].split())


@lru_cache(maxsize=4)
def build_language(model: str | None = None):
    """The spaCy Language: blank English plus our components; `model` names an installed trained pipeline."""
    import spacy

    from pipeline.components import register  # noqa: F401 (registers the factories)

    if model:
        try:
            nlp = spacy.load(model, exclude=["ner", "lemmatizer"])
        except OSError:
            raise DataError(f"spaCy pipeline {model!r} is not installed (pip install it, or remove "
                            f"[tool.claimaudit] model to use the rule-based default)") from None
    else:
        nlp = spacy.blank("en")
    nlp.max_length = 10**8  # the size limit is ours (Config.max_chars), checked when a source is read
    nlp.add_pipe("claimaudit_lemmas", first=True)
    nlp.add_pipe("claimaudit_segments")
    nlp.add_pipe("claimaudit_matches")
    nlp.add_pipe("claimaudit_context")
    return nlp


def analyse(source: Source, model: str | None = None) -> Analysis:
    """Run the pipeline over a source's analysis text and copy out what later stages need.

    spaCy sees the text with each run of blanks collapsed to one space (or one line break), so blanked markup
    makes no whitespace tokens for patterns to step over; `origin` maps every character back to the file."""
    nlp = build_language(model)
    text, origin = collapse_blanks(source.text)
    doc = nlp.make_doc(text)
    doc.user_data["ca_blocks"] = [(bisect_left(origin, b.start), bisect_left(origin, b.end), b.kind)
                                  for b in source.blocks]
    for _, component in nlp.pipeline:
        doc = component(doc)
    return to_analysis(source, doc, origin)


def collapse_blanks(text: str) -> tuple[str, list[int]]:
    """Text with blank runs collapsed, and for each of its characters (plus the end) the offset in `text`."""
    pieces: list[str] = []
    origin: list[int] = []
    for match in _RUNS.finditer(text):
        chunk = match.group()
        if chunk[0].isspace():
            pieces.append("\n" if "\n" in chunk else " ")
            origin.append(match.start())
        else:
            pieces.append(chunk)
            origin.extend(range(match.start(), match.end()))
    origin.append(len(text))
    return "".join(pieces), origin


def analyse_text(text: str, model: str | None = None) -> Analysis:
    """Analyse a bare string (an evidence statement, a test sentence) as one paragraph."""
    from pipeline.ingest import build_source

    return analyse(build_source("<text>", text, "txt"), model)


def to_analysis(source: Source, doc, origin: list[int]) -> Analysis:
    """Copy the Doc out as plain records, with every character offset mapped back into the source file."""
    tokens = tuple(Token(origin[t.idx], origin[t.idx + len(t.text) - 1] + 1, t.text, t.lower_, t.norm_, t.is_space,
                         t.is_punct, t.like_num) for t in doc)

    def chars(first: int, last: int) -> tuple[int, int]:
        return tokens[first].start, tokens[last - 1].end

    segments = tuple(Segment(first, last, *chars(first, last), kind, block)
                     for first, last, kind, block in doc.user_data["ca_segments"])
    mentions = tuple(Mention(first, last, *chars(first, last), kind, label)
                     for first, last, kind, label in doc.user_data["ca_mentions"])
    modifiers = tuple(Modifier(category, Mention(t[0], t[1], *chars(t[0], t[1]), t[2], t[3]), lo, hi)
                      for category, t, lo, hi in doc.user_data["ca_modifiers"])
    return Analysis(source, tokens, segments, mentions, modifiers)

