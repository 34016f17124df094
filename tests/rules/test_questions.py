"""A question asks; it does not claim (pipeline/questions.py). Its wording raises no flag and it is no claim, unless it
sells (a rhetorical frame, lexicons/mentions.yml `question_frames`) or a bare yes answers it; the claim of an answer
is the answer's."""

from __future__ import annotations

import pytest

from pipeline.audit import audit_source
from pipeline.claims import extract_claims
from pipeline.ingest import build_source
from pipeline.nlp import analyse
from pipeline.rules.loader import load_rules
from conftest import shipped_index


# a shop's words in a paragraph of their own: the rules silent on a page that neither sells nor hypes read the
# questions and answers here as on a seller's page
SHOP = "\n\nAdd to cart today.\n"


def _flags(text: str, kind: str = "txt") -> list:
    analysis = analyse(build_source(f"page.{kind}", text + SHOP, kind))
    return list(audit_source(analysis, shipped_index(), load_rules()).flags)


def _codes(text: str, kind: str = "txt") -> set[str]:
    return {f.code for f in _flags(text, kind)}


def _claims(text: str, kind: str = "txt") -> list:
    return extract_claims(analyse(build_source(f"page.{kind}", text, kind)))


@pytest.mark.parametrize(("question", "code"), [
    ("Is the treatment safe?", "SAF002"),
    ("Can type 2 diabetes be cured?", "CUR001"),
    ("Is there a cure for myeloma?", "CUR001"),
    ("Can this cream reverse psoriasis?", "CUR004"),
    ("Which is better for joint pain, fish oil or glucosamine?", "CMP001"),
    ("What is the best treatment for migraine?", "CMP002"),
])
def test_a_question_that_asks_is_not_flagged(question, code):
    statement = {"Is the treatment safe?": "The treatment is safe.",
                 "Can type 2 diabetes be cured?": "Type 2 diabetes can be cured.",
                 "Is there a cure for myeloma?": "There is a cure for myeloma.",
                 "Can this cream reverse psoriasis?": "This cream reverses psoriasis.",
                 "Which is better for joint pain, fish oil or glucosamine?": "Fish oil is better for joint pain.",
                 # (on a page that sells: alone, a treatment ranked for a named condition is a guideline's ranking)
                 "What is the best treatment for migraine?": "Our spray is the best treatment for migraine. Add to "
                                                             "cart today."}[question]
    assert code in _codes(statement)  # the same words asserted are flagged
    assert code not in _codes(question)


def test_a_question_heading_is_not_flagged_and_its_answer_is_read():
    page = "# Knee injections\n\n## Is the injection safe?\n\nMost people have no problems, but the knee may swell.\n"
    assert "SAF002" not in _codes(page, "md")
    # the answer is read as any sentence: its claim is flagged, not the question
    flags = _flags("Is the supplement safe? Yes, it is completely safe.")
    assert [(f.code, f.text) for f in flags if f.code.startswith("SAF")] == [("SAF001", "completely safe")]


@pytest.mark.parametrize("question", [
    "Why suffer when you can be cured in 7 days?",
    "Who wouldn't want a 100% natural cure?",
    "Did you know that turmeric cures arthritis?",
    "Isn't it time you tried a cure that works?",
])
def test_a_rhetorical_question_that_sells_is_flagged(question):
    assert "CUR001" in _codes(question)


@pytest.mark.parametrize(("text", "flagged"), [
    ("Is the supplement safe? Yes.", True),
    ("Can arthritis be cured with this diet? Absolutely!", True),
    ("Is the supplement safe? Yes and no.", False),
    ("Is the supplement safe? Yes, but not for people who take warfarin.", False),
    ("Is the supplement safe? No.", False),
])
def test_a_question_answered_by_a_bare_yes_is_asserted(text, flagged):
    # (a bare yes to "safe" is flagged at the answer, SAF005; the question then only asks)
    codes = _codes(text)
    assert bool(codes & {"SAF002", "SAF005", "CUR001"}) == flagged, codes


