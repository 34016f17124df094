"""When a page reads as promoting something (engine.page_promotes, the signs rule lexicons/promotion.yml names): a
promoter's wording counts as a sign when the page says two distinct ones or heads itself or a section with one, not as
one slip inside a page that shows no other sign; and a shop's terms of sale are a sign on their own."""

from __future__ import annotations

import pytest

from pipeline.claims import find_topic_words, read_claims
from pipeline.ingest import build_source
from pipeline.nlp import analyse
from pipeline.rules.engine import find_flags, page_promotes, spare_unpromoted
from pipeline.rules.loader import load_rules

RULES = load_rules()


def read_page(markdown: str) -> tuple[bool, set[str]]:
    """Whether the page reads as promoting, and the codes of its wording flags, as assessment.audit_source reads
    them."""
    analysis = analyse(build_source("page.md", markdown, "md"))
    claims = read_claims(analysis, find_topic_words(analysis)).read(promotes=False)
    flags = spare_unpromoted(analysis, claims, find_flags(analysis, claims, RULES), RULES)
    return page_promotes(analysis, claims, flags, RULES), {f.code for f in flags}


SOBER_OPENING = ("# {topic}\n\n{topic} is common and usually mild. Your GP can tell you which treatment suits you.\n\n"
                 "## Symptoms\n\nMost people notice tiredness first. Some people have no symptoms at all.\n\n")
SOBER_CLOSING = ("\n\n## When to get help\n\nSee a doctor if your symptoms get worse or do not improve after two "
                 "weeks.\n")


@pytest.mark.parametrize("topic, slip, code", [
    # a hospital's overstatement, a fact-check's verdict in promoter's words, a clinic's testimonial quoted once
    ("Iron-deficiency anaemia", "Iron tablets are a proven cure for anaemia.", "ABS007"),
    ("Microwave cooking", "Microwave ovens are completely safe for everyone.", "SAF001"),
    ("Cold sores", "Patches are clinically proven to heal cold sores.", "AUT004"),
])
def test_one_promoters_slip_on_a_sober_page_is_no_sign_of_promotion(topic, slip, code):
    """One promoter's wording in one paragraph of a page with no shop's words, no benefit headings and no promises to
    the reader is a slip: the page still reads as one that informs, and the slip keeps its own flag."""
    page = SOBER_OPENING.format(topic=topic) + "## Treatment\n\nTreatment depends on the cause. " + slip \
        + SOBER_CLOSING
    promotes, codes = read_page(page)
    assert code in codes
    assert not promotes


@pytest.mark.parametrize("signature", [" — Maria, 41", "\n\n— Maria, 41"])
def test_a_patients_story_is_one_slip(signature):
    """A patient's first-person result and its signature are one customer's story, however many flags it carries and
    whether the signature stands in the quote's paragraph or under it: on a charity's page that sells nothing it does
    not make the page a seller's."""
    page = SOBER_OPENING.format(topic="Plantar warts") + (
        "## Stories from our readers\n\n\"After six weeks of freezing treatment my warts have completely "
        "disappeared and never came back.\"" + signature + SOBER_CLOSING)
    assert not read_page(page)[0]


@pytest.mark.parametrize("first, second", [
    ("This tea is a miracle cure for bloating.", "It flushes toxins from your liver and gut."),
    ("The belt is completely safe.", "It boosts your immune system too."),
    ("The drops are clinically proven to end sinus pain.", "There are absolutely no side effects."),
])
def test_an_advertorial_that_overclaims_in_two_paragraphs_promotes(first, second):
    """A seller's advertorial without a shop's words that says the promoter's words in two of its paragraphs reads
    as promoting: the wording recurs, which is the page's net impression."""
    page = ("# A new approach to everyday health\n\nMany people are looking for simple ways to feel better.\n\n"
            "## Why it works\n\n" + first + "\n\n## What to expect\n\n" + second + "\n")
    assert read_page(page)[0]


@pytest.mark.parametrize("overclaim", [
    # two promoter's wordings of different kinds in one sentence of one inner paragraph: stacked, not a slip
    "Vitalix is clinically proven to end joint pain and there are absolutely no side effects.",
    "Vitalix is a proven cure for arthritis and it is completely safe for everyone.",
    "This miracle tea flushes toxins from your liver, with no side effects at all.",
    "These drops are scientifically proven to stop tinnitus, and they are 100% safe.",
])
def test_two_kinds_of_promoters_wording_in_one_sentence_promote(overclaim):
    """A seller's review that puts all its overclaims in one sentence of one inner paragraph says two distinct
    promoter's wordings (a proof seal and a safety promise, a cure and a safety promise): the page promotes."""
    page = ("# Vitalix joint drops review\n\nI have tried a lot of joint products over the years and wanted to share "
            "my experience with this one.\n\n## How it works\n\nVitalix contains turmeric and boswellia extracts. "
            + overclaim + "\n\n## My results\n\nAfter a month my knees feel better.\n")
    assert read_page(page)[0]


def test_one_wording_on_overlapping_flags_is_one_slip():
    """Flags on the same words ("a proven cure": an absolute and a cure word) are one wording: the page stays sober."""
    page = SOBER_OPENING.format(topic="Iron-deficiency anaemia") + (
        "## Treatment\n\nTreatment depends on the cause. Iron tablets are a proven cure for anaemia." + SOBER_CLOSING)
    promotes, codes = read_page(page)
    assert {"ABS007", "CUR001"} <= codes
    assert not promotes


def test_the_same_two_slips_read_alike_as_list_items_or_one_sentence():
    """Layout does not change the reading: two wordings as two list items, or joined in one sentence, are two."""
    items = "Options include:\n\n- surgery, which is a proven cure for stubborn warts\n- cryotherapy, which is " \
            "completely safe for children"
    prose = "Options include surgery, which is a proven cure for stubborn warts, and cryotherapy, which is " \
            "completely safe for children."
    readings = {read_page(SOBER_OPENING.format(topic="Plantar warts") + "## Treatment\n\n" + body + SOBER_CLOSING)[0]
                for body in (items, prose)}
    assert len(readings) == 1


def test_a_promoters_wording_in_the_title_or_lead_promotes():
    """One promoter's wording that heads the page (its title) or opens it (its lead paragraph) is what the page is
    about, not a slip."""
    body = "## Symptoms\n\nMost people notice tiredness first.\n\n## Treatment\n\nTreatment depends on the cause.\n"
    assert read_page("# The miracle cure for tired legs\n\nMany people have tired legs.\n\n" + body)[0]
    assert read_page("# Tired legs\n\nThis cream is completely safe and ends tired legs.\n\n" + body)[0]
    assert not read_page("# Tired legs\n\nMany people have tired legs.\n\n" + body)[0]


@pytest.mark.parametrize("heading", [
    "## A miracle cure for arthritis",
    "## Clinically proven to ease stiff joints",
    "## Absolutely no side effects",
])
def test_a_promoters_wording_in_a_section_heading_promotes(heading):
    """A seller heads its sections with its promises: a promoter's wording in any heading, not only the title, is the
    page's message."""
    page = ("# Vitalix joint drops\n\nVitalix contains turmeric and boswellia extracts from India.\n\n" + heading
            + "\n\nVitalix reduces inflammation in the joints. Many people take it every day.\n\n## Ingredients\n\n"
            "Turmeric, boswellia, black pepper extract.\n")
    assert read_page(page)[0]
    assert not read_page(page.replace(heading, "## How people use it"))[0]


