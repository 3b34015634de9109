"""Opening the database at start-up: check it, and recover from a damaged one.

A damaged or unreadable database is never deleted: it is moved into the
quarantine folder (``damaged/``) and the newest sound backup is put in its
place (or a new empty database when there is none). The notices returned say
what happened and what may be missing. An empty (0-byte) file is a new
database only when there is no backup to restore; beside backups it is treated
as damaged. A database written by a newer version of the app is refused
(DatabaseNewerError) without being opened.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path

from workshop_app import APP_NAME
from workshop_app.i18n import translate
from workshop_app.paths import DataDir
from workshop_app.storage import db as dbmod
from workshop_app.storage.errors import DatabaseNewerError, StorageError
from workshop_app.storage.schema import SCHEMA_VERSION, check_header_not_newer, newer_error
from workshop_app.storage.store import Store

log = logging.getLogger(__name__)


def database_problem(path: Path, quick_check: bool = True) -> str | None:
    """Why the database cannot be used (None when it is sound or does not exist yet).

    Raises DatabaseNewerError for a newer database (checked on the header bytes,
    before SQLite opens the file) and StorageError when another program holds it.
    Without ``quick_check`` the pages are not read through (see :func:`integrity_problem`).
    """
    if not path.exists() and not path.is_symlink():
        return None
    try:
        version = dbmod.header_user_version(path)
        if path.stat().st_size == 0:
            return None  # an empty file is a new database
    except OSError as exc:
        return translate("Storage", "it cannot be read: {reason}").format(reason=exc.strerror or exc)
    if version is None:
        return translate("Storage", "it is not a SQLite database")
    if dbmod.header_application_id(path) not in (0, dbmod.APPLICATION_ID):
        return translate("Storage", "it is another program's database")
    check_header_not_newer(path)
    try:
        conn = dbmod.connect_raw(path)
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise newer_error(path, version)
            has_tables = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table'").fetchone()
            if has_tables and not dbmod.is_ours(conn):  # never migrate into someone else's database
                return translate("Storage", "it is another program's database")
            found = dbmod.check_problems(conn) if quick_check else []
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return _problem_or_raise(path, exc)
    return "; ".join(found[:3]) if found else None


def _problem_or_raise(path: Path, exc: sqlite3.DatabaseError) -> str:
    """What a failed read says about the file; a file another program holds is not damaged."""
    if (getattr(exc, "sqlite_errorcode", 0) & 0xFF) in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        raise StorageError(translate("Storage", "{path} is in use by another program (is {app} already "
                                                "open?).").format(path=path, app=APP_NAME)) from exc
    return str(exc)


def integrity_problem(path: Path, cancelled: Callable[[], bool] | None = None) -> str | None:
    """What ``PRAGMA quick_check`` finds wrong with the database (None when sound): it reads the
    whole file, on a connection of its own, so any thread may run it while the store is in use.
    When ``cancelled()`` turns true the check stops, and None is returned (nothing was found)."""
    try:
        conn = dbmod.connect_raw(path)
        try:
            if cancelled is not None:
                conn.set_progress_handler(lambda: 1 if cancelled() else 0, 1000)
            found = dbmod.check_problems(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if cancelled is not None and cancelled():
            return None  # interrupted: the next start checks again
        return _problem_or_raise(path, exc)
    return "; ".join(found[:3]) if found else None


def recover(data_dir: DataDir, problem: str) -> list[str]:
    """Move the damaged database aside and restore the newest sound backup; the notices."""
    from workshop_app.storage.backups import check_backup, copy_database, list_backups, quarantine_database

    moved = quarantine_database(data_dir, "damaged")
    said = translate("Storage",
                     "The workshop database could not be used ({problem}). It was moved to {moved}; "
                     "nothing was deleted.").format(problem=problem, moved=moved)
    for backup in list_backups(data_dir.backups):
        try:
            check_backup(backup.path)
        except StorageError as exc:
            log.warning("skipping backup %s: %s", backup.path, exc)
            continue
        copy_database(backup.path, data_dir.database)
        log.warning("restored %s after damage: %s", backup.path, problem)
        return [said + " " + translate("Storage", "The backup from {time} was restored: changes made after "
                                                  "{time} are missing from "
                                                  "it.").format(time=backup.local_time())]
    log.warning("no usable backup after damage: %s", problem)
    return [said + " " + translate("Storage", "No usable backup was found in {folder}, so an empty database "
                                              "was started; the earlier workshops are only in the moved "
                                              "file.")
            .format(folder=data_dir.backups)]


def _emptied(data_dir: DataDir) -> str | None:
    """Why an empty database file must not start empty: there are backups to restore."""
    files = dbmod.sidecar_files(data_dir.database)
    try:
        empty = bool(files) and all(f.stat().st_size == 0 for f in files if not f.name.endswith("-shm"))
    except OSError:
        return None
    if not empty:
        return None
    from workshop_app.storage.backups import list_backups  # only for an empty file (start-up)

    if list_backups(data_dir.backups):
        return translate("Storage", "it is empty (0 bytes) while backups exist")
    return None


def _recover_or_raise(data_dir: DataDir, problem: str,
                      before_recovery: Callable[[str], None] | None) -> list[str]:
    if before_recovery is not None:
        before_recovery(problem)
    try:
        return recover(data_dir, problem)
    except (OSError, sqlite3.Error) as exc:
        raise StorageError(translate("Storage", "The workshop database {path} is damaged ({problem}) and "
                                                "could not be recovered: {reason}")
                           .format(path=data_dir.database, problem=problem, reason=exc)) from exc


def open_store(data_dir: DataDir, before_recovery: Callable[[str], None] | None = None,
               quick_check: bool = True) -> tuple[Store, list[str]]:
    """Open the workshop database of ``data_dir``, recovering it if damaged.

    ``before_recovery(problem)`` is called before anything is moved and may refuse by raising
    (the command line does while the app's window has the database open). Returns the store
    and the notices to show the user (translated, possibly none). Without ``quick_check`` the
    file is not read through first: the caller runs :func:`integrity_problem` later (the window
    does, once it shows) and :func:`recover_store` if it finds damage.
    """
    notices: list[str] = []
    problem = database_problem(data_dir.database, quick_check) or _emptied(data_dir)
    if problem is not None:
        notices.extend(_recover_or_raise(data_dir, problem, before_recovery))
    try:
        return Store(data_dir.database, data_dir.backups), notices
    except DatabaseNewerError:
        raise
    except StorageError:
        # Damage the header checks cannot see may stop the opening itself (the migrations
        # read their table): then the file is read through now, and recovered as above.
        problem = None if quick_check or notices else integrity_problem(data_dir.database)
        if problem is None:
            raise
    notices.extend(_recover_or_raise(data_dir, problem, before_recovery))
    return Store(data_dir.database, data_dir.backups), notices


def recover_store(store: Store, data_dir: DataDir, problem: str,
                  before_recovery: Callable[[str], None] | None = None) -> list[str]:
    """Damage found in the database an open ``store`` uses: the same recovery as at opening (the
    file moved aside, never deleted; the newest sound backup put in its place), then the store is
    reopened on it, so everything holding it reads the recovered data. Returns the notices."""
    if before_recovery is not None:
        before_recovery(problem)
    store.close()
    try:
        return _recover_or_raise(data_dir, problem, None)
    finally:
        store.reopen()
