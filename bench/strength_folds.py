"""Claim strength of two source trees on each dev fold of the Yu et al. benchmarks: the acceptance test of a change
to the strength reading.

The dev rows (index % 5 != 0) fall into four folds, index % 5 == 1..4 (`claimaudit eval --split dev1..dev4`). A
change is accepted when it gains sentences on at least three folds and loses none more than one sentence on any
fold: after many rounds of tuning on the pooled dev rows, a gain on the pool alone no longer predicted the test fifth.
The test rows (index % 5 == 0) are never read.

    python bench/strength_folds.py BASE_TREE NEW_TREE [--benchmark NAME ...] [--changes] [--errors]

`--errors` lists the new tree's wrong dev sentences by confusion cell (gold -> predicted), the largest cell first:
the material for reading a cell's errors by their grammar rather than by their words.

Each tree is run in a process of its own (PYTHONPATH=TREE), so the base tree needs no fold support of its own.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

LABELS = ("none", "correlational", "conditional", "direct")
FILES = {"press_release_claim_strength": "annotated_eureka.csv", "causal_language_pubmed": "annotated_pubmed.csv"}
FOLDS = (1, 2, 3, 4)

WORKER = r'''
import csv, json, sys
from pipeline.benchmarks.base import sentence_strength
with open(sys.argv[1], encoding="utf-8", newline="") as handle:
    rows = [row["sentence"] for row in csv.DictReader(handle)]
print(json.dumps({i: sentence_strength(text) for i, text in enumerate(rows) if i % 5 != 0}))
'''


def load_gold(path: Path) -> dict[int, tuple[str, str]]:
    import csv

    with path.open(encoding="utf-8", newline="") as handle:
        return {i: (row["sentence"], LABELS[int(row["label"])]) for i, row in enumerate(csv.DictReader(handle))
                if i % 5 != 0}


def predict(tree: Path, data: Path) -> dict[int, str]:
    env = dict(os.environ, PYTHONPATH=str(tree))
    out = subprocess.run([sys.executable, "-c", WORKER, str(data)], cwd=tree, env=env, check=True,
                         capture_output=True, text=True).stdout
    return {int(i): label for i, label in json.loads(out).items()}


def macro_f1(pairs: list[tuple[str, str]]) -> float:
    counts = Counter(pairs)
    scores = []
    for label in LABELS:
        tp = counts[(label, label)]
        predicted = sum(counts[(g, label)] for g in LABELS)
        gold = sum(counts[(label, p)] for p in LABELS)
        precision, recall = (tp / predicted if predicted else 0.0), (tp / gold if gold else 0.0)
        scores.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return sum(scores) / len(scores)


def compare(name: str, gold: dict[int, tuple[str, str]], base: dict[int, str], new: dict[int, str],
            changes: bool) -> bool:
    print(f"{name}\n{'fold':6}{'n':>6}{'base F1':>10}{'new F1':>10}{'gained':>8}{'lost':>6}{'net':>6}")
    nets = []
    for fold in (*FOLDS, None):
        rows = [i for i in gold if fold is None or i % 5 == fold]
        gained = sum(new[i] == gold[i][1] != base[i] for i in rows)
        lost = sum(base[i] == gold[i][1] != new[i] for i in rows)
        before = macro_f1([(gold[i][1], base[i]) for i in rows])
        after = macro_f1([(gold[i][1], new[i]) for i in rows])
        label = f"dev{fold}" if fold else "dev"
        print(f"{label:6}{len(rows):>6}{before:>10.3f}{after:>10.3f}{gained:>8}{lost:>6}{gained - lost:>+6}")
        if fold:
            nets.append(gained - lost)
    accepted = sum(net > 0 for net in nets) >= 3 and min(nets) >= -1
    print(f"accepted: {'yes' if accepted else 'no'} (gains on {sum(net > 0 for net in nets)} of 4 folds, "
          f"worst fold {min(nets):+d})")
    if changes:
        for i in sorted(i for i in gold if base[i] != new[i]):
            mark = "+" if new[i] == gold[i][1] else "-" if base[i] == gold[i][1] else " "
            print(f"  {mark} dev{i % 5} row {i} gold {gold[i][1]}: {base[i]} -> {new[i]}  {gold[i][0][:120]}")
    print()
    return accepted


def confusions(gold: dict[int, tuple[str, str]], labels: dict[int, str]) -> list[tuple[tuple[str, str], list[int]]]:
    """The wrong rows of `labels` grouped by (gold, predicted) cell, the largest cell first (ties in label order),
    each cell's rows in index order."""
    cells: dict[tuple[str, str], list[int]] = {}
    for i in sorted(gold):
        if labels[i] != gold[i][1]:
            cells.setdefault((gold[i][1], labels[i]), []).append(i)
    order = {label: n for n, label in enumerate(LABELS)}
    return sorted(cells.items(), key=lambda cell: (-len(cell[1]), order[cell[0][0]], order[cell[0][1]]))


def print_errors(name: str, gold: dict[int, tuple[str, str]], labels: dict[int, str]) -> None:
    """The new tree's wrong dev sentences of one benchmark, by confusion cell (`confusions`)."""
    cells = confusions(gold, labels)
    for (expected, predicted), rows in cells:
        print(f"{name}: gold {expected}, predicted {predicted}: {len(rows)}")
        for i in rows:
            print(f"  dev{i % 5} row {i}  {gold[i][0][:160]}")
    if cells:
        print()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--benchmark", action="append", choices=sorted(FILES),
                        help="one of the two strength benchmarks (default: both)")
    parser.add_argument("--root", type=Path, default=os.environ.get("CLAIMAUDIT_BENCHMARKS"),
                        help="the benchmark folder (default: $CLAIMAUDIT_BENCHMARKS)")
    parser.add_argument("--changes", action="store_true", help="also list every sentence whose label changed")
    parser.add_argument("--errors", action="store_true",
                        help="also list the new tree's wrong dev sentences by confusion cell, the largest first")
    args = parser.parse_args()
    if args.root is None:
        parser.error("give --root or set CLAIMAUDIT_BENCHMARKS")
    results = []
    for name in args.benchmark or sorted(FILES, reverse=True):
        data = Path(args.root, name, FILES[name])
        gold = load_gold(data)
        new = predict(args.new.resolve(), data)
        results.append(compare(name, gold, predict(args.base.resolve(), data), new, args.changes))
        if args.errors:
            print_errors(name, gold, new)
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
