"""Full-text search over notes, cards and actions.

The FTS5 indexes use the ``trigram`` tokenizer, which needs no word breaks,
so Chinese or Japanese text is found as well as Latin text. A trigram index
cannot match fewer than three characters, so shorter search words (``沟通``,
``HR``) are matched with ``LIKE`` instead; every word must match.

Triggers keep each index in sync with its table. sqlite-utils' ``transform``
(used by migrations to change a table) drops a table's triggers, so
:func:`ensure_search_index` runs after migrations on every open and rebuilds
an index whose triggers are missing, or whose columns are not those :data:`SEARCHED`
names now (a column searched since: the first opening indexes it).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

from workshop_app.storage.base import StoreBase, reads

if TYPE_CHECKING:  # pragma: no cover
    from sqlite_utils import Database

#: Searched tables, their kind of hit and the searched columns.
SEARCHED = {
    "notes": ("note", ["text"]),
    "cards": ("card", ["text"]),
    "actions": ("action", ["text", "measure", "support", "checkin_with"]),
}
TRIGRAM = 3
SNIPPET_BEFORE = 30
SNIPPET_LENGTH = 100


@dataclass
class SearchHit:
    kind: str  # 'note' | 'card' | 'action'
    id: int
    workshop_id: int
    workshop_title: str
    snippet: str


def incomplete_search_indexes(conn: sqlite3.Connection) -> list[str]:
    """The searched tables whose FTS index or one of its triggers is missing, or whose index has
    other columns than :data:`SEARCHED` (plain sqlite3: it runs on every open, before the window
    shows)."""
    tables, triggers = set(), set()
    for kind, name, table in conn.execute("SELECT type, name, tbl_name FROM sqlite_master "
                                          "WHERE type IN ('table', 'trigger')"):
        if kind == "table":
            tables.add(name)
        else:
            triggers.add((table, name))
    return [t for t in SEARCHED if t in tables and not (
        f"{t}_fts" in tables and {(t, f"{t}_ai"), (t, f"{t}_ad"), (t, f"{t}_au")} <= triggers
        and [r[1] for r in conn.execute(f"PRAGMA table_info({t}_fts)")] == SEARCHED[t][1])]


def ensure_search_index(db: Database) -> None:
    """Create the FTS indexes and their triggers where missing (rebuilding the index)."""
    for table in incomplete_search_indexes(db.conn):
        with db.atomic():
            db[table].enable_fts(SEARCHED[table][1], tokenize="trigram", create_triggers=True,
                                 replace=True)


def _like(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def snippet(text: str, words: list[str]) -> str:
    """A short piece of ``text`` around the first word found, on one line."""
    flat = " ".join(text.split())
    folded = flat.casefold()
    found = [i for i in (folded.find(w.casefold()) for w in words) if i >= 0]
    start = max(0, min(min(found, default=0) - SNIPPET_BEFORE, len(flat) - SNIPPET_LENGTH))
    piece = flat[start:start + SNIPPET_LENGTH]
    if start > 0:
        piece = "…" + piece
    if start + SNIPPET_LENGTH < len(flat):
        piece += "…"
    return piece


class SearchMixin(StoreBase):
    @reads
    def search(self, query: str, workshop_id: int | None = None, limit: int = 50) -> list[SearchHit]:
        """Notes, cards and actions containing every word of ``query`` (any language)."""
        words = query.split()
        if not words or limit <= 0:
            return []
        hits: list[tuple[tuple, SearchHit]] = []
        for order, (table, (kind, columns)) in enumerate(SEARCHED.items()):
            where, params = [], []
            long_words = [w for w in words if len(w) >= TRIGRAM]
            if long_words:
                where.append(f"x.id IN (SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ?)")
                params.append(" AND ".join('"{}"'.format(w.replace('"', '""')) for w in long_words))
            for word in words:
                if len(word) < TRIGRAM:
                    where.append("(" + " OR ".join(f"x.{c} LIKE ? ESCAPE '\\'" for c in columns) + ")")
                    params.extend([_like(word)] * len(columns))
            if workshop_id is not None:
                where.append("x.workshop_id = ?")
                params.append(workshop_id)
            cols = ", ".join(f"x.{c}" for c in columns)
            sql = (f"SELECT x.id, x.workshop_id, w.title, {cols} FROM {table} x "
                   f"JOIN workshops w ON w.id = x.workshop_id WHERE {' AND '.join(where)} "
                   "ORDER BY x.id DESC LIMIT ?")
            for r in self.db.query(sql, [*params, limit]):
                body = " — ".join(r[c] for c in columns if r[c])
                hit = SearchHit(kind, r["id"], r["workshop_id"], r["title"], snippet(body, words))
                hits.append(((-r["workshop_id"], order, -r["id"]), hit))
        hits.sort(key=lambda kh: kh[0])
        return [hit for _key, hit in hits[:limit]]
