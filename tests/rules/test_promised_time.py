"""SUB013 promised-time-to-result: a seller's promised speed is flagged; a patient page's clinical course is not."""
import pytest
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
    assert _promised_times(SELLER) == ["Drift off in minutes", "wake up refreshed from the very first night"]


def test_a_second_timed_promise_starts_after_the_first():
    """Two promises in one sentence are two flags, each its own promise and time; they share no words."""
    flags = [f for f in flags_for(SELLER) if f.code == "SUB013"]
    assert flags[0].end < flags[1].start


def test_a_patient_page_telling_a_clinical_course_is_not_flagged():
    """The same constructions on a page that promotes nothing ("works within minutes", "within a few weeks", "from
    the first week") are the clinical course a patient is told to expect (engine.spare_unpromoted)."""
    assert _promised_times(SOBER) == []


def test_the_same_course_beside_a_shop_keeps_its_flag():
    """Not the words but the page: the sober sentences next to a shop's words are the seller's promise."""
    assert "Adrenaline works within minutes" in _promised_times(SOBER + "\n\nAdd to cart today and get free shipping.")


SHOP = "\n\nAdd to cart today and get free shipping."


@pytest.mark.parametrize("page, promise", [
    # the promise with its time, whatever its verb, noun, order or intensifier (`span: claim`)
    ("## Benefits\n\n- Eases aching joints in as little as 3 weeks", "Eases aching joints in as little as 3 weeks"),
    ("Our nasal spray clears blocked sinuses within minutes.", "Our nasal spray clears blocked sinuses within minutes"),
    ("Most users notice visibly firmer skin after the very first application.",
     "Most users notice visibly firmer skin after the very first application"),
    ("With NovaRest you'll sleep deeper from your very first night.",
     "With NovaRest you'll sleep deeper from your very first night"),
    ("★★★★★ “My cravings were gone in just 5 days!” — Ana, 33", "My cravings were gone in just 5 days"),
])
def test_the_flag_is_the_promise_with_its_time(page, promise):
    """A reviewer marks the timed promise, not the time alone: the flag runs from its claim's start on the line to the
    time's end, and starts at a word (not a list's dash, a rating's stars or a quotation mark)."""
    assert promise in _promised_times(page + SHOP)


def test_a_time_that_opens_its_claim_keeps_its_own_span():
    """"In just four weeks you'll burn belly fat": the promise follows the time; the claim's start is the time's."""
    assert _promised_times("In just four weeks you'll burn belly fat." + SHOP) == ["In just four weeks"]


def test_the_promise_is_read_on_its_own_line():
    """A claim read across a list's items starts on the item before; the flag stays on the timed item's line."""
    page = "Benefits:\n✔ Removes toxins naturally\n✔ Deep, restful sleep from the very first night" + SHOP
    assert _promised_times(page) == ["Deep, restful sleep from the very first night"]


def test_a_time_of_use_and_a_clinical_course_stay_unflagged():
    """Widening changes where the flag is, never whether: a time of use ("in just 10 minutes a day") and a patient
    page's clinical course keep no flag."""
    assert _promised_times("Our mat relaxes tight muscles in just 10 minutes a day." + SHOP) == []
    assert _promised_times(SOBER) == []
