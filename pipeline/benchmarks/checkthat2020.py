"""CLEF-2020 CheckThat! Task 1 English (Shaar et al. 2020): COVID-19 tweets of March 2020, each coded `claim`
(contains a factual claim) and check-worthiness; train 672, dev 150, test 140 tweets (see PROVENANCE.md).

Text the project did not write, so an independent measure of the claim stage: (a) claim detection, precision /
recall / F1 of "the engine extracts at least one claim from the tweet" against `claim`; (b) check-worthiness, the
average precision (MAP: one topic) of the tweets ranked by a simple engine score (`worthiness_score`) against the
check-worthiness label, beside the published baselines. Splits: train and dev for tuning, test for reporting.

Tweets are normalised before analysis (`normalize_tweet`): links dropped, a reply's leading @addresses dropped and
other @mentions and #hashtags turned into their words ("#StayAtHome" -> "Stay At Home"), emoji characters removed,
HTML entities decoded; no full stop is added (the ingest stage reads a tweet as the text it is: a line with a
sentence break or a predicate, or the only line of a source, is no heading). The data set's own spelled-out emoji
("Flag of United States", "Thinking face") are text and stay."""

from __future__ import annotations

import csv
import html
import re
import unicodedata
from pathlib import Path

from pipeline.benchmarks.base import BenchmarkResult, binary, data_file
from pipeline.errors import DataError

NAME = "checkthat2020"
FOLDER = "checkthat2020_task1"
SPLITS = ("test", "dev", "train")
DEFAULT_SPLIT = "test"
FILES = {"train": "training_v2.tsv", "dev": "dev_v2.tsv", "test": "test-gold.tsv"}
BASELINE = ("check-worthiness MAP on test: first place Accenture (RoBERTa; Williams et al. 2020, arXiv:2009.02431), "
            "about 0.806: second place Team_Alex had 0.8034, 0.003 behind (Nikolov et al. 2020, CEUR-WS Vol-2696 "
            "paper 170); organisers' baselines on dev: random AP 0.347, n-gram AP 0.693 (task README). "
            "No published figure for the `claim` label alone")

URL = re.compile(r"(https?://|www\.|pic\.twitter\.com/)\S+|<link>", re.I)  # the data set writes some links "<link>"
LEADING_MENTIONS = re.compile(r"^(\s*(\.\s*)?@\w+)+")  # "@a @b thanks": the reply's addressees, not its text
TAG = re.compile(r"[#@](\w+)")
WRITER = re.compile(r"\W*(i|me|my|i['\u2019]m|im)\b", re.I)  # a claim that opens on the writer: their own story
CAMEL_PARTS = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")


def run(root: Path, split: str = DEFAULT_SPLIT, limit: int | None = None) -> BenchmarkResult:
    if split not in SPLITS:
        raise DataError(f"unknown split {split!r} for {NAME} (one of: {', '.join(SPLITS)})")
    rows = read_tweets(data_file(Path(root), FOLDER, FILES[split]))
    rows = rows[:limit] if limit is not None else rows
    gold_claim, predicted_claim, worthy, scores, errors = [], [], [], [], []
    for text, has_claim, check_worthy in rows:
        claims = tweet_claims(text)
        gold_claim.append(has_claim)
        predicted_claim.append(bool(claims))
        worthy.append(check_worthy)
        scores.append(worthiness_score(claims))
        if bool(claims) != has_claim:
            errors.append(("claim" if has_claim else "no claim", "claim" if claims else "no claim", text))
    detection = binary(gold_claim, predicted_claim)
    metrics = {f"claim_{key}": value for key, value in detection.items()}
    metrics["claim_f1_always"] = binary(gold_claim, [True] * len(gold_claim))["f1"]  # the floor to beat
    ranking = ranked_labels(scores, worthy)
    metrics["worthiness_map"] = average_precision(ranking)
    metrics["worthiness_map_random"] = sum(worthy) / len(worthy) if worthy else 0.0
    for k in (5, 10, 30):
        if len(ranking) >= k:
            metrics[f"worthiness_p@{k}"] = sum(ranking[:k]) / k
    confusion = {(g, p): sum(1 for a, b in zip(gold_claim, predicted_claim) if (a, b) == (g == "claim", p == "claim"))
                 for g in ("claim", "no claim") for p in ("claim", "no claim")}
    counts = {"tweets with a claim (gold)": sum(gold_claim), "check-worthy (gold)": sum(worthy)}
    notes = ["claim_*: a tweet counts as a claim when the engine extracts at least one claim from it; "
             "claim_f1_always = F1 of calling every tweet a claim",
             "worthiness: tweets ranked by (claims not opened by I / me / my, strongest strength, numbers in claims), "
             "ties in file order; "
             "one topic, so MAP = average precision; worthiness_map_random = the share of check-worthy tweets",
             "tweets normalised first: links and reply addresses dropped, @mentions and #hashtags as words, emoji "
             "removed; no final full stop is added",
             "splits: train and dev tune the claim stage, test is for reporting"]
    return BenchmarkResult(NAME, split, len(rows), metrics, BASELINE, ("claim", "no claim"), confusion, counts, notes,
                           errors)


