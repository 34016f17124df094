"""Sections of an article that make no claims of their own: a reference list names its sources' titles ("Vitamin D
supplementation to prevent acute respiratory tract infections …"), it asserts nothing, and its wording is theirs.
The section runs from a reference heading (lexicons/sections.yml) to the next heading. Legal boilerplate (a press
release's forward-looking statements, the FDA notice of a supplement label, "not medical advice") is no claim either,
nor is an image caption, a glossary of abbreviations, the small print at a page's foot or the credit line under its
title. A data table's row is one claim, its header row none (`table_rows`)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from pipeline.clauses import (ARTICLES, AUXILIARIES, MODALS, PREPOSITIONS_OR_JOINERS, effect_verbs, find_predicates,
                              verb_s_form)
from pipeline.coinages import is_coined_word
from pipeline.nlp import Analysis, Segment
from pipeline.patterns import read_checked_lexicon, word_list


def reference_segments(analysis: Analysis) -> frozenset[Segment]:
    """The entries of a reference list: under a reference heading ("References", "2. Sources:", "Further
    reading"), the segments of an entry that reads as a citation (a DOI, a PMID or a link; a year with an author list,
    a volume and pages, a year set off as an item of its own or an access date); a heading such as "Notes" may hold
    claims, which stay."""
    found, inside = set(), False
    for segment in analysis.segments:
        if segment.kind == "heading":
            inside = _is_reference_heading(analysis.text_of(segment.first, segment.last))
        elif inside and _reads_as_citation(_block_text(analysis, segment)):
            found.add(segment)
    return frozenset(found)


def boilerplate_segments(analysis: Analysis) -> frozenset[Segment]:
    """The sentences of legal boilerplate (lexicons/sections.yml `boilerplate_markers`): a sentence that holds a
    marker, and every sentence of a paragraph whose first sentence opens a notice (`boilerplate_openers`: "This press
    release contains forward-looking statements … Such statements … involve risks … Factors that may affect results
    include …")."""
    openers = load_boilerplate_openers()
    found: set[Segment] = set()
    opened: set[int] = set()  # blocks whose first sentence is boilerplate
    seen_blocks: set[int] = set()
    for segment in analysis.segments:
        if segment.kind != "sentence":
            continue
        first_of_block = segment.block not in seen_blocks
        seen_blocks.add(segment.block)
        text = " ".join(analysis.text_of(segment.first, segment.last).lower().split())
        opens_notice = any(opener in text for opener in openers)
        if opens_notice or all(is_notice(clause) for clause in NOTICE_CUTS.split(text)):
            found.add(segment)
            if first_of_block and opens_notice:
                opened.add(segment.block)
        elif segment.block in opened:
            found.add(segment)
    return frozenset(found)


def is_notice(text: str) -> bool:
    """A clause that is a notice of the product's legal standing or of results (a `boilerplate_markers` phrase:
    "Individual results may vary", "VitreoClear is not a medical device"), cut from the claim after its ", but"."""
    lowered = " ".join(text.lower().split())
    return any(marker in lowered for marker in load_boilerplate_markers())


# A notice conceded and a claim asserted after it ("Individual results may vary, but most users see fewer floaters
# within 7 days", "VitreoClear is not a medical device, but it clears floaters in 30 days"): the sentence is
# boilerplate only when each of its clauses is a notice
NOTICE_CUTS = re.compile(r",\s+but\s+|;")


# What a citation has and a claim has not: a DOI or PMID, or a link, alone; with a year, "et al.", a volume and
# pages ("2017;356:i6583", "25(4):625-638") or a year set off as an item of its own ("NIH. Vitamin D fact sheet.
# 2023.", "Smith J (2019)", "Mayo Clinic, 2022"), or the date of a web page ("Accessed March 3, 2024",
# lexicons/sections.yml `access_words`).
IDENTIFIERS = re.compile(r"\bdoi\b|\bpmid\b|https?://|www\.", re.I)
CITATION_MARKS = re.compile(r"\bet al\b|\b\d+\s*[;:(]\s*\d+|(?:[.;:,]|\()\s*(?:19|20)\d{2}[a-z]?\b", re.I)
YEAR = re.compile(r"\b(19|20)\d{2}\b")


def _block_text(analysis: Analysis, segment: Segment) -> str:
    """The whole entry (list item or paragraph) a segment belongs to: a citation is cut into several sentences."""
    if 0 <= segment.block < len(analysis.source.blocks):
        block = analysis.source.blocks[segment.block]
        return analysis.source.text[block.start:block.end]
    return analysis.source.text[segment.start:segment.end]


def _reads_as_citation(text: str) -> bool:
    if IDENTIFIERS.search(text):
        return True
    words = set(re.findall(r"[a-z]+", text.lower()))
    return bool(YEAR.search(text)) and (bool(CITATION_MARKS.search(text)) or bool(words & load_access_words()))


def glossary_segments(analysis: Analysis) -> frozenset[Segment]:
    """The segments of a glossary: the text after a glossary label ("Abbreviations: HR = hazard ratio; CVD = …",
    lexicons/sections.yml `glossary_labels`) and the section under a glossary heading, to the next heading. A glossary
    spells out the words the text abbreviates ("RD = at risk of diabetes"); it asserts nothing of them."""
    labels = frozenset(_lexicon()["glossary_labels"])
    blocks: set[int] = set()
    inside = False
    for segment in analysis.segments:
        words = analysis.text_of(segment.first, segment.last).strip(" :").lower()
        if segment.kind == "heading":
            inside = words in labels
        elif segment.kind == "label" and words in labels:
            blocks.add(segment.block + 1)  # the labelled body is the next block
        elif inside:
            blocks.add(segment.block)
    return frozenset(s for s in analysis.segments if s.block in blocks and s.kind not in ("label", "heading"))


def caption_segments(analysis: Analysis) -> frozenset[Segment]:
    """The segments of image captions: a block the page marks up as one (HTML <figcaption>, a table's <caption>),
    the text after a caption label ("Photo: …", "IMAGE: …", lexicons/sections.yml), and a short paragraph that
    carries a picture credit ("… at home. Photo by J. Smith/Getty Images"). A caption describes a picture or a
    table; it is no claim (its wording is still checked by the rules)."""
    labels, credits = frozenset(_lexicon()["caption_labels"]), _lexicon()["caption_credits"]
    blocks = analysis.source.blocks
    captions = {index for index, block in enumerate(blocks) if block.kind == "caption"}
    for segment in analysis.segments:
        if segment.kind == "label" and analysis.text_of(segment.first, segment.last).strip(" :").lower() in labels:
            captions.add(segment.block + 1)  # the labelled body is the next block
    for index, block in enumerate(blocks):
        text = " ".join(analysis.source.text[block.start:block.end].lower().split())
        if block.kind in ("paragraph", "item") and len(text.split()) <= CAPTION_MAX_WORDS \
                and any(credit in text for credit in credits):
            captions.add(index)
    return frozenset(s for s in analysis.segments if s.block in captions and s.kind != "label")


def table_rows(analysis: Analysis, tables: list[list[list[int]]]) \
        -> tuple[dict[Segment, tuple[Segment, ...]], frozenset[Segment]]:
    """The rows of a data table, each read as one claim: "| Side effects | None | Drowsiness, dizziness |" says of
    each thing its columns name what it has of the row's property (its first cell), and no cell alone says it. For the
    first segment of each row of a table's body, the segments of the row's cells after the first (the claim stage
    reads the row as one claim when none of them asserts on its own, "| Relapsed | Myeloma that returns after
    remission. |" is read cell by cell); and the segments that make no claim: the header row (the columns' names,
    "| | Our gel | Ice pack |") and a row that gives a price ("| 3 bottles | £89.85 |", "| 1 pot | 19.99 USD |": the
    shop's terms). A row is the cells of one line (a Markdown or plain-text table); a table is a run of rows of two or
    more cells with no other block between them, under a header row (a blank line ends it). Cells on lines of their
    own (an HTML table's), a table whose cells run to prose (more than lexicons/sections.yml `table_cell_max_words`
    words: a layout in a grid, not data) and one whose header states something ("| JointEase cures arthritis in 7
    days | Other brands |": a finite verb, not a question word's column name such as "What it does") are read as any
    sentence is. `tables`: the page's, from `find_tables`."""
    source = analysis.source
    blocks = source.blocks
    by_block: dict[int, list[Segment]] = {}
    for segment in analysis.segments:
        if segment.kind == "cell":
            by_block.setdefault(segment.block, []).append(segment)
    if not by_block:
        return {}, frozenset()
    price = _price_pattern()
    longest = _numbers()["table_cell_max_words"]
    claimed: dict[Segment, tuple[Segment, ...]] = {}
    quiet: set[Segment] = set()
    for table in tables:
        row_texts = [[source.text[blocks[index].start:blocks[index].end] for index in row] for row in table]
        if len(table) < 2 or any(len(row) < 2 for row in table) \
                or any(len(cell.split()) > longest for texts in row_texts for cell in texts) \
                or any(_states(analysis, segment) for index in table[0] for segment in by_block.get(index, [])):
            continue
        for position, (row, texts) in enumerate(zip(table, row_texts)):
            segments = [segment for index in row for segment in by_block.get(index, [])]
            if position == 0 or any(price.search(text) for text in texts) or _doses(texts[1:]):
                quiet.update(segments)
            elif segments and segments[0].block == row[0]:
                claimed[segments[0]] = tuple(segment for segment in segments if segment.block != row[0])
    return claimed, frozenset(quiet)


def find_tables(analysis: Analysis) -> list[list[list[int]]]:
    """The tables of the page, each a list of rows, each row the block indices of the cells of one line (read once
    per page and passed to `table_rows` and `compared_rows`)."""
    source, blocks = analysis.source, analysis.source.blocks
    rows: list[list[int]] = []  # block indices of the cells of one line
    for index, block in enumerate(blocks):
        if block.kind != "cell":
            continue
        if rows and rows[-1][-1] == index - 1 \
                and source.line_col(blocks[index - 1].start)[0] == source.line_col(block.start)[0]:
            rows[-1].append(index)
        else:
            rows.append([index])
    tables: list[list[list[int]]] = []
    for row in rows:
        # the next line of the table: no other block and no blank line (which ends a Markdown table) before it
        if tables and tables[-1][-1][-1] == row[0] - 1 \
                and not re.search(r"\n[ \t]*\n", source.raw[blocks[row[0] - 1].end:blocks[row[0]].start]):
            tables[-1].append(row)
        else:
            tables.append([row])
    return tables


def compared_rows(analysis: Analysis, tables: list[list[list[int]]]) -> frozenset[Segment]:
    """The first cells of the body rows of a comparison grid: a table whose header names the things compared in its
    columns after a blank first cell or a word for the rows' properties ("| | Our gel | Ice pack |", "| Feature |
    PeakLung | Altitude tent |", lexicons/sections.yml `grid_header_words`). Such a row says its property of the
    columns' things ("| Side effects | None | Stomach upset |" is said of the gel), where a row of another table is
    about its first cell ("| Hair thinning | About 1 in 100 people | Usually mild |")."""
    source, blocks = analysis.source, analysis.source.blocks
    words = _lexicon()["grid_header_words"]
    firsts: set[int] = set()
    for table in tables:
        header = blocks[table[0][0]]
        blank_first = _column_of(analysis, table[0][0]) > 1  # "| | Our gel |", " | Our gel |"
        named = " ".join(source.text[header.start:header.end].lower().split()) in words
        if blank_first or named:
            firsts.update(row[0] for row in table[1:])
    return frozenset(s for s in analysis.segments if s.kind == "cell" and s.block in firsts)


class GridRow(NamedTuple):
    """One body row of a table: its head cell's block and its other cells' blocks by column (`_column_of`)."""
    head: int
    cells: dict[int, int]


class Grid(NamedTuple):
    """A table read once per page (`comparison_grids`): its header row's blocks, the product's column (0 when the
    header names fewer than two things), whether it is a comparison grid (`compared_rows`) and its body rows."""
    header: tuple[int, ...]
    column: int
    compared: bool
    rows: tuple[GridRow, ...]


def read_comparison_grids(analysis: Analysis) -> tuple[Grid, ...]:
    """The page's tables as `Grid`s, read once per page through `Analysis.comparison_grids` (CMP004's result cells,
    SAF006's harm cells and ABS009's return cells all read it; the product's column is the header cell that opens with
    a coined name or one in capitals, else whose first word the page writes most often, as it writes it: the brand
    "SERENWAVE" against "Anxiety medication", "AgeCode" against "Standard health check")."""
    source, blocks = analysis.source, analysis.source.blocks
    tables = find_tables(analysis)
    firsts = {segment.block for segment in compared_rows(analysis, tables)}
    grids: list[Grid] = []
    for table in tables:
        if len(table) < 2:
            continue
        counts = []
        for index in table[0]:
            words = source.text[blocks[index].start:blocks[index].end].split()
            # (a coined name or one in capitals first: "KickStride gum" against "Caffeine tablet", whose word opens
            # sentences too)
            coined = bool(words) and (is_coined_word(words[0]) or re.search(r"[a-z][A-Z]", words[0]) is not None
                                      or words[0].isupper() and len(words[0]) > 2)
            counts.append((int(coined), source.text.count(words[0]) if words else 0, -_column_of(analysis, index)))
        column = -max(counts)[2] if len(counts) >= 2 else 0
        rows = tuple(GridRow(row[0], {_column_of(analysis, index): index for index in row[1:]}) for row in table[1:])
        grids.append(Grid(tuple(table[0]), column, table[1][0] in firsts, rows))
    return tuple(grids)


def grid_result_cells(analysis: Analysis) -> frozenset[int]:
    """The blocks of the product's cells in a comparison grid's rows that rate a result ("| Works in | 20 minutes |
    4–6 weeks |": "20 minutes" under "SERENWAVE"): the row's first cell names a result (lexicons/sections.yml
    `grid_result_words`, not a row of the pack or its delivery, `grid_unrated_rows`) and the product's cell gives a
    value, not a denial, a tick or a price (`grid_unrated_cells`, `currency_marks`). Grids from
    `Analysis.comparison_grids`."""
    source, blocks = analysis.source, analysis.source.blocks
    lexicon = _lexicon()
    results, unrated, currency = (set(lexicon["grid_result_words"]), set(lexicon["grid_unrated_cells"]),
                                  lexicon["currency_marks"])
    phrases, timed_words = lexicon["grid_result_phrases"], set(lexicon["grid_timed_words"])
    whole_cells, unrated_rows = set(lexicon["grid_result_cells"]), set(lexicon["grid_unrated_rows"])
    time_units = [re.escape(unit) for unit in lexicon["grid_time_units"]]
    cells: set[int] = set()
    for grid in analysis.comparison_grids:
        if not grid.compared or not grid.column:
            continue
        for row in grid.rows:
            value_cell = row.cells.get(grid.column)
            if value_cell is None or _column_of(analysis, row.head) != 1:
                continue
            first = " ".join(re.findall(r"[a-z]+", source.text[blocks[row.head].start:blocks[row.head].end].lower()))
            names = set(first.split())
            if names & unrated_rows:
                continue
            value = " ".join(source.text[blocks[value_cell].start:blocks[value_cell].end].lower().split())
            timed = names & timed_words and re.search(rf"\d\s*(?:{'|'.join(time_units)})\b", value)
            rated = names & results or first in whole_cells or any(f" {phrase} " in f" {first} " for phrase in phrases) \
                or timed
            if rated and value and value not in unrated and not any(
                    mark in value.split() if mark.isalpha() else mark in value for mark in currency):
                cells.add(value_cell)
    return frozenset(cells)


def _column_of(analysis: Analysis, block: int) -> int:
    """A table cell's place in its line, by the bars before it ("| | Our gel |": "Our gel" is the second); a blank
    cell is no block, so a block's place in its row is not its column."""
    raw, start = analysis.source.raw, analysis.source.blocks[block].start
    before = raw[raw.rfind("\n", 0, start) + 1:start]
    # a Markdown row may leave out its leading bar ("Works in | 20 minutes | 4 weeks": rvB2-M2)
    return before.count("|") + (not before.lstrip().startswith("|"))


def _states(analysis: Analysis, segment: Segment) -> bool:
    """A header cell that states something, as a sentence does: a finite verb ("JointEase cures arthritis in 7
    days"), not after a question word that makes the cell a column's name ("What it does", "When you're invited")."""
    words = [i for i in range(segment.first, segment.last) if not analysis.tokens[i].is_space]
    if not words or analysis.tokens[words[0]].lower in _lexicon()["header_question_words"]:
        return False
    # a finite verb between a subject and what it says of it ("cures", "is", "can"): a column's name is a noun
    # phrase, whose head may look like a verb ("Side effects", "(typical use)", "The dose recommended before …") or
    # open it ("Works in"); a plural joined to another noun ("Teething gels and syrups") or after a number ("Up to 4
    # times a day") is a noun
    tokens, inside = analysis.tokens, set(words[1:-1])
    return any(i in inside and not tokens[i - 1].like_num and (
        verb_s_form(tokens[i]) and tokens[i + 1].lower not in ("and", "or", ",", "&")
        or tokens[i].lower in AUXILIARIES or tokens[i].lower in MODALS)
        for i in find_predicates(analysis, segment.first, segment.last))


def _doses(cells: list[str]) -> bool:
    """Cells that give a dosing schedule: each a dose or how often one is taken, one at least how often
    (lexicons/sections.yml `dose_units`, `dose_counts`, `dose_periods`: "| 500mg to 1g | Up to 4 times a day |")."""
    amount, often = _dose_patterns()
    return any(often.search(cell) for cell in cells) \
        and all(amount.search(cell) or often.search(cell) for cell in cells)


@lru_cache(maxsize=1)
def _dose_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A dose ("500mg", "2 tablets", "1.5 ml") and how often one is taken ("4 times a day", "once daily", "twice per
    week", "every 4 to 6 hours"), from lexicons/sections.yml."""
    lexicon = _lexicon()
    units, counts, periods, adverbs = ("|".join(re.escape(word) for word in sorted(lexicon[key], key=len, reverse=True))
                                       for key in ("dose_units", "dose_counts", "dose_periods", "dose_period_adverbs"))
    number = r"\d+(?:[.,]\d+)?(?:\s*(?:-|–|to)\s*\d+(?:[.,]\d+)?)?"
    amount = re.compile(rf"{number}\s*(?:{units})\b", re.I)
    times = rf"(?:{counts}|{number}\s*times)"
    often = re.compile(rf"\b{times}\s+(?:(?:a|an|per|each|every)\s+(?:{periods})\b|(?:{adverbs})\b)"
                       rf"|\bevery\s+{number}\s*(?:{periods})\b", re.I)
    return amount, often


@lru_cache(maxsize=1)
def _price_pattern() -> re.Pattern[str]:
    """An amount of money: a currency's sign, code or name before or after a number ("£89.85", "19.99 USD", "EUR 12",
    "12 euros", "12 €"; lexicons/sections.yml `currency_marks`)."""
    marks = sorted(_lexicon()["currency_marks"], key=len, reverse=True)
    signs = "|".join(re.escape(mark) for mark in marks if not mark[0].isalnum())
    names = "|".join(re.escape(mark) for mark in marks if mark[0].isalnum())
    return re.compile(rf"(?:{signs})\s?\d|\d\s?(?:{signs})|\b(?:{names})\s?\d|\d\s?(?:{names})\b", re.I)


def small_print_segments(analysis: Analysis) -> frozenset[Segment]:
    """The segments of the page's small print: the paragraphs at its foot that the writer set in italics or small
    type from end to end (Markdown "*…*" or "_…_", HTML <em>, <i> or <small>), with nothing after them but headings
    and other lines set off whole ("**Order now**"). Small print states the page's terms, not its case ("Dawnly is
    a food supplement. Not for use by anyone under 18.", "This leaflet was produced by the physiotherapy team",
    "Our pharmacists can offer a private consultation"); an italic paragraph within the page (a standfirst, a
    quote) stays, as does a foot in plain type. Its wording is still checked by the rules."""
    source = analysis.source
    if source.kind not in ("md", "html"):
        return frozenset()
    small: set[int] = set()
    for index in range(len(source.blocks) - 1, -1, -1):
        block = source.blocks[index]
        if block.kind == "heading":
            continue
        markup = _emphasis(source.raw, source.kind, block.start, block.end)
        if not markup or block.kind not in ("paragraph", "item", "caption"):
            break  # the foot ends where the body's last plain line is
        if markup in ("italic", "small"):
            small.add(index)
    # the markup alone does not make small print: a sentence there that states an effect, a cure or a safety ("*Calma
    # cures anxiety in 7 days and has no side effects.*") is a claim set in italics, unless it says what small print
    # says (lexicons/sections.yml `small_print_words`: "Not intended to diagnose, treat, cure …", "Results may vary")
    terms = _lexicon()["small_print_words"] + _lexicon()["boilerplate_markers"]
    return frozenset(s for s in analysis.segments if s.block in small and (
        not any(m.label in SMALL_PRINT_STATES for m in analysis.of_kind("cue", s.first, s.last))
        or any(term in " ".join(analysis.text_of(s.first, s.last).lower().split()) for term in terms)))


def credit_line_segments(analysis: Analysis) -> frozenset[Segment]:
    """The segments of the credit line under the page's title: the paragraph right after a title heading that opens
    the page, set in italics or small type from end to end, as small print is ("*Information from the Northway Trust,
    a registered charity supporting people with coeliac disease*", "*Community Physiotherapy Service – self-help
    information*", "*Handmade in small batches by Hollowbrook Botanicals*"). It says who publishes the page, for whom
    and when, not what the page claims; a sentence in it that states an effect, a cure or a safety ("*Calma cures
    anxiety in 7 days*", "*Suitable from birth*") or makes a statement of its own, not a credit (a news standfirst:
    "*A daily aspirin halves the risk of bowel cancer, a major trial has found*", `_credits`) is a claim in italics,
    as in small print. A standfirst in bold or plain type stays; its wording is still checked by the rules."""
    source = analysis.source
    blocks = source.blocks
    if source.kind not in ("md", "html") or len(blocks) < 2 or blocks[0].kind != "heading" \
            or blocks[1].kind != "paragraph" or _emphasis(source.raw, source.kind, blocks[1].start, blocks[1].end) \
            not in ("italic", "small"):
        return frozenset()
    return frozenset(s for s in analysis.segments if s.block == 1 and _credits(analysis, s))


def _credits(analysis: Analysis, segment: Segment) -> bool:
    """A sentence of the credit line that gives a credit: no cue of a stated case (`CREDIT_LINE_STATES`), no finite
    verb of effect ("*A daily aspirin halves the risk of bowel cancer, a major trial has found*" is a news
    standfirst's claim), and either no finite verb at all ("*Information from the Larkmoor Trust, a charity supporting
    people with asthma*") or a credit's: the sentence opens with a credit word ("*Written with respiratory nurses and
    people who live with asthma*", "*© 2025 …*"), sets off fields as a masthead does ("*Clearview Fact Check · Health
    claims team*") or each finite verb is a credit word, or an auxiliary before one ("*This leaflet was produced by
    the physiotherapy team*"; lexicons/sections.yml `credit_line_words`, `credit_line_separators`)."""
    cues = analysis.of_kind("cue", segment.first, segment.last)
    if any(m.label in CREDIT_LINE_STATES for m in cues):
        return False
    tokens = analysis.tokens
    words = [i for i in range(segment.first, segment.last) if not tokens[i].is_space and tokens[i].text not in "*_"]
    credit = _lexicon()["credit_line_words"]
    start = words[0] if words else segment.first
    finite = [i for i in find_predicates(analysis, segment.first, segment.last)
              if _finite(tokens, i, start, segment.last)]
    if any(m.label == "strength:causal" and m.first in finite and tokens[m.first].lower not in credit for m in cues):
        return False  # "halves", "cures", "prevents": a verb of effect, stated
    if not finite or (words and tokens[words[0]].lower in credit) \
            or any(tokens[i].text in _lexicon()["credit_line_separators"] for i in words):
        return True  # (fields set off as a masthead's are: "Prostate Matters Alliance | Information for men …")
    return all(tokens[i].lower in credit or tokens[i].lower in AUXILIARIES
               and any(tokens[j].lower in credit for j in range(i + 1, min(i + 3, segment.last))) for i in finite)


def _finite(tokens, i: int, first: int, last: int) -> bool:
    """A verb with a tense in tokens[first:last]: an -s form with its object or complement after it ("halves the
    risk", not the plural noun of "Herbal Eye Drops", "drops with fennel", "6,210 stimulation points ·"), a past form
    not a passive participle before "by" ("halved the risk", not "people affected by"), an auxiliary or modal in lower
    case ("has found", "can", not the month of "14 May 2026")."""
    token = tokens[i]
    after = tokens[i + 1] if i + 1 < last else None
    if token.lower in AUXILIARIES or token.lower in MODALS:
        return i == first or not token.text[:1].isupper()
    if after is None or not after.text[:1].isalpha() or after.lower in PREPOSITIONS_OR_JOINERS:
        return False
    if i > first and token.text[:1].isupper():
        return False  # a word of a name ("Little Steps Family Health Trust", "Prostate Matters Alliance")
    return verb_s_form(token) or i > first and token.lower != token.lemma and token.lower.endswith("ed")


# the cues of a sentence that states its case, not the page's terms (`small_print_segments`)
SMALL_PRINT_STATES = frozenset({"category:efficacy", "category:cure", "category:safety", "category:withheld",
                                "category:change", "strength:causal", "offered_effect", "complaint_ended"})


# … and of a sentence in the credit line under the title (`credit_line_segments`): a safety assurance too ("Suitable
# from birth"), not a bare cause word, which a publisher's description holds ("a charity supporting people with …")
CREDIT_LINE_STATES = (SMALL_PRINT_STATES - {"strength:causal"}) | {"safety_assurance"}


# a paragraph in one emphasis from end to end: Markdown's mark before its first word and after its last on the same
# lines ("*Food supplement. Keep out of reach of children.*", "**[Add to basket]**"); HTML's tag after the
# paragraph's opening and before its closing ("<p><em>…</em></p>", "<p><small>…</small></p>")
MARKDOWN_OPEN = re.compile(r"(?:^|\n)[ \t]*(?:[-+*][ \t]+)?(\*\*|__|\*|_)\[?$")
MARKDOWN_LINK_END = re.compile(r"\](?:\([^)\n]*\))?")  # "**[Add to basket](/cart)**": the link inside the mark
HTML_OPEN = re.compile(r"<(p|li|div)\b[^>]*>\s*<(strong|b|em|i|small)\b[^>]*>\s*$", re.I)
HTML_CLOSE = re.compile(r"\s*</(strong|b|em|i|small)>\s*</(p|li|div)>", re.I)


def _emphasis(raw: str, kind: str, start: int, end: int) -> str:
    """ "italic", "bold" or "small" (HTML <small>) when the block raw[start:end] is set in one emphasis from end to
    end, else ""."""
    if kind == "md":
        opened = MARKDOWN_OPEN.search(raw, max(0, start - 12), start)
        if not opened:
            return ""
        mark = opened.group(1)
        link = MARKDOWN_LINK_END.match(raw, end) if opened.group(0).endswith("[") else None
        end = link.end() if link else end
        closed = raw[end:end + len(mark)] == mark and raw[end + len(mark):end + len(mark) + 1] in ("", "\n", " ")
        # one span, not two ("*Wellness product.* Not a medical device *here*")
        inner = raw[start:end]
        if not closed or (len(mark) == 1 and re.search(r"(?<![*_])" + re.escape(mark) + r"(?![*_])", inner)):
            return ""
        return "bold" if len(mark) == 2 else "italic"
    opened_tag = HTML_OPEN.search(raw, max(0, start - 200), start)
    closed_tag = HTML_CLOSE.match(raw, end)
    if not opened_tag or not closed_tag or opened_tag.group(2).lower() != closed_tag.group(1).lower():
        return ""
    tag = opened_tag.group(2).lower()
    return "bold" if tag in ("strong", "b") else "small" if tag == "small" else "italic"


def is_page_date(text: str) -> bool:
    """A line that dates the page ("Last reviewed: January 2025", "Updated 3 March 2024", "Page last updated on …"):
    eight words or fewer, a year, and a word of lexicons/sections.yml `page_date_words` with only words that name the
    page before it. It asserts nothing about health; "Trial results published in 2024 show benefit" does."""
    if len(text.split()) > 8 or not YEAR.search(text):
        return False
    words = re.findall(r"[a-z]+", text.lower())
    dated = load_page_date_words()
    at = next((n for n, word in enumerate(words) if word in dated), None)
    return at is not None and set(words[:at]) <= _words("page_name_words")


# "By Phil White", "Written by Jane Doe, MD", "Medically reviewed by Dr. A. Smith and B. Jones": who wrote the page
BYLINE = re.compile(r"(?:(?:written|reviewed|medically reviewed|fact[- ]checked|posted|edited)\s+)?by\s+"
                    r"(?:(?:[A-Z][\w.'\u2019-]*|and|&)[\s,]*){1,6}", re.I)


def is_byline(text: str) -> bool:
    """A line that names the page's author ("By Phil White"): "by" and one to six capitalised names, not a gerund
    ("By Following These Steps"). It is no heading of what follows and names nothing a claim is about."""
    match = BYLINE.fullmatch(text.strip())
    byline = _words("byline_words")
    names = [w for w in text.strip().split() if w.lower() not in byline]
    return match is not None and bool(names) and not names[0].lower().endswith("ing") and all(w[:1].isupper() or w.lower() in ("and", "&")
                                     for w in names)


def is_page_details(analysis: Analysis, first: int, last: int) -> bool:
    """A line of the page's or the listing's details: a shop's rating ("★★★★★ 4.9 out of 5 (2,317 reviews)", "Rated
    4.7/5 by 986 verified buyers"), a credit ("Published by … · Medically reviewed by a consultant dermatologist"), a
    page date or a reading time, with short fields beside it set off by "·", "|" or a dash that name nothing of health
    but a product or its buyer ("Health advice hub · Last reviewed August 2026", "Sold by Auralis Naturals · ★★★★☆
    4.3 (2,687 reviews) · 30 ml dropper bottle"). It describes the page, not health; "Cures arthritis · ★★★★★ 4.9"
    names a disease and stays. A masthead, the publisher's name and the page's section or series after it
    ("Riverside General Hospital · Maternity Services · Patient information leaflet"), is such a line too, whatever
    health its fields name, unless a field promises something ("… · Clinically Proven")."""
    if first >= last:
        return False
    tokens, text = analysis.tokens, analysis.source.text
    start, end = tokens[first].start, tokens[last - 1].end
    line = text[start:end]
    fields: list[tuple[int, int]] = []  # each field's span in the line
    at = 0
    for separator in FIELD_SEPARATOR.finditer(line):
        fields.append((at, separator.start()))
        at = separator.end()
    fields.append((at, len(line)))
    texts = [" ".join(line[lo:hi].replace("*", " ").split()) for lo, hi in fields]
    # a masthead: the publisher's name opens a line of fields ("Riverside General Hospital · Maternity Services ·
    # Patient information leaflet"); its other fields name the page's section or series, health words and all
    masthead = len(fields) > 1 and _is_publisher_name(texts[0]) and MASTHEAD_SEPARATOR.search(line) is not None
    details = [_is_details_field(field) or (masthead and n == 0) for n, field in enumerate(texts)]
    if not any(details):  # (nearly every sentence: the other fields' tests below read tokens and mentions)
        return False
    for n, ((lo, hi), field, detail) in enumerate(zip(fields, texts, details)):
        inside = [i for i in range(first, last) if start + lo <= tokens[i].start and tokens[i].end <= start + hi]
        if masthead:
            # (not a promise in a name or beside it: "Cures Arthritis · ★★★★★ 4.9", "… · Clinically Proven")
            if len(re.findall(r"\w+", field)) > MASTHEAD_FIELD_MAX_WORDS or (
                    inside and _promises_in_masthead(analysis, inside[0], inside[-1] + 1, named=n == 0)):
                return False
            continue
        if detail:
            continue
        if len(re.findall(r"\w+", field)) > FIELD_MAX_WORDS or (inside and (
                not _names_no_health(analysis, inside[0], inside[-1] + 1)
                or _carries_a_cue(analysis, inside[0], inside[-1] + 1))):
            return False
    return True


def _is_publisher_name(field: str) -> bool:
    """A publisher's name: two or more words, each capitalised but for a few small ones ("of", "the", "and", "&"), up
    to a comma or colon that sets off what it is ("Lungwell, the lung health charity", "Clinical Answers: a practical
    reference for patients and carers"), a bracketed abbreviation allowed ("National Health Advice Service (NHAS)").
    Not a phrase that opens in lower case ("Trusted by over 250,000 men", "Sold by …"), a rating or a price, a label
    before a colon ("Brand: Verdancia Naturals") or a label in capitals ("TRADITIONAL REMEDY – Used by …")."""
    name, described = re.split(r"[,:]", field, maxsplit=1)[0], re.search(r"[,:]", field)
    words = re.findall(r"\(?[^\W\d_][\w'’.&-]*\)?", name)
    # (one word before a comma: "Lungwell, the lung health charity"; not a label before a colon, "Brand: …")
    if len(words) < (1 if described and described.group() == "," else 2) or len(words) != len(name.split()) \
            or not words[0][0].isupper() or name.isupper():
        return False  # (every word a word: no number, star or sign; no label in capitals, "TRADITIONAL REMEDY")
    return all(w[0].isupper() or w.startswith("(") or w in PUBLISHER_SMALL_WORDS for w in words)


def _promises_in_masthead(analysis: Analysis, first: int, last: int, named: bool = False) -> bool:
    """A field of a masthead that promises: an effect verb, a category cue but a report's ("Health claims team"), a
    strength cue but one of cause, background or "no" ("Information and support", "no appointment needed"), a
    professional's seal ("Doctor Recommended") or a time to result ("Works in 7 days"); in a field after the
    publisher's name (`named` is the name), a phrase a rule pack matches ("… · Diabetes · Say Goodbye To Insulin":
    a section or series is named by a topic, not by a rule's promise)."""
    if not named and analysis.of_kind("rule", first, last):
        return True
    for mention in analysis.of_kind("cue", first, last):
        label = mention.label
        if label.startswith("category:") and label != "category:reported" or label in MASTHEAD_PROMISE_CUES or (
                label.startswith("strength:") and label not in MASTHEAD_PLAIN_STRENGTHS):
            return True
    return bool(effect_verbs(analysis, first, last))


MASTHEAD_PROMISE_CUES = frozenset({"professional_seal", "time_to_result"})
MASTHEAD_PLAIN_STRENGTHS = frozenset({"strength:background", "strength:causal", "strength:no_exception"})
# the small words of a name left in lower case ("Department of Urology", "The Plaque & Scale Trust")
PUBLISHER_SMALL_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "at", "&"})
# a masthead's fields are set off by a middle dot or a bar, not a dash ("REMEDY – Used by …": a label and its item)
MASTHEAD_SEPARATOR = re.compile(r"\s[\u00b7|]\s")
MASTHEAD_FIELD_MAX_WORDS = 10  # "Peer reviewed by the MedLex orthopaedics and neurology editors"


