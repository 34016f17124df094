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
