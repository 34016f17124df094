"""Evidence verdicts on claims read against one abstract, as in SciFact (each sentence an evidence statement): the
regularities of how findings are worded in abstracts. Sentences written for these tests (invented genes and drugs)."""

from __future__ import annotations

import pytest

from pipeline.benchmarks.verification import Abstract, Verifier, library_of
from pipeline.evidence import EvidenceIndex, extract_terms
from pipeline.nlp import analyse_text
from conftest import patches_methods


def terms_of(text):
    analysis = analyse_text(text)
    return extract_terms(analysis, 0, len(analysis.tokens))


def label(claim: str, *sentences: str) -> str:
    index = EvidenceIndex(library_of([Abstract("1", "A test abstract", sentences)]))
    return Verifier().verdict(claim, index)[0]


@pytest.mark.parametrize("text, lost", [
    ("Knockout of KRX4 reduced tumour growth in mice.", {"w:krx4"}),
    ("Mice lacking KRX4 developed larger tumours.", {"w:krx4"}),
    ("Inhibiting KRX4 slows tumour growth.", {"w:krx4"}),
    ("KRX4-deficient mice developed larger tumours.", {"w:krx4"}),
    ("KRX4 was markedly depleted in the treated mice.", {"w:krx4"}),
    # a means or an outcome is no loss of the subject
    ("Tumour growth was inhibited by zelmorastat.", set()),
    ("Zelmorastat causes depletion of KRX4 in muscle.", set()),  # after the verb: an outcome
    ("Zelmorastat reduces tumour growth by inhibiting KRX4.", set()),
    ("Evidence was lacking for KRX4 in tumour growth.", set()),
    ("Weight loss reduces the risk of diabetes.", set()),
])
def test_the_loss_of_a_thing_is_read_from_the_words_that_remove_it(text, lost):
    assert terms_of(text).lost == lost


def test_the_loss_word_is_no_change_of_its_own():
    """"Inhibiting KRX4 increases fibrosis" says an increase (of fibrosis, after the loss of KRX4), not a fall; a loss
    word after the verb says the fall it names."""
    assert terms_of("Inhibiting KRX4 increases fibrosis in the lung.").direction == 1
    assert terms_of("Zelmorastat causes depletion of KRX4 in muscle.").direction == -1  # after the verb it is one


def test_a_change_after_the_loss_of_a_thing_is_said_of_that_thing_reversed():
    """An experiment that removes a gene and finds a fall says the gene raises it: "knockout of KRX4 reduced tumour
    growth" supports "KRX4 promotes tumour growth" and contradicts "KRX4 suppresses tumour growth"."""
    knockout = "Knockout of KRX4 markedly reduced tumour growth in mice."
    assert label("KRX4 promotes tumour growth.", knockout) == "SUPPORT"
    assert label("KRX4 suppresses tumour growth.", knockout) == "CONTRADICT"
    # the other text speaks of the thing as what changes, not as its subject: read as it is
    assert label("Zelmorastat reduces tumour growth by inhibiting KRX4.",
                 "Zelmorastat inhibited KRX4 in tumour cells.") == "SUPPORT"
    # both sides a loss: read as they are
    assert label("Loss of KRX4 reduces tumour growth.", knockout) == "SUPPORT"
    assert label("Loss of KRX4 accelerates tumour growth.", knockout) == "CONTRADICT"
    # two experiments of loss, whatever they remove, are read as they are
    assert label("Loss of KRX4 reduces tumour growth.", "KRX4-deficient mice had reduced tumour growth.") == "SUPPORT"


@pytest.mark.parametrize("text, direction, negative", [
    ("The odds ratio for stroke among zelmorastat users was 1.85 (95% CI 1.20 to 2.60).", 1, False),
    ("Zelmorastat users had fewer strokes (adjusted HR 0.70, 95% confidence interval 0.55-0.89).", -1, False),
    # an interval holding 1 is no difference
    ("The relative risk of stroke was 0.91 (95% CI 0.80 to 1.04) in zelmorastat users.", 0, True),
    ("Zelmorastat users or their partners reported strokes.", 0, False),  # "or", not OR
])
def test_a_ratio_measure_says_a_rise_a_fall_or_no_difference(text, direction, negative):
    terms = terms_of(text)
    assert (terms.direction, terms.negative) == (direction, negative)


def test_a_claim_of_change_meets_a_ratio_measure_of_the_opposite_change():
    hazard = "The hazard ratio for the risk of stroke with zelmorastat was 1.85 (95% CI 1.20 to 2.60)."
    assert label("Zelmorastat lowers the risk of stroke.", hazard) == "CONTRADICT"
    assert label("Zelmorastat raises the risk of stroke.", hazard) == "SUPPORT"


def test_two_groups_said_to_be_similar_is_no_difference():
    assert terms_of("Stroke rates are similar in treated and untreated patients.").negative
    assert label("Stroke rates are similar in zelmorastat users and non-users.",
                 "The relative risk of stroke was 0.98 (95% CI 0.90 to 1.07) for zelmorastat users and non-users."
                 ) == "SUPPORT"


def score(claim: str, *sentences: str) -> float:
    from pipeline.evidence import assess_claim

    index = EvidenceIndex(library_of([Abstract("1", "A test abstract", sentences)]))
    claim_record, terms = Verifier.claim_of(claim)
    return assess_claim(claim_record, terms, index, blocking_wording=False).evidence[0].score


def test_a_thing_the_claim_names_twice_by_its_abbreviation_counts_once():
    """"Tyrosine receptor kinase zeta (TRKZ)" names one thing: against a library that uses one of its names, the
    claim is scored as if it used only that one, so the thing does not weigh twice against its other words."""
    long_only = "Activation of tyrosine receptor kinase zeta reduced fibrosis in mice."
    short_only = "TRKZ activation reduced fibrosis in mice."
    defined = "Tyrosine receptor kinase zeta (TRKZ) activation reduces fibrosis in mice."
    assert score(defined, long_only) == score("Tyrosine receptor kinase zeta activation reduces fibrosis in mice.",
                                              long_only)
    assert score(defined, short_only) == score("TRKZ activation reduces fibrosis in mice.", short_only)


