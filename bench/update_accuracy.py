"""Re-run every command quoted in docs/accuracy.md ("Command: `claimaudit …`") and replace the output block that
follows it, so the page always shows what the current engine prints. Run from the repository root:

    python bench/update_accuracy.py
"""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

PAGE = Path("docs/accuracy.md")
BLOCK = re.compile(r"(Command: `(?P<command>claimaudit [^`]+)`\n\n```\n)(?P<output>.*?)(```)", re.S)


def main() -> int:
    text = PAGE.read_text(encoding="utf-8")

    def rerun(match: re.Match) -> str:
        args = shlex.split(match.group("command"))
        print("running:", " ".join(args), file=sys.stderr)
        done = subprocess.run([sys.executable, "-m", "pipeline", *args[1:]], capture_output=True, text=True)
        if done.returncode not in (0, 1):
            raise SystemExit(f"{match.group('command')} failed:\n{done.stderr}")
        return match.group(1) + done.stdout + match.group(4)

    PAGE.write_text(BLOCK.sub(rerun, text), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
