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

from collections import Counter

import pytest

from pipeline.patterns import compile_phrase, load_pattern_set
from pipeline.rules.loader import WORD_ATTRIBUTES, _pins_words, _repeats

# The longest repeat a token may have, and the longest open run (consecutive tokens of variable count that may be
# nearly any word: the phrase syntax's "*?" items, {"NOT_IN": ...}, {"IS_ALPHA": true} ...). 8 is what all but 62 of
# the 3,868 present patterns meet (the phrase syntax's longest run is 5, raw patterns' {0,8}), and what the brief of
# round 40 set after round 39's blow-up.
MAX_REPEAT = 8

# The patterns that were there before this guard and pass the bound, by their label: the bench measured them (the
# largest process of the cold `--jobs 2` run on the full corpus: 196 MB in round 39's bench block, with all of them;
# GNU time read 198 MB on that corpus before round 39's open runs, 427 MB with them), a match is
# cut at register.MAX_SPAN tokens, and bounding them would change what they match. The list may only shrink: a new
# pattern over the bound, under any label, fails; so does an entry here that no longer has that many.
# Present maxima: 14 patterns with an unbounded repeat (13 "*", 1 "+" of '#'), the rest {0,10} to {0,20}.
KNOWN_OVER_BOUND: dict[tuple[str, str], int] = {
    ("cue", "ABS003:unless_overlapping"): 3,  # "#"+ before a guarantee; {0,10} after "no one can promise"
    ("cue", "AUT001:unless_overlapping"): 1,  # "suggest" {0,10} "may"
    ("cue", "CAU013:promoted_only"): 1,  # "cause" {1,12} "and even"
    ("cue", "CMP001:unless_overlapping"): 1,  # "the more" {0,10}
    ("cue", "CMP002:unless_overlapping"): 2,  # {0,20} from the sentence start
    ("cue", "EFF001:unless_overlapping"): 1,  # "if/when" {0,12}
    ("cue", "EFF003:unless_overlapping"): 1,
    ("cue", "EMO001:unless_overlapping"): 1,  # "disease" {0,12} "is deadly"
    ("cue", "EMO005:promoted_only"): 1,  # "every day you wait" {0,10}
    ("cue", "HYP001:unless"): 1,  # "evidence" {0,14} "is/has been"
    ("cue", "RSK001:unless"): 1,
    ("cue", "RSK001:unless_page"): 2,  # "in absolute terms" {0,12} a number
    ("cue", "SAF001:unless_unpromoted"): 1,
    ("cue", "SAF003:unless"): 1,
    ("cue", "SAF003:unless_unpromoted"): 3,  # {0,20} from the sentence start
    ("cue", "SUB003:unless"): 5,  # "backed by" {0,14} "guarantee"
    ("cue", "SUB003:unless_overlapping"): 1,  # {0,16} from the sentence start
    ("cue", "SUB004:unless_page"): 1,  # "detox" {0,12} "myth"
    ("cue", "SUB005:unless"): 5,
    ("cue", "SUB005:unless_overlapping"): 1,
    ("cue", "SUB009:promoted_only"): 1,  # two {0,5} runs around one unpinned token: a run of 9
    ("cue", "SUB017:promoted_only"): 3,  # sentence-opening imperative {0,12}
    ("cue", "SUB023:unless"): 5,  # SUB003's exceptions, shared (as SUB005's)
    ("cue", "SUB023:unless_overlapping"): 1,
    ("cue", "strength:background"): 3,  # "(" ... ")" and "—" ... "—" asides, "*"
    ("cue", "strength:causal"): 1,  # "*" between a risk word and its verb
    ("cue", "strength:comparison"): 1,
    ("cue", "strength:conceded_recommendation"): 1,
    ("cue", "strength:correlational"): 1,  # "the more ..., the more", "*"
    ("cue", "strength:purpose"): 1,
    ("cue", "strength:risk"): 1,
    ("cue", "strength:trend"): 4,
    ("rule", "CAU004"): 3,  # "vaccines" {0,12} "cause"
    ("rule", "CAU013"): 1,
    ("rule", "EMO005"): 1,
    ("rule", "SUB004"): 1,  # "toxins" {0,12} "flush"
    ("rule", "SUB009"): 2,  # "#"* "say goodbye to"; the run of 9 above
    ("rule", "SUB017"): 3,
}


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


def _over_bound() -> dict[tuple[str, str], list[tuple[list[dict], list[str]]]]:
    found: dict[tuple[str, str], list] = {}
    for (kind, label), patterns in sorted(load_pattern_set().patterns.items()):
        for pattern in patterns:
            problems = pattern_problems(pattern)
            if problems:
                found.setdefault((kind, label), []).append((pattern, problems))
    return found


def test_no_new_pattern_has_an_open_run_over_the_bound():
    found = _over_bound()
    new = []
    for key, entries in found.items():
        if len(entries) > KNOWN_OVER_BOUND.get(key, 0):
            kind, label = key
            new.extend(f"{kind} {label} ({len(entries)} over the bound, {KNOWN_OVER_BOUND.get(key, 0)} known): "
                       f"{'; '.join(problems)}\n    pattern {pattern!r}" for pattern, problems in entries)
    assert not new, (f"patterns with a repeat or open run over {MAX_REPEAT} tokens (bound it, or open it with a "
                     "word and close it with one):\n" + "\n".join(new))


def test_known_patterns_over_the_bound_are_still_there():
    # the list only shrinks: a pattern bounded (or removed) since takes its entry with it
    counts = Counter({key: len(entries) for key, entries in _over_bound().items()})
    stale = {key: (known, counts[key]) for key, known in KNOWN_OVER_BOUND.items() if counts[key] < known}
    assert not stale, f"KNOWN_OVER_BOUND lists more than there are (known, now): {stale}; lower the entries"


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
