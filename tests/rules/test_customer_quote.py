"""The customer_quote sentence test (pipeline/rules/sentences.py) and a claim rule's `when.sentence_is`: SUB015 flags
the result that closes a customer's signed first-person quotation on a page that promotes, and nothing of the same
shape where the quotation is a report's or the page promotes nothing."""

from __future__ import annotations

import pytest

from pipeline.errors import DataError
from pipeline.nlp import analyse_text
from pipeline.rules.loader import parse_pack
from pipeline.rules.sentences import is_attributed_quote, is_customer_quote
from conftest import flags_for

STORY = "“I used to get three colds every winter. This year I haven't had a single one.” Karen, Leeds"


def _quote_sentences(text: str) -> list[bool]:
    analysis = analyse_text(text)
    return [is_customer_quote(analysis, s) for s in analysis.segments]


def test_the_last_sentence_of_a_signed_story_is_its_result():
    assert _quote_sentences(STORY)[:2] == [False, True]


@pytest.mark.parametrize("text", [
    "“I haven't had a single cold this year,” said Karen, a teacher from Leeds.",   # a verb of saying: a report
    "“This year there were fewer colds in the school.” Karen, Leeds",              # no first person: no story
    "“This year I haven't had a single cold.” This is what many parents tell us about the winter.",   # no name
    "This year I haven't had a single cold. Karen, Leeds",                          # no quotation
    # an expert's signed quotation: a report of their work, no customer's story (quotations.expert_signature)
    "“This year our patients haven't had a single cold.” Professor Jane Smith, University of Leeds",
    "“This year I haven't seen a single cold in my clinic.” - Dr Karen Lee, MD",
])
def test_no_customer_quote_without_the_quotation_its_first_person_or_a_signature(text):
    assert not any(_quote_sentences(text))


def _sub015(text: str) -> list[str]:
    return [f.text for f in flags_for(text) if f.code == "SUB015"]


def test_the_story_is_flagged_on_a_page_that_sells_and_spared_on_one_that_does_not():
    assert _sub015(f"## Real results\n\n{STORY}\n\nOrder now and get free shipping.")
    # a patient's story on a page that promotes nothing (a charity's or a hospital's page)
    assert not _sub015(f"## Real results\n\n{STORY}")


def test_when_sentence_is_names_known_tests_only():
    text = """pack: SUB
name: substantiation
rules:
  - code: SUB099
    name: t
    type: claim
    level: info
    authority: a
    message: m
    when: {sentence_is: [no_such_test]}
    example: e
    instead: i
"""
    with pytest.raises(DataError, match="when.sentence_is"):
        parse_pack(text, "test.yml")


def test_a_story_closing_with_what_the_teller_thinks_or_says_has_its_result_before():
    """A closing line of attitude or talk ("I've told all my friends.", "My doctor was amazed.") states no result:
    the result is the last sentence before it; a story's last sentence that tells a result is still its result."""
    assert _quote_sentences('"My periods came back after four years. I\'ve told all my friends." Jess, 27')[:2] == [
        True, False]
    assert _quote_sentences('"My fasting numbers dropped in three weeks. My doctor was amazed." \u2014 Gary, 58')[:2] \
        == [True, False]
    # ... not when the last sentence tells the result; a story of such lines alone states no result (SUB015 used to
    # spare its last line by a list of its own, the formulas of such lines)
    assert _quote_sentences(STORY)[:2] == [False, True]
    assert _quote_sentences('"I wish I had found it sooner. I have told everyone." Debbie, 61')[:2] == [False, False]


def test_the_story_is_read_as_quotations_reads_it():
    # a rating's stars before the quotation: still a customer's quotation
    stars = '\u2605\u2605\u2605\u2605\u2605 "My knee pain went away in two weeks." \u2014 Brenda, 67'
    assert _quote_sentences(stars)[0]
    # an unquoted story signed after a dash is a story (the claim stage reads it as an endorsement on a page that
    # promotes) but no quotation, which SUB015 flags
    assert not any(_quote_sentences("My back pain disappeared in three days. - Steve N."))


def test_sub015_flags_the_result_before_a_closing_line_of_talk():
    flagged = _sub015('## Real stories\n\n"My sciatica eased after ten days on the mat. I have told all my friends." '
                      '\u2014 Oliver, 48\n\nOrder now and get free shipping.')
    assert flagged and all("friends" not in text for text in flagged)


def test_a_story_of_praise_alone_has_no_result_and_a_story_of_its_before_alone_has_one():
    """The story's result is its last sentence that is neither praise (`attitude_verbs`) nor its before; with none,
    the last sentence unless it is praise: the one list of a testimonial's praise, which SUB015 reads here."""
    assert _quote_sentences("“I've told all my friends.” - Jess, 27\n\nOrder now.")[0] is False
    assert _quote_sentences("“I recommend it to everyone I know.” - Jo, 44")[0] is False
    assert _quote_sentences("“I had knee pain for ten years and now it is gone.” - Ron, 68")[0] is True