def read_tweets(path: Path) -> list[tuple[str, bool, bool]]:
    """(tweet text, contains a claim, check-worthy) per row; the test file names the last column
    `claim_worthiness`."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    worthiness = "check_worthiness" if rows and "check_worthiness" in rows[0] else "claim_worthiness"
    try:
        return [(row["tweet_text"], row["claim"].strip() == "1", row[worthiness].strip() == "1") for row in rows]
    except (KeyError, AttributeError):
        raise DataError("expected columns tweet_text, claim and check_worthiness", path.as_posix()) from None


def normalize_tweet(text: str) -> str:
    """Plain prose from a tweet: links and a reply's leading @addresses dropped, other @mentions and #hashtags
    split into their words, emoji and other symbols removed, HTML entities decoded, whitespace collapsed. The end
    is left as written: the ingest stage tells a tweet without final punctuation from a heading."""
    text = html.unescape(text)
    text = URL.sub(" ", text)
    text = LEADING_MENTIONS.sub(" ", text)
    text = TAG.sub(lambda m: " ".join(CAMEL_PARTS.findall(m.group(1))) or m.group(1), text)
    text = "".join(" " if unicodedata.category(c) in ("So", "Sk", "Cs", "Co") or c in "\ufe0f\u200d" else c
                   for c in text)
    return " ".join(text.split())


def tweet_claims(text: str) -> list:
    """The claims the engine extracts from one tweet, after normalisation."""
    from pipeline.claims import extract_claims
    from pipeline.nlp import analyse_text

    normalized = normalize_tweet(text)
    return extract_claims(analyse_text(normalized)) if normalized else []


def worthiness_score(claims: list) -> tuple[int, int, int]:
    """How check-worthy the engine finds a tweet: how many claims are not the writer's own story (a claim opened
    by "I", "me" or "my" tells of the writer, which a fact-checker cannot check), the strongest claim's strength,
    how many numbers the claims state (a figure is what a fact-checker checks)."""
    from pipeline.models import strength_rank

    if not claims:
        return (0, -1, 0)
    public = sum(1 for c in claims if not WRITER.match(c.text))
    numbers = sum(len(re.findall(r"\d+(?:[.,]\d+)?", c.text)) for c in claims)
    return (public, max(strength_rank(c.strength) for c in claims), numbers)


def ranked_labels(scores: list, labels: list[bool]) -> list[bool]:
    """The labels in ranking order: highest score first, ties in file order (deterministic)."""
    order = sorted(range(len(scores)), key=lambda i: (tuple(-s for s in scores[i]), i))
    return [labels[i] for i in order]


def average_precision(ranking: list[bool]) -> float:
    """Mean of the precision at the rank of each relevant item (0 when nothing is relevant)."""
    hits, total = 0, 0.0
    for rank, relevant in enumerate(ranking, 1):
        if relevant:
            hits += 1
            total += hits / rank
    return total / hits if hits else 0.0
