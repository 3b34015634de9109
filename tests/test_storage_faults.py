"""Faults: a process killed at random moments, a full disk, a read-only database.

The kill tests use SIGKILL, so they show that nothing the app reported as
saved is lost when the *process* dies at any moment (SQLite's transactions,
WAL and synchronous=FULL). They do not cut the power: data still in the
operating system's buffers survives a SIGKILL.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from workshop_app.model.workshop import Note, Participant, Workshop
from workshop_app.storage import StorageError, StorageWriteError, check_backup, list_backups, open_store

from storage_helpers import fill_workshop

HELPER = Path(__file__).with_name("storage_helpers.py")
KILLS = 25


@pytest.fixture
def store(data_dir):
    store, _ = open_store(data_dir)
    yield store
    store.close()


def _wait_for_output(path: Path, proc: subprocess.Popen, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not (path.exists() and path.stat().st_size > 0):
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"the writer did not start: {proc.stderr.read().decode() if proc.stderr else ''}")
        time.sleep(0.005)


def test_sigkill_at_random_moments_loses_nothing_reported_saved(data_dir, tmp_path):
    store, _ = open_store(data_dir)
    wid = store.create_workshop(Workshop(title="Crash test")).id
    owners = [p.id for p in store.add_participants(wid, [Participant(name="A"), Participant(name="B")])]
    store.close()
    rng = random.Random(20261122)
    reported: dict[tuple[str, int], int] = {}
    for round_ in range(KILLS):
        out = tmp_path / f"round-{round_}.txt"
        with open(out, "wb") as fh:
            proc = subprocess.Popen([sys.executable, str(HELPER), "write", str(data_dir.root), str(wid)],
                                    stdout=fh, stderr=subprocess.PIPE)
        _wait_for_output(out, proc)
        time.sleep(rng.uniform(0, 0.15))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        proc.stderr.close()
        lines = out.read_text(encoding="utf-8").splitlines(keepends=True)
        for line in lines:
            if line.endswith("\n"):  # a line cut by the kill does not count as reported
                kind, item_id, n = line.split()
                reported[(kind, int(item_id))] = int(n)
    assert len(reported) > KILLS

    store, notices = open_store(data_dir)
    try:
        assert notices == []
        assert store.integrity_check() == []
        notes = {n.id: n.text for n in store.list_notes(wid)}
        actions = {a.id: a for a in store.list_actions(wid)}
        for (kind, item_id), n in reported.items():
            if kind == "note":
                assert notes.get(item_id) == f"note {n} 加强沟通"
            else:
                assert actions[item_id].text == f"action {n}"
        assert all(a.owners == owners for a in actions.values())  # action + owners: all or nothing
        assert len(store.search("加强沟通")) == min(50, len(notes))
    finally:
        store.close()
    for backup in list_backups(data_dir.backups):
        check_backup(backup.path)  # an interrupted backup never looks like a good one


def test_import_killed_midway_leaves_no_partial_workshop(data_dir, tmp_path):
    store, _ = open_store(data_dir)
    data = store.export_workshop(fill_workshop(store))
    store.delete_workshop(store.list_workshops()[0].id)
    store.close()
    data["notes"] = [{"text": f"note {i}", "private": False} for i in range(400)]
    file = tmp_path / "big.json"
    file.write_text(json.dumps(data), encoding="utf-8")
    proc = subprocess.Popen([sys.executable, str(HELPER), "import", str(data_dir.root), str(file)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        line = proc.stdout.readline()
        assert line == b"midway\n", proc.stderr.read().decode()
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        proc.stderr.close()
    store, notices = open_store(data_dir)
    try:
        assert notices == []
        assert store.integrity_check() == []
        assert store.list_workshops() == []
        for table in ("participants", "agenda_items", "notes", "cards", "actions", "action_owners"):
            assert store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
        assert store.import_workshop(data) > 0  # the same file imports fine afterwards
    finally:
        store.close()


def _limit_pages(store, extra_pages: int = 0) -> None:
    """Simulate a full disk: the database may not grow beyond its current size."""
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages + extra_pages}")


def _unlimit_pages(store) -> None:
    store.db.execute("PRAGMA max_page_count = 4294967294")


def test_full_disk_is_reported_nothing_half_written_and_retry_succeeds(store):
    wid = store.create_workshop(Workshop(title="Full")).id
    note = store.save_note(Note(text="short", workshop_id=wid))
    _limit_pages(store)
    note.text = "typed while the disk was full " * 5000
    with pytest.raises(StorageWriteError, match="disk is full"):
        store.save_note(note)
    assert [n.text for n in store.list_notes(wid)] == ["short"]  # still readable, old text intact
    _unlimit_pages(store)  # space is back
    store.save_note(note)
    assert store.list_notes(wid)[0].text == note.text
    assert store.integrity_check() == []


def test_full_disk_during_an_import_leaves_nothing(store):
    data = store.export_workshop(fill_workshop(store))
    data["notes"] = [{"text": "x" * 2000} for _ in range(200)]
    _limit_pages(store, extra_pages=20)
    with pytest.raises(StorageWriteError):
        store.import_workshop(data)
    assert len(store.list_workshops()) == 1
    _unlimit_pages(store)
    store.import_workshop(data)
    assert len(store.list_workshops()) == 2


def test_read_only_database_is_reported_and_retry_succeeds(store):
    """Simulates a read-only folder by the error SQLite gives for it (SQLITE_READONLY).

    The tests run as root, for whom chmod does not stop writes, so the connection is
    made read-only with PRAGMA query_only, which fails writes with that same error.
    """
    wid = store.create_workshop(Workshop(title="RO")).id
    store.db.execute("PRAGMA query_only = ON")
    with pytest.raises(StorageWriteError, match="read-only") as caught:
        store.save_note(Note(text="kept on screen", workshop_id=wid))
    assert str(store.path) in str(caught.value)
    assert store.list_notes(wid) == []
    store.db.execute("PRAGMA query_only = OFF")
    store.save_note(Note(text="kept on screen", workshop_id=wid))
    assert [n.text for n in store.list_notes(wid)] == ["kept on screen"]


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root ignores chmod")
def test_read_only_folder_at_start_is_a_clear_error(data_dir):
    store, _ = open_store(data_dir)
    store.close()
    data_dir.database.chmod(0o444)
    data_dir.root.chmod(0o555)
    try:
        with pytest.raises(StorageError, match=str(data_dir.database)):
            open_store(data_dir)[0].save_note(Note(text="x", workshop_id=1))
    finally:
        data_dir.root.chmod(0o755)
        data_dir.database.chmod(0o644)
