"""The one task runner: slow work off the GUI thread, one garbage-collection policy for the app."""

from __future__ import annotations

import gc
import threading

from workshop_app.services import wrapup
from workshop_app.services.workshop_files import import_sample

from gui_helpers import click_button, when_modal


def held(monkeypatch, name: str) -> threading.Event:
    """Make ``wrapup.<name>`` wait (on its worker) until the returned event is set."""
    release = threading.Event()
    real = getattr(wrapup, name)

    def wait_then_write(*args, **kwargs):
        release.wait(60)
        return real(*args, **kwargs)

    monkeypatch.setattr(wrapup, name, wait_then_write)
    return release


def test_collection_stays_off_until_the_last_task_ends(main_window, ctx, qtbot, tmp_path, monkeypatch):
    """The run sheet (Plan) and the plans (Wrap-up) written at once: when the run sheet is done
    while the plans are still being written, collection must stay off under the plans."""
    sheet_release = held(monkeypatch, "write_run_sheet")
    plans_release = held(monkeypatch, "write_wrapup")
    workshop_id = import_sample(ctx)
    main_window.hub.workshopsChanged.emit()
    main_window.hub.workshopOpened.emit(workshop_id)
    plan = main_window.pages["plan"]
    page = main_window.pages["wrapup"]
    main_window.show_page("wrapup")
    qtbot.waitUntil(lambda: page.people.count() == 8)
    page.folder.setText(str(tmp_path / "out"))
    assert gc.isenabled()

    plan.write_run_sheet(tmp_path / "run sheet.pdf")
    page.generate()
    assert not gc.isenabled(), "no collection while a worker runs Python"
    when_modal(click_button("Close"), timeout_ms=20000)
    sheet_release.set()
    qtbot.waitUntil(lambda: plan.run_sheet_button.isEnabled(), timeout=20000)
    assert (tmp_path / "run sheet.pdf").read_bytes().startswith(b"%PDF")
    assert page.task is not None, "the plans are still being written"
    assert not gc.isenabled(), "collection came back on under the plans still being written"

    plans_release.set()
    qtbot.waitUntil(lambda: page.task is None, timeout=60000)
    assert page.result is not None and "8 plans" in page.status.text()
    assert gc.isenabled(), "collection is back on once the last task has ended"


def test_outcomes_and_progress_arrive_on_the_gui_thread(qtbot, caplog):
    from workshop_app.errors import UserError
    from workshop_app.gui.taskman import TaskManager

    tasks = TaskManager()
    gui = threading.get_ident()
    seen: list = []

    def count_to_three(progress, cancelled):
        for i in range(1, 4):
            progress(i, 3)
        return threading.get_ident()

    tasks.run_in_background(count_to_three, on_done=lambda worker: seen.append(("done", worker != gui,
                                                                                   threading.get_ident())),
                            on_progress=lambda done, total: seen.append((done, total, threading.get_ident())))
    qtbot.waitUntil(lambda: any(s[0] == "done" for s in seen))
    assert seen == [(1, 3, gui), (2, 3, gui), (3, 3, gui), ("done", True, gui)]

    def refused(_progress, _cancelled):
        raise UserError("sheet.csv line 3: no name", details=["line 4: no name"])

    def bug(_progress, _cancelled):
        raise ZeroDivisionError("division by zero")

    failed: list[str] = []
    tasks.run_in_background(refused, on_failed=failed.append)
    qtbot.waitUntil(lambda: len(failed) == 1)
    tasks.run_in_background(bug, on_failed=failed.append)
    qtbot.waitUntil(lambda: len(failed) == 2)
    assert failed == ["sheet.csv line 3: no name\nline 4: no name", "ZeroDivisionError: division by zero"]
    assert "Traceback" not in failed[1]
    assert any(r.exc_info and r.exc_info[0] is ZeroDivisionError for r in caplog.records), "the bug is logged"
    assert tasks.running == 0 and gc.isenabled()


def test_a_cancelled_task_stops_and_still_ends(qtbot):
    from workshop_app.gui.taskman import TaskManager

    tasks = TaskManager()
    started = threading.Event()

    def until_cancelled(_progress, cancelled):
        started.set()
        while not cancelled():
            started.wait(0.01)
        return "stopped"

    ended: list = []
    task = tasks.run_in_background(until_cancelled, on_done=ended.append)
    assert started.wait(10)
    assert not task.cancelled() and not task.done and tasks.running == 1
    task.cancel()
    qtbot.waitUntil(lambda: task.done)
    assert ended == ["stopped"] and tasks.running == 0 and gc.isenabled()


def test_closing_waits_for_the_work_and_turns_collection_back_on(qtbot, tmp_path):
    from workshop_app.gui.taskman import TaskManager

    tasks = TaskManager()
    release = threading.Event()
    out = tmp_path / "written.txt"

    def slow_write(_progress, _cancelled):
        release.wait(10)
        out.write_text("all of it")

    task = tasks.run_in_background(slow_write, on_done=lambda _r: None)
    assert not gc.isenabled()
    threading.Timer(0.05, release.set).start()
    tasks.wait_for_all()
    assert out.read_text() == "all of it" and task.done
    assert tasks.running == 0 and gc.isenabled()
