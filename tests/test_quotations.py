"""The one reading of a signed story (pipeline/quotations.py), which the claim stage (a story's result is an
endorsement on a page that promotes) and the rules (sentences.customer_quote, SUB015) both use."""

from __future__ import annotations

import pytest

from pipeline.ingest import build_source
from pipeline.nlp import analyse, analyse_text
from pipeline.quotations import is_name_word


def _story(text: str, markdown: bool = False) -> tuple[str, bool] | None:
    """The words of the first block's signed story and whether it is quoted, or None (an expert's too); `markdown`:
    read `text` as a Markdown page, whose paragraph runs over its lines."""
    analysis = analyse(build_source("page.md", text, "md")) if markdown else analyse_text(text)
    story = analysis.signed_story(analysis.segments[0].block)
    return None if story is None or story.expert else (analysis.text_of(story.first, story.last), story.quoted)


def _expert_quotation(text: str) -> str | None:
    """The words of the first block's quotation signed by an expert, or None."""
    analysis = analyse_text(text)
    story = analysis.signed_story(analysis.segments[0].block)
    return analysis.text_of(story.first, story.last) if story is not None and story.expert else None


@pytest.mark.parametrize("text, told, quoted", [
    ('"After a month my veins are almost gone." Patricia, 64', "After a month my veins are almost gone.", True),
    ("\u201cI haven't had a single one.\u201d - Karen, Leeds", "I haven't had a single one.", True),
    ('"My son has not had a cold since." Michelle, mum of three', "My son has not had a cold since.", True),
    # a rating's stars before the quotation are no words of the page's own
    ('\u2605\u2605\u2605\u2605\u2605 "My numbers dropped in three weeks." \u2014 Gary, 58',
     "My numbers dropped in three weeks.", True),
    # unquoted: signed after a sentence's end and a dash
    ("My back pain disappeared in three days. - Steve N.", "My back pain disappeared in three days.", False),
    ("I lost 22 pounds in a month. \u2014 Dana R., Ohio", "I lost 22 pounds in a month.", False),
    # a trade, a home town or a state is no expert's signature: the customer's own story
    ('"After three weeks my heel pain was half what it was." \u2014 Denise, nurse',
     "After three weeks my heel pain was half what it was.", True),
    ('"My migraines are gone." Karen T., Baltimore, MD', "My migraines are gone.", True),
    ('"My migraines are gone." Tom, student at Leeds University', "My migraines are gone.", True),
    # a workplace with a trade: the trade names the signer, no expert ("a trade is no such sign")
    ('"My migraines are gone." Sarah, 42, NHS nurse', "My migraines are gone.", True),
    ('"My migraines are gone." Tom, hospital porter', "My migraines are gone.", True),
    ('"My migraines are gone." Karen, Royal Infirmary cleaner', "My migraines are gone.", True),
])
def test_a_first_person_story_signed_with_a_name_is_read_once(text, told, quoted):
    assert _story(text) == (told, quoted)


@pytest.mark.parametrize("text", [
    '"My patients lose weight within a month," says Dr Lee.',                 # a speaker's verb of saying
    '"I lost weight within a month." Dr Lee said at the conference.',        # ... in what follows the quotation
    '"This year there were fewer colds in the school." Karen, Leeds',         # no first person
    "My back pain disappeared in three days. Talk to your GP.",               # no dash or quotation mark before it
    "My back pain disappeared in three days.",                                # no signature at all
    'The leaflet says "I feel better" Karen, Leeds',                          # words before the quotation
    '"I feel better." Karen, who lives in Leeds and has worked as a teacher at the school for many years',  # a sentence
])
def test_no_signed_story_without_its_shape(text):
    assert _story(text) is None


