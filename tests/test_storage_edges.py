"""Storage edges with real files: an empty database, foreign files among the backups, a backup
stamped in the future, restoring another program's database or the live one onto itself."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from workshop_app.model.workshop import Workshop
from workshop_app.paths import DataDir
from workshop_app.storage import (
    StorageError,
    backup_now,
    list_backups,
    maybe_backup,
    open_store,
    restore_backup,
)

from storage_helpers import titles

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
FOREIGN = "not a backup of this app"
MINIMAL = str(Path(__file__).parent / "data" / "workshops" / "minimal.json")


def other_apps_database(path: Path, application_id: int = 0) -> Path:
    conn = sqlite3.connect(path)
    if application_id:
        conn.execute(f"PRAGMA application_id = {application_id}")
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.execute("INSERT INTO songs VALUES ('Ode')")
    conn.commit()
    conn.close()
    return path


def drop_foreign_files(backups: Path) -> None:
    """A note, a name with an impossible time, a folder, and another app's database named like ours."""
    (backups / "notes.txt").write_text("not a backup")
    shutil.copy(next(backups.glob("workshops-*.db")), backups / "workshops-20261399T999999Z-manual.db")
    (backups / "old stuff").mkdir()
    other_apps_database(backups / "workshops-20261001T000000Z-manual.db")


def cli_data(run_cli, tmp_path) -> DataDir:
    assert run_cli("workshops", "import", MINIMAL)[0] == 0
    return DataDir(tmp_path / "cli-data")


# -- an empty database file ----------------------------------------------------------------------

def test_an_empty_database_file_with_a_good_backup_is_recovered_and_said(data_dir):
    store, _ = open_store(data_dir)
    store.create_workshop(Workshop(title="Kept"))
    backup_now(store, data_dir.backups, "manual")
    store.close()
    data_dir.database.write_bytes(b"")

    store, notices = open_store(data_dir)
    store.close()
    assert titles(data_dir) == ["Kept"]
    [notice] = notices
    assert "empty" in notice and str(data_dir.quarantine) in notice and "restored" in notice
    [moved] = data_dir.quarantine.glob("*.db")
    assert moved.stat().st_size == 0  # kept as it was


def test_an_empty_database_file_without_backups_is_a_new_database(data_dir):
    data_dir.database.write_bytes(b"")
    store, notices = open_store(data_dir)
    store.close()
    assert notices == [] and not data_dir.quarantine.exists()


def test_an_empty_database_is_recovered_through_the_command_line(run_cli, tmp_path):
    data = cli_data(run_cli, tmp_path)
    assert run_cli("backup")[0] == 0
    data.database.write_bytes(b"")
    code, out, err = run_cli("workshops", "list", "--json")
    assert code == 0 and [w["title"] for w in json.loads(out)] == ["Leadership meets operations"]
    assert "empty" in err and "restored" in err


def test_the_window_says_an_empty_database_was_recovered(qtbot, ctx):
    from workshop_app.gui.app import open_context
    from workshop_app.gui.main_window import MainWindow
    from workshop_app.services.backups import backup_before

    open_context(ctx)
    ctx.store.create_workshop(Workshop(title="Saved before the backup"))
    assert backup_before(ctx, "manual") is not None
    ctx.close()
    ctx.data_dir.database.write_bytes(b"")
    open_context(ctx)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.show_notices(ctx.notices)
    assert window.notice_box.isVisible()
    text = window.notice_box.text()
    assert "empty" in text and str(ctx.data_dir.quarantine) in text and "restored" in text
    assert window.pages["workshops"].model.rows[0].title == "Saved before the backup"
    window.grab().save("/tmp/storage-empty-db-notice.png")
    window.notice_box.close()


# -- foreign files among the backups -------------------------------------------------------------

