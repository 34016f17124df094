"""The GitHub Action's script, run locally: SARIF written, annotations printed, exit code kept."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from pipeline.ingest import SOURCE_SUFFIXES

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "claimaudit-action.sh"


def run_action(tmp_path: Path, **env: str) -> subprocess.CompletedProcess:
    tmp_path.mkdir(exist_ok=True)
    shutil.copytree(ROOT / "references", tmp_path / "references")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "page.md").write_text("# Offer\n\nOur supplement cures diabetes with no side effects.\n",
                                               encoding="utf-8")
    # claimaudit is already installed here: the script's pip step is skipped and the venv's command used
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    environment = {**os.environ, "PATH": path, "CLAIMAUDIT_PACKAGE": "", "CLAIMAUDIT_PATHS": "docs", **env}
    environment.pop("CI", None)
    return subprocess.run(["bash", str(SCRIPT)], cwd=tmp_path, env=environment, capture_output=True, text=True,
                          timeout=300)


def test_action_writes_sarif_annotates_and_fails(tmp_path):
    done = run_action(tmp_path)
    assert done.returncode == 1, done.stderr
    sarif = json.loads((tmp_path / "claimaudit.sarif").read_text(encoding="utf-8"))
    assert sarif["version"] == "2.1.0" and sarif["runs"][0]["results"]
    assert any(line.startswith("::error file=docs/page.md,line=3") for line in done.stdout.splitlines())


def test_action_passes_fail_on_and_reports_input_errors(tmp_path):
    assert run_action(tmp_path / "a", CLAIMAUDIT_FAIL_ON="none").returncode == 0
    bad = run_action(tmp_path / "b", CLAIMAUDIT_FAIL_ON="fatal")
    assert bad.returncode == 2 and "fatal" in bad.stderr


def test_action_metadata_and_pre_commit_hook_are_well_formed():
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    assert {"paths", "fail-on", "changed-since", "sarif", "upload-sarif"} <= set(action["inputs"])
    assert any("upload-sarif" in str(step.get("uses", "")) for step in action["runs"]["steps"])
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hooks[0]["id"] == "claimaudit" and hooks[0]["entry"].startswith("claimaudit check")
    # the hook hands `check` only the files it reads: a commit touching a .py or .yml file must not fail it
    hook_files = re.compile(hooks[0]["files"])
    assert all(hook_files.search(f"a/b{suffix}") for suffix in SOURCE_SUFFIXES)
    assert not any(hook_files.search(name) for name in ("setup.py", "rules.yml", "data.csv", "notes.md.bak"))
    assert "types" not in hooks[0] and "types_or" not in hooks[0]
