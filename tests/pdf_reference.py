"""Golden references for PDFs: a PDF as its pages of text blocks with positions, kept as JSON.

A block is one printed line of one text object (a paragraph line, a table cell's line, a chart
label): the text pypdf extracts, with the page position (points, origin bottom left) where it
starts. Comparing references by page count, by the text of
each block in order, its font size, and by positions within a tolerance (as rst2pdf's tests compare their
reference PDFs) shows a layout change in review without failing on rounding noise.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

#: How far (points) a block may move before it counts as a layout change.
TOLERANCE = 2.0
_SAME_LINE = 0.5  # fragments whose baselines differ less than this are one block

Block = list  # [text, x, y, font size]


def _page_blocks(page) -> list[Block]:
    blocks: list[Block] = []

    def visit(text, cm, tm, _font, size):
        if not text.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        size = (size or 0) * math.hypot(tm[2] * cm[0] + tm[3] * cm[2], tm[2] * cm[1] + tm[3] * cm[3])
        last = blocks[-1] if blocks else None
        if last and not last[0].endswith("\n") and abs(last[2] - y) < _SAME_LINE:
            last[0] += text  # the next font run of the same printed line
        else:
            blocks.append([text, x, y, size])

    page.extract_text(visitor_text=visit)
    return [[" ".join(text.split()), round(x, 1), round(y, 1), round(size, 1)]
            for text, x, y, size in blocks]


def pdf_blocks(path: Path) -> list[list[Block]]:
    """Each page of the PDF at ``path`` as its list of ``[text, x, y, size]`` blocks (size: the
    font size the block starts in, points), in print order."""
    from pypdf import PdfReader

    return [_page_blocks(page) for page in PdfReader(path).pages]


def save_reference(pages: list[list[Block]], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = ",\n".join(
        "  [\n" + ",\n".join("    " + json.dumps(block, ensure_ascii=False) for block in page) + "\n  ]"
        for page in pages)
    path.write_text("[\n" + lines + "\n]\n", encoding="utf-8")  # one block a line: readable diffs


def load_reference(path: Path) -> list[list[Block]]:
    return json.loads(path.read_text(encoding="utf-8"))


def first_difference(expected: list[list[Block]], actual: list[list[Block]],
                     tolerance: float = TOLERANCE) -> str | None:
    """Where ``actual`` differs from ``expected`` (page, block), or None when they match."""
    if len(expected) != len(actual):
        return f"{len(actual)} pages, the reference has {len(expected)}"
    for number, (want, got) in enumerate(zip(expected, actual, strict=True), start=1):
        for index in range(max(len(want), len(got))):
            a = want[index] if index < len(want) else None
            b = got[index] if index < len(got) else None
            if (a is None or b is None or a[0] != b[0] or a[3] != b[3]
                    or abs(a[1] - b[1]) > tolerance or abs(a[2] - b[2]) > tolerance):
                return (f"page {number}, block {index + 1}: expected {a}, got {b} "
                        f"(the page has {len(got)} blocks, the reference {len(want)})")
    return None
