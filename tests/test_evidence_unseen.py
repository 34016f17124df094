"""Evidence verdicts with reference libraries on topics the engine was not built on (vaccines, statins, infections):
sentences and statements written for these tests, in the wording of patient pages and of evidence summaries."""

from __future__ import annotations

from pipeline.audit import audit_source
from pipeline.evidence import EvidenceIndex, extract_terms
from pipeline.nlp import analyse_text
from pipeline.references import EvidenceStatement, Library, Reference
from pipeline.rules.loader import load_rules

REFERENCE = Reference("doe2021-review", "review", "Doe J. A review. J Test 2021;1:1.", "2021", "", "",
                      "https://example.org/review", "5", "2026-12-03", "test fixture")


def statement(id, stance, max_strength, addresses, finding="finding"):
    return EvidenceStatement(id, REFERENCE.id, finding, "quote", stance, max_strength,
                             f"{max_strength}: {addresses[0]}", "", tuple(addresses))


def library(*statements) -> EvidenceIndex:
    return EvidenceIndex(Library({REFERENCE.id: REFERENCE}, statements))


def verdicts(index, text):
    result = audit_source(analyse_text(text), index, load_rules())
    return [(c.status, c.evidence[0].evidence_id if c.evidence else None) for c in result.claims]


def test_a_word_named_by_several_concepts_is_one_shared_word():
    """"Infection" is a condition, a harm and (as a harm) a side effect: three terms of one word. Counted as three,
    the negated clause of "vaccines prevent but do not treat infection" outweighed "prevent" and contradicted a
    claim that vaccines prevent infection."""
    index = library(statement("ev-prevent", "supports", "direct", ["vaccines prevent but do not treat infection"]))
    assert verdicts(index, "The vaccine prevents infection.") == [("supported", "ev-prevent")]
    assert verdicts(index, "Vaccines do not prevent infection.") == [("contradicted", "ev-prevent")]
    assert verdicts(index, "The vaccine treats infection.") == [("contradicted", "ev-prevent")]
    terms = extract_terms(analysis := analyse_text("Statins lower cholesterol."), 0, len(analysis.tokens))
    assert {"drug", "treatment"} <= terms.weights.keys()
    assert terms.origins["drug"] == terms.origins["treatment"]  # one word, "Statins"


def test_a_statement_negation_decides_only_about_what_it_denies():
    """"Most shingles infections in adults cause no symptoms" denies symptoms: it says nothing against "shingles
    infections in adults are common" (it contradicted it through "shingles", "infections" and "adults"), and still
    contradicts a claim of symptoms. A negation through a word of evidence denies what follows ("no evidence that
    garlic supplements prevent colds")."""
    index = library(
        statement("ev-silent", "supports", "direct", ["most shingles infections in adults cause no symptoms"]),
        statement("ev-garlic", "supports", "direct", ["there is no evidence that garlic supplements prevent colds"]))
    assert verdicts(index, "Shingles infections in adults are common.")[0][0] != "contradicted"
    assert verdicts(index, "Shingles infections in adults cause painful symptoms.") == [("contradicted", "ev-silent")]
    assert verdicts(index, "Garlic supplements prevent colds.") == [("contradicted", "ev-garlic")]


def test_a_refuted_frequency_contradicts_only_a_claim_of_how_often():
    """A library refutes "statins commonly cause side effects"; a page saying that side effects include muscle pain,
    or that statins may cause side effects in some people, does not say how often and was contradicted."""
    index = library(statement("ev-often", "refutes", "direct", ["antibiotics commonly cause serious allergic reactions",
                                                                 "most people on antibiotics get allergic reactions"]))
    assert verdicts(index, "Side effects of antibiotics include allergic reactions.")[0][0] != "contradicted"
    assert verdicts(index, "Antibiotics may cause allergic reactions in some people.")[0][0] != "contradicted"
    assert verdicts(index, "Antibiotics commonly cause serious allergic reactions.") == [("contradicted", "ev-often")]


def test_parts_and_measures_of_the_body_are_not_one_concept():
    """The heart is not the liver, nor coenzyme Q10 cholesterol: one concept for every part and measure of the body
    let a statement on liver checks contradict a claim on what the heart needs, and one on LDL cholesterol support a
    claim on coenzyme Q10."""
    index = library(
        statement("ev-liver", "supports", "direct",
                  ["routine checks of liver enzymes are no longer needed in people taking statins"]),
        statement("ev-ldl", "supports", "direct", ["statins lower LDL cholesterol"]))
    assert verdicts(index, "Statins deplete coenzyme Q10, an enzyme the heart needs.")[0][0] != "contradicted"
    assert verdicts(index, "Statins reduce the level of coenzyme Q10 in the heart.")[0][0] != "supported"
    assert verdicts(index, "Statins lower cholesterol.") == [("supported", "ev-ldl")]
    assert verdicts(index, "People taking statins still need routine checks of liver enzymes.") \
        == [("contradicted", "ev-liver")]


