"""Text cut to fit a box: wrapped to a width, at most so many lines, the last one elided with "…".

Used where typed text is drawn in a fixed space (the projector's cards, the
matrix's sticky notes). The work is bounded whatever was typed: only the
first :data:`MAX_CHARS` characters are laid out.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextOption

#: More than fits in any box we draw; the rest of a longer text is never laid out.
MAX_CHARS = 1000
ELLIPSIS = "…"


def sized_fonts(font: QFont, pixels: int) -> tuple[QFont, QFont]:
    """``font`` at ``pixels`` high, and the same in bold (the projector's boards draw with both)."""
    plain = QFont(font)
    plain.setPixelSize(pixels)
    bold = QFont(plain)
    bold.setBold(True)
    return plain, bold


def wrap_lines(text: str, font: QFont, width: float, max_lines: int) -> tuple[list[str], bool]:
    """``text`` as the lines it takes at ``width`` (words kept whole where they fit), at most
    ``max_lines`` of them, and whether it was cut: then the last line shown ends in "…"."""
    if max_lines <= 0:
        return [], bool(text)
    head = text[:4 * MAX_CHARS]  # a very long text is never split or joined whole
    whole = " ".join(head.split())  # one paragraph: line breaks and runs of spaces count as one
    cut = whole[:MAX_CHARS]
    layout = QTextLayout(cut, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    spans: list[tuple[int, int]] = []
    layout.beginLayout()
    while len(spans) <= max_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1.0, width))
        spans.append((line.textStart(), line.textLength()))
    layout.endLayout()
    units = cut.encode("utf-16-le")  # Qt counts positions in UTF-16 units

    def piece(start: int, length: int | None = None) -> str:
        end = None if length is None else 2 * (start + length)
        return units[2 * start:end].decode("utf-16-le", errors="replace")

    lines = [piece(start, length).strip() for start, length in spans[:max_lines]]
    more = len(spans) > max_lines or len(cut) < len(whole) or len(head) < len(text)
    if more and lines:  # more than fits: "…" where it stops
        rest = piece(spans[len(lines) - 1][0]).strip() + ELLIPSIS
        lines[-1] = QFontMetricsF(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)
    return lines, more