def _is_details_field(field: str) -> bool:
    """A field of a details line that describes the page: a rating, a credit, a page date or a reading time."""
    return _is_rating(field) or _is_credit(field) or is_page_date(field) or READING_TIME.fullmatch(field) is not None


def _carries_a_cue(analysis: Analysis, first: int, last: int) -> bool:
    """A field beside a rating that says what the product does or how sure that is ("Relief in 60 seconds", "Works in
    7 days", "Clinically proven", "Non-habit forming"): a category or strength cue (not a background word such as
    "-free"), a verb or an effect verb. A product fact ("60 capsules", "30 ml dropper bottle", "Vegan") has none: a
    short promise is a claim whether or not it names a disease."""
    for mention in analysis.of_kind("cue", first, last):
        label = mention.label
        if label == "predicate" or label.startswith("category:") or (
                label.startswith("strength:") and label != BACKGROUND_CUE):
            return True
    return bool(effect_verbs(analysis, first, last))


BACKGROUND_CUE = "strength:background"  # "-free", "(fictional)": words of the background, no promise
# the fields of a details line are set off by a middle dot, a bar, a bullet or a spaced dash
FIELD_SEPARATOR = re.compile(r"\s+[\u00b7|\u2022\u2013\u2014-]\s+")
FIELD_MAX_WORDS = 6  # "Brookmere Community Pharmacy (fictional)", "#1 Best Seller in Sleep Sprays"
READING_TIME = re.compile(r"\d+[- ]?(?:minute|min)s?\.? read", re.I)
# a rating's stars (and half star), drawn or as emoji, and its score ("4.9 out of 5", "4.7/5", "4.8 stars")
STARS = re.compile(r"[\u2605\u2606\u2b50\u00bd\ufe0f]+")
RATING_SCORE = re.compile(r"(?:rated\s+)?\d(?:\.\d)?(?:\s*/\s*5|\s+out\s+of\s+5|\s+stars?)?", re.I)


