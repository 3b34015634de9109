"""Planning a workshop: clock times, totals and overrun, agenda items from the library.

No Qt here. The GUI's undo commands call the store through :class:`StoreList`
(participants and agenda share one shape: add at a position, update, take out
and put back exactly under the same ids, reorder). Removing someone with
captured data is warned about (:func:`removal_warning`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from workshop_app.errors import UserError
from workshop_app.i18n import Planning, counted, translate
from workshop_app.model import AgendaItem, AgendaTemplate, Exercise, Pack, Participant, Workshop
from workshop_app.model.workshop import MAX_ITEM_MINUTES, MAX_WORKSHOP_MINUTES

# How an exercise's groups, experience and counted materials read: the run sheet's words, for the
# library and the pack editor's preview too.
from workshop_app.plans.labels import exercise_facts, material_rule  # noqa: F401

MINUTES_PER_DAY = 24 * 60

#: Workshop fields a facilitator edits on the Details tab, in form order.
DETAIL_FIELDS = ("title", "organisation", "date", "start_time", "planned_minutes",
                 "location", "facilitator", "language", "follow_up_date", "follow_up_time")

_CLOCK = re.compile(r"^\s*(\d{1,2})[:.h](\d{2})\s*$")


# -- clock and totals ---------------------------------------------------------------------------
def parse_clock(text: str, default: int = 9 * 60) -> int:
    """Minutes after midnight for ``HH:MM`` (``default`` when the text is not a time)."""
    match = _CLOCK.match(text or "")
    if not match:
        return default
    hours, minutes = int(match.group(1)), int(match.group(2))
    if hours > 23 or minutes > 59:
        return default
    return hours * 60 + minutes


def format_clock(minutes: int) -> str:
    """``HH:MM`` for minutes after midnight (past midnight wraps to the next day's clock)."""
    minutes %= MINUTES_PER_DAY
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def clock_times(start_time: str, minutes: Sequence[int]) -> list[str]:
    """When each item starts, from the workshop's start time and the items' lengths."""
    now = parse_clock(start_time)
    times = []
    for length in minutes:
        times.append(format_clock(now))
        now += max(0, int(length or 0))
    return times


@dataclass(frozen=True)
class PlanTotal:
    total: int
    planned: int

    @property
    def over(self) -> int:
        """Minutes beyond the planned length (0 when it fits)."""
        return max(0, self.total - self.planned)

    @property
    def overrun(self) -> bool:
        return self.over > 0

    def text(self) -> str:
        if self.overrun:
            return translate("Planning", "Total {total} min — {over} min over the planned {planned}").format(
                total=self.total, over=self.over, planned=self.planned)
        if self.total == self.planned:
            return translate("Planning", "Total {total} min — exactly the planned {planned}").format(
                total=self.total, planned=self.planned)
        return translate("Planning", "Total {total} min — {left} min left of the planned {planned}").format(
            total=self.total, left=self.planned - self.total, planned=self.planned)


def plan_total(workshop: Workshop, agenda: Sequence[AgendaItem]) -> PlanTotal:
    return PlanTotal(sum(max(0, item.minutes or 0) for item in agenda), workshop.planned_minutes)


def end_time(workshop: Workshop, agenda: Sequence[AgendaItem]) -> str:
    return format_clock(parse_clock(workshop.start_time) + plan_total(workshop, agenda).total)


# -- agenda items -------------------------------------------------------------------------------
def clamp_minutes(value: Any) -> int:
    try:
        minutes = int(value)
    except (TypeError, ValueError):
        return 0
    return min(MAX_ITEM_MINUTES, max(0, minutes))


def exercise_item(pack_id: str, exercise: Exercise, workshop_id: int | None = None,
                  minutes: int | None = None) -> AgendaItem:
    """An agenda item for an exercise, keeping a snapshot so pack edits never change the plan."""
    return AgendaItem(
        title=exercise.title,
        minutes=clamp_minutes(exercise.minutes if minutes is None else minutes),
        workshop_id=workshop_id,
        kind="exercise",
        pack_id=pack_id,
        exercise_id=exercise.id,
        exercise=exercise.to_dict(),
    )


def break_item(workshop_id: int | None = None, title: str = "", minutes: int = 15) -> AgendaItem:
    return AgendaItem(title=title or translate("Planning", "Break"), minutes=clamp_minutes(minutes),
                      workshop_id=workshop_id, kind="break")


def custom_item(workshop_id: int | None = None, title: str = "", minutes: int = 10) -> AgendaItem:
    return AgendaItem(title=title or translate("Planning", "Free item"), minutes=clamp_minutes(minutes),
                      workshop_id=workshop_id, kind="custom")


def template_items(pack: Pack, template: AgendaTemplate,
                   workshop_id: int | None = None) -> tuple[list[AgendaItem], list[str]]:
    """The agenda of a ready-made template, and a line for each exercise the pack lacks."""
    items: list[AgendaItem] = []
    problems: list[str] = []
    for row in template.items:
        if row.kind == "break":
            items.append(break_item(workshop_id, row.title, row.minutes if row.minutes is not None else 15))
        elif row.kind == "custom" or not row.exercise:
            items.append(custom_item(workshop_id, row.title, row.minutes if row.minutes is not None else 10))
        else:
            exercise = pack.exercise(row.exercise)
            if exercise is None:
                problems.append(translate("Planning",
                                          "The pack “{pack}” has no exercise “{id}”; it was left out.")
                                .format(pack=pack.title, id=row.exercise))
                continue
            items.append(exercise_item(pack.id, exercise, workshop_id, row.minutes))
    return items, problems


def find_template(packs: Sequence[Pack], pack_id: str, template_id: str) -> tuple[Pack, AgendaTemplate]:
    for pack in packs:
        if pack.id != pack_id:
            continue
        for template in pack.agendas:
            if template.id == template_id:
                return pack, template
    raise UserError(translate("Planning", "There is no ready-made agenda “{id}” in pack “{pack}”.")
                    .format(id=template_id, pack=pack_id))


# -- details ------------------------------------------------------------------------------------
def normalise_detail(field: str, value: Any) -> Any:
    """The value to store for a Details field (trimmed text, a bounded length, a valid time)."""
    if field not in DETAIL_FIELDS:
        raise ValueError(f"not a workshop detail: {field}")
    if field == "planned_minutes":
        return max(0, min(MAX_WORKSHOP_MINUTES, int(value or 0)))
    if field == "start_time":
        return format_clock(parse_clock(str(value)))
    if field == "follow_up_time":  # optional: a time, or "" when none (or not a time)
        minutes = parse_clock(str(value or ""), -1)
        return "" if minutes < 0 else format_clock(minutes)
    return str(value or "").strip()


def update_detail(store, workshop_id: int, field: str, value: Any) -> Workshop:
    """Store one Details field (a workshop needs a title: an empty one keeps the stored title)."""
    workshop = store.get_workshop(workshop_id)
    value = normalise_detail(field, value)
    if field == "title" and not value:
        return workshop
    setattr(workshop, field, value)
    return store.update_workshop(workshop)


# -- lists under undo ---------------------------------------------------------------------------
@dataclass
class StoreList:
    """One ordered list of a workshop in the store (participants or agenda), for undo commands."""

    store: Any
    workshop_id: int
    list_rows: Callable[[int], list]
    get_row: Callable[[int], Any]
    add_row: Callable[..., Any]
    update_row: Callable[[Any], Any]
    reorder_rows: Callable[[int, list[int]], None]
    #: Delete a row and return what puts it back exactly (same id, everything it took).
    take_row: Callable[[int], Any]
    #: Put back what ``take_row`` returned.
    put_back_row: Callable[[Any], None]

    def rows(self) -> list:
        return self.list_rows(self.workshop_id)

    def ids(self) -> list[int]:
        return [row.id for row in self.rows()]

    def insert(self, rows: Sequence[Any], positions: Sequence[int | None]) -> list[int]:
        """Add rows at positions (None: at the end); returns their ids."""
        new_ids = []
        for row, position in sorted(zip(rows, positions, strict=True),
                                    key=lambda rp: (rp[1] is None, rp[1] or 0)):
            new_ids.append(self.add_row(replace(row, id=None, workshop_id=self.workshop_id), position).id)
        return new_ids

    def take(self, handles: Sequence[int]) -> list:
        """Delete rows keeping what :meth:`put_back` needs to restore them exactly (all or none:
        when one fails, those already taken are put back before the error goes on)."""
        taken: list = []
        try:
            for handle in handles:
                taken.append(self.take_row(handle))
        except UserError:
            self.put_back(taken)
            raise
        return taken

    def put_back(self, taken: Sequence[Any]) -> None:
        for removed in reversed(taken):  # the last taken first: every position is as it was
            self.put_back_row(removed)

    def set_field(self, handle: int, field: str, value: Any):
        row = self.get_row(handle)
        setattr(row, field, value)
        return self.update_row(row)

    def set_order(self, handles: Sequence[int]) -> None:
        self.reorder_rows(self.workshop_id, list(handles))


def participants_list(store, workshop_id: int) -> StoreList:
    return StoreList(store, workshop_id, store.list_participants, store.get_participant,
                     store.add_participant, store.update_participant, store.reorder_participants,
                     store.remove_participant, store.restore_removed)


def agenda_list(store, workshop_id: int) -> StoreList:
    return StoreList(store, workshop_id, store.list_agenda, store.get_agenda_item,
                     store.add_agenda_item, store.update_agenda_item, store.reorder_agenda,
                     store.remove_agenda_item, store.restore_removed)


# -- removing people with captured data ---------------------------------------------------------
def captured_text(name: str, data) -> str:
    """``Ana has 3 dots, 2 ratings, 1 action.`` for a participant's CapturedData."""
    counts = (
        (data.dots, translate("Planning", "1 dot"), Planning.tr("%n dots", None, data.dots)),
        (data.ratings, translate("Planning", "1 rating"), Planning.tr("%n ratings", None, data.ratings)),
        (data.actions, translate("Planning", "1 action"), Planning.tr("%n actions", None, data.actions)),
        (data.cards, translate("Planning", "1 card"), Planning.tr("%n cards", None, data.cards)))
    parts = [counted(n, one, many) for n, one, many in counts if n]
    return translate("Planning", "{name} has {what}.").format(name=name, what=", ".join(parts))


def removal_warning(store, people: Sequence[Participant]) -> str:
    """What removing these participants would take away, a line for each who has something
    captured ('' when nobody has)."""
    lines = []
    for person in people:
        data = store.captured_data(person.id)
        if data:
            lines.append(captured_text(person.name, data))
    return "\n".join(lines)


def moved(ids: Sequence[int], moving: Sequence[int], target_row: int) -> list[int]:
    """``ids`` with the ``moving`` ones taken out and put back, in their order, before ``target_row``.

    ``target_row`` counts rows of the original list (``len(ids)`` = the end), like a drop position.
    """
    moving_set = set(moving)
    kept_before = sum(1 for i in ids[:max(0, target_row)] if i not in moving_set)
    rest = [i for i in ids if i not in moving_set]
    block = [i for i in ids if i in moving_set]
    return rest[:kept_before] + block + rest[kept_before:]


def shifted(ids: Sequence[int], moving: Sequence[int], step: int) -> list[int]:
    """Move the selected ids one row up (``step=-1``) or down (``+1``), as a block."""
    if not moving:
        return list(ids)
    rows = sorted(ids.index(i) for i in moving if i in ids)
    if not rows:
        return list(ids)
    if step < 0:
        target = max(0, rows[0] - 1)
    else:
        target = min(len(ids), rows[-1] + 2)
    return moved(ids, [ids[r] for r in rows], target)


def participant_key(participant: Participant) -> tuple[str, str]:
    """What makes two participants the same person: name and e-mail, ignoring case and spacing."""
    return " ".join(participant.name.split()).casefold(), participant.email.strip().casefold()
