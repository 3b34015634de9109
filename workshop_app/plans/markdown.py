"""Pack Markdown on paper: the tokens ``model/markdown.py`` reads (the same the screen shows)
turned into reportlab paragraphs.

Paragraphs, headings (bold), bulleted and numbered lists (nested lists indented),
block quotes (indented), code (as written), ``**bold**``, ``*italics*``,
``~~struck~~``; a link prints its text, followed by its address in brackets when
that is a web address. A picture prints when it is a file of the pack
(``assets/...``, from ``pictures``, the pack's archive members), bounded in
bytes, pixels, size on the page and number (:data:`MAX_PICTURES` a text); any
other picture prints its description.
Nothing is fetched or opened.

All of the author's text goes through :func:`workshop_app.plans.text.markup`
(escaped, font fallback), so raw ``<b>`` or ``&`` print as typed.
"""

from __future__ import annotations

import io
import re
from collections.abc import Mapping
from functools import lru_cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Image, Spacer
from reportlab.platypus.flowables import HRFlowable

from workshop_app.model.markdown import blocks, plain
from workshop_app.model.pictures import (
    MAX_PICTURE_BYTES,
    MAX_PICTURE_SIDE,
    PICTURE_FORMATS,
    is_web_address,
    pack_member,
)
from workshop_app.plans import styles as st
from workshop_app.plans.blocks import paragraph
from workshop_app.plans.fonts import UPRIGHT, italic_coverage, register_fonts
from workshop_app.plans.text import clean, cut, markup

#: The largest a picture prints (it keeps its proportions).
MAX_PICTURE_WIDTH = 11 * cm
MAX_PICTURE_HEIGHT = 7 * cm
#: The most pictures one text prints (the others print their description).
MAX_PICTURES = 20
#: How far each list level or quote moves the text right.
INDENT = 12

Pictures = Mapping[str, bytes]

_TAGS = {"strong": "b", "em": "i", "s": "strike"}


@lru_cache(maxsize=32)
def picture_size(data: bytes) -> tuple[int, int] | None:
    """The pixel size of a pack picture, or None when it is too big, of another kind or damaged
    (the header is read before anything is decoded; a picture used again is not decoded again)."""
    if len(data) > MAX_PICTURE_BYTES:
        return None
    from PIL import Image as PILImage

    try:
        with PILImage.open(io.BytesIO(data)) as probe:
            kind, (width, height) = (probe.format or "").lower(), probe.size
            if kind not in PICTURE_FORMATS or not (0 < width <= MAX_PICTURE_SIDE >= height > 0):
                return None
            probe.load()
    except (OSError, ValueError, PILImage.DecompressionBombError):
        return None
    return width, height


def picture(data: bytes | None) -> Flowable | None:
    """A pack picture fitted in MAX_PICTURE_WIDTH x MAX_PICTURE_HEIGHT, or None (see picture_size)."""
    size = None if data is None else picture_size(data)
    if size is None:
        return None
    width, height = size[0] * 0.75, size[1] * 0.75  # pixels at 96 per inch, in points
    scale = min(1.0, MAX_PICTURE_WIDTH / width, MAX_PICTURE_HEIGHT / height)
    image = Image(io.BytesIO(data), width=width * scale, height=height * scale)
    image.hAlign = "LEFT"
    image.spaceBefore = image.spaceAfter = 3
    return image


_WORDS = re.compile(r"(\s+)")
#: The tags this module writes (the author's own ``<`` are escaped by markup()).
_OUR_TAGS = re.compile(r"<[^>]*>")


def slanted(text: str) -> str:
    """Markup for italic text: words with letters the oblique faces lack (Arabic...) in UPRIGHT."""
    italic, (main, _fallback) = italic_coverage(), register_fonts()
    if all(ord(ch) in italic or ord(ch) not in main for ch in text):
        return markup(text)
    out, upright = [], False
    for word in _WORDS.split(text):
        lacks = any(ord(ch) in main and ord(ch) not in italic for ch in word)
        if word.strip() and lacks != upright:
            out.append(f'<font name="{UPRIGHT}">' if lacks else "</font>")
            upright = lacks
        out.append(markup(word))
    return "".join(out) + ("</font>" if upright else "")


