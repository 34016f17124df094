"""`unless.unpromoted`: exceptions of a wording rule that hold only on a page that shows no sign of promoting anything
(engine.spare_unpromoted, the signs of lexicons/promotion.yml `signs_of_promotion`). A page informing patients says
"safe" beside the harms it leaves, "the best way to" of a means, "Never return to sport" as an instruction; the same
words on a page that sells keep their flag, and the same page without the qualifying words keeps it too."""

from __future__ import annotations

import pytest
from conftest import SHOP, flag_texts, flags_for


# a neutral opening paragraph, and a paragraph that hypes (three wordings of lexicons/promotion.yml `hype_packs`:
# "revolutionary breakthrough", "new hope", "turn the tide") with no shop's words
SOBER_OPENING = "This page is for adults and their carers.\n\n"
HYPE = "\n\nThis revolutionary breakthrough brings new hope and will turn the tide against disease."


def _of_rules_read_on_any_page(cases: list) -> list:
    """The cases of rules that read their words on any page: not `silent_on_sober_pages` (SILENT below)."""
    from pipeline.rules.loader import load_rules

    silent = {rule.code for rule in load_rules() if rule.silent_on_sober_pages}
    return [case for case in cases if case[0] not in silent]


# (rule, sentence on a page informing patients, the flagged words it would carry without the exception)
SPARED = [
    # SUB003's fallback claim in an expert's words a report quotes, where ABS007's flag is spared (review A2-M4)
    ("SUB003", '"Daily walking is proven to lower blood pressure, and we now think it eases back pain too," she said.',
     "we now think it eases back pain too"),
    # sober29: the share of a disease that could be prevented, no means named; a means of preventing an illness called
    # safe or proven; advice with "should always"; an implant that stays in place; a sense regained after surgery; a
    # standard treatment's present "cures"; studies the page has named, taken up by "these"
    ("STA001", "Up to 80% of strokes could be prevented. High blood pressure is the biggest risk factor.", "Up to 80%"),
    ("ABS007", "Pasteurisation is a safe, proven way to prevent milk-borne illness.", "proven way"),
    ("SAF002", "Pasteurisation is a safe, proven way to prevent milk-borne illness.", "safe"),
    ("ABS003", "Older people and anyone with a weakened immune system should always avoid raw milk.", "always"),
    ("ABS003", "The new lens stays in your eye permanently and does not need any care.", "permanently"),
    ("CMP001", "About 9 out of 10 people see better after surgery.", "better"),
    ("CUR001", "Surgery cures the symptoms for most people.", "cures"),
    ("AUT001", "Most of what we know comes from observational studies. These studies show that people with a risk "
               "factor are more likely to develop dementia.", "studies show"),
    ("SAF002", "Adrenaline is safe to give in anaphylaxis. It can cause short-lived shaking and a racing heart.",
     "safe"),
    ("SAF002", "The RSV vaccines are safe and effective. The most common side effects are pain and redness.",
     "safe and effective"),
    ("SAF002", "Allopurinol is safe for most people and has been used for decades.", "safe"),
    # fixSAF: the age a medicine is safe from, the licensed lower age (a seller's keeps its flag: cases/SAF002.yml)
    ("SAF002", "Vitamin D drops are safe from birth.", "safe"),
    ("SAF002", "The nasal spray flu vaccine is safe from 2 years of age.", "safe"),
    ("SAF002", "The chickenpox vaccine is safe from 12 months of age.", "safe"),
    ("SAF002", "Liquid ibuprofen is safe from the age of 3 months if your baby weighs more than 5kg.", "safe"),
    ("SAF002", "Emollient creams are safe from birth and can be used on a newborn's dry skin.", "safe"),
    ("CMP002", "Vaccination is the best way to protect your child from measles.", "best"),
    ("CMP002", "Having it between 16 and 32 weeks gives your baby the best protection.", "best"),
    ("CMP002", "A large 2018 review of more than 130 trials found that methylphenidate was the best first choice for "
               "children.", "best"),
    ("CMP002", "The MMR vaccine is one of the most effective vaccines we have. Two doses are about 97% effective at "
               "preventing measles.", "one of the most effective"),
    # ... its result as a percentage written out, a rate or a ratio with its value
    ("CMP002", "The MMR vaccine is one of the most effective vaccines we have. Two doses are about 97 per cent "
               "effective at preventing measles.", "one of the most effective"),
    ("CMP002", "Statins are the most effective treatment for high LDL cholesterol. In trials, heart attacks fell from "
               "12 to 8 per 1,000 people a year.", "most effective"),
    ("CMP002", "Colchicine is one of the most effective drugs for gout flares. In the trial, the hazard ratio for a "
               "flare was 0.45.", "one of the most effective"),
    ("RSK001", "A tick needs to be attached for a day to pass on the infection, so removing ticks quickly lowers your "
               "risk.", "lowers your risk"),
    ("RSK001", "A 2023 Cochrane review found that cranberry products reduce the risk of repeat UTIs in women.",
     "reduce the risk"),
    ("RSK001", "In March 2024, the FDA approved semaglutide to reduce the risk of cardiovascular events in adults.",
     "reduce the risk"),
    ("ABS003", "Never return to contact sport on the same day as a concussion.", "Never return"),
    ("ABS003", "Always go to hospital after using an auto-injector, even if the person feels better.", "Always"),
    ("ABS003", "With the right antibiotics, most people recover completely.", "completely"),
    ("CUR001", "Most cases are mild and are cured with a short course of antibiotics.", "cured"),
    ("CUR001", "The only established cure for sickle cell disease until now has been a bone marrow transplant.",
     "cure"),
    ("HYP001", '"The trial met its main goal," said the trial\'s lead investigator. "It is a landmark result."',
     "landmark result"),
    ("AUT001", '"This is the first time a weight-loss medicine has been shown to prevent strokes," said the lead '
               'investigator.', "has been shown to"),
    # sober26: a cure that treatment gives as a rule, the treatment named in the sentence (a TB leaflet, a
    # fact-check), not right after the word as "cured with antibiotics" is
    ("CUR001", "TB is curable. With the right medicines, taken properly, almost everyone with drug-sensitive TB is "
               "cured.", "cured"),
    ("CUR001", "Many cancers can be cured when found early, and the treatments that cure them are surgery, "
               "radiotherapy and chemotherapy.", "cure"),
    ("CUR001", "Many cancers can be cured when found early, and the treatments that cure them are surgery, "
               "radiotherapy and chemotherapy.", "cured"),
    # sober37a: an instruction after its case or after a semicolon, with a check to have done; advice that it is
    # always best to be seen; a course's end told with the time it takes; an expert's words quoted by a report
    ("ABS003", "If you have asthma, always get a new wheeze checked by a nurse.", "always"),
    ("ABS003", "Rarely, the rash spreads to the eye; always examine the eyelids of anyone with shingles on the "
               "forehead.", "always"),
    ("ABS003", "Most sore throats pass on their own, but it is always best to see a GP about one that lasts more "
               "than three weeks.", "always"),
    ("ABS003", "The cough can take three weeks or more to settle completely.", "completely"),
    ("ABS003", "The camera only gives a clear picture if your stomach is completely empty.", "completely"),
    ("ABS003", '"Funding has always been the barrier," said Dr Imani Hale, the hospital\'s director.', "always"),
    ("ABS007", '"Exercise is proven to lift mild depression," said Dr Imani Hale, a psychiatrist at the clinic.',
     "proven to"),
    # ... a booster weighed in its sentence against the harms that come with it
    ("EFF001", "Warfarin is highly effective but carries a real risk of serious bleeding, so your dose is checked "
               "with blood tests.", "highly effective"),
    # a harm said to be certain, and what staff do told in the passive: no outcome promised
    ("ABS003", "A burst appendix is always an emergency.", "always"),
    ("ABS003", "Rarely it can cause a serious allergic reaction, so it is always given where staff can treat this.",
     "always"),
    ("ABS003", "You can live a completely normal life without your appendix.", "completely"),
    # the reader the subject who lowers the risk: advice, no relative figure
    ("RSK001", "You can lower the risk by keeping the wound clean and finishing the antibiotics.", "lower the risk"),
    ("RSK001", "You can lower the risk of a fall by keeping active.", "lower the risk"),
    # ... an act the reader can take, named by gerunds as the subject, or the aim of a purpose clause that opens the
    # sentence: advice on what to do, no relative figure
    ("RSK001", "Drinking plenty of water lowers the risk of kidney stones.", "lowers the risk"),
    ("RSK001", "Getting up and walking soon after surgery cuts the chance of a blood clot.", "cuts the chance"),
    ("RSK001", "Wearing gloves and washing your hands afterwards reduces the risk of infection.", "reduces the risk"),
    ("RSK001", "To lower the chance of another attack, keep a diary of what you eat.", "lower the chance"),
    ("RSK001", "In order to reduce the risk of falls, keep floors clear of clutter.", "reduce the risk"),
    # sober42: ... and what a treatment, a vaccine or a habit does, told with no size in its paragraph (the gold leaves
    # 13 of these unflagged on the read sets' sober pages: "Statins lower the risk of heart attacks and strokes"): no
    # relative figure for absolute ones to size; a size in the paragraph, the page's own voice or a product pointed
    # at keeps the flag (KEPT)
    ("RSK001", "Exercise can lower the risk of a fall.", "lower the risk"),
    ("RSK001", "Doctors prescribe statins to lower the risk of heart attacks.", "lower the risk"),
    ("RSK001", "Vaccination lowers the risk of severe COVID-19.", "lowers the risk"),
    ("RSK001", "Treatment for osteoporosis can reduce the chance of further fractures.", "reduce the chance"),
    # fixMS42 (rvB-L2): a pointer after the risk, where a subject stands before it, names whom or what the risk is
    # of, not a product at hand ("Cutting the risk … is what this sunscreen does" keeps its flag, KEPT)
    ("RSK001", "Statins lower the risk of heart attacks in these patients.", "lower the risk"),
    ("RSK001", "Screening lowers the risk of dying from this cancer.", "lowers the risk"),
    # ... and a means ranked above all others with no size ("Nothing lowers the risk of a stroke more"): no relative
    # figure for RSK001 to ask the absolute ones of; the ranking is a comparison, CMP's to judge where it names one
    ("RSK001", "Nothing lowers the risk of a stroke more.", "lowers the risk"),
    # studies named by their design or size, and what experts say named as a topic
    ("AUT001", "ADHD runs in families, and twin studies suggest that genes account for around 70 to 80% of the "
               "variation in ADHD traits.", "studies suggest"),
    ("AUT001", "Brain imaging studies have found small average differences in brain structure.", "studies have found"),
    ("AUT001", "Ginger may help some people, and small studies suggest it can reduce nausea.", "studies suggest"),
    ("AUT001", "National joint registry data show that about 9 in 10 knee replacements still work after 20 years.",
     "data show"),
    ("AUT001", "Here is what experts say about the new drug.", "experts say"),
    # sober36: the evidence named as a synthesis of studies ("a review of trials", "a pooled analysis of"), its design
    # told in place of a citation, and research named by its kind as studies are ("lab research", "animal research")
    ("AUT001", "Previous reviews of smaller studies have found that exercise can reduce depressive symptoms.",
     "studies have found"),
    ("AUT001", "A large review of trials has found that the drops ease itching within a week.", "trials has found"),
    ("AUT001", "Reviews of the available studies have shown that zinc lozenges shorten colds slightly.",
     "studies have shown"),
    ("AUT001", "Pooled analyses of trials have found that statins lower cholesterol in older adults.",
     "trials have found"),
    ("AUT001", "Lab research shows that cooler temperatures weaken the nose's defences.", "research shows"),
    ("AUT001", "Animal research shows that the compound slows tumour growth.", "research shows"),
    # sober33: a named speaker's word quoted at the end of the clause that reports what they said (a news report)
    ("CUR002", 'Dr Ali, who was not involved in the study, said the results were "a miracle for patients".',
     "miracle"),
    ("HYP001", 'The lead investigator told reporters that the trial was "a landmark result".', "landmark result"),
    # sober33: the reader's own body or ability changing with practice or time, compared with itself before
    ("CMP001", "Like any muscle, your pelvic floor gets stronger with regular exercise.", "stronger"),
    ("CMP001", "The new knee becomes stronger over the first few months after the operation.", "stronger"),
    ("CMP001", "Your grip grows stronger as the tendon heals.", "stronger"),
    # sober33: a method suitable for everyone with the groups it includes named (a head-lice page)
    ("ABS003", "It is cheap and suitable for everyone, including babies, but it takes time.", "suitable for everyone"),
    ("ABS003", "Wet combing is suitable for everyone, even newborns and pregnant women.", "suitable for everyone"),
    ("ABS003", "This exercise is suitable for everyone from children to older adults.", "suitable for everyone"),
    # sober33: trials named by their design; experts' judgement of the study, or a view they give as tentative (a news
    # report of a trial). (A heading of what experts said, "## What experts said", is a title spared on any page
    # since seller19, as "## What the research says" is: tests/rules/cases/AUT001.yml)
    ("AUT001", "Reviews of randomised trials have found that pelvic floor training can reduce leakage.",
     "trials have found"),
    ("AUT001", "Placebo-controlled trials have shown that acupuncture can ease some headaches.", "trials have shown"),
    # (a heading of what experts said is a title on any page since sober36: tests/rules/cases/AUT001.yml)
    ("AUT001", "Experts say the results are encouraging.", "Experts say"),
    ("AUT001", "Doctors said the findings were very promising but that more work is needed.", "Doctors said"),
    ("AUT001", "Experts say these drugs may need to be taken long term.", "Experts say"),
    # a means ranked by speed, beside "best" (heat-stroke first aid)
    ("CMP002", "Putting them into a bath of cold water is the fastest and best way to cool them.", "fastest"),
    # two ways of taking a treatment, equally effective (iron tablets)
    ("SAF003", "Taking one tablet every other day is as effective as taking it more often and causes fewer side "
               "effects.", "fewer side effects"),
    # the dose sought for each patient (an ADHD page), and a means ranked by its evidence (a COPD guide)
    ("SAF003", "Your specialist will start with a low dose and increase it slowly to find the dose that works best with "
               "the fewest side effects.", "fewest side effects"),
    ("ABS007", "If you smoke, stopping is the best thing you can do. It is the only proven way to slow down the damage "
               "to your lungs.", "proven way"),
    # a harm said to be possible (a fact-check), and a fear named to be allayed (an MMR page)
    ("EMO001", "Choosing a diet instead of treatment can be deadly.", "deadly"),
    ("EMO001", "Some children have a febrile seizure after the vaccine; these are frightening but do not cause lasting "
               "harm.", "frightening"),
    # a trial's "up to" told with the trial and the journal that published it (malaria-vaccine news)
    ("STA001", "The vaccine reduced malaria cases in young children by up to 75% over a year, according to a large "
               "trial published in The Lancet.", "up to 75%"),
    # sober28: "safe" said for most people with a use between, for the use the instructions
    # set, with the drawback that remains after a contrast, and as the second half of a label's compound
    ("SAF002", "Sunscreens are safe for everyday use for most people.", "safe"),
    ("SAF002", "Microwave cooking is a safe way to heat food when you follow the instructions.", "safe"),
    ("SAF002", "This is harmless, but it can stain soft contact lenses.", "harmless"),
    # a question heading answered by its section, the harms two paragraphs under it (a whooping-cough page); on a
    # page that sells, the bare yes is the finding (SAF005), the question only asks (abs43)
    ("SAF005", "## Is it safe?\n\nYes. The vaccine has been given to millions of pregnant women.\n\nCommon side "
               "effects include a sore arm and mild fever.", "Yes"),
    # review3: a quote after the verb of a speaker named (a body named with the crowd); a contrast naming a harm;
    # an object's label; a heading that asks what the studies show about something
    ("EFF003", "Researchers at Oxford University said: \u201cThis drug truly reduces heart attacks.\u201d", "truly"),
    ("SAF002", "It is safe, although it may cause a headache.", "safe"),
    # the skin's or the immune system's reaction a leaflet names: a harm that remains
    # (on a page that sells, the bare yes is the finding, SAF005: abs43)
    ("SAF005", "## Is sunscreen safe?\n\nYes. Sunscreens sold here are tested. Some people get skin irritation or "
               "allergy from certain ingredients.", "Yes"),
    ("SAF002", "The cream is safe for children. Some children get mild irritation where it is applied.", "safe"),
    ("SAF002", "Hair dye is safe for most adults; allergies to it are rare but can be serious.", "safe"),
    ("SAF002", "The patch is safe to wear overnight. Stop if you notice irritation.", "safe"),
    ("SAF002", "These drops are generally safe. Allergies to the preservative are possible.", "safe"),
    # an "always" joined to the imperative that opens its sentence (a sunscreen page)
    ("ABS003", "Reapply at least every 2 hours, and always after swimming, sweating or towel drying.", "always"),
    # superlatives of protection named by its means, of evidence, of a limit of care and of a peak in time
    ("CMP002", "The best protection is a combination of shade, clothing, a hat and sunglasses.", "best"),
    # (superlatives of evidence are spared on any page since sober30: test_a_superlative_of_evidence_… below)
    ("CMP002", "Pneumonia can be treated, but even with the best treatment some people die.", "best"),
    ("CMP002", "Spend time in the shade between 11am and 3pm, when the sun is strongest.", "strongest"),
    # "better" as a patient's recovery, a comparative after "even" with its comparator just given, and a disease's
    # course
    ("CMP001", "Always finish the whole course, even if your child seems better.", "better"),
    ("CMP001", "Vaccination in pregnancy is around 90% effective at preventing whooping cough in babies, and even more "
               "effective at preventing deaths.", "more effective"),
    ("CMP001", "Women lose bone faster in the years after menopause because estrogen levels fall.", "faster"),
    ("CMP001", "At first, broad-spectrum antibiotics are used; they may be switched to a more targeted drug once the "
               "blood tests show which germ is responsible.", "more targeted"),
    # (what the evidence shows asked in a title, "## What the evidence shows", is spared on any page now:
    # tests/rules/cases/AUT001.yml)
    # a booster inside the words a report quotes, the quotation opened after its speaker's verb
    ("EFF003", "Professor Anne Clarke, a cardiologist who was not involved in the study, said: \u201cFor patients who "
               "truly cannot take a statin, this reduces heart attacks.\u201d", "truly"),
    # rulefix: a disease's course compared across groups of people, and the proverb, spared where nothing is sold
    # only (a seller's "milder than in other brands" and "better than cure, so take our capsules" keep theirs)
    ("SAF003", "Shingles is uncommon in children. When it does happen, it is usually milder than in adults.", "milder"),
    ("CMP002", "Prevention is better than cure, so get your flu jab every autumn.", "better than"),
    # sober30: a class of medical treatment ranked by its efficacy, the standard of care a guideline states (a
    # seller's same words keep their flag: the test after this list)
    ("CMP002", "CPAP is the most effective treatment for moderate to severe sleep apnoea.", "most effective"),
    # ... and the licensing pair "safe and effective" of a vaccine or a treatment (a lone "safe": KEPT)
    ("SAF002", "Hepatitis B can be prevented with a safe and effective vaccine.", "safe and effective"),
    ("SAF002", "Laser treatment is a safe and effective first treatment for open-angle glaucoma.", "safe and effective"),
    ("CMP002", "PPIs are the most effective medicines for reducing stomach acid.", "most effective"),
    ("CMP002", "Medication is not the only treatment for ADHD, but for many adults it is the most effective one.",
     "most effective"),
    # another's verdict reported by a verb of naming, its speaker before it: the speaker's word
    ("HYP001", 'The company, which funded the study, called the results "a revolutionary leap".', "revolutionary"),
    ("HYP001", "The vaccine halved admissions, a result experts called reassuring.", "reassuring"),
    ("HYP001", "The charity described the findings as remarkable.", "remarkable"),
    ("HYP001", "Campaigners hailed the ruling as groundbreaking.", "groundbreaking"),
    ("HYP001", "One oncologist termed the drug a remarkable advance.", "remarkable"),
    # sober37: the reader's own risk lowered, in the -ing form (a heading, a topic of advice), no figure given
    ("RSK001", "## Reducing your risk", "Reducing your risk"),
    ("RSK001", "Tips for reducing your risk of falls at home.", "reducing your risk"),
    ("RSK001", "Cutting your risk of skin cancer starts with shade and clothing.", "Cutting your risk"),
    ("RSK001", "There are several ways of decreasing your chance of catching flu.", "decreasing your chance"),
    ("RSK001", "Simple changes at home go a long way towards reducing your risk of a fall.", "reducing your risk"),
    # sober37: "safe" as what staying or keeping brings a person, a clinician's say-so as the condition for the
    # reader's own case, and "harmless" of a sign, a change or a condition of the body
    ("SAF002", "## Staying safe in a heatwave", "safe"),
    ("SAF002", "How to keep your baby safe while they sleep.", "safe"),
    ("SAF002", "Stay safe in the sun: cover up between 11am and 3pm.", "safe"),
    ("SAF002", "Keeping yourself safe after a fall starts with knowing how to get up.", "safe"),
    ("SAF002", "Avoid ibuprofen for 48 hours unless a doctor has said it is safe for you.", "safe"),
    ("SAF002", "Do not restart aspirin until your specialist tells you it is safe to do so.", "safe"),
    ("SAF002", "Very large amounts of carrots can turn your skin orange, a harmless condition called carotenaemia.",
     "harmless"),
    ("SAF002", "Milia are harmless spots that clear on their own within weeks.", "harmless"),
    ("SAF002", "Stork marks are harmless birthmarks that usually fade by the age of two.", "harmless"),
    ("SAF002", "Most floaters are a harmless change in the jelly inside the eye.", "harmless"),
    # ... and "safe" in an investigator's or an expert's words quoted by a report, the speaker named
    ("SAF002", 'The lead researcher, a psychiatrist, said: "Exercise is a safe and accessible option that GPs can '
               'offer alongside other treatments."', "safe"),
    ("SAF002", '"The vaccine is safe for older adults," said Dr Amira Khan, who led the trial.', "safe"),
    ("SAF002", 'Professor Lee, who was not involved in the study, said: "These results show the drug is safe in '
               'pregnancy."', "safe"),
    ("SAF002", 'One of the investigators said the new test was "safe and simple for most patients".', "safe"),
    ("SAF002", '"It is a safe treatment that we have used for decades," said Dr Ruth Ellis, a consultant at the '
               'hospital.', "safe"),
    # sober38: where a study's link or benefit peaked; safety reported as the settled judgement ("considered safe");
    # studies the page marks as partial or preliminary; a stronger medicine a clinician steps up to
    ("CMP002", "In the cohort, the link with poor sleep was strongest for phones used late at night.", "strongest"),
    ("CMP002", "The benefit was greatest in people who walked every day.", "greatest"),
    ("SAF002", "Drinking up to three cups of tea a day is considered safe.", "safe"),
    ("SAF002", "Paracetamol is thought to be safe during breastfeeding.", "safe"),
    ("SAF002", "Both drugs are widely prescribed and are regarded as safe for children.", "safe"),
    ("AUT001", "Some studies have found that boiled carrots keep less vitamin C than steamed ones.",
     "Some studies have found"),
    ("AUT001", "Cutting screen time improves mood in teenagers, an early study suggests.", "study suggests"),
    ("CMP001", "If the rash does not settle, your doctor may prescribe a stronger steroid cream.", "stronger"),
    ("CMP001", "Your GP may offer stronger treatments or refer you to a specialist.", "stronger"),
    # ... and a faculty of the patient's own, or the body's use of a hormone, improving
    ("CMP001", "A cochlear implant helps many deaf children hear and speak better within a year.", "better"),
    ("CMP001", "Metformin helps your body use insulin better and lowers blood sugar.", "better"),
    # ... and a cure that depends on finding the disease early: the case for screening
    ("CUR001", "Most bowel cancers can be cured if they are found early.", "cured"),
    ("CUR001", "Screening can find cervical changes early, when treatment is far more likely to cure them.", "cure"),
    # ... and advice on who must always be seen by a clinician
    ("ABS003", "Babies under three months with a fever always need to see a doctor the same day.", "always"),
    ("ABS003", "A child with a head injury who vomits always needs to be seen by a doctor.", "always"),
    # ... and a harm that remains, with how often it happens between the modal and the verb
    ("SAF002", "Both methods are generally safe, but syringing can occasionally damage the eardrum.", "safe"),
    ("SAF002", "The drops are safe, but they can sometimes cause a stinging feeling.", "safe"),
    # ... and a feeling acknowledged as possible; people's motive; the best chance of people who act on advice
    ("EMO001", "Living with COPD can be frightening and isolating.", "frightening"),
    ("EMO002", "Many people take fish oil every day in the hope of protecting their heart.", "hope"),
    ("CMP002", "Using a nicotine patch together with support gives people the best chance of success.", "best"),
    # ... and a method said at least as good as the one it names
    ("CMP002", "Steaming generally keeps nutrients as well as, or better than, boiling.", "better than"),
    # ... and the window in which to start a treatment, and the usual course of an illness
    ("SUB003", "Antibiotics work best when started within 48 hours.",
     "Antibiotics work best when started within 48 hours"),
    ("SUB003", "Most people with a sprained ankle improve substantially within 6 weeks.",
     "Most people with a sprained ankle improve substantially within 6 weeks"),
    ("SUB003", "Symptoms usually improve within a few days.", "Symptoms usually improve within a few days"),
    # sober39: one option said to work better than another the reader might choose, both named
    ("CMP002", "Because it also calms swelling, naproxen may work better than codeine for a sprained wrist.",
     "better than"),
    ("CMP002", "Group classes led by a trainer tend to work better than exercise sheets taken home.", "better than"),
    # prec36 (review A2-9): ... said as a finding is, hedged, for most or many people, or from trials
    ("CMP002", "Cold compresses often work better than heat for a fresh ankle sprain.", "better than"),
    ("CMP002", "Nicotine patches work better than gum for heavy smokers in many studies.", "better than"),
    ("CMP002", "For most adults, a short walk works better than a nap for an afternoon slump.", "better than"),
    ("CMP002", "In trials, steroid nasal sprays worked better than antihistamine tablets for a blocked nose.",
     "better than"),
    # ... or in a paragraph that reports what studies found
    ("CMP002", "Several reviews of trials in adults have found that nasal sprays ease hay fever. Steroid sprays work "
               "better than antihistamine sprays for a blocked nose.", "better than"),
    # fixP: ... a finding told in the present, or made by a survey (not a leaflet's "report")
    ("CMP002", "Surveys of dentists show that flossing is rare. Water flossers work better than string floss for "
               "people with braces.", "better than"),
    # ... and an instruction after the case it is for: a clause of condition and its comma, or "so"
    ("ABS003", "If your eye is red and painful, always get help from an optician the same day.", "always"),
    ("ABS003", "If a rash spreads after a tick bite, always see a doctor, even if you feel well.", "always"),
    ("ABS003", "Paracetamol is in many cold remedies, so always get advice from a pharmacist before mixing them.",
     "always"),
    ("ABS003", "A head injury can be serious hours later, so always see a doctor if your child is sick or drowsy.",
     "always"),
    # ... and fewer side effects or a better tolerance than a comparator the sentence names
    ("SAF003", "A lower dose of the steroid causes fewer side effects than the full dose and works almost as well.",
     "fewer side effects"),
    ("SAF003", "Gels rubbed on the skin are better tolerated than oral painkillers of the same kind.",
     "better tolerated"),
    # ... and a feeling acknowledged with a degree, and a symptom of the mind described
    ("EMO001", "Seeing your baby stop breathing for a moment can be really frightening.", "frightening"),
    ("EMO001", "Some people with OCD have frightening images that pop into their head.", "frightening"),
    # ... and experts' judgement of the study reported
    ("HYP001", "Outside experts said the results were robust and the vaccine should be offered.", "robust"),
    ("HYP001", "Cancer specialists said the findings looked very promising for children.", "promising"),
    # fixS: ... a verdict of two words named by the experts, and the experts named after the verdict
    ("HYP001", "Outside reviewers judged the new data as solid and very promising.", "promising"),
    ("HYP001", "The study's findings were exciting, several specialists told the conference.", "exciting"),
    # ... and research said to have found nothing or no link: a myth answered
    ("AUT001", "Some people avoid tomatoes for gout. Studies have found no link between tomatoes and flares.",
     "Studies have found"),
    ("AUT001", "A viral post said the tablets reverse ageing. The research shows nothing of the sort.",
     "research shows"),
    ("AUT001", "Trials have shown no benefit from taking zinc for a cold that has already started.",
     "Trials have shown"),
    # abs43: a service's own practice, a duty of care, the reader's option, a check advised, a lasting harm warned
    # of, a food avoided outright, an anaesthetic's numbing, a finding called ordinary, a clinician's referral
    ("ABS003", "Sedation can affect your breathing, so we always monitor your oxygen level.", "always"),
    ("ABS003", "You will always be asked for your consent first.", "always"),
    ("ABS003", "A chaperone is always available if you would like one.", "always"),
    ("ABS003", "A dairy-free diet for a child should always be planned with a dietitian.", "always"),
    ("ABS003", "Most methods can be started the same day, and you can always switch if one doesn't suit you.",
     "always"),
    ("ABS003", "Persistent itching always deserves a check.", "always"),
    ("ABS003", "Never look at the sun. It can permanently damage the retina.", "permanently"),
    ("ABS003", "The other half were asked to avoid peanut completely until the age of five.", "completely"),
    ("ABS003", "The soft tube at the back of each testicle can feel like a lump but is completely normal.",
     "completely"),
    ("ABS003", "Refer all people with newly diagnosed hyperthyroidism to endocrinology.", "all people"),
    # fixC43 (rvA-L4): staff named by the clinician list, the reader's right to ask, reassurance after "and"
    ("ABS003", "Our optometrists will always assess your eyes before fitting lenses.", "always"),
    ("ABS003", "Our GPs will always review your medication once a year.", "always"),
    ("ABS003", "Our consultants always explain the risks before you sign.", "always"),
    ("ABS003", "Patients should always feel able to ask questions.", "always"),
    ("ABS003", "Night sweats in the first weeks are common and completely normal.", "completely"),
]