def test_the_lead_is_the_first_sentences_paragraph():
    """The lead is the block of the page's first sentence (a snippet checked alone is all lead, a documented limit):
    a slip there opens the page; the same slip in the next paragraph does not."""
    opening = "# Iron-deficiency anaemia\n\nIron-deficiency anaemia is common and usually mild."
    slip = "Iron tablets are a proven cure for anaemia."
    rest = "\n\n## Symptoms\n\nMost people notice tiredness first.\n"
    assert read_page(opening + " " + slip + rest)[0]
    assert not read_page(opening + "\n\nYour GP can tell you which treatment suits you. " + slip + rest)[0]


@pytest.mark.parametrize("terms", [
    "Free UK delivery on every order.",
    "Free next-day shipping. 60-day returns.",
    "Not happy? 30-day refund, no questions asked.",
    "Free delivery on orders over £20.",
    "Enjoy free express shipping and 90-day returns on every bottle.",
    "You can purchase from us online, with free tracked delivery.",
    # paying in interest-free instalments, a free demonstration offered to the reader
    "Pay in 12 interest-free payments of £33.",
    "Interest-free payment plans are available on every order.",
    "Spread the cost with interest free payments.",
    "Book your free home demonstration today.",
    "Request a free demo of the device.",
    "Claim your free demonstration of the hearing aid.",
    # a negation that adds rather than denies, or one in another clause or sentence, leaves the term on offer
    "Not only do we offer free delivery, we give you a 60-day guarantee.",
    "Not sure? Start your free trial today.",
    "No contracts, free delivery on every order.",
    "We don't just offer free shipping: every order comes with a 60-day guarantee.",
    # a negation in a clause of its own, not governing the word of offering: the term is still offered
    "If you're not completely satisfied we offer free returns within 30 days.",
    "If it doesn't work for you we offer a 60-day money-back guarantee.",
    "We offer free returns if the product is not available.",
    "No matter what you order we offer free delivery.",
    # a prescription named somewhere else than as the goods the term is said of
    "Free express shipping on every bottle of our prescription-strength formula.",
    # ... or as their kind: an online clinic selling its own prescription-only treatment
    "Free delivery of prescription weight loss injections. Order online today.",
    "We offer free delivery of your prescription hair loss treatment.",
])
def test_a_shops_terms_of_sale_make_a_page_promote(terms):
    """The terms on which a shop sells what the page offers (a free delivery however sent, a period for returns or a
    refund, interest-free instalments, a free demonstration offered to the
    reader) are a sign of promotion on their own."""
    page = SOBER_OPENING.format(topic="Dry skin") + "## Buying\n\n" + terms + SOBER_CLOSING
    assert read_page(page)[0]


@pytest.mark.parametrize("words", [
    "You can buy emollients from a pharmacy or supermarket.",
    # a pharmacy's shelf of licensed medicines, and the cheapest of the range it stocks
    "Treatments you can buy from us: creams, patches and gels.",
    "We stock a range of emollient products from £2.49.",
    "Most people return to work within 30 days.",
    "Prescriptions are free for children and people over 60.",
    # an "X-free" compound is no offer, nor "free" ending one sentence and "delivery" opening the next
    "Most women have a complication-free vaginal delivery.",
    "Researchers are testing needle-free vaccine delivery.",
    "An epidural gives a pain-free delivery for most women.",
    "Prescriptions are free. Delivery to your home takes two days.",
    # patients coming back, not goods sent back
    "Our unit has one of the lowest 30-day returns to theatre in the region.",
    "Within 30-day follow-up, 2% of patients had 30-day returns to hospital.",
    # ordering what a surgery or a charity gives free
    "Repeat prescriptions: you can order from us online, by phone or in person.",
    "Printed copies of this leaflet are free: order from us by phone.",
    # a demonstration of care
    "Free demonstrations of inhaler technique are given at the clinic.",
    "Ask your pharmacist for a demonstration of how to use the inhaler.",
    "Your interest in the trial is welcome; taking part is free.",
    # one arranged for someone by a council's or a charity's staff, not offered to the reader by a seller
    "The council's occupational therapist can arrange a free home demonstration of equipment such as grab rails.",
    "Our volunteers can book a free home demonstration of loop systems and amplified phones.",
    # a shop's term said not to be on offer
    "NHS dental charges are set by law, and interest-free payment plans are not offered for NHS treatment.",
    "No interest-free credit is available for prescriptions.",
    # ... by a negation before a word of offering, in any of its forms and on either side of the term
    "We do not offer free delivery.",
    "We can't offer interest-free payments on NHS treatment.",
    "Free trials are not available for this service.",
    "There is no special offer: the clinic never sells anything.",
    "Unfortunately, free returns are not accepted on opened medicines.",
    "The practice has never provided free consultations.",
    # ... through its verb chain (auxiliaries, adverbs of time) or a negating determiner's noun phrase
    "Interest-free payment plans are not currently offered for NHS treatment.",
    "We no longer offer free delivery.",
    "No free trials are available.",
    # a pharmacy's service on what a prescriber prescribed
    "Our pharmacy offers free delivery of prescriptions to housebound patients.",
    "We provide a free prescription delivery service.",
    "Free home delivery of your repeat prescriptions is available.",
    "We offer free delivery of prescriptions to your door.",
    "Ask about free delivery of prescribed medicines if you cannot get to us.",
])
def test_care_advice_and_public_services_are_no_shops_terms(words):
    """Where to buy a product elsewhere, a return to work, a free public service, a birth or a drug's route, patients
    readmitted, an order for what is given free, a demonstration of care and a shop's term said not to be on offer
    name no sale by the page."""
    page = SOBER_OPENING.format(topic="Dry skin") + "## Treatment\n\n" + words + SOBER_CLOSING
    assert not read_page(page)[0]


@pytest.mark.parametrize("first, second", [
    # two slips of different kinds, each said of a different thing, on a page that offers nothing for sale
    ("Surgery is a proven cure for stubborn warts.", "Freezing is completely safe for children."),
    ("Iron tablets are a miracle cure for tiredness.", "Vitamin C drinks have no side effects."),
    ("Cold sore patches are clinically proven to heal sores faster.", "Lip balm is 100% safe for babies."),
    ("Antibiotics are a proven cure for Lyme disease.", "Tick repellents are completely harmless."),
    ("Physiotherapy is scientifically proven to ease back pain.", "Yoga has zero side effects."),
    # two of a kind named apart: one kind word shared is not one thing
    ("The shingles vaccine is a proven way to prevent shingles.", "The flu vaccine is completely safe for adults."),
])
def test_two_slips_said_of_different_things_on_a_page_that_sells_nothing_do_not_promote(first, second):
    """A careless sober page's slips are about the different treatments it describes; a seller's promoter's words are
    all for the one thing it promotes. Two distinct wordings of different subjects, with no price, no shop's terms
    and no call to buy, leave the page one that informs."""
    page = SOBER_OPENING.format(topic="Common complaints") + "## Treatment\n\nTreatment depends on the cause. " \
        + first + "\n\n## Prevention\n\nSome simple steps help. " + second + SOBER_CLOSING
    assert not read_page(page)[0]


