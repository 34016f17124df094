"""The spares that stay on pages that promote nothing (EFF001, ABS002, ABS003, SAF001): each spare reads the
regularity it names, and the reviewer's near misses keep their flag. Sentences are our own, written
for these tests; a single paragraph with no shop's words is a page that promotes nothing."""

from __future__ import annotations

import pytest
from conftest import SHOP, flag_texts


# (rule, sentence on a page that promotes nothing, the words the rule would flag without the spare)
SPARED = [
    # EFF001: a booster weighed against a harm the sentence asserts, by a verb of having or a predicate after it
    ("EFF001", "Lithium is very effective, although it carries a risk of kidney damage.", "very effective"),
    ("EFF001", "Isotretinoin is highly effective, but side effects such as dry skin are very common.",
     "highly effective"),
    ("EFF001", "The injection is extremely effective, but the risks are serious for people with heart disease.",
     "extremely effective"),
    # ABS003 (review A-H4): any step the reader is advised to take "always best to", not only care sought
    ("ABS003", "It is always best to rest your voice for a few days after the operation.", "always"),
    ("ABS003", "It is always best to sit quietly for 5 minutes first.", "always"),
    ("ABS003", "It is always wise to write down when the headaches start.", "always"),
    # ABS003 (review A2-M1): a course told with the time it takes; a state that comes with time before a step
    ("ABS003", "The swelling may take 48 hours to go down completely.", "completely"),
    ("ABS003", "Most nosebleeds in children take a couple of minutes to stop, and bruises can take two weeks or more "
               "to fade completely.", "completely"),
    ("ABS003", "Keep the splint on until the plaster is completely dry.", "completely"),
    ("ABS003", "The scan only works if your bladder is completely empty.", "completely"),
    # SAF001 (review A2-M3): the serious harms a trial looked for and did not find, told in the past
    ("SAF001", "No serious adverse events were seen among the 400 volunteers.", "No serious adverse events"),
    ("SAF001", "No serious side-effects were found in the trial.", "No serious side-effects"),
    # ABS003 (review A2-H8): an expert's words quoted by a report, the speaker not the page's own
    ("ABS003", '"We have always struggled to recruit older patients," said Dr Imani Hale, who led the trial.',
     "always"),
    ("ABS003", '"Access has always been the problem," said Professor Ruth Ode of Leeds University.', "always"),
    ("ABS003", '"GPs have always been the first port of call," said Dr Imani Hale.', "always"),
    # (names41) a medicine with digits, a test or a unit is no house's coined name
    ("ABS003", '"HbA1c has always been the test we trust," said Dr Omar Bell, a diabetes consultant.', "always"),
    ("ABS003", '"Vitamin B12 levels always fall with age," said Dr Omar Bell of the NHS trust.', "always"),
    # (review A names41-H3) a place or a firm written with a run of capitals is another's house, quoted in news
    ("ABS003", '"Cycling always lifts your mood," said Professor Jo Marsh of the University of Liverpool.', "always"),
    ("ABS003", '"The jab always teaches the body to spot the tumour," said a spokesperson for BioNTech.', "always"),
    ("ABS003", '"Sleep always comes within the hour," said Dr Lena Park, medical lead at NeuroMD.', "always"),
]

# the same register without what makes the wording accurate: the flag stays
KEPT = [
    # EFF001 (review A2-H4): a harm said to be rare, small or absent, or recast as the sign of working
    ("EFF001", "Colloidal silver is extremely effective, but side effects are very rare.", "extremely effective"),
    ("EFF001", "Colloidal silver is extremely effective, though side effects are almost unheard of.",
     "extremely effective"),
    ("EFF001", "The tincture is highly effective, yet the risk is tiny compared with drugs.", "highly effective"),
    ("EFF001", "The tincture is highly effective, but side effects such as diarrhoea are a sign it is working.",
     "highly effective"),
    ("EFF001", "This root extract is remarkably effective, but the risk of harm is negligible.",
     "remarkably effective"),
    ("EFF001", "The drops are highly effective but carry only a very small risk.", "highly effective"),
    # ABS003: a treatment urged as always worth taking, a named product or the page's own as the object of the advice
    ("ABS003", "It is always worth taking the tablets if you are offered them.", "always"),
    ("ABS003", "It is always best to take Nurofen for a headache.", "always"),
    ("ABS003", "It is always best to use our balm twice a day.", "always"),
    ("ABS003", "It is always best to take CalmGut before meals.", "always"),
    # ABS003 (review A2-M1): a product taken for a time, a promised speed, a state the product's use brings about
    ("ABS003", "Take CalmGut for ten days to recover completely.", "completely"),
    ("ABS003", "Your cold sore will take just 24 hours to disappear completely with LipRescue.", "completely"),
    ("ABS003", "Use our colon cleanse until your bowel is completely clean.", "completely"),
    ("ABS003", "Apply the gel for a week to heal completely.", "completely"),
    # SAF001 (review A2-M3): the product's buyers or its years of use as the people watched, or safety concluded
    ("SAF001", "No serious side-effects were found in 20 years of use, so it is safe for everyone.",
     "No serious side-effects"),
    ("SAF001", "No serious side effects were reported by the thousands of customers who use SlimFast Keto.",
     "No serious side effects"),
    ("SAF001", "No serious adverse events were recorded by users of the cream over ten years.",
     "No serious adverse events"),
    ("SAF001", "No serious side effects were seen in the study, which proves the powder is safe.",
     "No serious side effects"),
    # ABS003 (review A2-H8): a quote that speaks for the page's house ("our") or names a coined brand
    ("ABS003", '"Our patients always see their acne gone in a week," Dr Kerr said.', "always"),
    ("ABS003", '"It always works, every single time," said Dr Sam Green of the VitaLife Clinic.', "always"),
    ("ABS003", '"Our clients always sleep through the night," said Dr Tom Reed, the founder.', "always"),
    ("ABS003", '"Joint pain always eases with FlexiJoint," said Dr Ana Ruiz.', "always"),
    # (names41) a house's coined name of letters and digits
    ("ABS003", '"It always works, every single time," said Dr Lena Park of the Flex360 Clinic.', "always"),
    # ABS002 (review A-M6): "harmless" with no hedge nor share keeps its error
    ("ABS002", "The herbal remedy is completely harmless to the liver.", "completely harmless to"),
    ("ABS002", "This tea is harmless for everyone, even children.", "harmless for"),
]


# ABS002: "harmless" hedged or limited to a share of people asserts no absence of harm, on any page
@pytest.mark.parametrize("text", [
    "The product may be harmless for most people, but the claims made for it are not supported.",   # the reviewer's
    "Silver is probably harmless to most adults in small doses.",
    "The dye might be harmless to the skin, but it has not been tested on children.",
])
def test_a_hedged_or_limited_harmless_is_no_absolute_on_any_page(text):
    assert flag_texts(text, "ABS002") == []
    assert flag_texts(text + SHOP, "ABS002") == []


@pytest.mark.parametrize("code, text, words", SPARED)
def test_the_spare_holds_on_a_page_that_promotes_nothing(code, text, words):
    assert words not in flag_texts(text, code)


@pytest.mark.parametrize("code, text, words", SPARED)
def test_the_same_words_on_a_page_that_sells_keep_their_flag(code, text, words):
    assert words in flag_texts(text + SHOP, code)


@pytest.mark.parametrize("code, text, words", KEPT)
def test_the_near_miss_keeps_its_flag_on_a_page_that_promotes_nothing(code, text, words):
    assert words in flag_texts(text, code)
