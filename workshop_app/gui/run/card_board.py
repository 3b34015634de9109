"""The projector's cards: groups (clusters, or the matrix's quadrants) in a grid, fitted to the screen.

A card the room chose (``ResultGroup.chosen``) is marked with a check mark instead of the bullet,
in the accent colour, and its text is bold.

Every card is shown: when they do not fit at the projector's text size, the
text gets smaller (down to :data:`MIN_PIXELS`); when they still do not fit,
each group shows as many cards as fit and says how many it leaves out
("+3 more"), so no card is ever dropped silently. One list alone on the board (a room's cards
before they are grouped) is spread over two or three columns when that shows more of it, larger.
A long card takes at most :data:`CARD_LINES` lines. Drawn with QPainter; ``drawn_cards()`` and
``more_count()`` say what the room sees.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from workshop_app.gui.run.charts import ChartColors
from workshop_app.gui.run.fit_text import sized_fonts, wrap_lines
from workshop_app.i18n import Projector, counted, in_own_language, translate
from workshop_app.services.capture import CHOSEN_MARK, ResultGroup

MIN_PIXELS = 14
CARD_LINES = 4
TITLE_LINES = 2
BULLET = "•"


def _more_text(n: int, after_cards: bool = True) -> str:
    """"+3 more" after cards shown; "3 cards" under a title with none shown."""
    if after_cards:
        return translate("Projector", "+{n} more").format(n=n)
    return counted(n, translate("Projector", "1 card"),
                   Projector.tr("%n cards", None, n))


@dataclass
class _Cell:
    """One group as laid out: its title lines, the cards shown (text, lines) and how many are not."""

    title: list[str]
    cards: list[tuple[str, list[str]]] = field(default_factory=list)
    more: int = 0


@dataclass
class _Plan:
    pixels: int
    columns: int
    cells: list[_Cell]
    rows: list[float]  # the height of each grid row shown
    more: int = 0  # cards of groups that found no room at all
    #: The groups as laid out, one per cell: a long list alone on the board is spread over the
    #: columns as parts of itself (the first with its title).
    groups: tuple[ResultGroup, ...] = ()


def _spread(group: ResultGroup, columns: int) -> tuple[ResultGroup, ...]:
    """``group`` cut into ``columns`` parts in order, to be laid side by side (the first keeps the
    title)."""
    size = -(-len(group.lines) // columns)
    parts = []
    for start in range(0, len(group.lines), size):
        parts.append(ResultGroup(group.title if start == 0 else "",
                                 group.lines[start:start + size], group.chosen[start:start + size]))
    return tuple(parts)


def _hidden(plan: _Plan) -> int:
    return plan.more + sum(c.more for c in plan.cells)


class FittedBoard(QWidget):
    """What the projector's boards share (the cards here, the matrix in ``matrix_paint``): colours,
    a preferred text size, a layout made again when either or the size changes, and an accessible
    description that says everything on the board (``summary()``)."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.colors: ChartColors | None = None
        self.pixels = 0  # the preferred text size; 0: the widget's font
        #: The language of the board's words: the room's on the projector, None (the interface's)
        #: elsewhere.
        self.words_language: str | None = None
        self._plan = None
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(name)

    @in_own_language
    def summary(self) -> str:  # pragma: no cover - every board says what it shows
        raise NotImplementedError

    def set_style(self, colors: ChartColors | None, pixel_size: int = 0) -> None:
        self.colors = colors
        self.pixels = pixel_size
        self._changed()

    def _changed(self) -> None:
        self._plan = None
        self.setAccessibleDescription(self.summary())
        self.update()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._plan = None

    def _fonts(self, pixels: int) -> tuple[QFont, QFont]:
        return sized_fonts(self.font(), pixels)