@pytest.mark.parametrize("first, second", [
    # the same two kinds said of one product, named again or referred to: the seller's repeated promise
    ("Surgery is a proven cure for stubborn warts.", "Surgery is completely safe for children."),
    ("WartAway is a miracle cure for stubborn warts.", "WartAway has no side effects."),
    ("These patches are clinically proven to heal sores faster.", "They are 100% safe for babies."),
    ("The drops are scientifically proven to end tinnitus.", "There are absolutely no side effects."),
    # the brand named alone, then with the noun of its form: one product
    ("QuietEar is clinically proven to stop the ringing.", "QuietEar drops have no side effects."),
    ("Vitalix is clinically proven to end joint pain.", "Vitalix capsules have absolutely no side effects."),
])
def test_two_slips_said_of_one_thing_promote(first, second):
    page = SOBER_OPENING.format(topic="Common complaints") + "## Treatment\n\nTreatment depends on the cause. " \
        + first + "\n\n## Prevention\n\nSome simple steps help. " + second + SOBER_CLOSING
    assert read_page(page)[0]


def test_three_distinct_wordings_promote_whatever_they_are_said_of():
    """A page that stacks three promoter's wordings across its page, even of its several ingredients, promotes."""
    page = SOBER_OPENING.format(topic="Joint health") + (
        "## Ingredients\n\nTurmeric is a proven cure for arthritis. Boswellia is completely safe for everyone. "
        "Ginger is clinically proven to end joint pain." + SOBER_CLOSING)
    assert read_page(page)[0]


@pytest.mark.parametrize("page", [
    # the seller's own product named once in a sentence that is no claim, then "it" or "they", then its material,
    # an ingredient or a component named with "the" or "its": one product, set out over three paragraphs
    "# Sleep better\n\nOur pillow is made in Wales.\n\nIt is clinically proven to stop snoring.\n\n"
    "The memory foam is 100% safe.\n",
    "# Soothing balm\n\nMy balm is handmade in small batches.\n\nIt has absolutely no side effects.\n\n"
    "The beeswax is scientifically proven to heal eczema.\n",
    "# Quiet ears\n\nOur ear drops were developed in Norway.\n\nThey are clinically proven to end tinnitus.\n\n"
    "The formula has zero side effects.\n",
    "# Neck relief\n\nOur collar can be worn all day.\n\nIt is clinically proven to ease neck pain.\n\n"
    "Its magnets are completely safe.\n",
    "# Travel well\n\nOur wristband is worn on the wrist.\n\nIt is scientifically proven to stop travel sickness.\n\n"
    "The rubber strap has no side effects at all.\n",
])
def test_a_product_its_pronoun_and_its_parts_are_one_thing(page):
    """A pronoun refers to the subject the page named before it, in a claim or not; a thing first named with "the"
    after the seller's own product ("our pillow") is a part of it: two promoter's wordings said of them are said of
    one product, and the page promotes."""
    assert read_page(page)[0]


@pytest.mark.parametrize("page", [
    # "the" after no product of the page's own: two things
    "# Lyme disease\n\nLyme disease is spread by ticks.\n\nAntibiotics are a proven cure for Lyme disease.\n\n"
    "The rash is completely harmless.\n",
    # what a clinic, its staff or a leaflet calls its own is no product
    "# Warts\n\nOur clinic is open on Mondays.\n\nThe freezing spray is clinically proven to clear warts.\n\n"
    "The cream is completely safe.\n",
    "# Warts\n\nOur nurses can see children on Mondays.\n\nFreezing is clinically proven to clear warts.\n\n"
    "The cream is completely safe.\n",
    "# Sunburn\n\nOur leaflet is for parents.\n\nSunscreen is clinically proven to prevent sunburn.\n\n"
    "The shade of a tree is completely safe.\n",
    # a thing first named with "the" after another thing than the page's own product is not the product's part
    "# Sleep better\n\nOur pillow is made in Wales.\n\nCoffee is clinically proven to disturb sleep.\n\n"
    "The caffeine in tea is completely safe for most adults.\n",
])
def test_things_named_apart_from_a_product_of_the_pages_own_stay_apart(page):
    assert not read_page(page)[0]


@pytest.mark.parametrize("terms", [
    # a free delivery with several words of how and where between, and a shop's threshold for it
    "Free next-day UK delivery on every tub.",
    "Delivery is free over £30.",
    "Free tracked delivery on orders over $40.",
    # the buyer's money back, without a hyphen
    "Try it for a month: love it or your money back.",
    "Every jar comes with a money back guarantee.",
    # the call to buy with the product between
    "Order FlexiJoint today.",
    "Buy yours now while stocks last.",
    # a clinic's free consultation, a free sample of its paid service
    "Schedule a free consultation today.",
])
def test_a_shops_price_terms_ratings_and_calls_promote(terms):
    """A seller's offer (delivery terms, a money-back promise, a call to buy the named product, a free consultation)
    is a sign of promotion on its own; each of these was the only kind of sign on a seller's page that read as sober.
    A rating or a call to book is a weak sign (test_weak_signs_promote_only_beside_a_promise)."""
    page = SOBER_OPENING.format(topic="Dry skin") + "## Buying\n\n" + terms + SOBER_CLOSING
    assert read_page(page)[0]


@pytest.mark.parametrize("words", [
    # a free service and a delivery in other clauses, "in order to", a review of trials, stars in another sense
    "The check is free, but delivery of results can take two weeks.",
    "Prescriptions are free for people over 60 and delivery is arranged by the surgery.",
    "In order to recover, rest today and drink plenty of fluids.",
    "A review of 14 trials found that emollients reduce flare-ups.",
    "Two reviews of the evidence reached the same answer.",
    "Ask for your money back from the seller if the product is faulty, says the consumer charity.",
    # a health service's booking, and a consultation someone else books
    "Contact your GP surgery to book an appointment.",
    "Book an appointment with your practice nurse.",
    "Your pharmacist can book a consultation with a specialist for you.",
])
def test_health_services_and_reports_are_no_shops_offer(words):
    """A free public service, a delivery of results, a review of the evidence, a consumer's advice on refunds, a
    health service's appointment and a consultation booked by someone else offer nothing for sale."""
    page = SOBER_OPENING.format(topic="Dry skin") + "## Treatment\n\n" + words + SOBER_CLOSING
    assert not read_page(page)[0]


def test_a_clinics_booking_call_makes_its_treatment_promise_a_sellers():
    """A private clinic whose only call to action is "Book a consultation" (a weak sign) promotes the treatment it
    names with its benefit: its promise to rebuild cartilage keeps the seller's flag; the same page with a health
    service's "book an appointment" reads as one that informs."""
    page = ("# Knee pain\n\nKnee pain is common after 50, and many people live with it for years.\n\n"
            "## Our treatments\n\nRegenaKnee therapy rebuilds worn knee cartilage and relieves pain. Most patients "
            "need three sessions of RegenaKnee.\n\n{call}\n")
    promotes, codes = read_page(page.format(call="**Book a consultation**"))
    assert promotes and "CUR005" in codes
    assert not read_page(page.format(call="Contact your GP surgery to book an appointment."))[0]


