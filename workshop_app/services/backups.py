"""When backups are taken: before destructive actions, at run start and end, every 30 minutes."""

from __future__ import annotations

import logging
from pathlib import Path

from workshop_app.errors import UserError
from workshop_app.services.context import AppContext

log = logging.getLogger(__name__)


def backup_before(ctx: AppContext, reason: str) -> Path | None:
    """Take a backup now (older ones are thinned); a failure is logged and reported as None
    (it must not block the user)."""
    from workshop_app.storage.backups import backup_now

    try:
        return backup_now(ctx.store, ctx.data_dir.backups, reason)
    except (UserError, OSError) as exc:
        log.warning("backup (%s) failed: %s", reason, exc)
        return None


def periodic_backup(ctx: AppContext) -> Path | None:
    """At most every 30 minutes, and only when data changed since the last backup."""
    from workshop_app.storage.backups import maybe_backup

    try:
        return maybe_backup(ctx.store, ctx.data_dir.backups, min_interval_minutes=30)
    except (UserError, OSError) as exc:
        log.warning("periodic backup failed: %s", exc)
        return None


def restore(ctx: AppContext, backup: Path) -> Path | None:
    """Put a backup in place of the database; the current one is moved aside, never deleted.

    The backup is checked first, and the replaced database is kept in the ``damaged``
    folder (that is the way back). Returns where it was moved.
    """
    from workshop_app.storage.backups import check_backup, restore_backup

    check_backup(Path(backup))
    store = ctx.store
    store.close()
    try:
        return restore_backup(ctx.data_dir, backup)
    finally:
        store.reopen()


def restore_closed(ctx: AppContext, backup: Path) -> Path | None:
    """Restore with no Store open in this process (the command line): refused with a clear
    message while the app's window is open on the same data folder (it would go on writing
    into the moved-aside file); the window's lock is held during the restore."""
    from workshop_app.services.instance_lock import InstanceLock
    from workshop_app.storage.backups import restore_backup

    ctx.data_dir.ensure()
    lock = InstanceLock(ctx.data_dir)
    if not lock.try_lock():
        raise lock.refused()
    try:
        return restore_backup(ctx.data_dir, backup)
    finally:
        lock.unlock()


def scan(ctx: AppContext):
    """The backups, newest first, and the files in the folder that are not backups (ignored)."""
    from workshop_app.storage.backups import scan_backups

    return scan_backups(ctx.data_dir.backups)
