"""Write outputs atomically: a temporary file in the same folder, then a rename, so a failed run loses nothing."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from pipeline.errors import InputError


def umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


class AtomicFile:
    """A text file written under a hidden temporary name beside `path`; `commit()` renames it over `path`,
    `discard()` removes it (the previous file stays as it was)."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
        except OSError as exc:
            raise InputError(f"cannot write here: {exc.strerror or exc}", self.path.as_posix()) from None
        self.temporary = Path(temporary)
        self.stream: TextIO = os.fdopen(handle, "w", encoding="utf-8", newline="")

    def commit(self) -> None:
        try:
            self.stream.close()
            os.chmod(self.temporary, 0o666 & ~umask())  # mkstemp makes 0600; outputs get the usual permissions
            os.replace(self.temporary, self.path)
        except BaseException:
            self.discard()
            raise

    def discard(self) -> None:
        self.stream.close()
        self.temporary.unlink(missing_ok=True)


def write_atomic(path: str | Path, text: str | Callable[[TextIO], None]) -> None:
    """Write `text`, or let `text(stream)` write a large document piece by piece."""
    output = AtomicFile(path)
    try:
        if callable(text):
            text(output.stream)
        else:
            output.stream.write(text)
    except BaseException:
        output.discard()
        raise
    output.commit()
