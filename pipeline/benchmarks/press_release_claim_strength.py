"""Claim strength of EurekAlert! press-release headlines and lead sentences (Yu, Wang, Guo & Li 2020, COLING):
2,076 sentences, same 0-3 scheme as causal_language_pubmed.

No official split (5-fold CV in the paper): index % 5 != 0 is "dev" (folds "dev1".."dev4": index % 5 == 1..4),
index % 5 == 0 is "test", "all" every row."""

from __future__ import annotations

from pathlib import Path

from pipeline.benchmarks.base import DEV_FOLDS, BenchmarkResult, data_file, run_strength_csv

NAME = "press_release_claim_strength"
FOLDER = "press_release_claim_strength"
SPLITS = ("test", "dev", *DEV_FOLDS, "all")
DEFAULT_SPLIT = "test"
BASELINE = ("Yu et al. 2020, BioBERT + augmentation, 5-fold CV on all 2,076: macro-F1 0.89, accuracy 0.89 "
            "(per-class F1 0.83 / 0.90 / 0.94 / 0.90)")


def run(root: Path, split: str = DEFAULT_SPLIT, limit: int | None = None) -> BenchmarkResult:
    return run_strength_csv(NAME, data_file(Path(root), FOLDER, "annotated_eureka.csv"), split, limit, BASELINE)
