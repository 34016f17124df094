"""Analysis -> claims: check-worthy assertions at clause level, with subject, category, strength and qualifiers.

Sentences are cut into clauses by `pipeline.clauses` (no parser: connectives, punctuation, word shapes); a clause
is a claim when it has a predicate and something to be about (a medical concept, a number or the article's own
topic word), and pronouns are resolved to the most recent treatment or disease mentioned (or the list label /
heading the clause sits under).
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from pipeline.clauses import (ARTICLES, AUXILIARIES, BE_FORMS, CLAUSE_PRONOUNS, CONDITION_OPENERS, DETERMINERS,
                              ELLIPSIS_ADVERBS, HYPHENS, INTRO_WORDS, MODALS, OPENING_PRONOUNS, SUBJECT_PRONOUNS,
                              PREPOSITIONS, PREPOSITIONS_OR_JOINERS, QUALIFYING_PARTICIPLES, RELATIVES,
                              RESULT_ADVERBS, SUBORDINATORS, TRAILING_ADVERBS, Clause,
                              assertion_start, attributing_words, cut_clauses, effect_verbs, find_predicates,
                              gerund_subject, has_complement, inflected_verb, irregular_past_forms,
                              item_opens_with_verb, joins_words, manner_adverb, participle, passive_participle,
                              past_participle,
                              plural_subject_verb, possessive, raised_infinitive, speech_words, subject_words,
                              verb_base_form, verb_s_form)
from pipeline.concepts import SUBJECT_TYPES, load_concepts
from pipeline.errors import DataError
from pipeline.ingest import heading_cues, noun_lemmas
from pipeline.instructions import load_instruction_words
from pipeline.patterns import (RULE_CONDITIONS, anchored_list, everyday_words, lemma_table, lexicon_list, lexicon_words,
                               lower_words, read_lexicon, verb_lemmas)
from pipeline.nlp import Analysis, Mention
from pipeline.models import Claim, evolve
from pipeline.questions import frame_tokens, is_question
from pipeline.quotations import SENTENCE_ENDS, Story, quotation_words
from pipeline.sections import (caption_segments, compared_rows, credit_line_segments, find_tables, is_about_purchase,
                               is_notice, is_own_care_talk, is_own_service, is_page_date, is_page_details,
                               is_site_chrome, small_print_segments, table_rows)

PRONOUNS = SUBJECT_PRONOUNS | OPENING_PRONOUNS | {"these", "those", "which", "you", "its", "their", "such"}
QUESTION_WORDS = MODALS | {"shall"}  # "Can it …?", "Shall we …?" open a question, not an instruction
# concept types whose multi-word names never hold the clause's verb ("relapsed multiple myeloma", "side effects")
NAME_TYPES = (*SUBJECT_TYPES, "harm")
NOUN_MARKERS = {"its", "their", "our", "your", "his", "her", "my"}  # "its ability" (not "this": "This can …")
NOT_BEFORE_VERB = frozenset(ARTICLES | NOUN_MARKERS | {"to"})  # "the fight against", "its ability", "to spread"
# a name made of letters with digits or a plus ("BPC-157", "NAD+", "GLP-1", "CoQ10", "omega-3", "B12"): what an
# article about a peptide, a coenzyme or a drug class is about, although no word of English; one that starts with a
# digit is a quantity ("5-year", "10mg")
NAME_CODE = re.compile(r"(?=(?:[^a-z]*[a-z]){2})[a-z][a-z0-9]*(?:-[a-z0-9]+)*\+?")


@dataclass(frozen=True)
class ClaimReadings:
    """A source's claims as read before anything is known of whether the page promotes (`claims`), and the readings
    that depend on it (`endorsed`, the claims that change, each with the id of the claim it replaces). On a page that
    promotes, a story of a result told in the first person and signed by its teller ("My knee pain was gone in a
    week. - Jane, 54") is a customer's endorsement, which represents that the product works (16 CFR 255.2(a)), and
    an item that names a result under a heading that offers results ("Benefits: - Sharper memory and focus") is the
    product's effect: efficacy claims, asserted as they are offered. On a page that promotes nothing (a hospital's,
    a charity's, a trial report's) the same story is a patient's account and the same item a finding, read as any
    other sentence is (`claims`)."""

    claims: tuple[Claim, ...]
    endorsed: tuple[Claim, ...] = ()

    def read(self, promotes: bool) -> list[Claim]:
        """The claims as read on a page that does (`promotes`) or does not promote."""
        if not promotes or not self.endorsed:
            return list(self.claims)
        endorsed = {claim.claim_id: claim for claim in self.endorsed}
        return [endorsed.get(claim.claim_id, claim) for claim in self.claims]


def extract_claims(analysis: Analysis, topic_words: frozenset[str] | None = None) -> list[Claim]:
    """Every claim of a source, in document order, read as on a page that promotes (`ClaimReadings`: a signed story
    of a result is an endorsement); `topic_words` what `find_topic_words` finds in it, when the caller has found them
    already."""
    return read_claims(analysis, topic_words).read(promotes=True)


def read_claims(analysis: Analysis, topic_words: frozenset[str] | None = None) -> ClaimReadings:
    """Every claim of a source, in document order, with the readings that depend on whether the page promotes
    (`ClaimReadings`); `topic_words` as for `extract_claims`."""
    source = analysis.source
    tokens = analysis.tokens
    concepts = load_concepts()
    claims: list[Claim] = []
    endorsed: list[Claim] = []  # the claims of signed stories as read on a page that promotes (`ClaimReadings`)
    topic = ""
    # a reference list asserts nothing, nor does legal boilerplate ("This press release contains forward-looking …")
    not_asserted = analysis.not_asserted
    # a question asks and claims nothing, unless it sells or a bare yes answers it (then the question is the claim,
    # a heading too, and the bare "Yes, it can." none)
    questions = analysis.questions
    last_subject = ""
    first_subject = ""  # the first claim's subject that names one of the page's topic words
    # the subject of the first effect the page states unhedged, at any strength (no pronoun, no reader's or
    # writer's own): on a page that sells, its product as the page names it ("VitreoClear clears eye floaters")
    offered_subject = ""
    brand = _title_brand(analysis)  # … and the name the title gives it ("VitreoClear Eye Floaters Supplement")
    page_centre: str | None = None  # … else the first topic word (`_page_centre`), found when first needed
    seen: dict[str, int] = {}
    previous_block = -1
    topic_words = find_topic_words(analysis) if topic_words is None else topic_words
    captions = caption_segments(analysis)  # a caption describes a picture (its wording is still checked by the rules)
    small_print = small_print_segments(analysis)  # … nor does the small print at the page's foot state its case
    small_print |= credit_line_segments(analysis)  # … nor the credit line under its title
    # a data table's body row whose cells after the first have no verb of their own ("| Side effects | None |") is
    # one claim, read from its first cell's segment, and its other cells none; nor are its header row and a row of
    # prices
    table_row_spans: dict = {}
    tables = find_tables(analysis)
    table_rows_found, table_segments_unclaimed = table_rows(analysis, tables)
    for first_cell, others in table_rows_found.items():
        # an instruction in the row's last cells ("| Seek help straight away if you are breathless |") tells the
        # reader what to do, not what the row's item has: it is read as a sentence, and the row's claim ends before it
        stated = list(others)
        while stated and _cell_instructs(analysis, stated[-1]):
            stated.pop()
        if stated and not any(_cell_predicates(analysis, cell) for cell in stated):
            table_row_spans[first_cell] = (first_cell.first, stated[-1].last)
            table_segments_unclaimed |= frozenset(stated)
    # … a comparison grid's rows, said of its columns' things (read only on a page with a table row to say it of)
    compared = compared_rows(analysis, tables) if table_row_spans else frozenset()
    list_subject: str | None = None  # what a list lead ("It is particularly helpful in:") said its items are about
    lead_block = -1  # the block of the latest list lead
    item_block = -1  # the list item being read
    cases = False  # the list items are cases to act in ("Call 911 if:")
    risk_condition = False  # … or conditions of a risk the lead states ("Your risk is higher if you:")
    # a claim was made earlier in this paragraph, or in the paragraph and list items before this list item: what
    # the text goes on to state in the third person is said of that claim's subject (`_third_person_statement`)
    paragraph_claimed = False
    signs = False  # … or signs to look for ("Symptoms can include:")
    claimed_block = -1  # the block of the latest claim
    headings = analysis.headings
    for position, segment in enumerate(analysis.segments):
        segment_text = analysis.text_of(segment.first, segment.last)
        # the heading the segment sits under (a heading under itself), whose words a clause with no subject of its
        # own is about and whose promise makes a list item one
        at = headings[position]
        heading = analysis.text_of(analysis.segments[at].first, analysis.segments[at].last) if at >= 0 else ""
        block_kind = source.blocks[segment.block].kind if 0 <= segment.block < len(source.blocks) else ""
        if segment.block != claimed_block and not (block_kind == "item" and paragraph_claimed
                                                   and _continues_list(source.blocks, claimed_block, segment.block)):
            paragraph_claimed = False
        if block_kind != "item" and segment.block != lead_block:
            list_subject, cases, signs = None, False, False  # the list is over
        if block_kind == "item" and segment.block != item_block:
            item_block = segment.block
            if list_subject:  # each item is said of the list's subject, not of what the item before named
                last_subject = list_subject
        case_reasons: list[Clause] = []  # the reasons an item of cases gives ("…, because sepsis can cause …")
        if cases and block_kind == "item" and not _states_an_effect(analysis, segment.first, segment.last):
            # "You cough up blood" under "Call 911 if:": a symptom to act on, not a claim; what it gives as a
            # reason is one
            case_reasons = _reasons_in_advice(analysis, segment.first, segment.last, bare=True)
            if not case_reasons:
                continue
        # "aching muscles" under "Symptoms can include:", "are over 60" under "Your risk is higher if you:": the
        # item completes what its lead says, a sign, symptom or risk of what the page is about
        listed_sign = signs and block_kind == "item"
        risk_condition = False
        if segment.kind != "label" and block_kind != "item" \
                and _ends_in_colon(analysis, segment.first, segment.last):
            # a lead naming signs, symptoms or risks in its sentence or paragraph ("Early signs look like many
            # other illnesses. Watch for any combination of:") leads into them; an instruction with a case word
            # ("Call your doctor if you notice these signs:") into the cases in which to act
            signs = _leads_into_signs(analysis, _block_first(analysis, segment), segment.last)
            if _leads_into_cases(analysis, segment.first, segment.last):
                if not (signs and _is_assertion(analysis, segment.first, segment.last, segment_text)):
                    cases, signs, lead_block = True, False, segment.block
                    continue
                risk_condition = True  # "Your risk of glaucoma is higher if you:": the items complete the condition
            lead_block = segment.block if signs else lead_block
        if segment.block != previous_block and segment.kind not in ("label",):
            if previous_block >= 0 and source.blocks[previous_block].kind != "label":
                topic = "" if segment.kind != "cell" else topic
            previous_block = segment.block
        if segment in questions.asked:
            last_subject = ""  # the answer's "it" is what the question asks about (the latest treatment or disease)
        if segment.kind == "heading" and at != position:
            continue  # "By Phil White", "Sign up for our newsletter": not what the text under it is about
        if segment.kind == "heading":
            if _leads_into_signs(analysis, segment.first, segment.last):
                signs, lead_block = True, segment.block  # "## Signs of anaphylaxis" over a list of them
            if _heads_cases(analysis, segment.first, segment.last):
                cases, signs, lead_block = True, False, segment.block  # "## When to see a GP" over its cases
            if segment not in questions.affirmed:
                continue
        if segment in not_asserted or segment in questions.bare_answers or segment in captions \
                or segment in small_print or segment in questions.hooks or segment in table_segments_unclaimed:
            continue  # (a complaint hook, "Tired of diets that don't work?", asks the reader)
        if segment.kind == "label":
            topic = segment_text
            previous_block = segment.block + 1  # the labelled body is the next block
            last_subject = ""  # "Accessibility: Available anytime, making it easier …": the label, not an earlier subject
            continue
        # "- Burn fat and build lean muscle" under "What TRT Can Do for You": a promise, not an instruction; so is an
        # item that opens with a comparative under any heading ("- Sharper memory and focus", "- Fewer, milder hot
        # flushes within 2 weeks", "- Better than Botox"): a result set against the state before or against a rival
        promised = block_kind == "item" and (_promises(heading) or _compared_item(analysis, segment))
        reasons: list[Clause] = case_reasons  # what an instruction says of why, or of a noun it names
        row = table_row_spans.get(segment)  # "| Side effects | None | Drowsiness |": the row asserts, no verb needed
        if not case_reasons and not row and not _is_assertion(analysis, segment.first, segment.last, segment_text,
                                                  segment in questions.asserting, promised):
            reasons = _reasons_in_advice(analysis, segment.first, segment.last) if segment.kind == "sentence" else []
            if not reasons:
                continue
        if not row and (_leads_into_list(analysis, segment.first, segment.last)
                        or (risk_condition and segment.block == lead_block)):
            # "CBT apps can help people who:": no claim, but what the list items go on to say is said of its subject
            # a lead of connectives alone ("That:", ", which:") has no clause: the items keep the subject before it
            for lead in cut_clauses(analysis, segment.first, segment.last)[:1]:
                last_subject = _subject(analysis, lead, concepts, last_subject, _named_topic(topic, heading),
                                        item_verb=_item_opens_with_verb(analysis, lead)) or last_subject
                if last_subject.split() and last_subject.split()[0].lower() in PRONOUNS:  # "It is helpful in:"
                    last_subject = _resolve(analysis, lead.first, concepts, last_subject) or last_subject
            list_subject, lead_block = last_subject, segment.block
            continue
        # a negation or hedge inside a rhetorical question's frame ("Who wouldn't want …?") is the frame's
        framed = frame_tokens(analysis, segment.first, segment.last) if segment in questions.asserting else set()
        follows_claim = False  # the previous clause of this sentence was a claim
        hedged_before = False  # … and that claim was hedged
        frames_before: frozenset[str] = frozenset()  # what governs the previous clause's last verb
        hedges_before: list = []  # … and the hedges that reach it
        clauses = [Clause(*row)] if row else reasons or cut_clauses(analysis, segment.first, segment.last)
        # "My IBS is gone." — Lauren, 34: the signature names who tells the story and asserts nothing; it is cut from
        # the claim's text (what the clause is about is still read up to it: `_cut_before`)
        story = analysis.signed_story(segment.block)  # (read once per block: the rules ask it again)
        signed_at = _signature_first(segment, story)
        if signed_at < segment.last:
            clauses = [_cut_before(analysis, clause, signed_at) for clause in clauses if clause.first < signed_at]
            clauses = [clause for clause in clauses if clause.first < clause.last]
        if story is not None and story.signed_first and segment.first < story.first < segment.last:
            # '★★★★★ "Better than anything" — Jo, 38' over the story's first sentence: the stars, the title and the
            # signature before the story tell whose it is and are cut from its claims (the rules still read them)
            clauses = [_cut_after(analysis, clause, story.first) for clause in clauses if clause.last > story.first]
        # "But here's what the industry doesn't tell you: not all …": a lead-in before a colon is put to the
        # sentence tests of its own (meta-text, calls to action); `_is_assertion` read the words after the colon
        assertion_at = assertion_start(analysis, segment.first, segment.last)
        sentence_subject: str | None = None  # what later sentences' pronouns refer to, once a ", which" has a subject
        centre = last_subject  # what the sentences before were about
        asked = False  # the clause before reports a question ("people wonder whether X can …")
        for clause in clauses:
            if asked and (clause.inherit_subject or clause.shares_verb):
                follows_claim = False
                continue  # "…, staying asleep, or getting good quality sleep": the rest of what is asked
            # "people often wonder whether magnesium can …": asked, not asserted
            asked = _reports_question(analysis, clause)
            # asked once of each clause: what it asserts, its subject and its cues all depend on it
            item_verb = _item_opens_with_verb(analysis, clause)
            follows_claim = bool(row) or not asked and _is_claim(analysis, clause, follows_claim, topic_words,
                                                                 promised, paragraph_claimed, listed_sign,
                                                                 item_verb=item_verb) and (
                clause.last > assertion_at or _is_assertion(analysis, clause.first, clause.last,
                                                            analysis.text_of(clause.first, clause.last))) \
                and not (clause.main_clause and _opens_with_call_to_action(analysis, clause)) \
                and not (len(clauses) > 1 and is_notice(analysis.text_of(clause.first, clause.last))) \
                and not _tells_backstory(analysis, clause) and not _tells_attitude(analysis, clause)
            # "should assess X and provide Y", "needed to reduce X and alleviate Y": a coordinated verb phrase is
            # under the modal, recommendation, purpose or report of earlier work of the verb it is joined to
            inherited = frames_before if clause.coordinated else frozenset()
            inherited_hedges = hedges_before if clause.coordinated else []
            if clause.frame:  # "Previous studies found that X, and that Y": Y is under the frame X is under
                inherited, inherited_hedges = _complement_frame(analysis, clause.frame, clause.first)
            frames_before = inherited | _verb_frames(analysis, clause)
            hedges_before = _with_new(inherited_hedges, [
                m for m in analysis.modifiers_on(clause.first, clause.last)
                if m.category in UNCERTAIN and segment.first <= m.trigger.first < segment.last
                and m.trigger.first not in framed])
            if not follows_claim:
                if clause is clauses[0] and not clause.inherit_subject and len(clauses) > 1 \
                        and not _names_audience(analysis, clause) and not _run_in_label(analysis, clause):
                    # "The researchers note that the study is observational and cannot prove …": a clause that
                    # carries on the sentence's subject takes it even when the first clause is no claim
                    opening = _subject(analysis, clause, concepts, last_subject, _named_topic(topic, heading),
                                       item_verb=item_verb)
                    if opening and opening.split()[0].lower() not in PRONOUNS:
                        last_subject = opening
                continue
            text = analysis.text_of(clause.first, clause.last) if not row else _row_text(analysis, row)
            if page_centre is None:
                page_centre = _page_centre(analysis, topic_words)
            # a table row's subject is its first cell, the item whose properties the row gives ("| Hair thinning |
            # About 1 in 100 people | Usually mild |"), not what the paragraph before the table was about; a
            # comparison grid's row is said of the things its columns name, read as any clause's subject is
            subject = " ".join(segment_text.split()).strip(" .:;,") if row and segment not in compared else _subject(
                analysis, clause, concepts, last_subject, _named_topic(topic, heading), first_subject or page_centre,
                item_verb=item_verb)
            # "People typically take fish oil supplements for …", "You usually have pembrolizumab at a day unit": a
            # claim whose subject names only people is about the treatment its sentence names (what later
            # pronouns refer to is left as it was: the people, or the sentences before)
            about = _sentence_concept(analysis, clause, concepts) if _person_subject(subject.lower().split()) else ""
            if not first_subject and subject and subject.split()[0].lower() not in PRONOUNS \
                    and _it_names(analysis, clause.first, subject) \
                    and {lemma_table().get(w, w) for w in subject.lower().split()} & topic_words:
                first_subject = subject  # "Coeliac disease is a condition where …": what the page is about
            # an apposition or a relative clause on examples says something of a side noun ("…, the spongy
            # tissue that …"): the sentence's own subject stays what later pronouns refer to
            side_noun = (clause.apposition and clause is not clauses[0]) or (clause.relative and clause.subject_hint)
            if clause.which and sentence_subject is None:
                # ", which reduces X and improves Y": the noun before "which" is the subject of the verbs that
                # follow in this sentence, not of the next sentence's "it"
                sentence_subject = last_subject
            if clause.main_clause and sentence_subject is None and opens_after_so(analysis, clause.first):
                # "It boosts your immune system so your body can fight …": the result's subject is who gains, not
                # what the next sentence or list item is said of; the subject before "so" stays the one carried on
                sentence_subject = last_subject
            # (a table row's subject is its own: the next row or cell is not said of it)
            if subject and subject.lower() not in PRONOUNS and not side_noun and not row:
                last_subject = subject
            # two outcomes of one verb ("results in fewer side effects and a better quality of life") take the
            # strength of the whole finding: its verb, hedges and negations are theirs too
            read_first, read_last = clause.verb_span or (clause.first, clause.last)
            # wording the article names rather than uses ('market their pills as a "cure"') says nothing of strength
            mentions = [m for m in analysis.of_kind("cue", read_first, read_last)
                        if not analysis.pseudo(m) and not _named(analysis, m)]
            mentions += _effect_verb_cues(analysis, read_first, read_last, mentions)
            mentions += _gerund_subject_cues(analysis, read_first, read_last, mentions)
            if item_verb:
                mentions += _item_effect_cues(analysis, clause, mentions)
            mentions = _no_exception_read(analysis, read_first, read_last, mentions)
            reason = _reason_given(analysis, clause)
            if reason:  # "…, which is why your knees ache in winter": a cause asserted
                mentions.append(Mention(clause.first, clause.first + 1, tokens[clause.first].start,
                                        tokens[clause.first].end, "cue", "strength:causal"))
            labels = _inherit_frames(_strength_labels(_listed_purposes(analysis, mentions)), inherited)
            modifiers = _with_new([m for m in analysis.modifiers_on(read_first, read_last)
                                   if segment.first <= m.trigger.first < segment.last
                                   and m.trigger.first not in framed], inherited_hedges)
            if clause.inherit_subject and not clause.coordinated and _opens_finite(analysis, clause):
                # "X can help prevent disease and slows the aging process": the modal governs a bare verb; a verb
                # with a tense of its own after "and" is said of the subject outside the modal's scope
                modifiers = [m for m in modifiers if not (m.category in UNCERTAIN and m.trigger.last <= clause.first
                                                          and _governs_bare_verb(analysis, m))]
            elif _new_main_clause(analysis, clause):
                # "This implies that the pool needs to be replenished, and supplementation is an effective way":
                # a clause with a subject of its own after ", and" is a second main clause; a hedge inside the first
                # stays there (a hedge opening the sentence, "In some patients, …", frames both; a second 'that'
                # complement is `clause.frame`'s)
                modifiers = [m for m in modifiers if not (m.category in UNCERTAIN and m.trigger.last <= clause.first
                                                          and m.trigger.first > segment.first)]
            categories = {m.category for m in modifiers}
            # "X may cause Y, leading to Z": what follows from a hedged finding is hedged with it
            hedged = bool(categories & UNCERTAIN) or (hedged_before and _continues(analysis, clause))
            hedged_before = hedged
            negated = _negated(analysis, clause, modifiers, mentions)
            category = _category(analysis, clause, labels, concepts, _people_subject(subject), reason)
            # "KidCalm is not recommended for children under 4 unless they have trouble sleeping": a medicine withheld
            # up to the group's own eligibility is a prescribing rule on a page that informs, but the seller's own
            # restriction, a claim of its safety, on a page that sells (`ClaimReadings`)
            withheld = category == "other" and any(m.label == "category:withheld"
                                                   for m in analysis.of_kind("cue", clause.first, clause.last))
            sold_category = _category(analysis, clause, labels, concepts, _people_subject(subject), reason,
                                      eligibility=False) if withheld else category
            start, end = tokens[clause.first].start, tokens[clause.last - 1].end
            voice = _voice(analysis, (start + end) // 2)
            if voice in ("reported", "rejected") and category != "safety":
                # someone else's claim reported, in a clause cut from the sentence that says so ("They also claimed
                # that it …, repairs cartilage, and restores mobility"): what is claimed, as `_category` reads a
                # reporting word inside the clause; a harm warned of stays safety
                category = sold_category = "other"
            denial = not _denied_always(analysis, modifiers) and not _governed_denial(analysis, modifiers, mentions)
            strength = _strength(labels, hedged, negated, category, denial=denial)
            # what the denial alone made "none" (Yu et al. rate the verb: benchmarks/base.py), "" otherwise
            undenied = _strength(labels, hedged, negated, category, denial=False) if negated and strength == "none" \
                else ""
            undenied = "" if undenied == "none" else undenied
            # on a page that promotes (`ClaimReadings`): "- Sharper memory and focus", "- Lose up to 10 pounds" under
            # "Benefits" is what the product does, asserted as the heading offers it (a trial report's "Results" list,
            # "- More nausea in the drug group", is no offer); "My skin cleared up in two weeks. - Tom H." is what the
            # product did, asserted as the story is offered
            offered = promised and voice == "own" and _promised_result(analysis, clause)
            own_outcome = voice == "own" and _tells_own_outcome(analysis, clause, story)
            # "Most customers see thicker hair within 90 days": what the product's users get, told by the seller, is
            # asserted; its category stays as read (as efficacy SUB003, promoted-benefit, would take the claim from
            # SUB016, customer-share-result, the finding that names what is wrong with it)
            users_result = voice == "own" and not hedged and not negated and _users_report_result(analysis, clause)
            # "Two days later the itching was gone", "His knees don't ache any more": a complaint said to have ended is,
            # on a page that sells, the before-and-after result it offers as the product's (`_complaint_ended`)
            ended = voice == "own" and not hedged and not labels & UNASSERTED_FRAMES \
                and _complaint_ended(analysis, clause, segment.first, segment.last)
            # "Relief in 60 seconds", "Bilberry sharpens night vision", "Transdermal magnesium absorbs straight into
            # your bloodstream": an effect, or how the product works, stated with no hedge and no word that rates it is
            # what the seller says its product does, asserted (elsewhere a description, as Yu et al. code it); in a
            # verb the sellers use of what the product does to the body or the complaint (lexicons/cues.yml
            # `offered_effect`: "This cream erases wrinkles", "the gentle pressure retrains the tiny valves"), an
            # effect of the product even in a claim read as other; said of the product only (`_names_product`: not
            # "Your liver filters toxins", "Caffeine blocks adenosine receptors" on a page that sells eye drops)
            offered_verb = any(m.label == "offered_effect" for m in analysis.of_kind("cue", read_first, read_last))
            stated_effect = voice == "own" and not hedged and not negated \
                and (category in PROMOTED_EFFECTS or offered_verb and category == "other")
            if stated_effect and not offered_subject and subject.split() \
                    and subject.split()[0].lower() not in PRONOUNS | OWNER_WORDS:
                offered_subject = subject
            if segment in questions.explained:
                # "Is it safe? Yes. Our foam is non-toxic.": the FAQ claims in its answer, whose plain statements are
                # said of what the question, read as the page's own, claims ("Will I lose weight? Yes. Every
                # contraction burns calories.": `_third_person_statement`); read this far for the context it gives
                # the answer (the paragraph claimed, the product named, a hedge carried on), not endorsed, nor counted,
                # so a later identical claim keeps its occurrence and its id
                paragraph_claimed, claimed_block = True, segment.block
                continue
            promoted_effect = stated_effect and strength == "none" \
                and _states_effect(analysis, clause, subject, labels, inherited, f"{brand} {offered_subject}")
            endorsed_category = "efficacy" if (offered or own_outcome or promoted_effect or ended) \
                and sold_category == "other" else sold_category
            # "Our compression squeezes the blood back up your legs", "These peptides travel to your joints and rebuild
            # cartilage", "The CBD goes straight into sore muscles": on a page that sells, an effect or how something
            # works, said as fact in the seller's own words, is the mechanism story the page tells, asserted whatever
            # its subject names (its strength only: its category stays as read, so no effect becomes the product's);
            # not the body's own work ("Your liver filters toxins") nor a complaint's course or a direction for use
            asserted_effect = stated_effect and category in PROMOTED_EFFECTS and strength == "none" \
                and "NEGATED" not in categories and _tells_mechanism(analysis, clause, subject, labels | inherited)
            # "Full results appear within 4 weeks", "Within minutes you drift into deep sleep": a result given the time
            # it takes to come (lexicons/cues.yml `time_to_result`), on a page that sells, is the result it promises
            timed_result = voice == "own" and not hedged and "NEGATED" not in categories \
                and _times_result(analysis, clause, (segment.first, segment.last), subject, labels | inherited)
            # "VenaClear is a natural alternative to vein surgery", "It's a drug-free way to manage pain": the product
            # offered in place of a treatment (lexicons/cues.yml `offered_substitute`), on a page that sells, is the
            # treatment effect it claims, asserted; a definition or a description only elsewhere
            # (both read only of the seller's own plain statement: not hedged, negated or given a strength already)
            plain_own = voice == "own" and not hedged and not negated and strength == "none" \
                and "NEGATED" not in categories
            substitute = plain_own \
                and _offers_substitute(analysis, clause, subject, labels, inherited, f"{brand} {offered_subject}")
            if substitute and category in ("other", "definition"):
                endorsed_category = "efficacy"
            # "Recommended by leading eye specialists", "Dermatologist-approved": a professional's seal on a page that
            # sells (lexicons/cues.yml `professional_seal`) asserts that the product does what the seal vouches for
            sealed = plain_own and _sealed_by_professionals(analysis, clause, subject, labels | inherited)
            # "ApiFlex uses purified bee venom to relieve joint pain": what the product does with what it uses, on a
            # page that sells (lexicons/cues.yml `function_of_use`), is its function asserted; its aim elsewhere
            function = plain_own \
                and _tells_function(analysis, clause, subject, labels, inherited, f"{brand} {offered_subject}")
            # "When uric acid builds up in the blood, crystals settle in a joint", "As we age, collagen production
            # drops": what always follows a condition, told in the present (the zero conditional), is a cause and its
            # effect said as a general truth; on a page that sells, the problem story it tells asserted. Not a natural
            # course ("As osteoarthritis progresses, the cartilage wears thin": prognosis, what the disease does)
            regular = plain_own and category not in ("definition", "prognosis") \
                and _tells_regularity(analysis, clause, (segment.first, segment.last), subject, labels | inherited)
            # "Glycine calms inflammation", "It resets your body clock", "CardioChew tackles cholesterol the natural
            # way": on a page that sells, the seller's plain present-tense statement whose verb acts on an object is
            # what the product or what it holds does, asserted, whatever the verb (`_acts_on_object`); the verbs of
            # effect no cue list holds are most of the sellers' (a list item's opening verb is read so already)
            acted = plain_own and not item_verb and category in ("other", "efficacy", "mechanism") \
                and _acts_on_object(analysis, clause, subject, labels | inherited)
            if acted and endorsed_category == "other":
                endorsed_category = _acted_category(analysis, clause, acted)
            # "Gluten is a common cause of brain fog": on a page that sells, a cause ranked among a complaint's causes
            # (lexicons/cues.yml `ranked_cause`, a description elsewhere) is the seller's cause asserted, unless its
            # subject is a disease ("Plantar fasciitis is the most common cause of heel pain")
            ranked = plain_own \
                and any(m.label == "ranked_cause" for m in analysis.of_kind("cue", clause.first, clause.last)) \
                and not _names_course_subject(analysis, _subject_span(analysis, clause, subject))
            # "VenaClear is suitable for all adults", "Our gummies are gentle on your teeth": on a page that sells, the
            # seller's plain word that its product suits a group or is gentle (lexicons/cues.yml `safety_assurance`) is
            # a claim of its safety, asserted; and a harm it is said to come without (", without the jitters", ", with
            # none of the side effects": `clause.spared`) is a harm denied outright, absolute
            # ("safe for all ages", "suitable for the whole family": `safety_for_all`, every member of a group, is an
            # absolute there; a page that promotes nothing keeps the strength read)
            assurances = {m.label for m in analysis.of_kind("cue", read_first, read_last)} & SAFETY_ASSURANCES
            assured = voice == "own" and not hedged and not negated and "NEGATED" not in categories and bool(assurances)
            if assured and endorsed_category in ("other", "definition"):
                endorsed_category = "safety"
            assured_for_all = assured and "safety_for_all" in assurances and strength in ("none", "direct") \
                and not labels & UNASSERTED_FRAMES
            # (its "without" or "none" is the claim's own word, no negation of it)
            spared_harm = voice == "own" and not hedged and strength == "none" and clause.spared \
                and category == "safety" and not labels & UNASSERTED_FRAMES
            endorsed_strength = strength
            if not labels & UNASSERTED_FRAMES and (
                    offered and strength in ("none", "correlational") and not hedged and not negated
                    or (own_outcome or users_result or promoted_effect or ended or asserted_effect or timed_result
                        or substitute or sealed or function or regular or acted or assured or ranked)
                    and strength == "none"):
                endorsed_strength = "direct"
            if spared_harm or assured_for_all:
                endorsed_strength = "absolute"
            key = normalize_claim(text)  # (the claim's identity: its fingerprint is made from it)
            paragraph_claimed, claimed_block = True, segment.block
            occurrence = seen.get(key, 0)
            seen[key] = occurrence + 1
            line, column = source.line_col(start)
            claims.append(Claim(
                claim_id=_fingerprint(source.path, key, occurrence), source=source.path, start=start, end=end,
                line=line, column=column, text=text, sentence=segment_text, subject=about or subject,
                topic=topic or heading, category=category, strength=strength, negated=negated, hedged=hedged,
                modifiers=tuple(sorted({f"{m.category}:{analysis.text_of(m.trigger.first, m.trigger.last).lower()}"
                                        for m in modifiers})),
                voice=voice, undenied_strength=undenied,
            ))
            if (endorsed_category, endorsed_strength) != (category, strength):
                endorsed.append(evolve(claims[-1], category=endorsed_category, strength=endorsed_strength,
                                       undenied_strength=undenied if endorsed_strength == "none" else ""))
        if sentence_subject is not None:
            last_subject = sentence_subject
        if centre and _passing_subject(last_subject) and not _passing_subject(centre):
            last_subject = centre  # "Incorrect dosing can cause lung damage. It is unsuitable for …": the centre
    return ClaimReadings(tuple(claims), tuple(endorsed))


def _cell_instructs(analysis: Analysis, cell) -> bool:
    """A table cell that opens with an instruction ("Take it in the evening", "Seek help straight away if you are
    breathless"), not one that promises its result ("Use it daily and the pain goes")."""
    words = [i for i in range(cell.first, cell.last) if not analysis.tokens[i].is_space]
    if not words or _result_promised(analysis, words):
        return False
    # (a cell has no full stop to tell a verb that is also a noun from a noun phrase, "Seek help …", so a call to
    # action's cue at its first word counts too, lexicons/cues.yml `call_to_action`)
    return _instruction(analysis, words) or any(
        m.label == "call_to_action" and m.first == words[0] and analysis.tokens[m.first].lower not in MODALS
        for m in analysis.of_kind("cue", cell.first, cell.last))


def _cell_predicates(analysis: Analysis, cell) -> list[int]:
    """The verbs of a table cell of its own, not an -s form after a number, which is a noun's plural ("Up to 4 times
    a day", "12 pounds", "3 drops")."""
    tokens = analysis.tokens
    return [i for i in find_predicates(analysis, cell.first, cell.last)
            if not (i > cell.first and tokens[i - 1].like_num and verb_s_form(tokens[i]))]


def _row_text(analysis: Analysis, row: tuple[int, int]) -> str:
    """A table row's text as the page shows it, its cells between bars ("Side effects | None | Drowsiness"): the
    analysed text has the bars blanked."""
    source, tokens = analysis.source, analysis.tokens
    return " ".join(source.raw[tokens[row[0]].start:tokens[row[1] - 1].end].split())


def _signature_first(segment, story: Story | None) -> int:
    """The first token of the signature that closes the segment's block when it signs a story (`story`, from
    `Analysis.signed_story`: '"My IBS is gone." — Lauren, 34': the closing mark, the dash and the name), if the
    segment holds it; else the segment's end."""
    if story is None or not segment.first <= story.last < segment.last:
        return segment.last
    return story.last


def _cut_before(analysis: Analysis, clause: Clause, end: int) -> Clause:
    """The clause without its tokens from `end` on, nor the stops, quotation marks, dashes and blanks left before
    them (a figure's "%" or a closing bracket stays: "by 90%"). What it is about is still read up to its old end: a
    story signed by a person ("I can finally sleep again." - Tom, 45) is offered as what happened to someone,
    checkable as such, even in words that name nothing medical."""
    tokens = analysis.tokens
    words = quotation_words()
    left_marks = SENTENCE_ENDS | words["quote_marks"] | words["signature_dashes"] | {",", ";", ":"}
    last = min(clause.last, end)
    while last > clause.first and (tokens[last - 1].text in left_marks or tokens[last - 1].is_space):
        last -= 1
    if last == clause.last:
        return clause
    topic = clause.topic_span or (clause.first, clause.last)
    verbs = (clause.verb_span[0], min(clause.verb_span[1], last)) if clause.verb_span else None
    return evolve(clause, last=last, topic_span=topic, verb_span=verbs)


def _cut_after(analysis: Analysis, clause: Clause, first: int) -> Clause:
    """The clause without its tokens before `first`, nor the quotation marks and blanks that open what is left. As in
    `_cut_before`, what it is about is still read over its old span (`topic_span`): the stars, title and signature
    cut off ('★★★★★ "Worth it" — Jo, 38' over the story) still feed the topic, as the signature `_cut_before` cuts
    does."""
    tokens = analysis.tokens
    marks = quotation_words()["quote_marks"]
    start = max(clause.first, first)
    while start < clause.last - 1 and (tokens[start].text in marks or tokens[start].is_space):
        start += 1
    if start == clause.first:
        return clause
    verbs = (max(clause.verb_span[0], start), clause.verb_span[1]) if clause.verb_span else None
    return evolve(clause, first=start, topic_span=clause.topic_span or (clause.first, clause.last),
                  verb_span=verbs if verbs and verbs[0] < verbs[1] else None)


def _tells_attitude(analysis: Analysis, clause: Clause) -> bool:
    """The clause says what its speaker felt about the product ("I was sceptical at first", "We're so relieved", "My
    GP was amazed", "I'm hooked", "we're impressed"): a form of "be" or "feel", at most two words (an adverb: "so",
    "really", "honestly"), then a word of attitude (lexicons/subjects.yml `attitude_words`), no medical word (a
    concept) or figure in its own words, and no complement after it that says what the feeling is about: an opinion,
    in a signed story (even when the signature's age follows it) or in the page's own words alike, never a health
    claim. Not "I feel calmer" (a state of the body), "I was amazed my back pain was gone" (a pain named) nor "My GP
    was delighted with my progress" (a result the feeling is about)."""
    tokens = analysis.tokens
    lists = subject_words()
    attitudes, closers, verbs = lists["attitude_words"], lists["attitude_closers"], lists["attitude_verbs"]
    dashes = quotation_words()["signature_dashes"]
    words = clause.words(analysis)
    signed = next((n for n, i in enumerate(words) if tokens[i].text in dashes), len(words))
    words = [i for i in words[:signed] if not tokens[i].is_punct]  # (a signature's age is no figure of the story)
    at = next((n for n, i in enumerate(words) if tokens[i].lemma in ("be", "feel") or tokens[i].lower in verbs), None)
    felt = next((n for n in range(at + 1, min(at + 4, len(words))) if tokens[words[n]].lower in attitudes), None) \
        if at is not None else None
    if felt is None:
        return False
    rest = [tokens[i].lower for i in words[felt + 1:]]
    if len(rest) > 2 or rest and rest[0] not in closers \
            and not (len(rest) == 2 and rest[0] in lists["attitude_prepositions"]
                     and rest[1] in lists["attitude_objects"]):
        # "amazed at how much my prostate had shrunk", "delighted with her progress": about a result (not "thrilled
        # with it", the product)
        return False
    return not analysis.of_kind("concept", clause.first, clause.last) \
        and not any(c.isdigit() for i in words for c in tokens[i].text)  # ("at first" is no figure)


def _tells_own_outcome(analysis: Analysis, clause: Clause, story: Story | None) -> bool:
    """The clause speaks in the first person singular (lexicons/subjects.yml `testimony_words`) inside the story its
    block signs as a person's own (`story`, from `Analysis.signed_story`: "I lost 22 pounds in a month. - Dana R.,
    Ohio"): a testimonial, or an expert's report of what the product did ('"Within a month my patients' migraines
    were gone." Professor Jane Smith': `Story.expert`), which a page that promotes offers as its own claim too (16
    CFR 255.1(a): an endorsement may not convey what would be deceptive if the advertiser said it)."""
    words = subject_words()["testimony_words"]
    tokens = analysis.tokens
    if not any(tokens[i].lower in words for i in range(clause.first, clause.last)):
        return False
    return story is not None and clause.first < story.last and clause.last > story.first


# the cues of a result told (`_tells_backstory`): a cure, a seller's verb of effect, a complaint ended (not every
# efficacy cue: "For 22 years I worked as a vision coach" tells a past, the "worked" of a job)
BACKSTORY_ENDS = frozenset({"category:cure", "offered_effect", "complaint_ended"})


def _tells_backstory(analysis: Analysis, clause: Clause) -> bool:
    """The clause speaks in the first person singular and tells how things were before (lexicons/subjects.yml
    `backstory_*`): the complaint's history ("I've had tinnitus for 15 years", "I've had IBS since my twenties"),
    a habit of the past ("I used to get headaches every afternoon") or everything tried in vain ("I'd tried every
    diet going"). It is the teller's own past and no effect of anything: no claim. Not the after, denied or freed
    ("I haven't had a migraine for two years", "I've been pain-free for six years")."""
    words = subject_words()
    texts = [analysis.tokens[i].lower for i in range(clause.first, clause.last)]
    if not set(texts) & words["testimony_words"] \
            or any(t in words["backstory_stops"] or t.endswith("-free") for t in texts):
        return False
    # the clause that also tells the result ("I tried everything and only Calma cured my eczema", "For years I
    # suffered, and Calma reversed my diabetes") is no backstory
    if any(m.label in BACKSTORY_ENDS for m in analysis.of_kind("cue", clause.first, clause.last)):
        return False
    # the marks are the teller's own up to a coordinator that opens another subject ("I've been taking Calma for 3
    # years and it keeps my blood pressure normal", "I've tried every diet going, but Slimra melted 10 kg off")
    for at in range(1, len(texts) - 1):
        follower = analysis.tokens[clause.first + at + 1]
        if texts[at] in words["backstory_coordinators"] and (
                follower.lower in words["backstory_new_subjects"]
                or follower.text[:1].isupper() and follower.lower not in words["testimony_words"]):
            return False
    for at, text in enumerate(texts):
        after = texts[at + 1:at + 3]
        if text == "used" and after[:1] == ["to"] and len(after) == 2 \
                and not (at and texts[at - 1] in words["backstory_adapting"]) \
                and after[1] not in words["backstory_opinions"]:  # "I used to think …": an opinion, no habit
            return True  # "I used to get headaches", not "it took a few nights to get used to"
        if text in words["backstory_tries"] and set(after) & words["backstory_everything"]:
            return True  # "I'd tried everything", "I've tried every diet going"
        if text == "for" and set(texts[at + 1:at + 4]) & words["backstory_spans"]:
            return True  # "I've had insomnia for 15 years", "I smoked for a few decades", "I'd suffered for years"
        life = (after[1:] if after[:1] == ["my"] else after[:1]) if text == "since" else []
        if life and life[0] in words["backstory_since"]:
            return True  # "since my twenties", "since childhood"; not "since I started ZenSleep"
    return False


@lru_cache(maxsize=1)
def complaint_words() -> frozenset[str]:
    """The words of symptoms and common conditions that rules CUR009 and CUR010 name a complaint by: one list, the
    `complaint_words` anchor of pipeline/rulepacks/cure.yml."""
    return lower_words(anchored_list("rulepacks/cure.yml", "complaint_words"))


def _complaint_ended(analysis: Analysis, clause: Clause, sentence_first: int, sentence_last: int) -> bool:
    """The clause says a complaint has ended (lexicons/cues.yml `complaint_ended`: "the stiffness was gone", "her
    migraines had vanished", "I no longer need my inhaler") and its sentence tells no natural course ("The rash was
    gone on its own within a week", `natural_course`): what a page that sells offers as its product's result, told as
    it was before and after, whether or not a customer signs it."""
    tokens, complaints, words = analysis.tokens, complaint_words(), subject_words()
    # "the itching was gone", "My back pain disappeared": what is gone or has vanished is a complaint named before it,
    # or a pronoun that refers to one ("After a week it was gone"; the 90-day pack that "has vanished from stores" is
    # none); the other wordings ("I no longer need my inhaler",
    # "His knees don't ache any more") say so of the teller or the body
    if not any(m.label == "complaint_ended" and (
            not any(tokens[i].lower in words["vanishing_words"] for i in range(m.first, m.last))
            or any(tokens[i].lower in complaints or tokens[i].lower in words["vanished_pronouns"]
                   for i in range(clause.first, m.first)))
            for m in analysis.of_kind("cue", clause.first, clause.last)):
        return False
    return not any(m.label == "natural_course" for m in analysis.of_kind("cue", sentence_first, sentence_last))


def _reason_given(analysis: Analysis, clause: Clause) -> bool:
    """The clause, opened by a sentential "which", starts with "is why" or "was why" (lexicons/cues.yml
    `reason_given`: "Cold air thickens the fluid in your joints, which is why your knees ache in winter"): the clause
    before is asserted as the reason for what this one tells, a cause of how it comes about. Not "That's why …" opening
    a sentence, where a writer more often gives the reason for what someone does or has ("That's why the pilot has a
    checklist", "This is why we chose a strain with its own trial")."""
    if not clause.which:
        return False
    words = clause.words(analysis)
    opening = next((m for m in analysis.of_kind("cue", clause.first, clause.last)
                    if m.label == "reason_given" and words and m.first == words[0]), None)
    if opening is None:
        return False
    # the reason for an act or a need ("…, which is why people with gout are advised to drink water", "…, which is
    # why pharmacists recommend it": lexicons/subjects.yml `reason_actions`), or a consequence told with a modal or a
    # hedge ("…, which is why your knees may ache in winter"), asserts no cause
    words_of = subject_words()
    actions, modals, lemmas = words_of["reason_actions"], words_of["reason_modals"], lemma_table()
    if any(analysis.tokens[i].lower in modals or lemmas.get(analysis.tokens[i].lower, analysis.tokens[i].lower)
           in actions for i in range(opening.last, clause.last)):
        return False
    return not any(m.category in UNCERTAIN for m in analysis.modifiers_on(opening.last, clause.last))


def _named_topic(topic: str, heading: str) -> str:
    """What a clause with no subject of its own is about: its list label, else its heading unless the heading asks
    a question ("How long does it take to recover from a transplant?" names no subject; the claim's topic field
    still records it)."""
    return topic or ("" if is_question(heading) else heading)


def _voice(analysis: Analysis, middle: int) -> str:
    """Whose claim the clause around the character `middle` is: "denied" inside a denial ("There is no evidence
    that X cures Y"), "rejected" inside others' claim it rejects outright ("Many say X cures Y. That is not true."),
    "reported" inside other wording the article reports, quotes or names ("Makers claim the pads
    draw out toxins"), else "own" (read at the middle, as the claim rules read it: pipeline/rules/engine.py)."""
    if _covers(analysis.denied, middle):
        return "denied"
    if not _covers(analysis.mentioned, middle):
        return "own"
    # (what the page rejects is a part of what it mentions: read only for a claim inside a mention)
    return "rejected" if _covers(analysis.rejected, middle) else "reported"


def _covers(ranges: tuple[tuple[int, int], ...], at: int) -> bool:
    """Does one of the sorted ranges [start, end) hold the character `at`?"""
    return any(start <= at < end for start, end in ranges[:bisect_right(ranges, (at + 1, -1))])


def _named(analysis: Analysis, mention: Mention) -> bool:
    """The mention lies inside wording the article quotes or names rather than uses (`Analysis.mentioned`)."""
    return any(start <= mention.start and mention.end <= end for start, end in analysis.mentioned)


def segment_strength(analysis: Analysis, first: int, last: int, absolute: bool = True) -> str:
    """The strength of a sentence taken as one finding, whether or not it passes as a claim (benchmarks give the
    sentences; the claim stage's topic test is for articles). With `absolute` false, absolute wording ("only",
    "always") is left out and the relation alone is rated."""
    mentions = [m for m in analysis.of_kind("cue", first, last) if not analysis.pseudo(m)]
    # a bare effect verb after a plural subject ("Statins lower LDL") asserts the effect here as in a claim
    mentions += _effect_verb_cues(analysis, first, last, mentions)
    mentions = _no_exception_read(analysis, first, last, mentions, absolute)
    labels = _strength_labels(_listed_purposes(analysis, mentions + _gerund_subject_cues(analysis, first, last,
                                                                                         mentions)))
    if not absolute:
        labels.discard("strength:absolute")
    modifiers = analysis.modifiers_on(first, last)
    hedged = any(m.category in ("HEDGED", "HYPOTHETICAL") for m in modifiers)
    negated = any(analysis.negates(m) for m in modifiers)
    return _strength(labels, hedged, negated, "other", denial=False)


def _denied_always(analysis: Analysis, modifiers) -> bool:
    """A negation by "never" ("never causes drowsiness"): no exception admitted, so not an effect denied (the gold
    reads it as absolute; `_strength` leaves it at its verb's strength)."""
    return any(analysis.negates(m) and analysis.tokens[m.trigger.first].lower == "never" for m in modifiers)


def _governed_denial(analysis: Analysis, modifiers, cues: list[Mention]) -> bool:
    """Every negation of the claim governs a verb of finding or believing before its effect verb ("You won't find
    anything that relieves pain faster", "No one thinks it cures colds"): the finding or belief is denied, not the
    effect, so the claim keeps its verb's strength. "Antibiotics do not treat colds" denies the effect itself."""
    effects = [m.first for m in cues if m.label == "strength:causal"]
    negations = [m for m in modifiers if analysis.negates(m)]
    if not effects or not negations:
        return False
    governors = analysis.of_kind("cue", min(m.trigger.last for m in negations), max(effects))
    return all(any(g.label == "denial_governor" and m.trigger.last <= g.first < max(effects) for g in governors)
               for m in negations)


def _no_exception_read(analysis: Analysis, first: int, last: int, mentions: list[Mention],
                       absolute: bool = True) -> list[Mention]:
    """The cues of [first, last) without the negative quantifiers (`no_exception`) that do not quantify the claim
    (`_admits_no_exception`), or without any of them when absolute strength is not read."""
    return [m for m in mentions if m.label != "strength:no_exception"
            or absolute and _admits_no_exception(analysis, first, last, m)]


def _admits_no_exception(analysis: Analysis, first: int, last: int, quantifier: Mention) -> bool:
    """A negative quantifier (lexicons/cues.yml `no_exception`) over the subject of the clause [first, last) or over
    what its "there is" introduces ("No vaccine is 100% effective", "There is no cure for asthma", "Nothing else ever
    worked"): the claim admits no exception. Not one further in ("Many people have no symptoms"), nor "there is no"
    under a subordinator ("when there is no outside source"), nor one before a number ("no two people", "none of the
    500 patients") or a source of findings ("There is no good evidence that …": what research has, reported;
    lexicons/topics.yml `finding_sources`)."""
    tokens = analysis.tokens
    before = [tokens[i].lower for i in range(first, quantifier.first) if not tokens[i].is_space]
    if tokens[quantifier.first].lower == "there":
        # the words since the last comma: "Because it uses your own blood, there is no risk …" is a main clause
        since_comma = before[len(before) - before[::-1].index(","):] if "," in before else before
        if not subject_words()["no_exception_subordinators"].isdisjoint(since_comma):
            return False
    elif any(word not in subject_words()["no_exception_openers"] and not word.endswith("ly") for word in before):
        return False
    after = range(quantifier.last, min(quantifier.last + 3, last))
    counted = after[1:] if after and tokens[after[0]].lower == "of" else after[:1]
    if any(tokens[i].like_num for i in counted):
        return False  # a count: "no two people", "None of the 500 patients in the trial had …" reports a tally
    sources = _finding_words()[0]
    return not any(tokens[i].lemma in sources or tokens[i].lower in sources for i in after)


def asserted_causal_cues(analysis: Analysis, first: int, last: int) -> list[Mention]:
    """The causal cues of [first, last) that `_strength_labels` counts: outside pseudo-triggers and outside the
    frames that make a causal word part of something else (comparison, risk, purpose, background, trend); a
    compared effect ("more effective than") is asserted inside its comparison."""
    mentions = [m for m in analysis.of_kind("cue", first, last) if not analysis.pseudo(m)]
    frames = [m for m in mentions if m.label in STRENGTH_FRAMES]
    return [m for m in mentions if m.label == "strength:compared_effect" or (m.label == "strength:causal"
            and not any(c.first <= m.first and m.last <= c.last for c in frames))]


# Cue groups inside which a causal word is not a causal verb (see _strength_labels).
STRENGTH_FRAMES = ("strength:comparison", "strength:risk", "strength:purpose", "strength:background",
                   "strength:trend")


def _strength_labels(mentions: list[Mention]) -> set[str]:
    """The cue labels of a clause. A causal cue inside an observed-change, comparison or risk phrase ("a 30 %
    increase in BMI", "lipids increased with age", "an increased risk") is part of that phrase, not a causal verb;
    one inside a purpose ("needed to reduce", "in order to improve") is an effect sought, and one inside background
    ("all-cause mortality", "which causes", "problems caused by") is not the finding: neither is asserted. A change
    dated by years ("rose between 2001 and 2010") or a quantity set against an estimate ("better than previously
    reported") is a trend: neither a causal verb nor a comparison sharing words with it ("NICUs are better than") is
    asserted, nor a frequency it opens ("less frequently than previously reported").
    A compared effect ("more effective than", "a greater impact on X than") is an effect, whatever frames it; a
    call for more work in a contrasted clause (", but larger trials are needed") leaves the finding before it, and
    so does a need said of people ("patients who need to start dialysis"), which is no advice."""
    frames = [m for m in mentions if m.label in STRENGTH_FRAMES]
    trends = [m for m in mentions if m.label == "strength:trend"]
    conceded = [m for m in mentions if m.label in ("strength:conceded_recommendation", "strength:described_need")]
    # a relation word that describes the object of an effect asserted before it ("reduces hot flashes related to
    # menopause") names which things are meant: the effect is the finding
    causes = [m.first for m in mentions if m.label == "strength:causal"
              and not any(c.first <= m.first and m.last <= c.last for c in frames)]
    backgrounds = [m for m in frames if m.label == "strength:background"]
    described = [m for m in mentions if m.label == "strength:correlational" and any(f < m.first for f in causes)
                 and any(b.first < m.first and m.last <= b.last for b in backgrounds)]
    labels = {m.label for m in mentions if m not in described
              and not (m.label == "strength:causal" and any(c.first <= m.first and m.last <= c.last for c in frames))
              and not (m.label == "strength:comparison" and any(t.first < m.last and m.first < t.last for t in trends))
              and not (m.label == "strength:correlational" and any(t.first == m.first for t in trends))
              and not (m.label == "strength:recommendation" and any(c.first < m.first < c.last for c in conceded))}
    if "strength:compared_effect" in labels:  # "more effective than": an effect, compared
        labels.add("strength:causal")
    return labels


# Modifier categories that make a claim hedged (a coordinated verb takes them from the verb it is joined to)
UNCERTAIN = {"HEDGED", "HYPOTHETICAL"}
# Frames under which a clause asserts no relation of its own: a recommendation ("should be screened") or a report of
# earlier work ("previous studies suggested that")
UNASSERTED_FRAMES = frozenset({"strength:recommendation", "strength:prior_work"})
# Frames that a verb coordinated with the clause's last verb shares: a recommendation ("should assess X and provide
# Y") and a report of earlier work are said of both verbs; a purpose ("needed to reduce X and alleviate Y") makes
# both effects sought.
SHARED_FRAMES = ("strength:recommendation", "strength:prior_work", "strength:purpose")
# What a purpose takes from the verb it governs: a causal verb, a change compared or a risk lowered is only sought
SOUGHT = {"strength:causal", "strength:comparison", "strength:risk"}


def _with_new(modifiers: list, more: list) -> list:
    """`modifiers` and those of `more` not already among them, in order."""
    return modifiers + [m for m in more if all(m is not n for n in modifiers)]


def _verb_frames(analysis: Analysis, clause: Clause) -> frozenset[str]:
    """What governs the last verb of `clause` (and so a verb phrase coordinated after it), besides its hedges: a
    recommendation or a report of earlier work in the clause with no subordinate clause after it, and a purpose cue
    that holds its last verb or causal word ("needed to reduce X", "in order to slow X")."""
    mentions = _listed_purposes(analysis, [m for m in analysis.of_kind("cue", clause.first, clause.last)
                                           if not analysis.pseudo(m)])
    # the "'s" of a possessive ("the brain's metabolism") reads as a predicate too but is no verb
    verbs = [m for m in mentions if m.label in ("predicate", "strength:causal")
             and analysis.tokens[m.first].lower not in ("'s", "\u2019s")]
    last_verb = max(verbs, key=lambda m: (m.first, m.last)).first if verbs else clause.last
    # a subordinate clause after the cue has a subject of its own, and the coordinated verb joins its verb: "X
    # should be given as it helps to maintain Y and reduce Z" does not recommend reducing Z
    openers = subject_words()["subordinate_openers"]
    frames = {m.label for m in mentions if m.label in SHARED_FRAMES[:2] and not any(
        analysis.tokens[i].lower in openers for i in range(m.last, clause.last))}
    if verbs and any(m.label == "strength:purpose" and m.first <= last_verb < m.last for m in mentions):
        frames.add("strength:purpose")
    return frozenset(frames)


def _complement_frame(analysis: Analysis, frame: tuple[int, int], before: int) -> tuple[frozenset[str], list]:
    """What a second 'that' complement takes from the frame of the first (`Clause.frame`, the words before the first
    'that'): its recommendation or report of earlier work ("It is recommended that …", "Previous studies found that
    …", "concerns that …", cues that may end on the 'that'), and the hedges triggered there ("Some suggest that …")."""
    first, that = frame
    frames = frozenset(m.label for m in analysis.of_kind("cue", first, that + 1)
                       if m.label in SHARED_FRAMES[:2] and not analysis.pseudo(m))
    hedges = [m for m in analysis.modifiers_on(first, before)
              if m.category in UNCERTAIN and first <= m.trigger.first <= that]
    return frames, hedges


def _listed_purposes(analysis: Analysis, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with each purpose cue widened over the bare verbs listed after its own ("prescribed to lower
    cholesterol, prevent heart attacks, and reduce the risk of stroke"): each is sought as the first is. The list
    goes on while a comma (perhaps with 'and' / 'or') is followed by a verb in its base form; it ends at any other
    comma, at a verb with a tense of its own or at the end of the sentence."""
    if not any(m.label == "strength:purpose" for m in mentions):
        return mentions
    tokens = analysis.tokens
    # "has been shown in large trials, such as …, to slow …": the infinitive of a raising word asserts the effect
    # (lexicons/subjects.yml `raising_words`); the cue lexicon, which reads only the word before "to", took it for a
    # purpose
    mentions = [m for m in mentions if not (
        m.label == "strength:purpose" and m.last - m.first >= 3 and tokens[m.first + 1].lower == "to"
        and raised_infinitive(analysis, m.first + 1, _segment_first(analysis, m.first)))]
    verbs = verb_lemmas()
    widened = []
    for mention in mentions:
        if mention.label != "strength:purpose":
            widened.append(mention)
            continue
        segment = analysis.segment_at(mention.first)
        end, last = mention.last, segment.last if segment else mention.last
        i = mention.last
        while i < last:
            token = tokens[i]
            if token.lower in (";", ".", "!", "?", ":") or (token.lemma in verbs and token.lower != token.lemma
                                                            and not token.lower.endswith("ing")):
                break  # the sentence ends, or a verb with a tense of its own ("…, and it reduces …")
            if token.lower == ",":
                j = i + 1
                while j < last and (tokens[j].is_space or tokens[j].lower in ("and", "or")):
                    j += 1
                nxt = tokens[j] if j < last else None
                if nxt is None or nxt.lower != nxt.lemma or nxt.lemma not in verbs or nxt.lower in AUXILIARIES:
                    break  # not a listed verb: the purpose ends before this comma
                end, i = j + 1, j + 1
                continue
            if token.lower in ("and", "or"):
                # "to lower cholesterol and prevent heart attacks": a bare verb joined by "and" is sought too
                j = i + 1
                while j < last and (tokens[j].is_space or tokens[j].lower.endswith("ly")):
                    j += 1
                nxt = tokens[j] if j < last else None
                if nxt is not None and nxt.lower == nxt.lemma and nxt.lemma in verbs and nxt.lower not in AUXILIARIES:
                    end, i = j + 1, j + 1
                    continue
            i += 1
        widened.append(mention if end == mention.last else mention._replace(last=end, end=tokens[end - 1].end))
    return widened


def _inherit_frames(labels: set[str], inherited: frozenset[str]) -> set[str]:
    """The strength labels of a coordinated clause under the frames of the verb it is joined to: a recommendation
    or report of earlier work is its own too, and under a purpose its causal, comparison and risk words are only
    sought."""
    labels = labels | {f for f in inherited if f in SHARED_FRAMES[:2]}
    if "strength:purpose" in inherited:
        labels -= SOUGHT
    return labels


def _effect_verb_cues(analysis: Analysis, first: int, last: int, mentions: list[Mention]) -> list[Mention]:
    """A causal cue on each bare effect verb of [first, last) ("Statins lower LDL", `clauses.effect_verbs`) that
    the cue lexicon did not mark: the verb asserts the effect as any causal verb does."""
    causal = {m.first for m in mentions if m.label == "strength:causal"}
    tokens = analysis.tokens
    return [Mention(i, i + 1, tokens[i].start, tokens[i].end, "cue", "strength:causal")
            for i in effect_verbs(analysis, first, last) if i not in causal]


def _item_effect_cues(analysis: Analysis, clause: Clause, mentions: list[Mention]) -> list[Mention]:
    """A causal cue on the verb that opens a list item with its subject left out ("Rebuilds cartilage in 30 days",
    "Balances blood sugar all day"; the caller has asked `_item_opens_with_verb`) when the cue lexicon did not mark
    it and it is no verb of what the thing is or holds (lexicons/subjects.yml `describing_verbs`: "Contains 20
    strains"): the item asserts, unhedged, what the product or treatment the list is about does."""
    words = clause.words(analysis)
    tokens = analysis.tokens
    clause_openers = subject_words()["item_clause_openers"]  # "so you can train harder": a clause of its own
    for i in words[1:]:
        if tokens[i].is_punct or tokens[i].lower in clause_openers:
            break
        if tokens[i].lower in AUXILIARIES or tokens[i].lower in MODALS:
            return []  # "Supplements you buy online may differ": the opening word was the plural subject
    verb = words[0]
    token = tokens[verb]
    if token.lemma in subject_words()["describing_verbs"] or any(
            m.first == verb and m.label == "strength:causal" for m in mentions):
        return []
    return [Mention(verb, verb + 1, token.start, token.end, "cue", "strength:causal")]



def _gerund_subject_cues(analysis: Analysis, first: int, last: int, mentions: list[Mention]) -> list[Mention]:
    """A background cue on each gerund joined to the opening gerund of a subject (`clauses.gerund_subject`:
    "Stopping smoking, treating atrial fibrillation, staying active … all lower your risk") that the cue lexicon did
    not mark: like the opening gerund, it names an act whose effect the clause reports, not the relation it
    asserts."""
    marked = {m.first for m in mentions if m.label == "strength:background"}
    tokens = analysis.tokens
    return [Mention(i, i + 1, tokens[i].start, tokens[i].end, "cue", "strength:background")
            for i in gerund_subject(analysis, first, last) if i not in marked]


def _segment_first(analysis: Analysis, i: int) -> int:
    """The first token of the sentence that holds token i."""
    segment = analysis.segment_at(i)
    return segment.first if segment else 0


CLAIM_WORD = re.compile(r"[\w%]+")


def normalize_claim(text: str) -> str:
    """Lower-case words only: whitespace, punctuation and quote styles do not change a claim's identity."""
    return " ".join(CLAIM_WORD.findall(text.lower()))


def claim_fingerprint(path: str, text: str, occurrence: int = 0) -> str:
    return _fingerprint(path, normalize_claim(text), occurrence)


def _fingerprint(path: str, normalized: str, occurrence: int) -> str:
    return fingerprint("c", path, normalized, occurrence)


def fingerprint(kind: str, *identity: str | int) -> str:
    """A finding's stable identity: its kind's letter ("c" a claim, "f" a flag, "i" a stale ignore comment) and 15
    hex digits of what identifies it (the path, what it says, an occurrence among findings alike), joined by NULs;
    never its line, which an edit above it moves."""
    key = "\0".join([str(part) for part in identity])
    return kind + hashlib.sha256(key.encode("utf-8")).hexdigest()[:15]


def _is_assertion(analysis: Analysis, first: int, last: int, text: str, asserting_question: bool = False,
                  promised: bool = False) -> bool:
    """Questions (unless they assert, `pipeline.questions`), calls to action, meta-text ("In this article …"), terms
    of sale ("Auto-ship is a great choice for busy people", `sections.is_about_purchase`) and a line of the page's
    details ("★★★★★ 4.9 out of 5 (2,317 reviews)", `sections.is_page_details`) are not claims.
    A `promised` list item (under a heading that announces results, `_promises`) opened by a verb's base form is
    no instruction."""
    if is_question(text) and not asserting_question:
        return False
    # "Remember: …", "Here is what you need to know: …": the lead-in is no call to action of the assertion after it
    first = assertion_start(analysis, first, last)
    words = [i for i in range(first, last) if not analysis.tokens[i].is_space]
    if not words:
        return False
    opening = words[0]
    # an instruction that promises its result ("Use it daily and it will cure your arthritis") states the result
    result_promised = _result_promised(analysis, words)
    if (_instruction(analysis, words) and not promised and not result_promised) or is_page_date(text) \
            or is_about_purchase(analysis, first, last) \
            or _case_or_criterion(analysis, words) or _labelled_instruction(analysis, words) \
            or is_site_chrome(analysis, first, last) or is_page_details(analysis, first, last):
        return False
    # meta-text opens the sentence, perhaps after an opening phrase set off by a comma ("In the next section, we
    # discuss …", "For more information, …"); an opening clause may be long ("If your symptoms improve immediately
    # after a remedy, stop …": the comma is the ninth word)
    # (counted after a run-in label: "Important Consultation: Due to varying causes of fatigue …, consulting …")
    label = next((n + 1 for n, i in enumerate(words[:RUN_IN_LABEL_WORDS + 1]) if analysis.tokens[i].text == ":"), 0)
    after_opening_phrase = next((words[n + 1] for n in range(label, min(len(words) - 1, label + OPENING_PHRASE_WORDS))
                                 if analysis.tokens[words[n]].text == ","), opening)
    # an instruction after an opening clause or phrase ("Before taking MHT pills, talk with your provider …", "If
    # symptoms persist, see a doctor"): its verb in the base form right after the comma
    advice_at = after_opening_phrase if after_opening_phrase != opening and (
        analysis.tokens[opening].lower in PREPOSITIONS
        or analysis.tokens[opening].lower in subject_words()["subordinators"]) \
        and analysis.tokens[after_opening_phrase].lower == analysis.tokens[after_opening_phrase].lemma else -1
    if advice_at >= 0 and _instruction(analysis, words[words.index(advice_at):], capitalised=False):
        return False
    if _advice_after_condition(analysis, words) or _advises_people(analysis, words):
        return False
    for mention in analysis.of_kind("cue", first, last):
        if mention.label in ("call_to_action", "opinion") and mention.first == opening \
                and not (result_promised and mention.label == "call_to_action"):
            return False
        if mention.label == "call_to_action" and mention.first == advice_at and not _subject_then_verb(
                analysis, words[words.index(advice_at):]):
            return False  # not "In children, talk therapy reduces …": a noun opening the subject
        # "Men should talk to their doctor about …", "If you have ringing in your ears, you should see a doctor":
        # a modal's advice after a short subject, at the opening or right after an opening clause
        if mention.label == "call_to_action" and analysis.tokens[mention.first].lower in MODALS and (
                mention.first <= words[min(len(words) - 1, ADVICE_SUBJECT_WORDS)]
                or 0 <= advice_at <= mention.first <= words[min(len(words) - 1, words.index(advice_at)
                                                                + ADVICE_SUBJECT_WORDS)]):
            return False
        if mention.label == "call_to_action" and (
                mention.first == after_opening_phrase and (analysis.tokens[mention.first].lower == "it"
                                                            or analysis.tokens[mention.first].lower.endswith("ing"))
                # "If you experience vomiting, or are unable to …, please call the doctor's office": a request
                # after any comma
                or analysis.tokens[mention.first].lower == "please" and mention.first > first
                and analysis.tokens[mention.first - 1].text == ","):
            return False  # "Hence, it's best to avoid …", "Due to …, consulting a doctor is essential"
        if mention.label == "meta" and (mention.first <= words[min(len(words) - 1, 4)]
                                        or mention.first == after_opening_phrase):
            return False
    return True


def _advises_people(analysis: Analysis, words: list[int]) -> bool:
    """A sentence that tells people what to do: a subject that names people ("Adults aged 65 and over", "Infants
    aged 6 to 11 months", "You"; its head before any words that narrow it, `advised_people`), a modal of advice
    (`advice_modals`, "should") and a verb of doing, not negated ("Adults over 40 should have an eye test at least
    every two years", "People on a salt-restricted diet should check the label"). A recommendation, which the gold
    scheme codes as a call to action, no claim. Not a harm warned of ("People with lung disease should not use
    HBOT": a contraindication, a safety claim), nor what people should notice or be ("You should feel better within
    a week": a promised result, `lexicons/requests.yml` `expected_verbs`), nor a thing's subject ("Treatment should
    start within an hour", "Your haemoglobin should start to rise")."""
    tokens = analysis.tokens
    modal = next((n for n, i in enumerate(words[:ADVICE_SUBJECT_SPAN + 1])
                  if tokens[i].lower in request_words("advice_modals")), None)
    if modal is None or modal == 0 or modal + 1 >= len(words):
        return False
    n = modal + 1
    while n < len(words) and tokens[words[n]].lower in request_words("advice_adverbs"):
        n += 1  # "You should still have the vaccine", "… should also receive …"
    if n >= len(words) or tokens[words[n]].lower in request_words("advice_negations") \
            or not verb_base_form(tokens[words[n]]) or tokens[words[n]].lemma in request_words("expected_verbs") \
            or _advice_argued(analysis, words[n:]):
        return False
    subject: list[str] = []
    for i in words[:modal]:
        token = tokens[i]
        if subject and (token.lower in PREPOSITIONS or token.lower in RELATIVES or token.like_num
                        or participle(token) or past_participle(token) or token.lower in ("and", "or", "over")):
            break  # "Adults aged 65 and over", "Adults who have no evidence of immunity": the head comes first
        subject.append(token.lower)
    # the reader or people named by who they are, after a determiner or quantifier at most: not a profession, whose
    # "should" is a practice recommended ("Nurses should screen older patients for frailty")
    return 0 < len(subject) <= PERSON_SUBJECT_WORDS and lemma_table().get(subject[-1], subject[-1]) \
        in request_words("advised_people") and all(w in subject_words()["plural_quantifiers"]
                                                   or w in subject_words()["person_determiners"] for w in subject[:-1])


def _advice_argued(analysis: Analysis, words: list[int]) -> bool:
    """Advice from its verb on that asserts what it is for or why, or promises what comes of it: a reason ("Parents
    should avoid the vaccine because it causes autism"), a purpose after the verb's object ("People with diabetes
    should take cinnamon to lower their blood sugar": a verb's own form after "to"; not the verb's own "to", "should
    try to rest"), or a comparative or results got or had ("You should have clearer skin in 14 days", "Patients
    should get results within a week"). The advice carries a claim, which the evidence stage must see."""
    tokens = analysis.tokens
    reasons = request_words("reason_words")
    for n, i in enumerate(words):
        word = tokens[i].lower
        if word in reasons:
            return True
        if word == "to" and n > 1 and n + 1 < len(words) and tokens[words[n + 1]].lower in verb_lemmas():
            return True
    after = [tokens[i].lower for i in words[1:3]]
    return tokens[words[0]].lemma in request_words("result_verbs") and any(
        _comparative(word) or word in request_words("result_objects") for word in after)


# at most this many words before a modal of advice, its subject with what narrows it ("Adults who have no evidence of
# immunity should …", "Anyone with questions about their cholesterol treatment should …")
ADVICE_SUBJECT_SPAN = 10


def _reasons_in_advice(analysis: Analysis, first: int, last: int, bare: bool = False) -> list[Clause]:
    """The clauses of an instruction or call to action that assert something of their own: a reason after a comma
    ("Do not take more than 6 lozenges a day, because long-term high doses of zinc can cause copper deficiency")
    and a ", which" clause on a noun it names ("Keep up to date with vaccines, which prevent some of the infections
    that lead to sepsis"). The advice itself stays no claim (the gold scheme: a reason clause after advice is a
    claim of its own). `bare`: a reason word needs no comma before it (a list item of cases, "never, because the
    vaccine causes autism", "- a cut turns red because sepsis can cause organ failure")."""
    tokens = analysis.tokens
    reasons = request_words("reason_words")
    found = [clause for clause in cut_clauses(analysis, first, last) if clause.which]
    for i in range(first + 1, last - 1):
        if tokens[i].lower in reasons and (bare or tokens[i - 1].text == ","):
            end = last
            while end > i + 1 and (tokens[end - 1].is_space or tokens[end - 1].is_punct):
                end -= 1
            found = [clause for clause in found if clause.last <= i] + [Clause(i, end)]
            break
    return found


# at most this many words of a condition before the instruction it leads to
CONDITION_WORDS = 30


def _advice_after_condition(analysis: Analysis, words: list[int]) -> bool:
    """An instruction after an opening condition whose own commas list things ("If you have severe back pain,
    numbness or weakness, see a doctor", "If your reliever is not helping, or you are too breathless to speak, eat
    or sleep, call emergency services"): after one of its commas, a verb's base form opens an instruction
    (`_instruction`), perhaps after a request word (", please speak to a professional"). Not a condition followed
    by a statement ("If left untreated, gout damages the joints"), nor a sentence that goes on to assert after a
    semicolon ("…, see your doctor; these need diagnostic testing rather than screening")."""
    tokens = analysis.tokens
    if not words or tokens[words[0]].lower not in subject_words()["subordinators"]:
        return False
    if any(tokens[i].text == ";" for i in words):
        return False
    requests = load_request_words()[0]
    for n in range(1, min(len(words) - 1, CONDITION_WORDS)):
        if tokens[words[n]].text != ",":
            continue
        rest = words[n + 1:]
        if tokens[rest[0]].lower in requests and len(rest) > 1:
            rest = rest[1:]
        if tokens[rest[0]].lower == tokens[rest[0]].lemma and _instruction(analysis, rest, capitalised=False):
            return True
    return False


# a currency sign before an amount ("$850", "£180 per session"): a price
CURRENCY_SIGNS = frozenset({"$", "£", "€", "¥"})


def _states_price(analysis: Analysis, clause: Clause) -> bool:
    """The clause names a price ("One injection costs $850", "Box of 30 pads: $29.95", "Treatments start at $180 per
    session") and no verb of effect or change word, or sets a price after a colon, whatever the name before it says:
    terms of sale, not a health claim. Not "Saves $200 a year and lowers blood pressure", which says an effect too."""
    tokens = analysis.tokens
    prices = [i for i in range(clause.first, clause.last)
              if tokens[i].text in CURRENCY_SIGNS and i + 1 < clause.last and tokens[i + 1].like_num]
    if not prices:
        return False
    # a price line, "<what is sold>: <price>" ("Energy Boost Plan, 4 weekly shots: £120", "Annual: $89.99 (save
    # 50%)"): the words before the colon name what is sold, those in brackets after the price the deal
    if any(i > clause.first and tokens[i - 1].text == ":" for i in prices):
        return True
    return not any(m.label == "strength:causal" or m.label.startswith("direction:")
                   for m in analysis.of_kind("cue", clause.first, clause.last))


def _opens_with_call_to_action(analysis: Analysis, clause: Clause) -> bool:
    """A second main clause opened by a call to action (", but consulting a doctor is essential before starting it",
    lexicons/cues.yml `call_to_action`) or an instruction's verb (", and see a doctor"): advice, not a claim. A
    modal's advice after a subject (", and patients should talk to their doctor") stays a recommendation."""
    words = [i for i in clause.words(analysis) if not analysis.tokens[i].is_punct]
    if not words:
        return False
    return _instruction(analysis, words, capitalised=False) or any(
        m.label == "call_to_action" and m.first == words[0] and analysis.tokens[m.first].lower not in MODALS
        for m in analysis.of_kind("cue", clause.first, clause.last))


def _labelled_instruction(analysis: Analysis, words: list[int]) -> bool:
    """An instruction after a run-in label ("Non-urgent advice: See a GP if you or your child have …", "Tip: Drink
    water before meals"): a few words with no auxiliary or modal, a colon, then a verb's base form that opens an
    instruction (`_instruction`)."""
    tokens = analysis.tokens
    colon = next((n for n, i in enumerate(words[:RUN_IN_LABEL_WORDS + 1]) if tokens[i].text == ":"), None)
    if not colon or colon + 1 >= len(words) or any(tokens[i].lower in AUXILIARIES or tokens[i].lower in MODALS
                                                   for i in words[:colon]):
        return False
    return _instruction(analysis, words[colon + 1:])


def _leads_into_list(analysis: Analysis, first: int, last: int) -> bool:
    """The sentence ends in a colon right after a word that needs what follows ("These symptoms include:", "… for
    people who:", lexicons/headings.yml list_lead_endings), perhaps with its citations between ("It is particularly
    helpful in [1] [2]:"): it leads into the list under it and asserts nothing."""
    if not _ends_in_colon(analysis, first, last):
        return False
    words = _lead_words(analysis, first, last)
    return len(words) > 1 and words[-2] in heading_cues()["list_lead_endings"]


def _ends_in_colon(analysis: Analysis, first: int, last: int) -> bool:
    """The last token of [first, last) that is no blank is a colon (a list lead's test, before reading its words)."""
    tokens = analysis.tokens
    end = last - 1
    while end >= first and tokens[end].is_space:
        end -= 1
    return end >= first and tokens[end].text == ":"


# at most this many words between a case lead's word and its colon ("Call your doctor if you have:")
CASE_LEAD_WORDS = 3


def _leads_into_cases(analysis: Analysis, first: int, last: int) -> bool:
    """The line ends in a colon shortly after "if" or "when" (lexicons/requests.yml `case_leads`: "Call 911 if:",
    "Seek care immediately if you:"): the list under it names the cases in which to act, not claims."""
    if not _ends_in_colon(analysis, first, last):
        return False
    words = _lead_words(analysis, first, last)
    tail = words[-2 - CASE_LEAD_WORDS:-1]
    leads = request_words("case_leads")
    if any(w in leads and not any(v in CLAUSE_MARKS for v in tail[n + 1:]) for n, w in enumerate(tail)):
        return True
    # "Start preventive treatment when patients experience any of the following:": an instruction's case word (its
    # opening verb may be a noun too: a lead with a case word is no noun phrase)
    if not any(w in leads for w in words):
        return False
    opening = [i for i in range(first, last) if not analysis.tokens[i].is_space]
    token = analysis.tokens[opening[0]]
    return token.text[:1].isupper() and verb_base_form(token) and token.lower not in AUXILIARIES \
        and token.lower not in QUESTION_WORDS and not _subject_then_verb(analysis, opening)


def _states_an_effect(analysis: Analysis, first: int, last: int) -> bool:
    """An item of cases that says what something does or changes (a cue of an effect category, lexicons/requests.yml
    `case_effect_categories`) before any reason word and with no negation before it: "- Antibiotics treat bacterial
    infections", "- Statins prevent strokes" are claims even under "## When to see a GP"; "- the pain has not
    improved after 2 weeks" is the case to act in, and "- a cut turns red because sepsis can …" gives its reason
    (`_reasons_in_advice`)."""
    tokens = analysis.tokens
    reasons, negations = request_words("reason_words"), request_words("advice_negations")
    end = next((i for i in range(first, last) if tokens[i].lower in reasons), last)
    categories = request_words("case_effect_categories")
    for mention in analysis.of_kind("cue", first, end):
        if mention.label in categories:
            return not any(tokens[i].lower in negations for i in range(first, mention.first))
    return False


def _heads_cases(analysis: Analysis, first: int, last: int) -> bool:
    """A heading over the cases in which to act: "When to" or "When should" opens it, perhaps after a label ("## When
    to see a GP", "## Urgent advice: when to call 999"), or a case word ends it, perhaps before "you" ("## Urgent
    advice: call an ambulance if you", "## See a GP if"), lexicons/requests.yml `case_leads`. Its list items ("the
    verruca has not gone after 12 weeks", "you have diabetes") are conditions to act on, not claims, as under a
    lead that ends "if:" (`_leads_into_cases`). Not "## When it works" nor "## What happens if you stop"."""
    words = [t.lower for t in analysis.tokens[first:last] if t.text.isalpha()]
    label = next((n + 1 for n, t in enumerate(analysis.tokens[first:last]) if t.text == ":"), 0)
    # (a number is a word here: "call 999 if you")
    opening = [t.lower for t in analysis.tokens[first:last][label:] if not (t.is_punct or t.is_space)]
    leads = request_words("case_leads")
    if len(opening) > 2 and opening[0] in leads and opening[1] in request_words("case_heading_links"):
        # "When should I call …": the verb after the subject
        at = 3 if opening[2] in request_words("case_heading_subjects") else 2
        return _seeks_care(opening[at:])
    ends_in_case = len(words) > 2 and (words[-1] in leads or words[-2] in leads and words[-1] == "you")
    return ends_in_case and _seeks_care(opening)


# the words after a heading's verb within which the care it seeks is named ("get urgent medical help", "go to A&E")
CARE_WORDS_AFTER_VERB = 3


def _seeks_care(words: list[str]) -> bool:
    """The verb that opens `words` seeks care or a check (lexicons/instructions.yml `instruction_after_case_verbs`, the
    words the instruction readings of the rules take: "see a GP", "call 999", "seek help", "get help"), a verb of
    result only with care named after it ("see a GP", not "see results"), any other verb only with care named
    right after it ("go to A&E"). A heading of when to use, expect or take something ("When to use ArthroEase",
    "When to expect results", "When to vaccinate") is no case lead: its list items claim."""
    if not words:
        return False
    lists = load_instruction_words()
    care_named = any(w in lists["instruction_care"] for w in words[1:1 + CARE_WORDS_AFTER_VERB])
    if words[0] in lists["instruction_after_case_verbs"] and words[0] not in lists["result_verbs"]:
        return True
    return care_named


def _leads_into_signs(analysis: Analysis, first: int, last: int) -> bool:
    """A list lead or heading that names signs, symptoms or risks (lexicons/requests.yml `sign_leads`: "Symptoms of
    a kidney infection can include:", "## Signs of anaphylaxis", "the risk is highest in:")."""
    signs = request_words("sign_leads")
    return any(analysis.tokens[i].lower in signs for i in range(first, last))


def _block_first(analysis: Analysis, segment) -> int:
    """The first token of the segment's block (the paragraph a list lead ends)."""
    return min(segment.first, analysis.block_span(segment.block)[0])


def _lead_words(analysis: Analysis, first: int, last: int) -> list[str]:
    """The lower-cased words of [first, last), citation brackets ("[1]", "[2, 3]") left out."""
    tokens = analysis.tokens
    words, inside = [], False
    for i in range(first, last):
        text = tokens[i].lower
        if text == "[":
            inside = True
        elif text == "]":
            inside = False
        elif not inside and not tokens[i].is_space:
            words.append(text)
    return words


def _instruction(analysis: Analysis, words: list[int], capitalised: bool = True) -> bool:
    """A sentence opened by a verb's base form that can be no noun gives an instruction ("Lose weight if you need
    to", "Avoid salty snacks", "Eat more fibre"); a noun that is also a verb opens statements ("Exercise lowers …",
    "Smoking …"), so the call-to-action cues list those verbs one by one. Not the first part of a compound
    ("Long-term studies", "Inter-observer variability") nor a request word, whose frames are read apart ("Please
    note that …", lexicons/requests.yml)."""
    token = analysis.tokens[words[0]]
    if len(words) > 1 and analysis.tokens[words[1]].text in ("-", "\u2010", "\u2011"):
        return False
    if token.lower in request_words("instruction_adverbs") and (token.text[:1].isupper() or not capitalised) \
            and len(words) > 2 and verb_base_form(analysis.tokens[words[1]]) \
            and analysis.tokens[words[1]].lower not in AUXILIARIES and analysis.tokens[words[1]].lower not in MODALS:
        return True  # "Always carry your reliever with you", "Never plunge alone": the adverb before the verb
    # a verb that is also a noun is an instruction's when the reader is its object ("Support your immune system!")
    # … and so is one right before an article: a noun opening a subject takes no article after it ("Fight the flu
    # naturally with elderberry syrup", "Support the liver with milk thistle", "Wear the eye shield at night": what
    # looks like a verb after the article is the object's noun)
    addresses_reader = len(words) > 1 and (analysis.tokens[words[1]].lower in request_words("reader_objects")
                                           or analysis.tokens[words[1]].lower in ARTICLES) \
        and token.lower not in PREPOSITIONS
    amount = _amount_follows(analysis, words)
    return (token.text[:1].isupper() or not capitalised) and token.lower == token.lemma \
        and token.lemma in verb_lemmas() \
        and (token.lemma not in noun_lemmas() or addresses_reader or _manner_follows(analysis, words)
             or _direction_follows(analysis, words, amount) or _no_verb_follows(analysis, words)) \
        and token.lower not in AUXILIARIES and token.lower not in QUESTION_WORDS \
        and token.lower not in load_request_words()[0] and (addresses_reader or amount
                                                            or not _subject_then_verb(analysis, words))


def _no_verb_follows(analysis: Analysis, words: list[int]) -> bool:
    """A sentence opened by a verb that is also a noun, with no verb a noun subject could have outside its
    subordinate clauses ("Shake well before use.", "Cut out gluten, dairy and sugar.", "Wear it until the swelling
    goes down."): with nothing for it to be the subject of, the opening word is the instruction's verb. Not
    "Exercise lowers blood pressure", "Weight loss and exercise help you …", "Like a muscle, your brain needs …"
    (a verb of a subject follows), nor a list item or heading without a full stop ("Support for joint health"), nor
    a word that opens a noun phrase cut off by a clause ("Cough that lasts more than three weeks.") or heads one
    before "of" ("Boost of energy in minutes.": a fragment that promises, no verb's object)."""
    tokens = analysis.tokens
    if len(words) < 3 or tokens[words[-1]].text not in (".", "!") or tokens[words[1]].is_punct \
            or tokens[words[1]].lower in request_words("instruction_stops") or tokens[words[1]].lower == "of" \
            or tokens[words[0]].lower in PREPOSITIONS:
        return False
    subordinate = False  # inside a clause opened by a subordinator ("… until you have not been sick")
    subordinators = request_words("instruction_subordinators")
    for n in range(1, len(words)):
        token, before = tokens[words[n]], tokens[words[n - 1]].lower
        if token.lower in subordinators and before != "such":  # not "such as"
            subordinate = True
        elif token.lower in (",", ";"):
            subordinate = False
        if subordinate or token.is_punct:
            continue
        if token.lower in AUXILIARIES or token.lower in MODALS or _third_person_verb(analysis, words[n]) \
                or plural_subject_verb(analysis, words[0], words[n]):
            return False
        # a past form is a subject's verb ("… heart problems … happened in 11.7%") unless it follows the object it
        # describes ("keep them covered") or ends a compound ("fine-tipped")
        if token.lower != token.lemma and token.lemma in verb_lemmas() and before not in OBJECT_PRONOUNS \
                and before not in HYPHENS \
                and (token.lower.endswith("ed") or token.lower in irregular_past_forms()):
            return False
        # an -s form is a subject's verb ("Exercise lowers …", "Blood pressure matters") unless a noun's marker or
        # an infinitive comes before it ("Teach children to catch coughs")
        if verb_s_form(token) and before not in ARTICLES and before not in NOUN_MARKERS \
                and before not in PREPOSITIONS and before not in ("and", "or") \
                and not tokens[words[n - 1]].like_num \
                and not (n > 2 and tokens[words[n - 2]].lower == "to" and verb_base_form(tokens[words[n - 1]])):
            return False
        # a verb's base form after a noun is a plural subject's verb ("Diet and exercise help you …"), unless it is
        # one of the instruction's own verbs ("… and keep them covered"), an infinitive or a noun after its marker
        if verb_base_form(token) and before not in ("to", "and", "or", ",") and before not in PREPOSITIONS \
                and before not in ARTICLES and before not in NOUN_MARKERS \
                and (token.lemma not in noun_lemmas() or n + 1 < len(words)
                     and tokens[words[n + 1]].lower in OBJECT_PRONOUNS | {"you", "your"}):
            return False
    return True


def _direction_follows(analysis: Analysis, words: list[int], amount: bool) -> bool:
    """The opening word, a verb that is also a noun, is followed by what a verb takes and a noun opening a subject
    does not: an object pronoun, a possessive, "another", "half" or a count of times (lexicons/requests.yml
    `direction_objects`: "Use them exactly as prescribed", "Use half a sachet for children", "Use once a day"); a
    range of a count ("Spray 2 to 3 times onto the back of the throat", "Add 3 to 5 drops to a diffuser"; not "Type 2
    diabetes …"); or a stretch of time in a sentence with no finite verb ("Use for 10 to 15 minutes, up to three times
    a day"; not "Exercise for 30 minutes a day lowers blood pressure"); or an amount (`amount`, what `_amount_follows`
    read). Directions for use, not statements."""
    if len(words) < 2:
        return False
    tokens = analysis.tokens
    after = tokens[words[1]]
    if after.lower in request_words("direction_objects"):
        return True
    if after.like_num:
        return (len(words) > 3 and tokens[words[2]].lower == "to" and tokens[words[3]].like_num) or amount
    # (an -s form after a number is a noun's plural: "up to three times a day")
    return after.lower == "for" and not any(
        verb_s_form(tokens[i]) and not tokens[i - 1].like_num or past_participle(tokens[i])
        or tokens[i].lower in AUXILIARIES or tokens[i].lower in MODALS or tokens[i].lower in irregular_past_forms()
        for i in words[2:])


def _amount_follows(analysis: Analysis, words: list[int]) -> bool:
    """The opening verb takes an amount as its object, in a sentence with no finite verb after it: "Add 3 drops to a
    glass of water", "Dissolve 2 heaped scoops in warm water", "Hold 20 cm from your face and spray twice", "Apply 1
    pump to clean skin": a dose or a direction of use. A number after a noun that opens a subject names a kind or a
    stage, and the subject's verb follows ("Type 2 diabetes raises …", "Stage 3 tumours are …", "Grade 2 burns heal
    …"): an -s verb not after a number, an auxiliary or modal, a past form, or a base form right after a plural
    noun or a subject pronoun ("Cut 500 calories a day and you lose …"); nor is a purpose ("Walk 10,000 steps a day
    to halve your risk …", read as advice with its reason). A participle before a noun is an adjective
    of the amount ("heaped scoops"). The opening verb is one of using or placing a product (lexicons/requests.yml
    `amount_verbs`) or can be no noun (not "Dose 2 cut the risk …", "Group 2 set a record …"), and the amount is no
    comparison ("Boost 3 times more collagen", "40% more energy": `amount_comparatives`)."""
    tokens = analysis.tokens
    opening = tokens[words[0]]
    if len(words) < 3 or not tokens[words[1]].like_num \
            or opening.lower not in request_words("amount_verbs") and opening.lemma in noun_lemmas():
        return False  # ("Dose 2 cut the risk …", "Group 2 set a record …": a noun naming one of a series)
    comparatives = request_words("amount_comparatives")
    if any(tokens[i].lower in comparatives for i in words[2:5]):
        return False  # ("3 times more collagen", "40 % more energy")
    for n, i in enumerate(words[2:], 2):
        token, before = tokens[i], tokens[words[n - 1]]
        adjective = n + 1 < len(words) and tokens[words[n + 1]].lemma in noun_lemmas()
        counted = before.like_num or any(c.isdigit() for c in before.text)  # ("2–3 times")
        if verb_s_form(token) and not counted or token.lower in AUXILIARIES or token.lower in MODALS \
                or token.lower in irregular_past_forms() or past_participle(token) and not adjective \
                or verb_base_form(token) and (before.lower != before.lemma and before.lemma in noun_lemmas()
                                              or before.lower in CLAUSE_PRONOUNS or before.lower == "to"):
            return False  # ("… and you lose a pound a week", "… to halve your risk": a promise or a purpose)
    return True


# the words a promised result's subject may run to after "and" ("and the pain disappears", "and your skin will")
PROMISE_SUBJECT_WORDS = 4


def _result_promised(analysis: Analysis, words: list[int]) -> bool:
    """After an instruction, "and" opens a clause with a subject of its own and a finite verb: the result the
    instruction promises ("Use it daily and it will cure your arthritis", "Take one a day and the pain disappears for
    good", "Rest and you'll feel better"), a claim as a statement of it is. Not a second instruction ("Rest and drink
    fluids", "Wash the area and dry it", "… and you should see a doctor")."""
    tokens = analysis.tokens
    for n in range(1, len(words) - 2):
        if tokens[words[n]].lower != "and":
            continue
        opener = tokens[words[n + 1]].lower
        if opener not in PRONOUNS and opener not in NOUN_MARKERS and opener not in ARTICLES:
            continue
        for i in words[n + 2:n + 2 + PROMISE_SUBJECT_WORDS]:
            token = tokens[i]
            if token.is_punct:
                break
            if token.lower in request_words("promise_modals") or _third_person_verb(analysis, i):
                return True
    return False


def _subject_then_verb(analysis: Analysis, words: list[int]) -> bool:
    """The opening word is an adjective of a subject whose verb follows within a few words ("Warm compresses ease
    the pain", "Slow breathing lowers blood pressure", "Complete remission occurs in 40%"), not an instruction's
    verb ("Eat more fibre", "Lose weight if you need to": the search stops at a clause opener)."""
    if len(words) > 1 and analysis.tokens[words[1]].lower == "to":
        return False  # "Continue to use your reliever inhaler …": the verb of an instruction and its infinitive
    verbs = {m.first for m in analysis.of_kind("cue", words[0], words[min(len(words) - 1, 4)] + 1)
             if m.label in ("predicate", "strength:causal") or m.label.startswith("direction:")}
    for i in words[2:5]:  # after at least one more word of the subject
        if analysis.tokens[i].lower in request_words("instruction_stops"):
            return False
        if i in verbs or plural_subject_verb(analysis, words[0], i) or _third_person_verb(analysis, i):
            return True
    return False


def _manner_follows(analysis: Analysis, words: list[int]) -> bool:
    """An adverb in -ly right after the opening word ends the instruction's verb phrase ("Start slowly, listen to
    your body", "Exercise regularly to …", "Eat slowly."): a comma, 'and', 'to' or the end follows it. Not an adverb
    before a verb ("Pain usually goes away")."""
    if len(words) < 2:
        return False
    tokens = analysis.tokens
    adverb = tokens[words[1]]
    after = tokens[words[2]].lower if len(words) > 2 else "."
    return adverb.lower.endswith("ly") and adverb.lower.isalpha() and after in request_words("manner_ends")


# at most this many words of a subject before a modal's advice ("Common cold patients should be encouraged to …")
ADVICE_SUBJECT_WORDS = 4


def _is_claim(analysis: Analysis, clause: Clause, follows_claim: bool = False,
              topic_words: frozenset[str] = frozenset(), promised: bool = False,
              paragraph_claimed: bool = False, listed_sign: bool = False, *, item_verb: bool) -> bool:
    """A predicate, something medical (a concept, a word of the article's own topic or a number) to be about, and
    enough words to assert anything; not a request ("please" among its first three words, lexicons/requests.yml)
    nor a name given ("which we commonly know as hemp", lexicons/cues.yml `naming`).
    A clause that carries on the subject of a claim in the same sentence ("… accumulate in the marrow, disrupting
    normal blood cell production", "… and improving outcomes"), or defines a noun of it ("… is made in the
    pancreas, the gland that …"), is about that claim's topic: it needs no topic of its own and two words can
    assert something.
    Not a participle in a list ("while driving, how …") or a gerund that is the subject of a later verb
    ("…, proceeding straight to biopsy …, is suggested")."""
    first, last = clause.first, clause.last
    tokens = analysis.tokens
    clause_words = clause.words(analysis)
    # an item that opens with a verb says it of what the list is about: its -s form ("Burns fat"), or its base form
    # under a heading that announces results ("Burn fat and build lean muscle" under "What TRT Can Do for You")
    item_verb = item_verb or (promised and _promised_verb(analysis, clause))
    positions = [n for n, i in enumerate(clause_words) if not tokens[i].is_punct]
    words = [tokens[i] for i in clause_words if not tokens[i].is_punct]
    if words and words[0].lower in RESULT_ADVERBS | {"by"} and clause.inherit_subject:
        words, positions = words[1:], positions[1:]  # ", thereby enhancing …", "by replacing …": the participle
    continues_claim = follows_claim and bool(words) and (
        clause.apposition or clause.relative or clause.spared or (clause.inherit_subject and participle(words[0])
                                                 and has_complement(analysis, clause_words, positions[0])
                                                 and not _verb_after_comma(analysis, clause))
        # "… increase your risk for stroke, blood clots and possibly dementia": the last outcome of the verb before
        or clause.inherit_subject and words[0].lower in ELLIPSIS_ADVERBS
        # "… can help regulate appetite and reduce cravings for unhealthy foods", "… lowers X and reduces Y": a
        # verb phrase joined to the claim's verb is said of the claim's subject and topic
        or clause.inherit_subject and (clause.coordinated or verb_s_form(words[0])))
    # "Lifts mood and fights depression", "Strengthens bones and prevents fractures": a list item opened by a verb
    # leaves its subject out, so a verb and its object already assert something (and the verb phrase joined to it
    # continues it)
    if len(words) < (1 if listed_sign else 2 if continues_claim or item_verb else 3):
        return False
    requests, frames = load_request_words()
    if any(w.lower in requests and (n + 1 >= len(words) or words[n + 1].lower not in frames)
           for n, w in enumerate(words[:3])):
        return False  # "Lord, please protect …", "COVID-19 please stop spreading": a request opens the clause
    if _describes_procedure(analysis, clause_words):
        return False  # "Self-reports were collected using daily diaries": how a study or product is made
    if _states_price(analysis, clause):
        return False  # "One injection costs $850": a term of sale
    if is_own_service(analysis, first, last) or is_own_care_talk(analysis, first, last):
        return False  # "Our helpline is open …", "Your surgeon will talk through the options": service and care talk
    opening = [i for i in clause_words if not tokens[i].is_punct][:2]
    if any(m.label == "naming" and m.first in opening for m in analysis.of_kind("cue", first, last)):
        return False  # "… which we commonly know as hemp", "We call this …": a name given (cues.yml naming)
    if _names_audience(analysis, clause):
        return False  # "Whether you're new to running or …, …": whom the text is for (cues.yml audience)
    if _run_in_label(analysis, clause):
        return False  # "Enhanced immune system function: Ozone may …": the label of the sentence after the colon
    # an item of a list of signs, symptoms or risks ("- tiredness", "- are over 60") completes its lead: the verb
    # and the topic are the lead's; an item under a heading that promises results ("- Sharper memory and focus"
    # under "What NMN can do for you") completes "<it> gives you …", a claim when it names something medical
    has_predicate = listed_sign or promised or clause.apposition or clause.shares_verb or clause.relative \
        or clause.spared or bool(
        find_predicates(analysis, first, last)) or item_verb or \
        _labelled_description(analysis, clause) or (
        clause.inherit_subject and (
            words[0].lower.endswith("ing")  # "… while leaving healthy cells unharmed"
            or words[0].lower in ELLIPSIS_ADVERBS  # "… and potentially even a cure": the verb is the first clause's
            or past_participle(words[0])))  # "…, tailored to each patient"
    topic_first, topic_last = clause.topic_span or (first, last)
    # a lead-in before a colon ("One thing is for sure: …") counts no number as its topic: "one" is no figure there
    lead_in = last < len(tokens) and tokens[last].lower == ":"
    # "Supports healthy digestion" under a product's heading: the item says it of what the heading or label names
    has_topic = continues_claim or item_verb or listed_sign or bool(
        analysis.of_kind("concept", topic_first, topic_last)) or any(
        (t.like_num and not lead_in) or t.lemma in topic_words for t in analysis.tokens[topic_first:topic_last]) \
        or _says_health_effect(analysis, first, last) or _reports_finding(analysis, first, last) \
        or _acts_on_body(analysis, first, last) or _causes_everyday_effect(analysis, first, last)
    return has_predicate and (has_topic or paragraph_claimed and _third_person_statement(analysis, clause, len(words)))


def _continues_list(blocks, claimed: int, block: int) -> bool:
    """Every block after the `claimed` one up to `block` is a list item: the list goes on from the paragraph or item
    that made the claim."""
    return 0 <= claimed < block and all(blocks[b].kind == "item" for b in range(claimed + 1, block + 1))


def _third_person_statement(analysis: Analysis, clause: Clause, word_count: int) -> bool:
    """A statement of running text said in the third person, after a claim of its paragraph (or of the paragraph and
    items its list goes on from), needs no medical word of its own: a sentence of a paragraph or list item (not a
    heading, caption or question) with a finite predicate, at least `PLAIN_STATEMENT_WORDS` words, and no word of
    the page's speaker or reader, nor a quotation mark, before its first predicate (lexicons/topics.yml
    `speaker_words`). What a health page goes on to state of what its paragraph made a claim about is checkable
    whatever its words: "It usually develops within minutes", "Results in mice do not always carry over to
    humans", "Rules in other countries vary". Said by the page's "we" or to its "you" without a medical word, it is
    the site speaking ("We accept HSA and FSA cards", "You are not alone", "Your partner will thank you") or a
    testimonial's feeling ('"My doctor was amazed'), not a claim; nor is advice ("should"), the writer's comment
    ("It is important to …") or a rejection opening the sentence ("There is no evidence for this.")."""
    if word_count < PLAIN_STATEMENT_WORDS:
        return False
    segment = analysis.segment_at(clause.first)
    blocks = analysis.source.blocks
    if segment is None or segment.kind != "sentence" or not 0 <= segment.block < len(blocks) \
            or blocks[segment.block].kind not in ("paragraph", "item") \
            or analysis.text_of(segment.first, segment.last).rstrip().endswith("?"):
        return False
    tokens = analysis.tokens
    predicates = find_predicates(analysis, clause.first, clause.last)
    if not predicates or clause.inherit_subject and analysis.tokens[clause.first].lower.endswith("ing"):
        return False  # "…, driving, shopping or walking in Canada": a participle's clause carries on a claim or none
    before = predicates[0]
    if any(m.label == "rejection" and m.first == clause.first
           for m in analysis.of_kind("mention", clause.first, clause.last)):
        return False  # "There is no evidence for this.": the page's verdict on the claim before (its voice)
    if tokens[before].lower in request_words("advice_modals"):
        return False  # "Doses should always be reduced gradually, with a doctor's advice": advice
    words = [i for i in clause.words(analysis) if not tokens[i].is_punct]
    if len(words) > 2 and tokens[words[0]].lower == "it" and tokens[words[1]].lemma == "be" \
            and tokens[words[2]].lower in subject_words()["extraposed"]:
        return False  # "It is important to be honest about what we don't know yet": the writer's comment
    speakers = _speaker_words()
    return not any(tokens[i].lower in speakers or tokens[i].text in QUOTE_MARKS for i in range(clause.first, before))


# at most this many words, a statement is too short to be checked without a medical word ("This is expected",
# "these are frightening", "there is help": a comment on what was said before)
PLAIN_STATEMENT_WORDS = 4


@lru_cache(maxsize=1)
def _speaker_words() -> frozenset[str]:
    """lexicons/topics.yml `speaker_words`: the page's speaker and reader (lower case)."""
    return lexicon_words("lexicons/topics.yml", TOPIC_KEYS, "speaker_words")


# at most this many words make a run-in label ("Anti-inflammatory effects: …")
RUN_IN_LABEL_WORDS = 4


def _run_in_label(analysis: Analysis, clause: Clause) -> bool:
    """A few words that open their sentence and end at a colon before a sentence of at least three words, with no
    auxiliary or modal ("Enhanced immune system function: Ozone therapy may stimulate …", "Anti-inflammatory
    effects: It is suggested that …"): a noun phrase naming what the sentence after it says, set in the sentence
    like a list label; an opening participle or a plural noun in it reads as a verb but is none."""
    tokens = analysis.tokens
    segment = analysis.segment_at(clause.first)
    words = [i for i in clause.words(analysis) if not tokens[i].is_punct]
    if segment is None or not words or words[0] != next(
            (i for i in range(segment.first, segment.last) if not tokens[i].is_space), -1):
        return False
    if clause.last >= segment.last or tokens[clause.last].text != ":":
        return False
    after = [i for i in range(clause.last + 1, segment.last) if not tokens[i].is_space and not tokens[i].is_punct]
    return len(words) <= RUN_IN_LABEL_WORDS and len(after) >= 3 and not any(
        tokens[i].lower in AUXILIARIES or tokens[i].lower in MODALS for i in words)


def _names_audience(analysis: Analysis, clause: Clause) -> bool:
    """The clause opens with an audience cue ("Whether you're …", lexicons/cues.yml `audience`) and a comma ends it:
    it says whom the text is for, and it has no subject for the clauses after it."""
    tokens = analysis.tokens
    words = [i for i in clause.words(analysis) if not tokens[i].is_punct]
    return bool(words) and clause.last < len(tokens) and tokens[clause.last].text == "," and any(
        m.label == "audience" and m.first == words[0] for m in analysis.of_kind("cue", clause.first, clause.last))


PASSIVE_AUXILIARIES = frozenset({"is", "are", "was", "were"})


@lru_cache(maxsize=1)
def procedure_participles() -> frozenset[str]:
    """pipeline/lexicons/methods.yml `procedure_participles`."""
    return lexicon_words("lexicons/methods.yml", {"procedure_participles"}, "procedure_participles")


def _describes_procedure(analysis: Analysis, words: list[int]) -> bool:
    """The clause's first "is / are / was / were" is the passive of a step of a study or a production process
    (lexicons/methods.yml), perhaps after an adverb, and the clause holds no number: it says how something was
    done, not what anything does."""
    tokens = analysis.tokens
    if any(tokens[i].like_num for i in words):
        return False
    auxiliary = next((n for n, i in enumerate(words) if tokens[i].lower in PASSIVE_AUXILIARIES), None)
    if auxiliary is None or auxiliary + 1 >= len(words):
        return False
    participle_at = auxiliary + 1
    if tokens[words[participle_at]].lower.endswith("ly") and participle_at + 1 < len(words):
        participle_at += 1  # "were randomly assigned"
    return tokens[words[participle_at]].lower in procedure_participles()


def _item_opens_with_verb(analysis: Analysis, clause: Clause) -> bool:
    """A list item that opens with the -s form of a verb says it of what the list is about, its subject left out
    ("Balances blood sugar in 7 days", "Causes joint pain"): not a noun with a preposition ("Results in 7 days")
    (`clauses.item_opens_with_verb`)."""
    return item_opens_with_verb(analysis, clause.words(analysis))


def _promises(heading: str) -> bool:
    """The heading announces what a product or treatment does for the reader (lexicons/headings.yml
    `promise_headings`: "What TRT Can Do for You", "Your Results With FastWise", "Benefits")."""
    words = " " + " ".join(re.findall(r"[a-z']+", heading.lower().replace("\u2019", "'"))) + " "
    return any(f" {phrase} " in words for phrase in heading_cues()["promise_headings"])


def _compared_item(analysis: Analysis, segment) -> bool:
    """The segment opens its list item with a comparative (`_comparative`: "Sharper memory and focus", "Less bloating
    and wind", "Calmer, clearer skin", "Stronger than prescription antibiotics"): the item names a state after, set
    against the state before or against a rival, which is what a list of results says whatever its heading. Not a
    comparative that heads a phrase of its own ("More of our range", "Less of the same") nor a quantity ("More than
    500 reviews")."""
    tokens = analysis.tokens
    if segment.kind != "sentence" or segment.first != _block_first(analysis, segment):
        return False
    words = [i for i in range(segment.first, segment.last) if not tokens[i].is_space]
    if len(words) < 2 or not _comparative(tokens[words[0]].lower):
        return False
    following = tokens[words[1]]
    if following.lower == "than":
        return len(words) > 2 and not tokens[words[2]].like_num
    # ("Firmer, younger-looking skin", "Healthier-looking skin": a comma or a hyphen may join the next word)
    return following.lower != "of" and (not following.is_punct or following.text in HYPHENS | {","}) \
        and not any(_tensed_after_noun(tokens, i) for i in words[1:])


def _tensed_after_noun(tokens, i: int) -> bool:
    """A tensed verb ("comes", "faded", "grew") after a word that is no determiner, adjective or mark: the verb of a
    subject the words before make ("Sharper memory comes from nicotinamide"), where a fragment names a state ("Fewer,
    milder hot flushes": a noun after its adjective)."""
    token, before = tokens[i], tokens[i - 1]
    return inflected_verb(token) and not before.is_punct and before.lower not in DETERMINERS \
        and not pure_adjective(before.lower)


def _promised_verb(analysis: Analysis, clause: Clause) -> bool:
    """The clause opens its list item with a verb's base form that is no auxiliary ("Burn fat …", "Lose up to 10
    pounds …"), nor a number word ("Zero risk of rejection": a quantity)."""
    words = clause.words(analysis)
    segment = analysis.segment_at(clause.first)
    if len(words) < 2 or segment is None or segment.first != words[0]:
        return False
    verb = analysis.tokens[words[0]]
    return verb_base_form(verb) and verb.lower not in AUXILIARIES and verb.lower not in MODALS \
        and not verb.like_num


def _promised_result(analysis: Analysis, clause: Clause) -> bool:
    """The clause opens a list item that names a result (under a heading that promises results, `_promises`): with a
    verb's base form that completes "<it> can …" ("Lose up to 10 pounds", "Skyrocket your energy") or with a
    comparative that is set against nothing named ("Sharper memory and focus", "More energy and a sharper mind"; not
    "Faster than any other tea"): the state after the product against the state before. An item opening with a verb's
    -s form ("Contains 20 probiotic strains", "Rebuilds cartilage") is read by its verb (`_item_effect_cues`)."""
    words = clause.words(analysis)
    segment = analysis.segment_at(clause.first)
    if len(words) < 2 or segment is None or segment.first != words[0]:
        return False
    tokens = analysis.tokens
    if _promised_verb(analysis, clause):
        # the verb takes an object or a phrase ("Burn fat", "Lose up to 10 pounds"); an adjective joined to another
        # ("Clear and tan sizes") is none
        return not tokens[words[1]].is_punct and tokens[words[1]].lower not in PREPOSITIONS_OR_JOINERS
    if any(tokens[i].lower == "than" for i in words):
        return False
    # a comparative modifies the noun after it; a word before "of" heads its own phrase ("Number of users")
    return _comparative(tokens[words[0]].lower) and tokens[words[1]].lower != "of"


def _comparative(word: str) -> bool:
    """A comparative adjective: an irregular one (lexicons/headings.yml `irregular_comparatives`) or an adjective's
    "-er" form by the lemma table ("sharper", "healthier", "bigger", "safer"; an "-r" added to an "-e" makes no
    comparative of a word that is a noun of its own: "liver")."""
    if word in heading_cues()["irregular_comparatives"]:
        return True
    lemma = lemma_table().get(word, word)
    if lemma == word or lemma not in _adjectives()[0]:
        return False
    stem = lemma[:-1] + "i" if lemma.endswith("y") else lemma
    return word in (f"{stem}er", f"{lemma}{lemma[-1:]}er") or word == f"{lemma}r" and word not in noun_lemmas()


# after the adjective that opens a labelled item: "Calcium: Important for bone health", "… more affordable than …"
DESCRIPTION_LINKS = frozenset({"for", "in", "against", "than", "to"})


def _labelled_description(analysis: Analysis, clause: Clause) -> bool:
    """A list item under a label that opens with an adjective and its complement ("Calcium: Important for bone
    health", "Cost-effective: Generally more affordable than therapy"): "<label> is …" with the verb left out. The
    adjective is told by the preposition after it (an adverb and "more / less" may come before)."""
    words = clause.words(analysis)
    segment = analysis.segment_at(clause.first)
    blocks = analysis.source.blocks
    if len(words) < 3 or segment is None or segment.first != words[0] or not 0 < segment.block < len(blocks) or \
            blocks[segment.block].kind != "item" or blocks[segment.block - 1].kind != "label":
        return False
    tokens = analysis.tokens
    n = 0
    while n < len(words) - 2 and (tokens[words[n]].lower.endswith("ly")
                                  or tokens[words[n]].lower in ("more", "less", "most")):
        n += 1
    return tokens[words[n + 1]].lower in DESCRIPTION_LINKS


REQUEST_KEYS = {"request_words", "statement_frames", "reader_objects", "case_leads", "question_verbs",
                "question_words", "case_item_verbs", "criterion_signs", "sign_leads", "reason_words",
                "advice_modals", "direction_objects", "instruction_adverbs", "expected_verbs", "advised_people",
                "result_verbs", "result_objects", "instruction_subordinators", "instruction_stops", "advice_adverbs",
                "advice_negations", "promise_modals", "manner_ends", "amount_verbs", "amount_comparatives",
                "case_heading_links", "case_heading_subjects", "case_effect_categories"}


@lru_cache(maxsize=1)
def load_request_words() -> tuple[frozenset[str], frozenset[str]]:
    """pipeline/lexicons/requests.yml: words that make a clause a request to the reader, and the words after them
    that make it a statement's frame instead ("please note that …")."""
    data = read_lexicon("lexicons/requests.yml", REQUEST_KEYS)
    if not isinstance(data.get("request_words"), list) or not isinstance(data.get("statement_frames", []), list):
        raise DataError("needs request_words and statement_frames (lists)", "pipeline/lexicons/requests.yml")
    return (lower_words(data["request_words"]),
            lower_words(data.get("statement_frames", [])))


@lru_cache(maxsize=None)
def request_words(key: str) -> frozenset[str]:
    """One word list of pipeline/lexicons/requests.yml, lower-cased: `reader_objects` (the reader as the object of
    an opening verb, "your"), `case_leads` (the words of a lead into a list of cases to act in, "… if:"),
    `question_verbs` (lemmas) and `question_words`, `case_item_verbs` (the opening verbs of a list item naming the
    reader's case), `criterion_signs` (the signs that open a criterion, "≥"), `reason_words` (a reason after advice),
    `advice_modals` (a clause that recommends) and the words an instruction's or advice's grammar is read by
    (`instruction_subordinators`, `instruction_stops`, `advice_adverbs`, `advice_negations`)."""
    return lexicon_words("lexicons/requests.yml", REQUEST_KEYS, key)


# a question verb this far into its clause at most, and its 'whether' / 'if' this far after it ("asks Dr. Skyler
# Johnson if")
QUESTION_VERB_WORDS, QUESTION_OBJECT_WORDS = 8, 5


def _reports_question(analysis: Analysis, clause: Clause) -> bool:
    """The clause's verb asks or wonders and 'whether' or 'if' follows it within a few words ("someone asks Dr.
    Johnson if ivermectin can treat their cancer"): a question reported, not a claim. Not a participle after a
    subordinator or "be" ("When asked if …, experts said …", "is often asked whether"): the question is then
    the frame of another clause's verb."""
    verbs, question_words = request_words("question_verbs"), request_words("question_words")
    tokens = analysis.tokens
    words = [tokens[i] for i in range(clause.first, min(clause.last, clause.first + 2 * QUESTION_VERB_WORDS))
             if not tokens[i].is_punct and not tokens[i].is_space]
    for n, token in enumerate(words[:QUESTION_VERB_WORDS]):
        if token.lemma in verbs and not (n and (words[n - 1].lower in PREPOSITIONS or words[n - 1].lemma == "be")):
            return any(w.lower in question_words for w in words[n + 1:n + 1 + QUESTION_OBJECT_WORDS])
    return False


def _case_or_criterion(analysis: Analysis, words: list[int]) -> bool:
    """A list item opened by a bare verb of the reader's state ("Have chills and a fever over 38.5 C", "Feel
    confused") under a lead such as "Symptoms include:" or "See a GP if you:": the reader's case, with its subject
    "you" left out, not a claim. A line opened by a threshold sign ("≥2 migraine attacks per month with disability
    lasting ≥3 days"): a criterion to meet, not a statement."""
    tokens = analysis.tokens
    opening = tokens[words[0]]
    verbs = request_words("case_item_verbs")
    if any(opening.text.startswith(sign) for sign in request_words("criterion_signs")):
        return True
    if opening.lower not in verbs:
        return False  # most clauses: nothing more to read
    segment = analysis.segment_at(words[0])
    blocks = analysis.source.blocks
    if len(words) < 2 or segment is None or not 0 <= segment.block < len(blocks) \
            or blocks[segment.block].kind != "item":
        return False
    following = tokens[words[1]]
    # not "Have you …?" nor "Has been shown to …" (an item whose subject is the list's)
    if following.lower in PRONOUNS or following.lower in PERSONAL or past_participle(following) \
            or not following.text[:1].islower():
        return False
    # … nor an item under a lead that gives it a subject through a relative ("… defines dietary supplements as
    # products that: • Have one or more dietary ingredients"): the nearest colon before the list
    colon = next((i for i in range(words[0] - 1, max(words[0] - CASE_LEAD_REACH, 0) - 1, -1)
                  if tokens[i].text == ":"), None)
    if colon is not None and tokens[colon - 1].lower in RELATIVES:
        return False
    if opening.text[:1].isupper():
        return True
    # a lower-case item carries on its lead's sentence ("People with lupus often: • have joint pain"): a case only
    # when the lead speaks to the reader ("You think you or your child may have a kidney infection and: • have blood
    # in your pee")
    if colon is None:
        return False
    lead = analysis.segment_at(colon)
    # (not a lead stating a risk, "Your risk of glaucoma is higher if you: • have diabetes": a risk factor)
    return lead is not None and any(tokens[i].lower in READER_WORDS for i in range(lead.first, colon)) \
        and not _leads_into_signs(analysis, lead.first, colon)


READER_WORDS = frozenset({"you", "your"})


CASE_LEAD_REACH = 200  # tokens back from a list item to the colon of its lead


TOPIC_KEYS = {"min_repeats", "generic_words", "effect_verbs", "evidence_status", "finding_sources", "finding_verbs",
              "speaker_words", "finding_gap_words", "body_effect_verbs", "body_objects",
              "body_function_heads", "figurative_body_objects", "health_modifiers", "body_determiners",
              "mechanical_effect_verbs", "outer_body_parts", "object_ends", "base_verb_gap", "causing_verbs",
              "everyday_effects", "everyday_states", "state_verbs", "effect_followers", "felt_states",
              "felt_state_verbs"}


@lru_cache(maxsize=1)
def load_topic_lexicon() -> tuple[int, frozenset[str]]:
    """pipeline/lexicons/topics.yml: how often a title word must recur, and the generic words that never count."""
    data = read_lexicon("lexicons/topics.yml", TOPIC_KEYS)
    if not isinstance(data.get("min_repeats"), int) or not isinstance(data.get("generic_words"), list):
        raise DataError("needs min_repeats (a number) and generic_words (a list)", "pipeline/lexicons/topics.yml")
    return data["min_repeats"], lower_words(data["generic_words"])


@lru_cache(maxsize=1)
def _effect_verbs() -> tuple[tuple[str, ...], ...]:
    """lexicons/topics.yml `effect_verbs` and `evidence_status`: lemma sequences that make a clause about health by
    themselves."""
    return tuple(tuple(str(p).split()) for key in ("effect_verbs", "evidence_status")
                 for p in lexicon_list("lexicons/topics.yml", TOPIC_KEYS, key))


@lru_cache(maxsize=1)
def _effect_verbs_by_first() -> dict[str, tuple[tuple[str, ...], ...]]:
    """`_effect_verbs` filed under their first lemma: a clause's words are looked up once each, not compared with every
    sequence at every word."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for sequence in _effect_verbs():
        if sequence:
            by_first.setdefault(sequence[0], []).append(sequence)
    return {first: tuple(sequences) for first, sequences in by_first.items()}


@lru_cache(maxsize=1)
def _finding_words() -> tuple[frozenset[str], frozenset[str]]:
    """lexicons/topics.yml `finding_sources` and `finding_verbs` (lemmas)."""
    return (lexicon_words("lexicons/topics.yml", TOPIC_KEYS, "finding_sources"),
            lexicon_words("lexicons/topics.yml", TOPIC_KEYS, "finding_verbs"))


@lru_cache(maxsize=1)
def _finding_gap_words() -> frozenset[str]:
    """lexicons/topics.yml `finding_gap_words`: what may stand between a source of findings and its verb."""
    words = lexicon_list("lexicons/topics.yml", TOPIC_KEYS, "finding_gap_words")
    return lower_words(words)


def _reports_finding(analysis: Analysis, first: int, last: int) -> bool:
    """The clause reports what research found ("Trials found that zinc does not shorten colds", "Studies have
    shown that …"): a source of findings, a verb of reporting within three words, then 'that' or two more words
    (lexicons/topics.yml `finding_sources`, `finding_verbs`)."""
    tokens = analysis.tokens
    sources, verbs = _finding_words()
    gap_words = _finding_gap_words()
    for i in range(first, last):
        if tokens[i].lemma not in sources:
            continue
        for j in range(i + 1, min(i + 5, last)):
            token = tokens[j]
            if token.lemma in verbs and j + 1 < last:
                that = tokens[j + 1].lower == "that"
                # a bare form after a singular source is a compound noun ("the study report was long")
                verb = token.lower != token.lemma or tokens[i].lower != tokens[i].lemma or j > i + 1
                return that or (verb and j + 2 < last)
            if not (token.lower in gap_words or token.lower.endswith("ly") or token.lower == "n't"):
                break
    return False


def _says_health_effect(analysis: Analysis, first: int, last: int) -> bool:
    """The clause says that something cures, heals or protects against something (lexicons/topics.yml
    `effect_verbs`): "Condoms fully protect against HPV" is a health claim whatever the lexicon knows of its words;
    or it states a regulatory or evidence status ("is not FDA-approved", "has not completed human trials",
    `evidence_status`)."""
    lemmas = [t.lemma for t in analysis.tokens[first:last]]
    if lemmas and () in _effect_verbs():
        return True  # (an empty entry is in every clause)
    by_first = _effect_verbs_by_first()
    return any(tuple(lemmas[i:i + len(p)]) == p for i, lemma in enumerate(lemmas) for p in by_first.get(lemma, ()))


@lru_cache(maxsize=1)
def _everyday_effects() -> tuple[tuple[str, ...], ...]:
    """lexicons/topics.yml `everyday_effects`: lemma sequences of an everyday health effect ("fall asleep",
    "relax"), the longest first so that "stay asleep" is read before "sleep" could be."""
    sequences = {tuple(str(p).split()) for p in lexicon_list("lexicons/topics.yml", TOPIC_KEYS, "everyday_effects")}
    return tuple(sorted((p for p in sequences if p), key=lambda p: (-len(p), p)))


# at most this many words name the person between a causing verb and the effect ("you", "your body", "tired
# runners")
CAUSED_PERSON_WORDS = 3


def _causes_everyday_effect(analysis: Analysis, first: int, last: int) -> bool:
    """The clause says that its subject causes an everyday health effect in a person (lexicons/topics.yml
    `causing_verbs`, `everyday_effects`, `everyday_states`): "Magnesium helps you fall asleep", "Zinc helps you
    recover faster from a cold", "It makes you feel calm", "keeps you regular". The causing verb is said of a
    third-person subject, as in `_acts_on_body`: its -s form, or its base form after a modal, "do", "help" or a
    plural subject; what
    stands before it names no person ("You can help your child fall asleep by …") and opens no instruction ("Try to
    help your baby relax"). The effect ends where it stands (`effect_followers`): "helps you relax the strap",
    "helps you focus on your goals" and "makes you feel better about your choice" are no health effect, nor is
    "helps you find the right size" or "save money", which name none."""
    tokens = analysis.tokens
    causing, gap = _topic_words("causing_verbs"), _topic_words("base_verb_gap")
    for v in range(first + 1, last - 2):
        verb = tokens[v]
        # (the base form after a plural subject too: "These gummies help you relax"; an instruction's "Try to help
        # your baby relax" has neither, its base form after "to" and a verb)
        if verb.lemma not in causing or not (verb_s_form(verb) or verb_base_form(verb) and (
                _governed_base(tokens, v, first) or plural_subject_verb(analysis, first, v)
                or v > first and _plural_by_suffix(tokens[v - 1]))):
            continue
        before = [t for t in tokens[first:v] if not t.is_punct]
        subject = [t.lower for t in before if t.lower not in MODALS and t.lower not in gap and t.lemma != "do"]
        if not subject or _person_subject(subject):
            continue
        for start in range(v + 2, min(v + 2 + CAUSED_PERSON_WORDS, last)):
            if any(t.is_punct or t.like_num for t in tokens[v + 1:start]):
                break
            effect = start + 1 if tokens[start].lower == "to" else start
            end = _everyday_effect_end(analysis, effect, last)
            if end is not None and _effect_ends(analysis, end, last):
                return True
    return False


def _everyday_effect_end(analysis: Analysis, i: int, last: int) -> int | None:
    """Where an everyday effect that opens at `i` ends: a sequence of `everyday_effects` ("fall asleep"), or a verb of
    a state and the state ("feel calm", "stay asleep"), or the state alone after "make" or "keep" ("keeps you
    regular"); None if none opens there. A state of `felt_states` ("better", "well", "sharp") is one only after
    a verb of `felt_state_verbs` ("feel better", "get well", "stay sharp"): alone it is as often a skill ("Practice
    makes you better", "keeps you sharp and organised")."""
    tokens = analysis.tokens
    lemmas = [t.lemma for t in tokens[i:min(i + 3, last)]]
    for sequence in _everyday_effects():
        if tuple(lemmas[:len(sequence)]) == sequence:
            return i + len(sequence)
    states, felt = _topic_words("everyday_states"), _topic_words("felt_states")
    if i < last and (tokens[i].lower in states or tokens[i].lemma in states) and tokens[i].lower not in felt:
        return i + 1
    if i + 1 < last and tokens[i].lemma in _topic_words("state_verbs") and (
            tokens[i + 1].lower in states or tokens[i + 1].lemma in states) and (
            tokens[i + 1].lower not in felt or tokens[i].lemma in _topic_words("felt_state_verbs")):
        return i + 2
    return None


def _effect_ends(analysis: Analysis, end: int, last: int) -> bool:
    """The effect read up to `end` ends there: the clause ends, or a mark, an adverb or a word of
    `effect_followers` comes next ("faster", "from a cold", "at night"), not an object of its own; after a state of
    `felt_states` but "feel", "at" opens what one is good at ("get better at chess"), not a time or a place ("feel
    better at night")."""
    if end >= last:
        return True
    tokens = analysis.tokens
    token = tokens[end]
    if token.lower == "at" and tokens[end - 1].lower in _topic_words("felt_states") and tokens[end - 2].lemma != "feel":
        return False
    return token.is_punct or token.lower in _topic_words("effect_followers") or (
        token.lower.endswith("ly") and manner_adverb(token))


def _plural_by_suffix(token) -> bool:
    """A plural noun the lemmatiser does not know, told by its ending ("gummies", "softgels"): a word of letters
    ending in -s (not -ss, -us, -is: "stress", "Tetris") that is no verb form and was read as its own lemma."""
    word = token.lower
    return word == token.lemma and word.isalpha() and len(word) > 3 and word.endswith("s") \
        and not word.endswith(("ss", "us", "is")) and word not in AUXILIARIES and word not in verb_lemmas()


@lru_cache(maxsize=None)
def _topic_words(key: str) -> frozenset[str]:
    """One word list of lexicons/topics.yml, lower-cased: the verbs and objects of a claim on the body
    (`body_effect_verbs`, `body_objects`) and how an object's head is read (`body_function_heads`,
    `figurative_body_objects`, `health_modifiers`, `body_determiners`, `mechanical_effect_verbs`,
    `outer_body_parts`)."""
    return lexicon_words("lexicons/topics.yml", TOPIC_KEYS, key)


@lru_cache(maxsize=1)
def _object_ends() -> frozenset[str]:
    """The words that end a verb's object, where a new clause or a reason begins: a relative, a subordinator, a
    condition's opener, or one more of lexicons/topics.yml `object_ends` ("because", "than", "until")."""
    return frozenset(RELATIVES | SUBORDINATORS | CONDITION_OPENERS | _topic_words("object_ends"))


# at most this many words of an object's noun phrase are read for the body word it names ("the normal function of
# the immune system", "an irritated gut lining")
BODY_OBJECT_REACH = 7
# prepositions that end an object's noun phrase besides clauses.PREPOSITIONS ("tension between staff")
OBJECT_PREPOSITIONS = frozenset(PREPOSITIONS | {"between", "around", "against", "into", "onto", "about", "across",
                                                "toward", "towards", "behind", "near", "throughout", "beyond"})


def _acts_on_body(analysis: Analysis, first: int, last: int) -> bool:
    """The clause says that its subject does something to the body (lexicons/topics.yml `body_effect_verbs`,
    `body_objects`): "Magnesium relaxes tight muscles", "Zinc shortens a cold", "It can help soothe an irritated gut
    lining", "Vitamin D does not strengthen bones". The verb is said of a third-person subject: its -s form, or its
    base form after a modal, "do" or "help"; something stands before it that is not a person ("You can relax your
    shoulders", "I settle my stomach with tea" and an imperative "Relax your jaw" are what people do, not an effect
    claimed). The head noun of its object names the body, a part or function of it, or a complaint
    (`_body_object_heads`)."""
    tokens = analysis.tokens
    verbs, gap = _topic_words("body_effect_verbs"), _topic_words("base_verb_gap")
    for v in range(first + 1, last):
        verb = tokens[v]
        if verb.lemma not in verbs or not (verb_s_form(verb) or verb_base_form(verb) and _governed_base(tokens, v,
                                                                                                       first)):
            continue
        subject = [t.lower for t in tokens[first:v] if not t.is_punct and t.lower not in MODALS
                   and t.lower not in gap and t.lemma != "do"]
        if not subject or _person_subject(subject):
            continue
        if _body_object_heads(analysis, v + 1, min(v + 1 + BODY_OBJECT_REACH, last),
                              verb.lemma in _topic_words("mechanical_effect_verbs")):
            return True
    return False


def verb_acts_on_body(analysis: Analysis, verb: int, last: int) -> bool:
    """The verb at `verb` is one of a health effect (lexicons/topics.yml `body_effect_verbs`) and the head of its
    object, read up to `last`, names the body, a part or function of it, or a complaint (`_body_object_heads`):
    "Loosens stiff fingers", "Nourishes dry skin"; its subject is the caller's to read."""
    tokens = analysis.tokens
    if tokens[verb].lemma not in _topic_words("body_effect_verbs"):
        return False
    return _body_object_heads(analysis, verb + 1, min(verb + 1 + BODY_OBJECT_REACH, last),
                              tokens[verb].lemma in _topic_words("mechanical_effect_verbs"))


def _body_object_heads(analysis: Analysis, start: int, end: int, mechanical: bool) -> bool:
    """The object read from `start` (before `end`) has a head noun of the body: the last word of a noun phrase (or of
    each of its "and" / "or" parts) before a preposition, punctuation or a new clause. A head that names a function
    (`body_function_heads`: "prostate health", "the immune system") counts by a body word among its modifiers or in
    its "of" phrase ("the normal function of the immune system"). A figurative word ("a governing body", "tension
    between staff", `figurative_body_objects`) counts only after a body or health word ("muscle tension"), or, for
    "body", a bare determiner ("the body's"). After a verb of a product's mechanics (`mechanical`: "supports your
    neck", "dries hair", "protects the eyes") a part of the body counts only with a health word before it ("supports
    healthy joints") or as the modifier of a function ("supports joint health")."""
    tokens = analysis.tokens
    objects = _topic_words("body_objects")
    function_heads, figurative = _topic_words("body_function_heads"), _topic_words("figurative_body_objects")
    health, determiners = _topic_words("health_modifiers"), _topic_words("body_determiners")
    outer, object_ends = _topic_words("outer_body_parts"), _object_ends()

    def body_word(token) -> bool:
        return token.lemma in objects or token.lower in objects

    phrase: list[int] = []  # the words of the noun phrase read so far
    o = start
    while o <= end:
        token = tokens[o] if o < end else None
        # (an -s form that is a body word is a plural noun: "tight muscles")
        ends = token is None or token.is_punct or token.lower in object_ends \
            or verb_s_form(token) and not body_word(token) and token.lemma not in function_heads \
            or token.lower in OBJECT_PREPOSITIONS or token.lower in ("and", "or")
        if not ends:
            phrase.append(o)
            o += 1
            continue
        nouns = [i for i in phrase if tokens[i].lemma in noun_lemmas() or body_word(tokens[i])
                 or tokens[i].lemma in figurative or tokens[i].lemma in function_heads]
        if nouns:
            head = tokens[nouns[-1]]
            modifiers = [tokens[i] for i in phrase if i < nouns[-1]]
            before = modifiers[-1] if modifiers else None
            if head.lemma in function_heads or head.lower in function_heads:
                if any(body_word(m) for m in modifiers):
                    return True  # "prostate health", "the immune system"
                if token is not None and token.lower == "of":
                    phrase = []  # "the normal function of the immune system": read the "of" phrase
                    o += 1
                    continue
            elif head.lemma in figurative or head.lower in figurative:
                if before is not None and (body_word(before) or before.lower in health) \
                        or head.lemma == "body" and all(m.lower in determiners or m.text in ("'s", "’s")
                                                        for m in modifiers) and modifiers:
                    return True  # "muscle tension", "nasal congestion", "the body", not "the governing body"
            elif body_word(head):
                if not (mechanical and (head.lemma in outer or head.lower in outer)) \
                        or any(m.lower in health for m in modifiers):
                    return True
        if token is None or token.lower not in ("and", "or"):
            return False  # the object has ended: a preposition, punctuation, a new clause or the verb of another
        phrase = []  # the next part of a coordinated object ("the mouth and throat")
        o += 1
    return False


def _governed_base(tokens, v: int, first: int) -> bool:
    """The base form at `v` follows a modal, a form of "do" or "help", across "not", "also", "to" and the like
    (lexicons/topics.yml `base_verb_gap`) or an adverb of manner ("can gently ease")."""
    gap = _topic_words("base_verb_gap")
    i = v - 1
    while i >= first and (tokens[i].lower in gap or manner_adverb(tokens[i])):
        if tokens[i].lemma == "help" and (i < v - 1 or tokens[i].lower != "help"):
            return True  # "helps soothe", "help to ease"
        i -= 1
    return i >= first and (tokens[i].lower in MODALS or tokens[i].lemma == "do")


def find_topic_words(analysis: Analysis) -> frozenset[str]:
    """Lemmas of what the article is about: content words of its title (the headings before its first sentence,
    with any breadcrumb or date line) and of its lead sentence that occur at least `min_repeats` more times after
    the words they come from. Stop words, generic words (lexicons/topics.yml), cue words (verbs, hedges,
    directions) and verb forms in -ed / -ing are left out."""
    from spacy.lang.en.stop_words import STOP_WORDS

    lead = next((n for n, s in enumerate(analysis.segments) if s.kind == "sentence"), None)
    if lead is None:
        return frozenset()
    title = [s for s in analysis.segments[:lead] if s.kind == "heading"]
    lead_sentence = analysis.segments[lead]
    min_repeats, generic = load_topic_lexicon()
    tokens = analysis.tokens
    verbs = verb_lemmas()

    def content_words(segment, in_title: bool) -> set[str]:
        # (a seller's verbs of effect and directions for use are read only of a claim's effect: "regrow" is what a
        # page titled "How to regrow thinning hair" is about)
        cue_words = {i for m in analysis.of_kind("cue", segment.first, segment.last)
                     if not m.label.startswith("category:") and not m.label.endswith(RULE_CONDITIONS)
                     and m.label not in EFFECT_READING_CUES
                     for i in range(m.first, m.last)}
        found = set()
        for i in range(segment.first, segment.last):
            token = tokens[i]
            if not (token.lower.isalpha() or NAME_CODE.fullmatch(token.lower)) or len(token.lower) < 3 \
                    or i in cue_words or token.lower in STOP_WORDS \
                    or token.lemma in generic or token.lemma in STOP_WORDS:
                continue
            if not in_title and i > segment.first and _in_proper_name(tokens, i, segment):
                continue  # "researchers at Aarhus University", "said Dr. Jensen": who, not what
            if token.lower.endswith(("ed", "ing")) and token.lemma != token.lower and token.lemma in verbs:
                continue  # "Using Dietary Supplements Wisely": what the article does, not what it is about
            found.add(token.lemma)
        return found

    title_words = set().union(*(content_words(s, True) for s in title))
    lead_words = content_words(lead_sentence, False) - title_words
    after_lead = Counter(t.lemma for t in tokens[lead_sentence.last:])
    after_title = after_lead + Counter(t.lemma for t in tokens[lead_sentence.first:lead_sentence.last])
    return frozenset({w for w in title_words if after_title[w] >= min_repeats}
                     | {w for w in lead_words if after_lead[w] >= min_repeats}
                     | _recurring_terms(analysis, content_words))


def _recurring_terms(analysis: Analysis, content_words) -> set[str]:
    """Lemmas of uncommon words (not among the everyday English words of lexicons/everyday.yml) that come back in
    `RECURRING_SENTENCES` sentences or more: what the article keeps writing about even when its title does not
    name it ("perimenopause", "estrogen" on a page titled "BHRT Fundamentals")."""
    everyday = everyday_words()
    sentences: Counter = Counter()
    for segment in analysis.segments:
        if segment.kind == "sentence":
            sentences.update({w for w in content_words(segment, False) if w not in everyday})
    return {w for w, n in sentences.items() if n >= RECURRING_SENTENCES}


# Cues read only where a claim's effect is read (`_states_effect`), never words the topic is found without
EFFECT_READING_CUES = frozenset({"offered_effect", "use_direction", "natural_course", "complaint_ended",
                                 "time_to_result", "service_time", "offered_substitute",
                                 "professional_seal", "function_of_use", "safety_assurance", "safety_for_all",
                                 "ranked_cause"})
# A seller's assurance of safety (lexicons/cues.yml): of whom the product suits or how gentle it is, and of every member
# of a group (read_claims)
SAFETY_ASSURANCES = frozenset({"safety_assurance", "safety_for_all"})
# How many sentences must name an uncommon word for it to be the article's topic
RECURRING_SENTENCES = 3


def _in_proper_name(tokens, i: int, segment) -> bool:
    """A capitalised word inside a sentence that sits next to another capitalised word: part of a multi-word
    name of a person, place or institution ("Aarhus University", "Dr. Jensen"). A single capitalised word may be
    a disease ("an Ebola outbreak", "Lyme disease") and is kept."""
    def capitalised(j: int) -> bool:
        return segment.first < j < segment.last and tokens[j].text[:1].isupper() and not tokens[j].text.isupper()

    return capitalised(i) and (capitalised(i - 1) or capitalised(i + 1) or tokens[i - 1].lower in ("dr", "dr."))


def _verb_after_comma(analysis: Analysis, clause: Clause) -> bool:
    """An auxiliary right after a comma inside the clause: the main verb after a participle phrase that is its
    subject ("…, proceeding straight to biopsy for all cases, except …, is suggested")."""
    words = clause.words(analysis)
    return any(analysis.tokens[a].lower == "," and analysis.tokens[b].lower in AUXILIARIES
               for a, b in zip(words, words[1:]))


def _opens_finite(analysis: Analysis, clause: Clause) -> bool:
    """The clause opens (after "and" and any -ly adverb) with a verb in the third person present, a tense and
    agreement of its own ("… and slows the aging process", "… and is also"): no modal or "to" governs it."""
    for i in clause.words(analysis):
        token = analysis.tokens[i]
        if token.lower in ("and", "or", "also", "even", "then") or token.lower.endswith("ly"):
            continue
        return token.lower in ("is", "has", "does") or (
            verb_s_form(token) and not token.lower.endswith("ss"))
    return False


def _new_main_clause(analysis: Analysis, clause: Clause) -> bool:
    """The clause follows ", and" with a subject of its own: not a coordinated verb, a shared verb, a second 'that'
    complement, an apposition or a relative clause."""
    if clause.inherit_subject or clause.coordinated or clause.shares_verb or clause.frame or clause.apposition \
            or clause.relative or clause.which or clause.subject_hint:
        return False
    tokens = analysis.tokens
    before = [i for i in range(max(clause.first - 4, 0), clause.first) if not tokens[i].is_space][-2:]
    words = clause.words(analysis)
    # "You may lose weight, burn fat, and reap other benefits": a bare verb closing a list has no subject of its own
    bare_verb = bool(words) and tokens[words[0]].lower == tokens[words[0]].lemma \
        and tokens[words[0]].lemma in verb_lemmas()
    return [tokens[i].lower for i in before] == [",", "and"] and not bare_verb


def _governs_bare_verb(analysis: Analysis, modifier) -> bool:
    """The hedge is a modal or a "to" frame ("can help", "may reduce", "is believed to have", "tends to"): the word
    after its trigger (past adverbs) is a verb in the base form, the one the hedge governs."""
    tokens = analysis.tokens
    i = modifier.trigger.last
    while i < len(tokens) and (tokens[i].is_space or tokens[i].lower.endswith("ly")
                               or tokens[i].lower in ("also", "even", "not")):
        i += 1
    return i < len(tokens) and tokens[i].lower == tokens[i].lemma and tokens[i].lemma in verb_lemmas()


def _continues(analysis: Analysis, clause: Clause) -> bool:
    """The clause carries on the previous one's finding with no verb or modal of its own: a participle ("…,
    leading to relapse", "thereby reducing flares", "by replacing …") or a second outcome of the same verb."""
    words = [analysis.tokens[i] for i in clause.words(analysis)]
    if words and words[0].lower in RESULT_ADVERBS | {"by"}:
        words = words[1:]
    return clause.shares_verb or (clause.inherit_subject and bool(words) and participle(words[0]))


def _subject(analysis: Analysis, clause: Clause, concepts, last_subject: str, topic: str, centre: str = "", *,
             item_verb: bool) -> str:
    """The noun phrase before the first predicate, skipping introductions ("However, with advances in X,");
    pronouns and generic heads ("this approach") resolve to the previous subject or the latest treatment named;
    an "it" that cannot stand for the previous subject, to the latest treatment or else to `centre`, what the page
    is about. `item_verb`: the clause is a list item that opens with its verb (`_item_opens_with_verb`)."""
    tokens = analysis.tokens
    if clause.subject_hint:
        return analysis.text_of(*clause.subject_hint)
    if item_verb:  # "Magnesium: Plays a role in …": the label is the subject
        return topic or last_subject
    likened = _likened(analysis, clause)
    if likened is not None:  # "Think of it as the spark plug that …": what is likened
        subject = analysis.text_of(*likened)
        if subject.lower() in PRONOUNS:
            return _resolve(analysis, clause.first, concepts, last_subject) or topic or subject
        return subject
    predicates = _main_verbs(analysis, clause)
    if clause.inherit_subject or not predicates:
        return last_subject or topic
    # "Some health websites say colloidal silver kills every germ (and has no side effects)": what is said has its own
    # subject, which the verbs coordinated after it share; the speaker's verb ends no subject
    predicates = _said_predicates(analysis, clause, predicates) or predicates
    comma = next((i for i in range(clause.first, min(clause.first + 5, clause.last)) if tokens[i].lower == ","), None)
    if comma is not None and predicates[0] < comma and analysis.text_of(
            clause.first, comma).lower().replace("\u2019", "'") in subject_words()["intro_phrases"]:
        # "What's more, the participants …": the phrase's "'s" is no verb of the clause
        predicates = [p for p in predicates if p > comma] or [
            p for p in find_predicates(analysis, comma + 1, clause.last) if p > comma + 1] or predicates
    clause_segment = analysis.segment_at(clause.first)
    # a run-in label ("Metabolic stress: Conditions like diabetes … deplete NAD+") names what the sentence is about
    # in a word or two; the subject is after it
    label_end = next((i for i in range(clause.first, min(clause.first + RUN_IN_LABEL_WORDS + 1, predicates[0]))
                      if tokens[i].text == ":"), None)
    pieces, start = [], clause.first if label_end is None else label_end + 1
    for i in range(start, predicates[0] + 1):
        if i == predicates[0] or tokens[i].lower in (",", "–", "—"):
            pieces.append((start, i))
            start = i + 1
    words_before_verb = subject_words()
    for n, (lo, hi) in enumerate(pieces):
        while lo < hi and (tokens[lo].is_space or tokens[lo].is_punct or tokens[lo].lower in INTRO_WORDS
                           # "Not all medical groups agree …": the negation belongs to the quantifier it scopes
                           and not (tokens[lo].lower == "not" and lo + 1 < hi
                                    and tokens[lo + 1].lower in words_before_verb["negated_quantifiers"])
                           or lo + 1 < hi and tokens[lo].lower in words_before_verb["intro_openers"]
                           and (tokens[lo + 1].lower in PRONOUNS or tokens[lo + 1].lower in ARTICLES)):
            lo += 1  # "…, then it may be time": the step word is no part of the subject
        while hi > lo and (tokens[hi - 1].is_space or tokens[hi - 1].is_punct
                           or tokens[hi - 1].lower in INTRO_WORDS or tokens[hi - 1].lower in TRAILING_ADVERBS
                           or tokens[hi - 1].lower in ("who", "that", "which")
                           # "Research consistently shows", "such tasks also rapidly deplete": an adverb of the verb
                           or hi - lo > 1 and tokens[hi - 1].lower in sentence_adverbs()
                           and tokens[hi - 2].lower not in NOT_BEFORE_VERB | PREPOSITIONS):  # "of newly diagnosed" 
            if tokens[hi - 1].lower == ")" and "(" in analysis.text_of(lo, hi - 1):
                break  # "such as t(4;14)" keeps its bracket
            hi -= 1
        aside = _bracketed(tokens, lo + 1, hi)  # "Although fish oil supplements (omega-3 fatty acids) might …"
        if n == len(pieces) - 1 and 1 < hi - lo - aside <= SUBORDINATE_SUBJECT_WORDS + 1 and \
                tokens[lo].lower in words_before_verb["subordinators"] and aside >= 0 and \
                not any(tokens[k].is_punct for k in range(lo + 1, hi - aside)):
            # "Although multiple myeloma is rarely curable": the subordinate clause's own subject ("Since 1960 the
            # average life expectancy has risen": a year after it is the preposition's, not the subject)
            lo += 2 if tokens[lo + 1].like_num and hi - lo > 2 else 1
        elif n == len(pieces) - 1 and tokens[lo].lower in PREPOSITIONS and tokens[hi - 1].lower in PERSONAL:
            lo = hi - 1  # "During the first few months you are at risk": the pronoun before the verb
        if n < len(pieces) - 1 and (_introduces(tokens, lo, hi, words_before_verb) or analysis.text_of(
                lo, hi).lower().replace("\u2019", "'") in words_before_verb["intro_phrases"]):
            continue  # "Third, it can …", "According to a 2021 study, 56% …", "Every day, your body …"
        if lo >= hi or tokens[lo].lower in PREPOSITIONS \
                or analysis.text_of(lo, hi).lower() in words_before_verb["answer_words"]:
            continue  # "Yes, it can", "No, it does not …", "Not yet, but …": the answer to a question, not who
        if n < len(pieces) - 1 and hi - lo > 2 and tokens[lo].lower in words_before_verb["focus_words"] \
                and tokens[lo + 1].lower in PREPOSITIONS:
            continue  # "Just as they stimulate growth …, they also …", "Even if …": a clause before the subject
        if n == 0 and hi - lo > 1 and tokens[lo].lower in AUXILIARIES and is_question(analysis.text_of(
                clause.first, clause_segment.last if clause_segment else clause.last)):
            lo += 1  # "Can type 2 diabetes be reversed?": the auxiliary of a question goes before its subject
        head = lo + 1 if hi - lo > 1 and tokens[lo].lower.endswith("ly") else lo  # "Medically supervised, …"
        if n < len(pieces) - 1 and (tokens[head].lower in irregular_past_forms() or (
                tokens[head].lower.endswith("ed") and tokens[head].lemma != tokens[head].lower)):
            continue  # "Taken every day, they dissolve …", "Guided by experts, this strategy …": how, not what
        if n == 0 and (hi - lo == 1 and tokens[lo].lower not in sentence_adverbs()
                       # "These hard, needle-shaped crystals build up …": a determiner and its first adjective
                       or hi - lo == 2 and tokens[lo].lower in NOUN_PHRASE_OPENERS
                       and pure_adjective(tokens[lo + 1].lower)) \
                and _joined_modifiers(analysis, pieces[1:]):
            hi = pieces[-1][1]  # "Elderly, frail patients are …": one noun phrase, its adjectives set off by a comma
            while hi > lo and (tokens[hi - 1].is_space or tokens[hi - 1].lower in TRAILING_ADVERBS):
                hi -= 1
        lo = _after_report_frame(analysis, lo, hi)
        frame = (lo, hi)
        reported = _reported_subject(analysis, lo, hi, predicates, clause.last)
        if reported is not None and n < len(pieces) - 1 and tokens[reported[0]].lower in PREPOSITIONS:
            continue  # "found that in a subset of patients with X, the combination of A and B was …": the next piece
        if reported is not None:  # "Clinical studies have shown that certain strains can …": the strains
            lo, hi = _taken(analysis, *reported)
            if all(tokens[k].lower in PRONOUNS and tokens[k].lower not in words_before_verb["people_pronouns"]
                   for k in range(lo, hi) if not tokens[k].is_space):
                # "Research shows it can help …": what the page last named as a treatment (what a finding is about
                # more often than the disease it treats: "… for seasonal depression, and studies have shown that it
                # is almost as effective as sunlight"), else the source as before
                return _antecedent(analysis, lo, concepts, TREATMENT_TYPES) or analysis.text_of(*frame)
        lo, hi = _taken(analysis, lo, hi)
        subject = analysis.text_of(lo, hi)
        words = subject.lower().split()
        verb = predicates[0]
        if words == ["it"]:  # "It is well known that in humans, even a single fast can reduce …": what is known
            said = _extraposed_subject(analysis, predicates[0], clause.last)
            if said is not None:
                verb = said[1]  # "It is important to note that there is no cure": the verb after 'that'
                lo, hi = _taken(analysis, *said)
                subject = analysis.text_of(lo, hi)
                words = subject.lower().split()
        if words == ["there"]:  # "There is no cure for asthma": what is there comes after the verb
            return _existential_subject(analysis, verb + 1, clause.last) or subject
        if _inverted_copula(analysis, words, verb):  # "Noteworthy is the action of black seed oil against …"
            return _existential_subject(analysis, verb + 1, clause.last) or subject
        if words[0] in words_before_verb["people_pronouns"]:
            return subject  # "you", "we": the reader or the writer, not the treatment named before
        if words[0] in PRONOUNS and all(w in words_before_verb["generic_heads"] or w in PRONOUNS for w in words):
            if words == ["it"] and not _it_names(analysis, clause.first, last_subject):
                # "Many people take a biologic with methotrexate. It is also one of the safest …": "it" is no
                # plural and no person: the treatment the sentence before named, else what the page is about
                resolved = _latest_treatment(analysis, clause.first, concepts) or centre
                if resolved:
                    return resolved
            resolved = _resolve(analysis, clause.first, concepts, last_subject) or topic or subject
            # "Lupus is an autoimmune disease. This means that your immune system attacks your body. It is also
            # called systemic lupus erythematosus": a name given says which earlier thing the pronoun stands for
            return _named_antecedent(analysis, clause, verb, resolved) or resolved
        return subject
    return last_subject or topic


# at most this many words in a subject that names people in general ("Many patients", "Most people")
PERSON_SUBJECT_WORDS = 3


def _said_as_fact(analysis: Analysis, clause: Clause, subject: str, labels: set[str] | frozenset[str],
                  told_before: int, said_before: int, calls: bool = True, course_before: int | None = None) -> bool:
    """The guards `_states_effect`, `_tells_mechanism` and `_times_result` share before reading a clause at strength
    none as what the seller asserts: no purpose, background, trend, comparison or risk frames its words ("prescribed
    to lower X, prevent Y"); it is no story told in the first person ("My back pain disappeared in three days": the
    product's endorsement only when signed, `_tells_own_outcome`; "Nothing my doctor gave me worked": a word of
    `testimony_words` before `told_before`, so that a result told after the time or the effect, "After three weeks I
    was gardening again", stays the timed result a story offers); its subject is no negative quantifier
    (lexicons/subjects.yml `negative_quantifiers`: "Nothing worked", "No cream helped" deny); it is no participle
    that carries on the clause before (", making adjustments as needed": it tells how, or what follows); it tells no
    natural course, direction for use or call to act (lexicons/cues.yml `natural_course`, `use_direction`, and with
    `calls` `call_to_action`: "Most floaters fade away without treatment", "For best results take VitreoClear for at
    least 3 months"); and no word of saying comes before
    `said_before` ("Some customers say their floaters faded away within weeks"); with `course_before`, only a natural
    course read before it counts."""
    if labels & FRAME_LABELS:
        return False
    tokens = analysis.tokens
    lexicon = subject_words()
    first_person = lexicon["testimony_words"]
    if any(tokens[i].lower in first_person for i in range(clause.first, min(told_before, clause.last))):
        return False
    opening = WORD_RUN.findall(subject.lower())[:1]
    if opening and opening[0] in lexicon["negative_quantifiers"]:
        return False
    words = clause.words(analysis)
    if clause.inherit_subject and words and participle(tokens[words[0]]):
        return False
    course_end = clause.last if course_before is None else course_before
    if any(m.label == "use_direction" or m.label == "natural_course" and m.first < course_end
           or calls and m.label == "call_to_action" and tokens[m.first].lower not in MODALS
           for m in analysis.of_kind("cue", clause.first, clause.last)):
        return False
    spoken = attributing_words()
    return not any(tokens[i].lower in spoken for i in words if i < said_before)


def _effect_at(analysis: Analysis, clause: Clause) -> int:
    """Where a clause says its effect: its first verb of effect or cue of strength ("clears", "helps"), else its end."""
    return min((m.first for m in analysis.of_kind("cue", clause.first, clause.last)
                if m.label == "offered_effect" or m.label.startswith("strength:")), default=clause.last)


def _states_effect(analysis: Analysis, clause: Clause, subject: str, labels: set[str],
                   inherited: frozenset[str], product: str) -> bool:
    """Does a clause read at strength none state an effect of what the page sells rather than seek it, tell a
    disease's course or tell what something else does: no purpose, background, trend, comparison or risk frames its
    words ("needed to reduce", "prescribed to lower X, prevent Y" through the verbs listed after it), and its subject
    names the product (`_names_product`: "VitreoClear clears floaters", "It erases floaters", "This cream erases
    wrinkles"), not the body or anything else ("Your liver filters toxins from the blood", "Caffeine blocks adenosine
    receptors") and no disease, harm, cell or symptom ("the plasma cells … grow out of control", "The rash usually
    fades away within a week"): what such a thing does is the illness's own course. Nor a clause that tells a natural
    course (lexicons/cues.yml `natural_course`: "Most floaters fade away without treatment"), nor what someone says
    ("Some customers say their floaters faded away": `_users_report_result` reads a customer's result). Nor a
    participle that carries on the clause before (", making adjustments as needed based on the patient's
    response"): it tells how, or what follows, and the effect, if any, is that clause's. Nor a story told in the
    first person ("My back pain disappeared in three days."): the product's endorsement only when signed
    (`_tells_own_outcome`). Nor a direction for use, nor what the subject is or what is done to it (a copula, a
    passive, before the verb of effect)."""
    if "strength:purpose" in inherited or not subject.strip():
        return False
    tokens = analysis.tokens
    words = clause.words(analysis)
    effect_at = _effect_at(analysis, clause)
    if not _said_as_fact(analysis, clause, subject, labels, clause.last, effect_at):
        return False
    # "Protein is one of the building blocks of healthy muscle": what the subject is, a description; and "Mice were
    # treated with either rhAng-1 or control buffer", "It's absorbed through the skin": what is done to someone, in
    # the passive, describes the care or the study, not what the product does ("VitreoClear clears floaters that
    # are caused by age": a "be" after the verb of effect is in a clause of its own)
    if any(_is_be(tokens, i) for i in words if i < effect_at):
        return False
    span = _subject_span(analysis, clause, subject)
    return not _names_course_subject(analysis, span) and _names_product(analysis, span, subject, product)


# What a seller states of its product's effect or of how it works: on its page, stated unhedged, asserted
PROMOTED_EFFECTS = frozenset({"efficacy", "mechanism"})
# the strength frames as a set, read once per claim (`_states_effect`)
FRAME_LABELS = frozenset(STRENGTH_FRAMES)
# Concept types whose change, told of them as the subject, is a disease's course rather than a treatment's effect,
# and the outcome concepts that are a complaint's signs ("The rash usually fades away within a week")
COURSE_TYPES = frozenset({"disease", "harm", "cell"})
COURSE_CONCEPTS = frozenset({"symptom"})
# the words of a subject or a concept's mention, compared as runs of whole words
WORD_RUN = re.compile(r"[^\W_]+")
# forms of "be" that make a copula or a passive ("'s" only after a pronoun: "It's absorbed", not "VitreoClear's")
BE_VERB_FORMS = frozenset(BE_FORMS | {"be", "been", "being"})
CONTRACTED_IS = frozenset({"'s", "\u2019s"})
# a reader's or writer's own, which names the body or a story, not a product ("Your eye …", "My skin …")
OWNER_WORDS = frozenset({"your", "my", "his", "her", "their"})
# a determiner by which a seller points at what it sells ("This cream erases wrinkles", "Our formula rebuilds …")
PRODUCT_DETERMINERS = frozenset({"this", "these"})


# the words after a copula that make it say what kind of thing its subject is (`_tells_mechanism`)
DEFINING_ARTICLES = frozenset({"a", "an", "one"})


def _tells_mechanism(analysis: Analysis, clause: Clause, subject: str, labels: set[str] | frozenset[str]) -> bool:
    """Does a clause read as an effect or a mechanism at strength none tell how something works or what it does, as
    fact (`_said_as_fact`: no frame, no first person before its effect, no negative quantifier as its subject, no
    natural course or direction for use, no participle that carries on the clause before), it does not open on
    "there" ("There is increasing evidence of kidney disease") nor say what kind of thing its subject is ("Protein
    is one of the building blocks of muscle"), and its subject is neither a pronoun (what "it" stands for is not
    known here) nor a disease, harm, cell or symptom ("Myeloma occurs when the plasma cells become cancerous":
    `_names_course_subject`) nor the body (`_names_body`: "Your liver filters toxins")."""
    # a report of users' results ("Side sleepers report deeper sleep") and a verb of a call to act inside a clause
    # ("every breath you take pulls them deep into your lungs") leave the mechanism story told
    if not subject.split() \
            or not _said_as_fact(analysis, clause, subject, labels, _effect_at(analysis, clause), clause.first, False):
        return False
    tokens = analysis.tokens
    words = clause.words(analysis)
    if subject.split()[0].lower() in PRONOUNS or words and tokens[words[0]].lower == "there":
        return False
    # "Protein is one of the building blocks of healthy muscle", "NMN is a precursor of NAD+": what kind of thing the
    # subject is (a copula before "a", "an" or "one") defines it ("is as accurate as", "is absorbed through the skin"
    # still tell what it does)
    if any(_is_be(tokens, i) and at + 1 < len(words) and tokens[words[at + 1]].lower in DEFINING_ARTICLES
           for at, i in enumerate(words)):
        return False
    span = _subject_span(analysis, clause, subject)
    return not _names_course_subject(analysis, span) and not _names_body(analysis, span, subject)


def _acts_on_object(analysis: Analysis, clause: Clause, subject: str, labels: set[str] | frozenset[str]) -> int:
    """The main verb (its token; 0 when none) of a clause that tells, as fact, what its subject does to something:
    its first verb is the -s form of a verb that is no verb of what a thing is, holds or costs (lexicons/subjects.yml
    `describing_verbs`: "Each capsule contains 450 mg"), with no auxiliary or copula before it and an object after
    it (a determiner or a pronoun: "calms the gut", "resets your body clock", "keeps them well"; not "shows that"),
    under the guards of a seller's fact (`_said_as_fact`); its subject names no people ("Many parents use …"), no
    body ("Your liver breaks alcohol down") and no disease, harm or symptom ("Gout attacks the big toe": its
    course)."""
    words = clause.words(analysis)
    if not subject.split() or _person_subject(subject.lower().split()) or not words:
        return 0
    tokens = analysis.tokens
    verbs = [i for i in _main_verbs(analysis, clause) if i > words[0]]
    if not verbs:
        return 0
    verb = verbs[0]
    token = tokens[verb]
    if not token.lower.endswith("s") or token.lower == token.lemma or token.lemma not in verb_lemmas() \
            or token.lemma in subject_words()["describing_verbs"] or token.lower in AUXILIARIES:
        return 0
    if any(_is_be(tokens, i) or tokens[i].lower in AUXILIARIES or tokens[i].lower in MODALS
           for i in words if i < verb):
        return 0
    following = tokens[verb + 1].lower if verb + 1 < clause.last else ""
    if following == "that" or following not in heading_cues()["object_openers"] \
            and following not in OBJECT_PRONOUNS and following != "you":
        return 0
    if not _said_as_fact(analysis, clause, subject, labels, verb, clause.first, False):
        return 0
    span = _subject_span(analysis, clause, subject)
    if _names_course_subject(analysis, span) or _names_body(analysis, span, subject):
        return 0
    return verb


def _acted_category(analysis: Analysis, clause: Clause, verb: int) -> str:
    """What a verb acting on its object (`_acts_on_object`) tells: efficacy when a disease, harm, symptom or outcome
    is named after it ("settles the eczema on your hands", "quiets the itch of hives"), how something works
    otherwise ("resets your body clock", "feeds the good bacteria")."""
    concepts = load_concepts()
    outcome = any((concepts[m.label].type in OUTCOME_TYPES or m.label in OUTCOMES or m.label in COURSE_CONCEPTS)
                  and m.label not in NOT_OUTCOMES and m.first > verb
                  for m in analysis.of_kind("concept", verb, clause.last))
    return "efficacy" if outcome else "mechanism"


def _times_result(analysis: Analysis, clause: Clause, sentence: tuple[int, int], subject: str,
                  labels: set[str] | frozenset[str]) -> bool:
    """Does the clause give a result the time it takes to come (lexicons/cues.yml `time_to_result`: "in just 14
    days", "within minutes", "after three weeks"), said as the seller's fact (`_said_as_fact`: no frame, no first
    person before the time, no natural course, direction for use or call to act: "gets better on its own within a
    week", "For best results use it daily for 4 weeks", "Order within 24 hours"), with no time a shop or a service takes
    (`service_time`: "Your parcel ships within 2 days", "Your results come back within 3 days"), no verb of saying in
    its sentence (`sentence`, its tokens), no passive before the time, and as its subject no disease, harm, cell or
    symptom, nor a test's results or a measurement (`_names_measurement`)?"""
    tokens = analysis.tokens
    cues = analysis.of_kind("cue", clause.first, clause.last)
    timed = [m.first for m in cues if m.label == "time_to_result"]
    if not timed or not _said_as_fact(analysis, clause, subject, labels, timed[0], timed[0]):
        return False
    # a verb sellers use of their product's effect ("disappears", "fades away": `offered_effect`) or a complaint said
    # to have ended is the product's result only where the subject names it (`_states_effect`, `_complaint_ended`):
    # "The bruise disappears within two weeks" is its own course
    if any(m.label in ("service_time", "offered_effect", "complaint_ended") for m in cues):
        return False
    # "Some customers say their floaters faded within weeks": what someone says (`_users_report_result` reads a
    # customer's result); "It's cleared from your eyes in a week": what is done to the subject, in the passive
    spoken = attributing_words()
    if any(tokens[i].lower in spoken for i in range(*sentence)):
        return False  # ('"My patients lose weight within a month," says Dr Lee.': a speaker's words)
    words = [i for i in clause.words(analysis) if i < timed[0]]
    if any(_is_be(tokens, i) and at + 1 < len(words) and passive_participle(tokens[words[at + 1]])
           for at, i in enumerate(words)):
        return False
    # "The bruise disappears within two weeks": a disease, harm, cell or symptom's own course
    span = _subject_span(analysis, clause, subject)
    return not _names_measurement(analysis, span, subject) and not _names_course_subject(analysis, span)


def _offers_substitute(analysis: Analysis, clause: Clause, subject: str, labels: set[str],
                       inherited: frozenset[str], product: str) -> bool:
    """Does the clause offer the product in place of a treatment (lexicons/cues.yml `offered_substitute`: "VenaClear
    is a natural alternative to vein surgery", "It's the drug-free way to manage pain", "NoxaCalm offers a plant-based
    substitute for sleeping pills"), said as the seller's fact (`_said_as_fact`: no frame, no first person, no word of
    saying before it), of a subject that names the product (`_names_product`) or is the pronoun a seller points at
    it with ("It's a drug-free way to manage pain": lexicons/subjects.yml `substitute_pronouns`), not
    "Physiotherapy is an alternative to surgery" on the same page, nor the body? A frame read inside the offer's own
    words or before them ("-free" of "drug-free", "-Day" of "SlimLeaf 28-Day Teatox") qualifies a word, no claim
    around it; "without medicine" after the offer is what it replaces ("the natural way to keep them well without
    medicine"), no natural course."""
    cues = analysis.of_kind("cue", clause.first, clause.last)
    offers = [(m.first, m.last) for m in cues if m.label == "offered_substitute"
              and not _priced_or_formed(analysis, clause.first, m.first, m.last)]
    if not offers or not subject.split():
        return False
    span = _subject_span(analysis, clause, subject)
    framing = _frames_around(cues, labels, [*offers, (clause.first, offers[0][0])]) | inherited
    if not _said_as_fact(analysis, clause, subject, framing, offers[0][0], offers[0][0], course_before=offers[0][0]):
        return False
    opening = clause.words(analysis)[:1]
    pointed = bool(opening) and analysis.tokens[opening[0]].lower in subject_words()["substitute_pronouns"]
    return not _names_course_subject(analysis, span) \
        and (pointed or _names_product(analysis, span, subject, product))


def _tells_function(analysis: Analysis, clause: Clause, subject: str, labels: set[str], inherited: frozenset[str],
                    product: str) -> bool:
    """Does the clause tell what the product does as the function of what it uses (lexicons/cues.yml
    `function_of_use`: "ApiFlex uses purified bee venom to relieve joint pain", "The bracelet combines copper with six
    magnets to give you relief"), said as the seller's fact (`_said_as_fact`: no frame, no first person or word of
    saying before the verb of use, no natural course or direction for use), of a subject that names the product
    (`_names_product`), with the verb of use in the active voice ("It is used by people with ostomies to reduce odour"
    and "the pigment that plants use to capture energy" tell a use and a definition) and an infinitive after its
    object (`_function_verb`)? The infinitive's "to" reads as a purpose (an aim sought: "prescribed to lower"); after
    a verb of use it is what the thing used does, so a purpose read from the verb of use on is no frame around it."""
    uses = [m for m in analysis.of_kind("cue", clause.first, clause.last) if m.label == "function_of_use"]
    if not uses or "strength:purpose" in inherited or not subject.split():
        return False
    use = uses[0]
    if _function_verb(analysis, use.last, clause.last) is None:
        return False
    cues = analysis.of_kind("cue", clause.first, clause.last)
    framing = _frames_around(cues, labels, [(use.first, clause.last)]) | inherited
    if not _said_as_fact(analysis, clause, subject, framing, use.first, use.first, False):
        return False
    tokens = analysis.tokens
    if any(_is_be(tokens, i) for i in clause.words(analysis) if i < use.first):
        return False
    span = _subject_span(analysis, clause, subject)
    return not _names_course_subject(analysis, span) and _names_product(analysis, span, subject, product)


def _tells_regularity(analysis: Analysis, clause: Clause, sentence: tuple[int, int], subject: str,
                      labels: set[str] | frozenset[str]) -> bool:
    """Is the clause the consequence of a condition that opens its sentence (lexicons/subjects.yml `regularity_openers`
    and a comma, not "As" before `not_after_as`: "When uric acid builds up in the blood, needle-like crystals settle in
    a joint", "As we age, collagen production drops"), told in the present: the zero conditional, a cause and its effect
    said as a general truth? Said as fact (`_said_as_fact`: no frame, no first person, no negative quantifier as
    subject, no natural course, direction for use or call to act: "When floaters appear suddenly, see an optician"), no
    past or perfect form of a story in the sentence ("When I took it, my pain vanished"), no word of saying, and the
    clause reaching past the condition's comma."""
    tokens = analysis.tokens
    lists = subject_words()
    first, last = sentence
    words = [i for i in range(first, last)
             if not tokens[i].is_space and not tokens[i].is_punct or tokens[i].lower == ","]
    if len(words) < 4 or tokens[words[0]].lower not in lists["regularity_openers"]:
        return False
    if tokens[words[0]].lower == "as" and tokens[words[1]].lower in lists["not_after_as"]:
        return False
    commas = [i for i in words if tokens[i].lower == ","]
    if not commas or clause.last <= commas[0] + 1 or commas[0] - words[0] < 3:
        return False
    story, past = lists["story_auxiliaries"], irregular_past_forms()
    if any(tokens[i].lower in story or tokens[i].lower in past or _regular_past(tokens, i) for i in words):
        return False
    spoken = attributing_words()
    if any(tokens[i].lower in spoken for i in words):
        return False
    # a frame read in a hyphened word's second half ("-like" of "needle-like") qualifies the word, no claim around it
    cues = analysis.of_kind("cue", clause.first, clause.last)
    hyphened = [(m.first, m.last) for m in cues if tokens[m.first].lower in HYPHENS]
    return _said_as_fact(analysis, clause, subject, _frames_around(cues, labels, hyphened), clause.last, clause.last)


def _regular_past(tokens, i: int) -> bool:
    """A verb's regular past or participle ("started", "faded"): a story's or a report's tense, no general truth told
    in the present; not the second half of a hyphened modifier ("needle-shaped"), nor a participle after a present
    form of "be", "get" or "feel" (subjects.yml `present_linking`: "When your eyes are tired", "When blood sugar is
    raised"), which is the present."""
    token = tokens[i]
    return token.lower.endswith("ed") and token.lemma != token.lower and token.lemma in verb_lemmas() \
        and not (i > 0 and tokens[i - 1].lower in HYPHENS) \
        and not (i > 0 and tokens[i - 1].lower in subject_words()["present_linking"])


# the words between "to" and the verb of a function told after a verb of use ("to gently pull")
FUNCTION_ADVERB_REACH = 1


def _function_verb(analysis: Analysis, first: int, last: int) -> int | None:
    """Where, in tokens [first, last) after a verb of use and its object, an infinitive opens: "to" and a verb's base
    form (`verb_base_form`; an "-ly" adverb, `clauses.manner_adverb`, may come between: "to gently pull"; "to supply"
    is the verb), not "to the brain" nor "to be"."""
    tokens = analysis.tokens
    not_verbs = AUXILIARIES | MODALS
    for i in range(first + 1, last - 1):
        if tokens[i].lower != "to":
            continue
        verb = i + 1
        while verb < last - 1 and verb - i <= FUNCTION_ADVERB_REACH and manner_adverb(tokens[verb]):
            verb += 1
        if verb_base_form(tokens[verb]) and tokens[verb].lower not in not_verbs:
            return verb
    return None


# how far before an offer's word of substitution a word of price or form still qualifies it ("is a cheaper,
# faster-acting alternative")
PRICE_OR_FORM_REACH = 6


def _priced_or_formed(analysis: Analysis, opens: int, first: int, last: int) -> bool:
    """Is the alternative at tokens [first, last) one of price or form (lexicons/subjects.yml `price_or_form_words`:
    "a cheaper alternative to Viagra", "a generic substitute for", "a sugar-free alternative"): a word of price or
    form in the offer or in the few words before it, back to the clause's start or a mark other than a hyphen?"""
    words = subject_words()["price_or_form_words"]
    tokens = analysis.tokens
    i = first
    while i > max(opens, first - PRICE_OR_FORM_REACH) \
            and (not tokens[i - 1].is_punct or tokens[i - 1].lower in HYPHENS):
        i -= 1
    return any(tokens[k].lower in words for k in range(i, last))


def _sealed_by_professionals(analysis: Analysis, clause: Clause, subject: str,
                             labels: set[str] | frozenset[str]) -> bool:
    """Does the clause put a health professional's seal on something (lexicons/cues.yml `professional_seal`:
    "Recommended by chiropractors and physiotherapists", "Dentist-approved", "Eye doctors now recommend it"; not the
    reader's own clinician, a possessive before the profession: "as your doctor recommended"), said as the seller's
    fact (`_said_as_fact`: no frame, no first person, no word of saying before it), of no disease or the body?"""
    cues = analysis.of_kind("cue", clause.first, clause.last)
    possessives = subject_words()["seal_possessives"]
    seals = [(m.first, m.last) for m in cues if m.label == "professional_seal"
             and not (m.first > 0 and analysis.tokens[m.first - 1].lower in possessives)]
    if not seals or not _said_as_fact(analysis, clause, subject, _frames_around(cues, labels, seals), seals[0][0],
                                      seals[0][0]):
        return False
    span = _subject_span(analysis, clause, subject)
    return not _names_course_subject(analysis, span) and not _names_body(analysis, span, subject)


def _frames_around(cues: list[Mention], labels: set[str] | frozenset[str], spans: list[tuple[int, int]]) -> set[str]:
    """A claim's labels without the frames read only inside the given spans (`spans`, (first, last) pairs): "-free" of
    "drug-free", "-approved" of "dentist-approved" qualify a word of the offer or the seal, no claim around it."""
    def inside(m: Mention) -> bool:
        return any(first <= m.first and m.last <= last for first, last in spans)

    framed_in = {m.label for m in cues if m.label in FRAME_LABELS and inside(m)}
    framed_out = {m.label for m in cues if m.label in FRAME_LABELS and not inside(m)}
    return set(labels) - (framed_in - framed_out)


def _names_measurement(analysis: Analysis, span: tuple[int, int] | None, subject: str) -> bool:
    """Does the subject name a test's or a kit's results or a measurement ("Your test results", "Lab results",
    "Readings": lexicons/subjects.yml `tested_things`, `test_results`, `measurement_words`), whose time is how soon
    the measuring is done, no result of treatment ("Full results appear within 4 weeks" names none)? The word after
    the subject's span counts as its own: "results" after "Your test" may be read as a verb ("the test results in")."""
    lexicon = subject_words()
    said = set(WORD_RUN.findall(subject.lower()))
    if span is not None and span[1] < len(analysis.tokens):
        said.add(analysis.tokens[span[1]].lower)
    return bool(said & lexicon["measurement_words"]
                or said & lexicon["tested_things"] and said & lexicon["test_results"])


def _names_body(analysis: Analysis, span: tuple[int, int] | None, subject: str) -> bool:
    """Does the subject (its words, its span) name the reader's or writer's body or a part of it ("Your liver …",
    "My skin …", "The brain …", "Our skin …": `OWNER_WORDS`, a concept of `BODY_TYPES`), whose own work is no effect
    told of anything?"""
    opening = subject.lower().split()[:1]
    if opening and opening[0] in OWNER_WORDS:
        return True
    concepts = load_concepts()
    return span is not None and any(concepts[m.label].type in BODY_TYPES
                                    for m in analysis.of_kind("concept", span[0], span[1]))


def _is_be(tokens, i: int) -> bool:
    word = tokens[i].lower
    return word in BE_VERB_FORMS or word in CONTRACTED_IS and i > 0 and tokens[i - 1].lower in PRONOUNS


def _subject_span(analysis: Analysis, clause: Clause, subject: str) -> tuple[int, int] | None:
    """Where the subject's words are: in the clause, else (a pronoun resolved, a subject carried on) the latest
    place before it that says them; None when no run of tokens says them."""
    said = WORD_RUN.findall(subject.lower())
    if not said:
        return None
    tokens = analysis.tokens
    size = len(said)

    def says(at: int) -> bool:
        return all(WORD_RUN.fullmatch(tokens[at + k].lower) is not None and tokens[at + k].lower == said[k]
                   for k in range(size))

    for at in range(clause.first, clause.last - size + 1):
        if says(at):
            return at, at + size
    for at in range(min(clause.first, len(tokens)) - size, -1, -1):
        if says(at):
            return at, at + size
    return None


def _names_course_subject(analysis: Analysis, span: tuple[int, int] | None) -> bool:
    """Does the subject (its span) name a disease, a harm, a cell or a symptom (`COURSE_TYPES`, `COURSE_CONCEPTS`)?"""
    if span is None:
        return False
    concepts = load_concepts()
    return any(concepts[m.label].type in COURSE_TYPES or m.label in COURSE_CONCEPTS
               for m in analysis.of_kind("concept", span[0], span[1]))


def _title_brand(analysis: Analysis) -> str:
    """The words of the page's title (its headings before the first sentence) that are no English noun or everyday
    word: the name a product is sold under ("VitreoClear", "LumiRoot"), not the complaint or the body part."""
    from spacy.lang.en.stop_words import STOP_WORDS

    nouns, everyday = noun_lemmas(), everyday_words()
    words = []
    for segment in analysis.segments:
        if segment.kind == "sentence":
            break
        if segment.kind == "heading":
            words += [t.lower for t in analysis.tokens[segment.first:segment.last]
                      if t.lower.isalpha() and len(t.lower) > 2 and t.lower not in STOP_WORDS
                      and t.lemma not in nouns and t.lower not in nouns and t.lower not in everyday]
    return " ".join(words)


def _names_product(analysis: Analysis, span: tuple[int, int] | None, subject: str, product: str) -> bool:
    """Does the subject name what the page sells: a word of the product's name as the page first calls it (the
    subject of the first effect it states, "VenaClear socks", a pronoun resolved to it; a word of the title that is
    no English word, `_title_brand`: "VitreoClear"), what the seller calls its own ("Our formula"), or a treatment it
    points at ("This cream")? Not the body ("Your eye gradually clears the debris"), a substance or anything else
    the page mentions ("Caffeine blocks adenosine receptors", "Coffee pulls water out of your body"): what they do
    is no effect the seller offers."""
    lemmas = lemma_table()
    if _names_body(analysis, span, subject):
        # "Your liver …", "My skin …" (the reader's body, a story), "Our skin renews itself every month"
        return False
    concepts = load_concepts()
    opening = subject.lower().split()[:1]
    if opening == ["our"]:
        return True  # "Our copper-infused yarn draws …": what the seller calls its own
    own = {lemmas.get(w, w) for w in WORD_RUN.findall(product.lower())} - ARTICLES - PRONOUNS
    if own & {lemmas.get(w, w) for w in WORD_RUN.findall(subject.lower())}:
        return True
    if span is None or analysis.tokens[span[0]].lower not in PRODUCT_DETERMINERS:
        return False
    return any(concepts[m.label].type in TREATMENT_TYPES for m in analysis.of_kind("concept", span[0], span[1]))


def _users_report_result(analysis: Analysis, clause: Clause) -> bool:
    """The clause tells what the product's users get or notice ("Most customers see visibly thicker hair within 90
    days", "Users report clearer vision", "9 out of 10 women said their skin felt softer"): after a comma-closed
    opening phrase at most, a plural of users (lexicons/subjects.yml `result_reporters`; people in general,
    `group_reporters`, only after a quantifier or number), with a quantifier, number or "our" at most before it
    (`reporter_quantifiers`), then a verb of getting or noticing a result (`result_verbs`, lemmas; an adverb may come
    between)."""
    tokens = analysis.tokens
    words = clause.words(analysis)
    commas = [at for at, i in enumerate(words[:8]) if tokens[i].lower == ","]
    words = words[commas[-1] + 1:] if commas else words
    lists = subject_words()
    counted = False
    for at, i in enumerate(words[:-1]):
        word = tokens[i].lower
        if word in lists["result_reporters"] or (counted and word in lists["group_reporters"]):
            verb = words[at + 1]
            if tokens[verb].lower.endswith("ly") and at + 2 < len(words):
                verb = words[at + 2]
            return tokens[verb].lemma in lists["result_verbs"] or tokens[verb].lower in lists["result_verbs"]
        if word in lists["reporter_quantifiers"] or tokens[i].like_num:
            counted = counted or word not in ("our", "of", "the", "these", "out")
            continue
        return False
    return False


def _person_subject(words: list[str]) -> bool:
    """The subject names people and nothing else: the reader, patients, people in general, or a person who acts
    ("you", "Many patients", "People", "Your doctor"; lexicons/subjects.yml people_pronouns, plural_nouns,
    people_heads), after a quantifier or determiner at most. Not a pronoun that stands for something named
    before ("they", "them"), which is resolved as such."""
    if not words or len(words) > PERSON_SUBJECT_WORDS:
        return False
    lists = subject_words()
    if not all(w in lists["plural_quantifiers"] or w in lists["person_determiners"] for w in words[:-1]):
        return False
    head = words[-1]
    return names_person(head, lemma_table().get(head, head), lists["people_pronouns"] | lists["plural_nouns"])


def names_person(word: str, lemma: str, people: frozenset[str]) -> bool:
    """Does the (lower-case) word name people or a person: one of `people`, the caller's words for them (a claim's
    subject: lexicons/subjects.yml `people_pronouns`, `plural_nouns`; a denial's, rules/sentences.py: the young and
    "someone" too), or a word whose lemma heads a name of a person or a body of people (`people_heads`: "doctors",
    "the agency")? Never a pronoun that may stand for a thing named before ("they", "them"; not "you", "we")."""
    lists = subject_words()
    if word in PRONOUNS and word not in lists["people_pronouns"]:
        return False
    return word in people or lemma in lists["people_heads"]


def _people_subject(subject: str) -> bool:
    """The subject names people in general, after a quantifier at most ("many women", "We", "People"; lexicons/
    subjects.yml `plural_nouns`): what it does ("many women stopped treatment") is no effect of a treatment. Not the
    reader ("you"), one person ("I", a testimonial's) nor a profession ("Experts warn that the vaccine …")."""
    words = subject.lower().split()
    return _person_subject(words) and words[-1] in subject_words()["plural_nouns"]


def _sentence_concept(analysis: Analysis, clause: Clause, concepts) -> str:
    """The first treatment named in the clause, else the latest before it in its sentence: what a sentence whose
    subject is a person says something about ("People typically take fish oil supplements for …"); "" when it names
    none. Not a disease: the person has it or risks it ("You cannot catch shingles from …", "you should not become
    HIV-positive"), and the claim is about what is done for it, named elsewhere."""
    segment = analysis.segment_at(clause.first)
    since = segment.first if segment is not None else clause.first
    named: list[Mention] = []
    for m in analysis.of_kind("concept", since, clause.last):
        concept = concepts.get(m.label)
        if concept is not None and concept.type in TREATMENT_TYPES and m.label not in KINDS_OF_CARE \
                and not (m.first > 0 and analysis.tokens[m.first - 1].lower in subject_words()["setting_words"]):
            named.append(m)
    # the clause's own first ("Many patients take metformin with insulin": what they take, not what with), else
    # the latest before it in the sentence ("If PrEP works as intended, you should not …")
    best = min((m for m in named if m.first >= clause.first), key=lambda m: m.first, default=None) \
        or max(named, key=lambda m: m.first, default=None)
    return analysis.text_of(best.first, best.last) if best else ""


# treatment concepts that name a kind of care or a way of giving it, not what is given ("in combination with",
# "maintenance", "lifestyle"): no claim is about them for want of a better subject
KINDS_OF_CARE = frozenset({"treatment", "combination therapy", "maintenance therapy", "lifestyle"})




def _inverted_copula(analysis: Analysis, words: list[str], verb: int) -> bool:
    """The words before a form of "be" are an adjective alone, perhaps after a degree word ("Noteworthy is the
    action of X against …", "Also important are regular check-ups"): the copula is inverted, and its subject is
    the noun phrase after the verb. Only a word the lemma table knows as an adjective alone ("noteworthy",
    "important"; the table lists numbers too: "62% were able to"), so a noun subject ("Fatigue is common") stays."""
    return bool(words) and analysis.tokens[verb].lemma == "be" and words[-1].isalpha() and pure_adjective(words[-1]) \
        and all(w in subject_words()["inversion_degree"] for w in words[:-1])


LIKENED_WORDS = 6  # at most this many words between "Think of" and "as"


def _likened(analysis: Analysis, clause: Clause) -> tuple[int, int] | None:
    """The words between "Think of" (lexicons/subjects.yml `likening_verbs`) and "as" at the clause's opening, or
    None."""
    tokens = analysis.tokens
    words = clause.words(analysis)
    if len(words) < 4 or tokens[words[0]].lower not in subject_words()["likening_verbs"] \
            or tokens[words[1]].lower != "of":
        return None
    as_at = next((n for n in range(2, min(len(words), 3 + LIKENED_WORDS)) if tokens[words[n]].lower == "as"), None)
    return (words[2], words[as_at - 1] + 1) if as_at is not None and as_at > 2 else None


# at most this many words end a subject whose first adjective is set off by a comma ("Elderly, frail patients")
JOINED_SUBJECT_WORDS = 3


def _joined_modifiers(analysis: Analysis, rest: list[tuple[int, int]]) -> bool:
    """After a one-word first piece and its comma, one short piece runs to the verb with no mark, participle or
    opener of its own ("Elderly, frail patients", "Obese, inactive adults"): the first word is an adjective of its
    noun, not the subject alone. Not an aside ("Hydrogen, being the smallest element, is …") nor "Then, blood …"."""
    if len(rest) != 1:
        return False
    tokens = analysis.tokens
    # a hyphen inside a word is part of it ("needle-shaped")
    words = [i for i in range(*rest[0]) if not tokens[i].is_space and tokens[i].lower not in TRAILING_ADVERBS
             and not (tokens[i].text in HYPHENS and joins_words(tokens, i))]
    return 1 < len(words) <= JOINED_SUBJECT_WORDS and not any(
        tokens[i].is_punct or tokens[i].like_num or tokens[i].lower.endswith("ing") or tokens[i].lower in PREPOSITIONS
        or tokens[i].lower in INTRO_WORDS or tokens[i].lower in PERSONAL for i in words)


# marks that end a reported finding's subject (a hyphen inside "fat-derived" does not)
CLAUSE_MARKS = frozenset({",", ";", ":", "(", ")", ".", "!", "?", "\u2013", "\u2014"})
# at most this many words after "although / while / if …" are read as a subordinate clause's subject: a longer run
# holds a verb of its own ("If blood tests confirm clinically low testosterone - … - a doctor may …")
SUBORDINATE_SUBJECT_WORDS = 6


def _bracketed(tokens, lo: int, hi: int) -> int:
    """The number of tokens of one bracketed aside that closes [lo, hi) ("fish oil supplements (omega-3 fatty
    acids)": 6), 0 when the words end in no such aside, -1 when a bracket in them is left open or stands elsewhere."""
    if hi <= lo or tokens[hi - 1].text != ")":
        return -1 if any(tokens[k].text in ("(", ")") for k in range(lo, hi)) else 0
    opening = next((k for k in range(hi - 2, lo - 1, -1) if tokens[k].text in ("(", ")")), None)
    if opening is None or tokens[opening].text != "(" or opening == lo \
            or any(tokens[k].text in ("(", ")") for k in range(lo, opening)):
        return -1
    return hi - opening
# subject pronouns, with which a clause opened by a preposition may start its subject right before the verb
PERSONAL = frozenset({"i", "you", "we", "he", "she", "it", "they"})
def _introduces(tokens, lo: int, hi: int, lists: dict[str, frozenset[str]]) -> bool:
    """Tokens [lo, hi), set off by a comma before the subject, introduce the clause: a step, source, reason or
    exception ("Third", "According to …", "Aside from NGF") or a time ("Every day", "Each year in the U.S.")."""
    if lo >= hi:
        return False
    opener = tokens[lo].lower
    if hi - lo == 1 and opener in sentence_adverbs():
        return True  # "Luckily, PIHMA has a treatment …": a comment on the sentence, not what it is about
    if hi - lo == 1 and opener in lists["degree_words"] and tokens[hi].lower.endswith("ly"):
        return True  # "More rarely, shingles can …" (the frequency adverb was cut off the piece's end)
    if hi - lo == 2 and tokens[hi - 1].lower in sentence_adverbs() and opener in lists["degree_words"]:
        return True  # "Most importantly, statins …"
    if hi - lo == 2 and opener in sentence_adverbs() and tokens[hi - 1].lower in lists["saying_words"]:
        return True  # "Simply put, …", "Generally speaking, …"
    if opener in lists["intro_openers"]:
        return hi - lo == 1 or tokens[lo + 1].text not in ("-", "\u2010", "\u2011")  # not "Second-line therapy"
    return opener in lists["time_determiners"] and hi - lo > 1 and tokens[lo + 1].lower in lists["time_nouns"]




@lru_cache(maxsize=1)
def sentence_adverbs() -> frozenset[str]:
    """-ly words that are only adverbs in the English lemma table ("luckily", "unfortunately", "clinically"): set off
    by a comma before a subject they comment on the sentence; not "early", "elderly", "family" (also adjectives or
    nouns, which can open the subject: "Early, aggressive treatment …")."""
    from pipeline.patterns import english_lookup

    index = english_lookup("lemma_index")
    others = set(index["adj"]) | set(index["noun"])
    return frozenset(w for w in index["adv"] if w.endswith("ly") and w not in others)


def _reported_subject(analysis: Analysis, lo: int, hi: int, predicates: list[int],
                      last: int) -> tuple[int, int] | None:
    """When the subject [lo, hi) is a source of findings and a verb of finding with 'that' follows it ("Clinical
    studies have shown that certain strains of probiotics can help …", "Research shows that children who …"), the
    subject of what was found: the words after 'that' up to their verb. What later pronouns and coordinated verbs
    refer to is what the finding is about, not the studies."""
    tokens = analysis.tokens
    sources, verbs = _finding_words()
    people = hi - lo == 1 and tokens[lo].lower in subject_words()["people_pronouns"]  # "We found that …"
    if not people and not any(tokens[i].lemma in sources for i in range(lo, hi)):
        return None
    inner = _inner_report(analysis, lo, hi)
    if inner is not None:  # "Studies suggest that both elderberry and zinc have …": the frame's verb was no predicate
        return inner
    j = hi
    gap_words = _finding_gap_words()
    while j < last and (tokens[j].is_space or tokens[j].lower in gap_words or tokens[j].lower.endswith("ly")):
        j += 1
    knowing = people and tokens[j].lemma in subject_words()["knowing_verbs"]  # "Did you know (that) elderberry …?"
    if j + 1 >= last or (tokens[j].lemma not in verbs and not knowing):
        return None
    if tokens[j + 1].text == ",":  # "Studies have shown, in vitro, that black seed oil …": an aside before 'that'
        close = next((k for k in range(j + 2, min(j + 3 + REPORT_ASIDE_WORDS, last - 1)) if tokens[k].text == ","),
                     None)
        if close is not None and tokens[close + 1].lower == "that":
            j = close
    # "Research suggests ashwagandha can help …": the finding may follow its verb with no 'that'
    bare = tokens[j + 1].lower != "that"
    if bare and people and not knowing:
        return None  # "You show up for work"
    start = j + 1 if bare else j + 2
    if not bare and tokens[start].lower in PREPOSITIONS:  # "found that in a subset of patients with X, the
        # combination of A and B was …": the finding's subject follows its opening phrase
        comma = next((k for k in range(start, min(start + 2 * OPENING_PHRASE_WORDS, last))  # tokens, hyphens too
                      if tokens[k].lower == ","), None)
        start = comma + 1 if comma is not None and comma + 1 < last else start
    # the finding's verb: the first auxiliary or verb cue after a word of its subject, before any comma
    verbs_after = {m.first for m in analysis.of_kind("cue", start + 1, last)
                   if m.label in ("predicate", "strength:causal") and not possessive(tokens, m.first)}
    end = next((k for k in range(start + 1, last) if k in verbs_after or tokens[k].lower in AUXILIARIES
                or tokens[k].lower in MODALS or tokens[k].lower in CLAUSE_MARKS), last)
    if end >= last or tokens[end].lower in CLAUSE_MARKS and (bare or tokens[end].lower != ","):
        return None
    if bare and not knowing and tokens[end].lower not in AUXILIARIES and tokens[end].lower not in MODALS:
        # with no 'that', only an auxiliary tells a finding from an object ("shown no causal link between …",
        # "suggests potential benefits in …": nouns the verb finder may take for verbs)
        return None
    while end > start and (tokens[end - 1].is_space or tokens[end - 1].lower in TRAILING_ADVERBS
                           or end - start > 1 and tokens[end - 1].lower in sentence_adverbs()  # "X significantly"
                           or tokens[end - 1].lower in ("who", "that", "which", "also", "not")
                           or bare and tokens[end - 1].lower == "to"):  # "have shown it to be beneficial"
        end -= 1
    if end <= start or tokens[start].is_punct or (bare and tokens[start].lower in NOT_BEFORE_VERB | PREPOSITIONS
                                                  | WH_WORDS):
        return None  # "You know what I'm talking about": an indirect question, not a finding
    if all(tokens[k].lower in PRONOUNS for k in range(start, end) if not tokens[k].is_space) and \
            _names_subject(analysis, lo, hi):
        return None  # "Studies of X and Y showed that they …": the pronoun is read in the frame's own words
    return start, end  # "Research shows it can help …": a bare source names nothing, its "it" is the last subject


REPORT_ASIDE_WORDS = 4  # at most this many tokens in an aside between a verb of finding and its 'that'


def _extraposed_subject(analysis: Analysis, verb: int, last: int) -> tuple[int, int] | None:
    """After "It is / has been (well) known, suggested, clear … that" (lexicons/subjects.yml `extraposed`), the
    subject of the clause after 'that', past an opening phrase set off by a comma ("that in humans, even a single
    fasting interval | can reduce …"); None when the clause is not so framed."""
    tokens = analysis.tokens
    j = verb
    while j < last and (tokens[j].is_space or tokens[j].lower in AUXILIARIES or tokens[j].lemma == "be"
                        or tokens[j].lower.endswith("ly") or tokens[j].lower in ("well", "widely", "now", "also")):
        j += 1
    # "It's pretty common knowledge that X": a few words of the frame's own may come before its word, none a
    # preposition or an -ing form ("It is due to the fact that", "it's ignoring the fact that": "it" is a thing)
    # "It is important to note that X", "It is worth noting that X": a verb of saying after the frame's word
    saying = subject_words()["extraposed_verbs"]
    that = next((k for k in range(j, min(j + 4 + EXTRAPOSED_MODIFIERS, last))
                 if tokens[k].lower == "that" or tokens[k].lower in CLAUSE_MARKS
                 or tokens[k].lower in PREPOSITIONS and not (k + 1 < last and tokens[k + 1].lower in saying)
                 or tokens[k].lower.endswith("ing") and tokens[k].lemma not in saying), None)
    if that is None or tokens[that].lower != "that":
        return None
    j = that - 1
    if tokens[j].lemma in saying and tokens[j].lower not in subject_words()["extraposed"] and j - 1 > verb:
        j -= 2 if tokens[j - 1].lower == "to" else 1
    if j + 2 >= last or tokens[j].lower not in subject_words()["extraposed"]:
        return None
    start = that + 1
    if tokens[start].lower == "," and start + 1 < last:  # "that, particularly in older adults, dehydration can …"
        start += 1
    if tokens[start].lower in PREPOSITIONS or tokens[start - 1].lower == ",":
        comma = next((k for k in range(start, min(start + 8, last)) if tokens[k].lower == ","), None)
        start = comma + 1 if comma is not None else start
    while start < last and (tokens[start].is_space or tokens[start].lower in INTRO_WORDS):
        start += 1  # "even", "also"
    end, k = last, start + 1
    while k < last:
        if tokens[k].lower == "(":  # "a single fasting interval (e.g., overnight) can reduce …": an aside
            k = next((n for n in range(k + 1, last) if tokens[n].lower == ")"), last) + 1
            continue
        if tokens[k].lower in AUXILIARIES or tokens[k].lower in MODALS or tokens[k].lower in CLAUSE_MARKS \
                or tokens[k].lower in ("that", "which", "who") or _third_person_verb(analysis, k) \
                or plural_subject_verb(analysis, start, k):
            end = k
            break
        k += 1
    if end >= last or tokens[end].lower in CLAUSE_MARKS or tokens[start].is_punct \
            or tokens[start].lower in subject_words()["subordinators"]:
        return None  # "it has been estimated that if everyone washed their hands, …": a condition first
    while end > start and tokens[end - 1].lower in TRAILING_ADVERBS:
        end -= 1
    if tokens[end - 1].lower == ")":  # the aside is not part of the name
        end = next((n for n in range(end - 2, start, -1) if tokens[n].lower == "("), end)
    return (start, end) if end > start else None


EXTRAPOSED_MODIFIERS = 5  # at most this many tokens before the frame's word ("a well-established fact that")


def _taken(analysis: Analysis, lo: int, hi: int) -> tuple[int, int]:
    """A subject that is taking something ("Taking a multivitamin", "Eating oily fish twice a week", "taking it
    consistently"): what is taken, from after its article to a preposition, adverb, number or mark; else [lo, hi)."""
    tokens = analysis.tokens
    if hi - lo < 2 or tokens[lo].lower not in subject_words()["intake_gerunds"]:
        return lo, hi
    start = lo + 1
    if tokens[start].lower in PREPOSITIONS:
        return lo, hi  # "Getting to see a doctor …", "Eating in restaurants …": no thing taken
    while start < hi and (tokens[start].lower in ARTICLES or tokens[start].lower in NOUN_MARKERS
                          or tokens[start].lower in subject_words()["amount_words"]):
        start += 1  # "Eating more olive oil", "getting plenty of sleep": how much is not what
    end = next((k for k in range(start + 1, hi) if tokens[k].is_punct or tokens[k].like_num
                or tokens[k].lower in PREPOSITIONS_OR_JOINERS and tokens[k].lower not in ("of", "and", "or")
                or tokens[k].lower.endswith("ly") or tokens[k].lower in TRAILING_ADVERBS
                or tokens[k].lower in ("every", "each", "daily", "twice", "once", "too", "while", "alone", "along")), hi)
    if start >= end or tokens[start].is_punct or tokens[start].like_num:
        return lo, hi  # "Taking 2,000 IU a day …": an amount, not a thing named
    return start, end


WH_WORDS = frozenset({"what", "how", "why", "where", "when", "who", "whom", "which", "whether"})
# what the reader or writer knows is a finding like a study's ("Did you know turmeric reduces …?", "We now know that
# smoking causes …"): its subject is the finding's


def _inner_report(analysis: Analysis, lo: int, hi: int) -> tuple[int, int] | None:
    """Inside a subject [lo, hi) that runs to the clause's verb, a source of findings, its verb and perhaps 'that'
    ("Studies suggest that both elderberry and zinc supplements | have", "New data from Janssen suggest that …"):
    the words after them."""
    tokens = analysis.tokens
    sources, verbs = _finding_words()
    for j in range(lo + 1, hi - 1):
        if tokens[j].lemma not in verbs:
            continue
        source = next((i for i in range(j - 1, lo - 1, -1) if tokens[i].lemma in sources), None)
        if source is None:
            return None
        # with no 'that', a verb form: not "the study report" (a bare form after a singular source is a noun)
        that = tokens[j + 1].lower == "that"
        if not that and tokens[j].lower == tokens[j].lemma and tokens[source].lower == tokens[source].lemma:
            return None
        start = j + 2 if that else j + 1  # "studies suggest diets high in sucrose | impair …"
        return (start, hi) if start < hi and not tokens[start].is_punct else None
    return None


def _names_subject(analysis: Analysis, lo: int, hi: int) -> bool:
    """[lo, hi) names a treatment or disease (a concept of a subject type)."""
    concepts = load_concepts()
    return any(m.label in concepts and concepts[m.label].type in SUBJECT_TYPES
               for m in analysis.of_kind("concept", lo, hi))



def _reporting(token) -> bool:
    """A verb by which a speaker reports what is said or held: a speech word of quotations ("said", "explains") or a
    reporting verb (lexicons/subjects.yml `reporting_verbs`: "claims", "insist", "believe")."""
    return token.lower in speech_words() \
        or token.lemma in subject_words()["reporting_verbs"]


def _said_predicates(analysis: Analysis, clause: Clause, predicates: list[int]) -> list[int]:
    """When the clause's first predicate is a speaker's reporting verb ("Some health websites say colloidal silver
    kills …", "The seller says that the cream is safe"), the predicates of what is said (after "that", a verb the cue
    lexicon does not know included: "argue that the detox removes toxins"); else none. The speaker, after an opening
    phrase set off by a comma, is what `_after_report_frame` reads as one ("some websites", a name)."""
    tokens = analysis.tokens
    verb = predicates[0]
    if not _reporting(tokens[verb]) or verb + 1 >= clause.last:
        return []
    after = tokens[verb + 1]
    if after.is_punct or after.lower in PREPOSITIONS or after.lower in WH_WORDS or after.lower == "to":
        return []  # "The company claims to cure …" (its own claim), "said in a statement", "say what …"
    # after "that" a clause follows, whose verb the cue lexicon may not know ("argue that the detox removes toxins");
    # with no "that" a noun may look like one ("claim huge benefits for …")
    said = [p for p in predicates[1:] if p > verb + 1]
    if not said and after.lower == "that":
        said = [p for p in find_predicates(analysis, verb + 2, clause.last) if p > verb + 2]
    relatives = subject_words()["relative_pronouns"]
    if not said or any(tokens[k].lower in relatives or tokens[k].lower == "that" and k > verb + 1
                       for k in range(verb + 1, said[0])):
        return []  # "reported a rise in calls about people who took …": a verb in a relative clause of the object
    first_said = tokens[said[0]]
    if after.lower != "that" and first_said.lower == first_said.lemma and first_said.lower not in AUXILIARIES \
            and first_said.lower not in MODALS and not plural_subject_verb(analysis, verb + 1, said[0]):
        return []  # "reported a sharp rise": with no "that", a base form after a singular noun is a noun
    start = next((i + 1 for i in range(verb - 1, clause.first - 1, -1) if tokens[i].lower in (",", "–", "—")),
                 clause.first)
    while start < verb and (tokens[start].is_space or tokens[start].lower in INTRO_WORDS):
        start += 1
    what = _after_report_frame(analysis, start, said[0]) if start < verb else start
    if tokens[verb].lemma == "tell" and tokens[what - 1].lower != "that":
        return []  # "tell the companies to notify …", "tells your brain you are full": whom it tells, then what
    return said if what > verb else []


def _after_report_frame(analysis: Analysis, lo: int, hi: int) -> int:
    """Past a speaker (one to three words) and a speech or reporting word opening the subject ("He said (that) the
    new analysis suggests …", "The nurse said the vaccine is …", "Some websites claim colloidal silver …"): what is
    said has its own subject."""
    tokens = analysis.tokens
    for j in range(lo, min(lo + 4, hi - 1)):
        if _reporting(tokens[j]):
            speaker = [tokens[k] for k in range(lo, j)]
            if speaker and not any(t.is_punct and t.text != "." for t in speaker):
                return _after_told(tokens, j + 1, hi)
            return lo
    # a longer speaker when it is a name ("The Royal College of GPs said 85 per cent of appointments …", "Sun on
    # Sunday doctor Jeff Foster says there are …"): capitalised words, with no relative or mark among them
    for j in range(lo + 4, min(lo + SPEAKER_WORDS, hi - 1)):
        if _reporting(tokens[j]):
            speaker = [tokens[k] for k in range(lo, j)]
            names = sum(1 for t in speaker if t.text[:1].isupper())
            if names * 2 >= len(speaker) and not any(t.is_punct or t.lower in ("who", "which", "that")
                                                     for t in speaker):
                return _after_told(tokens, j + 1, hi)
            return lo
    return lo


def _after_told(tokens, j: int, hi: int) -> int:
    """Where what is said starts, right after the speech word at j - 1: past 'that', or past the person told and
    'that' ("He tells patients that there is no rigorous research …": "patients" is who hears it, not its subject)."""
    if j < hi - 1 and tokens[j].lower == "that":
        return j + 1
    # only "tell" names whom it tells: after "said", a 'that' three words on is a relative ("said the drug that …")
    that = next((k for k in range(j, min(j + TOLD_WORDS + 1, hi - 1)) if tokens[k].lower == "that"), None) \
        if tokens[j - 1].lemma == "tell" else None
    if that is not None and not any(tokens[k].is_punct for k in range(j, that)):
        return that + 1
    return j


SPEAKER_WORDS = 9  # at most this many words name a speaker before the speech word
TOLD_WORDS = 3  # at most this many words name whom a speaker tells ("tells his patients that")


def _existential_subject(analysis: Analysis, first: int, last: int) -> str:
    """The noun phrase after "there is / are" up to a comma, conjunction, relative or verb ("no cure for asthma",
    "several treatments")."""
    tokens = analysis.tokens
    while first < last and (tokens[first].lower in AUXILIARIES or tokens[first].lower in ("been", "be", "'s", "\u2019s")
                            or tokens[first].lower in TRAILING_ADVERBS
                            or tokens[first].lower in ("now", "also", "still")
                            or tokens[first].lower.endswith("ly") and first + 1 < last
                            and tokens[first].lower not in noun_lemmas()  # not "family history"
                            and not tokens[first + 1].like_num):  # "approximately 35,000 new cases" keeps it
        first += 1  # "there has now been an increase in …", "there is currently a lack of …"
    end, infinitive = first, False
    while end < last and (not tokens[end].is_punct or tokens[end].text in QUOTE_MARKS
                          or tokens[end].text in HYPHENS and joins_words(tokens, end)) and (
            tokens[end].lower not in EXISTENTIAL_ENDS
            # "an imbalance of healthy and pathogenic bacteria": an 'and' between two adjectives is inside the phrase
            or tokens[end].lower == "and" and end > first and pure_adjective(tokens[end - 1].lower)) \
            and not (end > first and tokens[end].lower.endswith("ing") and tokens[end].lemma != tokens[end].lower
                     and tokens[end - 1].lemma in noun_lemmas() and not pure_adjective(tokens[end - 1].lower)
                     and not infinitive):  # "no research | showing that …", not "evidence to support people taking …"
        infinitive = infinitive or tokens[end].lower in ("to", "of", "for")
        end += 1
    while end > first and tokens[end - 1].text in QUOTE_MARKS and tokens[end - 1].text not in CLOSING_MARKS:
        end -= 1  # an opening quotation mark left at the end
    return analysis.text_of(first, end) if end > first else ""


# what ends the noun phrase after "there is / are"
EXISTENTIAL_ENDS = frozenset({"but", "and", "that", "which", "who", "because", "so", "although", "while"}
                             | AUXILIARIES)
# quotation marks inside a noun phrase ('a strong “nocebo effect”'): no mark that ends it
QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "\u2018", "\u2019", "'"})
CLOSING_MARKS = frozenset({'"', "\u201d", "\u2019", "'"})


@lru_cache(maxsize=1)
def _adjectives() -> tuple[frozenset[str], frozenset[str]]:
    """Words of the English lemma table that are adjectives, and those that are only adjectives (no noun or verb)."""
    from pipeline.patterns import english_lookup

    from spacy.lang.en.stop_words import STOP_WORDS

    index = english_lookup("lemma_index")
    adjectives = frozenset(index["adj"])
    # not a determiner or quantifier ("both", "many", "several": "Both have been shown …")
    return adjectives, adjectives - frozenset(index["noun"]) - frozenset(index["verb"]) - STOP_WORDS


def pure_adjective(word: str) -> bool:
    """An adjective that can be no noun or verb ("new", "strong", "healthy", "adverse"): the word after it in a noun
    phrase is its noun ("A new report", "several adverse effects"), not a verb."""
    return word in _adjectives()[1]


def _main_verbs(analysis: Analysis, clause: Clause) -> list[int]:
    """Predicates that can end the subject: not a cue word used as a noun or adjective after an article or
    possessive ("the fight against", "its ability"), before "of / such as" ("side effects of"), an infinitive, an
    -ing form not after "be" ("emerging therapies"), a word inside a longer disease or treatment name ("relapsed
    multiple myeloma"), or a causal cue that is no verb ("more effective drugs"); after an opening gerund
    ("Managing relapsed myeloma remains …") only an auxiliary or an -s verb ends it."""
    tokens = analysis.tokens
    verbs = verb_lemmas()
    concepts = load_concepts()
    inside = {i for m in analysis.of_kind("concept", clause.first, clause.last) if m.last - m.first > 1
              and m.label in concepts and concepts[m.label].type in NAME_TYPES for i in range(m.first, m.last)}
    cued = {m.first: m.label for m in analysis.of_kind("cue", clause.first, clause.last)
            if m.label in ("predicate", "strength:causal", "strength:correlational")
            and not possessive(tokens, m.first)}
    cued.update({i: "predicate" for i in effect_verbs(analysis, clause.first, clause.last) if i not in cued})

    def candidates(is_verb) -> list[int]:
        found = []
        for i in range(clause.first + 1, clause.last):
            if tokens[i - 1].lower in NOT_BEFORE_VERB or i in inside:
                continue  # "the fight against", "its ability", "to spread", "relapsed multiple myeloma"
            if i + 1 < clause.last and tokens[i + 1].text in HYPHENS and tokens[i].end == tokens[i + 1].start:
                continue  # "One large double-blind RCT found …": the first part of a compound is no verb
            if not is_verb(i) or possessive(tokens, i - 1) or _adjective_before(tokens, i, clause.first):
                continue  # "a new report", "this root's benefits": a noun
            if tokens[i].lower.endswith("ing") and tokens[i - 1].lemma != "be":
                continue  # "emerging immunotherapies offer …": an -ing form is a main verb only after "be"
            if i + 1 < clause.last and tokens[i + 1].lower in {"of", "such", "like", "including"}:
                continue  # "side effects of", "changes such as": a noun with its complement
            if cued.get(i, "predicate") != "predicate" and cued.get(i + 1) == "predicate" and \
                    tokens[i + 1].lower not in ("to", "that"):
                continue  # "Common triggers include …", "An asthma attack is …": an effect noun before the verb
            found.append(i)
        return found

    # cue verbs first ("more effective drugs": a causal cue that is no verb does not count); an inflected verb
    # with no cue ("makes") only when there is none, since plural nouns look the same ("studies", "factors")
    # a base-form verb after a plural subject ("Coffee drinkers live longer, study finds") is a verb like a cue's
    # and so is the -s form of a verb that is no noun or that has an object ("Olive oil contains antioxidants",
    # "A blood test measures your uric acid")
    found = candidates(lambda i: cued.get(i) == "predicate" or (i in cued and tokens[i].lemma in verbs)
                       or plural_subject_verb(analysis, clause.first, i) or _third_person_verb(analysis, i)) or \
        candidates(lambda i: tokens[i].lower != tokens[i].lemma and tokens[i].lower.endswith(("s", "ed"))
                   and tokens[i].lemma in verbs)
    sources, finding_verbs = _finding_words()
    if len(found) > 1 and tokens[found[0]].lower in finding_verbs and tokens[found[0] - 1].lemma in sources \
            and tokens[found[0] + 1].lower not in ("that", ",") \
            and tokens[found[0] + 1].lower not in heading_cues()["object_openers"]:
        # "Some studies suggest diets high in sucrose impair …": the finding's verb ends the subject, not the frame's
        # ("The results show no benefit": an object)
        found = found[1:]
    words = clause.words(analysis)
    # the clause's first word past an opening adverb ("Also", "Originally")
    lead = next((i for i in words[:3] if tokens[i].lower not in INTRO_WORDS and not tokens[i].lower.endswith("ly")),
                None)
    if found and found[0] == lead and (tokens[lead].lower in irregular_past_forms()
                 or tokens[lead].lower.endswith("ed") and tokens[lead].lemma != tokens[lead].lower):
        # "(Also) known as the sunshine vitamin, vitamin D is …", "Originally used in hospitals to treat X, IV therapy
        # is …": the participle phrase before the comma describes the subject, whose verb comes after it
        comma = next((i for i in words if i > lead and tokens[i].lower == ","), None)
        if comma is not None and any(i > comma for i in found):
            found = [i for i in found if i > comma]
    if words and participle(tokens[words[0]]):
        finite = [i for i in found if tokens[i].lower in AUXILIARIES or tokens[i].lower.endswith("s")]
        comma = next((i for i in words if tokens[i].lower == ","), clause.last)
        # "Eating more olive oil linked to lower risk, study suggests": the attribution after the comma is not
        # the verb of the gerund's clause
        found = finite if not finite or finite[0] < comma else [i for i in found if i < comma] or finite
    focus = subject_words()["focus_words"]
    opener = next((i for i in words[:2] if tokens[i].lower not in focus), None)  # "Just as …", "Even if …"
    # the time bounds too ("Once …", "After …": `subordinators`), whose clauses have subjects of their own
    if opener is not None and (tokens[opener].lower in subject_words()["subordinate_openers"]
                               or tokens[opener].lower in subject_words()["subordinators"]) \
            or words and _relative_in_opening(analysis, words):
        # "As understanding of X deepens, cytogenetic therapies are emerging": the verb of the opening clause is
        # not the main one
        opening_comma = next((i for i in words if tokens[i].lower == ","), None)
        if opening_comma is not None and any(i > opening_comma for i in found):
            found = [i for i in found if i > opening_comma]
    return found or [i for i in find_predicates(analysis, clause.first, clause.last) if i > clause.first]


def _adjective_before(tokens, i: int, first: int) -> bool:
    """The word at i, a noun or a verb, comes right after an adjective that is no noun or verb ("A new report has
    found", "several adverse effects") or after a determiner and a comparative ("This deeper sweat penetration
    ensures …"): it is the adjective's noun, not a verb."""
    if tokens[i].lemma not in noun_lemmas() or tokens[i].lower in AUXILIARIES or tokens[i].lower in MODALS:
        return False  # "What makes X particularly aggressive is …": a verb that is no noun stays the verb
    before = tokens[i - 1]
    if pure_adjective(before.lower):
        return True
    return i - 2 >= first and before.lower != before.lemma and before.lower.endswith(("er", "est")) \
        and before.lemma in _adjectives()[0] and tokens[i - 2].lower in NOUN_PHRASE_OPENERS


# words that open a noun phrase (not clauses.DETERMINERS, which also takes the words that may come before one)
NOUN_PHRASE_OPENERS = frozenset(ARTICLES | NOUN_MARKERS | {"this", "these", "that", "those", "no", "some", "any",
                                                           "each", "every", "many", "several", "few", "more", "most",
                                                           "much"})


def _relative_in_opening(analysis: Analysis, words: list[int]) -> bool:
    """The clause opens with a phrase set off by a comma that is no clause of its own (a preposition or a
    participle: "Compared with milk that is produced later, colostrum contains …", "In people who smoke, …") and
    holds a relative clause: the relative clause's verb is not the main one."""
    tokens = analysis.tokens
    first = tokens[words[0]].lower
    if first not in PREPOSITIONS and first not in QUALIFYING_PARTICIPLES:
        return False
    relative = False
    for i in words[1:OPENING_PHRASE_WORDS]:
        if tokens[i].lower == ",":
            return relative
        relative = relative or tokens[i].lower in ("that", "who", "which")
    return False


# at most this many words make an opening phrase (whose relative clause `_relative_in_opening` looks for, and after
# whose comma `_is_assertion` looks for meta-text or an instruction)
OPENING_PHRASE_WORDS = 12


def _third_person_verb(analysis: Analysis, i: int) -> bool:
    """An -s form that can only be a verb ("contains", "becomes") or that opens an object ("measures your", "reports
    a"), or a past form that opens an object ("announced that"): not a plural noun ("studies show", "diet changes
    alone") nor a participle ("newly diagnosed patients")."""
    token = analysis.tokens[i]
    if not token.lower.endswith(("s", "ed")) or token.lower == token.lemma or token.lemma not in verb_lemmas():
        return False
    following = analysis.tokens[i + 1].lower if i + 1 < len(analysis.tokens) else ""
    if token.lower.endswith("ed"):  # a past form is a verb before its object ("announced that", "found the")
        return following in heading_cues()["object_openers"]
    # … and so is an -s form before an object pronoun ("This makes it easier to breathe")
    return token.lemma not in noun_lemmas() or following in heading_cues()["object_openers"] \
        or following in OBJECT_PRONOUNS


# pronouns that are only objects or read as one after an -s form ("makes it", "helps them"); not "you" ("Tests you
# need" is a noun phrase)
OBJECT_PRONOUNS = frozenset({"it", "them", "us", "him", "me"})


def _resolve(analysis: Analysis, before: int, concepts, last_subject: str) -> str:
    """Centering: the previous clause's subject if it names something ("these cells" does; "it", "this form of
    treatment" do not: a pronoun, or a demonstrative before a generic head), else the latest treatment or disease."""
    words = last_subject.lower().split()
    generic = subject_words()["generic_heads"]
    if words and not (words[0] in PRONOUNS and (words[-1] in generic or words[-1] in PRONOUNS)):
        return last_subject
    return _antecedent(analysis, before, concepts)


SUBJECT_CUTS = frozenset(PREPOSITIONS | {"who", "that", "which", "whose", "("})


def _it_names(analysis: Analysis, before: int, subject: str) -> bool:
    """Whether "it" can stand for `subject`, the previous clause's: not when it is a plural ("Most of us", "Many
    people", "Symptoms", "Minor side effects of melatonin") or names a person or a body of people ("Your doctor",
    "the American Contact Dermatitis Society"), unless its head is part of a treatment or disease named nearby
    ("Shingles", "Measles")."""
    lists = subject_words()
    words = [w.strip(".,;:\u2019'\"") for w in subject.lower().split()]
    cut = next((k for k, w in enumerate(words) if k and w in SUBJECT_CUTS), len(words))
    if cut == 1 and words[0] in lists["plural_quantifiers"] and len(words) > 2 and words[1] == "of":
        return _it_names(analysis, before, " ".join(words[2:]))  # "Most of us" is a plural, "most of the iron" not
    words = [w for w in words[:cut] if w]
    if not words:
        return True
    head = words[-1]
    if all(w in lists["plural_quantifiers"] for w in words) or head in lists["plural_nouns"] \
            or head in lists["people_heads"]:
        return False
    lemma = lemma_table().get(head)
    if not (lemma and lemma != head and head.endswith("s")):
        return True
    segment = analysis.segment_at(before)
    lo = analysis.block_first(segment.block - 1) if segment else 0
    concepts = load_concepts()
    for mention in analysis.of_kind("concept", lo, before):
        concept = concepts.get(mention.label)
        if concept and concept.type in SUBJECT_TYPES and head in analysis.text_of(
                mention.first, mention.last).lower().split():
            return True
    return False


def _latest_treatment(analysis: Analysis, before: int, concepts) -> str:
    """The latest treatment named in the sentence before `before` or in its own sentence up to it; "" if none."""
    segment = analysis.segment_at(before)
    if segment is None:
        return ""
    previous = analysis.segment_at(segment.first - 1) if segment.first > 0 else None
    return _antecedent(analysis, before, concepts, TREATMENT_TYPES,
                       previous.first if previous is not None else segment.first)


def _page_centre(analysis: Analysis, topic_words: frozenset[str]) -> str:
    """The first word of the text that is one of its topic words in the singular: what an "it" stands for when the
    sentence before has no subject it can name ("Most of us have had tinnitus … It usually occurs …")."""
    lemmas = lemma_table()
    for token in analysis.tokens:
        if token.lemma in topic_words and lemmas.get(token.lower, token.lower) == token.lower:
            return token.text
    return ""


def opens_after_so(analysis: Analysis, first: int) -> bool:
    """Does the clause or claim at token `first` follow "so" or "so that" (", so the weight stays off", "so you catch
    fewer colds"): a result clause?"""
    tokens = analysis.tokens
    i = first - 1
    while i >= 0 and (tokens[i].is_space or tokens[i].lower == "that"):
        i -= 1
    return i >= 0 and tokens[i].lower == "so"


def _passing_subject(subject: str) -> bool:
    """A subject that a later sentence's "it" or "this" does not name, so it leaves the page's centre where it was:
    an activity named by a gerund that is no noun ("Incorrect dosing can cause lung damage. It is generally
    unsuitable for pregnant individuals"): the pronoun names what the sentences before were about. An -ing form that
    is also a noun ("Fasting", "Heavy bleeding", "Screening") is a thing a pronoun can name."""
    if not subject.endswith("ing"):
        return False
    words = subject.lower().split()
    return len(words) > 1 and words[-1] not in noun_lemmas()


TREATMENT_TYPES = ("treatment", "drug_class", "drug")


def _named_antecedent(analysis: Analysis, clause: Clause, verb: int, resolved: str) -> str:
    """For a pronoun subject given a name ("It is also called systemic lupus erythematosus"), the latest thing named
    in the block or the one before that shares a word with the name ("Lupus"), when `resolved` shares none; ""
    otherwise."""
    tokens = analysis.tokens
    giving = subject_words()["name_giving"]
    at = next((k for k in range(verb, min(verb + 4, clause.last)) if tokens[k].lower in giving), None)
    if at is None:
        return ""
    start = at + 1 + (at + 1 < clause.last and tokens[at + 1].lower in ("as", "to"))
    start += start < clause.last and tokens[start].lower == "as"  # "referred to as"
    name = {t.lemma for t in tokens[start:clause.last] if t.lower.isalpha() and len(t.lower) > 2}
    if not name or name & {w.lower() for w in resolved.split()}:
        return ""
    segment = analysis.segment_at(clause.first)
    lo = analysis.block_first(segment.block - 1) if segment else 0
    named = [m for m in analysis.of_kind("concept", lo, clause.first)
             if name & {t.lemma for t in tokens[m.first:m.last]}]
    best = max(named, key=lambda m: m.first, default=None)
    return analysis.text_of(best.first, best.last) if best else ""


def _antecedent(analysis: Analysis, before: int, concepts, types: tuple[str, ...] = SUBJECT_TYPES,
                since: int | None = None) -> str:
    """The most recent treatment or disease (of `types`) mentioned in the same block (or the one before), or from
    token `since` on."""
    if since is None:
        segment = analysis.segment_at(before)
        lo = analysis.block_first(segment.block - 1) if segment else 0
    else:
        lo = since
    best: Mention | None = None
    for mention in analysis.of_kind("concept", lo, before):
        concept = concepts.get(mention.label)
        if concept and concept.type in types and mention.label not in ("treatment", "cancer"):
            if best is None or mention.first > best.first:
                best = mention
    return analysis.text_of(best.first, best.last) if best else ""


def _negated(analysis: Analysis, clause: Clause, modifiers, cues) -> bool:
    """Negated when a negation reaches the claim's predicate or causal verb."""
    heads = [m for m in cues
             if m.label in ("strength:causal", "predicate", "strength:absolute", "strength:superlative")]
    absolutes = [m for m in heads if m.label == "strength:absolute"]
    for modifier in modifiers:
        if any(a.first <= modifier.trigger.first < a.last for a in absolutes):
            continue  # the "no" of "no side effects" is the absolute's own word, not a negation of the claim
        if analysis.negates(modifier) and any(h.label == "strength:superlative" and h.first <= modifier.trigger.first
                                              < h.last for h in heads):
            return True  # "is not the best option": the ranking denied
        if analysis.negates(modifier) and any(modifier.covers(h.first, h.last) for h in heads):
            return True
    return False


def _strength(labels: set[str], hedged: bool, negated: bool, category: str, *, denial: bool) -> str:
    """Yu et al. 2019: correlational / conditional (hedged) / direct causal / none; plus absolute. A definition
    asserts no relationship even when it uses a verb ("a cancer that affects the bone marrow"), nor does a
    recommendation ("should be screened", "further studies are needed") or a report of earlier work ("previous
    studies suggested that"); a comparison without a causal verb is an observed difference, correlational. With
    `denial`, an effect denied ("Antibiotics do not treat colds") asserts no relationship, as the page gold reads it
    (tests/gold/README.md); Yu et al. label a denied effect by its verb, so `segment_strength` reads without it."""
    if labels & UNASSERTED_FRAMES:  # "should", "previous studies suggested that"
        return "none"
    if "strength:correlational" in labels:  # "associated with lower risk" stays correlational
        return "correlational"
    if "strength:no_exception" in labels and not hedged and "strength:comparison" not in labels:
        # "There is no cure for asthma", "There is no risk of rejection", "No sunscreen gives 100% protection": no
        # exception admitted (its "no" is the claim's own word, not a denial); "There was no significant difference"
        # is a comparison's finding, correlational
        return "absolute"
    if labels & {"strength:comparison", "strength:risk"} and "strength:causal" not in labels:
        if category == "definition" and "strength:risk" not in labels and not hedged:
            # what a thing is made of or where it is found ("a compound found in several plants", "a diet high in
            # fat and low in carbohydrates") describes it: no two things are set side by side
            return "none"
        return "correlational"  # "higher in X than in Y", "smokers are at higher risk"
    if hedged:
        return "conditional"
    if labels & {"strength:absolute", "strength:superlative"} and not negated:
        return "absolute"
    if category == "safety" and "strength:safety_verdict" in labels:
        return "direct"  # "X is safe for most people": the harm it does not do, asserted
    if category == "definition":
        return "none"
    # "Antibiotics do not treat colds", "Screening did not change the death rate": an effect denied
    return "direct" if "strength:causal" in labels and not (negated and denial) else "none"


# What a treatment is for (concept types and outcome concepts): a change to one of them is an effect, not a mechanism
# (damage in general is not: "protect cells from damage" tells how something works)
OUTCOME_TYPES = frozenset({"disease", "harm"})
OUTCOMES = frozenset({"relapse", "refractory", "cure", "remission", "survival", "five-year survival",
                      "progression-free survival", "quality of life", "efficacy", "symptom", "minimal residual disease"})
NOT_OUTCOMES = frozenset({"harm"})
# Concept types that name a part of the body or what it makes: as the subject of a verb of effect ("The liver
# produces …", "Your brain can change …", "Our skin renews itself") it tells how the body works, not what a treatment
# or a product does
BODY_TYPES = frozenset({"body", "cell"})
# The cues of an effect sought that a use or purpose named before them takes out of the vote (claims._category)
USE_SOUGHT = frozenset({"category:efficacy", "category:change", "category:prognosis"})
# the words that chain one effect word sought to the next ("slow or stop", "slow the progression")
USE_CHAINS = frozenset({"and", "or", "the", "its", "their", "a", "an"})
# What names a treatment (TREATMENT_TYPES): a body-process word inside its name ("stem cell transplant",
# "monoclonal antibodies") is no body process


def _process_votes(found: list[Mention], cues: list[str], named: list[Mention], concepts,
                   votes: dict[str, int]) -> dict[str, int]:
    """`votes` with the change and body-process cues counted: a change or action said of a body process, with no
    disease, symptom or outcome named after the verb, tells how something works ("Steroids decrease inflammation",
    "conditions like diabetes deplete NAD+"); a change to anything else is an effect ("decrease swelling")."""
    treatments = [m for m in named if concepts[m.label].type in TREATMENT_TYPES]
    processes = [m for m in found if m.label == "category:process"
                 and not any(t.first <= m.first and m.last <= t.last for t in treatments)]
    changes, actions = cues.count("change"), cues.count("action")
    verbs = [m.first for m in found if m.label in ("category:change", "category:action")]
    after = min(verbs, default=0)
    outcome = any((concepts[m.label].type in OUTCOME_TYPES or m.label in OUTCOMES) and m.label not in NOT_OUTCOMES
                  and m.first >= after for m in named)
    votes = dict(votes)
    if processes and (changes or actions) and not outcome:
        # a body process named with nothing done to it is a description ("T cells are isolated from the blood",
        # "vitamin D is found in cells"); beside a word of effect ("effective in killing cancer cells", "wound
        # healing of tissues") it is what the effect is on: only its verbs count
        nouns = 0 if votes.get("efficacy") else len(processes)
        votes["mechanism"] = votes.get("mechanism", 0) + nouns + changes + actions
    elif changes:
        votes["efficacy"] = votes.get("efficacy", 0) + changes
    return votes


def _act_lowers(analysis: Analysis, clause: Clause) -> bool:
    """The clause's subject is an act named by gerunds (`clauses.gerund_subject`: "Screening with stool tests …",
    "Lowering eye pressure …") and a word of lowering follows it ("… to reduce deaths from colorectal cancer"):
    something done to lower, slow or prevent an outcome, as a treatment is, so its effect is its efficacy ("Smoking
    increases deaths" is no such act)."""
    gerunds = gerund_subject(analysis, clause.first, clause.last)
    return bool(gerunds) and any(m.label == "direction:down" and m.first > gerunds[-1]
                                 for m in analysis.of_kind("cue", clause.first, clause.last))


# Cues that say a clause's effect word is not an effect asserted of a treatment: a use or purpose named ("To treat
# it, you will need to …"), what research looks into, benefits weighed against risks, a harm raised
EFFECT_NOT_ASSERTED = frozenset({"use", "studied", "balance", "raised_harm"})


def _asserts_effect(analysis: Analysis, clause: Clause, labels: set[str], cues: list[str], named, concepts) -> bool:
    """A verb of effect the clause asserts, hedged or not ("Melts stubborn belly fat", "Regulates irregular cycles",
    "Statins lower LDL"), with no word of what kind of effect it is: the effect of the thing the clause is about,
    efficacy (the gold scheme's "a treatment's effect"). Not a harm raised ("can cause rickets": a disease causing a
    symptom describes the disease, a treatment causing one is its safety), nor an effect under a recommendation or a
    report of earlier work, nor one said of research ("Research supports yoga for back pain", lexicons/topics.yml
    `finding_sources`) or of a part of the body ("The liver does not produce vitamin C": how the body works)."""
    if "strength:causal" not in labels or labels & UNASSERTED_FRAMES \
            or EFFECT_NOT_ASSERTED.intersection(cues):
        return False
    words = clause.words(analysis)
    if not words:
        return False
    tokens = analysis.tokens
    opening = words[1] if len(words) > 1 and tokens[words[0]].lower in NOT_BEFORE_VERB else words[0]
    if tokens[opening].lemma in _finding_words()[0] or tokens[opening].lower in _finding_words()[0]:
        return False
    return not any(concepts[m.label].type in BODY_TYPES and m.first == opening for m in named)


def _lowered_before(analysis: Analysis, clause: Clause, at: int) -> bool:
    """A fall said in the clause before token `at` (a direction:down cue): "reduce the increased risk of",
    "Cutting down on alcohol …"."""
    return any(m.label == "direction:down" and m.first < at for m in analysis.of_kind("cue", clause.first, at))


def _harm_of_named_thing(analysis: Analysis, clause: Clause, found: list[Mention], named, concepts) -> bool:
    """A harm raised ("can cause", "increases the risk of") by the thing the clause opens with, when that is neither
    a pronoun nor a disease ("Minoxidil can cause scalp irritation", "Relievers can cause a shaky feeling"): the harm
    a treatment, product or act does, safety. A disease causing a symptom describes the disease ("Severe deficiency
    can cause rickets", "Endometriosis can also cause tiredness"), and "it" may stand for either."""
    raised = min((m.first for m in found if m.label == "category:raised_harm"), default=-1)
    if raised < 0:
        return False
    tokens = analysis.tokens
    if tokens[raised].lower in subject_words()["association_verbs"]:
        return _treatment_linked_to_harm(analysis, clause, raised, named, concepts)
    words = [i for i in clause.words(analysis) if i < raised]
    # the thing named before the verb: not only a modal or an adverb ("can cause diarrhoea" names none), no pronoun
    named_words = [i for i in words if tokens[i].lower not in AUXILIARIES and not tokens[i].lower.endswith("ly")]
    if not named_words or any(tokens[i].lower in PRONOUNS for i in words):
        return False
    before = tokens[words[-1]].lower
    after = tokens[raised + 1].lower if raised + 1 < clause.last else ""
    lists = subject_words()
    if before in NOUN_PHRASE_OPENERS or pure_adjective(before) or before in lists["cause_noun_before"] \
            or after in lists["cause_noun_after"] or tokens[raised].lower in lists["passive_cause"]:
        # "the root cause", "Other causes include …", "the most common triggers", "what causes colic": a cause
        # named; "is usually caused by bleeding": the harm's cause, told of the harm
        return False
    if _lowered_before(analysis, clause, raised):
        return False  # "reduce the increased risk of"
    return not any(concepts[m.label].type == "disease" and m.first < raised for m in named)


def _treatment_linked_to_harm(analysis: Analysis, clause: Clause, linked: int, named, concepts) -> bool:
    """An association verb at token `linked` ("has been linked to", "is associated with") raises a harm only when a
    treatment is named before it ("HRT has been linked to breast cancer", "Ashwagandha has been linked to rare cases of
    liver injury") and no fall follows it ("linked to a lower risk of bowel cancer", "associated with fewer
    infections": an effect). What else is linked to a disease is its cause or its course ("Most cases are linked to UV
    radiation", "Poor sleep is linked to heart disease"), no harm a treatment does."""
    if not any(concepts[m.label].type in TREATMENT_TYPES and m.last <= linked for m in named):
        return False
    # ... nor a wanted outcome raised ("linked to longer life", "associated with improved survival": a benefit)
    benefits = subject_words()["association_benefits"]
    return not any(m.label == "direction:down" and m.first > linked
                   for m in analysis.of_kind("cue", linked, clause.last)) \
        and not any(t.lower in benefits for t in analysis.tokens[linked + 1:clause.last])


# the words after a noun that leave it the head of its phrase: "Smoke from wildfires", "Exposure to", "Lack of sleep"
EXPOSURE_HEAD_FOLLOWERS = frozenset({"of", "from", "in", "at", "to", "and", "or", ","})


def _exposure_subject(analysis: Analysis, clause: Clause, found: list[Mention], named, concepts) -> bool:
    """The clause's subject, before its first word of effect or harm, is an exposure or a risk factor, not something
    that can be a treatment (lexicons/subjects.yml `exposure_openers`, `exposure_heads`): "Smoking damages the lungs",
    "Air pollution worsens asthma", "Stress can cause headaches", "Lack of sleep can cause poor concentration". Not
    when a treatment concept, an intervention or an intake is named there (`intervention_words`, `intake_gerunds`:
    "A low-fat diet lowers …", "Taking senna can cause cramping"), nor when the exposure is lowered ("Cutting down on
    alcohol … is good for your liver"), nor in a clause that names no subject ("Melts belly fat")."""
    causal = [m.first for m in analysis.of_kind("cue", clause.first, clause.last) if m.label == "strength:causal"]
    verb = min([m.first for m in found] + causal, default=clause.last)
    tokens = analysis.tokens
    words = [i for i in clause.words(analysis) if i < verb and tokens[i].lower not in AUXILIARIES]
    if not words or any(concepts[m.label].type in TREATMENT_TYPES and m.first < verb for m in named):
        return False
    lists = subject_words()
    lowered = [tokens[i].lower for i in words]
    if not lists["intervention_words"].isdisjoint(lowered) or lowered[0] in lists["intake_gerunds"]:
        return False
    if _lowered_before(analysis, clause, verb):
        return False  # "Cutting down on alcohol … is good for your liver": an exposure lowered is an intervention
    heads = [w for at, w in enumerate(lowered)
             if at == len(lowered) - 1 or lowered[at + 1] in EXPOSURE_HEAD_FOLLOWERS]
    return lowered[0] in lists["exposure_openers"] or not lists["exposure_heads"].isdisjoint(heads)


def _prescribing_rule(analysis: Analysis, clause: Clause, found: list[Mention]) -> bool:
    """Does every withholding in the clause (a `category:withheld` cue: "are not prescribed to people under 40") end
    at a condition of the group's own eligibility, "unless" with the group named by a pronoun after it ("unless their
    risk is high", "unless they have severe symptoms")? A professional's say-so as the condition ("unless a doctor
    advises it", "unless your GP tells you to") keeps the warning."""
    words = subject_words()
    tokens = analysis.tokens
    for cue in (m for m in found if m.label == "category:withheld"):
        opener = next((i for i in range(cue.last, clause.last) if tokens[i].lower in words["eligibility_openers"]),
                      None)
        if opener is None:
            return False
        condition = [tokens[i].lower for i in range(opener + 1, clause.last)]
        if not condition or condition[0] not in words["eligibility_people"] \
                or any(word in words["eligibility_professionals"] or word in words["eligibility_decisions"]
                       for word in condition):
            return False
    return True


def _category(analysis: Analysis, clause: Clause, labels: set[str], concepts, people: bool = False,
              reason: bool = False, eligibility: bool = True) -> str:
    """Cure, safety, statistic and definition cues decide outright (in that order); otherwise the most cued of
    mechanism, efficacy and prognosis, efficacy winning ties when a treatment is named; with none of them cued, an
    effect the clause asserts is efficacy (`_asserts_effect`) unless `people` (its subject names people in general:
    "many women stopped treatment" tells what people do, `_people_subject`), anything else other. `eligibility`:
    whether a withholding ended at the group's own eligibility is a prescribing rule (`_prescribing_rule`), as on a
    page that promotes nothing."""
    found = [m for m in analysis.of_kind("cue", clause.first, clause.last) if m.label.startswith("category:")]
    # the longest cue decides for the words it covers: "improving outcomes" is efficacy, its "outcomes" no prognosis
    found = [m for m in found
             if not any(o.first <= m.first and m.last <= o.last and o.last - o.first > m.last - m.first for o in found)]
    used = min((m.first for m in found if m.label == "category:use"), default=clause.last)
    if used < clause.last:
        # a use or a purpose named ("is used to treat X", "are designed to slow Y", "is done to restore a rhythm and to
        # relieve symptoms"): the effects it is for, after "to" or "for" and the words chained to them ("to help
        # control sneezing", "to slow the progression"), are not asserted, so they do not vote
        sought: set[int] = set()  # where the effect words sought end
        kept: list[Mention] = []
        for m in sorted(found, key=lambda m: m.first):
            before = analysis.tokens[m.first - 1].lower
            if m.first > used and m.label in USE_SOUGHT and (
                    before in ("to", "for") or analysis.tokens[m.first].lower in ("to", "for") or m.first in sought
                    or m.first - 1 in sought and before in USE_CHAINS):
                sought.add(m.last)
            else:
                kept.append(m)
        found = kept
    cues = [m.label.split(":", 1)[1] for m in found]
    # whom a medicine is withheld from is a claim of its safety, unless the sentence ends it at the group's own
    # eligibility: then it states a prescribing rule ("not prescribed to people under 40 unless their risk is
    # high"), neither a harm nor an effect, and its withholding votes for nothing
    prescribing_rule = "withheld" in cues and eligibility and _prescribing_rule(analysis, clause, found)
    cues = [cue if cue != "withheld" else "safety" for cue in cues if not (cue == "withheld" and prescribing_rule)]
    if reason:  # `_reason_given`, read once by the caller
        cues.append("mechanism")  # "…, which is why your knees ache in winter": how what it tells comes about
    rate_trend = "category:statistic" in labels and "strength:causal" in labels
    if "reported" in cues and "safety" not in cues:  # someone else's claim ("the company claims CBD treats cancer")
        return "other"
    if prescribing_rule and "safety" not in cues and "cure" not in cues:
        return "other"
    for category in ("cure", "safety", "statistic", "definition"):
        # a figure is looked for only when a statistic cue asks for one
        if category in cues and (category != "statistic" or rate_trend
                                 or any(t.like_num for t in analysis.tokens[clause.first:clause.last])):
            return category
        if category == "statistic" and "frequency" in cues:  # "is more common in children": a number of its own
            return category
    if clause.apposition:  # "X, a cancer of plasma cells": a noun phrase that says what X is
        return "definition"
    if clause.spared and not any(t.lemma == "need" for t in analysis.tokens[clause.first:clause.last]):
        # ", without the stomach problems", ", with no morning grogginess": the harms it is said to come without (not
        # the burden it spares: ", with no need to comb" says what it does)
        return "safety"
    named = analysis.of_kind("concept", clause.first, clause.last)
    if "raised_harm" in cues and "efficacy" not in cues:
        # a treatment raising the risk of a disease or harm, or causing one, is a claim about harm (one that speaks of
        # efficacy is not: "improvements have led to the superior efficacy … in B cell cancers")
        raised = min(m.first for m in found if m.label == "category:raised_harm")
        # ... unless a fall of that risk is what is said ("was found to reduce the increased risk of")
        lowered = any(m.label == "direction:down" and m.first < raised
                      for m in analysis.of_kind("cue", clause.first, clause.last))
        if analysis.tokens[raised].lower in subject_words()["association_verbs"]:
            lowered = lowered or not _treatment_linked_to_harm(analysis, clause, raised, named, concepts)
        if not lowered and any(concepts[m.label].type in TREATMENT_TYPES and m.last <= raised for m in named) \
                and any(concepts[m.label].type in OUTCOME_TYPES and m.first > raised for m in named):
            return "safety"
    votes: dict[str, int] = {c: cues.count(c) for c in ("efficacy", "prognosis", "mechanism") if c in cues}
    votes = _process_votes(found, cues, named, concepts, votes)
    if not votes:
        if _exposure_subject(analysis, clause, found, named, concepts):
            return "other"  # a risk factor's harm: neither a treatment's effect nor its safety
        if _harm_of_named_thing(analysis, clause, found, named, concepts):
            return "safety"
        return "efficacy" if not people and _asserts_effect(analysis, clause, labels, cues, named, concepts) \
            else "other"
    has_treatment = any(concepts[m.label].type in TREATMENT_TYPES for m in named) \
        or _act_lowers(analysis, clause)
    order = ("efficacy", "mechanism", "prognosis") if has_treatment else ("prognosis", "mechanism", "efficacy")
    return max(votes, key=lambda c: (votes[c], -order.index(c)))
