"""Validation of a workshop file's content: every problem, each named by its field path.

:func:`problems` returns lines like ``actions[2].owner: 7 is not a participant id``;
an empty list means the data can be imported. Fields not described here are
ignored (a later version 1 file may carry more).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from workshop_app import APP_NAME
from workshop_app.i18n import tr, tr_noop
from workshop_app.model.pack import snapshot_exercise
from workshop_app.model.results import WIDEST_PACK_SCALE, declared_scale
from workshop_app.model.strategies import STRATEGIES
from workshop_app.model.workshop import (
    ACTION_STATUSES,
    AGENDA_KINDS,
    MAX_DOTS,
    MAX_ITEM_MINUTES,
    MAX_WORKSHOP_MINUTES,
    SIDES,
)

FORMAT = "workshop-app.workshop"
VERSION = 1

Check = Callable[[Any], str | None]


SQLITE_INT_MAX = 2**63 - 1

#: Bounds on the numbers in a file: what the app lets a facilitator enter, shows and prints
#: (anything beyond is refused on import, naming the field).
MAX_STEP_INDEX = 99  # an exercise has at most 30 steps (pack schema)
MAX_SECONDS = 366 * 24 * 3600  # a timer or an item's time as run: a year
MAX_EPOCH = 253_402_300_799  # 9999-12-31 23:59:59 UTC, the last moment a date can show


def _is_int(v: Any) -> bool:
    """A whole number SQLite can store (64 bits)."""
    return isinstance(v, int) and not isinstance(v, bool) and -SQLITE_INT_MAX <= v <= SQLITE_INT_MAX


def _is_number(v: Any) -> bool:
    """A finite number (JSON's 1e400 reads as infinity, which could not be exported again)."""
    if isinstance(v, bool) or not isinstance(v, int | float):
        return False
    return math.isfinite(v) if isinstance(v, float) else _is_int(v)


def _text(v: Any) -> str | None:
    return None if isinstance(v, str) else tr("Storage", "must be text")


def _title(v: Any) -> str | None:
    return _text(v) or (None if v.strip() else tr("Storage", "must not be empty"))


def _int(v: Any) -> str | None:
    return None if _is_int(v) else tr("Storage", "must be a whole number")


def _count(v: Any) -> str | None:
    return _int(v) or (None if v >= 0 else tr("Storage", "must not be negative"))


def _unit(v: Any) -> str | None:
    if not _is_number(v):
        return tr("Storage", "must be a number")
    return None if 0 <= v <= 1 else tr("Storage", "must be between 0 and 1")


def _between(low: int, high: int) -> Check:
    """A whole number from ``low`` to ``high`` (1e400 and 10**30 are refused like "ten")."""
    def check(v: Any) -> str | None:
        if _is_int(v) and low <= v <= high:
            return None
        return tr("Storage", "must be a whole number from {low} to {high}").format(low=low, high=high)

    return check


def _number_between(low: float, high: float) -> Check:
    def check(v: Any) -> str | None:
        if _is_number(v) and low <= v <= high:
            return None
        return tr("Storage", "must be a number from {low} to {high}").format(low=low, high=high)

    return check


def _bool(v: Any) -> str | None:
    return None if isinstance(v, bool) else tr("Storage", "must be true or false")


def _object(v: Any) -> str | None:
    return None if isinstance(v, dict) else tr("Storage", "must be an object")


def _date(v: Any) -> str | None:
    if _text(v) or v == "":
        return _text(v)
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        return tr("Storage", "{value!r} is not a date written YYYY-MM-DD").format(value=v)
    try:
        date.fromisoformat(v)
    except ValueError:
        return tr("Storage", "{value} is not a real date").format(value=v)
    return None


def _time(v: Any) -> str | None:
    if _text(v) or v == "":
        return _text(v)
    m = re.fullmatch(r"(\d{2}):(\d{2})", v)
    if not m or int(m[1]) > 23 or int(m[2]) > 59:
        return tr("Storage", "{value!r} is not a time written HH:MM").format(value=v)
    return None


def _choice(known: dict[str, str] | tuple[str, ...]) -> Check:
    def check(v: Any) -> str | None:
        if isinstance(v, str) and v in known:
            return None
        return tr("Storage", "{value!r} is not one of: {known}").format(value=v, known=", ".join(known))

    return check


def _or_null(check: Check) -> Check:
    return lambda v: None if v is None else check(v)


@dataclass(frozen=True)
class Field:
    check: Check = _text
    required: bool = False
    #: The section whose ids this field (or, with ``many``, each item of this list) refers to.
    ref: str | None = None
    many: bool = False


def ref(section: str, required: bool = False, many: bool = False) -> Field:
    return Field(_or_null(_int) if not many else _list, required, section, many)


def _list(v: Any) -> str | None:
    return None if isinstance(v, list) else tr("Storage", "must be a list")


TEXT, DATE, BOOL, COUNT, ID = Field(_text), Field(_date), Field(_bool), Field(_count), Field(_int)

WORKSHOP = {
    "id": ID, "title": Field(_title, True), "organisation": TEXT, "date": DATE,
    "start_time": Field(_time), "planned_minutes": Field(_between(0, MAX_WORKSHOP_MINUTES)),
    "location": TEXT, "facilitator": TEXT,
    "language": TEXT, "created_at": TEXT, "updated_at": TEXT,
}
SECTIONS: dict[str, dict[str, Field]] = {
    "participants": {"id": ID, "name": Field(_title, True), "role": TEXT, "team": TEXT,
                     "side": Field(_choice(SIDES)), "email": TEXT, "position": COUNT,
                     "absent": BOOL},
    "agenda": {"id": ID, "title": Field(_title, True), "minutes": Field(_between(0, MAX_ITEM_MINUTES)),
               "position": COUNT, "kind": Field(_choice(AGENDA_KINDS)), "pack_id": TEXT, "exercise_id": TEXT,
               "exercise": Field(_or_null(_object)), "started_at": TEXT, "ended_at": TEXT,
               "actual_seconds": Field(_or_null(_between(0, MAX_SECONDS)))},
    "notes": {"id": ID, "text": Field(_text, True), "private": BOOL, "agenda_item_id": ref("agenda"),
              "created_at": TEXT, "updated_at": TEXT},
    "clusters": {"id": ID, "name": Field(_text, True), "agenda_item_id": ref("agenda"), "position": COUNT},
    "cards": {"id": ID, "text": Field(_text, True), "agenda_item_id": ref("agenda"),
              "participant_id": ref("participants"), "cluster_id": ref("clusters"), "position": COUNT},
    "votes": {"id": ID, "card_id": ref("cards", True), "count": Field(_between(1, MAX_DOTS), True),
              "agenda_item_id": ref("agenda"), "participant_id": ref("participants")},
    "ratings": {"id": ID, "criterion": Field(_title, True), "value": Field(_int, True),
                "participant_id": ref("participants", True), "agenda_item_id": ref("agenda")},
    "placements": {"id": ID, "x": Field(_unit, True), "y": Field(_unit, True),
                   "agenda_item_id": ref("agenda"), "card_id": ref("cards"), "action_id": ref("actions")},
    "actions": {"id": ID, "text": Field(_title, True), "agenda_item_id": ref("agenda"),
                "owner": ref("participants"), "owners": ref("participants", many=True), "due": DATE,
                "measure": TEXT, "strategy": Field(_choice(("", *(s.id for s in STRATEGIES)))),
                "support": TEXT, "checkin": DATE, "status": Field(_choice(ACTION_STATUSES)),
                "position": COUNT},
}
RUN_STATE = {
    "workshop_id": Field(_or_null(_int)), "agenda_item_id": ref("agenda"),
    "step_index": Field(_between(0, MAX_STEP_INDEX)),
    "timer_running": BOOL, "timer_elapsed": Field(_number_between(0, MAX_SECONDS)),
    "timer_started_at": Field(_or_null(_number_between(0, MAX_EPOCH))),
    "timer_extra_minutes": Field(_between(-MAX_SECONDS // 60, MAX_SECONDS // 60)),
    "projector_blank": BOOL, "reveal_results": BOOL,
    "started_at": TEXT, "ended_at": TEXT,
}

#: Entries that may appear only once per combination of these fields.
UNIQUE = {
    "votes": ("agenda_item_id", "card_id", "participant_id"),
    "ratings": ("agenda_item_id", "participant_id", "criterion"),
    "placements": ("agenda_item_id", "card_id", "action_id"),
}

NOT_AN_ID = {
    "participants": tr_noop("{value} is not a participant id"),
    "agenda": tr_noop("{value} is not an agenda item id"),
    "clusters": tr_noop("{value} is not a cluster id"),
    "cards": tr_noop("{value} is not a card id"),
    "actions": tr_noop("{value} is not an action id"),
}


def _line(path: str, problem: str) -> str:
    return tr("Storage", "{path}: {problem}").format(path=path, problem=problem)


class _Checker:
    def __init__(self) -> None:
        self.found: list[str] = []
        self.ids: dict[str, set[int]] = {name: set() for name in SECTIONS}
        #: (path, section referred to, value) checked once every id is known.
        self.refs: list[tuple[str, str, Any]] = []

    def add(self, path: str, problem: str) -> None:
        self.found.append(_line(path, problem))

    def entry(self, path: str, entry: Any, spec: dict[str, Field]) -> bool:
        if not isinstance(entry, dict):
            self.add(path, tr("Storage", "must be an object"))
            return False
        for name, fld in spec.items():
            where = f"{path}.{name}"
            if name not in entry:
                if fld.required:
                    self.add(where, tr("Storage", "is missing"))
                continue
            value = entry[name]
            problem = fld.check(value)
            if problem:
                self.add(where, problem)
            elif fld.many:
                for i, item in enumerate(value):
                    item_problem = _int(item)
                    if item_problem:
                        self.add(f"{where}[{i}]", item_problem)
                    else:
                        self.refs.append((f"{where}[{i}]", fld.ref, item))  # type: ignore[arg-type]
            elif fld.ref and value is not None:
                self.refs.append((where, fld.ref, value))
        return True

    def section(self, name: str, items: Any) -> None:
        if not isinstance(items, list):
            self.add(name, tr("Storage", "must be a list"))
            return
        seen: dict[tuple, int] = {}
        for i, entry in enumerate(items):
            path = f"{name}[{i}]"
            if not self.entry(path, entry, SECTIONS[name]):
                continue
            if name in UNIQUE:
                key = tuple(repr(entry.get(f)) for f in UNIQUE[name])
                if key in seen:
                    self.add(path, tr("Storage", "repeats {other}").format(other=f"{name}[{seen[key]}]"))
                seen.setdefault(key, i)
            item_id = entry.get("id")
            if _is_int(item_id):
                if item_id in self.ids[name]:
                    self.add(f"{path}.id", tr("Storage", "{value} is used twice").format(value=item_id))
                self.ids[name].add(item_id)
            if name == "placements" and entry.get("card_id") is None and entry.get("action_id") is None:
                self.add(path, tr("Storage", "needs a card_id or an action_id"))

    def check_refs(self) -> None:
        for path, section, value in self.refs:
            if value not in self.ids[section]:
                self.add(path, tr("Storage", NOT_AN_ID[section]).format(value=value))


def _scale_of(item: Any) -> tuple[int, int] | None:
    """The rating scale of an agenda item's exercise snapshot; None if it has none that is usable."""
    snapshot = item.get("exercise") if isinstance(item, dict) else None
    if snapshot is None:
        return WIDEST_PACK_SCALE
    exercise = snapshot_exercise(snapshot) if isinstance(snapshot, dict) else None
    # a broken snapshot or scale: said by the snapshot check, not once more for each rating
    return declared_scale(exercise.capture) if exercise is not None else None


def _rating_scale_problems(data: dict[str, Any]) -> list[str]:
    """Ratings outside the scale of their exercise (or, without one, of the widest a pack may give)."""
    agenda, ratings = data.get("agenda"), data.get("ratings")
    if not isinstance(ratings, list):
        return []
    places: dict[Any, int] = {}
    for index, item in enumerate(agenda if isinstance(agenda, list) else []):
        if isinstance(item, dict) and _is_int(item.get("id")):
            places.setdefault(item["id"], index)
    scales = {ref: _scale_of(agenda[index]) for ref, index in places.items()}  # type: ignore[index]
    found = []
    for i, rating in enumerate(ratings):
        if not isinstance(rating, dict) or not _is_int(rating.get("value")):
            continue  # missing or not a whole number: said by the field check
        value, ref = rating["value"], rating.get("agenda_item_id")
        if ref is None:
            scale, where = WIDEST_PACK_SCALE, ""
        elif _is_int(ref) and ref in places:
            scale = scales[ref]
            where = f"agenda[{places[ref]}]"
        else:
            continue  # not an agenda item id: said by the reference check
        if scale is None or scale[0] <= value <= scale[1]:
            continue
        if where:
            problem = tr("Storage", "{value} is outside the rating scale of {item} ({low} to {high})").format(
                value=value, item=where, low=scale[0], high=scale[1])
        else:
            problem = tr("Storage", "{value} is outside the widest rating scale ({low} to {high})").format(
                value=value, low=scale[0], high=scale[1])
        found.append(_line(f"ratings[{i}].value", problem))
    return found


#: A further check of a file's content (such as the exercise snapshots, checked with the pack
#: schema by the services layer): the problems it finds, as ``path: problem`` lines.
ContentCheck = Callable[[dict[str, Any]], list[str]]


def problems(data: Any, checks: Sequence[ContentCheck] = ()) -> list[str]:
    """Every problem with a workshop file's content (an empty list when it can be imported).

    ``checks`` run too once the file is known to be a workshop file of a version this app reads.
    """
    checker = _Checker()
    if not isinstance(data, dict):
        checker.add(tr("Storage", "(top level)"), tr("Storage", "must be a JSON object"))
        return checker.found
    if data.get("format") != FORMAT:
        checker.add("format", tr("Storage", "must be {expected!r} (this is not a workshop file)")
                    .format(expected=FORMAT))
        return checker.found
    version = data.get("version")
    if not _is_int(version) or version < 1:
        checker.add("version", tr("Storage", "must be a whole number from 1"))
        return checker.found
    if version > VERSION:
        checker.add("version", tr("Storage", "{version} is from a newer version of {app}; this version "
                                             "reads workshop files up to version {ours}")
                    .format(version=version, app=APP_NAME, ours=VERSION))
        return checker.found
    if "workshop" not in data:
        checker.add("workshop", tr("Storage", "is missing"))
    else:
        checker.entry("workshop", data["workshop"], WORKSHOP)
    for name in SECTIONS:
        if name in data:
            checker.section(name, data[name])
    if data.get("run_state") is not None:
        checker.entry("run_state", data["run_state"], RUN_STATE)
    checker.check_refs()
    checker.found += _rating_scale_problems(data)
    for check in checks:
        checker.found += check(data)
    return checker.found
