"""HTML reports from a hand-built result (bandit style): escaping, spans, counts, determinism, no network loads."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser

import pytest

from pipeline.models import Claim, EvidenceMatch, Flag, RunResult, SourceResult
from pipeline.outputs import html as html_report

PROBE_SCRIPT = "<script>alert(1)</script>"
PROBE_IMG = "<img src=x onerror=alert(1)>"
PATH = "sources/xss-probe.txt"
OTHER = "sources/plain.md"

TEXT = (
    "Intro " + PROBE_SCRIPT + " says hello & welcome.\n"
    "Drug X cures cancer completely " + PROBE_IMG + " today.\u2028Next line.\n"
    "Studies show it is 100% safe and works for everyone.\n"
    "A waived claim about vitamins.\n"
)
OTHER_TEXT = "Plain text: exercise helps sleep.\n"


def span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def claim(cid: str, needle: str, status: str, text: str = TEXT, path: str = PATH, **extra) -> Claim:
    start, end = span(text, needle)
    line, column = line_col(text, start)
    return Claim(claim_id=cid, source=path, start=start, end=end, line=line, column=column, text=needle,
                 sentence=needle, subject="Drug X", topic="", category="efficacy", strength="direct",
                 negated=False, hedged=False, modifiers=(), status=status, rationale=f"rationale of {cid}",
                 suggestion=extra.pop("suggestion", ""), **extra)


def flag(code: str, level: str, needle: str, claim_id: str | None, **extra) -> Flag:
    start, end = span(TEXT, needle)
    line, column = line_col(TEXT, start)
    return Flag(code=code, name=f"{code.lower()}-name", level=level, start=start, end=end, line=line,
                column=column, text=needle, message=f"message of {code} <b>bold</b>",
                suggestion=f"instead of {code}", authority=f"authority of {code} & co", claim_id=claim_id, **extra)


EVIDENCE_BAD = EvidenceMatch(
    evidence_id="ev-1", reference_id="ref-1", stance="refutes", score=0.9, shared_terms=("cancer",),
    finding="finding </script><script>window.__xss=1</script>",
    quote="Quote with </script><script>window.__xss=1</script> and \u2028 separator",
    max_strength="correlational", strongest_claim="may reduce", citation="Doe J. <b>Trial</b> & co. 2020.",
    doi="10.1000/xyz123", pmid="12345678", url="javascript:window.__xss=1")
EVIDENCE_GOOD = EvidenceMatch(
    evidence_id="ev-2", reference_id="ref-2", stance="supports", score=0.5, shared_terms=(),
    finding="f", quote="Exercise improves sleep quality.", max_strength="direct", strongest_claim="improves",
    citation="Roe R. Sleep study. 2021.", doi="not a doi", pmid="PMID<x>", url="https://example.org/study?a=1&b=2")


def build_result() -> RunResult:
    claims = (
        claim("c-intro", "Intro " + PROBE_SCRIPT + " says hello & welcome", "supported", evidence=(EVIDENCE_GOOD,)),
        claim("c-cure", "Drug X cures cancer completely " + PROBE_IMG, "contradicted", evidence=(EVIDENCE_BAD,),
              flags=("CUR001", "ABS001"), suggestion="Drug X may help some people <i>with</i> cancer."),
        claim("c-safe", "it is 100% safe and works for everyone", "overstated", flags=("SAF001",)),
        claim("c-vit", "A waived claim about vitamins", "unsupported", waived=True, waiver_reviewer="Dr <Who>",
              waiver_reason="accepted & reviewed"),
    )
    flags = (
        flag("CUR001", "error", "cures cancer", "c-cure"),
        # crosses the end of c-cure and runs into the plain text after it
        flag("ABS001", "warning", "completely " + PROBE_IMG + " today", "c-cure"),
        # outside every claim, overlapping the next flag
        flag("SUB001", "warning", "Studies show", None),
        flag("SAF001", "info", "show it is 100% safe", "c-safe"),
        flag("HYP001", "info", "everyone", "c-safe", suppressed=True),
    )
    other = SourceResult(OTHER, (claim("c-o", "exercise helps sleep", "supported", text=OTHER_TEXT, path=OTHER),),
                         ())
    return RunResult("9.9.9", (SourceResult(PATH, claims, flags), other))


def read_source(path: str) -> str:
    return {PATH: TEXT, OTHER: OTHER_TEXT}[path]


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    return html_report.render_reports(build_result(), read_source)


class Tags(HTMLParser):
    """Every start tag with its attributes; the text inside each element carrying data-i (claim or flag item),
    and the article text with the decorative icon chips left out."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.stack: list[tuple[str, dict]] = []
        self.item_text: dict[str, str] = {}
        self.article = ""
        self.scripts: list[tuple[dict, str]] = []
        self.styles: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag not in ("meta", "br", "input", "link"):
            self.stack.append((tag, attrs))

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        if not self.stack:
            return
        tag, attrs = self.stack[-1]
        if tag == "script":
            self.scripts.append((attrs, data))
            return
        if tag == "style":
            self.styles.append(data)
            return
        classes = " ".join(a.get("class", "") for _, a in self.stack).split()
        if "ico" in classes or "fchip" in classes:
            return
        if any(a.get("id") == "article-text" for _, a in self.stack):
            self.article += data
            for _, a in self.stack:
                if a.get("data-i") is not None and "claim" in a.get("class", ""):
                    self.item_text[a["data-i"]] = self.item_text.get(a["data-i"], "") + data


