"""HTML reports: a batch dashboard (`index.html`) and one highlighted article page per source, self-contained.

Every page is rendered by jinja2 with autoescape on; the article text is split at every claim and flag boundary
and each piece is escaped; the per-claim data the side panel shows travels in a `<script type="application/json">`
block serialised so that no `<`, `>`, `&`, U+2028 or U+2029 appears raw, and the page's script builds the panel
with `textContent` only. Inline CSS and JS are allowed by their SHA-256 hashes in a strict Content-Security-Policy
(`default-src 'none'`), so a report opened from disk loads nothing from anywhere. The same result gives
byte-identical pages: no clock, stable ordering.
"""

from __future__ import annotations

import base64
import hashlib
import heapq
import json
import re
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath
from urllib.parse import quote, urlsplit

import jinja2
from markupsafe import Markup, escape

from pipeline import __version__
from pipeline.files import write_atomic
from pipeline.gate import voice_note
from pipeline.ingest import SOURCE_SUFFIXES, build_source, read_source_file
from pipeline.models import LEVELS, STATUSES, Claim, EvidenceMatch, Flag, RunResult, SourceResult

GENERATOR = "claimaudit"
GENERATOR_MARK = f'<meta name="generator" content="{GENERATOR}'  # how stale reports of ours are recognised
INDEX = "index.html"

STATUS_ICONS = {"supported": "\u2713", "overstated": "\u25b2", "contradicted": "\u2717", "unsupported": "?"}
STATUS_HELP = {
    "supported": "the evidence supports the claim as worded",
    "overstated": "the evidence supports a weaker wording than the claim uses",
    "contradicted": "the evidence says the opposite",
    "unsupported": "no evidence in the reference library matched",
}
LEVEL_ICONS = {"error": "\u2716", "warning": "\u26a0", "info": "i"}
INDEX_ROW_LIMIT = 5000  # findings rows in index.html; a larger batch shows its most serious ones (claims.csv has all)
# Ranking of problems for an article's "most serious" list: lower is more serious.
_SEVERITY = {("claim", "contradicted"): 0, ("flag", "error"): 1, ("claim", "overstated"): 2,
             ("flag", "warning"): 3, ("claim", "unsupported"): 4, ("flag", "info"): 5}


# ---------------------------------------------------------------------------------------------------------------
# Public API


def article_text(path: str) -> str:
    """What a report shows of a source: the decoded file; of an HTML page, the text the engine reads, its markup,
    scripts and page furniture blanked (same length: every claim's offsets still point at its characters)."""
    raw = read_source_file(path)
    if not _is_html(path):
        return raw
    source = build_source(path, raw, "html")
    chars = list(source.text)
    for block, following in zip(source.blocks, source.blocks[1:]):  # the blank between two blocks breaks the line
        if block.end < following.start and source.text[block.end:following.start].isspace():
            chars[block.end:min(block.end + 2, following.start)] = "\n" * min(2, following.start - block.end)
    return "".join(chars)


def _is_html(path: str) -> bool:
    return SOURCE_SUFFIXES.get(Path(path).suffix.lower()) == "html"


# Blank runs as the article view shows them: a page's blanked markup leaves long runs of spaces and lines.
_BLANK_LINES = re.compile(r"[ \t]*\n[ \t\n]*\n[ \t\n]*")
_SPACES = re.compile(r"[ \t]{2,}")


def _compact(text: str) -> str:
    return _SPACES.sub(" ", _BLANK_LINES.sub("\n\n", text))


def render_reports(result: RunResult, read_source: Callable[[str], str]) -> dict[str, str]:
    """Report file name -> HTML: `index.html` plus one page per source (see `report_names`)."""
    return dict(sorted(iter_reports(result, read_source)))


def iter_reports(result: RunResult, read_source: Callable[[str], str]):
    """(file name, HTML) one page at a time, the index last, so a large batch is never held in memory whole."""
    reports = Reports(result.version, [source.path for source in result.sources], read_source)
    for source in sorted(result.sources, key=lambda s: s.path):
        name, html, entry = reports.page(source)
        reports.add_entry(entry)
        yield name, html
    yield INDEX, reports.index()


