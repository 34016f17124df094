"""A statement backs a claim only when it speaks to what the claim asserts (issue 6: a reviewer's read of the
"supported" verdicts on real myeloma pages found 80 of 180 wrong: a curcumin trial "supported" by the definition of
myeloma, "median survival for stage 2 is 44 months" by a cohort giving 4.6 and 6.1 years, "some people have two
transplants" by "transplant has been the standard treatment"). Libraries and sentences written for these tests, on
other topics."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from pipeline.evidence import EvidenceIndex, _counts
from pipeline.references import Reference, load_library

from conftest import reference_library, reference_statement, verdict

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = Reference("doe2023-review", "review", "Doe B. A review. J Test 2023;3:3.", "2023", "", "",
                      "https://example.org/review", "5", "2026-12-03", "test fixture")


statement = partial(reference_statement, REFERENCE)  # its finding is its first wording unless given
library = partial(reference_library, REFERENCE)


DESCRIPTION = statement("ev-gout-what", "supports", [
    "gout is a form of arthritis in which uric acid crystals build up in the joints",
    "gout causes sudden pain and swelling in the joints"])


def bundled() -> EvidenceIndex:
    """The library shipped in references/ (multiple myeloma)."""
    return EvidenceIndex(load_library(ROOT / "references"))


def test_what_a_disease_is_does_not_back_what_a_remedy_does_to_it():
    """A statement saying what gout is and does (no treatment, nothing of its course) backs a claim about gout, not
    one about what a remedy does to its crystals or its pain; nor does myeloma's "can cause bone pain" back a
    supplement that eases it."""
    index = library(DESCRIPTION)
    page = "Gout causes sudden pain and swelling in the joints."
    assert verdict(index, page, "Gout causes") == ("supported", "ev-gout-what")
    page = "Cherry juice supplements relieve the sudden pain and swelling of gout in the joints."
    assert verdict(index, page, "Cherry juice")[0] == "unsupported"
    index = bundled()
    assert verdict(index, "Ginger supplements ease the bone pain of myeloma.", "Ginger")[0] == "unsupported"
    assert verdict(index, "Myeloma can cause bone pain and fatigue.", "Myeloma") == \
        ("supported", "ev-definition-mm-2")


def test_the_course_of_a_disease_bears_on_any_treatment():
    """"Myeloma remains incurable" speaks of the disease's course: it backs "not curable, even with a transplant"
    and contradicts a remedy's cure, whatever the intervention (a guard: these held before, and must still)."""
    index = bundled()
    assert verdict(index, "Myeloma is not curable, even with a transplant.", "Myeloma") == \
        ("supported", "ev-curability-1")
    assert verdict(index, "Herbal remedies cure myeloma.", "Herbal") == ("contradicted", "ev-curability-1")


def test_one_shared_word_naming_an_intervention_backs_nothing():
    """A claim sharing with a statement only the name of an intervention says something else of it ("chemotherapy
    can cause fatigue" says nothing of how it is given); a claim saying what a statement says still matches."""
    index = bundled()
    assert verdict(index, "Chemotherapy is given through a drip in the arm.", "Chemotherapy")[0] == "unsupported"
    assert verdict(index, "Stem cell transplant is commonly used to treat multiple myeloma.", "Stem")[0] == \
        "supported"


SURVIVAL = statement("ev-drug-survival", "supports", ["the new drug lengthens survival in lung cancer"],
                     finding="Median survival with the new drug was 18 months in lung cancer, against 12 months "
                             "with the old one; five-year survival was 55%.")


@pytest.mark.parametrize(("figure", "backed"), [
    # a claim stating how long ("30 months") is backed only by a statement giving that duration, in any unit
    ("median survival in lung cancer is 30 months", False), ("median survival in lung cancer is about 18 months", True),
    ("median survival in lung cancer is one and a half years, or 1.5 years", True),
    # a share given with a decimal needs that figure: "59.8%" is read from a table, not a rounding of 55%; "55.2%" is
    # 55% written out
    ("five-year survival in lung cancer is 59.8%", False), ("five-year survival in lung cancer is 55.2%", True),
])
def test_a_figure_the_statement_does_not_give_is_not_backed(figure, backed):
    found = verdict(library(SURVIVAL), f"With the new drug, {figure}.", "With the new drug")
    if backed:
        assert found == ("supported", "ev-drug-survival")
    else:
        assert found[0] == "unsupported"


