"""The catalogue: codes unique and well-formed, every rule cites an authority, its example flags and its
"instead" does not; the loader rejects malformed rules."""

from __future__ import annotations

import pytest

from pipeline.errors import DataError
from pipeline.rules.loader import load_rules, parse_pack

RULES = load_rules()


SHOP = "\n\nAdd to cart today for free shipping."  # a shop's words: the page sells


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_example_flags_and_instead_does_not(rule, flags):
    # a rule silent on a page that neither sells nor hypes reads its example and its safer wording on one that sells
    page = SHOP if rule.silent_on_sober_pages else ""
    assert rule.code in {f.code for f in flags(rule.example + page)}, f"{rule.code} example does not flag"
    assert rule.code not in {f.code for f in flags(rule.instead + page)}, f"{rule.code} 'instead' is flagged"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_has_authority_message_and_advice(rule):
    assert len(rule.authority) > 15 and len(rule.message) > 20
    assert rule.code.startswith(rule.pack) and len(rule.code) == 6


def test_codes_unique():
    assert len({r.code for r in RULES}) == len(RULES)


@pytest.mark.parametrize("text, message", [
    ("pack: ABC\nrules:\n  - {code: ABC001, name: x, level: error, authority: a, message: m, example: e, "
     "instead: i, patterns: [x], colour: red}\n", "unknown key"),
    ("pack: ABC\nrules:\n  - {code: XYZ001, name: x, level: error, authority: a, message: m, example: e, "
     "instead: i, patterns: [x]}\n", "pack prefix"),
    ("pack: ABC\nrules:\n  - {code: ABC001, name: x, level: fatal, authority: a, message: m, example: e, "
     "instead: i, patterns: [x]}\n", "level"),
    ("pack: ABC\nrules:\n  - {code: ABC001, name: x, level: error, message: m, example: e, instead: i, "
     "patterns: [x]}\n", "authority"),
    ("pack: ABC\nrules: [\n", "invalid YAML"),
    ("pack: ABC\nrules:\n  - {code: ABC001, name: x, level: error, authority: a, message: m, example: e, "
     "instead: i, patterns: [x], supersedes: SAF002}\n", "supersedes"),
    ("pack: ABC\nrules:\n  - {code: ABC001, name: x, level: error, authority: a, message: m, example: e, "
     "instead: i, patterns: [x], unless: {sentence_is: [past_tense]}}\n", "unknown test"),
    ("pack: ABC\nrules:\n  - {code: ABC001, name: x, level: error, authority: a, message: m, example: e, "
     "instead: i, patterns: [x], requires: {sentence_is: [past_tense]}}\n", "for existence rules only"),
    # requires.sentence_is is an existence rule's (a claim rule's sentence tests are when.sentence_is)
    ("pack: ABC\nrules:\n  - {code: ABC001, name: x, type: claim, level: error, authority: a, message: m, "
     "example: e, instead: i, when: {category: [efficacy]}, requires: {sentence_is: [past_report]}}\n",
     "for existence rules only"),
    ("pack: ABC\nrules:\n  - {code: ABC001, name: x, level: error, authority: a, message: m, example: e, "
     "instead: i, patterns: [x], requires: {sentence_matches: [{shared: our_products}]}}\n", "shared_phrases.yml"),
    # words anywhere on the page are a requirement of a claim rule only (an existence rule's match has its sentence),
    # and an exception of an existence rule only (a page that argues against the wording it names)
    ("pack: ABC\nrules:\n  - {code: ABC001, name: x, type: claim, level: error, authority: a, message: m, "
     "example: e, instead: i, unless: {page_matches: [x]}}\n", "existence rules only"),
    ("pack: ABC\nrules:\n  - {code: ABC001, name: x, level: error, authority: a, message: m, example: e, "
     "instead: i, patterns: [x], requires: {page_matches: [x]}}\n", "claim rules only"),
    # so is the page's own wording flagged by other rules (requires.page_flags), named by code or pack
    ("pack: ABC\nrules:\n  - {code: ABC001, name: x, level: error, authority: a, message: m, example: e, "
     "instead: i, patterns: [x], unless: {page_flags: [CUR]}}\n", "requires\\) only"),
    ("pack: ABC\nrules:\n  - {code: ABC001, name: x, level: error, authority: a, message: m, example: e, "
     "instead: i, patterns: [x], requires: {page_flags: [CUR]}}\n", "claim rules only"),
    ("pack: ABC\nrules:\n  - {code: ABC001, name: x, type: claim, level: error, authority: a, message: m, "
     "example: e, instead: i, requires: {page_flags: [cure]}}\n", "rule codes or pack prefixes"),
    # and so are the words that open the page's headings (requires.page_headings)
    ("pack: ABC\nrules:\n  - {code: ABC001, name: x, type: claim, level: error, authority: a, message: m, "
     "example: e, instead: i, unless: {page_headings: [x]}}\n", "claim rules only"),
    ("pack: ABC\nrules:\n  - {code: ABC001, name: x, level: error, authority: a, message: m, example: e, "
     "instead: i, patterns: [x], requires: {page_headings: [x]}}\n", "claim rules only"),
    ("pack: ABC\nrules:\n  - {code: ABC001, name: x, type: claim, level: error, authority: a, message: m, "
     "example: e, instead: i, requires: {page_headings: [Improves memory]}}\n", "single lower-case words"),
    # a test of the matched words (unless.match_is) names a known test and the words it reads, on an existence rule
    ("pack: ABC\nrules:\n  - {code: ABC001, name: x, level: error, authority: a, message: m, example: e, "
     "instead: i, patterns: [x], unless: {match_is: {verb: [beat]}}}\n", "unknown test"),
    ("pack: ABC\nrules:\n  - {code: ABC001, name: x, level: error, authority: a, message: m, example: e, "
     "instead: i, patterns: [x], unless: {match_is: [noun]}}\n", "lower-case words it reads"),
    ("pack: ABC\nrules:\n  - {code: ABC001, name: x, type: claim, level: error, authority: a, message: m, "
     "example: e, instead: i, unless: {match_is: {noun: [beat]}}}\n", "existence rules only"),
    # ... and a word list it names ("@unnamed_people") is one of lexicons/sentences.yml
    ("pack: ABC\nrules:\n  - {code: ABC001, name: x, level: error, authority: a, message: m, example: e, "
     "instead: i, patterns: [x], unless: {match_is: {title: ['@unnamed_crowds']}}}\n", "names no word list"),
    # exceptions that hold on a page that promotes nothing (unless.unpromoted): with known keys (a claim rule's read
    # its sentence, it has no matched words) and known sentence tests
    ("pack: ABC\nrules:\n  - {code: ABC001, name: x, type: claim, level: error, authority: a, message: m, "
     "example: e, instead: i, unless: {unpromoted: {overlapping_matches: [x]}}}\n", "for claim rules"),
    ("pack: ABC\nrules:\n  - {code: ABC001, name: x, level: error, authority: a, message: m, example: e, "
     "instead: i, patterns: [x], unless: {unpromoted: {page_matches: [x]}}}\n", "for existence rules"),
    ("pack: ABC\nrules:\n  - {code: ABC001, name: x, level: error, authority: a, message: m, example: e, "
     "instead: i, patterns: [x], unless: {unpromoted: {sentence_is: [imperative]}}}\n", "unknown test"),
    ("pack: ABC\nrules:\n  - {code: ABC001, name: x, level: error, authority: a, message: m, example: e, "
     "instead: i, patterns: [x], requires: {unpromoted: {sentence_is: [instruction]}}}\n", "for existence rules"),
    # a claim's subject (when.subject) names a known kind; the safer wording (suggest) is a claim rule's, cite or hedge
    ("pack: ABC\nrules:\n  - {code: ABC001, name: x, type: claim, level: info, authority: a, message: m, "
     "example: e, instead: i, when: {subject: product}}\n", "when.subject must be one of"),
    ("pack: ABC\nrules:\n  - {code: ABC001, name: x, type: claim, level: info, authority: a, message: m, "
     "example: e, instead: i, suggest: soften}\n", "suggest"),
    ("pack: ABC\nrules:\n  - {code: ABC001, name: x, level: info, authority: a, message: m, example: e, "
     "instead: i, patterns: [x], suggest: hedge}\n", "claim rules only"),
    # a page that denies the rule's wording (unless.page_denies) is a yes or no of an existence rule's unless
    ("pack: ABC\nrules:\n  - {code: ABC001, name: x, type: claim, level: error, authority: a, message: m, "
     "example: e, instead: i, unless: {page_denies: true}}\n", "existence rules only"),
    ("pack: ABC\nrules:\n  - {code: ABC001, name: x, level: error, authority: a, message: m, example: e, "
     "instead: i, patterns: [x], unless: {page_denies: [detox]}}\n", "true or false"),
    ("pack: ABC\nrules:\n  - {code: ABC001, name: x, level: error, authority: a, message: m, example: e, "
     "instead: i, patterns: [x], requires: {page_denies: true}}\n", "unless of existence rules only"),
    # the level on a page that promotes nothing (unpromoted_level) is a known level, lower than the rule's own
    ("pack: ABC\nrules:\n  - {code: ABC001, name: x, level: error, authority: a, message: m, example: e, "
     "instead: i, patterns: [x], unpromoted_level: minor}\n", "unpromoted_level must be one of"),
    ("pack: ABC\nrules:\n  - {code: ABC001, name: x, level: warning, authority: a, message: m, example: e, "
     "instead: i, patterns: [x], unpromoted_level: error}\n", "unpromoted_level must be lower than level"),
    # a rule of span `cell` (fixC43, review T2) has no patterns, and names the cells it flags by a sentence test
    ("pack: ABC\nrules:\n  - {code: ABC001, name: x, level: error, authority: a, message: m, example: e, "
     "instead: i, span: cell, patterns: [x], requires: {sentence_is: [grid_result]}}\n", "span `cell` has no patterns"),
    ("pack: ABC\nrules:\n  - {code: ABC001, name: x, level: error, authority: a, message: m, example: e, "
     "instead: i, span: cell}\n", "span `cell` has no patterns"),
    # the patterns that count only on a page that promotes (promoted_patterns): a non-empty list of an existence
    # rule, each item a phrase or a token pattern, none repeated from `patterns`; they alone make a rule's patterns
    ("pack: ABC\nrules:\n  - {code: ABC001, name: x, type: claim, level: error, authority: a, message: m, "
     "example: e, instead: i, promoted_patterns: [x]}\n", "promoted_patterns is a non-empty list"),
    ("pack: ABC\nrules:\n  - {code: ABC001, name: x, level: error, authority: a, message: m, example: e, "
     "instead: i, patterns: [x], promoted_patterns: []}\n", "promoted_patterns is a non-empty list"),
    ("pack: ABC\nrules:\n  - {code: ABC001, name: x, level: error, authority: a, message: m, example: e, "
     "instead: i, promoted_patterns: [{LOWER: x}]}\n", "promoted_patterns must be a list of phrases"),
    ("pack: ABC\nrules:\n  - {code: ABC001, name: x, level: error, authority: a, message: m, example: e, "
     "instead: i, patterns: [x, y], promoted_patterns: [y]}\n", "repeats"),
    ("pack: ABC\nrules:\n  - {code: ABC001, name: x, level: error, authority: a, message: m, example: e, "
     "instead: i}\n", "needs patterns"),
    # an existence rule's flag spans its match or its claim (`span`); a claim rule's flag is its claim already
    ("pack: ABC\nrules:\n  - {code: ABC001, name: x, level: info, authority: a, message: m, example: e, "
     "instead: i, patterns: [x], span: sentence}\n", "span \\(existence rules only\\) must be one of"),
    ("pack: ABC\nrules:\n  - {code: ABC001, name: x, type: claim, level: info, authority: a, message: m, "
     "example: e, instead: i, span: claim}\n", "span \\(existence rules only\\)"),
    # a renamed rule's former names are names (`formerly_named`), not codes
    ("pack: ABC\nrules:\n  - {code: ABC001, name: new-name, level: info, authority: a, message: m, example: e, "
     "instead: i, patterns: [x], formerly_named: [ABC002]}\n", "formerly_named must be a list of rule names"),
])
def test_loader_rejects_malformed_packs(text, message):
    with pytest.raises(DataError, match=message):
        parse_pack(text, "test.yml")


