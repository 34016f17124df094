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


@pytest.mark.parametrize("text, code", [("Our formula supercharges your immune system.", "EFF005"),
                                        ("Skyrocket your energy with every scoop.", "EFF006")])
def test_a_booster_supersedes_the_verb_of_force_on_its_words(text, code):
    """One finding per claim: the booster's (with its authorised wording), not EFF004's verb of force as well."""
    codes = [flag.code for flag in flags_for(text + " Add to cart today for free shipping.")]
    assert code in codes and "EFF004" not in codes


def test_the_verb_of_force_alone_keeps_its_flag():
    assert "EFF004" in [flag.code for flag in flags_for("Cold plunges crush inflammation.")]
