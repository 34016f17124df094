"""Load the rule packs (YAML data in pipeline/rulepacks/) into Rule records; reject anything malformed."""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources

from pipeline.errors import DataError
from pipeline.models import CATEGORIES, LEVELS, STATUSES, STRENGTHS
from pipeline.patterns import (PROMOTED_ONLY, REQUIRES, REQUIRES_PAGE, REQUIRES_PAGE_WEAK, REQUIRES_PAGE_WORDING,
                               UNLESS, UNLESS_OVERLAPPING, UNLESS_PAGE, UNLESS_PARAGRAPH, UNLESS_UNPROMOTED,
                               UNLESS_UNPROMOTED_SENTENCE, care_lists, lemma_table, load_yaml)
from pipeline.rules.sentences import MATCH_TESTS, SENTENCE_TESTS, load_report_words

RULE_TYPES = ("existence", "claim")
MODIFIERS = ("NEGATED", "HEDGED", "BOOSTED", "HYPOTHETICAL")
RULE_KEYS = {"code", "name", "type", "level", "authority", "message", "patterns", "promoted_patterns", "unless",
             "requires", "hedged_level", "unpromoted_level", "rewrite", "advice", "example", "instead", "when",
             "supersedes", "suggest", "formerly", "formerly_named", "span", "yields_to", "silent_on_sober_pages"}
# an existence rule's flag span: its match ("match"), or from the start of the claim the match falls in to the match's
# end ("claim": "Regulates irregular cycles in as little as 4 weeks", the promise with its time, where the gold scheme
# places SUB on the claim's main predicate; a match that opens its claim keeps its own span)
# "cell": a rule of no patterns whose match is each whole table cell its `requires.sentence_is` tests pick (CMP004,
# the product's cell in a comparison grid): what makes the cell a finding is where it stands, not its words, and a
# pattern matching every cell would match every sentence start of every page (review T2)
SPANS = ("match", "claim", "cell")
# a claim rule's safer wording: the source asked for ("cite", "According to [source …], …") or the claim hedged
# ("hedge", "Magnesium may improve sleep [name the trial …]")
SUGGESTIONS = ("cite", "hedge")
UNLESS_KEYS = {"modified", "sentence_modified", "sentence_has", "sentence_matches", "paragraph_matches",
               "sentence_has_without_figures", "overlapping_matches", "sentence_is", "page_matches", "page_flags",
               "page_headings", "match_is", "page_denies", "page_promises", "unpromoted", "page_weak_matches",
               "page_wordings"}
# `unless.unpromoted`: exceptions that hold only on a page that shows no sign of promoting anything; a claim rule's
# read its claim's sentence only (it has no matched words)
UNPROMOTED_KEYS = {"sentence_is", "sentence_matches", "overlapping_matches", "match_is"}
CLAIM_UNPROMOTED_KEYS = {"sentence_is", "sentence_matches"}
WHEN_KEYS = {"category", "strength", "hedged", "negated", "citation", "status", "unflagged", "evidence_strength",
             "subject", "sentence_is", "unflagged_in_pack", "verb_has", "tells_before"}