# the tests and word lists of the unpromoted spares sober38 removed: no rule names them, and the loader refuses them
@pytest.mark.parametrize("unless", [
    "{unpromoted: {sentence_is: [harms_named]}}", "{unpromoted: {sentence_is: [figures_in_paragraph]}}",
    "{sentence_is: [finding_in_paragraph]}", "{unpromoted: {match_is: {in_prose: [better]}}}",
    "{unpromoted: {match_is: {of_treatment_class: [effective]}}}", "{match_is: {endorsing_title: [recommend]}}",
    "{unpromoted: {match_is: {evidence_rank_of_any_subject: [best]}}}",
])
def test_loader_refuses_the_removed_sentence_and_match_tests(unless):
    with pytest.raises(DataError, match="unknown test"):
        parse_pack("pack: ABC\nrules:\n  - {code: ABC001, name: x, level: error, authority: a, message: m, "
                   f"example: e, instead: i, patterns: [x], unless: {unless}}}\n", "test.yml")


@pytest.mark.parametrize("word_list", ["harm_words", "title_endorsements", "treatment_classes"])
def test_loader_refuses_the_removed_word_lists(word_list):
    with pytest.raises(DataError, match="names no word list"):
        parse_pack("pack: ABC\nrules:\n  - {code: ABC001, name: x, level: error, authority: a, message: m, "
                   f"example: e, instead: i, patterns: [x], unless: {{match_is: {{title: ['@{word_list}']}}}}}}\n",
                   "test.yml")


