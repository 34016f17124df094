"""The full result as JSON: per source its claims (with matched evidence and quotes) and flags."""

from __future__ import annotations

import json

from pipeline.models import RunResult


def render(result: RunResult) -> str:
    return json.dumps(result.to_record(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
