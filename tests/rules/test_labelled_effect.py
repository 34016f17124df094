"""SUB020 (labelled-effect) on Markdown lists: a bold label with its colon inside ("**FOCUS:** unlocks …") stands as a
line part of its own, so the effect verb opens its sentence in lower case; the rule reads it there on a page that
promotes, and a medicines list on a page that promotes nothing keeps no flag."""

from __future__ import annotations

import pytest

from conftest import audit_markdown

SHOP = "\n\nOrder now and get free shipping."


def _sub020(markdown: str) -> list[str]:
    return [flag.text for flag in audit_markdown(markdown).flags if flag.code == "SUB020"]


@pytest.mark.parametrize("line", [
    "- **FOCUS:** unlocks laser-sharp focus and memory",
    "- **SLEEP:** restores deep, natural sleep",
    "- **Joints:** rebuilds worn cartilage",
    "- **Saw palmetto —** shrinks an enlarged prostate",
    "- **Bromelain (from pineapple)** – an enzyme that clears the clumps behind floaters",
])
def test_label_then_effect_flags_on_a_selling_page(line):
    assert _sub020(line + SHOP)


@pytest.mark.parametrize("line", [
    # the register's wording for a nutrient, and its adapted forms
    "- **IMMUNITY:** contributes to the normal function of the immune system",
    "- **BONES:** helps maintain normal bones",
    # a label that warns
    "- **Warning:** lowers blood sugar, so check your levels if you take insulin",
    # a property of the product, no effect on the body
    "- **Unflavoured:** mixes into coffee, tea or smoothies",
])
def test_register_wording_warnings_and_properties_pass(line):
    assert not _sub020(line + SHOP)


def test_a_medicines_list_on_a_page_that_promotes_nothing_passes():
    page = ("## Treatments\n\n- **Ibuprofen:** reduces pain and swelling\n- **Paracetamol:** lowers a high temperature\n\n"
            "Ask a pharmacist which is right for you, and read the leaflet that comes with the medicine.")
    assert not _sub020(page)
