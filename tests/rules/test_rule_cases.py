"""Data-driven rule tests: tests/rules/cases/<CODE>.yml, one file per rule code.

Case file format::

    rule: CUR001
    flag:                      # each must produce at least one flag with this code
      - sentence: "This therapy cures multiple myeloma."
        text: "cures"          # optional: words a flag must cover (Flag.text is them, or a span containing them)
        level: error           # optional: the level that flag must have
        suggestion: "…"        # optional: that flag's safer wording of the sentence (Flag.suggestion), with this
                               # rule alone: flags of several rules in one sentence share one wording of it
        xfail: "why"           # optional: a known engine defect (strict: the test fails once it is fixed)
    pass:                      # each must produce NO flag with this code
      - "This therapy does not cure multiple myeloma."
      - sentence: "..."        # the mapping form, to add an xfail reason
        xfail: "why"
        page: sober            # optional, for a rule `silent_on_sober_pages`: read alone, a page that neither sells
                               # nor hypes, where the rule flags nothing (else it is read on a page that sells)

Every case becomes its own test, with ids like CUR001-flag-0 and CUR001-pass-2.

A rule `silent_on_sober_pages` flags nothing on a page that neither sells nor hypes (engine.spare_unpromoted): its
cases are read on a page that sells, `SHOP` in a paragraph after them, so that a pass case tests an exception that
holds on any page; its `page: sober` pass cases are read alone, and test that the rule is silent there.

Existence rules are checked with the conftest helper `flags_for` (the engine on one paragraph). Claim rules
(`type: claim`) may depend on the claim's evidence status; when the audit stage can assess claims against the
reference library, they are checked through `pipeline.assessment.audit_source` with the repository's library.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest
import yaml

from pipeline.rules.loader import load_rules

CASES_DIR = Path(__file__).resolve().parent / "cases"
REPO = Path(__file__).resolve().parents[2]
FLAG_KEYS = {"sentence", "text", "level", "suggestion", "xfail"}
PASS_KEYS = {"sentence", "xfail", "page"}
LEVELS = ("error", "warning", "info")
SHOP = "\n\nAdd to cart today for free shipping."  # a shop's words, in a paragraph of their own: the page sells
SOBER_OPENING = "This page is for adults and their carers.\n\n"


# --- loading ---------------------------------------------------------------------------------------------------

def _case_files() -> list[Path]:
    return sorted(CASES_DIR.glob("*.yml"))


def _load(path: Path) -> dict:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data if isinstance(data, dict) else {}


def _normalise(item, kind: str) -> dict:
    """A case item as a dict with at least `sentence` (pass items may be bare strings)."""
    if isinstance(item, str):
        return {"sentence": item}
    return dict(item) if isinstance(item, dict) else {"sentence": item}


def _params() -> list:
    params = []
    for path in _case_files():
        data = _load(path)
        code = str(data.get("rule") or path.stem)
        for kind in ("flag", "pass"):
            for index, item in enumerate(data.get(kind) or []):
                case = _normalise(item, kind)
                marks = []
                if isinstance(case.get("xfail"), str) and case["xfail"].strip():
                    marks.append(pytest.mark.xfail(strict=True, reason=" ".join(case["xfail"].split())))
                params.append(pytest.param(code, kind, case, path.name, id=f"{code}-{kind}-{index}", marks=marks))
    return params


@lru_cache(maxsize=1)
def _rules_by_code() -> dict:
    return {rule.code: rule for rule in load_rules()}


# --- running the engine ----------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _audit():
    """(audit_source, index) when the audit stage can assess claims against the reference library, else None."""
    try:
        from pipeline.audit import audit_source
        from pipeline.evidence import EvidenceIndex
        from pipeline.references import load_library
    except ImportError:
        return None
    return audit_source, EvidenceIndex(load_library(REPO / "references"))


def _flags(text: str, code: str, flags_for) -> list:
    rule = _rules_by_code().get(code)
    audit = _audit() if rule is not None and rule.type == "claim" else None
    if audit is None:
        return list(flags_for(text))
    from pipeline.nlp import analyse_text

    audit_source, index = audit
    return list(audit_source(analyse_text(text), index, load_rules()).flags)


def _alone(text: str, code: str) -> list:
    """The flags of one existence rule on `text` when it is the only rule loaded."""
    from pipeline.nlp import analyse_text
    from pipeline.rules.engine import find_flags

    return find_flags(analyse_text(text), [], (_rules_by_code()[code],))


def _covers(flagged: str, words: str) -> bool:
    """The flagged text covers `words`: the same words, or a longer span containing them as whole words."""
    flagged, words = " ".join(flagged.split()).lower(), " ".join(words.split()).lower()
    return re.search(rf"(?<!\w){re.escape(words)}(?!\w)", flagged) is not None


def _describe(flags) -> str:
    if not flags:
        return "  (no flags at all)"
    return "\n".join(f"  {f.code} {f.level} [{f.text}]" + (f" modifiers={list(f.modifiers)}" if f.modifiers else "")
                     for f in flags)


# --- the cases -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("code", "kind", "case", "filename"), _params())
def test_rule_case(code, kind, case, filename, flags):
    assert case.get("sentence") and isinstance(case["sentence"], str), f"{filename}: a {kind} case needs a sentence"
    allowed = FLAG_KEYS if kind == "flag" else PASS_KEYS
    assert not set(case) - allowed, f"{filename}: unknown key(s) {sorted(set(case) - allowed)} in {case!r}"
    assert code in _rules_by_code(), f"{filename}: no rule {code}"
    sentence = case["sentence"]
    silent = _rules_by_code()[code].silent_on_sober_pages
    assert case.get("page", "sober") == "sober" and ("page" not in case or kind == "pass" and silent), \
        f"{filename}: `page: sober` is for the pass cases of a rule silent_on_sober_pages"
    if silent and "page" not in case:
        sentence += SHOP
    elif "page" in case:
        # after a neutral opening: one paragraph alone is all lead, where a promoter's wording is a sign
        sentence = SOBER_OPENING + sentence
    found = _flags(sentence, code, flags)
    own = [f for f in found if f.code == code]
    report = f"{sentence!r}\nflags raised:\n{_describe(found)}"
    if kind == "pass":
        assert not own, f"{code} should not flag:\n{report}"
        return
    assert own, f"{code} should flag:\n{report}"
    if case.get("text") is not None:
        own = [f for f in own if _covers(f.text, str(case["text"]))]
        assert own, f"{code} should flag the words {case['text']!r}:\n{report}"
    if case.get("level") is not None:
        assert case["level"] in LEVELS, f"{filename}: level must be one of {LEVELS}"
        assert any(f.level == case["level"] for f in own), f"{code} should flag at level {case['level']}:\n{report}"
    if case.get("suggestion") is not None:
        if _rules_by_code()[code].type == "existence":  # the rule's own wording, not the one it shares with others
            own = [f for f in _alone(sentence, code) if _covers(f.text, str(case.get("text") or f.text))]
        assert any(f.suggestion == case["suggestion"] for f in own), \
            f"{code} should suggest {case['suggestion']!r}, suggests {[f.suggestion for f in own]}:\n{report}"


# --- coverage of the rule packs --------------------------------------------------------------------------------

def test_every_rule_has_cases():
    """Every rule (including rules added later) has a case file with at least one flag and one pass case."""
    by_file = {}
    for path in _case_files():
        data = _load(path)
        by_file[str(data.get("rule"))] = data
    problems = []
    for code in _rules_by_code():
        data = by_file.get(code)
        if data is None:
            problems.append(f"{code}: no case file tests/rules/cases/{code}.yml")
            continue
        for kind in ("flag", "pass"):
            if not data.get(kind):
                problems.append(f"{code}: needs at least one {kind!r} case")
    assert not problems, "\n".join(problems)


def test_every_case_file_names_an_existing_rule():
    problems = []
    seen = {}
    for path in _case_files():
        data = _load(path)
        code = data.get("rule")
        if not data:
            problems.append(f"{path.name}: not a YAML mapping")
        elif code not in _rules_by_code():
            problems.append(f"{path.name}: rule {code!r} is not defined in pipeline/rulepacks/")
        elif path.stem != code:
            problems.append(f"{path.name}: the file should be named {code}.yml")
        if code in seen:
            problems.append(f"{path.name}: rule {code} already has cases in {seen[code]}")
        seen[code] = path.name
        unknown = set(data) - {"rule", "flag", "pass"}
        if unknown:
            problems.append(f"{path.name}: unknown top-level key(s) {sorted(unknown)}")
    assert not problems, "\n".join(problems)


def test_cases_were_found():
    assert _case_files(), f"no case files in {CASES_DIR}"
