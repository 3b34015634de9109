"""Pack Markdown, read one way for the screen and for paper: CommonMark (markdown-it-py).

What a pack author may write (docs/packs.md): paragraphs, headings, bulleted and
numbered lists, block quotes, code, ``**bold**``/``__bold__``, ``*italics*``/
``_italics_``, ``~~struck~~``, links and pictures. Pack text is untrusted:

* raw HTML is off: ``<b>`` or ``<script>`` are text, shown as typed;
* a link or picture target is kept only when it is a web address (``http:``,
  ``https:``, ``mailto:``) or has no scheme at all (``assets/x.png``); anything
  else (``file:``, ``data:``, ``javascript:``) stays text. Whether a picture
  really comes from the pack is decided where it is drawn
  (:func:`workshop_app.model.pictures.pack_member`); nothing here opens anything;
* the work is bounded: at most :data:`MAX_SOURCE` characters are read, and lists,
  quotes and spans nest at most :data:`MAX_NESTING` deep (markdown-it leaves out
  what is nested deeper, and what follows it in the same list or quote).

:func:`blocks` gives the parsed tokens (the PDFs turn them into reportlab
paragraphs, ``plans/markdown.py``); :func:`to_html` gives escaped HTML for the
screen's safe text document (``gui/safe_document.py``); :func:`to_plain` gives the
text without its marks (the room's phone page, which shows text only). markdown-it is imported
on first use, never at start-up.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from workshop_app.model.pictures import has_scheme, is_web_address

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

#: The most characters of one text that are read (a pack's Markdown fields hold at most
#: 20,000; the rest of a longer stored text is left out).
MAX_SOURCE = 20_100
#: The deepest nesting of lists, quotes and spans.
MAX_NESTING = 20


def allowed_target(url: str) -> bool:
    """A link or picture target kept as such: a web address or a name without a scheme."""
    return is_web_address(url) or not has_scheme(url)


@lru_cache(maxsize=1)
def parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False, "maxNesting": MAX_NESTING, "linkify": False,
                                   "typographer": False})
    md.enable("strikethrough")
    md.validateLink = allowed_target
    return md


def source(text: str | None) -> str:
    return (text or "")[:MAX_SOURCE]


def blocks(text: str | None) -> list[Token]:
    """The block tokens of ``text`` (inline content in each ``inline`` token's ``children``)."""
    return parser().parse(source(text))


def to_html(text: str | None) -> str:
    """HTML for ``text``: every character of the author's text escaped, no raw HTML."""
    return parser().render(source(text))


def plain(children) -> str:
    """The text of some spans, without their marks (a picture's description)."""
    return "".join(c.content if c.type in ("text", "code_inline") else plain(c.children or [])
                   if c.type == "image" else " " if c.type in ("softbreak", "hardbreak") else ""
                   for c in children)


def to_plain(text: str | None) -> str:
    """``text`` for a place that shows no formatting (the room's phone page): the marks left out,
    each list item a line of its own after "• " or its number (nested ones indented), blocks
    apart by an empty line."""
    lines: list[str] = []
    depth = 0  # open lists
    mark = ""  # the mark of the list item whose text comes next
    for token in blocks(text):
        if token.type in ("bullet_list_open", "ordered_list_open"):
            depth += 1
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            depth -= 1
            if depth == 0:
                lines.append("")  # (empty lines in a row are one, below)
        elif token.type == "list_item_open":
            mark = f"{token.info}. " if token.info else "\u2022 "
        elif token.type == "inline":
            lines.append("  " * max(0, depth - 1) + mark + plain(token.children or []))
            mark = ""
        elif token.type in ("fence", "code_block"):
            lines.extend([token.content.rstrip("\n"), ""])
        elif token.type in ("paragraph_close", "heading_close") and not token.hidden:
            lines.append("")
    kept = [line for i, line in enumerate(lines) if line or (i and lines[i - 1])]
    return "\n".join(kept).strip()


@lru_cache(maxsize=1)
def _reading_parser() -> MarkdownIt:
    """The same reader, keeping every target as written (for judging them, never for showing)."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False, "maxNesting": MAX_NESTING, "linkify": False,
                                   "typographer": False})
    md.enable("strikethrough")
    md.validateLink = lambda _url: True
    md.normalizeLink = lambda url: url
    return md


def targets(text: str | None) -> list[tuple[str, bool]]:
    """Every link and picture target a reader of ``text`` would meet, as ``(target, is_picture)``.

    Read as the screen and paper read it (a ``](`` that is no link is no target), but with
    every target kept, ``file:`` and ``javascript:`` included, so that the pack rules can say
    which are refused.
    """
    found: list[tuple[str, bool]] = []
    pending = list(_reading_parser().parse(source(text)))
    while pending:
        token = pending.pop(0)
        if token.type == "image":
            found.append((str(token.attrs.get("src", "")), True))
        elif token.type == "link_open":
            found.append((str(token.attrs.get("href", "")), False))
        if token.children:
            pending[:0] = token.children
    return found
