"""The NLP stage: lemmas as NORM (contractions and typographic apostrophes included) and pattern matching."""

from __future__ import annotations

import pytest

from pipeline.nlp import analyse_text


def _concepts(text: str) -> list[tuple[str, str]]:
    analysis = analyse_text(text)
    return [(m.label, analysis.text_of(m.first, m.last)) for m in analysis.of_kind("concept")]


def _sentences(text: str) -> list[str]:
    """The text of each sentence the NLP stage cut."""
    analysis = analyse_text(text)
    return [analysis.text_of(s.first, s.last) for s in analysis.segments]


def test_contractions_match_like_the_words_they_stand_for():
    for text in ("It doesn't respond to treatment.", "It doesn\u2019t respond to treatment.",
                 "It does not respond to treatment."):
        assert ("refractory", text.split(" respond")[0].removeprefix("It ") + " respond") in _concepts(text), text
    lemmas = [t.lemma for t in analyse_text("We can\u2019t, it won't, they didn\u2019t.").tokens]
    assert lemmas[:3] == ["we", "can", "not"] and "will" in lemmas and lemmas.count("not") == 3


def test_number_anchored_patterns_still_match():
    """Patterns whose only fixed words are common ("in", "of") are anchored on their number."""
    analysis = analyse_text("The risk fell from 4% to 2% (1 in 50 patients).")
    cues = {m.label for m in analysis.of_kind("cue")}
    assert "RSK001:unless" in cues and "SAF003:unless" in cues


def test_numbers_are_not_glued_to_brackets_or_signs():
    """spaCy's emoticon special cases ("8)", "<3") are dropped: in health text they are numbers and signs."""
    tokens = analyse_text("Responses (n = 8) were seen; HbA1c <3% in 2 of 8) groups.").tokens
    texts = [t.text for t in tokens]
    assert texts[texts.index("8"):texts.index("8") + 2] == ["8", ")"] and "8)" not in texts
    assert "<3" not in texts and tokens[texts.index("3")].like_num


def test_one_word_regex_concepts_and_sentence_ends():
    """One-word regular expressions (drug and disease suffixes) match as vocabulary flags; sentences end at
    . ! ? and a trailing '?!', but not after a list number or inside an abbreviation."""
    analysis = analyse_text("Patients got zanubrutinib! Was it safe?! 1. Yes, e.g. for lymphoma. Done.")
    labels = {(m.label, analysis.text_of(m.first, m.last)) for m in analysis.of_kind("concept")}
    assert {w for _, w in labels} >= {"zanubrutinib", "lymphoma"}
    sentences = [analysis.text_of(s.first, s.last) for s in analysis.segments]
    assert sentences == ["Patients got zanubrutinib!", "Was it safe?!", "1. Yes, e.g. for lymphoma.", "Done."]


def test_a_not_in_token_is_checked_without_the_matcher():
    """Fixed-length patterns with a NOT_IN token ("had reduced" + no determiner) match on the token columns."""
    def comparisons(text: str) -> list[str]:
        analysis = analyse_text(text)
        return [analysis.text_of(m.first, m.last) for m in analysis.of_kind("cue") if m.label == "strength:comparison"]

    assert comparisons("Patients had reduced renal function.") == ["had reduced renal"]
    assert comparisons("The programme had reduced the number of visits.") == []


def test_a_flag_and_a_word_list_on_one_token_are_checked_without_the_matcher():
    """'the second half of a hyphenated modifier': "-" then an alphabetic word not in a list (two tests on one
    token) is matched on the token columns too."""
    def mentions(text: str) -> set[tuple[str, str]]:
        analysis = analyse_text(text)
        return {(m.label, analysis.text_of(m.first, m.last)) for m in analysis.of_kind("cue")}

    assert ("strength:background", "-stimulating") in mentions("High thyroid-stimulating hormone levels.")
    assert not {m for m in mentions("A cost-effective drug.") if m[0] == "strength:background"}


def test_a_quote_opening_the_next_sentence_is_not_the_previous_ones_closer():
    analysis = analyse_text('"It works," said Dr. Holt, the chief medical officer. "It changes the course of the '
                            'disease." Others disagreed.')
    sentences = [analysis.text_of(s.first, s.last) for s in analysis.segments]
    assert sentences == ['"It works," said Dr. Holt, the chief medical officer.',
                         '"It changes the course of the disease."', "Others disagreed."]


def test_a_line_break_inside_a_paragraph_only_wraps_the_line():
    """Hard-wrapped text (plain text, Markdown, e-mail) is read as if each paragraph were one line: patterns and
    claims cross the breaks ("no side\\neffects" lost its SAF001 error), and offsets still point into the file."""
    from pipeline.audit import audit_source
    from pipeline.evidence import EvidenceIndex
    from pipeline.ingest import build_source
    from pipeline.nlp import analyse
    from pipeline.references import Library
    from pipeline.rules.loader import load_rules

    index, rules = EvidenceIndex(Library({}, ())), load_rules()
    one_line = "Our supplement is clinically proven to reverse diabetes and has no side effects at all.\n\nNew line.\n"
    wrapped = one_line.replace("clinically proven", "clinically\nproven").replace("side effects", "side\neffects")
    results = {}
    for kind in ("txt", "md"):
        for name, raw in (("one line", one_line), ("wrapped", wrapped)):
            source = build_source(f"a.{kind}", raw, kind)
            result = audit_source(analyse(source), index, rules)
            results[kind, name] = ([(c.text, c.start) for c in result.claims],
                                   [(f.code, f.start, raw[f.start:f.end].replace("\n", " ")) for f in result.flags])
        assert results[kind, "wrapped"] == results[kind, "one line"], kind
    assert {"AUT004", "SAF001"} <= {code for code, _, _ in results["txt", "wrapped"][1]}


def test_a_rules_sentence_conditions_are_looked_for_where_the_rule_matched():
    """AUT001's `unless` patterns (a study named by its year or sponsor) are matched only in a sentence where AUT001
    matched: they decide nothing elsewhere, and abstracts name studies in nearly every sentence."""
    analysis = analyse_text("A 2018 NIH study was run in Ohio. A 2018 NIH study shows that green tea helps.")
    first, second = analysis.segments[:2]
    conditions = [m for m in analysis.of_kind("cue") if m.label == "AUT001:unless"]
    assert any(m.label == "AUT001" for m in analysis.of_kind("rule", second.first, second.last))
    assert conditions and all(second.first <= m.first < second.last for m in conditions)


def test_a_company_abbreviation_ends_a_sentence_only_before_a_word_that_opens_one():
    """The tokenizer keeps "Ltd." whole, so its full stop ends a sentence only when the next word opens one
    (lexicons/abbreviations.yml); a name or a lower-case word goes on with the same sentence."""
    assert _sentences("The cream is sold by Dermaco Ltd. It clears eczema in a week.") == [
        "The cream is sold by Dermaco Ltd.", "It clears eczema in a week."]
    assert _sentences("Vitamin D is made by Sunco Inc. The tablets prevent flu.") == [
        "Vitamin D is made by Sunco Inc.", "The tablets prevent flu."]
    assert len(_sentences("The tablets are made by Sunco Inc. in Ohio and they prevent flu.")) == 1
    assert len(_sentences("Sunco Inc. Chief Executive Jo Ward said the tablets prevent flu.")) == 1


def test_no_before_a_number_ends_no_sentence_but_a_bare_no_does():
    assert _sentences("Fish oil is the No. 1 supplement for dry eyes. It is cheap.") == [
        "Fish oil is the No. 1 supplement for dry eyes.", "It is cheap."]
    assert _sentences("Is ginkgo safe? No. It thins the blood.") == ["Is ginkgo safe?", "No.", "It thins the blood."]
    # after "Ltd." a capitalised "No" opens the next sentence like any sentence opener
    assert _sentences("The tea is sold by Leafco Ltd. No study supports it.") == [
        "The tea is sold by Leafco Ltd.", "No study supports it."]


