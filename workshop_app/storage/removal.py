"""Deleting a row so that undo can put back exactly what was there.

Deleting a participant or an agenda item takes rows with it (ON DELETE CASCADE:
their votes, ratings, placements, action ownerships) and unlinks others (ON
DELETE SET NULL: the cards they wrote, the notes and actions captured under an
item). :func:`take` records all of that from the schema's own foreign keys
before deleting; :func:`put_back` restores the row under the same id, at the
same position, with every row it took and every link it cut. A workshop file
exported before the delete and after the undo is the same.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from workshop_app.storage import db as dbmod

if TYPE_CHECKING:  # pragma: no cover
    from sqlite_utils import Database


@dataclass(frozen=True)
class Removed:
    """A deleted row and what its deletion did, to be put back by :func:`put_back`."""

    table: str
    row: dict[str, Any]
    #: Rows deleted with it, parents before children: (table, row; its rowid as "_rowid").
    taken: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    #: Links it cut: (table, column, rowid of the row whose column was set to NULL).
    unlinked: list[tuple[str, str, int]] = field(default_factory=list)


def _children(db: Database, parent: str) -> list[tuple[str, str, str]]:
    """(table, column, on delete) of every foreign key pointing at ``parent``."""
    found = []
    for (table,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                               "AND sql LIKE '%REFERENCES%' ORDER BY name").fetchall():
        for fk in db.execute(f"PRAGMA foreign_key_list([{table}])").fetchall():
            if fk[2] == parent:
                found.append((table, fk[3], fk[6].upper()))
    return found


def _parents(db: Database, table: str) -> list[tuple[str, str, str]]:
    """(column, parent table, parent column) of every foreign key of ``table``."""
    return [(fk[3], fk[2], fk[4] or "rowid")
            for fk in db.execute(f"PRAGMA foreign_key_list([{table}])").fetchall()]


def _record(db: Database, table: str, rowid: int, removed: Removed) -> None:
    for child, column, on_delete in _children(db, table):
        if on_delete == "CASCADE":
            for row in dbmod.rows(db, f"SELECT rowid AS _rowid, * FROM [{child}] "
                                      f"WHERE [{column}] = ? ORDER BY rowid", [rowid]):
                removed.taken.append((child, row))
                _record(db, child, row["_rowid"], removed)
        elif on_delete == "SET NULL":
            removed.unlinked.extend(
                (child, column, r["_rowid"]) for r in dbmod.rows(
                    db, f"SELECT rowid AS _rowid FROM [{child}] WHERE [{column}] = ? ORDER BY rowid",
                    [rowid]))


def take(db: Database, table: str, row_id: int) -> Removed:
    """Record the row and what deleting it will delete or unlink (call, then delete the row)."""
    found = dbmod.rows(db, f"SELECT * FROM [{table}] WHERE id = ?", [row_id])
    removed = Removed(table, found[0] if found else {})
    if found:
        _record(db, table, row_id, removed)
    return removed


def _parents_exist(db: Database, table: str, row: dict[str, Any]) -> bool:
    """Whether every row ``row`` points at is still there (one deleted since is left out)."""
    for column, parent, key in _parents(db, table):
        value = row.get(column)
        if value is not None and dbmod.scalar(
                db, f"SELECT 1 FROM [{parent}] WHERE [{key}] = ?", [value]) is None:
            return False
    return True


def put_back(db: Database, removed: Removed, siblings: str = "workshop_id") -> None:
    """Restore a :func:`take` record: the row (same id; rows after its position move down),
    the rows deleted with it and the links it cut (those still unset)."""
    row = dict(removed.row)
    if not row:
        return
    if "position" in row:
        db.execute(f"UPDATE [{removed.table}] SET position = position + 1 "
                   f"WHERE [{siblings}] = ? AND position >= ?", [row[siblings], row["position"]])
    dbmod.insert_row(db, removed.table, row)
    for table, taken in removed.taken:
        values = {k: v for k, v in taken.items() if k != "_rowid"}
        if _parents_exist(db, table, values):
            dbmod.insert_row(db, table, values)
    for table, column, rowid in removed.unlinked:
        db.execute(f"UPDATE [{table}] SET [{column}] = ? WHERE rowid = ? AND [{column}] IS NULL",
                   [row["id"], rowid])
