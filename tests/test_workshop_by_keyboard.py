"""A whole workshop played keyboard-first on the real main window, then the database is
compared with what was typed, exactly.

Plan: a participant added with Insert, Tab and Enter. Run: the workshop started with Space,
cards typed with Enter, a note typed with the projector open (a sentence full of the letters
that used to be the room's shortcuts), every cell of the rating and dot-vote grids typed with
Tab, an action item; the workshop ended. Then a participant with captured data is removed
and the removal undone with Ctrl+Z: the workshop file is the same as before.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication
from test_run_helpers import FakeClock, make_workshop
from test_run_workshop import KEY, room_keys

from workshop_app.services import workshop_files

from gui_helpers import activate, click_button, give_focus, when_modal

CTRL = Qt.KeyboardModifier.ControlModifier
NOTE = "Plan: Bo, Vera and Ravi 5 times <b>&gt;</b> -- <!-- keep --> PBVR 5"


def focused():
    return QApplication.focusWidget()


def keys(qtbot, *sequence) -> None:
    """Each key (a Qt key, or text typed one character at a time) to whatever has the focus."""
    for key in sequence:
        if isinstance(key, str):  # (QTest takes one character as an ASCII key: type the rest whole)
            for char in (key if key.isascii() else [key]):
                qtbot.keyClicks(focused(), char)
        else:
            qtbot.keyClick(focused(), key)
        QApplication.processEvents()  # as the event loop runs between a person's keys


def export(ctx, wid, tmp_path, name):
    path = tmp_path / f"{name}.json"
    workshop_files.export_workshop_file(ctx, wid, path)
    return json.loads(path.read_text(encoding="utf-8"))


def type_grid(qtbot, table, values) -> None:
    """From the first cell: each value, then Tab, as a facilitator types a whole grid."""
    give_focus(qtbot, table)
    table.setCurrentIndex(table.model().index(0, 0) if table.model().flags(table.model().index(0, 0))
                          & Qt.ItemFlag.ItemIsEditable else table.model().index(0, 1))
    for value in values:
        keys(qtbot, str(value), KEY.Key_Tab)
    QApplication.processEvents()


def test_a_whole_workshop_by_keyboard(main_window, qtbot, ctx, tmp_path):
    store = ctx.store
    wid, items = make_workshop(ctx)
    hub = main_window.hub
    hub.workshopOpened.emit(wid)

    # -- plan: a late sign-up typed into the participants table --------------------------------
    main_window.show_page("plan")
    plan = main_window.pages["plan"]
    plan.tabs.setCurrentIndex(1)
    view = plan.participants.view
    give_focus(qtbot, view)
    view.selectionModel().setCurrentIndex(view.model().index(3, 0),
                                          QItemSelectionModel.SelectionFlag.ClearAndSelect
                                          | QItemSelectionModel.SelectionFlag.Rows)
    keys(qtbot, KEY.Key_Insert)
    qtbot.keyClick(focused(), KEY.Key_A, CTRL)
    keys(qtbot, "Eve & <Night>", KEY.Key_Tab, "Shift lead", KEY.Key_Tab, "Nights", KEY.Key_Tab,
         KEY.Key_Home, KEY.Key_Down, KEY.Key_Down, KEY.Key_Tab, "eve@example.org", KEY.Key_Return)
    people = store.list_participants(wid)
    assert [(p.name, p.role, p.team, p.side, p.email) for p in people][-1] == (
        "Eve & <Night>", "Shift lead", "Nights", "operations", "eve@example.org")
    assert len(people) == 5

    # -- run: start, cards ---------------------------------------------------------------------
    page = main_window.pages["run"]
    page.set_clock(FakeClock())
    main_window.show_page("run")
    give_focus(qtbot, page)
    keys(qtbot, KEY.Key_Space, KEY.Key_Right)
    assert page.session.started and page.session.item.id == items[1].id
    cards = page.capture.main
    typed_cards = [("Hand-offs get lost on Mondays", "Bo"), ("Targets set without ops & <floor>", None),
                   ("No shared weekly plan", "Dana <ops>")]
    for text, author in typed_cards:
        give_focus(qtbot, cards.author)
        keys(qtbot, KEY.Key_Home)
        if author:
            keys(qtbot, *[KEY.Key_Down] * [p.name for p in people].index(author), KEY.Key_Down)
        give_focus(qtbot, cards.entry)
        keys(qtbot, text, KEY.Key_Return)
    names = {p.id: p.name for p in people}
    assert [(c.text, names.get(c.participant_id)) for c in store.list_cards(wid, items[1].id)] == typed_cards

    # -- a note typed with the projector open: no letter reaches the room -----------------------
    give_focus(qtbot, page)
    room_keys(qtbot, page, KEY.Key_P)
    assert page.projector.isVisible()
    before = (page.session.timer.running, page.reveal_button.isChecked(),
              page.projector.screens.currentIndex(), page.session.step_index)
    keys_to_projector = "PBVR 5"
    for char in keys_to_projector:  # a missed click gave the projector the keys
        qtbot.keyClicks(page.projector, char)
    notes = page.capture.notes
    page.capture.tabs.setCurrentWidget(notes)
    give_focus(qtbot, notes.new_button)
    keys(qtbot, KEY.Key_Space)
    give_focus(qtbot, notes.editor)
    keys(qtbot, NOTE)
    assert notes.editor.toPlainText() == NOTE and page.projector.isVisible()
    after = (page.session.timer.running, page.reveal_button.isChecked(),
             page.projector.screens.currentIndex(), page.session.step_index)
    assert after == before
    qtbot.waitUntil(lambda: NOTE in [n.text for n in store.list_notes(wid, items[1].id)], timeout=5000)
    keys(qtbot, KEY.Key_Escape)

    # -- every rating cell, by Tab ---------------------------------------------------------------
    give_focus(qtbot, page)
    keys(qtbot, KEY.Key_PageDown)
    ratings = page.capture.main
    assert page.session.item.id == items[2].id
    criteria = ratings.model.criteria
    assert [p.id for p in ratings.model.participants] == [p.id for p in people]
    typed_ratings = [[(row * 3 + col) % 5 + 1 for col in range(len(people))] for row in range(len(criteria))]
    type_grid(qtbot, ratings.table, [v for row in typed_ratings for v in row])
    got = {(r.criterion, r.participant_id): r.value for r in store.list_ratings(wid, items[2].id)}
    assert [[got.get((c, p.id)) for p in people] for c in criteria] == typed_ratings

    # -- every dot-vote cell, by Tab ----------------------------------------------------------------
    give_focus(qtbot, page)
    keys(qtbot, KEY.Key_PageDown, KEY.Key_PageDown)  # past the coffee break
    votes = page.capture.main
    assert page.session.item.id == items[4].id
    votes.copy_from.setCurrentIndex(votes.copy_from.findData(items[1].id))
    copy = next(b for b in votes.findChildren(type(page.run_button)) if b.text() == "Copy cards")
    give_focus(qtbot, copy)
    keys(qtbot, KEY.Key_Space)
    options = store.list_cards(wid, items[4].id)
    assert [c.text for c in options] == [text for text, _ in typed_cards]
    typed_votes = [[1, 0, 2, 1, 0],  # one row per option, one count per person: 3 dots each at most
                   [1, 2, 0, 1, 3],
                   [1, 1, 1, 0, 0]]
    type_grid(qtbot, votes.table, [v for row in typed_votes for v in row])
    dots = {(v.card_id, v.participant_id): v.count for v in store.list_votes(wid, items[4].id)}
    assert [[dots.get((c.id, p.id), 0) for p in people] for c in options] == typed_votes
    assert None not in {pid for _card, pid in dots}

    # -- an action item ------------------------------------------------------------------------------
    give_focus(qtbot, page)
    keys(qtbot, KEY.Key_PageDown, KEY.Key_PageDown)  # past the matrix
    actions = page.capture.main
    assert page.session.item.id == items[6].id
    give_focus(qtbot, actions.owner)
    keys(qtbot, KEY.Key_End)  # the last one: Eve
    give_focus(qtbot, actions.entry)
    keys(qtbot, "Walk the floor with ops every Monday", KEY.Key_Return)
    give_focus(qtbot, actions.fields["due"])
    keys(qtbot, "2026-05-04", KEY.Key_Return)
    (action,) = store.list_actions(wid)
    assert (action.text, [names[o] for o in action.owners], action.due) == (
        "Walk the floor with ops every Monday", ["Eve & <Night>"], "2026-05-04")

    # -- end the workshop: asked first, Enter takes the default and opens Wrap-up ----------------
    def enter_on_the_question(box) -> None:
        assert "Wrap-up" in box.text() + box.informativeText()
        activate(box)  # as a desktop does; offscreen Qt leaves the console active
        qtbot.keyClick(box, KEY.Key_Return)

    when_modal(enter_on_the_question)
    give_focus(qtbot, actions.entry)  # from wherever the focus is in the window
    room_keys(qtbot, focused(), KEY.Key_E)
    qtbot.waitUntil(lambda: main_window.current_page() == "wrapup", timeout=5000)
    assert page.session.ended and store.get_run_state(wid).ended_at

    # -- remove someone with data, then undo: exactly what was there ---------------------------------
    before_file = export(ctx, wid, tmp_path, "before")
    main_window.show_page("plan")
    plan.tabs.setCurrentIndex(1)
    give_focus(qtbot, view)
    view.selectionModel().setCurrentIndex(view.model().index(1, 0),  # Bo: dots, ratings, a card
                                          QItemSelectionModel.SelectionFlag.ClearAndSelect
                                          | QItemSelectionModel.SelectionFlag.Rows)
    when_modal(click_button("Remove"))
    keys(qtbot, KEY.Key_Delete)
    assert "Bo" not in [p.name for p in store.list_participants(wid)]
    give_focus(qtbot, view)
    qtbot.keyClick(focused(), KEY.Key_Z, CTRL)
    assert export(ctx, wid, tmp_path, "after") == before_file

    # -- the database holds exactly what was typed ---------------------------------------------------
    assert [p.name for p in store.list_participants(wid)] == [p.name for p in people]
    assert [(c.text, names.get(c.participant_id)) for c in store.list_cards(wid, items[1].id)] == typed_cards
    assert [n.text for n in store.list_notes(wid, items[1].id) if not n.private] == [NOTE]
    got = {(r.criterion, r.participant_id): r.value for r in store.list_ratings(wid, items[2].id)}
    assert [[got.get((c, p.id)) for p in people] for c in criteria] == typed_ratings
    dots = {(v.card_id, v.participant_id): v.count for v in store.list_votes(wid, items[4].id)}
    assert [[dots.get((c.id, p.id), 0) for p in people] for c in options] == typed_votes
    (action,) = store.list_actions(wid)
    assert [names[o] for o in action.owners] == ["Eve & <Night>"]
