"""Claims: clause level, subjects resolved, non-claims skipped, fingerprints stable."""

from __future__ import annotations

import pytest

from pipeline.benchmarks.base import sentence_strength
from pipeline.claims import claim_fingerprint, read_claims
from pipeline.nlp import analyse_text


def texts(found):
    return [c.text for c in found]


def test_two_claims_in_one_sentence(claims):
    found = claims("Immunotherapy works by boosting the immune system to attack cancer cells while leaving "
                   "healthy cells unharmed.")
    assert len(found) == 2
    assert found[1].text.startswith("leaving healthy cells unharmed")


def test_pronoun_resolved_to_previous_subject(claims):
    found = claims("Immunotherapy is a newer treatment for myeloma. It targets only cancer cells.")
    assert found[1].subject == "Immunotherapy"


def test_frame_is_that_is_dropped(claims):
    found = claims("One of the benefits of immunotherapy is that it targets only cancer cells.")
    assert texts(found) == ["it targets only cancer cells"]
    assert found[0].subject == "immunotherapy"


def test_questions_calls_to_action_and_meta_are_not_claims(claims):
    assert claims("What is relapsed multiple myeloma?") == []
    assert claims("Consult your healthcare provider about treatment options for myeloma.") == []
    assert claims("In this article, we explore treatments for multiple myeloma.") == []


def test_shop_offers_and_links_to_other_pages_are_not_claims(claims):
    assert claims("Order today and get 2 bottles of the arthritis formula free!") == []
    assert claims("You can order insulin pens online from our pharmacy.") == []
    assert claims("You can also read more about asthma triggers in the following articles.") == []
    # advice to keep a diary: "log" and "track" are nouns too, so they are listed one by one
    assert claims("Log the date and time of every migraine attack in a diary.") == []
    assert claims("Track your blood sugar before and after meals for two weeks.") == []
    # "you can see / find" opens a claim about the reader's health
    assert texts(claims("You can see lower blood pressure within two weeks of starting the tea.")) == [
        "You can see lower blood pressure within two weeks of starting the tea"]


def test_legal_boilerplate_is_not_a_claim(claims):
    notice = ("This press release contains forward-looking statements about the efficacy of the asthma inhaler. "
              "Such statements involve risks and uncertainties that may cause actual results to differ. "
              "Factors include whether the inhaler will be proven safe and effective in children.")
    assert claims(notice) == []
    assert claims("These statements have not been evaluated by the FDA. This capsule is not intended to diagnose, "
                  "treat, cure or prevent any disease.") == []
    # a disclaimer closing a paragraph takes only itself: the claims before it stay
    found = claims("Zinc lozenges shorten colds by two days. This page is for informational purposes only.")
    assert texts(found) == ["Zinc lozenges shorten colds by two days"]
    # only a notice of several sentences takes the rest of its paragraph: a label's claims after the FDA notice stay
    found = claims("These statements have not been evaluated by the FDA. Joint Formula X cures arthritis in 7 days.")
    assert texts(found) == ["Joint Formula X cures arthritis in 7 days"]


def test_a_writers_own_disclaimer_is_not_a_claim(claims):
    # what the writer is not and does not advise: a blogger's "not medical advice", in the first person
    assert claims("To be clear, I'm not a doctor, so please do not take this as medical advice.") == []
    assert claims("I am in no way recommending that you skip chemotherapy for a juice fast.") == []
    # the claim after the disclaimer stays
    found = claims("I'm not a medical professional. Turmeric capsules relieve knee pain within a week.")
    assert texts(found) == ["Turmeric capsules relieve knee pain within a week"]


def test_the_writer_on_its_own_text_service_or_the_readers_choice_is_not_a_claim(claims):
    assert claims("In the next section, we discuss the six treatments for eczema.") == []
    assert claims("We pride ourselves on giving every asthma patient the support they need.") == []
    assert claims("We dedicate ourselves to caring for your heart health.") == []
    assert claims("It is your choice which clinic gives you the flu vaccine.") == []
    # a study the writers ran is still reported ("reviewed" is past tense)
    assert texts(claims("We reviewed 40 trials and found that zinc shortens colds.")) != []


def test_a_clause_naming_whom_the_text_is_for_is_not_a_claim(claims):
    found = claims("Whether you're a keen cyclist or just starting out, knowing your iron levels could prevent "
                   "fatigue.")
    assert texts(found) == ["knowing your iron levels could prevent fatigue"]
    assert not found[0].subject.startswith("Whether")
    # a 'whether' clause that is the subject of its sentence says what the answer depends on
    assert claims("Whether you should take aspirin depends on your risk of bleeding.") != []


def test_adjectives_set_off_by_a_comma_stay_in_the_subject(claims):
    assert [c.subject for c in claims("Older, sicker adults respond less well to flu vaccines.")] == [
        "Older, sicker adults"]
    assert [c.subject for c in claims("Obese, inactive adults have a higher risk of type 2 diabetes.")] == [
        "Obese, inactive adults"]
    # an opening adverb or an aside set off by commas is no part of it
    assert [c.subject for c in claims("Today, most statins are taken once a day.")] == ["most statins"]
    # (a subject that names only people gives the claim the treatment it names: what the doctors recommend)
    assert [c.subject for c in claims("Today, most doctors recommend statins after a heart attack.")] == [
        "statins"]
    assert [c.subject for c in claims("Statins, however, lower cholesterol by a third.")] == ["Statins"]


def test_a_run_in_label_before_a_colon_is_not_a_claim(claims):
    found = claims("Milk thistle has several claimed benefits. Enhanced liver function: Milk thistle may protect the "
                   "liver from toxins. Anti-inflammatory effects: It is suggested that turmeric can reduce joint "
                   "swelling.")
    assert texts(found) == ["Milk thistle has several claimed benefits", "Milk thistle may protect the liver from toxins",
                            "It is suggested that turmeric can reduce joint swelling"]
    assert not found[2].subject.startswith("Anti-inflammatory")
    # a clause with an auxiliary before the colon says something itself
    assert "Statins are safe" in texts(claims("Statins are safe: serious side effects occur in fewer than 1 in 1,000."))


def test_list_label_is_the_topic(claims):
    found = claims("1. Reduced side effects: The newer drugs have fewer side effects than chemotherapy.")
    assert found and found[0].topic == "Reduced side effects"


def test_fingerprint_survives_whitespace_and_changes_with_words():
    a = claim_fingerprint("sources/a.txt", "It targets only  cancer\ncells.")
    assert a == claim_fingerprint("sources/a.txt", "It targets only cancer cells")
    assert a != claim_fingerprint("sources/a.txt", "It targets mainly cancer cells")
    assert a != claim_fingerprint("sources/b.txt", "It targets only cancer cells")


def test_offsets_slice_back_to_the_claim(claims):
    text = "Myeloma is a cancer of plasma cells.  It   often relapses after treatment."
    from pipeline.nlp import analyse_text
    from pipeline.claims import extract_claims

    analysis = analyse_text(text)
    for claim in extract_claims(analysis):
        assert " ".join(text[claim.start:claim.end].split()) == claim.text


def test_recommendations_and_calls_for_research_assert_no_finding(claims):
    assert {c.strength for c in claims("Patients with diabetes should be screened for kidney disease.")} <= {"none"}
    assert {c.strength for c in claims("Larger trials are needed to confirm that metformin reduces cancer risk.")} \
        <= {"none"}
    assert claims("Metformin reduces cancer risk in patients with diabetes.")[0].strength == "direct"


def test_comparison_without_causal_verb_is_correlational(claims):
    found = claims("Blood pressure was higher in patients with diabetes than in healthy controls.")
    assert found and found[0].strength == "correlational"
    found = claims("The new drug lowered blood pressure more than placebo in patients with diabetes.")
    assert found and found[0].strength == "direct"  # a causal verb makes the difference an effect


def test_causal_frames_beyond_verbs(claims):
    assert claims("Smoking plays a key role in the development of lung cancer.")[0].strength == "direct"
    assert claims("Most cases of lung cancer are caused by smoking.")[0].strength == "direct"
    assert claims("There is a strong link between smoking and lung cancer.")[0].strength == "correlational"


def test_observed_change_is_not_an_effect(claims):
    found = claims("Cholesterol levels increased with age in children with diabetes.")
    assert found and found[0].strength == "correlational"
    found = claims("Patients with diabetes showed a 30 % increase in BMI over two years.")
    assert found and found[0].strength == "correlational"
    assert claims("Metformin increased insulin sensitivity in children with diabetes.")[0].strength == "direct"


def test_a_risk_level_is_the_object_of_a_causal_verb(claims):
    assert claims("Smokers have a higher risk of lung cancer than non-smokers.")[0].strength == "correlational"
    assert claims("Smoking increases the risk of lung cancer in adults.")[0].strength == "direct"
    assert claims("Coffee drinking is associated with a lower risk of liver cancer.")[0].strength == "correlational"


def test_lemma_overrides_keep_as_apart_from_a():
    from pipeline.patterns import lemma_of

    assert lemma_of("as") == "as"  # the lookup table maps it to "a": "as possible" would match "a possible"
    assert lemma_of("cancers") == "cancer"


def test_coordinated_assertions_are_separate_claims(claims):
    assert texts(claims("Translocations are common in myeloma and influence treatment responses.")) == [
        "Translocations are common in myeloma", "influence treatment responses"]
    assert texts(claims("This therapy can extend remission in myeloma and potentially even a cure.")) == [
        "This therapy can extend remission in myeloma", "potentially even a cure"]
    # a participle phrase set off between a subject and its verb cuts nothing
    assert texts(claims("Regular screening, beginning at age 45, is the key to preventing bowel cancer.")) == [
        "Regular screening, beginning at age 45, is the key to preventing bowel cancer"]
    # two words are enough for the last outcome of the verb before, whatever its topic
    assert texts(claims("The pill may raise the risk of clots, migraines and possibly gout.")) == [
        "The pill may raise the risk of clots, migraines", "possibly gout"]
    assert texts(claims("Relapsed myeloma is hard to treat, and the options were limited until recently.")) == [
        "Relapsed myeloma is hard to treat", "the options were limited until recently"]


def test_lists_and_verb_pairs_stay_one_claim(claims):
    assert len(claims("Myeloma often causes bone pain, fatigue, and anemia in older patients.")) == 1
    assert len(claims("CAR-T cells find and kill myeloma cells in the bone marrow.")) == 1


def test_a_naming_apposition_is_its_own_definition(claims):
    found = claims("This condition, known as relapsed multiple myeloma (RMM), demands treatment to prolong survival.")
    assert texts(found) == ["This condition, known as relapsed multiple myeloma (RMM)",
                            "demands treatment to prolong survival"]
    assert found[1].subject == "This condition"


def test_a_reason_clause_after_a_comma_is_its_own_claim(claims):
    assert texts(claims("Relapse is common in myeloma, as the disease becomes resistant to treatment.")) == [
        "Relapse is common in myeloma", "as the disease becomes resistant to treatment"]
    assert len(claims("Myeloma is treated with bortezomib, as recommended by guidelines.")) == 1


def test_a_concluding_sentence_is_still_a_claim(claims):
    found = claims("In conclusion, statins lower the risk of heart attack in adults with diabetes.")
    assert texts(found) == ["In conclusion, statins lower the risk of heart attack in adults with diabetes"]
    assert found[0].subject == "statins"
    assert [c.subject for c in claims("In summary, aspirin reduces the risk of stroke.")] == ["aspirin"]


def test_a_participle_clause_carries_on_the_claims_subject(claims):
    # the participle clause names no medical concept of its own: it is about the subject of the clause before
    found = claims("Insulin resistance develops slowly in people with obesity, raising glucose levels after meals.")
    assert texts(found) == ["Insulin resistance develops slowly in people with obesity",
                            "raising glucose levels after meals"]
    assert found[1].subject == "Insulin resistance"
    assert texts(claims("Screening for diabetes is useful for finding kidney damage early and preventing "
                        "blindness."))[-1] == "preventing blindness"


def test_an_ing_noun_in_a_list_does_not_open_a_clause(claims):
    assert texts(claims("Influenza often causes fever, aching, and fatigue in adults.")) == [
        "Influenza often causes fever, aching, and fatigue in adults"]


def test_an_apposition_with_its_own_relative_clause_is_a_definition(claims):
    found = claims("Hepatitis damages the liver, an organ that filters toxins from the blood.")
    assert texts(found) == ["Hepatitis damages the liver", "an organ that filters toxins from the blood"]
    assert found[1].subject == "liver" and found[1].category == "definition"
    found = claims("Insulin is made in the pancreas, the gland behind the stomach that also produces digestive "
                   "enzymes.")
    assert texts(found)[1] == "the gland behind the stomach that also produces digestive enzymes"
    assert found[1].subject == "pancreas"
    found = claims("Most patients with gout reach remission – a state where flares are absent for a year.")
    assert texts(found) == ["Most patients with gout reach remission", "a state where flares are absent for a year"]


def test_an_opening_apposition_is_a_definition_and_the_verb_keeps_the_subject(claims):
    found = claims("Lupus, an autoimmune disease, affects the skin and kidneys.")
    assert texts(found) == ["Lupus, an autoimmune disease", "affects the skin and kidneys"]
    assert [c.subject for c in found] == ["Lupus", "Lupus"]
    assert found[0].category == "definition" and found[0].strength == "none"


def test_appositions_without_a_clause_of_their_own_stay_inside(claims):
    # the apposition inside a subordinate clause, after an introduction, or a bare noun after a dash
    assert len(claims("Lymphoma starts when lymphocytes, a kind of white blood cell, grow out of control.")) == 1
    assert len(claims("However, the new drug, a BCMA antibody, reduced relapse in myeloma.")) == 1
    assert len(claims("A second drug has been approved for psoriasis – an antibody against IL-17.")) == 1


def test_a_second_outcome_of_the_same_verb_is_its_own_claim(claims):
    found = claims("Regular exercise results in lower blood pressure and a better mood in adults with hypertension.")
    assert texts(found) == ["Regular exercise results in lower blood pressure",
                            "a better mood in adults with hypertension"]
    assert found[1].subject == "Regular exercise"
    # the last item of a list is not a second outcome
    assert len(claims("Gout can cause joint pain, swelling, and an increased risk of kidney stones.")) == 1


def test_parallel_participle_phrases_are_separate_claims(claims):
    assert texts(claims("Vaccination is essential for protecting older adults from influenza and avoiding hospital "
                        "admissions.")) == ["Vaccination is essential for protecting older adults from influenza",
                                            "avoiding hospital admissions"]
    # coordinated verbs, and participle phrases that make up a subject, stay together
    assert len(claims("Patients with gout benefit from avoiding or limiting alcohol.")) == 1
    assert len(claims("Programs for screening adults and treating hypertension early are effective in preventing "
                      "stroke.")) == 1


def test_result_and_reduced_participle_clauses(claims):
    assert texts(claims("The drug lowers uric acid levels in patients with gout, thereby reducing flares.")) == [
        "The drug lowers uric acid levels in patients with gout", "thereby reducing flares"]
    found = claims("Newer insulins have made diabetes care more flexible, tailored to each patient's daily routine.")
    assert texts(found) == ["Newer insulins have made diabetes care more flexible",
                            "tailored to each patient's daily routine"]
    assert found[1].subject == "Newer insulins"
    # a participle that qualifies the finding is part of it
    assert len(claims("Metformin lowered glucose in patients with diabetes, compared with placebo.")) == 1


def test_a_relative_clause_on_a_described_complement_stays_in_its_claim(claims):
    # the restrictive relative clause says what the condition is: one definition (the page sets' gold, 18 of 18)
    found = claims("Asthma is a common and often lifelong condition that narrows the airways.")
    assert texts(found) == ["Asthma is a common and often lifelong condition that narrows the airways"]
    assert found[0].subject == "Asthma"
    # a bare class or 'a type of' needs its relative clause: that is the definition
    assert len(claims("Asthma is a disease that narrows the airways.")) == 1
    assert len(claims("Psoriasis is a type of skin disease that causes red, scaly patches.")) == 1
    # a relative clause inside the subject is not cut
    assert len(claims("Bacteria that survive antibiotics can spread to other patients in hospitals.")) == 1


def test_examples_with_their_own_relative_clause_are_a_claim_about_them(claims):
    found = claims("Many patients benefit from inhaled drugs such as corticosteroids and bronchodilators that open "
                   "the airways.")
    assert texts(found) == ["Many patients benefit from inhaled drugs",
                            "corticosteroids and bronchodilators that open the airways"]
    assert found[1].subject == "corticosteroids and bronchodilators"
    # a verb after the relative clause belongs to the main clause: the examples stay inside
    assert len(claims("Drugs such as statins that lower cholesterol reduce the risk of heart attack.")) == 1


def test_how_a_state_is_reached_is_said_apart(claims):
    found = claims("Statins are a mainstay of heart disease prevention by lowering cholesterol.")
    assert texts(found) == ["Statins are a mainstay of heart disease prevention", "by lowering cholesterol"]
    assert found[1].subject == "Statins"
    # after an action verb or a passive the 'by' phrase is part of the claim
    assert len(claims("Immunotherapy works by boosting the immune system.")) == 1
    assert len(claims("CAR-T therapy offers new hope by harnessing the immune system.")) == 1
    assert len(claims("Metformin is prescribed to patients with diabetes by lowering glucose.")) == 1


def test_the_subject_ends_at_the_main_verb_not_at_a_noun_or_infinitive(claims):
    def subject(text):
        return claims(text)[0].subject
    assert subject("The fight against malaria has made great progress in Africa.") == "The fight against malaria"
    assert subject("Its ability to spread to the brain makes melanoma dangerous.") == \
        "Its ability to spread to the brain"
    assert subject("Side effects of chemotherapy are common in lymphoma.") == "Side effects of chemotherapy"
    assert subject("Chromosomal changes such as del(17p) predict shorter survival in myeloma.") == \
        "Chromosomal changes such as del(17p)"
    assert subject("Drugs for relapsed multiple myeloma are costly in most countries.") == \
        "Drugs for relapsed multiple myeloma"
    assert subject("Controlling blood sugar early lowers the risk of kidney disease in diabetes.") == \
        "Controlling blood sugar early"
    assert subject("Smoking causes lung cancer.") == "Smoking"
    found = claims("Chemotherapy is effective in lymphoma. It often causes nausea and hair loss.")
    assert found[1].subject == "Chemotherapy"  # "It often" is the pronoun, resolved


def test_an_attributive_participle_or_change_noun_is_a_state_not_an_effect(claims):
    found = claims("Children with diabetes showed increased arterial stiffness.")
    assert found and found[0].strength == "correlational"
    found = claims("Patients with diabetes had reduced kidney function at diagnosis.")
    assert found and found[0].strength == "correlational"
    found = claims("An improvement in HbA1c was seen in patients with diabetes.")
    assert found and found[0].strength == "correlational"
    # the perfect tense and a determiner after the participle keep the verb
    assert claims("Vaccination has reduced deaths from measles in children.")[0].strength == "direct"
    assert claims("Metformin had reduced the number of cancer cases by 2010.")[0].strength == "direct"


def test_a_purpose_names_an_effect_sought_not_found(claims):
    assert {c.strength for c in claims("Public health strategies are needed in order to reduce obesity in "
                                         "children with diabetes.")} == {"none"}
    assert {c.strength for c in claims("We designed a trial of metformin to prevent diabetes in adults.")} \
        == {"none"}
    # reported, predicated or offered as a means, the effect is asserted
    assert claims("Metformin was shown to prevent diabetes in adults.")[0].strength == "direct"
    assert claims("Walking is a simple way to lower blood pressure in adults with diabetes.")[0].strength == "direct"


def test_a_development_as_the_circumstance_of_a_change_is_causal(claims):
    found = claims("With advances in myeloma treatment, there has been an increase in survival rates.")
    assert found and "direct" in {c.strength for c in found}
    found = claims("There has been an increase in survival rates of patients with myeloma.")
    assert found and found[0].strength == "correlational"


def test_background_in_a_relative_clause_is_not_the_finding(claims):
    # "caused by lupus" is background; what is left is a share of patients named by a condition who develop
    # another, which relates the two (correlational, tests/test_strength_cues.py), not the cause asserted
    assert claims("Many patients with diabetes develop kidney failure caused by lupus.")[0].strength == "correlational"
    assert claims("Most cases of kidney failure are caused by diabetes.")[0].strength == "direct"
    assert claims("Diabetes causes most kidney failure in adults.")[0].strength == "direct"
    # ... while "the leading cause of" ranks a cause among a disease's causes, a description (lexicons/context.yml;
    # the page sets' gold codes it none)
    assert claims("Diabetes is the leading cause of kidney failure in adults.")[0].strength == "none"


def test_nouns_and_adjectives_that_share_a_causal_verb_form_assert_no_effect(claims):
    # "support" as a noun, "prolonged" and "elevated" as adjectives, "AIDS" the disease
    assert claims("Patients with diabetes reported little social support.")[0].strength == "none"
    assert claims("Patients with diabetes had a prolonged QT interval.")[0].strength != "direct"
    # ("were enrolled" is a study step and no claim, tests/test_claims.py test_the_steps_of_a_study_are_not_claims)
    assert claims("Patients with AIDS were seen in the cancer screening programme.")[0].strength == "none"
    assert claims("Exercise supports weight loss in adults with diabetes.")[0].strength == "direct"
    found = claims("The risk of diabetes rose with increasing age.")
    assert found and found[0].strength == "correlational"


def test_more_verbs_and_predicates_of_effect(claims):
    assert claims("Obesity heightens the risk of diabetes in adults.")[0].strength == "direct"
    assert claims("Smoking is the main culprit for lung cancer in women.")[0].strength == "direct"
    assert claims("Dairy is good for your health in adults with diabetes.")[0].strength == "direct"
    assert claims("A daily walk keeps arthritis knee pain away.")[0].strength == "direct"
    # a descriptive participle is no effect; a safety verdict is direct on a page, as the gold scheme codes it
    # (Yu et al. code it as no relation: tests/test_benchmarks.py rates the benchmark sentence none)
    assert claims("Topical insulin is safe in adults with diabetes.")[0].strength == "direct"
    assert claims("Patients with diabetes had altered sleep quality.")[0].strength != "direct"


def test_a_quantity_is_not_a_comparison_and_a_passive_with_by_is_causal(claims):
    found = claims("Dilatation occurred in more than 50 % of patients with obesity.")
    assert found and found[0].strength != "correlational"
    found = claims("Patients with obesity gained more weight than patients with diabetes.")
    assert found and found[0].strength == "correlational"
    assert claims("Glucose control was improved by metformin in patients with diabetes.")[0].strength == "direct"
    found = claims("Glucose levels increased by 20 % in patients with diabetes.")
    assert found and found[0].strength == "correlational"


def test_earlier_work_and_voiced_concerns_are_background(claims):
    assert {c.strength for c in claims("Previous studies have suggested that calcium supplements may increase the "
                                         "risk of heart disease.")} == {"none"}
    assert {c.strength for c in claims("There is concern that untreated depression may increase the risk of "
                                         "heart disease.")} == {"none"}
    # a finding set beside earlier work is still the finding
    assert "direct" in {c.strength for c in claims("Consistent with previous studies, statins reduced the risk of "
                                                   "stroke in adults with diabetes.")}


def test_a_side_noun_does_not_take_over_the_pronouns(claims):
    found = claims("Hepatitis damages the liver, an organ that filters toxins from the blood. It often leads to "
                   "cirrhosis.")
    assert [c.subject for c in found] == ["Hepatitis", "liver", "Hepatitis"]
    found = claims("Lupus, an autoimmune disease, affects the skin. It is more common in women.")
    assert found[-1].subject == "Lupus"


def test_a_split_off_clause_keeps_the_findings_hedge_and_topic(claims):
    found = claims("Obesity may raise blood pressure in adults, leading to stroke.")
    assert texts(found) == ["Obesity may raise blood pressure in adults", "leading to stroke"]
    assert found[1].hedged  # what follows from a hedged finding is hedged with it
    found = claims("Regular exercise may result in lower blood pressure and a better mood in adults with "
                   "hypertension.")
    assert [c.hedged for c in found] == [True, True]  # both outcomes of the hedged verb
    # the main clause names its topic only through its apposition: still a claim
    assert texts(claims("Our program did not improve the primary outcome, the proportion of adults with diabetes "
                        "who reached target glucose."))[0] == "Our program did not improve the primary outcome"


def test_finite_verbs_and_later_relatives_are_not_mistaken_for_new_clauses(claims):
    # a past tense after ", which …," is the main verb, not a reduced clause ", tailored to …"
    assert texts(claims("The trial, which is funded by the NHS, looked at outcomes in patients with asthma.")) == [
        "is funded by the NHS, looked at outcomes in patients with asthma"]
    # the relative clause belongs to the noun after the verb, not to the examples
    assert len(claims("The role of alert systems like Silver Alert in these searches suggests methods that may help "
                      "find patients with dementia.")) == 1
    # a participle in a list does not carry on the claim
    assert texts(claims("Dementia patients become lost while driving, shopping or walking in Canada.")) == [
        "Dementia patients become lost"]


def test_the_letters_d_and_m_are_not_contractions(claims):
    from pipeline.patterns import lemma_of

    assert lemma_of("D") == "d" and lemma_of("'d") == "would"
    assert lemma_of("M") == "m" and lemma_of("'m") == "be"  # "M-protein", "I'm"
    assert claims("Vitamin D deficiency is associated with a higher risk of influenza.")[0].subject == \
        "Vitamin D deficiency"


def test_two_verbs_of_one_object_stay_one_claim_and_an_ing_form_is_no_main_verb(claims):
    found = claims("Emerging vaccines such as the mRNA vaccines train the body to seek out and destroy infected "
                   "cells in influenza.")
    assert len(found) == 1
    assert found[0].subject == "Emerging vaccines such as the mRNA vaccines"
    # with an object of its own the second verb is a second claim
    assert len(claims("The immune system learns to recognize cancer cells and prevent them from growing.")) == 2


def test_a_very_long_sentence_is_cut_into_its_clauses():
    """One sentence of about 40,000 tokens. A scan back over the sentence per cue once made this take about 8 s;
    speed is measured in bench/, so only the result is checked here."""
    from pipeline.claims import extract_claims
    from pipeline.nlp import analyse_text

    piece = ("lymphoma cells, the cells that grow in the nodes, and reducing pain and a better mood including drugs "
             "like rituximab that attack cells, ")
    analysis = analyse_text("Lymphoma is a cancer " + piece * 1600 + ".")
    found = extract_claims(analysis)
    assert len(found) > 1600


def test_a_change_after_an_event_or_a_sentence_opening_participle_is_observed(claims):
    # ("hernia repair" is the noun)
    found = claims("Obesity dropped among children enrolled in the nutrition programme.")
    assert found and found[0].strength == "correlational"
    found = claims("Increased body mass index is a risk factor for complications after hernia repair.")
    assert found and found[0].strength == "correlational"
    found = claims("Condom use did increase over time in both groups of patients with HIV.")
    assert found and found[0].strength == "correlational"
    # a treatment's effect denied is no observed change: Yu et al. rate it by its causal verb; a page's claim ledger
    # reads a denied effect as no relationship (claims._strength)
    denied = "Counselling did not increase follow-up adherence in patients with diabetes."
    assert sentence_strength(denied) == "direct"
    assert claims(denied)[0].strength == "none"


def test_relations_named_as_nouns_and_group_differences_are_correlational(claims):
    for text in ("Obesity and fracture severity did not correlate in adults with diabetes.",
                 "Vitamin D interacts with bone markers in adults with diabetes.",
                 "Follistatin levels were not different between women with diabetes and controls.",
                 "The risk of stroke among adults with diabetes was examined."):
        found = claims(text)
        assert found and found[0].strength == "correlational", text
    # a drug interaction is an effect, "in relation to" a topic
    assert claims("St John's wort causes dangerous interactions with many cancer drugs.")[0].strength == "direct"
    assert claims("Flu vaccination may halve heart attack risk in adults with diabetes.")[0].strength == "conditional"


def test_a_plain_adjective_describes_one_group_and_a_superlative_compares(claims):
    assert claims("Inter-observer variability in diabetes screening was low.")[0].strength == "none"
    assert claims("Many children with diabetes had poor nutritional history.")[0].strength == "none"
    found = claims("Prevalence of diabetes is highest among adults over 65.")
    assert found and found[0].strength == "correlational"
    found = claims("Patients with diabetes had higher glucose levels at night.")
    assert found and found[0].strength == "correlational"


def test_an_effect_as_the_object_of_study_is_not_asserted(claims):
    assert {c.strength for c in claims("Long-term studies are warranted to determine the impact of DHEA on "
                                         "cardiovascular risk in diabetes.")} == {"none"}
    assert claims("The reviewed studies drew no conclusions regarding the effects of cholesterol on "
                  "diabetes.")[0].strength != "direct"
    assert claims("Dietary cholesterol had a strong effect on diabetes risk.")[0].strength == "direct"


def test_increasing_and_training_are_mostly_adjective_and_noun(claims):
    assert claims("There is increasing evidence of kidney disease in adults with diabetes.")[0].strength != "direct"
    assert claims("Training of nurses in diabetes care is part of the programme.")[0].strength != "direct"
    assert claims("Metformin lowered glucose by increasing insulin sensitivity in adults with diabetes.")[0].strength \
        == "direct"


