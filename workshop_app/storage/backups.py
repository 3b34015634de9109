"""Backups of the workshop database, taken with SQLite's backup API, and restoring one.

A backup is a self-contained database file (rollback-journal mode, no
``-wal`` beside it) named ``workshops-<UTC time>-<reason>.db``, for example
``workshops-20261122T210455Z-run-start.db``, so names sort by time. It is
written under a temporary name and renamed once complete, so a crash during a
backup never leaves a half backup that looks like a good one.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from stat import S_ISREG
from typing import TYPE_CHECKING

from workshop_app.i18n import tr
from workshop_app.paths import DataDir
from workshop_app.storage import db as dbmod
from workshop_app.storage.errors import StorageError
from workshop_app.storage.schema import SCHEMA_VERSION, newer_error

if TYPE_CHECKING:  # pragma: no cover
    from workshop_app.storage.store import Store

log = logging.getLogger(__name__)

STAMP = "%Y%m%dT%H%M%SZ"
NAME_RE = re.compile(r"^workshops-(\d{8}T\d{6}Z)-([a-z0-9-]+)\.db$")
KEEP_RECENT, KEEP_DAYS, KEEP_WEEKS = 10, 14, 8
#: Leftovers of a backup that was interrupted are removed after this long.
STALE_TEMP = timedelta(hours=1)


@dataclass
class BackupInfo:
    path: Path
    created: datetime  # UTC
    reason: str
    size: int

    @property
    def name(self) -> str:
        return self.path.name

    def local_time(self) -> str:
        """When it was taken, in local time, for messages."""
        return self.created.astimezone().strftime("%Y-%m-%d %H:%M")


def _now(now: datetime | None) -> datetime:
    return (now or datetime.now(UTC)).astimezone(UTC)


def _unique(folder: Path, stem: str, suffix: str = ".db") -> Path:
    candidate, n = folder / f"{stem}{suffix}", 2
    while candidate.exists():
        candidate, n = folder / f"{stem}-{n}{suffix}", n + 1
    return candidate


def copy_database(source: Path, target: Path) -> None:
    """Copy a database with the backup API into ``target`` (replaced only when complete)."""
    tmp = target.with_name(f".{target.name}.tmp")
    for leftover in (tmp, Path(f"{tmp}-journal")):
        leftover.unlink(missing_ok=True)
    src = dbmod.connect_raw(source)
    try:
        dest = sqlite3.connect(str(tmp))
        try:
            src.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        src.close()
    dbmod.fsync_path(tmp)
    os.replace(tmp, target)
    dbmod.fsync_path(target.parent)


def backup_now(store_or_path: Store | str | os.PathLike, backups_dir: Path, reason: str = "manual",
               now: datetime | None = None, thin: bool = True) -> Path:
    """Take a backup now; returns its path. Older backups are thinned unless ``thin`` is False."""
    store = None if isinstance(store_or_path, str | os.PathLike) else store_or_path
    source = Path(store_or_path) if store is None else store.path
    mark = store.write_count if store is not None else None
    slug = re.sub(r"[^a-z0-9]+", "-", reason.lower()).strip("-") or "backup"
    if not source.is_file():
        raise StorageError(tr("Storage", "There is no database to back up at {path}.").format(path=source))
    try:
        backups_dir.mkdir(parents=True, exist_ok=True)
        target = _unique(backups_dir, f"workshops-{_now(now).strftime(STAMP)}-{slug}")
        copy_database(source, target)
    except (OSError, sqlite3.Error) as exc:
        raise StorageError(tr("Storage", "Could not write a backup of {db} into {folder}: {reason}")
                           .format(db=source, folder=backups_dir, reason=exc)) from exc
    log.info("backup written: %s", target)
    if store is not None:
        store.backup_mark = mark
    if thin:
        thin_backups(backups_dir, now)
    return target


def list_backups(backups_dir: Path) -> list[BackupInfo]:
    """The backups in the folder, newest first."""
    found: list[tuple[datetime, int, BackupInfo]] = []
    try:
        entries = list(backups_dir.iterdir())
    except OSError:
        return []
    for path in entries:
        m = NAME_RE.match(path.name)
        if not m:
            continue
        created = datetime.strptime(m[1], STAMP).replace(tzinfo=UTC)
        try:
            info = path.stat()
        except OSError:  # removed meanwhile
            continue
        if S_ISREG(info.st_mode):
            found.append((created, info.st_mtime_ns, BackupInfo(path, created, m[2], info.st_size)))
    found.sort(key=lambda t: (t[0], t[1], t[2].name), reverse=True)  # same second: newest file first
    return [info for _created, _mtime, info in found]


def thin_backups(backups_dir: Path, now: datetime | None = None) -> list[Path]:
    """Delete old backups, keeping the 10 newest, one a day for 14 days and one a week for 8 weeks.

    Returns the deleted paths. Leftovers of an interrupted backup are removed too.
    """
    now = _now(now)
    backups = list_backups(backups_dir)
    keep = {b.path for b in backups[:KEEP_RECENT]}
    days: set = set()
    weeks: set = set()
    for b in backups:  # newest first: the newest of each day and week is kept
        age = now - b.created
        day, week = b.created.date(), b.created.isocalendar()[:2]
        if age <= timedelta(days=KEEP_DAYS) and day not in days:
            days.add(day)
            keep.add(b.path)
        if age <= timedelta(weeks=KEEP_WEEKS) and week not in weeks:
            weeks.add(week)
            keep.add(b.path)
    deleted = []
    for b in backups:
        if b.path not in keep:
            b.path.unlink(missing_ok=True)
            deleted.append(b.path)
    for leftover in backups_dir.glob(".workshops-*.tmp*"):
        if now.timestamp() - leftover.stat().st_mtime > STALE_TEMP.total_seconds():
            leftover.unlink(missing_ok=True)
    return deleted


def maybe_backup(store: Store, backups_dir: Path, min_interval_minutes: float = 30,
                 now: datetime | None = None) -> Path | None:
    """Back up if data changed since the last backup and that one is old enough; else None."""
    now = _now(now)
    backups = list_backups(backups_dir)
    newest = backups[0] if backups else None
    if newest is not None and now - newest.created < timedelta(minutes=min_interval_minutes):
        return None
    if store.backup_mark is not None:
        changed = store.write_count != store.backup_mark
    elif store.write_count:
        changed = True
    else:  # nothing written since opening: did the file change after the newest backup?
        changed = store.opened_mtime > (newest.created.timestamp() if newest else 0)
    return backup_now(store, backups_dir, "auto", now=now) if changed else None


def check_backup(path: Path) -> None:
    """Raise StorageError unless ``path`` is a sound database this version can open."""
    try:
        version = dbmod.header_user_version(path)
    except OSError as exc:
        raise StorageError(tr("Storage", "Cannot read the backup {path}: {reason}")
                           .format(path=path, reason=exc.strerror or exc)) from exc
    if version is None:
        raise StorageError(tr("Storage", "{path} is not a workshop database backup.").format(path=path))
    if version > SCHEMA_VERSION:
        raise newer_error(path, version)
    try:
        conn = dbmod.connect_raw(path)
        try:
            found = dbmod.check_problems(conn)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        found = [str(exc)]
    if found:
        raise StorageError(tr("Storage", "The backup {path} is damaged ({problem}).")
                           .format(path=path, problem=found[0]))


def quarantine_database(data_dir: DataDir, label: str) -> Path | None:
    """Move the database (with its -wal and -shm files) into the quarantine folder; never deletes.

    Returns the new path of the database file, or None when there was none.
    """
    files = dbmod.sidecar_files(data_dir.database)
    if not files:
        return None
    try:
        data_dir.quarantine.mkdir(parents=True, exist_ok=True)
        target = _unique(data_dir.quarantine, f"workshops-{_now(None).strftime(STAMP)}-{label}")
        for f in files:
            os.replace(f, Path(f"{target}{f.name[len(data_dir.database.name):]}"))
    except OSError as exc:
        raise StorageError(tr("Storage", "Could not move {path} aside into {folder}: {reason}")
                           .format(path=data_dir.database, folder=data_dir.quarantine,
                                   reason=exc.strerror or exc)) from exc
    log.warning("moved %s aside to %s", data_dir.database, target)
    return target


def restore_backup(data_dir: DataDir, backup_path: str | os.PathLike) -> Path | None:
    """Replace the database with a backup (checked first); the current one goes to quarantine.

    Close every Store on the database first. Returns where the replaced database
    was moved (None if there was none).
    """
    backup_path = Path(backup_path)
    check_backup(backup_path)
    moved = quarantine_database(data_dir, "before-restore")
    try:
        copy_database(backup_path, data_dir.database)
    except (OSError, sqlite3.Error) as exc:
        raise StorageError(tr("Storage", "Could not restore {backup}: {reason}. The previous database "
                                         "is in {moved}.").format(backup=backup_path, reason=exc,
                                                                  moved=moved)) from exc
    log.warning("restored %s (previous database moved to %s)", backup_path, moved)
    return moved