def _is_rating(field: str) -> bool:
    """A shop's rating: stars, or a score out of five, and perhaps what it counts ("(1,204 ratings)", "from 3,812
    verified buyers", lexicons/sections.yml `rating_counts`), and nothing else."""
    starred = STARS.search(field) is not None
    rest = STARS.sub(" ", field).strip()
    if not rest:
        return starred
    score = RATING_SCORE.match(rest)
    # a bare number is a rating only after stars ("★★★★★ 4.6 (1,120 reviews)"), else it needs its scale
    if score is None or not (starred or re.search(r"/|out of|star|rated", score.group(), re.I)):
        return False
    rest = rest[score.end():].strip(" ()").lower()
    rest = re.sub(r"^(?:from|by|based on|of)\s+", "", rest)
    if not rest:
        return True
    count = re.fullmatch(r"[\d,.]+k?\+?\s+(.+?)\)?", rest)
    return count is not None and " ".join(count.group(1).split()) in _words("rating_counts")


def _is_credit(field: str) -> bool:
    """Who published, reviewed or sells the page's product ("Medically reviewed by a consultant dermatologist",
    "Sold by Auralis Naturals"): a credit word of lexicons/sections.yml `credit_words`, "by" and a name, no comma."""
    lowered = field.lower()
    credit, by, name = lowered.partition(" by ")
    return bool(by) and bool(name.strip()) and "," not in field and credit.strip() in _words("credit_words")


