"""Exercise packs: what a trainer writes and a facilitator picks from.

The YAML/JSON file format is described by ``exercises/schema/pack-v1.schema.json``
and ``docs/packs.md``; these dataclasses are its in-memory form. Field names
match the file's keys one to one.
"""

from __future__ import annotations

import logging
from dataclasses import MISSING, asdict, dataclass, field, fields, is_dataclass
from functools import cache
from types import UnionType
from typing import Any, get_args, get_origin, get_type_hints

from workshop_app.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

#: Theme slugs an exercise may carry (the schema lists the same).
THEMES: dict[str, str] = {
    "roles": QT_TRANSLATE_NOOP("Model", "The two roles"),
    "vision": QT_TRANSLATE_NOOP("Model", "Vision"),
    "execution": QT_TRANSLATE_NOOP("Model", "Execution"),
    "gap": QT_TRANSLATE_NOOP("Model", "The gap"),
    "dual-competencies": QT_TRANSLATE_NOOP("Model", "Dual competencies"),
    "communication": QT_TRANSLATE_NOOP("Model", "Communication"),
    "decision-making": QT_TRANSLATE_NOOP("Model", "Decision-making"),
    "alignment": QT_TRANSLATE_NOOP("Model", "Alignment"),
    "mutual-respect": QT_TRANSLATE_NOOP("Model", "Mutual respect"),
    "tools": QT_TRANSLATE_NOOP("Model", "Tools"),
    "practices": QT_TRANSLATE_NOOP("Model", "Connecting practices"),
    "commitment": QT_TRANSLATE_NOOP("Model", "Commitment"),
    "energiser": QT_TRANSLATE_NOOP("Model", "Energiser"),
}

#: What the facilitator records while an exercise runs.
CAPTURE_TYPES: dict[str, str] = {
    "notes": QT_TRANSLATE_NOOP("Model", "Notes"),
    "cards": QT_TRANSLATE_NOOP("Model", "Cards"),
    "dot_vote": QT_TRANSLATE_NOOP("Model", "Dot vote"),
    "rating": QT_TRANSLATE_NOOP("Model", "Rating"),
    "matrix": QT_TRANSLATE_NOOP("Model", "2x2 matrix"),
    "actions": QT_TRANSLATE_NOOP("Model", "Action items"),
}

#: Where an exercise's results go in the participants' action plans.
FEEDS: dict[str, str] = {
    "none": QT_TRANSLATE_NOOP("Model", "Nothing"),
    "commitments": QT_TRANSLATE_NOOP("Model", "Personal commitments"),
    "priorities": QT_TRANSLATE_NOOP("Model", "Group priorities"),
    "shared_outcomes": QT_TRANSLATE_NOOP("Model", "Shared outcomes"),
}


@dataclass
class Step:
    title: str
    minutes: int
    prompt: str  # Markdown, shown to the room


#: Facilitation experience an exercise needs (``experience``).
EXPERIENCE: dict[str, str] = {
    "new": QT_TRANSLATE_NOOP("Model", "New facilitators"),
    "some": QT_TRANSLATE_NOOP("Model", "Some experience"),
    "seasoned": QT_TRANSLATE_NOOP("Model", "Seasoned facilitators"),
}


@dataclass
class GroupSize:
    """People in one working group (``group_size``): ``min`` to ``max``."""

    min: int = 0
    max: int = 0


#: Whom a counted material is for (``per`` of a ``materials`` entry), each with how its count
#: reads: one for the room, per working group, per participant present, for the facilitator.
MATERIAL_PER: dict[str, str] = {
    "room": QT_TRANSLATE_NOOP("Model", "{n} for the room"),
    "group": QT_TRANSLATE_NOOP("Model", "{n} per group"),
    "participant": QT_TRANSLATE_NOOP("Model", "{n} per participant"),
    "facilitator": QT_TRANSLATE_NOOP("Model", "{n} for the facilitator"),
}


@dataclass
class Material:
    """A ``materials`` entry with a quantity: ``count`` of ``item`` ``per`` room, group, participant
    or facilitator. A plain line (a ``str`` entry) is one for the room, as written."""

    item: str
    per: str = "room"  # one of MATERIAL_PER
    count: int = 1

    def needed(self, people: int, groups: int) -> int:
        """How many to bring for ``people`` present working in ``groups``."""
        return self.count * {"group": groups, "participant": people}.get(self.per, 1)


