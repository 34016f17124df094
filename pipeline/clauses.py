"""Sentence -> clauses: where a new assertion starts, found without a parser from connectives, punctuation,
word shapes and the lexicon mentions of the analysis (predicates, causal cues). Each clause is a candidate claim
for `pipeline.claims`, which decides whether it is one and reads its subject, strength and category."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from pipeline.errors import DataError
from pipeline.ingest import noun_lemmas
from pipeline.nlp import Analysis
from pipeline.patterns import english_lookup, read_word_sets, verb_lemmas

DETERMINERS = {"the", "a", "an", "of", "these", "those", "this", "that", "its", "their", "our", "your", "my", "his",
               "her", "some", "many", "more", "fewer", "less", "several", "all", "any", "no", "each", "every",
               "other", "another", "such", "new", "and", "or", "with", "in", "for", "to", "by", "on", "from", "side"}
SUBORDINATORS = {"while", "although", "though", "whereas"}
# a sentence opened by a condition or a concession: a ", but" inside it belongs to it ("If you are diagnosed, but
# have no symptoms, …")
CONDITION_OPENERS = SUBORDINATORS | {"if", "when", "unless"}
# The tokenizer splits "can't" and "won't" into "ca" / "wo" + "n't" (and "cannot" into "can" + "not"): the first
# pieces are the auxiliaries of a clause like "can" and "will" (", and vitamin C can't cure colds")
CONTRACTED_AUXILIARIES = {"ca", "wo"}
AUXILIARIES = {"have", "has", "had", "is", "are", "was", "were", "can", "may", "might", "could", "will", "would",
               "does", "do", "did"} | CONTRACTED_AUXILIARIES
# "… and potentially even a cure": after "and", these open a claim that shares the first clause's verb
ELLIPSIS_ADVERBS = {"potentially", "possibly", "perhaps", "even", "eventually", "ultimately"}
# after ", and" these open a clause with its own subject (not the last item of a list: "pain, fatigue, and anemia")
CLAUSE_OPENERS = {"the", "this", "these", "those", "it", "they", "there", "its", "their", "we", "our", "many",
                  "most", "some", "such"}
# after "and" with no comma these open a subject of its own when a verb with a tense follows its noun ("… and the rash
# heals", "… and my eczema has cleared", "… and every step becomes agony"); not "a"/"an", which open a second object
SUBJECT_DETERMINERS = frozenset({"the", "this", "these", "those", "its", "their", "our", "your", "my", "his", "her",
                                 "many", "most", "some", "every", "each"})
# "the bone marrow, the spongy tissue that …", "remission – a state where …": a noun phrase set off after a noun
APPOSITION_MARKS = {",", "-", "–", "—"}
ARTICLES = {"a", "an", "the"}
INDEFINITE_ARTICLES = frozenset({"a", "an"})  # "a", "an": one of a kind, not the one named
MODALS = {"can", "could", "may", "might", "must", "should", "will", "would"} | CONTRACTED_AUXILIARIES
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
WH_WORDS = {"what", "who", "whom", "whose", "which", "how", "why", "when", "where"}
EXAMPLE_OPENERS = {"including", "like", "such", "as"}  # "therapies including / like / such as …"
# every cut in the word loop of `cut_clauses` is made at one of these words (a new cut adds its word here)
CUT_WORDS = {";", ":", ",", "while", "whereas", "but", "and", "by", "as", "because", "since", "unlike", "which", "that",
             "so", "although", "though"}
FRAME_VERBS = {"be", "mean"}  # "One benefit is that …", "This means that …": the frame itself asserts nothing
INTRO_WORDS = {"however", "additionally", "moreover", "furthermore", "also", "overall", "traditionally", "thus",
               "therefore", "hence", "indeed", "importantly", "finally", "consequently", "similarly", "instead", "so",
               "and", "but", "meanwhile", "notably", "today", "currently", "not", "only", "even", "still", "now",
               "fact", "conclusion", "summary", "addition", "particular", "general"}
PREPOSITIONS = {"with", "in", "for", "as", "by", "despite", "after", "during", "among", "from", "on", "at", "over",
                "through", "since", "before", "until", "when", "if", "because", "although", "though", "while",
                "whereas", "unlike", "like", "to", "of", "under", "within", "without", "once", "given"}
# the words after which "'s" is "is" or "has" ("it's", "there's", "what's"); after any other word it is a possessive
CONTRACTION_HOSTS = {"it", "that", "there", "here", "he", "she", "what", "who", "where", "how", "when", "why", "let",
                     "this", "everyone", "everything", "nothing", "something", "someone", "one"}
IS_CONTRACTIONS = frozenset({"'s", "\u2019s"})  # "there's", "it’s": the verb of the host before it
PLURAL_SUBJECTS = {"they", "we", "you", "people"}  # "people recover", "they last": a base-form verb is their tense
# the third person singular's subject pronouns: an -s verb is their tense ("It helps", "She says")
SINGULAR_PRONOUNS = frozenset({"it", "he", "she"})
# a sentence's opening subject pronouns that a verb in the -s form follows ("It helps", "This means", "That shows")
OPENING_PRONOUNS = SINGULAR_PRONOUNS | {"this", "that"}
# after "and" with no comma, a subject pronoun and its auxiliary open a second main clause ("… and it is not
# contagious", "… and they can spread"): the auxiliary after the pronoun shows it is a subject, not an object. The
# plural pronouns that open a clause ("they", "we"; not "you": "Take it and you will …" is an instruction's result)
SUBJECT_PRONOUNS = SINGULAR_PRONOUNS | (PLURAL_SUBJECTS & CLAUSE_OPENERS) | {"there"}
# the personal pronouns, each the subject of a clause of its own ("the impact they have"; not "there")
CLAUSE_PRONOUNS = frozenset(SUBJECT_PRONOUNS - {"there"} | {"i", "you"})
# quantifiers that stand for a plural subject when they open it, before an adverb ("Many even leave …", "Others
# also say …")
PLURAL_PRONOUNS = frozenset({"many", "most", "some", "several", "few", "both", "others"})
# "they all need …", "patients all receive …": a quantifier floated between a plural subject and its verb; no
# adverb, so not among lexicons/heads.yml `focus_adverbs`, which a head's main verb is found past (`subject_adverbs`)
FLOATING_QUANTIFIERS = frozenset({"all"})
TRAILING_ADVERBS = {"often", "usually", "sometimes", "generally", "typically", "frequently", "always", "never",
                    "rarely", "commonly"}  # "they often come with …": the subject is "they"
# unions the word tests below use, built once (a union written in a test is built at every token)
# the determiners that open an object noun phrase ("strengthen the muscles", "track your steps"); no pronoun
# ("Relieves pain you can feel") and no quantifier, which opens a time as well ("Burns fat every day")
OBJECT_DETERMINERS = frozenset(ARTICLES | {"this", "these", "those", "its", "their", "our", "your", "my", "his"})
LIST_JOINERS = frozenset({"and", "or", "&"})  # "Bites and stings", "Cuts & grazes": words that join a list
PREPOSITIONS_OR_JOINERS = frozenset(PREPOSITIONS | {"and", "or"})
PREPOSITIONS_OR_RELATIVES = frozenset(PREPOSITIONS | RELATIVES)
NO_BASE_VERB = frozenset(PREPOSITIONS | RELATIVES | AUXILIARIES | MODALS | ARTICLES)

# What opened a clause (the third item of a cut), where it matters for its subject, topic or strength
# (MAIN_CLAUSE: a second main clause with a subject of its own after ", and" / ", but")
PLAIN, WHICH, FRAME, APPOSITION, SECOND_OUTCOME, EXAMPLES, COORDINATED_VERB, AFTER_RELATIVE, MAIN_CLAUSE, SPARED, \
    AFTER_LEAD = range(11)
# ", without their side effects", ", with no crash and no jitters", ", with none of the rebound congestion": after a
# comma, what a claim is said to come without (the words after "with" that deny what follows)
ABSENCE_DENIALS = frozenset({"no", "none", "zero"})
SPARED_DETERMINERS = frozenset({"the", "their", "its", "any", "all"})


@dataclass
class Clause:
    """A candidate claim: tokens [first, last) of a sentence, and what the cut that opened it says about it."""

    first: int
    last: int
    inherit_subject: bool = False
    subject_hint: tuple[int, int] | None = None
    apposition: bool = False  # "X, a cancer of plasma cells": the noun phrase defines X, with no verb of its own
    shares_verb: bool = False  # "… results in fewer side effects and a better quality of life": the same verb
    relative: bool = False  # "drugs like A that attack …": cut at a relative verb
    # ", which …" after a clause: its subject hint is a noun of the clause before, not the sentence's own subject
    which: bool = False
    topic_span: tuple[int, int] | None = None  # where to look for what the clause is about, when wider than it
    verb_span: tuple[int, int] | None = None  # the verb and both outcomes it shares: where strength is read
    # "… should assess X and provide Y", "needed to reduce X and alleviate Y": a second verb phrase of the clause
    # before, in the same form as its verb, so under the same modal, recommendation, purpose or report
    coordinated: bool = False
    # "Previous studies found that X, and that Y": a second 'that' complement is said under the frame of the first,
    # the words [first, last) before the first 'that' (their report, recommendation or hedge)
    frame: tuple[int, int] | None = None
    # a second main clause with a subject of its own (", and chromium helps …", ", but consulting a doctor is
    # essential …"): put to the sentence tests of its own (calls to action, meta-text)
    main_clause: bool = False
    # ", without their side effects", ", with no crash and no jitters" closing a sentence: what the clause before is
    # said to come without, a claim of its own when that clause is one (the harm or the burden it spares)
    spared: bool = False

    def words(self, analysis: Analysis) -> list[int]:
        tokens = analysis.tokens
        return [i for i in range(self.first, self.last) if not tokens[i].is_space]


def _verb_after_next_comma(words: list[int], lowers: dict[int, str], position: int, predicates: set[int]) -> bool:
    """The next comma after `position` is followed by a verb: what lies between is set off inside a clause."""
    for p in range(position + 1, len(words) - 1):
        if lowers[words[p]] == ",":
            return lowers[words[p + 1]] in AUXILIARIES or words[p + 1] in predicates
    return False


def cut_clauses(analysis: Analysis, first: int, last: int) -> list[Clause]:
    """Cut a sentence where a new assertion starts. A speaker's attribution after a quotation ('…,” said Dr. Ali,
    director of …') names who says it: it is left out of every clause."""
    tokens = analysis.tokens
    last = _before_attribution(analysis, first, last)
    cuts: list[tuple[int, bool, int]] = []  # (token index where a clause starts, inherits subject, skip)
    predicates = _predicates(analysis, first, last)
    # "the risks and benefits of the treatment": a predicate word before "of" is a noun, no verb a clause starts at
    nouns = {i for i in predicates if _noun_before_of(tokens, i, last)}
    words = [i for i in range(first, last) if not tokens[i].is_space]
    lowers = {i: tokens[i].lower for i in words}
    opening = words[0] if words else first
    # looked up once per sentence, so that long sentences cost linear time
    first_predicate = min(predicates, default=last)
    first_relative = next((i for i in words if lowers[i] in RELATIVES), last)
    finite = {m.first for m in analysis.of_kind("cue", first, last) if m.label == "predicate"
              and not possessive(tokens, m.first)}
    for position, i in enumerate(words):
        word = lowers[i]
        if word not in CUT_WORDS:
            continue
        nxt = words[position + 1] if position + 1 < len(words) else None
        prev = words[position - 1] if position else None
        if word == "and" and _aside_conjunction(words, lowers, position):
            continue  # "can control—and even reverse—your diabetes": the aside shares the clause's object
        if word == ";" and nxt is not None:
            cuts.append((_after_markers(tokens, nxt, last), False, PLAIN))  # "effects;[6] those …"
        elif word == "," and nxt is not None and _absence_closes(analysis, words, lowers, position, predicates):
            cuts.append((nxt, True, SPARED))  # "… as well as ibuprofen, without the stomach problems"
        elif word == ":" and nxt is not None and position > 0 and _clause_after_colon(analysis, words, position,
                                                                                       predicates):
            # "The science backs this up: autophagy reduces inflammation, …": what follows the colon is a clause
            # with a subject of its own
            cuts.append((nxt, False, PLAIN))
        elif word in ("while", "whereas") and i != opening and nxt is not None:
            cuts.append((nxt, lowers[nxt].endswith("ing"), PLAIN))
        elif word == "but" and nxt is not None and lowers.get(nxt) in ("also", "it", "they", "this", "these"):
            cuts.append((words[position + 2] if lowers[nxt] == "also" and position + 2 < len(words) else nxt,
                         lowers[nxt] == "also", PLAIN))
        elif word == "but" and nxt is not None and lowers[nxt] in AUXILIARIES:
            cuts.append((nxt, True, PLAIN))  # "have not only extended X but have also improved Y"
        elif word == "," and nxt is not None and participle(tokens[nxt]) and position > 1 and \
                has_complement(analysis, words, position + 1) and \
                not _after_list_item(words, lowers, position, predicates) and \
                not _between_adjectives(analysis, words, lowers, position) and \
                not (_participle_items_before(analysis, words, lowers, position, predicates) >= 1
                     and _participle_item_follows(analysis, words, lowers, position + 1)) and \
                not (first_predicate > i and _verb_after_next_comma(words, lowers, position, predicates)) and \
                not (first_predicate > i and position <= 3 and lowers[words[position - 1]] in INTRO_WORDS):
            # ", leading to …", ", crowding out normal cells" (not "smell, tearing," nor an item of a list of
            # nouns: "include headache, dizziness, feeling sick, …", nor a phrase set off between a subject and
            # its verb: "Regular screening, beginning at age 45, is the key …", nor the subject after an opening
            # phrase: "In addition, cupping therapy can be used …")
            cuts.append((nxt, True, PLAIN))
        elif word == "," and nxt is not None and _series_verb(lowers, nxt, first_predicate, i, predicates - nouns):
            # "Standing tall boosts confidence, increases testosterone and lowers stress hormones": a series of
            # predicates of one subject, each a claim of its own, as the "and" before the last one cuts
            cuts.append((nxt, True, PLAIN))
        elif word == "," and nxt is not None and lowers[nxt] in RESULT_ADVERBS and position + 2 < len(words) and \
                participle(tokens[words[position + 2]]) and first_predicate < i:
            cuts.append((nxt, True, PLAIN))  # ", thereby enhancing efficacy"
        elif word == "," and nxt is not None and past_participle(tokens[nxt]) and position + 2 < len(words) and \
                lowers[words[position + 2]] in PREPOSITIONS and first_predicate < i and first_relative > i:
            # "… treatment options, tailored to each patient's profile"; not "The study, which is …, looked at"
            cuts.append((nxt, True, PLAIN))
        elif word == "and" and nxt is not None and prev is not None and nxt in predicates and \
                lowers[nxt] in {"can", "may", "might", "could", "will", "has", "have", "is", "are", "also", "often"} | \
                CONTRACTED_AUXILIARIES:
            cuts.append((nxt, True, PLAIN))
        elif word == "by" and nxt is not None and participle(tokens[nxt]) and \
                _after_state(analysis, words, position, finite):
            cuts.append((i, True, PLAIN))  # "Transplants remain a cornerstone by replacing …": how, said apart
        elif word == "and" and nxt is not None and _parallel_participle(analysis, words, position, predicates,
                                                                         finite) and \
                _participle_items_before(analysis, words, lowers, position, predicates) < 2:
            cuts.append((nxt, True, COORDINATED_VERB))  # "… in targeting the cancer cells and avoiding side effects"
        elif word == "and" and nxt is not None and lowers[nxt] in INDEFINITE_ARTICLES and \
                position + 2 < len(words) and _change_word(analysis, words[position + 2]) and \
                _second_outcome(words, lowers, position, predicates):
            cuts.append((nxt, True, SECOND_OUTCOME))  # "… results in fewer side effects and a better quality of life"
        elif word == "and" and nxt is not None and prev is not None and lowers[prev] != "," and \
                first_predicate < i and _passive_clause_follows(analysis, words, lowers, position) and \
                _passive_before(analysis, words, lowers, position):
            # "Rats were fed X and effects of PR on Y were determined": a subject and a passive of its own
            cuts.append((nxt, False, PLAIN))
        elif word == "and" and nxt is not None and prev is not None and prev not in predicates and \
                first_predicate < i and (nxt in predicates - nouns or lowers[nxt] in ELLIPSIS_ADVERBS) \
                and not item_opens_with_verb(analysis, words) \
                and not (lowers[prev] in PARTICLES and position > 1 and words[position - 2] in predicates) \
                and not _coordinated_attributes(analysis, words, position) \
                and not _coordinated_modifiers(analysis, words, position) \
                and not (_effect_adjective(analysis, nxt) and not lowers[nxt].endswith("ly")
                         and not _second_term(analysis, words, position)):
            # "… cells and prevent them from spreading", "… and potentially a cure"; not "seek out and destroy
            # cancer cells", two verbs of one object; nor an effect adjective that opens a second object ("have
            # confirmed the medicinal value and beneficial effects of X"), unless it is a second term of a relation
            # "associated with obesity and reduced survival": a second term of one relation
            kind = SECOND_OUTCOME if _second_term(analysis, words, position) else \
                COORDINATED_VERB if _coordinated_verb(analysis, words, position) else PLAIN
            if kind == COORDINATED_VERB and _helped_verb_before(analysis, words, lowers, position):
                continue  # "can help regulate appetite and reduce cravings": one help, two aims, one claim
            cuts.append((nxt, True, kind))
        elif word == "and" and nxt is not None and prev is not None and lowers[prev] != "," and \
                _advice_follows(analysis, words, position + 1) and \
                _finite_verb_before(analysis, words, lowers, position, predicates):
            # "X lowers Y and doctors should prescribe it": a subject of its own, and what it should do
            cuts.append((nxt, False, PLAIN))
        elif word == "and" and prev is not None and lowers[prev] != "," and nxt is not None and (
                lowers[nxt] in SUBJECT_PRONOUNS and position + 2 < len(words) and
                (lowers[words[position + 2]] in AUXILIARIES or lowers[words[position + 2]] in MODALS
                 or lowers[words[position + 2]] in IS_CONTRACTIONS)
                or _pronoun_contracted_verb(words, lowers, position + 1)
                or _determined_subject_and_verb(analysis, words, position + 1, predicates)
                and not verb_base_form(tokens[opening]) and _clause_before_and(analysis, words, position)) \
                and (first_predicate < i or _tensed_verb_before(
                    analysis, words, position, nouns_too=_pronoun_contracted_verb(words, lowers, position + 1))) and \
                not (first_predicate == opening and verb_base_form(tokens[opening])) and \
                not _in_opening_subordinate(words, lowers, position):
            # "Rosacea is not caused by poor hygiene and it is not contagious", "The blisters crust over within a week
            # and the rash heals within a month": a subject pronoun, or a noun phrase its determiner opens, and its
            # verb after "and" open a second main clause, comma or none; not after an imperative, whose result it
            # states ("Use it daily and it will cure your arthritis": one promise), nor inside an opening
            # subordinate clause, whose second condition it is ("When you are tired and it is late, the pain feels
            # worse")
            cuts.append((nxt, False, MAIN_CLAUSE))
        elif word in ("and", "as", "because", "since", "although", "though") and prev is not None and \
                lowers[prev] == "," and nxt is not None and (
                    lowers[nxt] in CLAUSE_OPENERS and any(p > nxt for p in predicates)
                    or word in ("although", "though") and (_subject_and_verb(analysis, words, position + 1, predicates)
                                                           or _share_subject_and_verb(analysis, words, position + 1))):
            # ", and the options available were limited", ", as this cancer is known to come back": a clause of its
            # own; so is a concession (", although most participants used it for only three hours a night"); after
            # ", and" a second main clause
            cuts.append((nxt if word == "and" else i, False, MAIN_CLAUSE if word == "and" else PLAIN))
        elif word in ("and", "but", "so") and prev is not None and lowers[prev] == "," and nxt is not None and \
                (first_predicate < i or _tensed_verb_before(
                    analysis, words, position, nouns_too=_pronoun_contracted_verb(words, lowers, position + 1))) and \
                lowers[nxt] not in INDEFINITE_ARTICLES and \
                not (word == "but" and (lowers[opening] in CONDITION_OPENERS
                                        or _correlative_before(words, lowers, position))) and \
                not (word == "and" and _in_list(words, lowers, position, predicates)) and \
                (_subject_and_verb(analysis, words, _lead_in_end(words, lowers, position) if word != "and"
                                   else position + 1, predicates)
                 or _pronoun_contracted_verb(words, lowers, position + 1)
                 or _subject_after_phrase(analysis, words, position + 1, predicates)
                 or _share_subject_and_verb(analysis, words, position + 1)):
            # ", and chromium helps your cells absorb glucose", ", but the virus that causes it can spread": a clause
            # of its own, with a subject of its own (after ", but" a lead-in may come first: ", but when used as
            # directed, red light therapy is safe", ", but amazingly, colostrum is able to"; a phrase with no comma
            # after it too: ", but with the right treatment most people can control …"); ", so" opens the result,
            # said with a subject of its own (", so on its own it rarely causes hypoglycaemia")
            cuts.append((nxt, False, MAIN_CLAUSE))
        elif word == "so" and prev is not None and lowers[prev] not in RESULT_SO_STOPS and nxt is not None and \
                position + 2 < len(words) and \
                (lowers[nxt] in RESULT_SUBJECT_OPENERS or lowers[nxt] == "that"
                 and lowers[words[position + 2]] in RESULT_SUBJECT_OPENERS) and \
                not verb_base_form(tokens[opening]) and not _in_opening_subordinate(words, lowers, position) and \
                (first_predicate < i or _tensed_verb_before(analysis, words, position)) and \
                (_subject_and_verb(analysis, words, position + 1 + (lowers[nxt] == "that"), predicates)
                 or _pronoun_contracted_verb(words, lowers, position + 1 + (lowers[nxt] == "that"))):
            # "it keeps your child's eyes healthy so myopia never becomes a problem", "supercharges your immune system
            # so you catch fewer colds": with no comma too, "so" (or "so that") and a subject and verb of its own open
            # the promised result, a claim of its own; not after an imperative, whose purpose it states ("Take it at
            # the same time each day so you don't forget"), nor "so" as a degree word ("so many people", "is so mild")
            start = words[position + 2] if lowers[nxt] == "that" else nxt
            cuts.append((start, False, MAIN_CLAUSE))
        elif word == "unlike" and nxt is not None:
            cuts.append((i, False, PLAIN))
        elif word == "which" and prev is not None and lowers[prev] == "," and nxt is not None:
            cuts.append((nxt, False, WHICH))
            closing = _relative_end(analysis, words, position, predicates) if first_predicate > i else None
            if closing is not None:  # "The drug, which is taken once daily, lowers …": the main clause goes on
                after = words[closing + 1]
                cuts.append((after, False, AFTER_RELATIVE if after in predicates else PLAIN))
        elif word == "that" and prev is not None and tokens[prev].lemma in FRAME_VERBS and nxt is not None:
            cuts.append((nxt, False, FRAME))
    lead_end = _bold_lead_end(analysis, words)
    if lead_end is not None:  # "- **Kills 99.99% of germs** — clinically proven …": the bold lead is said apart
        cuts.append((lead_end, True, AFTER_LEAD))
    dateline = _dateline_end(analysis, words)
    if dateline is not None:  # "BOSTON, March 4, 2025 -- Novaren announced …": the place and date are no subject
        cuts.append((dateline, False, PLAIN))
    # "… progress with novel therapies including drugs like A and B that attack cancer cells": the examples and
    # what the relative clause says of them are a claim of their own
    examples = _examples_with_relative(analysis, words, lowers, predicates)
    if examples:
        cuts.append((examples, False, EXAMPLES))
    # "This condition, known as relapsed myeloma (RMM), demands …": the naming is a definition of its own, and the
    # main verb after the closing comma keeps the subject
    naming = clause_words()["naming_participles"]
    for position, i in enumerate(words[:-2]):
        if lowers[i] == "," and lowers[words[position + 1]] in naming and lowers[words[position + 2]] in ("as", "by"):
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
    clauses: list[Clause] = []
    starts = sorted({(c[0], c[1], c[2]) for c in cuts if first < c[0] < last})
    # a second main clause cut where another rule cut too is that rule's clause (one clause per start)
    taken = {c[0] for c in starts if c[2] != MAIN_CLAUSE}
    starts = [c for c in starts if c[2] != MAIN_CLAUSE or c[0] not in taken]
    bounds = [(first, False, PLAIN)] + starts
    for n, (start, inherit, kind) in enumerate(bounds):
        end = bounds[n + 1][0] if n + 1 < len(bounds) else last
        # drop the connective and punctuation that introduced the next clause, the final full stop and the
        # citation markers after it ("… after a second dose.[1][5]")
        # ("so" only before the next clause: "… should not do so." ends in it)
        while end > start and (tokens[end - 1].is_space or tokens[end - 1].lower in
                               {",", ";", ".", "!", ":", "while", "whereas", "but", "and", "also", "which", "that",
                                "–", "—", "-"} | EXAMPLE_OPENERS or _marker_before(tokens, start, end)
                               or (tokens[end - 1].lower == "so" and n + 1 < len(bounds))):
            end -= _marker_before(tokens, start, end) or 1
        if start < first:
            continue
        hint = None
        if kind == AFTER_RELATIVE:  # the verb after ", which …,": its subject is the sentence's opening phrase
            hint = (clauses[0].first, clauses[0].last) if clauses else None
        if kind == WHICH:  # ", which": the antecedent is the phrase before the comma
            hint = _phrase_before(analysis, clauses[-1] if clauses else None, start)
        if kind == FRAME and clauses and end > start and len(clauses[-1].words(analysis)) <= 12:
            clauses.pop()  # the frame before "is that" / "means that" (kept when nothing follows: "is that:")
        if kind == EXAMPLES:  # the examples are the subject of their relative clause
            relative = next((j for j in range(start, end) if tokens[j].lower in RELATIVES), end)
            hint = (start, relative)
        if kind == APPOSITION:  # an apposition after a clause: it defines the noun before the mark
            hint = _noun_before(analysis, clauses[-1]) if clauses else None
        clauses.append(Clause(start, end, inherit, hint, apposition=kind == APPOSITION,
                               shares_verb=kind == SECOND_OUTCOME, relative=kind == EXAMPLES,
                               coordinated=kind == COORDINATED_VERB, frame=_second_complement(analysis, first, start),
                               which=kind == WHICH, main_clause=kind == MAIN_CLAUSE, spared=kind == SPARED))
        if kind == SECOND_OUTCOME and len(clauses) > 1:  # two outcomes of one verb: one finding, said of each outcome
            clauses[-2].topic_span = clauses[-1].topic_span = clauses[-2].verb_span = clauses[-1].verb_span = (
                clauses[-2].first, end)
        elif kind == MAIN_CLAUSE and len(clauses) > 1:
            # "Bilberry sharpens night vision, and astaxanthin eliminates eye strain": two main clauses of one
            # sentence, each a claim of its own, are about what the sentence is about (one may name it alone)
            clauses[-2].topic_span = clauses[-1].topic_span = (
                (clauses[-2].topic_span or (clauses[-2].first, clauses[-2].last))[0], end)
        elif kind == AFTER_LEAD and len(clauses) > 1:
            # "- **Speeds up recovery** – from long COVID": the item's bold lead and the rest are one item, about
            # what either names
            clauses[-2].topic_span = clauses[-1].topic_span = (
                (clauses[-2].topic_span or (clauses[-2].first, clauses[-2].last))[0], end)
        elif kind == SPARED and len(clauses) > 1:
            # "It is completely safe, with no side effects": the harm spared may be what names the topic of both
            clauses[-2].topic_span = clauses[-1].topic_span = (
                (clauses[-2].topic_span or (clauses[-2].first, clauses[-2].last))[0], end)
        elif kind in (APPOSITION, EXAMPLES) and len(clauses) > 1:
            # the clause before may name its topic only there: "… our primary outcome, the proportion of obese women"
            clauses[-2].topic_span = ((clauses[-2].topic_span or (clauses[-2].first, clauses[-2].last))[0], end)
    if appositions["opening"] and clauses:  # "Multiple sclerosis, a disease of the nerves, …": the opening defines
        clauses[0].apposition = True
        clauses[0].subject_hint = appositions["opening"][0]
    return [c for c in clauses if c.first < c.last]


