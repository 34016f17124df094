"""Evidence status on a small hand-built library: each status, polarity flips, strength ceilings."""

from __future__ import annotations

import pytest

from conftest import patches_methods
from pipeline.audit import audit_source
from pipeline.evidence import (COVERAGE_MIN_TERMS, FINDING_MARGIN, MATCH_THRESHOLD, TIE_MARGIN, EvidenceIndex,
                               extract_terms, find_abbreviations, stem)
from pipeline.nlp import analyse_text
from pipeline.references import EvidenceStatement, Library, Reference
from pipeline.rules.loader import load_rules

REFERENCE = Reference("smith2020-trial", "rct", "Smith J. A trial. J Med 2020;1:1.", "2020", "10.1000/xyz", "", "",
                      "2", "2026-11-22", "test fixture")


def statement(id, stance, max_strength, addresses, finding="finding", strongest=""):
    return EvidenceStatement(id, REFERENCE.id, finding, "quote", stance, max_strength,
                             strongest or f"{max_strength}: {addresses[0]}", "", tuple(addresses))


@pytest.fixture(scope="module")
def index():
    library = Library({REFERENCE.id: REFERENCE}, (
        statement("ev-incurable", "supports", "direct", ["multiple myeloma is incurable",
                                                         "current myeloma treatments are not curative"]),
        statement("ev-bcma", "refutes", "direct", ["immunotherapy targets only cancer cells",
                                                   "immunotherapy leaves healthy cells unharmed"]),
        statement("ev-exercise", "qualifies", "conditional", ["exercise reduces fatigue in cancer patients"]),
    ))
    return EvidenceIndex(library)


@pytest.fixture(scope="module")
def repo_index():
    """The project's own reference library, for checks on accurate text about its topic."""
    from pathlib import Path

    from pipeline.references import load_library

    return EvidenceIndex(load_library(Path(__file__).resolve().parents[1] / "references"))


def status(index, text):
    result = audit_source(analyse_text(text), index, load_rules())
    return [(c.status, c.evidence[0].evidence_id if c.evidence else None) for c in result.claims]


def test_supported(index):
    assert status(index, "Multiple myeloma is considered an incurable disease.") == [("supported", "ev-incurable")]


def test_polarity_flip_contradicts_a_cure_claim(index):
    assert status(index, "Newer treatments can cure multiple myeloma.")[0] == ("contradicted", "ev-incurable")


def test_refuting_statement_contradicts(index):
    assert status(index, "Immunotherapy targets only cancer cells.") == [("contradicted", "ev-bcma")]


def test_stronger_than_evidence_is_overstated(index):
    assert status(index, "Exercise reduces fatigue in cancer patients.") == [("overstated", "ev-exercise")]
    assert status(index, "Exercise may reduce fatigue in cancer patients.") == [("supported", "ev-exercise")]


def test_a_bare_helps_drops_the_hedge_of_may_help(index):
    # "helps reduce" asserts what "may help reduce" only allows: dropping the modal is the overstatement
    # (Sumner et al. 2014), so a bare "helps" against evidence allowing conditional wording is overstated
    assert status(index, "Exercise helps reduce fatigue in cancer patients.") == [("overstated", "ev-exercise")]
    assert status(index, "Exercise may help reduce fatigue in cancer patients.") == [("supported", "ev-exercise")]


def test_nothing_addresses_it(index):
    assert status(index, "Green tea extract shrinks kidney stones.") == [("unsupported", None)]


def test_verdict_carries_quote_citation_and_rationale(index):
    result = audit_source(analyse_text("Immunotherapy targets only cancer cells."), index, load_rules())
    claim = result.claims[0]
    assert claim.evidence[0].quote == "quote" and claim.evidence[0].citation.startswith("Smith J.")
    assert "ev-bcma" in claim.rationale and claim.suggestion


def test_evidence_about_one_disease_does_not_judge_another():
    statement = EvidenceStatement("ev-mm", REFERENCE.id, "f", "q", "refutes", "direct", "direct: x", "multiple myeloma",
                                  ("newer drugs have no side effects",))
    index = EvidenceIndex(Library({REFERENCE.id: REFERENCE}, (statement,)))
    assert status(index, "In multiple myeloma, newer drugs have no side effects.")[0][0] == "contradicted"
    assert status(index, "In type 2 diabetes, newer drugs have no side effects.")[0][0] == "unsupported"
    # a claim naming no disease is judged in the article's context
    assert status(index, "Diabetes is common. Diabetes is treatable. Newer drugs have no side effects.")[-1][0] == \
        "unsupported"


@pytest.mark.parametrize("text, negative", [
    # a negation inside a relative clause describes the subject; the main predicate after it is not negated
    ("Some patients who have not responded well to chemotherapy have shown positive results with CAR-T.", False),
    ("CAR-T has shown positive results in patients who have not responded well to chemotherapy.", False),
    ("The drug, which is not approved, cures myeloma.", False),
    # ... but a negated main predicate still is, and so is a relative clause that carries the only predicate
    ("Patients who have not responded well to chemotherapy do not benefit from CAR-T.", True),
    ("Myeloma which does not shrink with chemotherapy.", True),
    ("This treatment does not cure myeloma.", True),
    ("CAR-T does not help patients who do not respond to chemotherapy.", True),
])
def test_negation_in_a_relative_clause_does_not_negate_the_claim(text, negative):
    analysis = analyse_text(text)
    assert extract_terms(analysis, 0, len(analysis.tokens)).negative is negative


def test_relative_clause_negation_keeps_a_supporting_match():
    statement = EvidenceStatement("ev-cart", REFERENCE.id, "f", "q", "supports", "conditional",
                                  "conditional: CAR-T can work after chemotherapy fails", "",
                                  ("CAR-T produces responses in patients whose myeloma did not respond to chemotherapy",
                                   "CAR-T has shown positive results after chemotherapy"))
    index = EvidenceIndex(Library({REFERENCE.id: REFERENCE}, (statement,)))
    claim = "Patients who have not responded well to chemotherapy have shown positive results with CAR-T."
    assert status(index, "Myeloma is a blood cancer. " + claim)[-1] == ("supported", "ev-cart")  # a myeloma article


def test_rare_words_anchor_a_claim_whose_concepts_sit_in_another_clause():
    statement = EvidenceStatement("ev-challenge", REFERENCE.id, "f", "q", "supports", "direct",
                                  "direct: relapsed myeloma is hard to manage", "",
                                  ("managing relapsed myeloma remains a challenge",))
    other = EvidenceStatement("ev-profiling", REFERENCE.id, "f", "q", "qualifies", "conditional",
                              "conditional: genetic profiling may guide therapy", "",
                              ("genetic profiling guides immunotherapy",))
    index = EvidenceIndex(Library({REFERENCE.id: REFERENCE}, (statement, other)))
    # one claim of two clauses (", but immunotherapy is providing …" would be a claim of its own: test_clauses.py)
    claim = "Managing relapsed myeloma remains a formidable challenge even as immunotherapy is providing new hope."
    assert status(index, claim) == [("supported", "ev-challenge")]


def test_a_disease_state_word_names_the_disease_instead_of_negating():
    def terms(text):
        analysis = analyse_text(text)
        return extract_terms(analysis, 0, len(analysis.tokens))

    rrmm = terms("Refractory relapsed myeloma is challenging to treat.")
    assert not rrmm.negative and f"w:{stem('refractory')}" in rrmm.weights and "response" not in rrmm.weights
    # a word the lexicon knows as a concept of its own is that concept, not a denial of another one
    refractory = terms("The disease is refractory.")
    assert not refractory.negative and "refractory" in refractory.weights
    # antonyms with no concept of their own still deny theirs
    assert terms("Multiple myeloma is incurable.").negative
    assert terms("Immunotherapy leaves healthy cells unharmed.").negative


