"""Where an article mentions wording rather than uses it: quoted phrases and titles, language named as a warning sign.

A rule's words inside a mention are not the article's own claim: 'be wary of products that promise a "miracle
cure"' promises nothing, and neither does the list under "Watch out for these red flags:". Three signs, all data
(pipeline/lexicons/mentions.yml):
- a frame in the sentence ("watch out for", "claims like", "products that promise", "… should make you
  suspicious"), reaching forward (or backward) to the end of the sentence or to a contrast word ("but"); the next
  sentence of the paragraph may continue a forward frame's report ("It also said …"); a belief or a claim others are
  said to make frames its sentence when the page answers it ("Many people say that X cures Y. That is not true.");
  a claim the page names and rules on in the same sentence ("The claim that X cures Y is false.", "It is a myth that
  …") or under a rating label ("Claim: …" with "Verdict: False." or "Our ruling: This claim is false.") is rejected;
- a list whose heading or lead-in line names warning signs, scams or myths, or reports what others claim;
- quotation marks around a title, or around a short phrase held at a distance by the words before it ('so-called
  "detox"', 'words like "miracle"'), unless the quotation is given to a speaker ("…," said Dr X) or is a testimonial
  or slogan (first person, or exclaimed); a quoted word that is the subject of a sentence about it ('"safe" is
  relative'). Unframed quotation marks are emphasis: 'our "miracle cure"' is a use.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import NamedTuple

from pipeline.clauses import ARTICLES, attributing_words
from pipeline.nlp import Analysis, Mention
from pipeline.patterns import lower_words, read_lexicon

# A quotation: inside one paragraph (no blank line), at most a few hundred characters.
QUOTATIONS = (re.compile(r"\u201c([^\u201c\u201d]{1,300}?)\u201d"),
              re.compile(r'(?<!\d)"([^"]{1,300}?)"'),  # not an inch mark ('2" of root')
              re.compile(r"(?<!\w)\u2018([^\u2018\u2019]{1,300}?)\u2019(?!\w)"),
              # straight single quotes, not an apostrophe ("don't", "patients' records"): no letter outside them
              re.compile(r"(?<![\w'])'([^'\n]{1,300}?)'(?![\w'])"))
QUOTATION_MARKS = ("\u201c", '"', "\u2018", "'")  # the mark that opens each of QUOTATIONS
WORD = re.compile(r"[^\W_][\w'\u2019-]*")


@lru_cache(maxsize=1)
def load_quote_settings() -> dict:
    """The `quotes` block of lexicons/mentions.yml: max_words, and the word lists as lower-case sets."""
    data = _read_mentions()["quotes"]
    return {"max_words": int(data["max_words"]), "word_subject_max": int(data["word_subject_max"]),
            **{key: lower_words(data[key])
               for key in ("speech_words", "attribution_words", "title_before", "title_after", "first_person",
                           "distance_before", "word_subject_before", "word_subject_after", "wording_nouns",
                           "copula_words", "copula_adverbs", "range_before", "range_owner")}}


@lru_cache(maxsize=1)
def _read_mentions() -> dict:
    """pipeline/lexicons/mentions.yml with its keys checked, read once for the loaders below."""
    return read_lexicon("lexicons/mentions.yml", {"before", "after", "continued", "contrast", "aside", "list_heading", "reported_lead",
                                                  "quotes", "question_frames", "interrogatives", "yes_answers",
                                                  "colon_announces", "belief", "hearsay", "rejection", "rebuttal",
                                                  "denial", "denial_of_subject", "denial_exceptions", "denial_comparisons",
                                                  "rated_claims", "complaint_hooks",
                                                  "ruled_claim", "ruling", "ruling_followers", "ruling_after", "ruling_before",
                                                  "inclusive_we"})


@lru_cache(maxsize=1)
def load_colon_announces() -> frozenset[str]:
    """Words that, alone between a forward frame and a colon, announce the named wording after the colon."""
    return lower_words(_read_mentions()["colon_announces"])


def find_mentioned(analysis: Analysis) -> tuple[tuple[int, int], ...]:
    """Character ranges [start, end) of the source that the article mentions rather than asserts, sorted: what it
    reports, quotes or names, and what it denies (`Analysis.denied`)."""
    framed = [(start, end) for start, end, _ in analysis.framed]
    ranges = framed + _listed(analysis) + _quoted(analysis) + list(analysis.denied)
    return tuple(sorted(set(ranges)))


def find_rejected(analysis: Analysis) -> tuple[tuple[int, int], ...]:
    """Character ranges [start, end), a part of `find_mentioned`'s, holding a claim others make that the page
    rejects outright, sorted: what others say or believe followed by "That is not true." or "This is a myth."
    (`rejection`), and the value of a claim label rated false or unproven (`rated_claims.rejecting_ratings`, "Verdict:
    False"), or, with no rating label, rejected in the sentence after it. A rating that disowns the claim only in part
    ("Misleading", "Missing context") rejects nothing outright."""
    return tuple(sorted({(start, end) for start, end, rejected in analysis.framed if rejected}))


def find_framed(analysis: Analysis) -> tuple[tuple[int, int, bool], ...]:
    """What others say or believe under a frame, the claims a fact-check rates, and those it rules on in a sentence
    of its own (`_framed`, `_rated`, `find_rulings`), each range with whether the page rejects it outright: read once
    per page for `find_mentioned` and `find_rejected`."""
    return tuple(_framed(analysis) + _rated(analysis) + [(start, end, True) for start, _, _, end in analysis.ruled])


class Ruling(NamedTuple):
    """A claim the page names and rules on in one sentence of its own ("The claim that X cures Y is false", "Spot
    reduction is a myth", "It is a myth that X cures Y"): where it is, what it rules on and whose claim it is."""

    start: int  # where the ruling's clause opens: the name ("The claim that …") or the clause ruled on
    claimed_start: int  # what is claimed, [claimed_start, claimed_end): "X cures Y", without the ruling's words
    claimed_end: int
    end: int  # the end of the clause: the end of the sentence or a contrast word
    own: bool  # the claim speaks of the page's own product ("The claim that our tea is a scam is false")
    first: int  # the tokens [first, last) from the name to the end of the ruling
    last: int


def find_rulings(analysis: Analysis) -> tuple[Ruling, ...]:
    """Each claim the page rules on in one sentence of its own (`ruled_claim` and `ruling`, `ruling_after`,
    `ruling_before` of lexicons/mentions.yml), found once, in document order, for `find_ruled`, `find_own_rulings`
    and `_framed`: "The claim that |X cures Y| is false, according to …|", "|Spot reduction| is a myth|", "It is a
    myth that |X cures Y|". What is claimed leaves the ruling out, so that the claim's evidence is read on "X cures
    Y", not on "is not true" or "a myth" (pipeline/audit.py); the clause ends at the end of the sentence or at a
    contrast word. A named claim about the page's own product ("The claim that our tea is a scam is false") is the
    seller's own promotion (`own`); a bare ruling on it ("Our tea is a myth") is no ruling at all."""
    text = analysis.source.text
    tokens = analysis.tokens
    found: list[Ruling] = []
    for segment in analysis.segments:
        cues = analysis.of_kind("mention", segment.first, segment.last)
        contrasts = [m.first for m in cues if m.label == "contrast"]
        for cue in cues:
            if cue.label == "ruled_claim":
                ruling = _closing_ruling(analysis, segment, cue.last, contrasts, cues)  # (after the name: cue.last <)
                if ruling is not None:
                    found.append(Ruling(cue.start, tokens[cue.last].start, len(text[:ruling.start].rstrip()),
                                        _clause_end(analysis, segment, ruling.last, contrasts),
                                        _names_own_product(analysis, cue.last, ruling.first), cue.first, ruling.last))
            elif cue.label == "ruling_after" and _closes_clause(analysis, segment, cue.last):
                clause = max([c for c in contrasts if c < cue.first], default=segment.first - 1) + 1
                if clause < cue.first and not _names_own_product(analysis, clause, cue.first):
                    found.append(Ruling(tokens[clause].start, tokens[clause].start, len(text[:cue.start].rstrip()),
                                        _clause_end(analysis, segment, cue.last, contrasts), False, clause, cue.last))
            elif cue.label == "ruling_before" and cue.last < segment.last:
                end = _clause_end(analysis, segment, cue.last, contrasts)
                last = analysis.token_range(tokens[cue.last].start, end)[1]
                if not _names_own_product(analysis, cue.last, last):
                    found.append(Ruling(cue.start, tokens[cue.last].start, len(text[:end].rstrip()), end, False,
                                        cue.first, last))
    return tuple(found)


def find_own_rulings(analysis: Analysis) -> tuple[tuple[int, int], ...]:
    """Character ranges [start, end), sorted, of the claims the page names and rules on that speak of its own product
    ("The claim that our detox tea is a scam is false", `find_rulings`): the seller's own promotion, in its own
    voice, whose named words ("detox tea is a scam") are not the page's argument against its wording
    (pipeline/rules/engine.py `_page_has`)."""
    return tuple(sorted({(r.start, r.claimed_end) for r in analysis.rulings if r.own}))


@lru_cache(maxsize=1)
def _ruling_words() -> tuple[frozenset[str], frozenset[str]]:
    """The `ruling_followers` and `inclusive_we` word sets of lexicons/mentions.yml, lower case."""
    data = _read_mentions()
    return (lower_words(data["ruling_followers"]),
            lower_words(data["inclusive_we"]))


def find_ruled(analysis: Analysis) -> tuple[tuple[int, int, int, int], ...]:
    """The claims the page rules on in one sentence of its own, rejected outright (`find_rulings`, not those about
    the page's own product: `_framed` leaves them unframed too), each as (start, start and end of what is claimed, end
    of the clause), sorted."""
    return tuple(sorted({(r.start, r.claimed_start, r.claimed_end, r.end) for r in analysis.rulings if not r.own}))


def _clause_end(analysis: Analysis, segment, at: int, contrasts: list[int]) -> int:
    """Where the clause holding token `at` ends: at the first contrast word after it, else the end of the sentence."""
    after = [c for c in contrasts if c >= at]
    return analysis.tokens[min(after)].start if after else segment.end


def _closing_ruling(analysis: Analysis, segment, after: int, contrasts: list[int], cues) -> Mention | None:
    """The ruling that closes the clause of a claim named before token `after` ("The claim that X is false"): the
    last `ruling` cue after it and before any contrast word, followed by the end of the sentence, a mark or one of
    `ruling_followers`; None when there is none."""
    end = min([c for c in contrasts if c >= after], default=segment.last)
    rulings = [m for m in cues if m.label == "ruling" and m.first > after and m.last <= end]
    ruling = max(rulings, key=lambda m: (m.last, -m.first), default=None)
    if ruling is None or not _closes_clause(analysis, segment, ruling.last):
        return None
    return ruling


def _closes_clause(analysis: Analysis, segment, at: int) -> bool:
    """Does the token at `at` end a clause: the end of the sentence, a mark, a contrast or a `ruling_followers` word?"""
    if at >= segment.last:
        return True
    token = analysis.tokens[at]
    return token.is_punct or token.lower in _ruling_words()[0] or any(
        m.first == at and m.label == "contrast" for m in analysis.of_kind("mention", at, at + 1))


def _names_own_product(analysis: Analysis, first: int, last: int) -> bool:
    """Do tokens [first, last) speak of the page itself or what it sells: a first-person word ("our tea", "we use",
    `quotes.first_person`), not the inclusive we of people in general ("our brains", "we only use 10 % of our
    brains", `inclusive_we`)?"""
    first_person = load_quote_settings()["first_person"]
    inclusive = _ruling_words()[1]
    tokens = analysis.tokens
    persons = [i for i in range(first, last) if tokens[i].lower in first_person
               and not (len(tokens[i].text) > 1 and tokens[i].text.isupper())]
    def names_people(i: int) -> bool:  # "our brains"; not "our tea" beside "our body"
        return i + 1 < last and tokens[i + 1].lower in inclusive

    # a bare "we"/"us" is people in general when the clause names people's own parts ("we only use … our brains")
    if any(names_people(i) for i in persons) and all(names_people(i) or tokens[i].lower in ("we", "us")
                                                     for i in persons):
        return False
    return bool(persons)


# a comma, a conjunction and a subject: a clause of its own ("…, and it cures arthritis", "…, but our cream …")
NEW_CLAUSE = re.compile(r",\s+(?:and|but|so|yet|while|whereas|although|though)\s+"
                        r"(?=(?:it|they|this|these|that|its|their|our|we|you|i|he|she|the|a|an|there)\b)",
                        re.IGNORECASE)


def find_denied(analysis: Analysis) -> tuple[tuple[int, int], ...]:
    """Character ranges [start, end) in which the article says that evidence does not back a claim (the `denial`
    and `denial_of_subject` frames of lexicons/mentions.yml), sorted. The claim named there is denied, not made. A
    denial runs forward from its frame ("There is no evidence that X cures Y"), a denial of its subject from the
    start of its clause ("None of these claims are backed by evidence", "X has not been shown to …"); either ends at
    a contrast word ("…, but our cream …"), a new clause ("…, and it cures arthritis") or the end of the sentence,
    and inside an aside at the aside's comma ("Unlike teas that have not been shown to work, ours …")."""
    found = []
    text = analysis.source.text
    for segment in analysis.segments:
        cues = analysis.of_kind("mention", segment.first, segment.last)
        denials = [cue for cue in cues if cue.label in ("denial", "denial_of_subject")]
        if not denials:
            continue
        contrasts = [m.start for m in cues if m.label == "contrast"]
        asides = [m.start for m in cues if m.label == "aside"]
        # a clause joined after a comma with a subject of its own ("…, and it cures arthritis") is not denied
        joins = [(m.start(), m.end()) for m in NEW_CLAUSE.finditer(text, segment.start, segment.end)]
        for cue in denials:
            clause = max([c for c in contrasts if c < cue.start] + [e for _, e in joins if e <= cue.start],
                         default=segment.start)
            start = clause if cue.label == "denial_of_subject" else cue.start
            ends = [c for c in contrasts if c >= cue.end] + [s for s, _ in joins if s >= cue.end]
            aside = max((a for a in asides if clause <= a <= cue.start), default=None)
            if aside is not None:
                start = max(start, aside)
                comma = text.find(",", cue.end, segment.end)
                ends += [comma] if comma >= 0 else []
            end = min(ends, default=segment.end)
            if cue.label == "denial_of_subject" and _compares(text, cue, end):
                continue  # "No serum has been shown to work faster than GlowHair": a superlative, not a denial
            # what is denied opens after a forward frame, at the clause's start for a denial of its subject
            if not _claims_safety(text, cue.end if cue.label == "denial" else start, end):
                found.append((start, end))
    return tuple(sorted(set(found)))


class DenialComparisons(NamedTuple):
    """The `denial_comparisons` block of lexicons/mentions.yml, lower case."""

    quantifiers: frozenset[str]
    than: frozenset[str]
    equative: str
    equative_reach: int
    unranked: frozenset[str]


@lru_cache(maxsize=1)
def _denial_comparisons() -> DenialComparisons:
    data = _read_mentions()["denial_comparisons"]
    return DenialComparisons(lower_words(data["quantifiers"]),
                             lower_words(data["than"]), str(data["equative"]).lower(),
                             int(data["equative_reach"]), lower_words(data["unranked"]))


def _compares(text: str, cue: Mention, end: int) -> bool:
    """Does a quantified denial of its subject ("No serum has been shown …", "None of the others are proven …") go
    on, before `end`, to compare with something ("… to work faster than GlowHair", "… as well as turmeric"), other
    than a placebo or sham or the things quantified themselves ("… better than another"): then it ranks the thing
    compared with above all others, and denies nothing (`denial_comparisons` of lexicons/mentions.yml)."""
    words = _denial_comparisons()
    opening = WORD.findall(text, cue.start, cue.end)[:1]
    if not opening or opening[0].lower() not in words.quantifiers:
        return False
    after = [w.lower() for w in WORD.findall(text, cue.end, end)]
    for i, word in enumerate(after):
        if word in words.than:
            compared = i + 1
        elif word == words.equative and words.equative in after[i + 2:i + 2 + words.equative_reach]:
            compared = after.index(words.equative, i + 2) + 1
        else:
            continue
        return words.unranked.isdisjoint(after[compared:compared + 3])
    return False


@lru_cache(maxsize=1)
def _denial_exceptions() -> tuple[frozenset[str], frozenset[str]]:
    """The `denial_exceptions` word sets of lexicons/mentions.yml: (harm, lessening), lower case."""
    data = _read_mentions()["denial_exceptions"]
    return lower_words(data["harm"]), lower_words(data["lessening"])


def _claims_safety(text: str, start: int, end: int) -> bool:
    """Is the claim a denial names in text[start:end] the page's own safety claim rather than a claim denied: it
    opens with a first-person word (the page's own product: "There is no evidence that our tea has any side effects";
    not "… that detox pads remove toxins from our bodies"), or it names a harm that it does not say is lessened ("…
    that it causes side effects"; not "… that detox pads reduce side effects")?"""
    words = [w.lower() for w in WORD.findall(text, start, end)]
    if words[:1] and words[0] in load_quote_settings()["first_person"]:
        return True
    harm, lessening = _denial_exceptions()
    said = f" {' '.join(words)} "
    return any(f" {phrase} " in said for phrase in harm) and lessening.isdisjoint(words)


@lru_cache(maxsize=1)
def load_rated_claims() -> dict[str, frozenset[str]]:
    """The `rated_claims` block of lexicons/mentions.yml: each list as a set of lower-case phrases."""
    data = _read_mentions()["rated_claims"]
    return {key: frozenset(" ".join(WORD.findall(str(p).lower())) for p in data[key])
            for key in ("claim_labels", "rating_labels", "false_ratings", "rating_as_label", "rejecting_ratings",
                        "rating_degrees")}


def _rated(analysis: Analysis) -> list[tuple[int, int, bool]]:
    """The claims a fact-check page quotes and rates as false, misleading or unproven (`rated_claims` of
    lexicons/mentions.yml): the value of a claim label ("Claim: X cures Y") whose rating, the first after it or else
    the last before it, disowns it ("Verdict: False"), or, on a page with no rating label, that the sentence after it
    rejects ("That is not true.": `rejection`); and the value of a rating word used as a label ("False: X cures Y").
    Each range with whether the page rejects the claim outright (`find_rejected`)."""
    words = load_rated_claims()
    text = analysis.source.text
    claims: list[tuple[int, int, int]] = []  # (block index, value start, value end)
    ratings: list[tuple[int, bool, bool]] = []  # (block index, disowns the claim, rejects it outright)
    found: list[tuple[int, int, bool]] = []
    for index, (label, start, end) in enumerate(_labelled_values(analysis)):
        if not label or start >= end:
            continue
        value = " ".join(WORD.findall(text[start:end].lower()))
        if label in words["claim_labels"]:
            claims.append((index, start, end))
        elif label in words["rating_labels"]:
            # a rating in a word ("Verdict: False."), or in a sentence that rejects the claim ("Our ruling: This
            # claim is false.", "The claim that X is false.", "There is no evidence that X …")
            rejects = _rates_as(value, words["rejecting_ratings"]) or _rules_in_words(analysis, start, end)
            # a rating said of most of the claim ("Mostly misleading", "Largely false") disowns it, in part
            degree, _, rated = value.partition(" ")
            disowns = _rates_as(value, words["false_ratings"]) or (
                degree in words["rating_degrees"] and _rates_as(rated, words["false_ratings"]))
            ratings.append((index, rejects or disowns, rejects))
        elif label in words["rating_as_label"]:
            found.append((start, end, label in words["rejecting_ratings"]))
    for index, start, end in claims:
        after = [(disowns, rejects) for at, disowns, rejects in ratings if at > index]
        before = [(disowns, rejects) for at, disowns, rejects in ratings if at < index]
        rating = after[:1] or before[-1:]
        if rating:
            disowned, rejected = rating[0]
        else:
            disowned = rejected = _rejected_after(analysis, start, end)
        if disowned:
            found.append((start, _claim_end(analysis, start, end), rejected))
    return found


def _rules_in_words(analysis: Analysis, start: int, end: int) -> bool:
    """Does the first sentence of a rating's value, text[start:end], reject a claim in so many words: open with a
    `rejection` ("Our ruling: This claim is false."), hold a ruling on a claim it names ("The claim that X cures Y is
    false.", `find_ruled`) or a denial ("There is no evidence that X cures Y.")?"""
    sentence = next((segment for segment in analysis.segments if segment.end > start and segment.start < end), None)
    if sentence is None:
        return False
    opening, _ = analysis.token_range(max(start, sentence.start), sentence.end)
    begins, ends = max(start, sentence.start), sentence.end
    return any(cue.first == opening and cue.label == "rejection"
               for cue in analysis.of_kind("mention", opening, sentence.last)) \
        or any(begins <= ruled < ends for ruled, _, _, _ in analysis.ruled) \
        or any(begins <= denied < ends for denied, _ in analysis.denied)


def _rates_as(value: str, ratings: frozenset[str]) -> bool:
    """Is the rating's value one of `ratings`, alone or followed by more words ("False and dangerous")?"""
    return any(value == r or value.startswith(r + " ") for r in ratings)


def _rejected_after(analysis: Analysis, start: int, end: int) -> bool:
    """A claim label's value with no rating label on the page: does the page reject it in so many words, in a later
    sentence of the value or in the first sentence after it ("Claim: X cures Y. This is false.", "Claim: X cures Y"
    over a paragraph that opens "That is not true.")?"""
    later = [segment for segment in analysis.segments if segment.start > start]
    inside = [segment for segment in later if segment.start < end]
    following = [segment for segment in later if segment.start >= end][:1]
    return any(_opens_with_rejection(analysis, segment) for segment in inside + following)


def _claim_end(analysis: Analysis, start: int, end: int) -> int:
    """Where a rated claim's value ends: at the end of its block, or before a later sentence of it in the page's own
    voice ("The claim: X cures Y. But our pill really does." leaves the second sentence the page's): one that opens
    with a contrast or a rebuttal (`contrast`, `rebuttal` of lexicons/mentions.yml: "But …", "In fact, …") or speaks
    of the page itself (a first-person word of `quotes.first_person` in that sentence: "We tested it")."""
    text = analysis.source.text
    for segment in analysis.segments:
        if start < segment.start < end and (_opens_with_rebuttal(analysis, segment)
                                            or _speaks_for_itself(analysis, segment)):
            return start + len(text[start:segment.start].rstrip())
    return end


def _speaks_for_itself(analysis: Analysis, segment) -> bool:
    """Does the sentence hold a first-person word (`quotes.first_person`: "we", "our", "us" …)? A word in capitals
    is a name, not the pronoun ("the US")."""
    first_person = load_quote_settings()["first_person"]
    return any(token.lower in first_person and not (len(token.text) > 1 and token.text.isupper())
               for token in analysis.tokens[segment.first:segment.last])


def _labelled_values(analysis: Analysis) -> list[tuple[str, int, int]]:
    """Each block of the source as (label, value start, value end): a label block ("Claim:") or a heading with the
    block after it as its value, or a line's words before a colon (at most five) with the rest of the line; the
    label's words lower-cased and joined by single spaces, "" when the block has none. A label's number is no part
    of it: a fact-check that rates several claims numbers them ("Claim 3: …", "Claim #2", "Claim 1 of 4"), as it
    may its ratings."""
    text = analysis.source.text
    blocks = analysis.source.blocks
    values: list[tuple[str, int, int]] = []
    for index, block in enumerate(blocks):
        line = text[block.start:block.end]
        colon = line.find(":")
        lead = _unnumbered(WORD.findall(line[:colon].lower())) if colon >= 0 else []
        if 0 < len(lead) <= 5 and line[colon + 1:].strip():
            values.append((" ".join(lead), block.start + colon + 1, block.end))
        elif block.kind in ("label", "heading") and index + 1 < len(blocks):
            following = blocks[index + 1]
            label = " ".join(_unnumbered(WORD.findall((line[:colon] if colon >= 0 else line).lower())))
            values.append((label, following.start, following.end))
        else:
            values.append(("", block.start, block.start))
    return values


# a label's number after its words: "claim 3", "claim 1 of 4" (WORD leaves out the "#" of "Claim #2")
LABEL_NUMBER = re.compile(r"\d+")


def _unnumbered(words: list[str]) -> list[str]:
    """A label's words without the number that closes them ("claim 3", "claim 1 of 4" -> "claim"); a label that is
    only a number stays as it is."""
    for at in range(1, len(words)):
        if LABEL_NUMBER.fullmatch(words[at]) and (at == len(words) - 1 or words[at + 1:-1] == ["of"]
                                                   and LABEL_NUMBER.fullmatch(words[-1]) is not None):
            return words[:at]
    return words


def is_mentioned(ranges: tuple[tuple[int, int], ...], start: int, end: int) -> bool:
    """Do the characters [start, end) lie inside one mentioned range?"""
    at = bisect_right(ranges, (start, float("inf")))
    return any(s <= start and end <= e for s, e in ranges[:at])


def _framed(analysis: Analysis) -> list[tuple[int, int, bool]]:
    """What the article frames as others' words (`before`, `continued`, `belief`, `hearsay`, `after` frames of
    lexicons/mentions.yml), each range with whether the page rejects it outright ("That is not true.")."""
    found: list[tuple[int, int, bool]] = []
    reporting = None  # the block whose last sentence had a forward frame: the next one may continue its report
    labelled = False  # the segment before was a label that frames what follows it ("Myth:")
    segments = analysis.segments
    # the token spans of the claims about the page's own product that it names and rules on (`find_rulings`): each
    # lies inside its sentence
    own_rulings = [(r.first, r.last) for r in analysis.rulings if r.own]
    for index, segment in enumerate(segments):
        cues = analysis.of_kind("mention", segment.first, segment.last)
        contrasts = [m.start for m in cues if m.label == "contrast"]
        asides = [m.start for m in cues if m.label == "aside"]
        continues = reporting == segment.block
        reporting = None
        if labelled:
            found.append((segment.start, min((c for c in contrasts if c > segment.start), default=segment.end), False))
        # (its colon is the label's mark, just past the segment)
        labelled = segment.kind == "label" and any(
            cue.label == "before" for cue in analysis.of_kind("mention", segment.first, segment.last + 1))
        for cue in cues:
            if cue.label in ("before", "after") and any(first <= cue.first < last for first, last in own_rulings):
                continue  # "The claim that our tea is a scam is false": the seller's own promotion (`find_rulings`)
            if cue.label == "before" and _after_own_voice(analysis, segment, cue):
                continue
            if cue.label == "before" or (cue.label == "continued" and continues):
                ends = [c for c in contrasts if c > cue.end]
                if any(a <= cue.start for a in asides):  # "Unlike products that promise …, ours …"
                    comma = analysis.source.text.find(",", cue.end, segment.end)
                    ends += [comma] if comma >= 0 else []
                colon = _colon_ending_frame(analysis.source.text, cue.end, segment.end)
                ends += [colon] if colon is not None else []
                end = min(ends, default=segment.end)
                # a report the next sentence rejects in so many words ("A viral post says X cures Y. That is not
                # true.", "… We rate this claim False.") is rejected, as a hearsay is
                found.append((cue.start, end, end == segment.end and index + 1 < len(segments)
                              and _opens_with_rejection(analysis, segments[index + 1])))
                if end == segment.end:  # a report that runs to the end of its sentence ("but ours …" ends it)
                    reporting = segment.block
            elif cue.label == "belief":
                answered = [c for c in contrasts if c > cue.end]
                if answered:
                    found.append((cue.start, min(answered), False))
                elif index + 1 < len(segments) and _opens_with_rejection(analysis, segments[index + 1]):
                    found.append((cue.start, segment.end, True))
                elif index + 1 < len(segments) and _opens_with_rebuttal(analysis, segments[index + 1]):
                    found.append((cue.start, segment.end, False))  # "However, …" may qualify rather than reject
            elif cue.label == "hearsay" and not _speaks_for_itself(analysis, segment):
                # what others say is reported only when the page rejects it: after a contrast in the sentence ("…,
                # but that is not true") or at the start of the next one ("That is not true."); what they say of the
                # page's own product ("Many patients say our cream works") is the page's to stand by
                rejected = [m.start for m in cues if m.label == "contrast" and m.start > cue.end and any(
                    r.label == "rejection" and r.first == m.last for r in cues)]
                if rejected:
                    found.append((cue.start, min(rejected), True))
                elif index + 1 < len(segments) and _opens_with_rejection(analysis, segments[index + 1]):
                    found.append((cue.start, segment.end, True))
            elif cue.label == "after":
                start = max((c for c in contrasts if c < cue.start), default=segment.start)
                found.append((start, cue.end, False))
    return found


def _after_own_voice(analysis: Analysis, segment, cue) -> bool:
    """Does a forward frame start right after a first-person word ("Our detox teas promise to …")? The page then
    speaks of its own product: a use, not a report."""
    if cue.first <= segment.first:
        return False
    return analysis.tokens[cue.first - 1].lower in load_quote_settings()["first_person"]


def _opens_with_rebuttal(analysis: Analysis, segment) -> bool:
    """Does the sentence open with a contrast or a rebuttal ("However, …", "In fact, …") that answers a belief?"""
    return any(cue.first == segment.first and cue.label in ("contrast", "rebuttal")
               for cue in analysis.of_kind("mention", segment.first, min(segment.first + 4, segment.last)))


def _opens_with_rejection(analysis: Analysis, segment) -> bool:
    """Does the sentence open by rejecting what the sentence before it said ("That is not true.", "This is a myth.",
    "There is no evidence for this.": the `rejection` phrases of lexicons/mentions.yml)?"""
    return any(cue.first == segment.first and cue.label == "rejection"
               for cue in analysis.of_kind("mention", segment.first, segment.last))


def _colon_ending_frame(text: str, start: int, end: int) -> int | None:
    """The first colon in text[start:end] when the words between `start` and it give the frame its object ("… that
    promises results: …"); None when there is none, or when those words only announce what follows ("… for these
    words: …")."""
    colon = text.find(":", start, end)
    if colon < 0:
        return None
    between = [w.lower() for w in WORD.findall(text[start:colon])]
    return colon if any(w not in load_colon_announces() for w in between) else None


# the blocks of a list: its items, and an item's label ("- Improved hydration: …"), which is part of the item
LIST_BLOCKS = ("item", "label")


def list_leads(blocks) -> tuple[int, ...]:
    """For each block, the index of the last block at or before it that is no item or label (-1: none): for a block
    of a list, its list's lead-in line or heading; for any other block, itself."""
    leads, before = [], -1
    for index, block in enumerate(blocks):
        if block.kind not in LIST_BLOCKS:
            before = index
        leads.append(before)
    return tuple(leads)


def _listed(analysis: Analysis) -> list[tuple[int, int]]:
    """The items of a list led in by a heading or a line ending in ':' that names warning signs, scams or myths, or
    reports what others claim ("Proponents … claim several potential benefits, including:")."""
    blocks = analysis.source.blocks
    leads = list_leads(blocks)
    found = []
    heading = None  # the last heading before the list's lead-in
    for index, block in enumerate(blocks):
        before = leads[index]
        if before == index:  # no item or label
            previous = leads[index - 1] if index else -1
            if previous >= 0 and blocks[previous].kind == "heading":
                heading = blocks[previous]
            continue
        leads_in = []
        if before >= 0 and (blocks[before].kind == "heading"
                            or analysis.source.text[blocks[before].start:blocks[before].end].rstrip().endswith(":")):
            leads_in.append(blocks[before])
        if heading is not None and (before < 0 or blocks[before].kind != "heading"):
            leads_in.append(heading)
        if any(_names_warnings(analysis, lead.start, lead.end) for lead in leads_in):
            found.append((block.start, block.end))
    return found


def _names_warnings(analysis: Analysis, start: int, end: int) -> bool:
    first, last = analysis.token_range(start, end)
    return any(m.label in ("list_heading", "reported_lead", "before", "after", "ruling_after")
               for m in analysis.of_kind("mention", first, last))


def _quoted(analysis: Analysis) -> list[tuple[int, int]]:
    settings = load_quote_settings()
    text = analysis.source.text
    found: list[tuple[int, int]] = []
    # (a pattern is run only on a text holding its opening mark: three of them open with a look-behind, which has the
    # engine try every character)
    quotes = sorted((quote for pattern, mark in zip(QUOTATIONS, QUOTATION_MARKS) if mark in text
                     for quote in pattern.finditer(text)), key=lambda q: q.start())
    named: set[str] = set()  # the inner words of the quotations found to be mentions, lower-cased
    for quote in quotes:
        inner = quote.group(1)
        if _quoted_mention(text, quote, settings, found):
            found.append((quote.start(), quote.end()))
            named.add(" ".join(WORD.findall(inner.lower())))
    # a term the page once quotes at a distance stays named wherever it quotes it again (the heading "Vitamin
    # Drips and “Hangover Cures”" of a page that writes 'From “energy drips” and “hangover cures” to …')
    return found + [(q.start(), q.end()) for q in quotes if (q.start(), q.end()) not in found
                    and " ".join(WORD.findall(q.group(1).lower())) in named
                    and not _spoken(text, q, settings)]


def _spoken(text: str, quote: re.Match, settings: dict) -> bool:
    """Is the quotation given to a speaker, or a testimonial or slogan (first person, exclaimed)?"""
    inner = quote.group(1)
    before = [w.lower() for w in WORD.findall(text[max(quote.start() - 60, 0):quote.start()])][-3:]
    after = [w.lower() for w in WORD.findall(text[quote.end():quote.end() + 60])][:3]
    speaking = attributing_words()
    return any(w in speaking for w in before + after) \
        or any(w in settings["first_person"] for w in WORD.findall(inner.lower())) or inner.rstrip().endswith("!")


# "From “energy drips” … to …" at the start of a sentence: a range of things named, not claimed
RANGE_OPENING = re.compile(r"(?:^|[.!?:\n]\s*)[Ff]rom\s*$")
# a quotation joined to the one before it ('“energy drips” and “hangover cures”', 'from “…” to “…”', 'to a “…”')
# shares that one's frame
COORDINATED = re.compile(r"\s*(?:,|,?\s*and|,?\s*or|to)(?:\s+(?:a|an|the))?\s*")


def _quoted_mention(text: str, quote: re.Match, settings: dict, found: list[tuple[int, int]]) -> bool:
    """Is this quotation named rather than used: a title, a word a sentence is about, a phrase held at a distance
    by the words before it, the first of a range ('From “…” to'), or joined to a quotation that is named?"""
    inner = quote.group(1)
    if re.search(r"\n\s*\n|[.!?]\s+[A-Z]", inner):
        return False  # a quotation does not cross a paragraph or run from one sentence into the next
    before = [w.lower() for w in WORD.findall(text[max(quote.start() - 60, 0):quote.start()])][-3:]
    after = [w.lower() for w in WORD.findall(text[quote.end():quote.end() + 60])][:3]
    title = (before[-1:] and before[-1] in settings["title_before"]) or \
        any(w in settings["title_after"] for w in after[:2])
    words = [w.lower() for w in WORD.findall(inner)]
    spoken = _spoken(text, quote, settings)
    # 'marketed as a "cure"' keeps the word at a distance as 'marketed as "cure"' does
    framing = [w for w in before if w not in ARTICLES]
    distanced = bool(framing[-1:]) and framing[-1] in settings["distance_before"]
    # '… is that "safe" is relative': the quoted word is what the sentence is about
    opens_clause = text[:quote.start()].rstrip()[-1:] in ("", ".", "!", "?", ":", ";", ",", "(", "-") \
        or (bool(before[-1:]) and before[-1] in settings["word_subject_before"])
    word_named = opens_clause and len(words) <= settings["word_subject_max"] \
        and bool(after[:1]) and after[0] in settings["word_subject_after"]
    distanced = distanced or _said_to_be_wording(text, quote.start(), settings) \
        or _opens_range(text, quote.start(), settings) \
        or bool(found and found[-1][1] <= quote.start()
                and COORDINATED.fullmatch(text[found[-1][1]:quote.start()]))
    return bool(title or word_named or (distanced and len(words) <= settings["max_words"] and not spoken))


def _opens_range(text: str, start: int, settings: dict) -> bool:
    """Do the words before the quotation at `start` open a range of things named: "From" opening a sentence, or
    "from" after a word that sums the range up (`range_before`: 'headlines have called them everything from “…” to
    “…”')? Not when the sentence before it names something as ours (`range_owner`: 'Our customers have called
    TurmaFlex everything from "a miracle cure" to …', 'People call our spray everything from …'): a seller quoting
    the praise of its own product makes that wording its own."""
    before = text[max(start - 40, 0):start]
    if RANGE_OPENING.search(before):
        return True
    words = [w.lower() for w in WORD.findall(before)][-2:]
    if not (len(words) == 2 and words[1] == "from" and words[0] in settings["range_before"]):
        return False
    sentence = re.split(r"[.!?]\s+|\n", text[max(start - 300, 0):start])[-1]
    return not any(w.lower() in settings["range_owner"] for w in WORD.findall(sentence))


def _said_to_be_wording(text: str, start: int, settings: dict) -> bool:
    """The quotation at `start` is the complement of a copula whose sentence names wording ('a common mantra of
    quacks has long been "boosting the immune system"'): a wording noun earlier in the sentence, a copula right
    before the quotation (after any of `copula_adverbs`), and no first person in the sentence before it."""
    sentence = re.split(r"[.!?]\s+", text[max(start - 300, 0):start])[-1]
    before = [w.lower() for w in WORD.findall(sentence)]
    while before and before[-1] in settings["copula_adverbs"]:
        before.pop()
    return bool(before) and before[-1] in settings["copula_words"] \
        and any(w in settings["wording_nouns"] for w in before[:-1]) \
        and not any(w in settings["first_person"] for w in before)