def test_a_matcher_runs_over_the_reach_of_its_patterns_around_the_anchor():
    """An anchored Matcher reads only the tokens its matches can reach around the anchor: bounded quantifiers
    bound the window, open ones ("*", "+", "{2,}") reach MAX_SPAN tokens on that side (no match is longer)."""
    from pipeline.components.register import MAX_SPAN, _reach, _wider

    a, b, gap = {"LOWER": "a"}, {"LOWER": "b"}, {"OP": "{0,3}"}
    assert _reach([a, gap, b], 0) == (0, 4) and _reach([a, gap, b], 2) == (4, 0)
    assert _reach([a, {"OP": "*"}, b], 0) == (0, MAX_SPAN) and _reach([a, {"OP": "{2,}"}, b], 2) == (MAX_SPAN, 0)
    assert _reach([{**a, "OP": "+"}, b], 0) == (MAX_SPAN, MAX_SPAN)
    assert _wider((0, 4), (2, MAX_SPAN)) == (2, MAX_SPAN)


def test_a_fixed_pattern_is_filed_under_a_rare_word_or_a_set_before_a_common_word():
    """A word anchoring many fixed-length patterns ("have": 63) tries only those whose filed check is there too.
    "none|nothing * * have be shown" filed under the common "be" was tried at nearly every "have be"; filed under its
    set of rarer words it is tried only after "none" or "nothing". A pattern whose only other check is a set is
    filed under each of its words."""
    from pipeline.components.anchored import COLUMNS, FixedGroup

    norm = COLUMNS.index("NORM")
    other, have, be, none, nothing, effect = range(1, 7)  # word hashes
    # (match id, anchor offset, length, word checks, set checks, excluded sets), as make_matches builds them
    negated = (10, 3, 5, ((3, norm, have), (4, norm, be)), ((0, norm, frozenset({none, nothing})),), ())
    causal = (11, 0, 2, ((0, norm, have),), ((1, norm, frozenset({effect})),), ())
    group = FixedGroup([negated, causal], frozenset({be}))

    def rows(*words: int) -> list[list[int]]:
        return [[word, 0, 0, 0, 0] for word in words]

    assert group.candidates(rows(other, other, other, have, be), 3) == []
    assert group.candidates(rows(nothing, other, other, have, be), 3) == [negated]
    assert group.candidates(rows(have, effect), 0) == [causal]
    assert group.candidates(rows(have, other), 0) == []
    # the patterns still match where they should
    analysis = analyse_text("None of these claims have been proven. Smoking can have an effect on sleep.")
    found = {(analysis.text_of(m.first, m.last), m.label) for m in analysis.mentions}
    assert {("None of these claims have been proven", "NEGATED:18"), ("have an effect", "strength:causal")} <= found


def test_the_anchored_hits_match_fixed_patterns_within_their_segment_and_mark_the_matcher_runs():
    """`anchored.match_hits`, the per-hit loop of the anchored patterns (compiled with mypyc): at each anchor hit, a
    fixed-length pattern filed under the anchor matches where its other words are and its tokens lie in the hit's
    segment, not across a segment's end nor outside every segment; a Matcher group anchored on the word gets one run per
    segment, from its first hit there to its last."""
    from pipeline.components.anchored import COLUMNS, match_hits

    norm = COLUMNS.index("NORM")
    have, effect, other = 1, 2, 3
    causal = (11, 0, 2, ((0, norm, have),), ((1, norm, frozenset({effect})),), ())
    not_after_other = (12, 0, 2, ((0, norm, have),), (), ((1, norm, frozenset({other})),))
    words = [have, effect, have, other, have, effect, have]
    rows = [[word, 0, 0, 0, 0] for word in words]
    hits = [0, 2, 4, 6]  # every "have"
    firsts, lasts = [0, 5], [5, 7]  # segments [0, 5) and [5, 7): the third "have" ends the first, the fourth is alone
    group = object()  # a Matcher group (opaque here)
    runs: dict = {}
    found: list = []
    match_hits(rows, norm, hits, [0, 0, 0, 1], firsts, lasts, {have: group}, {(norm, have): [causal, not_after_other]},
               {}, frozenset(), runs, found)
    # "have effect" at 0, not "have other" at 2; at 4 the effect lies in the next segment; at 6 nothing follows
    assert sorted(found) == [(11, 0, 2), (12, 0, 2)]
    assert runs == {(0, group): (group, 0, 4), (1, group): (group, 6, 6)}
    found.clear()
    match_hits(rows, norm, [0], [-1], firsts, lasts, {}, {(norm, have): [causal]}, {}, frozenset(), {}, found)
    assert found == []  # a hit outside every segment matches nothing


def test_a_matcher_runs_only_where_the_other_words_its_patterns_require_are():
    """Besides its anchor, a Matcher pattern's required words (not optional, not repeated from zero; a word or a
    set of words) must all be in the tokens it would read: ", however … should|needed" is not run at every
    "however", nor a rule's sentence condition "evidence … is mixed" in every sentence the rule flagged."""
    from pipeline.components.anchored import COLUMNS, holds as _holds
    from pipeline.components.register import _required
    from pipeline.nlp import build_language

    nlp = build_language(None)  # the one analyse_text uses
    word = nlp.vocab.strings.add
    lower, orth = COLUMNS.index("LOWER"), COLUMNS.index("ORTH")
    pattern = [{"ORTH": ","}, {"LOWER": "however"}, {"LOWER": {"NOT_IN": ["but"]}, "OP": "*"},
               {"LOWER": {"IN": ["should", "needed"]}}, {"LOWER": "be", "OP": "?"}, {"IS_ALPHA": True}]
    required = _required(nlp, pattern, 1)
    assert set(required) == {(lower, frozenset({word("should"), word("needed")})), (orth, frozenset({word(",")}))}
    assert set(_required(nlp, pattern)) == {(lower, frozenset({word("however")})), *required}
    tokens = [",", "however", "trials", "are", "needed"]
    columns = [[], [word(t) for t in tokens], [word(t) for t in tokens]]
    assert _holds(columns, required, 0, 5) and not _holds(columns, required, 0, 4)
    assert not _holds(columns, required, 1, 5) and _holds(columns, (), 0, 0)
    # the cues and conditions are found as before
    analysis = analyse_text("Zinc shortened colds, however larger trials are needed. The results were mixed.")
    assert [analysis.text_of(m.first, m.last) for m in analysis.of_kind("cue")
            if m.label == "strength:conceded_recommendation"] == [", however larger trials are needed"]


def test_patterns_that_require_the_same_words_share_one_set_of_them():
    """Thousands of patterns require the same few hundred word lists: each distinct set of word hashes is kept
    once, whichever pattern or pre-test asked for it first; a different list keeps a set of its own."""
    from pipeline.components.register import _required, _some_required
    from pipeline.nlp import build_language

    nlp = build_language(None)
    organs = {"LOWER": {"IN": ["liver", "kidney", "gut"]}}
    first = _required(nlp, [{"LOWER": "cleanse"}, organs], 0)
    second = _required(nlp, [{"LOWER": "detox"}, {"LOWER": "your"}, {**organs, "OP": "+"}], 0)
    third = _required(nlp, [{"LOWER": "cleanse"}, {"LOWER": {"IN": ["liver", "kidney"]}}], 0)
    assert first[0][1] is [words for _, words in second if len(words) == 3][0]
    assert third[0][1] != first[0][1]
    # ... and a fourth pattern with the third's list shares the third's set
    fourth = _required(nlp, [{"LOWER": "flush"}, {"LOWER": {"IN": ["kidney", "liver"]}}], 0)
    assert fourth[0][1] is third[0][1]
    # the pre-test's merged sets are shared the same way, and still equal to what they merge
    assert _some_required({first: (0, 1)})[0][1] is first[0][1]
    # an optional token requires nothing, shared or not
    assert _required(nlp, [{"LOWER": "cleanse"}, {**organs, "OP": "?"}], 0) == ()



