"""The person chosen for a new card or action never sticks to the next one without being seen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_run_workshop import open_run

KEY = Qt.Key
SHIFT = Qt.KeyboardModifier.ShiftModifier


def type_with_person(qtbot, entry, combo, text: str, initial: str) -> None:
    """Type ``text``, Tab to the person list, pick by typing ``initial``, Shift+Tab back, Enter."""
    entry.setFocus()
    qtbot.waitUntil(entry.hasFocus)
    qtbot.keyClicks(entry, text)
    qtbot.keyClick(entry, KEY.Key_Tab)
    assert QApplication.focusWidget() is combo
    qtbot.keyClicks(combo, initial)
    qtbot.keyClick(combo, KEY.Key_Tab, SHIFT)
    assert QApplication.focusWidget() is entry
    qtbot.keyClick(entry, KEY.Key_Return)


def test_card_author_resets_after_each_card(main_window, qtbot, ctx):
    page, clock, wid, items = open_run(main_window, qtbot, ctx, item=1)
    cards = page.capture.main
    people = {p.name: p.id for p in ctx.store.list_participants(wid)}
    type_with_person(qtbot, cards.entry, cards.author, "Hand-offs are late", "B")
    assert cards.author.currentIndex() == 0 and cards.author.currentData() is None  # shown: nobody
    qtbot.keyClicks(cards.entry, "Nobody owns the plan")
    qtbot.keyClick(cards.entry, KEY.Key_Return)
    stored = [(c.text, c.participant_id) for c in ctx.store.list_cards(wid, items[1].id)]
    assert stored == [("Hand-offs are late", people["Bo"]), ("Nobody owns the plan", None)]


def test_action_owner_resets_after_each_action(main_window, qtbot, ctx):
    page, clock, wid, items = open_run(main_window, qtbot, ctx, item=6)
    actions = page.capture.main
    assert page.capture.kind == "actions"
    people = {p.name: p.id for p in ctx.store.list_participants(wid)}
    type_with_person(qtbot, actions.entry, actions.owner, "Weekly joint stand-up", "A")
    assert actions.owner.currentData() is None
    actions.entry.setFocus()
    qtbot.keyClicks(actions.entry, "Share the plan by Friday")
    qtbot.keyClick(actions.entry, KEY.Key_Return)
    stored = [(a.text, a.owners) for a in ctx.store.list_actions(wid)]
    assert stored == [("Weekly joint stand-up", [people["Ann"]]), ("Share the plan by Friday", [])]
