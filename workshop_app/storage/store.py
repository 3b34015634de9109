"""The Store: the one door to the workshop database for the GUI, the services and the command line.

``Store(path)`` opens (or creates) the database, refuses one written by a newer
version of the app, and applies pending migrations. Use :func:`open_store`
(storage.recovery) to also check the file and recover a damaged one.

Every write method is one small transaction; when it fails (disk full,
read-only folder) it raises StorageWriteError and the store stays usable, so
the caller keeps the typed text and calls again later. A Store may be used
from more than one thread: calls are serialised by a lock.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from workshop_app.i18n import translate
from workshop_app.storage import db as dbmod
from workshop_app.storage.base import reads
from workshop_app.storage.capture import CaptureMixin
from workshop_app.storage.errors import StorageError
from workshop_app.storage.room_answers import RoomAnswersMixin
from workshop_app.storage.schema import (
    behind,
    check_header_not_newer,
    check_not_newer,
    migrate,
    written_before,
)
from workshop_app.storage.search import SearchMixin
from workshop_app.storage.transfer import TransferMixin
from workshop_app.storage.workshops import WorkshopsMixin


class Store(WorkshopsMixin, CaptureMixin, TransferMixin, SearchMixin, RoomAnswersMixin):
    def __init__(self, path: str | os.PathLike, backups_dir: Path | None = None):
        super().__init__()
        self.path = Path(path)
        #: Where a database an older version wrote is backed up before its schema is updated
        #: (None: not backed up, as for a backup being checked or a test's scratch file).
        self.backups_dir = backups_dir
        self._open()

    def _open(self) -> None:
        #: When the files were last changed before this store opened them (for maybe_backup).
        self.opened_mtime = max((p.stat().st_mtime for p in dbmod.sidecar_files(self.path)), default=0.0)
        check_header_not_newer(self.path)  # before SQLite may write to the header
        self.__dict__.pop("db", None)  # wrapped again around the new connection when first used
        try:
            self.conn = dbmod.connect(self.path)
        except sqlite3.Error as exc:
            raise StorageError(translate("Storage", "Cannot open the workshop database {path}: {reason}")
                               .format(path=self.path, reason=exc)) from exc
        try:
            check_not_newer(self.conn, self.path)
            if behind(self.conn):
                if self.backups_dir is not None and written_before(self.conn):
                    from workshop_app.storage.backups import backup_now

                    backup_now(self.path, self.backups_dir, "before-update", thin=False)
                migrate(self.db)
            dbmod.stamp_application_id(self.conn)
            self._data_version = self._read_data_version()
        except sqlite3.Error as exc:
            self.conn.close()
            raise dbmod.storage_error(self.path, exc) from exc
        except BaseException:
            self.conn.close()
            raise

    def close(self) -> None:
        with self._lock:
            self.conn.close()

    def reopen(self) -> None:
        """Open the database file again (after a backup was restored over it): everything that
        holds this Store keeps working with the restored data."""
        with self._lock:
            self.conn.close()
            self._open()

    def _read_data_version(self) -> int:
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    def changed_since_last_check(self) -> bool:
        """Whether another connection (the command line, another program) committed a change to
        the database since the last call (or since the store opened). Cheap: one PRAGMA.

        Never waits: while another thread is using the store it answers False, and the next
        call catches up.
        """
        if not self._lock.acquire(blocking=False):
            return False
        try:
            version = self._read_data_version()
            changed, self._data_version = version != self._data_version, version
            return changed
        except sqlite3.ProgrammingError:  # closed: nothing to show
            return False
        except sqlite3.Error as exc:
            raise dbmod.storage_error(self.path, exc) from exc
        finally:
            self._lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @reads
    def integrity_check(self) -> list[str]:
        """Problems found by ``PRAGMA integrity_check`` and ``foreign_key_check`` ([] when sound)."""
        found = dbmod.check_problems(self.db.conn, "integrity_check")
        for table, rowid, parent, _fk in self.db.execute("PRAGMA foreign_key_check").fetchall():
            found.append(translate("Storage", "{table} row {rowid} refers to a missing {parent} row")
                         .format(table=table, rowid=rowid, parent=parent))
        return found
