"""Saving as you type: one schedule for every field saved without a Save button.

A save happens about a second after the last change, and at least every two
seconds while changes keep coming, so steady typing never waits for a pause
that does not come: when the process dies, at most the last two seconds of
typing are lost, whatever the typing pattern.

Qt offers timers but no debounce with a maximum wait. :class:`SaveSchedule`
is the plain arithmetic (times are passed in, so it is tested without a
clock); :class:`Autosave` drives it with a QTimer, and also saves on the
change itself once the maximum wait is over, so a busy event loop that fires
its timers late cannot hold a save back while keys keep arriving.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

#: Saved this long after the last change...
IDLE_MS = 1000
#: ...and never later than this after the first unsaved change.
MAX_WAIT_MS = 2000


class SaveSchedule:
    """When the next save is due, from the times of the changes (seconds on any clock)."""

    def __init__(self, idle_ms: int = IDLE_MS, max_wait_ms: int = MAX_WAIT_MS):
        self.idle = idle_ms / 1000.0
        self.max_wait = max_wait_ms / 1000.0
        self.first: float | None = None  # the first change not saved yet
        self.last: float | None = None
        self.hold_until: float | None = None  # after a failed save: not before this

    @property
    def pending(self) -> bool:
        return self.first is not None

    def changed(self, now: float) -> None:
        if self.first is None:
            self.first = now
        self.last = now

    def due(self) -> float | None:
        """When to save (None: nothing to save)."""
        if self.first is None or self.last is None:
            return None
        due = min(self.last + self.idle, self.first + self.max_wait)
        return due if self.hold_until is None else max(due, self.hold_until)

    def is_due(self, now: float) -> bool:
        due = self.due()
        return due is not None and now >= due

    def clear(self) -> None:
        """Everything is saved (or was replaced): nothing pending."""
        self.first = self.last = self.hold_until = None

    def retry_later(self, now: float, delay_ms: int) -> None:
        """A save failed: still pending, and tried again ``delay_ms`` from now."""
        self.changed(now)
        self.hold_until = now + delay_ms / 1000.0


class Autosave(QObject):
    """Calls ``save`` on the :class:`SaveSchedule`; the owner says what changed and what was saved.

    The owner calls :meth:`changed` on every edit, :meth:`clear` whenever it
    has saved (or loaded other content), and :meth:`retry_later` when a save
    failed. ``clock`` (seconds, monotonic) may be replaced, for tests.
    """

    def __init__(self, save: Callable[[], object], parent: QObject | None = None,
                 idle_ms: int = IDLE_MS, max_wait_ms: int = MAX_WAIT_MS):
        super().__init__(parent)
        self._save = save
        self.clock: Callable[[], float] = time.monotonic
        self.schedule = SaveSchedule(idle_ms, max_wait_ms)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._wake)

    @property
    def pending(self) -> bool:
        return self.schedule.pending

    def changed(self) -> None:
        now = self.clock()
        self.schedule.changed(now)
        if self.schedule.is_due(now):
            self._save()  # typing without a pause: save on this key, do not wait for the timer
        else:
            self._arm(now)

    def clear(self) -> None:
        self.schedule.clear()
        self.timer.stop()

    def retry_later(self, delay_ms: int) -> None:
        now = self.clock()
        self.schedule.retry_later(now, delay_ms)
        self._arm(now)

    def _arm(self, now: float) -> None:
        due = self.schedule.due()
        if due is not None:
            self.timer.start(max(0, math.ceil((due - now) * 1000)))

    def _wake(self) -> None:
        now = self.clock()
        if self.schedule.is_due(now):
            self._save()
        else:
            self._arm(now)
