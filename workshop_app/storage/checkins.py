"""Follow-through after a workshop: check-in sessions, what each found for the workshop's actions
and for the commitments made at earlier check-ins (reviews), and the new commitments made there;
the actions of every workshop at once.

A check-in never changes its workshop: its rows are its own (the workshop's actions, and the
workshop's ``updated_at``, stay as they were). Deleting a workshop deletes its check-ins; deleting
a check-in deletes its reviews and commitments; deleting an action or a commitment deletes its
reviews.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import Any

from workshop_app.i18n import translate
from workshop_app.model.checkins import (
    REVIEW_STATUSES,
    ActionReview,
    CheckIn,
    CheckinCommitment,
    FollowThrough,
)
from workshop_app.model.workshop import ActionItem, Workshop
from workshop_app.storage.base import not_found, reads, writes
from workshop_app.storage.db import utc_now
from workshop_app.storage.errors import StorageError
from workshop_app.storage.removal import Removed
from workshop_app.storage.rows import from_row, to_row
from workshop_app.storage.single_rows import SingleRowsMixin

_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
#: Fields of a CheckIn kept in a table of their own.
CHECKIN_SKIP = frozenset({"id", "attendees"})


def _check_date(value: str, required: bool = False) -> None:
    """A stored date is ``YYYY-MM-DD`` (or "" where it is optional)."""
    if not value and not required:
        return
    try:
        if len(value) == 10 and dt.date.fromisoformat(value):
            return
    except (TypeError, ValueError):
        pass
    raise StorageError(translate("Storage", "{value!r} is not a date written YYYY-MM-DD").format(value=value))


def _check_time(value: str) -> None:
    if value and not _TIME.match(value):
        raise StorageError(translate("Storage", "{value!r} is not a time written HH:MM").format(value=value))


class CheckinsMixin(SingleRowsMixin):
    # -- helpers ---------------------------------------------------------------------------
    def _checkin_row(self, checkin_id: int | None) -> dict[str, Any]:
        return self._row("checkins", checkin_id)

    def _check_people(self, workshop_id: int, people: list[int]) -> list[int]:
        """The ids once each, in order, every one a participant of the workshop."""
        people = list(dict.fromkeys(people))
        for person in people:
            self._check_refs(workshop_id, participant_id=person)
        return people

    def _checkins(self, where: str, params: list[Any]) -> list[CheckIn]:
        rows = list(self.db.query(f"SELECT * FROM checkins WHERE {where} ORDER BY date, time, id", params))
        attendees = self._people("checkin_attendees", "checkin_id",
                                 f"t.checkin_id IN (SELECT id FROM checkins WHERE {where})", params)
        found = [from_row(CheckIn, r) for r in rows]
        for checkin in found:
            checkin.attendees = attendees.get(checkin.id, [])  # type: ignore[arg-type]
        return found

    def _reviews(self, where: str, params: list[Any]) -> list[ActionReview]:
        """Reviews in check-in order (date, time, id); in each, the workshop's actions in their
        order, then the commitments made at check-ins in theirs."""
        return [from_row(ActionReview, r) for r in self.db.query(
            "SELECT r.* FROM action_reviews r JOIN checkins c ON c.id = r.checkin_id "
            "LEFT JOIN actions a ON a.id = r.action_id "
            "LEFT JOIN checkin_commitments m ON m.id = r.commitment_id "
            f"LEFT JOIN checkins mc ON mc.id = m.checkin_id WHERE {where} "
            "ORDER BY c.date, c.time, c.id, r.action_id IS NULL, a.position, a.id, "
            "mc.date, mc.time, mc.id, m.position, m.id", params)]

    def _commitments(self, where: str, params: list[Any]) -> list[CheckinCommitment]:
        found = [from_row(CheckinCommitment, r) for r in self.db.query(
            "SELECT m.* FROM checkin_commitments m JOIN checkins c ON c.id = m.checkin_id "
            f"WHERE {where} ORDER BY c.date, c.time, c.id, m.position, m.id", params)]
        owners = self._people("checkin_commitment_owners", "commitment_id",
                              "t.commitment_id IN (SELECT m.id FROM checkin_commitments m JOIN checkins c "
                              f"ON c.id = m.checkin_id WHERE {where})", params)
        for commitment in found:
            commitment.owners = owners.get(commitment.id, [])  # type: ignore[arg-type]
        return found

    # -- check-ins -------------------------------------------------------------------------
    def _checked_checkin(self, checkin: CheckIn, workshop_id: int) -> CheckIn:
        _check_date(checkin.date, required=True)
        _check_time(checkin.time)
        return replace(checkin, workshop_id=workshop_id, attendees=self._check_people(workshop_id,
                                                                                      checkin.attendees))

    @writes
    def create_checkin(self, checkin: CheckIn) -> CheckIn:
        """Plan a check-in of a workshop. ``attendees`` [] carries over the workshop's present
        participants (everyone not marked absent), in their order."""
        wid = self._check_refs(checkin.workshop_id)
        stored = self._checked_checkin(checkin, wid)
        if not stored.attendees:
            stored.attendees = [r["id"] for r in self.db.query(
                "SELECT id FROM participants WHERE workshop_id = ? AND absent = 0 ORDER BY position, id",
                [wid])]
        now = utc_now()
        stored = replace(stored, created_at=checkin.created_at or now, updated_at=checkin.updated_at or now)
        stored.id = self._insert("checkins", to_row(stored, skip=CHECKIN_SKIP))
        self._set_people("checkin_attendees", "checkin_id", stored.id, stored.attendees)
        return stored

    @reads
    def list_checkins(self, workshop_id: int) -> list[CheckIn]:
        """The workshop's check-ins by date, time and id."""
        self._row("workshops", workshop_id)
        return self._checkins("workshop_id = ?", [workshop_id])

    @reads
    def get_checkin(self, checkin_id: int) -> CheckIn:
        self._checkin_row(checkin_id)
        return self._checkins("id = ?", [checkin_id])[0]

    @writes
    def update_checkin(self, checkin: CheckIn) -> CheckIn:
        """Store a check-in's title, date, time, attendees (exactly those given) and when it was
        run; its workshop and ``created_at`` stay."""
        old = self._checkin_row(checkin.id)
        stored = self._checked_checkin(replace(checkin, created_at=old["created_at"], updated_at=utc_now()),
                                       old["workshop_id"])
        self._update("checkins", checkin.id, to_row(stored, skip=CHECKIN_SKIP))
        self._set_people("checkin_attendees", "checkin_id", checkin.id, stored.attendees)  # type: ignore[arg-type]
        return stored

    @writes
    def delete_checkin(self, checkin_id: int) -> Removed:
        """Delete a check-in with its attendees, reviews and commitments; what it returns puts
        them back (:meth:`restore_removed`)."""
        self._checkin_row(checkin_id)
        return self._take_out("checkins", checkin_id)

    # -- reviews ---------------------------------------------------------------------------
    def _check_reviewed(self, review: ActionReview, checkin: dict[str, Any]) -> None:
        """The review names exactly one of the check-in's workshop's actions or one commitment
        made at an earlier check-in of that workshop."""
        if review.action_id is not None and review.commitment_id is not None:
            raise StorageError(translate("Storage", "A review is of an action or of a commitment made at a "
                                                    "check-in: one of them, not both."))
        if review.action_id is None and review.commitment_id is None:
            raise StorageError(translate("Storage", "A review is of an action or of a commitment made at a "
                                                    "check-in: name one of them."))
        if review.action_id is not None:
            self._check_refs(checkin["workshop_id"], action_id=review.action_id)
            return
        made = self._commitment_row(review.commitment_id)
        if made["workshop_id"] != checkin["workshop_id"]:
            raise not_found("checkin_commitments", review.commitment_id)
        order = [c.id for c in self._checkins("workshop_id = ?", [checkin["workshop_id"]])]
        if order.index(made["checkin_id"]) >= order.index(checkin["id"]):
            raise StorageError(translate("Storage", "The commitment {text!r} was made at this check-in or a "
                                                    "later one: a later check-in reviews it.")
                               .format(text=made["text"]))

    @staticmethod
    def _review_key(checkin_id: int, action_id: int | None, commitment_id: int | None) -> dict[str, Any]:
        return {"checkin_id": checkin_id, "action_id": action_id, "commitment_id": commitment_id}

    @writes
    def set_review(self, review: ActionReview) -> ActionReview:
        """Store what a check-in found for one of its workshop's actions (``action_id``) or for a
        commitment made at an earlier check-in (``commitment_id``), replacing the one there was
        (which keeps its id)."""
        if review.status not in REVIEW_STATUSES:
            raise StorageError(translate("Storage", "{status} is not a review status (one of: {known}).")
                               .format(status=review.status, known=", ".join(REVIEW_STATUSES)))
        _check_date(review.revised_due)
        self._check_reviewed(review, self._checkin_row(review.checkin_id))
        stored = replace(review, updated_at=utc_now())
        stored.id = self._set_one("action_reviews", self._review_key(review.checkin_id, review.action_id,
                                                                     review.commitment_id), to_row(stored))
        return stored

    @writes
    def clear_review(self, checkin_id: int, action_id: int | None = None, *,
                     commitment_id: int | None = None) -> None:
        """Forget what a check-in found for an action, or (``commitment_id``) for a commitment
        made at a check-in: it shows as not reviewed again."""
        self._checkin_row(checkin_id)
        self._set_one("action_reviews", self._review_key(checkin_id, action_id, commitment_id), None)

    @reads
    def list_reviews(self, checkin_id: int) -> list[ActionReview]:
        """A check-in's reviews: the workshop's actions in their order, then the commitments made
        at check-ins."""
        self._checkin_row(checkin_id)
        return self._reviews("r.checkin_id = ?", [checkin_id])

    # -- new commitments -------------------------------------------------------------------
    def _checked_commitment(self, commitment: CheckinCommitment, workshop_id: int) -> CheckinCommitment:
        _check_date(commitment.due)
        return replace(commitment, owners=self._check_people(workshop_id, commitment.owners))

    @writes
    def add_checkin_commitment(self, commitment: CheckinCommitment) -> CheckinCommitment:
        """Add a new commitment at the end of a check-in's; ``owners`` are participant ids of its
        workshop."""
        wid = self._checkin_row(commitment.checkin_id)["workshop_id"]
        stored = self._checked_commitment(commitment, wid)
        stored.position = int(self._scalar("SELECT coalesce(max(position) + 1, 0) FROM checkin_commitments "
                                           "WHERE checkin_id = ?", [commitment.checkin_id]))
        stored.id = self._insert("checkin_commitments", to_row(stored))
        self._set_people("checkin_commitment_owners", "commitment_id", stored.id, stored.owners)
        return stored

    def _commitment_row(self, commitment_id: int | None) -> dict[str, Any]:
        found = next(self.db.query("SELECT m.*, c.workshop_id FROM checkin_commitments m JOIN checkins c "
                                   "ON c.id = m.checkin_id WHERE m.id = ?", [commitment_id]), None)
        if found is None:
            raise not_found("checkin_commitments", commitment_id)
        return found

    @writes
    def update_checkin_commitment(self, commitment: CheckinCommitment) -> CheckinCommitment:
        """Store a commitment's text, owners, due date, measure, way and support (its check-in
        and place stay)."""
        old = self._commitment_row(commitment.id)
        stored = self._checked_commitment(replace(commitment, checkin_id=old["checkin_id"],
                                                  position=old["position"]), old["workshop_id"])
        self._update("checkin_commitments", commitment.id, to_row(stored))
        self._set_people("checkin_commitment_owners", "commitment_id", commitment.id,  # type: ignore[arg-type]
                         stored.owners)
        return stored

    @writes
    def delete_checkin_commitment(self, commitment_id: int) -> None:
        old = self._commitment_row(commitment_id)
        self.db.table("checkin_commitments").delete_where("id = ?", [commitment_id])
        self.db.conn.executemany("UPDATE checkin_commitments SET position = ? WHERE id = ?", [
            (i, r["id"]) for i, r in enumerate(self.db.query(
                "SELECT id FROM checkin_commitments WHERE checkin_id = ? ORDER BY position, id",
                [old["checkin_id"]]))])

    @reads
    def list_checkin_commitments(self, checkin_id: int) -> list[CheckinCommitment]:
        self._checkin_row(checkin_id)
        return self._commitments("m.checkin_id = ?", [checkin_id])

    # -- everything at once ----------------------------------------------------------------
    @reads
    def load_follow_through(self, workshop_id: int) -> FollowThrough:
        """Every check-in of a workshop (by date, time, id) with their reviews and commitments."""
        self._row("workshops", workshop_id)
        return FollowThrough(checkins=self._checkins("workshop_id = ?", [workshop_id]),
                             reviews=self._reviews("c.workshop_id = ?", [workshop_id]),
                             commitments=self._commitments("c.workshop_id = ?", [workshop_id]))

    @reads
    def list_all_actions(self) -> list[tuple[Workshop, ActionItem]]:
        """The actions of every workshop with their workshop: the latest workshop first (as the
        workshop list), each workshop's actions in their order. Latest reviews:
        :meth:`load_follow_through` of a workshop."""
        workshops: dict[int, Workshop] = {}
        found: list[tuple[Workshop, ActionItem]] = []
        owners = self._people("action_owners", "action_id", "1", [])
        columns = [c.name for c in self.db.table("workshops").columns]
        select = ", ".join(f"w.[{c}] AS [w.{c}]" for c in columns)
        for r in self.db.query(f"SELECT a.*, {select} FROM actions a JOIN workshops w "
                               "ON w.id = a.workshop_id ORDER BY "
                               "w.date DESC, w.id DESC, a.position, a.id"):
            wid = r["workshop_id"]
            if wid not in workshops:
                workshops[wid] = from_row(Workshop, {c: r[f"w.{c}"] for c in columns})
            action = from_row(ActionItem, r)
            action.owners = owners.get(action.id, [])  # type: ignore[arg-type]
            found.append((workshops[wid], action))
        return found