# `when.tells_before`: whether the claim's own words tell a story's before (quotations.tells_before: "My GP wanted me
# on statins, so I tried this instead"), the trouble the product is said to have changed, not its result
# `when.unflagged_in_pack`: no flag of the rule's own pack on the claim yet, at any level (a wording rule of the pack
# has said it at the words it matched: one finding per claim and pack)
# `when.sentence_is`: named sentence tests (pipeline/rules/sentences.py) that the claim's sentence must all pass
# ("customer_quote": a customer's quoted story), where `unless.sentence_is` names those that spare it
# `when.subject`: what the claim's subject must be ("page_product": what the page promotes, engine.page_product;
# "unstated": none, the claim's sentence opening with its verb, "✔ Soothes itchy scalps": engine._unstated_subject_verb)
SUBJECT_KINDS = ("page_product", "unstated")
# `when.verb_has`: with `subject: unstated`, labels of cues or rules one of which the claim's opening verb must bear
# token attributes the default pipeline does not set (pipeline/nlp.py: blank English with our components; an optional
# trained model, `model`, is loaded without its lemmatizer and entity recognizer), each with the words that say why a
# raw pattern testing one is refused: it matches nothing, or only with a model the rule packs must not need
UNSET_ATTRIBUTES = {
    **dict.fromkeys(("LEMMA",), "which the pipeline never sets: no lemmatizer runs (NORM holds every word's lemma)"),
    **dict.fromkeys(("POS", "TAG", "MORPH", "DEP"), "which the default pipeline does not set; rule packs must match "
                                                    "without a trained model"),
    **dict.fromkeys(("ENT_TYPE", "ENT_IOB", "ENT_ID", "ENT_KB_ID"),
                    "which the pipeline never sets: no entity recognizer runs"),
    "_": "which the pipeline never sets: no component sets token extensions",
}
# the attributes that pin a token to given words: a token without one (`{}`, `{IS_ALPHA: true}`) may be nearly any
WORD_ATTRIBUTES = ("ORTH", "TEXT", "LOWER", "NORM")
# the values of a word attribute that pin it to given words or word shapes: a word, {IN: [...]}, {REGEX: ...},
# {FUZZY: ...} (FUZZY1..9 too); {NOT_IN: [...]} leaves nearly any word
PINNING_OPERATORS = re.compile(r"IN|REGEX|FUZZY\d?")
PACK_KEYS = {"pack", "name", "title", "description", "rules", "retired"}
RETIRED_KEYS = {"code", "name", "reason", "formerly"}


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    pack: str
    pack_name: str
    type: str
    level: str
    authority: str
    message: str
    example: str
    instead: str
    patterns: tuple = ()  # every pattern the rule matches, `promoted_patterns` included (last)
    # `promoted_patterns`: the patterns that count only on a page that promotes something: also read as
    # `unless.unpromoted.overlapping_matches` (unpromoted_overlapping), so on a page that promotes nothing a match of
    # one, and any match of the rule overlapping one, is spared (engine.spare_unpromoted)
    promoted_patterns: tuple = ()
    unless_modified: tuple[str, ...] = ()
    unless_sentence_modified: tuple[str, ...] = ()  # a modifier anywhere in the sentence ("may", "did not")
    unless_sentence_has: tuple[str, ...] = ()  # cue names (cues.yml) or "<code>:unless" local patterns
    unless_paragraph_has: tuple[str, ...] = ()  # "<code>:unless_paragraph": a local pattern anywhere in the paragraph
    # "<code>:unless_overlapping": a local pattern over the matched words themselves ("novel coronavirus" for
    # "novel"); it silences that match only, not the rule's other matches in the sentence. A claim rule's is over the
    # claim's own words: it spares that claim only, not another clause's claim in the sentence
    unless_overlapping: tuple[str, ...] = ()
    unless_sentence_is: tuple[str, ...] = ()  # named sentence tests (pipeline/rules/sentences.py): "past_report"
    # named tests of the matched words (pipeline/rules/sentences.py MATCH_TESTS), each with the lower-case words it
    # reads: ("noun", {"beat", "beats"}) spares "a steady beat", the noun, not the verb "beats" of a comparison
    unless_match_is: tuple[tuple[str, frozenset[str]], ...] = ()
    # named sentence tests the match's sentence must all pass (an existence rule's): "safety_answer", the bare answer
    # that rules out what an FAQ's question asked about the product's harms
    requires_sentence_is: tuple[str, ...] = ()
    requires_sentence_has: tuple[str, ...] = ()
    # "<code>:requires_page": the page's own words (not quoted or named as a warning sign) anywhere, an alternative
    # to requires_sentence_has for claim rules ("our formula" in the page's header makes its plain benefits promoted)
    requires_page_has: tuple[str, ...] = ()
    # rule codes or pack prefixes: the page's own wording flagged by one of them (a cure or detox claim, "safe" with
    # no qualifier), another alternative to requires_sentence_has for claim rules: the page promotes
    requires_page_flags: tuple[str, ...] = ()
    # "<code>:requires_page_wording": a promoter's wording no rule flags (`requires.page_wordings`: "supports healthy
    # digestion", SUB's fallback by ruling 9), read as one of requires_page_flags is (engine.PageSignals.flags_promote)
    requires_page_wordings: tuple[str, ...] = ()
    # "<code>:<kind>:requires_page_weak": the page's weak signs by kind (`requires.page_weak_matches`: a rating, a
    # booking call, a saving), no sign alone, whatever their number; one is beside the page's product named with its
    # benefits or a promoter's wording (engine.PageSignals.weak_signs_promote)
    requires_page_weak: tuple[str, ...] = ()
    # words (lower-case forms) that open several of the page's headings ("Improves Memory", "Enhances Focus"): a page
    # laid out as its product's benefits, one more alternative to requires_sentence_has for claim rules. A word list,
    # not patterns: only each heading's first word is read, so the Matcher need not look for these common verbs in
    # every sentence
    requires_page_headings: frozenset[str] = frozenset()
    # the page promises its product's benefits to the reader, and names no harm of anything (engine.PageSignals
    # `promises_to_reader`, lexicons/promotion.yml): a page that sells without a shop's words, one more alternative
    # to requires_sentence_has for claim rules
    requires_page_promises: bool = False
    # "<code>:unless_page": the page's own words anywhere silence an existence rule (a page that argues against detox
    # names "detox teas" to refute them, not to sell them)
    unless_page_has: tuple[str, ...] = ()
    # the page denies this rule's wording somewhere ("There is no evidence to support claims that detoxifying the
    # feet … works", lexicons/mentions.yml `denial`): its other matches name the thing it refutes ("foot detox
    # pads"), they do not sell it
    unless_page_denies: bool = False
    unless_sentence_has_without_figures: tuple[str, ...] = ()  # cue names that silence it when its paragraph has no number
    # exceptions that hold only on a page that shows no sign of promoting anything (engine.spare_unpromoted): a
    # wording with an accurate use that pages informing patients make, said there with what makes it accurate (a
    # "safe" beside the harms it leaves, "the best way to" naming a means, an instruction, a cited source). Named
    # sentence tests (pipeline/rules/sentences.py), named tests of the matched words with the words each reads, and
    # "<code>:unless_unpromoted" local patterns over the matched words (that match only, as `overlapping_matches`),
    # and "<code>:unless_unpromoted_sentence" local patterns anywhere in the sentence (a claim rule's exceptions are
    # these and the named sentence tests: a claim has no matched words)
    unpromoted_sentence_is: tuple[str, ...] = ()
    unpromoted_match_is: tuple[tuple[str, frozenset[str]], ...] = ()
    unpromoted_overlapping: tuple[str, ...] = ()  # "<code>:unless_unpromoted", then "<code>:promoted_only"
    unpromoted_sentence_matches: tuple[str, ...] = ()
    promoted_only: tuple[str, ...] = ()  # "<code>:promoted_only": the promoted patterns' own matches
    # `silent_on_sober_pages: true`: an advertising rule that flags nothing on a page that neither sells nor hypes
    # (engine.spare_unpromoted, lexicons/promotion.yml `hype_packs`), whatever its patterns: its flags on such pages
    # were wrong more often than right. It still reads its words there (what it supersedes stays superseded), and the
    # page's claims still get their evidence status
    silent_on_sober_pages: bool = False
    hedged_level: str | None = None
    # the level on a page that shows no sign of promoting anything (engine.grade_by_promotion): a rule whose error
    # level rests on advertising and promotion law (FDA warning letters, CAP Code, FTC guidance, 21 CFR 202.1) keeps
    # it on a page that promotes; a hospital's page saying treatment "can cure" an infection gets this level
    unpromoted_level: str | None = None
    rewrite: tuple[tuple[str, str], ...] = ()  # (matched words lower-cased or "*", replacement)
    advice: str = ""
    when: tuple[tuple[str, object], ...] = ()
    supersedes: tuple[str, ...] = ()  # rules whose flags on the same words this rule's flag makes redundant
    # packs (or rule codes) whose wording flag on the same claim (or the same labelled list item) makes this rule's
    # flag redundant: a fallback rule's finding yields to the more specific one (SUB013's time promise to an
    # absolute, "Works in seconds: instant relief"; engine._without_yielding)
    yields_to: tuple[str, ...] = ()
    suggest: str = "cite"  # a claim rule's safer wording (SUGGESTIONS)
    # the retired codes this rule had before (codes are never reused): a waiver, --select/--ignore or an inline
    # ignore comment naming one is told the rule's code now (`retired_codes`); a rule retired with nothing in its
    # place is a pack's `retired` entry instead (`RetiredRule`)
    formerly: tuple[str, ...] = ()
    # ... and the names it had before: named in --select/--ignore, one is an error that gives the name now
    formerly_named: tuple[str, ...] = ()
    span: str = "match"  # SPANS
    local_patterns: tuple[tuple[str, tuple], ...] = field(default=(), compare=False)
    where: str = ""

    @property
    def requires_page(self) -> bool:
        """Has the rule a page requirement (its words, promoters' flags, headings or promises), the alternatives to
        `requires_sentence_has` that read the whole page?"""
        return bool(self.requires_page_has or self.requires_page_flags or self.requires_page_wordings
                    or self.requires_page_headings
                    or self.requires_page_promises or self.requires_page_weak)

    @property
    def spared_unpromoted(self) -> bool:
        """Has the rule exceptions that hold only on a page that promotes nothing (`unless.unpromoted`)?"""
        return bool(self.unpromoted_sentence_is or self.unpromoted_match_is or self.unpromoted_overlapping
                    or self.unpromoted_sentence_matches)

    @cached_property
    def _context_keys(self) -> list[tuple[str, str]]:
        """The keys naming the words around the match, those naming their words before those with a wildcard,
        those naming a word around it before those taking any ("(*)"), and those naming more words before it first
        ("(chance for a) cure" before "(a) cure")."""
        keys = [(k, v) for k, v in self.rewrite if _names_context(k)]
        return sorted(keys, key=lambda item: ("*" in re.sub(r"\([^)]*\)", "", item[0]), "(*)" in item[0],
                                              -_before_words(item[0])))

    @cached_property
    def _rewrite_table(self) -> dict[str, str]:
        """The rewrite keys and their wordings, as a table read by every flag's rewrite."""
        return dict(self.rewrite)

    def names_phrase(self, matched: str) -> bool:
        """Whether a key other than "*" names these words as one phrase, word by word: "* enemy" names "relentless
        enemy"; "* for everyone" does not name "always worked for everyone", two phrases of the rule side by side."""
        key = " ".join(matched.split()).lower()
        return any(k != "*" and not _names_context(k) and _context_fits(k, key, "", "") for k, _ in self.rewrite)

    def replacement_for(self, matched: str, before: str = "", after: str = "") -> str | None:
        """The safer wording for the matched words: the first key naming the words around them that fits, else an
        exact key, else the first glob key that fits, else "*". A key may name the word before the match and the
        word (or mark) after it in parentheses, as alternatives of globs, "$" for none: "(to|may|*ly) cure" is
        the verb ("may cure myeloma"), "breakthrough (for|,|.|$)" a noun ("a breakthrough for patients"); its
        matched words are compared one by one, each a glob or alternatives ("promising|exciting"), and only they
        are replaced. A before-context alternative of several words is compared with as many words before the
        match ("(is new) hope" fits "There is new hope"). After-context alternatives opened by "&" must fit the last word of every item of the list
        that follows ("cures (&pain|headaches|insomnia)" fits "cures headaches, back pain and insomnia", not "cures
        bloating, arthritis and diabetes"). In the replacement, {match} is the matched text, {head} its first word and
        {tail} the others ("highly effective" with "{tail}" becomes "effective"), {last} its last word and {init}
        the others ("normal cells are unaffected" with "{init} less affected" becomes "normal cells are less
        affected"). A replacement opened by "<" also replaces the word before the match, one word per "<" (read by
        engine._splice: "(the) best (*s)" with "<good" makes "the best ways" "good ways"). An after-context opened by ">"
        must fit the first plural among the next words (`plural_ahead`: "(one of the) best (>*s)" fits "one of the best
        medicinal herbs for …"), and a replacement closed by ">" makes that plural singular ("<<<a good>" makes it "a
        good medicinal herb for …")."""
        words = matched.split()
        key = " ".join(words).lower()
        previous, following = _word_before(before), _word_after(after)
        replacement = next((v for k, v in self._context_keys
                            if _context_fits(k, key, previous, following, after, before)), None)
        table = self._rewrite_table
        if replacement is None:
            replacement = table.get(key)
        if replacement is None:
            replacement = next((v for k, v in self.rewrite if k != "*" and not _names_context(k)
                                and fnmatch.fnmatchcase(key, k)), table.get("*"))
        if replacement is None:
            return None
        return (replacement.replace("{match}", " ".join(words)).replace("{head}", words[0] if words else "")
                .replace("{tail}", " ".join(words[1:])).replace("{last}", words[-1] if words else "")
                .replace("{init}", " ".join(words[:-1])))


