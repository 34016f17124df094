"""Claim + reference library -> verdict: status, matched evidence with quotes, and the reason.

Claims and evidence statements are both reduced to weighted terms: concept ids from the concept lexicon
(synonyms and abbreviations collapse, a drug also counts as its class at lower weight) and content lemmas.
A statement is scored by its best-matching phrasing (its `addresses`, finding and strongest wording) with an
IDF-weighted cosine, or by the share of the claim's terms it covers (a long statement); content words are
compared without derivational suffixes (lexicons/suffixes.yml). Everyday English words (lexicons/everyday.yml)
shared alone are no shared content. Polarity flips the statement's stance toward the
claim: negation ("not curative"), antonyms ("incurable"), denials, null results, change words and good/bad valence
(lexicons/polarity.yml), read from the statement's clause that shares most with the claim.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from typing import Any, NamedTuple, Sequence

from pipeline.clauses import (ARTICLES, AUXILIARIES, COPULA_FORMS, INDEFINITE_ARTICLES, LISTING_VERBS, MODALS,
                              PREPOSITIONS, assertion_heads, head_words, subject_words)
from pipeline.concepts import SUBJECT_TYPES, load_concepts
from pipeline.errors import DataError
from pipeline.models import Claim, EvidenceMatch, evolve, strength_rank
from pipeline.nlp import Analysis, Mention, Token, analyse_text
from pipeline.patterns import everyday_words, lower_words, verb_lemmas
from pipeline.ratios import load_ratio_names
from pipeline.references import EvidenceStatement, Library

MATCH_THRESHOLD = 0.30  # minimum cosine for a statement to address a claim
# A contradiction blocks a CI run: a refuted assertion ("immunotherapy boosts the immune system") contradicts only a
# claim that says it closely; matched from further away it is listed with the evidence but decides nothing (on the
# seed articles every such contradiction the gold agrees with scores 0.55 or more).
REFUTED_ADDRESS_THRESHOLD = 0.5
TREATMENT_TYPES = ("treatment", "drug_class", "drug")
TREATMENT_OR_POPULATION = (*TREATMENT_TYPES, "population")
RISK = "risk"  # the concept of a risk or chance (lexicons/concepts.yml)
OUTCOME_TYPES = ("outcome", "harm")  # concepts that name what happens to patients (_outcome_terms)
PART_TYPES = ("cell", "body", "population")  # concepts that name what a text speaks of: cells, organs, people
OUTCOME_HOLDER_TYPES = (*SUBJECT_TYPES, *PART_TYPES)  # what an outcome is said of (`_shares_only_outcomes`)
# ... and only a claim that holds at least this share of what the assertion says beyond its subject (_misses_predicate)
PREDICATE_SHARE = 0.5
# a statement holding none of a claim's head but this many words of what it says beyond its subject may say the
# head in other words (_misses_head): two were often one topic noun phrase and a qualifier ("clinical trials")
HEAD_PARAPHRASE = 3
# the grammar before a head's main verb (_asserts_an_effect): auxiliaries, modals, "do" of emphasis, the forms of
# "be", "not"; the focus adverbs that may stand there too are data (lexicons/heads.yml `focus_adverbs`)
EFFECT_VERB_GRAMMAR = frozenset(AUXILIARIES | MODALS | {"be", "been", "being", "not", "n't"})
HAVE_FORMS = frozenset({"have", "has", "had"})
HEAD_SENTENCE_ENDS = frozenset({".", "!", "?"})
VERB_JOINERS = frozenset({"to", "and", "or"})  # "to guide", "change and grow": verbs of a head after its main one
# A statement whose finding is the opposite of the claim's (a polarity flip) contradicts when it matches as closely,
# or holds this share of the claim's weighted terms (an abstract's long results sentence dilutes the cosine of a
# claim it covers). Below both it is too far: on accurate patient pages about myeloma every flip there shared the
# disease's names and one more word ("there's no cure for myeloma, but its symptoms can wax and wane" against
# "remission means signs of myeloma are reduced or gone") and was wrong.
FLIP_COVERAGE = 0.4
# ... or the share of the claim's weighted terms a statement holds: a long statement (an abstract's results
# sentence) covers a claim its extra words would keep below the cosine threshold; a claim of few terms is
# covered by chance, so it needs the cosine
COVERAGE_THRESHOLD = 0.3
COVERAGE_MIN_TERMS = 5
# ... and a claim of fewer terms is covered only by a statement holding most of its weight: "MafA phosphorylation
# enhances its ubiquitination" is said by "GSK-3 triggers MafA sequential phosphorylation on residues S61, T57, T53
# and S49, inducing its ubiquitination and degradation", whose residues keep the cosine low
SHORT_COVERAGE_THRESHOLD = 0.6
# ... and a long statement covers a claim only through three shared terms or more: two rare words of a claim can
# weigh 30 % of it, and a sentence holding just those ("ethanol exposure was profiled" for "ethanol stress
# increases SRL expression") shares its topic, not its finding
COVERAGE_MIN_SHARED = 3
BOUND_MARGIN = 1e-9  # slack of the vectorised pre-test in `EvidenceIndex._reachable` over the exact one
TIE_MARGIN = 0.95  # statements within this fraction of the best score are weighed together
# among them, a supporting statement that says the opposite of the claim ("no difference" against "better", "X is
# unrelated to Y" against "X causes Y", "lowered" against "raises") contradicts it even when another statement
# scores higher. (The closest wording often names the topic without a finding, "X was measured in ...": see
# _finding_beyond.) Good and bad outcomes are told apart first (valence), so "reduced risk" does not oppose
# "improves quality of life"
PARTIAL_REACH = 4  # tokens from "not" to the "all" it denies ("does not protect against all")
ADVERB_REACH = 2  # tokens from an adverb of association to the word it qualifies ("positively and independently associated")
# the share of a claim's weight but its words of change that a statement saying a change of what they name must hold
# to speak to it (`_covered_but_the_change`): half, as a claim must share half its weight to be read against a clause
CHANGE_COVERAGE = 0.5
PAIR_REACH = 3  # tokens between an outcome word and the change said of it (_paired_valence)
RESISTED_HARM = "protection"  # a beneficial outcome (polarity.yml valence): a harm resisted reads so (_resisting_harms)
RESIST_REACH = 5  # tokens after "resistant to" that may name the harm, across a hyphenated modifier ("diet-induced")
FINDING_MARGIN = 0.4  # a claim of change with no change among the closest statements: see _finding_beyond
BROADER_WEIGHT = 0.4
CONTEXT_WEIGHT = 0.35  # a disease name says where a claim applies, not what it claims
GENERIC_DISEASES = {"cancer", "condition"}
# treatment concepts that say how or when something is given, not what: they name no intervention of their own
# ("the treatment", "newer drugs", "in combination with", "maintenance", "switching drugs"), see _named_treatments
GENERIC_TREATMENTS = frozenset({"treatment", "new treatment", "combination therapy", "retreatment",
                                "maintenance therapy"})
ANY_DRUG = "drug"  # the broader concept of every drug ("statins", "probiotics" and "antibiotics" are kinds of it)
ANY_DISEASE = "condition"  # the concept of a disease named by a general word or one the lexicon has no concept for
GENERAL_CANCER = "cancer"  # the concept every named cancer is a kind of (concepts.yml `broader`)
SIDE_EFFECTS = "side effects"  # the concept of a treatment's harms (concepts.yml)
NAMING = "naming"  # the one term of the words that name or define a thing (lexicons/naming.yml)
# terms a claim's head may hold that nearly every statement of a treatment library holds too (a drug's or a
# procedure's broader concept, naming): a statement holding only these does not speak to the head (_head_missed).
# A disease's broader concept stays: after a copula it classifies the subject ("high blood pressure is a serious
# condition for covid-19 patients")
GENERIC_HEAD_TERMS = frozenset({NAMING, ANY_DRUG} | GENERIC_TREATMENTS)
# ... and inside a name given ("may be called a solitary plasmacytoma"), the disease a name is a kind of too
GENERIC_NAME_TERMS = frozenset(GENERIC_HEAD_TERMS | {ANY_DISEASE, GENERAL_CANCER})

LEMMA_WEIGHT = 0.6
LINK_WEIGHT = 0.2  # a word saying only that two things are linked ("plays a role in"; lexicons/links.yml)
STATE_WEIGHT = 1.0  # a disease-state word inside a disease name ("refractory") separates "relapsed" from "refractory"
LEMMA_ANCHORS = 4  # rarest content words that may anchor a claim naming no lexicon concept
PHRASING_WEIGHTS = {"address": 1.0, "finding": 0.9, "strongest": 0.9, "population": 0.0}  # population: diseases only
EXTRA_STOP_WORDS = {"patient", "people", "individual", "also", "well", "make", "use", "include", "like", "such", "way",
                    "new", "help", "show", "shown",
                    # adverbs of frequency say how often, not what (spaCy's list has "often", "sometimes", "mostly"
                    # but not these): "this cancer usually recurs" shares no content with "responses were usually
                    # not permanent" ("rarely" and "seldom" are denials, polarity.yml)
                    "usually", "typically", "generally", "commonly", "frequently", "occasionally",
                    # ... and adverbs of extent how much: "is primarily expressed on myeloma cells" says where
                    "primarily", "mainly", "largely", "predominantly", "chiefly",
                    # ... and adverbs of degree how strongly: "it is a highly manageable disease" shares nothing with
                    # "CAR-T is highly effective"
                    "highly", "extremely", "greatly"}
STRENGTH_WORDS = {"none": "descriptive (no causal claim)", "correlational": "associational",
                  "conditional": "hedged (may, can)", "direct": "direct causal", "absolute": "absolute or certain"}
IDENTIFIER_JOINERS = "-+/."
RELATIVE_PRONOUNS = {"who", "whom", "whose", "which", "where"}
VALENCE_KEYS = ("harmful", "beneficial", "worse", "better")
RELATIVE_REACH = 3
PREDICATIVE_REACH = 3  # "is an ineffective", "was largely unaffected"  # "who have not", "which did not"
# words that may stand between a predicate word and a denial said of the subject: articles, and the one degree adverb
# not in -ly ("are almost non-existent"); not "very": "is very rarely treated" says how often, of the treating
PREDICATIVE_FILLERS = frozenset(ARTICLES | {"almost"})
# The stance a statement takes toward a claim of the opposite polarity. A qualifying statement (the evidence is
# weaker or narrower than what it addresses) does not contradict a claim denying what it addresses: such a claim
# ("transplant has not been shown to help people live longer" against "transplant prolongs life", qualified by
# "longer remission, no longer survival") is at most partly right too. It contradicts only a claim that denies
# what its finding does show (see _denies_finding).
FLIP = {"supports": "refutes", "refutes": "supports", "qualifies": "qualifies"}
FINDING_SHARED_TERMS = 2  # a finding's clause that shares fewer terms with the claim says nothing of it
CLAUSE_REACH = 12  # tokens before a negation searched for the word opening its clause (_in_clause_before)
SENTENCE_ENDS = frozenset({".", "!", "?", ";", ":"})
# the marks that part a statement's clauses for its polarity (`_clause_terms`), with the words of polarity.yml
# `clause_breaks`: a semicolon, and a colon, after which an abstract often turns from others' work to its own ("similar
# mutations have not been identified in glioma: in fact, our data suggest A20 may act as a tumour enhancer")
CLAUSE_MARKS = (";", ":")
ADVERBS_BEFORE_NOT = frozenset({"still", "often", "also", "yet", "even", "now", "just", "currently", "always"})


@lru_cache(maxsize=1)
def _ignored_lemmas() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS  # spaCy's English stop list, loaded only when analysing

    # ... but a word of how bad a harm is says what a claim asserts of it: spaCy lists "serious" (polarity.yml
    # `severity`)
    polarity = load_polarity()
    return frozenset(STOP_WORDS | EXTRA_STOP_WORDS).difference(polarity.mild | polarity.severe)


@dataclass(frozen=True)
class Terms:
    weights: dict[str, float]
    negative: bool
    absolute: bool = False
    direction: int = 0  # +1 something goes up, -1 goes down, 0 neither or both
    diseases: tuple[str, ...] = ()  # diseases named outright (not "cancer" or "condition" in general)
    valence: int = 0  # +1 the change is good for the patient, -1 bad, 0 unknown or both
    words: dict[str, str] = field(default_factory=dict)  # stemmed term -> the word as written ("w:hydroxyl")
    everyday: frozenset[str] = frozenset()  # terms named only by everyday English words ("free", "damages")
    # term -> the spans (first, last token) that name it: one word named by several concepts ("statins": a drug and
    # a treatment; "infection": a condition and a harm) is one word shared, however many terms it gives (_word_groups)
    origins: dict[str, frozenset[tuple[int, int]]] = field(default_factory=dict)
    # what a negation denies: the terms of the first word of content after "not"/"no"/"without" ("not curative":
    # cure; "has no symptoms": symptom). Empty when the text is not negative or is negative otherwise (a null result,
    # a denying word): see _negated_terms, _negation_bears
    negated: frozenset[str] = frozenset()
    frequent: bool = False  # says how often: "commonly", "most people" (polarity.yml `frequency`)
    partial: bool = False  # its negation denies only "all": "does not protect against all types" (_negation_bears)
    universal: bool = False  # says "all", "every" or "always" (polarity.yml `partial_negation`)
    prohibition: bool = False  # its negation forbids: "you mustn't have high cholesterol" (polarity.yml `prohibition`)
    # term -> the change said nearest to it (+1 up, -1 down, within PAIR_REACH tokens): "PDS reduces proliferation by
    # inducing DSB accumulation" says proliferation goes down whatever else goes up (_paired_direction)
    targets: dict[str, int] = field(default_factory=dict)
    aim: bool = False  # states a study's aim, question or design, not a finding (lexicons/aims.yml)
    # the terms of what the text says is lost before it says a change ("knockout of MVP inhibits tumour growth"):
    # the change is said of that thing, the other way round (lexicons/loss.yml, _loss_reverses)
    lost: frozenset[str] = frozenset()
    subjects: frozenset[str] = frozenset()  # the terms named before the first change the text says (_loss_reverses)
    # the terms said before and after an asymmetric relation ("the benefits outweigh the risks": benefit | risk;
    # lexicons/relations.yml), empty without one (_relation_sides)
    left: frozenset[str] = frozenset()
    right: frozenset[str] = frozenset()
    relation_sense: int = 0  # +1 the left side is the greater, -1 the lesser, 0 no relation
    # the terms said after a negation's trigger, everyday words left out ("may not become apparent until
    # years later": apparent): what a negative claim denies (_denied_terms)
    denied: frozenset[str] = frozenset()
    # the diseases a treatment named before them is said to cause or raise ("statins raise the risk of diabetes"):
    # its harms, not the disease the text is about (_caused_diseases)
    caused: frozenset[str] = frozenset()
    # the harms it names as the target of a treatment ("remedies for hair loss", "hair loss drugs"; lexicons/
    # targets.yml): a harm another intervention causes, not one the text says something causes (_treated_terms)
    treated: frozenset[str] = frozenset()
    # its negation denies through a word of evidence ("no clear evidence linking X to Y"): that word is then part of
    # what it denies, not only how a thing is known (_evidence_denied, _close_enough_to_flip)
    evidence_denied: bool = False
    # what a verb of causing links ("radiation therapy can cause nausea"): the terms named before it (the cause) and
    # those after it, within PAIR_REACH tokens (what it brings about): `_lowers_what_it_causes`
    causes: frozenset[str] = frozenset()
    effects: frozenset[str] = frozenset()
    # the factors a finding is said to hold whatever they are ("seen regardless of age": age) and those said to change
    # nothing ("age did not change the benefit": age), everyday words too (polarity.yml `unchanged`)
    regardless_of: frozenset[str] = frozenset()
    unmodified_by: frozenset[str] = frozenset()
    # the terms of what the text asserts, as opposed to what it only mentions: its verb group and the complement the
    # verb takes ("is typically presented", "may be eligible to receive"), not its subject nor the phrases around it
    # (`pipeline.clauses.assertion_heads`); empty when no verb is told, and for a clause read for its polarity
    head: frozenset[str] = frozenset()
    # ... and of the name a verb of naming in that head gives ("may be called a solitary plasmacytoma"): `_misses_name`
    name_given: frozenset[str] = frozenset()
    # ... and its general terms (GENERIC_HEAD_TERMS: "treatment") that it names only inside its head: a statement
    # holding only those does not speak to it (`_head_missed`); one the subject names too ("CBT is a talking therapy")
    # is what the subject is, which a statement about the subject holds
    head_general: frozenset[str] = frozenset()
    # ... and the terms its main verb names, in a head that does not define ("is also measured by PFS": measure;
    # "can help" and "have" name none): a statement holding neither the verb nor half the head's words speaks of
    # what the claim names, not of what it asserts of it (`_head_missed`)
    head_verbs: frozenset[str] = frozenset()
    # how the two things an association or a likelihood links vary together: +1 both the same way ("birth weight was
    # positively associated with the risk", "higher X was associated with more Y"), -1 the one against the other
    # ("lower X ... more likely to develop Y", "X was inversely correlated with Y"), 0 no such link or unknown
    # (`_covariation`)
    covariation: int = 0
    # the words of outcomes good or bad for the patient it names, as written (polarity.yml `valence`: "risk",
    # "mortality", "survival"): two texts naming the same compare how they vary rather than their valence
    outcomes: frozenset[str] = frozenset()
    # the terms named only in an adjunct of means ("... by degrading β-catenin": β-catenin; polarity.yml `means`): how
    # the main change comes about, compared after the main outcome (`_paired_direction`)
    means: frozenset[str] = frozenset()
    # the terms named only by words of change ("decreases", "a reduction"): how the text says its thing varies, which
    # the polarity reading compares; a statement may say it with the opposite word (`_covered_but_the_change`)
    changed: frozenset[str] = frozenset()
    # the words by which a claim's subject names what it is about where no concept of the lexicon names it
    # ("colloidal silver": colloid, silver; `subject_name`), set by the audit from the claim's resolved subject; empty
    # for a statement and for a claim with no subject. A claim naming a thing no statement names is not judged by
    # statements about a named intervention (`EvidenceIndex.find`)
    named_subject: frozenset[str] = frozenset()
    # tells what a study's authors did, not what they found ("We examined the role of IL-12 receptor signalling"):
    # ranked as a finding would be (it often names the claim's topic as its results do), but it denies nothing
    # (lexicons/aims.yml `design`, `_asks_only`)
    design: bool = False


def _terms_record(terms: Terms) -> dict:
    record = {name: getattr(terms, name) for name in TERMS_FIELDS}
    record.update({name: sorted(getattr(terms, name)) for name in TERM_SETS}, diseases=list(terms.diseases),
                  origins={term: sorted(spans) for term, spans in terms.origins.items()})
    return record


def _terms_from_record(record: dict) -> Terms:
    return Terms(**{**record, **{name: frozenset(record[name]) for name in TERM_SETS},
                    "diseases": tuple(record["diseases"]),
                    "origins": {term: frozenset(map(tuple, spans)) for term, spans in record["origins"].items()}})


TERMS_FIELDS = tuple(f.name for f in fields(Terms))
# the fields holding sets of terms, written to the cache as sorted lists: each new one is recorded without listing it
TERM_SETS = tuple(f.name for f in fields(Terms) if isinstance(f.default, frozenset))


class _Content(NamedTuple):
    """What a token range names (the first half of `extract_terms`), with what its polarity is read from."""

    weights: dict[str, float]
    words: dict[str, str]
    origins: dict[str, set[tuple[int, int]]]
    diseases: set[str]
    named: set[int]  # tokens of a disease name
    cues: list[Mention]  # cue mentions, the antonyms that are concepts or disease states left out
    lemmas: list[str]
    everyday: frozenset[str]  # terms named by everyday words only, and NAMING
    absolute: bool
    frequent: bool
    may_name_harm: bool  # a disease named after a treatment: `caused` may not be empty
    treated: frozenset[str]

    def terms(self) -> Terms:
        """The terms alone, every polarity field at its default."""
        return Terms(self.weights, False, self.absolute, diseases=tuple(sorted(self.diseases)), words=self.words,
                     everyday=self.everyday, origins={t: frozenset(spans) for t, spans in self.origins.items()},
                     frequent=self.frequent, treated=self.treated)


def content_terms(analysis: Analysis, first: int, last: int) -> Terms:
    """What a token range names, without reading its polarity when it can: every field `EvidenceIndex.find` reads is
    that of `extract_terms`, so a claim no statement addresses is looked up for less. A range that names a disease
    after a treatment is read whole: the disease may be a harm of the treatment (`Terms.caused`)."""
    content = _read_content(analysis, first, last)
    # nor the head of what it asserts (`Terms.head`): only `assess_claim` reads it, of `extract_terms`
    return _with_polarity(analysis, first, last, content, head=False) if content.may_name_harm else content.terms()


def extract_terms(analysis: Analysis, first: int, last: int, clause: bool = False, head: bool = True) -> Terms:
    """Concept ids (with broader concepts) and content lemmas of a token range, and its polarity; a `clause` of a
    longer statement is negated only by a negation word inside it (the scope of "not" in "responses were not
    lasting, so relapse is common" runs on past the clause break); `head`: read the head of what it asserts
    (`Terms.head`, which only a claim's terms need)."""
    return _with_polarity(analysis, first, last, _read_content(analysis, first, last), clause, head)


def subject_terms(subject: str, analysis: Analysis) -> Terms:
    """What a claim's resolved subject names (`content_terms`). The claim stage takes it from the same article, so it
    is read there, where it first occurs, from the analysis already made; a subject not found as written is analysed
    on its own."""
    text = analysis.source.text
    at = text.find(subject)
    found = (at, at + len(subject)) if at >= 0 else None
    if found is None and (spaced := re.search(r"\s+".join(map(re.escape, subject.split())), text)):
        found = spaced.span()  # the subject's words are joined by other blanks in the source
    if found:
        first, last = analysis.token_range(*found)
        if analysis.text_of(first, last) == subject:
            # words the subject reports ("consumers who rely on products claiming to cure") are not what it names
            inside = [start for start, _ in analysis.mentioned if found[0] < start < found[1]]
            if inside:
                last = analysis.token_range(found[0], min(inside))[1]
            return content_terms(analysis, first, last)
    return _phrase_terms(subject)


@lru_cache(maxsize=1024)
def _phrase_terms(subject: str) -> Terms:
    analysis = analyse_text(subject)
    return content_terms(analysis, 0, len(analysis.tokens))


def subject_name(subject: Terms) -> frozenset[str]:
    """The words by which a claim's subject (`subject_terms`) names what it is about where no concept of the lexicon
    names it: its content words ("colloidal silver": colloid, silver), not those of people who act or speak ("your
    doctor", "many patients"; lexicons/subjects.yml `people_heads`, `plural_nouns`), whom the claim is not about
    (`Terms.named_subject`)."""
    lists = subject_words()
    people = lists["people_heads"] | lists["plural_nouns"] | lists["people_pronouns"]
    return frozenset(t for t in subject.weights if t.startswith("w:") and subject.words.get(t, "") not in people)


CLASS_REACH = 3  # words between "is a" / ", a" and the intervention a page says its thing is ("is a new oral drug")


def kinds_defined(analysis: Analysis, claims: Sequence[Claim]) -> dict[frozenset[str], frozenset[str]]:
    """The interventions a page says the things it names are kinds of, by the words naming them (`subject_name`):
    "Keytruda is an immunotherapy", "Keytruda, an immunotherapy, can cause …" (a copula or a comma after the claim's
    subject with no preposition in it, an article, at most CLASS_REACH words, then an intervention the lexicon
    knows). A claim about the thing is then one about a kind of that intervention (pipeline/audit.py
    `_with_subject`), which a statement about the intervention addresses; the lexicon does not know every brand and
    new drug."""
    kinds: dict[frozenset[str], set[str]] = {}
    tokens = analysis.tokens
    text = analysis.source.text
    for claim in claims:
        at = text.find(claim.subject, claim.start, claim.end) if claim.subject else -1
        if at < 0:
            continue
        first, after = analysis.token_range(at, at + len(claim.subject))
        last = analysis.token_range(claim.start, claim.end)[1]
        if after + 2 >= last or not (tokens[after].lower == "," or tokens[after].lower in COPULA_FORMS) \
                or tokens[after + 1].lower not in ARTICLES:
            continue
        if any(tokens[k].lower in PREPOSITIONS for k in range(first, after)):
            continue  # "The sellers of Supple, a liquid supplement": the kind is the inner noun's
        name = subject_name(content_terms(analysis, first, after))
        if not name:
            continue
        named = [m.label for m in analysis.of_kind("concept", after + 2, min(after + 3 + CLASS_REACH, last))]
        if _named_treatments(named):
            kinds.setdefault(name, set()).update(_named_treatments(named))
    return {name: frozenset(found) for name, found in kinds.items()}


def _with_polarity(analysis: Analysis, first: int, last: int, content: _Content, clause: bool = False,
                   head: bool = True) -> Terms:
    """The terms of `content` (what the range names) with the range's polarity read (`extract_terms`)."""
    weights, words, origins, named, cues, lemmas = (content.weights, content.words, content.origins, content.named,
                                                    content.cues, content.lemmas)
    everyday = content.everyday
    concepts = load_concepts()
    polarity = load_polarity()
    # a direction word inside a name says no change: "high blood pressure", "accelerated approval", "high-risk group"
    in_names = named | _words_of_names(analysis, first, last, polarity)
    cues = [c for c in cues
            if not (c.label.startswith("direction:") and all(i in in_names for i in range(c.first, c.last)))]
    verbs = {i for c in cues if c.label in ("predicate", "strength:causal") or c.label.startswith("direction:")
             for i in range(c.first, c.last)}
    losses = _loss_phrases(analysis, first, last, lemmas, verbs)
    if losses:
        # only the losses said before the verb and any other change name the subject: after one ("X causes
        # depletion of Y", "... reduces growth by inhibiting repair") the word says a change of its own
        words_of_loss = {at for at, _, _ in losses}
        said = [i for i in verbs if i not in words_of_loss]
        changing = polarity.up | polarity.down
        said += [first + k for k, token in enumerate(analysis.tokens[first:last])
                 if first + k not in words_of_loss and (token.lemma in changing or token.lower in changing)]
        losses = [loss for loss in losses if loss[0] < min(said, default=last)]
    loss_words = {at for at, _, _ in losses}  # "Inhibiting FAK increases ..." says an increase, not a fall
    cues = [c for c in cues if c.first not in loss_words] if loss_words else cues
    cued = {i for c in cues if c.label.startswith("direction:") for i in range(c.first, c.last)}
    # an adverb keeps its own form: "negatively associated" says a direction, "negative effects" a valence
    forms = [t.lower if t.lower.endswith("ly") and t.lower.isalpha() else t.lemma for t in analysis.tokens[first:last]]
    # ... and so does the adjective of an association: "a positive correlation" is "positively correlated"
    forms = [form + "ly" if form in polarity.association_adjectives and nxt in polarity.association_words else form
             for form, nxt in zip(forms, [*forms[1:], ""])]
    forms = _resisting_harms(forms, first, origins, polarity)  # "resistant to obesity" is protected from it
    rest = [form for i, form in enumerate(forms, first) if i not in cued and i not in in_names and i not in loss_words]
    ratios = _ratio_findings(analysis, first, last, lemmas)  # "OR 2.77 (95% CI 1.04 to 7.97)": a rise
    ups = sum(c.label == "direction:up" for c in cues) + sum(lemma in polarity.up for lemma in rest) \
        + sum(sign > 0 for _, sign in ratios)
    downs = sum(c.label == "direction:down" for c in cues) + sum(lemma in polarity.down for lemma in rest) \
        + sum(sign < 0 for _, sign in ratios)
    direction = (ups > 0) - (downs > 0)
    valence = _valence(polarity, [form for i, form in enumerate(forms, first) if i not in in_names], direction)
    changes = sorted([(c.first, 1 if c.label == "direction:up" else -1) for c in cues
                      if c.label in ("direction:up", "direction:down")]
                     + [(i, 1 if form in polarity.up else -1) for i, form in enumerate(forms, first)
                        if i not in cued and i not in in_names and i not in loss_words
                        and (form in polarity.up or form in polarity.down)])
    changes = sorted(changes + [(at, sign) for at, sign in ratios if sign]) if ratios else changes
    links = [first + at for at in _phrase_starts(lemmas, polarity.causal_links)]
    if not valence:
        # mixed changes ("mortality decreased with an increasing number of healthy factors"): each outcome takes
        # the change said nearest to it
        valence = _paired_valence(polarity, [(i, form) for i, form in enumerate(forms, first) if i not in in_names],
                                  changes, links)
    # "increases the severity of migraines": the words of a measure of a thing stand between its change and the thing
    bridges = _measure_words(forms, first, polarity)
    if bridges:
        targets = _change_targets(_without_positions(origins, bridges),
                                  [(_position_without(i, bridges), sign) for i, sign in changes],
                                  [_position_without(i, bridges) for i in links], set(everyday - {NAMING}))
    else:
        targets = _change_targets(origins, changes, links, set(everyday - {NAMING}))  # not the everyday words
    covariation = _covariation(forms, first, changes, polarity)
    outcomes = frozenset(form for i, form in enumerate(forms, first)
                         if i not in in_names and (form in polarity.harmful or form in polarity.beneficial))
    predicates = {i for c in cues if c.label == "predicate" for i in range(c.first, c.last)}
    denial = any(_predicative(analysis, first + at, first, predicates) or _opens_range(analysis, first + at, first)
                 for at in _phrase_starts(lemmas, polarity.denial))
    denial = denial or _harm_absent(analysis, first, last, polarity, concepts)
    not_negating = {first + at + k for at in _phrase_starts(lemmas, polarity.not_negation)
                    for k in range(_phrase_length(lemmas, at, polarity.not_negation))}
    if clause:
        not_negating |= {m.trigger.first for m in analysis.modifiers_on(first, last) if m.trigger.first < first}
    else:
        # ... and a negation in a clause opened before the range ("While there is no cure for myeloma, the cancer can
        # be managed for years") belongs to that clause; one the range continues ("doesn't result in living longer,
        # slowing cognitive decline") still denies it
        not_negating |= {m.trigger.first for m in analysis.modifiers_on(first, last)
                         if m.trigger.first < first and _in_clause_before(analysis, m.trigger.first, first, polarity)}
    null = bool(_phrase_starts(lemmas, polarity.no_effect)) or bool(ratios) and not any(s for _, s in ratios)
    negations = [m for m in _negations(analysis, first, last, cues, not_negating) if not _with_exception(analysis, m)]
    negative = (null or bool(negations)) != (denial or any(c.label.startswith("antonym:") for c in cues))
    negative = negative or _answered_no(analysis, first, last)  # "Can pets spread it? No."
    partly = {first + at for at in _phrase_starts(lemmas, polarity.partial_denial)}
    hedged_denial = bool(partly) and not negations and not null  # "not necessarily safe": no negation to ConText
    negative = negative or hedged_denial
    passed = polarity.evidential_words | polarity.association_words
    negated = frozenset() if null or not negative else _negated_terms(analysis, negations, origins, passed)
    denied = frozenset() if null or not negative else _denied_terms(negations, origins, last) - everyday
    evidence_denied = negative and not null and _evidence_denied(analysis, negations, origins, passed,
                                                                 polarity.evidential_words, everyday)
    aim = _states_aim(analysis, first, last, lemmas)
    partial = hedged_denial or bool(negated) and all(_denies_all(analysis, negation, polarity)
                                                     or negation.trigger.first in partly for negation in negations)
    universal = not polarity.partial_negation.isdisjoint(t.lower for t in analysis.tokens[first:last])
    prohibition = bool(negations) and all(negation.trigger.first > first and analysis.tokens[negation.trigger.first - 1]
                                          .lower in polarity.prohibition for negation in negations)
    first_change = min((at for at, _ in changes), default=last)
    lost = _lost_terms([loss for loss in losses if loss[0] < first_change], origins, everyday)
    subjects = frozenset(t for t, spans in origins.items() if any(a < first_change for a, _ in spans)) \
        if losses or changes else frozenset()
    relation = _relation(analysis, first, last, lemmas, origins)
    rises = [at for at, sign in changes if sign > 0] + [first + at for at in _phrase_starts(lemmas, polarity.causing)]
    caused = _caused_diseases(origins, rises) if valence <= 0 and rises else frozenset()
    if caused:
        # a disease a treatment causes is one of its side effects: "statins have side effects" meets "statins raise
        # the risk of diabetes"
        weights.setdefault(SIDE_EFFECTS, BROADER_WEIGHT)
        origins.setdefault(SIDE_EFFECTS, set()).update(span for t in caused for span in origins[t])
    causes, effects = _cause_and_effect(origins, _causing_verbs(lemmas, first, polarity, in_names | cued), last,
                                        everyday)
    regardless_of, unmodified_by = _unchanged_factors(origins, lemmas, first, polarity)
    head_read = _head_terms(analysis, first, last, origins) if head and not clause \
        else (frozenset(), frozenset(), frozenset(), frozenset())
    return Terms(weights, negative, content.absolute, direction, tuple(sorted(content.diseases)), valence, words,
                 everyday, {term: frozenset(tokens) for term, tokens in origins.items()}, negated, content.frequent,
                 partial, universal, prohibition, targets, aim, lost, subjects, relation.left, relation.right,
                 relation.sense, denied, caused, content.treated, evidence_denied, causes, effects, regardless_of,
                 unmodified_by, head_read[0], head_read[1], head_read[2], head_read[3], covariation, outcomes,
                 _means_terms(analysis, first, last, origins, polarity),
                 _changed_terms(origins, cued | {at for at, _ in changes}),
                 design=not aim and _tells_design(analysis, first, last, lemmas))


def _changed_terms(origins: dict[str, set[tuple[int, int]]], changing: set[int]) -> frozenset[str]:
    """The terms every word of which says a change (`Terms.changed`): `changing` holds the places of those words."""
    return frozenset(t for t, spans in origins.items()
                     if spans and all(i in changing for a, b in spans for i in range(a, b)))


def _head_terms(analysis: Analysis, first: int, last: int, origins: dict[str, set[tuple[int, int]]]
                ) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The terms named inside the heads of what [first, last) asserts (`Terms.head`), but the people, and the
    treatments, drugs and diseases an object names: "you consider all your options for myeloma" asserts the
    considering. After a copula or a verb of naming the noun is what the subject is said to be ("is a type of
    cancer", "is called relapsed myeloma"): it counts. A head whose verb or object is an effect ("works against",
    "may impact", "would have an effect in limiting") asserts an effect, which polarity reads in other words
    ("effective at inactivating"): such a claim has no head to miss (none). Second, those of the heads' terms that
    lie in a name a verb of naming gives (`_name_spans`, `Terms.name_given`); third, its general terms named only
    inside the heads (`Terms.head_general`); fourth, the terms of the main verbs of the heads that do not define
    (`Terms.head_verbs`, `_main_verbs`)."""
    concepts = load_concepts()
    tokens = analysis.tokens
    found: set[str] = set()
    # each sentence of a claim asserts its own head ("X can infect anyone. People with diabetes are more at risk"); a
    # question with its verb first asks what the words after that verb would assert ("Can dogs get coronavirus?"),
    # and the sentence after a question answers it ("The short answer is yes"): the question's head is the claim's
    sentences = _sentence_spans(tokens, first, last)
    heads = [head for at, (a, b) in enumerate(sentences) if not (at and tokens[sentences[at - 1][1] - 1].text == "?")
             for head in assertion_heads(analysis, a + 1 if _asks(tokens, a, b) else a, b)]
    if any(_asserts_an_effect(analysis, head) for head in heads):
        return frozenset(), frozenset(), frozenset(), frozenset()
    names = [span for head in heads if head.defines for span in _name_spans(analysis, head)]
    for head in heads:
        for term, spans in origins.items():
            # an adverb says how, not what ("is specifically used", "grow uncontrollably")
            if not any(a < head.last and b > head.first and not (b - a == 1 and tokens[a].lower.endswith("ly"))
                       for a, b in spans):
                continue
            kind = concepts[term].type if term in concepts else None
            if kind == "population" or kind in SUBJECT_TYPES and not head.defines:
                continue
            found.add(term)
    named = frozenset(t for t in found if any(a < name_end and b > name_first
                                              for a, b in origins[t] for name_first, name_end in names))
    general = frozenset(t for t in found if t in GENERIC_HEAD_TERMS and all(
        any(a < head.last and b > head.first for head in heads) for a, b in origins[t]))
    # (a head that defines says what its subject is, which a statement may say by any verb; a main verb naming no
    # term, "can help", leaves the head to its object)
    verb_terms: set[str] = set()
    for verbs in ([] if any(head.defines for head in heads) else [_main_verbs(analysis, head) for head in heads]):
        if verbs and any(a <= verbs[0] < b for t in found for a, b in origins[t]):
            verb_terms.update(t for t in found if any(a <= v < b for a, b in origins[t] for v in verbs))
    return frozenset(found), named, general, frozenset(verb_terms)


def _main_verbs(analysis: Analysis, head) -> list[int]:
    """The tokens of the head's main verb and of the verbs "to", "and" or "or" open after it ("should be [assessed]
    at diagnosis to [guide] treatment", "[change] and [grow] out of control"): its first word past the auxiliaries,
    modals, "not", focus adverbs and adverbs in -ly, and past a light verb and its "to" ("continues to [challenge]";
    lexicons/heads.yml `light_verbs`), when that word is a verb. None when a light verb leaves the head to its object
    ("sets the stage for relapse"), when a verb of listing says its object is part of the subject ("can involve
    genetic mutations") or a verb of causing that its object comes of it ("can cause side effects": polarity.yml
    `causing`), or when a head opened at its subject has no verb there."""
    tokens = analysis.tokens
    words = head_words()
    verb = next((i for i in range(head.first, head.last) if tokens[i].lower not in EFFECT_VERB_GRAMMAR
                 and tokens[i].lower not in words.focus_adverbs and not tokens[i].lower.endswith("ly")), None)
    while verb is not None and tokens[verb].lemma in words.light_verbs:
        verb = verb + 2 if verb + 2 < head.last and tokens[verb + 1].lower == "to" else None
    lemmas = verb_lemmas()
    if verb is None or tokens[verb].lemma not in lemmas or tokens[verb].lemma in LISTING_VERBS \
            or tokens[verb].lemma in _verbs_of_causing():
        return []
    return [verb, *(i for i in range(verb + 2, head.last)
                    if tokens[i - 1].lower in VERB_JOINERS and tokens[i].lemma in lemmas)]


@lru_cache(maxsize=1)
def _verbs_of_causing() -> frozenset[str]:
    """The first words of polarity.yml `causing` ("cause", "lead" of "lead to", "result" of "result in")."""
    return frozenset(phrase[0] for phrase in load_polarity().causing)


def _name_spans(analysis: Analysis, head) -> list[tuple[int, int]]:
    """The name a verb of naming in `head` gives: the words after it to the head's end ("may be called [a solitary
    plasmacytoma]", "known as [smouldering myeloma]"; lexicons/heads.yml `naming_verbs`, `naming_verbs_before_as`)."""
    tokens = analysis.tokens
    words = head_words()
    for i in range(head.first, head.last - 1):
        lemma = tokens[i].lemma
        if lemma in words.naming_verbs:
            return [(i + 1, head.last)]
        if lemma in words.naming_verbs_before_as and tokens[i + 1].lower == "as":
            return [(i + 2, head.last)]
    return []


def _sentence_spans(tokens, first: int, last: int) -> list[tuple[int, int]]:
    """[first, last) cut after each full stop, question or exclamation mark that another word follows."""
    cuts = [i + 1 for i in range(first, last - 1) if tokens[i].text in HEAD_SENTENCE_ENDS]
    return list(zip([first, *cuts], [*cuts, last]))


def _asks(tokens, first: int, last: int) -> bool:
    """The sentence [first, last) is a question opening with its verb ("Is this right …?", "Can masks …?")."""
    return any(t.text == "?" for t in tokens[first:last]) and (tokens[first].lower in AUXILIARIES
                                                             or tokens[first].lower in MODALS)


def _asserts_an_effect(analysis: Analysis, head) -> bool:
    """The head's main verb is a causal cue (cues.yml strength `causal`: "can stop spreading", "do work against"), or
    "have" takes one as its object before any preposition ("would have a profound effect in limiting"). A cue
    further on ("is important to discuss the benefits", "have looked at the impact of") is only what the claim
    speaks of."""
    tokens = analysis.tokens
    words = head_words()
    verb = next((i for i in range(head.first, head.last) if tokens[i].lower not in EFFECT_VERB_GRAMMAR
                 and tokens[i].lower not in words.focus_adverbs and not tokens[i].lower.endswith("ly")), None)
    if verb is None:
        return False
    for mention in analysis.of_kind("cue", head.first, head.last):
        if mention.label == "strength:causal" and tokens[mention.first].lower in words.undirected_effects:
            return mention.first == verb or verb > head.first and tokens[verb - 1].lower in HAVE_FORMS and not any(
                tokens[i].lower in PREPOSITIONS for i in range(verb, mention.first))
    return False


def _in_clause_before(analysis: Analysis, at: int, first: int, polarity: Polarity) -> bool:
    """The token at `at` lies in a clause that a clause-breaking word opens ("while", "although": polarity.yml
    `clause_breaks`) and a comma closes before `first`, within its sentence."""
    if not any(token.text == "," for token in analysis.tokens[at:first]):
        return False
    for token in reversed(analysis.tokens[max(0, at - CLAUSE_REACH):at]):
        if token.text in SENTENCE_ENDS:
            return False
        if token.lower in polarity.clause_breaks:
            return True
    return False


def _unchanged_factors(origins: dict[str, set[tuple[int, int]]], lemmas: list[str], first: int,
                       polarity: Polarity) -> tuple[frozenset[str], frozenset[str]]:
    """The terms named after "regardless of" (the factors a finding holds whatever they are) and those named before
    "did not change" or "no difference" (the factors said to change nothing): polarity.yml `unchanged`."""
    after = [first + at + _phrase_length(lemmas, at, polarity.regardless)
             for at in _phrase_starts(lemmas, polarity.regardless)]
    before = [first + at for at in _phrase_starts(lemmas, polarity.unmodified)]
    regardless_of = frozenset(t for t, spans in origins.items() if after and any(a >= min(after) for a, _ in spans))
    unmodified_by = frozenset(t for t, spans in origins.items() if before and any(a < max(before) for a, _ in spans))
    return regardless_of, unmodified_by


# what the nearest statement of a claim it does not decide is said to do, by its stance toward the claim: a
# supporting statement matched too loosely backs a related finding; it refutes nothing
NEAR_MISS_WORDING = {"supports": "backs a related finding", "qualifies": "qualifies a related finding",
                     "refutes": "refutes a related assertion"}


def _unchanged_alike(claim: Terms, said: Terms) -> bool:
    """One text says a finding holds regardless of a factor and the other that the factor did not change it ("the
    benefit was seen regardless of age" / "age did not change the benefit"): they agree, the negation notwithstanding.
    """
    return not claim.regardless_of.isdisjoint(said.unmodified_by) or not said.regardless_of.isdisjoint(claim.unmodified_by)


class TargetWords(NamedTuple):
    """lexicons/targets.yml: the words that name a harm as what a treatment treats."""

    linkers: frozenset[str]  # "remedies for hair loss"
    verbs: frozenset[str]  # "slowing hair loss"
    reach: int
    between: frozenset[str]  # words that may stand between, besides words of no concept ("the", "or")
    joiners: frozenset[str]  # "nausea and tiredness"


@lru_cache(maxsize=1)
def _target_words() -> TargetWords:
    from pipeline.patterns import read_lexicon

    data = read_lexicon("lexicons/targets.yml", {"linkers", "verbs", "reach", "between", "joiners"})
    return TargetWords(frozenset(data["linkers"]), frozenset(data["verbs"]), int(data["reach"]),
                       frozenset(data["between"]), frozenset(data["joiners"]))


def _treated_terms(analysis: Analysis, first: int, last: int, lemmas: list[str]) -> frozenset[str]:
    """The harms a token range names as what a treatment treats (lexicons/targets.yml): a harm right after a
    treatment word and a linker ("remedies for hair loss", "the treatment of pattern hair loss"), right before one
    ("hair loss drugs"), or after a verb that lessens it ("slowing or stopping hair loss"); at most `reach` words
    of no concept between."""
    words = _target_words()
    concepts = load_concepts()
    mentions = analysis.of_kind("concept", first, last)
    harms = [m for m in mentions if concepts[m.label].type == "harm"]
    if not harms:
        return frozenset()
    treatment_ends = {m.last for m in mentions if concepts[m.label].type in TREATMENT_TYPES}
    treatment_starts = {m.first for m in mentions if concepts[m.label].type in TREATMENT_TYPES}
    inside = {i for m in mentions for i in range(m.first, m.last)}
    stops = words.linkers | words.verbs
    treated = set()
    treated_ends = set()  # where a treated harm ends: one joined to it by "and"/"or" is treated too
    for harm in harms:
        joined = harm.first - 1
        while joined >= first and analysis.tokens[joined].lower in words.joiners:
            joined -= 1
        if harm.last in treatment_starts or joined < harm.first - 1 and joined + 1 in treated_ends:
            treated.add(harm.label)  # "hair loss drugs", "remedies for nausea and tiredness"
            treated_ends.add(harm.last)
            continue
        at = harm.first - 1  # back over the words between (determiners, "or", words of no concept)
        while at >= first and harm.first - at <= words.reach and at not in inside \
                and lemmas[at - first] not in stops \
                and (analysis.tokens[at].lower in words.between
                     or _names_thing(analysis.tokens[at])):
            at -= 1
        if at < first or at in inside:
            continue
        before = at  # back over closing quotes: "“remedies” for"
        while before > first and analysis.tokens[before - 1].is_punct and analysis.tokens[before - 1].text != ",":
            before -= 1
        if lemmas[at - first] in words.verbs or lemmas[at - first] in words.linkers and before in treatment_ends:
            treated.add(harm.label)
            treated_ends.add(harm.last)
    return frozenset(treated)


def _read_content(analysis: Analysis, first: int, last: int) -> _Content:
    """The concepts (with broader concepts) and content lemmas a token range names."""
    concepts = load_concepts()
    weights: dict[str, float] = {}
    words: dict[str, str] = {}
    covered: set[int] = set()
    named: set[int] = set()  # tokens of a disease name ("refractory myeloma")
    own: dict[int, set[str]] = {}  # token -> concepts (not diseases) that name it
    diseases: set[str] = set()
    common = everyday_words()
    plain: dict[str, bool] = {}  # term -> every mention of it is made of everyday words only
    origins: dict[str, set[tuple[int, int]]] = {}
    for mention in analysis.of_kind("concept", first, last):
        concept = concepts[mention.label]
        for term in (mention.label, *concept.broader):
            origins.setdefault(term, set()).add((mention.first, mention.last))
        # one everyday word ("damages", "drugs"); a phrase of them is a term of its own ("treatment options")
        one_everyday = mention.last - mention.first == 1 and _everyday(analysis.tokens[mention.first], common)
        for term in (mention.label, *concept.broader):
            plain[term] = plain.get(term, True) and one_everyday
        weights[mention.label] = CONTEXT_WEIGHT if concept.type == "disease" else 1.0
        if concept.type == "disease" and concept.id not in GENERIC_DISEASES:
            diseases.add(concept.id)
            named.update(range(mention.first, mention.last))
        elif concept.type != "disease":
            for i in range(mention.first, mention.last):
                own.setdefault(i, set()).add(concept.id)
        if not _names_one_disease(mention, analysis):
            covered.update(range(mention.first, mention.last))
        for parent in concept.broader:
            weights.setdefault(parent, min(BROADER_WEIGHT, weights[mention.label]))
    cues = []
    for cue in analysis.of_kind("cue", first, last):
        span = range(cue.first, cue.last)
        if cue.label.startswith("antonym:") and all(i in named for i in span):
            # inside a disease name an antonym names the disease state ("refractory myeloma"): what the claim is
            # about, not a denial, so it is a content word rather than a polarity flip
            for i in span:
                key = f"w:{stem(analysis.tokens[i].lemma)}"
                weights[key] = STATE_WEIGHT
                origins.setdefault(key, set()).add((i, i + 1))
                words.setdefault(key, analysis.tokens[i].lemma)
            continue
        if cue.label.startswith("antonym:") and all(own.get(i, set()) - {cue.label.split(":", 1)[1]} for i in span):
            continue  # a word the lexicon knows as a concept of its own ("refractory") is that concept, not a denial
        cues.append(cue)
    for cue in cues:
        if cue.label.startswith("antonym:"):
            weights[cue.label.split(":", 1)[1]] = 1.0
            origins.setdefault(cue.label.split(":", 1)[1], set()).add((cue.first, cue.last))
            plain[cue.label.split(":", 1)[1]] = False  # "incurable" names its concept by a word of its own
    lemmas = [token.lemma for token in analysis.tokens[first:last]]
    for at in _phrase_starts(lemmas, _naming()):
        weights[NAMING] = LEMMA_WEIGHT  # "known as", "called", "defined": one term (lexicons/naming.yml)
        words.setdefault(NAMING, lemmas[at])
        origins.setdefault(NAMING, set()).add((first + at, first + at + 1))
        covered.add(first + at)
    # the words of a negation ("remains elusive", "lack of") say the polarity (`negative`), not what the text is
    # about: "an elusive cancer" shares no content with "a cure remains elusive"
    covered |= {i for m in analysis.of_kind("context", first, last) if m.label.startswith("NEGATED:")
                for i in range(m.first, m.last)}
    tokens = analysis.tokens
    link_terms, ignored = _link_terms(), _ignored_lemmas()  # (the word lists looked up once, not at every word)
    for index in range(first, last):
        if index in covered:
            continue
        token = tokens[index]
        _, _, text, lower, written, is_space, is_punct, like_num = token
        if is_space or is_punct or like_num:
            continue
        lemma = written
        if lemma[-1:] == "s" and _abbreviation_plural(text):
            lemma = lemma[:-1]  # "DSBs" is the plural of "DSB", however short ("SNPs", "MMPs")
        if index - 2 >= first and tokens[index - 1].text == "-":
            lemma = _joined_prefix(tokens[index - 2], tokens[index - 1], token) + lemma
        content = _content_key(lemma)
        if content is not None:
            weights.setdefault(content, LINK_WEIGHT if content in link_terms else LEMMA_WEIGHT)
            words.setdefault(content, written)
            origins.setdefault(content, set()).add((index, index + 1))
            # `_everyday` of a word that is no punctuation, blank or number
            plain[content] = plain.get(content, True) and (lower in common or written in common or written in ignored)
    absolute = any(c.label == "strength:absolute" and not analysis.pseudo(c) for c in cues)
    everyday = frozenset(t for t in weights if t == NAMING or plain.get(t, False))
    frequent = _says_frequency([t.lower for t in analysis.tokens[first:last]], load_polarity())
    # a disease named after a treatment may be one of its harms (`Terms.caused`, which the look-up reads), which only
    # the polarity reading can tell
    treatment = _first_treatment(origins)
    may_name_harm = treatment is not None and bool(_diseases_after(origins, treatment))
    treated = _treated_terms(analysis, first, last, lemmas)
    return _Content(weights, words, origins, diseases, named, cues, lemmas, everyday, absolute, frequent,
                    may_name_harm, treated)


@lru_cache(maxsize=1)
def _general_disease_words() -> frozenset[str]:
    from pipeline.patterns import read_lexicon

    data = read_lexicon("lexicons/concepts.yml", {"concepts", "general_disease_words"})
    return frozenset(data["general_disease_words"])


def _names_one_disease(mention: Mention, analysis: Analysis) -> bool:
    """A word of the concept of any disease that names one disease the lexicon has no concept for ("sepsis",
    "dementia", "chickenpox"; not "disease" or "infection": concepts.yml `general_disease_words`): the word is kept
    as a content word besides the concept, as a disease's own concept would be, so claims and statements about two
    such diseases do not meet as one."""
    return mention.label == ANY_DISEASE and mention.last - mention.first == 1 \
        and analysis.tokens[mention.first].lower not in _general_disease_words()


def _words_of_names(analysis: Analysis, first: int, last: int, polarity: Polarity) -> set[int]:
    """The tokens of fixed terms (polarity.yml `names`: "accelerated approval", "high school") and of the hyphenated
    modifiers opened by a word of level ("high-risk patients", "low-dose aspirin", "an increased-risk group"): they
    name a kind of thing, not a change said of it, nor an outcome that changes."""
    words = [t.lower for t in analysis.tokens[first:last]]
    found = {first + at + k for at in _phrase_starts(words, polarity.fixed_terms)
             for k in range(_phrase_length(words, at, polarity.fixed_terms))}
    found |= {first + k + j for k, word in enumerate(words[:-2])
              if word in polarity.before_hyphen and words[k + 1] == "-" and words[k + 2].isalpha() for j in range(3)}
    return found


def _caused_diseases(origins: dict[str, set[tuple[int, int]]], rises: list[int]) -> frozenset[str]:
    """The diseases named after a rise or a causing verb (`rises`: token positions; polarity.yml `direction` up and
    `causing`) that follows a treatment: "statins increase the risk of type 2 diabetes", "immunotherapy can trigger
    colitis". They are harms of the treatment, not what the text is about; a disease named before the rise ("statins
    lower the risk of heart disease but raise that of diabetes": heart disease) is not."""
    treatment = _first_treatment(origins)
    after = [at for at in rises if treatment is not None and at > treatment]
    return _diseases_after(origins, min(after)) if after else frozenset()


def _first_treatment(origins: dict[str, set[tuple[int, int]]]) -> int | None:
    """Where the first treatment of a text is named (a token), None without one."""
    concepts = load_concepts()
    return min((a for t, spans in origins.items() if t in concepts and concepts[t].type in TREATMENT_TYPES
                for a, _ in spans), default=None)


def _diseases_after(origins: dict[str, set[tuple[int, int]]], at: int) -> frozenset[str]:
    """The diseases named only after token `at`."""
    concepts = load_concepts()
    return frozenset(t for t, spans in origins.items() if t in concepts and concepts[t].type == "disease"
                     and all(a > at for a, _ in spans))


NUMBER = r"(\d+(?:\.\d+)?)"
RATIO_ESTIMATE = re.compile(r"[^\d;]{0,100}?" + NUMBER + r"(?!\s*%|\d)")
RATIO_INTERVAL = re.compile(r"(?:CI|confidence interval)\W{0,4}" + NUMBER + r"\s*(?:to|-|–|—|,)\s*" + NUMBER)


def _ratio_findings(analysis: Analysis, first: int, last: int, lemmas: list[str]) -> list[tuple[int, int]]:
    """Each ratio measure a token range reports (lexicons/ratios.yml) with what it says: (its token, +1 the outcome
    more frequent, -1 less, 0 no significant difference: the confidence interval holds 1). Without an interval the
    estimate decides; a ratio whose estimate cannot be read is left out."""
    words = load_ratio_names()
    starts = [first + at for at in _phrase_starts(lemmas, words.names)]
    starts += [i for i in range(first, last) if analysis.tokens[i].text in words.abbreviations]
    if not starts:
        return []
    text = analysis.source.text
    end = analysis.tokens[last - 1].end
    found = []
    for at in sorted(set(starts)):
        after = text[analysis.tokens[at].end:min(end, analysis.tokens[at].end + words.reach)]
        estimate = RATIO_ESTIMATE.match(after)
        if estimate is None:
            continue
        interval = RATIO_INTERVAL.search(after, estimate.end())
        value = float(estimate.group(1))
        if interval is not None:
            low, high = sorted((float(interval.group(1)), float(interval.group(2))))
            found.append((at, 1 if low > 1 else -1 if high < 1 else 0))
        elif value != 1:
            found.append((at, 1 if value > 1 else -1))
    return found


class QuantityWords(NamedTuple):
    """lexicons/quantities.yml: how a share, a multiple or a proportion is written."""

    pattern: re.Pattern  # a number and its unit, or "N in M"
    units: dict[str, str]  # unit word -> kind ("%" -> percent)
    numbers: dict[str, int]  # number words ("one" -> 1)
    scales: dict[str, int]  # words that multiply a denominator ("million")
    tolerance: float
    other_factor: float  # figures this many times apart are other figures
    confidence: tuple[str, ...]  # words after a percentage that make it a confidence level ("95% CI")
    range: re.Pattern  # two numbers joined as a range ("10 to 20", "10-20%"): groups 1 and 2
    money: re.Pattern  # a currency sign, a number and a scale word ("$750 million"): groups 1, 2 and 3
    counted: re.Pattern  # a number, a scale word and a noun counting people or cases ("117,000 people"): groups 1, 2
    count_minimum: float


@lru_cache(maxsize=1)
def _quantity_words() -> QuantityWords:
    from pipeline.patterns import read_lexicon

    data = read_lexicon("lexicons/quantities.yml", {"units", "number_words", "scales", "tolerance",
                                                              "other_factor", "proportion_words", "confidence",
                                                              "range_words", "currencies", "count_nouns",
                                                              "count_minimum"})
    units = {str(word): str(kind) for kind, words in data["units"].items() for word in words}
    numbers = {str(word): int(value) for word, value in data["number_words"].items()}
    number = r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|" + "|".join(sorted(numbers, key=len, reverse=True)) + ")"
    unit = "|".join(re.escape(word) for word in sorted(units, key=len, reverse=True))
    scales = {str(word): int(value) for word, value in data["scales"].items()}
    scale = "|".join(sorted(scales, key=len, reverse=True))
    between = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(data["proportion_words"], key=len,
                                                                             reverse=True))
    pattern = re.compile(r"(?<![\w.])" + number + r"(?:\s*(" + unit + r")(?![a-z])|\s+(?:" + between + r")\s+(?:" + number
                         + r"(?:\s+(" + scale + r"))?|(" + scale + r"))\b)", re.IGNORECASE)
    joiners = "|".join(re.escape(str(w)) for w in data["range_words"])
    percent = "|".join(re.escape(word) for word, kind in units.items() if kind == "percent")
    ranges = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s*(?:" + percent + r")?\s*(?:" + joiners + r")\s*(\d+(?:\.\d+)?)",
                        re.IGNORECASE)
    signs = "|".join(re.escape(str(sign)) for sign in data["currencies"])
    money = re.compile(r"(?<!\w)(" + signs + r")\s?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s+(" + scale + r"))?\b",
                       re.IGNORECASE)
    nouns = "|".join(re.escape(str(word)) for word in sorted(data["count_nouns"], key=len, reverse=True))
    counted = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s+(" + scale
                         + r"))?(?:\s+[a-z-]+){0,2}?\s+(?:" + nouns + r")\b", re.IGNORECASE)
    return QuantityWords(pattern, units, numbers, scales, float(data["tolerance"]), float(data["other_factor"]),
                         tuple(str(w) for w in data["confidence"]), ranges, money, counted,
                         float(data["count_minimum"]))


