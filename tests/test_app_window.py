"""The main window as a facilitator meets it: welcome, workshops, crash safety, restored session."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QPushButton

from workshop_app.gui.main_window import MainWindow
from workshop_app.model import Workshop

from gui_helpers import accept_dialog, click_button, when_modal


def test_first_launch_shows_the_welcome_and_the_data_folder(main_window, ctx):
    page = main_window.pages["workshops"]
    assert page.states.currentIndex() == 0
    assert page.welcome_new.isVisible()
    labels = [w.text() for w in main_window.statusBar().findChildren(type(main_window.workshop_label))]
    assert any(str(ctx.data_dir.root) in text for text in labels)
    # Plan/Run/Wrap-up/Check-in are only offered once a workshop is open.
    hidden = {main_window.nav.item(r).data(Qt.ItemDataRole.UserRole)
              for r in range(main_window.nav.count()) if main_window.nav.item(r).isHidden()}
    assert hidden == {"plan", "run", "wrapup", "checkin"}


def test_new_workshop_through_the_dialog(main_window, ctx, qtbot):
    page = main_window.pages["workshops"]

    def fill(dialog):
        qtbot.keyClicks(dialog.title, "Ops & leaders <day one>")
        dialog.date.setDate(QDate(2026, 12, 3))

    when_modal(accept_dialog(fill))
    qtbot.mouseClick(page.welcome_new, Qt.MouseButton.LeftButton)
    stored = ctx.store.list_workshops()
    assert [w.title for w in stored] == ["Ops & leaders <day one>"]
    assert stored[0].date == "2026-12-03"
    assert main_window.workshop_id == stored[0].id
    assert "Ops & leaders <day one>" in main_window.windowTitle()
    assert page.states.currentIndex() == 1
    assert page.model.rowCount() == 1


def test_delete_asks_first_and_cancel_keeps_it(main_window, ctx, qtbot):
    ctx.store.create_workshop(Workshop(title="Keep me", date="2026-11-30"))
    main_window.hub.workshopsChanged.emit()
    page = main_window.pages["workshops"]
    page.table.selectRow(0)
    when_modal(click_button("Cancel"))
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert [w.title for w in ctx.store.list_workshops()] == ["Keep me"]
    when_modal(click_button("Delete"))
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctx.store.list_workshops() == [])  # once the backup is written
    assert page.states.currentIndex() == 0
    assert list(ctx.data_dir.backups.glob("*before-delete*")), "a backup is taken before deleting"


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_is_logged_shown_and_survived(main_window, ctx, qtbot):
    button = QPushButton("boom", main_window)

    def broken_slot():
        raise RuntimeError("the projector cable fell out")

    button.clicked.connect(broken_slot)
    button.show()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = main_window.crash_handler.dialog
    assert dialog is not None and dialog.isVisible()
    assert str(ctx.data_dir.log_file) in dialog.informativeText()
    log_text = ctx.data_dir.log_file.read_text(encoding="utf-8")
    assert "the projector cable fell out" in log_text and "Traceback" in log_text
    dialog.close()
    # Still alive and usable.
    ctx.store.create_workshop(Workshop(title="After the crash"))
    main_window.hub.workshopsChanged.emit()
    assert main_window.pages["workshops"].model.rowCount() == 1


def test_window_geometry_and_last_workshop_are_restored(qtbot, ctx, main_window):
    workshop = ctx.store.create_workshop(Workshop(title="Resume me"))
    main_window.hub.workshopOpened.emit(workshop.id)
    main_window.resize(1100, 700)
    main_window.close()
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    again.restore_session()
    assert again.workshop_id == workshop.id
    assert again.size().width() == 1100 and again.size().height() == 700


def test_a_damaged_database_is_recovered_and_the_user_is_told(qtbot, ctx):
    from workshop_app.gui.app import open_context
    from workshop_app.services.backups import backup_before

    open_context(ctx)
    ctx.store.create_workshop(Workshop(title="Saved before the backup"))
    assert backup_before(ctx, "manual") is not None
    ctx.close()
    with open(ctx.data_dir.database, "r+b") as db:
        db.write(b"this is not a database" * 10)
    open_context(ctx)
    assert ctx.notices, "the user is told what happened"
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.show_notices(ctx.notices)
    assert window.notice_box.isVisible()
    assert str(ctx.data_dir.quarantine) in window.notice_box.text()
    assert window.pages["workshops"].model.rows[0].title == "Saved before the backup"
    window.notice_box.close()


def test_the_list_is_sorted_by_the_model_and_a_header_click_sorts_it(qtbot, ctx):
    from workshop_app.gui.models.workshop_list import WorkshopListModel

    for n in range(40):
        ctx.store.create_workshop(Workshop(title=f"{'ab'[n % 2]}-workshop {n:02d}",
                                           date=f"2026-{n % 12 + 1:02d}-{n % 28 + 1:02d}"))
    calls = []
    original = WorkshopListModel.data
    WorkshopListModel.data = lambda self, *args: (calls.append(args), original(self, *args))[1]
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        page = window.pages["workshops"]
        # Sorted without asking data() row by row (a proxy sort asks it thousands of times).
        assert calls == []
    finally:
        WorkshopListModel.data = original

    def shown(column: int) -> list:
        return [page.proxy.index(row, column).data() for row in range(page.proxy.rowCount())]

    assert shown(1) == sorted(shown(1), reverse=True)  # the latest date first
    window.show()
    header = page.table.horizontalHeader()
    title_x = header.sectionViewportPosition(0) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(title_x, 5))
    titles = shown(0)
    assert titles == sorted(titles) and titles[0] == "a-workshop 00"
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(title_x, 5))
    assert shown(0) == sorted(titles, reverse=True)
    # The selection follows its workshop through a sort, and a refresh keeps the order.
    page.table.selectRow(3)
    chosen = page.selected_id()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(title_x, 5))
    assert page.selected_id() == chosen
    window.hub.workshopsChanged.emit()
    assert shown(0) == sorted(titles) and page.selected_id() == chosen


def test_the_welcome_is_built_when_the_last_workshop_goes(qtbot, ctx):
    workshop = ctx.store.create_workshop(Workshop(title="Only one"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    page = window.pages["workshops"]
    assert page.states.currentIndex() == 1 and page.table.isVisible()
    assert not hasattr(page, "welcome_new")  # not built while the list shows (start-up)
    ctx.store.delete_workshop(workshop.id)
    window.hub.workshopsChanged.emit()
    assert page.states.currentIndex() == 0
    assert page.welcome_new.isVisible() and page.welcome_new.isEnabled()


def test_the_first_frame_loads_the_rows_it_shows_and_the_rest_follow(qtbot, ctx, monkeypatch):
    from workshop_app.gui.pages import workshops_page

    monkeypatch.setattr(workshops_page, "FIRST_FRAME_ROWS", 5)
    for n in range(12):
        ctx.store.create_workshop(Workshop(title=f"Workshop {n:02d}", date=f"2026-01-{n + 1:02d}"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    page = window.pages["workshops"]
    assert page.model.rowCount() == 5  # the newest five: all the first frame needs
    window.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 12)
    dates = [page.proxy.index(row, 1).data() for row in range(page.proxy.rowCount())]
    assert dates == [f"2026-01-{n:02d}" for n in range(12, 0, -1)]
    # Typing a filter finds a workshop of the rest.
    qtbot.keyClicks(page.filter, "Workshop 00")
    assert page.proxy.rowCount() == 1 and page.proxy.index(0, 0).data() == "Workshop 00"


def test_damage_found_after_the_window_shows_is_recovered_and_the_user_is_told(qtbot, ctx):
    """Opening no longer reads the whole file before the window shows: the check runs after, on
    the task runner, and damage it finds is recovered with the same notice as at start-up."""
    from workshop_app.gui.app import open_context
    from workshop_app.gui.integrity_check import check_after_start
    from workshop_app.model import Note
    from workshop_app.services.backups import backup_before

    open_context(ctx)
    kept = ctx.store.create_workshop(Workshop(title="Saved before the backup"))
    for i in range(100):
        ctx.store.save_note(Note(text=f"note {i} " * 50, workshop_id=kept.id))
    assert backup_before(ctx, "manual") is not None
    ctx.store.create_workshop(Workshop(title="Typed after the backup"))
    root = ctx.store.db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'notes'").fetchone()[0]
    page_size = ctx.store.db.execute("PRAGMA page_size").fetchone()[0]
    ctx.close()
    with open(ctx.data_dir.database, "r+b") as db:  # the notes' pages, not the header
        db.seek((root - 1) * page_size)
        db.write(b"\xde\xad" * (page_size // 2))
    open_context(ctx)
    assert ctx.notices == [], "the window is not kept waiting for the whole file to be read"
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.hub.workshopOpened.emit(kept.id)
    check_after_start(window)
    qtbot.waitUntil(lambda: getattr(window, "notice_box", None) is not None and window.notice_box.isVisible())
    assert str(ctx.data_dir.quarantine) in window.notice_box.text()
    assert "restored" in window.notice_box.text()
    assert [w.title for w in window.pages["workshops"].model.rows] == ["Saved before the backup"]
    assert len(ctx.store.list_notes(kept.id)) == 100
    assert window.workshop_id is None, "the workshop open on the damaged file was closed"
    window.notice_box.close()


def test_closing_the_window_stops_the_check_and_waits_for_it(main_window, monkeypatch):
    import threading

    from workshop_app.gui.integrity_check import check_after_start

    reading, stopped = threading.Event(), threading.Event()

    def a_very_large_file(cancelled):  # reads on until it is told to stop (at most 60 s)
        reading.set()
        for _ in range(60_000):
            if cancelled():
                stopped.set()
                return None
            stopped.wait(0.001)
        return None

    monkeypatch.setattr(main_window.ctx, "integrity_problem", a_very_large_file)
    task = check_after_start(main_window)
    assert reading.wait(10)
    main_window.close()
    assert stopped.is_set(), "closing stops the check instead of waiting for the whole file"
    assert task.cancelled() and task.done and main_window.tasks.running == 0


def test_after_the_first_frame_runs_once_painted_or_at_the_latest(qtbot):
    from PySide6.QtWidgets import QLabel

    from workshop_app.gui.first_frame import after_first_paint

    shown, hidden = QLabel("painted"), QLabel("never shown")
    qtbot.addWidget(shown)
    qtbot.addWidget(hidden)
    calls = []
    after_first_paint(shown, lambda: calls.append("painted"), latest_ms=60_000)
    after_first_paint(hidden, lambda: calls.append("at the latest"), latest_ms=50)
    shown.show()
    qtbot.waitUntil(lambda: len(calls) == 2)
    shown.update()
    shown.repaint()
    qtbot.wait(100)
    assert sorted(calls) == ["at the latest", "painted"]  # each once
