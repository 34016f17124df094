"""The reported_result sentence test (pipeline/rules/sentences.py): a study's result told in the past, in a paragraph
that names the study and gives a measured result, spares EFF001 and SAF003; the figures must stand in that paragraph."""

from __future__ import annotations

import pytest

from pipeline.nlp import analyse_text
from pipeline.rules.sentences import is_reported_result
from conftest import flags_for

TRIAL = "In the trial, 40% of patients on the drug responded, against 12% on placebo."


def _last_sentence_reports(text: str) -> bool:
    analysis = analyse_text(text)
    return is_reported_result(analysis, analysis.segments[-1])


@pytest.mark.parametrize("text", [
    f"{TRIAL} The drug markedly reduced relapses.",
    f"{TRIAL} Patients on the drug had fewer side effects than those on placebo.",
    f"{TRIAL} Brain scans showed that the drug markedly reduced amyloid levels.",
    "In the trial, relapses were 2.5 times less frequent on the drug. It markedly reduced relapses.",   # a ratio
])
def test_a_past_result_beside_its_figures_is_a_report(text):
    assert _last_sentence_reports(text)


@pytest.mark.parametrize("text", [
    f"{TRIAL}\n\nThe drug markedly reduced relapses.",   # the figures are in another paragraph
    f"{TRIAL} The drug markedly reduces relapses.",   # the present carries it beyond the trial
    f"{TRIAL} The drug has markedly reduced relapses.",
    f"{TRIAL} The drug markedly reduced relapses, which means it can help.",
    "In the trial, the drug markedly reduced relapses.",   # a study named, no figure
    "Most users saw dramatically reduced joint pain. 87% would buy it again.",   # a figure, no study
    "In our trial, 40% of patients responded. The drug markedly reduced relapses.",   # the page's own trial
    "In the trial, patients took it 3 times a day. It markedly reduced joint pain.",   # a dose's frequency
])
def test_no_report_without_the_past_the_study_its_figures_or_with_the_pages_own_voice(text):
    assert not _last_sentence_reports(text)


def test_the_flag_goes_only_where_the_paragraph_reports_the_trial():
    reported = [f.code for f in flags_for(f"{TRIAL} The drug markedly reduced relapses.")]
    promised = [f.code for f in flags_for(f"{TRIAL}\n\nThe drug markedly reduced relapses.")]
    assert "EFF001" not in reported
    assert "EFF001" in promised
