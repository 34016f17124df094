"""Sections that make no claims: the entries of a reference list, however sparse, and only those."""

from __future__ import annotations

import pytest

from pipeline.claims import extract_claims
from pipeline.ingest import build_source
from pipeline.nlp import analyse


def claim_texts(markdown: str) -> list[str]:
    return [c.text for c in extract_claims(analyse(build_source("page.md", markdown, "md")))]


@pytest.mark.parametrize("entry", [
    "NIH. Vitamin D supplements prevent colds in children. 2023.",  # no authors, volume or DOI
    "Mayo Clinic. Statins lower heart attack risk, 2022.",
    "Office of Dietary Supplements. Vitamin D protects bones. Updated June 2024.",
    "Harvard Health. Statins cut the risk of stroke. https://www.health.harvard.edu/statins",  # a link, no year
])
def test_a_sparse_reference_entry_is_no_claim(entry):
    found = claim_texts(f"# Vitamin D\n\nVitamin D supplements reduce bone loss in older adults.\n\n"
                        f"## References\n\n1. {entry}\n")
    assert found == ["Vitamin D supplements reduce bone loss in older adults"]


def test_a_claim_with_a_year_under_notes_stays():
    found = claim_texts("# Statins\n\n## Notes\n\nIn 2019 statins lowered LDL cholesterol by 30% in a large trial.\n")
    assert found and "lowered LDL cholesterol" in found[0]


def test_a_line_that_dates_the_page_is_no_claim():
    from pipeline.sections import is_page_date

    assert is_page_date("Last reviewed: January 2025") and is_page_date("Page updated 3 March 2024")
    assert not is_page_date("A trial published in 2019 found that statins lower LDL cholesterol in adults.")
    assert not is_page_date("Trial results published in 2024 show benefit.")  # short, but a finding
    assert not is_page_date("Guidelines revised in 2023 now recommend statins.")


def test_a_missing_key_in_the_sections_lexicon_is_a_data_error(monkeypatch):
    import pytest

    from pipeline import patterns, sections
    from pipeline.errors import DataError

    read = patterns.read_lexicon
    monkeypatch.setattr(patterns, "read_lexicon",
                        lambda path, keys: {k: v for k, v in read(path, keys).items() if k != "access_words"})
    sections._sections_file.cache_clear()
    sections._lexicon.cache_clear()
    try:
        with pytest.raises(DataError, match="missing keys"):
            sections._lexicon()
    finally:
        sections._sections_file.cache_clear()
        sections._lexicon.cache_clear()


@pytest.mark.parametrize("line", [
    "★★★★★ 4.8 out of 5 (3,406 reviews)",
    "Rated 4.5/5 by 712 verified buyers",
    "⭐⭐⭐⭐ 4.2 stars from 1,980 ratings",
    "★★★★☆ 4.4 (860 reviews) · 60 capsules · Vegan",
    "Sold by Meadowlark Botanicals · ★★★★★ 4.7 (1,015 reviews) · 50 ml spray",
    "Written by the Hollin Health Team · Medically reviewed by a practice nurse",
    "Oakfield Family Pharmacy · Patient leaflets · Last reviewed May 2025",
    "Greyfield Health News · Updated 4 March 2025 · 6-minute read",
    # product facts beside the rating: no cue, no verb
    "Sold by Auralis Naturals · ★★★★☆ 4.3 (2,687 reviews) · 30 ml dropper bottle",
    "Gluten-free · 90 tablets · ★★★★★ 4.8 (940 reviews)",
])
def test_a_line_of_page_or_listing_details_is_no_claim(line):
    found = claim_texts(f"# Knee Gel\n\n{line}\n\nThe gel eases knee pain within a week.\n")
    assert found == ["The gel eases knee pain within a week"]


