"""Claim strength of PubMed conclusion sentences (Yu, Li & Wang 2019, EMNLP): 3,061 sentences, labels
0 none / 1 correlational / 2 conditional causal / 3 direct causal (COLING-repo coding, see PROVENANCE.md).

No official split exists (the paper uses 5-fold CV): rows with index % 5 != 0 are "dev" (used to tune the
lexicons; its folds "dev1".."dev4" are index % 5 == 1..4), index % 5 == 0 is "test" (held out), "all" is every
row."""

from __future__ import annotations

from pathlib import Path

from pipeline.benchmarks.base import DEV_FOLDS, BenchmarkResult, data_file, run_strength_csv

NAME = "causal_language_pubmed"
FOLDER = "causal_language_pubmed"
SPLITS = ("test", "dev", *DEV_FOLDS, "all")
DEFAULT_SPLIT = "test"
BASELINE = ("Yu et al. 2019, BioBERT, 5-fold CV on all 3,061: macro-F1 0.88, accuracy 0.90 "
            "(per-class F1 0.91 / 0.91 / 0.83 / 0.86)")


def run(root: Path, split: str = DEFAULT_SPLIT, limit: int | None = None) -> BenchmarkResult:
    return run_strength_csv(NAME, data_file(Path(root), FOLDER, "annotated_pubmed.csv"), split, limit, BASELINE)
