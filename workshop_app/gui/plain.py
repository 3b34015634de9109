"""User text shown by Qt exactly as typed: never as HTML.

Qt shows a tooltip (and a label or message box left at ``AutoText``) as rich
text when ``Qt::mightBeRichText`` finds a tag on its first line, and rich text
loads pictures: ``<img src=/dev/zero>`` in a card would read that device on
hover. Labels and message boxes showing user text are set to
``Qt.PlainText``; tooltips cannot be, so they go through :func:`plain_tooltip`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt


def plain_tooltip(text: Any) -> str | None:
    """A tooltip showing ``text`` exactly: escaped, and always taken as rich text so entities read back."""
    from html import escape  # here: html.entities is large, and start-up shows no tooltip

    text = "" if text is None else str(text)
    if not text:
        return None
    return "<qt>" + escape(text).replace("\n", "<br>") + "</qt>"


def role_text(role: int, value: Any) -> Any:
    """``value`` for a model's display role, made a plain tooltip for the tooltip role."""
    return plain_tooltip(value) if role == Qt.ItemDataRole.ToolTipRole else value