def write_reports(result: RunResult, folder: str | Path, read_source: Callable[[str], str]) -> list[Path]:
    """Write every page of an in-memory result into `folder` as `ReportFolder` does for a streamed run. Returns
    the paths."""
    reports = ReportFolder(folder, [source.path for source in result.sources], read_source, result.version)
    reports.write(sorted(result.sources, key=lambda s: s.path))
    return sorted(Path(folder) / name for name in [*reports.reports.names.values(), INDEX])


def remove_stale(folder: Path, names: set[str]) -> None:
    for stale in sorted(folder.glob("*.html")):
        if stale.name not in names and stale.is_file() and _generated_by_us(stale):
            stale.unlink()


class Reports:
    """The report pages of a run, rendered one source at a time: each page comes with its `_IndexEntry` (the
    counts and findings rows the dashboard needs), so the dashboard never needs the sources themselves."""

    def __init__(self, version: str, paths: Iterable[str], read_source: Callable[[str], str]):
        self.version = version
        self.names = report_names(paths)
        self.read_source = read_source
        self.env = build_environment()
        self.entries: list[_IndexEntry] = []  # per source, without its rows
        self.rows: list[tuple] = []  # heap of the most serious findings rows so far: (-severity, -order, path, row)
        self.row_total = 0

    def page(self, source: SourceResult) -> tuple[str, str, "_IndexEntry"]:
        page = _ArticlePage(source, self.read_source(source.path), self.names[source.path])
        html = _render(self.env, "article.html.j2", "article.js.j2", version=self.version,
                       title=f"{source.path} \u2013 claimaudit", page=page, **_common())
        return page.name, html, _IndexEntry.of(page)

    def index(self) -> str:
        entries = sorted(self.entries, key=lambda e: e.path)
        by_path = {entry.path: entry for entry in entries}
        rows = [(by_path[path], row) for _, _, path, row in sorted(self.rows, key=lambda r: -r[1])]
        return _render(self.env, "index.html.j2", "index.js.j2", version=self.version, title="claimaudit report",
                       index=_IndexPage(entries, rows, self.row_total), **_common())

    def add_entry(self, entry: "_IndexEntry") -> None:
        """Keep a source's counts, and its findings rows only while they are among the INDEX_ROW_LIMIT most serious
        of the batch (sources arrive in path order), so the dashboard's memory does not grow with the corpus."""
        for row in entry.rows:
            heapq.heappush(self.rows, (-_row_severity(row), -self.row_total, entry.path, row))
            self.row_total += 1
            if len(self.rows) > INDEX_ROW_LIMIT:
                heapq.heappop(self.rows)
        self.entries.append(replace(entry, rows=()))


def report_names(paths: Iterable[str]) -> dict[str, str]:
    """Source path -> page name: the file's stem made safe (`[a-z0-9._-]`, lower case so that case-insensitive
    file systems cannot merge two pages), `.html`. A stem shared by several sources, or `index`, gets a short hash
    of the full path, so the name does not depend on which other sources are in the run."""
    paths = sorted(set(paths))
    bases = {path: _safe_stem(path) for path in paths}
    shared = Counter(bases.values())
    names: dict[str, str] = {}
    taken = {INDEX}
    for path in paths:
        base = bases[path]
        if shared[base] > 1 or base == "index":
            base = f"{base}-{hashlib.sha1(path.encode('utf-8')).hexdigest()[:8]}"
        name, number = f"{base}.html", 2
        while name in taken:  # only reachable with stems crafted to look like hashed names
            name, number = f"{base}-{number}.html", number + 1
        taken.add(name)
        names[path] = name
    return names


def build_environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.PackageLoader("pipeline", "outputs/templates"), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["json_script"] = json_for_script
    return env


