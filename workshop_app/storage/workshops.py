"""Workshops, their participants and their agenda."""

from __future__ import annotations

from dataclasses import dataclass, replace

from workshop_app.i18n import translate
from workshop_app.model.workshop import AgendaItem, Participant, Workshop
from workshop_app.storage.base import not_found, reads, writes
from workshop_app.storage.db import utc_now
from workshop_app.storage.errors import StorageError
from workshop_app.storage.removal import Removed, put_back
from workshop_app.storage.rows import from_row, to_row
from workshop_app.storage.single_rows import SingleRowsMixin


@dataclass
class WorkshopSummary:
    """One line of the workshop list."""

    id: int
    title: str
    date: str
    organisation: str
    location: str
    participants: int
    actions: int
    updated_at: str


@dataclass(frozen=True)
class CapturedData:
    """What was captured from one participant (what removing them would delete or unlink)."""

    dots: int = 0
    ratings: int = 0
    actions: int = 0  # actions they own
    cards: int = 0  # cards they wrote

    def __bool__(self) -> bool:
        return bool(self.dots or self.ratings or self.actions or self.cards)


class WorkshopsMixin(SingleRowsMixin):
    # -- workshops -------------------------------------------------------------------------
    @reads
    def list_workshops(self, skip: int = 0, limit: int = -1) -> list[WorkshopSummary]:
        """Every workshop, the latest date first (or ``limit`` of them after the first ``skip``:
        people and actions are counted for those only).

        Read through the plain connection (``conn``, columns in WorkshopSummary's order): the
        window's first frame shows this list, before sqlite-utils is imported.
        """
        cursor = self.conn.execute(
            "SELECT w.id, w.title, w.date, w.organisation, w.location, "
            "(SELECT count(*) FROM participants p WHERE p.workshop_id = w.id) AS participants, "
            "(SELECT count(*) FROM actions a WHERE a.workshop_id = w.id) AS actions, w.updated_at "
            "FROM (SELECT * FROM workshops ORDER BY date DESC, id DESC LIMIT ? OFFSET ?) w "
            "ORDER BY w.date DESC, w.id DESC", [limit, skip])
        return [WorkshopSummary(*row) for row in cursor]

    @reads
    def get_workshop(self, workshop_id: int) -> Workshop:
        return from_row(Workshop, self._row("workshops", workshop_id))

    @writes
    def create_workshop(self, workshop: Workshop) -> Workshop:
        now = utc_now()
        stored = replace(workshop, created_at=workshop.created_at or now,
                         updated_at=workshop.updated_at or now)
        stored.id = self._insert("workshops", to_row(stored))
        return stored

    @writes
    def update_workshop(self, workshop: Workshop) -> Workshop:
        stored = replace(workshop, updated_at=utc_now())
        row = to_row(stored, skip={"id", "created_at"})
        self._update("workshops", workshop.id, row)
        return self.get_workshop(workshop.id)

    @writes
    def delete_workshop(self, workshop_id: int) -> None:
        """Delete the workshop and everything in it."""
        self._delete("workshops", workshop_id)

    # -- participants ----------------------------------------------------------------------
    @reads
    def list_participants(self, workshop_id: int) -> list[Participant]:
        self._row("workshops", workshop_id)
        return [from_row(Participant, r) for r in self.db.query(
            "SELECT * FROM participants WHERE workshop_id = ? ORDER BY position, id", [workshop_id])]

    @writes
    def add_participant(self, participant: Participant, position: int | None = None) -> Participant:
        """Add at the end, or at ``position`` (0 = first) moving the others down."""
        return self._add_at("participants", participant, position)

    @writes
    def add_participants(self, workshop_id: int, participants: list[Participant]) -> list[Participant]:
        """Add several at the end, all or none."""
        return [self.add_participant(replace(p, workshop_id=workshop_id)) for p in participants]

    @writes
    def update_participant(self, participant: Participant) -> Participant:
        return self._update_in_workshop("participants", participant)

    @writes
    def remove_participant(self, participant_id: int) -> Removed:
        """Delete a participant: their votes, ratings and action ownerships go; their cards stay
        (without author). What it returns puts all that back exactly (:meth:`restore_removed`)."""
        return self._take_out("participants", participant_id, close_gap=True)

    @writes
    def restore_removed(self, removed: Removed) -> None:
        """Put back what a ``remove_*`` method took out (a participant, an agenda item, a card...):
        same id and position, with every row it took and every link it cut."""
        if removed.row.get("id") is not None and self.db.table(removed.table).count_where(
                "id = ?", [removed.row["id"]]):
            raise StorageError(translate("Storage", "That row is back already."))
        self._row("workshops", removed.row.get("workshop_id"))
        put_back(self.db, removed)

    @reads
    def captured_data(self, participant_id: int) -> CapturedData:
        """How many dots, ratings, owned actions and written cards a participant has."""
        self._row("participants", participant_id)
        return CapturedData(
            dots=int(self._scalar("SELECT coalesce(sum(count), 0) FROM votes WHERE participant_id = ?",
                                  [participant_id])),
            ratings=self.db.table("ratings").count_where("participant_id = ?", [participant_id]),
            actions=self.db.table("action_owners").count_where("participant_id = ?", [participant_id]),
            cards=self.db.table("cards").count_where("participant_id = ?", [participant_id]))

    @writes
    def reorder_participants(self, workshop_id: int, ids: list[int]) -> None:
        self._set_order("participants", workshop_id, ids)

    # -- agenda ----------------------------------------------------------------------------
    @reads
    def list_agenda(self, workshop_id: int) -> list[AgendaItem]:
        self._row("workshops", workshop_id)
        return [from_row(AgendaItem, r) for r in self.db.query(
            "SELECT * FROM agenda_items WHERE workshop_id = ? ORDER BY position, id", [workshop_id])]

    @reads
    def get_agenda_item(self, item_id: int) -> AgendaItem:
        return from_row(AgendaItem, self._row("agenda_items", item_id))

    @writes
    def add_agenda_item(self, item: AgendaItem, position: int | None = None) -> AgendaItem:
        return self._add_at("agenda_items", item, position)

    @writes
    def update_agenda_item(self, item: AgendaItem) -> AgendaItem:
        return self._update_in_workshop("agenda_items", item)

    @writes
    def set_item_anonymous(self, item_id: int, anonymous: bool | None) -> AgendaItem:
        """The facilitator's choice for an item: its phone cards stored with no author (True) or
        with their author (False); None clears the choice (as the item's exercise says)."""
        self._update("agenda_items", item_id, {"anonymous": None if anonymous is None else int(anonymous)})
        return from_row(AgendaItem, self._row("agenda_items", item_id))

    @writes
    def remove_agenda_item(self, item_id: int) -> Removed:
        """Delete an item; notes, cards and actions captured under it are kept (without item), its
        votes, ratings and placements go. What it returns puts all that back exactly."""
        return self._take_out("agenda_items", item_id, close_gap=True)

    @writes
    def reorder_agenda(self, workshop_id: int, ids: list[int]) -> None:
        self._set_order("agenda_items", workshop_id, ids)

    @writes
    def replace_agenda(self, workshop_id: int, items: list[AgendaItem]) -> list[AgendaItem]:
        """Make the agenda exactly ``items``, in order, in one transaction.

        Items with the id of an existing item of this workshop are updated (what
        was captured under them stays linked); items without an id are added;
        existing items not listed are deleted.
        """
        self._row("workshops", workshop_id)
        existing = set(self._ordered_ids("agenda_items", workshop_id))
        listed = [item.id for item in items if item.id is not None]
        kept = set(listed)
        if len(kept) != len(listed):
            raise StorageError(translate("Storage", "The new agenda lists the same item twice."))
        for item in items:
            if item.id is not None and item.id not in existing:
                raise not_found("agenda_items", item.id)
        for gone in existing - kept:
            self._delete("agenda_items", gone)
        result = []
        for position, item in enumerate(items):
            stored = replace(item, workshop_id=workshop_id, position=position)
            if item.id is None:
                stored.id = self._insert("agenda_items", to_row(stored))
            else:
                self._update("agenda_items", item.id, to_row(stored))
            result.append(stored)
        return result