def test_an_infection_is_not_a_side_effect_by_its_name():
    """"HPV infection" names the disease, not a harm of a treatment: as a kind of side effect, "most shingles
    infections cause no symptoms" met and contradicted a list of a vaccine's side effects. An infection still meets
    an infection."""
    index = library(statement("ev-silent", "supports", "direct", ["most shingles infections cause no symptoms"]),
                    statement("ev-chemo", "supports", "direct", ["chemotherapy raises the risk of infections"]))
    assert verdicts(index, "Common side effects of the vaccine include fever and headache.")[0][0] != "contradicted"
    assert verdicts(index, "Chemotherapy increases the risk of infections.") == [("supported", "ev-chemo")]
    assert verdicts(index, "Chemotherapy does not increase the risk of infection.") == [("contradicted", "ev-chemo")]


def test_a_treatment_people_and_everyday_words_shared_back_nothing():
    """A page's "statins are one of the most commonly prescribed drugs, taken daily by millions of adults" was
    supported, through its coverage alone, by "statins help healthy people without heart disease": they share the
    drug, people and everyday words, which says nothing of either's content."""
    from pipeline.evidence import _shares_only_treatment

    def shared(claim, said):
        claim_terms = extract_terms(analysis := analyse_text(claim), 0, len(analysis.tokens))
        said_terms = extract_terms(analysis := analyse_text(said), 0, len(analysis.tokens))
        return claim_terms, claim_terms.weights.keys() & said_terms.weights.keys()

    assert _shares_only_treatment(*shared("Statins are commonly prescribed drugs, taken daily by millions of adults.",
                                          "statins help healthy people without heart disease"))
    assert not _shares_only_treatment(*shared("Statins lower cholesterol in adults.", "statins lower LDL cholesterol"))
    assert not _shares_only_treatment(*shared("Millions of adults have high blood pressure.",
                                              "high blood pressure is common in adults"))


def test_a_negation_of_all_contradicts_only_a_claim_of_all():
    """"The vaccine does not protect against all types of HPV" says it protects against some: it contradicted "there
    are many types of HPV" and "HPV is the main cause of cervical cancer". It contradicts a claim of all."""
    index = library(statement("ev-some", "supports", "direct",
                              ["the shingles vaccine does not protect against all strains of the virus"]))
    assert verdicts(index, "There are many strains of the shingles virus.")[0][0] != "contradicted"
    assert verdicts(index, "The shingles vaccine protects against the virus.")[0][0] != "contradicted"
    assert verdicts(index, "The shingles vaccine protects against all strains of the virus.") \
        == [("contradicted", "ev-some")]


def test_a_superlative_ranks_and_says_nothing_of_how_often():
    """"One of the most common complaints of people on statins is muscle pain" ranks muscle pain among complaints;
    counted as a claim of how often, it was contradicted by a refuted "statins commonly cause side effects"."""
    index = library(statement("ev-often", "refutes", "direct", ["antibiotics commonly cause serious allergic reactions",
                                                                 "most people on antibiotics get allergic reactions"]))
    ranking = "One of the most common complaints of people taking antibiotics is an allergic reaction."
    assert verdicts(index, ranking)[0][0] != "contradicted"
    assert verdicts(index, "Antibiotics commonly cause serious allergic reactions.") == [("contradicted", "ev-often")]
    assert terms_of("Most people get allergic reactions.").frequent
    assert not terms_of("The most common reaction is a rash.").frequent


def terms_of(text):
    analysis = analyse_text(text)
    return extract_terms(analysis, 0, len(analysis.tokens))


def test_a_prohibition_is_no_denial():
    """"You mustn't have high cholesterol" forbids it: read as a denial, it was contradicted by "high cholesterol is a
    risk factor for heart disease", with which it agrees. A denial of the same finding is still contradicted."""
    index = library(statement("ev-sugar", "supports", "correlational",
                              ["high blood sugar is a risk factor for kidney disease"]))
    assert verdicts(index, "You mustn't have high blood sugar.")[0][0] != "contradicted"
    assert verdicts(index, "Doctors say you should not have high blood sugar.")[0][0] != "contradicted"
    assert verdicts(index, "High blood sugar is not a risk factor for kidney disease.") \
        == [("contradicted", "ev-sugar")]
    safe = library(statement("ev-safe", "supports", "direct", ["pregnant women can safely get the flu vaccine"]))
    assert verdicts(safe, "Pregnant women should not get the flu vaccine.") == [("contradicted", "ev-safe")]


