"""Analysis -> claims: check-worthy assertions at clause level, with subject, category, strength and qualifiers.

Without a parser, clauses are found from connectives ("; ", "while", "but also", ", which", "and can …"), a claim
needs a predicate and something to be about (a medical concept or a number), and pronouns are resolved to the
most recent treatment or disease mentioned (or the list label / heading the clause sits under).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from pipeline.concepts import load_concepts
from pipeline.errors import DataError
from pipeline.patterns import read_yaml, verb_lemmas
from pipeline.nlp import Analysis, Mention
from pipeline.models import Claim

PRONOUNS = {"it", "they", "this", "these", "those", "that", "which", "there", "he", "she", "we", "you", "its",
            "their", "such"}
GENERIC_HEADS = {"approach", "approaches", "treatment", "treatments", "therapy", "therapies", "type", "form",
                 "condition", "disease", "strategy", "strategies", "option", "options", "drug", "drugs", "method",
                 "one", "ones", "cancer", "agents", "agent", "process", "growth", "subtype", "kind"}
DETERMINERS = {"the", "a", "an", "of", "these", "those", "this", "that", "its", "their", "our", "your", "my", "his",
               "her", "some", "many", "more", "fewer", "less", "several", "all", "any", "no", "each", "every",
               "other", "such", "new", "and", "or", "with", "in", "for", "to", "by", "on", "from", "side"}
SUBORDINATORS = {"while", "although", "though", "whereas"}
AUXILIARIES = {"have", "has", "had", "is", "are", "was", "were", "can", "may", "might", "could", "will", "would",
               "does", "do", "did"}
# "… and potentially even a cure": after "and", these open a claim that shares the first clause's verb
ELLIPSIS_ADVERBS = {"potentially", "possibly", "perhaps", "even", "eventually", "ultimately"}
# after ", and" these open a clause with its own subject (not the last item of a list: "pain, fatigue, and anemia")
CLAUSE_OPENERS = {"the", "this", "these", "those", "it", "they", "there", "its", "their", "we", "our", "many",
                  "most", "some", "such"}
NAMING_WORDS = {"known", "called", "termed", "referred", "defined", "described"}  # ", known as X," names a thing
# "the bone marrow, the spongy tissue that …", "remission – a state where …": a noun phrase set off after a noun
APPOSITION_MARKS = {",", "-", "–", "—"}
ARTICLES = {"a", "an", "the"}
# "… and a better quality of life": after "and a/an", a change or comparison word opens a second outcome of the verb
COMPARATIVES = {"better", "worse", "longer", "shorter", "greater", "lower", "higher", "fewer", "less", "more"}
# ", thereby enhancing efficacy": a result adverb before a participle clause
RESULT_ADVERBS = {"thereby", "thus", "hence"}
PARTICLES = {"out", "up", "down", "off", "back", "over", "away"}  # "seek out", "break down"
STATE_VERBS = {"be", "remain", "become", "stay"}  # "X remains a cornerstone … by replacing …": state, then means
# ", compared with placebo", ", adjusted for age": past participles that qualify the clause, not a new assertion
QUALIFYING_PARTICIPLES = {"compared", "combined", "adjusted", "matched", "stratified", "followed", "measured",
                          "assessed", "given", "provided", "based", "used", "expressed", "defined", "known",
                          "called", "termed", "referred", "described", "published", "reported", "presented"}
RELATIVES = {"that", "which", "who", "where", "whose"}
EXAMPLE_OPENERS = {"including", "like", "such", "as"}  # "therapies including / like / such as …"
# every cut in the word loop of `_clauses` is made at one of these words (a new cut adds its word here)
CUT_WORDS = {";", ",", "while", "whereas", "but", "and", "by", "as", "because", "since", "unlike", "which", "that"}
FRAME_VERBS = {"be", "mean"}  # "One benefit is that …", "This means that …": the frame itself asserts nothing
INTRO_WORDS = {"however", "additionally", "moreover", "furthermore", "also", "overall", "traditionally", "thus",
               "therefore", "indeed", "importantly", "finally", "consequently", "similarly", "instead", "so",
               "and", "but", "meanwhile", "notably", "today", "currently", "not", "only", "even", "still", "now",
               "fact", "conclusion", "summary", "addition", "particular", "general"}
PREPOSITIONS = {"with", "in", "for", "as", "by", "despite", "after", "during", "among", "from", "on", "at", "over",
                "through", "since", "before", "until", "when", "if", "because", "although", "though", "while",
                "whereas", "unlike", "like", "to", "of", "under", "within", "without", "once", "given"}
SUBJECT_TYPES = ("treatment", "drug_class", "drug", "disease")
NOUN_MARKERS = {"its", "their", "our", "your", "his", "her", "my"}  # "its ability" (not "this": "This can …")
PLURAL_SUBJECTS = {"they", "we", "you", "people"}  # "people recover", "they last": a base-form verb is their tense
TRAILING_ADVERBS = {"often", "usually", "sometimes", "generally", "typically", "frequently", "always", "never",
                    "rarely", "commonly"}  # "they often come with …": the subject is "they"


# What opened a clause (the third item of a cut), where it matters for its subject, topic or strength
PLAIN, WHICH, FRAME, APPOSITION, SECOND_OUTCOME, EXAMPLES, COMPLEMENT_RELATIVE = range(7)


@dataclass
class _Clause:
    first: int
    last: int
    inherit_subject: bool = False
    subject_hint: tuple[int, int] | None = None
    apposition: bool = False  # "X, a cancer of plasma cells": the noun phrase defines X, with no verb of its own
    shares_verb: bool = False  # "… results in fewer side effects and a better quality of life": the same verb
    relative: bool = False  # "X is a cancer that requires …", "drugs like A that attack …": cut at a relative verb
    topic_span: tuple[int, int] | None = None  # where to look for what the clause is about, when wider than it
    verb_span: tuple[int, int] | None = None  # the verb and both outcomes it shares: where strength is read

    def words(self, analysis: Analysis) -> list[int]:
        return [i for i in range(self.first, self.last) if not analysis.tokens[i].is_space]


def extract_claims(analysis: Analysis) -> list[Claim]:
    """Every claim of a source, in document order."""
    source = analysis.source
    tokens = analysis.tokens
    concepts = load_concepts()
    claims: list[Claim] = []
    topic, heading = "", ""
    last_subject = ""
    seen: dict[str, int] = {}
    previous_block = -1
    topic_words = find_topic_words(analysis)
    for segment in analysis.segments:
        segment_text = analysis.text_of(segment.first, segment.last)
        if segment.block != previous_block and segment.kind not in ("label",):
            if previous_block >= 0 and source.blocks[previous_block].kind != "label":
                topic = "" if segment.kind != "cell" else topic
            previous_block = segment.block
        if segment.kind == "heading":
            heading = segment_text
            continue
        if segment.kind == "label":
            topic = segment_text
            previous_block = segment.block + 1  # the labelled body is the next block
            continue
        if not _is_assertion(analysis, segment.first, segment.last, segment_text):
            continue
        follows_claim = False  # the previous clause of this sentence was a claim
        hedged_before = False  # … and that claim was hedged
        clauses = _clauses(analysis, segment.first, segment.last)
        for clause in clauses:
            follows_claim = _is_claim(analysis, clause, follows_claim, topic_words)
            if not follows_claim:
                continue
            text = analysis.text_of(clause.first, clause.last)
            subject = _subject(analysis, clause, concepts, last_subject, topic or heading)
            # an apposition or a relative clause on examples says something of a side noun ("…, the spongy
            # tissue that …"): the sentence's own subject stays what later pronouns refer to
            side_noun = (clause.apposition and clause is not clauses[0]) or (clause.relative and clause.subject_hint)
            if subject and subject.lower() not in PRONOUNS and not side_noun:
                last_subject = subject
            # two outcomes of one verb ("results in fewer side effects and a better quality of life") take the
            # strength of the whole finding: its verb, hedges and negations are theirs too
            read_first, read_last = clause.verb_span or (clause.first, clause.last)
            mentions = [m for m in analysis.of_kind("cue", read_first, read_last) if not analysis.pseudo(m)]
            labels = _strength_labels(mentions)
            modifiers = [m for m in analysis.modifiers_on(read_first, read_last)
                         if segment.first <= m.trigger.first < segment.last]
            categories = {m.category for m in modifiers}
            # "X may cause Y, leading to Z": what follows from a hedged finding is hedged with it
            hedged = bool(categories & {"HEDGED", "HYPOTHETICAL"}) or (hedged_before and _continues(analysis, clause))
            hedged_before = hedged
            negated = _negated(analysis, clause, modifiers, mentions)
            category = _category(analysis, clause, labels, concepts)
            strength = _strength(labels, hedged, negated, category)
            start, end = tokens[clause.first].start, tokens[clause.last - 1].end
            key = normalize_claim(text)
            occurrence = seen.get(key, 0)
            seen[key] = occurrence + 1
            line, column = source.line_col(start)
            claims.append(Claim(
                claim_id=claim_fingerprint(source.path, text, occurrence), source=source.path, start=start, end=end,
                line=line, column=column, text=text, sentence=segment_text, subject=subject,
                topic=topic or heading, category=category, strength=strength, negated=negated, hedged=hedged,
                modifiers=tuple(sorted({f"{m.category}:{analysis.text_of(m.trigger.first, m.trigger.last).lower()}"
                                        for m in modifiers})),
            ))
    return claims


def segment_strength(analysis: Analysis, first: int, last: int, absolute: bool = True) -> str:
    """The strength of a sentence taken as one finding, whether or not it passes as a claim (benchmarks give the
    sentences; the claim stage's topic test is for articles). With `absolute` false, absolute wording ("only",
    "always") is left out and the relation alone is rated."""
    labels = _strength_labels([m for m in analysis.of_kind("cue", first, last) if not analysis.pseudo(m)])
    if not absolute:
        labels.discard("strength:absolute")
    modifiers = analysis.modifiers_on(first, last)
    hedged = any(m.category in ("HEDGED", "HYPOTHETICAL") for m in modifiers)
    negated = any(analysis.negates(m) for m in modifiers)
    return _strength(labels, hedged, negated, "other")


def _strength_labels(mentions: list[Mention]) -> set[str]:
    """The cue labels of a clause. A causal cue inside an observed-change, comparison or risk phrase ("a 30 %
    increase in BMI", "lipids increased with age", "an increased risk") is part of that phrase, not a causal verb;
    one inside a purpose ("needed to reduce", "in order to improve") is an effect sought, and one inside background
    ("all-cause mortality", "which causes", "problems caused by") is not the finding: neither is asserted."""
    frames = [m for m in mentions
              if m.label in ("strength:comparison", "strength:risk", "strength:purpose", "strength:background")]
    return {m.label for m in mentions
            if not (m.label == "strength:causal" and any(c.first <= m.first and m.last <= c.last for c in frames))}


def normalize_claim(text: str) -> str:
    """Lower-case words only: whitespace, punctuation and quote styles do not change a claim's identity."""
    return " ".join(re.findall(r"[\w%]+", text.lower()))


def claim_fingerprint(path: str, text: str, occurrence: int = 0) -> str:
    key = f"{path}\0{normalize_claim(text)}\0{occurrence}"
    return "c" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:15]


