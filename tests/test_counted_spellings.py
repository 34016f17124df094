"""A Matcher pattern's counted repeats ("{m,n}") spelled out as fixed counts (components/register.py's
`_counted_spellings`) find exactly what the pattern finds, and keep the pattern when there is nothing to spell or
too much."""

from __future__ import annotations

import spacy
from spacy.matcher import Matcher

from pipeline.components.register import _counted, _counted_spellings

TURNS = {"TEXT": {"NOT_IN": [";", ":", "but", "so", "which"]}}
RAISES_RISK = [{"LOWER": {"IN": ["raises", "raising"]}}, {"LOWER": "the"}, {"LOWER": "risk"}, {"LOWER": "of"}]


def _found(nlp, patterns, text: str) -> set[tuple[int, int]]:
    matcher = Matcher(nlp.vocab, validate=False)
    matcher.add("k", patterns)
    doc = nlp(text)
    for token in doc:
        token.is_sent_start = token.i == 0
    return {(start, end) for _, start, end in matcher(doc)}


def test_the_counts_of_a_repeat():
    assert _counted("{0,3}") == range(0, 4)
    assert _counted("{,2}") == range(0, 3)
    assert _counted("{2,4}") == range(2, 5)
    for fixed_or_open in ("{3}", "{2,}", "{2,2}", "?", "*", "+", None, "!"):
        assert _counted(fixed_or_open) is None


def test_a_run_is_spelled_at_each_count():
    pattern = [{"LOWER": "cold"}, {"IS_ALPHA": True, "OP": "{1,3}"}, {"LOWER": "remedy"}]
    assert _counted_spellings(pattern, optionals=0) == [
        [{"LOWER": "cold"}, *[{"IS_ALPHA": True}] * count, {"LOWER": "remedy"}] for count in (1, 2, 3)]


def test_a_run_of_none_drops_the_token_and_an_empty_spelling_is_left_out():
    assert _counted_spellings([{"LOWER": "a"}, {"OP": "{0,1}"}], optionals=0) == [[{"LOWER": "a"}],
                                                                                  [{"LOWER": "a"}, {}]]
    assert _counted_spellings([{"IS_ALPHA": True, "OP": "{0,2}"}], optionals=0) == [[{"IS_ALPHA": True}],
                                                                                   [{"IS_ALPHA": True}] * 2]


def test_a_few_optional_tokens_stay_a_repeat():
    # eight optional tokens in all are cheap for the Matcher; nine are spelled out
    eight = [{"LOWER": "cure"}, {"IS_ALPHA": True, "OP": "{0,5}"}, {"LOWER": "for"}, {"OP": "{1,4}"}]
    assert _counted_spellings(eight) == [eight]
    nine = [{"LOWER": "cure"}, {"IS_ALPHA": True, "OP": "{0,5}"}, {"LOWER": "for"}, {"OP": "{1,5}"}]
    assert len(_counted_spellings(nine)) == 6 * 5


def test_nothing_to_spell_or_too_much_keeps_the_pattern():
    plain = [{"LOWER": "fever"}, {"IS_PUNCT": False, "OP": "?"}, {"LOWER": "ward", "OP": "*"}]
    assert _counted_spellings(plain, optionals=0) == [plain]
    two_runs = [{"LOWER": "a"}, {"OP": "{0,20}"}, {"LOWER": "b"}, {"OP": "{0,20}"}, {"LOWER": "c"}]
    assert len(_counted_spellings(two_runs, limit=441)) == 441
    assert _counted_spellings(two_runs, limit=8) == [two_runs]  # 9 spellings in steps (below)


def test_runs_with_too_many_spellings_are_spelled_in_steps():
    # two runs of "{0,20}" would be 441 spellings: each is spelled in steps of nine counts, a fixed count then at
    # most eight optional tokens ("{0,8}", 9 then "{0,8}", 18 then "{0,2}"): 9 patterns
    two_runs = [{"LOWER": "a"}, {"OP": "{0,20}"}, {"LOWER": "b"}, {"OP": "{0,20}"}, {"LOWER": "c"}]
    spelled = _counted_spellings(two_runs)
    assert len(spelled) == 9
    assert spelled[0] == [{"LOWER": "a"}, {"OP": "{0,8}"}, {"LOWER": "b"}, {"OP": "{0,8}"}, {"LOWER": "c"}]
    assert spelled[4] == [{"LOWER": "a"}, *[{}] * 9, {"OP": "{0,8}"}, {"LOWER": "b"}, *[{}] * 9, {"OP": "{0,8}"},
                          {"LOWER": "c"}]
    assert spelled[8] == [{"LOWER": "a"}, *[{}] * 18, {"OP": "{0,2}"}, {"LOWER": "b"}, *[{}] * 18, {"OP": "{0,2}"},
                          {"LOWER": "c"}]
    assert _counted_spellings([{"IS_ALPHA": True, "OP": "{0,2}"}] * 2) == [[{"IS_ALPHA": True, "OP": "{0,2}"}] * 2]


def test_the_spellings_find_what_the_run_finds():
    nlp = spacy.blank("en")
    from_start = [{"IS_SENT_START": True, **TURNS}, {**TURNS, "OP": "{0,16}"}, *RAISES_RISK]
    trailing = [{"LOWER": "every"}, {"LOWER": "day"}, {"IS_PUNCT": False, "OP": "{0,6}"}]
    for pattern, text, expected in [
            (from_start, "Poor sleep over many years slowly damages the heart, raising the risk of a stroke.",
             {(0, 14)}),
            # a turn inside the run: no match
            (from_start, "Salt is cheap, but eating a lot of it raises the risk of heart failure.", set()),
            # the phrase as far from the sentence's start as the run reaches, and one word further
            (from_start, "One two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                         "fifteen sixteen seventeen raises the risk of gout.", {(0, 21)}),
            (from_start, "One two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                         "fifteen sixteen seventeen eighteen raises the risk of gout.", set()),
            (trailing, "Every day you wait the pain may grow, so act.", {(0, n) for n in range(2, 9)})]:
        assert _found(nlp, [pattern], text) == expected
        assert _found(nlp, _counted_spellings(pattern, optionals=0), text) == expected


def test_the_steps_find_what_the_runs_find():
    # CMP002's shape: from the sentence's start, a run, the phrase, a run to the full stop (its two "{0,20}" runs took
    # 45 s and 6.6 GB on one 21-token sentence as spaCy expands them; in steps, milliseconds)
    nlp = spacy.blank("en")
    turns = {"LOWER": {"NOT_IN": [".", "than", "any"]}}
    pattern = [{"IS_SENT_START": True, **turns}, {**turns, "OP": "{0,20}"}, {"LOWER": "works"}, {"LOWER": "best"},
               {**turns, "OP": "{0,20}"}, {"LOWER": "."}]
    words = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen " \
            "seventeen eighteen nineteen twenty twentyone"
    for text in ["This cream works best on dry skin.", f"{words} works best on dry skin.",
                 f"{words} extra works best on dry skin.",  # one word past the run's reach
                 f"It works best on {words}.", f"It works best on {words} extra.",
                 "This cream works best, better than any other.", "Works best."]:
        assert _found(nlp, _counted_spellings(pattern), text) == _found(nlp, [pattern], text), text
    assert _found(nlp, _counted_spellings(pattern), f"{words} works best on dry skin.") == {(0, 27)}