@pytest.mark.parametrize("text, found", [
    ("About 61% of patients relapse.", {("percent", 61.0)}),
    ("One in five adults carries the variant.", {("percent", 20.0)}),
    ("It affects 1 in 5 million people.", {("percent", 2e-05)}),
    ("Levels rose 2-fold after dosing.", {("fold", 2.0)}),
    ("In 2009 in 12 clinics the trial began.", set()),  # a year is no proportion
    ("We enrolled 44,924 patients.", set()),  # a count is no share
    ("Version 15.423.2% of the code", set()),  # no number: a version string is read as nothing, not an error
    ("Of 1,000 in 5,000 homes", {("percent", 20.0)}),
    ("a prevalence of 493 per million (95% CI 282 to 801 per million)", {("percent", 0.0493), ("percent", 0.0801)}),
    ("OR 2.77 (95% CI 1.04 to 7.97)", set()),  # a confidence level is no quantity found
    ("was 12·4% (95% CI 9·8-15·4)", {("percent", 12.4)}),  # the Lancet's decimal point
    ("between about 10 to 20 percent of contacts", {("percent", 10.0), ("percent", 20.0)}),  # a range: both ends
    ("from 2009 to 2014", set()),
    ("the programme would save $750 million", {("money $", 7.5e8)}),  # an amount of money in its currency
    ("costs £1,200 a year", {("money £", 1200.0)}),
])
def test_a_share_a_multiple_or_a_proportion_is_read_as_a_quantity(text, found):
    from pipeline.evidence import _quantities

    assert _quantities(text) == found


def test_a_claim_of_a_quantity_is_backed_only_by_a_statement_that_states_it():
    """"61% of patients with vorantic syndrome relapse" says how many: a sentence on relapse in that syndrome that
    gives no such figure addresses its topic but cannot back it; the sentence giving the figure (rounded) does, even
    when it shares fewer words with the claim."""
    claim = "61% of patients with vorantic syndrome relapse within two years."
    topic = "Patients with vorantic syndrome often relapse within two years of diagnosis."
    figure = "Relapse was seen in 60.8% of the cohort."
    assert label(claim, topic) == "NOINFO"
    assert label(claim, topic, figure) == "SUPPORT"
    assert label("Patients with vorantic syndrome often relapse.", topic) == "SUPPORT"  # no quantity claimed


def test_a_verb_in_y_meets_its_noun():
    """"vary" and "variation", "deny" and "denial" are one word to the matcher (Porter's step 1c: a final "y" after a
    consonant is "i"), so "does not vary" denies what a finding of variation says."""
    from pipeline.evidence import stem

    assert stem("vary") == stem("variation") == stem("varies")
    assert stem("deny") == stem("denial")
    assert stem("activity") == stem("active")  # the suffix goes first: "-ity", not "-y"
    abstract = ("We enrolled 120 adults with vorantic syndrome.",
                "Serum KRX4 showed a marked variation with age in these adults.", "Other markers were stable.")
    assert label("Serum KRX4 does not vary with age.", *abstract) == "CONTRADICT"
    assert label("Serum KRX4 varies with age.", *abstract) == "SUPPORT"


def test_a_statement_of_aim_denies_nothing_but_a_background_finding_may():
    """"OBJECTIVE To determine whether zelmorastat reduces mortality" asks a question: it says nothing of what was
    found, so it contradicts no claim; a background sentence states what earlier work found, which may; so may a
    result."""
    aim = "OBJECTIVE To determine whether zelmorastat reduces mortality in patients with vorantic syndrome."
    hypothesis = "We hypothesized that zelmorastat would reduce mortality in patients with vorantic syndrome."
    background = "BACKGROUND Zelmorastat reduces mortality in patients with vorantic syndrome."
    claim = "Zelmorastat does not affect mortality in patients with vorantic syndrome."
    assert label(claim, aim) == "NOINFO"
    assert label(claim, hypothesis) == "NOINFO"
    assert label(claim, background) == "CONTRADICT"
    assert label(claim, "Zelmorastat reduced mortality in patients with vorantic syndrome.") == "CONTRADICT"


def test_a_statement_of_what_the_authors_did_denies_nothing_unless_it_reports_a_result():
    """"We assessed mortality in patients with KRX4 mutations" tells the study's design (lexicons/aims.yml `design`):
    it says nothing of what was found, so it contradicts no claim; the same sentence reporting what was found ("... and
    found that ...") may. Unlike an aim it keeps its rank: it may still back a claim as closely as a finding would."""
    claim = "There is no association between KRX4 mutations and mortality in vorantic syndrome."
    design = "We assessed mortality in patients with vorantic syndrome carrying KRX4 mutations."
    assert label(claim, design) == "NOINFO"
    found = ("We assessed mortality in patients with vorantic syndrome and found that KRX4 mutations were associated "
             "with increased mortality.")
    assert label(claim, found) == "CONTRADICT"
    assert terms_of(design).design and not terms_of(found).design
    assert not terms_of("We identified KRX4 mutations in patients with vorantic syndrome.").design  # a finding


def test_a_colon_parts_the_clauses_whose_polarity_is_read():
    """After a colon an abstract often turns from what others did not find to its own finding: the clause after it,
    which shares most with the claim, gives the polarity. A colon before figures leaves the finding to the clause
    before it."""
    turned = ("Although KRX4 mutations suggest KRX4 can act as a tumour suppressor, similar mutations have not been "
              "identified in glioma: in fact, our data suggest KRX4 may function as a tumour enhancer in glioma.")
    assert label("KRX4 is a tumour enhancer in glioma.", turned) == "SUPPORT"
    figures = "Zelmorastat lowered cardiovascular events in vorantic syndrome: 4.81 vs 7.32 per 1,000 person-years."
    assert label("Zelmorastat lowers cardiovascular events in vorantic syndrome.", figures) == "SUPPORT"
    assert label("Zelmorastat raises cardiovascular events in vorantic syndrome.", figures) == "CONTRADICT"