@dataclass
class Axis:
    label: str
    low: str = ""
    high: str = ""


@dataclass
class Capture:
    type: str = "notes"  # one of CAPTURE_TYPES
    # dot_vote
    votes_per_participant: int | None = None
    # rating
    criteria: list[str] = field(default_factory=list)
    scale_min: int = 1
    scale_max: int = 5
    # matrix
    x_axis: Axis | None = None
    y_axis: Axis | None = None
    # cards / dot_vote / matrix: starting cards or options offered to the room
    options: list[str] = field(default_factory=list)
    #: Cards sent from phones are stored with no author by default (the facilitator decides per
    #: agenda item: ``AgendaItem.anonymous``; see ``services.capture.answered_anonymously``).
    anonymous: bool = False


#: Printed handouts (``handouts``), by kind: how each prints (see plans/handouts.py).
HANDOUT_KINDS: dict[str, str] = {
    "cards": QT_TRANSLATE_NOOP("Model", "Cards to cut"),
    "slips": QT_TRANSLATE_NOOP("Model", "Slips to cut"),
    "roles": QT_TRANSLATE_NOOP("Model", "Role cards to cut"),
    "sheet": QT_TRANSLATE_NOOP("Model", "Sheet"),
    "sign": QT_TRANSLATE_NOOP("Model", "Signs"),
    "poster": QT_TRANSLATE_NOOP("Model", "Poster"),
}

#: What a handout's ``copies`` are counted for.
HANDOUT_PER: dict[str, str] = {
    "room": QT_TRANSLATE_NOOP("Model", "for the room"),
    "group": QT_TRANSLATE_NOOP("Model", "per group"),
    "participant": QT_TRANSLATE_NOOP("Model", "per participant"),
}


@dataclass
class HandoutItem:
    """One card, slip, role or sign of a handout (a file may give it as one line: its text)."""

    title: str = ""
    text: str = ""


@dataclass
class Handout:
    """Printed material an exercise needs: ``copies`` sets of its items for the room, per group
    or per participant."""

    kind: str  # one of HANDOUT_KINDS
    title: str
    per: str = "room"  # one of HANDOUT_PER
    copies: int = 1
    text: str = ""  # Markdown: what the handout says above its items
    items: list[HandoutItem] = field(default_factory=list)


