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


# care42 (review B-M2): a rule's token pattern reads a word list of lexicons/care.yml by name, resolved at load time
def _care_pack(test: str) -> str:
    return ("pack: ABC\nrules:\n  - {code: ABC001, name: x, level: info, authority: a, message: m, example: e, "
            f"instead: i, patterns: [[{{LOWER: skip}}, {{LOWER: {test}}}]]}}\n")


def test_an_at_name_in_a_token_test_reads_the_care_lexicons_list():
    from pipeline.patterns import care_lists
    from pipeline.rules.loader import parse_pack
    (rule,) = parse_pack(_care_pack("{IN: '@care_vaccines'}"), "abc.yml")
    assert rule.patterns[0][1] == {"LOWER": {"IN": list(care_lists()["care_vaccines"])}}
    # ... or an item among words, and in NOT_IN too
    (rule,) = parse_pack(_care_pack("{IN: ['@care_tests', prescription], NOT_IN: ['@care_vaccines']}"), "abc.yml")
    words = rule.patterns[0][1]["LOWER"]
    assert "mammogram" in words["IN"] and words["IN"][-1] == "prescription" and "jab" in words["NOT_IN"]


@pytest.mark.parametrize("test", ["{IN: '@proven_cares'}", "{NOT_IN: [jab, '@vaccine']}"])
def test_an_at_name_the_care_lexicon_does_not_hold_is_a_load_error_naming_the_file_and_the_rule(test):
    from pipeline.rules.loader import parse_pack
    with pytest.raises(DataError, match="names no word list of lexicons/care.yml") as raised:
        parse_pack(_care_pack(test), "abc.yml")
    assert "abc.yml (ABC001)" in str(raised.value)


def test_a_care_list_names_other_lists_and_every_reader_of_care_reads_them():
    from pipeline.patterns import care_lists, care_words
    lists = care_lists()
    # proven care is the union of its kinds, each word once
    kinds = ("care_medicine_classes", "care_medicine_names", "care_procedures", "care_vaccines", "care_tests",
             "care_professionals")
    assert set(lists["proven_care"]) == set().union(*(lists[kind] for kind in kinds))
    assert len(lists["proven_care"]) == len(set(lists["proven_care"]))
    assert not [word for words in lists.values() for word in words if word.startswith("@") or word != word.lower()]
    # the teller's account and the ranked classes read the same medicines; a professional stops no account's care
    assert {"metformin", "surgery", "treatment"} <= care_words("account_care") and "doctor" not in care_words(
        "account_care")
    assert {"antibiotics", "vaccines", "surgery"} <= care_words("care_classes") and "tablets" not in care_words(
        "care_classes")
    with pytest.raises(DataError, match="'proven_cares'") as raised:
        care_words("proven_cares")
    # one message for a name the file does not hold, whether a caller or the file's own "@name" asks (quad43)
    assert "pipeline/lexicons/care.yml" in str(raised.value)
    assert f"no word list 'proven_cares' (the file's lists: {', '.join(sorted(lists))})" in str(raised.value)


def test_the_three_rules_of_dropped_care_read_the_one_care_lexicon():
    from pipeline.rules.loader import load_rules
    by_code = {rule.code: rule for rule in load_rules()}

    def listed(code: str) -> set[str]:
        return {word for pattern in by_code[code].patterns if isinstance(pattern, list) for token in pattern
                for test in token.values() if isinstance(test, dict) for word in test.get("IN", ())}
    # a named medicine of the lexicon is read by each; SUB022 reads operations and professionals too
    assert all("levothyroxine" in listed(code) for code in ("SUB008", "SUB021", "SUB022"))
    assert {"colonoscopy", "podiatrist"} <= listed("SUB022")
    # one level for care dropped on a seller's page (review A2-M1)
    assert {by_code[code].level for code in ("SUB008", "SUB021", "SUB022")} == {"error"}


# fixCA42 (review B L5): the care lexicon's own checks, and an "@name" where it is not read

@pytest.mark.parametrize("data, message", [
    ({"care_a": ["jab", "@care_b"], "care_b": ["@care_a"]}, "list 'care_a' includes itself (care_a -> care_b -> care_a)"),
    ({"care_a": ["@care_a"]}, "list 'care_a' includes itself"),
    (["jab", "statins"], "expected a mapping of names to lists of words"),
    ({"care_a": "jab"}, "expected a mapping of names to lists of words"),
    ({"care_a": []}, "expected a mapping of names to lists of words"),
    ({"care_a": ["jab", 3]}, "expected a mapping of names to lists of words"),
    ({"care_b": ["jab"], "care_a": ["@care_c"]}, "no word list 'care_c' (the file's lists: care_a, care_b)"),
])
def test_a_care_lexicon_that_includes_itself_or_is_no_mapping_of_word_lists_is_an_error_naming_the_file(
        monkeypatch, data, message):
    import pipeline.patterns as patterns
    monkeypatch.setattr(patterns, "read_yaml", lambda path: data)
    patterns.care_lists.cache_clear()
    try:
        with pytest.raises(DataError, match="lexicons/care.yml") as raised:
            patterns.care_lists()
        assert message in str(raised.value)
    finally:
        monkeypatch.undo()
        patterns.care_lists.cache_clear()
    assert "statins" in patterns.care_lists()["proven_care"]


@pytest.mark.parametrize("test", ["'@proven_care'", "{ORTH: '@care_vaccines'}", "{LEMMA: '@care_medicines'}"])
def test_an_at_name_outside_in_or_not_in_is_a_load_error_naming_the_file_and_the_rule(test):
    from pipeline.rules.loader import parse_pack
    with pytest.raises(DataError, match="read only as the value of IN or NOT_IN") as raised:
        parse_pack(_care_pack(test), "abc.yml")
    assert "abc.yml (ABC001)" in str(raised.value)


def test_an_at_sign_in_a_regex_is_left_alone():
    from pipeline.rules.loader import parse_pack
    (rule,) = parse_pack(_care_pack("{REGEX: '@[a-z]+'}"), "abc.yml")
    assert rule.patterns[0][1] == {"LOWER": {"REGEX": "@[a-z]+"}}
