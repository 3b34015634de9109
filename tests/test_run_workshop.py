"""Run a short workshop end to end on the real main window, with a faked clock.

Start, timers (+1/+5, warning, overrun), cards typed with Enter, a cluster
made by a real drop, ratings and dot votes typed into their tables, the
matrix placed by drop and by mouse drag, action items; the projector is
checked for private and facilitator-only text; then the app is closed and
reopened and resumes on the same item, step and timer.
"""

from __future__ import annotations

import warnings

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from test_run_helpers import FACILITATOR_SECRET, PRIVATE_NOTE, FakeClock, make_workshop

from workshop_app.gui.main_window import MainWindow
from workshop_app.gui.run.matrix_view import to_scene
from workshop_app.model import STRATEGIES

KEY = Qt.Key
#: The modifiers of the keys that change what the room sees (projector, blank, reveal, restart).
ROOM = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def open_run(window, qtbot, ctx, item: int = 0):
    """Open a new workshop on the Run page at agenda item ``item``, with a fake clock."""
    wid, items = make_workshop(ctx)
    page = window.pages["run"]
    clock = FakeClock()
    page.set_clock(clock)
    window.hub.workshopOpened.emit(wid)
    window.show_page("run")
    if item:
        page._act(lambda: page.session.go_to(item))
    page.setFocus()
    qtbot.waitUntil(page.hasFocus)
    return page, clock, wid, items


def press(qtbot, widget, *keys):
    for key in keys:
        qtbot.keyClick(widget, key)


def room_keys(qtbot, widget, *keys):
    """Press the room's keys (Ctrl+Shift+letter)."""
    for key in keys:
        qtbot.keyClick(widget, key, ROOM)


def type_line(qtbot, edit, text):
    edit.setFocus()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, KEY.Key_Return)


def drop(qtbot, target, mime: QMimeData, pos: QPoint):
    """A real drop: enter, move and drop events at ``pos`` on ``target``."""
    actions = Qt.DropAction.MoveAction | Qt.DropAction.CopyAction
    button, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    with warnings.catch_warnings():  # PySide marks the QPoint constructors deprecated
        warnings.simplefilter("ignore", DeprecationWarning)
        for cls in (QDragEnterEvent, QDragMoveEvent):
            QApplication.sendEvent(target, cls(pos, actions, mime, button, mods))
    event = QDropEvent(QPointF(pos), actions, mime, button, mods)
    QApplication.sendEvent(target, event)
    return event.isAccepted()


def enter_cell(qtbot, table, index, key):
    """Type a number into a table cell and press Enter, as the facilitator does."""
    table.setFocus()
    table.setCurrentIndex(index)
    qtbot.keyClick(table, key)
    qtbot.keyClick(QApplication.focusWidget(), KEY.Key_Return)
    QApplication.processEvents()  # the delegate commits on the next turn of the event loop


def projector_text(page) -> str:
    page.refresh_time()
    return page.projector.visible_text()


