"""The 2x2's candidates taken from the chosen options of the dot vote before it, by keyboard,
undoably, instead of typed again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from test_run_workshop import open_run

from workshop_app.model import Card


def texts_on(store, wid, item_id) -> list[str]:
    return sorted(c.text for c in store.list_cards(wid, item_id))


def test_the_dot_votes_chosen_options_become_the_matrix_candidates(main_window, qtbot, ctx):
    page, _clock, wid, items = open_run(main_window, qtbot, ctx, item=5)
    vote, matrix_item = items[4], items[5]
    assert page.capture.kind == "matrix"
    matrix = page.capture.main
    assert not matrix.take_chosen_button.isEnabled()  # the vote has chosen nothing yet
    for text, chosen in (("Joint stand-up", True), ("Shared board", False), ("Shadowing", True)):
        ctx.store.add_card(Card(text=text, workshop_id=wid, agenda_item_id=vote.id, chosen=chosen))
    ctx.store.add_card(Card(text="Shadowing", workshop_id=wid, agenda_item_id=matrix_item.id))  # typed
    page.capture.set_item(page.session.item, page.session.exercise)
    button = matrix.take_chosen_button
    assert button.isEnabled() and vote.title in button.toolTip()
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert texts_on(ctx.store, wid, matrix_item.id) == ["Joint stand-up", "Shadowing"]
    assert not any(c.chosen for c in ctx.store.list_cards(wid, matrix_item.id))  # the matrix chooses anew
    tray = [matrix.tray.item(i).text() for i in range(matrix.tray.count())]
    assert sorted(tray) == ["Joint stand-up", "Shadowing"]
    assert texts_on(ctx.store, wid, vote.id) == ["Joint stand-up", "Shadowing", "Shared board"]
    qtbot.keyClick(page, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert texts_on(ctx.store, wid, matrix_item.id) == ["Shadowing"]
    assert [matrix.tray.item(i).text() for i in range(matrix.tray.count())] == ["Shadowing"]
    matrix.resize(700, 600)
    matrix.grab().save("/tmp/projmatrix-capture.png")
