"""Claim verification against abstracts with the engine's evidence stage (shared by scifact and check_covid).

Each abstract becomes a Reference and each of its sentences an EvidenceStatement with stance "supports" (the
benchmarks do not say which sentence supports or refutes; the engine has to decide) and the sentence itself as
its only phrasing. The claim is one claim: its terms are those of the whole claim text, its strength the
strongest the claim stage finds. The engine's status is mapped to the benchmark labels: contradicted ->
CONTRADICT, supported / overstated -> SUPPORT, unsupported -> NOINFO. The evidence stage flips a statement's
stance when the polarity of claim and statement differ (negation, antonyms and the denials, null results, change
words and valence of pipeline/lexicons/polarity.yml, read from the sentence's clause that shares most with the
claim): that is the only way it can say CONTRADICT. "no polarity" scores the same matches with every match
counted as SUPPORT.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.benchmarks.base import classification
from pipeline.references import EvidenceStatement, Library, Reference

LABELS = ("SUPPORT", "CONTRADICT", "NOINFO")
STATUS_TO_LABEL = {"contradicted": "CONTRADICT", "supported": "SUPPORT", "overstated": "SUPPORT",
                   "unsupported": "NOINFO"}
RECALL_AT = (1, 3, 5, 10)


@dataclass(frozen=True)
class Abstract:
    doc_id: str
    title: str
    sentences: tuple[str, ...]


def statement_id(doc_id: str, index: int) -> str:
    return f"d{doc_id}-s{index:03d}"


def library_of(abstracts: list[Abstract]) -> Library:
    references, statements = {}, []
    for abstract in abstracts:
        ref_id = f"d{abstract.doc_id}"
        references[ref_id] = Reference(ref_id, "review", abstract.title, "2000", "", "", "", "5", "", "benchmark")
        for index, sentence in enumerate(abstract.sentences):
            text = " ".join(sentence.split())
            if text:
                statements.append(EvidenceStatement(statement_id(abstract.doc_id, index), ref_id, "", text,
                                                    "supports", "absolute", "", "", (text,)))
    return Library(references, tuple(statements))


class Verifier:
    """Claim text -> (engine label, label without polarity) against one abstract; and ranked abstracts."""

    @staticmethod
    def claim_of(text: str):
        from dataclasses import replace

        from pipeline.claims import extract_claims
        from pipeline.evidence import extract_terms, subject_name, subject_terms
        from pipeline.models import Claim, strength_rank
        from pipeline.nlp import analyse_text

        analysis = analyse_text(text)
        claims = extract_claims(analysis)
        strength = max((c.strength for c in claims), key=strength_rank) if claims else "none"
        claim = Claim("benchmark", "<claim>", 0, len(text), 1, 1, text, text, "", "", "other", strength, False,
                      False, ())
        terms = extract_terms(analysis, 0, len(analysis.tokens))
        # what the claim is about, as an article's claim is read (pipeline/assessment.py `_with_subject`): a claim whose
        # subject the abstract never names is not judged by its sentences on a named intervention
        subject = claims[0].subject if claims else ""
        return claim, replace(terms, named_subject=subject_name(subject_terms(subject, analysis))) if subject else terms

    def verdict(self, text: str, index) -> tuple[str, str]:
        from pipeline.evidence import assess_claim

        claim, terms = self.claim_of(text)
        assessed = assess_claim(claim, terms, index, blocking_wording=False)
        label = STATUS_TO_LABEL[assessed.status]
        return label, ("NOINFO" if label == "NOINFO" else "SUPPORT")

    def ranking(self, text: str, index) -> list[str]:
        """Reference ids (abstracts) by their best statement's score, best first."""
        _, terms = self.claim_of(text)
        best: dict[str, float] = {}
        for score, phrasing, _ in index.find(terms):
            ref = phrasing.statement.reference_id
            best[ref] = max(best.get(ref, 0.0), score)
        return sorted(best, key=lambda r: (-best[r], r))


def label_metrics(gold: list[str], engine: list[str], no_polarity: list[str]) -> tuple[dict, dict]:
    metrics, confusion = classification(gold, engine, LABELS)
    metrics = {"label_macro_f1": metrics.pop("macro_f1"), **metrics}
    plain, _ = classification(gold, no_polarity, LABELS)
    metrics["label_macro_f1_no_polarity"] = plain["macro_f1"]
    return metrics, confusion


def recall_at_k(rankings: list[tuple[list[str], set[str]]]) -> dict[str, float]:
    """Share of (claim, gold abstract) pairs whose abstract is among the top k abstracts retrieved."""
    pairs = [(ranked, gold) for ranked, golds in rankings for gold in golds]
    metrics = {}
    for k in RECALL_AT:
        hits = sum(gold in ranked[:k] for ranked, gold in pairs)
        metrics[f"recall@{k}"] = hits / len(pairs) if pairs else 0.0
    return metrics


def open_retrieval(claims: list[tuple[str, set[str]]], abstracts: list[Abstract]) -> tuple[dict, int]:
    """Index every sentence of `abstracts` and rank abstracts for each claim; (recall@k, number of pairs)."""
    from pipeline.evidence import EvidenceIndex

    index = EvidenceIndex(library_of(abstracts))
    verifier = Verifier()
    rankings = [(verifier.ranking(text, index), {f"d{g}" for g in golds}) for text, golds in claims if golds]
    return recall_at_k(rankings), sum(len(g) for _, g in rankings)


def gold_abstract_labels(pairs: list[tuple[str, Abstract, str]]) -> tuple[list[str], list[str], list[str], list]:
    """For (claim text, its gold abstract, gold label) pairs: gold, engine and no-polarity labels, and errors."""
    from pipeline.evidence import EvidenceIndex

    verifier = Verifier()
    indexes: dict[str, EvidenceIndex] = {}
    gold, engine, plain, errors = [], [], [], []
    for text, abstract, label in pairs:
        if abstract.doc_id not in indexes:  # consecutive pairs often share an abstract; keep only the latest
            indexes = {abstract.doc_id: EvidenceIndex(library_of([abstract]))}
        guess, guess_plain = verifier.verdict(text, indexes[abstract.doc_id])
        gold.append(label)
        engine.append(guess)
        plain.append(guess_plain)
        if guess != label:
            errors.append((label, guess, f"{text}  [doc {abstract.doc_id}: {abstract.title}]"))
    return gold, engine, plain, errors
