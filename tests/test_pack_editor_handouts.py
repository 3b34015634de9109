"""An exercise's handouts in the pack editor, edited by keyboard: added with their items, role
cards edited one by one, removed, reordered, undone; saved into the pack file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from test_pack_editor_gui import (
    BUILTIN,
    CTRL,
    click_tab,
    copy_of_the_built_in_pack,
    open_library,
    problem,
    replace_number,
    type_lines,
    validated,
)

from workshop_app.gui.pack_editor.exercise_form import BASICS, HANDOUTS
from workshop_app.model.pack import Handout, HandoutItem
from workshop_app.packs import load_pack

from gui_helpers import give_focus, when_modal

ALT = Qt.KeyboardModifier.AltModifier
LADDER, FISHBOWL, CAFE = 8, 3, 11  # exercises of the built-in pack: none, role cards, signs


def open_exercise(qtbot, editor, row: int):
    """The exercise's Handouts tab, chosen with its key (Alt+D)."""
    give_focus(qtbot, editor.exercises.view)
    editor.exercises.set_current(row)
    ex = editor.exercise_editor
    qtbot.keyClick(editor.exercises.view, Qt.Key.Key_D, ALT)
    assert ex.tabs.currentIndex() == HANDOUTS
    return ex.handouts


def save(editor) -> Path:
    when_modal(lambda dialog: dialog.accept())  # the version it offers first
    editor.activateWindow()
    editor.save_action.trigger()
    assert not editor.session.dirty
    return Path(editor.session.ctx.library.get(editor.session.pack.id).source)


def test_add_a_cards_handout_with_three_items_by_keyboard(main_window, qtbot, ctx):
    page = open_library(main_window, qtbot)
    editor = copy_of_the_built_in_pack(page, qtbot)
    tab = open_exercise(qtbot, editor, LADDER)
    assert tab.list.model.rowCount() == 0 and tab.empty.isVisible()

    give_focus(qtbot, tab.list.view)
    qtbot.keyClick(tab.list.view, Qt.Key.Key_Insert)
    assert tab.list.current() == 0 and tab.title.hasFocus()
    # a handout needs a title: said beside the field, as every problem is
    qtbot.waitUntil(lambda: problem(tab.binder, ("title",)) != "")
    assert "is required" in problem(tab.binder, ("title",))
    assert editor.exercise_editor.tabs.tabIcon(HANDOUTS).isNull() is False
    qtbot.keyClicks(tab.title, "Goal cards")
    assert tab.kind.currentData() == "cards"
    tab.per.setFocus()
    qtbot.keyClicks(tab.per, "per g")
    assert tab.per.currentData() == "group"
    replace_number(qtbot, tab.copies, 2)
    qtbot.keyClicks(tab.text, "Cut along the lines.")
    tab.items_lines.setFocus()
    type_lines(qtbot, tab.items_lines, ["Grow repeat orders", "Halve late deliveries", "Train two buddies"])
    assert validated(qtbot, editor) == []
    assert problem(tab.binder, ("title",)) == ""
    assert tab.list.model.rows[0].text.startswith("1. Goal cards")
    # as role cards, the items are edited one by one; undo makes them cards again, one a line
    tab.kind.setFocus()
    qtbot.keyClicks(tab.kind, "Role")
    assert tab.kind.currentData() == "roles"
    assert tab.items.isVisible() and not tab.items_lines.isVisible()
    assert [r.text for r in tab.items.model.rows] == [
        "1. Grow repeat orders", "2. Halve late deliveries", "3. Train two buddies"]
    assert tab.item_text.toPlainText() == "Grow repeat orders"
    editor.undo_action.trigger()
    assert tab.kind.currentData() == "cards"
    assert tab.items_lines.isVisible() and not tab.items.isVisible()

    source = save(editor)
    reloaded = load_pack(source)
    assert reloaded.exercises[LADDER].handouts == [Handout(
        "cards", "Goal cards", per="group", copies=2, text="Cut along the lines.",
        items=[HandoutItem(text="Grow repeat orders"), HandoutItem(text="Halve late deliveries"),
               HandoutItem(text="Train two buddies")])]
    original = ctx.library.get(BUILTIN)
    assert [e.handouts for n, e in enumerate(reloaded.exercises) if n != LADDER] == [
        e.handouts for n, e in enumerate(original.exercises) if n != LADDER]