def test_quoted_names_in_a_range_are_no_sellers_words():
    """The names a range sums up ("everything from “…” to a “…”") are names others gave, not the page's words: a
    news report that eggs have been called a "superfood" does not sell them; the page's own "superfood" does."""
    report = ("# Eggs and the heart\n\nFor decades, tabloids have called eggs everything from \"cholesterol bombs\" "
              "to a \"superfood\". A large study now suggests that an egg a day does not harm the heart.\n")
    assert not read_page(report)[0]
    # the quotation opening no range is the page's own word, in quotation marks for emphasis
    assert read_page(report.replace("everything from \"cholesterol bombs\" to a", "a true"))[0]


@pytest.mark.parametrize("terms", [
    # a price list of the product's own packs, its recommended price, what comes free with a pack
    "One tub lasts a month. 1 tub (30 days): £24.95. 3 tubs: £64.85.",
    "3-pack: £45 · 6-pack: £80",
    "Now £199 (RRP £299).",
    "$79 + 1 FREE jar",
    "Your first month free, then £7.99.",
    "Subscribe & save on every delivery.",
    # stock running out
    "Only 42 jars left at this price.",
    "Only 12 left in stock.",
    "Get yours while stocks last.",
])
def test_a_price_list_and_stock_running_out_promote(terms):
    """A shop's price list for its own packs, a recommended price against the offer, a free pack or month, a
    subscription's saving and stock running out are the terms of a sale: each promotes on its own."""
    page = SOBER_OPENING.format(topic="Dry skin") + "## Buying\n\n" + terms + SOBER_CLOSING
    assert read_page(page)[0]


@pytest.mark.parametrize("words", [
    # a cost the page reports, a pack size, patients leaving a trial, a free first dose of care
    "A pack of 12 tablets costs about £3.49 in most pharmacies.",
    "Children under 6 months should not use the cream.",
    "Only 5 patients left the trial early.",
    "In 2 boxes of the questionnaire, people rated their pain.",
    "The first dose is free for people over 65.",
    "Researchers could save 20 lives a year with earlier screening.",
    "Earlier diagnosis could save £50 million a year in hospital costs.",
])
def test_reported_costs_and_counts_are_no_price_list(words):
    """A reported cost, a pack size or an age in months, patients leaving a trial, a free public dose and a saving
    that is no price offer nothing for sale."""
    page = SOBER_OPENING.format(topic="Dry skin") + "## Treatment\n\n" + words + SOBER_CLOSING
    assert not read_page(page)[0]


@pytest.mark.parametrize("words", [
    # a charity's ask: a sum given, not paid for a product
    "Just £5 a month could fund a specialist nurse for an hour.",
    "Donate only £10 today and help us fund research.",
    "A gift of just £3 a month keeps our helpline open.",
    # a news site's call to read it
    "Subscribe now for unlimited access to our health reporting.",
    "Subscribe today.",
])
def test_a_charitys_ask_and_a_news_sites_subscription_are_no_sale(words):
    """A charity asking for a gift of a sum and a news site asking the reader to subscribe sell nothing the page
    makes claims for: the page still informs."""
    page = SOBER_OPENING.format(topic="Dry skin") + "## Support our work\n\n" + words + SOBER_CLOSING
    assert not read_page(page)[0]


@pytest.mark.parametrize("words", [
    "Just £5 a month for your daily dose of SkinCalm.",
    "Only £10 today for a month's supply.",
    "Subscribe today. Cancel anytime.",
])
def test_the_same_price_and_call_for_a_product_still_promote(words):
    """The same sum as the price of the page's product, and a subscription with a shop's terms, still promote."""
    page = SOBER_OPENING.format(topic="Dry skin") + "## Buying\n\n" + words + SOBER_CLOSING
    assert read_page(page)[0]


@pytest.mark.parametrize("words", [
    # a rating a report gives of what it tested, or of a marketplace's shoppers, inside its sentence
    "The app, rated 4.7 out of 5 stars by more than 20,000 users, did not improve sleep in the trial.",
    "The copper insole is rated 4.5 out of 5 stars on eBay, yet the trial found no effect on foot pain.",
    # a consultation with the reader's own care professional
    "Book a consultation with a pharmacist without needing a GP appointment.",
    "Book a consultation with your GP if the rash spreads.",
    "Arrange a consultation with your practice nurse before you travel.",
    # a term said by others, or of others' practice
    "Pharmacies say the jabs are selling out fast.",
    "Chemists report that the nasal sprays are selling out fast.",
    "Some gyms offer the first month free.",
    "Many pharmacies offer free delivery in the winter months.",
    # a recommended price reported alone, not set against an offer of the page's own
    "You can buy a pair from a pharmacy (RRP £30).",
    "The cheapest monitor we tested (RRP £49.99) was also the most accurate.",
    # a charity's ask, by a verb of funding after a modal
    "£20 would fund a nurse's visit to a family at home.",
    # the cheapest of a stockist's range
    "The pharmacy has a wide selection of hay fever medicines from £3.",
    # an offer the reader is told to ask someone else about or for (fixM43, fixS43's hearing-aid guide)
    "Ask your audiologist about a free trial before you buy.",
    "Ask a pharmacist for a free trial of any hearing aid before you commit.",
    "Ask the hearing clinic for a free trial of the aid first.",
])
def test_others_ratings_offers_and_professionals_are_no_shops_offer(words):
    """A rating, a saving, a free month or stock running out that the page reports of others (a marketplace's
    shoppers, pharmacies, some gyms), a consultation with the reader's own GP or pharmacist and a recommended price
    reported alone sell nothing of the page's own."""
    page = SOBER_OPENING.format(topic="Dry skin") + "## Treatment\n\n" + words + SOBER_CLOSING
    assert not read_page(page)[0]


@pytest.mark.parametrize("words", [
    "Say goodbye to dry skin and order now.",
    "Doctors say it works, so order now.",
    # a recommended price set against the page's own
    "Now only £39 (RRP £59).",
    "RRP £120, now £79.",
    # the page's own shop, its call opening the sentence
    "Purchase from us with confidence.",
    "Buy from us and get free gifts with every tub.",
    # a noun of gift or a possessive "fund" are no charity's ask
    "Gift sets from £25.",
    "Fund your new routine for just £1 a day.",
    # a product's own kind priced, and a range the page calls its own
    "JointFlex products from £19.",
    "Our range of balms from £9.",
    # a subscription with its price
    "Subscribe today for £9.99 a month.",
    "Subscribe for £12 a month and never run out.",
    # the page asked for its own free trial (fixM43)
    "Ask us about our free trial.",
    "Ask for your free trial today.",
    # ... asked of no one named: the page's own offer (review B3-M2)
    "Ask for a free trial today.",
    "Call now and ask for a free trial.",
    "Start your free trial today.",
])
def test_the_pages_own_rating_call_and_price_promote(words):
    """The same signs in the page's own voice (its call to order now, its shop, a price set against its recommended
    price, a gift set or a subscription with its price) still promote."""
    page = SOBER_OPENING.format(topic="Dry skin") + "## Buying\n\n" + words + SOBER_CLOSING
    assert read_page(page)[0]


