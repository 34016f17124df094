"""Coined product names: the one reading of a word (or two) a seller coined to name a product ("ArthroEase",
"CalmX3", "OxyBURN", "Flex360", "Calmex", "Flexa™", "Pro-Flex", "Calm Drops"), read by the page's coinages and its
name (rules.engine), a quoted speaker's house (rules.sentences) and a product named in a patient's story
(engine.told_accounts). The shapes are code; the words of those shapes that are no coinage are data
(lexicons/coinages.yml: bodies, units, tests and molecules, a person's name after its particle, English words and
generic medicines of a coinage's ending)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from pipeline.nlp import Token
from pipeline.patterns import lower_words, read_word_sets, read_yaml

# words run together, a capital after two small letters at least ("ArthroEase", "SleepWell", "OxyBURN", "NeuroMD",
# "OmegaXL", "CalmX3", "SleepWell2"); one small letter before it is an abbreviation ("CoQ10", "HbA1c", "GPs")
RUN_TOGETHER = re.compile(r"[A-Z][a-z]{2,}[A-Z][A-Za-z0-9]*")
# a capitalised word with digits after it ("Flex360", "Zen5"), or capitals with digits after them, four letters at
# least ("CALMX3", "FLEX360"; not "B12", "N95", "SPF50", "HER2", which name a vitamin, a mask, a sun factor, a gene)
WITH_DIGITS = re.compile(r"[A-Z][a-z]{2,}[0-9]+|[A-Z]{4,}[0-9]+")
# a capitalised word of small letters with a coinage's ending ("Calmex", "Dermix", "Flexol": `coined_endings`)
TITLE_WORD = re.compile(r"[A-Z][a-z]{3,}")
POSSESSIVE = re.compile(r"['’]s$")


@lru_cache(maxsize=1)
def coinage_words() -> dict[str, frozenset[str]]:
    """The word lists of lexicons/coinages.yml, lower-cased, with the kinds of product and the trade marks of
    lexicons/promotion.yml (`product_kinds`, `name_marks`)."""
    words = read_word_sets("lexicons/coinages.yml", {"not_coined", "name_particles", "coined_endings", "plain_words",
                                                      "generic_endings", "plain_name_openers", "hyphen_prefixes"})
    promotion = read_yaml("lexicons/promotion.yml")
    return {**words, "product_kinds": lower_words(promotion["product_kinds"]),
            "name_marks": lower_words(promotion["name_marks"])}


@lru_cache(maxsize=4096)
def is_coined_word(text: str) -> bool:
    """Is the word, alone, written as a coined name: words run together, letters and digits, or a capitalised word
    of a coinage's ending, and none of the words of those shapes that name something else (`coinage_words`)? A
    possessive's "'s" is read apart ("VitaLife's"). Not an acronym alone ("NHS", "FDA"), a unit ("mmHg", "IU"), a
    medicine with digits ("B12", "CoQ10", "omega-3", "COVID-19", "HbA1c") nor a person's name ("McCartney")."""
    text = POSSESSIVE.sub("", text)
    words = coinage_words()
    lower = text.lower()
    stem = lower.rstrip("0123456789")
    if lower in words["not_coined"] or stem in words["not_coined"]:
        return False
    if RUN_TOGETHER.fullmatch(text) or WITH_DIGITS.fullmatch(text):
        # a name's particle before a capital ("MacArthur", "VanDyke") runs a person's name together, no product's
        particle = re.match(r"[A-Z][a-z]+(?=[A-Z])", text)
        return particle is None or particle.group().lower() not in words["name_particles"]
    return TITLE_WORD.fullmatch(text) is not None and lower.endswith(tuple(words["coined_endings"])) \
        and lower not in words["plain_words"] and not lower.endswith(tuple(words["generic_endings"]))


def coined_name_end(tokens: Sequence[Token], i: int, last: int) -> int:
    """The token after the coined name that opens at token `i` (within [.., last)), or `i` when none opens there: a
    coined word (`is_coined_word`), a capitalised word with a trade mark right after it ("Flexa™", "Kelvora ®"), two
    capitalised halves joined by a hyphen with no space, one half of four letters at most and the first no prefix of a
    word ("Pro-Flex", "Vita-Max"; not "Non-Hodgkin", "Self-Care"), or a capitalised word before a capitalised kind of
    product ("Calm Drops", "Joint Balm"; not "Eye Drops", "Night Cream": `plain_name_openers`). A name's trade mark is
    part of it."""
    words = coinage_words()
    text = tokens[i].text
    end = i
    if is_coined_word(text):
        end = i + 1
    elif text[:1].isupper() and text.isalpha():
        if i + 1 < last and tokens[i + 1].text in words["name_marks"]:
            end = i + 1
        elif i + 2 < last and tokens[i + 1].text == "-" and _hyphen_name(tokens, i):
            end = i + 3
        elif i + 1 < last and not text.isupper() and text.lower() not in words["plain_name_openers"] \
                and text.lower() not in words["product_kinds"] and tokens[i + 1].text[:1].isupper() \
                and tokens[i + 1].lower in words["product_kinds"]:
            end = i + 2
    if i < end < last and tokens[end].text in words["name_marks"]:
        end += 1
    return end


def _hyphen_name(tokens: Sequence[Token], i: int) -> bool:
    """Tokens i, i+1, i+2 are two capitalised halves glued by a hyphen, one of four letters at most, the first no
    prefix of a word (`hyphen_prefixes`)."""
    left, dash, right = tokens[i], tokens[i + 1], tokens[i + 2]
    return (left.end == dash.start and dash.end == right.start and right.text[:1].isupper()
            and right.text.isalpha() and not right.text.isupper() and not left.text.isupper()
            and left.lower not in coinage_words()["hyphen_prefixes"]
            and min(len(left.text), len(right.text)) <= 4)