def _absence_closes(analysis: Analysis, words: list[int], lowers: dict[int, str], position: int,
                    predicates: set[int]) -> bool:
    """At the comma at `position`, "without" or "with" and a denial ("no", "none", "zero") open a phrase that closes
    the sentence with no verb after it: what the clause before is said to come without (", without their side
    effects", ", with none of the rebound congestion", ", with no need to comb"). Not a thing's natural course (",
    without treatment", lexicons/cues.yml `natural_course`), which qualifies the clause before."""
    if position + 2 >= len(words) or not any(p < words[position] for p in predicates | {words[0]}):
        return False
    opener = words[position + 1]
    # "without" and a determiner: the harms known of the product's kind or rival ("without the stomach problems",
    # "without their side effects"); a bare noun after it is a manner or condition of the clause (", without
    # language restriction", ", without dieting or exercise")
    if not (lowers[opener] == "without" and lowers[words[position + 2]] in SPARED_DETERMINERS
            or lowers[opener] == "with" and lowers[words[position + 2]] in ABSENCE_DENIALS):
        return False
    # (a noun that reads as a verb after its determiner is none: "no side effects", "the effects")
    tokens = analysis.tokens
    if any(p > opener and tokens[p - 1].lower not in DETERMINERS for p in predicates) \
            or any(lowers[w] in (",", ";", ":") for w in words[position + 2:]):
        return False
    return not any(m.label == "natural_course" and m.first == opener
                   for m in analysis.of_kind("cue", opener, words[-1] + 1))


CLOSING_QUOTES = {'"', "\u201d"}
# marks that may close a quotation after its comma (American style puts the comma inside: "means 'self-eating,' is")
QUOTE_CLOSERS = frozenset({'"', "'", "\u201d", "\u2019"})
# between a quotation's closing mark and its speech word: the speaker ("he", "Ali", "Dr. Ali") or nothing
SPEAKER_WORDS = {"he", "she", "they", "dr", "dr.", "prof", "prof.", "professor"}


def speech_words() -> frozenset[str]:
    """Verbs that give a quotation to a speaker (lexicons/mentions.yml, quotes: speech_words)."""
    from pipeline.rules.mentions import load_quote_settings

    return load_quote_settings()["speech_words"]


@lru_cache(maxsize=1)
def attributing_words() -> frozenset[str]:
    """The words that give words to a speaker: the verbs of saying and the openers of an attribution phrase
    ("according to …"; lexicons/mentions.yml, quotes: speech_words and attribution_words). Built once: callers test
    it token by token."""
    from pipeline.rules.mentions import load_quote_settings

    settings = load_quote_settings()
    return settings["speech_words"] | settings["attribution_words"]