def test_a_shared_phrase_list_becomes_each_rules_own_condition():
    """EMO003 and SUB003 take the seller's "our … product" phrases from one list (lexicons/shared_phrases.yml): each
    rule gets them as its own condition patterns, and no cue of their own is matched (a cue would hide "formula",
    "tea" … from the claim stage's topic words)."""
    from pipeline.nlp import analyse_text
    from pipeline.rules.loader import load_shared_phrases

    shared = load_shared_phrases()["own_product"]
    by_code = {r.code: r for r in RULES}
    for code in ("EMO003", "SUB003"):
        conditions = dict(by_code[code].local_patterns)[f"{code}:requires"]
        assert all(phrase in conditions for phrase in shared)
    analysis = analyse_text("Our herbal tea lowers blood sugar.")
    assert {m.label for m in analysis.of_kind("cue")} >= {"SUB003:requires"}
    assert not any(m.label == "own_product" for m in analysis.mentions)


def test_page_requirement_is_the_pages_own_words():
    """SUB003's seller words anywhere on the page (requires.page_matches) make the plain benefits it states of its
    section's subject promoted; the same words quoted or named as a warning sign do not, nor does the background a
    seller gives (a subject not in the heading)."""
    from conftest import flags_for

    def sub003(text: str) -> list:
        return [f for f in flags_for(text) if f.code == "SUB003"]

    heading, benefit = "Why Moringa?\n\n", "Moringa lowers inflammation in the body. "
    assert not sub003(heading + benefit)
    assert sub003(heading + benefit + "Order our moringa powder today.")
    assert not sub003(heading + 'Be wary of products sold as a "superfood". ' + benefit)
    assert not sub003(heading + "Two types of immunity protect the body. Order our moringa powder today.")