def test_a_word_is_required_beside_the_other_tests_of_its_token():
    """A token that tests a word and something else (SUB017's "Improve the …": the verb must also open a sentence)
    still requires the word: its Matcher, anchored on "the", is not run in every sentence with a "the" in it, and
    the command that opens a sentence is still matched."""
    from pipeline.components.anchored import COLUMNS, holds as _holds
    from pipeline.components.register import _required
    from pipeline.nlp import build_language

    nlp = build_language(None)
    word = nlp.vocab.strings.add
    lower = COLUMNS.index("LOWER")
    pattern = [{"IS_SENT_START": True, "LOWER": "improve"}, {"LOWER": "the"}, {"IS_PUNCT": False, "OP": "{0,12}"}]
    required = _required(nlp, pattern, 1)
    assert required == ((lower, frozenset({word("improve")})),)
    columns = [[], [word(t) for t in ("we", "measured", "the", "dose")]]
    assert not _holds(columns, required, 0, 4)
    # a test with no word is no requirement ({"IS_PUNCT": false}), nor a NOT_IN list
    assert _required(nlp, [{"LOWER": {"NOT_IN": ["a"]}, "IS_ALPHA": True}, {"LOWER": "the"}], 1) == ()
    promise = "Improve the health of your joints in 30 days. Order now and get free shipping today."
    opened = [m for m in analyse_text(promise).of_kind("rule") if m.label == "SUB017"]
    assert opened and opened[0].first == 0
    inside = "We wanted to improve the health of your joints."
    assert not [m for m in analyse_text(inside).of_kind("rule") if m.label == "SUB017"]


def test_a_pattern_that_opens_a_sentence_is_matched_only_from_a_sentence_start_over_its_length():
    """A Matcher pattern whose first token must start a sentence (IS_SENT_START, no quantifier on it) and that has
    no repeated token is run only from the tokens spaCy marks as sentence starts, over its length; one whose first
    token is optional or whose tokens repeat may start anywhere, or be longer, and stays with the whole-text Matcher."""
    from pipeline.components.register import _opening_length

    to = {"LOWER": "to", "IS_SENT_START": True}
    assert _opening_length([to]) == 1
    assert _opening_length([to, {"LOWER": "be", "OP": "?"}, {"IS_ALPHA": True}]) == 3
    assert _opening_length([{**to, "OP": "?"}, {"LOWER": "be"}]) == 0
    assert _opening_length([to, {"IS_ALPHA": True, "OP": "+"}]) == 0
    assert _opening_length([{"LOWER": "to"}]) == 0 and _opening_length([{**to, "IS_SENT_START": False}]) == 0
    # a counted repeat holds up to its most tokens, not the one entry it is (review B M4: SUB017's "{0,12}" openers
    # were read three tokens deep, "Feel calmer in" of "Feel calmer in 30 days or your money back"); an open one
    # ("{2,}") has no bound, and a negated token holds none
    assert _opening_length([to, {"LOWER": "be"}, {"IS_PUNCT": False, "OP": "{0,12}"}]) == 14
    assert _opening_length([to, {"IS_ALPHA": True, "OP": "{3}"}, {"IS_ALPHA": True, "OP": "{1,4}"}]) == 8
    assert _opening_length([to, {"IS_ALPHA": True, "OP": "{,5}"}]) == 6
    assert _opening_length([to, {"IS_ALPHA": True, "OP": "{2,}"}]) == 0
    assert _opening_length([to, {"LOWER": "not", "OP": "!"}, {"IS_ALPHA": True}]) == 2
    # the cues are found as before: a sentence opened by its purpose
    analysis = analyse_text("To treat coeliac disease, you will need to avoid gluten.")
    assert [(m.first, m.last) for m in analysis.of_kind("cue") if m.label == "category:use"] == [(0, 1)]


def test_a_matcher_run_is_dropped_when_no_required_set_can_be_there():
    """The pre-test of an anchored Matcher's runs (`_some_required`): one word set of each required set, merged by
    column; tokens holding none of those words hold no required set whole. A Matcher with a pattern that requires
    nothing has no pre-test: every run tries it."""
    from pipeline.components.anchored import holds as _holds, holds_none
    from pipeline.components.register import _some_required

    should, needed, comma, however = 1, 2, 3, 4
    lower, orth = 1, 2
    needs = {((lower, frozenset({should, needed})), (orth, frozenset({comma}))): (0, 5),
             ((lower, frozenset({however})),): (0, 3)}
    some = _some_required(needs)
    assert some == ((lower, frozenset({however})), (orth, frozenset({comma})))
    columns = [[], [should, 9, however], [9, comma, 9]]
    window = [[], [should, 9, 9], [9, 9, 9]]  # "should" without the comma: no set is there, and the pre-test says so

    def passes(cols, lo, hi):
        return not holds_none(cols, some, lo, hi)

    assert passes(columns, 0, 3) and any(_holds(columns, required, 0, 3) for required in needs)
    assert not passes(window, 0, 3) and not any(_holds(window, required, 0, 3) for required in needs)
    assert _some_required({(): (0, 0), **needs}) is None


def test_a_regular_expression_on_a_word_is_required_like_a_word():
    """A Matcher pattern's required token tested by a regular expression on its word ("management.1 Psoriasis": a
    citation number after a full stop, anchored on the full stop) is required like a listed word: a run whose tokens
    hold no word the expression accepts is dropped (abstracts have a full stop in every sentence, and a citation
    number after few), and a run that holds one still finds the match."""
    from pipeline.components.anchored import COLUMNS, holds as _holds
    from pipeline.components.register import _MatchingWords, _required, _some_required
    from pipeline.nlp import build_language

    nlp = build_language(None)
    word = nlp.vocab.strings.add
    orth = COLUMNS.index("ORTH")
    pattern = [{"IS_LOWER": True, "SPACY": False}, {"ORTH": ".", "SPACY": False},
               {"TEXT": {"REGEX": r"^\d{1,3}$"}, "IS_DIGIT": True}]
    required = _required(nlp, pattern, 1)
    assert required == ((orth, _MatchingWords(orth, r"^\d{1,3}$", nlp.vocab.strings)),)
    assert _some_required({required: (1, 1)}) == required
    columns = [[], [], [word(t) for t in ("management", ".", "1", "Psoriasis", ".", "It")]]
    assert _holds(columns, required, 0, 3) and not _holds(columns, required, 3, 6)  # must not pass without a number
    assert not _holds(columns, required, 0, 2)
    # the citation marker is still found where the number is, and not where it is not
    analysis = analyse_text("Psoriasis needs management.1 Psoriasis follows. The rash fades. It returns.")
    citations = [analysis.text_of(m.first, m.last) for m in analysis.of_kind("cue") if m.label == "citation"]
    assert citations == ["management.1"]

def _asides(text: str) -> list[str]:
    """The parenthesis and dash asides the strength cues found (strength:background spans opened by a mark)."""
    analysis = analyse_text(text)
    return [analysis.text_of(m.first, m.last) for m in analysis.of_kind("cue")
            if m.label == "strength:background" and analysis.tokens[m.first].text in ("(", "\u2014", "--")]