def test_relapsed_and_refractory_claims_meet_their_own_evidence():
    statements = (
        EvidenceStatement("ev-rrmm", REFERENCE.id, "f", "q", "refutes", "direct", "direct: x", "",
                          ("relapsed and refractory myeloma is myeloma that comes back after remission",)),
        EvidenceStatement("ev-relapse", REFERENCE.id, "f", "q", "supports", "direct", "direct: x", "",
                          ("relapsed myeloma is myeloma that comes back after remission",)),
        EvidenceStatement("ev-response", REFERENCE.id, "f", "q", "supports", "direct", "direct: x", "",
                          ("newer drugs improved response rates in relapsed myeloma",)),
    )
    index = EvidenceIndex(Library({REFERENCE.id: REFERENCE}, statements))
    assert status(index, "Refractory relapsed myeloma is myeloma that comes back after remission.") == \
        [("contradicted", "ev-rrmm")]
    assert status(index, "Relapsed myeloma is myeloma that comes back after remission.") == \
        [("supported", "ev-relapse")]
    assert status(index, "Newer drugs improved response rates in refractory relapsed myeloma.") == \
        [("supported", "ev-response")]


def terms_of(text):
    analysis = analyse_text(text)
    return extract_terms(analysis, 0, len(analysis.tokens))


def test_names_made_of_letters_and_digits_are_content_words():
    weights = terms_of("CCL19 is a ligand for CCR7 and raises IL-6 and HbA1c (p<0.05) at 10mg.").weights
    assert {"w:ccl19", "w:ccr7", "w:il6", "w:hba1c"} <= weights.keys()
    assert not {"w:p<0.05", "w:10mg"} & weights.keys()


def test_a_long_statement_that_covers_the_claim_addresses_it():
    long = ("In a randomised cohort of 412 adults followed in four hospitals over three winters with weekly visits, "
            "blood sampling, questionnaires, diaries, spirometry, household contacts, nasal swabs and serology, "
            "daily vitamin D supplementation lowered laboratory-confirmed influenza incidence by a third "
            "compared with identical placebo tablets taken at breakfast, without hypercalcaemia or kidney stones.")
    index = EvidenceIndex(Library({REFERENCE.id: REFERENCE}, (statement("ev-long", "supports", "direct", [long]),)))
    claim = terms_of("Vitamin D supplementation lowers the incidence of influenza in elderly nursing home residents.")
    (score, phrasing, _), = index.find(claim)
    assert phrasing.statement.id == "ev-long" and score < 0.30  # covered, though its cosine is low
    # a claim of few terms is covered by chance: it still needs the cosine
    assert index.find(terms_of("Spirometry and serology help.")) == []


@pytest.mark.parametrize("claim, evidence", [
    ("Exposure to fine particulate air pollution is unrelated to anxiety.",
     "Exposure to fine particulate air pollution was associated with anxiety."),
    ("Men are more likely to die of pneumonia than women.",
     "There was no significant difference in pneumonia deaths between men and women."),
    ("Antiretroviral therapy increases the incidence of tuberculosis.",
     "Antiretroviral therapy was associated with a reduction in the incidence of tuberculosis."),
    ("Sepsis mortality has risen since 2009.", "Sepsis mortality decreased after 2009."),
])
def test_polarity_words_of_the_polarity_lexicon_contradict(claim, evidence):
    index = EvidenceIndex(Library({REFERENCE.id: REFERENCE}, (statement("ev", "supports", "direct", [evidence]),)))
    assert status(index, claim) == [("contradicted", "ev")]
    same = EvidenceIndex(Library({REFERENCE.id: REFERENCE}, (statement("ev", "supports", "direct", [claim]),)))
    assert status(same, claim)[0][0] in ("supported", "overstated")


def test_a_denying_word_counts_only_when_said_of_the_subject():
    assert terms_of("Cognitive behavioural therapy is an ineffective treatment for insomnia.").negative
    assert terms_of("Blood pressure remained unchanged.").negative
    assert not terms_of("Profiling avoids exposure to ineffective drugs.").negative
    assert not terms_of("Smoking was associated with death independent of age.").negative


@pytest.mark.parametrize("text, negative", [
    ("Noninvasive ventilation is not predictive of respiratory failure.", True),
    ("Including pharmacists in rounding teams does not alter the incidence of adverse drug events.", True),
    ("Surgery is not superior to physiotherapy for shoulder fractures.", True),
    ("The goal is remission, a state where there is no evidence of the disease.", False),
])
def test_a_negation_attached_to_the_verb_negates_the_claim(text, negative):
    assert terms_of(text).negative is negative


def test_an_opposite_finding_among_the_closest_statements_contradicts():
    statements = (statement("ev-topic", "supports", "direct", ["aspirin and bleeding in elderly patients"]),
                  statement("ev-finding", "supports", "direct",
                            ["aspirin had no effect on bleeding in elderly patients"]))
    index = EvidenceIndex(Library({REFERENCE.id: REFERENCE}, statements))
    claim = terms_of("Aspirin increases bleeding in elderly patients.")
    assert [p.statement.id for _, p, _ in index.find(claim)][0] == "ev-topic"  # the closer wording has no finding
    assert status(index, "Aspirin increases bleeding in elderly patients.") == [("contradicted", "ev-finding")]


@pytest.mark.parametrize("claim, evidence, expected", [
    ("The new drug improves survival in heart failure.", "The new drug reduced mortality in heart failure.", "supported"),
    ("The new drug increases mortality in heart failure.", "The new drug improved survival in heart failure.",
     "contradicted"),
    ("Physiotherapy worsens shoulder pain in older adults.", "Physiotherapy alleviated shoulder pain in older adults.",
     "contradicted"),
])
def test_good_or_bad_for_the_patient_is_compared_before_the_bare_direction(claim, evidence, expected):
    index = EvidenceIndex(Library({REFERENCE.id: REFERENCE}, (statement("ev", "supports", "direct", [evidence]),)))
    assert status(index, claim)[0][0] in ((expected,) if expected == "contradicted" else ("supported", "overstated"))


def test_the_clause_about_the_claim_gives_the_statement_its_polarity():
    evidence = ("Eating whole fruit was associated with a lower risk of diabetes, whereas drinking fruit juice was "
                "associated with a higher risk.")
    index = EvidenceIndex(Library({REFERENCE.id: REFERENCE}, (statement("ev", "supports", "direct", [evidence]),)))
    assert status(index, "Eating whole fruit increases the risk of diabetes.") == [("contradicted", "ev")]
    assert status(index, "Drinking fruit juice increases the risk of diabetes.")[0][0] in ("supported", "overstated")


def test_derived_words_meet_and_are_shown_as_written():
    index = EvidenceIndex(Library({REFERENCE.id: REFERENCE}, (
        statement("ev", "supports", "direct", ["JMJD6 hydroxylated lysine residues in cultured cells"]),)))
    (_, phrasing, shared), = index.find(terms_of("JMJD6 drives the hydroxylation of lysine residues."))
    assert phrasing.statement.id == "ev" and "hydroxylation" in shared and "hydroxyl" not in shared


@pytest.mark.parametrize("one, other", [
    ("ischaemic", "ischemic"), ("tumours", "tumor"), ("oestrogen", "estrogen"),  # British and American spellings
    ("osteocytes", "osteocytic"), ("HSPCs", "HSPC"),  # plurals the lemma table does not know
    ("immune", "immunity"), ("mobilize", "mobilization"), ("inflammatory", "inflammation"),
    ("completely", "complete"), ("actively", "active"),  # a suffix off, then the final "e"
    ("osmosis", "osmotic"), ("apoptosis", "apoptotic"),  # a condition and its adjective
])
def test_spellings_plurals_and_derived_forms_of_a_word_are_one_term(one, other):
    assert terms_of(f"Grafts {one} here.").weights.keys() - terms_of("Grafts here.").weights.keys() \
        == terms_of(f"Grafts {other} here.").weights.keys() - terms_of("Grafts here.").weights.keys() != set()


@pytest.mark.parametrize("british, american", [
    ("tumours", "tumors"), ("behavioural", "behavioral"), ("odour", "odor"), ("favourable", "favorable"),
    ("haemoglobin", "hemoglobin"), ("leukaemia", "leukemia"), ("orthopaedic", "orthopedic"), ("diarrhoea", "diarrhea"),
    ("dyspnoea", "dyspnea"), ("oesophageal", "esophageal"), ("coeliac", "celiac"), ("aetiology", "etiology"),
])
def test_british_spellings_of_medical_stems_and_of_the_unstressed_our_are_american(british, american):
    from pipeline.evidence import stem

    assert stem(british) == stem(american)


