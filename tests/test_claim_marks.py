"""Claims: what a page marks as no assertion of its own (a heading mark in plain text, a testimonial's signature)."""

from __future__ import annotations

import pytest


def texts(found):
    return [c.text for c in found]


def test_a_line_marked_as_a_heading_is_no_claim(claims):
    # in a plain-text page a line with a finite verb or a closing quotation mark reads as a sentence; its '##' says
    # it is a heading, as it would be in a markdown page: the claim is made in the text under it
    page = ("# Raw milk\n\nRaw milk is milk that has not been pasteurised.\n\n"
            '## Claim 1: "Raw milk cures lactose intolerance."\n\n'
            "Lactose intolerance happens when the gut makes too little lactase.\n\n"
            "## TB can be cured\n\nTreatment with antibiotics for six months cures most people with TB.\n")
    found = texts(claims(page))
    assert not any(text.startswith("#") or "Claim 1" in text for text in found), found
    # what the text under the headings asserts is still a claim
    assert "Lactose intolerance happens when the gut makes too little lactase" in found
    assert any(text.startswith("Treatment with antibiotics for six months cures") for text in found), found


def test_a_hash_inside_a_line_or_a_hashtag_marks_no_heading(claims):
    page = ("Aspirin lowers the risk of a second heart attack.\n\n"
            "#aspirin lowers the risk of a second heart attack in people who have had one.\n")
    found = texts(claims(page))
    assert len(found) == 2, found


def test_a_testimonials_signature_is_cut_from_its_claim(claims):
    page = ("\"My periods came back after four years. I can finally sleep again.\" \u2014 Jess, 27\n\n"
            "\"My knee pain is completely gone after two weeks.\" - Brenda, 67\n")
    found = texts(claims(page))
    # the story's outcomes are claims, without the name and age that sign them (a signed story is still checkable
    # in words that name nothing medical: "I can finally sleep again")
    assert any(text.endswith("My periods came back after four years") for text in found), found
    assert "I can finally sleep again" in found
    assert any(text.endswith("My knee pain is completely gone after two weeks") for text in found), found
    assert not any("Jess" in text or "Brenda" in text for text in found), found


def test_a_quotation_closing_a_paragraph_is_no_signature(claims):
    # a speaker's attribution or a quoted phrase mid-sentence signs nothing: the sentence is kept whole
    found = texts(claims('Professor Hill said the results were "a step change" in malaria control.\n\n'
                         'Statins lower LDL cholesterol by about 30%, according to the "Cholesterol Treatment Trialists".'))
    assert any(text.endswith("in malaria control") for text in found), found
    assert any("Cholesterol Treatment Trialists" in text for text in found), found


@pytest.mark.parametrize("direction", [
    "Use them exactly as prescribed, usually for about four weeks.",
    "Use half a sachet for children.",
    "Use once a day for the first 4 weeks, then 3 times a week to keep skin clear.",
    "Spray 2 to 3 times onto the back of the throat, up to 6 times a day.",
    "Use for 10 to 15 minutes, up to three times a day.",
    "Wear them in your everyday shoes from morning to night.",
])
def test_directions_for_use_opened_by_a_verb_that_is_also_a_noun_are_no_claims(claims, direction):
    assert texts(claims(direction)) == []


@pytest.mark.parametrize("statement", [
    "Exercise for 30 minutes a day lowers blood pressure.",  # a stretch of time, then the subject's verb
    "Use of antibiotics in farming is rising.",
    "Type 2 diabetes is more common in people over 40.",  # a number names a kind, not a count of times
    "Stress and poor sleep make migraine attacks more likely.",
])
def test_a_noun_opening_a_statement_is_no_direction(claims, statement):
    assert len(claims(statement)) == 1


def test_the_cards_a_shop_accepts_are_terms_of_sale(claims):
    # after a claim of its paragraph, a sentence needs no medical word of its own to be one: a term of sale does
    found = texts(claims("Full-body MRI finds cancers early. Scans are not covered by insurance. HSA and FSA cards "
                         "accepted."))
    assert not any("cards" in text for text in found), found
    # a sentence that also names a health outcome stays a claim
    assert len(claims("HSA/FSA cards accepted, and the scan detects early cancer in 1 in 50 people.")) >= 1


