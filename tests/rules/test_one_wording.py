"""Flags of several rules in one sentence share one safer wording of that sentence (qa25 C2)."""

from __future__ import annotations

from conftest import flags_for


def test_flags_of_different_rules_in_one_sentence_carry_the_same_wording():
    # (on a page that sells: the appeal and "prove" are silent on a sober page)
    flags = flags_for("Several large studies prove that this tea significantly lowers cholesterol in older adults. "
                      "Add to cart today.")
    assert len({f.code for f in flags}) >= 2, [(f.code, f.text) for f in flags]
    wordings = {f.suggestion for f in flags}
    assert len(wordings) == 1, wordings
    wording = wordings.pop()
    assert "prove" not in wording and "significantly" not in wording, wording  # every rule's rewrite is in it


def test_the_same_bracketed_request_is_inserted_once():
    flags = flags_for("Our detox programme flushes out toxins so that your liver can eliminate toxins faster.")
    assert len([f for f in flags if f.code == "SUB004"]) >= 2, [(f.code, f.text) for f in flags]
    wordings = {f.suggestion for f in flags}
    assert len(wordings) == 1, wordings
    wording = wordings.pop()
    assert wording.count("[which substance") == 1 and "[than what?" in wording, wording


def test_a_deleted_first_word_leaves_its_capital_to_the_next():
    flags = flags_for("Miracle remedies like this one are proven to work.")
    assert flags and all(f.suggestion[:1].isupper() for f in flags), [f.suggestion for f in flags]


def test_flags_on_shared_words_both_rewrite_them():
    # EFF001 on "significantly improved", CMP001 on "improved survival": the booster goes and the comparator is asked
    flags = flags_for("Older patients still fare badly, despite significantly improved survival overall. Order now.")
    assert {"EFF001", "CMP001"} <= {f.code for f in flags}, [(f.code, f.text) for f in flags]
    wording = {f.suggestion for f in flags}.pop()
    assert "significantly" not in wording and "[compared with what?" in wording, wording


def test_a_complaint_gone_for_good_is_one_permanence_flag():
    # seller10: CUR007's "gone for good" supersedes CUR010's "are gone" on the same words; "gone" alone keeps CUR010
    flags = flags_for("The veins are gone for good within two months. Add to cart today for free shipping.")
    assert [f.code for f in flags if f.code.startswith("CUR")] == ["CUR007"], [(f.code, f.text) for f in flags]
    flags = flags_for("The veins are gone within two months. Add to cart today for free shipping.")
    assert [f.code for f in flags if f.code.startswith("CUR")] == ["CUR010"], [(f.code, f.text) for f in flags]


def test_a_complaint_ended_for_good_is_one_permanence_flag():
    # CUR007's "ends snoring for good" supersedes CUR009's "ends snoring" on the same words; without "for good" the
    # ended complaint keeps CUR009
    for text in ("HushArc Pro is the mouthpiece that ends snoring for good. Add to cart today.",
                 "Many users find that Salinova clears their sinusitis for good. Add to cart today.",
                 "Our cream clears acne for good. Order now."):
        flags = flags_for(text)
        assert [f.code for f in flags if f.code.startswith("CUR")] == ["CUR007"], [(f.code, f.text) for f in flags]
    flags = flags_for("HushArc Pro is the mouthpiece that ends snoring. Add to cart today.")
    assert "CUR009" in [f.code for f in flags], [(f.code, f.text) for f in flags]


def test_a_phrase_of_safety_with_an_absolute_in_it_is_one_flag_of_its_pack():
    # sober39: the gold scheme flags "safe for everyone" once as SAF, and "completely harmless" as SAF001's "no risk"
    # as "completely safe" is; the absolute alone keeps its own flag
    def codes(text):
        return sorted((f.code, f.text) for f in flags_for(text))
    shop = " Add to cart today for free shipping."
    assert codes("This balm is safe for everyone." + shop) == [("SAF002", "safe")]
    assert codes("The spray works for everyone." + shop) == [("ABS003", "works for everyone")]
    assert codes("Swimming in cold water is completely harmless." + shop) == [("SAF001", "completely harmless")]
    assert ("SAF002", "harmless") in codes("Swimming in cold water is harmless." + shop)


def test_x_and_y_agree_is_one_flag():
    # review rvB-M2: AUT001 reads "scientists agree"; AUT003's "X and Y agree" leaves that wording to it
    codes = [f.code for f in flags_for("Doctors and scientists agree it works. Add to cart today for free shipping.")]
    assert codes.count("AUT001") + codes.count("AUT003") == 1
    assert "AUT003" in {f.code for f in flags_for("Podiatrists and nurses agree. Add to cart today for free shipping.")}
    assert "AUT003" in {f.code for f in flags_for("Every dermatologist agrees. Add to cart today for free shipping.")}
