"""A workshop and everything planned and captured in it.

Ids are integers given by the store; ``None`` means "not stored yet".
Dates are ISO strings (``YYYY-MM-DD``), times ``HH:MM``, timestamps ISO 8601
in UTC. Text typed in the room is kept exactly as typed (never HTML-escaped
here: escaping is the job of whatever renders it).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from workshop_app.i18n import QT_TRANSLATE_NOOP
from workshop_app.model.checkins import FollowThrough

#: The most dots one option can get from one entry (a counted total in a very large room): the
#: grid, the capture service and the workshop file check all use this one number.
MAX_DOTS = 9_999
#: The longest workshop (its planned minutes) and the longest agenda item: the planning form,
#: the agenda builder and the workshop file check all use these.
MAX_WORKSHOP_MINUTES = 24 * 60
MAX_ITEM_MINUTES = 8 * 60

def local_datetime(moment: str | datetime) -> datetime | None:
    """A stored moment (an ISO 8601 timestamp, UTC unless it says otherwise, or a datetime) on
    this machine's clock: the one conversion from UTC. None for text that is no timestamp."""
    if isinstance(moment, str):
        try:
            moment = datetime.fromisoformat(moment.strip())
        except ValueError:
            return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone()


def local_time(moment: str | datetime) -> str:
    """A stored moment as ``YYYY-MM-DD HH:MM`` on this machine's clock (:func:`local_datetime`):
    how pages, messages and the command line show one. Text that is no timestamp prints as it is.
    A workshop's own documents and screens use ``formats.date_time`` (its language)."""
    local = local_datetime(moment)
    return str(moment) if local is None else local.strftime("%Y-%m-%d %H:%M")


SIDES: dict[str, str] = {
    "leadership": QT_TRANSLATE_NOOP("Model", "Leadership"),
    "management": QT_TRANSLATE_NOOP("Model", "Management"),
    "operations": QT_TRANSLATE_NOOP("Model", "Operations"),
    "other": QT_TRANSLATE_NOOP("Model", "Other"),
}

ACTION_STATUSES: dict[str, str] = {
    "open": QT_TRANSLATE_NOOP("Model", "Open"),
    "done": QT_TRANSLATE_NOOP("Model", "Done"),
    "dropped": QT_TRANSLATE_NOOP("Model", "Dropped"),
}

AGENDA_KINDS: dict[str, str] = {
    "exercise": QT_TRANSLATE_NOOP("Model", "Exercise"),
    "break": QT_TRANSLATE_NOOP("Model", "Break"),
    "custom": QT_TRANSLATE_NOOP("Model", "Free item"),
}


@dataclass
class Workshop:
    title: str
    id: int | None = None
    organisation: str = ""
    date: str = ""  # YYYY-MM-DD
    start_time: str = "09:00"  # HH:MM
    planned_minutes: int = 90
    location: str = ""
    facilitator: str = ""
    language: str = "en"
    created_at: str = ""
    updated_at: str = ""
    #: When the follow-up session reviews the commitments: a date (YYYY-MM-DD, "" for not set
    #: yet) and, optionally, a time (HH:MM, "" for none). Every plan, the report and the run
    #: sheet print it.
    follow_up_date: str = ""
    follow_up_time: str = ""


@dataclass
class Participant:
    name: str
    id: int | None = None
    workshop_id: int | None = None
    role: str = ""
    team: str = ""
    side: str = "other"  # one of SIDES
    email: str = ""
    position: int = 0
    #: Marked absent: kept with everything captured so far (their past votes still count), but
    #: not offered for new input in the Run page and given no printed plan.
    absent: bool = False


def present(people: Iterable[Participant]) -> list[Participant]:
    """Everyone not marked absent, in order: who is offered for new input and gets a printed plan."""
    return [p for p in people if not p.absent]


@dataclass
class AgendaItem:
    title: str
    minutes: int
    id: int | None = None
    workshop_id: int | None = None
    position: int = 0
    kind: str = "exercise"  # one of AGENDA_KINDS
    pack_id: str = ""
    exercise_id: str = ""
    #: Snapshot of the exercise (``Exercise.to_dict()``) taken when it was added,
    #: so later pack edits never change a planned or run workshop.
    exercise: dict[str, Any] | None = None
    actual_seconds: int | None = None  # filled in while running
    started_at: str = ""
    ended_at: str = ""
    #: Answered anonymously from phones (no link to a person or device is stored); None: as the
    #: exercise's capture says (``Capture.anonymous``).
    anonymous: bool | None = None