def test_a_participle_qualifying_a_risk_or_ending_a_predicate_is_a_state(claims):
    found = claims("Men with diabetes face increased cancer risk.")
    assert found and found[0].strength == "correlational"
    found = claims("HDL is reduced only in patients with diabetes.")
    assert found and found[0].strength == "correlational"
    assert claims("A structured exercise programme reduced the risk of diabetes in older adults.")[0].strength \
        == "direct"


def test_a_participle_opening_a_later_sentence_qualifies_a_risk_but_not_the_subject_of_a_verb_of_change(claims):
    """At any sentence start (not only the text's first) "Increased … risk" is a risk; with a verb of change between
    them the participle qualifies the subject and the verb is the finding."""
    found = claims("Diabetes is common. Increased breast cancer risk was seen in women with diabetes.")
    assert [c.strength for c in found if "breast cancer" in c.text] == ["correlational"]
    found = claims("Diabetes is common. Increased exercise reduces risk of stroke in adults with diabetes.")
    assert [c.strength for c in found if "exercise" in c.text] == ["direct"]


def test_a_difference_found_or_not_and_a_concomitant_change_are_correlational(claims):
    for text in ("There was no statistically significant difference in glucose in patients with diabetes.",
                 "Scores in children with diabetes were similar regardless of the severity of the disease.",
                 "Changes in insulin were accompanied by changes in weight in patients with diabetes."):
        found = claims(text)
        assert found and found[0].strength == "correlational", text


def test_a_group_with_the_highest_or_worst_value_is_compared(claims):
    found = claims("Patients with heart failure had the worst prognosis among adults with diabetes.")
    assert found and found[0].strength == "correlational"


def test_the_second_half_of_a_hyphenated_modifier_is_no_verb(claims):
    assert claims("Patients with diabetes had high thyroid-stimulating hormone levels.")[0].strength != "direct"
    assert claims("Lung-sparing surgery was offered to patients with mesothelioma.")[0].strength != "direct"
    assert claims("Metformin is a cost-effective treatment for diabetes.")[0].strength == "direct"


# --- articles about diseases the concept lexicon does not know ------------------------------------------------

MUMPS_ARTICLE = """Mumps: What You Need to Know

Mumps is a contagious illness. Mumps usually starts with a few days of puffy cheeks. Adults who get
mumps often feel worse than children. The weather was pleasant that spring.
"""


def test_the_article_s_own_topic_words_are_its_title_words_that_recur():
    from pipeline.claims import find_topic_words
    from pipeline.nlp import analyse_text

    # "mumps" recurs; "need" and "know" are generic, "what" and "you" stop words; "weather" is not in the title
    assert find_topic_words(analyse_text(MUMPS_ARTICLE)) == {"mump"}
    # a breadcrumb line before the title does not hide it; a title word said once in the body is not the topic
    text = "Home\n\nKombucha and Gut Bacteria\n\nKombucha is a fermented tea. Kombucha contains acids. Bacteria grow."
    assert find_topic_words(analyse_text(text)) == {"kombucha"}
    # no title: the lead sentence's words that recur
    text = "Kombucha is a fermented tea. Kombucha contains acids. Many people drink kombucha daily."
    assert find_topic_words(analyse_text(text)) == {"kombucha"}


def test_a_seller_s_verb_of_effect_is_a_topic_word_like_any_other(claims):
    from pipeline.claims import find_topic_words
    from pipeline.nlp import analyse_text

    # lexicons/cues.yml offered_effect ("regrow") is read of a claim's effect, not left out of what a page is about
    page = ("# How to regrow thinning hair\n\nMany men want to regrow hair after it starts thinning. Some products "
            "regrow hair, and some do not.\n\nRogaine regrows thin patches slowly.\n\n"
            "A scalp massage regrows nothing on its own.\n")
    assert find_topic_words(analyse_text(page)) == {"hair", "regrow"}
    found = texts(claims(page))
    assert "Rogaine regrows thin patches slowly" in found
    assert "A scalp massage regrows nothing on its own" in found
    # a direction for use is no topic word either way, and a word said once after the title is still none
    assert find_topic_words(analyse_text("# How to regrow hair\n\nRegrow hair daily. Hair grows.\n")) == {"hair"}


def test_a_clause_about_the_article_s_topic_is_a_claim_without_a_lexicon_concept(claims):
    found = texts(claims(MUMPS_ARTICLE))
    assert "Mumps usually starts with a few days of puffy cheeks" in found
    # a predicate alone, with nothing of the topic, stays out when no claim of its paragraph comes before it (after
    # one, a statement in the third person goes on about what the paragraph is about: `_third_person_statement`)
    assert not any("weather" in t for t in texts(claims(MUMPS_ARTICLE.replace(" The weather", "\n\nThe weather"))))
    # the same sentence alone: nothing says mumps is what the text is about
    assert claims("Mumps usually starts with a few days of puffy cheeks.") == []


def test_generic_title_words_do_not_make_every_sentence_a_claim(claims):
    text = ("New Research Update\n\nThe research was led by a team in Boston. The update was posted every week. "
            "The research went well and the update was read widely.")
    assert claims(text) == []


def test_disease_agents_pox_names_and_named_symptoms_are_medical(claims):
    assert texts(claims("Warts are caused by a virus.")) == ["Warts are caused by a virus"]
    assert texts(claims("Chickenpox usually lasts about a week.")) == ["Chickenpox usually lasts about a week"]
    assert texts(claims("The illness can cause headache and chills.")) and \
        texts(claims("The trip can cause headache and chills."))  # the symptoms are medical, whatever the subject


def test_negative_imperatives_and_instructions_are_calls_to_action(claims):
    for text in ("Don't take the risk.", "Don’t believe promises of a cure for diabetes.",
                 "Do not share cups with a sick person who has the flu.", "Never give aspirin to children with flu.",
                 "Report side effects of a vaccine to your doctor.", "Always tell your doctor about supplements.",
                 "Avoid products that promise a quick cure.", "Keep your child home if they have a fever."):
        assert claims(text) == [], text
    # statements that open with a verb-like word stay claims
    for text in ("Taking aspirin lowers the risk of stroke.", "Never smokers had a lower risk of lung cancer.",
                 "Does the vaccine protect against flu? It does not cause flu."):
        assert claims(text), text


def test_a_base_form_verb_after_a_plural_subject_is_a_predicate(claims):
    assert texts(claims("Most people recover from the flu in a week.")) == ["Most people recover from the flu in a week"]
    assert texts(claims("Flu symptoms usually appear two days after exposure.")) == \
        ["Flu symptoms usually appear two days after exposure"]
    assert texts(claims("Many asthma patients wheeze at night.")) == ["Many asthma patients wheeze at night"]
    # not after a singular noun, an article or a verb form: no predicate, no claim
    assert claims("A bad flu season in the winter.") == []
    assert claims("Flu shot appointment reminders.") == []


def test_the_document_speaking_of_itself_is_meta_text(claims):
    assert claims("This fact sheet describes what the science says about the safety of statins.") == []
    assert claims("This information was produced in collaboration with the American Heart Association.") == []
    assert claims("The content was reviewed by a panel of cancer experts.") == []
    assert claims("This article will review seven of the best-researched ways to ease back pain.") == []
    assert claims("This guide will walk you through the options for treating gout.") == []
    assert claims("This booklet will give you information about your operation, its risks and its benefits.") == []
    # the same verbs said of a treatment are a claim
    assert texts(claims("This vaccine was developed by scientists to prevent flu.")) == \
        ["This vaccine was developed by scientists to prevent flu"]


def test_names_of_people_and_institutions_in_the_lead_sentence_are_not_its_topic():
    from pipeline.claims import find_topic_words
    from pipeline.nlp import analyse_text

    text = ("Coffee drinkers had fewer gallstones, according to researchers at Aarhus University. The Aarhus team "
            "followed coffee drinkers for years. Dr. Jensen led the Aarhus analysis of coffee.")
    assert find_topic_words(analyse_text(text)) == {"coffee"}
    # a single capitalised word can be the disease itself
    text = "An Ebola outbreak in the region was declared over. Ebola spreads through body fluids. Ebola kills."
    assert find_topic_words(analyse_text(text)) == {"ebola"}


# --- found on text the project did not write (CheckThat! 2020 tweets, benchmark checkthat2020) ------------------

def test_a_question_ending_in_more_marks_is_still_a_question(claims):
    assert claims("Does vitamin C really cure the flu?!") == []
    assert claims("So zinc prevents colds now??") == []
    assert claims("She asked: \u201cdoes garlic cure influenza?\u201d") == []
    assert texts(claims("Vitamin C does not cure the flu!")) == ["Vitamin C does not cure the flu"]


def test_a_request_is_not_a_claim(claims):
    assert claims("Lord, please protect my family from influenza.") == []
    assert claims("Please don't cough on people with asthma.") == []
    # further into a clause the word is left alone (a run-on sentence keeps its claim)
    assert claims("The clinic vaccinated 300 children against measles and please note the new hours.") != []


def test_irregular_past_forms_are_predicates(claims):
    assert texts(claims("The statin trial began in 2015.")) == ["The statin trial began in 2015"]
    assert claims("He spent 12 weeks in a malaria ward.") != []
    assert claims("The 2015 statin trial.") == []  # no verb, nothing asserted


def test_irregular_past_forms_leave_out_nouns():
    from pipeline.clauses import irregular_past_forms

    forms = irregular_past_forms()
    assert {"began", "went", "spent", "taken", "became"} <= forms
    assert not {"left", "felt", "found", "saw"} & forms


def test_asserted_causal_cues_leave_out_cues_inside_frames():
    from pipeline.claims import asserted_causal_cues
    from pipeline.nlp import analyse_text

    def asserted(text):
        analysis = analyse_text(text)
        found = asserted_causal_cues(analysis, 0, len(analysis.tokens))
        return [analysis.text_of(m.first, m.last).lower() for m in found]

    assert asserted("Statins reduce the risk of stroke.") == ["reduce"]
    assert asserted("Troponin is a useful tool for assessing heart damage.") == []  # usefulness for knowing
    assert asserted("Strategies are needed to reduce obesity.") == []  # a purpose
    assert asserted("Lipids increased with age.") == []  # an observed change


def _by_text(found):
    return {c.text: c for c in found}


def test_a_coordinated_verb_keeps_the_purpose_of_the_verb_before(claims):
    found = _by_text(claims("Interventions are needed to reduce stroke risk and alleviate depression in survivors."))
    assert found["alleviate depression in survivors"].strength == "none"  # sought, like "reduce", not found
    found = _by_text(claims("We gave metformin to lower glucose and reduce weight in obese adolescents."))
    assert found["reduce weight in obese adolescents"].strength == "none"


def test_a_coordinated_verb_keeps_the_recommendation_before(claims):
    found = _by_text(claims("Nurses should screen older patients for frailty and offer exercise to prevent falls."))
    assert found["offer exercise to prevent falls"].strength == "none"
    found = _by_text(claims("Doctors should assess kidney function and reduce the metformin dose in patients "
                            "with diabetes."))
    assert found["reduce the metformin dose in patients with diabetes"].strength == "none"


def test_a_coordinated_verb_keeps_the_hedge_before_and_lists_it(claims):
    # the modal's scope ends before the second verb: the hedge reaches it through the coordination
    found = _by_text(claims("Vitamin D might lower the risk of hip fracture in older women living alone, and "
                            "improve muscle strength in patients with osteoporosis."))
    second = found["improve muscle strength in patients with osteoporosis"]
    assert second.hedged and second.strength == "conditional"
    assert "HEDGED:might" in second.modifiers


def test_a_purpose_reaches_the_bare_verbs_listed_after_it(claims):
    # "to lower …, prevent …, and reduce …": three effects sought, none found
    found = _by_text(claims("Statins are prescribed to lower cholesterol, prevent heart attacks, and reduce the risk "
                            "of stroke."))
    assert [c.strength for c in found.values()] == ["none", "none"]
    # a clause with a subject of its own, or a verb with a tense, is not in the list
    found = _by_text(claims("Statins are prescribed to lower cholesterol, and they prevent heart attacks."))
    assert found["they prevent heart attacks"].strength == "direct"
    found = claims("Metformin is used to lower blood sugar, reduces weight in adults.")
    assert [c.strength for c in found] == ["direct"]


def test_a_verb_with_a_tense_of_its_own_is_not_under_the_frame_before(claims):
    # "reduced" is said of metformin, not sought by "to lower"
    found = _by_text(claims("Metformin was given to lower glucose and reduced weight in obese adolescents."))
    assert found["reduced weight in obese adolescents"].strength == "direct"
    # a plain coordination has no frame to pass on
    found = _by_text(claims("Statins lower cholesterol and prevent heart attacks in adults with diabetes."))
    assert found["prevent heart attacks in adults with diabetes"].strength == "direct"


def test_a_verb_with_a_tense_of_its_own_is_not_under_the_modal_before(claims):
    # "can help" governs the bare verb "prevent"; "slows" agrees with the subject on its own: stated, unhedged
    found = _by_text(claims("Drinking alkaline water can help prevent disease and slows the aging process."))
    assert found["Drinking alkaline water can help prevent disease"].hedged
    second = found["slows the aging process"]
    assert not second.hedged and second.strength == "direct" and second.modifiers == ()
    found = _by_text(claims("Garlic is believed to reduce cholesterol and lowers blood pressure in adults."))
    assert found["lowers blood pressure in adults"].strength == "direct"
    # a bare verb after "and" stays under the modal, and so does a finite verb under "suggest that", whose scope is
    # a clause with verbs of its own tense
    found = _by_text(claims("Magnesium may relax muscles and improve sleep in older adults."))
    assert found["improve sleep in older adults"].hedged
    found = _by_text(claims("Studies suggest that magnesium reduces cramps and improves sleep in older adults."))
    assert found["improves sleep in older adults"].hedged


def test_a_second_main_clause_after_comma_and_is_not_under_the_hedge_of_the_first(claims):
    # ", and" + a subject of its own: a second assertion, outside the modal or the 'that' complement before it
    found = _by_text(claims("Zinc may shorten colds in adults, and vitamin C reduces their severity."))
    assert not found["vitamin C reduces their severity"].hedged
    found = _by_text(claims("Creatine stores fall under stress. This implies that the pool needs to be replenished, "
                            "and supplementation is an effective way to do it."))
    assert found["supplementation is an effective way to do it"].strength == "direct"
    # a hedge opening the sentence frames both clauses; a bare verb closing a list stays under the modal
    found = _by_text(claims("In some patients, zinc shortens colds, and vitamin C reduces their severity."))
    assert found["vitamin C reduces their severity"].hedged
    found = _by_text(claims("Magnesium may relax muscles, ease cramps, and improve sleep in older adults."))
    assert all(c.hedged for c in found.values())


def test_a_subordinate_clause_stops_the_recommendation(claims):
    # "because patients gain" has a subject of its own: preventing infections is reported, not recommended
    found = _by_text(claims("Nutritional support should be given before surgery because patients gain weight "
                            "and prevent infections after cancer surgery."))
    assert found["prevent infections after cancer surgery"].strength == "direct"


def test_coordinated_verbs_are_marked_by_the_clause_cut():
    from pipeline.clauses import cut_clauses
    from pipeline.nlp import analyse_text

    def coordinated(text):
        analysis = analyse_text(text)
        return [(analysis.text_of(c.first, c.last), c.coordinated)
                for c in cut_clauses(analysis, 0, len(analysis.tokens))]

    assert coordinated("Asthma programs aim to cut hospital visits and successfully improve school attendance.")[-1] \
        == ("successfully improve school attendance", True)
    assert coordinated("Metformin lowers glucose in adults and reduces weight in adolescents.")[-1][1] is False


def test_a_second_term_of_a_relation_stays_correlational(claims):
    # the change word after "and" is a second term of "associated with" / "between", not a verb of its own
    found = _by_text(claims("Heavy drinking was associated with liver cirrhosis and reduced survival in men with "
                            "hepatitis."))
    assert found["reduced survival in men with hepatitis"].strength == "correlational"
    found = _by_text(claims("Trials found a relation between short sleep in children and increased body weight "
                            "in adolescents."))
    assert all(c.strength == "correlational" for c in found.values())
    found = _by_text(claims("A gene signature associated with immune function and favorable outcome in breast "
                            "cancer was described."))
    assert all(c.strength == "correlational" for c in found.values())


def test_a_change_verb_with_an_object_is_not_a_second_term(claims):
    # "increased the risk" has an object: a verb of its own, asserted
    found = _by_text(claims("Smoking was associated with lung cancer and increased the risk of stroke in adults."))
    assert found["increased the risk of stroke in adults"].strength == "direct"


def test_a_second_that_complement_is_under_the_frame_of_the_first(claims):
    # the report, recommendation or concern before the first "that" governs the ", and that …" after the cut too
    found = _by_text(claims("Previous studies found that coffee reduces the risk of liver cancer, and that it lowers "
                            "blood pressure."))
    assert found["that it lowers blood pressure"].strength == "none"
    found = _by_text(claims("It is well known that statins lower cholesterol, and that aspirin prevents heart "
                            "attacks."))
    assert found["that aspirin prevents heart attacks"].strength == "none"
    found = _by_text(claims("Concerns that the vaccine causes autism, and that it weakens immunity, have been "
                            "disproved."))
    assert all(c.strength == "none" for c in found.values())


def test_a_second_that_complement_takes_the_hedge_of_the_frame(claims):
    # the hedge's scope ends inside the long first complement: the second one takes it through the frame
    found = _by_text(claims("Some researchers suggest that long courses of vitamin D and its many effects on the "
                            "bones of older adults matter, and that zinc lowers blood pressure."))
    second = found["that zinc lowers blood pressure"]
    assert second.hedged and second.strength == "conditional"


def test_a_hedge_or_negation_inside_the_first_complement_stops_at_the_second(claims):
    # "may" and "does not" are said inside the first complement; ", and that" starts the second (context.yml)
    found = _by_text(claims("Studies show that coffee may reduce the risk of liver cancer, and that it lowers blood "
                            "pressure."))
    second = found["that it lowers blood pressure"]
    assert not second.hedged and second.strength == "direct"
    second = _by_text(claims("Trials found that zinc does not shorten colds, and that it lowers blood pressure."))[
        "that it lowers blood pressure"]
    assert not second.negated and second.modifiers == ()


def test_a_frame_inside_the_first_complement_does_not_reach_the_second(claims):
    # "should" is said inside the first complement, not of the second
    found = _by_text(claims("Studies found that patients should walk daily, and that exercise lowers blood "
                            "pressure."))
    assert found["that exercise lowers blood pressure"].strength == "direct"
    # no earlier "that": nothing to share
    found = claims("Statins lower cholesterol in adults, and that protects the heart.")
    assert [c.strength for c in found] == ["direct", "direct"]


def test_a_reference_list_makes_no_claims_and_raises_no_flags():
    from pipeline.claims import extract_claims
    from pipeline.ingest import build_source
    from pipeline.nlp import analyse
    from pipeline.rules.engine import find_flags
    from pipeline.rules.loader import load_rules

    text = ("# Vitamin D\n\nVitamin D supplements reduce respiratory infections in people who are deficient [1].\n\n"
            "## References\n\n1. Smith J, Jones K. A breakthrough: vitamin D supplementation prevents colds. BMJ. 2017;356:i6583.\n\n"
            "## Safety\n\nHigh doses cause hypercalcemia.\n")
    analysis = analyse(build_source("article.md", text, "md"))
    claims = [c.text for c in extract_claims(analysis)]
    assert any(c.startswith("Vitamin D supplements reduce") for c in claims)
    assert not any("colds" in c for c in claims)  # the cited title is no claim of the article
    assert "High doses cause hypercalcemia" in claims  # the next section makes claims again
    assert not [f for f in find_flags(analysis, [], load_rules()) if f.code == "HYP001"]  # nor is its wording


def test_a_notes_section_that_makes_claims_keeps_them():
    from pipeline.claims import extract_claims
    from pipeline.ingest import build_source
    from pipeline.nlp import analyse
    from pipeline.rules.engine import find_flags
    from pipeline.rules.loader import load_rules

    text = ("# GlucoFix\n\n## Notes\n\nGlucoFix cures type 2 diabetes in two weeks and is completely safe for "
            "everyone.\n\nSmith J, et al. Diabetes remission trial. Lancet 2019;394:1519-29.\n")
    analysis = analyse(build_source("article.md", text, "md"))
    claims = [c.text for c in extract_claims(analysis)]
    assert any("cures type 2 diabetes" in c for c in claims)  # a section named like a reference list, not one
    assert not any("remission trial" in c for c in claims)  # the citation in it is still no claim
    assert {"CUR001", "SAF001"} <= {f.code for f in find_flags(analysis, [], load_rules())}


def test_please_note_frames_a_statement_rather_than_a_request():
    from pipeline.claims import extract_claims
    from pipeline.nlp import analyse_text

    claims = [c.text for c in extract_claims(analyse_text(
        "Please note that GlucoFix reverses type 2 diabetes in every patient."))]
    assert claims and "reverses type 2 diabetes" in claims[0]
    assert not extract_claims(analyse_text("Please stop spreading rumours about the vaccine."))


def test_a_bare_effect_verb_after_a_plural_subject_makes_a_claim_with_its_subject(claims):
    found = claims("Statins lower LDL cholesterol by 30%.")
    assert [(c.text, c.subject, c.strength) for c in found] == [
        ("Statins lower LDL cholesterol by 30%", "Statins", "direct")]
    found = claims("Omega-3 fats also lower triglycerides in adults.")
    assert found and found[0].subject == "Omega-3 fats" and found[0].strength == "direct"


def test_a_comparative_after_a_plural_noun_is_no_effect_verb():
    from pipeline.clauses import effect_verbs
    from pipeline.nlp import analyse_text

    for text in ("Blood levels lower than 20 ng/mL signal deficiency.", "Exercise eases lower back pain.",
                 "Doses lower in older adults are safer.", "People with lower incomes have more diabetes."):
        analysis = analyse_text(text)
        assert effect_verbs(analysis, 0, len(analysis.tokens)) == [], text


def test_a_headline_is_a_claim_whose_subject_ends_at_its_plural_verb():
    from pipeline.claims import extract_claims
    from pipeline.ingest import build_source
    from pipeline.nlp import analyse

    raw = ("Coffee drinkers live longer, study finds\n\n"
           "People who drink coffee had a lower risk of death in a study of 170,000 adults.\n")
    found = extract_claims(analyse(build_source("news.txt", raw, "txt")))
    assert found[0].text == "Coffee drinkers live longer, study finds" and found[0].subject == "Coffee drinkers"


def test_a_possessive_s_is_no_verb(claims):
    assert claims("Your doctor's advice about diabetes.") == []  # a noun phrase asserts nothing
    found = claims("The patient's blood pressure fell sharply after treatment.")
    assert found and found[0].subject == "The patient's blood pressure"
    found = claims("It's a chronic disease that affects the lungs.")  # after a pronoun it is "is"
    assert found and found[0].text.startswith("It's a chronic disease")


def _concepts_in(text: str) -> dict[str, str]:
    from pipeline.nlp import analyse_text

    analysis = analyse_text(text)
    return {analysis.text_of(m.first, m.last).lower(): m.label for m in analysis.of_kind("concept")}


def test_processes_of_a_disease_shape_are_no_condition():
    found = _concepts_in("Apoptosis and mitosis go wrong in fibrosis; osmosis, hypnosis and a poor prognosis.")
    assert found.get("fibrosis") == "condition"  # a disease of the shape stays one
    assert not {"apoptosis", "mitosis", "osmosis", "prognosis"} & set(found)
    assert found.get("hypnosis") == "complementary therapy"


def test_stress_is_a_state_oxidative_stress_a_mechanism_and_neither_a_lifestyle_measure():
    assert _concepts_in("Chronic stress raises blood pressure.").get("chronic stress") == "stress"
    assert _concepts_in("Oxidative stress damages cells.").get("oxidative stress") == "oxidative stress"
    assert _concepts_in("Meditation lowers stress.") == {"meditation": "lifestyle", "stress": "stress"}


@pytest.mark.parametrize("text, subject", [
    # -- the subject ends at the main verb
    ("Olive oil contains antioxidants that can cross the blood-brain barrier.", "Olive oil"),  # an -s verb, no cue
    ("A blood test measures your uric acid level.", "A blood test"),  # … whose noun is a verb with an object
    ("The most common side effects were dizziness and low blood pressure.", "The most common side effects"),
    ("Taken every day, allopurinol prevents gout attacks.", "allopurinol"),  # an opening participle phrase
    ("As understanding of gout deepens, new drugs are emerging for patients.", "new drugs"),  # a subordinate verb
    ("Urate-lowering drugs such as allopurinol and febuxostat lower uric acid levels.",
     "Urate-lowering drugs such as allopurinol and febuxostat"),  # a joined subject before a bare effect verb
    ("Eating more olive oil linked to lower risk of dementia, study suggests.", "olive oil"),  # what is eaten
    # -- the subject of a patient page sentence
    ("Common triggers include colds, pollen and cigarette smoke in asthma.", "Common triggers"),  # a cue noun
    ("An asthma attack is when symptoms get much worse quickly.", "An asthma attack"),
    ("Reliever inhalers (usually blue) open the airways and ease asthma symptoms.", "Reliever inhalers (usually blue)"),
    ("There is no cure for asthma, but treatment can control the symptoms.", "no cure for asthma"),  # existential
    # -- important to note that is about what is noted
    ("It is important to note that colloidal silver can turn the skin blue.", "colloidal silver"),
    ("It is worth noting that high doses of turmeric may cause stomach upset.", "high doses of turmeric"),
    ("Despite its benefits, it is important to note that there is no cure for lupus.", "no cure for lupus"),
    ("It is well known that there are many risks of smoking.", "many risks of smoking"),
    # -- a negated quantifier stays in the subject
    ("Not all medical groups agree that men should be screened.", "Not all medical groups"),
    ("Not every patient needs a transplant.", "Not every patient"),
    # -- a plural that is also a verb form after a determiner or adjective
    ("Inflammatory processes consume NAD+ at accelerated rates.", "Inflammatory processes"),
    ("These hard seeds contain oils that soothe the gut.", "These hard seeds"),
    ("The companies sell oils and creams for the skin.", "The companies"),
    # (a subject of people or a company only gives the claim the treatment it names)
    ("The companies sell oils and creams that contain cannabidiol.", "cannabidiol"),
])
def test_the_subject_of_the_first_claim(claims, text, subject):
    found = claims(text)
    assert found and found[0].subject == subject


def test_a_demonstrative_with_a_noun_of_its_own_is_an_antecedent(claims):
    found = claims("These cells make antibodies that fight infections and diseases. "
                   "When they become abnormal, they form tumours in the bone.")
    assert found[-1].subject == "These cells"  # not the latest disease named ("diseases")


def test_a_list_item_that_opens_with_its_verb_is_a_claim():
    from pipeline.claims import extract_claims
    from pipeline.ingest import build_source
    from pipeline.nlp import analyse

    raw = "# GlucoFix\n\nWhat it does:\n\n- Balances blood sugar in 7 days\n- Reviews from 500 diabetics\n"
    texts = [c.text for c in extract_claims(analyse(build_source("ad.md", raw, "md")))]
    assert "Balances blood sugar in 7 days" in texts  # the product's name is left out, not its verb
    assert "Reviews from 500 diabetics" not in texts  # a noun before a preposition


def test_a_list_item_that_opens_with_its_verb_is_about_the_product_of_its_heading():
    from pipeline.claims import extract_claims
    from pipeline.ingest import build_source
    from pipeline.nlp import analyse

    # no medical word of its own: the item says it of the product the heading names
    raw = "# Acme Gut Capsules\n\n- Supports healthy digestion\n- Boosts energy naturally\n"
    found = extract_claims(analyse(build_source("shop.md", raw, "md")))
    assert [(c.text, c.subject) for c in found] == [("Supports healthy digestion", "Acme Gut Capsules"),
                                                    ("Boosts energy naturally", "Acme Gut Capsules")]


def test_a_list_item_that_opens_with_its_verb_asserts_an_effect_unless_it_describes():
    from pipeline.claims import extract_claims
    from pipeline.ingest import build_source
    from pipeline.nlp import analyse

    raw = ("# NeuroMax\n\n## Benefits\n\n- Rebuilds cartilage in as little as 30 days\n- Crushes sugar cravings\n"
           "- May ease joint stiffness\n- Contains 20 probiotic strains\n- Takes two minutes a day\n")
    found = extract_claims(analyse(build_source("shop.md", raw, "md")))
    assert [(c.text, c.strength) for c in found] == [
        ("Rebuilds cartilage in as little as 30 days", "direct"),  # verbs the cue lexicon does not list
        ("Crushes sugar cravings", "direct"),
        ("May ease joint stiffness", "conditional"),  # a hedge still hedges
        ("Contains 20 probiotic strains", "none"),  # what it holds or takes to use describes it
        ("Takes two minutes a day", "none"),
    ]


def test_a_clause_carrying_on_a_non_claim_takes_its_subject(claims):
    found = claims("Insulin is sold in pens. The researchers note this and cannot prove that coffee causes diabetes.")
    # the clause carries on 'The researchers' (not 'Insulin'), a subject of people only, so the claim is about the
    # treatment it names
    assert found[-1].text.startswith("cannot prove") and found[-1].subject == "coffee"


