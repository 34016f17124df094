#!/usr/bin/env python3
"""Profile `claimaudit check` (cold, --jobs 1, no cache, no HTML) with pyinstrument on the first N SciFact
abstracts, in one process, and print where the time goes:

    python bench/profile_audit.py --limit 500            # needs: pip install pyinstrument

It prints (1) inclusive time of every function of the `pipeline` package (each function counted once per
stack, so recursion does not double-count), (2) self time of every function, anywhere, and writes the full
pyinstrument call tree as text and HTML next to the corpus (`--workdir`, default a temporary folder).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import DEFAULT_CORPUS, REPO, build_corpus  # noqa: E402


def _name(frame) -> str:
    path = frame.file_path or ""
    if "site-packages/" in path:
        path = path.rsplit("site-packages/", 1)[1]
    elif "/pipeline/" in path:
        path = "pipeline/" + path.rsplit("/pipeline/", 1)[1]
    return f"{path}:{frame.function}"


def aggregate(root) -> tuple[dict[str, float], dict[str, float], float]:
    inclusive: dict[str, float] = defaultdict(float)
    own: dict[str, float] = defaultdict(float)
    stack = [(root, frozenset())]
    while stack:
        frame, above = stack.pop()
        name = _name(frame)
        if not frame.is_synthetic:
            if name not in above:
                inclusive[name] += frame.time
            own[name] += frame.total_self_time
        for child in frame.children:
            stack.append((child, above | {name}))
    return inclusive, own, root.time


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    parser.add_argument("--limit", type=int, default=500)
    parser.add_argument("--workdir", help="default: a new temporary folder")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--interval", type=float, default=0.001, help="sampling interval in seconds")
    args = parser.parse_args()

    from pyinstrument import Profiler
    from pyinstrument.renderers import ConsoleRenderer, HTMLRenderer

    root = Path(args.workdir or tempfile.mkdtemp(prefix="claimaudit-profile-")).resolve()
    corpus, work = root / "corpus", root / "work"
    work.mkdir(parents=True, exist_ok=True)
    files, words = build_corpus(Path(args.corpus), corpus, args.limit)
    os.chdir(work)
    argv = ["check", str(corpus), "--references", str(REPO / "references"), "--no-report", "--no-cache",
            "--jobs", "1", "--format", "json", "--output", str(root / "result.json"),
            "--claims-csv", str(root / "claims.csv")]
    profiler = Profiler(interval=args.interval)
    started = time.perf_counter()
    profiler.start()
    from pipeline.cli import main as cli  # imports are part of the command's cost

    try:
        with contextlib.redirect_stdout(io.StringIO()):  # the per-file summary table
            cli(argv, standalone_mode=False)
    except SystemExit:
        pass
    profiler.stop()
    wall = time.perf_counter() - started
    session = profiler.last_session
    (root / "profile.txt").write_text(ConsoleRenderer(unicode=True, color=False, show_all=False,
                                                      time="seconds").render(session))
    (root / "profile.html").write_text(HTMLRenderer().render(session))
    inclusive, own, total = aggregate(session.root_frame())
    print(f"{files} files, {words:,} words, {wall:.1f} s wall under the profiler ({words / wall:,.0f} words/s)")
    print(f"\ninclusive time, pipeline functions (share of {total:.1f} s sampled):")
    for name, seconds in sorted(((n, s) for n, s in inclusive.items() if n.startswith("pipeline/")),
                                key=lambda x: -x[1])[:args.top]:
        print(f"  {seconds / total:6.1%}  {seconds:7.2f} s  {name}")
    print("\nself time, any function:")
    for name, seconds in sorted(own.items(), key=lambda x: -x[1])[:args.top]:
        print(f"  {seconds / total:6.1%}  {seconds:7.2f} s  {name}")
    print(f"\ncall tree: {root / 'profile.txt'} and {root / 'profile.html'}")


if __name__ == "__main__":
    main()
