"""Mention, not use: wording an article names as a warning sign is not flagged (pipeline/rules/mentions.py)."""

from __future__ import annotations

import pytest

from pipeline.audit import audit_source
from pipeline.ingest import build_source
from pipeline.nlp import analyse
from pipeline.rules.loader import load_rules
from pipeline.rules.mentions import find_mentioned, is_mentioned
from conftest import claims_for, flags_for, shipped_index

ITEMS = "- A miracle pill that cures arthritis overnight.\n- Results guaranteed for everyone.\n"


def _codes(markdown: str) -> list[str]:
    analysis = analyse(build_source("page.md", markdown, "md"))
    return sorted(f.code for f in audit_source(analysis, shipped_index(), load_rules()).flags)


LABELLED = ("- Improved hydration: The fluid rehydrates the body quickly.\n"
            "- Enhanced energy levels: B vitamins boost energy.\n- Boosted immune system: Zinc strengthens immunity.\n")


@pytest.mark.parametrize(("lead", "items", "flagged"), [
    # the items asserted by the page: flagged
    ("# Our product\n\nIt helps.", ITEMS, {"CUR001"}),
    # ... the same items under a lead-in naming red flags, or under a warning heading: mentions
    ("# Spotting health fraud\n\nWatch out for these red flags in ads:", ITEMS, set()),
    ("# Health products\n\n## Warning signs of a scam", ITEMS, set()),
    # the page's own labelled list is flagged (CMP003 on the labels, EFF005 on the immune boosting) ...
    ("# IV vitamin therapy\n\nOur IV drips offer these benefits:", LABELLED, {"CMP003", "EFF005"}),
    # ... the same list after a lead that reports what proponents claim is theirs, not the page's
    ("# IV vitamin therapy\n\nProponents of IV vitamin therapy claim several potential benefits, including:", LABELLED,
     set()),
    ("# IV vitamin therapy\n\nPurported benefits include:", LABELLED, set()),
    # an item's label under a warning lead is part of the item too
    ("# Spotting health fraud\n\nWatch out for these red flags in ads:", LABELLED, set()),
    # "Doctors say" is an authority used to sell (AUT), "our" the page's own voice: the items are claims
    ("# IV vitamin therapy\n\nOur nurses say the drips offer benefits, including:", LABELLED, {"CMP003"}),
    ("# IV vitamin therapy\n\nDoctors say the drips offer benefits, including:", LABELLED, {"CMP003"}),
])
def test_a_lead_or_heading_that_names_warning_signs_or_reports_others_makes_its_list_mentions(lead, items, flagged):
    """A list is the page's use of its wording unless its lead or heading names the items as warning signs or as what
    others claim: then every item, its label too, is a mention and raises no flag."""
    codes = _codes(f"{lead}\n\n{items}")
    assert flagged <= set(codes) if flagged else codes == []


def test_a_quotation_given_to_a_speaker_stays_a_use():
    text = "\u201cThis tea cured my diabetes,\u201d says one customer. Words like \u201cmiracle\u201d are red flags."
    analysis = analyse(build_source("page.txt", text, "txt"))
    ranges = find_mentioned(analysis)
    cured = text.index("cured")
    miracle = text.index("miracle")
    assert not is_mentioned(ranges, cured, cured + 5)
    assert is_mentioned(ranges, miracle, miracle + 7)


def test_unframed_quotation_marks_are_emphasis_and_a_distanced_quotation_a_mention():
    """On a seller's page quotation marks stress the wording ('our "miracle cure"'), which stays flagged; 'so-called'
    or 'words like' before them hold it at a distance."""
    assert {"CUR001", "CUR002"} <= set(_codes('Our supplement is a "miracle cure" for arthritis.'))
    assert not {"CUR001", "CUR002"} & set(_codes('Be sceptical of so-called "miracle cures" for arthritis.'))


def test_an_inch_mark_opens_no_quotation():
    text = 'Grate 2" of root. Ginger cures nausea in everyone. Buy "Ginger Plus" today.'
    ranges = find_mentioned(analyse(build_source("page.txt", text, "txt")))
    cures = text.index("cures")
    assert not is_mentioned(ranges, cures, cures + 5)