@pytest.mark.parametrize("line, kept", [
    # a field that names a disease, or a clause beside a rating, asserts something of health
    ("Cures arthritis · ★★★★★ 4.9 (1,200 reviews)", "Cures arthritis"),
    ("★★★★★ 4.9 out of 5 – my knee pain was gone in a week and I can walk to the shops again",
     "my knee pain was gone in a week"),
    # a score without a scale is a figure, not a rating; "caused by" is no credit
    ("4.9 million adults in England have osteoarthritis", "4.9 million adults in England have osteoarthritis"),
    ("Written off by doctors, the patients recovered in weeks · Day 3", "the patients recovered in weeks"),
    # a short promise beside a rating names no disease but says what the product does or how sure it is
    ("Relief in 60 seconds · ★★★★★ 4.9 (2,317 reviews)", "Relief in 60 seconds"),
    ("Works in 7 days · ★★★★★ 4.9 (1,204 reviews)", "Works in 7 days"),
    ("Clinically proven · Rated 4.8/5 by 3,100 verified buyers", "Clinically proven"),
    ("Drug-free · Non-habit forming · ★★★★☆ 4.3 (687 reviews)", "Non-habit forming"),
])
def test_a_claim_beside_page_details_stays(line, kept):
    found = claim_texts(f"# Knee Gel\n\n{line}\n")
    assert any(kept in claim for claim in found), found


@pytest.mark.parametrize("line", [
    # a masthead: the publisher's name, then the page's section or series, health words and all
    "Ashby Vale Migraine Society · Registered charity · Information and advice",
    "Northgate University Hospital · Diabetes Centre · Patient information leaflet",
    "Kelso Clinical Notes · Respiratory medicine section · Reviewed by our chest physicians",
    "Brightwater Family Pharmacy · Ask us about a blood pressure check, no appointment needed",
    "Breathewell, the asthma charity · Information and support",
    "Lakeside Health Answers: a reference for patients · Kidney disease topics",
])
def test_a_masthead_of_the_publisher_is_no_claim(line):
    found = claim_texts(f"# Knee Gel\n\n*{line}*\n\nThe gel eases knee pain within a week.\n")
    assert found == ["The gel eases knee pain within a week"], found


@pytest.mark.parametrize("line, kept", [
    # a name opening the line, but a field that promises what the product does
    ("Joint Ease Forte · Rebuilds worn cartilage in 30 days", "Rebuilds worn cartilage"),
    ("Calmwave Sleep Spray · Clinically Proven · Free delivery", "Clinically Proven"),
    ("Cures Arthritis · Free delivery", "Cures Arthritis"),
    # a field set off by a dot that is no name: a sentence, lower case at its opening
    ("Trusted by 40,000 patients · Relieves back pain in days", "Relieves back pain"),
])
def test_a_promise_beside_a_name_stays_a_claim(line, kept):
    found = claim_texts(f"# Knee Gel\n\n{line}\n")
    assert any(kept in claim for claim in found), found


@pytest.mark.parametrize("notice", [
    "Food supplements should not be used as a substitute for a varied, balanced diet and a healthy lifestyle.",
    "Food supplements should not replace a varied diet.",
    "Individual results may vary.",
    "The Restwell pillow is a comfort product and is not a medical device.",
    "This service is not a substitute for medical diagnosis or treatment.",
])
def test_a_sellers_statutory_notice_is_no_claim(notice):
    found = claim_texts(f"# Sleep Gummies\n\nMelatonin gummies shorten the time it takes to fall asleep.\n\n{notice}\n")
    assert found == ["Melatonin gummies shorten the time it takes to fall asleep"]


@pytest.mark.parametrize("sentence, kept", [
    ("Individual results may vary, but most users see fewer floaters within 7 days.",
     "most users see fewer floaters within 7 days"),
    ("VitreoClear is not a medical device, but it clears floaters in 30 days.", "it clears floaters in 30 days"),
    ("I'm not a doctor, but this tea cures migraines.", "this tea cures migraines"),
])
def test_a_claim_after_a_notice_and_but_stays_and_the_notice_is_none(sentence, kept):
    found = claim_texts(f"# VitreoClear Eye Floaters Supplement\n\n{sentence}\n")
    assert found == [kept]


def test_a_sentence_of_notices_only_is_no_claim():
    found = claim_texts("# Sleep Gummies\n\nMelatonin gummies shorten the time it takes to fall asleep.\n\n"
                        "These statements have not been evaluated by the FDA; this product is not intended to diagnose, "
                        "treat, cure or prevent any disease.\n")
    assert found == ["Melatonin gummies shorten the time it takes to fall asleep"]


