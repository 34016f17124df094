"""Structural fuzzer: pages built from real lines recombined with page structures, audited by the whole engine.

Usage: nice python scripts/fuzz_structures.py --pages 20000 --seed 1 [--corpus DIR_OR_FILE ...] [--out crashes.txt]

Lines come from the page sets' sources (tests/pages/*/sources), the bundled sources/ and any --corpus given
(a .json list of {"text": ...} records, a .csv whose second column is a sentence, or text files, one line a
sentence: read there, never copied into the project). Each exception is shrunk (lines, then words removed while
the same exception type and place still fail) and reported once per (type, function, line) with its shortest text.
Pages slower than --slow seconds are reported with their shape."""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import time
import traceback
from pathlib import Path

from pipeline.assessment import audit_source
from pipeline.evidence import EvidenceIndex
from pipeline.ingest import build_source
from pipeline.nlp import analyse
from pipeline.references import load_library
from pipeline.rules.loader import load_rules

FRAMES = ["National guidance is that:", "Our advice is that:", "Symptoms include:", "Common causes include:",
          "Benefits such as:", "Key points:", "What you need to know:", "The study found that:", "Note:",
          "Why does it matter?", "What is it?", "In short:", "Doctors say that", "According to the NHS,",
          "Experts agree:", "It is important to know that:", "You should see a GP if:", "They found:"]
ODD_LINES = [".", ":", "-", "*", "?", "!", "…", "—", "|", "#", ">", "🙂", "✅", "💊", "❤️", "“", "”", "(", ")", "[1]",
             "1.", "a", "I", "No.", "Yes:", "OK", "** **", "__", "---", "***", "•", "", " ", "\t"]
# pieces of structure that clause and list readers cut away or lean on: a line may be made of them alone
GLUE = ["that", "which", "and", "but", "so", ",", ";", ":", "—", "such as", "including", "like", "e.g.", "is",
        "says", "means", "while", "because", "if", "not", "no", "it", "they", "this", "(", ")", "\"", "'", "**", "-"]
BOLD_LEADS = ["**Important:**", "**Tip:**", "**Safe:**", "<b>Note:</b>", "__Warning__:", "**Why?**"]
DATELINES = ["LONDON, 3 March 2024 —", "March 2024:", "Updated 12/01/2025", "By Dr Jane Smith, GP", "— Dr A. Patel",
             "Source: NHS", "Reviewed by our medical team", "*Terms apply.", "[1] Smith et al. 2020", "¹ See below."]


def load_lines(roots: list[Path], corpora: list[Path]) -> list[str]:
    lines: set[str] = set()
    for root in roots:
        for path in sorted(root.rglob("*")):
            if path.is_file() and path.suffix in (".md", ".txt", ".html", ".htm"):
                for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
                    if line.strip():
                        lines.add(line.strip())
    for corpus in corpora:
        for path in sorted(corpus.rglob("*") if corpus.is_dir() else [corpus]):
            if path.suffix == ".json":
                try:
                    records = json.loads(path.read_text(encoding="utf-8"))
                except ValueError:
                    continue
                lines.update(r["text"] for r in records[:4000] if isinstance(r, dict) and r.get("text"))
            elif path.suffix == ".csv":
                with path.open(encoding="utf-8", errors="replace") as handle:
                    for n, row in enumerate(csv.reader(handle)):
                        if n and len(row) > 1 and n < 4000:
                            lines.add(row[1])
    return sorted(line for line in lines if len(line) < 2000)


def cut(line: str, rng: random.Random) -> str:
    words = line.split()
    if len(words) < 2:
        return line
    at = rng.randrange(1, len(words))
    return " ".join(words[:at] if rng.random() < 0.5 else words[at:])


