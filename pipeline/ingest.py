"""Read a source file into a Source: decoded text, main text with markup blanked (same offsets), and its blocks.

The analysis text keeps every character where it is in the file: markup, tags, entities' tails and boilerplate
become spaces, so an offset found by the NLP stage is an offset into the file the author edits.
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Any

from pipeline.errors import InputError
from pipeline.models import Block, Source
from pipeline.patterns import lemma_of, read_word_sets, read_yaml, verb_lemmas

SOURCE_SUFFIXES = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}

# HTML subtrees that are not the article's main text.
HTML_SKIPPED = {"head", "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
                "button", "select", "svg", "math", "iframe", "object"}
HTML_BLOCKS = {"p": "paragraph", "li": "item", "td": "cell", "th": "cell", "dd": "paragraph", "dt": "paragraph",
               "blockquote": "paragraph", "figcaption": "caption", "caption": "caption", "pre": "paragraph",
               "div": "paragraph", "section": "paragraph", "article": "paragraph", "main": "paragraph",
               "body": "paragraph", "summary": "heading",
               **{f"h{n}": "heading" for n in range(1, 7)}}

_ENTITY = re.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]*;?)")
# a bullet may come twice ("  • - item", copied from a page that styled its own dashes as a list)
_LIST_MARK = re.compile(r"[ \t]*(?:(?:[-*•+][ \t]+)+|\d{1,3}[.)][ \t]+)")
_LABEL = re.compile(r"([^:.!?\n]{2,80}?):[ \t]+(?=\S)")
_TABLE_ROW = re.compile(r"[ \t]*\|.*\|[ \t]*$")
# A Markdown link pasted into plain text, "[kidney-stone](/learn/kidney-health)": its words are text, the brackets
# and the address markup (a .md file blanks them the same way); the address must look like one (a path or a URL)
_MARKDOWN_LINK = re.compile(r"\[([^\[\]\n]{1,200})\]\((?:[a-z]+://|/|\.\.?/|www\.|#)[^\s()]*\)")
_TABLE_RULE = re.compile(r"[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$")


def load_source(path: str | Path, display_path: str | None = None, max_chars: int = 1_000_000,
                data: bytes | None = None) -> Source:
    """Read (unless `data` holds the file's bytes already) and decode one file; raise InputError naming the file
    for anything that cannot be audited."""
    path = Path(path)
    shown = display_path or path.as_posix()
    kind = source_kind(path, shown)
    if data is None:
        try:
            data = path.read_bytes()
        except IsADirectoryError:
            raise InputError("is a directory, not a source file", shown) from None
        except OSError as exc:
            raise InputError(f"cannot read file: {exc.strerror or exc}", shown) from None
    if len(data) > 4 * max_chars or len(raw := decode(data, shown)) > max_chars:
        raise InputError(f"file too large ({len(data):,} bytes); the limit is {max_chars:,} characters "
                         f"([tool.claimaudit] max_chars) — an article, not a corpus, per file", shown)
    return build_source(shown, raw, kind)


def source_kind(path: str | Path, shown: str | None = None) -> str:
    """txt, md or html from the file name."""
    kind = SOURCE_SUFFIXES.get(Path(path).suffix.lower())
    if kind is None:
        raise InputError(f"unsupported file type {Path(path).suffix!r} (expected {', '.join(SOURCE_SUFFIXES)})",
                         shown or str(path))
    return kind


def read_source_file(path: str) -> str:
    """A source's text decoded exactly as ingest decodes it (CR LF kept, so the claims' offsets still point at
    the right characters): what reports and formatters read to show or locate findings."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read source for the report: {exc.strerror or exc}", path) from None
    return decode(data, path)


def decode(data: bytes, shown: str) -> str:
    """UTF-8 (with or without BOM) or UTF-16 with BOM; anything else is an error naming the byte offset. A BOM is
    no character of the text (editors do not count it): offsets, lines and columns start after it."""
    if not data.strip():
        raise InputError("file is empty", shown)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"invalid UTF-16 at byte {exc.start}", shown) from None
    if b"\x00" in data[:8192]:
        raise InputError("binary file (contains NUL bytes), not a text article", shown)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        line_start = data.rfind(b"\n", 0, exc.start) + 1
        column = len(data[line_start:exc.start].decode("utf-8", errors="replace")) + 1  # in characters
        raise InputError(f"invalid UTF-8 (byte offset {exc.start}); save the file as UTF-8", shown, line, column) from None


