"""Measure the engine against gold annotations (tests/gold/*.yaml): claims, statuses, strengths, categories and
flags."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from pipeline.audit import audit_source
from pipeline.config import Config
from pipeline.errors import DataError
from pipeline.evidence import EvidenceIndex
from pipeline.ingest import load_source
from pipeline.models import CATEGORIES, STATUSES, STRENGTHS
from pipeline.nlp import analyse
from pipeline.references import load_library
from pipeline.rules.loader import load_rules

OVERLAP = 0.5  # a predicted and a gold span match when the overlap covers half of the shorter one


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    label: str = ""
    extra: tuple = ()

    def overlap(self, other: "Span") -> float:
        shared = min(self.end, other.end) - max(self.start, other.start)
        return max(shared, 0) / max(min(self.end - self.start, other.end - other.start), 1)


@dataclass
class Scores:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    files: int = 0
    claims: Scores = field(default_factory=Scores)
    flags: Scores = field(default_factory=Scores)
    flags_by_pack: dict[str, Scores] = field(default_factory=dict)
    # per rule code: the flags it raised and how many of them matched a gold flag of its pack (gold flags carry a
    # pack, not a rule, so a rule has a precision but no recall)
    rule_found: Counter = field(default_factory=Counter)
    rule_matched: Counter = field(default_factory=Counter)
    status_confusion: Counter = field(default_factory=Counter)  # (gold, predicted) over matched claims
    strength_confusion: Counter = field(default_factory=Counter)
    category_confusion: Counter = field(default_factory=Counter)
    gold_statuses: Counter = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)  # one line per disagreement, file:line:column first


def _locate(raw: str, text: str, where: str, occurrence: int = 1, within: tuple[int, int] | None = None) -> int:
    lo, hi = within or (0, len(raw))
    at = lo - 1
    for _ in range(occurrence):
        at = raw.find(text, at + 1, hi)
        if at < 0:
            raise DataError(f"gold text not found in source: {text!r}", where)
    return at


def load_gold(path: Path) -> tuple[str, list[Span], list[Span]]:
    where = path.as_posix()
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    source = data["source"]
    raw = load_source(source).raw
    claims, flags = [], []
    for item in data.get("claims", []):
        at = _locate(raw, item["text"], where, int(item.get("occurrence", 1)))
        claims.append(Span(at, at + len(item["text"]), item["status"], (item.get("strength"), item.get("category"))))
    for item in data.get("flags", []):
        context = item.get("context", item["text"])
        at = _locate(raw, context, where, int(item.get("occurrence", 1)))
        inner = _locate(raw, item["text"], where, 1, (at, at + len(context)))
        flags.append(Span(inner, inner + len(item["text"]), item["pack"], (item.get("level"),)))
    return source, claims, flags


def evaluate_gold(config: Config, gold_dir: str | Path) -> Report:
    files = sorted(Path(gold_dir).glob("*.yaml"))
    if not files:
        raise DataError("no gold annotation files (*.yaml)", str(gold_dir))
    index = EvidenceIndex(load_library(config.references), config.model)
    rules = load_rules()
    pack_of = {rule.code: rule.pack for rule in rules}
    report = Report(files=len(files))
    for file in files:
        source_path, gold_claims, gold_flags = load_gold(file)
        source = load_source(source_path)
        result = audit_source(analyse(source, config.model), index, rules)
        predicted = [Span(c.start, c.end, c.status, (c.strength, c.category)) for c in result.claims]
        pairs = _match(gold_claims, predicted)
        _count(report.claims, len(gold_claims), len(predicted), len(pairs))
        for gold, guess in pairs:
            report.status_confusion[(gold.label, guess.label)] += 1
            report.strength_confusion[(gold.extra[0], guess.extra[0])] += 1
            report.category_confusion[(gold.extra[1], guess.extra[1])] += 1
            if gold.label != guess.label:
                report.errors.append(_error(source, gold, f"status: gold {gold.label}, engine {guess.label}"))
            if gold.extra[0] != guess.extra[0]:
                report.errors.append(_error(source, gold, f"strength: gold {gold.extra[0]}, engine {guess.extra[0]}"))
            if gold.extra[1] != guess.extra[1]:
                report.errors.append(_error(source, gold, f"category: gold {gold.extra[1]}, engine {guess.extra[1]}"))
        report.errors += _unmatched(source, "claim", gold_claims, predicted, pairs)
        report.gold_statuses.update(g.label for g in gold_claims)
        flags = [Span(f.start, f.end, pack_of[f.code], (f.code,)) for f in result.flags]
        report.rule_found.update(f.code for f in result.flags)
        for pack in sorted({s.label for s in gold_flags} | {s.label for s in flags}):
            gold_pack = [s for s in gold_flags if s.label == pack]
            guess_pack = [s for s in flags if s.label == pack]
            matched = _match(gold_pack, guess_pack)
            _count(report.flags_by_pack.setdefault(pack, Scores()), len(gold_pack), len(guess_pack), len(matched))
            _count(report.flags, len(gold_pack), len(guess_pack), len(matched))
            report.rule_matched.update(guess.extra[0] for _, guess in matched)
            report.errors += _unmatched(source, f"{pack} flag", gold_pack, guess_pack, matched)
    return report


def _unmatched(source, what: str, gold: list[Span], predicted: list[Span], pairs) -> list[str]:
    """A line for every gold span the engine missed and every span it found that the gold does not have."""
    matched_gold = {id(g) for g, _ in pairs}
    matched_predicted = {id(p) for _, p in pairs}
    return ([_error(source, g, f"missed {what}") for g in gold if id(g) not in matched_gold]
            + [_error(source, p, f"extra {what}") for p in predicted if id(p) not in matched_predicted])


def _error(source, span: Span, what: str) -> str:
    line, column = source.line_col(span.start)
    text = " ".join(source.raw[span.start:span.end].split())
    return f"{source.path}:{line}:{column}: {what}: {text[:120]}"


def _match(gold: list[Span], predicted: list[Span]) -> list[tuple[Span, Span]]:
    """Greedy one-to-one matching by overlap, best overlaps first."""
    candidates = sorted(((g.overlap(p), i, j) for i, g in enumerate(gold) for j, p in enumerate(predicted)
                         if g.overlap(p) >= OVERLAP), reverse=True)
    used_gold, used_pred, pairs = set(), set(), []
    for _, i, j in candidates:
        if i not in used_gold and j not in used_pred:
            used_gold.add(i)
            used_pred.add(j)
            pairs.append((gold[i], predicted[j]))
    return pairs


def _count(scores: Scores, gold: int, predicted: int, matched: int) -> None:
    scores.tp += matched
    scores.fp += predicted - matched
    scores.fn += gold - matched


def render_report(report: Report, errors: bool = False, by_rule: bool = False) -> str:
    lines = [f"Gold annotation files: {report.files}", ""]
    lines.append(f"{'':24}{'gold':>6}{'found':>7}{'matched':>9}{'P':>7}{'R':>7}{'F1':>7}")

    def row(name: str, s: Scores) -> str:
        return (f"{name:24}{s.tp + s.fn:>6}{s.tp + s.fp:>7}{s.tp:>9}{s.precision:>7.2f}{s.recall:>7.2f}"
                f"{s.f1:>7.2f}")

    lines.append(row("claims (span overlap)", report.claims))
    lines.append(row("flags (pack + overlap)", report.flags))
    for pack, scores in sorted(report.flags_by_pack.items()):
        lines.append(row(f"  {pack}", scores))
    for title, confusion, labels in (("status", report.status_confusion, STATUSES),
                                     ("strength", report.strength_confusion, STRENGTHS),
                                     ("category", report.category_confusion, CATEGORIES)):
        total = sum(confusion.values())
        correct = sum(n for (g, p), n in confusion.items() if g == p)
        lines += ["", f"{title} accuracy on matched claims: {correct}/{total} = {correct / total if total else 0:.2f}",
                  "gold \\ predicted " + "".join(f"{label[:12]:>13}" for label in labels)]
        for gold in labels:
            lines.append(f"{gold[:16]:17}" + "".join(f"{confusion[(gold, p)]:>13}" for p in labels))
    if by_rule:
        lines += ["", "flags by rule (matched: overlaps a gold flag of the rule's pack)",
                  f"{'rule':24}{'found':>7}{'matched':>9}{'P':>7}"]
        for code, found in sorted(report.rule_found.items()):
            matched = report.rule_matched[code]
            lines.append(f"{code:24}{found:>7}{matched:>9}{matched / found:>7.2f}")
    if errors:
        lines += ["", f"disagreements with the gold ({len(report.errors)}):", *sorted(report.errors, key=_position)]
    return "\n".join(lines) + "\n"


def _position(error: str) -> tuple:
    path, line, column, _ = error.split(":", 3)
    return path, int(line), int(column), error
