"""spaCy components of the rule-based pipeline, registered as factories `claimaudit_<thing>`.

Each component leaves plain tuples in `doc.user_data` (ca_segments, ca_mentions, ca_modifiers) so that the
stages after NLP never see a spaCy object.
"""

from __future__ import annotations

import itertools
import math
import re
from bisect import bisect_left, bisect_right
from functools import lru_cache, reduce
from typing import NamedTuple

import numpy
from spacy.attrs import IDX, IS_ALPHA, IS_SPACE, LIKE_NUM, LOWER, NORM, ORTH, SENT_START
from spacy.language import Language
from spacy.matcher import Matcher

from pipeline.components.anchored import COLUMNS, FLAGS, FixedGroup, FixedPattern, holds, holds_none, match_hits
from pipeline.components.phrases import PhraseTable
from pipeline.errors import DataError
from pipeline.nlp import read_abbreviations
from pipeline.patterns import english_lookup, lemma_of, load_pattern_set, lower_words, read_yaml, verb_lemmas

# an ellipsis before a capital ends its sentence too, and so does a doubled full stop ("call the office.. Most")
SENTENCE_END = {".", "!", "?", "\u2026", "...", ".."}
# No lexicon match holds more tokens than this: an open repetition ('(' … ')', ', but … needed', 'the more …, the …')
# that has not closed by then never closes (the longest on 60-odd real web pages: 23 tokens; in a press-release lead
# sentence, a dashed aside of 48). A Matcher run reads at most this far from its anchor, and a longer match is
# dropped. (spaCy's own "{0,N}" would bound a pattern too, but it expands into N optional tokens whose partial
# matches multiply: out of memory on a 2,000-word text at N = 40.)
MAX_SPAN = 60
PHRASES_LIMIT = 5000  # word sequences of one pattern that go to the phrase tables; more need the Matcher
# A Matcher pattern whose counted repeats ("{0,12}") hold more optional tokens than CHEAP_OPTIONALS is spelled out at
# each count (`_counted_spellings`), into at most COUNTED_LIMIT patterns; more keep their repeats
CHEAP_OPTIONALS = 8
COUNTED_LIMIT = 64
CLOSERS = {'"', "\u201d", "\u2019", "'", ")", "]"}


@Language.factory("claimaudit_lemmas")
def make_lemmas(nlp, name):
    """Lemma lookup on the lower-cased form (spaCy's lookup table is case-sensitive) as every word's NORM, so
    that patterns on NORM match any inflection and any capitalisation. NORM belongs to the vocabulary entry: it
    is computed once per distinct word, when the entry is created, not once per token. The tokenizer's special
    cases set their tokens' own NORM, lemmatised when the tokenizer is made (`nlp.tokenizer_exceptions`)."""
    nlp.vocab.lex_attr_getters[NORM] = lemma_of
    for lexeme in nlp.vocab:  # the entries made before this getter was set
        lexeme.norm_ = lemma_of(lexeme.orth_)

    def lemmas(doc):
        return doc

    return lemmas


@Language.factory("claimaudit_segments")
def make_segments(nlp, name):
    """Sentences inside the blocks the ingest stage found; headings, labels and table cells stay whole."""

    ends = nlp.vocab.add_flag(_ends_sentence)  # computed once per distinct word, read as a column

    def segments(doc):
        blocks = doc.user_data.get("ca_blocks") or [(0, len(doc.text), "paragraph")]
        _split_at_blocks(doc, blocks)
        candidates = numpy.flatnonzero(doc.to_array([ends])).tolist() if len(doc) else []
        found = []
        for index, (start, end, kind) in enumerate(blocks):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            if kind in ("heading", "label", "cell"):
                pieces = [(span.start, span.end)]
            else:
                pieces = _split_sentences(doc, span.start, span.end, candidates)
            for first, last in pieces:
                while first < last and doc[first].is_space:
                    first += 1
                while last > first and doc[last - 1].is_space:
                    last -= 1
                if first < last:
                    found.append((first, last, "sentence" if kind in ("paragraph", "item", "caption") else kind,
                                  index))
        doc.user_data["ca_segments"] = found
        _mark_sentence_starts(doc, found)
        return doc

    return segments


def _block_at(length: int, segments) -> list[int]:
    """For each token, the block (heading, paragraph, list item, label, cell) it is read in: its segment's, and for a
    blank between segments the one before it. A match must lie in one block: the phrase tables and the Matcher run
    over the whole text, and where blocks meet with no line break between them (HTML's "<h2>… clinically</h2>
    <p>proven …", blanked to spaces) a phrase would read on from a heading into the paragraph after it."""
    if not segments:
        return [-1] * length
    firsts = numpy.array([segment[0] for segment in segments], dtype=numpy.int64)  # in document order
    blocks = numpy.array([segment[3] for segment in segments], dtype=numpy.int64)
    at = numpy.searchsorted(firsts, numpy.arange(length), side="right") - 1
    return numpy.where(at >= 0, blocks[numpy.maximum(at, 0)], -1).tolist()


def _mark_sentence_starts(doc, segments) -> None:
    """The segments are the sentences: each one's first token starts a sentence and no other token does, as spaCy's
    SENT_START, which a pattern's IS_SENT_START reads ("To treat X, …" opening any sentence, not only the text's
    first). Set as one column: `Token.is_sent_start`'s setter scans the whole Doc at each call (quadratic)."""
    if not len(doc):
        return
    starts = numpy.full(len(doc), -1, dtype=numpy.int64)  # -1: not a sentence start
    starts[[segment[0] for segment in segments]] = 1
    doc.from_array([SENT_START], starts.view(numpy.uint64))


def _split_at_blocks(doc, blocks) -> None:
    """A token that a block starts inside is split there: the ingest stage may end a block in mid-word (an image's
    alt text glued to the paragraph after it, "treatmentEndometriosis"), and each block's tokens must be its own."""
    if len(blocks) < 2 or not len(doc):
        return
    # a token holds both characters around the place it is split at, and so both are blanks or neither is: most blocks
    # start after a line break, and then there is nothing to split and no column to read (the text as analysed, which
    # `analyse` leaves in user_data: `Doc.text` joins every token's text again)
    text = doc.user_data.get("ca_text")
    if text is not None and not any(0 < start < len(text) and text[start - 1].isspace() == text[start].isspace()
                                    for start, _, _ in blocks):
        return
    starts = doc.to_array([IDX]).ravel()  # one column read and one search, not a loop over the tokens
    wanted = numpy.fromiter((start for start, _, _ in blocks), dtype=starts.dtype, count=len(blocks))
    at = numpy.searchsorted(starts, wanted, side="right") - 1
    inside = numpy.flatnonzero((at >= 0) & (starts[numpy.maximum(at, 0)] < wanted))
    cuts = [(int(at[k]), int(wanted[k] - starts[at[k]])) for k in inside.tolist()
            if int(wanted[k] - starts[at[k]]) < len(doc[int(at[k])].text)]  # (not in the blank after the token)
    if not cuts:
        return
    with doc.retokenize() as retokenizer:
        for index, offset in cuts:
            token = doc[index]
            retokenizer.split(token, [token.text[:offset], token.text[offset:]], heads=[(token, 0), (token, 0)])


def _ends_sentence(text: str) -> bool:
    return text in SENTENCE_END or (text.endswith(("?", "!")) and len(text) > 1) \
        or text.lower() in load_closing_abbreviations()[0] or _letter_with_stop(text)


