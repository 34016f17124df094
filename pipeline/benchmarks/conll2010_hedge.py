"""Sentence-level uncertainty, CoNLL-2010 shared task 1, biological track (Farkas et al. 2010).

A sentence is uncertain when it holds at least one speculation cue; the engine calls it uncertain when it finds a
HEDGED or HYPOTHETICAL ConText modifier in it whose trigger is speculation in the BioScope sense (label-scheme
mapping in `base.speculative`: the project's hedges also count ability "can", generality and purpose). Metric: precision / recall / F1 of the uncertain class.
Splits: "test" = the official evaluation set (task2_eval_rev.xml, 15 full articles, 5,003 sentences);
"train" = the training abstracts and full articles (used to tune the lexicons)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from pipeline.benchmarks.base import BenchmarkResult, binary, data_file, hedge_cues
from pipeline.errors import DataError

NAME = "conll2010_hedge"
FOLDER = "conll2010_hedge"
SPLITS = ("test", "train")
DEFAULT_SPLIT = "test"
FILES = {"test": ("task2_eval_rev.xml",),
         "train": ("task2_train_bio_abstracts_rev2.xml", "task2_train_bio_fullarticles_rev2.xml")}
BASELINE = "CoNLL-2010 task 1 (biological), best system (Tang et al. 2010): uncertain-class F1 ~0.86 on this test set"


def load(root: Path, split: str) -> list[tuple[str, bool, tuple[str, ...]]]:
    """(sentence text, uncertain?, gold cue texts) in file order."""
    if split not in FILES:
        raise DataError(f"unknown split {split!r} for {NAME} (one of: {', '.join(FILES)})")
    rows = []
    for name in FILES[split]:
        path = data_file(root, FOLDER, name)
        try:
            tree = ET.parse(path)
        except ET.ParseError as exc:
            raise DataError(f"invalid XML: {exc}", path.as_posix()) from None
        for sentence in tree.iter("sentence"):
            text = " ".join("".join(sentence.itertext()).split())
            cues = tuple(" ".join("".join(c.itertext()).split()) for c in sentence.iter("cue")
                         if c.get("type", "speculation") == "speculation")
            rows.append((text, bool(cues), cues))  # two official sentences are blank: certain
    return rows


def run(root: Path, split: str = DEFAULT_SPLIT, limit: int | None = None) -> BenchmarkResult:
    rows = load(Path(root), split)
    rows = rows[:limit] if limit is not None else rows
    gold, predicted, errors = [], [], []
    for text, uncertain, cues in rows:
        found = hedge_cues(text)
        gold.append(uncertain)
        predicted.append(bool(found))
        if bool(found) != uncertain:
            errors.append(("uncertain" if uncertain else "certain", "|".join(found) or "-",
                           f"{text}  [gold cues: {'|'.join(cues) or '-'}]"))
    scores = binary(gold, predicted)
    metrics = {"f1[uncertain]": scores["f1"], "precision[uncertain]": scores["precision"],
               "recall[uncertain]": scores["recall"], "accuracy": scores["accuracy"]}
    labels = ("uncertain", "certain")
    confusion = {(g, p): sum(1 for a, b in zip(gold, predicted)
                             if (a, b) == (g == "uncertain", p == "uncertain")) for g in labels for p in labels}
    return BenchmarkResult(NAME, split, len(rows), metrics, BASELINE, labels, confusion,
                           counts={"uncertain (gold)": sum(gold), "uncertain (engine)": sum(predicted)},
                           notes=["uncertain = a speculative HEDGED or HYPOTHETICAL ConText trigger in the sentence",
                                  "label-scheme mapping (base.speculative): ability 'can', 'could not', generality "
                                  "('generally', 'in some cases'), purpose ('aimed at'), conditional 'if', 'not "
                                  "necessarily' and 'indicative of' are not speculation cues in BioScope"],
                           errors=errors)