@pytest.mark.parametrize("code, text, words", _of_rules_read_on_any_page(SPARED))
def test_accurate_wording_on_a_page_that_promotes_nothing_raises_no_flag(code, text, words):
    assert words not in flag_texts(text, code)


@pytest.mark.parametrize("code, text, words", _of_rules_read_on_any_page(SPARED))
def test_the_same_words_on_a_page_that_sells_keep_their_flag(code, text, words):
    assert words in flag_texts(text + SHOP, code)


# the same page register without the words that make the wording accurate: the flag stays
KEPT = [
    # sober37a: a result, not a check, after the case; a benefit urged after a semicolon; a treatment said always
    # worth taking; a course with no time; the page's own "proven"
    ("ABS003", "If you take warfarin, always get results within a week.", "always"),
    ("ABS003", "The patches are gentle; always expect results within a week.", "always"),
    ("ABS003", "It is always worth taking the tablets if you are offered them.", "always"),
    ("ABS003", "The syrup clears the cough completely.", "completely"),
    ("ABS003", "If you use it, your skin is completely clear.", "completely"),
    ("ABS007", "Exercise is proven to lift mild depression.", "proven to"),
    # ... a clinician's belief; experts' findings that go beyond the advice; a booster with no harm, or with the harm
    # denied
    ("AUT001", "A doctor thinks this cream works for everyone.", "doctor thinks"),
    ("AUT001", "Heart experts say the findings show that salt causes strokes.", "experts say"),
    ("EFF001", "Warfarin is highly effective and is checked with blood tests.", "highly effective"),
    ("EFF001", "This tablet is highly effective but has no side effects at all.", "highly effective"),
    # a milder condition with no change over time, and side effects said milder
    ("SAF003", "Our cream is milder on eczema.", "milder"),
    ("SAF003", "With this cream, side effects are milder.", "side effects are milder"),
    # the reader lowers it by a relative figure (a treatment that lowers it with no size is spared, sober42: SPARED)
    ("RSK001", "You can lower the risk by 30% with this drug.", "lower the risk"),
    # ... an act with a relative figure; a noun that ends like a gerund; a purpose clause that is not the opening
    ("RSK001", "Wearing a helmet reduces the risk of head injury by 60%.", "reduces the risk"),
    ("RSK001", "Giving up smoking lowers your risk of lung cancer by two-thirds.", "lowers your risk"),
    # studies with no design or size named, and experts leaned on in the page's own voice
    ("AUT001", "Studies suggest that genes account for around 70 to 80% of the variation in ADHD traits.",
     "Studies suggest"),
    ("AUT001", "Experts say the new drug works for most people.", "Experts say"),
    ("AUT001", "Experts say the results prove that the new drug works.", "Experts say"),
    ("ABS003", "Wet combing is suitable for everyone.", "suitable for everyone"),
    ("CUR002", "The new drug is a miracle for patients.", "miracle"),
    ("CMP001", "Your muscles get stronger.", "stronger"),
    ("CMP001", "Our new formula makes your bones stronger with every dose.", "stronger"),
    ("CUR002", 'Experts said the results were "a miracle for patients".', "miracle"),
    # a quotation too far from the verb to be the reported clause's end
    ("CUR002", 'Dr Ali said the trial, which ran in five countries over two years, was "a miracle".',
     "miracle"),
    ("AUT001", "Clinical trials have found that the new drug works for most people.", "Clinical trials have found"),
    ("SAF002", "Antivirals are safe for pregnant women, and oseltamivir is the preferred treatment.", "safe"),
    # harms denied or lessened are no harms named
    ("SAF002", "The vaccine is safe. There is no increased risk of stillbirth and no side effects.", "safe"),
    # a risk the treatment lowers is its benefit, and a risk factor a cause: no harm of it named
    ("SAF002", "The HPV vaccine is safe. It lowers the risk of cervical cancer.", "safe"),
    ("SAF002", "The operation is safe. Smoking is a risk factor for lung cancer.", "safe"),
    # irritation or allergy that the product soothes, eases or treats is the complaint it is for, no harm of its own
    ("SAF002", "The cream is safe and soothes irritation.", "safe"),
    ("SAF002", "These drops are safe and ease allergy symptoms.", "safe"),
    ("SAF002", "The spray is safe. It helps relieve irritation of the nose.", "safe"),
    # sober30: efficacy ranked of what is no medical treatment, and "best", which no trial ranks (heldout2's "the
    # best treatment for PTSD" is gold-flagged)
    ("CMP002", "This is the most effective supplement for joint pain.", "most effective"),
    ("SAF002", "Hepatitis B can be prevented with a safe vaccine.", "safe"),
    ("SAF002", "This natural supplement is safe and effective.", "safe and effective"),
    ("CMP002", "This is the best treatment for relapsed myeloma.", "best"),
    # a relative figure without the absolute ones is the rule's point, on any page
    ("RSK001", "The NELSON trial in Europe found a 24% reduction in lung cancer deaths.", "24% reduction in lung cancer"),
    ("ABS003", "Physiotherapy guarantees a full recovery for everyone who sticks with the programme.", "guarantees"),
    ("CUR001", "This herbal protocol cures Lyme disease.", "cures"),
    # a year, a dose and a phone number beside a ranking are no figures of its result
    ("CMP002", "Colchicine is the best treatment for gout flares. It was approved in 2009 at a dose of "
               "0.5 mg. Call 0800 123 4567 for advice.", "best"),
    # the page's own voice, not a quote
    ("HYP001", "It is a landmark result, said the trial's lead investigator.", "landmark result"),
    ("AUT001", "Experts say the heart benefit has been shown to come from weight loss.", "has been shown to"),
    # a means ranked by its evidence for no aim of the reader's (a hangover patch's heading, gold-flagged)
    ("ABS007", "The only proven way to avoid a hangover is to drink less.", "proven way"),
    # one person's cure credited to a treatment, and a cure credited to no standard treatment
    ("CUR001", "Chemotherapy cured her lymphoma.", "cured"),
    ("CUR001", "Almost everyone with arthritis is cured within weeks.", "cured"),
    # an absolute said of a sign or a course, not of a harm or a procedure (the gold flags "always hot and dry")
    ("ABS003", "In heat stroke the skin is always hot and dry, because sweating stops.", "always"),
    # a treatment called deadly, not a harm warned of
    ("EMO001", "Chemotherapy is a deadly poison.", "deadly"),
    # "up to" with no source named, of what a means it names could prevent (sober29: the share of a disease that
    # could be prevented, with no means named, is spared: SPARED)
    ("STA001", "Up to 80% of strokes could be prevented with a daily capsule.", "Up to 80%"),
    # fewer side effects with no efficacy said equal
    ("SAF003", "The new drug has fewer side effects than the old one.", "fewer side effects"),
    # sober28: "safe" for a use with no share of people, a condition that is no instruction, a contrast that names
    # no drawback, a compound that is no word before the hyphen
    ("SAF002", "Sunscreens are safe for everyday use.", "safe"),
    ("SAF002", "The tea is safe when you are pregnant.", "safe"),
    ("SAF002", "This is harmless, and it stains nothing.", "harmless"),
    ("SAF002", "The cream is safe - and it works.", "safe"),
    # a joined "never" after a subject of its own, or said of a noun that opens the sentence: a promise
    ("ABS003", "Take it twice a day and it always works.", "always"),
    ("ABS003", "Water always helps and never hurts.", "always"),
    # the best treatment, not protection by its means; "better" of results; "more" without "even"
    ("CMP002", "It is the best treatment for psoriasis.", "best"),
    ("CMP001", "The new inhaler gives better results.", "better"),
    ("CMP001", "The new vaccine is more effective at preventing deaths.", "more effective"),
    ("CMP001", "Doctors now use more targeted drugs.", "more targeted"),
    # what the evidence shows, told: the finding asserted
    ("AUT001", "The evidence shows that exercise prevents dementia.", "evidence shows"),
    # the page's own booster, no quotation
    ("EFF003", "This drug truly reduces heart attacks.", "truly"),
    # review3 (issue 6): a quote put in an unnamed crowd's mouth is the vague appeal itself
    ("AUT001", "Experts say: \u201cVitamin D prevents colds.\u201d", "Experts say"),
    ("AUT001", "Doctors say \u201cturmeric works\u201d and it clearly reduces joint pain.", "Doctors say"),
    ("EFF003", "Doctors say \u201cturmeric works\u201d and it clearly reduces joint pain.", "clearly"),
    # ... a contrast that names no harm after it
    ("SAF002", "This treatment is safe, but it can take weeks to work.", "safe"),
    # ... a person, a group or a state before "-safe": a product said to be safe, no object's label
    ("SAF002", "Paracetamol is pregnancy-safe.", "safe"),
    ("SAF002", "This sunscreen is reef-safe and baby-safe.", "safe"),
    # ... an "always" before a verb of result: a promise joined to the instruction
    ("ABS003", "Apply the cream, and always see results within a week.", "always"),
    # ... "look better", a cosmetic result; "lose weight faster", a loss the reader wants
    ("CMP001", "Retinol makes your skin look better within weeks.", "better"),
    ("CMP001", "On the keto plan you lose weight faster.", "faster"),
    # ... what studies show, told in a sentence that opens with "What"
    ("AUT001", "What studies show is that turmeric cures arthritis.", "studies show"),
    ("AUT001", "## What studies show: turmeric cures arthritis\n\nMost trials were small.", "studies show"),
    # a passive naming, "so-called", the page's own naming, and the word before the verb: the page's own word
    ("HYP001", "It is called a revolutionary treatment.", "revolutionary"),
    ("HYP001", "The so-called revolutionary diet is a fad.", "revolutionary"),
    ("HYP001", "We call it a remarkable result.", "remarkable"),
    ("HYP001", "This revolutionary test is called Galleri.", "revolutionary"),
    # a reduction of the reader's own risk given a relative size, or said of a product
    ("RSK001", "Reducing your risk of stroke by 30% takes one tablet a day.", "Reducing your risk"),
    ("RSK001", "Cutting the risk of skin cancer is what this sunscreen does.", "Cutting the risk"),
    ("RSK001", "These drops lower the risk of ear infections.", "lower the risk"),
    ("RSK001", "Our service cuts the chance of a fall.", "cuts the chance"),
    ("RSK001", "Vaccination lowers the risk of severe illness. Hospital admissions fell by a third.", "lowers the risk"),
    # ... nor where the page sizes a risk in relative terms in another paragraph: its unsized headline reports that
    # relative result (the NIH statin news of tests/heldout)
    ("RSK001", "Daily statin reduces the risk of heart disease in people living with HIV\n\nParticipants who took the "
     "statin lowered their risk of major cardiac events by 35% compared with placebo.", "reduces the risk"),
    # a treatment said safe or harmless, by the page or by a doctor it reports, with no condition set
    ("SAF002", "This cream is harmless.", "harmless"),
    ("SAF002", "It is harmless.", "harmless"),
    ("SAF002", "Rifampicin turns tears orange, which is harmless.", "harmless"),
    ("SAF002", "A doctor has said the cream is safe.", "safe"),
    ("SAF002", "The cream is safe for your baby's skin.", "safe"),
    ("SAF002", "Beetroot can turn your urine pink; this is harmless.", "harmless"),
    ("SAF002", "Our zinc tablets keep you safe against colds all winter.", "safe"),
    ("SAF002", '"The vaccine is safe for older adults."', "safe"),
    ("SAF002", "Experts agree the vaccine is safe.", "safe"),
    # sober38: a superlative of an effect that no link is said to peak in; "safe" said by the page itself; studies
    # counted, not marked as partial; a treatment called stronger with no clinician stepping up to it
    ("CMP002", "Walking has the strongest effect of any treatment for low mood.", "strongest"),
    ("SAF002", "Paracetamol is safe during breastfeeding.", "safe"),
    ("AUT001", "Many studies show that boiled carrots keep less vitamin C.", "Many studies show"),
    ("AUT001", "Studies have found that boiled carrots keep less vitamin C than steamed ones.", "Studies have found"),
    ("CMP001", "This balm is a stronger treatment for eczema.", "stronger"),
    # a faculty promised to the reader, and a treatment that works better (a tagline opened by the faculty's verb,
    # "Breathe better tonight", is CMP001's promoted pattern: flagged only on a page that promotes, cases/CMP001.yml)
    ("CMP001", "These ear drops help you hear better within days.", "better"),
    ("CMP001", "This spray works better and heals faster.", "better"),
    # a cure with no finding early, and early treatment said to cure
    ("CUR001", "Most bowel cancers can be cured.", "cured"),
    ("CUR001", "Early treatment cures bowel cancer.", "cures"),
    # a treatment always needed, not a clinician to see
    ("ABS003", "You will always need to take these capsules to keep your joints healthy.", "always"),
    ("ABS003", "Babies under three months always need antibiotics for a fever.", "always"),
    # a contrast that names no harm; a feeling said of the disease; hope offered; the best of a product
    ("SAF002", "The drops are safe, but they can sometimes take a week to work.", "safe"),
    # fixSAF: safety from the start of use limits no one, unlike an age
    ("SAF002", "The patches are safe from the very first day you use them.", "safe"),
    ("SAF002", "Antihistamine tablets are safe from day one.", "safe"),
    ("EMO001", "Living with arthritis is frightening and lonely.", "frightening"),
    ("EMO002", "This pill offers real hope to people with arthritis.", "hope"),
    ("CMP002", "This serum gives the best results of any cream.", "best"),
    ("CMP002", "Steaming keeps nutrients better than boiling.", "better than"),
    # sober39: the page's own product, a rank over every rival, the reader's own past
    ("CMP002", "Our nasal spray works better than saline rinses.", "better than"),
    ("CMP002", "Acupuncture works better than any painkiller for back pain.", "better than"),
    # prec36 (review A2-9): ... and one option said bare to work better than a medicine, a verdict a page can push
    # without selling anything, with no hedge, share of people, trial, source or figure
    ("CMP002", "Homeopathy works better than antibiotics for ear infections.", "better than"),
    ("CMP002", "Raw garlic works better than antiviral medicine for flu.", "better than"),
    # ... a study's kind with no finding told
    ("CMP002", "Nobody has run a trial of it. Raw garlic works better than antiviral medicine for flu.", "better than"),
    # fixP (review B-9): ... a leaflet's "report" or a finding still to make ("to find out") is no study's finding
    ("CMP002", "Get our free report to find out how. Raw garlic works better than antiviral medicine for flu.",
     "better than"),
    ("CMP002", "Check the trial dates to confirm. Cider vinegar works better than insulin for diabetes.", "better than"),
    ("CMP002", "After a month of the tablets my knees worked better than ever.", "better than"),
    # ... a result promised after the case, or a subject of its own between
    ("ABS003", "The capsules work fast, so always expect results within a day.", "always"),
    ("ABS003", "If you use the serum nightly, always see results by morning.", "always"),
    ("ABS003", "If you use the serum nightly, you always see results by morning.", "always"),
    # fixS: ... the page's own researchers' verdict, or a verdict with nobody named
    ("HYP001", "The findings were very promising, our researchers said.", "promising"),
    ("HYP001", "The trial data look solid and exciting.", "exciting"),
    # fixS: ... fewer side effects than another medicine taken, not the same one taken another way
    ("SAF003", "Willow bark has fewer side effects than taking aspirin.", "fewer side effects"),
    ("SAF003", "Acupuncture is better tolerated than using opioid painkillers.", "better tolerated"),
    ("SAF003", "Fish oil causes fewer side effects than having statins.", "fewer side effects"),
    # fixS: ... a choice of product or treatment urged after the case, not care or caution
    ("ABS003", "If you have type 2 diabetes, always choose cinnamon capsules over metformin.", "always"),
    ("ABS003", "When a migraine starts, always reach for ginger tea and the pain is gone in minutes.", "always"),
    ("ABS003", "Pills only mask the problem, so always pick a natural remedy first.", "always"),
    # ... a comparison over every rival, or of the page's own product
    ("SAF003", "This lozenge causes fewer side effects than any other throat remedy.", "fewer side effects"),
    ("SAF003", "Our patches are better tolerated than oral tablets.", "better tolerated"),
    # ... a disease said frightening outright
    ("EMO001", "Living with arthritis is very frightening.", "frightening"),
    # ... the page's own judgement of the results
    ("HYP001", "The trial's results were robust.", "robust"),
    # ... research said to have found something
    ("AUT001", "Studies have found that zinc shortens a cold by two days.", "Studies have found"),
    ("AUT001", "Trials have shown no other remedy works as fast.", "Trials have shown"),
    # a product's buyers improving, and a treatment's result given a time
    ("SUB003", "Most users improve within 7 days.", "Most users improve within 7 days"),
    ("SUB003", "The tablets ease the pain within 48 hours.", "The tablets ease the pain within 48 hours"),
    # abs43: a treatment always worth taking, an outcome felt, a risk ended, staff said always to cure: promises
    ("ABS003", "Antibiotics prevent complications, so they are always worth taking.", "always"),
    ("ABS003", "Once the dose is right, patients can expect to feel completely normal.", "completely"),
    ("ABS003", "Stopping smoking completely eliminates the extra risk.", "completely"),
    ("ABS003", "Our doctors always cure back pain.", "always"),
    # fixC43 (rvA-M1): a service said always to bring about an outcome, not a practice
    ("ABS003", "We always get results.", "always"),
    ("ABS003", "We always see improvement within three sessions.", "always"),
    ("ABS003", "Our surgeons always restore full movement.", "always"),
    ("ABS003", "We will always get rid of your pain.", "always"),
    ("ABS003", "Our team will always clear your symptoms.", "always"),
]


