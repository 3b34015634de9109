"""A whole workshop at once: reading everything, export to and import from the workshop file."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from workshop_app.model.workshop import WorkshopData
from workshop_app.storage.actions import ActionsMixin
from workshop_app.storage.base import REFERENCES, reads, writes
from workshop_app.storage.checkins import CHECKIN_SKIP, CheckinsMixin
from workshop_app.storage.db import utc_now
from workshop_app.storage.rows import to_row

#: Tables in the order an import fills them (referenced rows first), with their WorkshopData field.
IMPORT_ORDER = (
    ("participants", "participants"), ("agenda_items", "agenda"), ("clusters", "clusters"),
    ("cards", "cards"), ("actions", "actions"), ("notes", "notes"), ("votes", "votes"),
    ("ratings", "ratings"), ("placements", "placements"),
)


class TransferMixin(ActionsMixin, CheckinsMixin):
    @reads
    def load_workshop_data(self, workshop_id: int) -> WorkshopData:
        """Everything about one workshop, each list in its display order."""
        s: Any = self
        return WorkshopData(
            workshop=s.get_workshop(workshop_id),
            participants=s.list_participants(workshop_id),
            agenda=s.list_agenda(workshop_id),
            notes=s.list_notes(workshop_id),
            clusters=s.list_clusters(workshop_id),
            cards=s.list_cards(workshop_id),
            votes=s.list_votes(workshop_id),
            ratings=s.list_ratings(workshop_id),
            placements=s.list_placements(workshop_id),
            actions=s.list_actions(workshop_id),
            run_state=s.get_run_state(workshop_id),
            follow_through=s.load_follow_through(workshop_id),
        )

    @reads
    def export_workshop(self, workshop_id: int) -> dict[str, Any]:
        """The workshop file content (see workshop_file) for one workshop."""
        from workshop_app.storage.workshop_file import data_to_dict  # not needed at start-up

        return data_to_dict(self.load_workshop_data(workshop_id))

    @writes
    def import_workshop(self, data: dict[str, Any]) -> int:
        """Create a new workshop from a workshop file's content, all or nothing; its id."""
        from workshop_app.storage.workshop_file import workshop_data_from_dict  # not at start-up

        return self._insert_workshop_data(workshop_data_from_dict(data))

    def _insert_workshop_data(self, data: WorkshopData) -> int:
        """Store validated ``data`` as a new workshop with new ids, rewriting every reference."""
        now = utc_now()
        workshop = replace(data.workshop, id=None, created_at=data.workshop.created_at or now,
                           updated_at=data.workshop.updated_at or now)
        wid = self._insert("workshops", to_row(workshop))
        new_ids: dict[str, dict[int, int]] = {table: {} for table in REFERENCES.values()}
        for table, attr in IMPORT_ORDER:
            for obj in getattr(data, attr):
                refs = {name: new_ids[target][getattr(obj, name)] for name, target in REFERENCES.items()
                        if getattr(obj, name, None) is not None}
                if table == "notes":
                    refs.update(created_at=obj.created_at or now, updated_at=obj.updated_at or now)
                row_id = self._insert(table, to_row(replace(obj, workshop_id=wid, **refs)))
                if obj.id is not None and table in new_ids:
                    new_ids[table][obj.id] = row_id
                if table == "actions":
                    self._set_owners(row_id, [new_ids["participants"][p] for p in obj.owners])
        if data.run_state is not None:
            item = data.run_state.agenda_item_id
            state = replace(data.run_state, workshop_id=wid,
                            agenda_item_id=None if item is None else new_ids["agenda_items"][item])
            self._insert("run_state", to_row(state, skip=frozenset()))
        self._insert_follow_through(data, wid, new_ids)
        return wid

    def _insert_follow_through(self, data: WorkshopData, wid: int,
                               new_ids: dict[str, dict[int, int]]) -> None:
        """The check-ins of imported ``data`` with their reviews and new commitments, references
        rewritten through ``new_ids`` (the workshop's rows are in already)."""
        now = utc_now()
        people = new_ids["participants"]
        checkins = new_ids["checkins"]
        follow = data.follow_through
        for checkin in follow.checkins:
            stored = replace(checkin, workshop_id=wid, created_at=checkin.created_at or now,
                             updated_at=checkin.updated_at or now)
            row_id = self._insert("checkins", to_row(stored, skip=CHECKIN_SKIP))
            checkins[checkin.id] = row_id  # type: ignore[index]
            self._set_people("checkin_attendees", "checkin_id", row_id,
                             [people[p] for p in checkin.attendees])
        commitments: dict[int, int] = {}
        for commitment in follow.commitments:
            row_id = self._insert("checkin_commitments",
                                  to_row(replace(commitment, checkin_id=checkins[commitment.checkin_id])))
            commitments[commitment.id] = row_id  # type: ignore[index]
            self._set_people("checkin_commitment_owners", "commitment_id", row_id,
                             [people[p] for p in commitment.owners])
        for review in follow.reviews:
            action, made = review.action_id, review.commitment_id
            self._insert("action_reviews", to_row(replace(
                review, checkin_id=checkins[review.checkin_id], updated_at=review.updated_at or now,
                action_id=None if action is None else new_ids["actions"][action],
                commitment_id=None if made is None else commitments[made])))
