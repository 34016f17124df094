"""Audit one analysed source: its claims, their evidence verdicts and the rules' flags, as a SourceResult (the
per-source stage `audit` runs on every file; compiled with mypyc, setup.py)."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.claims import find_topic_words, read_claims
from pipeline.clauses import subject_words
from pipeline.evidence import (EvidenceIndex, Terms, addresses, article_context, assess_claim, assess_rejection,
                               content_terms, extract_terms, kinds_defined, subject_name, subject_terms,
                               unaddressed)
from pipeline.models import Claim, Flag, SourceResult, evolve
from pipeline.nlp import Analysis
from pipeline.rules.engine import (apply_rewrites, find_claim_flags, find_flags, grade_by_promotion,
                                   page_promotes, page_sells_or_hypes, spare_accounts, spare_unpromoted,
                                   told_accounts, without_asked_safety)
from pipeline.rules.loader import Rule

BLOCKING_PACKS = {"CUR", "ABS"}


def audit_source(analysis: Analysis, index: EvidenceIndex, rules: tuple[Rule, ...]) -> SourceResult:
    topic_words = find_topic_words(analysis)  # what the article is about: for its claims and for their evidence
    readings = read_claims(analysis, topic_words)
    claims = readings.read(promotes=False)
    flags = find_flags(analysis, claims, rules)
    # whether the page sells or hypes is read from its wording as raised, before any spare (review A2-H9)
    sells_or_hypes = page_sells_or_hypes(analysis, claims, flags, rules)
    # wording with an accurate use, said with what makes it accurate, on a page that promotes nothing; and the
    # advertising rules' wording on a page that neither sells nor hypes
    flags = spare_unpromoted(analysis, claims, flags, rules, sells_or_hypes=sells_or_hypes)
    # a safety question a bare yes answers: one finding, at the answer, where the answer keeps its flag
    flags = without_asked_safety(flags, analysis, rules)
    # a person's own story quoted on a page that neither sells nor hypes is theirs, not the page's claim (read once,
    # for the wording's flags here and the claims' flags below)
    accounts = () if sells_or_hypes else told_accounts(analysis)
    flags = spare_accounts(analysis, flags, rules, accounts)
    if readings.endorsed:
        # a signed story of a result is a customer's endorsement on a page that promotes, a patient's account on one
        # that does not (claims.ClaimReadings): whether it promotes is read once, by the signs the rules graded by
        # promotion read (a shop's terms among them: "or your money back", "Free returns"), from the wording flags as
        # spare_unpromoted leaves them and the claims read as accounts (a story's own reading is no sign)
        claims = readings.read(page_promotes(analysis, claims, flags, rules))
    by_code = {rule.code: rule for rule in rules}
    context = article_context(analysis, topic_words)
    kinds = kinds_defined(analysis, claims)  # "Keytruda is an immunotherapy": what the page's unknown names are
    subjects: dict[str, Terms] = {}  # a subject's terms, read once per source (many claims share one)
    by_claim: dict[str | None, list[Flag]] = {}
    for flag in flags:
        by_claim.setdefault(flag.claim_id, []).append(flag)
    assessed = []
    for claim in claims:
        claimed = _claimed_span(analysis, claim)
        first, last = analysis.token_range(*claimed)
        # what a claim names decides whether any statement addresses it; its polarity, the costlier half of its
        # terms, is read only when one does (for a minority of the claims of most articles)
        if not addresses(claim, _with_subject(content_terms(analysis, first, last), claim, analysis, kinds, subjects),
                         index, context):
            verdict = unaddressed(claim)
        else:
            own = by_claim.get(claim.claim_id, [])
            # what a ruling names is read as a clause of its own: the ruling's "myth" before it negates nothing
            terms = _with_subject(extract_terms(analysis, first, last, clause=claimed[0] > claim.start), claim,
                                  analysis, kinds, subjects)
            blocking = any(f.level in ("error", "warning") and by_code[f.code].pack in BLOCKING_PACKS for f in own)
            # what the page reports of others is not its claim; what it denies is ("There is no evidence that
            # ginseng improves memory" is contradicted by evidence that it does)
            verdict = assess_claim(claim, terms, index, blocking, context, claim.voice == "reported")
        # what the page rejects outright is judged as its rejection (evidence.assess_rejection)
        assessed.append(assess_rejection(verdict) if claim.voice == "rejected" else verdict)
    flags = sorted([*flags, *find_claim_flags(analysis, assessed, rules, flags)], key=lambda f: (f.start, f.end, f.code))
    # a promoted benefit whose sentence's selling word has an accurate reading, on a page that promotes nothing
    flags = spare_unpromoted(analysis, assessed, flags, rules, "claim", sells_or_hypes=sells_or_hypes)
    flags = spare_accounts(analysis, flags, rules, accounts)
    # a rule whose error level rests on advertising law keeps it only on a page that shows signs of promoting
    flags = grade_by_promotion(analysis, assessed, flags, rules)
    flags = _claim_spans(analysis, assessed, flags, by_code)
    codes: dict[str | None, set[str]] = {}
    for flag in flags:
        codes.setdefault(flag.claim_id, set()).add(flag.code)
    # the suggestion rewrites the claim's rule flags found before the verdict; one copy per claim sets both
    assessed = [evolve(claim, suggestion=_suggestion(claim, by_claim.get(claim.claim_id, []), by_code),
                         flags=tuple(sorted(codes.get(claim.claim_id, ())))) for claim in assessed]
    return SourceResult(analysis.source.path, tuple(assessed), tuple(flags))


def _claim_spans(analysis: Analysis, claims: list[Claim], flags: list[Flag], by_code: dict[str, Rule]) -> list[Flag]:
    """Flags of the rules whose span is their claim's (`span: claim`) from the claim's start to their match's end: the
    promise with the time that follows it ("Regulates irregular cycles in as little as 4 weeks"), not the time alone;
    from the sentence's start when no claim was read there ("Our spray clears blocked sinuses within minutes"). Within
    the match's line (a claim read across a list's items starts on an item before it) and after the rule's match before
    it ("Drift off in minutes and wake up refreshed from the very first night": two promises), from a word (not a
    list's tick, a rating's stars, an opening quotation mark or the "and" joining the promises). Widened last, once
    every reading of the match's own words is done; a match that opens its claim keeps its span."""
    source = analysis.source.text
    starts = {claim.claim_id: claim.start for claim in claims}
    widened: list[Flag] = []
    previous: dict[str, int] = {}  # each rule's last match end
    for flag in sorted(flags, key=lambda f: (f.start, f.end, f.code)):
        if by_code[flag.code].span != "claim":
            widened.append(flag)
            continue
        if flag.claim_id is not None:
            start = starts.get(flag.claim_id, flag.start)
        else:
            segment = analysis.segment_at_char(flag.start)
            start = segment.start if segment is not None else flag.start
        start = max(start, source.rfind("\n", 0, flag.start) + 1, previous.get(flag.code, 0))
        previous[flag.code] = flag.end
        while start < flag.start and not source[start].isalnum():
            start += 1
        joined = _joining_word().match(source, start, flag.start)
        if joined:
            start = joined.end()
        if not start < flag.start:
            widened.append(flag)
            continue
        line, column = analysis.source.line_col(start)
        text = " ".join(source[start:flag.end].split())
        widened.append(evolve(flag, start=start, line=line, column=column, text=text))
    return sorted(widened, key=lambda f: (f.start, f.end, f.code))