def _letter_with_stop(text: str) -> bool:
    """One capital letter glued to a full stop ("B.", "D."): the tokenizer keeps it whole as a name's initial
    ("John B. Smith"), but after a word in lower case it is the letter that ends a name of a thing and the stop
    ends the sentence ("There is no cure for chronic hepatitis B. Antiviral medicines …", "… of vitamin D. Levels
    …"); `_split_sentences` tells the two apart by the word before it."""
    return len(text) == 2 and "A" <= text[0] <= "Z" and text[1] == "."


@lru_cache(maxsize=1)
def load_closing_abbreviations() -> tuple[frozenset[str], frozenset[str]]:
    """lexicons/abbreviations.yml: the abbreviations that may close a sentence ("Acme Health Ltd."), and the words
    that open the next one after them."""
    data = read_abbreviations()
    return (lower_words(data["closing_abbreviations"]),
            lower_words(data["sentence_openers"]))


@lru_cache(maxsize=1)
def load_number_abbreviations() -> frozenset[str]:
    """lexicons/abbreviations.yml `number_abbreviations`: "No." / "Vol." before a number ends no sentence."""
    return lower_words(read_abbreviations().get("number_abbreviations", []))


def _split_sentences(doc, first: int, last: int, ends: list[int]) -> list[tuple[int, int]]:
    """Split after . ! ? (and closing quotes) when the next word starts a sentence; the tokenizer already keeps
    abbreviations such as "e.g." and "Dr." whole, and a list number ("1.") never ends a sentence. `ends` are the
    document's tokens that can end a sentence, in order."""
    pieces, start = [], first
    for i in ends[bisect_left(ends, first):bisect_left(ends, last)]:
        if i < start:
            continue  # inside the closers of the previous sentence end
        token = doc[i]
        end = i + 1
        # a closer follows the end mark with no space between; '"' after a space opens the next sentence
        while end < last and not doc[end - 1].whitespace_ and (doc[end].text in CLOSERS
                                                                or doc[end].text in SENTENCE_END):
            end += 1
        end = _after_citation_markers(doc, end, last)
        nxt = end
        while nxt < last and doc[nxt].is_space:
            nxt += 1
        at_number = token.text == "." and i > start and doc[i - 1].like_num and i - 1 == start
        # "the No. 1 supplement": the full stop of an abbreviation of "number" before a number
        numbered = token.text == "." and i > start and not doc[i - 1].whitespace_ and nxt < last \
            and doc[nxt].like_num and doc[i - 1].lower_ in load_number_abbreviations()
        # after "Ltd." a sentence ends only where a word that opens sentences follows ("… Acme Ltd. It cures …")
        abbreviation = token.text not in SENTENCE_END and not token.text.endswith(("?", "!"))
        # "hepatitis B. Antiviral …": a letter and its stop after a word in lower case end the sentence before any
        # capitalised word; after a capitalised word ("John B. Smith") it is an initial, as with any abbreviation
        letter_ends = _letter_with_stop(token.text) and i > start and doc[i - 1].is_lower and doc[i - 1].is_alpha
        opens = nxt < last and (not abbreviation or letter_ends
                                or doc[nxt].lower_ in load_closing_abbreviations()[1])
        if nxt >= last or (not at_number and not numbered and opens and _starts_sentence(doc[nxt].text)):
            pieces.append((start, end))
            start = nxt
    if start < last:
        pieces.append((start, last))
    return pieces


def _after_citation_markers(doc, end: int, last: int) -> int:
    """Past the numbered citation markers glued to a sentence's end ("… by HIV.[1][5] Most …", "… management.1
    Psoriasis …"): they belong to the sentence they close."""
    while end + 2 < last and not doc[end - 1].whitespace_ and doc[end].text == "[" and doc[end + 1].like_num \
            and doc[end + 2].text == "]":
        end += 3
    if end < last and doc[end - 1].text == "." and not doc[end - 1].whitespace_ and doc[end].whitespace_ \
            and doc[end].text[:1].isdigit() and doc[end - 2].is_lower:
        end += 1  # the tokenizer splits such a number off only after a word of lower-case letters
    if end + 3 < last and doc[end - 1].text in SENTENCE_END and doc[end].text == "(" and doc[end + 2].text == ")" \
            and CITATION_NUMBER.fullmatch(doc[end + 1].text) and doc[end + 2].whitespace_ \
            and doc[end + 3].text[:1].isupper():
        end += 3  # "… maintenance. (2) This is why …": a numbered citation set after the full stop closes the sentence
    return end


CITATION_NUMBER = re.compile(r"\d{1,3}(?:[,\u2013-]\d{1,3})*")  # "2", "3,4", "5-7"


def _starts_sentence(text: str) -> bool:
    return text[:1].isupper() or text[:1].isdigit() or text[:1] in "\"'\u201c\u2018("


