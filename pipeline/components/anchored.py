"""The per-hit work of the anchored patterns (`register.make_matches`): the fixed-length patterns compared on the token
columns where their anchor word occurs, and the bookkeeping of which segment runs which anchored Matcher.

Plain typed Python with no spaCy object, so that mypyc compiles it (setup.py): the spaCy factory that calls it is not
compiled, because spaCy reads its factories' signatures. Match ids, words and flags are the integers of the token
columns (`rows`: one row per token, one column per attribute of `COLUMNS`).
"""

from __future__ import annotations

from typing import Any, TypeVar

COLUMNS = ("NORM", "LOWER", "ORTH", "LIKE_NUM", "IS_ALPHA")  # the token attributes anchors and fixed patterns compare
FLAGS = ("LIKE_NUM", "IS_ALPHA")  # the columns that hold 1 or 0

# (token offset, column, value): the token at that offset from a match's start holds the value in that column
Check = tuple[int, int, int]
# (token offset, column, words): the token holds one of the words (or, excluded, none of them) in that column
WordsCheck = tuple[int, int, frozenset[int]]
# (match id, anchor's offset, length, checks, included word sets, excluded word sets)
FixedPattern = tuple[int, int, int, tuple[Check, ...], tuple[WordsCheck, ...], tuple[WordsCheck, ...]]

G = TypeVar("G")  # the Matcher patterns filed under one anchor (register._AnchoredPatterns), opaque here


class FixedGroup:
    """The fixed-length patterns anchored on one word, filed under one more of their checks (a token at a fixed
    distance from the anchor: a word, or a set of words filed under each), so that a word anchoring dozens of
    patterns ("increased") tries only the few whose second word is there too. A rare word goes before a set, a set
    before a common word ("be": "have" tried most of its 63 patterns at every occurrence), a word before a number
    or letter test, the nearer before the further."""

    def __init__(self, patterns: list[FixedPattern], common: frozenset[int]) -> None:
        self.unfiled: list[FixedPattern] = []
        self.filed: dict[tuple[int, int], dict[int, list[FixedPattern]]] = {}  # (distance, column) -> value -> them
        for pattern in patterns:
            _, at, _, checks, included, _ = pattern
            others: list[tuple[int, int, tuple[int, ...]]] = \
                [(o - at, c, (v,)) for o, c, v in checks if o != at] + \
                [(o - at, c, tuple(sorted(words))) for o, c, words in included if o != at]
            if not others:
                self.unfiled.append(pattern)
                continue
            distance, column, values = min(others, key=lambda check: (COLUMNS[check[1]] in FLAGS,
                                                                      not common.isdisjoint(check[2]),
                                                                      len(check[2]) > 1, abs(check[0]), check[2]))
            for value in values:
                self.filed.setdefault((distance, column), {}).setdefault(value, []).append(pattern)

    def candidates(self, rows: list[list[int]], i: int) -> list[FixedPattern]:
        found = self.unfiled
        for (distance, column), by_value in self.filed.items():
            if 0 <= i + distance < len(rows):
                filed = by_value.get(rows[i + distance][column])
                if filed:
                    found = found + filed
        return found


def match_hits(rows: list[list[int]], column: int, hits: list[int], segment_of: list[int], firsts: list[int],
               lasts: list[int], groups: dict[int, G], fixed: dict[tuple[int, int], list[FixedPattern]],
               fixed_groups: dict[tuple[int, int], FixedGroup], common: frozenset[int],
               runs: dict[tuple[int, G], tuple[G, int, int]], found: list[tuple[int, int, int]]) -> None:
    """For each token `hits[k]` whose value in `column` is an anchor (in segment `segment_of[k]`, -1 for none; the
    segments' first and last tokens are `firsts` and `lasts`): add to `found` the (match id, start, end) of each
    fixed-length pattern anchored on it that matches there within its segment, and record in `runs` the first and
    last hit of each Matcher group (`groups`: anchor value -> group) per segment, (segment, group) -> (group, first
    hit, last hit). Hits come in order: a run's first hit stays, its last moves. The fixed patterns of an anchor are
    filed (`FixedGroup`) on their first need, in `fixed_groups`."""
    for k in range(len(hits)):
        i = hits[k]
        at = segment_of[k]
        if at < 0 or i >= lasts[at]:
            continue
        first = firsts[at]
        last = lasts[at]
        value = rows[i][column]
        group = groups.get(value)
        if group is not None:
            run = runs.get((at, group))
            runs[(at, group)] = (group, i, i) if run is None else (group, run[1], i)
        patterns = fixed_groups.get((column, value))
        if patterns is None:
            entries = fixed.get((column, value))
            if entries is not None:
                patterns = fixed_groups[(column, value)] = FixedGroup(entries, common)
        if patterns is None:
            continue
        for match_id, offset, length, checks, included, excluded in patterns.candidates(rows, i):
            start = i - offset
            if start < first or start + length > last:
                continue
            if _passes(rows, start, checks, included, excluded):
                found.append((match_id, start, start + length))


def _passes(rows: list[list[int]], start: int, checks: tuple[Check, ...], included: tuple[WordsCheck, ...],
            excluded: tuple[WordsCheck, ...]) -> bool:
    """Does the fixed-length pattern starting at token `start` hold every word and flag it checks, one of each of its
    word sets and none of its excluded words?"""
    for o, c, v in checks:
        if rows[start + o][c] != v:
            return False
    for o, c, words in included:
        if rows[start + o][c] not in words:
            return False
    for o, c, words in excluded:
        if rows[start + o][c] in words:
            return False
    return True


def holds(columns: list[list[int]], required: tuple[tuple[int, Any], ...], first: int, last: int) -> bool:
    """Do tokens [first, last) hold one of the words of each requirement (column, words: a frozenset of word hashes,
    or register._MatchingWords, which answers `isdisjoint` as a set of the words a regular expression accepts)?"""
    for column, words in required:
        if words.isdisjoint(columns[column][first:last]):
            return False
    return True


def holds_none(columns: list[list[int]], wanted: tuple[tuple[int, Any], ...], first: int, last: int) -> bool:
    """Do tokens [first, last) hold none of the words of every requirement of `wanted` (as `holds` reads them)?"""
    for column, words in wanted:
        if not words.isdisjoint(columns[column][first:last]):
            return False
    return True
