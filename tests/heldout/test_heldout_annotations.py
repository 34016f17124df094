"""The held-out gold files are well formed: every span is found in its article, the labels are ones `claimaudit eval`
scores, and the articles stay outside the bundled `sources/` so `claimaudit check` never audits them."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
import yaml

from pipeline.evaluation import load_gold
from pipeline.models import STATUSES, STRENGTHS
from pipeline.rules.loader import load_rules

REPO = Path(__file__).resolve().parents[2]
HELDOUT = REPO / "tests" / "heldout"
GOLD_FILES = sorted(HELDOUT.glob("*.yaml"))
CATEGORIES = {"efficacy", "safety", "mechanism", "cure", "prognosis", "statistic", "definition", "other"}
LEVELS = {"error", "warning", "info"}


def _read(path: Path) -> tuple[dict, str]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data, (REPO / data["source"]).read_text(encoding="utf-8")


def test_there_are_held_out_articles_each_with_its_own_source():
    sources = [yaml.safe_load(p.read_text(encoding="utf-8"))["source"] for p in GOLD_FILES]
    assert len(GOLD_FILES) >= 4
    assert len(set(sources)) == len(sources)
    assert all(source.startswith("tests/heldout/sources/") for source in sources)


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_claims_are_exact_unambiguous_spans_with_known_labels(path):
    data, text = _read(path)
    assert data["claims"], "an article with no claims measures nothing"
    for claim in data["claims"]:
        found = text.count(claim["text"])
        assert found >= claim.get("occurrence", 1), claim["text"]
        assert found == 1 or "occurrence" in claim, f"say which occurrence: {claim['text']!r}"
        assert claim["category"] in CATEGORIES, claim["text"]
        assert claim["strength"] in STRENGTHS and claim["status"] in STATUSES, claim["text"]
        assert claim["subject"].strip() and claim["why"].strip(), claim["text"]


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_flags_sit_in_a_unique_context_and_name_a_pack_of_the_catalogue(path):
    data, text = _read(path)
    packs = {rule.pack for rule in load_rules()}
    for flag in data.get("flags") or []:
        assert text.count(flag["context"]) == 1, flag["context"]
        assert flag["context"].count(flag["text"]) == 1, flag["text"]
        assert flag["pack"] in packs and flag["level"] in LEVELS, flag


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_non_claims_are_exact_substrings(path):
    data, text = _read(path)
    for sentence in data.get("non_claims") or []:
        assert isinstance(sentence, str) and sentence in text, sentence


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_the_evaluator_reads_every_span(path, monkeypatch):
    monkeypatch.chdir(REPO)  # `source:` is relative to the repository root, as for tests/gold
    data, _ = _read(path)
    _, claims, flags = load_gold(path)
    assert len(claims) == len(data["claims"]) and len(flags) == len(data.get("flags") or [])


def test_held_out_articles_are_not_bundled_sources():
    settings = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["claimaudit"]
    bundled = [(REPO / folder).resolve() for folder in settings["sources"]]
    held_out = (HELDOUT / "sources").resolve()
    assert all(held_out != folder and folder not in held_out.parents for folder in bundled)
    bundled_names = {p.name for folder in bundled for p in folder.glob("*")}
    assert not bundled_names & {p.name for p in held_out.glob("*.txt")}
