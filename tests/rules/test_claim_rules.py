"""Claim rules (type: claim): sentence wording conditions and one finding per claim and pack."""

from __future__ import annotations

from conftest import flag_texts, flags_for


def test_one_claim_rule_finding_per_claim_and_pack():
    """Overstated (SUB001) and in selling words (SUB003): the claim gets the first, not both."""
    codes = [f.code for f in flags_for("Our CAR-T therapy improves the quality of life of patients with myeloma.")
             if f.code.startswith("SUB")]
    assert codes == ["SUB001"]


def test_a_wording_flag_of_the_pack_is_the_claims_finding():
    """`when.unflagged_in_pack`: a customer-share claim whose promised time SUB013 flags at its words gets that SUB
    finding only, not a second one on the whole claim from SUB016 (seller pages: one gold flag, two
    engine flags, "Most customers notice steadier energy within days")."""
    shop = "\n\nOrder now and get free shipping."
    subs = [(f.code, f.text) for f in flags_for("Most customers notice steadier energy within days." + shop)
            if f.code.startswith("SUB")]
    assert subs == [("SUB013", "Most customers notice steadier energy within days")]


def test_a_wording_flag_of_another_pack_leaves_the_claim_finding():
    """Must not fire on the pack's own absence: the same claim with no promised time keeps SUB016, and an info-level
    wording flag of another pack on it (HYP001's "amazing") is not a SUB finding."""
    shop = "\n\nOrder now and get free shipping."
    assert [f.code for f in flags_for("Most customers notice steadier energy." + shop)] == ["SUB016"]
    assert {f.code for f in flags_for("Most customers notice amazing energy." + shop)} == {"SUB016", "HYP001"}


def test_a_claim_rule_requires_its_sentence_wording():
    """SUB003's `requires.sentence_matches`: the same unsupported claim, with and without selling words."""
    assert "SUB003" in {f.code for f in flags_for("Our tea lowers blood sugar.")}
    assert "SUB003" not in {f.code for f in flags_for("Green tea lowers blood sugar.")}


def test_the_page_product_is_the_subject_most_benefit_claims_share():
    """engine.page_product: read from the page, not from a list of products; of two as frequent, the page's opening
    subject; none when no subject recurs."""
    from pipeline.claims import extract_claims
    from pipeline.nlp import analyse_text
    from pipeline.rules.engine import page_product

    def product(text: str) -> str:
        analysis = analyse_text(text)
        claims = tuple(extract_claims(analysis))
        return page_product(analysis, claims, claims[0].subject if claims else "")

    assert product("Kelp tonic relieves joint pain. Kelp tonic eases cramps. Exercise improves mood.") == "tonic"
    assert product("Infrared saunas improve circulation. Better circulation reduces pain. Saunas ease stress. "
                   "Circulation improves healing.") == "saunas"
    assert product("Kelp tonic relieves joint pain. Exercise improves mood.") == ""


def test_a_product_benefit_needs_a_promoting_page_and_the_product_as_subject():
    """SUB005: the same benefit sentences flag on a page that promotes (its words elsewhere), not on one that does
    not; a sentence about the body on the promoting page does not."""
    page = "Why sleep matters\n\nMagnesium improves sleep. It also relieves muscle cramps. Stress harms sleep."
    assert [f.text for f in flags_for(page + " Order now and get free shipping.") if f.code == "SUB005"] == [
        "Magnesium improves sleep", "It also relieves muscle cramps"]
    assert not [f for f in flags_for(page) if f.code == "SUB005"]