# the second review's findings (H1, M3, L3): a sign denied, asked, over, reported, or said of another seller,
# platform or professional; a shop that gives from its sales; a subscription's offer
OWN_UNPROMOTED = [
    # denied right after "no", or asked in a yes-or-no question
    "There is no free delivery on any of these creams, so compare prices.",
    "Is there a 30-day guarantee? Not from most online sellers.",
    # ... whatever marks end the question (questions.is_question, the one definition of a question)
    "Is there a free trial?! Not for the NHS app, which is free anyway.",
    "\"Can I get free delivery?\" Ask the pharmacist when you order.",
    # a report closing its sentence
    "The shop offers free delivery, the manufacturer says, but its patches did nothing in trials.",
    # an offer said to be over
    "The first week free offer for the sleep app expired last year.",
    # stock running out with no shop's word beside it
    "Flu vaccines are given at the surgery while stocks last.",
    # a call to buy naming another seller, a saving by what the reader does
    "Order antihistamines today only from a licensed online pharmacy.",
    "Save £500 a year by cutting down on alcohol.",
    # a rating on another platform, or of a thing introduced with "a"
    "Our surgery is rated ★★★★☆ (120 reviews) on the NHS website.",
    "A magnetic insole sold online has 4.4 out of 5 stars and over 900 customer reviews.",
    "The insole has more than 900 customer reviews, many marked as a verified purchase.",
    # a consultation with the reader's own service or professional, within four words
    "Arrange a consultation with your local sexual health service.",
    "Book a consultation with your podiatrist if the corn keeps coming back.",
    # a month a public charge covers, not a pack
    "12-month PPC: £114.50",
]


@pytest.mark.parametrize("words", OWN_UNPROMOTED)
def test_terms_denied_asked_over_or_of_others_are_no_shops_offer(words):
    """A shop's term the page denies, asks about, says is over, or says of another seller, platform, professional
    or public charge sells nothing of the page's own: the page's plain "considered safe" keeps no seller's level."""
    page = SOBER_OPENING.format(topic="Dry skin") + "## Treatment\n\n" + words \
        + " Ibuprofen is considered safe for most adults at the recommended dose." + SOBER_CLOSING
    assert not read_page(page)[0]


@pytest.mark.parametrize("words", [
    # the same terms in the shop's own voice
    "No-quibble free delivery on every order.",
    "Summer sale: 20% off, offer ends Sunday.",
    "Only 9 tubs left in stock at £14.99.",
    "Free delivery on every order, our pharmacists say.",
    "3-month supply: £79.",
    "1 bottle (1 month): £22.50",
    # a shop that gives from its sales (review M3): the price is its own, a dash ends the charity's clause
    "Only £19.99 - we donate 10p from every sale to an arthritis charity.",
    "Just £24.99 with a donation from every purchase to our partner charity.",
    # a subscription with what it gives or saves (review L3), the shop's own call opening its sentence
    "Subscribe now and get 20 capsules extra.",
    "Subscribe today and save 15% on every delivery.",
    "Buy from us and support a family business.",
    # a question answered by the shop's own offer in a sentence of its own
    "Is there a free trial? Yes: start your free trial today.",
])
def test_the_same_terms_in_the_shops_voice_promote(words):
    """The same terms offered by the page's shop (a term it ends, stock beside its price, a month's supply priced, a
    gift from its sales) promote."""
    page = SOBER_OPENING.format(topic="Dry skin") + "## Buying\n\n" + words + SOBER_CLOSING
    assert read_page(page)[0]


@pytest.mark.parametrize("words", [
    "Subscribe now and read every issue free.",
    "Donate £10 today to fund our nurses.",
    "Save lives by learning CPR.",
])
def test_a_news_sites_call_a_charitys_gift_and_a_saving_of_lives_stay_unpromoted(words):
    """Near misses of the new readings: a subscription with nothing sold, a charity's sum given, a saving by -ing."""
    page = SOBER_OPENING.format(topic="Dry skin") + "## Treatment\n\n" + words + SOBER_CLOSING
    assert not read_page(page)[0]


# weak signs (SUB003 `requires.page_weak_matches`), by kind: each alone is also a sober page's call
WEAK_SIGNS = {
    "rating": ["★★★★★ (1,204 reviews)", "⭐ 4.8 from 2,100 verified buyers",
               "Rated 4.7 out of 5 stars by our customers.", "Rated 4.7 ★ by 20,000 users.",
               "4.8 out of 5 stars from 3,000 happy sleepers.",
               "★★★★★ (1,200 reviews) on our website.", "JointEase has more than 2,000 customer reviews."],
    "call": ["Book a consultation", "Book a consultation with our hair restoration team today.",
             "Book a consultation with our physiotherapist today.", "Our customers say it works. Buy yours now.",
             "Doctors say it works, so order yours today.", "Order your starter kit today.",
             "Buy your knee sleeve now.", "Order your knee sleeve today from our online store."],
    "saving": ["Save £20 when you buy two.", "Save £20 when you buy two tubs."],
}
# a sign of another kind beside each
OTHER_KIND = {"rating": "Book a consultation today.", "call": "★★★★★ (980 reviews)", "saving": "★★★★★ (980 reviews)"}
WEAK = [(kind, words) for kind, examples in WEAK_SIGNS.items() for words in examples]


@pytest.mark.parametrize("kind, words", WEAK)
def test_a_weak_sign_alone_is_no_sign_of_promotion(kind, words):
    """A rating, a call to book or order, a saving: each alone is also a hospital's, a health service's or a
    pharmacy's call, and a page that shows no other sign reads as one that informs."""
    page = SOBER_OPENING.format(topic="Dry skin") + "## Buying\n\n" + words + SOBER_CLOSING
    assert not read_page(page)[0]


@pytest.mark.parametrize("kind, words", WEAK)
def test_weak_signs_promote_only_beside_a_promise(kind, words):
    """Two kinds of weak sign on one page (a rating and a call to book, a call and a rating, a saving and a rating)
    are also a hospital's or a pharmacy's: alone they do not make the page promote; beside a product named with its
    benefits they do."""
    signs = "## Buying\n\n" + words + "\n\n" + OTHER_KIND[kind]
    assert not read_page(SOBER_OPENING.format(topic="Dry skin") + signs + SOBER_CLOSING)[0]
    product = ("## Our balm\n\nDermavelle soothes your dry skin overnight. "
               "Many people apply Dermavelle after washing.\n\n")
    assert read_page(SOBER_OPENING.format(topic="Dry skin") + product + signs + SOBER_CLOSING)[0]


@pytest.mark.parametrize("page", [
    # a hospital rates its care and asks the reader to book
    "# Glue ear\n\nGlue ear is a build-up of fluid in the middle ear. It often clears up within three months.\n\n"
    "## Our children's ENT clinic\n\nStudies have found no link between grommets and long-term hearing damage. "
    "Hearing aids are safe for everyone, including babies.\n\nRated 4.6 out of 5 stars by families (318 reviews).\n\n"
    "Book your appointment online or call today on 020 7946 0123.\n",
    # a sleep service's rating and its team's consultation
    "# Insomnia\n\nInsomnia means regularly finding it hard to sleep.\n\n## Our sleep service\n\nCognitive "
    "behavioural therapy is the first treatment for long-term insomnia.\n\nRated 4.9 out of 5 stars by patients "
    "(1,020 reviews).\n\nRequest a consultation with our sleep team.\n",
    # a pharmacy's saving on a public charge and its kits to order
    "# Colds\n\nColds usually clear up within a week or two.\n\n## Our pharmacy\n\nThe evidence is clear: "
    "antibiotics do not work for colds. Ibuprofen works better than paracetamol for a sore throat, according to a "
    "review.\n\nSave £25 with a 12-month prescription prepayment certificate.\n\nOrder yours today online or in "
    "any of our branches.\n",
])
def test_a_hospitals_or_pharmacys_several_weak_signs_do_not_promote(page):
    """A hospital's rating and its booking line, a pharmacy's saving and its call to order: a provider that rates
    and books its care, or offers a saving on a public charge, says several kinds of weak sign and sells nothing."""
    assert not read_page(page)[0]


