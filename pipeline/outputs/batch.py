"""Write a run's outputs (documents, claim ledger, HTML reports) one source at a time, in path order.

For each source, where it is audited (a worker process): if its cached view holds every fragment this run
writes and no waiver applies to it, the fragments are taken as they are; otherwise the source is loaded,
waived, summarised and rendered, and (when nothing was waived) its view is stored for the next run. The main
process only appends fragments to the outputs and keeps the small per-source summaries.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from pipeline import __version__
from pipeline.audit import Audited, AuditRun
from pipeline.gate import FailOn
from pipeline.outputs.document import DocumentWriter, Format, RunSummary, SourceSummary
from pipeline.waivers import WaiverLedger

if TYPE_CHECKING:
    from pipeline.outputs.html import ReportFolder


def write_run(run: AuditRun, fail_on: FailOn, ledger: WaiverLedger, documents: list[DocumentWriter],
              reports: ReportFolder | None = None, progress: Callable[[str], None] | None = None) -> RunSummary:
    """Every source's outputs, rendered where it is audited (in the workers) and written here, in path order."""
    summary = RunSummary(__version__, fail_on)
    formats = [writer.fmt for writer in documents]
    try:
        for item, fragments, used in run.map(partial(_render, fail_on, ledger, formats, reports)):
            for writer in documents:
                writer.add(fragments[writer.fmt.cache_name])
            if reports:
                reports.add(item.path, fragments)
            ledger.used.update(used)
            summary.sources.append(item.totals())  # the keys went to the cached view, if any
            if progress:
                progress(item.path)
    except BaseException:
        for writer in documents:
            writer.abort()
        if reports:
            reports.abort()
        raise
    for writer in documents:
        writer.close(summary)
    if reports:
        reports.close()
    return summary


def _render(fail_on: FailOn, ledger: WaiverLedger, formats: list[Format], reports: ReportFolder | None,
            item: Audited) -> tuple[SourceSummary, dict[str, str], set[int]]:
    """One source's summary, its fragments for every output, and the waivers it used: copied from its cached view
    when that holds them all and no waiver applies, else rendered (and cached when nothing was waived)."""
    wanted = {fmt.cache_name for fmt in formats}
    if reports:
        wanted.update(reports.fragment_names(item.path))
    cache = item.auditor.cache
    view = cache.get_view(item.key, fail_on.spec) if item.key else None
    if view is not None and wanted <= view["fragments"].keys() and not ledger.touches(
            item.path, view["summary"]["claim_keys"], view["summary"]["flag_keys"]):
        return SourceSummary.from_record(view["summary"]), view["fragments"], set()
    loaded = item.load()
    used = set(ledger.used)
    source = ledger.apply(loaded)
    summary = SourceSummary.of(source, fail_on)
    fragments = {fmt.cache_name: fmt.fragment(source) for fmt in formats}
    if reports:
        fragments.update(reports.render(source))
    if item.key and source == loaded:  # nothing waived: what was rendered holds for every later run
        kept = view["fragments"] if view and view["summary"] == summary.to_record() else {}
        cache.put_view(item.key, fail_on.spec, {"summary": summary.to_record(), "fragments": {**kept, **fragments}})
    return summary, fragments, ledger.used - used
