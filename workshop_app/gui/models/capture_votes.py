"""Dot votes as a table: one row per option (card), a column per participant or one for totals."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from workshop_app.gui.plain import plain_tooltip, role_text
from workshop_app.gui.run.capture_tables import RANGE_ROLE
from workshop_app.model import Card, Participant, Vote
from workshop_app.services.capture import votes_used

Index = QModelIndex | QPersistentModelIndex
COUNTED = -1  # the "participant" of the totals column


class VoteTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.cards: list[Card] = []
        self.participants: list[Participant] = []
        self.votes: list[Vote] = []
        self.limit: int | None = None
        self.totals_mode = False
        #: on_set(card_id, participant_id or None, count) -> bool: store the dots (undoably).
        self.on_set: Callable[[int, int | None, int], bool] | None = None

    def set_data(self, cards: list[Card], participants: list[Participant], votes: list[Vote],
                 limit: int | None, totals_mode: bool) -> None:
        self.beginResetModel()
        self.cards, self.participants, self.votes = cards, participants, votes
        self.limit, self.totals_mode = limit, totals_mode
        self.endResetModel()

    # -- columns --------------------------------------------------------------------------------
    def voters(self) -> list[int]:
        """Participant id of each count column (COUNTED for the totals column)."""
        return [COUNTED] if self.totals_mode else [p.id for p in self.participants]

    def voter_at(self, column: int) -> int | None:
        """The participant id behind a count column; None for the totals column."""
        voters = self.voters()
        if 1 <= column <= len(voters):
            voter = voters[column - 1]
            return None if voter == COUNTED else voter
        raise IndexError(column)

    def is_count_column(self, column: int) -> bool:
        return 1 <= column <= len(self.voters())

    def count(self, card_id: int, participant_id: int | None) -> int:
        return sum(v.count for v in self.votes if v.card_id == card_id and v.participant_id == participant_id)

    def total(self, card_id: int) -> int:
        return sum(v.count for v in self.votes if v.card_id == card_id)

    # -- model ----------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.cards)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.voters()) + 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role not in (
                Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if section == 0:
            return self.tr("Option")
        if section == self.columnCount() - 1:
            return self.tr("Total")
        voter = self.voter_at(section)
        if voter is None:
            return self.tr("Counted dots")
        person = next(p for p in self.participants if p.id == voter)
        if not self.limit:
            return role_text(role, person.name)
        return role_text(role, f"{person.name}\n{votes_used(self.votes, voter)}/{self.limit}")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        card = self.cards[index.row()]
        col = index.column()
        last = self.columnCount() - 1
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == 0:
                return card.text
            if col == last:
                return self.total(card.id)
            n = self.count(card.id, self.voter_at(col))
            return n if role == Qt.ItemDataRole.EditRole else (n or "")
        if role == RANGE_ROLE and self.is_count_column(col):
            high = self.limit if self.limit and self.voter_at(col) is not None else 999
            return (0, high, False)
        if role == Qt.ItemDataRole.TextAlignmentRole and col:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and col == last:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and col == 0:
            return plain_tooltip(card.text)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and self.is_count_column(index.column()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or self.on_set is None:
            return False
        if not self.is_count_column(index.column()):
            return False
        try:
            count = int(value or 0)
        except (TypeError, ValueError):
            return False
        card = self.cards[index.row()]
        participant = self.voter_at(index.column())
        if count == self.count(card.id, participant):
            return True
        return self.on_set(card.id, participant, count)