MIDDLE_DOT = re.compile(r"(?<=\d)·(?=\d)")


@lru_cache(maxsize=4096)
def _quantities(text: str) -> frozenset[tuple[str, float]]:
    """The shares, multiples and proportions a text states, as (kind, value): "61%" -> ("percent", 61.0), "2-fold"
    -> ("fold", 2.0), "1 in 5" -> ("percent", 20.0); lexicons/quantities.yml."""
    words = _quantity_words()

    def value(number: str) -> float:
        number = number.lower()
        return float(words.numbers[number]) if number in words.numbers else float(number.replace(",", ""))

    text = MIDDLE_DOT.sub(".", text)  # "12·4%": the Lancet's decimal point
    found = set()
    for match in words.range.finditer(text):  # "between 10 and 20 percent", "10-20%": both ends
        upper = words.pattern.match(text, match.start(2))  # the upper end with its unit
        if upper is not None and upper.group(2) is not None:
            found.add((words.units[upper.group(2).lower()], float(match.group(1).replace(",", ""))))
    for match in words.pattern.finditer(text):
        number, unit, denominator, scale, scale_alone = match.groups()
        if unit is not None:
            if not text[match.end():match.end() + 20].lstrip(" (").lower().startswith(words.confidence):
                found.add((words.units[unit.lower()], value(number)))  # not the "95%" of "95% CI"
            continue
        if scale_alone:  # "493 per million"
            whole = float(words.scales[scale_alone.lower()])
        else:
            whole = value(denominator) * (words.scales[scale.lower()] if scale else 1)
        if value(number) < whole:  # "1 in 5", not "in 2009 in 12 cases"
            found.add(("percent", 100.0 * value(number) / whole))
    for match in words.money.finditer(text):  # "$750 million": an amount in its currency
        sign, number, scale = match.groups()
        found.add((f"money {sign}", value(number) * (words.scales[scale.lower()] if scale else 1)))
    return frozenset(found)