@lru_cache(maxsize=1)
def _joining_word() -> re.Pattern[str]:
    """A joining word and its space (lexicons/subjects.yml `joining_words`), passed over at a widened flag's start."""
    words = sorted(subject_words()["joining_words"])
    return re.compile(r"(?:%s)\s+" % "|".join(re.escape(w) for w in words), re.I)


def _claimed_span(analysis: Analysis, claim: Claim) -> tuple[int, int]:
    """The characters of what a claim claims: the claim, or for a claim the page rules on in the same sentence what the
    ruling leaves out ("The claim that |X cures Y| is not true", "It is a myth that |X cures Y|"), so that its evidence
    and polarity are read on "X cures Y" and not on the page's "not" or "myth" (`Analysis.ruled`,
    pipeline/rules/mentions.py)."""
    if claim.voice != "rejected" or not analysis.ruled:
        return claim.start, claim.end
    middle = (claim.start + claim.end) // 2
    spans = [(max(claim.start, begins), min(claim.end, ends)) for start, begins, ends, end in analysis.ruled
             if start <= middle < end and max(claim.start, begins) < min(claim.end, ends)]
    # two cues may rule on one claim ("The claim that X is a myth": "The claim that" and "is a myth"): the narrower
    # span is what is claimed
    return min(spans, key=lambda span: (span[1] - span[0], span), default=(claim.start, claim.end))


