"""Run the whole audit: ingest -> nlp -> claims -> evidence + rules -> RunResult. The engine never prints."""

from __future__ import annotations

import ctypes
import fnmatch
import gc
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import nullcontext
from typing import TypeVar
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline import __version__
from pipeline.cache import CACHE_DIR, Cache, engine_key
from pipeline.assessment import audit_source
from pipeline.config import Config
from pipeline.errors import ClaimauditError, DataError, EngineError, InputError
from pipeline.evidence import EvidenceIndex
from pipeline.ingest import SOURCE_SUFFIXES, build_source, load_source
from pipeline.models import RunResult, SourceResult
from pipeline.nlp import analyse, build_all_tables, build_language
from pipeline.references import load_library
from pipeline.changes import changed_files, new_findings
from pipeline.rules.loader import load_rules, select_rules
from pipeline.waivers import apply_suppressions, find_suppressions

T = TypeVar("T")
CHUNK = 8  # sources per task sent to a worker
# tasks (of CHUNK sources: 1,000 sources) before a worker is replaced: a worker holds about 12 MB of its own after
# its first source (pages of the prepared parent it wrote to) and then adds about 60 KB per source over its first
# thousand (new words in spaCy's vocabulary, word records, caches, more of the parent's pages), so its memory is
# bounded; a fresh worker costs a fork and cold caches (about 1-1.5 s of CPU over its first sources, round 29)
WORKER_TASKS = 125
# strings in spaCy's store past which a forked worker audits each source in a spaCy memory zone (`_vocabulary_bound`):
# a worker starts with about 8,300 and reaches this after about 350 abstracts
VOCABULARY_LIMIT = 20_000
LOOKAHEAD = 4096  # cached sources whose outputs may wait, in memory, behind one the engine worker is auditing


def find_sources(paths: Iterable[str], exclude: Iterable[str] = (), allow_empty: bool = False) -> list[Path]:
    """Source files under the given paths, sorted; symbolic links to folders are not followed (no loops)."""
    found: set[Path] = set()
    patterns = tuple(exclude)
    for given in paths:
        path = Path(given)
        if path.is_file():
            found.add(path)
        elif path.is_dir():
            for folder, subfolders, names in os.walk(path):
                subfolders.sort()
                for name in names:
                    candidate = Path(folder) / name
                    if candidate.suffix.lower() in SOURCE_SUFFIXES and not _excluded(candidate, patterns):
                        found.add(candidate)
        else:
            raise InputError("no such file or directory", path.as_posix())
    if not found and not allow_empty:
        raise InputError("no source files (.txt, .md, .html) found", ", ".join(paths))
    return sorted(found, key=lambda p: p.as_posix())


def _excluded(path: Path, patterns: tuple[str, ...]) -> bool:
    return any(fnmatch.fnmatch(path.name, p) or fnmatch.fnmatch(path.as_posix(), p) for p in patterns)


class Auditor:
    """Audits one file at a time; the NLP pipeline and the evidence index are built on first need only, so a
    run whose files are all cached never loads spaCy."""

    def __init__(self, config: Config, use_cache: bool = True):
        self.config = config
        self.rules = select_rules(load_rules(), config.select, config.ignore)
        self.library = load_library(config.references)
        # max_chars is in the key so that a lowered limit refuses a cached file as it refuses a fresh one
        key = engine_key(config.references, config.model, sorted(r.code for r in self.rules), config.max_chars)
        self.cache = Cache(CACHE_DIR, key, use_cache)
        self._index: EvidenceIndex | None = None
        if config.model:  # an optional trained pipeline: fail now, naming the setting's file, if it is missing
            try:
                build_language(config.model)
            except DataError as exc:
                raise DataError(exc.message, config.file or None) from None

    @property
    def index(self) -> EvidenceIndex:
        if self._index is None:
            terms = self.cache.get_json("evidence-terms")
            self._index = EvidenceIndex(self.library, self.config.model, terms)
            if terms is None:
                self.cache.put_json("evidence-terms", self._index.terms_record())
        return self._index

    def warm_up(self) -> None:
        """Audit the rule catalogue's examples once, for nothing but what an audit builds on first need: the
        lexicons and word tables read lazily (the English lemma index alone is 7 MB of Python objects), compiled
        patterns, the words' vocabulary entries. Done before forking, these are made once and their pages shared by
        every worker, instead of being made again by each worker and each of its replacements (`WORKER_TASKS`).
        The result is dropped. (The examples reach all 70 of those tables that the safer wordings too would reach,
        at half the cost: about 0.3 s, against 0.1 s saved in each fresh worker.) The pattern Matchers, also built on
        first need, are all built now for the same reason."""
        text = "\n\n".join(rule.example for rule in self.rules)
        audit_source(analyse(build_source("<warm-up>", text, "txt"), self.config.model), self.index, self.rules)
        build_all_tables(self.config.model)

    def key_of(self, path: Path) -> str | None:
        """The source's cache key (None without a cache)."""
        return self.cache.source_key(_display(path), _read(path)) if self.cache.enabled else None

    def audit_file(self, path: Path) -> SourceResult:
        data = _read(path)  # read once: for the cache key and for the audit
        key = self.cache.source_key(_display(path), data)
        cached = self.cache.get(key)
        if cached is not None:
            return cached
        source = load_source(path, _display(path), self.config.max_chars, data)
        try:
            result = audit_source(analyse(source, self.config.model), self.index, self.rules)
            result = apply_suppressions(result, find_suppressions(source), frozenset(r.code for r in self.rules))
        except ClaimauditError:
            raise
        except Exception as exc:  # noqa: BLE001 (any failure of the engine is reported with the file it failed on)
            raise EngineError(f"claimaudit failed on this file ({type(exc).__name__}: {exc}); this is a bug in "
                              "claimaudit: please report it with the file", _display(path)) from exc
        self.cache.put(key, result)
        return result


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", _display(path)) from None


