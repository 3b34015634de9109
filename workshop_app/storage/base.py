"""What every part of the Store shares: the connection, the lock, and the write wrapper.

Each public write method is decorated with :func:`writes`: it runs in one
transaction (``db.atomic()``; nested calls become savepoints), under the
store's lock, and a failed write (disk full, read-only, I/O error) is raised
as a :class:`StorageWriteError` after the transaction was rolled back, so the
same call can simply be retried.
"""

from __future__ import annotations

import functools
import sqlite3
import threading
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from workshop_app.errors import NotFoundError
from workshop_app.i18n import QT_TRANSLATE_NOOP, translate
from workshop_app.storage import db as dbmod
from workshop_app.storage.errors import StorageError
from workshop_app.storage.rows import from_row, to_row

if TYPE_CHECKING:  # pragma: no cover
    from sqlite_utils import Database

F = TypeVar("F", bound=Callable[..., Any])
T = TypeVar("T")

#: "There is no ... with id ..." for each table.
NOT_FOUND = {
    "workshops": QT_TRANSLATE_NOOP("Storage", "There is no workshop with id {id}."),
    "participants": QT_TRANSLATE_NOOP("Storage", "There is no participant with id {id} in this workshop."),
    "agenda_items": QT_TRANSLATE_NOOP("Storage", "There is no agenda item with id {id} in this workshop."),
    "notes": QT_TRANSLATE_NOOP("Storage", "There is no note with id {id}."),
    "clusters": QT_TRANSLATE_NOOP("Storage", "There is no cluster with id {id} in this workshop."),
    "cards": QT_TRANSLATE_NOOP("Storage", "There is no card with id {id} in this workshop."),
    "votes": QT_TRANSLATE_NOOP("Storage", "There is no vote with id {id}."),
    "ratings": QT_TRANSLATE_NOOP("Storage", "There is no rating with id {id}."),
    "placements": QT_TRANSLATE_NOOP("Storage", "There is no placement with id {id}."),
    "actions": QT_TRANSLATE_NOOP("Storage", "There is no action with id {id} in this workshop."),
    "checkins": QT_TRANSLATE_NOOP("Storage", "There is no check-in with id {id}."),
    "checkin_commitments": QT_TRANSLATE_NOOP("Storage", "There is no check-in commitment with id {id}."),
}

#: Reference fields of the model and the table they point into.
REFERENCES = {
    "agenda_item_id": "agenda_items",
    "participant_id": "participants",
    "cluster_id": "clusters",
    "card_id": "cards",
    "action_id": "actions",
    "checkin_id": "checkins",
}


def not_found(table: str, row_id: int | None) -> NotFoundError:
    return NotFoundError(translate("Storage", NOT_FOUND[table]).format(id=row_id))


def _translate_errors(path: Path, exc: sqlite3.Error) -> None:
    """Re-raise a database error as a user error (bugs in the caller are left as they are)."""
    if isinstance(exc, sqlite3.ProgrammingError | sqlite3.InterfaceError):
        return
    raise dbmod.storage_error(path, exc) from exc


def writes(method: F) -> F:
    """One transaction under the store's lock; a failed write leaves nothing half-written."""

    @functools.wraps(method)
    def wrapper(self: StoreBase, *args: Any, **kwargs: Any) -> Any:
        with self._lock:
            try:
                with self.db.atomic():
                    result = method(self, *args, **kwargs)
            except sqlite3.Error as exc:
                _translate_errors(self.path, exc)
                raise
            self.write_count += 1
            return result

    return wrapper  # type: ignore[return-value]


def reads(method: F) -> F:
    @functools.wraps(method)
    def wrapper(self: StoreBase, *args: Any, **kwargs: Any) -> Any:
        with self._lock:
            try:
                return method(self, *args, **kwargs)
            except sqlite3.Error as exc:
                _translate_errors(self.path, exc)
                raise

    return wrapper  # type: ignore[return-value]


