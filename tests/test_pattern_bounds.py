"""Guards on the shape of the token patterns the engine registers: no open run of more than a few tokens.

A token that may repeat over nearly any word ({"OP": "*"}, "+", or a long "{0,N}") makes spaCy's Matcher keep a
partial match per start and length on a long sentence. Round 39's two patterns with runs of 20 and 25 tokens from the
sentence start took one process of the bench's corpus from 198 to 427 MB (GNU time on the full corpus) while every
short-text test passed; such a pattern shows only on the full corpus, so its shape is checked here, on every pattern,
at once.

Every pattern the Matchers and phrase tables run comes from `load_pattern_set()` (pipeline/components/register.py's
make_matches reads nothing else): the rule packs' `patterns` and `promoted_patterns`, their sentence, page and
overlap conditions (`unless`, `requires`, ... as "CODE:unless" cues), and the lexicons' concepts, cues, ConText
triggers and mentions, each compiled from the phrase syntax (pipeline/patterns.py) or given as raw token patterns.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from pipeline.components.register import _counted_spellings
from pipeline.patterns import PatternSet, compile_phrase, load_pattern_set
from pipeline.rules.loader import WORD_ATTRIBUTES, _pins_words, _repeats

# The longest repeat a token may have, and the longest open run (consecutive tokens of variable count that may be
# nearly any word: the phrase syntax's "*?" items, {"NOT_IN": ...}, {"IS_ALPHA": true} ...). At round 40's end, 8 is
# what all but 47 distinct patterns meet (68 of the 4,031 registered: a rule pack's YAML anchor shares one rule's
# exceptions with others, as SUB003's with SUB005 and SUB023); the phrase syntax's longest run is 5, raw patterns'
# {0,8}; the brief of round 40 set it after round 39's blow-up.
MAX_REPEAT = 8

# The patterns that were there before this guard and pass the bound, each by itself (its canonical JSON), whatever
# labels register it: the bench measured them (the largest process of the cold `--jobs 2` run on the full corpus: 196
# MB in round 39's bench block, with all of them; GNU time read 198 MB on that corpus before round 39's open runs, 427
# MB with them), a match is cut at register.MAX_SPAN tokens, and bounding them would change what they match. A new
# pattern over the bound fails; so does a listed one no longer there. The list may only shrink: its length is
# KNOWN_OVER_BOUND_TOTAL, which may only fall (47 at round 40's end; 19 since round 41, when the register came to spell
# every counted repeat of more than 8 optional tokens out, at each count or in steps of nine, and this guard to read
# patterns as the Matcher runs them: a "{0,20}" written once in a rule pack is no open run of 20).
# Present maxima: 17 patterns with an unbounded repeat (15 "*", 2 "+" of '#'), and two whose runs a word of any kind
# joins (RSK001's "{0,8}" number "{0,6}" once spelled, SUB009's optional words and "{0,3}", "{0,5}"). One pattern per
# line; `seen_under` names a label that registers it, for the reader (not checked).
KNOWN_OVER_BOUND_FILE = Path(__file__).resolve().parent / "fixtures" / "patterns_over_bound.jsonl"
KNOWN_OVER_BOUND_TOTAL = 19


def canonical(pattern: list[dict]) -> str:
    """A token pattern as one string: the same pattern under two labels, or written with its keys in another order,
    is one entry."""
    return json.dumps(pattern, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def known_over_bound() -> list[str]:
    """The listed patterns (`KNOWN_OVER_BOUND_FILE`), canonical, in the file's order."""
    lines = KNOWN_OVER_BOUND_FILE.read_text(encoding="utf-8").splitlines()
    return [canonical(json.loads(line)["pattern"]) for line in lines if line.strip()]


def _pinned(token: dict) -> bool:
    """A token held to given words or word shapes (as the rule loader reads it): a repeat of it runs only over them."""
    return token.get("OP") != "!" and any(_pins_words(value) for attribute, value in token.items()
                                          if str(attribute).upper() in WORD_ATTRIBUTES)


