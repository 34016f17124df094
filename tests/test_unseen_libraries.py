"""Evidence verdicts against two verified reference libraries on topics the engine was not built on (statins, HPV
vaccination; tests/fixtures/libraries/). The claims were written for these tests in the wording of patient pages and
of sceptical blogs; each carries the verdict a medical reviewer would give against that library, and the statement
(or statements, when two say the same) that decides it. Each claim is read on a page under a title naming the topic,
as on a real page. Where the engine is wrong the case is a strict xfail whose reason gives the cause in one line."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from pipeline.audit import audit_source
from pipeline.evidence import EvidenceIndex
from pipeline.nlp import analyse_text
from pipeline.references import load_library, validate_library
from pipeline.rules.loader import load_rules

LIBRARIES = Path(__file__).parent / "fixtures" / "libraries"
PAGE_TITLES = {"statins": "Statins and heart disease", "hpv": "HPV and cervical cancer"}


@cache
def evidence_index(topic: str) -> EvidenceIndex:
    return EvidenceIndex(load_library(LIBRARIES / topic))


@cache
def rules():
    return load_rules()


def page_verdicts(topic: str, sentence: str) -> list[tuple[str, str | None]]:
    """(status, deciding statement) of each claim the engine finds in `sentence`, read under the topic's title."""
    title = PAGE_TITLES[topic]
    result = audit_source(analyse_text(f"{title}\n\n{sentence}"), evidence_index(topic), rules())
    return [(c.status, c.evidence[0].evidence_id if c.evidence else None)
            for c in result.claims if c.start > len(title)]


def case(sentence, status, statements=(), why_wrong=None):
    marks = [pytest.mark.xfail(strict=True, reason=why_wrong)] if why_wrong else []
    return pytest.param(sentence, status, frozenset(statements), marks=marks, id=sentence[:60])


STATIN_CASES = [
    # true claims, as a patient page words them
    case("Statins lower LDL cholesterol.", "supported", ["ev-statin-ldl-1", "ev-statin-mve-1"]),
    case("Taking a statin reduces your risk of heart attack and stroke.", "supported",
         ["ev-statin-mve-1", "ev-statin-ldl-1"]),
    case("Serious liver damage from statins is rare.", "supported", ["ev-statin-liver-1"]),
    case("High cholesterol is a risk factor for heart disease.", "supported", ["ev-statin-cholesterol-risk-1"]),
    case("Statins also benefit people at low risk of heart disease.", "supported", ["ev-statin-lowrisk-1"]),
    case("For most patients, the benefits of statins outweigh the risks.", "supported", ["ev-statin-benefit-risk-1"]),
    # (its statement names diabetes, a harm statins cause, not the page's disease: a disease a treatment causes is a
    # side effect, evidence._caused_diseases)
    case("Statins have been reported to raise blood sugar levels in some people.", "supported",
         ["ev-statin-glucose-1"]),
    case("Statins may cause memory problems in some people, which usually go away when the drug is stopped.",
         "supported", ["ev-statin-memory-1"],
         why_wrong="the main clause is supported (FDA's 'potential for ... cognitive side effects' carries 'may cause'); "
                   "the relative clause 'which usually go away when the drug is stopped' is a claim of its own, read as "
                   "direct causal, above the statement's conditional limit"),
    # overclaims
    case("Statins cause diabetes.", "overstated", ["ev-statin-glucose-1"]),
    case("Statins cause memory loss.", "overstated", ["ev-statin-memory-1"]),
    case("Statins completely eliminate the risk of heart attack.", "overstated", ["ev-statin-mve-1", "ev-statin-ldl-1"]),
    case("Statins guarantee that you will never have a heart attack.", "overstated",
         ["ev-statin-mve-1", "ev-statin-ldl-1"],
         why_wrong="'guarantee ... never have a heart attack' scores 0.27 against ev-statin-mve-1, under the 0.30 "
                   "match threshold, so no statement is found"),
    # false claims, as a sceptical blog words them
    case("Statins do more harm than good.", "contradicted", ["ev-statin-benefit-risk-2"]),
    case("Statins are toxic to the liver.", "contradicted", ["ev-statin-liver-2"]),
    case("Statins are useless for healthy people without heart disease.", "contradicted", ["ev-statin-lowrisk-2"]),
    case("Most people who take statins get side effects.", "contradicted", ["ev-statin-adverse-claims-1"]),
    case("Serious liver problems are a common side effect of statins.", "contradicted", ["ev-statin-liver-2"]),
    # serious liver injury happens, if rarely: rare is not none
    case("Statins have no serious side effects.", "contradicted", ["ev-statin-liver-1"],
         why_wrong="a harm named with its treatment ('serious liver injury with statins') is not read as one of its "
                   "side effects, so the claim's 'side effects' never meets ev-statin-liver-1; it is unsupported"),
    # claims the library does not address
    case("Coenzyme Q10 supplements relieve muscle aches.", "unsupported"),
    case("Red yeast rice works as well as a prescription drug.", "unsupported"),
    case("Eating oats every morning lowers cholesterol.", "unsupported"),
    case("Walking thirty minutes a day improves your mood.", "unsupported"),
]

