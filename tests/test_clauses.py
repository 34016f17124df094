"""Clauses: where a sentence is cut into candidate claims, and what each cut says of its subject."""

from __future__ import annotations

from pipeline.clauses import cut_clauses, plural_subject_verb
from pipeline.nlp import analyse_text


def clauses(text: str) -> list[str]:
    """The clauses `cut_clauses` cuts a text (one sentence) into."""
    analysis = analyse_text(text)
    return [analysis.text_of(c.first, c.last) for c in cut_clauses(analysis, 0, len(analysis.tokens))]


def test_a_relative_clause_inside_the_subject_ends_at_its_closing_comma():
    from pipeline.claims import extract_claims

    found = extract_claims(analyse_text("The drug, which is taken once daily, lowers blood pressure in most adults."))
    assert [(c.text, c.subject) for c in found] == [("lowers blood pressure in most adults", "The drug")]
    found = extract_claims(analyse_text(
        "In the trial, which enrolled 5,230 patients, cardiozen reduced deaths from heart failure."))
    assert [(c.text, c.subject) for c in found][-1] == ("cardiozen reduced deaths from heart failure", "cardiozen")


def test_a_relative_clause_ends_at_a_comma_inside_its_closing_quote():
    from pipeline.claims import extract_claims

    # American style puts the comma inside the quotation marks: the main verb after them keeps the subject
    for quoted in ("'pill-free,'", "\u201cpill-free,\u201d"):
        found = extract_claims(analyse_text(
            f"The diet, which is sold as {quoted} lowers blood pressure in most adults."))
        assert [(c.text, c.subject) for c in found][-1] == ("lowers blood pressure in most adults", "The diet")


def test_a_news_dateline_is_neither_claim_text_nor_subject():
    from pipeline.claims import extract_claims

    found = extract_claims(analyse_text(
        "BOSTON, March 4, 2025 -- Novaren Pharmaceuticals today announced that cardiozen reduced deaths from heart "
        "failure."))
    assert found[0].text.startswith("Novaren Pharmaceuticals today announced") and \
        found[0].subject == "Novaren Pharmaceuticals"
    found = extract_claims(analyse_text("LONDON (Reuters) - Statins lower LDL cholesterol in most adults."))
    assert [(c.text, c.subject) for c in found] == [("Statins lower LDL cholesterol in most adults", "Statins")]


def test_and_after_a_comma_opens_a_clause_with_a_subject_and_verb_of_its_own():
    from pipeline.claims import extract_claims

    found = extract_claims(analyse_text("Cinnamon improves insulin sensitivity, and metformin lowers blood sugar."))
    assert [(c.text, c.subject) for c in found] == [("Cinnamon improves insulin sensitivity", "Cinnamon"),
                                                    ("metformin lowers blood sugar", "metformin")]
    # the last item of a list of subjects is none
    found = extract_claims(analyse_text("Advances in surgery, radiotherapy, and new drugs are improving survival."))
    assert len(found) == 1


def test_a_sentence_without_a_known_verb_is_cut_at_its_inflected_verbs():
    """No verb of the cue lexicon in the sentence ("forms" is also a noun, "'s" a possessive): the inflected forms
    of known verbs are its predicates, so ", and" + a subject and verb opens a clause of its own."""
    assert clauses("Bile forms hard stones in the gallbladder, and the patient's abdomen swells.") == [
        "Bile forms hard stones in the gallbladder", "the patient's abdomen swells"]


def test_two_attributes_of_one_noun_stay_in_one_clause():
    """"a safe and effective remedy" joins two adjectives of one noun, not two assertions; a verb after "and"
    ("reduces the pain and improves sleep") or an adverb opening one ("and effectively ends") still cuts."""
    assert clauses("Zinc is a safe and effective remedy for colds.") == [
        "Zinc is a safe and effective remedy for colds"]
    assert clauses("The drug reduces the pain and improves sleep.") == ["The drug reduces the pain", "improves sleep"]
    assert clauses("It causes a headache and effectively ends the day.") == [
        "It causes a headache", "effectively ends the day"]


def test_a_participle_in_a_list_of_nouns_is_an_item_not_a_clause():
    """", feeling sick," after two nouns of a list is a third item ("include headache, dizziness, feeling sick,
    …"); after a verb ("accumulate in the marrow, crowding out normal cells") it is a clause of its own."""
    assert clauses("Its side effects include nausea, cramps, feeling tired and a dry mouth.") == [
        "Its side effects include nausea, cramps, feeling tired and a dry mouth"]
    assert clauses("Leukaemia cells build up in the blood, crowding out healthy cells.") == [
        "Leukaemia cells build up in the blood", "crowding out healthy cells"]


def test_an_acronym_and_an_aside_between_dashes_is_a_subject_not_a_dateline():
    from pipeline.claims import extract_claims

    found = extract_claims(analyse_text("HIV - the virus that causes AIDS - attacks CD4 cells in the blood."))
    assert [c.text for c in found] == ["HIV - the virus that causes AIDS - attacks CD4 cells in the blood"]
    dated = extract_claims(analyse_text("BOSTON, March 4, 2025 -- Statins cut heart attacks by a third, a study finds."))
    assert [c.text for c in dated] == ["Statins cut heart attacks by a third, a study finds"]
    # a hyphen inside a word is no dateline's dash
    hyphened = extract_claims(analyse_text("CAR-T does not harm normal cells in the marrow."))
    assert [c.text for c in hyphened] == ["CAR-T does not harm normal cells in the marrow"]