@dataclass(frozen=True)
class Audited:
    """One source's outcome, in path order: its result, or the cache key to fetch it with (`load`), so that a
    consumer that has the source's rendered outputs cached need not rebuild it."""

    path: str
    key: str | None  # the cache entry's key; None when there is no entry to reuse (no cache, --changed-since)
    result: SourceResult | None
    auditor: Auditor

    def load(self) -> SourceResult:
        if self.result is not None:
            return self.result
        return self.auditor.cache.get(self.key) or self.auditor.audit_file(Path(self.path))


_JOB = None  # (AuditRun, work) for the forked workers: set before the fork, never pickled
_AUDITOR: Auditor | None = None  # the auditor of the engine worker (`EngineWorker`): set before its fork


def _work_in_worker(item: tuple[Path, str | None]):
    run, work = _JOB
    with _vocabulary_bound(run.auditor.config.model):
        return work(run.audited(*item))


def _vocabulary_bound(model: str | None):
    """Nothing while spaCy's vocabulary holds fewer than `VOCABULARY_LIMIT` strings; past it, a spaCy memory zone:
    the vocabulary entries, strings and tokenizer cache entries the source's new words make are dropped when the
    source is done, so a worker's vocabulary stops growing (it grew by about 11 MB over a worker's first thousand
    abstracts). The words met first are kept: they are the common ones, and re-making a word's entries in every
    source that has it costs time. Only in forked workers: their parent built every Matcher, table and label the
    audit reads (`Auditor.warm_up`) outside any zone, so nothing the zone drops is looked up after it."""
    nlp = build_language(model)
    return nlp.memory_zone() if len(nlp.vocab.strings) >= VOCABULARY_LIMIT else nullcontext()


def _build_engine() -> None:
    _AUDITOR.index  # noqa: B018
    build_language(_AUDITOR.config.model)


def _audit_in_worker(path: Path) -> SourceResult:
    return _AUDITOR.audit_file(path)


class EngineWorker:
    """One forked process that starts building the engine (spaCy, the pattern matchers, the evidence index: about
    1.5 s) as soon as the run starts, while this process finds the sources and looks them up in the cache. When
    only a few sources changed it audits them; otherwise it is stopped unused. Either way the run's wall time
    loses the engine's start-up, which is most of a one-file re-check."""

    def __init__(self, auditor: Auditor):
        global _AUDITOR
        _AUDITOR = auditor
        self.pool = multiprocessing.get_context("fork").Pool(1)
        self.pool.apply_async(_build_engine)  # a failure here shows again, where it counts, in the first audit

    def audit(self, path: Path):
        return self.pool.apply_async(_audit_in_worker, (path,))

    def stop(self) -> None:
        self.pool.terminate()


