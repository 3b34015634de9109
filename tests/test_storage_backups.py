"""Backups, thinning, restore, recovery from a damaged database, refusal of a newer one."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from workshop_app.model.workshop import Note, Workshop
from workshop_app.storage import (
    DatabaseNewerError,
    StorageError,
    Store,
    backup_now,
    list_backups,
    maybe_backup,
    open_store,
    restore_backup,
    thin_backups,
)
from workshop_app.storage.recovery import integrity_problem, recover_store
from workshop_app.storage.schema import SCHEMA_VERSION

from storage_helpers import fill_workshop, titles

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def store(data_dir):
    store, _ = open_store(data_dir)
    yield store
    store.close()


def test_backup_is_a_complete_self_contained_database(store, data_dir):
    wid = fill_workshop(store)
    path = backup_now(store, data_dir.backups, "Run start!", now=NOW)
    assert path.name == "workshops-20261122T120000Z-run-start.db"
    assert not path.with_name(path.name + "-wal").exists()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("SELECT count(*) FROM notes WHERE workshop_id = ?", [wid]).fetchone()[0] == 2
    conn.close()
    second = backup_now(store, data_dir.backups, "run start", now=NOW)  # same second: a new name
    assert second != path and second.exists()


def test_backup_of_a_missing_database_creates_nothing(tmp_path):
    with pytest.raises(StorageError, match="no database to back up"):
        backup_now(tmp_path / "missing.db", tmp_path / "backups")
    assert not (tmp_path / "missing.db").exists()


def test_list_backups_newest_first_ignoring_other_files(store, data_dir):
    for minutes in (0, 90, 30):
        backup_now(store, data_dir.backups, "auto", now=NOW + timedelta(minutes=minutes), thin=False)
    (data_dir.backups / ".workshops-20261122T130000Z-auto.db.tmp").write_bytes(b"half")
    (data_dir.backups / "notes.txt").write_text("not a backup")
    found = list_backups(data_dir.backups)
    assert [b.created for b in found] == [NOW + timedelta(minutes=m) for m in (90, 30, 0)]
    assert {b.reason for b in found} == {"auto"}


def test_thinning_keeps_recent_daily_and_weekly_backups(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    Store(tmp_path / "one.db").close()  # a database of ours that does not say when it was taken
    made = [NOW - timedelta(hours=6 * i) for i in range(4 * 90)]  # every 6 hours for 90 days
    for when in made:
        shutil.copy(tmp_path / "one.db", folder / f"workshops-{when:%Y%m%dT%H%M%SZ}-auto.db")
    deleted = thin_backups(folder, now=NOW)
    kept = [b.created for b in list_backups(folder)]
    assert len(kept) + len(deleted) == len(made)
    assert kept[:10] == made[:10]  # the ten most recent
    for day in range(14):  # one a day for two weeks
        assert any(k.date() == (NOW - timedelta(days=day)).date() for k in kept)
    older = [k.isocalendar()[:2] for k in kept if NOW - k > timedelta(days=14)]
    assert len(older) == len(set(older)) >= 6  # then one a week...
    assert all(NOW - k <= timedelta(weeks=8) for k in kept)  # ...for eight weeks
    assert len(kept) < 30
    assert thin_backups(folder, now=NOW) == []  # thinning again changes nothing


def test_maybe_backup_only_when_data_changed_and_30_minutes_passed(store, data_dir):
    backups = data_dir.backups
    assert maybe_backup(store, backups, now=NOW) is None  # a brand-new, untouched database
    wid = store.create_workshop(Workshop(title="T")).id
    first = maybe_backup(store, backups, now=NOW)
    assert first is not None
    store.save_note(Note(text="x", workshop_id=wid))
    assert maybe_backup(store, backups, now=NOW + timedelta(minutes=10)) is None  # too soon
    assert maybe_backup(store, backups, now=NOW + timedelta(minutes=31)) is not None
    assert maybe_backup(store, backups, now=NOW + timedelta(minutes=90)) is None  # nothing new
    assert len(list_backups(backups)) == 2


def test_restore_brings_back_the_backup_and_keeps_the_replaced_database(store, data_dir):
    fill_workshop(store, "Before")
    backup = backup_now(store, data_dir.backups, "manual")
    store.create_workshop(Workshop(title="After"))
    store.close()
    moved = restore_backup(data_dir, backup)
    assert titles(data_dir) == ["Before"]
    assert moved.parent == data_dir.quarantine
    kept = sqlite3.connect(moved)
    assert {r[0] for r in kept.execute("SELECT title FROM workshops")} == {"Before", "After"}
    kept.close()


def test_a_damaged_backup_is_not_restored(store, data_dir):
    fill_workshop(store, "Current")
    backup = backup_now(store, data_dir.backups, "manual")
    store.close()
    with open(backup, "r+b") as fh:
        fh.seek(0)
        fh.write(b"garbage" * 20)
    before = digest(data_dir.database)
    with pytest.raises(StorageError, match="not a workshop database backup"):
        restore_backup(data_dir, backup)
    assert digest(data_dir.database) == before
    assert not data_dir.quarantine.exists()


def _damage_header(path):
    with open(path, "r+b") as fh:
        fh.write(b"\x00garbage over the header\x00" * 8)


def _damage_pages(path):
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        fh.seek(4096)
        fh.write(b"\xde\xad\xbe\xef" * ((size - 4096) // 4))


def _damage_migrations(path):
    """Only the migrations' table: the header and the schema read fine, opening the Store fails."""
    with sqlite3.connect(path) as conn:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = '_sqlite_migrations'"
                            ).fetchone()[0]
        page = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(path, "r+b") as fh:
        fh.seek((root - 1) * page)
        fh.write(b"\xde\xad" * (page // 2))


@pytest.mark.parametrize("quick_check", [True, False], ids=["checked-at-open", "check-deferred"])
@pytest.mark.parametrize("damage", [_damage_header, _damage_pages, _damage_migrations])
def test_damaged_database_is_moved_aside_and_newest_good_backup_restored(data_dir, damage, quick_check):
    store, _ = open_store(data_dir)
    store.create_workshop(Workshop(title="Old"))
    backup_now(store, data_dir.backups, "auto", now=NOW - timedelta(days=1))
    store.create_workshop(Workshop(title="Backed up"))
    newest = backup_now(store, data_dir.backups, "run-end", now=NOW)
    store.create_workshop(Workshop(title="Lost"))
    store.close()
    damage(data_dir.database)
    damaged_digest = digest(data_dir.database)

    store, notices = open_store(data_dir, quick_check=quick_check)
    store.close()
    assert titles(data_dir) == ["Backed up", "Old"]
    [notice] = notices
    assert "moved to" in notice and str(data_dir.quarantine) in notice
    assert list_backups(data_dir.backups)[0].local_time() in notice and "missing" in notice
    [kept] = [p for p in data_dir.quarantine.iterdir() if p.suffix == ".db"]
    assert digest(kept) == damaged_digest  # kept as it was, never deleted
    assert newest.exists()


def test_a_damaged_newest_backup_is_skipped(data_dir):
    store, _ = open_store(data_dir)
    store.create_workshop(Workshop(title="Good"))
    backup_now(store, data_dir.backups, "auto", now=NOW - timedelta(hours=1))
    bad = backup_now(store, data_dir.backups, "auto", now=NOW)
    store.close()
    _damage_header(bad)
    _damage_header(data_dir.database)
    store, notices = open_store(data_dir)
    store.close()
    assert titles(data_dir) == ["Good"]
    assert (NOW - timedelta(hours=1)).astimezone().strftime("%Y-%m-%d %H:%M") in notices[0]


def test_damaged_database_without_backups_starts_empty_and_says_so(data_dir):
    store, _ = open_store(data_dir)
    store.create_workshop(Workshop(title="Only copy"))
    store.close()
    _damage_header(data_dir.database)
    store, notices = open_store(data_dir)
    assert store.list_workshops() == []
    store.close()
    assert "No usable backup" in notices[0] and "moved" in notices[0]
    assert len(list(data_dir.quarantine.glob("*.db"))) == 1


def _newer_by_version(path):
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()


def _newer_by_migration(path):
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('workshop_app', '9999_from_the_future', 'later')")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("make_newer", [_newer_by_version, _newer_by_migration])
def test_newer_database_is_refused_and_left_untouched(data_dir, make_newer):
    store, _ = open_store(data_dir)
    store.create_workshop(Workshop(title="From the future"))
    store.close()
    make_newer(data_dir.database)
    before = digest(data_dir.database)
    with pytest.raises(DatabaseNewerError, match="newer version") as caught:
        open_store(data_dir)
    assert str(data_dir.database) in str(caught.value)
    with pytest.raises(DatabaseNewerError):
        Store(data_dir.database)
    assert digest(data_dir.database) == before
    assert not data_dir.quarantine.exists()
    assert sorted(p.name for p in data_dir.root.glob("workshops.db*")) == ["workshops.db"]


def test_newer_backup_is_not_restored(store, data_dir):
    backup = backup_now(store, data_dir.backups, "manual")
    _newer_by_version(backup)
    store.close()
    with pytest.raises(DatabaseNewerError):
        restore_backup(data_dir, backup)


def test_damage_found_while_running_is_a_clear_error_and_recovered_at_next_start(data_dir):
    store, _ = open_store(data_dir)
    wid = store.create_workshop(Workshop(title="Busy")).id
    for i in range(100):
        store.save_note(Note(text=f"note {i} " * 50, workshop_id=wid))
    backup_now(store, data_dir.backups, "auto")
    root = store.db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'notes'").fetchone()[0]
    page = store.db.execute("PRAGMA page_size").fetchone()[0]
    store.close()
    with open(data_dir.database, "r+b") as fh:
        fh.seek((root - 1) * page)
        fh.write(b"\xde\xad" * (page // 2))
    with Store(data_dir.database) as damaged, pytest.raises(StorageError, match="is damaged"):
        damaged.list_notes(wid)
    store, notices = open_store(data_dir)
    try:
        assert len(store.list_notes(wid)) == 100 and "restored" in notices[0]
    finally:
        store.close()


def _damage_notes(store: Store) -> None:
    """Overwrite the notes table's root page on disk (the header and the migrations stay sound)."""
    root = store.db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'notes'").fetchone()[0]
    page = store.db.execute("PRAGMA page_size").fetchone()[0]
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with open(store.path, "r+b") as fh:
        fh.seek((root - 1) * page)
        fh.write(b"\xde\xad" * (page // 2))


def test_damage_found_after_opening_is_recovered_under_the_open_store(data_dir):
    """The window opens without reading the file through; the check that follows finds the
    damage, and the store in use is recovered as at start-up and reopened on the backup."""
    store, _ = open_store(data_dir)
    wid = store.create_workshop(Workshop(title="Backed up")).id
    for i in range(100):
        store.save_note(Note(text=f"note {i} " * 50, workshop_id=wid))
    backup_now(store, data_dir.backups, "auto")
    store.create_workshop(Workshop(title="Typed after the backup"))
    _damage_notes(store)
    store.close()
    damaged_digest = digest(data_dir.database)
    store, notices = open_store(data_dir, quick_check=False)
    try:
        assert notices == [], "opening does not read the file through"
        problem = integrity_problem(data_dir.database)
        assert problem
        [notice] = recover_store(store, data_dir, problem)
        assert "moved to" in notice and "restored" in notice and "missing" in notice
        assert [w.title for w in store.list_workshops()] == ["Backed up"]
        assert len(store.list_notes(wid)) == 100
        assert integrity_problem(data_dir.database) is None
        [kept] = [p for p in data_dir.quarantine.iterdir() if p.suffix == ".db"]
        assert digest(kept) == damaged_digest  # kept as it was, never deleted
    finally:
        store.close()


def test_the_check_stops_when_cancelled_and_reports_nothing(data_dir):
    """The window cancels its check when it closes first: a check cut short finds nothing (the
    next start checks again), it never calls a sound file damaged or moves anything."""
    store, _ = open_store(data_dir)
    wid = store.create_workshop(Workshop(title="Busy")).id
    for i in range(100):
        store.save_note(Note(text=f"note {i} " * 50, workshop_id=wid))
    _damage_notes(store)
    store.close()
    asked: list[bool] = []

    def cancelled() -> bool:
        asked.append(True)
        return True

    assert integrity_problem(data_dir.database, cancelled) is None
    assert asked, "the check asks whether to go on while it reads"
    assert integrity_problem(data_dir.database) is not None
    assert not data_dir.quarantine.exists()


def test_a_database_of_an_older_version_is_backed_up_before_it_is_updated(data_dir):
    """Opening a database an older app wrote updates its schema; the file as it was is kept
    first, as a backup that the older version could restore."""
    from sqlite_utils import Database

    from workshop_app.storage.schema import migrations

    old = Database(data_dir.database)
    migrations().apply(old, stop_before="0004_workshops_by_date")
    old.execute("PRAGMA user_version = 3")
    old["workshops"].insert({"id": 1, "title": "Kept as it was"})
    old.conn.commit()
    old.close()
    store, notices = open_store(data_dir)
    store.close()
    backups = list_backups(data_dir.backups)
    assert [b.reason for b in backups] == ["before-update"]
    kept = sqlite3.connect(backups[0].path)
    try:
        names = {r[0] for r in kept.execute("SELECT name FROM _sqlite_migrations")}
        assert "0004_workshops_by_date" not in names and "0003_counted_votes" in names
        assert kept.execute("SELECT title FROM workshops").fetchall() == [("Kept as it was",)]
    finally:
        kept.close()
    again, _ = open_store(data_dir)  # up to date now: no second backup
    again.close()
    assert len(list_backups(data_dir.backups)) == 1


def test_a_new_database_is_not_backed_up(data_dir):
    store, _ = open_store(data_dir)
    store.close()
    assert list_backups(data_dir.backups) == []