def _quantity_beyond(group, found, top: float, claim_text: str) -> list:
    """A claim that states a quantity ("32% of programs required ...") is judged also by the best statement below the
    closest ones that states it, if it scores at least FINDING_MARGIN of the best: the sentence giving the figure
    often shares fewer words with the claim than the abstract's statement of its topic."""
    if not _quantities(claim_text) or any(not _misses_quantity(claim_text, item[1]) for item in group):
        return []
    return [item for item in found if item not in group and item[0] >= top * FINDING_MARGIN
            and not _misses_quantity(claim_text, item[1])][:1]


def _states_other_quantity(claim_text: str, phrasing) -> bool:
    """The statement gives, for a kind of quantity the claim states (a share, a multiple), only figures at least
    `other_factor` times apart from the claim's (lexicons/quantities.yml): "one in five" against "one in two"."""
    claimed = _quantities(claim_text)
    if not claimed:
        return False
    statement = phrasing.statement
    stated = frozenset().union(*(_figures_said_of_the_claim(claim_text, text)
                                 for text in (phrasing.text, statement.quote, statement.finding)))
    factor, tolerance = _quantity_words().other_factor, _quantity_words().tolerance
    # a kind of which both give the same figure is what they share ("if 7% of patients take part"), not the figure
    # in question ("the system could save $750 million" against "$5 billion")
    agreed = {kind for kind, amount in claimed for other, figure in stated
              if kind == other and abs(amount - figure) <= tolerance * max(amount, figure)}
    kinds = {kind for kind, _ in claimed} & {kind for kind, _ in stated} - agreed
    return bool(kinds) and all(max(amount, figure) >= factor * min(amount, figure) > 0
                               for kind, amount in claimed for other, figure in stated
                               if kind == other and kind in kinds) \
        and not any(_inside(claimed, other, figure) for other, figure in stated)


CLAUSE_JOINS = re.compile(r"[;,]\s+")  # between the clauses of a list of findings ("one in five ..., one in three ...")
CONTENT_WORD = re.compile(r"[a-z]{4,}")


def _figures_said_of_the_claim(claim_text: str, text: str) -> frozenset[tuple[str, float]]:
    """The quantities a text gives for what the claim speaks of: of a list of findings joined by commas or semicolons,
    each with its own figure of one kind ("one in five surgical trials are discontinued early, one in three completed
    trials remain unpublished"), only those of the parts that share most words with the claim, and of those that
    share none: a part naming none of the claim's things restates the finding ("pitavastatin lowered events: 4.81 vs
    7.32 per 1,000 person-years, a 35% relative reduction"); all the text's otherwise."""
    parts = [(part, _quantities(part)) for part in CLAUSE_JOINS.split(text)]
    words = set(CONTENT_WORD.findall(claim_text.lower()))
    shared = [len(words & set(CONTENT_WORD.findall(part.lower()))) for part, _ in parts]
    found: set[tuple[str, float]] = set()
    for kind in {kind for _, figures in parts for kind, _ in figures}:
        giving = [n for (_, figures), n in zip(parts, shared) if any(other == kind for other, _ in figures)]
        found |= {(other, figure) for (_, figures), n in zip(parts, shared) if n in (0, max(giving))
                  for other, figure in figures if other == kind}
    return frozenset(found) if len(parts) > 1 else _quantities(text)


def _stated_quantities(phrasing) -> frozenset[tuple[str, float]]:
    """The quantities a statement gives in its matched phrasing, its quote or its finding."""
    statement = phrasing.statement
    return _quantities(phrasing.text) | _quantities(statement.quote) | _quantities(statement.finding)


def _inside(claimed: frozenset[tuple[str, float]], kind: str, figure: float) -> bool:
    """A figure between the claim's lowest and highest of its kind: "between 10 and 20 percent" holds 12.4%."""
    amounts = [amount for other, amount in claimed if other == kind]
    return len(amounts) > 1 and min(amounts) <= figure <= max(amounts)


def _misses_quantity(claim_text: str, phrasing) -> bool:
    """The claim states a share, multiple or proportion that the statement (its finding, quote or matched phrasing)
    does not state: the statement may address the claim's topic but cannot back how much it claims."""
    claimed = _quantities(claim_text)
    if not claimed:
        return False
    stated = _stated_quantities(phrasing)
    tolerance = _quantity_words().tolerance
    return not any(kind == other and abs(amount - figure) <= tolerance * max(amount, figure)
                   for kind, amount in claimed for other, figure in stated) \
        and not any(_inside(claimed, other, figure) for other, figure in stated)


@lru_cache(maxsize=4096)
def _counts(text: str) -> frozenset[float]:
    """The counts of people or cases a text gives: "about 117,000 people died" -> 117000.0 (lexicons/quantities.yml
    count_nouns; smaller numbers are no count)."""
    words = _quantity_words()
    found = set()
    for match in words.counted.finditer(text):
        number, scale = match.groups()
        value = float(number.replace(",", "")) * (words.scales[scale.lower()] if scale else 1)
        if value >= words.count_minimum:
            found.add(value)
    return frozenset(found)


def _misses_count(claim_text: str, phrasing) -> bool:
    """The claim counts people or cases ("about 175,000 people were diagnosed with the disease in 2020") and the
    statement (its finding, quote or matched phrasing) gives no such count within `tolerance`: it may address the
    claim's topic but cannot back how many."""
    claimed = _counts(claim_text)
    if not claimed:
        return False
    statement = phrasing.statement
    stated = _counts(phrasing.text) | _counts(statement.quote) | _counts(statement.finding)
    tolerance = _quantity_words().tolerance
    return not any(abs(amount - figure) <= tolerance * max(amount, figure) for amount in claimed for figure in stated)


class DurationWords(NamedTuple):
    """lexicons/durations.yml: how a duration is written, and how close two must be to be one."""

    pattern: re.Pattern  # a number and a unit of time ("44 months", "5-year", "six weeks"): groups 1 and 2
    days: dict[str, float]  # unit word -> its length in days
    tolerance: float
    percent: re.Pattern  # a share written with a decimal ("46.6%"): group 1
    decimal_margin: float


@lru_cache(maxsize=1)
def _duration_words() -> DurationWords:
    from pipeline.patterns import read_lexicon

    data = read_lexicon("lexicons/durations.yml", {"units", "tolerance", "decimal_margin"})
    days = {str(word): float(length) for word, length in data["units"].items()}
    quantities = _quantity_words()
    number = r"(\d+(?:\.\d+)?|" + "|".join(sorted(quantities.numbers, key=len, reverse=True)) + ")"
    unit = "|".join(sorted(days, key=len, reverse=True))
    pattern = re.compile(r"(?<![\w.])" + number + r"(?:\s*-\s*|\s+)(" + unit + r")\b", re.IGNORECASE)
    percent = "|".join(re.escape(word) for word, kind in quantities.units.items() if kind == "percent")
    decimal = re.compile(r"(?<![\w.])(\d+\.\d+)\s*(?:" + percent + r")", re.IGNORECASE)
    return DurationWords(pattern, days, float(data["tolerance"]), decimal, float(data["decimal_margin"]))


@lru_cache(maxsize=4096)
def _durations(text: str) -> frozenset[float]:
    """The durations a text states, in days: "44 months" -> 1337.6, "a 5-year survival" -> 1826.25."""
    words = _duration_words()
    numbers = _quantity_words().numbers
    found = set()
    for match in words.pattern.finditer(text):
        number = match.group(1).lower()
        value = float(numbers[number]) if number in numbers else float(number)
        found.add(value * words.days[match.group(2).lower()])
    return frozenset(found)


def _misses_duration(claim_text: str, phrasing) -> bool:
    """The claim states a duration ("median survival for stage 2 is 44 months", "recovery takes about three
    months") that the statement (its finding, quote or matched phrasing) does not state: it may address the claim's
    topic but cannot back how long the claim says (lexicons/durations.yml). A claim that gives a share too is judged
    by its share (`_misses_quantity`)."""
    claimed = _durations(claim_text)
    if not claimed or _quantities(claim_text):
        return False  # a share is the claim's figure and the duration its window: "61% relapse within two years"
    statement = phrasing.statement
    stated = _durations(phrasing.text) | _durations(statement.quote) | _durations(statement.finding)
    tolerance = _duration_words().tolerance
    return not any(abs(amount - length) <= tolerance * max(amount, length) for amount in claimed for length in stated)


@lru_cache(maxsize=1)
def _rank_pattern() -> re.Pattern:
    """ "the" + an optional `rank_between` word + a `rank_words` word (lexicons/heads.yml) and the word after it:
    "the second most common", "the leading cause", "one of the best treatments"."""
    words = head_words()
    def alternation(group) -> str:
        return "|".join(re.escape(w) for w in sorted(group))
    return re.compile(rf"\bthe\s+(?:(?:{alternation(words.rank_between)})\s+)?(?:{alternation(words.rank_words)})"
                      rf"\s+([a-z][a-z-]*)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _asserted_rank_pattern() -> re.Pattern:
    """A ranking a claim asserts of its subject: after a copula or "as", through "one of" ("it is the second most
    common blood cancer", "is one of the most advanced forms", "recommended as the most effective"); a ranking
    inside an object or a purpose ("to achieve the best possible outcomes", "who can provide the most updated
    information") is not what the claim asserts of its subject."""
    return re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in sorted(COPULA_FORMS | {'remain', 'remains', 'as'}))})"
                      rf"\s+(?:one\s+of\s+)?(?={_rank_pattern().pattern})", re.IGNORECASE)


@lru_cache(maxsize=1)
def _comparing_pattern() -> re.Pattern:
    return re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in sorted(head_words().comparing_words))})\b",
                      re.IGNORECASE)


def _stated(phrasing) -> str:
    """All a statement says: the wording matched, then its finding and its quote (a ranking may be in any of them;
    a comparison counts in the wording matched only, as the finding and quote often compare something else)."""
    return f"{phrasing.text}\n{phrasing.statement.finding}\n{phrasing.statement.quote}"


def _ranking_unbacked(claim_text: str, statement_text: str) -> bool:
    """Whether a claim ranks its subject ("it is the second most common blood cancer", "is one of the most effective
    measures") and the statement neither ranks nor compares ("myeloma is common", "distancing slowed the spread"):
    the ranking is then beyond the evidence, which backs at most the claim without it (overstated)."""
    asserted = [m.end() for m in _asserted_rank_pattern().finditer(claim_text)]
    if not asserted:
        return False
    rankings = [m for m in _rank_pattern().finditer(claim_text) if m.start() in asserted]
    if _rank_pattern().search(statement_text) or _comparing_pattern().search(statement_text.partition("\n")[0]):
        return False
    # ... and a statement ranking as the claim does without "the" ranks too ("a main goal": "one of the main goals")
    lowered = statement_text.lower()
    return not any(re.search(rf"\b{re.escape(m.group(0).lower().split()[-2])}\s+"
                             rf"{re.escape(m.group(1).lower().rstrip('s'))}", lowered) for m in rankings)


def _misses_exact_share(claim_text: str, phrasing) -> bool:
    """The claim gives a share with a decimal ("the 5-year relative survival rate is 46.6%") and the statement
    gives no share within `decimal_margin` points of it (42.6% is another figure, however close: a figure read from
    a table is no rounding; lexicons/durations.yml)."""
    words = _duration_words()
    exact = [float(match.group(1)) for match in words.percent.finditer(claim_text)]
    if not exact:
        return False
    stated = [figure for kind, figure in _stated_quantities(phrasing) if kind == "percent"]
    return not any(abs(share - figure) <= words.decimal_margin for share in exact for figure in stated)


class LossWords(NamedTuple):
    """lexicons/loss.yml: the words that name the loss of what a sentence is about."""

    nouns: frozenset[str]  # followed by "of": "knockout of MVP"
    verbs: frozenset[str]  # in -ing, before the thing: "mice lacking SIRT1"
    after: frozenset[str]  # after the thing: "FGF21-deficient"
    passive: frozenset[str]  # said of the thing: "TH17 cells were depleted"
    reach: int


@lru_cache(maxsize=1)
def _loss_words() -> LossWords:
    from pipeline.patterns import read_lexicon

    data = read_lexicon("lexicons/loss.yml", {"nouns", "verbs", "after", "passive", "reach"})
    return LossWords(frozenset(data["nouns"]), frozenset(data["verbs"]), frozenset(data["after"]),
                     frozenset(data["passive"]), int(data["reach"]))


def _loss_phrases(analysis: Analysis, first: int, last: int, lemmas: list[str],
                  verbs: set[int]) -> list[tuple[int, int, int]]:
    """The losses a token range names (lexicons/loss.yml): (the loss word's token, the first and the end token of
    what it removes: the words of content next to it, at most `reach`, after an article, up to a verb or a change,
    `verbs`)."""
    words = _loss_words()
    if words.nouns.isdisjoint(lemmas) and words.verbs.isdisjoint(lemmas) and words.after.isdisjoint(lemmas) \
            and words.passive.isdisjoint(lemmas):
        return []
    found = []
    for at, lemma in enumerate(lemmas, first):
        if lemma in words.nouns and at + 1 < last and analysis.tokens[at + 1].lower == "of":
            found.append((at, *_named_after(analysis, at + 2, last, words.reach, verbs)))
        elif lemma in words.verbs and analysis.tokens[at].lower.endswith("ing") \
                and (at == first or _names_thing(analysis.tokens[at - 1])):
            # opening the text ("Inhibiting FAK reduces ...") or after a noun ("mice lacking SIRT1"); not a means or
            # an outcome ("by inhibiting", ", inhibiting tumour growth") nor a denial ("evidence was lacking")
            found.append((at, *_named_after(analysis, at + 1, last, words.reach, verbs)))
        elif lemma in words.after and at > first:
            found.append((at, _named_before(analysis, at, first, words.reach, verbs), at))
        elif lemma in words.passive and analysis.tokens[at].lower.endswith("ed"):
            be = at - 1 - (at - 1 > first and _adverb(analysis.tokens[at - 1].lower))  # "were markedly depleted"
            if be > first and analysis.tokens[be].lemma == "be":
                found.append((be, _named_before(analysis, be, first, words.reach, verbs), be))  # "were": its verb
    return found


def _named_before(analysis: Analysis, end: int, first: int, reach: int, verbs: set[int]) -> int:
    """Where the words of content just before `end` start, at most `reach`: what an `after` word removes."""
    start = end
    while start > max(first, end - reach) and start - 1 not in verbs and _names_thing(analysis.tokens[start - 1]):
        start -= 1
    return start


def _named_after(analysis: Analysis, start: int, last: int, reach: int, verbs: set[int]) -> tuple[int, int]:
    """The words of content from `start` (after an article), at most `reach`, up to a verb: what a loss word
    removes."""
    while start < last and analysis.tokens[start].lower in ARTICLES:
        start += 1
    end = start
    while end < min(last, start + reach) and end not in verbs and _names_thing(analysis.tokens[end]):
        end += 1
    return start, end


def _names_thing(token) -> bool:
    """A word that may be part of a name ("RIP kinase 1", "TH17 cells", "FGF21-"): not a stop word, an adverb
    ("markedly") or punctuation other than a hyphen."""
    return token.text == "-" or not (token.is_punct or token.is_space or token.lemma in _ignored_lemmas()
                                     or _adverb(token.lower))


def _lost_terms(losses: list[tuple[int, int, int]], origins: dict[str, set[tuple[int, int]]],
                everyday: frozenset[str]) -> frozenset[str]:
    """The terms named inside what the losses remove (those said before the first change: the loss of the subject,
    not a means, "... reduces growth by inhibiting repair"); everyday words are not lost."""
    return frozenset(term for term, spans in origins.items() if term not in everyday
                     and any(start <= a and b <= end for _, start, end in losses for a, b in spans))


def _loss_reverses(claim: Terms, said: Terms) -> bool:
    """Only one of the two says its change follows the loss of something the other names as its subject (before
    the change it says): "knockout of MVP inhibits tumour progression" says what "MVP promotes tumour progression"
    says, their changes opposite; "zelmorastat inhibits MVP" speaks of MVP as what changes, and is read as it is."""
    if claim.lost and said.lost:
        return False  # two experiments of loss, of names that may differ ("absence of RNA surveillance", "RNase III-deficient")
    return bool(claim.lost & said.subjects) or bool(said.lost & claim.subjects)


class Relations(NamedTuple):
    greater: tuple[tuple[str, ...], ...]
    lesser: tuple[tuple[str, ...], ...]
    comparative: tuple[str, ...]
    lesser_words: frozenset[str]
    greater_words: frozenset[str]
    quantities: frozenset[str]
    not_pivots: tuple[tuple[str, ...], ...]
    pivots: tuple[tuple[str, ...], ...]  # greater, lesser and the comparative: each word a relation turns on


@lru_cache(maxsize=1)
def _relations() -> Relations:
    from pipeline.patterns import read_lexicon

    data = read_lexicon("lexicons/relations.yml", {"greater", "lesser", "comparative", "quantities", "not_pivots"})
    comparative = data["comparative"]
    greater, lesser = tuple(tuple(p.split()) for p in data["greater"]), tuple(tuple(p.split()) for p in data["lesser"])
    pivot = tuple(comparative["pivot"].split())
    return Relations(greater, lesser, pivot, frozenset(comparative["lesser"]), frozenset(comparative["greater"]),
                     frozenset(data["quantities"]), tuple(tuple(p.split()) for p in data["not_pivots"]),
                     (*greater, *lesser, pivot))


class Relation(NamedTuple):
    """The two sides of an asymmetric relation ("the benefits of statins outweigh the risks") and its sense: +1 the
    first side is the greater ("outweighs", "more effective than"), -1 the lesser ("less effective than")."""

    left: frozenset[str]
    right: frozenset[str]
    sense: int


NO_RELATION = Relation(frozenset(), frozenset(), 0)


def _relation(analysis: Analysis, first: int, last: int, lemmas: list[str],
              origins: dict[str, set[tuple[int, int]]]) -> Relation:
    """The first asymmetric relation of a token range (lexicons/relations.yml), with the terms named wholly before and
    wholly after its pivot. "than" before an amount ("more than 40 million people", "less than half") and "other
    than" are no pivot; the sense of "than" is that of the comparative words before it ("lower risk of stroke than":
    lesser; "safer than", "more effective than": greater; both, "higher sensitivity and lower specificity than": no
    relation read)."""
    relations = _relations()
    excluded = {at + k for at in _phrase_starts(lemmas, relations.not_pivots)
                for k in range(_phrase_length(lemmas, at, relations.not_pivots))}
    pivots = relations.pivots
    for at in _phrase_starts(lemmas, pivots):
        if at in excluded:
            continue
        end = at + _phrase_length(lemmas, at, pivots)
        following = list(analysis.tokens[first + end:min(last, first + end + 2)])
        if following and following[0].lower in INDEFINITE_ARTICLES:
            following = following[1:]
        if following and (following[0].like_num or following[0].lemma in relations.quantities):
            continue  # an amount compared
        if tuple(lemmas[at:end]) == relations.comparative:
            said = {t.lower for t in analysis.tokens[first:first + at]}
            lesser, greater = not said.isdisjoint(relations.lesser_words), not said.isdisjoint(relations.greater_words)
            if lesser and greater:
                return NO_RELATION  # "with higher sensitivity and not lower specificity than": which is compared?
            sense = -1 if lesser else 1
        else:
            sense = -1 if tuple(lemmas[at:end]) in relations.lesser else 1
        pivot, after = first + at, first + end
        return Relation(frozenset(t for t, spans in origins.items() if all(b <= pivot for _, b in spans)),
                        frozenset(t for t, spans in origins.items() if all(a >= after for a, _ in spans)), sense)
    return NO_RELATION


def _relation_opposes(claim: Terms, said: Terms) -> bool | None:
    """Whether a statement says the opposite of the claim's asymmetric relation, when both state one about the same
    two sides; None when they do not (the other readings of polarity decide). The sides are the same when a word of
    each side of the claim stands on the same side of the statement, swapped when on the other ("the risks of statins
    outweigh the benefits" against "the benefits of statins outweigh the risks"; on a tie, swapped): a swap, a
    relation of the other sense ("less effective than" against "more effective than") and a negation each turn the
    statement's reading over. The comparative word decides, not the change it reads as elsewhere: "less" in "less
    effective than" is no fall of anything."""
    if not (claim.relation_sense and said.relation_sense):
        return None
    leftward, rightward = claim.right & said.left, claim.left & said.right
    same_left, same_right = claim.left & said.left, claim.right & said.right
    swapped = bool(leftward and rightward) and \
        _words_among(claim, leftward | rightward) >= _words_among(claim, same_left | same_right)
    if not swapped and not (same_left and same_right):
        return None
    return ((claim.negative != said.negative) != swapped) != (claim.relation_sense != said.relation_sense)


def _denied_terms(negations, origins: dict[str, set[tuple[int, int]]], last: int) -> frozenset[str]:
    """The terms named wholly after a negation's trigger, to the end of the text ("may not become apparent until years
    later": apparent, year, late); not only in its scope, which may stop short ("has no known association with the
    development of ...")."""
    return frozenset(term for term, spans in origins.items()
                     if any(all(m.trigger.last <= a and b <= last for a, b in spans) for m in negations))


def _measure_words(forms: list[str], first: int, polarity: Polarity) -> list[int]:
    """The positions of the words that name a measure of what follows them (polarity.yml `measures`: "the severity
    of", "levels of", "the number of"), with their article: a change said of the measure is said of the thing."""
    found: list[int] = []
    for at in range(len(forms) - 1):
        if forms[at] in polarity.measures and forms[at + 1] == "of":
            start = at - 1 if at and forms[at - 1] in ("the", "a", "an") else at
            found.extend(range(first + start, first + at + 2))
    return sorted(set(found))


def _position_without(at: int, removed: list[int]) -> int:
    """`at` as if the tokens at `removed` (sorted) were not there."""
    return at - sum(1 for r in removed if r < at)


def _without_positions(origins: dict[str, set[tuple[int, int]]], removed: list[int]) -> dict[str, set[tuple[int, int]]]:
    """`origins` with every span's positions read as if the tokens at `removed` were not there."""
    return {term: {(_position_without(a, removed), max(_position_without(b - 1, removed) + 1,
                                                       _position_without(a, removed) + 1)) for a, b in spans}
            for term, spans in origins.items()}


def _change_targets(origins: dict[str, set[tuple[int, int]]], changes: list[tuple[int, int]], links: list[int],
                    common: set[str]) -> dict[str, int]:
    """Each term (not an everyday word) with the change said nearest to it, within PAIR_REACH tokens and not across
    a causal link ("pain caused by reduced blood flow"): +1 up, -1 down; a term as near to a rise as to a fall takes
    the one said before it, and has none when both are on one side."""
    targets = {}
    for term, spans in origins.items():
        if term in common:
            continue
        near = [(min(abs(i - a), abs(i - (b - 1))), i > a, sign) for a, b in spans for i, sign in changes
                if not a <= i < b and min(abs(i - a), abs(i - (b - 1))) <= PAIR_REACH
                and not any(min(i, a) < link < max(i, a) for link in links)]
        if near:
            closest = min(distance for distance, _, _ in near)
            signs = {sign for distance, _, sign in near if distance == closest}
            if len(signs) > 1:
                # as near to a rise as to a fall: the change said before it governs it ("inducing its
                # ubiquitination and degradation" says a rise of ubiquitination; the fall is a second outcome)
                signs = {sign for distance, after, sign in near if distance == closest and not after}
            if len(signs) == 1:
                targets[term] = signs.pop()
    return targets


def _same_outcomes(one: Terms, other: Terms) -> bool:
    """The outcomes good or bad for the patient one text names (polarity.yml `valence`: "risk", "survival"; not inside
    a disease's name, "heart failure") are among those the other names: "lower mortality" and "higher survival" are
    two outcomes, whose changes only their valence can compare."""
    return one.outcomes <= other.outcomes or other.outcomes <= one.outcomes


def _covariation(forms: list[str], first: int, changes: list[tuple[int, int]], polarity: Polarity) -> int:
    """How the two sides of the first association or likelihood word (polarity.yml `association_words`,
    `likelihood_words`) vary together: the sign an adverb gives it ("positively associated", "inversely correlated";
    "a positive correlation" reads so already), else the change said after the word ("associated with increased
    risk", "more likely": the change right before "likely" is the outcome's) times the one said before it, if any
    ("lower birth weight"; none: the exposure itself, "statin use"). 0 without such a word, or when either side says
    more than one change: "women with a lower birth weight are more likely to develop breast cancer" (-1) opposes
    "birth weight was positively associated with breast cancer risk" (+1), though each says a rise and the first
    a fall as well."""
    linking = polarity.association_words | polarity.likelihood_words
    at = next((i for i, form in enumerate(forms) if form in linking), None)
    if at is None:
        return 0
    for form in forms[max(at - ADVERB_REACH, 0):at]:
        if form == "positively":
            return 1
        if form in ("negatively", "inversely"):
            return -1
    # "more likely", "less likely": the change right before a likelihood word is said of the outcome
    split = first + at - (1 if forms[at] in polarity.likelihood_words else 0)
    before = [sign for place, sign in changes if place < split]
    after = [sign for place, sign in changes if place >= split and place != first + at]
    if len(after) != 1 or len(before) > 1:
        return 0
    return after[0] * (before[0] if before else 1)


def _means_terms(analysis: Analysis, first: int, last: int, origins: dict[str, set[tuple[int, int]]],
                 polarity: Polarity) -> frozenset[str]:
    """The terms named only after the first adjunct of means of [first, last): a word of polarity.yml `means` before a
    gerund ("by degrading", "through inhibiting"); none when there is none, or nothing is named before it."""
    tokens = analysis.tokens
    opening = next((i for i in range(first + 1, last - 1) if tokens[i].lower in polarity.means
                    and tokens[i + 1].lower.endswith("ing") and tokens[i + 1].lower.isalpha()), None)
    if opening is None:
        return frozenset()
    return frozenset(t for t, spans in origins.items() if all(a > opening for a, _ in spans))


