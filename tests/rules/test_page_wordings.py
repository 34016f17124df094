"""A promoter's wording that no rule flags (`requires.page_wordings`: the structure/function wording "supports healthy
digestion", SUB's fallback by ruling 9 since pack42) still makes the page read as promoting where it heads the page or
recurs, as EFF006's flag on it did (review rvA-H1: a gut-drops seller had lost 15 of its 18 flags)."""
from conftest import audit_markdown

SELLER = """# GutCalm Drops

Supports healthy digestion with every drop.

GutCalm Drops are made from 12 botanicals. Take 10 drops a day before meals.

GutCalm Drops relieve bloating and end constipation. They reduce the risk of IBS by 70%.

"My bloating has completely gone," says Anna, 42.
"""


def _codes(markdown: str) -> set[str]:
    return {flag.code for flag in audit_markdown(markdown).flags}


def test_a_seller_whose_only_promoter_wording_is_supports_healthy_keeps_its_flags():
    codes = _codes(SELLER)
    assert {"SUB003", "CUR010", "RSK001", "CUR009"} <= codes
    # and no EFF flag on the wording itself (ruling 9)
    assert "EFF006" not in codes


def test_the_wording_hedged_is_no_sign():
    codes = _codes(SELLER.replace("Supports healthy digestion", "May help support healthy digestion"))
    assert "CUR010" not in codes and "SUB003" not in codes


def test_a_public_health_page_saying_it_once_in_passing_does_not_promote():
    page = """# Constipation

Constipation is common. Most people get better with changes to their diet.

Eating more fibre, drinking plenty of water and being more active can help.

Fibre is found in fruit, vegetables and wholegrains. A diet rich in fibre supports healthy digestion.

"My bloating has completely gone," says Anna, 42, who now walks every day.
"""
    assert "CUR010" not in _codes(page)
