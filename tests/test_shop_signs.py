"""A shop's price line or "Buy" heading beside a product named with its benefits is a sign of promotion; a benefit list
under a named product keeps RSK001; an aid dropped is no dropped care; "halves" is a size on a page that informs."""

from __future__ import annotations

import pytest

from conftest import flags_for
from pipeline.patterns import care_words
from pipeline.rules.loader import load_rules

SHOP_PAGE = """# Nasalix Nasal Spray

Nasalix forms a protective gel in your nose that traps viruses before they take hold. Nasalix cures the common cold.

- Reduces the chance of catching a cold on flights
- Soothes a blocked nose
- Gentle enough for daily use

{price}

{buy}

Nasalix Nasal Spray, 20 ml.

## Reviews

"My cold cleared up in two days. I will never need antibiotics again." — Sarah, Leeds

"Since using Nasalix I kicked antibiotics for good." — Tom, Bristol
"""


def levels(page: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for flag in flags_for(page):
        found.setdefault(flag.code, set()).add(flag.level)
    return found


@pytest.mark.parametrize("price, buy", [("£9.99", "## Buy"), ("Price: £9.99", ""), ("", "## Add to basket"),
                                        ("", "## Buy")])
def test_a_price_line_or_buy_heading_beside_a_named_product_promotes(price, buy):
    """(rvA-M4) The cure is the seller's at error, the customer's cleared cold is CUR010 and "never need
    antibiotics again" SUB022, as on any page that sells."""
    found = levels(SHOP_PAGE.format(price=price, buy=buy))
    assert found.get("CUR001") == {"error"}
    assert "CUR010" in found and "SUB022" in found
    assert "RSK001" in found


def test_without_a_shop_line_the_page_reads_as_before():
    """The same page with neither line shows no sign of promotion: the cure is lowered (the test fails if the sign
    were read from anything but the shop's line)."""
    found = levels(SHOP_PAGE.format(price="", buy=""))
    assert found.get("CUR001") == {"warning"}


def test_a_leaflets_priced_sentence_is_no_shop_line():
    """A price inside a sentence, a pharmacy's charge, is not a line of its own."""
    page = ("# Prescriptions\n\nPenicillin treats many infections. A prescription costs £9.90 in England.\n\n"
            "## Buying medicines\n\nPharmacies sell some medicines without a prescription.\n")
    assert levels(page).get("CUR001") is None and "SUB003" not in levels(page)


BENEFIT_LIST = """# {name} Nasal Spray

{lead}

- Reduces the chance of catching a cold on flights
- Soothes a blocked nose

"I keep {name} in my bag."
"""


def test_a_benefit_listed_under_a_named_product_keeps_rsk001():
    """(rvA-M4 1) No sign of promotion, but the list's lead-in's subject is the page's product named: its benefit
    is its own claim, not care told."""
    page = BENEFIT_LIST.format(name="Nasalix", lead="Nasalix forms a protective gel in your nose.")
    assert "RSK001" in levels(page)


NAMED_LIST = "# Colds\n\n{lead}\n\n- Reduces the chance of catching a cold on flights\n- Soothes a blocked nose\n\n{last}\n"


@pytest.mark.parametrize("lead, last, kept", [
    # a coined name opening the lead-in is a product's, though the page never writes it after a word in lower case
    ("BreathEase forms a protective gel in your nose.", "Buy it at any pharmacy.", True),
    ("Dormia forms a protective gel in your nose.", "Try the Dormia Nasal Spray tonight.", True),
    # a word the page writes only as the first of a longer name is a body's or a place's, not a product's (the
    # engine's reading, coinages.written_as_name, which the list's test now shares: quad43)
    ("Cochrane finds that hand washing helps.", "Read more in the Cochrane Library.", False),
    ("Harefield runs a clinic for patients with lung disease.", "Call the Harefield Hospital team.", False),
    ("Smith explains why hand washing matters.", "Read the interview with Professor Smith.", False),
])
def test_a_benefit_lists_lead_in_opens_with_a_name_by_the_pages_one_reading_of_a_name(lead, last, kept):
    assert ("RSK001" in levels(NAMED_LIST.format(lead=lead, last=last))) is kept


@pytest.mark.parametrize("lead", ["Statins lower the amount of cholesterol in your blood. Ask your GP about statins.",
                                  "There is no cure for a cold, but you can ease it.",
                                  "NICE recommends hand washing."])
def test_a_benefit_listed_under_a_common_word_or_acronym_is_care_told(lead):
    """A leaflet's lead-in opens with a common word (written in lower case elsewhere), "There is" or an acronym."""
    page = BENEFIT_LIST.format(name="the spray", lead=lead).replace("# the spray", "# Colds")
    assert "RSK001" not in levels(page)


def test_reading_glasses_no_longer_needed_is_no_dropped_care():
    """(rvA-L5) An aid to sight is not care whose loss endangers the reader: SUB008 (error) leaves it; a medicine
    no longer needed is still read."""
    page = "# EyeBright\n\nI no longer need my reading glasses. Add to cart today for free shipping.\n"
    assert "SUB008" not in levels(page)
    page = "# EyeBright\n\nI no longer need my blood pressure tablets. Add to cart today for free shipping.\n"
    assert "SUB008" in levels(page)


def test_sub008_no_longer_need_names_no_aid():
    """The aids of lexicons/care.yml `care_aids` are in no "no longer need" pattern of SUB008."""
    aids = care_words("care_aids")
    rule = next(r for r in load_rules() if r.code == "SUB008")
    needs = [p for p in rule.patterns if isinstance(p, str) and p.startswith("no longer need")]
    assert needs
    for pattern in needs:
        assert not aids & set(pattern.replace("|", " ").split())


@pytest.mark.parametrize("sentence", ["Taking aspirin halves the risk of bowel cancer in people with Lynch syndrome.",
                                      "Screening halves the chance of dying from bowel cancer."])
def test_halves_is_a_relative_figure_on_a_page_that_informs(sentence):
    """(rvA-L7) "halves" sizes the change: RSK001 keeps it on a sober page, as the gold sets read it."""
    page = f"# Bowel cancer\n\nBowel cancer is common. {sentence} Your GP can tell you more.\n"
    assert "RSK001" in levels(page)



@pytest.mark.parametrize("page, shop", [
    ("# Sprays\n\n| Spray | Price |\n|---|---|\n| Sterimar | £7.49 |\n", False),  # a guide's table
    ("# Sprays\n\nA spray costs £7.49 at most pharmacies.\n", False),  # a price inside a sentence
    ("# Sprays\n\n## Where to buy\n\nMost pharmacies sell them.\n", False),  # a guide's heading
    ("# Sprays\n\n£7.49\n", True), ("# Sprays\n\nPrice: £7.49\n", True), ("# Sprays\n\n## Buy\n\nNow.\n", True)])
def test_a_shop_line_is_a_line_of_its_own(page, shop):
    """engine._shop_line: a heading that is a shop's button or a line that is only a price."""
    from pipeline.ingest import build_source
    from pipeline.nlp import analyse
    from pipeline.rules.engine import _shop_line
    assert _shop_line(analyse(build_source("page.md", page, "md"))) is shop
