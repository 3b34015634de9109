"""Follow-through after a workshop: check-in sessions at 30, 60 and 90 days, what each found for
every commitment, and the new commitments made there.

A check-in never changes the workshop it follows: its reviews and new commitments are rows of
their own (the workshop's actions keep the status and due date agreed in the room).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from workshop_app.i18n import QT_TRANSLATE_NOOP

#: What a check-in can find for a commitment, in the order they are offered (keys are stored).
REVIEW_STATUSES: dict[str, str] = {
    "done": QT_TRANSLATE_NOOP("Model", "Done"),
    "in_progress": QT_TRANSLATE_NOOP("Model", "In progress"),
    "stuck": QT_TRANSLATE_NOOP("Model", "Stuck"),
    "dropped": QT_TRANSLATE_NOOP("Model", "Dropped"),
}
#: A commitment a check-in has not looked at (yet): shown, never stored.
NOT_REVIEWED = "not_reviewed"
NOT_REVIEWED_LABEL = QT_TRANSLATE_NOOP("Model", "Not reviewed")


@dataclass
class CheckIn:
    """A follow-up session of a workshop: when, who attends (carried over from the workshop's
    present participants when planned), and when it was run."""

    workshop_id: int
    date: str  # YYYY-MM-DD
    time: str = ""  # HH:MM, "" for none
    title: str = ""  # "30-day check-in"; "" for the date alone
    id: int | None = None
    attendees: list[int] = field(default_factory=list)  # participant ids
    started_at: str = ""  # UTC ISO, when it was first run
    ended_at: str = ""
    created_at: str = ""
    updated_at: str = ""


@dataclass
class ActionReview:
    """What one check-in found for one commitment: one of the workshop's actions
    (``action_id``) or a commitment made at an earlier check-in (``commitment_id``), never both."""

    checkin_id: int
    action_id: int | None = None
    status: str = "in_progress"  # one of REVIEW_STATUSES
    note: str = ""  # what happened (the owner's words): on the owner's progress page and the report
    helps: str = ""  # what helps or blocks
    revised_due: str = ""  # YYYY-MM-DD, "" when the due date stands
    #: The facilitator's own note: never projected, never on a participant's page or the sponsor's
    #: report; only in the facilitator's progress report.
    private_note: str = ""
    id: int | None = None
    updated_at: str = ""
    commitment_id: int | None = None  # a CheckinCommitment's id (then ``action_id`` is None)


@dataclass
class CheckinCommitment:
    """A new commitment made at a check-in (the workshop's own actions stay as agreed)."""

    checkin_id: int
    text: str
    owners: list[int] = field(default_factory=list)  # participant ids
    due: str = ""  # YYYY-MM-DD
    measure: str = ""
    strategy: str = ""  # one of the six ways (model.strategies), "" for none
    support: str = ""
    id: int | None = None
    position: int = 0


@dataclass
class FollowThrough:
    """Everything the check-ins of one workshop hold (part of its ``WorkshopData``)."""

    checkins: list[CheckIn] = field(default_factory=list)  # by date, then id
    reviews: list[ActionReview] = field(default_factory=list)
    commitments: list[CheckinCommitment] = field(default_factory=list)

    def _of(self, action_id: int | None, commitment_id: int | None) -> list[ActionReview]:
        """The reviews of one action, or (``commitment_id``) of one commitment made at a check-in."""
        if commitment_id is not None:
            return [r for r in self.reviews if r.commitment_id == commitment_id]
        return [r for r in self.reviews if r.action_id == action_id and action_id is not None]

    def review(self, checkin_id: int, action_id: int | None = None, *,
               commitment_id: int | None = None) -> ActionReview | None:
        """A check-in's review of an action, or of a commitment made at a check-in
        (``review(checkin_id, commitment_id=...)``); None when it has none."""
        return next((r for r in self._of(action_id, commitment_id) if r.checkin_id == checkin_id), None)

    def latest_review(self, action_id: int | None = None, *,
                      commitment_id: int | None = None) -> ActionReview | None:
        """The last check-in's review of an action, or of a commitment made at a check-in
        (check-ins in date order); None when never reviewed."""
        order = {c.id: i for i, c in enumerate(self.checkins)}
        found = [r for r in self._of(action_id, commitment_id) if r.checkin_id in order]
        return max(found, key=lambda r: order[r.checkin_id]) if found else None
