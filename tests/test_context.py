"""ConText modifiers change what is flagged and how strongly; claims record negation and hedging."""

from __future__ import annotations


def codes(flags):
    return {f.code: f.level for f in flags}


SELLING = " Order our formula today."  # a sign of promotion on the page (CUR001's error rests on advertising law)


def test_cure_is_an_error(flags):
    assert codes(flags("This therapy cures multiple myeloma." + SELLING))["CUR001"] == "error"


def test_negated_cure_is_not_flagged(flags):
    assert "CUR001" not in codes(flags("This therapy does not cure multiple myeloma."))
    assert "CUR001" not in codes(flags("There is no evidence that it cures multiple myeloma."))


def test_hedged_cure_is_downgraded(flags):
    assert codes(flags("This therapy could potentially cure multiple myeloma." + SELLING))["CUR001"] == "warning"


def test_hedged_efficacy_booster_is_downgraded(flags):
    assert codes(flags("Immunotherapy is highly effective in treating myeloma."))["EFF001"] == "warning"
    assert codes(flags("Immunotherapy may be highly effective in treating myeloma."))["EFF001"] == "info"


def test_pseudo_trigger_does_not_negate(claims):
    claim = claims("Immunotherapy not only targets cancer cells but also boosts the immune system.")[0]
    assert not claim.negated


def test_claim_strength_follows_hedges(claims):
    assert claims("Exercise may help reduce fatigue in cancer patients.")[0].strength == "conditional"
    assert claims("Exercise reduces fatigue in cancer patients.")[0].strength == "direct"
    assert claims("Coffee drinking is associated with lower cancer risk.")[0].strength == "correlational"
    assert claims("This drug always cures cancer.")[0].strength == "absolute"


def test_negated_claim_is_marked(claims):
    claim = claims("Chemotherapy does not cure multiple myeloma.")[0]
    assert claim.negated


def test_pseudo_triggers_cancel_causal_readings(claims):
    # evidential "support" and a group's state are not causal verbs; a "heart attack" is no attack
    assert {c.strength for c in claims("These results support the use of statins after a stroke.")} <= {"none"}
    assert claims("Interleukin-6 was increased in obese women with diabetes.")[0].strength == "correlational"
    assert claims("Statins support heart health in patients with diabetes.")[0].strength == "direct"


def test_epistemic_adjectives_hedge(claims):
    claim = claims("It is unclear whether vitamin D reduces fractures in older adults.")[0]
    assert claim.hedged
    assert claims("We believe that vitamin D reduces fractures in older adults.")[0].hedged


def test_speculation_frames_of_full_articles(claims):
    assert claims("A role of the kinase in myeloma cannot be excluded.")[0].hedged
    assert claims("The allele is predicted to produce a truncated protein in myeloma cells.")[0].hedged
    # "as" lemmatises to "a": "a possible mechanism" is a hedge, "as many cells as possible" is not
    assert claims("A possible mechanism of relapse in myeloma is clonal evolution.")[0].hedged


def test_evidential_support_pseudo_trigger_leaves_authority_rules_alone(flags):
    # the pseudo-trigger names the reporting noun and its auxiliary only, so "studies show" still flags
    assert "AUT001" in codes(flags("Studies show it supports joint health in people with arthritis." + SELLING))


def test_epistemic_and_descriptive_uses_of_hedge_words(claims):
    # the hedges of health articles stay hedges; past ability and a capacity noun do not hedge
    assert claims("Immunotherapy has the potential for long-term benefits in myeloma patients.")[0].hedged
    assert claims("Statins could reduce the risk of stroke in older adults.")[0].hedged
    assert claims("These findings should prove useful in treating myeloma patients.")[0].hedged
    assert not claims("No benefit of statins could be detected in older adults with stroke.")[0].hedged


def test_a_modal_hedges_a_coordinated_causal_verb(claims):
    found = claims("Statins may reduce the risk of stroke in older adults and lower the incidence of dementia.")
    assert len(found) == 2 and {c.strength for c in found} == {"conditional"}


# "cannot" is two tokens ("can" + "not") and "can't" / "won't" are "ca" / "wo" + "n't": the patterns written with
# "cannot" (lexicons/context.yml) must match what the tokenizer makes of each spelling
def test_cannot_negates_in_each_spelling(flags, claims):
    for sentence in ("Statins cannot cure dementia.", "Statins can not cure dementia.",
                     "Statins can't cure dementia.", "Statins won't cure dementia."):
        assert claims(sentence)[0].negated, sentence
        assert "CUR001" not in codes(flags(sentence)), sentence


