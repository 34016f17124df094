"""Check-COVID (Wang et al. 2023, Findings of ACL): COVID-19 news claims against CORD-19 abstracts; test = 229
claims (180 composed by annotators + 49 extracted from news), each with one abstract of the 347-abstract corpus.

Same measures as scifact (pipeline/benchmarks/verification.py): labels against the claim's own abstract
(SUPPORT / REFUTE -> CONTRADICT / NOTENOUGHINFO -> NOINFO), macro-F1 overall and per subset; and recall@k of
the claim's abstract when the whole corpus is the library (SUPPORT and REFUTE claims)."""

from __future__ import annotations

from pathlib import Path

from pipeline.benchmarks.base import BenchmarkResult, classification, data_file, read_jsonl
from pipeline.benchmarks.verification import (LABELS, Abstract, gold_abstract_labels, label_metrics,
                                              open_retrieval)
from pipeline.errors import DataError

NAME = "check_covid"
FOLDER = "check_covid"
SPLITS = ("test", "dev", "train")
DEFAULT_SPLIT = "test"
GOLD_LABELS = {"SUPPORT": "SUPPORT", "REFUTE": "CONTRADICT", "NOTENOUGHINFO": "NOINFO"}
BASELINE = ("Wang et al. 2023: SciFact-style fact-checking pipeline, F1 0.770 (extracted claims) / 0.699 "
            "(composed claims) on this test set")


def run(root: Path, split: str = DEFAULT_SPLIT, limit: int | None = None, retrieval: bool = True) -> BenchmarkResult:
    if split not in SPLITS:
        raise DataError(f"unknown split {split!r} for {NAME} (one of: {', '.join(SPLITS)})")
    root = Path(root)
    corpus = {row["cord_id"]: Abstract(row["cord_id"], row["title"], tuple(row["abstract"]))
              for row in read_jsonl(data_file(root, FOLDER, "corpus.json"))}
    claims = []
    for subset in ("composed", "extracted"):
        for row in read_jsonl(data_file(root, FOLDER, split, f"covidCheck_{split}_{subset}.json")):
            claims.append((subset, row))
    claims = claims[:limit] if limit is not None else claims
    pairs = [(row["claim"], corpus[row["cord_id"]], GOLD_LABELS[row["label"]]) for _, row in claims]
    gold, engine, plain, errors = gold_abstract_labels(pairs)
    metrics, confusion = label_metrics(gold, engine, plain)
    for subset in ("composed", "extracted"):
        chosen = [i for i, (s, _) in enumerate(claims) if s == subset]
        if chosen:
            part, _ = classification([gold[i] for i in chosen], [engine[i] for i in chosen], LABELS)
            metrics[f"label_macro_f1_{subset}"] = part["macro_f1"]
    counts = {s: sum(1 for c, _ in claims if c == s) for s in ("composed", "extracted")}
    notes = ["n = claims; the claim's own abstract alone is the library (gold abstract setting)"]
    if retrieval:
        documents = list(corpus.values())
        recall, retrieval_pairs = open_retrieval(
            [(row["claim"], {row["cord_id"]} if row["label"] != "NOTENOUGHINFO" else set()) for _, row in claims],
            documents)
        metrics.update(recall)
        counts.update({"retrieval corpus (abstracts)": len(documents), "retrieval pairs": retrieval_pairs})
        notes.append(f"recall@k: SUPPORT/REFUTE claims, their abstract ranked among {len(documents)} abstracts")
    return BenchmarkResult(NAME, split, len(pairs), metrics, BASELINE, LABELS, confusion, counts, notes, errors)