def test_a_claim_denying_all_contradicts_only_a_statement_of_all():
    """A claim's negation of "all" ("the vaccine does not always reduce the risk") says it reduces it sometimes:
    it was contradicted by a statement that the vaccine reduces the risk. A statement of all is still denied."""
    index = library(statement("ev-flu", "supports", "direct",
                              ["the flu vaccine reduces the risk of hospital admission in older adults"]))
    assert verdicts(index, "The flu vaccine does not always reduce the risk of hospital admission in older adults.") \
        [0][0] != "contradicted"
    assert verdicts(index, "The flu vaccine does not reduce the risk of hospital admission in older adults.") \
        == [("contradicted", "ev-flu")]
    always = library(statement("ev-always", "supports", "direct",
                               ["the flu vaccine always reduces the risk of hospital admission in older adults"]))
    assert verdicts(always, "The flu vaccine does not always reduce the risk of hospital admission in older adults.") \
        == [("contradicted", "ev-always")]


def test_a_change_in_a_cause_is_not_said_of_the_outcome():
    """"... increases the likelihood of angina (chest pain caused by reduced blood flow)" paired "reduced" with "pain"
    across "caused by" and read a good change, contradicting "high cholesterol is a risk factor". A change named as
    the cause ("caused by", "due to") is not said of the outcome it causes."""
    index = library(statement("ev-sugar", "supports", "correlational",
                              ["high blood sugar increases the risk of kidney disease"]))
    for claim in ("High blood sugar increases the likelihood of kidney disease and neuropathy (nerve pain caused by "
                  "reduced blood flow to the nerves).",
                  "High blood sugar increases the likelihood of kidney disease and nerve pain due to reduced "
                  "blood flow."):
        assert verdicts(index, claim)[0][0] != "contradicted"
    assert verdicts(index, "High blood sugar reduces the risk of kidney disease.") == [("contradicted", "ev-sugar")]


def test_a_resolved_subject_is_one_word():
    """"They lower the risk of heart attacks", its subject resolved as "Statins": the subject's concepts (a drug and a
    treatment, both named by "Statins") were added without the word naming them, and counted as two shared words."""
    from pipeline.assessment import _with_subject
    from pipeline.evidence import _words_among

    analysis = analyse_text("Statins are prescribed to millions of adults. They lower the risk of heart attacks.")
    result = audit_source(analysis, library(statement("ev-risk", "supports", "direct",
                                                      ["statins lower the risk of heart attacks"])), load_rules())
    claim = next(c for c in result.claims if c.text.startswith("They"))
    assert claim.subject == "Statins"
    terms = _with_subject(extract_terms(analysis, *analysis.token_range(claim.start, claim.end)), claim, analysis)
    assert {"drug", "treatment", "risk"} <= terms.weights.keys()
    assert _words_among(terms, ["drug", "treatment"]) == 1
    assert _words_among(terms, ["drug", "risk"]) == 2


def test_the_two_sides_of_an_asymmetric_relation_are_read_in_order():
    """"The benefits of X outweigh its risks" and "the risks of X outweigh its benefits" share every word: read as
    bags of words they tied, and the refuted reverse decided. The sides of "outweigh", "exceed" or a comparative are
    read in order, and "less effective than" is the other sense of "more effective than", not a fall of anything;
    "more than half" compares an amount, not two sides."""
    index = library(
        statement("ev-balance", "supports", "direct",
                  ["the benefits of aspirin after a heart attack outweigh the bleeding risks"]),
        statement("ev-balance-refuted", "refutes", "direct",
                  ["the bleeding risks of aspirin after a heart attack outweigh the benefits"]),
        statement("ev-compare", "supports", "direct",
                  ["physiotherapy is more effective than bed rest for low back pain"]))
    assert verdicts(index, "After a heart attack, the benefits of aspirin outweigh the bleeding risks.") \
        == [("supported", "ev-balance")]
    assert verdicts(index, "For people who had a heart attack, aspirin's benefits exceed its risk of bleeding.") \
        == [("supported", "ev-balance")]
    assert verdicts(index, "After a heart attack, the bleeding risks of aspirin outweigh its benefits.")[0][0] \
        == "contradicted"
    assert verdicts(index, "Bed rest is more effective than physiotherapy for low back pain.") \
        == [("contradicted", "ev-compare")]
    assert verdicts(index, "Bed rest is less effective than physiotherapy for low back pain.") \
        == [("supported", "ev-compare")]
    terms = terms_of("More than half of the patients took aspirin.")
    assert not terms.left and not terms.right and not terms.relation_sense


