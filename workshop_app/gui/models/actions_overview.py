"""Every workshop's commitments as a table (the Actions page), its filter, and one row per
workshop to compare them side by side.

The lines come from ``services.actions_overview``; "today" is the model's (set with the lines),
never read from the clock here: overdue and "due soon" are decided on that day.
"""

from __future__ import annotations

import unicodedata
from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from workshop_app.formats import format_date
from workshop_app.gui.models.capture_actions import way_text
from workshop_app.gui.plain import plain_tooltip, role_text
from workshop_app.i18n import interface_language
from workshop_app.model.progress import status_label
from workshop_app.services.actions_overview import ActionLine, WorkshopTally, tallies

Index = QModelIndex | QPersistentModelIndex
# The role whose values a column sorts by (grouped: the same owner's or workshop's by due date).
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
# Sorts undated commitments after dated ones.
NO_DATE = "9999-99-99"


def _found(line: ActionLine) -> tuple[str, str]:
    """What the latest check-in wrote about it: what happened, what helps or blocks (never the
    facilitator's private note)."""
    review = line.progress.latest
    return (review.note.strip(), review.helps.strip()) if review is not None else ("", "")


def _day(iso: str) -> str:
    return format_date(iso, interface_language(), short=True)


def _alert_colour() -> QColor:
    """Overdue in a red that stays readable on the table's base colour (dark themes too)."""
    base = QApplication.palette().color(QPalette.ColorRole.Base)
    return QColor("#ff6b6b") if base.lightness() < 128 else QColor("#b00020")


class ActionsOverviewModel(QAbstractTableModel):
    WORKSHOP, DATE, TEXT, OWNERS, DUE, STATUS, WAY = range(7)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.lines: list[ActionLine] = []
        self.today = date.min

    def set_lines(self, lines: list[ActionLine], today: date) -> None:
        self.beginResetModel()
        self.lines, self.today = lines, today
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Workshop"), self.tr("Held on"), self.tr("Commitment"), self.tr("Owners"),
                self.tr("Due"), self.tr("Status"), self.tr("Way"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == self.DUE and line.overdue and role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Overdue: due {date}").format(date=_day(line.due))
            if col == self.STATUS and role == Qt.ItemDataRole.ToolTipRole:
                return plain_tooltip("\n".join(filter(None, (status_label(line.status), *_found(line)))))
            if col == self.WAY:
                return role_text(role, way_text(line.strategy, numbered=role == Qt.ItemDataRole.DisplayRole))
            return role_text(role, self._text(line, col))
        if role == SORT_ROLE:
            return self._sort_key(line, col)
        if role == Qt.ItemDataRole.UserRole:
            return line.workshop_id
        if col == self.DUE and line.overdue:
            if role == Qt.ItemDataRole.ForegroundRole:
                return _alert_colour()
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return None

    def _text(self, line: ActionLine, col: int) -> str:
        if col == self.WORKSHOP:
            return line.workshop_title
        if col == self.DATE:
            return _day(line.workshop_date)
        if col == self.TEXT:
            return line.text
        if col == self.OWNERS:
            return ", ".join(line.owners)
        if col == self.DUE:
            return _day(line.due)
        return status_label(line.status)

    def _sort_key(self, line: ActionLine, col: int) -> str:
        due = line.due or NO_DATE
        if col == self.WORKSHOP:
            return f"{line.workshop_title.casefold()}\0{line.workshop_date}\0{line.workshop_id:012d}\0{due}"
        if col == self.DATE:
            return f"{line.workshop_date or NO_DATE}\0{line.workshop_id:012d}\0{due}"
        if col == self.OWNERS:
            first = line.owners[0].casefold() if line.owners else "\uffff"
            return f"{first}\0{due}"
        if col == self.DUE:
            return due
        if col == self.STATUS:
            return f"{status_label(line.status).casefold()}\0{due}"
        return self._text(line, col).casefold() if col != self.WAY else f"{line.strategy}\0{due}"

    def workshop_id(self, row: int) -> int:
        return self.lines[row].workshop_id


def folded(text: str) -> str:
    """``text`` as the search compares it: case and accents ignored ("tomas" finds "Tomás",
    "fuhrung" finds "Führung")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class ActionsFilter(QSortFilterProxyModel):
    """Which commitments are shown: a search (text, owner, workshop), one owner, one status, and
    overdue or due soon (either ticked shows those; both show both)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.search = ""
        self.owner = ""  # a name, "" for everyone
        self.status = ""  # a status key, "" for any
        self.overdue = False
        self.due_soon = False

    def set_filter(self, **values) -> None:
        """Change some of ``search``, ``owner``, ``status``, ``overdue``, ``due_soon``."""
        changing = hasattr(self, "beginFilterChange")  # Qt 6.9: invalidateRowsFilter() deprecated
        if changing:
            self.beginFilterChange()
        for name, value in values.items():
            if not hasattr(self, name):
                raise AttributeError(name)
            setattr(self, name, folded(value) if name == "search" else value)
        if changing:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

    def matches_search(self, line: ActionLine) -> bool:
        """The search and the owner alone (what the workshops side by side count)."""
        if self.owner and self.owner not in line.owners:
            return False
        if not self.search:
            return True
        return any(self.search in folded(text)
                   for text in (line.text, line.workshop_title, *line.owners))

    def accepts(self, line: ActionLine) -> bool:
        if not self.matches_search(line):
            return False
        if self.status and line.status != self.status:
            return False
        if self.overdue or self.due_soon:
            today = self.sourceModel().today
            return (self.overdue and line.overdue) or (self.due_soon and line.due_soon(today))
        return True

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        return self.accepts(self.sourceModel().lines[source_row])

    def shown_lines(self) -> list[ActionLine]:
        return [line for line in self.sourceModel().lines if self.matches_search(line)]


class WorkshopTallyModel(QAbstractTableModel):
    """One row per workshop: done of all its commitments, and how many are overdue."""

    WORKSHOP, DATE, DONE, OVERDUE = range(4)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[WorkshopTally] = []

    def set_lines(self, lines: list[ActionLine]) -> None:
        self.beginResetModel()
        self.rows = tallies(lines)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Workshop"), self.tr("Held on"), self.tr("Done"), self.tr("Overdue"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == self.DONE:
                share = round(100 * row.done / row.total) if row.total else 0
                return self.tr("{done} of {total} ({share}%)").format(
                    done=row.done, total=row.total, share=share)
            if col == self.OVERDUE:
                return str(row.overdue)
            return role_text(role, row.title if col == self.WORKSHOP else _day(row.date))
        if role == Qt.ItemDataRole.UserRole:
            return row.workshop_id
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.DONE, self.OVERDUE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.OVERDUE and row.overdue:
            return _alert_colour()
        return None
