"""Analysis + claims + rule packs -> flags, each with its offending words, message, authority and a safer wording.

Two rule types (the code); the rules themselves are data:
- existence: a pattern match is a flag unless a ConText modifier or a sentence cue says otherwise;
- claim: a claim whose category/strength/qualifiers meet the rule's `when` conditions is a flag.
"""

from __future__ import annotations

import re

from pipeline.models import Claim, Flag
from pipeline.nlp import Analysis, Mention, Segment
from pipeline.rules.loader import Rule

SILENCING_HEDGES = {"HEDGED", "HYPOTHETICAL"}


def find_flags(analysis: Analysis, claims: list[Claim], rules: tuple[Rule, ...]) -> list[Flag]:
    by_code = {rule.code: rule for rule in rules}
    flags: list[Flag] = []
    for mention in analysis.mentions:
        if mention.kind == "rule" and mention.label in by_code:
            flag = _existence_flag(analysis, mention, by_code[mention.label])
            if flag:
                flags.append(flag)
    for rule in rules:
        if rule.type == "claim":
            flags.extend(_claim_flag(analysis, claim, rule) for claim in claims if _claim_applies(analysis, claim, rule))
    flags = [_attach(flag, claims) for flag in flags]
    return sorted(set(flags), key=lambda f: (f.start, f.end, f.code))


def _segment_of(analysis: Analysis, mention: Mention) -> Segment | None:
    for segment in analysis.segments:
        if segment.first <= mention.first < segment.last:
            return segment
    return None


def _existence_flag(analysis: Analysis, mention: Mention, rule: Rule) -> Flag | None:
    segment = _segment_of(analysis, mention)
    if segment is None:
        return None
    modifiers = [m for m in analysis.modifiers_on(mention.first, mention.last)
                 if segment.first <= m.trigger.first < segment.last]
    categories = {m.category for m in modifiers}
    if categories & set(rule.unless_modified):
        return None
    cues = {m.label for m in analysis.of_kind("cue", segment.first, segment.last)}
    if any(label in cues for label in rule.unless_sentence_has):
        return None
    if rule.requires_sentence_has and not any(label in cues for label in rule.requires_sentence_has):
        return None
    level = rule.level
    if categories & SILENCING_HEDGES and rule.hedged_level:
        level = rule.hedged_level
    text = analysis.source.text[mention.start:mention.end]
    sentence = analysis.source.text[segment.start:segment.end]
    line, column = analysis.source.line_col(mention.start)
    return Flag(
        code=rule.code, name=rule.name, level=level, start=mention.start, end=mention.end, line=line, column=column,
        text=" ".join(text.split()), message=rule.message,
        suggestion=rewrite_sentence(sentence, mention.start - segment.start, mention.end - segment.start, rule),
        authority=rule.authority, modifiers=tuple(sorted(categories)),
    )


def _claim_applies(analysis: Analysis, claim: Claim, rule: Rule) -> bool:
    when = dict(rule.when)
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
    return True


def _has_citation(analysis: Analysis, claim: Claim) -> bool:
    for segment in analysis.segments:
        if segment.start <= claim.start < segment.end:
            return any(m.label == "citation" for m in analysis.of_kind("cue", segment.first, segment.last))
    return False


def _claim_flag(analysis: Analysis, claim: Claim, rule: Rule) -> Flag:
    suggestion = f"According to [source: trial or review, population, figures], {_lower_first(claim.text)}"
    return Flag(code=rule.code, name=rule.name, level=rule.level, start=claim.start, end=claim.end,
                line=claim.line, column=claim.column, text=claim.text, message=rule.message, suggestion=_tidy(suggestion), authority=rule.authority)


def _attach(flag: Flag, claims: list[Claim]) -> Flag:
    """The claim a flag falls in (None when the flag is outside every claim, e.g. in a heading)."""
    for claim in claims:
        if claim.start <= flag.start < claim.end:
            return Flag(**{**flag.__dict__, "claim_id": claim.claim_id})
    return flag


def rewrite_sentence(sentence: str, start: int, end: int, rule: Rule) -> str:
    """The sentence with the offending words replaced by the rule's safer wording."""
    matched = sentence[start:end]
    replacement = rule.replacement_for(matched)
    if replacement is None:
        return _tidy(sentence)
    if replacement and matched[:1].isupper() and start == len(sentence[:start]) - len(sentence[:start].lstrip()):
        replacement = replacement[:1].upper() + replacement[1:]
    return _tidy(sentence[:start] + replacement + sentence[end:])


def apply_rewrites(text: str, offset: int, flags: list[Flag], rules: dict[str, Rule]) -> str:
    """A claim's text with every flag inside it rewritten (rightmost first, so offsets stay valid)."""
    result = text
    taken: list[tuple[int, int]] = []
    for flag in sorted(flags, key=lambda f: (-f.start, f.code)):
        start, end = flag.start - offset, flag.end - offset
        rule = rules.get(flag.code)
        if rule is None or rule.type != "existence" or start < 0 or end > len(text):
            continue
        if any(start < e and s < end for s, e in taken):
            continue
        replacement = rule.replacement_for(text[start:end])
        if replacement is None:
            continue
        result = result[:start] + replacement + result[end:]
        taken.append((start, end))
    return _tidy(result)


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:2].isalpha() and not text[:2].isupper() else text


def _tidy(text: str) -> str:
    text = " ".join(text.split())
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    return re.sub(r"\b(a|an|the) (a|an|the)\b", r"\2", text)