def _before_attribution(analysis: Analysis, first: int, last: int) -> int:
    """Where a quotation's attribution starts ('…,” said study author Dr. Ghusn, a research fellow …', '…," Ali
    said.'): after a comma and a closing quotation mark, the speech word at once or after the speaker's name or
    pronoun; `last` when there is none."""
    tokens = analysis.tokens
    for i in range(first + 2, last - 1):
        if tokens[i].text not in CLOSING_QUOTES or tokens[i - 1].text not in (",", "?", "!"):
            continue
        for j in range(i + 1, min(i + 5, last)):
            word = tokens[j]
            if word.lower in speech_words():
                return i - 1  # the quotation ends with its comma and closing mark
            if not (word.lower in SPEAKER_WORDS or word.text[:1].isupper()):
                break
    return last


def _marker_before(tokens, start: int, end: int) -> int:
    """How many tokens before `end` are a numbered citation marker: "[", "12", "]" (3), or a number glued to the
    full stop before it ("management.1", 1: the tokenizer splits it off only there, nlp.CITATION_MARKER_SUFFIXES)."""
    if end - 3 > start and tokens[end - 1].text == "]" and tokens[end - 2].like_num and tokens[end - 3].text == "[":
        return 3
    if end - 4 > start and tokens[end - 1].text == ")" and tokens[end - 2].text[:1].isdigit() \
            and tokens[end - 3].text == "(" and tokens[end - 4].text in (".", "!", "?"):
        return 3  # "… bone health. (2)": a numbered citation after the full stop (nlp's sentence split gives it here)
    if end - 2 > start and tokens[end - 1].text[:1].isdigit() and tokens[end - 2].text == "." \
            and tokens[end - 2].end == tokens[end - 1].start and tokens[end - 3].end == tokens[end - 2].start:
        return 1
    return 0


def _after_markers(tokens, i: int, last: int) -> int:
    """The first token at or after `i` that is not part of a numbered citation marker ("[6] those" → "those")."""
    while i + 3 < last and tokens[i].text == "[" and tokens[i + 1].like_num and tokens[i + 2].text == "]":
        i += 3
    while i < last and tokens[i].is_space:
        i += 1
    return i


DASHES = {"-", "--", "\u2013", "\u2014"}


def _predicates(analysis: Analysis, first: int, last: int) -> set[int]:
    """Where the verbs of a sentence are: verb cues, causal cues and effect verbs (`_verb_cues`); with none of those,
    the inflected forms of known verbs, as for the claim test ("Uric acid forms sharp crystals, and the body's immune
    system reacts"). The set of `find_predicates`."""
    return _verb_cues(analysis, first, last) or set(_inflected_verbs(analysis, first, last))


def _verb_cues(analysis: Analysis, first: int, last: int) -> set[int]:
    """The verbs the lexicons find: verb cues and causal cues, effect verbs ("statins lower LDL") and the -s verb after
    an opening pronoun (`_pronoun_verb`). A possessive "'s" is no verb whichever cue reads it ("the patient's blood
    pressure"): clause cutting and the claim test leave it out alike."""
    tokens = analysis.tokens
    found = {m.first for m in analysis.of_kind("cue", first, last)
             if m.label in ("predicate", "strength:causal") and not possessive(tokens, m.first)}
    return found | set(effect_verbs(analysis, first, last)) | set(_pronoun_verb(analysis, first, last))


def _in_opening_subordinate(words: list[int], lowers: dict[int, str], position: int) -> bool:
    """words[position] is inside the subordinate clause that opens the sentence ("If the rash spreads and it is not
    treated, …", "Even though …": a focus word may come first, subjects.yml `focus_words`), no comma closing it yet."""
    focus = subject_words()["focus_words"]
    opener = next((i for i in words[:2] if lowers[i] not in focus), None)
    return opener is not None and lowers[opener] in subject_words()["subordinators"] and \
        all(lowers[i] != "," for i in words[:position])


def _pronoun_verb(analysis: Analysis, first: int, last: int) -> list[int]:
    """The verb right after a sentence's opening subject pronoun, in the -s form of a known verb ("It switches off
    the stress response", "This opens your airway"): a pronoun has no noun after it, so the -s word is its verb,
    whether or not the cue lexicon lists it."""
    tokens = analysis.tokens
    words = [i for i in range(first, min(last, first + 3)) if not tokens[i].is_space]
    if len(words) < 2 or tokens[words[0]].lower not in OPENING_PRONOUNS:
        return []
    return [words[1]] if verb_s_form(tokens[words[1]]) and not possessive(tokens, words[1]) else []




REMINDER_WORDS = frozenset({"remember"})


def assertion_start(analysis: Analysis, first: int, last: int) -> int:
    """Where a sentence's assertion starts: after a lead-in that ends in a colon ("Here's the truth:", "What you need
    to know before going further:", `_clause_after_colon`), or after a reminder set off by a comma ("Remember,
    prevention is the best cure": the reader is asked to keep the claim in mind), or at its start."""
    tokens = analysis.tokens
    reminder = tokens[first].lower in REMINDER_WORDS and first + 2 < last and tokens[first + 1].text == ","
    if not reminder and not any(tokens[i].lower == ":" for i in range(first, last)):
        return first
    words = [i for i in range(first, last) if not tokens[i].is_space]
    predicates = _predicates(analysis, first, last)
    if reminder and _clause_after_colon(analysis, words, 1, predicates):
        return words[2]  # the comma after "Remember" is read as a colon
    return next((words[position + 1] for position, i in enumerate(words[:-1]) if tokens[i].lower == ":"
                 and _clause_after_colon(analysis, words, position, predicates)), first)


def _clause_after_colon(analysis: Analysis, words: list[int], position: int, predicates: set[int]) -> bool:
    """The colon at `position` opens a clause: a subject and its verb right after it. A list after a colon ("Side
    effects include: nausea, …") has no verb of its own, nor has a list of questions ("…: what it is, who can
    prescribe it"), nor a verb said of a label."""
    return position + 1 < len(words) and analysis.tokens[words[position + 1]].lower not in WH_WORDS \
        and _subject_and_verb(analysis, words, position + 1, predicates)


def _dateline_end(analysis: Analysis, words: list[int]) -> int | None:
    """Where the text starts after a news dateline: a place in capitals, perhaps a date, a state or an agency in
    brackets, then a dash ("BOSTON, March 4, 2025 --", "LONDON (Reuters) -", "WASHINGTON —")."""
    tokens = analysis.tokens
    # a place in capitals, or a date alone ("Nov. 13 --", "March 4, 2025 —")
    if not words or not ((tokens[words[0]].text.isupper() and tokens[words[0]].text.isalpha()
                          and len(tokens[words[0]].text) >= 3) or tokens[words[0]].lower.rstrip(".") in clause_words()["months"]):
        return None
    for n, i in enumerate(words[1:12], start=1):
        text = tokens[i].text
        if text in DASHES and i + 1 < len(tokens) and tokens[i - 1].end == tokens[i].start \
                and tokens[i].end == tokens[i + 1].start:
            return None  # a hyphen inside a word ("CAR-T does not harm normal cells"), no dateline's dash
        if text in DASHES:
            after = words[n + 1] if n + 1 < len(words) else None
            # an acronym and an aside between dashes is a subject, not a dateline ("HIV - the virus that causes
            # AIDS - attacks CD4 cells"): a dateline's text opens with a capital
            return after if after is not None and tokens[after].text[:1].isupper() else None
        if not (text in {",", "(", ")", "."} or text[:1].isupper() or text.isdigit()):
            return None
    return None


def _relative_end(analysis: Analysis, words: list[int], position: int, predicates: set[int]) -> int | None:
    """The position of the comma that closes a relative clause opened by ", which" at `position` in the middle of
    the sentence's subject ("The drug, which is taken once daily, lowers …"; "In the trial, which enrolled 5,230
    patients, cardiozen reduced …"): the first comma after the relative clause's own verb that the main verb follows,
    at once or after a subject of its own (no punctuation between)."""
    tokens = analysis.tokens
    if not any(_is_verb(analysis, w, predicates) for w in words[position + 1:position + 3]):
        return None  # "which" must open its own verb ("which is", "which has been", "which enrolled")
    for c in range(position + 2, len(words) - 1):
        if tokens[words[c]].lower != ",":
            continue
        while c + 2 < len(words) and tokens[words[c + 1]].text in QUOTE_CLOSERS:
            c += 1  # "…, which literally means 'self-eating,' is …": the comma inside the closing quote
        for j in words[c + 1:c + 6]:
            if j in predicates:
                return c
            if tokens[j].is_punct or tokens[j].lower in RELATIVES:
                break
        return None
    return None


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
        elif stop == "," and position > 0 and lowers[before[0]] not in INTRO_WORDS \
                and lowers[before[0]] not in PREPOSITIONS and not (  # "Third, the immune system goes …": a step
                    len(before) == 1 and lowers[before[0]] in subject_words()["intro_openers"]) and \
                first_punct >= position and phrase_end + 1 < len(words) and \
                _is_verb(analysis, words[phrase_end + 1], predicates) and found["opening"] is None:
            found["opening"] = ((before[0], before[-1] + 1), words[phrase_end + 1])
    return found


def _is_verb(analysis: Analysis, i: int, predicates: set[int]) -> bool:
    """A predicate from the cue lexicon, or an inflected form of a known verb ("continues", "spread")."""
    token = analysis.tokens[i]
    return i in predicates or (token.lower != token.lemma and token.lower.endswith(("s", "ed"))
                               and token.lemma in verb_lemmas())


def _in_list(words: list[int], lowers: dict[int, str], position: int, predicates: set[int]) -> bool:
    """The ", and" at `position` ends a list: another comma comes before it with no verb between ("advances in A,
    B, and innovative drugs are …"), and no "and" / "or" between, which would have ended that list already ("It
    causes cramps, bloating and constipation, and symptoms often come and go": the second "and" opens a clause).
    Only "and" or "or" ends a list: a ", but" or ", so" after commas opens a clause ("a safe, routine operation, but
    recovery is painful")."""
    back = position - 2
    while back >= 0 and lowers[words[back]] != "," and words[back] not in predicates:
        if lowers[words[back]] in ("and", "or"):
            return False
        back -= 1
    return _nearest_back(words, lowers, position - 2, predicates) == ","


# A list of participle phrases stands under one of these when it gives the means or the conditions of the clause
# ("You can lower it by eating well, sleeping enough and …", "unless you're getting enough sleep, controlling
# stress, and …"). Not "in" / "at": after "effective in killing X, slowing Y, and preventing Z" each participle is
# an outcome of its own (tests/gold codes them as claims of their own).
LIST_OPENERS = {"by", "unless", "if", "when", "whenever", "while", "without", "through", "from", "after", "before",
                "despite", "besides"}


def _participle_items_before(analysis: Analysis, words: list[int], lowers: dict[int, str], position: int,
                             predicates: set[int]) -> int:
    """How many items of a list of participle phrases end right before the separator at `position` (a comma, or
    'and' / 'or' after one), 0 when they are no such list. Items are cut at commas; the later ones open with a
    participle, and the first one either is the subject of the sentence, opening with a participle before any verb
    ("Eating well, sleeping enough and controlling stress lower …"), or holds a participle right after a word of
    means or condition (`LIST_OPENERS`: "by eating well, sleeping enough and …", "unless you're getting enough
    sleep, controlling stress, and combining …"). Not an item holding a finite clause before its participle
    ("Cells are growing in the blood, crowding out …"), nor outcomes ("effective in killing X, slowing Y")."""
    tokens = analysis.tokens
    count, end = 0, position
    if end > 0 and lowers[words[end - 1]] == ",":
        end -= 1  # ", and": the item ends before the comma
    while end > 0:
        start = end
        while start > 0 and lowers[words[start - 1]] not in (",", ";"):
            start -= 1
        item = [j for j in words[start:end] if lowers[j] not in ("and", "or")]
        if not item:
            return 0
        subject = participle(tokens[item[0]]) and not any(p < item[0] for p in predicates)
        condition = (lowers[item[0]] in LIST_OPENERS and any(participle(tokens[j]) for j in item[1:4])) or any(
            lowers[a] in LIST_OPENERS and participle(tokens[b]) for a, b in zip(item, item[1:]))
        if subject or condition:
            return count + 1
        if not participle(tokens[item[0]]):
            return 0
        count += 1
        end = start - 1
    return 0


def _participle_item_follows(analysis: Analysis, words: list[int], lowers: dict[int, str], position: int) -> bool:
    """The participle phrase at `position` is followed by another item of the same list: within eight words,
    'and' / 'or' (after a comma or not) and a participle ("…, sleeping enough and controlling stress …")."""
    for at in range(position + 1, min(position + 9, len(words) - 1)):
        if lowers[words[at]] in (";", ":"):
            return False
        if lowers[words[at]] in ("and", "or") and participle(analysis.tokens[words[at + 1]]):
            return True
    return False


BE_FORMS = {"is", "are", "was", "were"}


def _passive_clause_follows(analysis: Analysis, words: list[int], lowers: dict[int, str], position: int) -> bool:
    """After 'and' at `position`, a noun phrase of its own (one to eight words with no punctuation, conjunction,
    relative, auxiliary or verb form in -ed/-ing among them) and then a passive: "was / were / is / are" and a past
    participle ("… and effects of PR on insulin were determined", "… and blood samples were taken"). Then 'and'
    joins two clauses with subjects of their own, not two objects ("fed soy and fish oil")."""
    tokens = analysis.tokens
    for at in range(position + 1, min(position + 10, len(words) - 1)):
        token = tokens[words[at]]
        if lowers[words[at]] in BE_FORMS:
            return at > position + 1 and passive_participle(tokens[words[at + 1]])
        if token.is_punct or token.lower in AUXILIARIES | MODALS | RELATIVES | {"and", "or", "but"} or \
                participle(token) or past_participle(token):
            return False
    return False


ASIDE_CLOSERS = {"(": ")", "-": "-", "--": "--", "\u2013": "\u2013", "\u2014": "\u2014"}


def _pronoun_contracted_verb(words: list[int], lowers: dict[int, str], position: int) -> bool:
    """The words from `position` open with a personal pronoun and a contracted auxiliary ("I've cut back", "they're
    safe", "we'll see"): a subject and a tensed verb of their own."""
    if position + 1 >= len(words) or lowers[words[position]] not in CLAUSE_PRONOUNS:
        return False
    contraction = lowers[words[position + 1]]
    return contraction[:1] in ("'", "\u2019") and contraction[1:] in CONTRACTED_VERBS


def _aside_conjunction(words: list[int], lowers: dict[int, str], position: int) -> bool:
    """'and' at `position` opens an aside set off by dashes or brackets ("control—and even reverse—your diabetes",
    "control (and even reverse) it"): right after the opening mark, with its closing mark within six words and no
    other punctuation between. The aside is a second verb of the same clause, sharing what follows the closing
    mark."""
    if position == 0 or lowers[words[position - 1]] not in ASIDE_CLOSERS:
        return False
    closer = ASIDE_CLOSERS[lowers[words[position - 1]]]
    for at in range(position + 1, min(position + 8, len(words) - 1)):
        if lowers[words[at]] == closer:
            return at > position + 1
        if not lowers[words[at]].replace("-", "").isalnum():
            return False
    return False


def passive_participle(token) -> bool:
    """A past participle after "was / were / is / are": an irregular one ("fed", "given", "found": after the copula
    a form that is also a noun is the participle) or a regular form of a known verb ("measured", "determined")."""
    return (token.lower in english_lookup("lemma_exc")["verb"] and not token.lower.endswith(("ing", "s"))) or (
        token.lower.endswith("ed") and token.lemma != token.lower and token.lemma in verb_lemmas())


def _passive_before(analysis: Analysis, words: list[int], lowers: dict[int, str], position: int) -> bool:
    """The words before 'and' at `position` (back to a comma or the sentence start) hold a passive of their own
    ("Rats were fed X and …"): two passives joined, each with its subject. Not "Remission means the signs and
    symptoms are reduced", where the words after 'and' end the first clause's object."""
    tokens = analysis.tokens
    for at in range(position - 1, 0, -1):
        if lowers[words[at]] in (",", ";"):
            return False
        if lowers[words[at - 1]] in BE_FORMS and passive_participle(tokens[words[at]]):
            return True
    return False


