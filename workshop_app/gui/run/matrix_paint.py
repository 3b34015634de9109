"""The 2x2 matrix drawn with QPainter: one drawing for the console and the projector.

``paint_grid`` (frame and quadrant lines), ``paint_axes`` (each axis's name with its low and
high ends) and ``paint_note`` (a note; a chosen one framed thick with a check mark) are used by
the console's editable :class:`~workshop_app.gui.run.matrix_view.MatrixView` and by
:class:`MatrixBoard`, the projector's read-only matrix. The board fits the notes to the
screen: each note at its place, kept inside its quadrant, moved aside rather than over another
note, its text as large as fits (down to :data:`MIN_PIXELS`), a long text cut with "…" (whole
in the accessible description); a note that finds no room at all is counted in its quadrant's
title ("+2 more"), never dropped silently. ``drawn_cards()``, ``drawn_labels()`` and
``quadrant_rects()`` say what the room sees.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from workshop_app.gui.run.card_board import FittedBoard
from workshop_app.gui.run.charts import ChartColors
from workshop_app.gui.run.fit_text import wrap_lines
from workshop_app.i18n import in_own_language, translate
from workshop_app.services.capture import CHOSEN_MARK, MatrixAxes, MatrixNote, ResultGroup

CHOSEN = QColor("#1a7f37")  # the frame and mark of a chosen note
NOTE_FILL, NOTE_BORDER = QColor("#fff3b0"), QColor("#b39b2d")
MIN_PIXELS = 14
NOTE_LINES = 3
ARROW = "  \u2192"


def plot_point(plot: QRectF, x: float, y: float) -> QPointF:
    """Where ``(x, y)`` (0 to 1, y up) is inside ``plot``."""
    return QPointF(plot.left() + x * plot.width(), plot.top() + (1.0 - y) * plot.height())


def paint_grid(painter: QPainter, plot: QRectF, pen: QPen) -> None:
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(plot)
    painter.drawLine(QPointF(plot.center().x(), plot.top()), QPointF(plot.center().x(), plot.bottom()))
    painter.drawLine(QPointF(plot.left(), plot.center().y()), QPointF(plot.right(), plot.center().y()))


def paint_axes(painter: QPainter, plot: QRectF, axes: MatrixAxes, font: QFont, bold: QFont,
               colour: QColor, band: float) -> list[tuple[str, QRectF]]:
    """The x axis under ``plot`` and the y axis (turned) left of it, each in a ``band`` as high as
    given: the name in the middle (with an arrow), the low end near the low side, the high end near
    the high side. Returns each text with the rectangle it was drawn in (unturned for the x axis)."""
    drawn: list[tuple[str, QRectF]] = []
    flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextSingleLine
    painter.setPen(colour)

    def row(texts: tuple[str, str, str], length: float, place) -> None:
        for text, fnt, after, centre in ((texts[0], font, "", 0.17), (texts[1], bold, ARROW, 0.5),
                                         (texts[2], font, "", 0.83)):
            if not text:
                continue
            painter.setFont(fnt)
            shown = QFontMetricsF(fnt).elidedText(text + after, Qt.TextElideMode.ElideRight, length * 0.32)
            rect = QRectF(length * centre - length * 0.165, 0, length * 0.33, band)
            place(shown, rect, text)

    def x_place(shown: str, rect: QRectF, text: str) -> None:
        at = rect.translated(plot.left(), plot.bottom())
        painter.drawText(at, flags, shown)
        drawn.append((text, at))

    def y_place(shown: str, rect: QRectF, text: str) -> None:
        painter.save()
        painter.translate(plot.left() - band, plot.bottom())
        painter.rotate(-90)
        painter.drawText(rect, flags, shown)
        painter.restore()
        # the same rectangle turned: it runs up the left side
        drawn.append((text, QRectF(plot.left() - band, plot.bottom() - rect.right(), band, rect.width())))

    row((axes.x_low, axes.x_label, axes.x_high), plot.width(), x_place)
    row((axes.y_low, axes.y_label, axes.y_high), plot.height(), y_place)
    return drawn


def paint_note(painter: QPainter, rect: QRectF, chosen: bool, fill: QColor = NOTE_FILL,
               border: QColor = NOTE_BORDER, chosen_colour: QColor = CHOSEN,
               frame: QColor | None = None, scale: float = 1.0) -> None:
    """A note: rounded, filled; chosen: a thick frame and a disc with a check mark on its top right
    corner. ``frame`` overrides the border's colour (the console's selection)."""
    width = 6 if chosen else 4 if frame is not None else 2
    painter.setPen(QPen(frame or (chosen_colour if chosen else border), width * scale))
    painter.setBrush(fill)
    painter.drawRoundedRect(rect, 8 * scale, 8 * scale)
    if chosen:
        corner = rect.topRight()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(chosen_colour)
        painter.drawEllipse(corner, 16 * scale, 16 * scale)
        light = 0.299 * chosen_colour.red() + 0.587 * chosen_colour.green() + 0.114 * chosen_colour.blue()
        tick = QColor("#000000") if light > 150 else QColor("#ffffff")  # dark on a light disc
        painter.setPen(QPen(tick, 4 * scale, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawPolyline([corner + QPointF(-7, 0) * scale, corner + QPointF(-2, 6) * scale,
                              corner + QPointF(8, -6) * scale])


class DrawnNote(NamedTuple):
    text: str  #: the whole text
    rect: QRectF  #: where the note was drawn
    chosen: bool


class _Laid(NamedTuple):
    note: MatrixNote
    lines: list[str]
    rect: QRectF


class _Plan(NamedTuple):
    pixels: int
    plot: QRectF
    band: float
    laid: list[_Laid]
    more: list[int]  # per quadrant: notes that found no room


def quadrant_of(note: MatrixNote) -> int:
    """0 top-left, 1 top-right, 2 bottom-left, 3 bottom-right (as model.results.matrix_quadrants)."""
    return (0 if note.y >= 0.5 else 2) + (1 if note.x >= 0.5 else 0)


class MatrixBoard(FittedBoard):
    """The projector's 2x2 matrix: read-only, never takes the keyboard."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(translate("Projector", "The matrix"), parent)
        self.axes = MatrixAxes()
        self.notes: tuple[MatrixNote, ...] = ()
        self.quadrants: tuple[ResultGroup, ...] = ()
        self._plan: _Plan | None = None
        self._drawn: list[DrawnNote] = []
        self._labels: list[tuple[str, QRectF]] = []

    def minimumSizeHint(self) -> QSize:
        return QSize(240, 160)

    def set_matrix(self, axes: MatrixAxes | None, notes, quadrants) -> None:
        self.axes, self.notes, self.quadrants = axes or MatrixAxes(), tuple(notes), tuple(quadrants)
        self._changed()

    # -- what the room sees ---------------------------------------------------------------------
    def drawn_cards(self) -> list[DrawnNote]:
        """Each note shown, with its rectangle (after a paint)."""
        return list(self._drawn)

    def drawn_labels(self) -> list[tuple[str, QRectF]]:
        """The axes' names and ends, each with its rectangle (after a paint)."""
        return list(self._labels)

    def quadrant_rects(self) -> list[QRectF]:
        """Top-left, top-right, bottom-left, bottom-right."""
        plot = self._layout().plot
        w, h = plot.width() / 2, plot.height() / 2
        return [QRectF(plot.left() + (i % 2) * w, plot.top() + (i // 2) * h, w, h) for i in range(4)]

    def more_count(self) -> int:
        return sum(self._layout().more)

    @in_own_language
    def summary(self) -> str:
        """The axes, then each quadrant with its notes whole (a chosen one after the check mark)."""
        a = self.axes
        lines = []
        across = translate("Projector", "Across: {name} ({low} to {high})")
        up = translate("Projector", "Up: {name} ({low} to {high})")
        for name, low, high, text in ((a.x_label, a.x_low, a.x_high, across),
                                      (a.y_label, a.y_low, a.y_high, up)):
            if name:
                lines.append(text.format(name=name, low=low or "-", high=high or "-"))
        for group in self.quadrants:
            lines.append(group.title)
            lines += [("  " + CHOSEN_MARK if group.is_chosen(n) else "  -") + " " + text
                      for n, text in enumerate(group.lines)]
        return "\n".join(lines)

    # -- layout ---------------------------------------------------------------------------------

    @in_own_language
    def _layout(self) -> _Plan:
        if self._plan is None:
            base = max(MIN_PIXELS, self.pixels or round(QFontMetricsF(self.font()).height()))
            size = float(base)
            while True:
                plan = self._try(max(MIN_PIXELS, int(size)), (size - MIN_PIXELS) / max(1, base - MIN_PIXELS))
                if not sum(plan.more) or plan.pixels == MIN_PIXELS:
                    break
                size *= 0.9
            self._plan = plan
        return self._plan

    def _try(self, pixels: int, room: float) -> _Plan:
        """The notes laid out at ``pixels``; ``room`` from 1 (the largest text tried) to 0 (the
        smallest) makes the notes narrower as the text shrinks, so more fit side by side."""
        font, bold = self._fonts(pixels)
        fm = QFontMetricsF(font)
        band = fm.lineSpacing() * 1.6
        plot = QRectF(band, 0, max(1.0, self.width() - band), max(1.0, self.height() - band))
        title_h = QFontMetricsF(self._fonts(max(MIN_PIXELS, round(pixels * 0.8)))[1]).lineSpacing() * 1.2
        qw, qh = plot.width() / 2, plot.height() / 2
        pad, gap = pixels * 0.35, pixels * 0.25
        laid: list[tuple[int, _Laid]] = []
        more = [0, 0, 0, 0]
        for q in range(4):
            area = QRectF(plot.left() + (q % 2) * qw, plot.top() + (q // 2) * qh, qw, qh)
            # the quadrant's name runs along its outer edge: top for the upper two, bottom for the lower
            top, bottom = (title_h, 0.0) if q < 2 else (0.0, title_h)
            area = area.adjusted(gap, gap + top, -gap, -gap - bottom)
            widest = max(1.0, area.width() * (0.3 + 0.18 * max(0.0, room)) - 2 * pad)
            sized = []
            for n, note in enumerate(self.notes):
                if quadrant_of(note) != q:
                    continue
                fnt = bold if note.chosen else font
                lines, _cut = wrap_lines(note.text, fnt, widest, NOTE_LINES)
                width = max((QFontMetricsF(fnt).horizontalAdvance(t) for t in lines), default=0.0) + 2 * pad
                height = len(lines) * fm.lineSpacing() + 2 * pad
                sized.append((n, note, lines, width, height, 16 * pixels / 25.0 if note.chosen else 0.0))
            # each note near its place; when some find no room that way, a wall of notes side by side
            best: list[tuple[int, _Laid]] = []
            tile = QSize(int(max((w + m for *_x, w, _h, m in sized), default=0) + 1),
                         int(max((h + m for *_x, h, m in sized), default=0) + 1))  # a wall's bricks
            for wall in (False, True):
                taken: list[QRectF] = []
                placed = []
                for n, note, lines, width, height, mark in sized:  # the check mark sticks out top right
                    size = tile if wall else QSize(int(width + mark + 1), int(height + mark + 1))
                    spot = self._spot(area, plot_point(plot, note.x, note.y), size, taken, gap, wall)
                    if spot is not None:
                        taken.append(spot)
                        placed.append((n, _Laid(note, lines, QRectF(spot.left(), spot.top() + mark,
                                                                    width, height))))
                if not wall or len(placed) > len(best):
                    best = placed
                if len(best) == len(sized):
                    break
            laid += best
            more[q] = len(sized) - len(best)
        return _Plan(pixels, plot, band, [x for _n, x in sorted(laid, key=lambda t: t[0])], more)

    @staticmethod
    def _spot(area: QRectF, at: QPointF, size: QSize, taken: list[QRectF], gap: float,
              wall: bool = False) -> QRectF | None:
        """A rectangle of ``size`` inside ``area``, free of ``taken``, as near ``at`` as can be;
        with ``wall`` only at the places of a grid of such rectangles from the area's corner."""
        w, h = float(size.width()), float(size.height())
        if w > area.width() or h > area.height():
            return None
        lo_x, hi_x = area.left() + w / 2, area.right() - w / 2
        lo_y, hi_y = area.top() + h / 2, area.bottom() - h / 2
        cx, cy = min(hi_x, max(lo_x, at.x())), min(hi_y, max(lo_y, at.y()))
        step_x, step_y = max(4.0, (hi_x - lo_x) / 24), max(4.0, (hi_y - lo_y) / 16)
        if wall:
            xs = [lo_x + i * (w + 1.5 * gap) for i in range(int((hi_x - lo_x) / (w + 1.5 * gap)) + 1)]
            ys = [lo_y + i * (h + 1.5 * gap) for i in range(int((hi_y - lo_y) / (h + 1.5 * gap)) + 1)]
        else:
            xs = [lo_x + i * step_x for i in range(int((hi_x - lo_x) / step_x) + 1)] + [hi_x]
            ys = [lo_y + i * step_y for i in range(int((hi_y - lo_y) / step_y) + 1)] + [hi_y]
        spots = ([] if wall else [(cx, cy)]) + sorted(
            ((x, y) for x in xs for y in ys), key=lambda p: (p[0] - cx) ** 2 + (p[1] - cy) ** 2)
        for x, y in spots:
            rect = QRectF(x - w / 2, y - h / 2, w, h)
            grown = rect.adjusted(-gap, -gap, gap, gap)
            if not any(grown.intersects(other) for other in taken):
                return rect
        return None

    # -- painting -------------------------------------------------------------------------------
    @in_own_language
    def paintEvent(self, event: QPaintEvent) -> None:
        plan = self._layout()
        colors = self.colors or ChartColors.from_widget(self)
        dark = colors.on_bar.lightness() < 128  # the high-contrast look: black background
        font, bold = self._fonts(plan.pixels)
        small = self._fonts(max(MIN_PIXELS, round(plan.pixels * 0.8)))[1]
        fm = QFontMetricsF(font)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_grid(painter, plan.plot, QPen(colors.muted, max(2.0, plan.pixels / 12)))
        self._labels = paint_axes(painter, plan.plot, self.axes, font, bold, colors.text, plan.band)
        flags = Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine
        painter.setFont(small)
        painter.setPen(colors.muted)
        title_h = QFontMetricsF(small).lineSpacing() * 1.2
        for q, rect in enumerate(self.quadrant_rects()):
            title = self.quadrants[q].title if q < len(self.quadrants) else ""
            if plan.more[q]:
                title += "  " + translate("Projector", "+{n} more").format(
                    n=plan.more[q])
            if not title:
                continue
            pad = plan.pixels * 0.4
            strip = QRectF(rect.left() + pad, rect.top() if q < 2 else rect.bottom() - title_h,
                           rect.width() - 2 * pad, title_h)
            align = Qt.AlignmentFlag.AlignLeft if q % 2 == 0 else Qt.AlignmentFlag.AlignRight
            shown = QFontMetricsF(small).elidedText(title, Qt.TextElideMode.ElideMiddle, strip.width())
            painter.drawText(strip, align | flags, shown)
        self._drawn = []
        scale = plan.pixels / 25.0
        fill = QColor("#000000") if dark else NOTE_FILL
        border = colors.text if dark else NOTE_BORDER
        chosen_colour = colors.accent if dark else CHOSEN
        for note, lines, rect in plan.laid:
            paint_note(painter, rect, note.chosen, fill, border, chosen_colour, scale=scale)
            painter.setFont(bold if note.chosen else font)
            painter.setPen(colors.text if dark else QColor("#1b1d21"))
            pad = (rect.height() - len(lines) * fm.lineSpacing()) / 2
            for k, line in enumerate(lines):
                painter.drawText(QRectF(rect.left(), rect.top() + pad + k * fm.lineSpacing(), rect.width(),
                                        fm.lineSpacing()), Qt.AlignmentFlag.AlignHCenter | flags, line)
            self._drawn.append(DrawnNote(note.text, rect, note.chosen))
        painter.end()
