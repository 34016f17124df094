"""Quotations and whose words they are: the quotation marks and verbs of saying (lexicons/quotations.yml), and the
one reading of a person's own story signed with their name, a customer's testimonial ('"My veins are almost gone."
Patricia, 64', "My back pain disappeared in three days. - Steve N."), which the claim stage (the story's result is an
endorsement on a page that promotes, `claims.ClaimReadings`) and the rules (SUB015, `sentences.customer_quote`)
both read through `Analysis.signed_story`, which keeps it per block (read once per block and source)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from pipeline.clauses import attributing_words
from pipeline.nlp import Analysis
from pipeline.patterns import care_words, lower_words, read_checked_lexicon, read_yaml
from pipeline.sections import STARS

# the words a signature after a story may run to ("Rachel, mum of Sam, 8", "Gordon, 71, type 2 diabetes"): a name and
# who they are, not a sentence
SIGNATURE_WORDS = 10
SENTENCE_ENDS = frozenset({".", "!", "?"})


class Story(NamedTuple):
    """The tokens [first, last) of a signed story, whether it is a quotation (in quotation marks), and whether an
    expert signs it (`expert_signature`): then it is their report or endorsement, no customer's account of their own
    result (no testimonial: `claims`' own outcome, SUB015's customer_quote), though its signature is still no claim."""

    first: int
    last: int
    quoted: bool
    expert: bool = False
    signed_first: bool = False  # the signature stands before the story (`_signed_before_story`), not after it


QUOTATION_NUMBERS = {"plan_reach", "account_care_reach"}  # the keys whose value is a count, not a list of words
QUOTATION_KEYS = {"quote_marks", "first_person_singular", "first_person_plural", "signature_dashes",
                  "attitude_verbs", "time_units", "use_verbs", "recurring_times", "recurring_words", "result_signs",
                  "recovery_verdicts", "product_pronouns", "dose_determiners", "dose_words", "use_particles",
                  "result_links", "result_subjects", "time_units_singular", "perfect_words", "plan_phrases",
                  "teller_before_phrases", "switch_verbs", "result_openers", "expert_titles", "expert_degrees",
                  "expert_roles", "expert_bodies",
                  "body_joiners", "lay_roles", "property_words", "property_openers", "property_objects",
                  "teller_subjects", "product_subjects", "house_words", "account_clinicians",
                  "account_clinician_endings", "story_heading_words", "story_heading_owned_words",
                  "story_heading_owners", "account_packs", "account_trade_roles", "account_trade_words",
                  "account_trade_owners", "account_stop_phrases", "account_refusal_phrases", "account_kept_rules"}


@lru_cache(maxsize=1)
def _quotations_file() -> dict:
    """pipeline/lexicons/quotations.yml, read and checked once (patterns.read_checked_lexicon)."""
    return read_checked_lexicon("lexicons/quotations.yml", QUOTATION_KEYS, QUOTATION_NUMBERS)


@lru_cache(maxsize=1)
def quotation_numbers() -> dict[str, int]:
    """The counts of lexicons/quotations.yml (`QUOTATION_NUMBERS`): how many words a reader looks ahead."""
    data = _quotations_file()
    return {key: int(data[key]) for key in QUOTATION_NUMBERS}


@lru_cache(maxsize=1)
def quotation_words() -> dict[str, frozenset[str]]:
    """The word lists of lexicons/quotations.yml, lower-cased; `first_person` is the first person in both numbers."""
    data = _quotations_file()
    words = {key: lower_words(data[key]) for key in QUOTATION_KEYS}
    return {**words, "first_person": words["first_person_singular"] | words["first_person_plural"]}


def is_name_word(text: str) -> bool:
    """A capitalised word of letters, as a name is written ("Patricia", "Oxford"; not "71", "R." or "the")."""
    return text[:1].isupper() and text.isalpha()


def read_signed_story(analysis: Analysis, block: int) -> Story | None:
    """The story a block tells in the first person and signs with a name, or None.

    The block ends with a signature: a name (`is_name_word`) and at most SIGNATURE_WORDS words of who it is, with no
    verb of saying ('," says Dr Lee' is a report's attribution, '," Smith wrote.'; lexicons/mentions.yml's
    `speech_words`, `attribution_words`), after a closing quotation mark, perhaps with a dash ('"… and it is gone." -
    Hannah, 34', '"… silence." George, 64'), or after a sentence's end and a dash ("… in three days. - Steve N."); a
    short last sentence with neither is no signature ("It went well. Talk to your GP.").
    The story is the quotation (opened by a quotation mark with no word before it: a rating's stars may stand there)
    or, unquoted, the text before the dash; it speaks in the first person ("I", "my", "we": `first_person`). A
    signature with a sign of an expert (`expert_signature`: '"We found …" Professor Jane Smith, University of Oxford')
    marks the story `expert`: a report of research or an expert's endorsement, no customer's story."""
    words = quotation_words()
    marks, dashes = words["quote_marks"], words["signature_dashes"]
    tokens = analysis.tokens
    first, last = analysis.block_span(block)
    if last - first < 3:
        return None
    rated = _rating_stars(analysis, first, last)
    signed_first = _signed_before_story(analysis, first, last) if rated > first else None
    if signed_first is not None:
        return signed_first
    for name in range(max(first + 2, last - SIGNATURE_WORDS), last):
        if not is_name_word(tokens[name].text):
            continue
        before = name
        while before > first and tokens[before - 1].text in dashes:
            before -= 1
        if before > first and tokens[before - 1].text == "(" and tokens[last - 1].text == ")":
            before -= 1  # '"…" (Bill, 74)': a signature in brackets after the quotation
        end = before - 1  # the token the signature follows
        if end <= first or any(tokens[i].lower in attributing_words() for i in range(name, last)):
            continue
        if tokens[end].text in marks:
            # a review's title may stand between its stars and its quotation ('★★★★★ Life-changing. "I sleep …"
            # Karen, 52'): the quotation is then the last one the signature closes, not the title
            # (one review: a block of several, one a line, stays one story, as it was read before)
            marks_before = [i for i in range(rated, end) if tokens[i].text in marks]
            single = not any(STARS.fullmatch(tokens[i].text) for i in range(rated, end))
            opening = marks_before[-1] if rated > first and marks_before and single else next(
                (i for i in range(first, end) if tokens[i].text in marks), None)
            if opening is None or rated == first and any(tokens[i].text[:1].isalnum() for i in range(first, opening)):
                return None  # a closing mark with words before its quotation: the block is no quotation
            story = Story(opening + 1, end, True)
        elif before < name and tokens[end].text in SENTENCE_ENDS:
            story = Story(first, end + 1, False)
        else:
            continue
        if any(tokens[i].lower in words["first_person"] for i in range(story.first, story.last)):
            return story._replace(expert=True) if expert_signature(analysis, name, last) else story
        return None
    return None


def _rating_stars(analysis: Analysis, first: int, last: int) -> int:
    """The token after the rating's stars that open the block [first, last) ("★★★★☆ …"), or `first` when none do."""
    at = first
    while at < last and STARS.fullmatch(analysis.tokens[at].text):
        at += 1
    return at


def _signed_before_story(analysis: Analysis, first: int, last: int) -> Story | None:
    """A review that signs before its story, on a line of its own after its stars and title ('★★★★★ Finally something
    that works! — Priya S., 29' or '★★★★★ "Better than my prescription"' and 'Helen, 63 — Verified Purchase', then the
    story on the next line): the signature is a name after a dash or a closing quotation mark, or opening a line, and at
    most SIGNATURE_WORDS words after it, with no verb of saying; the story is the rest of the block, quoted or not,
    told in the first person, with no stars of its own (several reviews, one a line, are each signed after their story,
    as a story after the title on the stars' own line is: read_signed_story)."""
    words = quotation_words()
    tokens, raw = analysis.tokens, analysis.source.raw
    breaks = [i for i in range(first + 1, last) if "\n" in raw[tokens[i - 1].end:tokens[i].start]]
    line_first = first
    for line_end in breaks[:2]:  # the stars' line, and a signature's line under the title
        line = range(line_first, line_end)
        for name in line:
            if not is_name_word(tokens[name].text) or line_end - name > SIGNATURE_WORDS:
                continue
            lead = tokens[name - 1].text if name > line_first else ""
            # a closing mark stands apart from the name ('"Never ill" Jo, 38'), an opening one against its word
            closed = lead in words["quote_marks"] and tokens[name - 1].end < tokens[name].start
            if not (name == line_first or lead in words["signature_dashes"] or closed):
                continue  # a word of the title ("Finally off my tablets")
            if any(tokens[i].lower in attributing_words() for i in range(name, line_end)):
                return None
            quoted = tokens[line_end].text in words["quote_marks"] and tokens[last - 1].text in words["quote_marks"]
            story = Story(line_end + 1, last - 1, True, signed_first=True) if quoted \
                else Story(line_end, last, False, signed_first=True)
            told = any(tokens[i].lower in words["first_person"] for i in range(story.first, story.last))
            # a next line that opens with stars is the next review: each line is a review signed after its story
            another = any(STARS.fullmatch(tokens[i].text) for i in range(story.first, story.last))
            return story if told and not another and story.first < story.last else None
        line_first = line_end
    return None


def expert_signature(analysis: Analysis, name: int, last: int) -> bool:
    """The signature [name, last) is an expert's (lexicons/quotations.yml): a title ("Dr Lee", "Professor Jane
    Smith"), a degree right after the name ("Jane Smith, MD", "Jane Smith PhD"), a role in research ("lead author",
    "researcher") or a body spoken for ("University of Oxford", "Leeds General Infirmary") unless the signer is named
    in a lay part ("student at Leeds University") or a trade is named with it ("NHS nurse", "hospital porter"); not a
    trade or a home town ("Denise, nurse", "Karen, Leeds")."""
    words = quotation_words()
    tokens = analysis.tokens
    lowers = [tokens[i].lower for i in range(name, last)]
    if any(w in words["expert_titles"] or w in words["expert_roles"] for w in lowers):
        return True
    after = name
    while after < last and tokens[after].lower not in words["expert_degrees"] and (
            is_name_word(tokens[after].text) or _initial(tokens[after].text)):
        after += 1  # the name, initials included ("Dana R.")
    if after < last and tokens[after].text == ",":
        after += 1
    if after < last and tokens[after].lower in words["expert_degrees"]:
        return True
    if not any(w in words["expert_bodies"] for w in lowers) or any(w in words["lay_roles"] for w in lowers):
        return False
    # the body is all that is said of the signer: no other lower-case word, which would name a trade there
    return not any(tokens[i].text.isalpha() and tokens[i].text.islower()
                   and tokens[i].lower not in words["expert_bodies"] and tokens[i].lower not in words["body_joiners"]
                   for i in range(name, last))


def _initial(text: str) -> bool:
    """An initial of a name: a capital and a full stop ("R.")."""
    return len(text) == 2 and text[0].isupper() and text[1] == "."


def states_attitude(analysis: Analysis, first: int, last: int) -> bool:
    """The words [first, last) of a story tell what the teller or someone near them thinks, feels or says about it
    (lexicons/quotations.yml `attitude_verbs`: "My doctor was amazed.", "I've told all my friends.", "I wish I had
    found this years ago!"), not what happened to the teller; not a sentence that goes on from the attitude to a
    result in a clause of its own (`_attitude_goes_on`: "My GP was stunned: my blood pressure is normal")."""
    verbs = quotation_words()["attitude_verbs"]
    tokens = analysis.tokens
    for i in range(first, last):
        if tokens[i].lemma in verbs or tokens[i].lower in verbs:
            return not _attitude_goes_on(analysis, i + 1, last)
    return False


def _attitude_goes_on(analysis: Analysis, first: int, last: int) -> bool:
    """After an attitude word, the words [first, last) go on to a clause of the teller's result: a clause break and a
    subject (as `_goes_on`: ": my blood pressure is normal", "and my knees stopped aching") whose clause holds no
    attitude word of its own ("and my husband loves it too" is more of the same)."""
    words = quotation_words()
    verbs, breaks = words["attitude_verbs"], clause_breaks()
    tokens = analysis.tokens
    for i in range(first, last):
        if tokens[i].lower not in breaks or not _goes_on(analysis, i, min(last, i + 3)):
            continue
        end = next((j for j in range(i + 1, last) if tokens[j].lower in breaks), last)
        return not any(tokens[j].lemma in verbs or tokens[j].lower in verbs for j in range(i + 1, end))
    return False


def praises_property(analysis: Analysis, first: int, last: int) -> bool:
    """The words [first, last) of a story say what the product is like to use (`property_words`: its feel, taste,
    comfort or ease), of the product itself: a clause opens with the product as a pronoun, or with no subject, and
    only a verb of being and intensifiers before the property (`property_openers`: "It's so comfortable I forget I'm
    wearing it.", "Tastes great!", "Easiest health habit I've ever had.", "…, but it's now the most relaxing part of
    my week."), and the sentence does not go on to a result (`_goes_on`: "It's so comfy and my ankles never swell";
    `_result_follows`: "It's so easy I've lost two stone") nor
    tell one before (a first-person word before the clause: "My pain is gone and it's so easy") nor say one is back
    (`result_signs`). Not the teller's body or life as the subject ("My feet are comfortable again", "Stairs are easy
    now"), nor "easy to" with a verb other than one of use ("so easy to lose weight")."""
    words = quotation_words()
    openers, breaks = words["property_openers"], clause_breaks()
    tokens = analysis.tokens
    if any(tokens[i].lower in words["result_signs"] for i in range(first, last)):
        return False
    start = first  # the current clause's first word
    for i in range(first, last):
        token = tokens[i]
        if token.lower in breaks:
            start = i + 1
            continue
        if token.lower not in words["property_words"]:
            continue
        after = tokens[i + 1].lower if i + 1 < last else ""
        if after in words["property_objects"]:
            continue  # a verb on the teller's body ("relaxing my muscles"), no property
        if after == "to" and not (i + 2 < last and (tokens[i + 2].lower in words["use_verbs"]
                                                    or tokens[i + 2].lemma in words["use_verbs"])):
            continue
        opened = all(tokens[j].lower in openers for j in range(start, i))
        told = any(tokens[j].lower in words["first_person"] for j in range(first, start))
        return opened and not told and not _goes_on(analysis, i + 1, last) \
            and not _result_follows(analysis, i + 1, last)
    return False


def _result_follows(analysis: Analysis, first: int, last: int) -> bool:
    """Right after a property, the words [first, last) go on with the teller as a subject (`teller_subjects`, perhaps
    after "that"): what the property let the teller do, a result ("It's so easy I've lost two stone", "so relaxing I
    sleep through the night"), unless the clause is about using or wearing the product (`use_verbs`: "so comfortable
    I forget I'm wearing it", "so comfy that I wear them all day")."""
    words = quotation_words()
    tokens = analysis.tokens
    at = first + 1 if first < last and tokens[first].lower == "that" else first
    if at >= last or tokens[at].lower not in words["teller_subjects"]:
        return False
    breaks = clause_breaks()
    end = next((j for j in range(at, last) if tokens[j].lower in breaks), last)
    return not any(tokens[j].lemma in words["use_verbs"] or tokens[j].lower in words["use_verbs"]
                   for j in range(at, end))


def tells_routine(analysis: Analysis, first: int, last: int) -> bool:
    """The words [first, last) of a story tell how and when the teller uses the product: a verb of use (`use_verbs`)
    whose object is the product (`_uses_the_product`: "it", "them", "two", "a glass", its name) and a recurring time
    after it ("I use it every evening after work.", "I wear them on the train every morning.", "I take two before each
    match."): the teller's routine, no result of it. Not what the teller can do now ("Now I wear heels every day.",
    "Now I take the stairs every morning": the object is no dose of the product), nor a sentence that goes on to a
    result (`_goes_on`: "I drink a cup every morning and my bloating is gone") or says one is back (`result_signs`:
    "again")."""
    words = quotation_words()
    uses, times = words["use_verbs"], words["recurring_times"]
    tokens = analysis.tokens
    if any(tokens[i].lower in words["result_signs"] for i in range(first, last)):
        return False
    for i in range(first, last - 1):
        if tokens[i].lower in words["recurring_words"] and tokens[i + 1].lower in times and any(
                (tokens[j].lemma in uses or tokens[j].lower in uses) and _uses_the_product(analysis, j + 1, i)
                for j in range(max(first, i - 6), i)):
            return not _goes_on(analysis, i + 2, last)
    return False


def _uses_the_product(analysis: Analysis, first: int, last: int) -> bool:
    """The object of a verb of use, the words [first, last) after it, is the product: a pronoun or a number standing
    for it ("it", "them", "two"), a dose or a container of it after any determiner ("a glass", "two capsules"), or its
    name, a capital inside the sentence ("I take BunionFix"); not the teller's life ("heels", "the stairs",
    "coffee")."""
    words = quotation_words()
    tokens = analysis.tokens
    at, counted = first, False
    while at < last and (tokens[at].lower in words["dose_determiners"] or tokens[at].like_num):
        counted = counted or tokens[at].lower in words["product_pronouns"] or tokens[at].like_num
        at += 1
    if at >= last:
        return counted  # "I take two every morning"
    token = tokens[at]
    if counted and token.lower in words["use_particles"]:
        return True  # "two before each match", "one in my bag"
    return token.lower in words["product_pronouns"] or token.lower in words["dose_words"] \
        or token.lemma in words["dose_words"] or is_name_word(token.text)


def _goes_on(analysis: Analysis, first: int, last: int, switching: bool = False) -> bool:
    """After a routine's time, the words [first, last) go on to a result: a clause break (lexicons/promotion.yml
    `clause_breaks`, or `result_links`: "so", "until") and then a subject ("and my bloating is gone", ", so I never
    miss a match"); not a second time ("every morning and evening") or more of the routine ("and apply it before
    bed"). With `switching`, after a before, a clause that only turns to the product (`switch_verbs`: "so I tried
    this instead", "so I ordered it") is still the before, no result, and one opened by a time after it
    (`result_openers`: "but after a week of it he was feeding perfectly") is its result."""
    words = quotation_words()
    breaks = clause_breaks()
    tokens = analysis.tokens
    for i in range(first, last - 1):
        if tokens[i].lower in breaks or tokens[i].lower in words["result_links"]:
            after = i + 1
            while after < last and (tokens[after].lower in breaks or tokens[after].lower in words["result_links"]):
                after += 1
            # ... or a time after the product opens the clause ("but after a week of MilkyMama he was feeding")
            if switching and after + 1 < last and tokens[after].lower in words["result_openers"]:
                return True
            if after + 1 < last and tokens[after].lower in words["result_subjects"] | words["first_person"] \
                    and tokens[after + 1].lower not in words["recurring_times"] and tokens[after + 1].text.isalpha() \
                    and not (switching and tokens[after + 1].lemma in words["switch_verbs"]):
                return True
    return False


@lru_cache(maxsize=1)
def clause_breaks() -> frozenset[str]:
    """The words and marks that close a clause (lexicons/promotion.yml `clause_breaks`, the one list; read here for
    that key alone, as its loader reads the rest)."""
    return lower_words(read_yaml("lexicons/promotion.yml")["clause_breaks"])


def tells_before(analysis: Analysis, first: int, last: int) -> bool:
    """The words [first, last) of a story tell the trouble before the product: a habit given up ("I used to get three
    colds every winter"), how long the trouble lasted ("I had knee pain for ten years", `time_units`; "My ulcer had
    been open for a year", a perfect tense before a singular unit: `time_units_singular`), or a clinician's plan or
    verdict, or the teller's booking, before it ("My GP wanted me on statins", "I was booked in for a knee
    replacement": `plan_phrases`, `teller_before_phrases`); not a time since the product ("after four years", "for the
    first time in years"), nor a time of use ("I used it for a week")."""
    words = quotation_words()
    units = words["time_units"]
    tokens = analysis.tokens
    # "used to" after "get" or "be" is being accustomed ("The buzzing takes some getting used to"), no habit
    habit = any(tokens[i].lower == "used" and tokens[i + 1].lower == "to"
                and not (i > first and tokens[i - 1].lemma in ("get", "be")) for i in range(first, last - 1))
    if habit or any(tokens[i].lower == "for" and tokens[i + 1].like_num and tokens[i + 2].lower in units
                    for i in range(first, last - 2)):
        return True
    lasted = any(tokens[i].lower == "for" and tokens[i + 1].lower in ("a", "an")
                 and tokens[i + 2].lower in words["time_units_singular"]
                 and any(tokens[j].lower in words["perfect_words"] and not _uses_between(analysis, j + 1, i)
                         for j in range(first, i))
                 for i in range(first, last - 2))
    if not (lasted or _says_phrase(analysis, first, last, words["teller_before_phrases"])
            or _clinician_planned(analysis, first, last)):
        return False
    # the sentence goes on to what changed ("My GP prescribed these drops and they cleared it", "My pharmacist
    # recommended it and I now sleep all night"): the before and its result in one, read as the result
    return not _goes_on(analysis, first, last, switching=True)


def _uses_between(analysis: Analysis, first: int, last: int) -> bool:
    """A verb of use (`use_verbs`) of the product in the words [first, last) (`_uses_the_product`): "I've been taking
    it for a month" counts a time of use, not how long a trouble had lasted; "I had been taking painkillers for a
    year" tells the before."""
    uses = quotation_words()["use_verbs"]
    tokens = analysis.tokens
    return any((tokens[k].lemma in uses or tokens[k].lower in uses) and _uses_the_product(analysis, k + 1, last)
               for k in range(first, last))


def _says_phrase(analysis: Analysis, first: int, last: int, phrases: frozenset[str], at: int | None = None) -> bool:
    """One of the phrases (words in order) in the words [first, last), or starting at `at` only."""
    tokens = analysis.tokens
    starts = range(first, last) if at is None else range(at, min(at + 1, last))
    for phrase in phrases:
        parts = phrase.split()
        if any(i + len(parts) <= last and all(tokens[i + n].lower == part for n, part in enumerate(parts))
               for i in starts):
            return True
    return False


def _clinician_planned(analysis: Analysis, first: int, last: int) -> bool:
    """A clinician named in the words [first, last) with a plan or a verdict within `plan_reach` words after ("My
    GP wanted me on statins", "My oncologist gave me six months")."""
    words = quotation_words()
    reach = quotation_numbers()["plan_reach"]
    tokens = analysis.tokens
    for i in range(first, last):
        lower = tokens[i].lower
        if lower in words["account_clinicians"] or any(lower.endswith(e) for e in words["account_clinician_endings"]):
            if any(_says_phrase(analysis, first, last, words["plan_phrases"], at=j)
                   for j in range(i + 1, min(i + 1 + reach, last))):
                # a verdict of recovery is the result ("My GP gave me the all-clear")
                return not _says_phrase(analysis, i + 1, last, words["recovery_verdicts"])
    return False


# how far from a quotation mark a verb of saying attributes it ('"…," says Amira', 'Amira told us: "…"')
ATTRIBUTION_REACH = 4


def read_accounts(analysis: Analysis) -> tuple[tuple[int, int], ...]:
    """The token ranges [first, last) of the page's attributed first-person accounts: what a person tells of their own
    life in quotation marks, their speaker no clinician or researcher (lexicons/quotations.yml `account_*`), or a
    story signed with a lay person's name (`Analysis.signed_story`, not `Story.expert`).

    A quotation is an account when it speaks in the first person singular (`first_person_singular`) and either its
    paragraph attributes it (`saying_verbs_near`, the attribution rules.sentences.is_attributed_quote reads too:
    '"I was frightened," says Amira, 52.') with no sign of an expert in the paragraph's own words outside the
    quotations (`_expert_attribution`, `is_expert_speaker`: "said Dr Okafor", "the trial's lead investigator said"),
    or no paragraph attributes it and it stands in a section whose heading names a story (`_story_heading`:
    "Amira's story") or that has already given a quotation to a lay speaker (a paragraph that goes on with the same
    person's words). A quotation with no mark to close it runs to its paragraph's end; an inch mark pairs none
    (`_quotation_marks`). A quotation about the speaker's trade ("my clients", `_speaks_of_trade`) is none; single
    marks count in a paragraph with no double ones (`_single_quotations`); a first-person paragraph with no marks is
    one when a lay signature stands alone on the next line
    (`_signed_on_next_line`). Read once per page: O(tokens). (Not is_attributed_quote whole: its house test reads a
    quotation's "our" as a house's voice, where an account's "our son" is the teller's family.)"""
    mine = quotation_words()["first_person_singular"]
    tokens = analysis.tokens
    found: list[tuple[int, int]] = []
    lay_sections: set[int] = set()
    headings = analysis.headings
    seen_blocks: set[int] = set()
    for position, segment in enumerate(analysis.segments):
        if segment.block in seen_blocks:
            continue
        seen_blocks.add(segment.block)
        section = headings[position]
        story = analysis.signed_story(segment.block)
        if story is not None and not story.expert:
            found.append((story.first, story.last))
            continue
        first, last = analysis.block_span(segment.block)
        at = _quotation_marks(analysis, first, last)
        spans = [(at[n], at[n + 1] if n + 1 < len(at) else last) for n in range(0, len(at), 2)]
        if not at:
            at, spans = _single_quotations(analysis, first, last)
        if not at:
            # a story signed on a line of its own after it ("— Rachel, 39, Sheffield": review A2-M3)
            if _signed_on_next_line(analysis, position) and any(tokens[i].lower in mine for i in range(first, last)):
                found.append((first, last))
            continue
        inside = {i for opening, closing in spans for i in range(opening, closing + 1)}
        told = [(o, c) for o, c in spans if any(tokens[i].lower in mine for i in range(o + 1, c))
                and not _speaks_of_trade(analysis, o + 1, c)]
        if not told:
            continue
        verbs = saying_verbs_near(analysis, at, first, last, inside)
        if verbs:
            if _expert_attribution(analysis, verbs, inside):
                continue
            lay_sections.add(section)
        elif not (section in lay_sections or _story_heading(analysis, section)):
            continue
        found.extend((o + 1, c) for o, c in told)
    return tuple(found)


def saying_verbs_near(analysis: Analysis, marks: list[int], first: int, last: int,
                      inside: set[int] | frozenset[int] = frozenset()) -> list[int]:
    """The verbs of saying (`clauses.attributing_words`) of the paragraph [first, last) within ATTRIBUTION_REACH
    tokens of one of its quotation marks and outside its quotations (`inside`), in order: the attribution of a
    quotation ('"…," says Amira', 'Amira told us: "…"'), read by a person's account (`read_accounts`) and by a
    report's attributed quote (rules.sentences.is_attributed_quote)."""
    tokens, speech = analysis.tokens, attributing_words()
    near = {i for m in marks for i in range(max(first, m - ATTRIBUTION_REACH), min(last, m + ATTRIBUTION_REACH + 1))}
    return [i for i in sorted(near) if i not in inside and tokens[i].lower in speech]


def _quotation_marks(analysis: Analysis, first: int, last: int) -> list[int]:
    """The quotation marks of the block [first, last), read in pairs: a straight double mark glued to a number where
    a quotation would open is a measurement's inch mark ('a 12" ruler', '5'11" tall'), which would flip the pairing
    of the marks after it (review B-L4); one where a quotation is open closes it ('"I felt hopeless at 52" says
    Sam')."""
    tokens = analysis.tokens
    marks = quotation_words()["quote_marks"]
    found: list[int] = []
    for i in range(first, last):
        if tokens[i].text not in marks:
            continue
        inch = tokens[i].text == '"' and i > first and tokens[i - 1].end == tokens[i].start \
            and tokens[i - 1].text[-1:].isdigit()
        if not (inch and len(found) % 2 == 0):
            found.append(i)
    return found


def _expert_attribution(analysis: Analysis, verbs: list[int], inside: set[int]) -> bool:
    """Do the words outside the quotations (`inside`) of a sentence that holds a verb of saying (`verbs`) name a
    clinician, a researcher, a practitioner or a seller as the speaker (`is_expert_speaker`)? A doctor the narration
    names in another sentence ("Her neurologist tried two medicines.") is not the speaker (review A2-M2)."""
    tokens = analysis.tokens
    sentences = {(segment.first, segment.last) for verb in verbs if (segment := analysis.segment_at(verb)) is not None}
    return any(is_expert_speaker(tokens[i].lower)
               for first, last in sorted(sentences) for i in range(first, last) if i not in inside)


def is_expert_speaker(word: str) -> bool:
    """Does the word (lower case), said of a quotation's speaker, make them an expert or a trade, whose say the page
    reports: a title, a degree or a role of lexicons/quotations.yml, a word of care (`account_clinicians`), a
    specialist's ending ("neurologist", "psychiatrist"), a profession of care (`care_professions`: "paediatrician",
    "optician") or a trade (`account_trade_roles`: "a certified health coach", "the company's founder")? The one
    speaker test of a person's account (`read_accounts`); a signature's (`expert_signature`) reads its trade apart:
    "Denise, nurse" under a review is a customer's description, not a speaker's standing."""
    experts, endings = _expert_speaker_words()
    return word in experts or word.rstrip("s").endswith(endings) or care_professions().fullmatch(word) is not None


@lru_cache(maxsize=1)
def _expert_speaker_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """The words and endings of `is_expert_speaker`, built once (it is asked token by token)."""
    words = quotation_words()
    return (words["expert_titles"] | words["expert_degrees"] | words["expert_roles"] | words["account_clinicians"]
            | words["account_trade_roles"], tuple(sorted(words["account_clinician_endings"])))


@lru_cache(maxsize=1)
def care_professions() -> re.Pattern[str]:
    """The professions of care, one list: lexicons/cues.yml's `professional_seal` profession ("physicians",
    "paediatricians", "opticians", "dentists", "nurses": the regular expression its patterns share), read whole,
    not by an ending that a "musician" or a "beautician" shares (review M4)."""
    seal = read_yaml("lexicons/cues.yml")["professional_seal"]
    return re.compile(next(token["LOWER"]["REGEX"] for pattern in seal for token in pattern
                           if isinstance(token.get("LOWER"), dict) and "REGEX" in token["LOWER"]))


def _single_quotations(analysis: Analysis, first: int, last: int) -> tuple[list[int], list[tuple[int, int]]]:
    """The single quotation marks of a block with no double ones (UK style: "'Within three months my skin was clear,'
    says Joanne."; review A2-L1) and the quotations they make, read apart from apostrophes: a mark opens after a space
    or the block's start with a word right after it, and closes right after a sentence's or a clause's mark with a
    space or the block's end after it; a plural's apostrophe ("my patients' clinic") follows a letter and closes
    nothing. An opening mark with no closing one runs to the block's end."""
    tokens, raw = analysis.tokens, analysis.source.raw
    marks: list[int] = []
    spans: list[tuple[int, int]] = []
    opening = -1
    for i in range(first, last):
        token = tokens[i]
        if token.text != "'":
            continue
        before = raw[token.start - 1:token.start] if token.start else ""
        after = raw[token.end:token.end + 1]
        if opening < 0 and (not before or before.isspace() or before == "(") and after[:1].isalnum():
            opening = i
            marks.append(i)
        elif opening >= 0 and before in ",.!?;:…" and before and (not after or after.isspace()):
            spans.append((opening, i))
            marks.append(i)
            opening = -1
    if opening >= 0:
        spans.append((opening, last))
    return marks, spans


def _signed_on_next_line(analysis: Analysis, position: int) -> bool:
    """Is the block after the one of the segment at `position` only a lay person's signature after a dash ("— Rachel,
    39, Sheffield"): a name and at most SIGNATURE_WORDS words, no verb of saying, no sign of an expert?"""
    segments = analysis.segments
    block = segments[position].block
    after = next((segment for segment in segments[position + 1:position + 64] if segment.block != block), None)
    if after is None:
        return False
    first, end = analysis.block_span(after.block)
    tokens = analysis.tokens
    name = first + 1
    return (tokens[first].text in quotation_words()["signature_dashes"] and name < end
            and is_name_word(tokens[name].text) and end - name <= SIGNATURE_WORDS
            and not any(tokens[i].lower in attributing_words() for i in range(name, end))
            and not expert_signature(analysis, name, end))


def _speaks_of_trade(analysis: Analysis, first: int, last: int) -> bool:
    """Does the quotation [first, last) speak of the speaker's trade ("my clients", "our customers", "my formula":
    `account_trade_owners` before one of `account_trade_words`), a practitioner's or a seller's say, not their life?"""
    words = quotation_words()
    owners, trade = words["account_trade_owners"], words["account_trade_words"]
    tokens = analysis.tokens
    return any(tokens[i].lower in owners and tokens[i + 1].lower in trade for i in range(first, last - 1))


def stops_care(analysis: Analysis, first: int, last: int) -> bool:
    """Does the account [first, last) stop, refuse or replace care (lexicons/quotations.yml `account_stop_phrases`
    with a word of care after it, `account_refusal_phrases` with one on either side, within `account_care_reach`
    tokens; the care of lexicons/care.yml `account_care`): "I stopped my insulin", "I threw away my painkillers",
    "She wanted me to have surgery. I said no."?"""
    care, reach = care_words("account_care"), quotation_numbers()["account_care_reach"]
    tokens = analysis.tokens
    for phrases, both_ways in ((_phrases("account_stop_phrases"), False), (_phrases("account_refusal_phrases"), True)):
        for i in range(first, last):
            for phrase in phrases:
                end = i + len(phrase)
                if end > last or tuple(tokens[k].lower for k in range(i, end)) != phrase:
                    continue
                before = range(max(first, i - reach), i) if both_ways else range(0)
                if any(tokens[k].lower in care for k in (*before, *range(end, min(last, end + reach)))):
                    return True
    return False


@lru_cache(maxsize=4)
def _phrases(key: str) -> tuple[tuple[str, ...], ...]:
    """A list of phrases of lexicons/quotations.yml as tuples of their words, in order."""
    return tuple(sorted(tuple(phrase.split()) for phrase in quotation_words()[key]))


def _story_heading(analysis: Analysis, section: int) -> bool:
    """Does the heading at `section` (a position in `segments`; -1 for none) name a person's story ("Amira's
    story", `story_heading_words`), or one a person owns ("One reader's experience", "In their own words":
    `story_heading_owned_words` after one of `story_heading_owners`)? Not "Patient experience survey results"."""
    if section < 0:
        return False
    heading = analysis.segments[section]
    words = quotation_words()
    tokens = analysis.tokens
    return any(tokens[i].lower in words["story_heading_words"]
               or tokens[i].lower in words["story_heading_owned_words"] and i > heading.first
               and tokens[i - 1].lower in words["story_heading_owners"]
               for i in range(heading.first, heading.last))
