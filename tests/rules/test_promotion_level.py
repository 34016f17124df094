"""`unpromoted_level`: a wording rule whose error level rests on advertising law keeps it only on a page that shows
signs of promoting something (engine.grade_by_promotion, lexicons/promotion.yml `signs_of_promotion`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import flags_for

from pipeline.gate import DEFAULT_FAIL_ON, FailOn, blocking_flag
from pipeline.rules.engine import UNPROMOTED_REASON

GATE = FailOn.parse(DEFAULT_FAIL_ON)
HOSPITAL = ("Helicobacter pylori infection\n\nTreatment combines two antibiotics with a medicine that lowers stomach "
            "acid. This treatment can even cure some cases of stomach ulcers. Four weeks after you finish the "
            "medicines, a breath test gives confirmation of cure.")
CURE = "Ozone therapy cures Lyme disease."


def _levels(text: str, code: str) -> list[tuple[str, str]]:
    return [(f.level, f.level_reason) for f in flags_for(text) if f.code == code]


def test_a_sober_page_keeps_its_accurate_cure_wording_as_a_warning_that_does_not_block():
    """A hospital page that sells nothing: both cure words are shown as warnings, "can … cure" hedged, "confirmation
    of cure" lowered with its reason, and neither blocks the default gate (the very cure words do not make the page
    a seller)."""
    flags = [f for f in flags_for(HOSPITAL) if f.code == "CUR001"]
    assert [(f.text, f.level, f.level_reason) for f in flags] == [("cure", "warning", ""),
                                                                  ("cure", "warning", UNPROMOTED_REASON)]
    assert not any(blocking_flag(f, GATE) for f in flags)


def test_a_sellers_page_with_the_same_sentence_keeps_the_error():
    """The same sentences on a page with a shop's words, or its own product, block (the hedged "can … cure" stays
    the warning its hedge makes it)."""
    shop = [f for f in flags_for(HOSPITAL + "\n\nAdd to cart today and get free shipping.") if f.code == "CUR001"]
    assert [(f.level, f.level_reason, blocking_flag(f, GATE)) for f in shop] == [("warning", "", False),
                                                                                  ("error", "", True)]
    own = [f for f in flags_for(CURE + " Try our ozone formula.") if f.code == "CUR001"]
    assert [(f.level, f.level_reason, blocking_flag(f, GATE)) for f in own] == [("error", "", True)]


def test_the_cure_word_alone_is_no_sign_of_promotion():
    """Not circular: a page whose only promoter's wording is its cure words, however many, gets the warning. A
    reversal of a disease is graded by no page (it has no accurate clinical use as a promise): it is its own error,
    and like a miracle it is a promoter's wording beside the cure."""
    assert _levels(CURE, "CUR001") == [("warning", UNPROMOTED_REASON)]
    assert _levels("Turmeric cures arthritis. Turmeric also cures gout.", "CUR001") == [
        ("warning", UNPROMOTED_REASON)] * 2
    reversal = "Turmeric cures arthritis. Ginger reverses diabetes."
    assert _levels(reversal, "CUR004") == [("error", "")]
    assert _levels(reversal, "CUR001") == [("error", "")]


def test_another_promoters_wording_on_the_page_keeps_the_error():
    """A miracle, "no side effects" or "clinically proven" elsewhere on the page is a sign that it promotes; so is
    a page laid out as a product's benefits."""
    for other in ("Turmeric tea is a miracle for aching joints.", "The treatment has no side effects.",
                  "Our results are clinically proven."):
        assert _levels(CURE + " " + other, "CUR001") == [("error", "")], other
    assert _levels(CURE + " The treatment has no side effects.", "SAF001") == [("error", "")]
    headings = "Boosts Energy\n\nOzone gives energy.\n\nRelieves Pain\n\nOzone eases pain.\n\n"
    assert _levels(headings + CURE, "CUR001") == [("error", "")]