CONTEXT_KEY = re.compile(r"(?:\(([^()]*)\) )?([^()]*?)(?: \(([^()]*)\))?")  # "(before) matched words (after)"


@lru_cache(maxsize=None)
def _key_parts(key: str) -> tuple[str | None, str, str | None]:
    """A context key's (before, matched words, after), read once per key: every flag's rewrite tries the keys."""
    parts = CONTEXT_KEY.fullmatch(key)
    assert parts is not None, key  # rewrite keys are checked when the rules are read
    before, core, after = parts.groups()
    return before, core, after


@lru_cache(maxsize=None)
def _globs(core: str) -> tuple[tuple[tuple[str, bool], ...], ...]:
    """A key's matched words, each as its alternatives and whether each is a glob: a plain word fits only itself,
    which `==` tells faster than fnmatch."""
    return tuple(tuple((alt, not GLOB_MARKS.isdisjoint(alt)) for alt in g.split("|")) for g in core.split())


GLOB_MARKS = frozenset("*?[")


def _before_words(key: str) -> int:
    """How many words the longest alternative of a key's before-context names (0 for none)."""
    before = _key_parts(key)[0]
    return max(alt.count(" ") + 1 for alt in before.split("|")) if before else 0


def _names_context(key: str) -> bool:
    return key[:1] == "(" or key[-1:] == ")"


LAST_WORD = re.compile(r"(\w[\w'’-]*)\W*$")
WORD = re.compile(r"\w[\w'’-]*")  # a word of a rewrite's context: every flag's rewrite reads them


def _word_before(text: str) -> str:
    text = text[-100:]  # the last word is all that is wanted (and the search backtracks over a long run)
    found = LAST_WORD.search(text)
    return found.group(1).lower() if found and not text[found.end(1):].strip() else "$"


def _words_before(found: list[str], count: int) -> str:
    """The last `count` of the words `found` before the match, lower-cased and joined by spaces ("" when there are
    fewer)."""
    return " ".join(found[-count:]).lower() if len(found) >= count else ""


def _word_after(text: str) -> str:
    stripped = text.lstrip()
    if not stripped:
        return "$"
    found = WORD.match(stripped)
    return found.group(0).lower() if found else stripped[0]


def _context_fits(key: str, matched: str, previous: str, following: str, rest: str = "", prior: str = "") -> bool:
    """Does a rewrite key with context ("(may|can) cure", "breakthrough (for|.)") fit the matched words and the
    words around them? `rest` is the text after the match, for an after-context that reads a list ("&"); `prior`
    the text before it, for a before-context of several words ("(is new) hope")."""
    before, core, after = _key_parts(key)
    words, globs = matched.split(), _globs(core)  # word by word: "* (.)" is one word before a full stop
    if not (len(words) == len(globs) and all(any(fnmatch.fnmatchcase(w, alt) if glob else w == alt for alt, glob in g)
                                             for w, g in zip(words, globs))):
        return False
    if before is not None:
        found = WORD.findall(prior[-200:]) if " " in before else []  # the words before, read once for all alternatives
        if not any(fnmatch.fnmatchcase(_words_before(found, alt.count(" ") + 1) if " " in alt else previous, alt)
                   for alt in before.split("|")):
            return False
    if after is not None and after.startswith("&"):
        alternatives, fitted = after[1:].split("|"), False
        for head in _heads_ahead(rest):  # item by item, so a head that does not fit ends the read
            if not any(fnmatch.fnmatchcase(head, alt) for alt in alternatives):
                return False
            fitted = True
        return fitted
    if after is not None and after.startswith(">"):
        noun = plural_ahead(rest)
        return noun is not None and any(fnmatch.fnmatchcase(noun.group(0).lower(), alt) for alt in after[1:].split("|"))
    return after is None or any(fnmatch.fnmatchcase(following, alt) for alt in after.split("|"))


# the end of a list of things after a verb: a mark, or a word that starts what is said of them ("cures headaches and
# nausea in minutes", "… naturally")
LIST_END = re.compile(r"[.;:!?()\[\]\u2013\u2014]|\b(?:in|within|for|with|without|by|while|so|because|that|which|who|"
                      r"to|after|before|when|naturally|fast|quickly|overnight|instantly|forever|permanently|too|as|"
                      r"from|like|at|on|of|than|but|fully|completely|every|each|once)\b", re.IGNORECASE)
LIST_SEPARATOR = re.compile(r",|\band\b|\bor\b|&|/", re.IGNORECASE)
# both at once, read left to right: the list's end (group "end") or the next separator. No place starts both (the
# separators are marks and words of their own), so the items are those of LIST_SEPARATOR.split before LIST_END
LIST_PART = re.compile(f"(?P<end>{LIST_END.pattern})|{LIST_SEPARATOR.pattern}", re.IGNORECASE)


# the noun a superlative picks from ("one of the best medicinal herbs for …"): the first plural among the next few
# words, before a mark or a word that starts what is said of it. Not plurals: -ss, -us ("various"), -is, and these
NOUN_END = re.compile(r"[.;:!?()\[\],\u2013\u2014]|\b(?:for|to|that|which|who|in|of|with|than|on|at|from|by|as|is|are|"
                      r"was|were|has|have|had|can|could|may|might|will|would|should|must|do|does|did|available|"
                      r"possible|today|ever|around|out|there|here)\b", re.IGNORECASE)
NOT_PLURAL = frozenset({"this", "its", "his", "hers", "ours", "yours", "theirs", "always", "perhaps", "sometimes",
                        "species", "series", "news", "means", "diabetes", "herpes", "measles", "rabies", "mumps",
                        "less", "unless", "across", "besides", "whereas", "towards", "afterwards", "nowadays"})


