"""A Markdown paragraph whose lines open with a tick or an emoji is a list (pipeline/ingest.py `_glyph_items`): each
marked line is an item, so a seller's benefits laid out as ticks are read one by one, as "- …" items are; one
marked line, a rating's stars or a page that sells nothing change nothing else."""

from __future__ import annotations

from conftest import audit_markdown

from pipeline.ingest import build_source

SELLER = """# NailGuard Drops

NailGuard Drops are our own tea tree and oregano oil serum for toenails. Why NailGuard?
✅ Clears fungal nail infections for good
✅ Strengthens brittle, crumbling nails
✅ Protects against athlete's foot

Order today and get free delivery on every bottle.
"""

SOBER = """# Fungal nail infection

Fungal nail infections are common and are not usually serious. What helps:
✔ Keep your feet clean and dry
✔ Wear clean cotton socks every day
✔ See a pharmacist if the nail is thick or painful

Antifungal tablets from a GP can clear the infection, but treatment takes several months.
"""


def _blocks(markdown: str) -> list[tuple[str, str]]:
    source = build_source("page.md", markdown, "md")
    return [(b.kind, source.text[b.start:b.end]) for b in source.blocks]


def test_marked_lines_are_items_after_the_lead_line():
    blocks = _blocks(SELLER)
    assert ("paragraph", blocks[1][1]) == blocks[1] and blocks[1][1].endswith("Why NailGuard?")
    assert blocks[2:5] == [("item", "✅ Clears fungal nail infections for good"),
                           ("item", "✅ Strengthens brittle, crumbling nails"),
                           ("item", "✅ Protects against athlete's foot")]


def test_an_unmarked_line_goes_on_with_its_item():
    blocks = _blocks("🌿 Calms the scalp within days\nand soothes itching\n🌿 Smells of rosemary\n")
    assert blocks == [("item", "🌿 Calms the scalp within days\nand soothes itching"),
                      ("item", "🌿 Smells of rosemary")]


def test_one_marked_line_or_a_rating_is_no_list():
    assert _blocks("🌿 Ginger is a root used in cooking.\nIt is also sold as a tea.\n") == [
        ("paragraph", "🌿 Ginger is a root used in cooking.\nIt is also sold as a tea.")]
    assert [kind for kind, _ in _blocks("★★★★★ Lovely serum\n★★★★☆ Took a month\n")] == ["paragraph"]


def _sub(result) -> list[str]:
    return [f.text for f in result.flags if f.code.startswith(("SUB", "CUR"))]


def test_each_ticked_benefit_of_a_seller_is_read():
    flagged = _sub(audit_markdown(SELLER))
    assert any("Strengthens brittle" in text for text in flagged), flagged
    assert any("Protects against athlete" in text for text in flagged), flagged


def test_ticked_advice_on_a_page_that_sells_nothing_stays_silent():
    result = audit_markdown(SOBER)
    assert not _sub(result)
    assert not [f for f in result.flags if f.level == "error"]
