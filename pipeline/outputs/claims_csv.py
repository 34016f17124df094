"""The claim ledger: one row per claim, sorted by source and offset (pandas writes RFC 4180 CSV)."""

from __future__ import annotations

import io

import pandas as pd

from pipeline.models import RunResult

COLUMNS = ("claim_id", "source", "line", "column", "start", "end", "claim", "sentence", "subject", "topic",
           "category", "strength", "negated", "hedged", "status", "flags", "evidence_ids", "reference_ids",
           "rationale", "suggestion")


def render(result: RunResult) -> str:
    rows = []
    for claim in result.claims():
        rows.append({
            "claim_id": claim.claim_id, "source": claim.source, "line": claim.line, "column": claim.column,
            "start": claim.start, "end": claim.end, "claim": claim.text, "sentence": claim.sentence,
            "subject": claim.subject, "topic": claim.topic, "category": claim.category,
            "strength": claim.strength, "negated": str(claim.negated).lower(), "hedged": str(claim.hedged).lower(),
            "status": claim.status, "flags": " ".join(claim.flags),
            "evidence_ids": " ".join(m.evidence_id for m in claim.evidence),
            "reference_ids": " ".join(dict.fromkeys(m.reference_id for m in claim.evidence)),
            "rationale": claim.rationale, "suggestion": claim.suggestion,
        })
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    frame = frame.sort_values(["source", "start", "end", "claim_id"], kind="stable")
    buffer = io.StringIO()
    frame.to_csv(buffer, index=False, lineterminator="\n")
    return buffer.getvalue()