@pytest.mark.parametrize("code, text, words", _of_rules_read_on_any_page(KEPT))
def test_the_wording_without_its_qualifier_keeps_its_flag_on_a_page_that_promotes_nothing(code, text, words):
    assert words in flag_texts(text, code)


# The rules `silent_on_sober_pages` (ABS007, AUT001, CMP001, CMP002, SAF002, SUB003) flag nothing on a page that
# neither sells nor hypes, with or without the words that qualified them: their sentences of SPARED and KEPT, read on
# such a page (after a neutral opening paragraph, so that a promoter's wording does not head the page), on one that
# sells and on one that hypes without a shop (lexicons/promotion.yml `hype_packs`)
SILENT = [case for case in SPARED + KEPT if case not in _of_rules_read_on_any_page(SPARED + KEPT)]


# the cases whose own words sell ("Our new formula", "Our nasal spray"): on the sober opening the rule still reads
# them. Pinned here, not read from the engine (review B-M6/A2-L1: a test that asks the engine which pages sell
# tests nothing when the engine's reading of a page is what changed)
SELLS_ON_ITS_OWN = frozenset({"Our new formula makes your bones stronger with every dose.",
                              "Our nasal spray works better than saline rinses."})


@pytest.mark.parametrize("code, text, words", SILENT)
def test_an_advertising_rule_flags_nothing_on_a_page_that_neither_sells_nor_hypes(code, text, words):
    page = SOBER_OPENING + text
    assert _sells(page) == (text in SELLS_ON_ITS_OWN)
    if text in SELLS_ON_ITS_OWN:
        assert words in flag_texts(page, code)
    else:
        assert words not in flag_texts(page, code)


