"""A person's own account, quoted and attributed on a page that neither sells nor hypes (quotations.read_accounts,
engine.spare_accounts): the wording flags of lexicons/quotations.yml `account_packs` inside it are the teller's
experience, not the page's claim, and are not raised; on a page that sells the same story is a testimonial and keeps
its flags; an expert's quotation, a quotation with no first person and the page's own sentences keep theirs."""

from __future__ import annotations

from conftest import audit_markdown

from pipeline.claims import find_topic_words, read_claims
from pipeline.ingest import build_source
from pipeline.nlp import analyse
from pipeline.quotations import read_accounts
from pipeline.rules.engine import find_flags, page_sells_or_hypes
from pipeline.rules.loader import load_rules

CHARITY = "# Living with gout\n\nThis page is written by a charity for people with gout and their families.\n\n"
STORY = ("## Priya's story\n\nPriya was 48 when the first attack came. \"I was terrified and I thought I would never "
         "walk properly again,\" she says.\n\n\"Now I've been attack-free for two years. I completely have my life "
         "back and I feel hopeful again.\"\n\n")
OWN = "Taken every day, these medicines completely prevent attacks.\n"
SHOP = ("# UricEase capsules\n\nUricEase is our natural formula for gout. Add to cart today for free shipping and "
        "a money-back guarantee.\n\n")


def _flags(markdown: str) -> list[tuple[str, str]]:
    return [(flag.code, flag.text) for flag in audit_markdown(markdown).flags]


def _accounts(markdown: str) -> list[str]:
    analysis = analyse(build_source("page.md", markdown, "md"))
    return [analysis.text_of(first, last) for first, last in read_accounts(analysis)]


def test_a_charitys_patient_story_is_not_flagged_and_its_own_sentence_after_it_is():
    flags = _flags(CHARITY + STORY + OWN)
    # the story's fear, hope, "completely" and own result are Priya's
    assert not [f for f in flags if f[1] in ("terrified", "hopeful", "my life back")]
    # the charity's own "completely", after the story, is the page's claim
    assert flags.count(("ABS003", "completely")) == 1


def test_the_same_story_on_a_page_that_sells_keeps_its_flags_and_the_page_still_sells():
    page = SHOP + STORY + OWN
    flags = _flags(page)
    assert ("EMO001", "terrified") in flags
    assert ("SUB010", "my life back") in flags
    assert flags.count(("ABS003", "completely")) == 2
    # the story is a testimonial there: the page's reading of selling, from all its sentences, is unchanged
    analysis = analyse(build_source("page.md", page, "md"))
    rules = load_rules()
    claims = read_claims(analysis, find_topic_words(analysis)).read(promotes=False)
    assert page_sells_or_hypes(analysis, claims, find_flags(analysis, claims, rules), rules)


def test_a_quoted_researchers_wording_on_a_news_page_keeps_its_flag_and_a_participants_does_not():
    """The speaker decides: a researcher's words in the first person are an expert's say, which the page reports and
    a reviewer weighs; a trial participant's are their own experience."""
    news = "# Gout trial reports its results\n\nA trial of 400 adults with gout was published this week.\n\n{}\n"
    said = "\"I was terrified {} never walk again, and now {} back,\" said {}."
    researcher = said.format("my patients would", "they have their lives", "Professor Hana Ito, who led the trial")
    participant = said.format("I would", "I have my life", "Hana Ito, 52, who took part in the trial")
    assert ("EMO001", "terrified") in _flags(news.format(researcher))
    assert not [flag for flag in _flags(news.format(participant)) if flag[1] in ("terrified", "my life back")]


def test_a_clinicians_first_person_quotation_is_no_account():
    """The near-miss of the speaker: a neurologist or a doctor speaking as "I" reports, as an expert."""
    quoted = "\"I was terrified for my son until this drug arrived,\" {} says.\n"
    assert _accounts(CHARITY + quoted.format("Priya")) == ["I was terrified for my son until this drug arrived,"]
    assert _accounts(CHARITY + quoted.format("her neurologist")) == []
    assert _accounts(CHARITY + quoted.format("Dr Priya Shah")) == []


def test_a_quotation_with_no_first_person_or_no_speaker_is_no_account():
    # the story's message in no one's first person ("The injections were a miracle") is the page's to answer for
    assert _accounts(CHARITY + "\"The tablets were a miracle,\" says Priya.\n") == []
    # a first-person quotation that no one is said to say, under no story heading: a slogan, not an account
    assert _accounts(CHARITY + "## Treatment\n\nThe campaign's poster reads \"I beat gout\".\n") == []


