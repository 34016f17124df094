"""A phrase table: finds every occurrence of many word sequences in a Doc, as spaCy's PhraseMatcher does, from
compact arrays.

spaCy's PhraseMatcher keeps its phrases as a trie whose every node is a C hash map of at least 8 cells: the
engine's 65,000 phrases, whose words are spelled out of word sets and share prefixes only, made about 50 MB of the
prepared parent that every forked worker shares. Here the phrases of each length are one sorted array of their word
hashes (8 bytes a word), searched a length at a time for every window of a document's word column: the same
matches, (key hash, start, end) for every phrase and every position where the document's words equal it, at about
a twentieth of the memory.
"""

from __future__ import annotations

import numpy
from numpy.lib.stride_tricks import sliding_window_view
from spacy.attrs import IDS


class PhraseTable:
    """Phrases (tuples of word hashes on one token attribute, NORM or LOWER) filed under keys; `freeze` builds the
    arrays, after which a call finds the phrases' matches in a Doc."""

    def __init__(self, vocab, attr: str) -> None:
        self.vocab = vocab
        self.attr = IDS[attr]
        self._phrases: dict[tuple[int, ...], set[int]] | None = {}  # phrase -> its keys' hashes, until `freeze`
        self._tables: list[tuple[int, numpy.ndarray, numpy.ndarray, numpy.ndarray]] = []
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
        """Build the arrays: for each phrase length, the phrases as rows of word hashes, sorted (each row viewed as
        one opaque value, compared byte by byte), and each row's keys as a slice of one flat array of key hashes."""
        by_length: dict[int, list[tuple[int, ...]]] = {}
        for phrase in self._phrases:
            by_length.setdefault(len(phrase), []).append(phrase)
        for length, phrases in sorted(by_length.items()):
            rows = _as_rows(numpy.array(phrases, dtype=numpy.uint64))
            order = numpy.argsort(rows, kind="stable")
            keys = [sorted(self._phrases[phrases[i]]) for i in order.tolist()]
            ends = numpy.cumsum([len(k) for k in keys], dtype=numpy.int64)
            flat = numpy.array([k for row in keys for k in row], dtype=numpy.uint64)
            self._tables.append((length, rows[order], ends, flat))
        self._phrases = None

    def __call__(self, doc) -> list[tuple[int, int, int]]:
        """(key hash, start, end) of every phrase found in `doc`, in no set order."""
        if not len(doc) or not self._tables:
            return []
        words = doc.to_array([self.attr]).astype(numpy.uint64, copy=False).reshape(-1)
        found: list[tuple[int, int, int]] = []
        for length, rows, ends, flat in self._tables:
            if length > len(words):
                break
            windows = _as_rows(numpy.ascontiguousarray(sliding_window_view(words, length)))
            at = numpy.searchsorted(rows, windows)
            hits = numpy.flatnonzero(rows[numpy.minimum(at, len(rows) - 1)] == windows)
            for start, row in zip(hits.tolist(), at[hits].tolist()):
                first = int(ends[row - 1]) if row else 0
                found += [(key, start, start + length) for key in flat[first:ends[row]].tolist()]
        return found


def _as_rows(hashes: numpy.ndarray) -> numpy.ndarray:
    """Each row of a 2-D array of word hashes as one value (a byte string of the row), so that rows sort and
    compare as wholes."""
    return hashes.view(numpy.dtype((numpy.void, hashes.shape[1] * hashes.itemsize))).reshape(-1)