def _between_adjectives(analysis: Analysis, words: list[int], lowers: dict[int, str], position: int) -> bool:
    """The comma at `position` separates two adjectives of one noun ("For fast, lasting fat loss", "a slow, growing
    tumour"): before it an adjective with no noun yet (the sentence's first word, after a preposition, or after a
    determiner when it is no noun too), after it a word whose phrase goes on to a noun (no preposition, particle or determiner next: not
    "…, leading to", "…, crowding out")."""
    if position < 1 or position + 2 >= len(words):
        return False
    tokens = analysis.tokens
    adjective = tokens[words[position - 1]]
    before = lowers[words[position - 2]] if position >= 2 else None
    if adjective.lemma not in adjective_lemmas():
        return False
    # after a determiner the word may be a noun of the same spelling ("around the joint, causing …"): only a word
    # that is no noun is an adjective there ("a slow, growing tumour")
    if before is not None and before not in PREPOSITIONS and not (
            before in DETERMINERS and adjective.lemma not in noun_lemmas()):
        return False
    following = lowers[words[position + 2]]
    return following.isalpha() and following not in DETERMINERS | PREPOSITIONS | PARTICLES | RELATIVES


@lru_cache(maxsize=1)
def adjective_lemmas() -> frozenset[str]:
    """Base forms of English adjectives (WordNet-derived index in spacy-lookups-data)."""
    return frozenset(english_lookup("lemma_index")["adj"])


def _after_list_item(words: list[int], lowers: dict[int, str], position: int, predicates: set[int]) -> bool:
    """The comma at `position` closes a short item of a list of nouns: one to three words since the comma before,
    none a verb, preposition or conjunction ("include headache, dizziness, feeling sick"; not ", and in multiple
    myeloma, targeting …")."""
    for back, p in enumerate(range(position - 1, -1, -1)):
        if lowers[words[p]] == ",":
            return back > 0
        if back >= 3 or words[p] in predicates or lowers[words[p]] in PREPOSITIONS_OR_JOINERS:
            return False
    return False


def _correlative_before(words: list[int], lowers: dict[int, str], position: int) -> bool:
    """ "not only / not just X, but Y": the "but" ends a pair said of one subject, no clause of its own."""
    before = [lowers[i] for i in words[:position]]
    return any(a == "not" and b in ("only", "just", "merely") for a, b in zip(before, before[1:]))


def opens_clause(analysis: Analysis, first: int, last: int) -> bool:
    """[first, last) opens with a subject and its verb (`_subject_and_verb`): "Symptoms usually last a week", not "a
    high temperature", "feeling tired or weak" nor "aching muscles"."""
    words = [i for i in range(first, last) if not analysis.tokens[i].is_space]
    if words and participle(analysis.tokens[words[0]]):
        return False  # "aching muscles and flu-like symptoms": a participle and its noun, no subject and verb
    return _subject_and_verb(analysis, words, 0, _predicates(analysis, first, last))


def _lead_in_end(words: list[int], lowers: dict[int, str], position: int) -> int:
    """Where the clause after the conjunction at `position` has its subject: past a lead-in closed by a comma within
    eight words, a condition ("when used as directed,") or a sentence adverb ("amazingly,"); else the next word."""
    start = position + 1
    if start >= len(words):
        return start
    if lowers[words[start]].endswith("ly"):  # "amazingly," (not "significantly more side effects")
        return start + 2 if start + 1 < len(words) and lowers[words[start + 1]] == "," else start
    if lowers[words[start]] not in CONDITION_OPENERS:
        return start
    for at in range(start + 1, min(start + 9, len(words))):
        if lowers[words[at]] in (".", ";", ":", "!", "?"):
            break
        if lowers[words[at]] == ",":
            return at + 1
    return start


def _subject_and_verb(analysis: Analysis, words: list[int], position: int, predicates: set[int],
                      first_verb: int = 1) -> bool:
    """From `position`, a short noun phrase (one to five words, no punctuation, preposition or relative) and then
    a verb with a tense: a verb cue in the -s form, an auxiliary or modal, an -s form of a verb that is no noun
    ("chromium helps", "the body's immune system reacts"), or a plural noun, at most an adverb in -ly, and the base
    form of a verb ("almost all patients eventually experience relapse"). The verb is sought from the phrase's
    `first_verb`-th word on (after a determiner, the second)."""
    tokens = analysis.tokens
    if position >= len(words) or words[position] in predicates or tokens[words[position]].is_punct:
        return False
    window = words[position:position + 6]
    for at, j in enumerate(window[1:], 1):
        token = tokens[j]
        if at < first_verb:
            if token.is_punct or token.lower in PREPOSITIONS_OR_RELATIVES:
                return False
            continue
        if token.lower in AUXILIARIES or token.lower in MODALS:
            return True
        if token.lower in IS_CONTRACTIONS and tokens[window[at - 1]].lower in CONTRACTION_HOSTS:
            return True  # ", but there's little data", ", and it's safe"
        if verb_s_form(token) and (j in predicates or token.lemma not in noun_lemmas()
                                   or _object_follows(tokens, words, position + at)) and not possessive(tokens, j):
            return True
        if (_plural_noun(tokens[window[at - 1]]) or tokens[window[at - 1]].lower in PLURAL_SUBJECTS) and \
                _base_verb_follows(tokens, words, position + at):
            return True
        if (token.is_punct and not possessive(tokens, j)) or token.lower in PREPOSITIONS_OR_RELATIVES:
            return False
    return False


SHARE_OF_WORDS = 4  # at most this many words after the "of" of a share ("about 3% of people on the drug had")


def _share_subject_and_verb(analysis: Analysis, words: list[int], position: int) -> bool:
    """From `position`, a share of people or cases and then a verb with a tense: a figure (a number, "a third",
    "half"), perhaps after words that limit or round it (lexicons/clauses.yml `share_approximators`: "only about",
    "up to"), and what it is a share of ("3% of people on the drug", "1 in 5", "4 out of 10", "a third of them"),
    then an auxiliary or modal, a verb's -s or past form, or its base form (a share is plural: "1 in 5 report")."""
    tokens = analysis.tokens
    lists = clause_words()
    n = position
    while n < len(words) and tokens[words[n]].lower in lists["share_approximators"]:
        n += 1
    if n < len(words) and tokens[words[n]].lower in ("a", "the", "one", "two") and n + 1 < len(words) \
            and tokens[words[n + 1]].lower in lists["share_fractions"]:
        n += 1
    if n >= len(words) or not (tokens[words[n]].like_num or tokens[words[n]].lower in lists["share_fractions"]):
        return False
    n += 1
    figure_end = n
    while n < len(words) and tokens[words[n]].lower in ("%", "percent", "per", "cent"):
        n += 1
    if n + 1 < len(words) and tokens[words[n]].lower in ("in", "out", "of") and tokens[words[n + 1]].lower == "of":
        n += 1  # "4 out of 10"
    if n + 1 < len(words) and tokens[words[n]].lower in ("in", "of") and tokens[words[n + 1]].like_num:
        n += 2  # "1 in 5", "4 out of 10"
    elif n < len(words) and tokens[words[n]].lower == "of":
        end = min(len(words), n + 2 + SHARE_OF_WORDS)
        n += 2  # (the word after "of" is its noun's: "half of users stop")
        while n < end and not _tensed(tokens[words[n]]) and not verb_base_form(tokens[words[n]]) \
                and not tokens[words[n]].is_punct:
            n += 1
    if n >= len(words):
        return False
    verb = tokens[words[n]]
    if n == figure_end:  # a verb right after the figure ("a third have"; not "30 minutes is", a count of a noun)
        return verb.lower in AUXILIARIES or verb.lower in MODALS or verb.lower in irregular_past_forms()
    return _tensed(verb) or verb_base_form(verb) and verb.lower not in PREPOSITIONS


def _tensed(token) -> bool:
    """An auxiliary or modal, or a verb's -s or past form."""
    return token.lower in AUXILIARIES or token.lower in MODALS or inflected_verb(token)


def inflected_verb(token) -> bool:
    """A verb's -s or past form ("comes", "grew", "faded": an irregular past, or "-ed" on a known verb's lemma)."""
    return verb_s_form(token) or token.lower in irregular_past_forms() \
        or token.lower.endswith("ed") and token.lower != token.lemma and token.lemma in verb_lemmas()


def _determined_subject_and_verb(analysis: Analysis, words: list[int], position: int, predicates: set[int]) -> bool:
    """From `position`, a noun phrase a determiner opens and its verb (`_subject_and_verb`: "the rash usually heals",
    "my eczema has cleared"). The word right after the determiner is the phrase's own, never its verb ("the marks left
    behind", "the fats stored in the liver": a noun that is a verb's -s form too is a second object). Not a noun with
    a relative clause that leaves out its "that", whose subject is a pronoun or a plural noun right after it ("the
    positive impact they have on patients", "the aches runners feel": the phrase is an object of the verb before)."""
    tokens = analysis.tokens
    if position + 1 >= len(words) or tokens[words[position]].lower not in SUBJECT_DETERMINERS:
        return False
    phrase = words[position + 1:position + 6]
    if any(tokens[j].lower in CLAUSE_PRONOUNS for j in phrase) \
            or any(_plural_noun(tokens[a]) and _plural_noun(tokens[b]) for a, b in zip(phrase, phrase[1:])):
        return False
    return _subject_and_verb(analysis, words, position, predicates, first_verb=2)


# walking back from an "and", these before any verb with a tense put the "and" inside a phrase or clause still open:
# a content clause's subject ("It is clear that the crosstalk between X and Y plays …"), the two terms of "between"
COORDINATION_OPENERS = frozenset({"that", "whether", "between", "both", "but", ",", ";", ":", "(", "-", "\u2013",
                                  "\u2014"})


CONTRACTED_VERBS = frozenset({"ve", "re", "m", "ll", "d"})  # "I've lost", "we're", "I'm", "it'll"


def _clause_before_and(analysis: Analysis, words: list[int], position: int) -> bool:
    """The words before the "and" at `position` end a clause: walking back from it, a verb with a tense (an auxiliary,
    an irregular past, the -s or -ed form of a verb not after a determiner or a dash, or the base form after a plural
    subject: "The blisters crust over within a week and …") comes before any word that opens a phrase or clause the
    "and" may still be inside (`COORDINATION_OPENERS`): "We propose that the role of X and its abundance is …" and
    "Age-associated microRNAs and their targets have …" join two subjects of one verb. A word after a determiner, a
    dash or "to" is passed over: a noun ("the cures"), a compound's second part ("non-steroidal"), an infinitive ("to
    address", "to ease": no tense, though it may end in "-s" or "-ed")."""
    tokens = analysis.tokens
    for at in range(position - 1, 0, -1):
        p = words[at]
        token, before = tokens[p], tokens[words[at - 1]]
        if token.lower in COORDINATION_OPENERS:
            return False
        if before.lower in DETERMINERS or before.lower in ("-", "to"):
            continue
        if token.lower in AUXILIARIES or token.lower in MODALS or token.lower.lstrip("'\u2019") in CONTRACTED_VERBS \
                or token.lower in irregular_past_forms() \
                or token.lower != token.lemma and token.lower.endswith(("s", "ed")) and token.lemma in verb_lemmas() \
                and not possessive(tokens, p) or plural_subject_verb(analysis, words[0], p):
            return True
    return False


def _object_follows(tokens, words: list[int], at: int) -> bool:
    """After the -s form at words[at], a word that opens its object ("zinc calms overactive nerves", "this trial fills
    an important gap"): the -s form is the verb, though it is a noun's plural too; a plural noun ends its phrase
    ("and muscle cramps.") or goes on with a preposition or joiner ("joint pains in the knee", "aches and pains")."""
    if at + 1 >= len(words):
        return False
    after = tokens[words[at + 1]]
    return not after.is_punct and after.lower not in PREPOSITIONS_OR_RELATIVES and after.lower not in OBJECT_STOPS


# what follows a plural noun inside a noun phrase, not a verb's object ("sleep aids such as melatonin", "aches and
# pains or cramps")
OBJECT_STOPS = frozenset({"and", "or", "such", "like", "including"})


# a modal or verb of obligation: after a subject of its own it opens a recommendation ("and doctors should")
OBLIGATION_WORDS = frozenset({"should", "must", "ought", "need", "needs"})


def _advice_follows(analysis: Analysis, words: list[int], position: int) -> bool:
    """From `position`, a short noun phrase (one to four words: no punctuation, preposition, relative, auxiliary or
    modal) and then a word of obligation ("doctors should", "patients must", "clinicians need to")."""
    tokens = analysis.tokens
    for at, j in enumerate(words[position:position + 5]):
        token = tokens[j]
        if at > 0 and token.lower in OBLIGATION_WORDS:
            return token.lower not in ("need", "needs") or (j + 1 < len(tokens) and tokens[j + 1].lower == "to")
        if not token.lower.isalnum() or token.lower in PREPOSITIONS_OR_RELATIVES or token.lower in AUXILIARIES \
                or token.lower in MODALS or token.lower in OBLIGATION_WORDS:
            return False
    return False


def _finite_verb_before(analysis: Analysis, words: list[int], lowers: dict[int, str], position: int,
                        predicates: set[int]) -> bool:
    """Since the last comma before `position`, a verb with a tense, not the first word and not an infinitive after
    'to' ("Exercise reduces blood pressure and …"; not "strategies to reduce X and …", "Enhanced screening and …")."""
    tokens = analysis.tokens
    start = position
    while start > 0 and lowers[words[start - 1]] not in (",", ";", ":"):
        start -= 1
    for p in words[start + 1:position]:
        if p in predicates and tokens[p - 1].lower != "to" and (
                tokens[p].lower in AUXILIARIES or tokens[p].lower.endswith(("s", "ed"))):
            return True
    return False


def verb_s_form(token) -> bool:
    """The -s form of a known verb ("reduces", "improves"): a present-tense verb of a third-person subject, or one
    that opens a verb phrase joined to the one before."""
    return token.lower.endswith("s") and token.lower != token.lemma and token.lemma in verb_lemmas()


def verb_base_form(token) -> bool:
    """The base form of a known verb ("reduce", "burn"): an imperative, an infinitive, a plural present, or a verb
    after a modal. Auxiliaries and modals among them are the caller's to rule out."""
    return token.lower == token.lemma and token.lemma in verb_lemmas()


def item_opens_with_verb(analysis: Analysis, words: list[int]) -> bool:
    """The words are a list item that opens with the -s form of a verb, its subject left out ("Balances blood sugar
    in 7 days", "Lifts mood and fights depression"): what the list is about does it (`opening_s_verb`). The item's
    verbs joined by "and" say one promise of that subject."""
    if len(words) < 2:
        return False
    segment = analysis.segment_at(words[0])
    blocks = analysis.source.blocks
    if segment is None or segment.first != words[0] or not 0 <= segment.block < len(blocks) or \
            blocks[segment.block].kind != "item":
        return False
    tokens = analysis.tokens
    # past a tick, a star or an emoji that opens the item ("✅ Melts stubborn fat"): a bullet, no word
    first = next((i for i in words if tokens[i].lower[:1].isalnum() or tokens[i].is_punct), words[0])
    return opening_s_verb(tokens, first, words[-1] + 1) is not None


