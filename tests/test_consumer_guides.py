"""Consumer guides, buyer's guides and fact-checks sell nothing: a span of prices across the makes a guide compares
("from £5 to £250") and a cost it reports ("need cost only $40") are weak signs (SUB003
`requires.page_weak_matches.price`), which promote only beside a product the page names with its benefits or calls its
own; a seller's own price, its "our" and its order line still make its page sell (engine.page_sells_or_hypes)."""

from __future__ import annotations

import pytest

from pipeline.claims import find_topic_words, read_claims
from pipeline.ingest import build_source
from pipeline.nlp import analyse
from pipeline.rules.engine import find_flags, page_sells_or_hypes
from pipeline.rules.loader import load_rules

RULES = load_rules()


def sells_or_hypes(markdown: str) -> bool:
    """Whether the page reads as selling or hyping, as assessment.audit_source reads it."""
    analysis = analyse(build_source("page.md", markdown, "md"))
    claims = read_claims(analysis, find_topic_words(analysis)).read(promotes=False)
    return page_sells_or_hypes(analysis, claims, find_flags(analysis, claims, RULES), RULES)


HELMET_GUIDE = (
    "# How to choose a bike helmet\n\n*An independent buyer's guide.*\n\nA helmet reduces the risk of a serious head "
    "injury in a fall. It cannot protect the rest of your body.\n\nWe compared 25 helmets, priced from $30 to $300, "
    "in a crash laboratory.\n\n## What we found\n\n**Paying more does not buy more protection.** The cheapest "
    "helmets that met the safety standard did as well in our impact tests as the most expensive ones.\n\n"
    "| Feature | What it does | Our view |\n|---|---|---|\n| CPSC or EN 1078 label | Shows it passed the impact "
    "test | Essential |\n| Adjustable dial | Better fit | Best for children |\n\n## Which helmet should I buy?\n\n"
    "The best helmet is one that fits and that you will wear every time. A good helmet need cost only $40. Buy one "
    "from a shop where you can try it on, and replace it after any crash.\n")

THERMOMETER_GUIDE = (
    "# Choosing a thermometer for your family\n\nMost fevers in children are caused by viral infections and get "
    "better on their own.\n\n## Types of thermometer\n\nDigital stick thermometers are accurate under the arm. Ear "
    "thermometers are sold from £15 to £60 and give a reading in seconds, but they are less accurate in babies under "
    "6 months.\n\n## Which is best?\n\nFor babies under 6 months, a digital thermometer under the arm is the best "
    "choice. A reliable digital thermometer costs just £5 at most pharmacies.\n\n## Buying tips\n\n- Buy from a "
    "pharmacy or a reputable retailer.\n- Expensive models are not more accurate than cheaper ones.\n")

MATTRESS_GUIDE = (
    "# Buying a mattress if you have back pain\n\nThere is no single best mattress for back pain. A medium-firm "
    "mattress may ease back pain more than a very firm one, but the studies are small.\n\n## What we tested\n\nWe "
    "slept on 30 double mattresses, from £150 to £2,000, for a week each. The cheapest models often did as well as "
    "expensive ones.\n\n## Our advice\n\n- Choose medium-firm if you are unsure.\n- A new mattress will not cure "
    "back pain. If the pain lasts more than six weeks, see your GP.\n")

SUNSCREEN_FACTCHECK = (
    "# Fact check: is expensive sunscreen better than cheap sunscreen?\n\n**Verdict: False.** A post claims that "
    "supermarket sunscreens do not work.\n\n## What the evidence shows\n\nIn independent tests, own-brand sunscreens "
    "priced from £3 to £8 gave the same protection as branded ones costing £30. The best sunscreen is one with SPF "
    "30 or higher that you apply generously.\n\n## What experts advise\n\nSunscreen lowers the risk of sunburn, but "
    "no sunscreen blocks all UV. Use shade and clothing too.\n")


@pytest.mark.parametrize("page", [HELMET_GUIDE, THERMOMETER_GUIDE, MATTRESS_GUIDE, SUNSCREEN_FACTCHECK],
                         ids=["helmet", "thermometer", "mattress", "sunscreen"])
