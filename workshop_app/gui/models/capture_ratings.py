"""Ratings as a table: one row per criterion, one column per participant, then the room's mean."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from workshop_app.formats import mean_text
from workshop_app.gui.models.participants_model import person_label
from workshop_app.gui.plain import role_text
from workshop_app.gui.run.capture_tables import RANGE_ROLE, cell_range, number_data
from workshop_app.model import Participant, Rating
from workshop_app.model.results import rating_summaries

Index = QModelIndex | QPersistentModelIndex


class RatingTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.criteria: list[str] = []
        self.participants: list[Participant] = []
        self.ratings: list[Rating] = []
        self._values: dict[tuple[int, str], int] = {}
        self.scale_min, self.scale_max = 1, 5
        self.language = "en"  #: the workshop's: how the means print
        #: on_set(participant_id, criterion, value or None) -> bool
        self.on_set: Callable[[int, str, int | None], bool] | None = None

    def set_data(self, criteria: list[str], participants: list[Participant], ratings: list[Rating],
                 scale_min: int, scale_max: int, language: str = "en") -> None:
        self.beginResetModel()
        self.criteria, self.participants = criteria, participants
        self.language = language
        self._index(ratings)
        self.scale_min, self.scale_max = scale_min, scale_max
        self.endResetModel()

    def _index(self, ratings: list[Rating]) -> None:
        """The ratings by (participant, criterion), worked out once per change (the first of
        two for the same cell counts, as before)."""
        self.ratings = ratings
        self._values = {}
        for r in ratings:
            self._values.setdefault((r.participant_id, r.criterion), r.value)

    def value(self, participant_id: int, criterion: str) -> int | None:
        return self._values.get((participant_id, criterion))

    def _mean(self, criterion: str) -> str:
        """The room's mean as the projector and the report give it (model.results)."""
        (summary,) = rating_summaries([r for r in self.ratings if r.criterion == criterion], [criterion],
                                      (self.scale_min, self.scale_max))
        return mean_text(summary.mean, self.language) if summary.count else ""

    def _range(self) -> tuple[int, int, bool]:
        return cell_range(self.scale_min, self.scale_max, True)

    def _participant(self, column: int) -> Participant | None:
        return self.participants[column] if 0 <= column < len(self.participants) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.criteria)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.participants) + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Vertical:
            return role_text(role, self.criteria[section]) if section < len(self.criteria) else None
        person = self._participant(section)
        return role_text(role, person_label(person) if person else self.tr("Mean"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        criterion = self.criteria[index.row()]
        person = self._participant(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if person is None:
                return self._mean(criterion)
            return number_data(self.value(person.id, criterion), role, self._range())
        if role == RANGE_ROLE and person is not None:
            return self._range()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        person = self._participant(index.column())
        if person is not None and not person.absent:  # an absent person's values: read-only
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        person = self._participant(index.column())
        if role != Qt.ItemDataRole.EditRole or person is None or person.absent or self.on_set is None:
            return False
        try:
            number = None if value in (None, "") else int(value)
        except (TypeError, ValueError):
            return False
        criterion = self.criteria[index.row()]
        if number == self.value(person.id, criterion):
            return True
        return self.on_set(person.id, criterion, number)

    def refresh(self, ratings: list[Rating]) -> None:
        """New values without a reset (so the cell editor can move on with Tab): only the cells
        that changed, and their criteria's means, are said to have changed."""
        before = self._values
        self._index(ratings)
        changed = {key for key in before.keys() | self._values.keys()
                   if before.get(key) != self._values.get(key)}
        rows = {criterion: row for row, criterion in enumerate(self.criteria)}
        columns = {p.id: column for column, p in enumerate(self.participants)}
        mean = len(self.participants)
        for participant_id, criterion in changed:
            row = rows.get(criterion)
            if row is None:
                continue
            column = columns.get(participant_id)
            if column is not None:
                self.dataChanged.emit(self.index(row, column), self.index(row, column))
            self.dataChanged.emit(self.index(row, mean), self.index(row, mean))
