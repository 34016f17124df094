"""Analysis -> claims: check-worthy assertions at clause level, with subject, category, strength and qualifiers.

Without a parser, clauses are found from connectives ("; ", "while", "but also", ", which", "and can …"), a claim
needs a predicate and something to be about (a medical concept or a number), and pronouns are resolved to the
most recent treatment or disease mentioned (or the list label / heading the clause sits under).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from pipeline.concepts import load_concepts
from pipeline.patterns import verb_lemmas
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
FRAME_VERBS = {"be", "mean"}  # "One benefit is that …", "This means that …": the frame itself asserts nothing
INTRO_WORDS = {"however", "additionally", "moreover", "furthermore", "also", "overall", "traditionally", "thus",
               "therefore", "indeed", "importantly", "finally", "consequently", "similarly", "instead", "so",
               "and", "but", "meanwhile", "notably", "today", "currently", "not", "only", "even", "still", "now",
               "fact", "conclusion", "summary", "addition", "particular", "general"}
PREPOSITIONS = {"with", "in", "for", "as", "by", "despite", "after", "during", "among", "from", "on", "at", "over",
                "through", "since", "before", "until", "when", "if", "because", "although", "though", "while",
                "whereas", "unlike", "like", "to", "of", "under", "within", "without", "once", "given"}
SUBJECT_TYPES = ("treatment", "drug_class", "drug", "disease")


@dataclass
class _Clause:
    first: int
    last: int
    inherit_subject: bool = False
    subject_hint: tuple[int, int] | None = None

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
        for clause in _clauses(analysis, segment.first, segment.last):
            if not _is_claim(analysis, clause):
                continue
            text = analysis.text_of(clause.first, clause.last)
            subject = _subject(analysis, clause, concepts, last_subject, topic or heading)
            if subject and subject.lower() not in PRONOUNS:
                last_subject = subject
            mentions = [m for m in analysis.of_kind("cue", clause.first, clause.last) if not analysis.pseudo(m)]
            labels = _strength_labels(mentions)
            modifiers = [m for m in analysis.modifiers_on(clause.first, clause.last)
                         if segment.first <= m.trigger.first < segment.last]
            categories = {m.category for m in modifiers}
            hedged = bool(categories & {"HEDGED", "HYPOTHETICAL"})
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
    for position, i in enumerate(words):
        word = lowers[i]
        nxt = words[position + 1] if position + 1 < len(words) else None
        prev = words[position - 1] if position else None
        if word == ";" and nxt is not None:
            cuts.append((nxt, False, 0))
        elif word in ("while", "whereas") and i != opening and nxt is not None:
            cuts.append((nxt, lowers[nxt].endswith("ing"), 0))
        elif word == "but" and nxt is not None and lowers.get(nxt) in ("also", "it", "they", "this", "these"):
            cuts.append((words[position + 2] if lowers[nxt] == "also" and position + 2 < len(words) else nxt,
                         lowers[nxt] == "also", 0))
        elif word == "but" and nxt is not None and lowers[nxt] in AUXILIARIES:
            cuts.append((nxt, True, 0))  # "have not only extended X but have also improved Y"
        elif word == "," and nxt is not None and _participle(tokens[nxt]) and position > 1:
            cuts.append((nxt, True, 0))  # ", leading to …", ", crowding out normal cells"
        elif word == "and" and nxt is not None and prev is not None and nxt in predicates and \
                lowers[nxt] in ("can", "may", "might", "could", "will", "has", "have", "is", "are", "also", "often"):
            cuts.append((nxt, True, 0))
        elif word == "and" and nxt is not None and prev is not None and prev not in predicates and \
                any(opening <= p < i for p in predicates) and (nxt in predicates or lowers[nxt] in ELLIPSIS_ADVERBS):
            cuts.append((nxt, True, 0))  # "… cells and prevent them from spreading", "… and potentially a cure"
        elif word in ("and", "as", "because", "since") and prev is not None and lowers[prev] == "," and \
                nxt is not None and lowers[nxt] in CLAUSE_OPENERS and any(p > nxt for p in predicates):
            # ", and the options available were limited", ", as this cancer is known to come back": a clause of its own
            cuts.append((nxt if word == "and" else i, False, 0))
        elif word == "unlike" and nxt is not None:
            cuts.append((i, False, 0))
        elif word == "which" and prev is not None and lowers[prev] == "," and nxt is not None:
            cuts.append((nxt, False, 1))
        elif word == "that" and prev is not None and tokens[prev].lemma in FRAME_VERBS and nxt is not None:
            cuts.append((nxt, False, 2))
    # "This condition, known as relapsed myeloma (RMM), demands …": the naming is a definition of its own, and the
    # main verb after the closing comma keeps the subject
    for position, i in enumerate(words[:-2]):
        if lowers[i] == "," and lowers[words[position + 1]] in NAMING_WORDS and lowers[words[position + 2]] in ("as", "by"):
            closing = next((j for j in words[position + 3:] if lowers[j] == ","), None)
            if closing is not None and closing + 1 < last:
                cuts.append((closing + 1, True, 0))
    # "While X has been effective, Y …": the subordinate clause ends at the first comma after its predicate
    if words and lowers[opening] in SUBORDINATORS:
        for i in words[1:]:
            if lowers[i] == "," and any(opening < p < i for p in predicates):
                cuts.append((i + 1, False, 0))
                break
    clauses: list[_Clause] = []
    starts = sorted({(c[0], c[1], c[2]) for c in cuts if first < c[0] < last})
    bounds = [(first, False, 0)] + starts
    for n, (start, inherit, kind) in enumerate(bounds):
        end = bounds[n + 1][0] if n + 1 < len(bounds) else last
        # drop the connective and punctuation that introduced the next clause, and the final full stop
        while end > start and (tokens[end - 1].is_space or tokens[end - 1].lower in
                               {",", ";", ".", "!", ":", "while", "whereas", "but", "and", "also", "which", "that",
                                "–", "—", "-"}):
            end -= 1
        if start < first:
            continue
        hint = None
        if kind == 1:  # ", which": the antecedent is the phrase before the comma
            hint = _phrase_before(analysis, clauses[-1] if clauses else None, start)
        if kind == 2 and clauses and len(clauses[-1].words(analysis)) <= 12:
            clauses.pop()  # the frame before "is that" / "means that"
        clauses.append(_Clause(start, end, inherit, hint))
    return [c for c in clauses if c.first < c.last]


def _phrase_before(analysis: Analysis, clause: _Clause | None, which_at: int) -> tuple[int, int] | None:
    if clause is None:
        return None
    tokens = analysis.tokens
    end = clause.last
    start = end
    while start > clause.first and tokens[start - 1].lower not in {",", "unlike", "than", "like"}:
        start -= 1
    return (start, end) if start < end else None


def _is_claim(analysis: Analysis, clause: _Clause) -> bool:
    """A predicate, something medical (or a number) to be about, and enough words to assert anything."""
    first, last = clause.first, clause.last
    words = [t for t in analysis.tokens[first:last] if not t.is_space and not t.is_punct]
    if len(words) < 3:
        return False
    has_predicate = bool(_predicates(analysis, first, last)) or (clause.inherit_subject and (
        words[0].lower.endswith("ing")  # "… while leaving healthy cells unharmed"
        or words[0].lower in ELLIPSIS_ADVERBS))  # "… and potentially even a cure": the verb is the first clause's
    has_topic = bool(analysis.of_kind("concept", first, last)) or any(t.like_num for t in words)
    return has_predicate and has_topic


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
            if tokens[i].lower != tokens[i].lemma and tokens[i].lower.endswith(("s", "ed"))
            and tokens[i].lemma in verbs and tokens[i - 1].lower not in DETERMINERS and not tokens[i - 1].is_punct]


def _subject(analysis: Analysis, clause: _Clause, concepts, last_subject: str, topic: str) -> str:
    """The noun phrase before the first predicate, skipping introductions ("However, with advances in X,");
    pronouns and generic heads ("this approach") resolve to the previous subject or the latest treatment named."""
    tokens = analysis.tokens
    if clause.subject_hint:
        return analysis.text_of(*clause.subject_hint)
    predicates = [i for i in _predicates(analysis, clause.first, clause.last) if i > clause.first]
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
                           or tokens[hi - 1].lower in INTRO_WORDS | {"who", "that", "which"}):
            hi -= 1
        if lo >= hi or tokens[lo].lower in PREPOSITIONS:
            continue
        subject = analysis.text_of(lo, hi)
        words = subject.lower().split()
        if words[0] in PRONOUNS and all(w in GENERIC_HEADS or w in PRONOUNS for w in words):
            return _resolve(analysis, clause.first, concepts, last_subject) or topic or subject
        return subject
    return last_subject or topic


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
    votes = {c: cues.count(c) for c in ("efficacy", "prognosis", "mechanism") if c in cues}
    if not votes:
        return "other"
    has_treatment = any(concepts[m.label].type in ("treatment", "drug_class", "drug")
                        for m in analysis.of_kind("concept", clause.first, clause.last))
    order = ("efficacy", "mechanism", "prognosis") if has_treatment else ("prognosis", "mechanism", "efficacy")
    return max(votes, key=lambda c: (votes[c], -order.index(c)))