@pytest.mark.parametrize("word", [
    "four", "hour", "hours", "pour", "your", "flour", "source", "course", "contour", "detour",  # no British "-our"
    "oer", "coefficient", "coenzyme", "aerobic",  # "ae" and "oe" outside the medical stems
    "phytoestrogen", "gastroesophageal",  # a stem's last vowel before an American "e", mid-word
])
def test_words_that_only_look_british_keep_their_letters(word):
    from pipeline.evidence import _american_spelling, _stemming

    assert _american_spelling(word, _stemming()) == word


def test_an_abbreviation_in_the_plural_meets_its_singular():
    index = EvidenceIndex(Library({REFERENCE.id: REFERENCE}, (
        statement("ev", "supports", "direct", ["Pyridostatin induced DSB accumulation in HR-defective cells"]),)))
    (_, phrasing, _), = index.find(terms_of("Pyridostatin induces the accumulation of DSBs in cells."))
    assert phrasing.statement.id == "ev"
    assert terms_of("Grafts SNPs here.").weights.keys() == terms_of("Grafts SNP here.").weights.keys()


@pytest.mark.parametrize("word", ["AIDS", "US", "DNA", "Cas", "gas", "Ms"])
def test_a_word_that_is_no_plural_abbreviation_keeps_its_s(word):
    from pipeline.evidence import _abbreviation_plural

    assert not _abbreviation_plural(word)


def test_an_adjective_in_ergic_is_the_substance_it_names():
    from pipeline.evidence import stem

    assert stem("glutamatergic") == stem("glutamate") and stem("dopaminergic") == stem("dopamine")
    assert stem("allergic") != stem("all")  # too short a stem: no "-ergic" adjective


def test_a_prefix_joined_by_a_hyphen_is_the_word_closed_up():
    assert terms_of("Genes were up-regulated.").weights.keys() == terms_of("Genes were upregulated.").weights.keys()
    assert terms_of("Over-expression of TP53.").weights.keys() == terms_of("Overexpression of TP53.").weights.keys()


def test_a_hyphen_with_spaces_or_after_another_word_joins_nothing():
    assert "w:upregul" not in terms_of("The dose went up - regulated by the team.").weights
    assert terms_of("Tissue-resident cells.").weights.keys() >= {"w:tissu", "w:resident"}


def test_four_is_not_the_word_for():
    from pipeline.evidence import stem

    assert stem("four") != stem("for") and stem("hour") != stem("hor") and stem("source") != stem("sorce")


def test_stemming_keeps_apart_words_that_are_not_plurals_or_derived():
    from pipeline.evidence import stem

    assert [stem(w) for w in ("process", "virus", "analysis", "always", "genetic")] == \
        ["process", "virus", "analyt", "always", "genet"]
    assert stem("gene") != stem("genetic") and stem("sis") == "sis"  # too short to lose anything


def test_words_in_ly_that_are_no_adverbs_keep_it():
    """"-ly" was stripped from nouns as from adverbs: "family" was "fami" and missed "familial"."""
    from pipeline.evidence import stem

    assert stem("family") == stem("familial") == stem("families")
    assert stem("supply") != stem("supper")
    assert stem("sexually") == stem("sexual")  # an adverb still loses it


def test_a_statement_of_mixed_changes_is_read_by_the_change_it_says_of_the_claims_outcome():
    """"X reduces proliferation by inducing damage accumulation" says a fall and a rise; what it says of
    proliferation is the fall, so it contradicts "X encourages proliferation" and backs "X lowers proliferation"."""
    finding = "Zelmorastat reduces proliferation of stromal cells by inducing accumulation of oxidative damage."
    index = EvidenceIndex(Library({REFERENCE.id: REFERENCE}, (statement("ev", "supports", "direct", [finding]),)))
    assert terms_of(finding).direction == 0  # the sentence as a whole says no single direction
    assert status(index, "Zelmorastat encourages proliferation of stromal cells.") == [("contradicted", "ev")]
    assert status(index, "Zelmorastat lowers proliferation of stromal cells.")[0][0] in ("supported", "overstated")


def test_a_short_claim_is_addressed_by_a_long_statement_that_holds_most_of_it():
    """A results sentence full of residues, methods and timings keeps the cosine of a four-term claim below the
    threshold though it says all the claim says; holding three of its four words it covers it. Two of them do not."""
    finding = ("In cultured islet cells from donor pancreata, the kinase GSK-3 triggers sequential velorin "
               "phosphorylation on residues S61, T57, T53 and S49, inducing its ubiquitination and proteasomal "
               "degradation within minutes of glucose withdrawal, as shown by mass spectrometry and pulse-chase "
               "labelling.")
    index = EvidenceIndex(Library({REFERENCE.id: REFERENCE}, (statement("ev", "supports", "direct", [finding]),)))
    (score, phrasing, _), = index.find(terms_of("Velorin phosphorylation enhances its ubiquitination."))
    assert phrasing.statement.id == "ev" and score < MATCH_THRESHOLD  # by coverage, not by the cosine
    assert index.find(terms_of("Velorin phosphorylation enhances insulin secretion.")) == []


@pytest.fixture(scope="module")
def people_and_diseases_index():
    return EvidenceIndex(Library({REFERENCE.id: REFERENCE}, (
        statement("ev-teens", "supports", "direct",
                  ["vaccinating children before their teens protects them best against infection"]),
        statement("ev-heart", "supports", "direct", ["statins lower the risk of heart attacks in people with kidney disease"]),
    )))


def test_a_statement_sharing_only_people_with_a_claim_does_not_address_it(people_and_diseases_index):
    assert people_and_diseases_index.find(terms_of("It is more common among adolescents.")) == []
    assert status(people_and_diseases_index, "Vaccinating adolescents protects them against infection.") == \
        [("supported", "ev-teens")]


def test_some_disease_or_other_is_no_shared_concept(people_and_diseases_index):
    """"liver disease" and "kidney disease" are both some disease (the lexicon's catch-all concept): with "risk" they
    are everyday words and a catch-all, no content shared."""
    assert people_and_diseases_index.find(terms_of("Other risk factors include a history of liver disease.")) == []
    assert status(people_and_diseases_index, "Statins lower the risk of heart attacks.") == [("supported", "ev-heart")]


def test_a_statement_of_a_studys_aim_yields_to_the_statement_of_its_finding():
    """An abstract's aim repeats the claim's words ("to determine whether X lowers Y") and scores highest; what the
    study found decides: here that X goes with a higher Y, which contradicts the claim."""
    index = EvidenceIndex(Library({REFERENCE.id: REFERENCE}, (
        statement("ev-aim", "supports", "direct", ["OBJECTIVE To determine whether early zelmorastat screening lowers "
                                                   "in-hospital mortality of preterm infants."]),
        statement("ev-result", "supports", "direct",
                  ["Early zelmorastat screening was associated with higher in-hospital mortality."]),
    )))
    claim = "Early zelmorastat screening lowers in-hospital mortality of preterm infants."
    assert [p.statement.id for _, p, _ in index.find(terms_of(claim))][0] == "ev-aim"  # the closest wording
    assert status(index, claim) == [("contradicted", "ev-result")]


@pytest.mark.parametrize("text, aim", [
    ("OBJECTIVE To evaluate the association between screening and mortality.", True),
    ("MAIN OUTCOME MEASURES Time to death or relapse.", True),
    ("The purpose of this study was to examine sleep in shift workers.", True),
    ("Objective measures of sleep improved with treatment.", False),  # the word, not the heading
    ("Screening lowered mortality by a third.", False),
    # the aim named with the study it is of, in running text
    ("The objective of this study was to compare two doses of aspirin in older adults.", True),
    ("This study aimed to compare two doses of aspirin in older adults.", True),
    ("The aim of treatment is to control the disease for as long as possible.", False),  # no study's aim
])
def test_statements_of_aim_are_told_from_statements_of_finding(text, aim):
    assert terms_of(text).aim is aim


def test_inducing_a_process_is_a_rise_of_it():
    assert terms_of("Zelmorastat induces apoptosis of stromal cells.").direction == 1
    index = EvidenceIndex(Library({REFERENCE.id: REFERENCE}, (
        statement("ev", "supports", "direct", ["zelmorastat reduced apoptosis of stromal cells in culture"]),)))
    from pipeline.benchmarks.verification import Verifier  # the claim read whole, as a benchmark claim

    assert Verifier().verdict("Zelmorastat induces apoptosis of stromal cells.", index)[0] == "CONTRADICT"