def plural_ahead(text: str, words: int = 5) -> re.Match[str] | None:
    """The first plural word among the first `words` words of `text`, before a mark or a word that ends the noun
    phrase ("medicinal herbs" in " medicinal herbs for fighting stress"; none in " in the world"), or None."""
    found = NOUN_END.search(text)
    span = text[:found.start()] if found else text
    for n, word in enumerate(WORD.finditer(span)):
        if n >= words:
            break
        lower = word.group(0).lower()
        if len(lower) > 3 and lower[-1] == "s" and lower[-2:] not in ("ss", "us", "is", "'s", "’s") \
                and lower not in NOT_PLURAL:
            return word
    return None


def singular(word: str) -> str:
    """A regular plural made singular ("herbs" -> "herb", "remedies" -> "remedy", "approaches" -> "approach")."""
    lower = word.lower()
    if lower.endswith("ies") and len(lower) > 4:
        return word[:-3] + "y"
    if lower.endswith(("ches", "shes", "sses", "xes", "zes")):
        return word[:-2]
    return word[:-1]


def _list_heads(text: str) -> list[str]:
    """The last word of each item of the list that opens `text` ("headaches, back pain and insomnia in days" ->
    headaches, pain, insomnia), lower-cased."""
    return list(_heads_ahead(text))


def _heads_ahead(text: str) -> Iterator[str]:
    """`_list_heads`, one item at a time: the text is read only as far as the items asked for. A rewrite's list
    context stops at the first head that does not fit, where reading to the list's end first read every flag's
    sentence to its end (a quotation left open for 300 lines: quadratic in its length)."""
    at = 0
    for part in LIST_PART.finditer(text):
        words = WORD.findall(text, at, part.start())  # WORD looks at no character around it: as on the slice
        if words:
            yield words[-1].lower()
        if part.group("end") is not None:
            return
        at = part.end()
    words = WORD.findall(text, at)
    if words:
        yield words[-1].lower()


def _codes(value, here: str, key: str = "supersedes") -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and re.fullmatch(r"[A-Z]{3}\d{3}", v) for v in value):
        raise DataError(f"{key} must be a list of rule codes such as [SAF002]", here)
    return tuple(sorted(value))


def _packs_or_codes(value, here: str, key: str = "yields_to") -> tuple[str, ...]:
    """A list of pack prefixes or rule codes ("ABS", "RSK001"), sorted (yields_to, requires.page_flags). An item may
    be a list of them, a YAML alias of a group one pack names in several rules (`[*cure_claims, RSK]`): flattened."""
    if isinstance(value, list):
        value = [v for item in value for v in (item if isinstance(item, list) else [item])]
    if not isinstance(value, list) or not all(isinstance(v, str) and re.fullmatch(r"[A-Z]{3}(\d{3})?", v)
                                              for v in value):
        raise DataError(f"{key} must be a list of rule codes or pack prefixes such as [ABS, RSK001]", here)
    return tuple(sorted(value))


def _names(value, here: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and re.fullmatch(r"[a-z]+(?:-[a-z]+)*", v)
                                              for v in value):
        raise DataError("formerly_named must be a list of rule names such as [regeneration-claim]", here)
    return tuple(sorted(value))


@dataclass(frozen=True)
class RetiredRule:
    """A rule retired with no rule in its place (a pack's `retired` list): its code, the codes it had before it, its
    name and why it went. Named in --ignore, a waiver or an ignore comment, it is accepted with a warning (there is
    nothing left to switch off); named in --select, it is an error, as there is nothing left to run."""

    code: str
    name: str
    reason: str
    formerly: tuple[str, ...] = ()
    where: str = ""

    def names(self, pattern: str, by_name: bool = True) -> bool:
        """Whether `pattern` (as written in --select/--ignore, a waiver or a comment) is this rule's code or a code
        it had before, in any case; or its name, where names are read (--select/--ignore, not a comment)."""
        return pattern.upper() in (self.code, *self.formerly) or (by_name and pattern.lower() == self.name)


@lru_cache(maxsize=1)
def load_rules() -> tuple[Rule, ...]:
    """Every rule of every pack, sorted by code; codes are unique across packs."""
    return _load_packs()[0]


@lru_cache(maxsize=1)
def retired_rules() -> tuple[RetiredRule, ...]:
    """Every pack's rules retired with nothing in their place, sorted by code."""
    return _load_packs()[1]


@lru_cache(maxsize=1)
def _load_packs() -> tuple[tuple[Rule, ...], tuple[RetiredRule, ...]]:
    rules: list[Rule] = []
    gone: list[RetiredRule] = []
    folder = resources.files("pipeline").joinpath("rulepacks")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".yml"):
            where = f"pipeline/rulepacks/{entry.name}"
            data = load_yaml(entry.read_text(encoding="utf-8"), where)
            rules.extend(_parse_pack_data(data, where))
            gone.extend(_parse_retired(data, where))
    seen: dict[str, str] = {}
    for rule in rules:
        if rule.code in seen:
            raise DataError(f"rule code {rule.code} is defined twice (also in {seen[rule.code]})", rule.where)
        seen[rule.code] = rule.where
    check_formerly(rules, gone)
    check_named_rules(rules)
    return tuple(sorted(rules, key=lambda r: r.code)), tuple(sorted(gone, key=lambda r: r.code))


def check_named_rules(rules: list[Rule]) -> None:
    """The rules and packs a rule names (supersedes, yields_to, requires.page_flags) exist; no two rules supersede
    each other, and no rule yields to itself or its own pack (its flag would yield to itself)."""
    by_code = {r.code: r for r in rules}
    packs = {r.pack for r in rules}
    for rule in rules:
        if unknown := set(rule.supersedes) - by_code.keys():
            raise DataError(f"rule {rule.code} supersedes unknown rule(s) {sorted(unknown)}", rule.where)
        if mutual := [c for c in rule.supersedes if c == rule.code or rule.code in by_code[c].supersedes]:
            raise DataError(f"rules {rule.code} and {mutual[0]} would drop each other's flags (supersedes)", rule.where)
        if unknown := {c for c in rule.yields_to if c not in by_code and c not in packs} | (
                {rule.code, rule.pack} & set(rule.yields_to)):
            raise DataError(f"rule {rule.code} yields_to names unknown rule(s) or pack(s), or its own, "
                            f"{sorted(unknown)}", rule.where)
        if unknown := {c for c in rule.requires_page_flags if c not in by_code and c not in packs}:
            raise DataError(f"rule {rule.code} requires.page_flags names unknown rule(s) or pack(s) {sorted(unknown)}",
                            rule.where)


def check_formerly(rules: list[Rule], gone: list[RetiredRule] | None = None) -> None:
    """A retired code (a rule's `formerly`, a retired rule's code or its `formerly`) is no rule's code now and
    belongs to one rule only: codes are never reused. Names likewise, so that --select/--ignore naming one cannot
    mean two rules: a rule's former name (`formerly_named`) is no rule's name now, no other rule's former name, and
    no retired rule's name; a retired rule's name is no rule's name now."""
    codes = {rule.code for rule in rules}
    retired: dict[str, str] = {}
    owners = [(rule.code, rule.formerly, rule.where) for rule in rules]
    owners += [(f"{old.code} (retired)", (old.code, *old.formerly), old.where) for old in gone or []]
    for owner, formerly, where in owners:
        for old in formerly:
            if old in codes or old in retired:
                raise DataError(f"rule {owner} formerly {old}: a code is never reused nor retired twice "
                                f"({old if old in codes else retired[old]} has it)", where)
            retired[old] = owner
    names = {rule.name for rule in rules}
    gone_names = {old.name: old.code for old in gone or []}
    former_owner: dict[str, str] = {}
    for rule in rules:
        if reused := set(rule.formerly_named) & names:
            raise DataError(f"rule {rule.code} formerly named {sorted(reused)}: a rule's name now", rule.where)
        for old in rule.formerly_named:
            if old in former_owner or old in gone_names:
                owner = former_owner.get(old) or f"retired rule {gone_names[old]}"
                raise DataError(f"rule {rule.code} formerly named {old!r}: {owner} had that name too; a name is "
                                "never reused", rule.where)
            former_owner[old] = rule.code
    for retired_rule in gone or []:
        if retired_rule.name in names:
            raise DataError(f"retired rule {retired_rule.code}'s name {retired_rule.name!r} is a rule's name now",
                            retired_rule.where)