def test_a_part_of_the_body_and_an_everyday_word_back_nothing():
    """Sharing where (the bone marrow, the immune system) and an everyday word ("cells") is sharing what a claim
    speaks of, not what it says there; a claim that says what the statement says of that part still matches."""
    index = bundled()
    page = "Many people with myeloma have a stem cell transplant. The new cells settle back into your bone marrow."
    assert verdict(index, page, "The new cells")[0] == "unsupported"
    page = ("Many people with myeloma have a stem cell transplant. The bone marrow is the spongy tissue inside the "
            "bones that produces blood cells.")
    assert verdict(index, page, "The bone marrow") == ("supported", "ev-definition-mm-4")


def test_an_adverb_of_degree_is_no_shared_content():
    """"Highly", "extremely" and "greatly" say how strongly, not what: "myeloma is a highly manageable illness" shares
    only the disease with "CAR-T is highly effective in myeloma" and is not backed by a CAR-T trial."""
    index = bundled()
    assert verdict(index, "Nowadays myeloma is a highly manageable illness.", "Nowadays")[0] == "unsupported"
    assert verdict(index, "Myeloma is a type of blood cancer.", "Myeloma") == ("supported", "ev-definition-mm-3")


def test_a_wording_naming_another_drug_backs_nothing():
    """A statement bound to no intervention as a whole (one wording names none) is matched wording by wording: its
    wording on one drug ("statins lower the risk of heart attacks") does not back a claim on another, while the drug
    it names is still backed by it."""
    index = library(statement("ev-heart", "supports", [
        "more adults now reach their cholesterol targets than twenty years ago",
        "statins lower the risk of heart attacks"]))
    assert verdict(index, "Statins lower the risk of heart attacks.", "Statins") == ("supported", "ev-heart")
    assert verdict(index, "Aspirin lowers the risk of heart attacks.", "Aspirin")[0] == "unsupported"
    index = library(statement("ev-asthma", "supports", [
        "more people with asthma now live without attacks", "corticosteroids reduce asthma attacks"]))
    assert verdict(index, "Corticosteroids reduce asthma attacks.", "Corticosteroids") == ("supported", "ev-asthma")
    assert verdict(index, "Antibiotics reduce asthma attacks.", "Antibiotics")[0] == "unsupported"


FLU = statement("ev-flu-deaths", "supports", ["influenza kills many older adults each winter"],
                finding="In the 2019-20 season influenza caused about 20,000 deaths in the United States, most of "
                        "them in adults over 65.")


def test_a_count_the_statement_does_not_give_is_not_backed():
    """A claim counting people or deaths ("52,000 people died") is backed only by a statement giving that count (a
    rounded one too: "34 million" for 34.2 million); a small number is no count."""
    index = library(FLU)
    page = "Influenza caused about 20,000 deaths in the United States in the 2019-20 season."
    assert verdict(index, page, "Influenza") == ("supported", "ev-flu-deaths")
    page = "Influenza killed about 52,000 people in the United States in the 2019-20 season."
    assert verdict(index, page, "Influenza")[0] == "unsupported"
    assert _counts("Total: 34.2 million people have diabetes") == {34_200_000.0}
    assert _counts("more than 34 million Americans have diabetes") == {34_000_000.0}
    assert _counts("about 22,350 new cases were diagnosed") == {22_350.0}
    assert _counts("12 patients died") == frozenset()


def test_a_negation_in_the_clause_before_denies_nothing_of_the_next_claim():
    """"While there is no cure for myeloma, the cancer can be managed successfully for years": the negation belongs
    to the opening clause (a claim of its own), so the second claim is not contradicted by a statement that myeloma
    relapses even after successful treatment."""
    index = bundled()
    page = "While there is no cure for multiple myeloma, the cancer can be managed successfully in many patients " \
           "for years."
    assert verdict(index, page, "the cancer")[0] != "contradicted"
    assert verdict(index, page, "While there is no cure") == ("supported", "ev-curability-1")


def test_the_clause_that_speaks_to_a_statement_is_chosen_by_what_it_says():
    """Of "myeloma is considered treatable, but generally incurable", the clause that speaks to "myeloma is
    considered an incurable disease" is the second: the disease both clauses are about does not choose the first,
    so the claim is backed, not contradicted."""
    index = bundled()
    page = "Multiple myeloma is considered treatable, but generally incurable."
    assert verdict(index, page, "Multiple myeloma") == ("supported", "ev-curability-1")