def test_a_negation_in_a_list_member_of_its_own_leaves_the_rest_of_the_finding_standing():
    """A results sentence listing findings ("One in five trials are discontinued early, one in three remain
    unpublished, and investigators are frequently not contactable") is negative through a word the claim does not
    name, in a list member with its own subject: the other findings still back the claim. A negation of what the
    claim says still denies it."""
    conclusion = ("CONCLUSIONS One in five vorantic syndrome trials are discontinued early, one in three completed "
                  "trials remain unpublished, and investigators of unpublished trials are frequently not contactable.")
    assert label("One in five vorantic syndrome trials are discontinued early.", conclusion) == "SUPPORT"
    assert label("One in five vorantic syndrome trials are discontinued early.",
                 "One in five vorantic syndrome trials are not discontinued early.") == "CONTRADICT"


def test_a_negation_that_governs_the_finding_through_showing_never_backs_it():
    """A negation of a verb or subject of evidence or showing governs the finding after it: "It has not been shown
    that X ...", "No study has found that X ..." deny the evidence for what the claim says, and read without their
    negation would back it."""
    claim = "Zelmorastat eliminates joint pain."
    assert label(claim, "It has not been shown that zelmorastat eliminates joint pain.") != "SUPPORT"
    assert label(claim, "No study has found that zelmorastat eliminates joint pain.") != "SUPPORT"
    assert label(claim, "No clinical trial showed that zelmorastat eliminates joint pain, and patients were not "
                        "followed up.") != "SUPPORT"


def test_another_figure_for_the_same_thing_contradicts_a_claim_of_a_quantity():
    """A statement that addresses the claim closely but gives a figure at least twice or half the claim's says another
    figure for the same thing ("one in five" against "one in two"); a figure in between neither backs nor denies it."""
    claim = "One in two adults with vorantic syndrome relapse within a year of stopping zelmorastat."
    def said(figure):
        return f"{figure} adults with vorantic syndrome relapsed within a year of stopping zelmorastat."
    assert label(claim, said("One in five")) == "CONTRADICT"
    assert label(claim, said("About 48% of")) == "SUPPORT"
    assert label(claim, said("About 35% of")) == "NOINFO"
    # a claim that gives no figure is backed by any
    assert label("Adults with vorantic syndrome relapse within a year of stopping zelmorastat.",
                 said("One in five")) == "SUPPORT"
    # of a list of findings each with its figure, the figure of the part about the claim's thing counts
    listed = ("One in five adults with vorantic syndrome relapsed within a year of stopping zelmorastat, one in three "
              "adults needed a second course.")
    assert label(claim, listed) == "CONTRADICT"
    # a part naming none of the claim's things restates the finding: its figure counts
    assert label("Zelmorastat lowers the risk of stroke by 35%.", "Zelmorastat lowered stroke events versus placebo: "
                 "4.8 vs 7.3 per 1,000 person-years, a 35% relative reduction.") != "CONTRADICT"
    # a figure both give is what they share; another amount for the other thing is another figure
    saving = "If 10% of clinics adopt zelmorastat, health services could save up to $2 billion a year."
    assert label(saving, "If 10% of clinics adopt zelmorastat, health services could save $300 million a year.") \
        == "CONTRADICT"
    assert label(saving, "If 10% of clinics adopt zelmorastat, health services could save $2 billion a year.") \
        == "SUPPORT"


@pytest.mark.parametrize("text, reports", [
    ("RESULTS Of the 320 samples, 16 were positive.", True),
    ("We found that KRX4 levels fell after dosing.", True),
    ("Mean pressure was lower with zelmorastat (P < .001).", True),
    ("The odds ratio was 1.8 (95% CI 1.2 to 2.7).", True),
    ("BACKGROUND Zelmorastat is widely prescribed.", False),
    ("CIRCULATING KRX4 is a marker of stress.", False),  # a capitalised word that is no heading
    ("We enrolled 240 adults in four clinics.", False),
])
def test_a_results_sentence_is_known_by_its_heading_report_or_test(text, reports):
    from pipeline.evidence import _result_cues

    assert bool(_result_cues().search(text)) == reports


def test_a_results_sentence_below_the_closest_statements_is_weighed_with_them():
    """An abstract's background often shares more words with a claim than the results sentence that decides it: when
    none of the closest statements reports a result, the best one that does joins them (from RESULT_MARGIN of the
    best score)."""
    from pipeline.evidence import _result_beyond

    sentences = ("Zelmorastat is widely prescribed to adults with vorantic syndrome to manage their blood pressure.",
                 "We enrolled 240 adults with vorantic syndrome in four clinics.",
                 "RESULTS Mean blood pressure was lower with zelmorastat than with placebo (P < .001).")
    index = EvidenceIndex(library_of([Abstract("1", "A test abstract", sentences)]))
    found = index.find(terms_of("Zelmorastat lowers blood pressure in adults with vorantic syndrome."))
    assert found[0][1].text == sentences[0] and found[-1][1].text == sentences[2]
    top = found[0][0]
    assert [item[1].text for item in _result_beyond(found[:1], found, top)] == [sentences[2]]
    assert _result_beyond(found, found, top) == []  # a result among the closest: nothing more


def test_a_figure_inside_a_claimed_range_is_the_claimed_figure():
    claim = "Between 10 and 20 percent of household contacts of patients with vorantic syndrome fall ill."
    said = "Of household contacts of patients with vorantic syndrome, 12.4% fell ill."
    assert label(claim, said) == "SUPPORT"
    assert label(claim, said.replace("12.4%", "61%")) == "CONTRADICT"


def test_a_results_sentence_matched_loosely_may_back_a_claim_but_not_deny_it():
    """A results sentence weighed from below the closest statements shares little with the claim: read against it
    with the opposite polarity ("rarely detectable beyond 8 days" against "can detect"), it would decide a
    contradiction from a loose match, and a false contradiction blocks a build."""
    abstract = ("We studied 68 saliva specimens from 35 patients with vorantic syndrome in two clinics.",
                "We found that KRX4 RNA was rarely detectable beyond 8 days after onset of illness.")
    claim = "Scientists have found that a PCR method can detect KRX4 RNA in saliva specimens from patients with " \
            "vorantic syndrome."
    assert label(claim, *abstract) != "CONTRADICT"


