"""Table model over a workshop's participants; edits are requested, the undo command makes them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from workshop_app.gui.plain import plain_tooltip
from workshop_app.gui.planning.row_models import RowsTableModel
from workshop_app.gui.planning.views import PARTICIPANT_MIME
from workshop_app.model import SIDES, Participant
from workshop_app.services.csv_import import valid_email

Index = QModelIndex | QPersistentModelIndex


def side_label(key: str) -> str:
    return QCoreApplication.translate("Model", SIDES.get(key, key))


def person_label(person: Participant) -> str:
    """A participant's name as lists and grids show it: "(absent)" after it when marked absent."""
    if person.absent:
        return QCoreApplication.translate("Participants", "{name} (absent)").format(name=person.name)
    return person.name


class ParticipantsModel(RowsTableModel):
    COLUMNS = ("name", "role", "team", "side", "email")
    row_mime = PARTICIPANT_MIME
    #: (participant id, field, new value): the page turns it into an undoable edit.
    editRequested = Signal(int, str, object)

    def __init__(self, parent=None):
        super().__init__((self.tr("Name"), self.tr("Role"), self.tr("Team"), self.tr("Side"),
                          self.tr("E-mail")), parent)

    def participant(self, row: int) -> Participant:
        return self.rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        p = self.rows[index.row()]
        key = self.COLUMNS[index.column()]
        value = getattr(p, key)
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "name":
                return person_label(p)
            return side_label(value) if key == "side" else value
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.UserRole:
            return p.id
        bad_email = key == "email" and value and not valid_email(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            if bad_email:
                return plain_tooltip(self.tr("“{value}” does not look like an e-mail address")
                                     .format(value=value))
            if key == "name" and p.absent:
                return plain_tooltip(self.tr("{name} is marked absent: kept in the record, not offered "
                                             "for new input, no printed plan.").format(name=value))
            return plain_tooltip(value)
        if role == Qt.ItemDataRole.ForegroundRole and bad_email:
            return QBrush(_warning_colour())
        if role == Qt.ItemDataRole.ForegroundRole and p.absent:
            return QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)  # greyed, readable
        if role == Qt.ItemDataRole.FontRole and p.absent:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = self.base_flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.isValid() else flags

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        p = self.rows[index.row()]
        key = self.COLUMNS[index.column()]
        value = str(value if value is not None else "").strip()
        if key == "name":
            value = " ".join(value.split())
            if not value:
                return False  # everyone needs a name: the old one stays
        if key == "side" and value not in SIDES:
            return False
        if value == getattr(p, key):
            return False
        self.editRequested.emit(p.id, key, value)
        return True


def _warning_colour() -> QColor:
    dark = QApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128
    return QColor("#ff8a80") if dark else QColor("#b3261e")