def test_a_contracted_negative_modal_opens_a_clause_like_its_full_form():
    """"can't" and "won't" are the tokens "ca" / "wo" + "n't": after ", and" + a subject, or after "and", they are
    the auxiliary of a clause of their own, as "can" and "cannot" are (the first clause is not negated with it)."""
    from pipeline.claims import extract_claims

    for modal in ("cannot", "can't", "won't"):
        found = extract_claims(analyse_text(f"Zinc lowers fever, and vitamin C {modal} cure colds."))
        assert [(c.text, c.negated) for c in found] == [
            ("Zinc lowers fever", False), (f"vitamin C {modal} cure colds", True)], modal
    found = extract_claims(analyse_text("Zinc lowers fever and can't cure colds."))
    assert [c.text for c in found] == ["Zinc lowers fever", "can't cure colds"]


def test_a_list_of_participle_phrases_as_subject_means_or_condition_is_not_cut():
    """"Eating well, sleeping enough and controlling stress lower …": the participle phrases are items of one list
    (the subject, the means after "by", the condition after "unless"), not clauses; participles that follow a
    finite clause or name outcomes ("effective in killing X, slowing Y, and preventing Z") are still cut."""
    for text in ("Eating well, sleeping enough and controlling stress lower blood pressure.",
                 "You can lower blood pressure by eating well, sleeping enough, and cutting down on salt.",
                 "Unless you are sleeping well, controlling stress, and moving every day, no pill will budge your "
                 "weight."):
        assert clauses(text) == [text[:-1]]
    assert clauses("The drugs are effective in killing cancer cells, slowing their growth, and stopping their "
                   "spread.") == ["The drugs are effective in killing cancer cells", "slowing their growth",
                                  "stopping their spread"]
    assert clauses("Leukaemia cells build up in the blood, crowding out healthy cells and causing anaemia.") == [
        "Leukaemia cells build up in the blood", "crowding out healthy cells and causing anaemia"]


def test_a_comma_between_two_adjectives_of_one_noun_is_no_clause_boundary():
    """"For fast, lasting fat loss": the comma after an adjective that has no noun yet joins it to the next one;
    after a complete phrase (", lasting for weeks", ", crowding out …") a participle still opens a clause."""
    assert clauses("For fast, lasting weight loss, no supplement will help on its own.") == [
        "For fast, lasting weight loss, no supplement will help on its own"]
    assert clauses("A slow, growing tumour can press on nerves.") == ["A slow, growing tumour can press on nerves"]
    assert clauses("The headache was severe, lasting for weeks.") == ["The headache was severe", "lasting for weeks"]
    # after a determiner, a word that is also a noun ends its phrase ("joint" the noun, not the adjective)
    assert clauses("Crystals form around the joint, causing swelling and pain.") == [
        "Crystals form around the joint", "causing swelling and pain"]


def test_two_passives_joined_by_and_are_two_clauses():
    """"Rats were fed X and effects of Y on Z were determined": after a passive, 'and', a noun phrase of its own
    and a second passive open a clause with its own subject; "the signs and symptoms … are reduced" after an
    active verb is one subject."""
    assert clauses("Mice were fed a high-fat diet and levels of insulin in the blood were measured.") == [
        "Mice were fed a high-fat diet", "levels of insulin in the blood were measured"]
    assert clauses("Remission means the signs and symptoms of myeloma are reduced.") == [
        "Remission means the signs and symptoms of myeloma are reduced"]
    assert clauses("The mice were fed soy protein and fish oil.") == ["The mice were fed soy protein and fish oil"]
    # an irregular participle that is also a noun ("given", "found") is the participle after the copula
    assert clauses("Patients were given statins and aspirin was added after a month.") == [
        "Patients were given statins", "aspirin was added after a month"]


def test_two_modifiers_of_one_head_joined_by_and_stay_in_one_clause():
    """"limited leisure and work activities": a singular noun or adjective opened by an adjective or participle,
    'and', a word that is a noun as well as a verb and a plural head ending the phrase modify one head; a verb in
    the -s form after 'and' still opens a clause ("reduces pain and controls symptoms")."""
    assert clauses("Many adults with gout report limited leisure and work activities.") == [
        "Many adults with gout report limited leisure and work activities"]
    assert clauses("Patients reported reduced social and work activities.") == [
        "Patients reported reduced social and work activities"]
    assert clauses("The drug reduces pain and controls symptoms.") == ["The drug reduces pain", "controls symptoms"]


def test_a_list_of_attributes_and_an_effect_adjective_open_no_clause():
    """"a safe, fast and effective way": attributes of one noun after the article, however many; "confirmed the
    medicinal value and beneficial effects of X": an effect adjective after 'and' opens a second object, not a verb
    (a second term of a relation still is one: "associated with diabetes and reduced survival")."""
    assert clauses("Fillers are a quick, cheap and effective way to smooth wrinkles.") == [
        "Fillers are a quick, cheap and effective way to smooth wrinkles"]
    assert clauses("Studies have confirmed the nutritional value and beneficial effects of oats.") == [
        "Studies have confirmed the nutritional value and beneficial effects of oats"]
    assert clauses("Obesity was associated with diabetes and reduced survival.") == [
        "Obesity was associated with diabetes", "reduced survival"]


def test_a_verb_set_off_by_dashes_or_brackets_after_and_shares_the_clause():
    """"Diet can control—and even reverse—type 2 diabetes": the aside between the marks is a second verb of the
    same clause, whose object follows the closing mark; no cut (before: "Diet can control" and "even reverse—type 2
    diabetes")."""
    for text in ("Exercise can improve\u2014and even reverse\u2014fatty liver disease.",
                 "Exercise can improve (and even reverse) fatty liver disease."):
        assert clauses(text) == [text[:-1]]


