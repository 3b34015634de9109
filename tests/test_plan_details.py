"""Plan page, Details tab: typed in place, autosaved, undoable, never lost on close."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QApplication
from test_plan_support import close_message_boxes, open_plan
from test_run_helpers import FakeClock

from workshop_app.storage import StorageWriteError

from gui_helpers import click_button, when_modal

CTRL = Qt.KeyboardModifier.ControlModifier


def retype(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(widget, text)


def test_typed_details_are_saved_shortly_after_the_last_keystroke(main_window, ctx, qtbot):
    plan = open_plan(main_window, ctx, qtbot)
    form = plan.page.details
    clock = FakeClock(0.0)
    form.autosave.clock = clock  # the autosave's schedule follows this clock (see gui/autosave.py)
    assert plan.page.tabs.currentWidget() is form and form.title.text() == "Bridging day"
    retype(qtbot, form.title, "Ops & leaders <day one>")
    retype(qtbot, form.organisation, "Acme Logistics")
    retype(qtbot, form.location, "Salle 4, Lyon")
    retype(qtbot, form.facilitator, "Sam Rivera")
    retype(qtbot, form.planned_minutes, "120")
    form.start_time.setFocus()
    form.start_time.setTime(QTime(13, 30))
    form.date.setDate(QDate(2026, 6, 1))
    form.language.setCurrentIndex(form.language.findData("fr"))
    assert form.autosave.pending  # not saved on every keystroke
    clock.advance(1.0)  # a second after the last key
    qtbot.waitUntil(lambda: plan.stored().title == "Ops & leaders <day one>", timeout=3000)
    qtbot.waitUntil(lambda: plan.stored().language == "fr", timeout=3000)
    stored = plan.stored()
    assert (stored.organisation, stored.location, stored.facilitator) == (
        "Acme Logistics", "Salle 4, Lyon", "Sam Rivera")
    assert (stored.planned_minutes, stored.start_time, stored.date) == (120, "13:30", "2026-06-01")
    # The rest of the app follows: heading, sidebar, window title, the workshop list.
    assert plan.page.heading.text() == "Plan: Ops & leaders <day one>"
    assert plan.page.heading.textFormat() == Qt.TextFormat.PlainText
    assert "Ops & leaders <day one>" in main_window.windowTitle()
    main_window.show_page("workshops")  # the list catches up when it is looked at
    assert main_window.pages["workshops"].model.rows[0].title == "Ops & leaders <day one>"


def test_details_undo_merges_typing_in_one_field(main_window, ctx, qtbot):
    plan = open_plan(main_window, ctx, qtbot, organisation="Acme")
    form = plan.page.details
    form.organisation.setFocus()
    form.organisation.end(False)
    qtbot.keyClicks(form.organisation, " Logistics")
    qtbot.waitUntil(lambda: plan.stored().organisation == "Acme Logistics", timeout=3000)
    qtbot.keyClicks(form.organisation, " Europe")  # still typing in the same field: same undo step
    qtbot.waitUntil(lambda: plan.stored().organisation == "Acme Logistics Europe", timeout=3000)
    assert plan.page.undo_action.isEnabled() and "organisation" in plan.page.undo_action.toolTip()
    qtbot.keyClick(form.organisation, Qt.Key.Key_Z, CTRL)  # reaches the page's undo, not the field's
    assert plan.stored().organisation == "Acme" and form.organisation.text() == "Acme"
    qtbot.keyClick(form.organisation, Qt.Key.Key_Y, CTRL)
    assert plan.stored().organisation == "Acme Logistics Europe"
    assert form.organisation.text() == "Acme Logistics Europe"
    # Leaving the field ends the step: typing there again is undone separately.
    qtbot.keyClick(form.organisation, Qt.Key.Key_Tab)
    retype(qtbot, form.facilitator, "Kim")
    qtbot.keyClick(form.facilitator, Qt.Key.Key_Tab)
    assert plan.stored().facilitator == "Kim"  # Tab saved it at once
    retype(qtbot, form.organisation, "Globex")
    qtbot.mouseClick(plan.page.undo_button, Qt.MouseButton.LeftButton)  # also a button
    assert plan.stored().organisation == "Acme Logistics Europe"
    assert plan.stored().facilitator == "Kim"
    plan.undo()
    assert plan.stored().facilitator == "" and form.facilitator.text() == ""
    plan.undo()
    assert plan.stored().organisation == "Acme" and not plan.page.undo_action.isEnabled()
    assert plan.page.redo_action.isEnabled()


def test_planned_length_and_start_time_move_the_agenda_clock(main_window, ctx, qtbot):
    plan = open_plan(main_window, ctx, qtbot)
    plan.tab(2)
    plan.page.agenda.add_break()
    QApplication.focusWidget().clearFocus()
    plan.page.agenda.add_custom()
    plan.tab(0)
    form = plan.page.details
    form.start_time.setFocus()
    form.start_time.setTime(QTime(14, 0))
    qtbot.waitUntil(lambda: plan.stored().start_time == "14:00", timeout=3000)
    model = plan.page.agenda.model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["14:00", "14:15"]
    assert "from 14:00 to 14:25" in form.summary.text()


def test_typing_is_kept_on_navigation_and_on_close(main_window, ctx, qtbot):
    plan = open_plan(main_window, ctx, qtbot)
    form = plan.page.details
    retype(qtbot, form.location, "Room 12")
    main_window.show_page("library")  # leaving the page saves at once
    assert plan.stored().location == "Room 12"
    main_window.show_page("plan")
    form.autosave.clock = FakeClock(0.0)  # no autosave before the close
    retype(qtbot, form.facilitator, "Noor")
    assert form.autosave.pending
    main_window.close()  # closing the window saves what is being typed
    assert plan.stored().facilitator == "Noor"


def test_a_failed_write_keeps_the_text_tells_the_user_and_retries(main_window, ctx, qtbot, monkeypatch):
    plan = open_plan(main_window, ctx, qtbot)
    form = plan.page.details
    real_update = ctx.store.update_workshop

    def disk_full(workshop):
        raise StorageWriteError("The disk is full: workshops.db could not be written.")

    monkeypatch.setattr(ctx.store, "update_workshop", disk_full)
    monkeypatch.setattr("workshop_app.gui.planning.details_form.RETRY_MS", 50)
    with qtbot.waitSignal(main_window.hub.error, timeout=3000) as error:
        retype(qtbot, form.title, "Kept on screen")
    assert "disk is full" in error.args[0] and "stays on screen" in error.args[0]
    assert form.title.text() == "Kept on screen" and plan.stored().title == "Bridging day"
    assert not plan.page.undo_action.isEnabled()  # nothing half-done on the undo stack
    monkeypatch.setattr(ctx.store, "update_workshop", real_update)
    qtbot.waitUntil(lambda: plan.stored().title == "Kept on screen", timeout=3000)
    assert close_message_boxes(main_window)
    assert plan.page.undo_action.isEnabled()


def test_an_empty_title_is_never_stored(main_window, ctx, qtbot):
    plan = open_plan(main_window, ctx, qtbot)
    form = plan.page.details
    retype(qtbot, form.title, "")
    qtbot.keyClick(form.title, Qt.Key.Key_Backspace)
    form.flush()
    assert plan.stored().title == "Bridging day"
    assert form.title.placeholderText()


def test_tabs_by_keyboard_and_deleting_the_open_workshop(main_window, ctx, qtbot):
    plan = open_plan(main_window, ctx, qtbot)
    plan.activate()
    form = plan.page.details
    form.title.setFocus()
    qtbot.keyClick(form.title, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    assert plan.page.tabs.currentWidget() is plan.page.agenda
    qtbot.keyClick(QApplication.focusWidget() or main_window, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    assert plan.page.tabs.currentWidget() is plan.page.participants
    qtbot.keyClick(QApplication.focusWidget() or main_window, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert plan.page.tabs.currentWidget() is form
    # Deleting the open workshop from the list closes the plan without any error.
    errors = []
    main_window.hub.error.connect(errors.append)
    main_window.show_page("workshops")
    when_modal(click_button("Delete"))
    qtbot.mouseClick(main_window.pages["workshops"].delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: main_window.pages["workshops"].deleting is None)  # its backup first
    assert ctx.store.list_workshops() == [] and errors == []
    assert plan.page.session is None and main_window.workshop_id is None