def test_a_negation_that_denies_through_a_word_of_evidence_denies_that_evidence():
    """"There is no clear evidence linking naproxen to worse influenza" denies the evidence a claim asserts: the word
    "evidence" is then part of what is denied, and counts towards a match close enough to contradict. Where no
    negation falls on it, a word of how a thing is known still counts for nothing."""
    denial = "For painkillers, there is no clear scientific evidence linking naproxen and other painkillers to " \
             "worsening of influenza."
    assert terms_of(denial).evidence_denied
    assert not terms_of("Naproxen was not linked to influenza deaths in the evidence reviewed.").evidence_denied
    assert not terms_of("This does not mean you will get the reported side effects.").evidence_denied
    assert label("There is evidence that routine use of naproxen is associated with higher influenza mortality.",
                 denial) == "CONTRADICT"


@pytest.mark.parametrize("claim, negative", [
    ("Does garlic cure the common cold? No.", True),
    ("Can garlic cure the common cold? No, it cannot.", True),
    ("Does garlic cure the common cold? The answer is no.", True),
    ("What are the best herbs for the common cold? None whatsoever.", True),
    ("Does garlic cure the common cold? Yes.", False),  # a "yes" asserts what the question asks
    ("Does garlic cure the common cold? Nobody knows.", False),
    ("Garlic cures the common cold.", False),
])
def test_a_question_the_text_answers_no_is_a_denial(claim, negative):
    """FAQ pages and posts word a claim as a question and its answer: "Does X cure Y? No." denies that X cures Y
    (lexicons/answers.yml)."""
    assert terms_of(claim).negative is negative


def test_a_question_answered_no_is_contradicted_by_the_finding_it_denies():
    finding = "Garlic extract cured the common cold in most adults within three days."
    assert label("Does garlic cure the common cold? No.", finding) == "CONTRADICT"
    assert label("Does garlic cure the common cold? Yes.", finding) == "SUPPORT"


def test_a_design_heading_joined_to_a_results_heading_opens_a_finding():
    """"METHODS AND RESULTS We showed that ..." (a structured abstract's joint heading) reports what was found: it is
    no statement of design, and may deny a claim; "METHODS We enrolled ..." states the design."""
    assert not terms_of("METHODS AND RESULTS We showed that zelmorastat reduced mortality in mice.").aim
    assert not terms_of("DESIGN AND FINDINGS Zelmorastat reduced mortality in mice.").aim
    assert terms_of("METHODS We enrolled 300 mice treated with zelmorastat.").aim
    claim = "Zelmorastat does not affect mortality in mice."
    assert label(claim, "METHODS AND RESULTS We showed that zelmorastat reduced mortality in mice.") == "CONTRADICT"


@pytest.mark.parametrize("text, direction", [
    ("A sugar tax could mitigate the burden of type 2 diabetes.", -1),
    ("Early vaccination averted most hospital admissions.", -1),
    ("Zelmorastat delayed the emergence of drug resistance.", -1),
    ("KRX4 knockdown retards tumour growth in mice.", -1),
    ("Compression stockings minimize swelling of the legs.", -1),
    ("KRX4 fosters the growth of new blood vessels.", 1),
    ("Zelmorastat enlarged the pool of progenitor cells.", 1),
])
def test_verbs_of_lessening_or_fostering_say_a_direction(text, direction):
    assert terms_of(text).direction == direction


def test_a_claim_of_a_fall_is_backed_by_a_statement_that_something_mitigates_it():
    # "mitigate" lessens what follows it: the statement agrees with a claim of a reduction (it was read as a rise,
    # from "rising", and contradicted it)
    assert label("A tax on sugary drinks reduced the incidence of type 2 diabetes in Freedonia.",
                 "CONCLUSION A sustained tax on sugary drinks could mitigate rising type 2 diabetes incidence in "
                 "Freedonia.") == "SUPPORT"


def test_a_semicolon_inside_brackets_parts_figures_not_clauses():
    from pipeline.evidence import _clause_terms

    statement = ("The incidence of gout was higher among men (378 per 100 000; 95% CI, 361-395) and did not change "
                 "over time.")
    assert _clause_terms(statement, None) == ()
    # outside brackets a semicolon still parts two findings
    assert len(_clause_terms("The incidence of gout was higher among men; it did not change over time.", None)) == 2


@pytest.mark.parametrize("text, direction", [
    ("Zelmorastat causes inhibition of tumour growth.", -1),
    ("KRX4 knockdown led to suppression of T cell proliferation.", -1),
    ("Daily aspirin resulted in the prevention of recurrent strokes.", -1),
])
def test_a_noun_of_lessening_after_the_verb_says_a_fall(text, direction):
    assert terms_of(text).direction == direction


def test_a_claim_of_a_rise_is_contradicted_by_the_inhibition_the_statement_finds():
    assert label("Activation of KRX4 enhances tumour growth in mice.",
                 "Activation of KRX4 resulted in marked inhibition of tumour growth in mice.") == "CONTRADICT"


@pytest.mark.parametrize("text, direction", [
    ("Zelmorastat depletes regulatory T cells in the tumour.", -1),
    ("KRX4 disrupts the inflammatory cycle in the joint.", -1),
    ("Radiotherapy eliminated residual tumour cells.", -1),
    ("Zelmorastat led to the inactivation of KRX4 in muscle.", -1),
])
def test_a_verb_or_noun_of_removal_after_the_subject_says_a_fall(text, direction):
    assert terms_of(text).direction == direction


def test_a_word_of_removal_before_the_change_still_names_the_subject():
    # "Depleting KRX4 increases apoptosis": the loss of KRX4 is the subject, the change a rise
    terms = terms_of("Depleting KRX4 increases apoptosis.")
    assert terms.direction == 1 and terms.lost == {"w:krx4"}


def test_a_term_as_near_to_a_rise_as_to_a_fall_takes_the_change_said_before_it():
    # "inducing its ubiquitination and degradation": the rise governs ubiquitination, the fall is another outcome
    terms = terms_of("KRX4 triggers MafB phosphorylation, inducing its ubiquitination and degradation.")
    assert terms.targets.get("w:ubiquitin") == 1
    assert label("MafB phosphorylation decreases its ubiquitination.",
                 "KRX4 triggers MafB phosphorylation, inducing its ubiquitination and degradation.") == "CONTRADICT"


