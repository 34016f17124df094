"""Shared test helpers: run the engine on a string."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from functools import lru_cache

from pipeline.audit import audit_source
from pipeline.claims import extract_claims
from pipeline import evidence
from pipeline.evidence import EvidenceIndex
from pipeline.nlp import analyse_text
from pipeline.references import EvidenceStatement, Library, Reference, load_library
from pipeline.rules.loader import load_rules

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

# A build with CLAIMAUDIT_COMPILE=1 (setup.py) runs the same tests, but the methods of its compiled classes cannot
# be replaced: the few tests that replace one to observe the engine run on the pure-Python build only.
COMPILED = not evidence.__file__.endswith(".py")
if os.environ.get("CLAIMAUDIT_EXPECT_COMPILED") == "1" and not COMPILED:
    raise RuntimeError(f"the compiled build was expected, but the tests import {evidence.__file__}")
# Without the compiled build the tests must run this checkout's code: with a shared editable install (several
# worktrees, one virtual environment) a missing PYTHONPATH would silently test another tree's engine.
if not COMPILED and Path(evidence.__file__).resolve().parent.parent != ROOT:
    raise RuntimeError(f"the tests import {evidence.__file__}, not this checkout's pipeline/ ({ROOT}): install it "
                       f"with `pip install -e .` or put {ROOT} first on PYTHONPATH")
patches_methods = pytest.mark.skipif(COMPILED, reason="replaces a method, which classes compiled by mypyc do not "
                                                      "allow; the pure-Python build runs this test")


@lru_cache(maxsize=1)
def shipped_index() -> EvidenceIndex:
    return EvidenceIndex(load_library(ROOT / "references"))


def verdict(index, page, claim):
    """The status of the claim starting with `claim` on the page, and the statement that decided it."""
    result = audit_source(analyse_text(page), index, load_rules())
    found = [c for c in result.claims if c.text.startswith(claim)]
    assert found, [c.text for c in result.claims]
    return found[0].status, found[0].evidence[0].evidence_id if found[0].evidence else None


def flags_for(text: str):
    """Flags the engine raises on `text` (as one paragraph), with the shipped reference library."""
    return list(audit_source(analyse_text(text), shipped_index(), load_rules()).flags)


# a shop's words after a sentence: the page promotes (a lone sentence is read as a page that promotes nothing)
SHOP = " Add to cart today for free shipping."


def flag_texts(text: str, code: str) -> list[str]:
    """The words `code` flags in `text`."""
    return [f.text for f in flags_for(text) if f.code == code]


def reference_statement(reference: Reference, id: str, stance: str, addresses: list[str], finding: str | None = None,
                        quote: str = "quote") -> EvidenceStatement:
    """A statement of a test library, of direct strength, citing `reference`: its finding is its first wording unless
    given. The evidence tests bind their own reference to it (functools.partial) as their `statement`."""
    return EvidenceStatement(id, reference.id, finding or addresses[0], quote, stance, "direct",
                             f"direct: {addresses[0]}", "", tuple(addresses))


def reference_library(reference: Reference, *statements: EvidenceStatement) -> EvidenceIndex:
    """An evidence index of `statements`, all citing the one `reference`."""
    return EvidenceIndex(Library({reference.id: reference}, statements))


def audit_markdown(markdown: str):
    """The result of auditing `markdown` as a Markdown page, with the shipped reference library and rules."""
    from pipeline.ingest import build_source
    from pipeline.nlp import analyse

    return audit_source(analyse(build_source("page.md", markdown, "md")), shipped_index(), load_rules())


def claims_for(text: str):
    return extract_claims(analyse_text(text))


@pytest.fixture
def flags():
    return flags_for


@pytest.fixture
def claims():
    return claims_for