def json_for_script(value) -> Markup:
    """JSON safe inside `<script type="application/json">`: no `<`, `>`, `&`, U+2028, U+2029 left raw."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                          ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escaped)
    return Markup(text)


def safe_url(url: str) -> str:
    """The URL if it is an absolute http(s) URL with a host, else "" (javascript:, data:, relative... rejected)."""
    url = (url or "").strip()
    if not url or any(ord(c) < 0x21 or c in "\x7f\\" for c in url):
        return ""
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    return url if parts.scheme.lower() in ("http", "https") and parts.netloc else ""


def doi_url(doi: str) -> str:
    doi = re.sub(r"^(https?://(dx\.)?doi\.org/|doi:\s*)", "", (doi or "").strip(), flags=re.I)
    return "https://doi.org/" + quote(doi, safe="/()._-;:") if re.match(r"10\.\d{4,9}/\S+$", doi) else ""


def pubmed_url(pmid: str) -> str:
    pmid = (pmid or "").strip()
    return f"https://pubmed.ncbi.nlm.nih.gov/{pmid}/" if re.fullmatch(r"\d{1,10}", pmid) else ""


# ---------------------------------------------------------------------------------------------------------------
# Rendering


def _common() -> dict:
    return {"statuses": STATUSES, "levels": LEVELS, "status_icons": STATUS_ICONS, "status_help": STATUS_HELP,
            "level_icons": LEVEL_ICONS, "generator": GENERATOR}


def _render(env: jinja2.Environment, template: str, script: str, **context) -> str:
    css = env.get_template("report.css.j2").render()
    js = env.get_template(script).render()
    csp = ("default-src 'none'; " f"script-src '{_sha256(js)}'; style-src '{_sha256(css)}'; "
           "img-src data:; base-uri 'none'; form-action 'none'")
    html = env.get_template(template).render(css=Markup(css), js=Markup(js), csp=Markup(csp), **context)
    return html.rstrip("\n") + "\n"


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def _generated_by_us(path: Path) -> bool:
    try:
        with path.open("r", encoding="utf-8", errors="replace") as stream:
            return GENERATOR_MARK in stream.read(4096)
    except OSError:
        return False


def _safe_stem(path: str) -> str:
    stem = PurePosixPath(path.replace("\\", "/")).stem
    stem = re.sub(r"[^a-z0-9._-]+", "-", stem.lower()).strip("-._")[:80].strip("-._")
    return stem or "source"


@dataclass
class _Item:
    """A navigable thing in the article: a claim, or a flag outside every claim."""

    kind: str  # claim | flag
    number: int  # position in the article's navigation order
    start: int
    end: int
    claim: Claim | None = None
    flag: Flag | None = None


class _ArticlePage:
    """Everything article.html.j2 needs about one source."""

    def __init__(self, source: SourceResult, text: str, name: str):
        self.path = source.path
        self.name = name
        self.text = text
        # an HTML page's blanked markup leaves long blank runs; a text file's own spacing (aligned columns) stays
        self.compact = _compact if _is_html(source.path) else str
        size = len(text)
        claims = sorted(source.claims, key=lambda c: (c.start, c.end, c.claim_id))
        self.flags = sorted(source.flags, key=lambda f: (f.start, f.end, f.code, f.line, f.column, f.message))
        self.claims = claims
        claim_ids = {c.claim_id: i for i, c in enumerate(claims)}
        # A flag belongs to its claim_id's claim; else to the claim that contains it; else it stands alone.
        self.flag_claim: list[int | None] = []
        for flag in self.flags:
            owner = claim_ids.get(flag.claim_id or "")
            if owner is None:
                owner = next((i for i, c in enumerate(claims) if c.start <= flag.start and flag.end <= c.end), None)
            self.flag_claim.append(owner)
        items = [_Item("claim", 0, *_clamp(c.start, c.end, size), claim=c) for c in claims]
        items += [_Item("flag", 0, *_clamp(f.start, f.end, size), flag=f)
                  for f, owner in zip(self.flags, self.flag_claim) if owner is None]
        items.sort(key=lambda it: (it.start, it.end, it.kind, self._item_key(it)))
        for number, item in enumerate(items):
            item.number = number
        self.items = items
        self.claim_item = {id(it.claim): it.number for it in items if it.claim is not None}
        self.flag_item = {id(it.flag): it.number for it in items if it.flag is not None}
        self.status_counts = Counter(c.status for c in claims)
        self.level_counts = Counter(f.level for f in self.flags)
        self.rule_codes = sorted({f.code for f in self.flags})
        self.markup = self._markup()
        self.data = self._data()
        self.problems = self._problems()
        # inline ignore comments that suppress nothing, where the comment is (the CLI prints them on stderr)
        self.stale_ignores = [{"line": s.line, "column": s.column, "text": s.description()}
                              for s in source.stale_ignores]

    @staticmethod
    def _item_key(item: _Item) -> str:
        return item.claim.claim_id if item.claim else f"{item.flag.code}:{item.flag.message}"

    @property
    def waived_count(self) -> int:
        return sum(1 for x in (*self.claims, *self.flags) if x.waived)

    @property
    def suppressed_count(self) -> int:
        return sum(1 for x in (*self.claims, *self.flags) if x.suppressed)

    def item_for_flag(self, index: int) -> int:
        owner = self.flag_claim[index]
        return self.claim_item[id(self.claims[owner])] if owner is not None else self.flag_item[id(self.flags[index])]

    # -- the highlighted text --------------------------------------------------------------------------------
    def _markup(self) -> Markup:
        text = self.text
        size = len(text)
        claim_spans = [(*_clamp(c.start, c.end, size), i) for i, c in enumerate(self.claims)]
        flag_spans = [(*_clamp(f.start, f.end, size), i) for i, f in enumerate(self.flags)]
        bounds = sorted({0, size, *(b for s, e, _ in claim_spans + flag_spans for b in (s, e))})
        # Each segment: the claim drawn on it (the innermost: latest start, then shortest) and its active flags.
        segments = []
        for a, b in zip(bounds, bounds[1:]):
            if a == b:
                continue
            active = [(s, -e, i) for s, e, i in claim_spans if s <= a and b <= e and s < e]
            top = max(active)[2] if active else None
            flags = tuple(i for s, e, i in flag_spans if s <= a and b <= e and s < e)
            segments.append((a, b, top, flags))
        self._pending: dict[int, list[_Item]] = {}
        for item in self.items:
            if item.flag is not None:
                self._pending.setdefault(item.start, []).append(item)
        out: list[str] = []
        seen: set[int] = set()
        pos = 0
        while pos < len(segments):
            top = segments[pos][2]
            end = pos
            while end < len(segments) and segments[end][2] == top:
                end += 1
            inner = "".join(self._flag_runs(segments[pos:end]))
            if top is None:
                out.append(inner)
            else:
                out.append(self._claim_open(top, first=top not in seen) + inner + "</mark>")
                seen.add(top)
            pos = end
        for offset in sorted(self._pending):  # zero-length flags at the very end
            out.extend(self._markers(offset))
        return Markup("".join(out))

    def _flag_runs(self, segments) -> Iterable[str]:
        pos = 0
        while pos < len(segments):
            flags = segments[pos][3]
            end = pos
            while end < len(segments) and segments[end][3] == flags:
                end += 1
            yield from self._markers(segments[pos][0])
            shown = self.compact(self.text[segments[pos][0]:segments[end - 1][1]])
            piece = str(escape(shown.lstrip() if segments[pos][0] == 0 else shown))  # no blank lines at the top
            if not flags:
                yield piece
            else:
                chosen = [self.flags[i] for i in flags]
                level = min((f.level for f in chosen), key=_level_rank)
                classes = ["flag", f"lv-{level}"]
                if len(flags) > 1:
                    classes.append("multi")
                if all(f.waived or f.suppressed for f in chosen):
                    classes.append("quiet")
                title = "; ".join(f"{f.code} {f.level}: {f.name}" for f in chosen)
                yield (f'<span class="{" ".join(classes)}" data-f="{" ".join(map(str, flags))}"'
                       f' title="{escape(title)}">{piece}</span>')
            pos = end

    def _markers(self, offset: int) -> Iterable[str]:
        """The focusable chip of each flag outside every claim, just before the flagged phrase."""
        for item in self._pending.pop(offset, ()):
            flag = item.flag
            label = f"{flag.level} {flag.code} {flag.name}: {' '.join(flag.text.split())}"
            yield (f'<span class="fchip lv-{flag.level}" id="item-{item.number}" data-i="{item.number}" '
                   f'tabindex="0" role="button" aria-label="{escape(label)}">'
                   f'<span aria-hidden="true">{LEVEL_ICONS.get(flag.level, "!")}</span></span>')

    def _claim_open(self, index: int, first: bool) -> str:
        claim = self.claims[index]
        number = self.claim_item[id(claim)]
        classes = ["claim", f"st-{claim.status}"]
        if claim.waived:
            classes.append("waived")
        if claim.suppressed:
            classes.append("suppressed")
        attrs = f' data-i="{number}"'
        label = f"{claim.status} claim {index + 1}"
        if first:
            attrs += f' id="item-{number}" tabindex="0" role="button" aria-label="{escape(label)}: ' \
                     f'{escape(" ".join(claim.text.split()))}"'
        icon = (f'<span class="ico" aria-hidden="true">{STATUS_ICONS.get(claim.status, "?")}</span>'
                if first else "")
        return f'<mark class="{" ".join(classes)}"{attrs}>{icon}'

    # -- the data the panel shows ----------------------------------------------------------------------------
    def _data(self) -> dict:
        items = []
        for item in self.items:
            if item.claim is not None:
                claim = item.claim
                index = self.claims.index(claim)
                flags = [i for i, owner in enumerate(self.flag_claim) if owner == index]
                items.append({
                    "kind": "claim", "n": index + 1, "status": claim.status, "text": claim.text,
                    "line": claim.line, "column": claim.column, "rationale": claim.rationale,
                    "suggestion": claim.suggestion, "category": claim.category, "strength": claim.strength,
                    "subject": claim.subject, "negated": claim.negated, "hedged": claim.hedged,
                    "waived": claim.waived, "waiver_reviewer": claim.waiver_reviewer,
                    "waiver_reason": claim.waiver_reason, "suppressed": claim.suppressed,
                    "voice": claim.voice, "voice_note": voice_note(claim),
                    "evidence": [_evidence_record(m) for m in claim.evidence], "flags": flags,
                })
            else:
                items.append({"kind": "flag", "flags": [self.flags.index(item.flag)],
                              "line": item.flag.line, "column": item.flag.column})
        flags = [{
            "code": f.code, "name": f.name, "level": f.level, "text": f.text, "message": f.message,
            "suggestion": f.suggestion, "authority": f.authority, "line": f.line, "column": f.column,
            "waived": f.waived, "waiver_reviewer": f.waiver_reviewer, "waiver_reason": f.waiver_reason,
            "suppressed": f.suppressed, "level_reason": f.level_reason,
        } for f in self.flags]
        return {"items": items, "flags": flags, "claims": len(self.claims),
                "icons": {**{f"st-{k}": v for k, v in STATUS_ICONS.items()},
                          **{f"lv-{k}": v for k, v in LEVEL_ICONS.items()}}}

    def _problems(self) -> list[dict]:
        found = []
        for claim in self.claims:
            rank = _SEVERITY.get(("claim", claim.status))
            if rank is not None and not claim.waived and not claim.suppressed and not voice_note(claim):
                found.append((rank, claim.start, claim.end, {
                    "kind": "claim", "key": claim.status, "icon": STATUS_ICONS[claim.status],
                    "label": claim.status, "text": _shorten(claim.text), "line": claim.line,
                    "detail": _shorten(claim.rationale, 110), "item": self.claim_item[id(claim)]}))
        for index, flag in enumerate(self.flags):
            rank = _SEVERITY.get(("flag", flag.level))
            if rank is not None and not flag.waived and not flag.suppressed:
                found.append((rank, flag.start, flag.end, {
                    "kind": "flag", "key": flag.level, "icon": LEVEL_ICONS[flag.level],
                    "label": f"{flag.level} {flag.code}", "text": _shorten(flag.text), "line": flag.line,
                    "detail": _shorten(flag.message, 110), "item": self.item_for_flag(index)}))
        found.sort(key=lambda x: x[:3])
        return [entry for *_, entry in found[:3]]

    @property
    def claim_rows(self) -> list[dict]:
        rows = []
        for index, claim in enumerate(self.claims):
            rows.append({"n": index + 1, "claim": claim, "item": self.claim_item[id(claim)],
                         "evidence": [_evidence_record(m) for m in claim.evidence],
                         "flags": [f for f, owner in zip(self.flags, self.flag_claim) if owner == index]})
        return rows

    def findings(self) -> list[dict]:
        """Rows for the dashboard's findings table: every claim and every flag, in text order."""
        rows = []
        for claim in self.claims:
            codes = sorted({self.flags[i].code for i, o in enumerate(self.flag_claim) if o == self.claims.index(claim)})
            levels = [self.flags[i].level for i, o in enumerate(self.flag_claim) if o == self.claims.index(claim)]
            rows.append({"kind": "claim", "status": claim.status, "level": min(levels, key=_level_rank) if levels
                         else "", "rules": codes, "line": claim.line, "column": claim.column,
                         "text": _shorten(claim.text, 180), "message": "", "item": self.claim_item[id(claim)],
                         "waived": claim.waived, "suppressed": claim.suppressed, "start": claim.start})
        for index, flag in enumerate(self.flags):
            owner = self.flag_claim[index]
            rows.append({"kind": "flag", "status": self.claims[owner].status if owner is not None else "",
                         "level": flag.level, "rules": [flag.code], "line": flag.line, "column": flag.column,
                         "text": _shorten(flag.text, 180), "message": _shorten(flag.message, 200),
                         "item": self.item_for_flag(index), "waived": flag.waived, "suppressed": flag.suppressed,
                         "start": flag.start})
        rows.sort(key=lambda r: (r["start"], r["kind"], r["rules"], r["text"]))
        return rows


