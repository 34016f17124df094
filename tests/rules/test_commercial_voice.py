"""A seller with no shop words still sells (review A2-H2): the advertising rules `silent_on_sober_pages` keep their
flags on a clinic's own-service page (its named service's benefits beside a call to book a free first visit or scarce
appointments: `requires.page_weak_matches` of SUB003) and on a brand's page (benefits promised
for a coined name, with no harm named: engine.PageSignals.promises_for_coined_name), and read nothing on a hospital's
leaflet, a health service's page on a named medicine, a charity's patient story or a pharmacy's advice."""

from __future__ import annotations

import pytest
from conftest import flags_for


# (rule, a sentence of its wording with nothing that qualifies it, the words it flags)
WORDINGS = [
    ("ABS007", "Heel stretching is proven to ease plantar fasciitis.", "proven to"),
    ("AUT001", "Studies show that heel stretching eases plantar fasciitis.", "Studies show"),
    ("CMP001", "Gentle heel stretching gives better results.", "better"),
    ("CMP002", "Heel stretching is the most effective treatment for plantar fasciitis.", "most effective"),
    ("SAF002", "Heel stretching is safe.", "safe"),
    ("SUB003", "Heel stretching not only eases pain but also restores movement.", "Heel stretching not only eases"),
]

# a clinic's own service named with its benefit, and a call to book its free first visit: no price, no cart
CLINIC = ("# Heel pain\n\nWelcome to the Plantara heel practice. Try the Corvella Shockwave Protocol. The Corvella "
          "Shockwave Protocol relieves heel pain.\n\n{sentence}\n\n## Book your free assessment\n\nBook your free "
          "assessment with the practice this week.")
CLINIC_SCARCE = ("# Heel pain\n\nTry the Corvella Shockwave Protocol. The Corvella Shockwave Protocol relieves heel "
                 "pain.\n\n{sentence}\n\nLimited appointments available this month.")
# a brand's page: a coined name it calls its own, its benefits twice, no harm named, no shop
BRAND = "# Heel pain\n\nOur TalonEase gel relieves heel pain. TalonEase eases morning stiffness.\n\n{sentence}"
BRAND_MARKED = "# Heel pain\n\nPlantix™ relieves heel pain. Plantix eases morning stiffness.\n\n{sentence}"


def _flagged(text: str, code: str, words: str) -> bool:
    return any(found.text.startswith(words) or words in found.text for found in flags_for(text) if found.code == code)


@pytest.mark.parametrize("page", [CLINIC, CLINIC_SCARCE, BRAND, BRAND_MARKED],
                         ids=["free-assessment", "scarce-appointments", "coined", "trade-mark"])
@pytest.mark.parametrize("code, sentence, words", WORDINGS)
def test_a_seller_without_shop_words_keeps_each_silent_rules_flag(page, code, sentence, words):
    assert _flagged(page.format(sentence=sentence), code, words)


