"""Ingest keeps every offset: the analysis text has the file's length and content sits where it is in the file."""

from __future__ import annotations

import pytest

from pipeline.errors import InputError
from pipeline.ingest import build_source, load_source, plain_kind


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


# --- heading or paragraph: what real plain text does ---------------------------------------------------------
# A line of 20 words or fewer without a final full stop is a heading only on a heading's own evidence (Title Case,
# a question, a lead-in colon, the title position, no finite verb); a sentence break, a finite verb, or nothing
# after it to head makes it a paragraph.

BODY = "This paragraph follows the line and ends with a full stop."


def kind_of(line: str, before: str = "Intro paragraph ends here.\n", after: str = BODY) -> str:
    """The block kind of `line` in a .txt source, with a paragraph before it (so it is not the title) and one after."""
    source = build_source("a.txt", f"{before}{line}\n{after}\n", "txt")
    found = [kind for kind, text in blocks(source) if text == line]
    assert found, blocks(source)
    return found[0]


@pytest.mark.parametrize("line", [
    "Multiple Myeloma: Causes and Treatment",          # Title Case, even with a colon inside
    "Detecting Relapse Early: Signs You Should Never Ignore",  # Title Case with a modal
    "What is shingles?",                               # a question
    "How statins work",                                # an indirect question
    "Side effects:",                                   # a lead-in label heading what follows
    "Treatment options for relapsed myeloma",          # a sentence-case noun phrase: no finite verb
    "Newly diagnosed myeloma",                         # a participle modifying a noun is no predicate
    "Health benefits of green tea",                    # "benefits" before "of" is a noun
    "Dr. Smith Explains the Risks",                    # an abbreviation's full stop is no sentence break
    "Check if you have shingles",                      # an instruction (call-to-action verb first)
    "Do statins cause memory loss",                    # an inverted question without its mark
    "If you're pregnant or breastfeeding",             # a condition naming a case, no main clause
    "Things you can do to help",                       # a noun and a relative clause on it
    "Cancer that has spread",                          # a relative clause after "that"
    "Frequently asked questions",                      # a participle before a noun
    "SIDE EFFECTS",                                    # capitals: a short line stays a heading
    "HOW TO USE THIS MEDICINE",                        # … and a longer one is read by its words
])
def test_heading_evidence_keeps_a_heading(line):
    assert kind_of(line) == "heading"


@pytest.mark.parametrize("line", [
    "Statins lower LDL cholesterol by about 30%",      # a caption: plural subject + verb, no full stop
    "There are now 10 new confirmed cases of COVID 19. Total now at 20, according to DOH",  # a sentence break
    "Shingles is caused by the varicella zoster virus",  # a copula after the first word
    "The drug can cause liver damage in rare cases",   # a modal
    "Statins cannot cure heart disease",               # … written as one word (two tokens: "can" + "not")
    "Statins can't cure heart disease",                # … or contracted ("ca" + "n't")
    "Bihar reported the first death from the virus",   # a past form before its object
    "Regular exercise lowers blood pressure",          # an -s form that is no noun + object
    "It's called COVID-19 not the Wuhan virus",        # a contraction holds its own subject
    "Most people recover within a month",              # a base-form verb after a plural subject
    "Symptoms usually appear after two weeks",         # … with an adverb between
    "Smoking doubles the risk of stroke",              # an -s form before its object
    "Researchers found no link between vaccines and autism",  # a past form before its object
    "THIS PRODUCT CAN CAUSE LIVER DAMAGE",             # a sentence in capitals
])
def test_sentence_without_full_stop_is_a_paragraph(line):
    assert kind_of(line) == "paragraph"


def test_first_line_is_the_title_even_in_sentence_case():
    raw = "Living with type 2 diabetes\n\nA large trial was stopped early.\n"
    assert blocks(build_source("a.txt", raw, "txt"))[0] == ("heading", "Living with type 2 diabetes")
    raw = "Shingles vaccine - what you need to know\nShingles is a painful rash.\n"
    assert blocks(build_source("a.txt", raw, "txt"))[0] == ("heading", "Shingles vaccine - what you need to know")
    # … but not when it holds two sentences: a title has no sentence break
    raw = "Masks work. Wash your hands\nMore advice follows here.\n"
    assert blocks(build_source("a.txt", raw, "txt"))[0] == ("paragraph", "Masks work. Wash your hands")


