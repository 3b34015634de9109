"""Cards: quick entry (type, Enter, next), optional attribution, edit, delete, clusters by drag and drop.

Cards from phones wait here (``Card.held``) until the facilitator reveals them, the selected ones
or all at once; any card can be hidden (kept, never shown to the room) or shown again, and
selected cards merged into one. Each of these is undoable, saved at once, and has a key with
Ctrl+Shift (it changes what the room sees: see gui/run/shortcuts.py) besides its button.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from workshop_app.gui.models.capture_cards import CardTreeModel
from workshop_app.gui.run import commands, shortcuts
from workshop_app.gui.run.capture_base import CaptureEnv, CaptureWidget
from workshop_app.gui.run.capture_tables import text_width
from workshop_app.model import Card, Cluster
from workshop_app.services import capture


def participant_combo(env: CaptureEnv, none_text: str, name: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.addItem(none_text, None)
    for p in env.offered:
        combo.addItem(p.name, p.id)
    return combo


def refill_participants(combo: QComboBox, env: CaptureEnv) -> None:
    keep = combo.currentData()
    none_text = combo.itemText(0)
    combo.clear()
    combo.addItem(none_text, None)
    for p in env.offered:
        combo.addItem(p.name, p.id)
    combo.setCurrentIndex(max(0, combo.findData(keep)))


#: The moderation keys (none of them a key of the console's, gui/run/shortcuts.py).
MODERATION_KEYS = {"reveal": "Ctrl+Shift+Return", "reveal_all": "Ctrl+Shift+A", "hide": "Ctrl+Shift+H",
                   "merge": "Ctrl+Shift+M"}


class CardsCapture(CaptureWidget):
    def __init__(self, env: CaptureEnv, parent: QWidget | None = None):
        super().__init__(env, parent)
        self.model = CardTreeModel(self)
        self.model.on_move = self.move_cards
        self.model.on_edit_card = self.edit_card
        self.model.on_rename_cluster = self.rename_cluster
        self._build()

    def _build(self) -> None:
        self.entry = self.entry_line("cardEntry", self.tr("New card"), self.tr("Type a card and press Enter"),
                                     self.add_card)
        self.author = participant_combo(self.env, self.tr("(nobody)"), self.tr("Card from"))
        self.author.setToolTip(self.tr("Who wrote it (shown on the projector only with attribution on)"))
        add = QPushButton(self.tr("Add"))
        add.clicked.connect(self.add_card)
        entry_row = QHBoxLayout()
        entry_row.addWidget(self.entry, 3)
        entry_row.addWidget(self.author, 1)
        entry_row.addWidget(add)

        self.tree = QTreeView()
        self.tree.setObjectName("cardTree")
        self.tree.setModel(self.model)
        self.model.modelReset.connect(lambda: self.tree.expandToDepth(0))  # the groups open again
        self.tree.setAccessibleName(self.tr("Cards by cluster"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDropIndicatorShown(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        # One line a row and the "From" column sized from the names, not by measuring every card.
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.tree.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.tree.header().setStretchLastSection(False)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.tree)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected)

        self.cluster_name = self.entry_line("clusterEntry", self.tr("New cluster name"),
                                            self.tr("Name a new cluster and press Enter"), self.add_cluster)
        self.move_to = QComboBox()
        self.move_to.setAccessibleName(self.tr("Cluster to move the selected cards to"))
        move = QPushButton(self.tr("&Move to"))
        move.setToolTip(self.tr("Move the selected cards to this cluster (or drag them)"))
        move.clicked.connect(self.move_selected)
        delete_button = QPushButton(self.tr("Delete"))
        delete_button.setToolTip(self.tr("Delete the selected card or cluster (Delete)"))
        delete_button.clicked.connect(self.delete_selected)
        add_cluster = QPushButton(self.tr("New cluster"))
        add_cluster.clicked.connect(self.add_cluster)
        cluster_row = QHBoxLayout()
        cluster_row.addWidget(self.cluster_name, 1)
        cluster_row.addWidget(add_cluster)
        tools = QHBoxLayout()
        tools.addWidget(move)
        tools.addWidget(self.move_to, 1)
        tools.addWidget(delete_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(entry_row)
        layout.addWidget(self.tree, 1)
        layout.addLayout(self._moderation_row())
        layout.addLayout(cluster_row)
        layout.addLayout(tools)
        self.tree.selectionModel().selectionChanged.connect(self._sync_moderation)
        self._sync_moderation()

    def _moderation_row(self) -> QHBoxLayout:
        """Reveal, Reveal all, Hide or Show, Merge: buttons that keep the focus where it is, and
        their keys wherever the focus is in the window while the card capture is shown (as the
        console's other Ctrl+Shift keys: after a tick in the room's row, too)."""
        slots = {"reveal": self.reveal_selected, "reveal_all": self.reveal_all, "hide": self.hide_selected,
                 "merge": self.merge_selected}
        tips = {"reveal": self.tr("Reveal the selected cards on the projector"),
                "reveal_all": self.tr("Reveal every card from a phone on the projector"),
                "hide": self.tr("Hide the selected cards from the room, or show them again"),
                "merge": self.tr("Merge the selected cards into one (every text is kept)")}
        for name, key in MODERATION_KEYS.items():
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.setAutoRepeat(False)
            shortcut.activated.connect(slots[name])
        buttons = {name: shortcuts.key_button("", f"{tips[name]} ({shortcuts.key_text((key,))})",
                                              partial(self._clicked, slots[name]))
                   for name, key in MODERATION_KEYS.items()}
        self.reveal_button = buttons["reveal"]
        self.reveal_button.setText(self.tr("Reveal"))
        self.reveal_all_button = buttons["reveal_all"]
        self.hide_button = buttons["hide"]
        self.merge_button = buttons["merge"]
        self.merge_button.setText(self.tr("Merge"))
        row = QHBoxLayout()
        for button in buttons.values():
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _clicked(self, slot: Callable[[], None]) -> None:
        """A moderation button was clicked (the click took the focus to the console): act, then
        back to the cards, where the selection and the moderation keys are."""
        slot()
        self.tree.setFocus()

    def moderation_keys(self) -> list[str]:
        return list(MODERATION_KEYS.values())

    def _sync_moderation(self) -> None:
        """The buttons for what is selected: Show instead of Hide when every selected card is
        hidden; Reveal all with the number of cards waiting."""
        selected = self.selected_cards()
        waiting = sum(card.held for card in self.model.cards())
        self.reveal_button.setEnabled(any(card.held for card in selected))
        self.reveal_all_button.setText(self.tr("Reveal all ({count})").format(count=waiting) if waiting
                                       else self.tr("Reveal all"))
        self.reveal_all_button.setEnabled(bool(waiting))
        self.hide_button.setText(self.tr("Show") if selected and all(c.hidden for c in selected)
                                 else self.tr("Hide"))
        self.hide_button.setEnabled(bool(selected))
        self.merge_button.setEnabled(len(selected) > 1)

    # -- loading --------------------------------------------------------------------------------
    def reload(self) -> None:
        """Show the item's cards as stored; the cards selected stay selected (a phone's card
        arriving while the facilitator picks cards to merge keeps the pick)."""
        selected = [c.id for c in self.selected_cards()]
        current = self.model.card_at(self.tree.currentIndex())
        refill_participants(self.author, self.env)
        clusters: list[Cluster] = []
        cards: list[Card] = []
        if self.item is not None and self.env.workshop_id is not None:
            capture.seed_cards(self.store, self.wid, self.item, self.exercise)
            clusters = self.store.list_clusters(self.wid, self.item.id)
            cards = self.store.list_cards(self.wid, self.item.id)
        names = {p.id: p.name for p in self.env.participants}
        self.model.update_cards(clusters, cards, names)  # new cards only: rows added (see _build)
        self._select(selected, current.id if current is not None else None)  # (after a reset)
        self.tree.header().resizeSection(1, text_width(self.tree.fontMetrics(), [  # anyone may write a card
            self.model.headerData(1, Qt.Orientation.Horizontal), *names.values()]))
        bold = QFont(self.tree.font())
        bold.setBold(True)  # (a card waiting to be revealed is in bold)
        self.tree.header().resizeSection(2, text_width(QFontMetrics(bold), [
            self.model.headerData(2, Qt.Orientation.Horizontal),
            *(self.model.state_text(Card("", held=held, hidden=hidden)) for held, hidden in ((True, False),
                                                                                          (False, True)))]))
        keep = self.move_to.currentData()
        self.move_to.clear()
        for cluster in clusters:
            self.move_to.addItem(cluster.name, cluster.id)
        self.move_to.addItem(self.tr("Not grouped"), None)
        self.move_to.setCurrentIndex(max(0, self.move_to.findData(keep)))
        self._sync_moderation()

    def card_added(self, card: Card) -> None:
        if self.item is None or card.agenda_item_id != self.item.id:
            return  # (Redo of a card of an item no longer shown: it shows when that item is)
        self.model.insert_card(card)
        self._sync_moderation()

    def card_removed(self, card_id: int) -> None:
        self.model.remove_card(card_id)
        self._sync_moderation()

    # -- cards ----------------------------------------------------------------------------------
    def add_card(self) -> None:
        text = self.entry.text().strip()
        if not text or self.item is None:
            return
        card = Card(text=text, workshop_id=self.wid, agenda_item_id=self.item.id,
                    participant_id=self.author.currentData())
        command = commands.AddCard(self.env, card, self.card_added, self.card_removed)
        if self.env.push(command):
            self.entry.clear()  # on failure the typed text stays
            self.author.setCurrentIndex(0)  # the next card is nobody's until someone is chosen
            self.tree.scrollTo(self.model.index_of_card(command.ids[0]))

    def edit_card(self, card_id: int, text: str) -> None:
        command = commands.EditCards(self.env, self.tr("Edit card"), [card_id], {"text": text}, self.reload)
        if not command.empty:
            self.env.push(command)

    def move_cards(self, card_ids: list[int], cluster_id: int | None) -> None:
        command = commands.EditCards(self.env, self.tr("Move cards"), card_ids, {"cluster_id": cluster_id},
                                     self.reload)
        if not command.empty:
            self.env.push(command)

    def selected_cards(self) -> list[Card]:
        """The selected cards, in the tree's order."""
        chosen = {c.id for c in (self.model.card_at(ix) for ix in self.tree.selectionModel().selectedRows())
                  if c is not None}
        return [card for card in self.model.cards() if card.id in chosen]

    def move_selected(self) -> None:
        ids = [c.id for c in self.selected_cards()]
        if ids:
            self.move_cards(ids, self.move_to.currentData())

    # -- what the room sees ---------------------------------------------------------------------
    def _edit_cards(self, text: str, cards: list[Card], changes: dict) -> None:
        command = commands.EditCards(self.env, text, [c.id for c in cards], changes, self.reload)
        if not command.empty:
            self.env.push(command)

    def _select(self, card_ids: list[int], current: int | None = None) -> None:
        """Select these cards (those shown); the card ``current`` is the current one (if gone,
        the first selected)."""
        indexes = [ix for ix in map(self.model.index_of_card, card_ids) if ix.isValid()]
        if not indexes:
            return
        selection = QItemSelection()
        for index in indexes:
            selection.select(index, index)
        flags = QItemSelectionModel.SelectionFlag
        self.tree.selectionModel().select(selection, flags.ClearAndSelect | flags.Rows)
        kept = self.model.index_of_card(current) if current is not None else QModelIndex()
        self.tree.selectionModel().setCurrentIndex(kept if kept.isValid() else indexes[0], flags.NoUpdate)

    def reveal_selected(self) -> None:
        """The selected cards waiting to be revealed reach the room (the projector at once when
        the results are revealed)."""
        self._edit_cards(self.tr("Reveal cards"), [c for c in self.selected_cards() if c.held],
                         {"held": False})

    def reveal_all(self) -> None:
        self._edit_cards(self.tr("Reveal all cards"), [c for c in self.model.cards() if c.held],
                         {"held": False})

    def hide_selected(self) -> None:
        """Hide the selected cards; when all of them are hidden, show them again."""
        selected = self.selected_cards()
        hide = not all(c.hidden for c in selected)
        self._edit_cards(self.tr("Hide cards") if hide else self.tr("Show cards"), selected, {"hidden": hide})

    def merge_selected(self) -> None:
        ids = [c.id for c in self.selected_cards()]
        if len(ids) < 2:
            return
        self.env.push(commands.MergeCards(self.env, ids, self.reload))  # (the merged card stays selected)

    # -- clusters -------------------------------------------------------------------------------
    def add_cluster(self) -> None:
        name = self.cluster_name.text().strip()
        if not name or self.item is None:
            return
        command = commands.AddCluster(self.env, Cluster(name=name, workshop_id=self.wid,
                                                        agenda_item_id=self.item.id), self.reload)
        if self.env.push(command):
            self.cluster_name.clear()
            self.move_to.setCurrentIndex(max(0, self.move_to.findData(command.ids[0])))

    def rename_cluster(self, cluster_id: int, name: str) -> None:
        self.env.push(commands.RenameCluster(self.env, cluster_id, name, self.reload))

    # -- deleting -------------------------------------------------------------------------------
    def delete_selected(self) -> None:
        index = self.tree.currentIndex()
        card = self.model.card_at(index)
        if card is not None:
            self.env.push(commands.DeleteCard(self.env, card.id, self.reload))
            return
        _is_group, cluster = self.model.group_at(index)
        if cluster is not None:
            self.env.push(commands.DeleteCluster(self.env, cluster.id, self.reload))