SECTION_KEYS = {"reference_headings", "access_words", "page_date_words", "boilerplate_markers",
                "boilerplate_openers", "shop_terms", "site_terms", "caption_labels", "caption_credits",
                "glossary_labels", "page_name_words", "byline_words", "rating_counts", "credit_words",
                "small_print_words", "service_nouns", "service_verbs", "service_states",
                "service_adverbs_and_modals", "care_people", "care_talk_verbs", "care_history_participles",
                "service_openers", "service_clause_marks", "service_state_verbs", "service_claim_cues",
                "care_talk_questions", "care_talk_marks", "currency_marks", "header_question_words",
                "dose_units", "dose_counts", "dose_periods", "dose_period_adverbs", "credit_line_words",
                "credit_line_separators", "grid_header_words", "grid_result_words", "grid_unrated_cells",
                "grid_result_phrases", "grid_timed_words", "grid_time_units", "grid_result_cells",
                "grid_unrated_rows"}
SECTION_NUMBERS = {"table_cell_max_words"}  # the keys whose value is a count, not a list of phrases
CAPTION_MAX_WORDS = 40  # a caption is a line or two; a long paragraph that names a credit is the article's text
# concept types a sentence about buying may name: the product and its buyer ("the supplement", "people")
PURCHASE_TYPES = frozenset({"treatment", "drug", "drug_class", "population"})


