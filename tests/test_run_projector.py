"""The projector window: only public content, pause screen, look, placement."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from test_run_helpers import FACILITATOR_SECRET, PRIVATE_NOTE
from test_run_workshop import ROOM, open_run, projector_text

from workshop_app.model import Card, Note

KEY = Qt.Key


def test_projector_shows_only_public_text(main_window, qtbot, ctx):
    page, clock, wid, items = open_run(main_window, qtbot, ctx)
    store = ctx.store
    item = items[1]
    ann = store.list_participants(wid)[0]
    store.save_note(Note(text="Public: the room agreed", workshop_id=wid, agenda_item_id=item.id))
    store.add_card(Card(text="Hand-offs are late", workshop_id=wid, agenda_item_id=item.id,
                        participant_id=ann.id))
    page._act(lambda: page.session.go_to(1, 1))
    qtbot.keyClick(page, KEY.Key_P, ROOM)
    qtbot.keyClick(page, KEY.Key_V, ROOM)
    ex = page.session.exercise
    state = page.session.projector_state(page.results)
    text = projector_text(page)
    assert ex.title in text and ex.steps[1].title in text and state.countdown in text
    assert "Hand-offs are late" in text
    console_notes = page.step_panel.facilitator_notes.toPlainText()
    assert console_notes.startswith(FACILITATOR_SECRET)  # the console shows it, the projector must not
    private = [PRIVATE_NOTE, FACILITATOR_SECRET, "Public: the room agreed", ann.name, *ex.debrief]
    for secret in private:
        assert secret not in text, secret
        assert secret not in repr(state), secret
    for step in ex.steps:  # only the current step's prompt is shown
        if step is not ex.steps[1]:
            assert step.prompt.strip().splitlines()[0].replace("__", "") not in text


def test_pause_screen_and_break(main_window, qtbot, ctx):
    page, clock, wid, items = open_run(main_window, qtbot, ctx)
    page._act(lambda: page.session.go_to(1, 1))
    qtbot.keyClick(page, KEY.Key_P, ROOM)
    prompt_line = page.session.step.prompt.strip().splitlines()[0][:20]
    assert prompt_line in projector_text(page)
    qtbot.keyClick(page, KEY.Key_B, ROOM)
    shown = projector_text(page)
    assert "Pause" in shown and prompt_line not in shown and page.blank_button.isChecked()
    qtbot.keyClick(page, KEY.Key_B, ROOM)
    assert not page.session.state.projector_blank
    page._act(lambda: page.session.go_to(3))
    shown = projector_text(page)
    assert "Coffee break" in shown and "15:00" in shown and "Step" not in shown


def test_look_and_placement(main_window, qtbot, ctx):
    page, clock, wid, items = open_run(main_window, qtbot, ctx)
    projector = page.projector
    qtbot.keyClick(page, KEY.Key_P, ROOM)
    assert projector.isVisible() and page.projector_button.isChecked()
    if len(QGuiApplication.screens()) == 1:  # one screen: a normal, movable window
        assert not projector.isFullScreen()
    projector.resize(1920, 1080)
    page.refresh_time()
    big = projector.countdown.font().pixelSize()
    assert big >= 150  # readable from the back of the room
    page.font_scale.setValue(150)
    assert projector.countdown.font().pixelSize() > big * 1.4
    page.contrast.setChecked(True)
    assert "#000000" in projector.styleSheet()
    assert projector.palette().window().color().name() == "#000000"
    clock.advance(5 * 60 + 1)
    page.refresh_time()
    assert projector.countdown.text() == "05:00"  # not started: nothing counted
    page.toggle_timer()
    clock.advance(301)  # the welcome's five minutes are over
    page.refresh_time()
    assert projector.countdown.text() == "+00:01" and "#ff5c5c" in projector.styleSheet()
    assert main_window.settings.value("run/high_contrast", type=bool)
    main_window.close()
    assert not projector.isVisible()
