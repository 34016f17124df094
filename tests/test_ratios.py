"""lexicons/ratios.yml has one loader (pipeline/ratios.py) that the figure test of the rules and the evidence stage
both read, so the two cannot drift apart in how they normalise it (review2, finding 3)."""

from __future__ import annotations

import pipeline.evidence
import pipeline.rules.sentences
from pipeline.ratios import load_ratio_names


def test_the_rules_and_the_evidence_stage_read_ratio_names_through_one_loader():
    assert pipeline.rules.sentences.load_ratio_names is load_ratio_names
    assert pipeline.evidence.load_ratio_names is load_ratio_names
    assert not hasattr(pipeline.evidence, "_ratio_words") and not hasattr(pipeline.rules.sentences, "RatioNames")


def test_ratio_names_are_lower_case_word_tuples_and_abbreviations_keep_their_case():
    ratios = load_ratio_names()
    assert ("hazard", "ratio") in ratios.names and ("odd", "ratio") in ratios.names  # the lemma table's "odd"
    assert list(ratios.names) == sorted(ratios.names)
    assert {"hazard", "odds", "relative"} <= ratios.first_words
    assert "OR" in ratios.abbreviations and "or" not in ratios.abbreviations  # "or" is no ratio
    assert ratios.reach > 0
