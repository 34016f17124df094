"""The full result as JSON: per source its claims (with matched evidence and quotes) and flags.

One source per line (`{"sources": [` … `], "version": …}`): the document streams, diffs per source, and each
line is exactly the source's cache entry, so an unchanged file is copied rather than re-encoded."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from pipeline.errors import DataError, InputError
from pipeline.gate import FailOn
from pipeline.models import RunResult, SourceResult
from pipeline.outputs.document import Format, RunSummary, render_whole


def encode_source(source: SourceResult) -> str:
    return json.dumps(source.to_record(), ensure_ascii=False, sort_keys=True)


HEAD = '{"sources": [\n'


class JsonFormat(Format):
    name = "json"
    join = ",\n"

    fixed_head = True
    uses_gate = False

    def fragment(self, source: SourceResult) -> str:
        return encode_source(source)

    def head(self, run: RunSummary | None) -> str:
        return HEAD

    def tail(self, run: RunSummary) -> str:
        return f'\n], "version": {json.dumps(run.version)}}}\n'


def render(result: RunResult) -> str:
    return render_whole(JsonFormat(FailOn()), result.version, result.sources)


class SavedResult:
    """A JSON result saved by `check --format json`, read one source at a time (one per line, as written); a
    result laid out otherwise (pretty-printed by another tool) is read whole. Errors name the file and line."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.version = ""
        self.paths: list[str] = []
        self.streamed = self._scan()

    def _scan(self) -> bool:
        with self._open() as stream:
            if stream.readline().rstrip("\n") != HEAD.rstrip("\n"):
                record = self._whole()
                self.paths = [source["path"] for source in record["sources"]]
                return False
            for number, line in enumerate(stream, start=2):
                if line.startswith("], "):
                    self.version = self._parse("{" + line[3:], number)["version"]
                    return True
                self.paths.append(self._parse(line.rstrip().rstrip(","), number)["path"])
        raise self._error("the result ends before its closing line", None)

    def __iter__(self) -> Iterator[SourceResult]:
        if not self.streamed:
            yield from (self._source(s, None) for s in self._whole()["sources"])
            return
        with self._open() as stream:
            stream.readline()
            for number, line in enumerate(stream, start=2):
                if line.startswith("], "):
                    return
                yield self._source(self._parse(line.rstrip().rstrip(","), number), number)

    def _open(self):
        try:
            return self.path.open(encoding="utf-8")
        except OSError as exc:
            raise InputError(f"cannot read the result: {exc.strerror or exc}", self.path.as_posix()) from None

    def _whole(self) -> dict:
        with self._open() as stream:
            record = self._parse(stream.read(), None)
        if not isinstance(record, dict) or not isinstance(record.get("sources"), list):
            raise self._error("no 'sources' list", None)
        self.version = str(record.get("version", ""))
        return record

    def _parse(self, text: str, line: int | None):
        try:
            record = json.loads(text)
        except (ValueError, UnicodeError) as exc:
            raise self._error(f"invalid JSON ({exc})", line) from None
        if line is not None and not isinstance(record, dict):
            raise self._error("a source must be a JSON object", line)
        return record

    def _source(self, record: dict, line: int | None) -> SourceResult:
        try:
            return SourceResult.from_record(record)
        except (KeyError, TypeError, AttributeError) as exc:
            raise self._error(f"a source lacks or has malformed fields ({exc!r})", line) from None

    def _error(self, problem: str, line: int | None) -> DataError:
        return DataError(f"not a claimaudit JSON result: {problem}", self.path.as_posix(), line)
