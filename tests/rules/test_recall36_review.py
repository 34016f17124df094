"""Recall36's seller readings held to the pages that sell (review of round 36): a seller's universal or hype read
only where the page promotes, a near-total share or a reported impression left alone on a page that informs, and
the seller's own wording kept flagged."""

from __future__ import annotations

import pytest
from conftest import SHOP, flag_texts, flags_for


# ABS003's seller-only "never <verb> another" is not given back under ABS006's spared reading (engine._restored)
@pytest.mark.parametrize("text", [
    "A few children never have another attack once they reach their teens.",
    "Some adults will never suffer another migraine after the menopause.",
    'The leaflet claims you will "never suffer another headache". It is false.',
])
def test_a_never_another_on_a_page_that_informs_is_not_given_back(text):
    assert flag_texts(text, "ABS003") == [] and flag_texts(text, "ABS006") == []


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
    assert flag_texts(text, "ABS003") == []


def test_a_sellers_near_total_share_is_spared_but_its_bare_hundred_is_not():
    assert flag_texts("Candida overgrowth is almost 100% reversible with our cleanse." + SHOP, "ABS003") == []
    assert flag_texts("Candida overgrowth is 100% reversible with our cleanse." + SHOP, "ABS003") == ["100% reversible"]


# CUR002's "works like magic" is a seller's miracle; a page that informs reports it to weigh it
@pytest.mark.parametrize("text", [
    "Fans of the diet say it works like magic, but the trials were small.",
    "Some parents told reporters the new inhaler worked like magic.",
])
def test_magic_reported_on_a_page_that_informs_is_not_flagged(text):
    assert flag_texts(text, "CUR002") == []


def test_a_sellers_magic_keeps_its_flag_and_a_miracle_keeps_it_everywhere():
    assert flag_texts("Our foot balm works like magic on cracked heels." + SHOP, "CUR002") == ["works like magic"]
    assert flag_texts("This balm is a miracle for cracked heels.", "CUR002") != []


# a page's lead flag turns on the seller-only readings (CAU012's "is a sign of", promoted_patterns) only when it is
# the page's own unhedged wording: a hedged one or another's attributed quote heads a page that informs as well
SIGN = "\n\nBrittle nails are a sign of iron deficiency."


@pytest.mark.parametrize("lead", [
    "Stopping drinking can reverse alcoholic fatty liver disease.",
    'The maker says its patch is "clinically proven" to ease back pain, but it names no study.',
])
def test_a_hedged_or_quoted_lead_flag_does_not_make_a_page_promote(lead):
    assert flag_texts(lead + SIGN, "CAU012") == []


def test_an_unhedged_lead_promise_still_makes_the_page_promote():
    assert flag_texts("Colloidal silver is a miracle cure for infections." + SIGN, "CAU012") \
        == ["are a sign of iron deficiency"]


# CUR007's "stop … for good": a pronoun is the complaint named before it; a habit (eating too) or the reader's own act
# stopped is advice
@pytest.mark.parametrize("text, words", [
    ("Cold sores keep coming back. LipCalm stops them for good.", "stops them for good"),
    ("Restless legs at night? Our magnesium spray stops it for good.", "stops it for good"),
])
def test_a_complaint_stopped_for_good_by_pronoun_is_flagged_on_a_sellers_page(text, words):
    assert flag_texts(text + SHOP, "CUR007") == [words]


@pytest.mark.parametrize("text", [
    "Stop stress eating for good with our 12-week plan.",
    "You can stop it for good by pausing your deliveries in your account.",
])
def test_a_habit_or_the_readers_own_act_stopped_for_good_is_spared(text):
    assert flag_texts(text + SHOP, "CUR007") == []
