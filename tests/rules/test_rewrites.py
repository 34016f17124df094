"""The rewrite machinery behind every rule's safer wording: context keys, placeholders and the mended seams."""

from __future__ import annotations

import random

import pytest

from pipeline.errors import DataError
from pipeline.rules import loader
from pipeline.rules.engine import _lower_first, _splice, _tidy, _vowel_sound
from pipeline.rules.loader import (LIST_END, LIST_SEPARATOR, WORD, _context_fits, _list_heads, parse_pack, plural_ahead,
                                   singular)

PACK = """
pack: TST
name: test
title: Test
rules:
  - code: TST001
    name: test-rule
    level: info
    authority: none
    message: A test.
    patterns: ["cure"]
    rewrite: {REWRITE}
    example: "It may cure myeloma."
    instead: "It may control myeloma."
"""


def rule_with(rewrite: str):
    return parse_pack(PACK.replace("{REWRITE}", rewrite), "test.yml")[0]


@pytest.mark.parametrize(("key", "matched", "previous", "following", "fits"), [
    ("(may|to|*ly) cure", "cure", "may", "myeloma", True),
    ("(may|to|*ly) cure", "cure", "potentially", "myeloma", True),
    ("(may|to|*ly) cure", "cure", "a", "for", False),
    ("breakthrough (for|.|$)", "breakthrough", "a", "$", True),
    ("breakthrough (for|.|$)", "breakthrough", "a", "therapy", False),
    ("promising|exciting (for|$)", "exciting", "very", "for", True),
    ("* (.)", "major benefit", "a", ".", False),  # word by word: one glob, two words
])
def test_a_context_key_fits_the_words_around_the_match(key, matched, previous, following, fits):
    assert _context_fits(key, matched, previous, following) is fits


def test_the_words_around_the_match_choose_the_wording():
    rule = rule_with('{"(may|to) cure": "lead to remission of", "cure": "long-term remission"}')
    assert rule.replacement_for("cure", "It may ", " myeloma.") == "lead to remission of"
    assert rule.replacement_for("cure", "There is no ", ".") == "long-term remission"


@pytest.mark.parametrize("key", ['"(may)cure"', '"cure (for"', '"(a) (b)"'])
def test_a_malformed_context_key_is_an_error_naming_the_rule(key):
    with pytest.raises(DataError, match="TST001"):
        rule_with("{" + key + ': "x"}')


def test_the_seams_of_a_rewrite_are_mended():
    assert _splice("without harming healthy cells.", 0, 23, "while also affecting some healthy cells") \
        == "while also affecting some healthy cells."  # the word the text already has is not repeated
    assert _splice("There is no cure. Remission is possible.", 12, 16, "remission") \
        == "There is no remission. Remission is possible."  # no word dropped across a full stop
    assert _splice("This is a miracle for patients.", 10, 17, "advance") == "This is an advance for patients."
    assert _splice("Vitamin A really helps.", 10, 16, "") == "Vitamin A  helps."  # the letter A is no article


def test_a_replacement_opened_by_lt_takes_the_word_before_too():
    # one word per "<": the conjunction of a coordinated adjective, the "the" of a superlative made plain, an
    # approximator of the absolute rewritten; the first word's capital goes to the next one
    assert _splice("the most intriguing and powerful herbs", 24, 32, "<") == "the most intriguing  herbs"
    assert _splice("The best ways to sleep.", 4, 8, "<good") == "Good ways to sleep."
    assert _splice("There are virtually no side effects.", 20, 35, "<few side effects") \
        == "There are few side effects."
    assert _splice("It is the worlds best.", 17, 21, "<<a good one") == "It is a good one."
    assert _splice("best", 0, 4, "<good") == "good"  # no word before: nothing more to drop


def test_a_replacement_closed_by_gt_makes_the_plural_after_it_singular():
    # one picked from a group: "one of the best herbs" is "a good herb"; the article agrees with what follows
    assert _splice("Sage is one of the best medicinal herbs for stress.", 19, 23, "<<<a good>") \
        == "Sage is a good medicinal herb for stress."
    assert _splice("One of the best remedies is rest.", 11, 15, "<<<a good>") == "A good remedy is rest."
    assert _splice("It is one of the most effective and widely used drugs.", 6, 31, "a effective>") \
        == "It is an effective and widely used drug."
    assert _splice("It is one of the best in the world.", 17, 21, "<<<a good>") == "It is a good in the world."  # none


@pytest.mark.parametrize(("text", "noun"), [(" medicinal herbs for stress", "herbs"),
                                            (" effective and widely used medications.", "medications"),
                                            (" in the world", None), (" various options", "options"),
                                            (" natural remedy that is famous", None), (" diabetes drug", None)])
