"""bench/strength_folds.py: the per-fold acceptance test of a change to the strength reading, on hand-made labels."""

from __future__ import annotations

import importlib.util
from pathlib import Path

SPEC = importlib.util.spec_from_file_location("strength_folds",
                                              Path(__file__).resolve().parents[1] / "bench" / "strength_folds.py")
assert SPEC and SPEC.loader
strength_folds = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(strength_folds)

# dev rows 1..24 (index % 5 != 0): five per fold, all gold "direct", the base right on none of them
GOLD = {i: (f"sentence {i}", "direct") for i in range(1, 25) if i % 5}
BASE = dict.fromkeys(GOLD, "none")


def test_a_change_that_gains_on_three_folds_and_loses_little_is_accepted(capsys):
    new = {**BASE, 1: "direct", 2: "direct", 3: "direct"}  # one sentence gained on dev1, dev2, dev3
    assert strength_folds.compare("x", GOLD, BASE, new, changes=True)
    assert "+ dev1 row 1 gold direct: none -> direct" in capsys.readouterr().out


def test_a_change_that_gains_on_the_pool_but_not_on_three_folds_is_rejected():
    new = {**BASE, 1: "direct", 6: "direct", 11: "direct", 2: "direct"}  # +3 on dev1 alone, +1 on dev2
    assert not strength_folds.compare("x", GOLD, BASE, new, changes=False)


def test_a_change_that_costs_one_fold_two_sentences_is_rejected():
    base = {**BASE, 4: "direct", 9: "direct"}  # right on two dev4 rows before
    new = {**base, 1: "direct", 2: "direct", 3: "direct", 4: "none", 9: "none"}
    assert not strength_folds.compare("x", GOLD, base, new, changes=False)


def test_errors_are_grouped_by_cell_the_largest_first_and_right_rows_are_left_out(capsys):
    new = {**BASE, 1: "direct", 2: "correlational", 3: "correlational", 4: "conditional"}
    cells = strength_folds.confusions(GOLD, new)
    # 19 rows still "none", then the two read correlational, then the one read conditional; row 1 is right
    assert [cell for cell, _ in cells] == [("direct", "none"), ("direct", "correlational"), ("direct", "conditional")]
    assert cells[1][1] == [2, 3] and all(1 not in rows for _, rows in cells)
    strength_folds.print_errors("x", GOLD, new)
    out = capsys.readouterr().out
    assert "x: gold direct, predicted correlational: 2\n  dev2 row 2  sentence 2\n  dev3 row 3  sentence 3" in out
    assert "row 1 " not in out


def test_a_tree_right_on_every_row_has_no_errors(capsys):
    right = {i: label for i, (_, label) in GOLD.items()}
    assert strength_folds.confusions(GOLD, right) == []
    strength_folds.print_errors("x", GOLD, right)
    assert capsys.readouterr().out == ""
