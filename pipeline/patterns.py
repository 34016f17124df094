"""Compile the phrase syntax of lexicons and rule packs into spaCy Matcher token patterns.

Phrase syntax, one token per whitespace-separated item:
  word        matches any inflection (by lemma: "cure" matches cures, cured, curing)
  =word       matches this exact lower-case form only
  a|b|=c      alternatives
  item?       optional token
  #num        a number ("97", "8.8", "two")
  *           any one token
A word that the tokenizer splits ("side-effect", "CAR-T") becomes several tokens. A rule may also give raw
spaCy Matcher patterns (lists of token dicts) instead of phrases.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, Iterable

import yaml

from pipeline.errors import DataError



@lru_cache(maxsize=4)
def english_lookup(table: str) -> dict:
    """A table of English data shipped in spacy-lookups-data (no download), as the plain dict it is stored as:
    spaCy's `Table` would hash all its keys at every start-up (0.1 s for the 40,000 word forms) for look-ups a
    dict does as well. Read-only: the dict is shared."""
    from spacy.util import load_language_data, registry

    data = load_language_data(registry.lookups.get("en")[table])
    assert isinstance(data, dict), table
    return data


@lru_cache(maxsize=1)
def everyday_words() -> frozenset[str]:
    """lexicons/everyday.yml: the most frequent words of English, which name no topic of their own (read by the claim
    stage and the evidence stage alike)."""
    return lower_words(read_lexicon("lexicons/everyday.yml", {"words"})["words"])


@lru_cache(maxsize=1)
def lemma_table() -> dict[str, str]:
    """English lemma lookup table: word form -> lemma."""
    return english_lookup("lemma_lookup")


@lru_cache(maxsize=1)
def verb_lemmas() -> frozenset[str]:
    """Base forms of English verbs (WordNet-derived index)."""
    return frozenset(english_lookup("lemma_index")["verb"])


@lru_cache(maxsize=1)
def lemma_overrides() -> dict[str, str]:
    return {str(k): str(v) for k, v in read_yaml("lexicons/lemmas.yml")["overrides"].items()}


def lemma_of(word: str) -> str:
    lower = word.lower().replace("\u2019", "'")  # a typographic apostrophe is an apostrophe: "doesn’t"
    return lemma_overrides().get(lower) or lemma_table().get(lower, lower)


@lru_cache(maxsize=1)
def _tokenizer():
    from pipeline.nlp import blank_english

    return blank_english().tokenizer


@lru_cache(maxsize=1)
def _special_cases() -> frozenset[str]:
    return frozenset(_tokenizer().rules)


def _pieces(word: str) -> list[str]:
    """The tokens the tokenizer makes of a word. A word of letters only is one token unless a special case splits
    it ("cannot"): 96 % of the lexicons' words, which then skip the tokenizer at start-up."""
    if word.isalpha() and word not in _special_cases():
        return [word]
    return [t.text for t in _tokenizer()(word)]


def compile_phrase(phrase: str, where: str = "") -> list[list[dict]]:
    """One phrase → one or more Matcher patterns (several when an item mixes exact and lemma forms)."""
    if not isinstance(phrase, str) or not phrase.strip():
        raise DataError(f"empty or non-text phrase {phrase!r}", where)
    _refuse_split_alternatives(phrase, where)
    positions: list[list[list[dict]]] = []
    for item in phrase.split():
        optional = item.endswith("?") and len(item) > 1
        item = item[:-1] if optional else item
        variants = _item_variants(item, where)
        if optional:
            variants = [[{**token, "OP": "?"} for token in variant] for variant in variants]
        positions.append(variants)
    return [[token for variant in combination for token in variant] for combination in itertools.product(*positions)]


