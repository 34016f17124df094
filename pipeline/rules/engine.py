"""Analysis + claims + rule packs -> flags, each with its offending words, message, authority and a safer wording.

Two rule types (the code); the rules themselves are data:
- existence: a pattern match is a flag unless a ConText modifier or a sentence cue says otherwise;
- claim: a claim whose category, strength, qualifiers and verdict meet the rule's `when` conditions is a flag
  (evaluated after the evidence stage, so a rule can depend on what the references support).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any, NamedTuple

from pipeline.clauses import (INDEFINITE_ARTICLES, LIST_JOINERS, PREPOSITIONS, clause_words, manner_adverb,
                              opening_s_verb, verb_base_form, verb_s_form)
from pipeline.claims import opens_after_so, verb_acts_on_body
from pipeline.coinages import coinage_words, coined_name_end, is_coined_word
from pipeline.concepts import load_concepts
from pipeline.errors import DataError
from pipeline.models import LEVELS, Claim, Flag
from pipeline.nlp import Analysis, Mention, Segment, Token
from pipeline.patterns import care_words, lower_words, read_lexicon, read_word_lists, verb_lemmas, word_list
from pipeline.questions import ANSWER_LABELS, frame_tokens, is_question
from pipeline.quotations import tells_before
from pipeline.rules.loader import Rule, load_rules, plural_ahead, singular
from pipeline.rules.mentions import is_mentioned, list_leads
from pipeline.rules.sentences import (MATCH_TESTS, SENTENCE_TESTS, is_answered_safety_question, listed_denials,
                                      safety_wording_codes)

SILENCING_HEDGES = {"HEDGED", "HYPOTHETICAL"}


@dataclass
class PageSignals:
    """What a page says of itself, for the rules whose conditions reach past the sentence, each answer read once per
    page (and rule) when a rule first needs it: its own words anywhere (`unless.page_matches`,
    `requires.page_matches`), the codes and packs of its own wording flags (`on_page`, for `requires.page_flags`),
    the subject it opens with (`lead`, a claim's topic under no heading) and whether it promotes (a claim rule's
    page requirements together)."""

    analysis: Analysis
    on_page: frozenset[str] = frozenset()
    # each of its wording flags as (code, start, end, sentence, heads, subject): the sentence (segment) its words
    # stand in, whether that is a heading or the page's lead, and the words naming what it is said of
    # (`_wording_subjects`; `flags_promote` reads the distinct promoter's wordings and what each is said of)
    flag_places: tuple[Place, ...] = ()
    lead: str = ""
    claims: tuple[Claim, ...] = ()
    _said: dict[tuple[str, ...], bool] = field(default_factory=dict)
    _promotes: dict[str, bool] = field(default_factory=dict)
    _product: list[str] = field(default_factory=list)  # read once: [head word] ("" when the page promotes none)
    _denies: dict[str, bool] = field(default_factory=dict)
    _reader: list[bool] = field(default_factory=list)  # read once: [whether the page promises to the reader]
    _named: list[bool] = field(default_factory=list)  # read once: [whether it names a product with its benefits]
    _harm: list[bool] = field(default_factory=list)  # read once: [whether the page names a harm]
    # read once: [(the page's words written as coined names, its words with a trade mark after them)], lower case
    _coinages: list[tuple[frozenset[str], frozenset[str]]] = field(default_factory=list)
    # read once: [whether its own claims promise for one coined name and it names no harm, whether it owns the name
    # or marks it] (`promises_for_coined_name`; every rule of `requires.page_promises` asks the same)
    _coined_promises: list[tuple[bool, bool]] = field(default_factory=list)
    _parts_items: list[frozenset[int]] = field(default_factory=list)  # read once: [items of parts lists' blocks]
    _shop: list[bool] = field(default_factory=list)  # read once: [whether the page has a shop's line, shop_line]

    def denies(self, code: str) -> bool:
        """Does the page deny, somewhere, wording this rule matches: a match inside a denial (`Analysis.denied`) that
        runs to the end of its sentence? A denial cut short by a contrast or an aside ("There is no proof that other
        detox teas work, but ours …", "Unlike teas that have not been shown to …, ours …") sets the page's own
        product against the ones it denies: that page still sells."""
        if code not in self._denies:
            analysis = self.analysis
            whole = tuple((start, end) for start, end in analysis.denied
                          if (segment := analysis.segment_at_char(start)) is not None
                          and end >= segment.end)
            self._denies[code] = bool(whole) and any(
                m.kind == "rule" and m.label == code and is_mentioned(whole, m.start, m.end)
                for m in analysis.mentions)
        return self._denies[code]

    def says(self, labels: tuple[str, ...]) -> bool:
        """Do the page's own words (a cue with one of these labels) occur anywhere on it?"""
        if labels not in self._said:
            self._said[labels] = _page_has(self.analysis, labels)
        return self._said[labels]

    def in_parts_list(self, claim: Claim) -> bool:
        """Is the claim in a list item whose list a sentence of what something is made of leads in ("Every spoonful
        is packed with:", "CalmCore combines four ingredients in one capsule:", lexicons/promotion.yml `part_words`
        and `part_list_words`, the lead-in ending with a colon)? Each item names a part of what the lead-in names, and
        its benefit ("- Echinacea – strengthens your child's defences") is promised for the whole, as a part named in
        the claim's own sentence is (`_of_product`). A list after a lead-in of another kind ("Treatments include:",
        "You may notice:") is not. The page's parts lists are read once."""
        analysis = self.analysis
        if not self._parts_items:
            blocks = analysis.source.blocks
            leads = list_leads(blocks)
            self._parts_items.append(frozenset(index for index, block in enumerate(blocks) if block.kind == "item"
                                               and _leads_in_parts(analysis, leads[index])))
        segment = analysis.segment_at_char(claim.start)
        return segment is not None and segment.block in self._parts_items[0]

    def promotes(self, rule: Rule) -> bool:
        """Does the page meet one of the rule's page requirements: flags of the rules or packs it names that head the
        page or recur (flags_promote), its words anywhere, its weak words in pairs or beside its product
        (weak_signs_promote), its words opening several headings, or its promises?"""
        if rule.code not in self._promotes:
            self._promotes[rule.code] = self.flags_promote(rule.requires_page_flags, rule.requires_page_wordings) \
                or bool(rule.requires_page_has) and self.says(rule.requires_page_has) \
                or bool(rule.requires_page_weak) and self.weak_signs_promote(rule) \
                or bool(rule.requires_page_headings) and _headings_open(self.analysis, rule.requires_page_headings) \
                or rule.requires_page_promises and (self.promises_to_reader() or self.promises_for_coined_name(rule))
        return self._promotes[rule.code]

    def weak_signs_promote(self, rule: Rule) -> bool:
        """Do the page's weak signs (`requires.page_weak_matches`, by kind: a rating, a call to book or order, a
        saving) make it read as promoting: one of them on a page that names its product with its benefits
        (`names_product`) or says a promoter's wording (a flag of `requires.page_flags`, even one that alone is a
        slip)? Never by their number alone: a hospital rates its care and asks the reader to book ("Rated 4.8 out of
        5 stars by parents (642 reviews)", "Book your appointment online"), a pharmacy offers a saving on a public
        charge and kits to order ("Save £30 with a prepayment certificate", "Order yours today"); a seller also
        promises what it sells."""
        if not (self.says(rule.requires_page_weak) or self.shop_line()):
            return False
        return any(_names(rule.requires_page_flags, place[0]) for place in self.flag_places) \
            or bool(self.wording_places(rule.requires_page_wordings)) or self.names_product()

    def shop_line(self) -> bool:
        """Does the page have a shop's line of its own (`_shop_line`): a heading that is a shop's button ("Buy", "Add
        to basket") or a line that is only a price ("£9.99", "Price: £9.99")? A weak sign, as the rule's weak words
        are: a leaflet names no price line, but a consumer guide may price what it compares (review rvA-M4). Read once
        per page."""
        if not self._shop:
            self._shop.append(_shop_line(self.analysis))
        return self._shop[0]

    def names_product(self) -> bool:
        """Does the page name a product with its benefits: one of its own claims promises a health outcome
        (`_promises_benefit`, unhedged) for a subject with a word the page writes as a name (`Analysis.written_as_name`:
        "SleepWell improves your sleep … Try SleepWell tonight"; not "melatonin", nor "antibiotics"), or for what
        the page calls its own (`_own_offering`: "Our PRP therapy rebuilds worn cartilage")? A page that informs
        names treatments by what they are, and brands only as examples of a kind ("Antihistamines such as Clarityn
        relieve sneezing": `example_markers`); a seller names the one it sells, a pharmacy's advice several ("Rennie
        eases indigestion. Gaviscon relieves heartburn."): benefits promised for two or more names that share no word
        are brands compared for the reader, none of them the page's own (review A-H5; one brand alone is still read
        as the page's product). Read once per page."""
        if not self._named:
            promotion = load_promotion()
            named: list[set[str]] = []  # the name words of each claim that promises a benefit for a name
            own = False
            for claim in self.claims:
                if claim.voice != "own" or claim.category not in BENEFIT_CATEGORIES or claim.hedged or claim.negated:
                    continue
                as_names = self._subject_names(claim)
                if (as_names or _own_offering(_before_examples(claim.subject, promotion), promotion)) \
                        and _promises_benefit(self.analysis, claim):
                    if not as_names:
                        own = True
                        break
                    named.append(as_names)
            # one product named more or less fully ("SleepWell", "SleepWell Pro") is one name; two that share no word
            # are two brands
            distinct = [words for n, words in enumerate(named) if not any(words & other for other in named[:n])]
            self._named.append(own or len(distinct) == 1)
        return self._named[0]

    def subject_named(self, claim: Claim) -> bool:
        """Does the claim's subject have a word the page writes as a name (`_subject_names`)?"""
        return bool(self._subject_names(claim))

    def _subject_names(self, claim: Claim) -> set[str]:
        """The words of the claim's subject, before the examples it gives of its kind, that the page writes as a
        name (`Analysis.written_as_name`: "RegenaKnee therapy", "SleepWell"; not what a provider calls its own, "the Trust",
        "our Clinic": lexicons/promotion.yml own_services)."""
        promotion = load_promotion()
        words = [w for w in _subject_words(_before_examples(claim.subject, promotion)).split()
                 if w not in promotion.own_services]
        return {word for word in words if self.analysis.written_as_name(word)}

    def wording_places(self, labels: tuple[str, ...]) -> list[Place]:
        """The places of the page's promoter's wordings that no rule flags (`requires.page_wordings`: "supports
        healthy digestion"), as a wording flag's (`_place_of`): in its own words, not in a hedged or denied claim
        ("may help support healthy muscles"), said of its claim's subject."""
        if not labels:
            return []
        opening = next((s for s in self.analysis.segments if s.kind == "sentence"), None)
        places: list[Place] = []
        for cue in _page_cues(self.analysis, labels):
            claim = next((c for c in self.claims if c.start <= cue.start < c.end), None)
            if claim is not None and (claim.hedged or claim.negated):
                continue
            segment = self.analysis.segment_at_char(cue.start)
            if segment is None:
                places.append((cue.label, cue.start, cue.end, -1, False, ""))
                continue
            heads = segment.kind == "heading" or opening is not None and segment.block == opening.block
            subject = _subject_words(claim.subject) if claim is not None and claim.subject.lower() in \
                claim.text.lower() else ""
            places.append((cue.label, cue.start, cue.end, segment.first, heads, subject))
        return places

    def flags_promote(self, codes: tuple[str, ...], unflagged: tuple[str, ...] = ()) -> bool:
        """Do the page's flags of these rules or packs (`requires.page_flags`, a promoter's wording) make it read as
        promoting on their own: one heads it (in any heading, its title among them, or in its lead), or the
        page says at least `promoter_wordings` (lexicons/promotion.yml) distinct ones of one subject (a seller repeats
        its promises for its product), or `promoter_wordings_apart` of any. One wording once, elsewhere, on a page
        with no other sign is a slip that does not make a hospital's or a charity's page a seller's (the net
        impression counts, FTC 2022); so are two said of different things ("surgery is a proven cure", "cryotherapy is
        completely safe"). A page with a shop's words promotes by those (`says`), not here. The promoter's wordings
        no rule flags (`unflagged`, `requires.page_wordings`: "supports healthy digestion") count as those flags do."""
        promotion = load_promotion()
        places = sorted([*(p for p in self.flag_places if _names(codes, p[0])), *self.wording_places(unflagged)],
                        key=lambda p: (p[1], p[2]))
        if any(p[4] for p in places):
            return True
        wordings: dict[tuple[str, int], set[str]] = {}  # each distinct wording and the subjects it is said of
        group: list[Place] = []
        end = -1
        for place in places:
            if group and place[1] >= end:
                wordings.setdefault(_wording(group, promotion.one_story), set()).update(p[5] for p in group if p[5])
                group = []
            group.append(place)
            end = max(end, place[2]) if len(group) > 1 else place[2]
        if group:
            wordings.setdefault(_wording(group, promotion.one_story), set()).update(p[5] for p in group if p[5])
        if len(wordings) >= promotion.promoter_wordings_apart:
            return True
        # one thing named more or less fully ("QuietEar" and "QuietEar drops"): the words of one subject are all in the
        # other's; two of a kind named apart ("the shingles vaccine", "the flu vaccine") are two things
        named = {subject for subjects in wordings.values() for subject in subjects}
        return any(sum(1 for subjects in wordings.values() if any(_same_thing(subject, s) for s in subjects))
                   >= promotion.promoter_wordings for subject in named)

    def product(self) -> str:
        """The head word of what the page is about as a product or practice: the subject most of its benefit claims
        share (`page_product`), "" when none recurs."""
        if not self._product:
            self._product.append(page_product(self.analysis, self.claims, self.lead))
        return self._product[0]

    def promises_to_reader(self) -> bool:
        """Does the page promise its product's benefits to the reader, as a seller does without a shop's words: at
        least `reader_promises` (lexicons/promotion.yml) of its own claims say, unhedged and as established, what the
        product does for "you" or "your" body ("It protects your heart", "TRT restores your energy"), and none of its
        claims names a harm, a side effect or who should not take it? A page that informs weighs benefits against
        harms; a page that sells lists the benefits. Read once per page."""
        if not self._reader:
            promotion = load_promotion()
            promises = 0 if self.names_harm() or not self.product() else sum(
                1 for c in self.claims
                if c.voice == "own" and c.category in BENEFIT_CATEGORIES and c.strength in ("direct", "absolute")
                and not c.hedged and not c.negated and self.promises_for_product(c)
                and _addresses_reader(self.analysis, c, promotion.reader_words))
            self._reader.append(promises >= promotion.reader_promises)
        return self._reader[0]

    def names_harm(self) -> bool:
        """Does the page name a harm anywhere in its own words ("Side effects include bloating", "not suitable during
        pregnancy", "unsafe", "may interact with blood thinners")? A page that informs weighs benefits against harms.
        An assurance is no harm named ("safe for everyone", "gentle on the stomach", "well tolerated": a safety cue
        whose first word is one of lexicons/promotion.yml `assurance_words`); a seller says it as often as a leaflet
        (review B-M2). Read once per page."""
        if not self._harm:
            assurances = load_promotion().assurance_words
            tokens = self.analysis.tokens
            self._harm.append(any(
                m.label == "category:withheld" or tokens[m.first].lower not in assurances
                for m in _page_cues(self.analysis, ("category:safety", "category:withheld"))))
        return self._harm[0]

    def promises_for_coined_name(self, rule: Rule) -> bool:
        """Does the page promise benefits for a coined name it owns and name no harm: at least `coined_name_claims`
        (lexicons/promotion.yml) of its own unhedged benefit claims have a subject with a word the page coins (words
        run together, each capitalised, "ArthroEase": `coinages`), all of one name (a pharmacy's advice names several
        brands), the page shows that the name is its own ("our ArthroEase": `_owned_subject`; a trade mark after it,
        "Flexa™", or one of the rule's weak signs, a call to order, a rating), and it names no harm (`names_harm`)?
        A name's capitals alone show a name, not whose: "The McKenzie method", "the FreeStyle Libre sensor", "the
        AstraZeneca vaccine" on a health service's page, a charity's "Our YouTube videos" (review B-H5). A hospital,
        a health service or a charity weighs medicines against their side effects; a brand's page promises its own
        name's benefits and nothing else. Part of the page promises (`promotes`, `requires.page_promises`): one
        reading for every rule (review B-M6)."""
        if not self._coined_promises:
            self._coined_promises.append(self._promises_for_coined_name())
        promises, owned = self._coined_promises[0]
        return promises and (owned or bool(rule.requires_page_weak) and self.says(rule.requires_page_weak))

    def _promises_for_coined_name(self) -> tuple[bool, bool]:
        """`promises_for_coined_name`'s reading of the page, the same for every rule: whether enough of its claims
        promise for one coined name and it names no harm, and whether it owns that name or marks it."""
        promotion = load_promotion()
        coined_words, marked_words = self.coinages()
        names: list[set[str]] = []  # the coined words of each claim that promises a benefit for one
        owned = False
        for claim in self.claims:
            if claim.voice != "own" or claim.category not in BENEFIT_CATEGORIES or claim.hedged or claim.negated:
                continue
            subject = _before_examples(claim.subject, promotion)
            coined = {word for word in _subject_words(subject).split()
                      if word in coined_words or word in marked_words}
            if coined and _promises_benefit(self.analysis, claim):
                names.append(coined)
                owned = owned or _owned_subject(subject, coined, promotion)
        distinct = [words for n, words in enumerate(names) if not any(words & other for other in names[:n])]
        if len(names) < promotion.coined_name_claims or len(distinct) != 1 or self.names_harm():
            return False, False
        return True, owned or any(word in marked_words for word in distinct[0])

    def coinages(self) -> tuple[frozenset[str], frozenset[str]]:
        """The page's words (lower case) written as a coined name somewhere, words run together, each capitalised
        ("ArthroEase"), and those with a trade mark right after them ("Flexa™", "Flexa ®": `name_marks`), read in one
        pass over the page's tokens (a scan per subject word and rule cost 7 % of a cold run's CPU)."""
        if not self._coinages:
            tokens, marks = self.analysis.tokens, load_promotion().name_marks
            self._coinages.append((
                frozenset(token.lower for token in tokens if is_coined_word(token.text)),
                frozenset(token.lower for token, after in zip(tokens, tokens[1:]) if after.text in marks)))
        return self._coinages[0]

    def promises_for_product(self, claim: Claim) -> bool:
        """Does the claim promise a health outcome for the page's product: its subject names the product (or its
        kind said of it, "the peptide"), and what it says of it is a benefit (lexicons/promotion.yml)?"""
        product = self.product()
        return bool(product) and (_about_product(claim.subject, product)
                                  or _of_product(self.analysis, claim, product)) \
            and _promises_benefit(self.analysis, claim)


def find_flags(analysis: Analysis, claims: list[Claim], rules: tuple[Rule, ...],
               spared: frozenset[tuple[str, int, int]] = frozenset()) -> list[Flag]:
    """Flags of the existence rules (wording), attached to the claim they fall in. `spared` (code, start, end): flags
    an exception spares (spare_unpromoted), left out before supersession, so that they supersede nothing."""
    by_code = {rule.code: rule for rule in rules if rule.type == "existence"}
    # a reference list's wording is its sources' titles, and legal boilerplate the lawyers', not the article's
    not_asserted = analysis.not_asserted
    mentioned = analysis.mentioned  # quoted, or named as a warning sign: not the article's own wording
    # a question's wording is asked, not asserted, unless it sells or a bare yes answers it (pipeline/questions.py)
    asked = analysis.questions.asked_ranges
    flags: list[Flag] = []
    page = PageSignals(analysis)
    for mention in [*analysis.mentions, *_cell_mentions(analysis, by_code)]:
        if mention.kind == "rule" and mention.label in by_code:
            rule = by_code[mention.label]
            if rule.unless_page_has and page.says(rule.unless_page_has):
                continue
            if rule.unless_page_denies and page.denies(rule.code):
                continue
            flag = _own_flag(analysis, mention, rule, not_asserted, mentioned, asked)
            if flag:
                flags.append(flag)
    starts = [c.start for c in claims]
    parts: dict[tuple[str, int, int], list[Flag]] = {}
    merged = [flag for flag in _merge_adjacent(flags, analysis, by_code, parts)
              if (flag.code, flag.start, flag.end) not in spared]
    merged = _without_superseded(merged, by_code)
    # after yielding: an answer's flag that yields later would otherwise take the question's with it (review A2-H6)
    merged = _without_yielding(merged, analysis, by_code, claims, starts)
    merged = _without_answered(merged, analysis, by_code)
    merged = _one_wording_per_sentence(merged, analysis, by_code, parts)
    return _sorted(_to_asked_claim([_attach(flag, claims, starts) for flag in merged], analysis, claims, by_code))


def _cell_mentions(analysis: Analysis, by_code: dict[str, Rule]) -> list[Mention]:
    """The matches of the rules of span `cell` (loader.SPANS): each table cell, its words without the blanks after
    them, that the rule's `requires.sentence_is` tests pick (CMP004: the product's cell in a comparison grid's row
    that rates a result). The cell's place makes it the finding, so no pattern is run for it on every sentence."""
    rules = [rule for rule in by_code.values() if rule.span == "cell"]
    if not rules:
        return []
    tokens = analysis.tokens
    found: list[Mention] = []
    for segment in analysis.segments:
        if segment.kind != "cell":
            continue
        last = segment.last
        while last > segment.first and (tokens[last - 1].is_space or tokens[last - 1].text == "|"):
            last -= 1
        if last <= segment.first:
            continue
        for rule in rules:
            if all(SENTENCE_TESTS[name](analysis, segment) for name in rule.requires_sentence_is):
                found.append(Mention(segment.first, last, tokens[segment.first].start, tokens[last - 1].end, "rule",
                                     rule.code))
    return found


def _own_flag(analysis: Analysis, mention: Mention, rule: Rule, not_asserted, mentioned, asked) -> Flag | None:
    """The rule's flag on a match of the page's own wording (`_asserted`), or None."""
    if not _asserted(analysis, mention, not_asserted, mentioned, asked):
        return None
    return _existence_flag(analysis, mention, rule)


def _asserted(analysis: Analysis, mention: Mention, not_asserted, mentioned, asked) -> bool:
    """The rule's match is the page's own wording: not in a reference list or boilerplate, not quoted or named, not
    asked."""
    return analysis.segment_at(mention.first) not in not_asserted \
        and not is_mentioned(mentioned, mention.start, mention.end) \
        and not is_mentioned(asked, mention.start, mention.end)


def _one_wording_per_sentence(flags: list[Flag], analysis: Analysis, rules: dict[str, Rule],
                              parts: dict[tuple[str, int, int], list[Flag]]) -> list[Flag]:
    """Flags of several rules in one sentence share one safer wording, the sentence with all their rewrites
    ("trials show it significantly reduces" gets one sentence fixing both, not one version per rule); a merged flag
    is rewritten the way it rewrites itself (`parts`: the matches rewritten one by one)."""
    text = analysis.source.text
    by_sentence: dict[tuple[int, int], list[Flag]] = {}
    for flag in flags:
        segment = analysis.segment_at_char(flag.start)
        if segment is not None:
            by_sentence.setdefault((segment.start, segment.end), []).append(flag)
    wording: dict[Flag, str] = {}
    for (start, end), together in by_sentence.items():
        if len(together) < 2:
            continue
        units = [part for flag in together for part in parts.get((flag.code, flag.start, flag.end), [flag])]
        rewritten = apply_rewrites(text[start:end], start, units, rules)
        wording.update({flag: rewritten for flag in together})
    return [replace(flag, suggestion=wording[flag]) if flag in wording else flag for flag in flags]


def _without_answered(flags: list[Flag], analysis: Analysis, rules: dict[str, Rule]) -> list[Flag]:
    """Drop a flag of a question a bare yes answers ("Is it safe? Absolutely. NMN is natural, so there are no side
    effects.", "Is memory foam safe? Yes. Our foam is 100% non-toxic.") when the answer's paragraph words the same
    claim again (`_restates`: the same rule or one superseding it, as severe): the FAQ says its claim twice, once
    asked and once worded, and the answer's wording is the one to fix (sellers' FAQs of dev41-qa47: 16 such
    questions' "safe", none in the gold). A question whose answer restates nothing ("Can it cure arthritis? Yes.
    Thousands swear by it.", "Is sunscreen safe? Yes. Sunscreens sold here are tested.") or that asks beyond its
    answer (`_asks_beyond_answer`: "safe during pregnancy?") keeps its flag: the question is the only place that
    claim is worded."""
    segments = analysis.segments
    questions = analysis.questions.affirmed | analysis.questions.explained
    answered = {}  # the question's index -> its bare yes, whose block is the answer's paragraph
    for n, segment in enumerate(segments):
        if segment in questions and n + 1 < len(segments):
            answered[n] = segments[n + 1]
    if not answered:
        return flags
    dropped = set()
    for flag in flags:
        asked = analysis.segment_at_char(flag.start)
        if asked is None or asked not in questions:
            continue
        answer = answered.get(analysis.segment_index(asked))
        if answer is None or _asks_beyond_answer(analysis, flag, asked, answer):
            continue
        if any(_restates(flag, other, rules) and other.start >= answer.start
               and (at := analysis.segment_at_char(other.start)) is not None
               and at.block == answer.block for other in flags):
            dropped.add((flag.code, flag.start, flag.end))
    return [flag for flag in flags if (flag.code, flag.start, flag.end) not in dropped]


def without_asked_safety(flags: list[Flag], analysis: Analysis, rules: tuple[Rule, ...]) -> list[Flag]:
    """Drop the safety pack's wording flags (sentences.safety_wording_codes: "safe", "completely safe", "100% safe")
    on a question a bare yes answers (sentences.is_answered_safety_question: "Is it completely safe? Yes.") where the
    answer keeps its own flag (SAF005): the answer is the page's promise, and the question only asks. One finding for
    the question and its answer, read for every rule of the pack rather than by each rule's `unless`. Read after
    spare_unpromoted: on a page that neither sells nor hypes SAF005 is silent, and the question's "100% safe" keeps
    its flag. The answer's flag keeps the most severe level of those it stands for: "Is it 100% safe? Absolutely."
    promises no risk as "100% safe" does (SAF001, an error)."""
    codes = safety_wording_codes()
    by_code = {rule.code: rule for rule in rules}
    # the questions whose answer keeps a flag of its own
    answered_with_flag = {analysis.segment_index(question) for flag in flags if _reads_answer(by_code.get(flag.code))
                          and (question := _asked_question(analysis, flag)) is not None}
    worst: dict[int, str] = {}  # an answered question's index -> the most severe level of its flags dropped
    kept = []
    for flag in flags:
        segment = analysis.segment_at_char(flag.start) if flag.code in codes else None
        if segment is not None:
            at = analysis.segment_index(segment)
            if at in answered_with_flag:
                worst[at] = min(worst.get(at, flag.level), flag.level, key=LEVELS.index)
                continue
        kept.append(flag)
    if not worst:
        return kept
    raised = []
    for flag in kept:
        if _reads_answer(by_code.get(flag.code)) and (question := _asked_question(analysis, flag)) is not None:
            level = worst.get(analysis.segment_index(question), flag.level)
            if LEVELS.index(level) < LEVELS.index(flag.level):
                flag = replace(flag, level=level)
        raised.append(flag)
    return raised


def _reads_answer(rule: Rule | None) -> bool:
    """Is this a rule that reads an FAQ's bare answer (`requires.sentence_is` names `safety_answer`: SAF005)?"""
    return rule is not None and "safety_answer" in rule.requires_sentence_is


def _to_asked_claim(flags: list[Flag], analysis: Analysis, claims: list[Claim], rules: dict[str, Rule]) -> list[Flag]:
    """Link the flag of a bare answer (`_reads_answer`: "Yes." after "Is the balm safe for babies?") that falls in no
    claim to the claim of the question it answers, when the question stage reads that question as the claim
    (questions.asserting): the claim carries the finding its answer makes."""
    linked = []
    for flag in flags:
        if flag.claim_id is None and _reads_answer(rules.get(flag.code)) \
                and (question := _asked_question(analysis, flag)) is not None:
            flag = replace(flag, claim_id=next((c.claim_id for c in claims
                                                if question.start <= c.start < question.end), None))
        linked.append(flag)
    return linked


def _asked_question(analysis: Analysis, flag: Flag) -> Segment | None:
    """The question right before the answer holding the flag (an answer label read apart between them skipped), when
    a bare yes answers it (sentences.is_answered_safety_question); None otherwise."""
    answer = analysis.segment_at_char(flag.start)
    if answer is None:
        return None
    at = analysis.segment_index(answer)
    for question in reversed(analysis.segments[max(0, at - 2):at]):
        if question.kind in ("sentence", "heading"):
            return question if is_answered_safety_question(analysis, question) else None
    return None


def _restates(asked: Flag, answer: Flag, rules: dict[str, Rule]) -> bool:
    """Does the answer's flag word the question's claim again, as strongly: the same rule or one superseding it, at a
    level at least as severe ("better than antidepressants?" is no restated "the best"; "completely safe?" no restated
    "gentle")."""
    same = answer.code == asked.code or asked.code in rules[answer.code].supersedes
    return same and LEVELS.index(answer.level) <= LEVELS.index(asked.level)


def _asks_beyond_answer(analysis: Analysis, flag: Flag, asked: Segment, answer: Segment) -> bool:
    """Does the question name, after its flagged words, a population, a time or a comparator ("safe during
    pregnancy?", "safe for everyone?", "better than antidepressants?") whose words the answer's paragraph does not
    repeat: the yes then grants what the answer never words, and the question keeps its flag."""
    text = analysis.source.text
    tail = re.findall(r"[a-z]+", text[flag.start:asked.end].lower())  # the flag's own "than" opens one too
    at = next((n for n, word in enumerate(tail) if word in _SCOPING_WORDS), None)
    if at is None:
        return False
    named = [word for word in tail[at + 1:] if len(word) > 3 and word not in _SCOPING_WORDS]
    closing = _last_segment(analysis, answer.block) or answer
    said = set(re.findall(r"[a-z]+", text[answer.start:closing.end].lower()))
    return any(word not in said and singular(word) not in said for word in named)


# the words that open what a question scopes its claim to: a population, a time, a comparator
_SCOPING_WORDS = frozenset(["during", "for", "in", "while", "than", "with", "before", "after"])


def _without_superseded(flags: list[Flag], rules: dict[str, Rule]) -> list[Flag]:
    """Drop a flag on words that a rule superseding it also flags: "completely safe" is one SAF001 error (no risk),
    not that and an ABS003 absolute word and a SAF002 unqualified "safe" besides."""
    return [flag for flag in flags if not any(
        flag.code in rules[other.code].supersedes and other.start < flag.end and flag.start < other.end
        for other in flags)]


def _without_yielding(flags: list[Flag], analysis: Analysis, rules: dict[str, Rule], claims: list[Claim],
                      starts: list[int]) -> list[Flag]:
    """Drop a flag whose rule yields to a pack or rule (`yields_to`) that flags the same claim, on the same or other
    words, or the same list item when it opens with a label (its label and what follows are one claim: "Works in
    seconds: instant relief from cramps"): a fallback's finding when the more specific one is there (the absolute's
    finding, EFF007, not SUB013's promised time besides; the gold scheme's SUB is a fallback). Not a flag of another
    claim of the sentence ("GlucoFix lowers your risk of diabetes by 58% and cuts blood sugar by 30%": RSK001's relative
    risk is the first claim's finding, SUB018's figure the second's)."""
    if not any(rules[flag.code].yields_to for flag in flags):
        return flags
    segments = analysis.segments

    def unit(flag: Flag) -> tuple[int, str | None] | None:
        """The index of the flag's sentence, or of the label it follows (a label and its text are one claim), and the
        claim it falls in within that sentence (None outside every claim: a label, a heading)."""
        segment = analysis.segment_at_char(flag.start)
        if segment is None:
            return None
        at = analysis.segment_index(segment)
        if at > 0 and segments[at - 1].kind == "label":
            return at - 1, None
        return at, _promise_of(_attach(flag, claims, starts).claim_id)

    order = {claim.claim_id: n for n, claim in enumerate(claims)}

    def _promise_of(claim_id: str | None) -> str | None:
        """A result clause after "so" is the promise of the claim before it in its sentence ("It resets your gut so
        the results are permanent": the absolute is the reset's finding)."""
        n = order.get(claim_id) if claim_id is not None else None
        while n is not None and n > 0 and \
                opens_after_so(analysis, analysis.token_range(claims[n].start, claims[n].end)[0]) and \
                analysis.segment_at_char(claims[n - 1].start) is analysis.segment_at_char(claims[n].start):
            n -= 1
        return claims[n].claim_id if n is not None else claim_id

    units = {id(flag): unit(flag) for flag in flags}
    dropped = {id(flag) for flag in flags if rules[flag.code].yields_to and units[id(flag)] is not None and any(
        units[id(other)] == units[id(flag)] and _names(rules[flag.code].yields_to, other.code)
        for other in flags if other is not flag)}
    return [flag for flag in flags if id(flag) not in dropped]


def find_claim_flags(analysis: Analysis, claims: list[Claim], rules: tuple[Rule, ...], flags: list[Flag]) -> list[Flag]:
    """Flags of the claim rules, on claims that already carry their verdict."""
    flagged = {f.claim_id for f in flags if f.level in ("error", "warning")}
    by_code = {rule.code: rule for rule in rules}
    # the packs whose wording rules flag each claim, at any level (`when.unflagged_in_pack`)
    in_pack = {(f.claim_id, by_code[f.code].pack) for f in flags if f.claim_id is not None and f.code in by_code}
    page = page_signals(analysis, claims, _promoters(flags, by_code))
    mentioned = analysis.mentioned
    middle = {c.claim_id: (c.start + c.end) // 2 for c in claims}
    own = [c for c in claims if not is_mentioned(mentioned, middle[c.claim_id], middle[c.claim_id] + 1)]
    found: list[Flag] = []
    said = set()  # (claim, pack): one claim-rule finding per claim and pack, the most severe
    for rule in sorted((r for r in rules if r.type == "claim"), key=lambda r: (LEVELS.index(r.level), r.code)):
        one_in_pack = dict(rule.when).get("unflagged_in_pack") is True
        for claim in own:
            if (claim.claim_id, rule.pack) not in said \
                    and not (one_in_pack and (claim.claim_id, rule.pack) in in_pack) \
                    and _claim_applies(analysis, claim, rule, claim.claim_id in flagged, page):
                found.append(_cut_to_result(analysis, claim, rule, _claim_flag(claim, rule, analysis)))
                said.add((claim.claim_id, rule.pack))
                if rule.level != "info":
                    flagged.add(claim.claim_id)
    return _sorted(found)


# why a flag's level is lower than its rule's on a page that promotes nothing (Flag.level_reason)
UNPROMOTED_REASON = "no sign of promotion on the page"


# a wording flag's place on the page (PageSignals.flag_places): code, start, end, sentence, heads, subject
Place = tuple[str, int, int, int, bool, str]


def page_signals(analysis: Analysis, claims: list[Claim], flags: list[Flag]) -> PageSignals:
    """The page's own wording flags, by code and by pack (`requires.page_flags`: a page that promotes), its claims, and
    what the page opens about, for claims under no heading: the subject of its first claim, if that is in its first
    sentence ("Colloidal silver is a popular alternative medicine …")."""
    opening = next((s for s in analysis.segments if s.kind == "sentence"), None)
    subjects = _wording_subjects(analysis, claims, flags)
    return PageSignals(analysis, on_page=frozenset({f.code for f in flags} | {_pack(f.code) for f in flags}),
                       flag_places=tuple(_place_of(analysis, f, opening, subjects.get((f.start, f.end), ""))
                                         for f in flags),
                       lead=claims[0].subject if claims and opening and opening.start <= claims[0].start < opening.end
                       else "", claims=tuple(claims))


def _pack(code: str) -> str:
    """The pack a rule code belongs to, its prefix ("CUR" of CUR001)."""
    return code[:3]


def _names(codes: tuple[str, ...], code: str) -> bool:
    """Do these rule codes or packs (`requires.page_flags`, `yields_to`) name the rule?"""
    return code in codes or _pack(code) in codes


def _wording_subjects(analysis: Analysis, claims: list[Claim], flags: list[Flag]) -> dict[tuple[int, int], str]:
    """What each wording flag is said of, by its (start, end): the words naming its claim's subject (`_subject_words`),
    or, outside a claim, the words that open its sentence before a verb of being ("The belt is completely safe"); a
    subject whose head refers back (lexicons/promotion.yml `referring_subjects`: "It boosts your immunity", "There are
    no side effects") read as the subject named before it on the page ("" before any)."""
    promotion = load_promotion()
    referring = promotion.referring_subjects
    by_id = {c.claim_id: c for c in claims}
    # a subject the claim stage carried over from an earlier sentence (not in the claim's words: "It boosts …") is
    # read here as referring back, to what the page named last
    said: list[tuple[int, str]] = [(c.start, c.subject if c.subject.lower() in c.text.lower() else "")
                                   for c in claims]
    text = analysis.source.text
    for flag in flags:
        if flag.claim_id not in by_id and (segment := analysis.segment_at_char(flag.start)) is not None:
            opening = SUBJECT_ENDS.split(text[segment.start:flag.start], maxsplit=1)
            if len(opening) > 1:
                said.append((segment.start, opening[0]))
    # a sentence that is no claim and has no wording flag names its subject too ("Our pillow is made in Wales. It is
    # clinically proven to …"): what a pronoun after it refers to
    claimed = [start for start, _ in said]
    for segment in analysis.segments:
        if segment.kind == "sentence" and not any(segment.start <= start < segment.end for start in claimed):
            opening = SUBJECT_ENDS.split(text[segment.start:segment.end], maxsplit=1)
            if len(opening) > 1 and 0 < len(opening[0].split()) <= SUBJECT_WORDS and "," not in opening[0]:
                said.append((segment.start, opening[0]))
    named = ""
    owned = False  # whether what the page named last is the page's own ("our pillow")
    named_words: set[str] = set()  # every word of a subject the page has named so far
    named_at: list[tuple[int, str]] = []  # (start, what the page had named by then)
    for start, subject in sorted(said):
        head = _subject_head(subject) or subject.strip().lower()
        words = _subject_words(subject)
        opener = subject.strip().split(" ", 1)[0].lower()
        # a thing first named with "the" after the page's own product ("Our pillow … The memory foam is 100% safe")
        # is a part of it (its material, an ingredient): what is said of it is said of the product
        part = owned and opener in promotion.part_openers and not set(words.split()) & named_words
        if head and head not in referring and not part:
            named = words or head
            owned = opener in promotion.own_words and head not in promotion.own_services
        named_words.update(words.split())
        named_at.append((start, named))
    starts = [start for start, _ in named_at]
    subjects: dict[tuple[int, int], str] = {}
    for flag in flags:
        claim = by_id.get(flag.claim_id or "")
        at = bisect_right(starts, claim.start if claim is not None else flag.start) - 1
        subjects[(flag.start, flag.end)] = named_at[at][1] if at >= 0 else ""
    return subjects


# the verb after a sentence's subject, of being, having or a modal ("The belt is completely safe", "The drops have
# no side effects"), for a wording outside any claim: the words before it name what the sentence is about
SUBJECT_ENDS = re.compile(r"\s(?:is|are|was|were|has|have|had|can|will|does|do)\s", re.I)
# the most words a sentence's subject read that way has ("The new memory foam pillow"): a longer opening is no subject
SUBJECT_WORDS = 6

# words of a subject that name no thing: its determiners and the seller's possessive ("the", "our", "these")
SUBJECT_FILLERS = frozenset({"the", "a", "an", "this", "these", "that", "those", "our", "my", "your", "its", "their"})


def _subject_words(subject: str) -> str:
    """The words of a subject that name its thing, lower case and sorted ("drops quietear" of "QuietEar drops")."""
    words = {w for w in re.findall(r"[a-z0-9][a-z0-9'-]*", subject.lower()) if w not in SUBJECT_FILLERS}
    return " ".join(sorted(words))


def _same_thing(one: str, other: str) -> bool:
    """Do two subjects (`_subject_words`) name one thing: are the words of one all in the other?"""
    mine, theirs = set(one.split()), set(other.split())
    return bool(mine) and bool(theirs) and (mine <= theirs or theirs <= mine)


def _place_of(analysis: Analysis, flag: Flag, opening: Segment | None, subject: str) -> Place:
    """(code, start, end, sentence, heads, subject) of a wording flag: the segment its words stand in (-1 outside
    any), whether that heads the page: a heading (a seller heads its sections with its promises) or the lead, the
    block of its first sentence (a page set out as one paragraph, a snippet checked alone, is all lead:
    promotion.yml), and what it is said of (`_wording_subjects`)."""
    segment = analysis.segment_at_char(flag.start)
    if segment is None:
        return flag.code, flag.start, flag.end, -1, False, subject
    heads = segment.kind == "heading" or opening is not None and segment.block == opening.block
    # a hedged wording ("Losing weight can reverse fatty liver disease") or another's quoted and attributed ('The
    # company says its tea is "clinically shown" to …') heads a page that informs as well: no promoter's promise on
    # its own (it still counts when said twice, flags_promote) (review of recall36). A customer's story is the
    # seller's however the customer hedges it ("I think my asthma has completely vanished"): `one_story` codes
    if flag.code not in load_promotion().one_story:
        heads = heads and not SILENCING_HEDGES & set(flag.modifiers) \
            and not SENTENCE_TESTS["attributed_quote"](analysis, segment)
    return flag.code, flag.start, flag.end, segment.first, heads, subject


def _wording(group: list[Place], one_story: frozenset[str]) -> tuple[str, int]:
    """What one promoter's wording is, of flags on overlapping words ("a proven cure": ABS007 and CUR001 are one):
    a customer's story wherever it stands (its result and its signature, `one_story`, are one however set out), else
    its packs in its sentence (two cure words in one sentence are one promise; a cure and a safety promise are two)."""
    if any(p[0] in one_story for p in group):
        return "story", -1
    return ",".join(sorted({_pack(p[0]) for p in group})), group[0][3]


def grade_by_promotion(analysis: Analysis, claims: list[Claim], flags: list[Flag],
                       rules: tuple[Rule, ...]) -> list[Flag]:
    """The flags with those of the rules whose level rests on advertising and promotion law (`unpromoted_level`) at
    that lower level when the page shows no sign of promoting anything. The signs are the page requirements of the
    rule lexicons/promotion.yml names (`signs_of_promotion`, SUB003's reading of a page that sells): its own selling
    words anywhere ("our formula", "add to cart", "superfood"), several headings that list a product's benefits, or
    flags of the promoters' rules it names ("miracle", "no side effects", "clinically proven", immune boosting, detox)
    that head the page or that it says twice, distinct (flags_promote: one slip inside a sober page is none), or
    several unhedged promises of its product to the reader on a page that names no harm (`page_promises`).
    Not circular: a rule graded this way is no sign for any flag (a hospital page's "can cure" and "confirmation of
    cure" make no seller, nor does its "curative" make its "safe" a seller's); a promoter's wording of a rule not
    graded is ("no side effects" or "reverses" beside a cure); a claim rule's flag is no sign either (it is read from
    these same requirements, which read the graded rules' flags the same way: find_claim_flags). A hedge
    lowers the level as before; the lower of the two applies (`level_reason` is set only when this one lowers it)."""
    by_code = {rule.code: rule for rule in rules}
    lowered = [n for n, flag in enumerate(flags) if (rule := by_code.get(flag.code)) is not None
               and rule.unpromoted_level is not None
               and LEVELS.index(rule.unpromoted_level) > LEVELS.index(flag.level)]
    if not lowered or _page_promotes(analysis, claims, flags, by_code):
        return flags
    graded = list(flags)
    for n in lowered:
        flag = flags[n]
        graded[n] = replace(flag, level=by_code[flag.code].unpromoted_level or flag.level,
                            level_reason=UNPROMOTED_REASON)
    return graded


def page_sells_or_hypes(analysis: Analysis, claims: list[Claim], flags: list[Flag], rules: tuple[Rule, ...]) -> bool:
    """Does the page sell (the signs of promotion, grade_by_promotion's) or hype (page_hypes), read from its wording
    flags as find_flags raises them, before any exception that holds only where nothing is promoted spares one
    (review A2-H9)? On a page that does neither the rules `silent_on_sober_pages` flag nothing (spare_unpromoted).
    Not circular: no flag of those rules is a sign here, of hype or of promotion (review B-H4: ABS007's "proven"
    heading a charity's page made it sell, and switched all six rules on), nor is a wording a rule reads only where a
    page promotes (its `promoted_patterns`: "clinically tested" heading a leaflet). Hype another says, in a quote the
    page attributes to its speaker (a researcher's "breakthrough" in a news report), is the speaker's, not the page's,
    unless the speaker speaks for the page's own house (sentences._speaks_for_a_house: a clinic's director)."""
    by_code = {rule.code: rule for rule in rules}
    signs = [flag for flag in flags if (rule := by_code.get(flag.code)) is None
             or not (rule.silent_on_sober_pages or _read_only_when_promoted(rule)
                     or _promoted_words(analysis, flag, rule))]
    own_hype = [flag for flag in signs if not _in_attributed_quote(analysis, flag)]
    return page_hypes(own_hype, by_code) or page_argues(analysis) or _page_promotes(analysis, claims, signs, by_code)


def _in_attributed_quote(analysis: Analysis, flag: Flag) -> bool:
    """Is the flag in a sentence that quotes someone the page names as its speaker (sentences.is_attributed_quote,
    which is false for a speaker of the page's own house)?"""
    segment = analysis.segment_at_char(flag.start)
    return segment is not None and SENTENCE_TESTS["attributed_quote"](analysis, segment)


def page_argues(analysis: Analysis) -> bool:
    """Does the page argue against care, in its own voice, in at least `argument_sentences` sentences of
    lexicons/promotion.yml: an unnamed crowd said to agree ("Experts agree that …", "Oncologists agree"), research
    said to have proven something ("Studies have proven that …", "it is proven that …"), or a remedy ranked above a
    class of care ("better than statins", "more effective than chemotherapy")? Misinformation sells no product and may
    hype little, yet leans on these (review A2-H1). Read from the page's words, not from the silent rules' flags (AUT001
    flags "experts agree" too: that would be circular). Not a sentence the page quotes, names, asks or denies ("Posts
    claim that 'research has proven …'", "No study has proven that …"), nor one a named speaker says."""
    promotion = load_promotion()
    tokens = analysis.tokens
    not_asserted = analysis.not_asserted
    apart = (analysis.mentioned, analysis.questions.asked_ranges, analysis.denied)
    found = 0
    for segment in analysis.segments:
        if segment in not_asserted or SENTENCE_TESTS["attributed_quote"](analysis, segment):
            continue
        if any((end := _argument_at(tokens, i, segment.last, promotion))
               and not (i > segment.first and tokens[i - 1].lower in promotion.withholding_negations)
               and not any(is_mentioned(ranges, tokens[i].start, tokens[end - 1].end) for ranges in apart)
               for i in range(segment.first, segment.last)):
            found += 1
            if found >= promotion.argument_sentences:
                return True
    return False


def _argument_at(tokens: Sequence[Token], i: int, last: int, promotion: Promotion) -> int:
    """The end of an argument against care that opens at token i (page_argues), or 0."""
    word = tokens[i].lower
    if word in promotion.consensus_crowds:
        j = i + 1
        while j < last and tokens[j].lower in promotion.consensus_adverbs:
            j += 1
        return j + 1 if j < last and tokens[j].lower in promotion.consensus_verbs else 0
    if word in promotion.proof_sources:
        j = i + 1
        while j < last and tokens[j].lower in promotion.proof_chain:
            j += 1
        if j == i + 1 or j >= last or tokens[j].lower not in promotion.proof_verbs:
            return 0
        # "it is proven" argues only with what it proves after it ("it is proven that vaccines …")
        if word == "it" and not (j + 1 < last and tokens[j + 1].lower == "that"):
            return 0
        return j + 1
    more = word == "more" and i + 1 < last and tokens[i + 1].lower in promotion.ranking_more
    j = i + 2 if more else i + 1
    if not (more or word in promotion.ranking_words) or j >= last or tokens[j].lower != "than":
        return 0
    # the class a few words on, its kind or use before it ("than the MMR vaccine", "than any prescription drug",
    # "than migraine medication", "than long courses of antibiotics"); a mark or a number ends the phrase
    for k in range(j + 1, min(last, j + 1 + promotion.ranked_class_words)):
        if tokens[k].lower in promotion.care_classes:
            return k + 1
        if not tokens[k].text.isalpha():
            return 0
    return 0


def page_hypes(flags: list[Flag], by_code: dict[str, Rule]) -> bool:
    """Does the page hype without selling: at least `hype_wordings` of its wording flags, on distinct words, are of
    the `hype_packs` (lexicons/promotion.yml: cure talk, hype, emotion, novelty)? A rule `silent_on_sober_pages` is
    never one (it would decide its own reading), nor is a rule graded by promotion (`unpromoted_level`: a wording with
    an accurate clinical use, a hospital's "Hepatitis C can be cured"; review A-H1)."""
    promotion = load_promotion()
    hype = sorted((flag for flag in flags if (rule := by_code.get(flag.code)) is not None and rule.type == "existence"
                   and rule.pack in promotion.hype_packs and not rule.silent_on_sober_pages
                   and rule.unpromoted_level is None),
                  key=lambda f: (f.start, f.end))
    wordings, end = 0, -1
    for flag in hype:
        if flag.start >= end:  # flags on overlapping words ("a miracle cure") are one wording
            wordings += 1
        end = max(end, flag.end)
    return wordings >= promotion.hype_wordings


def spare_unpromoted(analysis: Analysis, claims: list[Claim], flags: list[Flag], rules: tuple[Rule, ...],
                     rule_type: str = "existence", sells_or_hypes: bool = True) -> list[Flag]:
    """The flags without those of the rules of `rule_type` that a rule's `unless.unpromoted` spares: exceptions that
    hold only on a page that shows no sign of promoting anything (the signs of grade_by_promotion), for wording that
    pages informing patients use accurately when they say what makes it accurate: a cure by the standard treatment that
    achieves it ("Most cases are cured with a short course of antibiotics"), "Never return to sport the same day" as an
    instruction, advice to the reader on their own risk ("removing ticks quickly lowers your risk"). The same words on a
    page that promotes keep their flag: the signs are read from the flags the exceptions leave (a flag an exception
    spares is no sign), and on a page they show promoting every flag comes back. The wording rules' ("existence") are
    read before the evidence stage, so that a spared cure or absolute word does not make its claim's status overstated,
    and before the claim rules, which see the page's flags as they stand; the claim rules' ("claim", a promoted benefit
    whose sentence's selling word has an accurate reading there) after them, on the same page signs, `flags` then
    holding the wording flags too. The rules `silent_on_sober_pages` flag nothing when the page neither sells nor hypes
    (`sells_or_hypes` False), which is read otherwise: by page_sells_or_hypes, from the flags as find_flags raised them,
    before any exception spares one."""
    by_code = {rule.code: rule for rule in rules}
    spared = {n for n, flag in enumerate(flags) if (rule := by_code.get(flag.code)) is not None
              and rule.type == rule_type and _spared(analysis, flag, rule, sells_or_hypes)}
    if not spared:
        return flags
    # a flag merged from matches side by side ("always" + "helps everyone") is spared match by match: an exception
    # over one of them leaves the others their flag
    survivors = [] if rule_type != "existence" else \
        _unspared_parts(analysis, claims, [flags[n] for n in sorted(spared)], by_code, sells_or_hypes)
    kept = [flag for n, flag in enumerate(flags) if n not in spared]
    # a rule that reads its words only on a page that promotes (all its patterns promoted_patterns, or the promoted
    # pattern over these words: CMP002's "nature's ibuprofen") reads nothing here, and so supersedes nothing (HYP002's
    # epithet stands); a rule spared by an exception still reads the words its way ("one of the most effective
    # treatments, according to VA guidelines" is a sourced ranking, not a booster), and so does a rule that flags
    # nothing on a page that neither sells nor hypes (`silent_on_sober_pages`): "the most effective treatment" is
    # still a ranking there, only not flagged, and no booster (EFF001) comes back in its place)
    unread = frozenset((flags[n].code, flags[n].start, flags[n].end) for n in spared
                       if (rule := by_code[flags[n].code]).supersedes
                       and (_read_only_when_promoted(rule) or _promoted_words(analysis, flags[n], rule)))
    if rule_type == "existence" and unread:
        kept = _restored(analysis, claims, kept, rules, unread,
                         frozenset((flags[n].code, flags[n].start, flags[n].end) for n in spared), sells_or_hypes)
    if survivors:
        kept = _sorted(kept + survivors)
    if _page_promotes(analysis, claims, kept, by_code):
        return flags
    return kept


def told_accounts(analysis: Analysis) -> tuple[tuple[int, int], ...]:
    """The token ranges of the page's attributed first-person accounts whose flags a page that neither sells nor
    hypes does not report (quotations.read_accounts: '"I was frightened. Now I've been seizure-free for a year," says
    Amira'): the teller's own experience, which the page reports, not its claim. Two readings keep a story's flags
    where the page's signs of selling miss (review A2-H1, H2): a page whose story stops, refuses or replaces care
    (quotations.stops_care: "I stopped my insulin", "I threw away my painkillers") argues against care through it, and
    has none; and an account that names a coined name ("After a month of RestoraFlex", "CalmX3", "Flexa™", "Calm
    Drops": coinages.coined_name_end)
    tells of a product, a testimonial, and is none. Read once per page, on a page that neither sells nor hypes."""
    from pipeline.quotations import read_accounts, stops_care

    accounts = read_accounts(analysis)
    if any(stops_care(analysis, first, last) for first, last in accounts):
        return ()
    tokens = analysis.tokens
    return tuple((first, last) for first, last in accounts
                 if not any(coined_name_end(tokens, i, last) > i for i in range(first, last)))


def spare_accounts(analysis: Analysis, flags: list[Flag], rules: tuple[Rule, ...],
                   accounts: tuple[tuple[int, int], ...]) -> list[Flag]:
    """The flags without those of the `account_packs` (lexicons/quotations.yml) inside the page's accounts
    (`told_accounts`; none on a page that sells or hypes: there the same story is a testimonial, a selling sign, and
    its claims are the seller's). The rules of stopping or replacing care (`account_kept_rules`) are never spared."""
    if not accounts or not flags:
        return flags
    from pipeline.quotations import quotation_words

    words = quotation_words()
    packs, kept = words["account_packs"], {code.upper() for code in words["account_kept_rules"]}
    by_code = {rule.code: rule for rule in rules}

    def told(flag: Flag) -> bool:
        first, last = analysis.token_range(flag.start, flag.end)
        return any(a <= first and last <= b for a, b in accounts)

    return [flag for flag in flags if not ((rule := by_code.get(flag.code)) is not None and flag.code not in kept
                                           and rule.pack.lower() in packs and told(flag))]


def _promoted_words(analysis: Analysis, flag: Flag, rule: Rule) -> bool:
    """Is the flag on words one of the rule's `promoted_patterns` matches, so that where nothing is promoted the rule
    reads nothing there?"""
    if not rule.promoted_only:
        return False
    first, last = analysis.token_range(flag.start, flag.end)
    segment = analysis.segment_at(first)
    return segment is not None and _cue_over(analysis, segment, first, last, rule.promoted_only)


def _cue_over(analysis: Analysis, segment: Segment, first: int, last: int, labels: tuple[str, ...]) -> bool:
    """Does a match of one of these local patterns in the sentence overlap tokens [first, last): an exception about
    these very words, not about the sentence? A cue covers one token at least, so overlapping words share a token
    (the sentence's covered tokens read once, `Analysis.cue_cover`); an empty range overlaps a cue around it."""
    if last <= first:
        return any(m.label in labels and m.first < last and first < m.last
                   for m in analysis.of_kind("cue", segment.first, segment.last))
    covered = analysis.cue_cover(segment, labels)
    return bool(covered) and any(i in covered for i in range(first, last))


def _turns_past(analysis: Analysis, segment: Segment, first: int, last: int,
                labels: tuple[str, ...]) -> tuple[int, int] | None:
    """Does the claim [first, last) turn, at a word or mark of lexicons/clauses.yml `clause_turns` that no exception
    covers, from the words an exception covers to words of a clause of their own on the other side ("It was
    uncomfortable at first and then my back pain eased", "It doesn't replace a good diet, but the difference in my
    energy is huge")? The exception is then about one clause, and the claim's result, in the other, is still told:
    the tokens of that other clause, [start, end), else None."""
    covered = analysis.cue_cover(segment, labels)
    inside = [i for i in range(first, last) if i in covered]
    if not inside:
        return None
    turns = clause_words()["clause_turns"]
    tokens = analysis.tokens

    def words(start: int, end: int) -> list[int]:
        found = [j for j in range(start, end) if not tokens[j].is_punct and not tokens[j].is_space]
        while found and tokens[found[0]].lower in turns:  # "but then my knee swelling went down"
            found.pop(0)
        return found

    for i in range(inside[-1] + 1, last):
        if tokens[i].lower in turns and i not in covered and (after := words(i + 1, last)) \
                and not any(j in covered for j in after):
            return after[0], after[-1] + 1
    for i in range(inside[0] - 1, first - 1, -1):
        if tokens[i].lower in turns and i not in covered and (before := words(first, i)) \
                and not any(j in covered for j in before):
            return before[0], before[-1] + 1
    return None


def _cut_to_result(analysis: Analysis, claim: Claim, rule: Rule, flag: Flag) -> Flag:
    """A claim rule's flag on a claim that an exception covers on one side of a turn (`_turns_past`) is cut to the
    clause on the other: the result the customer tells, not the drawback ("…, but the difference in my energy is
    huge")."""
    if not rule.unless_overlapping:
        return flag
    first, last = analysis.token_range(claim.start, claim.end)
    segment = analysis.segment_at(first)
    cut = _turns_past(analysis, segment, first, last, rule.unless_overlapping) if segment is not None else None
    if cut is None:
        return flag
    start, end = analysis.tokens[cut[0]].start, analysis.tokens[cut[1] - 1].end
    line, column = analysis.source.line_col(start)
    return replace(flag, start=start, end=end, line=line, column=column, text=analysis.source.text[start:end])


def _spared(analysis: Analysis, flag: Flag, rule: Rule, sells_or_hypes: bool) -> bool:
    """On a page that promotes nothing, is the flag spared: its rule flags nothing on a page that neither sells nor
    hypes and this one does neither, or one of its `unless.unpromoted` exceptions holds?"""
    return rule.silent_on_sober_pages and not sells_or_hypes \
        or rule.spared_unpromoted and _spared_in_sentence(analysis, flag, rule)


def _read_only_when_promoted(rule: Rule) -> bool:
    """Are all the rule's patterns `promoted_patterns`, so that on a page that promotes nothing it reads no words?"""
    return bool(rule.promoted_patterns) and len(rule.promoted_patterns) == len(rule.patterns)


def _restored(analysis: Analysis, claims: list[Claim], kept: list[Flag], rules: tuple[Rule, ...],
              unread: frozenset[tuple[str, int, int]], spared: frozenset[tuple[str, int, int]],
              sells_or_hypes: bool) -> list[Flag]:
    """The wording flags with those that `unread` (spared flags of rules read only on a page that promotes) had
    superseded given back: only a reading that stands supersedes ("reduces pain by up to 75%" on a page that informs
    keeps STA001's "up to" when SUB018's unsourced figure, a seller's reading, is spared). Only the flags the
    re-reading adds come back: every flag `spared` (those of `unread` and those an exception spared) stays spared,
    and `kept` as it was when nothing comes back."""
    had = {(flag.code, flag.start, flag.end) for flag in kept} | spared
    by_code = {rule.code: rule for rule in rules}
    # a flag given back is read as a page that promotes nothing reads it: one on the words of its rule's own
    # promoted_patterns ("Some children never have another attack", ABS003's seller-only universal, under ABS006's
    # spared one) or that its exceptions spare there stays spared, as it would have with nothing above it
    back = [flag for flag in find_flags(analysis, claims, rules, unread) if (flag.code, flag.start, flag.end) not in had
            and not ((rule := by_code.get(flag.code)) is not None
                     and (_promoted_words(analysis, flag, rule) or _spared(analysis, flag, rule, sells_or_hypes)))]
    return _sorted(kept + back) if back else kept


def _unspared_parts(analysis: Analysis, claims: list[Claim], spared: list[Flag],
                    by_code: dict[str, Rule], sells_or_hypes: bool) -> list[Flag]:
    """Of the spared wording flags, the matches they were merged from (`_merge_adjacent`) that no exception spares
    on their own, merged again and attached to their claims: the ordinary "always" beside a promoted-only "helps
    everyone" keeps its flag when "helps everyone" is spared."""
    not_asserted, mentioned, asked = analysis.not_asserted, analysis.mentioned, analysis.questions.asked_ranges
    parts: list[Flag] = []
    for flag in spared:
        rule = by_code[flag.code]
        matches = [m for m in analysis.mentions if m.kind == "rule" and m.label == flag.code
                   and flag.start <= m.start and m.end <= flag.end]
        if len(matches) < 2:
            continue
        for mention in matches:
            part = _own_flag(analysis, mention, rule, not_asserted, mentioned, asked)
            if part is not None and not _spared(analysis, part, rule, sells_or_hypes):
                parts.append(part)
    if not parts:
        return []
    existence = {code: rule for code, rule in by_code.items() if rule.type == "existence"}
    starts = [c.start for c in claims]
    return [_attach(flag, claims, starts) for flag in _merge_adjacent(parts, analysis, existence, {})]


def _spared_in_sentence(analysis: Analysis, flag: Flag, rule: Rule) -> bool:
    """Does one of the rule's `unless.unpromoted` exceptions hold for the flag: one of its local patterns over the
    flagged words or anywhere in their sentence, one of its tests of the flagged words (on a word it reads), or one
    of its named sentence tests?"""
    first, last = analysis.token_range(flag.start, flag.end)
    segment = analysis.segment_at(first)
    if segment is None:
        return False
    if rule.unpromoted_overlapping and _cue_over(analysis, segment, first, last, rule.unpromoted_overlapping):
        return True
    if rule.unpromoted_sentence_matches and any(m.label in rule.unpromoted_sentence_matches
                                                for m in analysis.of_kind("cue", segment.first, segment.last)):
        return True
    if rule.unpromoted_match_is:
        mention = Mention(first, last, flag.start, flag.end, "rule", flag.code)
        if any(analysis.tokens[first].lower in words and MATCH_TESTS[name](analysis, mention)
               for name, words in rule.unpromoted_match_is):
            return True
    return any(SENTENCE_TESTS[name](analysis, segment) for name in rule.unpromoted_sentence_is)


def page_promotes(analysis: Analysis, claims: list[Claim], flags: list[Flag], rules: tuple[Rule, ...]) -> bool:
    """Does the page show a sign of promoting something (the signs of grade_by_promotion), read from its claims and
    its wording flags (`flags`, those of the existence rules, as find_flags and spare_unpromoted leave them)? The
    claim stage's readings that depend on promotion take it (claims.ClaimReadings, assessment.audit_source)."""
    return _page_promotes(analysis, claims, flags, {rule.code: rule for rule in rules})


def _page_promotes(analysis: Analysis, claims: list[Claim], flags: list[Flag], by_code: dict[str, Rule]) -> bool:
    """Does the page show a sign of promoting something: the page requirements of the rule lexicons/promotion.yml
    names (`signs_of_promotion`), read with the promoters' wording among `flags`?"""
    signs = _signs_rule(by_code)
    # the promoters' wording is read whatever rules the run reports (--select, --ignore): a rule left out does not
    # change the page, and so does not change another rule's level
    known = {**{rule.code: rule for rule in load_rules()}, **by_code}
    left_out = tuple(rule for rule in known.values() if rule.code not in by_code and rule.type == "existence"
                     and (rule.code in signs.requires_page_flags or rule.pack in signs.requires_page_flags))
    wording = [*flags, *find_flags(analysis, [], left_out)] if left_out else flags
    return page_signals(analysis, claims, _promoters(wording, known)).promotes(signs)


def _signs_rule(by_code: dict[str, Rule]) -> Rule:
    """The rule whose page requirements are the signs of promotion (lexicons/promotion.yml `signs_of_promotion`),
    among the rules run or, when it is not selected, among all."""
    code = load_promotion().signs_of_promotion
    rule = by_code.get(code) or next((r for r in load_rules() if r.code == code), None)
    if rule is None or not rule.requires_page:
        raise DataError(f"signs_of_promotion names {code}, which is no rule with page requirements",
                        "pipeline/lexicons/promotion.yml")
    return rule


def _promoters(flags: list[Flag], by_code: dict[str, Rule]) -> list[Flag]:
    """The flags that can be a promoter's wording (`requires.page_flags` of the signs rule reads them): those of the
    wording rules, not a claim rule's (read from these same requirements), nor a rule graded by promotion itself (a
    wording with an accurate clinical use, of any pack: a hospital's "curative surgery" makes neither its own cure
    words nor its "safe" a seller's)."""
    return [flag for flag in flags if (rule := by_code.get(flag.code)) is not None and rule.type == "existence"
            and rule.unpromoted_level is None]


def _sorted(flags: list[Flag]) -> list[Flag]:
    return sorted(set(flags), key=lambda f: (f.start, f.end, f.code))


def _overlapping(flags: list[Flag]) -> bool:
    """Matches in order of their start that share words ("clinically proven" and "proven to")."""
    return any(later.start < earlier.end for earlier, later in zip(flags, flags[1:]))


def _same_block(analysis: Analysis, start: int, later: int) -> bool:
    """Whether the characters at `start` and `later` are read in one block: two matches of a rule with only blanks
    between them are one phrase inside a paragraph, but a heading's last words and the next paragraph's first
    ("… science says" / "Research shows"), or two list items, are not (a reviewer, a waiver and the report read
    blocks)."""
    first = analysis.segment_at_char(start)
    second = analysis.segment_at_char(later)
    return first is None or second is None or first.block == second.block


def _merge_adjacent(flags: list[Flag], analysis: Analysis, rules: dict[str, Rule],
                    rewritten_apart: dict[tuple[str, int, int], list[Flag]]) -> list[Flag]:
    """One flag per phrase: matches of the same rule in one block separated only by blanks ("relentless"
    "adversary"), with the phrase's safer wording ("a deadly enemy" -> "a serious disease", not "a enemy"). A merged
    flag whose matches are rewritten one by one is recorded in `rewritten_apart` (by code, start, end) with those
    matches."""
    text = analysis.source.text
    merged: list[Flag] = []
    parts: list[Flag] = []  # the matches the last merged flag is made of
    for flag in sorted(flags, key=lambda f: (f.code, f.start)):
        last = merged[-1] if merged else None
        if last and last.code == flag.code and flag.start >= last.start and not text[last.end:flag.start].strip() \
                and _same_block(analysis, last.start, flag.start):
            end = max(last.end, flag.end)
            parts.append(flag)
            rule = rules[flag.code]
            segment = analysis.segment_at_char(last.start)
            if segment is None:
                suggestion = last.suggestion
            elif rule.names_phrase(text[last.start:end]) or rule.type != "existence" or _overlapping(parts):
                suggestion = rewrite_sentence(text[segment.start:segment.end], last.start - segment.start,
                                              end - segment.start, rule)
            else:  # "has always worked for everyone": each of two phrases side by side rewritten as it would be alone
                suggestion = apply_rewrites(text[segment.start:segment.end], segment.start, parts, rules)
                rewritten_apart[(flag.code, last.start, end)] = list(parts)
            merged[-1] = replace(last, end=end, text=" ".join(text[last.start:end].split()), suggestion=suggestion)
        else:
            merged.append(flag)
            parts = [flag]
    return merged


def _existence_flag(analysis: Analysis, mention: Mention, rule: Rule) -> Flag | None:
    segment = analysis.segment_at(mention.first)
    if segment is None or analysis.pseudo(mention):
        return None
    # a trigger inside the match is part of what the rule looks for ("no side effects"), not a modifier of it, and
    # so is a longer reading of the same word ("There are no" of "There are no side effects", which ends where "no"
    # does); one inside a rhetorical question's frame is part of the frame ("Who wouldn't want a 100% natural cure?")
    # The match's own denial as the next item of a list of denials by the same word ("no surgery, no drugs and no
    # side effects": the first "no" denies surgery only) is not negated by them; "No medicine has no side effects",
    # with no list between, still is
    framed = frame_tokens(analysis, segment.first, segment.last)
    inside = analysis.of_kind("context", mention.first, mention.last)
    own = {(t.label.split(":", 1)[0], t.last) for t in inside}
    listed = listed_denials(analysis, mention)
    modifiers = [m for m in analysis.modifiers_on(mention.first, mention.last)
                 if segment.first <= m.trigger.first < segment.last
                 and not mention.first <= m.trigger.first < mention.last and (m.category, m.trigger.last) not in own
                 and m.trigger.first not in framed
                 and not (m.category == "NEGATED" and analysis.tokens[m.trigger.last - 1].lower in listed)]
    categories = {m.category for m in modifiers}
    if categories & set(rule.unless_modified):
        return None
    if rule.unless_sentence_modified and any(
            m.category in rule.unless_sentence_modified and segment.first <= m.trigger.first < segment.last
            and m.trigger.first not in framed for m in analysis.modifiers):
        return None
    if rule.unless_overlapping and _cue_over(analysis, segment, mention.first, mention.last, rule.unless_overlapping):
        return None  # an exception about these very words ("novel coronavirus"), not about the sentence
    if rule.unless_match_is and any(analysis.tokens[mention.first].lower in words and MATCH_TESTS[name](analysis, mention)
                                    for name, words in rule.unless_match_is):
        return None  # the word read as another part of speech ("a strong, steady beat": a noun, not "beats" another)
    if not _sentence_allows(analysis, segment, rule):
        return None
    if rule.unless_paragraph_has and _paragraph_has(analysis, segment, rule.unless_paragraph_has):
        return None
    level = rule.level
    if categories & SILENCING_HEDGES and rule.hedged_level:
        level = rule.hedged_level
    mention = _past_answer_label(analysis, mention, segment)
    text = analysis.source.text[mention.start:mention.end]
    sentence = analysis.source.text[segment.start:segment.end]
    line, column = analysis.source.line_col(mention.start)
    return Flag(
        code=rule.code, name=rule.name, level=level, start=mention.start, end=mention.end, line=line, column=column,
        text=" ".join(text.split()), message=rule.message,
        suggestion=rewrite_sentence(sentence, mention.start - segment.start, mention.end - segment.start, rule),
        authority=rule.authority, modifiers=tuple(sorted(categories)),
    )


def _past_answer_label(analysis: Analysis, mention: Mention, segment: Segment) -> Mention:
    """The match without an FAQ's answer label that opens its sentence ("A: None at all." flagged at "None at all"):
    the label names who speaks, not what is claimed. A match of the label alone is left whole."""
    tokens = analysis.tokens
    words = [i for i in range(segment.first, segment.last) if not tokens[i].is_space]
    if len(words) < 3 or mention.first != words[0] or tokens[words[0]].lower not in ANSWER_LABELS \
            or tokens[words[1]].text != ":" or words[2] >= mention.last:
        return mention
    return mention._replace(first=words[2], start=tokens[words[2]].start)


def _sentence_allows(analysis: Analysis, segment, rule: Rule, claim: Claim | None = None,
                     page: PageSignals | None = None) -> bool:
    """The rule's `unless` / `requires` sentence cues (cues.yml names, its local patterns, concepts and their types)
    and its named sentence tests (`unless.sentence_is`); for a claim rule, its page requirements
    (`requires.page_matches`, `requires.page_flags`, `requires.page_headings`, read by `page`) as the alternatives
    to the sentence's own requirement, for a claim about the page's topic."""
    cues = analysis.sentence_labels(segment)
    if any(label in cues for label in rule.unless_sentence_has):
        return False
    if any(SENTENCE_TESTS[name](analysis, segment) for name in rule.unless_sentence_is):
        return False
    if not all(SENTENCE_TESTS[name](analysis, segment) for name in rule.requires_sentence_is):
        return False
    if any(label in cues for label in rule.unless_sentence_has_without_figures) and not _paragraph_has_number(
            analysis, segment):
        return False
    if not rule.requires_sentence_has and not rule.requires_page:
        return True
    if any(label in cues for label in rule.requires_sentence_has):
        return True
    if claim is None or not rule.requires_page:
        return False
    if page is None:
        page = PageSignals(analysis)
    # a claim about the page's product (`when.subject`) needs no heading to name it: the page says what it promotes;
    # nor one whose subject the page writes as a name ("AlignaRest corrects your posture" under "Product
    # description"): on a page that promotes, a named thing's benefit is the seller's claim for what it sells
    return page.promotes(rule) and (
        dict(rule.when).get("subject") in ("page_product", "unstated") or _names_topic(claim, page.lead)
        or claim.voice == "own" and (page.subject_named(claim) or page.in_parts_list(claim)))


TOPIC_WORD = re.compile(r"[^\W\d_]{3,}")


def _names_topic(claim: Claim, lead: str = "") -> bool:
    """Is the claim about what its section is about: the head word of its subject in the heading it sits under
    ("Moringa improves digestion" under "Have you heard of Moringa yet?")? On a seller's page the background it gives
    ("Two types of immunity protect the body"; "the protective myelin layer surrounding nerve fibres is damaged" under
    "Repair of damaged myelin"; "The goal of MS treatment is …" under "MS Treatment") is not the product's promise:
    its subject's head (its last word before a preposition or a relative) is not a word of the heading. A claim under
    no heading is about the page's topic when its subject's head is that of `lead`, the subject the page opens with
    ("Colloidal silver is …" then "One of the key benefits of colloidal silver is its ability to kill …")."""
    head = _subject_head(claim.subject)
    if not head:
        return False
    if not claim.topic:
        return head == _subject_head(lead)
    # a part or a quality said to be the page's own subject's stays on its topic under any heading ("The growth
    # factors in colostrum strengthen the lining" under "Intestinal Permeability"); the subject alone does not ("The
    # human body has a remarkable system of self-healing" under "What is BPC 157?" on a page that opens with it)
    return head in {w.lower() for w in TOPIC_WORD.findall(claim.topic)} \
        or head == _subject_head(lead) and SUBJECT_OF.match(claim.subject) is not None


def _subject_head(subject: str) -> str:
    """The head word of a subject, lower-cased ("" when it names nothing): its last word before a preposition or a
    relative, after "one of the benefits of" and the like, which say what the subject is a part or a quality of."""
    of = SUBJECT_OF.match(subject)
    words = [w.lower() for w in TOPIC_WORD.findall(SUBJECT_QUALIFIER.sub("", of.group(1) if of else subject))
             if w.lower() not in TOPIC_STOP]
    return words[-1] if words else ""


# "One of the key benefits of colloidal silver", "The healing power of red light": what they are a quality of; "the
# growth factors in colostrum", "the compounds found in turmeric": what they are a part of (the product's parts
# promise what the product does)
SUBJECT_OF = re.compile(r"(?:(?:one|some|many|most|each|all|several|any)\s+of\s+)?(?:the|its|their|our|a|an)?\s*"
                        r"(?:[\w'’-]+\s+){0,3}?(?:(?:benefits?|advantages?|effects?|power|ability|abilities|"
                        r"propert(?:y|ies)|uses?|value)\s+of|(?:components?|compounds?|constituents?|ingredients?|"
                        r"nutrients?|factors?|antioxidants?|antibodies|proteins?|polyphenols?|flavonoids?|peptides?|"
                        r"enzymes?|minerals?|vitamins?|molecules?)\s+(?:(?:found|contained|present)\s+)?(?:in|of|from))"
                        r"\s+(.+)",
                        re.S | re.I)


# what follows a subject's head noun and qualifies it: a preposition or a relative ("the goal of MS treatment", "the
# two types of stem cells with …", "the cells that …")
SUBJECT_QUALIFIER = re.compile(r"(?<=\S)\s+(?:of|in|on|at|for|with|from|to|by|as|about|among|against|that|which|who|"
                               r"whose|where)\s.*", re.S)


# words of a subject that name nothing ("the", "one", "its", "how"), or only a kind ("system": "the immune system" is
# no "natural defense system"), and cannot tie it to a heading
TOPIC_STOP = frozenset({"the", "and", "for", "with", "this", "that", "these", "those", "its", "their", "your", "our",
                        "one", "how", "what", "why", "who", "which", "can", "are", "has", "have", "more", "most",
                        "some", "many", "all", "any", "other", "such", "from", "into", "about", "type", "types",
                        "kind", "kinds", "system", "systems"})


# the categories of a claim that says what something does for health (not its safety, figures or definition)
BENEFIT_CATEGORIES = frozenset({"efficacy", "cure", "prognosis", "mechanism"})
PROMOTION_KEYS = {"product_claims", "product_kinds", "benefit_verbs", "benefit_words", "part_words", "not_products",
                  "people", "referring", "benefit_for", "reader_promises", "reader_words",
                  "signs_of_promotion", "giving_words", "promoter_wordings", "promoter_wordings_apart",
                  "hype_packs", "hype_wordings", "argument_sentences", "ranked_class_words", "consensus_crowds",
                  "consensus_verbs", "consensus_adverbs", "proof_sources", "proof_chain", "proof_verbs", "ranking_words",
                  "ranking_more",
                  "referring_subjects", "one_story", "withheld_words", "withholding_negations", "adding_after_negation",
                  "clause_breaks", "offering_chain", "negating_determiners", "clause_subjects", "dispensed_goods",
                  "prescribing_words", "own_words", "part_openers", "own_services", "funding_verbs", "funding_modals",
                  "giving_nouns", "reporting_verbs", "first_person", "others_quantifiers", "others_determiners",
                  "care_professionals", "stock_ranges", "sale_words", "asking_openers",
                  "asking_verbs", "asking_links", "asked_page_words", "ended_words", "scarcity_words",
                  "shop_words", "buying_calls", "saving_calls", "rating_words", "platforms", "article_openers",
                  "example_markers", "part_list_words", "coined_name_claims", "name_marks", "shop_lines",
                  "price_labels", "currencies",
                  "assurance_words"}
COUNT_KEYS = ("product_claims", "reader_promises", "promoter_wordings", "promoter_wordings_apart", "hype_wordings",
              "argument_sentences", "ranked_class_words", "coined_name_claims")
# `product_kinds` is read once, by coinages.coinage_words (a coined name ends in one), and shared from there
WORD_KEYS = tuple(sorted(PROMOTION_KEYS - set(COUNT_KEYS) - {"signs_of_promotion", "one_story", "hype_packs",
                                                             "product_kinds"}))


@dataclass(frozen=True)
class Promotion:
    """lexicons/promotion.yml: how a page's product is read and what promises a benefit for it."""

    product_claims: int
    reader_promises: int
    promoter_wordings: int  # distinct promoter's wordings of one subject that make a page promote (flags_promote)
    promoter_wordings_apart: int  # ... of any subjects
    hype_packs: frozenset[str]  # the packs whose wording flags are a page's hype (page_hypes)
    hype_wordings: int  # ... how many of them, on distinct words, make a page hype
    argument_sentences: int  # sentences of an argument against care that make a page loud (page_argues)
    ranked_class_words: int  # ... the most words between "than" and the class of care a remedy is ranked above
    referring_subjects: frozenset[str]  # subject heads that refer back to the subject named before them
    product_kinds: frozenset[str]
    benefit_verbs: frozenset[str]
    benefit_words: frozenset[str]
    part_words: frozenset[str]
    part_list_words: frozenset[str]  # words of a list's lead-in that say its items are the product's parts
    not_products: frozenset[str]
    people: frozenset[str]
    example_markers: frozenset[str]  # words after which a subject gives examples of its kind ("such as")
    referring: frozenset[str]
    benefit_for: frozenset[str]
    reader_words: frozenset[str]
    signs_of_promotion: str  # the rule whose page requirements say that a page promotes (grade_by_promotion)
    one_story: frozenset[str]  # rule codes whose flags are parts of one customer's story, one wording (flags_promote)
    withheld_words: frozenset[str]  # lemmas of offering that, negated, say a page's term is not offered (_withheld)
    withholding_negations: frozenset[str]  # ... the negations
    adding_after_negation: frozenset[str]  # words after a negation that make it add ("not only"), not deny
    clause_breaks: frozenset[str]  # marks and words that close the clause a negation reaches
    offering_chain: frozenset[str]  # the verb chain through which a negation governs a word of offering
    negating_determiners: frozenset[str]  # negations that govern it through their noun phrase first ("No … is")
    clause_subjects: frozenset[str]  # words that open a clause of their own, never inside that noun phrase
    dispensed_goods: frozenset[str]  # lemmas of what a pharmacy dispenses: a term said of them is its service
    prescribing_words: frozenset[str]  # ... and of the prescribing that names goods as dispensed ("prescribed")
    giving_words: frozenset[str]  # lemmas of giving: a term in their clause is a charity's ask, no sale
    own_words: frozenset[str]  # the seller's possessives that name its own product ("our pillow")
    part_openers: frozenset[str]  # words opening a thing first named after it that is a part of it ("the foam")
    own_services: frozenset[str]  # what a provider calls its own that is no product ("our clinic", "our nurses")
    funding_verbs: frozenset[str]  # verbs of funding, a charity's ask after a modal ("could fund")
    funding_modals: frozenset[str]  # ... the modals
    giving_nouns: frozenset[str]  # nouns of giving, a charity's ask when they give a sum ("a gift of £3")
    reporting_verbs: frozenset[str]  # verbs of saying: a term after them, said by others, is reported (_reported)
    first_person: frozenset[str]  # ... the page's own subjects, which say it in its voice
    others_quantifiers: frozenset[str]  # quantifiers opening a clause about others' practice ("Some gyms offer")
    others_determiners: frozenset[str]  # "with a|your" before another's care professional (_withheld)
    care_professionals: frozenset[str]  # ... the professionals, lemmas
    stock_ranges: frozenset[str]  # a stockist's range, "a range of X from £2": others' brands priced (_withheld)
    sale_words: frozenset[str]  # a clause that gives from a sale, a shop's ("from every sale"): no charity's ask
    asking_openers: frozenset[str]  # the words opening a yes-or-no question that asks for a term ("Is there …?")
    ended_words: frozenset[str]  # an offer said to be over ("has ended")
    asking_verbs: frozenset[str]  # a term the reader is told to ask another about ("Ask your GP about a free trial")
    asking_links: frozenset[str]  # ... the words that link the asking to the term ("about", "for")
    asked_page_words: frozenset[str]  # ... words that make the page the one asked ("ask us about our free trial")
    scarcity_words: frozenset[str]  # stock running out, a sign only beside one of `shop_words` in its sentence
    shop_words: frozenset[str]  # ... the shop's own words beside it (order, buy, price, our)
    buying_calls: frozenset[str]  # a call to buy that, "from a …", says where to buy
    saving_calls: frozenset[str]  # a saving that, "by -ing", is advice
    rating_words: frozenset[str]  # a rating or review count, reported when on another platform or of "a …"
    platforms: frozenset[str]  # ... the other platforms it is given on ("on the App Store")
    article_openers: frozenset[str]  # ... a rating of a thing opened by an article, reported
    consensus_crowds: frozenset[str]  # an unnamed crowd said to agree ("experts agree": page_argues)
    consensus_verbs: frozenset[str]  # ... the verbs
    consensus_adverbs: frozenset[str]  # ... the words that may stand between ("now", "all")
    proof_sources: frozenset[str]  # what is said to have proven something ("research has proven")
    proof_chain: frozenset[str]  # ... the auxiliaries and adverbs between it and the verb
    proof_verbs: frozenset[str]  # ... the verbs
    ranking_words: frozenset[str]  # a remedy ranked above a class of care ("better than statins")
    ranking_more: frozenset[str]  # ... the words that rank after "more" ("more effective than")
    care_classes: frozenset[str]  # ... the classes of medicine, vaccine or treatment (lexicons/care.yml)
    coined_name_claims: int  # benefit claims of a coined name that, with no harm named, make a page sell
    name_marks: frozenset[str]  # trade marks after a name that coin it ("™", "®")
    assurance_words: frozenset[str]  # a safety cue's first words that assure rather than name a harm ("safe")
    shop_lines: frozenset[str]  # a heading that is a shop's button ("Buy", "Add to basket"): a weak sign
    price_labels: frozenset[str]  # ... the words a line of its own may give before a price ("Price: £9.99")
    currencies: frozenset[str]  # ... the currency signs of a price


_PROMOTION: list[Promotion] = []


def load_promotion() -> Promotion:
    if not _PROMOTION:
        data = read_lexicon("lexicons/promotion.yml", PROMOTION_KEYS)
        for key in COUNT_KEYS:
            if not isinstance(data.get(key), int):
                raise DataError(f"{key} must be a number", "pipeline/lexicons/promotion.yml")
        signs = data.get("signs_of_promotion")
        if not isinstance(signs, str) or not re.fullmatch(r"[A-Z]{3}\d{3}", signs):
            raise DataError("signs_of_promotion must be a rule code such as SUB003", "pipeline/lexicons/promotion.yml")
        one_story = frozenset(str(code) for code in data.get("one_story") or ())
        hype_packs = frozenset(str(pack) for pack in data.get("hype_packs") or ())
        if not hype_packs or not all(re.fullmatch(r"[A-Z]{3}", pack) for pack in hype_packs):
            raise DataError("hype_packs must list pack prefixes such as HYP", "pipeline/lexicons/promotion.yml")
        if not all(re.fullmatch(r"[A-Z]{3}\d{3}", code) for code in one_story):
            raise DataError("one_story must list rule codes such as SUB010", "pipeline/lexicons/promotion.yml")
        _PROMOTION.append(Promotion(
            product_claims=data["product_claims"], reader_promises=data["reader_promises"],
            promoter_wordings=data["promoter_wordings"], promoter_wordings_apart=data["promoter_wordings_apart"],
            signs_of_promotion=signs, one_story=one_story, hype_packs=hype_packs, hype_wordings=data["hype_wordings"],
            argument_sentences=data["argument_sentences"], ranked_class_words=data["ranked_class_words"],
            coined_name_claims=data["coined_name_claims"], care_classes=care_words("care_classes"),
            product_kinds=coinage_words()["product_kinds"],
            **{key: lower_words(word_list(data, PROMOTION_KEYS, key, "lexicons/promotion.yml"))
               for key in WORD_KEYS}))
    return _PROMOTION[0]


def page_product(analysis: Analysis, claims: tuple[Claim, ...], lead: str = "") -> str:
    """The head word of the subject that most of the page's benefit claims share ("magnesium" on a page where
    "Magnesium improves sleep", "magnesium helps maintain …"), if at least `product_claims` do; of two as frequent, the
    one the page's opening subject or a heading names. Read from the page, never from a list of products: on a
    seller's page it is what the page sells, on any page what it is about."""
    counts: dict[str, int] = {}
    for claim in claims:
        if claim.category in BENEFIT_CATEGORIES:
            head = _subject_head(claim.subject)
            if head and head not in load_promotion().not_products:
                counts[head] = counts.get(head, 0) + 1
    if not counts:
        return ""
    text = analysis.source.text
    opens = {w.lower() for w in TOPIC_WORD.findall(lead)}
    named = {w.lower() for s in analysis.segments if s.kind == "heading" for w in TOPIC_WORD.findall(text[s.start:s.end])}
    # of two as frequent, the page's opening subject ("Infrared saunas …"), then a heading's word, then the first
    # in the alphabet (the same page, the same product)
    best = max(sorted(counts), key=lambda head: (counts[head], head in opens, head in named))
    return best if counts[best] >= load_promotion().product_claims else ""


# a word of a subject that names the product by another form of its name ("homeopathic medicines" on a page about
# homeopathy): the same first letters, at least this many
PRODUCT_STEM = 7


def _about_product(subject: str, product: str) -> bool:
    """Does the subject name the product: one of its words is the product's word (or shares its first
    `PRODUCT_STEM` letters), or it is the product's kind said of it ("The peptide", "this treatment", "our formula")?"""
    words = [w.lower() for w in TOPIC_WORD.findall(subject)]
    promotion = load_promotion()
    people, referring = promotion.people, promotion.referring
    if not words or words[0] in people or words[0] in referring and len(words) > 1 and words[1] in people:
        return False  # "People taking ashwagandha report …", "Many patients feel …": what people say or do
    if any(w == product or len(w) >= PRODUCT_STEM and w[:PRODUCT_STEM] == product[:PRODUCT_STEM] for w in words):
        return True
    return 2 <= len(words) <= 3 and words[0] in referring and words[-1] in promotion.product_kinds


def _of_product(analysis: Analysis, claim: Claim, product: str) -> bool:
    """Is the claim's subject a part of the product, named as such earlier in its sentence ("Sea moss also contains
    vitamins A and K, which help combat …"): the product's word, then a word of containing (lexicons/promotion.yml
    `part_words`), before the claim?"""
    first = analysis.token_range(claim.start, claim.end)[0]
    segment = analysis.segment_at(first)
    if segment is None:
        return False
    words = [t.lower for t in analysis.tokens[segment.first:first]]
    named = next((n for n, w in enumerate(words) if w == product or len(w) >= PRODUCT_STEM
                  and w[:PRODUCT_STEM] == product[:PRODUCT_STEM]), None)
    parts = load_promotion().part_words
    return named is not None and any(w in parts for w in words[named + 1:])


def _leads_in_parts(analysis: Analysis, block: int) -> bool:
    """Does block `block` lead in a list of what something is made of: its last sentence (or in plain text a line of
    its own read as a heading: "Every capsule contains:") ends with a colon and has a word of the parts
    (`PageSignals.in_parts_list`)?"""
    lead = _last_segment(analysis, block)
    if lead is None:
        return False
    tokens = analysis.tokens[lead.first:lead.last]
    promotion = load_promotion()
    words = promotion.part_words | promotion.part_list_words
    return bool(tokens) and tokens[-1].text == ":" and any(t.lower in words for t in tokens)


def _after_subject(analysis: Analysis, claim: Claim) -> tuple[int, int]:
    """The tokens [first, last) of the claim after its subject ("Magnesium| improves sleep"); all of the claim when
    its text does not hold its subject."""
    said = claim.text.lower().find(claim.subject.lower()) if claim.subject else -1
    begin = claim.start + (said + len(claim.subject) if said >= 0 else 0)
    return analysis.token_range(begin, claim.end)


def _promises_benefit(analysis: Analysis, claim: Claim) -> bool:
    """Does the claim, after its subject, use a verb that promises a health outcome (lexicons/promotion.yml
    `benefit_verbs`: "improves sleep", "helps maintain healthy bones") or call it good for something ("beneficial
    for", "useful in", "an effective way", "the most effective treatment for", or the clause's last word: "is highly
    effective")?"""
    promotion = load_promotion()
    first, last = _after_subject(analysis, claim)
    tokens = analysis.tokens
    for i in range(first, last):
        token = tokens[i]
        if token.lemma in promotion.benefit_verbs:
            return True
        if token.lower in promotion.benefit_words and (
                i + 1 >= last or tokens[i + 1].lower in promotion.benefit_for or not tokens[i + 1].lower.isalpha()
                # ... or of the kind it is ("the most effective treatment for joint pain", "a great remedy for colds")
                or i + 2 < last and tokens[i + 1].lower in promotion.product_kinds
                and tokens[i + 2].lower in promotion.benefit_for):
            return True
    return False


def _last_segment(analysis: Analysis, block: int) -> Segment | None:
    """The last segment (sentence, heading, …) of a block, None for a block with none: found by bisection from the
    block's token span (`Analysis.block_span`), not by a walk over the page's segments."""
    last = analysis.block_span(block)[1] if block >= 0 else 0
    return analysis.segment_at(last - 1) if last else None


def _before_examples(subject: str, promotion: Promotion) -> str:
    """The words of a subject before the examples it gives of its kind ("Antihistamine tablets" of "Antihistamine
    tablets such as Clarityn": lexicons/promotion.yml `example_markers`)."""
    lowered = subject.lower()
    cuts = [m.start() for marker in promotion.example_markers
            if (m := re.search(r"(?<!\w)" + re.escape(marker) + r"(?!\w)", lowered))]
    return subject[:min(cuts)] if cuts else subject


def _own_offering(subject: str, promotion: Promotion) -> bool:
    """Does the subject name what the page offers as its own: opened with "our" or "my" (`own_words`) and headed by
    a thing, not by the provider's people or services ("Our PRP therapy", "our stem cell injections"; not "Our
    dermatology team", "our nurses", "our patients": `own_services`, `people`)?"""
    words = re.findall(r"[a-z0-9][a-z0-9'-]*", subject.lower())
    return len(words) > 1 and words[0] in promotion.own_words and words[-1] not in promotion.own_services \
        and words[-1] not in promotion.people


def _shop_line(analysis: Analysis) -> bool:
    """Has the page a line of its own that is a shop's: a heading whose words are a shop's button (lexicons/promotion.yml
    `shop_lines`: "## Buy", "## Add to basket"), or a sentence, heading or label that is only a price, perhaps after a
    price's label (`price_labels`: "£9.99", "Price: £9.99", "Now only $24")? A price inside a sentence ("prescriptions
    cost £9.90") or a span ("from £5 to £250") is not a line of its own."""
    promotion = load_promotion()
    tokens = analysis.tokens
    for segment in analysis.segments:
        words = [tokens[i] for i in range(segment.first, segment.last)
                 if not tokens[i].is_space and tokens[i].lower not in (":", ".", "!", "*", "#", "-", "|")]
        # (a table's cell is no line of its own: a consumer guide prices the kinds it compares in a table)
        if not words or segment.kind == "cell":
            continue
        if segment.kind == "heading" and " ".join(t.lower for t in words) in promotion.shop_lines:
            return True
        if len(words) >= 2 and words[-2].lower in promotion.currencies and words[-1].like_num \
                and (len(words) == 2 or " ".join(t.lower for t in words[:-2]) in promotion.price_labels):
            return True
    return False


def _owned_subject(subject: str, coined: set[str], promotion: Promotion) -> bool:
    """Does the subject call the coined name the page's own: "our" or "my" (`own_words`) opening it, and the name or
    a kind of product (`product_kinds`) heading it ("Our ArthroEase", "our new ArthroEase gel")? Not a platform's name
    before what the page owns ("Our YouTube videos", "our WhatsApp group": a charity's own videos, not its brand)."""
    words = re.findall(r"[a-z0-9]+", subject.lower())
    return len(words) > 1 and words[0] in promotion.own_words \
        and (words[-1] in coined or words[-1] in promotion.product_kinds)


def _addresses_reader(analysis: Analysis, claim: Claim, words: frozenset[str]) -> bool:
    """Does the claim, after its subject, speak to the reader ("protects your heart", "energises you")?"""
    first, last = _after_subject(analysis, claim)
    return any(analysis.tokens[i].lower in words for i in range(first, last))


def _page_has(analysis: Analysis, labels: tuple[str, ...]) -> bool:
    """Does a cue with one of these labels occur anywhere on the page, in the page's own words (`_page_cues`)?"""
    return any(True for _ in _page_cues(analysis, labels))


def _page_cues(analysis: Analysis, labels: tuple[str, ...]):
    """The cues with one of these labels in the page's own words (not quoted or named as a warning sign: 'claims like
    "superfood"' is no seller's word; nor the claim a seller names to rule it false, "The claim that our detox tea is a
    scam is false" is no argument against detox)."""
    mentioned = analysis.mentioned
    named = analysis.own_rulings
    return (m for m in analysis.of_kind("cue", 0, len(analysis.tokens))
            if m.label in labels and not is_mentioned(mentioned, m.start, m.end)
            and not (named and is_mentioned(named, m.start, m.end)) and not _withheld(analysis, m.start, m.end))


def _withheld(analysis: Analysis, start: int, end: int) -> bool:
    """Is the page's term at these characters no offer of its own, read in its clause (lexicons/promotion.yml): said
    not to be on offer, a negation that governs a word of offering ("interest-free payment plans are not offered for
    NHS treatment", "No free trials are available", "We do not offer free delivery"; not "If you're not satisfied we
    offer free returns"), or said of what a pharmacy dispenses ("free delivery of prescriptions", "a free
    prescription delivery service"; not "free delivery of prescription weight loss injections")?"""
    promotion = load_promotion()
    first, last = analysis.token_range(start, end)
    tokens = analysis.tokens
    segment = analysis.segment_at(first)
    low, high = (segment.first, segment.last) if segment is not None else (0, len(tokens))
    opens = first
    while opens > low and not _breaks(tokens, opens - 1, promotion):
        opens -= 1
    closes = last
    while closes < high and not _breaks(tokens, closes, promotion):
        closes += 1
    # one definition of a question (questions.is_question): "Is there a money back guarantee?!" asks too
    asked = segment is not None and is_question(analysis.source.text[segment.start:segment.end])
    if _not_offered(tokens, first, last, low, high, opens, closes, promotion, asked):
        return True
    if any(tokens[i].lemma in promotion.dispensed_goods or tokens[i].lemma in promotion.prescribing_words
           for i in range(first, last)):
        return True
    if _gives(tokens, opens, closes, promotion) or _reported(tokens, first, opens, promotion):
        return True
    # the cheapest of a stockist's range ("a range of emollient products from £2.49"), not "our range of balms"
    if any(t.lower == "from" for t in tokens[first:last]) and any(
            tokens[i].lemma in promotion.stock_ranges and tokens[i + 1].lower == "of"
            and (i == opens or tokens[i - 1].lower not in promotion.own_words) for i in range(opens, first)):
        return True
    # an offer the reader is told to ask another about ("Ask your audiologist about a free trial before you buy")
    if _asked_of_others(tokens, first, opens, promotion):
        return True
    # a consultation with the reader's own care professional ("Book a consultation with your GP")
    if last + 2 < high and tokens[last].lower == "with" and tokens[last + 1].lower in promotion.others_determiners \
            and any(tokens[i].lemma in promotion.care_professionals for i in range(last + 2, min(last + 6, high))):
        return True
    # the goods after the term's "of", by their head ("free delivery of your repeat prescriptions is available"):
    # the noun a preposition, a verb of the chain or the clause's end follows; a word before another noun names their
    # kind ("of prescription weight loss injections")
    if last < closes and tokens[last].lower == "of":
        goods = range(last + 1, min(last + 4, closes))
        if any(tokens[i].lemma in promotion.prescribing_words or tokens[i].lemma in promotion.dispensed_goods
               and (i + 1 >= closes or not tokens[i + 1].lower.isalpha() or tokens[i + 1].lower in PREPOSITIONS
                    or tokens[i + 1].lower in promotion.offering_chain)
               for i in goods):
            return True
    negations = [i for i in range(opens, closes) if tokens[i].lower in promotion.withholding_negations
                 and not (i + 1 < closes and tokens[i + 1].lower in promotion.adding_after_negation)]
    return any(tokens[j].lemma in promotion.withheld_words and _governs(tokens, i, j, promotion)
               for j in range(opens, closes) for i in negations if i < j)


def _asked_of_others(tokens: tuple[Token, ...], first: int, opens: int, promotion: Promotion) -> bool:
    """Is the term at `first` what the reader is told to ask someone else about or for, in its clause opened at
    `opens` ("Ask your audiologist about a free trial", "ask a pharmacist for a free trial"): a verb of asking, the
    one asked named after it ("the" or one of `others_determiners`, and a word: "Ask for a free trial" asks the page),
    then a link word before the term, and none of the page's own words between ("Ask us about our free trial" is the
    shop's call)?"""
    asks = [i for i in range(opens, first) if tokens[i].lemma in promotion.asking_verbs]
    if not asks:
        return False
    between = tokens[asks[0] + 1:first]
    link = next((n for n, t in enumerate(between) if t.lower in promotion.asking_links), None)
    # "ask for your free trial" hands the reader the page's own offer
    return link is not None and link >= 2 and (between[0].lower in promotion.others_determiners
                                               or between[0].lower == "the") \
        and not any(t.lower in promotion.asked_page_words for t in between) \
        and tokens[first - 1].lower not in promotion.reader_words


def _breaks(tokens: tuple[Token, ...], i: int, promotion: Promotion) -> bool:
    """Does the token at i close a clause: a word or mark of `clause_breaks`, or a dash set apart by spaces ("Only
    £19.99 - we donate 10p"), not a hyphen inside a word ("money-back")?"""
    token = tokens[i]
    if token.lower in promotion.clause_breaks:
        return True
    return token.text == "-" and 0 < i < len(tokens) - 1 and tokens[i - 1].end < token.start \
        and token.end < tokens[i + 1].start


def _not_offered(tokens: tuple[Token, ...], first: int, last: int, low: int, high: int, opens: int, closes: int,
                 promotion: Promotion, asked: bool) -> bool:
    """Is the term at tokens [first, last), in its sentence [low, high) and clause [opens, closes), no offer of the
    page's own by the lexicon's other readings (lexicons/promotion.yml): denied by a negating determiner right before
    it ("no money back guarantee"), asked (the sentence is a question, `asked`, opened as a yes-or-no one: "Is there a
    money back guarantee?"), over ("has ended"), stock running out
    with no shop's word in its sentence, a report closing its sentence (", the seller says"), a call to buy from
    another seller ("only from a registered pharmacy"), a saving by what the reader does ("by stopping smoking"), a
    rating on another platform or of a thing the sentence opens with an article ("A copper bracelet sold online has
    4.6 out of 5 stars")?"""
    words = [t.lower for t in tokens[first:last]]
    lemmas = {t.lemma for t in tokens[first:last]} | set(words)
    # "no" right before the term, or the first of its words ("There is no free delivery": the pattern reads the word
    # before "free" to tell it from "sugar-free")
    if first > opens and tokens[first - 1].lower in promotion.negating_determiners \
            or last - first > 1 and tokens[first].lower in promotion.negating_determiners:
        return True
    # the question's first word, after any opening quotation mark ("\"Can I get free delivery?\" …")
    opener = next((i for i in range(low, high) if not tokens[i].is_punct and not tokens[i].is_space), low)
    if asked and tokens[opener].lower in promotion.asking_openers:
        return True
    if any(tokens[i].lower in promotion.ended_words for i in range(opens, closes)):
        return True
    if lemmas & promotion.scarcity_words and not any(
            tokens[i].lemma in promotion.shop_words or tokens[i].lower in promotion.shop_words
            for i in range(low, high) if not first <= i < last):
        return True
    after = range(last, closes)
    if tokens[first].lemma in promotion.buying_calls and any(
            tokens[i].lower == "from" and i + 1 < closes and tokens[i + 1].lower in promotion.others_determiners
            for i in after):
        return True
    if tokens[first].lemma in promotion.saving_calls and any(
            tokens[i].lower == "by" and i + 1 < closes and tokens[i + 1].lower.endswith("ing") for i in after):
        return True
    # a report closing its clause, "…, the seller says." (not "…, our pharmacists say.")
    for i in range(closes + 1, high):
        if tokens[i].lemma in promotion.reporting_verbs and tokens[closes].lower == "," \
                and all(tokens[k].lower.isalpha() and tokens[k].lower not in promotion.first_person
                        and tokens[k].lower not in promotion.own_words for k in range(closes + 1, i)) \
                and i > closes + 1 and (i + 1 >= high or _breaks(tokens, i + 1, promotion)):
            return True
    if lemmas & promotion.rating_words:
        if tokens[low].lower in promotion.article_openers:
            return True
        for i in range(last, high):
            if tokens[i].lower == "on":
                near = [t.lower for t in tokens[i + 1:min(i + 6, high)]]
                if any(w in promotion.platforms for w in near) and not any(w in promotion.own_words for w in near):
                    return True
    return False


# the signs of a sum ("a gift of just £3")
CURRENCIES = frozenset({"$", "£", "€", "us$"})


def _gives(tokens: tuple[Token, ...], opens: int, closes: int, promotion: Promotion) -> bool:
    """Does the clause [opens, closes) give a sum rather than pay it, a charity's ask: a verb or noun of giving
    ("Donate just £10 today"), a verb of funding after a modal ("£5 a month could fund a nurse"), a noun of giving
    that gives a sum ("a gift of just £3 a month"); not "Gift sets from £25", "Fund your wellness journey"?"""
    if any(tokens[i].lemma in promotion.sale_words or tokens[i].lower in promotion.sale_words
           for i in range(opens, closes)):
        return False  # "we donate 10p from every sale": the shop gives from what it sells
    for i in range(opens, closes):
        token = tokens[i]
        if token.lemma in promotion.giving_words:
            return True
        if token.lemma in promotion.funding_verbs and any(
                tokens[k].lower in promotion.funding_modals for k in range(max(opens, i - 2), i)):
            return True
        if token.lemma in promotion.giving_nouns and i + 1 < closes and tokens[i + 1].lower == "of" and any(
                tokens[k].lower in CURRENCIES for k in range(i + 2, min(i + 5, closes))):
            return True
    return False


def _reported(tokens: tuple[Token, ...], first: int, opens: int, promotion: Promotion) -> bool:
    """Is the term at token `first` reported of others, not offered by the page: after a verb of saying in its
    clause whose subject is not the page's "we" or "I" ("Pharmacies say the jabs are selling out fast"; not "Doctors
    say it works, so order yours today", where the call has a clause of its own), or in a clause that opens with a
    quantifier of others ("Some gyms offer the first month free")?"""
    if tokens[opens].lower in promotion.others_quantifiers:
        return True
    # a subject before the verb, not the page's own: "Say goodbye to back pain" opens with no subject
    return any(tokens[i].lemma in promotion.reporting_verbs and tokens[i - 1].lower.isalpha()
               and tokens[i - 1].lower not in promotion.first_person for i in range(opens + 1, first))


def _governs(tokens: tuple[Token, ...], negation: int, word: int, promotion: Promotion) -> bool:
    """Does the negation at token `negation` govern the word of offering at `word`: only the verb chain between them
    ("do not offer", "are not currently offered"), after a negating determiner's noun phrase ("No free trials are
    available")?"""
    k = negation + 1
    if tokens[negation].lower in promotion.negating_determiners:
        while k < word and tokens[k].lower not in promotion.offering_chain:
            if tokens[k].lower in promotion.clause_subjects:
                return False
            k += 1
    return all(tokens[m].lower in promotion.offering_chain for m in range(k, word))


# headings that must open with a rule's words for the page to be laid out in them: one may be a news headline
# ("Coffee lowers the risk of gout"), several are a list of the product's benefits ("Improves Memory", "Enhances
# Focus", "Promotes Brain Health")
HEADINGS_THAT_LIST = 2


def _headings_open(analysis: Analysis, words: frozenset[str]) -> bool:
    """Do several of the page's headings open with one of these words?"""
    tokens = analysis.tokens
    return sum(1 for s in analysis.segments if s.kind == "heading" and s.first < s.last
               and tokens[s.first].lower in words) >= HEADINGS_THAT_LIST


def _paragraph_has_number(analysis: Analysis, segment) -> bool:
    """Does a figure occur in the paragraph (block) the segment belongs to? Digits, or a number word that counts
    ("three in ten", "twice as likely"), not the pronoun "one" ("one of the most common cancers", "no one") nor a
    number word that picks from a group ("two of the trials")."""
    tokens = analysis.tokens[slice(*_paragraph_span(analysis, segment))]
    # the tokenizer's like_num knows no multiplier ("twice as likely"), which counts as "two times" does; a
    # frequency ("drank tea twice a day") is no figure of risk
    return any(token.lower in ("twice", "thrice") and n + 1 < len(tokens) and tokens[n + 1].lower in ("as", "more")
               or token.like_num and (any(c.isdigit() for c in token.text) or (
        token.lower != "one" and (n + 1 == len(tokens) or tokens[n + 1].lower != "of")))
        for n, token in enumerate(tokens))


def _paragraph_has(analysis: Analysis, segment, labels: tuple[str, ...]) -> bool:
    """Does a cue with one of these labels occur in the paragraph (block) the segment belongs to?"""
    return any(m.label in labels for m in analysis.of_kind("cue", *_paragraph_span(analysis, segment)))


def _paragraph_span(analysis: Analysis, segment) -> tuple[int, int]:
    """The tokens [first, last) of the paragraph (block) the segment belongs to."""
    return analysis.block_span(segment.block)


def _claim_applies(analysis: Analysis, claim: Claim, rule: Rule, flagged: bool,
                   page: PageSignals | None = None) -> bool:
    when: dict[str, Any] = dict(rule.when)
    if "status" in when and claim.status not in when["status"]:
        return False
    if "unflagged" in when and flagged == when["unflagged"]:
        return False
    if "evidence_strength" in when and (not claim.evidence or claim.evidence[0].max_strength
                                        not in when["evidence_strength"]):
        return False
    if "category" in when and claim.category not in when["category"]:
        return False
    if "strength" in when and claim.strength not in when["strength"]:
        return False
    if "hedged" in when and claim.hedged != when["hedged"]:
        return False
    if "negated" in when and claim.negated != when["negated"]:
        return False
    if "citation" in when and _has_citation(analysis, claim) != when["citation"]:
        return False
    if "tells_before" in when and tells_before(analysis, *analysis.token_range(claim.start, claim.end)) \
            != when["tells_before"]:
        return False
    if when.get("subject") == "page_product" and not (page is not None and page.promises_for_product(claim)):
        return False
    if when.get("subject") == "unstated":
        verb = _unstated_subject_verb(analysis, claim)
        if verb is None:
            return False
        # `when.verb_has`: what that verb does is an effect on the body, a complaint or the reader (a cue of change,
        # cure, action, direction, cause), not a device's function or a product's property ("✓ Tracks your sleep",
        # "Dissolves in water"): the verb bears a cue of those labels, or ("body_effect") is a verb of a health
        # effect whose object names the body or a complaint ("Relaxes tight muscles": claims.verb_acts_on_body),
        # or ("disease_object") names a disease or a harm in the words after it ("Catches cancer before symptoms
        # start"): what a tracker or a kit observes of the body ("Tracks your sleep") is no benefit
        if "verb_has" in when and not (
                any(m.first <= verb < m.last and m.label in when["verb_has"]
                    for m in analysis.of_kind("cue", verb, verb + 1))
                or "body_effect" in when["verb_has"]
                and verb_acts_on_body(analysis, verb, _segment_last(analysis, verb))
                or "disease_object" in when["verb_has"] and _disease_after(analysis, verb)):
            return False
    if rule.unless_overlapping:
        # an exception about the claim's own words ("Smoking is the leading cause of lung cancer"), not about the
        # sentence: the product's claim in the clause after it ("…, but our patch stops it") keeps its flag
        first, last = analysis.token_range(claim.start, claim.end)
        segment = analysis.segment_at(first)
        if segment is not None and _cue_over(analysis, segment, first, last, rule.unless_overlapping) \
                and _turns_past(analysis, segment, first, last, rule.unless_overlapping) is None:
            return False
    if "sentence_is" in when:
        sentence = analysis.segment_at_char(claim.start)
        if sentence is None or not all(SENTENCE_TESTS[name](analysis, sentence) for name in when["sentence_is"]):
            return False
    if rule.unless_sentence_has or rule.unless_sentence_has_without_figures or rule.requires_sentence_has \
            or rule.unless_sentence_is or rule.requires_page or rule.unless_paragraph_has:
        segment = analysis.segment_at_char(claim.start)  # the claim's sentence
        # `unless.paragraph_matches`: another sentence of the claim's paragraph says what spares it (a customer's
        # story rated below full marks in its first line, SUB015), as for a wording rule
        return segment is not None and _sentence_allows(analysis, segment, rule, claim, page) and not (
            rule.unless_paragraph_has and _paragraph_has(analysis, segment, rule.unless_paragraph_has))
    return True


# the object a listed verb acts on is read this many words on ("the early signs of type 2 diabetes")
OBJECT_REACH = 7
# the concept types that make a verb's object a complaint (lexicons/concepts.yml)
COMPLAINT_TYPES = ("disease", "harm")


def _disease_after(analysis: Analysis, verb: int) -> bool:
    """A concept of a disease or a harm among the words after the verb, in its sentence (`OBJECT_REACH`)."""
    concepts = load_concepts()
    end = min(verb + 1 + OBJECT_REACH, _segment_last(analysis, verb))
    return any(m.label in concepts and concepts[m.label].type in COMPLAINT_TYPES
               for m in analysis.of_kind("concept", verb + 1, end))


def _segment_last(analysis: Analysis, i: int) -> int:
    """The end of the segment token i is in (i + 1 outside every segment)."""
    segment = analysis.segment_at(i)
    return segment.last if segment is not None else i + 1


def _unstated_subject_verb(analysis: Analysis, claim: Claim) -> int | None:
    """Does the claim's sentence leave its subject out, opening with the -s form of a verb after any bullet, tick,
    emoji or star ("✔ Soothes itchy scalps", "⚡ Halves the length of a cold", "Gently firms loose skin")? What
    does it is what the page or the list is about; the claim is the sentence's first clause or a verb phrase joined to
    it, its subject carried over, opening with its own verb ("… and protects your gums"). Not a noun before a
    preposition or a joiner ("Results in 7 days", "Bites and stings") or a plural noun before its verb ("Phones are
    …", "Exercises strengthen the muscles …": `clauses.opening_s_verb`, as a list item's claim is read), nor a
    sentence whose first word is a noun ("Vitamin C supports …"), nor a table's cell ("| Starts working | 7 days |
    Several weeks |"): its row and column say whose it is, the product's or a rival's. The claim's opening verb, or
    None."""
    segment = analysis.segment_at_char(claim.start)
    if segment is None or segment.kind == "cell":
        return None
    tokens = analysis.tokens
    # the first word or figure: a bullet, a tick, an emoji or a star is no word ("2 drops a day" opens with a figure)
    first = next((i for i in range(segment.first, segment.last) if tokens[i].lower[:1].isalnum()), None)
    if first is None or first + 2 > segment.last:
        return None
    first = opening_s_verb(tokens, first, segment.last)
    if first is None:
        return None
    opening, last = analysis.token_range(claim.start, claim.end)
    if opening <= first:
        return first
    # a later clause: a verb phrase joined to the first, its subject carried over, opens with its own -s verb
    # ("… and protects your gums"); one with a subject of its own ("…, so it never comes back") or no verb ("Ages
    # 5–12: 2 chews a day", the "2 chews" after a label) says something else
    joined = next((i for i in range(opening, last)
                   if tokens[i].lower[:1].isalnum() and tokens[i].lower not in LIST_JOINERS), None)
    if joined is not None and manner_adverb(tokens[joined]) and joined + 1 < last:
        joined += 1
    return joined if joined is not None and verb_s_form(tokens[joined]) else None


def _has_citation(analysis: Analysis, claim: Claim) -> bool:
    segment = analysis.segment_at_char(claim.start)
    return segment is not None and any(m.label == "citation"
                                       for m in analysis.of_kind("cue", segment.first, segment.last))


def _claim_flag(claim: Claim, rule: Rule, analysis: Analysis | None = None) -> Flag:
    hedged = _hedged_wording(analysis, claim) if rule.suggest == "hedge" and analysis is not None else ""
    if claim.evidence and claim.status in ("overstated", "contradicted"):
        suggestion = claim.evidence[0].safer_wording()
    elif hedged:
        suggestion = hedged
    else:
        # the source is asked for the whole sentence: a clause cut from its middle has no subject of its own ("slows
        # the aging process"), and one that opens it leaves the rest and the full stop out ("It also lowers insulin
        # levels" of "… and reduces inflammation throughout the body.")
        said = claim.sentence.strip() or claim.text
        if analysis is not None and _opens_with_verb(analysis, claim):
            # a bulleted benefit with no subject ("Boosts confidence", "Restore your libido"): "According to …,
            # boosts confidence" is no English, the request goes after it
            suggestion = f"{said.rstrip()} {SOURCE_REQUEST}"
            suggestion = suggestion if said.rstrip()[-1:] not in ".!?" else \
                f"{said.rstrip()[:-1]} {SOURCE_REQUEST}{said.rstrip()[-1]}"
        else:
            suggestion = f"According to {SOURCE_REQUEST}, {_lower_first(said)}"
    return Flag(code=rule.code, name=rule.name, level=rule.level, start=claim.start, end=claim.end,
                line=claim.line, column=claim.column, text=claim.text, message=rule.message,
                suggestion=_tidy(suggestion), authority=rule.authority, claim_id=claim.claim_id)


SOURCE_REQUEST = "[source: trial or review, population, figures]"


def _opens_with_verb(analysis: Analysis, claim: Claim) -> bool:
    """Does the claim's sentence open with its verb, no subject before it ("Boosts confidence and …", "Restore your
    libido …": a benefit listed under a heading)? The subject the claim was given is then not in the sentence."""
    sentence = " ".join(claim.sentence.split())
    if claim.subject and claim.subject.lower() in sentence.lower():
        return False
    first, last = analysis.token_range(claim.start, claim.end)
    tokens = analysis.tokens
    if first >= last or not _opens_sentence(claim):
        return False
    token = tokens[first]
    return token.lower not in HEDGED_FORMS and (verb_base_form(token) or verb_s_form(token))


# the verb forms a hedge replaces with "may" and the form that follows it ("is" -> "may be", "helps" -> "may help")
HEDGED_FORMS = {"is": "be", "are": "be", "has": "have", "have": "have", "will": "", "can": "", "does": "", "do": ""}
# adverbs a hedge goes before ("Magnesium also relieves cramps" -> "Magnesium may also relieve cramps")
HEDGE_BEFORE = frozenset({"also", "even", "really", "truly", "further", "actually", "still"})
HEDGE_SUBJECTS = frozenset({"it", "they", "this", "these", "that", "those", "which", "both"})
HEDGE_REQUEST = " [name the trial: population, outcome, size of the effect]"


def _hedged_wording(analysis: Analysis, claim: Claim) -> str:
    """The claim's sentence with its verb hedged ("Magnesium improves sleep" -> "Magnesium may improve sleep [name
    the trial …]"): the first verb after the subject, a present form in -s of a verb (lemma), "is", "has", "will" or
    "can", or a verb of benefit (lexicons/promotion.yml); "" when no such verb is found."""
    first, last = _after_subject(analysis, claim)
    tokens = analysis.tokens
    verbs = load_promotion().benefit_verbs
    for i in range(first, last):
        token = tokens[i]
        if token.lower in HEDGED_FORMS:
            form = HEDGED_FORMS[token.lower]
        elif token.lemma in verbs or token.lower.endswith("s") and token.lower != token.lemma \
                and token.lemma in verb_lemmas():
            form = token.lemma
        elif token.lower in HEDGE_BEFORE or token.lower in HEDGE_SUBJECTS and i == first or not token.lower.isalpha():
            continue  # an adverb, a mark, or the pronoun the subject was resolved from ("It also relieves …")
        else:
            return ""  # the verb is not one a hedge fits ("was", "led"): the source is asked for instead
        if i + 1 < last and tokens[i + 1].lower == ":":
            return ""  # a run-in label ("How it works: …"), not the claim's verb
        at = tokens[i - 1].start if i > first and tokens[i - 1].lower in HEDGE_BEFORE else token.start
        adverb = analysis.source.text[at:token.start] if at < token.start else ""
        text = analysis.source.text
        opening = text[claim.start:at]
        modal = "May" if not opening.strip() and text[at:at + 1].isupper() else "may"  # "Prevents colds" -> "May …"
        hedged = f"{opening}{modal} {adverb}{form + ' ' if form else ''}{text[token.end:claim.end].lstrip()}"
        sentence = " ".join(claim.sentence.split())
        own = " ".join(text[claim.start:claim.end].split())
        # the hedged clause in its whole sentence, also when it opens it: "It may reverse macular degeneration and
        # repairs …, thanks to its high dose of lutein [name the trial …]", not the rest cut off
        if own in sentence:
            hedged = sentence.replace(own, " ".join(hedged.split()), 1)
        return _tidy(hedged.rstrip(" .") + HEDGE_REQUEST + ".")
    return ""


def _attach(flag: Flag, claims: list[Claim], starts: list[int]) -> Flag:
    """The claim a flag falls in (None when the flag is outside every claim, e.g. in a heading); `claims` are in
    document order and do not overlap, `starts` their start offsets."""
    at = bisect_right(starts, flag.start) - 1
    if at >= 0 and flag.start < claims[at].end:
        return replace(flag, claim_id=claims[at].claim_id)
    return flag


def rewrite_sentence(sentence: str, start: int, end: int, rule: Rule) -> str:
    """The sentence with the offending words replaced by the rule's safer wording."""
    matched = sentence[start:end]
    replacement = rule.replacement_for(matched, sentence[:start], sentence[end:])
    if replacement is None or _inside_short_quote(sentence, start, end):
        return _tidy(sentence)
    first = _opens_text(sentence[:start]) or _title_cased(sentence[end:], replacement)
    if replacement and matched[:1].isupper() and first:
        replacement = replacement[:1].upper() + replacement[1:]
    return _tidy(_splice(sentence, start, end, replacement))


# a quotation of a few words inside a longer sentence: a doctrine, a slogan or someone's phrase the page names ('the
# principle of "like cures like"', 'approval "marks a tremendous breakthrough"'); rewritten, it would misquote
SHORT_QUOTE = re.compile(r'"([^"]{1,80})"|“([^”]{1,80})”')
QUOTE_WORDS = 6  # at most this many words inside the quotation, and at least three outside it
QUOTED_WORD = re.compile(r"\w+")


def _inside_short_quote(text: str, start: int, end: int) -> bool:
    """Do [start, end) fall inside a short quotation (QUOTE_WORDS words or fewer) of a sentence that says more
    around it? Such words are quoted, not the page's own wording, and keep their form."""
    if '"' not in text and "\u201c" not in text:
        return False
    for quote in SHORT_QUOTE.finditer(text):
        if quote.start() < start and end < quote.end():
            inside = len(QUOTED_WORD.findall(quote.group(0)))
            outside = len(QUOTED_WORD.findall(text[:quote.start()] + " " + text[quote.end():]))
            return inside <= QUOTE_WORDS and outside >= 3
    return False


def _title_cased(after: str, replacement: str) -> bool:
    """Is the word after a match capitalised, as in a title ("The 5 Best Eye Vitamins": "Best" made "Good"), and does
    the replacement open with a word a title capitalises (not an article: "The An effective Treatment")?"""
    word = re.match(r"\s+([^\W\d_])", after)
    return word is not None and word.group(1).isupper() \
        and replacement.split(" ", 1)[0].lower() not in ("a", "an", "the")


# what may stand before a sentence's first word in a plain-text page: heading marks, a bullet, an item's number
# ("## Safe at high doses", "- Gentle on the scalp", "2. Best for heart health")
TEXT_OPENING = re.compile(r"\s*(?:(?:#+|[-*•]|\d+[.)])\s+)*")


def _opens_text(before: str) -> bool:
    """Is `before` (the text before a word) empty but for blanks and the marks that open a heading or an item?"""
    return TEXT_OPENING.fullmatch(before) is not None


def _capitalised(text: str) -> str:
    """The text with its first word (after any heading marks, bullet or item number) capitalised."""
    at = TEXT_OPENING.match(text)
    i = at.end() if at else 0
    return text[:i] + text[i:i + 1].upper() + text[i + 1:]


def apply_rewrites(text: str, offset: int, flags: list[Flag], rules: dict[str, Rule]) -> str:
    """A claim's text with every flag inside it rewritten (rightmost first, so offsets stay valid). Of flags on shared
    words the wider rewrites them ("extremely potent", not "potent" inside it), then the one whose wording says more
    ("reduces [by how much …]", not "reduces"), then the more severe; a bracketed request already in the text
    ("[which substance, measured how?]") is not inserted again."""
    candidates: list[tuple[int, int, str, Flag]] = []
    for flag in flags:
        start, end = flag.start - offset, flag.end - offset
        rule = rules.get(flag.code)
        if rule is None or rule.type != "existence" or start < 0 or end > len(text):
            continue
        replacement = rule.replacement_for(text[start:end], text[:start], text[end:])
        if replacement is not None and not _inside_short_quote(text, start, end):
            candidates.append((start, end, replacement, flag))
    chosen: list[tuple[int, int, str, Flag]] = []
    left: list[tuple[int, int, str, Flag]] = []  # on words a chosen flag rewrites
    for candidate in sorted(candidates, key=lambda c: (c[0] - c[1], -len(c[2]), LEVELS.index(c[3].level),
                                                       c[3].code, c[0])):
        overlaps = any(candidate[0] < e and s < candidate[1] for s, e, _, _ in chosen)
        (left if overlaps else chosen).append(candidate)
    result = text
    for start, end, replacement, _ in sorted(chosen, key=lambda c: -c[0]):
        first = _opens_text(text[:start]) or _title_cased(text[end:], replacement)
        result = _splice(result, start, end, _fitted(replacement, result, text[start:end], first))
    # a flag on words another rewrote still rewrites what it matched if the rewrite kept it ("extremely potent" made
    # "potent", then "potent" deleted): when those words occur once in the text and once in the rewrite
    for start, end, _, flag in left:
        words = rf"(?<!\w){re.escape(text[start:end])}(?!\w)"
        found = list(re.finditer(words, result))
        if len(re.findall(words, text)) != 1 or len(found) != 1:
            continue
        at, stop = found[0].span()
        replacement = rules[flag.code].replacement_for(text[start:end], result[:at], result[stop:])
        if replacement is not None:
            first = _opens_text(result[:at]) or _title_cased(result[stop:], replacement)
            result = _splice(result, at, stop, _fitted(replacement, result, text[start:end], first))
    result = _tidy(result)
    # a first word deleted ("Miracle cures like this …") leaves its capital to the next one, also after heading
    # marks ("## Safe at high doses" made "## Generally well tolerated …")
    opening = TEXT_OPENING.match(text)
    letter = text[opening.end() if opening else 0:][:1]
    return _capitalised(result) if letter.isupper() else result


def _fitted(replacement: str, result: str, matched: str, first: bool) -> str:
    """A replacement without the bracketed requests and parenthesised notes `result` already makes ("(not yet shown
    in patients)" once a sentence, not after "laboratory" and again after "dish"), capitalised like the `first`
    word of the sentence it replaces (or a word of a title)."""
    for request in re.findall(r"\s*\[[^\]]*\]|\s*\([^()]*\)", replacement):
        if request.strip() in result:
            replacement = replacement.replace(request, "", 1)
    if replacement and first and matched[:1].isupper():
        replacement = replacement[:1].upper() + replacement[1:]
    return replacement


# the words that end the text before a splice, read from where its last words start (`_tail`): each match lies in
# them, so the search need not try every position of a sentence hundreds of lines long (bench/open_quote.py)
_LAST_WORD = re.compile(r"(?:^|(?<=\s))[\w'’-]+\s*$")
_LAST_TOKEN = re.compile(r"(\S+)\s+$")
_LAST_COORDINATED = re.compile(r"(?:^|(?<=\s))(\S+)\s+(?:and|or)\s+$")
_LAST_ARTICLE = re.compile(r"(?:^|(?<=\s))(an?|An?)(\s+)$")


def _tail(text: str, words: int) -> int:
    """Where the last `words` blank-separated words of `text` start, with the blanks after them (0 when it has
    fewer): a search from there, which still sees the blank before it, finds what a search of the whole text finds
    for a pattern anchored at the end that spans at most that many words."""
    i = len(text)
    for _ in range(words):
        while i and text[i - 1].isspace():
            i -= 1
        while i and not text[i - 1].isspace():
            i -= 1
    return i


def _char_before(text: str, i: int) -> str:
    """The last character of `text[:i]` that is no blank, or "" (text[:i].rstrip()[-1:] without the copy)."""
    while i and text[i - 1].isspace():
        i -= 1
    return text[i - 1] if i else ""


def _splice(text: str, start: int, end: int, replacement: str) -> str:
    """`text` with [start, end) replaced, mending the seams: a replacement that ends (or starts) with the word right
    after (or before) it, with only blanks between, drops its copy ("… some healthy cells" before "cells"; "… to"
    before "to extend"), one that repeats the word coordinated before it replaces both ("supports and boosts" made
    "supports …"), and an article "a" / "an" right before the splice agrees with the word now after it ("a
    breakthrough" made "an advance"; not the letter of "vitamin A")."""
    before, after = text[:start], text[end:]
    # a replacement opened by "<" takes the place of the word before the match too, one word per "<": the
    # conjunction of a coordinated adjective that goes ("intriguing and powerful components" -> "intriguing
    # components"), the "the" of a superlative made plain ("the best ways" -> "good ways"), the approximator of an
    # absolute that goes ("virtually no side effects" -> "few reported side effects")
    dropped = len(replacement) - len(replacement.lstrip("<"))
    if dropped:
        replacement = replacement[dropped:].lstrip()
        for _ in range(dropped):
            word = _LAST_WORD.search(before, _tail(before, 1))
            if word is None:
                break
            capital = word.group(0)[:1].isupper() \
                and _char_before(before, word.start()) in ("", ".", "!", "?", ":", "#")
            before = before[:word.start()]
            if capital and replacement:  # the sentence's first word went: its capital goes to the next one
                replacement = replacement[:1].upper() + replacement[1:]
    # a replacement closed by ">" makes the plural noun after the match singular: a superlative that picked one
    # from a group says it is one of them ("one of the best medicinal herbs" -> "a good medicinal herb")
    if replacement.endswith(">"):
        replacement = replacement[:-1].rstrip()
        noun = plural_ahead(after)
        if noun is not None:
            after = after[:noun.start()] + singular(noun.group(0)) + after[noun.end():]
    # a request ending the replacement of the first part of a hyphenated compound goes after the compound
    # ("faster-growing hair" made "faster-growing [than what? …] hair", not "faster [than what? …]-growing hair")
    request, compound = re.search(r"\s*\[[^\]]*\]$", replacement), re.match(r"-[\w'’-]+", after)
    if request and compound:
        replacement = replacement[:request.start()] + compound.group(0) + request.group(0)
        after = after[compound.end():]
    # ... and one ending the owner of a possessive goes after the thing owned ("the immune system's ability [name
    # the outcome …]", not "the immune system [name the outcome …]'s ability")
    possessive = re.match(r"(?:'s|’s)\s+[\w-]+", after) if request and not compound else None
    if request and possessive:
        replacement = replacement[:request.start()] + possessive.group(0) + request.group(0)
        after = after[possessive.end():]
    # ... and one after "than" or "to" of a comparison goes after what it is compared with ("better than Minoxidil
    # [name the head-to-head trial]", not "better than [name the head-to-head trial] Minoxidil")
    compares = request is not None and re.search(r"\b(?:than|to)$", replacement[:request.start()], re.I) is not None
    compared = rewrite_words().compared_with.match(after) if compares else None
    if request and compared and compared.group(0).strip():
        replacement = replacement[:request.start()] + compared.group(0) + request.group(0)
        after = after[compared.end():]
    # ... and one asking for the comparator or the absolute risks goes after the noun phrase it is about ("a better
    # quality of life [than what? …] and longer survival", "Reduced risk of relapse [give the absolute risks …]"),
    # not between an adjective and its noun ("a better [than what? …] quality of life")
    phrase = rewrite_words().phrase_ahead.match(after) if request and not (compound or possessive or compared) \
        and request.group(0).lstrip() in rewrite_words().phrase_requests else None
    if request and phrase and phrase.group(0).strip():
        replacement = replacement[:request.start()] + phrase.group(0) + request.group(0)
        after = after[phrase.end():]
    words = replacement.split()
    following = re.match(r"\s*([\w\[][^\s,.;:!?)]*)", after)
    preceding = _LAST_TOKEN.search(before, _tail(before, 1))
    if words and following and words[-1].lower() == following.group(1).lower():
        words = words[:-1]
    if words and preceding and words[0].lower() == preceding.group(1).lower():
        words = words[1:]
    # a word deleted before "and" or "or" after an article or a preposition takes the conjunction with it ("the
    # introduction of newer and more effective drugs" -> "of more effective drugs", not "of and more effective")
    joined = re.match(r"\s+(?:and|or)\s+", after) if not words else None
    if joined and (preceding is None and not before.strip() or preceding is not None
                   and preceding.group(1).lower() in rewrite_words().joining_before):
        after = " " + after[joined.end():]
    # a replacement that repeats the verb coordinated right before it ("it supports and boosts your immune system"
    # made "supports and supports the normal function …") takes the place of both
    coordinated = _LAST_COORDINATED.search(before, _tail(before, 2))
    if words and coordinated and words[0].lower() == coordinated.group(1).lower():
        before = before[:coordinated.start()]
    # an article opening the replacement agrees with the word after it ("one of the most effective" -> "an effective")
    if len(words) > 1 and words[0].lower() in INDEFINITE_ARTICLES:
        words[0] = _agreeing(words[0], words[1])
    next_word = words[0] if words else (following.group(1) if following else "")
    article = _LAST_ARTICLE.search(before, _tail(before, 1))
    opening = article and _char_before(before, article.start(1)) in ("", ".", "!", "?", ":", ";", '"', "\u201c")
    if article and next_word and (article.group(1).islower() or opening):  # "A" inside a sentence is a letter
        before = before[:article.start(1)] + _agreeing(article.group(1), next_word) + article.group(2)
    return before + " ".join(words) + after


REWRITE_KEYS = {"phrase_request_rules", "phrase_stops", "articles", "comparison_stops", "joining_before",
                "function_words"}


class RewriteWords(NamedTuple):
    """pipeline/lexicons/rewrites.yml, read for the splicer: where a request goes and which words go with the match."""

    phrase_requests: frozenset[str]  # the requests of `phrase_request_rules`, as their rewrites write them
    phrase_ahead: re.Pattern[str]  # the noun phrase such a request goes after
    compared_with: re.Pattern[str]  # what a comparison is with, after "than" / "to"
    joining_before: frozenset[str]
    function_words: frozenset[str]


@lru_cache(maxsize=1)
def rewrite_words() -> RewriteWords:
    """lexicons/rewrites.yml, with the requests of its `phrase_request_rules` read from the rule packs."""
    here = "pipeline/lexicons/rewrites.yml"
    data = read_word_lists("lexicons/rewrites.yml", REWRITE_KEYS)
    words = {key: [str(w).lower() for w in value] for key, value in data.items()}
    rules = {rule.code: rule for rule in load_rules()}
    requests: set[str] = set()
    for code in (w.upper() for w in words["phrase_request_rules"]):
        found = [REQUEST.search(value) for _, value in rules[code].rewrite] if code in rules else []
        if not any(found):
            raise DataError(f"phrase_request_rules: {code} is no rule with a request in its rewrite", here)
        requests.update(m.group(0) for m in found if m is not None)
    articles = set(words["articles"])
    # after "of" an article and a coordinated noun stay in the phrase ("the chance of breaking a bone", "the risk of
    # cancer and heart disease"), not "and of dying …"
    of_stop = _none_of([w for w in words["phrase_stops"] if w not in articles])
    phrase_ahead = re.compile(rf"(?:\s+{_none_of(words['phrase_stops'])}[\w'’%-]+){{0,3}}"
                              rf"(?:\s+of(?:\s+(?:(?:and|or)\s+)?{of_stop}[\w'’%-]+){{1,5}})?")
    compared_with = re.compile(rf"(?:\s+{_none_of(words['comparison_stops'])}[\w'’%+-]+){{1,6}}")
    return RewriteWords(frozenset(requests), phrase_ahead, compared_with, lower_words(data["joining_before"]),
                        lower_words(data["function_words"]))


REQUEST = re.compile(r"\[[^\]]*\]$")  # a request closing a replacement ("… [than what? name the comparator]")


def _none_of(words: list[str]) -> str:
    """A look-ahead that none of these words opens what follows."""
    return rf"(?!(?:{'|'.join(re.escape(w) for w in words)})\b)"


def _agreeing(article: str, word: str) -> str:
    """"a" or "an" as `word` needs it, capitalised like `article`."""
    fitting = "an" if _vowel_sound(word) else "a"
    return fitting.capitalize() if article[0] == "A" else fitting


def _vowel_sound(word: str) -> bool:
    """Does the word start with a vowel sound ("an advance", "an MRI", "an 8-week", but "a uniform", "a one-off")?"""
    if re.match(r"[A-Z]{2,}", word):  # an acronym is said letter by letter
        return word[0] in "AEFHILMNORSX"
    if re.match(r"8|1[18](\D|$)", word):  # "an 8-week", "an 80-year-old", "an 11-year", not "a 12-week"
        return True
    word = word.lower()
    if word.startswith(("hour", "honest", "honor", "honour", "heir")):
        return True
    return word[:1] in "aeiou" and not re.match(r"uni(?!n)|use|usu|uti|eu|one|once|ure", word)


def _opens_sentence(claim: Claim) -> bool:
    """Does the claim's text open its sentence (or is there no sentence to fall back on)?"""
    text, sentence = " ".join(claim.text.split()), " ".join(claim.sentence.split())
    return not sentence or sentence.startswith(text[:30])


def _lower_first(text: str) -> str:
    """The text with its first letter lower-cased to follow "According to …, ", unless it opens a name of several
    capitalised words ("Hyperbaric Oxygen Therapy (HBOT) has …", "Immunity Formula combines …") or is an acronym."""
    words = text.split(maxsplit=2)
    if len(words) > 1 and words[1][:1].isupper() and words[0].lower().strip(",") not in rewrite_words().function_words:
        return text
    if words and any(letter.isupper() for letter in words[0][1:]):  # a name written with inner capitals: "FloraGreens"
        return text
    return text[:1].lower() + text[1:] if text[:2].isalpha() and not text[:2].isupper() else text


# _tidy's patterns, compiled once: every claim's suggestion is tidied, flagged or not. Each opens with what lets the
# engine skip to where it may match: a blank (_tidy has made every run of blanks one space) or a letter
SPACE_BEFORE_MARK = re.compile(r" ([,.;:!?])")
REPEATED_COMMAS = re.compile(r",(?:\s*,)+")
TWO_ARTICLES = re.compile(r"\b([Aa]n?|[Tt]he) (an?|the)\b")
# ... and each is tried only where it can match, as most texts hold none of them: TWO_ARTICLES where this finds the
# second article (the same test, opened at the blank between the two, which the engine skips to: the "\b" that
# opens TWO_ARTICLES has it try every character), the others where a word they need is in the text
TWO_ARTICLES_SEEN = re.compile(r" (?:(?<=\b[Aa] )|(?<=\b[Aa]n )|(?<=\b[Tt]he ))(?:an?|the)\b")
OWNER_ARTICLE = re.compile(r"(?=[OoYyTtMm])\b([Oo]ur|[Yy]our|[Tt]heir|[Mm]y) (?:a|an) ")
SCOPE_ARTICLE = re.compile(r"([Tt])(?<=\b[Tt])he (?:world|nation|country)(?:'s|’s|s) (an?) ")


def _tidy(text: str) -> str:
    text = " ".join(text.split())
    if any(mark in text for mark in (" ,", " .", " ;", " :", " !", " ?")):
        text = SPACE_BEFORE_MARK.sub(r"\1", text)
    if text.count(",") > 1:
        text = REPEATED_COMMAS.sub(",", text)  # a rewrite ending in a comma before the text's own ("…in [trial],,")
    # two articles in a row ("the a good", "The an effective"): the second stays, with the first one's capital
    if TWO_ARTICLES_SEEN.search(text):
        text = TWO_ARTICLES.sub(lambda m: m.group(2).capitalize() if m.group(1)[0].isupper() else m.group(2), text)
    # "Our most powerful formula" -> "Our a strong formula": the owner's word stays (not "her", "that": "gave her a
    # pill", "shows that a dose …")
    lowered = text.lower()
    if "our a" in lowered or "their a" in lowered or "my a" in lowered:
        text = OWNER_ARTICLE.sub(r"\1 ", text)
    if "he world" not in text and "he nation" not in text and "he country" not in text:
        return text
    # a superlative's scope went with it: "the world's fastest" made "the world's a fast" is "a fast"
    return SCOPE_ARTICLE.sub(lambda m: (m.group(2).capitalize() if m.group(1) == "T" else m.group(2)) + " ", text)