def is_about_purchase(analysis: Analysis, first: int, last: int) -> bool:
    """A sentence about buying: it names a term of sale (lexicons/sections.yml `shop_terms`: "Auto-ship is a great
    choice for busy people") and no concept but the product and its buyer; "Subscribers report less joint pain"
    names a body part and an outcome and stays a claim."""
    if first >= last or not _holds_term(_shop_terms_pattern(), _shop_keys(),
                                        analysis.source.text[analysis.tokens[first].start:analysis.tokens[last - 1].end]):
        return False
    return _names_no_health(analysis, first, last)


def is_own_service(analysis: Analysis, first: int, last: int) -> bool:
    """A clause on the publisher's own service and its practicalities: "our" and a service or its staff (lexicons/
    sections.yml `service_nouns`: "Our helpline is open Monday to Friday", "our online forum is free to join", "Our
    pharmacists can sell mebendazole", "Our nurse will review your questionnaire"), its verb one of giving the
    service (`service_verbs`) or "be" with a state of it (`service_states`), after a modal or adverbs. Not what the
    service's product or treatment does ("Our nurses will help you beat cancer", "Our team has cured thousands"), nor
    what its staff say ("Our pharmacists say the cream clears acne"): the verb decides. Nor a clause that goes on
    to a claim after the verb or state (`_claims_after`: "Our nurses offer IV drips that cure fatigue", "Our staff
    are trained to cure back pain"): after a state, "to" and a verb only of the service (`service_state_verbs`)."""
    tokens = analysis.tokens
    words = _opening_words(analysis, first, last)
    if len(words) < 3 or tokens[words[0]].lower != "our":
        return False
    nouns, verbs, states = _words("service_nouns"), _words("service_verbs"), _words("service_states")
    between = _words("service_adverbs_and_modals")
    # the service's name: its head within a few words of "our" ("our nurse-led helpline", "our online forum")
    head = next((n for n, i in enumerate(words[1:SERVICE_NAME_WORDS + 1], 1)
                 if tokens[i].lower in nouns or tokens[i].lemma in nouns), None)
    if head is None:
        return False
    n = head + 1
    while n < len(words) and (tokens[words[n]].lower in nouns or tokens[words[n]].lemma in nouns):
        n += 1  # "our helpline nurses"
    n = _past(analysis, words, n, between)
    if n >= len(words):
        return False
    verb = tokens[words[n]]
    if verb.lemma == "be":
        n = _past(analysis, words, n + 1, between)  # "are also available"
        if n >= len(words) or tokens[words[n]].lower not in states:
            return False
        if n + 2 < len(words) and tokens[words[n + 1]].lower == "to" \
                and tokens[words[n + 2]].lemma not in verbs | _words("service_state_verbs"):
            return False  # "are able to reverse type 2 diabetes", not "are happy to talk", "free to join"
    elif not (verb.lemma in verbs or verb.lower in verbs):
        return False
    return not _claims_after(analysis, words[n] + 1, last, _words("service_clause_marks"))