def test_but_and_a_subject_and_verb_of_their_own_open_a_clause():
    """", but too much curcumin can cause stomach upset" says something of its own, as ", and chromium helps …" does;
    not inside a condition ("If you are diagnosed, but have no symptoms, …") nor after "not just X" (a pair)."""
    assert clauses("Side effects are rare, but too much curcumin can cause stomach upset.") == [
        "Side effects are rare", "too much curcumin can cause stomach upset"]
    assert len(clauses("If you are diagnosed with myeloma, but you have no symptoms, you may not need treatment.")) == 1
    assert len(clauses("The key is seeing side effects not just as risks, but as signs the therapy works.")) == 1


def test_and_before_a_subject_of_its_own_and_should_opens_a_recommendation():
    """A finding, then "and" + a subject of its own + a word of obligation: the recommendation is a clause of its own
    and leaves the finding's strength alone; "and" inside an infinitive's object or a subject does not cut."""
    from pipeline.benchmarks.base import sentence_strength
    from pipeline.claims import extract_claims

    found = extract_claims(analyse_text("Brisk walking lowers blood pressure and family doctors should recommend it."))
    assert found[0].text == "Brisk walking lowers blood pressure"
    assert sentence_strength("Brisk walking lowers blood pressure and family doctors should recommend it.") == "direct"
    assert sentence_strength("Night shifts reduced sleep in nurses and employers must limit them.") == "direct"
    # "and" joins the object of "to reduce", and the list before "are required": one recommendation, none
    assert sentence_strength("Safe ways to reduce HbA1c and weight gain need to be developed.") == "none"
    assert sentence_strength("Lower drug prices and patient education are required.") == "none"


def test_a_clause_after_a_colon_has_its_own_subject():
    from pipeline.claims import extract_claims

    found = extract_claims(analyse_text("The evidence backs this up: aspirin thins the blood and prevents strokes."))
    assert [(c.text, c.subject) for c in found] == [("aspirin thins the blood and prevents strokes", "aspirin")]
    # a list after a colon is no clause of its own
    found = extract_claims(analyse_text("Common symptoms of myeloma include: bone pain, fatigue and anemia."))
    assert len(found) == 1


def heads(text: str) -> list[str]:
    """The heads of what a clause asserts (`assertion_heads`), as text."""
    from pipeline.clauses import assertion_heads

    analysis = analyse_text(text)
    return [analysis.text_of(h.first, h.last) for h in assertion_heads(analysis, 0, len(analysis.tokens))]


def test_the_head_of_an_assertion_is_its_verb_and_what_the_verb_takes():
    # the subject and the phrases after the verb's complement are what the assertion is about or where it holds
    assert heads("Survival data for gout is typically presented using the ten-year relative survival rate") == \
        ["is typically presented"]
    assert heads("Your nurse can help you consider all your treatment options") == \
        ["can help you consider all your treatment options"]
    assert heads("Flare-ups are also counted by nurses in the clinic") == ["are also counted by nurses"]
    # one phrase opened by a preposition, an infinitive and a copula's defining relative are taken
    assert heads("Gout refers to the build-up of uric acid after a meal") == ["refers to the build-up of uric acid"]
    assert heads("Adults with gout that is severe may be eligible to receive pegloticase") == \
        ["may be eligible to receive pegloticase"]
    assert heads("Gout is a type of arthritis that affects the big toe") == \
        ["is a type of arthritis that affects the big toe"]
    # the main clause after a subordinate one, and a clause joined by "and"
    assert heads("When the crystals dissolve, that is called remission") == ["is called remission"]
    assert heads("For some people, gout can flare in winter and over time the joints can become stiff") == \
        ["can flare in winter", "can become stiff"]
    assert heads("A blood test for uric acid") == []
    # a two-word adverb ("in turn", "over time") takes no phrase's place: the verb's own phrase follows it
    assert heads("Urate crystals may in turn interfere with the normal movement of the joint") == \
        ["may in turn interfere with the normal movement of the joint"]
    assert heads("Gout can over time damage the joints of the feet") == ["can over time damage the joints of the feet"]
    # a verb group runs over the focus and time adverbs of heads.yml `focus_adverbs` ("indeed", "already")
    assert heads("Cherries have indeed lowered uric acid") == ["have indeed lowered uric acid"]
    # a copula ranking its subject asserts the subject too: what is the most common is the claim, not the symptoms
    assert heads("Swelling and joint pain are the most common symptoms of gout") == \
        ["Swelling and joint pain are the most common symptoms of gout"]
    assert heads("Swelling is a symptom of gout") == ["is a symptom of gout"]
    # "another" opens a noun phrase as "a" does: its participle-shaped adjective is no phrase of its own
    assert heads("The big toe is another complicated joint that gout may affect") == \
        ["is another complicated joint that gout may affect"]
    # a second phrase of the same verb joined by "and" is part of what it takes, a clause after "and" is not
    assert heads("People may catch gout germs in the kitchen and after touching infected towels") == \
        ["may catch gout germs in the kitchen and after touching infected towels"]
    assert heads("Urate builds up in the joints and in the kidneys") == ["builds up in the joints and in the kidneys"]
    assert heads("Gout can flare in winter and after the crystals are dissolved it stops") == ["can flare in winter"]
    # "there is evidence that X" asserts X too
    assert heads("There is evidence that cherries are playing a role in preventing gout") == \
        ["is evidence that cherries are", "are playing a role in preventing gout"]
    assert heads("There's evidence that cherries are playing a role in preventing gout") == \
        ["'s evidence", "are playing a role in preventing gout"]
    # a participle inside a hyphenated word is no phrase of its own: the name goes on
    assert heads("These are sometimes called gout-related joint flares") == \
        ["are sometimes called gout-related joint flares"]