def _is_assertion(analysis: Analysis, first: int, last: int, text: str) -> bool:
    """Questions, calls to action and meta-text ("In this article …") are not claims."""
    if text.rstrip().endswith("?"):
        return False
    words = [i for i in range(first, last) if not analysis.tokens[i].is_space]
    if not words:
        return False
    opening = words[0]
    for mention in analysis.of_kind("cue", first, last):
        if mention.label in ("call_to_action", "opinion") and mention.first == opening:
            return False
        if mention.label == "meta" and mention.first <= words[min(len(words) - 1, 4)]:
            return False
    return True


def _clauses(analysis: Analysis, first: int, last: int) -> list[_Clause]:
    """Cut a sentence where a new assertion starts."""
    tokens = analysis.tokens
    cuts: list[tuple[int, bool, int]] = []  # (token index where a clause starts, inherits subject, skip)
    predicates = {m.first for m in analysis.of_kind("cue", first, last) if m.label == "predicate"}
    predicates |= {m.first for m in analysis.of_kind("cue", first, last) if m.label == "strength:causal"}
    words = [i for i in range(first, last) if not tokens[i].is_space]
    lowers = {i: tokens[i].lower for i in words}
    opening = words[0] if words else first
    # looked up once per sentence, so that long sentences cost linear time
    first_predicate = min(predicates, default=last)
    first_relative = next((i for i in words if lowers[i] in RELATIVES), last)
    finite = {m.first for m in analysis.of_kind("cue", first, last) if m.label == "predicate"}
    for position, i in enumerate(words):
        word = lowers[i]
        if word not in CUT_WORDS:
            continue
        nxt = words[position + 1] if position + 1 < len(words) else None
        prev = words[position - 1] if position else None
        if word == ";" and nxt is not None:
            cuts.append((nxt, False, PLAIN))
        elif word in ("while", "whereas") and i != opening and nxt is not None:
            cuts.append((nxt, lowers[nxt].endswith("ing"), PLAIN))
        elif word == "but" and nxt is not None and lowers.get(nxt) in ("also", "it", "they", "this", "these"):
            cuts.append((words[position + 2] if lowers[nxt] == "also" and position + 2 < len(words) else nxt,
                         lowers[nxt] == "also", PLAIN))
        elif word == "but" and nxt is not None and lowers[nxt] in AUXILIARIES:
            cuts.append((nxt, True, PLAIN))  # "have not only extended X but have also improved Y"
        elif word == "," and nxt is not None and _participle(tokens[nxt]) and position > 1 and \
                _has_complement(analysis, words, position + 1):
            cuts.append((nxt, True, PLAIN))  # ", leading to …", ", crowding out normal cells" (not "smell, tearing,")
        elif word == "," and nxt is not None and lowers[nxt] in RESULT_ADVERBS and position + 2 < len(words) and \
                _participle(tokens[words[position + 2]]) and first_predicate < i:
            cuts.append((nxt, True, PLAIN))  # ", thereby enhancing efficacy"
        elif word == "," and nxt is not None and _past_participle(tokens[nxt]) and position + 2 < len(words) and \
                lowers[words[position + 2]] in PREPOSITIONS and first_predicate < i and first_relative > i:
            # "… treatment options, tailored to each patient's profile"; not "The study, which is …, looked at"
            cuts.append((nxt, True, PLAIN))
        elif word == "and" and nxt is not None and prev is not None and nxt in predicates and \
                lowers[nxt] in ("can", "may", "might", "could", "will", "has", "have", "is", "are", "also", "often"):
            cuts.append((nxt, True, PLAIN))
        elif word == "by" and nxt is not None and _participle(tokens[nxt]) and \
                _after_state(analysis, words, position, finite):
            cuts.append((i, True, PLAIN))  # "Transplants remain a cornerstone by replacing …": how, said apart
        elif word == "and" and nxt is not None and _parallel_participle(analysis, words, position, predicates,
                                                                         finite):
            cuts.append((nxt, True, PLAIN))  # "… in targeting the cancer cells and avoiding side effects"
        elif word == "and" and nxt is not None and lowers[nxt] in ("a", "an") and position + 2 < len(words) and \
                _change_word(analysis, words[position + 2]) and _second_outcome(words, lowers, position, predicates):
            cuts.append((nxt, True, SECOND_OUTCOME))  # "… results in fewer side effects and a better quality of life"
        elif word == "and" and nxt is not None and prev is not None and prev not in predicates and \
                first_predicate < i and (nxt in predicates or lowers[nxt] in ELLIPSIS_ADVERBS) \
                and not (lowers[prev] in PARTICLES and position > 1 and words[position - 2] in predicates):
            # "… cells and prevent them from spreading", "… and potentially a cure"; not "seek out and destroy
            # cancer cells", two verbs of one object
            cuts.append((nxt, True, PLAIN))
        elif word in ("and", "as", "because", "since") and prev is not None and lowers[prev] == "," and \
                nxt is not None and lowers[nxt] in CLAUSE_OPENERS and any(p > nxt for p in predicates):
            # ", and the options available were limited", ", as this cancer is known to come back": a clause of its own
            cuts.append((nxt if word == "and" else i, False, PLAIN))
        elif word == "unlike" and nxt is not None:
            cuts.append((i, False, PLAIN))
        elif word == "which" and prev is not None and lowers[prev] == "," and nxt is not None:
            cuts.append((nxt, False, WHICH))
        elif word == "that" and prev is not None and tokens[prev].lemma in FRAME_VERBS and nxt is not None:
            cuts.append((nxt, False, FRAME))
        elif word == "that" and nxt is not None and _describes_complement(analysis, words, position, predicates):
            cuts.append((i, True, COMPLEMENT_RELATIVE))  # "X is a persistent cancer that requires …": more about X
    # "… progress with novel therapies including drugs like A and B that attack cancer cells": the examples and
    # what the relative clause says of them are a claim of their own
    examples = _examples_with_relative(analysis, words, lowers, predicates)
    if examples:
        cuts.append((examples, False, EXAMPLES))
    # "This condition, known as relapsed myeloma (RMM), demands …": the naming is a definition of its own, and the
    # main verb after the closing comma keeps the subject
    for position, i in enumerate(words[:-2]):
        if lowers[i] == "," and lowers[words[position + 1]] in NAMING_WORDS and lowers[words[position + 2]] in ("as", "by"):
            closing = next((j for j in words[position + 3:] if lowers[j] == ","), None)
            if closing is not None and closing + 1 < last:
                cuts.append((closing + 1, True, PLAIN))
    appositions = _appositions(analysis, words, lowers, predicates)
    cuts += [(start, False, APPOSITION) for start in appositions["defining"]]
    if appositions["opening"]:
        cuts.append((appositions["opening"][1], True, PLAIN))
    # "While X has been effective, Y …": the subordinate clause ends at the first comma after its predicate
    if words and lowers[opening] in SUBORDINATORS:
        for i in words[1:]:
            if lowers[i] == "," and any(opening < p < i for p in predicates):
                cuts.append((i + 1, False, PLAIN))
                break
    clauses: list[_Clause] = []
    starts = sorted({(c[0], c[1], c[2]) for c in cuts if first < c[0] < last})
    bounds = [(first, False, PLAIN)] + starts
    for n, (start, inherit, kind) in enumerate(bounds):
        end = bounds[n + 1][0] if n + 1 < len(bounds) else last
        # drop the connective and punctuation that introduced the next clause, and the final full stop
        while end > start and (tokens[end - 1].is_space or tokens[end - 1].lower in
                               {",", ";", ".", "!", ":", "while", "whereas", "but", "and", "also", "which", "that",
                                "–", "—", "-"} | EXAMPLE_OPENERS):
            end -= 1
        if start < first:
            continue
        hint = None
        if kind == WHICH:  # ", which": the antecedent is the phrase before the comma
            hint = _phrase_before(analysis, clauses[-1] if clauses else None, start)
        if kind == FRAME and clauses and len(clauses[-1].words(analysis)) <= 12:
            clauses.pop()  # the frame before "is that" / "means that"
        if kind == EXAMPLES:  # the examples are the subject of their relative clause
            relative = next((j for j in range(start, end) if tokens[j].lower in RELATIVES), end)
            hint = (start, relative)
        if kind == APPOSITION:  # an apposition after a clause: it defines the noun before the mark
            hint = _noun_before(analysis, clauses[-1]) if clauses else None
        clauses.append(_Clause(start, end, inherit, hint, apposition=kind == APPOSITION,
                               shares_verb=kind == SECOND_OUTCOME, relative=kind in (EXAMPLES, COMPLEMENT_RELATIVE)))
        if kind == SECOND_OUTCOME and len(clauses) > 1:  # two outcomes of one verb: one finding, said of each outcome
            clauses[-2].topic_span = clauses[-1].topic_span = clauses[-2].verb_span = clauses[-1].verb_span = (
                clauses[-2].first, end)
        elif kind in (APPOSITION, EXAMPLES, COMPLEMENT_RELATIVE) and len(clauses) > 1:
            # the clause before may name its topic only there: "… our primary outcome, the proportion of obese women"
            clauses[-2].topic_span = ((clauses[-2].topic_span or (clauses[-2].first, clauses[-2].last))[0], end)
    if appositions["opening"] and clauses:  # "Multiple sclerosis, a disease of the nerves, …": the opening defines
        clauses[0].apposition = True
        clauses[0].subject_hint = appositions["opening"][0]
    return [c for c in clauses if c.first < c.last]


