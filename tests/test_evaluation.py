"""`claimaudit eval` on gold annotations: the scores count what they should, and --errors names each disagreement."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from pipeline.cli import main
from pipeline.config import load_config
from pipeline.evaluation import evaluate_gold, render_report

REPO = Path(__file__).resolve().parent.parent
ARTICLE = ("Statins lower cholesterol in adults.\n\n"
           "This miracle pill cures heart disease in every patient.\n\n"
           "The sky is blue today.\n")
GOLD = """source: {source}
claims:
  - text: Statins lower cholesterol in adults
    category: efficacy
    strength: direct
    status: supported
  - text: The sky is blue today
    category: other
    strength: none
    status: unsupported
flags:
  - text: cures
    pack: CUR
    level: error
  - text: Statins lower
    pack: HYP
    level: info
"""


def _gold(tmp_path: Path) -> Path:
    source = tmp_path / "article.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    folder = tmp_path / "gold"
    folder.mkdir()
    (folder / "article.yaml").write_text(GOLD.format(source=source.as_posix()), encoding="utf-8")
    return folder


def test_scores_count_matches_misses_and_extras(tmp_path):
    report = evaluate_gold(load_config(REPO / "pyproject.toml"), _gold(tmp_path))
    flags = report.flags_by_pack
    assert flags["CUR"].tp == 1 and flags["HYP"].fn == 1  # "cures" found; the made-up HYP flag is missed
    assert report.claims.tp + report.claims.fn == 2 and report.claims.fn >= 1  # the sky is no health claim
    assert report.claims.tp + report.claims.fp >= 2  # the cure sentence is a claim the gold left out
    errors = "\n".join(report.errors)
    assert f"{(tmp_path / 'article.txt').as_posix()}:5:1: missed claim: The sky is blue today" in errors
    assert ":1:1: missed HYP flag: Statins lower" in errors
    assert ":3:1: extra claim: This miracle pill cures heart disease" in errors
    # the category is compared as the strength is, with a confusion matrix and a line per disagreement
    report.category_confusion[("cure", "other")] += 1
    assert "category accuracy on matched claims" in render_report(report)
    assert "\ncure" in render_report(report).split("category accuracy")[1]
    assert "disagreements with the gold" not in render_report(report)
    assert render_report(report, errors=True).count("missed claim") == 1


def test_the_command_lists_errors_on_request(tmp_path):
    gold = _gold(tmp_path)
    plain = CliRunner().invoke(main, ["eval", "--gold", str(gold), "--config", str(REPO / "pyproject.toml")])
    listed = CliRunner().invoke(main, ["eval", "--gold", str(gold), "--config", str(REPO / "pyproject.toml"),
                                       "--errors"])
    assert plain.exit_code == listed.exit_code == 0, listed.output
    assert "disagreements with the gold" not in plain.output
    assert "disagreements with the gold (" in listed.output and "missed HYP flag" in listed.output


def test_the_statuses_are_checked_against_the_library_named_by_references(tmp_path):
    gold = _gold(tmp_path)
    config = ["--config", str(REPO / "pyproject.toml")]
    statins = str(REPO / "tests" / "fixtures" / "libraries" / "statins")
    bundled = CliRunner().invoke(main, ["eval", "--gold", str(gold), *config, "--errors"])
    chosen = CliRunner().invoke(main, ["eval", "--gold", str(gold), *config, "--errors", "--references", statins])
    assert bundled.exit_code == chosen.exit_code == 0, chosen.output
    # the myeloma library has nothing on statins; the statin library supports the claim, as the gold says
    assert "status: gold supported, engine unsupported" in bundled.output
    assert "status: gold supported" not in chosen.output
    assert "status accuracy on matched claims: 1/1" in chosen.output


def test_references_is_refused_with_a_benchmark():
    result = CliRunner().invoke(main, ["eval", "--benchmark", "scifact", "--references", "references"])
    assert result.exit_code == 2 and "--references applies to the gold files" in result.output


def test_by_rule_gives_each_rule_its_flags_and_the_share_the_gold_has(tmp_path):
    report = evaluate_gold(load_config(REPO / "pyproject.toml"), _gold(tmp_path))
    # every flag counted once under its rule, every match once
    assert sum(report.rule_found.values()) == report.flags.tp + report.flags.fp
    assert sum(report.rule_matched.values()) == report.flags.tp == 1
    (cure_rule,) = [code for code, n in report.rule_matched.items() if n]
    assert cure_rule.startswith("CUR")
    table = render_report(report, by_rule=True).split("flags by rule")[1]
    assert f"\n{cure_rule:24}{report.rule_found[cure_rule]:>7}{1:>9}" in table
    # a rule none of whose flags the gold has shows precision 0.00 (the HYP gold flag is made up, so whatever
    # else fired is unmatched)
    unmatched = [code for code in report.rule_found if not report.rule_matched[code]]
    assert unmatched and all(f"\n{code:24}{report.rule_found[code]:>7}{0:>9}{0:>7.2f}" in table for code in unmatched)
    assert "flags by rule" not in render_report(report)


def test_the_command_lists_rules_on_request(tmp_path):
    gold = _gold(tmp_path)
    args = ["eval", "--gold", str(gold), "--config", str(REPO / "pyproject.toml")]
    plain, listed = CliRunner().invoke(main, args), CliRunner().invoke(main, [*args, "--by-rule"])
    assert plain.exit_code == listed.exit_code == 0, listed.output
    assert listed.output.startswith(plain.output) and "flags by rule (" in listed.output[len(plain.output):]