def test_an_aside_must_close_within_max_span_tokens():
    from pipeline.components.register import MAX_SPAN

    words = " ".join(["patients"] * (MAX_SPAN + 5))
    assert _asides("Statins (a class of drugs) lower LDL cholesterol.") == ["(a class of drugs)"]
    assert _asides(f"Statins (taken by {words}) lower LDL cholesterol.") == []
    assert _asides(f"Statins \u2014 taken by {words} \u2014 lower LDL cholesterol.") == []
    # an aside never reaches across a sentence end
    assert _asides("Statins (a class of drugs. They) lower LDL cholesterol.") == []


def test_a_conceded_recommendation_starts_at_the_last_contrast_word():
    """', but … needed': the recommendation belongs to the contrast clause it is in, so a second contrast word opens
    the span again (and an unclosed one never holds the tokens of the next: the Matcher stays linear)."""
    analysis = analyse_text("Zinc shortened colds in adults, but not in children, though larger trials are needed.")
    spans = [analysis.text_of(m.first, m.last) for m in analysis.of_kind("cue")
             if m.label == "strength:conceded_recommendation"]
    assert spans == [", though larger trials are needed"]


def test_open_spans_stay_linear_on_long_text_without_full_stops():
    """Each open span's gap stops at the word that opens the next one ("the more …", "effects of … were examined",
    "a condition in which …"), so an unclosed span never overlaps the next: the number of matches grows with the
    text, not with its square (before, one definition match covered all 2,550 tokens of this line)."""
    from pipeline.components.register import MAX_SPAN

    filler = "patients with mild asthma were given the inhaler twice daily for eight weeks"
    text = " ".join(f"a condition in which {filler}" for _ in range(150))
    analysis = analyse_text(text)
    definitions = [m for m in analysis.of_kind("cue") if m.label == "strength:background"
                   and analysis.tokens[m.first].lower == "a"]
    assert len(definitions) == 150 and max(m.last - m.first for m in definitions) <= MAX_SPAN


def test_the_company_frames_match_far_from_their_anchor_and_only_inside_their_sentence():
    """The reported-advertising frames hold word sets too many to spell out; filed under a set of their words
    ("company", "firm" …), they still match four words away from it, and not across a sentence end."""
    def frames(text: str) -> list[str]:
        analysis = analyse_text(text)
        return [analysis.text_of(m.first, m.last) for m in analysis.of_kind("mention") if m.label == "before"]

    assert "The new supplement company behind it claims" in frames("The new supplement company behind it claims it works.")
    assert not any("company" in frame for frame in frames("We met the company. Claims were made."))


def test_a_blank_is_no_special_case_and_is_tokenized_as_one_was():
    """A special case met in a text stops spaCy's tokenizer from caching the words after it, and the line break
    between a title and its paragraph was one: blanks that are one token of themselves are not special cases now.
    The tokens are those spaCy's own special cases give (a non-breaking space keeps its own: its NORM differs)."""
    import spacy

    from pipeline.nlp import build_language

    rules = build_language(None).tokenizer.rules
    assert not {" ", "\t", "\n"} & set(rules) and "\xa0" in rules
    text = "Fish oil\nStatins lower LDL-C (p<0.05) by 20%, don't they?\nYes.\tNo.  Maybe \n\n"
    ours = build_language(None).make_doc(text)
    default = spacy.blank("en").make_doc(text)
    assert [(t.text, t.idx, t.whitespace_) for t in ours] == [(t.text, t.idx, t.whitespace_) for t in default]
    assert [t.norm_ for t in ours if t.is_space] == [t.text for t in ours if t.is_space]


def test_a_lexicon_word_is_split_as_the_tokenizer_splits_it():
    """Words of letters only skip the tokenizer when patterns are compiled, unless a special case splits them."""
    from pipeline.patterns import _pieces, _tokenizer

    for word in ("cannot", "Cannot", "gonna", "myeloma", "naïve", "cancer-free", "CAR-T", "don't", "t(4;14)", "17p",
                 "omega-3s", "Ltd", "e.g."):
        assert _pieces(word) == [t.text for t in _tokenizer()(word)], word
    assert _pieces("cannot") == ["can", "not"]


def test_a_reference_to_a_figure_or_table_does_not_end_the_sentence():
    # "Fig." and "ref." point into a paper (lexicons/abbreviations.yml reference_abbreviations)
    analysis = analyse_text("Zinc shortened colds in adults (see Fig. 2) and in children. It was well tolerated.")
    assert [analysis.text_of(s.first, s.last) for s in analysis.segments] == [
        "Zinc shortened colds in adults (see Fig. 2) and in children.", "It was well tolerated."]


def test_a_pattern_whose_only_words_are_common_is_anchored_on_a_set_of_rarer_words():
    """"the more …, the lower …" needs a Matcher; anchored on "the" it ran in nearly every sentence of an abstract (a
    third of all the tokens the Matchers read), anchored on the comparatives only where one is. Any required token
    finds every match, so the cues are the same."""
    from pipeline.components.register import _matcher_anchor

    the, comparative = {"LOWER": "the"}, {"LOWER": {"IN": ["more", "less"]}}
    assert _matcher_anchor([the, comparative, {"OP": "*"}, {"ORTH": ","}, the, comparative]) == (
        1, "LOWER", ("less", "more"))
    assert _matcher_anchor([{"LOWER": "cure"}, {"OP": "*"}, comparative]) == (0, "LOWER", ("cure",))
    assert _matcher_anchor([the, {"OP": "*"}, {"LIKE_NUM": True}]) == (2, "LIKE_NUM", ("",))

    def correlatives(text: str) -> list[str]:
        analysis = analyse_text(text)
        return [analysis.text_of(m.first, m.last) for m in analysis.of_kind("cue")
                if m.label == "strength:correlational"]

    assert correlatives("The longer they take it, the lower the risk. The more the better.") == [
        "The longer they take it, the lower"]
    assert correlatives("In the trial the more fish people ate - the fewer strokes they had.") == [
        "the more fish people ate - the fewer"]


def test_a_full_stop_glued_to_a_word_still_ends_the_sentence():
    """spaCy leaves the stop on a word ending in a lower-case and a capital letter ("pH.") and on a capitalised word
    it was typed against (".Raw"); split off, it ends the sentence. "U.S." and a decimal ".5" stay whole."""
    assert _sentences("Cancer cells cannot survive at an alkaline pH. Alkaline means basic.") == [
        "Cancer cells cannot survive at an alkaline pH.", "Alkaline means basic."]
    assert _sentences("Heat destroys the enzymes in the milk itself .Raw milk has been shown to help.") == [
        "Heat destroys the enzymes in the milk itself .", "Raw milk has been shown to help."]
    assert _sentences("Pressure fell by 5 mmHg. Levels of IgG rose.") == [
        "Pressure fell by 5 mmHg.", "Levels of IgG rose."]
    assert _sentences("The U.S. Food and Drug Administration approved a .5 mg dose.") == [
        "The U.S. Food and Drug Administration approved a .5 mg dose."]