def test_a_myth_label_names_the_myth_after_it():
    # as a label of its own ("Myth:" then the sentence) or inside one sentence after a paragraph break
    assert "CUR001" not in _codes("Myth: Turmeric tea cures arthritis.")
    assert "CUR001" not in _codes("Myth: turmeric tea cures arthritis.\n\nFact: it may ease some joint pain.")
    assert "CUR001" in _codes("Benefits: Turmeric tea cures arthritis.")   # any other label is the page's own voice


def test_a_pitch_the_article_says_is_being_touted_is_reported():
    assert "HYP001" not in _codes("The drug maker is touting its new pill as a groundbreaking treatment for gout.")
    assert "HYP001" in _codes("Our new pill is a groundbreaking treatment for gout.")


def test_wording_that_has_become_a_warning_sign_is_named():
    assert "EFF005" in _codes("Our zinc drops are boosting the immune system of the whole family.")
    assert "EFF005" not in _codes("Sadly, boosting the immune system has become a red flag for quack remedies.")
    assert "CUR001" not in _codes("A herbal tea that cures cancer has become a warning sign of fraud.")


def test_the_warning_signs_of_a_disease_are_symptoms_not_a_frame():
    assert "ABS003" in _codes("Warning signs of a stroke include sudden weakness, and treatment guarantees full "
                              "recovery.")


def test_a_quoted_word_that_a_sentence_is_about_is_named():
    """'"safe" is relative' speaks of the word; 'our "safe" formula' uses it."""
    assert "SAF002" not in _codes("Vaccines carry small risks. The fuller answer is that 'safe' is relative.")
    assert "SAF002" not in _codes('"Natural" doesn\'t mean safe, and "safe" is a word regulators watch.')
    assert "SAF002" in _codes('Our "safe" formula suits the whole family.')


# Advertising an article reports (an enforcement notice, a news story) is a mention: a seller or its advert is the
# subject of a verb of claiming, or the article calls the claiming false.
REPORTED_ADVERTISING = [
    ("The seller claims its tea has been clinically proven to lower blood sugar.", "AUT004"),
    ("Ads for the capsules say they are proven to reverse hair loss.", "ABS007"),
    ("The firm promoted the shake as a powerful natural remedy for arthritis.", "HYP001"),
    ("The marketers described the patch as highly effective against migraines.", "EFF001"),
    ("A Florida-based supplement company touts its gummies as highly effective for arthritis.", "EFF001"),
    ("The company\u2019s website says the drops are scientifically proven to cure insomnia.", "AUT004"),
    ("The defendants deceptively advertised that their bracelet relieves arthritis pain and was clinically proven "
     "to eliminate stiffness.", "AUT004"),
    ("According to the label, the capsules are highly effective against colds.", "EFF001"),
    ("The clinic\u2019s founder falsely told patients that the injections cure knee arthritis.", "CUR001"),
    ("The sellers made unsupported claims about the gummies being highly effective for anxiety.", "EFF001"),
    ("The complaint says the firm misrepresented that its tea was clinically proven to lower blood pressure.",
     "AUT004"),
    # what the proponents of a practice believe or claim, reported
    ("Proponents of ionized alkaline water believe that the smaller clusters give it excellent hydrating properties.",
     "HYP001"),
    ("Advocates of colloidal silver claim it is highly effective against colds.", "EFF001"),
]

# The same words in the page's own voice, or behind an authority used to sell, stay uses.
OWN_VOICE = [
    ("Our formula has been clinically proven to lower blood sugar.", "AUT004"),
    ("Doctors say this powerful remedy cures arthritis.", "CUR001"),
    ("Our company promises guaranteed relief from joint pain.", "ABS003"),
    ("Our company\u2019s website says the drops are scientifically proven to relieve insomnia.", "AUT004"),
    ("We market the patch as highly effective against migraines.", "EFF001"),
    ("Our label says the capsules are clinically proven to relieve hay fever.", "AUT004"),
    ("Our supporters say this powerful remedy cures arthritis.", "CUR001"),
]