def _refuse_split_alternatives(phrase: str, where: str) -> None:
    """Refuse a phrase whose spaces cut across its alternatives: items split on spaces before "|", so "watch
    out|watch for" is watch + out|watch + for ("watch watch for"; plain "watch for" never matches), where the author
    meant two phrases. The sign: two neighbouring items, neither optional, one with alternatives, that can match the
    same word ("watch|look out" or two phrases say what was meant)."""
    items = phrase.split()
    for left, right in zip(items, items[1:]):
        if ("|" in left or "|" in right) and not left.endswith("?") and not right.endswith("?"):
            shared = _item_words(left, edge=-1) & _item_words(right, edge=0)
            if shared:
                raise DataError(f"phrase {phrase!r}: '{left} {right}' can match {sorted(shared)[0]!r} twice in a row; "
                                "items split on spaces before '|': write the alternatives as separate phrases",
                                *_place_of(phrase, where))


def _item_words(item: str, edge: int) -> set[str]:
    """The lemmas of the words at one edge (0 first, -1 last) of an item's alternatives (not * or #num): a hyphened
    alternative is several words, so "interest-free|interest free" ends in "free" before the next item's "free"."""
    words = (a[1:] if a.startswith("=") else a for a in item.split("|"))
    return {lemma_of(w.lower().split("-")[edge]) for w in words if w and w not in ("*", "#num")}


def _place_of(phrase: str, where: str) -> tuple[str, int | None]:
    """The data file named by `where` ("pipeline/lexicons/mentions.yml", "… rule 3") and the line holding the phrase."""
    path = where.split()[0] if where else ""
    if not (path.startswith("pipeline/") and path.endswith(".yml")):
        return where, None
    try:
        lines = _package_text(path[len("pipeline/"):]).splitlines()
    except OSError:
        return where, None
    line = next((n for n, text in enumerate(lines, 1) if phrase in text), None)
    return where, line


def _item_variants(item: str, where: str) -> list[list[dict]]:
    """Token-dict sequences one item can match."""
    if item == "*":
        return [[{}]]
    if item == "#num":
        return [[{"LIKE_NUM": True}]]
    exact, lemmas, multi = [], [], []
    for alternative in item.split("|"):
        if not alternative:
            raise DataError(f"empty alternative in {item!r}", where)
        is_exact = alternative.startswith("=") and len(alternative) > 1
        word = alternative[1:] if is_exact else alternative
        pieces = _pieces(word)
        if len(pieces) > 1:  # "cancer-free" is three tokens
            multi.append([{"LOWER": p.lower()} if is_exact else {"NORM": lemma_of(p)} for p in pieces])
        elif is_exact:
            exact.append(word.lower())
        else:
            lemmas.append(lemma_of(alternative))
    variants: list[list[dict[str, Any]]] = []
    if exact:
        variants.append([{"LOWER": {"IN": sorted(set(exact))}}])
    if lemmas:
        values = sorted(set(lemmas))
        variants.append([{"NORM": values[0]} if len(values) == 1 else {"NORM": {"IN": values}}])
    variants.extend(multi)
    return variants


@dataclass
class PatternSet:
    """Every pattern the matcher component runs, keyed by (kind, label)."""

    patterns: dict[tuple[str, str], list[list[dict]]] = field(default_factory=dict)
    context: list[dict] = field(default_factory=list)  # ConText rules: category, direction, max_scope, key
    # (kind, label) of a wording rule's sentence conditions -> (kind, label) of the rule: they are read only in a
    # sentence where the rule matched, so the matcher may look for them there only
    only_with: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)

    def add(self, kind: str, label: str, phrases_or_patterns, where: str) -> None:
        compiled = self.patterns.setdefault((kind, label), [])
        for entry in phrases_or_patterns:
            if isinstance(entry, list):
                if not all(isinstance(token, dict) for token in entry):
                    raise DataError(f"a raw pattern must be a list of token objects: {entry!r}", where)
                from spacy.schemas import validate_token_pattern

                problems = validate_token_pattern(entry)  # checked here, once: the Matchers skip validation
                if problems:
                    raise DataError(f"invalid raw pattern {entry!r}: {'; '.join(problems)}", where)
                compiled.append(entry)
            else:
                compiled.extend(compile_phrase(entry, where))