def build_source(shown: str, raw: str, kind: str) -> Source:
    # Parsers normalise CR LF to LF; a CR becomes a space so that their offsets stay ours.
    parsed = raw.replace("\r", " ").replace("\ufeff", " ")
    if kind == "md":
        text, blocks, comments = _read_markdown(parsed)
    elif kind == "html":
        text, blocks, comments = _read_html(parsed)
    else:
        text, blocks, comments = _read_plain(parsed)
    if kind in ("md", "html"):  # "<li><strong>Privacy:</strong> Users can …</li>": a label, as in plain text
        blocks = _label_items(text, blocks)
    blocks = _glyph_items(text, blocks)
    line_starts = (0, *(m.end() for m in re.finditer("\n", raw)))
    trimmed = tuple(sorted(filter(None, (_trim(text, b) for b in blocks)), key=lambda b: (b.start, b.end)))
    return Source(shown, raw, text, kind, line_starts, trimmed, tuple(comments))


def _trim(text: str, block: Block) -> Block | None:
    """The block without surrounding blanks; None when nothing is left."""
    chunk = text[block.start:block.end]
    if not chunk.strip():
        return None
    start = block.start + len(chunk) - len(chunk.lstrip())
    return Block(start, block.start + len(chunk.rstrip()), block.kind)


def _split_label(raw: str, start: int, end: int, title_case_only: bool) -> tuple[Block | None, int]:
    """"Reduced side effects: The newer drugs …" → a label block and where the body starts. In a paragraph
    (`title_case_only`) the label is in Title Case and its body a sentence of its own, opening with a capital or a
    digit: "GlucoFix: the miracle supplement that …" is one sentence, a name and what it is."""
    label = _LABEL.match(raw, start, end)
    if not label or len(label.group(1).split()) > 8:
        return None, start
    words = [w for w in label.group(1).split() if len(w) > 3]
    if title_case_only and not (all(w[0].isupper() for w in words) and (raw[label.end()].isupper()
                                                                        or raw[label.end()].isdigit())):
        return None, start
    return Block(start, label.end(1), "label"), label.end()


def _label_items(text: str, blocks: list[Block]) -> list[Block]:
    """List items of a parsed page split at their label ("Cost-effective: cheaper than …"), read in the text with
    its markup blanked, as `_read_plain` splits a plain-text item."""
    split: list[Block] = []
    for block in blocks:
        if block.kind != "item":
            split.append(block)
            continue
        start = block.start + len(text[block.start:block.end]) - len(text[block.start:block.end].lstrip())
        label, body = _split_label(text, start, block.end, title_case_only=False)
        split.extend(filter(None, (label, Block(body, block.end, "item") if label else block)))
    return split


def _glyph_items(text: str, blocks: list[Block]) -> list[Block]:
    """Paragraphs, list items and headings in which two or more runs of list glyphs stand before words ("✅ Boosts
    energy ✅ Burns fat ✅ No side effects", a list run together on one line, as marketplace listings and scraped text
    have it) cut before each run: each glyph opens a list item, as a line's bullet does. A run ("✔✔", "✅ ✅") is one
    glyph; one before words, or any after the last word ("Feel the difference 💪"), is decoration; a run of stars
    ("★★★★☆ Works well") rates a buyer's review, no item of the seller's list. What stands
    before the first run keeps its block's kind ("Why VitaBlast? ✅ …"). Emoji inside prose open nothing ("Our nurses
    👩‍⚕️ give the flu jab … 💉 and it protects you"): the runs that open items are those before a capital or a figure,
    or all of them when they are one glyph repeated and the first opens the block, a line or a sentence."""
    split: list[Block] = []
    for block in blocks:
        # (a plain-text line with no full stop is read as a heading: one with such a list is a list, not a title)
        opens = _glyph_runs(text, block.start, block.end) if block.kind in ("paragraph", "item", "heading") else []
        if len(opens) < 2:
            split.append(block)
            continue
        split.append(Block(block.start, opens[0], block.kind))
        split.extend(Block(start, end, "item") for start, end in zip(opens, [*opens[1:], block.end]))
    return split