def test_a_statement_sharing_only_what_a_claim_is_about_backs_nothing():
    """A statement backs what a claim says of its subject: "adding insulin to metformin lowers blood sugar" names
    both drugs of "metformin and insulin are kept in the fridge door" and says nothing of where they are kept. A
    claim stating the statement's change in other words ("brings blood sugar down") is still backed."""
    index = library(statement("ev-diabetes", "supports", [
        "adding insulin to metformin lowers blood sugar more than metformin alone"]))
    assert verdict(index, "Metformin and insulin are both kept in the fridge door.", "Metformin")[0] == "unsupported"
    page = "Metformin is swallowed as a tablet, while insulin is injected under the skin."
    assert verdict(index, page, "Metformin")[0] == "unsupported"
    assert verdict(index, "Your prescription may list metformin, insulin or both.", "Your")[0] == "unsupported"
    page = "Adding insulin to metformin lowers blood sugar further."
    assert verdict(index, page, "Adding") == ("supported", "ev-diabetes")
    assert verdict(index, "Insulin added to metformin brings blood sugar down.", "Insulin") == \
        ("supported", "ev-diabetes")


def test_a_statement_backs_the_head_of_a_claim_not_a_noun_it_mentions():
    """A statement speaks to what a claim asserts (its verb and what the verb takes), not to a topic noun the claim
    only mentions: "treatment options for gout are listed in this leaflet" asserts the listing, which "there are now
    more treatment options for gout" does not speak to; "gout flares are also counted by nurses in the clinic"
    asserts the counting, not what "allopurinol reduces gout flares" finds. A claim saying the head in the
    statement's words is backed."""
    index = library(
        statement("ev-options", "supports", ["there are now more treatment options for gout"]),
        statement("ev-crystals", "supports", ["gout is diagnosed by finding urate crystals in the joint fluid"]),
        statement("ev-flares", "supports", ["allopurinol reduces gout flares"]))
    assert verdict(index, "Treatment options for gout are listed in this leaflet.", "Treatment")[0] == "unsupported"
    assert verdict(index, "Gout flares are also counted by nurses in the clinic.", "Gout")[0] == "unsupported"
    assert verdict(index, "There are many treatment options for gout today.", "There") == ("supported", "ev-options")
    page = "Urate crystals in the joint fluid are how gout is diagnosed by doctors."
    assert verdict(index, page, "Urate") == ("supported", "ev-crystals")


def test_a_refuted_assertion_is_not_made_by_a_claim_asserting_something_else():
    """A refuted statement is no assertion of a claim that asserts something else: "treatment for relapsed/refractory
    myeloma is very personalized" shares the disease and a word with "relapsed and refractory myeloma is when cancer
    comes back after treatment", not its head; a supporting statement that does not speak to the claim's head
    leaves it to no refuted one. A claim making the refuted assertion is still contradicted."""
    index = library(
        statement("ev-personal", "supports", ["immunotherapy is personalized to the individual's cancer"]),
        statement("ev-rrmm", "refutes", ["relapsed and refractory myeloma is when cancer comes back after treatment"],
                  finding="relapsed and refractory myeloma progresses on salvage therapy"))
    page = "Treatment for relapsed/refractory multiple myeloma is very personalized."
    assert verdict(index, page, "Treatment")[0] != "contradicted"
    page = "Relapsed and refractory myeloma is when cancer comes back after treatment."
    assert verdict(index, page, "Relapsed") == ("contradicted", "ev-rrmm")



