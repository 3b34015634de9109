"""The run console marks what the room chose, by keyboard and mouse, undoably: a dot vote's
options (Space on an option's check box) and a matrix's notes (Space on the selected note, or
the Chosen button); the database holds exactly what was marked."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
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