def _evidence_record(match: EvidenceMatch) -> dict:
    return {"evidence_id": match.evidence_id, "reference_id": match.reference_id, "stance": match.stance,
            "score": match.score, "quote": match.quote, "finding": match.finding, "citation": match.citation,
            "max_strength": match.max_strength, "strongest_claim": match.strongest_claim,
            "doi": match.doi, "doi_url": doi_url(match.doi), "pmid": match.pmid, "pmid_url": pubmed_url(match.pmid),
            "url": safe_url(match.url)}


@dataclass(frozen=True)
class _IndexEntry:
    """One source as the dashboard shows it (JSON-able: cached with the source's page)."""

    path: str
    name: str
    claim_count: int
    flag_count: int
    status_counts: Counter
    level_counts: Counter
    rule_codes: tuple[str, ...]
    waived_count: int
    suppressed_count: int
    rows: tuple[dict, ...]  # the findings table's rows

    @classmethod
    def of(cls, page: _ArticlePage) -> "_IndexEntry":
        return cls(page.path, page.name, len(page.claims), len(page.flags), page.status_counts, page.level_counts,
                   tuple(page.rule_codes), page.waived_count, page.suppressed_count, tuple(page.findings()))

    def to_record(self) -> dict:
        return {**self.__dict__, "rule_codes": list(self.rule_codes), "rows": list(self.rows)}

    @classmethod
    def from_record(cls, record: dict) -> "_IndexEntry":
        return cls(**{**record, "status_counts": Counter(record["status_counts"]),
                      "level_counts": Counter(record["level_counts"]), "rule_codes": tuple(record["rule_codes"]),
                      "rows": tuple(record["rows"])})