@pytest.mark.parametrize("sentence, kept", [
    # the same topics said as findings, not as the label's notice, stay claims
    ("A varied diet supplies most adults with enough vitamin C.", "A varied diet supplies most adults"),
    ("Results vary: about half of people respond to the first antidepressant they try.",
     "about half of people respond"),
    ("An insulin pump is a medical device that delivers insulin under the skin.", "is a medical device"),
])
def test_a_finding_near_the_notice_wording_stays_a_claim(sentence, kept):
    found = claim_texts(f"# Health\n\n{sentence}\n")
    assert any(kept in claim for claim in found), found


@pytest.mark.parametrize("line, details", [
    ("★★★★★ 4.9 out of 5 (2,317 reviews)", True),  # one field, a rating
    ("Sold by Auralis Naturals · ★★★★☆ 4.3 (2,687 reviews) · 30 ml dropper bottle", True),
    ("Health advice hub · Last reviewed August 2026", True),
    ("Cures arthritis · ★★★★★ 4.9", False),  # a field beside the rating names a disease
    ("Vitamin D supplements reduce bone loss · in older adults", False),  # fields, none of them a detail
    ("Vitamin D supplements reduce bone loss in older adults.", False),  # one field, no detail
])
def test_a_details_line_is_told_by_its_fields(line, details):
    from pipeline.sections import is_page_details

    analysis = analyse(build_source("page.md", line, "md"))
    assert is_page_details(analysis, 0, len(analysis.tokens)) is details


def test_emphasis_names_small_type_apart_from_italics():
    from pipeline.sections import _emphasis

    for raw, markup in (("<p><small>Food supplement.</small></p>", "small"),
                        ("<p><em>Food supplement.</em></p>", "italic"),
                        ("<p><strong>Food supplement.</strong></p>", "bold"),
                        ("<p>Food supplement.</p>", "")):
        start = raw.index("Food")
        assert _emphasis(raw, "html", start, raw.index(".") + 1) == markup, raw


@pytest.mark.parametrize("sentence", [
    # the publisher's own service and its practicalities
    "Our advice line is open every weekday from 8am to 6pm.",
    "Our peer support groups meet in libraries and community centres.",
    "Our pharmacists can supply a repeat inhaler without an appointment.",
    "Our volunteers are happy to talk things through on the phone.",
    "Our specialist nurses will call you back within two working days.",
])
def test_the_publishers_own_service_is_no_claim(sentence):
    found = claim_texts(f"# Asthma\n\n{sentence}\n\nThe gel eases knee pain within a week.\n")
    assert found == ["The gel eases knee pain within a week"], found


@pytest.mark.parametrize("sentence, kept", [
    # what the service's staff promise or report, or what its product does, is a claim
    ("Our nurses will help you beat asthma for good.", "beat asthma"),
    ("Our pharmacists say the spray clears a blocked nose in minutes.", "clears a blocked nose"),
    ("Our inhaler is available on prescription and halves asthma attacks.", "halves asthma attacks"),
    # a service named without "our" is the text's own statement
    ("Specialist nurses can reduce hospital admissions for asthma.", "reduce hospital admissions"),
])
def test_a_claim_about_or_by_a_service_stays(sentence, kept):
    found = claim_texts(f"# Asthma\n\n{sentence}\n")
    assert any(kept in claim for claim in found), found


@pytest.mark.parametrize("sentence", [
    # what the reader's clinician will say, and what has been done for the reader so far
    "Your consultant will explain which dose of insulin is right for you.",
    "Your midwife will talk to you about the risks of pre-eclampsia.",
    "Your asthma nurse will tell you if you need a spacer.",
    "Your GP will discuss the benefits and risks of HRT with you.",
    "You have been seen in our fracture clinic with a broken ankle.",
])
def test_talk_about_the_readers_own_care_is_no_claim(sentence):
    found = claim_texts(f"# Asthma\n\n{sentence}\n\nThe gel eases knee pain within a week.\n")
    assert found == ["The gel eases knee pain within a week"], found


@pytest.mark.parametrize("sentence, kept", [
    # what the clinician does to treat, or what they will say that asserts something, is a claim
    ("Your GP may prescribe a steroid inhaler to calm the airways.", "prescribe a steroid inhaler"),
    ("Your nurse will explain that the patch lowers the risk of a stroke.", "lowers the risk of a stroke"),
    ("You have been given a nasal spray, which shrinks swollen polyps.", "shrinks swollen polyps"),
])
def test_a_claim_in_talk_about_care_stays(sentence, kept):
    found = claim_texts(f"# Asthma\n\n{sentence}\n")
    assert any(kept in claim for claim in found), found