@pytest.mark.parametrize("code, text, words", SILENT)
def test_an_advertising_rule_keeps_its_flag_on_a_page_that_sells(code, text, words):
    assert words in flag_texts(text + SHOP, code)


# (SUB003's own requirement reads a seller's words, in the sentence or on the page: hype alone does not meet it)
@pytest.mark.parametrize("code, text, words", [case for case in SILENT if case[0] != "SUB003"])
def test_an_advertising_rule_keeps_its_flag_on_a_page_that_hypes_without_a_shop(code, text, words):
    assert words in flag_texts(text + HYPE, code)


def _sells(text: str) -> bool:
    from pipeline.nlp import analyse_text
    from pipeline.rules.engine import find_flags, page_promotes
    from pipeline.rules.loader import load_rules

    analysis = analyse_text(text)
    return page_promotes(analysis, [], find_flags(analysis, [], load_rules()), load_rules())


def test_a_spared_flag_is_no_sign_of_promotion_and_the_rest_of_the_page_is_read_as_before():
    """Sparing one flag changes no other: the unqualified "always" beside it keeps its flag."""
    text = ("Never return to contact sport on the same day as a concussion.\n\n"
            "Take it twice a day and it always works.")
    assert [f.text for f in flags_for(text) if f.code == "ABS003"] == ["always"]