def test_an_adverb_and_a_noun_in_ence_meet_their_adjective():
    """"Sexually active" is "sexual activity" and "pregnant women" meet "pregnancy": an adverb's "-ly" goes before
    the adjective's suffix, a noun in "-ence"/"-ancy" is its adjective in "-ent"/"-ant". An adverb that says how
    sure or how often keeps its suffix: "potentially serious" does not meet "a potential target"."""
    from pipeline.evidence import stem

    assert stem("sexually") == stem("sexual") and stem("emotionally") == stem("emotional")
    assert stem("pregnancy") == stem("pregnant") and stem("resistance") == stem("resistant")
    assert stem("potentially") != stem("potential") and stem("normally") != stem("normal")
    index = library(
        statement("ev-pregnancy", "supports", "direct", ["the flu vaccine is safe throughout pregnancy"]),
        statement("ev-support", "supports", "direct", ["emotional support speeds recovery after a stroke"]),
        statement("ev-scan", "supports", "direct", ["scans are recommended for women over fifty"]))
    assert verdicts(index, "Pregnant women can safely get the flu vaccine.") == [("supported", "ev-pregnancy")]
    assert verdicts(index, "After a stroke, emotionally supported women recover faster.") \
        == [("supported", "ev-support")]


def test_a_statement_sharing_only_the_pages_topic_and_its_disease_words_says_nothing_of_a_claim():
    """On a page about a disease the lexicon does not know ("norovirus", a word of its title that recurs), the name is
    what the claims are about, like a disease's: "norovirus is a highly contagious infection" shares only that and
    "infection" (a disease and a harm by one word) with "norovirus infection is very common in winter", which says
    nothing of contagion. A claim sharing what the statement says of it is still addressed."""
    index = library(statement("ev-winter", "supports", "direct", ["norovirus infection is very common in winter"]))
    page = ("Norovirus in schools\n\nNorovirus is a highly contagious infection. Norovirus infection is very common "
            "in winter. Children with norovirus should stay at home.")
    assert verdicts(index, page)[:2] == [("unsupported", None), ("supported", "ev-winter")]


def test_a_library_teaches_the_engine_its_brand_names():
    """A brand name the lexicon does not know ("Shingrix") is a word of its own: a refuted assertion about the
    vaccine is not made by a claim naming no treatment. The library's aliases.csv says what it stands for ("shingles
    vaccine"), in claims and statements alike; a library without aliases reads the name as before."""
    from pipeline.references import Alias

    statements = (statement("ev-zoster-harm", "refutes", "direct",
                            ["the shingles vaccine causes serious side effects"]),
                  statement("ev-zoster-adults", "supports", "direct", ["Shingrix prevents shingles in older adults"]))
    taught = EvidenceIndex(Library({REFERENCE.id: REFERENCE}, statements, (Alias("Shingrix", "shingles vaccine"),)))
    assert verdicts(taught, "Shingrix causes serious side effects.") == [("contradicted", "ev-zoster-harm")]
    assert verdicts(taught, "Shingrix does not cause serious side effects.") == [("supported", "ev-zoster-harm")]
    assert verdicts(taught, "The shingles vaccine protects older adults from shingles.") \
        == [("supported", "ev-zoster-adults")]
    assert verdicts(library(*statements), "Shingrix causes serious side effects.") \
        == [("unsupported", "ev-zoster-harm")]


def test_a_claims_negation_decides_only_about_what_it_denies():
    """A negative claim opposes a statement only when the statement speaks of what its negation denies: "shingles may
    not cause a rash until days later" denies nothing of "shingles is very common in older adults" (it contradicted
    it through shingles and older adults), while "shingles is not common in older adults" still does."""
    index = library(statement("ev-common", "supports", "direct",
                              ["shingles is very common in older adults, with a million new cases each year"]))
    assert verdicts(index, "Shingles in older adults may not cause a rash until several days later.") \
        == [("unsupported", "ev-common")]
    assert verdicts(index, "Shingles is not common in older adults.") == [("contradicted", "ev-common")]
    assert verdicts(index, "Shingles does not affect older adults.") == [("contradicted", "ev-common")]


