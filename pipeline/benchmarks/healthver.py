"""HealthVer (Sarrouti et al. 2021, Findings of EMNLP): COVID-19 health claims from web pages, each paired with an
evidence passage from a CORD-19 abstract; dev 1,917 and test 1,823 pairs (230 claims each, no claim in both).

Same measure as scifact and check_covid with their gold abstracts (pipeline/benchmarks/verification.py): the pair's
passage alone is the library, cut into sentences by the engine's own segmenter, and the engine's status is mapped
to Supports -> SUPPORT, Refutes -> CONTRADICT, Neutral -> NOINFO; macro-F1 over pairs. The claims are real web
snippets ("Vitamin D appears increase COVID-19 mortality rates"), some of them questions, which the benchmark keeps
as written. The training split (10.6k pairs) is not in the snapshot, so dev is the tuning split."""

from __future__ import annotations

import csv
from pathlib import Path

from pipeline.benchmarks.base import BenchmarkResult, data_file
from pipeline.benchmarks.verification import LABELS, Abstract, gold_abstract_labels, label_metrics
from pipeline.errors import DataError

NAME = "healthver"
FOLDER = "healthver"
SPLITS = ("test", "dev")
DEFAULT_SPLIT = "test"
GOLD_LABELS = {"Supports": "SUPPORT", "Refutes": "CONTRADICT", "Neutral": "NOINFO"}
COLUMNS = {"id", "evidence", "claim", "label", "question"}
BASELINE = "Sarrouti et al. 2021 leaderboard, test: T5 macro-F1 0.796, SciBERT 0.772 (trained on 10.6k pairs)"


def run(root: Path, split: str = DEFAULT_SPLIT, limit: int | None = None) -> BenchmarkResult:
    if split not in SPLITS:
        raise DataError(f"unknown split {split!r} for {NAME} (one of: {', '.join(SPLITS)})")
    path = data_file(Path(root), FOLDER, f"healthver_{split}.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if missing := COLUMNS - set(reader.fieldnames or ()):
            raise DataError(f"missing column(s) {', '.join(sorted(missing))}", path.as_posix(), 1)
        rows = list(reader)
    rows = rows[:limit] if limit is not None else rows
    pairs = []
    for line, row in enumerate(rows, 2):
        if row.get("label") not in GOLD_LABELS:
            raise DataError(f"unknown label {row.get('label')!r} (expected one of {sorted(GOLD_LABELS)})",
                            path.as_posix(), line)
        passage = Abstract(row["id"], row["question"], sentences_of(row["evidence"]))
        pairs.append((" ".join(row["claim"].split()), passage, GOLD_LABELS[row["label"]]))
    gold, engine, plain, errors = gold_abstract_labels(pairs)
    metrics, confusion = label_metrics(gold, engine, plain)
    counts = {"claims": len({text for text, _, _ in pairs})}
    notes = ["n = (claim, evidence passage) pairs; the passage alone is the library"]
    return BenchmarkResult(NAME, split, len(pairs), metrics, BASELINE, LABELS, confusion, counts, notes, errors)


def sentences_of(passage: str) -> tuple[str, ...]:
    """The passage's sentences as the engine segments an article."""
    from pipeline.nlp import analyse_text

    analysis = analyse_text(passage)
    return tuple(analysis.text_of(s.first, s.last) for s in analysis.segments)