@pytest.mark.parametrize("ranked", [
    "HRT is the most effective treatment for hot flushes and night sweats.",
    "Vaccination is the best way to protect your child from measles.",
    "HBOT is one of the safest therapies available.",
    "VisionGuard Ultra is the best eye supplement on the market.",  # ranked over the whole market
    "FastWise is the number one fasting app recommended by doctors.",  # a rank of first
])
def test_a_superlative_of_benefit_or_safety_is_absolute(claims, ranked):
    found = claims(ranked)
    assert [c.strength for c in found] == ["absolute"], [(c.text, c.strength) for c in found]


@pytest.mark.parametrize("plain", [
    "The most common side effect is ear discomfort.",  # a frequency ranks no treatment
    "Surgery is not the best option for most people with back pain.",  # a negated ranking
    "Iron deficiency is the most common cause of anaemia on the planet.",  # a frequency, over the whole planet
    "Heart disease is the number one cause of death in women.",  # a cause ranked by frequency
])
def test_a_frequency_or_a_negated_ranking_is_not_absolute(claims, plain):
    found = claims(plain)
    assert found and all(c.strength != "absolute" for c in found), [(c.text, c.strength) for c in found]


@pytest.mark.parametrize("promise, words", [
    ("Use it daily and it will cure your arthritis.", "cure your arthritis"),
    ("Take one capsule a day and the pain disappears for good.", "the pain disappears"),
    ("Use once a day and your skin will be clear in a week.", "your skin will be clear"),
])
def test_an_instruction_that_promises_its_result_is_a_claim(claims, promise, words):
    # the result said to follow the instruction is stated, as a claim is (the review of round 25)
    found = texts(claims(promise))
    assert len(found) == 1 and words in found[0], found


@pytest.mark.parametrize("instruction", [
    "Rest and drink plenty of fluids.",
    "Wash the area and dry it gently.",
    "Take the tablets with food and see a doctor if the pain persists.",
    "Use them exactly as prescribed and you should see your doctor every year.",
])
def test_an_instruction_with_a_second_instruction_is_no_claim(claims, instruction):
    assert texts(claims(instruction)) == []


def test_a_signature_cut_leaves_a_figure_whole(claims):
    # only stops, quotation marks and dashes go with the signature, not the claim's "%" or bracket
    found = texts(claims('"We found that the vaccine cut hospital admissions by 90%." Professor Jane Smith, Oxford'))
    assert any(text.endswith("by 90%") for text in found), found


@pytest.mark.parametrize("sentence", [
    "There is no cure for asthma.",
    "No vaccine is 100% effective.",
    "Because it uses your own blood, there is no risk of an allergic reaction.",
])
def test_a_negative_quantifier_over_the_subject_admits_no_exception(claims, sentence):
    # "no" quantifying what the clause is about (its subject, or what "there is" introduces) is the claim's own word:
    # the claim admits no exception, as the gold annotators of the dev sets read it (strength6)
    found = claims(sentence)
    assert [c.strength for c in found] == ["absolute"], [(c.text, c.strength) for c in found]


@pytest.mark.parametrize("sentence", [
    "There is no good evidence that vitamins protect the optic nerve.",  # what research has, reported
    "Many people with hepatitis B have no symptoms.",  # a "no" further in the clause
    "No two people have the same mix of gut bacteria.",  # a number after it
    "None of the 500 patients in the trial had a serious side effect.",  # … or after its "of": a tally
    "Antibiotics do not help a sore throat when there is no bacterial infection.",  # under a subordinator
])
def test_a_no_that_does_not_quantify_the_claim_leaves_its_strength(claims, sentence):
    found = claims(sentence)
    assert found and all(c.strength != "absolute" for c in found), [(c.text, c.strength) for c in found]


def _readings(text: str, promotes: bool) -> list[tuple[str, str, str]]:
    from pipeline.claims import read_claims
    from pipeline.nlp import analyse_text

    return [(c.text, c.category, c.strength) for c in read_claims(analyse_text(text)).read(promotes)]