def test_the_verbs_of_a_subject_are_not_its_head():
    # a relative's verb, a participle after the subject's noun and one opening a name belong to the subject
    assert heads("People diagnosed with gout early have fewer flares") == ["have fewer flares"]
    assert heads("Relapsed gout is a challenge to treat") == ["is a challenge to treat"]
    assert heads("Companies that sell cherry-derived products have received letters") == ["have received letters"]
    assert heads("Treatment for relapsed gout is very personal") == ["is very personal"]


def test_a_clause_after_but_may_open_with_a_condition_or_a_sentence_adverb():
    # ", but when used as directed, X is safe": the condition is a lead-in; the clause has a subject of its own, so
    # the hedge of the first clause stays there
    assert clauses("You may feel some tingling, but when used as directed, the device is safe.") == [
        "You may feel some tingling", "when used as directed, the device is safe"]
    assert clauses("The cause is unclear, but remarkably, the rash will clear within a week.") == [
        "The cause is unclear", "remarkably, the rash will clear within a week"]
    # ... an adverb with no comma after it is no lead-in: the clause is tested from the next word, as before
    assert clauses("No added benefit at the higher dose, but significantly more side effects.") == [
        "No added benefit at the higher dose", "significantly more side effects"]


def test_the_clause_after_a_conditioned_but_keeps_its_own_strength():
    from pipeline.claims import extract_claims

    found = extract_claims(analyse_text(
        "You may feel a warming sensation, but when used as directed, red light therapy is safe and free from side "
        "effects."))
    assert [(c.text, c.strength) for c in found][-1] == (
        "when used as directed, red light therapy is safe and free from side effects", "absolute")


def test_a_plural_subject_and_its_base_verb_past_an_adverb():
    """A base-form verb after a plural subject is its present tense past the focus and time adverbs of
    lexicons/heads.yml `focus_adverbs` (the list a verb group runs over too: "already", "eventually", "just",
    "soon"), a frequency adverb or a floated "all"; not a base verb after a modal, whose subject is no plural."""
    def verbs(text: str) -> list[str]:
        analysis = analyse_text(text)
        segment = analysis.segments[0]
        return [analysis.tokens[i].text for i in range(segment.first, segment.last)
                if plural_subject_verb(analysis, segment.first, i)]

    assert verbs("Symptoms eventually disappear without treatment.") == ["disappear"]
    assert verbs("Most patients already take a statin.") == ["take"]
    assert verbs("Many people just need rest.") == ["need"]
    assert verbs("Patients soon feel better after the first dose.") == ["feel"]
    assert verbs("Some patients also take longer to recover.") == ["take"]
    assert verbs("Doctors rarely prescribe antibiotics for colds.") == ["prescribe"]
    assert verbs("They all need a booster.") == ["need"]
    assert verbs("The rash will eventually disappear.") == []


def test_and_before_a_subject_of_its_own_cuts_when_the_first_verb_is_no_verb_cue():
    """"sharpens" is only a change cue, not a verb cue: the first clause still has a verb of its own (its -s form),
    so ", and astaxanthin eliminates …" opens a second main clause; each half is a claim on the sentence's topic.
    Not a list of nouns ("pain, fatigue, and anemia") nor a plural noun after a determiner."""
    assert clauses("Bilberry sharpens night vision, and astaxanthin eliminates eye strain from screens.") == [
        "Bilberry sharpens night vision", "astaxanthin eliminates eye strain from screens"]
    assert len(clauses("The drops contain bilberry extracts, and astaxanthin.")) == 1
    assert len(clauses("The label lists the benefits, and the doses of each herb.")) == 1


def test_a_second_main_clause_makes_both_halves_claims(claims):
    found = [c.text for c in claims("Bilberry sharpens night vision, and astaxanthin eliminates eye strain.")]
    assert found == ["Bilberry sharpens night vision", "astaxanthin eliminates eye strain"]


def test_so_with_a_subject_of_its_own_opens_the_result_clause():
    """", so on its own it rarely causes hypoglycaemia": the result, said with a subject of its own after a phrase;
    "so" itself belongs to neither clause. Not "so" in "do so" at the end, nor ", so that"-less purposes."""
    assert clauses("Metformin does not make your pancreas produce more insulin, so on its own it rarely causes "
                   "hypoglycaemia.") == ["Metformin does not make your pancreas produce more insulin",
                                         "on its own it rarely causes hypoglycaemia"]
    assert clauses("Stop taking the tablets if your doctor tells you to do so.") == [
        "Stop taking the tablets if your doctor tells you to do so"]
    assert len(clauses("Metformin lowers blood sugar, so effective and so cheap.")) == 1


def test_but_and_a_phrase_before_the_subject_open_a_clause():
    assert clauses("There is no cure for asthma, but with the right treatment most people can control their "
                   "symptoms.") == ["There is no cure for asthma",
                                    "with the right treatment most people can control their symptoms"]
    # the phrase goes on the clause before when no subject and verb follow it
    assert len(clauses("Take the tablets with food, and with a full glass of water.")) == 1


def test_and_before_a_plural_pronoun_subject_and_its_base_verb_opens_a_clause():
    assert clauses("Metformin does not usually cause weight gain, and some people lose a little weight.") == [
        "Metformin does not usually cause weight gain", "some people lose a little weight"]
    assert len(clauses("The pills help people, and people with diabetes.")) == 1


def test_although_after_a_comma_and_before_a_subject_of_its_own_opens_a_concession():
    assert clauses("Vitamin D did not lower the overall risk of cancer, although there was a possible reduction in "
                   "cancer deaths.") == ["Vitamin D did not lower the overall risk of cancer",
                                         "although there was a possible reduction in cancer deaths"]
    assert clauses("CPAP did not prevent strokes in people with heart disease, although most participants used it "
                   "for only three hours a night.")[0] == "CPAP did not prevent strokes in people with heart disease"
    # an adjective conceded, or a concession set off inside the clause, opens no clause
    assert len(clauses("The drug is effective, though expensive.")) == 1
    assert len(clauses("Exercise, although hard, lowers blood pressure.")) == 1