def _names_a_fit(tokens, at: int, end: int, words: dict[str, frozenset[str]]) -> bool:
    """The preposition at `at` and its object say whom or what the product suits: a suit word in the object's phrase
    (`item_suit_words`: "for men and women", "for the whole family") or a suit phrase from the preposition on
    (`item_suit_phrases`: "for sensitive skin", "on the go", "from home"), not a complaint ("for type 2 diabetes", "on
    sensitive teeth")."""
    phrase = [tokens[at], *_object_phrase(tokens, at + 1, end)]
    lowers = " ".join(token.lower for token in phrase)
    return any(token.lower in words["item_suit_words"] for token in phrase[1:]) \
        or any(f" {suit} " in f" {lowers} " for suit in words["item_suit_phrases"])


def _object_phrase(tokens, first: int, end: int, reach: int = 5) -> list:
    """The words of a preposition's object from `first`: up to `reach` tokens, ending before a mark or a joiner
    ("the whole family", "sensitive skin" of "Works for sensitive skin, day and night")."""
    phrase = []
    for token in tokens[first:min(end, first + reach)]:
        if token.is_punct or token.lower in LIST_JOINERS:
            break
        phrase.append(token)
    return phrase


def opening_s_verb(tokens, first: int, end: int) -> int | None:
    """The -s form of a verb that opens the words [first, end), its subject left out, after any adverb of manner
    ("Gently soothes sore joints", "Visibly reduces redness"): its index, or None. Not a noun before a preposition or
    a joiner ("Results in 7 days", "Bites and stings"), nor a plural noun before its verb (`plural_noun_subject`:
    "Phones are …", "Exercises strengthen the muscles …")."""
    if first + 1 >= end:
        return None
    if manner_adverb(tokens[first]) and first + 2 < end:
        first += 1
    verb, following = tokens[first], tokens[first + 1]
    # an intransitive verb goes on with a preposition ("Works on old scars", "Works within 30 minutes"), not with
    # "of" ("Works of art"), nor before whom or what it suits ("Works for men and women", "Works for the whole
    # family", "Works on the go"): a suit word anywhere in the object's phrase, up to its first mark or joiner
    words = clause_words()
    intransitive = verb.lower in words["item_intransitive_verbs"] \
        and following.lower in words["item_intransitive_prepositions"] \
        and not _names_a_fit(tokens, first + 1, end, words)
    if not verb_s_form(verb) or following.is_punct or following.lower in PREPOSITIONS_OR_JOINERS and not intransitive \
            or following.lower in LIST_JOINERS or plural_noun_subject(tokens, first, end):
        return None
    return first


def plural_noun_subject(tokens, i: int, end: int) -> bool:
    """Is the -s word at i a plural noun, the subject of the verb after it, rather than a verb whose subject is left
    out? So when an auxiliary or a modal follows ("Phones are a leading cause …", "Tests can …"), or the base form of
    a verb and then its object's determiner ("Exercises strengthen the muscles …", "Apps track your steps"), or a verb
    that takes a bare verb after it, and that verb ("Supplements help fill gaps"). Not a verb and its object
    ("Improves sleep quality", "Eases pain and stiffness", "Helps reduce stress"): that object is often a verb's base
    form too ("sleep", "pain"), and only what comes after it tells the two apart. `end`: the sentence's end."""
    if i + 1 >= end:
        return False
    following = tokens[i + 1]
    if following.lower in AUXILIARIES or following.lower in MODALS:
        return True
    if i + 2 >= end or not verb_base_form(following) or following.lower in NO_BASE_VERB \
            or following.lower in PARTICLES:
        return False  # a verb's particle is no verb ("Switches off the pain signal")
    after = tokens[i + 2]
    if after.lower in OBJECT_DETERMINERS:
        return True
    return following.lemma in clause_words()["bare_infinitive_verbs"] and verb_base_form(after) \
        and after.lower not in NO_BASE_VERB


def manner_adverb(token) -> bool:
    """An -ly adverb ("dramatically", "gently", "naturally"), not a short word ("only", "fly"), a noun or an
    adjective in -ly ("family", "early", "daily": lexicons/clauses.yml `ly_non_adverbs`)."""
    return len(token.lower) > 4 and token.lower.endswith("ly") and token.lemma not in noun_lemmas() \
        and token.lower not in clause_words()["ly_non_adverbs"]


# the mark that opens a bold run just before a list item's first word, and the mark that closes it (Markdown's
# "**" or "__", HTML's <strong> or <b>; the analysis text has the markup blanked, at the raw text's offsets)
BOLD_OPEN = re.compile(r"(\*\*|__|<strong\b[^>]*>|<b\b[^>]*>)\s*$", re.I)
BOLD_CLOSE = re.compile(r"\*\*|__|</strong\s*>|</b\s*>", re.I)


def _bold_lead_end(analysis: Analysis, words: list[int]) -> int | None:
    """Where the words after a list item's bold lead start, when the item opens with one and goes on after it in
    the same sentence ("- **Kills 99.99% of germs** — clinically proven in a laboratory", "- **Repairs damaged
    joints** and restores mobility", "- **Boosts your immune defences** by cutting your germ load"): the writer set
    the lead apart as the item's headline, an assertion of its own, and what follows says more (its proof, its how,
    a second benefit). The dash or comma between them opens neither. A lead closed by a colon is a label, cut when
    the page is read (`ingest`)."""
    if len(words) < 2:
        return None
    segment = analysis.segment_at(words[0])
    source = analysis.source
    if segment is None or segment.first != words[0] or not 0 <= segment.block < len(source.blocks) or \
            source.blocks[segment.block].kind != "item":
        return None
    tokens = analysis.tokens
    start = tokens[words[0]].start
    if not BOLD_OPEN.search(source.raw, max(0, start - 40), start):
        return None
    closing = BOLD_CLOSE.search(source.raw, tokens[words[0]].end, tokens[words[-1]].end)
    if closing is None:
        return None
    lead = [i for i in words if tokens[i].end <= closing.start()]
    after = [i for i in words if tokens[i].start >= closing.end()]
    joined = bool(after) and not tokens[after[0]].is_punct  # no dash or comma between the lead and the rest
    while after and tokens[after[0]].is_punct:
        after = after[1:]  # "— clinically proven", ", safe from age 3"
    if not lead or not after or all(tokens[i].is_punct for i in after) or not _lead_asserts(analysis, lead):
        return None
    if joined and not (tokens[after[0]].lower == "by" or _opens_clause(analysis, after)
                       or tokens[after[0]].lower == "and" and len(after) > 1
                       and (verb_s_form(tokens[after[1]]) or verb_base_form(tokens[after[1]]))):
        # "**Works faster** than sprays", "**Reduces inflammation** throughout the body", "**Causes drowsiness** in
        # some people, so do not drive": with no mark after the bold, the comparison or the verb's phrase runs on
        # past it, one clause; "by" opens how ("**Calms the brain** by balancing dopamine"), "and" a second verb
        # ("… and repair DNA"), and a subordinator or a verb of its own a clause ("**Flushes out germs** before they
        # can take hold")
        return None
    return after[1] if tokens[after[0]].lower == "and" and len(after) > 1 else after[0]


def _opens_clause(analysis: Analysis, after: list[int]) -> bool:
    """The words after a bold lead open a clause with a verb of its own: their first word a subordinator
    (lexicons/subjects.yml `subordinators`: "before a cold can take hold", "because it reduces swelling") or a verb
    in its -s form. Not a preposition's phrase, however many verbs come later ("in some people, so do not drive",
    "for up to 24 hours, when taken once a day"), nor a condition left without its subject, a participle after
    "when" or "if": the directions for use ("when used as directed", "if taken daily")."""
    tokens = analysis.tokens
    first = tokens[after[0]]
    if first.lower in subject_words()["subordinators"]:
        following = tokens[after[1]] if len(after) > 1 else None
        # (any past form: "used", "given" are participles here, though they qualify elsewhere)
        if following is None or participle(following) or following.lower in irregular_past_forms() \
                or following.lower.endswith("ed") and following.lemma != following.lower:
            return False
    elif not verb_s_form(first):
        return False
    return bool(find_predicates(analysis, after[0], after[-1] + 1))


def _lead_asserts(analysis: Analysis, lead: list[int]) -> bool:
    """A bold lead that opens with a verb says what the item's subject does ("Kills 99.99% of germs", "Supercharge
    focus", "Speeds up recovery", "Recommended by ENT specialists"): its -s form or its base form before its object
    or particle, or a past participle before its agent. A name or a noun phrase in bold ("**Zinc (30 mg)** – helps
    …", "**Hearing aids**, if you …", "**Better memory** and faster recall") is what the rest of the item is said of,
    or one phrase with it, and stays with it; so does a sentence with a subject of its own ("**We spend more time
    indoors**, close to other people"), which reads on into its modifiers."""
    tokens = analysis.tokens
    opening = tokens[lead[0]]
    following = tokens[lead[1]] if len(lead) > 1 else None
    if following is None or following.is_punct:
        return False
    if past_participle(opening):
        return following.lower == "by"
    return (verb_s_form(opening) or verb_base_form(opening) and opening.lower not in NO_BASE_VERB) \
        and (following.lower not in PREPOSITIONS_OR_JOINERS or following.lower in PARTICLES)


# the prepositions that open a phrase before a clause's subject (", but with the right treatment most people can",
# ", so on its own it rarely causes"); not "of" or "to", which go on the phrase before the comma
LEAD_PREPOSITIONS = frozenset({"with", "in", "for", "on", "at", "after", "during", "among", "without", "over",
                               "under", "within", "despite", "once"})
LEAD_PHRASE_WORDS = 4  # at most this many words between such a preposition and the subject after its phrase


def _subject_after_phrase(analysis: Analysis, words: list[int], position: int, predicates: set[int]) -> bool:
    """At `position` a preposition, its phrase of a few words with no comma, and then a subject and its verb
    (`_subject_and_verb`): "with the right treatment | most people can control", "on its own | it rarely causes"."""
    tokens = analysis.tokens
    if position >= len(words) or tokens[words[position]].lower not in LEAD_PREPOSITIONS:
        return False
    for at in range(position + 2, min(position + 2 + LEAD_PHRASE_WORDS, len(words))):
        before = tokens[words[at - 1]]
        if before.is_punct or before.lower in PREPOSITIONS_OR_RELATIVES and at - 1 > position:
            return False
        if tokens[words[at]].lower not in DETERMINERS and _subject_and_verb(analysis, words, at, predicates):
            return True
    return False


def _tensed_verb_before(analysis: Analysis, words: list[int], position: int, nouns_too: bool = False) -> bool:
    """Before `position`, past the first word, the -s or -ed form of a known verb that is no noun and follows no
    determiner or punctuation: the first clause has a verb even when the cue lexicon lists none of its words
    ("Bilberry sharpens night vision, and astaxanthin eliminates eye strain": "sharpens" is only a change cue).
    `nouns_too` when what follows is surely a clause of its own (a pronoun and a contracted auxiliary: "My husband
    snores, and I'm exhausted"): a verb that can be a noun ("snores", "ached") then counts too, unless the words
    open with an imperative, whose result the clause after states ("Take two capsules and you'll lose weight")."""
    tokens = analysis.tokens
    nouns_too = nouns_too and bool(words) and not verb_base_form(tokens[words[0]])
    for p in words[1:position]:
        token = tokens[p]
        if token.lower != token.lemma and token.lower.endswith(("s", "ed")) and token.lemma in verb_lemmas() \
                and (nouns_too or token.lemma not in noun_lemmas() or _plainly_verb(tokens, words, p)) \
                and not possessive(tokens, p) \
                and tokens[p - 1].lower not in DETERMINERS and not tokens[p - 1].is_punct:
            return True
        if plural_subject_verb(analysis, words[0], p):  # "We tend to think of microbes as harmful, but …"
            return True
    return False


# after a bare "so" (no comma), these open the subject of a result clause ("so you catch fewer colds", "so the tooth
# hardens again", "so that the kidneys can remove them"); a degree word after "so" ("so many", "so mild") opens none
RESULT_SUBJECT_OPENERS = frozenset(CLAUSE_PRONOUNS | {"the", "your", "their", "its", "our", "my", "his", "her",
                                                      "this", "these", "those"})
# "and so", "or so", "do so", "even so", "not so": "so" there is no result's connective
RESULT_SO_STOPS = frozenset({",", "and", "or", "do", "does", "did", "doing", "done", "even", "not", "just", "is", "are",
                             "was", "were", "be", "feel", "feels", "look", "looks", "think", "hope"})


# after a word that is a verb or a plural noun, these show it is the verb: its object's determiner follows it ("resets
# your metabolism", "kills the germs"), as no noun phrase goes on that way
VERB_OBJECT_OPENERS = frozenset({"the", "your", "its", "their", "our", "my", "this", "these", "those"})


def _plainly_verb(tokens, words: list[int], p: int) -> bool:
    """The -s or -ed word at `p`, which could be a noun's plural too, is a verb: a subject pronoun comes before it
    ("it works, so …") or its object's determiner right after it ("SlimGLP resets your metabolism, so …")."""
    if tokens[p - 1].lower in SINGULAR_PRONOUNS:
        return True
    after = next((w for w in words if w > p), None)
    return after is not None and tokens[after].lower in VERB_OBJECT_OPENERS


# the verbs that take "of" right after them ("consists of", "died of"): before "of", any other predicate word is a noun
def _noun_before_of(tokens, i: int, last: int) -> bool:
    """A predicate word right before "of" is a noun ("the risks and benefits of the treatment", "the use of"), unless
    it is a verb that takes "of"."""
    return i + 1 < last and tokens[i + 1].lower == "of" and tokens[i].lemma not in clause_words()["of_verbs"]


def _plural_noun(token) -> bool:
    return token.lower.endswith("s") and token.lower != token.lemma and token.lemma in noun_lemmas()


def _base_verb_follows(tokens, words: list[int], position: int) -> bool:
    """At `position` (after an adverb in -ly, if any) the base form of a verb, in lower case, that is not also a
    preposition or determiner: after a plural noun it is the verb of the clause ("patients experience relapse"; not
    the label run "SETTING, AND PARTICIPANTS Time series study")."""
    # "patients eventually experience", "symptoms often come and go": an adverb of manner or frequency between
    if position < len(words) and (tokens[words[position]].lower.endswith("ly")
                                  or tokens[words[position]].lower in TRAILING_ADVERBS):
        position += 1
    if position >= len(words):
        return False
    token = tokens[words[position]]
    return token.text == token.lemma and token.lower.isalpha() and token.lemma in verb_lemmas() \
        and token.lower not in NO_BASE_VERB


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


def _noun_before(analysis: Analysis, clause: Clause) -> tuple[int, int] | None:
    """The noun an apposition defines: a concept that ends the clause before it, else the words that end it after
    its last verb, preposition or punctuation ("is made in the pancreas" -> "pancreas")."""
    ending = [m for m in analysis.of_kind("concept", clause.first, clause.last) if m.last == clause.last]
    tokens = analysis.tokens
    predicates = set(find_predicates(analysis, clause.first, clause.last))
    # the concept is the head; the words before it belong to it ("free-radical damage"), up to a verb or article
    start = min(m.first for m in ending) if ending else clause.last
    # "vitamins A and K": a capital "A" before "and" or a comma names a letter, it is no article
    while start > clause.first and (not tokens[start - 1].is_punct
                                    or tokens[start - 1].text in JOINING_MARKS and joins_words(tokens, start - 1)) \
            and tokens[start - 1].lower not in PREPOSITIONS \
            and (tokens[start - 1].lower not in ARTICLES
                 or tokens[start - 1].text == "A" and tokens[start].lower in ("and", "or", ",")) \
            and start - 1 not in predicates \
            and not _is_verb(analysis, start - 1, predicates):
        start -= 1
    if start < clause.last - 1 and tokens[start].lower in ("and", "or"):
        start += 1  # "growth factors and stem cells" when "factors" reads as a verb: not "and stem cells"
    return (start, clause.last) if start < clause.last else None