@Language.factory("claimaudit_matches")
def make_matches(nlp, name):
    """One matching pass for concepts, cues, rule patterns and ConText triggers (all from YAML data).

    Patterns that are plain word sequences (most of them, once alternatives and optional words are expanded) go
    to phrase tables (`PhraseTable`) on the lemma (NORM) or the exact form (LOWER), which are array look-ups. A
    one-word regular expression is a vocabulary flag. Fixed-length patterns (words, word sets, numbers, flags,
    any-token slots) are filed under their rarest token (their anchor) and compared on the token attribute columns
    where it occurs.
    Only the rest (quantifiers) need spaCy's Matcher, whose cost grows with every token it is run on: it runs
    only on the segments that contain the pattern's anchor, and a wording rule's sentence conditions (`unless`,
    `requires`) only on the segments where the rule matched (AUT001's named-study conditions are anchored on
    "study", which abstracts use in nearly every sentence)."""
    pattern_set = load_pattern_set()
    # ConText triggers that end before the last words their pattern requires (`span` in context.yml)
    trigger_spans = {rule["key"]: rule["span"] for rule in pattern_set.context if rule.get("span")}
    by_lemma = PhraseTable(nlp.vocab, "NORM")
    by_form = PhraseTable(nlp.vocab, "LOWER")
    unanchored = _matcher(nlp)
    # patterns of a few tokens that must open a sentence ("To treat coeliac disease, …"): run only where one opens
    openers = _matcher(nlp)
    opener_length = 0  # the most tokens a match of one of them holds
    opener_words: list[tuple[str, re.Pattern] | None] = []  # what each one's first word must be (`_first_word_test`)
    # anchor -> the Matcher patterns filed under it (`_AnchoredPatterns`: their Matcher is built on first need)
    anchored: dict[str, dict[int, _AnchoredPatterns]] = {attr: {} for attr in COLUMNS}
    fixed: dict[tuple[int, int], list[FixedPattern]] = {}  # (column, anchor value) -> fixed-length patterns
    word_tests: list[tuple[str, str, re.Pattern]] = []
    conditional: dict[str, dict[Required, Matcher]] = {}  # a rule's key -> the Matchers of its sentence conditions
    phrases: list[tuple[str, str, list[list[str]]]] = []  # (key, attribute, word sequences) for the phrase tables
    word_sets: dict[tuple[str, ...], frozenset[int]] = {}  # a set of words a fixed pattern tests -> their hashes

    def word_set(words: list[str]) -> frozenset[int]:  # many patterns test the same long lists
        found = word_sets.get(listed := tuple(words))
        if found is None:
            found = word_sets[listed] = _shared(frozenset(map(nlp.vocab.strings.add, words)))
        return found
    for (kind, label), patterns in sorted(pattern_set.patterns.items()):
        key = f"{kind}\t{label}"
        lemma_phrases, form_phrases, rest = [], [], []
        for pattern in patterns:
            expanded = _as_phrases(pattern)
            if expanded is not None:
                for attr, words in expanded:
                    (lemma_phrases if attr == "NORM" else form_phrases).append(words)
            elif (test := _word_regex(pattern)) is not None:
                word_tests.append((key, *test))
            else:
                rest.append(pattern)
        phrases += [(key, "NORM", lemma_phrases), (key, "LOWER", form_phrases)]
        match_id = nlp.vocab.strings.add(key)
        for pattern in rest:
            variants = _fixed_variants(pattern)
            for variant, (at, attr, words) in variants or ():
                constraints = [(offset, a, w) for offset, token in enumerate(variant) for a, w in _constraints(token)]
                checks = tuple((offset, COLUMNS.index(a), 1 if a in FLAGS else nlp.vocab.strings.add(w))
                               for offset, a, w in constraints if not isinstance(w, dict))
                sets = {test: tuple((offset, COLUMNS.index(a), word_set(w[test]))
                                    for offset, a, w in constraints if isinstance(w, dict) and test in w)
                        for test in ("IN", "NOT_IN")}
                entry = (match_id, at, len(variant), checks, sets["IN"], sets["NOT_IN"])
                for word in words:  # an anchor that is a set of words files the pattern under each of them
                    value = 1 if attr in FLAGS else nlp.vocab.strings.add(word)
                    fixed.setdefault((COLUMNS.index(attr), value), []).append(entry)
            if variants:
                continue
            if (kind, label) in pattern_set.only_with:
                rule_key = "\t".join(pattern_set.only_with[(kind, label)])
                required = _required(nlp, pattern)
                conditional.setdefault(rule_key, {}).setdefault(required, _matcher(nlp)).add(
                    key, _counted_spellings(pattern))
                continue
            for spelled in _spelled_at_anchor(pattern):
                # a word, else a set of words too many to spell out ("the company claims"): filed under each
                anchor = _matcher_anchor(spelled)
                if anchor:
                    at, attr, words = anchor
                    for word in words:
                        value = 1 if attr in FLAGS else nlp.vocab.strings.add(word)
                        group = anchored[attr].get(value)
                        if group is None:
                            group = anchored[attr][value] = _AnchoredPatterns()
                        group.patterns.append((key, spelled, at))
                elif _opening_length(spelled):
                    openers.add(key, _counted_spellings(spelled))
                    opener_length = max(opener_length, _opening_length(spelled))
                    opener_words.append(_first_word_test(spelled))
                else:
                    unanchored.add(key, _counted_spellings(spelled))
    anchor_sets = [numpy.array(sorted({*anchored[attr], *(v for c, v in fixed if c == column)}), dtype=numpy.uint64)
                   for column, attr in enumerate(COLUMNS)]
    common = frozenset(nlp.vocab.strings.add(word) for word in _COMMON)
    # (column, anchor value) -> its fixed-length patterns filed for look-up (`FixedGroup`), made on first need
    fixed_groups: dict[tuple[int, int], FixedGroup] = {}
    # A one-word regular expression becomes a flag of the vocabulary entry: tested once per distinct word, when the
    # entry is made, and read for a whole document as one column. The flags come before the phrases' words enter
    # the vocabulary: a flag added later is set by visiting every entry already made.
    word_flags = [(nlp.vocab.strings.add(key), nlp.vocab.add_flag(_flag_test(nlp, attr, regex)))
                  for key, attr, regex in word_tests]
    # the words that can open a match of an opener, as one flag: a sentence that starts with none of them is not run
    # (None when some opener's first word is not one such test: then every sentence is)
    first_words = [test for test in opener_words if test is not None]
    opening_word = nlp.vocab.add_flag(_any_flag_test([_flag_test(nlp, attr, regex) for attr, regex in first_words])) \
        if first_words and len(first_words) == len(opener_words) else None
    hashes = _phrase_hashes(nlp)
    for key, attr, sequences in phrases:
        if sequences:
            (by_lemma if attr == "NORM" else by_form).add(key, [_phrase_key(nlp, attr, words, hashes)
                                                                for words in sequences])
    for phrase_table in (by_lemma, by_form):
        phrase_table.freeze()
    labels: dict[int, tuple[str, str]] = {}  # match id -> (kind, label)

    def word_matches(doc):
        if not word_flags or not len(doc):
            return
        # every flag's hits in one call (not one per flag: a short text paid a dozen numpy calls); their order does
        # not matter, `matches` collects them as a set
        tokens, columns = numpy.nonzero(doc.to_array([flag for _, flag in word_flags]))
        for i, number in zip(tokens.tolist(), columns.tolist()):
            yield word_flags[number][0], i, i + 1

    def anchored_matches(doc):
        if not len(doc) or not any(len(a) for a in anchor_sets):
            return
        values = doc.to_array([NORM, LOWER, ORTH, LIKE_NUM, IS_ALPHA])
        segments = doc.user_data.get("ca_segments") or [(0, len(doc))]
        firsts = numpy.array([segment[0] for segment in segments])
        rows = None
        # (segment, anchor's Matchers) -> its first and last anchor there: each Matcher runs once per segment that
        # holds its anchors, over the reach of its patterns around them (a match holds an anchor; the Matcher's cost
        # grows with every token it reads), where the other words one of its patterns requires are there too
        runs: dict[tuple[int, _AnchoredPatterns], tuple[_AnchoredPatterns, int, int]] = {}
        found: list[tuple[int, int, int]] = []  # the fixed-length patterns' matches
        starts = lasts = None
        for column, (attr, anchors) in enumerate(zip(COLUMNS, anchor_sets)):
            hits = numpy.flatnonzero(_among(values[:, column], anchors))
            if not len(hits):
                continue
            if rows is None:
                rows = values.tolist()
                starts, lasts = firsts.tolist(), [segment[1] for segment in segments]
            # each hit's checks are the compiled module's (components/anchored.py)
            match_hits(rows, column, hits.tolist(), (numpy.searchsorted(firsts, hits, side="right") - 1).tolist(),
                       starts, lasts, anchored[attr], fixed, fixed_groups, common, runs, found)
        yield from found
        columns = values.T.tolist() if runs else []
        for (at, _), (group, low, high) in runs.items():
            first, last = segments[at][:2]
            if group.needs is None:
                group.prepare(nlp)
            before, after = group.reach
            lo, hi = max(first, low - before), min(last, high + after + 1)
            some = group.wanted
            if some is not None and holds_none(columns, some, lo, hi):
                continue
            if any(holds(columns, required, max(first, low - before), min(last, high + after + 1))
                   for required, (before, after) in group.needs.items()):
                for match_id, start, end in group.matcher(nlp)(doc[lo:hi]):
                    yield match_id, lo + start, lo + end

    def opening_matches(doc):
        """The matches of the patterns that open a sentence: a match starts on the first token of a segment (the
        sentence starts `_mark_sentence_starts` set, which the Matcher reads), so the Matcher reads only the few
        tokens from each on, within the segment, not the whole text."""
        if not len(openers) or not len(doc):
            return
        segments = doc.user_data.get("ca_segments") or [(0, len(doc))]
        if opening_word is not None:
            can_open = doc.to_array([opening_word]).tolist()
            segments = [segment for segment in segments if can_open[segment[0]]]
        for first, last, *_ in segments:
            for match_id, start, end in openers(doc[first:min(last, first + opener_length)]):
                yield match_id, first + start, first + end

    def conditional_matches(doc, found: set[tuple]):
        """The sentence conditions of the rules that matched, in the segments where they matched."""
        segments = doc.user_data.get("ca_segments") or [(0, len(doc))]
        firsts = [segment[0] for segment in segments]
        runs = set()
        for first, _, kind, label in found:
            rule_key = f"{kind}\t{label}"
            at = bisect_right(firsts, first) - 1
            if rule_key in conditional and at >= 0 and first < segments[at][1]:
                runs.add((at, rule_key))
        columns = doc.to_array([NORM, LOWER, ORTH, LIKE_NUM, IS_ALPHA]).T.tolist() if runs else []
        for at, rule_key in sorted(runs):
            start, end = segments[at][:2]
            for required, matcher in conditional[rule_key].items():
                if holds(columns, required, start, end):
                    for match_id, first, last in matcher(doc[start:end]):
                        yield match_id, start + first, start + last

    def add(found: set[tuple], spans, spaces: list[int], block_at: list[int]) -> None:
        for match_id, first, last in spans:
            if last - first > MAX_SPAN:
                continue  # an open span that did not close within MAX_SPAN tokens never closes
            names = labels.get(match_id)
            if names is None:
                names = labels[match_id] = tuple(nlp.vocab.strings[match_id].split("\t", 1))
            while last > first and spaces[last - 1]:
                last -= 1
            if last > first and block_at[first] != block_at[last - 1]:
                continue  # a heading's last words and the paragraph's first are not one phrase (`_block_at`)
            if names[0] == "context" and names[1] in trigger_spans:
                last = min(last, first + trigger_spans[names[1]])
            found.add((first, last, *names))

    def matches(doc):
        found = set()
        spaces = doc.to_array([IS_SPACE]).tolist() if len(doc) else []
        block_at = _block_at(len(doc), doc.user_data.get("ca_segments") or [])
        add(found, [*by_lemma(doc), *by_form(doc), *word_matches(doc), *anchored_matches(doc),
                    *(unanchored(doc) if len(unanchored) else ()), *opening_matches(doc)], spaces, block_at)
        if conditional:
            add(found, list(conditional_matches(doc, found)), spaces, block_at)
        doc.user_data["ca_mentions"] = _longest_concepts(_longest_per_label(found))
        return doc

    def build_all() -> None:
        for key, entries in fixed.items():
            if key not in fixed_groups:
                fixed_groups[key] = FixedGroup(entries, common)
        for groups in anchored.values():
            for group in groups.values():
                group.build_all(nlp)

    def built() -> tuple[int, int]:
        """How many of the anchored Matchers are built, of how many."""
        groups = [group for groups in anchored.values() for group in groups.values()]
        return sum(group.is_built() for group in groups), len(groups)

    return Component(matches, build_all, built)