def test_a_plain_question_is_no_claim_and_its_answer_is():
    found = _claims("Is turmeric safe for people with gallstones? Turmeric may worsen gallstones.")
    assert [c.text for c in found] == ["Turmeric may worsen gallstones"]


def test_a_question_affirmed_by_a_bare_yes_is_the_claim():
    found = _claims("Can type 2 diabetes be reversed with diet? Yes, it can.")
    assert [(c.text, c.subject) for c in found] == [("Can type 2 diabetes be reversed with diet?",
                                                     "type 2 diabetes")]
    page = "# Metformin\n\n## Is metformin safe for the kidneys?\n\nYes.\n\nIt has been used for 60 years.\n"
    assert "Is metformin safe for the kidneys?" in [c.text for c in _claims(page, "md")]


def test_a_yes_that_goes_on_in_its_paragraph_leaves_the_claim_to_what_follows():
    # the answer's own sentence words the claim: the question is an FAQ heading, no claim, and its wording's flag
    # gives way to the answer's of the same pack (prec36)
    page = "**Is the pillow foam safe?**\nYes. Our foam is 100% non-toxic.\n"
    assert [c.text for c in _claims(page, "md")] == ["Our foam is 100% non-toxic"]
    found = _claims("Is the supplement safe? Yes. The supplement is gentle on the stomach.")
    assert "Is the supplement safe?" not in [c.text for c in found]
    assert [(f.code, f.text) for f in _flags("Is the supplement safe? Yes. The supplement is gentle on the stomach.")] \
        == [("SAF002", "gentle")]
    # ... or the pronoun the question asks about: the FAQ's answer is worded after its yes
    for text in ["Is it contagious? Yes. It spreads by direct contact or via towels and shoes.",
                 "Can I take it with my medication? Yes. It holds only vitamin D and zinc.",
                 "Is it suitable for children? Absolutely. Children from age 6 use it daily."]:
        assert text.split("? ")[0] + "?" not in [c.text for c in _claims(text)], text
    # a statement that moves on from what was asked says nothing of it: the question stays the claim
    for text, category in [("Can GlucoFix reverse type 2 diabetes? Yes. Many users love the taste.", "efficacy"),
                           ("Can Flexigen cure arthritis? Yes. Thousands of customers swear by it.", "cure"),
                           ("Is Calmora safe for children? Yes. It contains only natural herbs.", "safety"),
                           ("Is the supplement safe? Yes. It is made in Leeds.", "safety")]:
        sold = text + " Add to cart today for free shipping."
        found = {c.text: c.category for c in _claims(sold)}
        assert found.get(text.split("? ")[0] + "?") == category, text
    # a yes that ends its paragraph leaves the question the claim; the finding is the bare yes's (SAF005), the
    # question only asks
    page = "**Is the supplement safe?**\nYes.\n\nIt is made in Leeds.\n"
    assert "Is the supplement safe?" in [c.text for c in _claims(page, "md")]
    assert {f.code for f in _flags(page, "md")} & {"SAF002", "SAF005"} == {"SAF005"}


def test_a_yes_followed_by_a_selling_line_or_an_instruction_leaves_the_question_the_claim():
    for text, code in [("Can turmeric cure arthritis? Yes. Order today and get free shipping.", "CUR001"),
                       ("Do vaccines cause autism? Yes. Read our guide to learn more.", "CAU004"),
                       ("Will the cream cure my psoriasis? Yes, it will. See the results for yourself.", "CUR001")]:
        assert text.split("? ")[0] + "?" in [c.text for c in _claims(text)], text
        assert code in _codes(text), text
    assert [c.text for c in _claims("Do antibiotics cure colds? Yes. Ask your GP for a prescription.")] == [
        "Do antibiotics cure colds?"]
    # the answer that takes up the question's words still carries the claim
    assert [c.text for c in _claims("Is memory foam safe? Yes. Our foam is 100% non-toxic.")] == [
        "Our foam is 100% non-toxic"]
    # a word of the same family counts ("diabetics", "diabetes")
    assert "Is it suitable for diabetics?" not in [c.text for c in _claims(
        "Is it suitable for diabetics? Yes. It helps regulate blood sugar in anyone with diabetes.")]
    assert "Can I use it with my steroid nasal spray?" not in [c.text for c in _claims(
        "Can I use it with my steroid nasal spray? Yes. Rinse first, then use your spray.")]