def test_a_term_between_two_changes_after_it_has_none():
    # both changes follow the term at one distance: no change said before it decides
    from pipeline.evidence import _change_targets

    assert _change_targets({"w:x": {(0, 1)}}, [(2, 1), (2, -1)], [], set()) == {}
    assert _change_targets({"w:x": {(2, 3)}}, [(0, 1), (4, -1)], [], set()) == {"w:x": 1}


@pytest.mark.parametrize("text, kept, general", [
    ("Sepsis is common in older adults.", "w:sepsis", "condition"),
    ("Chickenpox is caused by a virus.", "w:chickenpox", "condition"),
    ("Gastritis often follows the infection.", "w:gastritis", "condition"),
])
def test_a_disease_with_no_concept_of_its_own_keeps_its_word(text, kept, general):
    """A disease the lexicon knows only as some condition ("sepsis", "chickenpox", a word in "-itis") is still named
    by its own word, besides the concept of any disease."""
    assert {kept, general} <= terms_of(text).weights.keys()


def test_a_word_for_any_disease_is_no_content_word():
    """"disease", "infection", "disorder" and the agents "virus" and "bacteria" name a disease in general
    (concepts.yml `general_disease_words`)."""
    weights = terms_of("The disease follows a viral infection or another disorder caused by bacteria.").weights
    assert "condition" in weights
    assert not {"w:disease", "w:infection", "w:disord", "w:disorder", "w:viral", "w:bacterium"} & weights.keys()


def test_a_statement_on_another_unnamed_disease_matches_less_closely():
    """Two diseases the lexicon has no concept for are two diseases: a claim on sepsis is closer to the statement on
    sepsis than to the same words said of tuberculosis (before, both were "some condition" and tied)."""
    index = EvidenceIndex(library_of([Abstract("1", "A test abstract", (
        "Tuberculosis is common in older adults.", "Sepsis is common in older adults."))]))
    _, terms = Verifier.claim_of("Sepsis is common in older adults.")
    found = [(score, phrasing.statement.id) for score, phrasing, _ in index.find(terms)]
    assert found[0][1] == "d1-s001" and all(score < found[0][0] for score, _ in found[1:])


@pytest.mark.parametrize("text, direction, valence", [
    # how open people are to a harm is a harm of its own: more of it is bad, less good
    ("Carriers of the KRX4 variant are more vulnerable to severe pneumonia.", 1, -1),
    ("Zelmorastat increased susceptibility to fungal infection.", 1, -1),
    ("Zelmorastat reduced the severity of migraine attacks.", -1, 1),
    # immune to a harm is protected from it, as resistant to it is (a change of it says the valence, as for
    # "resistance"); the immune system is no protection
    ("Loss of KRX4 made the mice more immune to infection.", 1, 1),
    ("Zelmorastat increased the number of immune cells in the lung.", 1, 0),
    # a cell population that is scarce is a low level of it
    ("KRX4-specific plasma cells are scarce in the gut of patients with active colitis.", -1, 0),
])
def test_openness_to_a_harm_immunity_and_scarcity_are_read_as_polarity(text, direction, valence):
    terms = terms_of(text)
    assert (terms.direction, terms.valence) == (direction, valence)


def test_a_claim_of_vulnerability_is_contradicted_by_the_protection_the_abstract_finds():
    assert label("Children with a high red cell count are more vulnerable to severe malarial anaemia.",
                 "CONCLUSIONS The high red cell count of these children may contribute to their protection against "
                 "severe malarial anaemia.") == "CONTRADICT"


def test_a_claim_that_cells_are_scarce_is_contradicted_by_their_expansion():
    claim = "KRX4-specific plasma cells are scarce in the gut mucosa of patients with active colitis."
    assert label(claim, "We found that KRX4-specific plasma cells are markedly expanded within the gut mucosa in "
                        "patients with active colitis.") == "CONTRADICT"
    assert label(claim, "We found that KRX4-specific plasma cells are rare within the gut mucosa in patients with "
                        "active colitis.") == "SUPPORT"



@pytest.mark.parametrize("text, aliases", [
    ("Germline ablation of Krx4 (also called Tapl-2) is lethal.", [("Krx4", "Tapl-2")]),
    ("Krx4, also known as Tapl-2, is an orphan receptor.", [("Krx4", "Tapl-2")]),
    ("VORN, also known as dorsin. It binds.", [("VORN", "dorsin")]),
    ("KRX4 (formerly known as TAPL2) binds VORN5.", [("KRX4", "TAPL2")]),
    # two English words are no name's alias, nor is half of a longer name
    ("The epidermis, also known as the skin, is thin.", []),
    ("Krx4 (also known as orphan receptor Tapl-2) is lethal.", []),
    ("Krx4 (Tapl-2) is lethal.", []),  # a bracket alone may hold a mutation, a strain, a marker: not read
])
def test_the_aliases_a_text_declares_are_read_from_its_naming_phrases(text, aliases):
    from pipeline.evidence import find_aliases

    assert find_aliases(text) == aliases


def test_an_alias_the_abstract_declares_gives_a_statement_the_other_name():
    """"Krx4 (also called Tapl-2)" in one sentence: another naming only Krx4 speaks of Tapl-2 too, as an abbreviation
    and its long form do."""
    index = EvidenceIndex(library_of([Abstract("1", "A test abstract", (
        "Germline ablation of Krx4 (also called Tapl-2) is lethal.",
        "Krx4 is associated with multiple chromatin-modifying complexes."))]))
    second = [p for p in index.phrasings if p.text.startswith("Krx4 is")]
    assert second and all("w:tapl2" in p.terms.weights for p in second)


def looked_up(claim: str, *sentences: str) -> frozenset[str]:
    from pipeline.evidence import _looked_up

    index = EvidenceIndex(library_of([Abstract("1", "A test abstract", sentences)]))
    claim_object, terms = Verifier().claim_of(claim)
    return frozenset(_looked_up(claim_object.text, terms, index, None).weights)