def pattern_problems(pattern: list[dict], bound: int = MAX_REPEAT) -> list[str]:
    """What in a token pattern passes the bound: a token repeated without bound or more than `bound` times, and a
    run of consecutive variable-count tokens that may be nearly any word, longer than `bound` in all."""
    problems, run, run_start = [], 0, 0
    between = 0  # fixed-count tokens of any word since the run's last variable-count one
    for index, token in enumerate(pattern):
        operator = token.get("OP")
        least, most = _repeats(operator)
        if most is None:
            problems.append(f"token {index} {token!r}: unbounded repeat (OP {operator!r})")
        elif most > bound and most != least:
            problems.append(f"token {index} {token!r}: repeat up to {most} (OP {operator!r}) > {bound}")
        if _pinned(token):
            run = between = 0  # only a given word ends a run: a fixed token of any word lies inside it
        elif most == least:
            between += most if run else 0  # counted if another variable-count token follows
        else:
            run_start = index if not run else run_start
            run += between + (most if most is not None else bound + 1)
            between = 0
            if run > bound:
                problems.append(f"tokens {run_start}-{index}: an open run of up to {run} tokens of nearly any word "
                                f"> {bound}")
    return list(dict.fromkeys(problems))


def _over_bound() -> dict[str, tuple[list[str], list[str]]]:
    """Each distinct pattern over the bound (canonical) -> (the labels that register it, its problems), read as the
    Matcher runs it: with its counted repeats spelled out (register._counted_spellings: "{0,20}" as "{0,8}", 9 then
    "{0,8}", 18 then "{0,2}"), for what costs is the optional tokens the Matcher keeps in a row, not how the YAML
    writes them."""
    found: dict[str, tuple[list[str], list[str]]] = {}
    for (kind, label), patterns in sorted(load_pattern_set().patterns.items()):
        for pattern in patterns:
            problems = list(dict.fromkeys(p for spelled in _counted_spellings(pattern)
                                          for p in pattern_problems(spelled)))
            if problems:
                found.setdefault(canonical(pattern), ([], problems))[0].append(f"{kind} {label}")
    return found


def test_no_new_pattern_has_an_open_run_over_the_bound():
    known = set(known_over_bound())
    new = [f"{', '.join(labels)}: {'; '.join(problems)}\n    pattern {key}"
           for key, (labels, problems) in _over_bound().items() if key not in known]
    assert not new, (f"patterns with a repeat or open run over {MAX_REPEAT} tokens (bound it, or open it with a "
                     "word and close it with one):\n" + "\n".join(new))


def test_known_patterns_over_the_bound_are_still_there():
    # the list only shrinks: a pattern bounded (or removed) since takes its line with it
    found = _over_bound()
    stale = [key for key in known_over_bound() if key not in found]
    assert not stale, "patterns_over_bound.jsonl lists patterns no longer over the bound; remove their lines:\n" \
        + "\n".join(stale)


def test_the_known_list_may_only_shrink():
    known = known_over_bound()
    assert len(set(known)) == len(known), "a pattern listed twice in patterns_over_bound.jsonl"
    # a line added to the file must raise this total too, in the open; a line removed lowers it
    assert len(known) == KNOWN_OVER_BOUND_TOTAL


def test_a_pattern_is_one_entry_whatever_its_labels_and_key_order():
    assert canonical([{"IS_PUNCT": False, "OP": "{0,14}"}]) == canonical([{"OP": "{0,14}", "IS_PUNCT": False}])
    assert canonical([{"IS_PUNCT": False, "OP": "{0,14}"}]) != canonical([{"IS_ALPHA": True, "OP": "{0,14}"}])


def test_a_known_pattern_shared_with_a_new_rule_needs_no_entry(monkeypatch):
    # a YAML anchor giving a new rule SUB003's exceptions registers the same patterns again: no new shape
    pattern_set = load_pattern_set()
    copied = pattern_set.patterns[("cue", "SUB003:unless")]
    shared = PatternSet({**pattern_set.patterns, ("cue", "SUB999:unless"): copied})
    monkeypatch.setattr(sys.modules[__name__], "load_pattern_set", lambda: shared)
    test_no_new_pattern_has_an_open_run_over_the_bound()
    # ... but one more open run does
    wider = [{"LOWER": "backed"}, {"OP": "*"}, {"LOWER": "guarantee"}]
    shared.patterns[("cue", "SUB999:unless")] = [*shared.patterns[("cue", "SUB999:unless")], wider]
    with pytest.raises(AssertionError, match="SUB999:unless"):
        test_no_new_pattern_has_an_open_run_over_the_bound()


