"""The claim ledger: one row per claim, sorted by source and offset (RFC 4180 CSV from the stdlib writer, which
streams row by row; sources arrive in path order, so only each source's own rows need sorting)."""

from __future__ import annotations

import csv
import io

from pipeline.gate import FailOn
from pipeline.models import RunResult, SourceResult
from pipeline.outputs.document import Format, RunSummary, render_whole

COLUMNS = ("claim_id", "source", "line", "column", "start", "end", "claim", "sentence", "subject", "topic",
           "category", "strength", "negated", "hedged", "voice", "status", "flags", "evidence_ids", "reference_ids",
           "rationale", "suggestion")


class CsvFormat(Format):
    name = "csv"

    fixed_head = True
    uses_gate = False

    def fragment(self, source: SourceResult) -> str:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        for claim in sorted(source.claims, key=lambda c: (c.start, c.end, c.claim_id)):
            writer.writerow((
                claim.claim_id, claim.source, claim.line, claim.column, claim.start, claim.end, claim.text,
                claim.sentence, claim.subject, claim.topic, claim.category, claim.strength,
                str(claim.negated).lower(), str(claim.hedged).lower(), claim.voice, claim.status, " ".join(claim.flags),
                " ".join(m.evidence_id for m in claim.evidence),
                " ".join(dict.fromkeys(m.reference_id for m in claim.evidence)), claim.rationale, claim.suggestion))
        return buffer.getvalue()

    def head(self, run: RunSummary | None) -> str:
        return ",".join(COLUMNS) + "\n"


def render(result: RunResult) -> str:
    return render_whole(CsvFormat(FailOn()), result.version, sorted(result.sources, key=lambda s: s.path))