@pytest.mark.parametrize("told", [
    "Most customers see visibly thicker hair within 90 days.",
    "Users report clearer vision within two weeks.",
    "In our survey, 9 out of 10 women said their skin felt softer after one week.",
])
def test_what_a_sellers_users_get_is_asserted(told):
    # on a page that promotes, the result told of the product's users is the product's effect, asserted: direct (16
    # CFR 255.2(a), (b)); on a page that promotes nothing it is read as any sentence is (strength6)
    # (its category stays as read: rules/SUB016 names what is wrong with such a claim)
    found = _readings(told, promotes=True)
    assert found and all(strength == "direct" for _, _, strength in found), found
    assert _readings(told, promotes=False) != found


@pytest.mark.parametrize("told", [
    "Some people notice mild stomach upset in the first days.",  # a hedge of its own: some, not most
    "Women lose bone faster in the years after menopause.",  # people in general, no quantifier: not the users
    "Most customers live in the United States.",  # no verb of getting a result
])
def test_people_who_get_no_result_from_the_product_keep_their_reading(told):
    assert _readings(told, promotes=True) == _readings(told, promotes=False)


@pytest.mark.parametrize("offer", [
    "Relief in 60 seconds.",
    "Fast, natural relief from sneezing, itchy eyes and runny nose.",
])
def test_an_effect_a_seller_states_with_no_word_that_rates_it_is_direct(offer):
    # on a page that promotes, the effect it offers is its own claim, asserted; on a page that promotes nothing it
    # stays a description (Yu et al.'s coding; benchmarks read sentences so: pipeline/benchmarks/base.py)
    assert [(category, strength) for _, category, strength in _readings(offer, promotes=True)] == \
        [("efficacy", "direct")]
    assert [(category, strength) for _, category, strength in _readings(offer, promotes=False)] == \
        [("efficacy", "none")]


@pytest.mark.parametrize("said", [
    "Relief may come in 60 seconds.",  # hedged: conditional, on any page
    "Massage may ease back pain.",
    "Doctors should offer relief from pain.",  # a recommendation asserts no effect
    "Physiotherapy is a treatment for back pain.",  # no effect: a definition
    "Statins are prescribed to lower cholesterol, prevent heart attacks, and reduce the risk of stroke.",  # sought
    "Interventions are needed to reduce stroke risk and alleviate depression in survivors.",
    "There is increasing evidence of kidney disease in adults with diabetes.",  # a disease, and no effect
    "It occurs when the plasma cells become cancerous and grow out of control.",  # a disease's own course
    "The rash usually fades away within a week.",  # a symptom's course
    "The rash is usually gone within a week.",  # a symptom's usual course, not a complaint said to have ended
    "It allows more flexibility in the treatment plan, making adjustments as needed based on the patient's response.",
])
def test_an_effect_hedged_sought_or_of_a_disease_is_not_made_direct_by_the_page(said):
    found = _readings(said, promotes=True)
    assert found, said  # (a sentence read as no claim would pass unread)
    assert found == _readings(said, promotes=False)


SOCKS = ("# VenaClear Compression Socks\n\n"
         "VenaClear socks clear varicose veins naturally. The gentle pressure retrains the tiny valves in your veins. "
         "Within weeks the bulging veins simply fade away.\n\n"
         "VenaClear socks may ease aching legs. VenaClear socks are designed to improve circulation. Varicose veins "
         "get worse over time. For best results wear VenaClear socks every day for at least 3 months.\n")


def _page_readings(page: str) -> dict[str, tuple[str, str]]:
    from conftest import audit_markdown

    return {c.text: (c.category, c.strength) for c in audit_markdown(page).claims}


def test_a_verb_sellers_use_of_what_their_product_does_is_an_effect_asserted_on_their_page():
    # lexicons/cues.yml offered_effect: "retrains", "fade away" are no cue of strength, and a page that informs
    # reads the sentences as descriptions; a page that sells offers them as what its product does
    selling = _page_readings(SOCKS + "\nOrder today for free UK shipping.\n")
    informing = _page_readings(SOCKS)
    for told in ("The gentle pressure retrains the tiny valves in your veins",
                 "Within weeks the bulging veins simply fade away"):
        assert selling[told] == ("efficacy", "direct"), selling
        assert informing[told][1] == "none", informing
    # hedged or sought, an effect keeps its reading on the seller's page
    assert selling["VenaClear socks may ease aching legs"] == informing["VenaClear socks may ease aching legs"]
    assert selling["VenaClear socks are designed to improve circulation"][1] != "direct"
    # ... and so do a direction for use and a disease's own course
    directions = [strength for text, (_, strength) in selling.items() if text.startswith("For best results")]
    assert directions and "direct" not in directions, selling
    assert selling["Varicose veins get worse over time"] == informing["Varicose veins get worse over time"]