def block(lines: list[str], rng: random.Random, kind: str) -> list[str]:
    """One structural block of a page."""
    pick = lambda: rng.choice(lines)  # noqa: E731
    shape = rng.randrange(17)
    if shape == 0:  # heading, maybe a question
        text = pick() if rng.random() < 0.5 else rng.choice(FRAMES)
        return [("#" * rng.randint(1, 3) + " " if kind == "md" else "") + text, ""]
    if shape == 1:  # frame then list, items maybe empty
        marker = rng.choice(["- ", "* ", "1. ", "• ", "", "-", "1) "])
        items = [marker + (pick() if rng.random() < 0.8 else rng.choice(ODD_LINES)) for _ in range(rng.randint(0, 6))]
        lead = rng.choice(FRAMES) if rng.random() < 0.6 else pick().rstrip(".") + rng.choice([" that:", " such as:",
                                                                                             " include:", ":"])
        return [lead] + ([""] if rng.random() < 0.5 else []) + items + [""]
    if shape == 2:  # table
        cols = rng.randint(1, 4)
        rows = ["| " + " | ".join(cut(pick(), rng) for _ in range(cols)) + " |" for _ in range(rng.randint(1, 4))]
        return [rows[0], "|" + "---|" * cols] + rows[1:] + [""]
    if shape == 3:  # quotation across lines
        text = pick()
        words = text.split()
        half = len(words) // 2
        opener = rng.choice(["“", '"', "> ", "'"])
        closer = {"“": "”", '"': '"', "> ": "", "'": "'"}[opener]
        lead = "> " if opener == "> " else ""
        return [opener + " ".join(words[:half]), lead + " ".join(words[half:]) + closer,
                rng.choice(["", "— " + rng.choice(DATELINES), "said Dr Smith."])]
    if shape == 4:  # odd line
        return [rng.choice(ODD_LINES)]
    if shape == 5:  # cut line
        return [cut(pick(), rng)]
    if shape == 6:  # bold lead
        return [rng.choice(BOLD_LEADS) + " " + pick(), ""]
    if shape == 7:  # dateline / attribution / footnote
        return [rng.choice(DATELINES) + (" " + pick() if rng.random() < 0.5 else "")]
    if shape == 8:  # very long line
        return [" ".join(pick() for _ in range(rng.randint(3, 12)))]
    if shape == 9:  # footnote markers glued
        return [pick().rstrip(".") + rng.choice(["[1].", "¹", "*", " (1)", "²."])]
    if shape == 10:  # colon line alone, then a sentence
        return [rng.choice(FRAMES), pick()]
    if shape == 11:  # emoji line / emoji-led sentence
        return [rng.choice(["✅ ", "👉 ", "💊", "🙂 "]) + pick()]
    if shape == 12:  # nested list
        return [rng.choice(FRAMES), "- " + pick(), "  - " + cut(pick(), rng), "    - " + rng.choice(ODD_LINES), ""]
    if shape == 14:  # a line of glue alone, a lead made of it, or glue around a cut line
        glue = " ".join(rng.choice(GLUE) for _ in range(rng.randint(1, 4)))
        choice = rng.randrange(3)
        if choice == 0:
            return [glue]
        if choice == 1:
            return [glue + rng.choice([":", " that:", ""]), "", "- " + cut(pick(), rng), "- " + rng.choice(GLUE)]
        return [glue + " " + cut(pick(), rng) + " " + glue]
    if shape == 13 and kind == "html":
        tag = rng.choice(["p", "li", "h2", "blockquote", "td", "strong", "em"])
        return [f"<{tag}>{pick()}</{tag}>" if rng.random() < 0.8 else f"<{tag}>{rng.choice(ODD_LINES)}"]
    return [pick(), ""] if rng.random() < 0.5 else [pick()]


def build_page(lines: list[str], rng: random.Random) -> tuple[str, str]:
    kind = rng.choice(["md", "md", "txt", "html"])
    out: list[str] = []
    for _ in range(rng.randint(1, 10)):
        out.extend(block(lines, rng, kind))
    raw = "\n".join(out)
    if kind == "html":
        raw = "<html><body>\n" + raw.replace("\n\n", "\n<p>") + "\n</body></html>"
    return kind, raw


def crash_key(error: BaseException) -> tuple[str, str, int]:
    frames = [f for f in traceback.extract_tb(error.__traceback__) if "/pipeline/" in f.filename] or \
        traceback.extract_tb(error.__traceback__)
    last = frames[-1]
    return type(error).__name__, f"{Path(last.filename).name}:{last.name}", last.lineno or 0


def audit(raw: str, kind: str, index, rules) -> None:
    audit_source(analyse(build_source(f"x.{kind}", raw, kind)), index, rules)


def fails(raw: str, kind: str, key, index, rules) -> bool:
    try:
        audit(raw, kind, index, rules)
    except Exception as error:  # noqa: BLE001
        return crash_key(error) == key
    return False


def shrink(raw: str, kind: str, key, index, rules) -> str:
    """Remove lines, then words, while the same failure remains."""
    for sep in ("\n", " "):
        parts = raw.split(sep)
        changed = True
        while changed:
            changed = False
            for at in range(len(parts) - 1, -1, -1):
                trial = parts[:at] + parts[at + 1:]
                if fails(sep.join(trial), kind, key, index, rules):
                    parts = trial
                    changed = True
        raw = sep.join(parts)
    return raw


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--corpus", action="append", default=[])
    parser.add_argument("--slow", type=float, default=10.0)
    parser.add_argument("--out", default="-")
    args = parser.parse_args()
    lines = load_lines([Path("tests/pages"), Path("sources")], [Path(c) for c in args.corpus])
    index = EvidenceIndex(load_library(Path("references")))
    rules = load_rules()
    rng = random.Random(args.seed)
    crashes: dict[tuple, tuple[str, str, str, int]] = {}
    slow: list[tuple[float, str, str]] = []
    failed = 0
    out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8")
    started = time.monotonic()
    for n in range(args.pages):
        kind, raw = build_page(lines, rng)
        began = time.monotonic()
        try:
            audit(raw, kind, index, rules)
        except Exception as error:  # noqa: BLE001
            failed += 1
            key = crash_key(error)
            if key not in crashes or len(crashes[key][1]) > 200:
                small = shrink(raw, kind, key, index, rules)
                if key not in crashes or len(small) < len(crashes[key][1]):
                    crashes[key] = (kind, small, "".join(traceback.format_exception(error)[-6:]), n)
                    print(f"[{n}] {key} {small!r}", file=out, flush=True)
        spent = time.monotonic() - began
        if spent > args.slow:
            slow.append((spent, kind, raw))
            print(f"[{n}] SLOW {spent:.1f}s {kind} {len(raw)} chars {raw.count(chr(10))} lines", file=out, flush=True)
        if n % 500 == 0:
            print(f"... {n} pages, {failed} failed, {time.monotonic() - started:.0f}s", file=out, flush=True)
    print(f"pages {args.pages} failed {failed} distinct {len(crashes)} slow {len(slow)}", file=out)
    for key, (kind, small, trace, n) in sorted(crashes.items()):
        print(f"== {key} ({kind}, page {n})\n{small!r}\n{trace}", file=out)
    for spent, kind, raw in slow:
        print(f"== SLOW {spent:.1f}s {kind}\n{raw!r}", file=out)
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
