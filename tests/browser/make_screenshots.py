"""Regenerate docs/screenshots/{index,article}.png from the bundled sources (not a test; run by hand):

    claimaudit check --format json --output /tmp/result.json --no-claims-csv
    python tests/browser/make_screenshots.py /tmp/result.json
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from pipeline.models import RunResult
from pipeline.outputs.html import read_source_file, report_names, write_reports

ROOT = Path(__file__).resolve().parent.parent.parent
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--hide-scrollbars"]
ARTICLE = "sources/myeloma-immunotherapy-benefits.txt"


def main(result_json: str) -> None:
    result = RunResult.from_record(json.loads(Path(result_json).read_text(encoding="utf-8")))
    out = ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        write_reports(result, folder, read_source_file)
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page(viewport={"width": 1360, "height": 1020})
        page.goto((Path(folder) / "index.html").as_uri())
        page.screenshot(path=out / "index.png")
        page.goto((Path(folder) / report_names([ARTICLE])[ARTICLE]).as_uri())
        page.locator("mark.st-contradicted").first.click()
        page.evaluate("window.scrollTo(0, 0)")
        page.mouse.move(0, 0)
        page.set_viewport_size({"width": 1360, "height": 1360})
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=out / "article.png")
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/result.json")