@pytest.mark.parametrize("sentence,code", REPORTED_ADVERTISING)
def test_reported_advertising_is_a_mention(sentence, code):
    assert code not in _codes(sentence)


@pytest.mark.parametrize("sentence,code", OWN_VOICE)
def test_the_pages_own_claims_stay_uses(sentence, code):
    assert code in _codes(sentence)


def test_a_colon_ends_a_frame_that_has_its_object():
    """After "a company that promises results:" the page speaks for itself; after "watch out for these words:" or
    "products that promise:" the named wording follows."""
    assert "CUR001" in _codes("We are a company that promises results: this tea cures diabetes.")
    assert "CUR001" not in _codes("Watch out for these words: miracle cure, cures diabetes overnight.")
    assert "CUR001" not in _codes("Be wary of products that promise: this tea cures diabetes.")


@pytest.mark.parametrize("follow_up", ["It also said the tea is completely safe for everyone.",
                                       "They further claimed the tea is completely safe for everyone.",
                                       "The company also said the tea is completely safe for everyone."])
def test_the_next_sentence_can_continue_a_reported_advert(follow_up):
    """A report of advertising carried on by the seller named again ("It also said …") is still reported wording;
    the same sentence after the article's own words, or after a plain news quote, is a use."""
    assert "SAF001" not in _codes("The company advertised that its tea cures diabetes. " + follow_up)
    assert "SAF001" in _codes("The tea tastes of mint. " + follow_up)
    assert "SAF001" in _codes("The company said it would recall one batch. " + follow_up)


def test_a_continued_report_needs_the_same_paragraph_and_a_report_that_ran_to_its_end():
    follow_up = "It also said the tea is completely safe for everyone."
    assert "SAF001" in _codes("The company advertised that its tea cures diabetes.\n\n" + follow_up)
    # the report ended at "but": the next sentence's "it" is the article's own product
    assert "SAF001" in _codes("Some companies claim that teas cure diabetes, but ours is honest. " + follow_up)


def test_a_quotation_said_to_be_some_wording_is_a_mention():
    """'A common mantra of X has long been "boosting the immune system"': the quotation is what the mantra is, a
    phrase named; the same quotation said of a product, or of the page's own promise, stays a use."""
    assert _codes('A favourite slogan of wellness sellers has long been "boosting the immune system."') == []
    assert "EFF005" in _codes('Vitamin C has long been "boosting the immune system."')
    assert "EFF005" in _codes('Our promise has always been "boosting the immune system."')


def test_a_belief_answered_by_the_next_sentence_is_named():
    """'Many people think X. However, …' reports X to answer it; without the answer the belief may be the page's."""
    assert "SAF002" not in _codes("Many people think this tea is a safe product. However, it can harm the liver.")
    assert "SAF002" not in _codes("Many people think this tea is a safe product, but it can harm the liver.")
    assert "CAU004" not in _codes("Some parents believe that vaccines cause autism. In fact, studies of millions of "
                                  "children found no link.")
    assert "SAF002" in _codes("Many people think this tea is a safe product. Our customers love it. "
                              "Add to cart today.")


def test_a_term_quoted_at_a_distance_stays_named_where_it_is_quoted_again():
    """'From “energy drips” and “hangover cures” to …' names trends (the range, and the quotation joined to a named
    one); the page's heading that quotes the term again names it too. 'our “hangover cure”' is a use."""
    page = ("# Vitamin Drips and “Hangover Cures”\n\nFrom “energy drips” and “hangover cures” to vitamin infusions, "
            "more people are turning to IV fluids.\n")
    assert "CUR001" not in _codes(page)
    assert "CUR001" in _codes("# Our “Hangover Cures”\n\nOur “hangover cures” work in an hour.\n")


def _voices(text: str) -> dict[str, str]:
    analysis = analyse(build_source("page.txt", text, "txt"))
    return {c.text: c.voice for c in audit_source(analysis, shipped_index(), load_rules()).claims}