def test_but_before_there_is_and_after_a_plural_subject_and_its_base_verb_opens_a_clause():
    """", but there's little data": the contracted "is" after its host is the clause's verb; "We tend to think …,
    but certain kinds are good for us": the first clause's verb is a plural subject's base form. A possessive "'s"
    is no verb ("…, but the drug's label")."""
    assert clauses("Probiotics generally have few side effects, but there\u2019s little data about their long-term "
                   "safety.") == ["Probiotics generally have few side effects",
                                  "there\u2019s little data about their long-term safety"]
    assert clauses("We tend to think of microbes as harmful, but certain kinds are good for us.") == [
        "We tend to think of microbes as harmful", "certain kinds are good for us"]
    assert len(clauses("Probiotics generally have few side effects, but the drug's label warns of bloating.")) == 2
    assert len(clauses("Probiotics have few side effects, but the drug's label.")) == 1


def test_by_after_a_passive_past_its_adverb_names_the_agent():
    # "is mostly caused by …": a passive with an adverb before its participle keeps its "by" phrase, the cause
    assert clauses("Eye strain is mostly caused by blinking less.") == ["Eye strain is mostly caused by blinking less"]
    # ... while a state clause ("remains a cornerstone of care") still has its "by" phrase said apart
    assert clauses("Exercise remains a cornerstone of care by lowering blood pressure.") == [
        "Exercise remains a cornerstone of care", "by lowering blood pressure"]


def test_the_base_and_s_forms_of_a_known_verb_and_what_is_neither():
    """clauses.verb_base_form and verb_s_form answer, for every stage, which present form of a verb a word is (the
    rule engine's bulleted benefit with no subject, "Boosts confidence" or "Restore your libido", asks both)."""
    from pipeline.clauses import verb_base_form, verb_s_form

    analysis = analyse_text("Restore balance. Boosts energy. Reduced pain. Patients bless.")
    forms = {t.text: (verb_base_form(t), verb_s_form(t)) for t in analysis.tokens if not t.is_punct}
    assert forms["Restore"] == (True, False)
    assert forms["Boosts"] == (False, True)
    assert forms["Reduced"] == (False, False)  # a past form is neither
    assert forms["Patients"] == (False, False)  # a plural noun ends in -s but is no verb's -s form
    assert forms["balance"][1] is False and forms["energy"] == (False, False)


def test_but_after_a_comma_between_adjectives_opens_a_clause():
    # only "and" / "or" end a list: a ", but" after "safe, routine" opens the clause of its own
    assert clauses("Cataract surgery is a quick, routine operation, but recovery can take a few weeks.") == [
        "Cataract surgery is a quick, routine operation", "recovery can take a few weeks"]
    assert clauses("Physiotherapy is slow, hard work, so many people give up early.") == [
        "Physiotherapy is slow, hard work", "many people give up early"]
    # a "not X, but Y" pair stays one clause
    assert len(clauses("The rash is not itchy, painful or raised, but flat and red.")) == 1


def test_a_comma_and_after_a_closed_list_opens_a_clause():
    # the list closed at its own "and": the ", and" after it opens a clause with a subject of its own
    assert clauses("It causes cramps, bloating, diarrhoea and constipation, and symptoms often come and go.") == [
        "It causes cramps, bloating, diarrhoea and constipation", "symptoms often come and go"]
    # … but the last item of an open list is no clause ("A, B, and innovative drugs are …")
    assert clauses("Advances in surgery, radiotherapy, and targeted drugs are improving survival.") == [
        "Advances in surgery, radiotherapy, and targeted drugs are improving survival"]


def test_and_with_a_subject_pronoun_and_its_auxiliary_opens_a_clause():
    assert clauses("Impetigo is caused by bacteria and it is very contagious.") == [
        "Impetigo is caused by bacteria", "it is very contagious"]
    assert clauses("Zinc lozenges shorten colds and they can leave a metallic taste.") == [
        "Zinc lozenges shorten colds", "they can leave a metallic taste"]
    # with no auxiliary after it the pronoun may be an object: no cut
    assert len(clauses("The cream soothes the skin and it heals.")) == 1
    # inside an opening subordinate clause, before its comma, the pronoun's clause is the condition's second part
    assert clauses("When you are tired and it is late, the pain often feels worse.") == [
        "When you are tired and it is late, the pain often feels worse"]
    assert clauses("If the rash spreads to your eyes and it is not treated, it can cause permanent vision loss.") == [
        "If the rash spreads to your eyes and it is not treated, it can cause permanent vision loss"]
    assert clauses("Although the vaccine cannot stop every case and it can cause a sore arm, it is very safe.") == [
        "Although the vaccine cannot stop every case and it can cause a sore arm", "it is very safe"]
    assert len(clauses("Even if the rash fades and it is not itchy, it can still spread.")) == 1
    # … after the comma that closes it, the main clause's "and it …" opens a clause again
    assert clauses("When the rash fades, it is not itchy and it is no longer contagious.") == [
        "When the rash fades, it is not itchy", "it is no longer contagious"]


def test_the_s_form_after_an_opening_pronoun_is_its_verb():
    # "switches" is in no cue list: after the opening pronoun it is the verb, and the verb joined by "and" a second
    # verb phrase of the same subject
    assert clauses("It switches off the stress response and helps the body make melatonin.") == [
        "It switches off the stress response", "helps the body make melatonin"]
    # "This" as a determiner: the word after it is its noun, no verb ("process" is no -s form)
    assert len(clauses("This process takes weeks and rarely helps.")) == 1