@lru_cache(maxsize=1)
def renamed_rules() -> dict[str, Rule]:
    """A renamed rule's former name -> the rule that had it and has another name now (the rules' `formerly_named`,
    each name one rule's: `check_formerly`)."""
    return {old: rule for rule in load_rules() for old in rule.formerly_named}


@lru_cache(maxsize=1)
def retired_codes() -> dict[str, str]:
    """Retired rule code -> the code of the rule that has it now (the rules' `formerly`), in code order."""
    return {old: rule.code for rule in load_rules() for old in sorted(rule.formerly)}


def find_retired_rule(pattern: str, by_name: bool = True) -> RetiredRule | None:
    """The rule retired with nothing in its place that `pattern` names (its code, a former code or its name)."""
    return next((old for old in retired_rules() if old.names(pattern, by_name)), None)


def parse_pack(text: str, where: str) -> list[Rule]:
    return _parse_pack_data(load_yaml(text, where), where)


def _parse_pack_data(data: object, where: str) -> list[Rule]:
    if not isinstance(data, dict) or set(data) - PACK_KEYS or not data.get("pack") or not data.get("rules"):
        raise DataError(f"a rule pack needs keys pack, name, title, rules (allowed: {sorted(PACK_KEYS)})", where)
    prefix = data["pack"]
    if not re.fullmatch(r"[A-Z]{3}", prefix):
        raise DataError(f"pack prefix must be three capital letters, not {prefix!r}", where)
    return [_parse_rule(raw, prefix, data.get("name", prefix.lower()), where) for raw in data["rules"]]


def _parse_retired(data: object, where: str) -> list[RetiredRule]:
    """A pack's `retired` list: each a code of the pack, its name, why it went and its own former codes."""
    if not isinstance(data, dict):
        raise DataError("a rule pack is a mapping", where)
    entries = data.get("retired") or []
    if not isinstance(entries, list):
        raise DataError("retired must be a list of {code, name, reason, formerly}", where)
    gone = []
    for raw in entries:
        code = raw.get("code", "?") if isinstance(raw, dict) else "?"
        here = f"{where} (retired {code})"
        if not isinstance(raw, dict) or set(raw) - RETIRED_KEYS:
            raise DataError(f"a retired rule is a mapping of {sorted(RETIRED_KEYS)}", here)
        if not re.fullmatch(data["pack"] + r"\d{3}", str(code)):
            raise DataError(f"retired rule code must be the pack prefix {data['pack']} + 3 digits, not {code!r}", here)
        for key in ("name", "reason"):
            if not isinstance(raw.get(key), str) or not raw[key].strip():
                raise DataError(f"missing or empty {key!r}", here)
        gone.append(RetiredRule(code, raw["name"].strip(), " ".join(raw["reason"].split()),
                                _codes(raw.get("formerly", []), here, "formerly"), where))
    return gone


