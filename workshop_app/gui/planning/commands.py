"""Undo commands for every planning edit; each one writes to the store, so undo is saved too.

Commands name rows by their ids: ids are never reused, and undoing a removal (or an
addition, then redoing it) puts the row back under its own id, with everything captured
from or under it, so every older command on the stack still finds its row.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from copy import deepcopy
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand

from workshop_app.errors import UserError
from workshop_app.gui.store_undo import StoreCommand, UndoSession
from workshop_app.i18n import translate
from workshop_app.model import AgendaItem
from workshop_app.services import planning
from workshop_app.services.planning import DETAIL_FIELDS, StoreList

log = logging.getLogger(__name__)

PARTICIPANTS = "participants"
AGENDA = "agenda"


class PlanSession(UndoSession):
    """One open workshop being planned: its undo stack and its lists in the store."""

    #: (list name, handles of the rows to select afterwards)
    listChanged = Signal(str, list)
    #: (field, stored value) after a Details edit, its undo or its redo.
    detailChanged = Signal(str, object)
    #: A write failed: the message for the user.
    failed = Signal(str)

    def __init__(self, store, workshop_id: int, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.workshop_id = workshop_id
        self.lists: dict[str, StoreList] = {
            PARTICIPANTS: planning.participants_list(store, workshop_id),
            AGENDA: planning.agenda_list(store, workshop_id),
        }

    def report(self, exc: UserError) -> None:
        log.warning("planning edit failed: %s", exc)
        self.failed.emit(str(exc))


class PlanCommand(StoreCommand):
    """A planning edit: ``do``/``undo_`` against the store (see :class:`StoreCommand`)."""

    session: PlanSession


class DetailEdit(PlanCommand):
    """One Details field; consecutive typing in the same field merges into one step."""

    def __init__(self, session: PlanSession, field: str, old: Any, new: Any, burst: int):
        super().__init__(session, translate("PlanCommands", "Edit {field}").format(field=detail_label(field)))
        self.field, self.old, self.new, self.burst = field, old, new, burst

    def id(self) -> int:
        return 1000 + DETAIL_FIELDS.index(self.field)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, DetailEdit) or (other.field, other.burst) != (self.field, self.burst):
            return False
        self.new = other.new
        return True

    def _set(self, value: Any) -> None:
        stored = planning.update_detail(self.session.store, self.session.workshop_id, self.field, value)
        self.session.detailChanged.emit(self.field, getattr(stored, self.field))

    def do(self) -> None:
        self._set(self.new)

    def undo_(self) -> None:
        self._set(self.old)


def detail_label(field: str) -> str:
    return {
        "title": translate("PlanCommands", "title"),
        "organisation": translate("PlanCommands", "organisation"),
        "date": translate("PlanCommands", "date"),
        "start_time": translate("PlanCommands", "start time"),
        "planned_minutes": translate("PlanCommands", "planned length"),
        "location": translate("PlanCommands", "location"),
        "facilitator": translate("PlanCommands", "facilitator"),
        "language": translate("PlanCommands", "language"),
        "follow_up_date": translate("PlanCommands", "follow-up date"),
        "follow_up_time": translate("PlanCommands", "follow-up time"),
    }[field]


class ListCommand(PlanCommand):
    """A command on one of the session's lists; the list's view reloads and selects rows after it."""

    def __init__(self, session: PlanSession, name: str, text: str):
        super().__init__(session, text)
        self.name = name
        self.rows = session.lists[name]
        self.select: list[int] = []

    def finished(self, ok: bool) -> None:
        super().finished(ok)
        self.session.listChanged.emit(self.name, list(self.select) if ok else [])


class AddRows(ListCommand):
    """Add rows (participants or agenda items) at a position, or at the end.

    Undo takes them out keeping whatever was captured from them since; redo puts that back.
    """

    def __init__(self, session: PlanSession, name: str, rows: Sequence[Any], position: int | None,
                 text: str):
        super().__init__(session, name, text)
        self.new_rows = [deepcopy(r) for r in rows]
        self.position = position
        self.handles: list[int] = []
        self.taken: list = []

    def do(self) -> None:
        if self.taken:
            self.rows.put_back(self.taken)
        else:
            start = self.position
            positions = [None if start is None else start + i for i in range(len(self.new_rows))]
            self.handles = self.rows.insert(self.new_rows, positions)
        self.select = list(self.handles)

    def undo_(self) -> None:
        self.taken = self.rows.take(self.handles)
        self.select = []


class RemoveRows(ListCommand):
    """Remove rows; undo puts them back exactly: same ids, same places, with everything captured
    from or under them (votes, ratings, ownerships, authorship, placements)."""

    def __init__(self, session: PlanSession, name: str, handles: Sequence[int], text: str):
        super().__init__(session, name, text)
        wanted = set(handles)
        #: Handles in list order.
        self.handles = [row.id for row in self.rows.rows() if row.id in wanted]
        self.taken: list = []

    def do(self) -> None:
        self.taken = self.rows.take(self.handles)
        self.select = []

    def undo_(self) -> None:
        self.rows.put_back(self.taken)
        self.select = list(self.handles)


class EditRow(ListCommand):
    def __init__(self, session: PlanSession, name: str, handle: int, field: str, old: Any, new: Any,
                 text: str):
        super().__init__(session, name, text)
        self.handle, self.field, self.old, self.new = handle, field, old, new
        self.select = [handle]

    def do(self) -> None:
        self.rows.set_field(self.handle, self.field, self.new)

    def undo_(self) -> None:
        self.rows.set_field(self.handle, self.field, self.old)


class MoveRows(ListCommand):
    def __init__(self, session: PlanSession, name: str, old_order: Sequence[int],
                 new_order: Sequence[int], moving: Sequence[int], text: str):
        super().__init__(session, name, text)
        self.old_order, self.new_order = list(old_order), list(new_order)
        self.select = list(moving)

    def do(self) -> None:
        self.rows.set_order(self.new_order)

    def undo_(self) -> None:
        self.rows.set_order(self.old_order)


class ReplaceAgenda(ListCommand):
    """Start from a ready-made agenda: the whole agenda replaced in one step.

    Items left out are taken out (undo puts them back with what was captured under them: votes,
    ratings, placements; the notes, cards and actions linked to them); items it adds are taken out
    by undo and put back by redo, under the ids they had.
    """

    def __init__(self, session: PlanSession, items: Sequence[AgendaItem], text: str):
        super().__init__(session, AGENDA, text)
        self.before = [deepcopy(i) for i in self.rows.rows()]
        self.after = [deepcopy(i) for i in items]
        self.gone: list[int] = []
        self.taken: list = []
        #: Ids of the items this command added, and what undo took of them.
        self.added: list[int] = []
        self.added_taken: list = []

    def _replace(self, items: list[AgendaItem]) -> list[AgendaItem]:
        return self.session.store.replace_agenda(self.session.workshop_id, items)

    def do(self) -> None:
        keep = {i.id for i in self.after if i.id is not None}
        self.gone = [row_id for row_id in self.rows.ids() if row_id not in keep]
        self.taken = self.rows.take(self.gone)
        try:
            self.rows.put_back(self.added_taken)  # redo: the items it added, under their ids
        except UserError:
            self.rows.put_back(self.taken)
            raise
        try:
            stored = self._replace(self.after)
        except UserError:
            if self.added_taken:
                self.added_taken = self.rows.take(self.added)
            self.rows.put_back(self.taken)
            raise
        self.added_taken = []
        for item, row in zip(self.after, stored, strict=True):
            if item.id is None:
                item.id = row.id
                self.added.append(row.id)
        self.select = []

    def undo_(self) -> None:
        self.added_taken = self.rows.take(self.added)
        gone = set(self.gone)
        self._replace([i for i in self.before if i.id not in gone])
        self.rows.put_back(self.taken)
        self.select = []