def _opening_words(analysis: Analysis, first: int, last: int) -> list[int]:
    """The clause's word tokens from its first word past a sentence opener (lexicons/sections.yml `service_openers`)."""
    tokens = analysis.tokens
    words = [i for i in range(first, last) if not tokens[i].is_space and not tokens[i].is_punct]
    while words and tokens[words[0]].lower in _words("service_openers"):
        words = words[1:]
    return words


def _past(analysis: Analysis, words: list[int], n: int, between: frozenset[str]) -> int:
    """The index of the first of `words` from `n` on that is not one of `between` (adverbs and modals)."""
    while n < len(words) and analysis.tokens[words[n]].lower in between:
        n += 1
    return n


def _claims_after(analysis: Analysis, first: int, last: int, marks: frozenset[str]) -> bool:
    """What follows a service's verb or a clinician's verb of talk goes on to a claim: a colon or a relative word
    (`marks`: "… prescribe drops that cure glaucoma", "… discuss the risks: about 1 in 1,000 …") or a cue of an
    effect, a cure or safety (lexicons/sections.yml `service_claim_cues`: "free from side effects", "how statins
    lower cholesterol"), a verb's cue only, not a noun after an article ("the benefits and risks of HRT")."""
    tokens = analysis.tokens
    if any(tokens[i].lower in marks for i in range(first, last)):
        return True
    cues = _words("service_claim_cues")
    return any(m.label in cues and not (m.first > 0 and tokens[m.first - 1].lower in ARTICLES)
               for m in analysis.of_kind("cue", first, last))