class StoreBase:
    path: Path
    #: The plain connection: what start-up reads before the first frame goes through it.
    conn: sqlite3.Connection

    def __init__(self) -> None:
        self._lock = threading.RLock()
        #: Successful write calls since the store was opened (backups compare it).
        self.write_count = 0
        #: ``write_count`` when the last backup of this store was taken (None: none yet).
        self.backup_mark: int | None = None
        #: Held while a backup of this store is written: backups taken on two worker threads at
        #: once are written one after the other (never under the same name). Backups read the
        #: file on a connection of their own, so ``_lock`` (reads and writes) is never held.
        self.backup_lock = threading.Lock()

    @functools.cached_property
    def db(self) -> Database:
        """The same connection as a sqlite-utils Database, wrapped on first use (after the window's
        first frame: sqlite-utils and its imports cost start-up about half a bare window)."""
        return dbmod.database(self.conn)

    # -- queries ---------------------------------------------------------------------------
    # Rows are read with sqlite-utils' ``db.query`` (dicts) and written with its ``insert``,
    # ``upsert`` and ``delete_where`` (inside the caller's ``db.atomic()`` these become savepoints
    # of its transaction: nothing commits on its own). One exception, :meth:`_update`.
    @writes
    def together(self, work: Callable[[], T]) -> T:
        """``work()`` in one transaction: the write methods it calls are savepoints in it (one
        fails: only its own writes are undone), and all is committed at once at the end (the
        room stores a burst of phones' answers with one commit)."""
        return work()

    def _scalar(self, sql: str, params: Iterable[Any] = ()) -> Any:
        """The first column of the first row (None when there is none)."""
        row = self.db.execute(sql, list(params)).fetchone()
        return None if row is None else row[0]

    def _insert(self, table: str, row: dict[str, Any]) -> int:
        """Insert the row; its id. A column the table lacks is an error (the schema never changes)."""
        return int(self.db.table(table).insert(row, alter=False).last_pk)

    def _row(self, table: str, row_id: int | None) -> dict[str, Any]:
        """The row with this id, or NotFoundError."""
        found = next(self.db.query(f"SELECT * FROM [{table}] WHERE id = ?", [row_id]), None)
        if found is None:
            raise not_found(table, row_id)
        return found

    def _update(self, table: str, row_id: int | None, row: dict[str, Any]) -> None:
        """Set the row's columns, or NotFoundError.

        One UPDATE statement rather than sqlite-utils' ``Table.update``, which adds nine more to
        each call (it reads sqlite_master and the table's columns again, then the row, and wraps
        the UPDATE in a savepoint: ~0.1 ms, measured), while a note's autosave must stay a handful
        of statements (test_storage_store). ``_row`` uses ``query`` rather than ``Table.get`` (five
        statements) for the same reason.
        """
        sets = ", ".join(f"[{column}] = ?" for column in row)
        if row_id is None or self.db.execute(f"UPDATE [{table}] SET {sets} WHERE id = ?",
                                             [*row.values(), row_id]).rowcount == 0:
            raise not_found(table, row_id)

    def _delete(self, table: str, row_id: int) -> None:
        """Delete the row (with what cascades from it), or NotFoundError."""
        self._row(table, row_id)
        self.db.table(table).delete_where("id = ?", [row_id])

    def _workshop_of(self, table: str, row_id: int | None) -> int:
        return int(self._row(table, row_id)["workshop_id"])

    def _check_refs(self, workshop_id: int | None, obj: Any = None, **refs: int | None) -> int:
        """Check the workshop and every reference of ``obj`` (and ``refs``) belong to it.

        One statement each (every autosave comes through here): a bare SELECT, not ``_row``."""
        if self._scalar("SELECT id FROM workshops WHERE id = ?", [workshop_id]) is None:
            raise not_found("workshops", workshop_id)
        wanted = {name: getattr(obj, name) for name in REFERENCES if hasattr(obj, name)}
        wanted.update(refs)
        for name, ref in wanted.items():
            if ref is None:
                continue
            table = REFERENCES[name]
            owner = self._scalar(f"SELECT workshop_id FROM [{table}] WHERE id = ?", [ref])
            if owner != workshop_id:
                raise not_found(table, ref)
        return int(workshop_id)  # type: ignore[arg-type]

    # -- people linked to a row (an action's owners, a check-in's attendees) ---------------
    def _set_people(self, table: str, key: str, row_id: int, people: list[int]) -> None:
        """Make the participants linked to row ``row_id`` through ``table`` (its column ``key``)
        exactly ``people``, once each, in that order."""
        rows = self.db.table(table)
        rows.delete_where(f"[{key}] = ?", [row_id])
        rows.insert_all(({key: row_id, "participant_id": p, "position": i}
                         for i, p in enumerate(dict.fromkeys(people))), alter=False)

    def _people(self, table: str, key: str, where: str, params: list[Any]) -> dict[int, list[int]]:
        """The participant ids linked through ``table``, in order, by the row they are linked to
        (its column ``key``), for the links ``where`` selects (``t`` names ``table``)."""
        found: dict[int, list[int]] = {}
        for r in self.db.query(f"SELECT t.[{key}] AS owner, t.participant_id FROM [{table}] t "
                               f"WHERE {where} ORDER BY t.[{key}], t.position", params):
            found.setdefault(r["owner"], []).append(r["participant_id"])
        return found

    # -- positions -------------------------------------------------------------------------
    def _next_position(self, table: str, workshop_id: int) -> int:
        return int(self._scalar(f"SELECT coalesce(max(position) + 1, 0) FROM {table} "
                                "WHERE workshop_id = ?", [workshop_id]))

    def _make_room(self, table: str, workshop_id: int, position: int | None) -> int:
        """The position for a new row: the end, or ``position`` with later rows moved down."""
        end = self._next_position(table, workshop_id)
        if position is None or position >= end:
            return end
        position = max(0, position)
        self.db.execute(f"UPDATE {table} SET position = position + 1 "
                        "WHERE workshop_id = ? AND position >= ?", [workshop_id, position])
        return position

    def _ordered_ids(self, table: str, workshop_id: int) -> list[int]:
        return [r["id"] for r in self.db.query(f"SELECT id FROM [{table}] WHERE workshop_id = ? "
                                               "ORDER BY position, id", [workshop_id])]

    def _set_order(self, table: str, workshop_id: int, ids: list[int]) -> None:
        """Number the rows 0, 1, 2... in the order of ``ids`` (exactly the workshop's rows)."""
        self._row("workshops", workshop_id)
        current = self._ordered_ids(table, workshop_id)
        if sorted(current) != sorted(ids):
            raise StorageError(translate("Storage", "The new order must list every item of workshop {id} "
                                                    "exactly once.").format(id=workshop_id))
        self.db.conn.executemany(f"UPDATE {table} SET position = ? WHERE id = ?",
                                 [(i, row_id) for i, row_id in enumerate(ids)])

    def _compact(self, table: str, workshop_id: int) -> None:
        self._set_order(table, workshop_id, self._ordered_ids(table, workshop_id))

    # -- rows of one workshop ---------------------------------------------------------------
    def _add_at(self, table: str, obj: T, position: int | None = None) -> T:
        """Insert ``obj`` at the end of its workshop's rows (or at ``position``); returns it with its id."""
        wid = self._check_refs(obj.workshop_id, obj)  # type: ignore[attr-defined]
        stored = replace(obj, position=self._make_room(table, wid, position))  # type: ignore[type-var]
        stored.id = self._insert(table, to_row(stored))
        return stored

    def _update_in_workshop(self, table: str, obj: T) -> T:
        """Update ``obj`` (its workshop cannot change); returns it as stored."""
        wid = self._workshop_of(table, obj.id)  # type: ignore[attr-defined]
        self._check_refs(wid, obj)
        self._update(table, obj.id, to_row(replace(obj, workshop_id=wid)))  # type: ignore[attr-defined, type-var]
        return from_row(type(obj), self._row(table, obj.id))  # type: ignore[attr-defined]

    def _delete_and_close_gap(self, table: str, row_id: int) -> None:
        wid = self._workshop_of(table, row_id)
        self._delete(table, row_id)
        self._compact(table, wid)
