"""The database schema, built and upgraded through sqlite-utils migrations.

Each migration is registered with :func:`_migration` under a name that never
changes; :func:`migrations` builds the sqlite-utils ``Migrations`` from them when a
database is behind (an up-to-date one is recognised with plain sqlite3 by
:func:`behind`, so opening it does not import sqlite-utils). ``PRAGMA user_version``
holds the number of migrations applied
(:data:`SCHEMA_VERSION` for this version of the app), so a database written
by a newer app (a larger number, or migrations this app does not know) is
refused before anything is written to it.

A later migration that changes a table with ``db[table].transform(...)`` must
be registered with ``transactional=False`` when other tables point at that
table with ON DELETE CASCADE (sqlite-utils refuses such a transform inside a
transaction); the search triggers it drops are re-created by
:func:`ensure_search_index` right after the migrations.

Captured text survives deleting what it was captured under: notes, cards,
clusters and actions lose their agenda item (SET NULL); votes, ratings and
placements, which mean nothing without their item, go with it (CASCADE).
Deleting a workshop deletes everything in it. ``agenda_items.counted_votes`` keeps how the
console enters an item's dots (per participant or counted totals); it is app state, not
part of the workshop file. Ids are AUTOINCREMENT: an id
once given is never given again, so a stale id can never reach another row.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from workshop_app import APP_NAME
from workshop_app.i18n import translate
from workshop_app.model.checkins import REVIEW_STATUSES
from workshop_app.storage.db import header_user_version
from workshop_app.storage.errors import DatabaseNewerError
from workshop_app.storage.search import ensure_search_index, incomplete_search_indexes

if TYPE_CHECKING:  # pragma: no cover
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

#: The migration set's name in sqlite-utils' table of applied migrations.
MIGRATION_SET = "workshop_app"
#: sqlite-utils' table of applied migrations (``Migrations.migrations_table``).
MIGRATIONS_TABLE = "_sqlite_migrations"
_REGISTERED: list[tuple[str, Callable[[Database], None]]] = []


def _migration(name: str):
    """Register a migration under ``name`` (in order: the names this version knows)."""
    def register(function: Callable[[Database], None]) -> Callable[[Database], None]:
        _REGISTERED.append((name, function))
        return function

    return register


@cache
def migrations() -> Migrations:
    """The registered migrations as sqlite-utils' ``Migrations`` (imported when first needed)."""
    from sqlite_utils.migrations import Migrations

    found = Migrations(MIGRATION_SET)
    for name, function in _REGISTERED:
        found(name=name)(function)
    return found

_WID = "workshop_id INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE"
_ITEM_KEEP = "agenda_item_id INTEGER REFERENCES agenda_items(id) ON DELETE SET NULL"
_ITEM_DROP = "agenda_item_id INTEGER REFERENCES agenda_items(id) ON DELETE CASCADE"
_TEXT = "TEXT NOT NULL DEFAULT ''"
_INT = "INTEGER NOT NULL DEFAULT 0"