@pytest.mark.parametrize("raw", [
    "Statins lower LDL cholesterol by about 30%",                      # a one-line .txt source
    "Corona got these flights cheap as hell why not",                  # a tweet-like line without a verb cue
    "Understanding Relapsed Myeloma",                                  # even Title Case: nothing after it to head
])
def test_a_line_with_nothing_after_it_is_a_paragraph(raw):
    assert blocks(build_source("a.txt", raw, "txt")) == [("paragraph", raw)]


def test_last_line_heads_nothing():
    raw = "Myeloma Basics\nMyeloma is a blood cancer.\nTreatment options for relapsed myeloma\n"
    assert [k for k, _ in blocks(build_source("a.txt", raw, "txt"))] == ["heading", "paragraph", "paragraph"]


def test_a_paragraph_line_without_full_stop_is_split_into_its_sentences():
    from pipeline.nlp import analyse_text

    analysis = analyse_text("There are now 10 new confirmed cases of COVID 19. Total now at 20, according to DOH")
    assert [(s.kind, analysis.text_of(s.first, s.last)) for s in analysis.segments] == [
        ("sentence", "There are now 10 new confirmed cases of COVID 19."),
        ("sentence", "Total now at 20, according to DOH")]


def test_markup_headings_are_not_second_guessed():
    # a Markdown heading with a verb and a paragraph without a full stop keep the kinds their markup gives
    source = build_source("a.md", "# Statins lower cholesterol\n\nShort caption\n", "md")
    assert blocks(source) == [("heading", "Statins lower cholesterol"), ("paragraph", "Short caption")]


def test_a_wrapped_list_item_goes_on_in_lower_case():
    raw = ("Where to report\n- Report a problem with a product to the FDA\nwww.fda.gov/medwatch or 1-800-332-1088\n"
           "- Get the facts.\nNext Steps\nA closing paragraph.\n")
    assert blocks(build_source("a.txt", raw, "txt")) == [
        ("heading", "Where to report"),
        ("item", "Report a problem with a product to the FDA\nwww.fda.gov/medwatch or 1-800-332-1088"),
        ("item", "Get the facts."), ("heading", "Next Steps"), ("paragraph", "A closing paragraph.")]


def test_a_bullet_given_twice_is_blanked_whole():
    """A page that styles its own dashes as a list, copied to text, gives "• - item": both marks are the bullet."""
    raw = "Benefits\n  • - Alkaline water is rich in hydrogen\n  * + Fish oil lowers triglycerides\n1. Rest well\n"
    source = build_source("a.txt", raw, "txt")
    assert blocks(source)[1:] == [("item", "Alkaline water is rich in hydrogen"),
                                  ("item", "Fish oil lowers triglycerides"), ("item", "Rest well")]
    assert source.text.count("-") == 0 and source.text.count("•") == 0


def test_a_paragraph_label_needs_a_body_sentence_of_its_own():
    split = build_source("a.txt", "Intro.\nReduced Side Effects: The newer drugs are milder.\n", "txt")
    assert blocks(split)[1:] == [("label", "Reduced Side Effects"), ("paragraph", "The newer drugs are milder.")]
    whole = build_source("a.txt", "GlucoFix: the miracle supplement that reverses type 2 diabetes", "txt")
    assert blocks(whole) == [("paragraph", "GlucoFix: the miracle supplement that reverses type 2 diabetes")]


def test_an_all_bold_paragraph_that_reads_as_a_heading_is_one():
    html_raw = ("<main><p><strong>Side effects</strong></p><p>Statins are <b>safe</b>.</p>"
                "<p><b>Statins lower LDL cholesterol by 30%</b></p><ul><li><b>Muscle pain</b></li></ul></main>")
    assert blocks(build_source("a.html", html_raw, "html")) == [
        ("heading", "Side effects"), ("paragraph", "Statins are    safe    ."),
        ("paragraph", "Statins lower LDL cholesterol by 30%"), ("item", "Muscle pain")]
    md_raw = "**Side effects**\n\nStatins are **safe**.\n\n**Statins lower LDL cholesterol by 30%**\n\n- **Muscle pain**\n"
    assert blocks(build_source("a.md", md_raw, "md")) == [
        ("heading", "Side effects"), ("paragraph", "Statins are   safe  ."),
        ("paragraph", "Statins lower LDL cholesterol by 30%"), ("item", "Muscle pain")]


@pytest.mark.parametrize("line", [
    "Coffee drinkers live longer, study finds",
    "Daily pill cuts the risk of heart disease in people with HIV",
    "Vitamin D does not prevent fractures, trial shows",
])
def test_a_news_headline_on_the_first_line_is_a_statement(line):
    # news copy states its finding in its headline: it is a claim, not a title naming a topic
    raw = f"{line}\n\nPeople who drink coffee had a lower risk of death in a study of 170,000 adults.\n"
    assert blocks(build_source("a.txt", raw, "txt"))[0] == ("paragraph", line)


