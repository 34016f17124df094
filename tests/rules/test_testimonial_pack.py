"""Testimonials are substantiation findings: the TST pack's rules live in SUB (SUB010, SUB012) under their old names;
TST002's signature flag (SUB011) is retired, the signed story's result read by SUB015."""
import pytest

from pipeline.errors import DataError
from pipeline.rules.loader import load_rules, select_rules

TESTIMONIAL_NAMES = ("testimonial-outcome", "testimonial-claim", "crowd-endorsement")


def test_testimonial_rules_are_in_the_substantiation_pack():
    """A customer's story of a result is the seller's unsubstantiated claim that the product works (16 CFR 255.2(a)),
    the gold scheme's SUB: the rules carry the SUB pack and keep their names."""
    by_name = {rule.name: rule for rule in load_rules()}
    assert [(by_name[n].code, by_name[n].pack) for n in TESTIMONIAL_NAMES] == [
        ("SUB010", "SUB"), ("SUB015", "SUB"), ("SUB012", "SUB")]


def test_testimonials_still_selected_apart_by_name():
    """A CI user who ignored testimonials alone still can, by name; the other SUB rules stay on."""
    kept = {rule.code for rule in select_rules(load_rules(), ignore=TESTIMONIAL_NAMES)}
    assert not kept & {"SUB010", "SUB015", "SUB012"}
    assert {"SUB003", "SUB005", "SUB009"} <= kept


@pytest.mark.parametrize("retired", ["TST", "TST001", "TST*"])
def test_retired_testimonial_codes_are_an_error_not_silence(retired):
    """A retired code must not silently select nothing (README: Retired rule codes)."""
    with pytest.raises(DataError, match="unknown rule"):
        select_rules(load_rules(), ignore=(retired,))


@pytest.mark.parametrize("retired, now", [("TST001", "SUB010"), ("tst003", "SUB012"), ("EFF002", "ABS007"),
                                          ("SUB011", "SUB015"), ("TST002", "SUB015")])
def test_retired_code_names_its_rule_now(retired, now):
    """The rules' `formerly` is the one record of retired codes: --select/--ignore naming one is told the new code."""
    from pipeline.rules.loader import retired_codes

    assert retired_codes() == {"EFF002": "ABS007", "SUB002": "EFF005", "SUB006": "EFF006", "TST001": "SUB010",
                               "TST002": "SUB015", "SUB011": "SUB015", "TST003": "SUB012"}
    with pytest.raises(DataError, match=f"retired, its rule is {now} now"):
        select_rules(load_rules(), select=(retired,))


def test_a_former_code_is_never_a_current_one():
    from pipeline.rules.loader import check_formerly, parse_pack

    def pack(formerly: str) -> str:
        rule = ("  - code: ZZZ00{n}\n    name: z{n}\n    level: info\n    authority: a\n    message: m\n"
                "    example: e\n    instead: i\n    patterns: [z]\n")
        return ("pack: ZZZ\nname: test\ntitle: Test\nrules:\n" + rule.format(n=1)
                + f"    formerly: [{formerly}]\n" + rule.format(n=2))
    check_formerly(parse_pack(pack("YYY001"), "zzz.yml"))  # a code no rule has: fine
    with pytest.raises(DataError, match="never reused"):
        check_formerly(parse_pack(pack("ZZZ002"), "zzz.yml"))
    with pytest.raises(DataError, match="formerly must be a list of rule codes"):
        parse_pack(pack("bad"), "zzz.yml")


@pytest.mark.parametrize("story, result, signature", [
    ('"After a month my ankles are much slimmer." — Sarah, 42', "my ankles are much slimmer", "Sarah, 42"),
    ('"My blood pressure is finally normal after six weeks." – Tom B., 57', "My blood pressure is finally normal",
     "Tom B., 57"),
    ('"Within ten days my knees were moving freely again." - Mia, 34', "my knees were moving freely", "Mia, 34"),
    ('“I came off my reflux tablets in a month.” — Dev, 38, Leeds', "I came off my reflux tablets", "Dev, 38"),
    ('"My HbA1c dropped from 58 to 44 on FloraSlim." ― Graham, 61', "My HbA1c dropped from 58 to 44", "Graham, 61"),
])
def test_a_signed_story_is_flagged_at_its_result_not_its_signature(story, result, signature):
    """The name and age under a customer's quote is no claim; the result the quote tells is (16 CFR 255.2(a))."""
    from conftest import audit_markdown

    page = f"# NovaFlex capsules\n\n## Real stories\n\n{story}\n\nOrder now and get free shipping.\n"
    found = audit_markdown(page).flags
    at = page.index(signature)
    assert not [f.code for f in found if f.start < at + len(signature) and f.end > at]
    start = page.index(result)
    assert [f.code for f in found if f.code.startswith("SUB") and f.start < start + len(result) and f.end > start]