class _IndexPage:
    """Everything index.html.j2 needs: per source counts, totals, the chart geometry, the findings rows."""

    def __init__(self, pages: list[_IndexEntry], rows: list[tuple], row_total: int):
        self.pages = pages
        self.totals = Counter()
        for page in pages:
            self.totals.update(page.status_counts)
            self.totals.update(page.level_counts)
        self.claims = sum(p.claim_count for p in pages)
        self.flags = sum(p.flag_count for p in pages)
        self.rules = sorted({code for p in pages for code in p.rule_codes})
        self.waived = sum(p.waived_count for p in pages)
        self.suppressed = sum(p.suppressed_count for p in pages)
        self.chart = self._chart()
        self.rows = rows  # (page, row) for the findings table: all, or the most serious of a large batch
        self.row_total = row_total
        self.rows_left_out = row_total - len(rows)

    def _chart(self) -> dict:
        """Horizontal stacked bars: claims by status and flags by level, one row per source (SVG units)."""
        label_width, bar_width, row_height, gap = 300, 330, 34, 40
        most_claims = max((p.claim_count for p in self.pages), default=0) or 1
        most_flags = max((p.flag_count for p in self.pages), default=0) or 1
        rows = []
        for row, page in enumerate(self.pages):
            y = 34 + row * row_height
            rows.append({"y": y, "label": _shorten(page.path.rsplit("/", 1)[-1], 44), "name": page.name,
                         "path": page.path,
                         "claims": _stack(page.status_counts, STATUSES, most_claims, bar_width, label_width),
                         "flags": _stack(page.level_counts, LEVELS, most_flags, bar_width - 90,
                                         label_width + bar_width + gap),
                         "claim_total": page.claim_count, "flag_total": page.flag_count})
        return {"rows": rows, "width": label_width + 2 * bar_width + gap - 40,
                "height": 34 + len(rows) * row_height + 6, "label_width": label_width, "bar_width": bar_width,
                "flags_x": label_width + bar_width + gap}


