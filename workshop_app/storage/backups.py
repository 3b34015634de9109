"""Backups of the workshop database, taken with SQLite's backup API, and restoring one.

A backup is a self-contained database file (rollback-journal mode, no
``-wal`` beside it) named ``workshops-<UTC time>-<reason>.db``, for example
``workshops-20261122T210455Z-run-start.db``. It is written under a temporary
name and renamed once complete, so a crash during a backup never leaves a half
backup that looks like a good one.

A name alone is never trusted: each backup says inside when it was taken (the
``_backup_info`` table, dropped again when a backup is restored) and carries the
app's ``PRAGMA application_id``. Backups are ordered by that time, capped by the
file's modification time; one dated in the future (a clock that was wrong, a
renamed file) is listed last and never counts as the newest. Files in the folder
that are not backups of this app are ignored, reported, and never deleted.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from stat import S_ISREG
from typing import TYPE_CHECKING

from workshop_app.i18n import translate
from workshop_app.model.workshop import local_time
from workshop_app.paths import DataDir
from workshop_app.storage import db as dbmod
from workshop_app.storage.errors import StorageError
from workshop_app.storage.schema import SCHEMA_VERSION, newer_error

if TYPE_CHECKING:  # pragma: no cover
    from workshop_app.storage.store import Store

log = logging.getLogger(__name__)

STAMP = "%Y%m%dT%H%M%SZ"
NAME_RE = re.compile(r"^workshops-(\d{8}T\d{6}Z)-([a-z0-9-]+)\.db$")
TEMP_RE = re.compile(r"^\.workshops-.*\.tmp")
KEEP_RECENT, KEEP_DAYS, KEEP_WEEKS = 10, 14, 8
#: Leftovers of a backup that was interrupted are removed after this long.
STALE_TEMP = timedelta(hours=1)
#: A backup dated later than now by more than this is "in the future" (clocks drift a little).
FUTURE_SLACK = timedelta(minutes=5)
#: The table inside a backup that says when it was taken and why.
INFO_TABLE = "_backup_info"


@dataclass
class BackupInfo:
    path: Path
    created: datetime  # UTC: what the file says, never later than its modification time
    reason: str
    size: int
    #: Dated after now: listed last, never the newest (its time cannot be trusted).
    future: bool = False

    @property
    def name(self) -> str:
        return self.path.name

    def local_time(self) -> str:
        """When it was taken, in local time, for messages."""
        return local_time(self.created)


@dataclass
class IgnoredFile:
    """A file in the backups folder that is not a backup of this app (left alone)."""

    path: Path
    reason: str

    @property
    def name(self) -> str:
        return self.path.name


@dataclass
class BackupScan:
    backups: list[BackupInfo] = field(default_factory=list)  # newest first
    ignored: list[IgnoredFile] = field(default_factory=list)


def _now(now: datetime | None) -> datetime:
    return (now or datetime.now(UTC)).astimezone(UTC)


def _unique(folder: Path, stem: str, suffix: str = ".db") -> Path:
    candidate, n = folder / f"{stem}{suffix}", 2
    while candidate.exists():
        candidate, n = folder / f"{stem}-{n}{suffix}", n + 1
    return candidate


def copy_database(source: Path, target: Path, taken: tuple[datetime, str] | None = None) -> None:
    """Copy a database with the backup API into ``target`` (replaced only when complete).

    With ``taken`` (when, why) the copy is a backup and says so inside; without, the copy is
    the live database and any such record is dropped.
    """
    tmp = target.with_name(f".{target.name}.tmp")
    for leftover in (tmp, Path(f"{tmp}-journal")):
        leftover.unlink(missing_ok=True)
    src = dbmod.connect_raw(source)
    try:
        dest = sqlite3.connect(str(tmp))
        try:
            src.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
            with dest:
                dest.execute(f"DROP TABLE IF EXISTS {INFO_TABLE}")
                if taken is not None:
                    dbmod.stamp_application_id(dest)
                    dest.execute(f"CREATE TABLE {INFO_TABLE} (taken_at TEXT NOT NULL, reason TEXT NOT NULL)")
                    dest.execute(f"INSERT INTO {INFO_TABLE} VALUES (?, ?)",
                                 [taken[0].strftime(STAMP), taken[1]])
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
        raise StorageError(translate("Storage",
                                     "There is no database to back up at {path}.").format(path=source))
    with store.backup_lock if store is not None else nullcontext():
        try:
            backups_dir.mkdir(parents=True, exist_ok=True)
            when = _now(now)
            target = _unique(backups_dir, f"workshops-{when.strftime(STAMP)}-{slug}")
            copy_database(source, target, taken=(when, slug))
        except (OSError, sqlite3.Error) as exc:
            raise StorageError(translate("Storage",
                                         "Could not write a backup of {db} into {folder}: {reason}")
                               .format(db=source, folder=backups_dir, reason=exc)) from exc
        log.info("backup written: %s", target)
        if store is not None:
            store.backup_mark = mark
        if thin:
            thin_backups(backups_dir, now)
    return target


def _utc(stamp: str) -> datetime | None:
    try:
        return datetime.strptime(stamp, STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None


def _said_inside(path: Path) -> tuple[bool, datetime | None]:
    """(is it ours, when it says it was taken) for a backup file; (True, None) when unreadable
    (a damaged backup of ours stays listed: check_backup refuses it when it is chosen)."""
    try:
        app_id = dbmod.header_application_id(path)
    except OSError:
        return True, None
    if app_id is None or app_id not in (0, dbmod.APPLICATION_ID):
        return False, None
    try:
        conn = dbmod.connect_raw(path, read_only=True)
        try:
            if not dbmod.is_ours(conn):
                return False, None
            stamped = conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", [INFO_TABLE]).fetchone()
            row = conn.execute(f"SELECT taken_at FROM {INFO_TABLE}").fetchone() if stamped else None
        finally:
            conn.close()
    except sqlite3.Error:
        return True, None
    return True, (_utc(str(row[0])) if row else None)


def scan_backups(backups_dir: Path, now: datetime | None = None) -> BackupScan:
    """The backups in the folder, newest first, and the files that are not backups of this app."""
    now = _now(now)
    scan = BackupScan()
    try:
        entries = list(backups_dir.iterdir())
    except OSError:
        return scan
    foreign = translate("Storage", "not a backup of this app")
    found: list[tuple[bool, datetime, int, str, BackupInfo]] = []
    for path in entries:
        if TEMP_RE.match(path.name):
            continue  # an interrupted backup of ours: thin_backups removes it
        m = NAME_RE.match(path.name)
        named = _utc(m[1]) if m else None
        try:
            info = path.stat()
        except OSError:  # removed meanwhile
            continue
        ours, inside = _said_inside(path) if named is not None and S_ISREG(info.st_mode) else (False, None)
        if not ours:
            scan.ignored.append(IgnoredFile(path, foreign))
            continue
        modified = datetime.fromtimestamp(info.st_mtime, UTC).replace(microsecond=0)
        created = min(inside or named, modified)
        future = created > now + FUTURE_SLACK
        found.append((not future, created, info.st_mtime_ns, path.name,
                      BackupInfo(path, created, m[2], info.st_size, future)))
    found.sort(key=lambda t: t[:4], reverse=True)  # same second: newest file first
    scan.backups = [t[-1] for t in found]
    scan.ignored.sort(key=lambda f: f.name)
    if scan.ignored:
        log.info("ignored in %s: %s", backups_dir, ", ".join(f.name for f in scan.ignored))
    return scan


def list_backups(backups_dir: Path, now: datetime | None = None) -> list[BackupInfo]:
    """The backups in the folder, newest first (files that are not backups are left out)."""
    return scan_backups(backups_dir, now).backups


def thin_backups(backups_dir: Path, now: datetime | None = None) -> list[Path]:
    """Delete old backups, keeping the 10 newest, one a day for 14 days and one a week for 8 weeks.

    Returns the deleted paths. Leftovers of an interrupted backup are removed too.
    """
    now = _now(now)
    backups = list_backups(backups_dir, now)
    keep = {b.path for b in backups[:KEEP_RECENT]}
    days: set = set()
    weeks: set = set()
    for b in backups:  # newest first: the newest of each day and week is kept
        if b.future:
            keep.add(b.path)  # its date cannot be trusted: never thinned away
            continue
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
    leftovers = backups_dir.iterdir() if backups_dir.is_dir() else ()
    for leftover in (p for p in leftovers if TEMP_RE.match(p.name)):
        try:
            if now.timestamp() - leftover.stat().st_mtime > STALE_TEMP.total_seconds():
                leftover.unlink(missing_ok=True)
        except OSError:
            continue
    return deleted


def maybe_backup(store: Store, backups_dir: Path, min_interval_minutes: float = 30,
                 now: datetime | None = None) -> Path | None:
    """Back up if data changed since the last backup and that one is old enough; else None."""
    now = _now(now)
    backups = [b for b in list_backups(backups_dir, now) if not b.future]
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


def same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def check_backup(path: Path, live: Path | None = None) -> None:
    """Raise StorageError unless ``path`` is a sound backup of this app this version can open
    (and, given ``live``, not the live database itself)."""
    if live is not None and same_file(path, live):
        raise StorageError(translate("Storage", "{path} is the database in use, not a backup: choose a file "
                                                "from the backups folder (see: backups "
                                                "list).").format(path=path))
    try:
        version = dbmod.header_user_version(path)
        app_id = dbmod.header_application_id(path)
    except OSError as exc:
        raise StorageError(translate("Storage", "Cannot read the backup {path}: {reason}")
                           .format(path=path, reason=exc.strerror or exc)) from exc
    if version is None:
        raise StorageError(translate("Storage",
                                     "{path} is not a workshop database backup.").format(path=path))
    not_ours = StorageError(translate("Storage", "{path} is not a backup of this app.").format(path=path))
    if app_id not in (0, dbmod.APPLICATION_ID):
        raise not_ours
    if version > SCHEMA_VERSION:
        raise newer_error(path, version)
    try:
        conn = dbmod.connect_raw(path, read_only=True)
        try:
            if not dbmod.is_ours(conn):
                raise not_ours
            found = dbmod.check_problems(conn)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        found = [str(exc)]
    if found:
        raise StorageError(translate("Storage", "The backup {path} is damaged ({problem}).")
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
        raise StorageError(translate("Storage", "Could not move {path} aside into {folder}: {reason}")
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
    check_backup(backup_path, live=data_dir.database)
    moved = quarantine_database(data_dir, "before-restore")
    try:
        copy_database(backup_path, data_dir.database)
    except (OSError, sqlite3.Error) as exc:
        raise StorageError(translate("Storage", "Could not restore {backup}: {reason}. The previous database "
                                                "is in {moved}.")
                           .format(backup=backup_path, reason=exc, moved=moved)) from exc
    log.warning("restored %s (previous database moved to %s)", backup_path, moved)
    return moved
