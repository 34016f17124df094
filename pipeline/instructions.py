"""The word lists an instruction to seek or take care is read by (lexicons/instructions.yml), read once for the
stages that read it.

The claim stage (pipeline/claims.py: a heading "## When to see a GP" seeks care, and its list items are cases to act
in) and the rules' sentence tests (pipeline/rules/sentences.py: "If you notice blood in your poo, always see your GP"
instructs) read the same words; this module is the one loader, below both in the one-way flow.
"""

from __future__ import annotations

from functools import lru_cache

from pipeline.patterns import read_word_sets

INSTRUCTION_KEYS = frozenset({"instruction_care", "instruction_after_case_verbs", "result_verbs"})


@lru_cache(maxsize=1)
def load_instruction_words() -> dict[str, frozenset[str]]:
    """The word lists of lexicons/instructions.yml, lower-cased: `instruction_care` (the care sought: "GP", "999"),
    `instruction_after_case_verbs` (the verbs of care, a check or a caution an instruction gives: "see", "call",
    "wear") and `result_verbs` (a verb of result or effect: "see", "feel", "expect")."""
    return read_word_sets("lexicons/instructions.yml", set(INSTRUCTION_KEYS))