def _paired_direction(claim: Terms, said: Terms) -> int:
    """Whether the statement says the claim's changes (+1), their opposite (-1) or neither (0), comparing the change
    each says of the same terms: "pyridostatin encourages proliferation" against "PDS reduces proliferation by
    inducing DSB accumulation" (-1), though the statement says a rise as well as a fall. The claim's main outcome
    decides before its means (`Terms.means`): "stiff substrates encourage differentiation by degrading β-catenin" is
    opposed by "... promotes β-catenin degradation and inhibits differentiation", which agrees only on the means."""
    shared = [term for term in claim.targets if term in said.targets]
    for terms in ([term for term in shared if term not in claim.means], shared):
        total = sum(claim.targets[term] * said.targets[term] for term in terms)
        if total:
            return (total > 0) - (total < 0)
    return 0


def _says_frequency(words: list[str], polarity: Polarity) -> bool:
    """A word of polarity.yml `frequency` ("commonly", "most people") not in a superlative ("the most common
    complaint", which ranks it among complaints)."""
    if polarity.frequency.isdisjoint(words):
        return False
    superlative = {i + k for i, (word, following) in enumerate(zip(words, words[1:]))
                   if word in polarity.superlative and following in polarity.frequency for k in (0, 1)}
    return any(word in polarity.frequency and i not in superlative for i, word in enumerate(words))


def _denies_all(analysis: Analysis, negation, polarity: Polarity) -> bool:
    """A negation of "all" ("does not protect against all types", "not every patient"): a word of polarity.yml
    `partial_negation` within PARTIAL_REACH tokens after the negation word."""
    end = min(negation.scope_last, negation.trigger.last + PARTIAL_REACH)
    return any(analysis.tokens[i].lower in polarity.partial_negation for i in range(negation.trigger.last, end))


def _negated_terms(analysis: Analysis, negations, origins: dict[str, set[tuple[int, int]]],
                   passed: frozenset[str]) -> frozenset[str]:
    """What each negation denies: the terms of the first word inside its scope, after its trigger, that says what a
    text is about, passing over everyday words ("has no obvious symptoms", "does not treat") and the words of
    evidence or association it denies through ("no evidence that", "not associated with")."""
    by_token: dict[int, set[str]] = {}
    for term, spans in origins.items():
        for start, end in spans:
            for token in range(start, end):
                by_token.setdefault(token, set()).add(term)
    denied: set[str] = set()
    for negation in negations:
        for token in range(negation.trigger.last, negation.scope_last):
            if token in by_token and analysis.tokens[token].lemma not in passed \
                    and not _everyday(analysis.tokens[token], everyday_words()):
                denied |= by_token[token]
                break
    return frozenset(denied)


@lru_cache(maxsize=1)
def _no_answers() -> tuple[tuple[str, ...], ...]:
    from pipeline.patterns import read_lexicon
    from pipeline.questions import ANSWER_KEYS

    return tuple(tuple(p.split()) for p in read_lexicon("lexicons/answers.yml", ANSWER_KEYS)["denying"])


def _answered_no(analysis: Analysis, first: int, last: int) -> bool:
    """A question the text answers "no" after its question mark (lexicons/answers.yml): "Does ultraviolet light kill
    the coronavirus? No" denies that it does."""
    if "?" not in analysis.text_of(first, last):
        return False
    marks = [i for i in range(first, last - 1) if analysis.tokens[i].text == "?"]
    if not marks:
        return False
    after = [t.lemma for t in analysis.tokens[marks[-1] + 1:last] if t.lemma.isalpha()]
    return any(tuple(after[:len(answer)]) == answer for answer in _no_answers())


def _evidence_denied(analysis: Analysis, negations, origins: dict[str, set[tuple[int, int]]],
                     passed: frozenset[str], evidential: frozenset[str], everyday: frozenset[str]) -> bool:
    """Whether a negation denies through a word of evidence: one said between its trigger and the word it denies
    (_negated_terms) -- "there is no clear evidence linking ibuprofen to ...", "no sign of relapse" -- and not
    naming the word after it ("does not mean you will get the reported side effects" denies the side effects)."""
    named = {token for term, spans in origins.items() if term not in everyday
             for start, end in spans for token in range(start, end)}  # the tokens of content terms

    def content(token: int) -> bool:
        return token in named and analysis.tokens[token].lemma not in passed

    for negation in negations:
        for token in range(negation.trigger.last, negation.scope_last):
            if analysis.tokens[token].lemma in evidential and not content(token + 1):
                return True
            if content(token):
                break
    return False


def _negation_bears(negative: Terms, other: Terms) -> bool:
    """Whether a negative statement's negation bears on what a claim says: it denies a word the claim names ("not
    curative" against "cures"). "HPV infection usually has no symptoms" denies symptoms, not that people have the
    infection; "vaccines do not treat infection" denies treating, not preventing: such a statement decides nothing
    about the claim. A statement negative otherwise (a null result, a denying word), or whose negation denies no
    word the lexicon or the content words know, bears. (A claim's own negation always bears: "there is no causal
    relationship between A and B" denies the relation, whatever word follows "no".) A negation of "all" ("the
    vaccine does not protect against all types of HPV": it protects against some) bears only on a claim of all."""
    if negative.partial:
        return _says_all(other)
    return not negative.negated or not negative.negated.isdisjoint(other.weights)


def _shared_tokens(terms: Terms, claim_vector: dict[str, float]) -> frozenset[int]:
    """The places of the words of `terms` that name a term of the claim: where a statement says what the claim does."""
    return frozenset(token for term, spans in terms.origins.items() if term in claim_vector
                     for start, end in spans for token in range(start, end))


@lru_cache(maxsize=4096)
def _negation_apart(text: str, model: str | None, finding: frozenset[int]) -> bool:
    """Whether every negation of a statement stands in a part of its own, apart from its `finding` (the places of
    the words it shares with a claim): a coordinated clause or list member, cut at a comma, ";", ":" or a clause
    break (polarity.yml), with words of the finding said in another part, none after the negation or in its
    scope, a subject of its own before the negation ("..., and investigators of unpublished trials were frequently
    not contactable": its subject may repeat a word of the claim), no word of evidence or of reporting a finding
    (polarity.yml `evidential_words`, aims.yml `reported`) from the negation on, and no word of evidence before it.
    A negation that governs the finding ("no clinical trial showed that X eliminates joint pain", "it has not been
    shown that X", "no study has found that X", "there is no evidence that X") never stands apart: read without it,
    the statement would back what it denies. With no finding located, none stands apart."""
    if not finding:
        return False
    analysis = analyse_text(text, model)
    tokens = analysis.tokens
    polarity = load_polarity()
    evidential = polarity.evidential_words
    governing = evidential | _aims().reported
    # not at a bare "and": "did not impair the onset and development of immune responses" denies both
    cuts = _cut_points(tokens, commas=True)
    bounds = list(zip([0, *[c + 1 for c in cuts]], [*cuts, len(tokens)]))
    negations = [m for m in analysis.modifiers_on(0, len(tokens)) if analysis.negates(m)]
    if not negations:
        return False
    common = everyday_words()
    for negation in negations:
        at = negation.trigger.first
        first, last = next(((a, b) for a, b in bounds if a <= at < b), (0, len(tokens)))
        if all(first <= i < last for i in finding):
            return False  # the finding is said in the negation's own part
        if any(i >= at or negation.scope_first <= i < negation.scope_last for i in finding):
            return False  # a word of the finding after the negation may be what it denies
        if not any(not _everyday(tokens[i], common) and tokens[i].text.isalpha() for i in range(first, at)):
            return False  # no subject of its own: "it has not been shown that", "there is no evidence that"
        if any(tokens[i].lemma in governing or tokens[i].lower in governing for i in range(at, last)) \
                or any(tokens[i].lemma in evidential or tokens[i].lower in evidential for i in range(first, at)):
            # a negated word of evidence or showing ("no trial showed", "has not been shown", "no study found"),
            # or a subject of evidence ("the data do not ..."), governs whatever the statement finds; a verb of
            # reporting before the negation reports it ("..., demonstrating that occupancy alone is not sufficient")
            return False
    return True


def _says_harm(terms: Terms) -> bool:
    """Whether a text says something is bad for the patient: a bad change, a harmful outcome named ("a risk
    factor for heart disease"; polarity.yml `valence` harmful), or what a verb of causing brings about, unless it
    is good ("high doses of vitamin A cause birth defects", not "exercise leads to longer survival")."""
    polarity = load_polarity()
    harmful = polarity.harmful
    return terms.valence < 0 or not harmful.isdisjoint(terms.weights) or not harmful.isdisjoint(terms.words.values()) \
        or bool(terms.effects) and terms.valence == 0 and polarity.beneficial.isdisjoint(terms.effects)


def _says_all(terms: Terms) -> bool:
    """Whether a text says "all", "every" or "always", or is absolute: what a negation of "all" denies."""
    return terms.universal or terms.absolute


def _words_among(claim: Terms, terms) -> int:
    """How many words of the claim `terms` come from (_word_groups)."""
    return len(_word_groups(claim.origins, terms))


def _word_groups(origins: dict[str, frozenset[tuple[int, int]]], terms) -> list[list[str]]:
    """`terms` grouped by the words that name them: terms named by the same single words are one word ("statins"
    gives drug and treatment, "infection" a condition, a harm and side effects), and so are a concept and its broader
    ones named by the same phrase ("heart attack", a heart disease); a phrase naming two concepts of their own is two
    ("COVID vaccine": the disease and a vaccine). A term of unknown origin is a word of its own."""
    concepts = load_concepts()
    by_origin: dict = {}
    for term in sorted(terms):
        by_origin.setdefault(origins.get(term, term), []).append(term)
    groups = []
    for origin, members in by_origin.items():
        if isinstance(origin, frozenset) and all(last - first == 1 for first, last in origin):
            groups.append(members)
            continue
        roots = [m for m in members if not any(m in concepts[o].broader for o in members if o in concepts)]
        for root in roots:
            groups.append([root, *(m for m in members if m in concepts and m in concepts[root].broader)]
                          if root in concepts else [root])
    return groups


def _harm_absent(analysis: Analysis, first: int, last: int, polarity: Polarity, concepts) -> bool:
    """A harm said to be absent: "side-effect free", "pain-free", "free of side effects" (polarity.yml `absence`)
    deny the harm as "no side effects" does."""
    for mention in analysis.of_kind("concept", first, last):
        if concepts[mention.label].type != "harm":
            continue
        after = [t.lemma for t in analysis.tokens[mention.last:min(last, mention.last + 2)]]
        if after[:1] and after[0] in polarity.absent_after or after[:2] and after[0] == "-" \
                and after[1:2] and after[1] in polarity.absent_after:
            return True
        before = [t.lemma for t in analysis.tokens[max(first, mention.first - 2):mention.first]]
        if tuple(before) in polarity.absent_before:
            return True
    return False


@lru_cache(maxsize=65536)
def _content_key(lemma: str) -> str | None:
    """The term a content word stands for: "w:" and its stem, or a name without its hyphens ("GATA-3" and "GATA3",
    "IL-6" and "IL6" are one name); None for a word too short or too common to say what a text is about."""
    if _identifier(lemma):
        return f"w:{lemma.replace('-', '')}"
    if lemma not in _ignored_lemmas() and len(lemma) > 2 and lemma.isalpha():
        return f"w:{stem(lemma)}"
    return None


@lru_cache(maxsize=1)
def _link_terms() -> frozenset[str]:
    """The terms of the words that say only that two things are linked (lexicons/links.yml)."""
    from pipeline.patterns import read_lexicon

    words = read_lexicon("lexicons/links.yml", {"words"})["words"]
    return frozenset(key for key in map(_content_key, words) if key is not None)


def _everyday(token, common: frozenset[str]) -> bool:
    """A token that says nothing specific: punctuation, a number, a stop word or an everyday English word."""
    return (token.is_punct or token.is_space or token.like_num or token.lower in common or token.lemma in common
            or token.lemma in _ignored_lemmas())


class Aims(NamedTuple):
    """lexicons/aims.yml as the aim and design readings use it: lemma sequences; each verb with each object is a
    phrase too; the headings include the background ones."""

    headings: tuple[tuple[str, ...], ...]
    phrases: tuple[tuple[str, ...], ...]
    background: frozenset[str]  # the background headings, lower case
    design: tuple[tuple[str, ...], ...]  # "we assess": what the authors did
    reported: frozenset[str]  # verbs that report a finding: "find", "show"


@lru_cache(maxsize=1)
def _aims() -> Aims:
    from pipeline.patterns import read_lexicon

    data = read_lexicon("lexicons/aims.yml",
                        {"headings", "background", "phrases", "design", "reported", "verbs", "objects"})
    phrases = [phrase.split() for phrase in data["phrases"]]
    phrases += [["to", verb, obj] for verb in data["verbs"] for obj in data["objects"]]
    headings = [*data["headings"], *data["background"]]
    return Aims(tuple(tuple(h.split()) for h in headings), tuple(tuple(p) for p in phrases),
                frozenset(str(h) for h in data["background"]), tuple(tuple(d.split()) for d in data["design"]),
                frozenset(str(v) for v in data["reported"]))


def _states_aim(analysis: Analysis, first: int, last: int, lemmas: list[str]) -> bool:
    """A sentence that states a study's aim, question or design, or its background: it opens with a capitalised
    section heading ("OBJECTIVE", "MAIN OUTCOME MEASURES", "BACKGROUND") or holds an aim phrase ("to determine
    whether", "the purpose of")."""
    aims = _aims()
    length = _phrase_length(lemmas, 0, aims.headings) if lemmas else 0
    if length and all(t.text.isupper() for t in analysis.tokens[first:first + length]):
        # ... unless the heading is joined to a results heading: "METHODS AND RESULTS We showed that ..." reports
        return not _joined_to_results(analysis, first + length, last)
    return bool(_phrase_starts(lemmas, aims.phrases))


def _tells_design(analysis: Analysis, first: int, last: int, lemmas: list[str]) -> bool:
    """A sentence in which the authors tell what they did ("We assessed birthweight in patients with HNF4A mutations",
    lexicons/aims.yml `design`) and not what they found: no verb reporting a finding ("... and found that", aims.yml
    `reported`) nor result cue (lexicons/results.yml: "P < .05") in it."""
    aims = _aims()
    return bool(_phrase_starts(lemmas, aims.design)) and aims.reported.isdisjoint(lemmas) \
        and not _result_cues().search(" ".join(t.text for t in analysis.tokens[first:last]))


def _joined_to_results(analysis: Analysis, start: int, last: int) -> bool:
    """A capitalised "AND" after a heading followed by a results heading (lexicons/results.yml): "METHODS AND
    RESULTS", "DESIGN AND FINDINGS"."""
    words = [t.text for t in analysis.tokens[start:min(start + 2, last)]]
    return len(words) == 2 and words[0] == "AND" and bool(_result_cues().match(words[1]))


def _asks_only(phrasing) -> bool:
    """A statement of a study's aim or design, not of its background (lexicons/aims.yml): it says nothing of what was
    found, so it denies nothing ("OBJECTIVE To determine whether high doses of folic acid reduce mortality" does not
    contradict "folic acid does not affect progression"; "We assessed birthweight in patients with HNF4A mutations"
    does not contradict "there is no association between HNF4A mutations and diabetes")."""
    words = phrasing.text.split()
    return phrasing.terms.aim and not (words and words[0].isupper() and words[0].lower() in _aims().background) \
        or phrasing.terms.design


@lru_cache(maxsize=1)
def _naming() -> tuple[tuple[str, ...], ...]:
    from pipeline.patterns import read_lexicon

    data = read_lexicon("lexicons/naming.yml", {"naming", "alias_phrases"})
    return tuple(tuple(phrase.split()) for phrase in data["naming"])


class Stemming(NamedTuple):
    min_stem: int
    suffixes: tuple[str, ...]  # longest first
    endings: tuple[tuple[str, str], ...]  # word endings read as others ("sis" -> "tic")
    spellings: tuple[tuple[str, str], ...]  # British -> American letter groups of stems ("haem" -> "hem")
    not_plural: tuple[str, ...]  # endings in "s" that are no plural ("ss", "us", "is")
    adverb: str = "ly"  # an adverb's ending, stripped before the suffixes ("sexually" -> "sexual" -> "sexu")
    adverbs_kept: frozenset[str] = frozenset()  # adverbs that keep their adjective's suffix ("normally": "normal")
    not_adverbs: frozenset[str] = frozenset()  # words in "-ly" that are no adverbs ("family", "supply")
    british_our: re.Pattern | None = None  # a word ending in the British "-our" (before its own endings): "tumours"
    stressed_our: tuple[str, ...] = ()  # words in "-our" that are American too ("contour", "detour")
    joined_prefixes: frozenset[str] = frozenset()  # prefixes written with a hyphen or closed up ("up-", "co-")


@lru_cache(maxsize=1)
def _stemming() -> Stemming:
    from pipeline.patterns import read_lexicon

    data = read_lexicon("lexicons/suffixes.yml", {"min_stem", "suffixes", "endings", "spellings", "not_plural",
                                                  "adverb", "adverbs_kept", "not_adverbs", "british_our",
                                                  "joined_prefixes"})
    our = data["british_our"]
    endings = "|".join(sorted(map(re.escape, our["endings"]), key=lambda e: (-len(e), e)))
    british_our = re.compile(r"([a-z]{2,})our(" + endings + r")?")  # the letters before "our" and its ending
    return Stemming(int(data["min_stem"]), tuple(sorted(data["suffixes"], key=lambda s: (-len(s), s))),
                    tuple((str(a), str(b)) for a, b in data["endings"]),
                    tuple((str(a), str(b)) for a, b in data["spellings"]), tuple(data["not_plural"]),
                    str(data["adverb"]), frozenset(data["adverbs_kept"]), frozenset(data["not_adverbs"]),
                    british_our, tuple(our["stressed"]), frozenset(data["joined_prefixes"]))


def _american_spelling(word: str, rules: Stemming) -> str:
    """A word in British spelling as the American one (lexicons/suffixes.yml): the letter groups of the medical
    stems ("ischaemic", "oestrogen" at a word's start only) and the unstressed ending "-our" ("tumours",
    "behavioural"; not "hour", "four" or "contour")."""
    for british, american in rules.spellings:
        if british.startswith("^"):
            if word.startswith(british[1:]):
                word = american + word[len(british) - 1:]
        else:
            word = word.replace(british, american)
    if "our" in word and rules.british_our is not None:
        found = rules.british_our.fullmatch(word)
        # a syllable before "-our": two letters or more with a vowel ("od-our", "tum-our"; not "h-our", "fl-our")
        if found and any(c in "aeiou" for c in found.group(1)) \
                and not (found.group(1) + "our").endswith(rules.stressed_our):
            word = found.group(1) + "or" + (found.group(2) or "")
    return word


@lru_cache(maxsize=65536)
def stem(lemma: str) -> str:
    """A content word without its derivational suffix (pipeline/lexicons/suffixes.yml): "hydroxylation" and
    "hydroxylated" both give "hydroxyl". British spellings are read as American ones first ("ischaemic" is
    "ischemic", "tumour" is "tumor"), a plural the lemma table does not know loses its "s" ("osteocytes", "HSPCs"),
    an adverb its "-ly" ("sexually" and "sexual" both give "sexu"), and a final "e" goes with the suffix ("immune"
    and "immunity", "osteocyte" and "osteocytic")."""
    rules = _stemming()
    word = _american_spelling(lemma, rules)
    for ending, other in rules.endings:
        if word.endswith(ending) and len(word) - len(ending) >= rules.min_stem:
            word = word[: -len(ending)] + other
    if word.endswith("s") and not word.endswith(rules.not_plural) and len(word) - 1 >= rules.min_stem:
        word = word[:-1]
    if word.endswith(rules.adverb) and len(word) - len(rules.adverb) >= rules.min_stem \
            and lemma not in rules.adverbs_kept and lemma not in rules.not_adverbs:
        word = word[: -len(rules.adverb)]  # "sexually" is "sexual" before its suffix goes
    kept = rules.adverb if lemma in rules.not_adverbs else None  # "family" keeps its "-ly" here too
    for suffix in rules.suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= rules.min_stem and suffix != kept:
            word = word[: -len(suffix)]
            break
    # Porter's step 1c, after the suffixes: a final "y" after a consonant is "i", so a verb in "-y" meets its noun in
    # "-iation" or "-ies" ("vary" and "variation" give "vari", "deny" and "denial" "deni")
    if len(word) >= rules.min_stem and word.endswith("y") and word[-2] not in "aeiouy":
        return word[:-1] + "i"
    # Porter's step 5: a final "e" goes, also one a suffix leaves ("completely" and "complete" give "complet")
    return word[:-1] if word.endswith("e") and len(word) - 1 >= rules.min_stem else word


def _joined_prefix(before, hyphen, token) -> str:
    """The prefix a hyphen joins to `token` ("up" of "up-regulated"), when it is one that is also written closed up
    ("upregulated": lexicons/suffixes.yml `joined_prefixes`); "" otherwise."""
    if before.end == hyphen.start and hyphen.end == token.start and before.lower in _stemming().joined_prefixes:
        return before.lower
    return ""


ABBREVIATION_PLURAL = re.compile(r"[a-z]?[A-Z][A-Z0-9-]*[A-Z]s")


def _abbreviation_plural(text: str) -> bool:
    """An abbreviation in capitals with a plural "s" ("DSBs", "SNPs", "HSPCs", "iPSCs"): the lemma table does not know
    it, and `stem` keeps the "s" of a word as short as most abbreviations, so "DSBs" would not meet "DSB"."""
    return ABBREVIATION_PLURAL.fullmatch(text) is not None


@lru_cache(maxsize=65536)
def _identifier(lemma: str) -> bool:
    """A name made of letters and digits ("CCR7", "IL-6", "HbA1c", "COVID-19", "B12"): genes, proteins, strains and
    vitamins are the most specific words a biomedical claim has. It starts with a letter (not "10mg", "2x") and
    holds nothing but letters, digits and joiners (not "p<0.05")."""
    return (len(lemma) > 1 and lemma[0].isalpha() and any(c.isdigit() for c in lemma)
            and all(c.isalnum() or c in IDENTIFIER_JOINERS for c in lemma))


@dataclass(frozen=True)
class Polarity:
    """pipeline/lexicons/polarity.yml: lemma sequences that deny, state a null result, or give a direction."""

    denial: tuple[tuple[str, ...], ...]
    no_effect: tuple[tuple[str, ...], ...]
    up: frozenset[str]
    down: frozenset[str]
    harmful: frozenset[str]
    beneficial: frozenset[str]
    worse: frozenset[str]
    better: frozenset[str]
    clause_breaks: frozenset[str]
    not_negation: tuple[tuple[str, ...], ...] = ()
    negating_prefixes: tuple[str, ...] = ()
    min_base: int = 6
    opposites: tuple[tuple[str, str], ...] = ()
    association_words: frozenset[str] = frozenset()
    absent_after: frozenset[str] = frozenset()
    absent_before: tuple[tuple[str, ...], ...] = ()
    evidential_words: frozenset[str] = frozenset()
    frequency: frozenset[str] = frozenset()
    partial_negation: frozenset[str] = frozenset()
    superlative: frozenset[str] = frozenset()
    prohibition: frozenset[str] = frozenset()
    causal_links: tuple[tuple[str, ...], ...] = ()
    causing: tuple[tuple[str, ...], ...] = ()
    means: frozenset[str] = frozenset()  # "by", "through": before a gerund, an adjunct of means (_means_terms)
    fixed_terms: tuple[tuple[str, ...], ...] = ()
    before_hyphen: frozenset[str] = frozenset()
    resisting: frozenset[str] = frozenset()
    partial_denial: tuple[tuple[str, ...], ...] = ()
    regardless: tuple[tuple[str, ...], ...] = ()
    unmodified: tuple[tuple[str, ...], ...] = ()
    association_adjectives: frozenset[str] = frozenset()  # "positive", "inverse": before an association word, a direction
    likelihood_words: frozenset[str] = frozenset()  # "likely", "predict": link an exposure to an outcome (_covariation)
    measures: frozenset[str] = frozenset()  # "severity", "level": before "of", a measure of the thing (_measure_words)
    mild: frozenset[str] = frozenset()  # how bad a harm is: "mild", "minor" (polarity.yml `severity`)
    severe: frozenset[str] = frozenset()  # ... "severe", "debilitating", "unpleasant"
    becoming: frozenset[str] = frozenset()  # ... and the verbs after which one says a course: "become severe"


@lru_cache(maxsize=1)
def load_polarity() -> Polarity:
    from pipeline.patterns import read_lexicon

    data = read_lexicon("lexicons/polarity.yml", {"denial", "no_effect", "not_negation", "direction", "valence",
                                                  "clause_breaks", "negating_prefixes", "opposites",
                                                  "association_words", "absence", "evidential_words", "frequency",
                                                  "partial_negation", "superlative", "prohibition", "causal_links",
                                                  "causing", "means", "names", "resisting", "partial_denial", "unchanged",
                                                  "association_adjectives", "likelihood_words", "measures",
                                                  "severity"})
    unknown = sorted(set(data["direction"]) - {"up", "down"}) + sorted(set(data["valence"]) - set(VALENCE_KEYS))
    if unknown:
        raise DataError(f"unknown keys {unknown}", "pipeline/lexicons/polarity.yml")
    harmful, beneficial, worse, better = (frozenset(data["valence"][key]) for key in VALENCE_KEYS)
    return Polarity(tuple(tuple(p.split()) for p in data["denial"]), tuple(tuple(p.split()) for p in data["no_effect"]),
                    frozenset(data["direction"]["up"]), frozenset(data["direction"]["down"]),
                    harmful, beneficial, worse, better, frozenset(data["clause_breaks"]),
                    tuple(tuple(p.split()) for p in data.get("not_negation", ())),
                    tuple(data["negating_prefixes"]["prefixes"]), int(data["negating_prefixes"]["min_base"]),
                    tuple((a, b) for a, b in data.get("opposites", ())), frozenset(data.get("association_words", ())),
                    frozenset(data.get("absence", {}).get("after", ())),
                    tuple(tuple(p.split()) for p in data.get("absence", {}).get("before", ())),
                    frozenset(data.get("evidential_words", ())), frozenset(data.get("frequency", ())),
                    frozenset(data.get("partial_negation", ())), frozenset(data.get("superlative", ())),
                    frozenset(data.get("prohibition", ())),
                    tuple(tuple(p.split()) for p in data.get("causal_links", ())),
                    tuple(tuple(p.split()) for p in data.get("causing", ())), frozenset(data.get("means", ())),
                    tuple(tuple(p.split()) for p in data.get("names", {}).get("fixed_terms", ())),
                    frozenset(data.get("names", {}).get("before_hyphen", ())), frozenset(data.get("resisting", ())),
                    tuple(tuple(p.split()) for p in data.get("partial_denial", ())),
                    tuple(tuple(p.split()) for p in data.get("unchanged", {}).get("regardless", ())),
                    tuple(tuple(p.split()) for p in data.get("unchanged", {}).get("unmodified", ())),
                    frozenset(data.get("association_adjectives", ())), frozenset(data.get("likelihood_words", ())),
                    frozenset(data.get("measures", ())),
                    frozenset(data.get("severity", {}).get("mild", ())),
                    frozenset(data.get("severity", {}).get("severe", ())),
                    frozenset(data.get("severity", {}).get("becoming", ())))


@lru_cache(maxsize=4096)
def _clause_terms(text: str, model: str | None) -> tuple[Terms, ...]:
    """The terms of each clause of a statement with more than one (cut at ";", ":" and at "whereas", "but", ...)."""
    analysis = analyse_text(text, model)
    cuts = [i for i in _cut_points(analysis.tokens, commas=False) if i]
    if "(" in text or "[" in text:
        # a break inside brackets parts the figures of an aside ("higher among men (378 per 100 000; 95% CI, 361-395)
        # and did not change over time"), not the sentence's clauses
        inside = _bracketed([t.text for t in analysis.tokens])
        cuts = [i for i in cuts if i not in inside]
    bounds = list(zip([0, *cuts], [*cuts, len(analysis.tokens)]))
    return tuple(extract_terms(analysis, a, b, clause=True) for a, b in bounds) if len(bounds) > 1 else ()


def _cut_points(tokens: tuple[Token, ...], commas: bool) -> list[int]:
    """Where a statement is cut into its parts: at ";" and ":" (CLAUSE_MARKS) and at a clause break (polarity.yml
    `clause_breaks`: "whereas", "but", …), and with `commas` at a comma too (the coordinated clauses and list members
    that `_negation_apart` reads; `_clause_terms` cuts clauses only)."""
    breaks = load_polarity().clause_breaks
    return [i for i, t in enumerate(tokens)
            if t.text in CLAUSE_MARKS or (commas and t.text == ",") or t.lower in breaks]