def _row_severity(row: dict) -> int:
    if row["kind"] == "flag":
        return _SEVERITY[("flag", row["level"])] if ("flag", row["level"]) in _SEVERITY else len(_SEVERITY)
    return _SEVERITY.get(("claim", row["status"]), len(_SEVERITY))


def _stack(counts: Counter, keys: tuple[str, ...], most: int, width: int, x0: int) -> list[dict]:
    parts, x = [], float(x0)
    for key in keys:
        n = counts.get(key, 0)
        if not n:
            continue
        w = round(width * n / most, 2)
        parts.append({"key": key, "n": n, "x": round(x, 2), "w": w, "wide": w >= 18})
        x += w
    return parts


def _clamp(start: int, end: int, size: int) -> tuple[int, int]:
    start = min(max(start, 0), size)
    return start, min(max(end, start), size)


def _level_rank(level: str) -> int:
    return LEVELS.index(level) if level in LEVELS else len(LEVELS)


def _shorten(text: str, limit: int = 120) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


ENTRY = "html-entry"  # a page's _IndexEntry among the source's cached fragments


class ReportFolder:
    """The HTML reports of a run: a page per source as it comes, into a private staging folder (the system's
    temporary folder: a killed run leaves nothing beside the outputs); at the end the dashboard, and every page
    moved into place atomically, so a failed run leaves the previous reports untouched."""

    def __init__(self, folder: str | Path, paths: Iterable[str], read_source: Callable[[str], str],
                 version: str = __version__):
        self.folder = Path(folder)
        self.reports = Reports(version, paths, read_source)
        self.staging = tempfile.TemporaryDirectory(prefix="claimaudit-reports-")

    def fragment_names(self, path: str) -> tuple[str, str]:
        return f"html:{self.reports.names[path]}", ENTRY

    def render(self, source) -> dict[str, str]:
        name, html, entry = self.reports.page(source)
        return {f"html:{name}": html, ENTRY: json.dumps(entry.to_record(), ensure_ascii=False, sort_keys=True)}

    def add(self, path: str, fragments: dict[str, str]) -> None:
        page, entry = self.fragment_names(path)
        staged = Path(self.staging.name) / self.reports.names[path]
        staged.write_text(fragments[page], encoding="utf-8", newline="")
        self.reports.add_entry(_IndexEntry.from_record(json.loads(fragments[entry])))

    def close(self) -> None:
        with self.staging as staging:
            for page in sorted(Path(staging).iterdir()):
                with page.open(encoding="utf-8", newline="") as stream:
                    write_atomic(self.folder / page.name, lambda out: shutil.copyfileobj(stream, out))
        write_atomic(self.folder / INDEX, self.reports.index())
        remove_stale(self.folder, {*self.reports.names.values(), INDEX})

    def abort(self) -> None:
        self.staging.cleanup()

    def write(self, sources: Iterable[SourceResult]) -> None:
        """Render, stage and put in place the pages of `sources` (in path order); nothing changes on failure."""
        try:
            for source in sources:
                self.add(source.path, self.render(source))
        except BaseException:
            self.abort()
            raise
        self.close()
