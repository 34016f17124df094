#!/usr/bin/env python3
"""CPU time of `audit_source` on one pathological page: a quotation opened and never closed, 300 lines without a
full stop, each with rewrites whose key reads the list after the match ("cures (&headaches|…)"), so the page is one
sentence and every flag's rewrite is handed the rest of it. Reading each list to its end made the rewrites
quadratic in the sentence's length (perf42). Run it against two trees to compare:

    PYTHONPATH=/path/to/old python bench/open_quote.py
    PYTHONPATH=/path/to/new python bench/open_quote.py

`--stuffed` times the other page with no sentence's end: 300 lines of a product's keywords, no punctuation and no
quotation mark (keyword stuffing, as a shop's hidden text or a tag cloud writes it), one sentence for the rewrites.
"""

from __future__ import annotations

import argparse
import gc
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LINES = ["it cures headaches and nausea and it reverses ageing and decline and cures colds and coughs",
         "this tonic cures bloating and cramps and reverses damage and wrinkles and cures stress",
         "my mother says it cures insomnia and heartburn and reverses hair loss and cures fatigue"]


# keyword stuffing: a product's search words, no mark at all
KEYWORDS = ["miracle detox tea cure for bloating best natural remedy guaranteed results instant relief",
            "breakthrough weight loss tea clinically proven cures cravings boosts immunity detox cleanse",
            "100% natural miracle cure reverses ageing best anti ageing tea permanent results no side effects"]


STUFFED_JOIN = " "


def build_page(lines: int, stuffed: bool = False) -> str:
    if stuffed:
        return STUFFED_JOIN.join(KEYWORDS[n % len(KEYWORDS)] for n in range(lines)) + "\n"
    return "\n".join(["“This tonic cures headaches, bloating and insomnia"]
                     + [LINES[n % len(LINES)] for n in range(lines)]) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lines", type=int, default=300)
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--stuffed", action="store_true", help="the page of keywords with no marks")
    args = parser.parse_args()

    import pipeline
    from pipeline.audit import audit_source
    from pipeline.evidence import EvidenceIndex
    from pipeline.ingest import build_source
    from pipeline.nlp import analyse
    from pipeline.references import load_library
    from pipeline.rules.loader import load_rules

    source = build_source("open_quote.txt", build_page(args.lines, args.stuffed), "txt")
    index, rules = EvidenceIndex(load_library(REPO / "references")), load_rules()
    gc.freeze()
    analysis = analyse(source)
    result = audit_source(analysis, index, rules)  # every cache warm
    best = float("inf")
    for _ in range(args.passes):
        started = time.process_time()
        audit_source(analysis, index, rules)
        best = min(best, time.process_time() - started)
    page = "keywords without marks" if args.stuffed else "open quotation"
    print(f"{page} of {args.lines} lines ({len(source.text):,} characters), engine "
          f"{Path(pipeline.__file__).parent}: {len(result.flags)} flags")
    print(f"audit_source {best:.3f} s CPU (best of {args.passes})")


if __name__ == "__main__":
    main()
