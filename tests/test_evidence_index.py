"""The evidence index's vectorised pre-test (`EvidenceIndex._reachable`) only saves work: `find` returns exactly
what it returns when every phrasing is scored."""

from __future__ import annotations

from pathlib import Path

from conftest import patches_methods
from pipeline.assessment import _with_subject
from pipeline.claims import extract_claims, find_topic_words
from pipeline.evidence import EvidenceIndex, article_context, extract_terms
from pipeline.ingest import load_source
from pipeline.nlp import analyse
from pipeline.references import load_library

REPO = Path(__file__).resolve().parent.parent


@patches_methods
def test_the_pre_test_never_drops_a_match():
    index = EvidenceIndex(load_library(REPO / "references"))
    queries = []
    for path in sorted((REPO / "sources").glob("*.txt")):
        analysis = analyse(load_source(path, path.name))
        context = article_context(analysis, find_topic_words(analysis))
        queries += [(_with_subject(extract_terms(analysis, *analysis.token_range(c.start, c.end)), c, analysis), context)
                    for c in extract_claims(analysis)]
    fast = [index.find(terms, context) for terms, context in queries]
    index._reachable = lambda *args: list(range(len(index.phrasings)))  # score every candidate
    assert fast == [index.find(terms, context) for terms, context in queries]
    assert sum(bool(found) for found in fast) > len(queries) / 2  # the comparison is not between empty lists



def test_the_pre_test_keeps_every_phrasing_that_passes_exactly():
    """`_reachable` is a bound: every phrasing whose exact score or coverage (summed in `find`'s order) passes is
    kept, for claims whose terms meet one posting list (tested on that list alone) and several (summed over the
    library), with either coverage threshold of `find` and with none (the score alone); and it keeps few of those
    that do not pass (it is no list of every posting)."""
    import math

    from pipeline.evidence import COVERAGE_THRESHOLD, MATCH_THRESHOLD, PHRASING_WEIGHTS, SHORT_COVERAGE_THRESHOLD

    index = EvidenceIndex(load_library(REPO / "references"))
    claims = [dict(vector) for vector, _ in index.vectors[::7]]
    claims += [{term: weight} for claim in claims[:40] for term, weight in list(claim.items())[:1]]  # one term each
    claims += [{t: w for t, w in claim.items() if i % 2} for claim in claims[:40] for i in range(2)]
    one_list = several = kept = passed_none = 0
    for vector, covering in [(v, c) for v in filter(None, claims)
                             for c in (COVERAGE_THRESHOLD, SHORT_COVERAGE_THRESHOLD, 0.0)]:
        norm, total = math.sqrt(sum(w * w for w in vector.values())), sum(vector[t] for t in sorted(vector))
        found = index._reachable(vector, norm, total, covering)
        lists = sum(term in index.posting_arrays for term in vector)
        one_list, several = one_list + (lists == 1), several + (lists > 1)
        for number, (theirs, their_norm) in enumerate(index.vectors):
            weight = PHRASING_WEIGHTS[index.phrasings[number].kind]
            shared = sorted(vector.keys() & theirs.keys())
            if not weight or not shared:
                continue
            score = sum(vector[t] * theirs[t] for t in shared) / (norm * their_norm) * weight
            coverage = sum(vector[t] for t in shared) / total * weight
            passes = score >= MATCH_THRESHOLD or bool(covering) and coverage >= covering
            assert not passes or number in found, (sorted(vector), number)
            kept, passed_none = kept + passes, passed_none + (number in found and not passes)
    assert one_list > 20 and several > 20 and kept > 50
    assert passed_none < kept  # a bound close to the exact test

def test_cached_terms_are_the_terms():
    """The evidence terms the cache keeps (`terms_record`, through JSON) give the index every field of every
    phrasing's terms back, so a warm run judges claims as a cold one does."""
    import json

    fresh = EvidenceIndex(load_library(REPO / "references"))
    cached = EvidenceIndex(fresh.library, terms=json.loads(json.dumps(fresh.terms_record())))
    assert [p.terms for p in cached.phrasings] == [p.terms for p in fresh.phrasings]


def test_a_claim_is_looked_up_by_what_it_names():
    """`audit_source` looks a claim up with `content_terms` and reads its polarity (`extract_terms`) only when a
    statement addresses it: the two agree on every field the look-up reads, and the verdicts are those of judging
    every claim with its whole terms."""
    from dataclasses import fields, replace

    from pipeline.audit import audit_source
    from pipeline.evidence import Terms, assess_claim, content_terms
    from pipeline.rules.loader import load_rules

    index = EvidenceIndex(load_library(REPO / "references"))
    looked_up = ("weights", "words", "origins", "diseases", "everyday", "absolute", "frequent", "caused", "treated")
    defaults = Terms({}, False)
    addressed = 0
    for path in sorted((REPO / "sources").glob("*.txt")):
        analysis = analyse(load_source(path, path.name))
        context = article_context(analysis, find_topic_words(analysis))
        result = audit_source(analysis, index, load_rules())
        for claim in result.claims:
            first, last = analysis.token_range(claim.start, claim.end)
            named, whole = content_terms(analysis, first, last), extract_terms(analysis, first, last)
            assert {f: getattr(named, f) for f in looked_up} == {f: getattr(whole, f) for f in looked_up}
            # read whole only when a disease follows a treatment (it may be a harm of it: `caused`), but for the head
            # of what it asserts, which only `assess_claim` reads (of `extract_terms`)
            assert not named.head
            head_read = {f: getattr(whole, f) for f in ("head", "name_given", "head_general", "head_verbs")}
            assert replace(named, **head_read) == whole or all(
                getattr(named, f.name) == getattr(defaults, f.name) for f in fields(Terms)
                if f.name not in looked_up + ("negative",))
            eager = assess_claim(claim, _with_subject(whole, claim, analysis), index, False, context)
            assert claim.evidence == eager.evidence  # the matches do not depend on the wording flags (False here)
            if not claim.evidence:
                assert (claim.status, claim.rationale) == (eager.status, eager.rationale)
            addressed += bool(claim.evidence)
    assert addressed > 20  # the sources' claims are mostly addressed by the bundled library
