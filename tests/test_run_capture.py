"""Capture on the Run page: keys stay with text fields, undo and redo, autosave and failed writes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from test_run_helpers import FakeClock
from test_run_workshop import enter_cell, open_run, type_line

from workshop_app.gui.run import capture_notes
from workshop_app.storage.errors import StorageWriteError

KEY = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


def test_text_fields_keep_their_keys(main_window, qtbot, ctx):
    page, clock, wid, items = open_run(main_window, qtbot, ctx, item=1)
    cards = page.capture.main
    cards.entry.setFocus()
    qtbot.keyClicks(cards.entry, "b 15 r.v+p")
    for key in (KEY.Key_Left, KEY.Key_Right, KEY.Key_PageDown):
        qtbot.keyClick(cards.entry, key)
    assert cards.entry.text() == "b 15 r.v+p"
    session = page.session
    timer = session.timer
    assert (session.index, session.step_index, timer.running, timer.extra_minutes) == (1, 0, False, 0)
    assert not session.state.projector_blank and not page.projector.isVisible()
    cards.tree.setFocus()
    qtbot.keyClick(cards.tree, KEY.Key_Right)  # a list keeps its arrows
    assert session.step_index == 0
    qtbot.keyClick(cards.tree, KEY.Key_Escape)  # Escape hands the keys back to the console
    assert page.hasFocus()
    qtbot.keyClick(page, KEY.Key_Right)
    qtbot.keyClick(page, KEY.Key_B, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert session.step_index == 1 and session.state.projector_blank
    qtbot.keyClick(page, KEY.Key_Space)
    assert session.timer.running
    labels = " ".join(w.text() for w in page.navigation.keys.findChildren(type(page.step_panel.drift)))
    assert "Start or pause the timer" in labels and "Blank the projector" in labels


def test_jump_to_any_item_from_the_agenda(main_window, qtbot, ctx):
    page, clock, wid, items = open_run(main_window, qtbot, ctx)
    agenda = page.navigation.agenda
    agenda.setFocus()
    agenda.setCurrentIndex(page.navigation.model.index(4, 0))
    qtbot.keyClick(agenda, KEY.Key_Return)
    assert page.session.item.id == items[4].id and page.capture.kind == "dot_vote"
    qtbot.keyClick(agenda, KEY.Key_Right)  # the agenda lets the console's arrows through
    assert page.session.step_index == 1
    assert ctx.store.get_run_state(wid).agenda_item_id == items[4].id


def test_shortcuts_only_on_the_run_page(main_window, qtbot, ctx):
    page, clock, wid, items = open_run(main_window, qtbot, ctx)
    main_window.show_page("workshops")
    main_window.pages["workshops"].setFocus()
    qtbot.keyClick(main_window.pages["workshops"], KEY.Key_Space)
    assert not page.session.timer.running


def test_undo_and_redo_card_capture(main_window, qtbot, ctx):
    page, clock, wid, items = open_run(main_window, qtbot, ctx, item=1)
    store = ctx.store
    cards = page.capture.main
    type_line(qtbot, cards.entry, "Late hand-offs")
    type_line(qtbot, cards.entry, "No shared plan")
    type_line(qtbot, cards.cluster_name, "Planning")
    cluster = store.list_clusters(wid, items[1].id)[0]
    first, second = store.list_cards(wid, items[1].id)
    cards.move_cards([first.id, second.id], cluster.id)
    # delete the cluster: its cards stay, ungrouped; undo puts the cluster and its cards back
    cards.tree.setFocus()
    cards.tree.setCurrentIndex(cards.model.index_of_group(cluster.id))
    qtbot.keyClick(cards.tree, KEY.Key_Delete)
    assert store.list_clusters(wid, items[1].id) == []
    assert {c.cluster_id for c in store.list_cards(wid, items[1].id)} == {None}
    qtbot.keyClick(cards.tree, KEY.Key_Z, CTRL)
    (back,) = store.list_clusters(wid, items[1].id)
    assert back.name == "Planning" and {c.cluster_id for c in store.list_cards(wid, items[1].id)} == {back.id}
    # edit a card in place (F2), then delete it and bring it back
    cards.tree.setCurrentIndex(cards.model.index_of_card(first.id))
    qtbot.keyClick(cards.tree, KEY.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "Late hand-offs on Mondays")
    qtbot.keyClick(editor, KEY.Key_Return)
    QApplication.processEvents()  # the delegate commits on the next turn of the event loop
    assert store.list_cards(wid, items[1].id)[0].text == "Late hand-offs on Mondays"
    cards.tree.setFocus()
    cards.tree.setCurrentIndex(cards.model.index_of_card(first.id))
    qtbot.keyClick(cards.tree, KEY.Key_Delete)
    assert [c.text for c in store.list_cards(wid, items[1].id)] == ["No shared plan"]
    undo = page.capture.undo_button
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert sorted(c.text for c in store.list_cards(wid, items[1].id)) == ["Late hand-offs on Mondays",
                                                                       "No shared plan"]
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)  # the edit
    assert "Late hand-offs" in [c.text for c in store.list_cards(wid, items[1].id)]
    for _ in range(3):
        qtbot.mouseClick(page.capture.redo_button, Qt.MouseButton.LeftButton)
    assert [c.text for c in store.list_cards(wid, items[1].id)] == ["No shared plan"]


def test_deleted_option_comes_back_with_its_votes(main_window, qtbot, ctx):
    page, clock, wid, items = open_run(main_window, qtbot, ctx, item=4)
    store = ctx.store
    votes = page.capture.main
    type_line(qtbot, votes.entry, "Share the plan")
    enter_cell(qtbot, votes.table, votes.model.index(0, 2), KEY.Key_3)  # Bo's three dots
    assert [v.count for v in store.list_votes(wid, items[4].id)] == [3]
    votes.table.setCurrentIndex(votes.model.index(0, 0))
    qtbot.keyClick(votes.table, KEY.Key_Delete)
    assert store.list_cards(wid, items[4].id) == [] and store.list_votes(wid) == []
    votes.table.setFocus()
    qtbot.keyClick(votes.table, KEY.Key_Z, CTRL)
    (card,) = store.list_cards(wid, items[4].id)
    assert [(v.card_id, v.count) for v in store.list_votes(wid, items[4].id)] == [(card.id, 3)]
    qtbot.keyClick(votes.table, KEY.Key_Z, CTRL)  # the dots, on the restored card
    assert store.list_votes(wid) == []


def test_action_undo_and_dates(main_window, qtbot, ctx):
    page, clock, wid, items = open_run(main_window, qtbot, ctx, item=6)
    store = ctx.store
    actions = page.capture.main
    type_line(qtbot, actions.entry, "Visit the floor weekly")
    owners = actions.owners
    owners.item(1).setCheckState(Qt.CheckState.Checked)
    owners.item(3).setCheckState(Qt.CheckState.Checked)
    people = store.list_participants(wid)
    assert store.list_actions(wid)[0].owners == [people[1].id, people[3].id]
    type_line(qtbot, actions.fields["due"], "31/04/2026")
    assert "By when" in actions.message.text() and store.list_actions(wid)[0].due == ""
    actions.delete_button.click()
    assert store.list_actions(wid) == []
    page.capture.env.stack.undo()
    (action,) = store.list_actions(wid)
    assert action.text == "Visit the floor weekly" and action.owners == [people[1].id, people[3].id]


def test_notes_autosave_flush_and_failed_write(main_window, qtbot, ctx, monkeypatch):
    page, clock, wid, items = open_run(main_window, qtbot, ctx)
    store = ctx.store
    notes = page.capture.notes  # the Welcome item captures notes only
    assert page.capture.tabs.count() == 1
    notes.editor.setFocus()
    qtbot.keyClicks(notes.editor, "Energy is low after lunch")
    qtbot.waitUntil(lambda: [n.text for n in store.list_notes(wid, items[0].id)] == [
        "Energy is low after lunch"], timeout=2000)  # autosaved within a second
    assert notes.saved.text() == "Saved"

    def full(note):
        raise StorageWriteError("The disk is full.")

    real = store.save_note
    monkeypatch.setattr(store, "save_note", full)
    monkeypatch.setattr(capture_notes, "RETRY_MS", 300)  # the app waits 5 s before trying again
    errors = []
    page.hub.error.connect(errors.append)
    qtbot.keyClicks(notes.editor, ", and a break helps")
    notes.flush()
    assert errors == ["The disk is full."] and "Not saved yet" in notes.saved.text()
    assert notes.editor.toPlainText() == "Energy is low after lunch, and a break helps"  # text stays
    monkeypatch.setattr(store, "save_note", real)
    qtbot.waitUntil(lambda: store.list_notes(wid, items[0].id)[0].text.endswith("a break helps"),
                    timeout=3000)  # retried a moment later
    for box in main_window.findChildren(QMessageBox):
        box.close()
    # typing and closing at once: flush() on close saves it
    qtbot.keyClicks(notes.editor, "!")
    main_window.close()
    assert store.list_notes(wid, items[0].id)[0].text.endswith("helps!")


def test_failed_run_state_write_is_reported_and_retried(main_window, qtbot, ctx, monkeypatch):
    page, clock, wid, items = open_run(main_window, qtbot, ctx)
    real = ctx.store.save_run_state
    errors = []
    page.hub.error.connect(errors.append)

    def broken(state):
        raise StorageWriteError("The folder is read-only.")

    monkeypatch.setattr(ctx.store, "save_run_state", broken)
    qtbot.keyClick(page, KEY.Key_PageDown)
    assert errors == ["The folder is read-only."] and page.session.index == 1  # the room moved on
    monkeypatch.setattr(ctx.store, "save_run_state", real)
    clock.advance(10)
    qtbot.waitUntil(lambda: not page.session.unsaved)
    assert ctx.store.get_run_state(wid).agenda_item_id == items[1].id
    for box in main_window.findChildren(QMessageBox):
        box.close()


def test_no_agenda_yet(main_window, qtbot, ctx):
    from workshop_app.model import Workshop

    w = ctx.store.create_workshop(Workshop(title="Empty"))
    page = main_window.pages["run"]
    page.set_clock(FakeClock())
    main_window.hub.workshopOpened.emit(w.id)
    main_window.show_page("run")
    page.setFocus()
    qtbot.keyClick(page, KEY.Key_Space)
    qtbot.keyClick(page, KEY.Key_Right)
    assert page.step_panel.item_title.text() == "This workshop has no agenda yet"
    assert not page.run_button.isEnabled() and page.session.item is None