def test_and_after_an_imperative_keeps_its_promised_result():
    # "Use it daily and it will …": the result of the instruction, one promise, not a second main clause
    assert len(clauses("Apply the gel twice a day and it will heal your eczema.")) == 1


def test_the_predicates_found_are_the_verbs_and_a_contracted_is_but_no_possessive():
    from pipeline.clauses import find_predicates

    for text, verbs in [("Statins lower LDL and reduce heart attacks.", {"lower", "reduce"}),
                        ("The drug's effect on sleep was small.", {"was"}),
                        ("It's safe, and the patient's blood pressure fell.", {"'s", "fell"}),
                        ("Green tea extract shrinks kidney stones.", {"shrinks"}),
                        ("The trial began in 2015.", {"began"})]:
        analysis = analyse_text(text)
        found = [analysis.tokens[i].text for i in find_predicates(analysis, 0, len(analysis.tokens))]
        assert verbs <= set(found), text
        # a possessive "'s" is no verb; a contracted "is" is one ("It's safe")
        assert found.count("'s") == (1 if text.startswith("It's") else 0), text


def test_and_with_no_comma_before_a_noun_phrase_and_its_verb_opens_a_second_clause():
    # a determiner opens the second clause's subject, and a verb with a tense follows it
    assert clauses("The blisters crust over within a week and the rash usually heals within a month.") == [
        "The blisters crust over within a week", "the rash usually heals within a month"]
    assert clauses("I've lost 9 kilos and my eczema has completely cleared.") == [
        "I've lost 9 kilos", "my eczema has completely cleared"]
    # a second object is no clause, nor is a noun with a relative clause that leaves out its "that"
    assert len(clauses("It lowers the risk of stroke and the number of heart attacks.")) == 1
    assert len(clauses("It reduces pain and the swelling.")) == 1
    assert len(clauses("This is a testament to these treatments and the positive impact they have on patients.")) == 1
    # after an imperative the second clause is its result, one promise
    assert len(clauses("Take two capsules daily and the pain fades within a week.")) == 1


def test_a_plural_that_is_also_a_verb_is_the_verb_when_its_object_follows():
    # "calms", "fills": nouns' plurals too, but an object after them makes them the second clause's verb
    assert clauses("Magnesium protects your hearing, and zinc calms overactive nerve signals.") == [
        "Magnesium protects your hearing", "zinc calms overactive nerve signals"]
    assert clauses("Statins are among the most studied medicines, and this trial fills an important gap.") == [
        "Statins are among the most studied medicines", "this trial fills an important gap"]
    # the last item of a list, or a plural a preposition or "such as" follows, is a noun
    assert len(clauses("It eases back pain, neck stiffness, and muscle cramps.")) == 1
    assert len(clauses("It eases back pain, and muscle cramps in the legs.")) == 1


def test_a_possessive_determiner_opens_a_plural_subject():
    from pipeline.claims import extract_claims

    # "my eyes feel": the base verb after a plural that "my" opens is the clause's verb (as after "your", "our")
    found = extract_claims(analyse_text("The exercises are relaxing and my eyes feel less tired after long days."))
    assert [c.text for c in found][-1] == "my eyes feel less tired after long days"
    # with no verb after it, "my eyes" is a second thing the first clause speaks of, not a clause of its own
    assert [c.text for c in extract_claims(analyse_text("The exercises are relaxing and my eyes."))] == [
        "The exercises are relaxing and my eyes"]


def test_a_second_object_after_and_the_is_not_cut_into_a_clause():
    # the noun after the determiner is the phrase's own, though it is a verb's -s form too ("marks", "fats"), and a
    # plural noun right after it opens a relative clause with no "that" ("the aches runners feel")
    assert clauses("The cream treats acne and the marks left behind after spots heal.") == [
        "The cream treats acne and the marks left behind after spots heal"]
    assert clauses("Magnesium eases cramps and the aches runners feel after long races.") == [
        "Magnesium eases cramps and the aches runners feel after long races"]
    assert clauses("Omega-3 lowers triglycerides and the fats stored in the liver.") == [
        "Omega-3 lowers triglycerides and the fats stored in the liver"]
    # a determiner, its noun and a verb with a tense still open a second main clause
    assert clauses("I've lost 9 kilos and my eczema has cleared.") == ["I've lost 9 kilos", "my eczema has cleared"]
    assert clauses("The cream treats acne and the marks fade within a week.") == [
        "The cream treats acne", "the marks fade within a week"]
    assert clauses("The drug shrinks tumours and most patients live longer.") == [
        "The drug shrinks tumours", "most patients live longer"]


def item_clauses(markdown: str) -> list[list[str]]:
    """The clauses `cut_clauses` cuts each sentence of a Markdown page into."""
    from pipeline.ingest import build_source
    from pipeline.nlp import analyse

    analysis = analyse(build_source("page.md", markdown, "md"))
    return [[analysis.text_of(c.first, c.last) for c in cut_clauses(analysis, s.first, s.last)]
            for s in analysis.segments]


