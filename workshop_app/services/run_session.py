"""Running a workshop: where the room is in the agenda, the step timer, and what the projector may show.

A :class:`RunSession` wraps one workshop's agenda and its
:class:`~workshop_app.model.RunState`. It moves between agenda items and
their steps, keeps the step timer (:mod:`workshop_app.services.run_timer`),
adds the time spent to each item's ``actual_seconds`` when the room moves on,
and saves the run state after every change, so a restarted app resumes on
the same item, step and timer. Memory is the truth: when a write fails the
session keeps going, remembers what is unsaved and :meth:`retry` writes it
later.

:class:`ProjectorState` is everything the projector may show, built only from
public fields (titles, step prompts, the countdown, revealed results). The
facilitator's notes, private notes and card attribution have no field in it.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from workshop_app.errors import UserError
from workshop_app.i18n import in_language, translate
from workshop_app.model import AgendaItem, Exercise, RunState, Step
from workshop_app.model.pack import snapshot_exercise
from workshop_app.services.backups import backup_before
from workshop_app.services.capture import ProjectorResults
from workshop_app.services.context import AppContext
from workshop_app.services.run_timer import Clock, StepTimer, format_countdown, schedule_drift

log = logging.getLogger(__name__)

#: Status of an agenda row while running.
DONE, SKIPPED, CURRENT, UPCOMING = "done", "skipped", "current", "upcoming"


@dataclass(frozen=True)
class AgendaRow:
    index: int
    title: str
    kind: str
    planned_seconds: float
    actual_seconds: float
    status: str


@dataclass(frozen=True)
class ProjectorState:
    """The room's view. Only public text: there is no field for notes or attribution."""

    workshop_title: str = ""
    item_title: str = ""
    step_title: str = ""
    step_number: int = 0
    step_count: int = 0
    prompt: str = ""  # Markdown of the current step's prompt
    countdown: str = ""
    level: str = "ok"
    running: bool = False
    blank: bool = False
    results: ProjectorResults | None = None
    #: The workshop's language: the words the projector adds ("Step 2 of 4") are in it.
    language: str = "en"


