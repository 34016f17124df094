"""The held-out gold sets (tests/heldout, tests/heldout2) and the written page sets (tests/pages/*) are well formed:
every span is found in its article, the labels are ones `claimaudit eval` scores, wording listed as only mentioned is
never also a gold flag, and the articles stay outside the bundled `sources/` (and the two held-out sets out of each
other), so `claimaudit check` never audits them. Each held-out set's reference library (tests/heldout*/references)
is valid and written in its own words."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
import yaml

from pipeline.evaluation import load_gold
from pipeline.models import STATUSES, STRENGTHS
from pipeline.references import load_library, validate_library
from pipeline.rules.loader import load_rules

REPO = Path(__file__).resolve().parents[1]
HELD_OUT_SETS = [REPO / "tests" / "heldout", REPO / "tests" / "heldout2"]
PAGE_SETS = sorted(folder for folder in (REPO / "tests" / "pages").glob("*") if (folder / "sources").is_dir())
SETS = HELD_OUT_SETS + PAGE_SETS
GOLD_FILES = [path for folder in SETS for path in sorted(folder.glob("*.yaml"))]
CATEGORIES = {"efficacy", "safety", "mechanism", "cure", "prognosis", "statistic", "definition", "other"}
LEVELS = {"error", "warning", "info"}


def _read(path: Path) -> tuple[dict, str]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data, (REPO / data["source"]).read_text(encoding="utf-8")


def _spans(text: str, needle: str) -> list[tuple[int, int]]:
    found, at = [], text.find(needle)
    while at != -1:
        found.append((at, at + len(needle)))
        at = text.find(needle, at + 1)
    return found


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in spans)


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_each_set_has_articles_each_with_its_own_source(folder):
    files = sorted(folder.glob("*.yaml"))
    sources = [yaml.safe_load(p.read_text(encoding="utf-8"))["source"] for p in files]
    assert len(files) >= 6
    assert len(set(sources)) == len(sources)
    assert all(source.startswith(f"{folder.relative_to(REPO).as_posix()}/sources/") for source in sources)


@pytest.mark.parametrize("folder", PAGE_SETS, ids=lambda p: p.name)
def test_a_page_set_says_which_pages_sell_and_when_it_was_frozen(folder):
    # sell-* pages sell a product, info-* pages are sober: the false flags on sober pages are counted by name
    assert all(page.name.startswith(("sell-", "info-")) for page in (folder / "sources").iterdir())
    assert (folder / "README.md").is_file() and (folder / "FROZEN").read_text(encoding="utf-8").strip()


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
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


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_flags_sit_in_a_unique_context_and_name_a_pack_of_the_catalogue(path):
    data, text = _read(path)
    packs = {rule.pack for rule in load_rules()}
    for flag in data.get("flags") or []:
        assert text.count(flag["context"]) == 1, flag["context"]
        assert flag["context"].count(flag["text"]) == 1, flag["text"]
        assert flag["pack"] in packs and flag["level"] in LEVELS, flag


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_non_claims_are_exact_substrings_that_overlap_no_claim(path):
    data, text = _read(path)
    claims = [span for claim in data["claims"] for span in _spans(text, claim["text"])]
    for sentence in data.get("non_claims") or []:
        assert isinstance(sentence, str) and sentence in text, sentence
        # a title may recur inside a claim; the non-claim itself is an occurrence outside every claim
        assert not all(_overlaps(span, claims) for span in _spans(text, sentence)), sentence


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_mentioned_wording_is_found_and_never_also_a_gold_flag(path):
    """Wording an article quotes or reports in order to warn against it is listed under `mentioned`, not flagged."""
    data, text = _read(path)
    flags = []
    for flag in data.get("flags") or []:
        at = text.index(flag["context"]) + flag["context"].index(flag["text"])
        flags.append((at, at + len(flag["text"])))
    for wording in data.get("mentioned") or []:
        spans = _spans(text, wording)
        assert spans, wording
        assert not any(_overlaps(span, flags) for span in spans), wording


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_the_evaluator_reads_every_span(path, monkeypatch):
    monkeypatch.chdir(REPO)  # `source:` is relative to the repository root, as for tests/gold
    data, _ = _read(path)
    _, claims, flags = load_gold(path)
    assert len(claims) == len(data["claims"]) and len(flags) == len(data.get("flags") or [])


def test_held_out_articles_are_neither_bundled_sources_nor_in_both_sets():
    settings = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["claimaudit"]
    bundled = [(REPO / folder).resolve() for folder in settings["sources"]]
    bundled_names = {p.name for folder in bundled for p in folder.glob("*")}
    names = []
    for folder in SETS:
        held_out = (folder / "sources").resolve()
        assert all(held_out != b and b not in held_out.parents for b in bundled)
        names.append({p.name for p in held_out.iterdir()})
        assert names[-1] and not names[-1] & bundled_names
    assert not names[0] & names[1]


# Each held-out set's own reference library (tests/heldout*/references), used with `eval --references`.
HELD_OUT_LIBRARIES = [folder / "references" for folder in HELD_OUT_SETS]


@pytest.mark.parametrize("library", HELD_OUT_LIBRARIES, ids=lambda p: p.parent.name)
def test_the_held_out_reference_library_is_valid(library):
    assert validate_library(library) == []


@pytest.mark.parametrize("library", HELD_OUT_LIBRARIES, ids=lambda p: p.parent.name)
def test_the_held_out_library_does_not_copy_the_articles_into_its_phrasings(library):
    # A phrasing copied from an audited sentence would make the match trivial and the status figure worthless.
    articles = " ".join(" ".join(path.read_text(encoding="utf-8").lower().split())
                        for path in (library.parent / "sources").glob("*.txt"))
    copied = [(statement.id, phrasing) for statement in load_library(library).statements
              for phrasing in statement.addresses if " ".join(phrasing.lower().split()) in articles]
    assert articles and copied == []
