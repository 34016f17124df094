"""coinages: the one reading of a coined product name, a table of brand shapes and of words that are none."""

from __future__ import annotations

import pytest

from pipeline.coinages import coined_name_end, is_coined_word, is_house_name
from pipeline.ingest import build_source
from pipeline.nlp import analyse

COINED_WORDS = [
    "ArthroEase", "SleepWell", "GlucoBalance",  # words run together
    "CalmX3", "SleepWell2", "Flex360", "Zen5", "CALMX3", "FLEX360",  # letters and digits
    "OxyBURN", "NeuroMD", "OmegaXL", "JointRX",  # trailing capitals
    "iSleep", "eCalm", "iBreathe",  # an "i" or "e" before a capitalised word
    "VitaLife's", "VitaLife’s",  # a possessive's "'s" read apart
]
PLAIN_WORDS = [
    "NHS", "NICE", "FDA", "WHO", "CDC",  # health bodies
    "mg", "IU", "mmHg", "mmol",  # units
    "B12", "CoQ10", "omega-3", "Omega3", "COVID-19", "Covid19", "HbA1c", "mRNA", "BRCA1", "SPF50", "N95",  # medicine
    "GPs", "Vitalife", "Cream", "Because", "Sleep",  # a plural initialism, ordinary capitalised words
    "McCartney", "MacArthur", "DeShawn", "VanDyke", "Felix", "Alex",  # people's names
    "Index", "Complex", "Matrix", "Cholesterol", "Paracetamol", "Atenolol", "Salbutamol", "Estradiol", "Alcohol",
    "YouTube", "WhatsApp",  # platforms, not a page's product
    # capitals alone: a shouted word or an acronym has the shape of an all-caps blend ("OXYBURN" is read with a
    # digit, "CALMX3", or a trade mark, "OXYBURN™": test_names_of_one_or_more_tokens)
    "AMAZING", "GUARANTEED", "OXYBURN", "FREE",
    # a coinage's ending alone is no name (review A names41-H1): real brands, places and words end so ("Calpol",
    # "Shingrix", "Liverpool", "Cool"), and an invented "Calmex" is read by its trade mark, "our", or the page's
    # own promises (PageSignals), not by its ending
    "Calmex", "Dermix", "Flexol", "Calpol", "Nytol", "Tegretol", "Shingrix", "Celebrex", "Liverpool", "Cool", "Stool",
    "Flex", "Interpol", "Nicol",
    # one small letter before capitals, or a device or service of an "i"/"e" shape (review A names41-M1)
    "eGFR", "iOS", "pH", "iPhone", "eBay", "iPlayer", "eConsult",
]


@pytest.mark.parametrize("word", COINED_WORDS)
def test_brand_shapes_are_coined_words(word):
    assert is_coined_word(word)


@pytest.mark.parametrize("word", PLAIN_WORDS)
def test_bodies_units_medicines_and_names_are_not_coined(word):
    assert not is_coined_word(word)


def _name_at(text: str, word: str) -> str:
    """The coined name opening at the first token `word` of the text, or "" when none opens there."""
    analysis = analyse(build_source("page.md", text + "\n", "md"))
    tokens = analysis.tokens
    i = next(n for n, token in enumerate(tokens) if token.text == word)
    end = coined_name_end(tokens, i, len(tokens))
    return analysis.text_of(i, end) if end > i else ""


@pytest.mark.parametrize("text, word, name", [
    ("I rub Flexa™ into my knee.", "Flexa", "Flexa™"),
    ("I rub Kelvora ® into my knee.", "Kelvora", "Kelvora ®"),
    ("I started on iSleep in May.", "iSleep", "iSleep"),
    ("I started on CalmX3 in May.", "CalmX3", "CalmX3"),
    ("I started on OxyBURN™ in May.", "OxyBURN", "OxyBURN™"),
    ("I started on OXYBURN® in May.", "OXYBURN", "OXYBURN®"),
])
def test_names_of_one_or_more_tokens(text, word, name):
    assert _name_at(text, word) == name


@pytest.mark.parametrize("text, word", [
    ("She had Non-Hodgkin lymphoma.", "Non"),
    ("The Self-Care Forum met in June.", "Self"),
    ("My mum used Eye Drops from the chemist.", "Eye"),
    ("I bought some Night Cream.", "Night"),
    ("The NHS said I was fine.", "NHS"),
    ("My blood pressure was 150 mmHg.", "mmHg"),
    ("I take Vitamin D every day.", "Vitamin"),
    ("Guitarist Felix Moore played for us.", "Felix"),
    ("Sleep came back slowly.", "Sleep"),
    # no name alone (review A names41-H2): a hyphen's halves are as often a person's ("Anne-Marie") and a word before
    # a kind of product a service's or a treatment's name ("NHS Talking Therapies", "Hormone Replacement Therapy")
    ("I had tried Pro-Flex for a month.", "Pro"),
    ("Anne-Marie said it helped.", "Anne"),
    ("A week of Calm Drops and I slept.", "Calm"),
    ("NHS Talking Therapies gave me hope.", "Talking"),
    ("I started Hormone Replacement Therapy in May.", "Hormone"),
    ("I gave him Calpol at night.", "Calpol"),
])
def test_words_that_open_no_name(text, word):
    assert _name_at(text, word) == ""


@pytest.mark.parametrize("word", ["VitaLife", "VitaLife's", "ArthroEase", "Flex360", "FlexiJoint"])
def test_a_house_is_named_by_words_run_together_or_letters_and_digits(word):
    assert is_house_name(word)


# a firm with a run of capitals is quoted in news (review A names41-H3); a place, a person, a unit are no house
@pytest.mark.parametrize("word", ["BioNTech", "OpenAI", "NeuroMD", "Liverpool", "McCartney", "mmHg", "iSleep"])
def test_a_firm_of_capitals_in_a_run_or_a_place_is_no_house(word):
    assert not is_house_name(word)


def test_the_kinds_of_product_have_one_reader(monkeypatch):
    """lexicons/promotion.yml `product_kinds` is read by coinages.coinage_words alone; the engine's promotion lexicon
    takes that list (a second reader could drift from it: a coined name's kind and a page's product read apart)."""
    from pipeline.rules import engine
    kinds = frozenset({"gizmo"})
    monkeypatch.setattr(engine, "_PROMOTION", [])
    monkeypatch.setattr(engine, "coinage_words", lambda: {"product_kinds": kinds})
    assert engine.load_promotion().product_kinds == kinds