def _on_seller_page(sentence: str) -> tuple[tuple[str, str], tuple[str, str]]:
    """The category and strength of `sentence` read on a page that sells VitreoClear (the page's first effect names
    the product), and on the same page with no offer."""
    page = ("# VitreoClear Eye Floaters Supplement\n\nVitreoClear clears eye floaters in 30 days.\n\n"
            f"{sentence}\n\n")
    readings = []
    for ending in ("Add to cart today for free shipping.\n", ""):
        found = {text: reading for text, reading in _page_readings(page + ending).items()
                 if not text.startswith("VitreoClear clears")}
        assert len(found) == 1, found  # the sentence is read as a claim
        readings.append(next(iter(found.values())))
    return readings[0], readings[1]


@pytest.mark.parametrize("said", [
    "Most floaters fade away without treatment.",  # a natural course (lexicons/cues.yml natural_course)
    "Many floaters vanish on their own.",
    "Your eye gradually clears the debris over months.",  # the body's own process
    "Your liver filters toxins from the blood.",
    "Our skin renews itself every month.",  # "our" of people in general, and a body concept
    "Our liver filters toxins from the blood.",
    "The brain releases melatonin in the evening.",
    "The bruise disappears within two weeks.",
    "Some customers say their floaters faded away within weeks.",  # what someone says (`_users_report_result`)
])
def test_what_the_body_a_complaint_or_anything_but_the_product_does_is_no_offered_effect(said):
    selling, informing = _on_seller_page(said)
    assert selling == informing and selling[1] != "direct"


@pytest.mark.parametrize("said", [
    "VitreoClear sharpens your vision while you sleep.",  # the product, named as the page first names it
    "It erases floaters in weeks.",  # a pronoun resolved to it
    "This supplement sharpens night vision.",  # a treatment the seller points at
    "VitreoClear sharpens vision that is blurred by floaters.",  # a "be" after the verb of effect is another clause's
    "VitreoClear sharpens night vision, as our customers say.",  # a verb of saying after the effect
    "VitreoClear's formula clears debris from the vitreous.",  # a possessive "'s" is no "is"
])
def test_what_the_product_does_is_an_offered_effect_on_the_seller_s_page(said):
    selling, informing = _on_seller_page(said)
    assert selling[1] == "direct" and informing[1] == "none"


@pytest.mark.parametrize("said", [
    "It's cleared from your eyes in a week.",  # a passive, contracted
    "VitreoClear has been shown to clear floaters.",  # "been": what is done, not what it does
])
def test_what_is_done_to_the_product_is_no_offered_effect(said):
    selling, informing = _on_seller_page(said)
    assert selling == informing


def test_what_the_seller_calls_its_own_is_its_product():
    page = ("# VitreoClear Eye Floaters Supplement\n\nVitreoClear clears eye floaters in 30 days.\n\n"
            "During the scan you hold two electrodes while {} device measures your body's response to each "
            "substance.\n\nAdd to cart today for free shipping.\n")
    said = "{} device measures your body's response to each substance"
    assert _page_readings(page.format("our"))[said.format("our")][1] == "direct"
    # "the device" names no product, but what it does, said as fact on the seller's page, is the mechanism story the
    # page tells (test_a_seller_s_mechanism_story_told_as_fact_is_asserted)
    assert _page_readings(page.format("the"))[said.format("the")][1] == "direct"
    unoffered = page.replace("Add to cart today for free shipping.\n", "")
    assert _page_readings(unoffered.format("the"))[said.format("the")][1] == "none"


@pytest.mark.parametrize("said", [
    # how something works or what it does, told as fact on a page that sells, whatever its subject names: asserted
    # (its category stays as read: what something the page does not sell does is no offered effect)
    "The active peptides travel straight to your joints and rebuild worn cartilage.",
    "Magnesium ions pass through the skin and into your tired muscles.",
    "The formula gets to work in minutes.",
    "Caffeine blocks adenosine receptors in the brain.",
    "Coffee pulls water out of your body.",
    "Sweat draws magnesium out of your skin.",
])
def test_a_seller_s_mechanism_story_told_as_fact_is_asserted(said):
    selling, informing = _on_seller_page(said)
    assert selling == (informing[0], "direct") and informing[1] == "none"