def test_the_heart_beating_is_no_comparison_on_any_page():
    for page in ("", SHOP):
        assert flag_texts("Get urgent help if you have a heart that beats irregularly." + page, "CMP002") == []
    assert flag_texts("Our cream beats every other cream." + SHOP, "CMP002") == ["beats"]


def test_fewer_side_effects_keep_their_warning_beside_a_comparators_harms():
    """SAF003 has no such exception: an unquantified "fewer side effects" is a right warning on a page that sells
    nothing (tests/gold/README.md, SAF levels), and the harms named beside it are often the comparator's."""
    text = ("Chemotherapy often comes with severe side effects like hair loss. The newer drugs have fewer and less "
            "severe side effects.")
    assert flag_texts(text, "SAF003") == ["fewer and less severe side effects"]


def test_mild_side_effects_listed_after_a_colon_are_a_list_on_a_page_that_promotes_nothing():
    text = "Most side effects are mild: a sore arm, a fever or a rash."
    assert flag_texts(text, "SAF003") == []
    assert flag_texts(text + SHOP, "SAF003") == ["side effects are mild"]
    assert flag_texts("Side effects are mild.", "SAF003") == ["Side effects are mild"]


def test_the_dose_found_to_work_best_is_no_ranking():
    text = "Your specialist will increase the dose slowly to find the dose that works best."
    assert flag_texts(text + SHOP, "CMP002") == []
    assert flag_texts("Our dose works best." + SHOP, "CMP002") == ["best"]


