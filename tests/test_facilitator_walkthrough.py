"""What a facilitator ran into using the app end to end in a real window (issue 15).

Each test replays the keys or clicks that went wrong and checks what the user would notice:
the database after typing, the focus after an action, text shown whole, the folder offered.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from test_plan_support import open_plan, three_people
from test_run_grids import open_votes, type_text
from test_run_workshop import open_run, type_line

from gui_helpers import click_button, when_modal

KEY = Qt.Key
MATRIX_ITEM = 5  # make_workshop: welcome, cards, rating, break, dot vote, matrix, actions


def focused():
    return QApplication.focusWidget()


# -- the dot-vote grid: Down after a typed count ---------------------------------------------------
def test_down_after_a_typed_count_stores_the_count_and_moves_to_the_cell_below(main_window, qtbot, ctx):
    """As in a spreadsheet: 1, Down, 1, Down stores 1 and 1 in one person's column (in the real
    window the spin box took Down as "one less" and stored 1 where 2 was typed (and 0 for a typed 1))."""
    page, votes, wid, item_id = open_votes(main_window, qtbot, ctx, options=("A", "B", "C"))
    people = ctx.store.list_participants(wid)
    cards = ctx.store.list_cards(wid, item_id)
    table = votes.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 1))  # first option, first person
    for value in (1, 1):
        type_text(qtbot, str(value))
        qtbot.keyClick(focused(), KEY.Key_Down)
    QApplication.processEvents()
    got = {(v.card_id, v.participant_id): v.count for v in ctx.store.list_votes(wid, item_id)}
    assert [got.get((c.id, people[0].id), 0) for c in cards] == [1, 1, 0]
    assert table.currentIndex() == table.model().index(2, 1)
    type_text(qtbot, "1")  # Up from the third cell goes back to the first, keeping what was typed
    qtbot.keyClick(focused(), KEY.Key_Up)
    QApplication.processEvents()
    got = {(v.card_id, v.participant_id): v.count for v in ctx.store.list_votes(wid, item_id)}
    assert [got.get((c.id, people[0].id), 0) for c in cards] == [1, 1, 1]
    assert table.currentIndex() == table.model().index(1, 1)


# -- the 2x2: after Place the keyboard goes on with the note -------------------------------------
def test_a_placed_candidate_is_selected_on_the_matrix_for_the_arrows_and_space(main_window, qtbot, ctx):
    page, _clock, wid, items = open_run(main_window, qtbot, ctx, item=MATRIX_ITEM)
    matrix = page.capture.main
    assert page.capture.kind == "matrix"
    type_line(qtbot, matrix.entry, "Monday figures email")
    type_line(qtbot, matrix.entry, "Joint huddle")
    matrix.tray.setCurrentRow(0)
    qtbot.mouseClick(matrix.place_button, Qt.MouseButton.LeftButton)
    assert focused() is matrix.view
    for key in (KEY.Key_Up, KEY.Key_Up, KEY.Key_Left, KEY.Key_Left, KEY.Key_Space):
        qtbot.keyClick(focused(), key)
    placed = ctx.store.list_placements(wid, items[MATRIX_ITEM].id)
    assert len(placed) == 1
    assert placed[0].chosen
    assert placed[0].x < 0.5 < placed[0].y  # moved into the low effort, high impact corner


def test_placing_the_last_candidate_leaves_the_focus_on_the_matrix(main_window, qtbot, ctx):
    """The Place button hides with the last candidate: the focus must not vanish with it."""
    page, _clock, wid, items = open_run(main_window, qtbot, ctx, item=MATRIX_ITEM)
    matrix = page.capture.main
    type_line(qtbot, matrix.entry, "Shared handover board")
    matrix.tray.setCurrentRow(0)
    matrix.tray.setFocus()
    qtbot.keyClick(matrix.tray, KEY.Key_Return)
    assert not matrix.place_button.isVisible()
    assert focused() is matrix.view
    qtbot.keyClick(focused(), KEY.Key_Space)
    assert [p.chosen for p in ctx.store.list_placements(wid, items[MATRIX_ITEM].id)] == [True]


# -- the Plan page -------------------------------------------------------------------------------
def _open_plan(main_window, qtbot, ctx, title: str):
    main_window.resize(1280, 800)
    return open_plan(main_window, ctx, qtbot, participants=three_people(), title=title).page


def test_the_plan_heading_shows_a_long_title_whole(main_window, qtbot, ctx):
    """At 1280 pixels the heading was cut to "Plan: Leaders and operations, one tea"."""
    page = _open_plan(main_window, qtbot, ctx, "Leaders and operations, one team: the spring offsite")
    heading = page.heading
    QApplication.processEvents()
    lines = heading.fontMetrics().boundingRect(heading.contentsRect(), int(Qt.TextFlag.TextWordWrap),
                                               heading.text())
    assert lines.width() <= heading.contentsRect().width()
    assert lines.height() <= heading.contentsRect().height()
    page.grab().save("/tmp/facilitator-plan-heading.png")


def test_the_plan_pages_papers_are_offered_the_folder_last_written(main_window, qtbot, ctx, tmp_path,
                                                                   monkeypatch):
    """Blank plans, handouts and the run sheet for tomorrow go in one folder: after the first,
    each dialog opens there (each used to start again in Documents)."""
    page = _open_plan(main_window, qtbot, ctx, "Tomorrow")
    offered: list[str] = []
    folder = tmp_path / "papers"
    folder.mkdir()

    def choose_folder(_parent, _title, start):
        offered.append(start)
        return str(folder)

    def save_file(_parent, _title, start, _filter):
        offered.append(str(Path(start).parent))
        return "", ""  # cancelled: only the folder offered matters here

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(choose_folder))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_file))
    when_modal(click_button("Close"), timeout_ms=20000)  # "Open it" is offered for the print file
    page.write_blank_plans()
    qtbot.waitUntil(lambda: page.task is None and QApplication.activeModalWidget() is None, timeout=20000)
    page.write_run_sheet()
    assert offered[1:] == [str(folder)]


# -- the dot-vote panel: the grid where the dots are typed gets the room ---------------------------
def test_the_vote_grid_gets_more_room_than_the_bars_beside_ten_people(main_window, qtbot, ctx):
    """In a 1280x800 window the grid showed three rows while the bars below took twice its height:
    typing ten people's dots meant scrolling a small box."""
    main_window.resize(1280, 800)
    page, votes, wid, item_id = open_votes(main_window, qtbot, ctx)
    QApplication.processEvents()
    assert votes.table.height() > votes.chart.height()
    model = votes.table.model()
    last = votes.table.visualRect(model.index(model.rowCount() - 1, 0))
    assert last.bottom() <= votes.table.viewport().height()  # all five options in view
    votes.grab().save("/tmp/facilitator-votes.png")