def test_every_kind_of_pattern_is_walked():
    # the walk sees the rule packs' patterns, their promoted patterns and conditions, and the lexicons' patterns
    kinds = {kind for kind, _ in load_pattern_set().patterns}
    labels = {label for _, label in load_pattern_set().patterns}
    assert {"rule", "cue", "concept", "context", "mention"} <= kinds
    for suffix in (":unless", ":unless_overlapping", ":promoted_only", ":unless_page"):
        assert any(label.endswith(suffix) for label in labels), suffix


@pytest.mark.parametrize("pattern", [
    [{"LOWER": "cure"}, {"OP": "*"}, {"LOWER": "cancer"}],
    [{"ORTH": "#", "OP": "+"}, {"LOWER": "guarantee"}],  # a pinned token, but without bound
    # round 39's shape: a run of 25 from the sentence start
    [{"IS_SENT_START": True}, {"LOWER": {"NOT_IN": [".", "our"]}, "OP": "{0,25}"}, {"LOWER": "rare"}],
    [{"LOWER": "cure"}, {"IS_ALPHA": True, "OP": "{0,5}"}, {"IS_PUNCT": False, "OP": "{0,5}"}, {"LOWER": "all"}],
    [{"LOWER": {"IN": ["and", "or"]}, "OP": "{0,9}"}, {"LOWER": "x"}],  # a pinned repeat over the bound
    # a fixed token of any word between two runs does not end the run: an open span of up to 11 tokens
    [{"LOWER": "cure"}, {"OP": "{0,5}"}, {"IS_ALPHA": True}, {"OP": "{0,5}"}, {"LOWER": "x"}],
    [{"LOWER": "cure"}, {"OP": "{0,4}"}, {}, {"LOWER": {"NOT_IN": ["."]}}, {"OP": "{0,3}"}, {"LOWER": "x"}],
])
def test_a_run_over_the_bound_is_found(pattern):
    assert pattern_problems(pattern)


@pytest.mark.parametrize("pattern", [
    [{"LOWER": "cure"}, {"IS_PUNCT": False, "OP": "{0,8}"}, {"LOWER": "cancer"}],
    [{"LOWER": "cure"}, {"OP": "{0,4}"}, {"LOWER": "of"}, {"OP": "{0,4}"}, {"LOWER": "cancer"}],  # a word between
    [{"LOWER": {"IN": ["very", "really"]}, "OP": "{1,8}"}, {"LOWER": "safe"}],
    [{"LOWER": "x"}, {"OP": "{12}"}],  # fixed length: one partial match per start
    # a given word between the runs ends the first: two runs of 5
    [{"LOWER": "cure"}, {"OP": "{0,5}"}, {"LOWER": "of"}, {"OP": "{0,5}"}, {"LOWER": "x"}],
    # fixed tokens of any word before or after a single run are no part of it
    [{}, {}, {}, {"IS_ALPHA": True, "OP": "{0,8}"}, {}, {}, {}, {"LOWER": "x"}],
    [{"LOWER": "cure"}, {"OP": "{0,4}"}, {}, {"OP": "{0,3}"}, {"LOWER": "x"}],  # 4 + 1 + 3: at the bound
])
def test_a_run_within_the_bound_passes(pattern):
    assert not pattern_problems(pattern)


def test_the_phrase_syntax_wildcards_count_as_an_open_run():
    # the phrase syntax's "*" is any one token, "?" makes an item optional: nine "*?" are a run of nine
    assert pattern_problems(compile_phrase("cure " + "*? " * 9 + "cancer")[0])
    assert not pattern_problems(compile_phrase("cure " + "*? " * 8 + "cancer")[0])
    assert not pattern_problems(compile_phrase("cure " + "* " * 12 + "cancer")[0])  # fixed length
    # optional words are pinned: a run of them is no open run
    assert not pattern_problems(compile_phrase("cure " + " ".join(f"w{n}?" for n in range(12)) + " cancer")[0])
