"""The rule catalogue as text or Markdown (for `claimaudit rules` and the docs)."""

from __future__ import annotations

from pipeline.rules.loader import load_rules


def render_catalogue(output_format: str = "text") -> str:
    rules = load_rules()
    if output_format == "markdown":
        lines = ["| code | level | name | what it flags | authority |", "|---|---|---|---|---|"]
        for rule in rules:
            cells = [rule.code, rule.level, rule.name, rule.message, rule.authority]
            lines.append("| " + " | ".join(" ".join(c.replace("|", "\\|").split()) for c in cells) + " |")
        return "\n".join(lines) + "\n"
    lines = []
    for rule in rules:
        lines.append(f"{rule.code}  {rule.level:<7}  {rule.name}")
        lines.append(f"    {rule.message}")
        lines.append(f"    authority: {' '.join(rule.authority.split())}")
        lines.append(f"    e.g. \"{rule.example}\" -> \"{rule.instead}\"")
    return "\n".join(lines) + "\n"