def _appositions(analysis: Analysis, words: list[int], lowers: dict[int, str], predicates: set[int]) -> dict:
    """Noun phrases set off by a comma or dash that define the noun before them (no parser: an article, then
    words with no verb and no punctuation).

    - "defining": after a complete clause, the apposition carries a relative clause of its own ("… affects the
      bone marrow, the spongy tissue inside bones that produces blood cells"; "… remission – a state where no
      disease is found"): the token where each such apposition starts.
    - "opening": the sentence opens with a bare noun phrase and an apposition, then the verb ("Multiple sclerosis,
      a disease of the nerves, often begins in young adults"): ((first, last) of the opening noun phrase, the
      token where the predicate's clause starts), or None.
    """
    tokens = analysis.tokens
    found: dict = {"defining": [], "opening": None}
    first_verb = next((n for n, j in enumerate(words) if _is_verb(analysis, j, predicates)), len(words))
    first_punct = next((n for n, j in enumerate(words) if tokens[j].is_punct), len(words))
    for position, i in enumerate(words[:-2]):
        if lowers[i] not in APPOSITION_MARKS or lowers[words[position + 1]] not in ARTICLES:
            continue
        phrase_end = position + 2  # walk the noun phrase after the article
        while phrase_end < len(words) and words[phrase_end] not in predicates and \
                not tokens[words[phrase_end]].is_punct and lowers[words[phrase_end]] not in RELATIVES:
            phrase_end += 1
        if phrase_end == position + 2 or phrase_end >= len(words):
            continue
        before = words[:position]
        stop = lowers[words[phrase_end]]
        if first_verb < position:
            # after a clause: only an apposition with its own relative clause is a definition of its own
            following = words[phrase_end + 1:phrase_end + 4]
            if stop in RELATIVES and any(_is_verb(analysis, j, predicates) for j in following):
                found["defining"].append(words[position + 1])
        elif stop == "," and position > 0 and lowers[before[0]] not in INTRO_WORDS | PREPOSITIONS and \
                first_punct >= position and phrase_end + 1 < len(words) and \
                _is_verb(analysis, words[phrase_end + 1], predicates) and found["opening"] is None:
            found["opening"] = ((before[0], before[-1] + 1), words[phrase_end + 1])
    return found


