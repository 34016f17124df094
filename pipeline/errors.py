"""Errors a user can fix (bad input, bad configuration, bad data files) and claimaudit's own failure on a source,
named with the file. The CLI turns them into exit code 2."""

from __future__ import annotations


class ClaimauditError(Exception):
    """An error with the place it happened: file, and line/column where there is one."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None, column: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.column = column

    def __str__(self) -> str:
        where = self.path or ""
        if where and self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.message}" if where else self.message


class InputError(ClaimauditError):
    """A source article that cannot be read."""


class DataError(ClaimauditError):
    """A reference file, rule pack, lexicon, waiver or config file that is invalid."""


class EngineError(ClaimauditError):
    """claimaudit failed on a source it could read: a bug, named with the file so that it can be reported (an
    uncaught exception would exit 1, which a CI gate reads as blocking findings)."""
