"""The HTML report in a real headless Chromium (Debian's /usr/bin/chromium driven by playwright; no download).

Opens the pages from disk (file://), clicks and keys through the claims, checks the evidence panel, checks that the
script and HTML probes in the source text and the reference fields never run, that nothing is fetched from the
network, and that a screenshot is not blank (PNG decoded with the standard library).
"""

from __future__ import annotations

import importlib.util
import struct
import zlib
from collections import Counter
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip("headless browser tests need Chromium at /usr/bin/chromium (Debian packages chromium and "
                "chromium-driver; .ci/run installs them)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is in the [test] extras")

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


def _sample():
    """The hand-built result with the XSS probes, shared with tests/test_html_report.py."""
    path = Path(__file__).resolve().parent.parent / "test_html_report.py"
    spec = importlib.util.spec_from_file_location("html_report_sample", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SAMPLE = _sample()


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> Path:
    from pipeline.outputs.html import write_reports

    folder = tmp_path_factory.mktemp("reports")
    write_reports(SAMPLE.build_result(), folder, SAMPLE.read_source)
    return folder


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=True)
    page = context.new_page()
    page.dialogs = []
    page.requests = []
    page.errors = []
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    page.on("request", lambda request: page.requests.append(request.url))
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    yield page
    context.close()


def _open(page, reports: Path, name: str):
    page.goto((reports / name).as_uri())
    page.wait_for_load_state("load")


def _assert_nothing_ran_or_loaded(page, reports: Path):
    assert page.evaluate("window.__xss === undefined"), "a probe in the data executed"
    assert page.dialogs == [], "a probe opened a dialog"
    assert page.errors == [], page.errors
    assert page.locator("img").count() == 0
    assert all(url.startswith(reports.as_uri()) for url in page.requests), page.requests


def test_click_claim_shows_evidence_and_keys_move(page, reports):
    _open(page, reports, "xss-probe.html")
    panel = page.locator("#panel-body")
    page.locator("mark.st-contradicted").first.click()
    assert page.locator("#panel-body .badge.st-contradicted").is_visible()
    text = panel.inner_text()
    assert "contradicted" in text
    assert SAMPLE.EVIDENCE_BAD.quote.replace("\u2028", "") in text.replace("\u2028", "").replace("\n", "")
    assert "Doe J. <b>Trial</b> & co. 2020." in text
    assert "Drug X may help some people <i>with</i> cancer." in text  # the safer wording, as text
    assert "authority of CUR001 & co" in text and "CUR001" in text
    hrefs = panel.locator("a").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert "https://doi.org/10.1000/xyz123" in hrefs
    assert "https://pubmed.ncbi.nlm.nih.gov/12345678/" in hrefs
    assert not any("javascript" in (h or "").lower() for h in hrefs)
    first = page.evaluate("document.activeElement.getAttribute('data-i')")
    assert first is not None

    page.keyboard.press("j")  # next item: the flag outside every claim
    second = page.evaluate("document.activeElement.getAttribute('data-i')")
    assert int(second) == int(first) + 1
    assert "SUB001" in panel.inner_text()
    page.keyboard.press("j")  # then the overstated claim
    assert page.locator("#panel-body .badge.st-overstated").is_visible()
    assert "suppressed" in panel.inner_text().lower()  # its HYP001 flag is suppressed in the source
    page.keyboard.press("k")
    page.keyboard.press("k")
    assert page.evaluate("document.activeElement.getAttribute('data-i')") == first
    page.locator("#next").click()
    assert "SUB001" in panel.inner_text()
    _assert_nothing_ran_or_loaded(page, reports)


def test_tab_focus_shows_claim_and_waiver(page, reports):
    _open(page, reports, "xss-probe.html")
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.getAttribute('data-i')") is not None:
            break
    else:
        pytest.fail("Tab never reached a claim")
    assert page.locator("#panel-body .badge.st-supported").is_visible()  # the first claim of the text
    assert "Intro <script>alert(1)</script> says hello & welcome" in page.locator("#panel-body").inner_text()
    page.locator("mark.waived").first.click()
    text = page.locator("#panel-body").inner_text()
    assert "Waived by Dr <Who>: accepted & reviewed" in text
    _assert_nothing_ran_or_loaded(page, reports)


def test_index_filters_and_sorts(page, reports):
    _open(page, reports, "index.html")
    visible = "rows => rows.filter(r => !r.hidden).length"
    rows = page.locator("#findings-table tbody tr")
    page.select_option("#f-level", "error")
    assert rows.evaluate_all(visible) == 2  # the error flag and the claim it sits in
    page.select_option("#f-level", "")
    page.select_option("#f-status", "supported")
    assert rows.evaluate_all(visible) == 2  # one claim per source
    page.select_option("#f-source", "sources/plain.md")
    assert rows.evaluate_all(visible) == 1
    assert page.locator("#sources-table tbody tr:not([hidden])").count() == 1
    page.locator("#f-reset").click()
    page.wait_for_timeout(50)
    page.select_option("#f-rule", "ABS001")
    assert rows.evaluate_all(visible) == 2  # the flag and the claim it sits in
    header = page.locator("#sources-table thead th").nth(1)
    header.locator("button").click()
    assert header.get_attribute("aria-sort") == "descending"
    first = page.locator("#sources-table tbody tr").first.get_attribute("data-source")
    assert first == "sources/xss-probe.txt"  # 4 claims before 1
    header.locator("button").click()
    assert page.locator("#sources-table tbody tr").first.get_attribute("data-source") == "sources/plain.md"
    _assert_nothing_ran_or_loaded(page, reports)


def test_screenshot_is_not_blank(page, reports):
    _open(page, reports, "xss-probe.html")
    page.locator("mark.st-contradicted").first.click()
    png = page.screenshot(full_page=False)
    width, height, pixels = decode_png(png)
    assert (width, height) == (1280, 900)
    counts = Counter(pixels)
    assert len(counts) > 50, "too few colours: the page looks blank"
    assert counts.most_common(1)[0][1] < 0.9 * width * height, "one colour covers the page"
    _assert_nothing_ran_or_loaded(page, reports)


def decode_png(data: bytes) -> tuple[int, int, list[bytes]]:
    """8-bit RGB/RGBA non-interlaced PNG -> (width, height, pixels); standard library only."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, header = 8, [], None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", chunk)
        elif kind == b"IDAT":
            idat.append(chunk)
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and colour in (2, 6) and interlace == 0, header
    channels = 3 if colour == 2 else 4
    stride = width * channels
    raw = zlib.decompress(b"".join(idat))
    previous = bytearray(stride)
    pixels = []
    for row in range(height):
        kind = raw[row * (stride + 1)]
        line = bytearray(raw[row * (stride + 1) + 1:(row + 1) * (stride + 1)])
        if kind == 1:
            for i in range(channels, stride):
                line[i] = (line[i] + line[i - channels]) & 0xFF
        elif kind == 2:
            line = bytearray((a + b) & 0xFF for a, b in zip(line, previous))
        elif kind == 3:
            for i in range(stride):
                left = line[i - channels] if i >= channels else 0
                line[i] = (line[i] + ((left + previous[i]) >> 1)) & 0xFF
        elif kind == 4:
            for i in range(stride):
                a = line[i - channels] if i >= channels else 0
                b = previous[i]
                c = previous[i - channels] if i >= channels else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        pixels.extend(bytes(line[i:i + channels]) for i in range(0, stride, channels))
        previous = line
    return width, height, pixels