def test_a_guide_that_prices_the_kinds_it_compares_reads_sober(page):
    """A buyer's guide prices the makes it tested, as a span or as a cost, recommends a kind ("the best choice",
    "Buy one from a shop") and names no product of its own: it neither sells nor hypes."""
    assert not sells_or_hypes(page)


@pytest.mark.parametrize("own", [
    # the page's own product named with its benefits, its price a span
    "## Our helmet\n\nOur CrashGuard helmet protects your head in every fall. CrashGuard cuts your risk of "
    "concussion.\n",
    # ... a seller's "best" with "our" and an order line
    "## The best helmet\n\nOur helmet is the best on the market. Order now and ride safe.\n",
])
def test_the_same_guide_with_a_product_of_its_own_sells(own):
    """Near misses: the helmet guide's span and cost beside a product it names with its benefits and calls its own,
    or beside its order line, read as a seller's."""
    assert sells_or_hypes(HELMET_GUIDE + "\n" + own)


SOBER = ("# Dry skin\n\nDry skin is common and usually mild. Your GP can tell you which treatment suits you.\n\n"
         "## Buying\n\n{words}\n\n## When to get help\n\nSee a doctor if your skin cracks or bleeds.\n")


@pytest.mark.parametrize("words", [
    "We tested 20 moisturisers, from £2 to £40, and the cheapest worked as well.",
    "A tub of plain emollient need cost only £4.",
])
def test_a_span_of_prices_or_a_reported_cost_alone_is_no_sign(words):
    assert not sells_or_hypes(SOBER.format(words=words))


@pytest.mark.parametrize("words", [
    # the page's own price, not a span nor a reported cost, is a sign on its own as before
    "Moisturising sets from £25.",
    "Your first tub is just £4.",
    # a span or a cost beside a product the page names with its benefits
    "Dermavelle soothes your dry skin overnight. Many people apply Dermavelle after washing. Tubs come in sizes "
    "from £4 to £12.",
    "Dermavelle soothes your dry skin overnight. Many people apply Dermavelle after washing. A tub costs only £4.",
])
def test_the_pages_own_price_still_sells(words):
    assert sells_or_hypes(SOBER.format(words=words))


@pytest.mark.parametrize("words", [
    # a provider's price list: a short label opens the line, the span after it, no verb between (review A-H4)
    "Ear wax removal appointments from £45 to £70.",
    "Emollient tubs from £4 to £12 a month, depending on the size.",
    "Prices from £60 to £90 a session.",
    # ... after a list glyph opening the line
    "🌟 Laser skin sessions from £80 to £150 🌟 Free patch test",
])
def test_a_price_list_line_of_a_span_sells(words):
    assert sells_or_hypes(SOBER.format(words=words))


@pytest.mark.parametrize("words", [
    # near misses: a span inside a clause of what was tested, what things cost or where they are sold
    "Prices run from £4 to £12 in most pharmacies.",
    "Emollients are sold from £4 to £12 in supermarkets.",
    "Plain tubs cost from £4 to £12.",
    "In a consumer test, tubs from £4 to £12 worked as well as dearer ones.",
    "Most brands from £4 to £12 did as well.",
])
def test_a_span_in_a_clause_of_a_guide_is_still_no_sign(words):
    assert not sells_or_hypes(SOBER.format(words=words))


CLINIC = ("# Private physiotherapy in Bristol\n\nOur physiotherapists offer the best care in the city. Modern shockwave "
          "therapy heals tendon pain faster than rest.\n\nAssessments from £50 to £80. A follow-up visit costs just "
          "£40.\n\nCall us to book.\n")


def test_a_clinic_that_prices_its_own_care_as_a_span_sells():
    """A private clinic's page, its price list a span: the page sells (review A-H4's hearing and IVF clinics read
    sober when the span was only a weak sign); the same page without the price list reads sober."""
    assert sells_or_hypes(CLINIC)
    assert not sells_or_hypes(CLINIC.replace("Assessments from £50 to £80. ", ""))