def _bracketed(words: list[str]) -> set[int]:
    """The positions of the words inside round or square brackets (an unclosed bracket holds the rest)."""
    inside, depth = set(), 0
    for at, word in enumerate(words):
        if word in (")", "]"):
            depth = max(depth - 1, 0)
        elif depth:
            inside.add(at)
        if word in ("(", "["):
            depth += 1
    return inside


def _may_have_clauses(text: str) -> bool:
    """Whether a text holds a clause break at all: only then is it analysed again to be cut (`_clause_terms`)."""
    return any(mark in text for mark in CLAUSE_MARKS) or bool(_clause_break_words().search(text))


@lru_cache(maxsize=1)
def _clause_break_words() -> re.Pattern:
    return re.compile(r"\b(?:%s)\b" % "|".join(sorted(load_polarity().clause_breaks)), re.IGNORECASE)


def _polarity_of(phrasing, claim_vector: dict[str, float], model: str | None,
                 origins: dict[str, frozenset[tuple[int, int]]] | None = None) -> Terms:
    """The statement's terms, or those of its clause that shares most weight with the claim (the first on a tie):
    "fruit lowered the risk, whereas juice raised it" says 'lowered' of fruit. `origins`: the claim's words."""
    return _clause_of(_clause_terms(phrasing.text, model), claim_vector, claim_vector, origins) or phrasing.terms


def _clause_of(clauses: tuple[Terms, ...], claim_vector: dict[str, float], other,
               origins: dict[str, frozenset[tuple[int, int]]] | None = None) -> Terms | None:
    """Of several clauses, the one whose terms shared with `other` weigh most in the claim (the first on a tie); a
    word of the claim counts once, by its heaviest term (`origins`: the claim's words; else each clause's own), so
    "HPV infection" (a condition, a harm and side effects) does not outweigh "vaccines prevent"."""
    if not clauses:
        return None
    shared = [_word_weight(claim_vector, c.weights.keys() & other.keys(), c.origins if origins is None else origins)
              for c in clauses]
    # the diseases say where both speak, not what either says there: "myeloma is considered treatable, but
    # generally incurable" speaks to "myeloma is considered an incurable disease" in its second clause
    said = [_word_weight(claim_vector, (c.weights.keys() & other.keys()) - _diseases_among(c.weights),
                         c.origins if origins is None else origins) for c in clauses]
    if max(said) > 0:
        shared = said
    return clauses[shared.index(max(shared))]


def _word_weight(claim_vector: dict[str, float], terms, origins: dict[str, frozenset[tuple[int, int]]]) -> float:
    """The claim's weight of `terms`, each word (_word_groups) counted once by its heaviest term."""
    return sum(max(claim_vector.get(t, 0.0) for t in group) for group in _word_groups(origins, terms))


def _valence(polarity: Polarity, lemmas: list[str], direction: int) -> int:
    """Good (+1) or bad (-1) for the patient: said outright ("worsens", "protects"), else a direction applied to
    an outcome ("reduces mortality" is good, "increases mortality" bad); 0 when unknown or mixed."""
    def some(words: frozenset[str]) -> bool:
        return not words.isdisjoint(lemmas)

    said = some(polarity.better) - some(polarity.worse)
    return said or direction * (some(polarity.beneficial) - some(polarity.harmful))


def _resisting_harms(forms: list[str], first: int, origins: dict[str, set[tuple[int, int]]],
                     polarity: Polarity) -> list[str]:
    """`forms` with each word of resisting (polarity.yml `resisting`) that is said of a harm or a disease ("resistance
    to diet-induced obesity", "resistant to infection") read as protection from it, which is good for the patient;
    said alone or of a treatment ("insulin resistance", "resistance to the drug") it stays what it was."""
    if polarity.resisting.isdisjoint(forms):
        return forms
    concepts = load_concepts()
    harms = {i for term, spans in origins.items() if term in concepts and concepts[term].type in ("harm", "disease")
             for start, end in spans for i in range(start, end)}
    return [RESISTED_HARM if form in polarity.resisting and forms[k + 1:k + 2] == ["to"]
            and any(first + at in harms for at in range(k + 2, k + 2 + RESIST_REACH)) else form
            for k, form in enumerate(forms)]


def _causing_verbs(lemmas: list[str], first: int, polarity: Polarity, skipped: set[int]) -> list[int]:
    """Where a verb of causing (polarity.yml `causing`) says a rise of what follows: "radiation therapy can cause
    nausea" says more nausea, which "this lowers nausea" opposes. Not "the cause of" (a noun), nor "caused by" (a
    causal link: what follows is the cause, see `causal_links`), nor inside a name."""
    links = set(_phrase_starts(lemmas, polarity.causal_links))
    return [first + at for at in _phrase_starts(lemmas, polarity.causing)
            if at not in links and first + at not in skipped
            and lemmas[at + _phrase_length(lemmas, at, polarity.causing):][:1] != ["of"]]


def _cause_and_effect(origins: dict[str, set[tuple[int, int]]], causing: list[int], last: int,
                      everyday: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The terms named before the first verb of causing (`_causing_verbs`), and those named after it before the
    next one, within PAIR_REACH tokens; neither holds everyday words."""
    if not causing:
        return frozenset(), frozenset()
    at, until = causing[0], min([*causing[1:], last])
    causes = frozenset(t for t, spans in origins.items() if t not in everyday and any(b <= at for _, b in spans))
    effects = frozenset(t for t, spans in origins.items() if t not in everyday
                        and any(at < a < until and a - at <= PAIR_REACH + 1 for a, _ in spans))
    return causes, effects


def _lowers_what_it_causes(claim: Terms, said: Terms) -> bool:
    """One text lowers or relieves an outcome ("radiation therapy lowers nausea") that the other says the same
    intervention or disease causes ("radiation therapy can cause nausea"): opposite changes, though a verb of causing
    states no direction of its own. The cause must be the subject of the lowering (named before its change, not
    generic: "medicines reduce the nausea that chemotherapy causes" opposes nothing chemotherapy does; nor the
    broader concept of every drug, ANY_DRUG: "probiotics reduce diarrhoea" says nothing of antibiotics), and neither
    text negated."""
    if claim.negative or said.negative:
        return False
    for one, other in ((claim, said), (said, claim)):
        lowered = {t for t, sign in one.targets.items() if sign < 0}
        cause = _treatments_and_diseases(one.subjects & other.causes) - GENERIC_TREATMENTS - {ANY_DISEASE, ANY_DRUG}
        if cause and not lowered.isdisjoint(other.effects):
            return True
    return False


def _paired_valence(polarity: Polarity, words: list[tuple[int, str]], changes: list[tuple[int, int]],
                    links: Sequence[int] = ()) -> int:
    """Good (+1) or bad (-1) for the patient from each outcome word and the change said nearest to it (within
    PAIR_REACH tokens): "mortality decreased" is good even when "increasing" is said of something else; a harm
    followed by "free" is its absence ("extend progression-free survival" is good). A change across a causal link
    (`links`, where "caused by", "due to" start) names a cause: "pain caused by reduced blood flow" pairs nothing."""
    if not changes:
        return 0
    total = 0
    following = dict(words)
    for at, word in words:
        outcome = (word in polarity.beneficial) - (word in polarity.harmful)
        if not outcome:
            continue
        if "free" in (following.get(at + 1), following.get(at + 2)):
            outcome = -outcome  # "progression-free survival", "relapse-free": the harm is absent
        near = [(abs(i - at), sign) for i, sign in changes if abs(i - at) <= PAIR_REACH
                and not any(min(i, at) < link < max(i, at) for link in links)]
        if near:
            total += outcome * min(near)[1]
    return (total > 0) - (total < 0)


def _phrase_starts(lemmas: list[str], phrases: tuple[tuple[str, ...], ...]) -> list[int]:
    """Where one of `phrases` (lemma sequences) starts in `lemmas`: only phrases beginning with the lemma at a
    position are compared there."""
    by_first = _by_first_lemma(phrases)
    if by_first.keys().isdisjoint(lemmas):
        return []
    return [i for i, lemma in enumerate(lemmas)
            if lemma in by_first and any(tuple(lemmas[i:i + len(p)]) == p for p in by_first[lemma])]


def _phrase_length(lemmas: list[str], at: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    """The length of the longest of `phrases` that starts at `at`."""
    return max((len(p) for p in _by_first_lemma(phrases).get(lemmas[at], ()) if tuple(lemmas[at:at + len(p)]) == p),
               default=0)


# Phrase lists are long-lived lexicon tuples: indexed once each, found by identity (hashing a tuple of tuples costs
# as much as indexing it, and an lru_cache of a few entries evicted the dozen lists in turn). The entry holds the
# tuple itself, so its id cannot be reused.
_FIRST_LEMMA_INDEXES: dict[int, tuple[tuple[tuple[str, ...], ...], dict[str, tuple[tuple[str, ...], ...]]]] = {}


def _by_first_lemma(phrases: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    entry = _FIRST_LEMMA_INDEXES.get(id(phrases))
    if entry is not None and entry[0] is phrases:
        return entry[1]
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        if phrase:
            index.setdefault(phrase[0], []).append(phrase)
    by_first = {first: tuple(group) for first, group in index.items()}
    if len(_FIRST_LEMMA_INDEXES) > 64:
        _FIRST_LEMMA_INDEXES.clear()  # a caller building its list anew at each call: stay bounded
    _FIRST_LEMMA_INDEXES[id(phrases)] = (phrases, by_first)
    return by_first


def _predicative(analysis: Analysis, at: int, first: int, predicates: set[int]) -> bool:
    """A word said of the subject ("is unrelated", "was an ineffective treatment", "remained unchanged"), not one
    describing a noun ("exposure to ineffective drugs", "associated with death independent of age"): the word
    before it is a predicate word, or articles and adverbs ("an", "largely") stand between the two."""
    for i in range(at - 1, max(first, at - PREDICATIVE_REACH) - 1, -1):
        if i in predicates:
            return True
        token = analysis.tokens[i]
        if not (token.lower in PREDICATIVE_FILLERS or token.lower.endswith("ly") and token.lower.isalpha()):
            return False
    return False


def _opens_range(analysis: Analysis, at: int, first: int) -> bool:
    """A denial that opens the clause, set off by a comma ("Rarely, shingles can lead to pneumonia", "More rarely,
    ..."): said of all of it, as "shingles can rarely lead to pneumonia" says it of the subject."""
    before = analysis.tokens[first:at]
    after = analysis.tokens[at + 1] if at + 1 < len(analysis.tokens) else None
    return after is not None and after.lower == "," and all(t.lower in CLAUSE_OPENING_WORDS for t in before)


# words that may stand before a clause's opening adverb ("More rarely, …", "But seldom, …")
CLAUSE_OPENING_WORDS = {"more", "very", "only", "but", "and", "even", "however", ","}


class ArticleContext(NamedTuple):
    """What an article is about, for its claims that do not say it themselves ("it has no side effects")."""

    diseases: tuple[str, ...]  # named at least half as often as the most named one
    unknown_disease: bool  # it names none of those, but a condition by its own name ("epilepsy", "osteoarthritis")
    # the terms of its topic words (pipeline/claims.py, find_topic_words): a disease or agent the lexicon may not know
    # ("HPV" on a page about HPV) names what a claim is about, like a disease
    topic_terms: frozenset[str] = frozenset()
    # the abbreviations it defines, (short form, long form): "chimeric antigen receptor (CAR)" (find_abbreviations)
    abbreviations: tuple[tuple[str, str], ...] = ()
    # the interventions it names anywhere (_named_treatments), for its claims that name none ("the medication was
    # approved in 1988"); None: not known, no constraint
    treatments: frozenset[str] | None = None


def article_context(analysis: Analysis, topic_words: frozenset[str]) -> ArticleContext:
    """The diseases an article is about (those named at least half as often as the most named one); with none,
    whether it is about a disease the lexicon does not know: a condition named by a word of its own, not an everyday
    one ("epilepsy", not "illness" or "infection"), at least twice; `topic_words` are the article's
    (pipeline/claims.py, find_topic_words)."""
    concepts = load_concepts()
    named = [m for m in analysis.of_kind("concept") if concepts[m.label].type == "disease"]
    counts = Counter(m.label for m in named if m.label not in GENERIC_DISEASES)
    top = max(counts.values(), default=0)
    common = everyday_words()
    own_names = sum(m.label == "condition" and analysis.text_of(m.first, m.last).lower() not in common for m in named)
    treatments = _named_treatments({m.label for m in analysis.of_kind("concept")})
    return ArticleContext(tuple(sorted(d for d, n in counts.items() if 2 * n >= top)), not counts and own_names >= 2,
                          frozenset(key for word in topic_words if (key := _content_key(word)) is not None),
                          tuple(sorted(set(find_abbreviations(analysis.source.text)))), treatments)


def _named_treatments(terms) -> frozenset[str]:
    """The interventions among `terms`: concepts of a treatment type (chemotherapy, a drug, a vaccine, diet and
    exercise) other than the generic ones (GENERIC_TREATMENTS)."""
    concepts = load_concepts()
    return frozenset(t for t in terms if t in concepts and concepts[t].type in TREATMENT_TYPES
                     and t not in GENERIC_TREATMENTS)


def _treatments_named_outright(weights: dict[str, float]) -> frozenset[str]:
    """The interventions a text names itself (`_named_treatments` of full weight: "chemotherapy", not "immunotherapy"
    as CAR-T's broader kind)."""
    return frozenset(t for t in _named_treatments(weights) if weights[t] >= 1.0)


def _same_intervention(one: frozenset[str], other: frozenset[str]) -> bool:
    """Two sets of interventions (_named_treatments) meet: one names a kind of the other, or the same ("CAR-T" and
    "immunotherapy"); two kinds of one thing are not the same thing ("CAR-T" and "bispecific antibodies")."""
    return bool(one & _closure(other)) or bool(other & _closure(one))


def _another_intervention_named(claim_treatments: frozenset[str], weights: dict[str, float]) -> bool:
    """A wording that names a drug or a class of drugs outright speaks of it: it does not address a claim naming
    another intervention outright ("monoclonal antibodies kill cancer cells directly" against "proteasome inhibitors
    eliminate myeloma"). A kind of care ("immunotherapy", "targeted therapy") overlaps others ("a personalised
    approach") and binds no wording so. Asked of the wordings of a statement bound to no intervention as a whole
    (`EvidenceIndex._statement_treatments`: one wording, "a larger number of patients now achieve disease-free
    remission", names none), which may still address the claim through another wording; a bound statement is
    judged whole (`_about_another_intervention`)."""
    concepts = load_concepts()
    # a drug or a class of drugs, not a kind of care that overlaps others ("immunotherapy", "targeted therapy")
    theirs = {t for t in _treatments_named_outright(weights) if concepts[t].type != "treatment"}
    return bool(claim_treatments) and bool(theirs) and not _same_intervention(
        frozenset(_treatment_kinds(claim_treatments)), frozenset(_treatment_kinds(theirs)))


# the treatment concepts that say how or when something is given, not which intervention: a statement naming only
# these ("the treatment", "in combination with", "maintenance") speaks of any treatment. Not "new treatment": "newer
# drugs" are a class of interventions, which a thing the library does not name is not known to belong to
ANY_INTERVENTION = GENERIC_TREATMENTS - {"new treatment"}


def _names_an_intervention(weights: dict[str, float]) -> bool:
    """A wording names an intervention outright, a drug, a class of drugs or a kind of care ("CAR-T", "immunotherapy",
    "newer drugs", "a balanced diet"), not only the treatment in general (ANY_INTERVENTION): it speaks of that one,
    not of a thing the library does not name (`EvidenceIndex.find`)."""
    concepts = load_concepts()
    return any(w >= 1.0 and t in concepts and concepts[t].type in TREATMENT_TYPES and t not in ANY_INTERVENTION
               for t, w in weights.items())


def _shares_only_outcomes(claim: Terms, shared) -> bool:
    """The shared terms are outcomes good or bad for the patient (`_outcome_terms`: "side effects", "survival",
    "cure") and the things they are said of (treatments, diseases, people, cells and parts of the body), everyday
    words of the claim or naming words: nothing of what the claim names itself ("Supple", "cartilage")."""
    concepts = load_concepts()
    outcomes = _outcome_terms()
    return all(t in outcomes or t in claim.everyday or t == NAMING
               or t in concepts and concepts[t].type in OUTCOME_HOLDER_TYPES for t in shared)


def _treatments_and_diseases(terms) -> set[str]:
    """The terms that name what a claim is about rather than what it says of it: treatments, drugs and diseases."""
    concepts = load_concepts()
    return {t for t in terms if t in concepts and concepts[t].type in SUBJECT_TYPES}


def _close_enough_to_flip(claim: Terms, claim_vector: dict[str, float], phrasing, score: float) -> bool:
    """A statement read with the opposite polarity contradicts a claim only from a close match: a score of
    REFUTED_ADDRESS_THRESHOLD, or FLIP_COVERAGE of the claim's weighted terms, or two shared terms that say more than
    what the claim is about (no treatment, disease or everyday word: an abstract's results sentence on "coffee" and
    "fibrosis" against a claim with many words of its own). On accurate myeloma pages the wrong flips shared only
    the disease's names and one more word."""
    held = claim_vector.keys() & phrasing.terms.weights.keys()
    if _words_among(claim, held) < 2:
        return False
    # words of how a thing is known ("reported", "evidence", "study") say nothing of the thing, unless a negation
    # denies through them: "there is evidence that ibuprofen raises COVID-19 mortality" against "there is no clear
    # evidence linking ibuprofen to worse COVID-19" asserts the very evidence denied
    evidential = load_polarity().evidential_words
    denies_evidence = claim.evidence_denied or phrasing.terms.evidence_denied
    known_by = set() if denies_evidence else {t for t in held if claim.words.get(t) in evidential}
    covered = sum(claim_vector[t] for t in sorted(held - known_by))
    total = sum(claim_vector[t] for t in sorted(claim_vector))
    return score >= REFUTED_ADDRESS_THRESHOLD or bool(total) and covered / total >= FLIP_COVERAGE \
        or _words_among(claim, _content_terms(claim, held) - known_by) >= 2


def _asserts_no_change(claim: Terms, assertion: Terms) -> bool:
    """A refuted assertion of a change ("immunotherapy improves immune function") is not made by a claim that
    states no change, no good or bad outcome and no negation ("immunotherapy refers to treatments that use the
    body's own immune system")."""
    return bool(assertion.direction or assertion.valence) and not (claim.direction or claim.valence or claim.negative)


def _names_no_treatment(phrasing, claim_vector: dict[str, float]) -> bool:
    """A refuted assertion about a treatment ("CAR-T strengthens the immune system against infection") is not made
    by a claim that names no treatment at all, not even generically ("plasma cells protect the body from
    infection"); "the treatment … avoids side effects", in an article on immunotherapy, may make it."""
    concepts = load_concepts()
    about = {t for t in phrasing.terms.weights if t in concepts and concepts[t].type in TREATMENT_TYPES}
    return bool(about) and not any(t in concepts and concepts[t].type in TREATMENT_TYPES for t in claim_vector)


def _finding_on_another_intervention(phrasing, claim_vector: dict[str, float], context: ArticleContext | None) -> bool:
    """A finding about a treatment denies nothing of a claim that names no treatment at all (_names_no_treatment) on a
    page about other interventions: "serious side effects are very rare", on a vaccine page, does not deny that newer
    cancer drugs carry serious side effects. On a page about the finding's treatment, "they may not reduce the risk"
    speaks of it."""
    if context is None or not context.treatments or not _names_no_treatment(phrasing, claim_vector):
        return False
    return not _same_intervention(context.treatments, _named_treatments(phrasing.terms.weights))


def _misses_predicate(claim_vector: dict[str, float], assertion_vector: dict[str, float]) -> bool:
    """A claim that holds less than PREDICATE_SHARE of what a refuted assertion says of the things it is about
    (its treatments and diseases, the people, the parts of the body and the naming words) does not make it: "the
    patient receives high-dose chemotherapy before a transplant to kill the cells in the bone marrow" shares the
    transplant, the patient and the marrow with "a transplant gives the patient a new healthy bone marrow", not the
    "healthy" it refutes."""
    said = [t for t in _said_of_them(assertion_vector) if t != NAMING]
    total = sum(assertion_vector[t] for t in said)
    held = sum(assertion_vector[t] for t in said if t in claim_vector)
    return bool(total) and held < PREDICATE_SHARE * total


def _said_of_them(terms) -> list[str]:
    """The terms, sorted, but the things a statement is about: its treatments, drugs and diseases, the people and
    the parts of the body (what is left is what it says of them)."""
    concepts = load_concepts()
    return [t for t in sorted(terms) if t not in _treatments_and_diseases([t])
            and not (t in concepts and concepts[t].type in ("population", "body"))]


def _predicate_terms(claim: Terms, claim_vector: dict[str, float]) -> frozenset[str]:
    """What a claim says of the things it is about: its terms but its treatments, drugs and diseases, the people and
    the parts of the body (as `_misses_predicate` reads an assertion); none when it says nothing but everyday words
    of them ("X is commonly used to treat Y"), which the score has weighed already."""
    said = frozenset(_said_of_them(claim_vector))
    return said if any(not t.startswith("w:") or t not in claim.everyday for t in said) else frozenset()


def _misses_head(claim: Terms, claim_vector: dict[str, float], own: Terms, said, worded_apart: bool = False) -> bool:
    """A statement speaks to what a claim asserts, not to what the claim only mentions, when it (`said`: the terms of
    its wordings, of a refuted one the assertion) holds a term of the claim's head (its verb and what the verb
    takes, `Terms.head`): one holding none speaks of the claim's topic. "Survival is also measured by progression-
    free survival" shares only the measure it names with "transplant improves progression-free survival"; "your
    doctor can help you consider all your treatment options" only its topic with "there are now more treatment
    options". Such a statement backs nothing, and a refuted one is no assertion the claim makes. A statement holding
    HEAD_PARAPHRASE words or more of what the claim says beyond its subject (everyday words aside) may say the head
    in other words ("bind to an antigen called BCMA … and to CD3" against "redirecting T cells via CD3 to myeloma
    cells that carry BCMA"). A claim of a change, a good or bad outcome or a negation is left to polarity, which
    reads those in other words ("reduce the severity of migraines" and "effective in preventing migraine").
    `worded_apart`: `said` comes from several wordings of one statement, which a claim's main verb must then meet
    (`_head_missed`)."""
    if own.direction or own.valence or own.negative or own.targets:
        return False
    if _severity(claim_vector) and not all(terms.isdisjoint(said) for terms in _severity_terms()):
        return False  # how bad a harm is, said in other words ("severe" and "mild"): `_severities_oppose` reads it
    head = claim.head.intersection(claim_vector)  # a frozenset, as typed (& with dict keys gives a set)
    head = _beyond_the_subject(head, claim_vector)
    if not head or not _head_missed(claim, claim_vector, head, said, worded_apart):
        return False
    shared = [t for t in _said_of_them(claim_vector) if t in said and t not in claim.everyday]
    return _words_among(claim, shared) < HEAD_PARAPHRASE


def _misses_changed_thing(claim: Terms, claim_vector: dict[str, float], own: Terms, said) -> bool:
    """A claim of a change (a direction or a good or bad outcome: "exercise improves sleep", "leading to better
    outcomes") is said of the thing its head names beside the verb of change (`Terms.head` less `Terms.head_verbs`):
    a statement (`said`: the terms of its wordings) holding none of those things says a change of something else
    about the same subject ("exercise improves mood in people with depression"), which neither backs nor denies it.
    `_misses_head` leaves such claims to polarity, which reads a change said in other words; polarity cannot read the
    thing changed. Two exceptions keep what polarity reads: a claim and a statement that name the same outcome good or
    bad for the patient (an outcome or harm of the lexicon, a word of polarity.yml `valence`: "a lower risk of death",
    "eventually leading to a resurgence" against "myeloma eventually relapses") speak of it, whatever the head names;
    and a statement holding HEAD_PARAPHRASE words or more of what the claim says beyond its subject may name the thing
    in other words, as in `_misses_head`. Read only of a statement worded several ways (a library's finding,
    addresses and strongest wording: `EvidenceIndex.worded_apart`), whose wordings would name the thing if it spoke
    of it; one sentence (an abstract's) may name it once by another word or an abbreviation ("DSB" for double-strand
    breaks), as `_head_missed` reads a claim's verb."""
    if not (own.direction or own.valence):
        return False
    things = claim.head.intersection(claim_vector).difference(claim.head_verbs, GENERIC_HEAD_TERMS, _change_terms())
    if RISK in things:
        # a risk changed is that of the diseases named: "lowering the chance of getting cancer" and "multivitamins have
        # not been shown to prevent cancer" speak of cancer
        things = things.union(claim.diseases)
    if not things or not things.isdisjoint(said):
        return False
    if any(t in said for t in _outcome_terms().intersection(claim_vector)):
        return False
    shared = [t for t in _said_of_them(claim_vector) if t in said and t not in claim.everyday]
    return _words_among(claim, shared) < HEAD_PARAPHRASE


@lru_cache(maxsize=1)
def _change_terms() -> frozenset[str]:
    """The terms of the words that say a change is good or bad or that it is brought about (polarity.yml `valence`
    worse/better, the first word of `causing`: "leading to better outcomes" changes outcomes). A word of direction
    stays a thing when it is not the head's verb: "avoid falls" speaks of falls ("fall" is a word of direction)."""
    polarity = load_polarity()
    words = polarity.worse | polarity.better | {verb[0] for verb in polarity.causing}
    return frozenset(f"w:{stem(word)}" for word in words)


@lru_cache(maxsize=1)
def _outcome_terms() -> frozenset[str]:
    """The terms of the outcomes good or bad for the patient: the words of polarity.yml `valence` harmful/beneficial
    and the lexicon's outcomes and harms ("mortality" is read as the concept survival, "resurgence" as relapse)."""
    polarity = load_polarity()
    return frozenset({f"w:{stem(word)}" for word in polarity.harmful | polarity.beneficial}
                     | {c for c, concept in load_concepts().items() if concept.type in OUTCOME_TYPES})


def _beyond_the_subject(head: frozenset[str], claim_vector: dict[str, float]) -> frozenset[str]:
    """The head's terms but the broader kinds of the concepts the claim names outside it, when any term is left: in
    "immunotherapy is a treatment that uses the body's immune system" the treatment is what immunotherapy is by the
    lexicon, which every statement naming immunotherapy holds ("immunotherapy improves survival in melanoma"); what
    the claim defines it by is the immune system it uses. A head naming only such kinds ("immunotherapy is a
    treatment") keeps them."""
    concepts = load_concepts()
    kinds = {broader for t in sorted(claim_vector) if t not in head and t in concepts for broader in concepts[t].broader}
    beyond = head.difference(kinds)
    return beyond or head


def _head_missed(claim: Terms, claim_vector: dict[str, float], head: frozenset[str], said,
                 worded_apart: bool = False) -> bool:
    """The terms a statement holds (`said`) miss the claim's head: none of its specific terms, when it has one
    besides the general words every statement of a treatment library holds (GENERIC_HEAD_TERMS: "treatment",
    "drug", naming) named only inside the head (`Terms.head_general`; "'standard of care' means the best treatments
    known" is not backed by "immunotherapy may become the standard of care"), or not the whole name a verb of naming gives, the disease it is a kind of aside ("this
    may be called a solitary plasmacytoma" is not backed by "multiple myeloma is a cancer of plasma cells"), or
    neither the terms of its main verb (`Terms.head_verbs`) nor half the head's words: "your doctor will choose from
    a variety of treatment options" is not backed by "there are now more treatment options", nor "conditioning and
    transplants destroy cells in the blood" by "transplant is high-dose melphalan followed by return of the
    patient's own stem cells". The verb is sought only in a statement worded several ways (`worded_apart`: a
    library's addresses, finding and strongest wording), whose wordings would say it if the statement did; one
    sentence says its finding one way, which the claim's verb may say in other words ("high blood pressure doubles
    the death risk" for "hypertension was associated with increased mortality")."""
    specific = head.difference(claim.head_general) or head
    name = claim.name_given.intersection(claim_vector).difference(GENERIC_NAME_TERMS)
    if specific.isdisjoint(said) or bool(name) and not name.issubset(said):
        return True
    verbs = claim.head_verbs.intersection(head)
    return worded_apart and bool(verbs) and verbs.isdisjoint(said) \
        and 2 * _words_among(claim, head.intersection(said)) < _words_among(claim, head)


def _names_another_part(claim_vector: dict[str, float], assertion: Terms) -> bool:
    """A refuted assertion of what happens to a part of the body or a cell ("statins are toxic to the liver") is not
    made by a claim that names no such part of its own ("statins have side effects"): the claim says less, and the
    part is what the library denies of it. A claim naming the same part, or another, may make it."""
    concepts = load_concepts()
    parts = {t for t in assertion.weights if t in concepts and concepts[t].type in ("cell", "body")}
    return bool(parts) and not any(t in concepts and concepts[t].type in ("cell", "body") for t in claim_vector)


def _harms_among(terms) -> set[str]:
    """The terms that name harms (hair loss, nausea, side effects: concepts of type harm)."""
    concepts = load_concepts()
    return {t for t in terms if t in concepts and concepts[t].type == "harm"}


def _people_among(terms) -> set[str]:
    """The terms that name people (patients, children, older adults: concepts of type population)."""
    concepts = load_concepts()
    return {t for t in terms if t in concepts and concepts[t].type == "population"}


def _diseases_among(terms) -> set[str]:
    """The terms that are diseases, named or general ("multiple myeloma", "blood cancer", "cancer", "condition")."""
    concepts = load_concepts()
    return {t for t in terms if t in concepts and concepts[t].type == "disease"}


def _closure(ids) -> set[str]:
    concepts = load_concepts()
    return {ancestor for d in ids for ancestor in (d, *concepts[d].broader)}


def _negations(analysis: Analysis, first: int, last: int, cues, not_negating=frozenset()) -> list:
    """The negations of the predicate in a token range: a negation word whose scope holds a predicate or that is
    attached to one, outside a `not_negating` phrase ("not the only", "has not been studied") and not only inside
    a relative clause. With a null result ("no significant difference") they make a text negative, unless an
    antonym or a denying word ("incurable", "unrelated") turns it back (extract_terms)."""
    heads = [c for c in cues if c.label in ("predicate", "strength:causal", "strength:absolute")]
    return [m for m in analysis.modifiers_on(first, last)
            if analysis.negates(m) and m.trigger.first not in not_negating
            and any(_negated_head(analysis, m, h) for h in heads)
            and not _relative_clause_only(analysis, m, first, heads)]


def _with_exception(analysis: Analysis, negation) -> bool:
    """A negation whose scope holds "without" denies the exception, not the predicate: "you cannot have celiac disease
    without symptoms" says that it always comes with symptoms, "never without side effects" that they always come."""
    return any(analysis.tokens[i].lower == "without"
               for i in range(max(negation.trigger.last, negation.scope_first), negation.scope_last))


def _negated_head(analysis: Analysis, negation, head) -> bool:
    """The negation's scope holds the predicate ("not curative"), or the predicate is the verb the negation is
    attached to ("is not predictive", "does not alter": the auxiliary just before "not", or inside "does not"),
    adverbs between them included ("is usually not curable", "is still not")."""
    trigger = negation.trigger
    if negation.covers(head.first, head.last) or head.first < trigger.last and head.last >= trigger.first:
        return True
    between = analysis.tokens[head.last:trigger.first]
    return head.last < trigger.first and all(_adverb(t.lower) for t in between)


def _adverb(word: str) -> bool:
    return word in ADVERBS_BEFORE_NOT or word.endswith("ly") and word.isalpha()


def _relative_clause_only(analysis: Analysis, negation, first: int, heads) -> bool:
    """A negation inside a relative clause ("patients who have not responded to X have benefited", "it helps patients
    who have not responded") describes a noun, not the claim, when the main predicate lies outside the clause
    (before it, or after the negated verb); with no other predicate ("myeloma which does not respond") the clause
    carries the claim."""
    at = negation.trigger.first
    back = [analysis.tokens[i] for i in range(max(first, at - RELATIVE_REACH), at)]
    pronoun = max((n for n, t in enumerate(back) if t.lower in RELATIVE_PRONOUNS), default=None)
    if pronoun is None or any(t.is_punct for t in back[pronoun:]):
        return False
    start = at - len(back) + pronoun  # the relative pronoun's token
    if any(h.last <= start for h in heads):  # the main predicate precedes the clause ("it helps patients who ...")
        return True
    after = sorted({i for h in heads if h.first > at for i in range(h.first, h.last)})
    # the negated verb group is the first run of predicate tokens after "not"; a later run is the main predicate
    return any(later - earlier > 1 for earlier, later in zip(after, after[1:]))


WHETHER_OR = re.compile(r"\bwhether\b[^.;:]*\bor\b", re.IGNORECASE)  # "whether X or Y", "whether or not": any case
ABBREVIATION = re.compile(r"\(\s*([A-Za-z0-9][\w\-/+.]{0,9})\s*[);,]")


def find_abbreviations(text: str) -> list[tuple[str, str]]:
    """(short form, long form) pairs defined in a text as "long form (SF)", after Schwartz & Hearst 2003 ("A
    simple algorithm for identifying abbreviation definitions in biomedical text"): the short form has 2-10
    characters with a letter; its letters are found, last to first, in the words before the parenthesis, the first
    one starting a word; the long form is sought in the last min(|SF| + 5, 2|SF|) words."""
    pairs = []
    for match in ABBREVIATION.finditer(text):
        short = match.group(1).rstrip(".")
        if not 2 <= len(short) <= 10 or not any(c.isalpha() for c in short) or short.islower() and len(short) < 4:
            continue
        before = text[:match.start()].rstrip().split()
        window = before[-min(len(short) + 5, 2 * len(short)):]
        long_form = _best_long_form(short, " ".join(window))
        # no more words than the short form has letters and digits: "weight-based dose against a common target
        # (BCMA)" is a sentence that happens to hold B, C, M and A, not a definition
        if long_form and len(long_form) > len(short) \
                and len(long_form.replace("-", " ").split()) <= sum(c.isalnum() for c in short):
            pairs.append((short, long_form))
    return pairs


# a name of one word: letters, digits and hyphens, starting with a letter ("Nr5a2", "Lrh-1", "FRAP", "hypocretin")
ALIAS_NAME = r"[A-Za-z][A-Za-z0-9\-]*[A-Za-z0-9]"


@lru_cache(maxsize=1)
def _alias_pattern() -> re.Pattern:
    """"NAME (also called NAME)" or "NAME, also known as NAME" (lexicons/naming.yml `alias_phrases`), the second
    name ending at a bracket or a punctuation mark: one word each side, so that "CEM15 (also known as apolipoprotein
    B mRNA-editing enzyme …)" names no alias of one word that would be half of a longer one."""
    from pipeline.patterns import read_lexicon

    phrases = read_lexicon("lexicons/naming.yml", {"naming", "alias_phrases"}).get("alias_phrases", ())
    alternation = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])({ALIAS_NAME})\s*[,(]\s*(?:{alternation})\s+({ALIAS_NAME})\s*[);,.]",
                      re.IGNORECASE)


