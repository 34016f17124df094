"""Testimonials are substantiation findings: the TST pack's rules live in SUB (SUB010, SUB012) under their old names;
TST002's signature flag (SUB011, named-testimonial) is retired with nothing in its place, the signed story's result
read by SUB015."""
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
    """A CI user who ignored testimonials alone by their old names still can: the retired named-testimonial is
    accepted (it switches nothing off, and not SUB015, a rule of another name), the other SUB rules stay on."""
    old_names = ("testimonial-outcome", "named-testimonial", "crowd-endorsement")
    kept = {rule.code for rule in select_rules(load_rules(), ignore=old_names)}
    assert not kept & {"SUB010", "SUB012"}
    assert {"SUB015", "SUB003", "SUB005", "SUB009"} <= kept
    kept = {rule.code for rule in select_rules(load_rules(), ignore=TESTIMONIAL_NAMES)}
    assert not kept & {"SUB010", "SUB015", "SUB012"}
    assert {"SUB003", "SUB005", "SUB009"} <= kept


@pytest.mark.parametrize("named", ["SUB011", "sub011", "TST002", "named-testimonial", "Named-Testimonial"])
def test_a_rule_retired_with_nothing_in_its_place_is_ignored_with_its_reason_and_never_selected(named):
    """--ignore naming a rule that nothing replaces (by its code, a former code or its name) is accepted with a
    warning that says why it went, and switches off no other rule; --select naming it is an error with the reason."""
    from pipeline.rules.loader import retired_warnings

    assert select_rules(load_rules(), ignore=(named,)) == load_rules()
    [warning] = retired_warnings((named,))
    assert "SUB011 (named-testimonial), retired, nothing replaces it: it flagged the name signed under" in warning
    with pytest.raises(DataError, match="is retired and nothing replaces it: it flagged the name signed"):
        select_rules(load_rules(), select=(named,))
    with pytest.raises(DataError, match="is retired and nothing replaces it"):
        select_rules(load_rules(), select=("SUB010", named), ignore=(named,))


def test_a_renamed_code_and_a_current_name_give_no_retired_warning():
    from pipeline.rules.loader import retired_warnings

    assert retired_warnings(("TST001", "testimonial-claim", "SUB015", "named-*")) == []
    with pytest.raises(DataError, match="unknown rule 'named-\\*'"):  # a glob is read as a glob: nothing matches
        select_rules(load_rules(), ignore=("named-*",))


@pytest.mark.parametrize("retired", ["TST", "TST001", "TST*"])
def test_retired_testimonial_codes_are_an_error_not_silence(retired):
    """A retired code must not silently select nothing (README: Retired rule codes)."""
    with pytest.raises(DataError, match="unknown rule"):
        select_rules(load_rules(), ignore=(retired,))


@pytest.mark.parametrize("retired, now", [("TST001", "SUB010"), ("tst003", "SUB012"), ("EFF002", "ABS007")])
def test_retired_code_names_its_rule_now(retired, now):
    """The rules' `formerly` is the one record of retired codes: --select/--ignore naming one is told the new code."""
    from pipeline.rules.loader import retired_codes

    assert retired_codes() == {"ABS005": "EFF007", "EFF002": "ABS007", "SUB002": "EFF005", "SUB006": "EFF006",
                               "TST001": "SUB010", "TST003": "SUB012"}
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


def test_a_former_name_is_no_rules_name_now_and_belongs_to_one_rule():
    """A renamed rule's former name (`formerly_named`) is no rule's name now, no other rule's former name and no
    retired rule's name: --select/--ignore naming it must mean one rule."""
    from pipeline.patterns import load_yaml
    from pipeline.rules.loader import _parse_retired, check_formerly, parse_pack

    def pack(first: str, second: str = "") -> list:
        rule = ("  - code: ZZZ00{n}\n    name: z-{word}\n    level: info\n    authority: a\n    message: m\n"
                "    example: e\n    instead: i\n    patterns: [z]\n")
        return parse_pack("pack: ZZZ\nname: test\ntitle: Test\nrules:\n"
                          + rule.format(n=1, word="one") + f"    formerly_named: [{first}]\n"
                          + rule.format(n=2, word="two") + (f"    formerly_named: [{second}]\n" if second else ""),
                          "zzz.yml")

    gone = _parse_retired(load_yaml("pack: ZZZ\nretired:\n  - {code: ZZZ009, name: old-gone, reason: r}\n",
                                    "zzz.yml"), "zzz.yml")
    check_formerly(pack("old-one", "old-two"), gone)  # each former name one rule's, none current or retired: fine
    with pytest.raises(DataError, match=r"formerly named \['z-two'\]: a rule's name now"):
        check_formerly(pack("z-two"))
    with pytest.raises(DataError, match="ZZZ001 had that name too"):
        check_formerly(pack("old-one", "old-one"))
    with pytest.raises(DataError, match="retired rule ZZZ009 had that name too"):
        check_formerly(pack("old-gone"), gone)


def test_a_retired_rules_code_and_name_are_no_current_rules():
    """A rule retired with nothing in its place keeps its code (and former codes) from reuse and its name from a
    current rule, so that --ignore naming it can mean nothing else; its entry is checked as a rule's is."""
    from pipeline.patterns import load_yaml
    from pipeline.rules.loader import _parse_retired, check_formerly, parse_pack

    rules = parse_pack("pack: ZZZ\nname: test\ntitle: Test\nrules:\n  - {code: ZZZ001, name: z1, level: info, "
                       "authority: a, message: m, example: e, instead: i, patterns: [z], formerly: [YYY001]}\n",
                       "zzz.yml")

    def retired(entry: str) -> list:
        return _parse_retired(load_yaml(f"pack: ZZZ\nretired:\n  - {{{entry}}}\n", "zzz.yml"), "zzz.yml")

    check_formerly(rules, retired("code: ZZZ009, name: z9, reason: gone, formerly: [YYY009]"))  # fine
    for clash in ("code: ZZZ001, name: z9, reason: r", "code: ZZZ009, name: z9, reason: r, formerly: [YYY001]"):
        with pytest.raises(DataError, match="never reused"):
            check_formerly(rules, retired(clash))
    with pytest.raises(DataError, match="is a rule's name now"):
        check_formerly(rules, retired("code: ZZZ009, name: z1, reason: r"))
    for bad, error in (("code: YYY009, name: z9, reason: r", "pack prefix ZZZ"),
                       ("code: ZZZ009, name: z9", "missing or empty 'reason'"),
                       ("code: ZZZ009, name: z9, reason: r, level: info", "a retired rule is a mapping")):
        with pytest.raises(DataError, match=error):
            retired(bad)


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
