"""`--changed-since REV`: only the sources changed since a git revision, and only their new or changed claims."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from pathlib import Path

from pipeline.claims import extract_claims, normalize_claim
from pipeline.errors import DataError
from pipeline.ingest import build_source, source_kind
from pipeline.models import SourceResult
from pipeline.nlp import analyse


def _git(*args: str) -> str:
    try:
        done = subprocess.run(["git", *args], capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise DataError("git is not installed (needed for --changed-since)") from None
    if done.returncode != 0:
        raise DataError(f"git {' '.join(args)}: {done.stderr.strip() or 'failed'}")
    return done.stdout


def changed_files(revision: str, paths: list[Path]) -> set[str]:
    """Files changed (added, copied, modified, renamed) since `revision`, plus untracked ones, as posix paths."""
    _git("rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}")
    names = [p.as_posix() for p in paths]
    changed = _git("diff", "--name-only", "--diff-filter=ACMR", "--relative", revision, "--", *names).split("\n")
    untracked = _git("ls-files", "--others", "--exclude-standard", "--", *names).split("\n")
    return {name for name in (*changed, *untracked) if name}


def new_findings(source: SourceResult, revision: str, model: str | None = None) -> SourceResult:
    """Keep the claims whose fingerprint is not in the file at `revision`, and the flags on them or outside
    any claim that the old file did not have."""
    old = _baseline(revision, source.path, model)
    claims = tuple(c for c in source.claims if c.claim_id not in old[0])
    kept = {c.claim_id for c in claims}
    flags = tuple(f for f in source.flags if f.claim_id in kept or
                  (f.claim_id is None and (f.code, normalize_claim(f.text)) not in old[1]))
    return replace(source, claims=claims, flags=flags)


def _baseline(revision: str, path: str, model: str | None) -> tuple[set[str], set[tuple[str, str]]]:
    try:
        text = _git("show", f"{revision}:./{path}")
    except DataError:
        return set(), set()  # a new file: everything in it is new
    from pipeline.rules.engine import find_flags
    from pipeline.rules.loader import load_rules

    analysis = analyse(build_source(path, text, source_kind(path)), model)
    claims = extract_claims(analysis)
    flags = find_flags(analysis, claims, load_rules())
    return {c.claim_id for c in claims}, {(f.code, normalize_claim(f.text)) for f in flags if f.claim_id is None}