def is_own_care_talk(analysis: Analysis, first: int, last: int) -> bool:
    """A clause on the reader's own care, not on health: what the reader's clinician will say or ask ("your" and one
    of lexicons/sections.yml `care_people`, a modal or adverbs, then a verb of talking, `care_talk_verbs`: "Your
    prescriber will tell you which dose is right for you", "Your surgeon will talk through the options", "Your
    pharmacist can help you choose"), or what has been done for the reader ("You have been" and a participle of
    `care_history_participles`: "You have been booked for a colonoscopy", "You have been given this leaflet
    because …"). Not what the clinician will do to treat ("Your GP may prescribe an antibiotic such as …", "Your
    physiotherapist will teach you exercises that strengthen the tendon"): the verb decides. Nor talk that goes on
    to say something (`_tells_a_finding`: "Your doctor will tell you statins are safe", "Your GP will explain how
    statins lower cholesterol", "Your specialist will discuss the risks: about 1 in 1,000 …")."""
    tokens = analysis.tokens
    words = _opening_words(analysis, first, last)
    if len(words) < 3:
        return False
    people, talk, history = _words("care_people"), _words("care_talk_verbs"), _words("care_history_participles")
    lowered = [tokens[i].lower for i in words]
    if lowered[:3] == ["you", "have", "been"]:
        return len(words) > 3 and lowered[3] in history
    if lowered[0] != "your":
        return False
    head = next((n for n in range(1, min(len(words), CARE_NAME_WORDS + 1))
                 if lowered[n] in people or tokens[words[n]].lemma in people), None)
    if head is None:
        return False
    n = _past(analysis, words, head + 1, _words("service_adverbs_and_modals"))  # "will usually", "can also"
    if n >= len(words):
        return False
    if lowered[n] == "help":  # "can help you choose", "will help you decide": a choice the reader makes with them
        n += 2
        if not (n < len(words) and lowered[n - 1] == "you" and lowered[n] in talk):
            return False
    elif not (lowered[n] in talk or tokens[words[n]].lemma in talk):
        return False
    return not _tells_a_finding(analysis, words[n] + 1, last)