def test_a_supplement_named_by_its_ingredient_is_something_to_claim_about(claims):
    found = claims("Berberine activates AMPK, the body's metabolic master switch.")
    assert found and found[0].subject == "Berberine"
    assert _concepts_in("Fish oil and turmeric extract calm joints.").get("fish oil") == "supplement"


def test_an_instruction_or_a_page_date_is_no_claim(claims):
    assert claims("Lose weight if you need to, and avoid salty foods to lower blood pressure.") == []
    assert claims("Last reviewed: January 2025") == []
    found = claims("Exercise lowers blood pressure by 5 mmHg.")  # a noun that is also a verb opens a statement
    assert found and found[0].subject == "Exercise"


def test_sentence_strength_reads_a_bare_effect_verb():
    """The benchmark path rates a sentence the claim stage may not keep: a bare effect verb after a plural subject
    ("Statins lower LDL") is a causal verb there too; a comparative ("Levels lower than 20") is not."""
    from pipeline.claims import segment_strength
    from pipeline.nlp import analyse_text

    def strength(text):
        analysis = analyse_text(text)
        return segment_strength(analysis, 0, len(analysis.tokens))

    assert strength("Fibrates lower blood triglycerides.") == "direct"
    assert strength("Omega-3 fats also lower triglycerides.") == "direct"
    assert strength("Levels lower than 20 were seen.") != "direct"


def test_an_adjective_that_is_also_a_verb_opens_a_statement_when_the_subjects_verb_follows(claims):
    """'Warm', 'Slow', 'Complete' open a subject whose verb comes a few words later: a claim, not an instruction
    ('Eat more fibre', 'Lose weight if you need to' stay instructions)."""
    for text in ("Warm compresses ease the pain of a stye.", "Slow breathing lowers blood pressure in adults.",
                 "Complete remission occurs in 40% of patients with myeloma."):
        assert texts(claims(text)) == [text.rstrip(".")], text
    for text in ("Eat more fibre to lower cholesterol.", "Lose weight if you need to.", "Avoid salty snacks."):
        assert claims(text) == [], text


def test_citation_markers_close_their_sentence_and_stay_out_of_the_claim(claims):
    """An encyclopaedia's numbered citation markers glued to a full stop ("… dose.[1][4] Most …") end the sentence
    as the full stop does; they are not part of the claim's words, nor the subject of a clause after a
    semicolon."""
    found = claims("The flu vaccine lowers the risk of flu by about half.[1][4] Most adults have no side "
                   "effects;[2] those who do have a mild fever for a day.[3] Immunity wanes after a year.[5]")
    assert texts(found) == ["The flu vaccine lowers the risk of flu by about half",
                            "Most adults have no side effects",
                            "those who do have a mild fever for a day",
                            "Immunity wanes after a year"]
    assert found[2].subject != "2] those"


def test_superscript_citation_numbers_that_lost_their_formatting_close_their_sentence(claims):
    """Copied text keeps a superscript citation as a plain number glued to the full stop ("… management.1
    Psoriasis …"): it ends the sentence, and stays out of the claim; a decimal and "No.1" stay whole."""
    found = claims("Psoriasis is a chronic inflammatory disease.1,2 Biologics clear the skin in most patients.3-5 "
                   "Methotrexate lowers the risk of flares.6 The supplement is the No.1 choice of athletes. "
                   "Itching improved by 2.5 points.")
    assert texts(found) == ["Psoriasis is a chronic inflammatory disease",
                            "Biologics clear the skin in most patients",
                            "Methotrexate lowers the risk of flares",
                            "The supplement is the No.1 choice of athletes",
                            "Itching improved by 2.5 points"]


def test_a_speakers_attribution_after_a_quotation_is_not_part_of_the_claim(claims):
    """'…,” said Dr. X, director of …' and '…," she said' name who says it: the claim is the quotation."""
    found = claims("“The new inhaler cut asthma attacks by a third in our patients,” said Dr. Jane Roe, head of "
                   "respiratory medicine at Northfield General Hospital.")
    assert texts(found) == ["“The new inhaler cut asthma attacks by a third in our patients"]
    found = claims('"Most people with asthma can control their symptoms with a daily inhaler," she said.')
    assert texts(found) == ['"Most people with asthma can control their symptoms with a daily inhaler']
    # a quotation that goes on after a comma is not an attribution: "the" is no speaker
    found = claims('"Asthma is common," the report notes that inhalers help most children.')
    assert any("inhalers help most children" in t for t in texts(found))


def test_an_uncommon_word_the_article_keeps_naming_is_its_topic(claims):
    """A clause about a term the concept lexicon does not know is a claim when the article names the term in three
    sentences or more, even if neither its title nor its lead sentence does ("perimenopause" under "Midlife
    Changes"); named in two sentences, it is no topic."""
    lead = "Midlife Changes\n\nWomen notice many changes in midlife. "
    page = lead + ("Perimenopause typically begins in your forties. Cycles during perimenopause become irregular. "
                   "Perimenopause ends twelve months after the last period.\n")
    assert "Perimenopause typically begins in your forties" in texts(claims(page))
    twice = lead + "\n\nPerimenopause typically begins in your forties. Perimenopause ends after the last period.\n"
    assert "Perimenopause typically begins in your forties" not in texts(claims(twice))


def test_subject_after_an_adverb_and_participle_opening_and_after_an_ordinal(claims):
    """'Medically supervised, X is …': an opening participle phrase led by an adverb says how, and the subject is
    X; 'The second surprise is …': an ordinal ("second", lemma "2") is no plural subject, so "surprise" is no
    verb."""
    found = claims("Medically supervised, hormone therapy is a safe treatment for hot flushes.")
    assert found[0].subject == "hormone therapy"
    found = claims("The second surprise is a lower blood pressure within two weeks.")
    assert found[0].subject == "The second surprise"


def test_strength_ignores_named_wording_and_only_before_a_quantity(claims, flags):
    """Wording held at a distance ('market their pills as a "cure"', the article between changes nothing) is
    named, not used: it makes no claim absolute and raises no cure flag. "Only" before a quantity ("cover only a
    four-week follow-up in 24 adults") restricts the quantity; before a noun it is absolute."""
    text = 'Some clinics market their pills as a "cure" for asthma.'
    assert claims(text)[0].strength != "absolute"
    assert not [f for f in flags(text) if f.code.startswith("CUR")]
    assert claims("The asthma study covers only a four-week follow-up in 24 adults.")[0].strength != "absolute"
    assert claims("The new asthma drug targets only the airways.")[0].strength == "absolute"


def test_what_someone_was_told_is_reported_not_claimed(claims, flags):
    """'… after being told they were cured' reports what a clinic said: no cure flag, no absolute strength."""
    text = "Some families say their loved ones died shortly after being told they were cured of cancer."
    assert not [f for f in flags(text) if f.code.startswith("CUR")]
    assert claims(text)[0].strength != "absolute"
    assert [f for f in flags("Our clinic has cured hundreds of cancer patients.") if f.code.startswith("CUR")]


def test_a_line_leading_into_a_list_is_no_claim(claims):
    """'These symptoms include:' and '… for people who:' stop mid-phrase before the list they introduce: no claim;
    a sentence that goes on after its colon, or ends in a colon after a complete phrase, is read as usual."""
    found = claims("Asthma narrows the airways. These asthma symptoms include:\n\n- wheezing\n")
    assert texts(found) == ["Asthma narrows the airways", "wheezing"]  # (a symptom the lead names is a claim)
    found = claims("Asthma is common in children. Inhalers can help people with asthma who:\n\n"
                   "- Experience mild symptoms of asthma at night\n")
    assert "Inhalers can help people with asthma who" not in texts(found)
    assert found[-1].subject == "Inhalers"  # the item goes on with the lead's subject
    assert texts(claims("Asthma causes the following symptoms: wheezing and coughing.")) == [
        "Asthma causes the following symptoms: wheezing and coughing"]


def test_a_clause_under_a_label_takes_the_label_not_an_earlier_subject(claims):
    """'Accessibility: Available anytime, making it easier to seek help': the participle goes on from the label,
    not from the subject of the paragraph before the list."""
    page = ("Asthma apps help many patients manage asthma.\n\n"
            "- Reminders: Sent every morning, helping people with asthma take their inhaler.\n")
    found = claims(page)
    assert found[-1].text.startswith("helping people with asthma")
    assert found[-1].subject == "Reminders"


def test_an_effect_studied_and_a_building_block_assert_no_effect(claims):
    """'To test the inhaler's efficacy, researchers enrolled …' names the question, not a finding; 'the building
    blocks of' is a noun, not the verb 'blocks'."""
    assert claims("To test the inhaler's efficacy, researchers enrolled 200 adults with asthma.")[0].strength == "none"
    found = claims("Protein is one of the building blocks of healthy muscle in adults with diabetes.")
    assert found and found[0].strength == "none"
    assert claims("The new drug blocks the receptor in adults with diabetes.")[0].strength == "direct"


def test_a_report_frame_opening_the_sentence_is_not_the_subject(claims):
    """'He said the new analysis suggests …', 'The nurse said the vaccine is …': the subject is what is said of."""
    found = claims("He said the new analysis suggests the asthma drug lowers the risk of attacks.")
    assert found[0].subject == "the new analysis"
    assert claims("The nurse said that the flu vaccine is safe for children.")[0].subject == "the flu vaccine"


@pytest.mark.parametrize("text, subject", [
    # a speaker and a verb the verb finder takes for the clause's first predicate ("websites say", "seller says")
    ("Some health websites say colloidal silver kills every germ and has no side effects.", "colloidal silver"),
    ("However, some bloggers claim that garlic cures colds and has no risks.", "garlic"),
    ("Many people insist raw milk prevents allergies and boosts immunity.", "raw milk"),
    # ... after "that", a verb of what is said that the cue lexicon does not know
    ("Proponents argue that the detox removes toxins and has no side effects.", "the detox"),
    # the frames read so before: a source, a named speaker, an opening phrase, a raised subject
    ("According to the website, colloidal silver kills germs and has no side effects.", "colloidal silver"),
    ("Colloidal silver is said to kill every germ and has no side effects.", "Colloidal silver"),
])
def test_what_a_speaker_says_and_the_verbs_coordinated_after_it_have_the_subject_of_what_is_said(claims, text,
                                                                                                 subject):
    """"X say(s) A does B and has C": A is the subject of "does B" and of "has C", not the speaker X, who only says
    it (lexicons/subjects.yml `reporting_verbs`)."""
    found = claims(text)
    assert len(found) == 2 and [c.subject for c in found] == [subject, subject]


def test_what_is_said_keeps_its_subject_when_its_first_clause_is_no_claim(claims):
    # (asked once, not again for each case of the test above)
    assert claims("The seller says that the cream is safe and has no side effects.")[-1].subject == "the cream"


@pytest.mark.parametrize("text, subject", [
    ("The company claims to cure cancer.", "The company"),  # its own claim, in an infinitive
    # an object, not a clause: a noun that looks like a verb ("benefits") is no verb of what is said
    ("Many websites claim huge benefits for colloidal silver in cancer.", "Many websites"),
    ("Sellers claim the benefits of colloidal silver for cancer.", "Sellers"),
    # whom a speaker tells, then what to do or no "that"; a verb in a relative clause of the object
    ("The letters tell the companies to notify the FTC within 15 days of the actions they have taken.", "The letters"),
    ("Our customers tell us they lose up to 5 pounds in the first week.", "Our customers"),
    ("Poison control centers reported a sharp rise in calls about people who took large doses of ivermectin.",
     "Poison control centers"),
])
def test_a_speaker_who_says_no_clause_of_its_own_stays_the_subject(claims, text, subject):
    found = claims(text)
    assert found and found[0].subject == subject


def test_a_labelled_item_that_opens_with_a_verb_takes_the_label_as_subject(claims):
    """'- Magnesium: Supports muscle function …': the item says it of its label, whose name it leaves out."""
    found = claims("Common ingredients in asthma supplements:\n\n- Magnesium: Plays a role in blood pressure control in asthma.\n")
    assert found[-1].text == "Plays a role in blood pressure control in asthma"
    assert found[-1].subject == "Magnesium"


def test_a_dateline_of_a_date_alone_is_no_subject(claims):
    """'Nov. 13 -- Nearly one-third of …': a news dateline may be a date alone, like 'BOSTON, March 4 --'."""
    found = claims("Nov. 13 -- Nearly one-third of asthma attacks can be avoided with a daily inhaler.")
    assert texts(found) == ["Nearly one-third of asthma attacks can be avoided with a daily inhaler"]


def test_a_labelled_item_that_describes_its_label_is_a_claim(claims):
    """'- Calcium: Important for bone health in adults with asthma': '<label> is …' with the verb left out; an
    item of nouns under a label ('- Form: Tablet or capsule for adults with asthma') is no claim."""
    found = claims("Supplements:\n\n- Calcium: Important for bone health in adults with asthma.\n")
    assert texts(found) == ["Important for bone health in adults with asthma"]
    assert found[0].subject == "Calcium"
    assert claims("Use:\n\n- Form: Tablet or capsule for adults with asthma.\n") == []


def test_a_rules_own_condition_patterns_do_not_hide_the_articles_topic_words():
    """A rule's `unless`/`requires` patterns are matched as cues for that rule alone ("AUT001:unless"): they must
    not take words out of the article's topic the way the claim stage's own cues do."""
    from dataclasses import replace

    from pipeline.claims import find_topic_words
    from pipeline.nlp import Mention, analyse_text

    text = ("A common skin problem\n\nScabies mites burrow into the skin. The mites spread by close contact. "
            "Mites die within days off the body.")
    analysis = analyse_text(text)
    lead = next(s for s in analysis.segments if s.kind == "sentence")
    covering = Mention(lead.first, lead.last, analysis.tokens[lead.first].start,
                       analysis.tokens[lead.last - 1].end, "cue", "XYZ001:unless")
    masked = replace(analysis, mentions=tuple(sorted((*analysis.mentions, covering), key=lambda m: m[:2])))
    assert find_topic_words(analysis)
    assert find_topic_words(masked) == find_topic_words(analysis)


def test_an_image_caption_is_no_claim():
    """A caption describes a picture: the text after a caption label, or a short paragraph carrying a picture
    credit (lexicons/sections.yml). The same sentence as a paragraph of the article is a claim."""
    from pipeline.claims import extract_claims
    from pipeline.ingest import build_source
    from pipeline.nlp import analyse

    def found(text: str) -> list[str]:
        return [c.text for c in extract_claims(analyse(build_source("page.txt", text, "txt")))]

    sentence = "A nurse gives a flu vaccine to an older patient."
    assert found(sentence) == ["A nurse gives a flu vaccine to an older patient"]
    assert found("Image: " + sentence) == []
    assert found("VIDEO: " + sentence) == ["A nurse gives a flu vaccine to an older patient"]  # a news headline label
    assert found(sentence + " Photo by Sam Reed/Getty Images") == []
    assert found("Flu jabs cut hospital stays in older adults.\n\n" + sentence + " (Photo: Shutterstock)") == [
        "Flu jabs cut hospital stays in older adults"]
    # a bare "No." answering a question is no claim either, and neither is the question it answers
    assert found("Can a flu vaccine give you the flu? No.") == []


def test_the_small_print_at_a_pages_foot_is_no_claim():
    """A paragraph set in italics or small type from end to end at the page's foot, with only headings and lines set
    off whole after it, is the page's small print: its terms (what the product is in law, who it is not for, who
    wrote the page), not its case. The same sentence in the body, in an italic paragraph within the page or in a
    plain foot is a claim; so is a bold closing line. The markup alone does not make small print: a sentence there
    that states an effect, a cure or a safety is a claim set in italics, unless it says what small print says ("Not
    intended to cure any disease", "Results may vary")."""
    from pipeline.claims import extract_claims
    from pipeline.ingest import build_source
    from pipeline.nlp import analyse

    def found(text: str, kind: str = "md") -> list[str]:
        return [c.text for c in extract_claims(analyse(build_source(f"page.{kind}", text, kind)))]

    body = "# Zinc lozenges\n\nZinc lozenges shorten colds by two days.\n\n"
    sentence = "Vitamin C lowers the risk of colds in marathon runners."
    claim = "Vitamin C lowers the risk of colds in marathon runners"
    # three wordings of small print: the product's legal class, who made the page, what the shop offers
    for small in ("Nutrixa is a food supplement. Not for use in pregnancy.",
                  "This leaflet was written by the respiratory nurses and reviewed by patients.",
                  "Our pharmacists can offer a free consultation, no appointment needed."):
        assert found(f"{body}*{small}*\n") == ["Zinc lozenges shorten colds by two days"], small
    terms = "Nutrixa is a food supplement."
    assert found(f"{body}*{terms}*\n") == ["Zinc lozenges shorten colds by two days"]
    assert found(f"{body}_{terms}_\n\n**[Buy now](/cart)**\n") == ["Zinc lozenges shorten colds by two days"]
    # an effect, a cure or a safety set in italics at the foot is a claim all the same ...
    assert claim in found(f"{body}*{sentence}*\n")
    assert claim in found(f"{body}_{sentence}_\n\n**[Buy now](/cart)**\n")
    assert found(f"{body}*Nutrixa cures anxiety in 7 days and has no side effects.*\n")[1:] == [
        "Nutrixa cures anxiety in 7 days", "has no side effects"]
    assert "The drug reduced deaths from heart attack by 50% in the trial" in found(
        f"{body}_The drug reduced deaths from heart attack by 50% in the trial._\n")
    # ... unless it says what small print says
    assert found(f"{body}*Not suitable for people taking blood thinners, as it may cause bleeding.*\n") == [
        "Zinc lozenges shorten colds by two days"]
    assert found(f"{body}*Nutrixa is not intended to diagnose, treat, cure or prevent any disease. Results may "
                 "vary.*\n") == ["Zinc lozenges shorten colds by two days"]
    # not small print: the sentence in plain type, in italics with the body after it, or in bold
    assert claim in found(f"{body}{sentence}\n")
    assert claim in found(f"{body}*{sentence}*\n\nZinc is found in meat and shellfish.\n")
    assert claim in found(f"{body}**{sentence}**\n")
    assert claim in found(f"{body}*Vitamin C* lowers the risk of colds in *marathon runners*.\n")
    html = "<h1>Zinc lozenges</h1><p>Zinc lozenges shorten colds by two days.</p>"
    assert found(f"{html}<p><small>{terms}</small></p>", "html") == ["Zinc lozenges shorten colds by two days"]
    assert found(f"{html}<p><em>{terms}</em></p><p><strong>Buy now</strong></p>", "html") == [
        "Zinc lozenges shorten colds by two days"]
    assert claim in found(f"{html}<p><small>{sentence}</small></p>", "html")
    assert claim in found(f"{html}<p><em>{sentence}</em></p><p>Zinc is found in meat and shellfish.</p>", "html")
    # a plain-text page has no type to set: its last line is a claim
    assert claim in found(f"Zinc lozenges shorten colds by two days.\n\n{sentence}\n", "txt")


def test_a_testimonials_backstory_is_no_claim_but_its_outcome_is():
    """A first-person clause telling how things were before (the complaint's history, a habit of the past, all that
    was tried in vain) states no effect: no claim. The outcome told after it is one; so is a clause that denies or
    frees ("I have not had a migraine for two years", "pain-free for three years") and a past without those marks."""
    from pipeline.claims import extract_claims
    from pipeline.ingest import build_source
    from pipeline.nlp import analyse

    def found(story: str) -> list[str]:
        page = f'# ZenSleep spray\n\n★★★★★ "{story} ZenSleep cured my insomnia in a week." — Ben, 52\n'
        return [c.text for c in extract_claims(analyse(build_source("page.md", page, "md")))]

    outcome = ["ZenSleep cured my insomnia in a week"]
    # three wordings of the before: a span of years, a habit of the past, everything tried
    assert found("I have had insomnia for twelve years.") == outcome
    assert found("I have had insomnia since my twenties.") == outcome
    assert found("I used to wake up four times a night.") == outcome
    assert found("I had tried every sleeping pill going.") == outcome
    # not the before: denied or freed, adapting ("get used to"), or a past with no mark of one
    assert len(found("I have not had a migraine for two years.")) == 2
    assert len(found("I have been pain-free for three years.")) == 2
    assert len(found("It took a few nights to get used to the smell, but my migraines stopped.")) >= 2
    assert len(found("I suffered from insomnia.")) == 2
    assert len(found("Since I started ZenSleep my migraines have gone.")) == 2
    # a clause that also tells the result, or whose mark is an opinion once held, is no backstory: the mark belongs
    # to the teller's own predicate only up to a coordinator that opens another subject
    for told in ("I've tried every diet going, but Slimra melted 10 kg off in a month.",
                 "I used to think supplements were a scam, but Calma cured my insomnia in a week.",
                 "For years I suffered, and Calma reversed my diabetes for good.",
                 "I tried everything and only Calma cured my eczema.",
                 "I've been taking Calma for 3 years and it keeps my blood pressure normal."):
        assert any(told.rstrip(".") in claim for claim in found(told)), told
    # ... while the teller's past alone, and its nearest wordings, stay no claim
    for told in ("I've had tinnitus for 15 years.", "I used to get headaches every afternoon.",
                 "I'd tried every diet going.", "I've tried every diet going, and I failed every time.",
                 "For 22 years I worked as a vision coach."):
        assert found(told) == outcome, told


def test_an_html_caption_makes_no_claim_but_its_wording_is_still_flagged():
    """A <figcaption> describes the picture above it: no claim of the article (the same sentence in a paragraph is
    one). Overstated wording in it is still flagged: a reader takes the page, captions included, as one message."""
    from pipeline.claims import extract_claims
    from pipeline.ingest import build_source
    from pipeline.nlp import analyse
    from pipeline.rules.engine import find_flags
    from pipeline.rules.loader import load_rules

    def audit(html: str) -> tuple[list[str], list[str]]:
        analysis = analyse(build_source("page.html", f"<main>{html}</main>", "html"))
        found = extract_claims(analysis)
        return [c.text for c in found], [f.code for f in find_flags(analysis, found, load_rules())]

    sentence = "Our turmeric capsules cure arthritis in older adults."
    claims, flags = audit(f"<p>{sentence}</p>")
    assert claims == ["Our turmeric capsules cure arthritis in older adults"] and "CUR001" in flags
    claims, flags = audit(f"<figure><img src='c.jpg'><figcaption>{sentence}</figcaption></figure>")
    assert claims == [] and "CUR001" in flags
    claims, _ = audit("<table><caption>Flu jabs cut hospital stays in older adults.</caption>"
                      "<tr><td>Stays</td></tr></table><p>Flu jabs cut hospital stays in older adults.</p>")
    assert claims == ["Flu jabs cut hospital stays in older adults"]


def test_a_company_abbreviation_closing_a_sentence_ends_the_claim(claims):
    """"Ltd." closes the first sentence: the claim is the second one, not both run together."""
    assert texts(claims("The cream is sold by Dermaco Ltd. It clears eczema in a week.")) == [
        "It clears eczema in a week"]


def test_a_name_the_writer_gives_is_no_claim(claims):
    """"which we commonly know as hemp", "We call this …": a name given for the reader (cues.yml `naming`); a
    name others give, "we know that …" and "we call on / for …" are still claims."""
    found = texts(claims("Cannabidiol is derived from a cannabis plant, which we commonly know as hemp. We call this "
                         "balance the innate intelligence of the body. We refer to this condition as long COVID."))
    assert found == ["Cannabidiol is derived from a cannabis plant"]
    assert texts(claims("Many people call turmeric a cure for arthritis.")) == [
        "Many people call turmeric a cure for arthritis"]
    assert texts(claims("We know that smoking causes lung cancer.")) == ["We know that smoking causes lung cancer"]
    assert texts(claims("We call for more trials of vitamin D in asthma.")) == [
        "We call for more trials of vitamin D in asthma"]


def test_a_plural_subject_and_a_base_verb_after_comma_and_open_a_clause(claims):
    assert texts(claims("Gout cannot be cured, and nearly all patients eventually have flares.")) == \
        ["Gout cannot be cured", "nearly all patients eventually have flares"]
    assert texts(claims("The drug lowers blood pressure, and patients report fewer headaches.")) == \
        ["The drug lowers blood pressure", "patients report fewer headaches"]
    # "almost all" is a proportion, not the absolute "all"
    assert [c.strength for c in claims("Almost all patients with gout respond to colchicine.")] != ["absolute"]


def test_a_predicate_word_before_of_is_a_noun_in_a_coordination(claims):
    # "benefits of" is a noun: "the risks and benefits of" is one object, not a second clause
    assert texts(claims("Before surgery, your surgeon will explain the risks and benefits of a knee replacement.")) == \
        ["Before surgery, your surgeon will explain the risks and benefits of a knee replacement"]
    # a verb that takes "of" still opens a clause
    assert texts(claims("The capsule lowers blood sugar and consists of cinnamon extract."))[0] == \
        "The capsule lowers blood sugar"


def test_a_verb_of_healing_or_protection_makes_a_health_claim_by_itself(claims):
    """"X protects against Y", "X heals Y" claim a health effect though the lexicon knows neither side and the page's
    topic words have not recurred yet (lexicons/topics.yml `effect_verbs`); a verb with everyday uses ("prevents")
    does not."""
    assert texts(claims("Winter tips\n\nNasal sprays protect against RSV.")) == ["Nasal sprays protect against RSV"]
    assert texts(claims("Winter tips\n\nThis balm heals cold sores overnight.")) \
        == ["This balm heals cold sores overnight"]
    assert texts(claims("Winter tips\n\nA good plan prevents confusion.")) == []


def test_an_opening_verb_with_the_reader_as_its_object_is_an_instruction(claims, flags):
    """"Support your immune system!", "Boost your energy naturally": a verb that is also a noun gives an
    instruction when "your" follows; a call to action asserts nothing to check (the gold scheme codes it as no
    claim), and its promise is still flagged. A noun opening a statement stays one ("Support groups help …")."""
    assert claims("Support your immune system!") == []
    assert claims("Boost your energy naturally with our tea.") == []
    assert "EFF005" in {f.code for f in flags("Boost your immune system naturally!")}
    assert texts(claims("Support groups help patients with cancer cope.")) == [
        "Support groups help patients with cancer cope"]
    assert texts(claims("Like your heart, your brain needs oxygen.")) == ["Like your heart, your brain needs oxygen"]


def test_a_reported_finding_is_a_claim_whatever_its_topic(claims):
    """"Trials found that zinc does not shorten colds": what research found is checked even when neither zinc nor
    colds is a concept or a topic word; a compound noun ("the study report") reports nothing."""
    assert texts(claims("Trials found that zinc does not shorten colds.")) == [
        "Trials found that zinc does not shorten colds"]
    assert texts(claims("Studies have consistently shown that garlic does nothing for colds.")) == [
        "Studies have consistently shown that garlic does nothing for colds"]
    # (a health-effect verb with a complaint as its object is a claim of its own: lexicons/topics.yml
    # body_effect_verbs; with no body word after it, no topic and no report make none)
    assert texts(claims("Zinc does not shorten colds.")) == ["Zinc does not shorten colds"]
    assert claims("Zinc does not shorten the queue.") == []
    assert claims("The study report was long.") == []


def test_a_name_of_letters_with_digits_or_a_plus_can_be_the_article_s_topic(claims):
    """An article about a peptide, a coenzyme or a gene ("BPC-157", "NAD+", "FOXO4") names it by no word of English:
    it is the article's topic all the same; a quantity that starts with a digit ("5-year") is none."""
    from pipeline.claims import find_topic_words
    from pipeline.nlp import analyse_text

    page = ("Peptide Guide\n\nBPC-157 is a peptide studied in rats. BPC-157 is not FDA-approved. Most of what is "
            "known about BPC-157 comes from animal models. BPC-157 is sold online.\n")
    assert "bpc-157" in find_topic_words(analyse_text(page))
    assert "BPC-157 is not FDA-approved" in texts(claims(page))
    page = ("Coenzyme Levels\n\nNAD+ levels fall with age. Cells use NAD+ to make energy. Without NAD+, cells "
            "fail.\n")
    assert "nad+" in find_topic_words(analyse_text(page))
    page = "Survival\n\nThe 5-year survival rate rose. The 5-year figure is an average. 5-year data are used.\n"
    assert "5-year" not in find_topic_words(analyse_text(page))


def test_an_assertion_after_a_lead_in_that_ends_in_a_colon_is_the_claim(claims):
    """'Here is what you need to know: X', 'Remember: X': the lead-in announces the assertion after the colon and
    is no instruction or meta-text that would drop it, nor a claim of its own ("One thing is for sure: X": "one" is
    no figure). A list after a colon has no verb of its own and stays with its lead ("Side effects include: …"),
    and so does a list of questions ("…: what it is, who can prescribe it")."""
    assert texts(claims("Here is what you need to know before going further: aspirin is not safe for children.")) \
        == ["aspirin is not safe for children"]
    assert texts(claims("Remember: aspirin lowers the risk of stroke.")) == ["aspirin lowers the risk of stroke"]
    assert texts(claims("One thing is for sure: statins reduce the risk of heart attacks.")) \
        == ["statins reduce the risk of heart attacks"]
    assert texts(claims("Side effects include: nausea, fatigue and hair loss.")) \
        == ["Side effects include: nausea, fatigue and hair loss"]
    assert texts(claims("Here is how to get semaglutide: what it is, who can prescribe it, what it costs.")) == []
    assert texts(claims("Remember: take your aspirin with food.")) == []


