"""Write pipeline/lexicons/everyday.yml: the N most frequent English words of spaCy's word-probability table.

    python bench/everyday_words.py [N]

The table (en_lexeme_prob) ships in spacy-lookups-data, already a dependency; only lower-case ASCII words of three
letters or more are kept, the N most probable (ties by spelling), written alphabetically."""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

DEFAULT_SIZE = 3000
TARGET = Path(__file__).resolve().parents[1] / "pipeline" / "lexicons" / "everyday.yml"
WIDTH = 116


def everyday_words(size: int) -> list[str]:
    import gzip
    import json

    import spacy_lookups_data

    path = Path(spacy_lookups_data.__file__).parent / "data" / "en_lexeme_prob.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        probability = json.load(handle)  # word -> log probability
    words = sorted((w for w in probability if w.isascii() and w.isalpha() and w.islower() and len(w) > 2),
                   key=lambda w: (-probability[w], w))
    return sorted(words[:size])


def render(words: list[str], size: int) -> str:
    items = [w if isinstance(yaml.safe_load(w), str) else f'"{w}"' for w in words]  # "yes", "true" stay words
    lines, line = [], []
    for item in items:
        if line and len(", ".join([*line, item])) > WIDTH:
            lines.append(", ".join(line))
            line = []
        line.append(item)
    lines.append(", ".join(line))
    head = (f"# Everyday English words: the {size:,} most frequent lower-case words of three letters or more in spaCy's\n"
            "# English word-probability table (spacy-lookups-data, en_lexeme_prob), alphabetically; written by\n"
            "# bench/everyday_words.py. Read by pipeline/evidence.py: a claim and an evidence statement that share only\n"
            "# such words (\"free\", \"life\", \"damages\") share no content, however rare the words are in the reference\n"
            "# library, so the statement does not judge the claim.\n")
    return head + "words: [\n  " + ",\n  ".join(lines) + "]\n"


if __name__ == "__main__":
    size = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    TARGET.write_text(render(everyday_words(size), size), encoding="utf-8")
