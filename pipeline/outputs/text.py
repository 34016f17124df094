"""Linter-style text: `path:line:col: CODE level message`, then a summary table per source."""

from __future__ import annotations

from collections import Counter

from pipeline.gate import FailOn, voice_note
from pipeline.models import LEVELS, STATUSES, RunResult, SourceResult
from pipeline.outputs.document import Format, RunSummary, SourceSummary, render_whole


class TextFormat(Format):
    name = "text"

    fixed_head = True
    uses_gate = False

    def fragment(self, source: SourceResult) -> str:
        findings = [((c.line, c.column, "~"), f"{c.source}:{c.line}:{c.column}: {c.status.upper()} "
                     f"\"{_one_line(c.text)}\" — {_one_line(c.rationale)}"
                     + (f" [{c.voice}: {voice_note(c)}]" if voice_note(c) else ""))
                    for c in source.claims if c.status != "supported"]
        findings += [((f.line, f.column, f.code), f"{source.path}:{f.line}:{f.column}: {f.code} {f.level}: "
                      f"\"{_one_line(f.text)}\" — {_one_line(f.message)}"
                      + (f" [level lowered: {f.level_reason}]" if f.level_reason else "")) for f in source.flags]
        return "".join(text + "\n" for _, text in sorted(findings))

    def tail(self, run: RunSummary) -> str:
        return "\n" + summary_table(run.sources) + "\n"


def render(result: RunResult) -> str:
    return render_whole(TextFormat(FailOn()), result.version, result.sources)


def _one_line(text: str) -> str:
    """Untrusted text on one line: a line break in a source or a reference must not start a new output line
    (CI runners read some line prefixes, such as `::error::`, as commands)."""
    return " ".join(text.split())


def summary_table(sources: list[SourceSummary]) -> str:
    """Claims per status and flags per level, one row per source and a total."""
    header = ["source", "claims", *STATUSES, *LEVELS]
    rows = []
    total: Counter = Counter()
    for source in sources:
        counts = Counter(source.counts)
        counts["claims"] = source.claims
        total.update(counts)
        rows.append([source.path, *(str(counts[k]) for k in header[1:])])
    rows.append(["total", *(str(total[k]) for k in header[1:])])
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]

    def line(row: list[str]) -> str:
        return "  ".join(cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in enumerate(zip(row, widths)))

    return "\n".join([line(header), *(line(r) for r in rows)])
