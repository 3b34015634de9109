"""Every workshop's commitments in one list: the Actions page, across workshops.

One line per commitment: its workshop, what, who (by name), by when (the latest check-in's
revised date, else the one agreed in the room), its status (the latest check-in's, else the
action's own) and whether it is overdue, on a given day (``today`` is always passed in: the
page passes the clock's, tests a fixed day). The statuses and due dates come from the one
progress calculation; this module only gathers them across workshops.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from workshop_app.model import ActionItem, Workshop, WorkshopData
from workshop_app.model.progress import CommitmentProgress, commitments_progress, completion, is_overdue

# "Due soon": within this many days from today (today included).
DUE_SOON_DAYS = 14


@dataclass(frozen=True)
class ActionLine:
    """One commitment of one workshop, as the Actions page lists it."""

    workshop_id: int
    workshop_title: str
    workshop_date: str  # YYYY-MM-DD or ""
    text: str
    owners: tuple[str, ...]  # names, in the order agreed
    due: str  # YYYY-MM-DD or "": revised by the latest check-in when there is one
    status: str  # CommitmentProgress.shown_status: the latest check-in's, else "open", "done", "dropped"
    strategy: str  # one of the six ways' ids, or ""
    overdue: bool
    progress: CommitmentProgress = field(compare=False, repr=False)

    def due_soon(self, today: date, days: int = DUE_SOON_DAYS) -> bool:
        """Still to do and due between today and ``days`` days from now."""
        return (self.progress.is_open and bool(self.due)
                and today.isoformat() <= self.due <= (today + timedelta(days=days)).isoformat())


@dataclass(frozen=True)
class WorkshopTally:
    """How far one workshop's commitments have come: for comparing workshops side by side."""

    workshop_id: int
    title: str
    date: str
    done: int
    total: int  # all but the dropped ones (as the progress report counts them)
    overdue: int


def action_lines(store, today: date) -> list[ActionLine]:
    """Every workshop's commitments (its actions, then those made at its check-ins), the latest
    workshop first, each in its agreed order."""
    found: dict[int, tuple[Workshop, list[ActionItem]]] = {}
    for workshop, action in store.list_all_actions():
        found.setdefault(workshop.id, (workshop, []))[1].append(action)  # type: ignore[index]
    lines: list[ActionLine] = []
    for wid, (workshop, actions) in found.items():
        participants = store.list_participants(wid)
        data = WorkshopData(workshop, participants=participants, actions=actions,
                            follow_through=store.load_follow_through(wid))
        names = {p.id: p.name for p in participants}
        for each in commitments_progress(data):
            lines.append(ActionLine(
                wid, workshop.title, workshop.date, each.text, tuple(names.get(o, "?") for o in each.owners),
                each.due, each.shown_status, each.strategy,
                is_overdue(each, today), each))
    return lines


def tallies(lines: Iterable[ActionLine]) -> list[WorkshopTally]:
    """Done, all (but the dropped) and overdue commitments per workshop, in the lines' order."""
    by_workshop: dict[int, list[ActionLine]] = {}
    for line in lines:
        by_workshop.setdefault(line.workshop_id, []).append(line)
    tallied = []
    for wid, own in by_workshop.items():
        counted = completion(line.progress for line in own)
        tallied.append(WorkshopTally(wid, own[0].workshop_title, own[0].workshop_date, counted.done,
                                     counted.active, sum(line.overdue for line in own)))
    return tallied