def _glyph_runs(text: str, start: int, end: int) -> list[int]:
    """Where each run of list glyphs in text[start:end] that opens a list item starts (`_glyph_items`)."""
    runs = _glyph_runs_before_text(text, start, end)
    if len(runs) > 1 and len({text[run] for run, _ in runs}) == 1 \
            and text[start:runs[0][0]].rstrip(" \t")[-1:] in ("", "\n", ".", "!", "?", ":"):
        return [run for run, _ in runs]  # one glyph repeated, the first opening the block, a line or a sentence
    return [run for run, after in runs if text[after].isupper() or text[after].isdigit()]


def _glyph_runs_before_text(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Each run of list glyphs in text[start:end] that has a word after it: (where it starts, where the text after
    it starts)."""
    opens: list[tuple[int, int]] = []
    i = start
    while i < end:
        if not _list_glyph(text[i]):
            i += 1
            continue
        run = i
        while i < end and (_list_glyph(text[i]) or text[i].isspace() or _glyph_mark(text[i])):
            i += 1
        # a run of stars rates a buyer's review ("★★★★☆ Works well"): no bullet
        glyphs = [c for c in text[run:i] if _list_glyph(c)]
        _, _, stars = _glyph_words()
        rating = len(glyphs) > 1 and all(c in stars for c in glyphs)
        if i < end and not rating:  # a word (or any text) follows the run
            opens.append((run, i))
    return opens


def _list_glyph(char: str) -> bool:
    """A list glyph: a pictographic symbol (a tick, a star, an arrow, an emoji; Unicode category So) or a bullet
    Unicode files as punctuation, not a sign that goes with a word or a figure ("®", "™", "°"): lexicons/
    abbreviations.yml `list_glyphs_extra`, `list_glyphs_not`."""
    extra, excluded, _ = _glyph_words()
    return char in extra or (unicodedata.category(char) == "So" and char not in excluded)


def _glyph_mark(char: str) -> bool:
    """A variation selector, joiner or skin tone inside an emoji ("✔️", "👍🏽")."""
    return unicodedata.category(char) in ("Mn", "Cf", "Sk")


@lru_cache(maxsize=1)
def _glyph_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """lexicons/abbreviations.yml's `list_glyphs_extra`, `list_glyphs_not` and `rating_stars`."""
    from pipeline.nlp import read_abbreviations  # (nlp reads sources through this module)

    words = read_abbreviations()
    return (frozenset(words["list_glyphs_extra"]), frozenset(words["list_glyphs_not"]),
            frozenset(words["rating_stars"]))


# --- plain text -----------------------------------------------------------------------------------------------

def _read_plain(raw: str) -> tuple[str, list[Block], list]:
    """Paragraphs are lines (a line continuing in lower case is a soft wrap, in a paragraph or a list item); list
    items, labels, table cells."""
    chars = list(raw)
    blocks: list[Block] = []
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*", raw) if m.start() == 0 or raw[m.start() - 1] == "\n"]
    para_start: int | None = None
    para_end = 0

    def close() -> None:
        nonlocal para_start
        if para_start is not None:
            blocks.append(Block(para_start, para_end, "line"))  # heading or paragraph: decided once all are known
            para_start = None

    item_open = False  # the line before was a list item (which a lower-case line continues)
    for start, end in lines:
        line = raw[start:end]
        after_item, item_open = item_open, False
        if not line.strip():
            close()
            continue
        if _TABLE_ROW.match(line):
            close()
            if _TABLE_RULE.match(line):
                chars[start:end] = " " * (end - start)
                continue
            cell_start = None
            for i in range(start, end):
                if raw[i] == "|":
                    chars[i] = " "
                    if cell_start is not None:
                        blocks.append(Block(cell_start, i, "cell"))
                    cell_start = i + 1
            continue
        mark = _LIST_MARK.match(line)
        if mark:
            close()
            body = start + mark.end()
            if not line[mark.start():mark.end()].strip(" \t-*•+"):
                chars[start:body] = " " * (body - start)
            label, body = _split_label(raw, body, end, title_case_only=False)
            blocks.extend(filter(None, (label, Block(body, end, "item"))))
            item_open = True
            continue
        if after_item and _continues(raw[blocks[-1].start:blocks[-1].end], line):
            blocks[-1] = Block(blocks[-1].start, end, "item")  # a wrapped list item goes on in lower case
            item_open = True
            continue
        if para_start is not None and _continues(raw[para_start:para_end], line):
            para_end = end
            continue
        close()
        para_start, para_end = start, end
    close()
    for link in _MARKDOWN_LINK.finditer(raw):
        chars[link.start():link.start(1)] = " "
        chars[link.end(1):link.end()] = " " * (link.end() - link.end(1))
    return "".join(chars), _decide_lines(raw, blocks), []


# An image's alt text glued to the paragraph after it in copied text ("endometriosis treatmentEndometriosis, a chronic
# and often painful disorder, …"): a line opening with a few lower-case words whose last runs into a capitalised word
# with no space. The words are a caption (no claim) and the paragraph starts at the capital. A name in camel case
# opens with a capital ("HealthLine") or has fewer than three lower-case letters before its capital ("iPhone",
# "mHealth"), and stays whole.
_GLUED_CAPTION = re.compile(r"([a-z][a-z ]{0,60}?[a-z]{3})(?=[A-Z][a-z]{2})")
GLUED_CAPTION_WORDS = 8


def _decide_lines(raw: str, blocks: list[Block]) -> list[Block]:
    """Each paragraph-or-heading line becomes a heading or a paragraph (split at a Title Case label), knowing its
    place: the first block may be the title, the last heads nothing."""
    decided: list[Block] = []
    for index, block in enumerate(blocks):
        if block.kind != "line":
            decided.append(block)
            continue
        kind = plain_kind(raw[block.start:block.end], first=index == 0, last=index == len(blocks) - 1)
        caption = _GLUED_CAPTION.match(raw, block.start, block.end) if kind == "paragraph" else None
        if caption and len(caption.group(1).split()) <= GLUED_CAPTION_WORDS:
            decided.append(Block(block.start, caption.end(1), "caption"))
            block = Block(caption.end(1), block.end, block.kind)
        label, body = _split_label(raw, block.start, block.end, title_case_only=True) if kind == "paragraph" \
            else (None, block.start)
        decided.extend(filter(None, (label, Block(body, block.end, kind))))
    return decided


def _continues(previous: str, line: str) -> bool:
    """A hard-wrapped paragraph: the previous line stops mid-sentence and this one goes on in lower case."""
    stripped = line.lstrip()
    return bool(stripped) and stripped[0].islower() and not previous.rstrip().endswith((".", "!", "?", ":"))


# markdown's heading mark opening a line of plain text
MARKED_HEADING = re.compile(r"#{1,6}[ \t]+\S")


def plain_kind(text: str, first: bool = False, last: bool = False) -> str:
    """Heading or paragraph, for a line of plain text: a heading names a topic and heads the text after it; a
    sentence has a sentence break or a finite verb. Length and a missing full stop alone make no heading ("Statins
    lower LDL cholesterol by about 30%" is a caption, a list item or a post without its full stop).

    In order: a line opened by markdown's heading mark is a heading, whatever its words; a long or multi-line block,
    or one ending like a sentence, is a paragraph; so is the last block of a source (a heading heads something: a
    one-line source, a tweet, an evidence statement are text). Title Case is a heading ("Why Relapse Is So Frequent
    in Myeloma"; a line of four words or more in capitals is read by its words: "THIS PRODUCT CAN CAUSE LIVER
    DAMAGE"); a sentence break inside makes a paragraph ("10 new cases. Total now at 20"). A question, the first
    line of a source (its title, in sentence case too: "Living with diabetes") unless it is a news headline
    (`is_headline`: "Coffee drinkers live longer, study finds" states a finding), a line opened as a heading
    (`opens_heading`: "How statins work", "Check if you have shingles") and a short lead-in ending with a colon
    ("Side effects:") are headings; any other line is a paragraph when it has a finite verb (`has_finite_verb`),
    else a heading ("Treatment options for relapsed myeloma"). The cue words are data: lexicons/headings.yml, and
    the verbs of lexicons/cues.yml."""
    stripped = text.strip()
    words = stripped.split()
    # a line its writer marked as a heading with markdown's mark ("## TB can be cured", '## Claim 1: "…"'): a heading
    # whatever its words, as in a markdown page; not a '#' inside a line ("Call #999") nor a hashtag ("#selfcare")
    if "\n" not in stripped and MARKED_HEADING.match(stripped):
        return "heading"
    if "\n" in stripped or len(words) > 20 or stripped.endswith((".", "!", ",", ";", "\u201d", '"')):
        return "paragraph"
    if last:
        return "paragraph"
    # a line in capitals is Title Case by its letters, not by its writer's choice: read its words
    shouted = len(words) >= 4 and stripped.upper() == stripped
    if is_title_case(stripped) and not shouted:
        return "heading"
    if has_sentence_break(stripped):
        return "paragraph"
    if stripped.endswith("?"):
        return "heading"
    tokens = _words(stripped.lower() if shouted else stripped)
    if first:  # a title, unless a headline: news copy states its finding in its first line
        return "paragraph" if is_headline(tokens, stripped) else "heading"
    if tokens and opens_heading(tokens, "," in stripped):
        return "heading"
    verb = has_finite_verb(tokens)
    if stripped.endswith(":"):
        return "paragraph" if verb or len(words) > 8 else "heading"
    return "paragraph" if verb else "heading"


_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'\u2019-]*")
_BREAK = re.compile(r"(\S*?)([.!?]+|\u2026)[\"'\u201d\u2019)\]]*\s+[\"'\u201c\u2018(]?[A-Z0-9]")


def _words(text: str) -> list[str]:
    return [w.replace("\u2019", "'") for w in _WORD.findall(text)]


def is_title_case(text: str) -> bool:
    """Every word longer than three letters capitalised ("Multiple Myeloma: Causes and Treatment"), but for the
    prepositions and conjunctions titles leave in lower case ("Positive Results from Phase 3 Trial of X",
    lexicons/headings.yml `minor_words`)."""
    minor = heading_cues()["minor_words"]
    long_words = [w for w in _words(text) if len(w) > 3 and w[0].isalpha() and w not in minor]
    return bool(long_words) and all(w[0].isupper() for w in long_words)


def has_sentence_break(text: str) -> bool:
    """A sentence ends inside the line: . ! ? or … then a capital or a digit ("… of COVID 19. Total now at 20").
    A full stop after an abbreviation ("Dr. Smith", "No. 1", "U.S. Cases") is no break: the word before must be a
    number or have three letters or more, no full stop of its own, and not be a listed abbreviation."""
    for match in _BREAK.finditer(text):
        mark, word = match.group(2), match.group(1).strip("\"'(\u201c\u2018[")
        if "!" in mark or "?" in mark or mark in ("..", "...", "\u2026"):
            return True
        abbreviation = word.lower() in heading_cues()["abbreviations"]
        if word.isdigit() or (len(word) >= 3 and word.isalpha() and not abbreviation):
            return True
    return False


def has_finite_verb(tokens: list[str]) -> bool:
    """A predicate after the first word (or a contraction holding its subject as the first: "It's called …"): a
    finite auxiliary, copula or modal in lower case; any verb's base form after a subject pronoun, "people" or a
    plural noun, perhaps with an adverb between ("Statins lower LDL", "children often catch colds"); the -s form
    of a verb (a cue verb of the claim stage or a verb that is no noun) unless a noun that ends the line or comes
    before a preposition ("Health benefits of tea"); its past form before an object ("FDA approved the drug";
    "newly diagnosed myeloma" is a participle). Never after a determiner or preposition ("the use of"), nor in a
    relative clause on the first word ("Things you can do to help")."""
    cues = heading_cues()
    lower = [t.lower() for t in tokens]
    if lower and "'" in lower[0] and lower[0] in cues["finite_words"]:
        return True  # a contraction holds its own subject ("It's called …", "There's no cure")
    # "Things you can do to help", "Signs you need to see a doctor": a noun and a relative clause on it
    start = 1
    if len(lower) > 2 and lower[1] in cues["subjects"] and _plural(lower[0]):
        start = 2  # past the relative clause's verb group
        while start < len(lower) and lower[start] in cues["finite_words"]:
            start += 1
        start += 1
    for i in range(start, len(tokens)):
        word, previous = lower[i], lower[i - 1]
        following = lower[i + 1] if i + 1 < len(lower) else ""
        if previous in cues["not_after"]:
            continue
        if word in cues["finite_words"]:
            if tokens[i] == word:
                return True
            continue
        if word.endswith("ing"):
            continue
        adverb = previous.endswith("ly") or previous in cues["adverbs"]  # "symptoms usually appear"
        subject = lower[i - 2] if adverb and i > 1 else previous
        if (subject in cues["subjects"] or _plural(subject)) and word in verb_lemmas() and (
                lemma_of(word) == word or word in predicate_verbs()):
            return True  # any verb's base form agrees with a plural subject ("children often catch colds")
        lemma = lemma_of(word) if _is_verb(lemma_of(word)) else word  # "found" is "find" here
        if not _is_verb(lemma) or word == lemma:
            continue
        if word.endswith("s"):
            if lemma not in noun_lemmas() or following in cues["object_openers"] or (
                    following and following not in cues["not_after"]):
                return True
        elif following in cues["object_openers"]:
            return True
    return False


def is_headline(tokens: list[str], text: str) -> bool:
    """A news headline: a sentence-case statement with a finite verb ("Coffee drinkers live longer, study finds",
    "Daily statin reduces the risk of heart disease in people with HIV"), which asserts a finding as a sentence
    does. A title names a topic ("Living with diabetes"), asks or instructs ("How statins work", "Check if you have
    shingles") or announces what follows ("Shingles vaccine - what you need to know", "Side effects:")."""
    cues = heading_cues()
    return bool(tokens) and not text.endswith(":") and not opens_heading(tokens, "," in text) \
        and not any(t.lower() in cues["question_openers"] for t in tokens) and has_finite_verb(tokens)


def opens_heading(tokens: list[str], has_comma: bool) -> bool:
    """The first word makes the line a heading whatever verb follows: an indirect question ("How statins work"),
    an inverted question without its mark ("Do statins cause memory loss"), an instruction ("Check if you have
    shingles": the claim stage's call-to-action verbs) or, without a comma to close it, a condition naming a case
    ("If you're pregnant or breastfeeding")."""
    cues = heading_cues()
    opener = tokens[0].lower()
    inverted_question = opener in cues["finite_words"] and "'" not in opener
    condition = opener in cues["condition_openers"] and not has_comma
    return opener in cues["question_openers"] or opener in instruction_verbs() or inverted_question or condition


def _plural(word: str) -> bool:
    """A plural noun that can be a subject ("statins", "adults", "children"; not "has", "works", "this", "class")."""
    lemma = lemma_of(word)
    return lemma != word and lemma in noun_lemmas() and not _is_verb(lemma) and not word.endswith(("ed", "ing")) \
        and word not in heading_cues()["finite_words"]


@lru_cache(maxsize=1)
def instruction_verbs() -> frozenset[str]:
    """Verbs that open an instruction, from the call_to_action cues of lexicons/cues.yml: the first word of each
    phrase ("consult|ask|talk …", "check out") and the base-form verbs of its token patterns ("report", "tell")."""
    found: set[str] = set()
    for item in read_yaml("lexicons/cues.yml")["call_to_action"]:
        if isinstance(item, str):
            found.update(w.strip("=?") for w in item.split()[0].split("|"))
            continue
        # the first token after an optional "always"
        opening: dict[str, Any] = next((token for token in item if token.get("OP") != "?"), {})
        value = opening.get("LOWER", "")
        found.update(value.get("IN", []) if isinstance(value, dict) else [value])
    # verbs only ("never" opens a prohibition, but "Never smokers …" is a noun phrase); "do", "be", "let" open
    # questions and statements as often as instructions
    return frozenset(w for w in found if w in verb_lemmas() and w not in ("do", "be", "let"))


def _is_verb(lemma: str) -> bool:
    """A verb of the claim stage's cues, or an English verb that is no noun ("recover", "worsen", "improve")."""
    return lemma in predicate_verbs() or (lemma in verb_lemmas() and lemma not in noun_lemmas())


@lru_cache(maxsize=1)
def heading_cues() -> dict[str, frozenset[str]]:
    """The word lists of lexicons/headings.yml, lower case; a missing or unknown key is a DataError."""
    keys = {"finite_words", "subjects", "adverbs", "not_after", "object_openers", "question_openers",
            "condition_openers", "abbreviations", "minor_words", "list_lead_endings", "promise_headings",
            "irregular_comparatives"}
    return read_word_sets("lexicons/headings.yml", keys)


@lru_cache(maxsize=1)
def predicate_verbs() -> frozenset[str]:
    """Lemmas of the one-word verb cues of lexicons/cues.yml (predicate, direction, causal strength) that are
    English verbs: the words the claim stage reads as a clause's predicate."""
    cues = read_yaml("lexicons/cues.yml")
    items = [*cues["predicate"], *cues["direction"]["up"], *cues["direction"]["down"], *cues["strength"]["causal"]]
    verbs = verb_lemmas()
    found = set()
    for item in items:
        if isinstance(item, str) and " " not in item.strip():
            for word in item.strip().split("|"):
                word = word.strip("=?")
                # a form that is a verb of its own stays ("lower" is not only the comparative of "low")
                lemma = word if word in verbs else lemma_of(word)
                if lemma.isalpha() and lemma in verbs:
                    found.add(lemma)
    return frozenset(found)


@lru_cache(maxsize=1)
def noun_lemmas() -> frozenset[str]:
    """Base forms of English nouns (WordNet-derived index in spacy-lookups-data)."""
    from pipeline.patterns import english_lookup

    return frozenset(english_lookup("lemma_index")["noun"])


# --- Markdown -------------------------------------------------------------------------------------------------

def _read_markdown(raw: str) -> tuple[str, list[Block], list]:
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark").enable("table")
    tokens = md.parse(raw)
    line_starts = [0, *(m.end() for m in re.finditer("\n", raw))] + [len(raw) + 1]
    chars = [" " if c != "\n" else "\n" for c in raw]
    blocks: list[Block] = []
    comments: list[tuple[int, str]] = []
    context: list[str] = []
    cell_from = 0  # the end of the row's last cell: a repeated value ("| None | 1–2 days | None |") is found after it
    for token in tokens:
        if token.type == "tr_open":
            cell_from = 0
        if token.type.endswith("_open"):
            context.append(token.type[:-5])
        elif token.type.endswith("_close"):
            if context:
                context.pop()
        elif token.type == "html_block" and token.map:
            start = line_starts[token.map[0]]
            for m in re.finditer(r"<!--(.*?)-->", raw[start:line_starts[token.map[1]] - 1], re.S):
                comments.append((start + m.start(), m.group(1)))
        elif token.type == "inline" and token.map:
            lo, hi = line_starts[token.map[0]], min(line_starts[token.map[1]], len(raw))
            in_cell = bool({"td", "th"} & set(context))
            span = _copy_inline(raw, chars, token, max(lo, cell_from) if in_cell else lo, hi, comments)
            if span and in_cell:
                cell_from = span[1]
            if span:
                kind = "heading" if "heading" in context else "cell" if {"td", "th"} & set(context) else \
                    "item" if "list_item" in context else "heading" if _bold_line(token) else "paragraph"
                blocks.append(Block(span[0], span[1], kind))
    return "".join(chars), blocks, comments


def _bold_line(token) -> bool:
    """A Markdown paragraph that is one bold span reading as a heading ("**Side effects**"), see `_bold_heading`."""
    children = [c for c in token.children or [] if not (c.type == "text" and not c.content.strip())]
    if len(children) < 3 or children[0].type != "strong_open" or children[-1].type != "strong_close" or \
            any(c.type not in ("text", "softbreak") for c in children[1:-1]):
        return False
    text = " ".join("".join(c.content for c in children[1:-1]).split())
    return bool(text) and len(text.split()) <= 12 and plain_kind(text) == "heading"


def _copy_inline(raw: str, chars: list[str], token, lo: int, hi: int, comments: list) -> tuple[int, int] | None:
    """Copy the text children of an inline token back to their place in the file; return the span copied."""
    cursor, last = lo, lo
    first: int | None = None
    for child in token.children or []:
        if child.type == "html_inline" and child.content.startswith("<!--"):
            at = raw.find(child.content, cursor, hi)
            if at >= 0:
                comments.append((at, child.content[4:-3]))
                cursor = at + len(child.content)
            continue
        if child.type not in ("text", "code_inline") or not child.content:
            continue
        at = raw.find(child.content, cursor, hi)
        if at < 0:  # escapes or entities changed the text: fall back to the raw characters up to the next child
            continue
        end = at + len(child.content)
        chars[at:end] = raw[at:end]
        first = at if first is None else first
        cursor = last = end
    return (first, last) if first is not None else None


# --- HTML -----------------------------------------------------------------------------------------------------

def _read_html(raw: str) -> tuple[str, list[Block], list]:
    from justhtml import JustHTML

    root = JustHTML(raw, sanitize=False, track_node_locations=True).root
    main = _find_main(root) or root
    chars = [" " if c != "\n" else "\n" for c in raw]
    blocks: list[Block] = []
    comments: list[tuple[int, str]] = []
    current = [None, None, "paragraph"]
    _walk_html(main, raw, chars, blocks, comments, current)
    _flush(blocks, current)
    return "".join(chars), blocks, comments


def _find_main(node):
    """The <main> or single <article> element, whose text is the article; None if the page has neither."""
    found = {"main": [], "article": []}
    stack = [node]
    while stack:
        current = stack.pop()
        name = getattr(current, "name", "")
        if name in found:
            found[name].append(current)
        stack.extend(reversed(getattr(current, "children", None) or []))
    if found["main"]:
        return found["main"][0]
    return found["article"][0] if len(found["article"]) == 1 else None


def _walk_html(node, raw: str, chars: list[str], blocks: list[Block], comments: list, current: list) -> None:
    """Copy main text back and cut it into blocks; `current` is [start, end, kind] of the block being filled."""
    for child in getattr(node, "children", None) or []:
        name = getattr(child, "name", "")
        if name == "#text":
            span = _copy_text_node(raw, chars, child)
            if span:
                current[0] = span[0] if current[0] is None else current[0]
                current[1] = span[1]
        elif name == "#comment":
            if child.origin_offset is not None:
                comments.append((child.origin_offset, child.data))
        elif name in HTML_BLOCKS or name == "br":
            _flush(blocks, current)
            kind = HTML_BLOCKS.get(name, current[2])
            if current[2] == "caption" and kind == "paragraph":
                kind = "caption"  # <figcaption><p>…</p></figcaption>: the paragraph is the caption's
            inner = [None, None, "heading" if kind == "paragraph" and _bold_heading(child) else kind]
            _walk_html(child, raw, chars, blocks, comments, inner)
            _flush(blocks, inner)
        elif name not in HTML_SKIPPED:
            _walk_html(child, raw, chars, blocks, comments, current)


def _bold_heading(node) -> bool:
    """A paragraph that is all bold and reads as a heading (`plain_kind`), one the page did not mark up:
    <p><strong>Side effects</strong></p>; not <p><b>Statins lower LDL cholesterol by 30%</b></p>."""
    bold: list[str] = []
    plain: list[str] = []

    def collect(current, in_bold: bool) -> None:
        for child in getattr(current, "children", None) or []:
            name = getattr(child, "name", "")
            if name == "#text":
                (bold if in_bold else plain).append(child.data or "")
            elif name in ("strong", "b"):
                collect(child, True)
            elif name not in HTML_SKIPPED and name not in HTML_BLOCKS:
                collect(child, in_bold)
            elif name in HTML_BLOCKS:
                plain.append("x")  # a block inside: not a single line

    collect(node, False)
    text = " ".join("".join(bold).split())
    return bool(text) and not "".join(plain).strip() and len(text.split()) <= 12 and plain_kind(text) == "heading"


def _flush(blocks: list[Block], current: list) -> None:
    if current[0] is not None:
        blocks.append(Block(current[0], current[1], current[2]))
    current[0] = current[1] = None


def _copy_text_node(raw: str, chars: list[str], node) -> tuple[int, int] | None:
    """Put a text node's characters back at its source offset; an entity becomes its character plus spaces."""
    start = node.origin_offset
    # a node of blanks copies nothing: the parser may give one moved out of place (the line break after </footer>
    # moved into the body) the offset of the markup around it
    if start is None or not node.data or node.data.isspace():
        return None
    position, produced, last = start, 0, start
    first: int | None = None
    while produced < len(node.data) and position < len(raw):
        entity = _ENTITY.match(raw, position) if raw[position] == "&" else None
        decoded = html.unescape(entity.group(0)) if entity else raw[position]
        width = entity.end() - position if entity and decoded != entity.group(0) else 1
        if width == 1:
            decoded = raw[position]
        if not decoded.isspace():
            chars[position] = decoded[0] if decoded[0] != "\xa0" else " "
            first = position if first is None else first
            last = position + width
        elif raw[position] != "\n":
            chars[position] = " "
        produced += len(decoded)
        position += width
    return (first, last) if first is not None else None
