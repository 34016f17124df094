"""Exaggeration in press releases (Wright & Augenstein 2021, EMNLP; InSciOut data of Sumner et al. 2014 and
Bratton et al. 2019): 563 test pairs of a press-release conclusion and the paper's abstract conclusion.

The engine gives each side a claim strength (Yu scale 0-3, as in causal_language_pubmed) and compares them:
press > abstract -> exaggerates, equal -> same, less -> downplays (formulation T2 of the paper). Reported:
macro-F1 and accuracy of the exaggeration label, and the macro-F1 of each side's strength.
Splits: "test" (563) and "train" (100, used for tuning)."""

from __future__ import annotations

from pathlib import Path

from pipeline.benchmarks.base import (YU_LABELS, BenchmarkResult, classification, data_file, read_jsonl,
                                      sentence_strength)
from pipeline.errors import DataError

NAME = "sci_exaggeration"
FOLDER = "sci_exaggeration"
SPLITS = ("test", "train")
DEFAULT_SPLIT = "test"
LABELS = ("exaggerates", "same", "downplays")
BASELINE = ("Wright & Augenstein 2021: MT-PET (RoBERTa-base) beats PET and supervised baselines on this 563-pair "
            "test set (macro-F1, formulations T1 and T2); exact table figures not re-verified here - see "
            "aclanthology.org/2021.emnlp-main.845")


def compare(press: str, abstract: str) -> str:
    rank = YU_LABELS.index
    difference = rank(press) - rank(abstract)
    return "exaggerates" if difference > 0 else "downplays" if difference < 0 else "same"


def run(root: Path, split: str = DEFAULT_SPLIT, limit: int | None = None) -> BenchmarkResult:
    if split not in SPLITS:
        raise DataError(f"unknown split {split!r} for {NAME} (one of: {', '.join(SPLITS)})")
    rows = read_jsonl(data_file(Path(root), FOLDER, f"insciout_{split}.jsonl"))
    rows = rows[:limit] if limit is not None else rows
    gold, predicted, errors = [], [], []
    sides = {"press": ([], []), "abstract": ([], [])}
    for row in rows:
        press = sentence_strength(row["press_release_conclusion"])
        abstract = sentence_strength(row["abstract_conclusion"])
        for side, guess, label in (("press", press, row["press_release_strength"]),
                                   ("abstract", abstract, row["abstract_strength"])):
            sides[side][0].append(YU_LABELS[int(label)])
            sides[side][1].append(guess)
        guess = compare(press, abstract)
        gold.append(row["exaggeration_label"])
        predicted.append(guess)
        if guess != row["exaggeration_label"]:
            errors.append((row["exaggeration_label"], guess,
                           f"PRESS[{YU_LABELS[int(row['press_release_strength'])]}->{press}] "
                           f"{row['press_release_conclusion']} || ABSTRACT[{YU_LABELS[int(row['abstract_strength'])]}"
                           f"->{abstract}] {row['abstract_conclusion']}"))
    metrics, confusion = classification(gold, predicted, LABELS)
    for side, (side_gold, side_guess) in sides.items():
        side_metrics, _ = classification(side_gold, side_guess, YU_LABELS)
        metrics[f"strength_macro_f1_{side}"] = side_metrics["macro_f1"]
        metrics[f"strength_accuracy_{side}"] = side_metrics["accuracy"]
    return BenchmarkResult(NAME, split, len(rows), metrics, BASELINE, LABELS, confusion,
                           notes=["label = sign(engine strength of press release - engine strength of abstract)"],
                           errors=errors)
