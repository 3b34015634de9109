"""Exercise packs: what a trainer writes and a facilitator picks from.

The YAML/JSON file format is described by ``exercises/schema/pack-v1.schema.json``
and ``docs/packs.md``; these dataclasses are its in-memory form. Field names
match the file's keys one to one.
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass, field
from typing import Any

from workshop_app.i18n import tr_noop

log = logging.getLogger(__name__)

#: Theme slugs an exercise may carry (the schema lists the same).
THEMES: dict[str, str] = {
    "roles": tr_noop("The two roles"),
    "vision": tr_noop("Vision"),
    "execution": tr_noop("Execution"),
    "gap": tr_noop("The gap"),
    "dual-competencies": tr_noop("Dual competencies"),
    "communication": tr_noop("Communication"),
    "decision-making": tr_noop("Decision-making"),
    "alignment": tr_noop("Alignment"),
    "mutual-respect": tr_noop("Mutual respect"),
    "tools": tr_noop("Tools"),
    "practices": tr_noop("Connecting practices"),
    "commitment": tr_noop("Commitment"),
    "energiser": tr_noop("Energiser"),
}

#: What the facilitator records while an exercise runs.
CAPTURE_TYPES: dict[str, str] = {
    "notes": tr_noop("Notes"),
    "cards": tr_noop("Cards"),
    "dot_vote": tr_noop("Dot vote"),
    "rating": tr_noop("Rating"),
    "matrix": tr_noop("2x2 matrix"),
    "actions": tr_noop("Action items"),
}

#: Where an exercise's results go in the participants' action plans.
FEEDS: dict[str, str] = {
    "none": tr_noop("Nothing"),
    "commitments": tr_noop("Personal commitments"),
    "priorities": tr_noop("Group priorities"),
    "shared_outcomes": tr_noop("Shared outcomes"),
}


@dataclass
class Step:
    title: str
    minutes: int
    prompt: str  # Markdown, shown to the room


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


@dataclass
class Exercise:
    id: str
    title: str
    minutes: int
    themes: list[str] = field(default_factory=list)
    group: str = ""
    objective: str = ""  # Markdown
    materials: list[str] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)
    facilitator_notes: str = ""  # Markdown; never on the projector or a participant's PDF
    debrief: list[str] = field(default_factory=list)
    capture: Capture = field(default_factory=Capture)
    feeds: str = "none"  # one of FEEDS
    summary: str = ""  # one line for lists

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe snapshot (what an agenda item keeps)."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Exercise:
        data = dict(data)
        steps = [Step(**s) for s in data.pop("steps", [])]
        cap = dict(data.pop("capture", {}) or {})
        for key in ("x_axis", "y_axis"):
            if cap.get(key) is not None:
                cap[key] = Axis(**cap[key])
        known = {f for f in cls.__dataclass_fields__}
        data = {k: v for k, v in data.items() if k in known}
        return cls(steps=steps, capture=Capture(**cap), **data)

    @property
    def steps_minutes(self) -> int:
        return sum(s.minutes for s in self.steps)


def snapshot_exercise(snapshot: Any) -> Exercise | None:
    """The exercise an agenda item keeps (its snapshot, ``AgendaItem.exercise``), or None: for a
    break or free item (no snapshot), and for a snapshot that cannot be read (logged)."""
    if not snapshot:
        return None
    try:
        return Exercise.from_dict(snapshot)
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        log.warning("an unreadable exercise snapshot: %s", exc)
        return None


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
