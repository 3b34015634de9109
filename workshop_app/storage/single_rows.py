"""One row at a time: a card, a participant, a vote... by its id or by what makes it unique;
set by what makes it unique, keeping its id; and taken out so that :meth:`restore_removed` puts it
back under the same id (ids are AUTOINCREMENT, never reused, so a row put back is the row every
older undo command names). The ``remove_*`` methods of each kind of row use :meth:`_take_out`."""

from __future__ import annotations

from typing import Any, TypeVar

from workshop_app.model.workshop import (
    ActionItem,
    Card,
    Cluster,
    Note,
    Participant,
    Placement,
    Rating,
    Vote,
)
from workshop_app.storage.base import StoreBase, reads
from workshop_app.storage.removal import Removed, take
from workshop_app.storage.rows import from_row

T = TypeVar("T")


class SingleRowsMixin(StoreBase):
    # -- by id -----------------------------------------------------------------------------
    def _get(self, cls: type[T], table: str, row_id: int | None) -> T:
        """The row with this id as ``cls``, or NotFoundError naming it."""
        return from_row(cls, self._row(table, row_id))

    @reads
    def get_participant(self, participant_id: int) -> Participant:
        return self._get(Participant, "participants", participant_id)

    @reads
    def get_note(self, note_id: int) -> Note:
        return self._get(Note, "notes", note_id)

    @reads
    def get_cluster(self, cluster_id: int) -> Cluster:
        return self._get(Cluster, "clusters", cluster_id)

    @reads
    def get_card(self, card_id: int) -> Card:
        return self._get(Card, "cards", card_id)

    @reads
    def get_placement(self, placement_id: int) -> Placement:
        return self._get(Placement, "placements", placement_id)

    @reads
    def get_action(self, action_id: int) -> ActionItem:
        action = self._get(ActionItem, "actions", action_id)
        action.owners = [r["participant_id"] for r in self.db["action_owners"].rows_where(
            "action_id = ?", [action_id], order_by="position")]
        return action

    # -- by what makes it unique ----------------------------------------------------------
    def _one(self, table: str, key: dict[str, Any]) -> dict[str, Any] | None:
        """The row whose columns hold these values (None is matched too), or None."""
        where = " AND ".join(f"[{column}] IS ?" for column in key)
        return next(self.db.table(table).rows_where(where, list(key.values()), limit=1), None)

    def _set_one(self, table: str, key: dict[str, Any], row: dict[str, Any] | None) -> int | None:
        """Make the row with these ``key`` values ``row`` (None: no row), keeping its id; the id."""
        found = self._one(table, key)
        if row is None:
            if found is not None:
                self._delete(table, found["id"])
            return None
        if found is None:
            return self._insert(table, row)
        self._update(table, found["id"], row)
        return int(found["id"])

    @reads
    def vote_of(self, agenda_item_id: int, card_id: int, participant_id: int | None) -> Vote | None:
        """The dots one participant (None: the counted total) gave a card on an item, if any."""
        row = self._one("votes", {"agenda_item_id": agenda_item_id, "card_id": card_id,
                                  "participant_id": participant_id})
        return None if row is None else from_row(Vote, row)

    @reads
    def rating_of(self, agenda_item_id: int, participant_id: int, criterion: str) -> Rating | None:
        row = self._one("ratings", {"agenda_item_id": agenda_item_id, "participant_id": participant_id,
                                    "criterion": criterion})
        return None if row is None else from_row(Rating, row)

    @reads
    def placement_of(self, agenda_item_id: int, card_id: int | None = None,
                     action_id: int | None = None) -> Placement | None:
        """Where a card or an action sits on an item's matrix (None: not placed)."""
        row = self._one("placements", {"agenda_item_id": agenda_item_id, "card_id": card_id,
                                       "action_id": action_id})
        return None if row is None else from_row(Placement, row)

    # -- taken out, to be put back ---------------------------------------------------------
    def _take_out(self, table: str, row_id: int, close_gap: bool = False) -> Removed:
        """Delete the row; what it returns puts it back exactly (:meth:`restore_removed`)."""
        removed = take(self.db, table, row_id)
        if close_gap:
            self._delete_and_close_gap(table, row_id)
        else:
            self._delete(table, row_id)
        return removed
