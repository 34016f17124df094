"""SciFact (Wadden et al. 2020, EMNLP): scientific claims verified against abstracts; dev = 300 claims,
corpus = 5,183 abstracts (train claims may be used for tuning; test labels are private).

Two measures, both with the engine's evidence stage (see pipeline/benchmarks/verification.py):
- gold abstracts: each (claim, cited abstract) pair; the abstract alone is the library; label SUPPORT /
  CONTRADICT from the claim's evidence for that abstract, NOINFO when it has none; macro-F1 over the three.
- open retrieval: the whole corpus is the library; abstracts are ranked by their best statement's score
  (`EvidenceIndex.find`); recall@k of the claims' evidence abstracts. Indexing the 45,952 sentences takes
  minutes; with `limit` the retrieval corpus is only the selected claims' cited abstracts (a smoke test)."""

from __future__ import annotations

from pathlib import Path

from pipeline.benchmarks.base import BenchmarkResult, data_file, read_jsonl
from pipeline.benchmarks.verification import (LABELS, Abstract, gold_abstract_labels, label_metrics,
                                              open_retrieval)
from pipeline.errors import DataError

NAME = "scifact"
FOLDER = "scifact"
SPLITS = ("dev", "train")
DEFAULT_SPLIT = "dev"
BASELINE = ("abstract-level label-only F1 on the (hidden) test set: MultiVerS (Wadden et al. 2022) 0.725; "
            "VeriSci (Wadden et al. 2020) roughly 0.40-0.47. Not directly comparable: those systems also retrieve "
            "and select rationales, and are scored on SUPPORT/CONTRADICT decisions only")


def load_corpus(root: Path) -> dict[str, Abstract]:
    return {str(row["doc_id"]): Abstract(str(row["doc_id"]), row["title"], tuple(row["abstract"]))
            for row in read_jsonl(data_file(root, FOLDER, "corpus.jsonl"))}


def run(root: Path, split: str = DEFAULT_SPLIT, limit: int | None = None, retrieval: bool = True) -> BenchmarkResult:
    if split not in SPLITS:
        raise DataError(f"unknown split {split!r} for {NAME} (one of: {', '.join(SPLITS)}; test labels are private)")
    root = Path(root)
    corpus = load_corpus(root)
    claims = read_jsonl(data_file(root, FOLDER, f"claims_{split}.jsonl"))
    claims = claims[:limit] if limit is not None else claims
    pairs = []
    for claim in claims:
        for doc_id in claim["cited_doc_ids"]:
            evidence = claim["evidence"].get(str(doc_id))
            label = evidence[0]["label"] if evidence else "NOINFO"
            pairs.append((claim["claim"], corpus[str(doc_id)], label))
    gold, engine, plain, errors = gold_abstract_labels(pairs)
    metrics, confusion = label_metrics(gold, engine, plain)
    counts = {"claims": len(claims), "claim-abstract pairs": len(pairs)}
    notes = ["n = (claim, cited abstract) pairs; each abstract alone is the library (gold abstracts setting)"]
    if retrieval:
        documents = list(corpus.values()) if limit is None else \
            [corpus[str(d)] for d in sorted({d for c in claims for d in c["cited_doc_ids"]})]
        recall, retrieval_pairs = open_retrieval(
            [(c["claim"], {str(d) for d in c["evidence"]}) for c in claims], documents)
        metrics.update(recall)
        counts.update({"retrieval corpus (abstracts)": len(documents), "retrieval pairs": retrieval_pairs})
        notes.append("recall@k: claims with evidence, their evidence abstracts ranked among "
                     f"{len(documents)} abstracts" + (" (limit: only the cited abstracts)" if limit is not None else ""))
    return BenchmarkResult(NAME, split, len(pairs), metrics, BASELINE, LABELS, confusion, counts, notes, errors)