def test_page_flags_name_known_rules_or_packs(monkeypatch):
    """`requires.page_flags` names rules or packs that exist: a typo would silently never be met."""
    from pipeline.rules import loader

    pack = ("pack: ABC\nrules:\n  - {code: ABC001, name: x, type: claim, level: info, authority: a, message: m, "
            "example: e, instead: i, requires: {page_flags: [%s]}}\n")
    original = loader._parse_pack_data

    def with_extra(name: str):
        def parse(data, where):
            rules = original(data, where)
            extra = original(loader.load_yaml(pack % name, "abc.yml"), "abc.yml")
            return rules + extra if where.endswith("absolute.yml") else rules
        return parse

    def reread() -> None:
        loader.load_rules.cache_clear()
        loader._load_packs.cache_clear()

    reread()
    try:
        monkeypatch.setattr(loader, "_parse_pack_data", with_extra("CUR"))
        assert "CUR" in {c for r in loader.load_rules() for c in r.requires_page_flags}
        reread()
        monkeypatch.setattr(loader, "_parse_pack_data", with_extra("XYZ009"))
        with pytest.raises(DataError, match="unknown rule"):
            loader.load_rules()
    finally:
        monkeypatch.undo()
        reread()


def test_page_flags_make_a_page_promote():
    """SUB003's `requires.page_flags`: a page whose own wording elsewhere is a promoter's (a miracle cure, an
    unqualified "safe") promotes the plain benefits it states of its section's subject; the same page without that
    wording does not, nor does background whose subject's head is not the heading's word."""
    from conftest import flags_for

    def sub003(text: str) -> list[str]:
        return [f.text for f in flags_for(text) if f.code == "SUB003"]

    heading, benefit = "What is kelp tonic?\n\n", "Kelp tonic speeds the healing of tendons. "
    assert not sub003(heading + benefit)
    assert sub003(heading + benefit + "Kelp tonic is completely safe.") == ["Kelp tonic speeds the healing of tendons"]
    assert sub003(heading + benefit + "It is a miracle cure for arthritis.")
    # the promoter's wording only quoted (a mention) makes no promotion
    assert not sub003(heading + benefit + 'Be wary of sellers who call it "a miracle cure".')
    # background under a heading: its subject's head ("layer", "goal") is not the heading's word
    assert not sub003("Repair of damaged myelin\n\nThe myelin layer around nerves is destroyed by immune cells. "
                      "Stem cell therapy is completely safe.")
    assert not sub003("Stem cell treatment\n\nThe goal of stem cell treatment is to halt the immune attack. "
                      "Stem cell therapy is completely safe.")


