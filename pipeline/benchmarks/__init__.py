"""Public benchmarks behind `claimaudit eval --benchmark NAME`: one small adapter module per benchmark.

    from pipeline.benchmarks import BENCHMARKS, benchmark_root, render_benchmark
    result = BENCHMARKS["causal_language_pubmed"].run(benchmark_root(), split="test", limit=None)
    print(render_benchmark(result))

The data are third-party files with their own licences; they are read at run time from
`../shared/benchmarks/` (next to the repository) or from $CLAIMAUDIT_BENCHMARKS, never copied into the project.
"""

from __future__ import annotations

import importlib
import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Callable

from pipeline.benchmarks.base import BenchmarkResult, render_benchmark
from pipeline.errors import DataError

ENV_VAR = "CLAIMAUDIT_BENCHMARKS"
# One adapter module per benchmark, named as the benchmark; imported on first use of BENCHMARKS, so that the CLI
# can offer the names without loading the adapters.
NAMES = ("causal_language_pubmed", "press_release_claim_strength", "conll2010_hedge", "scifact", "check_covid",
         "sci_exaggeration", "checkthat2020", "healthver")

__all__ = ["BENCHMARKS", "NAMES", "Benchmark", "BenchmarkResult", "benchmark_root", "render_benchmark", "DataError"]


@dataclass(frozen=True)
class Benchmark:
    name: str
    run: Callable[..., BenchmarkResult]  # run(root, split=default_split, limit=None) -> BenchmarkResult
    splits: tuple[str, ...]
    default_split: str
    summary: str


def _entry(module) -> Benchmark:
    return Benchmark(module.NAME, module.run, module.SPLITS, module.DEFAULT_SPLIT,
                     (module.__doc__ or "").strip().splitlines()[0])


@cache
def _benchmarks() -> dict[str, Benchmark]:
    return {name: _entry(importlib.import_module(f"pipeline.benchmarks.{name}")) for name in NAMES}


def __getattr__(name: str):
    if name == "BENCHMARKS":
        return _benchmarks()
    raise AttributeError(name)


def benchmark_root(path: str | Path | None = None, cwd: str | Path | None = None) -> Path:
    """The benchmark data folder: `path` if given, else $CLAIMAUDIT_BENCHMARKS, else `shared/benchmarks` next to
    the repository that contains the working directory (the nearest folder upward holding pyproject.toml; the
    working directory itself when there is none). Raises DataError when the folder does not exist."""
    how = "given path"
    if path is None and os.environ.get(ENV_VAR):
        path, how = os.environ[ENV_VAR], f"from ${ENV_VAR}"
    if path is None:
        here = Path(cwd or Path.cwd()).resolve()
        repo = next((p for p in (here, *here.parents) if (p / "pyproject.toml").is_file()), here)
        path = repo.parent / "shared" / "benchmarks"
        how = f"looked next to the repository {repo.as_posix()}; set ${ENV_VAR} to the folder"
    path = Path(path)
    if not path.is_dir():
        raise DataError(f"benchmark data folder not found ({how}); the public benchmarks are not part of the "
                        "project and are read from ../shared/benchmarks", path.as_posix())
    return path