@pytest.mark.parametrize("said", [
    "The peptides may travel to your joints and rebuild worn cartilage.",  # hedged
    "Magnesium ions do not pass through the skin into your muscles.",  # denied
    "Some customers say the peptides travel to their joints.",  # what someone says
    "Your liver filters toxins from the blood.",  # the body's own work
    "The brain releases melatonin in the evening.",
    "Most floaters fade away without treatment.",  # a natural course
])
def test_a_mechanism_hedged_denied_reported_or_the_body_s_own_is_not_asserted_by_the_seller_s_page(said):
    selling, informing = _on_seller_page(said)
    assert selling == informing and selling[1] != "direct"


@pytest.mark.parametrize("said", [
    # a result given the time it takes to come, on a page that sells: the result it promises, asserted (whatever
    # its verb; its category stays as read)
    "Most users sleep through the night within a fortnight.",
    "Within 10 minutes the throbbing is a distant memory.",
    "After only two weeks, Karen's joints felt years younger.",
    "Brighter, clearer eyes in 3-4 weeks.",
    "Full results appear within 4 weeks.",
])
def test_a_result_given_its_time_to_come_is_asserted_on_the_seller_s_page(said):
    selling, informing = _on_seller_page(said)
    assert selling == (informing[0], "direct") and informing[1] == "none"


@pytest.mark.parametrize("said", [
    "You may feel the difference in 7 days.",  # hedged
    "Your sleep settles on its own within a fortnight.",  # a natural course
    "For best results, your joints feel looser within 2 weeks.",  # a direction for use
    "Your parcel ships within 2 days.",  # the time a shop takes
    "Your order arrives in 3 days.",
    # the time a test or a kit takes to give its reading, or a test's results as the subject
    "Your test results come back within 3 days.",
    "Our kit measures your cholesterol within 3 minutes.",
    "Your lab results are ready in 48 hours.",
    "Readings appear within 60 seconds.",
    "Your test results appear within 3 days.",
])
def test_a_time_hedged_of_a_natural_course_of_a_shop_or_of_a_test_is_no_promised_result(said):
    selling, informing = _on_seller_page(said)  # one claim read, on either page
    assert selling == informing and selling[1] != "direct"


@pytest.mark.parametrize("said", [
    # the nearest timed results that are the product's: still promised
    "Your blood sugar drops within 3 hours.",
    "Full results appear within 4 weeks.",
])
def test_a_timed_result_that_names_no_test_is_still_promised(said):
    selling, informing = _on_seller_page(said)
    assert selling == (informing[0], "direct") and informing[1] == "none"


@pytest.mark.parametrize("said", [
    # a story in the first person, unsigned: the product's endorsement only when signed (`_tells_own_outcome`)
    "The peptides travel to my joints and rebuild worn cartilage.",
])
def test_a_mechanism_told_in_the_first_person_is_not_asserted_by_the_seller_s_page(said):
    selling, informing = _on_seller_page(said)
    assert selling == informing and selling[1] == "none"


@pytest.mark.parametrize("said, claim", [
    # a negative quantifier opening the subject denies what the clause says; in the first person, a story as well
    ('"Nothing the pharmacy sold worked, but after a week the rash had cleared."', '"Nothing the pharmacy sold worked'),
    ('"Nothing my doctor gave me worked, but after a week my eczema had cleared."', '"Nothing my doctor gave me worked'),
])
def test_a_denied_or_first_person_effect_is_not_asserted_by_the_seller_s_page(said, claim):
    page = ("# VitreoClear Eye Floaters Supplement\n\nVitreoClear clears eye floaters in 30 days.\n\n"
            f"{said} Add to cart today for free shipping.\n")
    assert _page_readings(page)[claim] == ("efficacy", "none")
    # the nearest wording that neither denies nor tells a story, in the same place: asserted
    assert _page_readings(page.replace(claim, '"The cream the pharmacy sold worked'))[
        '"The cream the pharmacy sold worked'] == ("efficacy", "direct")


