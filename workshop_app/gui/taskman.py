"""The one task runner of the app: slow work (PDFs, a CSV file, backups, the integrity check)
on worker threads, its progress and outcome delivered on the GUI thread.

One ``TaskManager`` is owned by the main window and passed to the pages and dialogs that need
it (after Anki's ``aqt/taskman.py``). ``run_in_background(work, on_done, on_failed,
on_progress)`` calls ``work(progress, cancelled)`` on a worker; ``progress(done, total)`` and
``cancelled()`` may be called there. The callbacks run on the GUI thread: ``on_done(result)``,
``on_failed(message)`` (a UserError gives its message, a bug is logged with its traceback and
named briefly), ``on_progress(done, total)``.

Garbage collection is decided here, once for the whole app. Python collects cycles in whichever
thread happens to allocate; a cycle holding Qt wrappers (a closed dialog, a page's lambdas)
collected on a worker would destroy Qt objects off the GUI thread and crash. So while ANY task
runs, what exists is frozen (set aside, never collected) and the collector is off; when the last
task ends it is switched back on, on the GUI thread, and the young generations (0 and 1: all
that was allocated while it was off) are collected there at once. The oldest generation, where
the unfrozen objects go back, is left to the collector's own schedule, on the GUI thread like
every collection while no task runs: collecting it at once cost 40 ms of CPU with the
500-workshop window (86-145 ms of GUI stall on the bench machine), after every backup, where the
young generations cost a few. Plain reference counting goes on all the time.

A thread of the app's own that runs Python beside the GUI for long (the room's server, for as
long as the room is open: :meth:`TaskManager.thread_started` / :meth:`thread_ended`) pauses
collection the same way; while it runs, the GUI thread collects the young generations itself every
:data:`COLLECT_EVERY_MS` (only what was made since: the rest is frozen).
"""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from workshop_app.errors import UserError

if TYPE_CHECKING:  # pragma: no cover
    from concurrent.futures import Future, ThreadPoolExecutor

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
Work = Callable[[Progress, Callable[[], bool]], Any]
#: Workers at once: a backup or a CSV file is not held up behind a long batch of PDFs.
MAX_WORKERS = 4
#: While a thread of the app's own runs (collection off), how often the GUI thread collects.
COLLECT_EVERY_MS = 1000


def failure_message(exc: BaseException) -> str:
    """What the user is told when a task fails: a UserError's message (and its first details);
    for a bug, its type and text (the traceback is in the log)."""
    if isinstance(exc, UserError):
        return "\n".join([str(exc), *exc.details[:10]])
    return f"{type(exc).__name__}: {exc}"


def _wait(futures) -> None:
    """Block until ``futures`` are done (none: at once, without importing anything)."""
    if futures:
        from concurrent.futures import wait

        wait(futures)


class Task:
    """The handle of one piece of work: cancel it, ask whether it was cancelled or is over."""

    def __init__(self) -> None:
        self._cancel = threading.Event()
        #: The outcome has been delivered on the GUI thread (or dropped at shutdown).
        self.done = False

    def cancel(self) -> None:
        """Ask the work to stop (it checks ``cancelled()``); its outcome is still delivered."""
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()


