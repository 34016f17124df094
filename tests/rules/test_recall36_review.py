"""Recall36's seller readings held to the pages that sell (review of round 36): a seller's universal or hype read
only where the page promotes, a near-total share or a reported impression left alone on a page that informs, and
the seller's own wording kept flagged."""

from __future__ import annotations

import pytest
from conftest import flags_for

SHOP = " Add to cart today for free shipping."  # a shop's words: the page promotes


def _flagged(text: str, code: str) -> list[str]:
    return [f.text for f in flags_for(text) if f.code == code]


# ABS003's seller-only "never <verb> another" is not given back under ABS006's spared reading (engine._restored)
@pytest.mark.parametrize("text", [
    "A few children never have another attack once they reach their teens.",
    "Some adults will never suffer another migraine after the menopause.",
    'The leaflet claims you will "never suffer another headache". It is false.',
])
def test_a_never_another_on_a_page_that_informs_is_not_given_back(text):
    assert _flagged(text, "ABS003") == [] and _flagged(text, "ABS006") == []


def test_a_sellers_never_another_keeps_its_flag():
    flags = flags_for("Take two gummies at night and never suffer another cold sore." + SHOP)
    # ABS006's reading of the complaint that never comes back supersedes ABS003's on the same words
    assert any(f.code in ("ABS003", "ABS006") and "never suffer another" in f.text for f in flags)


# ABS003's "100% curable": a near-total share is no absolute anywhere; the bare 100% only where the page promotes
@pytest.mark.parametrize("text", [
    "Bowel cancer is nearly 100% curable when it is found at the earliest stage.",
    "With modern drugs, hepatitis C is now virtually 100% curable.",
    "Rabies is close to 100% preventable if the vaccine is given promptly.",
    "Early liver scarring is often 100% reversible with abstinence, according to the charity.",
])
def test_a_near_total_or_informed_share_is_not_an_absolute(text):
    assert _flagged(text, "ABS003") == []


def test_a_sellers_near_total_share_is_spared_but_its_bare_hundred_is_not():
    assert _flagged("Candida overgrowth is almost 100% reversible with our cleanse." + SHOP, "ABS003") == []
    assert _flagged("Candida overgrowth is 100% reversible with our cleanse." + SHOP, "ABS003") == ["100% reversible"]


# CUR002's "works like magic" is a seller's miracle; a page that informs reports it to weigh it
@pytest.mark.parametrize("text", [
    "Fans of the diet say it works like magic, but the trials were small.",
    "Some parents told reporters the new inhaler worked like magic.",
])
def test_magic_reported_on_a_page_that_informs_is_not_flagged(text):
    assert _flagged(text, "CUR002") == []


def test_a_sellers_magic_keeps_its_flag_and_a_miracle_keeps_it_everywhere():
    assert _flagged("Our foot balm works like magic on cracked heels." + SHOP, "CUR002") == ["works like magic"]
    assert _flagged("This balm is a miracle for cracked heels.", "CUR002") != []
