"""Action items as a table: what, who, by when, measure, which way, support, check-in, with whom."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from workshop_app.formats import format_date
from workshop_app.gui.plain import role_text
from workshop_app.model import ActionItem, strategy_by_id

Index = QModelIndex | QPersistentModelIndex


def way_text(strategy_id: str, numbered: bool = True) -> str:
    """A commitment's way as the tables show it: ``2. Foster open communication`` (the title
    alone when not ``numbered``; "" when it names none)."""
    way = strategy_by_id(strategy_id)
    if way is None:
        return ""
    title = QCoreApplication.translate("Strategies", way.title)
    return f"{way.number}. {title}" if numbered else title


class ActionTableModel(QAbstractTableModel):
    TEXT, OWNERS, DUE, MEASURE, WAY, SUPPORT, CHECKIN, CHECKIN_WITH = range(8)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.actions: list[ActionItem] = []
        self.names: dict[int, str] = {}
        self.language = "en"  #: the workshop's: how the dates are shown

    def set_actions(self, actions: list[ActionItem], names: dict[int, str], language: str = "en") -> None:
        self.beginResetModel()
        self.actions, self.names, self.language = actions, names, language
        self.endResetModel()

    def row_of(self, action_id: int | None) -> int:
        return next((i for i, a in enumerate(self.actions) if a.id == action_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.actions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 8

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Action"), self.tr("Owners"), self.tr("Due"), self.tr("Measure"), self.tr("Way"),
                self.tr("Support"), self.tr("Check-in"), self.tr("Check in with"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        a = self.actions[index.row()]
        col = index.column()
        if col == self.OWNERS:
            return role_text(role, ", ".join(self.names.get(o, "?") for o in a.owners))
        if col == self.WAY:
            return way_text(a.strategy, numbered=role != Qt.ItemDataRole.ToolTipRole)
        if col in (self.DUE, self.CHECKIN):  # as the printed plans give them (typed as YYYY-MM-DD)
            when = a.due if col == self.DUE else a.checkin
            return role_text(role, format_date(when, self.language, short=True))
        return role_text(role, {self.TEXT: a.text, self.MEASURE: a.measure, self.SUPPORT: a.support,
                                self.CHECKIN_WITH: a.checkin_with}[col])