def test_the_plural_ahead_is_read_before_the_noun_phrase_ends(text, noun):
    found = plural_ahead(text)
    assert (found.group(0) if found else None) == noun


@pytest.mark.parametrize(("plural", "one"), [("herbs", "herb"), ("remedies", "remedy"), ("approaches", "approach"),
                                             ("vaccines", "vaccine"), ("boxes", "box"), ("ways", "way")])
def test_a_regular_plural_is_made_singular(plural, one):
    assert singular(plural) == one


def test_an_after_context_opened_by_gt_reads_the_plural_ahead():
    rule = rule_with('{"(of the) cure (>*s)": "<<<a remedy>", "cure": "treatment"}')
    assert rule.replacement_for("cure", "one of the ", " herbal remedies for colds") == "<<<a remedy>"
    assert rule.replacement_for("cure", "one of the ", " in the world") == "treatment"


def test_a_request_goes_after_the_compound_it_would_split():
    assert _splice("report faster-growing hair.", 7, 13, "faster [than what?]") \
        == "report faster-growing [than what?] hair."


def test_tidy_drops_the_scope_of_a_superlative_made_plain():
    assert _tidy("Ketamine is the worlds a fast acting drug.") == "Ketamine is a fast acting drug."
    assert _tidy("The world’s an odd place, and the nation's a mess.") == "An odd place, and a mess."
    assert _tidy("The world's population grows.") == "The world's population grows."  # no article after it


def test_a_key_naming_more_words_before_the_match_is_tried_first():
    rule = rule_with('{"(a) cure": "treatment", "(chance of a) cure": "<remission"}')
    assert rule.replacement_for("cure", "gives patients a chance of a ", ".") == "<remission"
    assert rule.replacement_for("cure", "There is a ", ".") == "treatment"


@pytest.mark.parametrize(("word", "vowel"), [("advance", True), ("MRI", True), ("FDA", True), ("NHS", True),
                                             ("8-week", True), ("11-year", True), ("uninsured", True),
                                             ("uniform", False), ("one-off", False), ("BCMA", False),
                                             ("hour", True), ("trial", False)])
def test_the_article_follows_the_sound_of_the_word(word, vowel):
    assert _vowel_sound(word) is vowel


@pytest.mark.parametrize(("text", "lowered"), [
    ("Ketamine improves mood", "ketamine improves mood"),
    ("The Shingrix vaccine protects", "the Shingrix vaccine protects"),
    ("In Japan, cupping is common", "in Japan, cupping is common"),
    ("Hyperbaric Oxygen Therapy (HBOT) helps", "Hyperbaric Oxygen Therapy (HBOT) helps"),  # a name of several words
    ("Immunity Formula combines herbs", "Immunity Formula combines herbs"),
    ("CBD relieves pain", "CBD relieves pain"),  # an acronym
    ("FloraGreens restores balance", "FloraGreens restores balance"),  # wording1: a name with inner capitals
    ("Magnesium eases cramps", "magnesium eases cramps"),
])
def test_a_claim_after_according_to_keeps_the_capitals_of_a_name(text, lowered):
    assert _lower_first(text) == lowered


def test_tidy_tries_each_pattern_only_where_it_can_match():
    """_tidy's pre-tests (the second article found from the blank before it; a word each other pattern needs) pass
    wherever the pattern matches, and the tidied text is what the patterns alone make of it."""
    from pipeline.rules.engine import OWNER_ARTICLE, SCOPE_ARTICLE, TWO_ARTICLES, TWO_ARTICLES_SEEN

    for text in ["Try the a good remedy", "The an effective dose", "(the the trial)", "an a,", "at the end"]:
        assert bool(TWO_ARTICLES_SEEN.search(text)) == bool(TWO_ARTICLES.search(text))
    for text in ["bathe a child", "the ant colony", "the answer", "Kathe an", "than a"]:  # no two articles
        assert not TWO_ARTICLES_SEEN.search(text) and not TWO_ARTICLES.search(text)
    assert _tidy("Try the a good remedy , today ,, now") == "Try a good remedy, today, now"
    assert _tidy("Our a strong formula") == "Our strong formula" and OWNER_ARTICLE.search("Your an ")
    assert _tidy("It is the world's a fast remedy") == "It is a fast remedy" and SCOPE_ARTICLE.search("The nation's a ")
    assert _tidy("She gave her a pill and the answer") == "She gave her a pill and the answer"