class Component:
    """A component whose tables are partly built on first need: `build_all` builds the rest now, `built` counts the
    tables built (of how many)."""

    def __init__(self, run, build_all, built) -> None:
        self.run = run
        self.build_all = build_all
        self.built = built

    def __call__(self, doc):
        return self.run(doc)


class _AnchoredPatterns:
    """The Matcher patterns filed under one anchor word, as (key, pattern, anchor's index), in the order they were
    read. What a run needs is made on first need: the sets of other words the patterns require with the tokens they
    reach (`prepare`), and spaCy's Matcher of them (`matcher`), built the first time a segment holds all a pattern
    requires. A document meets few of the thousands of anchors: building every Matcher (spaCy compiles each pattern
    as it is added) was most of a one-file re-check's start-up. `build_all` makes them all at once, as before a fork,
    so that the workers share them."""

    __slots__ = ("patterns", "needs", "reach", "wanted", "_matcher")

    def __init__(self) -> None:
        self.patterns: list[tuple[str, list[dict], int]] = []
        # each set of words some of the patterns require (`_required`) -> the tokens those patterns reach around it
        self.needs: dict[Required, tuple[int, int]] | None = None
        self.reach = (0, 0)  # the tokens any match reaches around the anchor: the widest of the patterns'
        # the words, by column, of which a run's widest reach must hold one for any required set to be there
        # (`_some_required`): most runs hold none, and are dropped at one test per column instead of one per set
        self.wanted: Required | None = None
        self._matcher: Matcher | None = None

    def prepare(self, nlp) -> None:
        needs: dict[Required, tuple[int, int]] = {}
        for _, pattern, at in self.patterns:
            required = _required(nlp, pattern, at)
            needs[required] = _wider(needs.get(required, (0, 0)), _reach(pattern, at))
        self.reach = reduce(_wider, needs.values(), (0, 0))
        self.wanted = _some_required(needs)
        self.needs = needs

    def matcher(self, nlp) -> Matcher:
        if self._matcher is None:
            matcher = _matcher(nlp)
            for key, pattern, _ in self.patterns:
                matcher.add(key, _counted_spellings(pattern))
            self._matcher = matcher
        return self._matcher

    def is_built(self) -> bool:
        return self._matcher is not None

    def build_all(self, nlp) -> None:
        if self.needs is None:
            self.prepare(nlp)
        self.matcher(nlp)


def _counted_spellings(pattern: list[dict], optionals: int = CHEAP_OPTIONALS,
                       limit: int = COUNTED_LIMIT) -> list[list[dict]]:
    """A Matcher pattern with each counted repeat ({"OP": "{0,16}"}) spelled out at each of its counts, one pattern
    per combination: the same matches, at a fraction of the cost. spaCy expands "{m,n}" into n - m optional tokens,
    and its partial matches about double with each past a few: on a 20-token sentence, a run of "{0,8}" from its
    start took 0.03 ms, one of "{0,16}" 15 ms (SUB003's harm raising a risk: 2.2 s of the 600 SciFact abstracts'
    2.7 s in the Matcher), its 17 spellings 0.03 ms. A pattern of no more than `optionals` optional tokens in counted
    repeats stays as it is (spelling them all out cost 2.5 MB of Matcher tables for no time). One whose spellings
    would pass `limit` (two runs of "{0,20}": 441 patterns) is spelled in steps of `optionals` + 1 counts instead, each
    a fixed count and a repeat of at most `optionals` ("{0,20}": "{0,8}", 9 then "{0,8}", 18 then "{0,2}"): left
    as it was, CMP002's two "{0,20}" runs took 45 s and 6.6 GB on one 21-token sentence with "work best on"."""
    counts = [_counted(token.get("OP")) for token in pattern]
    if sum(len(c) - 1 for c in counts if c) <= optionals:
        return [pattern]
    step = 1 if math.prod(len(c) for c in counts if c) <= limit else optionals + 1
    choices = [[None] if c is None else [c[i:i + step] for i in range(0, len(c), step)] for c in counts]
    if math.prod(len(c) for c in choices) > limit:
        return [pattern]
    fixed = [{k: v for k, v in token.items() if k != "OP"} for token in pattern]
    spellings = []
    for combination in itertools.product(*choices):
        spelled = [token for index, counts_here in enumerate(combination) for token in (
            [pattern[index]] if counts_here is None else _repeat_from_least(fixed[index], counts_here))]
        if spelled:
            spellings.append(spelled)
    return spellings or [pattern]


def _repeat_from_least(token: dict, counts: range) -> list[dict]:
    """A token repeated over `counts` (consecutive): its least count fixed, and the rest an optional repeat."""
    extra = len(counts) - 1
    return [token] * counts.start + ([{**token, "OP": f"{{0,{extra}}}"}] if extra else [])