def test_title_case_leaves_long_prepositions_in_lower_case():
    line = "Novaren Announces Positive Results from Phase 3 Trial of Cardiozen in Heart Failure"
    assert kind_of(line) == "heading"
    assert kind_of("Cardiozen reduced the risk of death from heart failure by 24%") == "paragraph"


def test_html_figure_and_table_captions_are_caption_blocks():
    """<figcaption> and a table's <caption> are blocks of their own kind, a paragraph inside one included."""
    raw = ("<main><p>Statins lower LDL cholesterol.</p><figure><img src='a.png'>"
           "<figcaption>A nurse checks a patient's blood pressure.</figcaption></figure>"
           "<figure><figcaption><p>Capsules on a table.</p></figcaption></figure>"
           "<table><caption>Table 1. Side effects by dose</caption><tr><td>Nausea</td></tr></table></main>")
    assert blocks(build_source("a.html", raw, "html")) == [
        ("paragraph", "Statins lower LDL cholesterol."), ("caption", "A nurse checks a patient's blood pressure."),
        ("caption", "Capsules on a table."), ("caption", "Table 1. Side effects by dose"), ("cell", "Nausea")]


def test_html_whitespace_after_the_footer_copies_no_markup():
    """The parser moves the line break after </footer> into the body with the offset of the markup around it: a
    text node of blanks copies nothing, so no '<' of '</body>' turns into a paragraph."""
    raw = ("<html><body><p>Inhalers help most people with asthma.</p>"
           "<footer><p>© 2024 Example. Privacy policy</p></footer>\n</body></html>\n")
    source = build_source("a.html", raw, "html")
    texts = [source.text[b.start:b.end] for b in source.blocks]
    assert texts == ["Inhalers help most people with asthma."]
    assert "<" not in source.text


def test_html_and_markdown_list_items_keep_their_labels():
    """'<li><strong>Relief:</strong> Inhalers open …</li>' and '- **Relief:** Inhalers open …' give a label and an
    item, as the plain-text item 'Relief: Inhalers open …' does."""
    for raw, kind in (("<ul><li><strong>Relief:</strong> Inhalers open the airways.</li><li>Plain item.</li></ul>",
                       "html"), ("- **Relief:** Inhalers open the airways.\n- Plain item.\n", "md"),
                      ("- Relief: Inhalers open the airways.\n- Plain item.\n", "txt")):
        source = build_source(f"a.{kind}", raw, kind)
        assert [(b.kind, source.text[b.start:b.end]) for b in source.blocks] == [
            ("label", "Relief"), ("item", "Inhalers open the airways."), ("item", "Plain item.")], kind


def test_a_markdown_link_in_plain_text_reads_as_its_words():
    """A .txt copied from a Markdown page keeps "[words](address)": the words are text, the rest is markup."""
    raw = ("Too much salt can raise [blood pressure](https://example.org/bp) in older adults.\n"
           "See [our guide](/guides/salt) or [notes](#notes). Brackets [like these] (and these) stay.\n")
    source = build_source("a.txt", raw, "txt")
    assert len(source.text) == len(raw)
    assert " ".join(blocks(source)[0][1].split()) == "Too much salt can raise blood pressure in older adults."
    assert "https" not in source.text and "/guides" not in source.text and "#notes" not in source.text
    assert "[like these] (and these)" in source.text


def test_alt_text_glued_to_a_paragraph_is_a_caption_of_its_own():
    """Copied text may glue an image's alt text to the paragraph after it: the lower-case words before the capital
    are a caption, and the paragraph (and its first sentence's claims) starts at the capital."""
    from pipeline.claims import extract_claims
    from pipeline.nlp import analyse

    raw = ("Endometriosis Treatment Options\n\nendometriosis treatmentEndometriosis, a chronic and often painful "
           "disorder, affects millions of women worldwide.\n\nThe HealthLine app says iPhone users sleep less.\n")
    source = build_source("a.txt", raw, "txt")
    blocks = [(raw[b.start:b.end], b.kind) for b in source.blocks]
    assert ("endometriosis treatment", "caption") in blocks
    assert blocks[2][0].startswith("Endometriosis, a chronic") and blocks[2][1] == "paragraph"
    assert ("The HealthLine app says iPhone users sleep less.", "paragraph") in blocks  # camel-case names stay
    texts = [c.text for c in extract_claims(analyse(source))]
    assert texts and texts[0].startswith("Endometriosis, a chronic") and not any("treatmentE" in t for t in texts)