def test_a_reviews_signature_in_brackets_or_before_its_story_signs_it():
    # the signature in brackets after the quotation
    assert _story('\u2605\u2605\u2605\u2605\u2605 "My knees ache less after a month." (Moira, 67)') \
        == ("My knees ache less after a month.", True)
    assert _story('"My knees ache less after a month." (Moira, 67, retired nurse)') \
        == ("My knees ache less after a month.", True)
    # a title between the stars and the quotation is no part of the story
    assert _story('\u2605\u2605\u2605\u2605\u2605 Worth it. "I can climb the stairs again." Owen, 70') \
        == ("I can climb the stairs again.", True)
    # signed first, on the stars' line or the title's next line, with the story on a line of its own
    assert _story('\u2605\u2605\u2605\u2605 Good buy \u2014 Tessa K., 52\n"My cramps stopped in a week."', True) \
        == ("My cramps stopped in a week.", True)
    assert _story('\u2605\u2605\u2605\u2605\u2605 "No more aches"\nOwen, 70 \u2014 Verified Purchase\nMy hips feel '
                  'looser every morning.', True) == ("My hips feel looser every morning.", False)
    # near misses: the title's own capitalised words sign nothing; no first person in the story; brackets that
    # close no quotation; a stars line with no story under it
    assert _story('\u2605\u2605\u2605\u2605\u2605 "Jeans fit again"\nBloated for years. Took two and the '
                  'bloating went.', True) is None
    assert _story('\u2605\u2605\u2605\u2605\u2605 Great \u2014 Tessa K., 52\n"The bloating went in a week."',
                  True) is None
    assert _story('The cream is sold in two sizes (Small, 50 ml)') is None
    assert _story('\u2605\u2605\u2605\u2605\u2605 Great product \u2014 Tessa K., 52', True) is None
    # reviews one a line, each signed after its quotation: the first line's signature does not sign the next ones
    reviews = ('\u2605\u2605\u2605\u2605\u2605 "My knees are better!" \u2014 Tessa, 52\n'
               '\u2605\u2605\u2605\u2605 "I sleep well now." \u2014 Owen, 70')
    assert _story(reviews, True) != ("\u2605\u2605\u2605\u2605 \"I sleep well now.\"", False)
    assert _story(reviews, True) is None or not _story(reviews, True)[0].startswith("\u2605")


@pytest.mark.parametrize("text", [
    # an expert's "we" or "I", signed with a title, a degree, a role in research or a body spoken for: a report of
    # their work or an expert's endorsement, no customer's account of their own result
    '"We found that the supplement halved the number of migraines." Professor Jane Smith, University of Oxford',
    '"We found that the supplement halved the number of migraines." - Dr Jane Smith, cardiologist',
    '"In our trial we saw relapses fall by half." Jane Smith, PhD, lead author',
    '"We saw relapses fall by half." Jane Smith PhD',
    '"I recommend it to my patients and my own migraines are gone." Jane Smith, MD',
    '"We saw relapses fall by half." Jane Smith, lead researcher at Leeds General Infirmary',
    '"We saw relapses fall by half." Jane Smith, Leeds General Infirmary',
    '"We saw relapses fall by half." Jane Smith, Department of Medicine, University of Leeds',
])
def test_an_experts_signed_quotation_is_no_customers_story(text):
    assert _story(text) is None
    assert _expert_quotation(text) == text[1:text.index('."') + 1]  # its signature still known, to cut from claims


def test_a_reporting_verb_after_the_quotation_is_no_signature():
    # a verb of saying that quotations.yml does not list, read from lexicons/mentions.yml's speech_words
    assert _story('"We found that it halved relapses," Smith wrote.') is None
    assert _expert_quotation('"We found that it halved relapses," Smith wrote.') is None


def test_a_name_word_is_capitalised_letters():
    assert is_name_word("Patricia") and is_name_word("Oxford")
    assert not any(is_name_word(w) for w in ("patricia", "71", "R.", "", "Dr."))


def _whole(test, text: str) -> bool:
    analysis = analyse_text(text)
    return test(analysis, 0, len(analysis.tokens))


