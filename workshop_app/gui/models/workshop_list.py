"""Table model over ``Store.list_workshops()``."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from workshop_app.gui.plain import role_text

Index = QModelIndex | QPersistentModelIndex


class WorkshopListModel(QAbstractTableModel):
    COLUMNS = ("title", "date", "organisation", "participants", "actions")

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.rows = []
        self.headers = (self.tr("Title"), self.tr("Date"), self.tr("Organisation"),
                        self.tr("Participants"), self.tr("Actions"))

    def refresh(self) -> None:
        self.beginResetModel()
        self.rows = self.store.list_workshops()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        key = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return role_text(role, getattr(row, key))
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("participants", "actions"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def workshop_id(self, row: int) -> int:
        return self.rows[row].id
