"""The autosave baseline: plain sqlite3 with the app's durability settings.

WAL, ``synchronous=FULL``, foreign keys on, one note row updated with the text as it grows
while being typed, one transaction (one fsync) per save: the least any durable autosave
can cost on this disk. The table already holds as many notes as the bench database.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path


def connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    return conn


def autosave_latencies(path: Path, texts: list[str], existing_rows: int = 2500) -> list[float]:
    """Seconds taken by each save of ``texts`` (the note as it is typed), after one insert."""
    for stale in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        stale.unlink(missing_ok=True)
    conn = connect(path)
    try:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, workshop_id INTEGER NOT NULL, "
                     "text TEXT NOT NULL, private INTEGER NOT NULL DEFAULT 0, updated_at TEXT)")
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO notes (workshop_id, text, updated_at) VALUES (?, ?, ?)",
                         [(i // 5, f"note {i}", "2026-01-01T00:00:00Z") for i in range(existing_rows)])
        conn.execute("COMMIT")
        conn.execute("BEGIN")
        note_id = conn.execute("INSERT INTO notes (workshop_id, text, updated_at) VALUES (?, ?, ?)",
                               (1, "", "2026-01-01T00:00:00Z")).lastrowid
        conn.execute("COMMIT")
        times = []
        for text in texts:
            started = time.perf_counter()
            conn.execute("BEGIN")
            conn.execute("UPDATE notes SET text = ?, updated_at = ? WHERE id = ?",
                         (text, time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), note_id))
            conn.execute("COMMIT")
            times.append(time.perf_counter() - started)
        return times
    finally:
        conn.close()