INITIAL_SCHEMA = f"""
CREATE TABLE workshops (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT NOT NULL,
    organisation {_TEXT}, date {_TEXT}, start_time TEXT NOT NULL DEFAULT '09:00',
    planned_minutes INTEGER NOT NULL DEFAULT 90,
    location {_TEXT}, facilitator {_TEXT}, language TEXT NOT NULL DEFAULT 'en',
    created_at {_TEXT}, updated_at {_TEXT}
) STRICT;
CREATE TABLE participants (
    id INTEGER PRIMARY KEY AUTOINCREMENT, {_WID},
    name TEXT NOT NULL, role {_TEXT}, team {_TEXT}, side TEXT NOT NULL DEFAULT 'other',
    email {_TEXT}, position {_INT}
) STRICT;
CREATE TABLE agenda_items (
    id INTEGER PRIMARY KEY AUTOINCREMENT, {_WID},
    position {_INT}, title TEXT NOT NULL, minutes {_INT},
    kind TEXT NOT NULL DEFAULT 'exercise', pack_id {_TEXT}, exercise_id {_TEXT},
    exercise TEXT, actual_seconds INTEGER, started_at {_TEXT}, ended_at {_TEXT}
) STRICT;
CREATE TABLE notes (
    id INTEGER PRIMARY KEY AUTOINCREMENT, {_WID}, {_ITEM_KEEP},
    text TEXT NOT NULL, private {_INT}, created_at {_TEXT}, updated_at {_TEXT}
) STRICT;
CREATE TABLE clusters (
    id INTEGER PRIMARY KEY AUTOINCREMENT, {_WID}, {_ITEM_KEEP},
    name TEXT NOT NULL, position {_INT}
) STRICT;
CREATE TABLE cards (
    id INTEGER PRIMARY KEY AUTOINCREMENT, {_WID}, {_ITEM_KEEP},
    participant_id INTEGER REFERENCES participants(id) ON DELETE SET NULL,
    cluster_id INTEGER REFERENCES clusters(id) ON DELETE SET NULL,
    text TEXT NOT NULL, position {_INT}
) STRICT;
CREATE TABLE votes (
    id INTEGER PRIMARY KEY AUTOINCREMENT, {_WID}, {_ITEM_DROP},
    card_id INTEGER NOT NULL REFERENCES cards(id) ON DELETE CASCADE,
    participant_id INTEGER REFERENCES participants(id) ON DELETE CASCADE,
    count INTEGER NOT NULL CHECK (count > 0)
) STRICT;
CREATE UNIQUE INDEX votes_one_per_voter
    ON votes (ifnull(agenda_item_id, 0), card_id, ifnull(participant_id, 0));
CREATE TABLE ratings (
    id INTEGER PRIMARY KEY AUTOINCREMENT, {_WID}, {_ITEM_DROP},
    participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    criterion TEXT NOT NULL, value INTEGER NOT NULL
) STRICT;
CREATE UNIQUE INDEX ratings_one_per_rater
    ON ratings (ifnull(agenda_item_id, 0), participant_id, criterion);
CREATE TABLE actions (
    id INTEGER PRIMARY KEY AUTOINCREMENT, {_WID}, {_ITEM_KEEP},
    text TEXT NOT NULL, due {_TEXT}, measure {_TEXT}, strategy {_TEXT}, support {_TEXT},
    checkin {_TEXT}, status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
    position {_INT}
) STRICT;
CREATE TABLE action_owners (
    action_id INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
    participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    position {_INT},
    PRIMARY KEY (action_id, participant_id)
) STRICT;
CREATE TABLE placements (
    id INTEGER PRIMARY KEY AUTOINCREMENT, {_WID}, {_ITEM_DROP},
    card_id INTEGER REFERENCES cards(id) ON DELETE CASCADE,
    action_id INTEGER REFERENCES actions(id) ON DELETE CASCADE,
    x REAL NOT NULL, y REAL NOT NULL,
    CHECK (card_id IS NOT NULL OR action_id IS NOT NULL)
) STRICT;
CREATE UNIQUE INDEX placements_one_per_thing
    ON placements (ifnull(agenda_item_id, 0), ifnull(card_id, 0), ifnull(action_id, 0));
CREATE TABLE run_state (
    workshop_id INTEGER PRIMARY KEY REFERENCES workshops(id) ON DELETE CASCADE,
    {_ITEM_KEEP},
    step_index {_INT}, timer_running {_INT}, timer_elapsed REAL NOT NULL DEFAULT 0,
    timer_started_at REAL, timer_extra_minutes {_INT}, projector_blank {_INT},
    reveal_results {_INT}, started_at {_TEXT}, ended_at {_TEXT}
) STRICT;
"""

#: Child columns that point at a parent: each gets an index (fast cascades and lookups).
INDEXED_COLUMNS = {
    "participants": ["workshop_id"], "agenda_items": ["workshop_id"],
    "notes": ["workshop_id", "agenda_item_id"], "clusters": ["workshop_id", "agenda_item_id"],
    "cards": ["workshop_id", "agenda_item_id", "participant_id", "cluster_id"],
    "votes": ["workshop_id", "card_id", "participant_id", "agenda_item_id"],
    "ratings": ["workshop_id", "participant_id", "agenda_item_id"],
    "actions": ["workshop_id", "agenda_item_id"], "action_owners": ["participant_id"],
    "placements": ["workshop_id", "card_id", "action_id", "agenda_item_id"],
    "run_state": ["agenda_item_id"],
}


@_migration("0001_initial")
def _initial(db: Database) -> None:
    db.executescript(INITIAL_SCHEMA)
    for table, columns in INDEXED_COLUMNS.items():
        for column in columns:
            db.execute(f"CREATE INDEX {table}_{column} ON {table} ({column})")


@_migration("0002_participants_absent")
def _participants_absent(db: Database) -> None:
    """Participants can be marked absent (kept in the record, out of new capture and printing)."""
    db["participants"].add_column("absent", int, not_null_default=0)