def test_two_weak_signs_of_one_kind_are_one_sign():
    """Stars and a count of reviews, or two ratings, are one kind: a hospital's rating set out twice is no pair."""
    page = SOBER_OPENING.format(topic="Dry skin") + (
        "## Our ward\n\nRated 4.8 out of 5 stars by parents (642 reviews).\n\n★★★★★ (310 ratings)" + SOBER_CLOSING)
    assert not read_page(page)[0]


@pytest.mark.parametrize("page", [
    # a children's hospital's rating by parents
    "# Grommets for glue ear\n\nGlue ear is a build-up of fluid in the middle ear. It often clears up by itself within "
    "three months.\n\n## Surgery at Eastfield Children's Hospital\n\nIf hearing stays poor, a surgeon may fit "
    "grommets, small tubes that let air into the middle ear. Most children go home the same day.\n\nRated 4.8 out of "
    "5 stars by parents (642 reviews).\n\n## Risks\n\nGrommets can cause ear infections and usually fall out within a "
    "year.\n",
    # a hospital's dermatology team
    "# Skin lesions: when to worry\n\nMost moles are harmless, but a mole that changes shape, size or colour should "
    "be checked.\n\n## Our service\n\nOur consultants see adults referred by their GP.\n\nRequest a consultation with "
    "our dermatology team.\n\n## Side effects of removal\n\nRemoval can leave a small scar.\n",
    # a health service's free kits
    "# Bowel cancer screening\n\nScreening can find bowel cancer early, when treatment is more likely to work.\n\n"
    "## Home test kits\n\nFree kits are posted to everyone aged 50 to 74. Order yours today.\n\n## What happens next"
    "\n\nIf blood is found, you will be offered a colonoscopy. The test can miss some cancers.\n",
    # a pharmacy's saving on a public charge
    "# Paying for prescriptions\n\nIn England most adults pay a charge for each item on a prescription.\n\n## "
    "Prepayment certificates\n\nSave £30 with a 12-month prescription prepayment certificate if you need more than "
    "one item a month.\n\nAsk our pharmacist if you are not sure which medicines are exempt.\n",
])
def test_sober_calls_that_read_like_a_clinics_do_not_promote(page):
    """A hospital's rating, its team's consultation, a health service's free kits to order and a pharmacy's saving
    on a public charge are one weak sign each: the page informs."""
    assert not read_page(page)[0]


SLEEP_APP = ("# Fall asleep faster\n\nMany adults lie awake for an hour or more.\n\n## How it works\n\n"
             "{name} improves your sleep. Millions of people use {lower} every night.\n\n★★★★★ (2,140 reviews)\n")


def test_a_weak_sign_beside_a_named_product_with_its_benefits_promotes():
    """A seller whose only shop's sign is its rating promotes when it names its product (a name written capitalised
    inside a sentence) with its benefits; the same page about a generic remedy, named as a word, stays sober."""
    assert read_page(SLEEP_APP.format(name="SleepWell", lower="SleepWell"))[0]
    assert not read_page(SLEEP_APP.format(name="Melatonin", lower="melatonin"))[0]


@pytest.mark.parametrize("offer", [
    "Our PRP therapy rebuilds worn knee cartilage. Most patients need three sessions.",
    "Our shockwave treatment regenerates damaged tendons in weeks.",
])
def test_a_clinics_own_treatment_with_its_benefit_beside_a_booking_call_promotes(offer):
    """What a clinic calls its own ("our" and a thing) promised with a benefit, beside its call to book, is its
    product named: the page promotes; the same call beside its team, or the benefit said of a kind, does not."""
    page = ("# Knee pain\n\nKnee pain is common after 50.\n\n## Our treatments\n\n{offer}\n\n"
            "**Book a consultation**\n")
    assert read_page(page.format(offer=offer))[0]
    assert not read_page(page.format(offer="Our physiotherapy team sees adults referred by their GP."))[0]
    assert not read_page(page.format(offer="Shockwave treatment can ease tendon pain in some people."))[0]


def test_a_brand_given_as_an_example_of_a_kind_is_no_named_product():
    """A pharmacy that names brands as examples of a kind ("such as", "like") names no product of its own: its call
    to book stays a weak sign alone; the same brand as the subject of the benefit is named."""
    page = ("# Hay fever\n\nHay fever is an allergy to pollen.\n\n## Treatments\n\n{treatment}\n\n"
            "Request a consultation with our team if your symptoms do not improve.\n")
    assert not read_page(page.format(treatment="Allergy tablets such as Pollenex relieve sneezing and itchy eyes. "
                                     "Many people take Pollenex every day."))[0]
    assert not read_page(page.format(treatment="Nasal sprays like Rhinavo relieve a blocked nose. Many people use "
                                     "Rhinavo in spring."))[0]
    assert read_page(page.format(treatment="Pollenex relieves sneezing and itchy eyes. Many people take Pollenex "
                                 "every day."))[0]


def test_a_named_organisation_is_no_named_product():
    """A word of a longer name (a charity's, a hospital unit's) is no product named: a rating on that page stays a
    weak sign alone. The name is never written in lower case, so only the longer name spares it."""
    page = SLEEP_APP.format(name="Somnora", lower="Somnora")
    assert read_page(page)[0]
    assert not read_page(page.replace("Many adults", "The Somnora Research Trust says many adults")
                         .replace("Millions of people use Somnora", "Millions of people use the Somnora Trust"))[0]


def test_a_weak_sign_beside_a_promoters_wording_promotes():
    """A rating beside one promoter's wording (a detox promise: alone on a sober page a slip) is a seller's pair;
    without the rating the slip stays a slip."""
    page = SOBER_OPENING.format(topic="Bloating") + "## Herbal teas\n\nThe tea flushes toxins from your gut.\n\n" \
        + "{rating}" + SOBER_CLOSING
    assert read_page(page.format(rating="★★★★★ (980 reviews)"))[0]
    assert not read_page(page.format(rating=""))[0]


@pytest.mark.parametrize("name, promotes", [
    # sub23: a coined name with a capital inside it, written only opening its sentences, is the product's name
    ("NoctaWell", True),
    # ... a common word there is not ("Melatonin improves your sleep")
    ("Melatonin", False),
    # ... nor a plain capitalised word written only opening its sentences: a word the page happens to start with
    ("Noctara", False),
])
def test_a_coined_name_opening_its_sentences_names_the_product(name, promotes):
    """A seller often opens each sentence with its product ("NoctaWell improves your sleep. NoctaWell is taken …"):
    a capital inside a word (a coined brand) names it wherever it stands; a word capitalised only where every
    sentence's first word is tells nothing."""
    page = ("# Fall asleep faster\n\nMany adults lie awake for an hour or more.\n\n## How it works\n\n"
            f"{name} improves your sleep. {name} is taken every night.\n\n★★★★★ (2,140 reviews)\n")
    assert read_page(page)[0] is promotes