def test_a_pattern_with_too_many_word_sequences_is_refused_before_they_are_spelled_out():
    """A pattern of words and word sets goes to the phrase tables as its word sequences, up to PHRASES_LIMIT of
    them; one with more needs the Matcher. The count is taken before spelling them out: a raw strength cue has
    756,000, and spelling them out to throw them away cost most of a second at every start-up."""
    import time

    from pipeline.components.register import PHRASES_LIMIT, _as_phrases

    def words(n: int, op: str | None = None) -> dict:
        return {"LOWER": {"IN": [f"w{i}" for i in range(n)]}, **({"OP": op} if op else {})}

    assert PHRASES_LIMIT == 5000
    assert len(_as_phrases([words(50), words(100)])) == 5000
    assert _as_phrases([words(50), words(101)]) is None
    # every token optional: the one combination without words is no phrase (3 x 1,667 - 1 = 5,000)
    phrases = _as_phrases([words(2, "?"), words(1666, "?")])
    assert len(phrases) == 5000 and ("LOWER", ["w1"]) in phrases and ("LOWER", []) not in phrases
    assert _as_phrases([words(1, "?"), words(2500, "?")]) is None  # 2 x 2,501 - 1
    started = time.process_time()
    assert _as_phrases([words(20)] * 6) is None  # 64 million sequences
    assert time.process_time() - started < 0.05


def test_a_patterns_word_sequences_come_in_the_order_of_each_tokens_choices():
    """`_as_phrases` spells a pattern out token by token: the first token's words vary slowest, and an optional
    token's absence comes after its words, as itertools.product over each token's choices gives them."""
    from pipeline.components.register import _as_phrases

    pattern = [{"NORM": {"IN": ["a", "b"]}, "OP": "?"}, {"NORM": "c"}, {"NORM": {"IN": ["d", "e"]}, "OP": "?"}]
    assert [words for _, words in _as_phrases(pattern)] == [
        ["a", "c", "d"], ["a", "c", "e"], ["a", "c"], ["b", "c", "d"], ["b", "c", "e"], ["b", "c"],
        ["c", "d"], ["c", "e"], ["c"]]
    # no token required: the empty sequence is left out, the rest keep their order
    assert [words for _, words in _as_phrases([pattern[0], pattern[2]])] == [
        ["a", "d"], ["a", "e"], ["a"], ["b", "d"], ["b", "e"], ["b"], ["d"], ["e"]]
    assert _as_phrases([{"NORM": "c"}, {"LOWER": "d"}]) is None  # two attributes: the Matcher's


def test_a_phrase_is_stored_as_the_phrase_matcher_would_read_it_from_a_doc_of_its_words():
    """The phrase tables are given each phrase as the hashes of its words' NORM or LOWER form, not as a Doc: the
    same keys they read from a Doc whose tokens carry the words as their NORM (the phrases are lemmas already),
    for every phrase of the pattern set, and for capitals and split words a raw pattern may hold."""
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc

    from pipeline.components.register import _as_phrases, _phrase_key
    from pipeline.nlp import build_language
    from pipeline.patterns import load_pattern_set

    nlp = build_language(None)
    matchers = {attr: PhraseMatcher(nlp.vocab, attr=attr) for attr in ("NORM", "LOWER")}
    phrases = [("LOWER", ["Vitamin", "D"]), ("NORM", ["side", "-", "effect"]), ("LOWER", ["COVID-19", "vaccine"])]
    for patterns in load_pattern_set().patterns.values():
        for pattern in patterns:
            phrases += _as_phrases(pattern) or []
    assert len(phrases) > 20_000 and all(all(words) for _, words in phrases)
    for attr, words in phrases:
        doc = Doc(nlp.vocab, words=words)  # as the phrases were given before
        for token, word in zip(doc, words):
            token.norm_ = word
        assert _phrase_key(nlp, attr, words) == tuple(matchers[attr]._convert_to_array(doc)), (attr, words)
    # and found as before
    analysis = analyse_text("Vitamin D supplements cured the side-effects of the COVID-19 vaccine in mice.")
    assert {(m.label, analysis.text_of(m.first, m.last)) for m in analysis.of_kind("concept")} >= {
        ("vitamin d", "Vitamin D"), ("side effects", "side-effects"), ("covid-19", "COVID-19 vaccine")}


def test_a_capital_letter_and_its_stop_after_a_lower_case_word_end_the_sentence():
    """The tokenizer keeps "B." whole as an initial: after a word in lower case it ends a name of a thing and the
    sentence ("hepatitis B. Antiviral …"); after a capitalised name it is an initial ("John B. Smith")."""
    assert _sentences("There is no cure for chronic hepatitis B. Antiviral medicines suppress the virus.") == [
        "There is no cure for chronic hepatitis B.", "Antiviral medicines suppress the virus."]
    assert len(_sentences("Dr. John B. Smith said the tablets prevent flu.")) == 1


def test_every_sentence_start_is_one_a_pattern_can_require():
    """The segments are the sentences: a pattern whose first token must start a sentence (IS_SENT_START) matches
    at the first word of every sentence, not only of the text, and never at a word inside one."""
    def cues(text: str, label: str) -> list[str]:
        analysis = analyse_text(text)
        return [analysis.text_of(m.first, m.last) for m in analysis.of_kind("cue") if m.label == label]

    # a purpose opening the second sentence (the one-token opener, run from sentence starts)
    assert cues("Gluten is a protein. To treat coeliac disease, you will need to avoid it.", "category:use") \
        == ["To"]
    assert cues("You will need to avoid gluten to treat coeliac disease.", "category:use") == []
    # a gerund opening the second sentence is the act whose effect is reported
    assert cues("Salt matters. Reducing salt lowers blood pressure.", "strength:background") == ["Reducing"]
    assert cues("Salt matters. Doctors advise reducing salt.", "strength:background") == []
    # "increased … risk" opening a later sentence qualifies the risk (an anchored Matcher reads the start too)
    assert cues("Obesity is common. Increased cancer risk follows.", "strength:risk") == ["Increased cancer risk"]
    assert cues("Obesity is common. Statins increased cancer risk.", "strength:risk") == []


def test_sentence_starts_are_the_first_tokens_of_the_segments():
    """spaCy's sentence starts are set from the segments, one column for the whole text: a segment's first token
    starts a sentence and no other token does (an abbreviation's stop ends none)."""
    from pipeline.nlp import build_language

    doc = build_language(None)("Take it with food, e.g. bread. It helps.\n\nSide effects")
    segments = doc.user_data["ca_segments"]
    assert [doc[first].text for first, *_ in segments] == ["Take", "It", "Side"]
    assert [t.i for t in doc if t.is_sent_start] == [first for first, *_ in segments]


def test_the_first_word_of_a_sentence_opener_is_one_vocabulary_test():
    """A sentence whose first word can open no sentence-opening pattern is not run: the first word's test (a LOWER
    word, set or regular expression besides IS_SENT_START) is read as one vocabulary flag; a first token tested on
    anything else (NORM, two attributes) gives none, and every sentence start is run."""
    from pipeline.components.register import _first_word_test

    attr, regex = _first_word_test([{"LOWER": "to", "IS_SENT_START": True}])
    assert attr == "LOWER" and regex.search("to") and not regex.search("too")
    _, regex = _first_word_test([{"IS_SENT_START": True, "LOWER": {"IN": ["increased", "reduced"]}}, {"LOWER": "x"}])
    assert regex.search("reduced") and not regex.search("unreduced")
    _, regex = _first_word_test([{"IS_SENT_START": True, "LOWER": {"REGEX": "^[a-z]{3,}ing$"}}])
    assert regex.search("reducing") and not regex.search("ring")
    assert _first_word_test([{"IS_SENT_START": True, "NORM": "to"}]) is None
    assert _first_word_test([{"IS_SENT_START": True, "LOWER": "to", "IS_ALPHA": True}]) is None


