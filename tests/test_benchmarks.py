"""Each public-benchmark adapter on a handful of rows: the metrics exist, are rates, and n is what was asked.

The data live outside the project in ../shared/benchmarks (third-party licences); without them these tests skip.
Full runs: `claimaudit eval --benchmark NAME` (see docs/accuracy.md)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pipeline.benchmarks import BENCHMARKS, BenchmarkResult, benchmark_root, render_benchmark
from pipeline.benchmarks.base import DEV_FOLDS, select_split, sentence_strength
from pipeline.errors import DataError

# where `claimaudit eval` looks: $CLAIMAUDIT_BENCHMARKS, else ../shared/benchmarks beside the repository
BENCHMARKS_DIR = Path(os.environ.get("CLAIMAUDIT_BENCHMARKS") or
                      Path(__file__).resolve().parents[1].parent / "shared" / "benchmarks")

needs_data = pytest.mark.skipif(not BENCHMARKS_DIR.is_dir(),
                                reason=f"public benchmark data not present at {BENCHMARKS_DIR}")


def check(result: BenchmarkResult, name: str, n: int, required: tuple[str, ...]) -> None:
    assert result.name == name
    assert result.n == n
    for key in required:
        assert key in result.metrics, key
    for key, value in result.metrics.items():
        assert 0.0 <= value <= 1.0, (key, value)
    if result.confusion is not None:
        assert sum(result.confusion.values()) == n
    table = render_benchmark(result)
    assert name in table and "published:" in table


@pytest.mark.benchmark_data
@needs_data
@pytest.mark.parametrize("name", ["causal_language_pubmed", "press_release_claim_strength"])
def test_claim_strength_adapters(name):
    result = BENCHMARKS[name].run(BENCHMARKS_DIR, split="test", limit=20)
    check(result, name, 20, ("macro_f1", "accuracy", "f1[none]", "precision[correlational]",
                             "recall[conditional]", "f1[direct]"))
    assert result.labels == ("none", "correlational", "conditional", "direct")
    fold = BENCHMARKS[name].run(BENCHMARKS_DIR, split="dev3", limit=5)  # one dev fold alone (index % 5 == 3)
    check(fold, name, 5, ("macro_f1", "accuracy"))
    assert fold.split == "dev3"


@pytest.mark.benchmark_data
@needs_data
def test_conll2010_hedge_adapter():
    result = BENCHMARKS["conll2010_hedge"].run(BENCHMARKS_DIR, split="test", limit=20)
    check(result, "conll2010_hedge", 20, ("f1[uncertain]", "precision[uncertain]", "recall[uncertain]", "accuracy"))


@pytest.mark.benchmark_data
@needs_data
def test_scifact_adapter():
    result = BENCHMARKS["scifact"].run(BENCHMARKS_DIR, split="dev", limit=10)
    assert result.counts["claims"] == 10
    check(result, "scifact", result.counts["claim-abstract pairs"],
          ("label_macro_f1", "label_macro_f1_no_polarity", "f1[SUPPORT]", "f1[CONTRADICT]", "f1[NOINFO]",
           "recall@1", "recall@3", "recall@5", "recall@10"))
    assert result.n >= 10


@pytest.mark.benchmark_data
@needs_data
def test_scifact_train_split_is_the_tuning_split():
    """The training claims may be tuned on (`--split train`); the test labels are private, so no test split."""
    from pipeline.errors import DataError

    result = BENCHMARKS["scifact"].run(BENCHMARKS_DIR, split="train", limit=5, retrieval=False)
    assert result.split == "train" and result.counts["claims"] == 5
    check(result, "scifact", result.counts["claim-abstract pairs"], ("label_macro_f1", "f1[SUPPORT]"))
    with pytest.raises(DataError, match="test labels are private"):
        BENCHMARKS["scifact"].run(BENCHMARKS_DIR, split="test", limit=5)


@pytest.mark.benchmark_data
@needs_data
def test_check_covid_adapter():
    result = BENCHMARKS["check_covid"].run(BENCHMARKS_DIR, split="test", limit=12, retrieval=False)
    check(result, "check_covid", 12, ("label_macro_f1", "f1[SUPPORT]", "f1[CONTRADICT]", "f1[NOINFO]"))


@pytest.mark.benchmark_data
@needs_data
def test_healthver_adapter():
    result = BENCHMARKS["healthver"].run(BENCHMARKS_DIR, split="dev", limit=12)
    check(result, "healthver", 12, ("label_macro_f1", "f1[SUPPORT]", "f1[CONTRADICT]", "f1[NOINFO]"))


def test_healthver_passage_is_cut_into_the_engines_sentences():
    from pipeline.benchmarks.healthver import sentences_of

    assert sentences_of("Vitamin D levels were low in 60% of patients. Supplements did not reduce mortality.") == (
        "Vitamin D levels were low in 60% of patients.", "Supplements did not reduce mortality.")


@pytest.mark.benchmark_data
@needs_data
def test_sci_exaggeration_adapter():
    result = BENCHMARKS["sci_exaggeration"].run(BENCHMARKS_DIR, split="test", limit=20)
    check(result, "sci_exaggeration", 20, ("macro_f1", "accuracy", "f1[exaggerates]", "f1[same]",
                                           "f1[downplays]", "strength_macro_f1_press",
                                           "strength_macro_f1_abstract"))


def test_registry_names_and_defaults():
    assert set(BENCHMARKS) == {"causal_language_pubmed", "press_release_claim_strength", "conll2010_hedge",
                               "scifact", "check_covid", "sci_exaggeration", "checkthat2020", "healthver"}
    for name, benchmark in BENCHMARKS.items():
        assert benchmark.name == name and benchmark.default_split in benchmark.splits


def test_dev_folds_partition_the_dev_rows():
    rows = list(range(23))
    folds = [select_split(rows, fold, None) for fold in DEV_FOLDS]
    assert folds[0] == [1, 6, 11, 16, 21] and folds[3] == [4, 9, 14, 19]
    assert sorted(row for fold in folds for row in fold) == select_split(rows, "dev", None)
    assert not set(select_split(rows, "test", None)) & {row for fold in folds for row in fold}
    assert select_split(rows, "dev2", 2) == [2, 7]
    with pytest.raises(DataError, match="dev1"):
        select_split(rows, "dev5", None)
    for name in ("causal_language_pubmed", "press_release_claim_strength"):
        assert set(DEV_FOLDS) <= set(BENCHMARKS[name].splits)


def test_benchmark_root_missing_folder_is_a_data_error(tmp_path, monkeypatch):
    monkeypatch.delenv("CLAIMAUDIT_BENCHMARKS", raising=False)
    (tmp_path / "repo").mkdir()
    (tmp_path / "repo" / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    with pytest.raises(DataError, match="benchmark data folder not found"):
        benchmark_root(cwd=tmp_path / "repo")
    (tmp_path / "shared" / "benchmarks").mkdir(parents=True)
    assert benchmark_root(cwd=tmp_path / "repo") == tmp_path / "shared" / "benchmarks"
    monkeypatch.setenv("CLAIMAUDIT_BENCHMARKS", str(tmp_path / "elsewhere"))
    with pytest.raises(DataError, match="CLAIMAUDIT_BENCHMARKS"):
        benchmark_root()
    assert benchmark_root(tmp_path / "shared" / "benchmarks") == tmp_path / "shared" / "benchmarks"


# --- label-scheme mappings (no benchmark data needed) -----------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Statins may reduce the risk of stroke in older adults.", "conditional"),  # a modal hedge on a causal verb
    ("Statins can reduce the risk of stroke in older adults.", "direct"),  # Yu et al. code "can" as direct
    ("Our findings suggest that statins reduce stroke in older adults.", "direct"),  # a reporting frame
    ("Our findings suggest that statins may reduce stroke in older adults.", "conditional"),
    ("Hyponatraemia may be the first sign of a rare syndrome.", "none"),  # hedged, but no relation
    ("Coffee intake may be associated with lower mortality.", "correlational"),
    # a relative clause is background: the main finding labels the sentence (the claim stage keeps both claims)
    ("Few girls in rural areas were vaccinated against HPV, which causes cervical cancer.", "none"),
    ("HPV, which is common in young women, causes cervical cancer.", "direct"),
    ("Better survival rates for younger patients with breast cancer", "correlational"),  # a verbless comparison
    # absolute wording rates the relation it qualifies: none without one, direct with a causal verb
    ("Only 48 % of patients with diabetes had normal glucose tolerance.", "none"),
    ("Statins always prevent strokes in older adults.", "direct"),
    ("Aspirin may lower melanoma risk", "conditional"),  # after a modal "lower" is the verb, hedged
    ("Breastfeeding may safeguard mothers against breast cancer.", "conditional"),
    ("Patients were optimistic about the chance of chemotherapy to cure their cancer.", "none"),  # a purpose
    ("Heart ultrasound helps determine the risk of heart attack in HIV patients", "correlational"),  # helps knowing
    # a verdict on safety is no relation for Yu et al., though a page's claim of it is direct
    ("Topical insulin is safe for human ocular usage.", "none"),
    ("Therapy with alogliptin was well tolerated.", "none"),
])
def test_sentence_strength_follows_yu_scheme(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, uncertain", [
    ("These proteins may bind the promoter.", True),
    ("These results suggest that the kinase is required.", True),
    ("The kinase can phosphorylate both substrates.", False),  # ability, not speculation (BioScope)
    ("The assay was designed to detect both isoforms.", False),  # purpose, not speculation
    ("A high score is not necessarily a true interaction.", False),  # never a cue in the CoNLL-2010 data
    ("The smaller band is indicative of dephosphorylation.", False),
    ("The kinase phosphorylates both substrates.", False),
])
def test_hedge_cues_count_speculation_only(text, uncertain):
    from pipeline.benchmarks.base import hedge_cues

    assert bool(hedge_cues(text)) is uncertain


def test_past_inability_and_physical_potential_are_not_speculation():
    from pipeline.benchmarks.base import hedge_cues

    assert hedge_cues("The transcript could not be detected in resting T cells.") == []
    assert hedge_cues("The mitochondrial membrane potential fell within minutes.") == []
    assert hedge_cues("This could explain the loss of the transcript.") == ["could"]
    assert hedge_cues("The kinase is a potential target in asthma.") == ["potential"]


def test_if_counts_as_speculation_only_in_an_indirect_question():
    from pipeline.benchmarks.base import hedge_cues

    assert hedge_cues("If the score exceeds two, the region is reported.") == []
    assert hedge_cues("We tested if the kinase binds the promoter.") == ["if"]


@pytest.mark.parametrize("text, uncertain", [
    # "could" of past ability with a verb of observing is a result; epistemic "could" is speculation
    ("No binding of the factor could be detected in resting T cells.", False),
    ("The complex could also be observed in nuclear extracts.", False),
    ("The defect could be due to a loss of the enhancer.", True),
    # the noun "potential" (a capacity) is not the hedging adjective
    ("The therapeutic potential of the inhibitor was assessed in mice.", False),
    ("Two potential binding sites lie upstream of the promoter.", True),
    ("The drug has the potential for serious side effects.", True),
    # attributive "unknown" names an entity; predicative "unknown" is speculation
    ("The gene encodes a protein of unknown function.", False),
    ("How the kinase is activated remains unknown.", True),
    # epistemic "should" (an expectation), not deontic "should"
    ("These findings should shed light on the regulation of the gene.", True),
    ("It should be noted that the assay was run in duplicate.", False),
    # "appear" with a predicate other than "to"; "appear in" is not speculation
    ("The pathway appears sufficient to activate the promoter.", True),
    ("The band appeared in all lanes after stimulation.", False),
    ("It has been estimated that half of the interactions are false positives.", True),
    ("Inhibition was blocked by actinomycin D, indicating a requirement for new transcription.", True),
    ("Members of the Id family bind E proteins.", False),  # "Id" split like "I'd" is not "would"
    ("To test this possibility, we mutated the site.", False),  # a possibility stated before is referred to
    ("The method does not assume that the genes are homologous.", False),
    ("Arrows indicate the transcription start sites.", False),  # "indicate" = denote, in a legend
    ("These data indicate that the kinase is required.", True),
    ("Loss of the enhancer can lead to constitutive expression.", True),  # "can" of possibility
    ("Based on these results we estimate a 5% difference in virus production.", True),
    ("We estimated false positive rates by comparing the datasets.", False),  # a method, in the past tense
])
def test_hedge_cues_separate_epistemic_from_descriptive_uses(text, uncertain):
    from pipeline.benchmarks.base import hedge_cues

    assert bool(hedge_cues(text)) is uncertain, hedge_cues(text)


# --- CheckThat! 2020 task 1: claim detection and check-worthiness on tweets -------------------------------------

@pytest.mark.benchmark_data
@needs_data
def test_checkthat2020_adapter():
    result = BENCHMARKS["checkthat2020"].run(BENCHMARKS_DIR, split="dev", limit=12)
    check(result, "checkthat2020", 12, ("claim_precision", "claim_recall", "claim_f1", "claim_f1_always",
                                        "worthiness_map", "worthiness_p@5", "worthiness_p@10"))
    assert result.counts["tweets with a claim (gold)"] == result.confusion[("claim", "claim")] + \
        result.confusion[("claim", "no claim")]
    assert len(result.errors) == result.confusion[("claim", "no claim")] + result.confusion[("no claim", "claim")]


def test_checkthat2020_tweet_normalisation():
    from pipeline.benchmarks.checkthat2020 import normalize_tweet

    assert normalize_tweet("@WHO @CDCgov Masks work. #StayAtHome https://t.co/abc pic.twitter.com/xyz") == \
        "Masks work. Stay At Home"  # no full stop added: ingest reads a tweet's last line as text, not a heading
    assert normalize_tweet("Thanks to @NYGovCuomo, 22 new cases \U0001F637 &amp; 3 deaths") == \
        "Thanks to NY Gov Cuomo, 22 new cases & 3 deaths"
    assert normalize_tweet("#COVID19 is spreading!") == "COVID 19 is spreading!"
    assert normalize_tweet("Is it spreading? <link>") == "Is it spreading?"


def test_checkthat2020_average_precision_and_ranking():
    from pipeline.benchmarks.checkthat2020 import average_precision, ranked_labels

    assert average_precision([True, False, True]) == pytest.approx((1 + 2 / 3) / 2)
    assert average_precision([False, False]) == 0.0
    # highest score first; ties keep file order
    assert ranked_labels([(0, -1, 0), (2, 3, 1), (2, 3, 1)], [True, False, True]) == [False, True, True]


def test_checkthat2020_worthiness_leaves_out_the_writers_own_story():
    from types import SimpleNamespace

    from pipeline.benchmarks.checkthat2020 import worthiness_score

    def claim(text, strength="direct"):
        return SimpleNamespace(text=text, strength=strength)

    assert worthiness_score([]) == (0, -1, 0)
    assert worthiness_score([claim("I have had the flu 3 times")]) == (0, 3, 1)
    assert worthiness_score([claim("Masks cut flu cases by 20 %"), claim("My mum has the flu", "none")]) == (1, 3, 1)


# --- strength cues of round 6 (sentences written for the tests; Yu et al.'s coding) ------------------------------

@pytest.mark.parametrize("text, expected", [
    # a need shown by a finding is what should be done next: no relation found
    ("These findings reinforce the need for exercise to ease symptoms associated with heart failure.", "none"),
    ("Our findings confirm the need of closer monitoring of patients at risk of kidney failure.", "none"),
    ("Regular screening reduces the need for surgery in older adults.", "direct"),  # the need is the verb's object
    # a factor in an outcome is a contributor observed: correlational
    ("Age a major factor in deaths from prostate cancer", "correlational"),
    ("Night shifts not a factor in complications after heart surgery", "correlational"),
    ("Smoking is a risk factor for lung cancer.", "correlational"),
])
def test_strength_needs_and_factors(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a verbless headline relates a state to a group; the full sentence about one group describes it
    ("Memory loss seen in older adults with diabetes", "correlational"),
    ("Vitamin B12 levels low in vegans with anaemia", "correlational"),
    ("Memory loss was common in the older adults we studied.", "none"),
    # established knowledge is background
    ("Coffee is known to reduce the risk of liver disease.", "none"),
    ("It is well known that exercise lowers blood pressure.", "none"),
    ("Coffee reduces the risk of liver disease.", "direct"),
    # prevalence and trends relate nothing
    ("Asthma affects about 1 in 12 adults.", "none"),
    ("Psoriasis affects 8 million Americans.", "none"),
    ("Salt may affect one's risk of stroke.", "conditional"),
    ("Antibiotic prescription is on the increase", "none"),
    # who is put at risk, and a determiner opening the verb's object
    ("Night shifts put nurses at risk of injury", "direct"),
    ("Night shifts increased their risk of injury by 30 %.", "direct"),
    ("Nurses on night shifts face increased injury risk", "correlational"),
    ("Poor sleep could account for many road crashes", "conditional"),
    ("New research ties air pollution to dementia", "correlational"),
    # nouns sharing a causal verb's form
    ("The team presents its results in the journal Pediatrics.", "none"),
])
def test_strength_headlines_background_and_prevalence(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a change dated by years is a trend: no cause, no groups compared
    ("Hospital admissions for asthma increased up to 40 % between 2001 and 2010.", "none"),
    ("Autism diagnoses increased dramatically over a 10 year period", "none"),
    ("Statins increased muscle pain between 2001 and 2010 in older adults.", "none"),  # dated: read as a trend
    ("Blood lead levels increased with age in both groups.", "correlational"),  # not dated: an observed change
    # "can lead to" is possibility for BioScope but direct causal in Yu et al.'s coding, like "can cause"
    ("Untreated sleep apnoea can lead to heart failure.", "direct"),
    ("Untreated sleep apnoea may lead to heart failure.", "conditional"),
    # appearance without "to be" hedges like "appears to be"
    ("Knee replacement appears effective in very old patients", "conditional"),
])
def test_strength_trends_and_yu_modals(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # results likened to earlier work compare no groups
    ("These results are similar to those reported in earlier studies of adults.", "none"),
    ("Survival was comparable to that published for younger patients.", "none"),
    ("Blood pressure was similar in both groups.", "correlational"),
    # usefulness for knowing is no effect, even under a hedge (the hedge has no causal cue to reach)
    ("Troponin may be a useful tool for assessing heart damage in runners.", "none"),
    ("Troponin is helpful for risk assessment after surgery.", "none"),
    ("Zinc may be useful in reducing the length of a cold.", "conditional"),
    ("Zinc could be useful to shorten colds.", "conditional"),
    # contributors and help that is done
    ("Insomnia is a major contributor to road deaths.", "direct"),
    ("Staff shortages are helping to boost waiting times.", "direct"),
])
def test_strength_literature_utility_and_contributors(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # earlier work or established knowledge is background, whichever clause holds the relation
    ("Coffee has long been associated with lower risk of gout and reduced inflammation in older men.", "none"),
    ("Opioids are a class of drugs used to relieve pain and have long been used to treat cancer pain.", "none"),
    # after a concessive opening the main clause is the finding
    ("Although previous studies found no benefit, this trial shows that aspirin reduces cancer deaths.", "direct"),
])
def test_strength_earlier_work_is_background(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a conceded clause is not the finding when the sentence has another claim
    ("Although obesity caused more blood clots, deaths were similar in both groups of patients.", "correlational"),
    ("Although the trial was small, metformin reduced weight in patients with diabetes.", "direct"),
    ("Although metformin reduced weight in patients with diabetes.", "direct"),  # nothing else to label
])
def test_strength_conceded_clause_is_not_the_finding(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # verbs and frames of effect found missing in press-release headlines
    ("Noise can complicate recovery after heart surgery", "direct"),
    ("Sugar won't make you hyperactive", "direct"),
    ("Balloon surgery successful in clearing blocked sinuses", "direct"),
    ("Poor sanitation is behind the cholera outbreak", "direct"),
    # a clue is a marker; a change measured after an event compares before and after
    ("Gait speed provides clues about future falls", "correlational"),
    ("Suicides dropped by 20 percent after the opening of a hotline.", "correlational"),
])
def test_strength_headline_verbs_clues_and_changes_after_events(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Children with asthma may get relief from night coughing after inhaler training", "conditional"),
    ("Larger stroke units may give patients the best chance of walking again", "conditional"),
    ("The rising number of crashes involving older drivers is a cause for concern.", "none"),  # a reason for a feeling
])
def test_strength_relief_chances_and_reasons_for_concern(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # how well a group does, without "than", compares it with others
    ("People with more sleep may recover better from concussion", "correlational"),
    ("Nurses with strong social ties live longer", "correlational"),
    ("Exercise helps patients recover better from concussion", "direct"),  # a causal verb makes it an effect
])
def test_strength_how_well_a_group_does(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a change in the perfect with no object is a trend; with an object it is an effect
    ("Radiation exposure from CT scans has increased even in small hospitals", "none"),
    ("Obesity has increased the risk of diabetes in children", "direct"),
])
def test_strength_intransitive_change_is_a_trend(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a relative likelihood is an association, like "more likely to", whatever verb follows
    ("Drivers who text are twice as likely to cause a crash as other drivers.", "correlational"),
    ("Texting drivers may cause more crashes.", "conditional"),
    # a participle qualifying a risk is a level of risk
    ("Low vitamin D levels may signal heightened risk of falls in older adults", "correlational"),
])
def test_strength_relative_likelihood_and_heightened_risk(text, expected):
    assert sentence_strength(text) == expected


def test_sentence_read_whole_when_its_claims_state_no_relation():
    # the claim stage keeps only the opening phrase here, which states no relation; the sentence does
    text = ("In a small cohort of patients undergoing hip surgery for arthritis, the use of the new implant is safe "
            "and effective.")
    assert sentence_strength(text) == "direct"
    # read whole, the sentence still leaves background out ("which causes" is a relative clause)
    text = "Few girls in rural areas were vaccinated against HPV, which causes cervical cancer."
    assert sentence_strength(text) == "none"


@pytest.mark.parametrize("text, expected", [
    # the frame that reports a finding is not the finding: what it says the study looked at is left out
    ("Researchers who tested whether aspirin prevents stroke report that aspirin users were older than other "
     "patients.", "correlational"),
    ("Ten years of data on the harm caused by smoking bans led to the discovery that bar workers may be at lower "
     "risk of asthma.", "correlational"),
    ("The authors say their findings require confirmation, but add to a growing body of evidence suggesting a "
     "possible link between night shifts and insomnia.", "correlational"),
    # ... but a clause of its own before the frame is a finding too, and so is a finding the frame trails; a passive
    # is no frame
    ("Night shifts cause insomnia in nurses, and researchers found that most nurses sleep less than six hours.",
     "direct"),
    ("Induced labour reduces breastfeeding, and the study shows that most mothers are unaware of it.", "direct"),
    ("Living near a highway causes asthma, a study of two decades of hospital records has found.", "direct"),
    ("The effect of induced labour on breastfeeding was found to be small.", "direct"),
    ("Ten years of hospital records led to a sharp rise in asthma research.", "direct"),
])
def test_strength_of_the_finding_a_frame_reports(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the frame's words are data (lexicons/frames.yml): the authors naming themselves, and "determined that"
    ("The team that studied how smoking causes asthma determined that bar workers were older than other workers.",
     "correlational"),
    ("We studied how smoking causes asthma and report that bar workers were older than other workers.",
     "correlational"),
    # ... but a participle before a preposition, or after a passive's auxiliary, frames nothing
    ("The dose that prevents asthma was determined from the mean weight change in bar workers.", "direct"),
    ("Smoking causes asthma in bar workers, determined by hospital records.", "direct"),
])
def test_strength_of_a_finding_framed_by_its_authors(text, expected):
    assert sentence_strength(text) == expected


def test_frame_words_are_read_from_the_lexicon():
    from pipeline.benchmarks.base import FRAME_KEYS, frame_words

    words = frame_words()
    assert set(words) == FRAME_KEYS and all(words.values())
    assert "on" in words["no_finding_after"]  # quoted in the data: a bare on is a YAML boolean


@pytest.mark.parametrize("text, expected", [
    # a finding that a study reports as possible is conditional, whatever its verb
    ("A new study suggests that vitamin D may be considered for use in the prevention of colds.", "conditional"),
    ("The findings suggest that early childhood may be a critical period for bone health.", "conditional"),
    ("A new study shows that current screening guidelines may underestimate the number of cases.", "conditional"),
    # ... but not the same finding asserted, nor with no study named, nor earlier work, nor "can" or "could not",
    # nor the hedge with no frame that reports it
    ("A new study suggests that vitamin D is considered for use in the prevention of colds.", "none"),
    ("This suggests that patients may need longer to recover after surgery.", "none"),
    ("Previous studies have suggested that calcium may be a concern for heart health.", "none"),
    ("A new study suggests that patients can return to work within a week.", "none"),
    ("A new study suggests that vitamin D could not be detected in most samples.", "none"),
    ("Vitamin D may be considered for use in the prevention of colds.", "none"),
])
def test_strength_of_a_finding_reported_as_possible(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # nouns sharing a causal verb's form, and a relative clause in the past as background
    ("There are no known triggers, and treatment relies on steroids given by a specialist.", "none"),
    ("In fact, the reverse may be true, the authors say.", "none"),
    ("Lymphoma, the cancer that killed her father, often returns after chemotherapy.", "none"),
    ("Stress triggers migraine attacks in teenagers.", "direct"),
])
def test_strength_nouns_and_past_relative_clauses(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "due to" right after a noun names a cause-specific outcome (background); after "be", an adverb or a comma
    # it asserts the cause
    ("Hospital admissions due to asthma were recorded in every district.", "none"),
    ("The number of deaths due to heat stroke was counted by the regional registry.", "none"),
    ("Most hip fractures in older women are due to falls at home.", "direct"),
    ("The decline in admissions was largely due to the new vaccine.", "direct"),
    ("Readmissions rose in the second year, due to earlier discharge.", "direct"),
    # a predicate adjective or participle before it: the cause is asserted
    ("Relapse of the lymphoma is common due to resistant cells that survive chemotherapy.", "direct"),
    ("Hip surgery was delayed due to a shortage of beds.", "direct"),
])
def test_strength_due_to_after_a_noun_is_background(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a comparison of effects asserts an effect of each thing compared; a comparison of levels stays correlational
    ("Home exercise was more effective than usual care in reducing knee pain.", "direct"),
    ("Sleep loss had a greater impact on mood than caffeine intake in night-shift nurses.", "direct"),
    ("Short courses of steroids may be more cost-effective than long courses for asthma attacks.", "conditional"),
    ("Insulin pumps controlled blood sugar more effectively than injections in young children.", "direct"),
    ("Knee pain was more common in women than in men.", "correlational"),
])
def test_strength_a_compared_effect_is_an_effect(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # susceptibility is a trait, like a risk: correlational alone, an effect when a verb produces it
    ("Older smokers were more susceptible to influenza than younger smokers.", "correlational"),
    ("Chronic stress may increase susceptibility to infection in caregivers.", "conditional"),
])
def test_strength_susceptibility_is_a_level_like_risk(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a reason appended after a hedge or a comma, or fronted, explains the main clause's finding
    ("Weight did not differ between the groups, probably because of the short follow-up.", "correlational"),
    ("The melatonin trial ended early, perhaps because of poor recruitment.", "none"),
    ("Because of this, older drivers may be at higher risk of crashes at night.", "correlational"),
    ("Many hip fractures happen because of falls at home.", "direct"),
])
def test_strength_an_explanation_is_not_the_finding(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # what a study's results will do is a use hoped for the research, not a health effect found
    ("These results could help clinicians choose a first treatment for migraine.", "none"),
    ("The study results could support better decisions about hip surgery in older women.", "none"),
    ("Our findings will aid the planning of vaccination campaigns in rural districts.", "none"),
    ("Daily walking may improve sleep in older adults.", "conditional"),
])
def test_strength_a_use_of_the_research_is_no_effect(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a parenthesis or a dashed aside glosses a term; the finding is in the sentence around it
    ("Night-shift nurses had a higher risk of migraine (a headache that can cause nausea) than day-shift nurses.",
     "correlational"),
    ("Children with asthma -- a disease that air pollution worsens -- missed more school days than their peers.",
     "correlational"),
    ("Statins (cholesterol-lowering drugs) reduce the risk of stroke.", "direct"),
])
def test_strength_an_aside_is_not_the_finding(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a call for more work in a contrasted clause qualifies the finding before it; alone it is the sentence's point
    ("Vitamin D may reduce falls in older women, but larger trials are needed.", "conditional"),
    ("Yoga improved back pain in office workers, though longer follow-up is warranted.", "direct"),
    ("Larger trials are needed to confirm that vitamin D reduces falls.", "none"),
    ("Vitamin D should be offered to older women to reduce falls.", "none"),
])
def test_strength_a_conceded_call_for_research_keeps_the_finding(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a change verb that ends its clause has no object: a change observed, no effect of anything ("were increased"
    # stays the state of a group, correlational)
    ("Hospital costs for these patients were increased.", "correlational"),
    ("Overall satisfaction with the procedure reduced markedly.", "none"),
    ("The new clinic reduced waiting times for hip surgery.", "direct"),
    ("Exercise improved sleep quality in older adults.", "direct"),
])
def test_strength_a_change_without_an_object_is_a_trend(text, expected):
    assert sentence_strength(text) == expected


def test_healthver_file_without_a_needed_column_is_a_data_error(tmp_path):
    (tmp_path / "healthver").mkdir()
    (tmp_path / "healthver" / "healthver_dev.csv").write_text("id,claim,label\n1,Masks work,Supports\n")
    with pytest.raises(DataError, match="missing column"):
        BENCHMARKS["healthver"].run(tmp_path, split="dev")