def test_a_claim_giving_a_name_is_backed_only_by_a_statement_giving_that_name():
    """A verb of naming ("may be called", "known as") asserts the name: "this may be called a chronic gout of the
    joints" is not backed by "gout is a disease of the joints", which shares the disease and the joints but gives no
    such name, nor "these flares are sometimes called immune-related flares" by "colchicine calms the immune system
    in gout flares", which holds a word of the name; a statement giving the name backs it. The words every statement
    of a treatment library holds ("treatment") held alone are no head held either: "'standard of care' means the
    best treatments known" is not backed by "allopurinol is the first-line treatment for gout"."""
    index = library(
        statement("ev-joints", "supports", ["gout is a disease of the joints"]),
        statement("ev-tophi", "supports", ["long-standing gout with lumps of urate under the skin is called tophaceous "
                                           "gout"]),
        statement("ev-first", "supports", ["allopurinol is the first-line treatment for gout"]),
        statement("ev-care", "supports", ["allopurinol may become the standard of care for gout"]),
        statement("ev-immune", "supports", ["colchicine calms the immune system in gout flares"]))
    assert verdict(index, "This may be called a tophaceous gout.", "This") == ("supported", "ev-tophi")
    page = "When gout lasts for years, this may be called a chronic gout of the joints."
    assert verdict(index, page, "When")[0] == "unsupported"
    assert verdict(index, "These flares are sometimes called immune-related flares.", "These")[0] == "unsupported"
    page = "In gout, \u201cstandard of care\u201d means the best treatments known."
    assert verdict(index, page, "In gout")[0] == "unsupported"
    page = "Allopurinol may become the standard of care for gout."
    assert verdict(index, page, "Allopurinol") == ("supported", "ev-care")


def test_a_statement_holding_neither_the_main_verb_nor_half_the_head_does_not_back_the_claim():
    """A claim asserts what its main verb says of what the verb takes: "your doctor will choose from a variety of
    treatment options" is not backed by "there are now more treatment options for gout", which holds the options
    and not the choosing. A copula leaves the head to its noun ("there are many treatment options"), and a verb
    that "to" opens after the main one may be the one held ("should be checked at diagnosis to guide treatment").
    The main verb is read past a light verb and its "to" ("continues to challenge"); a light verb with no "to"
    ("sets the stage for"), a verb of listing ("can involve") and a verb of causing ("can cause") leave the head
    to their object; verbs joined by "and" are read both ("change and grow"). The verb is sought only in a statement
    worded more than one way."""
    from pipeline.evidence import extract_terms
    from pipeline.nlp import analyse_text

    options = ["there are now more treatment options for gout", "gout treatment options have grown"]
    index = library(
        statement("ev-options", "supports", options),
        statement("ev-urate", "supports", ["uric acid levels guide treatment decisions in gout",
                                           "uric acid levels decide how gout is treated"]))
    page = "In gout, your doctor will choose from a variety of treatment options depending on your health."
    assert verdict(index, page, "In gout")[0] == "unsupported"
    # ... but one sentence (an abstract's) says its finding one way, which the claim's verb may say in other words
    assert verdict(library(statement("ev-options", "supports", options[:1])), page, "In gout")[0] == "supported"
    assert verdict(index, "In gout, there are many treatment options today.", "In gout") == ("supported", "ev-options")
    page = "Uric acid levels should be checked at diagnosis to guide gout treatment."
    assert verdict(index, page, "Uric") == ("supported", "ev-urate")

    def verbs(text):
        analysis = analyse_text(text)
        return extract_terms(analysis, 0, len(analysis.tokens)).head_verbs

    assert verbs("Survival is also measured by progression-free survival.") == {"w:measur"}
    assert "w:challeng" in verbs("Gout continues to challenge doctors.")
    assert "w:continu" not in verbs("Gout continues to challenge doctors.")
    assert verbs("This resilience sets the stage for a flare.") == frozenset()
    assert verbs("The mechanisms can involve genetic mutations.") == frozenset()
    assert verbs("Allopurinol can cause a rash.") == frozenset()
    assert verbs("Gout is a form of arthritis.") == frozenset()
    assert {"w:chang", "growth"} <= verbs("Urate crystals change and grow in the joints.")


def test_a_second_phrase_of_the_verb_and_what_there_is_evidence_of_are_part_of_the_head():
    """"People may catch it in changing rooms and after sharing towels" asserts both ways, so the words of the
    second phrase are head terms a statement may hold ("sharing towels is a common route of athlete's foot");
    "there's evidence that cherries are playing a role in preventing gout" asserts the role, not only the evidence.
    A clause after "and" adds no phrase of this verb."""
    from pipeline.evidence import extract_terms
    from pipeline.nlp import analyse_text

    def head(text):
        analysis = analyse_text(text)
        return extract_terms(analysis, 0, len(analysis.tokens)).head

    assert {"w:shar", "w:towel"} <= head("People may catch athlete's foot in changing rooms and after sharing towels.")
    assert "w:towel" not in head("People may catch athlete's foot in changing rooms and after that towels are shared.")
    assert "w:role" in head("There's evidence that cherries are playing a role in preventing gout.")


