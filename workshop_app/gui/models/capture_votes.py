"""Dot votes as a table: one row per option (card), a column per participant or one for totals."""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from workshop_app.gui.models.capture_cards import order_key
from workshop_app.gui.models.participants_model import person_label
from workshop_app.gui.plain import plain_tooltip, role_text
from workshop_app.gui.run.capture_tables import RANGE_ROLE, cell_range, number_data
from workshop_app.model import Card, Participant, Vote
from workshop_app.services.capture import MAX_DOTS, votes_used

Index = QModelIndex | QPersistentModelIndex
COUNTED = -1  # the "participant" of the totals column


class VoteTableModel(QAbstractTableModel):
    """Columns: the option, a count column per voter, the total.

    The option's cell has a check box: ticked, the room chose that option (after the count, the
    options it takes forward; only those print on the plans). Space or a click ticks it.

    The voters are the participants (dots per participant) or the facilitator's
    counted totals (:data:`COUNTED`); dots of the other kind stay visible too, in
    columns after these, so every dot in the Total column is in a column of its
    own. The columns are chosen when the data is set and kept while typing.

    The votes are indexed once per change (dots by option and voter, totals by option), so a
    cell is a dictionary lookup; :meth:`update_votes` tells the views only the cells, totals
    and voter headers that changed.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.cards: list[Card] = []
        self.participants: list[Participant] = []
        self.votes: list[Vote] = []
        self.limit: int | None = None
        self.totals_mode = False
        self.columns: list[int] = []
        self._dots: Counter[tuple[int | None, int | None]] = Counter()  # (card, voter) -> dots
        self._totals: Counter[int | None] = Counter()
        self._used: dict[int, int] = {}  # dots each voter gave, filled as headers are asked for
        self._people: dict[int | None, Participant] = {}
        #: on_set(card_id, participant_id or None, count) -> bool: store the dots (undoably).
        self.on_set: Callable[[int, int | None, int], bool] | None = None
        #: on_choose(card_id, chosen) -> bool: mark the option chosen or not (undoably).
        self.on_choose: Callable[[int, bool], bool] | None = None

    def set_data(self, cards: list[Card], participants: list[Participant], votes: list[Vote],
                 limit: int | None, totals_mode: bool) -> None:
        self.beginResetModel()
        self.cards, self.participants = cards, participants
        self._people = {p.id: p for p in participants}
        self.limit, self.totals_mode = limit, totals_mode
        self._index(votes)
        self.columns = self._columns_for(votes)
        self.endResetModel()

    def _index(self, votes: list[Vote]) -> None:
        self.votes = votes
        self._dots = Counter()
        self._totals = Counter()
        for v in votes:
            self._dots[v.card_id, v.participant_id] += v.count
            self._totals[v.card_id] += v.count
        self._used = {}

    def update_votes(self, votes: list[Vote]) -> None:
        """New counts; without a reset (the cell editor moves on) unless dots need a new column.

        Only the cells whose dots changed, their options' totals and their voters' headers are
        said to have changed."""
        if set(self._columns_for(votes)) - set(self.columns):
            self.set_data(self.cards, self.participants, votes, self.limit, self.totals_mode)
            return
        before = self._dots
        self._index(votes)
        changed = {key for key in before.keys() | self._dots.keys() if before[key] != self._dots[key]}
        if not changed:
            return
        rows = {card.id: row for row, card in enumerate(self.cards)}
        columns = {voter: column for column, voter in enumerate(self.columns, start=1)}
        total = self.columnCount() - 1
        for card_id, voter in changed:
            row = rows.get(card_id)
            column = columns.get(COUNTED if voter is None else voter)
            if row is None:
                continue
            if column is not None:
                self.dataChanged.emit(self.index(row, column), self.index(row, column))
            self.dataChanged.emit(self.index(row, total), self.index(row, total))
        for voter in {voter for _card, voter in changed}:
            column = columns.get(COUNTED if voter is None else voter)
            if column is not None:
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, column, column)

    def insert_card(self, card: Card) -> None:
        """One stored option more, at its place among the options (a row inserted, no reset)."""
        row = bisect.bisect(self.cards, order_key(card), key=order_key)
        self.beginInsertRows(QModelIndex(), row, row)
        self.cards.insert(row, card)
        self.endInsertRows()

    def update_card(self, card: Card) -> None:
        """The stored option changed (chosen or not): its row shows it, without a reset."""
        row = next((r for r, shown in enumerate(self.cards) if shown.id == card.id), None)
        if row is not None:
            self.cards[row] = card
            self.dataChanged.emit(self.index(row, 0), self.index(row, 0))

    def remove_card(self, card_id: int) -> None:
        """The option is no longer stored: its row goes (its dots go with :meth:`update_votes`)."""
        row = next((r for r, card in enumerate(self.cards) if card.id == card_id), None)
        if row is not None:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.cards[row]
            self.endRemoveRows()

    def _columns_for(self, votes: list[Vote]) -> list[int]:
        """The mode's voters first, then whoever else holds dots (so no dot is out of sight)."""
        people = [p.id for p in self.participants if p.id is not None]
        if self.totals_mode:
            voted = {v.participant_id for v in votes}
            return [COUNTED, *(p for p in people if p in voted)]
        counted = any(v.participant_id is None for v in votes)
        return [*people, *([COUNTED] if counted else [])]

    # -- columns --------------------------------------------------------------------------------
    def voters(self) -> list[int]:
        """Participant id of each count column (COUNTED for the totals column)."""
        return self.columns

    def voter_at(self, column: int) -> int | None:
        """The participant id behind a count column; None for the totals column."""
        voters = self.voters()
        if 1 <= column <= len(voters):
            voter = voters[column - 1]
            return None if voter == COUNTED else voter
        raise IndexError(column)

    def is_count_column(self, column: int) -> bool:
        return 1 <= column <= len(self.voters())

    def is_open_column(self, column: int) -> bool:
        """A count column that takes new input (not the read-only one of someone absent)."""
        if not self.is_count_column(column):
            return False
        voter = self.voter_at(column)
        person = self._people.get(voter)
        return voter is None or person is None or not person.absent

    def count(self, card_id: int, participant_id: int | None) -> int:
        return self._dots[card_id, participant_id]

    def total(self, card_id: int) -> int:
        return self._totals[card_id]

    def used(self, voter: int) -> int:
        """Dots ``voter`` gave on this item (counted once per change)."""
        if voter not in self._used:
            self._used[voter] = votes_used(self.votes, voter)
        return self._used[voter]

    def range_of(self, column: int) -> tuple[int, int, bool]:
        """Dots one cell may hold: up to the per-person limit, or MAX_DOTS for counted totals."""
        personal = self.limit if self.voter_at(column) is not None else None
        return cell_range(0, min(personal or MAX_DOTS, MAX_DOTS), False)

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
        if voter is None:  # two short lines leave the option names room
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Counted\ndots")
            return self.tr("Counted dots")
        name = person_label(self._people[voter])
        if not self.limit:
            return role_text(role, name)
        return role_text(role, f"{name}\n{self.used(voter)}/{self.limit}")

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
                return str(self.total(card.id))  # text: a sum of stored counts may pass 64 bits
            n = self.count(card.id, self.voter_at(col))
            return number_data(n or None, role, self.range_of(col))
        if role == RANGE_ROLE and self.is_count_column(col):
            return self.range_of(col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and col == last:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.CheckStateRole and col == 0:
            return Qt.CheckState.Checked if card.chosen else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.FontRole and col == 0 and card.chosen:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and col == 0:
            return plain_tooltip(card.text)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if self.is_open_column(index.column()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0 and self.on_choose is not None:
            chosen = Qt.CheckState(value) == Qt.CheckState.Checked
            card = self.cards[index.row()]
            return chosen == card.chosen or self.on_choose(card.id, chosen)
        if role != Qt.ItemDataRole.EditRole or self.on_set is None:
            return False
        if not self.is_open_column(index.column()):
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
