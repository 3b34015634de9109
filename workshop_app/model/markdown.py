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
screen's safe text document (``gui/safe_document.py``). markdown-it is imported
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
