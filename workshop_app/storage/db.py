"""Connections to the workshop database and the few low-level helpers around them.

Every connection the app opens goes through :func:`connect_raw`, which turns
on ``PRAGMA foreign_keys`` and a busy timeout; :func:`connect` adds what the
live database needs (WAL, ``synchronous=FULL``). The Store reads what the window's
first frame needs through that plain connection and wraps it in a
``sqlite_utils.Database`` (:func:`database`) on first use, so start-up does not wait
for sqlite-utils and what it imports (click, dateutil, pluggy, tabulate).
"""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from workshop_app.i18n import QT_TRANSLATE_NOOP, translate
from workshop_app.storage.errors import StorageError, StorageWriteError

if TYPE_CHECKING:  # pragma: no cover
    from sqlite_utils import Database

SQLITE_MAGIC = b"SQLite format 3\x00"
#: Offset of PRAGMA user_version in the database header (4 bytes, big-endian).
USER_VERSION_OFFSET = 60
#: Offset of PRAGMA application_id in the database header (4 bytes, big-endian).
APPLICATION_ID_OFFSET = 68
#: PRAGMA application_id of the app's databases and backups ("WSAP"); 0 in files written
#: before the app stamped them (those are recognised by their tables).
APPLICATION_ID = 0x57534150
BUSY_TIMEOUT_SECONDS = 5.0


def utc_now() -> str:
    """The current time as an ISO 8601 UTC timestamp, e.g. ``2026-11-22T21:04:55Z``."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def connect_raw(path: Path, read_only: bool = False) -> sqlite3.Connection:
    """A plain sqlite3 connection with foreign keys on (the rule for every connection)."""
    if read_only:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                               timeout=BUSY_TIMEOUT_SECONDS, check_same_thread=False)
    else:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_SECONDS, check_same_thread=False)
    conn.execute("PRAGMA foreign_keys=ON")
    return conn


def connect(path: Path) -> sqlite3.Connection:
    """The live database: WAL, synchronous=FULL, foreign keys on."""
    conn = connect_raw(path)
    try:
        conn.execute("PRAGMA journal_mode=WAL")  # outside a transaction: none is open yet
        conn.execute("PRAGMA synchronous=FULL")
    except BaseException:
        conn.close()
        raise
    return conn


def database(conn: sqlite3.Connection) -> Database:
    """``conn`` as a sqlite-utils Database (imported here, when first needed)."""
    from sqlite_utils import Database

    return Database(conn, execute_plugins=False)


def _header(path: Path) -> bytes | None:
    with open(path, "rb") as fh:
        header = fh.read(100)
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        return None
    return header


def header_user_version(path: Path) -> int | None:
    """The schema version in the file header, or None when the header is not SQLite's.

    Reads bytes only, so a file that must stay untouched is never opened by SQLite.
    Raises OSError when the file cannot be read.
    """
    header = _header(path)
    return None if header is None else int.from_bytes(
        header[USER_VERSION_OFFSET:USER_VERSION_OFFSET + 4], "big")


def header_application_id(path: Path) -> int | None:
    """The application id in the file header (None when the header is not SQLite's; bytes only)."""
    header = _header(path)
    return None if header is None else int.from_bytes(
        header[APPLICATION_ID_OFFSET:APPLICATION_ID_OFFSET + 4], "big")


def is_ours(conn: sqlite3.Connection) -> bool:
    """Whether an open database is one of the app's: stamped with its application id, or (written
    before the stamp) holding its tables and its migrations."""
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if app_id != 0:
        return app_id == APPLICATION_ID
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not {"workshops", "participants", "agenda_items", "_sqlite_migrations"} <= tables:
        return False
    return conn.execute("SELECT count(*) FROM _sqlite_migrations "
                        "WHERE migration_set = 'workshop_app'").fetchone()[0] > 0


def stamp_application_id(conn: sqlite3.Connection) -> None:
    """Mark the database as the app's (PRAGMA application_id), once."""
    if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def check_problems(conn: sqlite3.Connection, pragma: str = "quick_check") -> list[str]:
    """The lines of ``PRAGMA quick_check`` (or integrity_check) other than ``ok``."""
    rows = conn.execute(f"PRAGMA {pragma}").fetchall()
    return [str(r[0]) for r in rows if r[0] != "ok"]


def sidecar_files(path: Path) -> list[Path]:
    """The database file and its WAL and shared-memory files, those that exist."""
    return [p for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists()]


def fsync_path(path: Path) -> None:
    """Flush a file (or a folder entry) to disk; ignored where the OS cannot."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


_WRITE_ERRORS = {
    sqlite3.SQLITE_FULL: QT_TRANSLATE_NOOP(
        "Storage", "The disk is full: {path} could not be saved. Free some space; "
                   "nothing typed is lost and it will be saved on the next try."),
    sqlite3.SQLITE_READONLY: QT_TRANSLATE_NOOP(
        "Storage", "The data folder is read-only: {path} could not be saved. "
                   "Make the folder writable; it will be saved on the next try."),
    sqlite3.SQLITE_IOERR: QT_TRANSLATE_NOOP(
        "Storage", "The disk reported an error while saving {path}. "
                   "Check the disk; it will be saved on the next try."),
    sqlite3.SQLITE_BUSY: QT_TRANSLATE_NOOP(
        "Storage", "Another program is using {path}, so it could not be saved. "
                   "Close the other program; it will be saved on the next try."),
    sqlite3.SQLITE_CANTOPEN: QT_TRANSLATE_NOOP(
        "Storage", "{path} could not be opened for saving. "
                   "Check the data folder; it will be saved on the next try."),
}


def storage_error(path: Path, exc: sqlite3.Error) -> StorageError:
    """The user-facing error for a failed database call."""
    code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return StorageError(translate("Storage", "The workshop database {path} is damaged ({reason}). "
                                                 "Close the app and start it again: the damaged file will "
                                                 "be moved aside and the newest backup restored.")
                            .format(path=path, reason=exc))
    if code in _WRITE_ERRORS:
        return StorageWriteError(translate("Storage", _WRITE_ERRORS[code]).format(path=path))
    if isinstance(exc, sqlite3.IntegrityError):
        return StorageError(translate("Storage", "{path}: the change was refused because it would make "
                                                 "the data inconsistent ({reason}).")
                            .format(path=path, reason=exc))
    return StorageWriteError(translate("Storage", "{path} could not be saved: {reason}")
                             .format(path=path, reason=exc))