HYPHENS = frozenset({"-", "\u2010", "\u2011"})
JOINING_MARKS = HYPHENS | {"/"}  # "and/or" too, inside a noun phrase read backwards


def joins_words(tokens, i: int) -> bool:
    """The mark at i joins two words with no blank ("one-size-fits-all", "free-radical damage", "and/or")."""
    return 0 < i < len(tokens) - 1 and tokens[i - 1].end == tokens[i].start and tokens[i].end == tokens[i + 1].start


def _phrase_before(analysis: Analysis, clause: Clause | None, which_at: int) -> tuple[int, int] | None:
    if clause is None:
        return None
    tokens = analysis.tokens
    end = clause.last
    start = end
    while start > clause.first and tokens[start - 1].lower not in {",", "unlike", "than", "like"}:
        start -= 1
    if start < end and find_predicates(analysis, start, end):
        # "Water ionizers use a process called electrodialysis, which separates …": a clause stands before the
        # comma; "which" stands for the noun phrase that ends it, not for the whole clause
        return _noun_before(analysis, clause) or (start, end)
    return (start, end) if start < end else None


def has_complement(analysis: Analysis, words: list[int], position: int) -> bool:
    """The participle at `position` is followed by more of its phrase, not by a list separator or the sentence end:
    a verb with an object ("disrupting blood cell production", "avoiding or limiting damage"), not a noun in a
    list ("smell, tearing, and taste")."""
    if position + 1 >= len(words):
        return False
    following = analysis.tokens[words[position + 1]].lower
    if following in ("and", "or"):
        return position + 2 < len(words) and participle(analysis.tokens[words[position + 2]])
    return following not in {",", ";", ".", ")", ":"}


def _parallel_participle(analysis: Analysis, words: list[int], position: int, predicates: set[int],
                         finite: set[int]) -> bool:
    """'and' at `position` joins a second participle phrase to a first one that heads its own phrase after a
    preposition, comma or result adverb ("for initiating treatment and improving outcomes", "in targeting X and
    avoiding Y"), after the clause's predicate, and no finite verb follows (then the phrases are a subject:
    "clearing heat and removing toxin should be used"). Not "avoiding or limiting", not "complex and challenging
    cancer"."""
    tokens = analysis.tokens
    if position + 1 >= len(words) or not participle(tokens[words[position + 1]]):
        return False
    if position == 0 or participle(tokens[words[position - 1]]):
        return False  # "avoiding or limiting": two verbs of one phrase
    earlier = next((p for p in range(position - 1, 0, -1) if participle(tokens[words[p]])), None)
    if earlier is None or min(predicates, default=words[earlier]) >= words[earlier]:
        return False
    before = tokens[words[earlier - 1]].lower
    if before not in PREPOSITIONS and before not in RESULT_ADVERBS and before != "," or \
            not has_complement(analysis, words, earlier):
        return False
    for j in words[position + 2:]:
        if tokens[j].is_punct:
            return True
        if j in finite and not tokens[j].lower.endswith("ing"):
            return False  # a verb follows: the participle phrases are its subject
    return True


def _second_complement(analysis: Analysis, first: int, start: int) -> tuple[int, int] | None:
    """When the clause at `start` is a second 'that' complement of a verb before it ("Previous studies found that X,
    and that Y", "It is well known that X, and that Y"), the words before the first 'that' (the frame both
    complements are said under); else None. Such a clause opens with 'that' after 'and' / 'or' (and perhaps a comma),
    with a 'that' earlier in the sentence."""
    tokens = analysis.tokens
    if tokens[start].lower != "that":
        return None
    before = [i for i in range(first, start) if not tokens[i].is_space and tokens[i].lower != ","]
    if len(before) < 2 or tokens[before[-1]].lower not in ("and", "or"):
        return None
    that = next((i for i in before[:-1] if tokens[i].lower == "that"), None)
    return (first, that) if that is not None else None


def _helped_verb_before(analysis: Analysis, words: list[int], lowers: dict[int, str], position: int) -> bool:
    """The verb phrase before 'and' at `position` is the complement of "help" ("helps improve strength and reduce
    fatigue", "can help to regulate appetite and …"), within eight words and no comma: the base verb after 'and' is
    a second aim of the same help, and the sentence stays one claim that names its subject (as tests/gold codes it)."""
    for back in range(position - 1, max(position - 9, 0), -1):
        if lowers[words[back]] in (",", ";", ":"):
            return False
        if analysis.tokens[words[back]].lemma == "help":
            after = back + 2 if back + 1 < position and lowers[words[back + 1]] == "to" else back + 1
            token = analysis.tokens[words[after]] if after < position else None
            # a base form, spelled as the verb ("lower": its lemma may be the adjective's "low")
            return token is not None and token.lower in verb_lemmas()
    return False


def _series_verb(lowers: dict[int, str], nxt: int, first_predicate: int, comma: int, verbs: set[int]) -> bool:
    """Does the word after a comma open the next predicate of a series ("X boosts A, increases B and lowers C"): a
    verb in the present -s form, after a first verb in the same form before the comma? Not a plural noun or a word
    in -ss, -us or -is ("improves sleep, focus and mood", "lowers stress, blood pressure ...")."""
    first, word = lowers.get(first_predicate, ""), lowers[nxt]
    return first_predicate < comma and nxt in verbs and _present_s(first) and _present_s(word)


