"""CUR010 complaint-gone: the words a flag covers are the complaint's end, not the mark or the word after it; a noun
that is no complaint (money, goods, a craving, a good thing lost before the product, a pet) is not read as one."""
import pytest
from conftest import SHOP, flag_texts


@pytest.mark.parametrize("story, words", [
    # the word after "gone" is tested, not flagged (review rvB-L1)
    ("\"I had eczema for years. After a week, it's gone.\"", "it's gone"),
    # ... but a short time after it is the end's, as the gold marks it ("gone by the evening")
    ("\"Four nights of the drops and they were gone by Friday.\"", "they were gone by Friday"),
    ("\"Took the lozenges and it was gone by the evening.\"", "it was gone by the evening"),
    ("\"After 20 years of floaters, they're gone!\"", "they're gone"),
])
def test_it_gone_is_flagged_without_the_word_after_it(story, words):
    assert flag_texts(story + SHOP, "CUR010") == [words]


@pytest.mark.parametrize("story", [
    "\"I loved the first bottle and now it's gone, so I ordered two more.\"",
    "\"It's gone for now, but I will buy it again.\"",
])
def test_it_gone_with_more_told_after_it_is_not_a_cure(story):
    assert flag_texts(story + SHOP, "CUR010") == []


@pytest.mark.parametrize("story", [
    # money and goods (review rvB-H2)
    "\"My payment has cleared and my order is on its way.\"",
    "\"My refund has gone through and my parcel has vanished from the tracking page.\"",
    "\"My debt has gone and my account is healed.\"",
    # a pet, not a PET scan
    "\"After two weeks of the drops, my pet is clean.\"",
    # a craving (ruling 5: SUB)
    "\"My sweet tooth has vanished.\"",
    # a good thing lost before the product: the story's start, not a cure
    "\"My drive was gone and my confidence had vanished, so I tried the capsules.\"",
    "\"By then my spark had disappeared and my focus was gone.\"",
    "\"The spark had disappeared from our marriage.\"",
])
def test_what_is_no_complaint_gone_is_not_a_cure(story):
    assert flag_texts(story + SHOP, "CUR010") == []


@pytest.mark.parametrize("story, words", [
    # a complaint's own word still reads "cleared"; the open noun keeps "gone", "vanished", "healed"
    ("\"My eczema has cleared.\"", "My eczema has cleared"),
    ("\"My vertigo is gone.\"", "My vertigo is gone"),
    # ... and "cleared" of the skin or a part an infection clears from (qa43: "My skin finally cleared" is CUR)
    ("\"My skin has cleared.\"", "My skin has cleared"),
    ("\"Two days on the syrup and her chest had cleared.\"", "her chest had cleared"),
    ("\"My restless legs have vanished.\"", "My restless legs have vanished"),
    # the tests of the care lexicon, a CT and a split "x-ray", said clear
    ("\"Six months on the tea and my PET scan was clear.\"", "my PET scan was clear"),
    ("\"My CT was clear in March.\"", "My CT was clear"),
    ("\"Her x-rays are clear now.\"", "Her x-rays are clear"),
    ("\"My screening was clear.\"", "My screening was clear"),
])
def test_a_complaint_gone_or_a_test_clear_is_still_a_cure(story, words):
    assert flag_texts(story + SHOP, "CUR010") == [words]


@pytest.mark.parametrize("story", [
    "\"My payment has cleared and my order is on its way.\"",
    "\"My refund has gone through and my parcel has vanished from the tracking page.\"",
])
def test_money_and_goods_gone_are_no_story_of_recovery(story):
    """SUB010 (a testimonial's outcome) reads the same "my X has cleared": money and goods are no recovery."""
    assert flag_texts(story + SHOP, "SUB010") == []
