"""Build the spaCy pipeline and turn a Source into a plain Analysis; the one place spaCy objects live.

The default pipeline is rule-based on `spacy.blank("en")`: a lemma lookup from spacy-lookups-data, sentence
segmentation from the document's blocks, one Matcher and phrase-table pass for concepts, cues and rule patterns,
and ConText modifiers (negation, hedging, boosting). No trained model is needed or downloaded.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

from pipeline.errors import DataError
from pipeline.models import Source

if TYPE_CHECKING:
    from pipeline.questions import Questions
    from pipeline.quotations import Story
    from pipeline.rules.mentions import Ruling


_LONG_BLANKS = re.compile(r"\s{2,}")
_BLANKS = re.compile(r"\s{2,}|[^\S \n]")  # what collapsing changes: a single space or line break stays


class Token(NamedTuple):
    """One word or punctuation mark (a tuple: articles have many, and tuples are built fastest)."""

    start: int
    end: int
    text: str
    lower: str
    lemma: str
    is_space: bool
    is_punct: bool
    like_num: bool


# Segments, mentions and modifiers are tuples too: an article has thousands of them.
class Segment(NamedTuple):
    """A sentence, heading, list-item label or table cell: token range [first, last) and char offsets."""

    first: int
    last: int
    start: int
    end: int
    kind: str  # sentence | heading | label | cell
    block: int  # index of the block it belongs to


class Mention(NamedTuple):
    """A pattern match: a concept, a cue, a rule pattern or a context trigger."""

    first: int
    last: int
    start: int
    end: int
    kind: str  # concept | cue | rule | context | mention (lexicons/mentions.yml)
    label: str  # concept id, cue name, rule code or context category


class Modifier(NamedTuple):
    """A ConText trigger and the token range it modifies (within one segment)."""

    category: str  # NEGATED | HEDGED | BOOSTED | HYPOTHETICAL
    trigger: Mention
    scope_first: int
    scope_last: int

    def covers(self, first: int, last: int) -> bool:
        overlaps_trigger = first < self.trigger.last and self.trigger.first < last
        return not overlaps_trigger and self.scope_first <= first < self.scope_last


@dataclass
class Analysis:
    """A source as the NLP stage read it: its tokens, segments, pattern matches and ConText modifiers.

    The five fields are the analysis and are never reassigned. The rest are look-ups, each built on first use and
    kept: indexed look-ups, so that a long article costs linear, not quadratic, time, and readings of the whole page
    that the claim stage and the rules share. They are explicit fields, not `functools.cached_property` (which
    mypyc's native classes do not support), so that the class compiles (setup.py); not compared, not printed, and
    fresh in a `dataclasses.replace` copy."""

    source: Source
    tokens: tuple[Token, ...]
    segments: tuple[Segment, ...]
    mentions: tuple[Mention, ...]
    modifiers: tuple[Modifier, ...]
    # answers kept, as the callers ask again (see `of_kind`, `modifiers_on`, `text_of`)
    _of_kind_found: dict[tuple[str, int, int], list[Mention]] = field(init=False, repr=False, compare=False)
    _modifiers_found: dict[tuple[int, int], list[Modifier]] = field(init=False, repr=False, compare=False)
    _texts: dict[tuple[int, int], str] = field(init=False, repr=False, compare=False)
    # indexes, built on first use
    _by_kind: dict[str, tuple[list[int], list[Mention]]] | None = field(init=False, repr=False, compare=False)
    _modifiers_by_token: dict[int, list[Modifier]] | None = field(init=False, repr=False, compare=False)
    _concept_tokens: set[int] | None = field(init=False, repr=False, compare=False)
    _pseudo_tokens: set[int] | None = field(init=False, repr=False, compare=False)
    _segment_firsts: list[int] | None = field(init=False, repr=False, compare=False)
    _token_starts: list[int] | None = field(init=False, repr=False, compare=False)
    _block_spans: dict[int, tuple[int, int]] | None = field(init=False, repr=False, compare=False)
    _later_block_firsts: tuple[list[int], list[int]] | None = field(init=False, repr=False, compare=False)
    _headings: tuple[int, ...] | None = field(init=False, repr=False, compare=False)
    # readings of the whole page, read on first use (the properties of the same names without the underscore)
    _not_asserted: frozenset[Segment] | None = field(init=False, repr=False, compare=False)
    _questions: Questions | None = field(init=False, repr=False, compare=False)
    _mentioned: tuple[tuple[int, int], ...] | None = field(init=False, repr=False, compare=False)
    _denied: tuple[tuple[int, int], ...] | None = field(init=False, repr=False, compare=False)
    _framed: tuple[tuple[int, int, bool], ...] | None = field(init=False, repr=False, compare=False)
    _rejected: tuple[tuple[int, int], ...] | None = field(init=False, repr=False, compare=False)
    _rulings: tuple[Ruling, ...] | None = field(init=False, repr=False, compare=False)
    _ruled: tuple[tuple[int, int, int, int], ...] | None = field(init=False, repr=False, compare=False)
    _own_rulings: tuple[tuple[int, int], ...] | None = field(init=False, repr=False, compare=False)
    _signed_stories: dict[int, Story | None] = field(init=False, repr=False, compare=False)
    _attributed_quotes: dict[Segment, bool] = field(init=False, repr=False, compare=False)
    _risk_sized_blocks: frozenset[int] | None = field(init=False, repr=False, compare=False)
    _comparison_grids: tuple[Any, ...] | None = field(init=False, repr=False, compare=False)
    _grid_places: dict[int, tuple[Any, Any, int]] | None = field(init=False, repr=False, compare=False)
    _grid_result_blocks: frozenset[int] | None = field(init=False, repr=False, compare=False)
    _name_words: dict[str, bool] = field(init=False, repr=False, compare=False)
    _sentence_labels: dict[Segment, frozenset[str]] = field(init=False, repr=False, compare=False)
    _cue_cover: dict[tuple[Segment, tuple[str, ...]], frozenset[int]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # (set here, not as the fields' defaults: mypyc's native __init__ leaves a field out of __init__ unset)
        self._of_kind_found = {}
        self._modifiers_found = {}
        self._texts = {}
        self._by_kind = None
        self._modifiers_by_token = None
        self._concept_tokens = None
        self._pseudo_tokens = None
        self._segment_firsts = None
        self._token_starts = None
        self._block_spans = None
        self._later_block_firsts = None
        self._headings = None
        self._not_asserted = None
        self._questions = None
        self._mentioned = None
        self._denied = None
        self._framed = None
        self._rejected = None
        self._rulings = None
        self._ruled = None
        self._own_rulings = None
        self._signed_stories = {}
        self._attributed_quotes = {}
        self._risk_sized_blocks = None
        self._comparison_grids = None
        self._grid_places = None
        self._grid_result_blocks = None
        self._name_words = {}
        self._sentence_labels = {}
        self._cue_cover = {}

    def _mentions_by_kind(self) -> dict[str, tuple[list[int], list[Mention]]]:
        index: dict[str, list[Mention]] = {}
        for mention in self.mentions:  # mentions are sorted by first token
            index.setdefault(mention.kind, []).append(mention)
        by_kind = self._by_kind = {kind: ([m.first for m in found], found) for kind, found in index.items()}
        return by_kind

    def of_kind(self, kind: str, first: int = 0, last: int | None = None) -> list[Mention]:
        last = len(self.tokens) if last is None else last
        # the claim and rule stages ask about 340 times per source, three times in four for a range asked before (a
        # clause's cues by each test of the clause): each answer is kept, and a copy given, as callers may extend it
        key = (kind, first, last)
        found = self._of_kind_found.get(key)
        if found is None:
            by_kind = self._by_kind
            if by_kind is None:
                by_kind = self._mentions_by_kind()
            firsts, mentions = by_kind.get(kind, ([], []))
            # (m[1] is m.last: indexing a tuple is quicker than its field's descriptor)
            found = self._of_kind_found[key] = [
                m for m in mentions[bisect_left(firsts, first):bisect_left(firsts, last)] if m[1] <= last]
        return found.copy()

    def _modifier_reach(self) -> dict[int, list[Modifier]]:
        reach: dict[int, list[Modifier]] = {}
        for modifier in self.modifiers:
            for i in range(modifier.scope_first, modifier.scope_last):
                if modifier.covers(i, i + 1):
                    reach.setdefault(i, []).append(modifier)
        self._modifiers_by_token = reach
        return reach

    def modifiers_on(self, first: int, last: int) -> list[Modifier]:
        """Modifiers whose scope reaches a token of [first, last), in document order (each answer kept, as
        `of_kind`'s: about half the calls ask for a range asked before)."""
        found = self._modifiers_found.get((first, last))
        if found is None:
            reach = self._modifiers_by_token
            if reach is None:
                reach = self._modifier_reach()
            seen = {id(m): m for i in range(first, last) for m in reach.get(i, ())}
            found = self._modifiers_found[(first, last)] = sorted(seen.values(),
                                                                  key=lambda m: (m.trigger.first, m.category))
        return found.copy()

    def negates(self, modifier: Modifier) -> bool:
        """A negation that changes polarity: not one inside a concept that already means it ("does not respond"
        is the concept refractory)."""
        inside = self._concept_tokens
        if inside is None:
            inside = self._concept_tokens = {i for m in self.of_kind("concept") for i in range(m.first, m.last)}
        return modifier.category == "NEGATED" and not all(
            i in inside for i in range(modifier.trigger.first, modifier.trigger.last))

    def pseudo(self, mention: Mention) -> bool:
        """True when a pseudo-trigger ("not only", "no doubt") contains the mention's first token."""
        inside = self._pseudo_tokens
        if inside is None:
            inside = self._pseudo_tokens = {i for m in self.of_kind("context") if m.label.startswith("PSEUDO:")
                                            for i in range(m.first, m.last)}
        return mention.first in inside

    @property
    def not_asserted(self) -> frozenset[Segment]:
        """The segments that are not the article's own assertions: reference-list entries, legal boilerplate and
        glossaries (pipeline/sections.py); found once, for the claim stage and the rules alike."""
        found = self._not_asserted
        if found is None:
            from pipeline.sections import boilerplate_segments, glossary_segments, reference_segments

            found = self._not_asserted = \
                reference_segments(self) | boilerplate_segments(self) | glossary_segments(self)
        return found

    @property
    def questions(self) -> Questions:
        """The question segments by what they do: only ask, or assert (pipeline/questions.py); read once, for the
        claim stage and the rules alike."""
        found = self._questions
        if found is None:
            from pipeline.questions import read_questions

            found = self._questions = read_questions(self)
        return found

    @property
    def mentioned(self) -> tuple[tuple[int, int], ...]:
        """Character ranges the article quotes or names as warning signs (pipeline/rules/mentions.py), found once for
        the word rules and the claim rules."""
        found = self._mentioned
        if found is None:
            from pipeline.rules.mentions import find_mentioned

            found = self._mentioned = find_mentioned(self)
        return found

    @property
    def denied(self) -> tuple[tuple[int, int], ...]:
        """Character ranges in which the article denies that evidence backs a claim (pipeline/rules/mentions.py): a
        part of `mentioned`, kept apart for the claim ledger (a claim's `voice`) and the rules' `unless.page_denies`."""
        found = self._denied
        if found is None:
            from pipeline.rules.mentions import find_denied

            found = self._denied = find_denied(self)
        return found

    @property
    def framed(self) -> tuple[tuple[int, int, bool], ...]:
        """Character ranges of what others say or believe under a frame and of the claims a fact-check rates, each
        with whether the article rejects it outright (pipeline/rules/mentions.py): read once for `mentioned` and
        `rejected`."""
        found = self._framed
        if found is None:
            from pipeline.rules.mentions import find_framed

            found = self._framed = find_framed(self)
        return found

    @property
    def rejected(self) -> tuple[tuple[int, int], ...]:
        """Character ranges holding a claim others make that the article rejects outright ("Many people say X cures
        Y. That is not true.", "Claim: … Verdict: False"; pipeline/rules/mentions.py): a part of `mentioned`, kept apart
        for the claim ledger (a claim's `voice`)."""
        found = self._rejected
        if found is None:
            from pipeline.rules.mentions import find_rejected

            found = self._rejected = find_rejected(self)
        return found

    @property
    def rulings(self) -> tuple[Ruling, ...]:
        """The claims the article names and rules on in one sentence, whose claim each is and what it rules on
        (pipeline/rules/mentions.py): found once for `ruled`, `own_rulings` and `framed`."""
        found = self._rulings
        if found is None:
            from pipeline.rules.mentions import find_rulings

            found = self._rulings = find_rulings(self)
        return found

    @property
    def ruled(self) -> tuple[tuple[int, int, int, int], ...]:
        """The claims the article names and rules on in one sentence ("The claim that X cures Y is false";
        pipeline/rules/mentions.py), each as (start, start and end of what is claimed, end of the clause): read once
        for `framed` and for the claim's evidence (pipeline/audit.py)."""
        found = self._ruled
        if found is None:
            from pipeline.rules.mentions import find_ruled

            found = self._ruled = find_ruled(self)
        return found

    @property
    def own_rulings(self) -> tuple[tuple[int, int], ...]:
        """Character ranges of the claims the article names and rules on that speak of its own product ("The claim
        that our tea is a scam is false"; pipeline/rules/mentions.py): its own voice, but not its own argument."""
        found = self._own_rulings
        if found is None:
            from pipeline.rules.mentions import find_own_rulings

            found = self._own_rulings = find_own_rulings(self)
        return found

    def signed_story(self, block: int) -> Story | None:
        """The story the block tells in the first person and signs with a name, or None (pipeline/quotations.py):
        read once per block, for the claim stage (a story's result is an endorsement) and the rules (SUB015's
        `sentences.customer_quote`) alike."""
        stories = self._signed_stories
        if block in stories:
            return stories[block]
        from pipeline.quotations import read_signed_story

        found = stories[block] = read_signed_story(self, block)
        return found

    def attributed_quote(self, segment: Segment) -> bool:
        """Does the sentence quote a speaker its paragraph names (pipeline/rules/sentences.is_attributed_quote)? Read
        once per sentence: the rules ask once per flag, and a quotation left open runs hundreds of lines as one
        sentence, which each reading walks (bench/open_quote.py)."""
        quotes = self._attributed_quotes
        found = quotes.get(segment)
        if found is None:
            from pipeline.rules.sentences import read_attributed_quote

            found = quotes[segment] = read_attributed_quote(self, segment)
        return found

    def sentence_labels(self, segment: Segment) -> frozenset[str]:
        """The labels of the cues in the sentence, with "concept:<label>" and "type:<type>" of its concepts: what a
        rule's `unless` / `requires` sentence cues read (rules.engine._sentence_allows), once per sentence, not once
        per flag in it."""
        found = self._sentence_labels.get(segment)
        if found is None:
            from pipeline.concepts import load_concepts

            labels = {m.label for m in self.of_kind("cue", segment.first, segment.last)}
            for concept in self.of_kind("concept", segment.first, segment.last):
                labels |= {f"concept:{concept.label}", f"type:{load_concepts()[concept.label].type}"}
            found = self._sentence_labels[segment] = frozenset(labels)
        return found

    def cue_cover(self, segment: Segment, labels: tuple[str, ...]) -> frozenset[int]:
        """The tokens of the sentence that a cue with one of these labels covers (rules.engine._cue_over asks, per
        flag, whether one overlaps the flag's words): read once per sentence and labels."""
        key = (segment, labels)
        found = self._cue_cover.get(key)
        if found is None:
            found = self._cue_cover[key] = frozenset(
                i for m in self.of_kind("cue", segment.first, segment.last) if m.label in labels
                for i in range(m.first, m.last))
        return found

    def written_as_name(self, word: str) -> bool:
        """Does the page write this (lower-cased) word as a name (pipeline/coinages.py written_as_name)? Read once per
        word: the engine asks of each subject's words, the rules of each list item's lead-in."""
        names = self._name_words
        found = names.get(word)
        if found is None:
            from pipeline.coinages import written_as_name

            found = names[word] = written_as_name(self, word)
        return found

    @property
    def risk_sized_blocks(self) -> frozenset[int]:
        """The blocks with a sentence that sizes a risk in relative terms (pipeline/rules/sentences.py
        read_risk_sized_blocks): read once per page for RSK001's `unmeasured_risk`, which asks per risk mention."""
        found = self._risk_sized_blocks
        if found is None:
            from pipeline.rules.sentences import read_risk_sized_blocks

            found = self._risk_sized_blocks = read_risk_sized_blocks(self)
        return found

    @property
    def comparison_grids(self) -> tuple[Any, ...]:
        """The page's tables as pipeline/sections.py `Grid`s (header, product's column, rows' cells by column): read
        once per page for CMP004, SAF006 and ABS009, which ask per cell (review rvB2-H2: re-read per cell, a 400-row
        grid took 11 s)."""
        found = self._comparison_grids
        if found is None:
            from pipeline.sections import read_comparison_grids

            found = self._comparison_grids = read_comparison_grids(self)
        return found

    @property
    def grid_places(self) -> dict[int, tuple[Any, Any, int]]:
        """Each body cell's block -> (its `Grid`, its `GridRow`, its column), from `comparison_grids`."""
        found = self._grid_places
        if found is None:
            found = self._grid_places = {index: (grid, row, column) for grid in self.comparison_grids
                                         for row in grid.rows for column, index in row.cells.items()}
        return found

    @property
    def grid_result_blocks(self) -> frozenset[int]:
        """The product's cells that rate a result in a comparison grid (pipeline/sections.py grid_result_cells)."""
        found = self._grid_result_blocks
        if found is None:
            from pipeline.sections import grid_result_cells

            found = self._grid_result_blocks = grid_result_cells(self)
        return found

    def _segment_starts(self) -> list[int]:
        firsts = self._segment_firsts
        if firsts is None:
            firsts = self._segment_firsts = [s.first for s in self.segments]
        return firsts

    def _blocks(self) -> dict[int, tuple[int, int]]:
        """Each block that has segments: the tokens [first, last) from its first segment's first token to its last
        segment's last token (segments are in document order)."""
        spans = self._block_spans
        if spans is None:
            spans = self._block_spans = {}
            for segment in self.segments:
                spans[segment.block] = (spans[segment.block][0] if segment.block in spans else segment.first,
                                        segment.last)
        return spans

    def block_span(self, block: int) -> tuple[int, int]:
        """The tokens [first, last) of a block's segments (the paragraph a sentence belongs to); (0, 0) for a block
        with none."""
        return self._blocks().get(block, (0, 0))

    def block_first(self, block: int) -> int:
        """The first token of a block (or of the nearest later block that has segments)."""
        found = self._later_block_firsts
        if found is None:
            # the blocks that have segments, in order, and for each the lowest first token of it and every later one
            spans = self._blocks()
            blocks = sorted(spans)
            lowest: list[int] = []
            for each in reversed(blocks):
                first = spans[each][0]
                lowest.append(min(first, lowest[-1]) if lowest else first)
            found = self._later_block_firsts = (blocks, lowest[::-1])
        blocks, lowest = found
        at = bisect_left(blocks, block)
        return lowest[at] if at < len(blocks) else 0

    @property
    def headings(self) -> tuple[int, ...]:
        """For each segment, by its position in `segments`, the position of the heading it sits under: the latest
        heading at or before it that heads the text under it, not a byline ("By Phil White") nor the site's
        machinery ("Sign up for our newsletter"; pipeline/sections.py), or -1 before the first. Built once, for the
        claim stage (the heading a clause with no subject of its own is about) and the rules (a safety section)."""
        found = self._headings
        if found is None:
            from pipeline.sections import is_byline, is_site_chrome

            under: list[int] = []
            at = -1
            for position, segment in enumerate(self.segments):
                if segment.kind == "heading" and not is_byline(self.text_of(segment.first, segment.last)) \
                        and not is_site_chrome(self, segment.first, segment.last):
                    at = position
                under.append(at)
            found = self._headings = tuple(under)
        return found

    def segment_index(self, segment: Segment) -> int:
        """The position of a segment of this analysis in `segments` (as `segments.index`, by bisection)."""
        at = bisect_left(self._segment_starts(), segment.first)
        while self.segments[at] != segment:
            at += 1
        return at

    def segment_at(self, token: int) -> Segment | None:
        """The segment (sentence, heading, …) containing a token."""
        at = bisect_right(self._segment_starts(), token) - 1
        return self.segments[at] if at >= 0 and token < self.segments[at].last else None

    def segment_at_char(self, offset: int) -> Segment | None:
        """The segment containing the token a match, flag or claim that starts at character `offset` opens with (the
        first token of `token_range(offset, …)`, which its end does not move)."""
        return self.segment_at(self.token_range(offset, offset)[0])

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """Tokens [first, last) covering the characters [start, end)."""
        starts = self._token_starts
        if starts is None:
            starts = self._token_starts = [t.start for t in self.tokens]
        first = max(bisect_right(starts, start) - 1, 0)
        if self.tokens and self.tokens[first].end <= start:
            first += 1
        return first, bisect_left(starts, end)

    def text_of(self, first: int, last: int) -> str:
        """The characters of tokens [first, last) with each run of blanks made one space (kept: half the calls of a
        source ask for a range asked before, a sentence's or a claim's text)."""
        if first >= last:
            return ""
        text = self._texts.get((first, last))
        if text is None:
            text = self._texts[(first, last)] = " ".join(
                self.source.text[self.tokens[first].start:self.tokens[last - 1].end].split())
        return text


@lru_cache(maxsize=4)
def build_language(model: str | None = None):
    """The spaCy Language: blank English plus our components; `model` names an installed trained pipeline."""
    from importlib import import_module

    import spacy

    import_module("pipeline.components.register")  # imported for its effect: it registers the claimaudit_* factories

    if model:
        try:
            nlp = spacy.load(model, exclude=["ner", "lemmatizer"])
        except OSError:
            raise DataError(f"spaCy pipeline {model!r} is not installed (pip install it, or remove "
                            f"[tool.claimaudit] model to use the rule-based default)") from None
        tokenizer: Any = nlp.tokenizer  # spaCy's stubs type it as a plain callable
        tokenizer.rules = tokenizer_exceptions(tokenizer.rules)
    else:
        nlp = blank_english()
    nlp.max_length = 10**8  # the size limit is ours (Config.max_chars), checked when a source is read
    nlp.add_pipe("claimaudit_lemmas", first=True)
    nlp.add_pipe("claimaudit_segments")
    nlp.add_pipe("claimaudit_matches")
    nlp.add_pipe("claimaudit_context")
    return nlp


def build_all_tables(model: str | None = None) -> None:
    """Build now the pattern tables the matcher component otherwise builds on first need (one document needs few of
    them): before forking workers, which then share them instead of each building its own."""
    build_language(model).get_pipe("claimaudit_matches").build_all()


@lru_cache(maxsize=1)
def blank_english():
    """spaCy's blank English pipeline with the special cases this project uses (`tokenizer_exceptions`). Made once
    per process (about 0.1 s): `build_language` adds the components to it, the pattern compiler uses its tokenizer."""
    return _english()()


@lru_cache(maxsize=1)
def _english():
    # A subclass whose defaults hold the adapted special cases: spaCy validates every special case each time a
    # tokenizer's rules are set, so they are set once, when the tokenizer is made, not replaced afterwards.
    from spacy.attrs import ORTH
    from spacy.lang.en import English

    abbreviations = read_abbreviations()
    references = {str(word): [{ORTH: str(word)}] for word in abbreviations["reference_abbreviations"]}
    # a closing abbreviation spaCy does not already keep whole ("al." of "et al."): one token, as "Ltd." is
    references.update({str(word): [{ORTH: str(word)}] for word in abbreviations["closing_abbreviations"]
                       if str(word) not in English.Defaults.tokenizer_exceptions
                       and str(word).capitalize() not in English.Defaults.tokenizer_exceptions})
    defaults = type("Defaults", (English.Defaults,), {
        "tokenizer_exceptions": tokenizer_exceptions({**English.Defaults.tokenizer_exceptions, **references}),
        "suffixes": (*English.Defaults.suffixes, *CITATION_MARKER_SUFFIXES, *GLUED_STOP_SUFFIXES),
        "prefixes": (*English.Defaults.prefixes, *GLUED_STOP_PREFIXES)})
    return type("English", (English,), {"Defaults": defaults})


@lru_cache(maxsize=1)
def read_abbreviations() -> dict:
    """lexicons/abbreviations.yml: abbreviations that close a name (and may close a sentence), the words that open
    the next sentence after them, the abbreviations of a paper's parts that never end one, and the words a long form
    passes over without giving its short form an initial, and the glyphs that cut a list run together on one line."""
    from pipeline.patterns import read_lexicon

    return read_lexicon("lexicons/abbreviations.yml",
                        {"closing_abbreviations", "sentence_openers", "reference_abbreviations",
                         "number_abbreviations", "long_form_gaps", "list_glyphs_extra", "list_glyphs_not",
                         "rating_stars"})


# A numbered citation marker glued to the word or full stop before it ("safe.[1][5] Most", "effects;[6]") is split
# off as "[", number(s), "]": glued, "HIV.[1][5" was one token and hid the end of the sentence. So is a superscript
# marker that lost its formatting in copied text ("to optimize management.1 Psoriasis follows", "burden.3,4"):
# after a word of lower-case letters, where no decimal number can stand ("2.5" and "p.1" stay whole).
CITATION_MARKER_SUFFIXES = (r"(?<=\[)\d+(?:[,\u2013-]\d+)*", r"\[", r"(?<=[a-z]{2}\.)\d{1,3}(?:[,\u2013-]\d{1,3})*")

# A full stop spaCy leaves glued to a word hides the end of a sentence: after a word ending in a lower-case and an
# upper-case letter ("an alkaline pH. Alkaline is …", "IgG.", "mmHg."; spaCy splits it only after two capitals, to
# keep "U.S." whole), and before a capitalised word when the space came before the stop instead of after it ("the
# milk itself .Raw milk consumption …"). Split off, the stop ends its sentence like any other.
GLUED_STOP_SUFFIXES = (r"(?<=[a-z][A-Z])\.",)
GLUED_STOP_PREFIXES = (r"\.(?=[A-Z][a-z])",)


def tokenizer_exceptions(rules: dict) -> dict:
    """spaCy's special cases as this project uses them. The emoticons are dropped: in health text they glue a
    number to a bracket or a sign ("(n = 8)" gives the token "8)", which is no number, and "<3 months" the token
    "<3"). Each token's NORM is lemmatised like every other word's (see the lemma component): "doesn't" is
    "does" + "not", and "does" becomes "do", so a contraction matches like the words it stands for.

    So are the special cases of a blank that only say it is one token of itself (" ", "\t", "\n"): that is what
    the tokenizer makes of a blank anyway, and a special case met in a text stops spaCy's tokenizer from caching
    any later word of that text (its flag is per document). The line break between a title and its paragraph was
    one: every word after it was split into prefixes, suffixes and infixes afresh (about a third of `analyse` on
    SciFact abstracts)."""
    from spacy.attrs import NORM, ORTH
    from spacy.lang.tokenizer_exceptions import emoticons

    from pipeline.patterns import lemma_of

    return {text: [{**token, NORM: lemma_of(token.get(NORM, token[ORTH]))} for token in tokens]
            for text, tokens in rules.items() if text not in emoticons and not _blank_as_itself(text, tokens)}


def _blank_as_itself(text: str, tokens: list[dict]) -> bool:
    from spacy.attrs import NORM, ORTH

    return text.isspace() and len(tokens) == 1 and set(tokens[0]) <= {ORTH, NORM} \
        and tokens[0][ORTH] == text and tokens[0].get(NORM, text) == text


def analyse(source: Source, model: str | None = None) -> Analysis:
    """Run the pipeline over a source's analysis text and copy out what later stages need.

    spaCy sees the text with each run of blanks collapsed to one space (or one line break), so blanked markup
    makes no whitespace tokens for patterns to step over; `origin` maps every character back to the file."""
    nlp = build_language(model)
    text, origin = collapse_blanks(source.text)
    blocks = [(bisect_left(origin, b.start), bisect_left(origin, b.end), b.kind) for b in source.blocks]
    unwrapped = unwrap_lines(text, blocks)
    doc = nlp.make_doc(unwrapped)
    doc.user_data["ca_blocks"] = blocks
    doc.user_data["ca_text"] = unwrapped
    for _, component in nlp.pipeline:
        doc = component(doc)
    return to_analysis(source, doc, origin)


def collapse_blanks(text: str) -> tuple[str, list[int]]:
    """Text with blank runs collapsed, and for each of its characters (plus the end) the offset in `text`."""
    origin: list[int] = []
    at = 0
    for run in _LONG_BLANKS.finditer(text):  # only runs of two or more blanks move the offsets
        origin.extend(range(at, run.start() + 1))
        at = run.end()
    origin.extend(range(at, len(text) + 1))
    return _BLANKS.sub(_one_blank, text), origin


def unwrap_lines(text: str, blocks: list[tuple[int, int, str]]) -> str:
    """The text with every line break inside a block (a paragraph, list item, heading or cell) made a space: there
    it only wraps a line ("clinically\nproven", "no side\neffects" in hard-wrapped text), and patterns and clauses
    read across it. Breaks between blocks stay; the length, and so every offset, is unchanged."""
    if "\n" not in text:
        return text
    pieces, at = [], 0
    for start, end, _ in blocks:
        cut = text.find("\n", max(start, at), end)
        while cut != -1:
            pieces.append(text[at:cut])
            pieces.append(" ")
            at = cut + 1
            cut = text.find("\n", at, end)
    pieces.append(text[at:])
    return "".join(pieces)


def _one_blank(run: re.Match) -> str:
    return "\n" if "\n" in run.group() else " "


def analyse_text(text: str, model: str | None = None) -> Analysis:
    """Analyse a bare string (an evidence statement, a test sentence) as one paragraph."""
    from pipeline.ingest import build_source

    return analyse(build_source("<text>", text, "txt"), model)


def to_analysis(source: Source, doc: Any, origin: list[int]) -> Analysis:
    """Copy the Doc out as plain records, with every character offset mapped back into the source file."""
    from spacy.attrs import IDX, NORM, ORTH

    words = _words()
    vocab = doc.vocab
    # Where the record of a word not in the table is kept: the table itself, or in a memory zone (a run that forks,
    # past its vocabulary bound, `audit._vocabulary_bound`) a table of this document's own, as its vocabulary entry
    # lives as long as the document: the words met first, the common ones, stay kept.
    new_word_records: dict[int, Word] = {} if vocab.in_memory_zone else words
    strings = vocab.strings
    # the records are made with tuple.__new__: a NamedTuple's own __new__ is a Python function, one more call for
    # each of the article's tokens and mentions
    new = tuple.__new__
    # each token's three integer columns in one read; typed, so that the compiled build (setup.py) reads them and
    # the word's fields below as machine values, not through Python objects
    rows: list[list[int]] = doc.to_array([IDX, ORTH, NORM]).tolist()
    tokens: list[Token] = []
    idx: int
    orth: int
    norm: int
    for idx, orth, norm in rows:
        word = words.get(orth)
        if word is None:
            word = new_word_records.get(orth) or _word(vocab, orth, new_word_records)
        text, lower, own_norm, lemma, length, is_space, is_punct, like_num = word
        tokens.append(new(Token, (origin[idx], origin[idx + length - 1] + 1, text, lower,
                                  lemma if norm == own_norm else strings[norm],  # special cases set their own NORM
                                  is_space, is_punct, like_num)))
    # a range's characters: its first token's start ([0]) to its last token's end ([1])
    segments = tuple(new(Segment, (first, last, tokens[first][0], tokens[last - 1][1], kind, block))
                     for first, last, kind, block in doc.user_data["ca_segments"])
    mentions = tuple(new(Mention, (first, last, tokens[first][0], tokens[last - 1][1], kind, label))
                     for first, last, kind, label in doc.user_data["ca_mentions"])
    modifiers = tuple(new(Modifier, (category, new(Mention, (t[0], t[1], tokens[t[0]][0], tokens[t[1] - 1][1], t[2],
                                                             t[3])), lo, hi))
                      for category, t, lo, hi in doc.user_data["ca_modifiers"])
    return Analysis(source, tuple(tokens), segments, mentions, modifiers)


# A distinct word's fields as `to_analysis` reads them: text, lower, NORM hash, NORM (the lemma), length in characters,
# is_space, is_punct, like_num
Word = tuple[str, str, int, str, int, bool, bool, bool]

# The word-level attributes of each distinct word, read from spaCy once (reading them per token decodes three
# strings each time); they depend only on the word (English lexical attributes, our NORM). Bounded: on a large
# corpus the words keep coming.
_WORDS: dict[int, Word] = {}
WORDS_LIMIT = 200_000


def _words() -> dict[int, Word]:
    if len(_WORDS) > WORDS_LIMIT:
        _WORDS.clear()
    return _WORDS


def _word(vocab: Any, orth: int, kept: dict[int, Word]) -> Word:
    lexeme = vocab[orth]
    text: str = lexeme.orth_
    # spaCy decodes a new string for each attribute: where lower case or NORM spell the word as another field does
    # (most words), the record keeps that field's string once (a third less memory per word)
    lower: str = lexeme.lower_
    if lower == text:
        lower = text
    lemma: str = lexeme.norm_
    if lemma == lower:
        lemma = lower
    kept[orth] = word = (text, lower, lexeme.norm, lemma, len(text), lexeme.is_space, lexeme.is_punct,
                         lexeme.like_num)
    return word
