"""Every workshop's commitments in one list: the Actions page, across workshops.

One line per commitment: its workshop, what, who (by name), by when (the latest check-in's
revised date, else the one agreed in the room), its status (the latest check-in's, else the
action's own) and whether it is overdue, on a given day (``today`` is always passed in: the
page passes the clock's, tests a fixed day). The statuses and due dates come from the one
progress calculation; this module only gathers them across workshops.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from workshop_app.model import NOT_REVIEWED, ActionItem, FollowThrough, Participant, Workshop, WorkshopData

#: "Due soon": within this many days from today (today included).
DUE_SOON_DAYS = 14
#: Statuses that need nothing more (neither overdue nor due soon).
CLOSED = ("done", "dropped")


@dataclass(frozen=True)
class ActionLine:
    """One commitment of one workshop, as the Actions page lists it."""

    workshop_id: int
    workshop_title: str
    workshop_date: str  # YYYY-MM-DD or ""
    text: str
    owners: tuple[str, ...]  # names, in the order agreed
    due: str  # YYYY-MM-DD or "": revised by the latest check-in when there is one
    status: str  # a key of REVIEW_STATUSES, else of ACTION_STATUSES (never reviewed)
    strategy: str  # one of the six ways' ids, or ""
    overdue: bool

    def due_soon(self, today: date, days: int = DUE_SOON_DAYS) -> bool:
        """Still to do and due between today and ``days`` days from now."""
        return (self.status not in CLOSED and bool(self.due)
                and today.isoformat() <= self.due <= (today + timedelta(days=days)).isoformat())


@dataclass(frozen=True)
class WorkshopTally:
    """How far one workshop's commitments have come: for comparing workshops side by side."""

    workshop_id: int
    title: str
    date: str
    done: int
    total: int
    overdue: int


def action_lines(store, today: date) -> list[ActionLine]:
    """Every workshop's commitments, the latest workshop first, each in its agreed order."""
    lines: list[ActionLine] = []
    for data in _workshops_with_commitments(store):
        names = {p.id: p.name for p in data.participants}
        workshop = data.workshop
        for text, owners, due, status, strategy, overdue in _progress(data, today):
            lines.append(ActionLine(
                workshop.id, workshop.title, workshop.date, text,  # type: ignore[arg-type]
                tuple(names.get(o, "?") for o in owners), due, status, strategy, overdue))
    return lines


def tallies(lines: Iterable[ActionLine]) -> list[WorkshopTally]:
    """Done, all and overdue commitments per workshop, in the order the lines name them."""
    counts: dict[int, list] = {}
    for line in lines:
        row = counts.setdefault(line.workshop_id, [line.workshop_title, line.workshop_date, 0, 0, 0])
        row[2] += line.status == "done"
        row[3] += 1
        row[4] += line.overdue
    return [WorkshopTally(wid, *row) for wid, row in counts.items()]


# -- INTERIM (until branches checkin-store and progress-paper are merged) -------------------------
# The two functions below stand in for the store's list_all_actions()/load_follow_through() and
# model/progress.py's commitments_progress()/is_overdue(): replaced by them after the merge.

def _workshops_with_commitments(store) -> list[WorkshopData]:
    """INTERIM: each workshop that has commitments, with its participants, actions, check-ins."""
    found: dict[int, tuple[Workshop, list[ActionItem]]] = {}
    for summary in store.list_workshops():
        if summary.actions:
            found[summary.id] = (store.get_workshop(summary.id), store.list_actions(summary.id))
    result = []
    for wid, (workshop, actions) in found.items():
        participants: list[Participant] = store.list_participants(wid)
        result.append(WorkshopData(workshop, participants=participants, actions=actions,
                                   follow_through=FollowThrough()))
    return result


def _progress(data: WorkshopData, today: date) -> list[tuple[str, list[int], str, str, str, bool]]:
    """INTERIM: (text, owner ids, due, status, way, overdue) per commitment."""
    rows = []
    for action in data.actions:
        latest = data.follow_through.latest_review(action.id)  # type: ignore[arg-type]
        status = latest.status if latest is not None else NOT_REVIEWED
        due = (latest.revised_due if latest is not None else "") or action.due
        shown = action.status if status == NOT_REVIEWED else status
        overdue = shown not in CLOSED and bool(due) and due < today.isoformat()
        rows.append((action.text, action.owners, due, shown, action.strategy, overdue))
    return rows