def test_a_claim_under_no_heading_is_about_the_subject_the_page_opens_with():
    """Under no heading, SUB003's section test compares the claim's subject with the subject of the page's first
    claim, when that claim is in its first sentence; "one of the key benefits of X" has X as its head. Background
    with another head ("The immune system …") is not the product's promise, and without an opening claim nothing
    stands for the page's topic."""
    from conftest import flags_for

    def sub003(text: str) -> list[str]:
        return [f.text for f in flags_for(text) if f.code == "SUB003"]

    promoter = " It is a miracle cure for arthritis."
    page = ("Kelp tonic heals tendons fast. One of the key benefits of kelp tonic is its ability to ease back pain. "
            "The immune system protects the body from germs.")
    assert sub003(page + promoter) == ["Kelp tonic heals tendons fast",
                                       "One of the key benefits of kelp tonic is its ability to ease back pain"]
    assert not sub003(page)
    assert not sub003("Kelp tonic is a seaweed drink. The immune system protects the body from germs. Kelp tonic "
                      "heals tendons." + promoter)


def test_a_page_laid_out_as_benefit_headings_promotes():
    """SUB003's `requires.page_headings`: a page several of whose headings open with a verb that promises a benefit
    ("Improves Memory", "Enhances Focus") is laid out as its product's benefits, and promotes the plain benefits it
    states of its section's subject (qa26 10); one such heading may be a news headline, and makes no promotion."""
    from conftest import flags_for

    def sub003(text: str) -> list[str]:
        return [f.text for f in flags_for(text) if f.code == "SUB003"]

    opening = "Kelp tonic improves memory.\n\n"
    sections = ("Improves Memory\n\nMany people drink it daily.\n\n"
                "Enhances Focus\n\nMany people drink it at work.\n\n")
    assert sub003(opening + sections) == ["Kelp tonic improves memory"]
    assert not sub003(opening + "Improves Memory\n\nMany people drink it daily.\n\n")
    # headings that name, ask or list (a reference page's) make no promotion
    assert not sub003(opening + "Symptoms\n\nMany people drink it daily.\n\nWhy drink it?\n\nIt is popular.\n\n")


def test_raw_token_patterns_are_validated_when_read():
    """Raw spaCy patterns in a pack are checked once, when the pattern set is built (the Matchers skip it)."""
    from pipeline.patterns import PatternSet

    patterns = PatternSet()
    patterns.add("rule", "XYZ001", [[{"LOWER": "only"}, {"LIKE_NUM": True}]], "pack.yml")
    with pytest.raises(DataError, match="LOWERR"):
        patterns.add("rule", "XYZ002", [[{"LOWERR": "only"}]], "pack.yml")