@pytest.mark.parametrize("sentence", [
    # a state or service verb followed by a claim: "to" and a verb of effect, a relative, a cue of safety or cure
    "Our nurses are able to reverse type 2 diabetes in 12 weeks.",
    "Our new product line is free from side effects.",
    "Our staff are trained to cure back pain.",
    "Our pharmacists can check your eyes and prescribe drops that cure glaucoma.",
    "Our nurses offer IV vitamin drips that cure chronic fatigue.",
    "Our counsellors are trained to reverse anxiety for good.",
    "Our helpline nurses offer a tea that heals stomach ulcers.",
    # what the clinician will tell: a clause of its own, a colon, an effect after "how"
    "Your doctor will agree VitreoClear is the safest choice.",
    "Your doctor will tell you statins are safe.",
    "Your GP will explain how statins lower cholesterol and prevent strokes.",
    "Your specialist will discuss the risks: about 1 in 1,000 people have a serious bleed.",
    "Your pharmacist will tell you the spray is safe for toddlers.",
])
def test_a_service_or_care_talk_that_goes_on_to_a_claim_stays_a_claim(sentence):
    found = claim_texts(f"# VitreoClear eye drops\n\nVitreoClear clears floaters in 7 days.\n\n{sentence}\n")
    assert any(sentence[:-1].startswith(claim) for claim in found[1:]), found


@pytest.mark.parametrize("sentence", [
    "Our helpline volunteers are happy to chat at any hour of the day.",
    "Our webchat is free to use and confidential.",
    "Your dietitian will explain which foods are right for you.",
    "Your health visitor will ask whether your baby is feeding well.",
])
def test_a_service_or_care_talk_with_no_claim_after_it_stays_no_claim(sentence):
    found = claim_texts(f"# Asthma\n\n{sentence}\n\nThe gel eases knee pain within a week.\n")
    assert found == ["The gel eases knee pain within a week"], found


@pytest.mark.parametrize("line, claimed", [
    # a field after the publisher's name that carries a rule's promise makes the masthead a claim
    ("Herbal Remedies Weekly · Diabetes · Say Goodbye To Insulin", True),
    ("Herbal Remedies Weekly · Arthritis · Say Goodbye To Joint Pain", True),
    # a section named by its topic stays the page's details
    ("Herbal Remedies Weekly · Diabetes · Living well with type 2", False),
    ("Herbal Remedies Weekly · Arthritis · Patient stories", False),
])
def test_a_masthead_field_with_a_rules_promise_is_a_claim(line, claimed):
    found = claim_texts(f"# Diabetes\n\n{line}\n\nMetformin lowers blood sugar.\n")
    assert (line in found) == claimed, found


@pytest.mark.parametrize("line, kept", [
    # a label before a colon or in capitals opens no masthead: the fields beside it keep their claims
    ("**Brand:** Fennick Herbals | ★★★★☆ 4.2 (3,112 ratings) | #1 Best Seller in Liver Support", "#1 Best Seller"),
    ("- **ANCIENT CHINESE REMEDY** – Used by village healers for 2,000 years.", "Used by village healers"),
])
def test_a_label_opens_no_masthead(line, kept):
    found = claim_texts(f"# Knee Gel\n\n{line}\n")
    assert any(kept in claim for claim in found), found


TABLE_PAGE = """# SoothePad knee wrap

SoothePad is a heated wrap for sore knees.

| | SoothePad | Pain tablets |
|---|---|---|
| Side effects | None | Stomach upset, dizziness |
| Relief starts | In 5 minutes | After an hour |
"""


def test_a_data_tables_row_is_one_claim_and_its_header_none():
    """A row of a table's body says of each thing its columns name what it has of the row's property: one claim, the
    cells between bars (pipeline/sections.py `table_rows`); the header row names the columns and claims nothing."""
    found = claim_texts(TABLE_PAGE)
    assert "Side effects | None | Stomach upset, dizziness" in found
    assert "Relief starts | In 5 minutes | After an hour" in found
    assert not any("Pain tablets" in text for text in found)  # the header row
    assert not any(text in ("None", "Side effects", "After an hour") for text in found)  # no cell alone