def _gene_like(name: str) -> bool:
    """A name written as a symbol: it holds a digit or two capitals ("Lrh-1", "FRAP"), unlike an English word."""
    return any(c.isdigit() for c in name) or sum(c.isupper() for c in name) >= 2


def find_aliases(text: str) -> list[tuple[str, str]]:
    """(name, other name) pairs a text declares in another shape than an abbreviation's: "Nr5a2 (also called
    Lrh-1)", "EBI2, also known as GPR183". One of the two must be written as a symbol (`_gene_like`): "the
    epidermis, also known as the skin" is no name's alias, and two English words are left to the reader."""
    if "also" not in text and "known" not in text and "called" not in text:
        return []  # (the cheap test first: most statements declare no alias)
    return [(one, other) for one, other in _alias_pattern().findall(text)
            if (_gene_like(one) or _gene_like(other)) and one.lower() != other.lower()]


def _best_long_form(short: str, candidate: str) -> str | None:
    """Schwartz & Hearst's backward match of the short form's characters in the candidate long form."""
    s_index, l_index = len(short) - 1, len(candidate) - 1
    while s_index >= 0:
        char = short[s_index].lower()
        if not char.isalnum():
            s_index -= 1
            continue
        while l_index >= 0 and (candidate[l_index].lower() != char
                                or s_index == 0 and l_index > 0 and candidate[l_index - 1].isalnum()):
            l_index -= 1
        if l_index < 0:
            return None
        l_index -= 1
        s_index -= 1
    start = candidate.rfind(" ", 0, l_index + 1) + 1
    return candidate[start:]


@dataclass(frozen=True)
class _Phrasing:
    statement: EvidenceStatement
    kind: str
    text: str
    terms: Terms


class EvidenceIndex:
    """Every phrasing of every evidence statement, reduced to IDF-weighted term vectors, with postings from each
    full-weight concept to the phrasings that name it (a claim is scored only against phrasings it shares one
    with)."""

    def __init__(self, library: Library, model: str | None = None, terms: list[dict] | None = None):
        """`terms` are the phrasings' terms from an earlier run (see `terms_record`); without them every phrasing
        is analysed now."""
        self.library = library
        self.model = model
        self.phrasings: list[_Phrasing] = []
        cached = iter(terms or ())
        for statement in library.statements:
            texts = [("address", text) for text in statement.addresses]
            texts += [("finding", statement.finding), ("strongest", statement.strongest_wording)]
            texts += [("population", statement.population)] if statement.population else []
            for kind, text in texts:
                if terms is not None:
                    phrasing_terms = _terms_from_record(next(cached))
                else:
                    analysis = analyse_text(text, model)
                    phrasing_terms = extract_terms(analysis, 0, len(analysis.tokens), head=False)
                self.phrasings.append(_Phrasing(statement, kind, text, phrasing_terms))
        # the library's own names ("Gardasil": HPV vaccine), as terms: (the name's terms, what it stands for)
        self.aliases = [(frozenset(_text_content(a.alias, model).weights), _text_content(a.stands_for, model))
                        for a in library.aliases]
        if terms is None:  # (cached terms hold the expansions already)
            self.phrasings = [replace(p, terms=self.with_aliases(p.terms)) for p in self.phrasings]
            self._expand_abbreviations()
        counts = Counter(term for phrasing in self.phrasings for term in phrasing.terms.weights)
        total = max(len(self.phrasings), 1)
        self.idf = {term: math.log(1 + total / count) for term, count in counts.items()}
        self.default_idf = math.log(1 + total)
        self.members = _numbered_members(self.idf, {t: w for p in self.phrasings for t, w in p.terms.words.items()})
        # the short forms written in capitals ("NSAIDs", "HCMV"), by the letters a long form opens with, for
        # `_short_forms_read`
        self.short_forms = _short_form_openings(
            _short_forms(p.text for p in self.phrasings if PHRASING_WEIGHTS[p.kind]))
        self.vectors = [self._vector(p.terms) for p in self.phrasings]
        self.term_sets = [frozenset(vector) for vector, _ in self.vectors]
        self.diseases: dict[str, set[str]] = {}  # statement id -> diseases its phrasings name
        for phrasing in self.phrasings:
            # a disease the statement says its treatment causes is a harm of it, not the disease it is about
            self.diseases.setdefault(phrasing.statement.id, set()).update(
                set(phrasing.terms.diseases) - phrasing.terms.caused)
        self.treatments = self._statement_treatments()
        self.descriptions = self._disease_descriptions()
        self.harms: dict[str, set[str]] = {}  # statement id -> harms it names, not as what is treated
        for phrasing in self.phrasings:
            if PHRASING_WEIGHTS[phrasing.kind]:
                self.harms.setdefault(phrasing.statement.id, set()).update(
                    t for t in _harms_among(phrasing.terms.weights) - phrasing.terms.treated
                    if phrasing.terms.weights[t] >= 1.0)
        # a statement naming no disease speaks for the library's own topic (the diseases most statements name, when
        # a third of all statements or more name one: a library about a disease the lexicon does not know, "shingles",
        # names a known disease in a few statements only, "heart disease" as a risk, and that is no topic of it) ...
        counts = Counter(d for named in self.diseases.values() for d in named)
        top = max(counts.values(), default=0)
        topic = {d for d, n in counts.items() if 2 * n >= top} if 3 * top >= len(self.diseases) else set()
        # ... unless it names cancer in general ("no association between surgery and cancer") and the topic is no
        # cancer: it then speaks for every cancer and no other disease (in a library about myeloma, "cancer" is
        # myeloma; either way it still judges an article naming no disease, as before)
        general = {p.statement.id for p in self.phrasings if GENERAL_CANCER in p.terms.weights} \
            if GENERAL_CANCER not in _closure(topic) else set()
        self.specific = {sid for sid, named in self.diseases.items() if named}  # statements naming a disease
        for sid, named in self.diseases.items():
            if not named:
                named.update({GENERAL_CANCER} if sid in general else topic)
        postings: dict[str, list[int]] = {}  # term -> the phrasings of some weight that hold it
        for number, phrasing in enumerate(self.phrasings):
            if PHRASING_WEIGHTS[phrasing.kind]:
                for term in phrasing.terms.weights:
                    postings.setdefault(term, []).append(number)
        # as arrays, with each phrasing's weight of the term over its norm, times the weight of its kind (its share of
        # a cosine that counts), for `_reachable`: what is the same for every claim is divided out once here (numpy is
        # imported only here: a run whose results are all cached builds no index)
        import numpy

        self.kind_weights = numpy.array([PHRASING_WEIGHTS[p.kind] for p in self.phrasings])
        self.posting_arrays = {term: (numpy.array(numbers, dtype=numpy.intp),
                                      numpy.array([self.vectors[n][0][term] / self.vectors[n][1]
                                                   * PHRASING_WEIGHTS[self.phrasings[n].kind] if self.vectors[n][1]
                                                   else 0.0 for n in numbers]))
                               for term, numbers in postings.items()}
        # statement id -> the terms any of its wordings of some weight holds: what it speaks to (_misses_head)
        self.spoken: dict[str, set[str]] = {}
        wordings: dict[str, set[str]] = {}  # statement id -> its wordings of some weight
        for phrasing in self.phrasings:
            if PHRASING_WEIGHTS[phrasing.kind]:
                self.spoken.setdefault(phrasing.statement.id, set()).update(phrasing.terms.weights)
                if phrasing.text.strip():  # (a benchmark's sentence has no finding of its own)
                    wordings.setdefault(phrasing.statement.id, set()).add(phrasing.text)
        # ... and the statements worded in more than one way (a claim's main verb must meet one of them: _head_missed)
        self.worded_apart = frozenset(sid for sid, texts in wordings.items() if len(texts) > 1)

    def _statement_treatments(self) -> dict[str, frozenset[str]]:
        """Statement id -> the interventions it names, when it is about one: when its finding and every wording
        name one or a kind of one ("CAR-T" in one, "immunotherapy" in another), for `_about_another_intervention`.
        One named in passing ("myeloma is not curable, even after a transplant", in one wording of several) makes
        no statement about it, nor does its population ("people having chemotherapy" is who was studied)."""
        shared: dict[str, frozenset[str]] = {}  # the interventions every wording names (with their broader kinds)
        named: dict[str, set[str]] = {}  # the interventions any wording names
        for phrasing in self.phrasings:
            if PHRASING_WEIGHTS[phrasing.kind]:
                own = _treatments_named_outright(phrasing.terms.weights)
                sid = phrasing.statement.id
                kinds = _named_treatments(_closure(own))
                shared[sid] = shared[sid] & kinds if sid in shared else kinds
                named.setdefault(sid, set()).update(own)
        return {sid: frozenset(named[sid]) for sid, kinds in shared.items() if kinds}

    def _about_another_intervention(self, statement_id: str, claim_treatments: frozenset[str],
                                    article_treatments: frozenset[str] | None, diseases: tuple[str, ...],
                                    treated: frozenset[str] = frozenset()) -> bool:
        """A statement whose finding is about an intervention ("chemotherapy can cause hair loss") addresses only
        claims about it, a kind of it or a broader one (`_same_intervention`), or claims that name none in an
        article that names it: "the medication was approved for pattern hair loss", on a page about minoxidil,
        shares its outcome words and nothing of its subject; "probiotics improve immune function" is not judged by a
        statement on diet. In an article that names no intervention but a disease (`diseases`, which the statement
        applies to) "the treatment" may be the statement's; a claim naming none read on its own (no article) may
        be about any. A claim naming none that treats a harm the statement's intervention causes (`treated`: "the
        medication was approved for the treatment of pattern hair loss" against "chemotherapy can cause hair loss")
        is about another one, whatever its article names: a harm of one treatment is no target of another."""
        theirs = self.treatments.get(statement_id)
        if not theirs:
            return False
        if claim_treatments:
            # each text's own interventions, not the kinds it names them by: "vitamin C supplements" and "vitamin D
            # supplements" are two kinds of supplement (an article naming immunotherapy and CAR-T, below, speaks of both)
            return not _same_intervention(frozenset(_treatment_kinds(claim_treatments)),
                                          frozenset(_treatment_kinds(theirs)))
        if treated & self.harms.get(statement_id, set()):
            return True
        if article_treatments is None or not article_treatments and diseases:
            return False
        return not _same_intervention(article_treatments, theirs)

    def _unknown(self, name: frozenset[str]) -> bool:
        """The library does not name the thing `name` names (a claim's `Terms.named_subject`): some word of it is in
        no wording or population of a statement ("colloidal silver" is not named by "silver" alone, nor "silver
        taken by mouth" by "taken" and "mouth"), and no name the library declares (aliases.csv) is among its words;
        an empty name is no unknown thing."""
        return bool(name) and not all(word in self.idf for word in name) \
            and not any(keys <= name for keys, _ in self.aliases)

    def _disease_descriptions(self) -> frozenset[str]:
        """The statements that say what a disease is and nothing of its course or its treatment: no phrasing of
        weight names an intervention (generic ones included: "treatment", "drugs") or an outcome of the disease's
        course (lexicons/course.yml: cure, remission, relapse, survival ...). "Myeloma is a cancer of plasma cells
        that build up in the bone marrow" says nothing of what a remedy does to those cells, while "myeloma remains
        incurable" bears on every treatment's claim to cure it (see `find`)."""
        concepts = load_concepts()
        course = _course_outcomes()
        speaks: dict[str, bool] = {}  # statement id -> a phrasing names a treatment or the course
        for phrasing in self.phrasings:
            if PHRASING_WEIGHTS[phrasing.kind]:
                named = [t for t in phrasing.terms.weights if t in concepts]
                about = any(concepts[t].type in TREATMENT_TYPES for t in named) or not course.isdisjoint(_closure(named))
                speaks[phrasing.statement.id] = speaks.get(phrasing.statement.id, False) or about
        return frozenset(sid for sid, about in speaks.items() if not about)

    def _expand_abbreviations(self) -> None:
        """An abbreviation defined in one statement of a reference ("chenodeoxycholic acid (CDCA)") means its long
        form in every statement of that reference: a phrasing naming either gets the terms of the other, so "CDCA
        increased BAT activity" meets a claim about chenodeoxycholic acid (and a claim saying CDCA meets the long
        form)."""
        by_reference: dict[str, list[int]] = {}
        for number, phrasing in enumerate(self.phrasings):
            by_reference.setdefault(phrasing.statement.reference_id, []).append(number)
        for numbers in by_reference.values():
            # (and the other names it declares: "Nr5a2 (also called Lrh-1)", `find_aliases`)
            definitions = {pair for n in numbers for pair in (*find_abbreviations(self.phrasings[n].text),
                                                               *find_aliases(self.phrasings[n].text))}
            for short, long_form in sorted(definitions):
                short_terms, long_terms = _text_content(short, self.model), _text_content(long_form, self.model)
                short_keys, long_keys = short_terms.weights.keys(), long_terms.weights.keys()
                if not short_keys or not long_keys or short_keys & long_keys:
                    continue
                for n in numbers:
                    phrasing = self.phrasings[n]
                    have = phrasing.terms.weights
                    if short_keys <= have.keys() and not long_keys <= have.keys():
                        extra = long_terms
                    elif long_keys <= have.keys() and not short_keys <= have.keys():
                        extra = short_terms
                    else:
                        continue
                    weights = {**have, **{t: w for t, w in extra.weights.items() if t not in have}}
                    words = {**extra.words, **phrasing.terms.words}
                    self.phrasings[n] = replace(phrasing, terms=replace(phrasing.terms, weights=weights, words=words))

    def with_aliases(self, terms: Terms) -> Terms:
        """`terms` with each alias of the library (aliases.csv) read as what it stands for: "Gardasil causes harm"
        is "the HPV vaccine causes harm". The name's terms give way to those of its meaning, which keep the name's
        words (one word, however many terms it stands for) and its place in the text (negated, changed, a side of a
        relation)."""
        for keys, meaning in self.aliases:
            terms = _read_as(terms, keys, meaning)
        return terms

    def terms_record(self) -> list[dict]:
        """The phrasings' terms as JSON, every field of Terms, for the cache (whose key holds the engine's code)."""
        return [_terms_record(p.terms) for p in self.phrasings]

    def _vector(self, terms: Terms) -> tuple[dict[str, float], float]:
        vector = {t: w * self.idf.get(t, self.default_idf) for t, w in terms.weights.items()}
        return vector, math.sqrt(sum(v * v for v in vector.values()))

    @lru_cache(maxsize=4096)
    def applies(self, statement_id: str, diseases: tuple[str, ...], in_article: bool = False,
                unknown_disease: bool = False) -> bool:
        """Evidence about one disease does not judge claims about another: the claim's diseases and the
        statement's must meet (one may be a kind of the other). A statement naming no disease is no constraint.
        Nor is a claim naming none, except in an article that names none either against a statement naming its
        own disease: the article is about a disease the lexicon does not know ("shingles"), and myeloma evidence
        must not judge it. When that article names its disease as a condition ("epilepsy", "osteoarthritis"), the
        statements that name no disease but speak for the library's topic ("CAR-T carries its own toxicities")
        do not judge it either: only a statement bound to no disease at all would (there is none when the library
        has a topic). (A claim read on its own, with no article, may be about any disease.)"""
        theirs = self.diseases.get(statement_id, set())
        if not diseases:
            if unknown_disease:
                return not theirs
            return not in_article or statement_id not in self.specific
        if not theirs:
            return True
        return bool(set(diseases) & _closure(theirs)) or bool(theirs & _closure(diseases))

    def _reachable(self, claim_vector: dict[str, float], claim_norm: float, claim_total: float,
                   covering: float) -> list[int]:
        """The phrasings whose score or coverage (`covering`: the share of the claim's weight that covers it) can pass
        the threshold in `find`, in order: every phrasing's dot product and coverage at once, from the postings of the
        claim's terms (a claim meets about 80 candidates and keeps fewer than one). A bound, not the verdict: `find`
        computes the survivors exactly, in a fixed order, so this test must stay as loose as the one there (the
        margin absorbs numpy's summation order, and the divisions made in another order here)."""
        import numpy

        found = [(self.posting_arrays[term], weight) for term, weight in claim_vector.items()
                 if term in self.posting_arrays]
        if not found or not claim_norm:
            return []
        # the two thresholds times what the sums are divided by, so that the sums are compared as they come
        least_dot = (MATCH_THRESHOLD - BOUND_MARGIN) * claim_norm
        least_covered = (covering - BOUND_MARGIN) * claim_total
        if len(found) == 1:  # one term: each phrasing's sums are its posting's own (a tenth of the claims)
            (numbers, scaled), weight = found[0]
            reachable = scaled * weight >= least_dot
            if covering and claim_total:
                reachable |= self.kind_weights[numbers] * weight >= least_covered
            return numbers[reachable].tolist()
        numbers = numpy.concatenate([phrasings for (phrasings, _), _ in found])
        weights = numpy.repeat([weight for _, weight in found], [len(phrasings) for (phrasings, _), _ in found])
        size = len(self.phrasings)
        dot = numpy.bincount(numbers, weights=numpy.concatenate([scaled for (_, scaled), _ in found]) * weights,
                             minlength=size)
        reachable = dot >= least_dot
        if covering and claim_total:
            covered = numpy.bincount(numbers, weights=weights, minlength=size)
            reachable |= covered * self.kind_weights >= least_covered
        return numpy.flatnonzero(reachable).tolist()

    def _reachable_but_the_change(self, claim_vector: dict[str, float], changed: frozenset[str]) -> list[int]:
        """The phrasings holding CHANGE_COVERAGE of the claim's weight but its words of change (`changed`), in order:
        those `_covered_but_the_change` may let speak to it (a bound, as `_reachable`)."""
        import numpy

        rest = [(self.posting_arrays[term][0], weight) for term, weight in claim_vector.items()
                if term in self.posting_arrays and term not in changed]
        rest_total = sum(w for t, w in claim_vector.items() if t not in changed)
        if not rest or not rest_total:
            return []
        covered = numpy.bincount(numpy.concatenate([phrasings for phrasings, _ in rest]),
                                 weights=numpy.repeat([weight for _, weight in rest],
                                                      [len(phrasings) for phrasings, _ in rest]),
                                 minlength=len(self.phrasings))
        return numpy.flatnonzero(covered / rest_total >= CHANGE_COVERAGE - BOUND_MARGIN).tolist()

    def find(self, claim_terms: Terms, context: ArticleContext | None = None,
             vector: tuple[dict[str, float], float] | None = None) -> list[tuple[float, _Phrasing, tuple[str, ...]]]:
        """Best phrasing per statement, best first, above the threshold; `context` is what the claim's article
        is about, used when the claim names no disease (None: a claim read on its own, with no article); `vector`
        the claim's IDF-weighted vector and norm (`_vector`) when the caller has built it already."""
        claim_vector, claim_norm = vector or self._vector(claim_terms)
        claim_terms_set = claim_vector.keys()
        claim_total = sum(claim_vector[t] for t in sorted(claim_vector))
        # the share of the claim's weight a statement must hold to cover it
        covering = COVERAGE_THRESHOLD if len(claim_vector) >= COVERAGE_MIN_TERMS else SHORT_COVERAGE_THRESHOLD
        # a claim naming no other concept is about the diseases it names ("this condition, known as relapsed
        # myeloma"): the statements naming them are its candidates
        concepts = set(_anchors(claim_terms)) or set(claim_terms.diseases)
        # the rarest content words the library knows anchor too: a claim's concepts may all sit in one clause
        # ("managing relapsed myeloma remains a challenge, but personalised medicine ...")
        lemmas = sorted((t for t in claim_terms.weights if t.startswith("w:") and t in self.idf),
                        key=lambda t: (-self.idf[t], t))
        anchors = [*concepts, *lemmas[:LEMMA_ANCHORS]]
        if not any(anchor in self.posting_arrays for anchor in anchors):
            return []  # no phrasing of some weight shares an anchor with the claim
        # the phrasings that can pass, among those sharing an anchor with the claim (phrasings of no weight have no
        # postings and cannot pass)
        reachable = self._reachable(claim_vector, claim_norm, claim_total, covering)
        if claim_terms.changed:
            # ... and those a statement saying the change in other words may reach: only the ones that do, so that
            # the tests below stay as few as without them
            known = set(reachable)
            reachable = sorted(known.union(
                n for n in self._reachable_but_the_change(claim_vector, claim_terms.changed) if n not in known
                and _covered_but_the_change(claim_terms, claim_vector, claim_terms_set & self.term_sets[n],
                                            self.phrasings[n].terms)))
        candidates = [n for n in reachable if not self.term_sets[n].isdisjoint(anchors)]
        if not candidates:
            return []  # (most claims: what follows is read for the candidates' tests only)
        in_article = context is not None
        own_diseases = tuple(d for d in claim_terms.diseases if d not in claim_terms.caused)  # not its harms
        diseases = own_diseases or (context.diseases if context is not None else ())
        unknown_disease = context is not None and not own_diseases and context.unknown_disease
        context_terms = {t for t, w in claim_terms.weights.items() if w <= CONTEXT_WEIGHT and not t.startswith("w:")}
        subject_terms = _treatments_and_diseases(claim_terms.weights)
        disease_terms = _diseases_among(claim_terms.weights)
        topic_terms = context.topic_terms if context is not None else frozenset()
        # the terms named only by words that name a disease ("infection": a disease and a harm)
        disease_spans = {span for t in disease_terms for span in claim_terms.origins.get(t, ())}
        naming_disease = disease_terms | {t for t, spans in claim_terms.origins.items()
                                          if spans and spans <= disease_spans}
        people_terms = _people_among(claim_terms.weights)
        # the interventions the claim names outright ("chemotherapy"; not "immunotherapy" as CAR-T's kind)
        claim_treatments = _treatments_named_outright(claim_terms.weights)
        article_treatments = context.treatments if context is not None else None
        # a claim whose subject names a thing no statement names and no intervention the lexicon knows ("colloidal
        # silver has no side effects"): a statement naming an intervention is about that one
        unknown_subject = not claim_treatments and self._unknown(claim_terms.named_subject)
        best: dict[str, tuple[float, _Phrasing, tuple[str, ...]]] = {}
        for number in candidates:
            phrasing = self.phrasings[number]
            if not self.applies(phrasing.statement.id, diseases, in_article, unknown_disease):
                continue  # evidence about another disease
            if self._about_another_intervention(phrasing.statement.id, claim_treatments, article_treatments, diseases,
                                                claim_terms.treated):
                continue  # ... or another intervention
            if phrasing.statement.id not in self.treatments \
                    and _another_intervention_named(claim_treatments, phrasing.terms.weights):
                continue  # ... or, of a statement bound to none, a wording naming another ("proteasome inhibitors ...")
            if claim_treatments and phrasing.statement.id in self.descriptions:
                continue  # what a disease is says nothing of what an intervention named by the claim does to it
            if phrasing.statement.stance == "refutes" and phrasing.terms.absolute and not claim_terms.absolute:
                continue  # a refuted absolute ("targets only cancer cells") addresses only absolute claims
            if phrasing.statement.stance == "refutes" and phrasing.terms.frequent \
                    and not (claim_terms.frequent or claim_terms.absolute):
                continue  # ... and a refuted frequency ("commonly cause side effects") only claims of how often
            phrasing_vector, phrasing_norm = self.vectors[number]
            shared = claim_terms_set & self.term_sets[number]
            if len(shared) < 2 and not shared & concepts:
                continue  # one shared word is a coincidence
            if unknown_subject and _names_an_intervention(phrasing.terms.weights) \
                    and _shares_only_outcomes(claim_terms, shared):
                # ... and so is what a wording naming an intervention says of it ("side effects", "survival"), shared
                # with a claim about a thing the library does not name: it speaks of that intervention
                continue
            # lexicon concepts among the shared terms, and the other shared words (one word is one, however many
            # concepts name it)
            named = _words_among(claim_terms, [t for t in shared if not t.startswith("w:")])
            others = _words_among(claim_terms, shared) - named
            specific = _words_among(claim_terms, [t for t in shared if not t.startswith("w:") and t != ANY_DISEASE])
            if shared <= claim_terms.everyday | {ANY_DISEASE} and not (specific >= 2 or specific and others >= 2):
                # so are everyday words ("free", "life"; "damages" for harm; "need" and "treatment"): a statement
                # sharing only those with the claim shares no content, unless two concepts of the lexicon meet
                # ("comes back after treatment") or a concept and two more words ("treatment options were limited
                # until recently"). Some disease or other is no such concept: "other risk factors include a
                # history of liver disease" and "statins lower the risk of heart disease" share a risk and a disease
                continue
            if _shares_only_an_intervention(claim_terms, shared):
                continue  # "some people have two transplants" shares only what "transplant is standard" speaks of
            if _shares_only_parts_of_the_body(claim_terms, shared):
                continue  # ... and "the cells go back to the bone marrow" only where "the marrow makes cells" is
            if shared <= people_terms:
                # who a claim is about is not what it says: "it is more common among adolescents" shares nothing with
                # "vaccinating children before their teens protects them best"
                continue
            if shared <= naming_disease | topic_terms \
                    and len(set(claim_terms.diseases) & set(phrasing.terms.diseases)) < 2:
                # a claim and a statement that share only a disease (with its broader kinds) say nothing of each
                # other: "Myeloma is a blood cancer" is not judged by "transplant is no longer needed in myeloma"
                # (myeloma is a blood cancer by the lexicon alone); they must name the same two diseases, or both
                # name or define one ("this condition, known as diabetes" and "diabetes is defined by ..."). The
                # article's topic words count as its disease, and a word naming a disease and a harm ("infection")
                # as a disease: "HPV is a sexually transmitted infection" shares only its topic with "HPV infection is
                # very common", on a page about HPV the lexicon does not know
                continue
            if phrasing.statement.stance == "refutes" and shared <= context_terms | subject_terms | {NAMING}:
                # a refuted statement denies an assertion about its subject, which a claim sharing only the disease
                # or the treatment does not make ("Teclistamab is a bispecific antibody" against "bispecific
                # antibodies are well tolerated")
                continue
            ordered = sorted(shared)  # a fixed order: float sums must not depend on string hashing
            dot = covered = 0.0
            for term in ordered:
                dot += claim_vector[term] * phrasing_vector[term]
                covered += claim_vector[term]
            cosine = dot / (claim_norm * phrasing_norm) if claim_norm and phrasing_norm else 0.0
            coverage = covered / claim_total if claim_total else 0.0
            weight = PHRASING_WEIGHTS[phrasing.kind]
            score = cosine * weight
            covers = _words_among(claim_terms, shared) >= COVERAGE_MIN_SHARED and coverage * weight >= covering
            covers = covers or score < MATCH_THRESHOLD and weight > 0 \
                and _covered_but_the_change(claim_terms, claim_vector, shared, phrasing.terms)
            if (score >= MATCH_THRESHOLD or covers) \
                    and score > best.get(phrasing.statement.id, (0.0,))[0]:
                words = {**phrasing.terms.words, **claim_terms.words}  # the claim's words, else the statement's
                best[phrasing.statement.id] = (score, phrasing, tuple(words.get(t, t.removeprefix("w:")) for t in ordered))
        return sorted(best.values(), key=lambda item: (-item[0], item[1].statement.id))


