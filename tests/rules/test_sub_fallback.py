"""SUB is the fallback pack: where a cure rule reads the same words (a complaint gone, fixed or waved goodbye, the
clock turned back), that is the finding, and SUB's testimonial, transformation or imperative flag on them is not
raised besides (tests/gold/README.md: SUB only when no more specific pack flags the claim). On a page that promotes
nothing the cure rules read no words, and SUB's flag stays."""
import pytest

from conftest import audit_markdown

SHOP = "\n\nOrder now and get free shipping."


def _codes(markdown: str) -> set[str]:
    return {flag.code for flag in audit_markdown(markdown).flags}


@pytest.mark.parametrize("page, cure", [
    # a customer's story of a complaint gone, in several verbs and word orders: CUR010's cure claim
    ('"My psoriasis has completely vanished after two tubs." — Dawn, 51', "CUR010"),
    ('"Three weeks on the drops and my tinnitus is gone!" — Ken, 60', "CUR010"),
    ('"Since I started the patches my period cramps have disappeared." — Mia, 28', "CUR010"),
    ('"Within a fortnight my son\'s eczema had cleared." — Tom, 36', "CUR010"),
    # ... or fixed by the product: CUR009's
    ('"VitaFlex fixed my sciatica in ten days." — Raj, 45', "CUR009"),
])
def test_a_story_of_a_complaint_gone_is_the_cure_flag_alone(page, cure):
    codes = _codes(page + SHOP)
    assert cure in codes and "SUB010" not in codes


@pytest.mark.parametrize("page, cure, fallback", [
    ("Say goodbye to bloating with GutEase.", "CUR008", "SUB009"),
    ("Say farewell to heartburn, the natural way.", "CUR008", "SUB009"),
    ("Turn back your biological clock with NovaCell.", "CUR005", "SUB017"),
    ("Clear your varicose veins without surgery.", "CUR009", "SUB017"),
    # prec43: a time promise, a customer's story or a command whose claim a cure word, an eradication, a reversal, a
    # regrowth of damaged tissue or a permanent fix already flags is that cure flag alone (ruling 5 of
    # tests/gold/README.md: one cure flag, SUB yields; the `cure_claims` group of substantiation.yml, each of its
    # rules exercised here), and a command whose promise is a relative risk is RSK001's
    ("- Reverses gum disease in as little as 3 weeks", "CUR004", "SUB013"),
    ("- Regenerates damaged knee cartilage in just 8 weeks", "CUR005", "SUB013"),
    ("- Permanently realigns your spine in just 4 weeks", "CUR011", "SUB013"),
    ("- Our herbal treatment eradicates the cancer in as little as 6 weeks", "CUR003", "SUB013"),
    ('"My rosacea is completely cured." — Ann, 52', "CUR001", "SUB010"),
    ('"I\'m cured, after ten years of cystitis." — Lou, 33', "CUR001", "SUB010"),
    ('"The herbal treatment eradicated my cancer." — Ann, 52', "CUR003", "SUB010"),
    ("Cure your hay fever for good.", "CUR001", "SUB017"),
    ("Fix your bad posture permanently.", "CUR011", "SUB017"),
    ("Reduce your risk of amputation by 70%.", "RSK001", "SUB017"),
])
def test_a_cure_promise_in_a_sellers_formula_is_the_cure_flag_alone(page, cure, fallback):
    codes = _codes(page + SHOP)
    assert cure in codes and fallback not in codes


@pytest.mark.parametrize("page, code", [
    # a customer's result that no cure rule reads keeps SUB's testimonial flag
    ('"After a month on the capsules I can finally sleep again." — Jo, 44', "SUB010"),
    ('"The balm gave me my life back." — Bill, 70', "SUB010"),
    # years taken off, no complaint ended: SUB009's transformation
    ("Feel ten years younger in 30 days with NovaCell.", "SUB009"),
])
def test_a_result_no_cure_rule_reads_keeps_its_sub_flag(page, code):
    assert code in _codes(page + SHOP)


def test_on_a_page_that_promotes_nothing_the_story_keeps_its_sub_flag():
    """A hospital page's patient story: the cure rules read no words where nothing is promoted, so they supersede
    nothing and SUB010's testimonial flag stands (engine._restored)."""
    page = ("# Knee replacement: what to expect\n\nMost people go home two to three days after the operation. "
            "Physiotherapy starts the day after surgery.\n\nAfter six months my knee pain had completely gone, one "
            "patient told us.")
    codes = _codes(page)
    assert "SUB010" in codes and "CUR010" not in codes


# sub21: a wording rule of SUB that `yields_to` a pack drops its flag when that pack flags other words of the same
# sentence, or of the list item its label opens (an absolute, or a relative figure with no absolute one)
@pytest.mark.parametrize("page, specific, fallback", [
    ("- **Calms itching in seconds:** instant relief from bites", "EFF007", "SUB013"),
    ("- Calms itching in seconds: instant relief from bites", "EFF007", "SUB013"),
    ("Our tea detoxes 100% of toxins from your liver.", "ABS003", "SUB004"),
    ("It resets your gut so the results are permanent.", "ABS003", "SUB019"),
    ("Users in our survey reported up to 60% less back pain after a month.", "RSK001", "SUB018"),
])
def test_a_sub_wording_flag_yields_to_the_specific_pack_in_its_sentence(page, specific, fallback):
    codes = _codes(page + SHOP)
    assert specific in codes and fallback not in codes