@pytest.mark.parametrize("paragraph, measured", [
    ("Two doses are about 97% effective.", True),
    ("Two doses are about 97 per cent effective.", True),
    ("Admissions fell from 120 to 40 per 100,000 children.", True),
    ("About 1 in 5 children with measles is admitted.", True),
    ("The hazard ratio for a flare was 0.45.", True),
    ("The relative risk was 0.3 (95% CI 0.2 to 0.5).", True),
    # any other number measures no result: a year, a dose and its frequency, a phone number, a price cut, a step
    ("The vaccine was introduced in 2008.", False),
    ("The dose is 0.5 ml, 2 per day, from 12 months.", False),
    ("Call 0800 123 4567 for an appointment.", False),
    ("Save up to 20% today, or get 15% off with a code.", False),
    ("Step 1 of 3: book online.", False),
    ("The OR 0800 line is open.", False),  # an abbreviation of a ratio needs a decimal value
])
def test_a_reported_result_counts_a_measured_result_not_any_number(paragraph, measured):
    """`reported_result` needs a figure of the result in the paragraph (`_result_figure_at`)."""
    from pipeline.nlp import analyse_text
    from pipeline.rules.sentences import is_reported_result

    analysis = analyse_text(f"In the trial, the vaccine reduced hospital admissions. {paragraph}")
    assert is_reported_result(analysis, analysis.segments[0]) is measured


