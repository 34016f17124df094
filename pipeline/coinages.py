"""Coined product names: the one reading of a word a seller coined to name a product ("ArthroEase", "CalmX3",
"OxyBURN", "Flex360", "iSleep", "Flexa™"), read by the page's coinages and its name (rules.engine), a quoted speaker's
house (rules.sentences, the narrower `is_house_name`) and a product named in a patient's story
(engine.told_accounts). The shapes are code; the words of those shapes that are no coinage are data
(lexicons/coinages.yml: bodies, units, tests and molecules, platforms and devices, a person's name after its
particle). A capitalised word's ending ("Calpol", "Shingrix", "Liverpool"), a hyphen ("Anne-Marie") or a word before a
kind of product ("NHS Talking Therapies") is no coinage alone: real brands, places and services have those shapes
(review A names41-H1, H2).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from pipeline.nlp import Analysis, Token
from pipeline.patterns import lower_words, read_word_sets, read_yaml

# words run together, a capital after two small letters at least ("ArthroEase", "SleepWell", "OxyBURN", "NeuroMD",
# "OmegaXL", "CalmX3", "SleepWell2"); one small letter before it is an abbreviation ("CoQ10", "HbA1c", "GPs"), unless
# it is an "i" or "e" before a capitalised word ("iSleep", "eCalm"; not "eGFR", "iOS", "mRNA", "pH")
RUN_TOGETHER = re.compile(r"[A-Z][a-z]{2,}[A-Z][A-Za-z0-9]*|[ie][A-Z][a-z]{2,}[A-Za-z0-9]*")
# two capitalised words run together ("VitaLife", "ArthroEase"), no capitals in a run ("BioNTech", "OpenAI")
WORDS_RUN_TOGETHER = re.compile(r"[A-Z][a-z]+[A-Z][a-z]+[A-Za-z]*")
# a capitalised word with digits after it ("Flex360", "Zen5"), or capitals with digits after them, four letters at
# least ("CALMX3", "FLEX360"; not "B12", "N95", "SPF50", "HER2", which name a vitamin, a mask, a sun factor, a gene)
WITH_DIGITS = re.compile(r"[A-Z][a-z]{2,}[0-9]+|[A-Z]{4,}[0-9]+")
POSSESSIVE = re.compile(r"['’]s$")


@lru_cache(maxsize=1)
def coinage_words() -> dict[str, frozenset[str]]:
    """The word lists of lexicons/coinages.yml, lower-cased, with the trade marks and the kinds of product of
    lexicons/promotion.yml (`name_marks`, `product_kinds`)."""
    words = read_word_sets("lexicons/coinages.yml", {"not_coined", "name_particles"})
    promotion = read_yaml("lexicons/promotion.yml")
    return {**words, "name_marks": lower_words(promotion["name_marks"]),
            "product_kinds": lower_words(promotion["product_kinds"])}

# the fewest letters of a word in capitals that a title names a product by (`_titles_product`): acronyms are shorter
MIN_CAPITALS_NAME = 6


@lru_cache(maxsize=4096)
def is_coined_word(text: str) -> bool:
    """Is the word, alone, written as a coined name: words run together or letters and digits, and none of the words
    of those shapes that name something else (`coinage_words`)? A possessive's "'s" is read apart ("VitaLife's"). Not
    an acronym alone ("NHS", "FDA"), a unit ("mmHg", "IU"), a medicine with digits ("B12", "CoQ10", "omega-3",
    "COVID-19", "HbA1c"), a person's name ("McCartney") nor a word of a brand's ending alone ("Calpol", "Liverpool")."""
    text = POSSESSIVE.sub("", text)
    words = coinage_words()
    lower = text.lower()
    stem = lower.rstrip("0123456789")
    if lower in words["not_coined"] or stem in words["not_coined"]:
        return False
    if not (RUN_TOGETHER.fullmatch(text) or WITH_DIGITS.fullmatch(text)):
        return False
    # a name's particle before a capital ("MacArthur", "VanDyke") runs a person's name together, no product's
    particle = re.match(r"[A-Z][a-z]+(?=[A-Z])", text)
    return particle is None or particle.group().lower() not in words["name_particles"]


def is_house_name(text: str) -> bool:
    """Is the word a coined name of capitalised words run together or of letters and digits ("VitaLife", "VitaLife's",
    "Flex360")? The narrower test of a quoted speaker's house: a firm written with a run of capitals ("BioNTech",
    "OpenAI") is quoted in news as often as a seller's own clinic is (review A names41-H3)."""
    plain = POSSESSIVE.sub("", text)
    return is_coined_word(text) and (WORDS_RUN_TOGETHER.fullmatch(plain) or WITH_DIGITS.fullmatch(plain)) is not None