def test_an_adverb_of_association_gives_a_direction_not_a_valence():
    negatively = terms_of("Birth weight is negatively associated with breast cancer.")
    assert negatively.direction == -1 and negatively.valence == 0
    assert terms_of("Smoking has negative effects on wound healing.").valence == -1


@pytest.mark.parametrize("text, pairs", [
    ("Patients took oral chenodeoxycholic acid (CDCA) for two days.", [("CDCA", "chenodeoxycholic acid")]),
    ("Infection with simian immunodeficiency virus (SIV) depletes T helper type 17 (TH17) cells.",
     [("SIV", "simian immunodeficiency virus"), ("TH17", "T helper type 17")]),
    ("Doses were given as a weight-based dose against a common target (BCMA).", []),  # letters by chance
    ("The rate was 33.3% (n = 5) in the allogeneic group (P = .46).", []),
])
def test_abbreviation_definitions_are_found(text, pairs):
    assert find_abbreviations(text) == pairs


def test_an_abbreviation_defined_in_a_reference_means_its_long_form_in_all_its_statements():
    index = EvidenceIndex(Library({REFERENCE.id: REFERENCE}, (
        statement("ev-design", "supports", "direct", ["Healthy women took oral chenodeoxycholic acid (CDCA)."]),
        statement("ev-result", "supports", "direct", ["CDCA increased brown fat activity after two days."]),
        statement("ev-safety", "supports", "direct", ["Chenodeoxycholic acid caused no liver damage in the women."]),
    )))
    found = index.find(terms_of("Chenodeoxycholic acid increases brown fat activity."))
    assert found[0][1].statement.id == "ev-result" and "chenodeoxycholic" in found[0][2]
    # and the other way round: a claim with the short form meets a statement with the long form only
    found = index.find(terms_of("CDCA causes liver damage."))
    assert found[0][1].statement.id == "ev-safety" and "cdca" in found[0][2]


def test_a_claim_of_change_is_judged_by_the_best_statement_that_says_a_change():
    statements = (statement("ev-aims", "supports", "direct",
                            ["We studied aspirin and bleeding in elderly patients with heart disease"]),
                  statement("ev-result", "supports", "direct",
                            ["Bleeding fell in elderly patients taking aspirin for a year in rural clinics"]))
    index = EvidenceIndex(Library({REFERENCE.id: REFERENCE}, statements))
    claim = "Aspirin increases bleeding in elderly patients with heart disease."
    (top, first, _), (score, second, _) = index.find(terms_of(claim))
    assert (first.statement.id, second.statement.id) == ("ev-aims", "ev-result")
    assert FINDING_MARGIN * top <= score < TIE_MARGIN * top  # below the tie margin, above FINDING_MARGIN
    assert status(index, claim) == [("contradicted", "ev-result")]
    assert status(index, "Aspirin reduces bleeding in elderly patients with heart disease.")[0][0] == "supported"


def test_a_claim_that_only_names_a_disease_meets_the_statements_defining_it():
    index = EvidenceIndex(Library({REFERENCE.id: REFERENCE}, (
        statement("ev-trial", "supports", "direct", ["metformin lowered blood sugar in diabetes"]),
        statement("ev-definition", "supports", "direct",
                  ["diabetes is defined by high blood sugar"]),
        statement("ev-myth", "refutes", "direct", ["diabetes is the name for any raised blood sugar"]),
    )))
    claim = terms_of("This condition, known as diabetes.")
    assert not [t for t, w in claim.weights.items() if w == 1.0]  # no concept but the disease to anchor on
    found = index.find(claim)
    assert found and found[0][1].statement.id == "ev-definition"
    assert "ev-myth" not in [p.statement.id for _, p, _ in found]  # it denies an assertion the claim does not make
    assert status(index, "This condition is known as diabetes.") == [("supported", "ev-definition")]


@pytest.mark.parametrize("text, negative", [
    ("Overusing antibiotics is not the only cause of resistance.", False),
    ("Whether pharmacist participation reduces adverse events has not been studied.", False),
    ("The functional organization of this network is not well defined.", False),
    ("Memory, but not naive, T cells enhance cytokine production.", False),
    ("Pharmacist participation did not reduce adverse events.", True),
    ("The network is not organized by function.", True),
])
def test_a_negation_word_that_ranks_contrasts_or_marks_a_research_gap_does_not_deny(text, negative):
    assert terms_of(text).negative is negative


def test_a_research_gap_does_not_contradict_a_claim():
    index = EvidenceIndex(Library({REFERENCE.id: REFERENCE}, (statement("ev", "supports", "direct", [
        "Whether pharmacist participation on ward rounds reduces adverse drug events has not been studied"]),)))
    assert status(index, "Pharmacist participation on ward rounds reduces adverse drug events.")[0][0] != "contradicted"


@pytest.mark.parametrize("claim, evidence", [
    ("Statins reduce heart disease risk through a cholesterol-dependent mechanism.",
     "Statins reduce heart disease risk through a cholesterol-independent mechanism."),
    ("HbA1c overestimates blood glucose in people with sickle cell trait.",
     "HbA1c underestimates blood glucose in people with sickle cell trait."),
])
def test_a_negated_form_or_an_opposite_word_contradicts(claim, evidence):
    index = EvidenceIndex(Library({REFERENCE.id: REFERENCE}, (statement("ev", "supports", "direct", [evidence]),)))
    assert status(index, claim) == [("contradicted", "ev")]
    assert status(index, evidence)[0][0] in ("supported", "overstated")


def test_a_prefix_on_a_short_word_is_not_a_negated_form():
    index = EvidenceIndex(Library({REFERENCE.id: REFERENCE}, (statement("ev", "supports", "direct", [
        "Nurses informed patients about the new insulin pens in the clinic"]),)))
    assert status(index, "Nurses formed patients into groups about the new insulin pens in the clinic.")[0][0] != \
        "contradicted"


def test_with_mixed_changes_an_outcome_takes_the_change_said_nearest_to_it():
    mixed = terms_of("Mortality decreased steadily with an increasing number of healthy habits.")
    assert mixed.direction == 0 and mixed.valence == 1  # "mortality decreased": good, whatever else increased
    evidence = "Hazard ratios for mortality decreased steadily with an increasing number of healthy habits in women."
    index = EvidenceIndex(Library({REFERENCE.id: REFERENCE}, (statement("ev", "supports", "direct", [evidence]),)))
    assert status(index, "Healthy habits increase mortality in women.") == [("contradicted", "ev")]
    assert status(index, "Healthy habits reduce mortality in women.")[0][0] in ("supported", "overstated")
    # a harm followed by "free" is its absence: extending progression-free survival is good for the patient
    assert terms_of("Retreatment can extend progression-free survival in myeloma.").valence == 1


@pytest.mark.parametrize("text, direction, valence", [
    ("There is a positive correlation between hip fractures and statin use.", 1, -1),  # a direction, not "good"
    ("Vitamin D shows a negative association with fracture risk.", -1, 1),
    ("Coffee intake showed an inverse correlation with the risk of stroke.", -1, 1),  # "inversely correlated"
    ("Sleep time has an inverse relationship with body weight.", -1, 0),
    ("Smoking has negative effects on wound healing.", 0, -1),  # here "negative" is bad for the patient
    ("The new drug encourages tumour cell proliferation.", 1, 0),
    ("Heat exposure hampers wound repair.", -1, 0),
    # resisting a harm is protection from it; resistance alone or to a treatment is bad
    ("Loss of the gene increased resistance to infection.", 1, 1),
    ("Knockout mice showed more resistance to diet-induced obesity.", 1, 1),
    ("The drug increased insulin resistance.", 1, -1),
])
def test_association_adjectives_and_verbs_of_fostering_or_hindering_give_a_direction(text, direction, valence):
    terms = terms_of(text)
    assert (terms.direction, terms.valence) == (direction, valence)


