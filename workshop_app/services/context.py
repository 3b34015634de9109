"""The application context: the data folder and the services opened on it.

One ``AppContext`` is created per process (per test in the test suite) and
passed explicitly; nothing reaches it through a global.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from workshop_app.logs import setup_logging
from workshop_app.paths import DataDir, resolve_data_dir

if TYPE_CHECKING:  # pragma: no cover
    from workshop_app.packs.library import PackLibrary
    from workshop_app.storage import Store

log = logging.getLogger(__name__)


class AppContext:
    def __init__(self, data_dir: DataDir):
        self.data_dir = data_dir
        #: Messages for the user produced while opening (for example a recovery notice).
        self.notices: list[str] = []
        #: Whether opening the store reads the whole file first (``PRAGMA quick_check``). The
        #: window opens without it and calls :meth:`integrity_problem` on its task runner.
        self.quick_check_at_open = True

    @classmethod
    def from_option(cls, option: str | Path | None) -> AppContext:
        return cls(DataDir(resolve_data_dir(option)))

    def start_logging(self) -> None:
        """Create the data folder (raising DataDirError if unusable) and log into it."""
        self.data_dir.ensure()
        setup_logging(self.data_dir.log_file)

    @cached_property
    def store(self) -> Store:
        """The workshop database, checked and recovered if needed (see storage.open_store)."""
        from workshop_app.services.instance_lock import InstanceLock
        from workshop_app.storage import open_store

        self.data_dir.ensure()
        # A damaged database is never moved from under another process's open window.
        store, notices = open_store(self.data_dir, InstanceLock(self.data_dir).refuse_recovery,
                                    quick_check=self.quick_check_at_open)
        self.notices.extend(notices)
        return store

    def integrity_problem(self, cancelled: Callable[[], bool] | None = None) -> str | None:
        """What ``PRAGMA quick_check`` finds wrong with the database (None when sound, or when
        ``cancelled()`` stopped it). It reads the whole file on a connection of its own: any
        thread may run it."""
        from workshop_app.storage.recovery import integrity_problem

        return integrity_problem(self.data_dir.database, cancelled)

    def recover_store(self, problem: str) -> list[str]:
        """The open database was found damaged: recover it as opening does (moved aside, the
        newest sound backup restored) and reopen the store on it. Returns the notices."""
        from workshop_app.services.instance_lock import InstanceLock
        from workshop_app.storage.recovery import recover_store

        notices = recover_store(self.store, self.data_dir, problem,
                                InstanceLock(self.data_dir).refuse_recovery)
        self.notices.extend(notices)
        return notices

    @cached_property
    def library(self) -> PackLibrary:
        """Built-in and user packs (parsed on first use, never at start-up)."""
        from workshop_app.packs.library import PackLibrary
        from workshop_app.resources import exercises_dir

        return PackLibrary(builtin_dir=exercises_dir(), user_dir=self.data_dir.packs)

    @staticmethod
    def import_pack_reader() -> None:
        """Import what reading packs needs (YAML, the JSON Schema check) without reading one:
        the window does it while the user reads it, so the Library's first look need not."""
        from workshop_app.packs import library  # noqa: F401

    def close(self) -> None:
        store = self.__dict__.pop("store", None)
        if store is not None:
            try:
                store.close()
            except Exception:  # closing must never hide the real outcome
                log.exception("closing the store failed")
