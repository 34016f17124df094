"""Configuration: defaults < [tool.claimaudit] in pyproject.toml < command-line flags; returns a frozen Config."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path

from pipeline.errors import DataError


@dataclass(frozen=True)
class Config:
    sources: tuple[str, ...] = ("sources",)
    references: str = "references"
    claims_csv: str = "claims.csv"
    exclude: tuple[str, ...] = ("README.md", "README.txt", "README.html")
    model: str | None = None  # an installed trained spaCy pipeline, e.g. "en_core_web_sm"; default: rule-based
    max_chars: int = 1_000_000  # a longer source is refused (exit 2) rather than exhausting memory
    file: str = ""  # the pyproject.toml the settings came from, for error messages (not a setting)
    fail_on: tuple[str, ...] = ("contradicted", "unsupported", "error")  # what makes `check` exit 1
    select: tuple[str, ...] = ()  # rule codes, names, packs or globs to run (default: all)
    ignore: tuple[str, ...] = ()  # ... and to skip
    waivers: str = "waivers.csv"
    reports: str = "reports"


def load_config(path: str | Path | None = None, **overrides) -> Config:
    """Read [tool.claimaudit] from `path` (default ./pyproject.toml when present) and apply overrides."""
    config = Config()
    file = Path(path) if path else Path("pyproject.toml")
    if path and not file.is_file():
        raise DataError("config file not found", file.as_posix())
    if file.is_file():
        try:
            data = tomllib.loads(file.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise DataError(f"invalid TOML: {exc}", file.as_posix()) from None
        except UnicodeDecodeError:
            raise DataError("not UTF-8 text", file.as_posix()) from None
        tool = data.get("tool", {})
        section = tool.get("claimaudit", {}) if isinstance(tool, dict) else None
        if not isinstance(section, dict):
            raise DataError("[tool.claimaudit] must be a table of settings", file.as_posix())
        known = {f.name: f for f in fields(Config) if f.name != "file"}
        unknown = sorted(set(section) - set(known))
        if unknown:
            raise DataError(f"[tool.claimaudit]: unknown key(s) {', '.join(unknown)}; known: {', '.join(known)}",
                            file.as_posix())
        values = {}
        for key, value in section.items():
            default = getattr(config, key)
            if isinstance(default, tuple):
                if isinstance(value, str):
                    value = [value]
                if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                    raise DataError(f"[tool.claimaudit] {key} must be a list of strings", file.as_posix())
                value = tuple(value)
            elif isinstance(default, int):
                if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                    raise DataError(f"[tool.claimaudit] {key} must be a positive whole number", file.as_posix())
            elif not isinstance(value, str):
                raise DataError(f"[tool.claimaudit] {key} must be a string", file.as_posix())
            values[key] = value
        config = replace(config, **values, file=file.as_posix())
    return replace(config, **{k: v for k, v in overrides.items() if v is not None})