def _counted(operator: object) -> range | None:
    """The counts a counted repeat ("{m,n}", "{,n}") takes, if it takes more than one and at most a given number."""
    counted = re.fullmatch(r"\{(\d*),(\d+)\}", operator) if isinstance(operator, str) else None
    if counted is None or int(counted[2]) <= int(counted[1] or 0):
        return None
    return range(int(counted[1] or 0), int(counted[2]) + 1)


def _matcher(nlp) -> Matcher:
    # A raw pattern is checked against spaCy's schema once, when the pattern set is read (`PatternSet.add`); the
    # compiled phrases are well formed by construction
    return Matcher(nlp.vocab, validate=False)


class _MatchingWords:
    """The words of one column that a pattern token's regular expression accepts ({"TEXT": {"REGEX":
    "^\\d{1,3}$"}}), as a required set whose members are not listed: `isdisjoint` answers as the frozenset of them
    would, searching each distinct word once, as the Matcher's REGEX test does (`re.search` on the attribute's
    string), and keeping the answer (bounded: on a large corpus the words keep coming). Equal when column and
    expression are."""

    __slots__ = ("column", "regex", "_search", "_strings", "_known")
    LIMIT = 100_000

    def __init__(self, column: int, regex: str, strings) -> None:
        self.column = column
        self.regex = regex
        self._search = re.compile(regex).search
        self._strings = strings
        self._known: dict[int, bool] = {}

    def isdisjoint(self, values) -> bool:
        known = self._known
        if len(known) > self.LIMIT:
            known.clear()
        for value in values:
            found = known.get(value)
            if found is None:
                found = known[value] = self._search(self._strings[value]) is not None
            if found:
                return False
        return True

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _MatchingWords) and (self.column, self.regex) == (other.column, other.regex)

    def __hash__(self) -> int:
        return hash((self.column, self.regex))

    def __repr__(self) -> str:
        return f"_MatchingWords({self.column}, {self.regex!r})"


# (column, word hashes, or the words a regular expression accepts): one of the words must be in that column
Required = tuple[tuple[int, "frozenset[int] | _MatchingWords"], ...]
# each distinct set of word hashes a requirement holds, kept once: thousands of patterns require the same few
# hundred word lists, and each of their sets held its own copy (8 MB of the engine every worker shares)
_WORD_SETS: dict[frozenset[int], frozenset[int]] = {}


def _shared(words: frozenset[int]) -> frozenset[int]:
    return _WORD_SETS.setdefault(words, words)


def _requirement_order(requirement: tuple) -> tuple:
    """A requirement's place in a sorted Required: by column, listed words before a regular expression's."""
    column, words = requirement
    if isinstance(words, _MatchingWords):
        return column, 1, [], words.regex
    return column, 0, sorted(words), ""


def _required(nlp, pattern: list[dict], anchor: int | None = None) -> Required:
    """The words a match of a Matcher pattern must hold besides its anchor token: for each token that is neither
    optional nor may repeat zero times and is compared by NORM, LOWER or TEXT with a word or a set of words, the
    column and the words. A Matcher whose patterns all require the same words runs only where they all are (", however
    … should": not at every "however"; HYP001's "evidence … is mixed": not in every sentence it flagged). A regular
    expression on a word is required the same way (`_MatchingWords`), beside whatever else its token tests: the
    citation number after a full stop ("management.1 Psoriasis") is not sought at every full stop. A word is
    required whatever else its token tests: SUB017's "Improve the …" must open a sentence (IS_SENT_START beside the
    verb), and its Matcher, anchored on "the", ran in nearly every sentence of an abstract."""
    found: set[tuple] = set()
    for index, token in enumerate(pattern):
        if index == anchor or token.get("OP") not in (None, "+"):
            continue
        for attr in sorted(set(token) - {"OP", "SPACY"}):
            value = token[attr]
            if attr not in WORD_ATTRS:
                continue
            column = COLUMNS.index("ORTH" if attr == "TEXT" else attr)
            if isinstance(value, dict) and set(value) == {"REGEX"}:
                found.add((column, _MatchingWords(column, str(value["REGEX"]), nlp.vocab.strings)))
            words = [value] if isinstance(value, str) \
                else value["IN"] if isinstance(value, dict) and set(value) == {"IN"} else []
            if words:
                found.add((column, _shared(frozenset(map(nlp.vocab.strings.add, words)))))
    return tuple(sorted(found, key=_requirement_order))


def _some_required(needs: dict[Required, tuple[int, int]]) -> Required | None:
    """One word set of each required set (its smallest listed one, else a regular expression's), the listed ones
    merged by column: tokens that hold none of these words hold no required set whole. None when a pattern requires
    nothing (every run must try the Matcher)."""
    if () in needs:
        return None
    by_column: dict[int, set[int]] = {}
    matching: set[tuple] = set()
    for required in needs:
        column, words = min(required, key=lambda requirement: (
            isinstance(requirement[1], _MatchingWords), len(requirement[1]) if isinstance(requirement[1], frozenset)
            else 0, _requirement_order(requirement)))
        if isinstance(words, _MatchingWords):
            matching.add((column, words))
        else:
            by_column.setdefault(column, set()).update(words)
    return tuple(sorted([*((column, _shared(frozenset(words))) for column, words in by_column.items()), *matching],
                        key=_requirement_order))


def _flag_test(nlp, attr: str, regex: re.Pattern):
    """A vocabulary flag getter: does the word's LOWER (or NORM) form match the regular expression?"""
    form = nlp.vocab.lex_attr_getters[LOWER if attr == "LOWER" else NORM]
    return lambda text: regex.search(form(text)) is not None


def _among(values: numpy.ndarray, sorted_set: numpy.ndarray) -> numpy.ndarray:
    """values[i] in sorted_set, elementwise (a binary search: cheaper than numpy.isin on short documents)."""
    if not len(sorted_set):
        return numpy.zeros(len(values), dtype=bool)
    at = numpy.minimum(numpy.searchsorted(sorted_set, values), len(sorted_set) - 1)
    return sorted_set[at] == values


WORD_ATTRS = ("NORM", "LOWER", "TEXT", "ORTH")


def _constraints(token: dict) -> list[tuple[str, str | dict]]:
    """A fixed pattern's token as (column, value) pairs: ("NORM", "risk"), ("LOWER", {"NOT_IN": [...]}),
    ("LIKE_NUM", ""); none for any token."""
    return [("ORTH" if attr == "TEXT" else attr, "" if attr in FLAGS else value)
            for attr, value in token.items() if attr != "OP"]


def _simple(attr: str, value) -> bool:
    """An attribute test the token columns can answer: a word, a NOT_IN list of words, or a true flag."""
    if attr in FLAGS:
        return value is True
    return attr in WORD_ATTRS and (isinstance(value, str) or isinstance(value, dict) and len(value) == 1
                                   and set(value) <= {"IN", "NOT_IN"})


Anchor = tuple[int, str, tuple[str, ...]]  # (token index, attribute, words): what a match must contain


def _fixed_variants(pattern: list[dict], limit: int = 16) -> list[tuple[list[dict], Anchor]] | None:
    """A pattern whose tokens are each any token, or words compared by NORM/LOWER/TEXT (a word or a NOT_IN list of
    words), a number or an alphabetic word, with at most optional ("?") operators: its fixed-length variants
    (optional tokens spelled out) with their anchors, which a direct comparison of attribute columns matches at the
    anchor without a Matcher; None when it needs the Matcher."""
    choices = []
    for token in pattern:
        simple = all(_simple(attr, value) for attr, value in token.items() if attr != "OP")
        if not simple or token.get("OP") not in (None, "?"):
            return None
        plain = {k: v for k, v in token.items() if k != "OP"}
        choices.append([[plain], []] if token.get("OP") == "?" else [[plain]])
    variants = [[t for part in combination for t in part] for combination in itertools.product(*choices)]
    variants = [v for v in variants if v]
    if len(variants) > limit:
        return None
    anchored = [(variant, anchor) for variant in variants if (anchor := _anchor(variant))]
    return anchored if len(anchored) == len(variants) else None


