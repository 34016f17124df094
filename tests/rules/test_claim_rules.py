"""Claim rules (type: claim): sentence wording conditions and one finding per claim and pack."""

from __future__ import annotations

from conftest import flags_for


def test_one_claim_rule_finding_per_claim_and_pack():
    """Overstated (SUB001) and in selling words (SUB003): the claim gets the first, not both."""
    codes = [f.code for f in flags_for("Our CAR-T therapy improves the quality of life of patients with myeloma.")
             if f.code.startswith("SUB")]
    assert codes == ["SUB001"]


def test_a_claim_rule_requires_its_sentence_wording():
    """SUB003's `requires.sentence_matches`: the same unsupported claim, with and without selling words."""
    assert "SUB003" in {f.code for f in flags_for("Our tea lowers blood sugar.")}
    assert "SUB003" not in {f.code for f in flags_for("Green tea lowers blood sugar.")}