@pytest.mark.parametrize("line", ["## TB can be cured", '## Claim 1: "Raw milk cures lactose intolerance."',
                                  "# Our formula works in days!"])
def test_a_line_marked_with_markdowns_heading_mark_is_a_heading(line):
    # a plain-text page's "#" line is a heading whatever its words, as in a markdown page, for the rules and
    # sections as for the claims (before, a finite verb or a closing quotation mark made it a paragraph)
    assert plain_kind(line) == "heading"


@pytest.mark.parametrize("line", ["Call #999 if you cannot breathe.", "#selfcare is not a treatment plan."])
def test_a_hash_inside_a_line_or_a_hashtag_is_no_heading_mark(line):
    assert plain_kind(line) == "paragraph"


def test_list_glyphs_run_together_on_one_line_open_items_at_their_exact_offsets():
    """A seller's ticks or emoji run together on one line ("✅ Boosts … ✅ Burns …") are bullets: two or more before
    words cut the paragraph into list items, each from its glyph to the next, at the raw text's offsets; one glyph,
    trailing decoration, a run of rating stars or a registered-trademark sign cut nothing (ingest `_glyph_items`); what
    stands before the first glyph keeps its kind (a plain-text line with no full stop is a heading)."""
    raw = "ZestaPatch, the calming patch.\n\nWhy ZestaPatch? ✅ Lifts low mood ✔️ Calms restless legs ★ Vegan\n\n" \
        "Rated ★★★★★ by buyers 💪"
    source = build_source("x.txt", raw, "txt")
    pieces = [(raw[b.start:b.end], b.kind) for b in source.blocks]
    assert pieces[1:] == [("Why ZestaPatch?", "heading"), ("✅ Lifts low mood", "item"),
                      ("✔️ Calms restless legs", "item"), ("★ Vegan", "item"),
                      ("Rated ★★★★★ by buyers 💪", "paragraph")]
    start = raw.index("✔️")
    assert [b.start for b in source.blocks][3] == start
    one = build_source("y.txt", "NeuroMint® gives you focus 🧠 all day", "txt")
    assert [b.kind for b in one.blocks] == ["paragraph"]
    # two buyers' star ratings in one paragraph rate reviews: no list
    reviews = build_source("z.txt", "Our buyers say. ★★★★★ \"Calmer legs at night\" ★★☆☆☆ \"No change for me\"", "txt")
    assert [b.kind for b in reviews.blocks] == ["paragraph"]


def test_emoji_inside_prose_open_no_list_item():
    """Emoji a writer puts inside a sentence are no bullets (review B H1: a sober page's sentence cut into items lost
    its claim, a seller's "💬 answers every message" became a listed benefit): the runs that open items stand before
    a capital or a figure, or are one glyph repeated from the start of the block, a line or a sentence."""
    for prose in ["Our physios 🏃 see you within a week of referral 📅 and most people need only three visits.",
                  "Worried? 🙂 Our pharmacists 💬 reply to every question within a day.",
                  "We loved it 😍 and so did my dad 😍 honestly."]:
        source = build_source("p.md", prose + "\n", "md")
        assert [b.kind for b in source.blocks] == ["paragraph"], prose
    # a list of one glyph repeated keeps its items, in lower case too; mixed glyphs before capitals too
    for listed, items in [("✔ soothes dry eyes ✔ lasts all day\n", ["✔ soothes dry eyes", "✔ lasts all day"]),
                          ("Why OptiDrop? 💧 Soothes 👁️ Refreshes\n", ["💧 Soothes", "👁️ Refreshes"])]:
        source = build_source("l.md", listed, "md")
        assert [source.text[b.start:b.end] for b in source.blocks if b.kind == "item"] == items


def test_markdown_repeated_cell_value_keeps_its_own_place():
    # fixT43 (rvB2-M2): each cell is looked for after the row's previous cell, so the second "None" is the last
    # column's, not a second copy of the first's (SAF006 read "| None | 1–2 days | None |" as one no)
    raw = "| | CalmaX | Pills | Nothing |\n|---|---|---|---|\n| Downtime | None | 1–2 days | None |\n"
    source = build_source("t.md", raw, "md")
    cells = [(b.start, source.text[b.start:b.end]) for b in source.blocks if b.kind == "cell"]
    assert cells[-3:] == [(raw.index("None"), "None"), (raw.index("1–2"), "1–2 days"), (raw.rindex("None"), "None")]