def test_a_blocks_span_and_first_token_and_a_segments_position_are_looked_up_not_scanned():
    """`Analysis.block_span`, `block_first` and `segment_index` (indexed once per page) give what a scan of every
    segment gave: the tokens from a block's first sentence to its last, the first token of a block or of the next
    block that has sentences, and a segment's place in `segments`; a block with no sentence has no span."""
    analysis = analyse_text("# Title\n\nOne sentence here. Another one follows.\n\nA second paragraph.\n")
    segments = analysis.segments
    for at, segment in enumerate(segments):
        same = [s for s in segments if s.block == segment.block]
        assert analysis.block_span(segment.block) == (same[0].first, same[-1].last)
        assert analysis.segment_index(segment) == at
    blocks = sorted({s.block for s in segments})
    for block in range(-1, blocks[-1] + 2):
        later = [s.first for s in segments if s.block >= block]
        assert analysis.block_first(block) == min(later, default=0)
    assert analysis.block_span(blocks[-1] + 1) == (0, 0)
    assert len({analysis.block_span(b) for b in blocks}) == len(blocks) > 2


def test_a_kept_answer_is_not_changed_by_a_caller_that_extends_it():
    """`of_kind`, `modifiers_on` and `text_of` keep each answer for the ranges asked again; callers extend the lists
    they get (`mentions += …` in the claim stage), which must not change what the next caller gets."""
    analysis = analyse_text("Statins may not lower the risk of heart attacks in older adults.")
    cues = analysis.of_kind("cue", 0, len(analysis.tokens))
    modifiers = analysis.modifiers_on(0, len(analysis.tokens))
    assert cues and modifiers
    expected_cues, expected_modifiers = list(cues), list(modifiers)
    cues.append(cues[0])
    modifiers.clear()
    assert analysis.of_kind("cue", 0, len(analysis.tokens)) == expected_cues
    assert analysis.of_kind("cue") == expected_cues  # (the whole text: the same range asked without its end)
    assert analysis.modifiers_on(0, len(analysis.tokens)) == expected_modifiers
    assert analysis.text_of(0, 2) == analysis.text_of(0, 2) == "Statins may"



def test_a_copy_with_other_records_builds_its_own_look_ups_and_page_readings():
    """The look-ups and page readings of an Analysis are fields built on first use (so that mypyc can compile the
    class): a `dataclasses.replace` copy with other mentions answers from its own mentions, not from what the
    original had built, and the original's answers stay as they were. The kept fields are not compared."""
    from dataclasses import replace

    analysis = analyse_text("Statins may not lower the risk of heart attacks. Ask your doctor about statins.")
    everything = analysis.of_kind("concept")
    assert everything and analysis.mentioned == analysis.mentioned
    copy = replace(analysis, mentions=tuple(m for m in analysis.mentions if m.kind != "concept"))
    assert copy.of_kind("concept") == [] and copy.mentioned == analysis.mentioned
    assert analysis.of_kind("concept") == everything
    assert replace(analysis) == analysis and copy != analysis
    assert analysis.questions is analysis.questions  # read once, then kept

def test_a_block_is_split_from_the_token_it_starts_inside_and_no_other_is():
    """`_split_at_blocks` skips reading the token columns when every block starts next to a blank on one side only
    (after a line break): a block glued to the word before it is still split off, and a block after a break is not."""
    from pipeline.components.register import _split_at_blocks
    from pipeline.nlp import blank_english

    nlp = blank_english()  # (its tokenizer)
    text = "alt textEndometriosis is common.\nIt hurts."
    for given_text in (True, False):  # with the text `analyse` leaves, and without it (the column test alone)
        doc = nlp.make_doc(text)
        if given_text:
            doc.user_data["ca_text"] = text
        _split_at_blocks(doc, [(0, 8, "caption"), (8, 32, "paragraph"), (33, len(text), "paragraph")])
        assert [t.text for t in doc] == ["alt", "text", "Endometriosis", "is", "common", ".", "\n", "It", "hurts", "."]
        doc = nlp.make_doc(text)
        if given_text:
            doc.user_data["ca_text"] = text
        _split_at_blocks(doc, [(0, 32, "paragraph"), (33, len(text), "paragraph")])
        assert [t.text for t in doc] == ["alt", "textEndometriosis", "is", "common", ".", "\n", "It", "hurts", "."]


def test_a_matcher_of_anchored_patterns_is_built_only_when_a_text_needs_it_and_finds_what_all_built_find():
    """The anchored Matchers are built on first need: a text builds those whose anchor and other required words it
    holds (a one-file re-check builds few of the thousands), a text with none of them builds none, and `build_all`
    (before a fork) builds them all. The mentions found are the same either way."""
    from importlib import import_module

    from pipeline.nlp import _english
    from pipeline.rules.loader import load_rules

    import_module("pipeline.components.register")  # (registers the factories)

    def fresh():  # a Language of its own: `build_language`'s is shared by every test
        nlp = _english()()
        for name in ("claimaudit_lemmas", "claimaudit_segments", "claimaudit_matches", "claimaudit_context"):
            nlp.add_pipe(name)
        return nlp, nlp.get_pipe("claimaudit_matches")

    def mentions(nlp, text: str) -> list[tuple]:
        doc = nlp.make_doc(text)
        for _, component in nlp.pipeline:
            doc = component(doc)
        return sorted(doc.user_data["ca_mentions"])

    lazy_nlp, lazy = fresh()
    built, total = lazy.built()
    assert built == 0 and total > 500
    assert mentions(lazy_nlp, "Zebras graze quietly") == [] and lazy.built() == (0, total)  # no anchor, no Matcher
    text = "Zinc shortened colds, however larger trials are needed. The results were mixed."
    found = mentions(lazy_nlp, text)
    assert 0 < lazy.built()[0] < total / 10
    whole_nlp, whole = fresh()
    whole.build_all()
    assert whole.built() == (total, total)
    assert mentions(whole_nlp, text) == found
    examples = "\n\n".join(rule.example for rule in load_rules())
    assert mentions(lazy_nlp, examples) == mentions(whole_nlp, examples)


def test_a_phrase_table_finds_what_spacys_phrase_matcher_finds():
    """The phrase table (components/phrases.py) gives the matches spaCy's PhraseMatcher gives on the same phrases:
    every key of a phrase filed under several, overlapping and nested phrases, a phrase at the text's end, one
    longer than the text; a phrase never added (or only its first word) stays unfound."""
    from spacy.matcher import PhraseMatcher

    from pipeline.components.phrases import PhraseTable
    from pipeline.components.register import _phrase_key
    from pipeline.nlp import build_language

    nlp = build_language(None)
    spacy_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    table = PhraseTable(nlp.vocab, "LOWER")
    filed = {"TREAT": [["fish", "oil"], ["oil"], ["krill", "oil", "capsules"], ["fish", "oil", "a", "day"]],
             "CURE": [["cures"], ["fish", "oil"]], "EMPTY": [[]], "LONG": [["a"] * 30]}
    for key, phrases in filed.items():
        for matcher in (spacy_matcher, table):
            matcher.add(key, [_phrase_key(nlp, "LOWER", words) for words in phrases])
    table.freeze()
    assert len(table) == 4 and "CURE" in table and "HEAL" not in table
    doc = nlp.make_doc("Fish oil cures nothing, say krill oil sellers; take fish oil")
    found = sorted((nlp.vocab.strings[key], doc[start:end].text) for key, start, end in table(doc))
    assert found == sorted((nlp.vocab.strings[key], doc[start:end].text) for key, start, end in spacy_matcher(doc))
    assert found == [("CURE", "Fish oil"), ("CURE", "cures"), ("CURE", "fish oil"), ("TREAT", "Fish oil"),
                     ("TREAT", "fish oil"), ("TREAT", "oil"), ("TREAT", "oil"), ("TREAT", "oil")]
    assert table(nlp.make_doc("")) == [] and table(nlp.make_doc("krill")) == []


