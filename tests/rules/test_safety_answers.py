"""SAF005: an FAQ's bare answer that rules out the harms its question asks about (questions.answers_safety_question)."""

from __future__ import annotations

import pytest

from pipeline.audit import audit_source
from pipeline.ingest import build_source
from pipeline.nlp import analyse
from pipeline.rules.loader import load_rules
from conftest import shipped_index

# a shop's lines: the page sells (SAF005 is silent on a page that neither sells nor hypes)
SHOP = "\n\n# CalmDerm Balm\n\nOrder now for £29.99 with free delivery. Buy two, get one free.\n"


def _flags(page: str, shop: str = SHOP) -> list[tuple[str, str]]:
    analysis = analyse(build_source("page.md", page + shop, "md"))
    return [(f.code, f.text) for f in audit_source(analysis, shipped_index(), load_rules()).flags]


@pytest.mark.parametrize(("page", "answer"), [
    # a no to a named harm
    ("**Are there any side effects?**\nNone at all.\n", "None at all"),
    # the flag starts after the answer's label: the label says who speaks, the words after it what is claimed
    ("**Q: Is there any risk of infection?**\nA: None whatsoever.\n", "None whatsoever"),
    ("**Q: Are there any side effects?**\nAns: Never.\n", "Never"),  # every label questions.py reads
    ("Q: Are there any side effects?\nAnswer: None at all.\n", "None at all"),
    ("**Are there any side effects?**\nNo, none at all.\n", "No"),  # a second opener after the comma
    ("**Are there any side-effects?**\nNone.\n", "None"),  # a harm's phrase, its hyphen no word
    ("## Is it addictive?\n\nNever.\n", "Never"),
    ("**Will it interact with my blood pressure tablets?**\nNo.\n", "No"),
    # a yes to "safe" that is no bare yes of the question stage's list: the answer, not an absolute word
    ("**Is it safe for children?**\nCompletely.\n", "Completely"),
    ("**Is it safe to use every day?**\nTotally. Just rub a little into the skin.\n", "Totally"),
    # a bare yes of the question stage's list: the answer promises, the question only asks
    ("**Is it safe?**\nAbsolutely. Just take two with water.\n", "Absolutely"),
    ("## Is it safe during pregnancy?\n\nYes.\n", "Yes"),
])
def test_a_bare_answer_that_rules_out_harm_is_flagged(page, answer):
    flags = _flags(page)
    assert ("SAF005", answer) in flags
    assert not any(code == "ABS003" for code, _ in flags)  # "Completely." is the safety promise, one finding


@pytest.mark.parametrize("page", [
    # a yes to a harm, or a no to safety: the answer warns
    "**Are there any side effects?**\nYes, some users notice mild redness for an hour.\n",
    "**Is it safe in pregnancy?**\nNo. Do not use the balm if you are pregnant.\n",
    "**Is it safe for children?**\nAbsolutely not under the age of 12.\n",
    # an opener that starts a statement, not a bare answer
    "**Are there any serious side effects?**\nNone were found in our trial of 40 adults.\n",
    # a harm to a thing, not to the body; pain, an absolute of comfort, not a harm ruled out
    "**Will it damage my phone?**\nNo.\n",
    "**Does it hurt?**\nNot at all.\n",
    # "side" alone names no harm
    "**Can I sleep on my side while wearing it?**\nNo.\n",
    "**Does the strap go on the left side?**\nNever.\n",
    # a dash or a bracket, as a comma, carries the opener on to a condition
    "**Is it safe if I have a heart condition?**\nDefinitely — but ask your GP first.\n",
    "**Is there any risk of infection?**\nNo (as long as you follow the aftercare).\n",
    "**Are there any side effects?**\nNo, if you follow the directions.\n",
    # no question before the answer; a question on something else
    "**Side effects**\nNone at all.\n",
    "**Does it work for men?**\nAbsolutely.\n",
])
def test_an_answer_that_warns_or_answers_nothing_on_harm_is_not_flagged(page):
    assert not any(code == "SAF005" for code, _ in _flags(page))


def test_an_answer_that_words_the_promise_is_flagged_there_only():
    # the answer's own wording carries the finding (SAF001's "100% safe"), not its opening word as well
    flags = _flags("**Are there any side effects?**\nNone. The balm is 100% safe for everyone.\n")
    assert not any(code == "SAF005" for code, _ in flags)
    assert any(code.startswith("SAF") for code, _ in flags)


