"""One window per data folder: a lock file (QLockFile) in the data folder.

The window holds the lock for as long as it is open (``gui/single_instance.py``);
a second window on the same folder sees it and brings the first forward instead.
The command line takes the same lock around ``restore``: a restore under an open
window would move the database it writes to aside, and the window's later
changes would be lost. A lock left by a process that died is stale and taken
over (QLockFile checks whether its process still runs). QtCore only.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QLockFile

from workshop_app import APP_NAME
from workshop_app.errors import DataDirError, UserError
from workshop_app.i18n import translate
from workshop_app.paths import DataDir

LOCK_FILE = f"{APP_NAME}.lock"


class DataDirInUseError(UserError):
    """The app's window is open on this data folder, and what was asked needs it closed."""


class InstanceLock:
    def __init__(self, data_dir: DataDir):
        self.data_dir = data_dir
        self.path = data_dir.root / LOCK_FILE
        self._lock = QLockFile(str(self.path))
        # Never stale by age (a window may stay open for days); stale when its process is gone.
        self._lock.setStaleLockTime(0)

    def try_lock(self) -> bool:
        """Take the lock now (no waiting); False when another process holds it.

        Raises DataDirError when the lock file cannot be written at all.
        """
        if self._lock.tryLock(0):
            return True
        if self._lock.error() == QLockFile.LockError.LockFailedError:
            return False
        raise DataDirError(translate("Storage", "Cannot create the lock file {path}: check that the data "
                                                "folder is writable.").format(path=self.path))

    def unlock(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()

    def held_elsewhere(self) -> bool:
        """Whether another process (not this one) holds the lock; the lock is not taken."""
        info = self._lock.getLockInfo()
        if not info or not info[0] or info[0] == os.getpid():
            return False
        if self._lock.tryLock(0):  # it was stale
            self._lock.unlock()
            return False
        return True

    def holder(self) -> str:
        """Who holds the lock, for messages ("process 123 on host"), or "" when unknown."""
        info = self._lock.getLockInfo()
        if not info or not info[0]:
            return ""
        pid, host, _app = info
        return translate("Storage", "process {pid} on {host}").format(pid=pid, host=host or "?")

    def refused(self) -> DataDirInUseError:
        """The error for a command-line restore when the window holds the lock."""
        return DataDirInUseError(translate(
            "Storage", "The {app} window is open on {folder} ({holder}): close the window first, or "
                       "restore from its Backups dialog (Workshops page).").format(
            app=APP_NAME, folder=self.data_dir.root, holder=self.holder() or "?"))

    def refuse_recovery(self, problem: str) -> None:
        """Called before a damaged database is moved aside: refused while another process's
        window has it open (that window would go on writing into the moved file)."""
        if self.held_elsewhere():
            raise DataDirInUseError(translate(
                "Storage", "The workshop database {path} cannot be used ({problem}), and the {app} "
                           "window is open on it ({holder}): close the window and start again to "
                           "recover it.").format(path=self.data_dir.database, problem=problem,
                                                        app=APP_NAME, holder=self.holder() or "?"))
