"""What is captured while a workshop runs: notes, cards and clusters, votes, ratings, 2x2 placements."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, TypeVar

from workshop_app.i18n import translate
from workshop_app.model.workshop import Card, Cluster, Note, Placement, Rating, Vote
from workshop_app.storage.base import reads, writes
from workshop_app.storage.db import utc_now
from workshop_app.storage.errors import StorageError
from workshop_app.storage.removal import Removed, put_back
from workshop_app.storage.rows import NOT_COLUMNS, from_row, to_row
from workshop_app.storage.single_rows import SingleRowsMixin

T = TypeVar("T")


@dataclass(frozen=True)
class MergedCards:
    """What :meth:`CaptureMixin.merge_cards` changed, for :meth:`CaptureMixin.unmerge_cards`:
    the kept card's row, votes and placements before, and the other cards taken out."""

    card: dict[str, Any]
    votes: list[dict[str, Any]]
    placements: list[dict[str, Any]]
    folded: list[Removed]


class CaptureMixin(SingleRowsMixin):
    def _list(self, cls: type[T], table: str, workshop_id: int, agenda_item_id: int | None = None,
              where: str = "", order: str = "position, id") -> list[T]:
        """Rows of one workshop (optionally one agenda item) as model objects."""
        self._row("workshops", workshop_id)
        sql = f"SELECT * FROM {table} WHERE workshop_id = ?"
        params: list[Any] = [workshop_id]
        if agenda_item_id is not None:
            sql += " AND agenda_item_id = ?"
            params.append(agenda_item_id)
        return [from_row(cls, r) for r in self.db.query(f"{sql} {where} ORDER BY {order}", params)]

    # -- notes -----------------------------------------------------------------------------
    @writes
    def save_note(self, note: Note) -> Note:
        """Insert (id None) or update a note; sets created_at/updated_at (UTC)."""
        now = utc_now()
        if note.id is None:
            wid = self._check_refs(note.workshop_id, note)
            stored = replace(note, workshop_id=wid, created_at=note.created_at or now, updated_at=now)
            stored.id = self._insert("notes", to_row(stored))
            return stored
        old = self._row("notes", note.id)
        stored = replace(note, workshop_id=old["workshop_id"], created_at=old["created_at"], updated_at=now)
        self._check_refs(stored.workshop_id, stored)
        self._update("notes", note.id, to_row(stored))
        return stored

    @reads
    def list_notes(self, workshop_id: int, agenda_item_id: int | None = None,
                   include_private: bool = True) -> list[Note]:
        return self._list(Note, "notes", workshop_id, agenda_item_id,
                          where="" if include_private else "AND private = 0", order="created_at, id")

    @writes
    def remove_note(self, note_id: int) -> Removed:
        """Delete a note; what it returns puts it back (:meth:`restore_removed`)."""
        return self._take_out("notes", note_id)

    # -- cards and clusters ----------------------------------------------------------------
    @writes
    def add_card(self, card: Card) -> Card:
        return self._add_at("cards", card)

    @writes
    def update_card(self, card: Card) -> Card:
        return self._update_in_workshop("cards", card)

    @writes
    def remove_card(self, card_id: int) -> Removed:
        """Delete a card with its votes and placements; what it returns puts them back."""
        return self._take_out("cards", card_id)

    @reads
    def list_cards(self, workshop_id: int, agenda_item_id: int | None = None) -> list[Card]:
        return self._list(Card, "cards", workshop_id, agenda_item_id)

    @writes
    def merge_cards(self, merged: Card, other_ids: list[int]) -> MergedCards:
        """Make the stored card ``merged.id`` what ``merged`` says and fold the cards ``other_ids``
        (of the same workshop) into it: their dots are added to its dots (per voter and item), their
        places on a matrix kept where it has none there; then they are deleted. What it returns
        puts everything back (:meth:`unmerge_cards`)."""
        kept = self._row("cards", merged.id)
        wid = kept["workshop_id"]
        for other in other_ids:
            if other == merged.id or self._workshop_of("cards", other) != wid:
                raise StorageError(translate("Storage", "Only other cards of the same workshop can be "
                                                        "merged into card {id}.").format(id=merged.id))
        before = MergedCards(kept, self._rows_of_card("votes", merged.id),
                             self._rows_of_card("placements", merged.id),
                             [self._take_out("cards", other) for other in other_ids])
        self._update_in_workshop("cards", replace(merged, workshop_id=wid))
        for removed in before.folded:
            for table, row in removed.taken:
                values = {k: v for k, v in row.items() if k not in ("_rowid", "id")}
                values["card_id"] = merged.id
                if table == "votes":
                    key = {k: values[k] for k in ("agenda_item_id", "card_id", "participant_id")}
                    found = self._one("votes", key)
                    if found is None:
                        self._insert("votes", values)
                    else:
                        self._update("votes", found["id"], {"count": found["count"] + values["count"]})
                elif table == "placements" and self._one(
                        "placements", {"agenda_item_id": values["agenda_item_id"], "card_id": merged.id,
                                       "action_id": None}) is None:
                    self._insert("placements", values)
        return before

    @writes
    def unmerge_cards(self, merged: MergedCards) -> None:
        """Undo :meth:`merge_cards`: the kept card, its dots and places as they were (same ids),
        and the other cards back with theirs."""
        card_id = merged.card["id"]
        for table, rows in (("votes", merged.votes), ("placements", merged.placements)):
            self.db.execute(f"DELETE FROM [{table}] WHERE card_id = ?", [card_id])
            for row in rows:
                self._insert(table, row)
        self._update("cards", card_id, {k: v for k, v in merged.card.items() if k != "id"})
        for removed in merged.folded:
            put_back(self.db, removed)

    def _rows_of_card(self, table: str, card_id: int) -> list[dict[str, Any]]:
        return list(self.db.query(f"SELECT * FROM [{table}] WHERE card_id = ? ORDER BY id", [card_id]))

    @writes
    def add_cluster(self, cluster: Cluster) -> Cluster:
        return self._add_at("clusters", cluster)

    @writes
    def update_cluster(self, cluster: Cluster) -> Cluster:
        return self._update_in_workshop("clusters", cluster)

    @writes
    def remove_cluster(self, cluster_id: int) -> Removed:
        """Delete a cluster; its cards stay, unclustered. What it returns puts it back with its cards."""
        return self._take_out("clusters", cluster_id)

    @reads
    def list_clusters(self, workshop_id: int, agenda_item_id: int | None = None) -> list[Cluster]:
        return self._list(Cluster, "clusters", workshop_id, agenda_item_id)

    # -- votes -----------------------------------------------------------------------------
    @writes
    def set_votes(self, agenda_item_id: int, card_id: int, participant_id: int | None,
                  count: int) -> Vote | None:
        """Set the dots one participant (None: the total the facilitator counted) gave a card.

        A count of 0 removes the vote (and returns None).
        """
        if count < 0:
            raise StorageError(translate("Storage", "A vote count cannot be negative ({count}).")
                               .format(count=count))
        wid = self._workshop_of("agenda_items", agenda_item_id)
        self._check_refs(wid, card_id=card_id, participant_id=participant_id)
        key = {"agenda_item_id": agenda_item_id, "card_id": card_id, "participant_id": participant_id}
        vote = Vote(card_id=card_id, count=count, workshop_id=wid, agenda_item_id=agenda_item_id,
                    participant_id=participant_id)
        vote.id = self._set_one("votes", key, to_row(vote) if count else None)
        return vote if count else None

    @writes
    def remove_vote(self, vote_id: int) -> Removed:
        return self._take_out("votes", vote_id)

    @reads
    def votes_counted(self, agenda_item_id: int) -> bool:
        """Whether the item's dots are entered as totals the facilitator counted (else per participant)."""
        return bool(self._row("agenda_items", agenda_item_id)["counted_votes"])

    @writes
    def set_votes_counted(self, agenda_item_id: int, counted: bool) -> None:
        """Keep how the item's dots are entered (the dots themselves stay as they are)."""
        self._update("agenda_items", agenda_item_id, {"counted_votes": int(counted)})

    @reads
    def list_votes(self, workshop_id: int, agenda_item_id: int | None = None) -> list[Vote]:
        return self._list(Vote, "votes", workshop_id, agenda_item_id, order="id")

    # -- ratings ---------------------------------------------------------------------------
    @writes
    def set_rating(self, agenda_item_id: int, participant_id: int, criterion: str,
                   value: int | None) -> Rating | None:
        """Set one participant's rating on one criterion; None removes it."""
        wid = self._workshop_of("agenda_items", agenda_item_id)
        self._check_refs(wid, participant_id=participant_id)
        key = {"agenda_item_id": agenda_item_id, "participant_id": participant_id, "criterion": criterion}
        if value is None:
            self._set_one("ratings", key, None)
            return None
        rating = Rating(criterion=criterion, value=value, participant_id=participant_id,
                        workshop_id=wid, agenda_item_id=agenda_item_id)
        rating.id = self._set_one("ratings", key, to_row(rating))
        return rating

    @writes
    def remove_rating(self, rating_id: int) -> Removed:
        return self._take_out("ratings", rating_id)

    @reads
    def list_ratings(self, workshop_id: int, agenda_item_id: int | None = None) -> list[Rating]:
        return self._list(Rating, "ratings", workshop_id, agenda_item_id, order="id")

    # -- 2x2 placements --------------------------------------------------------------------
    @writes
    def set_placement(self, agenda_item_id: int, x: float, y: float, card_id: int | None = None,
                      action_id: int | None = None) -> Placement:
        """Place a card or an action on an item's matrix (moving it if already placed: a chosen one
        stays chosen).

        x and y run from 0.0 to 1.0; values outside are brought to the nearest edge.
        """
        if card_id is None and action_id is None:
            raise StorageError(translate("Storage", "A placement needs a card or an action."))
        wid = self._workshop_of("agenda_items", agenda_item_id)
        self._check_refs(wid, card_id=card_id, action_id=action_id)
        placement = Placement(x=min(1.0, max(0.0, float(x))), y=min(1.0, max(0.0, float(y))),
                              workshop_id=wid, agenda_item_id=agenda_item_id, card_id=card_id,
                              action_id=action_id)
        placement.id = self._set_one("placements", {"agenda_item_id": agenda_item_id, "card_id": card_id,
                                                    "action_id": action_id},
                                       to_row(placement, skip=NOT_COLUMNS | {"chosen"}))
        return self.get_placement(placement.id)

    @writes
    def choose_placement(self, placement_id: int, chosen: bool) -> None:
        """Mark what was placed on a matrix chosen (a quick win or big bet the room takes forward) or not."""
        self._update("placements", placement_id, {"chosen": int(chosen)})

    @writes
    def remove_placement(self, placement_id: int) -> Removed:
        """Take a card or an action off the matrix."""
        return self._take_out("placements", placement_id)

    @reads
    def list_placements(self, workshop_id: int, agenda_item_id: int | None = None) -> list[Placement]:
        return self._list(Placement, "placements", workshop_id, agenda_item_id, order="id")
