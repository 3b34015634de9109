"""Undo commands for every capture edit on the Run page; each one writes to the store.

Commands name rows by their ids. Ids are never reused, and a row taken out (deleted, or an
addition undone) is put back under its own id with everything that went with it (votes,
placements, owners, the cards of a cluster), so every older command on the stack still finds
its row. After each do, undo or redo the command calls ``after`` (the widget shows the change)
and the environment's ``changed`` signal (the projector and other pages).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from workshop_app.gui.store_undo import StoreCommand
from workshop_app.model import ActionItem, Card, Cluster, Note, Placement
from workshop_app.services import capture

if TYPE_CHECKING:
    from workshop_app.gui.run.capture_base import CaptureEnv

#: What the store's ``remove_*`` methods return: the row taken out and everything that went with it,
#: for ``restore_removed`` to put back (opaque here).
Removed = Any


class CaptureCommand(StoreCommand):
    """A capture edit: ``do``/``undo_`` against the store (see :class:`StoreCommand`), then
    ``after`` and the environment's ``changed``."""

    session: CaptureEnv

    def __init__(self, env: CaptureEnv, text: str, after: Callable[[], None] | None = None):
        super().__init__(env, text)
        self.env = env
        self.store = env.store
        self.after = after

    def finished(self, ok: bool) -> None:
        super().finished(ok)
        if self.after is not None:
            self.after()
        self.env.changed.emit()


# -- adding and deleting rows -------------------------------------------------------------------
class AddRows(CaptureCommand):
    """Add rows; undo takes them out, redo puts the same rows back (same ids)."""

    def __init__(self, env: CaptureEnv, text: str, after: Callable[[], None] | None = None):
        super().__init__(env, text, after)
        #: The ids of the rows added (known after the first do).
        self.ids: list[int] = []
        self.taken: list[Removed] = []

    def add(self) -> list[int]:
        raise NotImplementedError

    def remove(self, row_id: int) -> Removed:
        raise NotImplementedError

    def do(self) -> None:
        if self.taken:
            for removed in self.taken:
                self.store.restore_removed(removed)
            self.taken = []
        else:
            self.ids = self.add()

    def undo_(self) -> None:
        self.taken = [self.remove(row_id) for row_id in reversed(self.ids)][::-1]


class DeleteRow(CaptureCommand):
    """Delete a row; undo puts it back under its id with everything that went with it."""

    def __init__(self, env: CaptureEnv, text: str, row_id: int, after: Callable[[], None] | None = None):
        super().__init__(env, text, after)
        self.row_id = row_id
        self.taken: Removed | None = None

    def remove(self, row_id: int) -> Removed:
        raise NotImplementedError

    def do(self) -> None:
        self.taken = self.remove(self.row_id)

    def undo_(self) -> None:
        self.store.restore_removed(self.taken)


class AddCards(AddRows):
    def remove(self, row_id: int) -> Removed:
        return self.store.remove_card(row_id)


class AddCard(AddCards):
    """Add one card. The widget is told of that one card (``shown`` after do and redo, ``hidden``
    after undo) instead of reloading every card."""

    def __init__(self, env: CaptureEnv, card: Card, shown: Callable[[Card], None] | None = None,
                 hidden: Callable[[int], None] | None = None):
        super().__init__(env, QCoreApplication.translate("CaptureCommands", "Add card"))
        self.card = card
        self.shown = shown
        self.hidden = hidden

    def add(self) -> list[int]:
        return [self.store.add_card(replace(self.card, id=None)).id]

    def do(self) -> None:
        super().do()
        if self.shown is not None:
            self.shown(self.store.get_card(self.ids[0]))

    def undo_(self) -> None:
        super().undo_()
        if self.hidden is not None:
            self.hidden(self.ids[0])


class CopyCards(AddCards):
    """Copy another item's cards here (those whose text is not here yet)."""

    def __init__(self, env: CaptureEnv, from_item_id: int, to_item_id: int,
                 after: Callable[[], None] | None = None, only_chosen: bool = False):
        text = (QCoreApplication.translate("CaptureCommands", "Take the chosen options") if only_chosen
                else QCoreApplication.translate("CaptureCommands", "Copy cards"))
        super().__init__(env, text, after)
        self.from_item_id, self.to_item_id = from_item_id, to_item_id
        self.only_chosen = only_chosen

    def add(self) -> list[int]:
        assert self.env.workshop_id is not None
        return [c.id for c in capture.copy_cards(self.store, self.env.workshop_id, self.from_item_id,
                                                 self.to_item_id, only_chosen=self.only_chosen)]


class DeleteCard(DeleteRow):
    """Delete a card; undo brings it back with its cluster, votes and placements."""

    def __init__(self, env: CaptureEnv, card_id: int, after: Callable[[], None] | None = None):
        super().__init__(env, QCoreApplication.translate("CaptureCommands", "Delete card"), card_id, after)

    def remove(self, row_id: int) -> Removed:
        return self.store.remove_card(row_id)