def test_an_alias_is_renamed_in_every_set_of_terms():
    """What a loss removes, what a claim names before its change, the sides of a relation: an alias read as its
    meaning there too ("loss of Shingrix" is the loss of the shingles vaccine)."""
    from dataclasses import replace

    from pipeline.evidence import TERM_SETS, extract_terms
    from pipeline.nlp import analyse_text
    from pipeline.references import Alias

    index = EvidenceIndex(Library({REFERENCE.id: REFERENCE}, (), (Alias("Shingrix", "shingles vaccine"),)))
    analysis = analyse_text("Shingrix lowers shingles.")
    terms = extract_terms(analysis, 0, len(analysis.tokens))
    names = frozenset(index.aliases[0][0])
    marked = replace(terms, **{name: names for name in TERM_SETS if name != "everyday"})
    renamed = index.with_aliases(marked)
    for name in TERM_SETS:
        if name != "everyday":
            assert getattr(renamed, name) and not getattr(renamed, name) & names, name


def test_an_abbreviation_the_article_defines_means_its_long_form_in_later_claims():
    """"Cognitive behavioural therapy (CBT) is a talking therapy. CBT improves sleep.": the second claim names CBT,
    which the library calls by its long form only; read as the long form, it meets the statement. The short form is
    read out only where the article defines it, and only where the library does not use it itself."""
    index = library(statement("ev-cbt", "supports", "direct",
                              ["cognitive behavioural therapy improves sleep in people with insomnia"]))
    text = "Cognitive behavioural therapy (CBT) is a talking therapy. CBT improves sleep."
    assert verdicts(index, text) == [("supported", "ev-cbt"), ("supported", "ev-cbt")]
    assert verdicts(index, "Cognitive behavioural therapy is a talking therapy. CBT improves sleep.")[1][0] \
        == "unsupported"


def test_a_negative_claim_is_judged_by_a_statement_naming_what_it_denies():
    """"Ibuprofen is broken down by the liver and so it does not damage the kidneys": the closest statement, about
    the liver, says nothing of what the negation denies (the kidneys) and backed the claim; the statement below it
    that names the kidneys decides."""
    index = library(statement("ev-liver", "supports", "direct", ["ibuprofen is broken down by the liver"]),
                    statement("ev-kidney", "supports", "direct", ["ibuprofen can damage the kidneys in older people"],
                              finding="Ibuprofen can harm the kidneys of older adults."),
                    statement("ev-bleeding", "supports", "direct",
                              ["nonsteroidal anti-inflammatory drugs raise the risk of stomach bleeding"]))
    assert verdicts(index, "Ibuprofen is broken down by the liver and so it does not damage the kidneys.") \
        == [("contradicted", "ev-kidney")]
    assert verdicts(index, "Ibuprofen is broken down by the liver.") == [("supported", "ev-liver")]


def test_a_statement_sharing_only_a_part_of_the_body_with_a_claim_decides_nothing():
    """"The kidneys sit just below the ribs" shares one word with "ibuprofen can damage the kidneys": the organ both
    speak of, not anything either says of it. Cells and people are such words too."""
    index = library(statement("ev-kidney", "supports", "direct", ["ibuprofen can damage the kidneys"]))
    assert verdicts(index, "The kidneys sit just below the ribs on each side of the spine.")[0][0] == "unsupported"
    assert verdicts(index, "Ibuprofen can damage the kidneys.") == [("supported", "ev-kidney")]


def lymphoma_library(*extra) -> EvidenceIndex:
    """A library about lymphoma whose one statement on the harms of steroids names another disease (diabetes)."""
    return library(statement("ev-steroid-diabetes", "supports", "correlational",
                             ["steroid tablets raise the risk of diabetes"]),
                   statement("ev-steroid-lymphoma", "supports", "direct", ["steroids help shrink lymphoma"]),
                   statement("ev-chemo-lymphoma", "supports", "direct", ["chemotherapy cures many people with lymphoma"]),
                   *extra)


def test_a_disease_a_treatment_causes_is_a_side_effect_that_judges_claims_on_any_disease():
    """On a page about lymphoma, "steroid tablets raise the risk of diabetes" is a statement on the harms of
    steroids, not one about diabetes: it judges the page's claims on their side effects (it did not apply, and
    "steroids help shrink lymphoma" backed "steroids can have side effects")."""
    index = lymphoma_library()
    page = "Steroids for lymphoma\n\n"
    assert verdicts(index, page + "Steroid tablets have no side effects at all.") \
        == [("contradicted", "ev-steroid-diabetes")]
    assert verdicts(index, page + "Steroids can have side effects.")[0][1] == "ev-steroid-diabetes"
    assert verdicts(index, page + "Steroids help shrink lymphoma.") == [("supported", "ev-steroid-lymphoma")]
    terms = extract_terms(analysis := analyse_text("Chemotherapy can cause diabetes in some people."),
                          0, len(analysis.tokens))
    assert terms.caused == {"diabetes"} and "side effects" in terms.weights
    terms = extract_terms(analysis := analyse_text("Statins lower the risk of heart disease."), 0, len(analysis.tokens))
    assert not terms.caused