def _with_subject(terms: Terms, claim: Claim, analysis: Analysis,
                  kinds: dict[frozenset[str], frozenset[str]] | None = None,
                  subjects: dict[str, Terms] | None = None) -> Terms:
    """Add the concepts of the resolved subject when the claim's own words do not name it ("it targets …"), and the
    words by which the subject names a thing no concept names (`Terms.named_subject`: "colloidal silver"), with the
    interventions the page says that thing is a kind of (`kinds`, evidence.kinds_defined: "Keytruda is an
    immunotherapy"); `subjects` holds the subjects' terms read so far in the source."""
    if not claim.subject:
        return terms
    subjects = {} if subjects is None else subjects
    subject = subjects.get(claim.subject)
    if subject is None:
        subject = subjects[claim.subject] = subject_terms(claim.subject, analysis)
    name = subject_name(subject)
    kind = (kinds or {}).get(name, frozenset())
    if not kind and claim.subject.lower() in claim.text.lower():
        return evolve(terms, named_subject=name)
    own_words = claim.subject.lower() in claim.text.lower()
    added = {} if own_words else {k: v for k, v in subject.weights.items()
                                  if not k.startswith("w:") and k not in terms.weights}
    # each added term keeps the words naming it, so that one word ("statins": a drug and a treatment) counts once;
    # shifted past the article's tokens, they never meet the claim's own words
    shift = len(analysis.tokens)
    origins = {k: frozenset((first + shift, last + shift) for first, last in subject.origins.get(k, ()))
               for k in added if k in subject.origins}
    # ... and the kinds the page gives the thing, as one more word
    kind_terms = {k: 1.0 for k in sorted(kind) if k not in terms.weights and k not in added}
    added.update(kind_terms)
    origins.update({k: frozenset({(2 * shift, 2 * shift + 1)}) for k in kind_terms})
    return evolve(terms, named_subject=name, weights={**terms.weights, **added}, origins={**terms.origins, **origins},
                  diseases=tuple(sorted({*terms.diseases, *subject.diseases})))


def _suggestion(claim: Claim, flags: list[Flag], rules: dict[str, Rule]) -> str:
    """A safer wording for this claim: the evidence's strongest wording, or the flagged words rewritten."""
    decisive = claim.evidence[0] if claim.evidence else None
    if claim.status in ("contradicted", "overstated") and decisive:
        return decisive.safer_wording() + "."
    rewritten = apply_rewrites(claim.text, claim.start, flags, rules)  # not wanted when the evidence words it
    if claim.status == "unsupported":
        # what the page only reports or rejects is not its to cite ("Cite a source for: Many people say …")
        return f"Cite a source (trial or review, population, figures) for: {rewritten}" \
            if claim.voice in ("own", "denied") else ""
    return rewritten if rewritten != " ".join(claim.text.split()) else ""