@pytest.mark.parametrize("said", [
    # the product offered in place of a treatment (lexicons/cues.yml offered_substitute), whatever the noun, its
    # adjectives, hyphens or word order: on a page that sells, the treatment effect it claims, asserted
    "VitreoClear is a natural alternative to eye surgery.",
    "VitreoClear is a gentle, plant-based substitute for eye injections.",
    "It's the natural way to clear floaters.",
    "This supplement is a steroid-free replacement for eye drops.",
    "VitreoClear offers a safe alternative to injections.",
    "VitreoClear is the drug-free alternative.",
    "It's a drug-free way to manage floaters.",  # the pronoun a seller points at its product with
    "VitreoClear 30-Day Formula is the natural answer to floaters.",  # a hyphened word in the name
])
def test_the_product_offered_in_place_of_a_treatment_is_an_effect_asserted_on_the_seller_s_page(said):
    selling, informing = _on_seller_page(said)
    assert selling[1] == "direct" and informing[1] == "none", (selling, informing)
    assert selling[0] in ("efficacy", "safety")


@pytest.mark.parametrize("said", [
    "VitreoClear is not a substitute for medical treatment.",  # denied
    "VitreoClear is no substitute for a balanced diet.",
    "VitreoClear may be a useful alternative to eye drops.",  # hedged
    "Some customers say VitreoClear is a natural alternative to surgery.",  # what someone says
    "Laser treatment is the standard alternative to surgery for floaters.",  # not the product
    "The best way to take VitreoClear is with food.",  # a way to use it, no copula before the way
    "Physiotherapy is an alternative to surgery for some people.",
    # the same medicine cheaper or in another form: an alternative of price or form, no treatment's substitute
    "VitreoClear is a cheaper alternative to Viagra.",
    "VitreoClear is a generic substitute for the branded tablets.",
    "VitreoClear is a sugar-free alternative to cough syrup.",
    "VitreoClear is a chewable alternative to tablets.",
])
def test_a_substitute_denied_hedged_reported_or_not_the_product_s_is_not_asserted_by_the_seller_s_page(said):
    selling, informing = _on_seller_page(said)
    assert selling == informing and selling[1] != "direct"


@pytest.mark.parametrize("said", [
    # a health professional's seal on what the page sells (lexicons/cues.yml professional_seal), whatever the
    # profession, its rank, the voice or a hyphen: on a page that sells, asserted
    "Recommended by leading eye specialists worldwide.",
    "Dermatologist-approved and gentle on skin.",
    "VitreoClear was developed with top ophthalmologists.",
    "Eye doctors now recommend VitreoClear for floaters.",
    "VitreoClear is prescribed by hundreds of GPs.",
    "Dermatologists recommend VitreoClear.",  # a medical -ologist, named in the list
    "Our pharmacists recommend VitreoClear for floaters.",  # the seller's own professionals: its seal
])
def test_a_professional_s_seal_is_asserted_on_the_seller_s_page(said):
    selling, informing = _on_seller_page(said)
    assert selling == (informing[0], "direct") and informing[1] == "none", (selling, informing)


@pytest.mark.parametrize("said", [
    "Doctors do not recommend VitreoClear for children under 12.",  # denied
    "Ophthalmologists may recommend VitreoClear for mild floaters.",  # hedged
    "Some customers say eye doctors recommend VitreoClear.",  # what someone says
    "VitreoClear is recommended by your doctor for floaters.",  # the reader's own clinician
    "The NHS recommends that adults take 10 micrograms of vitamin D a day.",  # no profession
    "Your doctor recommended VitreoClear for floaters.",  # the reader's own clinician, named with a possessive
    "Cosmetologists recommend VitreoClear.",  # no health profession, though it ends in -ologist
    "Technologists recommend VitreoClear.",
])
def test_a_seal_denied_hedged_reported_or_of_the_reader_s_own_doctor_is_not_asserted_by_the_page(said):
    selling, informing = _on_seller_page(said)
    assert selling == informing and selling[1] != "direct", (selling, informing)