def _covered_but_the_change(claim: Terms, claim_vector: dict[str, float], shared, said: Terms) -> bool:
    """A statement that holds CHANGE_COVERAGE of the weight of a claim of change but its words of change, two words at
    least, and says a change of one of them: "DUSP4 overexpression increased apoptosis" speaks to "DUSP4 decreases
    apoptosis" though the two share no verb (the cosine, which counts "decreases" as a word the statement lacks, stays
    below MATCH_THRESHOLD); the polarity reading then compares the changes."""
    if not claim.changed or not said.targets:
        return False
    rest = [t for t in claim_vector if t not in claim.changed]
    held = [t for t in rest if t in shared]
    total = sum(claim_vector[t] for t in sorted(rest))
    if not total or sum(claim_vector[t] for t in sorted(held)) / total < CHANGE_COVERAGE \
            or _words_among(claim, held) < 2:
        return False
    return any(t in said.targets for t in held)


def _read_as(terms: Terms, keys: frozenset[str], meaning: Terms) -> Terms:
    """`terms` with the terms `keys` of a name read as those of its `meaning` (an alias of the library, an
    abbreviation the article defines). The name's terms give way to those of its meaning, which keep the name's
    words (one word, however many terms it stands for) and its place in the text (negated, changed, a side of a
    relation)."""
    if not keys or not keys <= terms.weights.keys() or keys <= meaning.weights.keys():
        return terms
    added = frozenset(t for t in meaning.weights if t not in terms.weights)
    spans = frozenset(span for k in keys for span in terms.origins.get(k, ()))
    targets = {t: sign for t, sign in terms.targets.items() if t not in keys}
    sign = next((terms.targets[k] for k in sorted(keys) if k in terms.targets), 0)
    # every other set of terms (negated, denied, lost, a relation's sides …) names the meaning instead
    sets: dict[str, Any] = {name: _renamed(getattr(terms, name), keys, added)
                            for name in TERM_SETS if name != "everyday"}
    terms = replace(
        terms, weights={**{t: w for t, w in terms.weights.items() if t not in keys},
                        **{t: meaning.weights[t] for t in sorted(added)}},
        words={**{t: w for t, w in terms.words.items() if t not in keys},
               **{t: meaning.words.get(t, t.removeprefix("w:")) for t in sorted(added)}},
        origins={**{t: o for t, o in terms.origins.items() if t not in keys},
                 **{t: spans for t in sorted(added)}},
        diseases=tuple(sorted({*terms.diseases, *meaning.diseases})),
        **sets, everyday=terms.everyday - keys,
        targets={**targets, **({t: sign for t in sorted(added)} if sign else {})})
    return terms


def _renamed(found: frozenset[str], names: frozenset[str], meaning: frozenset[str]) -> frozenset[str]:
    """`found` (negated terms, a side of a relation) with an alias's terms replaced by those of its meaning."""
    return found - names | meaning if found & names else found


@lru_cache(maxsize=4096)
def _text_terms(text: str, model: str | None) -> Terms:
    analysis = analyse_text(text, model)
    return extract_terms(analysis, 0, len(analysis.tokens))


@lru_cache(maxsize=4096)
def _text_content(text: str, model: str | None) -> Terms:
    """What a text names (`content_terms`): a name, the two forms of an abbreviation, what an alias stands for,
    whose polarity nothing reads."""
    analysis = analyse_text(text, model)
    return content_terms(analysis, 0, len(analysis.tokens))


@lru_cache(maxsize=4096)
def _text_keys(text: str, model: str | None) -> frozenset[str]:
    """The terms a text names (the keys of `_text_content`'s weights), for a caller that reads nothing else of a
    text that is a claim's own (the words around a long form it spells): kept as the set alone, not as the whole
    Terms record (its words, the spans of every term, ...), which is most of a worker's memo memory when such texts
    fill the table (4,096 records, about 18 MB after 1,000 abstracts)."""
    analysis = analyse_text(text, model)
    return frozenset(content_terms(analysis, 0, len(analysis.tokens)).weights)


def _anchors(terms: Terms) -> list[str]:
    """Concepts named outright (not lemmas, not broader concepts, not disease context): what a match must share."""
    return [t for t, w in terms.weights.items() if w == 1.0 and not t.startswith("w:")]


def _antonymous(claim: Terms, said: Terms) -> bool:
    """The statement uses the negated form of a claim's word, or the other way round ("UCP1-dependent" against
    "UCP1-independent", "sensitive" against "insensitive"), or a word of an opposite pair ("overestimate" against
    "underestimate"): lexicons/polarity.yml `negating_prefixes` and `opposites`."""
    polarity = load_polarity()
    mine, theirs = set(claim.words.values()), set(said.words.values())
    for one, other in ((mine, theirs), (theirs, mine)):
        for word in one - other:
            if len(word) >= polarity.min_base and any(prefix + word in other and prefix + word not in one
                                                      for prefix in polarity.negating_prefixes):
                return True
    return any(a in mine and b in theirs and b not in mine and a not in theirs
               or b in mine and a in theirs and a not in mine and b not in theirs for a, b in polarity.opposites) \
        or _severities_oppose(claim, said)


@lru_cache(maxsize=1)
def _severity_terms() -> tuple[frozenset[str], frozenset[str]]:
    """The terms of the words of polarity.yml `severity`: mild ones, severe ones (read once: every claim-statement
    pair asks)."""
    polarity = load_polarity()
    return frozenset(f"w:{stem(w)}" for w in polarity.mild), frozenset(f"w:{stem(w)}" for w in polarity.severe)


def _severity(terms) -> int:
    """How bad a text says a harm is: -1 mild, +1 severe, 0 neither or both ("usually mild but sometimes serious")."""
    mild, severe = _severity_terms()
    return (not severe.isdisjoint(terms)) - (not mild.isdisjoint(terms))


@lru_cache(maxsize=1)
def _severity_words() -> tuple[re.Pattern, re.Pattern]:
    """polarity.yml `severity` as patterns: any word of severity; one after a verb of becoming (a word between)."""
    polarity = load_polarity()
    words = "|".join(sorted(polarity.mild | polarity.severe))
    becoming = "|".join(sorted(polarity.becoming))
    return (re.compile(rf"\b(?:{words})\b", re.IGNORECASE),
            re.compile(rf"\b(?:{becoming})\s+(?:[a-z]+\s+)?(?:{words})\b", re.IGNORECASE))


def _severity_of_course(text: str) -> bool:
    """Every word of severity in the text follows a verb of becoming: "before symptoms become severe" says when, not
    how bad (polarity.yml `severity` becoming)."""
    any_word, of_course = _severity_words()
    return len(any_word.findall(text)) == len(of_course.findall(text)) > 0


def _stated_severity(terms: Terms) -> int:
    """`_severity` with a negation read: "not serious" is mild (-1)."""
    return _severity(terms.weights) * (-1 if terms.negative else 1)


def _names_harm(terms: Terms) -> bool:
    """A harm named: a harm of the lexicon (side effects, nausea) or a harmful outcome (polarity.yml `valence`)."""
    return bool(_harms_among(terms.weights)) or _says_harm(terms)


def _severities_oppose(claim: Terms, said: Terms) -> bool:
    """The claim says a harm is mild and the statement that it is severe, or the other way round: "side effects of
    chemotherapy are mild" against "they are common and can be unpleasant" (polarity.yml `severity`). Polarity reads
    the direction of a change and its valence; how bad a harm is, it could not read."""
    mine, theirs = _severity(claim.weights), _severity(said.weights)
    return mine * theirs < 0 and _names_harm(claim) and _names_harm(said)


def _claimed_severity(terms: Terms) -> int:
    """How bad a claim says a harm is, a negation read (`_misses_severity`): -1 mild ("not serious"), +1 severe, 0
    none, or said of what a change acts on ("relieves severe pain")."""
    if terms.direction or terms.valence or not _names_harm(terms):
        return 0
    return _stated_severity(terms)


def _severity_beyond(group, found, top: float, claim: Terms) -> list:
    """A claim of how bad a harm is ("might cause serious side effects in people with underlying illness") is judged
    also by the best statement below the closest ones that gives the same severity, if it scores at least
    FINDING_MARGIN of the best, when none of the closest does: the closest may say how bad the harm is for others
    ("side effects are usually mild in healthy people"), which `_misses_severity` sets aside."""
    mine = _claimed_severity(claim)
    if not mine or any(_stated_severity(item[1].terms) == mine for item in group):
        return []
    return [item for item in found if item not in group and item[0] >= top * FINDING_MARGIN
            and _stated_severity(item[1].terms) == mine][:1]


def _possibly_severe(claim: Claim, own: Terms, said: Terms) -> bool:
    """A hedged claim that a harm may be severe ("probiotics might cause serious side effects in people with
    underlying illness") against a statement that it is usually mild: the one allows what the other says is not the
    rule, so they do not oppose (`_severities_oppose` would read them as opposite)."""
    return claim.hedged and _stated_severity(own) > 0 and _stated_severity(said) < 0 and said.frequent


def _misses_severity(claim: Terms, said, phrasing: Terms) -> bool:
    """The claim says how bad a harm is ("side effects are mild", "can cause serious infections"; not said of what a
    change acts on: "relieves severe pain") and the statement (`said`: the terms of its wordings; `phrasing`: the
    wording matched) names no severity: it says what the harm is or how often it comes, not how bad, so it backs no
    claim of its severity ("side effects include nausea and fatigue" does not back "they are mild"). Nor does a
    wording that gives the other severity without opposing it (`_severities_oppose`): "side effects are usually mild"
    neither backs nor denies "probiotics might cause serious side effects in people with underlying illness". A
    negation turns a severity into the other: "not serious" is mild."""
    mine = _claimed_severity(claim)
    if not mine:
        return False
    mild, severe = _severity_terms()
    if mild.isdisjoint(said) and severe.isdisjoint(said):
        return True
    theirs = _stated_severity(phrasing)
    return bool(theirs) and theirs != mine


@lru_cache(maxsize=1)
def _compound_pattern() -> re.Pattern:
    """A hyphenated compound of two words ("UCP1-dependent", "insulin-sensitive")."""
    return re.compile(r"(?<![\w-])([^\W_]+)-([^\W_]+)(?![\w-])")


def _compounds(text: str) -> frozenset[tuple[str, str]]:
    return frozenset((a.lower(), b.lower()) for a, b in _compound_pattern().findall(text))


def _compound_antonym(claim_text: str, statement_text: str) -> bool:
    """One text joins to a word the negated form of a word the other joins to it ("UCP1-dependent" against
    "UCP1-independent", "insulin-sensitive" against "insulin-insensitive"), and does not use the other's compound
    too: lexicons/polarity.yml `negating_prefixes`. Read on the compounds as written, since a statement may use the
    base word elsewhere ("a UCP1-independent mechanism that involves ATP-dependent Ca2+ cycling"), which the word-level
    reading (`_antonymous`) cannot tell from the claim's."""
    polarity = load_polarity()
    mine, theirs = _compounds(claim_text), _compounds(statement_text)
    for one, other in ((mine, theirs), (theirs, mine)):
        for first, second in one - other:
            if len(second) >= polarity.min_base and any(
                    (first, prefix + second) in other and (first, prefix + second) not in one
                    for prefix in polarity.negating_prefixes if not prefix.endswith("-")):
                return True
    return False


RESULT_MARGIN = 0.4  # a results sentence below the closest statements is weighed with them from this share of the best


@lru_cache(maxsize=1)
def _result_cues() -> re.Pattern:
    """lexicons/results.yml as one pattern: a heading opening the sentence, a phrase or a mark anywhere in it."""
    from pipeline.patterns import read_lexicon

    data = read_lexicon("lexicons/results.yml", {"headings", "phrases", "marks"})
    headings = "|".join(re.escape(h) for h in data["headings"])
    phrases = "|".join(r"\s+".join(map(re.escape, p.split())) for p in data["phrases"])
    marks = "|".join(re.escape(m) for m in data["marks"])
    return re.compile(rf"^(?:{headings})\b|\b(?i:{phrases})\b|(?<!\w)(?:{marks})(?!\w)")


def _result_beyond(group, found, top: float) -> list:
    """When none of the closest statements reports a result (lexicons/results.yml: "RESULTS", "we found", "P < .001"),
    the best statement below them that does, if it scores at least RESULT_MARGIN of the best: an abstract's background
    or aim often shares more words with a claim than the results sentence that decides it."""
    cues = _result_cues()
    if any(cues.search(item[1].text) for item in group):
        return []
    return [item for item in found if item not in group and item[0] >= top * RESULT_MARGIN
            and cues.search(item[1].text)][:1]


def _finding_beyond(group, found, top: float, claim_vector: dict[str, float], model: str | None,
                    origins: dict[str, frozenset[tuple[int, int]]] | None = None) -> list:
    """A claim of change ("X lowers Y") judged by statements that state no finding ("Y was measured in X users")
    is judged also by the best statement below them that does (a change, or a negation or null result: "X had no
    effect on Y"), if it scores at least FINDING_MARGIN of the best: the result sentence of an abstract often
    shares fewer words with the claim than its aims do."""
    def says_change(item) -> bool:
        said = _polarity_of(item[1], claim_vector, model, origins)
        return bool(said.direction or said.valence or said.negative)

    if any(says_change(item) for item in group):
        return []
    return [item for item in found[len(group):] if item[0] >= top * FINDING_MARGIN and says_change(item)][:1]


def _denied_content(terms: Terms) -> frozenset[str]:
    """What a negation denies beyond the people it is said of: "does not make teenagers more sexually active" denies
    sexual activity, not teenagers; a denial of people alone ("not for children") is kept."""
    content = terms.denied - _people_among(terms.denied)
    return content or terms.denied


def _denial_beyond(claim: Terms, clauses: tuple[Terms, ...], group, found, top: float,
                   claim_vector: dict[str, float]) -> list:
    """A negative claim whose closest statements do not name what it denies ("this protein is found on myeloma cells
    and so does not attack normal cells" against "immunotherapy kills cancer cells") is judged also by the statement
    below them that names it and holds most of what the negative clause says ("BCMA-targeted immunotherapy also
    destroys normal plasma cells"), if it scores at least FINDING_MARGIN of the best: the claim's other clause drew
    the closest ones, and its negation says nothing of them."""
    denied = _denied_content(claim)
    if not claim.negative or not denied or any(not denied.isdisjoint(phrasing.terms.weights) for _, phrasing, _ in group):
        return []
    negative = next((clause.weights.keys() for clause in clauses if clause.negative), claim.weights.keys())
    below = [item for item in found[len(group):]
             if item[0] >= top * FINDING_MARGIN and not denied.isdisjoint(item[1].terms.weights)]
    held = [sum(claim_vector.get(t, 0.0) for t in sorted(negative & item[1].terms.weights.keys())) for item in below]
    return [below[held.index(max(held))]] if below else []


def _opposes(claim: Terms, said: Terms) -> bool:
    """The claim and the statement (or its clause) say opposite things: one negates or denies what the other
    asserts, or they give opposite changes ("increases" against "decreases"; good against bad for the patient:
    "reduces mortality" agrees with "improves survival"), or one uses the negated form of the other's word."""
    # a statement of mixed changes says of the claim's outcome the change it pairs with it
    # ... and so does a claim of a change by some means, whose main change and means may go opposite ways
    paired = _paired_direction(claim, said) if claim.direction and not said.direction or claim.means else 0
    if claim.covariation and said.covariation and (not (claim.valence and said.valence) or _same_outcomes(claim, said)):
        # how two things vary together: "lower X, more Y" against "X positively linked to Y"; said of the same outcome
        # it reads which side went which way, which its good or bad for the patient does not ("lower X, lower risk"
        # agrees with "X positively linked to risk")
        opposite = claim.covariation * said.covariation < 0
    elif claim.valence and said.valence:
        opposite = claim.valence * said.valence < 0
    elif paired:
        opposite = paired < 0  # the change each says of the same thing
    else:
        opposite = claim.direction * said.direction < 0
    if (claim.valence and said.valence or claim.covariation and said.covariation or paired
            or claim.direction and said.direction) and _loss_reverses(claim, said):
        opposite = not opposite  # "knockout of X lowers Y" says what "X raises Y" says
    return ((claim.negative != said.negative) != opposite) != _antonymous(claim, said)


def _shares_only_treatment(claim: Terms, shared) -> bool:
    """The claim and a statement share a treatment and nothing else but people and everyday words: "Statins are one
    of the most commonly prescribed drugs, taken daily by millions of adults" shares statins, drugs and adults with
    "statins help healthy people without heart disease", which says nothing of it (matched by coverage alone)."""
    concepts = load_concepts()
    named = {t for t in shared if t in concepts and concepts[t].type in TREATMENT_OR_POPULATION}
    return any(concepts[t].type in TREATMENT_TYPES for t in named) and not set(shared) - named - claim.everyday


def _specific_harms(terms: Terms) -> set[str]:
    """The particular harms a text names (harm concepts other than harm and side effects in general, and the diseases
    it says a treatment causes)."""
    concepts = load_concepts()
    return {t for t in terms.weights if t in concepts and concepts[t].type == "harm" and t not in (SIDE_EFFECTS, "harm")
            and t not in terms.everyday} | set(terms.caused)


def _other_harms(claim: Terms, said: Terms) -> bool:
    """The claim and the statement each name particular harms, and none in common: two harms of one treatment are
    two findings ("a rare side effect of statins called myopathy" and "statins raise the risk of diabetes")."""
    mine, theirs = _specific_harms(claim), _specific_harms(said)
    return bool(mine) and bool(theirs) and mine.isdisjoint(_closure(theirs)) and theirs.isdisjoint(_closure(mine))


def _shares_only_a_part(claim: Terms, shared) -> bool:
    """The claim and a statement share one word, and it names a cell, a part of the body or people (concepts.yml
    types `PART_TYPES`): what both speak of, not what either says of it ("the T cells are then frozen and sent to
    a lab" and "immunotherapy uses the patient's own T cells to attack myeloma cells")."""
    concepts = load_concepts()
    return _words_among(claim, shared) == 1 \
        and all(t in concepts and concepts[t].type in PART_TYPES for t in shared if not t.startswith("w:"))


@lru_cache(maxsize=1)
def _course_outcomes() -> frozenset[str]:
    """lexicons/course.yml: the outcomes that make up a disease's course (cure, relapse, survival ...)."""
    from pipeline.patterns import read_lexicon

    data = read_lexicon("lexicons/course.yml", {"course"})
    concepts = load_concepts()
    unknown = sorted(str(c) for c in data["course"] if c not in concepts)
    if unknown:
        raise DataError(f"unknown concepts {unknown}", "pipeline/lexicons/course.yml")
    return frozenset(str(c) for c in data["course"])


def _shares_only_an_intervention(claim: Terms, shared) -> bool:
    """The claim and a statement share one word, and it names an intervention (a treatment, drug or drug class,
    with its broader kinds): what both speak of, not what either says of it. "Some people have two transplants over
    time" and "stem cell transplant has been the standard treatment" share "transplant" and nothing the claim says
    of it (as `_shares_only_a_part` for a cell or a part of the body)."""
    concepts = load_concepts()
    named = [t for t in shared if not t.startswith("w:")]
    return bool(named) and all(t in concepts and concepts[t].type in TREATMENT_TYPES for t in named) \
        and _words_among(claim, shared) == 1


def _shares_only_parts_of_the_body(claim: Terms, shared) -> bool:
    """The claim and a statement share two words at most: a part of the body (concepts.yml type `body`: the bone
    marrow, the immune system) and an everyday word of the claim ("cells"): where both speak of, not what either
    says there. "The cells find their way back to your bone marrow" says nothing "the bone marrow produces blood
    cells" does; "the spongy tissue inside your bones that produces blood cells" shares what it says of them."""
    concepts = load_concepts()
    named = [t for t in shared if not t.startswith("w:")]
    return bool(named) and all(t in concepts and concepts[t].type == "body" for t in named) \
        and set(shared) - set(named) <= claim.everyday and _words_among(claim, shared) <= 2


def _treatment_kinds(terms) -> set[str]:
    """The treatments among `terms` that are no broader kind of another among them ("statins": the drug, not
    treatment in general)."""
    concepts = load_concepts()
    treatments = {t for t in terms if t in concepts and concepts[t].type in TREATMENT_TYPES}
    return {t for t in treatments if not any(t in concepts[other].broader for other in treatments)}


def _shares_only_treatment_and_people(claim: Terms, shared) -> bool:
    """A claim about one treatment shares with a statement that treatment and the people it is given to, and no
    other word: "statins have been prescribed to millions of people" and "statins benefit people at low risk of
    heart disease" say different things of them, however short the claim (a share of everyday words too decides
    only below the match threshold: `_shares_only_treatment`). A claim naming several treatments ("switching from
    immunomodulatory drugs to proteasome inhibitors or antibodies") may be backed by a statement on one of them."""
    concepts = load_concepts()
    named = {t for t in shared if t in concepts and concepts[t].type in TREATMENT_OR_POPULATION}
    return bool(_people_among(named)) and set(shared) == named and len(_treatment_kinds(named)) == 1 \
        and len(_treatment_kinds(claim.weights)) == 1


def _content_terms(claim: Terms, shared) -> set[str]:
    """Shared terms that say more than what the claim is about: not a treatment, drug or disease, nor an everyday
    word of the claim."""
    return set(shared) - _treatments_and_diseases(shared) - claim.everyday


def _denies_finding(claim: Terms, finding: str, claim_vector: dict[str, float], model: str | None) -> bool:
    """A qualifying statement's finding states a change ("exercise may modestly reduce fatigue") and the claim says
    the opposite of it ("exercise does not reduce fatigue"): the claim denies what the evidence shows, however
    weakly it shows it. A finding that negates anything is too nuanced for that ("transplant lengthened remission
    but no survival benefit was observed", "no head-to-head trial shows that they have fewer side effects"): it
    may say what the claim says. Otherwise the finding read whole must share content with the claim, state a
    change and oppose the claim, and so must every clause of it that shares anything but a disease with it."""
    if not finding.strip():
        return False
    analysis = analyse_text(finding, model)
    if any(analysis.negates(m) for m in analysis.modifiers_on(0, len(analysis.tokens))):
        return False
    whole = _text_terms(finding, model)
    if len(claim_vector.keys() & whole.weights.keys()) < FINDING_SHARED_TERMS:
        return False
    diseases = _diseases_among(claim_vector)
    clauses = [c for c in _clause_terms(finding, model) if claim_vector.keys() & c.weights.keys() - diseases]
    return all((said.direction or said.valence) and _opposes(claim, said) for said in (whole, *clauses))


def _abbreviations_read_out(text: str, terms: Terms, context: ArticleContext | None, model: str | None,
                             known: dict[str, float]) -> Terms:
    """A claim using an abbreviation its article defines elsewhere ("The T-cells are equipped with a chimeric antigen
    receptor (CAR) ... This CAR protein does not attack normal cells") names the long form: the short form's terms
    are read as the long form's, as a library's aliases are. Only the short form as written counts ("CAR", not
    "car"), only where the claim does not hold the long form too (`_one_name_per_definition`), and only a short form
    the library (`known`: its terms) does not use itself: "HPV" meets a library's "HPV" as it is."""
    if context is None:
        return terms
    lowered = text.lower()
    for short, long_form in context.abbreviations:
        if not _written_alone(short, text) or long_form.lower() in lowered:
            continue
        keys = frozenset(_text_content(short, model).weights)
        if keys.isdisjoint(known):
            terms = _read_as(terms, keys, _text_content(long_form, model))
    return terms


# a short form written in capitals, three to eight letters, with a plural "s" or not ("CRP", "NSAIDs", "HCMV"); not a
# name with digits or small letters inside ("IL6", "HbA1c"), which is an identifier of its own (`_identifier`), nor
# one of two letters: any two words spell one ("obvious symptoms" is no OS, overall survival)
SHORT_FORM = re.compile(r"(?<![\w-])([A-Z]{3,8})s?(?![\w-])")
LONG_FORM_WORD = re.compile(r"[A-Za-z]+")
POSSESSIVE = re.compile(r"['’]s\b")
COMPOUND_LENGTH = 10  # letters of a word that may give a short form letters from inside it besides its initial


