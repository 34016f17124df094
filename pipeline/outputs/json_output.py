"""The full result as JSON: per source its claims (with matched evidence and quotes) and flags.

One source per line (`{"sources": [` … `], "version": …}`): the document streams, diffs per source, and each
line is exactly the source's cache entry, so an unchanged file is copied rather than re-encoded."""

from __future__ import annotations

import json

from pipeline.gate import FailOn
from pipeline.models import RunResult, SourceResult
from pipeline.outputs.document import Format, RunSummary, render_whole


def encode_source(source: SourceResult) -> str:
    return json.dumps(source.to_record(), ensure_ascii=False, sort_keys=True)


class JsonFormat(Format):
    name = "json"
    join = ",\n"

    @property
    def cache_name(self) -> str:
        return self.name  # does not depend on the gate

    def fragment(self, source: SourceResult) -> str:
        return encode_source(source)

    def head(self, run: RunSummary) -> str:
        return '{"sources": [\n'

    def tail(self, run: RunSummary) -> str:
        return f'\n], "version": {json.dumps(run.version)}}}\n'


def render(result: RunResult) -> str:
    return render_whole(JsonFormat(FailOn()), result.version, result.sources)
