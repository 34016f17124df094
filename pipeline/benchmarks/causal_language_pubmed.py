"""Claim strength of PubMed conclusion sentences (Yu, Li & Wang 2019, EMNLP): 3,061 sentences, labels
0 none / 1 correlational / 2 conditional causal / 3 direct causal (COLING-repo coding, see PROVENANCE.md).

No official split exists (the paper uses 5-fold CV): rows with index % 5 != 0 are "dev" (used to tune the
lexicons), index % 5 == 0 is "test" (held out), "all" is every row."""

from __future__ import annotations

import csv
from pathlib import Path

from pipeline.benchmarks.base import YU_LABELS, BenchmarkResult, data_file, select_split, strength_result

NAME = "causal_language_pubmed"
FOLDER = "causal_language_pubmed"
SPLITS = ("test", "dev", "all")
DEFAULT_SPLIT = "test"
BASELINE = ("Yu et al. 2019, BioBERT, 5-fold CV on all 3,061: macro-F1 0.88, accuracy 0.90 "
            "(per-class F1 0.91 / 0.91 / 0.83 / 0.86)")


def load(root: Path) -> list[tuple[str, str]]:
    path = data_file(root, FOLDER, "annotated_pubmed.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        return [(row["sentence"], YU_LABELS[int(row["label"])]) for row in csv.DictReader(handle)]


def run(root: Path, split: str = DEFAULT_SPLIT, limit: int | None = None) -> BenchmarkResult:
    rows = select_split(load(Path(root)), split, limit)
    return strength_result(NAME, split, rows, BASELINE,
                           ["engine strength = strongest claim in the sentence (absolute -> direct; no claim -> none)",
                            "split: index % 5 == 0 is test (held out), the rest dev (tuning)"])