def test_an_inverse_association_contradicts_a_claim_of_a_rise():
    evidence = "Cohort studies report an inverse association between serum vitamin D levels and the risk of hip fracture."
    index = EvidenceIndex(Library({REFERENCE.id: REFERENCE}, (statement("ev", "supports", "direct", [evidence]),)))
    assert status(index, "Serum vitamin D raises the risk of hip fracture.") == [("contradicted", "ev")]
    assert status(index, "Serum vitamin D lowers the risk of hip fracture.")[0][0] in ("supported", "overstated")


def test_a_name_matches_with_or_without_its_hyphen():
    assert terms_of("GATA-3 keeps stem cells quiescent.").weights.keys() & terms_of("GATA3 is expressed.").weights.keys()
    index = EvidenceIndex(Library({REFERENCE.id: REFERENCE}, (statement("ev", "supports", "direct", [
        "IL-6 levels predict respiratory failure in pneumonia"]),)))
    assert "ev" in [p.statement.id for _, p, _ in index.find(terms_of("IL6 levels predict respiratory failure."))]


def test_the_words_of_a_negation_are_not_shared_content():
    """"remains elusive" says a cure is absent; "an elusive cancer" shares no content with it, so the statement
    neither addresses nor contradicts a claim that merely uses the word."""
    terms = extract_terms(analysis := analyse_text("A cure for lupus remains elusive."), 0, len(analysis.tokens))
    assert terms.negative and not any(t.startswith("w:elus") for t in terms.weights)
    library = Library({REFERENCE.id: REFERENCE}, (
        statement("ev-no-cure", "supports", "direct", ["a cure for lupus remains elusive"]),))
    verdicts = status(EvidenceIndex(library), "Lupus, a complex and often elusive autoimmune disease, affects women.")
    assert ("contradicted", "ev-no-cure") not in verdicts


def test_evidence_naming_a_disease_does_not_judge_an_article_naming_none(index):
    """An article about a disease the lexicon does not know names no disease: evidence about myeloma must not
    decide its claims, while a statement naming no disease still may."""
    assert status(index, "Shingles is incurable and the rash comes back.")[0] == ("unsupported", None)
    assert status(index, "Exercise reduces fatigue in patients.")[0] == ("overstated", "ev-exercise")


def test_evidence_for_the_library_topic_does_not_judge_an_article_about_another_condition(index):
    """A statement naming no disease speaks for the library's topic (myeloma, here): it judges a claim naming no
    disease in an article about myeloma or about nothing in particular, not in one about a condition the lexicon
    does not know (a keto-diet page about epilepsy was told its "no side effects" was contradicted by CAR-T
    toxicity)."""
    about_epilepsy = status(index, "Epilepsy is a lifelong condition. Many people with epilepsy take medicines. "
                                   "Exercise reduces fatigue in patients.")
    assert about_epilepsy[-1] == ("unsupported", None)
    # an everyday word for a disease, or one passing mention, does not make the article about another disease
    in_passing = status(index, "Exercise reduces fatigue in patients. Ask your doctor first if you have an illness.")
    assert in_passing[0] == ("overstated", "ev-exercise")
    about_myeloma = status(index, "Multiple myeloma is a blood cancer. Exercise reduces fatigue in patients.")
    assert about_myeloma[-1] == ("overstated", "ev-exercise")


@patches_methods
def test_the_claim_vector_is_built_once_per_assessment(index, monkeypatch):
    from pipeline.evidence import assess_claim
    from pipeline.models import Claim

    text = "Exercise reduces fatigue in cancer patients."
    claim = Claim("t", "<claim>", 0, len(text), 1, 1, text, text, "", "", "other", "direct", False, False, ())
    built = []
    original = EvidenceIndex._vector
    monkeypatch.setattr(EvidenceIndex, "_vector", lambda self, terms: built.append(terms) or original(self, terms))
    assessed = assess_claim(claim, terms_of(text), index, blocking_wording=False)
    assert assessed.evidence[0].evidence_id == "ev-exercise"
    assert len(built) == 1  # `find` reuses the vector assess_claim built


@pytest.mark.parametrize("claim", [
    "Entry is free for life.",  # shares "free" and "life" only
    "The storm damages the old harbour wall.",  # shares the harm concept, through one everyday word
])
def test_everyday_words_alone_are_no_shared_content(claim):
    library = Library({REFERENCE.id: REFERENCE}, (
        statement("ev-free", "refutes", "direct", ["tablets keep you free of life-long pain"]),
        statement("ev-spare", "refutes", "direct", ["lasers spare nearby nerves"]),
    ))
    index = EvidenceIndex(library)
    assert index.find(terms_of(claim)) == []


def test_a_shared_rare_word_or_lexicon_phrase_is_content():
    library = Library({REFERENCE.id: REFERENCE}, (
        statement("ev-gluten", "supports", "direct", ["a gluten-free diet is needed for life"]),
        statement("ev-options", "supports", "direct", ["treatment options were few"]),
    ))
    index = EvidenceIndex(library)
    assert [p.statement.id for _, p, _ in index.find(terms_of("Walkers must keep a gluten-free diet for life."))] \
        == ["ev-gluten"]
    assert [p.statement.id for _, p, _ in index.find(terms_of("Treatment options grew."))] == ["ev-options"]


def test_a_statement_naming_cancer_in_general_speaks_for_every_cancer_and_no_other_disease(index):
    # in a library about a cancer (the fixture's: myeloma), "cancer" is that cancer
    assert index.find(terms_of("Exercise reduces fatigue in lung cancer patients.")) == []
    library = Library({REFERENCE.id: REFERENCE}, (
        statement("ev-diabetes-1", "supports", "direct", ["diabetes is common in obese adults"]),
        statement("ev-diabetes-2", "supports", "direct", ["insulin pumps help diabetes control"]),
        statement("ev-cancer", "supports", "direct", ["no association was found between bariatric surgery and cancer"]),
    ))
    index = EvidenceIndex(library)  # the library's topic is diabetes
    found = index.find(terms_of("Bariatric surgery reduces colorectal cancer."))
    assert [p.statement.id for _, p, _ in found] == ["ev-cancer"]
    assert "ev-cancer" not in [p.statement.id for _, p, _ in index.find(terms_of("Bariatric surgery prevents diabetes."))]


def test_only_statements_scoring_close_to_the_best_are_weighed_together():
    """A statement saying the opposite but scoring clearly below one that agrees does not contradict the claim."""
    index = EvidenceIndex(Library({REFERENCE.id: REFERENCE}, (
        statement("ev-agrees", "supports", "direct", ["Green tea lowered blood pressure in adults at rural clinics"]),
        statement("ev-opposite", "supports", "direct", ["Green tea raised blood pressure in adults"]),
    )))
    claim = "Green tea lowers blood pressure in adults."
    (top, first, _), (score, second, _) = index.find(terms_of(claim))
    assert (first.statement.id, second.statement.id) == ("ev-agrees", "ev-opposite")
    assert 0.85 * top < score < TIE_MARGIN * top
    assert status(index, claim) == [("supported", "ev-agrees")]


def test_a_claim_of_change_is_judged_by_a_finding_scoring_well_below_the_closest_statement():
    long_result = ("Cocoa raised blood pressure in a year-long trial of adults at weekly rural clinic visits with "
                   "diaries, nasal swabs, spirometry, questionnaires and serology")
    index = EvidenceIndex(Library({REFERENCE.id: REFERENCE}, (
        statement("ev-aims", "supports", "direct", ["Cocoa and blood pressure were measured in adults"]),
        statement("ev-result", "supports", "direct", [long_result]),
    )))
    claim = "Cocoa lowers blood pressure in adults."
    (top, _, _), (score, second, _) = index.find(terms_of(claim))
    assert second.statement.id == "ev-result" and FINDING_MARGIN * top <= score < 0.5 * top
    assert status(index, claim) == [("contradicted", "ev-result")]


@pytest.mark.parametrize("text, negative, direction", [
    ("Charcoal filters had little effect on smoke damage in the kitchens.", True, 0),
    ("The new sealant gave a negligible gain in tyre grip.", True, 1),
    ("Regulatory T cells expanded in the inflamed joints.", False, 1),
    ("Amyloid accumulation in the retina was seen in older mice.", False, 1),
])
def test_small_effects_are_null_results_and_growth_is_a_rise(text, negative, direction):
    terms = terms_of(text)
    assert (terms.negative, terms.direction) == (negative, direction)