def _is_verb(analysis: Analysis, i: int, predicates: set[int]) -> bool:
    """A predicate from the cue lexicon, or an inflected form of a known verb ("continues", "spread")."""
    token = analysis.tokens[i]
    return i in predicates or (token.lower != token.lemma and token.lower.endswith(("s", "ed"))
                               and token.lemma in verb_lemmas())


def _describes_complement(analysis: Analysis, words: list[int], position: int, predicates: set[int]) -> bool:
    """'that' at `position` opens a relative clause on the complement of 'X is a/an ADJ … NOUN' and says more
    about X ("Myeloma is a persistent blood cancer that requires …"). Not when the noun phrase is 'a type / form
    of Y' or names a bare class ("a disease that affects the skin"): there the relative clause is the definition."""
    tokens = analysis.tokens
    if position + 1 >= len(words) or not _verb_after_relative(analysis, words[position + 1], predicates):
        return False
    copula = None
    for p in range(position - 1, 0, -1):  # back over the noun phrase: no punctuation, verb or "of" in it
        if tokens[words[p]].lemma == "be":
            copula = p
            break
        if tokens[words[p]].is_punct or tokens[words[p]].lower == "of" or words[p] in predicates:
            return False
    if copula is None or words[copula] not in predicates:
        return False
    return position - copula - 1 >= 3 and tokens[words[copula + 1]].lower in ("a", "an")