def test_two_different_harms_of_a_treatment_are_two_findings():
    """"Steroids can cause muscle weakness" is not backed by "steroid tablets raise the risk of diabetes" (nor by
    "steroids help shrink lymphoma", which backed it through "steroids" alone)."""
    index = lymphoma_library()
    assert verdicts(index, "Steroids for lymphoma\n\nSteroids can cause muscle weakness, a rare side effect.")[0][0] \
        == "unsupported"


def test_a_refuted_harm_to_an_organ_is_not_asserted_by_a_claim_of_side_effects_in_general():
    """The library refutes "steroids are toxic to the liver": "steroids have side effects" names no organ and does
    not say it (it was contradicted); "steroids are toxic to the liver" does."""
    index = lymphoma_library(statement("ev-liver", "refutes", "direct", ["steroids are toxic to the liver in lymphoma"]))
    page = "Steroids for lymphoma\n\n"
    assert verdicts(index, page + "Steroids have side effects.")[0][0] != "contradicted"
    assert verdicts(index, page + "Steroids are toxic.")[0][0] != "contradicted"
    assert verdicts(index, page + "Steroids are toxic to the liver.") == [("contradicted", "ev-liver")]


def test_a_qualified_finding_opposed_through_the_subject_alone_decides_nothing():
    """"Statins don't help" shares only "statins" with "statins cause diabetes", a statement qualifying that claim
    (tests/fixtures/libraries/statins): opposed to it, the statement decided the claim (overstated, or contradicted
    through its finding) once it spoke for a page about heart disease (a disease a treatment causes is a side
    effect, above)."""
    from pathlib import Path

    from pipeline.references import load_library

    index = EvidenceIndex(load_library(Path(__file__).parent / "fixtures" / "libraries" / "statins"))
    page = "Statins and heart disease\n\n"
    status, deciding = verdicts(index, page + "The truth is that statins don't help.")[0]
    assert status == "unsupported" or deciding != "ev-statin-glucose-1"
    assert verdicts(index, page + "Statins cause diabetes.") == [("overstated", "ev-statin-glucose-1")]


def test_a_claim_sharing_only_its_treatment_and_people_with_a_statement_is_not_backed_by_it():
    """"Antidepressants have been prescribed to millions of adults" shares antidepressants and adults with
    "antidepressants help adults with severe depression", and nothing of what it says of them."""
    index = library(statement("ev-adults", "supports", "direct", ["antidepressants help adults with severe depression"]),
                    statement("ev-teens", "qualifies", "conditional",
                              ["antidepressants may raise suicidal thoughts in teenagers"]))
    assert verdicts(index, "Antidepressants have been prescribed to millions of adults.")[0][0] == "unsupported"
    assert verdicts(index, "Antidepressants are among the most prescribed medicines, taken by millions of adults "
                           "every day.")[0][0] == "unsupported"
    assert verdicts(index, "Antidepressants help adults with depression.") == [("supported", "ev-adults")]


def test_a_negation_denies_what_it_says_of_people_not_the_people():
    """"Vitamin D supplements do not help older adults avoid falls" denies fewer falls, not older adults: it was
    contradicted by "vitamin D supplements are recommended for older adults", which shares the supplements and the
    people and nothing it denies; the statement on falls decides. A denial about those people themselves ("are not
    recommended for older adults") is still contradicted."""
    index = library(statement("ev-older", "supports", "direct",
                              ["vitamin D supplements are recommended for older adults in winter"]),
                    statement("ev-falls", "supports", "direct", ["vitamin D supplements do not reduce falls"]))
    assert verdicts(index, "Taking vitamin D supplements does not make older adults fall less often.") \
        == [("supported", "ev-falls")]
    assert verdicts(index, "Vitamin D supplements do not help older adults avoid falls.") == [("supported", "ev-falls")]
    assert verdicts(index, "Vitamin D supplements are not recommended for older adults.") \
        == [("contradicted", "ev-older")]


