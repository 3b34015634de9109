"""The database read through once the window shows: ``PRAGMA quick_check`` on the task runner.

Opening (the header checks, migrations) happens before the window shows; reading the whole
file through would keep the window away for seconds with thousands of workshops, so it runs
after, off the GUI thread, on a connection of its own.

When it finds damage, the database is recovered at once, in place, as it is at start-up: the
open workshop is closed first (the pages save what is being typed), the damaged file is moved
into ``damaged/`` (never deleted), the newest sound backup is put in its place, the store is
reopened on it and the user gets the same notice as at start-up. Why not ask for a restart
instead: a restart would do the same recovery, only later, and meanwhile every change would be
written into a damaged file (where it may fail, or do more harm); recovering now stops that, and
what was saved in the damaged file is kept in the moved file, as the notice says.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from workshop_app.errors import UserError
from workshop_app.gui.taskman import Task

if TYPE_CHECKING:  # pragma: no cover
    from workshop_app.gui.main_window import MainWindow

log = logging.getLogger(__name__)


def check_after_start(window: MainWindow) -> Task:
    """Start the check on the window's task runner; recovery and notice follow on the GUI thread."""
    ctx, hub = window.ctx, window.hub

    def found(problem: str | None) -> None:
        if problem is None:
            return
        log.warning("the database was found damaged after start-up: %s", problem)
        if window.workshop_id is not None:
            hub.workshopClosed.emit()  # what is being typed is saved, the pages let go of it
        try:
            notices = ctx.recover_store(problem)
        except UserError as exc:
            hub.error.emit(str(exc))
            return
        finally:
            hub.workshopsChanged.emit()
        window.show_notices(notices)

    # Cancelled when the window closes first (the next start checks again).
    return window.tasks.run_in_background(lambda _progress, cancelled: ctx.integrity_problem(cancelled),
                                          found)
