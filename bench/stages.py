#!/usr/bin/env python3
"""CPU time of the two per-source stages, in one process, on the first N SciFact abstracts: reading and
analysing them (`analyse`), then claims, flags and evidence (`audit_source`), each the best of several passes
once every word is known. For A/B comparisons of an engine change on a machine that other work may load (a
whole-command timing cannot see a step of a few per cent there); run it alternately against two trees:

    PYTHONPATH=/path/to/old python bench/stages.py --limit 300
    PYTHONPATH=/path/to/new python bench/stages.py --limit 300
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import DEFAULT_CORPUS, REPO, build_corpus  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--passes", type=int, default=3)
    args = parser.parse_args()

    from pipeline.audit import audit_source
    from pipeline.evidence import EvidenceIndex
    from pipeline.ingest import load_source
    from pipeline.nlp import analyse
    from pipeline.references import load_library
    from pipeline.rules.loader import load_rules

    with tempfile.TemporaryDirectory(prefix="claimaudit-stages-") as folder:
        files, words = build_corpus(Path(args.corpus), Path(folder), args.limit)
        sources = [load_source(path, path.name) for path in sorted(Path(folder).glob("*.txt"))]
    index, rules = EvidenceIndex(load_library(REPO / "references")), load_rules()
    # as `claimaudit check` does once the engine is built (pipeline/audit.py, AuditRun.map): without it every full
    # collection rescans the engine's objects, and a change that only adds patterns looks slower than it is
    gc.freeze()
    for analysis in [analyse(source) for source in sources]:  # every word known, every cache warm
        audit_source(analysis, index, rules)
    best_analyse = best_audit = float("inf")
    for _ in range(args.passes):
        started = time.process_time()
        analyses = [analyse(source) for source in sources]
        best_analyse = min(best_analyse, time.process_time() - started)
        started = time.process_time()
        for analysis in analyses:
            audit_source(analysis, index, rules)
        best_audit = min(best_audit, time.process_time() - started)
    import pipeline

    print(f"{files} files, {words:,} words, engine {Path(pipeline.__file__).parent}")
    print(f"analyse {best_analyse:.3f} s, audit_source {best_audit:.3f} s CPU (best of {args.passes})")


if __name__ == "__main__":
    main()
