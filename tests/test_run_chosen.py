"""The run console marks what the room chose, by keyboard and mouse, undoably: a dot vote's
options (Space on an option's check box) and a matrix's notes (Space on the selected note, or
the Chosen button); the database holds exactly what was marked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_run_fit import reveal_on_projector
from test_run_grids import open_votes, type_cells
from test_run_workshop import open_run, type_line

KEY = Qt.Key


def chosen_texts(store, wid, item_id) -> list[str]:
    return [c.text for c in store.list_cards(wid, item_id) if c.chosen]


def test_two_options_marked_chosen_by_keyboard_and_one_undone(main_window, qtbot, ctx):
    page, votes, wid, item_id = open_votes(main_window, qtbot, ctx, options=("A", "B", "C"))
    type_cells(qtbot, votes.table, [2, 1, 0, 0, 1, 2])  # Ann and Bo give their dots
    dots = [(v.card_id, v.participant_id, v.count) for v in ctx.store.list_votes(wid, item_id)]
    assert sum(count for *_ids, count in dots) == 6
    table = votes.table
    table.setFocus()
    for row in (0, 2):  # "A" and "C": Space on the option's cell ticks it
        table.setCurrentIndex(table.model().index(row, 0))
        qtbot.keyClick(table, KEY.Key_Space)
    assert chosen_texts(ctx.store, wid, item_id) == ["A", "C"]
    assert [votes.model.index(r, 0).data(Qt.ItemDataRole.CheckStateRole) for r in range(3)] == [
        Qt.CheckState.Checked, Qt.CheckState.Unchecked, Qt.CheckState.Checked]
    qtbot.keyClick(page, KEY.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert chosen_texts(ctx.store, wid, item_id) == ["A"]
    assert votes.model.index(2, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, KEY.Key_Space)  # Space again unticks
    assert chosen_texts(ctx.store, wid, item_id) == []
    assert [(v.card_id, v.participant_id, v.count) for v in ctx.store.list_votes(wid, item_id)] == dots
    table.setCurrentIndex(table.model().index(1, 0))
    qtbot.keyClick(table, KEY.Key_Space)
    votes.resize(640, 480)
    votes.grab().save("/tmp/agreed-votes.png")


def test_an_option_is_ticked_with_the_mouse(main_window, qtbot, ctx):
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    page, votes, wid, item_id = open_votes(main_window, qtbot, ctx, options=("A", "B"))
    table = votes.table
    index = table.model().index(1, 0)
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)
    option.rect = table.visualRect(index)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = table.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, table)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=box.center())
    assert chosen_texts(ctx.store, wid, item_id) == ["B"]


def chosen_on_matrix(store, wid, item_id) -> list[str]:
    texts = {c.id: c.text for c in store.list_cards(wid)}
    return sorted(texts[p.card_id] for p in store.list_placements(wid, item_id) if p.chosen)


def test_matrix_notes_marked_chosen_by_keyboard_and_mouse_and_undone(main_window, qtbot, ctx):
    page, _clock, wid, items = open_run(main_window, qtbot, ctx, item=5)
    assert page.capture.kind == "matrix"
    matrix = page.capture.main
    item_id = items[5].id
    for text in ("Stand-up", "Board", "Shadowing", "Checklist", "Rota"):
        type_line(qtbot, matrix.entry, text)
    cards = ctx.store.list_cards(wid, item_id)
    for card, (x, y) in zip(cards, [(0.2, 0.8), (0.8, 0.8), (0.2, 0.2), (0.8, 0.2), (0.4, 0.6)], strict=True):
        ctx.store.set_placement(item_id, x, y, card_id=card.id)
    matrix.reload()
    view = matrix.view
    view.setFocus()
    qtbot.keyClick(view, KEY.Key_Tab)  # the first note
    assert view.selected_keys() == [f"card:{cards[0].id}"]
    qtbot.keyClick(view, KEY.Key_Space)
    assert chosen_on_matrix(ctx.store, wid, item_id) == ["Stand-up"]
    assert view.notes[f"card:{cards[0].id}"].chosen
    # With the mouse: click the "Board" note, then the button.
    note = view.notes[f"card:{cards[1].id}"]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(note.scenePos()))
    assert view.selected_keys() == [f"card:{cards[1].id}"]
    qtbot.mouseClick(matrix.choose_button, Qt.MouseButton.LeftButton)
    assert chosen_on_matrix(ctx.store, wid, item_id) == ["Board", "Stand-up"]
    # Moving a chosen note keeps it chosen.
    view.setFocus()
    qtbot.keyClick(view, KEY.Key_Left)
    assert chosen_on_matrix(ctx.store, wid, item_id) == ["Board", "Stand-up"]
    stack = page.capture.env.stack
    stack.undo()  # the move
    stack.undo()  # the mouse's mark
    assert chosen_on_matrix(ctx.store, wid, item_id) == ["Stand-up"]
    assert not view.notes[f"card:{cards[1].id}"].chosen
    stack.redo()
    assert chosen_on_matrix(ctx.store, wid, item_id) == ["Board", "Stand-up"]
    view.resize(700, 700)
    QApplication.processEvents()
    view.grab().save("/tmp/agreed-matrix.png")
    matrix.grab().save("/tmp/agreed-matrix-capture.png")
    # The projector marks the chosen ones in their quadrants.
    projector = reveal_on_projector(page, qtbot)
    board = projector.matrix.summary().splitlines()
    assert {"  ✓ Stand-up", "  ✓ Board", "  - Rota", "  - Shadowing"} <= set(board)
    projector.grab().save("/tmp/agreed-projector.png")