def test_cannot_be_ruled_out_hedges_and_cannot_support_does_not_negate(claims):
    ruled_out = claims("A benefit of statins for dementia cannot be ruled out.")[0]
    assert ruled_out.hedged and not ruled_out.negated
    # "the data cannot support …" speaks of the evidence (a pseudo-trigger): the claim is not negated
    assert not claims("The data cannot support a benefit of statins for dementia.")[0].negated


def test_a_negation_stops_at_a_comma_that_opens_a_new_item_or_clause(flags, claims):
    # the comma with no joiner after it: what follows is said of the product, not denied with the side effects
    found = flags("No side effects, suitable for everyone." + SELLING)
    assert [f.text for f in found if f.code == "ABS003"] == ["suitable for everyone"]
    assert [f.text for f in flags("No side effects, clinically proven results." + SELLING) if f.code == "AUT004"] == [
        "clinically proven"]
    # a second "no" after the comma is its own wording, not a denial of it
    assert "SAF001" in codes(flags("No fillers, no side effects, nothing artificial." + SELLING))
    # a clause of its own after the comma ("so it is …") is not denied either
    said = {c.text: c.negated for c in claims("There are no side effects, so it is suitable for everyone.")}
    assert said["it is suitable for everyone"] is False
    # "but not X," denies X only, not the clause it interrupts
    claim = claims("Exercise, but not stretching, reduces back pain in adults.")[0]
    assert not claim.negated


def test_a_negation_reaches_over_the_commas_of_a_series_it_denies(flags, claims):
    # a series closed by "or" / "and": every item is denied
    assert "ABS003" not in codes(flags("It is not gentle, cheap or suitable for everyone." + SELLING))
    assert "ABS003" in codes(flags("It is gentle and suitable for everyone." + SELLING))
    assert "CUR004" not in codes(flags("The drug does not slow it, stop it or reverse diabetes." + SELLING))
    assert "CUR004" in codes(flags("The drug slows it, stops it and reverses diabetes." + SELLING))
    assert claims("It does not cause nausea, vomiting, or hair loss.")[0].negated
    assert "ABS003" not in codes(flags("It is not suitable for everyone." + SELLING))


def test_a_denied_series_is_denied_to_its_last_item(flags):
    # "reverse" lies past the eight words "not" reaches, but it is the series' last item
    text = "Dorvalimab does not cure Alzheimer's, stop it from progressing or reverse existing damage."
    assert "CUR004" not in codes(flags(text + SELLING))
    assert "CUR004" in codes(flags("Dorvalimab slows Alzheimer's and can reverse existing damage." + SELLING))
    # the series ends at its last item: a new clause after it is not denied
    found = flags("It does not cause nausea, vomiting or hair loss, and it always works." + SELLING)
    assert "ABS003" in codes(found)


def test_a_comma_before_a_clause_that_holds_an_and_opens_no_series(flags, claims):
    # the words before the "and" are a clause ("so it is …", a verb with its "-s"), not an item of a denied series
    assert "SUB003" in codes(flags("It is not a steroid, so it is safe for children and works in 3 days." + SELLING))
    found = flags("It is not habit-forming, works fast and is safe for children." + SELLING)
    assert [f.text for f in found if f.code == "SAF002"] == ["safe"]
    # after "no", an adjective with its complement is said of the product, not a denied noun
    found = flags("No side effects, suitable for everyone and clinically proven to work." + SELLING)
    assert {"ABS003", "AUT004"} <= set(codes(found))
    # a series of items is still denied to its joiner and last item
    assert "ABS003" not in codes(flags("It is not gentle, cheap or suitable for everyone." + SELLING))
    assert claims("It does not cause nausea, vomiting or hair loss.")[0].negated
    assert "CUR004" not in codes(flags("The drug does not slow it, stop it or reverse diabetes." + SELLING))


def test_a_negation_reads_past_an_aside_between_commas(flags):
    assert "CUR001" not in codes(flags("Antibiotics will not, in fact, cure a cold." + SELLING))
    assert "CUR004" not in codes(flags("No drug, at present, can reverse Alzheimer's disease." + SELLING))
    assert "CUR001" not in codes(flags("This therapy does not, sadly, cure multiple myeloma." + SELLING))
    # with no negation the same sentences claim; an item after a comma with no joiner is still not denied
    assert "CUR001" in codes(flags("Antibiotics will, in fact, cure a cold." + SELLING))
    assert "CUR004" in codes(flags("Our drug, at present, can reverse Alzheimer's disease." + SELLING))
    assert [f.text for f in flags("No side effects, suitable for everyone." + SELLING) if f.code == "ABS003"] == [
        "suitable for everyone"]


