"""Shared test helpers: run the engine on a string."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.claims import extract_claims
from pipeline.nlp import analyse_text
from pipeline.rules.engine import find_flags
from pipeline.rules.loader import load_rules

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def flags_for(text: str):
    """Flags the engine raises on `text` (as one paragraph)."""
    analysis = analyse_text(text)
    return find_flags(analysis, extract_claims(analysis), load_rules())


def claims_for(text: str):
    return extract_claims(analyse_text(text))


@pytest.fixture
def flags():
    return flags_for


@pytest.fixture
def claims():
    return claims_for