def test_a_negation_after_an_adverb_still_negates_the_verb():
    assert terms_of("Myeloma is usually not curable.").negative
    assert terms_of("Myeloma is still not curable.").negative
    assert terms_of("Myeloma is not curable.").negative
    assert not terms_of("Myeloma is usually treatable.").negative


def test_a_claim_worded_like_a_refuting_statements_finding_agrees_with_it():
    """A refuting statement refutes what it addresses ("immunotherapy boosts the immune system"); its finding and
    strongest wording say what is true, so a claim that repeats them is not contradicted (accurate patient text,
    "these treatments raise the risk of infections", was)."""
    library = Library({REFERENCE.id: REFERENCE}, (
        statement("ev-infections", "refutes", "direct", ["immunotherapy boosts the immune system"],
                  finding="Teclistamab weakens antibody immunity and raises the risk of serious infections.",
                  strongest="direct: teclistamab raises the risk of serious infections"),))
    index = EvidenceIndex(library)
    assert status(index, "Teclistamab raises the risk of serious infections.") == [("supported", "ev-infections")]
    assert status(index, "Immunotherapy boosts the immune system.") == [("contradicted", "ev-infections")]


def test_a_claim_sharing_only_its_subject_with_a_refuted_assertion_is_not_contradicted():
    library = Library({REFERENCE.id: REFERENCE}, (
        statement("ev-crs", "refutes", "conditional", ["bispecific antibodies are well tolerated"],
                  finding="Cytokine release syndrome occurred in 72% of patients given teclistamab."),))
    index = EvidenceIndex(library)
    assert status(index, "Teclistamab is a bispecific antibody.") == [("unsupported", None)]
    assert status(index, "Bispecific antibodies are well tolerated.") == [("contradicted", "ev-crs")]


def test_one_everyday_concept_and_one_everyday_word_are_no_shared_content(repo_index):
    """'need' and 'treatment' in general are all "most patients need further treatment" shares with "transplant is no
    longer needed in myeloma" (the library's DETERMINATION statement): no verdict, where it was contradicted."""
    verdicts = status(repo_index, "Immunotherapy does not cure myeloma. Relapse remains common, and most "
                                             "patients need further treatment.")
    assert verdicts[-1] == ("unsupported", None)
    assert verdicts[0][0] == "supported"  # the claims that share content keep their verdicts


def test_a_qualifying_statement_does_not_contradict_the_denial_of_what_it_addresses():
    """Evidence weaker or narrower than what it addresses qualifies a claim; a claim denying that address is at most
    partly right too ("transplant has not been shown to help people live longer" was contradicted by the
    statement that transplant lengthens remission but not survival)."""
    library = Library({REFERENCE.id: REFERENCE}, (
        statement("ev-transplant", "qualifies", "direct", ["transplant prolongs life for myeloma patients"],
                  finding="Transplant lengthened remission but did not lengthen overall survival."),))
    verdicts = status(EvidenceIndex(library), "Myeloma is a blood cancer. Transplant has not been shown to prolong "
                                              "life for myeloma patients.")
    assert verdicts[-1][1] == "ev-transplant" and verdicts[-1][0] != "contradicted"


def test_no_longer_responding_names_refractory_disease_and_negates_nothing():
    terms = terms_of("Refractory myeloma means it no longer responds to treatment.")
    assert "refractory" in terms.weights and not terms.negative


def test_a_refuted_assertion_contradicts_only_a_claim_that_says_it_closely(repo_index):
    """The library refutes "CAR-T strengthens the immune system against infection"; accurate text that shares only
    its topic ("infections are a major risk with these drugs") was contradicted by it from a score of 0.39."""
    close = status(repo_index, "In myeloma, CAR-T strengthens the immune system against infection.")
    assert ("contradicted", "ev-cart-realworld-2") in close
    loose = status(repo_index, "Teclistamab and other bispecific antibodies help patients with myeloma. Infections are a "
                          "major risk with these drugs.")
    assert all(verdict != "contradicted" for verdict, _ in loose)


def test_one_shared_word_with_a_refuted_assertion_is_no_contradiction(repo_index):
    """"Myeloma can be eradicated with modern therapy" is refuted; "some may be eradicated while others persist"
    (of a tumour's clones) shares only "eradicated" with it and was contradicted."""
    verdicts = status(repo_index, "The heterogeneity of multiple myeloma means that different clones of cancerous "
                                  "cells may respond differently to treatments; some may be eradicated while others "
                                  "persist unnoticed.")
    assert all(verdict != "contradicted" for verdict, _ in verdicts)
    assert ("contradicted", "ev-curability-3") in status(repo_index, "Myeloma can be eradicated with modern therapy.")



def test_a_polarity_flip_contradicts_only_a_claim_it_matches_closely(repo_index):
    """A supporting statement read with the opposite polarity contradicts only from a close match (score >= 0.5, or
    most of the claim's terms): accurate myeloma pages were contradicted through the disease's name and one more
    word, here "symptoms" against "remission means signs of myeloma are reduced or gone" (score 0.44)."""
    assert status(repo_index, "In its early stages, myeloma causes no obvious symptoms.")[0][0] != "contradicted"
    assert status(repo_index, "Multiple myeloma is curable.")[0] == ("contradicted", "ev-curability-1")  # close


def test_a_claim_of_several_clauses_is_read_in_the_clause_that_shares_most_with_the_statement(repo_index):
    """As a statement is ("X lowered A, whereas Y raised it"): "no cure" denies nothing of the symptoms."""
    assert status(repo_index, "Myeloma has no cure, but its symptoms come and go.")[0][0] != "contradicted"
    assert status(repo_index, "Newer treatments can cure multiple myeloma, but side effects are common.")[0][0] \
        == "contradicted"


def test_a_refuted_assertion_about_a_treatment_needs_a_claim_naming_a_treatment(repo_index):
    """The library refutes "CAR-T strengthens the immune system against infection"; a sentence on what plasma cells
    do names no treatment and makes no such assertion (it was contradicted at 0.55)."""
    verdicts = status(repo_index, "Many people learn each year that they have multiple myeloma, a cancer of the bone "
                                  "marrow. Bone marrow holds plasma cells, a kind of white blood cell that is a key "
                                  "part of the immune system, which protects the body from infection.")
    assert all(verdict != "contradicted" for verdict, _ in verdicts)
    # a treatment named only generically may stand for the article's own
    assert ("contradicted", "ev-cart-realworld-2") in status(
        repo_index, "In myeloma, the treatment strengthens the immune system against infection.")


def test_a_refuted_assertion_of_a_change_needs_a_claim_stating_one(repo_index):
    """"Immunotherapy improves immune function" is refuted; saying what immunotherapy is asserts no improvement."""
    verdicts = status(repo_index, "Multiple myeloma is treated in several ways. Immunotherapy refers to treatments "
                                  "that use the body's own immune system to combat diseases such as cancer.")
    assert all(verdict != "contradicted" for verdict, _ in verdicts)
    assert ("contradicted", "ev-bcma-normal-2") in status(repo_index, "In myeloma, immunotherapy improves immune "
                                                                      "function.")

@pytest.mark.parametrize("text, negative", [
    ("Pancreatic cancer is rarely curable.", True),  # "rarely" said of the subject: usually not
    ("Remission is seldom permanent.", True),
    ("For reasons not fully understood, tumour cells grow faster at night.", False),  # the gap is negated
    ("Tumour cells do not grow faster at night.", True),
])
def test_rarely_denies_and_an_open_question_does_not(text, negative):
    assert terms_of(text).negative is negative


def test_a_statement_sharing_only_a_disease_with_a_claim_judges_nothing():
    """A definitional claim naming only diseases is judged only by a statement saying the same of them, not by any
    statement about the disease ("Myeloma is a blood cancer" was contradicted by "transplant is no longer needed in
    myeloma": myeloma is a blood cancer by the lexicon alone)."""
    unrelated = statement("ev-transplant", "supports", "direct", ["transplant is no longer needed in myeloma"])
    alone = EvidenceIndex(Library({REFERENCE.id: REFERENCE}, (unrelated,)))
    assert status(alone, "Myeloma is a blood cancer.") == [("unsupported", None)]
    assert status(alone, "Transplant is still needed in myeloma.")[0] == ("contradicted", "ev-transplant")
    definition = statement("ev-type", "supports", "direct", ["myeloma is a type of blood cancer"])
    both = EvidenceIndex(Library({REFERENCE.id: REFERENCE}, (unrelated, definition)))
    assert status(both, "Myeloma is a blood cancer.") == [("supported", "ev-type")]