@_migration("0003_counted_votes")
def _counted_votes(db: Database) -> None:
    """Each agenda item keeps how its dots are entered: per participant (0) or counted totals (1)."""
    db.execute("ALTER TABLE agenda_items ADD COLUMN counted_votes INTEGER NOT NULL DEFAULT 0 "
               "CHECK (counted_votes IN (0, 1))")


@_migration("0004_workshops_by_date")
def _workshops_by_date(db: Database) -> None:
    """The workshop list's order (latest date first) as an index: the window's first frame reads
    its first rows without sorting every workshop."""
    db.execute("CREATE INDEX workshops_date_id ON workshops (date, id)")


@_migration("0005_agreed_choices")
def _agreed_choices(db: Database) -> None:
    """What the room agreed to take forward: a dot vote's options (cards) and what was placed on a
    matrix (a quick win or big bet) can be marked chosen. Nothing existing is chosen."""
    for table in ("cards", "placements"):
        db.execute(f"ALTER TABLE {table} ADD COLUMN chosen INTEGER NOT NULL DEFAULT 0 "
                   "CHECK (chosen IN (0, 1))")


@_migration("0006_checkin_with")
def _checkin_with(db: Database) -> None:
    """An action names whom its owners check in with (the check-in date is ``checkin``)."""
    db.execute(f"ALTER TABLE actions ADD COLUMN checkin_with {_TEXT}")


@_migration("0007_follow_up")
def _follow_up(db: Database) -> None:
    """A workshop names its follow-up session: a date (``YYYY-MM-DD``) and an optional time
    (``HH:MM``) in two columns, both empty when not set (as in every older workshop)."""
    for column in ("follow_up_date", "follow_up_time"):
        db.execute(f"ALTER TABLE workshops ADD COLUMN {column} {_TEXT}")


CHECKINS_SCHEMA = f"""
CREATE TABLE checkins (
    id INTEGER PRIMARY KEY AUTOINCREMENT, {_WID},
    title {_TEXT}, date TEXT NOT NULL, time {_TEXT},
    started_at {_TEXT}, ended_at {_TEXT}, created_at {_TEXT}, updated_at {_TEXT}
) STRICT;
CREATE TABLE checkin_attendees (
    checkin_id INTEGER NOT NULL REFERENCES checkins(id) ON DELETE CASCADE,
    participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    position {_INT},
    PRIMARY KEY (checkin_id, participant_id)
) STRICT;
CREATE TABLE action_reviews (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    checkin_id INTEGER NOT NULL REFERENCES checkins(id) ON DELETE CASCADE,
    action_id INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN ({", ".join(f"'{s}'" for s in REVIEW_STATUSES)})),
    note {_TEXT}, helps {_TEXT}, revised_due {_TEXT}, private_note {_TEXT}, updated_at {_TEXT},
    UNIQUE (checkin_id, action_id)
) STRICT;
CREATE TABLE checkin_commitments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    checkin_id INTEGER NOT NULL REFERENCES checkins(id) ON DELETE CASCADE,
    text TEXT NOT NULL, due {_TEXT}, measure {_TEXT}, strategy {_TEXT}, support {_TEXT},
    position {_INT}
) STRICT;
CREATE TABLE checkin_commitment_owners (
    commitment_id INTEGER NOT NULL REFERENCES checkin_commitments(id) ON DELETE CASCADE,
    participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    position {_INT},
    PRIMARY KEY (commitment_id, participant_id)
) STRICT;
CREATE INDEX checkins_workshop_id ON checkins (workshop_id, date, time);
CREATE INDEX checkin_attendees_participant_id ON checkin_attendees (participant_id);
CREATE INDEX action_reviews_action_id ON action_reviews (action_id);
CREATE INDEX checkin_commitments_checkin_id ON checkin_commitments (checkin_id);
CREATE INDEX checkin_commitment_owners_participant_id ON checkin_commitment_owners (participant_id);
"""


@_migration("0008_checkins")
def _checkins(db: Database) -> None:
    """Follow-through: check-in sessions after a workshop (who attends), what each found for the
    workshop's actions (one review per check-in and action) and the new commitments made there.
    Deleting a workshop deletes its check-ins; deleting an action deletes its reviews.

    Statement by statement (``executescript`` would commit the migration's transaction first)."""
    for statement in CHECKINS_SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)


