"""Write a run's outputs (documents, claim ledger, HTML reports) one source at a time, as the audit yields them.

For each source: if its cached view holds every fragment this run writes and no waiver applies to it, the
fragments are copied as they are; otherwise the source is loaded, waived, summarised and rendered, and (when
nothing was waived) its view is stored for the next run. Only the small per-source summaries are kept.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from pipeline import __version__
from pipeline.audit import Audited
from pipeline.gate import FailOn
from pipeline.outputs.document import DocumentWriter, RunSummary, SourceSummary
from pipeline.waivers import WaiverLedger

if TYPE_CHECKING:
    from pipeline.outputs.html import ReportFolder

def write_run(audited: Iterable[Audited], fail_on: FailOn, ledger: WaiverLedger, documents: list[DocumentWriter],
              reports: ReportFolder | None = None, progress: Callable[[str], None] | None = None) -> RunSummary:
    try:
        run = _write(audited, fail_on, ledger, documents, reports, progress)
    except BaseException:
        for writer in documents:
            writer.abort()
        if reports:
            reports.abort()
        raise
    for writer in documents:
        writer.close(run)
    if reports:
        reports.close()
    return run


def _write(audited, fail_on, ledger, documents, reports, progress) -> RunSummary:
    run = RunSummary(__version__, fail_on)
    for item in audited:
        wanted = {writer.fmt.cache_name for writer in documents}
        if reports:
            wanted.update(reports.fragment_names(item.path))
        view = item.auditor.cache.get_view(item.key, fail_on.spec) if item.key else None
        usable = view is not None and wanted <= view["fragments"].keys() and not ledger.touches(
            item.path, view["summary"]["claim_keys"], view["summary"]["flag_keys"])
        if usable:
            summary = SourceSummary.from_record(view["summary"])
            fragments = view["fragments"]
        else:
            loaded = item.load()
            source = ledger.apply(loaded)
            summary = SourceSummary.of(source, fail_on)
            fragments = {writer.fmt.cache_name: writer.fmt.fragment(source) for writer in documents}
            if reports:
                fragments.update(reports.render(source))
            if item.key and source == loaded:  # nothing waived: what was rendered holds for every later run
                kept = view["fragments"] if view and view["summary"] == summary.to_record() else {}
                item.auditor.cache.put_view(item.key, fail_on.spec,
                                            {"summary": summary.to_record(), "fragments": {**kept, **fragments}})
        for writer in documents:
            writer.add(fragments[writer.fmt.cache_name])
        if reports:
            reports.add(item.path, fragments)
        run.sources.append(summary)
        if progress:
            progress(summary.path)
    return run