class CardBoard(FittedBoard):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(translate("Projector", "Cards"), parent)
        self.groups: tuple[ResultGroup, ...] = ()
        self._plan: _Plan | None = None
        self._drawn: list[tuple[str, QRectF]] = []

    def minimumSizeHint(self) -> QSize:
        return QSize(160, 80)  # never pushes the window bigger: the cards fit the space given

    # -- content --------------------------------------------------------------------------------
    def set_groups(self, groups: tuple[ResultGroup, ...] | list[ResultGroup]) -> None:
        self.groups = tuple(groups)
        self._changed()

    # -- what the room sees ---------------------------------------------------------------------
    def more_count(self) -> int:
        """How many cards are not shown (said on the board as "+N more")."""
        plan = self._layout()
        return plan.more + sum(c.more for c in plan.cells)

    def drawn_cards(self) -> list[tuple[str, QRectF]]:
        """Each card shown, with the rectangle its text was drawn in (after a paint)."""
        return list(self._drawn)

    @in_own_language
    def summary(self) -> str:
        plan = self._layout()
        lines = []
        for cell, group in zip(plan.cells, plan.groups, strict=False):
            lines += [" ".join(cell.title)] if cell.title else []
            lines += [(CHOSEN_MARK if group.is_chosen(n) else BULLET) + " " + " ".join(card_lines)
                      for n, (_text, card_lines) in enumerate(cell.cards)]
            lines += [_more_text(cell.more, bool(cell.cards))] if cell.more else []
        if plan.more:
            lines.append(_more_text(plan.more))
        return "\n".join(lines)

    # -- layout ---------------------------------------------------------------------------------

    def _base_pixels(self) -> int:
        return self.pixels or max(MIN_PIXELS, QFontMetricsF(self.font()).height())

    @in_own_language
    def _layout(self) -> _Plan:
        if self._plan is None:
            self._plan = self._fit(self.width(), self.height())
        return self._plan

    def _fit(self, width: float, height: float) -> _Plan:
        """The plan with the biggest text that shows the most cards: the groups side by side, or a
        group alone on the board spread over two or three columns."""
        plans = [self._fit_groups(self.groups, 2 if len(self.groups) <= 4 else 3, width, height)]
        if len(self.groups) == 1 and len(self.groups[0].lines) > 1:
            for columns in (2, 3):
                plans.append(self._fit_groups(_spread(self.groups[0], columns), columns, width, height))
        return max(plans, key=lambda p: (-_hidden(p), p.pixels, -p.columns))

    def _fit_groups(self, groups: tuple[ResultGroup, ...], columns: int, width: float,
                    height: float) -> _Plan:
        base = max(MIN_PIXELS, int(self._base_pixels()))
        sizes = []
        size = float(base)
        while size > MIN_PIXELS:
            sizes.append(int(size))
            size *= 0.9
        sizes.append(MIN_PIXELS)
        for pixels in sizes:  # the biggest text at which every card fits
            plan = self._try(groups, pixels, columns, width, height, cap=None)
            if plan is not None:
                return plan
        most = max((len(g.lines) for g in groups), default=0)
        low, high = 0, most  # the most cards per group that fit at the smallest size
        if self._try(groups, MIN_PIXELS, columns, width, height, cap=0) is None:
            return self._rows_that_fit(groups, columns, width, height)
        while low < high:
            mid = (low + high + 1) // 2
            if self._try(groups, MIN_PIXELS, columns, width, height, cap=mid) is not None:
                low = mid
            else:
                high = mid - 1
        plan = self._try(groups, MIN_PIXELS, columns, width, height, cap=low)
        assert plan is not None
        return plan

    def _metrics(self, pixels: int, columns: int, width: float):
        font, bold = self._fonts(pixels)
        fm, fmb = QFontMetricsF(font), QFontMetricsF(bold)
        pad = pixels * 0.4
        cell_w = width / columns
        indent = fm.horizontalAdvance(BULLET + " ")
        return font, bold, fm, fmb, pad, cell_w, indent

    def _cell(self, group: ResultGroup, pixels: int, columns: int, width: float, height: float,
              cap: int | None) -> tuple[_Cell, float] | None:
        """The group laid out in its cell and the cell's height; None when it is taller than ``height``."""
        font, bold, fm, fmb, pad, cell_w, indent = self._metrics(pixels, columns, width)
        text_w = max(1.0, cell_w - 2 * pad - indent)
        title = wrap_lines(group.title, bold, cell_w - 2 * pad, TITLE_LINES)[0] if group.title else []
        used = 2 * pad + len(title) * fmb.lineSpacing() + (pad / 2 if title else 0)
        cell = _Cell(title)
        gap = fm.lineSpacing() * 0.25
        shown = len(group.lines) if cap is None else min(cap, len(group.lines))
        for n, text in enumerate(group.lines[:shown]):
            lines, _cut = wrap_lines(text, bold if group.is_chosen(n) else font, text_w, CARD_LINES)
            used += len(lines) * fm.lineSpacing() + gap
            if used > height:
                return None
            cell.cards.append((text, lines))
        cell.more = len(group.lines) - shown
        if cell.more:
            used += fm.lineSpacing()
        return (cell, used) if used <= height else None

    def _try(self, groups: tuple[ResultGroup, ...], pixels: int, columns: int, width: float,
             height: float, cap: int | None) -> _Plan | None:
        cells, rows, total = [], [], 0.0
        for start in range(0, len(groups), columns):
            row = 0.0
            for group in groups[start:start + columns]:
                laid = self._cell(group, pixels, columns, width, height - total, cap)
                if laid is None:
                    return None
                cells.append(laid[0])
                row = max(row, laid[1])
            rows.append(row)
            total += row
        return _Plan(pixels, columns, cells, rows, groups=groups)

    def _rows_that_fit(self, groups: tuple[ResultGroup, ...], columns: int, width: float,
                       height: float) -> _Plan:
        """So many groups that not even their titles fit: the rows that do, then "+N more"."""
        fm = QFontMetricsF(self._fonts(MIN_PIXELS)[0])
        room = height - fm.lineSpacing() * 1.5  # the last line says how many are not shown
        cells, rows, total = [], [], 0.0
        for start in range(0, len(groups), columns):
            laid = [self._cell(g, MIN_PIXELS, columns, width, room - total, 0)
                    for g in groups[start:start + columns]]
            if any(x is None for x in laid):
                break
            cells += [x[0] for x in laid]
            rows.append(max(x[1] for x in laid))
            total += rows[-1]
        hidden = sum(len(g.lines) for g in groups[len(cells):])
        return _Plan(MIN_PIXELS, columns, cells, rows, more=hidden, groups=groups)

    # -- painting -------------------------------------------------------------------------------
    @in_own_language
    def paintEvent(self, event: QPaintEvent) -> None:
        plan = self._layout()
        colors = self.colors or ChartColors.from_widget(self)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font, bold, fm, fmb, pad, cell_w, indent = self._metrics(plan.pixels, plan.columns, self.width())
        text_w = max(1.0, cell_w - 2 * pad - indent)
        gap = fm.lineSpacing() * 0.25
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextSingleLine
        self._drawn = []
        top = 0.0
        for i, cell in enumerate(plan.cells):
            row, column = divmod(i, plan.columns)
            if column == 0 and row:
                top += plan.rows[row - 1]
            x, y = column * cell_w + pad, top + pad
            painter.setPen(colors.text)
            painter.setFont(bold)
            for line in cell.title:
                painter.drawText(QRectF(x, y, cell_w - 2 * pad, fmb.lineSpacing()), flags, line)
                y += fmb.lineSpacing()
            y += pad / 2 if cell.title else 0
            group = plan.groups[i]
            for n, (text, lines) in enumerate(cell.cards):
                chosen = group.is_chosen(n)
                painter.setFont(bold if chosen else font)
                painter.setPen(colors.accent if chosen else colors.muted)
                painter.drawText(QRectF(x, y, indent, fm.lineSpacing()), flags,
                                 CHOSEN_MARK if chosen else BULLET)
                painter.setPen(colors.text)
                rect = QRectF(x + indent, y, text_w, len(lines) * fm.lineSpacing())
                for k, line in enumerate(lines):
                    painter.drawText(QRectF(rect.x(), y + k * fm.lineSpacing(), text_w, fm.lineSpacing()),
                                     flags, line)
                self._drawn.append((text, rect))
                y += rect.height() + gap
            painter.setFont(font)
            if cell.more:
                painter.setPen(colors.accent)
                painter.drawText(QRectF(x + indent, y, text_w, fm.lineSpacing()), flags,
                                 _more_text(cell.more, bool(cell.cards)))
        if plan.more:
            painter.setPen(colors.accent)
            y = top + (plan.rows[-1] if plan.rows else 0) + pad
            painter.drawText(QRectF(pad, y, self.width() - 2 * pad, fm.lineSpacing()), flags,
                             _more_text(plan.more))
        painter.end()