def test_a_bare_yes_moves_the_finding_from_the_questions_safe_to_the_answer():
    # "Is it safe? Yes.": the gold flags the answer (qa46, qa47), the question only asks: one finding, at the yes
    flags = _flags("**Is the balm safe for babies?**\nYes.\n")
    assert ("SAF005", "Yes") in flags and not any(code == "SAF002" for code, _ in flags)


def test_a_health_services_faq_is_not_flagged():
    # a page that neither sells nor hypes: its FAQ's answers are its information, not a seller's promise
    page = ("# Flu vaccine for children\n\nThe nasal spray flu vaccine is offered every year to children aged 2 to "
            "17.\n\n**Are there any serious side effects?**\nNone were found in the trials of 2 million children. "
            "Mild side effects, such as a runny nose, are common.\n\n**Is there any risk of catching flu from the "
            "vaccine?**\nNo. The vaccine contains weakened viruses that cannot cause flu.\n")
    assert not any(code == "SAF005" for code, _ in _flags(page, shop=""))


def test_the_wording_after_the_answer_is_read_by_pack_not_by_code():
    # the rules whose wording after the answer carries the finding are the safety pack's (lexicons/sentences.yml
    # `safety_wording_packs`), but SAF005 itself, which reads the bare answer (requires.sentence_is: safety_answer)
    from pipeline.rules.sentences import safety_wording_codes

    codes = safety_wording_codes()
    assert "SAF001" in codes and "SAF002" in codes and "SAF005" not in codes
    assert not any(code.startswith("ABS") for code in codes)


def test_questions_reads_no_rule_codes():
    # the question stage, which the claim and evidence stages import, reads no rule's matches (review rvB-M3); read
    # from the repository, as the compiled build's module has no source to inspect
    from pathlib import Path

    source = (Path(__file__).resolve().parents[2] / "pipeline" / "questions.py").read_text(encoding="utf-8")
    assert '"rule"' not in source and "SAF0" not in source


def test_the_patterns_open_on_every_opener_and_label_the_sentence_test_reads():
    # the opening words are written in safety.yml (a Matcher needs words to run on) and read in lexicons/answers.yml:
    # the pattern must open on each opener's first word and each answer label, or an answer is never matched
    # (review rvB-M4: "Ans: Never." was not)
    from pipeline.questions import ANSWER_LABELS, safety_answers

    rule = next(r for r in load_rules() if r.code == "SAF005")
    raw = [p for p in rule.patterns if isinstance(p, list)]
    openers = set(raw[0][0]["LOWER"]["IN"])
    labels = set(raw[1][0]["LOWER"]["IN"])
    answers = safety_answers()
    assert {o[0] for o in answers.ruling_out + answers.affirming} <= openers
    assert labels == ANSWER_LABELS and set(raw[1][2]["LOWER"]["IN"]) == openers


@pytest.mark.parametrize("page", [
    "**Is it safe?**\nAbsolutely. Just take two with water.\n",
    "Q: Is it safe during pregnancy?\nA: Yes.\n",
])
def test_the_question_a_bare_yes_answers_is_not_flagged_as_well(page):
    # one finding for the question and its answer, at the answer: "Is it safe?" asks, "Absolutely." promises
    assert not any(code == "SAF002" for code, _ in _flags(page))


def test_a_question_answered_with_a_condition_keeps_its_reading():
    # "Yes, for children over 6" is no bare answer: no SAF005, and the question is not spared as answered
    from pipeline.rules.sentences import is_answered_safety_question

    analysis = analyse(build_source("page.md", "**Is it safe for kids?**\nYes, for children over 6.\n" + SHOP, "md"))
    question = analysis.segments[0]
    assert not is_answered_safety_question(analysis, question)
    assert not any(code == "SAF005" for code, _ in _flags("**Is it safe for kids?**\nYes, for children over 6.\n"))


def _record(page: str) -> dict:
    """The source's JSON record (`claimaudit check --format json`, one source per line), parsed back."""
    import json

    from pipeline.outputs.json_output import encode_source

    analysis = analyse(build_source("page.md", page + SHOP, "md"))
    return json.loads(encode_source(audit_source(analysis, shipped_index(), load_rules())))


def _safety_flags(record: dict) -> list[tuple[str, str]]:
    return [(f["code"], f["text"]) for f in record["flags"] if f["code"].startswith("SAF")]