@pytest.mark.parametrize("verb", ["said", "wrote", "stated", "explained", "reported"])
def test_a_quotation_given_to_its_speaker_by_any_verb_of_saying_is_attributed(verb):
    # one list of verbs of saying (lexicons/mentions.yml quotes `speech_words`) for quoted words, signatures and
    # a report's attribution alike
    analysis = analyse_text(f"“It is a landmark result,” {verb} the trial's lead investigator.")
    assert is_attributed_quote(analysis, analysis.segments[0])


def test_a_quotation_given_to_its_speaker_by_according_to_is_attributed():
    # "according" opens an attribution phrase (lexicons/mentions.yml quotes `attribution_words`), no verb of saying
    analysis = analyse_text("“It is a landmark result,” according to the trial's lead investigator.")
    assert is_attributed_quote(analysis, analysis.segments[0])


def test_according_gives_words_to_a_speaker_but_is_no_verb_of_saying():
    # decided once, in data: the readers of a speaker's verb (what is said after it, the attribution after a
    # quotation's comma) take the verbs; the readers of who said it take "according" too
    from pipeline.clauses import attributing_words, speech_words
    assert "according" not in speech_words() and "according" in attributing_words()
    assert speech_words() <= attributing_words()


def test_a_quotation_with_no_verb_of_saying_beside_it_is_not_attributed():
    analysis = analyse_text("“It is a landmark result.” The trial's lead investigator was pleased with the study.")
    assert not is_attributed_quote(analysis, analysis.segments[0])


@pytest.mark.parametrize("routine", [
    "I use it every evening after work.",
    "I wear them on the train every morning.",
    "I take two before each match.",
    "My husband and I both drink a glass every night.",
    "Now I pop one in my bag and apply it before every shift.",
    "I use it every morning and evening.",   # a second time, no clause going on to a result
    "I take BunionFix every morning before work.",   # the product by its name
])
def test_a_story_closing_on_the_tellers_routine_has_its_result_before(routine):
    """How and when the teller uses the product (a verb of use, a recurring time: quotations.tells_routine) is no
    result of it: the result is the sentence before."""
    analysis = analyse_text(f"“My knees feel looser than they have in years. {routine}” Alan, 64")
    assert [is_customer_quote(analysis, s) for s in analysis.segments][:2] == [True, False]


@pytest.mark.parametrize("story, result", [
    ("“I drink a cup every morning and my bloating is gone.” Sam, 31",   # the routine leads to its result
     "I drink a cup every morning and my bloating is gone."),
    ("“I take two capsules every morning, and I sleep better.” Sam, 31", "I take two capsules every morning, and I "
                                                                        "sleep better."),
    ("“I used it every night for a week. Now my scar has faded.” Jo, 40",   # the result after the routine
     "Now my scar has faded."),
    # what the teller can do now, with a verb of use but not of the product: the result
    ("“I had bunion pain for years. Now I wear heels every day.” — Jo, 40", "Now I wear heels every day."),
    ("“I had bunion pain for years. Now I can wear heels every day.” — Jo, 40", "Now I can wear heels every day."),
    ("“I had knee pain for years. Now I take the stairs every morning.” — Jo, 40",
     "Now I take the stairs every morning."),
    ("“I had reflux for years. Now I can drink coffee every morning again.” — Jo, 40",
     "Now I can drink coffee every morning again."),
])
def test_a_routine_told_with_its_result_keeps_the_result(story, result):
    analysis = analyse_text(story)
    told = [analysis.text_of(s.first, s.last) for s in analysis.segments if is_customer_quote(analysis, s)]
    assert len(told) == 1 and told[0].lstrip("“").startswith(result[:-1]), told


@pytest.mark.parametrize("text, results", [
    # the property line after the result: the result is the line before it
    ('"My ankles stopped swelling within a week. They\'re so comfy I wear them all day." Priya, 41', [True, False]),
    ('"My joint pain eased after a month. Tastes great too!" \u2014 Gordon, 71', [True, False]),
    ('"I sleep through the night now. Honestly the easiest habit I\'ve ever had." Sam, 30', [True, False]),
    # a story of its feel alone states no result
    ('"It\'s so comfortable I forget I\'m wearing it." \u2014 Joseph, 29', [False]),
    ('"So easy to swallow, and they taste like real strawberries." Nadia, 31', [False]),
    # ... and the teller's body said to be comfortable, or a property line going on to a result, is the result
    ('"My feet are comfortable again after years of pain." Ruth, 45', [True]),
    ('"It\'s so comfy and my ankles never swell now." Priya, 41', [True]),
    ('"I wore it every day. Walking is comfortable at last." Graham, 61', [False, True]),
    ('★★★★★ “It\'s so easy I\'ve lost two stone since January.” – Mark, 44', [True]),
    ('★★★★★ “It\'s so relaxing I sleep through the night for the first time in years.” – Karen, 52',
     [True]),
])
def test_a_line_of_what_the_product_is_like_to_use_is_no_result(text, results):
    assert _quote_sentences(text)[:len(results)] == results


