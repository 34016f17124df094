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
    for expected in [("CUR002", "miracle"), ("EFF002", "Clinically proven to"), ("SAF001", "no side effects"),
                     ("AUT001", "Studies show"), ("AUT001", "Doctors agree"), ("RSK001", "30% less"),
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