class TaskManager(QObject):
    _closures_pending = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._lock = threading.Lock()
        self._closures: list[Callable[[], None]] = []
        #: The tasks whose work has not finished, by their future.
        self._pending: dict[Future, Task] = {}
        #: Tasks started and not yet ended (GUI thread only).
        self._open: set[Task] = set()
        #: Threads of the app's own running beside the GUI (the room's server), by their owner.
        self._threads: set[object] = set()
        self._collector: QTimer | None = None
        self._gc_paused = False
        # Emitted on workers, received here on the GUI thread (a queued connection).
        self._closures_pending.connect(self._on_closures_pending)

    @cached_property
    def _executor(self) -> ThreadPoolExecutor:
        """The workers, made for the first task: concurrent.futures (3.5 ms to import) is not
        loaded before the window's first frame."""
        from concurrent.futures import ThreadPoolExecutor

        return ThreadPoolExecutor(max_workers=MAX_WORKERS, thread_name_prefix="task")

    # -- running --------------------------------------------------------------------------------
    def run_in_background(self, work: Work, on_done: Callable[[Any], None] | None = None,
                          on_failed: Callable[[str], None] | None = None,
                          on_progress: Progress | None = None) -> Task:
        """Start ``work(progress, cancelled)`` on a worker (call from the GUI thread)."""
        task = Task()
        self._task_started(task)

        def progress(done: int, total: int) -> None:
            if on_progress is not None:
                self._on_main(lambda: None if task.done else on_progress(done, total))

        def run() -> None:
            try:
                result = work(progress, task.cancelled)
            except BaseException as exc:  # noqa: BLE001 - every failure is delivered, none lost
                if not isinstance(exc, UserError):
                    log.error("background task failed", exc_info=exc)
                message = failure_message(exc)
                self._on_main(lambda: self._end(task, on_failed, message, failed=True))
                return
            self._on_main(lambda: self._end(task, on_done, result, failed=False))

        future = self._executor.submit(run)
        with self._lock:
            self._pending[future] = task
        future.add_done_callback(self._forget)
        return task

    def _forget(self, future: Future) -> None:
        with self._lock:
            self._pending.pop(future, None)

    def _end(self, task: Task, callback: Callable[[Any], None] | None, value: Any, failed: bool) -> None:
        """On the GUI thread: the task is over; its callback gets its outcome."""
        task.done = True
        self._task_ended(task)
        if callback is not None:
            callback(value)
        elif failed:
            log.warning("background task failed: %s", value)

    def wait(self, task: Task) -> None:
        """Block until ``task``'s work has finished, then deliver the outcomes waiting for the GUI
        thread (its own among them) now. For short, bounded work only (a dialog closing)."""
        with self._lock:
            futures = [f for f, t in self._pending.items() if t is task]
        _wait(futures)
        self._on_closures_pending()

    def wait_for_all(self) -> None:
        """The window is closing: every task is asked to stop (work that must finish, a backup,
        does not ask), then waited for, so nothing is cut off half-written. Outcomes not yet
        delivered are dropped; collection comes back on."""
        with self._lock:
            pending = dict(self._pending)
        for task in pending.values():
            task.cancel()
        _wait(pending)
        with self._lock:
            self._closures.clear()
        for task in self._open:
            task.done = True
        self._open.clear()
        for owner in list(self._threads):
            self.thread_ended(owner)
        self._resume_gc()

    # -- the GUI thread -------------------------------------------------------------------------
    def _on_main(self, closure: Callable[[], None]) -> None:
        """Run ``closure`` on the GUI thread (called from a worker). One signal for a batch: a
        signal is already on its way while closures are waiting."""
        with self._lock:
            first = not self._closures
            self._closures.append(closure)
        if first:
            self._closures_pending.emit()

    @Slot()
    def _on_closures_pending(self) -> None:
        with self._lock:
            closures, self._closures = self._closures, []
        for closure in closures:
            closure()

    # -- garbage collection: one policy, counted ------------------------------------------------
    @property
    def running(self) -> int:
        """How many tasks have started and not yet ended."""
        return len(self._open)

    def _task_started(self, task: Task) -> None:
        self._pause_gc()
        self._open.add(task)

    def _task_ended(self, task: Task) -> None:
        self._open.discard(task)
        if not self._open and not self._threads:
            self._resume_gc()

    def thread_started(self, owner: object) -> None:
        """A thread of the app's own now runs Python beside the GUI until :meth:`thread_ended`
        (the room's server): collection pauses as for a task; the GUI thread collects meanwhile."""
        self._pause_gc()
        self._threads.add(owner)
        if self._collector is None:
            self._collector = QTimer(self)
            self._collector.setInterval(COLLECT_EVERY_MS)
            self._collector.timeout.connect(lambda: gc.collect(1))
        self._collector.start()

    def thread_ended(self, owner: object) -> None:
        """The thread of ``owner`` has stopped (safe to call for one never started)."""
        self._threads.discard(owner)
        if not self._threads:
            if self._collector is not None:
                self._collector.stop()
            if not self._open:
                self._resume_gc()

    def _pause_gc(self) -> None:
        if not self._gc_paused and gc.isenabled():
            gc.freeze()  # what exists now is never collected on a worker (cheap: no collection)
            gc.disable()
            self._gc_paused = True

    def _resume_gc(self) -> None:
        if self._gc_paused:
            self._gc_paused = False
            gc.enable()
            gc.unfreeze()
            gc.collect(1)  # what was allocated while paused, here on the GUI thread
