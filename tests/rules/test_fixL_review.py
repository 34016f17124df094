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


# A-M7: EMO004's debt is a good the product brings, not a service owed
@pytest.mark.parametrize("text", [
    "Book now for the care you deserve.",
    "Our pharmacists give the expert care you deserve.",
    "Get the honest answers you deserve from our pharmacists.",
    "Our nurses give your family the support that they deserve.",
])
def test_a_service_owed_is_no_debt_appeal(text):
    assert _flagged(text + SHOP, "EMO004") == []


def test_a_good_owed_keeps_its_flag():
    assert _flagged("Enjoy the deep, restful sleep you deserve." + SHOP, "EMO004") == ["the deep, restful sleep you deserve"]
    assert _flagged("Give your child the calm that they deserve." + SHOP, "EMO004") == ["the calm that they deserve"]


# A-H3 / A-M8: CUR005's repair of damage is a product's cure, not a clinician's or a procedure's work, nor cosmetics
@pytest.mark.parametrize("text", [
    "Our dentists repair damaged teeth with tooth-coloured fillings.",
    "Our cardiac surgeons repair damaged heart valves.",
    "We repair damaged knee ligaments using keyhole surgery.",
    "This serum repairs damaged hair from root to tip.",
    "Our oil repairs damaged cuticles and nails overnight.",
    "The cream repairs your damaged skin barrier.",
])
def test_a_clinicians_repair_or_a_cosmetic_object_is_no_cure(text):
    assert _flagged(text + SHOP, "CUR005") == []


def test_a_products_repair_of_tissue_keeps_its_flag():
    assert _flagged("Our capsules repair damaged cartilage in your knees." + SHOP, "CUR005") == ["repair damaged"]
    assert _flagged("JointFlex rebuilds worn cartilage without surgery." + SHOP, "CUR005") == ["rebuilds worn cartilage"]
