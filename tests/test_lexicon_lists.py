"""A lexicon's word list read by its key: a key the file does not hold (a name misspelt in the reader's code) is a
DataError naming the file and the key, never an empty list that silently matches nothing."""

from __future__ import annotations

import pytest

from pipeline.claims import TOPIC_KEYS, complaint_words, request_words
from pipeline.errors import DataError
from pipeline.patterns import anchored_list, lexicon_list
from pipeline.sections import _words as section_words


@pytest.mark.parametrize("read, key, where", [
    (request_words, "advice_modal", "lexicons/requests.yml"),
    (section_words, "byline_word", "lexicons/sections.yml"),
    (lambda key: lexicon_list("lexicons/topics.yml", TOPIC_KEYS, key), "finding_verb", "lexicons/topics.yml"),
])
def test_a_misspelt_key_is_an_error_naming_the_file_and_the_key(read, key, where):
    with pytest.raises(DataError) as raised:
        read(key)
    assert where in str(raised.value) and repr(key) in str(raised.value)


def test_the_keys_as_spelt_read_their_lists():
    assert "should" in request_words("advice_modals")
    assert section_words("byline_words")
    assert lexicon_list("lexicons/topics.yml", TOPIC_KEYS, "finding_verbs")


def test_a_key_the_reader_allows_but_the_file_leaves_out_is_an_error_too():
    # the reader's set of keys is wider than the file: the list it asks for is still missing, not empty
    with pytest.raises(DataError, match="'finding_gaps'"):
        lexicon_list("lexicons/topics.yml", TOPIC_KEYS | {"finding_gaps"}, "finding_gaps")


def test_a_rule_packs_anchored_list_is_read_by_its_name():
    # the complaint words CUR009 and CUR010 share, read by code through the anchor, whatever pattern holds it first
    words = complaint_words()
    assert {"pain", "bloating", "acne"} <= words and "sleep" not in words
    assert anchored_list("rulepacks/cure.yml", "complaint_words")[0] in words


def test_an_anchor_the_file_does_not_name_is_an_error_naming_the_file_and_the_anchor():
    with pytest.raises(DataError, match="&complaint_word") as raised:
        anchored_list("rulepacks/cure.yml", "complaint_word")
    assert "pipeline/rulepacks/cure.yml" in str(raised.value)


def test_the_instruction_words_are_one_list_that_the_claim_stage_and_the_rules_read():
    # lexicons/instructions.yml, read by pipeline/instructions.py: the rules' sentence tests read the same lists
    from pipeline.instructions import INSTRUCTION_KEYS, load_instruction_words
    from pipeline.rules.sentences import load_report_words
    words = load_instruction_words()
    assert set(words) == INSTRUCTION_KEYS
    assert {"gp", "999"} <= words["instruction_care"] and "results" not in words["instruction_care"]
    assert {"see", "call"} <= words["instruction_after_case_verbs"]
    assert "choose" not in words["instruction_after_case_verbs"]
    assert all(load_report_words()[key] == words[key] for key in INSTRUCTION_KEYS)


def test_the_claim_stage_imports_nothing_of_the_rules():
    # the one-way flow (ingest -> nlp -> claims -> evidence + rules): no import of pipeline.rules in claims.py, at
    # the top or inside a function
    import ast
    from importlib import resources
    tree = ast.parse(resources.files("pipeline").joinpath("claims.py").read_text("utf-8"))
    imported = [node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)]
    imported += [alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names]
    assert imported and not [name for name in imported if name.startswith("pipeline.rules")]