# Sellers of services, apps and affiliate reviews: an offer to the reader for the page's own service (a price it is
# sold at, a discount or code, a free sample of a paid service, financing, scarcity, a booking of its own service
# now) or a commission disclosure (SUB003 `requires.page_matches`)
SERVICE_SELLERS = [
    # a call to book is a weak sign: with a rating, a kind of weak sign of its own, it is a pair
    "Schedule a free consultation with one of our specialists.",
    "Single sessions from $450, and financing is available.",
    "Payment plans available.",
    "Limited slots remain this month.",
    "Call today to claim your new patient special.",
    "Your first visit is just $49.",
    "Plans start at $199 per month.",
    "Monthly memberships from £99.",
    "Download the app and start your free trial.",
    "The premium plan is $9.99 a month; cancel anytime.",
    "Try Premium free for 14 days.",
    "We may earn a commission if you buy through our links.",
    "This post contains affiliate links.",
    "Check price on Amazon.",
    "Check the latest price on Amazon.",
    "As an Amazon Associate I earn from qualifying purchases.",
    "Use code HEALTH10 for 10% off your first bottle.",
    # a shop's terms on what it sells (seller pages)
    "2 sleeves for $34.95. Doctor-designed. Satisfaction guaranteed.",
    "60-night guarantee. Free returns.",
    "Single 7 kg: £89. Free returns within 100 nights.",
]
# Sober pages that call, book and say "our": care advice, a hospital's own staff and patients, a price the page
# reports, a free public service
SOBER_CALLS = [
    "Book an appointment with your GP if you are worried.",
    "Call 111 if you need advice and cannot wait.",
    "Call 999 now if someone has chest pain.",
    "Call your doctor if the pain comes back.",
    "Our doctors and nurses care for our patients on ward 4.",
    "Our clinic is open Monday to Friday; call us on 020 7946 0123.",
    "To book an appointment, ask your GP for a referral.",
    "Book your free flu vaccine at a pharmacy.",
    "Our nurses answer questions on our free helpline.",
    "In England, prescriptions cost £9.90 per item.",
    "Costs range from $500 to $2,000 per cycle.",
    "Participants use a free app for 12 weeks and receive a £20 voucher.",
    "Doctors who receive a commission from drug companies must declare it.",
    "Check the expiry date before you use the inhaler.",
    "Register today as an organ donor.",
    # a guarantee named as not given, and a return of symptoms: no shop's terms
    "Surgery is not guaranteed to cure endometriosis.",
    "Physiotherapy cannot guarantee a full recovery.",
    "If your symptoms return within 30 days, see your GP.",
    # a return to work or sport, no shop's returns
    "Most people make a pain-free return to normal activities within three months.",
]


@pytest.mark.parametrize("offer", SERVICE_SELLERS)
def test_a_service_app_or_affiliate_offer_is_a_sign_of_promotion(offer):
    assert _levels(CURE + " " + offer, "CUR001") == [("error", "")], offer


@pytest.mark.parametrize("wording", SOBER_CALLS)
def test_care_advice_a_hospitals_our_and_a_reported_price_are_no_sign(wording):
    assert _levels(CURE + " " + wording, "CUR001") == [("warning", UNPROMOTED_REASON)], wording


@pytest.mark.parametrize("signs", [
    " Book your consultation today. Rated 4.9 out of 5 stars by our clients.",
    " Enrol now for the next intake. Save £50 when you pay in full.",
])
def test_weak_signs_in_pairs_promote_only_beside_the_clinics_own_treatment(signs):
    """A call to book or enrol, a rating and a saving are also a hospital's or a pharmacy's: beside a cure said of a
    kind of treatment they are no sign and the cure wording stays a warning; said of the clinic's own treatment
    ("our ozone therapy") the page sells."""
    assert _levels(CURE + signs, "CUR001") == [("warning", UNPROMOTED_REASON)]
    assert _levels("Our ozone therapy cures Lyme disease." + signs, "CUR001") == [("error", "")]


def test_hedged_and_unpromoted_take_the_lower_level():
    """A hedge lowers the level as before; on a page that promotes nothing the lower of the two applies, and the
    reason is given only when the page's reading lowered it."""
    assert _levels("Reishi may cure chronic fatigue.", "CUR001") == [("warning", "")]
    assert _levels("Reishi may cure chronic fatigue. Add to cart today.", "CUR001") == [("warning", "")]


def test_the_lower_of_the_hedged_and_the_unpromoted_level_applies():
    """With a rule whose hedged level (info) is below its unpromoted level (warning): a hedged flag stays info, an
    unhedged one becomes a warning, on a page that promotes nothing; a rule without the key keeps its level."""
    from dataclasses import replace

    from pipeline.models import Flag
    from pipeline.nlp import analyse_text
    from pipeline.rules.engine import grade_by_promotion
    from pipeline.rules.loader import load_rules

    rules = tuple(replace(r, hedged_level="info") if r.code == "CUR001" else r for r in load_rules())
    analysis = analyse_text(CURE)

    def flag(level: str, code: str = "CUR001") -> Flag:
        return Flag(code=code, name="x", level=level, start=0, end=5, line=1, column=1, text="cures", message="m",
                    suggestion="s", authority="a")

    graded = grade_by_promotion(analysis, [], [flag("info"), flag("error"), flag("error", "CAU004")], rules)
    assert [(f.level, f.level_reason) for f in graded] == [("info", ""), ("warning", UNPROMOTED_REASON),
                                                           ("error", "")]


