"""The names of ratio measures of effect (lexicons/ratios.yml), read once for the stages that look for them.

Both a rule's figure test (pipeline/rules/sentences.py: "hazard ratio 0.72" is a measured result) and the evidence
stage (pipeline/evidence.py: "OR 2.77 (95% CI 1.04 to 7.97)" reads as a rise) read the same lexicon; this module is
the one loader, below both in the one-way flow.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from pipeline.patterns import read_lexicon


class RatioNames(NamedTuple):
    """lexicons/ratios.yml: the names of a ratio or relative risk, lower-case word (lemma) tuples in sorted order
    ("hazard ratio", "odds ratio"), their first words, the abbreviations as written ("HR", "OR": "or" is no ratio),
    and how many characters after the name its estimate and interval are sought."""

    names: tuple[tuple[str, ...], ...]
    first_words: frozenset[str]
    abbreviations: frozenset[str]
    reach: int


@lru_cache(maxsize=1)
def load_ratio_names() -> RatioNames:
    data = read_lexicon("lexicons/ratios.yml", {"names", "abbreviations", "reach"})
    names = tuple(sorted(tuple(str(name).lower().split()) for name in data["names"]))
    return RatioNames(names, frozenset(name[0] for name in names), frozenset(str(a) for a in data["abbreviations"]),
                      int(data["reach"]))