def test_a_headlines_cure_is_read_with_the_treatment_in_the_section_under_it():
    """sober26: "TB can be cured" standing as a headline (a line of its own, no full stop) is the cure the section under
    it names a treatment for (a TB leaflet); under a section that names none, or on a page that sells, it keeps
    its flag."""
    section = "## TB can be cured\n\nTB is spread through the air.\n\nWith the right medicines, almost everyone is cured."
    assert flag_texts(section, "CUR001") == []
    assert flag_texts("## TB can be cured\n\nTB is spread through the air.\n\n## Treatment\n\nTake your medicines.",
                  "CUR001") == ["cured"]
    assert "cured" in flag_texts(section + SHOP, "CUR001")


def test_being_better_after_until_is_recovery_on_any_page():
    """sober26: "Stay with them until they are better" compares the patient with before, as "get better" does; no
    comparator is left hanging (heat-stroke first aid). "Our formula works better" still hangs."""
    for page in ("", SHOP):
        assert flag_texts("Stay with them until they are better." + page, "CMP001") == []
    assert flag_texts("Our formula works better." + SHOP, "CMP001") == ["better"]


def test_modern_treatment_as_todays_care_is_no_novelty_on_any_page():
    """sober26: "with modern treatment" (no article, after a preposition) is today's standard care, as "modern
    medicine" is (a fact-check page); "a modern treatment" presented to the reader is still novelty."""
    for page in ("", SHOP):
        assert flag_texts("Many people live with it for years with modern treatment." + page, "NEW001") == []
    assert flag_texts("Ozonated oil is a modern treatment for acne." + SHOP, "NEW001") == ["modern treatment"]


# Found by the round-23 review: each spare or pattern above must not reach these.
def test_a_cure_without_the_treatment_named_is_no_cure_by_treatment():
    """A disease cured *without* the standard treatment ("with diet alone, without any medication") is a claim,
    not the clinical use of "cure"; the same sentence with the treatment given is spared (CUR001)."""
    assert flag_texts("Type 2 diabetes can be cured with diet alone, without any medication.", "CUR001") == ["cured"]
    assert flag_texts("Most cancers can be cured without chemotherapy or surgery.", "CUR001") == ["cured"]
    assert flag_texts("Most early cancers can be cured with surgery.", "CUR001") == []


def test_a_prose_comparative_is_silent_on_a_patients_page_only():
    """CMP001 flags nothing on a page that neither sells nor hypes (silent_on_sober_pages): a seller's prose keeps
    its flag."""
    text = "Thicker hair usually takes three months to show."
    assert flag_texts(text, "CMP001") == []
    assert flag_texts(text + SHOP, "CMP001") == ["Thicker hair"]


def test_advice_to_everyone_is_no_universal_over_buyers():
    """ABS003: "Everyone should get a flu jab every year" advises what to do; "Everyone should own a pair" sells."""
    for text in ("Everyone should get a flu jab every year.", "Everybody should use a sunscreen every day."):
        assert flag_texts(text, "ABS003") == [], text
    assert flag_texts("Everyone should own a pair." + SHOP, "ABS003") != []


def test_a_marker_read_as_the_treatment_working_is_info_on_a_patients_page():
    """CAU009 is graded by promotion: a clinician's reading of a test on a page that sells nothing is info."""
    text = "A fall in your PSA level is a sign that the treatment is working."
    assert [f.level for f in flags_for(text) if f.code == "CAU009"] == ["info"]
    assert [f.level for f in flags_for(text + SHOP) if f.code == "CAU009"] == ["warning"]


def test_natures_defence_is_no_product_named_natures_own_supplement():
    assert flag_texts("Fever is nature's defence against infection.", "HYP002") == []
    assert flag_texts("Sea moss is nature's multivitamin." + SHOP, "HYP002") != []


def test_what_a_level_means_is_spared_on_a_patients_page_but_a_chain_is_not():
    """CAU005: "Higher vaccination rates mean fewer outbreaks" on a page that sells nothing reads known outcomes;
    "Higher NAD+ means more energy" beside a shop, and a benefit led to down a chain, keep their flag."""
    assert flag_texts("Higher vaccination rates mean fewer outbreaks of measles.", "CAU005") == []
    assert flag_texts("Higher NAD+ means more energy." + SHOP, "CAU005") != []
    assert flag_texts("The drug clears the protein, leading to a better quality of life.", "CAU005") != []


def test_a_list_of_things_denied_at_once_is_a_denial_on_any_page():
    """sober28: "No vitamin, supplement or brain-training game has been shown to prevent dementia" denies, as "No
    supplement has been shown to" does (lexicons/mentions.yml denial_of_subject); the same list with no "No" appeals."""
    denied = "Dementia is common. No vitamin, supplement or brain-training game has been shown to prevent dementia."
    assert "has been shown to" not in flag_texts(denied, "AUT001")
    assert "has been shown to" not in flag_texts(denied + SHOP, "AUT001")
    listed = "Dementia is common. Vitamins, supplements or brain-training games have been shown to prevent dementia."
    assert "have been shown to" in flag_texts(listed + SHOP, "AUT001")


def test_the_readers_own_doctor_thinking_is_no_appeal_on_any_page():
    """sober28: "If your doctor thinks you may have a DVT" is the reader's clinician, as "your doctor recommends" is;
    unnamed doctors who think keep the flag."""
    assert not flag_texts("If your doctor thinks you may have a DVT, you will have a scan.", "AUT001")
    assert flag_texts("Doctors think this tea prevents clots." + SHOP, "AUT001")


def test_the_readers_doctor_who_believes_is_an_appeal_on_a_page_that_sells():
    """review3: thinking and believing are spared on a page that promotes nothing only; on a seller's page "Your
    doctor believes this supplement works" is the appeal the rule reads ("your doctor recommends", advice, is spared
    on any page)."""
    assert flag_texts("Your doctor believes this supplement works." + SHOP, "AUT001") == ["doctor believes"]
    assert flag_texts("If your doctor thinks you may have a DVT, you will have a scan." + SHOP, "AUT001")
    assert not flag_texts("Do not stop taking it unless your doctor recommends it." + SHOP, "AUT001")


def test_a_medicine_new_to_the_reader_is_no_novelty_on_any_page():
    """sober28: "before starting new medicines" is new to the patient; "new medicines" presented as novel keep it."""
    assert not flag_texts("Ask your team before starting new medicines or herbal remedies.", "NEW001")
    assert flag_texts("New medicines have transformed the outlook for people with DVT.", "NEW001")
    # review3: a class of medicine right after "new"; a product's name there keeps the flag on any page
    assert not flag_texts("Ask your pharmacist before taking any new medicine.", "NEW001")
    for page in ("", SHOP):
        assert flag_texts("Try new KetoBurn pills today." + page, "NEW001") == ["new KetoBurn pills"]


@pytest.mark.parametrize("code, text, words", [
    ("SAF003", "Side effects with our patch are milder than in other brands.", "Side effects with our patch are milder"),
    ("CMP002", "Prevention is always better than cure, so take our capsules.", "better than"),
])
def test_a_sellers_product_compared_in_a_spares_words_keeps_its_flag(code, text, words):
    assert words in flag_texts(text + SHOP, code)


def test_a_superlative_of_evidence_is_spared_on_any_page_unless_the_page_says_it_of_its_own():
    """sober30: how well something is studied ranks the evidence, not a treatment, on a page that sells too; said in
    the page's own voice it ranks the seller's product and keeps its flag."""
    for page in ("", SHOP):
        assert flag_texts("The strongest trial evidence is for blood pressure." + page, "CMP002") == []
        assert flag_texts("Statins are among the best-studied medicines in the world." + page, "CMP002") == []
    assert flag_texts("Our capsules are the best-studied form of magnesium." + SHOP, "CMP002") == ["best"]


def test_a_match_beside_a_spared_one_keeps_its_own_flag_on_a_page_that_promotes_nothing():
    """Matches of one rule side by side are one flag ("always helps everyone"); where the page promotes nothing the
    promoted-only "helps everyone" is spared and the ordinary "always" beside it keeps its flag, as it has alone."""
    assert flag_texts("Regular walking always helps everyone with back pain.", "ABS003") == ["always"]
    assert flag_texts("Regular walking always helps people with back pain.", "ABS003") == ["always"]
    # the promoted-only words alone are spared, and nothing is left of them
    assert flag_texts("Regular walking helps everyone with back pain.", "ABS003") == []
    # on a page that sells, the two stay one flag
    assert flag_texts("Regular walking always helps everyone with back pain." + SHOP, "ABS003") == [
        "always helps everyone"]


def test_an_objects_label_is_no_safety_claim_on_any_page():
    """ "microwave-safe", "dishwasher-safe": what a container withstands, no treatment's harms, where the page sells too;
    a person or a state before the hyphen ("pregnancy-safe") says a product is safe and keeps the flag."""
    for page in ("", SHOP):
        assert flag_texts("Some plastics can release chemicals into food when heated, so use containers labelled as "
                      "microwave-safe." + page, "SAF002") == []
        assert flag_texts("Cast iron pans are oven-safe and dishwasher-safe." + page, "SAF002") == []
    assert flag_texts("Our balm is pregnancy-safe." + SHOP, "SAF002") == ["safe"]


