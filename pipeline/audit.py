"""Run the whole audit: ingest -> nlp -> claims -> evidence + rules -> RunResult. The engine never prints."""

from __future__ import annotations

import fnmatch
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

from pipeline import __version__
from pipeline.claims import extract_claims
from pipeline.config import Config
from pipeline.errors import InputError
from pipeline.evidence import EvidenceIndex, assess_claim, extract_terms
from pipeline.ingest import SOURCE_SUFFIXES, load_source
from pipeline.models import Claim, Flag, RunResult, SourceResult
from pipeline.nlp import Analysis, analyse
from pipeline.references import load_library
from pipeline.rules.engine import apply_rewrites, find_claim_flags, find_flags
from pipeline.changes import changed_files, new_findings
from pipeline.rules.loader import Rule, load_rules, select_rules
from pipeline.waivers import apply_suppressions, find_suppressions

BLOCKING_PACKS = {"CUR", "ABS"}


def find_sources(paths: Iterable[str], exclude: Iterable[str] = ()) -> list[Path]:
    """Source files under the given paths, sorted; a path that is neither a file nor a folder is an error."""
    found: set[Path] = set()
    patterns = tuple(exclude)
    for given in paths:
        path = Path(given)
        if path.is_file():
            found.add(path)
        elif path.is_dir():
            for candidate in path.rglob("*"):
                if candidate.is_file() and candidate.suffix.lower() in SOURCE_SUFFIXES and not _excluded(candidate, patterns):
                    found.add(candidate)
        else:
            raise InputError("no such file or directory", path.as_posix())
    if not found:
        raise InputError("no source files (.txt, .md, .html) found", ", ".join(paths))
    return sorted(found, key=lambda p: p.as_posix())


def _excluded(path: Path, patterns: tuple[str, ...]) -> bool:
    return any(fnmatch.fnmatch(path.name, p) or fnmatch.fnmatch(path.as_posix(), p) for p in patterns)


def run_audit(config: Config, paths: Iterable[str] | None = None, progress: Callable[[str], None] | None = None,
              changed_since: str | None = None) -> RunResult:
    """Audit every source; with `changed_since`, only sources changed since that git revision and only their new
    or changed claims."""
    rules = select_rules(load_rules(), config.select, config.ignore)
    library = load_library(config.references)
    index = EvidenceIndex(library, config.model)
    given = list(paths or config.sources)
    files = find_sources(given, config.exclude)
    if changed_since:
        changed = changed_files(changed_since, [Path(p) for p in given])
        files = [f for f in files if _display(f) in changed or f.as_posix() in changed]
    results = []
    for path in files:
        source = load_source(path, _display(path))
        result = audit_source(analyse(source, config.model), index, rules)
        results.append(apply_suppressions(result, find_suppressions(source)))
        if progress:
            progress(source.path)
    result = RunResult(version=__version__, sources=tuple(results))
    return new_findings(result, changed_since, config.model) if changed_since else result


def _display(path: Path) -> str:
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def audit_source(analysis: Analysis, index: EvidenceIndex, rules: tuple[Rule, ...]) -> SourceResult:
    claims = extract_claims(analysis)
    flags = find_flags(analysis, claims, rules)
    by_code = {rule.code: rule for rule in rules}
    assessed = []
    for claim in claims:
        own = [f for f in flags if f.claim_id == claim.claim_id]
        terms = extract_terms(analysis, *_token_range(analysis, claim))
        subject_terms = _subject_terms(claim)
        terms.weights.update({k: v for k, v in subject_terms.items() if k not in terms.weights})
        blocking = any(f.level in ("error", "warning") and by_code[f.code].pack in BLOCKING_PACKS for f in own)
        verdict = assess_claim(claim, terms, index, blocking)
        assessed.append(replace(verdict, suggestion=_suggestion(verdict, own, by_code)))
    flags = sorted([*flags, *find_claim_flags(analysis, assessed, rules, flags)], key=lambda f: (f.start, f.end, f.code))
    codes = {claim.claim_id: tuple(sorted({f.code for f in flags if f.claim_id == claim.claim_id})) for claim in assessed}
    assessed = [replace(claim, flags=codes[claim.claim_id]) for claim in assessed]
    return SourceResult(analysis.source.path, tuple(assessed), tuple(flags))


def _token_range(analysis: Analysis, claim: Claim) -> tuple[int, int]:
    first = next(i for i, t in enumerate(analysis.tokens) if t.end > claim.start)
    last = next((i for i, t in enumerate(analysis.tokens) if t.start >= claim.end), len(analysis.tokens))
    return first, last


def _subject_terms(claim: Claim) -> dict[str, float]:
    """Terms of the resolved subject when the claim's own words do not name it ("it targets …")."""
    if not claim.subject or claim.subject.lower() in claim.text.lower():
        return {}
    from pipeline.nlp import analyse_text

    subject = analyse_text(claim.subject)
    return {k: v for k, v in extract_terms(subject, 0, len(subject.tokens)).weights.items() if not k.startswith("w:")}


def _suggestion(claim: Claim, flags: list[Flag], rules: dict[str, Rule]) -> str:
    """A safer wording for this claim: the evidence's strongest wording, or the flagged words rewritten."""
    rewritten = apply_rewrites(claim.text, claim.start, flags, rules)
    decisive = claim.evidence[0] if claim.evidence else None
    if claim.status in ("contradicted", "overstated") and decisive:
        wording = decisive.strongest_claim.partition(":")[2].strip() or decisive.strongest_claim
        return f"{wording[:1].upper()}{wording[1:]} ({decisive.reference_id})."
    if claim.status == "unsupported":
        return f"Cite a source (trial or review, population, figures) for: {rewritten}"
    return rewritten if rewritten != " ".join(claim.text.split()) else ""