def test_run_a_short_workshop(main_window, qtbot, ctx):
    page, clock, wid, items = open_run(main_window, qtbot, ctx)
    store = ctx.store
    step = page.step_panel
    assert step.item_title.text() == "Welcome" and step.countdown.text() == "05:00"

    # -- start and the timers ------------------------------------------------------------------
    press(qtbot, page, KEY.Key_Space)
    assert page.session.started and page.session.timer.running
    assert store.get_run_state(wid).timer_running and page.run_button.text() == "End workshop"
    qtbot.waitUntil(lambda: any(ctx.data_dir.backups.glob("workshops-*run-start*.db")))  # task runner
    clock.advance(240)
    qtbot.waitUntil(lambda: step.countdown.text() == "01:00")  # the tick reads the fake clock
    assert step.countdown.property("level") == "warning"
    press(qtbot, page, KEY.Key_1)
    assert step.countdown.text() == "02:00" and step.countdown.property("level") == "ok"
    press(qtbot, page, KEY.Key_5)
    assert step.countdown.text() == "07:00" and store.get_run_state(wid).timer_extra_minutes == 6
    clock.advance(421)
    qtbot.waitUntil(lambda: step.countdown.text() == "+00:01")
    assert step.countdown.property("level") == "overrun"
    assert step.drift.text() == "Workshop: 6 min over plan"

    # -- cards -----------------------------------------------------------------------------------
    press(qtbot, page, KEY.Key_Right)  # the welcome has one step: on to the card exercise
    assert page.session.item.id == items[1].id
    assert store.get_agenda_item(items[0].id).actual_seconds == 661
    cards = page.capture.main
    type_line(qtbot, cards.entry, "Late hand-offs on Mondays")
    cards.author.setCurrentIndex(cards.author.findText("Ann"))
    type_line(qtbot, cards.entry, "No shared plan")
    cards.author.setCurrentIndex(0)
    type_line(qtbot, cards.entry, "Goals & <targets> set without ops")
    assert cards.entry.text() == "" and page.session.timer.running  # spaces typed, timer untouched
    assert page.session.step_index == 0
    stored = store.list_cards(wid, items[1].id)
    assert [c.text for c in stored] == ["Late hand-offs on Mondays", "No shared plan",
                                        "Goals & <targets> set without ops"]
    assert stored[1].participant_id == store.list_participants(wid)[0].id
    type_line(qtbot, cards.cluster_name, "Planning")
    cluster = store.list_clusters(wid, items[1].id)[0]
    target = cards.tree.visualRect(cards.model.index_of_group(cluster.id)).center()
    for card in stored[1:]:
        mime = cards.model.mimeData([cards.model.index_of_card(card.id)])
        assert drop(qtbot, cards.tree.viewport(), mime, target)
    assert [c.cluster_id for c in store.list_cards(wid, items[1].id)] == [None, cluster.id, cluster.id]
    assert cards.model.rowCount(cards.model.index_of_group(cluster.id)) == 2
    cards.tree.setFocus()
    qtbot.keyClick(cards.tree, KEY.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the last move
    assert [c.cluster_id for c in store.list_cards(wid, items[1].id)] == [None, cluster.id, None]
    qtbot.keyClick(cards.tree, KEY.Key_Z, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert [c.cluster_id for c in store.list_cards(wid, items[1].id)] == [None, cluster.id, cluster.id]

    notes = page.capture.notes
    page.capture.tabs.setCurrentWidget(notes)
    notes.private.setChecked(True)
    notes.editor.setFocus()
    qtbot.keyClicks(notes.editor, PRIVATE_NOTE)
    qtbot.waitUntil(lambda: any(n.text == PRIVATE_NOTE and n.private
                                for n in store.list_notes(wid, items[1].id)), timeout=3000)

    # -- the projector never shows private or facilitator-only text ------------------------------
    qtbot.keyClick(notes.editor, KEY.Key_Escape)
    assert page.hasFocus()
    room_keys(qtbot, page, KEY.Key_P, KEY.Key_V)
    assert page.projector.isVisible() and page.reveal_button.isChecked()
    state = page.session.projector_state(page.results)
    shown = projector_text(page)
    assert "No shared plan" in shown and "Planning" in shown and "Goals & <targets>" in shown
    assert "Mapping our disconnects" in shown or page.session.exercise.title in shown
    for secret in (PRIVATE_NOTE, FACILITATOR_SECRET, "Ann"):
        assert secret not in repr(state) and secret not in shown
    page.attribution.setChecked(True)
    assert "No shared plan (Ann)" in projector_text(page)
    page.attribution.setChecked(False)
    room_keys(qtbot, page, KEY.Key_B)
    assert page.projector.screens.currentIndex() == 1 and store.get_run_state(wid).projector_blank
    assert "No shared plan" not in projector_text(page)
    room_keys(qtbot, page, KEY.Key_B)

    # -- ratings ---------------------------------------------------------------------------------
    press(qtbot, page, KEY.Key_PageDown)
    ratings = page.capture.main
    assert page.session.item.id == items[2].id and not page.reveal_button.isChecked()
    table = ratings.table
    table.setFocus()
    table.setCurrentIndex(ratings.model.index(0, 0))
    for digit in (KEY.Key_4, KEY.Key_5, KEY.Key_3):  # type, Tab to the next person, type...
        qtbot.keyClick(QApplication.focusWidget(), digit)
        qtbot.keyClick(QApplication.focusWidget(), KEY.Key_Tab)
    first = ratings.model.criteria[0]
    people = store.list_participants(wid)
    assert sorted((r.participant_id, r.value) for r in store.list_ratings(wid, items[2].id)
                  if r.criterion == first) == [(people[0].id, 4), (people[1].id, 5), (people[2].id, 3)]
    assert f"{first}: mean 4.0" in ratings.chart.summary()

    # -- dot vote on the disconnect cards --------------------------------------------------------
    page.setFocus()
    press(qtbot, page, KEY.Key_PageDown, KEY.Key_PageDown)  # past the coffee break
    votes = page.capture.main
    assert page.session.item.id == items[4].id
    votes.copy_from.setCurrentIndex(votes.copy_from.findData(items[1].id))
    qtbot.mouseClick(next(b for b in votes.findChildren(type(page.run_button)) if b.text() == "Copy cards"),
                     Qt.MouseButton.LeftButton)
    assert votes.model.rowCount() == 3
    enter_cell(qtbot, votes.table, votes.model.index(1, 1), KEY.Key_2)  # Ann on "No shared plan"
    enter_cell(qtbot, votes.table, votes.model.index(2, 1), KEY.Key_1)
    enter_cell(qtbot, votes.table, votes.model.index(0, 1), KEY.Key_1)  # a fourth dot for Ann: refused
    assert "Ann has 3 dots" in votes.message.text()
    assert "Ann\n3/3" == votes.model.headerData(1, Qt.Orientation.Horizontal)
    votes.totals.setChecked(True)
    enter_cell(qtbot, votes.table, votes.model.index(2, 1), KEY.Key_4)
    assert sorted((v.participant_id or 0, v.count) for v in store.list_votes(wid, items[4].id)) == [
        (0, 4), (people[0].id, 1), (people[0].id, 2)]
    assert [b.label for b in votes.chart.bars][:2] == ["Goals & <targets> set without ops", "No shared plan"]
    page.setFocus()
    room_keys(qtbot, page, KEY.Key_V)
    assert "Goals & <targets> set without ops: 5" in projector_text(page)

    # -- the matrix ------------------------------------------------------------------------------
    press(qtbot, page, KEY.Key_PageDown)
    matrix = page.capture.main
    type_line(qtbot, matrix.entry, "Invite supervisors to planning")
    type_line(qtbot, matrix.entry, "New planning tool")
    assert matrix.tray.count() == 2
    quick, big = store.list_cards(wid, items[5].id)
    mime = matrix.tray.mimeData([matrix.tray.item(0)])
    view = matrix.view
    assert drop(qtbot, view.viewport(), mime, view.mapFromScene(to_scene(0.2, 0.8)))
    placed = store.list_placements(wid, items[5].id)
    assert len(placed) == 1 and placed[0].card_id == quick.id
    assert abs(placed[0].x - 0.2) < 0.03 and abs(placed[0].y - 0.8) < 0.03
    matrix.tray.setCurrentRow(0)
    matrix.place_selected()
    note = view.notes[f"card:{big.id}"]
    start = view.mapFromScene(note.scenePos())
    end = view.mapFromScene(to_scene(0.85, 0.9))
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view.viewport(), start + QPoint(5, -5))
    qtbot.mouseMove(view.viewport(), end)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    moved = next(p for p in store.list_placements(wid, items[5].id) if p.card_id == big.id)
    assert abs(moved.x - 0.85) < 0.03 and abs(moved.y - 0.9) < 0.03
    page.setFocus()
    room_keys(qtbot, page, KEY.Key_V)
    assert "Invite supervisors to planning" in projector_text(page)

    # -- action items ----------------------------------------------------------------------------
    press(qtbot, page, KEY.Key_PageDown)
    actions = page.capture.main
    actions.owner.setCurrentIndex(actions.owner.findText("陈静"))
    type_line(qtbot, actions.entry, "Hold a joint planning meeting")
    type_line(qtbot, actions.fields["due"], "2026-04-01")
    type_line(qtbot, actions.fields["measure"], "Both teams attend")
    actions.way.setCurrentIndex(actions.way.findData(STRATEGIES[2].id))
    type_line(qtbot, actions.fields["checkin"], "next week")
    assert "Check-in" in actions.message.text() and actions.fields["checkin"].text() == "next week"
    actions.fields["checkin"].clear()
    type_line(qtbot, actions.fields["checkin"], "2026-04-15")
    (action,) = store.list_actions(wid)
    assert (action.text, action.owners, action.due, action.measure, action.strategy, action.checkin) == (
        "Hold a joint planning meeting", [people[2].id], "2026-04-01", "Both teams attend",
        STRATEGIES[2].id, "2026-04-15")
    assert actions.model.data(actions.model.index(0, actions.model.OWNERS)) == "陈静"

    # -- close and reopen: the same item, step and timer -------------------------------------------
    page.setFocus()
    press(qtbot, page, KEY.Key_Right)  # step 2 of the commitments
    clock.advance(50)
    press(qtbot, page, KEY.Key_5)
    before = (page.session.item.id, page.session.step_index, page.session.timer.remaining())
    assert before[1] == 1 and page.session.timer.running
    main_window.close()
    assert not page.projector.isVisible()
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    again.pages["run"].set_clock(clock)
    again.restore_session()
    again.show()
    resumed = again.pages["run"]
    assert again.current_page() == "run"
    assert (resumed.session.item.id, resumed.session.step_index, resumed.session.timer.remaining()) == before
    assert resumed.session.timer.running and resumed.session.timer.extra_minutes == 5
    clock.advance(30)
    qtbot.waitUntil(lambda: resumed.session.timer.remaining() == before[2] - 30)
    assert resumed.step_panel.step_title.text().startswith("Step 2 of")
    again.close()


def test_the_debrief_tab_says_how_long_the_debrief_takes(main_window, qtbot, ctx):
    page, _clock, _wid, items = open_run(main_window, qtbot, ctx)
    tabs = page.step_panel.tabs
    assert tabs.tabText(2) == "Debrief"  # the welcome has no debrief
    press(qtbot, page, KEY.Key_Right)  # on to the disconnect map, from the built-in pack
    minutes = items[1].exercise["debrief_minutes"]
    assert minutes > 0
    assert tabs.tabText(2) == f"Debrief ({minutes} min)"
    press(qtbot, page, KEY.Key_Left)
    assert tabs.tabText(2) == "Debrief"
