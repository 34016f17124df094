"""Named tests of a whole sentence that a rule's `unless.sentence_is` may name ("past_report"), and of the matched
words that its `unless.match_is` may name ("noun").

A test reads the sentence's tokens and the cues the matcher already found: it adds no cue of its own, so it costs
the matcher nothing and hides no words from the claim stage. The tests are code, like the rule types; which rule
uses which is data (the rule packs), and their word lists are data too (pipeline/lexicons/sentences.yml).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from pipeline.clauses import (MODALS, adjective_lemmas, attributing_words, cut_clauses, effect_verbs,
                              find_predicates, gerund_subject, irregular_past_forms, possessive,
                              verb_s_form)
from pipeline.claims import complaint_words, names_person, verb_acts_on_body as acts_on_body
from pipeline.coinages import is_house_name
from pipeline.concepts import load_concepts
from pipeline.instructions import load_instruction_words
from pipeline.nlp import Analysis, Mention, Segment
from pipeline.patterns import read_word_sets, verb_lemmas
from pipeline.questions import answered_by_yes, answers_safety_question, is_question
from pipeline.quotations import (is_name_word, praises_property, quotation_words, saying_verbs_near, states_attitude,
                                 tells_before, tells_routine)
from pipeline.ratios import load_ratio_names


@lru_cache(maxsize=1)
def load_report_words() -> dict[str, frozenset[str]]:
    """The word lists of lexicons/sentences.yml, lower-cased, and those of lexicons/instructions.yml, which the claim
    stage reads too (a rule's `match_is` may name any of them, "@result_verbs")."""
    words = read_word_sets("lexicons/sentences.yml", {"present_or_modal", "past_auxiliaries", "people", "cure_words",
                                                   "determiners", "demonstratives", "noun_phrase_joiners", "own_voice",
                                                   "shares", "share_units", "usual_result", "share_stops",
                                                   "shared_people", "study_words", "figure_units", "frequency_words",
                                                   "figure_marks", "ratio_words", "noun_before", "numeral_heads",
                                                   "p_value_letters", "p_value_signs", "source_kinds", "reader_words",
                                                   "purpose_openers", "fraction_words", "risk_nouns", "position_heads",
                                                   "rate_words",
                                                   "per_hundred", "price_words", "curative_treatments", "cure_openers",
                                                   "treatment_absent", "instruction_joiners", "subject_pronouns",
                                                   "instruction_conditions", "instruction_consequences",
                                                   "instruction_clause_breaks", "instruction_checked", "title_verbs",
                                                   "bench_objects", "bench_settings", "unnamed_people",
                                                   "unnamed_sources", "title_openers", "title_degrees",
                                                   "exclusivity_marks", "evidence_nouns", "evidence_participles",
                                                   "safety_headings", "terms_heading_words",
                                                   "denial_verbs", "denial_list_joins", "denial_hedges",
                                                   "denial_scope_openers", "denial_shares", "denial_reports",
                                                   "denial_contrasts", "clause_closers", "person_subjects",
                                                   "complaint_concept_types", "complaint_concepts",
                                                   "clause_vouching_verbs", "subject_head_stops", "harm_namers",
                                                   "use_condition_doses", "use_condition_conjunctions",
                                                   "use_participles", "product_pointers",
                                                   "device_function_verbs",
                                                   "device_effect_labels", "device_claim_concept_types",
                                                   "device_clinical_readings", "device_removal_particles",
                                                   "safety_wording_packs", "table_ruling_out", "table_harm_rows",
                                                   "table_return_rows", "table_benefit_rows"})
    words["unnamed_authorities"] = words["unnamed_people"] | words["unnamed_sources"]
    words.update(load_instruction_words())
    return words


def is_past_report(analysis: Analysis, segment: Segment) -> bool:
    """The sentence reports, in the past tense, what was seen and nothing more: every effect word (a
    `strength:causal` cue) is a past form ("In rats, the extract lowered blood sugar"; "was effective"), none after
    a present or modal auxiliary ("has reduced", "can help", "is reduced"), no people are named ("…, offering
    hope to patients") and no cure is told ("cured diabetes": the disease patients have). A present or modal
    effect word carries the finding beyond the study ("which means it can help people with diabetes")."""
    words = load_report_words()
    tokens = analysis.tokens
    if any(tokens[i].lower in words["people"] or tokens[i].lemma in words["cure_words"]
           for i in range(segment.first, segment.last)):
        return False
    effects = [m for m in analysis.of_kind("cue", segment.first, segment.last) if m.label == "strength:causal"]
    if not effects:
        return False
    for effect in effects:
        before = [tokens[i].lower for i in range(max(segment.first, effect.first - 2), effect.first)]
        if any(word in words["present_or_modal"] for word in before):
            return False
        past_verb = any(_past_form(tokens[i]) for i in range(effect.first, effect.last))
        if not past_verb and not (before and before[-1] in words["past_auxiliaries"]):
            return False
    return True


def is_bench_finding(analysis: Analysis, segment: Segment) -> bool:
    """The sentence tells what was seen at the level a laboratory measures and carries it no further: every effect
    word (a `strength:causal` cue) acts on cells, microbes or molecules named within a few words after it ("In
    laboratory studies, propolis extracts can slow the growth of some bacteria", "it stops mast cells from releasing
    histamine", "shown to stimulate hair follicles grown in a dish"), no people are named and no cure is told. The
    overreach animal and laboratory work invites is a benefit for patients ("In mice, the compound cures myeloma";
    "kills breast cancer cells in the lab, offering new hope to patients"); a finding stated of the cells it was
    seen in is what such work can show. The sentence names the bench it comes from (a laboratory, a dish, animals, a
    study): a seller's list item "Kills cold viruses on contact" is a promise for the buyer's throat, not a finding."""
    words = load_report_words()
    tokens = analysis.tokens
    if any(tokens[i].lower in words["people"] or tokens[i].lemma in words["cure_words"]
           for i in range(segment.first, segment.last)):
        return False
    if not any(tokens[i].lower in words["bench_settings"] for i in range(segment.first, segment.last)):
        return False
    effects = [m for m in analysis.of_kind("cue", segment.first, segment.last) if m.label == "strength:causal"]
    if not effects:
        return False
    for effect in effects:
        after = range(effect.last, min(segment.last, effect.last + 7))
        if not any(tokens[i].lower in words["bench_objects"] for i in after):
            return False
    return True


def is_reported_result(analysis: Analysis, segment: Segment) -> bool:
    """The sentence reports what a study saw, and its paragraph gives the figures: its verbs are all in the past
    ("Brain scans showed that lecanemab markedly reduced amyloid levels"; "fewer side effects were seen"), none in
    the present or after a modal ("reduces", "has improved", "can help", "which means it …"); its paragraph names
    the study (a trial, the placebo group, the participants) and gives a measured result (a percentage, "27% less",
    "0.45 points", n of N, a confidence interval or a p-value), and is not in the page's own voice ("our study",
    "we found"). A reader has the size of the effect a few words away, which is what an unquantified "markedly
    reduced" lacks; a seller's "In a clinical study, it dramatically reduced joint pain" with no figure, or "is
    clinically proven to reduce", still promises it."""
    if segment.kind != "sentence":
        return False
    words = load_report_words()
    tokens = analysis.tokens
    if any(tokens[i].lower in words["present_or_modal"] for i in range(segment.first, segment.last)):
        return False
    cues = analysis.of_kind("cue", segment.first, segment.last)
    # noun phrases the lexicon reads as background ("side effects"): their -s words are nouns, not verbs
    background = {i for m in cues if m.label == "strength:background" for i in range(m.first, m.last)}
    verbs = sorted({m.first for m in cues if m.label in ("predicate", "strength:causal")
                    and not possessive(tokens, m.first) and m.first not in background}) \
        or [i for i in find_predicates(analysis, segment.first, segment.last) if i not in background]  # "noted"
    past = [i for i in verbs if _past_form(tokens[i]) or tokens[i].lower in words["past_auxiliaries"]]
    if any(verb_s_form(tokens[i]) and i not in past and not _object_noun(tokens, i, segment.first) for i in verbs) \
            or effect_verbs(analysis, segment.first, segment.last):
        return False  # "results in fewer side effects", "statins lower LDL": the present
    if not past:
        return False
    first, last = analysis.block_span(segment.block)
    if any(tokens[i].lower in words["own_voice"] and not (tokens[i].text == "I" and i > first and tokens[i - 1].lower
                                                             in words["numeral_heads"]) for i in range(first, last)):
        return False  # "our trial", "we found"; not the numeral of "a phase I trial"
    return any(tokens[i].lower in words["study_words"] for i in range(first, last)) and any(
        _result_figure_at(tokens, i, last) for i in range(first, last))


def _object_noun(tokens, i: int, first: int) -> bool:
    """The -s word at i is a noun: right after a past verb, a determiner, a preposition, a number or an adjective
    ("reduced relapses", "the results", "including decreases in", "two relapses", "early relapses"), not after its
    subject ("the approach results in")."""
    if i == first:
        return False
    words = load_report_words()
    before = tokens[i - 1]
    return _past_form(before) or before.lower in words["determiners"] or before.lower in words["noun_before"] \
        or before.like_num \
        or before.lemma in adjective_lemmas() or possessive(tokens, i - 1)


def _result_figure_at(tokens, i: int, end: int) -> bool:
    """A measured result opens at token i: a percentage or a number with the unit of a change ("27 %", "97 per cent",
    "0.45 points", "2.5 times"), a rate ("40 per 100,000"), a count of a group ("12 of 40", "1 in 5", "9 out of 10",
    "Eleven of 17"), a ratio or relative risk with its value ("hazard ratio 0.72", "RR = 0.8") or a statistic's mark
    ("95% CI", "p < 0.05"). A year, a dose, a duration or a phone number ("in 2021", "2,000 mg", "18 months", "0800
    123 4567") measures no effect; nor does a price cut ("20% off", "save 20%") or a place in a sequence ("Step 1 of
    3")."""
    words = load_report_words()
    token = tokens[i]
    if token.lower in words["figure_marks"]:
        return True
    if token.lower in words["p_value_letters"] and i + 1 < end and tokens[i + 1].text in words["p_value_signs"]:
        return True
    if token.lower in load_ratio_names().first_words or token.text in load_ratio_names().abbreviations:
        return _ratio_value_at(tokens, i, end)
    if not token.like_num or i + 1 >= end:
        return False
    digits = any(c.isdigit() for c in token.text)
    after = tokens[i + 1].lower
    if after in words["rate_words"] and i + 2 < end:
        per = tokens[i + 2]
        if per.lower in words["per_hundred"]:  # "97 per cent"
            return digits and not _price_cut(tokens, i, i + 3, end)
        return digits and per.like_num and any(c.isdigit() for c in per.text)  # "40 per 100,000"; not "2 per day"
    if after in words["figure_units"]:
        return digits and not (after == "times" and i + 2 < end and tokens[i + 2].lower in words["frequency_words"]) \
            and not _price_cut(tokens, i, i + 2, end)
    if after in words["ratio_words"]:
        if i and tokens[i - 1].lower in words["position_heads"]:
            return False  # "Step 1 of 3": a place in a sequence
        # one of the numbers in figures ("Eleven of 17 patients"), so that "one of two trials" picks, not counts
        j = i + 2 if after != "out" else i + 3
        return j < end and tokens[j].like_num and (digits or any(c.isdigit() for c in tokens[j].text))
    return False


SENTENCE_STOPS = frozenset({".", "!", "?", ";"})  # marks a ratio's value is not sought across
PRICE_REACH = 3  # tokens before a percentage a price word stands in ("save up to 20%")


def _ratio_value_at(tokens, i: int, end: int) -> bool:
    """A ratio or relative risk named at i (lexicons/ratios.yml) and given its value, a decimal, in the same sentence
    within the lexicon's reach of the name ("the hazard ratio for a flare was 0.72", "RR 0.8", "odds ratio of 1.5"):
    a risk stated with its comparison."""
    ratios = load_ratio_names()
    if tokens[i].text in ratios.abbreviations:
        after = i + 1
    else:
        name = next((n for n in ratios.names if i + len(n) <= end
                     and all(tokens[i + k].lower == word for k, word in enumerate(n))), None)
        if name is None:
            return False
        after = i + len(name)
    limit = tokens[after - 1].end + ratios.reach
    for j in range(after, end):
        token = tokens[j]
        if token.start > limit or token.text in SENTENCE_STOPS:
            return False
        if token.like_num and "." in token.text:
            return True
    return False


def _price_cut(tokens, first: int, last: int, end: int) -> bool:
    """The figure [first, last) is a price cut: a price word just before it ("save up to 20%") or right after it
    ("20% off", "a 20% discount")."""
    words = load_report_words()["price_words"]
    return any(tokens[j].lower in words for j in range(max(0, first - PRICE_REACH), first)) \
        or last < end and tokens[last].lower in words


def _past_form(token) -> bool:
    """A past tense or participle: "lowered", "killed" (a regular form of a known verb), "shrank", "led"."""
    return token.lower in irregular_past_forms() or (
        token.lower.endswith("ed") and token.lemma != token.lower and token.lemma in verb_lemmas())


def is_running_text(analysis: Analysis, segment: Segment) -> bool:
    """The segment is a sentence of running text, not a heading, a list label ("1. Improved circulation: …") or a
    table cell: a rule on what a headline announces names `running_text` in `unless.sentence_is`."""
    return segment.kind == "sentence"


def is_cited_after(analysis: Analysis, segment: Segment) -> bool:
    """A citation standing on its own in brackets follows the sentence in its paragraph, or opens the next line
    ("… 93 percent reported improvement, a study showed. Seventy-five percent saw improvements in 10 days.
    (Manipulative Physiologic Therapy, 1996 Mar-Apr;19(3):169-77.)"): the paragraph names the study its sentences
    report. The brackets may hold several sentences to the splitter ("(Smith J. J Chiropr Med. 2004;23(5):373-81.)")."""
    segments = analysis.segments
    tokens = analysis.tokens
    for at in range(analysis.segment_index(segment) + 1, len(segments)):
        later = segments[at]
        if later.block != segment.block and later.block != segment.block + 1:
            break
        opening = tokens[later.first].text
        if opening in BRACKETS:
            end = analysis.block_span(later.block)[1]  # the brackets close inside the line
            close = next((i for i in range(later.first + 1, end) if tokens[i].text == BRACKETS[opening]), None)
            if close is not None and (any(m.label == "citation"
                                          for m in analysis.of_kind("cue", later.first, close + 1))
                                      or JOURNAL_PAGES.search(analysis.text_of(later.first, close + 1))):
                return True
        if later.block != segment.block:
            break  # the next line counts only when it opens with the citation
    return False


BRACKETS = {"(": ")", "[": "]"}
# a journal's year, volume, issue and pages ("1996 Mar-Apr;19(3):169-77", "2004;23(5):373-81", "2010;12:45-9"): read
# here, in the brackets after a sentence an AUT001 match is in, not by the Matcher in every token of every page
JOURNAL_PAGES = re.compile(r"\d{1,4}\(\d{1,4}\):\d{1,5}|;\s?\d{1,4}:\d{1,5}")


def _paragraph(analysis: Analysis, segment: Segment) -> tuple[int, int]:
    """The tokens of the segment's paragraph; for a heading, of the paragraph under it (a question heading, "Is the
    vaccine safe?", is answered there: "Yes. … The most common side effects are …")."""
    if segment.kind != "heading":
        return analysis.block_span(segment.block)
    first, last = analysis.block_span(segment.block + 1)
    below = analysis.segment_at(first) if last else None
    # (a block's segments share its kind: a heading block under a heading is no answer, the heading stands alone)
    if below is None or below.kind == "heading":
        return segment.first, segment.last
    return first, last


def _headline(analysis: Analysis, segment: Segment) -> bool:
    """Is the segment a heading, or a line of its own that reads as one: a block of this one segment with no full stop
    or other closing mark ("TB can be cured" on a line of its own, which the ingest stage reads as a paragraph for its
    finite verb)?"""
    if segment.kind == "heading":
        return True
    text = analysis.source.text[segment.start:segment.end].rstrip()
    return analysis.block_span(segment.block) == (segment.first, segment.last) and text[-1:] not in ".!?:;,"


def _section(analysis: Analysis, segment: Segment) -> tuple[int, int]:
    """The tokens of the section under a headline: the blocks after it up to the next headline (the headline alone
    when another follows it at once)."""
    first = last = -1
    at = analysis.segment_index(segment) + 1
    segments = analysis.segments
    while at < len(segments) and not _headline(analysis, segments[at]):
        first = segments[at].first if first < 0 else first
        last = segments[at].last
        at += 1
    return (first, last) if first >= 0 else (segment.first, segment.last)


def is_in_safety_section(analysis: Analysis, segment: Segment) -> bool:
    """The heading the sentence sits under (`Analysis.headings`) names harms or safe use (lexicons/sentences.yml
    `safety_headings`: "## Safety", "## Side effects", "## Warnings"): what the sentence says ends there is a side
    effect or a withdrawal, not the complaint the product is for. Not a quotation ('"After two weeks my joint pain was gone."
    - Karen, 55' under "## Safety"): a customer's story of the complaint's end wherever the seller puts it."""
    words = load_report_words()["safety_headings"]
    tokens = analysis.tokens
    segments = analysis.segments
    block_first = analysis.block_span(segment.block)[0]
    if tokens[block_first].text in quotation_words()["quote_marks"]:
        return False  # a customer's quoted story set under the heading is no note of the page's on safe use
    position = analysis.segment_index(segment)
    at = analysis.headings[position - 1] if position > 0 else -1  # a heading's own section is the one above it
    return at >= 0 and any(tokens[i].lower in words for i in range(segments[at].first, segments[at].last))


def is_names_source(analysis: Analysis, segment: Segment) -> bool:
    """The sentence names the study it reports by its year and kind ("A 2023 Cochrane review found …", "A large 2018
    review of more than 130 trials found …") or cites it (a `citation` cue: "according to NICE", "published in the New
    England Journal of Medicine"): a reader can look it up."""
    if any(m.label == "citation" for m in analysis.of_kind("cue", segment.first, segment.last)):
        return True
    words = load_report_words()
    tokens = analysis.tokens
    return any(_year(tokens[i].text) and any(tokens[j].lower in words["source_kinds"]
                                             for j in range(i + 1, min(segment.last, i + 4)))
               for i in range(segment.first, segment.last))


def _year(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and text[:2] in ("19", "20")


# How many words a quotation may open after its speaker's verb: a colon or a comma ('said: "…"'), or a short reported
# clause ('said the results were "…"', 'told reporters that the drug was "…"')
QUOTE_AFTER_VERB = 6


def is_attributed_quote(analysis: Analysis, segment: Segment) -> bool:
    """`read_attributed_quote`, read once per sentence (`Analysis.attributed_quote`)."""
    return analysis.attributed_quote(segment)


def read_attributed_quote(analysis: Analysis, segment: Segment) -> bool:
    """The sentence is someone's words in quotation marks, and its paragraph says whose: it opens with a quotation
    mark and a verb of saying stands next to a quotation mark in the paragraph ('"It is a landmark result," said the
    trial's lead investigator.', '… said one of the investigators. "It is a landmark result."'), or a verb of saying
    opens the quotation inside it ('A cardiologist not involved in the study said: "For patients who …"'): a report
    quotes what an investigator said, as it reports a study; the page does not say it in its own voice. Verbs of
    saying: lexicons/mentions.yml quotes `speech_words` and `attribution_words` ("according to")."""
    words = quotation_words()
    tokens = analysis.tokens
    if _speaks_for_a_house(analysis, segment):
        return False
    if tokens[segment.first].text not in words["quote_marks"]:
        # the quotation opens after its speaker's verb in the sentence ('Professor Clarke, who was not involved in the
        # study, said: "For patients who truly cannot take a statin, …"'), or closes the speaker's reported clause
        # ('Dr Ali said the results were "a game-changer for patients"'): the words after the mark are the quote
        return any(tokens[i].text in words["quote_marks"] and any(
            tokens[j].lower in attributing_words() and _speaker_named(analysis, segment.first, j)
            for j in range(max(segment.first, i - QUOTE_AFTER_VERB), i))
            for i in range(segment.first + 1, segment.last))
    first, last = _paragraph(analysis, segment)
    return bool(saying_verbs_near(analysis, [i for i in range(first, last) if tokens[i].text in words["quote_marks"]],
                                  first, last))


def _speaks_for_a_house(analysis: Analysis, segment: Segment) -> bool:
    """The quote or its speaker's description in the sentence speaks for the page's own house: a word of `house_words`
    ('"Our patients always see their acne gone in a week," Dr Kerr said') or capitalised words run together or
    letters and digits (coinages.is_house_name: 'said Dr Sam Green of the VitaLife Clinic', "the Flex360 team"): a
    seller's own expert, the page's voice (review A2-H8). A person's name ("Dr Imani Hale"), a plural initialism
    ("GPs"), a place ("the University of Liverpool") or a firm with capitals in a run ("a spokesperson for BioNTech")
    is no house (review A names41-H3)."""
    house = quotation_words()["house_words"]
    tokens = analysis.tokens
    known = {i for m in analysis.of_kind("concept", segment.first, segment.last) for i in range(m.first, m.last)}
    return any(tokens[i].lower in house or (i not in known and is_house_name(tokens[i].text))
               for i in range(segment.first, segment.last))


def _speaker_named(analysis: Analysis, first: int, verb: int) -> bool:
    """The words before the verb of saying name who speaks: not an unnamed crowd of authorities ("Experts say:",
    "Doctors say", "Studies say"; lexicons/sentences.yml `unnamed_authorities`) with no name of a person or body
    after the first word ("Researchers at Oxford University said:" names one): a quote put in such a crowd's mouth
    is the vague appeal itself."""
    words = load_report_words()
    tokens = analysis.tokens
    if not any(tokens[i].lower in words["unnamed_authorities"] for i in range(first, verb)):
        return True
    return any(is_name_word(tokens[i].text) for i in range(first + 1, verb))


def is_customer_quote(analysis: Analysis, segment: Segment) -> bool:
    """The sentence closes a customer's quoted story: the quotation its paragraph tells in the first person and signs
    with a name (`Analysis.signed_story`: '"After a month my veins are almost gone." Patricia, 64', '"… and it is
    gone." - Hannah, 34'; not the unquoted "My back pain disappeared in three days. - Steve N.", which the claim stage
    reads as a story too but the dev pages' annotators do not flag as SUB015 flags: 5 extra flags on one dev set,
    none gained). A story tells the trouble first and the result last ('"I used to get three colds every winter. This
    year I haven't had a single one."'): its last sentence is the result, unless the story closes with what the
    teller or someone near them thinks or says of it (`quotations.states_attitude`: '"My periods came back after four
    years. I've told all my friends." Jess, 27'), when the result is the last sentence before such lines that does not
    tell the trouble before (`quotations.tells_before`: "I had knee pain for ten years."); with none, the last
    sentence, unless it too is such a line: a story that closes on praise with no result before it ('"I've told all
    my friends." Jess') states none (SUB015 reads a testimonial's praise here, with the one list of
    `attitude_verbs`). A report's quotation of an investigator ('"It is a landmark result," said …') has a verb of
    saying (`attributed_quote`); an expert's signed quotation ('"We found …" Professor Jane Smith, University of
    Oxford') is no customer's story (`Story.expert`)."""
    story = analysis.signed_story(segment.block)
    if story is None or not story.quoted or story.expert or not (segment.first < story.last
                                                                  and segment.last > story.first):
        return False
    segments = analysis.segments
    at = analysis.segment_index(segment)
    while at > 0 and segments[at - 1].block == segment.block:
        at -= 1  # the block's first sentence
    told = []  # the sentences of the story
    while at < len(segments) and segments[at].block == segment.block and segments[at].first < story.last:
        if segments[at].last > story.first:
            told.append(segments[at])
        at += 1
    results = [s for s in told
               if not _no_result_told(analysis, max(s.first, story.first), min(s.last, story.last))]
    if results:
        return segment == results[-1]
    last = told[-1]  # (a story of its before alone: "I had knee pain for ten years and now it's gone.")
    first, end = max(last.first, story.first), min(last.last, story.last)
    return segment == last and not states_attitude(analysis, first, end) and not tells_routine(analysis, first, end) \
        and not praises_property(analysis, first, end)


def is_in_customer_story(analysis: Analysis, segment: Segment) -> bool:
    """The sentence is part of a customer's quoted story signed with a name (`Analysis.signed_story`, as
    `is_customer_quote` reads it, any of its sentences: '"After three weeks my morning stiffness is much better." –
    Patricia, 69'); not an expert's signed quotation, nor an unquoted one. Its comparatives ("much better", "my nails
    are stronger", "more energy") compare the teller with their own before, which the story tells."""
    story = analysis.signed_story(segment.block)
    return story is not None and story.quoted and not story.expert \
        and segment.first < story.last and segment.last > story.first


def is_tellers_change_in_story(analysis: Analysis, segment: Segment) -> bool:
    """A sentence of a customer's quoted story (`is_in_customer_story`) about the teller: a first-person word
    (lexicons/quotations.yml `first_person`) comes before any word standing for the product (`product_subjects`:
    "After three weeks my morning stiffness is much better", "My nails are stronger"), or the sentence has neither (a
    verbless list of the teller's gains, "More energy, better sleep"). Its comparatives compare the teller with their
    own before; not a sentence whose subject is the product ("This cream works faster and gives better results", "It
    is a more effective formula"), which ranks the product."""
    if not is_in_customer_story(analysis, segment):
        return False
    words = quotation_words()
    for i in range(segment.first, segment.last):
        lower = analysis.tokens[i].lower
        if lower in words["first_person"]:
            return True
        if lower in words["product_subjects"]:
            return False
    return True


def _no_result_told(analysis: Analysis, first: int, last: int) -> bool:
    """The words [first, last) of a story tell no result: what the teller thinks or says of it, their routine with the
    product, the trouble before it or what the product is like to use (`quotations.praises_property`: "It's so
    comfortable I forget I'm wearing it.")."""
    return states_attitude(analysis, first, last) or tells_routine(analysis, first, last) \
        or tells_before(analysis, first, last) or praises_property(analysis, first, last)


def is_cure_by_treatment(analysis: Analysis, mention: Mention) -> bool:
    """The matched cure word tells what treatment does as a rule, with the standard treatment named: a disease said to
    be cured ("almost everyone with drug-sensitive TB is cured", "Many cancers can already be cured"), or the
    treatments said to cure ("the treatments that cure them are surgery, radiotherapy and drugs", "All-oral treatments
    lasting 6 months now cure most people with multidrug-resistant TB", "Surgery cures the symptoms for most people":
    the standard treatment the subject of a present "cures"), in a sentence that names the treatment (or,
    for a headline, "TB can be cured", in the section under it: "With the right medicines …"), not in the page's own
    voice ("our treatments cure …"): the clinical use of "cure" (lexicons/sentences.yml `curative_treatments`). One
    person's cure ("Chemotherapy cured her lymphoma") and the noun ("a chance of a cure") are no rule."""
    words = load_report_words()
    tokens = analysis.tokens
    segment = analysis.segment_at(mention.first)
    if segment is None:
        return False
    word = tokens[mention.first]
    before = [tokens[i] for i in range(max(segment.first, mention.first - 3), mention.first)]
    passive = word.lower == "cured" and any(t.lemma == "be" for t in before)
    general = bool(before) and (word.lower == "cure" and (
        before[-1].lower in words["curative_treatments"] or before[-1].lower in words["cure_openers"])
        or word.lower == "cures" and before[-1].lower in words["curative_treatments"])
    if not (passive or general):
        return False
    first, last = _section(analysis, segment) if _headline(analysis, segment) else (segment.first, segment.last)
    if any(tokens[i].lower in words["own_voice"] for i in range(min(first, segment.first), max(last, segment.last))):
        return False
    # the treatment given, not one done without ("can be cured with diet alone, without any medication")
    return any(tokens[i].lower in words["curative_treatments"]
               and not any(tokens[j].lower in words["treatment_absent"] for j in range(max(first, i - 3), i))
               for i in range(first, last))


def is_safety_answer(analysis: Analysis, segment: Segment) -> bool:
    """The sentence is an FAQ's bare answer that rules out the harms its question asks about
    (questions.answers_safety_question: "Are there any side effects? None at all.") and its paragraph does not go on
    to word the promise itself ("None. It is 100% safe for everyone.", `_worded_after`): that wording carries the
    finding, not the opening word as well."""
    return answers_safety_question(analysis, segment) and not _worded_after(analysis, segment)


@lru_cache(maxsize=1)
def safety_wording_codes() -> frozenset[str]:
    """The rules that word a safety promise (the packs of lexicons/sentences.yml `safety_wording_packs`), but those
    that read a bare answer themselves (a rule whose `requires.sentence_is` names `safety_answer`)."""
    from pipeline.rules.loader import load_rules  # (the loader reads this module's tests: read at the first match)

    packs = load_report_words()["safety_wording_packs"]
    return frozenset(rule.code for rule in load_rules()
                     if rule.pack_name in packs and "safety_answer" not in rule.requires_sentence_is)


def _worded_after(analysis: Analysis, segment: Segment) -> bool:
    """Does the answer's paragraph, after its opening word, match a rule that words a safety promise
    (`safety_wording_codes`: "completely safe", "no side effects", "suitable for all ages")?"""
    block = segment.block
    last = segment.last
    following = analysis.segment_at(last)
    while following is not None and following.block == block:
        last = following.last
        following = analysis.segment_at(last)
    codes = safety_wording_codes()
    return any(m.label in codes and m.first > segment.first for m in analysis.of_kind("rule", segment.first, last))


def is_answered_safety_question(analysis: Analysis, segment: Segment) -> bool:
    """The sentence is an FAQ's question that the bare answer after it rules out harm for ("Is it safe? Absolutely.",
    `is_safety_answer`): the question asks, and the finding is the answer's, not the question's "safe" as well (the
    engine drops the safety pack's wording flags on it: engine.without_asked_safety). An answer label read apart
    between them ("Q: Is it safe? / Ans: Yes." in plain text) is skipped."""
    if not is_question(analysis.text_of(segment.first, segment.last)):
        return False
    at = analysis.segment_index(segment)
    for following in analysis.segments[at + 1:at + 3]:
        if following.kind in ("sentence", "heading"):
            return is_safety_answer(analysis, following)
    return False


def _block_words(analysis: Analysis, block: int) -> str:
    """A cell's words in lower case, without its punctuation ("None." -> "none")."""
    tokens = analysis.tokens
    first, last = analysis.block_span(block)
    return " ".join(tokens[i].lower for i in range(first, last) if not tokens[i].is_space and not tokens[i].is_punct)


def _ruling_out_cell(analysis: Analysis, segment: Segment, rows: str) -> bool:
    """The cell's whole text is a no (`table_ruling_out`) in the product's column (`Analysis.comparison_grids`: the
    rival's "None" under "| | CalmaX | Sleeping pills |" is no promise of the product's; review rvB2-M1), the only no
    of its row, set against a rival's cell that says something else ("| Side effects | None | Nausea |"; a row of
    noes, "| Addictive | No | No |", contrasts nothing), and its row's first cell names one of `rows` (lemma sequences
    over its words)."""
    if segment.kind != "cell":
        return False
    place = analysis.grid_places.get(segment.block)
    if place is None:
        return False
    grid, row, column = place
    words = load_report_words()
    noes = words["table_ruling_out"]
    if column != grid.column or _block_words(analysis, segment.block) not in noes:
        return False
    if len(row.cells) < 2 or sum(_block_words(analysis, cell) in noes for cell in row.cells.values()) != 1:
        return False
    tokens = analysis.tokens
    first, last = analysis.block_span(row.head)
    head = [i for i in range(first, last) if not tokens[i].is_space and not tokens[i].is_punct]
    lemmas = [tokens[i].lemma.lower() for i in head]
    lowers = [tokens[i].lower for i in head]
    if any(word in words["table_benefit_rows"] for word in lowers):
        return False
    for phrase in words[rows]:
        wanted = phrase.split()
        n = len(wanted)
        if any(lemmas[k:k + n] == wanted or lowers[k:k + n] == wanted for k in range(len(lemmas) - n + 1)):
            return True
    return False


def is_harm_cell(analysis: Analysis, segment: Segment) -> bool:
    """A table cell that rules out the harm its row names ("| Side effects | None |", "| Addictive | Never |"): a
    seller's table sets its product's no harm against its rivals' harms (lexicons/sentences.yml `table_harm_rows`)."""
    return _ruling_out_cell(analysis, segment, "table_harm_rows")


def is_return_cell(analysis: Analysis, segment: Segment) -> bool:
    """A table cell that rules out the complaint's return its row names ("| Comes back? | Never |")."""
    return _ruling_out_cell(analysis, segment, "table_return_rows")


def is_unanswered_question(analysis: Analysis, segment: Segment) -> bool:
    """The sentence is a question that no yes answers after it ("Lose your keys three times a day?"): it asks about
    the reader's trouble and commands nothing. One a yes answers ("Regrow your hair in 90 days? Yes — with our serum
    you can.") is the page's promise (pipeline/questions.py)."""
    return is_question(analysis.text_of(segment.first, segment.last)) and not answered_by_yes(analysis, segment)


# Readings that need the subject (recall39): who or what a wording is said of. A denial of harms is a product's
# promise only when a remedy is its subject, a return denied is a cure promised only when a complaint is, and a natural
# frequency is a relative risk's absolute figure only when it counts the same outcome.

def _clause_before(analysis: Analysis, mention: Mention, segment: Segment) -> list[int]:
    """The words of the match's clause before the match, punctuation left out."""
    first = segment.first
    for clause in cut_clauses(analysis, segment.first, segment.last):
        if clause.first <= mention.first < clause.last:
            first = clause.first
            break
    return [i for i in range(first, mention.first) if not analysis.tokens[i].is_punct]


def _subject_words(analysis: Analysis, mention: Mention, segment: Segment) -> list[int]:
    """The words that open the match's clause up to its first verb before the match (all the clause's words before
    the match when none is found): who or what the clause says the matched words of. After a verb that reports or
    vouches for a clause ("We guarantee that RestEasy will never ...", "Customers love that our patch ..."), the
    inner clause's opening words."""
    words = _clause_before(analysis, mention, segment)
    vouching = load_report_words()["clause_vouching_verbs"]
    inner = [k for k, i in enumerate(words) if analysis.tokens[i].lower in vouching]
    if inner:
        words = words[inner[-1] + 1:]
        if words and analysis.tokens[words[0]].lower == "that":
            words = words[1:]
    if not words:
        return words
    verbs = [i for i in find_predicates(analysis, words[0], mention.first) if i < mention.first]
    return [i for i in words if not verbs or i < verbs[0]]


def _subject_head(analysis: Analysis, subject: list[int]) -> list[int]:
    """The head noun of a subject, as a one-word list: its last word after any opening phrase set off by a comma and
    before a preposition ("Our eczema balm" -> "balm", "A cream for eczema" -> "cream"): a complaint or a person
    named in front of a product's noun ("eczema balm", "baby lotion") is what the product is for, not what it is."""
    tokens, stops = analysis.tokens, load_report_words()["subject_head_stops"]
    # (the subject's words leave punctuation out: a gap between two of them is a comma or the like)
    opens = max((k for k in range(1, len(subject)) if subject[k] - subject[k - 1] > 1), default=0)
    words = subject[opens:]
    cut = next((k for k, i in enumerate(words) if k and tokens[i].lower in stops), len(words))
    alpha = [i for i in words[:cut] if tokens[i].text.isalpha()]
    return alpha[-1:]


def _conditions_use(analysis: Analysis, mention: Mention, segment: Segment) -> bool:
    """Is the denial limited to a way of use: a condition of use opening the sentence ("Used for a short time, it
    ...", "At the recommended dose, ...", "When used as directed, ...") or following the harms ("... when taken as
    directed")? A use participle told by whom ("Used by thousands, ...") is no condition."""
    words, tokens = load_report_words(), analysis.tokens
    commas = [i for i in range(segment.first, mention.first) if tokens[i].lower == ","]
    spans = [(mention.last, segment.last)] + ([(segment.first, commas[0])] if commas else [])
    for first, last in spans:
        lowers = [tokens[i].lower for i in range(first, last)]
        if any(w in words["use_condition_doses"] for w in lowers):
            return True
        for k, word in enumerate(lowers):
            opens = k == 0 and first == segment.first or k and lowers[k - 1] in words["use_condition_conjunctions"]
            if word in words["use_participles"] and opens and lowers[k + 1:k + 2] != ["by"]:
                return True
    return False


def _names_complaint(analysis: Analysis, first: int, last: int) -> bool:
    """Do the words [first, last) name a complaint: a symptom or common condition (`claims.complaint_words`), or a
    concept of a complaint (lexicons/sentences.yml `complaint_concepts`, `complaint_concept_types`)?"""
    complaints = complaint_words()
    if any(analysis.tokens[i].lower in complaints for i in range(first, last)):
        return True
    concepts, words = load_concepts(), load_report_words()
    return any(m.label in words["complaint_concepts"]
               or m.label in concepts and concepts[m.label].type in words["complaint_concept_types"]
               for m in analysis.of_kind("concept", first, last))


def is_denial_not_of_product(analysis: Analysis, mention: Mention) -> bool:
    """SAF001's denial of harms by a verb ("never causes side effects", "does not cause any reactions") or as the last
    of a list after "without" ("cures insomnia without drugs or side effects") is said of something other than a
    product, or not outright: its clause's subject is people or a complaint ("Most children get over chickenpox
    without medicines or side effects", "Rosacea does not cause ..."), a hedge or a share limits it ("almost never
    causes ...", "... in most people"), it reports a claim the sentence disputes ("The maker says its patch never
    causes side effects, but ..."), or the list's harms do not close its clause ("... or side effects from nitrates",
    "... or side effects such as"). The other SAF001 wordings are not this test's to read."""
    words = load_report_words()
    tokens = analysis.tokens
    segment = analysis.segment_at(mention.first)
    if segment is None:
        return False
    matched = [tokens[i].lower for i in range(mention.first, mention.last)]
    listed = matched[0] == "without" and any(w in words["denial_list_joins"] for w in matched)
    if not listed and not any(w in words["denial_verbs"] for w in matched):
        return False
    subject = _subject_words(analysis, mention, segment)
    head = _subject_head(analysis, subject)
    people = words["people"] | words["person_subjects"]  # (with lexicons/subjects.yml `people_heads`: "doctor")
    # (a share of a group, "Most toddlers recover …", is people too: what some of them have, not a product's promise)
    if any(names_person(tokens[i].lower, tokens[i].lemma, people) for i in head) \
            or head and _names_complaint(analysis, head[0], head[0] + 1) \
            or subject and tokens[subject[0]].lower in words["denial_shares"]:
        return True
    # (specific harms named, "does not cause side effects such as skin thinning", or a way of use: a qualified denial)
    if mention.last < segment.last and tokens[mention.last].lower in words["harm_namers"] \
            or _conditions_use(analysis, mention, segment):
        return True
    before = [tokens[i].lower for i in range(max(segment.first, mention.first - 2), mention.first)]
    if any(w in words["denial_hedges"] for w in before):
        return True
    after = [tokens[i].lower for i in range(mention.last, min(segment.last, mention.last + 3))]
    if after and after[0] in words["denial_scope_openers"] and any(w in words["denial_shares"] for w in after[1:]):
        return True
    if any(tokens[i].lower in words["denial_reports"] for i in range(segment.first, mention.first)) \
            and any(tokens[i].lower in words["denial_contrasts"] for i in range(mention.last, segment.last)):
        return True
    if listed:
        # the harms close the list's clause; a person right before "without" has them ("men without heart problems")
        closes = not after or after[0] in words["clause_closers"]
        word_before = tokens[mention.first - 1] if mention.first > segment.first else None
        person_before = word_before is not None and names_person(word_before.lower, word_before.lemma, people)
        return not closes or person_before
    return False


def is_device_feature(analysis: Analysis, segment: Segment) -> bool:
    """The sentence tells what a device or a product does, not what it does to the body: its verbs in the -s form
    are all of a device's function (lexicons/sentences.yml `device_function_verbs`: "✓ Tracks your sleep", "Counts
    your steps", "Charges in 2 hours", "PulseBand syncs with your phone"), none of its other predicates is another
    verb, no word bears a cue of change, cure, action, direction or cause (`device_effect_labels`: "Monitors and
    lowers your blood pressure", "Tracks your sleep and cures insomnia"), no particle of removal is among its words
    ("Vibrates away belly fat", `device_removal_particles`), no health-effect verb acts on the body ("… and soothes
    sore muscles") and no disease, harm, outcome or complaint is named ("Monitors your heart for signs of atrial
    fibrillation", a screening promise; `device_claim_concept_types`, rulepacks/cure.yml `complaint_words`), nor a
    reading only a medical device may claim to take ("Measures your blood glucose", `device_clinical_readings`).
    Spared by meaning, not by what the verb acts on: "Crushes sugar cravings" has no device verb and keeps its
    flag."""
    words = load_report_words()
    tokens = analysis.tokens
    devices = words["device_function_verbs"]
    span = range(segment.first, segment.last)
    device_verbs = [i for i in span if verb_s_form(tokens[i]) and tokens[i].lemma in devices]
    if not device_verbs:
        return False
    if any(tokens[i].lemma not in devices for i in find_predicates(analysis, segment.first, segment.last)):
        return False
    if any(m.label in words["device_effect_labels"] for m in analysis.of_kind("cue", segment.first, segment.last)):
        return False
    if any(tokens[i].lower in words["device_removal_particles"] for i in span):
        return False  # "Vibrates away belly fat", "Vibrates belly fat away": a removal promised by the device's action
    concepts = load_concepts()
    if any(m.label in concepts and concepts[m.label].type in words["device_claim_concept_types"]
           for m in analysis.of_kind("concept", segment.first, segment.last)) \
            or any(tokens[i].lower in complaint_words() or tokens[i].lower in words["device_clinical_readings"]
                   for i in span):
        return False
    return not any(acts_on_body(analysis, i, segment.last) for i in span)


def is_grid_result(analysis: Analysis, segment: Segment) -> bool:
    """The segment is the product's cell in a comparison grid's row that rates a result ("| Works in | 20 minutes | 4–6
    weeks |" under "| | SERENWAVE | Anxiety medication |": `sections.grid_result_cells`)."""
    return segment.kind == "cell" and segment.block in analysis.grid_result_blocks


SENTENCE_TESTS: dict[str, Callable[[Analysis, Segment], bool]] = {"past_report": is_past_report,
                                                                   "bench_finding": is_bench_finding,
                                                                   "running_text": is_running_text,
                                                                   "cited_after": is_cited_after,
                                                                   "reported_result": is_reported_result,
                                                                   "names_source": is_names_source,
                                                                   "attributed_quote": is_attributed_quote,
                                                                   "customer_quote": is_customer_quote,
                                                                   "in_customer_story": is_in_customer_story,
                                                                   "tellers_change_in_story":
                                                                       is_tellers_change_in_story,
                                                                   "in_safety_section": is_in_safety_section,
                                                                   "unanswered_question": is_unanswered_question,
                                                                   "safety_answer": is_safety_answer,
                                                                   "harm_cell": is_harm_cell,
                                                                   "return_cell": is_return_cell,
                                                                   "device_feature": is_device_feature,
                                                                   "grid_result": is_grid_result}


def is_noun_reading(analysis: Analysis, mention: Mention) -> bool:
    """The match's first word, one that is also a verb, is a noun where it stands: a determiner, a number or a
    possessive opens the noun phrase it ends, with only adjectives, participles, degree adverbs and the commas of
    a list between ("the heart has a strong, steady beat", "skip a beat", "72 beats per minute", "the heart's
    beat"); "this" / "that" only when they open the sentence and the word is no -s verb ("That beat is controlled
    by …", not "drugs that beat chemotherapy" nor "This beats everything"). A verb has its subject or an auxiliary
    there instead ("Nothing beats …", "the new formula beats …"): a noun (no adjective) stops the reading."""
    words = load_report_words()
    tokens = analysis.tokens
    segment = analysis.segment_at(mention.first)
    first = segment.first if segment is not None else 0
    word = tokens[mention.first]
    adjectives = adjective_lemmas()
    if word.lower.endswith("s") and word.lower != word.lemma and mention.first > first:
        # an -s form is as often the verb after a noun that is also an adjective ("Our topical cream beats …"): a
        # plural noun only right after a number, "these" / "those", a possessive or a participle ("72 beats per
        # minute", "skipped beats")
        before = tokens[mention.first - 1]
        return before.like_num or before.lower in ("these", "those") or possessive(tokens, mention.first - 1) \
            or before.lower.endswith("ed")
    i = mention.first - 1
    while i >= first:
        token = tokens[i]
        if token.lower in words["determiners"] or token.like_num or possessive(tokens, i):
            return True
        if token.lower in words["demonstratives"]:
            return i == first and not (word.lower.endswith("s") and word.lower != word.lemma)
        adjective = token.lemma in adjectives or token.lower in adjectives or token.lower.endswith(("ed", "ly"))
        if not (adjective or token.lower in words["noun_phrase_joiners"]) or token.is_space:
            return False
        i -= 1
    return False


def is_reported_share(analysis: Analysis, mention: Mention) -> bool:
    """The matched outcome word ("cured") is a measured result, not a promise: a share of the people treated follows
    it in its clause ("cured only about half of the people who tried it", "cures about 90% of patients", "cured 9 out
    of 10", "in 60-80% of cases") or opens it ("over 90% of individuals infected with hepatitis C can be cured", "the
    vast majority of those who took the newest medications were cured"), it names a rate ("cure rates above 90
    percent"), or an adverb of the usual result comes before it ("can now usually be cured"). Not in the page's own voice: "our protocol cures 95% of patients"
    and "we cured 9 out of 10" sell what the seller did, with a figure nobody can check."""
    words = load_report_words()
    tokens = analysis.tokens
    segment = analysis.segment_at(mention.first)
    first, last = (segment.first, segment.last) if segment is not None else (0, len(tokens))
    if any(tokens[i].lower in words["own_voice"] for i in range(first, last)):
        return False
    before = [tokens[i].lower for i in range(max(first, mention.first - 3), mention.first)]
    if any(word in words["usual_result"] for word in before):
        return True
    after = [tokens[i] for i in range(mention.last, min(last, mention.last + 10))]
    if after and after[0].lemma == "rate":
        return True
    # the clause after the word, and before it up to 12 words back, each up to where the clause ends
    start = mention.first
    while start > max(first, mention.first - 12) and tokens[start - 1].lower not in words["share_stops"]:
        start -= 1
    end = mention.last
    while end < min(last, mention.last + 10) and tokens[end].lower not in words["share_stops"]:
        end += 1
    return any(_share_at(tokens, i, end) for i in (*range(start, mention.first), *range(mention.last, end)))


def _share_at(tokens, i: int, end: int) -> bool:
    """A share of people opens at token i, before `end`: a percentage of them ("95 % of", "95 percent of"), a ratio
    ("9 out of 10", "9 in 10") or a word of share ("half of", "the majority of"); not a percentage said of a thing
    ("a 100% natural cure"), nor a share of the disease rather than of those who have it ("cures 95% of skin
    cancers" gives no reader a rate to check)."""
    words = load_report_words()
    after = [tokens[j].lower for j in range(i + 1, min(end, i + 3))] + ["", ""]
    if tokens[i].lower in words["shares"]:
        return after[0] == "of" and _of_people(tokens, i + 2, end)
    if not tokens[i].like_num:
        return False
    if after[0] in words["share_units"]:
        return after[1] == "of" and _of_people(tokens, i + 3 if after[0] != "out" else i + 4, end)
    return after[0] == "in" and i + 2 < end and tokens[i + 2].like_num and _of_people(tokens, i + 3, end)


def _of_people(tokens, i: int, end: int) -> bool:
    """What the share is of, from token i: people or their cases within the next few words ("of the people", "of
    treated patients", "of those who"), or nothing named ("cured 9 out of 10")."""
    words = load_report_words()
    people = words["people"] | words["shared_people"]
    if i >= end or tokens[i].is_punct:
        return True
    return any(tokens[j].lower in people for j in range(i, min(end, i + 4)))


def is_instruction(analysis: Analysis, mention: Mention) -> bool:
    """The matched word ("always", "never") opens its sentence before a verb in its base form: an imperative that tells
    the reader what to do ("Never return to contact sport on the same day", "Always go to hospital after using an
    auto-injector"), or is joined to the imperative that opens it ("Reapply every 2 hours, and always after
    swimming"); no outcome is promised. Another absolute in the same sentence ("Always take it with food; this
    formula completely restores …") is no part of the instruction."""
    tokens = analysis.tokens
    segment = analysis.segment_at(mention.first)
    if segment is None or mention.first + 1 >= segment.last:
        return False
    if mention.first != segment.first:
        return _joined_to_instruction(analysis, segment, mention.first) \
            or _instruction_after_its_case(analysis, segment, mention.first)
    return _base_verb(tokens[mention.first + 1])


def _instruction_after_its_case(analysis: Analysis, segment: Segment, at: int) -> bool:
    """The word at `at` opens an imperative (a verb's base form after it) that follows the case it is for: a clause
    of condition or time that opens the sentence and ends in the comma before it ("If you notice blood in your poo,
    always see your GP"), a word of consequence right before it ("Symptoms may not appear for a day, so always get
    urgent help"), or a semicolon that opens a clause of its own ("…; always examine chronic non-healing areas").
    A subject between ("If you take it daily, you will never …") makes it a promise, not an instruction, and so does
    a verb of result after it ("…, so always expect results"), unless what it gets or sees is care ("always see your
    GP", "always get urgent help") or a check (`_has_checked`: "always get new foot pain checked"). Only a verb of
    care, a check or a caution instructs (`instruction_after_case_verbs`): "If you have cancer, always choose natural
    treatments" is a choice of treatment urged, and keeps its flag."""
    words = load_report_words()
    tokens = analysis.tokens
    if at + 1 >= segment.last or not _base_verb(tokens[at + 1]):
        return False
    after = tokens[at + 1]
    if after.lower not in words["instruction_after_case_verbs"]:
        return False  # a product or treatment chosen ("always choose natural treatments"), not care or caution
    if (after.lower in words["result_verbs"] or after.lemma in words["result_verbs"]) \
            and not any(tokens[i].lower in words["instruction_care"] for i in range(at + 2, min(at + 5, segment.last))) \
            and not _has_checked(analysis, segment, at + 2):
        return False
    before = tokens[at - 1].lower
    # (a semicolon opens a clause of its own: "…, develops in long-standing disease; always examine non-healing areas")
    if before in words["instruction_consequences"] or before in words["instruction_clause_breaks"]:
        return True
    return before == "," and tokens[segment.first].lower in words["instruction_conditions"]


def _has_checked(analysis: Analysis, segment: Segment, start: int) -> bool:
    """Does the clause from `start` close on a participle of a check ("always get new foot pain checked", "get any
    lasting lump looked at"; lexicons/sentences.yml `instruction_checked`): the care a verb of result seeks, the
    thing to be checked named between? The clause ends at the sentence's next punctuation."""
    words = load_report_words()
    tokens = analysis.tokens
    for i in range(start, segment.last):
        if tokens[i].is_punct and tokens[i].text != "-":
            return False
        if tokens[i].lower in words["instruction_checked"]:
            return True
    return False


def _base_verb(token) -> bool:
    """A verb's base form, also with the prefix "re" of a verb done again ("reapply", "recheck")."""
    word = token.lower
    return word == token.lemma and (word in verb_lemmas() or (
        word.startswith("re") and len(word) > 6 and word[2:] in verb_lemmas()))  # not "really" ("ally")


def _joined_to_instruction(analysis: Analysis, segment: Segment, at: int) -> bool:
    """The word at `at` is joined to an imperative that opens its sentence ("Reapply at least every 2 hours, and
    always after swimming", "Take it with food and never on an empty stomach"): a joining word or comma right before
    it, the sentence opening with a verb's base form that is no noun's subject ("Water is …"), no subject of its own
    between (a pronoun: "Take it daily and you will never …" promises), and no verb after it that has a subject ("and
    never hurts"): the instruction goes on; no outcome is promised."""
    words = load_report_words()
    tokens = analysis.tokens
    opening = tokens[segment.first]
    if not _base_verb(opening) or segment.first + 1 >= segment.last \
            or tokens[segment.first + 1].lower in words["present_or_modal"] | words["past_auxiliaries"]:
        return False
    if tokens[at - 1].lower not in words["instruction_joiners"]:
        return False
    # (right after the opening verb a pronoun is its object: "Reapply it every 2 hours, and always after swimming")
    if any(tokens[i].lower in words["subject_pronouns"] for i in range(segment.first + 2, at)):
        return False
    after = tokens[at + 1] if at + 1 < segment.last else None
    # a verb of result or effect after it ("Apply the cream, and always see results within a week") promises what
    # the reader will get; the instruction's "always after swimming" says when to act
    return after is None or not (verb_s_form(after) or _past_form(after) or after.lower in words["result_verbs"]
                                 or after.lemma in words["result_verbs"])


def is_readers_risk(analysis: Analysis, mention: Mention) -> bool:
    """The matched risk is the reader's own ("lowers your risk", "how to lower your risk of getting another UTI", "To
    lower your risk of tick bites:"), or the reader lowers it ("You can lower the risk by:", "you can cut the risk of
    a fall": the reader the subject, a modal at most between), and its sentence gives no measured result
    (`_result_figure_at`): advice on what the reader can do, with no relative figure that would need the absolute
    ones ("lowers your risk of stroke by 30%" gives one)."""
    words = load_report_words()
    tokens = analysis.tokens
    segment = analysis.segment_at(mention.first)
    if segment is None:
        return False
    if not any(tokens[i].lower in words["reader_words"] for i in range(mention.first, mention.last)) \
            and not _reader_subject_before(tokens, segment.first, mention.first,
                                           frozenset(words["reader_words"]) & frozenset(words["subject_pronouns"])) \
            and not _readers_act_lowers(analysis, segment.first, mention.first, words["purpose_openers"]):
        return False
    return not _measured_change_in(tokens, segment.first, segment.last, words["fraction_words"])


def is_unmeasured_risk(analysis: Analysis, mention: Mention) -> bool:
    """The matched risk lowered is given no size in its paragraph: no measured result (`_result_figure_at`) and no
    fraction after "by" ("Statins lower the risk of heart attacks", "Preventer inhalers lower the chance of an asthma
    attack", "Treatment for osteoporosis can reduce the chance of further fractures"), and not in the page's own
    voice before it ("Our tablets lower the chance of …" speaks for its product). On a page that promotes nothing
    this is what a treatment or a habit does, told as care pages tell it: there is no relative figure for the
    absolute ones to size (ABPI clause 7.2 asks for them beside a relative figure). A size keeps the flag, in the
    sentence ("cuts the risk of fracture by about 40%", "halves the risk": `halve` is not among the words the rule
    gives this test) or in its paragraph ("a 20% reduced risk of dementia … also associated with a lower risk of
    stroke" goes on in relative terms)."""
    segment = analysis.segment_at(mention.first)
    if segment is None:
        return False
    words = load_report_words()
    tokens = analysis.tokens
    if any(tokens[i].lower in words["own_voice"] for i in range(segment.first, mention.first)):
        return False
    # ... nor of a product at hand ("Cutting the risk of skin cancer is what this sunscreen does"): a determiner that
    # points at a thing, not "This lowers the risk" or "This can lower it", where the word stands for what went before.
    # The thing that lowers the risk is the subject: before the risk's verb, or after it only when the risk opens the
    # sentence as its subject (the gerund above); after a subject of its own, a pointer names whom or what the risk
    # is of ("Statins lower the risk of heart attacks in these patients", "… of dying from this cancer")
    opens = all(t.is_punct for t in tokens[segment.first:mention.first])
    pointed_to = segment.last - 1 if opens else mention.first
    if any(tokens[i].lower in words["product_pointers"] and tokens[i + 1].text.isalpha() and i + 1 != mention.first
           and tokens[i + 1].lower not in words["present_or_modal"] for i in range(segment.first, pointed_to)):
        return False
    # ... nor a benefit listed under a product named as its lead-in's subject ("Nasalix forms a protective gel …" /
    # "- Reduces the chance of catching a cold"): the list's items are what the product does (review rvA-M4)
    if _listed_under_name(analysis, segment):
        return False
    first, last = analysis.block_span(segment.block)
    if _measured_change_in(tokens, first, last, words["fraction_words"]):
        return False
    # ... nor on a page that sizes a risk in relative terms elsewhere ("Daily statin reduces the risk of
    # cardiovascular disease" heads a trial's news whose result is "lowered their risk … by 35%"): the unsized
    # headline reports that relative result, which still wants its absolute figures (read once per page)
    return analysis.risk_sized_blocks <= {segment.block}


def read_risk_sized_blocks(analysis: Analysis) -> frozenset[int]:
    """The blocks with a sentence that names a risk (`risk_nouns`) and gives a measured change or a change by a
    fraction (`_measured_change_in`): where a page sizes a risk in relative terms (is_unmeasured_risk)."""
    words = load_report_words()
    tokens = analysis.tokens
    risks, fractions = words["risk_nouns"], words["fraction_words"]
    return frozenset(segment.block for segment in analysis.segments
                     if any(tokens[i].lower in risks for i in range(segment.first, segment.last))
                     and _measured_change_in(tokens, segment.first, segment.last, fractions))


def _listed_under_name(analysis: Analysis, segment: Segment) -> bool:
    """Is the segment a list item whose lead-in (the last block before its list that is no item or label) opens
    with a name as its subject: a capitalised word, not all in capitals, that the page writes as a name (the engine's
    reading, `Analysis.written_as_name`: never in lower case, and inside a sentence after a word in lower case, "Since
    using Nasalix I …", not before another capitalised word), followed by a verb's -s form, not "is" or
    "has" ("Nasalix forms a protective gel …", "FlexiCare relieves …"; not "There is no cure …")? A leaflet's lead-in
    opens with a common word ("Statins lower …", "Vaccination protects …"), which it writes in lower case elsewhere,
    or with an acronym ("NICE recommends …")."""
    from pipeline.rules.mentions import LIST_BLOCKS

    blocks = analysis.source.blocks
    if blocks[segment.block].kind not in LIST_BLOCKS:
        return False
    lead = segment.block
    while lead >= 0 and blocks[lead].kind in LIST_BLOCKS:
        lead -= 1
    opening = next((s for s in analysis.segments if s.block == lead), None)
    if opening is None:
        return False
    tokens = analysis.tokens
    words = [i for i in range(opening.first, opening.last) if not tokens[i].is_space]
    if len(words) < 2:
        return False
    name, verb = tokens[words[0]], tokens[words[1]]
    # a verb of action, not "There is …", "It has …"
    if not (name.text[:1].isupper() and name.text.isalpha() and not name.text.isupper() and verb_s_form(verb)
            and verb.lower not in load_report_words()["present_or_modal"]):
        return False
    # a name: the page's one reading of it (coinages.written_as_name: never in lower case, capitalised inside a
    # sentence after a word in lower case, "Since using Nasalix I …", and not before another capitalised word)
    return analysis.written_as_name(name.lower)


def _measured_change_in(tokens, first: int, last: int, fractions: frozenset[str]) -> bool:
    """A measured result or a change by a fraction in words opens somewhere in tokens[first:last]."""
    return any(_result_figure_at(tokens, i, last) or _fraction_change_at(tokens, i, last, fractions)
               for i in range(first, last))


def _fraction_change_at(tokens, i: int, end: int, fractions: frozenset[str]) -> bool:
    """A change by a fraction in words opens at token i ("by half", "by a third", "by two-thirds"): a relative
    figure as much as "by 50%" is."""
    if tokens[i].lower != "by":
        return False
    return any(tokens[j].lower in fractions for j in range(i + 1, min(i + 4, end)))


def _readers_act_lowers(analysis: Analysis, first: int, at: int, purpose_openers: frozenset[str]) -> bool:
    """What lowers the risk matched at `at` is something a person does, told as advice: an act named by gerunds as
    the sentence's subject ("Removing ticks quickly lowers the chance of infection", "Drinking enough water lowers
    the risk of stones", `clauses.gerund_subject`), or the aim of a purpose clause that opens the sentence ("To
    lower the chance of a fall, keep floors clear", `purpose_openers`)."""
    tokens = analysis.tokens
    opening = " ".join(tokens[i].lower for i in range(first, at) if not tokens[i].is_space)
    if opening in purpose_openers:
        return True
    gerunds = gerund_subject(analysis, first, at)
    # a verb's -ing form, not a noun that ends like one ("Nothing lowers the risk more")
    return bool(gerunds) and tokens[gerunds[0]].lower != tokens[gerunds[0]].lemma \
        and tokens[gerunds[0]].lemma in verb_lemmas()


def _reader_subject_before(tokens, first: int, at: int, reader: frozenset[str]) -> bool:
    """The reader (`reader`: the reader words that are subject pronouns, "you") is the subject right before `at`,
    with a modal at most between ("You can lower …")."""
    before = at - 1
    if before > first and tokens[before].lower in MODALS:
        before -= 1
    return before >= first and tokens[before].lower in reader


def is_unmarked_only(analysis: Analysis, mention: Mention) -> bool:
    """"The only" and the noun it ends on are not followed by what makes a thing the only one of its kind: its
    making or vouching ("designed", "developed", "approved", "recommended" …) or a feature it is said to have alone
    ("with"): lexicons/sentences.yml `exclusivity_marks`. "The only side effect reported", "the only time you need
    to" name no product's exclusivity; "the only patch designed by a pain doctor", "The only insole with both …"
    do."""
    after = mention.last
    tokens = analysis.tokens
    return after >= len(tokens) or tokens[after].lower not in load_report_words()["exclusivity_marks"]


def is_evidence_rank(analysis: Analysis, mention: Mention) -> bool:
    """The matched superlative ranks the evidence, not a treatment (lexicons/sentences.yml `evidence_nouns` up to
    two words on, "the treatments with the strongest evidence are …", or `evidence_participles` after a hyphen, "one
    of the best-supported ways to …", "the best-studied use of PEMF"), in a sentence not in the page's own voice:
    how much is known, a count a reader can check, on any page. "Our formula has the strongest evidence" ranks the
    seller's own product, and so does a subject that names a product ("JointFlex has the strongest evidence of any
    joint supplement"): both keep the flag."""
    words = load_report_words()
    tokens = analysis.tokens
    segment = analysis.segment_at(mention.first)
    if segment is None or any(tokens[i].lower in words["own_voice"] for i in range(segment.first, segment.last)):
        return False
    clause = next((i + 1 for i in range(mention.first - 1, segment.first - 1, -1) if analysis.tokens[i].is_punct),
                  segment.first)  # the subject in the match's own clause ("In the UK, …" names no subject)
    return _ranks_evidence(analysis, mention, segment) and not _names_product(analysis, clause, mention.first)


def _ranks_evidence(analysis: Analysis, mention: Mention, segment: Segment) -> bool:
    words = load_report_words()
    tokens = analysis.tokens
    after = mention.last
    if after + 1 < segment.last and tokens[after].text == "-":
        return tokens[after + 1].lower in words["evidence_participles"]
    return any(tokens[i].lower in words["evidence_nouns"] for i in range(after, min(after + 3, segment.last)))


def _names_product(analysis: Analysis, first: int, last: int) -> bool:
    """A word of [first, last) is a product's name: a coined name with a capital inside it ("JointFlex", "NeuroMax")
    or a word the page writes with a capital in the middle of its sentences, neither an initialism, part of a concept
    the lexicons know (a drug, a treatment: "Metformin") nor a source's name before the kind of study it made
    ("Cochrane reviews")."""
    words = load_report_words()
    tokens = analysis.tokens
    known = {i for m in analysis.of_kind("concept", first, last) for i in range(m.first, m.last)}
    for i in range(first, last):
        text = tokens[i].text
        # (an initialism, "ADHD", "NHS", names a condition or a body as often as a product: not read)
        if not text.isalpha() or text.isupper() or i in known or not text[:1].isupper() or (
                i + 1 < last and tokens[i + 1].lower in words["source_kinds"]):
            continue
        if any(c.isupper() for c in text[1:]) or _capitalised_inside(analysis, text):
            return True
    return False


def _capitalised_inside(analysis: Analysis, text: str) -> bool:
    """The page writes the word with its capital in the middle of a sentence (a name), not only at a sentence's
    start."""
    tokens = analysis.tokens
    for segment in analysis.segments:
        if any(tokens[i].text == text for i in range(segment.first + 1, segment.last)
               if not tokens[i - 1].is_punct):
            return True
    return False


def _heading_alone_verb(analysis: Analysis, mention: Mention) -> str | None:
    """The matched words' last word when they are the whole heading ("## Studies show", "## Experts agree": nothing
    before them but the heading's marks, nothing after them but marks); else None."""
    tokens = analysis.tokens
    heading = _heading_words(analysis, mention)
    if heading is None or heading[0] != mention.first or any(tokens[i].text.isalnum()
                                                             for i in range(mention.last, heading[1])):
        return None
    return tokens[mention.last - 1].lower


def _heading_words(analysis: Analysis, mention: Mention) -> tuple[int, int] | None:
    """The heading the matched words are in, as its first word after the heading's marks ("##") and its end; None
    outside a heading."""
    tokens = analysis.tokens
    segment = analysis.segment_at(mention.first)
    if segment is None or segment.kind != "heading":
        return None
    opening = segment.first
    while opening < mention.first and not tokens[opening].text.isalpha():
        opening += 1  # the marks of a heading ("##")
    return opening, segment.last


def is_title(analysis: Analysis, mention: Mention) -> bool:
    """The matched words are a heading asked as a question and nothing more ("## What the evidence shows", "How the
    research says it works", "## What other research says", "## What the experts say"): a question word ("what",
    "how"; lexicons/sentences.yml `title_openers`) opens the heading, at most three words of the noun phrase between
    it and them (an article, "other", "the latest"; none a verb, which would make the heading a question asked of
    something else), and at most four words follow them to its end, none a verb; a title over the sources its section
    goes on to describe, no finding told ("What studies show is that turmeric cures arthritis", a sentence, tells
    one). Not a question of how many or how much ("## How many doctors recommend it", `title_degrees`): it asks the
    reader to count the endorsers, and so leans on them. So is a heading that is the match alone, its subject and a
    verb of saying or showing with nothing said ("## Studies show", "## Research says": `title_verbs`): it announces
    the section, and the findings the section states are read sentence by sentence. A verb that endorses ("## Doctors
    recommend", "## Experts agree") vouches by itself, as a label that vouches does ("## Backed by science", "##
    Science-backed", which ends with no such verb): no title here."""
    words = load_report_words()
    if _heading_alone_verb(analysis, mention) in words["title_verbs"]:
        return True
    tokens = analysis.tokens
    heading = _heading_words(analysis, mention)
    if heading is None:
        return False
    opening, end = heading
    between = range(opening + 1, mention.first)
    if tokens[opening].lower not in words["title_openers"] or len(between) > 3 or any(
            not tokens[i].text.isalpha() or verb_s_form(tokens[i]) or tokens[i].lower in words["present_or_modal"]
            for i in between) or (len(between) and tokens[opening + 1].lower in words["title_degrees"]):
        return False
    after = range(mention.last, end)
    # ... and no verb of a finding after them ("What studies show: turmeric cures arthritis" tells one)
    return sum(1 for i in after if tokens[i].text.isalpha()) <= 4 and not any(
        verb_s_form(tokens[i]) or tokens[i].lower in words["present_or_modal"] for i in after)


@lru_cache(maxsize=1)
def list_joins() -> frozenset[str]:
    """The words and marks that join the items of a list ("no surgery, no drugs and no side effects"):
    lexicons/context.yml `negation_series` joiners and list_marks, as the negation scope reads and checks them."""
    from pipeline.components.register import negation_series  # (read at the first match, the pipeline long built)

    series = negation_series()
    return series.joiners | series.list_marks


def listed_denials(analysis: Analysis, mention: Mention) -> frozenset[str]:
    """The match's own denial words ("no" of "no side effects") when the match is the next item of a list (a list
    join just before it): an earlier denial by the same word ("no surgery, no drugs and no side effects") denies
    its own item, not the match. Empty when no list mark comes before the match."""
    segment = analysis.segment_at(mention.first)
    if segment is None or mention.first <= segment.first \
            or analysis.tokens[mention.first - 1].lower not in list_joins():
        return frozenset()
    return frozenset(analysis.tokens[t.last - 1].lower for t in analysis.of_kind("context", mention.first, mention.last)
                     if t.label.startswith("NEGATED:"))


def is_listed_denial(analysis: Analysis, mention: Mention) -> bool:
    """The match is denied by an earlier denial of its list by the same word, which `listed_denials` reads as that
    item's own ("There were no deaths, no infections and no side effects", "Claims of no pain, no downtime and no
    side effects"): the list's last item read apart from the rest, a promise only where the page promotes."""
    listed = listed_denials(analysis, mention)
    if not listed:
        return False
    segment = analysis.segment_at(mention.first)
    assert segment is not None
    return any(m.category == "NEGATED" and segment.first <= m.trigger.first < mention.first
               and analysis.tokens[m.trigger.last - 1].lower in listed
               for m in analysis.modifiers_on(mention.first, mention.last))


def is_terms_heading(analysis: Analysis, mention: Mention) -> bool:
    """The matched words end a heading that names the seller's own terms ("## My personal guarantee", "## Our
    lifetime guarantee"): every word before them is the seller's or the reader's possessive or a kind of warranty
    (lexicons/sentences.yml `terms_heading_words`), and nothing but marks follows them. A section of the shop's
    terms, no outcome guaranteed; read from the heading's segment, since a page's Markdown marks are gone before the
    patterns run and no pattern sees where the heading ends ("## Guaranteed relief" and "## Our pain-free guarantee"
    name an outcome)."""
    tokens = analysis.tokens
    segment = analysis.segment_at(mention.first)
    if segment is None or segment.kind != "heading":
        return False
    if any(tokens[i].text.isalnum() for i in range(mention.last, segment.last)):
        return False
    before = [tokens[i].lower for i in range(segment.first, mention.first) if not tokens[i].is_punct]
    return bool(before) and all(word in load_report_words()["terms_heading_words"] for word in before)


# Named tests of the matched words themselves, which `unless.match_is` names with the words each reads ("noun":
# [beat, beats]): a match on one of those words that the test reads as another part of speech is no flag.
MATCH_TESTS: dict[str, Callable[[Analysis, Mention], bool]] = {"noun": is_noun_reading,
                                                                "reported_share": is_reported_share,
                                                                "instruction": is_instruction,
                                                                "readers_risk": is_readers_risk,
                                                                "unmeasured_risk": is_unmeasured_risk,
                                                                "cure_by_treatment": is_cure_by_treatment,
                                                                "listed_denial": is_listed_denial,
                                                                "title": is_title,
                                                                "terms_heading": is_terms_heading,
                                                                "unmarked_only": is_unmarked_only,
                                                                "evidence_rank": is_evidence_rank,
                                                                "denial_not_of_product": is_denial_not_of_product}