def test_none_as_a_subject_denies_what_is_said_of_it(flags, claims):
    assert "AUT004" not in codes(flags("None of these supplements has been clinically proven to work." + SELLING))
    assert "CUR001" not in codes(flags("None of these supplements cures arthritis." + SELLING))
    assert claims("None of these supplements has been clinically tested for safety in pregnancy.")[0].negated
    # the same sentences with a subject of their own claim; a "none" in a sentence before reaches no further
    assert "AUT004" in codes(flags("These supplements have been clinically proven to work." + SELLING))
    assert "CUR001" in codes(flags("There are none like it. Our tablets cure arthritis." + SELLING))


def test_no_as_a_subject_denies_a_proof_past_a_long_noun_phrase(flags):
    # "No" quantifies the subject, so what "has been shown" of it is denied to the clause's end, however many words
    # the noun phrase takes before the verb of proof
    sober = ["No single non-sedating antihistamine has been shown to be clearly better than the others.",
             "No brand of vitamin C supplement has been proven to work better than the cheapest own-label tablets.",
             "No herbal sleep remedy sold in chemists has ever been shown to be more effective than a dummy pill.",
             "No one type of nicotine replacement therapy has been found to be superior to the others.",
             "No over-the-counter cough medicine has been demonstrated to cure a cold or shorten it.",
             "No particular brand of painkiller has consistently been shown to work better than paracetamol."]
    for sentence in sober:
        found = codes(flags(sentence))
        assert not {"CMP001", "CMP002", "CUR001", "AUT001", "ABS007"} & set(found), (sentence, found)
    # the same wording with no "no", or a "no" over the rest ("no other": the subject ranked above them), or a "no"
    # in a clause before the verb, keeps its flag
    assert "CMP002" in codes(flags("This non-sedating antihistamine has been shown to be clearly better than the "
                                   "others." + SELLING))
    assert "CMP002" in codes(flags("Our balm has been shown to heal cold sores faster than any other." + SELLING))
    assert "CMP002" in codes(flags("It has no dyes, and it has been shown to work better than the others." + SELLING))
    assert "CUR001" in codes(flags("Our syrup is no ordinary medicine: it has been shown to cure a cold." + SELLING))


def test_no_opening_a_clause_denies_its_proof(claims):
    # the "no" opens the subject of a clause after a joiner, as it opens a sentence
    denied = claims("Herbal teas are popular, but no herbal sleep remedy has ever been shown to be more effective "
                    "than a dummy pill.")
    assert [c.negated for c in denied if "remedy" in c.text] == [True]
    kept = claims("Herbal teas are popular, and their herbal sleep remedy has been shown to be more effective "
                  "than a dummy pill.")
    assert [c.negated for c in kept if "remedy" in c.text] == [False]


def test_no_inside_a_relative_clause_is_no_subject_denying_its_proof(claims, flags):
    # "who smoke no cigarettes": the "no" is the relative clause's object, not a subject quantified by "no", so the
    # proof's second predicate ("have fewer heart attacks") is not denied
    for sentence in ["People who smoke no cigarettes at all have been shown to live longer and have fewer heart "
                     "attacks.",
                     "Adults who drink no alcohol at all during the week have been shown to sleep better and have "
                     "lower blood pressure."]:
        assert [c.negated for c in claims(sentence) if c.text.startswith("have")] == [False], sentence
    # "no" opening the subject denies the proof
    assert "AUT001" not in codes(flags("No smokers have been shown to live longer."))
    # ... and a "no" in such a clause still denies within it
    assert "SAF001" in codes(flags("Users who experience no side effects love it." + SELLING))


def test_no_bounding_a_quantity_is_no_denial(claims, flags):
    # "no fewer than", "no more than" bound a number; what is said of it holds
    assert not any(c.negated for c in claims("No fewer than ten drugs have been shown to slow the progression of "
                                             "multiple sclerosis."))
    assert not any(c.negated for c in claims("Studies show no more than 5% of patients need a second operation."))
    assert "AUT001" in codes(flags("No fewer than ten studies show that it works." + SELLING))
    assert "AUT001" in codes(flags("No more than two studies show that it works." + SELLING))
    # a plain "no" denies
    assert "AUT001" not in codes(flags("No studies show that it works." + SELLING))