@dataclass
class Exercise:
    id: str
    title: str
    minutes: int
    themes: list[str] = field(default_factory=list)
    group: str = ""
    objective: str = ""  # Markdown
    materials: list[str | Material] = field(default_factory=list)  # a plain line, or counted
    steps: list[Step] = field(default_factory=list)
    facilitator_notes: str = ""  # Markdown; never on the projector or a participant's PDF
    debrief: list[str] = field(default_factory=list)
    capture: Capture = field(default_factory=Capture)
    feeds: str = "none"  # one of FEEDS
    summary: str = ""  # one line for lists
    group_size: GroupSize | None = None
    prep_minutes: int | None = None  # preparation before the workshop
    experience: str = ""  # one of EXPERIENCE, or "" when the pack does not say
    room_setup: str = ""  # how the room is arranged
    debrief_minutes: int = 0  # part of ``minutes``, after the steps
    handouts: list[Handout] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe snapshot (what an agenda item keeps)."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Exercise:
        return from_data(cls, data)

    @property
    def steps_minutes(self) -> int:
        return sum(s.minutes for s in self.steps)

    def group_count(self, people: int) -> int:
        """How many working groups ``people`` make: groups of at most ``group_size.max``
        (one group when the exercise gives no size, or for nobody)."""
        size = self.group_size.max if self.group_size else 0
        if people <= 0 or size <= 0:
            return 1
        return -(-people // size)

    def handout_sets(self, handout: Handout, people: int) -> int:
        """How many sets of ``handout`` a room of ``people`` present needs: its copies per
        participant, per group (:meth:`group_count`) or for the room."""
        copies = max(1, handout.copies)
        if handout.per == "participant":
            return max(0, people) * copies
        if handout.per == "group":
            return self.group_count(people) * copies
        return copies


def snapshot_exercise(snapshot: Any) -> Exercise | None:
    """The exercise an agenda item keeps (its snapshot, ``AgendaItem.exercise``), or None: for a
    break or free item (no snapshot), and for a snapshot that cannot be read (logged)."""
    if not snapshot:
        return None
    if not isinstance(snapshot, dict):
        log.warning("an unreadable exercise snapshot: %s", type(snapshot).__name__)
        return None
    return Exercise.from_dict(snapshot)


@dataclass
class AgendaTemplateItem:
    """One row of a ready-made agenda: an exercise (by id) or a break/free item."""

    exercise: str | None = None
    title: str = ""  # for breaks and free items
    minutes: int | None = None  # overrides the exercise's minutes when set
    kind: str = "exercise"  # exercise | break | custom


@dataclass
class AgendaTemplate:
    id: str
    title: str
    description: str = ""
    items: list[AgendaTemplateItem] = field(default_factory=list)


@dataclass
class Pack:
    id: str
    title: str
    version: str
    format: int = 1
    author: str = ""
    language: str = "en"
    description: str = ""
    licence: str = ""
    exercises: list[Exercise] = field(default_factory=list)
    agendas: list[AgendaTemplate] = field(default_factory=list)
    # Not part of the file: where the pack came from.
    builtin: bool = False
    source: str = ""

    def exercise(self, exercise_id: str) -> Exercise | None:
        for ex in self.exercises:
            if ex.id == exercise_id:
                return ex
        return None


# -- from a file's data ---------------------------------------------------------------------------
#: Agenda item kinds, each the file key that holds its title (or, for an exercise, its id).
ITEM_KINDS = ("exercise", "break", "custom")


@cache
def _fields(cls: type) -> tuple[tuple[str, Any, Any], ...]:
    """(name, type, a function giving its default) of each field, in order."""
    hints = get_type_hints(cls)
    result = []
    for f in fields(cls):
        kind = hints[f.name]
        if f.default_factory is not MISSING:
            make = f.default_factory
        elif f.default is not MISSING:
            make = (lambda value: lambda: value)(f.default)
        else:  # required: the empty value of its type
            make = list if get_origin(kind) is list else int if kind is int else str
        result.append((f.name, kind, make))
    return tuple(result)


def whole(value: object, default: int | None) -> int | None:
    """``value`` if it is a whole number (a file or snapshot may hold anything), else ``default``."""
    return value if isinstance(value, int) and not isinstance(value, bool) else default


def _text(value: Any) -> str:
    return value if isinstance(value, str) else "" if value is None or isinstance(value, dict | list) \
        else str(value)


def _value(kind: Any, value: Any, default: Any) -> Any:
    """``value`` as a field of type ``kind`` holds it; ``default`` where it cannot be one."""
    optional = get_origin(kind) is UnionType
    if optional:
        kind = next(k for k in get_args(kind) if k is not type(None))
    if value is None:
        return default
    if is_dataclass(kind):
        if not isinstance(value, dict):
            return default
        nested = from_data(kind, value)
        return None if optional and nested == from_data(kind, {}) else nested
    if get_origin(kind) is list:
        if not isinstance(value, list):
            return default
        (item,) = get_args(kind)
        if is_dataclass(item):
            return [from_data(item, v) for v in value if isinstance(v, dict)]
        if get_origin(item) is UnionType:  # text or a dataclass: each entry as it is written
            (record,) = (k for k in get_args(item) if is_dataclass(k))
            return [from_data(record, v) if isinstance(v, dict) else _text(v) for v in value]
        return [_text(v) for v in value]
    if kind is bool:
        return value if isinstance(value, bool) else default
    if kind is int:
        return whole(value, default)
    text = _text(value)
    return (text or default) if isinstance(default, str) else text


def from_data(cls: type, data: dict[str, Any]) -> Any:
    """A pack dataclass from a file's data (or a snapshot), keys as in the file: the one conversion.

    Lenient, so the pack editor opens a pack that breaks the rules: a value of the wrong type
    becomes the field's default (an empty text, 0 or an empty list for a field without one),
    empty text takes a default text (``notes``, ``none``, ``en``), an axis with nothing in it
    is none, and keys the model does not know are ignored. Validated data converts unchanged.
    """
    if cls is AgendaTemplateItem:
        kind = next((k for k in ITEM_KINDS if k in data), "custom")
        data = {"kind": kind, "minutes": data.get("minutes"),
                ("exercise" if kind == "exercise" else "title"): _text(data.get(kind))}
    elif cls is Handout and isinstance(data.get("items"), list):  # an item given as one line
        data = {**data, "items": [{"text": v} if isinstance(v, str) else v for v in data["items"]]}
    return cls(**{name: _value(kind, data.get(name), make()) for name, kind, make in _fields(cls)})