def test_a_phrase_table_checks_word_by_word_the_phrases_that_share_a_fold(monkeypatch):
    """Two phrases can fold to one number (`phrases._folds`); with a fold that keeps only the last word and the
    length, every phrase of one length ending in the same word shares one, and the table must still find exactly
    the phrases whose words are there."""
    from pipeline.components import phrases as phrase_module
    from pipeline.components.register import _phrase_key
    from pipeline.nlp import build_language

    monkeypatch.setattr(phrase_module, "_MIX", phrase_module.numpy.uint64(0))
    nlp = build_language(None)
    table = phrase_module.PhraseTable(nlp.vocab, "LOWER")
    oils = (["fish", "oil"], ["krill", "oil"], ["cod", "oil"])
    table.add("OIL", [_phrase_key(nlp, "LOWER", words) for words in oils])
    table.add("SAFE", [_phrase_key(nlp, "LOWER", ["cod", "oil"]), _phrase_key(nlp, "LOWER", ["safe"])])
    table.freeze()
    doc = nlp.make_doc("Cod oil is safe, unlike palm oil or krill oil.")
    found = sorted((nlp.vocab.strings[key], doc[start:end].text) for key, start, end in table(doc))
    assert found == [("OIL", "Cod oil"), ("OIL", "krill oil"), ("SAFE", "Cod oil"), ("SAFE", "safe")]


@pytest.mark.parametrize("fold", ["last word", "last word and length"])
def test_a_phrase_table_with_folds_shared_across_lengths_finds_what_spacys_phrase_matcher_finds(monkeypatch, fold):
    """With a fold that keeps only a phrase's last word (and, or not, its length), phrases of every length that end
    in the same word share one, and a window shares it with phrases longer and shorter than itself: the table must
    still give exactly spaCy's matches, each at its own start and end, every key of each."""
    import random

    from spacy.matcher import PhraseMatcher

    from pipeline.components import phrases as phrase_module
    from pipeline.components.register import _phrase_key
    from pipeline.nlp import build_language

    monkeypatch.setattr(phrase_module, "_MIX", phrase_module.numpy.uint64(0))
    if fold == "last word":
        monkeypatch.setattr(phrase_module, "_length_mix", lambda length: phrase_module.numpy.uint64(0))
    nlp = build_language(None)
    spacy_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    table = phrase_module.PhraseTable(nlp.vocab, "LOWER")
    words = ["salt", "fish", "oil", "cod", "liver"]
    pick = random.Random(7)
    for key in ("OIL", "FISH", "LIVER"):
        phrases = [[pick.choice(words) for _ in range(pick.randint(1, 4))] for _ in range(12)]
        for matcher in (spacy_matcher, table):
            matcher.add(key, [_phrase_key(nlp, "LOWER", phrase) for phrase in phrases])
    table.freeze()
    for _ in range(20):
        doc = nlp.make_doc(" ".join(pick.choice(words) for _ in range(pick.randint(1, 12))))
        assert sorted(table(doc)) == sorted(spacy_matcher(doc)), doc.text


def test_the_engines_phrase_tables_find_the_phrases_as_spacys_phrase_matcher():
    """Both phrase tables of the built engine (lemma and form) hold the pattern set's phrases and find them in a
    text exactly as spaCy's PhraseMatcher given the same phrases would."""
    from spacy.attrs import IDS
    from spacy.matcher import PhraseMatcher

    from pipeline.components.phrases import PhraseTable
    from pipeline.components.register import _as_phrases, _phrase_key
    from pipeline.nlp import build_language
    from pipeline.patterns import load_pattern_set

    nlp = build_language(None)
    cells = [cell.cell_contents for _, component in nlp.pipeline
             for cell in (getattr(getattr(component, "run", None), "__closure__", None) or ())]
    tables = {table.attr: table for table in cells if isinstance(table, PhraseTable)}
    assert len(tables) == 2 and all(len(table) > 50 for table in tables.values())
    matchers = {attr: PhraseMatcher(nlp.vocab, attr=attr) for attr in ("NORM", "LOWER")}
    for (kind, label), patterns in sorted(load_pattern_set().patterns.items()):
        phrases = [phrase for pattern in patterns for phrase in _as_phrases(pattern) or []]
        for attr, matcher in matchers.items():
            matcher.add(f"{kind}\t{label}", [_phrase_key(nlp, attr, words) for a, words in phrases if a == attr])
    doc = nlp("Vitamin D supplements cured the side-effects; our clinically proven formula is 100% safe and "
              "guaranteed to work, doctors recommend it, and it melts fat fast with no side effects at all.")
    for attr, matcher in matchers.items():
        assert sorted(tables[IDS[attr]](doc)) == sorted(matcher(doc)) != []


def _headings_of(markdown: str) -> list[tuple[str, str]]:
    """Each segment's text and the text of the heading it sits under (`Analysis.headings`)."""
    from pipeline.ingest import build_source
    from pipeline.nlp import analyse

    analysis = analyse(build_source("page.md", markdown, "md"))
    segments = analysis.segments
    return [(analysis.text_of(s.first, s.last),
             analysis.text_of(segments[at].first, segments[at].last) if at >= 0 else "")
            for s, at in zip(segments, analysis.headings)]


def test_each_segment_sits_under_the_latest_heading_and_a_heading_under_itself():
    found = _headings_of("Before any heading.\n\n# Magnesium\n\nIt helps sleep.\n\n## Side effects\n\nIt can cause "
                         "diarrhoea.\n")
    assert found == [("Before any heading.", ""), ("Magnesium", "Magnesium"), ("It helps sleep.", "Magnesium"),
                     ("Side effects", "Side effects"), ("It can cause diarrhoea.", "Side effects")]


def test_a_byline_heads_nothing():
    found = _headings_of("# Magnesium\n\n## By Phil White\n\nIt helps sleep.\n")
    assert found[-1] == ("It helps sleep.", "Magnesium") and found[1] == ("By Phil White", "Magnesium")


def test_a_word_met_in_a_memory_zone_is_read_alike_and_not_kept():
    """Past its vocabulary bound a forked worker audits each source in a spaCy memory zone (`audit._vocabulary_bound`):
    a word first met there keeps no record in the word cache (`nlp._WORDS`), as it keeps no vocabulary entry, and its
    tokens read as outside a zone. Checked in a forked child: a zone in this process could drop strings that tables
    built lazily by later tests hold."""
    import os
    import pickle

    from pipeline import nlp

    text = "Zorbaxiline eased the quibblefrump's flarewort in 12 patients."
    analyse_text("Warm-up sentence: cancer, trial, patients.")  # the tables are built outside any zone
    read, write = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover (runs in the child)
        try:
            with nlp.build_language(None).memory_zone():
                tokens = [t[2:] for t in analyse_text(text).tokens]
                kept = [orth for orth, word in nlp._WORDS.items() if word[0] in ("Zorbaxiline", "flarewort")]
            os.write(write, pickle.dumps((tokens, kept)))
        finally:
            os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        tokens, kept = pickle.loads(pipe.read())
    os.waitpid(child, 0)
    assert kept == []
    outside = analyse_text(text)
    assert tokens == [t[2:] for t in outside.tokens]
    assert any(word[0] == "Zorbaxiline" for word in nlp._WORDS.values())  # outside a zone the record is kept


def test_the_segment_at_a_character_is_the_one_its_first_token_opens():
    # what a flag or claim starting at a character lies in: inside a word, its sentence; in the blank between two
    # sentences, the next one (the token at or after it); past the last token, none
    text = "Kelp tea is calming. Drink it warm."
    analysis = analyse_text(text)
    second = text.index("Drink")
    assert analysis.segment_at_char(text.index("calming") + 2).start == 0
    assert analysis.segment_at_char(second - 1).start == second == analysis.segment_at_char(second).start
    assert analysis.segment_at_char(len(text) + 5) is None


