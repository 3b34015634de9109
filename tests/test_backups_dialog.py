"""Backups in the GUI: the periodic backup, and restoring one from the Workshops page."""

from __future__ import annotations

import sqlite3
import threading
from contextlib import closing

from PySide6.QtCore import Qt

from workshop_app.model import Participant, Workshop
from workshop_app.services.backups import backup_before

from gui_helpers import click_button, when_modal


def test_restore_a_backup_from_the_workshops_page(main_window, ctx, qtbot):
    kept = ctx.store.create_workshop(Workshop(title="Before the backup"))
    assert backup_before(ctx, "manual") is not None
    ctx.store.create_workshop(Workshop(title="Typed after the backup"))
    main_window.hub.workshopsChanged.emit()
    main_window.hub.workshopOpened.emit(kept.id)
    page = main_window.pages["workshops"]
    main_window.show_page("workshops")
    assert page.model.rowCount() == 2

    def restore(dialog):
        assert dialog.table.rowCount() == 1 and "manual" in dialog.table.item(0, 1).text()
        when_modal(click_button("Restore"))
        dialog.restore_button.click()
        assert "Restored the backup" in dialog.message.text()
        dialog.reject()

    when_modal(restore)
    qtbot.mouseClick(page.backups_button, Qt.MouseButton.LeftButton)
    # The same Store object now reads the restored data; the replaced data was kept aside.
    assert [w.title for w in ctx.store.list_workshops()] == ["Before the backup"]
    assert page.model.rowCount() == 1
    assert main_window.workshop_id is None
    assert list(ctx.data_dir.quarantine.iterdir())


def test_periodic_backup_only_when_data_changed(main_window, ctx, qtbot):
    ctx.store.create_workshop(Workshop(title="Typed in the room"))
    task = main_window.periodic_backup()  # on the task runner, off the GUI thread
    qtbot.waitUntil(lambda: task.done)
    first = sorted(ctx.data_dir.backups.glob("*.db"))
    assert len(first) == 1
    task = main_window.periodic_backup()  # nothing changed, and not 30 minutes later
    qtbot.waitUntil(lambda: task.done)
    assert sorted(ctx.data_dir.backups.glob("*.db")) == first


def test_a_delete_waits_for_its_backup_written_off_the_gui_thread(main_window, ctx, qtbot, monkeypatch):
    from workshop_app.services import backups

    release = threading.Event()
    on_gui_thread: list[bool] = []
    real = backups.backup_before

    def held(context, reason):
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        release.wait(30)
        return real(context, reason)

    monkeypatch.setattr(backups, "backup_before", held)
    doomed = ctx.store.create_workshop(Workshop(title="Delete me"))
    ctx.store.add_participant(Participant(name="Ada Lovelace", workshop_id=doomed.id))
    main_window.hub.workshopsChanged.emit()
    page = main_window.pages["workshops"]
    page.table.selectRow(0)
    when_modal(click_button("Delete"))
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(on_gui_thread))
    assert on_gui_thread == [False], "the backup is written on the task runner"
    assert [w.title for w in ctx.store.list_workshops()] == ["Delete me"], "the delete waits for it"
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)  # a second click meanwhile: ignored
    release.set()
    qtbot.waitUntil(lambda: ctx.store.list_workshops() == [])
    [backup] = ctx.data_dir.backups.glob("*before-delete*")
    with closing(sqlite3.connect(backup)) as db:
        assert db.execute("SELECT title FROM workshops").fetchall() == [("Delete me",)]
        assert db.execute("SELECT name FROM participants").fetchall() == [("Ada Lovelace",)]
