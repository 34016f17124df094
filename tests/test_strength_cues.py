"""Claim strength on Yu et al.'s scale (0 none / 1 correlational / 2 conditional / 3 direct) for wording the cue
lexicon covers by regularity rather than by example: each case is a sentence written for the test, with a
neighbour that must keep its label."""

import pytest

from pipeline.benchmarks.base import sentence_strength


@pytest.mark.parametrize("text, expected", [
    # verbs of effect beyond "reduce" and "cause": lessening, hastening, disturbing, setting off
    ("Exercise training attenuates the decline in lung function.", "direct"),
    ("Metformin mitigates weight gain in adults taking antipsychotics.", "direct"),
    ("Smoking accelerates bone loss in older women.", "direct"),
    ("Sleep deprivation disrupts glucose metabolism.", "direct"),
    ("Vitamin K antagonists interfere with bone mineralisation.", "direct"),
    ("Metformin may mitigate weight gain in adults taking antipsychotics.", "conditional"),
    # ... the participle alone mostly names a state: no verb of effect there
    ("Patients with disrupted sleep were recruited from two clinics.", "none"),
    ("The majority of patients needed a rescue operation.", "none"),
    # the past tense is the verb when a determiner opens its object
    ("Exercise training attenuated the decline in lung function.", "direct"),
    ("Canagliflozin delayed the rise in troponin for two years.", "direct"),
])
def test_verbs_of_effect(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # what a treatment or a body process does, in the third person
    ("This medicine relaxes the airway muscles.", "direct"),
    ("Sun exposure creates vitamin D in the skin.", "direct"),
    ("The patch delivers nicotine through the skin at a steady rate.", "direct"),
    ("Fibre limits the absorption of sugar.", "direct"),
    ("Melatonin acts by regulating the timing of sleep.", "direct"),
    # ... not the instruction, the aim, the participle of who did what, nor the noun "limits"
    ("Remember to relax before bed.", "none"),
    ("Nurses delivered the intervention in primary care.", "none"),
    ("The committee set upper limits for vitamin D intake.", "none"),
    ("Patients reported limits on their daily activities.", "none"),
])
def test_verbs_of_effect_relax_create_deliver_limit(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a past participle right after its subject is the verb, with or without a determiner on its object ...
    ("Daily aspirin reduced melanoma risk.", "direct"),
    ("Heavy drinking markedly increased stroke risk in older men.", "direct"),
    # ... but it qualifies the risk after a preposition, a determiner, a verb of having or showing, a
    # measure or punctuation, or at the start of the sentence
    ("Daily aspirin was linked to reduced colorectal cancer risk.", "correlational"),
    ("Heavy drinkers showed increased stroke risk.", "correlational"),
    ("Women with endometriosis face increased cancer risk.", "correlational"),
    ("Heavy drinkers had a 30 percent increased stroke risk.", "correlational"),
    ("Increased stroke risk in heavy drinkers", "correlational"),
])
def test_participle_before_a_risk(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "targets" is the verb with its object after it, the plural noun before a preposition or "to"
    ("The new antibody targets tumour cells in the bone marrow.", "direct"),
    ("Few patients on statin monotherapy reached their lipid targets on time.", "none"),
    ("Blood pressure targets were met in half of the clinics.", "none"),
])
def test_targets_as_verb_or_noun(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # things observed together, in time or in the same people: correlational
    ("Depression and diabetes frequently coexist.", "correlational"),
    ("Low vitamin D status coincided with more frequent chest infections.", "correlational"),
    ("Serum ferritin paralleled disease activity in adults with arthritis.", "correlational"),
    ("Sleep duration tracked closely with body weight across adolescence.", "correlational"),
    ("Women were overrepresented among patients with a late diagnosis.", "correlational"),
    ("Night-shift nurses showed a greater propensity for weight gain.", "correlational"),
    ("Smokers had twice the odds of developing psoriasis.", "correlational"),
    # a verb that doubles a risk produces it
    ("Heavy drinking may double the risk of atrial fibrillation.", "conditional"),
])
def test_co_occurrence_is_correlational(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # what the research offers the field is no health effect
    ("This study contributes important information about the safety of spa therapy.", "none"),
    ("Our results support the use of home monitoring in clinical practice.", "none"),
    ("These findings support home-based efforts to improve adherence.", "none"),
    # ... while a relation in its object is read on its own
    ("Our findings support a significant association between sleep and depression.", "correlational"),
    ("These data support the beneficial effect of statins on heart failure.", "direct"),
])
def test_research_as_subject(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a verbless headline opening on a comparison compares the group it names with others
    ("Fewer hip fractures among tea drinkers", "correlational"),
    ("Worse survival for older women with ovarian cancer", "correlational"),
    ("Similar survival in men and women after lung transplant", "correlational"),
    # ... a sentence that opens so is read on its own
    ("More research is needed in older adults.", "none"),
    ("More than half of the patients in the study were women.", "none"),
    # what a group reports or goes through, compared; how soon it dies; what comes first as a sign
    ("Breast cancer survivors report more memory problems", "correlational"),
    ("Heart failure patients who are lonely die sooner", "correlational"),
    ("Head injury in childhood foreshadows later mental illness", "correlational"),
    # making someone more or less so is an effect; making up a share or making use of something is not
    ("Lack of sleep makes teens more impulsive", "direct"),
    ("Women make up more than half of the patients with lupus.", "none"),
])
def test_comparisons_in_headlines_and_groups(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an aim named with a gerund is an effect sought, not found
    ("Our results will aid the development of interventions for improving sleep in shift workers.", "none"),
    ("Programmes aimed at reducing salt intake were reviewed.", "none"),
    ("The programme reduced salt intake in older adults.", "direct"),
    # an impersonal judgement of what to do recommends; a factor an outcome depends on acts on it
    ("It is important to identify the factors associated with relapse.", "none"),
    ("It is essential that clinicians ask about alcohol use.", "none"),
    ("Good family support is essential for recovery after a stroke.", "direct"),
    ("Sleep is vital to good health in teenagers.", "direct"),
    ("This study was important to the adoption of the therapy.", "none"),  # what the research was for
    ("Regular monitoring may be critical for kidney outcomes in older adults.", "conditional"),
])
def test_aims_and_judgements(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # idioms of effect in headlines
    ("Daily exercise keeps dementia at bay", "direct"),
    ("New antibiotic wipes out drug-resistant bacteria in mice", "direct"),
    ("Weight loss surgery sends diabetes into remission", "direct"),
    # a hedged explanation with an adverb between is still hedged; a passive explanation names no hedged cause
    ("Low vitamin D may partly explain the higher rates of asthma.", "conditional"),
    # how many a disease strikes is prevalence; what it does to the body is an effect
    ("Lupus affects mostly women of childbearing age.", "none"),
    ("Depression affects millions of older Americans.", "none"),
    ("Diet and exercise may affect one's risk of kidney stones.", "conditional"),
    # an aim stated as such is sought
    ("The aim was to reduce hospital readmissions.", "none"),
    # a group's state compared, or its signs of a condition
    ("Patients on dialysis have a shorter life expectancy.", "correlational"),
    ("Obese teens show signs of early heart disease", "correlational"),
])
def test_idioms_prevalence_aims_and_states(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # what a group does, in a relative clause after "who", says who the group is
    ("Men who cannot produce sperm face a higher cancer risk.", "correlational"),
    ("Statins reduce strokes in men who smoke.", "direct"),
    ("Adults who exercise regularly improve their mood.", "direct"),  # the finding's verb is outside the clause
    # "assisted reproduction" is a noun; assisting is an effect
    ("Higher risk of birth defects after assisted reproduction", "correlational"),
    # the correlative comparative: one quantity rising with another
    ("The longer women took aspirin, the lower the risk of melanoma.", "correlational"),
    # compared harm, a part in an outcome, a fatal outcome
    ("Short antibiotic courses safer for children with pneumonia", "direct"),
    ("Screening has had little to do with falling death rates", "direct"),
    ("Severe allergic reactions can be fatal.", "direct"),
    ("Fatal cases were rare in children.", "none"),
])
def test_groups_proportions_and_harms(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # what a disease is, told in a clause on "a ... condition/disease/problem", is a definition
    ("PAD is a circulatory problem in which narrowed arteries reduce blood flow to the legs.", "none"),
    ("Lupus is a disease where the immune system attacks healthy tissue.", "none"),
    ("Smoking reduces blood flow to the legs.", "direct"),
    ("Some divers have medical conditions which could impact the safety of their diving.", "conditional"),
    # the definition ends at a comma (the cue's open span stops at punctuation, so a long run-on text stays linear):
    # the main clause after it is read on its own
    ("Glaucoma, a condition in which pressure builds up in the eye, damages the optic nerve.", "direct"),
    # ... and a ranked "cause" after it is a description of the disease (lexicons/context.yml)
    ("Glaucoma, a condition in which pressure builds up in the eye, is a leading cause of blindness.", "none"),
])
def test_disease_definitions(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a quantity that changed with no object, in a group or compared: an observed change
    ("Walking speed decreased more rapidly in smokers than in non-smokers.", "correlational"),
    ("Hospital admissions increased for patients with asthma during the heatwave.", "correlational"),
    ("Body weight did not change in either group.", "correlational"),
    ("Statins decreased LDL cholesterol more than placebo.", "direct"),  # an object: the verb's effect
    # a threshold is no cut; knowing ahead is a use of a finding, not a health effect
    ("The optimal cut-off value of the score differs among age groups.", "correlational"),
    ("Frailty scores can help forecast complications after surgery.", "correlational"),
    ("The questionnaire is a promising screening tool for malnutrition.", "none"),
    # prevalence with the adverb first
    ("Breast cancer was common and mostly affected older women.", "none"),
])
def test_observed_changes_and_uses(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the other comparatives of a measure, and a risk named after its exposure
    ("Bone density fell at a steeper rate in smokers than in non-smokers.", "correlational"),
    ("Small leukaemia risk following CT scans in childhood", "correlational"),
    # a method compared is no relation in Yu et al.'s coding
    ("The new scan was superior to ultrasound for staging.", "none"),
])
def test_other_comparatives(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # side effects named are a safety outcome, not a causal relation; what has or causes them produces them
    ("The drug was safe in children in terms of side effects and growth.", "none"),
    ("Few adverse effects were reported in either group.", "none"),
    ("Topical steroids do not have serious side effects in children.", "direct"),
    ("The drug causes fewer side effects than aspirin.", "direct"),
    ("Older chemotherapy drugs often come with severe side effects such as nausea.", "direct"),
])
def test_side_effects(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an effect as the object of study, with any adjective before it, is a question, not an answer
    ("Cohort studies would be useful to identify the relative effects of dietary salt on stroke.", "none"),
    # effect sizes are statistics of a study
    ("Effect sizes were small in both trials.", "none"),
    ("Exercise had a large effect on mood.", "direct"),
])
def test_effects_studied_and_measured(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # what a drug is used or prescribed for is its purpose, not a finding ("used to" is no longer an exception)
    ("Statins are commonly prescribed to lower cholesterol.", "none"),
    ("Vitamin D supplements are widely used to prevent fractures.", "none"),
    ("Statins lower cholesterol in older adults.", "direct"),
    # an effect named as what was examined
    ("The effects of the programme on quality of life were examined.", "none"),
    ("The programme had large effects on quality of life.", "direct"),
])
def test_purposes_of_use_and_study(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a bare verb joined to a purpose by "and" is sought with it ("to lower cholesterol and prevent heart attacks")
    ("Statins are prescribed to lower cholesterol and prevent heart attacks.", "none"),
    ("Compression stockings are worn in order to reduce swelling and quickly relieve leg pain.", "none"),
    # a verb with a tense of its own, or one with a subject of its own, is asserted
    ("Metformin was given to lower glucose and reduced weight in obese adolescents.", "direct"),
    ("Statins are prescribed to lower cholesterol and they prevent heart attacks.", "direct"),
])
def test_a_purpose_reaches_a_bare_verb_joined_by_and(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # how many a disease kills is a statistic; what kills cells is an effect
    ("Measles killed 140,000 people in 2018.", "none"),
    ("Heart disease kills more than 600,000 Americans each year.", "none"),
    ("The drug kills cancer cells in mice.", "direct"),
    # who funded the work is no effect
    ("The work was supported by a grant from the NIH.", "none"),
])
def test_death_tolls_and_funding(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # things that go together, traits, signs, and what a group does more of: correlational
    ("Heavy drinking in midlife and memory loss go together", "correlational"),
    ("Low birth weight babies more prone to asthma", "correlational"),
    ("Obese children show early signs of heart disease", "correlational"),
    ("Women outlive men after heart transplant", "correlational"),
    ("Heavy smokers lose more teeth", "correlational"),
    ("Rural patients wait longer for cancer surgery", "correlational"),
    ("High cholesterol in midlife signals later dementia risk", "correlational"),
    ("Gestational diabetes a warning sign for heart disease", "correlational"),
    # a verb that predisposes produces the risk; a sign found in one group describes it
    ("A genetic defect may predispose to childhood leukaemia", "conditional"),
    ("One in six workers displayed clinical signs of nerve damage.", "none"),
])
def test_headline_relations(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the noun "promise" states an effect only as promise for or against something
    ("Gene therapy shows promise for children with haemophilia.", "direct"),
    ("Sildenafil may be a promising treatment for heart failure.", "conditional"),
    # ... "the promise of X", "promise as a measure", "giving promise to the use of" name a hope or a role
    ("The promise of a single visit for screening and counselling was not realised.", "none"),
    ("Salivary cortisol holds promise as an outcome measure in stress research.", "none"),
    ("The two scoring methods agreed well, giving promise to the use of automated scoring.", "none"),
])
def test_promise_as_noun(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a call for action asks for what should be done, like "should" or "are needed"
    ("Researchers call for improved access to rapid diagnostics for drug-resistant tuberculosis.", "none"),
    ("Rates of anaemia were higher in teenage mothers than in older mothers, calling for improved screening in "
     "pregnancy.", "correlational"),
    ("Rates of anaemia were higher than previously reported, calling for improved screening in pregnancy.", "none"),
    # ... a telephone or emergency call is a noun, women called for screening were invited, and the finding stays
    ("Women called for screening at 47 had fewer advanced cancers than women first screened at 50.", "correlational"),
    ("Survival improved when adrenaline was given within 20 minutes of the emergency call for cardiac arrest.",
     "direct"),
])
def test_calls_for_action(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a working diagnosis names who was studied: the doubt is the diagnosis's, not the finding's
    ("Bedside ultrasound in children with suspected appendicitis reduces the use of CT scans.", "direct"),
    ("Donepezil improves cognition in patients with probable Alzheimer's disease.", "direct"),
    ("Vitamin D is of probable benefit for falls in frail older adults.", "conditional"),
    # ... a suspicion about the relation still hedges it
    ("Statins are suspected of raising diabetes risk in older women.", "conditional"),
    # nouns that contain a causal word name a thing: an anaesthetic, gear, a disease
    ("Patients given nerve blocks reported less pain than those given general anaesthesia.", "correlational"),
    ("Asthma was more common among bakers despite protective equipment.", "correlational"),
    ("Migraine attacks were more frequent in women than in men.", "correlational"),
])
def test_named_conditions_and_things(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "favourable" before its noun names a good value of a measure, no effect
    ("Adults who walked daily had a favourable lipid profile.", "none"),
    ("A low score was a favourable prognostic marker in the older group.", "correlational"),  # a marker of outcome
    # ... as a predicate it is the utility of what it is said of
    ("Oat bran may be favourable for cholesterol control.", "conditional"),
    # "increasing" coordinated with another adjective describes its noun ("substantial and increasing disparities");
    # after "with" it is a quantity that changes along with another
    ("Obesity trends hide substantial and increasing regional disparities.", "none"),
    ("Blood pressure rose with age and increasing body weight.", "correlational"),
])
def test_attributive_adjectives(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a tendency says how often an effect holds, not how sure the finding is: no hedge on Yu's scale
    ("Night shifts tend to raise blood pressure in older nurses.", "direct"),
    ("The infection tends to spread quickly and can lead to sepsis.", "direct"),
    # ... a modal still hedges
    ("Night shifts may raise blood pressure in older nurses.", "conditional"),
    # "related with" is the relation "related to" names
    ("Poor sleep was related with higher HbA1c in adolescents.", "correlational"),
])
def test_tendencies_and_relation_variants(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an age limit says who was counted, like "more than 70 %": no comparison of groups
    ("Each year 40,000 children younger than 5 years of age are treated for falls from furniture.", "none"),
    ("Children younger than their siblings had more ear infections.", "correlational"),
    # keeping something from happening prevents it
    ("Daily inhaled steroids keep most children from needing hospital care.", "direct"),
    # consequences had are effects; the consequences of X as a topic to study are not
    ("Prolonged sitting has serious health consequences for office workers.", "direct"),
    ("Further work should define the clinical consequences of mild hypercalcaemia.", "none"),
])
def test_age_limits_and_prevention_idioms(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a procedure done well is feasible, not an effect on health
    ("The stent was successfully placed in all but two patients.", "none"),
    ("Carotid stenting can be effectively performed in frail patients.", "none"),
    # ... while the adverb on a verb of effect keeps the effect, and so does symptom control
    ("Metformin effectively lowered HbA1c in adolescents with obesity.", "direct"),
    ("Chronic pain was managed successfully with acupuncture in older adults.", "direct"),
])
def test_procedures_done_well(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # letting someone know is a use of a method, not an effect on health
    ("Retinal imaging is a quick method which allows to detect early vascular damage in diabetes.", "none"),
    ("Contrast ultrasound allows reliable differentiation between benign and malignant liver lesions.", "none"),
    # ... while letting patients do something for their health stays an effect
    ("Home oxygen allows patients with COPD to walk further.", "direct"),
])
def test_letting_someone_know(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # how grave an outcome can be qualifies the outcome, not the relation
    ("Plaque rupture leads to potentially fatal heart attacks.", "direct"),
    ("Untreated sleep apnoea causes thousands of potentially avoidable road crashes each year.", "direct"),
    # ... a modal on the relation still hedges it
    ("Warfarin may cause potentially fatal bleeding in older adults.", "conditional"),
])
def test_gravity_of_outcomes(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # what weakens a study's own findings is a limitation of the study, not a health effect
    ("The small, selected sample could influence the generalizability of our findings.", "none"),
    ("Missing dietary data complicate interpretation of the results.", "none"),
    # ... an effect on a health outcome stays one
    ("Poor sleep could influence blood pressure in adolescents.", "conditional"),
])
def test_study_limitations(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "cannot" is the two tokens "can" + "not": the research is still the subject with an adverb after them
    ("Our data cannot therefore support wider use of the implant in children.", "none"),
    ("These results do not therefore support screening of all pregnant women.", "none"),
    # ... and a therapy that cannot support recovery is still an effect denied
    ("Bed rest cannot support recovery after a hip fracture.", "direct"),
])
def test_research_as_subject_denied(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a part in an outcome named as a noun is an effect, like "a contributor to"
    ("Air pollution makes a large contribution to childhood asthma.", "direct"),
    ("Genetic variants make modest contributions to migraine risk.", "direct"),
    # a success compared is an effect compared, like "more effective than"
    ("Bariatric surgery is the most successful treatment for severe obesity.", "direct"),
    ("Group therapy was less successful than individual counselling for insomnia.", "direct"),
    # ... and a part or a success only asked about stays a question
    ("We examined the contribution of diet to weight gain.", "none"),
    # ... and a contribution to what is known is the research's, no part in a health outcome
    ("This study makes an important contribution to the literature on asthma in adults.", "none"),
    ("Our results are a valuable contribution to the understanding of gout.", "none"),
])
def test_contributions_and_compared_success(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "those who may / will benefit" names a group by what may happen to it: the sentence's finding lies elsewhere
    ("A simple blood test may identify women who will benefit from early statin therapy.", "none"),
    ("The nurses follow up patients who may benefit from fluid resuscitation.", "none"),
    # ... while the finding's own modal verb still hedges it
    ("Women with diabetes may benefit from early statin therapy.", "conditional"),
])
def test_group_named_by_a_modal_relative_clause(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a worry voiced ("concern that X") is the background of a finding ...
    ("There is concern that the drug causes liver damage.", "none"),
    # ... but "concern that" followed by a verb is a relative clause on the noun: no worry that X is voiced
    ("Falls are a common concern that is linked to poor balance in older adults.", "correlational"),
    ("Obesity is a growing concern that has a strong link with diabetes.", "correlational"),
])
def test_concern_as_a_relative_clause(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a test or scan that detects a disease reports a diagnostic relation, like "predicts"
    ("Stool testing detects bowel cancer in people without symptoms", "correlational"),
    ("Retinal scans identify children with early kidney damage", "correlational"),
    ("A blood test reliably spots pancreatic cancer at an early stage.", "correlational"),
    # ... a test named for its use detects nothing yet
    ("We developed a method to detect kidney damage in children.", "none"),
    ("Researchers identify a new gene in children with epilepsy", "none"),
])
def test_tests_that_detect(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a change dated by "since <year>" is a trend however long the noun phrase before the date
    ("Sharp rise in older adults admitted to hospital with food poisoning since 2004", "none"),
    ("Obesity rates in children from low-income families have risen since the 1990s.", "none"),
    # ... while a comparison of groups without a date stays one, and "since" as "because" dates nothing
    ("Sharp rise in food poisoning among older adults", "correlational"),
    ("Statins increase muscle pain in older women since they lower coenzyme Q10.", "direct"),
])
def test_changes_dated_since_a_year(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an outcome that results from a cause, or is its result, is an effect of it
    ("Night-time falls may result from low blood pressure on standing.", "conditional"),
    ("The weight gain might be the result of reduced physical activity.", "conditional"),
    ("Iron deficiency anaemia resulted from heavy menstrual bleeding in most women.", "direct"),
    # ... while "results from" a study are its findings
    ("Results from the trial were presented in June.", "none"),
    # what imparts or exposes people to a risk produces it; being exposed to something names an exposure
    ("Long-term steroid use may impart an increased risk of fractures.", "conditional"),
    ("Skipping vaccination could expose children to a greater risk of measles.", "conditional"),
    ("Workers exposed to silica had a greater risk of kidney disease.", "correlational"),
])
def test_results_and_exposures(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a comparison of groups is one however long the noun phrase between the comparative and "than"
    ("Family doctors gave much less attention to the mental health of their older patients than to their physical health.", "correlational"),
    ("Rural clinics offered a far smaller range of contraceptive methods to young women than urban clinics.", "correlational"),
    ("Bone density declines at a faster rate in the first three years after menopause than later.", "correlational"),
    # ... while a share of a group compares no groups
    ("Fewer than half of the women with early breast cancer in the three regions were offered genetic testing.", "none"),
])
def test_comparisons_with_a_long_gap(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a quantity measured against what was thought or said of it compares no groups
    ("Hip replacement failures far higher than previously thought", "none"),
    ("Teenagers drink more sugary drinks than they say", "none"),
    # ... while two groups compared stay a comparison, and a risk stays a risk
    ("Teenagers drink more sugary drinks than adults", "correlational"),
    ("Smokers face a higher risk of hip fracture than previously thought", "correlational"),
])
def test_comparisons_with_an_earlier_estimate(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # after "no" or the preposition "to" a participle qualifies its noun: a state compared, not an act
    ("Adding aspirin to warfarin showed no improved survival in older patients.", "correlational"),
    ("Older adults have better sleep, likely secondary to increased daytime activity.", "correlational"),
    # ... a verb of effect before it still asserts the effect
    ("Daily walking led to improved sleep in older adults.", "direct"),
])
def test_participles_after_no_and_to(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a need said of people describes them or what befalls them: no advice, the finding around it decides
    ("Patients who need to start dialysis have a higher risk of death.", "correlational"),
    ("Sedatives increase the risk that older patients need to visit an emergency department.", "direct"),
    ("Sedatives may increase the risk that older patients need to visit an emergency department.", "conditional"),
    # ... with commas inside the need's clause too
    ("Sedatives increase the risk that older patients, especially women, need to visit an emergency department.",
     "direct"),
    # ... while advice given to such a group is still advice
    ("Patients who need dialysis should be referred early.", "none"),
    ("Older patients need to avoid sedatives.", "none"),
])
def test_a_need_said_of_people_is_no_advice(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # what people have long known or wondered, or what has already been shown, is background knowledge
    ("Dermatologists have long known that sunburn in childhood raises the risk of melanoma.", "none"),
    ("Night-shift work has already been linked to a higher risk of breast cancer.", "none"),
    ("Cardiologists have long debated whether coffee harms the heart.", "none"),
    # ... while the same relation reported as found stays a finding
    ("Night-shift work was linked to a higher risk of breast cancer in nurses.", "correlational"),
    ("Sunburn in childhood raises the risk of melanoma.", "direct"),
])
def test_long_known_or_already_shown_is_background(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a participle after a verb of finding is an attribute of what was found, a state of the group
    ("The cohort study identified increased inflammatory markers in children who later developed diabetes.",
     "correlational"),
    ("Routine scans revealed reduced bone density in women taking the drug.", "correlational"),
    # ... and the verb with an object after it stays an effect
    ("The new drug increased insulin secretion in mice.", "direct"),
])
def test_a_participle_after_a_verb_of_finding_is_an_attribute(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # what follows from a hedged finding is hedged with it, beyond the reach of the modal
    ("Statins may ease muscle pain in older adults while improving heart health.", "conditional"),
    ("Longer waiting lists will likely result in crowded wards, leading to more infections among older patients.",
     "conditional"),
    # ... and an asserted finding keeps its asserted consequence
    ("Statins ease muscle pain in older adults while improving heart health.", "direct"),
])
def test_the_consequence_of_a_hedged_finding_is_hedged(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # verbs of control and of strengthening or holding back, in their verb forms
    ("VEGF regulates cell survival in the retina.", "direct"),
    ("Brain growth in infants is determined by the length of pregnancy.", "direct"),
    ("Childhood diet shapes the gut microbiome of adults.", "direct"),
    ("Corticosteroids may delay the onset of radiation dermatitis.", "conditional"),
    ("Aspirin potentiates the effect of warfarin.", "direct"),
    ("Opioids impede recovery of bowel function after surgery.", "direct"),
    ("Exercise blunts the rise in blood glucose after meals.", "direct"),
    # ... not their adjectives, nor an aim to determine something
    ("Regulated products were excluded from the analysis.", "none"),
    ("Patients received intensified therapy for six months.", "none"),
    ("Patients with a blunted cortisol response were excluded.", "none"),
    ("We aimed to determine the prevalence of anaemia in older adults.", "none"),
])
def test_verbs_of_control_and_of_holding_back(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # what a thing is known to do, said after its noun, describes the noun: the sentence's own finding decides
    ("Poor women were less likely to receive folic acid, a supplement known to prevent neural tube defects.",
     "correlational"),
    ("Uptake of statins, drugs known to lower cholesterol, was low in rural clinics.", "none"),
    # ... while a finding after it is still read ("shown for the first time to reduce" asserts the effect)
    ("A therapy known to reduce line infections has been shown for the first time to reduce mortality.", "direct"),
    # the passive of a verb of effect with its agent
    ("Fear memory was attenuated by doxycycline in healthy adults.", "direct"),
])
def test_what_a_thing_is_known_to_do_describes_it(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # found or shown to regulate is an effect found; medicines to regulate something name a purpose
    ("VEGF was found to regulate cell survival and growth.", "direct"),
    ("New drugs to regulate blood sugar are being developed.", "none"),
])
def test_to_regulate_after_a_finding_or_as_a_purpose(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a plural noun with an -ing verb of influence after it names what was considered, not a finding
    ("The association was seen regardless of age and genetic variations affecting the rate of iron absorption.",
     "correlational"),
    ("Participants were grouped by genetic variants affecting iron absorption.", "none"),
    # ... a participle after a comma, or after a singular noun, stays a verb of effect
    ("Statins lower cholesterol, affecting heart risk.", "direct"),
])
def test_a_noun_with_a_participle_of_influence_is_no_finding(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a glossary after "Abbreviations:" spells out short forms: it reports no finding, whatever words it expands
    ("Abbreviations: HR = hazard ratio; RD = at risk of diabetes; CVD = cardiovascular disease.", "none"),
    ("ABBREVIATIONS: AF = atrial fibrillation OSA = obstructive sleep apnoea linked to obesity", "none"),
    # ... the same words after another label, or as a sentence of their own, are read as usual
    ("Conclusions: Smokers are at risk of diabetes.", "correlational"),
    ("Patients with obesity are at risk of diabetes.", "correlational"),
])
def test_a_glossary_states_no_finding(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a call for more work in a contrasted clause leaves the finding before it, with the verb of need too
    ("Poor sleep could raise blood pressure in older adults, but requires confirmation by prospective studies.",
     "conditional"),
    # ... while the call alone is still a recommendation
    ("The role of chronic inflammation requires confirmation in larger cohorts.", "none"),
    # what an outcome is controlled by acts on it; a trial's control group is no agent
    ("Night sweats could be controlled by a cooler bedroom.", "conditional"),
    ("Blood sugar was controlled by insulin in all patients.", "direct"),
    ("Healthy controls were recruited by advertisement.", "none"),
    # the key to an outcome brings it about
    ("Early physiotherapy may be the key to a faster recovery after hip surgery.", "conditional"),
    ("The key findings are summarised in Table 2.", "none"),
])
def test_needs_conceded_agents_of_control_and_keys(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a quantity set against an estimate, a threshold or advice compares no groups, even when the comparison starts
    # before the comparative or is a frequency
    ("Hospital stays in the new ward are markedly longer than the recommended target of five days.", "none"),
    ("Sodium intakes were much higher than national recommendations.", "none"),
    ("Migraine was reported less frequently than previously thought in the cohort.", "none"),
    ("Survival rates in rural clinics are better than previously reported.", "none"),
    # ... while two groups compared stay correlational
    ("Hospital stays in the new ward are markedly longer than in the old ward.", "correlational"),
    ("Migraine was reported less frequently by men than by women.", "correlational"),
])
def test_a_quantity_against_an_estimate_compares_no_groups(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a study's risk of bias rates its method; nobody's health risk is named
    ("Most of the included trials had a high risk of bias.", "none"),
    ("The evidence is limited by an unclear risk of bias in most studies.", "none"),
    # ... a risk of a disease stays correlational
    ("Most of the included smokers had a high risk of stroke.", "correlational"),
])
def test_a_risk_of_bias_is_no_health_risk(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a participle qualifies a risk after punctuation with two words between them, as with one
    ("In the older cohort, significantly increased lung cancer risk was found among smokers.", "correlational"),
    ("In the older cohort, increased cancer risk was found among smokers.", "correlational"),
    # ... right after its subject it is the verb
    ("Daily aspirin reduced colorectal cancer risk.", "direct"),
    # a statistical adjustment names the effects it removes, none found
    ("Smokers had more lung infections after controlling for the effects of age and income.", "correlational"),
    ("Smokers had more lung infections after adjusting for the influence of age.", "correlational"),
    ("Smoking had effects on lung infections after adjusting for age.", "direct"),
])
def test_risks_qualified_and_effects_adjusted_for(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "appear" with a participle of cause hedges it, as "appears to be mediated by" does
    ("The benefit appeared mediated by better sleep.", "conditional"),
    ("The benefit was mediated by better sleep.", "direct"),
    # ... "appear in" (come into view) is no hedge
    ("Rashes appeared in half of the children treated with amoxicillin.", "none"),
])
def test_appear_with_a_participle_of_cause(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # what a thing is reported or said to do is relayed, not asserted, with or without an adverb between
    ("Acupuncture is also reported to reduce hot flushes in women after breast cancer.", "none"),
    ("Ginger is said to ease nausea in early pregnancy.", "none"),
    ("Cranberry juice is widely claimed to prevent urinary infections.", "none"),
    # ... the same findings asserted keep their strength
    ("Acupuncture reduces hot flushes in women after breast cancer.", "direct"),
    ("Ginger may ease nausea in early pregnancy.", "conditional"),
])
def test_reported_or_said_to_is_relayed(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text", [
    # a treatment called the best or fastest of its kind is said to work better than the rest
    "Esketamine is the world's fastest acting antidepressant.",
    "Metformin is the best treatment for type 2 diabetes.",
    "Ketamine is the most powerful antidepressant.",
])
def test_a_treatment_called_best_of_its_kind(text):
    assert sentence_strength(text) == "direct"


