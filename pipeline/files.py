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


def write_atomic(path: str | Path, text: str | Callable[[TextIO], None]) -> None:
    """Write `text`, or let `text(stream)` write a large document piece by piece."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise InputError(f"cannot write here: {exc.strerror or exc}", path.as_posix()) from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            if callable(text):
                text(stream)
            else:
                stream.write(text)
        os.chmod(temporary, 0o666 & ~umask())  # mkstemp makes 0600; outputs get the usual permissions
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
