"""The rows of a list in the pack editor (exercises, steps, agendas, agenda items).

Each row is a label and the problems found in it; a row with problems shows a
warning icon and lists them in its tooltip. Dragging a row asks for a move
(``moveRequested``) instead of moving it, so that the move is an undoable edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QApplication, QStyle

from workshop_app.gui.plain import plain_tooltip

Index = QModelIndex | QPersistentModelIndex
MIME = "application/x-workshop-app-row"


@dataclass
class Row:
    text: str
    problems: list[str] = field(default_factory=list)


class PackRowsModel(QAbstractListModel):
    #: A row was dropped: (its row, the row it goes to).
    moveRequested = Signal(int, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[Row] = []

    def set_rows(self, rows: list[Row]) -> None:
        if len(rows) == len(self.rows):
            self.rows = rows
            if rows:
                self.dataChanged.emit(self.index(0), self.index(len(rows) - 1))
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip("\n".join([row.text, *(f"⚠ {p}" for p in row.problems)]))
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and row.problems:
            return "\n".join(row.problems)
        if role == Qt.ItemDataRole.DecorationRole and row.problems:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return None

    # -- dragging to reorder ----------------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes) -> QMimeData:
        data = QMimeData()
        if indexes:
            data.setData(MIME, str(indexes[0].row()).encode())
        return data

    def moveRows(self, source_parent: Index, source: int, count: int, parent: Index, child: int) -> bool:
        """QListView moves rows this way when one is dragged inside it."""
        target = child - 1 if child > source else child
        if count != 1 or not 0 <= source < len(self.rows) or target == source:
            return False
        self.moveRequested.emit(source, max(0, min(target, len(self.rows) - 1)))
        return True

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        if not data.hasFormat(MIME):
            return False
        source = int(bytes(data.data(MIME)).decode() or -1)
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self.rows))
        if target > source:
            target -= 1  # dropping below itself: the row is taken out first
        target = max(0, min(target, len(self.rows) - 1))
        if 0 <= source < len(self.rows) and target != source:
            self.moveRequested.emit(source, target)
        return False  # nothing is removed by the view: the move is done as an edit
