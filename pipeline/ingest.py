"""Read a source file into a Source: decoded text, main text with markup blanked (same offsets), and its blocks.

The analysis text keeps every character where it is in the file: markup, tags, entities' tails and boilerplate
become spaces, so an offset found by the NLP stage is an offset into the file the author edits.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from pipeline.errors import InputError
from pipeline.models import Block, Source

SOURCE_SUFFIXES = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}

# HTML subtrees that are not the article's main text.
HTML_SKIPPED = {"head", "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
                "button", "select", "svg", "math", "iframe", "object"}
HTML_BLOCKS = {"p": "paragraph", "li": "item", "td": "cell", "th": "cell", "dd": "paragraph", "dt": "paragraph",
               "blockquote": "paragraph", "figcaption": "paragraph", "caption": "paragraph", "pre": "paragraph",
               "div": "paragraph", "section": "paragraph", "article": "paragraph", "main": "paragraph",
               "body": "paragraph", "summary": "heading",
               **{f"h{n}": "heading" for n in range(1, 7)}}

_ENTITY = re.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]*;?)")
_LIST_MARK = re.compile(r"[ \t]*(?:[-*•+]|\d{1,3}[.)])[ \t]+")
_LABEL = re.compile(r"([^:.!?\n]{2,80}?):[ \t]+(?=\S)")
_TABLE_ROW = re.compile(r"[ \t]*\|.*\|[ \t]*$")
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
        raise InputError(f"unsupported file type {Path(path).suffix!r} (expected .txt, .md or .html)",
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
    """UTF-8 (with or without BOM) or UTF-16 with BOM; anything else is an error naming the byte offset."""
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
        return data.decode("utf-8")
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
    line_starts = (0, *(m.end() for m in re.finditer("\n", raw)))
    blocks = tuple(sorted(filter(None, (_trim(text, b) for b in blocks)), key=lambda b: (b.start, b.end)))
    return Source(shown, raw, text, kind, line_starts, blocks, tuple(comments))


def _trim(text: str, block: Block) -> Block | None:
    """The block without surrounding blanks; None when nothing is left."""
    chunk = text[block.start:block.end]
    if not chunk.strip():
        return None
    start = block.start + len(chunk) - len(chunk.lstrip())
    return Block(start, block.start + len(chunk.rstrip()), block.kind)


def _split_label(raw: str, start: int, end: int, title_case_only: bool) -> tuple[Block | None, int]:
    """"Reduced side effects: The newer drugs …" → a label block and where the body starts."""
    label = _LABEL.match(raw, start, end)
    if not label or len(label.group(1).split()) > 8:
        return None, start
    words = [w for w in label.group(1).split() if len(w) > 3]
    if title_case_only and not all(w[0].isupper() for w in words):
        return None, start
    return Block(start, label.end(1), "label"), label.end()


# --- plain text -----------------------------------------------------------------------------------------------

def _read_plain(raw: str) -> tuple[str, list[Block], list]:
    """Paragraphs are lines (a line continuing in lower case is a soft wrap); list items, labels, table cells."""
    chars = list(raw)
    blocks: list[Block] = []
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*", raw) if m.start() == 0 or raw[m.start() - 1] == "\n"]
    para_start: int | None = None
    para_end = 0

    def close() -> None:
        nonlocal para_start
        if para_start is not None:
            kind = _plain_kind(raw[para_start:para_end])
            label, body = _split_label(raw, para_start, para_end, title_case_only=True) if kind == "paragraph" \
                else (None, para_start)
            blocks.extend(filter(None, (label, Block(body, para_end, kind))))
            para_start = None

    for start, end in lines:
        line = raw[start:end]
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
            if line[mark.start():mark.end()].strip() in "-*•+":
                chars[start:body] = " " * (body - start)
            label, body = _split_label(raw, body, end, title_case_only=False)
            blocks.extend(filter(None, (label, Block(body, end, "item"))))
            continue
        if para_start is not None and _continues(raw[para_start:para_end], line):
            para_end = end
            continue
        close()
        para_start, para_end = start, end
    close()
    return "".join(chars), blocks, []


def _continues(previous: str, line: str) -> bool:
    """A hard-wrapped paragraph: the previous line stops mid-sentence and this one goes on in lower case."""
    stripped = line.lstrip()
    return bool(stripped) and stripped[0].islower() and not previous.rstrip().endswith((".", "!", "?", ":"))


def _plain_kind(text: str) -> str:
    """A short line without sentence punctuation is a heading ("Understanding Relapsed Myeloma")."""
    stripped = text.strip()
    if "\n" in stripped or len(stripped.split()) > 20:
        return "paragraph"
    if stripped.endswith((".", "!", ",", ";", ":", "\u201d", '"')):
        return "paragraph"
    return "heading"


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
    for token in tokens:
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
            span = _copy_inline(raw, chars, token, lo, hi, comments)
            if span:
                kind = "heading" if "heading" in context else "cell" if {"td", "th"} & set(context) else \
                    "item" if "list_item" in context else "paragraph"
                blocks.append(Block(span[0], span[1], kind))
    return "".join(chars), blocks, comments


def _copy_inline(raw: str, chars: list[str], token, lo: int, hi: int, comments: list) -> tuple[int, int] | None:
    """Copy the text children of an inline token back to their place in the file; return the span copied."""
    cursor, first, last = lo, None, None
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
            inner = [None, None, HTML_BLOCKS.get(name, current[2])]
            _walk_html(child, raw, chars, blocks, comments, inner)
            _flush(blocks, inner)
        elif name not in HTML_SKIPPED:
            _walk_html(child, raw, chars, blocks, comments, current)


def _flush(blocks: list[Block], current: list) -> None:
    if current[0] is not None:
        blocks.append(Block(current[0], current[1], current[2]))
    current[0] = current[1] = None


def _copy_text_node(raw: str, chars: list[str], node) -> tuple[int, int] | None:
    """Put a text node's characters back at its source offset; an entity becomes its character plus spaces."""
    start = node.origin_offset
    if start is None or not node.data:
        return None
    position, produced, first, last = start, 0, None, None
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