def _examples_with_relative(analysis: Analysis, words: list[int], lowers: dict[int, str],
                            predicates: set[int]) -> int | None:
    """Where the examples start when a clause's predicate is followed by 'including / like / such as' examples
    that carry their own relative clause (a list of nouns: no comma, preposition or verb in between) and no verb
    after it ("… has seen progress with therapies including drugs like A and B that attack cancer cells more
    precisely")."""
    for position, i in enumerate(words[:-1]):
        word = lowers[i]
        opener = word in ("including", "like") or (word == "such" and lowers[words[position + 1]] == "as")
        if not opener or min(predicates, default=i) >= i:
            continue
        start = position + (2 if word == "such" else 1)
        for later in range(start + 1, len(words) - 1):
            if lowers[words[later]] == "," or lowers[words[later]] in PREPOSITIONS - {"like", "as"} or \
                    any(m.first == words[later] and m.label == "predicate"
                        for m in analysis.of_kind("cue", words[later], words[later] + 1)):
                break  # a comma, preposition or verb first: the examples end before it, the relative is not theirs
            if lowers[words[later]] in ("that", "which", "who") and \
                    _verb_after_relative(analysis, words[later + 1], predicates):
                rest = words[later + 2:]
                verbs = {m.first for m in analysis.of_kind("cue", words[later], words[-1] + 1)
                         if m.label == "predicate"}
                if not any(j in verbs for j in rest):
                    return words[start]
                break
        return None  # only the first example list of the clause
    return None


def _verb_after_relative(analysis: Analysis, i: int, predicates: set[int]) -> bool:
    """Right after 'that / which / who', a word that can be a verb is the relative clause's verb ("drugs that open
    the airways")."""
    return _is_verb(analysis, i, predicates) or analysis.tokens[i].lower in verb_lemmas()


def _noun_before(analysis: Analysis, clause: _Clause) -> tuple[int, int] | None:
    """The noun an apposition defines: a concept that ends the clause before it, else the words that end it after
    its last verb, preposition or punctuation ("is made in the pancreas" -> "pancreas")."""
    ending = [m for m in analysis.of_kind("concept", clause.first, clause.last) if m.last == clause.last]
    if ending:
        widest = min(ending, key=lambda m: m.first)
        return (widest.first, widest.last)
    tokens = analysis.tokens
    predicates = set(_predicates(analysis, clause.first, clause.last))
    start = clause.last
    while start > clause.first and not tokens[start - 1].is_punct and tokens[start - 1].lower not in PREPOSITIONS \
            and tokens[start - 1].lower not in ARTICLES and start - 1 not in predicates \
            and not _is_verb(analysis, start - 1, predicates):
        start -= 1
    return (start, clause.last) if start < clause.last else None


def _phrase_before(analysis: Analysis, clause: _Clause | None, which_at: int) -> tuple[int, int] | None:
    if clause is None:
        return None
    tokens = analysis.tokens
    end = clause.last
    start = end
    while start > clause.first and tokens[start - 1].lower not in {",", "unlike", "than", "like"}:
        start -= 1
    return (start, end) if start < end else None


def _is_claim(analysis: Analysis, clause: _Clause, follows_claim: bool = False,
              topic_words: frozenset[str] = frozenset()) -> bool:
    """A predicate, something medical (a concept, a word of the article's own topic or a number) to be about, and
    enough words to assert anything. A clause
    that carries on the subject of a claim in the same sentence ("… accumulate in the marrow, disrupting normal
    blood cell production", "… and improving outcomes"), or defines a noun of it ("… is made in the pancreas, the
    gland that …"), is about that claim's topic: it needs no topic of its own and two words can assert something.
    Not a participle in a list ("while driving, how …") or a gerund that is the subject of a later verb
    ("…, proceeding straight to biopsy …, is suggested")."""
    first, last = clause.first, clause.last
    tokens = analysis.tokens
    positions = [n for n, i in enumerate(clause.words(analysis)) if not tokens[i].is_punct]
    words = [tokens[i] for i in clause.words(analysis) if not tokens[i].is_punct]
    if words and words[0].lower in RESULT_ADVERBS | {"by"} and clause.inherit_subject:
        words, positions = words[1:], positions[1:]  # ", thereby enhancing …", "by replacing …": the participle
    continues_claim = follows_claim and bool(words) and (
        clause.apposition or clause.relative or (clause.inherit_subject and _participle(words[0])
                                                 and _has_complement(analysis, clause.words(analysis), positions[0])
                                                 and not _verb_after_comma(analysis, clause)))
    if len(words) < (2 if continues_claim else 3):
        return False
    has_predicate = clause.apposition or clause.shares_verb or clause.relative or bool(
        _predicates(analysis, first, last)) or (
        clause.inherit_subject and (
            words[0].lower.endswith("ing")  # "… while leaving healthy cells unharmed"
            or words[0].lower in ELLIPSIS_ADVERBS  # "… and potentially even a cure": the verb is the first clause's
            or _past_participle(words[0])))  # "…, tailored to each patient"
    topic_first, topic_last = clause.topic_span or (first, last)
    has_topic = continues_claim or bool(analysis.of_kind("concept", topic_first, topic_last)) or any(
        t.like_num or t.lemma in topic_words for t in analysis.tokens[topic_first:topic_last])
    return has_predicate and has_topic