@pytest.mark.parametrize("page", [
    "**Is it completely safe?**\nYes.\n",  # SAF001's wording, asked
    "**Is it 100% safe?**\nAbsolutely.\n",
    "**Is the balm safe for babies?**\nYes.\n",  # SAF002's
])
def test_a_bare_yes_is_one_finding_at_the_answer_for_every_rule_of_the_pack(page):
    # the engine drops every safety-pack flag on the question a bare yes answers, not one rule by its `unless`
    # (review rvB2-M4: "completely safe?" kept SAF001 beside the answer's SAF005)
    answer = page.split("\n")[1].rstrip(".")
    assert _safety_flags(_record(page)) == [("SAF005", answer)]


@pytest.mark.parametrize("answer", ["Absolutely.", "Yes."])
def test_an_asked_promise_of_no_risk_keeps_one_error_on_a_page_that_sells_nothing(answer):
    # the question's "100% safe" is dropped only where the answer keeps a finding of its own (SAF005 is silent on a
    # page that neither sells nor hypes): one error stays, at the answer or at the question
    page = (f"# Flu vaccine: questions and answers\n\nThe flu vaccine is offered every autumn.\n\n"
            f"## Is the flu vaccine 100% safe?\n\n{answer}\n\n## Who should not have it?\n\nPeople who have had a "
            f"serious allergic reaction to a previous dose should speak to their GP.\n")
    analysis = analyse(build_source("page.md", page, "md"))
    found = [(f.code, f.level) for f in audit_source(analysis, shipped_index(), load_rules()).flags
             if f.code.startswith("SAF")]
    assert found in ([("SAF005", "error")], [("SAF001", "error")])


@pytest.mark.parametrize(("page", "level"), [
    ("**Is it 100% safe?**\nAbsolutely.\n", "error"),  # stands for SAF001's no-risk promise, an error
    ("**Is the balm safe for babies?**\nYes.\n", "warning"),  # for SAF002's unqualified "safe", a warning
])
def test_the_answers_finding_keeps_the_level_of_the_questions_wording(page, level):
    assert [f["level"] for f in _record(page)["flags"] if f["code"] == "SAF005"] == [level]


def test_the_bare_yes_finding_is_linked_to_the_questions_claim():
    # the question is the claim (questions.asserting); its finding is the answer's, and the claim carries it
    record = _record("**Is the balm safe for babies?**\nYes.\n")
    claim = next(c for c in record["claims"] if c["text"] == "Is the balm safe for babies?")
    flag = next(f for f in record["flags"] if f["code"] == "SAF005")
    assert flag["claim_id"] == claim["claim_id"]
    assert "SAF005" in claim["flags"] and "SAF002" not in claim["flags"]


def test_an_answer_label_read_apart_is_skipped_between_question_and_answer():
    # plain text reads "Ans:" as a label segment of its own, between the question and its bare yes: the question is
    # still the one the yes answers (review rvB2-L3: a window of one segment would see only the label)
    from pipeline.rules.sentences import is_answered_safety_question

    page = "Q: Is the balm safe for babies?\nAns: Yes.\n" + SHOP
    analysis = analyse(build_source("page.txt", page, "txt"))
    assert analysis.segments[1].kind == "label"  # the construction under test
    assert is_answered_safety_question(analysis, analysis.segments[0])
    flags = [(f.code, f.text) for f in audit_source(analysis, shipped_index(), load_rules()).flags]
    assert ("SAF005", "Yes") in flags and not any(code == "SAF002" for code, _ in flags)


@pytest.mark.parametrize(("page", "flags"), [
    # a statement before a bare yes to another question is no question answered: its wording keeps its flag
    ("The balm is completely safe.\n\n**Does it come in a bigger jar?**\nYes.\n", [("SAF001", "completely safe")]),
    # an answer that words the promise itself is flagged there, and only there
    ("**Is it completely safe?**\nYes. It is 100% safe for all ages.\n", [("SAF001", "100% safe")]),
    # a no to safety warns: nothing to flag at the question or the answer
    ("**Is the balm safe for babies?**\nNo. Keep it away from children under 2.\n", []),
])
def test_flags_around_a_safety_question_that_no_bare_yes_answers_are_kept(page, flags):
    assert _safety_flags(_record(page)) == flags