def read_yaml(package_path: str) -> Any:
    """A YAML data file shipped in the package, parsed once per process (`_parsed_yaml`), each caller given its own
    copy: a loader that changes what it read (adds a key, sorts a list) cannot change what every later reader of the
    file gets. Copying all the lexicons a run reads costs about 3 ms per process, once (the loaders are cached)."""
    return _fresh_copy(_parsed_yaml(package_path))


@lru_cache(maxsize=64)
def _parsed_yaml(package_path: str) -> Any:
    """Load a YAML data file shipped in the package (importlib.resources, never paths relative to __file__), once
    per process: several loaders read the same lexicon (mentions.yml, everyday.yml, concepts.yml, requests.yml),
    and parsing them again was about 0.1 s of CPU of a one-file re-check's start-up. Shared: never handed out
    (`read_yaml` hands out copies)."""
    return load_yaml(_package_text(package_path), f"pipeline/{package_path}")


def _package_text(package_path: str) -> str:
    """The text of a data file shipped in the package ("lexicons/cues.yml"), through importlib.resources."""
    folder, name = package_path.split("/", 1)
    return resources.files("pipeline").joinpath(folder, name).read_text(encoding="utf-8")


def _fresh_copy(value: Any) -> Any:
    """A copy of parsed YAML: new mappings and lists all the way down; the scalars (str, int, float, bool, None,
    dates) are immutable and shared. Several times faster than copy.deepcopy, which keeps a memo of every object; a
    string, most of what a lexicon holds, is passed over without a call."""
    if isinstance(value, dict):
        return {key: item if type(item) is str else _fresh_copy(item) for key, item in value.items()}
    if isinstance(value, list):
        return [item if type(item) is str else _fresh_copy(item) for item in value]
    if isinstance(value, set):  # YAML's !!set: members are scalars
        return set(value)
    return value


def read_lexicon(package_path: str, keys: set[str]) -> dict:
    """A lexicon file: a mapping whose keys are all among `keys` (a misspelt key is an error, not a silent default)."""
    data = read_yaml(package_path)
    if not isinstance(data, dict):
        raise DataError("expected a mapping of keys", f"pipeline/{package_path}")
    unknown = sorted(set(data) - keys)
    if unknown:
        raise DataError(f"unknown keys {unknown}", f"pipeline/{package_path}")
    for key in sorted(data):
        if _holds_yaml_boolean(data[key]):
            # YAML reads a bare no, yes, on or off as a boolean: the word would silently never match
            raise DataError(f"'{key}' lists a YAML boolean among its words: quote no, yes, on and off",
                            f"pipeline/{package_path}")
    return data


def read_checked_lexicon(package_path: str, lists: set[str], numbers: set[str]) -> dict:
    """A lexicon file of word lists and counts (`read_lexicon`), checked once: every key present, each of `lists` a
    list, each of `numbers` a whole number of 1 or more (a count written as a list, a list as a count, or a missing
    or misspelt key is a DataError naming the file, not a silent default)."""
    where = f"pipeline/{package_path}"
    data = read_lexicon(package_path, lists | numbers)
    if missing := (lists | numbers) - set(data):
        raise DataError(f"missing keys {sorted(missing)}", where)
    if bad := sorted(key for key in lists if not isinstance(data[key], list)):
        raise DataError(f"keys {bad} must be lists of words", where)
    if bad := sorted(key for key in numbers
                     if isinstance(data[key], bool) or not isinstance(data[key], int) or data[key] < 1):
        raise DataError(f"keys {bad} must be whole numbers of 1 or more", where)
    return data