def _iso(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _reports_write_errors(method: Callable) -> Callable:
    """Finish the whole change in memory, then raise the first write error it met (if any)."""

    @functools.wraps(method)
    def wrapper(self: RunSession, *args, **kwargs):
        result = method(self, *args, **kwargs)
        error, self._error = self._error, None
        if error is not None:
            raise error
        return result

    return wrapper


class RunSession:
    def __init__(self, ctx: AppContext, workshop_id: int, clock: Clock,
                 backup: Callable[[str], object] | None = None):
        self.ctx = ctx
        #: Takes a backup for a reason ("run-start", "run-end"): at once by default; the window
        #: passes one that takes it on its task runner.
        self.backup = backup if backup is not None else functools.partial(backup_before, ctx)
        self.store = ctx.store
        self.workshop_id = workshop_id
        self.clock = clock
        self.workshop = self.store.get_workshop(workshop_id)
        self.agenda: list[AgendaItem] = self.store.list_agenda(workshop_id)
        state = self.store.get_run_state(workshop_id)
        self.state = state if state is not None else RunState(workshop_id=workshop_id)
        self._unsaved_state = False
        self._unsaved_items: set[int] = set()
        self._exercises: dict[int, Exercise | None] = {}
        self._error: UserError | None = None
        self._settle_position()
        self.timer = StepTimer.from_state(self.state, self.step_seconds(), self._now)

    def _now(self) -> float:
        return self.clock()

    # -- where we are --------------------------------------------------------------------
    def _settle_position(self) -> None:
        """Point at an existing item and step (the agenda may have changed since)."""
        ids = [item.id for item in self.agenda]
        if self.state.agenda_item_id not in ids:
            self.state.agenda_item_id = ids[0] if ids else None
            self.state.step_index = 0
        self.state.step_index = max(0, min(self.state.step_index, len(self.steps) - 1))

    @property
    def index(self) -> int:
        for i, item in enumerate(self.agenda):
            if item.id == self.state.agenda_item_id:
                return i
        return -1

    @property
    def item(self) -> AgendaItem | None:
        i = self.index
        return self.agenda[i] if i >= 0 else None

    @property
    def exercise(self) -> Exercise | None:
        item = self.item
        if item is None:
            return None
        if item.id not in self._exercises:
            self._exercises[item.id] = snapshot_exercise(item.exercise)
        return self._exercises[item.id]

    @property
    def steps(self) -> list[Step]:
        """The exercise's steps; a break or free item is one step as long as the item."""
        ex = self.exercise
        if ex is not None and ex.steps:
            return ex.steps
        item = self.item
        if item is None:
            return [Step(title="", minutes=0, prompt="")]
        return [Step(title=item.title, minutes=item.minutes, prompt="")]

    @property
    def step_index(self) -> int:
        return self.state.step_index

    @property
    def step(self) -> Step:
        return self.steps[self.state.step_index]

    @property
    def capture_type(self) -> str:
        ex = self.exercise
        return ex.capture.type if ex is not None else "notes"

    def step_seconds(self) -> float:
        return 60.0 * self.step.minutes

    @property
    def started(self) -> bool:
        return bool(self.state.started_at)

    @property
    def ended(self) -> bool:
        return bool(self.state.ended_at)

    # -- time ----------------------------------------------------------------------------
    def item_elapsed(self, index: int | None = None) -> float:
        index = self.index if index is None else index
        if not 0 <= index < len(self.agenda):
            return 0.0
        banked = float(self.agenda[index].actual_seconds or 0)
        return banked + (self.timer.elapsed() if index == self.index else 0.0)

    def drift(self) -> float:
        """Seconds the workshop runs over (positive) or under (negative) its plan."""
        planned = [60.0 * item.minutes for item in self.agenda]
        actual = [self.item_elapsed(i) for i in range(len(self.agenda))]
        return schedule_drift(planned, actual, self.index)

    def agenda_rows(self) -> list[AgendaRow]:
        current = self.index
        rows = []
        for i, item in enumerate(self.agenda):
            spent = self.item_elapsed(i)
            if i == current:
                status = CURRENT
            elif i < current:
                status = DONE if spent > 0 else SKIPPED
            else:
                status = DONE if spent > 0 else UPCOMING
            rows.append(AgendaRow(i, item.title, item.kind, 60.0 * item.minutes, spent, status))
        return rows

    # -- the run -------------------------------------------------------------------------
    @_reports_write_errors
    def start_run(self) -> None:
        """Mark the run started (a backup is taken first) and start the step timer."""
        if not self.started or self.ended:
            self.backup("run-start")
            if not self.started:  # run again after its end: the first start is kept
                self.state.started_at = _iso(self._now())
            self.state.ended_at = ""
            self._mark_item_started()
        self.timer.start()
        self._save_state()

    @_reports_write_errors
    def end_run(self) -> None:
        """Stop the timer, add the time to the item, mark the run ended and take a backup."""
        self.timer.pause()
        self._bank(self.timer.reset(), ended=True)
        self.state.ended_at = _iso(self._now())
        self._save_state()
        self.backup("run-end")

    @_reports_write_errors
    def toggle_timer(self) -> None:
        if self.timer.running:
            self.timer.pause()
            self._save_state()
        else:
            self.start_run()

    @_reports_write_errors
    def reset_timer(self) -> None:
        self._bank(self.timer.reset())
        self._save_state()

    @_reports_write_errors
    def add_minutes(self, minutes: int) -> None:
        self.timer.add_minutes(minutes)
        self._save_state()

    @_reports_write_errors
    def set_blank(self, blank: bool) -> None:
        self.state.projector_blank = blank
        self._save_state()

    @_reports_write_errors
    def set_reveal(self, reveal: bool) -> None:
        self.state.reveal_results = reveal
        self._save_state()

    # -- moving --------------------------------------------------------------------------
    @_reports_write_errors
    def go_to(self, index: int, step: int = 0) -> bool:
        """Move to agenda item ``index`` at ``step`` (the timer keeps running or paused)."""
        if not 0 <= index < len(self.agenda):
            return False
        moving_item = index != self.index
        if not moving_item and step == self.state.step_index:
            return False
        self._bank(self.timer.elapsed(), ended=moving_item)
        self.state.agenda_item_id = self.agenda[index].id
        self.state.step_index = step
        self._settle_position()
        if moving_item:
            self.state.reveal_results = False
        self.timer.restart_for(self.step_seconds())
        if self.timer.running:
            self._mark_item_started()
        self._save_state()
        return True

    def next_step(self) -> bool:
        if self.state.step_index + 1 < len(self.steps):
            return self.go_to(self.index, self.state.step_index + 1)
        return self.next_item()

    def previous_step(self) -> bool:
        if self.state.step_index > 0:
            return self.go_to(self.index, self.state.step_index - 1)
        if self.index <= 0:
            return False
        last = max(0, len(self._steps_of(self.agenda[self.index - 1])) - 1)
        return self.go_to(self.index - 1, last)

    def next_item(self) -> bool:
        return self.go_to(self.index + 1)

    def previous_item(self) -> bool:
        return self.go_to(self.index - 1) if self.index > 0 else False

    def _steps_of(self, item: AgendaItem) -> list[Step]:
        ex = snapshot_exercise(item.exercise)
        return ex.steps if ex is not None and ex.steps else [Step(item.title, item.minutes, "")]

    @_reports_write_errors
    def reload_agenda(self) -> None:
        """Pick up planning edits (titles, minutes, order) while keeping the run's position."""
        banked = {item.id: item.actual_seconds for item in self.agenda if item.id in self._unsaved_items}
        self.agenda = self.store.list_agenda(self.workshop_id)
        for item in self.agenda:
            if item.id in banked:
                item.actual_seconds = banked[item.id]
        self.workshop = self.store.get_workshop(self.workshop_id)
        self._exercises.clear()
        before = (self.state.agenda_item_id, self.state.step_index)
        self._settle_position()
        if (self.state.agenda_item_id, self.state.step_index) != before:
            self.timer.restart_for(self.step_seconds())
            self._save_state()
        else:
            self.timer.planned_seconds = self.step_seconds()

    # -- persistence ---------------------------------------------------------------------
    def _bank(self, seconds: float, ended: bool = False) -> None:
        item = self.item
        if item is None:
            return
        if seconds > 0:
            item.actual_seconds = int(round((item.actual_seconds or 0) + seconds))
        if ended and item.actual_seconds:
            item.ended_at = _iso(self._now())
        if seconds > 0 or ended:
            self._unsaved_items.add(item.id)
            self._write_items()

    def _mark_item_started(self) -> None:
        item = self.item
        if item is not None and not item.started_at:
            item.started_at = _iso(self._now())
            self._unsaved_items.add(item.id)
            self._write_items()

    def _write_items(self) -> None:
        for item in [i for i in self.agenda if i.id in self._unsaved_items]:
            try:
                fresh = self.store.get_agenda_item(item.id)
            except UserError:  # deleted meanwhile: nothing to keep
                self._unsaved_items.discard(item.id)
                continue
            fresh.actual_seconds = item.actual_seconds
            fresh.started_at = item.started_at
            fresh.ended_at = item.ended_at
            try:
                self.store.update_agenda_item(fresh)
            except UserError as exc:  # kept in memory and written by retry()
                self._error = self._error or exc
                return
            self._unsaved_items.discard(item.id)

    def _save_state(self) -> None:
        self.timer.save_to(self.state)
        self._unsaved_state = True
        try:
            self.store.save_run_state(self.state)
        except UserError as exc:  # kept in memory and written by retry()
            self._error = self._error or exc
            return
        self._unsaved_state = False

    @property
    def unsaved(self) -> bool:
        return self._unsaved_state or bool(self._unsaved_items)

    @_reports_write_errors
    def retry(self) -> None:
        """Write whatever a failed write left unsaved (raises UserError if it fails again)."""
        if self._unsaved_items:
            self._write_items()
        if self._unsaved_state:
            self._save_state()

    # -- the room's view -----------------------------------------------------------------
    def projector_state(self, results: ProjectorResults | None = None) -> ProjectorState:
        item = self.item
        if item is None:
            with in_language(self.workshop.language):
                nothing = translate("Run", "No agenda yet")
            return ProjectorState(workshop_title=self.workshop.title, item_title=nothing,
                                  blank=self.state.projector_blank, language=self.workshop.language)
        ex = self.exercise
        steps = self.steps
        has_steps = ex is not None and bool(ex.steps)
        return ProjectorState(
            workshop_title=self.workshop.title,
            item_title=ex.title if ex is not None else item.title,
            step_title=self.step.title if has_steps else "",
            step_number=self.state.step_index + 1 if has_steps else 0,
            step_count=len(steps) if has_steps else 0,
            prompt=self.step.prompt if has_steps else "",
            countdown=format_countdown(self.timer.remaining()),
            level=self.timer.level(),
            running=self.timer.running,
            blank=self.state.projector_blank,
            results=results if self.state.reveal_results else None,
            language=self.workshop.language,
        )
