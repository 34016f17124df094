"""Questions: which only ask (their wording asserts nothing) and which assert what they ask about.

A question asks; it does not claim. "Is the treatment safe?", "Can type 2 diabetes be cured?", "Is there a cure for
myeloma?" raise no wording flag and make no claim: the page's claim, if any, is in the answer, which is read as
any other sentence ("Is it safe? Yes, it is completely safe." is flagged on the answer). Three kinds of question
assert all the same:
- a teaser, opened by no question word ("A Miracle Cure-All?"): a noun phrase whose "?" stands in for a hedge
  (lexicons/mentions.yml `interrogatives`);
- a rhetorical question that sells: its frame takes the promise as given instead of asking about it ("Why suffer
  when you can be cured in 7 days?", "Who wouldn't want a 100% natural cure?", "Did you know that …?"); the frames
  are data (lexicons/mentions.yml `question_frames`). Its wording is the page's own, flagged like a statement's;
  it is a claim when it passes the claim stage's tests (what it says, not how it is punctuated);
- a question answered by a bare yes ("Are vaccines safe? Yes.", "Can it be reversed? Yes, it can."): the answer
  says nothing but that what was asked is so, so the question's words are what the page asserts. The question is
  the claim (a heading too) and the bare answer, empty on its own, is none. When the yes goes on in its paragraph
  with a statement ("Is it safe? Yes. Our foam is 100% non-toxic.", "Is it contagious? Yes. It spreads by direct
  contact."), the page words its claim there: the question, its wording still the page's own, is no claim (a
  selling line or an instruction after the yes, "Order today", leaves the question the claim). A negative answer
  ("No.") is not read as a claim: the question's words say the opposite of what the page asserts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.clauses import subject_words
from pipeline.nlp import Analysis, Segment

QUESTION_TAIL = "!.\"'\u201d\u2019 "  # what may follow a question's "?" at the end of the sentence
BARE_ANSWER_WORDS = 3  # "Yes, it can.", "Yes, for most people.": at most this many words after the yes
ANSWER_LABELS = {"a", "answer", "ans"}  # "A: Yes." in a page set out as "Q: …? / A: …"
# marks after an answer's opener that carry it on to a condition ("No, if you follow the aftercare", "Definitely — but
# ask your GP first", "No (if …)"), unless a second opener stands after them ("No, none at all.")
CARRYING_ON = {",", ";", ":", "\u2014", "\u2013", "--", "-", "(", "["}
INDIRECT_QUESTION_OPENING = 3  # a "whether" among a sentence's first tokens opens a condition, not a question
CLAUSE_BREAKS = {";", ":", "\u2014", "\u2013", "--"}  # where an indirect question ends before its sentence does
# the lists of lexicons/answers.yml
ANSWER_KEYS = {"denying", "harm_questions", "safety_questions", "ruling_out", "affirming"}


def is_question(text: str) -> bool:
    """Does the sentence end as a question? It may end in more marks than its "?" ("… and be done?!", "… right??",
    "… Africa?”")."""
    return text.rstrip().rstrip(QUESTION_TAIL).endswith("?")


@dataclass(frozen=True)
class Questions:
    """The question segments of an analysis, by what they do."""

    asked: frozenset[Segment]  # only ask: no wording flag, no claim
    asserting: frozenset[Segment]  # rhetorical, or affirmed by a bare yes: their wording is the page's own
    affirmed: frozenset[Segment]  # (of those) answered by a bare yes: the question is the claim
    bare_answers: frozenset[Segment]  # "Yes.", "Yes, it can.": no claim of their own (the question is)
    # character ranges [start, end) that only ask, sorted: the asked segments, and the question that opens a
    # segment not cut at its "?" (a title: "Do hair products really work? A guide from an expert")
    asked_ranges: tuple[tuple[int, int], ...] = ()
    # (of the asserting) answered by a yes that its paragraph goes on to explain: the explanation is the claim
    explained: frozenset[Segment] = frozenset()
    # (of the asserting) teasers opened by the reader's complaint ("Tired of diets that don't work?"): no claim
    hooks: frozenset[Segment] = frozenset()


def read_questions(analysis: Analysis) -> Questions:
    """Sort the question segments of an analysis into those that ask and those that assert."""
    asked: set[Segment] = set()
    asserting: set[Segment] = set()
    affirmed: set[Segment] = set()
    bare: set[Segment] = set()
    explained: set[Segment] = set()
    hooks: set[Segment] = set()
    ranges: list[tuple[int, int]] = []
    segments = analysis.segments
    for index, segment in enumerate(segments):
        if not is_question(analysis.text_of(segment.first, segment.last)):
            ranges += _inner_questions(analysis, segment) + _indirect_questions(analysis, segment)
            continue
        # a list label before it is the question's opening ("What is the best medicine for pain: CBD or ibuprofen?")
        label = segments[index - 1] if index and segments[index - 1].kind == "label" else None
        parts = {segment} if label is None else {segment, label}
        answer = segments[index + 1] if index + 1 < len(segments) else None
        if answer is not None and _bare_yes(analysis, answer) and _answer_goes_on(analysis, index + 1, parts) \
                and any(_opens_as_question(analysis, part) for part in parts):
            # "Is it safe? Yes. Our foam is non-toxic.": the page's claim is in what follows the yes, the question's
            # wording still the page's own (a teaser, "A miracle cure? Absolutely. …", is a claim all the same)
            explained |= parts
            bare.add(answer)
            asserting |= parts
        elif answer is not None and _bare_yes(analysis, answer):
            affirmed.add(segment)
            bare.add(answer)
            asserting |= parts
        elif answer is not None and _short_denial(analysis, answer):
            asked |= parts  # "Just turned 45 and figured you had five more years? Well, maybe not.": the page denies it
        elif any(m.label == "question_frames"
                 for m in analysis.of_kind("mention", (label or segment).first, segment.last)) \
                or not any(_opens_as_question(analysis, part) for part in parts):
            asserting |= parts
            if any(_opens_with(analysis, part, "complaint_hooks") and _bare_complaint(analysis, part)
                   for part in parts):
                hooks |= parts  # "Sick of waking up at 3am?": "Are you …?" with "are you" left out
        else:
            asked |= parts
    ranges += [(part.start, part.end) for part in asked]
    return Questions(frozenset(asked), frozenset(asserting), frozenset(affirmed), frozenset(bare),
                     tuple(sorted(ranges)), frozenset(explained), frozenset(hooks))


def _opens_as_question(analysis: Analysis, segment: Segment) -> bool:
    """The segment's first word, or the first after a comma, colon or dash in it ("Turmeric: does it work?", "If it
    fails, what then?"), asks
    (lexicons/mentions.yml `interrogatives`): a wh-word, an auxiliary ("Is it safe?") or a word that carries a
    question on ("And the side effects?"). One opened by none is a teaser ("A Miracle Cure-All?"): a noun phrase
    that asserts, the "?" standing in for a hedge."""
    tokens = analysis.tokens
    starts = [segment.first] + [i + 1 for i in range(segment.first, segment.last) if tokens[i].text in CLAUSE_BREAKS
                                | {","}]  # the first word after each, past quotation marks: 'She asked: "does …?"'
    openings = {next((i for i in range(start, segment.last) if not tokens[i].is_punct), segment.last)
                for start in starts}
    return any(m.label == "interrogatives" and m.first in openings
               for m in analysis.of_kind("mention", segment.first, segment.last))


def _opens_with(analysis: Analysis, segment: Segment, label: str) -> bool:
    """The segment's first word (`_word_indices`: a blank is no word) opens a mention labelled `label`
    (lexicons/mentions.yml)."""
    words = _word_indices(analysis, segment)
    return bool(words) and any(m.label == label and m.first == words[0]
                               for m in analysis.of_kind("mention", segment.first, segment.last))


def _bare_complaint(analysis: Analysis, segment: Segment) -> bool:
    """What follows a complaint hook is a bare complaint, a noun or gerund phrase ("Sick of waking up at 3am?",
    "Fed up with bloating after every meal?"), not a clause that says something of it: a relative ("Tired of statins
    that destroy your liver?", "Still suffering from arthritis that doctors say is incurable?") or an -ing verb after
    a noun ("Worried about vaccines causing autism?") asserts a claim of its own, the hook only its frame. A relative
    that tells a failure ("Tired of diets that don't work?") is the complaint itself. The words are
    lexicons/subjects.yml `complaint_relatives`, `complaint_failures` and `gerund_leads`."""
    tokens = analysis.tokens
    lists = subject_words()
    relatives, failures, gerund_leads = lists["complaint_relatives"], lists["complaint_failures"], lists["gerund_leads"]
    hook_end = max((m.last for m in analysis.of_kind("mention", segment.first, segment.last)
                    if m.label == "complaint_hooks"), default=segment.first)
    for i in range(hook_end, segment.last):
        if tokens[i].lower in relatives \
                and not any(tokens[j].lower in failures for j in range(i + 1, min(i + 4, segment.last))):
            return False
        if i > hook_end and tokens[i].lower.endswith("ing") and len(tokens[i].lower) > 4 \
                and tokens[i - 1].lower.isalpha() and tokens[i - 1].lower not in gerund_leads \
                and i + 1 < segment.last and tokens[i + 1].lower.isalpha():
            return False
    return True


def _inner_questions(analysis: Analysis, segment: Segment) -> list[tuple[int, int]]:
    """The questions inside a segment that goes on after them (a heading is not cut into sentences): each runs from
    the segment's start, or from the last ".", "!", "?" or ":" before it ("Ask Dr Lee: Can diabetes be reversed?
    What the research says"), to its "?", unless a rhetorical frame is inside it."""
    text = analysis.source.text
    found, start = [], segment.start
    for mark in re.finditer(r"[.!?:]", text[segment.start:segment.end]):
        end = segment.start + mark.end()
        if mark.group() == "?":
            first, last = analysis.token_range(start, end)
            if not any(m.label == "question_frames" for m in analysis.of_kind("mention", first, last)):
                found.append((start, end))
        start = end
    return found


def _indirect_questions(analysis: Analysis, segment: Segment) -> list[tuple[int, int]]:
    """The indirect questions of a statement: a clause opened by "whether" after the sentence's first words ("a
    study to evaluate whether it is safe, effective, and possibly better than standard treatment", "the doctor
    decides whether it is safe for you") asks what it names, to the end of the sentence or its next ";", ":" or
    dash, or to a contrast word (lexicons/mentions.yml `contrast`: "You may wonder whether it suits you, but it is
    guaranteed to work" asserts what follows "but"). Not a "whether" among the first words or after a comma, which
    opens a condition of the main clause ("Whether you have eczema or psoriasis, our cream clears it")."""
    tokens = analysis.tokens
    found = []
    contrasts = [m.first for m in analysis.of_kind("mention", segment.first, segment.last) if m.label == "contrast"]
    for index in range(segment.first + INDIRECT_QUESTION_OPENING, segment.last):
        if tokens[index].lower != "whether" or tokens[index - 1].text == ",":
            continue  # (after a comma it is a condition again: "Our cream works, whether you have eczema or not")
        breaks = [i for i in range(index + 1, segment.last) if tokens[i].text in CLAUSE_BREAKS]
        stop = min(breaks + [c for c in contrasts if c > index], default=None)
        found.append((tokens[index].start, segment.end if stop is None else tokens[stop].start))
    return found


def frame_tokens(analysis: Analysis, first: int, last: int) -> set[int]:
    """The tokens of [first, last) inside a rhetorical question's frame: a negation there is part of the frame ("Who
    wouldn't want a 100% natural cure?", "Isn't it time you tried …?") and negates nothing the question offers."""
    return {i for m in analysis.of_kind("mention", first, last) if m.label == "question_frames"
            for i in range(m.first, m.last)}


DENIALS = frozenset({"no", "not", "nope"})


def _word_indices(analysis: Analysis, segment: Segment) -> list[int]:
    """The segment's tokens that are words, not blanks or punctuation: what a short answer is counted in."""
    tokens = analysis.tokens
    return [i for i in range(segment.first, segment.last) if not tokens[i].is_space and not tokens[i].is_punct]


def _short_denial(analysis: Analysis, segment: Segment) -> bool:
    """A sentence of a few words that denies ("No.", "Well, maybe not.", "Not so fast."): the question before it
    was put to be answered no, so it asks and asserts nothing, however it opens."""
    if segment.kind != "sentence":
        return False
    tokens = analysis.tokens
    words = _word_indices(analysis, segment)
    return 0 < len(words) <= BARE_ANSWER_WORDS + 1 and any(tokens[i].lower in DENIALS for i in words) \
        and not is_question(analysis.text_of(segment.first, segment.last))


def _answer_goes_on(analysis: Analysis, answer: int, question: set[Segment]) -> bool:
    """The bare yes at segments[answer] is followed, in its own paragraph, by a statement that speaks of what was
    asked ("Is memory foam safe? Yes. Our foam is 100% non-toxic.", "Is it contagious? Yes. It spreads by direct
    contact."): the answer is the FAQ's, worded after the yes, and the question its heading, no claim. The statement
    takes up a content word of the question (its subject or predicate) or the pronoun it asks about ("it", "they");
    one that moves on ("Can GlucoFix reverse diabetes? Yes. Many users love the taste.", "Is Calmora safe for
    children? Yes. It contains only natural herbs.") says nothing of what was asked, nor does a selling line or an
    instruction opening it (lexicons/cues.yml `call_to_action`: "Yes. Order today."): the question stays the claim,
    as does one whose yes ends its paragraph."""
    segments = analysis.segments
    if answer + 1 >= len(segments):
        return False
    after = segments[answer + 1]
    if after.kind != "sentence" or after.block != segments[answer].block \
            or is_question(analysis.text_of(after.first, after.last)):
        return False
    words = _word_indices(analysis, after)
    if not words or any(m.label == "call_to_action" and m.first == words[0]
                        for m in analysis.of_kind("cue", after.first, after.last)):
        return False
    asked = set().union(*(_content_lemmas(analysis, part) | _pronouns(analysis, part) for part in question))
    return bool((_content_lemmas(analysis, after) | _pronouns(analysis, after)) & asked)


WORD_FAMILY = 6  # two words that share their first six letters are one family ("diabetics", "diabetes")


def _content_lemmas(analysis: Analysis, segment: Segment) -> set[str]:
    """The lemmas of a segment's content words (no stop word, no pronoun, no number), cut to their family's first
    letters: what two sentences share when the second speaks of what the first does ("Is it suitable for
    diabetics? Yes. It helps anyone with diabetes.")."""
    from spacy.lang.en.stop_words import STOP_WORDS  # spaCy's English stop list, loaded only when reading questions
    tokens = analysis.tokens
    return {tokens[i].lemma[:WORD_FAMILY] for i in range(segment.first, segment.last)
            if tokens[i].lower.isalpha() and len(tokens[i].lower) > 2 and tokens[i].lower not in STOP_WORDS
            and tokens[i].lemma not in STOP_WORDS}


def _pronouns(analysis: Analysis, segment: Segment) -> set[str]:
    """The pronouns of what is asked about in a segment (lexicons/subjects.yml `asked_pronouns`: "Is it contagious?"
    … "It spreads …")."""
    tokens, pronouns = analysis.tokens, subject_words()["asked_pronouns"]
    return {tokens[i].lower for i in range(segment.first, segment.last) if tokens[i].lower in pronouns}


def _opening_yes(analysis: Analysis, segment: Segment, words: list[int]) -> list:
    """The yes (lexicons/mentions.yml `yes_answers`) that opens the segment's words, past an answer's label ("A:
    Yes."), as mentions; empty when it opens with none."""
    tokens = analysis.tokens
    if len(words) > 1 and tokens[words[0]].lower in ANSWER_LABELS and tokens[words[0] + 1].text == ":":
        words = words[1:]  # "Q: Is it safe? / A: Yes."
    return [m for m in analysis.of_kind("mention", words[0], segment.last)
            if m.label == "yes_answers" and m.first == words[0]] if words else []


def answered_by_yes(analysis: Analysis, segment: Segment) -> bool:
    """The segment after this one opens with a yes, bare or going on ("Yes.", "Yes — with our serum you can.")."""
    at = analysis.segment_index(segment)
    segments = analysis.segments
    answer = segments[at + 1] if at + 1 < len(segments) else None
    return answer is not None and answer.kind in ("sentence", "heading") \
        and bool(_opening_yes(analysis, answer, _word_indices(analysis, answer)))


def _bare_yes(analysis: Analysis, segment: Segment) -> bool:
    """A sentence that opens with a yes (lexicons/mentions.yml `yes_answers`) and adds at most a few words, none a
    negation ("Yes.", "Absolutely!", "Yes, it can.", not "Yes and no." nor "Yes, but not in everyone.")."""
    if segment.kind not in ("sentence", "heading"):
        return False
    words = _word_indices(analysis, segment)
    if not words or is_question(analysis.text_of(segment.first, segment.last)):
        return False
    yes = _opening_yes(analysis, segment, words)
    if not yes:
        return False
    rest = [i for i in words if i >= max(m.last for m in yes)]
    negated = any(m.category == "NEGATED" and segment.first <= m.trigger.first < segment.last
                  for m in analysis.modifiers)
    return len(rest) <= BARE_ANSWER_WORDS and not negated


@dataclass(frozen=True)
class SafetyAnswers:
    """The words of lexicons/answers.yml that read an FAQ's answer on the product's harms (`answers_safety_question`)."""

    harms: tuple[tuple[str, ...], ...]  # lemma sequences ("side effect")
    safety: frozenset[str]
    ruling_out: tuple[tuple[str, ...], ...]
    affirming: tuple[tuple[str, ...], ...]


@lru_cache(maxsize=1)
def safety_answers() -> SafetyAnswers:
    from pipeline.patterns import read_lexicon

    data = read_lexicon("lexicons/answers.yml", ANSWER_KEYS)
    return SafetyAnswers(tuple(tuple(str(p).split()) for p in data["harm_questions"]),
                         frozenset(data["safety_questions"]),
                         tuple(tuple(str(p).split()) for p in data["ruling_out"]),
                         tuple(tuple(str(p).split()) for p in data["affirming"]))


def answers_safety_question(analysis: Analysis, segment: Segment) -> bool:
    """The sentence answers the question right before it on the harms of what the page offers with the answer that
    rules them out (lexicons/answers.yml): a no to a question that names a harm ("Are there any side effects? None at
    all.", "Is it addictive? Never.") or a yes to one that asks whether it is safe ("Is it safe for children?
    Completely.", "Is it safe? Yes.": the answer is flagged, and the question's own "safe" is not flagged as well).
    The bare answer is an FAQ's safety claim in the page's voice, which no word of the answer says on its own. A yes
    to a harm ("Are there side effects? Yes, mild nausea.") or a no to safety ("Is it safe in pregnancy? No.") warns,
    and is no such answer; nor is an opener that starts a statement ("None were found in the trials", "Absolutely
    not") or goes on to a condition ("No, if you follow the aftercare", "Definitely — but ask your GP first"). A harm
    is named by its whole phrase: "Can I sleep on my side?" asks about no side effect."""
    at = analysis.segment_index(segment)
    if at <= 0 or segment.kind not in ("sentence", "heading"):
        return False
    question = analysis.segments[at - 1]
    tokens = analysis.tokens
    if question.kind == "label" and at > 1 and [tokens[i].lower for i in _word_indices(analysis, question)] \
            in [[label] for label in ANSWER_LABELS]:
        question = analysis.segments[at - 2]  # "Q: Is it safe? / Ans: Never." read with its label apart (plain text)
    if not is_question(analysis.text_of(question.first, question.last)):
        return False
    words = _word_indices(analysis, segment)
    if len(words) > 1 and tokens[words[0]].lower in ANSWER_LABELS and tokens[words[0] + 1].text == ":":
        words = words[1:]  # "Q: Does it hurt? / A: Not at all."
    answers = safety_answers()
    asked = [tokens[i].lemma.lower() for i in _word_indices(analysis, question)]
    if any(tuple(asked[k:k + len(harm)]) == harm for harm in answers.harms for k in range(len(asked))):
        return _stands_alone(analysis, segment, words, answers.ruling_out)
    # a bare yes ("Is it safe? Yes.", "Absolutely."): the answer is the page's promise, flagged there; the question
    # only asks (the engine drops the safety pack's flags on it: rules/engine.without_asked_safety)
    if answers.safety & set(tokens[i].lower for i in _word_indices(analysis, question)):
        return _stands_alone(analysis, segment, words, answers.affirming)
    return False


def _stands_alone(analysis: Analysis, segment: Segment, words: list[int],
                  openers: tuple[tuple[str, ...], ...]) -> bool:
    """The answer's words open with one of the openers, standing alone: a mark or the sentence's end after it ("None
    at all.", "Completely. Just rub …"), not "None were found in the trials", the opening of a statement. A comma, a
    dash or a bracket after it carries it on to a condition ("No, if you follow the aftercare", "Definitely — but ask
    your GP first"), unless what follows is a second opener standing alone ("No, none at all.")."""
    tokens = analysis.tokens
    opening = [tokens[i].lower for i in words]
    n = max((len(o) for o in openers if tuple(opening[:len(o)]) == o), default=0)  # the longest: "none at all"
    if not n:
        return False
    after = words[n - 1] + 1
    if after >= segment.last or tokens[after].is_space:
        return True
    if not tokens[after].is_punct:
        return False
    if tokens[after].text not in CARRYING_ON:
        return True
    rest = [i for i in words[n:] if i > after]
    return bool(rest) and rest[0] == next((i for i in range(after + 1, segment.last) if not tokens[i].is_space), -1) \
        and _stands_alone(analysis, segment, rest, openers)