def test_a_story_tells_its_before_and_its_talk_apart_from_its_result():
    from pipeline.quotations import states_attitude, tells_before

    for text in ("I had knee pain for ten years.", "I used to get three colds every winter."):
        assert _whole(tells_before, text), text
    for text in ("My periods came back after four years.", "I sleep through the night for the first time in years.",
                 "The buzzing takes some getting used to."):
        assert not _whole(tells_before, text), text
    for text in ("I've told all my friends.", "My doctor was amazed.", "I wish I had found this years ago!",
                 # the other words of surprise "amazed" stands with
                 "My optician was speechless.", "My GP was stunned.", "The nurse was astonished.", "I was gobsmacked!",
                 "My consultant was flabbergasted.",
                 # more attitude after the break is still attitude
                 "I love it and my husband loves it too."):
        assert _whole(states_attitude, text), text
    for text in ("Now I don't even need ibuprofen.", "I noticed my hair was thicker after a week.",
                 "My baby stopped crying at night.", "My skin is stunning now.", "My knees no longer ache.",
                 # the surprise goes on to the result in a clause of its own
                 "My GP was stunned: my blood pressure is normal for the first time in 20 years.",
                 "I was stunned – my psoriasis cleared in two weeks.", "I love it and my knees stopped aching."):
        assert not _whole(states_attitude, text), text


def test_a_clinicians_plan_a_booking_or_a_trouble_that_had_lasted_is_the_storys_before():
    """The story's before in other shapes than a habit or a counted time: a clinician's plan or verdict, the teller
    booked for care or about to give up, a trouble that had gone on "for a year"; a time of use, a clinician's
    surprise at the result, or what the teller can do since the product is still a result."""
    from pipeline.quotations import tells_before

    for text in ("My GP wanted me on statins.", "My dermatologist was going to put me on steroids.",
                 "My surgeon had me booked for a release operation.", "My oncologist gave me six months.",
                 "I was booked in for a hip replacement.", "I was about to give up and switch to formula.",
                 "My leg ulcer had been open for a year.", "I've had psoriasis since I was a kid.",
                 # ... going on only to the turn to the product (review rvA-L6)
                 "My GP wanted me on statins, so I tried this instead.",
                 "I was about to give up, so I ordered a bottle.",
                 # another's use before the product, and a turn to the product after "then" (review B3-M1)
                 "I had been taking painkillers for a year.",
                 "My GP wanted me on painkillers for life, but then I tried this instead."):
        assert _whole(tells_before, text), text
    for text in ("I used it for a week and the rash cleared.", "My doctor was amazed at my results.",
                 "My GP took me off my blood pressure tablets.", "Since I started the drops I sleep all night.",
                 "After a month my palms are so much drier.", "My surgeon cancelled the operation.",
                 # a time of use, a verdict of recovery, a before that goes on to its result (review B2-H1)
                 "I've been taking it for a month and my joints feel great.",
                 "I have used it for a week and the rash has cleared.", "My GP gave me the all-clear last week.",
                 "My GP prescribed these drops and they cleared it in two days.",
                 "My pharmacist recommended SleepWell and I now sleep all night.",
                 "I haven't had a migraine since I was given these drops.",
                 # the turn to the product, then its result
                 "My GP wanted me on statins, so I tried this instead and my cholesterol is normal now.",
                 "My midwife wanted to refer us but after a week of the cookies he was feeding perfectly."):
        assert not _whole(tells_before, text), text


def test_a_story_closing_on_its_before_is_flagged_at_its_result():
    """A story whose last line tells a clinician's plan that the result changed is read at the result before it."""
    from pipeline.rules.sentences import is_customer_quote

    analysis = analyse_text('"My knee pain is gone after six weeks. My surgeon had wanted me booked for a '
                            'replacement." - Brenda, 67')
    assert [is_customer_quote(analysis, s) for s in analysis.segments][:2] == [True, False]
    # a time of use and a verdict of recovery are results, not the before (review B2-H1 of round 43)
    for story in ('"I\'ve been taking it for a month and my joints feel great. I\'ve told all my friends." - Jo, 54',
                  '"My GP gave me the all-clear after three months on it. I tell everyone about it." - Sam, 61'):
        analysis = analyse_text(story)
        assert [is_customer_quote(analysis, s) for s in analysis.segments][:1] == [True], story


