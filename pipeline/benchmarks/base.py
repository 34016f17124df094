"""What every benchmark adapter shares: the result record, classification metrics, the table renderer and the
two ways the engine is asked about a sentence (its claim strength; whether it is hedged).

The data stay where they are (`../shared/benchmarks/`, each folder with its own licence); adapters only read them.
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

from pipeline.errors import DataError
from pipeline.patterns import read_word_sets

# Yu et al. 2019/2020 and Wright & Augenstein 2021 code claim strength 0-3 in this order.
YU_LABELS = ("none", "correlational", "conditional", "direct")
# The engine's five strengths onto Yu's four: an absolute claim is a (strong) direct causal one.
ENGINE_TO_YU = {"none": "none", "correlational": "correlational", "conditional": "conditional", "direct": "direct",
                "absolute": "direct"}
UNCERTAIN_CATEGORIES = {"HEDGED", "HYPOTHETICAL"}


@dataclass
class BenchmarkResult:
    """One benchmark run. `metrics` holds rates in [0, 1] only; counts go to `counts`; `confusion` maps
    (gold, predicted) to a count over `labels`; `errors` keeps (gold, predicted, text) of misclassified items for
    error analysis (not rendered)."""

    name: str
    split: str
    n: int
    metrics: dict[str, float]
    baseline: str
    labels: tuple[str, ...] = ()
    confusion: dict[tuple[str, str], int] | None = None
    counts: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    errors: list[tuple[str, str, str]] = field(default_factory=list)


def data_file(root: Path, *parts: str) -> Path:
    path = Path(root, *parts)
    if not path.is_file():
        raise DataError("benchmark data file not found (see ../shared/benchmarks/INDEX.md)", path.as_posix())
    return path


def read_jsonl(path: Path) -> list[dict]:
    rows = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise DataError(f"invalid JSON line: {exc.msg}", path.as_posix(), number, exc.colno) from None
    return rows


# The dev rows fall into four folds by row index (index % 5 == 1..4, "dev1".."dev4"): a change tuned on the dev
# rows is kept only when it helps on most folds and hurts none, so that the dev estimate still predicts the test one.
DEV_FOLDS = ("dev1", "dev2", "dev3", "dev4")


def select_split(items: Sequence, split: str, limit: int | None) -> list:
    """Deterministic split for data without an official one: row index % 5 == 0 is "test" (held out), the other
    four fifths "dev" (used for tuning the lexicons), each fifth a fold of its own ("dev1".."dev4": index % 5 ==
    1..4); "all" is everything. `limit` keeps the first rows after."""
    if split == "test":
        chosen = [item for i, item in enumerate(items) if i % 5 == 0]
    elif split == "dev":
        chosen = [item for i, item in enumerate(items) if i % 5 != 0]
    elif split in DEV_FOLDS:
        fold = DEV_FOLDS.index(split) + 1
        chosen = [item for i, item in enumerate(items) if i % 5 == fold]
    elif split == "all":
        chosen = list(items)
    else:
        raise DataError(f"unknown split {split!r} (one of: dev, {', '.join(DEV_FOLDS)}, test, all)")
    return chosen[:limit] if limit is not None else chosen


def classification(gold: Sequence[str], predicted: Sequence[str], labels: Sequence[str]) -> tuple[dict, dict]:
    """Accuracy, macro-F1 and per-class precision/recall/F1; and the confusion counts."""
    confusion = Counter(zip(gold, predicted))
    metrics: dict[str, float] = {}
    f1s = []
    for label in labels:
        tp = confusion[(label, label)]
        fp = sum(n for (g, p), n in confusion.items() if p == label and g != label)
        fn = sum(n for (g, p), n in confusion.items() if g == label and p != label)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        metrics[f"precision[{label}]"] = precision
        metrics[f"recall[{label}]"] = recall
        metrics[f"f1[{label}]"] = f1
        f1s.append(f1)
    total = len(gold)
    metrics = {"macro_f1": sum(f1s) / len(f1s) if f1s else 0.0,
               "accuracy": sum(confusion[(label, label)] for label in labels) / total if total else 0.0, **metrics}
    return metrics, {key: confusion[key] for key in ((g, p) for g in labels for p in labels)}


def binary(gold: Sequence[bool], predicted: Sequence[bool]) -> dict[str, float]:
    tp = sum(g and p for g, p in zip(gold, predicted))
    fp = sum(p and not g for g, p in zip(gold, predicted))
    fn = sum(g and not p for g, p in zip(gold, predicted))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = sum(g == p for g, p in zip(gold, predicted)) / len(gold) if gold else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "accuracy": accuracy}


# --- the engine, asked about one sentence ----------------------------------------------------------------------

def sentence_strength(text: str) -> str:
    """The engine's claim strength of a sentence on Yu et al.'s scale: the strongest claim it extracts outside
    relative clauses (absolute counts as direct), or the sentence's own strength when no such claim states a relation,
    mapped onto Yu et al.'s coding of hedges (`yu_strength`); none when the sentence reports earlier work. A
    conceded clause ("Although X, ...") is left out like a relative clause when the sentence has another claim; a
    claim hedged only as the consequence of a hedged claim before it ("X may ease Y while improving Z") is
    conditional like that claim. A frame that reports the finding ("A new study has found that ...") is not the
    finding (`_finding_start`), and a finding it reports as possible is conditional (`_possible_finding`)."""
    from pipeline.claims import read_claims, segment_strength
    from pipeline.models import strength_rank
    from pipeline.nlp import analyse_text

    analysis = analyse_text(text)
    if _reports_earlier_work(analysis) or _asserts_nothing(analysis):
        return "none"
    # a sentence of a paper or a press release, read as on a page that sells nothing (`ClaimReadings`): what a seller
    # says its users get is asserted as the seller offers it, what a study's patients reported is rated by its words
    claims = [c for c in read_claims(analysis).read(promotes=False) if not _relative_clause(analysis, c)]
    main = [c for c in claims if not _concessive_clause(analysis, c)]
    claims = main or claims
    # the frame that reports the finding is not the finding (its "the effect of X on Y" is what was studied): a claim
    # inside the frame is left out, and one that runs from the frame into the finding is read from the frame's verb on
    start = _finding_start(analysis)
    claims = [c for c in claims if analysis.token_range(c.start, c.end)[1] > start] or claims
    labels: list[str] = []
    for claim in claims:
        first, last = analysis.token_range(claim.start, claim.end)
        strength = claim.strength
        if first < start < last:
            first, strength = start, segment_strength(analysis, start, last)
        elif claim.undenied_strength:
            # an effect denied is no relationship in the page gold (claims._strength) but Yu et al. rate its verb:
            # the strength the claim had before the denial made it "none" (a claim "none" for another reason keeps it)
            strength = claim.undenied_strength
        label = yu_strength(analysis, _relation_strength(analysis, strength, first, last, claim.category), first, last)
        if label == "direct" and labels and labels[-1] == "conditional" and _hedged_by_clause_before(claim):
            label = "conditional"  # "X may ease Y, while improving Z": the consequence of a hedged finding
        labels.append(label)
    strongest = max(labels, key=strength_rank, default="none")
    if strongest == "none":
        # the sentence is a finding even when the claim stage finds no medical topic in it, or its claims state no
        # relation (a clause it did not keep may: "Patients with AP are older, male, and have more comorbidities")
        everything = (0, len(analysis.tokens))
        strength = segment_strength(analysis, *everything)
        label = yu_strength(analysis, _relation_strength(analysis, strength, *everything), *everything)
        return "conditional" if label == "none" and _possible_finding(analysis, start) else label
    return strongest


# A finding reported by a frame that opens the sentence ("Our findings suggest that ...", "Twenty years of mortality
# data led to the striking discovery that ..."): Yu et al. label the finding, whatever the frame says the study
# looked at. The frame's words are data (lexicons/frames.yml, which says why they are not topics.yml's).
FRAME_KEYS = {"finding_verbs", "finding_nouns", "finding_noun_links", "reporters", "no_frame_before",
              "no_finding_after", "clause_links", "subject_openers", "possibility_modals"}


@lru_cache(maxsize=1)
def frame_words() -> dict[str, frozenset[str]]:
    """lexicons/frames.yml: the word lists of a frame that reports a finding, each a set of lower-case words."""
    return read_word_sets("lexicons/frames.yml", FRAME_KEYS)


def _finding_start(analysis) -> int:
    """The token where the finding of a reporting frame begins (the frame's verb or noun: frames.yml `finding_verbs`,
    `finding_nouns`), or 0 when no frame opens the sentence's finding. Not a passive's, a modal's or a relative
    clause's verb ("are found", "to confirm", "which suggests"), nor a frame that trails the finding after a comma
    (", suggests research published ..."), nor a participle before a preposition ("determined from the mean weight
    change")."""
    words = frame_words()
    tokens = analysis.tokens
    for i in range(1, len(tokens) - 1):
        word, after = tokens[i].lower, tokens[i + 1].lower
        if word == ";" or word in (",", "--") and after in words["clause_links"] and _opens_subject(tokens, i + 2):
            return 0  # a frame past this opens a clause of its own: the clause before is a finding too
        if word in words["finding_nouns"] and after in words["finding_noun_links"]:
            return i
        if (word in words["finding_verbs"] and tokens[i - 1].lower not in words["no_frame_before"]
                and after not in words["no_finding_after"]
                and (after == "that" or any(t.lower in words["reporters"] for t in tokens[max(0, i - 4):i]))):
            return i
    return 0


# A finding that a study reports as possible ("A new study suggests that metformin may be considered for use in the
# prevention of ovarian cancer", "The findings suggest that the first trimester may be a critical period for heart
# health") is coded conditional by Yu et al. 2020 even when its verb names no cause: the press release reports a
# hedged finding. Only a modal of possibility (frames.yml `possibility_modals`) after a frame that names the study.


def _possible_finding(analysis, start: int) -> bool:
    """True when a frame naming the study (`_finding_start`, frames.yml `reporters`) reports a finding under a
    speculative modal of possibility (`possibility_modals`)."""
    words = frame_words()
    if not start or not any(t.lower in words["reporters"] for t in analysis.tokens[:start]):
        return False
    return any(m.category == "HEDGED" and m.trigger.first >= start and speculative(analysis, m)
               and analysis.text_of(m.trigger.first, m.trigger.last).lower() in words["possibility_modals"]
               for m in analysis.modifiers)


def _opens_subject(tokens, i: int) -> bool:
    """True when token i opens a subject ("..., and researchers found", "..., but the study shows"), not a verb that
    shares the subject before ("..., but add to a growing body of evidence")."""
    words = frame_words()
    return i < len(tokens) and (tokens[i].lower in words["reporters"] or tokens[i].lower in words["subject_openers"])


def _hedged_by_clause_before(claim) -> bool:
    """The claim stage hedged the claim for the hedged clause it continues ("X may cause Y, leading to Z"), with no
    hedge of its own: Yu et al. code the consequence of a hedged finding as hedged with it."""
    return claim.hedged and not any(m.startswith(("HEDGED:", "HYPOTHETICAL:")) for m in claim.modifiers)


# Yu et al. code what a sentence reports of earlier work or established knowledge as background, 0 ("Previous
# research has indicated that salt may alter ...", "NSAIDs ... have long been used to treat pain"), whichever clause
# the claim stage cuts the relation into; after a concessive opening ("Although prior research showed X, this study
# finds Y") the main clause is the finding.
CONCESSIVE = frozenset({"although", "though", "while", "whereas", "despite", "unlike"})


def _reports_earlier_work(analysis) -> bool:
    """True when the sentence reports earlier work (a strength:prior_work cue) and does not open with a concession."""
    if not any(m.label == "strength:prior_work" and not analysis.pseudo(m) for m in analysis.of_kind("cue")):
        return False
    words = [t for t in analysis.tokens if not t.is_space and not t.is_punct]
    return not (words and words[0].lower in CONCESSIVE)


def _asserts_nothing(analysis) -> bool:
    """True when every sentence of the text is one the article does not assert (`Analysis.not_asserted`: a glossary
    after "Abbreviations:", a reference entry, legal boilerplate): it states no finding, whatever words it spells out
    ("RD = at risk of diabetes")."""
    sentences = [s for s in analysis.segments if s.kind == "sentence"]
    return bool(sentences) and all(s in analysis.not_asserted for s in sentences)


def _relation_strength(analysis, strength: str, first: int, last: int, category: str = "") -> str:
    """Yu et al. rate the relation a sentence states: absolute wording makes a causal claim direct ("X always
    cures Y"), but "only 48 % of patients had X" states no relation. An absolute claim is rated without its
    absolute cues. Nor do they code a verdict on safety as a relation ("Topical insulin is safe for human ocular
    usage": 0), which the claim stage rates direct on a page (lexicons/cues.yml `safety_verdict`): a direct safety
    claim is rated as the sentence's words alone, without a category. The rest maps one to one."""
    from pipeline.claims import segment_strength

    if strength == "absolute":
        return ENGINE_TO_YU[segment_strength(analysis, first, last, absolute=False)]
    if strength == "direct" and category == "safety":
        return ENGINE_TO_YU[segment_strength(analysis, first, last)]
    return ENGINE_TO_YU[strength]


# Yu et al. label a sentence by its main finding: a relative clause ("HPV, which causes cervical cancer, ...") is
# background, a claim of its own for the linter but not the sentence's finding.
RELATIVE_PRONOUNS = frozenset({"which", "who", "whom", "whose"})


def _concessive_clause(analysis, claim) -> bool:
    """True when the sentence opens with a concession ("Although X, Y"; CONCESSIVE) and the claim starts before its
    first comma: X is conceded, Y is the finding Yu et al. label."""
    words = [t for t in analysis.tokens if not t.is_space and not t.is_punct]
    if not (words and words[0].lower in CONCESSIVE):
        return False
    comma = next((i for i, t in enumerate(analysis.tokens) if t.text == ","), None)
    first, _ = analysis.token_range(claim.start, claim.end)
    return comma is not None and first < comma


def _relative_clause(analysis, claim) -> bool:
    """True when the claim opens right after a relative pronoun (the claim stage cuts clauses at ", which")."""
    first, _ = analysis.token_range(claim.start, claim.end)
    before = [t for t in analysis.tokens[max(0, first - 2):first] if not t.is_space and not t.is_punct]
    return bool(before) and before[-1].lower in RELATIVE_PRONOUNS


def hedge_cues(text: str) -> list[str]:
    """The speculative HEDGED / HYPOTHETICAL ConText triggers the engine finds in a sentence (their text, lower
    case; qualifiers that are not speculation are left out, see NOT_SPECULATION)."""
    from pipeline.nlp import analyse_text

    analysis = analyse_text(text)
    return [analysis.text_of(m.trigger.first, m.trigger.last).lower() for m in analysis.modifiers
            if speculative(analysis, m)]


# --- label-scheme mappings ---------------------------------------------------------------------------------------
# The project's ConText hedges (lexicons/context.yml) also mark qualifiers that are not epistemic speculation: the
# modal "can" (possibility or ability), generality ("generally", "partly", "sometimes", "in some cases") and purpose
# or contribution ("aimed at", "designed to", "helps"). The project's gold annotations code claims worded so
# `conditional` (tests/gold/README.md). The benchmarks' guidelines do not: BioScope / CoNLL-2010 (Vincze et al.
# 2008; Farkas et al. 2010) annotate speculation only, and Yu et al. 2019 code "X can reduce Y" as direct causal.
# When the engine is scored on those benchmarks these triggers do not count as hedges.
# "Not necessarily" (denied necessity) and "indicative of" (a sign of) are hedges in health writing, but the
# CoNLL-2010 annotators never marked either as a speculation cue (no cue among the training split's sentences that
# hold them): a difference of annotation scheme.
NOT_SPECULATION = re.compile(r"can|generally|partly|sometimes|in (some|many|certain) \w+|help(s|ed|ing)?( to)?"
                             r"|aim(s|ed|ing)? (to|at)|(designed|intended) to|goals? (is|are|be) to"
                             r"|not necessarily|indicative of")


# Yu et al. 2019 read reporting verbs ("our findings suggest that X reduces Y") as the frame of nearly every
# conclusion, not as a hedge of the relation: such a sentence is direct causal unless a modal hedges it too.
REPORTING = re.compile(r"(suggest|indicate|imply)(s|ed|ing)?( that)?|suggestive|indicative of")


# Yu et al. 2019 code "can" as direct causal, including "can lead to" / "can result in", which BioScope counts as
# speculation (lexicons/context.yml gives it a rule of its own): on Yu's scale it is no hedge. Nor is a tendency
# ("cholesterol levels tend to increase graft failure", "the condition tends to develop rapidly and can lead to
# higher death rates"): it says how often the effect holds, like "often", not how sure the finding is.
YU_NOT_HEDGE = re.compile(r"can( lead| result)?( to| in)?|(tend|tends|tended|tending) to")


# BioScope codes "if" as speculation when it opens an indirect question ("we asked if X binds Y", = whether), not
# when it states a condition; without a parser the word before it tells the two apart.
INDIRECT_QUESTION = frozenset({"test", "determine", "examine", "see", "ask", "know", "investigate", "assess", "check",
                               "evaluate", "establish", "clear", "unclear", "unknown", "wonder", "explore", "question",
                               "tell", "decide", "verify", "address", "analyse", "analyze", "study"})


def speculative(analysis, modifier) -> bool:
    """A HEDGED or HYPOTHETICAL modifier whose trigger is epistemic speculation (see NOT_SPECULATION)."""
    text = analysis.text_of(modifier.trigger.first, modifier.trigger.last).lower()
    after = modifier.trigger.last
    if text == "could" and after < len(analysis.tokens) and analysis.tokens[after].lower in ("not", "n't", "n’t"):
        return False  # "X could not be detected": past inability, negation rather than speculation
    before = modifier.trigger.first - 1
    if text in ("if", "unless") and not (before >= 0 and analysis.tokens[before].lemma in INDIRECT_QUESTION):
        return False  # a condition ("if the score exceeds 2, ..."); "to test if X binds" asks, like "whether"
    return modifier.category in UNCERTAIN_CATEGORIES and not NOT_SPECULATION.fullmatch(text)


# A question left open or put to future work ("remains to be elucidated", "is unclear", "studies are needed to
# determine whether"): Yu et al. code it 0, unlike the question a study asked and answered.
OPEN_QUESTION = re.compile(r"\b(unclear|unknown|uncertain|inconclusive|not (sure|known|clear)|remains? to be|requires?"
                           r"|will require|need(s|ed)?|warranted|should|must|future|further)\b")


def _question_asked(analysis) -> bool:
    """True when a "whether" question of the sentence is one its study asked ("we wanted to see whether delaying
    treatment affected mortality", "reviewed nine studies to determine whether cannabis increases the risk",
    "evidence mixed on whether clinics disrupt care"): Yu et al. code the relation it names, not a supposition.
    A question left open or put to future work (OPEN_QUESTION) stays a supposition."""
    text = analysis.text_of(0, len(analysis.tokens)).lower()
    return "whether" in text and not OPEN_QUESTION.search(text)


def yu_strength(analysis, strength: str, first: int, last: int) -> str:
    """The engine's strength in Yu et al.'s scheme (2019, section 3), where conditional means a *causal* relation
    under a hedge ("may reduce"). The project's `conditional` (any hedged claim) stays conditional when a
    speculative hedge reaches a causal cue; it is direct when the causal cue is asserted plainly ("can reduce"),
    and none when the sentence states no relation ("may be the first manifestation") or only supposes or asks
    about one ("whether X reduces Y"). [first, last) are the tokens of the claim (or sentence) so labelled."""
    if strength != "conditional":
        return strength
    from pipeline.claims import asserted_causal_cues

    causal = asserted_causal_cues(analysis, first, last)  # not "useful tool for assessing" (a purpose frame)
    if not causal:
        return "none"
    hedges = [m for m in analysis.modifiers if speculative(analysis, m)]
    modal = [h for h in hedges if h.category == "HEDGED"
             and not REPORTING.fullmatch(analysis.text_of(h.trigger.first, h.trigger.last).lower())
             and not YU_NOT_HEDGE.fullmatch(analysis.text_of(h.trigger.first, h.trigger.last).lower())]
    if any(h.covers(c.first, c.last) or (c.first < h.trigger.last and h.trigger.first < c.last)
           for h in modal for c in causal):
        return "conditional"  # a hedge on the causal cue, or sharing words with it ("may lower", "appears effective")
    asked = _question_asked(analysis)
    supposed = [h for h in hedges if h.category == "HYPOTHETICAL"
                and not (asked and analysis.text_of(h.trigger.first, h.trigger.last).lower() == "whether")]
    if all(any(h.covers(c.first, c.last) for h in supposed) for c in causal):
        return "none"  # every causal cue is only supposed or asked about ("if", "whether", "hope that")
    return "direct"


# --- rendering -----------------------------------------------------------------------------------------------

def render_benchmark(result: BenchmarkResult) -> str:
    """A plain-text table: headline metrics, per-class rows, the confusion matrix, the published baseline."""
    lines = [f"Benchmark: {result.name}  split: {result.split}  n = {result.n}", ""]
    per_class: dict[str, dict[str, float]] = {}
    headline = []
    for key, value in result.metrics.items():
        if "[" in key and key.endswith("]"):
            metric, label = key[:-1].split("[", 1)
            per_class.setdefault(label, {})[metric] = value
        else:
            headline.append((key, value))
    for key, value in headline:
        lines.append(f"{key:32}{value:>8.3f}")
    if per_class:
        metric_names = sorted({m for values in per_class.values() for m in values},
                              key=lambda m: ("precision", "recall", "f1").index(m)
                              if m in ("precision", "recall", "f1") else 3)
        lines += ["", f"{'class':24}" + "".join(f"{m:>11}" for m in metric_names)]
        for label, values in per_class.items():
            lines.append(f"{label[:24]:24}" + "".join(f"{values.get(m, 0.0):>11.3f}" for m in metric_names))
    if result.confusion:
        labels = result.labels or tuple(sorted({g for g, _ in result.confusion}))
        lines += ["", "gold \\ predicted " + "".join(f"{label[:12]:>13}" for label in labels)]
        for gold in labels:
            lines.append(f"{gold[:16]:17}" + "".join(f"{result.confusion.get((gold, p), 0):>13}" for p in labels))
    if result.counts:
        lines += ["", "counts: " + ", ".join(f"{k} {v}" for k, v in result.counts.items())]
    for note in result.notes:
        lines.append(f"note: {note}")
    lines += ["", f"published: {result.baseline}"]
    return "\n".join(lines) + "\n"


def run_strength_csv(name: str, path: Path, split: str, limit: int | None, baseline: str) -> BenchmarkResult:
    """A Yu et al. claim-strength file (`sentence,label`, labels 0-3): no official split, so index % 5 == 0 is
    the held-out test fifth and the rest dev."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [(row["sentence"], YU_LABELS[int(row["label"])]) for row in csv.DictReader(handle)]
    return strength_result(name, split, select_split(rows, split, limit), baseline,
                           ["engine strength = strongest claim in the sentence outside relative clauses (absolute "
                            "-> the relation it qualifies); a sentence whose claims state no relation is scored as "
                            "one finding",
                            "label-scheme mapping (base.yu_strength): conditional = a modal hedge on a causal cue; "
                            "'can' and reporting verbs ('suggest that') are not hedges in Yu's coding",
                            "split: index % 5 == 0 is test (held out), the rest dev (tuning); dev1..dev4 are the dev "
                            "folds index % 5 == 1..4"])


def strength_result(name: str, split: str, items: Iterable[tuple[str, str]], baseline: str,
                    notes: list[str] | None = None) -> BenchmarkResult:
    """Score the engine's sentence strength against (sentence, gold Yu label) pairs."""
    gold, predicted, errors = [], [], []
    for text, label in items:
        guess = sentence_strength(text)
        gold.append(label)
        predicted.append(guess)
        if guess != label:
            errors.append((label, guess, text))
    metrics, confusion = classification(gold, predicted, YU_LABELS)
    return BenchmarkResult(name, split, len(gold), metrics, baseline, YU_LABELS, confusion, notes=list(notes or ()),
                           errors=errors)