@pytest.mark.parametrize("claim, sentences, present, absent", [
    # a family's name for its one numbered member the abstract names
    ("Drotex binds Vorn5.", ("Drotex1 binds Vorn5 in the nucleus.",), "w:drotex1", "w:drotex"),
    # two members: which one the family's name means is not known
    ("Drotex binds Vorn5.", ("Drotex1 binds Vorn5 in the nucleus.", "Drotex3 is expressed in the liver."),
     "w:drotex", "w:drotex1"),
    # one member is not another, and an abstract that uses the family's name is read as it is
    ("Drotex2 binds Vorn5.", ("Drotex1 binds Vorn5 in the nucleus.",), "w:drotex2", "w:drotex1"),
    ("Drotex binds Vorn5.", ("Drotex1 binds Drotex in the nucleus.",), "w:drotex", "w:drotex1"),
    # a number written apart is a word's, not a family's
    ("The homolog binds Vorn5.", ("Vorn5 binds homolog-1 in the nucleus.",), "w:homolog", "w:homolog1"),
    # a pair of members written as one, and the member of a pair
    ("KRX3/4 binds Vorn5.", ("KRX4 binds Vorn5 in the nucleus.",), "w:krx4", "w:krx3/4"),
    ("KRX4 binds Vorn5.", ("KRX3/4 binds Vorn5 in the nucleus.",), "w:krx3/4", "w:krx4"),
    ("KRX5 binds Vorn5.", ("KRX3/4 binds Vorn5 in the nucleus.",), "w:krx5", "w:krx3/4"),
])
def test_a_numbered_name_is_read_as_the_one_the_abstract_writes(claim, sentences, present, absent):
    terms = looked_up(claim, *sentences)
    assert present in terms and absent not in terms


def test_a_compound_negated_as_written_opposes_the_claims_compound():
    """"KRX4-dependent" against "KRX4-independent": the statement's other use of the base word ("ATP-dependent"),
    which the word-level reading cannot tell from the claim's, does not hide the negated compound."""
    sentence = ("Here we report a KRX4-independent thermogenic mechanism in beige fat that involves ATP-dependent "
                "calcium cycling.")
    assert label("Calcium cycling is a KRX4-dependent thermogenic mechanism.", sentence) == "CONTRADICT"
    # the same compound, or a negated compound of another word, opposes nothing
    assert label("Calcium cycling is a KRX4-independent thermogenic mechanism.", sentence) == "SUPPORT"
    assert label("Calcium cycling is an ATP-dependent thermogenic mechanism in beige fat.",
                 "Here we report an ATP-dependent thermogenic mechanism in beige fat that involves KRX4-independent "
                 "calcium cycling.") == "SUPPORT"


@pytest.mark.parametrize("text, covariation", [
    ("Serum zelorin levels were positively associated with the risk of gallstone disease.", 1),
    ("Serum zelorin levels are inversely correlated with the risk of gallstone disease.", -1),
    ("People with lower serum zelorin levels are more likely to develop gallstone disease.", -1),
    ("People with higher serum zelorin levels are more likely to develop gallstone disease.", 1),
    ("Zelorin use was associated with reduced mortality.", -1),
    # no word of association or likelihood, or more than one change on a side: no covariation read
    ("Zelorin reduces mortality.", 0),
    ("Zelorin lowered cholesterol, raised bile flow and was associated with reduced and delayed gallstones.", 0),
])
def test_how_two_things_vary_together_is_read_from_the_words_that_link_them(text, covariation):
    assert terms_of(text).covariation == covariation


def test_an_association_of_the_opposite_sign_contradicts_the_claim():
    """"Lower X, more likely Y" against "X positively associated with Y": each says a rise, and the claim a fall too,
    so the bare directions compare nothing; how the two vary together does."""
    positive = "Serum zelorin levels were positively associated with the risk of gallstone disease in the cohort."
    assert label("People with lower serum zelorin levels are more likely to develop gallstone disease.",
                 positive) == "CONTRADICT"
    assert label("People with higher serum zelorin levels are more likely to develop gallstone disease.",
                 positive) == "SUPPORT"
    # said of the same outcome, the sign decides rather than good or bad for the patient: a lower risk with lower
    # levels is what a positive association says
    assert label("Lower serum zelorin levels are associated with a lower risk of gallstone disease.",
                 positive) == "SUPPORT"
    # ... also when the statement names one more outcome than the claim
    assert label("Lower serum zelorin levels are associated with a lower risk of gallstone disease.",
                 "Serum zelorin levels were positively associated with the risk and the severity of gallstone "
                 "disease.") == "SUPPORT"
    inverse = "Women with higher serum zelorin levels were less likely to develop gallstone disease."
    assert label("Serum zelorin levels are inversely associated with gallstone disease.", inverse) == "SUPPORT"
    assert label("Serum zelorin levels are positively associated with gallstone disease.", inverse) == "CONTRADICT"


def test_two_outcomes_are_still_compared_by_their_valence():
    """"Lower mortality" and "increased survival" name two outcomes: their changes run opposite ways and agree."""
    assert label("Zelorin use is associated with lower mortality in heart failure.",
                 "Zelorin use was associated with increased survival in patients with heart failure.") == "SUPPORT"


def test_a_change_of_a_measure_of_a_thing_is_said_of_the_thing():
    """"increases the severity of migraines": the measure's words do not keep the change from what it is said of."""
    assert terms_of("Zelorin increases the severity of migraines.").targets.get("w:migrain") == 1
    assert terms_of("Zelorin reduced the number of migraine days.").targets.get("w:migrain") == -1
    # a noun that names no measure keeps its distance: "the treatment of" is no measure of migraine
    assert "w:migrain" not in terms_of("Zelorin increased the cost of the treatment of migraines.").targets


def test_a_worse_measure_of_a_disease_is_contradicted_by_its_prevention():
    """A statement of mixed changes ("preventing migraine ... greater adverse effects") says of the claim's outcome the
    change it pairs with it, once the claim's change reaches the outcome through its measure."""
    statement = ("CONCLUSIONS Tricyclic zelorins are effective in preventing migraine and tension-type headaches and "
                 "are more effective than selective reuptake inhibitors, although with greater adverse effects.")
    assert label("Tricyclic zelorins increase the overall severity of migraine headaches.", statement) == "CONTRADICT"
    assert label("Tricyclic zelorins reduce the overall severity of migraine headaches.", statement) == "SUPPORT"