def test_a_matcher_pattern_is_spelled_out_only_at_its_anchor_and_its_quantified_sets():
    """A pattern anchored on a set of words becomes one pattern per word of the set, the word in the set's place;
    a set with an operator is spelled out too (as a set it would match runs of mixed words); a set with none stays a
    set (spaCy's Matcher holds each spelled-out pattern in C structs of its own). A pattern anchored on a word with
    no other set stays whole, and one with no anchor is spelled out whole, for a word to be anchored on."""
    from pipeline.components.register import _spelled_at_anchor, _without_sets

    tonic = {"LOWER": {"IN": ["tonic", "elixir"]}}
    heals = {"NORM": {"IN": ["heal", "mend"]}}
    gap = {"OP": "{0,3}"}
    assert _spelled_at_anchor([tonic, gap, heals]) == [
        [{"LOWER": "tonic"}, gap, heals], [{"LOWER": "elixir"}, gap, heals]]
    assert _spelled_at_anchor([{"LOWER": "tonic"}, gap, heals]) == [[{"LOWER": "tonic"}, gap, heals]]
    adverbs = {"LOWER": {"IN": ["now", "fully"]}, "OP": "{0,2}"}
    assert _spelled_at_anchor([{"LOWER": "tonic"}, adverbs, heals]) == [
        [{"LOWER": "tonic"}, {"LOWER": "now", "OP": "{0,2}"}, heals],
        [{"LOWER": "tonic"}, {"LOWER": "fully", "OP": "{0,2}"}, heals]]
    loose = [{"LOWER": {"IN": ["tonic", "elixir"]}, "IS_SENT_START": True}, gap, {"LIKE_NUM": True, "OP": "?"}]
    assert _spelled_at_anchor(loose) == _without_sets(loose) != [loose]
    # past the limit a pattern keeps its quantified sets, as spelling it out whole did; its anchor is spelled out
    assert _spelled_at_anchor([{"LOWER": "tonic"}, adverbs, heals], limit=3) == _without_sets(
        [{"LOWER": "tonic"}, adverbs, heals], limit=3) == [[{"LOWER": "tonic"}, adverbs, heals]]
    assert _spelled_at_anchor([tonic, adverbs, heals], limit=3) == [
        [{"LOWER": "tonic"}, adverbs, heals], [{"LOWER": "elixir"}, adverbs, heals]]


def test_patterns_spelled_at_their_anchor_match_what_they_match_spelled_out_whole():
    """Property: random patterns, with sets of words with and without an operator, at the anchor and off it, find in
    random texts the (key, start, end) matches of the same patterns with every set spelled out, with greedy None
    and LONGEST (a set with "{0,2}" left as a set matched "now completely", which "now" or "completely" repeated
    does not)."""
    import random

    import spacy
    from spacy.matcher import Matcher

    from pipeline.components.register import _matcher_anchor, _spelled_at_anchor, _without_sets

    nlp = spacy.blank("en")
    words = ["a", "b", "c", "d", "e"]
    rng = random.Random(39)

    def token() -> dict:
        kind = rng.random()
        if kind < 0.5:
            test: dict = {"LOWER": {"IN": rng.sample(words, rng.randint(2, 3))}}
        elif kind < 0.8:
            test = {"LOWER": rng.choice(words)}
        else:
            test = {"IS_ALPHA": True}
        operator = rng.choice([None, None, None, "?", "*", "+", "{0,2}", "{1,2}", "{2}"])
        return {**test, "OP": operator} if operator else test

    def found(patterns: list[list[dict]], doc, greedy) -> list[tuple]:
        matcher = Matcher(nlp.vocab, validate=False)
        matcher.add("K", patterns, greedy=greedy)
        return sorted(set(matcher(doc)))

    runs = differing_from_whole_pattern = 0
    for _ in range(1500):
        pattern = [token() for _ in range(rng.randint(2, 4))]
        if _matcher_anchor(pattern) is None:
            continue
        at_anchor, whole = _spelled_at_anchor(pattern), _without_sets(pattern)
        doc = nlp.make_doc(" ".join(rng.choice(words) for _ in range(8)))
        for greedy in (None, "LONGEST"):
            runs += 1
            assert found(at_anchor, doc, greedy) == found(whole, doc, greedy), (pattern, doc.text, greedy)
            differing_from_whole_pattern += found([pattern], doc, greedy) != found(whole, doc, greedy)
    # the draw holds enough patterns whose quantified sets match what their spelling does not
    assert runs > 2000 and differing_from_whole_pattern > 100


def test_the_matchers_of_patterns_spelled_at_their_anchor_find_what_those_spelled_out_whole_find(monkeypatch):
    """The engine's anchored Matchers, their patterns spelled out only at the anchor, find the mentions they found
    with every set of words spelled out (31,000 patterns, not 1,300): on every rule's example and safer wording and
    on sentences of their own."""
    from importlib import import_module

    from pipeline.components import register
    from pipeline.nlp import _english
    from pipeline.rules.loader import load_rules

    import_module("pipeline.components.register")

    def built():
        nlp = _english()()
        for name in ("claimaudit_lemmas", "claimaudit_segments", "claimaudit_matches", "claimaudit_context"):
            nlp.add_pipe(name)
        nlp.get_pipe("claimaudit_matches").build_all()
        return nlp

    def mentions(nlp, text: str) -> list[tuple]:
        doc = nlp.make_doc(text)
        for _, component in nlp.pipeline:
            doc = component(doc)
        return sorted(doc.user_data["ca_mentions"])

    at_anchor = built()
    monkeypatch.setattr(register, "_spelled_at_anchor", register._without_sets)
    whole = built()
    rules = load_rules()
    texts = [rule.example for rule in rules] + [rule.instead for rule in rules] + [
        "The more of this tea you drink, the lower your blood pressure will be, the company claims.",
        "Our lozenge is the only remedy that truly heals sore throats, unlike ordinary sprays.",
        "Nothing beats this balm: it is far more effective than any cream your doctor will prescribe.",
        "A small study suggests, however, that larger trials are needed before anyone can say it works.",
        # quantified sets of words between the anchor and the rest ("{0,2}"): runs of mixed words
        "After the second jar it was simply entirely healed.",
        "Sugar feeds the yeast, which explains why those young mums feel bloated.",
        "I used the balm for a week. It has now completely gone."]
    found = [mentions(at_anchor, text) for text in texts]
    assert found == [mentions(whole, text) for text in texts]
    assert sum(map(len, found)) > 500


def test_a_quantified_set_reads_as_spelled_out_whole_in_the_rules():
    """CUR010 and CAU012 read a "{0,2}" run of words as one word of their set repeated, as the patterns spelled out
    whole always did (a run of mixed words, 'was simply', 'those young', is the rules' to read, not the spelling's);
    one word of the set keeps its flag."""
    from conftest import SHOP, flag_texts

    assert flag_texts("After the second jar it was simply entirely healed." + SHOP, "CUR010") == []
    assert flag_texts("I used the balm for a week. It has now completely gone." + SHOP, "CUR010") == []
    assert flag_texts("Sugar feeds the yeast, which explains why those young mums feel bloated." + SHOP,
                      "CAU012") == []
    assert flag_texts("Toxins build up in the gut, which is why all the women in our study felt tired." + SHOP,
                      "CAU012") == []
    assert flag_texts("It has completely vanished." + SHOP, "CUR010") == ["It has completely vanished"]
    assert flag_texts("Sugar feeds the yeast, which is why these children feel bloated." + SHOP, "CAU012") == [
        "which is why these children feel bloated"]
