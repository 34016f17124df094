"""An article the rules were not written from: a supplement page about diabetes, in HTML, against the myeloma
library. The wording problems are found; no myeloma evidence is used to judge diabetes claims."""

from __future__ import annotations

from pathlib import Path

from conftest import shipped_index
from pipeline.audit import audit_source
from pipeline.ingest import load_source
from pipeline.nlp import analyse
from pipeline.rules.loader import load_rules

PAGE = Path(__file__).resolve().parent / "fixtures" / "unseen" / "glucose-supplement.html"


def audit():
    source = load_source(PAGE)
    return source, audit_source(analyse(source), shipped_index(), load_rules())


def test_wording_problems_are_flagged_where_they_are():
    source, result = audit()
    found = {(f.code, f.text) for f in result.flags}
    for expected in [("CUR002", "miracle"), ("AUT004", "Clinically proven"), ("SAF001", "no side effects"),
                     ("AUT001", "Studies show"), ("AUT001", "Doctors agree"), ("RSK001", "30% less likely"),
                     ("CMP002", "better than"), ("ABS001", "targets only"), ("ABS002", "untouched"),
                     ("CAU001", "In mice"), ("CUR001", "cured"), ("HYP001", "groundbreaking")]:
        assert expected in found, expected
    for flag in result.flags:
        assert source.raw[flag.start:flag.end] == flag.text


def test_navigation_scripts_and_footer_are_not_audited():
    source, result = audit()
    texts = " ".join(c.text for c in result.claims)
    assert "Shop" not in texts and "track" not in texts and "GlucoFix Inc" not in texts


def test_myeloma_evidence_does_not_judge_diabetes_claims():
    _, result = audit()
    assert result.claims and all(c.status == "unsupported" for c in result.claims)


SCABIES = """Scabies: Facts for Families

Scabies is caused by tiny mites that burrow under the surface. Scabies spreads through long close contact with another
person. Scabies is common in crowded places such as nursing homes. The mites cannot jump or fly. Don't scratch the
rash. Never share towels or bedding with someone who has scabies. Wash clothes and bedding in hot water. Most people
stop itching a few weeks after the mites are gone. Talk to a doctor if the itching lasts.
"""


def test_claims_about_a_disease_the_lexicon_does_not_know_are_found_and_advice_is_not(tmp_path):
    page = tmp_path / "scabies.txt"
    page.write_text(SCABIES, encoding="utf-8")
    result = audit_source(analyse(load_source(page)), shipped_index(), load_rules())
    found = [c.text for c in result.claims]
    # scabies and its mites are named in no lexicon: the title and the lead sentence say they are the topic
    for claim in ("Scabies is caused by tiny mites that burrow under the surface",
                  "Scabies is common in crowded places such as nursing homes",
                  "The mites cannot jump or fly",
                  "Most people stop itching a few weeks after the mites are gone"):
        assert claim in found, claim
    for advice in ("Don't scratch", "Never share", "Wash clothes", "Talk to a doctor"):
        assert not any(text.startswith(advice) for text in found), advice