@pytest.mark.parametrize("text", [
    "At what age can my child start? Usually from age 6.",
    "For how long should I take it?",
    "In which cases is surgery needed?",
    "To what extent does the spray help?",
    "From what age is the vaccine given?",
])
def test_a_question_opened_by_a_preposition_and_a_wh_word_asks(text):
    # the preposition goes to the front with its wh-word: the question asks, as "What age …?" would
    assert not [c for c in _claims(text) if c.text.endswith("?")], text


def test_a_preposition_opening_a_statement_or_a_teaser_asks_nothing():
    assert [c.text for c in _claims("In most cases the rash clears within a week.")] == [
        "In most cases the rash clears within a week"]
    assert [c.text for c in _claims("A miracle cure for back pain?")] == ["A miracle cure for back pain?"]


def test_a_rhetorical_question_is_a_claim():
    assert [c.text for c in _claims("Did you know that turmeric cures arthritis in 7 days?")] == [
        "Did you know that turmeric cures arthritis in 7 days?"]


def test_the_answer_word_is_not_the_subject():
    found = _claims("Does metformin cause weight gain? No, metformin does not cause weight gain in most adults.")
    assert [c.subject for c in found] == ["metformin"]


def test_a_question_cut_at_its_colon_is_one_question():
    # a list item's "label: body" shape: the label opens the question
    assert "CMP002" not in _codes("Questions:\n\n1. What is the best medicine for back pain: ibuprofen or paracetamol?\n")


def test_a_question_inside_a_title_that_goes_on_is_a_question():
    # a heading is not cut at its "?": the question is the words up to it
    title = "Do Joint Supplements Really Work? What the Research Says\n\nGlucosamine eased knee pain in some trials.\n"
    assert "EFF001" not in _codes(title)
    assert "CUR001" in _codes("Why Suffer Any Longer When Our Cream Cures Eczema? Order Today\n\nIt is gentle.\n")


def test_an_answer_set_out_as_a_colon_label_is_read():
    # the bare yes after its label is the finding (SAF005, at "Yes"); the question only asks
    assert _codes("Q: Is the supplement safe?\nA: Yes.\n\nAdd to cart today.\n") & {"SAF002", "SAF005"} == {"SAF005"}
    assert "SAF002" not in _codes("Q: Is the supplement safe?\nA: Most people take it without trouble.\n")


def test_the_pronoun_of_an_answer_is_what_the_question_asks_about():
    text = ("Aspirin thins the blood and can cause stomach bleeding. Is turmeric safe with warfarin? It may "
            "raise the risk of bleeding.")
    assert [c.subject for c in _claims(text)][-1] == "turmeric"


def test_an_indirect_question_ends_at_a_contrast_word():
    """A "whether" clause asks what it names up to a contrast word: what follows "but" or "yet" is the page's own
    statement and is flagged; the words inside the question are not."""
    assert "ABS003" in _codes("You might wonder whether this knee brace suits you, but it is guaranteed to work.")
    assert "CUR001" in _codes("Patients often ask whether the salve is worth trying, yet it cures eczema in a week.")
    assert _codes("Ask your pharmacist whether this herbal salve cures eczema.") == set()


