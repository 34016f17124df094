"""SUB013 promised-time-to-result: a seller's promised speed is flagged; a patient page's clinical course is not."""
from conftest import flags_for

# a hospital leaflet and a patient page: the time a treatment takes to work, told as its clinical course
SOBER = ("Anaphylaxis\n\nAdrenaline works within minutes by narrowing blood vessels and relaxing the airways. "
         "Antihistamines and steroids act more slowly.\n\nMenopause\n\nHormone therapy is the most effective "
         "treatment for hot flushes. Most women notice an improvement within a few weeks, and sleep often improves "
         "from the first week. Side effects such as breast tenderness usually settle within three months.")
SELLER = ("DreamDrift gummies\n\nDrift off in minutes and wake up refreshed from the very first night. "
          "Add to cart today and get free shipping.")


def _promised_times(text: str) -> list[str]:
    return [f.text for f in flags_for(text) if f.code == "SUB013"]


def test_a_sellers_promised_time_is_flagged():
    assert _promised_times(SELLER) == ["in minutes", "from the very first night"]


def test_a_patient_page_telling_a_clinical_course_is_not_flagged():
    """The same constructions on a page that promotes nothing ("works within minutes", "within a few weeks", "from
    the first week") are the clinical course a patient is told to expect (engine.spare_unpromoted)."""
    assert _promised_times(SOBER) == []


def test_the_same_course_beside_a_shop_keeps_its_flag():
    """Not the words but the page: the sober sentences next to a shop's words are the seller's promise."""
    assert "within minutes" in _promised_times(SOBER + "\n\nAdd to cart today and get free shipping.")