def test_a_refuted_cause_is_an_error_on_any_page():
    """CAU004's error rests on the studies that ruled the cause out, not on promotion law: no unpromoted level."""
    assert [f.level for f in flags_for("Vaccines cause autism in young children.") if f.code == "CAU004"] == ["error"]


def test_the_level_does_not_depend_on_the_rules_reported():
    """A promoter's rule left out of the run (--select, --ignore) still shows that the page promotes: selecting the
    cure rule alone does not lower its level on a page with a miracle."""
    from pipeline.audit import audit_source
    from pipeline.nlp import analyse_text
    from pipeline.rules.loader import load_rules, select_rules

    from conftest import shipped_index

    page = CURE + " Turmeric tea is a miracle for aching joints."
    for chosen in (select_rules(load_rules(), select=("CUR001",)), select_rules(load_rules(), ignore=("CUR002",))):
        flags = audit_source(analyse_text(page), shipped_index(), chosen).flags
        assert [(f.code, f.level) for f in flags if f.code.startswith("CUR")] == [("CUR001", "error")]
    alone = audit_source(analyse_text(CURE), shipped_index(), select_rules(load_rules(), select=("CUR001",))).flags
    assert [(f.code, f.level) for f in alone] == [("CUR001", "warning")]


PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "promotion"
# page -> the levels of its flags of the rules graded by promotion, in page order
EXPECTED = {
    "sober-hpylori-hospital.md": [("CUR001", "warning"), ("CUR001", "warning")],
    # its heading's cure ("Can hepatitis C be cured?" answered "Yes. Antiviral tablets …") is the cure the treatment
    # named under it gives as a rule (CUR001 `unless.unpromoted`, sentences.is_cure_by_treatment): not flagged
    "sober-hepatitis-c.md": [("CUR001", "warning")] * 2,
    # the video's "apricot kernels cure cancer", reported ("A video shared widely this week says"), is not flagged;
    # "Surgery, radiotherapy and chemotherapy cure many early cancers" names the treatments that cure, and is spared;
    # the page's own "apricot kernels cure none" stays, at the lowered level
    "sober-factcheck.md": [("CUR001", "warning")],
    "sober-diabetes-remission.md": [],  # its hedged "can reverse" (CUR004, graded by no page) is a warning anyway
    "blog-cure-only.md": [("CUR001", "warning")],  # its cure claim is its only promoter's wording
    "seller-shop-cure.md": [("CUR001", "error")],
    # (its ranking, CMP002, graded by promotion again since review A-H1, keeps its warning on a page that sells)
    "seller-miracle-cure.md": [("CUR001", "error"), ("CMP002", "warning")],
    "seller-no-side-effects.md": [("CUR001", "error")],  # its "no side effects" (SAF001) is an error on any page
    "seller-hedged-cure.md": [("CUR001", "warning")],  # hedged: the hedge's level on a page that sells
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sober_and_seller_pages(name):
    from pipeline.audit import audit_source
    from pipeline.ingest import load_source
    from pipeline.nlp import analyse
    from pipeline.rules.loader import load_rules

    from conftest import shipped_index

    rules = load_rules()
    graded = {r.code for r in rules if r.unpromoted_level}
    flags = audit_source(analyse(load_source(str(PAGES / name))), shipped_index(), rules).flags
    assert [(f.code, f.level) for f in flags if f.code in graded] == EXPECTED[name]


PROMISES = ("Sea moss protects your heart. Sea moss soothes your joints. Sea moss restores your energy. Sea moss "
            "calms your mind.")


def test_a_page_that_promises_its_product_to_the_reader_promotes_without_a_shops_words():
    """SUB003's `page_promises` is a sign too: several unhedged promises of the page's product to the reader, on a
    page that names no harm, sell it; the same promises beside a side effect inform."""
    assert _levels(PROMISES + " " + CURE, "CUR001") == [("error", "")]
    assert _levels(PROMISES + " Side effects include stomach upset. " + CURE, "CUR001") == [
        ("warning", UNPROMOTED_REASON)]


VACCINE = "Shingles vaccine\n\nThe vaccine is safe and effective for adults over 50."
SHOP = " Book your free consultation today."


@pytest.mark.parametrize("code, page", [
    ("SAF002", VACCINE),
    ("CMP002", "Back pain\n\nExercise is the best treatment for long-term low back pain."),
])
def test_a_wording_with_an_accurate_clinical_use_is_no_flag_on_a_page_that_neither_sells_nor_hypes(code, page):
    """"Safe", "best": the words in which a public-health page or a guideline reports a safety record or a first-line
    treatment. On a page that neither sells nor hypes they raise no flag (silent_on_sober_pages); beside a shop's
    words, at the rule's own level."""
    assert _levels(page, code) == []
    assert _levels(page + SHOP, code) == [("warning", "")]


@pytest.mark.parametrize("code, page", [
    ("SAF003", "Newer treatments\n\nThe newer drugs have fewer side effects."),
    ("EFF001", "Newer treatments\n\nThe newer drugs have greatly improved response rates."),
])
def test_a_booster_or_a_milder_side_effect_is_not_graded_by_promotion(code, page):
    """An article's unquantified "fewer side effects" or "greatly improved" is a warning on a page that sells
    nothing (tests/gold/README.md): what it lacks is the figures, whatever the page."""
    assert _levels(page, code) == [("warning", "")]


def test_a_wording_with_no_accurate_clinical_use_keeps_its_level_on_a_sober_page():
    """"100% safe" and "no side effects" promise what no treatment has: their level is the same on any page."""
    for page in ("Shingles vaccine\n\nThe vaccine is 100% safe.", "Shingles vaccine\n\nThe vaccine has no side effects."):
        assert [(f.level, f.level_reason) for f in flags_for(page) if f.code.startswith("SAF")] == [("error", "")]


def test_a_customers_story_of_recovery_is_a_sign_of_promotion():
    """A testimonial of the product's outcome is the advertiser's endorsement (16 CFR 255.2(a)): beside it, "safe"
    keeps its warning."""
    brace = "Posture brace\n\nThe brace is safe for all-day wear."
    assert _levels(brace, "SAF002") == []  # silent on a page that neither sells nor hypes
    assert _levels(brace + " My back pain disappeared in three days.", "SAF002") == [("warning", "")]


def test_a_graded_wording_is_no_sign_for_another_pack():
    """Not circular across packs: a hospital's "a cure" does not make its "safe" a seller's; a promoter's wording of a
    rule not graded ("no side effects") does. ("Curative treatment", the standard treatment named, raises no flag on
    this page: tests/rules/test_unpromoted_exceptions.py.)"""
    surgery = "Lung cancer surgery\n\nSurgery offers a cure for early lung cancer. The operation is safe."
    assert _levels(surgery, "SAF002") == []  # silent on a page that neither sells nor hypes
    assert _levels(surgery, "CUR001") == [("warning", UNPROMOTED_REASON)]
    promoter = surgery + " Our tea has no side effects at all."
    assert _levels(promoter, "SAF002") == [("warning", "")]
    assert _levels(promoter, "CUR001") == [("error", "")]


SHINGRIX = ("# Shingrix\n\nShingrix was clinically tested in more than 30,000 adults. Shingrix is safe for most adults "
            "over 50. Shingrix prevents shingles in most people who get it.")
ANAPHYLAXIS = ("# Anaphylaxis\n\nAdrenaline auto-injectors are clinically tested before they are licensed. Adrenaline "
               "works within minutes to reverse the swelling.")


@pytest.mark.parametrize("page", [SHINGRIX, ANAPHYLAXIS])
def test_a_report_that_a_medicine_was_clinically_tested_makes_no_page_a_seller(page):
    """"Clinically tested" says a test was done, not what it found: on a page that promotes nothing it is no seal
    (AUT004's promoted pattern) and no sign of promotion, so the page's "safe", its benefit and its "within minutes"
    keep the readings of a sober page."""
    assert [f.code for f in flags_for(page)] == []


def test_clinically_proven_is_still_a_sign_of_promotion():
    """The same page claiming a proof is a promoter's: the seal is flagged, and the benefit it proves with it."""
    codes = {f.code for f in flags_for(SHINGRIX.replace("was clinically tested in", "is clinically proven in"))}
    assert "AUT004" in codes and codes - {"AUT004"}