@pytest.mark.parametrize(("question", "code"), [
    ("A Miracle Cure for Arthritis?", "CUR002"),
    ("The Safest Detox Ever?", "CMP002"),
])
def test_a_teaser_question_opened_by_no_question_word_is_flagged(question, code):
    """A noun phrase with a "?" asks nothing ("A Miracle Cure-All?"): the "?" stands in for a hedge, the wording is
    the page's own. Opened by a question word, after a label, a comma or a colon, it still only asks."""
    assert code in _codes(question)
    for asked in ("Turmeric: is it a miracle cure for arthritis?", "If nothing works, is it a miracle cure?",
                  "And a miracle cure for arthritis?"):
        assert "CUR002" not in _codes(asked), asked


@pytest.mark.parametrize("text", [
    "Tired of diets and hunger pangs?",
    "Tired of diets that don't work?",
    "Tired of stubborn belly fat that won't shift no matter how hard you diet?",
    "Sick of waking up at 3am?",
    "Fed up with bloating after every meal?",
    "Struggling to switch off at night?",
    "Still suffering from joint pain after trying everything?",
])
def test_a_teaser_opened_by_the_readers_complaint_asks_and_claims_nothing(text):
    # "Are you tired of …?" with its "are you" left out: it asks whether the reader has the complaint
    assert _claims(text) == [], text


@pytest.mark.parametrize(("text", "category"), [
    ("Worried about vaccines causing autism?", "safety"),
    ("Tired of statins that destroy your liver?", "mechanism"),
    ("Still suffering from arthritis that doctors say is incurable?", "cure"),
])
def test_a_complaint_hook_framing_a_clause_of_its_own_still_claims(text, category):
    # a relative or an -ing verb after the complaint says something of it: the hook is only its frame
    found = {c.text: c.category for c in _claims(text + " Add to cart today for free shipping.")}
    assert found.get(text) == category, found
    # the bare complaint, the nearest wording, asks
    bare = text.split(" that ")[0].split(" causing ")[0] + "?"
    assert bare not in [c.text for c in _claims(bare + " Add to cart today for free shipping.")], bare


def test_a_complaint_hook_keeps_its_wording_flagged_and_a_teaser_still_claims():
    assert "EMO001" in _codes("Battling stubborn stains?")
    assert [c.text for c in _claims("A miracle cure for back pain?")] == ["A miracle cure for back pain?"]
    assert [c.text for c in _claims("Tired people often eat more sugar.")] == ["Tired people often eat more sugar"]
    # the answer after the hook is read as any sentence
    assert [c.text for c in _claims("Fed up with bloating? GutEase calms your gut.")] == ["GutEase calms your gut"]


def test_the_answer_after_an_explained_yes_is_said_of_what_the_page_affirms():
    # the question, affirmed, is its paragraph's claim for the answer's plain statements, as when it was the claim
    page = "# AbPulse Toning Belt\n\n**Will I lose weight?**\nYes. Every contraction burns calories to cut weight.\n"
    assert [c.text for c in _claims(page, "md")] == ["Every contraction burns calories to cut weight"]


def test_a_parts_first_word_is_read_past_a_blank():
    # questions._opens_with reads a part's first word as _word_indices counts words: a blank token (a line break
    # kept inside a part cut by hand) is no word, so the hook after it still opens the part
    from pipeline.nlp import Segment, analyse_text
    from pipeline.questions import _opens_with

    analysis = analyse_text("Meals cause bloating.\n \nTired of bloating after every meal?")
    blank = next(i for i, t in enumerate(analysis.tokens) if t.is_space)
    hook = Segment(first=blank, last=len(analysis.tokens), start=analysis.tokens[blank].start,
                   end=analysis.tokens[-1].end, kind="sentence", block=1)
    assert _opens_with(analysis, hook, "complaint_hooks")
    # a part that opens with another word does not open with the hook
    statement = next(s for s in analysis.segments if s.first == 0)
    assert not _opens_with(analysis, statement, "complaint_hooks")


