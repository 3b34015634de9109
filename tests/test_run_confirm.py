"""Ending the workshop and closing the window during a run ask first, and point to Wrap-up."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from test_run_workshop import open_run, press

from gui_helpers import activate, click_button

KEY = Qt.Key


@pytest.fixture
def answer():
    """``answer(seen, action)``: answer the next message box with ``action``, its text kept in ``seen``.

    The watch ends with the test, so an unanswered one cannot answer another test's dialog.
    """
    timers: list[QTimer] = []

    def watch(seen: list[str], action) -> None:
        timer = QTimer()
        timer.setInterval(20)

        def poll() -> None:
            box = QApplication.activeModalWidget()
            if box is not None and box.isVisible():
                timer.stop()
                assert isinstance(box, QMessageBox)
                seen.append(box.text() + "\n" + box.informativeText())
                activate(box)
                action(box)

        timer.timeout.connect(poll)
        timer.start()
        timers.append(timer)

    yield watch
    for timer in timers:
        timer.stop()


def escape(box) -> None:
    from PySide6.QtTest import QTest

    QTest.keyClick(box, KEY.Key_Escape)


def started(main_window, qtbot, ctx):
    page, clock, wid, items = open_run(main_window, qtbot, ctx)
    press(qtbot, page, KEY.Key_Space)
    assert page.session.started and page.run_button.text() == "End workshop"
    return page, wid


def test_end_workshop_asks_and_points_to_wrapup(main_window, qtbot, ctx, answer):
    page, wid = started(main_window, qtbot, ctx)
    seen: list[str] = []

    answer(seen, escape)  # Escape keeps the workshop running
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1 and "Wrap-up" in seen[0]
    assert page.session.started and not page.session.ended and not ctx.store.get_run_state(wid).ended_at

    answer(seen, click_button("End workshop"))  # ends, stays on the Run page
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    assert page.session.ended and ctx.store.get_run_state(wid).ended_at
    assert main_window.current_page() == "run" and page.run_button.text() == "Start workshop"


def test_end_workshop_then_open_wrapup(main_window, qtbot, ctx, answer):
    page, wid = started(main_window, qtbot, ctx)
    seen: list[str] = []
    answer(seen, click_button("End and open Wrap-up"))
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    assert seen and page.session.ended and ctx.store.get_run_state(wid).ended_at
    assert main_window.current_page() == "wrapup"


def test_quit_during_a_run_asks(main_window, qtbot, ctx, answer):
    page, wid = started(main_window, qtbot, ctx)
    seen: list[str] = []

    answer(seen, escape)  # Ctrl+Q, then Escape: the window stays
    qtbot.keyClick(page, KEY.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert len(seen) == 1 and "running" in seen[0] and "Wrap-up" in seen[0]
    assert main_window.isVisible() and page.session.timer.running

    answer(seen, click_button("Keep running"))
    QApplication.sendEvent(main_window.windowHandle(), QCloseEvent())  # the title bar's close button
    assert len(seen) == 2 and main_window.isVisible()

    answer(seen, click_button("Close the app"))
    main_window.activateWindow()  # (offscreen, the window is not given back the keys by itself)
    qtbot.waitUntil(main_window.isActiveWindow)
    qtbot.keyClick(page, KEY.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert len(seen) == 3 and not main_window.isVisible()
    assert ctx.store.get_run_state(wid).timer_running  # the run goes on; reopening resumes it


def test_quit_asks_nothing_when_no_run_is_going_on(main_window, qtbot, ctx, answer):
    page, clock, wid, items = open_run(main_window, qtbot, ctx)
    seen: list[str] = []
    answer(seen, escape)
    qtbot.keyClick(page, KEY.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert seen == [] and not main_window.isVisible()


def test_space_on_an_ended_workshop_asks_before_running_it_again(main_window, qtbot, ctx, answer):
    """A stray Space used to restart a finished workshop and overwrite its record."""
    page, wid = started(main_window, qtbot, ctx)
    seen: list[str] = []
    answer(seen, click_button("End workshop"))
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    ended = ctx.store.get_run_state(wid)
    assert ended.ended_at and ended.started_at

    answer(seen, escape)  # Space, then Escape: the record stays as it was
    activate(main_window)  # (offscreen, the window is not given back the keys by itself)
    page.setFocus()
    press(qtbot, page, KEY.Key_Space)
    assert len(seen) == 2 and "ended" in seen[1]
    assert ctx.store.get_run_state(wid) == ended and page.session.ended

    answer(seen, click_button("Run it again"))  # asked again; the first start is kept
    activate(main_window)
    page.setFocus()
    press(qtbot, page, KEY.Key_Space)
    again = ctx.store.get_run_state(wid)
    assert len(seen) == 3 and page.running() and page.session.timer.running
    assert again.started_at == ended.started_at and not again.ended_at
