"""Undo on the Run page puts deleted rows back under their own ids, so older commands find them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_run_helpers import make_workshop
from test_run_workshop import enter_cell, open_run, type_line

from workshop_app.gui.hub import SignalHub
from workshop_app.gui.run import commands
from workshop_app.gui.run.capture_base import CaptureEnv
from workshop_app.model import ActionItem, Card

KEY = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


def database(store) -> dict[str, list[dict]]:
    """Every row of every table of the user's data (not the bookkeeping of migrations or search)."""
    return {name: list(store.db[name].rows) for name in store.db.table_names()
            if not name.startswith(("_", "sqlite_")) and "_fts" not in name}


def card_key(qtbot, cards, card_id: int, key) -> None:
    """Press a key on a card of the Cards capture's tree."""
    cards.tree.setFocus()
    cards.tree.setCurrentIndex(cards.model.index_of_card(card_id))
    qtbot.keyClick(cards.tree, key)


def edit_card(qtbot, cards, card_id: int, text: str) -> None:
    """Edit a card's text in place (F2, type, Enter)."""
    card_key(qtbot, cards, card_id, KEY.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, KEY.Key_Return)
    QApplication.processEvents()  # the delegate commits on the next turn of the event loop


def two_cards(main_window, qtbot, ctx):
    """The Run page on a Cards item where two cards were typed: store, workshop id, item, widget."""
    page, clock, wid, items = open_run(main_window, qtbot, ctx, item=1)
    cards = page.capture.main
    type_line(qtbot, cards.entry, "Late hand-offs")
    type_line(qtbot, cards.entry, "No shared plan")
    return ctx.store, wid, items[1], cards


def test_deleted_card_comes_back_under_its_own_id(main_window, qtbot, ctx):
    store, wid, item, cards = two_cards(main_window, qtbot, ctx)
    first, second = store.list_cards(wid, item.id)
    before = database(store)
    card_key(qtbot, cards, first.id, KEY.Key_Delete)
    assert [c.id for c in store.list_cards(wid, item.id)] == [second.id]
    qtbot.keyClick(cards.tree, KEY.Key_Z, CTRL)
    assert database(store) == before
    assert [c.id for c in store.list_cards(wid, item.id)] == [first.id, second.id]
    cards.window().grab().save("/tmp/undo-cards-back.png")


def test_an_older_edit_redone_after_delete_and_undo_changes_the_right_row(main_window, qtbot, ctx):
    store, wid, item, cards = two_cards(main_window, qtbot, ctx)
    first, second = store.list_cards(wid, item.id)
    edit_card(qtbot, cards, first.id, "Late hand-offs on Mondays")
    edited = database(store)
    card_key(qtbot, cards, first.id, KEY.Key_Delete)
    qtbot.keyClick(cards.tree, KEY.Key_Z, CTRL)  # the card is back...
    qtbot.keyClick(cards.tree, KEY.Key_Z, CTRL)  # ...and the edit undone
    assert store.get_card(first.id).text == "Late hand-offs"
    assert store.get_card(second.id).text == "No shared plan"
    qtbot.keyClick(cards.tree, KEY.Key_Y, CTRL)  # the older edit, redone on the same row
    assert database(store) == edited
    assert store.get_card(first.id).text == "Late hand-offs on Mondays"


def test_a_vote_set_to_nothing_and_back_keeps_its_id(main_window, qtbot, ctx):
    page, clock, wid, items = open_run(main_window, qtbot, ctx, item=4)
    store = ctx.store
    votes = page.capture.main
    type_line(qtbot, votes.entry, "Share the plan")
    enter_cell(qtbot, votes.table, votes.model.index(0, 2), KEY.Key_3)
    (vote,) = store.list_votes(wid, items[4].id)
    enter_cell(qtbot, votes.table, votes.model.index(0, 2), KEY.Key_0)
    assert store.list_votes(wid, items[4].id) == []
    votes.table.setFocus()
    qtbot.keyClick(votes.table, KEY.Key_Z, CTRL)
    assert store.list_votes(wid, items[4].id) == [vote]


def _env(ctx, wid: int) -> CaptureEnv:
    env = CaptureEnv(ctx, SignalHub())
    env.set_workshop(wid)
    return env


def test_a_thousand_add_undo_redo_cycles_leave_the_database_as_expected(qapp, ctx):
    wid, items = make_workshop(ctx)
    store = ctx.store
    env = _env(ctx, wid)
    ann = store.list_participants(wid)[0]
    empty = database(store)
    assert env.push(commands.AddCard(env, Card(text="Share the plan", workshop_id=wid,
                                               agenda_item_id=items[4].id)))
    (card,) = store.list_cards(wid, items[4].id)
    assert env.push(commands.SetVotes(env, items[4].id, card.id, ann.id, 2))
    assert env.push(commands.SetPlacement(env, items[5].id, (0.2, 0.8), card_id=card.id))
    assert env.push(commands.DeleteCard(env, card.id))
    gone = database(store)
    for _ in range(250):
        env.stack.undo()  # the card back, with its dots and its place
        back = database(store)
        assert store.get_card(card.id).text == "Share the plan"
        env.stack.undo()
        env.stack.undo()
        env.stack.undo()
        assert database(store) == empty
        for _step in range(3):
            env.stack.redo()
        assert database(store) == back
        env.stack.redo()
        assert database(store) == gone
    assert store.list_votes(wid) == [] and store.list_placements(wid) == []


def test_deleted_action_note_and_rating_come_back_as_they_were(qapp, ctx):
    wid, items = make_workshop(ctx)
    store = ctx.store
    env = _env(ctx, wid)
    ann, bo = store.list_participants(wid)[:2]
    assert env.push(commands.AddAction(env, ActionItem(text="Visit the floor", workshop_id=wid,
                                                       owners=[bo.id, ann.id])))
    (action,) = store.list_actions(wid)
    assert env.push(commands.SetPlacement(env, items[5].id, (0.9, 0.1), action_id=action.id))
    assert env.push(commands.SetRating(env, items[3].id, ann.id, "clarity", 4))
    kept = database(store)
    assert env.push(commands.EditAction(env, action.id, {"text": "Visit the floor weekly"}))
    assert env.push(commands.DeleteAction(env, action.id))
    assert env.push(commands.SetRating(env, items[3].id, ann.id, "clarity", None))
    assert store.list_actions(wid) == [] and store.list_ratings(wid) == []
    env.stack.undo()
    env.stack.undo()
    assert store.get_action(action.id).text == "Visit the floor weekly"
    env.stack.undo()
    assert database(store) == kept