def test_a_claim_that_asks_whether_is_neither_backed_nor_denied():
    """"If we look at whether flu vaccines reduce hospital stays, that's another story" asks; it was supported by the
    statement that they do. "Whether X or Y" is "in any case", no question."""
    index = library(statement("ev-flu", "supports", "direct", ["flu vaccines reduce hospital stays in older adults"]))
    assert verdicts(index, "But if we look at whether flu vaccines reduce hospital stays, that's another story.")[0][0] \
        == "unsupported"
    assert verdicts(index, "Flu vaccines reduce hospital stays, whether you are young or old.") \
        == [("supported", "ev-flu")]


def test_a_library_about_a_disease_the_lexicon_does_not_know_judges_an_article_about_it():
    """A library about shingles names a known disease in a few statements only ("shingles raises the risk of heart
    disease"): that disease is no topic of the library, so its statements about shingles still judge a page about
    shingles (a disease the lexicon does not know). With "heart disease" taken for its topic, every other statement
    was bound to heart disease and none judged the page."""
    index = library(
        statement("ev-rash", "supports", "direct", ["shingles causes a painful rash"]),
        statement("ev-spread", "refutes", "direct", ["shingles spreads from one person to another"]),
        statement("ev-age", "supports", "direct", ["the risk of shingles rises with age"]),
        statement("ev-heart", "supports", "correlational", ["shingles is linked to a higher risk of heart disease"]))
    page = ("Shingles\n\nShingles is caused by the chickenpox virus. Shingles usually causes a painful rash. "
            "Shingles spreads from one person to another. Shingles is more common in older adults.\n")
    found = dict((status, evidence) for status, evidence in verdicts(index, page) if evidence)
    assert found == {"supported": "ev-rash", "contradicted": "ev-spread"}


def test_a_frequency_denial_that_opens_the_clause_reads_as_the_same_said_of_the_subject():
    """"Rarely, shingles can lead to pneumonia" says what "shingles can rarely cause pneumonia" says ("rarely" is a
    denial, polarity.yml): the clause-opening adverb was not read, and the claim was contradicted by the statement
    it repeats."""
    index = library(statement("ev-rare", "supports", "conditional", ["shingles can rarely cause pneumonia"]))
    for text in ("Rarely, shingles can lead to pneumonia.", "More rarely, shingles can cause pneumonia."):
        assert verdicts(index, text) == [("supported", "ev-rare")]


def test_a_negation_of_an_exception_says_always():
    """"You cannot have celiac disease without symptoms" says it always comes with symptoms: refuted, it backs "some
    people with celiac disease have no symptoms" (which it contradicted, reading two denials as one) and still
    contradicts the assertion itself."""
    index = library(statement("ev-silent", "refutes", "direct", ["you cannot have celiac disease without symptoms",
                                                                  "celiac disease always causes symptoms"]))
    assert verdicts(index, "Some people with celiac disease have no symptoms.") == [("supported", "ev-silent")]
    assert verdicts(index, "Celiac disease always causes symptoms.") == [("contradicted", "ev-silent")]


def test_a_finding_about_a_treatment_is_not_denied_by_a_claim_naming_no_treatment():
    """A finding whose negation is read against a claim ("claims that they make serious side effects rare are not
    supported") is about the treatment it names: "serious side effects, such as allergic reactions, are very rare",
    on a vaccine page, names no treatment and was contradicted by a finding on newer cancer drugs. As for a refuted
    assertion (_names_no_treatment), a claim naming none, on a page about other interventions, denies none of it."""
    index = library(statement(
        "ev-new", "refutes", "direct", ["newer cancer drugs have no serious side effects"],
        finding="Newer cancer drugs still cause serious side effects; claims that they make serious side effects rare "
                "are not supported."))
    on_vaccines = verdicts(index, "Vaccines are given to millions of children. Serious side effects, such as allergic "
                                  "reactions, are very rare.")
    assert on_vaccines[-1][0] != "contradicted"
    on_the_drugs = verdicts(index, "Newer cancer drugs are given to thousands of patients. Serious side effects, such "
                                   "as allergic reactions, are very rare.")
    assert on_the_drugs[-1] == ("contradicted", "ev-new")  # on a page about them, the claim speaks of them
    assert verdicts(index, "Newer cancer drugs have no serious side effects.") == [("contradicted", "ev-new")]


