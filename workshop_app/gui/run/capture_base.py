"""What every capture widget shares: the store, the undo stack, the participants, the current item."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLineEdit, QWidget

from workshop_app.errors import UserError
from workshop_app.gui.hub import SignalHub
from workshop_app.gui.run.undo import Ref, Refs, StoreCommand
from workshop_app.model import AgendaItem, Card, Exercise, Participant
from workshop_app.services import capture
from workshop_app.services.context import AppContext


class CaptureEnv(QObject):
    """Shared by the capture widgets of one Run page."""

    #: Something captured changed (the projector's results and other pages may need refreshing).
    changed = Signal()

    def __init__(self, ctx: AppContext, hub: SignalHub, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.store = ctx.store
        self.hub = hub
        self.undo = QUndoStack(self)
        self.refs = Refs()
        self.workshop_id: int | None = None
        #: Everyone (names of what was captured); ``offered``: who may be chosen for new input.
        self.participants: list[Participant] = []
        self.offered: list[Participant] = []
        self.agenda: list[AgendaItem] = []

    def set_workshop(self, workshop_id: int | None) -> None:
        self.workshop_id = workshop_id
        self.undo.clear()
        self.refs.clear()
        self.reload_people()

    def reload_people(self) -> None:
        wid = self.workshop_id
        self.participants = self.store.list_participants(wid) if wid is not None else []
        self.offered = capture.offered(self.participants)

    def name(self, participant_id: int | None) -> str:
        for p in self.participants:
            if p.id == participant_id:
                return p.name
        return ""

    def participant(self, participant_id: int | None) -> Participant | None:
        return next((p for p in self.participants if p.id == participant_id), None)

    def card(self, card_id: int | None) -> Card | None:
        if card_id is None or self.workshop_id is None:
            return None
        return next((c for c in self.store.list_cards(self.workshop_id) if c.id == card_id), None)

    def report(self, exc: UserError) -> None:
        self.hub.error.emit(str(exc))

    def push(self, text: str, do: Callable[[], object], undo: Callable[[], object],
             after: Callable[[], None]) -> bool:
        """Run ``do`` as an undoable command; False (and the user told) when the write failed."""
        failed: list[UserError] = []

        def on_error(exc: UserError) -> None:
            failed.append(exc)
            self.report(exc)

        def done() -> None:
            after()
            self.changed.emit()

        self.undo.push(StoreCommand(text, do, undo, done, on_error))
        return not failed


class CaptureWidget(QWidget):
    """A capture widget shows and edits what is captured for one agenda item."""

    def __init__(self, env: CaptureEnv, parent: QWidget | None = None):
        super().__init__(parent)
        self.env = env
        self.item: AgendaItem | None = None
        self.exercise: Exercise | None = None

    @property
    def store(self):
        return self.env.store

    @property
    def wid(self) -> int:
        assert self.env.workshop_id is not None
        return self.env.workshop_id

    def set_item(self, item: AgendaItem | None, exercise: Exercise | None) -> None:
        self.flush()
        self.item = item
        self.exercise = exercise
        self.reload()

    def reload(self) -> None:  # pragma: no cover - every widget overrides it
        raise NotImplementedError

    def flush(self) -> None:
        """Save whatever is being typed (autosaved widgets override it)."""

    def card_added(self, card: Card) -> None:
        """``card`` was stored (added, or back by Redo): show it. Widgets that list cards
        override this to insert one row instead of reloading."""
        self.reload()

    def card_removed(self, card_id: int) -> None:
        """The card ``card_id`` was taken away (Undo of its adding): stop showing it."""
        self.reload()

    def entry_line(self, object_name: str, name: str, placeholder: str,
                   on_enter: Callable[[], None]) -> QLineEdit:
        """A quick-entry field: type, Enter, next."""
        edit = QLineEdit()
        edit.setObjectName(object_name)
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        edit.returnPressed.connect(on_enter)
        return edit

    # -- shared undoable card writes ------------------------------------------------------------
    def add_card_undoably(self, card: Card) -> Ref | None:
        """Add a card as an undoable command; its Ref, or None when the write failed."""
        ref = Ref("card", None)

        def do() -> None:
            added = self.store.add_card(replace(card, id=None))
            self.env.refs.moved(ref, added.id)
            self.card_added(added)

        def undo() -> None:
            self.store.delete_card(ref.id)
            self.card_removed(ref.id)

        # Each step updates the view itself (one row, see card_added), nothing to reload after.
        ok = self.env.push(self.tr("Add card"), do, undo, lambda: None)
        return ref if ok else None

    def delete_card_undoably(self, card: Card) -> None:
        """Delete a card; undo brings it back with its cluster, votes and placements."""
        ref = self.env.refs.get("card", card.id)
        cluster = None if card.cluster_id is None else self.env.refs.get("cluster", card.cluster_id)
        kept: list[capture.CardSnapshot] = []

        def do() -> None:
            kept[:] = [capture.delete_card(self.store, self.wid, ref.id)]

        def undo() -> None:
            back = capture.restore_card(self.store, kept[0], cluster_id=cluster.id if cluster else None)
            self.env.refs.moved(ref, back.id)

        self.env.push(self.tr("Delete card"), do, undo, self.reload)
