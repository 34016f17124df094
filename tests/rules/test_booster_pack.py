"""Boosters are efficacy findings: the immune-boosting and vague-function-boost rules live in EFF (EFF005, EFF006)
under their old names; SUB002 and SUB006 are retired."""
import pytest

from pipeline.errors import DataError
from pipeline.rules.loader import load_rules, select_rules

BOOSTER_NAMES = ("immune-boosting", "vague-function-boost")


def test_booster_rules_are_in_the_efficacy_pack():
    """"Boosts your immune system", "boosts energy levels": the gold scheme's EFF (unhedged efficacy and boosters,
    tests/gold/README.md), not its SUB fallback; the rules keep their names."""
    by_name = {rule.name: rule for rule in load_rules()}
    assert [(by_name[n].code, by_name[n].pack) for n in BOOSTER_NAMES] == [("EFF005", "EFF"), ("EFF006", "EFF")]


def test_boosters_still_selected_apart_by_name():
    """A CI user who ignored the boosters by name still can; the benefit-claim rules of SUB stay on."""
    kept = {rule.code for rule in select_rules(load_rules(), ignore=BOOSTER_NAMES)}
    assert not kept & {"EFF005", "EFF006"}
    assert {"SUB003", "SUB005", "EFF001", "EFF004"} <= kept


@pytest.mark.parametrize("retired", ["SUB002", "SUB006"])
def test_retired_booster_codes_are_an_error_not_silence(retired):
    """A retired code must not silently select nothing (README: Retired rule codes)."""
    with pytest.raises(DataError, match="unknown rule"):
        select_rules(load_rules(), ignore=(retired,))
