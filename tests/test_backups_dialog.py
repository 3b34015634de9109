"""Backups in the GUI: the periodic backup, and restoring one from the Workshops page."""

from __future__ import annotations

from PySide6.QtCore import Qt

from workshop_app.model import Workshop
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


def test_periodic_backup_only_when_data_changed(main_window, ctx):
    ctx.store.create_workshop(Workshop(title="Typed in the room"))
    main_window.periodic_backup()
    first = sorted(ctx.data_dir.backups.glob("*.db"))
    assert len(first) == 1
    main_window.periodic_backup()  # nothing changed, and not 30 minutes later
    assert sorted(ctx.data_dir.backups.glob("*.db")) == first