@pytest.mark.parametrize("page, fallback", [
    ("- Calms itching in seconds: gentle relief from bites", "SUB013"),   # no absolute in the item
    ("Calms itching in seconds. Instant relief from bites.", "SUB013"),  # the absolute in the next sentence
    ("Our tea detoxes toxins from your liver.", "SUB004"),
    ("It resets your gut.", "SUB019"),
    ("Our device cuts back pain by up to 60% in a month.", "SUB018"),
])
def test_a_sub_wording_flag_with_no_specific_flag_beside_it_stays(page, fallback):
    assert fallback in _codes(page + SHOP)


def test_a_sub_wording_flag_keeps_its_finding_beside_a_flag_of_another_claim():
    """The relative risk is the first claim's finding; the second claim's figure keeps SUB018, not SUB003 in its
    place (the sentence is two claims)."""
    codes = _codes("CardioCalm lowers your risk of stroke by 40% and cuts cholesterol by 20%." + SHOP)
    assert "RSK001" in codes and "SUB018" in codes and "SUB003" not in codes


@pytest.mark.parametrize("page, specific, fallback", [
    # an absolute of the same claim, before or after the promise, takes the finding, a proof claimed (ABS007) too:
    # the gold scheme files the claim under ABS alone
    ("SleepWell works in just 3 nights, guaranteed.", "ABS003", "SUB013"),
    ("Lab tests prove that JointEase rebuilds worn cartilage.", "ABS007", "SUB019"),
])
def test_an_absolute_in_the_same_claim_still_takes_the_finding(page, specific, fallback):
    codes = _codes(page + SHOP)
    assert specific in codes and fallback not in codes


def test_yields_to_is_a_list_of_packs_or_rule_codes():
    from pipeline.errors import DataError
    from pipeline.rules.loader import parse_pack
    text = """pack: SUB
name: substantiation
rules:
  - code: SUB099
    name: t
    level: info
    authority: a
    message: m
    patterns: ["heals"]
    yields_to: {}
    example: "It heals."
    instead: "It may help."
"""
    assert parse_pack(text.format("[ABS, RSK001]"), "t.yml")[0].yields_to == ("ABS", "RSK001")
    # a group written once and named again (a YAML alias in the list) is flattened into it
    assert parse_pack(text.format("[[CUR003, CUR001], RSK]"), "t.yml")[0].yields_to == ("CUR001", "CUR003", "RSK")
    for bad in ("[abs]", "[ABS-1]", "ABS", "[[ABS, [RSK]]]"):
        with pytest.raises(DataError):
            parse_pack(text.format(bad), "t.yml")


def _sub099(extra: str, rule_type: str = "existence"):
    from pipeline.rules.loader import parse_pack
    text = f"""pack: SUB
name: substantiation
rules:
  - code: SUB099
    name: t
    type: {rule_type}
    level: info
    authority: a
    message: m
    {'patterns: ["heals"]' if rule_type == "existence" else 'when: {category: [efficacy]}'}
    {extra}
    example: "It heals."
    instead: "It may help."
"""
    return parse_pack(text, "t.yml")


@pytest.mark.parametrize("named", ["[SUB099]", "[SUB]", "[XYZ]", "[ABS999]"])
def test_yields_to_naming_its_own_rule_or_pack_or_an_unknown_one_is_an_error(named):
    from pipeline.errors import DataError
    from pipeline.rules.loader import check_named_rules, load_rules
    rules = [*load_rules(), *_sub099(f"yields_to: {named}")]
    with pytest.raises(DataError, match="yields_to names unknown rule"):
        check_named_rules(rules)


def test_yields_to_naming_another_pack_or_rule_is_accepted():
    from pipeline.rules.loader import check_named_rules, load_rules
    check_named_rules([*load_rules(), *_sub099("yields_to: [ABS, RSK001]")])


def test_yields_to_on_a_claim_rule_is_an_error():
    """A claim rule's finding is never read by engine._without_yielding: the key would be silently ignored."""
    from pipeline.errors import DataError
    assert _sub099("", "claim")[0].yields_to == ()
    with pytest.raises(DataError, match="yields_to is for existence rules only"):
        _sub099("yields_to: [ABS]", "claim")


@pytest.mark.parametrize("page, fallback", [
    # no cure read on the claim: the time promise or the story keeps its SUB flag
    ("- Eases knee stiffness in as little as 3 weeks", "SUB013"),
    ('"After a month of the cream my psoriasis has faded a lot." — Ann, 52', "SUB010"),
])
def test_a_sub_flag_with_no_cure_flag_on_its_claim_stays(page, fallback):
    assert fallback in _codes(page + SHOP)