class AddCluster(AddRows):
    def __init__(self, env: CaptureEnv, cluster: Cluster, after: Callable[[], None] | None = None):
        super().__init__(env, QCoreApplication.translate("CaptureCommands", "Add cluster"), after)
        self.cluster = cluster

    def add(self) -> list[int]:
        return [self.store.add_cluster(replace(self.cluster, id=None)).id]

    def remove(self, row_id: int) -> Removed:
        return self.store.remove_cluster(row_id)


class DeleteCluster(DeleteRow):
    """Delete a cluster (its cards stay, ungrouped); undo puts it back with its cards in it."""

    def __init__(self, env: CaptureEnv, cluster_id: int, after: Callable[[], None] | None = None):
        super().__init__(env, QCoreApplication.translate("CaptureCommands", "Delete cluster"),
                         cluster_id, after)

    def remove(self, row_id: int) -> Removed:
        return self.store.remove_cluster(row_id)


class AddAction(AddRows):
    def __init__(self, env: CaptureEnv, action: ActionItem, after: Callable[[], None] | None = None):
        super().__init__(env, QCoreApplication.translate("CaptureCommands", "Add action"), after)
        self.action = action

    def add(self) -> list[int]:
        return [self.store.add_action(replace(self.action, id=None)).id]

    def remove(self, row_id: int) -> Removed:
        return self.store.remove_action(row_id)


class DeleteAction(DeleteRow):
    """Delete an action; undo brings it back with its owners and its place on a matrix."""

    def __init__(self, env: CaptureEnv, action_id: int, after: Callable[[], None] | None = None):
        super().__init__(env, QCoreApplication.translate("CaptureCommands", "Delete action"),
                         action_id, after)

    def remove(self, row_id: int) -> Removed:
        return self.store.remove_action(row_id)


class DeleteNote(DeleteRow):
    """Delete a note; undo brings back the text that was on screen, saved or not yet."""

    def __init__(self, env: CaptureEnv, note_id: int, shown: str, after: Callable[[], None] | None = None):
        super().__init__(env, QCoreApplication.translate("CaptureCommands", "Delete note"), note_id, after)
        self.shown = shown

    def remove(self, row_id: int) -> Removed:
        note: Note = self.store.get_note(row_id)
        if note.text != self.shown:
            self.store.save_note(replace(note, text=self.shown))
        return self.store.remove_note(row_id)


# -- editing rows -------------------------------------------------------------------------------
class EditRows(CaptureCommand):
    """Set fields of rows (``changes``), each row's old values kept for undo."""

    def __init__(self, env: CaptureEnv, text: str, ids: Sequence[int], changes: dict[str, Any],
                 after: Callable[[], None] | None = None):
        super().__init__(env, text, after)
        self.changes = dict(changes)
        self.old: dict[int, dict[str, Any]] = {}
        for row_id in ids:
            row = self.get(row_id)
            old = {key: getattr(row, key) for key in changes}
            if old != self.changes:
                self.old[row_id] = old

    @property
    def empty(self) -> bool:
        """Whether nothing would change (such a command is not worth pushing)."""
        return not self.old

    def get(self, row_id: int) -> Any:
        raise NotImplementedError

    def update(self, row: Any) -> None:
        raise NotImplementedError

    def do(self) -> None:
        for row_id in self.old:
            self.update(replace(self.get(row_id), **self.changes))

    def undo_(self) -> None:
        for row_id, old in self.old.items():
            self.update(replace(self.get(row_id), **old))


class EditCards(EditRows):
    """Edit a card's text, move cards to a cluster (``cluster_id``), reveal them (``held``) or
    hide or show them (``hidden``)."""

    def __init__(self, env: CaptureEnv, text: str, card_ids: Sequence[int], changes: dict[str, Any],
                 after: Callable[[], None] | None = None):
        super().__init__(env, text, card_ids, changes, after)

    def get(self, row_id: int) -> Card:
        return self.store.get_card(row_id)

    def update(self, row: Card) -> None:
        self.store.update_card(row)


class MergeCards(CaptureCommand):
    """Merge cards into the first one (``services.capture.merged_card``: every text kept, their dots
    added); undo brings every card back as it was, with its own dots and places."""

    def __init__(self, env: CaptureEnv, card_ids: Sequence[int], after: Callable[[], None] | None = None):
        super().__init__(env, QCoreApplication.translate("CaptureCommands", "Merge cards"), after)
        self.merged = capture.merged_card([self.store.get_card(card_id) for card_id in card_ids])
        self.others = list(card_ids[1:])
        self.taken: Removed | None = None

    def do(self) -> None:
        self.taken = self.store.merge_cards(self.merged, self.others)

    def undo_(self) -> None:
        self.store.unmerge_cards(self.taken)


class ChoosePlacements(EditRows):
    """Mark what sits on a matrix chosen (a quick win or big bet the room takes forward) or not."""

    def __init__(self, env: CaptureEnv, placement_ids: Sequence[int], chosen: bool,
                 after: Callable[[], None] | None = None):
        text = (QCoreApplication.translate("CaptureCommands", "Mark chosen") if chosen
                else QCoreApplication.translate("CaptureCommands", "Unmark chosen"))
        super().__init__(env, text, placement_ids, {"chosen": chosen}, after)

    def get(self, row_id: int) -> Placement:
        return self.store.get_placement(row_id)

    def update(self, row: Placement) -> None:
        self.store.choose_placement(row.id, row.chosen)