def test_subordinate_clause_keeps_its_own_subject(claims):
    # "Although X is …": the clause is about X, not about the subject of the sentence before
    found = claims("Metformin lowers blood sugar. Although type 2 diabetes is rarely reversible, it can be controlled.")
    assert [c.subject for c in found] == ["Metformin", "type 2 diabetes", "type 2 diabetes"]
    # a year after "since" is the preposition's object, not the subject
    found = claims("Statins lower cholesterol. Since 1990 the rate of heart attacks has fallen by 30%.")
    assert found[1].subject == "the rate of heart attacks"


def test_reader_and_writer_pronouns_are_not_resolved_to_a_treatment(claims):
    found = claims("Insulin therapy is used in diabetes. During the first weeks you may feel dizzy. "
                   "For most patients, you will need two injections a day.")
    assert [c.subject for c in found[1:]] == ["you", "you"]


def test_introductory_phrase_before_the_comma_is_not_the_subject(claims):
    found = claims("Statins lower cholesterol. Second, they reduce inflammation in arteries. Each year in Canada, "
                   "about 20,000 people have a stroke. According to a large survey, 40% of adults take vitamin D.")
    assert [c.subject for c in found] == ["Statins", "Statins", "about 20,000 people", "40% of adults"]


def test_a_reported_finding_is_about_its_own_subject(claims):
    # what the trials found is about the lozenges, and a pronoun after it refers to them, not to the trials
    found = claims("Trials have shown that zinc lozenges can shorten colds. Additionally, they may also shorten flu "
                   "symptoms.")
    assert [c.subject for c in found] == ["zinc lozenges", "zinc lozenges"]
    found = claims("Research shows that children who eat gluten show more symptoms of celiac disease.")
    assert found[0].subject == "children who eat gluten"


def test_phrasal_verb_of_change_is_a_predicate(claims):
    # "ramps up" is the verb of what the studies found: the finding is about inflammation
    found = claims("Studies show that inflammation ramps up in the joints at night.")
    assert [c.subject for c in found] == ["inflammation"]


def test_instructions_with_a_means_or_a_manner_are_not_claims(claims):
    # the verb of an instruction followed by how to do it, even when a verb of effect comes after "by"
    assert claims("Improve sleep quality by reducing screen time in the evening.") == []
    assert claims("Start slowly, listen to your body, and consult a doctor if you have diabetes.") == []
    # an adverb before a verb belongs to a statement
    assert texts(claims("Pain usually goes away after a week.")) == ["Pain usually goes away after a week"]
    # a gerund subject is no instruction: "Making sure …" opens a claim
    assert texts(claims("Making sure your child gets enough sleep can improve ADHD symptoms.")) == [
        "Making sure your child gets enough sleep can improve ADHD symptoms"]


def test_the_steps_of_a_study_are_not_claims(claims):
    assert claims("Participants with diabetes were randomly assigned to metformin or placebo. Blood pressure "
                  "was measured at each visit using an automated cuff.") == []
    # with a number the step is a statistic to check, and a treatment in the passive says what helps
    assert texts(claims("In total, 498 adults with diabetes were enrolled. Asthma is treated with inhaled steroids.")) \
        == ["In total, 498 adults with diabetes were enrolled", "Asthma is treated with inhaled steroids"]


def test_coordinated_predicates_keep_their_subject(claims):
    # two aims of one "help" are one claim that names its subject, as the gold codes "helps improve strength and
    # reduce fatigue"
    assert texts(claims("Fish oil capsules can help lower triglycerides and ease joint stiffness.")) == [
        "Fish oil capsules can help lower triglycerides and ease joint stiffness"]
    # a second verb with a tense of its own is a claim of its own, said of the same subject, even with no medical
    # word of its own
    found = claims("Red light therapy reduces acne scars and speeds up tissue repair.")
    assert [(c.text, c.subject) for c in found] == [("Red light therapy reduces acne scars", "Red light therapy"),
                                                    ("speeds up tissue repair", "Red light therapy")]


def test_a_question_heading_is_no_subject():
    from pipeline.claims import extract_claims
    from pipeline.ingest import build_source
    from pipeline.nlp import analyse

    raw = "# What does a statin do?\n\n- Lowers LDL cholesterol in most adults\n"
    found = extract_claims(analyse(build_source("faq.md", raw, "md")))
    assert [(c.text, c.subject) for c in found] == [("Lowers LDL cholesterol in most adults", "")]
    assert found[0].topic == "What does a statin do?"  # the claim still records where it sits


@pytest.mark.parametrize("text, category", [
    # -- category reads the phrase not a word of it
    # a change to the disease's course is an effect on it: the longest cue decides for the words it covers
    ("Regular exercise leads to better outcomes after heart surgery.", "efficacy"),
    ("The new regimen is improving survival in older patients.", "efficacy"),
    ("Myeloma usually comes back after treatment.", "prognosis"),
    # a harm named with a word between, a risk posed, an interaction with medicines
    ("Adverse drug reactions were rare in the trial.", "safety"),
    ("Taking a multivitamin is unlikely to pose any health risks.", "safety"),
    ("St John's wort can interact with prescription medicines.", "safety"),
    ("Chemotherapy raises the risk of serious infections.", "safety"),
    # a medicine withheld from a group by age, pregnancy or feeding, with a modal, "be" or an adverb between, or from
    # people named by a condition they have: its contraindications
    ("Promethazine must not be given to children under 2.", "safety"),
    ("Mebendazole is not usually recommended in pregnancy.", "safety"),
    ("Aspirin should never be given to children under 16.", "safety"),
    ("This cream should not be used on children younger than 10.", "safety"),
    ("DOACs are not suitable for patients with mechanical heart valves.", "safety"),
    ("It is not suitable if you have reduced kidney function.", "safety"),
    # ... not a use advised against for a disease, a use with no group, a use advised for a group, a group treated
    ("Aspirin is not recommended for stroke prevention in AF.", "other"),
    ("Paracetamol alone is not recommended.", "other"),
    ("Vitamin D is recommended in pregnancy.", "other"),
    ("The vaccine is given to babies at 8 weeks.", "other"),
    ("Melatonin is recommended for children with autism who cannot sleep.", "other"),
    # ... nor a disease between the verb and the group (whether the drug works for it), while one word of the group's
    # own still reads ("not recommended for young children")
    ("Antibiotics are not usually prescribed for coughs in children.", "other"),
    ("Antibiotics are not given for colds in children.", "other"),
    ("It is not recommended for young children.", "safety"),
    # ... and a medicine withheld up to a condition of the group's own eligibility is a prescribing rule only on a
    # page that promotes nothing (test_a_withholding_up_to_eligibility_is_a_rule_where_nothing_is_sold); a
    # professional's say-so as the condition keeps the warning on any page
    ("Decongestants should not be given to children under 12 unless a pharmacist recommends them.", "safety"),
    ("Codeine must never be given to children under 12 unless your GP says so.", "safety"),
    # a harm a treatment named before it is linked, associated or tied to: its safety
    ("HRT has been linked to breast cancer, blood clots and strokes.", "safety"),
    ("Ashwagandha has been linked to rare cases of liver injury.", "safety"),
    ("The drug is associated with weight gain.", "safety"),
    ("Long-term steroid use has been tied to bone thinning.", "safety"),
    ("Medicines in this class have also been linked to gallstones.", "safety"),
    # ... not a fall it is linked to (an effect), nor what a condition, an exposure or a share of cases is linked to
    ("Regular aspirin has been linked to a lower risk of bowel cancer.", "other"),
    ("Poor sleep is linked to heart disease, obesity, depression and dementia.", "other"),
    ("Most cases are linked to ultraviolet radiation from the sun.", "other"),
    ("Smoking in pregnancy has been linked to low birthweight in babies.", "other"),
    # ... nor a wanted outcome raised: a benefit (no harm; an effect where the gold scheme reads one)
    ("Metformin has been linked to longer life in people with diabetes.", "other"),
    ("Statins are associated with improved survival after a heart attack.", "efficacy"),
    # what a disease is, with words between; not a judgement of it
    ("Gout is a painful inflammatory joint disorder.", "definition"),
    # ... how common it is said inside the phrase that names its kind, longer phrases with hyphens and "and", what a
    # disease looks like, a product named by its kind
    ("Ringworm is a common fungal infection of the skin.", "definition"),
    ("Psoriasis is a common long-term skin condition.", "definition"),
    ("Celiac disease is a chronic digestive and immune disorder.", "definition"),
    ("Verrucas are small hard growths on the soles of the feet.", "definition"),
    ("The DreamRest Pro is an adjustable memory-foam pillow for neck pain.", "definition"),
    # ... not a judgement of it, nor the most common of its kind (a statistic)
    ("The DreamRest Pro is a revolutionary pillow for neck pain.", "other"),
    ("Statins are an effective treatment for high cholesterol.", "efficacy"),
    ("Lung cancer is the most common cancer in men.", "statistic"),
    # what a disease comes from
    ("Lyme disease is caused by a bacterium spread by ticks.", "mechanism"),
    # an effect named as the treatment's ("therapeutic effects", "therapeutic value")
    ("Bovine colostrum provides therapeutic effects for patients with chronic conditions.", "efficacy"),
    # -- a change to a body process is a mechanism
    # a change to a body process, with no disease, symptom or outcome after the verb, tells how something works
    ("Corticosteroids dampen inflammation in the airways.", "mechanism"),
    ("Fasting stimulates the release of growth hormone.", "mechanism"),
    ("Chronic stress depletes glutathione in liver cells.", "mechanism"),
    ("Vaccines train the immune system to recognise a virus.", "mechanism"),
    ("Statins work by blocking an enzyme the liver uses to make cholesterol.", "mechanism"),
    # ... to a symptom or a disease it is an effect, and beside a word of effect the process is what it acts on
    ("Ibuprofen reduces swelling and fever.", "efficacy"),
    ("Ibuprofen reduces inflammation and joint pain.", "efficacy"),
    ("Honey speeds the healing of damaged tissue.", "efficacy"),
    # a verb of the body's workings says nothing of a mechanism without a body process ("produce", "remove")
    ("The liver does not produce vitamin C.", "other"),
    # a body-process word inside a treatment's name is no body process
    ("Stem cell transplants remain an option for younger patients.", "other"),
    # a disease ended for good is a cure claimed; not "good" health
    ("My back pain is gone for good.", "cure"),
    ("Acupuncture ends back pain for good.", "cure"),
    ("Regular exercise is important for good mental health.", "efficacy"),
    # -- a treatment raising a risk is about safety
    # a treatment raising the risk of a disease, or causing one, is a claim about harm
    ("Women who take hormone therapy have an increased risk of blood clots and stroke.", "safety"),
    ("Melatonin supplements do not cause insomnia.", "safety"),
    # ... not a treatment lowering a raised risk, nor a risk factor that is no treatment
    ("Statins reduce the increased risk of heart disease in people with diabetes.", "efficacy"),
    # -- a reported claim is other
    # someone else's claim reported as a claim is about the claim, not an effect the writer asserts
    ("The company claims its herbal tea cures diabetes.", "other"),
    ("Some websites promote colloidal silver as a natural antibiotic.", "other"),
    ("Turmeric and curcumin are touted to treat inflammation.", "other"),
    # ... but a harm it warns of stays safety, and what people report feeling is the effect
    ("People who rely on products claiming to treat diabetes could suffer serious harm.", "safety"),
    ("Some people report that acupuncture relieves their back pain.", "efficacy"),
    # -- how common something is is a statistic
    # how common something is, said with no other number
    ("Chronic back pain is more common in older adults.", "statistic"),
    ("Gout is the most common form of inflammatory arthritis.", "statistic"),
    ("About one in five adults will get shingles.", "statistic"),
    ("Up to 10%–18% of people with shingles will get nerve pain.", "statistic"),
    # how common it becomes, in whom it is found more often, where most cases are, when it most often starts, a
    # likelihood as a multiple of another's
    ("Gallstones become more common after 40.", "statistic"),
    ("Lupus is diagnosed more often in women than in men.", "statistic"),
    ("Most cases of gout are in men over 40.", "statistic"),
    ("Psoriasis most often starts between the ages of 15 and 35.", "statistic"),
    ("Smokers are three times as likely to develop lung cancer.", "statistic"),
    # ... not an age named for a service, nor what most cases are caused by, nor how a disease starts
    ("Bowel cancer screening is offered between the ages of 60 and 74.", "other"),
    ("Most cases of tonsillitis are caused by a virus.", "mechanism"),
    ("Cold sores often start with a tingling feeling.", "other"),
    # a share by which a verb moves its object is the size of an effect, not a statistic of its own
    ("In large trials the shingles vaccine cut the risk of shingles by about 90%.", "efficacy"),
    ("The pillow reduces pressure on the spine by up to 62%.", "efficacy"),
    ("The supplement boosts circulation by 300%.", "efficacy"),
    # ... but a rate that moves by a share is a rate trend, and a risk raised by one a harm's size
    ("Survival rates for myeloma increased by 20% in a decade.", "statistic"),
    ("Smoking raises the risk of stroke by 50%.", "statistic"),
    ("Alcohol increases the risk of breast cancer by 7%.", "statistic"),
    # a count of people, with a number
    ("Depression affects 300 million people every year.", "statistic"),
    # a count of people, a rank among causes of death, a change in the number of things
    ("Every year about 11,000 women are diagnosed with cervical cancer.", "statistic"),
    ("Heart disease is the leading cause of death in women.", "statistic"),
    ("There has been an increase in the number of treatment options for myeloma.", "statistic"),
    # ... not a cause of a disease, nor an effect on a number of cells
    ("Smoking is the leading cause of lung cancer.", "mechanism"),
    ("Stress is the root cause of many skin conditions.", "mechanism"),
    ("Radiotherapy reduces the number of cancer cells in the tumour.", "efficacy"),
    # ... not the most common thing named as a subject (what it is), nor a disease named as common ("Ringworm is a
    # common fungal infection of the skin", a definition above)
    ("The most common symptom of gout is sudden joint pain.", "other"),
    # -- effects mechanisms and harms named in other words
    # an effect named as a noun or as a use
    ("The vaccine provides strong protection against measles.", "efficacy"),
    ("Lavender oil gave fast relief of symptoms.", "efficacy"),
    ("Beta blockers are useful for patients with anxiety.", "efficacy"),
    ("Cinnamon has been shown to lower blood sugar levels.", "efficacy"),
    ("Many children on the diet become seizure-free.", "efficacy"),
    # what a thing does to microbes or inflammation, named as its property; what the body does with a substance
    ("Tea tree oil has antibacterial properties.", "mechanism"),
    ("Oregano oil is a potent antimicrobial used in folk medicine.", "mechanism"),
    ("Caffeine is absorbed within 45 minutes.", "mechanism"),
    ("Over time uric acid crystals build up in the joints.", "mechanism"),
    # a virus that lies hidden in the body and wakes again, a substance that stays in the body
    ("After you have chickenpox, the virus stays inactive in nerve cells near your spine.", "mechanism"),
    ("Years later the shingles virus can become active again and travel along a nerve to the skin.", "mechanism"),
    ("Caffeine stays in your body for about five hours.", "mechanism"),
    # ... not people who stay somewhere
    ("Most people stay in hospital for two days after a hip replacement.", "other"),
    # what a condition comes from: its cause named as known or not, the moment it comes about, what it is mostly owed
    # to; and what breaks a substance or a stone into parts
    ("The cause is usually a virus picked up at nursery.", "mechanism"),
    ("Doctors do not fully understand what causes fibromyalgia.", "mechanism"),
    ("Cramp happens when a muscle tightens suddenly and cannot relax.", "mechanism"),
    ("A stroke occurs when the blood supply to part of the brain is cut off.", "mechanism"),
    ("Gout is largely down to how the kidneys clear uric acid.", "mechanism"),
    ("In the gut, lactase breaks down lactose.", "mechanism"),
    ("Bile from the liver breaks fats into small droplets.", "mechanism"),
    # ... not a choice down to someone, a care process that starts somewhere, a harm a medicine causes
    ("The choice of treatment is down to you and your doctor.", "other"),
    ("Treatment usually starts with a blood test.", "other"),
    ("The tablets can cause nausea in some people.", "safety"),
    # safety: a medicine that does not mix well with others, who should not take it, a harm to the skin
    ("St John's wort may not mix well with your other medicines.", "safety"),
    ("Ozone therapy is unsuitable for pregnant women.", "safety"),
    ("Unlike sunbeds, red light will not burn the skin.", "safety"),
    # ... and whom it suits, a harm denied, a dose lowered, an interaction, a risk a procedure carries, a mild effect
    # some users notice
    ("Melatonin is suitable for most adults.", "safety"),
    ("Melatonin is non-habit-forming.", "safety"),
    ("Ibuprofen can be harsh on the stomach.", "safety"),
    ("People with liver disease may need a lower dose of paracetamol.", "safety"),
    ("Fish oil can increase the effect of blood thinners.", "safety"),
    ("A colonoscopy carries a small risk of bleeding.", "safety"),
    ("Some people notice mild tingling where they spray the magnesium.", "safety"),
    # ... not a risk an exposure carries, a mild benefit noticed, nor a body's response changed
    ("Smoking carries a high risk of lung cancer.", "other"),
    ("Some people notice mild improvement within days of starting melatonin.", "efficacy"),
    ("Exercise can increase the effect of insulin on blood sugar.", "efficacy"),
    # an effect had, a treatment judged as a choice; an effect named as a harm stays safety
    ("Herbal teas have very mild effects.", "efficacy"),
    ("Some herbs have toxic effects on the liver.", "safety"),
    ("Surgery remains a cornerstone of treatment for early bowel cancer.", "efficacy"),
    ("Massage can be a good choice of treatment for back pain.", "efficacy"),
    ("Turmeric has anti-inflammatory effects.", "mechanism"),
    ("The kidneys filter and eliminate toxins from the body.", "mechanism"),
    # a kind among several, a practice named by its kind
    ("Iron deficiency anaemia is one of several types of anaemia.", "definition"),
    ("Cupping is a practice in which the therapist puts cups on the skin.", "definition"),
    # -- a use or purpose named is no effect
    # a use or a purpose named: what something is for, not an effect it is said to have
    ("Cryotherapy is done to remove warts and to relieve pain.", "other"),
    ("Nasal sprays are often used by hay fever sufferers to help control sneezing.", "other"),
    ("These drugs are designed to slow the progression of multiple sclerosis.", "other"),
    ("The agency has approved a new vaccine to prevent shingles in adults.", "other"),
    ("Ginger has been used for centuries to treat nausea.", "other"),
    ("Lithium remains the first-line medication for treating bipolar disorder.", "other"),
    # ... but an effect said of it outside the purpose still counts, and so does a use of a word that names no purpose
    ("Drugs used to treat migraine are often effective.", "efficacy"),
    ("Triptans are used to treat migraine and they work within an hour.", "efficacy"),
    # -- categories read from the phrase that says it
    # side effects that patients go through, harms named as risks or damaging effects
    ("Some patients may experience headaches or dizziness.", "safety"),
    ("Liposuction has some serious risks, such as blood clots.", "safety"),
    ("The supplement does not have a damaging effect on the liver.", "safety"),
    # ... not an effect felt ("experience relief"), nor how many people get a disease
    ("Many patients may experience relief within a week.", "efficacy"),
    ("About one in four people will experience it at some point.", "statistic"),
    # complications of a disease made fewer are an effect
    ("Tight glucose control leads to fewer complications of diabetes.", "efficacy"),
    # an effect felt, weight lost on purpose, results judged, an effect named by what it does
    ("After a week on the diet you should feel much better.", "efficacy"),
    ("You can lose weight on a low-carbohydrate diet.", "efficacy"),
    ("Chamomile has anxiolytic effects in adults.", "efficacy"),
    ("Valerian is a sleep-promoting herb.", "efficacy"),
    # ... not weight lost as a symptom, nor the research into an effect
    ("He was rapidly losing weight before the diagnosis.", "other"),
    ("Researchers set out to understand the anxiolytic effects of kava in adults.", "other"),
    # a share of people as a fraction, a count that has doubled
    ("Arthritis affects over one-quarter of older adults.", "statistic"),
    ("The number of people with dementia has more than doubled since 1990.", "statistic"),
    # how grave a disease is
    ("Measles can be deadly for young children.", "prognosis"),
    # how a disease goes with nothing done to it: it gets better by itself, children grow out of it
    ("Tonsillitis usually gets better on its own within about a week.", "prognosis"),
    ("Eczema often clears up by itself in childhood.", "prognosis"),
    ("Most ear infections clear up without antibiotics.", "prognosis"),
    ("Many children grow out of asthma.", "prognosis"),
    # ... not a treatment helping it heal, nor cells growing out of control
    ("Aciclovir cream helps cold sores heal within 5 days.", "efficacy"),
    ("Myeloma cells grow out of control in the bone marrow.", "mechanism"),
    # how it works, what regulates or breaks down a thing
    ("Acupuncture works through the release of endorphins.", "mechanism"),
    ("Scientists still do not know how the diet works in the brain.", "mechanism"),
    ("Ibuprofen is mainly metabolized by the liver.", "mechanism"),
    # what a product moves, and where, or where a substance goes: how it works
    ("The CBD in the balm goes straight into sore muscles and joints.", "mechanism"),
    ("Compression stockings squeeze the blood back towards the heart.", "mechanism"),
    ("The copper yarn draws toxins out through the skin of your legs.", "mechanism"),
    # ... not a disease's course, nor what a person does with a limb
    ("The rash usually goes away within a week.", "other"),
    ("Babies with colic may pull their legs up.", "other"),
    # what a disease comes from, named after a passive, plural or not, and a cause denied
    ("Most cases of laryngitis are caused by viruses.", "mechanism"),
    ("Athlete's foot is caused by a fungus.", "mechanism"),
    ("Psoriasis is not caused by poor hygiene.", "mechanism"),
    ("Gout isn't caused by stress.", "mechanism"),
    # what a thing is: a way or method, a member of a group; "means" as a verb, not the average
    ("Dialysis is a way to filter the blood when the kidneys fail.", "definition"),
    ("Ibuprofen is part of a group of medicines called NSAIDs.", "definition"),
    ("Remission means the signs of the cancer have gone.", "definition"),
    # -- balance purpose and support read as phrases
    # benefits and risks named together are a balance, neither an effect nor a harm
    ("Every vaccine has benefits and risks.", "other"),
    ("For most women the risks of the drug outweigh the benefits.", "other"),
    # ... one of them alone still decides
    ("The benefits of exercise for the heart are large.", "efficacy"),
    # a sentence opened by its purpose
    ("To treat celiac disease, patients must follow a gluten-free diet.", "other"),
    # support or promote said of health, a difference noticed, a chance of success
    ("Oats may support heart health.", "efficacy"),
    ("Most people notice a difference within days.", "efficacy"),
    # ... the difference felt, a change users notice, a test's accuracy
    ("You'll feel the difference from day one of taking melatonin.", "efficacy"),
    ("Most people notice less pain after a week of taking ibuprofen.", "efficacy"),
    ("Continuous glucose monitors are as accurate as finger-prick tests for diabetes.", "efficacy"),
    # ... not fewer side effects noticed (safety decides first), nor an accurate diagnosis named
    ("Most people notice fewer side effects with the new tablets.", "safety"),
    ("Accurate diagnosis of diabetes guides treatment decisions.", "other"),
    ("A second operation has a higher chance of success.", "efficacy"),
    # ... not evidence that supports a view, nor a support group
    ("Research increasingly supports yoga for back pain.", "other"),
    # an act named by a gerund subject that lowers an outcome is something done for its effect, as a treatment is
    ("Screening with stool tests has been shown in randomized trials to reduce deaths from colorectal cancer.",
     "efficacy"),
    ("Losing weight reduces deaths from heart disease.", "efficacy"),
    # ... not an act said to raise one
    ("Smoking increases deaths from heart disease.", "prognosis"),
])
def test_the_category_of_a_claim(claims, text, category):
    found = claims(text)
    assert [c.category for c in found] == [category], (text, [(c.text, c.category) for c in found])


def test_a_sentence_adverb_before_the_comma_is_no_subject(claims):
    # an -ly word that is only an adverb comments on the sentence: the subject comes after its comma
    assert [c.subject for c in claims("Fortunately, most amoxicillin rashes are harmless.")] == [
        "most amoxicillin rashes"]
    assert [c.subject for c in claims("Sadly, untreated sleep apnoea raises the risk of stroke.")] == [
        "untreated sleep apnoea"]
    # an -ly word that can be an adjective may belong to the subject: it is not skipped as a comment
    assert claims("Elderly, frail patients fall more often on sedatives.")[0].subject != "frail patients"


def test_which_after_a_clause_stands_for_the_noun_phrase_ending_it(claims):
    # ", which" after a whole clause: its subject is the noun phrase before the comma, hyphenated words and all,
    # not the clause; a coordinated verb after it keeps that subject
    found = claims("Green tea fights free-radical damage, which supports heart health and lowers blood pressure. "
                   "It can also ease anxiety.")
    assert [c.subject for c in found] == ["Green tea", "free-radical damage", "free-radical damage", "Green tea"]
    # … and the next sentence's "it" is the sentence's subject again, not that side noun
    assert claims("Magnesium relaxes smooth muscle, which lowers blood pressure. It can also cause diarrhoea.")[
        -1].subject == "Magnesium"


def test_a_regulatory_or_trial_status_is_a_claim_whatever_its_subject(claims):
    # the caveats a reviewer most needs ("not FDA-approved", "no human trials") are claims even of a name no lexicon
    # knows or of "it": approval by a regulator and trials in people are health matters by themselves
    found = claims("Zorvalin-7 is not FDA-approved. It has not completed any human clinical trials.")
    assert [c.text for c in found] == ["Zorvalin-7 is not FDA-approved", "It has not completed any human clinical trials"]
    assert found[1].subject == "Zorvalin-7"
    assert [c.text for c in claims("It has never been tested in humans.")] == ["It has never been tested in humans"]
    # a pronoun sentence saying no such thing stays out ("They need roads to drive their trucks on")
    assert claims("They need a permit to park their trucks there.") == []


def test_et_al_ends_no_sentence_before_the_year(claims):
    # "et al. (2014)" goes on with the sentence: the study is what makes the claim checkable
    assert [c.text for c in claims("Work by Okafor et al. (2019) found that zinc lozenges shorten colds in adults.")] \
        == ["Work by Okafor et al. (2019) found that zinc lozenges shorten colds in adults"]
    # … and before a word that opens sentences it still ends one
    assert [c.text for c in claims("Zinc was tested by Okafor et al. The lozenges shortened colds in adults.")] == [
        "The lozenges shortened colds in adults"]


def test_it_is_called_gives_a_name_not_a_claim(claims):
    # "It is called X" names what the sentence before described: nothing to check
    found = claims("Doctors collect your own stem cells and give them back after chemotherapy. "
                   "This is called an autologous stem cell transplant.")
    assert not any(c.text.startswith("This is called") for c in found)
    assert claims("It's called chemotherapy.") == []
    # a pronoun clause that says something of a treatment stays a claim
    assert [c.text for c in claims("It is known to raise the risk of stroke in women who smoke.")] == [
        "It is known to raise the risk of stroke in women who smoke"]


def test_an_ellipsis_before_a_capital_ends_its_sentence(claims):
    """"Health Fraud… Don't take the risk": an ellipsis followed by a word that opens a sentence ends the one before;
    one inside a sentence ("were… surprising") does not."""
    assert texts(claims("Scam alert… Turmeric does not cure cancer.")) == ["Turmeric does not cure cancer"]
    assert texts(claims("Scam alert... Turmeric does not cure cancer.")) == ["Turmeric does not cure cancer"]
    assert texts(claims("Statins were… surprisingly good at lowering cholesterol.")) == [
        "Statins were… surprisingly good at lowering cholesterol"]


def test_a_finding_with_no_that_has_the_subject_of_what_was_found(claims):
    # a verb of finding may take its finding with no 'that': the subject is what the finding is about, and a
    # pronoun there is the treatment named before, since a bare source ("Research") names nothing
    found = claims("Ashwagandha is an herb used in Ayurveda. Research suggests ashwagandha can help you fall asleep "
                   "faster. Research shows it can help increase endurance.")
    assert [c.subject for c in found[1:]] == ["ashwagandha", "ashwagandha"]
    # an object of the verb is no finding: the source stays the subject
    found = claims("Research has shown a positive relationship between probiotic supplements and weight loss.")
    assert found[0].subject == "Research"


def test_a_finding_frame_the_verb_finder_passed_over_is_not_the_subject(claims):
    found = claims("Studies suggest that both elderberry and zinc supplements have the power to shorten colds.")
    assert found[0].subject == "both elderberry and zinc supplements"
    # with no 'that', and with words between the source and its verb
    found = claims("Some studies suggest diets high in sucrose (table sugar) impair immune function.")
    assert found[0].subject == "diets high in sucrose (table sugar)"
    found = claims("New data from Janssen-Cilag International NV suggest that subcutaneous daratumumab quadruplet "
                   "therapy improves survival in myeloma.")
    assert found[0].subject == "subcutaneous daratumumab quadruplet therapy"


