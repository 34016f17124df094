"""Claim strength of EurekAlert! press-release headlines and lead sentences (Yu, Wang, Guo & Li 2020, COLING):
2,076 sentences, same 0-3 scheme as causal_language_pubmed.

No official split (5-fold CV in the paper): index % 5 != 0 is "dev", index % 5 == 0 is "test", "all" every row."""

from __future__ import annotations

import csv
from pathlib import Path

from pipeline.benchmarks.base import YU_LABELS, BenchmarkResult, data_file, select_split, strength_result

NAME = "press_release_claim_strength"
FOLDER = "press_release_claim_strength"
SPLITS = ("test", "dev", "all")
DEFAULT_SPLIT = "test"
BASELINE = ("Yu et al. 2020, BioBERT + augmentation, 5-fold CV on all 2,076: macro-F1 0.89, accuracy 0.89 "
            "(per-class F1 0.83 / 0.90 / 0.94 / 0.90)")


def load(root: Path) -> list[tuple[str, str]]:
    path = data_file(root, FOLDER, "annotated_eureka.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        return [(row["sentence"], YU_LABELS[int(row["label"])]) for row in csv.DictReader(handle)]


def run(root: Path, split: str = DEFAULT_SPLIT, limit: int | None = None) -> BenchmarkResult:
    rows = select_split(load(Path(root)), split, limit)
    return strength_result(NAME, split, rows, BASELINE,
                           ["engine strength = strongest claim in the sentence (absolute -> direct; no claim -> none)",
                            "split: index % 5 == 0 is test (held out), the rest dev (tuning)"])
