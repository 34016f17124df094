"""A phrase table: finds every occurrence of many word sequences in a Doc, as spaCy's PhraseMatcher does, from
compact arrays.

Why not the library's: spaCy's PhraseMatcher keeps its phrases as a trie whose every node is a C hash map of at least
8 cells, and the engine's 65,000 phrases, whose words are spelled out of word sets and share prefixes only, made
about 50 MB of the prepared parent that every forked worker shares (its RSS 285.7 -> 234.9 MB with these tables,
commit b3269274). Here the phrases are rows of their word hashes (8 bytes a word), sorted by a 64-bit fold of their
words and length, and every window of a document's word column is folded alike and looked up at once, each hit
checked word by word, length included: the same matches, (key hash, start, end) for every phrase and every position
where the document's words equal it, in about a sixth of the memory. A phrase's keys are two arrays too (offsets by
row and the keys in a row), not a dict of tuples, whose objects a worker's reading would copy page by page.
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
        # order: their words and lengths; the keys of row r are _filed[_filed_at[r]:_filed_at[r + 1]], first the least
        self._rows = self._lengths = self._filed = numpy.zeros(0, dtype=numpy.uint64)
        self._filed_at = numpy.zeros(1, dtype=numpy.int64)
        self._phrase_lengths: list[int] = []
        # whether some phrase's fold has these top bits: a window whose fold has none is no phrase (1 MB)
        self._seen = numpy.zeros(2 ** (64 - int(_SEEN_SHIFT)), dtype=bool)
        self._keys: set[str] = set()

    def add(self, key: str, phrases) -> None:
        """File `phrases` (sequences of word hashes) under `key`; an empty phrase is skipped, as spaCy skips it."""
        self.vocab[key]  # noqa: B018  (a vocabulary entry for the key, as spaCy's PhraseMatcher makes one)
        self._keys.add(key)
        key_hash = self.vocab.strings.add(key)
        filed = self._phrases
        assert filed is not None, "a phrase table takes no phrases after `freeze`"
        for phrase in phrases:
            if len(phrase):
                filed.setdefault(tuple(phrase), set()).add(key_hash)

    def __len__(self) -> int:
        return len(self._keys)

    def __contains__(self, key: str) -> bool:
        return key in self._keys

    def freeze(self) -> None:
        """Build the arrays: every phrase as a row of its word hashes (zeros after its last word), sorted by its
        fold (one 64-bit number made of its words and its length, `_folds`), with its length and its keys (most
        phrases are filed under more than one: the keys of all rows in one array, each row's from its offset)."""
        filed = self._phrases
        assert filed is not None, "a phrase table is frozen once"
        phrases = list(filed)
        if phrases:
            longest = max(map(len, phrases))
            rows = numpy.zeros((len(phrases), longest), dtype=numpy.uint64)
            for row, phrase in enumerate(phrases):
                rows[row, :len(phrase)] = phrase
            lengths = numpy.array([len(phrase) for phrase in phrases], dtype=numpy.int64)
            folds = _folds(rows, lengths)
            order = numpy.argsort(folds, kind="stable")
            keys = [sorted(filed[phrases[row]]) for row in order.tolist()]
            self._filed = numpy.array([key for filed in keys for key in filed], dtype=numpy.uint64)
            self._filed_at = numpy.concatenate([[0], numpy.cumsum([len(filed) for filed in keys])]).astype(numpy.int64)
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
        # each window's length and start, from the block of windows it is in (a phrase of another length may share
        # its fold)
        block_lengths = numpy.array([n for n in self._phrase_lengths if n <= count], dtype=numpy.int64)
        block_starts = offsets[block_lengths]
        # most windows' folds fall where no phrase's does: only the others are searched for
        hits = numpy.flatnonzero(self._seen[windows >> _SEEN_SHIFT])
        at = numpy.searchsorted(self._folds, windows[hits])
        numpy.minimum(at, len(self._folds) - 1, out=at)
        kept = self._folds[at] == windows[hits]
        hits, at = hits[kept], at[kept]
        if not len(hits):
            return []
        block = numpy.searchsorted(block_starts, hits, side="right") - 1
        lengths, starts = block_lengths[block], hits - block_starts[block]
        # the rows that share the window's fold: [at, run_end), most often the one row `at`
        run_end = numpy.searchsorted(self._folds, windows[hits], side="right")
        alone = run_end - at == 1
        # a window whose fold is one phrase's alone is checked word by word, vectorised (zeros past the phrase's
        # words are not read), its length too
        longest = self._rows.shape[1]
        padded = numpy.concatenate([words, numpy.zeros(longest, dtype=numpy.uint64)])
        read = padded[starts[alone, None] + numpy.arange(longest)]
        rows = at[alone]
        same = (self._lengths[rows] == lengths[alone]) \
            & ((self._rows[rows] == read) | (numpy.arange(longest) >= lengths[alone, None])).all(axis=1)
        found_rows, found_starts, found_lengths = [rows[same]], [starts[alone][same]], [lengths[alone][same]]
        # a fold that phrases share: its whole run of rows is walked, a row of the window's length and words found
        for first, last, start, length in zip(at[~alone].tolist(), run_end[~alone].tolist(),
                                              starts[~alone].tolist(), lengths[~alone].tolist()):
            window = words[start:start + length].tolist()
            found = [row for row in range(first, last)
                     if int(self._lengths[row]) == length and self._rows[row, :length].tolist() == window]
            found_rows.append(numpy.array(found, dtype=numpy.int64))
            found_starts.append(numpy.full(len(found), start, dtype=numpy.int64))
            found_lengths.append(numpy.full(len(found), length, dtype=numpy.int64))
        rows, starts = numpy.concatenate(found_rows), numpy.concatenate(found_starts)
        lengths = numpy.concatenate(found_lengths)
        # each matched row once for every key it is filed under
        counts = self._filed_at[rows + 1] - self._filed_at[rows]
        within = numpy.arange(int(counts.sum())) - numpy.repeat(numpy.cumsum(counts) - counts, counts)
        keys = self._filed[numpy.repeat(self._filed_at[rows], counts) + within]
        starts = numpy.repeat(starts, counts)
        return list(zip(keys.tolist(), starts.tolist(), (starts + numpy.repeat(lengths, counts)).tolist()))


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