def _parse_rule(raw: dict, prefix: str, pack_name: str, where: str) -> Rule:
    code = raw.get("code", "?") if isinstance(raw, dict) else "?"
    here = f"{where} ({code})"
    if not isinstance(raw, dict):
        raise DataError("each rule must be a mapping", where)
    unknown = set(raw) - RULE_KEYS
    if unknown:
        raise DataError(f"unknown key(s) {sorted(unknown)}; allowed: {sorted(RULE_KEYS)}", here)
    raw = _with_word_lists(raw, here)
    if not re.fullmatch(prefix + r"\d{3}", str(code)):
        raise DataError(f"rule code must be the pack prefix {prefix} + 3 digits, not {code!r}", here)
    for key in ("name", "level", "authority", "message", "example", "instead"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise DataError(f"missing or empty {key!r}", here)
    rule_type = raw.get("type", "existence")
    if rule_type not in RULE_TYPES:
        raise DataError(f"type must be one of {RULE_TYPES}, not {rule_type!r}", here)
    for key in ("level", "hedged_level", "unpromoted_level"):
        if raw.get(key) is not None and raw[key] not in LEVELS:
            raise DataError(f"{key} must be one of {LEVELS}, not {raw[key]!r}", here)
    if raw.get("unpromoted_level") is not None and LEVELS.index(raw["unpromoted_level"]) <= LEVELS.index(raw["level"]):
        raise DataError(f"unpromoted_level must be lower than level ({raw['level']!r}), not "
                        f"{raw['unpromoted_level']!r}: it is the level on a page that promotes nothing", here)
    promoted = raw.get("promoted_patterns")
    if promoted is not None and (rule_type != "existence" or not isinstance(promoted, list) or not promoted):
        raise DataError("promoted_patterns is a non-empty list of patterns (as `patterns`) of an existence rule: the "
                        "patterns that count only on a page that promotes something", here)
    for key in ("patterns", "promoted_patterns"):
        if raw.get(key) is not None and not (isinstance(raw[key], list) and all(
                isinstance(p, str) or isinstance(p, list) and p and all(isinstance(t, dict) for t in p)
                for p in raw[key])):
            raise DataError(f"{key} must be a list of phrases or of token-pattern lists", here)
    if raw.get("span") == "cell" and (raw.get("patterns") or promoted
                                      or not (raw.get("requires") or {}).get("sentence_is")):
        raise DataError("a rule of span `cell` has no patterns, and names the cells it flags by requires.sentence_is",
                        here)
    if rule_type == "existence" and not raw.get("patterns") and not promoted and raw.get("span") != "cell":
        raise DataError("an existence rule needs patterns (or promoted_patterns)", here)
    if promoted and (repeated := [p for p in promoted if p in (raw.get("patterns") or [])]):
        raise DataError(f"promoted_patterns repeats {repeated!r} of patterns: a pattern is one or the other", here)
    unless = raw.get("unless") or {}
    requires = raw.get("requires") or {}
    for name, block in (("unless", unless), ("requires", requires)):
        if set(block) - UNLESS_KEYS:
            raise DataError(f"{name} allows {sorted(UNLESS_KEYS)}", here)
    for key in ("modified", "sentence_modified"):
        bad = set(unless.get(key, [])) - set(MODIFIERS)
        if bad:
            raise DataError(f"unless.{key}: unknown modifier(s) {sorted(bad)}; allowed {MODIFIERS}", here)
    if "sentence_is" in requires and (rule_type != "existence" or set(requires["sentence_is"]) - set(SENTENCE_TESTS)):
        raise DataError(f"requires.sentence_is names tests of {sorted(SENTENCE_TESTS)} for existence rules only (a "
                        "claim rule's are when.sentence_is)", here)
    if "page_matches" in unless and rule_type != "existence":
        raise DataError("unless.page_matches is for existence rules only (a claim rule requires its page's words)",
                        here)
    if "page_matches" in requires and rule_type != "claim":
        raise DataError("requires.page_matches is for claim rules only", here)
    if "page_wordings" in unless or "page_wordings" in requires and rule_type != "claim":
        raise DataError("requires.page_wordings is for claim rules only", here)
    weak = requires.get("page_weak_matches") or {}
    if "page_weak_matches" in unless or "page_weak_matches" in requires and (
            rule_type != "claim" or not isinstance(weak, dict) or not weak
            or not all(re.fullmatch(r"[a-z_]+", str(kind)) and isinstance(p, list) and p for kind, p in weak.items())):
        raise DataError("requires.page_weak_matches is a mapping of kinds (lower-case names) to phrase lists, for "
                        "claim rules only", here)
    if "page_flags" in unless:
        raise DataError("page_flags is a requirement (requires) only", here)
    if "page_flags" in requires and rule_type != "claim":
        raise DataError("requires.page_flags is for claim rules only", here)
    if "page_headings" in unless or "page_headings" in requires and rule_type != "claim":
        raise DataError("page_headings is a requirement (requires) of claim rules only", here)
    page_headings = requires.get("page_headings", [])
    if not isinstance(page_headings, list) or not all(isinstance(v, str) and re.fullmatch(r"[a-z]+", v)
                                                      for v in page_headings):
        raise DataError("requires.page_headings must be a list of single lower-case words", here)
    page_flags = _packs_or_codes(requires.get("page_flags", []), here, "requires.page_flags")
    # a claim rule's finding is one per claim and pack already (find_claim_flags): yields_to is read among the wording
    # flags only (engine._without_yielding), so on a claim rule it would be silently ignored
    if "yields_to" in raw and rule_type != "existence":
        raise DataError("yields_to is for existence rules only", here)
    if "page_promises" in unless or "page_promises" in requires and (
            rule_type != "claim" or not isinstance(requires["page_promises"], bool)):
        raise DataError("page_promises is a requirement (true or false) of claim rules only", here)
    if "match_is" in requires or "match_is" in unless and rule_type != "existence":
        raise DataError("match_is is a test for the unless of existence rules only (a claim rule has no match)", here)
    match_is = _match_tests(unless.get("match_is", {}), "unless.match_is", here)
    if "page_denies" in requires or "page_denies" in unless and (
            rule_type != "existence" or not isinstance(unless["page_denies"], bool)):
        raise DataError("page_denies is a condition (true or false) for the unless of existence rules only", here)
    bad = set(unless.get("sentence_is", [])) - set(SENTENCE_TESTS)
    if bad:
        raise DataError(f"unless.sentence_is: unknown test(s) {sorted(bad)}; allowed {sorted(SENTENCE_TESTS)}", here)
    unpromoted = unless.get("unpromoted") or {}
    unpromoted_keys = UNPROMOTED_KEYS if rule_type == "existence" else CLAIM_UNPROMOTED_KEYS
    if "unpromoted" in requires or "unpromoted" in unless and (
            not isinstance(unpromoted, dict) or not unpromoted or set(unpromoted) - unpromoted_keys):
        raise DataError(f"unless.unpromoted is a mapping of {sorted(unpromoted_keys)} for {rule_type} rules "
                        "(exceptions that hold on a page that promotes nothing; a claim rule's read its sentence)", here)
    if bad := set(unpromoted.get("sentence_is", [])) - set(SENTENCE_TESTS):
        raise DataError(f"unless.unpromoted.sentence_is: unknown test(s) {sorted(bad)}; allowed "
                        f"{sorted(SENTENCE_TESTS)}", here)
    unpromoted_match_is = _match_tests(unpromoted.get("match_is", {}), "unless.unpromoted.match_is", here)
    # the rule's own raw patterns, before `{shared: NAME}` brings in those of lexicons/shared_phrases.yml (checked
    # once, by `load_shared_phrases`, which names that file)
    for key, patterns in (("patterns", raw.get("patterns")), ("promoted_patterns", promoted),
                          *((f"{name}.{key}", block.get(key)) for name, block in
                            (("unless", unless), ("requires", requires), ("unless.unpromoted", unpromoted))
                            for key in SHARED_KEYS),
                          *((f"requires.page_weak_matches.{kind}", phrases) for kind, phrases in sorted(weak.items()))):
        for pattern in patterns or ():
            if isinstance(pattern, list):
                _check_token_pattern(pattern, key, here)
    unless, requires, unpromoted = (_with_shared(unless, here), _with_shared(requires, here),
                                    _with_shared(unpromoted, here))
    # the rule's own condition patterns, each labelled "<code>:<condition>" (the suffixes are read in patterns.py);
    # paragraph_matches: what another sentence of the paragraph may say ("… 1 in 100 …")
    local = []
    labels: dict[str, tuple[str, ...]] = {}
    for block, key, suffix in ((unless, "sentence_matches", UNLESS),
                               (unless, "overlapping_matches", UNLESS_OVERLAPPING),
                               (unless, "paragraph_matches", UNLESS_PARAGRAPH),
                               (requires, "sentence_matches", REQUIRES),
                               (requires, "page_matches", REQUIRES_PAGE),
                               (requires, "page_wordings", REQUIRES_PAGE_WORDING),
                               (unless, "page_matches", UNLESS_PAGE),
                               (unpromoted, "overlapping_matches", UNLESS_UNPROMOTED),
                               (unpromoted, "sentence_matches", UNLESS_UNPROMOTED_SENTENCE)):
        if block.get(key):
            local.append((code + suffix, tuple(block[key])))
            labels[suffix] = (code + suffix,)
    if promoted:
        # compiled and matched once, read for two uses: the promoted patterns' own matches (`promoted_only`), and the
        # rule's exceptions on a page that promotes nothing, after any written there (`unpromoted_overlapping`)
        local.append((code + PROMOTED_ONLY, tuple(promoted)))
        labels[PROMOTED_ONLY] = (code + PROMOTED_ONLY,)
    for kind, phrases in sorted(weak.items()):
        local.append((f"{code}:{kind}{REQUIRES_PAGE_WEAK}", tuple(phrases)))
    unless_has = [*unless.get("sentence_has", []), *labels.get(UNLESS, ())]
    unless_overlapping = labels.get(UNLESS_OVERLAPPING, ())
    unless_paragraph = labels.get(UNLESS_PARAGRAPH, ())
    requires_has = [*requires.get("sentence_has", []), *labels.get(REQUIRES, ())]
    when = raw.get("when") or {}
    if set(when) - WHEN_KEYS:
        raise DataError(f"when allows {sorted(WHEN_KEYS)}", here)
    if "tells_before" in when and not isinstance(when["tells_before"], bool):
        raise DataError(f"when.tells_before must be true or false, not {when['tells_before']!r}", here)
    for key, allowed in (("category", CATEGORIES), ("strength", STRENGTHS), ("status", STATUSES),
                         ("evidence_strength", STRENGTHS)):
        bad = set(when.get(key, [])) - set(allowed)
        if bad:
            raise DataError(f"when.{key}: unknown value(s) {sorted(bad)}", here)
    if raw.get("span", "match") not in SPANS or "span" in raw and rule_type != "existence":
        raise DataError(f"span (existence rules only) must be one of {list(SPANS)}", here)
    if raw.get("suggest", "cite") not in SUGGESTIONS or "suggest" in raw and rule_type != "claim":
        raise DataError(f"suggest (claim rules only) must be one of {list(SUGGESTIONS)}", here)
    if bad := set(when.get("sentence_is", [])) - set(SENTENCE_TESTS):
        raise DataError(f"when.sentence_is: unknown test(s) {sorted(bad)}; allowed {sorted(SENTENCE_TESTS)}", here)
    if "subject" in when and when["subject"] not in SUBJECT_KINDS:
        raise DataError(f"when.subject must be one of {list(SUBJECT_KINDS)}, not {when['subject']!r}", here)
    if "verb_has" in when and (when.get("subject") != "unstated" or not isinstance(when["verb_has"], list)):
        raise DataError("when.verb_has: a list of cue or rule labels, with subject: unstated", here)
    rewrite = raw.get("rewrite") or {}
    if not isinstance(rewrite, dict):
        raise DataError("rewrite must map matched words (or '*') to a replacement", here)
    for key in rewrite:
        words = " ".join(str(key).lower().split())
        parsed = CONTEXT_KEY.fullmatch(words)
        if ("(" in words or ")" in words) and not (parsed and parsed[2]):
            raise DataError(f"rewrite key {key!r}: the words around the match go in parentheses, separated by a "
                            "space: '(before) words', 'words (after)'", here)
    return Rule(
        code=code, name=raw["name"], pack=prefix, pack_name=pack_name, type=rule_type, level=raw["level"],
        authority=raw["authority"].strip(), message=" ".join(raw["message"].split()), example=raw["example"],
        instead=raw["instead"], patterns=(*(raw.get("patterns") or ()), *(promoted or ())),
        promoted_patterns=tuple(promoted or ()),
        unless_modified=tuple(unless.get("modified", [])),
        unless_sentence_modified=tuple(unless.get("sentence_modified", [])), unless_sentence_has=tuple(unless_has),
        unless_paragraph_has=unless_paragraph, unless_overlapping=unless_overlapping,
        unless_sentence_is=tuple(unless.get("sentence_is", [])),
        unless_match_is=match_is, requires_sentence_is=tuple(requires.get("sentence_is", [])),
        requires_sentence_has=tuple(requires_has), requires_page_has=labels.get(REQUIRES_PAGE, ()),
        requires_page_flags=page_flags, requires_page_wordings=labels.get(REQUIRES_PAGE_WORDING, ()),
        requires_page_headings=frozenset(page_headings),
        requires_page_weak=tuple(f"{code}:{kind}{REQUIRES_PAGE_WEAK}" for kind in sorted(weak)),
        requires_page_promises=bool(requires.get("page_promises", False)),
        unless_page_has=labels.get(UNLESS_PAGE, ()), unless_page_denies=bool(unless.get("page_denies", False)),
        hedged_level=raw.get("hedged_level"), unpromoted_level=raw.get("unpromoted_level"),
        silent_on_sober_pages=_silent_on_sober_pages(raw, here),
        unless_sentence_has_without_figures=tuple(unless.get("sentence_has_without_figures", [])),
        unpromoted_sentence_is=tuple(unpromoted.get("sentence_is", [])),
        unpromoted_match_is=unpromoted_match_is,
        unpromoted_overlapping=(*labels.get(UNLESS_UNPROMOTED, ()), *labels.get(PROMOTED_ONLY, ())),
        unpromoted_sentence_matches=labels.get(UNLESS_UNPROMOTED_SENTENCE, ()),
        promoted_only=labels.get(PROMOTED_ONLY, ()),
        rewrite=tuple(sorted((" ".join(str(k).lower().split()), str(v)) for k, v in rewrite.items())),
        advice=" ".join(str(raw.get("advice", "")).split()),
        when=tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in when.items())),
        supersedes=_codes(raw.get("supersedes", []), here), local_patterns=tuple(local), where=where,
        suggest=raw.get("suggest", "cite"), formerly=_codes(raw.get("formerly", []), here, "formerly"),
        formerly_named=_names(raw.get("formerly_named", []), here), span=raw.get("span", "match"),
        yields_to=_packs_or_codes(raw.get("yields_to", []), here),
    )


