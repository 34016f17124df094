"""Seller patterns read on the sentences a patient page writes: each wording below is what a page informing patients
says accurately, and each must raise no flag of the rule named, while the seller's wording beside it keeps its flag.
A rule shaped by the block or the grammar, not by one page's words (round 23, seller2)."""

from __future__ import annotations

import pytest
from conftest import SHOP, flag_texts, flags_for


# (rule, a patient page's sentence, the seller's sentence that keeps the flag, the words the seller's flag covers)
PAIRS = [
    # CMP001: a bare comparative opening running prose with its verb is the subject of what the sentence says; in a
    # list item or a verbless tagline it names a benefit with nothing to compare it with
    ("CMP001", "Clearer skin usually takes six to eight weeks of daily use.", "- Clearer skin", "Clearer skin"),
    ("CMP001", "Healthier teeth come from brushing twice a day. Floss once a day.",
     "Healthier teeth in just 14 days.", "Healthier teeth"),
    # ABS004: "the only thing that helps … is time" names no remedy; the remedy as the subject of "is" claims
    # exclusivity
    ("ABS004", "The only thing that helps a cold is time.", "It's the only thing that helped my back.",
     "'s the only thing that helped"),
    # ABS003: a share of the nutrients needed is a measured share, not an absolute
    ("ABS003", "Breast milk gives your baby 100% of the nutrients they need for the first six months.",
     "A patch delivers 100% of the ingredients straight into your bloodstream.", "100% of the ingredients"),
    # CMP002: a ratio between two groups of people, both named, ranks no product
    ("CMP002", "The vaccine is about twice as effective in children as in adults.",
     "Our spray works twice as fast as tablets.", "twice as fast"),
    # AUT003: a course of action a profession recommends to a group of patients, in a that-clause, is no seal on a
    # product
    ("AUT003", "Cardiologists recommend that adults with atrial fibrillation take an anticoagulant.",
     "Cardiologists recommend it to all their patients.", "Cardiologists recommend"),
    # AUT001: the same advice of unnamed doctors; the product as the object keeps the flag
    ("AUT001", "Doctors recommend that adults over 50 get screened for bowel cancer.",
     "Doctors recommend FlexiCore to patients with knee pain.", "Doctors recommend"),
]


@pytest.mark.parametrize("code, patient, seller, words", PAIRS)
def test_a_patient_pages_wording_raises_no_flag(code, patient, seller, words):
    assert flag_texts(patient, code) == []


@pytest.mark.parametrize("code, patient, seller, words", PAIRS)
def test_the_sellers_wording_keeps_its_flag(code, patient, seller, words):
    assert words in flag_texts(seller, code) + flag_texts(seller + SHOP, code)


def test_the_cure_named_as_a_standard_treatment_is_spared_only_on_a_page_that_promotes_nothing():
    """CUR001's exception for a cure named as a standard treatment reads any of them, not one disease's transplant."""
    for text in ("The cure for appendicitis is an operation.", "The usual cure is a course of antibiotics.",
                 "The only established cure for sickle cell disease until now has been a bone marrow transplant."):
        assert flag_texts(text, "CUR001") == []
        assert flag_texts(text + SHOP, "CUR001") != []
    assert flag_texts("The cure for arthritis is our herbal tea.", "CUR001") != []


def test_the_best_a_means_gives_the_reader_is_spared_but_a_bare_ranking_is_not():
    """CMP002 on a page that promotes nothing: "gives you the best chance" is what the reader gains by acting; "the
    best protection" said of a thing, with no reader, stays a ranking."""
    assert flag_texts("Starting treatment early gives you the best chance of a full recovery.", "CMP002") == []
    assert flag_texts("Having it between 16 and 32 weeks gives your baby the best protection.", "CMP002") == []
    assert flag_texts("Masks give the best protection indoors." + SHOP, "CMP002") == ["best"]


def test_beats_a_complaint_is_spared_and_a_rival_is_not():
    """"Beats" a complaint outdoes no rival; a rival comes with a determiner, as a class of treatments or named."""
    assert flag_texts("- Beats afternoon slumps\n\nAdd to cart today.", "CMP002") == []
    for text in ("Our drink beats prescription drugs for energy.", "Nothing beats our elderberry syrup for colds.",
                 "It beats Ozempic at a fraction of the price."):
        assert flag_texts(text + SHOP, "CMP002") == ["beats"], text


def test_proven_is_certainty_and_clinically_proven_an_appeal_to_unnamed_trials():
    """Bare "proven" claims certainty, the ABS pack's subject (tests/gold/README.md), as ABS003's "has proven
    successful" does; "clinically proven" invokes trials it does not name, the appeal of "studies show" (AUT004),
    one flag for the two words. A figure given with "proven to" lets the reader weigh it and is no flag."""
    flags = flags_for("Our serum is clinically proven to regrow hair.")
    assert [f.code for f in flags if f.text.lower().startswith("clinically proven")] == ["AUT004"]
    assert not [f for f in flags if f.code == "ABS007"]
    # (read on a page that sells: ABS007 is silent on a sober one, and its own flag is no sign that a page sells)
    shop = " Add to cart today."
    assert [f.code for f in flags_for("Our serum is proven to regrow hair." + shop) if f.text.startswith("proven")] == \
        ["ABS007"]
    assert not [f for f in flags_for("The vaccine has been proven to be 90% effective." + shop) if f.code == "ABS007"]


def test_a_connective_flag_ends_with_its_sentence():
    """CAU012's clause is flagged up to its end and never into the next sentence, even where an abbreviation's full
    stop ("3 a.m.") keeps the next sentence in the same segment; a clause with no stop runs on to its end."""
    assert flag_texts("Stress drains your magnesium, which explains why you wake at 3 a.m." + SHOP, "CAU012") == \
        ["which explains why you wake at 3 a.m."]
    assert flag_texts("Stress drains your magnesium, which explains why you wake at night." + SHOP, "CAU012") == \
        ["which explains why you wake at night"]


@pytest.mark.parametrize(("heading", "flagged"), [
    # the seller's own guarantee as the heading of the shop's terms: the heading ends after the noun
    ("My personal guarantee", []),
    ("Our lifetime guarantee", []),
    ("Our guarantee", []),
    # ... but an outcome in the heading keeps the flag, before the noun or after it
    ("Our pain-free guarantee", ["guarantee"]),
    ("My personal guarantee: no more knee pain", ["guarantee"]),
    ("Guarantee", ["Guarantee"]),
])
def test_a_heading_that_names_the_sellers_own_guarantee_is_a_section_of_its_terms(heading, flagged):
    # through a real Markdown page: its "#" marks are gone before the patterns run, so only the heading's segment
    # shows where the heading ends
    from conftest import audit_markdown
    page = (f"# Knee brace\n\nOur brace supports the knee. Add to cart today for free shipping.\n\n## {heading}\n\n"
            "If the kit fails in its first year, we replace it.\n")
    result = audit_markdown(page)
    assert [f.text for f in result.flags if f.code == "ABS003"] == flagged