@pytest.mark.parametrize("said", [
    # what the product does with what it uses (lexicons/cues.yml function_of_use), whatever the verb of use, its
    # object or an adverb before the infinitive: on a page that sells, its function asserted; elsewhere the
    # infinitive reads as an aim
    "VitreoClear uses a patented enzyme blend to relieve eye strain.",
    "VitreoClear combines bromelain and papain to protect the retina.",
    "VitreoClear pairs lutein with zinc to protect the retina.",
    "VitreoClear relies on bromelain to protect your retina.",
    # an adverb between "to" and the verb, and a verb ending in "-ly" that is no adverb ("to supply")
    "VitreoClear uses a micro-pump to gently draw moisture into the lens.",
    "VitreoClear uses a micro-pump to supply nutrients to the retina.",
])
def test_what_the_product_does_with_what_it_uses_is_its_function_asserted_on_the_seller_s_page(said):
    selling, informing = _on_seller_page(said)
    assert selling == (informing[0], "direct") and informing[1] == "none", (selling, informing)


@pytest.mark.parametrize("said", [
    # ... and where a verb of effect elsewhere in the sentence makes it direct on any page, direct still
    "VitreoClear blends lutein and bilberry to gently relieve eye strain.",
    "Our formula uses bromelain, the same enzyme surgeons trust, to relieve eye strain.",  # an aside before "to"
    "VitreoClear capsules employ a slow-release coating to support healthy vision.",
])
def test_a_function_told_with_an_aside_or_an_adverb_is_asserted_on_the_seller_s_page(said):
    assert _on_seller_page(said)[0][1] == "direct"


@pytest.mark.parametrize("said", [
    "VitreoClear may use a patented enzyme blend to dissolve eye floaters.",  # hedged
    "VitreoClear does not use harsh chemicals to dissolve floaters.",  # denied
    "Some customers say VitreoClear uses enzymes to dissolve floaters.",  # what someone says
    "Surgeons use a laser to relieve eye strain.",  # not the product
    "Lutein is the pigment your eyes use to filter blue light.",  # what the thing is, and the body's own use
    "VitreoClear uses bromelain from organic pineapples.",  # what it uses, no function told
    "Our researchers used eye scans to measure floaters in 60 adults.",  # a method reported, in the past
])
def test_a_function_hedged_denied_reported_or_not_the_product_s_is_not_asserted_by_the_seller_s_page(said):
    selling, informing = _on_seller_page(said)
    assert selling == informing and selling[1] != "direct", (selling, informing)


@pytest.mark.parametrize("said", [
    # what always follows a condition, told in the present (the zero conditional: "when", "whenever", "once", "as"
    # and a comma), whatever its subject, the body's or a complaint's: on a page that sells, the problem story it
    # tells, a cause and its effect asserted as a general truth; elsewhere read as any other sentence
    "When uric acid builds up in the blood, needle-like crystals settle in a joint.",
    "Whenever you stare at a screen for hours, your eyes dry out.",
    "As the lens stiffens with age, your eyes struggle to focus up close.",
    "As we age, collagen production in the skin drops.",
    "When your eyes are tired, the muscles around them tighten.",
])
def test_a_consequence_told_as_always_following_a_condition_is_asserted_on_the_seller_s_page(said):
    selling, informing = _on_seller_page(said)
    assert selling == (informing[0], "direct") and informing[1] == "none", (selling, informing)


@pytest.mark.parametrize("said", [
    "When I started VitreoClear, my floaters faded.",  # a story in the first person, in the past
    "When your eyes are tired, the muscles around them may tighten.",  # hedged
    "When your eyes are tired, the muscles around them don't tighten.",  # denied
    "As a rule, floaters are harmless.",  # "as" opening no clause
    "As noted above, floaters worsen with screen use.",  # ... nor before a participle
    "As part of ageing, the lens in your eye stiffens and yellows.",
    "When Sarah started VitreoClear, her floaters faded.",  # a story in the third person, its regular past
    # a disease's natural course (prognosis), what the disease does, not the problem story sold against
    "As osteoarthritis progresses, the cartilage in the joint wears thin.",
    "As the pregnancy progresses, the baby presses on your bladder.",
])
def test_a_consequence_hedged_denied_or_told_as_a_story_is_not_made_direct_by_the_condition(said):
    selling, informing = _on_seller_page(said)
    assert selling == informing, (selling, informing)