def parse(html: str) -> Tags:
    parser = Tags()
    parser.feed(html)
    parser.close()
    return parser


def test_file_names(pages):
    assert sorted(pages) == ["index.html", "plain.html", "xss-probe.html"]
    names = html_report.report_names(["b/Notes.txt", "a/notes.md", "sources/My Report (draft).md", "x/index.txt",
                                      "c/<script>.txt", "d/...txt"])
    assert names["sources/My Report (draft).md"] == "my-report-draft.html"
    assert names["a/notes.md"] != names["b/Notes.txt"]
    assert names["a/notes.md"].startswith("notes-") and names["b/Notes.txt"].startswith("notes-")
    assert names["x/index.txt"] != "index.html" and names["x/index.txt"].startswith("index-")
    assert len(set(names.values())) == len(names)
    for name in names.values():
        assert re.fullmatch(r"[a-z0-9][a-z0-9._-]*\.html", name), name
    # the same path gets the same name whatever else is in the run
    again = html_report.report_names(["a/notes.md", "b/Notes.txt"])
    assert again["a/notes.md"] == names["a/notes.md"]


def test_no_probe_survives_unescaped(pages):
    for name, page in pages.items():
        assert PROBE_SCRIPT not in page, name
        assert "<img" not in page, name
        assert "onerror=alert" not in page or "&lt;img src=x onerror=alert(1)&gt;" in page, name
        assert "<b>" not in page and "<i>with" not in page, name
        assert "javascript:" not in page, name
        assert "\u2028" not in page and "\u2029" not in page or name == "xss-probe.html", name
        tags = parse(page)
        expected = 1 if name == "index.html" else 2  # the code, and on articles the JSON data
        assert [t for t, _ in tags.tags].count("script") == expected, name
        for tag, attrs in tags.tags:
            assert not any(key.startswith("on") for key in attrs), (name, tag, attrs)
    article = pages["xss-probe.html"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in article
    assert "&lt;img src=x onerror=alert(1)&gt;" in article


def test_json_block_is_inert_and_round_trips(pages):
    article = pages["xss-probe.html"]
    match = re.search(r'<script type="application/json" id="claim-data">(.*?)</script>', article, re.S)
    assert match
    raw = match.group(1)
    for char in "<>&\u2028\u2029":
        assert char not in raw
    data = json.loads(raw)
    quotes = [ev["quote"] for item in data["items"] for ev in item.get("evidence", [])]
    assert EVIDENCE_BAD.quote in quotes
    bad = next(ev for item in data["items"] for ev in item.get("evidence", []) if ev["evidence_id"] == "ev-1")
    assert bad["url"] == ""  # javascript: rejected
    assert bad["doi_url"] == "https://doi.org/10.1000/xyz123"
    assert bad["pmid_url"] == "https://pubmed.ncbi.nlm.nih.gov/12345678/"
    good = next(ev for item in data["items"] for ev in item.get("evidence", []) if ev["evidence_id"] == "ev-2")
    assert good["url"] == "https://example.org/study?a=1&b=2"
    assert good["doi_url"] == "" and good["pmid_url"] == ""  # malformed DOI / PMID: no link


def test_article_text_and_every_claim_span(pages):
    tags = parse(pages["xss-probe.html"])
    assert tags.article == TEXT  # the full raw text, every piece escaped and nothing lost or duplicated
    result = build_result()
    texts = sorted(tags.item_text.values())
    assert texts == sorted(TEXT[c.start:c.end] for c in result.sources[0].claims)
    marks = [a for t, a in tags.tags if t == "mark"]
    statuses = {a["class"].split()[1] for a in marks}
    assert statuses == {"st-supported", "st-contradicted", "st-overstated", "st-unsupported"}
    assert any("waived" in a["class"].split() for a in marks)
    focusable = [a for _, a in tags.tags if a.get("tabindex") == "0" and a.get("data-i") is not None]
    assert len(focusable) == 4 + 1  # four claims and the flag outside every claim
    flagged = [a for t, a in tags.tags if "flag" in a.get("class", "").split() and "data-f" in a]
    codes_seen = {int(i) for a in flagged for i in a["data-f"].split()}
    assert codes_seen == set(range(5))  # every flag is underlined somewhere
    # the flag crossing the end of c-cure continues after the claim's mark closes
    assert re.search(r'</mark><span class="flag lv-warning" data-f="1"[^>]*> today</span>', pages["xss-probe.html"])


def test_summary_counts_and_top_problems(pages):
    article = pages["xss-probe.html"]
    for status in ("supported", "overstated", "contradicted", "unsupported"):
        assert re.search(rf'class="tile st-{status}"[^>]*><span class="n">1</span>', article), status
    assert re.search(r'class="tile lv-error"><span class="n">1</span>', article)
    assert re.search(r'class="tile lv-warning"><span class="n">2</span>', article)
    assert re.search(r'class="tile lv-info"><span class="n">2</span>', article)
    problems = re.search(r'<ol class="problems">(.*?)</ol>', article, re.S).group(1)
    order = re.findall(r'class="badge (st|lv)-(\w+)"', problems)
    assert order == [("st", "contradicted"), ("lv", "error"), ("st", "overstated")]
    assert "waived" in article and "Dr &lt;Who&gt;" in article and "accepted &amp; reviewed" in article
    assert "suppressed" in article

    index = pages["index.html"]
    row = re.search(r'<tr data-source="sources/xss-probe.txt">(.*?)</tr>', index, re.S).group(1)
    assert re.findall(r'data-sort="(\d+)"', row) == ["4", "1", "1", "1", "1", "1", "2", "2"]
    total = re.search(r'<tr class="total">(.*?)</tr>', index, re.S).group(1)
    assert re.findall(r'<td class="num">(\d+)</td>', total) == ["5", "2", "1", "1", "1", "1", "2", "2"]
    assert index.count("<tr data-source=") == 2 + 5 + 5  # two sources, then every claim (4 + 1) and flag
    for value in ("CUR001", "ABS001", "SUB001", "SAF001", "HYP001"):
        assert f'<option value="{value}">' in index
    assert "<svg" in index and 'role="img"' in index


def test_deterministic(pages):
    result = build_result()
    assert html_report.render_reports(result, read_source) == pages
    reordered = RunResult(result.version, tuple(reversed(result.sources)))
    assert html_report.render_reports(reordered, read_source) == pages


def test_self_contained_no_network_loads(pages):
    allowed = ("https://doi.org/", "https://pubmed.ncbi.nlm.nih.gov/", "https://example.org/study")
    for name, page in pages.items():
        tags = parse(page)
        for tag, attrs in tags.tags:
            assert "src" not in attrs and "srcset" not in attrs, (name, tag)
            assert tag not in ("link", "iframe", "object", "embed", "img", "base", "form") or \
                (tag == "form" and "action" not in attrs), (name, tag)
            href = attrs.get("href")
            if href is None:
                continue
            if href.startswith(("http:", "https:")):
                assert tag == "a" and href.startswith(allowed), (name, href)
            else:
                assert re.fullmatch(r"(#[\w-]+|[a-z0-9._-]+\.html(#item-\d+)?)", href), (name, href)
        for css in tags.styles:
            assert "@import" not in css and "url(" not in css and "://" not in css
            assert "@font-face" not in css
        assert re.findall(r"url\((?!#)", page) == [], name  # only SVG fragment references such as url(#hatch)
        csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', page).group(1)
        assert "default-src 'none'" in csp and "unsafe" not in csp
        for attrs, code in tags.scripts:
            if attrs.get("type") != "application/json":
                assert _hash(code) in csp
        for css in tags.styles:
            assert _hash(css) in csp
        assert '<meta name="generator" content="claimaudit 9.9.9">' in page
        assert "<header" in page and "<main" in page and "<nav" in page
    assert "<aside" in pages["xss-probe.html"] and 'aria-live="polite"' in pages["xss-probe.html"]
    assert "@media print" in pages["index.html"]


def _hash(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def test_safe_url_and_identifier_links():
    assert html_report.safe_url("https://x.org/a?b=1") == "https://x.org/a?b=1"
    for bad in ("javascript:alert(1)", " JavaScript:alert(1)", "java\tscript:alert(1)", "data:text/html,x",
                "//evil.org/x", "/relative", "http://", "vbscript:x", "https://x.org/\nq"):
        assert html_report.safe_url(bad) == "", bad
    assert html_report.doi_url("doi:10.1056/NEJMoa2024850") == "https://doi.org/10.1056/NEJMoa2024850"
    assert html_report.doi_url("https://doi.org/10.1/x") == ""  # 10.1 is not a registrant code
    assert html_report.doi_url("10.1000/a\"b<c>") == "https://doi.org/10.1000/a%22b%3Cc%3E"
    assert html_report.pubmed_url("123") == "https://pubmed.ncbi.nlm.nih.gov/123/"
    assert html_report.pubmed_url("123 or 1=1") == ""


def test_write_reports_replaces_only_our_stale_pages(tmp_path):
    ours = tmp_path / "gone-source.html"
    ours.write_text('<!DOCTYPE html><html><head><meta name="generator" content="claimaudit 0.0.1">', "utf-8")
    theirs = tmp_path / "handwritten.html"
    theirs.write_text("<!DOCTYPE html><p>keep me</p>", "utf-8")
    written = html_report.write_reports(build_result(), tmp_path, read_source)
    assert [p.name for p in written] == ["index.html", "plain.html", "xss-probe.html"]
    assert not ours.exists() and theirs.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["handwritten.html", "index.html", "plain.html",
                                                         "xss-probe.html"]
    assert (tmp_path / "index.html").read_text("utf-8") == html_report.render_reports(build_result(),
                                                                                    read_source)["index.html"]


def test_read_source_file_keeps_offsets(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes("Line one.\r\nLine two \u00e9.\r\n".encode("utf-8"))
    assert html_report.read_source_file(str(path)) == "Line one.\r\nLine two \u00e9.\r\n"
    from pipeline.errors import ClaimauditError

    with pytest.raises(ClaimauditError):
        html_report.read_source_file(str(tmp_path / "missing.txt"))


def test_offsets_beyond_the_text_are_clamped():
    result = build_result()
    short = {PATH: TEXT[:40], OTHER: OTHER_TEXT}
    pages = html_report.render_reports(result, short.__getitem__)
    assert parse(pages["xss-probe.html"]).article == TEXT[:40]


def test_a_large_batch_lists_its_most_serious_findings(monkeypatch):
    result = build_result()
    every = html_report.render_reports(result, read_source)["index.html"]
    assert "most serious" not in every
    monkeypatch.setattr(html_report, "INDEX_ROW_LIMIT", 2)
    capped = html_report.render_reports(result, read_source)["index.html"]
    rows = re.findall(r'<tr data-source="[^"]*" data-status="([^"]*)" data-level="([^"]*)"', capped)
    assert len(rows) == 2 and "most serious" in capped
    statuses = {row[0] for row in rows}
    assert "contradicted" in statuses or "error" in {row[1] for row in rows}  # the most serious are kept


def test_an_html_sources_report_shows_the_text_the_engine_read_not_the_markup(tmp_path):
    raw = ('<html><head><title>T</title><script>var cure = "miracle";</script></head><body><nav>Home | Shop</nav>'
           '<main><h1>Keto</h1><p>This   diet cures epilepsy.</p></main></body></html>')
    page = tmp_path / "page.html"
    page.write_text(raw, encoding="utf-8")
    text = html_report.article_text(str(page))
    assert len(text) == len(raw) and text.index("This") == raw.index("This")  # the findings' offsets still hold
    assert "<p>" not in text and "miracle" not in text and "Shop" not in text
    assert "Keto" in text and "This   diet cures epilepsy." in text
    assert html_report._compact(text).strip() == "Keto\n\nThis diet cures epilepsy."  # a line between blocks
    plain = tmp_path / "note.txt"
    plain.write_text("A <b>plain</b> file.\n", encoding="utf-8")
    assert html_report.article_text(str(plain)) == "A <b>plain</b> file.\n"  # only HTML is read as markup


def test_a_text_sources_own_spacing_is_kept_in_its_report():
    text = "Drug        Dose    Effect\nStatin      20 mg   lowers LDL\n"
    claim_ = claim("c-t", "lowers LDL", "unsupported", text=text, path="table.txt")
    result = RunResult("0.1.0", (SourceResult("table.txt", (claim_,), ()),))
    page = html_report.render_reports(result, {"table.txt": text}.__getitem__)
    article = next(html for name, html in page.items() if name != "index.html")
    assert "Drug        Dose    Effect" in article  # aligned columns are not squeezed


def test_a_lowered_level_says_why_in_the_report():
    """A flag lowered on a page with no sign of promotion shows its level and the reason, in the page and in its
    data block; a flag not lowered carries no reason."""
    reason = "no sign of promotion on the page"
    claims = (claim("c-cure", "Drug X cures cancer completely " + PROBE_IMG, "supported", flags=("CUR001",)),)
    flags = (flag("CUR001", "warning", "cures cancer", "c-cure", level_reason=reason),
             flag("SUB001", "warning", "Studies show", None))
    article = html_report.render_reports(RunResult("9.9.9", (SourceResult(PATH, claims, flags),)),
                                         read_source)["xss-probe.html"]
    data = json.loads(re.search(r'<script type="application/json" id="claim-data">(.*?)</script>', article,
                                re.S).group(1))
    assert [(f["code"], f["level"], f["level_reason"]) for f in data["flags"]] == [("CUR001", "warning", reason),
                                                                                  ("SUB001", "warning", "")]
    assert f"Level lowered: {reason}." in article


def test_stale_ignore_comments_are_listed_in_the_sources_report():
    """An ignore comment that suppresses nothing is listed, with its line, in its source's report; a report of a
    source with none has no such list."""
    from pipeline.models import StaleIgnore

    stale = (StaleIgnore(2, 1, "TST001", "retired", "SUB010"), StaleIgnore(4, 1, "cur999", "unknown"))
    claims = (claim("c-x", "Studies show it is 100% safe", "unsupported"),)
    with_stale = html_report.render_reports(RunResult("0.1.0", (SourceResult(PATH, claims, (), stale),)),
                                            read_source)["xss-probe.html"]
    assert "Ignore comments that suppress nothing" in with_stale
    assert "line 2, column 1</span> &mdash; ignore comment names the retired rule code TST001 (now SUB010)" \
        in with_stale
    assert "&#39;cur999&#39; suppresses nothing" in with_stale
    without = html_report.render_reports(RunResult("0.1.0", (SourceResult(PATH, claims, ()),)),
                                         read_source)["xss-probe.html"]
    assert "Ignore comments that suppress nothing" not in without and 'id="stale-ignores"' not in without