@lru_cache(maxsize=1)
def load_topic_lexicon() -> tuple[int, frozenset[str]]:
    """pipeline/lexicons/topics.yml: how often a title word must recur, and the generic words that never count."""
    data = read_yaml("lexicons/topics.yml")
    unknown = set(data) - {"min_repeats", "generic_words"}
    if unknown or not isinstance(data.get("min_repeats"), int) or not isinstance(data.get("generic_words"), list):
        raise DataError(f"needs min_repeats (a number) and generic_words (a list); unknown keys {sorted(unknown)}",
                        "pipeline/lexicons/topics.yml")
    return data["min_repeats"], frozenset(str(w).lower() for w in data["generic_words"])


def find_topic_words(analysis: Analysis) -> frozenset[str]:
    """Lemmas of what the article is about: content words of its title (the headings before its first sentence,
    with any breadcrumb or date line) and of its lead sentence that occur at least `min_repeats` more times after
    the words they come from. Stop words, generic words (lexicons/topics.yml), cue words (verbs, hedges,
    directions) and verb forms in -ed / -ing are left out."""
    from spacy.lang.en.stop_words import STOP_WORDS

    lead = next((n for n, s in enumerate(analysis.segments) if s.kind == "sentence"), None)
    if lead is None:
        return frozenset()
    title = [s for s in analysis.segments[:lead] if s.kind == "heading"]
    lead_sentence = analysis.segments[lead]
    min_repeats, generic = load_topic_lexicon()
    tokens = analysis.tokens
    verbs = verb_lemmas()

    def content_words(segment, in_title: bool) -> set[str]:
        cue_words = {i for m in analysis.of_kind("cue", segment.first, segment.last)
                     if not m.label.startswith("category:") for i in range(m.first, m.last)}
        found = set()
        for i in range(segment.first, segment.last):
            token = tokens[i]
            if not token.lower.isalpha() or len(token.lower) < 3 or i in cue_words or token.lower in STOP_WORDS \
                    or token.lemma in generic or token.lemma in STOP_WORDS:
                continue
            if not in_title and i > segment.first and _in_proper_name(tokens, i, segment):
                continue  # "researchers at Aarhus University", "said Dr. Jensen": who, not what
            if token.lower.endswith(("ed", "ing")) and token.lemma != token.lower and token.lemma in verbs:
                continue  # "Using Dietary Supplements Wisely": what the article does, not what it is about
            found.add(token.lemma)
        return found

    title_words = set().union(*(content_words(s, True) for s in title))
    lead_words = content_words(lead_sentence, False) - title_words
    after_title = Counter(t.lemma for t in tokens[lead_sentence.first:])
    after_lead = Counter(t.lemma for t in tokens[lead_sentence.last:])
    return frozenset({w for w in title_words if after_title[w] >= min_repeats}
                     | {w for w in lead_words if after_lead[w] >= min_repeats})


def _in_proper_name(tokens, i: int, segment) -> bool:
    """A capitalised word inside a sentence that sits next to another capitalised word: part of a multi-word
    name of a person, place or institution ("Aarhus University", "Dr. Jensen"). A single capitalised word may be
    a disease ("an Ebola outbreak", "Lyme disease") and is kept."""
    def capitalised(j: int) -> bool:
        return segment.first < j < segment.last and tokens[j].text[:1].isupper() and not tokens[j].text.isupper()

    return capitalised(i) and (capitalised(i - 1) or capitalised(i + 1) or tokens[i - 1].lower in ("dr", "dr."))


def _verb_after_comma(analysis: Analysis, clause: _Clause) -> bool:
    """An auxiliary right after a comma inside the clause: the main verb after a participle phrase that is its
    subject ("…, proceeding straight to biopsy for all cases, except …, is suggested")."""
    words = clause.words(analysis)
    return any(analysis.tokens[a].lower == "," and analysis.tokens[b].lower in AUXILIARIES
               for a, b in zip(words, words[1:]))


def _continues(analysis: Analysis, clause: _Clause) -> bool:
    """The clause carries on the previous one's finding with no verb or modal of its own: a participle ("…,
    leading to relapse", "thereby reducing flares", "by replacing …") or a second outcome of the same verb."""
    words = [analysis.tokens[i] for i in clause.words(analysis)]
    if words and words[0].lower in RESULT_ADVERBS | {"by"}:
        words = words[1:]
    return clause.shares_verb or (clause.inherit_subject and bool(words) and _participle(words[0]))


def _has_complement(analysis: Analysis, words: list[int], position: int) -> bool:
    """The participle at `position` is followed by more of its phrase, not by a list separator or the sentence end:
    a verb with an object ("disrupting blood cell production", "avoiding or limiting damage"), not a noun in a
    list ("smell, tearing, and taste")."""
    if position + 1 >= len(words):
        return False
    following = analysis.tokens[words[position + 1]].lower
    if following in ("and", "or"):
        return position + 2 < len(words) and _participle(analysis.tokens[words[position + 2]])
    return following not in {",", ";", ".", ")", ":"}


def _parallel_participle(analysis: Analysis, words: list[int], position: int, predicates: set[int],
                         finite: set[int]) -> bool:
    """'and' at `position` joins a second participle phrase to a first one that heads its own phrase after a
    preposition, comma or result adverb ("for initiating treatment and improving outcomes", "in targeting X and
    avoiding Y"), after the clause's predicate, and no finite verb follows (then the phrases are a subject:
    "clearing heat and removing toxin should be used"). Not "avoiding or limiting", not "complex and challenging
    cancer"."""
    tokens = analysis.tokens
    if position + 1 >= len(words) or not _participle(tokens[words[position + 1]]):
        return False
    if position == 0 or _participle(tokens[words[position - 1]]):
        return False  # "avoiding or limiting": two verbs of one phrase
    earlier = next((p for p in range(position - 1, 0, -1) if _participle(tokens[words[p]])), None)
    if earlier is None or min(predicates, default=words[earlier]) >= words[earlier]:
        return False
    before = tokens[words[earlier - 1]].lower
    if before not in PREPOSITIONS and before not in RESULT_ADVERBS and before != "," or \
            not _has_complement(analysis, words, earlier):
        return False
    for j in words[position + 2:]:
        if tokens[j].is_punct:
            return True
        if j in finite and not tokens[j].lower.endswith("ing"):
            return False  # a verb follows: the participle phrases are its subject
    return True