def test_edit_a_role_card_then_remove_and_reorder_by_keyboard_with_undo(main_window, qtbot, ctx):
    page = open_library(main_window, qtbot)
    editor = copy_of_the_built_in_pack(page, qtbot)
    original = ctx.library.get(BUILTIN)
    roles = original.exercises[FISHBOWL].handouts[0]
    tab = open_exercise(qtbot, editor, FISHBOWL)
    assert tab.kind.currentData() == "roles"
    # role cards are edited one by one: a list of the cards, the chosen card's title and text
    assert tab.items.isVisible() and not tab.items_lines.isVisible()
    assert tab.items.model.rowCount() == len(roles.items)
    give_focus(qtbot, tab.items.view)
    qtbot.keyClick(tab.items.view, Qt.Key.Key_Down)
    assert tab.items.current() == 1
    assert tab.item_title.text() == roles.items[1].title
    assert tab.item_text.toPlainText() == roles.items[1].text
    tab.item_title.setFocus()
    tab.item_title.selectAll()
    qtbot.keyClicks(tab.item_title, "The sceptic")
    tab.item_text.setFocus()
    qtbot.keyClick(tab.item_text, Qt.Key.Key_End, CTRL)
    qtbot.keyClicks(tab.item_text, " Ask one hard question.")
    assert tab.items.model.rows[1].text.startswith("2. The sceptic")
    # the last card goes, the first moves down one
    give_focus(qtbot, tab.items.view)
    tab.items.set_current(len(roles.items) - 1)
    qtbot.keyClick(tab.items.view, Qt.Key.Key_Delete)
    tab.items.set_current(0)
    qtbot.keyClick(tab.items.view, Qt.Key.Key_Down, ALT)
    assert tab.items.current() == 1
    edited = [HandoutItem("The sceptic", roles.items[1].text + " Ask one hard question."),
              roles.items[0], *roles.items[2:-1]]
    assert editor.session.pack.exercises[FISHBOWL].handouts[0].items == edited

    # the café's table signs go; undo brings them back, redo takes them away again
    tab = open_exercise(qtbot, editor, CAFE)
    assert tab.list.model.rowCount() == 1
    give_focus(qtbot, tab.list.view)
    qtbot.keyClick(tab.list.view, Qt.Key.Key_Delete)
    assert editor.session.pack.exercises[CAFE].handouts == [] and tab.empty.isVisible()
    editor.undo_action.trigger()
    assert editor.session.pack.exercises[CAFE].handouts == original.exercises[CAFE].handouts
    assert tab.title.text() == original.exercises[CAFE].handouts[0].title
    editor.redo_action.trigger()
    assert editor.session.pack.exercises[CAFE].handouts == []

    reloaded = load_pack(save(editor))
    assert reloaded.exercises[FISHBOWL].handouts[0].items == edited
    assert reloaded.exercises[CAFE].handouts == []


def test_a_handout_per_group_without_a_group_size_is_shown_at_its_field(main_window, qtbot, ctx):
    page = open_library(main_window, qtbot)
    editor = copy_of_the_built_in_pack(page, qtbot)
    ex = editor.exercise_editor
    tab = open_exercise(qtbot, editor, 1)  # the trait sort: behaviour cards per group
    assert tab.per.currentData() == "group"
    assert tab.items_lines.isVisible() and not tab.items.isVisible()  # cards: one a line
    click_tab(qtbot, ex.tabs, BASICS)
    replace_number(qtbot, ex.group_max, 0)  # group size: not said
    qtbot.waitUntil(lambda: "no group_size" in problem(tab.binder, ("per",)))
    assert any("exercises[1].handouts[0].per: counts per group" in line for line in editor.problems.lines())
    assert ex.tabs.tabIcon(HANDOUTS).isNull() is False
    assert tab.list.model.rows[0].problems


def test_a_group_size_that_runs_backwards_is_shown_at_the_group_size(main_window, qtbot, ctx):
    page = open_library(main_window, qtbot)
    editor = copy_of_the_built_in_pack(page, qtbot)
    ex = editor.exercise_editor
    editor.exercises.set_current(1)  # the trait sort: groups of 3 to 3
    replace_number(qtbot, ex.group_min, 5)
    qtbot.waitUntil(lambda: "more than group_size.max (3)" in problem(ex.binder, ("group_size",)))
    assert any("exercises[1].group_size.min: is 5, more than group_size.max (3)" in line
               for line in editor.problems.lines())