def test_taking_something_is_about_what_is_taken(claims):
    assert [c.subject for c in claims("Taking vitamin D reduces the risk of fractures in older adults.")] == [
        "vitamin D"]
    assert [c.subject for c in claims("Eating oily fish twice a week lowers the risk of heart disease.")] == [
        "oily fish"]
    found = claims("Ashwagandha is an adaptogenic herb. Studies have shown that taking it consistently can lead to "
                   "significant reductions in perceived stress.")
    assert found[1].subject == "Ashwagandha"
    # not every gerund is an intake: losing weight is the subject itself
    assert [c.subject for c in claims("Losing weight lowers blood pressure in adults with hypertension.")] == [
        "Losing weight"]


def test_a_pronoun_in_a_finding_is_the_treatment_named_before(claims):
    # the antecedent is the treatment, not the person who prescribes it nor the disease it treats
    found = claims("Doctors often prescribe vitamin D supplements for seasonal depression, and some studies have "
                   "shown that it is almost as effective as sunlight.")
    assert "vitamin D" in found[0].subject  # (what the doctors prescribe: a subject of people only names it)
    assert "vitamin D" in found[-1].subject or found[-1].subject == "supplements"
    # "you" is the reader, not a pronoun for the treatment
    found = claims("Intermittent fasting lowers insulin levels. Research has shown that you can lose 3% to 8% of "
                   "your weight in 3 to 24 weeks.")
    assert found[-1].subject == "you"


def test_a_plural_that_is_also_a_verb_is_the_subject_before_a_frequency_adverb(claims):
    assert [c.subject for c in claims("Doctors often disagree about the causes of seasonal depression.")] == [
        "Doctors"]
    # (a subject of people only gives the claim the treatment it names)
    assert [c.subject for c in claims("Doctors often prescribe vitamin D supplements for seasonal depression.")] == [
        "vitamin D"]


def test_a_numbered_citation_after_a_full_stop_closes_its_sentence(claims):
    found = claims("Vitamin D helps maintain calcium levels for bone health. (2) This is why older people need more "
                   "vitamin D each day. (4) The deficiency is also believed to worsen seasonal depression.")
    assert texts(found) == ["Vitamin D helps maintain calcium levels for bone health",
                            "This is why older people need more vitamin D each day",
                            "The deficiency is also believed to worsen seasonal depression"]
    assert found[2].subject == "The deficiency"


@pytest.mark.parametrize("text, subject", [
    ("Beyond basic immune functions, probiotics also help with digestion.", "probiotics"),
    ("Likewise, statins lower cholesterol in adults.", "statins"),
    ("More rarely, shingles can lead to pneumonia and hearing problems.", "shingles"),
    ("Simply put, elderberry is a superfood for colds.", "elderberry"),
    ("Generally speaking, statins lower cholesterol in adults.", "statins"),
])
def test_an_opening_phrase_set_off_by_a_comma_is_not_the_subject(claims, text, subject):
    found = claims("Colds, shingles and high cholesterol are common. " + text)
    assert found[-1].subject == subject


def test_did_you_know_asserts_its_finding_and_do_you_know_asks(claims):
    # "Did you know (that) X?" takes X as given: a claim whose subject is X's, not the reader
    found = claims("Elderberry is a berry. Did you know that elderberry shortens the flu by four days?")
    assert found[-1].subject == "elderberry"
    found = claims("Did you know turmeric reduces inflammation as well as ibuprofen?")
    assert [c.subject for c in found] == ["turmeric"]
    # an indirect question after "know" is no finding
    found = claims("Elderberry is popular. You know what I'm talking about: the wellness guru touting elderberry "
                   "syrup.")
    assert found[-1].subject == "elderberry"  # 'You', a subject of people only, gives it the treatment it names
    # what the writer knows is a finding too
    assert [c.subject for c in claims("We now know that smoking causes lung cancer.")] == ["smoking"]
    # "Do you know the warning signs?" only asks (the frame is the past "did", not any form of "do")
    assert texts(claims("Heart disease is common. Do you know the warning signs of a stroke? A stroke is a medical "
                        "emergency.")) == ["Heart disease is common", "A stroke is a medical emergency"]


def test_a_verb_that_is_also_a_noun_before_an_article_gives_an_instruction(claims):
    # a noun opening a subject takes no article after it: "Fight the flu …" is the reader's to do
    assert claims("Fight the flu naturally with elderberry syrup.") == []
    assert claims("Use the menu to see other pages about myeloma.") == []
    # a noun that opens a statement still does
    assert texts(claims("Exercise lowers blood pressure in adults with hypertension.")) == [
        "Exercise lowers blood pressure in adults with hypertension"]


def test_an_opening_participle_phrase_is_not_the_verb_of_its_clause(claims):
    # the participle before the comma describes the subject; what follows, and later pronouns, are about it
    found = claims("Elderberry is a berry. Also known as the sunshine vitamin, vitamin D is an essential vitamin. "
                   "However, it interacts with certain cells in the immune system.")
    assert [c.subject for c in found] == ["Elderberry", "vitamin D", "vitamin D"]
    found = claims("IV therapy is a drip. Originally used in hospitals to treat dehydration, IV therapy is now widely "
                   "available.")
    assert found[-1].subject == "IV therapy"
    # a participle that is an adjective of the subject keeps its verb before the comma
    assert [c.subject for c in claims("Processed meat raises the risk of bowel cancer, the WHO says.")] == [
        "Processed meat"]


@pytest.mark.parametrize("text, subject", [
    ("Fasting is popular. It is well known that in humans, even a single fasting interval can reduce insulin levels.",
     "a single fasting interval"),
    ("Fasting is popular. It is well known that in humans, even a single fasting interval (e.g., overnight) can "
     "reduce insulin levels.", "a single fasting interval"),
    ("Vaccines are safe for most people. It is known that vaccines can, in rare cases, cause encephalitis.",
     "vaccines"),
    ("Turmeric is a spice. It has been suggested that SSRIs are more effective than older antidepressants.", "SSRIs"),
])
def test_it_is_known_that_is_about_what_is_known(claims, text, subject):
    assert claims(text)[-1].subject == subject


def test_a_condition_after_it_is_estimated_that_is_no_subject(claims):
    """The pronoun is read as before: what follows 'that' opens with a condition, not a subject."""
    found = claims("Handwashing prevents infections. In addition, it has been estimated that if everyone washed "
                   "their hands up to 1 million deaths per year could be preventable.")
    assert found[-1].subject != "if everyone"


def test_a_link_to_another_page_set_in_the_text_is_no_claim(claims):
    assert texts(claims("Vitamin C is popular. (Related: Everything You Need to Know About Coronavirus "
                        "Transmission)")) == ["Vitamin C is popular"]
    assert texts(claims("Detox teas are popular. Also Read - Detox Diets Explained: What Detox Teas Do to Your "
                        "Liver")) == ["Detox teas are popular"]
    # "also seen" is no link
    assert len(claims("You may have also seen supplements containing curcumin, a major component of turmeric.")) >= 1


def test_a_named_speaker_of_several_words_is_not_the_subject(claims):
    found = claims("GPs are busy. The Royal College of GPs said 85 per cent of appointments happen within two weeks.")
    assert found[-1].subject == "85 per cent of appointments"
    found = claims("GPs are busy. Sun on Sunday doctor Jeff Foster says there are some things that people should "
                   "always see a GP about.")
    assert found[-1].subject == "some things"
    # a relative clause is no speaker's name
    found = claims("Many patients with chronic pain who told their doctors about symptoms recovered faster.")
    assert found[0].subject.startswith("Many patients")


@pytest.mark.parametrize("text, subject", [
    ("What’s more, the participants who took the ashwagandha supplements slept better.", "the participants"),
    ("That said, most adults tolerate statins well.", "most adults"),
    ("Of course, statins lower cholesterol in most adults.", "statins"),
])
def test_a_set_opening_phrase_is_not_the_subject(claims, text, subject):
    found = claims("Statins and ashwagandha are popular. " + text)
    assert found[-1].subject == subject


def test_a_glossary_of_abbreviations_is_no_claim():
    """The text after an "Abbreviations:" label, or under an "Abbreviations" heading up to the next heading, spells
    out short forms (lexicons/sections.yml `glossary_labels`): no claim; the text after the glossary's section is."""
    from pipeline.claims import extract_claims
    from pipeline.ingest import build_source
    from pipeline.nlp import analyse

    def found(text: str, kind: str = "txt") -> list[str]:
        return [c.text for c in extract_claims(analyse(build_source(f"page.{kind}", text, kind)))]

    glossary = "CVD = cardiovascular disease linked to smoking; RD = at risk of diabetes."
    assert found("Abbreviations: " + glossary) == []
    assert found("# Abbreviations\n\n" + glossary + "\n\n# Findings\n\nSmoking raises the risk of stroke.\n", "md") \
        == ["Smoking raises the risk of stroke"]
    assert found("Smoking raises the risk of stroke.") == ["Smoking raises the risk of stroke"]


@pytest.mark.parametrize("text, subject", [
    # a step of a list, a turn of the argument or a time set off by a comma comes before the subject
    ("Third, the immune system goes into overdrive during a flare.", "the immune system"),
    ("Rather, zinc improves sleep by calming the nervous system.", "zinc"),
    ("Even further, clinical trials of chelation were stopped early.", "clinical trials of chelation"),
    ("That being said, statins are also found to lower inflammation.", "statins"),
    ("That year, the regulator approved the first RSV vaccine for older adults.", "the regulator"),
    # an opening clause or phrase with a verb of its own: the main clause's subject
    ("Compared with people who do not exercise, runners have a lower risk of heart disease.", "runners"),
    # an adverb of the verb is no part of the subject
    ("According to a small study, such tasks also rapidly deplete the brain's glucose stores.", "such tasks"),
    ("Research increasingly supports statins for older adults.", "Research"),
    # the first part of a compound is no verb
    ("One large double-blind trial found no benefit of zinc for colds.", "One large double-blind trial"),
])
def test_an_opening_word_or_clause_is_not_the_subject(claims, text, subject):
    found = claims("Statins, colostrum and zinc are popular. " + text)
    assert found[-1].subject == subject


def test_a_clause_opened_by_just_as_is_not_the_subject(claims):
    found = claims("The growth factors in colostrum play a key role in gut repair. Just as they stimulate growth of an "
                   "infant's gut, they also stimulate repair of an adult's gut lining.")
    assert found[-1].subject == "The growth factors in colostrum"


def test_a_step_word_before_a_pronoun_is_not_the_subject(claims):
    found = claims("Asthma is common. If you need your reliever inhaler three times a week, then it may be a sign "
                   "that asthma is not well controlled.")
    assert found[-1].subject != "then it"
    assert not found[-1].subject.lower().startswith("then")


def test_common_knowledge_that_is_about_what_is_known(claims):
    found = claims("It's pretty common knowledge that creatine can help you improve your strength output.")
    assert found[0].subject == "creatine"
    found = claims("It is a well-established fact that smoking can cause lung cancer.")
    assert found[0].subject == "smoking"
    # "it" is a thing when a verb or preposition comes before "the fact that"
    found = claims("Detox teas cause weight loss. It is due to the fact that senna can cause diarrhea.")
    assert [c.subject for c in found] == ["Detox teas", "Detox teas"]


def test_a_byline_is_no_heading_of_the_text_under_it():
    from pipeline.claims import extract_claims
    from pipeline.ingest import build_source
    from pipeline.nlp import analyse
    from pipeline.sections import is_byline

    text = "# Why take creatine\n\nBy Jane Doe\n\nIt can also give you a mental lift when you are tired.\n"
    found = extract_claims(analyse(build_source("page.md", text, "md")))
    assert [c.subject for c in found] != ["By Jane Doe"]
    assert is_byline("By Jane Doe") and is_byline("Medically reviewed by Dr. A. Smith and B. Jones")
    assert not is_byline("By Following These Steps") and not is_byline("By 2030 Cases Will Double")


def _page_claims(text: str):
    from pipeline.claims import extract_claims
    from pipeline.ingest import build_source
    from pipeline.nlp import analyse

    return extract_claims(analyse(build_source("page.txt", text, "txt")))


def test_the_items_of_a_list_are_said_of_the_lists_own_subject():
    """Each item takes what the lead said the list is about, not a noun of the item before it (a lead ending in
    its citations before the colon leads into the list as well)."""
    found = _page_claims(
        "Curcumin has several uses in the gut. It is particularly helpful in [1] [2]:\n\n"
        "- Ulcerative colitis (a disease in which the lining is inflamed. The two ends are then joined.)\n"
        "- Reversing small intestinal bacterial overgrowth\n"
        "- Preventing flares of Crohn's disease\n")
    items = [c for c in found if c.text.startswith(("Reversing", "Preventing"))]
    assert len(items) == 2 and all(c.subject == "Curcumin" for c in items)


def test_the_items_of_a_list_of_cases_to_act_in_are_no_claims():
    """Bullets under "Call 911 if:" name symptoms to watch for; the text after the list is read as before."""
    found = _page_claims(
        "Lupus is a lifelong autoimmune disease.\n"
        "Call your local emergency department (911 in the US) if:\n"
        "- You have trouble breathing.\n"
        "- You cough up blood.\n"
        "Call your doctor if you:\n"
        "- Have a fever or a headache that does not go away.\n"
        "Steroids decrease inflammation in lupus.\n")
    assert texts(found) == ["Lupus is a lifelong autoimmune disease", "Steroids decrease inflammation in lupus"]
    # a list lead ending in "include:" still leads into claims
    found = _page_claims("Side effects of statins include:\n- Muscle pain that can last for weeks.\n")
    assert "Muscle pain that can last for weeks" in texts(found)


@pytest.mark.parametrize("heading", ["## When to see a GP", "## When should I call my midwife?",
                                     "## Urgent advice: call 999 if you", "### Get help straight away if"])
def test_the_items_under_a_heading_of_cases_to_act_in_are_no_claims(heading):
    """A heading that opens "When to" or ends in a case word leads into conditions to act on, as "… if:" does."""
    found = _page_claims(
        "# Shingles\n\n"
        f"{heading}\n\n"
        "- the rash is close to your eye\n"
        "- you have a weakened immune system\n\n"
        "Antiviral tablets shorten an attack of shingles.\n")
    assert texts(found) == ["Antiviral tablets shorten an attack of shingles"]


@pytest.mark.parametrize("heading, item", [
    ("## When to expect results", "- Crow's feet soften within 10 days"),
    ("## When to use JointFlex", "- JointFlex ends knee pain in 3 minutes"),
    ("## When to use antibiotics", "- Antibiotics treat bacterial infections"),
    ("## When should you take it?", "- Taken at night, MelaRest doubles deep sleep"),
    ("## When to see results", "- Age spots fade within 2 weeks"),
])
def test_the_items_under_a_heading_of_when_to_use_or_expect_stay_claims(heading, item):
    """Only a heading whose verb seeks care or a check heads cases; when to use, expect or take is no case lead."""
    found = _page_claims(f"# Joint care\n\n{heading}\n\n{item}\n")
    assert texts(found) == [item[2:]]


@pytest.mark.parametrize("item", ["- Statins prevent strokes", "- Antibiotics treat bacterial infections"])
def test_an_item_that_states_an_effect_under_a_care_heading_is_a_claim(item):
    found = _page_claims(f"# Chest pain\n\n## When to see a GP\n\n{item}\n- the pain has not improved after 2 weeks\n")
    assert texts(found) == [item[2:]]


@pytest.mark.parametrize("heading", ["## When to see a GP", "## When to go to A&E"])
def test_the_reason_an_item_of_cases_gives_is_a_claim(heading):
    found = _page_claims(f"# Wounds\n\n{heading}\n\n- a graze turns red and hot because sepsis can cause organ "
                         "failure\n- never, because the flu jab causes asthma\n")
    assert texts(found) == ["because sepsis can cause organ failure", "because the flu jab causes asthma"]


def test_an_item_under_a_heading_of_when_to_act_otherwise_is_a_claim():
    found = _page_claims("# Measles\n\n## When to vaccinate\n\n- never, because the flu jab causes asthma\n"
                         "- babies under 6 months get no benefit from it\n")
    assert texts(found) == ["because the flu jab causes asthma", "babies under 6 months get no benefit from it"]


@pytest.mark.parametrize("heading", ["## When to go to A&E", "## When should I call my midwife?",
                                     "## When to get urgent help"])
def test_a_heading_of_care_sought_keeps_its_items_as_cases(heading):
    found = _page_claims(f"# Pregnancy\n\n{heading}\n\n- you cannot stop the bleeding\n- your waters break\n")
    assert texts(found) == []


@pytest.mark.parametrize("heading", ["## What happens if you stop taking it", "## When shingles strikes"])
def test_the_items_under_a_heading_with_a_case_word_inside_stay_claims(heading):
    found = _page_claims(
        "# Shingles\n\n"
        f"{heading}\n\n"
        "- the rash spreads to the eye in 1 in 10 people\n"
        "- the nerve pain can last for months\n")
    assert "the nerve pain can last for months" in texts(found)


@pytest.mark.parametrize("text", [
    # an instruction after an opening clause or phrase, or with its infinitive
    "Before taking hormone pills, talk with your health care provider about the risks of breast cancer.",
    "To reduce irritation from semaglutide, rotate injection sites each week.",
    "Continue to use your reliever inhaler when you need it, and make an appointment about your asthma.",
    # the page speaking of itself
    "This guide examines the research on NAD+, its costs, and who benefits most from NAD+ therapy.",
    "This blog provides information about the different types of inflammation and their treatment.",
    "This article will answer this question by examining what science says about magnesium and insomnia.",
    "This article is from the Alternative Medicine Therapies guide on bee venom.",
    "The following list of medications are related to or used in the treatment of lupus.",
])
def test_instructions_and_the_page_speaking_of_itself_are_no_claims(claims, text):
    assert claims(text) == []


@pytest.mark.parametrize("text", [
    "In children with anxiety, talk therapy reduces symptoms.",
    "If untreated, lupus can damage the kidneys.",
    "The blog post reviewed three trials showing magnesium improves sleep.",
])
def test_a_noun_after_an_opening_phrase_and_a_past_report_stay_claims(claims, text):
    assert len(claims(text)) == 1


def test_a_run_in_label_and_an_object_pronoun_are_read_around_the_subject(claims):
    # a run-in label names the sentence's topic, its subject follows the colon
    found = claims("Zinc is a mineral. Metabolic stress: Conditions like diabetes and obesity deplete zinc in older "
                   "adults.")
    assert found[-1].subject == "Conditions like diabetes and obesity"
    # an -s form before an object pronoun is the verb ("makes it"): "This" is what the sentence before named
    found = claims("Reliever inhalers open the airways in asthma. This makes it easier to breathe and stops you "
                   "from wheezing or coughing.")
    assert found[-1].subject == "Reliever inhalers"


def test_a_question_reported_is_no_claim(claims):
    """'X asks (someone) if Y', 'X wonders whether Y' report a question: Y is asked, not asserted, and so is the
    rest of the question after a comma."""
    assert claims("At least once a week, someone asks Dr. Lee if ivermectin can treat their cancer.") == []
    assert claims("For this reason, people often wonder whether magnesium can make them have trouble falling "
                  "asleep, staying asleep, or getting good quality sleep.") == []
    # a participle after a subordinator frames another clause's verb; a relative clause on people is no question
    assert len(claims("When asked if statins cause diabetes, experts said the risk is small.")) == 1
    assert len(claims("Patients who ask about statins often stop taking them.")) == 1


@pytest.mark.parametrize("text, subject", [
    ("However, this same study found that in a subset of patients with moderate-to-severe knee pain, the combination "
     "of glucosamine and chondroitin was mildly effective in reducing pain.", "the combination of glucosamine and "
                                                                               "chondroitin"),
    ("Studies found that in mice, the extract lowers blood sugar.", "the extract"),
    ("A trial recently revealed that when untreated patients received lenalidomide, daratumumab significantly "
     "extends survival.", "daratumumab"),
])
def test_a_findings_opening_phrase_is_not_its_subject(claims, text, subject):
    assert claims("Glucosamine is popular. " + text)[-1].subject == subject


@pytest.mark.parametrize("text", [
    # -- a thing named by its kind is a definition
    # a substance, living thing or part of the body named by its kind, with words between or none
    "Cortisol is the main stress hormone that is produced by the adrenal glands.",
    "Glutathione is a small protein made up of three amino acids.",
    "Zinc is one of the trace minerals that the body needs for wound healing.",
    "Kefir grains are live microbes, mostly bacteria and yeasts.",
    "Lactobacilli are lactic acid bacteria.",
    # what a practice consists of, what a thing is made of, what it holds
    "Cupping therapy involves placing heated cups on the skin.",
    "Insulin for injection is made from yeast cells.",
    "The Mediterranean diet is rich in olive oil, fish and vegetables.",
    # -- a comparison inside a definition relates nothing
    # where a thing is found or what it is high in, said in its definition, describes it: nothing is compared
    "Quercetin is a yellow plant pigment found in onions and apples.",
    "Coenzyme Q10 is a vitamin-like molecule present in most body tissues.",
    "The Atkins diet is high in protein and low in carbohydrates.",
])
def test_a_definition_of_no_strength(claims, text):
    found = claims(text)
    assert [(c.category, c.strength) for c in found] == [("definition", "none")], (
        text, [(c.text, c.category, c.strength) for c in found])


@pytest.mark.parametrize("text", [
    # a treatment named by its kind says that it works (Yu et al. code it direct); a judgement is no definition
    "Cognitive behavioural therapy is an effective treatment for insomnia.",
    "Turmeric is a powerful antioxidant that reduces inflammation.",
    # ... nor a thing said to be the only one of its kind (a claim of uniqueness)
    "Shingrix is the only shingles vaccine approved by the FDA.",
    # a finding in the past tense is no description of what a thing holds
    "Vitamin D levels were low in patients with severe infections.",
    # a cause named after a passive is what the disease comes from, not its kind
    "Most cases of laryngitis are caused by viruses.",
    "Most sore throats are spread by bacteria.",
])
def test_a_judgement_or_a_finding_is_no_definition(claims, text):
    assert all(c.category != "definition" for c in claims(text)), [(c.text, c.category) for c in claims(text)]


@pytest.mark.parametrize("text", [
    # ... a finding about a group, or a comparison that is no definition, stays correlational
    "Vitamin D levels were lower in patients with severe infections.",
    "Anaemia is more common in women than in men.",
])
def test_a_comparison_outside_a_definition_stays_correlational(claims, text):
    assert [c.strength for c in claims(text)] == ["correlational"], [(c.text, c.category, c.strength)
                                                                        for c in claims(text)]


@pytest.mark.parametrize("text, strength", [
    # -- strength of effect verbs recommendations and reports
    # a bare "helps" states the effect (the gold scheme codes "helps improve strength" direct); a modal hedges it
    ("Physiotherapy helps reduce back pain after surgery.", "direct"),
    ("Physiotherapy can help reduce back pain after surgery.", "conditional"),
    # a recommendation with "is" contracted asserts no finding
    ("It's recommended that adults with diabetes take a statin to lower their risk of stroke.", "none"),
    # verbs of effect in the third person state what a treatment or a body process does
    ("This asthma medicine relaxes the muscles around the airways.", "direct"),
    ("Metformin limits the absorption of sugar from the gut.", "direct"),
    # the writer relays what a treatment is reported to do ("is additionally reported to decrease")
    ("Yoga is additionally reported to reduce anxiety in patients with asthma.", "none"),
    # -- free from side effects is absolute
    # free from side effects is the absolute "no side effects" said another way
    ("Red light therapy is safe and free from side effects.", "absolute"),
    ("This herbal tea is free of adverse effects.", "absolute"),
    # ... said with a hedge, it is hedged
    ("This herbal tea may be free of adverse effects.", "conditional"),
    # -- a verdict on safety asserts the harm a treatment does or does not do
    ("Allopurinol is safe for most people.", "direct"),
    ("The MMR vaccine is a very safe vaccine.", "direct"),
    ("Versions made for livestock are not safe for people.", "direct"),
    ("Statins may be safe in pregnancy.", "conditional"),
    ("Fish oil is safe for everyone.", "absolute"),  # no exception named
    # ... not "safe" said of a place or a setting
    ("The therapy is given in a safe, clinical setting by a trained nurse.", "none"),
    # -- absolutes: the one treatment there is, for all, at once or for ever
    ("Adrenaline is the only first-line treatment for anaphylaxis.", "absolute"),  # "only" before an ordinal
    ("Semaglutide works for everyone, whatever your age.", "absolute"),
    ("This balm instantly relieves eczema itching.", "absolute"),
    ("GlucoBerry reverses insulin resistance for good.", "absolute"),
    ("GlucoBerry reverses insulin resistance for good in 8 weeks.", "absolute"),  # a preposition after "for good"
    ("Permanent hair loss is a rare side effect of this chemotherapy.", "direct"),  # a harm named permanent
    ("Zinc helps wounds heal for good health.", "direct"),  # "for good" before its noun: a purpose, not for ever
    # how well a treatment works, compared, is its effect
    ("Antivirals work best when they are started within two days of the first flu symptoms.", "direct"),
    # the most important of its kind, or the healthiest way, is ranked above every other
    ("Emollients are the most important treatment for eczema in babies.", "absolute"),
    ("Glucosamine is the most important supplement for anyone with joint pain.", "absolute"),
    ("Steaming is the healthiest way to cook vegetables for your heart.", "absolute"),
    # ... not one ranked among others, nor the most common (a frequency)
    ("Statins are among the most studied medicines for heart disease.", "none"),
    # ... nor the most studied or researched: a fact about the evidence, no benefit ranked
    ("Metformin is the most studied diabetes drug.", "none"),
    ("Gout is the most common type of inflammatory arthritis in adults.", "none"),
    # a cause named after a passive is a cause asserted, plural or not
    ("Most cases of laryngitis are caused by viruses.", "direct"),
    ("Most cases of laryngitis are caused by a virus.", "direct"),
    # the "no" of "no side effects" is the absolute's own word: the claim is not negated
    ("No side effects and no drug interactions.", "absolute"),
])
def test_the_strength_of_a_claim(claims, text, strength):
    found = claims(text)
    assert [c.strength for c in found] == [strength], (text, [(c.text, c.strength) for c in found])


@pytest.mark.parametrize("text", [
    # what research looks into is a question, not an effect found
    "The charity funded research to explore the possible benefits of bee venom for arthritis.",
    "Larger trials are needed to establish their efficacy in children.",
])
def test_an_effect_as_what_research_looks_into_is_no_efficacy(claims, text):
    found = claims(text)
    assert [c.category for c in found] == ["other"], (text, [(c.text, c.category) for c in found])


def test_an_adjective_after_to_is_no_change_verb(claims):
    # "linked to low birthweight": "low" is no verb after "to" (the change verb is "lower")
    assert claims("Smoking in pregnancy has been linked to low birthweight in babies.")[0].category != "efficacy"


def test_known_that_is_still_the_known_frame(claims):
    # "known" is also a form of the saying verb "know": the frame's own word, not a verb after it
    assert claims("It is known that coffee can raise blood pressure.")[0].subject == "coffee"


def test_not_only_is_still_an_opening_word(claims):
    found = claims("Not only does aspirin thin the blood, it also lowers fever.")
    assert not found[0].subject.lower().startswith("not")


def test_a_capitalised_word_after_a_plural_is_part_of_a_name(claims):
    found = claims("A 2007 VA Cooperative Studies Program study showed that exposure therapy was effective.")
    assert found[0].subject != "A 2007 VA Cooperative Studies"


def test_a_participle_is_no_plural_subject(claims):
    found = claims("Some other commercially made detox teas are also available that contain senna.")
    assert found[0].subject == "Some other commercially made detox teas"


def test_there_is_past_an_adverb(claims):
    assert claims("There is currently no cure for asthma.")[0].subject == "no cure for asthma"


def test_a_bare_finding_after_plural_studies_has_its_own_subject(claims):
    # the plural source and its bare verb ("Studies show") are the frame, not the subject; an object stays one
    found = claims("Studies show women who use hormone therapy have an increased risk of breast cancer.")
    # the finding's subject, 'women who use hormone therapy', names people only: the claim is about the treatment
    # (qa28 17's gold subject for "Studies show women who use estrogen plus progestin MHT have …" is the MHT)
    assert found[0].subject == "hormone therapy"
    assert claims("The results show no benefit of zinc for colds.")[0].subject == "The results"


def test_a_gerund_subject_leaves_the_centre_for_the_next_pronoun(claims):
    found = claims("Ozone therapy uses a gas. Incorrect dosing can cause lung damage and leads to coughing. "
                   "It is generally unsuitable for pregnant individuals.")
    assert [c.subject for c in found] == ["Ozone therapy", "Incorrect dosing", "Ozone therapy"]
    # a gerund that is also a noun is a thing the pronoun can name
    found = claims("Aspirin thins the blood. Heavy bleeding is a known risk. It can be stopped with pressure.")
    assert found[-1].subject != "Aspirin"


def _md_claims(text: str):
    from pipeline.claims import extract_claims
    from pipeline.ingest import build_source
    from pipeline.nlp import analyse
    return extract_claims(analyse(build_source("page.md", text, "md")))