def test_a_qualifying_statement_contradicts_the_denial_of_its_finding():
    """Positive but weak evidence ("exercise may modestly reduce fatigue") is denied by "exercise does not reduce
    fatigue": the claim is compared with the direction of the statement's finding, not only with its hedging; a
    finding that also says what the claim says ("... but not after treatment") contradicts nothing."""
    def verdict(finding, text):
        weak = statement("ev-exercise", "qualifies", "conditional", ["exercise reduces fatigue in cancer patients"],
                         finding=finding)
        return status(EvidenceIndex(Library({REFERENCE.id: REFERENCE}, (weak,))), text)[0]

    modest = "Exercise may modestly reduce fatigue in cancer patients."
    assert verdict(modest, "Exercise does not reduce fatigue in cancer patients.") == ("contradicted", "ev-exercise")
    assert verdict(modest, "Exercise increases fatigue in cancer patients.") == ("contradicted", "ev-exercise")
    assert verdict(modest, "Exercise reduces fatigue in cancer patients.") == ("overstated", "ev-exercise")
    assert verdict(modest, "Exercise may reduce fatigue in cancer patients.") == ("supported", "ev-exercise")
    mixed = "Exercise may reduce fatigue during chemotherapy, but it did not reduce fatigue in cancer patients after it."
    assert verdict(mixed, "Exercise does not reduce fatigue in cancer patients.")[0] != "contradicted"


def test_a_long_statement_covers_a_claim_only_through_three_shared_terms():
    """Two rare words can weigh 30 % of a claim: a long sentence holding only those shares the claim's topic, not
    its finding; a third shared term makes it cover the claim (by coverage: its cosine stays under the threshold)."""
    claim = terms_of("GATA3 binds TLX1 in resting thymocytes during development.")
    assert len(claim.weights) >= COVERAGE_MIN_TERMS

    def found(long_sentence):
        index = EvidenceIndex(Library({REFERENCE.id: REFERENCE}, (
            statement("ev-long", "supports", "direct", [long_sentence]),
            statement("ev-other", "supports", "direct", ["Resting cells bind growth factors during their development."]),
        )))
        return {p.statement.id: score for score, p, _ in index.find(claim)}

    cohort = ("of a cohort of two hundred children with leukaemia, together with their parents, siblings, cousins and "
              "matched donors from four hospitals in three countries over nine years.")
    assert "ev-long" not in found(f"We sequenced the GATA3 and TLX1 loci {cohort}")
    three = found(f"We sequenced the GATA3 and TLX1 loci in thymocytes {cohort}")
    assert "ev-long" in three and three["ev-long"] < MATCH_THRESHOLD



def test_a_qualifying_finding_that_negates_anything_contradicts_nothing(repo_index):
    """'No head-to-head trial shows that CAR-T, bispecifics or antibodies have fewer side effects than chemotherapy'
    qualifies 'immunotherapy has fewer side effects'; an accurate sentence denying that agrees with it."""
    verdict = status(repo_index, "Immunotherapy does not have fewer side effects than chemotherapy in myeloma.")
    # the denial asserts no relationship (claims._strength), so it is not stronger than the statement either
    assert verdict[0] == ("supported", "ev-immunotherapy-side-effects-1")


def test_a_statement_covering_a_claim_through_its_subject_alone_does_not_contradict_it(repo_index):
    """The daratumumab infusion-reaction statement covered this accurate sentence (teclistamab and its kind are not
    selected by the tumour's genetics) through 'immunotherapy', 'treatment' and 'patients' alone, at cosine 0.08,
    and contradicted it; the statement still contradicts the assertions it refutes."""
    verdict = status(repo_index, "Immunotherapy is not tailored to each patient's genetic makeup.")
    assert verdict[0][0] != "contradicted"
    assert status(repo_index, "Monoclonal antibodies have no serious side effects.")[0] == ("contradicted",
                                                                                           "ev-dara-irr-1")


@pytest.mark.parametrize("claim", ["The new tablet is completely side-effect free.", "The new tablet is pain-free.",
                                   "The new tablet leaves patients free of side effects."])
def test_a_harm_said_to_be_free_is_denied_like_no_harm(claim):
    """'side-effect free', 'pain-free', 'free of side effects' say the harm is absent: a statement that the treatment
    causes it contradicts them (they were supported: '-free' was an everyday word and the harm matched)."""
    index = EvidenceIndex(Library({REFERENCE.id: REFERENCE}, (
        statement("ev-harms", "supports", "direct", ["the new tablet causes side effects and pain in many patients"]),
    )))
    assert terms_of(claim).negative
    # the result clause after "so that" is a claim of its own (clauses: a result after "so")
    assert ("contradicted", "ev-harms") in status(index, claim)


@pytest.mark.parametrize("claim", ["We use it so that the side effects of the new tablet are almost non-existent.",
                                   "Side effects of the new tablet are nonexistent."])
def test_a_harm_said_to_be_non_existent_is_denied(claim):
    """/tmp/pages12 070: "the side effects are almost non-existent" was supported by a statement that the treatment
    commonly causes side effects: "non-existent" (split "non - existent" by the tokenizer) was no denial word, and
    "almost" between "are" and it hid that it is said of the subject."""
    index = EvidenceIndex(Library({REFERENCE.id: REFERENCE}, (
        statement("ev-harms", "supports", "direct", ["the new tablet commonly causes side effects"]),
    )))
    assert terms_of(claim).negative
    # the result clause after "so that" is a claim of its own (clauses: a result after "so")
    assert ("contradicted", "ev-harms") in status(index, claim)
    # a hyphenated denial entry matches its tokens: "non-significant" was never read
    assert terms_of("The effect of the new tablet was non-significant.").negative


def test_free_in_an_outcome_name_is_no_absence():
    """'progression-free survival' and 'relapse-free' name outcomes (no harm of the lexicon is said to be absent)."""
    assert not terms_of("The tablet extends progression-free survival.").negative


def test_a_consequence_drawn_with_so_is_read_as_its_own_clause():
    """A refuting statement's finding "responses were not lasting, so relapse is common" says of relapse that it is
    common: a claim that relapse is common agrees with it (the "not" of the responses had flipped it into a
    contradiction)."""
    index = EvidenceIndex(Library({REFERENCE.id: REFERENCE}, (
        statement("ev-durable", "refutes", "direct", ["the drug gives a lasting remission"],
                  finding="Responses to the drug were not lasting in most patients, so relapse after the drug is "
                          "common."),
    )))
    assert status(index, "Relapse after the drug is common.")[0] == ("supported", "ev-durable")


def test_an_adverb_of_frequency_is_no_shared_content():
    """'usually' says how often, not what: 'this cancer usually recurs' shared only 'relapse' and 'usually' with
    'responses were usually not permanent ..., so relapse is common' and was contradicted through them."""
    assert set(terms_of("Myeloma usually recurs.").weights) >= {"relapse"}
    assert not {"w:usual", "w:typical", "w:general"} & set(terms_of("It usually, typically, generally recurs.").weights)


def test_a_refuted_assertion_is_made_only_by_a_claim_holding_what_it_says_of_its_subject():
    """Sharing the transplant, the patient and the marrow with "a transplant gives the patient a new healthy bone
    marrow" is not saying it: the claim must hold what the assertion says of them ("healthy")."""
    index = EvidenceIndex(Library({REFERENCE.id: REFERENCE}, (
        statement("ev-transplant", "refutes", "direct", ["a transplant gives the patient a new healthy bone marrow"],
                  finding="The transplant returns the patient's own stem cells after high-dose chemotherapy."),
    )))
    accurate = "During a stem cell transplant the patient gets strong drugs that kill the cells in the bone marrow."
    assert status(index, accurate)[0][0] != "contradicted"
    assert status(index, "A stem cell transplant gives the patient a healthy bone marrow.")[0] == \
        ("contradicted", "ev-transplant")


