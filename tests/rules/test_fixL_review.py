"""Review of ledger37 and recall37 (fixL): the "get better" exception keeps to its two words, so a promise that
follows it is read on its own; recall37's new CUR and EMO firings held to what they are meant to read."""

from __future__ import annotations

import pytest
from conftest import flags_for

SHOP = " Add to cart today for free shipping."  # a shop's words: the page promotes


def _flagged(text: str, code: str) -> list[str]:
    return [f.text for f in flags_for(text) if f.code == code]


# A2-H3: "get better" is the exception, not the time or comparison after it
@pytest.mark.parametrize("text", [
    "Your joints will get better in days.",
    "Your eczema gets better in just 3 days with DermaCalm.",
    "Most customers get better within days.",
    "Sore throats get better in just 48 hours with our lozenges.",
])
def test_a_promised_time_after_get_better_is_flagged(text):
    assert _flagged(text + SHOP, "SUB013") != []


def test_a_comparison_after_get_better_is_flagged():
    assert _flagged("Kids get better in half the time with ImmunoKids." + SHOP, "CMP002") == ["in half the time"]
    assert _flagged("Toddlers get better in half the time on our syrup." + SHOP, "CMP002") == ["in half the time"]


@pytest.mark.parametrize("text", [
    "Most colds get better on their own within a week.",
    "Most children get better within a week without antibiotics.",
    "Shingles usually gets better after a few weeks.",
])
def test_get_better_as_recovery_is_still_no_comparison(text):
    assert [f.code for f in flags_for(text) if f.code.startswith("CMP")] == []