def test_bare_case_items_and_criteria_are_no_claims():
    text = ("# Kidney infection\n\nKidney infections are caused by bacteria.\n\nSymptoms include:\n\n"
            "- Have chills and a fever over 38.5 C\n- Feel confused or drowsy\n\n"
            "Eligibility criteria:\n\n- ≥2 migraine attacks per month with disability lasting ≥3 days\n\n"
            "Antibiotics cure most kidney infections.\n")
    texts = [c.text for c in _md_claims(text)]
    assert texts == ["Kidney infections are caused by bacteria", "Antibiotics cure most kidney infections"]


def test_items_whose_subject_is_the_lists_stay_claims():
    text = "# Creatine\n\nCreatine benefits:\n\n- Has been shown to improve strength\n- Helps muscles recover\n"
    assert len(_md_claims(text)) == 2


def test_items_under_a_relative_lead_keep_their_have():
    text = ("# Supplements\n\nThe law defines dietary supplements as products that:\n\n"
            "- Are made to supplement the diet\n- Have one or more dietary ingredients, such as vitamins\n")
    assert any(c.text.startswith("Have one or more") for c in _md_claims(text))


def test_lower_case_have_items_are_cases_only_under_a_lead_to_the_reader():
    text = ("# Kidney infection\n\nKidney infections are caused by bacteria. Pain when you pee is a sign of a "
            "kidney infection. Dark pee is a sign of a kidney infection.\n\n"
            "You think you or your child may have a kidney infection and:\n\n"
            "- have blood in your pee\n- have not had a pee all day\n\n"
            "People with lupus often:\n\n- have joint pain that lasts for weeks\n")
    texts = [c.text for c in _md_claims(text)]
    assert "have blood in your pee" not in texts and "have not had a pee all day" not in texts
    assert "have joint pain that lasts for weeks" in texts


def _subjects(text: str) -> dict[str, str]:
    return {c.text: c.subject for c in _md_claims(text)}


@pytest.mark.parametrize("text, claim, subject", [
    # the person told is not the subject of what is said ('said the drug that …' keeps its relative)
    ("He tells patients that there is no rigorous research showing the drug cures cancer.",
     "He tells patients that there is no rigorous research showing the drug cures cancer", "no rigorous research"),
    ("Dr. Lee told us that statins lower cholesterol.", "Dr. Lee told us that statins lower cholesterol", "statins"),
    ("The nurse said the vaccine is safe for most children with asthma.",
     "The nurse said the vaccine is safe for most children with asthma", "the vaccine"),
    # a noun that is also a verb after an adjective that is neither ("A new report", "This deeper sweat")
    ("A new report has found that people who take statins had no differences in muscle symptoms.",
     "A new report has found that people who take statins had no differences in muscle symptoms", "A new report"),
    ("This deeper sweat penetration ensures more effective toxin removal.",
     "This deeper sweat penetration ensures more effective toxin removal", "This deeper sweat penetration"),
    # … but not a verb that is no noun, nor an auxiliary ("particularly aggressive is", "early is")
    ("Recognizing relapse early is crucial for initiating appropriate treatment strategies in myeloma.",
     "Recognizing relapse early is crucial for initiating appropriate treatment strategies in myeloma",
     "Recognizing relapse early"),
    # a quantifier or plural before an adverb and a base-form verb
    ("Many even leave behind several adverse effects on your body.",
     "Many even leave behind several adverse effects on your body", "Many"),
    ("Some patients also take longer to respond to ketamine than others.",
     "Some patients also take longer to respond to ketamine than others", "Some patients"),
    ("Some people also use colloidal silver for eczema.", "Some people also use colloidal silver for eczema",
     "Some people"),
    ("Most weight loss plans focus on what you eat.", "Most weight loss plans focus on what you eat",
     "Most weight loss plans focus on what you"),  # unchanged: no adverb, so "Most" is no pronoun here
    # what there is: past quotation marks, a hyphenated word and an 'and' between adjectives, up to a participle
    ("There may be a strong “nocebo effect” — people expect to feel muscle pain.",
     "There may be a strong “nocebo effect” — people expect to feel muscle pain", "a strong “nocebo effect”"),
    ("Second, there is often an imbalance of healthy and pathogenic bacteria and yeast in the gut.",
     "Second, there is often an imbalance of healthy and pathogenic bacteria and yeast in the gut",
     "an imbalance of healthy and pathogenic bacteria"),
    ("And there is not evidence to support people taking ivermectin to treat cancer.",
     "And there is not evidence to support people taking ivermectin to treat cancer",
     "not evidence to support people taking ivermectin to treat cancer"),
    # a determiner and an adjective set off by a comma from the rest of the noun phrase
    ("These hard, needle-shaped crystals build up slowly over several years in gout.",
     "These hard, needle-shaped crystals build up slowly over several years in gout",
     "These hard, needle-shaped crystals"),
])
def test_subject_past_a_listener_an_adjective_or_a_quotation_mark(text, claim, subject):
    assert _subjects(text)[claim] == subject


def test_an_opening_phrase_is_no_participle_clause_before_the_subject():
    """'In addition, cupping therapy can be …': the '-ing' word after the comma opens the subject, not a clause that
    takes the previous sentence's subject."""
    found = _subjects("Cupping therapy releases toxins. Enhanced blood flow under the cups draws toxins away.\n\n"
                      "In addition, cupping therapy can be utilized to stretch connective tissues. Since pain results "
                      "from poor tissues, it will relieve the pain.")
    assert found["In addition, cupping therapy can be utilized to stretch connective tissues"] == "cupping therapy"
    assert found["Since pain results from poor tissues, it will relieve the pain"] == "cupping therapy"


def test_a_name_given_to_a_pronoun_picks_the_thing_it_names():
    found = _subjects("Lupus is an autoimmune inflammatory disease. This means that your immune system starts to "
                      "attack your body instead of harmful germs. It is also called systemic lupus erythematosus.")
    assert found["It is also called systemic lupus erythematosus"] == "Lupus"
    # a name that shares no word with anything named before leaves the pronoun as it was resolved
    found = _subjects("Metformin lowers blood sugar in type 2 diabetes. It is also known as Glucophage.")
    assert found.get("It is also known as Glucophage", "Metformin") == "Metformin"


@pytest.mark.parametrize("text", [
    # an instruction after a run-in label
    "Non-urgent advice: See a GP if you or your child have symptoms of flu and they get worse.",
    # the page saying what it explains
    "This article explains what NMN is, its role in the body, and how vitamin B3 works.",
])
def test_labelled_instructions_and_page_explanations_are_no_claims(text):
    assert _md_claims(text) == []


@pytest.mark.parametrize("text", [
    "Metabolic stress: Conditions like diabetes deplete NAD+.",  # a run-in label before a statement
    "Subscribers report less joint pain with the supplement.",  # a site word beside a health outcome
    "In a newsletter, the clinic said its patients report less joint pain after cupping.",  # no site term
])
def test_labels_and_site_words_before_statements_stay_claims(text):
    assert len(_md_claims(text)) == 1


def test_the_sites_own_machinery_is_no_claim():
    """A log-in form's text whose words recur enough to look like the page's topic: no claim of it."""
    text = ("Register for an account\n\nEnter your name and email address below.\n\n"
            "Your email address is used to log in and will not be shared or sold.\n\nWebsite access code\n\n"
            "Enter your access code into the form field below.\n\nIf you are a print magazine subscriber, you can "
            "enter your website access code to gain subscriber access. Your website access code is printed on the "
            "cover of your magazine.\n\nCBD may ease anxiety in adults.\n")
    assert [c.text for c in _page_claims(text)] == ["CBD may ease anxiety in adults"]


def test_items_naming_signs_or_risks_are_claims_and_cases_are_not():
    """Under "Symptoms … include:", a heading naming signs, a lead whose paragraph names them ("Watch for any
    combination of:") or a lead stating a risk ("Your risk is higher if you:") each item completes the lead: a sign,
    symptom or risk of the disease, a claim even with no verb of its own. Under an instruction with a case word
    ("Start … when patients experience any of the following:", "Call your doctor if you:") an item is a case."""
    text = ("# Flu\n\nFlu is caused by a virus.\n\nSymptoms of flu can include:\n\n- a sudden high temperature\n"
            "- aching muscles\n- Symptoms usually last a week.\n\n"
            "## Signs of anaphylaxis\n\n- swelling of the throat or tongue\n\n"
            "Sepsis can be hard to spot because early signs look like other illnesses. Watch for any combination "
            "of:\n\n- clammy, pale or mottled skin\n\n"
            "Your risk of glaucoma is higher if you:\n\n- are over 60\n- have diabetes\n\n"
            "Start preventive treatment for migraine when patients experience any of the following:\n\n"
            "- Using abortive medications more than twice weekly\n\n"
            "Call your doctor if you:\n\n- Have a fever or a headache that does not go away.\n\n"
            "## Ingredients\n\n- Vitamin D3 50 mcg\n\n"
            "You cannot prevent every case of sepsis, but you can lower your risk:\n\n- Wash your hands regularly.\n\n"
            "Antibiotics cure most kidney infections.\n")
    assert [c.text for c in _md_claims(text)] == [
        "Flu is caused by a virus", "a sudden high temperature", "aching muscles", "Symptoms usually last a week",
        "swelling of the throat or tongue", "Sepsis can be hard to spot because early signs look like other illnesses",
        "clammy, pale or mottled skin", "are over 60", "have diabetes", "You cannot prevent every case of sepsis",
        "you can lower your risk", "Antibiotics cure most kidney infections"]


def test_a_lead_ending_in_a_modal_or_have_leads_into_its_list():
    """'The spots can:' waits for its verb: no claim, and its items are said of its subject."""
    found = _md_claims("# Chickenpox\n\nChickenpox causes an itchy rash of spots.\n\nThe spots of chickenpox can:\n\n"
                       "- spread or stay in a small area\n\nBefore or after the rash appears, you might also have:\n\n"
                       "- a high temperature\n")
    assert {c.text: c.subject for c in found} == {"Chickenpox causes an itchy rash of spots": "Chickenpox",
                                                   "spread or stay in a small area": "The spots of chickenpox"}


@pytest.mark.parametrize("text, subject", [
    # an opening phrase set off by commas right after the frame's 'that'
    ("However, it is important to note that, particularly in older adults, dehydration can occur without thirst.",
     "dehydration"),
    # a set phrase before the subordinate clause
    ("Perhaps needless to say, when colostrum is consumed as a supplement, it is not derived from a human host.",
     "colostrum"),
])
def test_subject_after_a_frame_or_a_set_phrase_with_commas(text, subject):
    assert [c.subject for c in _md_claims(text)] == [subject]


def test_a_possessive_and_a_letter_name_stay_in_the_noun_phrase():
    found = _subjects("Ashwagandha is an herb. More recently, this root’s benefits for occasional stress relief have "
                      "helped it gain favor in the West. Sea moss also contains vitamins A and K, which help combat "
                      "environmental stressors related to aging and acne.")
    assert found["More recently, this root’s benefits for occasional stress relief have helped it gain favor in the "
                 "West"] == "this root’s benefits for occasional stress relief"
    assert found["help combat environmental stressors related to aging and acne"] == "vitamins A and K"


def test_a_likening_to_the_reader_is_about_what_is_likened():
    found = _subjects("Think of Ashwagandha as a tool that helps balance your body’s stress response system.")
    assert found["Think of Ashwagandha as a tool that helps balance your body’s stress response system"] \
        == "Ashwagandha"


@pytest.mark.parametrize("text, claim, subject", [
    # "it" is no plural: not "Most of us", "Many people", "Symptoms" before it, but the treatment the sentence before
    # named, else the page's topic (its first subject that names a recurring topic word, or that word)
    ("Most of us have had flurbosis at some time. It usually occurs for a short period, such as when you have an "
     "ear infection. Flurbosis is harmless. Flurbosis can come back. Flurbosis may last a week.",
     "It usually occurs for a short period, such as when you have an ear infection", "flurbosis"),
    ("Many people take a pill with a DMARD, usually metformin. It is also one of the safest drugs.",
     "It is also one of the safest drugs", "metformin"),
    ("Grumble syndrome is a condition of the gut. Symptoms are variable, including bloating and nausea. "
     "It can be diagnosed by a simple blood test. Grumble syndrome can be treated with diet. "
     "Grumble syndrome is common.",
     "It can be diagnosed by a simple blood test", "Grumble syndrome"),
    # … nor a person or a body of people
    ("Zorbazone is a compound found in sunscreens. Zorbazone is absorbed through the skin. The Contact Dermatitis "
     "Society named zorbazone the allergen of the year. It has also been linked to cancer in babies. Zorbazone "
     "harms coral.",
     "It has also been linked to cancer in babies", "Zorbazone"),
    # a singular subject, a mass noun after "most of", and a disease named with an -s stay what "it" stands for
    ("Turmeric is a spice. It reduces joint pain.", "It reduces joint pain", "Turmeric"),
    ("Most of the body's iron is stored in the liver. It prevents anaemia.", "It prevents anaemia",
     "Most of the body's iron"),
    ("Shingles is a viral infection. It can cause severe pain for months.", "It can cause severe pain for months", "Shingles"),
    # "they" may stand for a plural
    ("Many people take statins. They report muscle pain.", "They report muscle pain", "Many people"),
])
def test_it_does_not_stand_for_a_plural_or_a_person(text, claim, subject):
    subjects = _subjects(text)
    assert subjects.get(claim, "").lower() == subject.lower(), subjects


@pytest.mark.parametrize("text, kept", [
    # -- pointers and statements of need are no claims
    # the writer pointing at what follows, and a statement of need, assert nothing to check
    ("Below are the key ways in which infrared saunas aid in detoxification.", None),
    ("Below is the list of ingredients in our immunity formula.", None),
    ("There is an urgent need for safe, effective, and non-addictive pain management approaches.", None),
    ("There's a need to treat back pain better.", None),
    # … but a need denied, a level below a figure and a lead-in's claim after its colon stay claims
    ("There is no need for antibiotics for a cold.", "There is no need for antibiotics for a cold"),
    ("Levels below 5 are considered low for iron deficiency.", "Levels below 5 are considered low for iron deficiency"),
    ("Here's what we know with certainty: vaccines are among the most thoroughly tested medicines.",
     "vaccines are among the most thoroughly tested medicines"),
    # -- a dosing step is an instruction
    # a dosing step addressed to the prescriber is an instruction
    ("Start at 25 mg daily and titrate by 25 mg weekly to minimize side effects.", None),
    ("Titrate slowly to reduce nausea with topiramate.", None),
    # … not a noun or a gerund that opens a statement
    ("Starting metformin early lowers blood sugar.", "Starting metformin early lowers blood sugar"),
    # -- impersonal advice and a request after an opening clause are no claims
    # an impersonal judgement of what the reader should do is advice, at the opening or after an opening word
    ("It's important to take these medications as prescribed, even if you feel well and have no symptoms.", None),
    ("It is also important to consult with a healthcare professional before adding fish oil to your diet.", None),
    ("Hence, it\u2019s best to avoid using a foot detox if you have sensitive skin.", None),
    # … and so is a request after an opening clause
    ("If you experience vomiting, or are unable to eat, please call the doctor\u2019s office.", None),
    # … not what is said to be important, nor a call for research
    ("It is important to note that statins lower LDL cholesterol.", "It is important to note that statins lower LDL "
     "cholesterol"),
    ("It is important to develop screening tools for pancreatic cancer.",
     "It is important to develop screening tools for pancreatic cancer"),
    ("Vitamin D is important to bone health.", "Vitamin D is important to bone health"),
])
def test_one_claim_or_none_is_kept(text, kept):
    texts = [c.text for c in _md_claims(text)]
    assert texts == ([kept] if kept else []), texts


@pytest.mark.parametrize("text, kept", [
    # -- a lead in before a colon takes the sentence tests
    # a lead-in before a colon that points at what follows is meta-text, even when the sentence goes on to assert
    ("But here's what the diet industry doesn't always tell you: not all fibre supplements work equally.",
     ["not all fibre supplements work equally"]),
    ("Here is what most sellers won't tell you: garlic pills do not lower blood pressure.",
     ["garlic pills do not lower blood pressure"]),
    # … not a lead-in that asserts something itself
    ("Curcumin has one key advantage: it is absorbed well with black pepper.",
     ["Curcumin has one key advantage", "it is absorbed well with black pepper"]),
    ("Here's the truth: vaccines prevent measles in most children.", ["vaccines prevent measles in most children"]),
    # -- a first person recommendation is advice
    # the writer's own advice in the first person is a call to action
    ("I recommend incorporating elderberry syrup as soon as flu season starts.", []),
    ("We don't recommend colloidal silver for any infection.", []),
    # … not a third party's advice, a past recommendation in a study, nor a hedged finding
    ("Doctors recommend statins for adults with high cholesterol.",
     ["Doctors recommend statins for adults with high cholesterol"]),
    ("We recommended metformin to 40 patients with diabetes.", ["We recommended metformin to 40 patients with diabetes"]),
    ("We suggest that vitamin D deficiency contributes to depression.",
     ["We suggest that vitamin D deficiency contributes to depression"]),
    # -- an instruction after a long opening clause
    # an instruction after an opening clause of more than eight words is still an instruction
    ("If your symptoms improve immediately after a remedy, stop and repeat only if symptoms return.", []),
    ("If your blood pressure stays high after three months of treatment, talk to your doctor about a second drug.",
     []),
    # … not a statement after such a clause
    ("If your blood pressure stays high after three months of treatment, a second drug lowers the risk of stroke.",
     ["If your blood pressure stays high after three months of treatment, a second drug lowers the risk of stroke"]),
    # -- a modal referral is a call to action
    # a modal's referral or encouragement after a short subject is a call to action
    ("Women over 40 should talk to their doctor about when to start mammograms.", []),
    ("Adults with a cough should be encouraged to try honey before antibiotics.", []),
    ("If you have ringing in your ears, you should see a doctor about hearing tests.", []),
    # … and so is a recommendation to lay people of what to do (the gold scheme: a call to action even with an
    # implicit fact; claims._advises_people), but not a profession's practice recommended, nor advice in a later
    # clause of a sentence that asserts first
    ("Adults over 50 with diabetes should take a statin.", []),
    ("Doctors should prescribe a statin to adults over 50 with diabetes.",
     ["Doctors should prescribe a statin to adults over 50 with diabetes"]),
    ("Statins lower LDL cholesterol by a third, and patients should talk to their doctor about side effects.",
     ["Statins lower LDL cholesterol by a third", "patients should talk to their doctor about side effects"]),
    # -- how a treatment should be taken is an instruction
    # how a treatment should be taken or given is an instruction
    ("Nasal steroid sprays should be taken every morning as the leaflet says.", []),
    ("Therefore, ozone therapy should be carefully administered by an experienced physician.", []),
    # … not how a drug must be given, nor a contraindication
    ("Because these drugs are antibodies, they must be injected in the skin.",
     ["Because these drugs are antibodies, they must be injected in the skin"]),
    ("Metformin should not be taken by people with severe kidney disease.",
     ["Metformin should not be taken by people with severe kidney disease"]),
    # -- a switch is an instruction
    # a change of product or treatment put to the reader is an instruction
    ("If there is no improvement at all after three days, switch to another remedy or see a homeopath.", []),
    ("Switch to a low-sodium salt to lower your blood pressure.", []),
    # … not a gerund subject
    ("Switching to decaf lowers heart palpitations in most adults.",
     ["Switching to decaf lowers heart palpitations in most adults"]),
])
def test_the_claims_kept_beside_instructions_and_lead_ins(text, kept):
    texts = [c.text for c in _md_claims(text)]
    assert texts == kept, texts


@pytest.mark.parametrize("text, claim, subject", [
    # a subordinate clause names its own subject, a bracketed gloss on it included, not the sentence before's
    ("This article explains omega-3 fats. Although fish oil supplements (omega-3 fatty acids) might contribute to "
     "improvements in ADHD, they are no cure.",
     "Although fish oil supplements (omega-3 fatty acids) might contribute to improvements in ADHD",
     "fish oil supplements (omega-3 fatty acids)"),
    # an adjective before an inverted copula is no subject: the noun phrase after the verb is
    ("Not only that, noteworthy is the action of black seed oil against several types of cancer.",
     "Not only that, noteworthy is the action of black seed oil against several types of cancer",
     "the action of black seed oil against several types of cancer"),
    ("Also remarkable is the effect of curcumin on joint pain.",
     "Also remarkable is the effect of curcumin on joint pain", "the effect of curcumin on joint pain"),
    # … not a noun subject before a copula
    ("Fatigue is common in anaemia.", "Fatigue is common in anaemia", "Fatigue"),
    # a discourse word before the comma is no subject
    ("# Zinc\n\nZinc helps the immune system. Hence, zinc lozenges can reduce the length of a cold.\n",
     "Hence, zinc lozenges can reduce the length of a cold", "zinc lozenges"),
])
def test_a_subject_is_what_the_clause_is_about(text, claim, subject):
    subjects = _subjects(text)
    assert subjects.get(claim, "") == subject, subjects


def test_a_doubled_full_stop_ends_the_sentence():
    texts = [c.text for c in _md_claims("# Statins\n\nCall the office.. Statins lower LDL cholesterol in most people.\n")]
    assert texts == ["Statins lower LDL cholesterol in most people"], texts


def test_a_reminder_before_a_comma_keeps_its_claim():
    """'Remember, X' asks the reader to keep a claim in mind: the claim after the comma is asserted, as after
    'Remember:'; 'Remember to take your tablets' stays an instruction."""
    claims = _md_claims("# Colds\n\nRemember, prevention is the best cure for colds.\n\nRemember to wash your hands.\n")
    assert [(c.text, c.subject) for c in claims] == [
        ("Remember, prevention is the best cure for colds", "prevention")], claims


@pytest.mark.parametrize("text, kept", [
    # a question put in the form of a statement and denied at once asks and asserts nothing
    ("# Screening\n\nJust turned 45 and figured you had five more years before your first colonoscopy? Well, maybe "
     "not. Colorectal cancer is the third-leading cause of cancer deaths.\n",
     ["Colorectal cancer is the third-leading cause of cancer deaths"]),
    ("# Turmeric\n\nA miracle cure for arthritis? Not quite. Turmeric eases joint pain.\n", ["Turmeric eases joint pain"]),
    # … a teaser affirmed or left alone is still the page's own wording
    ("# Turmeric\n\nA miracle cure for arthritis? Absolutely. Turmeric eases joint pain.\n",
     ["A miracle cure for arthritis?", "Turmeric eases joint pain"]),
])
def test_a_question_denied_at_once_asserts_nothing(text, kept):
    assert [c.text for c in _md_claims(text)] == kept


@pytest.mark.parametrize("text, claim, subject", [
    # -- a claim about people is about the treatment it names
    # a claim whose subject names only people is about the treatment its clause names, the first of them
    ("# Pembrolizumab\n\nYou usually have pembrolizumab at a day unit as an outpatient.\n",
     "You usually have pembrolizumab at a day unit as an outpatient", "pembrolizumab"),
    ("# Diabetes\n\nMetformin lowers blood sugar. Many patients take metformin with insulin.\n",
     "Many patients take metformin with insulin", "metformin"),
    # … not a treatment that only sets a condition, and not when the sentence names none
    ("# Ablation\n\nYour doctor can fix the misfiring without surgery.\n",
     "Your doctor can fix the misfiring without surgery", "Your doctor"),
    ("# Anaemia\n\nYou may feel tired and short of breath.\n", "You may feel tired and short of breath", "You"),
    # -- an aside before a findings that
    # a short aside between a verb of finding and its 'that' leaves the finding's subject as the claim's
    ("# Black seed\n\nStudies have shown, in vitro, that black seed oil can reduce the growth of cancer cells.\n",
     "Studies have shown, in vitro, that black seed oil can reduce the growth of cancer cells", "black seed oil"),
    ("# Zinc\n\nStudies have shown, however, that zinc shortens colds.\n",
     "Studies have shown, however, that zinc shortens colds", "zinc"),
])
def test_the_subject_of_a_given_claim(text, claim, subject):
    assert _subjects(text).get(claim) == subject


def test_a_claim_about_people_leaves_what_later_pronouns_refer_to():
    """The treatment read for a people subject is the claim's subject only: "This method" after "You can drink
    coffee during the fast" still refers to what the page was about before."""
    subjects = _subjects("# Fasting\n\nIntermittent fasting lowers insulin. You can drink coffee during the fast. "
                         "This method also lowers weight.\n")
    assert subjects["This method also lowers weight"] == "Intermittent fasting"


@pytest.mark.parametrize("text, kept", [
    # a consultation judged needed is advice, after a run-in label and a long opening phrase too
    ("Important Consultation: Due to varying causes of fatigue and individual health factors, consulting a "
     "healthcare professional is essential before starting CoQ10 supplements.", []),
    ("Consulting your doctor is important before taking zinc.", []),
    # … and the claim before it in the sentence stays
    ("CoQ10 lowers fatigue in heart failure, but consulting a doctor is essential before starting it.",
     ["CoQ10 lowers fatigue in heart failure"]),
])
def test_a_consultation_judged_needed_is_advice(text, kept):
    assert [c.text for c in _md_claims("# CoQ10\n\n" + text + "\n")] == kept


def test_health_effect_sequences_are_found_by_their_first_lemma_as_by_a_scan_of_every_word():
    """`_says_health_effect` looks each word up among the sequences that start with it; it answers as comparing every
    sequence at every word would, where a sequence is there and where none is."""
    from pipeline.claims import _effect_verbs, _says_health_effect
    from pipeline.nlp import analyse_text

    def scanned(analysis):
        lemmas = [t.lemma for t in analysis.tokens]
        return any(tuple(lemmas[i:i + len(p)]) == p for p in _effect_verbs() for i in range(len(lemmas)))

    sequence = next(p for p in _effect_verbs() if len(p) > 1)
    texts = ["Condoms fully protect against HPV.", "The clinic opens at nine on Mondays.",
             f"Some say it {' '.join(sequence)} quickly.", "It is not FDA-approved for children."]
    found = []
    for text in texts:
        analysis = analyse_text(text)
        found.append(_says_health_effect(analysis, 0, len(analysis.tokens)))
        assert found[-1] == scanned(analysis)
    assert found[2] and not found[1]


def test_a_verb_led_list_item_with_two_verbs_is_one_claim():
    """"- Lifts mood and fights depression": the item's verbs, each a cue, say one promise of the list's subject;
    cut in two at "and", each half had two words and fell below the three a claim needs. A verb and its object
    make a claim in such an item ("- Burns fat"); two words that open with no verb do not ("- Natural ingredients")."""
    from pipeline.claims import extract_claims
    from pipeline.ingest import build_source
    from pipeline.nlp import analyse

    raw = ("# Calmex Drops\n\nOur drops do a lot:\n\n- Lifts mood and fights depression\n"
           "- Strengthens bones and prevents fractures\n- Burns fat\n- Natural ingredients\n")
    texts = [c.text for c in extract_claims(analyse(build_source("ad.md", raw, "md")))]
    assert "Lifts mood and fights depression" in texts
    assert "Strengthens bones and prevents fractures" in texts
    assert "Burns fat" in texts
    assert "Natural ingredients" not in texts
    # in running text, a second verb phrase after "and" is still cut off as a claim of its own
    found = [c.text for c in extract_claims(analyse(build_source(
        "a.md", "Vitamin D strengthens bones and prevents fractures in older adults.\n", "md")))]
    assert len(found) == 2


def test_an_instruction_after_a_condition_that_lists_things_is_advice(claims):
    """The condition's own commas list things; the instruction after its last one is advice, as after a short
    condition ("If symptoms persist, see a doctor"). A condition followed by a statement stays a claim."""
    assert claims("If you have severe or worsening back pain, numbness or weakness, see a doctor.") == []
    assert claims("If you have severe anxiety or panic attacks, please speak to a healthcare professional.") == []
    assert [c.text for c in claims("If left untreated, gout damages the joints, kidneys and skin.")] == [
        "If left untreated, gout damages the joints, kidneys and skin"]
    assert claims("If you have blood in your stool, a change in bowel habits or weight loss, see your doctor; these "
                  "symptoms need diagnostic testing rather than screening.") != []


def test_a_price_is_a_term_of_sale_not_a_claim(claims):
    """"One injection costs $850": a currency amount and no verb of effect. A clause that says an effect too stays
    a claim."""
    assert claims("One injection of platelet-rich plasma costs $850, and a series of three is $2,200.") == []
    assert claims("Hyperbaric oxygen treatments start at $180 per session.") == []
    assert [c.text for c in claims("The statin saves $200 a year and lowers blood pressure.")][-1] == \
        "lowers blood pressure"
    assert claims("Statins lower LDL cholesterol by 30 percent.") != []


def test_a_base_verb_list_item_under_a_heading_of_results_is_a_promise():
    """"- Burn fat and build lean muscle" under "What TRT Can Do for You" completes "TRT can …": a claim of what it
    does (lexicons/headings.yml `promise_headings`). The same item under any other heading is an instruction."""
    from pipeline.claims import extract_claims
    from pipeline.ingest import build_source
    from pipeline.nlp import analyse

    def texts(raw: str) -> list[str]:
        return [c.text for c in extract_claims(analyse(build_source("ad.md", raw, "md")))]

    promised = texts("# PrimeMan Clinic\n\n## What TRT Can Do for You\n\n- Lose up to 10 pounds in your first month\n"
                     "- Sharpen your focus and memory\n- Zero needles\n")
    assert promised == ["Lose up to 10 pounds in your first month", "Sharpen your focus and memory"]
    assert texts("# Gout\n\n## Looking after yourself\n\n- Lose weight slowly if you need to\n"
                 "- Drink plenty of water every day\n") == []