def test_a_story_sections_later_quotations_are_the_tellers_with_no_verb_of_saying():
    section = "## Treatment\n\nPriya started allopurinol. \"Now I rarely think about it.\"\n"
    assert _accounts(CHARITY + section) == []
    assert _accounts(CHARITY + section.replace("Treatment", "Priya's story")) == ["Now I rarely think about it."]


def test_a_story_signed_by_a_lay_person_is_an_account_and_one_signed_by_an_expert_is_not():
    told = "After a month on the tablets my attacks stopped."
    signed = "\"" + told + "\" {}\n"
    assert _accounts(CHARITY + signed.format("- Karen, 61, Leeds")) == [told]
    assert _accounts(CHARITY + signed.format("- Professor Jane Smith, University of Oxford")) == []


# review A2's findings on story40 (fixST40): a story that stops or refuses care, one that names a coined product,
# a practitioner's or a seller's first person, and a doctor the narration names who is not the speaker
def test_a_story_that_stops_or_refuses_care_keeps_every_accounts_flags_on_the_page():
    stops = ("\"I quit my steroids in March and my asthma is completely gone,\" says Tom, 40.\n\n"
             "\"I was terrified at first,\" he says.\n")
    flags = _flags(CHARITY + stops)
    assert ("SUB010", "my asthma is completely gone") in flags and ("EMO001", "terrified") in flags
    refuses = "\"My surgeon wanted me to have an operation. I said no, though I was terrified,\" says Ann, 59.\n"
    assert ("EMO001", "terrified") in _flags(CHARITY + refuses)
    # near misses: a result that stopped, and a doctor who stopped a medicine, are care: the story is still spared
    # (the rule of stopping care keeps its own flag there)
    result = "\"I was terrified, but after a month on the tablets my attacks stopped,\" says Ann, 59.\n"
    assert ("EMO001", "terrified") not in _flags(CHARITY + result)
    doctor = "\"I was terrified, but my GP took me off my pills last year,\" says Ann, 59.\n"
    assert [code for code, _ in _flags(CHARITY + doctor)] == ["SUB008"]


def test_an_account_that_names_a_coined_product_keeps_its_flags():
    told = "\"I was terrified, but after a month of {} I can walk again,\" says Jo, 44.\n"
    assert ("EMO001", "terrified") in _flags(CHARITY + told.format("GoutAway"))
    assert ("EMO001", "terrified") in _flags(CHARITY + told.format("UricX5"))
    # near miss: a medicine's common name, or an abbreviation with one lower-case letter, is no coined product
    assert ("EMO001", "terrified") not in _flags(CHARITY + told.format("allopurinol"))
    assert ("EMO001", "terrified") not in _flags(CHARITY + told.format("CoQ10"))


def test_a_rule_of_stopping_care_is_never_spared_in_an_account():
    told = "\"Since the diet I threw away my pills,\" says Jo, 44.\n"
    assert "SUB008" in {code for code, _ in _flags(CHARITY + told)}


def test_a_practitioner_or_a_seller_in_the_first_person_is_no_account():
    said = "\"I completely changed my diet and felt hopeful,\" says Lee Hart, {}.\n"
    assert _accounts(CHARITY + said.format("a retired bus driver")) != []
    assert _accounts(CHARITY + said.format("a certified nutrition coach")) == []
    assert _accounts(CHARITY + said.format("the brand's founder")) == []
    # a quotation about the teller's trade is no account of their life, whoever says it
    trade = "\"I see it every week: my clients completely stop their flare-ups,\" says Lee Hart.\n"
    assert _accounts(CHARITY + trade) == []
    assert _accounts(CHARITY + trade.replace("my clients", "my knees")) != []


def test_a_doctor_the_narration_names_is_not_the_speaker():
    story = ("Her rheumatologist changed her dose twice. \"It took months, but now I'm attack-free and I feel "
             "hopeful,\" {}.\n")
    assert _accounts(CHARITY + story.format("she says")) != []
    assert _accounts(CHARITY + story.format("her rheumatologist says")) == []
    assert _accounts(CHARITY + story.format("says Dr Amy Cole")) == []


