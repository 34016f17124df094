"""The page's comparison grids, read once (pipeline/sections.py read_comparison_grids, `Analysis.comparison_grids`)."""

from __future__ import annotations

from pipeline.ingest import build_source
from pipeline.nlp import analyse


def _result_cells(raw: str) -> list[str]:
    analysis = analyse(build_source("t.md", raw, "md"))
    text, blocks = analysis.source.text, analysis.source.blocks
    return [text[blocks[i].start:blocks[i].end] for i in sorted(analysis.grid_result_blocks)]


def test_markdown_grid_without_leading_bars():
    # fixT43 (rvB2-M2): the columns of a row written without its leading bar are counted from 1 as with it
    raw = "Feature | CalmaX | Sleeping pills\n---|---|---\nWorks in | 10 minutes | 1 hour\n\nOrder CalmaX today.\n"
    assert _result_cells(raw) == ["10 minutes"]


def test_product_column_and_rows():
    raw = ("| | Doing nothing | CalmaX |\n|---|---|---|\n| Works in | Never | 10 minutes |\n"
           "| Delivery speed | 5 days | 24 hours |\n\nOrder CalmaX today.\n")
    analysis = analyse(build_source("t.md", raw, "md"))
    (grid,) = analysis.comparison_grids
    assert grid.column == 3 and grid.compared and len(grid.rows) == 2
    assert _result_cells(raw) == ["10 minutes"]