def test_every_sentence_of_a_customers_quoted_story_is_in_it():
    """in_customer_story (CMP001's unless): each sentence of a quoted story signed by a customer, not an expert's
    quotation, an unquoted story or a report's quotation."""
    from pipeline.rules.sentences import is_in_customer_story

    def told(text: str) -> list[bool]:
        analysis = analyse_text(text)
        return [is_in_customer_story(analysis, s) for s in analysis.segments]

    assert told(STORY)[:2] == [True, True]
    assert not any(told("“This year our patients haven't had a single cold.” "
                        "Professor Jane Smith, University of Leeds"))
    assert not any(told("This year I haven't had a single cold. - Karen, Leeds"))
    assert not any(told("“I haven't had a single cold this year,” said Karen, a teacher from Leeds."))


def test_a_comparison_in_a_story_is_the_tellers_only_with_the_teller_as_subject():
    """tellers_change_in_story (CMP001's unless): a story's sentence about the teller or a verbless list of their
    gains; not one with the product as its subject."""
    from pipeline.rules.sentences import is_tellers_change_in_story

    def told(text: str) -> list[bool]:
        analysis = analyse_text(text)
        return [is_tellers_change_in_story(analysis, s) for s in analysis.segments]

    assert told('"After three weeks my morning stiffness is much better." – Patricia, 69')[0]
    assert told('"Week two and I am a different man. More energy, better sleep." — Jordan, 38')[:2] == [True, True]
    assert told('"I have used it for a month. This cream works faster and gives better results." — Jo, 33')[:2] \
        == [True, False]
    assert not told('“I was sceptical. It is a more effective formula and a stronger one.” – Phil, 70')[1]
    assert not any(told("After three weeks my morning stiffness is much better. - Karen, Leeds"))


def test_a_story_closing_on_someones_surprise_has_its_result_before():
    assert _quote_sentences('"I went from -3.5 to -1.0 in two months! My optician was speechless." '
                            '\u2014 Kevin, 34')[:2] == [True, False]
    assert _quote_sentences('"My scan came back clear. My consultant was stunned." Ann, 60')[:2] == [True, False]
    # ... and the surprise with the result after it in the same sentence: the sentence tells the result
    assert _quote_sentences('★★★★★ “My GP was stunned: my blood pressure is normal for the first time in 20 '
                            'years.” – Jim, 61') == [True]
    assert _quote_sentences('"My knees stopped aching. I love it and my husband loves it too." Jo, 50')[:2] \
        == [True, False]



# sub21: a mixed review, the customer's own measure smaller than the seller's promise, is no result claimed; the
# same story told as a plain result keeps its flag (sentences of our own, not from the page sets)
GEL_PAGE = ("# JointEase Gel\n\nJointEase Gel soothes arthritis pain in your knees and hips. Add to cart today.\n\n"
            "## What customers say\n\n{}\n\nOrder now and get free shipping.")
RESULT = "after two weeks my morning stiffness is much easier"


def _story_flags(story: str) -> list[str]:
    return _sub015(GEL_PAGE.format(story))


@pytest.mark.parametrize("mixed, plain", [
    # a complaint still there or coming back
    (f"“I still take my painkillers, but {RESULT}.” Dora, 66", f"“I stopped worrying, and {RESULT}.” Dora, 66"),
    (f"“My hips still ache on the stairs, but {RESULT}.” Dora, 66", f"“I walk the dog again, and {RESULT}.” Dora, 66"),
    (f"“{RESULT.capitalize()}, though it comes back if I forget the gel.” Dora, 66",
     f"“{RESULT.capitalize()}, even on cold days.” Dora, 66"),
    # a result the teller will not vouch for, a measure that barely moved, a trouble not stopped
    (f"“{RESULT.capitalize()}, I can't speak for my hips yet.” Dora, 66", f"“{RESULT.capitalize()}.” Dora, 66"),
    ("“After two weeks my morning stiffness has barely changed.” Dora, 66",
     "“After two weeks my morning stiffness has eased.” Dora, 66"),
    (f"“Not sure I noticed it, though {RESULT}.” Dora, 66", f"“I noticed it, and {RESULT}.” Dora, 66"),
    (f"“{RESULT.capitalize()}, but it didn't stop the flare-up in May.” Dora, 66",
     f"“{RESULT.capitalize()}, and it calmed the flare-up in May.” Dora, 66"),
    # the complaint itself coming back, or "it" coming back on a condition, is mixed; a good thing back is not
    (f"“{RESULT.capitalize()}, though the swelling comes back on long walks.” Dora, 66",
     f"“My energy came back. It came back quickly, and {RESULT}.” Dora, 66"),
    (f"“{RESULT.capitalize()}, but it came back when I ran out.” Dora, 66",
     f"“{RESULT.capitalize()}, and my appetite came back too.” Dora, 66"),
    # ... "still" of a complaint is mixed; "still" of what the teller can do is not
    (f"“{RESULT.capitalize()}, though the ache is still there at night.” Dora, 66",
     f"“{RESULT.capitalize()}, and I still get to my yoga class every week.” Dora, 66"),
])
def test_a_mixed_review_is_spared_and_a_plain_result_is_not(mixed, plain):
    assert not _story_flags(mixed), mixed
    assert _story_flags(plain), plain


