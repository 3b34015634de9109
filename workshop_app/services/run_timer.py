"""Timer arithmetic for running a workshop, on an injected clock.

A :class:`StepTimer` counts the time spent on the current step against the
step's planned minutes (plus the +1/+5 minutes the facilitator added). It
never reads the system time itself: it is given a ``clock`` callable that
returns epoch seconds (``time.time`` in the app, a fake in tests), so the
arithmetic is exact and testable without sleeping. Its state maps one to one
onto the timer fields of :class:`~workshop_app.model.RunState`, so an app
that is closed and reopened resumes exactly where it stood (a timer left
running has kept running on the wall clock meanwhile).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from workshop_app.model import RunState

Clock = Callable[[], float]

#: Warning levels of a countdown.
OK, WARNING, OVERRUN = "ok", "warning", "overrun"


def warning_seconds(total_seconds: float) -> float:
    """How long before the end a countdown turns to "warning": 20 % of it, 30 s to 2 min."""
    return min(120.0, max(30.0, total_seconds * 0.2))


def level_for(remaining: float, total_seconds: float) -> str:
    if remaining < 0:
        return OVERRUN
    if remaining <= warning_seconds(total_seconds):
        return WARNING
    return OK


def format_seconds(seconds: int) -> str:
    """``MM:SS`` for a whole number of seconds (``H:MM:SS`` from an hour)."""
    hours, rest = divmod(max(0, int(seconds)), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def format_countdown(remaining: float) -> str:
    """What a countdown shows: the time left rounded up, or ``+MM:SS`` counted up once over."""
    if remaining >= 0:
        return format_seconds(math.ceil(remaining - 1e-9))
    return "+" + format_seconds(math.floor(-remaining))


@dataclass
class StepTimer:
    """The countdown of one step; ``planned_seconds`` is the step's planned length."""

    clock: Clock
    planned_seconds: float = 0.0
    elapsed_before: float = 0.0  # counted before the running segment
    started_at: float | None = None  # epoch seconds of the running segment, None when paused
    extra_minutes: int = 0

    # -- state ---------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.started_at is not None

    def elapsed(self) -> float:
        if self.started_at is None:
            return self.elapsed_before
        return self.elapsed_before + max(0.0, self.clock() - self.started_at)

    @property
    def total_seconds(self) -> float:
        return self.planned_seconds + 60.0 * self.extra_minutes

    def remaining(self) -> float:
        """Seconds left (negative once over time)."""
        return self.total_seconds - self.elapsed()

    def overrun(self) -> float:
        """Seconds over time (0 while within it)."""
        return max(0.0, -self.remaining())

    def level(self) -> str:
        return level_for(self.remaining(), self.total_seconds)

    # -- controls ------------------------------------------------------------------------
    def start(self) -> None:
        if self.started_at is None:
            self.started_at = self.clock()

    def pause(self) -> None:
        if self.started_at is not None:
            self.elapsed_before = self.elapsed()
            self.started_at = None

    def toggle(self) -> None:
        if self.running:
            self.pause()
        else:
            self.start()

    def reset(self) -> float:
        """Back to the full planned time (still running if it was); returns the time it had counted."""
        counted = self.elapsed()
        self.elapsed_before = 0.0
        self.extra_minutes = 0
        if self.started_at is not None:
            self.started_at = self.clock()
        return counted

    def add_minutes(self, minutes: int) -> None:
        self.extra_minutes += minutes

    def restart_for(self, planned_seconds: float) -> float:
        """Count a new step from zero (keeping running or paused); returns the time counted."""
        counted = self.reset()
        self.planned_seconds = float(planned_seconds)
        return counted

    # -- persistence ---------------------------------------------------------------------
    def save_to(self, state: RunState) -> None:
        state.timer_running = self.running
        state.timer_elapsed = float(self.elapsed_before)
        state.timer_started_at = self.started_at
        state.timer_extra_minutes = int(self.extra_minutes)

    @classmethod
    def from_state(cls, state: RunState, planned_seconds: float, clock: Clock) -> StepTimer:
        started = state.timer_started_at if state.timer_running else None
        return cls(clock=clock, planned_seconds=float(planned_seconds),
                   elapsed_before=float(state.timer_elapsed or 0.0), started_at=started,
                   extra_minutes=int(state.timer_extra_minutes or 0))


def schedule_drift(planned: list[float], actual: list[float], current: int) -> float:
    """How far the workshop runs over (positive) or under (negative), in seconds.

    ``planned`` and ``actual`` hold each agenda item's seconds in order; items
    before ``current`` are done (a skipped one counts as 0 s spent), the
    current one counts only once it has gone over its plan.
    """
    drift = 0.0
    for index, (plan, spent) in enumerate(zip(planned, actual, strict=True)):
        if index < current:
            drift += spent - plan
        elif index == current:
            drift += max(0.0, spent - plan)
    return drift