def _tells_a_finding(analysis: Analysis, first: int, last: int) -> bool:
    """After a verb of talk, what is told is a claim: a clause with its own finite verb not opened by a question word
    (lexicons/sections.yml `care_talk_questions`: "tell you statins are safe", "agree VitreoClear is the safest",
    not "explain which dose is right for you", "tell you if you need a spacer"), or a colon, "that" or a cue of an
    effect (`_claims_after`: "explain how statins lower cholesterol and prevent strokes")."""
    if _claims_after(analysis, first, last, _words("care_talk_marks")):
        return True
    tokens = analysis.tokens
    questions = _words("care_talk_questions")
    for i in range(first, last):
        if tokens[i].lower in questions:
            return False
        if tokens[i].lower in AUXILIARIES:
            return True
    return False


CARE_NAME_WORDS = 3  # "your", then at most this many words to the clinician ("your specialist hand nurse")


SERVICE_NAME_WORDS = 3  # "our", then at most this many words to the service's name ("our free nurse-led helpline")


def is_site_chrome(analysis: Analysis, first: int, last: int) -> bool:
    """A sentence about the web site itself (lexicons/sections.yml `site_terms`: "Your email address is used to log
    in", "If you are a … subscriber, you can enter your website access code", "We use cookies to …") that names no
    concept but a product and its reader: the site's machinery, not a claim."""
    if first >= last or not _holds_term(_site_terms_pattern(), _site_keys(),
                                        analysis.source.text[analysis.tokens[first].start:analysis.tokens[last - 1].end]):
        return False
    return _names_no_health(analysis, first, last)


def _holds_term(pattern: re.Pattern, keys: tuple[str, ...], text: str) -> bool:
    """`pattern` matches in `text`; read only when one of `keys` (a word of every term) is in it, which is cheaper to
    test for than the pattern on the many sentences that hold no term."""
    lowered = text.lower()
    return any(key in lowered for key in keys) and pattern.search(text) is not None


def _term_keys(phrases: tuple[str, ...]) -> tuple[str, ...]:
    """The longest word of each phrase (each phrase holds its own key, so a text matching none holds no phrase)."""
    return tuple(sorted({max(re.findall(r"[a-z0-9]+", phrase), key=len) for phrase in phrases}))


@lru_cache(maxsize=1)
def _shop_keys() -> tuple[str, ...]:
    return _term_keys(load_shop_terms())


@lru_cache(maxsize=1)
def _site_keys() -> tuple[str, ...]:
    return _term_keys(_lexicon()["site_terms"])


def _names_no_health(analysis: Analysis, first: int, last: int) -> bool:
    """[first, last) names no concept but a product and its buyer or reader (PURCHASE_TYPES)."""
    from pipeline.concepts import load_concepts

    concepts = load_concepts()
    return all(concepts[m.label].type in PURCHASE_TYPES for m in analysis.of_kind("concept", first, last))


def _is_reference_heading(text: str) -> bool:
    return re.sub(r"^[\d.\s]+|[:.\s]+$", "", text).lower() in load_reference_headings()


@lru_cache(maxsize=1)
def _sections_file() -> dict:
    """pipeline/lexicons/sections.yml, read and checked once (patterns.read_checked_lexicon)."""
    return read_checked_lexicon("lexicons/sections.yml", SECTION_KEYS, SECTION_NUMBERS)


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, tuple[str, ...]]:
    """The word lists of pipeline/lexicons/sections.yml (`SECTION_KEYS`), each a list of phrases, lower-cased and
    single-spaced."""
    data = _sections_file()
    return {key: tuple(" ".join(str(item).lower().split()) for item in data[key]) for key in SECTION_KEYS}


@lru_cache(maxsize=1)
def _numbers() -> dict[str, int]:
    """The counts of pipeline/lexicons/sections.yml (`SECTION_NUMBERS`)."""
    data = _sections_file()
    return {key: data[key] for key in SECTION_NUMBERS}


@lru_cache(maxsize=1)
def load_reference_headings() -> frozenset[str]:
    """The headings of reference lists."""
    return frozenset(_lexicon()["reference_headings"])


def load_boilerplate_markers() -> tuple[str, ...]:
    """The phrases of legal boilerplate."""
    return _lexicon()["boilerplate_markers"]


def load_boilerplate_openers() -> tuple[str, ...]:
    """The markers that open a notice of several sentences."""
    return _lexicon()["boilerplate_openers"]


@lru_cache(maxsize=1)
def load_access_words() -> frozenset[str]:
    """The words that date a web source in a reference entry."""
    return frozenset(_lexicon()["access_words"])


@lru_cache(maxsize=1)
def load_page_date_words() -> frozenset[str]:
    """The words of a line that dates the page."""
    return frozenset(_lexicon()["page_date_words"])


@lru_cache(maxsize=None)
def _words(key: str) -> frozenset[str]:
    """One word list of lexicons/sections.yml as a set: `page_name_words`, `byline_words` (a key the file does not
    hold is a DataError naming the file and the key)."""
    return frozenset(word_list(_lexicon(), SECTION_KEYS, key, "lexicons/sections.yml"))


def load_shop_terms() -> tuple[str, ...]:
    """The terms of sale that make a sentence about buying."""
    return _lexicon()["shop_terms"]


@lru_cache(maxsize=1)
def _shop_terms_pattern() -> re.Pattern:
    """One pattern for all terms of sale, each as whole words, any case, any blanks between its words."""
    return _terms_pattern(load_shop_terms())


@lru_cache(maxsize=1)
def _site_terms_pattern() -> re.Pattern:
    """One pattern for all terms of the site's machinery (`site_terms`), as `_shop_terms_pattern`."""
    return _terms_pattern(_lexicon()["site_terms"])


def _terms_pattern(phrases: tuple[str, ...]) -> re.Pattern:
    """Each phrase as whole words, any case, any blanks between its words."""
    terms = (r"\s+".join(re.escape(word) for word in term.split()) for term in phrases)
    return re.compile(r"(?<![\w-])(?:" + "|".join(terms) + r")(?![\w-])", re.I)
