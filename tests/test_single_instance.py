"""One window per data folder; the command line's changes show up in the open window; a
command-line restore never pulls the database from under an open window."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from PySide6.QtNetwork import QLocalSocket
from PySide6.QtWidgets import QApplication

from workshop_app.model.workshop import Workshop
from workshop_app.services.backups import backup_before
from workshop_app.services.instance_lock import InstanceLock

ROOT = Path(__file__).resolve().parent.parent
MINIMAL = str(ROOT / "tests" / "data" / "workshops" / "minimal.json")


def launch(data_root: Path, *args: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "workshop_app", "--data-dir", str(data_root), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)


def listening(name: str) -> bool:
    probe = QLocalSocket()
    probe.connectToServer(name)
    try:
        return probe.waitForConnected(100)
    finally:
        probe.abort()


def titles_on_disk(database: Path) -> list[str]:
    conn = sqlite3.connect(database)
    try:
        return sorted(r[0] for r in conn.execute("SELECT title FROM workshops"))
    finally:
        conn.close()


def test_a_second_launch_brings_the_first_window_forward_and_exits(qtbot, tmp_path):
    from workshop_app.gui.single_instance import server_name
    from workshop_app.paths import DataDir

    data = DataDir(tmp_path / "data")
    first = launch(data.root)
    try:
        qtbot.waitUntil(lambda: first.poll() is not None or listening(server_name(data)), timeout=60_000)
        assert first.poll() is None, first.communicate()
        second = launch(data.root)
        out, err = second.communicate(timeout=60)
        assert second.returncode == 0 and out == ""
        assert err.strip() == f"workshop-app is already open on {data.root}: its window was brought forward."
        assert first.poll() is None  # the first window is still there
    finally:
        first.terminate()
        first.communicate(timeout=60)


def test_a_window_that_does_not_answer_is_named_and_no_second_window_opens(ctx, capsys):
    from workshop_app.gui.app import claim_data_folder, ensure_application

    ctx.data_dir.ensure()
    held = InstanceLock(ctx.data_dir)  # another instance holds the folder but has no server
    assert held.try_lock()
    try:
        code = claim_data_folder(ensure_application(), ctx, interactive=False)
    finally:
        held.unlock()
    assert code == 1
    err = capsys.readouterr().err
    assert "already open" in err and "does not answer" in err and f"process {os.getpid()}" in err
    assert "store" not in ctx.__dict__  # the database was not opened


def test_a_lock_left_by_a_killed_window_is_taken_over(ctx, tmp_path):
    ctx.data_dir.ensure()
    lock_path = ctx.data_dir.root / "workshop-app.lock"
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time\n"
        "from PySide6.QtCore import QLockFile\n"
        f"lock = QLockFile({str(lock_path)!r})\n"
        "print(lock.tryLock(0), flush=True)\n"
        "time.sleep(120)\n")], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "True"
        assert not InstanceLock(ctx.data_dir).try_lock()
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.communicate(timeout=60)
    lock = InstanceLock(ctx.data_dir)
    assert lock.try_lock()
    lock.unlock()


def test_command_line_changes_show_up_in_the_open_window(main_window, ctx, qtbot, run_cli):
    page = main_window.pages["workshops"]
    main_window.show_page("workshops")
    assert page.model.rowCount() == 0
    code, out, _ = run_cli("workshops", "import", MINIMAL, "--json", data_dir=str(ctx.data_dir.root))
    assert code == 0
    wid = json.loads(out)["id"]
    assert page.model.rowCount() == 0  # not yet: the window has not looked
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert page.model.rows[0].title == "Leadership meets operations"

    main_window.hub.workshopOpened.emit(wid)
    assert main_window.workshop_id == wid
    assert run_cli("workshops", "delete", str(wid), data_dir=str(ctx.data_dir.root))[0] == 0
    qtbot.waitUntil(lambda: main_window.workshop_id is None, timeout=5000)
    assert page.model.rowCount() == 0


def test_the_window_own_changes_do_not_count_as_outside_changes(main_window, ctx):
    ctx.store.create_workshop(Workshop(title="Typed here"))
    assert ctx.store.changed_since_last_check() is False


def test_a_command_line_restore_is_refused_while_the_window_is_open(main_window, ctx, run_cli):
    from workshop_app.gui.single_instance import SingleInstance

    instance = SingleInstance(ctx.data_dir)
    assert instance.acquire()
    root = str(ctx.data_dir.root)
    try:
        ctx.store.create_workshop(Workshop(title="Before the backup"))
        assert backup_before(ctx, "manual") is not None
        ctx.store.create_workshop(Workshop(title="After the backup"))

        code, out, err = run_cli("restore", data_dir=root)
        assert code == 1 and out == ""
        [line] = err.strip().splitlines()
        assert "window is open" in line and "close the window first" in line and root in line
        assert "Backups dialog" in line
        assert not ctx.data_dir.quarantine.exists()

        ctx.store.create_workshop(Workshop(title="Typed after the refusal"))  # lands in the live file
        assert titles_on_disk(ctx.data_dir.database) == [
            "After the backup", "Before the backup", "Typed after the refusal"]
    finally:
        instance.release()
    QApplication.processEvents()
    main_window.close()
    ctx.close()
    assert run_cli("restore", data_dir=root)[0] == 0  # with the window closed it is done
    assert titles_on_disk(ctx.data_dir.database) == ["Before the backup"]