def test_a_page_that_promises_its_product_to_the_reader_promotes_without_shop_words():
    """SUB003/SUB005 `requires.page_promises`: three unhedged benefits of the product said to the reader ("protects
    your brain", "energises you") make a page that sells, with no shop's words; the same page naming a harm of it
    informs, and so does one whose benefits are hedged or not said to the reader."""
    page = ("Drinking hydrogen water reduces inflammation throughout your body and speeds up your muscle recovery. "
            "Hydrogen water improves blood flow, protects your brain and energises you from within.")
    promoted = [f.text for f in flags_for(page) if f.code in ("SUB003", "SUB005")]
    # (sub22: the series "improves blood flow, protects your brain and energises you" is three claims)
    assert promoted == ["Drinking hydrogen water reduces inflammation throughout your body",
                        "Hydrogen water improves blood flow", "protects your brain", "energises you from within"]
    harms = page + " Side effects can include bloating and diarrhoea."
    assert not [f for f in flags_for(harms) if f.code in ("SUB003", "SUB005")]
    hedged = ("Drinking hydrogen water may reduce inflammation throughout your body and speed up your muscle "
              "recovery. Hydrogen water may improve blood flow, protect your brain and energise you from within.")
    assert not [f for f in flags_for(hedged) if f.code in ("SUB003", "SUB005")]
    impersonal = ("Metformin lowers blood sugar. Metformin helps the body respond to insulin. Metformin reduces the "
                  "glucose the liver releases.")
    assert not [f for f in flags_for(impersonal) if f.code in ("SUB003", "SUB005")]


def test_a_reported_clause_is_no_effect_asserted():
    """A clause cut from a sentence that reports someone else's claim ("They also claimed that it …, and restores
    mobility") is what is claimed (other), as a reporting word inside the clause makes it; the page's own "restores"
    is an effect."""
    from conftest import claims_for

    reported = claims_for("The company claimed that its drink repairs cartilage, rebuilds joints, and restores "
                          "mobility to people with arthritis.")
    assert reported and all(c.category == "other" for c in reported if c.voice == "reported")
    own = claims_for("Testosterone therapy restores your energy.")
    assert [c.category for c in own] == ["efficacy"]


def test_a_listed_benefit_without_its_subject_is_the_products_and_a_clause_with_its_own_subject_is_not():
    """SUB023: on a page that promotes, a list item that opens with an -s verb ("✔ Eases blocked sinuses") leaves its
    subject out, the product's; a later clause of it that opens with its own -s verb carries that subject over ("and
    protects your lungs"); one with a subject of its own ("so it relieves your cough") is left to the rules that read
    a named subject (SUB003, SUB005); the same item on a page that promotes nothing informs. In a list item the
    verbs joined by "and" are one promise, one claim, a tick before them or not (`clauses.item_opens_with_verb`)."""
    shop = "\n\nOrder now and get free shipping."
    joined = "## Why MucoVap?\n\n- ✔ Eases blocked sinuses and protects your lungs"
    assert flag_texts(joined + shop, "SUB023") == ["✔ Eases blocked sinuses and protects your lungs"]
    assert flag_texts(joined.replace("✔ ", "") + shop, "SUB023") == ["Eases blocked sinuses and protects your lungs"]
    own_subject = "## Why MucoVap?\n\n- ✔ Eases blocked sinuses, so it relieves your cough"
    assert flag_texts(own_subject + shop, "SUB023") == ["✔ Eases blocked sinuses"]
    assert flag_texts(joined, "SUB023") == []


def test_an_eu_authorised_wording_with_its_nutrient_named_is_no_unsubstantiated_benefit():
    """Regulation (EU) No 432/2012's annex authorises "<nutrient> contributes to the normal function of the immune
    system" and its kin: on a seller's list, or in its prose, the lawful wording with the nutrient named is no
    unsubstantiated benefit; the same benefit with no nutrient, in a supplement label's words ("Supports normal
    immune function"), is a listed benefit (SUB023) (review A-L1)."""
    page = "## Why NutriShield?\n\n- ✓ {}\n\nOrder now and get free shipping."
    for lawful in ("Selenium contributes to the normal function of the immune system",
                   "Vitamin B6 contributes to the reduction of tiredness and fatigue",
                   "Iodine contributes to normal cognitive function"):
        assert [f.code for f in flags_for(page.format(lawful)) if f.code.startswith("SUB")] == []
    assert flag_texts(page.format("Supports normal immune function"), "SUB023") == ["✓ Supports normal immune function"]
    assert flag_texts(page.format("Selenium strengthens your immune system"), "SUB023") == []  # its subject named