@dataclass
class Note:
    text: str
    id: int | None = None
    workshop_id: int | None = None
    agenda_item_id: int | None = None
    private: bool = False  # facilitator-only: never projected, only in the facilitator report
    created_at: str = ""
    updated_at: str = ""


@dataclass
class Cluster:
    name: str
    id: int | None = None
    workshop_id: int | None = None
    agenda_item_id: int | None = None
    position: int = 0


@dataclass
class Card:
    text: str
    id: int | None = None
    workshop_id: int | None = None
    agenda_item_id: int | None = None
    participant_id: int | None = None  # attribution, optional
    cluster_id: int | None = None
    position: int = 0
    #: The room agreed to take this option forward (a dot vote's top choice, a matrix's quick win
    #: or big bet): only chosen options print on the plans (``plans/content.py``).
    chosen: bool = False
    #: Sent from a phone and not yet revealed: it waits in the console, never on the projector.
    held: bool = False
    #: The facilitator hid it: kept, but never on the projector.
    hidden: bool = False

    @property
    def for_the_room(self) -> bool:
        """Whether the room may see it (the projector, the participants' plans, the sponsor
        report): neither waiting to be revealed (``held``) nor ``hidden``."""
        return not (self.held or self.hidden)


@dataclass
class Vote:
    """Dots given to one card (option); per participant, or a total when participant_id is None."""

    card_id: int
    count: int
    id: int | None = None
    workshop_id: int | None = None
    agenda_item_id: int | None = None
    participant_id: int | None = None


@dataclass
class Rating:
    criterion: str
    value: int
    participant_id: int
    id: int | None = None
    workshop_id: int | None = None
    agenda_item_id: int | None = None


@dataclass
class Placement:
    """Where a card or an action sits on a 2x2 matrix (x, y from 0.0 to 1.0)."""

    x: float
    y: float
    id: int | None = None
    workshop_id: int | None = None
    agenda_item_id: int | None = None
    card_id: int | None = None
    action_id: int | None = None
    #: The room agreed to take it forward (a chosen quick win or big bet); moving keeps it.
    chosen: bool = False


@dataclass
class ActionItem:
    text: str
    id: int | None = None
    workshop_id: int | None = None
    agenda_item_id: int | None = None
    owners: list[int] = field(default_factory=list)  # participant ids
    due: str = ""  # YYYY-MM-DD
    measure: str = ""  # how success is measured
    strategy: str = ""  # id of one of the six ways (model.strategies)
    support: str = ""  # support needed
    checkin: str = ""  # YYYY-MM-DD
    status: str = "open"  # one of ACTION_STATUSES
    position: int = 0
    checkin_with: str = ""  # whom the owner checks in with (names, as typed)


@dataclass
class RunState:
    """Where a running workshop stands, so a restarted app resumes exactly there."""

    workshop_id: int
    agenda_item_id: int | None = None
    step_index: int = 0
    timer_running: bool = False
    #: Seconds counted on the step timer before the current run segment.
    timer_elapsed: float = 0.0
    #: Wall-clock epoch seconds when the running segment started (None when paused).
    timer_started_at: float | None = None
    #: Minutes added with +1/+5 to the current step.
    timer_extra_minutes: int = 0
    projector_blank: bool = False
    reveal_results: bool = False
    started_at: str = ""  # when the run began (ISO)
    ended_at: str = ""


@dataclass
class WorkshopData:
    """Everything about one workshop, as read in one go (export, PDFs, report)."""

    workshop: Workshop
    participants: list[Participant] = field(default_factory=list)
    agenda: list[AgendaItem] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    clusters: list[Cluster] = field(default_factory=list)
    cards: list[Card] = field(default_factory=list)
    votes: list[Vote] = field(default_factory=list)
    ratings: list[Rating] = field(default_factory=list)
    placements: list[Placement] = field(default_factory=list)
    actions: list[ActionItem] = field(default_factory=list)
    run_state: RunState | None = None
    #: The check-ins after the workshop (model.checkins): never part of the workshop itself.
    follow_through: FollowThrough = field(default_factory=FollowThrough)

    def participant(self, participant_id: int | None) -> Participant | None:
        for p in self.participants:
            if p.id == participant_id:
                return p
        return None

    def actions_for(self, participant_id: int) -> list[ActionItem]:
        """Only this participant's own commitments."""
        return [a for a in self.actions if participant_id in a.owners]