def test_a_claim_the_page_denies_or_reports_is_marked_in_the_ledger():
    """sober19: a claim under a denial ("There is no evidence that …", "… have not been shown to …") is "denied",
    one the page reports of others ("Manufacturers claim …") "reported", the page's own "own"; the first two raise no
    flag of their own wording (qa29 page 05, a page debunking detox foot pads)."""
    voices = _voices("There is no scientific evidence that foot detox pads remove toxins from the body. "
                     "Manufacturers claim that the pads cure insomnia and anxiety. "
                     "The pads change colour because of the wood vinegar in them.")
    assert sorted(voices.values()) == ["denied", "own", "reported"]
    assert voices[next(t for t in voices if "wood vinegar" in t)] == "own"
    assert "denied" in _voices("Magnet bracelets have not been shown to relieve arthritis pain.").values()
    # sober26: "no" opening the subject denies as "none of" does ("No diet has been shown in clinical trials to cure
    # cancer", on a fact-check page); the same sentence without it is the page's own
    assert list(_voices("No diet has been shown in clinical trials to cure cancer.").values()) == ["denied"]
    assert list(_voices("This diet has been shown in clinical trials to cure cancer.").values()) == ["own"]
    assert list(_voices("No side effects have been shown in trials of this tea.").values()) == ["own"]
    # "no other" compares with the page's own product: its claim, not a denial (a weighted blanket's seller)
    assert list(_voices("No other sleep aid has been proven to work this well.").values()) == ["own"]
    # a clause with a subject of its own after ", and" is not under the denial before it
    assert _codes("Our tea has not been shown to cause side effects, and it cures arthritis completely.")


def test_a_quantified_denial_that_compares_is_a_superlative_not_a_denial():
    """review2: "No X has been shown to …" followed by a comparison ("than", "as well as", "as … as") ranks the thing
    compared with above every other, a seller's claim, not a denial; a comparison with a placebo or among the things
    quantified ("better than another", on a low-back-pain page) stays a denial, and
    so does a comparison under a denial that does not quantify its subject."""
    for superlative in ("No serum has been shown to work faster than GlowHair.",
                        "None of the other creams has been proven to work as fast as ours."):
        assert analyse(build_source("page.txt", superlative, "txt")).denied == (), superlative
    assert list(_voices("No drug has been shown to work as well as turmeric for arthritis.").values()) == ["own"]
    for denied in ("No herbal remedy has been shown to work better than placebo.",
                   "No single type of exercise has been shown to be better than another.",
                   "No diet has been shown in clinical trials to cure cancer.",
                   "No supplement has been shown to prevent colds as a rule.",
                   "Turmeric has not been shown to work as well as ibuprofen for arthritis."):
        assert list(_voices(denied).values()) == ["denied"], denied


def test_a_denial_of_the_pages_own_product_or_of_a_harm_is_a_safety_claim():
    """A seller's "There is no evidence that our tea has any side effects" is its own safety claim, not a claim it
    denies: a denied claim that opens with a first-person word, or that names a harm it does not say is lessened, is
    the page's own. A denial of a benefit stays one, "our" further on (generic) and a harm lessened included."""
    for own in ("There is no evidence that our tea has any side effects.",
                "There is no evidence that this tea causes side effects or any other harm.",
                "Our detox tea has not been shown to cause any side effects."):
        assert list(_voices(own).values()) == ["own"], own
    for denied in ("There is no evidence that detox pads remove toxins.",
                   "There is no evidence that detox pads remove toxins from our bodies.",
                   "There is no evidence that detox pads reduce the side effects of chemotherapy."):
        assert list(_voices(denied).values()) == ["denied"], denied


def test_a_denial_reaches_to_a_contrast_or_an_aside_only():
    text = ("There is no proof that other creams work, but our cream cures eczema. "
            "Unlike teas that have not been shown to work, our tea cures colds.")
    analysis = analyse(build_source("page.txt", text, "txt"))
    denied = analysis.denied
    assert is_mentioned(denied, text.index("other creams"), text.index("other creams") + 5)
    for own in ("our cream cures", "our tea cures"):
        at = text.index(own)
        assert not is_mentioned(analysis.mentioned, at, at + len(own))


