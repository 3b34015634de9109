"""What every capture widget shares: the store, the undo stack, the participants, the current item."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from workshop_app.errors import UserError
from workshop_app.gui.hub import SignalHub
from workshop_app.gui.languages import mark_draft
from workshop_app.gui.store_undo import UndoSession
from workshop_app.model import AgendaItem, Card, Exercise, Participant
from workshop_app.services import capture
from workshop_app.services.context import AppContext


class CaptureEnv(UndoSession):
    """Shared by the capture widgets of one Run page."""

    #: Something captured changed (the projector's results and other pages may need refreshing).
    changed = Signal()

    def __init__(self, ctx: AppContext, hub: SignalHub, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.store = ctx.store
        self.hub = hub
        self.workshop_id: int | None = None
        #: Everyone (names of what was captured); ``offered``: who may be chosen for new input.
        self.participants: list[Participant] = []
        self.offered: list[Participant] = []
        self.agenda: list[AgendaItem] = []

    def set_workshop(self, workshop_id: int | None) -> None:
        self.workshop_id = workshop_id
        self.stack.clear()
        self.reload_people()

    def reload_people(self) -> None:
        wid = self.workshop_id
        self.participants = self.store.list_participants(wid) if wid is not None else []
        self.offered = capture.offered(self.participants)

    def name(self, participant_id: int | None) -> str:
        person = self.participant(participant_id)
        return person.name if person is not None else ""

    def participant(self, participant_id: int | None) -> Participant | None:
        return next((p for p in self.participants if p.id == participant_id), None)

    def report(self, exc: UserError) -> None:
        self.hub.error.emit(str(exc))


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

    def language(self) -> str:
        """The workshop's language: how its numbers and dates are shown (``formats``)."""
        return self.store.get_workshop(self.wid).language if self.env.workshop_id is not None else "en"

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
        edit = mark_draft(QLineEdit(), object_name)  # a half-typed entry outlives a language change
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        edit.returnPressed.connect(on_enter)
        return edit