def _present_s(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s"))


def _coordinated_verb(analysis: Analysis, words: list[int], position: int) -> bool:
    """'and' at `position` joins a verb phrase in the base form (after any -ly adverb: "and successfully replace")
    to the clause before, whose subject it shares: the verb of an infinitive or of a modal or recommendation ("are
    needed to reduce X and alleviate Y", "should assess X and provide Y", "may lower X and improve Y"), or the
    plural present ("statins lower X and prevent Y"). Not a finite verb with a tense of its own ("… and reduces Y",
    "… and reduced Y"), which is said of the subject apart from what governs the verb before."""
    tokens = analysis.tokens
    for j in words[position + 1:]:
        token = tokens[j]
        if token.lower.endswith("ly") or token.lower in ("also", "then", "even"):
            continue  # "and successfully replace", "and then treat"
        return verb_base_form(token) and token.lower not in AUXILIARIES
    return False


def _second_term(analysis: Analysis, words: list[int], position: int) -> bool:
    """'and' at `position` joins a second term to a relation named before it in the same phrase ("associated with
    obesity and reduced survival", "a relation between short sleep and increased body weight"): a correlational cue
    comes before with no comma or verb between, and a change word that is no verb follows (not one with an object:
    "… and reduced the risk")."""
    tokens = analysis.tokens
    if position + 2 >= len(words) or not (_change_word(analysis, words[position + 1])
                                          or _effect_adjective(analysis, words[position + 1])):
        return False
    after = tokens[words[position + 2]]
    if after.is_punct or after.lower in DETERMINERS or after.lower in PREPOSITIONS:
        return False  # "… and reduced the risk", "… and increased by 5 %": a verb
    cues = analysis.of_kind("cue", words[0], words[position])
    relations = [m for m in cues if m.label == "strength:correlational"]
    if not relations:
        return False
    relation_end = max(m.last for m in relations)
    between = [j for j in words[:position] if j >= relation_end]
    verbs = {m.first for m in cues if m.label == "predicate"}
    return not any(tokens[j].lower in (",", ";") or j in verbs for j in between)


def _effect_adjective(analysis: Analysis, i: int) -> bool:
    """A causal cue that is no verb form ("favorable", "protective", "beneficial"): it qualifies a noun."""
    token = analysis.tokens[i]
    return token.lemma not in verb_lemmas() and any(
        m.first == i and m.label == "strength:causal" for m in analysis.of_kind("cue", i, i + 8))


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
    after = verbs[0] + 1
    while after < position and (tokens[words[after]].lower in group_adverbs()
                                or tokens[words[after]].lower.endswith("ly")):
        after += 1  # "is mostly caused by blinking less": the participle past its adverbs
    return not tokens[words[after]].lower.endswith("ed")  # not a passive ("is suggested", "is mostly caused")


def _second_outcome(words: list[int], lowers: dict[int, str], position: int, predicates: set[int]) -> bool:
    """'and a/an <change word>' at `position` adds a second outcome to the clause's verb: a predicate comes before
    and no comma lies between it and 'and' (not the last item of a list: "pain, fatigue, and an increased risk")."""
    return _nearest_back(words, lowers, position - 1, predicates) == "verb"


def _nearest_back(words: list[int], lowers: dict[int, str], start: int, predicates: set[int]) -> str | None:
    """Which comes first going back from `start`: a verb ("verb"), a comma (",") or neither (None)."""
    for p in range(start, -1, -1):
        if words[p] in predicates:
            return "verb"
        if lowers[words[p]] == ",":
            return ","
    return None


def past_participle(token) -> bool:
    """A regular past participle of a known verb that can open a reduced clause ("tailored", "designed")."""
    return (token.lower.endswith("ed") and token.lemma != token.lower and token.lemma in verb_lemmas()
            and token.lower not in QUALIFYING_PARTICIPLES)


def _change_word(analysis: Analysis, i: int) -> bool:
    """A comparison or change word ("better", "reduced", "fewer") that makes a noun phrase an outcome."""
    return analysis.tokens[i].lower in COMPARATIVES or any(
        m.first == i and m.label.startswith("direction:") for m in analysis.of_kind("cue", i, i + 1))


def participle(token) -> bool:
    """A present participle of a verb that opens a clause ("leading", "making"), not "including" or "especially"."""
    return (token.lower.endswith("ing") and token.lemma != token.lower and token.lemma in verb_lemmas()
            and token.lower not in {"including", "regarding", "concerning", "following", "according", "during"})


def _coordinated_modifiers(analysis: Analysis, words: list[int], position: int) -> bool:
    """The "and" at `position` joins two modifiers of one plural head ("report limited leisure and work
    activities", "reduced social and work activities"): before it a singular noun or an adjective, no verb form,
    opened by an adjective or participle (a noun phrase, not a verb's bare object); after it the base form of a
    word that is a noun as well as a verb, then a plural noun that ends the phrase (punctuation, a preposition or
    the end next). "The drug reduces pain and controls symptoms" has no such opening word and an -s verb."""
    if position < 2 or position + 2 >= len(words):
        return False
    tokens = analysis.tokens
    modifier, noun, second, head = (tokens[words[position - 2]], tokens[words[position - 1]],
                                    tokens[words[position + 1]], tokens[words[position + 2]])
    after_head = tokens[words[position + 3]] if position + 3 < len(words) else None
    return (modifier.lemma in adjective_lemmas() or past_participle(modifier)) \
        and noun.lower == noun.lemma and (noun.lemma in noun_lemmas() or noun.lemma in adjective_lemmas()) \
        and noun.lemma not in verb_lemmas() \
        and second.lower == second.lemma and second.lemma in noun_lemmas() and _plural_noun(head) \
        and (after_head is None or after_head.is_punct or after_head.lower in PREPOSITIONS)


def _coordinated_attributes(analysis: Analysis, words: list[int], position: int) -> bool:
    """The "and" at `position` joins two attributes of one noun ("a safe and effective vaccine", "a cheap and
    effective drug", "a safe, fast and effective way"): an article before the first (after a list of adjectives
    set off by commas, if any), and a second that is no verb form."""
    if position < 2 or position + 1 >= len(words):
        return False
    tokens = analysis.tokens
    second = tokens[words[position + 1]]
    if second.lemma in verb_lemmas() or second.lower in AUXILIARIES or second.lower.endswith("ly"):
        return False  # "causes a headache and effectively ends …": an adverb opens a verb
    # back over a list of attributes to the article ("a safe, fast and effective way", "a cheap, safe, and
    # effective remedy"): each earlier attribute an adjective after a comma
    p = position - 1
    if tokens[words[p]].lower == "," and p > 0:
        p -= 1  # the comma before "and"
    while p >= 1:
        before = tokens[words[p - 1]].lower
        if before in INDEFINITE_ARTICLES:
            return True
        if before != "," or p < 2 or tokens[words[p - 2]].lemma not in adjective_lemmas():
            return False
        p -= 2
    return False


def find_predicates(analysis: Analysis, first: int, last: int) -> list[int]:
    """Token positions of the clause's predicates: verbs and auxiliaries from the cue lexicon and bare effect verbs
    ("statins lower LDL", `_verb_cues`), else inflected forms of known verbs (`_inflected_verbs`)."""
    return sorted(_verb_cues(analysis, first, last)) or _inflected_verbs(analysis, first, last)


def _inflected_verbs(analysis: Analysis, first: int, last: int) -> list[int]:
    """Inflected forms of known verbs not right after a determiner or a punctuation mark ("green tea extract shrinks
    kidney stones"), the irregular past forms among them too ("the trial began in 2015", "he spent weeks treating
    patients"), and the base form after a plural subject (`plural_subject_verb`), in text order."""
    verbs = verb_lemmas()
    irregular = irregular_past_forms()
    tokens = analysis.tokens
    return [i for i in range(first + 1, last)
            if (((tokens[i].lower != tokens[i].lemma and tokens[i].lower.endswith(("s", "ed"))
                  and tokens[i].lemma in verbs) or tokens[i].lower in irregular)
                and tokens[i - 1].lower not in DETERMINERS and not tokens[i - 1].is_punct)
            or plural_subject_verb(analysis, first, i)]


CLAUSE_KEYS = {"naming_participles", "of_verbs", "defining_verbs", "months", "share_approximators",
               "share_fractions", "ly_non_adverbs", "bare_infinitive_verbs", "item_intransitive_verbs",
               "item_intransitive_prepositions", "item_suit_words", "item_suit_phrases", "clause_turns"}


@lru_cache(maxsize=1)
def clause_words() -> dict[str, frozenset[str]]:
    """pipeline/lexicons/clauses.yml: the open word lists a sentence is cut into clauses by."""
    return read_word_sets("lexicons/clauses.yml", CLAUSE_KEYS)


SUBJECT_KEYS = {"attitude_words", "association_benefits", "people_pronouns", "intro_openers", "time_determiners",
                "time_nouns", "subordinators", "intake_gerunds", "extraposed", "extraposed_verbs", "intro_phrases",
                "negated_quantifiers",
                "plural_determiners", "adjective_endings", "likening_verbs", "plural_quantifiers", "plural_nouns",
                "people_heads", "raising_words", "raising_gap_stops", "describing_verbs", "reporting_verbs",
                "relative_pronouns", "item_clause_openers", "generic_heads", "saying_words", "knowing_verbs",
                "name_giving", "testimony_words", "negative_quantifiers", "tested_things", "test_results",
                "measurement_words", "backstory_adapting", "backstory_tries", "backstory_everything",
                "backstory_spans", "backstory_since", "backstory_stops", "cause_noun_before", "cause_noun_after",
                "passive_cause", "exposure_openers", "exposure_heads", "intervention_words", "result_reporters",
                "group_reporters", "reporter_quantifiers", "result_verbs", "subordinate_openers", "no_exception_openers",
                "no_exception_subordinators", "answer_words", "person_determiners", "focus_words", "degree_words",
                "inversion_degree", "amount_words", "setting_words", "price_or_form_words", "substitute_pronouns",
                "joining_words", "seal_possessives", "attitude_closers", "attitude_verbs", "attitude_prepositions",
                "attitude_objects",
                "backstory_opinions", "backstory_coordinators", "backstory_new_subjects", "reason_actions",
                "reason_modals", "vanishing_words", "vanished_pronouns", "association_verbs",
                "regularity_openers", "not_after_as", "story_auxiliaries", "present_linking",
                "complaint_relatives", "complaint_failures", "gerund_leads", "asked_pronouns",
                "eligibility_openers", "eligibility_people", "eligibility_professionals",
                "eligibility_decisions"}


@lru_cache(maxsize=1)
def subject_words() -> dict[str, frozenset[str]]:
    """pipeline/lexicons/subjects.yml: the word lists a clause's subject is read by (`claims._subject`; the opening
    of a sentence here)."""
    return read_word_sets("lexicons/subjects.yml", SUBJECT_KEYS)


class HeadWords(NamedTuple):
    """pipeline/lexicons/heads.yml: the open word lists the head of an assertion is read by."""

    adverbial_phrases: frozenset[tuple[str, str]]  # "in turn", "over time": two-word adverbs
    ranking_words: frozenset[str]  # "the most common", "the main"
    focus_adverbs: frozenset[str]  # "can also stop"
    undirected_effects: frozenset[str]  # "works against", "may impact"
    naming_verbs: frozenset[str]  # "is called", "termed"
    naming_verbs_before_as: frozenset[str]  # "known as", "referred to as"
    rank_words: frozenset[str]  # "the leading cause", "the most common"
    rank_between: frozenset[str]  # "the second most common"
    comparing_words: frozenset[str]  # "fewer side effects than"
    light_verbs: frozenset[str]  # "sets the stage for", "continues to challenge"


HEAD_KEYS = {"adverbial_phrases", "ranking_words", "focus_adverbs", "undirected_effects", "naming_verbs",
             "naming_verbs_before_as", "rank_words", "rank_between", "comparing_words", "light_verbs"}


@lru_cache(maxsize=1)
def head_words() -> HeadWords:
    """pipeline/lexicons/heads.yml, checked: every list present, each adverbial phrase two words."""
    where = "pipeline/lexicons/heads.yml"
    words = read_word_sets("lexicons/heads.yml", HEAD_KEYS)
    pairs = [tuple(phrase.split()) for phrase in words["adverbial_phrases"]]
    if any(len(p) != 2 for p in pairs):
        raise DataError("adverbial_phrases: each entry is two words", where)
    return HeadWords(frozenset((p[0], p[1]) for p in pairs), words["ranking_words"], words["focus_adverbs"],
                     words["undirected_effects"], words["naming_verbs"], words["naming_verbs_before_as"],
                     words["rank_words"], words["rank_between"], words["comparing_words"], words["light_verbs"])


@lru_cache(maxsize=1)
def irregular_past_forms() -> frozenset[str]:
    """Irregular past tenses and participles of English verbs ("began", "spent", "went", "taken"; the verb
    exceptions of spacy-lookups-data's lemmatizer, WordNet-derived), without the forms that are also nouns ("left",
    "felt", "found", "saw", "lost"): a form that is no noun, not after a determiner, is a predicate. Participles that
    are also adjectives stay ("spent", "known"): after a determiner they are already left out."""
    nouns = set(english_lookup("lemma_index")["noun"])
    return frozenset(form for form, lemmas in english_lookup("lemma_exc")["verb"].items()
                     if form.isalpha() and form not in lemmas and not form.endswith("ing") and form not in nouns)


def possessive(tokens, i: int) -> bool:
    """The "'s" at `i` marks a possessive ("the patient's blood pressure", "a child's immune system"), not a
    contracted "is" or "has", which follows a pronoun ("it's", "there's", "that's")."""
    return tokens[i].lower in ("'s", "\u2019s") and i > 0 and tokens[i - 1].lower not in CONTRACTION_HOSTS


RAISING_GAP = 15  # words at most between a raising word and its "to" (a phrase or an aside, not a clause)


@lru_cache(maxsize=1)
def gap_stops() -> frozenset[str]:
    """What no gap between a raising word and its "to" crosses: a relative, a subordinator, or a clause break of
    lexicons/subjects.yml `raising_gap_stops`."""
    return frozenset(RELATIVES | SUBORDINATORS | subject_words()["raising_gap_stops"])


def raised_infinitive(analysis: Analysis, to: int, first: int) -> bool:
    """The "to" at `to` opens the infinitive of a raising word of lexicons/subjects.yml `raising_words` after "be"
    earlier in [first, to), with only a phrase or an aside between them ("has been shown in large randomised
    trials, such as the Early Manifest Glaucoma Trial, to slow …", "was found in one small trial to lower …"): the
    infinitive asserts what the subject does, as "shown to slow" does, and is no purpose. Not across a verb, a
    relative or a clause break ("was shown in a trial that was designed to reduce bias")."""
    tokens = analysis.tokens
    raising = subject_words()["raising_words"]
    stops = gap_stops()
    verbs = {m.first for m in analysis.of_kind("cue", first, to) if m.label in ("predicate", "strength:causal")}
    words = 0
    for i in range(to - 1, first - 1, -1):
        token = tokens[i]
        if token.is_space:
            continue
        if token.lower in raising and words:
            j = i - 1
            while j >= first and (tokens[j].is_space or tokens[j].lower in group_adverbs()
                                  or tokens[j].lower.endswith("ly")):
                j -= 1  # "was also shown", "were consistently found"
            return j >= first and tokens[j].lemma == "be"
        words += 1
        if words > RAISING_GAP or token.lower in stops or token.lower in AUXILIARIES or token.lower in MODALS \
                or i in verbs and token.lower not in EXAMPLE_OPENERS:  # ", including the British Doctors Study,"
            return False
    return False


def gerund_subject(analysis: Analysis, first: int, last: int) -> list[int]:
    """The gerunds of a subject made of gerund phrases that opens [first, last): the opening gerund the cue
    lexicon marks as the sentence's subject (lexicons/cues.yml `background`, "Lowering blood pressure …") and each
    gerund joined to it by a comma, "and" or "or" ("Stopping smoking, treating atrial fibrillation, staying active
    and keeping cholesterol under control all lower your risk"), up to the first auxiliary, modal or verb of the
    clause. A verb cue on any of them names an act, not the relation the clause asserts."""
    tokens = analysis.tokens
    opening = next((i for i in range(first, last) if not tokens[i].is_space), None)
    if opening is None or not tokens[opening].lower.endswith("ing"):
        return []
    cues = analysis.of_kind("cue", first, last)
    if not any(m.first == opening and m.label == "strength:background" for m in cues):
        return []
    verbs = {m.first for m in cues if m.label in ("predicate", "strength:causal")}
    found = [opening]
    joined = False
    for i in range(opening + 1, last):
        token = tokens[i]
        if token.is_space:
            continue
        if token.lower in (",", "and", "or") or (joined and token.lower == "not"):
            joined = True  # "…, and not smoking"
            continue
        if joined and token.lower.endswith("ing") and token.lower != token.lemma and token.lemma in verb_lemmas():
            found.append(i)
        elif token.lower in AUXILIARIES or token.lower in MODALS or token.lower in (";", ":") or i in verbs:
            break
        joined = False
    return found


def effect_verbs(analysis: Analysis, first: int, last: int) -> list[int]:
    """Direction words used as the bare present tense of a plural subject, before any other verb of [first, last),
    with an object after them: "Statins lower LDL cholesterol", "Omega-3 fats also lower triglycerides", "SSRIs
    raise serotonin", "allopurinol and febuxostat lower uric acid". The cue lexicon knows such a word as a verb
    only after a modal or "to" ("may lower"): alone it is as often the comparative of an adjective ("lower doses",
    "levels lower than 20"). The verb is told by its place (a plural or joined subject before it, an object after
    it), and only the verb is marked, so the subject before it stays the clause's subject."""
    tokens = analysis.tokens
    cues = analysis.of_kind("cue", first, last)
    directions = sorted({m.first for m in cues if m.label.startswith("direction:") and m.last == m.first + 1})
    if not directions:
        return []  # (most clauses: nothing below is read without a direction word)
    # a verb cue in a compound word is none ("urate-lowering drugs", "cholesterol-lowering")
    verbs = {m.first for m in cues if m.label in ("predicate", "strength:causal")
             and not (m.first > 0 and tokens[m.first - 1].lower == "-")}
    # the gerunds of a subject are no verb of the clause ("Stopping smoking and staying active lower your risk"),
    # and a direction word right after one is its object's when a verb follows ("taking lower doses … is common")
    gerunds = set(gerund_subject(analysis, first, last))
    verbs -= gerunds
    found = []
    for i in directions:
        if any(first <= v < i for v in verbs) or tokens[i].lower not in verb_lemmas() or \
                tokens[i].lower in AUXILIARIES:
            continue
        before = _word_before(analysis, first, i)
        while before is not None and (tokens[before].lower in TRAILING_ADVERBS
                                      or tokens[before].lower in ("also", "further")
                                      or tokens[before].lower in FLOATING_QUANTIFIERS
                                      or (tokens[before].lower.endswith("ly") and tokens[before].lower.isalpha())):
            # "statins also lower", "statins significantly lower", "X and Y all lower"
            before = _word_before(analysis, first, before)
        after = _word_after(analysis, i, last)
        if before is None or after is None or before == i - 1 and before in gerunds and any(
                v > i for v in verbs):
            continue  # "taking lower doses … is common": the gerund's object, when a verb follows
        # two subjects joined make a plural one: "allopurinol and febuxostat lower uric acid"
        joined = any(tokens[j].lower in ("and", "or") for j in range(first, before)) and \
            tokens[before].lower.replace("-", "").isalnum() and tokens[before].lower not in DETERMINERS \
            and tokens[before].lower not in PREPOSITIONS
        if not (_plural_subject(tokens[before]) or joined):
            continue
        following = tokens[after]
        if following.is_punct or following.lower in PREPOSITIONS_OR_JOINERS or following.lower == "than" or \
                following.lower.endswith("ly"):
            continue  # "levels lower than normal", "risks lower in women": a comparative, not a verb
        found.append(i)
        break  # the first such verb is the clause's; a later one is a comparative of its object
    return found


def _word_before(analysis: Analysis, first: int, i: int) -> int | None:
    j = i - 1
    while j >= first and analysis.tokens[j].is_space:
        j -= 1
    return j if j >= first else None


def _word_after(analysis: Analysis, i: int, last: int) -> int | None:
    j = i + 1
    while j < last and analysis.tokens[j].is_space:
        j += 1
    return j if j < last else None


def _plural_subject(token) -> bool:
    """A subject pronoun or a word shaped like a plural noun ("statins", "fats", "children", "SSRIs")."""
    if token.lower in PLURAL_SUBJECTS:
        return True
    if token.text[-1:] == "s" and token.text[:-1].isupper() and len(token.text) > 2:
        return True  # an abbreviation's plural: "SSRIs", "NSAIDs" ("PPIs")
    return token.lower.replace("-", "").isalpha() and token.lower != token.lemma \
        and not token.lower.endswith(("ed", "ing", "ly")) and token.lower not in AUXILIARIES


def plural_subject_verb(analysis: Analysis, first: int, i: int) -> bool:
    """A base-form verb right after a plural subject, perhaps with a frequency adverb between ("most people recover
    from mumps", "symptoms usually appear after …", "they last a week"): the present tense of a plural, which has
    no ending to tell it by. The subject is a subject pronoun or a regular or irregular plural noun that is no verb
    form ("drinkers", "children"; not "makes sense"). A preposition that is also a verb is the preposition
    ("markers like M-protein")."""
    tokens = analysis.tokens
    verb = tokens[i]
    if verb.lower != verb.lemma or verb.lemma not in verb_lemmas() \
            or verb.lower in AUXILIARIES or verb.lower in PREPOSITIONS:
        return False
    before = i - 1
    adverb = before > first and tokens[before].lower in subject_adverbs()
    if adverb:
        before -= 1
    if before > first and tokens[before].lower == ")":  # "Reliever inhalers (usually blue) open the airways"
        opening = next((j for j in range(before - 1, first - 1, -1) if tokens[j].lower == "("), None)
        before = opening - 1 if opening is not None and opening > first else before
    subject = tokens[before]
    if before < first or subject.is_punct:
        return False
    if subject.lower in PLURAL_SUBJECTS:
        return True
    if adverb and subject.lower in PLURAL_PRONOUNS and (before == first or tokens[before - 1].is_punct):
        # "Many even leave behind adverse effects": a quantifier as the subject, its verb after an adverb; not its
        # noun ("Many people also say …", "Some research also shows …": a verb follows the noun)
        return verb.lower not in PLURAL_SUBJECTS and not _verb_follows(tokens, i + 1)
    # an ordinal's lemma is its number ("second" -> "2"): "The second surprise is …" has no plural subject
    # a plural that is also a verb's -s form is the subject before a frequency adverb and a bare verb ("Doctors often
    # prescribe …": no verb takes "often" and a second bare verb)
    return subject.lower != subject.lemma and not subject.lower.endswith(("ed", "ing", "ly")) \
        and (adverb or subject.lemma not in verb_lemmas()
             # "VA Cooperative Studies Program": a capitalised word after it is part of a name
             or subject.lower.endswith("s") and not verb.text[:1].isupper()
             and _noun_phrase_before(analysis, first, before)) \
        and subject.lower.isalpha() and subject.lemma.isalpha()


def _verb_follows(tokens, j: int) -> bool:
    """Past adverbs, the word at j is an auxiliary, a modal, a relative or a verb's -s form."""
    while j < len(tokens) and (tokens[j].lower in subject_adverbs() or tokens[j].lower.endswith("ly")):
        j += 1
    if j >= len(tokens):
        return False
    token = tokens[j]
    return token.lower in AUXILIARIES or token.lower in MODALS or token.lower in RELATIVES or (
        verb_s_form(token))


def _noun_phrase_before(analysis: Analysis, first: int, i: int) -> bool:
    """The plural at i, which is also a verb's -s form ("processes", "seeds", "groups"), ends a noun phrase: a
    determiner or an adjective of a known ending comes right before it, or a plural determiner and one word ("These
    hard seeds contain …", "Inflammatory processes consume …", "all medical groups agree …")."""
    tokens = analysis.tokens
    words = subject_words()
    if i - 1 < first:
        return False
    before = tokens[i - 1].lower
    if before in words["plural_determiners"] or before.isdigit() or (
            before.endswith(tuple(words["adjective_endings"])) and before not in verb_lemmas()):
        return True
    return i - 2 >= first and tokens[i - 2].lower in words["plural_determiners"] and tokens[i - 1].lower.isalpha() \
        and tokens[i - 1].lower not in verb_lemmas()


# The head of an assertion (`assertion_heads`): its verb group, then the complement the verb takes, up to the first
# word that opens a phrase of its own (a preposition, a relative, a conjunction) or a break.
COPULA_FORMS = frozenset({"be", "is", "are", "was", "were", "been", "being", "am", "'s", "\u2019s", "'re", "\u2019re"})
HEAD_ENDS = frozenset(PREPOSITIONS | RELATIVES | SUBORDINATORS | {"and", "or", "but", "than", "so", "because",
                                                                 "if", "when", "unless", "since", "whether"})
HEAD_REACH = 10  # words of the complement read at most
WORD_JOINERS = frozenset({"-", "/", "'s", "\u2019s"})  # punctuation inside a name ("5-year", "relapsed/refractory")


@lru_cache(maxsize=1)
def subject_adverbs() -> frozenset[str]:
    """The words that may stand between a plural subject and its base-form verb ("they often come with …", "Some
    patients also take longer", "Many even leave …", "they all need …"): the frequency adverbs, the focus and time
    adverbs of lexicons/heads.yml `focus_adverbs` (the list a verb group runs over) and a floated "all"."""
    return frozenset(TRAILING_ADVERBS | head_words().focus_adverbs | FLOATING_QUANTIFIERS)


@lru_cache(maxsize=1)
def group_adverbs() -> frozenset[str]:
    """The adverbs a verb group runs over ("can also stop", "has already spread", "is often found", "does not
    work"): the frequency adverbs and "not" here, the focus and time adverbs of lexicons/heads.yml `focus_adverbs`,
    which the head's main verb is found past too (pipeline/evidence.py)."""
    return frozenset(TRAILING_ADVERBS | {"not", "n't"} | head_words().focus_adverbs)


class Head(NamedTuple):
    """What one clause asserts: tokens [first, last); `defines` when its verb states what a thing is or is called
    (a copula or a verb of naming: "is a cancer of plasma cells", "refers to the return of myeloma"), whose noun
    is then the predicate, not a topic."""

    first: int
    last: int
    defines: bool


# verbs after which a noun says what the subject is (with STATE_VERBS and lexicons/clauses.yml `defining_verbs`)
LISTING_VERBS = frozenset({"include", "involve", "contain", "comprise", "consist"})


def assertion_heads(analysis: Analysis, first: int, last: int) -> list[Head]:
    """Token ranges [start, end) of what a clause asserts, as opposed to what it only mentions: the verb group of its
    main clause (auxiliaries, adverbs, the main verb: "is typically presented", "may be") with the complement that
    verb takes (`_complement_end`), and those of the clauses joined to it by "and", "but" or "or" ("can progress
    in severity and over time the disease can become resistant"). The subject before them and the phrases after
    them are what the assertion is about or where it holds. Verb groups of the subject are passed over: one right
    after a relative inside it ("Patients with myeloma that is relapsed … may be eligible") and a bare past
    participle before a preposition or opening the clause ("People diagnosed with …", "Relapsed myeloma is …"),
    when a later group follows; so are those of a subordinate clause before the main one ("When myeloma comes back
    after treatment, that's called a relapse"). Empty for a clause with no verb the lexicon or the word shapes tell
    (a fragment: "Serum free light chains")."""
    tokens = analysis.tokens
    start = assertion_start(analysis, first, last)
    opening = _word_after(analysis, start - 1, last) if start < last else None
    if opening is not None and (tokens[opening].lower in subject_words()["subordinators"]
                                or tokens[opening].lower == "as"):  # "As understanding deepens, …"
        comma = next((i for i in range(opening, last) if tokens[i].lower == ","), None)
        start = comma + 1 if comma is not None and comma + 1 < last else start
    # verbs: the predicate cues, effect verbs and causal cues that open with a verb ("leads to", not "due to"), not
    # after a determiner, a preposition or "to" ("treatment for relapsed myeloma", "to make this treatment")
    predicates = {i for i in _predicates(analysis, start, last)
                  if (tokens[i].lemma in verb_lemmas() and tokens[i].lower not in NOT_VERBS
                      or any(m.first == i and m.label == "predicate" for m in analysis.of_kind("cue", i, i + 1)))
                  and not (i > start and (tokens[i - 1].lower == "-" or tokens[i - 1].lower in NOUN_OPENERS))}
    predicates |= _verb_forms(analysis, start, last)
    groups: list[tuple[int, int]] = []  # (first word of a verb group, its end)
    for p in sorted(predicates):
        if not groups or p >= groups[-1][1]:
            groups.append((p, _verb_group_end(analysis, p, last, predicates)))
    while len(groups) > 1 and _subject_verb(analysis, start, *groups[0]):
        groups.pop(0)
    heads: list[Head] = []
    adverbs = group_adverbs()
    defining = clause_words()["defining_verbs"]
    for group_first, group_end in groups:
        if heads and (group_first < heads[-1].last or not _joined_clause(analysis, heads[-1].last, group_first)
                      or _subject_verb(analysis, group_first, group_first, group_end)):
            continue  # ("… and risks associated with …": a participle of the noun before it)
        verbs = [t for t in tokens[group_first:group_end] if t.lower not in adverbs and t.lower not in PARTICLES
                 and not (t.lower.endswith("ly") and t.lower.isalpha())]
        # a copula ("is a cancer", not the passive "is used") or a verb of naming ("is called", "refers to")
        defines = bool(verbs) and (verbs[-1].lemma in STATE_VERBS or any(t.lemma in defining for t in verbs))
        # "remedies for tiredness include walking": a verb of listing says the object is one of the subject, which is
        # part of what is asserted
        # ... and so does a copula ranking the subject ("fatigue and bone pain are the most common symptoms")
        opening = start if not heads and (any(t.lemma in LISTING_VERBS for t in verbs)
                                          or defines and _ranks(analysis, group_end, last)) else group_first
        heads.append(Head(opening, _complement_end(analysis, group_end, last, defines), defines))
        following = _word_after(analysis, group_end - 1, last)
        if following is not None and tokens[following].lower == "that" and not defines:
            # "a study found that X could be delivered by video": what was found is asserted too
            return heads + assertion_heads(analysis, following + 1, last)
        told = _existential_that(analysis, group_first, group_end, last)
        if told is not None:
            # "there is evidence that pets play a role in spreading it": what the evidence is of is asserted too
            return heads + assertion_heads(analysis, told + 1, last)
    return heads


def _existential_that(analysis: Analysis, group_first: int, group_end: int, last: int) -> int | None:
    """The "that" opening what an existential copula's noun says ("there is evidence that X", "there's a chance
    that X"): the first "that" within two words after the verb group, a form of "be" right after "there"."""
    tokens = analysis.tokens
    if group_first == 0 or tokens[group_first - 1].lower != "there" or tokens[group_first].lower not in COPULA_FORMS:
        return None
    return next((i for i in range(group_end, min(last, group_end + 3)) if tokens[i].lower == "that"), None)


def _ranks(analysis: Analysis, at: int, last: int) -> bool:
    """The words from `at` open a ranking noun phrase ("the most common symptoms", "the main cause", "the leading
    cause")."""
    words = [t.lower for t in analysis.tokens[at:min(at + 2, last)]]
    return len(words) == 2 and words[0] in ("the", "a") and words[1] in head_words().ranking_words



def _joined_clause(analysis: Analysis, after: int, at: int) -> bool:
    """The verb group at `at` opens a clause joined to the one ending at `after` by "and", "but" or "or" (or a
    semicolon), not a relative or subordinate one."""
    between = {t.lower for t in analysis.tokens[after:at]}
    return bool(between & COORDINATORS) and between.isdisjoint(RELATIVES | SUBORDINATE_OPENERS)


COORDINATORS = frozenset({"and", "but", "or", ";"})
# after these a verb cue is a noun or an infinitive ("the return", "for relapsed myeloma", "to make"), unlike after
# a demonstrative ("that is called")
NOUN_OPENERS = frozenset(ARTICLES | PREPOSITIONS | {"its", "their", "our", "your", "my", "his", "her"})
NOT_VERBS = frozenset({"thanks", "owing", "due"})  # "thanks to advances", "owing to": a cause named, no verb
SUBORDINATE_OPENERS = frozenset(SUBORDINATORS | {"because", "if", "when", "unless", "since", "whether", "as",
                                                 "so", "than", "until", "after", "before", "once"})


def _complement_end(analysis: Analysis, end: int, last: int, defines: bool) -> int:
    """Where the complement of the verb group ending at `end` ends: a predicate adjective or noun, an object, one
    phrase opened by a preposition ("refers to the return of myeloma", "is known for its ability to come back", "are
    responsible for producing antibodies"; "of" goes on inside a noun phrase), an infinitive ("eligible to receive
    Abecma"), words joined by "and" or "or"; after a copula also the relative clause that defines its noun ("is a
    type of cancer that affects the bone marrow"). It ends at a second phrase opened by a preposition, at a relative
    (but that one, after a verb of naming too: "describes myeloma that doesn't respond"), a subordinate or comparing
    word, a break or a participle opening a phrase of its own ("presented using …", "an antibody designed to …"),
    not one inside a hyphenated word ("immune-related adverse events"); at most HEAD_REACH words."""
    tokens = analysis.tokens
    copula = defines
    # a participle right after a passive or perfect opens a phrase of its own ("is presented using …"); after an
    # active verb it is its object ("involves analyzing …", "start multiplying")
    passive = tokens[end - 1].lower.endswith(("ed", "en")) and tokens[end - 1].lower != tokens[end - 1].lemma
    words = 0
    # a copula's noun phrase takes a participle ("is a life threatening toxicity", "a cancer originating in …")
    first_word = _word_after(analysis, end - 1, last)
    opened_by_article = first_word is not None and tokens[first_word].lower in ARTICLES
    phrase = False  # a phrase opened by a preposition has been read
    adverbials = head_words().adverbial_phrases
    defined = False  # the relative clause after a copula's noun has been entered
    i = end
    while i < last and words < HEAD_REACH:
        token = tokens[i]
        lower = token.lower
        previous = tokens[i - 1].lower
        if token.is_space:
            i += 1
            continue
        if lower == "," and words >= 2 and _adjectives_joined(analysis, i, last):
            i = _word_after(analysis, i, last) + 1  # type: ignore[operator]  # "a chronic, relapsing illness"
            words += 1
            continue
        if token.is_punct and lower not in WORD_JOINERS:
            break
        if lower == "to" and i + 1 < last and tokens[i + 1].lower == tokens[i + 1].lemma \
                and tokens[i + 1].lemma in verb_lemmas() and tokens[i + 1].lower not in NO_BASE_VERB:
            i += 2  # an infinitive the verb or adjective takes: "designed to help", "eligible to receive"
            words += 1
            continue
        if lower in RELATIVES and copula and words and not defined:
            defined = True
        elif lower in ("and", "or"):
            following = _word_after(analysis, i, last)
            if phrase and following is not None and _joined_phrase(analysis, following, last, adverbials):
                i = following + 1  # "through the air and after touching …": a second phrase the verb takes
                words += 2
                continue
            if following is None or tokens[following].lower in CLAUSE_OPENERS or tokens[following].lower in ARTICLES:
                break  # "… and the disease can become …": a clause of its own
        elif lower == "of" and words:
            pass  # "the return of myeloma", "a type of cancer"
        elif not phrase and i + 1 < last and (lower, tokens[i + 1].lower) in adverbials:
            i += 2  # "interfere in turn with the production of …"; after a phrase it ends the complement as one would
            continue
        elif lower in PREPOSITIONS and lower not in SUBORDINATE_OPENERS - {"as"}:
            if phrase:
                break
            phrase = True
        elif lower in HEAD_ENDS:
            break
        elif previous not in PREPOSITIONS and previous not in DETERMINERS and previous != "-" \
                and not (previous.endswith("ing") and previous != tokens[i - 1].lemma) and (
                participle(token) and (words or passive) and not (copula and opened_by_article)
                or words and lower.endswith("ed") and lower != token.lemma and token.lemma in verb_lemmas()):
            break
        i += 1
        words += 1
    while i > end and (tokens[i - 1].lower in ("and", "or") or tokens[i - 1].is_space):
        i -= 1  # "can progress in severity and over time …": the "and" joins what follows
    return i


def _joined_phrase(analysis: Analysis, at: int, last: int, adverbials: frozenset[tuple[str, str]]) -> bool:
    """The word at `at`, after "and" or "or" closing a complement's phrase, opens a second phrase the same verb takes
    ("acquire it through the air and after touching contaminated objects", "in the joints and in the kidneys"): a
    preposition, not a two-word adverb ("and over time the joints …"), with no verb of its own before the next break
    ("and after the crystals are dissolved")."""
    tokens = analysis.tokens
    if tokens[at].lower not in JOINED_PHRASE_OPENERS or at + 1 < last and (tokens[at].lower, tokens[at + 1].lower) \
            in adverbials:
        return False
    for token in tokens[at + 1:min(last, at + 1 + HEAD_REACH)]:
        if token.is_punct or token.lower in COORDINATORS:
            break
        if token.lower in AUXILIARIES or token.lower in MODALS or token.lower in COPULA_FORMS \
                or token.lower in RELATIVES:
            return False
    return True


# prepositions that open a phrase of a verb (closed-class grammar): not the subordinators PREPOSITIONS also holds
# ("when", "if", "because"), which open a clause
JOINED_PHRASE_OPENERS = frozenset({"with", "in", "for", "by", "after", "during", "among", "from", "on", "at", "over",
                                   "through", "before", "to", "under", "within", "without", "via", "into", "across"})


def _adjectives_joined(analysis: Analysis, comma: int, last: int) -> bool:
    """The comma at `comma` joins two adjectives before one noun ("a chronic, relapsing illness"): no noun before
    it, after it a word that opens no clause or list item."""
    tokens = analysis.tokens
    before = tokens[comma - 1]
    after = _word_after(analysis, comma, last)
    return before.lower.isalpha() and before.lemma not in noun_lemmas() and before.lower not in ARTICLES \
        and after is not None and tokens[after].lower.isalpha() and tokens[after].lower not in CLAUSE_OPENERS \
        and tokens[after].lower not in ARTICLES and tokens[after].lower not in HEAD_ENDS


def _verb_forms(analysis: Analysis, first: int, last: int) -> set[int]:
    """Inflected verbs the cue lexicon does not list, told by their shape: an -s or -ed form of a verb that is no
    noun ("chooses", "calculated"), or one before an object ("tells you", "measures the"), not after a determiner."""
    tokens = analysis.tokens
    nouns = noun_lemmas()
    verbs = verb_lemmas()
    found = set()
    for i in range(first, last):
        token = tokens[i]
        if token.lower == token.lemma or not token.lower.endswith(("s", "ed")) or token.lemma not in verbs \
                or i > first and (tokens[i - 1].lower in DETERMINERS or tokens[i - 1].lower == "-"):
            continue  # (not "cannabis-derived")
        following = tokens[i + 1].lower if i + 1 < last else ""
        if token.lemma not in nouns or following in OBJECT_OPENERS:
            found.add(i)
    return found


OBJECT_OPENERS = frozenset({"the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "your",
                            "my", "you", "it", "them", "us", "him", "me"})


def _subject_verb(analysis: Analysis, start: int, group_first: int, group_end: int) -> bool:
    """The verb group [group_first, group_end) belongs to the clause's subject: it follows a relative inside it, or
    it is one bare past participle before a preposition or opening the clause ("people diagnosed with", "relapsed
    myeloma")."""
    tokens = analysis.tokens
    before = _word_before(analysis, start, group_first)
    if before is not None and before > start and tokens[before].lower in RELATIVES:
        return True
    word = tokens[group_first]
    if group_end - group_first != 1 or not word.lower.endswith(("ed", "ing")) or word.lower in AUXILIARIES:
        return False
    after = _word_after(analysis, group_first, len(tokens))
    return group_first == start or after is not None and (tokens[after].lower in PREPOSITIONS
                                                          or tokens[after].like_num)


def _verb_group_end(analysis: Analysis, p: int, last: int, predicates: set[int]) -> int:
    """The end of the verb group opened at `p`: auxiliaries, adverbs and verb forms after it ("can be managed",
    "has steadily improved", "is typically presented"); a verb form counts after an auxiliary, a modal or "to" (a
    participle or a base form: "may include", "be used"), with its particle ("come back")."""
    tokens = analysis.tokens
    i = p + 1
    helped = tokens[p].lower in AUXILIARIES or tokens[p].lower in MODALS or tokens[p].lower in COPULA_FORMS
    adverbials = head_words().adverbial_phrases
    adverbs = group_adverbs()
    while i < last:
        token = tokens[i]
        lower = token.lower
        if token.is_space or lower in adverbs or lower.endswith("ly") and lower.isalpha() \
                and lower not in verb_lemmas():
            i += 1
            continue
        if i + 1 < last and (lower, tokens[i + 1].lower) in adverbials:
            i += 2
            continue
        if lower in AUXILIARIES or lower in MODALS or lower in COPULA_FORMS:
            helped = True
            i += 1
            continue
        if helped and (i in predicates or token.lemma in verb_lemmas() and (
                lower != token.lemma and lower.endswith(("ed", "en", "ing")) or lower in irregular_past_forms()
                or lower == token.lemma and tokens[i - 1].lower in MODALS | {"do", "does", "did", "to"})):
            i += 1
            break
        break
    if i < last and tokens[i].lower in PARTICLES:
        i += 1  # "go back", "break down"
    return i