@pytest.mark.parametrize("text", [
    # ... not the best for one reader, nor the best marker of something (no treatment named)
    "The best treatment for you depends on your age.",
    "Waist size is the best marker of abdominal fat.",
])
def test_best_for_one_reader_or_best_marker_is_no_effect(text):
    assert sentence_strength(text) != "direct"


@pytest.mark.parametrize("text, expected", [
    # an ability the thing is known for states the effect ...
    ("The peptide is well-known for its ability to heal damaged tendons.", "direct"),
    ("Colloidal silver is prized for its ability to kill bacteria.", "direct"),
    # ... an ability examined or sought does not
    ("Researchers tested its ability to heal damaged tendons.", "none"),
])
def test_an_ability_known_for_is_stated(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a risk factor said of something, for something, listed or found relates an exposure to an outcome
    ("Obesity is an independent risk factor for knee osteoarthritis.", "correlational"),
    ("Shift work emerged as a risk factor in our cohort.", "correlational"),
    ("Risk factors for falls include poor vision and sedative use.", "correlational"),
    ("The survey identified three new risk factors.", "correlational"),
    ("Gout and kidney stones share common risk factors.", "correlational"),
    # ... named as a topic it relates nothing
    ("Most students had poor knowledge of stroke risk factors.", "none"),
    ("Data on conventional risk factors were not collected.", "none"),
    ("The finding was not explained by known risk factors.", "none"),
])
def test_risk_factors_said_or_named(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a "whether" question the study asked is coded by the relation it names ...
    ("We wanted to see whether night shifts affected sleep quality in nurses.", "direct"),
    ("The authors reviewed twelve trials to determine whether fluoride reduces tooth decay.", "direct"),
    ("Evidence mixed on whether fasting lowers blood pressure", "direct"),
    # ... a question left open or put to future work supposes it
    ("Larger trials are needed to determine whether fluoride reduces tooth decay.", "none"),
    ("It remains unclear whether fasting lowers blood pressure.", "none"),
])
def test_a_question_asked_or_left_open(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "block" is the verb after a modal, "to" or a relative word, or with its object after it ...
    ("Beta blockers can block the effects of adrenaline.", "direct"),
    ("Antihistamines are drugs that block histamine receptors.", "direct"),
    ("Caffeine blocks the adenosine receptor in the brain.", "direct"),
    # ... and mostly a noun otherwise
    ("Anaemia was common among women of the Singur block.", "none"),
    ("The hospital reported its Access Block figures monthly.", "none"),
])
def test_block_as_verb_or_noun(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "related to" / "associated with" after the object of an effect says which things are meant: the effect stands
    ("Hormone therapy reduces night sweats related to menopause.", "direct"),
    ("Regular walking lowers the risk of disability associated with hip arthritis.", "direct"),
    ("Early surgery may prevent complications associated with large tumours.", "conditional"),
    # ... with no effect before it, the relation is what the sentence asserts
    ("Higher coffee intake linked to lower risk of diabetes.", "correlational"),
    ("Night sweats are related to menopause.", "correlational"),
    ("Poor sleep associated with higher blood pressure in teenagers.", "correlational"),
])
def test_a_relation_describing_the_object_of_an_effect(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # protection, immunity or relief given, with words between, is the effect
    ("The new vaccine provides strong protection against pneumonia.", "direct"),
    ("The measles vaccine confers lifelong immunity.", "direct"),
    ("The cream offers fast and lasting relief from itching.", "direct"),
    ("The vaccine may provide partial protection against flu.", "conditional"),
    # ... relief felt and told is the effect too
    ("Patients who received the infusion reported relief within a day.", "direct"),
    ("Many users felt significant relief after two weeks.", "direct"),
    # ... protection or relief named without anything giving it is no effect
    ("Sunscreen labels describe the level of protection.", "none"),
])
def test_protection_or_relief_given(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an effect that research is looking into is a question, not an answer
    ("Researchers are investigating the effects of magnesium on sleep.", "none"),
    ("Doctors are studying the impact of vaping on lung health.", "none"),
    ("Research has been looking into turmeric for its effects on joint pain.", "none"),
    # ... an effect found or had stays asserted
    ("Magnesium has strong effects on sleep.", "direct"),
    ("Fasting benefits the ageing brain.", "direct"),
])
def test_an_effect_being_looked_into(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a share of patients named by a condition who go on to develop or suffer another relates the two
    ("Up to half of gestational diabetes patients will develop type 2 diabetes.", "correlational"),
    ("Many patients with lupus and kidney disease develop anaemia within five years.", "correlational"),
    ("A majority of transplant recipients with hepatitis C suffered a recurrence.", "correlational"),
    # a share of a whole population, or a share that had something (a prevalence), relates nothing
    ("About 10 % of the population will suffer from migraine at some point in their lives.", "none"),
    ("A quarter of patients with asthma had a flu shot last winter.", "none"),
])
def test_a_share_of_patients_who_develop_a_condition(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # what has anti-X properties acts against X: an effect said as a property it has
    ("Ginger root has antioxidant and anti-inflammatory properties.", "direct"),
    ("Manuka honey has anti-inflammatory, antioxidant, and antibacterial properties.", "direct"),
    ("The extract exhibited potent antitumour activity in mice.", "direct"),
    ("Ginger root may have anti-inflammatory properties.", "conditional"),
    # named as the reason for a use, or properties that are no effect, it relates nothing
    ("Ginger root has been used in folk medicine for its anti-inflammatory properties.", "none"),
    ("Ginger root has a strong smell and unusual physical properties.", "none"),
])
def test_anti_properties_had_are_an_effect(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # benefits and risks named together are what is weighed, no effect found
    ("Like all vaccines, the shingles vaccine has benefits and risks.", "none"),
    ("Hormone therapy has risks as well as benefits for older women.", "none"),
    ("Doctors and patients are weighing the benefits and harms of screening.", "none"),
    # benefits compared with the risks, or benefits for an outcome, are effects
    ("The benefits of statins outweigh the risks in older adults.", "direct"),
    ("Exercise has large benefits for survival after a heart attack.", "direct"),
])
def test_benefits_and_risks_named_together(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # what lies at the root of an outcome, or is said to be the reason for it, causes it
    ("Undiagnosed sleep disorders are at the root of the fatigue of patients with multiple sclerosis.", "direct"),
    ("Undiagnosed sleep disorders may be at the root of the fatigue of patients with multiple sclerosis.",
     "conditional"),
    ("Excess salt intake may be the reason for the high blood pressure readings in these children.", "conditional"),
    # ... not a motive named without a copula before it, a reason denied, nor the root of a tooth
    ("Acute throat infection is one of the most common reasons for consulting a GP.", "none"),
    ("There is no reason for alarm.", "none"),
    ("The root of the tooth was exposed during the procedure.", "none"),
])
def test_root_of_and_reason_for(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an outcome that depends on a factor is produced by it
    ("The lifetime risk of aneurysm rupture depends heavily on the patient's load of risk factors.", "direct"),
    ("The chance of being tested for HPV may depend on the clinic women visit.", "conditional"),
    ("Survival depends on the stage of the cancer at diagnosis.", "direct"),
    # ... not "depending on", a condition attached to something else, nor a choice or a measure that depends on
    # something
    ("Patients were sorted into three groups depending on their age.", "none"),
    ("The right dose of vitamin D depends on your weight.", "none"),
    ("Treatment depends on the type and stage of the cancer.", "none"),
])
def test_depends_on(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # better or positive outcomes said to be provided or brought are produced; a toll taken is a harm done
    ("Improved surgical techniques provide positive outcomes for bladder cancer patients.", "direct"),
    ("Bedside assessment may provide better outcomes for older cancer patients.", "conditional"),
    ("Long working hours take a heavy toll on the heart.", "direct"),
    # ... not a service that provides care, nor a report that gives outcomes
    ("The clinic provides care for older cancer patients.", "none"),
    ("The registry provides outcomes data for all transplant centres.", "none"),
])
def test_outcomes_provided_and_tolls_taken(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # who funded the work, said as an aside, is no effect: the finding is the rest of the sentence
    ("The study, supported by an NIH award, identifies factors associated with hospital readmission.",
     "correlational"),
    ("The study, funded by the National Institutes of Health, found that statins reduce the risk of stroke.", "direct"),
])
def test_funding_said_as_an_aside(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a group affected more or less than others is a comparison of groups
    ("Older people were affected less by the new strain of flu.", "correlational"),
    ("Women with lupus are disproportionately affected by kidney failure.", "correlational"),
    # ... not what affects something, named
    ("Sleep loss affected memory in older adults.", "direct"),
])
def test_groups_affected_more_or_less(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a condition said to be genetic or inherited is said to be caused by genes
    ("New research suggests that fainting may be genetic.", "conditional"),
    ("A predisposition to fainting at the sight of blood may not be inherited.", "conditional"),
    ("The disease is inherited in an autosomal dominant pattern.", "direct"),
    # ... not genetic or inherited things named
    ("Genetic testing is recommended for women with BRCA mutations.", "none"),
    ("The mutation was inherited from the mother.", "none"),
])
def test_said_to_be_genetic_or_inherited(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a gerund opening the sentence names the act; the main verb asserts (or hedges) the relation
    ("Reducing risk factors such as smoking, diabetes and being overweight could potentially reduce half of all "
     "cases of atrial fibrillation.", "conditional"),
    ("Reducing hospital admissions for asthmatics", "none"),
    # ... a main verb of effect after it is still asserted
    ("Reducing salt intake lowers blood pressure in older adults.", "direct"),
])
def test_a_gerund_opening_the_sentence_is_its_subject(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # gerunds joined to the opening one are the subject too: the verb after the list asserts the effect
    ("Stopping smoking, treating atrial fibrillation, staying active and keeping cholesterol under control all "
     "lower your risk of stroke.", "direct"),
    ("Stopping smoking and staying active lower your risk.", "direct"),
    ("Eating more fibre, drinking water and exercising regularly all lower your cholesterol.", "direct"),
    ("Walking, swimming and cycling lower blood pressure.", "direct"),
    # ... and a verb of effect among them is no assertion of the sentence
    ("Managing stress and preventing infections is part of daily care.", "none"),
    # ... and a direction word right after a gerund is its object's, not a verb
    ("Eating fish and taking lower doses of statins is common.", "none"),
])
def test_a_list_of_gerunds_opening_the_sentence_is_its_subject(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the infinitive of "shown", "found", "able" asserts the effect across a phrase or an aside, as right after it
    ("Lowering eye pressure has been shown in large randomised trials, such as the Early Manifest Glaucoma Trial, "
     "to slow the progression of glaucoma.", "direct"),
    ("Omega-3 was found in one small trial to lower triglycerides.", "direct"),
    ("Aspirin was shown, in a trial of older men, to reduce the number of heart attacks.", "direct"),
    ("Quitting smoking has been shown in many studies, including the British Doctors Study, to extend life.",
     "direct"),
    # ... but a purpose stays a purpose: after a comma with no raising word, after "seen" (visited), or across a
    # relative clause with a verb of its own
    ("Doctors prescribe statins in older adults, to lower cholesterol.", "none"),
    ("Patients were seen in clinic to reduce waiting times.", "none"),
    ("Aspirin was shown in a trial that was designed to reduce bias.", "none"),
])
def test_a_raised_infinitive_across_an_aside_is_no_purpose(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # what is unlikely to happen is the effect after "to": a doubt on it, like "may not"
    ("The new dosing schedule is unlikely to reduce hospital admissions.", "conditional"),
    ("Booster doses were unlikely to prevent severe disease in young adults.", "conditional"),
    # ... the effect asserted plainly stays direct, and a doubt on a state names no effect
    ("The new dosing schedule reduces hospital admissions.", "direct"),
    ("A relapse within a year is unlikely.", "none"),
])
def test_unlikely_to_hedges_the_verb_after_it(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a group that lives or fares as long or as well as another is compared with it
    ("People with treated coeliac disease live as long as the general population.", "correlational"),
    ("Older kidney recipients fare just as well as younger ones", "correlational"),
    # ... not "as well as" joining two things, nor a condition ("as long as")
    ("Statins lower cholesterol as well as blood pressure.", "direct"),
])
def test_living_or_faring_as_long_as_others(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a change in the progressive with no object goes on by itself: nothing named brings it about
    ("The incidence of measles is decreasing nationwide.", "none"),
    ("Stroke deaths were steadily decreasing in both sexes.", "none"),
    ("Hip fracture rates are decreasing in women, but the decline could slow as the population ages.", "conditional"),
    # ... with an object it is a verb of effect
    ("The new falls programme is decreasing hip fractures in care homes.", "direct"),
])
def test_a_change_in_the_progressive_without_object(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a risk that rises or falls by itself names no cause: the change is part of the risk, hedged or not
    ("After a heart attack your risk of a second one may increase sharply in the first year.", "correlational"),
    ("The odds of relapse doubled with each year of heavy drinking.", "correlational"),
    # ... but risk factors act, a passive names its cause, and a verb acting on the risk stays an effect
    ("Smoking and other risk factors increase the chance of stroke.", "direct"),
    ("Chance of bleeding not increased by aspirin", "direct"),
    ("Statins may decrease the risk of stroke.", "conditional"),
])
def test_a_risk_that_changes_by_itself(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "cause" as a noun, ranked or sorted among a disease's causes: a description, no causal verb
    ("Gallstones are the most common cause of pancreatitis in adults.", "none"),
    ("Heart failure is a leading cause of hospital admission in older people.", "none"),
    ("Other causes include thyroid disease and some medicines.", "none"),
    ("Less common causes are gallstones and alcohol.", "none"),
    # ... the verb stays causal, hedged or not, and a cause named by the verb after a noun subject too
    ("Gallstones cause most cases of pancreatitis in adults.", "direct"),
    ("Some medicines cause a dry cough in older people.", "direct"),
    ("Thyroid disease may cause a fast heartbeat.", "conditional"),
])
def test_cause_as_a_noun(text, expected):
    assert sentence_strength(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the verb "involved in" names a part in causing an outcome ...
    ("Oxidative stress is involved in the loss of hair cells after noise exposure.", "direct"),
    # ... the noun "involvement in" a share in an activity or a site a disease reaches: no relation
    ("Community pharmacists describe their growing involvement in vaccination services.", "none"),
    ("Skin involvement in older patients was rare and mild.", "none"),
])
def test_involvement_as_a_noun(text, expected):
    assert sentence_strength(text) == expected