def test_a_hedge_that_opens_its_sentence_takes_its_capital_and_keeps_the_rest():
    """wording1: "Prevents colds" hedged is "May prevent colds", and the rest of the sentence stays ("… and eases
    cramps [name the trial …]."), not "may prevent colds" cut off; a hedge after a subject stays lower case."""
    from pipeline.audit import audit_source
    from pipeline.evidence import EvidenceIndex
    from pipeline.nlp import analyse_text
    from pipeline.references import load_library
    from pipeline.rules.engine import _hedged_wording
    from pipeline.rules.loader import load_rules

    text = "## Benefits\n\n- Improves sleep and eases cramps, even at night\n\nMagnesium improves mood."
    analysis = analyse_text(text)
    claims = audit_source(analysis, EvidenceIndex(load_library("references")), load_rules()).claims
    opening = next(c for c in claims if c.text.startswith("Improves"))
    assert _hedged_wording(analysis, opening) == \
        "May improve sleep and eases cramps, even at night [name the trial: population, outcome, size of the effect]."
    subject = next(c for c in claims if c.text.startswith("Magnesium"))
    assert _hedged_wording(analysis, subject).startswith("Magnesium may improve mood")


def _rewritten(code: str, sentence: str, words: str) -> str:
    from pipeline.rules.engine import rewrite_sentence
    from pipeline.rules.loader import load_rules

    rule = next(r for r in load_rules() if r.code == code)
    start = sentence.index(words)
    return rewrite_sentence(sentence, start, start + len(words), rule)


def test_a_short_quotation_inside_a_sentence_keeps_its_words():
    """wording1: a doctrine or someone's phrase in quotes is named, not the page's wording: rewritten it would
    misquote ('"like can lead to remission of like"'); a quoted sentence (a testimonial) is still rewritten."""
    doctrine = 'Homeopathy is based on the principle of "like cures like", which chemists reject.'
    assert _rewritten("CUR001", doctrine, "cures") == doctrine
    testimonial = '"This tea cures my headaches."'
    assert _rewritten("CUR001", testimonial, "cures") != testimonial


def test_a_request_goes_after_a_possessive_and_after_what_is_compared():
    """wording1: "the immune system's ability [name …]", not "the immune system [name …]'s ability"; "better than
    Minoxidil [name the head-to-head trial]", not "better than [name …] Minoxidil"."""
    assert _splice("by boosting your immune system's ability to fight", 3, 30, "supporting the immune system [x]") \
        == "by supporting the immune system's ability [x] to fight"
    assert _splice("It works better than leading brands, even at night.", 9, 20, "better than [trial]") \
        == "It works better than leading brands [trial], even at night."
    assert _splice("It works better than other rubs.", 9, 15, "better [than what?]") \
        == "It works better [than what?] than other rubs."  # no "than" ends the replacement: the request stays


def test_a_note_already_in_the_sentence_is_not_added_again():
    """wording1: two CAU001 matches in one sentence ("in laboratory studies … in a dish") add "(not yet shown in
    patients)" once, at the end, not after "laboratory" too."""
    from pipeline.rules.engine import _fitted

    result = "Caffeine stimulates follicles grown in a dish (not yet shown in patients)."
    assert _fitted("in laboratory (not yet shown in patients)", result, "in laboratory", False) == "in laboratory"
    assert _fitted("in mice (not yet shown in patients)", "Tea helps.", "in mice", False) \
        == "in mice (not yet shown in patients)"


def test_a_word_of_a_title_or_after_heading_marks_keeps_its_capital():
    """wording1: "The 5 Best Eye Vitamins" made "The 5 Good Eye Vitamins", "## Safe at high doses" made "## Generally
    well tolerated …"; an article in a title stays lower case, and a word inside a sentence too."""
    from pipeline.rules.engine import _opens_text

    assert _rewritten("CMP002", "# The 5 Best Eye Vitamins", "Best") == "# The 5 Good Eye Vitamins"
    assert _rewritten("SAF002", "## Safe at high doses", "Safe").startswith("## Generally well tolerated")
    assert _rewritten("CMP002", "It is the best eye vitamin.", "best") == "It is a good eye vitamin."
    assert _opens_text("## 2. ") and _opens_text("- ") and not _opens_text("The 5 ")


def test_a_word_deleted_before_and_after_an_article_or_preposition_takes_the_and():
    """wording1: "the introduction of newer and more effective drugs" with "newer" deleted is "… of more effective
    drugs", not "of and more effective"; after a verb the "and" stays (the rule data decides there)."""
    assert _tidy(_splice("the introduction of newer and more effective drugs", 20, 25, "")) \
        == "the introduction of more effective drugs"
    assert _tidy(_splice("it is safe and effective", 6, 10, "")) == "it is and effective"