def test_a_blocks_signed_story_is_read_once_for_the_claim_stage_and_the_rules(monkeypatch):
    """`Analysis.signed_story` keeps each block's reading: the claim stage (each sentence of the story) and SUB015's
    customer_quote test (each sentence it asks about) get the one reading, not one each."""
    import pipeline.quotations as quotations
    from conftest import audit_markdown

    read = quotations.read_signed_story
    asked: list[int] = []

    def counted(analysis, block):
        asked.append(block)
        return read(analysis, block)

    monkeypatch.setattr(quotations, "read_signed_story", counted)
    page = ("## Real stories\n\n\"My doctor wanted me on a statin. After 3 months of CardioRice my cholesterol went "
            "from 6.8 to 5.2 and I did not need one.\" Phil, 59\n\nOrder now and get free shipping.")
    result = audit_markdown(page)
    assert [f.code for f in result.flags if f.code == "SUB015"] == ["SUB015"]  # the rules asked too
    assert asked and len(asked) == len(set(asked))


def test_a_routine_is_the_products_use_at_a_recurring_time():
    """A verb of use with the product as its object tells the teller's routine; with the teller's life as its object,
    or going on to a new clause, it tells a result (quotations.tells_routine)."""
    from pipeline.quotations import clause_breaks, tells_routine

    for text in ("I use it every morning and evening.", "I take two capsules every morning.",
                 "I take BunionFix every morning.", "I rub some in every night."):
        assert _whole(tells_routine, text), text
    for text in ("Now I wear heels every day.", "Now I take the stairs every morning.",
                 "Now I can drink coffee every morning again.", "I drink a cup every morning and my bloating is gone.",
                 "I take two capsules every morning, and I sleep better."):
        assert not _whole(tells_routine, text), text
    assert {"and", ","} <= clause_breaks()   # the one list, lexicons/promotion.yml's


def test_a_line_of_what_the_product_is_like_to_use_tells_no_result():
    """A sensory, comfort or ease-of-use property said of the product, as a pronoun or with no subject, is the teller's
    opinion of it (quotations.praises_property); said of the teller's body or life, going on to a result, saying one
    is back or "easy to" with a verb other than one of use, it is a result's wording."""
    from pipeline.quotations import praises_property

    for text in ("It's so comfortable I forget I'm wearing it.", "Tastes great!", "Easiest health habit I've ever had.",
                 "Took a while to get used to the heat, but it's now the most relaxing part of my week.",
                 "They're really comfy.", "So easy to swallow.", "Honestly delicious, like a sweet.",
                 "These are super lightweight.", "It smells lovely.", "It's so comfy that I wear them all day."):
        assert _whole(praises_property, text), text
    for text in ("My feet are comfortable again.", "Stairs are easy now.", "It's so easy to lose weight with it.",
                 "It's so comfy and my ankles never swell now.", "My pain is gone and it's so easy.",
                 "Walking is comfortable at last.", "It's relaxing my muscles.", "My back feels comfortable now.",
                 "Sleeping is easier than before.", "Now I can sit comfortably through a film.",
                 # the teller as the subject after the property: what it let them do
                 "It's so easy I've lost two stone since January.",
                 "It's so relaxing I sleep through the night for the first time in years.",
                 "It is so easy that we have both lost weight."):
        assert not _whole(praises_property, text), text


def test_the_reaches_of_quotations_yml_are_numbers_not_word_lists(monkeypatch):
    """`plan_reach` and `account_care_reach` are counts (quotations.quotation_numbers), read as whole numbers the way
    sections.yml's `table_cell_max_words` is; a count written as a list is a DataError naming the file (review
    rvB2-L5: `plan_reach: [3]` was read with int(next(iter(frozenset))))."""
    import pipeline.patterns as patterns
    import pipeline.quotations as quotations
    from pipeline.errors import DataError
    from pipeline.patterns import read_yaml

    data = read_yaml("lexicons/quotations.yml")
    assert all(type(data[key]) is int for key in quotations.QUOTATION_NUMBERS)
    assert quotations.quotation_numbers() == {"plan_reach": 3, "account_care_reach": 8}
    assert not quotations.QUOTATION_NUMBERS & set(quotations.quotation_words())   # the word lists hold words only
    monkeypatch.setattr(patterns, "read_lexicon", lambda path, keys: {**data, "plan_reach": [3]})
    quotations._quotations_file.cache_clear()
    try:
        with pytest.raises(DataError, match="plan_reach"):
            quotations._quotations_file()
    finally:
        monkeypatch.undo()
        quotations._quotations_file.cache_clear()