@pytest.mark.parametrize("stars, flagged", [
    ("★★★★☆", False), ("⭐⭐⭐", False), ("★", False), ("★★☆☆☆", False),  # below full marks, before the quote
    ("★★★★★", True), ("⭐⭐⭐⭐⭐", True),                                # full marks: the seller's claim
    ("★★★★", True), ("⭐⭐⭐⭐", True),  # fixS: four filled stars and no empty one, praise as a page often rates it
])
def test_a_story_rated_below_full_marks_in_its_paragraph_is_spared(stars, flagged):
    assert bool(_story_flags(f"{stars} “{RESULT.capitalize()}.” Dora, 66")) is flagged, stars



# prec43: a drawback the customer reports is no result of the product: the clause that tells it is spared, the result
# the same review tells beside it keeps its flag
@pytest.mark.parametrize("story, drawback, result", [
    ("“The insoles took a week to get used to, and my heels hurt at first, but my knee pain is easier.” Dan, 58",
     "at first", "my knee pain is easier"),
    ("“The healing took longer than I hoped, but I can eat an apple again.” Sam, Leeds", "longer than", None),
    ("“It doesn't replace my therapy, but it takes the edge off my panic.” Ellie, 27", "replace", None),
])
def test_a_drawback_in_a_customer_story_is_not_flagged_as_its_result(story, drawback, result):
    flagged = _sub015(f"## Reviews\n\n{story}\n\nOrder now and get free shipping.")
    assert not any(drawback in text for text in flagged)
    assert result is None or result in flagged


# fixP43 (rvB-M4): a drawback and a result the claim stage reads as one claim: the spare covers the drawback's clause
# only, and the flag is cut to the result told after the turn ("and then", "but", ";") or before it ("though")
@pytest.mark.parametrize("story, result", [
    ("“It was uncomfortable at first and then my back pain eased.” Bea, 22", "my back pain eased"),
    ("“It doesn't replace a good diet, but the difference in my energy is huge.” Tom, 40",
     "the difference in my energy is huge"),
    ("“It took me a week to get used to the taste, but my joints feel looser.” Sue, 50", "my joints feel looser"),
    ("“The gel stung at first, but then my knee swelling went down.” Joe, 47", "my knee swelling went down"),
])
def test_a_result_told_in_one_claim_with_a_drawback_keeps_its_flag_on_the_result(story, result):
    flagged = _sub015(f"## Reviews\n\n{story}\n\nOrder now and get free shipping.")
    assert flagged == [result]


@pytest.mark.parametrize("story", [
    # a drawback alone is no result: nothing on the other side of a turn, nothing flagged
    "“It took me a few days to get used to the sound.” Sue, 50",
    "“Getting used to the taste took me a week.” Kim, 33",
])
def test_a_drawback_alone_is_not_flagged(story):
    assert _sub015(f"## Reviews\n\n{story}\n\nOrder now and get free shipping.") == []


def test_a_claim_that_tells_only_the_storys_before_is_no_promoted_result():
    """Review rvA-L6: in "My GP wanted me on statins, so I tried this instead and my cholesterol is normal now." the
    result clause is the story's claim (SUB015); the clause of the GP's plan and the turn to the product
    (quotations.tells_before on the claim's own words, `when.tells_before: false`) draws neither SUB003 nor SUB015."""
    page = ("# CholestaClear\n\nCholestaClear lowers cholesterol naturally. Order today for just £29.\n\n"
            "\"My GP wanted me on statins, so I tried this instead and my cholesterol is normal now.\" - Margaret, 62\n")
    flags = flags_for(page)
    before = [f for f in flags if f.code in ("SUB003", "SUB015") and "statins" in f.text]
    assert not before, [(f.code, f.text) for f in before]
    assert any(f.code == "SUB015" and "cholesterol is normal" in f.text for f in flags)
