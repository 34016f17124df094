"""Shared test helpers: run the engine on a string."""

from __future__ import annotations

from pathlib import Path

import pytest

from functools import lru_cache

from pipeline.audit import audit_source
from pipeline.claims import extract_claims
from pipeline.evidence import EvidenceIndex
from pipeline.nlp import analyse_text
from pipeline.references import load_library
from pipeline.rules.loader import load_rules

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@lru_cache(maxsize=1)
def shipped_index() -> EvidenceIndex:
    return EvidenceIndex(load_library(ROOT / "references"))


def flags_for(text: str):
    """Flags the engine raises on `text` (as one paragraph), with the shipped reference library."""
    return list(audit_source(analyse_text(text), shipped_index(), load_rules()).flags)


def claims_for(text: str):
    return extract_claims(analyse_text(text))


@pytest.fixture
def flags():
    return flags_for


@pytest.fixture
def claims():
    return claims_for
