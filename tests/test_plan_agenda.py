"""Plan page, Agenda tab: exercises from the library, breaks, minutes, overrun, templates, run sheet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QSpinBox
from test_plan_support import (
    click_row,
    close_message_boxes,
    double_click,
    drop,
    edit_cell,
    open_plan,
    press_enter,
    three_people,
    type_text,
)

from workshop_app.gui.models.agenda_model import AgendaModel

from gui_helpers import click_button, when_modal

CTRL = Qt.KeyboardModifier.ControlModifier
PACK = "bridging-leadership-operations"


def agenda_tab(main_window, ctx, qtbot, **workshop):
    plan = open_plan(main_window, ctx, qtbot, **workshop)
    plan.tab(2)
    return plan, plan.page.agenda


def search(qtbot, panel, text: str) -> None:
    library = panel.library
    library.search.setFocus()
    qtbot.keyClick(library.search, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(library.search, text)
    assert library.model.rowCount() >= 1


def shown(panel) -> list[list]:
    model = panel.model
    return [[model.index(r, c).data() for c in range(4)] for r in range(model.rowCount())]


def test_add_exercises_by_button_double_click_and_drop(main_window, ctx, qtbot):
    plan, panel = agenda_tab(main_window, ctx, qtbot)
    library = panel.library
    assert library.model.rowCount() == len(ctx.library.search_exercises())
    search(qtbot, panel, "dot vote")
    library.view.setCurrentIndex(library.model.index(0, 0))
    qtbot.mouseClick(library.add_button, Qt.MouseButton.LeftButton)
    dot_vote = ctx.library.exercise(PACK, library.model.key(0)[1])
    item = ctx.store.list_agenda(plan.workshop_id)[0]
    assert (item.kind, item.pack_id, item.exercise_id, item.title, item.minutes) == (
        "exercise", PACK, dot_vote.id, dot_vote.title, dot_vote.minutes)
    assert item.exercise == dot_vote.to_dict()  # a snapshot: later pack edits never change the plan
    # Double-click in the library adds after the selected agenda row.
    search(qtbot, panel, "check-in")
    view = library.view
    double_click(qtbot, view, 0)
    check_in = ctx.library.exercise(PACK, library.model.key(0)[1])
    assert plan.agenda() == [(dot_vote.title, dot_vote.minutes), (check_in.title, check_in.minutes)]
    # Dragging from the library onto the top of the agenda puts it first.
    search(qtbot, panel, "commitments")
    commitments = ctx.library.exercise(PACK, library.model.key(0)[1])
    mime = library.model.mimeData([library.model.index(0, 0)])
    drop(panel.view, mime, 0)
    assert [t for t, _m in plan.agenda()] == [commitments.title, dot_vote.title, check_in.title]
    starts = [0, commitments.minutes, commitments.minutes + dot_vote.minutes]
    assert [row[0] for row in shown(panel)] == [f"{9 + m // 60:02d}:{m % 60:02d}" for m in starts]
    # Enter on a library row adds it too (keyboard only).
    view.setFocus()
    view.setCurrentIndex(library.model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert len(plan.agenda()) == 4
    for _ in range(4):
        plan.undo()
    assert plan.agenda() == [] and panel.model.rowCount() == 0
    plan.redo()
    assert plan.agenda() == [(dot_vote.title, dot_vote.minutes)]


def test_minutes_override_flags_the_overrun(main_window, ctx, qtbot):
    plan, panel = agenda_tab(main_window, ctx, qtbot, start_time="09:00", planned_minutes=90)
    panel.start_from(PACK, "ninety-minutes")
    total = sum(m for _t, m in plan.agenda())
    assert not panel.overrun() and not panel.warning_icon.isVisible()
    assert panel.total.text().startswith(f"Total {total} min")
    spin = edit_cell(qtbot, panel.view, 1, AgendaModel.MINUTES)
    assert isinstance(spin, QSpinBox)
    new = plan.agenda()[1][1] + 90 - total + 15
    qtbot.keyClick(spin, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(spin, str(new))
    press_enter(qtbot, spin)
    assert plan.agenda()[1][1] == new
    assert panel.overrun() and panel.warning_icon.isVisible()
    assert panel.total.text() == "Total 105 min — 15 min over the planned 90 · ends at 10:45"
    assert shown(panel)[2][0] == f"09:{5 + new:02d}"  # later rows start later
    assert panel.model.index(1, AgendaModel.MINUTES).data(Qt.ItemDataRole.ToolTipRole).startswith(
        "The exercise suggests")
    plan.undo()
    assert sum(m for _t, m in plan.agenda()) == total and not panel.overrun()
    plan.redo()
    assert panel.overrun()


def test_breaks_free_items_remove_and_keyboard_reorder(main_window, ctx, qtbot):
    plan, panel = agenda_tab(main_window, ctx, qtbot)
    qtbot.mouseClick(panel.custom_button, Qt.MouseButton.LeftButton)
    editor = QApplication.focusWidget()  # the new item's title is being edited
    qtbot.keyClick(editor, Qt.Key.Key_A, CTRL)
    type_text(qtbot, editor, "Welcome — café & <croissants>")
    press_enter(qtbot, editor)
    qtbot.mouseClick(panel.break_button, Qt.MouseButton.LeftButton)
    press_enter(qtbot, QApplication.focusWidget())  # keep the suggested title
    assert plan.agenda() == [("Welcome — café & <croissants>", 10), ("Break", 15)]
    assert [i.kind for i in ctx.store.list_agenda(plan.workshop_id)] == ["custom", "break"]
    assert [row[2] for row in shown(panel)] == ["Free item", "Break"]
    # Ctrl+Up moves the break first; the clock follows.
    view = panel.view
    view.setFocus()
    view.selectRow(1)
    qtbot.keyClick(view, Qt.Key.Key_Up, CTRL)
    assert plan.agenda() == [("Break", 15), ("Welcome — café & <croissants>", 10)]
    assert [row[0] for row in shown(panel)] == ["09:00", "09:15"]
    qtbot.keyClick(view, Qt.Key.Key_Down, CTRL)
    assert [t for t, _m in plan.agenda()] == ["Welcome — café & <croissants>", "Break"]
    # Drag the break back to the top.
    drop(view, panel.model.mimeData([panel.model.index(1, 0)]), 0)
    assert [t for t, _m in plan.agenda()] == ["Break", "Welcome — café & <croissants>"]
    assert panel.down_button.accessibleName() == "Move down"
    click_row(qtbot, view, 0)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert plan.agenda() == [("Welcome — café & <croissants>", 10)]
    plan.undo()
    assert plan.agenda() == [("Break", 15), ("Welcome — café & <croissants>", 10)]
    for _ in range(3):  # drag, Ctrl+Down, Ctrl+Up
        plan.undo()
    assert [t for t, _m in plan.agenda()] == ["Welcome — café & <croissants>", "Break"]


def test_undo_reaches_rows_that_were_deleted_and_put_back(main_window, ctx, qtbot):
    plan, panel = agenda_tab(main_window, ctx, qtbot)
    panel.add_break()
    press_enter(qtbot, QApplication.focusWidget())
    spin = edit_cell(qtbot, panel.view, 0, AgendaModel.MINUTES)
    qtbot.keyClick(spin, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(spin, "20")
    press_enter(qtbot, spin)
    first_id = ctx.store.list_agenda(plan.workshop_id)[0].id
    panel.view.selectRow(0)
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert plan.agenda() == []
    plan.undo()  # the break comes back (as a new row)
    assert plan.agenda() == [("Break", 20)]
    plan.undo()  # and the minutes edit made before the delete still finds it
    assert plan.agenda() == [("Break", 15)]
    plan.undo()
    assert plan.agenda() == []
    for _ in range(3):
        plan.redo()
    assert plan.agenda() == [] and first_id is not None
    plan.undo()
    assert plan.agenda() == [("Break", 20)]


def test_start_from_a_ready_made_agenda_asks_before_replacing(main_window, ctx, qtbot):
    plan, panel = agenda_tab(main_window, ctx, qtbot, planned_minutes=420)
    panel.add_break()
    press_enter(qtbot, QApplication.focusWidget())
    panel.template_menu.aboutToShow.emit()
    actions = {a.text(): a for a in panel.template_menu.actions()}
    full_day = next(a for text, a in actions.items() if text.endswith("Full day: bridging leadership "
                                                                       "and operations"))
    when_modal(click_button("Cancel"))
    full_day.trigger()
    assert plan.agenda() == [("Break", 15)]
    when_modal(click_button("Replace"))
    full_day.trigger()
    template = next(t for t in ctx.library.get(PACK).agendas if t.id == "full-day")
    stored = ctx.store.list_agenda(plan.workshop_id)
    assert len(stored) == len(template.items)
    assert (stored[0].kind, stored[0].exercise_id) == ("exercise", "welcome-and-purpose")
    exercises = [i for i in stored if i.kind == "exercise"]
    assert all(i.exercise and i.exercise["id"] == i.exercise_id for i in exercises)
    assert panel.model.rowCount() == len(stored)
    assert "Lunch" in [t for t, _m in plan.agenda()]
    plan.undo()
    assert plan.agenda() == [("Break", 15)]
    plan.redo()
    assert len(plan.agenda()) == len(template.items)


def test_run_sheet_is_written_on_a_worker_and_offered_to_open(main_window, ctx, qtbot, tmp_path):
    plan, panel = agenda_tab(main_window, ctx, qtbot)
    panel.start_from(PACK, "ninety-minutes")
    out = tmp_path / "run sheet.pdf"
    offered = []

    def close(box):
        offered.append(box.text())
        click_button("Close")(box)

    when_modal(close, timeout_ms=20000)
    plan.page.write_run_sheet(out)
    assert not plan.page.run_sheet_button.isEnabled()  # busy, but the window keeps working
    qtbot.waitUntil(lambda: plan.page.run_sheet_button.isEnabled(), timeout=20000)
    assert out.read_bytes().startswith(b"%PDF")
    assert offered and str(out) in offered[0]
    assert not close_message_boxes(main_window)


def test_blank_plans_are_written_on_a_worker_and_the_status_says_where(main_window, ctx, qtbot, tmp_path):
    plan = open_plan(main_window, ctx, qtbot, participants=three_people())
    button = plan.page.blank_plans_button
    assert button.isVisible() and button.text().replace("&", "") == "Print blank plans…"
    said = []
    main_window.hub.status.connect(said.append)
    out = tmp_path / "blank plans"
    offered = []

    def close(box):
        offered.append(box.text())
        click_button("Close")(box)

    when_modal(close, timeout_ms=20000)
    plan.page.write_blank_plans(out)
    assert not button.isEnabled()  # busy, but the window keeps working
    qtbot.waitUntil(lambda: button.isEnabled() and bool(offered), timeout=20000)
    written = sorted(p.name for p in out.iterdir())
    assert written == ["Ada-Lovelace.pdf", "Grace-Hopper.pdf", "Marie-Curie.pdf", "all-blank-plans.pdf"]
    assert any(str(out) in message and "3" in message for message in said)
    assert str(out / "all-blank-plans.pdf") in offered[0]  # the file to print, offered to open
    assert not close_message_boxes(main_window)


def test_the_library_beside_the_agenda_says_groups_set_up_and_preparation(main_window, ctx, qtbot):
    _plan, panel = agenda_tab(main_window, ctx, qtbot)
    search(qtbot, panel, "goal ladder")
    summary = panel.library.summary.text()
    assert "Groups: groups of four or five at a flipchart, then whole room; groups of 4\u20135" in summary
    assert "Room set-up: One flipchart per group" in summary
    assert "Preparation: 15 min \u00b7 Experience: Some experience" in summary