class _Story:
    """Walks the block tokens once, keeping the open lists and quotes."""

    def __init__(self, style: str, pictures: Pictures | None):
        self.styles = st.styles()
        self.style = style
        self.pictures = pictures or {}
        self.out: list[Flowable] = []
        self.lists: list[list[int | None]] = []  # per open list: [next number] (None: bullets)
        self.quotes = 0
        self.bullet: str | None = None  # the mark the next paragraph of a list item carries
        self.printed = 0  # pictures

    def indent(self) -> int:
        return INDENT * (max(0, len(self.lists) - 1) + self.quotes)

    def para_style(self, heading: bool = False) -> ParagraphStyle:
        base = self.styles[self.style]
        # a list item: the text's own style (its font and colour), indented as a "bullet" is
        indents = self.styles["bullet"] if self.lists and not heading else base
        extra = self.indent()
        if indents is base and not extra:
            return base
        return ParagraphStyle(f"{base.name}+{indents.name}+{extra}", parent=base,
                              leftIndent=indents.leftIndent + extra,
                              bulletIndent=indents.bulletIndent + extra)

    def add(self, text: str, heading: bool = False) -> None:
        if self.bullet is None and not _OUR_TAGS.sub("", text).strip():
            return  # nothing to print (the rest of a paragraph after a picture, say)
        if heading:
            text = f"<b>{text}</b>"
        self.out.append(paragraph(text, self.para_style(heading), self.bullet))
        self.bullet = None

    def inline(self, children, heading: bool = False) -> None:
        """One paragraph's spans; a printed picture splits it (open spans closed and reopened)."""
        parts: list[str] = []
        opened: list[str] = []
        links: list[str] = []
        for token in children:
            kind = token.type
            if kind in ("text", "code_inline"):
                parts.append(slanted(token.content) if "i" in opened else markup(token.content))
            elif kind in ("softbreak", "hardbreak"):
                parts.append("<br/>" if kind == "hardbreak" else " ")
            elif kind.endswith("_open") and kind[:-5] in _TAGS:
                opened.append(_TAGS[kind[:-5]])
                if opened[-1] == "i":
                    italic_coverage()  # the oblique faces, registered on first use
                parts.append(f"<{opened[-1]}>")
            elif kind.endswith("_close") and kind[:-6] in _TAGS and opened:
                parts.append(f"</{opened.pop()}>")
            elif kind == "link_open":
                href = str(token.attrs.get("href", ""))
                links.append(href if is_web_address(href) and not href.lower().startswith("mailto:") else "")
            elif kind == "link_close" and links:
                href = links.pop()
                if href:
                    parts.append(" (" + markup(href) + ")")
            elif kind == "image":
                name = pack_member(str(token.attrs.get("src", "")))
                image = picture(self.pictures.get(name)) if name and self.printed < MAX_PICTURES else None
                if image is None:
                    parts.append(markup(plain(token.children or [])))  # its description
                    continue
                closing = "".join(f"</{tag}>" for tag in reversed(opened))
                self.add("".join(parts) + closing, heading)
                self.out.append(image)
                self.printed += 1
                parts = ["".join(f"<{tag}>" for tag in opened)]
        self.add("".join(parts), heading)

    def walk(self, tokens) -> list[Flowable]:
        heading = False
        for token in tokens:
            kind = token.type
            if kind in ("bullet_list_open", "ordered_list_open"):
                self.lists.append([int(token.attrs.get("start", 1)) if kind == "ordered_list_open" else None])
            elif kind in ("bullet_list_close", "ordered_list_close") and self.lists:
                self.lists.pop()
            elif kind == "list_item_open" and self.lists:
                number = self.lists[-1][0]
                if number is None:
                    self.bullet = "\u2022"
                else:
                    self.bullet = f"{number}{token.markup or '.'}"
                    self.lists[-1][0] = number + 1
            elif kind == "list_item_close" and self.bullet is not None:
                self.add("")  # an empty item still shows its mark
            elif kind == "blockquote_open":
                self.quotes += 1
            elif kind == "blockquote_close":
                self.quotes = max(0, self.quotes - 1)
            elif kind == "heading_open":
                heading = True
            elif kind == "heading_close":
                heading = False
            elif kind == "inline":
                self.inline(token.children or [], heading)
            elif kind in ("code_block", "fence"):
                self.add(markup(token.content.rstrip("\n")))
            elif kind == "hr":
                self.out += [Spacer(1, 2), HRFlowable(width="100%", thickness=0.5, color=st.color(st.RULE)),
                             Spacer(1, 2)]
        return self.out


def markdown(text: str, style: str = "body", pictures: Pictures | None = None) -> list[Flowable]:
    """Flowables for a pack's Markdown text (see the module notes); ``pictures`` are the pack's
    archive members (``{"assets/x.png": bytes}``), if any."""
    return _Story(style, pictures).walk(blocks(cut(clean(text))))
