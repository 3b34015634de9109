"""Just enough Markdown for pack text on paper: paragraphs, bullet and numbered lists,
headings and ``**bold**``. Anything else prints as written; all text is escaped.

The work is bounded: a text is cut like any printed text (see ``text.MAX_TEXT``), and a
bold span is at most :data:`MAX_BOLD` characters (an unclosed ``**`` is never searched for
to the end of the text again and again).
"""

from __future__ import annotations

import re

from reportlab.platypus import Flowable

from workshop_app.plans import styles as st
from workshop_app.plans.page import Para
from workshop_app.plans.text import cut, markup

MAX_BOLD = 1000
_BULLET = re.compile(r"^\s*(?:[-*+]|(\d+)[.)])\s+(.*)$")
_HEADING = re.compile(r"^\s*#{1,6}\s+(.*)$")
_BOLD = re.compile(rf"\*\*(.{{1,{MAX_BOLD}}}?)\*\*|__(.{{1,{MAX_BOLD}}}?)__")


def inline(text: str) -> str:
    """Escaped markup with ``**bold**`` turned into bold."""
    out, pos = [], 0
    for match in _BOLD.finditer(text):
        out.append(markup(text[pos:match.start()]))
        out.append(f"<b>{markup(match.group(1) or match.group(2))}</b>")
        pos = match.end()
    out.append(markup(text[pos:]))
    return "".join(out)


def markdown(text: str, style: str = "body") -> list[Flowable]:
    """Paragraphs for a Markdown text (lines of one paragraph are joined)."""
    styles = st.styles()
    flowables: list[Flowable] = []
    lines: list[str] = []

    def flush() -> None:
        if lines:
            flowables.append(Para(inline(" ".join(lines)), styles[style]))
            lines.clear()

    for line in cut(text or "").replace("\r\n", "\n").split("\n"):
        bullet, heading = _BULLET.match(line), _HEADING.match(line)
        if not line.strip():
            flush()
        elif bullet:
            flush()
            mark = f"{bullet.group(1)}." if bullet.group(1) else "\u2022"
            flowables.append(Para(inline(bullet.group(2)), styles["bullet"], bulletText=mark))
        elif heading:
            flush()
            flowables.append(Para(f"<b>{inline(heading.group(1))}</b>", styles[style]))
        else:
            lines.append(line.strip())
    flush()
    return flowables