class AuditRun:
    """The sources of a run (found, and filtered by `changed_since`, on creation: bad input fails before any
    output is opened), and `map`, which runs the per-source work (audit, then whatever the caller does with the
    result) in `jobs` processes, in path order; with `changed_since`, a source keeps only its new or changed
    claims since that git revision."""

    def __init__(self, config: Config, paths: Iterable[str] | None = None, changed_since: str | None = None,
                 jobs: int = 1, use_cache: bool = True):
        self.auditor = Auditor(config, use_cache)
        self.changed_since = changed_since
        self.jobs = jobs
        # With a cache most runs audit few sources: an engine worker starts building now, on a second core.
        self.engine = EngineWorker(self.auditor) if _can_fork(jobs) and use_cache and not changed_since else None
        try:
            given = list(paths or config.sources)
            files = find_sources(given, config.exclude, allow_empty=bool(changed_since))
            if changed_since:
                changed = changed_files(changed_since, [Path(p) for p in given])
                files = [f for f in files if _display(f) in changed or f.as_posix() in changed]
        except BaseException:
            self.close()
            raise
        self.files = sorted(files, key=_display)
        self.paths = [_display(f) for f in self.files]

    def close(self) -> None:
        """Stop the engine worker (`map` does when it ends; call this when `map` is not run)."""
        if self.engine:
            self.engine.stop()
            self.engine = None

    def audited(self, path: Path, key: str | None) -> Audited:
        if self.changed_since:
            result = self.auditor.cache.get(key) or self.auditor.audit_file(path)
            return Audited(_display(path), None, new_findings(result, self.changed_since, self.auditor.config.model),
                           self.auditor)
        return Audited(_display(path), key, None, self.auditor)

    def map(self, work: Callable[[Audited], T]) -> Iterator[T]:
        """`work(audited)` for every source, results in path order. When enough sources need auditing, in forked
        workers that share the pipeline and the evidence index built before the fork (the work's result must
        pickle; the work itself is not pickled)."""
        global _JOB
        auditor = self.auditor
        try:
            keys = {path: auditor.key_of(path) for path in self.files}
            missing = [path for path, key in keys.items() if not auditor.cache.has(key)]
            if self.engine and 0 < len(missing) < 2 * self.jobs:
                yield from self._map_with_engine(keys, missing, work)
                return
        finally:
            self.close()
        forking = len(missing) >= 2 * self.jobs and _can_fork(self.jobs)
        if missing:
            auditor.index  # noqa: B018 (built before forking, shared by the workers)
            build_language(auditor.config.model)
            if forking:
                auditor.warm_up()
            # The pipeline and the index live as long as the run: keep the collector from rescanning them (and,
            # after a fork, from touching their pages, which the workers then keep sharing).
            gc.freeze()
            if forking:
                _release_free_memory()
        items = list(keys.items())
        if not forking:
            for item in items:
                yield work(self.audited(*item))
            return
        _JOB = (self, work)
        # A worker's spaCy vocabulary keeps every new word it meets; replacing workers now and then (a fresh fork of
        # the prepared parent) keeps memory flat on corpora of any size.
        with multiprocessing.get_context("fork").Pool(self.jobs, maxtasksperchild=WORKER_TASKS) as pool:
            yield from pool.imap(_work_in_worker, items, chunksize=CHUNK)

    def _map_with_engine(self, keys: dict[Path, str | None], missing: list[Path], work: Callable[[Audited], T]
                         ) -> Iterator[T]:
        """`map` when few sources need auditing: the engine worker audits them while this process works on the
        cached ones; results stay in path order."""
        audits = {path: self.engine.audit(path) for path in missing}

        def finish(path: Path, key: str | None, done: T | None) -> T:
            return work(Audited(_display(path), key, audits[path].get(), self.auditor)) if path in audits else done

        waiting: deque[tuple[Path, str | None, T | None]] = deque()
        for path, key in keys.items():
            waiting.append((path, key, None if path in audits else work(Audited(_display(path), key, None,
                                                                               self.auditor))))
            # the cached sources after one being audited are worked on meanwhile (at most LOOKAHEAD wait in memory)
            while waiting and (waiting[0][0] not in audits or audits[waiting[0][0]].ready()
                               or len(waiting) > LOOKAHEAD):
                yield finish(*waiting.popleft())
        for entry in waiting:
            yield finish(*entry)


def _release_free_memory() -> None:
    """Give the C heap's free pages back to the system (glibc's `malloc_trim`; elsewhere nothing). Building the
    engine frees much of what it made (parsed YAML and JSON, spelled-out patterns): about 8 MB of pages that the
    parent would otherwise hold for the whole run, and a worker allocating there would copy rather than get fresh."""
    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (AttributeError, OSError):  # not glibc
        return
    trim(0)


def _can_fork(jobs: int) -> bool:
    return jobs > 1 and "fork" in multiprocessing.get_all_start_methods()


def run_audit(config: Config, paths: Iterable[str] | None = None, progress: Callable[[str], None] | None = None,
              changed_since: str | None = None, jobs: int = 1, use_cache: bool = True) -> RunResult:
    """The whole run in memory (`AuditRun.map` streams it)."""
    results = []
    for result in AuditRun(config, paths, changed_since, jobs, use_cache).map(Audited.load):
        results.append(result)
        if progress:
            progress(result.path)
    return RunResult(version=__version__, sources=tuple(results))


def _display(path: Path) -> str:
    """The path relative to the working folder when it is inside it (links are not resolved: a symlinked source
    keeps its own name, and a symlink loop cannot raise here)."""
    return _relative(path, os.getcwd())


@lru_cache(maxsize=100_000)
def _relative(path: Path, folder: str) -> str:  # asked several times per source
    relative = os.path.relpath(os.path.abspath(path), folder)
    return Path(relative).as_posix() if not relative.startswith("..") else path.as_posix()