@pytest.mark.parametrize("text", [
    "It usually develops quickly, within minutes of contact.",
    "Results in mice do not always carry over to humans.",
    "Long-term safety in humans has not been studied.",
    "Every vial is tested for purity and potency.",
])
def test_a_statement_in_the_third_person_after_a_claim_needs_no_medical_word(text):
    """What a paragraph goes on to state in the third person after a claim is checkable whatever its words (a list
    goes on from the paragraph before it); the same sentence opening its paragraph keeps to the topic test."""
    claim = "Sepsis is a life-threatening condition."
    assert text.rstrip(".") in texts(_page_claims(f"{claim} {text}\n"))
    assert text.rstrip(".") in texts(_md_claims(f"{claim}\n\n- {text}\n"))
    assert text.rstrip(".") not in texts(_page_claims(f"{claim}\n\n{text}\n"))


@pytest.mark.parametrize("text", [
    "You are not alone.",  # the reader consoled
    "Your partner will thank you.",
    "We accept HSA and FSA cards.",  # the site speaking
    '"My doctor was amazed." - Mark T.',  # a testimonial's feeling
    "This is expected.",  # too short to be checked without a medical word
    "It is important to be honest about what we don't know yet.",  # the writer's comment
    "Doses should always be reduced gradually, with a doctor's advice.",  # advice
    "This article contains affiliate links.",  # the page's disclosure (cues.yml meta)
])
def test_a_statement_without_a_medical_word_by_or_to_the_page_is_no_claim(text):
    claim = "Sepsis is a life-threatening condition."
    assert texts(_page_claims(f"{claim} {text}\n")) == [claim.rstrip(".")]


def test_an_item_under_a_heading_that_promises_results_needs_no_verb():
    """'- Sharper memory and focus' under 'What NMN can do for you' completes '<it> gives you …': a claim when it
    names something medical; a shop's word under the same heading ('Great-tasting honey lemon flavour') is none. An
    item that opens with a comparative is a result under any heading ('Features': "Better sleep and mood"), a
    feature of the product with nothing medical ('Longer battery life') none."""
    found = texts(_md_claims("# NMN\n\n## What NMN can do for you\n\n- Sharper memory and focus\n"
                             "- Great-tasting honey lemon flavour\n\n## Features\n\n- Better sleep and mood\n"
                             "- Longer battery life\n- Plain text label\n"))
    assert found == ["Sharper memory and focus", "Better sleep and mood"]


@pytest.mark.parametrize("item", [
    "Less bloating and wind within a week",
    "Fewer, milder hot flushes within 2 weeks",
    "Healthier-looking skin in 30 days",
    "Calmer moods and deeper sleep for your child",
    "Stronger immunity all winter long",
    "Better than ibuprofen for period pain",
    "More energy than a double espresso, every morning",
])
def test_a_list_item_opening_with_a_comparative_is_a_result_under_any_heading(item):
    """A list item that opens with a comparative ("- Sharper memory and focus", "- Better than Botox") names the state
    after, set against the state before or against a rival: the result a list of what a product does offers, whatever
    its heading says ("Why women love Serelle", "What you'll notice"). The same words in a sentence that opens with
    something else, or a comparative that heads a phrase of its own ("More of our range") or names nothing medical
    ("Less plastic in every bottle"), are not read so."""
    page = "# Serelle drops\n\nSerelle drops are a herbal supplement for menopause.\n\n## Why women love Serelle\n\n"
    assert texts(_md_claims(f"{page}- {item}\n")) == [
        "Serelle drops are a herbal supplement for menopause", item]


@pytest.mark.parametrize("item", [
    "More of our menopause range",
    "Less plastic in every bottle",
    "Our best-selling formula",
    "Longer-lasting bottle, same price",
])
def test_a_list_item_that_compares_no_state_is_no_result(item):
    page = "# Serelle drops\n\nSerelle drops are a herbal supplement for menopause.\n\n## Why women love Serelle\n\n"
    assert texts(_md_claims(f"{page}- {item}\n")) == ["Serelle drops are a herbal supplement for menopause"]


def test_a_reason_or_a_which_clause_in_advice_is_a_claim_and_the_advice_is_not(claims):
    """An instruction stays no claim; what it says after ", because" or of a noun it names after ", which"
    asserts something of its own."""
    assert texts(claims("Do not take more than 6 tablets a day, because high doses can damage the kidneys.")) == [
        "because high doses can damage the kidneys"]
    assert texts(claims("Keep up to date with vaccines, which prevent some of the infections that lead to "
                        "sepsis.")) == ["prevent some of the infections that lead to sepsis"]
    assert claims("Take two tablets a day with food, because it is easier to remember.") == []
    assert claims("Take two tablets a day with food.") == []


def test_a_list_item_saying_whom_a_condition_affects_describes_it():
    """"Affects 1 in 10 women" in a fact list about a disease says how common it is (lexicons/subjects.yml
    `describing_verbs`), no effect promised; an item opening with an effect verb still asserts one."""
    from pipeline.claims import extract_claims
    from pipeline.ingest import build_source
    from pipeline.nlp import analyse

    raw = "# Endometriosis\n\n## Key facts\n\n- Affects 1 in 10 women\n- Rebuilds cartilage in 30 days\n"
    found = extract_claims(analyse(build_source("facts.md", raw, "md")))
    assert [(c.text, c.strength) for c in found] == [("Affects 1 in 10 women", "none"),
                                                    ("Rebuilds cartilage in 30 days", "direct")]


def test_an_effect_verb_with_no_word_of_its_kind_is_efficacy(claims):
    # a list item that opens with its verb of effect asserts what the product does: efficacy, not "other" (the
    # parametrized category cases above hold where it must not fire: a use or purpose, research, benefits weighed
    # against risks, a part of the body as the subject)
    found = claims("## What FloraTox does for you\n\n- Detoxifies the body of heavy metals\n"
                   "- Balances blood sugar all day long")
    assert [(c.category, c.strength) for c in found] == [("efficacy", "direct"), ("efficacy", "direct")]
    # ... a harm raised is none: a disease causing a symptom describes the disease
    assert [c.category for c in claims("Endometriosis can also cause tiredness and low mood.")] == ["other"]
    # ... nor what people in general do: no treatment's effect
    for text in ("Many women stopped HRT after the 2002 study.",
                 "We take a small sample of fat from your hip, concentrate the cells, and inject them into the joint."):
        assert [c.category for c in claims(text)] == ["other"], text


def test_a_signed_first_person_story_claims_an_effect(claims):
    # a testimonial, signed with a dash or after its closing quotation mark, tells what the product did: efficacy,
    # asserted (FTC Endorsement Guides, 16 CFR 255.2(a))
    for text in ("My back pain disappeared in three days. - Steve N.",
                 '"I lost 14 pounds in my first month." Margaret, 71',
                 "I lost 14 pounds in my first month and my doctor took me off my diabetes medication. \u2014 Jake, 34"):
        assert [(c.category, c.strength) for c in claims(text)] == [("efficacy", "direct")], text
    # ... not a first-person sentence with no signature (one that says a complaint ended is read as the result a
    # page that sells offers, test_a_complaint_said_to_have_ended_is_the_result_a_page_that_sells_offers), nor a
    # speaker's quotation with its verb of saying
    assert [(c.category, c.strength) for c in claims("I walked to the shops three days later.")] == [
        ("other", "none")]
    assert [(c.category, c.strength) for c in claims('"My patients lose weight within a month," says Dr Lee.')] == [
        ("other", "none")]
    # ... nor a first-person story whose block ends in a short sentence with no dash or quotation mark before it
    assert [(c.category, c.strength) for c in claims("I was scared before my operation. The nurses explained "
                                                       "everything.")] == [("other", "none"), ("other", "none")]
    assert [(c.category, c.strength) for c in claims("My chemotherapy made me very tired for a few months. It "
                                                       "passed.")] == [("other", "none")]


def test_a_signed_story_is_an_endorsement_only_on_a_page_that_promotes():
    """The same signed story of a result is a customer's endorsement of the product on a page that sells (efficacy,
    asserted: 16 CFR 255.2(a)) and a patient's account on a hospital's page that shows no sign of promoting anything
    (claims.ClaimReadings, read by assessment.audit_source with the signs that grade_by_promotion reads)."""
    from conftest import audit_markdown

    story = "After my knee replacement I was walking to the shops within six weeks. - Jane, 54\n"
    hospital = ("# Knee replacement at St Mary's Hospital\n\nMost people need physiotherapy for several weeks after "
                "the operation.\n\n## Patient stories\n\n" + story)
    seller = ("# FlexiKnee Joint Formula\n\nFlexiKnee is our formula for stiff joints. Order today and save 20%.\n\n"
              "## What our customers say\n\n" + story)

    def story_reading(page: str) -> tuple[str, str]:
        told = [c for c in audit_markdown(page).claims if "walking to the shops" in c.text]
        assert len(told) == 1
        return told[0].category, told[0].strength

    assert story_reading(seller) == ("efficacy", "direct")
    assert story_reading(hospital) == ("other", "none")
    # a page that names terms of sale sells, though none of its words is a promoter's (a sign of promotion)
    shop = ("# KneeEase Sleeve\n\nKneeEase is a compression sleeve for the knee.\n\n" + story
            + "\n2 sleeves for $34.95. Free returns.\n")
    assert story_reading(shop) == ("efficacy", "direct")


def test_a_reason_given_with_which_is_why_is_a_cause_asserted(claims):
    # "X, which is why Y": the clause before is asserted as the reason for Y, a cause told of how Y comes about
    # (mechanism, direct)
    for text, clause in (("Cold air thickens the fluid in your joints, which is why your knees ache in winter.",
                          "is why your knees ache in winter"),
                         ("Crash diets slow your metabolism, which is why so many dieters regain the weight.",
                          "is why so many dieters regain the weight"),
                         ("Hot water strips the oils from your skin, which is why it feels tight after a shower.",
                          "is why it feels tight after a shower"),
                         # "can" states what follows, no hedge
                         ("Stress raises cortisol, which is why you can't sleep.", "is why you can't sleep")):
        found = {c.text: (c.category, c.strength) for c in claims(text)}
        assert found.get(clause) == ("mechanism", "direct"), (text, found)
    # ... not a reason not known, a writer's pointer to the reason that follows, nor "That's why" opening a sentence
    # (more often the reason for what someone does or has)
    for text in ("Doctors are not sure why psoriasis flares in winter.", "It is not clear why some people get migraines.",
                 "Here is why your knees ache in winter.",
                 "Pilots can miss a step. That's why every cockpit has a checklist and a copilot."):
        assert all(c.strength != "direct" and c.category != "mechanism" for c in claims(text)), (
            text, [(c.text, c.category, c.strength) for c in claims(text)])
    # ... nor the reason for an act or a need (lexicons/subjects.yml reason_actions), nor a consequence told with a
    # modal or a hedge: the "is why" clause is no cause asserted
    for text in ("Uric acid builds up in the joints, which is why people with gout are advised to drink plenty of water.",
                 "A stroke kills brain cells quickly, which is why hospital staff act fast.",
                 "The pancreas makes no insulin, which is why people with type 1 diabetes need insulin injections "
                 "every day.",
                 "Cold air thickens joint fluid, which is why your knees may ache in winter.",
                 "It is gentle on the stomach, which is why pharmacists recommend it."):
        told = [(c.category, c.strength) for c in claims(text) if c.text.startswith("is why")]
        assert all(category != "mechanism" and strength != "direct" for category, strength in told), (text, told)


def test_a_complaint_said_to_have_ended_is_the_result_a_page_that_sells_offers():
    """On a page that sells, a complaint said to have ended ("the itching was gone", "had vanished", "doesn't … any
    more", "had cleared up") is the before-and-after result offered as the product's: efficacy, asserted, signed or
    not (claims.ClaimReadings). On a page that promotes nothing the same sentence is a patient's account, read as any
    other; a natural course told ("on its own") or an end denied ("was not gone") is no result offered."""
    from pipeline.claims import read_claims
    from pipeline.nlp import analyse_text

    def readings(sentence: str) -> tuple[tuple[str, str], tuple[str, str]]:
        read = read_claims(analyse_text(sentence))
        (plain,), (promoted,) = read.read(promotes=False), read.read(promotes=True)
        return (plain.category, plain.strength), (promoted.category, promoted.strength)

    for sentence in ('"Two days later the stiffness in my knee was gone."',
                     "Within a month the swelling had disappeared.",
                     "My back pain disappeared in three days.",  # a first-person story, unsigned
                     "After one week with the brace it was gone.",  # a pronoun for the complaint
                     "The eczema on his hands isn't itchy anymore.",
                     "Three weeks later the ache in his hip had cleared up."):
        plain, promoted = readings(sentence)
        assert promoted == ("efficacy", "direct"), sentence
        assert plain == ("other", "none"), sentence
    # what is gone or has vanished must be a complaint (the list CUR009 and CUR010 name one by)
    for sentence in ("The rash of chickenpox is usually gone without treatment within ten days.",
                     "After a month of the cream the eczema was not gone.",
                     "Our old formula has been discontinued and the 90-day pack has vanished from stores."):
        assert readings(sentence)[1] == ("other", "none"), sentence


def test_a_result_promised_in_a_list_item_is_the_products_effect():
    """Under a heading that promises results, an item that opens with a comparative set against nothing named ("Sharper
    memory", "Deeper, more restful sleep") or with a verb that takes an object names what the product does for the
    reader: efficacy, asserted. Not a comparative set against something named ("than"), an adjective joined to another
    ("Clear and tan sizes"), a word heading its own phrase ("Number of users"), nor the same items under a heading
    that promises nothing."""
    found = _md_claims("# NMN\n\n## Benefits\n\n- Sharper memory and focus\n- Deeper, more restful sleep from the "
                       "very first night\n- Better sleep for you and your partner\n- Skyrocket your energy and "
                       "motivation\n- Faster than any other tea on the market\n- Clear and tan sizes for a discreet "
                       "look\n")
    assert [(c.category, c.strength) for c in found] == [("efficacy", "direct")] * 4 + [
        ("other", "correlational"), ("other", "none")]
    found = _md_claims("# NMN\n\n## Ingredients\n\n- Sharper memory and focus comes from nicotinamide.\n")
    assert [(c.category, c.strength) for c in found] == [("other", "none")]
    found = _md_claims("# NMN\n\n## Benefits\n\n- Number of hours of deep sleep rises\n")
    assert [(c.category, c.strength) for c in found] == [("other", "none")]


def test_a_result_offered_in_a_list_item_is_read_so_only_where_the_page_promotes():
    """The same "Results" list on a trial report is a finding, not an offer: a harm compared ("More nausea in the
    drug group") stays what it is; on a page that sells, the item is the product's effect, asserted."""
    from conftest import audit_markdown

    items = "## Results\n\n- Sharper memory after 12 weeks\n- More nausea in the drug group\n"
    report = "# The ZX-11 trial\n\n400 adults took ZX-11 or a placebo for 12 weeks.\n\n" + items
    seller = "# ZX-11 Memory Formula\n\nOur formula for memory. Add to cart today for free shipping.\n\n" + items

    def readings(page: str) -> list[tuple[str, str]]:
        return [(c.category, c.strength) for c in audit_markdown(page).claims
                if c.text.startswith(("Sharper", "More nausea"))]

    assert readings(seller)[0] == ("efficacy", "direct")
    assert ("efficacy", "direct") not in readings(report)


def test_claim_readings_keep_the_endorsement_apart():
    readings = read_claims(analyse_text("My back pain disappeared in three days. - Steve N.\n\n"
                                        "Physiotherapy eases back pain in most people."))
    assert [(c.category, c.strength) for c in readings.read(promotes=False)] == [("other", "none"),
                                                                                ("efficacy", "direct")]
    assert [(c.category, c.strength) for c in readings.read(promotes=True)] == [("efficacy", "direct"),
                                                                               ("efficacy", "direct")]
    # with no signed story, nothing depends on the page
    plain = read_claims(analyse_text("Physiotherapy eases back pain in most people."))
    assert plain.endorsed == () and plain.read(True) == plain.read(False)


def test_a_harm_raised_by_the_thing_named_first_is_safety(claims):
    # a harm a named treatment or product can cause is its safety, though no concept names it as a treatment
    assert [c.category for c in claims("Senna can cause cramping and loose stools in some people.")] == ["safety"]
    # ... not a disease causing a symptom, nor "it" (which may stand for either), nor a cause named by the noun
    # "causes" or by the passive "caused by"
    for text in ("Endometriosis can also cause tiredness and low mood.",
                 "In adults it can cause a cough lasting weeks.",
                 "Other causes include thyroid surgery and some medicines such as lithium.",
                 "Iron deficiency is usually caused by bleeding from the gut."):
        assert [c.category for c in claims(text)] == ["other"], text


def test_a_share_of_people_with_words_between_is_a_statistic(claims):
    # "1 in 5 unvaccinated people", "9 out of 10 customers": a share of people, as "1 in 5 people" is
    for text in ("About 1 in 5 unvaccinated people who get measles is admitted to hospital.",
                 "Up to 9 out of 10 unvaccinated people who are close to someone with measles will catch it."):
        assert [c.category for c in claims(text)] == ["statistic"], text
    # ... not a share of things that are no people
    assert [c.category for c in claims("The cream fades 1 in 2 dark spots.")] == ["other"]


def test_a_risk_factor_harming_health_is_neither_efficacy_nor_safety(claims):
    # review2: an exposure or risk factor as the subject of an effect or a harm (lexicons/subjects.yml
    # exposure_openers, exposure_heads) is "other" in the gold scheme, not a treatment's
    # efficacy nor its safety
    for text in ("Smoking damages the lungs.", "Air pollution worsens asthma symptoms.",
                 "High blood sugar weakens the walls of blood vessels.", "Stress can cause headaches.",
                 "Lack of sleep can cause poor concentration."):
        assert [c.category for c in claims(text)] == ["other"], text
    # ... a product, an intake, a dose or an intervention keeps its reading, and so does a subjectless list item
    for text, category in (("Senna can cause cramping and loose stools in some people.", "safety"),
                           ("Taking senna can cause cramping.", "safety"),
                           ("High doses of vitamin A can cause birth defects.", "safety"),
                           ("A low-fat diet lowers cholesterol.", "efficacy"),
                           ("Cutting down on alcohol is good for your liver.", "efficacy"),
                           ("Regular walking lowers blood pressure.", "efficacy"),
                           ("Turmeric reduces joint pain.", "efficacy")):
        assert [c.category for c in claims(text)] == [category], text
    assert [c.category for c in claims("## What FloraTox does\n\n- Detoxifies the body of heavy metals")] == ["efficacy"]


@pytest.mark.parametrize("text, instruction", [
    # an adverb of frequency before a verb's base form opens an instruction
    ("Asthma inhalers deliver medicine to the lungs. Always carry your reliever inhaler with you.",
     "Always carry your reliever inhaler with you"),
    ("Concussion symptoms usually settle within two weeks. Never return to contact sport on the same day as a "
     "concussion.", "Never return to contact sport on the same day as a concussion"),
    # a verb that is also a noun, before an article: the word after the article is the object's noun
    ("Cataract surgery replaces the cloudy lens. Wear the eye shield at night for the first week after surgery.",
     "Wear the eye shield at night for the first week after surgery"),
    # … or with no verb a noun subject could have in the sentence
    ("The syrup contains honey and lemon for coughs. Shake well before use.", "Shake well before use"),
    ("Gluten can trigger symptoms in coeliac disease. Cut out gluten, barley and rye for six weeks.",
     "Cut out gluten, barley and rye for six weeks"),
    ("Ticks can spread Lyme disease. Use fine-tipped tweezers to remove a tick.",
     "Use fine-tipped tweezers to remove a tick"),
])
def test_directions_are_no_claims(text, instruction):
    found = [c.text for c in _md_claims(text)]
    assert instruction not in found
    assert len(found) == 1  # the statement before it stays a claim


@pytest.mark.parametrize("text, claim", [
    # a verb of a subject follows the opening word: a statement
    ("Ticks can spread Lyme disease. Exercise lowers blood pressure in most adults.",
     "Exercise lowers blood pressure in most adults"),
    # a verb that is also a noun, heading a noun phrase before "of": a fragment that promises
    ("The shot is made with B12. Boost of energy in minutes.", "Boost of energy in minutes"),
    ("Blood pressure matters for the heart. Diet still matters for blood pressure.",
     "Diet still matters for blood pressure"),
    ("Ticks can spread Lyme disease. Weight loss and exercise help you control diabetes.",
     "Weight loss and exercise help you control diabetes"),
    ("Blood pressure matters for the heart. Drug resistance and mosquitoes that are resistant to insecticides are "
     "growing problems in Africa.",
     "Drug resistance and mosquitoes that are resistant to insecticides are growing problems in Africa"),
    # a noun phrase cut off by a relative clause, a sign of what the page is about
    ("Symptoms of TB include:\n\n- Cough that lasts more than three weeks.\n",
     "Cough that lasts more than three weeks"),
    # a likening says what the thing likened does
    ("Ashwagandha is a herb. Think of ashwagandha as a tool that helps balance your stress response.",
     "Think of ashwagandha as a tool that helps balance your stress response"),
])
def test_statements_opened_by_a_verb_shaped_word_stay_claims(text, claim):
    assert claim in [c.text for c in _md_claims(text)]


@pytest.mark.parametrize("text, advice", [
    # a modal of advice after a subject that names people, and a verb of doing: a recommendation
    ("Glaucoma damages the optic nerve. Adults over 40 should have an eye test at least every two years.",
     "Adults over 40 should have an eye test at least every two years"),
    ("Measles spreads easily. Infants aged 6 to 11 months should get an early dose of MMR before travelling abroad.",
     "Infants aged 6 to 11 months should get an early dose of MMR before travelling abroad"),
    ("The tablets contain 200 mg of sodium. People on a salt-restricted diet should check the label.",
     "People on a salt-restricted diet should check the label"),
    ("Pneumococcal disease can cause pneumonia. You should still have the vaccine.",
     "You should still have the vaccine"),
])
def test_advice_to_people_is_no_claim(text, advice):
    found = [c.text for c in _md_claims(text)]
    assert advice not in found
    assert len(found) == 1  # the statement before it stays a claim


@pytest.mark.parametrize("text, claim", [
    # a contraindication is a safety claim
    ("Hyperbaric oxygen raises the pressure in the lungs. People with untreated pneumothorax should not use HBOT.",
     "People with untreated pneumothorax should not use HBOT"),
    # what people should feel or see is a result foretold
    ("The cream soothes eczema. Patients should notice less itching within days.",
     "Patients should notice less itching within days"),
    # a thing's subject: when it should happen
    ("Sepsis is a medical emergency. Treatment should start within one hour of arriving at hospital.",
     "Treatment should start within one hour of arriving at hospital"),
    # said to everyone, a recommendation claims the product is for all
    ("Lutein protects the retina. Everyone should take one to prevent vision loss.",
     "Everyone should take one to prevent vision loss"),
    # advice that says what it is for or why asserts it (claims._advice_argued): a purpose after the object, a reason
    ("Cinnamon is a spice. People with diabetes should take cinnamon to lower their blood sugar.",
     "People with diabetes should take cinnamon to lower their blood sugar"),
    ("Measles is a virus. Parents should avoid the MMR vaccine because it causes autism.",
     "Parents should avoid the MMR vaccine because it causes autism"),
    # … or results or a comparative got or had: a result foretold
    ("The serum is new. You should have clearer skin in 14 days.", "You should have clearer skin in 14 days"),
    ("The serum is new. Patients should get results within a week.", "Patients should get results within a week"),
])
def test_what_people_should_expect_or_avoid_stays_a_claim(text, claim):
    assert claim in [c.text for c in _md_claims(text)]


def test_the_short_forms_of_the_supplement_notice_are_no_claims(claims):
    # the notice that a product is not meant to diagnose or treat, in its shorter forms, with the class of product
    # the seller joins to it: the product's legal standing
    text = ("Our mat lowers stress hormones. GlucoWise is a wellness product and is not intended to diagnose or treat "
            "diabetes or any other disease. It is not intended to diagnose or treat any medical condition.")
    assert texts(claims(text)) == ["Our mat lowers stress hormones"]
    # a product's status said without the notice stays a claim
    assert texts(claims("Our mat lowers stress hormones. The mat is not approved by the FDA for anxiety.")) == [
        "Our mat lowers stress hormones", "The mat is not approved by the FDA for anxiety"]


def test_a_price_line_is_no_claim_whatever_its_name_says(claims):
    # "<what is sold>: <price>": the name before the colon and the deal in brackets are no effect claimed
    assert texts(claims("The patches ease joint pain. Energy Boost Plan, 4 weekly shots: £120.")) == [
        "The patches ease joint pain"]
    assert texts(claims("The patches ease joint pain. Annual plan: $89.99 (save 50%).")) == [
        "The patches ease joint pain"]
    # a price said with an effect stays a claim
    assert "lowers blood pressure" in texts(claims(
        "The patches ease joint pain. Saves $200 a year and lowers blood pressure."))
    # … and so does a price with no colon before it whose sentence says an effect
    assert "The $30 patch lowers blood pressure in a week" in texts(claims(
        "The patches ease joint pain. The $30 patch lowers blood pressure in a week."))


@pytest.mark.parametrize("sentence, claim, spared", [
    ("Zinc lozenges work as well as antibiotics, without the stomach upsets.",
     "Zinc lozenges work as well as antibiotics", "without the stomach upsets"),
    ("The balm relieves joint pain fast, with none of the risks of painkillers.",
     "The balm relieves joint pain fast", "with none of the risks of painkillers"),
    ("Our drops help you sleep deeply, with no morning grogginess.",
     "Our drops help you sleep deeply", "with no morning grogginess"),
    ("MagnaSleep is completely safe, with zero side effects.", "MagnaSleep is completely safe",
     "with zero side effects"),
    ("LumiRoot regrows thinning hair faster than minoxidil, without its side effects.",
     "LumiRoot regrows thinning hair faster than minoxidil", "without its side effects"),
])
def test_what_a_claim_is_said_to_come_without_is_a_claim_of_its_own(claims, sentence, claim, spared):
    """", without their side effects", ", with none of the rebound congestion" closing a sentence after a claim says
    what it comes without: a second claim, of the harms it spares (safety)."""
    found = claims(sentence)
    assert texts(found) == [claim, spared]
    assert found[1].category == "safety"


@pytest.mark.parametrize("sentence", [
    "Most colds get better within a week, without treatment.",  # the natural course qualifies the clause
    "Without treatment, the infection spreads to the joints.",  # an opening phrase
    "The vaccine protects against flu, without the need for a booster, in most adults.",  # the clause goes on
    "Take the tablets with food, without crushing them.",  # an instruction, no claim for it to go on from
    "Trials were found in five databases, without language restriction.",  # a bare noun: a condition of the search
])
def test_a_phrase_of_absence_that_qualifies_its_clause_is_no_claim_of_its_own(claims, sentence):
    assert len(claims(sentence)) <= 1
    assert all(not c.text.startswith(("without", "with no")) for c in claims(sentence))


@pytest.mark.parametrize("sentence, second", [
    ("Most people recover within a week, but about 3% of people on the drug had headaches.",
     "about 3% of people on the drug had headaches"),
    ("Around 1 in 100 people have coeliac disease, but only about a third of them have been diagnosed.",
     "only about a third of them have been diagnosed"),
    ("Many survivors recover fully, but around 4 in 10 have lasting problems.", "around 4 in 10 have lasting problems"),
    ("Most patients are satisfied with the new knee, though up to 1 in 5 report persistent pain.",
     "though up to 1 in 5 report persistent pain"),
    ("Statins lower cholesterol, but half of users stop taking them within a year.",
     "half of users stop taking them within a year"),
])
def test_a_share_of_people_after_but_opens_a_clause_of_its_own(claims, sentence, second):
    """", but about 3% of people on the drug had headaches", ", though up to 1 in 5 report persistent pain": a share of
    people or cases (a figure, perhaps limited or rounded, and what it is a share of) with a verb of its own is the
    subject of a second main clause, a claim of its own."""
    assert texts(claims(sentence))[-1] == second
    assert len(claims(sentence)) == 2


@pytest.mark.parametrize("sentence", [
    "Most people recover within a week, but about 3% of the time.",  # no verb: the share qualifies the clause
    "Statins lower cholesterol by about a third of the starting level.",  # no ", but"
    "The cream soothes itching, but about half as well as a steroid.",  # a comparison, no subject
])
def test_a_share_with_no_verb_of_its_own_stays_in_its_clause(claims, sentence):
    assert len(claims(sentence)) == 1