@_migration("0009_commitment_reviews")
def _commitment_reviews(db: Database) -> None:
    """A later check-in reviews a commitment made at an earlier one: ``action_reviews`` gets
    ``commitment_id`` (deleting the commitment deletes its reviews) and ``action_id`` may be
    NULL; a review names exactly one of them (CHECK), once per check-in (UNIQUE each).

    SQLite cannot make a column nullable: ``transform`` rebuilds the table with every row and
    index (the column's CHECK and REFERENCES come along; no table points at this one, so it
    runs inside the migration's transaction)."""
    db.execute("ALTER TABLE action_reviews ADD COLUMN commitment_id INTEGER "
               "REFERENCES checkin_commitments(id) ON DELETE CASCADE "
               "CHECK ((action_id IS NULL) <> (commitment_id IS NULL))")
    db["action_reviews"].transform(not_null={"action_id": False},
                                   column_order=["id", "checkin_id", "action_id", "commitment_id"])
    db.execute("CREATE UNIQUE INDEX action_reviews_one_per_commitment "
               "ON action_reviews (checkin_id, commitment_id)")
    db.execute("CREATE INDEX action_reviews_commitment_id ON action_reviews (commitment_id)")


@_migration("0010_room")
def _room(db: Database) -> None:
    """Room mode (participants answering from phones): a card from a phone waits in the console
    (``held``) until the facilitator reveals it; a ``hidden`` card never reaches the projector;
    an agenda item is answered ``anonymous``ly or not (NULL: as its exercise says); the replies
    to the phones' answer ids (``room_answers``, the last ones per workshop) so that an answer
    sent again after a lost reply, a closed room or a restart is stored once. An answer id is
    the phone's random number for one answer: nothing in the table names a device or a person."""
    db.execute("ALTER TABLE cards ADD COLUMN held INTEGER NOT NULL DEFAULT 0 CHECK (held IN (0, 1))")
    db.execute("ALTER TABLE cards ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1))")
    db.execute("ALTER TABLE agenda_items ADD COLUMN anonymous INTEGER CHECK (anonymous IN (0, 1))")
    db.execute(f"""CREATE TABLE room_answers (
        id INTEGER PRIMARY KEY AUTOINCREMENT, {_WID},
        answer_id TEXT NOT NULL, reply TEXT NOT NULL
    ) STRICT""")
    db.execute("CREATE UNIQUE INDEX room_answers_once ON room_answers (workshop_id, answer_id)")


KNOWN_MIGRATIONS = frozenset(name for name, _function in _REGISTERED)
SCHEMA_VERSION = len(KNOWN_MIGRATIONS)


def newer_error(path: Path, found: int | str) -> DatabaseNewerError:
    return DatabaseNewerError(translate(
        "Storage",
        "{path} was written by a newer version of {app} (database version {found}; this version "
        "understands up to {ours}). It was left untouched: install the newer version to open it, "
        "or start this version with another data folder.",
    ).format(path=path, app=APP_NAME, found=found, ours=SCHEMA_VERSION))


def check_header_not_newer(path: Path) -> None:
    """Raise DatabaseNewerError if the file's header says a newer app wrote it (reads bytes only)."""
    try:
        version = header_user_version(path)
    except OSError:
        return  # reported by whoever opens the file next
    if version is not None and version > SCHEMA_VERSION:
        raise newer_error(path, version)


def _applied(conn: sqlite3.Connection) -> set[str]:
    """The names of the migrations applied to this database (read with plain sqlite3)."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                    [MIGRATIONS_TABLE]).fetchone() is None:
        return set()
    # Whole rows, as sqlite-utils reads them: a damaged table fails the opening here (its
    # index alone would answer for the names).
    return {r[0] for r in conn.execute(f"SELECT name, applied_at FROM {MIGRATIONS_TABLE} "
                                       "WHERE migration_set = ?", [MIGRATION_SET])}


def check_not_newer(conn: sqlite3.Connection, path: Path) -> None:
    """Raise DatabaseNewerError (before any write) if a newer app wrote this database."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise newer_error(path, version)
    unknown = _applied(conn) - KNOWN_MIGRATIONS
    if unknown:
        raise newer_error(path, ", ".join(sorted(unknown)))


def written_before(conn: sqlite3.Connection) -> bool:
    """Whether the database holds a schema already (an older version's, when :func:`behind`)."""
    return bool(_applied(conn))


def behind(conn: sqlite3.Connection) -> bool:
    """Whether :func:`migrate` has anything to do: a migration or the schema version missing, or
    the search index incomplete."""
    return (conn.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION
            or _applied(conn) != KNOWN_MIGRATIONS or bool(incomplete_search_indexes(conn)))


def migrate(db: Database) -> None:
    """Apply pending migrations, record the schema version, repair the search index."""
    if migrations().pending(db):
        migrations().apply(db)
    if db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    ensure_search_index(db)
