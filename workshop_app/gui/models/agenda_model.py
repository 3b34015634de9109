"""Table model over a workshop's agenda: clock time, item, kind, minutes (editable)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from workshop_app.gui.plain import plain_tooltip
from workshop_app.gui.planning.row_models import RowsTableModel
from workshop_app.gui.planning.views import AGENDA_MIME, EXERCISE_MIME
from workshop_app.model import AgendaItem
from workshop_app.model.workshop import AGENDA_KINDS
from workshop_app.services import planning

Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class AgendaModel(RowsTableModel):
    TIME, TITLE, KIND, MINUTES = range(4)
    FIELDS = {TITLE: "title", MINUTES: "minutes"}
    row_mime = AGENDA_MIME
    extra_drops = (EXERCISE_MIME,)
    #: (item id, field, new value): the page turns it into an undoable edit.
    editRequested = Signal(int, str, object)

    def __init__(self, parent=None):
        super().__init__((self.tr("Time"), self.tr("Item"), self.tr("Kind"), self.tr("Minutes")), parent)
        self.times: list[str] = []
        self.start_time = "09:00"

    def set_plan(self, rows: list[AgendaItem], start_time: str) -> None:
        """The agenda and the clock time each row starts at."""
        self.start_time = start_time
        self.times = planning.clock_times(start_time, [r.minutes for r in rows])
        self.set_rows(rows)

    def item(self, row: int) -> AgendaItem:
        return self.rows[row]

    def header_alignment(self, section: int):
        return RIGHT if section == self.MINUTES else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == self.TIME:
                return self.times[index.row()]
            if col == self.TITLE:
                return item.title
            if col == self.KIND:
                return QCoreApplication.translate("Model", AGENDA_KINDS.get(item.kind, item.kind))
            return item.minutes
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        if role == Qt.ItemDataRole.ToolTipRole and col == self.TITLE:
            summary = (item.exercise or {}).get("summary", "")
            return plain_tooltip("\n".join(t for t in (item.title, summary) if t))
        if role == Qt.ItemDataRole.ToolTipRole and col == self.MINUTES:
            planned = (item.exercise or {}).get("minutes")
            if planned is not None and planned != item.minutes:
                return self.tr("The exercise suggests {n} min").format(n=planned)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.TIME, self.MINUTES):
            return RIGHT
        if role == Qt.ItemDataRole.FontRole and item.kind == "break":
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = self.base_flags(index)
        if index.isValid() and index.column() in self.FIELDS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() not in self.FIELDS:
            return False
        item = self.rows[index.row()]
        field = self.FIELDS[index.column()]
        if field == "minutes":
            value = planning.clamp_minutes(value)
        else:
            value = " ".join(str(value or "").split())
            if not value:
                return False
        if value == getattr(item, field):
            return False
        self.editRequested.emit(item.id, field, value)
        return True