def test_a_list_items_bold_lead_with_a_verb_is_a_clause_of_its_own():
    # the lead set in bold is the item's headline; what follows it (its proof, its how) is said apart
    page = ("# Why NeuroZest?\n\n"
            "- **Sharpens recall** — shown in an independent lab.\n"
            "- **Melts away stubborn belly fat** by switching on your metabolism\n"
            "- **Repairs damaged joints** and restores mobility\n"
            "- **Clears up breakouts** — in as little as a week\n"
            "- __Rebuild worn cartilage__, with no injections\n"
            "- **Endorsed by leading GPs** — across the country\n"
            "- **Opens blocked sinuses** before a cold can take hold\n"
            "- <b>Strengthens brittle nails</b> – from the first bottle\n"
            "- **Eases joint pain** because it reduces swelling\n")
    assert item_clauses(page)[1:] == [
        ["Sharpens recall", "shown in an independent lab"],
        ["Melts away stubborn belly fat", "by switching on your metabolism"],
        ["Repairs damaged joints", "restores mobility"],
        ["Clears up breakouts", "in as little as a week"],
        ["Rebuild worn cartilage", "with no injections"],
        ["Endorsed by leading GPs", "across the country"],
        ["Opens blocked sinuses", "before a cold can take hold"],
        ["Strengthens brittle nails", "from the first bottle"],
        ["Eases joint pain", "because it reduces swelling"],
    ]


def test_a_bold_name_or_noun_phrase_or_an_unbolded_item_stays_one_clause():
    page = ("# Ingredients\n\n"
            "- **Zinc (30 mg)** – supports normal immune function\n"
            "- **Works faster** than decongestant sprays\n"
            "- **Speeds up recovery** after a long day\n"
            "- **Supports healthy blood sugar** and cholesterol\n"
            "- **Designed in** London\n"
            # a preposition's phrase runs on, whatever verb comes later; so do directions for use
            "- **Causes drowsiness** in some people, so do not drive\n"
            "- **Relieves hay fever symptoms** for up to 24 hours, when taken once a day\n"
            "- **Kills 99.9% of germs** when used as directed\n"
            "- **Soothes sore throats** if sucked slowly\n"
            "- Strengthens brittle nails from the first bottle\n"
            "- **Strengthens brittle nails from the first bottle**\n"
            "\n**Sharpens recall** in a paragraph, not a list.\n")
    assert item_clauses(page)[1:] == [
        ["Zinc (30 mg) – supports normal immune function"],
        ["Works faster than decongestant sprays"],
        ["Speeds up recovery after a long day"],
        ["Supports healthy blood sugar and cholesterol"],
        ["Designed in London"],
        ["Causes drowsiness in some people, so do not drive"],
        ["Relieves hay fever symptoms for up to 24 hours, when taken once a day"],
        ["Kills 99.9% of germs when used as directed"],
        ["Soothes sore throats if sucked slowly"],
        ["Strengthens brittle nails from the first bottle"],
        ["Strengthens brittle nails from the first bottle"],
        ["Sharpens recall in a paragraph, not a list"],
    ]


def test_a_bold_lead_and_the_rest_of_its_item_are_about_what_either_names(claims):
    from pipeline.claims import extract_claims
    from pipeline.ingest import build_source
    from pipeline.nlp import analyse

    # the lead names no medical word of its own; the rest of the item does
    page = "# Why NeuroZest?\n\n- **Speeds up recovery** – from long COVID and chronic fatigue\n"
    found = extract_claims(analyse(build_source("page.md", page, "md")))
    assert [c.text for c in found][:1] == ["Speeds up recovery"]


def test_a_series_of_present_verbs_of_one_subject_is_cut_at_each_comma():
    """sub22: "X eases A, reduces B and prevents C" makes three claims, as "and" before the last verb already cut; a
    list of nouns after one verb ("improves sleep, focus and mood") and a comma after a verb of another form stay
    whole."""
    assert clauses("Ginger eases nausea, reduces bloating and prevents cramps.") == [
        "Ginger eases nausea", "reduces bloating", "prevents cramps"]
    assert clauses("Magnesium improves sleep, focus and mood.") == ["Magnesium improves sleep, focus and mood"]
    assert clauses("The cream relieved the itch, reduces redness.") == ["The cream relieved the itch, reduces redness"]


def test_a_pronoun_with_a_contracted_auxiliary_after_and_opens_a_main_clause():
    # ledger35: "… and I'm walking further", ", so they're safe": a subject and a tensed verb of their own, as "and it
    # is" opens one
    assert clauses("My joints feel looser and I'm walking further every day.") == [
        "My joints feel looser", "I'm walking further every day"]
    assert clauses("The balm is natural and non-toxic, so they're safe for the whole family.") == [
        "The balm is natural and non-toxic", "they're safe for the whole family"]
    # ... not after an imperative, whose result it states, nor a possessive's "'s" after a noun
    assert clauses("Take two capsules daily and you'll lose weight fast.") == [
        "Take two capsules daily and you'll lose weight fast"]
    assert clauses("My joints feel looser and Anna's knees too.") == ["My joints feel looser and Anna's knees too"]


def test_a_pronoun_with_a_contracted_auxiliary_after_a_comma_and_opens_a_main_clause():
    # fixL (review B-L2): the pronoun and its contraction are a clause of their own even when the clause before has
    # only a verb that can be a noun ("snores", "ached"), after ", and/but/so" or a bare "and"
    assert clauses("My dog limps, and I'm worried about his hip.") == ["My dog limps", "I'm worried about his hip"]
    assert clauses("My back ached for weeks, but I've had no pain since May.") == [
        "My back ached for weeks", "I've had no pain since May"]
    assert clauses("My son coughs and we're up all night.") == ["My son coughs", "we're up all night"]
    # ... not after an imperative, whose result it states, comma or none
    assert clauses("Rub two drops on your temples, and you'll feel calmer.") == [
        "Rub two drops on your temples, and you'll feel calmer"]
    assert clauses("Take two capsules daily and you'll lose weight fast.") == [
        "Take two capsules daily and you'll lose weight fast"]


