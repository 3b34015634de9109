"""A table view whose drops are handled by the panel that owns it (moves and library drops)."""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

#: Rows of the participants table (JSON list of ids).
PARTICIPANT_MIME = "application/x-workshop-participant-ids"
#: Rows of the agenda (JSON list of ids).
AGENDA_MIME = "application/x-workshop-agenda-ids"
#: Exercises dragged from the library panel (JSON list of [pack id, exercise id]).
EXERCISE_MIME = "application/x-workshop-exercises"


def encode(mime_type: str, value) -> QMimeData:
    mime = QMimeData()
    mime.setData(mime_type, json.dumps(value).encode("utf-8"))
    return mime


def decode(mime: QMimeData, mime_type: str):
    """The JSON value carried under ``mime_type``, or None when absent or unreadable."""
    if not mime.hasFormat(mime_type):
        return None
    try:
        return json.loads(bytes(mime.data(mime_type).data()).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return None


class DropTableView(QTableView):
    """Rows can be dragged within the table; drops of ``accepted`` formats are reported by row."""

    #: (mime data, row the drop lands before; rowCount() = the end)
    dropped = Signal(QMimeData, int)

    def __init__(self, accepted: tuple[str, ...], parent=None):
        super().__init__(parent)
        self.accepted = accepted
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)  # Tab leaves the table: keyboard users reach the buttons
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)

    def _ours(self, mime: QMimeData) -> bool:
        return any(mime.hasFormat(f) for f in self.accepted)

    def _accept_drag(self, event, base) -> None:
        if self._ours(event.mimeData()):
            base(event)  # auto-scroll and the drop indicator
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._accept_drag(event, super().dragEnterEvent)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._accept_drag(event, super().dragMoveEvent)

    def drop_row(self, y: int) -> int:
        """The row a drop at viewport height ``y`` goes before."""
        index = self.indexAt(QPoint(5, y))
        if not index.isValid():
            return self.model().rowCount()
        rect = self.visualRect(index)
        return index.row() + (1 if y > rect.center().y() else 0)

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        if not self._ours(mime):
            event.ignore()
            return
        row = self.drop_row(int(event.position().y()))
        # Copy, never Move: the dragging view must not remove rows itself; the panel moves them.
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.setState(QAbstractItemView.State.NoState)
        self.viewport().update()
        self.dropped.emit(mime, row)
