"""bench/run.py measures the code of the tree it is in, whatever `claimaudit` the environment has installed."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _bench_run(monkeypatch):
    spec = importlib.util.spec_from_file_location("bench_run", REPO / "bench" / "run.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "bench_run", module)  # its dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def test_the_measured_commands_import_this_trees_pipeline_first(monkeypatch):
    run = _bench_run(monkeypatch)
    # a relative entry resolves against the commands' working folder, another checkout's pipeline would win
    monkeypatch.setenv("PYTHONPATH", ".")
    assert run._this_tree_first()["PYTHONPATH"].split(":") == [str(REPO), "."]
    monkeypatch.delenv("PYTHONPATH")
    assert run._this_tree_first()["PYTHONPATH"] == str(REPO)


def test_the_cold_runs_largest_process_is_a_target(monkeypatch):
    # round 39's open token runs took the largest process of the cold run from 198 to 427 MB (GNU time on the full
    # corpus; the bench's block read 196 MB for round 39 without them): the targets say so
    run = _bench_run(monkeypatch)

    def data(max_rss_mb: float) -> dict:
        cold = run.Measure("claimaudit check, cold, --jobs 2", [], 1000, wall=1.0, max_rss_mb=max_rss_mb)
        return {"jobs": 2, "files": 1, "measures": [cold]}

    def row(max_rss_mb: float) -> tuple[str, str, str]:
        return next(r for r in run.targets(data(max_rss_mb)) if r[0].startswith("largest single process"))

    assert row(198) == ("largest single process of the cold --jobs 2 run < 300 MB", "198 MB (GNU time, max RSS)", "met")
    assert row(427)[2] == "not met"
