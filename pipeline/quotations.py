"""Quotations and whose words they are: the quotation marks and verbs of saying (lexicons/quotations.yml), and the
one reading of a person's own story signed with their name, a customer's testimonial ('"My veins are almost gone."
Patricia, 64', "My back pain disappeared in three days. - Steve N."), which the claim stage (the story's result is an
endorsement on a page that promotes, `claims.ClaimReadings`) and the rules (SUB015, `sentences.customer_quote`)
both read through `Analysis.signed_story`, which keeps it per block (read once per block and source)."""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from pipeline.nlp import Analysis
from pipeline.patterns import read_word_lists

# the words a signature after a story may run to ("Rachel, mum of Sam, 8", "Gordon, 71, type 2 diabetes"): a name and
# who they are, not a sentence
SIGNATURE_WORDS = 10
SENTENCE_ENDS = frozenset({".", "!", "?"})


class Story(NamedTuple):
    """The tokens [first, last) of a signed story, and whether it is a quotation (in quotation marks)."""

    first: int
    last: int
    quoted: bool


@lru_cache(maxsize=1)
def quotation_words() -> dict[str, frozenset[str]]:
    """The word lists of lexicons/quotations.yml, lower-cased."""
    data = read_word_lists("lexicons/quotations.yml", {"quote_marks", "speech_verbs", "first_person",
                                                        "signature_dashes", "attitude_verbs", "time_units"})
    return {key: frozenset(str(word).lower() for word in words) for key, words in data.items()}


def is_name_word(text: str) -> bool:
    """A capitalised word of letters, as a name is written ("Patricia", "Oxford"; not "71", "R." or "the")."""
    return text[:1].isupper() and text.isalpha()


def read_signed_story(analysis: Analysis, block: int) -> Story | None:
    """The story a block tells in the first person and signs with a name, or None.

    The block ends with a signature: a name (`is_name_word`) and at most SIGNATURE_WORDS words of who it is, with no
    verb of saying ('," says Dr Lee' is a report's attribution), after a closing quotation mark, perhaps with a dash
    ('"… and it is gone." - Hannah, 34', '"… silence." George, 64'), or after a sentence's end and a dash ("… in
    three days. - Steve N."); a short last sentence with neither is no signature ("It went well. Talk to your GP.").
    The story is the quotation (opened by a quotation mark with no word before it: a rating's stars may stand there)
    or, unquoted, the text before the dash; it speaks in the first person ("I", "my", "we": `first_person`)."""
    words = quotation_words()
    marks, dashes = words["quote_marks"], words["signature_dashes"]
    tokens = analysis.tokens
    first, last = analysis.block_span(block)
    if last - first < 3:
        return None
    for name in range(max(first + 2, last - SIGNATURE_WORDS), last):
        if not is_name_word(tokens[name].text):
            continue
        before = name
        while before > first and tokens[before - 1].text in dashes:
            before -= 1
        end = before - 1  # the token the signature follows
        if end <= first or any(tokens[i].lower in words["speech_verbs"] for i in range(name, last)):
            continue
        if tokens[end].text in marks:
            opening = next((i for i in range(first, end) if tokens[i].text in marks), None)
            if opening is None or any(tokens[i].text[:1].isalnum() for i in range(first, opening)):
                return None  # a closing mark with words before its quotation: the block is no quotation
            story = Story(opening + 1, end, True)
        elif before < name and tokens[end].text in SENTENCE_ENDS:
            story = Story(first, end + 1, False)
        else:
            continue
        if any(tokens[i].lower in words["first_person"] for i in range(story.first, story.last)):
            return story
        return None
    return None


def states_attitude(analysis: Analysis, first: int, last: int) -> bool:
    """The words [first, last) of a story tell what the teller or someone near them thinks, feels or says about it
    (lexicons/quotations.yml `attitude_verbs`: "My doctor was amazed.", "I've told all my friends.", "I wish I had
    found this years ago!"), not what happened to the teller."""
    verbs = quotation_words()["attitude_verbs"]
    tokens = analysis.tokens
    return any(tokens[i].lemma in verbs or tokens[i].lower in verbs for i in range(first, last))


def tells_before(analysis: Analysis, first: int, last: int) -> bool:
    """The words [first, last) of a story tell the trouble before the product: a habit given up ("I used to get three
    colds every winter") or how long the trouble lasted ("I had knee pain for ten years", `time_units`); not a time
    since the product ("after four years", "for the first time in years")."""
    units = quotation_words()["time_units"]
    tokens = analysis.tokens
    # "used to" after "get" or "be" is being accustomed ("The buzzing takes some getting used to"), no habit
    habit = any(tokens[i].lower == "used" and tokens[i + 1].lower == "to"
                and not (i > first and tokens[i - 1].lemma in ("get", "be")) for i in range(first, last - 1))
    return habit or any(tokens[i].lower == "for" and tokens[i + 1].like_num and tokens[i + 2].lower in units
                        for i in range(first, last - 2))