@lru_cache(maxsize=16)
def anchored_list(package_path: str, anchor: str) -> tuple[str, ...]:
    """The list a data file names with a YAML anchor (`&complaint_words [pain, ...]`): one list that a rule pack's
    patterns share among themselves, read by name where code needs the same words. The parser's events keep the
    anchor; the loaded data does not."""
    events = iter(yaml.parse(_package_text(package_path), Loader=_SAFE_LOADER))  # libyaml's events: 20x faster
    for event in events:
        if isinstance(event, yaml.SequenceStartEvent) and event.anchor == anchor:
            words = []
            for item in events:
                if not isinstance(item, yaml.ScalarEvent):
                    break
                words.append(item.value)
            return tuple(words)
    raise DataError(f"no list anchored &{anchor}", f"pipeline/{package_path}")


def read_word_lists(package_path: str, keys: set[str]) -> dict[str, list]:
    """A lexicon file of word lists: every key of `keys` present, each a list (`read_lexicon` checks the rest)."""
    data = read_lexicon(package_path, keys)
    if set(data) != keys or not all(isinstance(v, list) for v in data.values()):
        raise DataError(f"needs lists {sorted(keys)}", f"pipeline/{package_path}")
    return data


def read_word_sets(package_path: str, keys: set[str]) -> dict[str, frozenset[str]]:
    """`read_word_lists` with each list a set of its words in lower case, as the readers look words up."""
    return {key: lower_words(words) for key, words in read_word_lists(package_path, keys).items()}


def lower_words(words: Iterable[object]) -> frozenset[str]:
    """A word list of a lexicon as the readers look words up: the set of its words in lower case (a number YAML read
    as one, as its text). The loaders of patterns.py, the rule stage and the components read their word sets through
    this or `lexicon_words`; the evidence stage's older loaders take their lists as listed (frozenset of the list),
    and a list whose order counts (rewrites.yml's stops, made into a regular expression) is lower-cased in order."""
    return frozenset(str(word).lower() for word in words)


def lexicon_words(package_path: str, keys: set[str], key: str) -> frozenset[str]:
    """`lexicon_list` as a set of its words in lower case (`lower_words`)."""
    return lower_words(lexicon_list(package_path, keys, key))


def lexicon_list(package_path: str, keys: set[str], key: str) -> list | tuple:
    """One word list of a lexicon file, by its key: a key the file does not hold (a name misspelt by its reader) is an
    error naming the file and the key, not an empty list that silently matches nothing."""
    return word_list(read_lexicon(package_path, keys), keys, key, package_path)


def word_list(data: dict, keys: set[str], key: str, package_path: str) -> list | tuple:
    """`lexicon_list` on a lexicon its loader has already read (`data`, from `package_path`): the list under `key`,
    or a DataError naming the file and the key when `key` is no list of the file."""
    if key not in keys or key not in data:
        raise DataError(f"no word list '{key}' (the file's lists: {', '.join(sorted(data))})",
                        f"pipeline/{package_path}")
    if not isinstance(data[key], (list, tuple)):
        raise DataError(f"'{key}' must be a list of words", f"pipeline/{package_path}")
    return data[key]


def _holds_yaml_boolean(value: object) -> bool:
    """A list of words with a boolean among them, at any depth of the lexicon's mappings and lists."""
    if isinstance(value, dict):
        return any(_holds_yaml_boolean(v) for v in value.values())
    if isinstance(value, list):
        return any(isinstance(v, bool) for v in value) and any(isinstance(v, str) for v in value) \
            or any(_holds_yaml_boolean(v) for v in value)
    return False