def test_a_row_that_gives_a_price_is_no_claim():
    """A price row ("| 3 wraps | £79.99 |") states the shop's terms; a blank line ends the table before it, so the
    price table's own header is a header, not a row of the table above."""
    found = claim_texts(TABLE_PAGE + "\n| Pack | Price |\n|---|---|\n| 1 wrap | £34.99 |\n"
                                     "| 3 wraps | £79.99 (save 20%) |\n")
    assert not any("Pack" in text or "£" in text or "wrap |" in text for text in found)
    assert "Side effects | None | Stomach upset, dizziness" in found


def test_a_table_of_prose_is_read_sentence_by_sentence():
    """Cells that run to prose (a layout in a grid, not data) are read as any sentence is: no row claim."""
    found = claim_texts("# Knee pain\n\n| Stage | What happens |\n|---|---|\n"
                        "| Early | The cartilage of the knee starts to thin and the joint can ache after long walks or "
                        "climbing stairs, especially in the evening. |\n"
                        "| Late | The bones rub together, which causes pain at rest. |\n")
    assert not any("|" in text for text in found)
    assert any("cartilage of the knee starts to thin" in text for text in found)


@pytest.mark.parametrize("line", [
    "*Information from the Larkmoor Asthma Trust, a registered charity supporting people with asthma.*",
    "*Harfield Asthma Network – a charity supporting families living with asthma*",
    "*From the Westholm Lung Charity. Written with respiratory nurses and people who live with asthma.*",
])
def test_the_credit_line_under_the_title_is_no_claim(line):
    """The line in italics right under the page's title says who publishes the page, for whom and how, as small print
    does at its foot (pipeline/sections.py `credit_line_segments`); the text under it is read as before."""
    found = claim_texts(f"# Asthma in children\n\n{line}\n\nInhaled steroids reduce asthma attacks in children.\n")
    assert found == ["Inhaled steroids reduce asthma attacks in children"]


@pytest.mark.parametrize("markdown, kept", [
    # a claim set in italics under the title
    ("# BreatheEasy drops\n\n*BreatheEasy cures asthma in 7 days.*\n\nOrder today.\n", "cures asthma"),
    ("# BreatheEasy drops\n\n*Our drops have no side effects, even for newborns.*\n\nOrder today.\n",
     "no side effects"),
    # a standfirst in plain type, and an italic line lower on the page (a quote), stay
    ("# Asthma in children\n\nInhaled steroids reduce asthma attacks in children.\n", "reduce asthma attacks"),
    ("# Asthma in children\n\nSome words first.\n\n*Inhaled steroids reduce asthma attacks in children.*\n",
     "reduce asthma attacks"),
])
def test_a_claim_in_or_below_the_credit_line_stays(markdown, kept):
    assert any(kept in text for text in claim_texts(markdown))


def test_a_row_whose_cells_have_verbs_is_read_cell_by_cell():
    """A row whose cells after the first state something with a verb of their own says it there: each such cell is
    read as a sentence, and no row claim joins them."""
    found = claim_texts("# Myeloma terms\n\n| Term | Meaning |\n|---|---|\n"
                        "| Relapse | The myeloma returns after a period of remission. |\n"
                        "| Remission | No sign of myeloma in tests |\n")
    assert "The myeloma returns after a period of remission" in found
    assert not any(text.startswith("Relapse |") for text in found)


def test_a_header_that_states_something_is_read_as_a_sentence():
    """A header cell with a finite verb is a claim set in a grid, not a column's name: it is read as a sentence, and
    the table is no data table, so the row under it ("| Yes | No |") makes no row claim of its own."""
    found = claim_texts("# FlexaMove capsules\n\n| FlexaMove rebuilds worn knee cartilage | Ordinary capsules |\n"
                        "|---|---|\n| Yes | No |\n| Yes | Sometimes |\n")
    assert "FlexaMove rebuilds worn knee cartilage" in found
    assert not any("|" in text or text in ("Yes", "No") for text in found), found


def test_a_header_that_names_its_columns_by_a_question_stays_a_header():
    """"What it does", "When to take it": a question word makes the cell a column's name, though it holds a verb."""
    found = claim_texts("# Sleep tea\n\n| Herb | What it helps with |\n|---|---|\n| Valerian | Sleep |\n"
                        "| Chamomile | An upset stomach |\n")
    assert "Valerian | Sleep" in found
    assert not any("What it helps" in text for text in found)