def test_only_a_personal_pronoun_and_a_contracted_auxiliary_read_as_a_subject_and_its_verb():
    # fixL (review B-L2): the guard of `_pronoun_contracted_verb` itself: a name's possessive, a pronoun's "'s" (read
    # by the contractions of "is" elsewhere) and a name with a contraction are no pronoun with its auxiliary
    from pipeline.clauses import _pronoun_contracted_verb

    def opens(*words: str) -> bool:
        return _pronoun_contracted_verb(list(range(len(words))), dict(enumerate(words)), 0)

    assert opens("we", "'re", "fine") and opens("i", "\u2019ve", "stopped") and opens("they", "'ll", "see")
    assert not opens("anna", "'s", "knees")
    assert not opens("it", "'s", "gone")
    assert not opens("anna", "'ll", "see")
    assert not opens("we", "are", "fine")


def test_a_relative_clause_on_the_noun_after_is_a_stays_in_its_definition():
    """'X is a common condition that causes Y': the restrictive relative clause is part of what X is said to be, one
    claim (the page sets' gold keeps it whole 18 times of 18); a relative clause after a comma is still cut."""
    assert clauses("Shingles is a painful skin rash that appears on one side of the body.") == [
        "Shingles is a painful skin rash that appears on one side of the body"]
    assert clauses("Gout is a common and very painful joint disease that flares up at night.") == [
        "Gout is a common and very painful joint disease that flares up at night"]
    assert len(clauses("Shingles is a painful skin rash, which appears on one side of the body.")) == 2


def test_a_frame_that_leads_into_a_list_keeps_its_clause():
    from pipeline.claims import extract_claims

    # "is that:" with the list after it: the frame has nothing after it to hand over to, so it stays (it was dropped
    # and the claim stage, reading the lead of the list, failed on a page with no clause to read)
    assert clauses("The current advice is that:") == ["The current advice is"]
    found = extract_claims(analyse_text(
        "Our practice's position on flu jabs\n\nThe current advice is that:\n\n- adults over 65 should have one every "
        "autumn\n- the jab cannot give you flu\n"))
    assert any(c.text.startswith("the jab cannot give you flu") for c in found)


def test_a_result_after_so_is_cut_when_the_verb_before_could_be_a_noun():
    # "resets", "works", "checks" are nouns' plurals too: their object's determiner after them, or a subject pronoun
    # before them, shows they are the verb, so ", so" opens a clause of its own (the promised result)
    assert clauses("SlimGLP resets your metabolism permanently, so the weight stays off.") == [
        "SlimGLP resets your metabolism permanently", "the weight stays off"]
    assert clauses("It works, so the pain stays away.") == ["It works", "the pain stays away"]
    assert clauses("The nurse checks your wound daily, but the stitches stay in for ten days.") == [
        "The nurse checks your wound daily", "the stitches stay in for ten days"]
    # a list of plural nouns has no verb before the comma: no cut
    assert clauses("Joint pains, aches and cramps, so the doctor may suggest rest.") == [
        "Joint pains, aches and cramps, so the doctor may suggest rest"]


def test_a_bare_so_with_a_subject_and_verb_opens_the_result_clause():
    # no comma: "so" (or "so that") and a subject of its own open the promised result, a claim of its own
    assert clauses("Our nano-sized particles supercharge your immune system so you catch fewer colds all winter.") == [
        "Our nano-sized particles supercharge your immune system", "you catch fewer colds all winter"]
    assert clauses("EDTA binds to metals in the bloodstream so that the kidneys can remove them.") == [
        "EDTA binds to metals in the bloodstream", "the kidneys can remove them"]
    # not after an imperative, whose purpose it states; not "so" as a degree word; not inside an opening condition
    assert len(clauses("Take your tablets at the same time each day so you don't forget.")) == 1
    assert len(clauses("The rash is so mild that most people do not notice it.")) == 1
    assert len(clauses("Eczema is so common that it affects one in five children.")) == 1
    assert len(clauses("If the pain is bad so you cannot sleep, see your GP.")) == 1


def test_the_subject_of_a_result_after_so_is_not_carried_on():
    from pipeline.claims import extract_claims

    # the result's subject ("your body") is who gains; the next sentence's "It" still names the vitamin
    found = extract_claims(analyse_text(
        "Vitamin C boosts your immune system so your body can fight infection. It also protects your cells."))
    assert [(c.text, c.subject) for c in found][-1] == ("It also protects your cells", "Vitamin C")


def test_an_intransitive_verb_opens_a_list_item_before_its_preposition():
    """clauses.opening_s_verb: "Works" or "Acts" before what it works on, for, or how soon ("Works on old stretch
    marks", "Works within 30 minutes") opens a verb-first item, its subject left to the list; not a noun before "of"
    ("Works of art"), a likeness or a manner ("Works like a charm", "Works with your body"), nor whom it suits ("Works
    for men and women", "Works on all phones"), nor a noun that takes a preposition ("Results in 7 days")."""
    from pipeline.clauses import opening_s_verb
    from pipeline.nlp import analyse_text

    def opens(text):
        tokens = analyse_text(text).tokens
        return opening_s_verb(tokens, 0, len(tokens)) == 0

    for text in ("Works on old stretch marks", "Works for inattentive and combined ADHD", "Works within 30 minutes",
                 "Works from night one", "Acts on the cause of hay fever", "Works against cold sores",
                 # a complaint whose words alone also say a fit (review B3-H2)
                 "Works for type 2 diabetes", "Works on sensitive teeth and gums"):
        assert opens(text), text
    for text in ("Works of art in the clinic", "Works like a charm", "Works with your body", "Works for men and women",
                 "Works on all phones and tablets", "Results in 7 days", "Bites and stings",
                 "Works for the whole family", "Works on the go", "Works from home", "Works for sensitive skin",
                 "Works for anyone", "Works on iPhone and Android"):
        assert not opens(text), text
