"""Interleaved A/B of the two per-source stages of two source trees: the CPU cost of a change.

Two worker processes, one per tree, take turns on each source (ABBA order across passes); each times its own CPU
(`time.process_time`) around `analyse` and `audit_source` of that one source. Per source the minimum over the passes
is kept and the sums are compared. Taking turns source by source cancels most of the drift of a shared machine that
makes two whole runs one after the other differ by ±5 % (docs/performance.md).

    python bench/ab.py BASE_TREE NEW_TREE "pages/*.txt" [--passes 3] [--references DIR]

A tree is a checkout of the repository (a git worktree, or `git archive REV | tar -x -C DIR`); both use the same
reference library (default: the base tree's `references/`).
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

WORKER = r'''
import gc, glob, sys, time
from pathlib import Path
from pipeline.audit import audit_source
from pipeline.evidence import EvidenceIndex
from pipeline.ingest import load_source
from pipeline.nlp import analyse
from pipeline.references import load_library
from pipeline.rules.loader import load_rules

files = sorted(glob.glob(sys.argv[1]))
sources = [load_source(Path(p), Path(p).name) for p in files]
index, rules = EvidenceIndex(load_library(Path(sys.argv[2]))), load_rules()
gc.freeze()  # as `claimaudit check` does: full collections do not rescan the engine
for source in sources:  # warm: every word known, every cache filled
    audit_source(analyse(source), index, rules)
print(len(sources), flush=True)
for line in sys.stdin:
    source = sources[int(line)]
    t0 = time.process_time()
    analysis = analyse(source)
    t1 = time.process_time()
    audit_source(analysis, index, rules)
    t2 = time.process_time()
    print(f"{t1 - t0} {t2 - t1}", flush=True)
'''


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("base", type=Path, help="the tree before the change")
    parser.add_argument("new", type=Path, help="the tree after it")
    parser.add_argument("sources", help="a glob of source files, quoted")
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--references", type=Path, help="reference library (default: BASE/references)")
    args = parser.parse_args()
    references = (args.references or args.base / "references").resolve()
    workers = [subprocess.Popen([sys.executable, "-c", WORKER, args.sources, str(references)],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                                env={**os.environ, "PYTHONPATH": str(tree.resolve())}, cwd="/")
               for tree in (args.base, args.new)]
    counts = [int(worker.stdout.readline()) for worker in workers]
    if counts[0] == 0:
        sys.exit(f"ab.py: no source matches {args.sources}")
    best = [[[float("inf"), float("inf")] for _ in range(counts[0])] for _ in workers]
    for k in range(args.passes):
        for i in range(counts[0]):
            for w in ((0, 1) if (i + k) % 2 == 0 else (1, 0)):
                workers[w].stdin.write(f"{i}\n")
                workers[w].stdin.flush()
                times = [float(x) for x in workers[w].stdout.readline().split()]
                best[w][i] = [min(old, new) for old, new in zip(best[w][i], times)]
    for worker in workers:
        worker.stdin.close()
        worker.wait()
    stage = [[sum(row[s] for row in best[w]) for s in (0, 1)] for w in (0, 1)]

    def change(a: float, b: float) -> str:
        return f"{(b / a - 1) * 100:+.1f} %"

    print(f"{counts[0]} sources, minimum of {args.passes} passes, CPU seconds: "
          f"analyse {stage[0][0]:.3f} -> {stage[1][0]:.3f} ({change(stage[0][0], stage[1][0])}), "
          f"audit_source {stage[0][1]:.3f} -> {stage[1][1]:.3f} ({change(stage[0][1], stage[1][1])}), "
          f"total {change(sum(stage[0]), sum(stage[1]))}")


if __name__ == "__main__":
    main()