# Words and marks too common to pick out the few segments a pattern can match in.
_COMMON = frozenset("the a an this that these those of to in on for from and or is be it its with by as at "
                    "( ) , . - / : ; %".split())


def _anchor(pattern: list[dict], sets: bool = True) -> Anchor | None:
    """What a match must contain, the rarer the better, as (token index, attribute, words): a required token
    compared by NORM, LOWER or TEXT equality (one word), a required number (LIKE_NUM), which is rarer than a common
    word, or (with `sets`) a required token from a set of words ({"IN": [...]}: any of them)."""
    fixed: list[tuple[float, int, int, str, tuple[str, ...]]] = []
    for index, token in enumerate(pattern):
        if token.get("OP") not in (None, "+"):
            continue
        # a whitespace test beside the word ({"ORTH": ".", "SPACY": false}: a full stop glued to what follows) is
        # the Matcher's to check; the word still tells where a match can be
        attrs = set(token) - {"OP", "SPACY"}
        if attrs == {"LIKE_NUM"} and token["LIKE_NUM"] is True:
            fixed.append((1, 0, index, "LIKE_NUM", ("",)))
        elif len(attrs) == 1 and (attr := attrs.pop()) in WORD_ATTRS:
            value, attr = token[attr], "ORTH" if attr == "TEXT" else attr
            if isinstance(value, str):
                fixed.append((2 if value in _COMMON else 0, -len(value), index, attr, (value,)))
            elif sets and isinstance(value, dict) and set(value) == {"IN"} and value["IN"]:
                words = tuple(sorted(set(value["IN"])))
                fixed.append((2 if _COMMON.intersection(words) else 0.5, len(words), index, attr, words))
    return min(fixed)[2:] if fixed else None


def _matcher_anchor(pattern: list[dict]) -> Anchor | None:
    """The anchor of a pattern that needs a Matcher: a word, unless the only words are common ones and a set of rarer
    words is required too ("the more ..., the lower ...": the comparatives, not "the", which opens a run in nearly
    every sentence). Any required token finds every match: each holds one, and the Matcher runs over the reach of
    the pattern around it (`_reach`), so the choice changes only how many tokens the Matchers read."""
    word = _anchor(pattern, sets=False)
    if word is None or word[2][0] in _COMMON:
        return _anchor(pattern)
    return word


def _opening_length(pattern: list[dict]) -> int:
    """The most tokens a match of `pattern` holds when its first token must start a sentence and no token repeats
    without bound (a match then starts where a sentence does and ends within that many tokens); else 0. A counted
    repeat holds up to its most ("{0,12}": 12 tokens, not the one entry it is: SUB017's openers were read three
    tokens deep), a negated token ("!") none."""
    first = pattern[0]
    if first.get("IS_SENT_START") is not True or "OP" in first:
        return 0
    total = 0
    for token in pattern:
        op = token.get("OP")
        if op == "!":
            continue
        if op in ("*", "+"):
            return 0
        counted = re.fullmatch(r"\{(\d*)(,?)(\d*)\}", op) if isinstance(op, str) else None
        if counted is None:
            total += 1  # one token, or none ("?")
        elif counted[2] and not counted[3]:
            return 0  # "{2,}": no bound
        else:
            total += int(counted[3] or counted[1] or 0)
    return total


def _first_word_test(pattern: list[dict]) -> tuple[str, re.Pattern] | None:
    """What the first token of a pattern that opens a sentence must be, as ("LOWER", a regular expression on it), when
    its only test besides IS_SENT_START is one word, one set of words or one regular expression on LOWER; else None
    (not on NORM: a token's NORM may be its own, not its vocabulary entry's, which a flag reads)."""
    rest = {attr: value for attr, value in pattern[0].items() if attr != "IS_SENT_START"}
    if len(rest) != 1:
        return None
    (attr, value), = rest.items()
    if attr != "LOWER":
        return None
    if isinstance(value, str):
        return attr, re.compile(f"^{re.escape(value)}$")
    if isinstance(value, dict) and set(value) == {"IN"}:
        return attr, re.compile("^(?:" + "|".join(re.escape(str(w)) for w in value["IN"]) + ")$")
    if isinstance(value, dict) and set(value) == {"REGEX"}:
        return attr, re.compile(value["REGEX"])
    return None


def _any_flag_test(tests: list):
    """A vocabulary flag getter true where one of `tests` is."""
    return lambda text: any(test(text) for test in tests)


def _word_regex(pattern: list[dict]) -> tuple[str, re.Pattern] | None:
    """A one-token pattern that is only a regular expression on LOWER or NORM, compiled; else None."""
    if len(pattern) != 1 or len(pattern[0]) != 1:
        return None
    (attr, value), = pattern[0].items()
    if attr in ("LOWER", "NORM") and isinstance(value, dict) and set(value) == {"REGEX"}:
        return attr, re.compile(value["REGEX"])
    return None


def _as_phrases(pattern: list[dict]) -> list[tuple[str, list[str]]] | None:
    """A token pattern as concrete word sequences on one attribute, or None if it needs the Matcher."""
    options: list[tuple[list[str], bool]] = []  # each token's words, and whether it is optional
    attrs = set()
    for token in pattern:
        extra = set(token) - {"NORM", "LOWER", "OP"}
        if extra or len(set(token) - {"OP"}) != 1 or token.get("OP", "?") != "?":
            return None
        attr = "NORM" if "NORM" in token else "LOWER"
        attrs.add(attr)
        value = token[attr]
        if isinstance(value, dict):
            if set(value) != {"IN"}:
                return None
            values = list(value["IN"])
        else:
            values = [value]
        options.append((values, token.get("OP") == "?"))
    if len(attrs) != 1:
        return None
    # counted before they are spelled out: one raw pattern of the strength cues has 756,000 (0.7-1.5 s of CPU
    # at every start-up, for a list thrown away); the one combination without words is no phrase
    count = math.prod(len(values) + optional for values, optional in options) \
        - all(optional for _, optional in options)
    if count > PHRASES_LIMIT:
        return None
    attr = attrs.pop()
    # spelled out one token at a time, each prefix followed by its words and then (an optional token) by itself:
    # the order of itertools.product over each token's choices, the words before the empty one
    spelled: list[list[str]] = [[]]
    for values, optional in options:
        longer: list[list[str]] = []
        for prefix in spelled:
            longer += [prefix + [value] for value in values]
            if optional:
                longer.append(prefix)
        spelled = longer
    return [(attr, words) for words in spelled if words]


def _reach(pattern: list[dict], at: int) -> tuple[int, int]:
    """How many tokens a match of the pattern can hold before and after its anchor token (at index `at`); an open
    quantifier ("*", "+", "{2,}") reaches MAX_SPAN."""

    def longest(tokens: list[dict]) -> int:
        total = 0
        for token in tokens:
            op = token.get("OP")
            if op in ("*", "+") or (op and op.startswith("{") and op.endswith(",}")):
                return MAX_SPAN
            total += int(op.strip("{}").split(",")[-1]) if op and op.startswith("{") else 1
        return min(total, MAX_SPAN)

    if pattern[at].get("OP") == "+":  # the anchor itself repeats
        return MAX_SPAN, MAX_SPAN
    return longest(pattern[:at]), longest(pattern[at + 1:])


