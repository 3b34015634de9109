"""Typing in the room: what is typed in a note is what is stored and shown, and no stray key
acts on the room (the projector never takes the keys; the room's actions need a modifier)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_run_workshop import open_run

KEY = Qt.Key
SENTENCE = "PBVR 5 pbvr 1+. Plan a break, verify results"


def run_state(page):
    s = page.session
    return (s.index, s.step_index, s.timer.running, s.timer.extra_minutes, s.state.projector_blank,
            s.state.reveal_results, page.projector.isVisible(), s.state)


def stored_notes(ctx, wid, item):
    return [n.text for n in ctx.store.list_notes(wid, item.id)]


def type_note(qtbot, notes, text):
    qtbot.mouseClick(notes.new_button, Qt.MouseButton.LeftButton)
    notes.editor.setFocus()
    qtbot.keyClicks(notes.editor, text)
    notes.flush()


@pytest.mark.parametrize("text", [
    "<!-- agenda changed after lunch",
    "<?xml first line\nsecond line",
    "Typed &gt; and &amp; and <b>tags</b> stay as typed",
    "# not a heading\n- not a list\n1. not a number\n    four spaces\n\n\nthree lines above",
])
def test_note_text_round_trips_exactly(main_window, qtbot, ctx, text):
    page, clock, wid, items = open_run(main_window, qtbot, ctx)
    notes = page.capture.notes
    type_note(qtbot, notes, text.replace("\n", "\r"))  # keyClicks sends \r for Return
    assert stored_notes(ctx, wid, items[0]) == [text]
    page._act(lambda: page.session.go_to(1))  # leave and come back: the note is reloaded
    page._act(lambda: page.session.go_to(0))
    assert notes.editor.toPlainText() == text
    notes.editor.setFocus()
    qtbot.keyClick(notes.editor, KEY.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(notes.editor, "!")  # the next autosave keeps the first line
    notes.flush()
    assert stored_notes(ctx, wid, items[0]) == [text + "!"]


def test_delete_note_works_right_after_creating_it(main_window, qtbot, ctx):
    page, clock, wid, items = open_run(main_window, qtbot, ctx)
    notes = page.capture.notes
    assert not notes.delete_button.isEnabled()
    type_note(qtbot, notes, "A note typed by mistake")
    assert stored_notes(ctx, wid, items[0]) == ["A note typed by mistake"]
    assert notes.delete_button.isEnabled()
    qtbot.mouseClick(notes.delete_button, Qt.MouseButton.LeftButton)
    assert stored_notes(ctx, wid, items[0]) == []
    assert notes.editor.toPlainText() == "" and not notes.delete_button.isEnabled()


def test_keys_sent_to_the_projector_do_nothing(main_window, qtbot, ctx):
    page, clock, wid, items = open_run(main_window, qtbot, ctx, item=1)
    page.toggle_projector()
    assert page.projector.isVisible()
    notes = page.capture.notes
    qtbot.mouseClick(notes.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(notes.editor, "Before ")
    before = run_state(page)
    page.projector.activateWindow()  # a missed click on the projector window
    assert not page.projector.isActiveWindow()
    assert page.projector.focusPolicy() == Qt.FocusPolicy.NoFocus
    qtbot.keyClicks(page.projector, SENTENCE)
    for key in (KEY.Key_Space, KEY.Key_Right, KEY.Key_PageDown, KEY.Key_Escape):
        qtbot.keyClick(page.projector, key)
    assert run_state(page) == before
    notes.flush()
    assert stored_notes(ctx, wid, items[1])[-1] == "Before "  # the note is still there
    assert notes.editor.toPlainText() == "Before "


def test_a_sentence_typed_in_a_note_stays_in_the_note(main_window, qtbot, ctx):
    page, clock, wid, items = open_run(main_window, qtbot, ctx, item=1)
    page.toggle_projector()
    before = run_state(page)
    notes = page.capture.notes
    type_note(qtbot, notes, SENTENCE)
    assert run_state(page) == before
    assert stored_notes(ctx, wid, items[1])[-1] == SENTENCE
    room = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(notes.editor, KEY.Key_B, room)  # the room's keys work from the note, and typing goes on
    qtbot.keyClick(notes.editor, KEY.Key_P, room)
    assert page.session.state.projector_blank and not page.projector.isVisible()
    qtbot.keyClicks(notes.editor, " and more")
    notes.flush()
    assert stored_notes(ctx, wid, items[1])[-1] == SENTENCE + " and more"


def test_room_actions_need_a_modifier(main_window, qtbot, ctx):
    page, clock, wid, items = open_run(main_window, qtbot, ctx, item=1)
    before = run_state(page)
    qtbot.keyClicks(page, "PBVR")  # focus on the console itself (a missed click), no modifier
    assert run_state(page) == before
    room = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(page, KEY.Key_P, room)
    assert page.projector.isVisible()
    qtbot.keyClick(page, KEY.Key_B, room)
    assert page.session.state.projector_blank
    qtbot.keyClick(page, KEY.Key_V, room)
    assert page.session.state.reveal_results
    tips = " ".join(w.toolTip() for w in (page.projector_button, page.blank_button, page.reveal_button,
                                         page.step_panel.reset_button))
    assert "(P)" not in tips and "(B)" not in tips and "(V)" not in tips and "(R)" not in tips
    assert "Ctrl+Shift+P" in tips and "Ctrl+Shift+B" in tips
    focus = QApplication.focusWidget()
    assert focus is page


def test_room_keys_work_wherever_the_focus_is_in_the_window(main_window, qtbot, ctx):
    """Tab past a grid's last cell lands in the sidebar: the room's Ctrl+Shift keys still work there
    (they went dead), while the console's single keys stay with the Run page."""
    page, clock, wid, items = open_run(main_window, qtbot, ctx, item=1)
    target = main_window.nav  # the sidebar's list of pages
    target.setFocus()
    qtbot.waitUntil(target.hasFocus)
    before = page.session.timer.running
    qtbot.keyClick(target, KEY.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert page.projector.isVisible()
    qtbot.keyClick(target, KEY.Key_Space)  # a single key in the sidebar does not start the timer
    assert page.session.timer.running == before


def test_undo_of_a_delete_brings_back_what_was_typed_not_yet_saved(main_window, qtbot, ctx):
    """Typed, then deleted within the autosave's two seconds: Undo used to bring back the older
    saved text and lose the last words."""
    page, clock, wid, items = open_run(main_window, qtbot, ctx)
    notes = page.capture.notes
    type_note(qtbot, notes, "Saved part")
    qtbot.keyClicks(notes.editor, " and the words typed just before Delete")
    qtbot.mouseClick(notes.delete_button, Qt.MouseButton.LeftButton)
    assert stored_notes(ctx, wid, items[0]) == []
    assert page.capture.undo_button.isEnabled()
    page.capture.undo_button.click()
    assert stored_notes(ctx, wid, items[0]) == ["Saved part and the words typed just before Delete"]