def _short_forms(texts) -> dict[str, tuple[str, ...]]:
    """First letter -> the short forms written in capitals in `texts` (`SHORT_FORM`), in order; not English words
    written in capitals ("RESULTS", "AND", "OR" of a structured abstract's headings and statistics)."""
    found: dict[str, set[str]] = {}
    words = everyday_words() | _ignored_lemmas()
    for text in texts:
        for short in SHORT_FORM.findall(text):
            if short.lower() not in words:
                found.setdefault(short[0], set()).add(short)
    return {letter: tuple(sorted(shorts)) for letter, shorts in sorted(found.items())}


@lru_cache(maxsize=1)
def _long_form_gaps() -> frozenset[str]:
    """Words a long form may pass over without giving its initial ("tartrate-resistant acid phosphatase", "the Centers
    for Disease Control and Prevention"): lexicons/abbreviations.yml `long_form_gaps`."""
    from pipeline.nlp import read_abbreviations

    return lower_words(read_abbreviations()["long_form_gaps"])


def _initials_match(short: str, words: list[str]) -> bool:
    """Whether `words` spell the short form by their initials, in order, every word but the gaps (`_long_form_gaps`)
    giving its own and a word giving more letters from inside it after its initial ("nonsteroidal anti-inflammatory
    drugs": NSAID, "human cytomegalovirus": HCMV, "C-reactive protein": CRP), the last word giving the last letter."""
    gaps = _long_form_gaps()

    def match(at: int, word: int) -> bool:
        if word == len(words):
            return at == len(short)
        text = words[word]
        if text in gaps and word and word < len(words) - 1 and match(at, word + 1):
            return True
        if at == len(short) or text[0] != short[at]:
            return False
        at += 1
        inside = 1
        while True:  # (more letters only from a compound's length: "cytomegalovirus", not "hallmarks": HMT)
            if match(at, word + 1):
                return True
            if at == len(short) or len(text) < COMPOUND_LENGTH:
                return False
            inside = text.find(short[at], inside) + 1
            if not inside:
                return False
            at += 1
    return match(0, 0)


def _long_form_in(short: str, words: list[str], starts: list[int]) -> tuple[int, int] | None:
    """The first span of `words` (lower case) opened at one of `starts` (the places of the words that may open the
    short form: `_spelt_short_forms`) that spells `short` (`_initials_match`): at least two words, and no more words
    than the short form has letters (as `find_abbreviations`); None when none does."""
    letters = short.lower()
    ignored = _ignored_lemmas()
    gaps = _long_form_gaps()
    for first in starts:
        for last in range(first + 2, min(first + len(letters), len(words)) + 1):
            added = words[last - 1]
            if added[0] not in letters and added not in gaps:
                break  # every word of a long form but the gaps gives its initial: no longer span can spell it
            # (a function word neither opens nor closes a name: "as cancer" is no AC)
            if added not in ignored and _initials_match(letters, words[first:last]):
                return first, last
    return None


def _short_form_openings(short_forms: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """The library's short forms (`_short_forms`) by how their long form may open, built once per library: by their
    first two letters in lower case ("ns": NSAID), which a long form opening with a short word spells by that word's
    initial and the next one's, and one opening with a compound by its initial and a letter from inside it or a next
    word's initial ("human cytomegalovirus": HCMV). Each in order. Under a first letter alone ("h"), the second
    letters of the short forms it opens ("c", "i", …), in order: the two-letter keys a compound may open."""
    openings: dict[str, list[str]] = {}
    for letter in sorted(short_forms):
        for short in short_forms[letter]:
            opening = short[:2].lower()
            openings.setdefault(opening, []).append(short)
            seconds = openings.setdefault(opening[0], [])
            if opening[1] not in seconds:
                seconds.append(opening[1])
    return {opening: tuple(sorted(found) if len(opening) == 1 else found)
            for opening, found in sorted(openings.items())}


def _spelt_short_forms(words: tuple[str, ...], openings: dict[str, tuple[str, ...]]) \
        -> list[tuple[str, tuple[int, int]]]:
    """The short forms of the library that a claim's `words` spell (`_long_form_in`), with the span spelling each,
    in order; not one the claim writes itself. A long form opens with a word that is no function word; a short word
    gives its initial only, so the next word but the gaps (`_long_form_gaps`) gives the second letter; a compound
    (COMPOUND_LENGTH) may give it from inside, or leave it to a next word up to the first that is no gap. One pass
    over the claim's words finds the short forms each word may open (`_short_form_openings`) and only those are
    sought, from those words: most claims open none."""
    lowered = [w.lower() for w in words]
    ignored = _ignored_lemmas()
    gaps = _long_form_gaps()
    starts: dict[str, list[int]] = {}  # short form -> the places of the words that may open it, last first
    after = ""  # the initial of the next word that is not a gap
    # the initials of the next words up to the first that is not a gap (a gap may give its initial or be passed over)
    next_initials = ""
    for at in range(len(lowered) - 2, -1, -1):  # (a long form has two words or more)
        following = lowered[at + 1]
        if following not in gaps:
            after = following[0]
            next_initials = after
        else:
            next_initials = following[0] + next_initials
        word = lowered[at]
        if word in ignored:
            continue
        if len(word) >= COMPOUND_LENGTH:
            # a compound gives the second letter from inside it or leaves it to the initial of a next word: only
            # the short forms opening with its initial and one of those letters
            opened: tuple[str, ...] = ()
            given = word[1:] + next_initials
            for second in openings.get(word[0], ()):
                if second in given:
                    opened += openings[word[0] + second]
        elif after:
            opened = openings.get(word[0] + after, ())
        else:
            continue  # (a short word followed by gaps alone opens nothing)
        for short in opened:
            starts.setdefault(short, []).append(at)
    found = []
    for short in sorted(starts):
        if short not in words:
            span = _long_form_in(short, lowered, starts[short][::-1])
            if span is not None:
                found.append((short, span))
    return found


def _short_forms_read(text: str, terms: Terms, openings: dict[str, tuple[str, ...]], model: str | None,
                      known: dict[str, float]) -> Terms:
    """A claim naming in full what the library writes only as a short form in capitals that it does not define
    ("Nonsteroidal anti-inflammatory drugs show anticancer indications" against an abstract's "Regular use of
    aspirin and/or NSAIDs was associated with a lower risk of colorectal cancer"; a paper defines its abbreviations
    in a title, which is no statement): the long form's terms are read as the short form's, as an abbreviation the
    claim defines would be (`_one_name_per_definition`). The claim's words must spell the short form by their
    initials (`_initials_match`), and the library (`known`: its terms) must use the short form and not every word of
    the long form."""
    words = LONG_FORM_WORD.findall(POSSESSIVE.sub("", text))  # "Alzheimer's disease": AD
    for short, span in _spelt_short_forms(tuple(words), openings):
        short_terms = _text_content(short, model)
        short_keys = frozenset(short_terms.weights)
        long_keys = _text_keys(" ".join(words[span[0]:span[1]]), model)
        # the tests that the rest of the claim cannot change first: taking its terms out of the long form's leaves
        # none, or only terms the library knows, as before; the rest is analysed only when it can matter
        if not short_keys or not short_keys <= known.keys() or long_keys <= known.keys():
            continue
        # (the terms the rest of the claim names stay: "NSAIDs are ineffective as cancer treatments" still names a
        # treatment)
        long_keys -= _text_keys(" ".join(words[:span[0]] + words[span[1]:]), model)
        if not long_keys or short_keys & long_keys or long_keys <= known.keys() \
                or not long_keys <= terms.weights.keys():
            continue
        terms = _read_as(terms, long_keys, short_terms)
    return terms


def _written_alone(word: str, text: str) -> bool:
    r"""`word` occurs in `text` with no word character (`str.isalnum`, "_") or hyphen on either side: what
    `re.search(r"(?<![\w-])WORD(?![\w-])", text)` finds, without compiling a pattern for every abbreviation of every
    article (hundreds per thousand abstracts, and they pushed the `re` module's own patterns out of its cache)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not (at and _joins_word(text[at - 1])) and not (end < len(text) and _joins_word(text[end])):
            return True
        at = text.find(word, at + 1)
    return False


def _joins_word(char: str) -> bool:
    return char.isalnum() or char in "_-"  # the regular expression class [\w-] (for one character: the same set)


def _one_name_per_definition(text: str, terms: Terms, model: str | None, known: dict[str, float]) -> Terms:
    """A claim that defines an abbreviation ("AMP-activated protein kinase (AMPK) activation reduces fibrosis") names
    one thing twice: when the library (`known`: its terms) uses only one of the names, only that one counts, so the
    thing does not weigh twice against the claim's other words ("Human papillomavirus (HPV)" against a library that
    says only "HPV"). A library that uses both keeps both (its references' definitions give a statement naming one
    the other's terms: EvidenceIndex._expand_abbreviations)."""
    weights = dict(terms.weights)
    for short, long_form in find_abbreviations(text):
        short_keys = frozenset(_text_content(short, model).weights)
        long_keys = frozenset(_text_content(long_form, model).weights)
        if not short_keys or not long_keys or short_keys & long_keys or not (short_keys | long_keys) <= weights.keys():
            continue
        short_known, long_known = not short_keys.isdisjoint(known), long_keys <= known.keys()
        if short_known != long_known:
            for key in (long_keys if short_known else short_keys):
                weights.pop(key, None)
    return replace(terms, weights=weights) if len(weights) < len(terms.weights) else terms


# a gene's or protein's name with a number ("Deltex1", "Sirt1"): a family name of letters only (four or more: not
# "IL6", "CD4") and the member's number; and a pair of members written as one ("OCT3/4", "ERK1/2")
NUMBERED_NAME = re.compile(r"w:([a-z]{4,})(\d{1,2})")
MEMBER_PAIR = re.compile(r"w:([a-z][a-z0-9]*?[a-z])(\d{1,2})/(\d{1,2})")


def _numbered_members(known: dict[str, float], words: dict[str, str]) -> dict[str, str]:
    """A name a claim may use for one the library writes otherwise, as the term the claim would have -> the word the
    library writes: the family's name for its one numbered member ("Deltex" for an abstract's "Deltex1"), each member
    of a pair written as one ("Oct4" for "OCT3/4"), and the pair for its one member ("OCT3/4" for "Oct4"). Only names
    the library does not use itself, and only when they point to one word: an abstract naming Sirt1 and Sirt3 says
    nothing of which one "Sirt" means. A family name that is an everyday word, or a number written apart
    ("homolog-1"), is not read so."""
    found: dict[str, set[str]] = {}
    common = everyday_words()
    for term in known:
        numbered, pair = NUMBERED_NAME.fullmatch(term), MEMBER_PAIR.fullmatch(term)
        # (written joined: "Deltex1", not "homolog-1", a word and its number)
        if numbered and numbered.group(1) not in common and "-" not in words.get(term, "-"):
            family = _content_key(numbered.group(1))
            if family is not None:
                found.setdefault(family, set()).add(term)
        if pair:
            for number in pair.group(2, 3):
                found.setdefault(f"w:{pair.group(1)}{number}", set()).add(term)
    single = {name: min(terms) for name, terms in found.items() if len(terms) == 1 and name not in known}
    return {name: words.get(term, term.removeprefix("w:")) for name, term in single.items()}


def _members_read(terms: Terms, members: dict[str, str], known: dict[str, float], model: str | None) -> Terms:
    """A claim's name read as the one the library writes for it (`_numbered_members`): "Deltex has no known
    interactions with eIF3f" meets an abstract's "eIF3f is recruited by Deltex1"; a pair of members the claim writes
    as one ("OCT3/4") is read as the member the library names, when it names one only."""
    for term in sorted(terms.weights):
        if term in known:
            continue
        pair = MEMBER_PAIR.fullmatch(term)
        named = [f"w:{pair.group(1)}{n}" for n in pair.group(2, 3) if f"w:{pair.group(1)}{n}" in known] if pair else []
        word = members.get(term) or (named[0].removeprefix("w:") if len(named) == 1 else None)
        if word is not None:
            terms = _read_as(terms, frozenset((term,)), _text_content(word, model))
    return terms


def _looked_up(text: str, terms: Terms, index: EvidenceIndex, context: ArticleContext | None) -> Terms:
    """A claim's terms as the library is searched for them: the library's own names ("Gardasil": HPV vaccine), the
    long forms of abbreviations its article defines elsewhere, one name per abbreviation the claim defines, a
    numbered name the library writes otherwise (`_members_read`)."""
    terms = index.with_aliases(terms)
    if index.members or any("/" in t for t in terms.weights):
        terms = _members_read(terms, index.members, index.idf, index.model)
    terms = _abbreviations_read_out(text, terms, context, index.model, index.idf)
    if index.short_forms:
        terms = _short_forms_read(text, terms, index.short_forms, index.model, index.idf)
    return _one_name_per_definition(text, terms, index.model, index.idf) if "(" in text else terms


def addresses(claim: Claim, claim_terms: Terms, index: EvidenceIndex, context: ArticleContext | None = None) -> bool:
    """Whether a statement of the library addresses the claim, which is what `assess_claim` finds first; the terms
    need no polarity (`content_terms`)."""
    return bool(index.find(_looked_up(claim.text, claim_terms, index, context), context))


def unaddressed(claim: Claim) -> Claim:
    """The verdict on a claim no statement addresses; the advice to cite or remove it is for what the page asserts
    (a claim it only reports or rejects is not the page's to cite)."""
    advice = "; it needs a citation or should be removed." if claim.voice in ("own", "denied") else "."
    return evolve(claim, status="unsupported",
                  rationale=f"No evidence statement in the reference library addresses this claim{advice}")


# a claim the page rejects outright ("Many say X cures Y. That is not true.") is assessed as the claim itself, and its
# status then judges the page's rejection: a claim the library refutes, or backs only in weaker words, is rightly
# rejected; one it supports is wrongly rejected, an error of the page's; one it does not decide stays unsupported
REJECTION_STATUS = {"contradicted": "supported", "overstated": "supported", "supported": "contradicted",
                    "unsupported": "unsupported"}
REJECTION_WORDING = {
    "supported": "The page rejects this claim, and the evidence does not back it as worded",
    "contradicted": "The page rejects this claim, but the evidence supports it",
    "unsupported": "The page rejects this claim; the evidence decides neither it nor its rejection",
}


def assess_rejection(assessed: Claim) -> Claim:
    """The status of the page's outright rejection of a claim (voice "rejected"), from `assess_claim`'s verdict on
    the claim itself, with that verdict kept in the rationale."""
    status = REJECTION_STATUS.get(assessed.status, assessed.status)
    wording = REJECTION_WORDING.get(status, "The page rejects this claim")
    return replace(assessed, status=status,
                   rationale=f"{wording} (the claim itself: {assessed.status}). {assessed.rationale}")


def assess_claim(claim: Claim, claim_terms: Terms, index: EvidenceIndex, blocking_wording: bool,
                 context: ArticleContext | None = None, reported: bool = False) -> Claim:
    """Decide the claim's status from the statements that address it; `blocking_wording` is a cure/absolute
    flag inside the claim (the evidence then supports only a weaker version); `context` what the article is
    about (None: no article); `reported` that the claim reports or quotes wording the article does not use as its
    own (pipeline/rules/mentions.py: "They claimed that it rebuilds joints")."""
    claim_terms = _looked_up(claim.text, claim_terms, index, context)
    vector = index._vector(claim_terms)  # built once: `find` scores with it and the polarity reading weighs clauses by it
    found = index.find(claim_terms, context, vector)
    if not found:
        return unaddressed(claim)
    # a statement of a study's aim or design ("OBJECTIVE To determine whether screening lowers mortality") names the
    # claim's topic without a finding: the closest statement of a finding sets the bar for those weighed together
    found = [item for item in found if not item[1].terms.aim] + [item for item in found if item[1].terms.aim]
    # ... and so does the closest statement that speaks to what the claim asserts (_misses_head)
    # by position, not by id(): the compiled build boxes a tuple anew each time it is read from the list
    off_head = set() if reported else {
        n for n, item in enumerate(found) if item[1].statement.stance != "refutes"
        and _misses_head(claim_terms, vector[0], claim_terms, index.spoken.get(item[1].statement.id, ()),
                         item[1].statement.id in index.worded_apart)}
    if off_head:
        found = [item for n, item in enumerate(found) if n not in off_head] \
            + [item for n, item in enumerate(found) if n in off_head]
    top = found[0][0]
    group = [item for item in found if item[0] >= top * TIE_MARGIN]
    matches = []
    flipped: set[str] = set()
    distant: set[str] = set()  # refuted assertions matched too loosely to contradict
    claim_vector = vector[0]
    predicate = _predicate_terms(claim_terms, claim_vector)
    # a claim of several clauses says each statement's polarity in the clause that shares most with it: "myeloma has
    # no cure, but its symptoms come and go" denies nothing of symptoms
    claim_clauses = _clause_terms(claim.text, index.model) if _may_have_clauses(claim.text) else ()
    group += _denial_beyond(claim_terms, claim_clauses, group, found, top, claim_vector)
    if claim_terms.direction or claim_terms.valence:
        group += _finding_beyond(group, found, top, claim_vector, index.model, claim_terms.origins or None)
    group += _quantity_beyond(group, found, top, claim.text)
    course = _severity_of_course(claim.text)  # "before symptoms become severe": no severity claimed
    group += [] if course else _severity_beyond(group, found, top, claim_terms)
    beyond = _result_beyond(group, found, top)
    group += beyond
    loosely = {item[1].statement.id for item in beyond}  # matched loosely: they may back the claim, not deny it
    for score, phrasing, shared in group:
        statement = phrasing.statement
        # a refuting statement refutes the assertions it addresses; its finding and strongest wording say what the
        # evidence shows, so a claim worded like them agrees with it
        stance = "supports" if statement.stance == "refutes" and phrasing.kind != "address" else statement.stance
        held = claim_vector.keys() & phrasing.terms.weights.keys()
        if stance == "refutes" and (score < REFUTED_ADDRESS_THRESHOLD or _words_among(claim_terms, held) < 2
                                    or _names_no_treatment(phrasing, claim_vector)
                                    or _asserts_no_change(claim_terms, phrasing.terms)
                                    or _misses_predicate(claim_vector, index._vector(phrasing.terms)[0])
                                    or _names_another_part(claim_vector, phrasing.terms)
                                    or not reported and _misses_head(claim_terms, claim_vector, claim_terms,
                                                                     phrasing.terms.weights)):
            distant.add(statement.id)  # one shared word ("eradicated") is no assertion said again
        said = _polarity_of(phrasing, claim_vector, index.model, claim_terms.origins or None)
        own = index.with_aliases(_clause_of(claim_clauses, claim_vector, phrasing.terms.weights) or claim_terms)
        if said.negative and not own.negative and not _negation_bears(said, own):
            if not said.partial and _negation_apart(phrasing.text, index.model, _shared_tokens(said, claim_vector)):
                # its negation stands in a part of its own ("..., and investigators were frequently not contactable"
                # against "one in five trials are discontinued early"): the rest is read as it is said
                said = replace(said, negative=False)
            else:
                distant.add(statement.id)  # its negation denies something the claim does not speak of
        if own.negative and not said.negative and _denied_content(own) \
                and _denied_content(own).isdisjoint(phrasing.terms.weights):
            # ... nor does the claim's: "HPV infections that cause cancer may not become apparent until years later"
            # denies nothing of "HPV infection is very common, with 14 million new infections each year"
            distant.add(statement.id)
        if own.evidence_denied and not said.negative and not (said.direction or said.valence) \
                and not _content_terms(own, held):
            # a denial of evidence ("little evidence supports uses of probiotics") denies a finding: a statement that
            # finds nothing ("probiotics are identified by their strain"), sharing only its subject, is no opposite
            distant.add(statement.id)
        if own.partial and not said.negative and not _says_all(said):
            distant.add(statement.id)  # "does not always reduce it" leaves standing a finding that it reduces it
        by_order = _relation_opposes(own, said)  # "A outweighs B" against "B outweighs A"
        opposes = _opposes(own, said) if by_order is None else by_order
        opposes = opposes or _lowers_what_it_causes(own, said)
        if _compound_antonym(claim.text, phrasing.text) and not _antonymous(own, said):
            opposes = not opposes  # "UCP1-dependent" against "UCP1-independent", read on the compounds as written
        if opposes and _possibly_severe(claim, own, said):
            opposes = False  # "might cause serious side effects" against "side effects are usually mild"
        if opposes and own.negative != said.negative and _unchanged_alike(own, said):
            opposes = False  # "seen regardless of age" says what "age did not change it" says
        if stance == "supports" and _states_other_quantity(claim.text, phrasing):
            # "one in two trials" against "one in five trials": another figure for the same thing, whatever else the
            # statement negates
            opposes = True
            distant.discard(statement.id)
        if opposes and own.prohibition and not said.negative and _says_harm(said):
            # forbidding what a statement finds harmful ("you mustn't have high cholesterol") denies none of it;
            # forbidding what it finds safe ("pregnant women should not get the vaccine") still does
            distant.add(statement.id)
        if opposes and stance == "supports" and score < MATCH_THRESHOLD and not _content_terms(claim_terms, held):
            # matched by coverage alone, through the claim's subject and everyday words ("daratumumab causes infusion
            # reactions in a third of patients" covers "immunotherapy is not tailored to each patient's genetic
            # makeup" through immunotherapy, treatment and patients): too loose to deny anything, it decides nothing
            distant.add(statement.id)
        if score < MATCH_THRESHOLD and _shares_only_treatment(claim_terms, held):
            distant.add(statement.id)  # ... nor, through a treatment, people and everyday words, to back anything
        if not opposes and _misses_quantity(claim.text, phrasing):
            distant.add(statement.id)  # "61% of patients ..." is not backed by a statement that gives no such figure
        if not opposes and (_misses_duration(claim.text, phrasing) or _misses_exact_share(claim.text, phrasing)
                            or _misses_count(claim.text, phrasing)):
            # ... nor "median survival is 44 months", "46.6%" or "117,000 people died" by one giving other figures
            distant.add(statement.id)
        if opposes and statement.id in loosely:
            distant.add(statement.id)  # a false contradiction blocks a build: a loose match may only back a claim
        if _shares_only_treatment_and_people(claim_terms, held):
            distant.add(statement.id)  # "statins have been prescribed to millions of people" says no benefit to anyone
        if claim_terms.aim and not WHETHER_OR.search(claim.text):
            # a claim that asks ("if we look at whether they reduce the risk, that's a different story") asserts
            # nothing a statement could back or deny (lexicons/aims.yml); "whether X or Y" is "in any case", no question
            distant.add(statement.id)
        if _other_harms(claim_terms, phrasing.terms):
            distant.add(statement.id)  # "myopathy is a rare side effect of statins" is not "statins cause diabetes"
        if _shares_only_a_part(claim_terms, held):
            distant.add(statement.id)  # "the T cells are then frozen" says nothing "immunotherapy uses T cells" does
        if stance != "refutes" and not reported \
                and _misses_head(claim_terms, claim_vector, own, index.spoken.get(statement.id, ()),
                                 statement.id in index.worded_apart):
            distant.add(statement.id)  # "survival is also measured by PFS" is not backed by "transplant improves PFS"
        if not reported and statement.id in index.worded_apart \
                and _misses_changed_thing(claim_terms, claim_vector, own, index.spoken.get(statement.id, ())
                                          if stance != "refutes" else phrasing.terms.weights):
            distant.add(statement.id)  # "exercise improves sleep" is neither backed nor denied by "... improves mood"
        if stance != "refutes" and not reported and not opposes and not course \
                and _misses_severity(own, index.spoken.get(statement.id, ()), said):
            # (a refuted assertion is made by a claim that says more of it: "serious liver problems are a common side
            # effect" makes "statins damage the liver")
            distant.add(statement.id)  # "side effects are mild" is not backed by "side effects include nausea"
        if stance != "refutes" and predicate and predicate.isdisjoint(phrasing.terms.weights) \
                and not (own.direction or own.valence or own.negative):
            # a statement backs what a claim says of its subject, not the subject alone: "induction therapy may
            # include chemotherapy, targeted therapy and corticosteroids" is not backed by "immunotherapy is a form of
            # precision medicine" through the kinds of treatment both name. A claim of a change may say it in other words ("lowering the chance of getting cancer" and
            # "multivitamins do not prevent cancer"; "reduce the severity of migraines" and "effective in preventing
            # migraine"): polarity reads those
            distant.add(statement.id)
        if opposes:
            if stance == "supports":
                flipped.add(statement.id)
                if not _close_enough_to_flip(claim_terms, claim_vector, phrasing, score):
                    distant.add(statement.id)
                elif _finding_on_another_intervention(phrasing, claim_vector, context):
                    distant.add(statement.id)
            stance = FLIP[stance]
            if stance == "qualifies" and not _content_terms(claim_terms, held):
                # a qualified finding opposed through the claim's subject alone says nothing of the claim: "statins
                # don't help" against "statins may raise blood sugar"
                distant.add(statement.id)
            elif stance == "qualifies" and _denies_finding(claim_terms, statement.finding, claim_vector, index.model):
                stance = "refutes"  # "exercise does not reduce fatigue" against "exercise may modestly reduce it"
        if stance == "refutes" and _asks_only(phrasing):
            distant.add(statement.id)  # a question asked is no finding denied
        if stance == "refutes" and reported:
            # a report of what a seller advertised asserts that it was advertised, not the benefit: refuting the
            # benefit denies nothing the report says (tests/heldout2/README.md, reported advertising)
            distant.add(statement.id)
        reference = index.library.references.get(statement.reference_id)
        matches.append(EvidenceMatch(
            evidence_id=statement.id, reference_id=statement.reference_id, stance=stance, score=round(score, 3),
            shared_terms=shared, finding=statement.finding, quote=statement.quote,
            max_strength=statement.max_strength, strongest_claim=statement.strongest_claim,
            citation=reference.citation if reference else "", doi=reference.doi if reference else "",
            pmid=reference.pmid if reference else "", url=reference.url if reference else "",
        ))
    refuting = [m for m in matches if m.stance == "refutes" and m.evidence_id not in distant]
    backing = [m for m in matches if m.stance != "refutes" and m.evidence_id not in distant]
    if not refuting and not backing:
        nearest = matches[0]
        return replace(claim, status="unsupported", evidence=tuple(matches), rationale=(
            f"No evidence statement addresses this claim closely enough to decide it: the nearest, "
            f"{nearest.evidence_id} ({nearest.reference_id}, score {nearest.score:.2f}), "
            f"{NEAR_MISS_WORDING[nearest.stance]}: {nearest.finding}"))
    if refuting and (not backing or refuting[0].score >= backing[0].score
                     or any(m.evidence_id in flipped for m in refuting)):
        decisive = refuting[0]
        status = "contradicted"
        reason = f"{decisive.evidence_id} ({decisive.reference_id}) says otherwise: {decisive.finding}"
    else:
        decisive = backing[0]
        allowed = decisive.max_strength
        # a denial that admits no exception ("There is no cure for HPV infection", claims `no_exception`, the only
        # negated claims rated absolute) is judged as the plain denial it was before that reading: the scale rates
        # how strongly a relation is asserted, not an absence. Known gap: a statement that limits the absence ("no
        # cure for most patients") backs the whole denial as it did before
        too_strong = strength_rank(claim.strength) > strength_rank(allowed) \
            and not (claim.negated and claim.strength == "absolute")
        # "the second most common blood cancer" against "myeloma is common": the ranking goes beyond the statement
        ranks_beyond = _ranking_unbacked(
            claim.text, _stated(next(p for s, p, _ in group if p.statement.id == decisive.evidence_id)))
        if too_strong or blocking_wording or ranks_beyond:
            status = "overstated"
            why = (f"the claim is stated as {STRENGTH_WORDS[claim.strength]} but the evidence supports only "
                   f"{STRENGTH_WORDS[allowed]} wording" if too_strong
                   else "its absolute or cure wording goes beyond the evidence" if blocking_wording
                   else "it ranks its subject among others, and the evidence neither ranks nor compares")
            reason = f"{decisive.evidence_id} ({decisive.reference_id}) supports only a weaker claim: {why}."
        else:
            status = "supported"
            reason = (f"{decisive.evidence_id} ({decisive.reference_id}) supports it "
                      f"({STRENGTH_WORDS[allowed]} wording at most).")
    phrasing = next(p for s, p, _ in group if p.statement.id == decisive.evidence_id)
    rationale = (f"{reason} Matched \"{phrasing.text}\" (score {decisive.score:.2f}; shared: "
                 f"{', '.join(decisive.shared_terms)}).")
    ordered = tuple(sorted(matches, key=lambda m: (m.evidence_id != decisive.evidence_id, -m.score, m.evidence_id)))
    return replace(claim, status=status, rationale=rationale, evidence=ordered)