def load_yaml(text: str, where: str) -> object:
    """Safe YAML through libyaml when PyYAML has it (≈ 10× faster: the lexicons are parsed at every start)."""
    try:
        return yaml.load(text, Loader=_SAFE_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise DataError(f"invalid YAML: {getattr(exc, 'problem', exc)}", where,
                        mark.line + 1 if mark else None, mark.column + 1 if mark else None) from None


_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


# the suffixes of a rule's own condition patterns, matched as cues ("AUT001:unless"; pipeline/rules/loader.py): they
# serve that rule only
UNLESS, REQUIRES = ":unless", ":requires"
UNLESS_OVERLAPPING, UNLESS_PARAGRAPH = ":unless_overlapping", ":unless_paragraph"
REQUIRES_PAGE = ":requires_page"  # a claim rule's alternative to its sentence requirement: words anywhere on the page
UNLESS_PAGE = ":unless_page"  # an existence rule's exception: the page's own words anywhere (a page arguing against it)
# a claim rule's weak page words, one label per kind ("SUB003:rating:requires_page_weak"): no sign alone, whatever
# their number; one beside the page's product named with its benefits or a promoter's wording is
# (`requires.page_weak_matches`)
REQUIRES_PAGE_WEAK = ":requires_page_weak"
# a claim rule's promoter's wording that no rule flags ("supports healthy digestion", `requires.page_wordings`): read
# as a wording flag of `requires.page_flags` is, where it heads the page or recurs (engine.PageSignals.flags_promote)
REQUIRES_PAGE_WORDING = ":requires_page_wording"
# an existence rule's exception over its matched words that holds only on a page that promotes nothing
# (`unless.unpromoted.overlapping_matches`)
UNLESS_UNPROMOTED = ":unless_unpromoted"
# ... and anywhere in the flag's sentence (`unless.unpromoted.sentence_matches`; a claim rule has no matched words)
UNLESS_UNPROMOTED_SENTENCE = ":unless_unpromoted_sentence"
# the rule's `promoted_patterns` again, under a label of their own: a flag they spare is a reading that does not
# stand where nothing is promoted, and so supersedes nothing there (engine.spare_unpromoted). The same matches are the
# rule's exceptions over its matched words on a page that promotes nothing (Rule.unpromoted_overlapping reads both
# labels): the patterns are compiled and matched once as conditions, not once per use
PROMOTED_ONLY = ":promoted_only"
SENTENCE_CONDITIONS = (UNLESS, REQUIRES, UNLESS_OVERLAPPING, UNLESS_UNPROMOTED, UNLESS_UNPROMOTED_SENTENCE,
                       PROMOTED_ONLY)
RULE_CONDITIONS = (*SENTENCE_CONDITIONS, UNLESS_PARAGRAPH, REQUIRES_PAGE, REQUIRES_PAGE_WEAK, REQUIRES_PAGE_WORDING,
                   UNLESS_PAGE)

CONTEXT_CATEGORIES = ("NEGATED", "HEDGED", "BOOSTED", "HYPOTHETICAL", "PSEUDO", "TERMINATE")
CONTEXT_DIRECTIONS = ("forward", "backward", "bidirectional")


@lru_cache(maxsize=1)
def load_pattern_set() -> PatternSet:
    """Concepts, cues and ConText triggers from the lexicons, plus every rule pack's patterns."""
    from pipeline.concepts import load_concepts
    from pipeline.rules.loader import load_rules

    pattern_set = PatternSet()
    for concept in load_concepts().values():
        pattern_set.add("concept", concept.id, concept.terms, "pipeline/lexicons/concepts.yml")
    cues = read_yaml("lexicons/cues.yml")
    where = "pipeline/lexicons/cues.yml"
    for group, prefix in (("strength", "strength"), ("categories", "category")):
        for name, phrases in cues[group].items():
            pattern_set.add("cue", f"{prefix}:{name}", phrases, where)
    for name, phrases in cues.items():
        if isinstance(phrases, list):  # a cue named by its group (the mappings are read above and below)
            pattern_set.add("cue", name, phrases, where)
    for direction, phrases in cues["direction"].items():
        pattern_set.add("cue", f"direction:{direction}", phrases, where)
    for concept, words in cues["antonyms"].items():
        pattern_set.add("cue", f"antonym:{concept}", words, where)
    for index, rule in enumerate(read_yaml("lexicons/context.yml")["rules"]):
        where = f"pipeline/lexicons/context.yml rule {index + 1}"
        unknown = set(rule) - {"pattern", "category", "direction", "max_scope", "span"}
        if unknown or rule.get("category") not in CONTEXT_CATEGORIES:
            raise DataError(f"bad ConText rule {rule!r} (keys: pattern, category, direction, max_scope, span)", where)
        direction = rule.get("direction", "forward")
        if direction not in CONTEXT_DIRECTIONS:
            raise DataError(f"direction must be one of {CONTEXT_DIRECTIONS}, not {direction!r}", where)
        key = f"{rule['category']}:{index}"
        pattern_set.add("context", key, [rule["pattern"]], where)
        # span: the trigger is the match's first `span` tokens; the rest is a word that must follow, not taken
        # ("get better" before "in": a flag on "in days" that follows is not inside the exception)
        pattern_set.context.append({"key": key, "category": rule["category"], "direction": direction,
                                    "max_scope": int(rule.get("max_scope", 12)), "span": rule.get("span")})
    where = "pipeline/lexicons/mentions.yml"  # wording quoted or named as a warning sign (pipeline/rules/mentions.py)
    mentions = read_yaml("lexicons/mentions.yml")
    for name in ("before", "after", "continued", "contrast", "aside", "list_heading", "reported_lead",
                 "question_frames", "interrogatives", "complaint_hooks", "yes_answers", "belief", "hearsay",
                 "rejection", "rebuttal", "denial", "denial_of_subject", "ruled_claim", "ruling", "ruling_after",
                 "ruling_before"):
        pattern_set.add("mention", name, mentions[name], where)  # a kind of its own: the claim stage reads cues
    for rule in load_rules():
        if rule.patterns:
            pattern_set.add("rule", rule.code, rule.patterns, rule.where)
        for label, phrases in rule.local_patterns:
            pattern_set.add("cue", label, phrases, rule.where)
            if rule.type == "existence" and label.endswith(SENTENCE_CONDITIONS):
                pattern_set.only_with[("cue", label)] = ("rule", rule.code)
    return pattern_set


CARE_LEXICON = "lexicons/care.yml"


@lru_cache(maxsize=1)
def care_lists() -> dict[str, tuple[str, ...]]:
    """The word lists of lexicons/care.yml by name, each "@name" item replaced by the words of the list it names (a
    list may include another: `proven_care` is the medicines, the procedures, ...). A name no list holds, or a list
    that includes itself, is a DataError naming the file."""
    where = f"pipeline/{CARE_LEXICON}"
    data = read_yaml(CARE_LEXICON)
    if not isinstance(data, dict) or not all(isinstance(v, list) and v and all(isinstance(w, str) for w in v)
                                             for v in data.values()):
        raise DataError("expected a mapping of names to lists of words", where)
    resolved: dict[str, tuple[str, ...]] = {}

    def words_of(name: str, seen: tuple[str, ...]) -> tuple[str, ...]:
        if name in seen:
            raise DataError(f"list '{name}' includes itself ({' -> '.join((*seen, name))})", where)
        if name not in data:
            raise _no_care_list(name, data)
        if name not in resolved:
            words: list[str] = []
            for item in data[name]:
                for word in words_of(item[1:], (*seen, name)) if item.startswith("@") else (item.lower(),):
                    if word not in words:
                        words.append(word)
            resolved[name] = tuple(words)
        return resolved[name]

    return {str(name): words_of(str(name), ()) for name in data}


def care_words(name: str) -> frozenset[str]:
    """One list of lexicons/care.yml (`care_lists`) as a set of its words; a name it does not hold is a DataError."""
    lists = care_lists()
    if name not in lists:
        raise _no_care_list(name, lists)
    return frozenset(lists[name])


def _no_care_list(name: str, lists: Iterable[object]) -> DataError:
    """The error for a list name lexicons/care.yml does not hold, naming the lists it does (an "@name" of the file
    itself or a caller's name: one message)."""
    return DataError(f"no word list '{name}' (the file's lists: {', '.join(sorted(str(n) for n in lists))})",
                     f"pipeline/{CARE_LEXICON}")