def _check_token_pattern(pattern: list, key: str, here: str) -> None:
    """Refuse a raw token pattern that is no list of token objects, that can never match, or that may match from
    nearly every token of a page: a test of an attribute the default pipeline does not set (`UNSET_ATTRIBUTES`: LEMMA
    is never set, so the pattern is silently dead), and an unbounded repeat (`OP` "*" or "+") of a token that may be
    any word (no word pinned by a `WORD_ATTRIBUTES` value) before the pattern's first required pinned word. spaCy's
    Matcher opens a partial match at each token that can start one and carries it on over every token such a repeat
    accepts after it: one page took 70 s and 5 GB."""
    if not all(isinstance(token, dict) for token in pattern):  # the shape first: the checks below read token objects
        raise DataError(f"{key}: a raw pattern must be a list of token objects: {pattern!r}", here)
    for token in pattern:
        for attribute in (str(name).upper() for name in token):
            if attribute in UNSET_ATTRIBUTES:
                raise DataError(f"{key}: pattern {pattern!r} tests {attribute}, {UNSET_ATTRIBUTES[attribute]}", here)
    for token in pattern:  # up to the first required pinned word, a match may start at (nearly) any token
        tests = {str(k).upper(): v for k, v in token.items()}
        operator = tests.pop("OP", None)
        least, most = _repeats(operator)
        pinned = operator != "!" and any(_pins_words(value) for attribute, value in tests.items()
                                         if attribute in WORD_ATTRIBUTES)
        if most is None and not pinned:
            raise DataError(f"{key}: pattern {pattern!r} has an unbounded repeat (OP {operator!r}) of a token that "
                            f"may be any word ({token!r}) before its first required word: a match may start at nearly "
                            "every token and run to the end of the page; open it with a word, or bound the repeat "
                            "({0,N} or {1,N})", here)
        if least and pinned:
            break


def _pins_words(value: object) -> bool:
    """Whether a word attribute's value pins the token to given words or word shapes (`PINNING_OPERATORS`)."""
    return isinstance(value, str) or isinstance(value, dict) and any(
        PINNING_OPERATORS.fullmatch(str(operator).upper()) for operator in value)


def _repeats(operator: object) -> tuple[int, int | None]:
    """How many tokens a token pattern's `OP` takes, at least and at most (None: no bound); "!" and an operator
    spaCy's validation will refuse count as one."""
    if operator in ("?", "*", "+"):
        return {"?": (0, 1), "*": (0, None), "+": (1, None)}[str(operator)]
    counted = re.fullmatch(r"\{(\d*)(,?)(\d*)\}", operator) if isinstance(operator, str) else None
    if counted is None:
        return 1, 1
    least = int(counted[1] or 0)
    return least, int(counted[3]) if counted[3] else None if counted[2] else least


