"""Limits of four readings: the "get better" exception keeps to its two words, so a promise that follows it is read
on its own; EMO004's owed good is no service, CUR005's repair no clinician's work or cosmetic care, and CUR010's
"gone" no goods, times or a condition's usual course."""

from __future__ import annotations

import pytest
from conftest import SHOP, flag_texts, flags_for


# A2-H3: "get better" is the exception, not the time or comparison after it
@pytest.mark.parametrize("text", [
    "Your joints will get better in days.",
    "Your eczema gets better in just 3 days with DermaCalm.",
    "Most customers get better within days.",
    "Sore throats get better in just 48 hours with our lozenges.",
])
def test_a_promised_time_after_get_better_is_flagged(text):
    assert flag_texts(text + SHOP, "SUB013") != []


def test_a_comparison_after_get_better_is_flagged():
    assert flag_texts("Kids get better in half the time with ImmunoKids." + SHOP, "CMP002") == ["in half the time"]
    assert flag_texts("Toddlers get better in half the time on our syrup." + SHOP, "CMP002") == ["in half the time"]


@pytest.mark.parametrize("text", [
    "Most colds get better on their own within a week.",
    "Most children get better within a week without antibiotics.",
    "Shingles usually gets better after a few weeks.",
])
def test_get_better_as_recovery_is_still_no_comparison(text):
    assert [f.code for f in flags_for(text) if f.code.startswith("CMP")] == []


# emo43: gold decision 8 (tests/gold/README.md) reads "the X you deserve" as flattery, whatever X is: a good the
# product brings or a service owed alike (EMO004's pattern of a debt is gone; review rvB-L4 folded the service cases in)
@pytest.mark.parametrize("text", [
    "Enjoy the deep, restful sleep you deserve.",
    "Book now for the care you deserve.",
    "Our pharmacists give the expert care you deserve.",
])
def test_a_good_or_a_service_owed_is_flattery(text):
    assert flag_texts(text + SHOP, "EMO004") == []


def test_a_good_owed_to_a_child_is_flattery_too():
    assert flag_texts("Give your child the calm that they deserve." + SHOP, "EMO004") == []


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
    assert flag_texts(text + SHOP, "CUR005") == []


def test_a_products_repair_of_tissue_keeps_its_flag():
    assert flag_texts("Our capsules repair damaged cartilage in your knees." + SHOP, "CUR005") == ["repair damaged"]
    assert flag_texts("JointFlex rebuilds worn cartilage without surgery." + SHOP, "CUR005") \
        == ["rebuilds worn cartilage"]


# A-H1: CUR010's end of a complaint needs a complaint or a body for subject: goods, times and things gone are no cure
@pytest.mark.parametrize("text", [
    "The days of swallowing big tablets are gone forever.",
    "Our flu jabs were gone within a week last winter.",
    "Tickets for our free webinar were gone in two days.",
    "The old formula is completely gone.",
    "The queues at our counter have completely vanished.",
    "Our spring offer was gone in three days.",
    "The back door was gone overnight.",
])
def test_goods_and_times_gone_are_no_cure(text):
    assert flag_texts(text + SHOP, "CUR010") == []


# A-H2: the honest course of a condition, a clause of time, a reported trial result, an incomplete end
@pytest.mark.parametrize("text", [
    "Breathlessness has usually gone completely within three months of surgery.",
    "A bruise is usually gone within two weeks.",
    "In most children the spots have cleared completely within two weeks.",
    "In most adults the rash has cleared completely within a month.",
    "Please wait until your tattoo has completely healed.",
    "Polio has virtually disappeared from most of the world.",
    "Skin cleared completely in 41% of patients after 12 weeks, compared with 8% on placebo.",
    "Eczema cleared completely in 35% of children, compared with a placebo.",
])
def test_a_conditions_course_or_a_trials_result_is_no_cure(text):
    assert flag_texts(text + SHOP, "CUR010") == []


@pytest.mark.parametrize("text, flagged", [
    ("My restless legs have completely gone.", "My restless legs have completely gone"),
    ("My gums have completely healed since I started.", "My gums have completely healed"),
    ("Her cramps have vanished overnight.", "Her cramps have vanished overnight"),
    ("His shin splints have basically vanished.", "His shin splints have basically vanished"),
    ("My son's warts were gone in a week.", "My son's warts were gone in a week"),
    ("Bruises gone overnight!", "Bruises gone overnight"),
    ("Acne cleared completely with ClearSkin Pro.", "Acne cleared completely"),
    ("Ten years of heartburn gone in two days.", "heartburn gone in two days"),
    ("I had a stiff neck for months. After five days with the pillow it was gone completely.",
     "it was gone completely"),
    ("My rosacea flared every winter, and now it's finally gone.", "it's finally gone"),
    ("The frozen shoulder had healed completely.", "The frozen shoulder had healed completely"),
])
def test_a_sufferers_complaint_gone_keeps_its_flag(text, flagged):
    # the flag now reads the subject with the verb (before: the verb and its adverb only); either overlaps the gold's
    found = flag_texts(text + SHOP, "CUR010")
    assert len(found) == 1 and found[0] in flagged
