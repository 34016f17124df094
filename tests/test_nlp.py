"""The NLP stage: lemmas as NORM (contractions and typographic apostrophes included) and pattern matching."""

from __future__ import annotations

from pipeline.nlp import analyse_text


def _concepts(text: str) -> list[tuple[str, str]]:
    analysis = analyse_text(text)
    return [(m.label, analysis.text_of(m.first, m.last)) for m in analysis.of_kind("concept")]


def test_contractions_match_like_the_words_they_stand_for():
    for text in ("It doesn't respond to treatment.", "It doesn\u2019t respond to treatment.",
                 "It does not respond to treatment."):
        assert ("refractory", text.split(" respond")[0].removeprefix("It ") + " respond") in _concepts(text), text
    lemmas = [t.lemma for t in analyse_text("We can\u2019t, it won't, they didn\u2019t.").tokens]
    assert lemmas[:3] == ["we", "can", "not"] and "will" in lemmas and lemmas.count("not") == 3


def test_number_anchored_patterns_still_match():
    """Patterns whose only fixed words are common ("in", "of") are anchored on their number."""
    analysis = analyse_text("The risk fell from 4% to 2% (1 in 50 patients).")
    cues = {m.label for m in analysis.of_kind("cue")}
    assert "RSK001:unless" in cues and "SAF003:unless" in cues