def _after_state(analysis: Analysis, words: list[int], position: int, finite: set[int]) -> bool:
    """'by' at `position` follows a complete state clause ("X is / remains / becomes a cornerstone of care"): its
    only verb is a copula, not a passive, with at least two words of complement between it and 'by'. After an
    action verb ("works by", "offers hope by") the 'by' phrase is part of what the verb says."""
    tokens = analysis.tokens
    verbs = []
    for p in range(position - 1, -1, -1):
        if words[p] in finite:
            verbs.append(p)
            if len(verbs) > 1:
                return False
    if len(verbs) != 1 or tokens[words[verbs[0]]].lemma not in STATE_VERBS or position - verbs[0] <= 2:
        return False  # one verb only: "should be used to … control it by inhibiting …" is not a state
    return not tokens[words[verbs[0] + 1]].lower.endswith("ed")  # not a passive ("is suggested")


def _second_outcome(words: list[int], lowers: dict[int, str], position: int, predicates: set[int]) -> bool:
    """'and a/an <change word>' at `position` adds a second outcome to the clause's verb: a predicate comes before
    and no comma lies between it and 'and' (not the last item of a list: "pain, fatigue, and an increased risk")."""
    for p in range(position - 1, -1, -1):
        if words[p] in predicates:
            return True
        if lowers[words[p]] == ",":
            return False
    return False


def _past_participle(token) -> bool:
    """A regular past participle of a known verb that can open a reduced clause ("tailored", "designed")."""
    return (token.lower.endswith("ed") and token.lemma != token.lower and token.lemma in verb_lemmas()
            and token.lower not in QUALIFYING_PARTICIPLES)


def _change_word(analysis: Analysis, i: int) -> bool:
    """A comparison or change word ("better", "reduced", "fewer") that makes a noun phrase an outcome."""
    return analysis.tokens[i].lower in COMPARATIVES or any(
        m.first == i and m.label.startswith("direction:") for m in analysis.of_kind("cue", i, i + 1))


def _participle(token) -> bool:
    """A present participle of a verb that opens a clause ("leading", "making"), not "including" or "especially"."""
    return (token.lower.endswith("ing") and token.lemma != token.lower and token.lemma in verb_lemmas()
            and token.lower not in {"including", "regarding", "concerning", "following", "according", "during"})


def _predicates(analysis: Analysis, first: int, last: int) -> list[int]:
    """Token positions of the clause's predicates: verbs and auxiliaries from the cue lexicon, else inflected
    forms of known verbs not right after a determiner ("green tea extract shrinks kidney stones")."""
    found = sorted(m.first for m in analysis.of_kind("cue", first, last)
                   if m.label in ("predicate", "strength:causal"))
    if found:
        return found
    verbs = verb_lemmas()
    tokens = analysis.tokens
    return [i for i in range(first + 1, last)
            if (tokens[i].lower != tokens[i].lemma and tokens[i].lower.endswith(("s", "ed"))
                and tokens[i].lemma in verbs and tokens[i - 1].lower not in DETERMINERS and not tokens[i - 1].is_punct)
            or _plural_subject_verb(analysis, first, i)]


def _plural_subject_verb(analysis: Analysis, first: int, i: int) -> bool:
    """A base-form verb right after a plural subject, perhaps with a frequency adverb between ("most people recover
    from mumps", "symptoms usually appear after …", "they last a week"): the present tense of a plural, which has
    no ending to tell it by. The subject is a subject pronoun or a regular or irregular plural noun that is no verb
    form ("drinkers", "children"; not "makes sense")."""
    tokens = analysis.tokens
    verb = tokens[i]
    if verb.lower != verb.lemma or verb.lemma not in verb_lemmas() or verb.lower in AUXILIARIES:
        return False
    before = i - 1
    if before > first and tokens[before].lower in TRAILING_ADVERBS:
        before -= 1
    subject = tokens[before]
    if before < first or subject.is_punct:
        return False
    if subject.lower in PLURAL_SUBJECTS:
        return True
    return subject.lower != subject.lemma and not subject.lower.endswith(("ed", "ing", "ly")) \
        and subject.lemma not in verb_lemmas() and subject.lower.isalpha()


def _subject(analysis: Analysis, clause: _Clause, concepts, last_subject: str, topic: str) -> str:
    """The noun phrase before the first predicate, skipping introductions ("However, with advances in X,");
    pronouns and generic heads ("this approach") resolve to the previous subject or the latest treatment named."""
    tokens = analysis.tokens
    if clause.subject_hint:
        return analysis.text_of(*clause.subject_hint)
    predicates = _main_verbs(analysis, clause)
    if clause.inherit_subject or not predicates:
        return last_subject or topic
    pieces, start = [], clause.first
    for i in range(clause.first, predicates[0] + 1):
        if i == predicates[0] or tokens[i].lower in (",", "–", "—"):
            pieces.append((start, i))
            start = i + 1
    for lo, hi in pieces:
        while lo < hi and (tokens[lo].is_space or tokens[lo].is_punct or tokens[lo].lower in INTRO_WORDS):
            lo += 1
        while hi > lo and (tokens[hi - 1].is_space or tokens[hi - 1].is_punct
                           or tokens[hi - 1].lower in INTRO_WORDS | TRAILING_ADVERBS | {"who", "that", "which"}):
            if tokens[hi - 1].lower == ")" and "(" in analysis.text_of(lo, hi - 1):
                break  # "such as t(4;14)" keeps its bracket
            hi -= 1
        if lo >= hi or tokens[lo].lower in PREPOSITIONS:
            continue
        subject = analysis.text_of(lo, hi)
        words = subject.lower().split()
        if words[0] in PRONOUNS and all(w in GENERIC_HEADS or w in PRONOUNS for w in words):
            return _resolve(analysis, clause.first, concepts, last_subject) or topic or subject
        return subject
    return last_subject or topic


