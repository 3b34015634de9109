"""A light table for the action plans: boxed cells of paragraphs, drawn directly.

reportlab's Table is general (any style command on any cell range, nested
tables, string cells) and pays for it on every layout and every draw; the
plans print dozens of small tables (a card per commitment, the check-ins, the
six ways...), so :class:`Grid` does the little they need: fixed column widths,
cells that span to the right (:data:`SPAN`), top-aligned cells of flowables,
backgrounds, rules and a box, a repeated header row, and splitting between
rows or inside a row (a 10,000-character commitment flows over pages). Plain
paragraphs in the cells are drawn together in one text object
(:mod:`workshop_app.plans.textdraw`); anything else is drawn by reportlab.

Style commands use reportlab's TableStyle spelling, for the subset below:
``BACKGROUND``, ``LINEABOVE``, ``LINEBELOW``, ``LINEBEFORE``, ``LINEAFTER``
(cell ranges with negative indexes counted from the end), ``BOX`` (the whole
grid only: each part of a split grid gets its own), ``TOPPADDING`` and
``BOTTOMPADDING`` (whole rows).
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from workshop_app.plans.textdraw import draw_lines, para_lines


class _Span:
    def __repr__(self) -> str:
        return "SPAN"


#: A cell covered by the cell on its left.
SPAN = _Span()

_FUZZ = 1e-6


def _flowables(value) -> list:
    if value is None or (isinstance(value, str) and not value):
        return []
    if isinstance(value, (list, tuple)):
        return [v for v in value if not (isinstance(v, str) and not v)]
    if isinstance(value, str):
        raise TypeError("Grid cells hold flowables, not strings")
    return [value]


class _Row:
    """One row: its cells ``(column, span, flowables)``, paddings and decorations."""

    __slots__ = ("cells", "top", "bottom", "height", "backgrounds", "above", "below", "after")

    def __init__(self, cells, top, bottom, height):
        self.cells: list[tuple[int, int, list]] = cells
        self.top, self.bottom, self.height = top, bottom, height  # height: fixed, or None
        self.backgrounds: list[tuple[int, int, int, object]] = []  # (order, first col, last col, colour)
        self.above: list[tuple[int, int, float, object]] = []  # (first, last, width, colour)
        self.below: list[tuple[int, int, float, object]] = []
        self.after: list[tuple[int, float, object]] = []  # a rule right of this column

    def copy(self, cells) -> _Row:
        row = _Row(cells, self.top, self.bottom, self.height)
        row.backgrounds, row.above, row.below, row.after = (
            self.backgrounds, self.above, self.below, self.after)
        return row


def _stack_height(flowables: list, width: float) -> float:
    """Height of flowables stacked in a cell (as reportlab's Table measures it)."""
    total = 0.0
    first_before = last_after = 0.0
    for i, f in enumerate(flowables):
        _, h = f.wrap(width, 1e7)
        before, after = f.getSpaceBefore(), f.getSpaceAfter()
        if i == 0:
            first_before = before
        total += h + before + after
        last_after = after
    return total - first_before - last_after if flowables else 0.0


def _split_stack(flowables: list, width: float, height: float) -> tuple[list, list]:
    """The flowables that fit in ``height`` (the one that does not fit split if it can), and the rest."""
    used = 0.0
    first: list = []
    for i, f in enumerate(flowables):
        before = f.getSpaceBefore() if first else 0.0
        _, h = f.wrap(width, height - used - before)
        if used + before + h <= height + _FUZZ:
            first.append(f)
            used += before + h + f.getSpaceAfter()
            continue
        parts = f.split(width, height - used - before)
        if len(parts) >= 2:
            return [*first, parts[0]], [*parts[1:], *flowables[i + 1:]]
        return first, flowables[i:]
    return first, []


class Grid(Flowable):
    """Rows of cells under fixed column widths (see the module notes)."""

    def __init__(self, rows: list[list], widths: list[float], commands: list[tuple] | None = None, *,
                 padding: float = 5, header: bool = False, heights: list[float | None] | None = None):
        """``padding`` left and right of every cell, below its content, and one point less
        above it (as :func:`workshop_app.plans.blocks.table`); ``header``: the first row is
        repeated on every part of a split grid; ``heights``: fixed row heights (None: as tall
        as the content)."""
        super().__init__()
        self.widths = list(widths)
        self.padding = padding
        self.header = header
        self.hAlign = "LEFT"
        self.box: tuple[float, object] | None = None
        self._backgrounds = 0
        heights = heights or [None] * len(rows)
        self.rows = [self._make_row(cells, padding - 1, padding, fixed)
                     for cells, fixed in zip(rows, heights, strict=True)]
        for command in commands or []:
            self._apply(command)
        self._measured: list[float] | None = None

    def _make_row(self, cells: list, top: float, bottom: float, fixed: float | None) -> _Row:
        if len(cells) != len(self.widths):
            raise ValueError(f"a row of {len(cells)} cells in a grid of {len(self.widths)} columns")
        out = []
        for col, value in enumerate(cells):
            if value is SPAN:
                if not out:
                    raise ValueError("a row cannot start with SPAN")
                c, span, flows = out[-1]
                out[-1] = (c, span + 1, flows)
            else:
                out.append((col, 1, _flowables(value)))
        return _Row(out, top, bottom, fixed)

    def _apply(self, command: tuple) -> None:
        name, (c0, r0), (c1, r1), *args = command
        ncols, nrows = len(self.widths), len(self.rows)
        c0, c1 = c0 + ncols if c0 < 0 else c0, c1 + ncols if c1 < 0 else c1
        r0, r1 = r0 + nrows if r0 < 0 else r0, r1 + nrows if r1 < 0 else r1
        rows = self.rows[r0:r1 + 1]
        if name == "BACKGROUND":
            self._backgrounds += 1  # drawn in the order given, as reportlab does
            for row in rows:
                row.backgrounds = [*row.backgrounds, (self._backgrounds, c0, c1, args[0])]
        elif name in ("LINEABOVE", "LINEBELOW"):
            attr = name[4:].lower()
            for row in rows:
                setattr(row, attr, [*getattr(row, attr), (c0, c1, args[0], args[1])])
        elif name in ("LINEAFTER", "LINEBEFORE"):
            for row in rows:
                cols = range(c0, c1 + 1) if name == "LINEAFTER" else range(c0 - 1, c1)
                row.after = [*row.after, *((c, args[0], args[1]) for c in cols)]
        elif name == "BOX":
            if (c0, r0, c1, r1) != (0, 0, ncols - 1, nrows - 1):
                raise ValueError("BOX is drawn around the whole grid only")
            self.box = (args[0], args[1])
        elif name in ("TOPPADDING", "BOTTOMPADDING"):
            for row in rows:
                setattr(row, name[:-7].lower(), args[0])
        else:
            raise ValueError(f"Grid does not support {name}")

    # -- layout ---------------------------------------------------------------------------------
    def _cell_width(self, col: int, span: int) -> float:
        return sum(self.widths[col:col + span]) - 2 * self.padding

    def _row_height(self, row: _Row) -> float:
        if row.height is not None:
            return row.height
        content = max((_stack_height(flows, self._cell_width(col, span))
                       for col, span, flows in row.cells), default=0.0)
        return content + row.top + row.bottom

    def _heights(self) -> list[float]:
        if self._measured is None:
            self._measured = [self._row_height(row) for row in self.rows]
        return self._measured

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        self.width = sum(self.widths)
        self.height = sum(self._heights())
        return self.width, self.height

    def _part(self, rows: list[_Row]) -> Grid:
        part = Grid.__new__(Grid)
        Flowable.__init__(part)
        part.widths, part.padding, part.header, part.hAlign, part.box = (
            self.widths, self.padding, self.header, self.hAlign, self.box)
        part.rows, part._measured, part._backgrounds = rows, None, self._backgrounds
        return part

    def _split_row(self, row: _Row, height: float) -> tuple[_Row, _Row] | None:
        """The row cut so its first part fits ``height``, or None when no cell can be cut."""
        if row.height is not None:
            return None
        room = height - row.top - row.bottom
        if room <= 0:
            return None
        tops, rests = [], []
        for col, span, flows in row.cells:
            width = self._cell_width(col, span)
            first, rest = _split_stack(flows, width, room)
            if rest and not first:
                return None  # this cell would start on the next part only: keep the row whole
            tops.append((col, span, first))
            rests.append((col, span, rest))
        if not any(rest for _, _, rest in rests):
            return None
        top, rest = row.copy(tops), row.copy(rests)
        top.below = []  # the row goes on in the next part
        return top, rest

    def split(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        heights = self._heights()
        used, count = 0.0, 0
        while count < len(self.rows) and used + heights[count] <= availHeight + _FUZZ:
            used += heights[count]
            count += 1
        if count == len(self.rows):
            return [self]
        head = self.rows[:1] if self.header else []
        cut = self._split_row(self.rows[count], availHeight - used)
        if cut is not None and (count > 0 or not self.header):
            first = self._part([*self.rows[:count], cut[0]])
            return [first, self._part([*head, cut[1], *self.rows[count + 1:]])]
        if count <= len(head):
            return []
        return [self._part(self.rows[:count]), self._part([*head, *self.rows[count:]])]

    # -- drawing --------------------------------------------------------------------------------
    def draw(self):
        canv = self.canv
        heights = self._heights()
        xs = [0.0]
        for w in self.widths:
            xs.append(xs[-1] + w)
        tops = [self.height]
        for h in heights:
            tops.append(tops[-1] - h)
        self._draw_backgrounds(canv, xs, tops)
        text = []
        for r, row in enumerate(self.rows):
            for col, span, flows in row.cells:
                if not flows:
                    continue
                x = xs[col] + self.padding
                width = self._cell_width(col, span)
                y = tops[r] - row.top + flows[0].getSpaceBefore()
                for f in flows:
                    _, h = f.wrap(width, 1e7)
                    y -= f.getSpaceBefore() + h
                    lines = para_lines(f)
                    if lines is None:
                        f.drawOn(canv, x, y)
                    else:
                        text.append((x, y, lines))
                    y -= f.getSpaceAfter()
        draw_lines(canv, text)
        self._draw_rules(canv, xs, tops)

    def _draw_backgrounds(self, canv, xs, tops) -> None:
        open_: dict[tuple, int] = {}  # background -> its first row: one rectangle over consecutive rows
        spans = []
        for r, row in enumerate([*self.rows, None]):
            current = set(row.backgrounds) if row is not None else set()
            for key in [k for k in open_ if k not in current]:
                spans.append((key, open_.pop(key), r))
            for key in (row.backgrounds if row is not None else []):
                open_.setdefault(key, r)
        spans.sort(key=lambda span: (span[0][0], span[1]))
        color = None
        for (_, c0, c1, fill), r0, r1 in spans:
            if fill != color:
                canv.setFillColor(fill)
                color = fill
            canv.rect(xs[c0], tops[r1], xs[c1 + 1] - xs[c0], tops[r0] - tops[r1], stroke=0, fill=1)

    def _draw_rules(self, canv, xs, tops) -> None:
        segments: dict[tuple, list] = {}
        for r, row in enumerate(self.rows):
            for c0, c1, width, color in row.above:
                segments.setdefault((width, color), []).append((xs[c0], tops[r], xs[c1 + 1], tops[r]))
            for c0, c1, width, color in row.below:
                segments.setdefault((width, color), []).append((xs[c0], tops[r + 1], xs[c1 + 1], tops[r + 1]))
            for c, width, color in row.after:
                segments.setdefault((width, color), []).append((xs[c + 1], tops[r], xs[c + 1], tops[r + 1]))
        if not segments and self.box is None:
            return
        canv.setLineCap(1)
        canv.setLineJoin(1)
        for (width, color), lines in segments.items():
            canv.setStrokeColor(color)
            canv.setLineWidth(width)
            canv.lines(lines)
        if self.box is not None:
            width, color = self.box
            canv.setStrokeColor(color)
            canv.setLineWidth(width)
            canv.rect(0, 0, xs[-1], self.height, stroke=1, fill=0)
