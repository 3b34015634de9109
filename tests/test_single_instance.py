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


def hold_lock_in_another_process(data_root: Path) -> subprocess.Popen:
    """Another process holding the data folder's lock (as an open window does) until killed."""
    data_root.mkdir(parents=True, exist_ok=True)
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time\n"
        "from PySide6.QtCore import QLockFile\n"
        f"lock = QLockFile({str(data_root / 'workshop-app.lock')!r})\n"
        "print(lock.tryLock(0), flush=True)\n"
        "time.sleep(120)\n")], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "True"
    return holder


def kill(process: subprocess.Popen) -> None:
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=60)


def test_a_lock_left_by_a_killed_window_is_taken_over(ctx):
    holder = hold_lock_in_another_process(ctx.data_dir.root)
    try:
        assert not InstanceLock(ctx.data_dir).try_lock()
    finally:
        kill(holder)
    lock = InstanceLock(ctx.data_dir)
    assert lock.try_lock()
    lock.unlock()


def test_the_command_line_never_moves_a_damaged_database_from_under_an_open_window(run_cli, tmp_path):
    from workshop_app.paths import DataDir

    data = DataDir(tmp_path / "cli-data")
    assert run_cli("workshops", "import", MINIMAL)[0] == 0
    assert run_cli("backup")[0] == 0
    data.database.write_bytes(b"")
    holder = hold_lock_in_another_process(data.root)
    try:
        code, out, err = run_cli("workshops", "list")
        assert code == 1 and out == ""
        assert "window is open" in err and "close the window" in err and str(data.database) in err
        assert data.database.stat().st_size == 0 and not data.quarantine.exists()
    finally:
        kill(holder)
    code, out, err = run_cli("workshops", "list", "--json")  # the window is gone: recovered
    assert code == 0 and len(json.loads(out)) == 1 and "restored" in err


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


def test_the_single_instance_socket_is_local_only(ctx, qtbot):
    from test_reliability_network import NetworkWatch

    from workshop_app.gui.single_instance import SingleInstance

    ctx.data_dir.ensure()
    watch = NetworkWatch()
    watch.active = True
    first = SingleInstance(ctx.data_dir)
    assert first.acquire()
    first.listen()
    try:
        assert Path(first.server.fullServerName()).is_absolute()  # a Unix domain socket's path
        asked = []
        first.activated.connect(lambda: asked.append(True))
        probe = QLocalSocket()
        probe.connectToServer(first.server.serverName())
        assert probe.waitForConnected(5000)
        probe.write(b"raise\n")
        qtbot.waitUntil(lambda: asked == [True], timeout=5000)
        watch.check_descriptors()
        probe.abort()
    finally:
        first.release()
    assert watch.problems() == []


def test_a_closed_store_reports_no_change(data_dir):
    from workshop_app.storage import open_store

    store, _ = open_store(data_dir)
    store.close()
    assert store.changed_since_last_check() is False
