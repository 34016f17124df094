"""Content-hash cache (.claimaudit_cache/): an unchanged re-run is near-instant, a one-file change costs one file.

A source's entry is keyed by the file's bytes and path and by the engine key: the claimaudit version, the
package's own files (code, rule packs, lexicons), the versions of the libraries that read the text (spaCy's tokenizer
and its lemma tables), the reference library and the options that change results.
Beside the entry (the SourceResult as JSON) sits its *view* for a gate: the source's summary and its rendered
output fragments, so that an unchanged source is copied into the outputs without being rebuilt or re-rendered.
"""

from __future__ import annotations

import hashlib
import json
import os
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path

from pipeline import __version__
from pipeline.files import write_atomic
from pipeline.models import SourceResult

CACHE_DIR = ".claimaudit_cache"
# Libraries whose upgrade changes results with no file of ours changed: spaCy's tokenizer and its special cases,
# spacy-lookups-data's lemma tables.
ENGINE_LIBRARIES = ("spacy", "spacy-lookups-data")


def engine_key(references: str | Path, *options: object) -> str:
    digest = hashlib.sha256(__version__.encode())
    for library in ENGINE_LIBRARIES:
        digest.update(library.encode() + b"\0" + library_version(library).encode() + b"\0")
    stack = [resources.files("pipeline")]
    while stack:
        for entry in sorted(stack.pop().iterdir(), key=lambda e: e.name):
            if entry.is_dir():
                if entry.name != "__pycache__":
                    stack.append(entry)
            elif entry.name.endswith((".py", ".yml", ".j2")):
                digest.update(entry.name.encode() + b"\0" + entry.read_bytes())
    for name in ("references.csv", "evidence.csv", "aliases.csv"):
        path = Path(references) / name
        digest.update(name.encode() + b"\0" + (path.read_bytes() if path.is_file() else b""))
    digest.update(json.dumps([str(o) for o in options]).encode())
    return digest.hexdigest()


def library_version(name: str) -> str:
    """The installed version of a library, or "" when it is not installed."""
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return ""


@lru_cache(maxsize=16)
def _digest(gate: str) -> str:
    return hashlib.sha256(gate.encode()).hexdigest()[:12]


class Cache:
    def __init__(self, folder: str | Path, key: str, enabled: bool = True):
        self.folder = Path(folder)
        self.key = key
        self.enabled = enabled
        self._root = os.fspath(folder)  # entry paths are joined as strings: a warm run asks for thousands

    def source_key(self, shown: str, data: bytes) -> str:
        return hashlib.sha256(self.key.encode() + b"\0" + shown.encode() + b"\0" + data).hexdigest()

    def _entry(self, key: str) -> str:
        return os.path.join(self._root, "sources", key[:2], f"{key}.json")

    def has(self, key: str | None) -> bool:
        return self.enabled and key is not None and os.path.isfile(self._entry(key))

    def get(self, key: str) -> SourceResult | None:
        if not self.enabled:
            return None
        try:
            with open(self._entry(key), encoding="utf-8") as stream:
                record = json.loads(stream.read())
        except (OSError, ValueError):
            return None  # missing or damaged entries are recomputed
        return SourceResult.from_record(record)

    def put(self, key: str, result: SourceResult) -> None:
        if self.enabled:
            write_atomic(self._entry(key), json.dumps(result.to_record(), ensure_ascii=False, sort_keys=True))

    def _view(self, key: str, gate: str) -> str:
        return os.path.join(self._root, "views", key[:2], f"{key}-{_digest(gate)}.view")

    def get_view(self, key: str, gate: str) -> dict | None:
        """{"summary": …, "fragments": {name: text}} of a source for a gate (`FailOn.spec`), if stored."""
        if not self.enabled:
            return None
        try:
            with open(self._view(key, gate), encoding="utf-8", newline="") as stream:
                header, _, body = stream.read().partition("\n")
            view = json.loads(header)
            fragments, at = {}, 0
            for name, size in view.pop("sizes"):
                fragments[name] = body[at:at + size]
                at += size
        except (OSError, ValueError, KeyError, TypeError):
            return None  # missing or damaged: rendered again
        return {**view, "fragments": fragments} if at == len(body) else None

    def put_view(self, key: str, gate: str, view: dict) -> None:
        """One JSON line (the summary, and the fragments' names and sizes), then the fragments as they are: no
        escaping to undo when a warm run copies them."""
        if self.enabled:
            names = sorted(view["fragments"])
            header = json.dumps({"summary": view["summary"], "sizes": [[n, len(view["fragments"][n])] for n in names]},
                                ensure_ascii=False, sort_keys=True)
            write_atomic(self._view(key, gate), header + "\n" + "".join(view["fragments"][n] for n in names))

    def get_json(self, name: str):
        if not self.enabled:
            return None
        try:
            return json.loads((self.folder / f"{name}-{self.key}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def put_json(self, name: str, value) -> None:
        if self.enabled:
            write_atomic(self.folder / f"{name}-{self.key}.json", json.dumps(value, ensure_ascii=False))
