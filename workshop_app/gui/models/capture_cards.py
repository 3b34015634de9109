"""Cards grouped in clusters, as a two-level tree that takes card drops.

Top-level rows are the clusters, then one "Not grouped" row; their children
are the cards. Dragging cards onto a cluster (or onto a card in it) is a real
drop: :meth:`CardTreeModel.dropMimeData` reads the card ids from the mime
data and calls ``on_move(card_ids, cluster_id)``; the widget turns that into
an undoable store write and reloads the model (rows are never removed by
the view itself). A card added, or taken away again by Undo, is one row
inserted or removed (:meth:`CardTreeModel.insert_card`, :meth:`CardTreeModel.remove_card`),
never a reset: the view keeps its expanded groups, selection and scroll.

A card the room has not seen says so in its own column and to the eye: one sent from a phone
and not revealed yet (``Card.held``) on a warm background in bold, a hidden one greyed and in
italics; a screen reader hears the state with the card's text.
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from workshop_app.gui.plain import plain_tooltip
from workshop_app.model import Card, Cluster

Index = QModelIndex | QPersistentModelIndex
CARD_IDS_MIME = "application/x-workshop-app-card-ids"


_F = Qt.ItemFlag
_BASE = _F.ItemIsEnabled | _F.ItemIsSelectable | _F.ItemIsDropEnabled
#: By "is the editable text": a group row (a named cluster's text is editable) and a card row.
GROUP_FLAGS = {False: _BASE, True: _BASE | _F.ItemIsEditable}
CARD_FLAGS = {False: _BASE | _F.ItemIsDragEnabled | _F.ItemNeverHasChildren,
              True: _BASE | _F.ItemIsDragEnabled | _F.ItemNeverHasChildren | _F.ItemIsEditable}


def order_key(card: Card) -> tuple[int, int]:
    """Where a card stands among the item's cards: the store's order (position, then id)."""
    return card.position, card.id or 0


def _held_brush() -> QBrush:
    """The background of a card waiting to be revealed: warm, light or dark with the palette."""
    dark = QApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128
    return QBrush(QColor("#5c4700") if dark else QColor("#ffe9a8"))


class CardTreeModel(QAbstractItemModel):
    TEXT, AUTHOR, STATE = 0, 1, 2

    def __init__(self, parent=None):
        super().__init__(parent)
        self.groups: list[tuple[Cluster | None, list[Card]]] = [(None, [])]
        self.names: dict[int, str] = {}
        self.on_move: Callable[[list[int], int | None], None] | None = None
        self.on_rename_cluster: Callable[[int, str], None] | None = None
        self.on_edit_card: Callable[[int, str], None] | None = None

    def set_cards(self, clusters: list[Cluster], cards: list[Card], names: dict[int, str]) -> None:
        self.beginResetModel()
        known = {c.id for c in clusters}
        self.groups = [(cl, [c for c in cards if c.cluster_id == cl.id]) for cl in clusters]
        self.groups.append((None, [c for c in cards if c.cluster_id not in known]))
        self.names = names
        self.endResetModel()

    def update_cards(self, clusters: list[Cluster], cards: list[Card], names: dict[int, str]) -> None:
        """Show these clusters and cards (read again from the store). When the only change is new
        cards (phones sending), they are rows inserted: the view keeps its expanded groups,
        selection, scroll and an open editor. Anything else changed: :meth:`set_cards` (a reset)."""
        shown = {c.id: c for _cluster, group in self.groups for c in group}
        kept = [c for c in cards if c.id in shown]
        if ([cluster for cluster, _cards in self.groups[:-1]] != list(clusters) or names != self.names
                or len(kept) != len(shown) or any(shown[c.id] != c for c in kept)):
            self.set_cards(clusters, cards, names)
            return
        new = [c for c in cards if c.id not in shown]
        for group, (_cluster, group_cards) in enumerate(self.groups):
            mine = [c for c in new if self._group_row(c.cluster_id) == group]
            if group_cards and mine and order_key(mine[0]) < order_key(group_cards[-1]):
                for card in mine:  # (not after the others: each at its place)
                    self.insert_card(card)
            elif mine:  # after the others, in the store's order: one insertion
                self.beginInsertRows(self.index(group, 0), len(group_cards), len(group_cards) + len(mine) - 1)
                group_cards.extend(mine)
                self.endInsertRows()
                self._count_changed(group)

    def insert_card(self, card: Card) -> QModelIndex:
        """One stored card more, at its place (cards keep the store's order); its index."""
        group = self._group_row(card.cluster_id)
        cards = self.groups[group][1]
        row = bisect.bisect(cards, order_key(card), key=order_key)
        self.beginInsertRows(self.index(group, 0), row, row)
        cards.insert(row, card)
        self.endInsertRows()
        self._count_changed(group)
        return self.index(row, 0, self.index(group, 0))

    def remove_card(self, card_id: int) -> None:
        """The card is no longer stored: its row goes."""
        index = self.index_of_card(card_id)
        if not index.isValid():
            return
        group = index.internalId() - 1
        self.beginRemoveRows(index.parent(), index.row(), index.row())
        del self.groups[group][1][index.row()]
        self.endRemoveRows()
        self._count_changed(group)

    def _group_row(self, cluster_id: int | None) -> int:
        """The group a card of ``cluster_id`` shows in ("Not grouped", the last, if none is known)."""
        for g, (cluster, _cards) in enumerate(self.groups):
            if cluster is not None and cluster.id == cluster_id:
                return g
        return len(self.groups) - 1

    def _count_changed(self, group: int) -> None:
        """A group's title shows its number of cards."""
        index = self.index(group, self.TEXT)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])

    # -- lookups --------------------------------------------------------------------------------
    def card_at(self, index: Index) -> Card | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self.groups[index.internalId() - 1][1][index.row()]

    def cards(self) -> list[Card]:
        """Every card shown, in the tree's order."""
        return [card for _cluster, cards in self.groups for card in cards]

    def group_at(self, index: Index) -> tuple[bool, Cluster | None]:
        """(is a group row, its cluster or None for "Not grouped")."""
        if not index.isValid():
            return False, None
        if index.internalId() == 0:
            return True, self.groups[index.row()][0]
        return False, self.groups[index.internalId() - 1][0]

    def index_of_card(self, card_id: int) -> QModelIndex:
        for g, (_cluster, cards) in enumerate(self.groups):
            for r, card in enumerate(cards):
                if card.id == card_id:
                    return self.index(r, 0, self.index(g, 0))
        return QModelIndex()

    def index_of_group(self, cluster_id: int | None) -> QModelIndex:
        for g, (cluster, _cards) in enumerate(self.groups):
            if (cluster.id if cluster else None) == cluster_id:
                return self.index(g, 0)
        return QModelIndex()

    # -- structure ------------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        """(Checked here, not with ``hasIndex``: the tree asks for every row's index whenever it
        lays itself out, and hasIndex would call back rowCount and columnCount.)"""
        if not 0 <= column < self.columnCount() or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < len(self.groups) else QModelIndex()
        group = parent.row()
        if parent.internalId() != 0 or parent.column() != 0 or row >= len(self.groups[group][1]):
            return QModelIndex()
        return self.createIndex(row, column, group + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self.groups[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Card"), self.tr("From"), self.tr("Projector"))[section]
        return None

    def state_text(self, card: Card) -> str:
        """What the state column says: hidden, waiting to be revealed, or nothing (shown)."""
        if card.hidden:
            return self.tr("Hidden")
        return self.tr("New, not shown yet") if card.held else ""

    def _card_data(self, card: Card, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole and column == self.STATE:
            return self.state_text(card)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole) and column != self.STATE:
            return card.text if column == self.TEXT else self.names.get(card.participant_id, "")
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.TEXT:
                return plain_tooltip(card.text)
            if column == self.STATE and card.hidden:
                return plain_tooltip(self.tr("Hidden: kept here and in the report, never on the "
                                             "projector or the participants' plans. Show brings it back."))
            if column == self.STATE and card.held:
                return plain_tooltip(self.tr("Sent from a phone: the room sees it only once you reveal it."))
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.TEXT:
            if card.hidden:
                return self.tr("{card} (hidden)").format(card=card.text)
            if card.held:
                return self.tr("{card} (new from a phone, not shown yet)").format(card=card.text)
            return card.text
        if role == Qt.ItemDataRole.BackgroundRole and card.held and not card.hidden:
            return _held_brush()
        if role == Qt.ItemDataRole.ForegroundRole and card.hidden:
            return QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)  # greyed, readable
        if role == Qt.ItemDataRole.FontRole and (card.hidden or card.held):
            font = QFont()
            font.setItalic(card.hidden)
            font.setBold(card.held and not card.hidden)
            return font
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        card = self.card_at(index)
        if card is None:
            cluster, cards = self.groups[index.row()]
            if index.column() != self.TEXT:
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                name = cluster.name if cluster else self.tr("Not grouped")
                return f"{name} ({len(cards)})"
            if role == Qt.ItemDataRole.EditRole and cluster is not None:
                return cluster.name
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(cluster is not None)
                font.setItalic(cluster is None)
                return font
            return None
        return self._card_data(card, index.column(), role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """(Worked out once: the tree asks for every row's flags whenever it lays itself out.)"""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == 0:
            named = self.groups[index.row()][0] is not None and index.column() == self.TEXT
            return GROUP_FLAGS[named]
        return CARD_FLAGS[index.column() == self.TEXT]  # (the state column is set by the buttons)

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != self.TEXT:
            return False
        text = str(value).strip()
        if not text:
            return False
        card = self.card_at(index)
        if card is not None:
            if text != card.text and self.on_edit_card is not None:
                self.on_edit_card(card.id, text)
            return True
        cluster = self.groups[index.row()][0]
        if cluster is not None and text != cluster.name and self.on_rename_cluster is not None:
            self.on_rename_cluster(cluster.id, text)
        return cluster is not None

    # -- drag and drop --------------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [CARD_IDS_MIME]

    def mimeData(self, indexes) -> QMimeData:
        ids = list(dict.fromkeys(c.id for c in (self.card_at(ix) for ix in indexes) if c is not None))
        data = QMimeData()
        data.setData(CARD_IDS_MIME, QByteArray(json.dumps(ids).encode()))
        data.setText("\n".join(c.text for g in self.groups for c in g[1] if c.id in ids))
        return data

    def _target(self, row: int, parent: Index) -> tuple[bool, int | None]:
        """Where a drop lands: (valid, cluster id or None for "Not grouped")."""
        if not parent.isValid():
            if 0 <= row < len(self.groups):
                cluster = self.groups[row][0]
                return True, cluster.id if cluster else None
            return False, None
        _is_group, cluster = self.group_at(parent)
        return True, cluster.id if cluster else None

    @staticmethod
    def card_ids(data: QMimeData) -> list[int]:
        if not data.hasFormat(CARD_IDS_MIME):
            return []
        try:
            ids = json.loads(bytes(data.data(CARD_IDS_MIME)).decode())
        except (ValueError, UnicodeDecodeError):
            return []
        return [int(i) for i in ids if isinstance(i, int)]

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: Index) -> bool:
        return bool(self.card_ids(data)) and self._target(row, parent)[0]

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        ids = self.card_ids(data)
        valid, cluster_id = self._target(row, parent)
        if not ids or not valid or self.on_move is None:
            return False
        self.on_move(ids, cluster_id)  # writes, then reloads this model from the store
        return True  # (the view's own row removal after a move is a no-op: removeRows is not supported)