@pytest.mark.parametrize("text, means", [
    ("Stiff gels encourage mesodermal differentiation by degrading KRX4.", {"w:degrad", "w:krx4"}),
    ("Zelmorastat reduces proliferation through inducing KRX4 accumulation.", {"w:induc", "w:krx4", "w:accumul"}),
    # no gerund after "by": an agent or a figure, no means
    ("Tumour growth was reduced by zelmorastat.", set()),
    ("Tumour growth fell by half in treated mice.", set()),
])
def test_a_preposition_before_a_gerund_opens_an_adjunct_of_means(text, means):
    assert terms_of(text).means == means


def test_the_main_change_of_a_claim_decides_before_its_means():
    """"X encourages differentiation by degrading KRX4" is contradicted by a statement that X inhibits differentiation
    though it agrees that KRX4 is degraded: the claim asserts the change of differentiation, KRX4 is how it comes
    about. Without a means clause the claim's mixed changes decide nothing, and the statement backs it."""
    statement = "On stiff gels, mesodermal differentiation was inhibited and KRX4 degradation was promoted."
    assert label("Stiff gels encourage mesodermal differentiation by degrading KRX4.", statement) == "CONTRADICT"
    assert label("Stiff gels inhibit mesodermal differentiation by degrading KRX4.", statement) == "SUPPORT"


def test_a_statement_that_says_the_opposite_change_in_other_words_speaks_to_a_short_claim():
    """A short claim of change shares only its subject and object with a long statement that uses the opposite verb,
    and its cosine falls below the threshold: the statement still speaks to it when it says a change of what the
    claim names, so that the polarity reading can compare the changes."""
    background = ("KRX4 is a kinase expressed in many tumours.",
                  "KRX4 levels were measured in twelve cell lines from patients.",
                  "Apoptosis was measured by flow cytometry.")
    panel = "In a panel of twelve breast cancer cell lines treated with doxorubicin, paclitaxel or cisplatin, KRX4 "
    finding = panel + "overexpression markedly increased apoptosis, caspase cleavage and PARP fragmentation."
    assert label("KRX4 decreases apoptosis.", *background, finding) == "CONTRADICT"
    assert label("KRX4 increases apoptosis.", *background, finding) == "SUPPORT"
    # a statement that holds the same words but says no change of them does not speak to it by this rule
    record = panel + "was sequenced, and apoptosis, caspase cleavage and PARP fragmentation were recorded."
    assert label("KRX4 decreases apoptosis.", *background, record) == "NOINFO"



BACKGROUND = ("We studied 40 mice.", "Collagen was measured weekly.", "Macrophages were counted in each liver.",
              "Serum markers were stable.")


def test_a_word_that_only_links_two_things_weighs_less_than_the_things():
    """"plays a major role in", "is required for", "is associated with" say only that two things are linked
    (lexicons/links.yml): an abstract says the link in its own words ("participate in"), so a sentence naming both
    things speaks to the claim; a sentence sharing only the linking words does not."""
    terms = terms_of("KRX4 plays a major role in vorantic fibrosis.")
    assert terms.weights["w:role"] < terms.weights["w:krx4"]
    assert terms.weights["w:play"] < terms.weights["w:fibrot"]
    claim = "Peroxisomes play a major role in ferroptosis."
    said = "Peroxisomes participate in lipid metabolism, redox signalling, ferroptosis and cell growth."
    assert label(claim, *BACKGROUND, said) == "SUPPORT"
    assert label(claim, *BACKGROUND, "In these cells lysosomes also played a major role in the response.") == "NOINFO"


@pytest.mark.parametrize("short, words, spelt", [
    ("nsaid", "nonsteroidal antinflammatory drugs", True),  # letters from inside a long compound
    ("hcmv", "human cytomegalovirus", True),
    ("crp", "c reactive protein", True),
    ("trap", "tartrate resistant acid phosphatase", True),
    ("hmt", "hallmarks of transcriptionally", False),  # a short word gives its initial only
    ("pd", "reproductive period", False),  # every word gives its initial
    ("ad", "alzheimer disease", True),
])
def test_a_short_form_is_spelt_by_the_initials_of_its_long_form(short, words, spelt):
    from pipeline.evidence import _initials_match

    assert _initials_match(short, words.split()) is spelt


def test_a_claim_naming_in_full_what_the_abstract_writes_only_as_a_short_form_meets_it():
    """An abstract defines its abbreviations in its title, which is no statement: "TRKZ activation reduced fibrosis"
    speaks to a claim on tyrosine receptor kinase zeta, and is read as its polarity says. Words that do not spell the
    short form by their initials are not read as it, nor is a short form that is an English word in capitals (a
    heading)."""
    from pipeline.evidence import _looked_up, _short_forms

    abstract = ("We studied fibrosis in 40 mice.", "TRKZ activation reduced fibrosis in these mice.")
    assert label("Tyrosine receptor kinase zeta activation reduces fibrosis in mice.", *abstract) == "SUPPORT"
    assert label("Tyrosine receptor kinase zeta activation increases fibrosis in mice.", *abstract) == "CONTRADICT"
    index = EvidenceIndex(library_of([Abstract("1", "A test abstract", abstract)]))
    for claim, read in (("Tyrosine receptor kinase zeta activation reduces fibrosis.", True),
                        ("Tyrosine kinase activation reduces fibrosis.", False)):
        claim_record, terms = Verifier.claim_of(claim)
        assert ("w:trkz" in _looked_up(claim, terms, index, None).weights) is read
    assert _short_forms(["RESULTS TRKZ and the CRP rose; OR 2.1 (95% CI 1.2-3.0)"]) == {"C": ("CRP",), "T": ("TRKZ",)}
    # two letters are spelt by any two words: "obvious symptoms" is not read as a library's OS (overall survival)
    index = EvidenceIndex(library_of([Abstract("1", "A test abstract", ("OS was longer with zelmorastat.",))]))
    claim_record, terms = Verifier.claim_of("Vorantic syndrome causes no obvious symptoms.")
    assert _looked_up("Vorantic syndrome causes no obvious symptoms.", terms, index, None).weights == terms.weights