@pytest.mark.parametrize("name, promotes", [
    # sub23: a name that ends in what the product is ("… Night Cream") names the product, even opening its sentences
    ("Velora Night Cream", True),
    ("Velora Skin Serum", True),
    # ... a name that ends otherwise is an organisation's (a trust, a clinic's unit)
    ("The Velora Skin Trust", False),
    ("The Velora Dermatology Unit", False),
])
def test_a_name_ending_in_a_product_form_names_the_product(name, promotes):
    """A capitalised name of several words whose last is a product's form or kind (lexicons/promotion.yml
    `product_kinds`) names the page's product; a charity's or a hospital unit's name of the same shape does not."""
    page = ("# Dry skin\n\nMany adults have dry skin in winter.\n\n## How it works\n\n"
            f"{name} soothes your dry skin overnight. {name} is applied after washing.\n\n★★★★★ (2,140 reviews)\n")
    assert read_page(page)[0] is promotes


@pytest.mark.parametrize("weak", ["Rated 4.7 out of 5 stars by customers (388 reviews).",
                                  "Book a consultation with our pharmacist today."])
def test_brands_compared_by_a_pharmacy_are_not_its_own_product(weak):
    """prec36 (review A-H5): a pharmacy's advice names several real brands with their benefits ("Both Rennie and
    Gaviscon are sold over the counter"): none is the page's own product, so one weak sign beside them does not
    make the page promote; a seller that names one product with its benefits does (the same page, one brand)."""
    brands = ("## Over-the-counter remedies\n\nYou can buy Calmetta or Refluzo without a prescription. Calmetta "
              "relieves indigestion after meals. Refluzo soothes heartburn at night.\n\n")
    page = SOBER_OPENING.format(topic="Heartburn") + brands + weak + SOBER_CLOSING
    assert not read_page(page)[0]
    one = ("## Our remedy\n\nYou can buy Refluzo without a prescription. Refluzo soothes heartburn at night. Most "
           "people take Refluzo after dinner.\n\n")
    assert read_page(SOBER_OPENING.format(topic="Heartburn") + one + weak + SOBER_CLOSING)[0]


def test_list_leads_step_over_items_and_their_labels_to_the_lead_in():
    """One reading of a list's lead-in (rules.mentions.list_leads), for the lists of warnings and the parts lists: an
    item's label ("- Zinc: soothes …") is part of the item, so the items after it have the same lead-in line."""
    from pipeline.models import Block
    from pipeline.rules.mentions import list_leads

    kinds = ["heading", "paragraph", "label", "item", "label", "item", "paragraph", "item"]
    blocks = [Block(n * 10, n * 10 + 5, kind) for n, kind in enumerate(kinds)]
    assert list_leads(blocks) == (0, 1, 1, 1, 1, 1, 6, 6)
    assert list_leads([Block(0, 5, "item"), Block(10, 15, "paragraph")]) == (-1, 1)  # a list opening the page


def test_a_parts_list_of_labelled_items_is_read_once_per_page():
    """PageSignals.in_parts_list: each item of a list whose lead-in says what the product is made of, labelled
    items too, and not those of a list led in by another kind of sentence; the page's lists are read once."""
    from pipeline.claims import extract_claims
    from pipeline.ingest import build_source
    from pipeline.nlp import analyse
    from pipeline.rules.engine import PageSignals

    def items_in_parts(lead: str) -> list[str]:
        analysis = analyse(build_source("page.md", "# Joint care\n\nMany walkers feel stiff knees.\n\n" + lead +
                                        "\n\n- Turmeric: eases stiff joints after a long walk.\n"
                                        "- Ginger: calms sore muscles overnight.\n", "md"))
        page = PageSignals(analysis)
        return [c.text for c in extract_claims(analysis) if page.in_parts_list(c)]

    assert items_in_parts("Each sachet is loaded with:") == ["eases stiff joints after a long walk",
                                                             "calms sore muscles overnight"]
    assert items_in_parts("Hikers often ask about:") == []


def _page_signals(markdown: str):
    """The page's PageSignals with its claims, as the engine reads them."""
    from pipeline.rules.engine import PageSignals

    analysis = analyse(build_source("page.md", markdown, "md"))
    return PageSignals(analysis, claims=tuple(read_claims(analysis, find_topic_words(analysis)).read(promotes=False)))


def test_the_pages_coinages_are_names_run_together_and_words_with_a_trade_mark():
    """PageSignals.coinages: the page's words written as a coined name (capitalised words run together), and its
    words with a trade mark right after them, glued or after a space; abbreviations with a small letter in them and
    plural initialisms are neither."""
    page = _page_signals("# Sore joints\n\nTry MobiliFlex for stiff knees. Kelvora ® balm warms the skin and "
                         "Ostrel™ eases the back. Ask your GPs about CoQ10, HbA1c and mRNA tests. Kelvora is sold "
                         "in tubes.\n")
    coined, marked = page.coinages()
    assert coined == {"mobiliflex"}
    assert marked == {"kelvora", "ostrel"}
    # read once: the page's cache holds one reading after two calls (not an identity test of the result: the
    # compiled build boxes a cached tuple anew on each return)
    assert page.coinages() == (coined, marked) and len(page._coinages) == 1


def test_the_pages_coinages_read_every_brand_shape_of_the_one_reading():
    """PageSignals.coinages reads coinages.is_coined_word: letters and digits and trailing capitals too (a merge of
    two patterns once lost them), and still no unit, vitamin or person's name run together."""
    page = _page_signals("# Energy\n\nTry CalmX3, OxyBURN and Flex360 for tired legs. Our NeuroMD blend wakes you. "
                         "Ask about B12, vitamin D3, 120 mmHg and MacArthur's book.\n")
    coined, _ = page.coinages()
    assert coined == {"calmx3", "oxyburn", "flex360", "neuromd"}


NAME_PROMISES = ("# Stiff knees\n\nMany walkers feel stiff knees after a long day.\n\n## How it works\n\n"
                 "{name} eases stiff knees in days. {bare} soothes sore joints overnight. {bare} calms aching hips "
                 "after a walk.\n\n{extra}")


@pytest.mark.parametrize("first", ["weak", "plain"])
def test_one_rules_weak_signs_do_not_reach_another_rule_on_the_same_page(first):
    """PageSignals.promises_for_coined_name reads the page once for every rule (`_coined_promises`), but a rule's own
    weak signs (`requires_page_weak`, a rating here) add to it for that rule only: whichever rule asks first, one
    whose conditions name no weak sign stays unmet on a page whose coined name is neither owned nor marked."""
    from dataclasses import replace

    weak = next(rule for rule in RULES if rule.code == "SUB003")
    assert any(label.endswith(":rating:requires_page_weak") for label in weak.requires_page_weak)
    plain = replace(weak, requires_page_weak=())
    rated = _page_signals(NAME_PROMISES.format(name="ArthroEase", bare="ArthroEase",
                                               extra="★★★★★ (2,140 reviews)\n"))
    asked = [weak, plain] if first == "weak" else [plain, weak]
    answers = {rule.requires_page_weak: rated.promises_for_coined_name(rule) for rule in asked}
    assert answers == {weak.requires_page_weak: True, (): False}
    assert rated.promises_for_coined_name(asked[0]) is answers[asked[0].requires_page_weak]  # unchanged after
    # near misses: without the rating neither rule's reading holds; with a trade mark after the name both do
    unrated = _page_signals(NAME_PROMISES.format(name="ArthroEase", bare="ArthroEase", extra=""))
    assert not unrated.promises_for_coined_name(weak) and not unrated.promises_for_coined_name(plain)
    marked = _page_signals(NAME_PROMISES.format(name="ArthroEase™", bare="ArthroEase", extra=""))
    assert marked.promises_for_coined_name(plain) and marked.promises_for_coined_name(weak)


