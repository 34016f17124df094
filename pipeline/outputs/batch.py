"""Write a run's outputs (documents, claim ledger, HTML reports) one source at a time, as the audit yields them.

For each source: if its cached view holds every fragment this run writes and no waiver applies to it, the
fragments are copied as they are; otherwise the source is loaded, waived, summarised and rendered, and (when
nothing was waived) its view is stored for the next run. Only the small per-source summaries are kept.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from pipeline import __version__
from pipeline.audit import Audited
from pipeline.gate import FailOn
from pipeline.outputs.document import DocumentWriter, RunSummary, SourceSummary
from pipeline.outputs.html import INDEX, Reports, _IndexEntry, remove_stale
from pipeline.files import write_atomic
from pipeline.waivers import WaiverLedger

ENTRY = "html-entry"


class ReportFolder:
    """The HTML reports of a run: a page per source as it comes, into a private staging folder (the system's
    temporary folder: a killed run leaves nothing beside the outputs); at the end the dashboard, and every page
    moved into place atomically, so a failed run leaves the previous reports untouched."""

    def __init__(self, folder: str | Path, paths: Iterable[str], read_source: Callable[[str], str],
                 version: str = __version__):
        self.folder = Path(folder)
        self.reports = Reports(version, paths, read_source)
        self.staging = tempfile.TemporaryDirectory(prefix="claimaudit-reports-")

    def fragment_names(self, path: str) -> tuple[str, str]:
        return f"html:{self.reports.names[path]}", ENTRY

    def render(self, source) -> dict[str, str]:
        name, html, entry = self.reports.page(source)
        return {f"html:{name}": html, ENTRY: json.dumps(entry.to_record(), ensure_ascii=False, sort_keys=True)}

    def add(self, path: str, fragments: dict[str, str]) -> None:
        page, entry = self.fragment_names(path)
        staged = Path(self.staging.name) / self.reports.names[path]
        staged.write_text(fragments[page], encoding="utf-8", newline="")
        self.reports.entries.append(_IndexEntry.from_record(json.loads(fragments[entry])))

    def close(self) -> None:
        with self.staging as staging:
            for page in sorted(Path(staging).iterdir()):
                with page.open(encoding="utf-8", newline="") as stream:
                    write_atomic(self.folder / page.name, lambda out: shutil.copyfileobj(stream, out))
        write_atomic(self.folder / INDEX, self.reports.index())
        remove_stale(self.folder, {*self.reports.names.values(), INDEX})

    def abort(self) -> None:
        self.staging.cleanup()


def write_run(audited: Iterable[Audited], fail_on: FailOn, ledger: WaiverLedger, documents: list[DocumentWriter],
              reports: ReportFolder | None = None, progress: Callable[[str], None] | None = None) -> RunSummary:
    try:
        run = _write(audited, fail_on, ledger, documents, reports, progress)
    except BaseException:
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
