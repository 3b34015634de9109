"""Table model over ``Store.list_workshops()``, sorted by the model itself.

Sorting through QSortFilterProxyModel asks ``data()`` for every row, twice per comparison
(thousands of Python calls with 5,000 workshops, before the first frame). The model sorts its
rows by their fields instead; :class:`SourceSortProxy` filters and passes sorting on to it.

At start-up the Workshops page loads only the rows of its first frame (``refresh(first=...)``)
and the rest right after that frame is painted (:meth:`WorkshopListModel.load_rest`): with
5,000 workshops, counting their 150,000 participants would hold up the window.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

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
        #: (column, order) of the last sort() (None: the store's order, the latest date first).
        self.sorting: tuple[int, Qt.SortOrder] | None = None
        #: Whether rows beyond the first ones loaded by ``refresh(first=...)`` wait for load_rest().
        self.partial = False

    def refresh(self, first: int = -1) -> None:
        """Load the workshops (only the ``first`` ones in the store's order: see load_rest)."""
        self.beginResetModel()
        self.rows = self.store.list_workshops(limit=first)
        self.partial = first >= 0 and len(self.rows) == first
        self._sort_rows()
        self.endResetModel()

    def load_rest(self) -> None:
        """Append the workshops a partial refresh left out (nothing when there are none)."""
        if not self.partial:
            return
        self.partial = False
        rest = self.store.list_workshops(skip=len(self.rows))
        if not rest:
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rest) - 1)
        self.rows.extend(rest)
        self.endInsertRows()
        if self.sorting is not None:
            self.sort(*self.sorting)

    def _sort_rows(self) -> None:
        if self.sorting is None:
            return
        column, order = self.sorting
        key = self.COLUMNS[column]
        if key in ("participants", "actions"):
            def value(row):
                return getattr(row, key)
        else:
            def value(row):
                return getattr(row, key).casefold()
        # Stable: rows that tie keep the store's order (the latest date first).
        self.rows.sort(key=value, reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.COLUMNS):
            return
        self.load_rest()
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self.rows[index.row()].id for index in before]
        self.sorting = (column, order)
        self._sort_rows()
        row_of = {row.id: n for n, row in enumerate(self.rows)}
        self.changePersistentIndexList(
            before, [self.index(row_of[i], index.column()) for i, index in zip(ids, before, strict=True)])
        self.layoutChanged.emit()

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


class SourceSortProxy(QSortFilterProxyModel):
    """Filters rows, and leaves sorting to the source model (a header click sorts the model)."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)