def _main_verbs(analysis: Analysis, clause: _Clause) -> list[int]:
    """Predicates that can end the subject: not a cue word used as a noun or adjective after an article or
    possessive ("the fight against", "its ability"), before "of / such as" ("side effects of"), an infinitive, an
    -ing form not after "be" ("emerging therapies"), a word inside a longer disease or treatment name ("relapsed
    multiple myeloma"), or a causal cue that is no verb ("more effective drugs"); after an opening gerund
    ("Managing relapsed myeloma remains …") only an auxiliary or an -s verb ends it."""
    tokens = analysis.tokens
    verbs = verb_lemmas()
    concepts = load_concepts()
    inside = {i for m in analysis.of_kind("concept", clause.first, clause.last) if m.last - m.first > 1
              and m.label in concepts and concepts[m.label].type in SUBJECT_TYPES for i in range(m.first, m.last)}
    cued = {m.first: m.label for m in analysis.of_kind("cue", clause.first, clause.last)
            if m.label in ("predicate", "strength:causal", "strength:correlational")}

    def candidates(is_verb) -> list[int]:
        found = []
        for i in range(clause.first + 1, clause.last):
            if not is_verb(i):
                continue
            if tokens[i - 1].lower in ARTICLES | NOUN_MARKERS | {"to"} or i in inside:
                continue  # "the fight against", "its ability", "to spread", "relapsed multiple myeloma"
            if tokens[i].lower.endswith("ing") and tokens[i - 1].lemma != "be":
                continue  # "emerging immunotherapies offer …": an -ing form is a main verb only after "be"
            if i + 1 < clause.last and tokens[i + 1].lower in {"of", "such", "like", "including"}:
                continue  # "side effects of", "changes such as": a noun with its complement
            found.append(i)
        return found

    # cue verbs first ("more effective drugs": a causal cue that is no verb does not count); an inflected verb
    # with no cue ("makes") only when there is none, since plural nouns look the same ("studies", "factors")
    found = candidates(lambda i: cued.get(i) == "predicate" or (i in cued and tokens[i].lemma in verbs)) or \
        candidates(lambda i: tokens[i].lower != tokens[i].lemma and tokens[i].lower.endswith(("s", "ed"))
                   and tokens[i].lemma in verbs)
    words = clause.words(analysis)
    if words and _participle(tokens[words[0]]):
        found = [i for i in found if tokens[i].lower in AUXILIARIES or tokens[i].lower.endswith("s")]
    return found or [i for i in _predicates(analysis, clause.first, clause.last) if i > clause.first]


def _resolve(analysis: Analysis, before: int, concepts, last_subject: str) -> str:
    """Centering: the previous clause's subject if it names something, else the latest treatment or disease."""
    if last_subject and last_subject.split()[0].lower() not in PRONOUNS:
        return last_subject
    return _antecedent(analysis, before, concepts)


def _antecedent(analysis: Analysis, before: int, concepts) -> str:
    """The most recent treatment or disease mentioned in the same block (or the one before)."""
    segment = analysis.segment_at(before)
    lo = analysis.block_first(segment.block - 1) if segment else 0
    best: Mention | None = None
    for mention in analysis.of_kind("concept", lo, before):
        concept = concepts.get(mention.label)
        if concept and concept.type in SUBJECT_TYPES and mention.label not in ("treatment", "cancer"):
            if best is None or mention.first > best.first:
                best = mention
    return analysis.text_of(best.first, best.last) if best else ""


def _negated(analysis: Analysis, clause: _Clause, modifiers, cues) -> bool:
    """Negated when a negation reaches the claim's predicate or causal verb."""
    heads = [m for m in cues if m.label in ("strength:causal", "predicate", "strength:absolute")]
    for modifier in modifiers:
        if analysis.negates(modifier) and any(modifier.covers(h.first, h.last) for h in heads):
            return True
    return False


def _strength(labels: set[str], hedged: bool, negated: bool, category: str) -> str:
    """Yu et al. 2019: correlational / conditional (hedged) / direct causal / none; plus absolute. A definition
    asserts no relationship even when it uses a verb ("a cancer that affects the bone marrow"), nor does a
    recommendation ("should be screened", "further studies are needed") or a report of earlier work ("previous
    studies suggested that"); a comparison without a causal verb is an observed difference, correlational."""
    if labels & {"strength:recommendation", "strength:prior_work"}:  # "should", "previous studies suggested that"
        return "none"
    if "strength:correlational" in labels:  # "associated with lower risk" stays correlational
        return "correlational"
    if labels & {"strength:comparison", "strength:risk"} and "strength:causal" not in labels:
        return "correlational"  # "higher in X than in Y", "smokers are at higher risk"
    if hedged:
        return "conditional"
    if "strength:absolute" in labels and not negated:
        return "absolute"
    if category == "definition":
        return "none"
    return "direct" if "strength:causal" in labels else "none"


def _category(analysis: Analysis, clause: _Clause, labels: set[str], concepts) -> str:
    """Cure, safety, statistic and definition cues decide outright (in that order); otherwise the most cued of
    mechanism, efficacy and prognosis, efficacy winning ties when a treatment is named."""
    cues = [m.label.split(":", 1)[1] for m in analysis.of_kind("cue", clause.first, clause.last)
            if m.label.startswith("category:")]
    tokens = analysis.tokens[clause.first:clause.last]
    has_number = any(t.like_num for t in tokens)
    rate_trend = "category:statistic" in labels and "strength:causal" in labels
    for category in ("cure", "safety", "statistic", "definition"):
        if category in cues and (category != "statistic" or has_number or rate_trend):
            return category
    if clause.apposition:  # "X, a cancer of plasma cells": a noun phrase that says what X is
        return "definition"
    votes = {c: cues.count(c) for c in ("efficacy", "prognosis", "mechanism") if c in cues}
    if not votes:
        return "other"
    has_treatment = any(concepts[m.label].type in ("treatment", "drug_class", "drug")
                        for m in analysis.of_kind("concept", clause.first, clause.last))
    order = ("efficacy", "mechanism", "prognosis") if has_treatment else ("prognosis", "mechanism", "efficacy")
    return max(votes, key=lambda c: (votes[c], -order.index(c)))