def test_a_product_named_with_a_capital_and_a_digit_beside_a_rating_sells_and_its_testimonial_keeps_its_flags():
    """Pins the reverted narrowing of coined names (review A2-H4, H5): a brand with a capital then a digit ("DreamX4",
    "NightCalm2") beside a weak sign (a rating) is the page's product, and its customer's story a testimonial."""
    rules = load_rules()
    for name in ("DreamX4", "NightCalm2"):
        page = (f"# {name}\n\n{name} eases insomnia. {name} improves sleep within a week.\n\n"
                "\"I was terrified of bedtime for years,\" says Ana, 39. \"Now I sleep through the night.\"\n\n"
                "Rated 4.7 out of 5 (980 reviews).\n")
        analysis = analyse(build_source("page.md", page, "md"))
        claims = read_claims(analysis, find_topic_words(analysis)).read(promotes=False)
        assert page_sells_or_hypes(analysis, claims, find_flags(analysis, claims, rules), rules)
        assert ("EMO001", "terrified") in _flags(page)
    # near miss: the same story on a charity's page, naming no product, is the teller's own
    assert ("EMO001", "terrified") not in _flags(CHARITY + "\"I was terrified of bedtime for years,\" says Ana, 39.\n")


def test_a_story_signed_on_a_line_of_its_own_is_an_account():
    """Review A2-M3: a first-person paragraph whose signature stands alone on the next line."""
    told = "I was terrified when the attacks began. Now I walk to work again."
    assert _accounts(CHARITY + told + "\n\n— Gita, 52, Bristol\n") == [told]
    # near misses: an expert's signature, a line of the page's own, and a paragraph in no first person
    assert _accounts(CHARITY + told + "\n\n— Dr Gita Rao, rheumatologist\n") == []
    assert _accounts(CHARITY + told + "\n\nTalk to your GP about your options.\n") == []
    assert _accounts(CHARITY + "The attacks began at 50.\n\n— Gita, 52, Bristol\n") == []


def test_a_story_in_single_quotation_marks_is_an_account_and_an_apostrophe_opens_none():
    """Review A2-L1: UK style quotes in single marks; a plural's apostrophe and "I'm" are no marks."""
    said = "'I was terrified at first,' says Ann, 61. 'Now I'm back at my sons' football every week.'\n"
    assert _accounts(CHARITY + said) == ["I was terrified at first,", "Now I'm back at my sons' football every week."]
    assert ("EMO001", "terrified") not in _flags(CHARITY + said)
    # near misses: the page's own sentence with apostrophes, and a single-quoted slogan no one is said to say
    assert _accounts(CHARITY + "Our nurses' advice: I'm told it's the patients' choice.\n") == []
    assert _accounts(CHARITY + "## Treatment\n\nThe poster reads 'I beat gout'.\n") == []


# review B's findings on story40 (names41): coined names of more shapes, an inch mark, the story heading's words
# that head sober sections too, and the "-ician" ending
def test_an_account_that_names_a_product_of_another_shape_keeps_its_flags():
    told = "\"I was frightened, but after six weeks of {} I sleep through,\" says Dev, 37.\n"
    for name in ("DozeWell", "Dozix3", "iDoze", "Lunor™", "Dozix®"):
        assert ("EMO001", "frightened") in _flags(CHARITY + told.format(name)), name
    # near misses: a medicine with digits, a unit and a product's plain kind name no product of the page's; a word's
    # ending, a hyphen or a word before a kind of product alone name a brand, a person or a service as often (review A
    # names41-H1, H2: "Calpol", "Anne-Marie", "NHS Talking Therapies"), no seller's coinage
    for plain in ("vitamin B12", "HbA1c tests", "eye drops", "Dozix", "Calm Drops", "Rest-Eze", "Group Therapy"):
        assert ("EMO001", "frightened") not in _flags(CHARITY + told.format(plain)), plain


def test_a_story_of_a_brand_a_place_or_a_service_on_a_sober_page_is_the_tellers_own():
    # review A names41-H1, H2: real brands end in -ol/-ix/-ex, places and words too, services are "X Therapies"
    stories = ['"I gave my daughter Sinex at bedtime and it worked every time," says Kerry.',
               '"Since I started Valtrex I have been free of cold sores for a year," says Ravi.',
               '"Cool air from the fan saved my sleep. My hot flushes have completely gone," says Jo.',
               '"The Cardiac Rehab Programme gave me my confidence back," says Edna, 81.']
    for story in stories:
        flags = _flags(CHARITY + story + "\n")
        assert not [code for code, _ in flags if code in ("ABS003", "SUB010", "EMO004")], story
    # the same story of a coined product keeps its flags
    flags = _flags(CHARITY + '"I gave my daughter SnoozeEase at bedtime and it worked every time," says Kerry.\n')
    assert ("ABS003", "worked every time") in flags


