"""Markdown for the console and the projector.

Pack text is untrusted: no raw HTML (as in gui/exercise_text.py). Unlike the
GitHub dialect Qt offers, ``__text__`` is bold here (as pack authors mean it
and as CommonMark reads it), not underlined: underlines are hard to read
from the back of a room.
"""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from workshop_app.gui.exercise_text import MARKDOWN_FEATURES

_MD_FLAG_UNDERLINE = 0x4000  # md4c's flag: "_" means underline

RUN_MARKDOWN = QTextDocument.MarkdownFeature(MARKDOWN_FEATURES.value & ~_MD_FLAG_UNDERLINE)


def set_markdown(document: QTextDocument, text: str) -> None:
    document.setMarkdown(text, RUN_MARKDOWN)