def test_lowering_what_the_same_treatment_causes_is_the_opposite():
    """"Chemotherapy can cause hair loss" says more hair loss: a claim that chemotherapy lowers or relieves it says the
    opposite (it was supported: a verb of causing states no direction). Only when the cause is the subject of the
    lowering: "cold caps reduce the hair loss that chemotherapy causes" denies nothing chemotherapy does; nor does a
    drug named by another name ("probiotics", "antibiotics": one concept of every named drug)."""
    index = library(statement("ev-hair", "supports", "direct", ["chemotherapy can cause hair loss"]),
                    statement("ev-gut", "supports", "direct", ["antibiotics can cause diarrhoea"]))
    assert verdicts(index, "Chemotherapy lowers hair loss.") == [("contradicted", "ev-hair")]
    assert verdicts(index, "Chemotherapy relieves hair loss.") == [("contradicted", "ev-hair")]
    assert verdicts(index, "Chemotherapy may cause hair loss.") == [("supported", "ev-hair")]
    assert verdicts(index, "Cold caps reduce the hair loss that chemotherapy causes.")[0][0] != "contradicted"
    assert verdicts(index, "Probiotics reduce diarrhoea.")[0][0] != "contradicted"


def test_a_denial_of_necessity_contradicts_only_a_claim_of_always():
    """"Not necessarily safe" (a hedge to ConText) and "does not mean it is safe" both deny only that something is
    always so: they agree with each other, contradict a claim that it always holds, and leave "is safe" standing
    (the page saying "natural does not mean safe" was contradicted by a statement worded "not necessarily safe")."""
    index = library(statement("ev-herbal", "supports", "direct", ["an herbal remedy is not necessarily safe"]))
    assert verdicts(index, "Just because a remedy is called herbal does not mean it is safe.") \
        == [("supported", "ev-herbal")]
    assert verdicts(index, "Herbal remedies are always safe.") == [("contradicted", "ev-herbal")]
    assert verdicts(index, "Herbal remedies are safe.")[0][0] not in ("supported", "contradicted")
    screened = library(statement("ev-screen", "supports", "direct", ["statins are prescribed to adults with diabetes"]))
    assert verdicts(screened, "Statins would not typically be prescribed to adults with diabetes.")[0][0] \
        != "contradicted"
    assert verdicts(screened, "Statins are never prescribed to adults with diabetes.") == [("contradicted", "ev-screen")]


def test_a_finding_regardless_of_a_factor_agrees_that_the_factor_changed_nothing():
    """"The benefit was seen regardless of age" says what "age did not change the benefit" says, though one is
    negative and the other not (it was contradicted). Only the factor named decides: a claim that the finding
    itself was not seen is still contradicted, and so is a claim that the factor changed it."""
    index = library(statement("ev-asp", "supports", "direct", ["aspirin lowered mortality after heart attacks"]),
                    statement("ev-age", "supports", "direct",
                              ["age did not change the benefit of aspirin after heart attacks"]))
    assert verdicts(index, "The benefit of aspirin after heart attacks was seen irrespective of age.") \
        == [("supported", "ev-age")]
    assert verdicts(index, "Aspirin lowered mortality after heart attacks regardless of age.") \
        == [("supported", "ev-asp")]
    assert verdicts(index, "Aspirin did not lower mortality after heart attacks, regardless of age.") \
        == [("contradicted", "ev-asp")]
    assert verdicts(index, "Age changed the benefit of aspirin after heart attacks.") == [("contradicted", "ev-age")]


def test_the_nearest_statement_is_described_by_its_own_stance():
    """A supporting statement too distant to decide a claim (another duration) was described as one that "refutes a
    related assertion": the reviewer read a wrong reason."""
    index = library(statement("ev-follow", "supports", "direct",
                              ["participants in the cohort were followed for about 11 years"]))
    result = audit_source(analyse_text("Participants in the cohort were followed for 20 years."), index, load_rules())
    assert result.claims[0].status == "unsupported"
    assert "backs a related finding" in result.claims[0].rationale
    assert "refutes" not in result.claims[0].rationale


def test_forbidding_what_a_statement_says_is_caused_contradicts_nothing():
    """"You should not take high doses of vitamin A in pregnancy" forbids what "high doses of vitamin A in pregnancy
    cause birth defects" finds harmful: what a verb of causing brings about is a harm unless it is good, whether or
    not its words are in the harm list. Forbidding what a statement finds good still opposes it."""
    index = library(statement("ev-vita", "supports", "direct",
                              ["high doses of vitamin A in pregnancy cause birth defects"]))
    assert verdicts(index, "You should not take high doses of vitamin A in pregnancy.")[0][0] != "contradicted"
    good = library(statement("ev-walk", "supports", "direct", ["daily walking leads to longer survival in older adults"]))
    assert verdicts(good, "Older adults should not walk daily.")[0][0] == "contradicted"
