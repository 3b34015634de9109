"""Plan page, Participants tab: add, edit, remove, reorder, import a CSV, paste rows; undo all."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QComboBox
from test_plan_support import (
    close_message_boxes,
    drop,
    edit_cell,
    open_plan,
    press_enter,
    three_people,
    type_text,
)

from workshop_app.model import Participant

from gui_helpers import after_reading, when_modal

CSV = Path(__file__).parent / "data" / "csv"
CTRL = Qt.KeyboardModifier.ControlModifier


def cells(panel, row: int) -> list[str]:
    model = panel.model
    return [model.index(row, c).data() for c in range(model.columnCount())]


def test_add_edit_and_remove_participants_by_keyboard_and_buttons(main_window, ctx, qtbot):
    plan = open_plan(main_window, ctx, qtbot)
    plan.tab(1)
    panel = plan.page.participants
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    editor = QApplication.focusWidget()  # the name cell is being edited at once
    qtbot.keyClick(editor, Qt.Key.Key_A, CTRL)
    type_text(qtbot, editor, "Zoë <O'Brien> & co")
    press_enter(qtbot, editor)
    assert plan.names() == ["Zoë <O'Brien> & co"]
    # Typing on a selected cell edits it (role column).
    view = panel.view
    view.setCurrentIndex(panel.model.index(0, 1))
    qtbot.keyClicks(view, "P")  # the first key opens the editor, which has the focus after it
    qtbot.keyClicks(QApplication.focusWidget(), "lanner")
    press_enter(qtbot, QApplication.focusWidget())
    # The side is picked from a combo box.
    combo = edit_cell(qtbot, view, 0, 3)
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Leadership", "Management", "Operations", "Other"]
    combo.setCurrentIndex(combo.findData("operations"))
    press_enter(qtbot, combo)
    email = edit_cell(qtbot, view, 0, 4)
    qtbot.keyClicks(email, "zoe@example")
    press_enter(qtbot, email)
    stored = ctx.store.list_participants(plan.workshop_id)[0]
    assert (stored.role, stored.side, stored.email) == ("Planner", "operations", "zoe@example")
    assert cells(panel, 0) == ["Zoë <O'Brien> & co", "Planner", "", "Operations", "zoe@example"]
    assert "does not look like an e-mail" in panel.model.index(0, 4).data(Qt.ItemDataRole.ToolTipRole)
    # Typed text that looks like HTML is shown as typed, in tooltips too.
    assert "&lt;O&#x27;Brien&gt; &amp; co" in panel.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    # An empty name is refused: the old one stays.
    name = edit_cell(qtbot, view, 0, 0)
    qtbot.keyClick(name, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(name, Qt.Key.Key_Delete)
    press_enter(qtbot, name)
    assert plan.names() == ["Zoë <O'Brien> & co"]
    # Insert adds another row after the selected one; Delete removes the selection.
    view.selectRow(0)
    qtbot.keyClick(view, Qt.Key.Key_Insert)
    qtbot.keyClicks(QApplication.focusWidget(), "Bo")
    press_enter(qtbot, QApplication.focusWidget())
    assert plan.names() == ["Zoë <O'Brien> & co", "Bo"]
    assert panel.count.text() == "2 participants · Operations 1, Other 1"
    view.selectRow(0)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert plan.names() == ["Bo"] and panel.model.rowCount() == 1
    # Undo walks every step back, in the store and in the table.
    plan.undo()
    assert plan.names() == ["Zoë <O'Brien> & co", "Bo"]
    assert cells(panel, 0)[3] == "Operations"
    plan.undo()  # Bo's name
    plan.undo()  # adding Bo
    assert plan.names() == ["Zoë <O'Brien> & co"]
    for _ in range(4):  # e-mail, side, role, the name typed over the placeholder
        plan.undo()
    assert [(p.name, p.side, p.role) for p in ctx.store.list_participants(plan.workshop_id)] == [
        ("New participant", "other", "")]
    plan.undo()
    assert plan.names() == [] and panel.model.rowCount() == 0
    plan.redo()
    plan.redo()
    assert plan.names() == ["Zoë <O'Brien> & co"]
    # The workshop list counts participants once you look at it (hub.workshopChanged reached it).
    main_window.show_page("workshops")
    assert main_window.pages["workshops"].model.rows[0].participants == 1


def test_reorder_by_keyboard_buttons_and_drag(main_window, ctx, qtbot):
    plan = open_plan(main_window, ctx, qtbot, participants=three_people())
    plan.tab(1)
    panel = plan.page.participants
    view = panel.view
    view.setFocus()
    view.selectRow(0)
    qtbot.keyClick(view, Qt.Key.Key_Down, CTRL)
    assert plan.names() == ["Grace Hopper", "Ada Lovelace", "Marie Curie"]
    assert panel.selected_ids() == [ctx.store.list_participants(plan.workshop_id)[1].id]
    qtbot.keyClick(view, Qt.Key.Key_Down, CTRL)  # the selection follows: keep pressing
    assert plan.names() == ["Grace Hopper", "Marie Curie", "Ada Lovelace"]
    assert panel.up_button.accessibleName() == "Move up"
    qtbot.mouseClick(panel.up_button, Qt.MouseButton.LeftButton)
    assert plan.names() == ["Grace Hopper", "Ada Lovelace", "Marie Curie"]
    # Keyboard on the button: Space twice moves twice (the button keeps the focus).
    panel.up_button.setFocus()
    qtbot.keyClick(panel.up_button, Qt.Key.Key_Space)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert QApplication.focusWidget() is panel.up_button
    assert plan.names() == ["Ada Lovelace", "Grace Hopper", "Marie Curie"]
    panel.down_button.setFocus()
    qtbot.keyClick(panel.down_button, Qt.Key.Key_Space)
    qtbot.keyClick(panel.down_button, Qt.Key.Key_Space)
    assert plan.names() == ["Grace Hopper", "Marie Curie", "Ada Lovelace"]
    panel.up_button.setFocus()
    qtbot.keyClick(panel.up_button, Qt.Key.Key_Space)
    assert plan.names() == ["Grace Hopper", "Ada Lovelace", "Marie Curie"]
    # Drag Marie to the top: the drop gets what the table's model puts in a drag.
    mime = panel.model.mimeData([panel.model.index(2, 0)])
    drop(view, mime, 0)
    assert plan.names() == ["Marie Curie", "Grace Hopper", "Ada Lovelace"]
    assert [cells(panel, r)[0] for r in range(3)] == plan.names()
    plan.undo()
    assert plan.names() == ["Grace Hopper", "Ada Lovelace", "Marie Curie"]
    for _ in range(8):
        plan.undo()
    assert plan.names() == ["Ada Lovelace", "Grace Hopper", "Marie Curie"]
    assert not plan.page.undo_action.isEnabled()


def _check_and_import(expected_report: list[str], summary_has: str, choose=None):
    seen = {}

    def action(dialog):
        if choose:
            choose(dialog)
        seen["report"] = dialog.report.toPlainText().splitlines()
        seen["summary"] = dialog.summary.text()
        seen["preview"] = dialog.preview.rowCount()
        seen["notes"] = dialog.note_label.text()
        dialog.accept()

    when_modal(after_reading(action))
    return seen


def test_import_a_sign_up_sheet_with_bad_rows_and_duplicates(main_window, ctx, qtbot):
    known = [Participant(name="Ken Known", email="ken@example.org", side="operations")]
    plan = open_plan(main_window, ctx, qtbot, participants=known)
    plan.tab(1)
    panel = plan.page.participants
    seen = _check_and_import([], "")
    panel.import_csv(str(CSV / "signup-bad-rows.csv"))
    assert seen["report"] == [
        "line 6: no name",
        "line 8: 'boss' is not a side (leadership, management, operations, other)",
        "line 9: duplicate, same name and e-mail as line 2",
        "line 10: 'not-an-email' is not an e-mail address",
        "line 11: duplicate, already in this workshop",
    ]
    assert seen["summary"] == ("4 to import · 2 duplicates skipped · 3 rows with problems · "
                               "1 blank row skipped")
    assert seen["preview"] == 6  # good rows and flagged duplicates are previewed
    assert plan.names() == ["Ken Known", "Ada Lovelace", "Grace Hopper", "Linus Ops", "Marie Curie"]
    sides = [p.side for p in ctx.store.list_participants(plan.workshop_id)]
    assert sides == ["operations", "leadership", "operations", "operations", "management"]
    assert panel.model.rowCount() == 5
    assert "Import 4 participants" in plan.page.undo_action.toolTip()
    plan.undo()  # the whole import is one step
    assert plan.names() == ["Ken Known"]
    plan.redo()
    assert len(plan.names()) == 5


def test_import_with_a_column_chosen_by_hand_and_a_windows_file(main_window, ctx, qtbot):
    plan = open_plan(main_window, ctx, qtbot)
    plan.tab(1)
    panel = plan.page.participants

    def choose_name(dialog):
        assert dialog.delimiter.currentData() == ";"
        assert dialog.columns["name"].currentIndex() == 0  # "Nom complet" is not guessed
        assert dialog.columns["email"].currentText() == "Column 2: E-mail"
        dialog.columns["name"].setCurrentIndex(dialog.columns["name"].findData(0))

    seen = _check_and_import([], "", choose_name)
    panel.import_csv(str(CSV / "signup-semicolon-bom.csv"))
    assert seen["report"] == []
    assert plan.names() == ["Zoë Müller", "José Ñuñez"]
    seen = _check_and_import([], "")
    panel.import_csv(str(CSV / "signup-cp1252-tab.csv"))
    assert "Windows-1252" in seen["notes"]
    assert plan.names()[2:] == ["René Façade", "Søren Kierk"]


def test_an_oversized_file_is_refused_with_a_clear_message(main_window, ctx, qtbot, tmp_path):
    plan = open_plan(main_window, ctx, qtbot)
    big = tmp_path / "everyone.csv"
    big.write_bytes(b"Name\n" + b"x" * (3 * 1024 * 1024))
    texts = []

    def read_and_close(box):
        texts.append(box.text())
        box.accept()

    when_modal(read_and_close)
    plan.page.participants.import_csv(str(big))
    assert texts and "everyone.csv is 3.0 MB; a sign-up sheet can be at most 2 MB" in texts[0]
    assert plan.names() == []


def test_paste_rows_from_a_spreadsheet(main_window, ctx, qtbot):
    plan = open_plan(main_window, ctx, qtbot, participants=three_people()[:1])
    plan.tab(1)
    panel = plan.page.participants
    QGuiApplication.clipboard().setText(
        "Tomás Ruiz\tAnalyst\tData\toperations\ttomas@example.org\r\n"
        "Li Wei\tCoach\t\tleadership\r\n"
        "\t\t\t\t\r\n"
        "Ada Lovelace\tDirector\t\tleadership\tada@example.org\r\n"
        "Bad Side\t\t\tboss\r\n")
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    with qtbot.waitSignal(main_window.hub.error) as error:
        qtbot.keyClick(panel.view, Qt.Key.Key_V, CTRL)
    assert plan.names() == ["Ada Lovelace", "Tomás Ruiz", "Li Wei"]
    assert error.args[0].splitlines() == [
        "Pasted 2 participants.", "Not pasted:",
        "line 5: 'boss' is not a side (leadership, management, operations, other)",
        "line 4: already in this workshop"]
    close_message_boxes(main_window)
    stored = ctx.store.list_participants(plan.workshop_id)
    assert (stored[1].role, stored[1].team, stored[1].email) == ("Analyst", "Data", "tomas@example.org")
    plan.undo()
    assert plan.names() == ["Ada Lovelace"]
    # The button pastes too; rows without problems just say so in the status bar.
    QGuiApplication.clipboard().setText("Sam\tHost")
    qtbot.mouseClick(panel.paste_button, Qt.MouseButton.LeftButton)
    assert plan.names() == ["Ada Lovelace", "Sam"]
    assert main_window.statusBar().currentMessage() == "Pasted 1 participant."


def test_edits_made_elsewhere_show_up_and_an_empty_clipboard_says_so(main_window, ctx, qtbot):
    plan = open_plan(main_window, ctx, qtbot, participants=three_people())
    plan.tab(1)
    panel = plan.page.participants
    # Another page (the Run page adding a late arrival, say) stores and tells the hub.
    ctx.store.add_participant(Participant(name="Late Arrival", workshop_id=plan.workshop_id))
    main_window.hub.workshopChanged.emit(plan.workshop_id)
    assert [panel.model.index(r, 0).data() for r in range(4)][-1] == "Late Arrival"
    assert panel.count.text().startswith("4 participants")
    QGuiApplication.clipboard().setText("  \n")
    qtbot.mouseClick(panel.paste_button, Qt.MouseButton.LeftButton)
    assert "no rows to paste" in main_window.statusBar().currentMessage()
    assert len(plan.names()) == 4 and not plan.page.undo_action.isEnabled()


def test_an_email_typed_after_tabbing_out_of_the_side_editor_is_stored(main_window, ctx, qtbot):
    """Name, Tab, side chosen with keys, Tab, e-mail, Enter: every value lands in the database."""
    plan = open_plan(main_window, ctx, qtbot)
    plan.tab(1)
    panel = plan.page.participants
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    editor = QApplication.focusWidget()
    qtbot.keyClick(editor, Qt.Key.Key_A, CTRL)
    type_text(qtbot, editor, "Ana")
    for text in ("\t", "Chair", "\t", "Blue", "\t"):  # name, role, team; then the Side combo
        if text == "\t":
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        else:
            type_text(qtbot, QApplication.focusWidget(), text)
    assert isinstance(QApplication.focusWidget(), QComboBox)
    for key in (Qt.Key.Key_Home, Qt.Key.Key_Down, Qt.Key.Key_Tab):  # Leadership, Management, on
        qtbot.keyClick(QApplication.focusWidget(), key)
    type_text(qtbot, QApplication.focusWidget(), "ana@example.org")
    press_enter(qtbot, QApplication.focusWidget())
    stored = ctx.store.list_participants(plan.workshop_id)
    assert [(p.name, p.role, p.team, p.side, p.email) for p in stored] == [
        ("Ana", "Chair", "Blue", "management", "ana@example.org")]
    # A pick from the open list is saved at once and closes the editor.
    combo = edit_cell(qtbot, panel.view, 0, 3)
    qtbot.keyClick(combo, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: combo.view().isVisible())
    qtbot.keyClick(combo.view(), Qt.Key.Key_Down)  # Operations
    qtbot.keyClick(combo.view(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.view.state() != panel.view.State.EditingState)
    assert ctx.store.list_participants(plan.workshop_id)[0].side == "operations"
