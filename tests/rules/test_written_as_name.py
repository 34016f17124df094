"""A word the page writes only opening its sentences is a name when it is coined (pipeline/rules/engine.py
`_written_as_name`, `COINED_WORDS`): words run together, each capitalised; not an abbreviation with a small letter."""

from __future__ import annotations

import pytest

from pipeline.nlp import analyse_text
from pipeline.rules.engine import _written_as_name


@pytest.mark.parametrize("text, word, named", [
    ("MoveWell eases stiff knees. MoveWell comes in a small jar.", "movewell", True),
    ("DreamTide helps you drift off. DreamTide is sold online.", "dreamtide", True),
    # an abbreviation with a small letter in it names a test or a molecule, not a product
    ("HbA1c shows your average blood sugar. HbA1c is checked once a year.", "hba1c", False),
    ("CoQ10 is made by the body. CoQ10 levels fall with age.", "coq10", False),
    # a plain capitalised word opening its sentences is a common word
    ("Walking eases stiff knees. Walking is free.", "walking", False),
])
def test_a_word_only_opening_its_sentences_is_a_name_when_coined(text, word, named):
    assert _written_as_name(analyse_text(text), word) is named