def test_a_condition_that_becomes_milder_with_time_is_no_side_effect_claim_on_any_page():
    """The course of a disease ("becomes much milder by their teenage years"), not a treatment's harms; a page that
    calls a treatment's side effects milder keeps its flag."""
    for page in ("", SHOP):
        assert flag_texts("For a lot of children it clears up or becomes much milder by their teenage years." + page,
                      "SAF003") == []
        assert flag_texts("Eczema often gets milder with age." + page, "SAF003") == []
    assert flag_texts("With this cream, side effects are milder." + SHOP, "SAF003") == ["side effects are milder"]


# seller14: a spared flag supersedes nothing (engine._restored): SUB018's unsourced figure supersedes STA001's "up to"
# on the same words where it stands, and gives it back where it is spared
@pytest.mark.parametrize("sentence", [
    "FlexiJoint reduces joint pain by up to 75%.",
    "The patch eases back pain by up to 70%.",
    "These drops cut eye strain by up to 80%.",
])
def test_an_unsourced_figure_on_a_selling_page_is_one_flag_not_an_up_to_as_well(sentence):
    flags = flags_for(sentence + SHOP)
    codes = [f.code for f in flags]
    assert "SUB018" in codes and "STA001" not in codes, [(f.code, f.text) for f in flags]


@pytest.mark.parametrize("sentence, up_to", [
    ("Physiotherapy reduces knee pain by up to 75%.", "up to 75%"),
    ("Statins lower LDL cholesterol by up to 50%.", "up to 50%"),
    ("Losing weight can cut the risk of diabetes by up to 58%.", "up to 58%"),
])
def test_an_up_to_figure_on_a_page_that_informs_keeps_its_flag_when_the_seller_reading_is_spared(sentence, up_to):
    flags = flags_for(sentence)
    assert "SUB018" not in {f.code for f in flags} and flag_texts(sentence, "STA001") == [up_to], \
        [(f.code, f.text) for f in flags]


# Giving back what a spared seller's reading superseded gives back nothing else: the flags the page's other exceptions
# spared ("safe for most people", an investigator quoted by a report) stay spared on the page around it
STATINS = ("# Statins\nStatins lower LDL cholesterol by up to 50%.\n"
           "Statins are safe for most people, although some get muscle aches.\n"
           "\"This is a landmark result,\" said Professor Jane Clarke, who led the trial.")


def test_an_up_to_given_back_brings_back_no_other_spared_flag_on_a_page_that_informs():
    flags = flags_for(STATINS)
    assert [(f.code, f.text) for f in flags] == [("STA001", "up to 50%")]


def test_the_same_page_that_sells_keeps_every_flag():
    codes = {f.code for f in flags_for(STATINS + "\n" + SHOP.strip())}
    assert {"SUB018", "SAF002", "HYP001"} <= codes and "STA001" not in codes, codes


def test_the_joins_of_a_list_are_the_negation_series_joiners_and_marks():
    from pipeline.rules.sentences import list_joins

    assert {"and", "or", "nor", ",", "&", ";"} <= list_joins()


# A list of denials by the same word ("no surgery, no drugs and no side effects") reads its last item apart only where
# the page promotes: on a page that informs it is a trial's findings, or a promise told of
@pytest.mark.parametrize("sentence", [
    "In the study there were no deaths, no serious infections and no side effects that differed from placebo.",
    "It works naturally, with no surgery, no drugs and no side effects.",
])
def test_a_list_of_denials_is_a_promise_only_on_a_page_that_promotes(sentence):
    assert flag_texts(sentence, "SAF001") == []
    assert flag_texts("Our balm is here.\n" + sentence + SHOP, "SAF001") == ["no side effects"]


# sober38: words that are no appeal on any page: a diagnostic test called a study, a war of history and its armies, a
# harm said to be greater; the near-miss beside each keeps its flag
@pytest.mark.parametrize("code, text, words", [
    ("AUT001", "Nerve conduction studies confirm the diagnosis before surgery is offered.", "studies confirm"),
    ("EMO001", "The myth dates back to the Second World War, when radar helped pilots find enemy aircraft at night.",
     "War"),
    ("EMO001", "The myth dates back to the Second World War, when radar helped pilots find enemy aircraft at night.",
     "enemy"),
    ("CMP001", "Swimming in icy lakes carries far greater risks, such as hypothermia.", "greater"),
])
def test_a_test_a_war_of_history_and_a_greater_harm_are_no_appeal_on_any_page(code, text, words):
    assert words not in flag_texts(text, code)
    assert words not in flag_texts(text + SHOP, code)


@pytest.mark.parametrize("code, text, words", [
    ("AUT001", "Studies confirm that the wrist splint works.", "Studies confirm"),
    ("EMO001", "Join the war against arthritis and beat this silent enemy.", "war"),
    ("EMO001", "Join the war against arthritis and beat this silent enemy.", "enemy"),
    ("CMP001", "The combined pill gave a greater risk reduction.", "greater"),
])
def test_research_a_disease_fought_and_a_benefit_called_greater_keep_their_flag(code, text, words):
    assert words in flag_texts(text + SHOP, code)


# A diagnostic test called a study is spared only doing a test's work (confirming, detecting, showing how or whether);
# the same test said to show or prove what a product does is an appeal to evidence, on a page that sells or not
@pytest.mark.parametrize("text", [
    "Urodynamic studies show how the bladder fills and empties.",
    "Nerve conduction studies can detect damage to the median nerve at the wrist.",
    "Electrodiagnostic studies measure how fast signals travel along the nerve.",
])
def test_a_diagnostic_test_doing_its_work_is_no_appeal(text):
    assert flag_texts(text, "AUT001") == []
    assert flag_texts(text + SHOP, "AUT001") == []


@pytest.mark.parametrize("text, words", [
    ("Urodynamic studies show PelviTone cures bladder leaks in 4 weeks.", "studies show"),
    ("Nerve conduction studies prove that NeuroSoothe repairs damaged nerves in weeks.", "studies prove"),
    ("Urodynamic studies show our pelvic trainer ends leaks for good.", "studies show"),
    ("Nerve conduction studies confirm that the patch regrows nerve fibres.", "studies confirm"),
])
def test_a_diagnostic_test_said_to_prove_a_products_effect_keeps_its_flag(text, words):
    assert words in flag_texts(text + SHOP, "AUT001")


def test_an_epithet_superseded_by_a_promoted_only_comparison_keeps_its_flag_where_nothing_is_promoted():
    """CMP002 reads "nature's <medicine>" only on a page that promotes (a promoted pattern): where nothing is promoted
    it reads nothing there, so HYP002's epithet stands; on a shop page the comparison supersedes it, and a reading of
    CMP002 spared by an exception of its own (a sourced ranking) still supersedes EFF001's booster."""
    text = "Ginger is nature's antacid, and willow bark is nature's aspirin."
    assert flag_texts(text, "HYP002") == ["nature's antacid", "nature's aspirin"]
    assert flag_texts(text, "CMP002") == []
    assert flag_texts(text + SHOP, "HYP002") == []
    assert flag_texts(text + SHOP, "CMP002") == ["nature's antacid", "nature's aspirin"]
    assert flag_texts("Statins are one of the most effective treatments for high cholesterol, according to NICE.",
                  "EFF001") == []


def test_an_instruction_after_its_case_is_care_or_caution_not_a_treatment_chosen():
    """fixS (review A2-6): after a condition clause or "so", the verbs of care, a check or a caution instruct
    (lexicons/instructions.yml `instruction_after_case_verbs`); a treatment chosen keeps ABS003 on a sober page."""
    for text in ("If you feel dizzy after the jab, always tell the nurse before you leave.",
                 "If you are taking warfarin, always check with your pharmacist before starting a new supplement.",
                 "If your eye is red and painful, always get help from an optician the same day."):
        assert flag_texts(text, "ABS003") == []
    assert flag_texts("If you have cancer, always pick herbal drops over chemotherapy.", "ABS003") == ["always"]


def test_fewer_side_effects_than_the_same_medicine_taken_another_way_is_its_regimen():
    """fixS (review A2-8): "than taking it / the tablets / the higher dose" is the same medicine's other regimen."""
    for text in ("Using the cream twice a week causes fewer side effects than using it every day.",
                 "The skin patch is better tolerated than taking the tablets by mouth.",
                 "Starting on a low dose gives fewer side effects than taking the full dose at once."):
        assert flag_texts(text, "SAF003") == [], text


def test_completely_harmless_of_a_finding_of_the_body_is_what_it_means_on_any_page():
    """fixS (review A-H1): "completely harmless" of a finding of the body is no product's safety (no SAF001 error);
    of a habit or a product it keeps SAF001 on any page."""
    for page in ("", SHOP):
        for text in ("Skin tags are almost always completely harmless and can be left alone.",
                     "A heart murmur in a child is usually perfectly harmless.",
                     "Freckles are entirely harmless."):
            assert flag_texts(text + page, "SAF001") == [], text
        assert flag_texts("Holding in a sneeze is totally harmless." + page, "SAF001") == ["totally harmless"]