def test_a_technician_or_an_aesthetician_speaks_for_a_trade():
    # review A names41-L1: a trade's say is the page's claim, not the teller's own life
    quoted = "\"I was sure my aids would fail, but they always last a full day,\" says Tom Reid, {}.\n"
    for role in ("a hearing aid technician", "an aesthetician at a skin clinic", "a cosmetician"):
        assert _accounts(CHARITY + quoted.format(role)) == [], role
    # near miss: a lay teller of the same words tells their own life
    assert _accounts(CHARITY + quoted.format("70, a retired teacher")) == [
        "I was sure my aids would fail, but they always last a full day,"]


def test_an_inch_mark_pairs_no_quotation():
    # the mark of '14"' is a measurement's: the quotation is the one the speaker's two marks close
    story = "Sam cut a 14\" splint for his wrist. \"I felt hopeless for months,\" says Sam, 52.\n"
    assert _accounts(CHARITY + story) == ["I felt hopeless for months,"]
    height = "At 6'2\" Omar found the bed short. \"My back was a mess,\" says Omar.\n"
    assert _accounts(CHARITY + height) == ["My back was a mess,"]
    # near miss: a closing quotation mark after a word, with a space before the speaker, is still a quotation's
    assert _accounts(CHARITY + "\"I felt hopeless at 52\" says Sam.\n") == ["I felt hopeless at 52"]


def test_an_owned_experience_heads_a_story_and_a_survey_of_experience_does_not():
    section = "## {}\n\nThe ward reopened in May. \"I felt safe there.\"\n"
    for heading in ("One carer's experience", "In their own words", "My experience of the ward"):
        assert _accounts(CHARITY + section.format(heading)) == ["I felt safe there."], heading
    for heading in ("Patient experience survey results", "Key words in this leaflet"):
        assert _accounts(CHARITY + section.format(heading)) == [], heading


def test_a_musician_or_a_beautician_is_no_clinician_and_a_paediatrician_is():
    quoted = "\"I was scared my hands would never play again,\" says {}.\n"
    for lay in ("Ruth, a musician", "the beautician Mo Ellis"):
        assert _accounts(CHARITY + quoted.format(lay)) == ["I was scared my hands would never play again,"], lay
    for clinician in ("her paediatrician", "the optician Mo Ellis", "an obstetrician"):
        assert _accounts(CHARITY + quoted.format(clinician)) == [], clinician


def test_one_first_person_list_in_two_numbers():
    from pipeline.quotations import quotation_words

    words = quotation_words()
    assert words["first_person"] == words["first_person_singular"] | words["first_person_plural"]
    # an account is told in the singular: "I'll" and "mine" tell one, a researcher's "we" none
    assert _accounts(CHARITY + "\"I'll never forget the fear,\" says Nia, 33.\n") == ["I'll never forget the fear,"]
    assert _accounts(CHARITY + "\"We found the fear faded in weeks,\" says Nia, 33.\n") == []


def test_one_speaker_test_for_an_accounts_attribution():
    from pipeline.quotations import is_expert_speaker

    for expert in ("professor", "phd", "researcher", "gp", "neurologist", "psychiatrist", "paediatricians", "coach"):
        assert is_expert_speaker(expert), expert
    for lay in ("musician", "beautician", "politician", "teacher", "mum", "neighbour"):
        assert not is_expert_speaker(lay), lay


def test_a_verb_of_saying_attributes_a_quotation_within_its_reach_and_outside_it():
    from pipeline.quotations import saying_verbs_near

    analysis = analyse(build_source("page.md", "\"I told my sister first,\" says Omar, and he smiled.\n", "md"))
    tokens = analysis.tokens
    marks = [i for i, token in enumerate(tokens) if token.text == '"']
    inside = set(range(marks[0], marks[1] + 1))
    verbs = [tokens[i].text for i in saying_verbs_near(analysis, marks, 0, len(tokens), inside)]
    # "says" after the closing mark attributes it; "told" inside the quotation is the teller's own word
    assert verbs == ["says"]
