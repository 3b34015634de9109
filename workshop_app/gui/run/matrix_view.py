"""The 2x2 matrix as a QGraphicsView: two named axes, candidates placed and moved by drag.

Positions are kept as x, y from 0 to 1 (y grows upwards, like the axis).
The view reports what the facilitator did through three callables:
``on_place(key, x, y)`` (a drop from the candidate list or a move),
``on_remove(key)`` and ``on_choose(keys)`` (Space: the selected notes chosen, or all
unchosen when they all were). A key is ``"card:12"`` or ``"action:3"``. A chosen note (a quick
win or big bet the room takes forward) is drawn with a thick green frame and a check mark, by
the painting the projector's matrix shares (``matrix_paint.paint_note``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QPainter,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from workshop_app.gui.plain import plain_tooltip
from workshop_app.gui.run.fit_text import wrap_lines
from workshop_app.gui.run.matrix_paint import (
    NOTE_BORDER,
    NOTE_FILL,
    paint_axes,
    paint_grid,
    paint_note,
    plot_point,
)
from workshop_app.services.capture import MatrixAxes

CANDIDATE_MIME = "application/x-workshop-app-candidate"
SIZE = 1000.0
MARGIN = 70.0
NOTE_W, NOTE_H = 230.0, 92.0
NOTE_PAD = 8.0
NOTE_PIXELS = (25, 20)  # the note's text size; smaller when the text would not fit
STEP = 0.05  # how far an arrow key moves a note


PLOT = QRectF(MARGIN, MARGIN, SIZE - 2 * MARGIN, SIZE - 2 * MARGIN)  # the matrix in the scene


def to_scene(x: float, y: float) -> QPointF:
    return plot_point(PLOT, x, y)


def from_scene(point: QPointF) -> tuple[float, float]:
    span = SIZE - 2 * MARGIN
    x = (point.x() - MARGIN) / span
    y = 1.0 - (point.y() - MARGIN) / span
    return min(1.0, max(0.0, x)), min(1.0, max(0.0, y))


class NoteItem(QGraphicsRectItem):
    """A candidate on the matrix, centred on its position."""

    def __init__(self, key: str, text: str, view: MatrixView):
        super().__init__(-NOTE_W / 2, -NOTE_H / 2, NOTE_W, NOTE_H)
        self.key = key
        self.view = view
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setBrush(QBrush(NOTE_FILL))
        self.setPen(QPen(NOTE_BORDER, 2))
        self.text = ""
        self.chosen = False
        self.label = QGraphicsSimpleTextItem(self)  # plain: typed text is never markup
        self.label.setBrush(QColor("#1b1d21"))
        self.set_text(text)
        self._press: QPointF | None = None

    def set_text(self, text: str) -> None:
        """Show ``text`` inside the note: wrapped, smaller if need be, cut with "…"; whole in the tooltip."""
        self.text = text
        self.setToolTip(plain_tooltip(text) or "")
        font = QFont()
        for pixels in NOTE_PIXELS:
            font.setPixelSize(pixels)
            room = int((NOTE_H - 2 * NOTE_PAD) // QFontMetricsF(font).lineSpacing())
            lines, cut = wrap_lines(text, font, NOTE_W - 2 * NOTE_PAD, room)
            if not cut:
                break
        self.label.setFont(font)
        self.label.setText("\n".join(lines))
        height = self.label.boundingRect().height()
        self.label.setPos(-NOTE_W / 2 + NOTE_PAD, -height / 2)  # centred top to bottom

    def set_chosen(self, chosen: bool) -> None:
        if chosen != self.chosen:
            self.chosen = chosen
            self.update()

    def boundingRect(self) -> QRectF:
        return super().boundingRect().adjusted(-4, -14, 14, 4)  # the chosen mark sticks out

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        paint_note(painter, self.rect(), self.chosen, self.brush().color(),
                   frame=QColor("#1f5fbf") if self.isSelected() else None)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._press = self.pos()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if self._press is not None and self.pos() != self._press:
            for item in self.scene().selectedItems() or [self]:
                if isinstance(item, NoteItem):
                    self.view.report_move(item)
        self._press = None


class MatrixView(QGraphicsView):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setScene(QGraphicsScene(0, 0, SIZE, SIZE, self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAcceptDrops(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setBackgroundBrush(QColor("#ffffff"))
        self.on_place: Callable[[str, float, float], None] | None = None
        self.on_remove: Callable[[str], None] | None = None
        self.on_choose: Callable[[list[str]], None] | None = None
        self.notes: dict[str, NoteItem] = {}
        self.axes = MatrixAxes()

    # -- content --------------------------------------------------------------------------------
    def set_axes(self, axes: MatrixAxes) -> None:
        self.axes = axes
        self.resetCachedContent()
        self.viewport().update()

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        """The grid and the axes, drawn as the projector draws them (``matrix_paint``)."""
        super().drawBackground(painter, rect)
        paint_grid(painter, PLOT, QPen(QColor("#9aa3ad"), 2))
        font = QFont()
        font.setPixelSize(24)
        bold = QFont(font)
        bold.setBold(True)
        paint_axes(painter, PLOT, self.axes, font, bold, QColor("#3a4048"), MARGIN)

    def set_notes(self, placed: list[tuple[str, str, float, float, bool]]) -> None:
        """(key, text, x, y, chosen) of every placed candidate; existing notes are moved, not
        rebuilt (a note may be in the middle of handling its own mouse release)."""
        wanted = {key for key, *_rest in placed}
        for key in [k for k in self.notes if k not in wanted]:
            self.scene().removeItem(self.notes.pop(key))
        for key, text, x, y, chosen in placed:
            note = self.notes.get(key)
            if note is None:
                note = NoteItem(key, text, self)
                self.scene().addItem(note)
                self.notes[key] = note
            elif note.text != text:
                note.set_text(text)
            note.setPos(to_scene(x, y))
            note.set_chosen(chosen)

    def selected_keys(self) -> list[str]:
        return [n.key for n in self.scene().selectedItems() if isinstance(n, NoteItem)]

    def report_move(self, note: NoteItem) -> None:
        if self.on_place is not None:
            x, y = from_scene(note.pos())
            self.on_place(note.key, x, y)

    # -- keyboard -------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        moves = {Qt.Key.Key_Left: (-STEP, 0), Qt.Key.Key_Right: (STEP, 0),
                 Qt.Key.Key_Up: (0, STEP), Qt.Key.Key_Down: (0, -STEP)}
        notes = [n for n in self.scene().selectedItems() if isinstance(n, NoteItem)]
        if event.key() in moves and notes and self.on_place is not None:
            dx, dy = moves[event.key()]
            for note in notes:
                x, y = from_scene(note.pos())
                self.on_place(note.key, min(1.0, max(0.0, x + dx)), min(1.0, max(0.0, y + dy)))
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and notes and self.on_remove:
            for note in notes:
                self.on_remove(note.key)
            return
        if event.key() == Qt.Key.Key_Space and notes and self.on_choose is not None:
            self.on_choose([note.key for note in notes])
            return
        if event.key() == Qt.Key.Key_Tab and self.notes:  # walk through the notes
            keys = list(self.notes)
            current = notes[0].key if notes else None
            nxt = keys[(keys.index(current) + 1) % len(keys)] if current in keys else keys[0]
            self.scene().clearSelection()
            self.notes[nxt].setSelected(True)
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, forward: bool) -> bool:
        if self.notes and self.hasFocus():
            return False  # Tab walks through the notes (Escape leaves the matrix)
        return super().focusNextPrevChild(forward)

    # -- drops from the candidate list ----------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(CANDIDATE_MIME):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(CANDIDATE_MIME):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        data = event.mimeData()
        if not data.hasFormat(CANDIDATE_MIME) or self.on_place is None:
            super().dropEvent(event)
            return
        key = bytes(data.data(CANDIDATE_MIME)).decode(errors="replace")
        x, y = from_scene(self.mapToScene(event.position().toPoint()))
        event.acceptProposedAction()
        self.on_place(key, x, y)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
