"""Running slow work (PDFs) on a worker thread, with progress and cancel, results on the GUI thread."""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Signal

from workshop_app.errors import UserError

log = logging.getLogger(__name__)


class GcPause:
    """No cyclic garbage collection while a worker runs Python.

    Python collects cycles in whichever thread happens to allocate; a cycle holding Qt
    wrappers (a closed dialog, a page's lambdas) collected on the worker would destroy Qt
    objects off the GUI thread and crash. So: freeze what exists (set aside, uncollectable)
    and pause the collector until the worker is done, then collect again on the GUI thread
    as usual (plain reference counting goes on all the time).
    """

    def __init__(self) -> None:
        self.paused = False

    def start(self) -> None:
        if gc.isenabled():
            gc.freeze()  # what exists now is never collected on the worker (cheap: no collection)
            gc.disable()
            self.paused = True

    def stop(self) -> None:
        if self.paused:
            self.paused = False
            gc.enable()
            gc.unfreeze()


class TaskSignals(QObject):
    progress = Signal(int, int)
    #: The work's return value.
    finished = Signal(object)
    #: A message for the user.
    failed = Signal(str)


class Task(QRunnable):
    """Runs ``work(progress, cancelled)`` off the GUI thread.

    ``signals`` must live on the GUI thread (give it a parent there); the caller keeps the
    task until ``finished`` or ``failed`` arrives (auto-delete is off, so the worker thread
    never destroys Python objects).
    """

    def __init__(self, work: Callable[[Callable[[int, int], None], Callable[[], bool]], Any],
                 signals: TaskSignals):
        super().__init__()
        self.work = work
        self.signals = signals
        self._cancel = threading.Event()
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self.work(self.signals.progress.emit, self.cancelled)
        except UserError as exc:
            self.signals.failed.emit("\n".join([str(exc), *exc.details[:10]]))
            return
        except Exception as exc:  # a bug: logged with its traceback, shown briefly
            log.exception("background task failed")
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self.signals.finished.emit(result)
