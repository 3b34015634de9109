"""Writing the facilitator's run sheet (PDF) on a worker thread, so the window stays responsive."""

from __future__ import annotations

import gc
import logging
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from workshop_app.errors import UserError
from workshop_app.model import WorkshopData

log = logging.getLogger(__name__)


class RunSheetSignals(QObject):
    #: The PDF's path.
    finished = Signal(str)
    #: A message for the user.
    failed = Signal(str)


class RunSheetTask(QRunnable):
    """Calls ``workshop_app.plans`` ``write_run_sheet(data, out_path, paper=...)`` off the GUI thread.

    ``signals`` belongs to the GUI thread (its parent is the page) and outlives the task; the
    caller keeps the task until one of them arrives (auto-delete is off, so the worker thread
    never destroys Python objects).
    """

    def __init__(self, data: WorkshopData, out_path: str | Path, signals: RunSheetSignals,
                 paper: str = "a4"):
        super().__init__()
        self.data = data
        self.out_path = Path(out_path)
        self.paper = paper
        self.signals = signals
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            from workshop_app.plans import write_run_sheet

            written = write_run_sheet(self.data, self.out_path, paper=self.paper)
        except UserError as exc:
            self.signals.failed.emit(str(exc))
            return
        except Exception as exc:  # a bug: logged with its traceback, shown briefly
            log.exception("writing the run sheet failed")
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self.signals.finished.emit(str(written or self.out_path))


class GcPause:
    """No cyclic garbage collection while a worker runs Python.

    Python collects cycles in whichever thread happens to allocate; a cycle holding Qt
    wrappers (a closed dialog, a page's lambdas) collected on the worker would destroy Qt
    objects off the GUI thread and crash. So: collect here, on the GUI thread, then pause
    the collector until the worker is done (plain reference counting goes on as usual).
    """

    def __init__(self) -> None:
        self.paused = False

    def start(self) -> None:
        if gc.isenabled():
            gc.collect()
            gc.disable()
            self.paused = True

    def stop(self) -> None:
        if self.paused:
            self.paused = False
            gc.enable()


def default_paper() -> str:
    """Letter where the locale measures in inches (US, Canada...), else A4."""
    from PySide6.QtCore import QLocale

    return "letter" if QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem else "a4"