@pytest.mark.parametrize(("page", "flagged"), [
    # an FAQ's question that a yes answers and its paragraph explains: the answer carries the flags
    ("**Is the spray safe?**\nYes. The spray is 100% natural and gentle enough for babies.\n",
     [("SAF002", "gentle")]),
    ("## Does the balm really work?\n\nYes. The balm is highly effective for stiff knees.\n",
     [("EFF001", "highly effective")]),
    # an answer that words nothing of the question's pack: the bare yes is the finding (SAF005), the question asks
    ("**Is the spray safe?**\nYes. The spray is bottled in Leeds from sea water.\n", [("SAF005", "Yes")]),
    # ... and so is a yes that ends its paragraph
    ("**Is the spray safe for babies?**\nYes.\n\nOrder today.\n", [("SAF005", "Yes")]),
    # an answer that is no bare yes is read as any sentence
    ("**Is the spray safe?**\nYes, it is completely safe.\n", [("SAF001", "completely safe")]),
])
def test_an_explained_faq_questions_flag_gives_way_to_the_answers_of_its_pack(page, flagged):
    """prec36: "Is it safe? Yes. Our foam is non-toxic.": the FAQ's question is its heading and the answer words the
    claim, so the question's "safe" or "really work" gives way to the answer's flag of its pack (sellers' FAQs of
    dev41-qa47: 16 such flags, none in the gold); a question whose yes ends its paragraph, or whose answer words
    nothing of its pack, is still where the claim is worded and keeps its flag."""
    found = [(f.code, f.text) for f in _flags(page, "md") if f.code[:3] in ("SAF", "EFF", "CUR", "ABS")]
    assert found == flagged


def test_a_question_a_yes_answers_gives_its_flag_to_the_answer_that_words_the_same_pack():
    """prec36: "Is it safe? Absolutely. … so there are no side effects.": the FAQ says its claim twice, asked and
    worded, and the answer's SAF flag stands for both (the question's "safe" is no second flag); a question whose
    answer words nothing of its pack keeps its flag, the only place the claim is worded."""
    page = "**Is the balm safe?**\nAbsolutely. The beeswax base is gentle, so there are no side effects at all.\n"
    found = [(f.code, f.text) for f in _flags(page, "md") if f.code.startswith("SAF")]
    assert ("SAF001", "no side effects") in found and ("SAF002", "safe") not in found
    page = "**Can the balm cure eczema?**\nYes. Hundreds of parents swear by it.\n"
    assert [(f.code, f.text) for f in _flags(page, "md") if f.code.startswith("CUR")] == [("CUR001", "cure")]


@pytest.mark.parametrize(("text", "kept"), [
    # fixP (review A2-H6): the answer words a different or weaker claim, or leaves out the group or rival asked about
    ("Does the tonic work better than statins? Yes. It is the best heart tonic there is. Add to cart today.",
     ("CMP002", "better than")),
    # (a bare yes to a safety question is the finding, at the answer, for every rule of the safety pack: review
    # rvB2-M4)
    ("Is the spray totally safe for babies? Yes. The spray is mild on skin. Add to cart today.", ("SAF005", "Yes")),
    ("Is the oil safe while breastfeeding? Yes. Our oil is pure and gentle. Add to cart today.", ("SAF002", "safe")),
])
def test_a_yes_keeps_the_questions_flag_when_the_answer_words_less(text, kept):
    assert kept in [(f.code, f.text) for f in _flags(text)]


@pytest.mark.parametrize(("text", "gone"), [
    # ... and gives way to an answer that says the same claim of the same group as strongly
    ("Is the spray safe for babies? Yes. The spray is safe for babies from birth. Add to cart today.", "safe"),
    ("Is the tea safe? Yes. The tea is gentle on the stomach. Add to cart today.", "safe"),
])
def test_a_yes_drops_the_questions_flag_when_the_answer_restates_it(text, gone):
    assert [f.text for f in _flags(text)].count(gone) == (1 if gone in text.split("? ")[1] else 0)
