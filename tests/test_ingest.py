"""Ingest keeps every offset: the analysis text has the file's length and content sits where it is in the file."""

from __future__ import annotations

import pytest

from pipeline.errors import InputError
from pipeline.ingest import build_source, load_source


def blocks(source):
    return [(b.kind, source.text[b.start:b.end]) for b in source.blocks]


def test_plain_text_lines_labels_and_tables():
    raw = ("Title Of The Article\nFirst sentence here. Second one.\n1. Reduced side effects: The drugs are milder.\n"
           "| Term | Meaning |\n|---|---|\n| Relapse | It comes back. |\n- A bullet point.\n")
    source = build_source("a.txt", raw, "txt")
    assert len(source.text) == len(raw)
    assert blocks(source) == [
        ("heading", "Title Of The Article"), ("paragraph", "First sentence here. Second one."),
        ("label", "Reduced side effects"), ("item", "The drugs are milder."),
        ("cell", "Term"), ("cell", "Meaning"), ("cell", "Relapse"), ("cell", "It comes back."),
        ("item", "A bullet point."),
    ]


def test_plain_text_soft_wrapped_paragraph_is_one_block():
    raw = "Myeloma is a cancer of plasma\ncells in the bone marrow.\nNext paragraph.\n"
    source = build_source("a.txt", raw, "txt")
    assert [k for k, _ in blocks(source)] == ["paragraph", "paragraph"]
    assert blocks(source)[0][1] == "Myeloma is a cancer of plasma\ncells in the bone marrow."


def test_markdown_markup_is_blanked_and_offsets_kept():
    raw = "# Heading\n\nIt **cures** [myeloma](http://x.y) fast.\n\n- item *one*\n\n<!-- claimaudit: ignore CUR001 -->\n"
    source = build_source("a.md", raw, "md")
    assert len(source.text) == len(raw)
    at = raw.index("cures")
    assert source.text[at:at + 5] == "cures"
    assert "**" not in source.text and "http" not in source.text
    assert [k for k, _ in blocks(source)] == ["heading", "paragraph", "item"]
    assert source.comments and "ignore CUR001" in source.comments[0][1]
    assert raw[source.comments[0][0]:].startswith("<!--")


def test_html_main_text_only_entities_mapped():
    raw = ("<html><head><title>T</title><script>alert('x')</script></head><body><nav>Menu</nav>"
           "<main><h1>Cure &amp; hope</h1><p>It <b>cures</b> myeloma&nbsp;fast.</p></main>"
           "<footer>Copyright</footer></body></html>")
    source = build_source("a.html", raw, "html")
    assert len(source.text) == len(raw)
    assert "Menu" not in source.text and "alert" not in source.text and "Copyright" not in source.text
    at = raw.index("cures")
    assert source.text[at:at + 5] == "cures"
    amp = raw.index("&amp;")
    assert source.text[amp] == "&" and source.text[amp + 1:amp + 5] == "    "
    assert blocks(source)[0] == ("heading", "Cure &     hope")


def test_crlf_and_bom_keep_offsets():
    raw = "\ufeffFirst line.\r\nSecond line.\r\n"
    source = build_source("a.txt", raw, "txt")
    assert len(source.text) == len(raw)
    assert source.line_col(raw.index("Second")) == (2, 1)


@pytest.mark.parametrize("content, message", [
    (b"", "empty"), (b"  \n", "empty"), (b"\x00\x01binary", "binary"), (b"caf\xe9 au lait", "invalid UTF-8"),
])
def test_bad_files_raise_input_error_naming_the_file(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as error:
        load_source(path)
    assert message in str(error.value) and "bad.txt" in str(error.value)


def test_utf16_with_bom_is_read(tmp_path):
    path = tmp_path / "u16.txt"
    path.write_bytes("Myeloma is a cancer.".encode("utf-16"))
    assert load_source(path).raw == "Myeloma is a cancer."


def test_unsupported_suffix(tmp_path):
    path = tmp_path / "a.pdf"
    path.write_bytes(b"%PDF")
    with pytest.raises(InputError, match="unsupported file type"):
        load_source(path)
