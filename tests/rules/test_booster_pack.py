"""Boosters are efficacy findings: the immune-boosting and vague-function-boost rules live in EFF (EFF005, EFF006)
under their old names; SUB002 and SUB006 are retired."""
import pytest

from pipeline.errors import DataError
from pipeline.rules.loader import load_rules, select_rules
from conftest import flags_for

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


@pytest.mark.parametrize("retired, now", [("SUB002", "EFF005"), ("SUB006", "EFF006")])
def test_retired_booster_codes_are_an_error_not_silence(retired, now):
    """A retired code must not silently select nothing (README: Retired rule codes); the error names its new code."""
    with pytest.raises(DataError, match=now):
        select_rules(load_rules(), ignore=(retired,))


@pytest.mark.parametrize("text, kept, dropped", [
    ("Our formula supercharges your immune system.", "EFF005", "EFF004"),
    ("Skyrocket your energy with every scoop.", "EFF004", "EFF006")])
def test_one_efficacy_finding_on_one_boast(text, kept, dropped):
    """One finding per claim, now that the boosters are EFF: the immune booster's (with its authorised wording) over
    EFF004's verb of force, and the verb of force, which says what is wrong with "skyrocket", over EFF006's vague
    function boost."""
    codes = [flag.code for flag in flags_for(text + " Add to cart today for free shipping.")]
    assert kept in codes and dropped not in codes


def test_a_vague_function_boost_alone_keeps_its_flag():
    assert "EFF006" in [flag.code for flag in flags_for("Boosts energy levels all day. Add to cart today.")]