def test_promoted_patterns_are_matched_and_spared_on_a_page_that_promotes_nothing():
    """`promoted_patterns` says once what a pattern repeated in `unless.unpromoted.overlapping_matches` said twice:
    the rule matches it, and on a page that promotes nothing its match (and any of the rule's matches over it) is
    spared, after the unpromoted exceptions written there."""
    rule, = parse_pack(
        "pack: ABC\nrules:\n  - {code: ABC001, name: x, level: warning, authority: a, message: m, example: e, "
        "instead: i, patterns: [\"=wonder\"], promoted_patterns: [\"=marvel\", [{LOWER: sublime}]], "
        "unless: {unpromoted: {overlapping_matches: [\"=awe\"]}}}\n", "test.yml")
    assert rule.patterns == ("=wonder", "=marvel", [{"LOWER": "sublime"}])
    assert rule.promoted_patterns == ("=marvel", [{"LOWER": "sublime"}])
    assert rule.spared_unpromoted
    # the promoted patterns are one condition, compiled and matched once: its label is both the promoted patterns'
    # own matches and, after the exceptions written there, the rule's exceptions where nothing is promoted
    assert rule.promoted_only == ("ABC001:promoted_only",)
    assert rule.unpromoted_overlapping == ("ABC001:unless_unpromoted", "ABC001:promoted_only")
    assert rule.local_patterns == (("ABC001:unless_unpromoted", ("=awe",)),
                                   ("ABC001:promoted_only", ("=marvel", [{"LOWER": "sublime"}])))
    # a rule whose patterns all count only where the page promotes needs no `patterns` nor `unless`
    rule, = parse_pack("pack: ABC\nrules:\n  - {code: ABC001, name: x, level: warning, authority: a, message: m, "
                       "example: e, instead: i, promoted_patterns: [\"=marvel\"]}\n", "test.yml")
    assert rule.patterns == ("=marvel",) and rule.spared_unpromoted
    assert rule.unpromoted_overlapping == rule.promoted_only == ("ABC001:promoted_only",)
    assert rule.local_patterns == (("ABC001:promoted_only", ("=marvel",)),)


def test_no_pack_repeats_a_pattern_as_its_unpromoted_exception():
    """A pattern that counts only where the page promotes is written once, in `promoted_patterns`."""
    import yaml
    from importlib import resources

    for pack in sorted(resources.files("pipeline.rulepacks").iterdir(), key=lambda p: p.name):
        if not pack.name.endswith(".yml"):
            continue
        for raw in yaml.safe_load(pack.read_text(encoding="utf-8")).get("rules") or []:
            unpromoted = (raw.get("unless") or {}).get("unpromoted") or {}
            repeated = [p for p in unpromoted.get("overlapping_matches") or [] if p in (raw.get("patterns") or [])]
            assert not repeated, (raw["code"], repeated)


def test_a_match_test_naming_a_lexicon_list_reads_each_word_in_the_plural_and_the_singular():
    # AUT001's title test and lexicons/sentences.yml keep one list: every word, not only some, in both numbers
    from pipeline.rules.loader import load_rules
    from pipeline.rules.sentences import load_report_words

    aut001 = next(rule for rule in load_rules() if rule.code == "AUT001")
    title = dict(aut001.unless_match_is)["title"]
    people = load_report_words()["unnamed_people"]
    assert people <= title and {"physician", "dermatologist", "clinician", "nutritionist", "study"} <= title


def _pack_with(key: str, pattern: str) -> str:
    """A one-rule pack whose `key` (patterns, or a condition such as unless.sentence_matches) holds one pattern."""
    if key == "patterns":
        return ("pack: ABC\nrules:\n  - {code: ABC001, name: x, level: info, authority: a, message: m, example: e, "
                f"instead: i, patterns: [{pattern}]}}\n")
    block, condition = key.split(".")
    return ("pack: ABC\nrules:\n  - {code: ABC001, name: x, level: info, authority: a, message: m, example: e, "
            f"instead: i, patterns: [=gadget], {block}: {{{condition}: [{pattern}]}}}}\n")