# pages that inform: a hospital's own team and a booking with the reader's GP; a health service's page naming a
# branded medicine several times with its side effects; a charity's signed patient story; a pharmacy's advice naming
# several brands; a coined name's benefits beside its side effects; a call to book a free visit with no named service
SOBER = {
    "hospital": ("# Heel pain\n\nOur team offers physiotherapy for heel pain. Our physiotherapists can show you "
                 "stretches.\n\n{sentence}\n\nBook an appointment with your GP if the pain lasts more than a month."),
    "medicine": ("# Insulin aspart\n\nNovoRapid lowers blood sugar. NovoRapid starts to work within 15 minutes. "
                 "NovoRapid controls blood sugar after meals.\n\n{sentence}\n\nSide effects include low blood sugar "
                 "and swelling where you inject it."),
    "charity": ('# Living with heel pain\n\nThe charity supports people with foot pain.\n\n{sentence}\n\n'
                '"The support group helped me feel less alone." – Imogen, 47'),
    "pharmacy": ("# Heel pain: ask your pharmacist\n\nVoltarol® gel eases joint pain. Nurofen® relieves pain and "
                 "swelling.\n\n{sentence}\n\nAsk your pharmacist which is right for you."),
    "coined-with-harms": ("# Heel pain\n\nTalonEase relieves heel pain. TalonEase eases morning stiffness.\n\n"
                          "{sentence}\n\nSide effects include skin irritation. Do not use it if you are pregnant."),
    # capitals inside a name show a name, not that the page owns it (review B-H5)
    "named-method": ("# Neck pain\n\nThe McKenzie approach reduces neck pain. The McKenzie approach restores "
                     "movement in the neck.\n\n{sentence}"),
    "named-device": ("# Checking your glucose\n\nThe FreeStyle Libre reader lowers blood sugar swings. The "
                     "FreeStyle Libre reader improves glucose control.\n\n{sentence}"),
    "named-vaccine": ("# Covid-19 vaccines\n\nThe AstraZeneca vaccine prevents severe illness. The AstraZeneca "
                      "vaccine protects older adults.\n\n{sentence}"),
    "platform": ("# Staying active\n\nOur YouTube classes help people with heel pain stay active. Our YouTube "
                 "classes improve balance.\n\n{sentence}"),
    "exclusive-offer": ("# Heel pain\n\nOur exclusive offer for members: a free foot care leaflet.\n\n{sentence}"),
    # a signed story or a dated byline beside a medicine named with its benefits, and a university's "patented"
    # technique with its trial's result: a charity, a newspaper and a research group say so too (review A2-H3, H4)
    "charity-medicine": ("# Lumacor: what you need to know\n\nLumacor is a medicine for people with cystic fibrosis. "
                         "Lumacor helps the faulty protein work. Lumacor improves lung function in most people who "
                         "take it.\n\n{sentence}\n\n\"Before Lumacor I spent weeks in hospital every year.\" – Ava, 19"),
    "news-byline": ("# Weight-loss jab cuts heart risk, trial finds\n\nBy Helen Marsh, health correspondent – Tuesday, 4 "
                    "June 2026\n\nIn the trial, people given Slimora lost weight. Slimora cut the risk of a heart "
                    "attack by a fifth. Slimora also reduced blood pressure.\n\n{sentence}"),
    "university": ("# Glaucoma research\n\nOur patented technique, called MicroPulse Stimulation, treats glaucoma "
                   "without surgery. In a trial of 120 patients, MicroPulse Stimulation lowered eye pressure by a "
                   "quarter. MicroPulse Stimulation reduced the need for eye drops.\n\n{sentence}"),
    "free-check": ("# Heel pain\n\nThe health service runs foot clinics for adults.\n\n{sentence}\n\nBook your free "
                   "assessment at your local foot clinic."),
}


@pytest.mark.parametrize("page", sorted(SOBER))
@pytest.mark.parametrize("code, sentence, words", WORDINGS)
def test_a_page_that_informs_stays_sober(page, code, sentence, words):
    assert not _flagged(SOBER[page].format(sentence=sentence), code, words)


def test_a_coined_name_needs_two_benefit_claims():
    """One promise of a coined name is a mention; the page's own promises recur."""
    one = "# Heel pain\n\nOur TalonEase gel relieves heel pain.\n\nHeel stretching is safe."
    two = "# Heel pain\n\nOur TalonEase gel relieves heel pain. TalonEase eases morning stiffness.\n\n" \
          "Heel stretching is safe."
    assert not _flagged(one, "SAF002", "safe")
    assert _flagged(two, "SAF002", "safe")


@pytest.mark.parametrize("opening, sells", [
    ("Our SoleMend balm relieves heel pain. SoleMend balm eases morning stiffness.", True),  # "our", a product kind
    ("Our SoleMend relieves heel pain. SoleMend eases morning stiffness.", True),  # "our" and the name itself
    ("SoleMend® balm relieves heel pain. SoleMend balm eases morning stiffness.", True),  # a trade mark
    ("SoleMend balm relieves heel pain. SoleMend balm eases morning stiffness.", False),  # a name only
    ("Our SoleMend classes relieve heel pain. Our SoleMend classes ease stiffness.", False),  # "our" classes
])
def test_a_coined_name_sells_only_as_the_pages_own(opening, sells):
    """Capitals inside a word name something; "our", a trade mark or a weak sign say whose (review B-H5)."""
    page = f"# Heel pain\n\n{opening}\n\nStudies show that heel stretching eases plantar fasciitis."
    assert _flagged(page, "AUT001", "Studies show") is sells