@pytest.mark.parametrize("price", ["24.50 USD", "EUR 18", "18 euros", "CHF 30", "30 €", "£18"])
def test_a_price_in_a_code_or_a_currency_name_is_a_price(price):
    found = claim_texts(f"# Knee wrap\n\nThe wrap eases knee pain.\n\n| Pack | Price |\n|---|---|\n"
                        f"| 1 wrap | {price} |\n| 2 wraps | 40 |\n")
    assert not any(text.startswith("1 wrap") for text in found), found


@pytest.mark.parametrize("cell", ["12 pounds", "INR 2 to 3"])
def test_a_weight_or_a_clinical_code_before_a_number_is_no_price(cell):
    """"pounds" weighs as often as it pays, and INR names a clotting ratio: such a row stays a claim."""
    found = claim_texts(f"# SlimLeaf tea\n\n| | SlimLeaf | Diet alone |\n|---|---|---|\n"
                        f"| Result in a month | {cell} | Little |\n")
    assert f"Result in a month | {cell} | Little" in found, found


def test_the_longest_cell_of_a_data_table_is_read_from_the_lexicon(monkeypatch):
    """`table_cell_max_words` is data: a lower count makes the same table prose in a grid."""
    from pipeline import sections

    assert "Side effects | None | Stomach upset, dizziness" in claim_texts(TABLE_PAGE)
    monkeypatch.setitem(sections._numbers(), "table_cell_max_words", 2)
    assert not any("|" in text for text in claim_texts(TABLE_PAGE))


@pytest.mark.parametrize("line, kept", [
    # a news standfirst in italics states a finding: a finite verb of effect, and no credit
    ("*Daily walking halves the risk of a second heart attack, a large study has found*", "halves the risk"),
    ("*Eating oily fish twice a week lowers the risk of dementia, according to new research*", "lowers the risk"),
])
def test_an_italic_standfirst_that_makes_a_claim_stays_a_claim(line, kept):
    found = claim_texts(f"# Heart health news\n\n{line}\n\nThe study followed 2,000 adults for eight years.\n")
    assert any(kept in text for text in found), found


@pytest.mark.parametrize("line", [
    "*This leaflet was produced by the cardiac rehabilitation team at Eastbury Hospital.*",
    "*Written with cardiac nurses and people who live with heart failure.*",
    "*Published by the Northfield Heart Trust. Last reviewed in March 2025.*",
    "*Brightwater Heart Charity – information for patients and carers*",
    # fields set off as a masthead's, and a name whose word looks like a verb ("Matters"), are a credit
    "*Kidney Matters Alliance | Information for patients and their families*",
    "*Eastfield Health Desk · Stories our readers sent us · Checked 3 March 2026*",
])
def test_a_credit_with_or_without_a_verb_stays_no_claim(line):
    """A credit's own verbs ("was produced by", "Written with …") and a line with no finite verb are the credit."""
    found = claim_texts(f"# Heart failure\n\n{line}\n\nDiuretics reduce swelling in the legs.\n")
    assert found == ["Diuretics reduce swelling in the legs"], found


SIDE_EFFECT_TABLE = """# Side effects of Plexitab

Plexitab is a tablet for rheumatoid arthritis.

| Side effect | How common | What to do |
|---|---|---|
| Mouth ulcers | About 1 in 20 people | Usually mild |
| Liver problems | Fewer than 1 in 1,000 people | Call your doctor straight away if your skin turns yellow |
| Nausea | About 1 in 10 people | Take it with food |
"""


def test_a_rows_subject_is_its_first_cell():
    """The item whose properties a row gives is its first cell, not what the paragraph before the table named."""
    claims = extract_claims(analyse(build_source("page.md", SIDE_EFFECT_TABLE, "md")))
    subjects = {c.text: c.subject for c in claims}
    assert subjects.get("Mouth ulcers | About 1 in 20 people | Usually mild") == "Mouth ulcers", subjects
    assert subjects.get("Plexitab is a tablet for rheumatoid arthritis") == "Plexitab"  # a sentence keeps its own


