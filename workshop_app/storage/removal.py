"""Deleting a row so that undo can put back exactly what was there.

Deleting a row takes rows with it (ON DELETE CASCADE: a participant's votes,
ratings and action ownerships; a card's votes and placements) and unlinks others
(ON DELETE SET NULL: the cards a participant wrote, the notes and actions
captured under an item, the cards of a cluster). :func:`take` records all of
that from the schema's own foreign keys before deleting; :func:`put_back`
restores the row under the same id (ids are AUTOINCREMENT, never reused), at
the same position, with every row it took and every link it cut. A workshop
file exported before the delete and after the undo is the same.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

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


def _children(db: Database) -> dict[str, list[tuple[str, str, str]]]:
    """(table, column, on delete) of every foreign key, by the table it points at."""
    found: dict[str, list[tuple[str, str, str]]] = {}
    for table in sorted(db.table_names()):
        for fk in db.table(table).foreign_keys:
            found.setdefault(fk.other_table, []).append((table, fk.column, fk.on_delete.upper()))
    return found


def _record(db: Database, children: dict[str, list[tuple[str, str, str]]], table: str, rowid: int,
            removed: Removed) -> None:
    for child, column, on_delete in children.get(table, []):
        if on_delete == "CASCADE":
            for row in db.table(child).rows_where(f"[{column}] = ?", [rowid], select="rowid AS _rowid, *",
                                                  order_by="rowid"):
                removed.taken.append((child, row))
                _record(db, children, child, row["_rowid"], removed)
        elif on_delete == "SET NULL":
            removed.unlinked.extend(
                (child, column, r["_rowid"]) for r in db.table(child).rows_where(
                    f"[{column}] = ?", [rowid], select="rowid AS _rowid", order_by="rowid"))


def take(db: Database, table: str, row_id: int) -> Removed:
    """Record the row and what deleting it will delete or unlink (call, then delete the row)."""
    found = next(db.table(table).rows_where("id = ?", [row_id]), None)
    removed = Removed(table, found or {})
    if found:
        _record(db, _children(db), table, row_id, removed)
    return removed


def _parents_exist(db: Database, table: str, row: dict[str, Any]) -> bool:
    """Whether every row ``row`` points at is still there (one deleted since is left out)."""
    for fk in db.table(table).foreign_keys:
        value = row.get(fk.column)
        if value is not None and not db.table(fk.other_table).count_where(
                f"[{fk.other_column or 'rowid'}] = ?", [value]):
            return False
    return True


def put_back(db: Database, removed: Removed, siblings: str = "workshop_id") -> None:
    """Restore a :func:`take` record: the row (same id; rows after its position move down),
    the rows deleted with it and the links it cut (those still unset)."""
    row = dict(removed.row)
    if not row:
        return
    if "position" in row and db.table(removed.table).count_where(  # the gap was closed: make room
            f"[{siblings}] = ? AND position = ?", [row[siblings], row["position"]]):
        db.execute(f"UPDATE [{removed.table}] SET position = position + 1 "
                   f"WHERE [{siblings}] = ? AND position >= ?", [row[siblings], row["position"]])
    db.table(removed.table).insert(row, alter=False)
    for table, taken in removed.taken:
        values = {k: v for k, v in taken.items() if k != "_rowid"}
        if _parents_exist(db, table, values):
            db.table(table).insert(values, alter=False)
    for table, column, rowid in removed.unlinked:
        db.execute(f"UPDATE [{table}] SET [{column}] = ? WHERE rowid = ? AND [{column}] IS NULL",
                   [row["id"], rowid])