def test_a_weak_sign_makes_a_coined_name_the_pages_own():
    page = ("# Heel pain\n\nSoleMend balm relieves heel pain. SoleMend balm eases morning stiffness.\n\n"
            "Studies show that heel stretching eases plantar fasciitis.\n\nRated 4.9 out of 5 stars by walkers.")
    assert _flagged(page, "AUT001", "Studies show")


@pytest.mark.parametrize("assurance, sells", [
    ("SoleMend is safe for everyone.", True),
    ("SoleMend is gentle on the skin.", True),
    ("SoleMend is not suitable for children under 12.", False),
    ("Side effects include mild itching.", False),
])
def test_an_assurance_is_no_harm_named(assurance, sells):
    """A brand that calls itself safe still sells; a warning or a side effect is a harm named (review B-M2)."""
    page = (f"# Heel pain\n\nOur SoleMend relieves heel pain. SoleMend eases morning stiffness. {assurance}\n\n"
            "Studies show that heel stretching eases plantar fasciitis.")
    assert _flagged(page, "AUT001", "Studies show") is sells


def test_a_promoters_flag_beside_a_call_to_order_the_readers_own_product_promotes():
    """A call to order "your" product is a call (review B-H1), a sign beside a promoter's wording; without it the
    one slip is no sign."""
    with_call = ("# Ankle sprains\n\nAnkle sprains are common in runners.\n\nStudies show that rest speeds "
                 "healing.\n\nA support wrap works miracles for many runners.\n\nOrder your ankle wrap today.")
    assert _flagged(with_call, "AUT001", "Studies show")
    assert not _flagged(with_call.replace("\n\nOrder your ankle wrap today.", ""), "AUT001", "Studies show")


def test_a_scarce_place_with_no_named_product_is_no_sign():
    charity = ("# Heel pain walk\n\nThe charity's sponsored walk raises money for foot research. Limited places "
               "available.\n\nHeel stretching is safe.")
    assert not _flagged(charity, "SAF002", "safe")


def test_good_for_of_its_kind_promises_a_benefit():
    """'the most effective remedy for heel pain' calls the name good for something (engine._promises_benefit), so
    that with a second promise the coined name's page sells; 'the most effective remedy' for nothing named promises
    none, and one promise is too few."""
    sentence = "\n\nStudies show that heel stretching eases plantar fasciitis."
    kind_for = "# Heel pain\n\nOur TalonEase is the most effective remedy for heel pain. TalonEase eases morning " \
               "stiffness."
    kind_alone = "# Heel pain\n\nOur TalonEase is the most effective remedy. TalonEase eases morning stiffness."
    assert _flagged(kind_for + sentence, "AUT001", "Studies show")
    assert not _flagged(kind_alone + sentence, "AUT001", "Studies show")


@pytest.mark.parametrize("name", ["mRNA", "CoQ10", "HbA1c"])
def test_an_abbreviation_with_a_small_letter_is_no_coined_name(name):
    """Two promises of 'mRNA vaccines' on a page that names no harm are a news report's, not a brand's."""
    page = (f"# Vaccines\n\n{name} vaccines prevent severe illness. {name} vaccines protect older adults.\n\n"
            "Studies show that vaccines prevent illness.")
    assert not _flagged(page, "AUT001", "Studies show")


def test_sub003_reads_a_coined_names_page_as_the_silent_rules_do():
    """One reading (review B-M6): the page that makes the silent rules speak is one SUB003's own page requirement
    sees, so its plain benefit claims of the coined name are flagged; a page that does not own the name gets none."""
    owned = "# Heel pain\n\nOur TalonEase gel relieves heel pain. TalonEase gel eases morning stiffness."
    named = "# Heel pain\n\nThe TalonEase gel relieves heel pain. The TalonEase gel eases morning stiffness."
    assert _flagged(owned, "SUB003", "TalonEase gel eases morning stiffness")
    assert not _flagged(named, "SUB003", "TalonEase gel eases morning stiffness")