def coined_name_end(tokens: Sequence[Token], i: int, last: int) -> int:
    """The token after the coined name that opens at token `i` (within [.., last)), or `i` when none opens there: a
    coined word (`is_coined_word`) or a capitalised word with a trade mark right after it ("Flexa™", "Kelvora ®"). A
    name's trade mark is part of it. A hyphen's halves ("Anne-Marie") or a word before a kind of product ("NHS Talking
    Therapies", "Hormone Replacement Therapy") are no name alone: people, services and treatments are written so."""
    words = coinage_words()
    text = tokens[i].text
    end = i
    if is_coined_word(text):
        end = i + 1
    elif text[:1].isupper() and text.isalpha() and i + 1 < last and tokens[i + 1].text in words["name_marks"]:
        end = i + 1
    if i < end < last and tokens[end].text in words["name_marks"]:
        end += 1
    return end


def written_as_name(analysis: Analysis, word: str) -> bool:
    """Does the page write this (lower-cased) word as a name: never in lower case, and somewhere capitalised inside a
    sentence after a word in lower case, not all in capitals and not before another capitalised word ("Try
    SleepWell tonight", "with ArchCore insoles"; not "ADHD", an acronym as often a condition's as a brand's, nor a
    word of a longer name, "the Redline Sepsis Charity", "Hyperacute Stroke Unit"). A limit: a disease named after
    a place or a person ("with Lyme disease") reads as a name.
    Also where the page names its product only opening its sentences or in a longer name: a coined word with a
    capital inside it ("AlignaRest corrects your posture": no common word is written so), and the first word of a
    name that ends in what the product is (lexicons/promotion.yml `product_kinds`: "Dormia Sleep Drops calm your
    mind", "with the Velora Night Cream"; not "the Redline Sepsis Charity", which ends in no product).
    The one test of a name the rules read (the engine's named subjects, the lead-in of a list of benefits:
    rules.sentences._listed_under_name), read once per word (`Analysis.written_as_name`)."""
    tokens = analysis.tokens
    kinds = coinage_words()["product_kinds"]

    def capitalised(i: int) -> bool:
        # a coined name's capital may come second ("iSleep", "eCalm": coinages.RUN_TOGETHER)
        return tokens[i].text[:1].isupper() or is_coined_word(tokens[i].text)

    # a name is never written in lower case ("children", "exercise", "screening" capitalised in a title-cased line are
    # common words); an acronym's plural ("PPIs") is an acronym
    if any(t.lower == word and not capitalised(n) for n, t in enumerate(tokens)) \
            or word.endswith("s") and any(t.lower == word and t.text[:-1].isupper() for t in tokens):
        return False
    for segment in analysis.segments:
        if segment.kind != "sentence":
            continue
        # the sentence's first word, after any quotation mark or emphasis
        opening = next((k for k in range(segment.first, segment.last) if tokens[k].text[:1].isalpha()), segment.last)
        if any(tokens[i].lower == word and capitalised(i) and not tokens[i].text.isupper()
               and tokens[i - 1].text.isalpha() and tokens[i - 1].text.islower()
               and not (i + 1 < segment.last and (capitalised(i + 1) or tokens[i + 1].text == "&"))
               for i in range(opening + 1, segment.last)):
            return True
        for i in range(opening, segment.last):
            if tokens[i].lower != word or not capitalised(i) or tokens[i].text.isupper():
                continue
            ends = i + 1  # the capitalised words after it, the rest of the name
            while ends < segment.last and capitalised(ends) and tokens[ends].text.isalpha():
                ends += 1
            if ends == i + 1 and is_coined_word(tokens[i].text) \
                    or ends > i + 1 and tokens[ends - 1].lower in kinds:
                return True
    return _titles_product(analysis, word)


def _titles_product(analysis: Analysis, word: str) -> bool:
    """Does the page's title (its first heading) open with the word as the first of a name of two or more capitalised
    words ("# Regrova Follicle Serum", "# Gutzyme Digestive Enzymes", "# VITAGLOW Skin Elixir")? A seller's page is
    headed by the name of what it sells, whatever its spelling; the caller has checked that the page never writes the
    word in lower case (a leaflet's "# Hay Fever Treatments" writes "hay fever" in its sentences). A word all in
    capitals names a product here only with `MIN_CAPITALS_NAME` letters or more and a next word that is not: an
    acronym ("NHS Health Check", "COVID Vaccines", "MMR Vaccine") heads a health service's title so. Read after the
    sentences' test (written_as_name), for a name the page's sentences only open with."""
    tokens = analysis.tokens
    title = next((s for s in analysis.segments if s.kind == "heading"), None)
    if title is None:
        return False
    words = [k for k in range(title.first, title.last) if tokens[k].text[:1].isalnum()]
    if len(words) < 2 or tokens[words[0]].lower != word or words[1] != words[0] + 1:
        return False
    first, second = tokens[words[0]].text, tokens[words[1]].text
    if not (first[:1].isupper() and second[:1].isupper() and second.isalpha()):
        return False
    if first.isupper() and (len(first) < MIN_CAPITALS_NAME or second.isupper()):
        return False
    # ... and the page names it alone elsewhere ("Regrova is the natural serum"), not only as the first word of a
    # longer term ("# Atrial Fibrillation" … "Atrial fibrillation is", "# Cognitive Behavioural Therapy")
    return any(tokens[k].lower == word and not (k + 1 < len(tokens) and tokens[k + 1].lower == second.lower())
               for k in range(title.last, len(tokens)))