# what SAF001 matches after "no", and the safer wording each must get: "no known …" keeps the absence of reports (not
# "few reported known side effects"), any other denial becomes few reported with the rates asked for
NOT_REPORTED = "no reported side effects [say how many people were studied, and for how long]"
NO_SIDE_EFFECTS = [("no known side effects", NOT_REPORTED), ("no known risks", NOT_REPORTED),
                   ("no known side - effects", NOT_REPORTED),
                   ("no side effects", "few reported side effects [give the rates]"),
                   ("no serious side effects", "few reported serious side effects [give the rates]"),
                   ("no adverse reactions", "few reported adverse reactions [give the rates]"),
                   ("no kidney side effects", "few reported kidney side effects [give the rates]")]


@pytest.mark.parametrize("order", ["sorted", "reversed"])
@pytest.mark.parametrize(("matched", "wording"), NO_SIDE_EFFECTS)
def test_the_wording_of_a_denied_side_effect_does_not_depend_on_the_order_of_the_keys(order, matched, wording):
    """SAF001's "no known …" keys name the words around the match, so they are tried before the plain "no * effects"
    that fits them too, in whatever order the keys stand; a word after "no" that only starts like "known" is no
    exception ("no kidney side effects")."""
    from dataclasses import replace

    from pipeline.rules.loader import load_rules

    rule = next(r for r in load_rules() if r.code == "SAF001")
    if order == "reversed":
        rule = replace(rule, rewrite=tuple(reversed(rule.rewrite)))
    assert rule.replacement_for(matched, "There are ", ".") == wording


def test_the_requests_placed_after_the_noun_phrase_are_read_from_the_rule_packs():
    """lexicons/rewrites.yml names the rules whose request asks for a comparator or the absolute risks; the requests
    are their rewrites' own, so a rule pack that rewords one moves with it. A request of another rule (CMP002's "[name
    the head-to-head trial]", which goes after what is compared with) is not among them."""
    from pipeline.rules.engine import rewrite_words
    from pipeline.rules.loader import load_rules

    rules = {rule.code: rule for rule in load_rules()}
    requests = rewrite_words().phrase_requests
    assert "[give the absolute risks: from X% to Y%]" in requests
    assert all(value[value.index("["):] in requests for code in ("CMP001", "CMP003", "RSK001")
               for _, value in rules[code].rewrite if "[" in value)
    assert "[name the head-to-head trial]" not in requests
    assert _splice("Reduced risk of relapse in the trial.", 0, 7, "Reduced [give the absolute risks: from X% to Y%]") \
        == "Reduced risk of relapse [give the absolute risks: from X% to Y%] in the trial."


def _list_heads_read_whole(text: str) -> list[str]:
    """`_list_heads` as it was before perf42: the list's end found first, then its items split."""
    found = LIST_END.search(text)
    span = text[:found.start()] if found else text
    items = [WORD.findall(item) for item in LIST_SEPARATOR.split(span)]
    return [words[-1].lower() for words in items if words]


@pytest.mark.parametrize(("text", "heads"), [
    (" headaches, back pain and insomnia in days", ["headaches", "pain", "insomnia"]),
    (" rock-and-roll fatigue / stress & pain. And more", ["rock-", "fatigue", "stress", "pain"]),
    (" bloating, arthritis and diabetes", ["bloating", "arthritis", "diabetes"]),
    (" (fast)", []),
    ("", []),
])
def test_the_list_heads_are_read_item_by_item_as_the_whole_list_was(text, heads):
    assert _list_heads(text) == heads == _list_heads_read_whole(text)


def test_the_list_heads_of_mixed_texts_are_those_of_the_whole_read():
    pieces = ["and", "or", "And", "band", "ore", "pain", "in", "within", "x-and-y", ",", "&", "/", ".", "(", "—",
              " ", "\n", "'", "’", "-", "for", "Once", "é", "ñand", "back pain"]
    rng = random.Random(42)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randint(0, 10)))
        assert _list_heads(text) == _list_heads_read_whole(text), text


def test_a_list_context_stops_reading_at_the_first_head_that_does_not_fit():
    read = []
    heads = loader._heads_ahead

    def counted(text):
        for head in heads(text):
            read.append(head)
            yield head

    rest = " headaches, arthritis" + ", nausea" * 1000 + "."
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(loader, "_heads_ahead", counted)
        assert not _context_fits("cures (&headaches|nausea)", "cures", "it", "headaches", rest)
    assert read == ["headaches", "arthritis"]
    assert _context_fits("cures (&headaches|nausea)", "cures", "it", "headaches", " headaches" + ", nausea" * 1000)