def test_foreign_files_are_ignored_and_reported_by_backups_list(run_cli, tmp_path):
    data = cli_data(run_cli, tmp_path)
    good = Path(run_cli("backup")[1].strip())
    drop_foreign_files(data.backups)

    code, out, err = run_cli("backups", "list")
    assert code == 0 and good.name in out and "notes.txt" not in out
    ignored = sorted(line for line in err.splitlines() if line.startswith("ignored: "))
    assert ignored == [f"ignored: {name} ({FOREIGN})" for name in sorted(
        ["notes.txt", "old stuff", "workshops-20261399T999999Z-manual.db",
         "workshops-20261001T000000Z-manual.db"])]

    code, out, err = run_cli("backups", "list", "--json")
    listed = json.loads(out)  # still a list of backups; the ignored files are said on stderr
    assert code == 0 and [b["name"] for b in listed] == [good.name]
    assert sorted(line for line in err.splitlines() if line.startswith("ignored: ")) == ignored


def test_foreign_files_break_no_command_and_are_never_deleted(run_cli, tmp_path):
    data = cli_data(run_cli, tmp_path)
    assert run_cli("backup")[0] == 0
    drop_foreign_files(data.backups)
    foreign = sorted(p.name for p in data.backups.iterdir() if p.name != list_backups(data.backups)[0].name)

    code, out, err = run_cli("backup")
    assert (code, err) == (0, "") and Path(out.strip()).exists()
    code, _out, err = run_cli("restore")
    assert (code, err) == (0, "")
    code, _out, err = run_cli("workshops", "delete", "1")
    assert (code, err) == (0, "")
    assert run_cli("restore")[0] == 0  # the backup taken before the delete
    assert [w["id"] for w in json.loads(run_cli("workshops", "list", "--json")[1])] == [1]
    assert set(foreign) <= {p.name for p in data.backups.iterdir()}


def test_recovery_skips_foreign_files(data_dir):
    store, _ = open_store(data_dir)
    store.create_workshop(Workshop(title="Good"))
    backup_now(store, data_dir.backups, "auto", now=NOW)
    store.close()
    drop_foreign_files(data_dir.backups)
    other_apps_database(data_dir.backups / "workshops-20261121T000000Z-auto.db", application_id=0x1234)
    with open(data_dir.database, "r+b") as fh:
        fh.write(b"garbage " * 20)
    store, notices = open_store(data_dir)
    store.close()
    assert titles(data_dir) == ["Good"] and "restored" in notices[0]


# -- backups stamped in the future ---------------------------------------------------------------

def test_a_backup_named_in_the_future_is_not_the_newest(run_cli, tmp_path):
    data = cli_data(run_cli, tmp_path)
    old = Path(run_cli("backup")[1].strip())
    future = data.backups / "workshops-20990101T000000Z-manual.db"
    shutil.copy2(old, future)  # an old backup, renamed to say 2099
    assert run_cli("workshops", "import", MINIMAL)[0] == 0
    newest = Path(run_cli("backup")[1].strip())

    listed = json.loads(run_cli("backups", "list", "--json")[1])
    assert listed[0]["name"] == newest.name
    assert not listed[0]["created"].startswith("2099") and not listed[-1]["created"].startswith("2099")
    code, out, _ = run_cli("restore", "--json")
    assert code == 0 and json.loads(out)["restored"] == str(newest)
    assert len(json.loads(run_cli("workshops", "list", "--json")[1])) == 2


def test_an_old_style_backup_named_in_the_future_is_ordered_by_its_file_time(data_dir):
    store, _ = open_store(data_dir)
    store.create_workshop(Workshop(title="T"))
    real = backup_now(store, data_dir.backups, "auto", now=NOW, thin=False)
    store.close()
    legacy = data_dir.backups / "workshops-20990101T000000Z-auto.db"
    shutil.copy(real, legacy)
    conn = sqlite3.connect(legacy)  # as written before backups said when they were taken
    conn.execute("DROP TABLE _backup_info")
    conn.commit()
    conn.close()
    when = (NOW - timedelta(days=3)).timestamp()
    os.utime(legacy, (when, when))
    found = list_backups(data_dir.backups, now=NOW)
    assert [b.path for b in found] == [real, legacy]
    assert found[1].created == NOW - timedelta(days=3)