def test_what_a_signed_storys_teller_felt_about_the_product_is_no_claim():
    """A signed story's clause that says only what its teller felt about the product ("be" or "feel" and a word of
    attitude, nothing medical and no figure in its own words) is the endorser's opinion, not a claim, even with the
    signature's age after it; what the body felt or a complaint named stays one."""
    from pipeline.claims import extract_claims
    from pipeline.ingest import build_source
    from pipeline.nlp import analyse

    def found(story: str) -> list[str]:
        page = f'# ZenSleep spray\n\n★★★★★ "{story}" — Ben, 52\n'
        return [c.text for c in extract_claims(analyse(build_source("page.md", page, "md")))]

    for opinion in ("I was sceptical at first.", "My husband was pleasantly surprised.", "My GP was amazed.", "Honestly, I'm hooked.",
                    "I feel really grateful.", "My wife was thrilled with it."):
        assert found(opinion) == [], opinion
    assert found("I was amazed my back pain was gone.") != []
    assert found("I was sceptical, but my insomnia cleared in a week.") != []
    assert found("My insomnia is gone.") != []
    assert found("I was happy to sleep 8 hours again.") != []
    assert found("My GP was delighted with my progress.") != []
    assert found("My physio was amazed at how far I could walk.") != []


def test_a_feeling_about_the_product_is_no_claim_with_or_without_a_signature():
    """The speaker's feeling about the product, with nothing medical and no figure, is an opinion whoever says it: on
    a page with no signed story too. A pain named, a result the feeling is about, stays a claim there as well."""
    from pipeline.claims import extract_claims
    from pipeline.ingest import build_source
    from pipeline.nlp import analyse

    def found(sentence: str) -> list[str]:
        page = f"# Page\n\n{sentence}\n\nAdd to cart today for free shipping.\n"
        return [c.text for c in extract_claims(analyse(build_source("page.md", page, "md")))]

    assert found("I was sceptical at first.") == []
    assert found("I was amazed my back pain was gone.") != []


@pytest.mark.parametrize("sentence", [
    "Magnesium relaxes tight muscles.",
    "Zinc shortens a cold.",
    "Zinc lozenges may shorten the length of a common cold.",
    "Zinc does not shorten colds.",
    "Ginger calms an upset stomach.",
    "Peppermint oil settles the stomach.",
    "NovaCalm Plus soothes an irritated gut lining.",
    "A warm bath helps to relax stiff joints.",
    "Stretching loosens tight hamstrings and eases back pain.",
    "Our blend supports healthy digestion.",
    "Daily stretching can help quieten tension headaches.",
])
def test_a_health_effect_verb_with_the_body_as_its_object_is_a_claim(claims, sentence):
    # a product, ingredient, treatment or habit acting on the body, a part of it, a function or a complaint
    assert [c.text for c in claims(sentence)] == [sentence.rstrip(".")]


@pytest.mark.parametrize("sentence", [
    "You can relax your shoulders by breathing slowly.",  # what the reader does
    "I settle my stomach with tea.",  # what a person does
    "Relax your jaw and shoulders.",  # an instruction: no subject
    "The committee supports the new guidelines.",  # no body in the object
    "Our team supports you every step of the way.",
    "The shop restores old furniture.",
    "The wind calms down in the evening.",
])
def test_the_same_verbs_with_a_person_subject_or_no_body_object_make_no_claim(claims, sentence):
    assert claims(sentence) == []


@pytest.mark.parametrize("item", ["Dramatically reduces shedding", "Gently soothes sore joints",
                                  "Visibly firms sagging skin"])
def test_a_list_item_opening_with_an_adverb_then_its_verb_is_a_promise(item):
    from conftest import audit_markdown

    assert [c.text for c in audit_markdown(f"# What it does\n\n- {item}\n- Works for everyone\n").claims][:1] == [item]


@pytest.mark.parametrize("item", ["Early signs of damage", "Only results in theory", "Family history matters",
                                  "Elderly people need more protein", "Lonely evenings", "Costly treatments"])
def test_an_item_opening_with_a_word_in_ly_that_is_no_adverb_of_manner_is_not_read_as_a_verb_item(item):
    from pipeline.clauses import manner_adverb
    from pipeline.nlp import analyse_text

    assert not manner_adverb(analyse_text(item).tokens[0])


@pytest.mark.parametrize("word", ["Lonely", "Costly", "Deadly"])
def test_a_word_in_ly_that_only_the_lexicon_excludes_is_no_adverb_of_manner(word):
    # long enough and no noun: only lexicons/clauses.yml `ly_non_adverbs` keeps it from being read as an adverb
    from pipeline.clauses import clause_words, manner_adverb
    from pipeline.ingest import noun_lemmas
    from pipeline.nlp import analyse_text

    token = analyse_text(f"{word} people").tokens[0]
    assert len(token.lower) > 4 and token.lemma not in noun_lemmas()
    assert token.lower in clause_words()["ly_non_adverbs"] and not manner_adverb(token)
    assert manner_adverb(analyse_text("Gently soothes").tokens[0])  # a listed word's neighbour in form still reads


@pytest.mark.parametrize("sentence", [
    "Dissolve 3 heaped tablespoons in a bowl of warm water.",
    "Add 3 drops to a glass of water or juice, up to 3 times a day.",
    "Hold 20 cm from your pillow and spray 2–3 times about 10 minutes before bed.",
    "Apply 1 pump to clean skin morning and night.",
    "Mix 2 scoops with 250 ml of cold water.",
])
def test_a_verb_opening_with_an_amount_as_its_object_is_a_direction_for_use(claims, sentence):
    # a dose or a direction of use is a call to action in the gold scheme, no claim
    assert claims(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Type 2 diabetes raises the risk of heart disease.",  # a kind named by a number: its subject's verb follows
    "Stage 3 tumours are harder to treat.",
    "Grade 2 burns heal within three weeks.",
    "Exercise 30 minutes a day lowers blood pressure.",
    "Cut 500 calories a day and you lose about a pound a week.",  # a clause of its own promises
    "Walk 10,000 steps a day to halve your risk of heart disease.",  # a purpose: advice with its reason
])
def test_a_number_after_an_opening_noun_or_a_promise_after_the_amount_stays_a_claim(claims, sentence):
    assert [c.text for c in claims(sentence)] == [sentence.rstrip(".")]


@pytest.mark.parametrize("sentence, claim", [
    ("Do not take undiluted: it can burn the mouth and throat.", "it can burn the mouth and throat"),
    ("The oil irritates sensitive skin.", "The oil irritates sensitive skin"),
    ("Strong coffee can upset your stomach.", "Strong coffee can upset your stomach"),
])
def test_a_harm_to_the_body_is_a_claim(claims, sentence, claim):
    assert [c.text for c in claims(sentence)] == [claim]


@pytest.mark.parametrize("sentence", ["The sun dries the washing quickly.", "The fire burns the old logs.",
                                      "This detergent stains the fabric."])
def test_the_same_verbs_of_harm_with_no_body_object_make_no_claim(claims, sentence):
    assert claims(sentence) == []


@pytest.mark.parametrize("sentence", [
    "The new car park eases congestion around the main entrance.",  # a figurative word with no body word before it
    "This strategy supports our vision of outstanding care for everyone in the county.",
    "The agreement eases tension between the union and hospital managers.",
    "The appointment strengthens the trust's governing body.",
    "The trust defends its decision to move the eye unit to Bristol.",  # a body word modifying another noun
    "The trust settles the claim over a failed hip replacement.",
    "The charity promotes word of mouth referrals from local GPs.",  # a body word after a preposition
    "Haematoxylin stains cell nuclei blue and eosin stains the cytoplasm pink.",
    "The soft collar supports your neck and keeps it still.",  # a product's mechanics on a bare body part
    "A visor protects the eyes and face from splashes.",
    "The diffuser dries curly hair without frizz.",
])
def test_only_the_head_of_the_object_and_its_health_sense_make_a_body_effect(claims, sentence):
    assert claims(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Our formula supports the normal function of the immune system.",  # a function head reads its "of" phrase
    "Our blend supports prostate health.",  # a function head with a body word before it
    "Collagen supports healthy joints.",  # a health word before a body part after a verb of mechanics
    "The spray eases nasal congestion.",  # a figurative word after a body or health word
    "Magnesium eases muscle tension.",
    "Vitamin C protects the body's cells from damage.",
    "Elderberry defends the body against infection.",
    "The cream protects sensitive skin.",
])
def test_a_body_effect_on_the_head_of_the_object_stays_a_claim(claims, sentence):
    assert [c.text for c in claims(sentence)] == [sentence.rstrip(".")]


@pytest.mark.parametrize("sentence", [
    "Stage 4 melanoma spread to the liver in most patients.",  # a past form spelt like the base form
    "Type 2 diabetes cut life expectancy by six years in the study.",
    "Dose 2 cut the risk of severe illness by 90% in the trial.",
    "Group 2 set a new record for weight loss.",
    "Boost 3 times more collagen in 14 days.",  # an amount compared: a promise, no dose
    "Boost 40% more energy in the first week.",
    "Absorb 10 times more curcumin than standard turmeric.",
])
def test_an_amount_after_a_verb_that_is_no_verb_of_use_or_before_a_comparison_is_no_dose(claims, sentence):
    assert [c.text for c in claims(sentence)] == [sentence.rstrip(".")]


@pytest.mark.parametrize("sentence", ["Take 2 x 500 mg capsules with water.", "Sip 2 capfuls slowly before bed."])
def test_an_amount_after_a_verb_of_use_stays_a_direction(claims, sentence):
    # a multiplication in a dose is no comparison
    assert claims(sentence) == []


# A medicine withheld up to a condition of the group's own eligibility ("unless" with the group as its subject) is a
# prescribing rule, neither harm nor effect, on a page that promotes nothing; on a page that sells it is the seller's
# own restriction, a claim of the product's safety (ClaimReadings: the reading on a promoting page)
@pytest.mark.parametrize("text", [
    "Sleeping tablets are not prescribed to teenagers unless their insomnia is severe.",
    "Hormone treatment is not usually given to women under 45 unless they have had their ovaries removed.",
    "DozeEase is not recommended for children under 6 unless they have been assessed for sleep apnoea.",
])
def test_a_withholding_up_to_eligibility_is_a_rule_where_nothing_is_sold(text):
    readings = read_claims(analyse_text(text))
    assert [c.category for c in readings.read(promotes=False)] == ["other"]
    assert [c.category for c in readings.read(promotes=True)] == ["safety"]


@pytest.mark.parametrize("text", [
    "Cough syrups must not be given to children under 6 unless a doctor advises it.",
    "This balm is not suitable for babies under 3 months.",
])
def test_a_withholding_without_the_groups_eligibility_is_safety_on_any_page(text):
    readings = read_claims(analyse_text(text))
    assert [c.category for c in readings.read(promotes=False)] == ["safety"]
    assert [c.category for c in readings.read(promotes=True)] == ["safety"]


def test_a_share_told_as_a_ratio_how_rare_and_whom_it_affects_are_statistics(claims):
    # ledger35: "N in M" given as an estimate or as a verb's subject, how rare a disease is, whom it affects counted
    # or compared: how common something is (lexicons/cues.yml `frequency`)
    for text in ("Of the people referred, 3 in 10 turned out to need surgery.", "The scan found fewer than 1 in 5.",
                 "Bleeding happens in about 1 in 1,000 tests.", "Kidney cancer is rare in children.",
                 "Eczema affects millions of children in Europe.", "Men get gout about four times as often as women."):
        assert [c.category for c in claims(text)] == ["statistic"], text
    # ... not a bare count of things that are no people, rare side effects (safety decides first), nor an effect
    assert [c.category for c in claims("The cream fades 1 in 2 dark spots.")] == ["other"]
    for text in ("Side effects are rare.", "Serious side effects are rare."):
        assert [c.category for c in claims(text)] == ["safety"], text
    assert [c.category for c in claims("Caffeine affects your mood within minutes.")] == ["efficacy"]


def test_how_grave_a_disease_is_how_people_recover_and_how_long_it_lasts_are_prognosis(claims):
    # ledger35: gravity ("can be serious"), recovery and duration are what a disease does over time
    for text in ("Shingles can be serious in older people.", "Most children recover within ten days.",
                 "Most adults make a full recovery.", "The rash can last up to two weeks.",
                 "Nerve damage can take months to recover."):
        assert [c.category for c in claims(text)] == ["prognosis"], text
    # ... not a cause said to be less serious, nor a recovery sped up (an effect asserted, or nothing named)
    assert [c.category for c in claims("A cough is usually caused by something less serious.")] != ["prognosis"]
    assert [c.category for c in claims("This drink speeds up recovery after exercise.")] != ["prognosis"]


def test_how_an_infection_passes_between_people_is_its_mechanism(claims):
    # ledger35: the active of "is spread by": how the infection gets from one person to the next
    for text in ("Mumps spreads through coughs and sneezes.",
                 "Hand, foot and mouth disease spreads very easily by close contact.",
                 "It passes from person to person through shared towels."):
        assert [c.category for c in claims(text)] == ["mechanism"], text
    # ... not a rash spreading over the body (its course)
    assert [c.category for c in claims("The rash starts on the face and then spreads to the arms.")] == ["other"]


def test_a_review_signed_before_its_story_is_the_sellers_result_without_its_header():
    # ledger35: '★★★★★ "Title" — Name, 38' and the story on the next line: the story's result is the product's
    # efficacy, asserted on a page that sells, and its claim holds no stars, title or signature
    from conftest import audit_markdown

    page = ("# CalmNight Joint Capsules\n\nBuy CalmNight today for £24.99. Order now and save 20%.\n\n"
            "## Benefits\n\n- Eases joint pain while you sleep\n\n"
            "★★★★★ **\"Worth every penny\"** — Jo, 38\nMy stiff knees feel easier in the morning.\n\n"
            "★★★★★ **\"Five stars\"**\n*Sam, 40 — Verified Purchase*\nMy joint pain eased within a week.\n")
    claims = {c.text: (c.category, c.strength) for c in audit_markdown(page).claims}
    assert claims["My stiff knees feel easier in the morning"] == ("efficacy", "direct")
    assert claims["My joint pain eased within a week"] == ("efficacy", "direct")
    assert not any("★" in text or "Jo, 38" in text for text in claims)
    # near miss: with no signature before it, no story is read (the first result is no claim, the second keeps the
    # review's header)
    page = page.replace(" — Jo, 38", "").replace("*Sam, 40 — Verified Purchase*\n", "")
    texts = [c.text for c in audit_markdown(page).claims]
    assert "My stiff knees feel easier in the morning" not in texts
    assert any(text.startswith("★") and text.endswith("My joint pain eased within a week") for text in texts), texts


def test_duration_and_recovery_are_prognosis_only_as_a_disease_course(claims):
    # fixL: "last up to" hedged or told as usual, "recover in" with a span of time, "spreads when" someone passes it
    for text in ("Symptoms can last for about a week.", "Flu symptoms usually last for about a week.",
                 "Most patients recover in about three weeks."):
        assert [c.category for c in claims(text)] == ["prognosis"], text
    assert [c.category for c in claims("Scabies spreads easily when someone shares a bed.")] == ["mechanism"]
    # near misses: a product's effect said as a fact, a recovery compared, a balm's texture
    assert [c.category for c in claims("One dose of the spray lasts up to 8 hours.")] != ["prognosis"]
    assert [c.category for c in claims("The relief from one patch lasts up to 12 hours.")] != ["prognosis"]
    assert [c.category for c in claims("Users of the gel healed in half the time.")] != ["prognosis"]
    assert [c.category for c in claims("Patients who used the cream recovered in half the time.")] != ["prognosis"]
    assert [c.category for c in claims("The ointment spreads smoothly when warmed in your palm.")] != ["mechanism"]
    assert [c.category for c in claims("The balm spreads easily when warmed between your fingers.")] != ["mechanism"]


def test_a_story_signed_in_brackets_is_read_as_the_other_signed_layouts_on_either_page():
    # fixL (review A-M3): '"…" (Name, 74)' is a patient's account on a page that promotes nothing and a customer's
    # result on one that promotes, exactly as the dashed and the bare signature are read
    story = "\"Since my hip operation I can walk two miles a day without pain.\""
    readings = {}
    for signature in (" (Margaret, 71)", " - Margaret, 71", " Margaret, 71"):
        read = read_claims(analyse_text(story + signature))
        readings[signature] = tuple((c.category, c.strength) for c in read.read(promotes=False)), \
            tuple((c.category, c.strength) for c in read.read(promotes=True))
    assert len(set(readings.values())) == 1, readings
    sober, promoted = readings[" (Margaret, 71)"]
    assert sober == (("other", "conditional"),) and promoted == (("efficacy", "conditional"),)
    # near miss: a bracketed aside that names no one is no signature, and the sentence is read the same on both pages
    read = read_claims(analyse_text(story + " (see page 4)"))
    assert read.read(promotes=False) == read.read(promotes=True)


def test_a_sellers_verb_acting_on_an_object_is_an_effect_asserted_where_the_page_promotes():
    """On a page that sells, the seller's plain present-tense statement whose -s verb acts on an object ("steadies
    your knee joints", "coats the stomach lining") tells what the product or what it holds does, asserted, whatever
    the verb: direct, how it works, or its efficacy when a complaint is named after the verb (claims._acts_on_object).
    On a page that promotes nothing the same sentence is a description. Not a verb of what a thing holds
    (`describing_verbs`), a hedge, a verb whose subject is people, a disease or the body, nor "shows that"."""
    from pipeline.claims import read_claims
    from pipeline.nlp import analyse_text

    def readings(sentence: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
        read = read_claims(analyse_text(sentence))
        return ([(c.category, c.strength) for c in read.read(promotes=False)],
                [(c.category, c.strength) for c in read.read(promotes=True)])

    for sentence in ("Arthrex steadies your knee joints on stairs.", "Magnesium settles your muscles after exercise.",
                     "Each Gastrova tablet coats the stomach lining."):
        assert readings(sentence) == ([("other", "none")], [("mechanism", "direct")]), sentence
    for sentence in ("Dermaline settles the eczema on your hands.", "Each Gastrova tablet quiets the itch of eczema."):
        assert readings(sentence) == ([("other", "none")], [("efficacy", "direct")]), sentence
    for sentence in ("Each Gastrova tablet contains 5 g of soluble fibre.",  # what it holds
                     "Each Gastrova tablet may coat the stomach lining.",  # hedged: conditional already
                     "Many parents give Gastrova to their children.",  # what people do
                     "Arthritis stiffens your knee joints on stairs.",  # a disease's course
                     "Your knee cartilage cushions the joint on stairs.",  # the body's own work
                     "Each Gastrova tablet shows that heartburn can be beaten."):
        plain, promoted = readings(sentence)
        assert plain == promoted and ("mechanism", "direct") not in promoted, (sentence, promoted)


def test_a_sellers_assurance_of_gentleness_or_fitness_is_a_safety_claim_where_the_page_promotes():
    """On a page that sells, the seller's plain word that the product suits a group or is gentle (lexicons/cues.yml
    `safety_assurance`: "suitable for", "gentle on", "gentle enough") is a claim of its safety, asserted: direct, or
    absolute when it suits every member of a group ("for all ages", "for the whole family"); a harm it is said to
    come without (", without the nausea") is denied outright, absolute. On a page that promotes nothing they stay as
    read; a withholding ("not suitable for children") and a hedge stay what they are."""
    from pipeline.claims import read_claims
    from pipeline.nlp import analyse_text

    def readings(sentence: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
        read = read_claims(analyse_text(sentence))
        return ([(c.category, c.strength) for c in read.read(promotes=False)],
                [(c.category, c.strength) for c in read.read(promotes=True)])

    assert readings("Calmora joint cream is suitable for people over 60.")[1] == [("safety", "direct")]
    assert readings("Calmora pain gel is gentle on sensitive skin.") == ([("other", "none")], [("safety", "direct")])
    assert readings("Calmora pain gel is gentle enough for daily use.")[1] == [("safety", "direct")]
    assert readings("Calmora joint cream is suitable for all ages.") == ([("safety", "none")], [("safety", "absolute")])
    plain, promoted = readings("Calmora eases pain, without the nausea.")
    assert plain[1] == ("safety", "none") and promoted[1] == ("safety", "absolute")
    # "zero" and "none of the" side effects deny every harm, as "no side effects" does, on any page
    assert readings("Calmora eases joint pain with zero side effects.")[0] == [("safety", "absolute")]
    none_of = "Calmora eases joint pain with none of the side effects of ibuprofen."
    assert readings(none_of)[0] == [("safety", "absolute")]
    for sentence in ("Calmora pain relief is not suitable for children under 6.",  # a withholding
                     "Calmora pain gel may not be suitable for people with asthma.",  # hedged
                     "Calmora eases pain, without a prescription."):  # no harm spared
        plain, promoted = readings(sentence)
        assert plain == promoted, (sentence, promoted)
        assert not any(strength in ("direct", "absolute") and category == "safety" for category, strength in promoted)


def test_safe_for_every_member_of_a_group_is_absolute_only_where_the_page_promotes():
    """"safe/suitable/gentle for all …" or "for the whole …" (lexicons/cues.yml `safety_for_all`) is a seller's
    absolute assurance; on a page that promotes nothing it keeps the strength the sentence reads: a patient page
    names the group a vaccine is licensed for, news reports what researchers said."""
    from pipeline.claims import read_claims
    from pipeline.nlp import analyse_text

    def readings(sentence: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
        read = read_claims(analyse_text(sentence))
        return ([(c.category, c.strength) for c in read.read(promotes=False)],
                [(c.category, c.strength) for c in read.read(promotes=True)])

    assert readings("The shingles vaccine is safe for all adults aged 50 and over.") \
        == ([("safety", "direct")], [("safety", "absolute")])
    assert readings("Officials said the nasal spray is suitable for all children over 2.") \
        == ([("safety", "none")], [("safety", "absolute")])
    # near miss: a group with no "all", "every" or "whole" is the seller's direct assurance, not an absolute
    assert readings("Dentavo toothpaste is suitable for children over 6.")[1] == [("safety", "direct")]


def test_suitable_is_a_safety_assurance_only_for_people_or_a_use_on_the_body():
    """`safety_assurance`'s "suitable" reads a group of people (by age, skin, condition, pregnancy) or a use on the
    body after it: "suitable for recycling" or "for vegetarians" (a diet) assures no safety, on any page."""
    from pipeline.claims import read_claims
    from pipeline.nlp import analyse_text

    def promoted(sentence: str) -> list[tuple[str, str]]:
        return [(c.category, c.strength) for c in read_claims(analyse_text(sentence)).read(promotes=True)]

    for sentence in ("Nutrova omega capsules are suitable for pregnant women.",
                     "Dermessa balm is suitable for dry skin.",
                     "Nutrova drops are suitable from 6 months.", "Nutrova drops are suitable for older people."):
        assert ("safety", "direct") in promoted(sentence), sentence
    for sentence in ("The Nutrova jar is suitable for recycling.", "Our vitamin B12 tablets are suitable for vegans.",
                     "Our magnesium capsules are suitable for vegetarians and vegans."):
        assert not any(category == "safety" for category, _ in promoted(sentence)), (sentence, promoted(sentence))


def test_a_ranked_cause_is_the_sellers_cause_asserted_where_the_page_promotes():
    """"X is a leading/common/the biggest cause of Y" reads none on a page that promotes nothing (a description of a
    disease's causes, lexicons/context.yml); on a page that sells, the seller's plain statement that its thing causes
    a complaint is the cause asserted, direct (lexicons/cues.yml `ranked_cause`), unless the cause named is a disease,
    which the page describes."""
    from pipeline.claims import read_claims
    from pipeline.nlp import analyse_text

    def readings(sentence: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
        read = read_claims(analyse_text(sentence))
        return ([c.strength for c in read.read(promotes=False)], [c.strength for c in read.read(promotes=True)])

    for sentence in ("Hard tap water is a leading cause of dry skin.", "Blue light is the biggest cause of poor sleep "
                     "in teenagers.", "Hidden toxins are a major cause of chronic disease."):
        assert readings(sentence) == (["none"], ["direct"]), sentence
    # near miss: a disease ranked among a symptom's causes describes the disease, on either page
    assert readings("Gout is a common cause of sudden toe pain.") == (["none"], ["none"])
    assert readings("Plantar fasciitis is the most common cause of heel pain in adults.") == (["none"], ["none"])


def test_the_ranked_cause_cue_reads_the_words_of_the_pseudo_trigger():
    """cues.yml `ranked_cause` (read on pages that promote) and the ConText pseudo-trigger of context.yml (read on
    every page) name the same ranked "cause": one regularity, two readers."""
    from pipeline.patterns import read_yaml

    ranked = read_yaml("lexicons/cues.yml")["ranked_cause"]
    pseudo = [rule["pattern"] for rule in read_yaml("lexicons/context.yml")["rules"] if rule["category"] == "PSEUDO"]
    assert all(" ".join(pattern.split()) in pseudo for pattern in ranked)


def test_a_list_item_opening_with_a_plural_noun_and_its_verb_names_its_own_subject():
    """A list item whose first word is an -s form before an auxiliary ("Masks are …") opens with its subject, not
    with a verb whose subject the list leaves out (clauses.opening_s_verb); an -s verb before its object ("Relieves
    stress …", "stress" also a verb's base form) still opens a verb-first item, its subject left to the list."""
    from conftest import claims_for

    noun_first = claims_for("## Myths about masks\n\n- Masks are only useful for people who feel unwell\n")
    assert [(c.text, c.subject) for c in noun_first] == [
        ("Masks are only useful for people who feel unwell", "Masks")]
    verb_first = claims_for("## Why NightEase?\n\n- Relieves stress and tension in a week\n")
    assert [(c.subject, c.category) for c in verb_first] == [("", "efficacy")]


def test_a_list_lead_of_connectives_alone_reads_its_items():
    from pipeline.claims import extract_claims
    from pipeline.ingest import build_source
    from pipeline.nlp import analyse

    def items(page):
        return [(c.text, c.subject) for c in extract_claims(analyse(build_source("x.md", page, "md")))]

    # "That:" or ", which:" before a list cuts to no clause at all (its words are the connectives a clause drops):
    # the claim stage read the first clause of the lead and failed with an IndexError
    assert [text for text, _ in items("Zinc lozenges\n\nThat:\n\n- shorten a cold by a day or two\n"
                                      "- can leave a metallic taste\n")] == [
        "shorten a cold by a day or two", "can leave a metallic taste"]
    assert [text for text, _ in items("Zinc lozenges\n\n, which:\n\n- shorten a cold by a day or two\n")] == [
        "shorten a cold by a day or two"]
    # a lead with a clause still hands its subject to the items
    assert items("Zinc lozenges\n\nZinc lozenges are lozenges that:\n\n- shorten a cold by a day or two\n") == [
        ("shorten a cold by a day or two", "Zinc lozenges")]


def test_an_everyday_health_effect_caused_in_a_person_is_a_claim(claims):
    # device42: falling asleep, relaxing, recovering, feeling calm: a health effect when a product or substance is
    # said to cause it, with no concept or topic word in the sentence (lexicons/topics.yml `everyday_effects`)
    for text in ("Magnesium helps you fall asleep.", "Magnesium helps you relax.",
                 "Zinc helps you recover faster from a cold.", "Glowrest makes you fall asleep faster.",
                 "Lavender oil helps your body wind down at night.", "It makes you feel calm and rested.",
                 "It can help you stay asleep through the night.", "The drops keep you regular."):
        assert texts(claims(text)) == [text.rstrip(".")], text


def test_logistics_objects_and_instructions_are_no_everyday_effect(claims):
    # no effect named, the verb with an object of its own, or what the reader is told to do
    for text in ("Our size chart helps you find the right size.", "The bundle helps you save money.",
                 "The buckle helps you relax the strap quickly.", "This planner helps you focus on your goals.",
                 "The reset link lets you recover your password.", "Try to help your baby relax before bed.",
                 "Help your baby fall asleep with a warm bath.", "The guide makes you feel better about your choice.",
                 "The lens helps you focus the camera."):
        assert claims(text) == [], text


def test_a_plural_the_lemmatiser_does_not_know_and_a_felt_state_make_an_everyday_effect(claims):
    # fixMS42 (rvB-L3): a plural told by its ending ("gummies", "softgels"), and "better", "well", "sharp" after a
    # verb of feeling, becoming or keeping
    for text in ("These gummies help you relax.", "Our softgels help you fall asleep.",
                 "Zinc helps you get better faster.", "Magnesium helps you stay sharp.",
                 "It makes you feel better at night."):
        assert texts(claims(text)) == [text.rstrip(".")], text


def test_a_skill_or_a_quality_is_no_everyday_effect(claims):
    # fixMS42 (rvB-L3): "better", "well", "sharp" alone after "make" or "keep", or "better at" a skill; and an
    # instruction's base form after "to" (rvB-L4: the guard for it was never reached, and is gone)
    for text in ("This app makes you get better at chess.", "Practice makes you better.",
                 "Our planner keeps you sharp and organised.", "The classes help you get better at yoga.",
                 "Learn to let your body relax before bed."):
        assert claims(text) == [], text


def test_a_seller_listing_what_its_product_works_on_promises_a_benefit():
    """A benefit list's "Works on acne scars" / "Works within 30 minutes" opens with the verb, its subject left to the
    list (clauses.opening_s_verb): an unhedged effect claim, which SUB023 reads on a page that sells."""
    from conftest import claims_for

    sold = claims_for("## Why ScarAway?\n\n- Works on acne scars and stretch marks\n- Works within 30 minutes\n")
    assert [(c.subject, c.category, c.strength) for c in sold] == [("", "efficacy", "direct")] * 2
