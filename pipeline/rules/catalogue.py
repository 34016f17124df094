"""The rule catalogue as text or Markdown (for `claimaudit rules` and the docs)."""

from __future__ import annotations

from pipeline.rules.loader import Rule, load_rules


# what a rule `silent_on_sober_pages` does where the page neither sells nor hypes (engine.page_sells_or_hypes)
SILENT_NOTE = "silent on a page that neither sells nor hypes"


def render_catalogue(output_format: str = "text") -> str:
    rules = load_rules()
    if output_format == "markdown":
        lines = ["| code | level | name | what it flags | authority |", "|---|---|---|---|---|"]
        for rule in rules:
            cells = [rule.code, _level(rule), rule.name, rule.message, rule.authority]
            lines.append("| " + " | ".join(" ".join(c.replace("|", "\\|").split()) for c in cells) + " |")
        return "\n".join(lines) + "\n"
    lines = []
    for rule in rules:
        lines.append(f"{rule.code}  {rule.level:<7}  {rule.name}")
        lines.append(f"    {rule.message}")
        lines.append(f"    authority: {' '.join(rule.authority.split())}")
        if rule.unpromoted_level:
            lines.append(f"    level on a page with no sign of promotion: {rule.unpromoted_level}")
        if rule.silent_on_sober_pages:
            lines.append(f"    {SILENT_NOTE}")
        lines.append(f"    e.g. \"{rule.example}\" -> \"{rule.instead}\"")
    return "\n".join(lines) + "\n"


def _level(rule: Rule) -> str:
    """The rule's level, and the lower one it takes on a page that promotes nothing (`unpromoted_level`), or its
    silence on a page that neither sells nor hypes (`silent_on_sober_pages`)."""
    notes = [f"{rule.unpromoted_level} on a page with no sign of promotion"] if rule.unpromoted_level else []
    notes += [SILENT_NOTE] if rule.silent_on_sober_pages else []
    return f"{rule.level} ({'; '.join(notes)})" if notes else rule.level