def test_a_claim_whose_verb_is_an_undirected_effect_is_backed_by_the_effect_in_other_words():
    """A claim whose main verb is an effect with no way to tell it ("work against", "may impact") asserts the
    effect, which a statement says as efficacy ("effective at inactivating"): there is no head word the statement
    must repeat. A claim naming the effect only inside a phrase ("looked at for their impact") still asserts the
    looking."""
    index = library(
        statement("ev-rubs", "supports", ["alcohol hand rubs are effective at inactivating enveloped viruses"]))
    assert verdict(index, "Alcohol hand rubs work against viruses.", "Alcohol") == ("supported", "ev-rubs")
    assert verdict(index, "Alcohol hand rubs may impact viruses.", "Alcohol") == ("supported", "ev-rubs")
    # the main verb is found past the adverbs a verb group runs over (heads.yml `focus_adverbs`: "then", "soon")
    assert verdict(index, "Alcohol hand rubs can then work against viruses.", "Alcohol") == ("supported", "ev-rubs")
    page = "Alcohol hand rubs have been looked at for their impact on viruses in hospitals."
    assert verdict(index, page, "Alcohol")[0] == "unsupported"


def test_a_question_asks_the_head_its_words_after_the_verb_would_assert():
    """A question opening with its verb ("Is this true - should everyone be wearing masks …?") asks what its words
    after that verb would assert; the sentence after it answers it ("In a word, yes") and asserts no head of its
    own; each other sentence of a claim asserts its own head. A statement saying the question's head backs it."""
    from pipeline.benchmarks.verification import Abstract, Verifier, library_of
    from pipeline.evidence import extract_terms
    from pipeline.nlp import analyse_text

    def head(text):
        analysis = analyse_text(text)
        return extract_terms(analysis, 0, len(analysis.tokens)).head

    asked = "Is this true - should everyone be wearing masks in crowded shops? In a word, yes."
    assert "w:wear" in head(asked) and "w:true" not in head(asked)
    assert "w:yes" not in head("Should everyone wear masks in crowded shops? The short answer is yes.")
    assert "w:uric" in head("Gout can strike at any age. Cherries lower uric acid.")
    abstract = Abstract("1", "masks", ("Wearing masks in crowded shops lowers the spread of colds.",))
    assert Verifier().verdict(asked, EvidenceIndex(library_of([abstract])))[0] == "SUPPORT"


def test_a_claim_ranking_its_subject_needs_a_statement_that_ranks_or_compares():
    """A claim that ranks its subject among others ("gout is the second most common arthritis in men", "the most
    common signs") asserts more than that it is common, or that it causes them: a statement that neither ranks nor
    compares backs at most the claim without its ranking (overstated). A statement that ranks or compares backs the
    ranking; a ranking the claim does not assert of its subject ("to get the best results") needs none."""
    from pipeline.evidence import _ranking_unbacked

    common = statement("ev-common", "supports", ["gout is common in older men"])
    signs = statement("ev-signs", "supports", ["gout causes sudden joint pain and swelling"])
    index = library(common, signs)
    assert verdict(index, "Gout is the second most common arthritis in older men.", "Gout") == ("overstated",
                                                                                               "ev-common")
    page = "Sudden joint pain and swelling are the most common signs of gout."
    assert verdict(index, page, "Sudden") == ("overstated", "ev-signs")
    assert verdict(index, "Gout causes sudden joint pain and swelling.", "Gout") == ("supported", "ev-signs")
    ranked = statement("ev-ranked", "supports", ["gout is the second most common arthritis in older men"])
    index = library(common, signs, ranked)
    assert verdict(index, "Gout is the second most common arthritis in older men.", "Gout") == ("supported",
                                                                                               "ev-ranked")
    assert not _ranking_unbacked("Allopurinol is the best drug to lower urate", "allopurinol lowers urate more "
                                 "than placebo")
    assert not _ranking_unbacked("Take allopurinol daily to get the best results", "allopurinol works")
    assert not _ranking_unbacked("Flares are one of the main reasons for visits", "flares are a main reason for visits")
    assert _ranking_unbacked("Gout is one of the most painful kinds of arthritis", "gout hurts")
    assert _ranking_unbacked("Allopurinol remains the leading urate-lowering drug", "allopurinol lowers urate")