HPV_CASES = [
    # true claims
    case("HPV causes most cases of cervical cancer.", "supported", ["ev-hpv-cause-1"]),
    case("The HPV vaccine is safe.", "supported", ["ev-hpv-safety-1"]),
    case("HPV vaccines work best when given before exposure to the virus.", "supported",
         ["ev-hpv-efficacy-1", "ev-hpv-early-1"]),
    case("The vaccine does not treat an existing HPV infection.", "supported", ["ev-hpv-notreat-1"]),
    case("There is no cure for HPV infection.", "supported", ["ev-hpv-notreat-1"]),
    case("Vaccinated women still need regular Pap tests.", "supported", ["ev-hpv-screening-1"]),
    case("HPV infection is very common.", "supported", ["ev-hpv-common-1"]),
    case("HPV vaccines protect young women against cervical precancer.", "supported", ["ev-hpv-precancer-1"]),
    # (the negation denies sexual activity, not teenagers: evidence._denied_content)
    case("Getting the HPV vaccine does not make teenagers more sexually active.", "supported", ["ev-hpv-sexual-1"]),
    # overclaims
    case("The HPV vaccine prevents all cervical cancers.", "overstated", ["ev-hpv-70pct-1"]),
    case("The HPV vaccine prevents cervical cancer.", "overstated", ["ev-hpv-70pct-1"]),
    case("The HPV vaccine is 100% effective.", "overstated", ["ev-hpv-efficacy-1"]),
    # false claims
    case("The HPV vaccine is dangerous.", "contradicted", ["ev-hpv-safety-2"]),
    case("The HPV vaccine encourages promiscuity.", "contradicted", ["ev-hpv-sexual-2"]),
    case("This herbal protocol cures HPV naturally.", "contradicted", ["ev-hpv-notreat-2"]),
    case("Vaccinated women no longer need cervical screening.", "contradicted", ["ev-hpv-screening-1"]),
    case("The HPV vaccine protects against every type of HPV.", "contradicted", ["ev-hpv-screening-1"]),
    case("Gardasil causes serious harm to young girls.", "contradicted", ["ev-hpv-safety-2"]),  # aliases.csv
    # claims the library does not address
    case("Condoms fully protect against HPV.", "unsupported"),
    case("Smoking increases the risk of cervical cancer.", "unsupported"),
    case("The hepatitis B vaccine prevents liver cancer.", "unsupported"),
]


@pytest.mark.parametrize("topic", sorted(PAGE_TITLES))
def test_the_verified_library_is_valid(topic):
    assert validate_library(LIBRARIES / topic) == []


def assert_verdict(topic, sentence, status, statements):
    verdicts = page_verdicts(topic, sentence)
    assert verdicts, "no claim found"
    for found_status, found_statement in verdicts:
        assert found_status == status
        if statements:  # an unsupported claim may still show its nearest statement
            assert found_statement in statements


@pytest.mark.parametrize(("sentence", "status", "statements"), STATIN_CASES)
def test_statin_claims(sentence, status, statements):
    assert_verdict("statins", sentence, status, statements)


@pytest.mark.parametrize(("sentence", "status", "statements"), HPV_CASES)
def test_hpv_claims(sentence, status, statements):
    assert_verdict("hpv", sentence, status, statements)
