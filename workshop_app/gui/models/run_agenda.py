"""The agenda while running: each item with its planned and actual time."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from workshop_app.gui.plain import plain_tooltip
from workshop_app.services.run_session import CURRENT, DONE, SKIPPED, AgendaRow
from workshop_app.services.run_timer import format_seconds

Index = QModelIndex | QPersistentModelIndex


class RunAgendaModel(QAbstractTableModel):
    ITEM, PLANNED, ACTUAL = range(3)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[AgendaRow] = []

    def set_rows(self, rows: list[AgendaRow]) -> None:
        if len(rows) != len(self.rows) or [r.title for r in rows] != [r.title for r in self.rows]:
            self.beginResetModel()
            self.rows = rows
            self.endResetModel()
            return
        self.rows = rows
        if rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self.ACTUAL))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Item"), self.tr("Plan"), self.tr("Actual"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.ITEM:
                return f"{row.index + 1}. {row.title}"
            if col == self.PLANNED:
                return format_seconds(int(row.planned_seconds))
            if row.status == SKIPPED:
                return self.tr("skipped")
            return format_seconds(int(row.actual_seconds)) if row.actual_seconds else "–"
        if role == Qt.ItemDataRole.ToolTipRole and col == self.ITEM:
            return plain_tooltip(row.title)
        if role == Qt.ItemDataRole.FontRole and row.status == CURRENT:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == self.ACTUAL and row.actual_seconds > row.planned_seconds + 0.5:
                return QColor("#c4001d")
            if row.status in (DONE, SKIPPED) and col != self.ACTUAL:
                return QColor("#808080")
        if role == Qt.ItemDataRole.TextAlignmentRole and col != self.ITEM:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole and col == self.ITEM:
            status = {CURRENT: self.tr("now"), DONE: self.tr("done"), SKIPPED: self.tr("skipped")}
            return f"{row.title} ({status.get(row.status, self.tr('to come'))})"
        return None
