"""A phrase table: finds every occurrence of many word sequences in a Doc, as spaCy's PhraseMatcher does, from
compact arrays.

spaCy's PhraseMatcher keeps its phrases as a trie whose every node is a C hash map of at least 8 cells: the
engine's 65,000 phrases, whose words are spelled out of word sets and share prefixes only, made about 50 MB of the
prepared parent that every forked worker shares. Here the phrases are rows of their word hashes (8 bytes a word),
sorted by a 64-bit fold of their words and length, and every window of a document's word column is folded alike and
looked up at once, each hit checked word by word: the same matches, (key hash, start, end) for every phrase and
every position where the document's words equal it, in about a sixth of the memory.
"""

from __future__ import annotations

import numpy
from spacy.attrs import IDS


class PhraseTable:
    """Phrases (tuples of word hashes on one token attribute, NORM or LOWER) filed under keys; `freeze` builds the
    arrays, after which a call finds the phrases' matches in a Doc."""

    def __init__(self, vocab, attr: str) -> None:
        self.vocab = vocab
        self.attr = IDS[attr]
        self._phrases: dict[tuple[int, ...], set[int]] | None = {}  # phrase -> its keys' hashes, until `freeze`
        self._folds: numpy.ndarray | None = None  # (after `freeze`) the phrases' folds, sorted, and by row in that
        # order: their words, lengths and first keys, the other keys of a phrase filed under more than one
        self._rows = self._lengths = self._first = numpy.zeros(0, dtype=numpy.uint64)
        self._more: dict[int, tuple[int, ...]] = {}
        self._phrase_lengths: list[int] = []
        # whether some phrase's fold has these top bits: a window whose fold has none is no phrase (1 MB)
        self._seen = numpy.zeros(2 ** (64 - int(_SEEN_SHIFT)), dtype=bool)
        self._keys: set[str] = set()

    def add(self, key: str, phrases) -> None:
        """File `phrases` (sequences of word hashes) under `key`; an empty phrase is skipped, as spaCy skips it."""
        self.vocab[key]  # noqa: B018  (a vocabulary entry for the key, as spaCy's PhraseMatcher makes one)
        self._keys.add(key)
        key_hash = self.vocab.strings.add(key)
        for phrase in phrases:
            if len(phrase):
                self._phrases.setdefault(tuple(phrase), set()).add(key_hash)

    def __len__(self) -> int:
        return len(self._keys)

    def __contains__(self, key: str) -> bool:
        return key in self._keys

    def freeze(self) -> None:
        """Build the arrays: every phrase as a row of its word hashes (zeros after its last word), sorted by its
        fold (one 64-bit number made of its words and its length, `_folds`), with its length and its first key;
        the few phrases filed under more keys keep the others in a dict by row."""
        phrases = list(self._phrases)
        if phrases:
            longest = max(map(len, phrases))
            rows = numpy.zeros((len(phrases), longest), dtype=numpy.uint64)
            for row, phrase in enumerate(phrases):
                rows[row, :len(phrase)] = phrase
            lengths = numpy.array([len(phrase) for phrase in phrases], dtype=numpy.int64)
            folds = _folds(rows, lengths)
            order = numpy.argsort(folds, kind="stable")
            keys = [sorted(self._phrases[phrases[row]]) for row in order.tolist()]
            self._more = {row: tuple(filed[1:]) for row, filed in enumerate(keys) if len(filed) > 1}
            self._first = numpy.array([filed[0] for filed in keys], dtype=numpy.uint64)
            self._folds, self._rows, self._lengths = folds[order], rows[order], lengths[order]
            self._phrase_lengths = sorted(set(lengths.tolist()))
            self._seen[folds >> _SEEN_SHIFT] = True
        self._phrases = None

    def __call__(self, doc) -> list[tuple[int, int, int]]:
        """(key hash, start, end) of every phrase found in `doc`, in no set order."""
        if not len(doc) or self._folds is None:
            return []
        words = doc.to_array([self.attr]).astype(numpy.uint64, copy=False).reshape(-1)
        count = len(words)
        # the fold of every window of each phrase length, one length after the other (`_folds`)
        windows, offsets = [], numpy.zeros(self._rows.shape[1] + 1, dtype=numpy.int64)
        folds, offset = numpy.zeros(count + 1, dtype=numpy.uint64), 0
        for length in range(1, min(self._rows.shape[1], count) + 1):
            folds = folds[:count - length + 1] * _MIX + words[length - 1:]
            if length in self._phrase_lengths:
                windows.append(folds + _length_mix(length))
                offsets[length], offset = offset, offset + len(folds)
        if not windows:
            return []
        windows = numpy.concatenate(windows)
        # most windows' folds fall where no phrase's does: only the others are searched for
        hits = numpy.flatnonzero(self._seen[windows >> _SEEN_SHIFT])
        at = numpy.searchsorted(self._folds, windows[hits])
        numpy.minimum(at, len(self._folds) - 1, out=at)
        kept = self._folds[at] == windows[hits]
        hits, at = hits[kept], at[kept]
        if not len(hits):
            return []
        lengths = self._lengths[at]
        starts = hits - offsets[lengths]
        # a window whose fold is a phrase's is checked word by word (zeros past the phrase's words are not read)
        longest = self._rows.shape[1]
        padded = numpy.concatenate([words, numpy.zeros(longest, dtype=numpy.uint64)])
        read = padded[starts[:, None] + numpy.arange(longest)]
        same = ((self._rows[at] == read) | (numpy.arange(longest) >= lengths[:, None])).all(axis=1)
        found = list(zip(self._first[at[same]].tolist(), starts[same].tolist(), (starts + lengths)[same].tolist()))
        for start, row in zip(starts[same].tolist(), at[same].tolist()):
            if row in self._more:
                end = start + int(self._lengths[row])
                found += [(key, start, end) for key in self._more[row]]
        # another phrase may share that fold: the next rows with it are checked too
        for start, row, fold in zip(starts[~same].tolist(), at[~same].tolist(), windows[hits[~same]].tolist()):
            row += 1
            while row < len(self._rows) and int(self._folds[row]) == fold:
                length = int(self._lengths[row])
                if self._rows[row, :length].tolist() == words[start:start + length].tolist():
                    found += [(key, start, start + length) for key in (int(self._first[row]), *self._more.get(row, ()))]
                    break
                row += 1
        return found


_SEEN_SHIFT = numpy.uint64(44)
_MIX = numpy.uint64(0x9E3779B97F4A7C15)  # odd: folding by it keeps every word's bits


def _length_mix(length: int) -> numpy.uint64:
    """Added to the fold of a phrase of `length` words: phrases of different lengths fold apart."""
    return numpy.uint64(length * 0xC2B2AE3D27D4EB4F % 2**64)


def _folds(rows: numpy.ndarray, lengths: numpy.ndarray) -> numpy.ndarray:
    """Each phrase folded into one 64-bit number (wrapping arithmetic), as `PhraseTable.__call__` folds a document's
    windows: words[0] * MIX**(n-1) + ... + words[n-1] + `_length_mix(n)`. Two phrases can share a fold; a match is
    always checked word by word."""
    folds = numpy.zeros(len(rows), dtype=numpy.uint64)
    for column in range(rows.shape[1]):
        grows = lengths > column  # the phrases that have a word here
        folds[grows] = folds[grows] * _MIX + rows[grows, column]
    return folds + numpy.array([_length_mix(length) for length in lengths.tolist()], dtype=numpy.uint64)