class RenameCluster(EditRows):
    def __init__(self, env: CaptureEnv, cluster_id: int, name: str, after: Callable[[], None] | None = None):
        super().__init__(env, QCoreApplication.translate("CaptureCommands", "Rename cluster"),
                         [cluster_id], {"name": name}, after)

    def get(self, row_id: int) -> Cluster:
        return self.store.get_cluster(row_id)

    def update(self, row: Cluster) -> None:
        self.store.update_cluster(row)


class EditAction(EditRows):
    def __init__(self, env: CaptureEnv, action_id: int, changes: dict[str, Any], text: str = "",
                 after: Callable[[], None] | None = None):
        super().__init__(env, text or QCoreApplication.translate("CaptureCommands", "Edit action"),
                         [action_id], changes, after)

    def get(self, row_id: int) -> ActionItem:
        return self.store.get_action(row_id)

    def update(self, row: ActionItem) -> None:
        self.store.update_action(row)


# -- cells: dots, ratings, places on the matrix ------------------------------------------------
class SetCell(CaptureCommand):
    """One cell of a grid or the matrix. A value of None means no row: the row is taken out, and
    when the cell gets a value again that same row is put back first (same id)."""

    def __init__(self, env: CaptureEnv, text: str, new: Any, after: Callable[[], None] | None = None):
        super().__init__(env, text, after)
        self.new = new
        self.old = self.value(self.find())
        self.taken: Removed | None = None

    def find(self) -> Any:
        """The cell's row now (None: empty)."""
        raise NotImplementedError

    def value(self, row: Any) -> Any:
        raise NotImplementedError

    def write(self, value: Any) -> None:
        raise NotImplementedError

    def remove(self, row_id: int) -> Removed:
        raise NotImplementedError

    def _put(self, value: Any) -> None:
        row = self.find()
        if value is None:
            if row is not None:
                self.taken = self.remove(row.id)
            return
        if row is None and self.taken is not None:
            self.store.restore_removed(self.taken)
            self.taken = None
        self.write(value)

    def do(self) -> None:
        self._put(self.new)

    def undo_(self) -> None:
        self._put(self.old)


class SetVotes(SetCell):
    """The dots one participant (None: the counted total) gives an option; 0 takes the vote out."""

    def __init__(self, env: CaptureEnv, item_id: int, card_id: int, participant_id: int | None,
                 count: int, after: Callable[[], None] | None = None):
        self.item_id, self.card_id, self.participant_id = item_id, card_id, participant_id
        super().__init__(env, QCoreApplication.translate("CaptureCommands", "Set dots"), count or None, after)

    def find(self):
        return self.store.vote_of(self.item_id, self.card_id, self.participant_id)

    def value(self, row) -> int | None:
        return None if row is None else row.count

    def write(self, value: int) -> None:
        self.store.set_votes(self.item_id, self.card_id, self.participant_id, value)

    def remove(self, row_id: int) -> Removed:
        return self.store.remove_vote(row_id)


class SetRating(SetCell):
    def __init__(self, env: CaptureEnv, item_id: int, participant_id: int, criterion: str,
                 value: int | None, after: Callable[[], None] | None = None):
        self.item_id, self.participant_id, self.criterion = item_id, participant_id, criterion
        super().__init__(env, QCoreApplication.translate("CaptureCommands", "Set rating"), value, after)

    def find(self):
        return self.store.rating_of(self.item_id, self.participant_id, self.criterion)

    def value(self, row) -> int | None:
        return None if row is None else row.value

    def write(self, value: int) -> None:
        self.store.set_rating(self.item_id, self.participant_id, self.criterion, value)

    def remove(self, row_id: int) -> Removed:
        return self.store.remove_rating(row_id)


class SetPlacement(SetCell):
    """Put a card or an action at ``xy`` on an item's matrix (None: take it off)."""

    def __init__(self, env: CaptureEnv, item_id: int, xy: tuple[float, float] | None,
                 card_id: int | None = None, action_id: int | None = None,
                 after: Callable[[], None] | None = None):
        self.item_id, self.card_id, self.action_id = item_id, card_id, action_id
        text = (QCoreApplication.translate("CaptureCommands", "Place on the matrix") if xy is not None
                else QCoreApplication.translate("CaptureCommands", "Take off the matrix"))
        super().__init__(env, text, xy, after)

    def find(self):
        return self.store.placement_of(self.item_id, card_id=self.card_id, action_id=self.action_id)

    def value(self, row) -> tuple[float, float] | None:
        return None if row is None else (row.x, row.y)

    def write(self, value: tuple[float, float]) -> None:
        self.store.set_placement(self.item_id, value[0], value[1], card_id=self.card_id,
                                 action_id=self.action_id)

    def remove(self, row_id: int) -> Removed:
        return self.store.remove_placement(row_id)