def _wider(a: tuple[int, int], b: tuple[int, int]) -> tuple[int, int]:
    """The reach of two patterns together: the longer on each side."""
    return max(a[0], b[0]), max(a[1], b[1])


def _spelled_at_anchor(pattern: list[dict], limit: int = 1000) -> list[list[dict]]:
    """A Matcher pattern as the patterns filed under its anchor's words, finding what the pattern spelled out whole
    (`_without_sets`) finds: its anchor's set and every set with an operator are spelled out, one pattern per
    combination of words; a set with no operator stays a set, as it matches one token of the set, as one spelled
    word does (a quantified set matches runs of mixed words: "has now completely", where each spelled word repeats
    alone). Spelling out every set made 31,000 patterns of 1,300, and spaCy's Matcher holds each pattern token as C
    structs it allocates one by one and records in a Python dict (`cymem.Pool`): about 50 MB of the prepared
    parent. The Matcher caches a set's test per token, and a group's Matcher is run only around its anchor, so the
    sets cost no measurable time. A pattern with no anchor is spelled out whole, for a word to be anchored on; one
    whose whole spelling passes `limit` keeps its sets, as it always did (only an anchor set with no operator, which
    matches one token, is spelled out)."""
    anchor = _matcher_anchor(pattern)
    if anchor is None:
        return _without_sets(pattern, limit)
    at = anchor[0]
    if _spellings(pattern) > limit:
        return _spelled(pattern, set() if "OP" in pattern[at] else {at})
    return _spelled(pattern, {at} | {index for index, token in enumerate(pattern) if "OP" in token})


def _without_sets(pattern: list[dict], limit: int = 1000) -> list[list[dict]]:
    """Spell out {"IN": [...]} sets as separate patterns, so that a pattern with no anchor gets a word to be
    anchored on (`_spelled_at_anchor`; equality is checked in C, set membership per token in Python, once per
    token and set); past `limit` patterns, the pattern stays whole."""
    return _spelled(pattern, set(range(len(pattern)))) if _spellings(pattern) <= limit else [pattern]


def _set_attr(token: dict) -> str | None:
    """The attribute a token tests against a set of words ({"IN": [...]}), if any."""
    return next((a for a in WORD_ATTRS if isinstance(token.get(a), dict) and set(token[a]) == {"IN"}), None)


def _spellings(pattern: list[dict]) -> int:
    """How many patterns spelling out every set of words of `pattern` makes."""
    return math.prod(len(token[attr]["IN"]) for token in pattern if (attr := _set_attr(token)))


def _spelled(pattern: list[dict], indices: set[int]) -> list[list[dict]]:
    """`pattern` with the sets of words of the tokens at `indices` spelled out: one pattern per combination of
    their words, in their sets' order."""
    choices = []
    for index, token in enumerate(pattern):
        attr = _set_attr(token) if index in indices else None
        choices.append([{**token, attr: word} for word in token[attr]["IN"]] if attr else [token])
    return [list(combination) for combination in itertools.product(*choices)]


def _phrase_key(nlp, attr: str, words: list[str], hashes: dict[str, _Hashes] | None = None) -> tuple[int, ...]:
    """A phrase as a phrase table (as spaCy's PhraseMatcher) stores it: the hashes of its words' NORM (the words are
    lemmas already) or LOWER form, which is what it reads from a Doc of them.
    Making that Doc cost a vocabulary entry for every new word (2,800) and a fifth of the matchers' build.
    `hashes` (`_phrase_hashes`) keeps each distinct word's hash for the next phrase that holds it."""
    return tuple(map((hashes or _phrase_hashes(nlp))[attr].__getitem__, words))


class _Hashes(dict):
    """word -> its hash, added to the StringStore on first need: the 34,000 phrases and the word sets of the fixed
    patterns hold the same few thousand words over and over."""

    def __init__(self, add) -> None:
        super().__init__()
        self.add = add

    def __missing__(self, word: str) -> int:
        value = self[word] = self.add(word)
        return value


def _phrase_hashes(nlp) -> dict[str, _Hashes]:
    """The word hashes of phrases on NORM (the words are lemmas already) and on LOWER (the word lower-cased as the
    vocabulary does)."""
    strings = nlp.vocab.strings
    lower = nlp.vocab.lex_attr_getters[LOWER]
    return {"NORM": _Hashes(strings.add), "LOWER": _Hashes(lambda word: strings.add(lower(word)))}


def _longest_per_label(found) -> list[tuple]:
    """Drop a match contained in a longer match of the same kind and label ("side effects" vs "effects")."""
    reach: dict[tuple[str, str], int] = {}  # per label, the furthest end kept so far
    kept = []
    for mention in sorted(found, key=_start_longest_first):  # contained matches end before the reach
        label = (mention[2], mention[3])
        if mention[1] > reach.get(label, -1):
            kept.append(mention)
            reach[label] = mention[1]
    return kept


def _start_longest_first(mention: tuple) -> tuple[int, int]:
    return mention[0], -mention[1]


def _longest_concepts(found: list[tuple]) -> list[tuple]:
    """Among overlapping concept mentions keep the longest ("relapsed multiple myeloma" over "relapsed")."""
    concepts = sorted((m for m in found if m[2] == "concept"), key=lambda m: (m[0], m[1]))
    kept = [m for m in found if m[2] != "concept"]
    longest = max((m[1] - m[0] for m in concepts), default=0)
    firsts = [m[0] for m in concepts]
    for mention in concepts:  # overlapping mentions start within `longest` tokens before this one ends
        length = mention[1] - mention[0]
        lo = bisect_left(firsts, mention[0] - longest)
        hi = bisect_left(firsts, mention[1])
        if not any(o[1] > mention[0] and (o[1] - o[0]) > length for o in concepts[lo:hi]):
            kept.append(mention)
    return sorted(kept)


@Language.factory("claimaudit_context")
def make_context(nlp, name):
    """ConText (Harkema et al. 2009): each trigger modifies tokens in its direction within its sentence, up to
    max_scope tokens or a terminator; pseudo-triggers cancel the triggers they overlap."""
    rules = {rule["key"]: rule for rule in load_pattern_set().context}

    def context(doc):
        mentions = [m for m in doc.user_data["ca_mentions"] if m[2] == "context"]
        pseudo = [m for m in mentions if m[3].startswith("PSEUDO:")]
        terminators = {m[0] for m in mentions if m[3].startswith("TERMINATE:")}
        in_pseudo = {i for p in pseudo for i in range(p[0], p[1])}
        triggers = [m for m in mentions if not m[3].startswith(("PSEUDO:", "TERMINATE:")) and m[0] not in in_pseudo]
        triggers = _outermost(triggers)
        sentence_of = _sentence_bounds(doc)
        modifiers = []
        for trigger in triggers:
            rule = rules[trigger[3]]
            lo, hi = sentence_of(trigger[0])
            words = 0
            scope_last = trigger[1]
            if rule["direction"] in ("forward", "bidirectional"):
                i = trigger[1]
                negation = rule["category"] == "NEGATED"
                series_end = 0  # a denied series reaches its last item, past max_scope if need be
                while i < hi and (words < rule["max_scope"] or i < series_end) and i not in terminators:
                    if negation and doc[i].text == ",":
                        joiner = _series_joiner(doc, i, hi,
                                                doc[trigger[0]].lower_ in negation_series().determiners)
                        if joiner < 0:
                            closing = _parenthesis_end(doc, i, hi)
                            if closing < 0:
                                break
                            i = closing + 1  # "will not, in fact, cure": the aside is skipped, the negation goes on
                            continue
                        series_end = max(series_end, _last_item_end(doc, joiner, hi))
                    words += not doc[i].is_space
                    i += 1
                scope_last = i
            scope_first = trigger[0]
            if rule["direction"] in ("backward", "bidirectional"):
                i, words = trigger[0], 0
                while i > lo and words < rule["max_scope"] and (i - 1) not in terminators:
                    i -= 1
                    words += not doc[i].is_space
                scope_first = i
            category = rule["category"]
            modifiers.append((category, trigger, scope_first, scope_last))
        doc.user_data["ca_modifiers"] = modifiers
        return doc

    return context


