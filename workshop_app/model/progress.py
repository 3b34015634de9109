"""Follow-through progress: the one calculation of how a workshop's commitments are doing, from
what its check-ins found (``WorkshopData.follow_through``). Services, papers and screens all use it.

* :func:`commitments_progress`: every commitment, the workshop's actions (by position) then the
  new commitments made at check-ins (in check-in order), each with its status at every check-in,
  its latest review, its due date (the latest revised one, else the original) and its status now.
  A commitment made at a check-in counts the reviews of the check-ins after that one. A
  commitment never reviewed keeps what the room recorded when it was done or dropped there,
  else it is :data:`NOT_REVIEWED`.
* :func:`completion_by_participant`, :func:`completion_by_way`: the commitments counted by status
  (dropped ones counted apart, never in the share done).
* :func:`stuck`: the commitments whose latest review found them stuck, and why (what helps or
  blocks, else what happened; never the facilitator's private note).
* :func:`is_overdue`: not done or dropped and due before a given day.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from workshop_app.i18n import translate
from workshop_app.model.checkins import (
    NOT_REVIEWED,
    NOT_REVIEWED_LABEL,
    REVIEW_STATUSES,
    ActionReview,
    CheckIn,
    CheckinCommitment,
)
from workshop_app.model.strategies import STRATEGIES, Strategy, strategy_by_id
from workshop_app.model.workshop import ACTION_STATUSES, ActionItem, Participant, WorkshopData

#: A commitment at a check-in held before (or where) it was made: it had nothing to review yet.
NOT_MADE = ""
#: Every status a commitment can be in, in the order papers and charts list them.
STATUS_ORDER = (*REVIEW_STATUSES, NOT_REVIEWED)
#: Statuses that end a commitment: never overdue, never "open".
CLOSED = ("done", "dropped")


def status_label(status: str) -> str:
    """A status as shown ("In progress", "Not reviewed", an action's own "Open"), translated in
    context Model: the one place each status gets its words."""
    if status == NOT_REVIEWED:
        return translate("Model", NOT_REVIEWED_LABEL)
    return translate("Model", REVIEW_STATUSES.get(status) or ACTION_STATUSES.get(status) or status)


@dataclass(frozen=True)
class CommitmentProgress:
    """One commitment (a workshop action or a commitment made at a check-in) and what the
    check-ins found."""

    action: ActionItem | None
    commitment: CheckinCommitment | None
    text: str
    owners: tuple[int, ...]  #: participant ids ("" owners: the group's)
    strategy: str  #: one of the six ways' ids, "" for none
    due: str  #: YYYY-MM-DD: the latest revised due date, else the original ("" for none)
    statuses: tuple[str, ...]  #: one per check-in in order: a status, NOT_REVIEWED or NOT_MADE
    latest: ActionReview | None  #: the last check-in's review of it (None: never reviewed)
    status: str  #: now: the latest review's status, else see the module
    #: one per check-in in order: that check-in's review of it (None where it has none)
    reviews: tuple[ActionReview | None, ...] = ()

    @property
    def is_open(self) -> bool:
        return self.status not in CLOSED

    @property
    def shown_status(self) -> str:
        """Its status in a list of actions: the latest check-in's, else "open" (a commitment no
        check-in has looked at and the room left open; done and dropped ones keep theirs)."""
        return "open" if self.status == NOT_REVIEWED else self.status

    def status_as_of(self, index: int) -> str:
        """Its status as it stood at check-in ``index``: that check-in's finding, else the latest
        before it, else what the room recorded when it was done or dropped there, else
        NOT_REVIEWED (NOT_MADE before a new commitment was made)."""
        if self.statuses[index] == NOT_MADE:
            return NOT_MADE
        found = [s for s in self.statuses[:index + 1] if s not in (NOT_REVIEWED, NOT_MADE)]
        if found:
            return found[-1]
        room = self.action.status if self.action is not None else ""
        return room if room in CLOSED else NOT_REVIEWED

    @property
    def made_at(self) -> int | None:
        """The id of the check-in that made it (None for the workshop's own actions)."""
        return self.commitment.checkin_id if self.commitment is not None else None


def held(data: WorkshopData) -> list[CheckIn]:
    """The check-ins that have taken place (run, or with a review), in order."""
    follow = data.follow_through
    reviewed = {r.checkin_id for r in follow.reviews}
    return [c for c in follow.checkins if c.started_at or c.id in reviewed]


def upcoming(data: WorkshopData) -> list[CheckIn]:
    """The check-ins still to take place, in order."""
    done = {c.id for c in held(data)}
    return [c for c in data.follow_through.checkins if c.id not in done]


def _progress(data: WorkshopData, action: ActionItem | None, commitment: CheckinCommitment | None,
              made: int) -> CommitmentProgress:
    """A commitment's progress from the reviews of the check-ins after the ``made``th (-1: the
    workshop's own actions); NOT_MADE up to it."""
    follow = data.follow_through
    item: ActionItem | CheckinCommitment
    if action is not None:
        item, room, which = action, action.status, {"action_id": action.id}
    else:
        assert commitment is not None
        item, room, which = commitment, "", {"commitment_id": commitment.id}
    reviews = tuple(follow.review(c.id, **which) if i > made and c.id is not None else None
                    for i, c in enumerate(follow.checkins))
    statuses = tuple(NOT_MADE if i <= made else r.status if r is not None else NOT_REVIEWED
                     for i, r in enumerate(reviews))
    found = [r for r in reviews if r is not None]
    latest = found[-1] if found else None
    revised = [r.revised_due for r in found if r.revised_due.strip()]
    status = latest.status if latest is not None else room if room in CLOSED else NOT_REVIEWED
    due = revised[-1].strip() if revised else item.due.strip()
    return CommitmentProgress(action, commitment, item.text, tuple(item.owners), item.strategy, due, statuses,
                              latest, status, reviews)


def _new_progress(data: WorkshopData, commitment: CheckinCommitment) -> CommitmentProgress:
    ids = [c.id for c in data.follow_through.checkins]
    made = ids.index(commitment.checkin_id) if commitment.checkin_id in ids else len(ids)
    return _progress(data, None, commitment, made)


def commitments_progress(data: WorkshopData) -> list[CommitmentProgress]:
    """Every commitment with its progress (see the module), the workshop's actions first."""
    order = {c.id: i for i, c in enumerate(data.follow_through.checkins)}
    actions = sorted(data.actions, key=lambda a: (a.position, a.id or 0))
    new = sorted(data.follow_through.commitments,
                 key=lambda c: (order.get(c.checkin_id, len(order)), c.position, c.id or 0))
    return [*(_progress(data, a, None, -1) for a in actions), *(_new_progress(data, c) for c in new)]


@dataclass(frozen=True)
class Completion:
    """Commitments counted by their status now."""

    counts: dict[str, int]  #: status -> commitments (every status of STATUS_ORDER)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def active(self) -> int:
        """The commitments that still count: all but the dropped ones."""
        return self.total - self.counts["dropped"]

    @property
    def done(self) -> int:
        return self.counts["done"]

    @property
    def share_done(self) -> float | None:
        """Done of the commitments that still count (0.0 to 1.0), None when none does."""
        return self.done / self.active if self.active else None


def completion(progress: Iterable[CommitmentProgress]) -> Completion:
    counts = dict.fromkeys(STATUS_ORDER, 0)
    for each in progress:
        counts[each.status if each.status in counts else NOT_REVIEWED] += 1
    return Completion(counts)


def completion_by_participant(data: WorkshopData,
                              progress: list[CommitmentProgress] | None = None
                              ) -> list[tuple[Participant, Completion]]:
    """Each participant who owns a commitment, or was present, with their commitments counted (a
    shared commitment counts for each owner), in participant order."""
    progress = commitments_progress(data) if progress is None else progress
    out = []
    for person in data.participants:
        own = [p for p in progress if person.id in p.owners]
        if own or not person.absent:
            out.append((person, completion(own)))
    return out


def completion_by_way(data: WorkshopData, progress: list[CommitmentProgress] | None = None
                      ) -> list[tuple[Strategy | None, Completion]]:
    """Each of the six ways in order with the commitments naming it counted, then ``None`` with
    those naming none (or an unknown way)."""
    progress = commitments_progress(data) if progress is None else progress
    ways: list[Strategy | None] = [*STRATEGIES, None]
    return [(way, completion(p for p in progress if strategy_by_id(p.strategy) == way)) for way in ways]


class Stuck(NamedTuple):
    progress: CommitmentProgress
    why: str  #: what helps or blocks, else what happened ("" when the review says neither)


def stuck(data: WorkshopData, progress: list[CommitmentProgress] | None = None) -> list[Stuck]:
    """The commitments stuck now, each with why (see the module)."""
    progress = commitments_progress(data) if progress is None else progress
    out = []
    for each in progress:
        if each.status == "stuck":
            review = each.latest
            why = (review.helps.strip() or review.note.strip()) if review is not None else ""
            out.append(Stuck(each, why))
    return out


def is_overdue(progress: CommitmentProgress, today: date) -> bool:
    """Not done or dropped, and due before ``today``."""
    return progress.is_open and bool(progress.due) and progress.due < today.isoformat()