def test_a_backup_dated_in_the_future_does_not_stop_periodic_backups(data_dir):
    store, _ = open_store(data_dir)
    store.create_workshop(Workshop(title="T"))
    # the clock said 2099 when this one was taken (inside and in its name)
    future = backup_now(store, data_dir.backups, "auto", now=datetime(2099, 1, 1, tzinfo=UTC), thin=False)
    later = datetime(2099, 1, 1, tzinfo=UTC).timestamp()
    os.utime(future, (later, later))
    store.create_workshop(Workshop(title="More"))
    made = maybe_backup(store, data_dir.backups, now=NOW)
    assert made is not None
    found = list_backups(data_dir.backups, now=NOW)
    assert found[0].path == made and found[-1].path == future and found[-1].future
    store.close()


# -- restoring a file that is not a backup of ours -----------------------------------------------

@pytest.mark.parametrize("application_id", [0, 0x4C4F4F4B])
def test_restore_refuses_another_apps_database(run_cli, tmp_path, application_id):
    data = cli_data(run_cli, tmp_path)
    other = other_apps_database(tmp_path / "music.db", application_id)
    before = data.database.read_bytes()
    code, out, err = run_cli("restore", str(other))
    assert code == 1 and out == ""
    assert err.strip() == f"workshop-app: {other} is not a backup of this app."
    assert data.database.read_bytes() == before and not data.quarantine.exists()


def test_restore_refuses_the_live_database_onto_itself(run_cli, tmp_path):
    data = cli_data(run_cli, tmp_path)
    for name in (str(data.database), str(tmp_path / "cli-data" / "." / "workshops.db")):
        code, out, err = run_cli("restore", name)
        assert code == 1 and out == ""
        assert "is the database in use" in err and str(data.database) in err
    assert not data.quarantine.exists()
    assert len(json.loads(run_cli("workshops", "list", "--json")[1])) == 1


def test_restore_still_takes_a_backup_written_before_backups_were_stamped(data_dir, tmp_path):
    store, _ = open_store(data_dir)
    store.create_workshop(Workshop(title="Old style"))
    store.close()
    legacy = tmp_path / "legacy.db"
    shutil.copy(data_dir.database, legacy)
    conn = sqlite3.connect(legacy)
    conn.execute("PRAGMA application_id = 0")  # as written before the app stamped its files
    conn.close()
    store, _ = open_store(data_dir)
    store.create_workshop(Workshop(title="Newer"))
    store.close()
    restore_backup(data_dir, legacy)
    assert titles(data_dir) == ["Old style"]


def test_check_backup_names_the_live_file(data_dir):
    store, _ = open_store(data_dir)
    store.close()
    with pytest.raises(StorageError, match="is the database in use"):
        restore_backup(data_dir, data_dir.database)


def test_the_backups_dialog_lists_only_backups_and_names_the_ignored_files(main_window, ctx, qtbot):
    from workshop_app.gui.backups_dialog import BackupsDialog
    from workshop_app.services.backups import backup_before

    ctx.store.create_workshop(Workshop(title="T"))
    good = backup_before(ctx, "manual")
    drop_foreign_files(ctx.data_dir.backups)
    dialog = BackupsDialog(ctx, main_window.hub, main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 1 and [b.path for b in dialog.items] == [good]
    text = dialog.message.text()
    assert "notes.txt" in text and "workshops-20261399T999999Z-manual.db" in text and "old stuff" in text
    dialog.grab().save("/tmp/storage-backups-dialog.png")
    dialog.reject()


def test_another_programs_database_in_our_place_is_moved_aside_untouched(tmp_path):
    """A workshops.db that is another program's (no application id) was migrated into and
    stamped as ours; now it is moved aside as it was, and a new database started."""
    data = DataDir(tmp_path / "data").ensure()
    other_apps_database(data.database)
    before = data.database.read_bytes()
    store, notices = open_store(data)
    store.close()
    assert notices and "another program's database" in notices[0]
    (moved,) = data.quarantine.iterdir()
    assert moved.read_bytes() == before
    conn = sqlite3.connect(moved)
    assert conn.execute("SELECT title FROM songs").fetchall() == [("Ode",)]
    conn.close()