class _NegationSeries(NamedTuple):
    """lexicons/context.yml `negation_series`: how far a negation reads a series of denied items."""

    joiners: frozenset[str]  # the words that close a denied series ("or", "and")
    list_marks: frozenset[str]  # the marks that join list items besides the joiners (rules/sentences.py list_joins)
    reach: int  # how many words after a comma a joiner may come
    last_item: int  # how many words of the last item the negation reaches after the joiner
    determiners: frozenset[str]  # negations that deny nouns ("no"): their series' items are noun phrases
    clause_openers: frozenset[str]  # subordinators, and the finite words of lexicons/headings.yml
    predicate_links: frozenset[str]  # the prepositions that make an adjective a predicate ("suitable for")
    aside_openers: frozenset[str]  # the openers of an aside between commas
    aside: int  # how many words an aside may have


@lru_cache(maxsize=1)
def negation_series() -> _NegationSeries:
    """lexicons/context.yml `negation_series`, read and checked once, its word lists lower case (the negation scope
    here; the rules' reading of a list of denials, rules/sentences.py `list_joins`)."""
    data = read_yaml("lexicons/context.yml")
    series = data.get("negation_series") if isinstance(data, dict) else None
    if not isinstance(series, dict):
        raise DataError("negation_series must be a mapping", "pipeline/lexicons/context.yml")
    lists = ("joiners", "list_marks", "determiners", "clause_openers", "predicate_links", "aside_openers")
    if not all(isinstance(series.get(key), list) for key in lists) \
            or not all(isinstance(series.get(key), int) for key in ("reach", "last_item", "aside")):
        raise DataError("negation_series needs joiners, list_marks, determiners, clause_openers, predicate_links, "
                        "aside_openers (lists) and reach, last_item, aside (numbers)", "pipeline/lexicons/context.yml")
    headings = read_yaml("lexicons/headings.yml")
    if not isinstance(headings, dict) or not isinstance(headings.get("finite_words"), list):
        raise DataError("headings.yml needs finite_words (a list)", "pipeline/lexicons/headings.yml")
    words = {key: lower_words(series[key]) for key in lists}
    return _NegationSeries(words["joiners"], words["list_marks"], series["reach"], series["last_item"],
                           words["determiners"],
                           words["clause_openers"] | lower_words(headings["finite_words"]),
                           words["predicate_links"], words["aside_openers"], series["aside"])


CLAUSE_ENDS = (".", ";", ":", "!", "?")


@lru_cache(maxsize=1)
def _adjectives_only() -> frozenset[str]:
    """Adjectives that are no noun or verb in spaCy's English lemma index ("suitable", "safe"; not "sweet")."""
    index = english_lookup("lemma_index")
    return frozenset(index["adj"]) - frozenset(index["noun"]) - frozenset(index["verb"])


def _series_joiner(doc, comma: int, hi: int, of_nouns: bool) -> int:
    """After the comma at `comma`, the joiner ("or", "and") that comes within reach before the clause ends, or -1:
    with one, the comma parts the items of a series a negation denies; without, it opens a clause or a new item the
    negation leaves alone. The words before the joiner must be an item, not a clause: none opens a clause ("so",
    "because", a finite verb: "It is not a steroid, so it is safe … and works"), none is a verb with its "-s" after a
    verb's negation ("It is not habit-forming, works fast and …"), and after "no" the first is no adjective with its
    complement ("No side effects, suitable for everyone and …": a predicate, not a noun)."""
    series = negation_series()
    joiners, reach, openers, links = series.joiners, series.reach, series.clause_openers, series.predicate_links
    words = 0
    item = [j for j in range(comma + 1, min(hi, comma + 4)) if not doc[j].is_space]
    if of_nouns and len(item) > 1 and doc[item[0]].lower_ in _adjectives_only() and doc[item[1]].lower_ in links:
        return -1
    for j in range(comma + 1, hi):
        token = doc[j]
        if token.lower_ in joiners:
            return j
        if token.text in CLAUSE_ENDS or token.lower_ in openers:
            return -1
        if not of_nouns and token.lower_.endswith("s") and lemma_of(token.lower_) != token.lower_ \
                and lemma_of(token.lower_) in verb_lemmas():
            return -1
        words += not token.is_space
        if words > reach:
            return -1
    return -1


def _parenthesis_end(doc, comma: int, hi: int) -> int:
    """The comma closing an aside opened at `comma` ("will not, in fact, cure", "No drug, at present, can …"), or
    -1: a few words opened by a preposition or made of one adverb, with no verb among them."""
    series = negation_series()
    openers, asides, aside = series.clause_openers, series.aside_openers, series.aside
    words = [j for j in range(comma + 1, min(hi, comma + 2 * aside + 2)) if not doc[j].is_space]
    closing = next((n for n, j in enumerate(words) if doc[j].text == ","), -1)
    if closing < 1 or closing > aside or any(doc[j].text in CLAUSE_ENDS or doc[j].lower_ in openers
                                             for j in words[:closing]):
        return -1
    first = doc[words[0]].lower_
    if first in asides or (closing == 1 and first.endswith("ly")):
        return words[closing]
    return -1


def _last_item_end(doc, joiner: int, hi: int) -> int:
    """Where the series' last item, after its joiner, ends as far as a negation reads it: `last_item` words on, or
    at a comma or the clause's end before."""
    last_item = negation_series().last_item
    words, j = 0, joiner + 1
    while j < hi and words < last_item and doc[j].text not in CLAUSE_ENDS and doc[j].text != ",":
        words += not doc[j].is_space
        j += 1
    return j


def _outermost(triggers: list[tuple]) -> list[tuple]:
    """Drop a trigger lying inside a longer one ("not" inside "not always"); triggers are short, so only those
    starting a few tokens earlier can contain it."""
    by_first: dict[int, list[tuple]] = {}
    for trigger in triggers:
        by_first.setdefault(trigger[0], []).append(trigger)
    span = max((t[1] - t[0] for t in triggers), default=0)
    return [m for m in triggers if not any(o is not m and o[1] >= m[1] and (o[1] - o[0]) > (m[1] - m[0])
                                           for start in range(m[0] - span, m[0] + 1)
                                           for o in by_first.get(start, ()))]


def _sentence_bounds(doc):
    """token -> (first, last) of its segment; a token outside every segment is its own."""
    segments = doc.user_data["ca_segments"]
    firsts = [segment[0] for segment in segments]

    def bounds(i: int) -> tuple[int, int]:
        at = bisect_right(firsts, i) - 1
        return segments[at][:2] if at >= 0 and i < segments[at][1] else (i, i + 1)

    return bounds
