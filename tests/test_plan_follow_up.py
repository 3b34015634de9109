"""Plan page, Details tab: the follow-up session's date and time, typed by keyboard, saved and
undone like the other details; unticking it stores "no date"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_plan_support import open_plan


def follow_up(plan) -> tuple[str, str]:
    stored = plan.stored()
    return stored.follow_up_date, stored.follow_up_time


def test_the_follow_up_date_and_time_typed_by_keyboard_are_stored_and_undone(main_window, ctx, qtbot):
    plan = open_plan(main_window, ctx, qtbot)
    form = plan.page.details
    plan.activate()
    assert follow_up(plan) == ("", "") and not form.follow_up_date.isEnabled()
    form.language.setFocus()
    plan.key(form.language, Qt.Key.Key_Tab)  # the next field: the follow-up session's tick box
    assert QApplication.focusWidget() is form.follow_up
    plan.key(form.follow_up, Qt.Key.Key_Space)
    plan.key(form.follow_up, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.follow_up_date
    qtbot.keyClicks(form.follow_up_date, "20270114")
    plan.key(form.follow_up_date, Qt.Key.Key_Tab)  # leaving a field saves it at once
    assert QApplication.focusWidget() is form.follow_up_time
    qtbot.keyClicks(form.follow_up_time, "14.30")
    plan.key(form.follow_up_time, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: follow_up(plan) == ("2027-01-14", "14:30"), timeout=3000)
    assert form.follow_up_time.text() == "14:30"  # shown as stored
    plan.undo()
    assert follow_up(plan) == ("2027-01-14", "")
    plan.undo()
    assert follow_up(plan) == ("", "") and not form.follow_up.isChecked()
    plan.redo()
    assert follow_up(plan) == ("2027-01-14", "") and form.follow_up.isChecked()


def test_unticking_the_follow_up_stores_no_date(main_window, ctx, qtbot):
    plan = open_plan(main_window, ctx, qtbot, follow_up_date="2027-01-14", follow_up_time="09:30")
    form = plan.page.details
    plan.activate()
    assert form.follow_up.isChecked() and form.follow_up_time.text() == "09:30"
    form.follow_up.setFocus()
    plan.key(form.follow_up, Qt.Key.Key_Space)
    plan.key(form.follow_up, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: follow_up(plan) == ("", ""), timeout=3000)
    assert not form.follow_up_date.isEnabled() and not form.follow_up_time.isEnabled()

