"""What the participants and agenda table models share: rows with ids, dragged by id."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt

from workshop_app.gui.planning.views import encode

Index = QModelIndex | QPersistentModelIndex


class RowsTableModel(QAbstractTableModel):
    """A table over stored rows (dataclasses with an ``id``); subclasses give headers and cells."""

    #: Mime type a drag of these rows carries (a JSON list of ids).
    row_mime = ""
    #: Further mime types the table accepts drops of.
    extra_drops: tuple[str, ...] = ()

    def __init__(self, headers: tuple[str, ...], parent=None):
        super().__init__(parent)
        self.rows: list[Any] = []
        self.headers = headers

    def set_rows(self, rows: list[Any]) -> None:
        """Show ``rows``; when the same ids come in the same order only the cells repaint
        (the selection and an open editor stay)."""
        if [r.id for r in rows] == [r.id for r in self.rows]:
            self.rows = list(rows)
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(self.headers) - 1))
            return
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_of(self, row_id: int) -> int:
        for row, item in enumerate(self.rows):
            if item.id == row_id:
                return row
        return -1

    def ids(self) -> list[int]:
        return [r.id for r in self.rows]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def header_alignment(self, section: int):
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.header_alignment(section)
        return None

    def base_flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled)

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [self.row_mime, *self.extra_drops]

    def mimeData(self, indexes) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return encode(self.row_mime, [self.rows[r].id for r in rows])