@pytest.mark.parametrize("key, pattern, problem", [
    # attributes no component sets: the pattern would silently match nothing
    ("patterns", "[{LOWER: fish}, {LEMMA: swim}]", "tests LEMMA, which the pipeline never sets: no lemmatizer"),
    # ... or set only by an optional trained model, which a pack must not need
    ("patterns", "[{pos: VERB}, {LOWER: quickly}]", "tests POS, which the default pipeline does not set; rule packs "
                                                    "must match without a trained model"),
    ("unless.sentence_matches", "[{ENT_TYPE: ORG}]", "tests ENT_TYPE, which the pipeline never sets"),
    ("requires.sentence_matches", "[{DEP: nsubj}]", "tests DEP, which the default pipeline does not set"),
    # an unbounded repeat of a token that may be any word where a match can start
    ("patterns", "[{OP: '*'}, {LOWER: remedy}]", "unbounded repeat \\(OP '\\*'\\)"),
    ("patterns", "[{IS_ALPHA: true, OP: '+'}, {LOWER: remedy}]", "unbounded repeat \\(OP '\\+'\\)"),
    ("patterns", "[{LOWER: {NOT_IN: [not]}, OP: '+'}, {LOWER: remedy}]", "unbounded repeat"),
    ("patterns", "[{IS_PUNCT: true, OP: '{1,}'}, {LOWER: remedy}]", "unbounded repeat \\(OP '\\{1,\\}'\\)"),
    # ... after optional tokens, where a match can start too
    ("unless.overlapping_matches", "[{LOWER: the, OP: '?'}, {IS_ALPHA: true, OP: '*'}, {LOWER: remedy}]",
     "unbounded repeat"),
    # ... after a required token that may be any word: a match starts at each such word and runs on as far
    ("patterns", "[{IS_ALPHA: true}, {OP: '*'}, {LOWER: cure}]", "before its first required word"),
    ("patterns", "[{OP: '{2}'}, {OP: '*'}, {LOWER: cure}]", "unbounded repeat \\(OP '\\*'\\)"),
    ("unless.sentence_matches", "[{LOWER: sleep, OP: '!'}, {IS_ALPHA: true, OP: '+'}, {LOWER: aid}]",
     "unbounded repeat"),  # a negated word is any other word
])
def test_loader_refuses_a_raw_pattern_that_never_matches_or_starts_anywhere(key, pattern, problem):
    """A raw token pattern is refused when it reads an attribute the default pipeline does not set, or has an
    unbounded repeat of a token that may be any word before its first required word; the error names the file, the
    rule, the key and the pattern."""
    with pytest.raises(DataError, match=problem) as refused:
        parse_pack(_pack_with(key, pattern), "pipeline/rulepacks/abc.yml")
    message = str(refused.value)
    assert message.startswith(f"pipeline/rulepacks/abc.yml (ABC001): {key}: pattern [")


@pytest.mark.parametrize("key, pattern", [
    ("patterns", "[{LOWER: fish}, {NORM: swim}]"),  # NORM holds the lemma
    ("patterns", "[{IS_SENT_START: true, LOWER: try}, {IS_TITLE: true}]"),  # set by the segments component
    ("patterns", "[{LOWER: remedy}, {IS_ALPHA: true, OP: '*'}, {LOWER: works}]"),  # the repeat after a word
    ("patterns", "[{IS_ALPHA: true}, {LOWER: remedy}, {OP: '*'}, {LOWER: works}]"),  # ... after the first word
    ("patterns", "[{ORTH: '#', OP: '+'}, {IS_ALPHA: true}]"),  # a repeat of one given word
    ("patterns", "[{LOWER: {IN: [miracle, wonder]}, OP: '+'}, {LOWER: cure}]"),  # ... or of a few
    ("patterns", "[{LOWER: {REGEX: '^anti'}, OP: '+'}, {LOWER: remedy}]"),  # ... or of words of one shape
    ("patterns", "[{IS_ALPHA: true}, {LOWER: {FUZZY: miracle}, OP: '*'}, {LOWER: cure}]"),
    ("patterns", "[{IS_ALPHA: true, OP: '{1,3}'}, {LOWER: remedy}]"),  # a bounded repeat
    ("unless.sentence_matches", "[{LOWER: the, OP: '?'}, {OP: '{0,2}'}, {LOWER: remedy}]"),
])
def test_loader_keeps_a_raw_pattern_that_the_pipeline_can_match_from_its_words(key, pattern):
    rule, = parse_pack(_pack_with(key, pattern), "pipeline/rulepacks/abc.yml")
    assert rule.code == "ABC001"