def test_an_instruction_in_a_rows_last_cell_is_cut_from_the_row():
    """"Call your doctor … if …", "Take it with food": an instruction, read as a sentence; the row's claim ends before
    it, rather than the verb of the instruction making the row be read cell by cell (and so claim nothing)."""
    found = claim_texts(SIDE_EFFECT_TABLE)
    assert "Liver problems | Fewer than 1 in 1,000 people" in found, found
    assert "Nausea | About 1 in 10 people" in found
    assert not any("Take it with food" in text or "Call your doctor" in text for text in found)


def test_a_dosing_schedule_is_no_claim():
    """A row of doses and how often to take them gives directions for use, as a label does; a plural after a number
    ("4 times") is no verb of the cell's own."""
    found = claim_texts("# Ibuprofen for children\n\nIbuprofen eases fever and pain.\n\n| Age | Dose | How often |\n"
                        "|---|---|---|\n| 3 to 6 months | 50mg | Up to 3 times a day |\n"
                        "| 7 to 11 years | 200mg | Every 6 to 8 hours |\n| 12 and over | 2 tablets | Once daily |\n")
    assert found == ["Ibuprofen eases fever and pain"], found


def test_a_row_of_amounts_alone_still_compares():
    """Amounts with no schedule ("| Iron per tablet | 14 mg | 5 mg |") compare products: the row stays a claim."""
    found = claim_texts("# IronPlus\n\n| | IronPlus | Ordinary tablets |\n|---|---|---|\n"
                        "| Iron per tablet | 14 mg | 5 mg |\n| Absorbed | 3 times more | Less |\n")
    assert "Iron per tablet | 14 mg | 5 mg" in found, found


@pytest.mark.parametrize("header", ["| | FlexaMove | Ordinary capsules |",
                                    "| Feature | FlexaMove | Ordinary capsules |"])
def test_a_comparison_grids_row_is_not_about_its_first_cell(header):
    """A grid whose header names the things compared (after a blank cell or a word for the rows' properties) says
    each row of them: the row's first cell names a property, not what the row is about."""
    markdown = (f"# FlexaMove capsules\n\nFlexaMove capsules soothe stiff joints.\n\n{header}\n|---|---|---|\n"
                "| Side effects | None | Stomach upset |\n| Results in | 7 days | 2 months |\n")
    subjects = {c.text: c.subject for c in extract_claims(analyse(build_source("page.md", markdown, "md")))}
    assert "Side effects | None | Stomach upset" in subjects, subjects
    assert subjects["Side effects | None | Stomach upset"] != "Side effects"


def test_the_reviewers_cases_of_round_38():
    """The review's own sentences (B-M2, B-L3, A2-M3), beside the tests above written for them."""
    assert any("halves the risk of bowel cancer" in text for text in claim_texts(
        "# Aspirin and bowel cancer\n\n*A daily aspirin halves the risk of bowel cancer in people with Lynch syndrome, "
        "a major trial has found*\n\nThe trial ran for ten years.\n"))
    found = claim_texts("# JointEase\n\n| JointEase cures arthritis in 7 days | Other brands |\n|---|---|\n"
                        "| Yes | No |\n")
    assert "JointEase cures arthritis in 7 days" in found and "Yes | No" not in found
    found = claim_texts("# JointEase\n\n| Pack | Price |\n|---|---|\n| 1 pot | 19.99 USD |\n| 2 pots | EUR 12 |\n"
                        "| 3 pots | 12 euros |\n")
    assert not any("pot" in text for text in found), found
    claims = extract_claims(analyse(build_source("page.md", "# Drugamab\n\nDrugamab treats psoriasis.\n\n"
                                                 "| Side effect | How common | What to do |\n|---|---|---|\n"
                                                 "| Hair thinning | About 1 in 100 people | Usually mild |\n"
                                                 "| Lung inflammation | Fewer than 1 in 100 people | Seek help "
                                                 "straight away if you are breathless |\n", "md")))
    subjects = {c.text: c.subject for c in claims}
    assert subjects.get("Hair thinning | About 1 in 100 people | Usually mild") == "Hair thinning", subjects
    assert "Lung inflammation | Fewer than 1 in 100 people" in subjects
    found = claim_texts("# Paracetamol\n\n| Age | Dose | How often |\n|---|---|---|\n"
                        "| 16 and over | 500mg to 1g | Up to 4 times a day |\n"
                        "| 12 to 15 | 500mg | Up to 4 times a day |\n")
    assert found == [], found