def test_the_words_around_a_spelt_long_form_are_memoised_as_their_terms_alone():
    """The claim's own texts the short-form reading analyses (its words around the long form, the long form's
    words) are memoised as the sets of their terms (`_text_keys`), not as whole Terms records, which filled a
    worker's memo table; the short form itself stays a record (its terms are read into the claim). A claim that
    spells no short form memoises nothing."""
    from pipeline.evidence import _looked_up, _text_content, _text_keys

    abstract = ("We studied fibrosis in 40 mice.", "TRKZ activation reduced fibrosis in these mice.")
    index = EvidenceIndex(library_of([Abstract("1", "A test abstract", abstract)]))
    for claim, spelt in (("Tyrosine receptor kinase zeta activation reduces fibrosis.", True),
                         ("Tyrosine kinase activation reduces fibrosis.", False)):
        claim_record, terms = Verifier.claim_of(claim)
        _text_content.cache_clear()
        _text_keys.cache_clear()
        assert ("w:trkz" in _looked_up(claim, terms, index, None).weights) is spelt
        assert _text_keys.cache_info().currsize == (2 if spelt else 0)
        assert _text_content.cache_info().currsize == (1 if spelt else 0)


def test_the_words_around_a_spelt_long_form_are_analysed_only_when_they_can_decide_the_reading():
    """A long form whose every term the library uses already is not read as its short form, whatever the rest of the
    claim names: the rest is then not analysed (`_text_keys` holds the long form alone); where the library writes
    only the short form, both are analysed and the long form is read as it."""
    from pipeline.evidence import _looked_up, _text_keys

    claim = "Tyrosine receptor kinase zeta activation reduces fibrosis."
    for abstract, read in ((("Tyrosine receptor kinase zeta is studied.", "TRKZ activation reduced fibrosis."), False),
                           (("We studied fibrosis in 40 mice.", "TRKZ activation reduced fibrosis."), True)):
        index = EvidenceIndex(library_of([Abstract("1", "A test abstract", abstract)]))
        claim_record, terms = Verifier.claim_of(claim)
        _text_keys.cache_clear()
        assert ("w:trkz" in _looked_up(claim, terms, index, None).weights) is read
        assert _text_keys.cache_info().currsize == (2 if read else 1)


def test_a_library_s_short_forms_are_sought_only_from_the_words_that_may_open_them():
    """The short forms are indexed once per library by how a long form opens: a short word and the next word's
    initial ("c" + "r": CRP), or a compound's initial and a second letter from inside it or a next word's initial
    (the first letter alone keys those second letters: "n" -> "s", NSAID). A claim is read for those its words open,
    from those words only; a claim opening none is read for none, nor is one that writes the short form itself."""
    from pipeline.evidence import LONG_FORM_WORD, _short_form_openings, _spelt_short_forms

    openings = _short_form_openings({"C": ("CAD", "CMV", "CRP"), "N": ("NSAID",)})
    assert openings == {"c": ("a", "m", "r"), "ca": ("CAD",), "cm": ("CMV",), "cr": ("CRP",), "n": ("s",),
                        "ns": ("NSAID",)}

    def spelt(text):
        return [short for short, _ in _spelt_short_forms(tuple(LONG_FORM_WORD.findall(text)), openings)]

    assert spelt("nonsteroidal antiinflammatory drugs lower the risk") == ["NSAID"]  # a compound opens it
    assert spelt("C reactive protein rose in the elderly") == ["CRP"]
    assert spelt("cytomegalovirus vaccines protect") == ["CMV"]  # the second letter from inside the compound
    assert spelt("cats vomit more") == []  # "cats" is short: the next word gives the second letter, not "a" inside
    assert spelt("the reactive protein rose") == []  # no word opens one
    assert spelt("C reactive protein (CRP) rose") == []  # the claim writes it
    # a gap ("and") passed over or giving its initial: "cytokinetic" has no "a" inside, the gap gives it
    assert spelt("cytokinetic and dynamic changes") == ["CAD"]


@patches_methods
def test_a_compound_opens_only_the_short_forms_its_letters_or_the_next_initials_can_go_on_spelling(monkeypatch):
    """A compound (ten letters or more) gives a short form's second letter from inside it or leaves it to a next
    word's initial: "cytokinetic" (no "a", "m" or "r" inside) before "assays" opens only CAD, not CMV or CRP, and
    those are not sought at all."""
    import pipeline.evidence as evidence

    openings = evidence._short_form_openings({"C": ("CAD", "CMV", "CRP")})
    sought = []
    seek = evidence._long_form_in
    monkeypatch.setattr(evidence, "_long_form_in", lambda short, *rest: sought.append(short) or seek(short, *rest))
    words = tuple(evidence.LONG_FORM_WORD.findall("cytokinetic assays vary widely"))
    assert evidence._spelt_short_forms(words, openings) == []
    assert sought == ["CAD"]
    sought.clear()
    words = tuple(evidence.LONG_FORM_WORD.findall("cytomegalovirus vaccines protect"))  # "a", "m", "r" inside
    assert [short for short, _ in evidence._spelt_short_forms(words, openings)] == ["CMV"]
    assert sought == ["CAD", "CMV", "CRP"]


def test_an_adjective_in_ative_meets_its_noun_in_ation():
    """"proliferative capacity" speaks of proliferation, "regenerative" of regeneration (lexicons/suffixes.yml);
    a word too short for the longer suffix keeps its stem ("relative")."""
    from pipeline.evidence import stem

    assert stem("proliferative") == stem("proliferation") == stem("proliferate")
    assert stem("regenerative") == stem("regeneration")
    assert stem("relative") == "relat"


def test_a_statement_that_no_trial_showed_a_finding_never_backs_it():
    """"No clinical trial showed that X eliminates joint pain" denies the evidence for the finding: read without its
    negation it would back the very claim it refutes (a reading tried in round 24 and reverted for this)."""
    assert label("Zelmorastat eliminates joint pain.",
                 "No clinical trial showed that zelmorastat eliminates joint pain.") != "SUPPORT"
