#!/usr/bin/env python3
"""Comparison point for bench/run.py: ONE compiled regular expression (an alternation of the trigger words of
every rule in pipeline/rulepacks/*.yml) scanned over every .txt/.md/.html file under the given folder, in one
Python process. This is the floor of "find the wording": no tokenizer, no sentences, no claims, no evidence.

The trigger of a phrase pattern is its first non-optional item ("=only target|targets" -> only); each
alternative is taken literally (the engine matches inflections by lemma, the regex only the forms written).
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import yaml

RULEPACKS = Path(__file__).resolve().parents[1] / "pipeline" / "rulepacks"


def trigger_words() -> list[str]:
    words: set[str] = set()
    for pack in sorted(RULEPACKS.glob("*.yml")):
        for rule in yaml.safe_load(pack.read_text(encoding="utf-8")).get("rules", []):
            for pattern in rule.get("patterns", []):
                if isinstance(pattern, str):
                    items = [i for i in pattern.split() if not i.endswith("?") and i not in ("*", "#num")]
                    if items:
                        words.update(a.lstrip("=") for a in items[0].split("|"))
                elif isinstance(pattern, list) and pattern and isinstance(pattern[0], dict):
                    for key in ("LOWER", "LEMMA", "TEXT", "ORTH"):
                        value = pattern[0].get(key)
                        if isinstance(value, str):
                            words.add(value)
                        elif isinstance(value, dict) and isinstance(value.get("IN"), list):
                            words.update(str(v) for v in value["IN"])
    return sorted(w for w in words if w and w != "#num")


def main() -> None:
    folder = Path(sys.argv[1])
    words = trigger_words()
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b",
                         re.IGNORECASE)
    files = hits = 0
    for dirpath, _, names in os.walk(folder):
        for name in names:
            if name.endswith((".txt", ".md", ".html")):
                text = (Path(dirpath) / name).read_text(encoding="utf-8", errors="replace")
                hits += sum(1 for _ in pattern.finditer(text))
                files += 1
    print(f"{len(words)} trigger words, {hits:,} matches in {files:,} files")


if __name__ == "__main__":
    main()