def test_a_coined_name_with_its_capital_second_is_written_as_the_pages_product():
    """review A names41-M1: an "i" or "e" before a capitalised word ("iDoze") is a coinage like "DozeWell", and the
    page that promises for it names a product; a place, a brand of a coinage's ending or "eGFR" is none."""
    shop = ("# Meet {0}\n\n{0} relieves snoring in one night. It is the most effective sleep device ever made.\n\n"
            "Order yours today.\n")
    for name in ("iDoze", "eSnore", "DozeWell"):
        page = _page_signals(shop.format(name))
        assert page.names_product() and name.lower() in page.coinages()[0], name
    page = _page_signals("# Kidney tests\n\nYour eGFR shows how well your kidneys filter. Liverpool and Calpol are "
                         "words of a coinage's shape, no coinage.\n")
    assert page.coinages()[0] == frozenset()


def sells(markdown: str) -> bool:
    """Whether the page sells or hypes, as assessment.audit_source reads it before any spare for pages that promote
    nothing."""
    from pipeline.rules.engine import page_sells_or_hypes

    analysis = analyse(build_source("page.md", markdown, "md"))
    claims = read_claims(analysis, find_topic_words(analysis)).read(promotes=False)
    return page_sells_or_hypes(analysis, claims, find_flags(analysis, claims, RULES), RULES)


# review A fixS43: a seller's page whose name is coined, in capitals or only opens its sentences, and whose only shop's
# words are an order line for a supply by its length ("Order your 90-day supply", no "now", no price)
SUPPLY_SELLER = """# {title}

{name} rebuilds worn cartilage and eases joint pain in 14 days. {name} restores your flexibility.

"I can climb stairs again without wincing." – Margaret, 71

Doctors are amazed. {order}
"""


@pytest.mark.parametrize("title, name", [
    ("FlexiJoint Collagen Sachets", "FlexiJoint"), ("VITAGLOW Joint Elixir", "VITAGLOW"),
    ("Regrova Joint Formula", "Regrova"), ("Neuro360 Joint Capsules", "Neuro360"),
])
@pytest.mark.parametrize("order", ["Order your 90-day supply.", "Order your three-month supply today.",
                                   "Buy your 3-month course now.", "Order your month's supply."])
def test_an_order_for_a_supply_beside_a_named_product_sells(title, name, order):
    assert sells(SUPPLY_SELLER.format(title=title, name=name, order=order))


@pytest.mark.parametrize("order", [
    # the page's call without a supply named: no shop's sign, the page promotes nothing of its own on these words
    "Talk to your GP.",
    # a health service's repeat prescription and a supply from the reader's own GP or pharmacy
    "Order your repeat prescription online.", "Order your supply from your GP practice each month.",
    "You can order a 3-month supply of your regular medicine through the NHS App.",
])
def test_a_supply_from_care_or_without_the_readers_order_is_no_shop_line(order):
    assert not sells(SUPPLY_SELLER.format(title="Regrova Joint Formula", name="Regrova", order=order))


def test_the_title_names_the_pages_product_only_as_a_name_used_alone():
    """A title's first word is a name when the page never writes it in lower case and uses it alone elsewhere
    ("Regrova is …"); not the first word of a longer term ("Atrial fibrillation is …"), nor an acronym ("MMR")."""
    def named(markdown: str, word: str) -> bool:
        return analyse(build_source("page.md", markdown, "md")).written_as_name(word)

    assert named("# Regrova Follicle Serum\n\nRegrova blocks DHT at the root.\n", "regrova")
    assert named("# VITAGLOW Skin Elixir\n\nVITAGLOW erases wrinkles.\n", "vitaglow")
    assert not named("# Atrial Fibrillation\n\nAtrial fibrillation makes your heart beat irregularly.\n", "atrial")
    assert not named("# Cognitive Behavioural Therapy\n\nCognitive behavioural therapy helps you manage problems.\n",
                     "cognitive")
    assert not named("# MMR Vaccine\n\nMMR protects your child against measles.\n", "mmr")
    assert not named("# COVID Vaccines\n\nCOVID vaccines protect you from severe illness.\n", "covid")
    assert not named("# Regrova\n\nRegrova blocks DHT at the root.\n", "regrova")  # a one-word title: no name's shape


SOBER_NAMING = [
    # a pharmacy comparing branded medicines with prices, a trial report naming a drug, a hospital leaflet naming a
    # device and the supply the reader orders from their GP
    "# Hay fever treatments at our pharmacy\n\nAntihistamines relieve sneezing and itchy eyes.\n\n| Medicine | Price |\n"
    "|---|---|\n| Clarityn Allergy Tablets | £6.49 |\n| Piriteze Allergy Tablets | £5.99 |\n\nOwn-brand loratadine "
    "works as well as Clarityn. Some antihistamines cause drowsiness.\n\nYou can order your repeat prescription online.\n",
    "# Wegovy Heart Trial Results\n\nThe trial randomised 17,604 adults to semaglutide (Wegovy) or placebo. Wegovy "
    "reduced weight by about 9%. Nausea was common, and 16.6% stopped treatment because of side effects.\n",
    "# FreeStyle Libre Sensors\n\nFreeStyle Libre measures your glucose every minute. Some people get skin irritation "
    "where the sensor sits.\n\nOrder your supply from your GP practice each month.\n",
]


@pytest.mark.parametrize("page", SOBER_NAMING)
def test_sober_pages_that_name_products_fairly_do_not_sell(page):
    assert not sells(page)


HEARING_GUIDE = """# Choosing a hearing aid

Hearing aids help many people with hearing loss hear conversations more clearly. An audiologist can test your hearing
and suggest a type that suits you.

Behind-the-ear aids are easy to handle and suit most kinds of hearing loss. In-the-ear aids are less visible but can be
harder to clean.

{close}
"""


def test_a_hearing_aid_guide_that_says_ask_about_a_free_trial_does_not_sell():
    """fixS43's leftover: a sober guide's "Ask your audiologist about a free trial before you buy" is another's offer
    (engine._asked_of_others), so the page neither sells nor draws SUB003; the same guide with the shop's own free trial
    and price sells."""
    from conftest import flags_for

    sober = HEARING_GUIDE.format(close="Ask your audiologist about a free trial before you buy. Most people need a "
                                       "few weeks to get used to a new aid.")
    assert not read_page(sober)[0]
    assert "SUB003" not in {f.code for f in flags_for(sober)}
    selling = HEARING_GUIDE.format(close="Ask us about our free trial. Order today for just £99.")
    assert read_page(selling)[0]