def test_the_ledger_has_a_voice_column():
    from pipeline.models import RunResult, SourceResult
    from pipeline.outputs.claims_csv import render

    analysis = analyse(build_source("page.txt", "There is no evidence that magnets ease arthritis.", "txt"))
    result = audit_source(analysis, shipped_index(), load_rules())
    rows = render(RunResult("test", (SourceResult("page.txt", result.claims, result.flags),))).splitlines()
    header = rows[0].split(",")
    assert rows[1].split(",")[header.index("voice")] == "denied"



@pytest.mark.parametrize(("page", "claimed", "own"), [
    ("The claim that turmeric cures arthritis is false.", "turmeric cures arthritis", False),
    ("Spot reduction is a myth.", "Spot reduction", False),
    # (a ruling before the claim takes it to the end of the sentence, its mark too)
    ("It is a myth that turmeric cures arthritis.", "turmeric cures arthritis.", False),
    # the page's own product named and ruled on: found once, as the page's own
    ("The claim that our detox tea is a scam is false.", "our detox tea is a scam", True),
])
def test_each_ruling_is_found_once_with_what_it_rules_on_and_whose_it_is(page, claimed, own):
    from pipeline.rules.mentions import find_own_rulings, find_ruled, find_rulings

    analysis = analyse(build_source("page.md", f"# Page\n\n{page}\n", "md"))
    rulings = find_rulings(analysis)
    assert [(analysis.source.text[r.claimed_start:r.claimed_end], r.own) for r in rulings] == [(claimed, own)]
    assert bool(find_own_rulings(analysis)) is own and bool(find_ruled(analysis)) is not own


@pytest.mark.parametrize(("text", "flagged"), [
    # a claim named by the noun of claiming and what it claims: talked about, not made
    ("Claims of a miracle cure for arthritis are rarely true.", False),
    ("The claim of instant results is false.", False),
    ("Sellers' boasts of a cure for tinnitus are not backed by trials.", False),
    ("Assurances of a miracle cure should make you wary.", False),
    ("Promises of a cure for diabetes are common online.", False),
    # the page's own promises, and a claim made with no noun of claiming: uses
    ("Our promises of a miracle cure are backed by science.", True),
    ("This tea is a miracle cure for arthritis.", True),
])
def test_a_claim_named_by_a_noun_of_claiming_is_a_mention(text, flagged):
    """"Claims of X", "boasts of X", "assurances of X": the page talks about the claim X; "our promises of X" are its
    own."""
    assert bool(_codes(text)) is flagged, _codes(text)


def test_a_claim_named_by_a_noun_of_claiming_is_a_mention_on_a_page_that_sells_too():
    """The claim talked about is not made, whoever talks about it: a seller that calls others' claims of no side
    effects rarely true makes none (its own promises elsewhere keep their flags)."""
    shop = "\n\nOur balm soothes dry skin. Buy now with free UK delivery.\n"
    assert "SAF001" not in _codes("Claims of no pain, no downtime and no side effects are rarely true." + shop)
    assert "SAF001" in _codes("Our balm has no side effects." + shop)


# A range of names ("called … everything from “…” to “…”") names others' words, unless the sentence calls the thing
# ours: a seller quoting the praise of its own product makes that wording its own, with its flags and its claim's
# category
@pytest.mark.parametrize("text", [
    "Our members have called FlexaGel everything from \"a miracle cure for sore knees\" to \"life changing\".",
    "Buyers call my sleep spray anything from \"a miracle cure\" to \"the best thing I ever bought\".",
])
def test_a_range_of_praise_for_our_own_product_is_the_sellers_wording(text):
    page = text + " Add to cart today for free shipping."
    assert {"CUR001", "CUR002"} <= {f.code for f in flags_for(page)}
    assert [c.category for c in claims_for(page)][:1] == ["cure"]


@pytest.mark.parametrize("text", [
    "Ginger has been called everything from \"a miracle root\" to \"a cure for nausea\", but trials disagree.",
    "I have heard apple cider vinegar called everything from \"a miracle cure\" to \"pure snake oil\".",
])
def test_a_range_of_names_others_gave_stays_named(text):
    assert not {"CUR001", "CUR002"} & {f.code for f in flags_for(text)}