def _match_tests(match_is: object, key: str, here: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """A rule's named tests of the matched words, each with the lower-case words it reads ({noun: [beat, beats]}); an
    entry "@name" reads the words of lexicons/sentences.yml's list `name`, each as listed and as its lemma (a plural
    and its singular: "@unnamed_people" reads "doctors" and "doctor"), so a rule and the lexicon keep one list."""
    if not isinstance(match_is, dict) or not all(
            isinstance(words, list) and words and all(isinstance(w, str) and re.fullmatch(r"@?[a-z_'’-]+", w)
                                                      for w in words) for words in match_is.values()):
        raise DataError(f"{key} maps a test name to the lower-case words it reads ({{noun: [beat, beats]}})", here)
    if bad := set(match_is) - set(MATCH_TESTS):
        raise DataError(f"{key}: unknown test(s) {sorted(bad)}; allowed {sorted(MATCH_TESTS)}", here)
    return tuple(sorted((name, frozenset(w for word in words for w in _listed_words(word, key, here)))
                        for name, words in match_is.items()))


def _listed_words(entry: str, key: str, here: str) -> frozenset[str]:
    """A `match_is` entry's words: the word itself, or for "@name" the list `name` of lexicons/sentences.yml (or of
    lexicons/instructions.yml, which `load_report_words` adds), each word as listed and as its lemma."""
    if not entry.startswith("@"):
        return frozenset({entry})
    lists = load_report_words()
    if entry[1:] not in lists:
        raise DataError(f"{key}: {entry} names no word list of lexicons/sentences.yml", here)
    lemmas = lemma_table()
    return frozenset(w for word in lists[entry[1:]] for w in (word, lemmas.get(word, word)))


SHARED_KEYS = ("sentence_matches", "paragraph_matches", "overlapping_matches", "page_matches")


@lru_cache(maxsize=1)
def load_shared_phrases() -> dict[str, tuple]:
    """lexicons/shared_phrases.yml: phrase lists that several rules' conditions use, by name."""
    where = "pipeline/lexicons/shared_phrases.yml"
    return parse_shared_phrases(load_yaml(resources.files("pipeline").joinpath("lexicons/shared_phrases.yml")
                                          .read_text("utf-8"), where), where)


def parse_shared_phrases(data: object, where: str) -> dict[str, tuple]:
    """The phrase lists of shared_phrases.yml by name, their raw patterns checked here, once, naming this file (not
    each rule that uses them)."""
    if not isinstance(data, dict) or not all(isinstance(v, list) and v for v in data.values()):
        raise DataError("expected a mapping of names to phrase lists", where)
    data = {name: _with_word_lists(phrases, f"{where} ({name})") for name, phrases in data.items()}
    for name, phrases in data.items():
        for pattern in phrases:
            if isinstance(pattern, list):
                _check_token_pattern(pattern, str(name), where)
    return {str(name): tuple(phrases) for name, phrases in data.items()}


def _with_word_lists(value, here: str):
    """`value` (a rule, or any part of one) with each "@name" of a token test's `IN` / `NOT_IN` replaced by the words of
    the list `name` of lexicons/care.yml (`care_lists`): the value itself ("IN": "@proven_care") or an item among
    words ("IN": ["@care_medicines", "prescription"]). A rule and the code that reads the same care keep one list; a
    name the lexicon does not hold is a load error naming the rule's file and code, and so is an "@name" as any other
    token test's value ({"LOWER": "@proven_care"} would be read as the word itself and never match). (Keys in lower
    case, such as `match_is`, name lists of their own files and are not token tests.)"""
    if isinstance(value, list):
        return [_with_word_lists(item, here) for item in value]
    if not isinstance(value, dict):
        return value
    for key, item in value.items():
        if (str(key).isupper() and str(key) not in ("IN", "NOT_IN", "REGEX") and isinstance(item, str)
                and item.startswith("@")):
            raise DataError(f"{key} {item!r}: an \"@name\" of lexicons/care.yml is read only as the value of IN or "
                            f"NOT_IN (e.g. {{\"{key}\": {{\"IN\": \"{item}\"}}}})", here)
    expanded = {}
    for key, item in value.items():
        if str(key).upper() in ("IN", "NOT_IN") and (isinstance(item, str) or isinstance(item, list)):
            words: list = []
            for entry in [item] if isinstance(item, str) else item:
                if isinstance(entry, str) and entry.startswith("@"):
                    if entry[1:] not in care_lists():
                        raise DataError(f"{key} {entry!r} names no word list of lexicons/care.yml (its lists: "
                                        f"{', '.join(sorted(care_lists()))})", here)
                    words.extend(w for w in care_lists()[entry[1:]] if w not in words)
                elif isinstance(item, str):
                    raise DataError(f"{key} must be a list of words or an \"@name\" of lexicons/care.yml, not "
                                    f"{item!r}", here)
                else:
                    words.append(entry)
            expanded[key] = words
        else:
            expanded[key] = _with_word_lists(item, here)
    return expanded


def _with_shared(block: dict, here: str) -> dict:
    """`block` (a rule's unless / requires) with each `{shared: NAME}` item of its phrase lists replaced by the
    phrases of NAME (`load_shared_phrases`): they become the rule's own condition patterns."""
    expanded = dict(block)
    for key in SHARED_KEYS:
        items = []
        for item in block.get(key) or []:
            if not isinstance(item, dict):
                items.append(item)
            elif set(item) == {"shared"} and str(item["shared"]) in load_shared_phrases():
                items.extend(load_shared_phrases()[str(item["shared"])])
            else:
                raise DataError(f"{key}: {item!r} is no phrase, pattern or {{shared: NAME}} of "
                                f"lexicons/shared_phrases.yml ({sorted(load_shared_phrases())})", here)
        if key in block:
            expanded[key] = items
    return expanded


def select_rules(rules: tuple[Rule, ...], select: tuple[str, ...] = (), ignore: tuple[str, ...] = (),
                 where: str = "--select/--ignore") -> tuple[Rule, ...]:
    """Rules chosen by code, name, pack prefix, pack name or glob ("CUR001", "cure-claim", "CUR", "cure", "CMP*");
    a pattern that matches no rule is an error (a typo must not silently disable the gate)."""
    def matches(rule: Rule, pattern: str) -> bool:
        keys = (rule.code, rule.name, rule.pack, rule.pack_name)
        return any(fnmatch.fnmatchcase(key.lower(), pattern.lower()) for key in keys)

    retired, renamed = retired_codes(), renamed_rules()
    for selecting, pattern in [(True, p) for p in select] + [(False, p) for p in ignore]:
        if pattern.upper() in retired:
            raise DataError(f"unknown rule {pattern!r}: the code is retired, its rule is {retired[pattern.upper()]} "
                            "now (README: Retired rule codes)", where)
        if (rule := renamed.get(pattern.lower())) is not None:
            raise DataError(f"unknown rule {pattern!r}: the name is retired, its rule is {rule.code} "
                            f"{rule.name} now (README: Retired rule codes)", where)
        if (gone := find_retired_rule(pattern)) is not None:
            if selecting:  # nothing left to run: the gate must not pass on a rule that no longer exists
                raise DataError(f"rule {pattern!r} ({gone.code}, {gone.name}) is retired and nothing replaces it: "
                                f"{gone.reason} (README: Retired rule codes)", where)
            continue  # ignored: nothing left to switch off (`retired_warnings`)
        if not any(matches(rule, pattern) for rule in rules):
            raise DataError(f"unknown rule {pattern!r} (no code, name or pack matches; see `claimaudit rules`)",
                            where)
    chosen = [r for r in rules if not select or any(matches(r, p) for p in select)]
    return tuple(r for r in chosen if not any(matches(r, p) for p in ignore))


def retired_warnings(ignore: tuple[str, ...], where: str = "--ignore") -> list[str]:
    """What to tell a user whose --ignore names a rule retired with nothing in its place: it is accepted, and
    switches nothing off."""
    warnings = []
    for pattern in ignore:
        if (gone := find_retired_rule(pattern)) is not None:
            warnings.append(f"{where}: {pattern!r} names {gone.code} ({gone.name}), retired, nothing replaces it: "
                            f"{gone.reason}; it switches nothing off")
    return warnings


def _silent_on_sober_pages(raw: dict, here: str) -> bool:
    """The rule's `silent_on_sober_pages` (true or false). Such a rule flags nothing on a page that neither sells nor
    hypes, so an exception that holds only on a page that shows no sign of promotion (`unless.unpromoted`) is refused
    as dead; its `unpromoted_level` is not: it is the level on a page that hypes but sells nothing (review A-H1)."""
    value = raw.get("silent_on_sober_pages", False)
    if not isinstance(value, bool):
        raise DataError(f"silent_on_sober_pages must be true or false, not {value!r}", here)
    if value and (raw.get("unless") or {}).get("unpromoted"):
        raise DataError("a rule silent_on_sober_pages flags nothing on a page that neither sells nor hypes: its "
                        "unless.unpromoted would never apply", here)
    return value