@pytest.mark.parametrize("everyday, clinical, concept", [
    ("Kids caught it at school.", "Children caught it at school.", "children"),
    ("Wear face coverings indoors.", "Wear surgical masks indoors.", "face mask"),
    ("High blood pressure is common.", "Hypertension is common.", "hypertension"),
    ("She had a heart attack.", "She had a myocardial infarction.", "heart attack"),
    ("Get a flu shot every year.", "Get an influenza vaccination every year.", "vaccine"),
    ("Get a flu shot every year.", "Get an influenza vaccination every year.", "influenza"),
    ("Seniors are at risk.", "Older adults are at risk.", "older adults"),
    ("He had trouble breathing.", "He had dyspnea.", "shortness of breath"),
])
def test_everyday_and_clinical_names_are_one_concept(everyday, clinical, concept):
    """Web pages say 'kids', 'face coverings', 'high blood pressure', 'heart attack', 'flu shot'; papers say
    'children', 'masks', 'hypertension', 'myocardial infarction', 'influenza vaccination' (concepts.yml)."""
    assert concept in terms_of(everyday).weights and concept in terms_of(clinical).weights


def test_a_claim_in_everyday_words_meets_a_statement_in_clinical_ones():
    """A vaccine named by its disease names the disease too: "flu shots" meets "influenza vaccination" (a claim
    naming no disease is not judged by a statement naming one)."""
    index = EvidenceIndex(Library({REFERENCE.id: REFERENCE}, (
        statement("ev-flu", "supports", "direct", ["Influenza vaccination protects older adults."]),
    )))
    assert status(index, "Flu shots protect seniors.")[0] == ("supported", "ev-flu")


def test_a_distant_flip_needs_two_shared_terms_beyond_the_claims_subject():
    """Below the score and coverage of a close match, a flip still counts when the statement shares two terms that
    say more than what the claim is about (an abstract's results sentence); the disease's names and one word do not."""
    from types import SimpleNamespace

    from pipeline.evidence import Terms, _close_enough_to_flip

    claim_vector = {"multiple myeloma": 0.4, "blood cancer": 0.2, "symptom": 1.0, "w:coffee": 1.0, "w:slow": 1.0,
                    **{f"w:own{i}": 1.0 for i in range(8)}}  # many words of the claim's own keep coverage low
    claim = Terms(claim_vector, negative=True)
    about_disease = SimpleNamespace(terms=Terms({"multiple myeloma": 1.0, "blood cancer": 1.0, "symptom": 1.0}, False))
    about_content = SimpleNamespace(terms=Terms({"w:coffee": 1.0, "w:slow": 1.0}, False))
    assert not _close_enough_to_flip(claim, claim_vector, about_disease, score=0.4)
    assert _close_enough_to_flip(claim, claim_vector, about_content, score=0.3)
    assert _close_enough_to_flip(claim, claim_vector, about_disease, score=0.5)  # a close match


def test_a_negation_stops_at_a_clause_with_a_subject_of_its_own():
    # "cannot" denies the cure, not the relapse after ", and nearly all patients"; "still elusive" denies the cure
    library = Library({REFERENCE.id: REFERENCE}, (
        statement("ev-incurable", "supports", "direct", ["gout is incurable"]),
        statement("ev-flares", "supports", "direct", ["most gout patients eventually have a flare"]),
    ))
    index = EvidenceIndex(library)
    assert status(index, "Gout cannot be cured, and nearly all gout patients eventually have a flare.") == \
        [("supported", "ev-incurable"), ("supported", "ev-flares")]
    assert status(index, "A cure for gout is still elusive.") == [("supported", "ev-incurable")]


def test_car_t_cell_therapy_names_the_treatment_not_t_cells():
    """"CAR T-cell therapy" is the name of the treatment: its "T-cell" is no claim about T cells (it met statements
    on "T-cell-engaging antibodies" through them)."""
    for text in ("CAR T-cell therapy starts with collecting blood.", "The CAR T cells are grown in a lab."):
        weights = terms_of(text).weights
        assert "car-t" in weights and "t cell" not in weights, text
    assert "bispecific antibody" in terms_of("T-cell-engaging antibodies cause fever.").weights


def test_adverbs_of_extent_are_not_content_words():
    weights = terms_of("The receptor is mainly found on tumour cells and largely absent elsewhere.").weights
    assert not {"w:mainli", "w:main", "w:larg", "w:largely", "w:mainly"} & weights.keys()
    assert not any(t.startswith("w:main") or t.startswith("w:larg") for t in weights)


@pytest.mark.parametrize("text, direction", [
    ("The agency granted accelerated approval to the new inhaler.", 0),  # a kind of approval (polarity.yml names)
    ("Most of the volunteers had finished high school.", 0),
    ("Low-income families were offered the flu shot first.", 0),  # a level word opening a hyphenated modifier
    ("Doctors screen everyone in the increased-risk group.", 0),
    ("High blood pressure is common in older adults.", 0),  # a disease's own name
    ("Low-dose aspirin lowers the risk of a second stroke.", -1),  # the change said of the outcome still counts
    ("Regular walking accelerated recovery after knee surgery.", 1),
])
def test_a_direction_word_inside_a_name_says_no_change(text, direction):
    assert terms_of(text).direction == direction


def test_a_median_not_reached_is_a_figure_not_a_denial():
    assert not terms_of("Median survival was 31 months vs not reached in the vaccinated group.").negative
    assert terms_of("The vaccine did not reach the expected protection.").negative


def test_a_word_of_how_a_thing_is_known_does_not_make_a_match_close_enough_to_contradict():
    """"The leaflet lists all the reported side effects (this does not mean you will get them)" shares "side
    effects" and "reported" with a statement that infusion reactions were reported in 37% of patients: the reporting
    word says nothing of the side effects, so the loose match (score 0.11) may not contradict the claim."""
    from types import SimpleNamespace

    from pipeline.evidence import Terms, _close_enough_to_flip

    weights = {"side effects": 1.0, "w:report": 0.5, "w:leaflet": 0.5, "w:list": 0.5, "w:mean": 0.5}
    origins = {term: frozenset({(n, n + 1)}) for n, term in enumerate(weights)}
    claim = Terms(weights, True, words={t: t[2:] for t in weights if t.startswith("w:")}, origins=origins)
    phrasing = SimpleNamespace(terms=Terms({"side effects": 1.0, "w:report": 0.5, "w:infusion": 1.0}, False))
    assert not _close_enough_to_flip(claim, dict(weights), phrasing, 0.11)
    # a second word of content does make it close enough
    phrasing = SimpleNamespace(terms=Terms({"side effects": 1.0, "w:leaflet": 0.5, "w:infusion": 1.0}, False))
    assert _close_enough_to_flip(claim, dict(weights), phrasing, 0.11)


@pytest.mark.parametrize("word, text", [
    ("CAR", "This CAR protein does not attack normal cells."), ("CAR", "CAR-T cells"), ("CAR", "a CARd"),
    ("CAR", "SCAR tissue"), ("CAR", "CAR"), ("CAR", "(CAR)"), ("CAR", "_CAR"), ("CAR", "CAR_"), ("CAR", "é CAR é"),
    ("CAR", "éCAR"), ("CAR", "CAR2"), ("CAR", "CAR², CAR"), ("CAR", "anti-CAR and CAR."), ("CAR", "CARCAR CAR"),
    ("CAR", "car"), ("IL-6", "IL-6R and IL-6"), ("IL-6", "IL-6R"), ("T.B", "T.B."), ("A/B", "xA/B"), ("NF-κB", "NF-κB's"),
    ("AA", "AAA"), ("AA", "AAA AA"), ("AA", "AAAA-AA"), ("CD4+", "CD4+ cells"), ("CD4+", "CD4+-T"), ("1a", "١a"),
])
def test_written_alone_finds_what_the_word_bounded_pattern_finds(word, text):
    # it replaced re.search(r"(?<![\w-])WORD(?![\w-])", text), compiled anew for every abbreviation of every article
    import re

    from pipeline.evidence import _written_alone

    pattern = r"(?<![\w-])%s(?![\w-])" % re.escape(word)
    assert _written_alone(word, text) == bool(re.search(pattern, text))