@pytest.mark.parametrize("pattern", ["[foo, {LOWER: tonic}]", "[null]", "[[{LOWER: tonic}]]"])
def test_loader_refuses_a_raw_pattern_that_is_no_list_of_token_objects(pattern):
    """The shape is checked before the tokens are read: a word, a null or a nested list among a raw pattern's tokens
    is a data error naming the rule and the key (exit 2), not a crash of the checks that read token objects."""
    with pytest.raises(DataError, match="a raw pattern must be a list of token objects") as refused:
        parse_pack(_pack_with("unless.sentence_matches", pattern), "pipeline/rulepacks/abc.yml")
    assert str(refused.value).startswith("pipeline/rulepacks/abc.yml (ABC001): unless.sentence_matches: ")


def test_a_bad_pattern_of_the_shared_phrases_names_that_file_not_a_rule():
    """shared_phrases.yml's raw patterns are checked once, and an error names that file and the list; a rule's own
    patterns beside a `{shared: NAME}` item are still checked and named as the rule's."""
    from pipeline.rules.loader import load_shared_phrases, parse_shared_phrases

    where = "pipeline/lexicons/shared_phrases.yml"
    with pytest.raises(DataError, match="tests POS") as refused:
        parse_shared_phrases({"tonic_words": ["=elixir", [{"POS": "NOUN"}, {"LOWER": "tonic"}]]}, where)
    assert str(refused.value).startswith(f"{where}: tonic_words: pattern [")
    kept = parse_shared_phrases({"tonic_words": ["=elixir", [{"LOWER": "tonic"}]]}, where)
    assert kept == {"tonic_words": ("=elixir", [{"LOWER": "tonic"}])}
    name = sorted(load_shared_phrases())[0]
    with pytest.raises(DataError, match="unbounded repeat") as refused:
        parse_pack(_pack_with("unless.sentence_matches", f"{{shared: {name}}}, [{{OP: '+'}}, {{LOWER: tonic}}]"),
                   "pipeline/rulepacks/abc.yml")
    assert str(refused.value).startswith("pipeline/rulepacks/abc.yml (ABC001): unless.sentence_matches: pattern [")


def test_a_pack_with_a_pattern_on_an_unset_attribute_stops_the_command(tmp_path, monkeypatch):
    """The CLI exits 2 on such a pack, naming the file, the rule, the pattern and the problem."""
    from pathlib import Path
    from shutil import copytree

    from click.testing import CliRunner

    from pipeline.cli import main
    from pipeline.rules import loader

    original = loader._parse_pack_data

    def with_bad_rule(data, where):
        rules = original(data, where)
        if where.endswith("absolute.yml"):
            rules += original(loader.load_yaml(_pack_with("patterns", "[{LEMMA: cure}]"), "abc.yml"),
                              "pipeline/rulepacks/abc.yml")
        return rules

    def reread() -> None:
        loader.load_rules.cache_clear()
        loader._load_packs.cache_clear()

    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.md").write_text("Ginger soothes the stomach.\n", encoding="utf-8")
    copytree(Path(__file__).resolve().parent.parent / "references", tmp_path / "references")
    monkeypatch.chdir(tmp_path)
    reread()
    try:
        monkeypatch.setattr(loader, "_parse_pack_data", with_bad_rule)
        result = CliRunner().invoke(main, ["check", "--jobs", "1", "--no-cache", "--no-report", "--no-claims-csv"])
    finally:
        monkeypatch.undo()
        reread()
    assert result.exit_code == 2, result.output
    assert ("pipeline/rulepacks/abc.yml (ABC001): patterns: pattern [{'LEMMA': 'cure'}] tests LEMMA, which the "
            "pipeline never sets") in result.output
    assert "Traceback" not in result.output
