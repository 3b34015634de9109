"""The pack editor as a trainer uses it: from the Library, on the real main window."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QPlainTextEdit

from workshop_app.gui.pack_editor.exercise_form import CAPTURE, PREVIEW, STEPS
from workshop_app.packs import load_pack, write_wspack
from workshop_app.resources import exercises_dir

from gui_helpers import click_button, when_modal

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier
BUILTIN = "bridging-leadership-operations"


def open_library(main_window, qtbot):
    main_window.show_page("library")
    page = main_window.pages["library"]
    qtbot.waitUntil(lambda: page.exercises.rowCount() > 0)
    return page


def the_editor(page, qtbot):
    """The one editor window open, once it has the keyboard."""
    assert len(page.editors.windows) == 1
    editor = next(iter(page.editors.windows.values()))
    assert editor.isVisible()
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


def copy_of_the_built_in_pack(page, qtbot):
    page.pack_list.setCurrentRow(1)
    when_modal(click_button("Duplicate and edit"))
    qtbot.mouseClick(page.edit_pack_button, LEFT)
    return the_editor(page, qtbot)


def replace_number(qtbot, spin, value: int) -> None:
    """Select the number in a spin box and type another, as a user does."""
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(spin, str(value))


def type_lines(qtbot, edit: QPlainTextEdit, lines: list[str]) -> None:
    for n, line in enumerate(lines):
        if n:
            qtbot.keyClick(edit, Qt.Key.Key_Return)
        qtbot.keyClicks(edit, line)


def click_tab(qtbot, tabs, index: int) -> None:
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def problem(binder, rel) -> str:
    return binder.bindings[rel].error.text()


def validated(qtbot, editor) -> list:
    """The problems once live validation has caught up with the last edit."""
    qtbot.waitUntil(lambda: not editor.session.timer.isActive())
    return editor.session.problems


def tree_hash(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            digest.update(str(path.relative_to(folder)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def test_create_a_pack_with_live_validation_then_save_it(main_window, qtbot, ctx, run_cli):
    page = open_library(main_window, qtbot)
    qtbot.mouseClick(page.new_pack_button, LEFT)
    editor = the_editor(page, qtbot)
    form = editor.pack_form
    assert editor.banner.isVisible() and "Not valid yet" in editor.banner.text()

    qtbot.keyClicks(form.title, "Team basics")
    assert form.id.text() == "team-basics"  # the id follows the title
    qtbot.keyClicks(form.author, "Sam Trainer")

    qtbot.mouseClick(editor.exercises.buttons["add"], LEFT)
    ex = editor.exercise_editor
    assert editor.stack.currentWidget() is ex
    qtbot.keyClicks(ex.title, "Rate our meetings")
    assert ex.id.text() == "rate-our-meetings"
    replace_number(qtbot, ex.minutes, 10)
    for box in ex.themes:
        if box.property("key") in ("practices", "decision-making"):
            box.setFocus()
            qtbot.keyClick(box, Qt.Key.Key_Space)

    click_tab(qtbot, ex.tabs, STEPS)
    steps = ex.steps
    qtbot.keyClicks(steps.step_title, "Rate")
    replace_number(qtbot, steps.minutes, 4)
    qtbot.keyClicks(steps.prompt, "Rate our weekly meeting on each criterion.")
    qtbot.mouseClick(steps.steps.buttons["add"], LEFT)
    assert steps.steps.current() == 1
    qtbot.keyClicks(steps.step_title, "Discuss")
    qtbot.keyClicks(steps.prompt, "Where do we **agree**? Where do we differ, and why?")

    # 4 + 5 minutes of steps for a 10-minute exercise: the message of `packs validate`, beside the field.
    expected = "is 10 but the steps add up to 9; make them agree"
    qtbot.waitUntil(lambda: problem(ex.binder, ("minutes",)) == f"⚠ {expected}")
    assert f"exercises[0].minutes: {expected}" in "\n".join(editor.problems.lines())
    assert ex.tabs.tabIcon(0).isNull() is False  # the Basics tab is marked
    assert "add up to 9 min" in steps.total.text()

    click_tab(qtbot, ex.tabs, CAPTURE)
    ex.capture.type.setFocus()
    qtbot.keyClicks(ex.capture.type, "Rat")
    assert ex.capture.type.currentData() == "rating"
    qtbot.waitUntil(lambda: "is required for a rating capture" in problem(ex.binder, ("capture", "criteria")))
    assert ex.capture.criteria.isVisible() and not ex.capture.votes.isVisible()
    type_lines(qtbot, ex.capture.criteria, ["Clear purpose", "Decisions made", "Everyone heard"])

    # Fix the timing: the second step takes 6 minutes.
    click_tab(qtbot, ex.tabs, STEPS)
    replace_number(qtbot, steps.minutes, 6)
    assert validated(qtbot, editor) == []
    assert problem(ex.binder, ("minutes",)) == ""
    assert not editor.banner.isVisible()

    editor.activateWindow()
    editor.save_action.trigger()
    saved = ctx.data_dir.packs / "team-basics.yaml"
    assert saved.is_file()
    code, out, _err = run_cli("packs", "validate", str(saved))
    assert code == 0 and "ok" in out
    pack = ctx.library.get("team-basics")
    assert pack.author == "Sam Trainer" and not pack.builtin
    exercise = pack.exercises[0]
    assert [s.minutes for s in exercise.steps] == [4, 6]
    assert exercise.capture.type == "rating" and exercise.capture.criteria == [
        "Clear purpose", "Decisions made", "Everyone heard"]
    assert exercise.themes == ["decision-making", "practices"]
    titles = [page.pack_list.item(r).text() for r in range(page.pack_list.count())]
    assert "Team basics (yours)" in titles
    assert not editor.session.dirty and not editor.isWindowModified()


def test_editing_a_built_in_pack_edits_a_copy_and_offers_a_new_version(main_window, qtbot, ctx):
    before = tree_hash(exercises_dir())
    page = open_library(main_window, qtbot)
    page.pack_list.setCurrentRow(1)
    when_modal(click_button("Duplicate and edit"))
    qtbot.mouseClick(page.edit_pack_button, LEFT)
    editor = the_editor(page, qtbot)
    copy_id = editor.session.pack.id
    assert copy_id != BUILTIN and not editor.session.pack.builtin
    ex = editor.exercise_editor
    assert editor.exercises.current() == 0
    ex.title.selectAll()
    qtbot.keyClicks(ex.title, "Check-in line")
    assert ex.id.text() == ctx.library.get(BUILTIN).exercises[0].id  # an existing id stays put

    def take_1_0_1(dialog):
        assert dialog.versions == ["1.0.0", "1.0.1", "1.1.0"]
        assert dialog.group.checkedId() == 1  # the small step is offered first
        dialog.choose(1)
        dialog.accept()

    when_modal(take_1_0_1)
    editor.save_action.trigger()
    saved = ctx.library.get(copy_id)
    assert saved.exercises[0].title == "Check-in line"
    original = ctx.library.get(BUILTIN)
    assert saved.version == "1.0.1" and original.version == "1.0.0"
    assert original.exercises[0].title != "Check-in line"
    assert tree_hash(exercises_dir()) == before


def test_undo_merges_typing_and_redo_puts_it_back(main_window, qtbot, ctx):
    page = open_library(main_window, qtbot)
    qtbot.mouseClick(page.new_pack_button, LEFT)
    editor = the_editor(page, qtbot)
    stack = editor.session.stack
    qtbot.keyClicks(editor.pack_form.title, "Welcome pack")
    assert stack.count() == 1  # one command for the whole word (the id came along)
    qtbot.keyClicks(editor.pack_form.author, "Ana")
    assert stack.count() == 2
    editor.pack_form.author.setFocus()
    qtbot.keyClick(editor.pack_form.author, Qt.Key.Key_Z, CTRL)  # Ctrl+Z goes to the editor, not the field
    assert editor.pack_form.author.text() == "" and editor.session.pack.author == ""
    editor.undo_action.trigger()
    assert editor.pack_form.title.text() == "" and editor.session.pack.id == ""
    editor.redo_action.trigger()
    assert editor.pack_form.title.text() == "Welcome pack" and editor.session.pack.id == "welcome-pack"

    editor.exercises.view.setFocus()
    qtbot.keyClick(editor.exercises.view, Qt.Key.Key_Insert)
    qtbot.keyClicks(editor.exercise_editor.title, "One")
    editor.exercises.view.setFocus()
    qtbot.keyClick(editor.exercises.view, Qt.Key.Key_Insert)
    qtbot.keyClicks(editor.exercise_editor.title, "Two")
    assert [e.title for e in editor.session.pack.exercises] == ["One", "Two"]
    editor.exercises.view.setFocus()
    qtbot.keyClick(editor.exercises.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [e.title for e in editor.session.pack.exercises] == ["Two", "One"]
    assert editor.exercises.current() == 0
    editor.undo_action.trigger()
    assert [e.title for e in editor.session.pack.exercises] == ["One", "Two"]
    editor.undo_action.trigger()  # the typing of "Two"
    editor.undo_action.trigger()  # adding the second exercise
    assert [e.title for e in editor.session.pack.exercises] == ["One"]
    assert editor.exercises.model.rowCount() == 1
    editor.redo_action.trigger()
    editor.redo_action.trigger()
    assert [e.title for e in editor.session.pack.exercises] == ["One", "Two"]
    assert editor.exercise_editor.title.text() == "Two"
    # Dragging a row is a move too (the view hands the drop to the model, which asks for an edit).
    model = editor.exercises.model
    data = model.mimeData([model.index(0)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 2, 0, QModelIndex())
    assert [e.title for e in editor.session.pack.exercises] == ["Two", "One"]
    assert editor.session.stack.undoText() == "Move exercise"
    for button in (*editor.exercises.buttons.values(), *editor.agendas.buttons.values()):
        assert button.accessibleName()


def test_an_invalid_pack_is_kept_only_as_a_marked_draft(main_window, qtbot, ctx):
    page = open_library(main_window, qtbot)
    qtbot.mouseClick(page.new_pack_button, LEFT)
    editor = the_editor(page, qtbot)
    qtbot.keyClicks(editor.pack_form.title, "Half done")
    when_modal(click_button("Keep as draft"))
    editor.save_action.trigger()
    draft = ctx.data_dir.packs / "drafts" / "new-pack.yaml"
    assert draft.is_file()
    assert "title: Half done" in draft.read_text(encoding="utf-8")
    assert all(p.builtin for p in ctx.library.packs())  # never in the library
    assert not list(ctx.data_dir.packs.glob("*.yaml"))
    assert editor.banner.text().startswith("Draft — not valid yet: 1 problem")
    assert "(draft)" in editor.windowTitle()
    editor.close()
    QApplication.processEvents()
    assert not page.editors.windows

    def continue_draft(dialog):
        assert dialog.list.count() == 1 and "Half done" in dialog.list.item(0).text()
        dialog.continue_button.click()

    when_modal(continue_draft)
    qtbot.mouseClick(page.new_pack_button, LEFT)
    editor = the_editor(page, qtbot)
    assert editor.pack_form.title.text() == "Half done" and editor.session.is_draft
    qtbot.waitUntil(lambda: "Draft — not valid yet" in editor.banner.text())
    # Make it valid and save: the draft goes, the pack arrives.
    qtbot.mouseClick(editor.exercises.buttons["add"], LEFT)
    ex = editor.exercise_editor
    qtbot.keyClicks(ex.title, "Opening round")
    ex.themes[0].setFocus()
    qtbot.keyClick(ex.themes[0], Qt.Key.Key_Space)
    click_tab(qtbot, ex.tabs, STEPS)
    qtbot.keyClicks(ex.steps.step_title, "Round")
    qtbot.keyClicks(ex.steps.prompt, "Say your name and one hope for today.")
    editor.save_action.trigger()
    assert not draft.exists()
    assert ctx.library.get("half-done").exercises[0].id == "opening-round"


def test_export_as_wspack_keeps_the_pictures_and_imports_back(main_window, qtbot, ctx, tmp_path):
    source = load_pack(Path(__file__).parent / "data" / "packs" / "good" / "full.yaml")
    archive = tmp_path / "with-pictures.wspack"
    write_wspack(source, archive, {"assets/matrix.png": b"\x89PNG fake picture"})
    page = open_library(main_window, qtbot)
    qtbot.mouseClick(page.new_pack_button, LEFT)
    first = the_editor(page, qtbot)

    def choose(path: Path):
        def action(dialog):
            assert isinstance(dialog, QFileDialog)
            dialog.selectFile(str(path))
            dialog.accept()
        return action

    when_modal(choose(archive))
    first.import_action.trigger()
    opened = [w for w in page.editors.windows.values() if w is not first]
    assert len(opened) == 1
    editor = opened[0]
    assert editor.session.assets == {"assets/matrix.png": b"\x89PNG fake picture"}
    editor.pack_form.title.selectAll()
    qtbot.keyClicks(editor.pack_form.title, "Pictures pack")
    out = tmp_path / "exported.wspack"
    when_modal(choose(out))
    editor.export_action.trigger()
    assert out.is_file()
    imported = ctx.library.import_file(out)
    assert imported.title == "Pictures pack" and imported.id == source.id
    assert ctx.library.assets(imported.id) == {"assets/matrix.png": b"\x89PNG fake picture"}


def test_choosing_a_problem_goes_to_its_field(main_window, qtbot, ctx):
    page = open_library(main_window, qtbot)
    editor = copy_of_the_built_in_pack(page, qtbot)
    editor.go_to_section(1, 2)
    ex = editor.exercise_editor
    click_tab(qtbot, ex.tabs, STEPS)
    ex.steps.steps.set_current(1)
    replace_number(qtbot, ex.steps.minutes, 0)
    qtbot.waitUntil(lambda: len(editor.session.problems) == 2)
    lines = editor.problems.lines()
    assert any("exercises[2].steps[1].minutes: must be a positive whole number" in line for line in lines)
    editor.go_to_section(0)
    row = next(r for r in range(editor.problems.list.count())
               if "steps[1].minutes" in editor.problems.list.item(r).text())
    item = editor.problems.list.item(row)
    view = editor.problems.list
    qtbot.mouseClick(view.viewport(), LEFT, pos=view.visualItemRect(item).center())
    assert editor.exercises.current() == 2 and ex.tabs.currentIndex() == STEPS
    assert ex.steps.steps.current() == 1
    assert ex.steps.minutes.hasFocus()
    assert problem(ex.steps.binder, ("minutes",)) == "⚠ must be a positive whole number"


def test_agendas_follow_exercises_and_take_breaks(main_window, qtbot, ctx):
    page = open_library(main_window, qtbot)
    editor = copy_of_the_built_in_pack(page, qtbot)
    pack = editor.session.pack
    first = pack.exercises[0]
    uses = sum(item.exercise == first.id for agenda in pack.agendas for item in agenda.items)
    assert uses
    ex = editor.exercise_editor
    ex.id.selectAll()
    qtbot.keyClicks(ex.id, "line-up")
    assert sum(item.exercise == "line-up" for agenda in pack.agendas for item in agenda.items) == uses

    qtbot.mouseClick(editor.agendas.buttons["add"], LEFT)
    form = editor.agenda_form
    assert editor.stack.currentWidget() is form and editor.agendas.current() == 2
    qtbot.keyClicks(form.title, "Short opener")
    form.id.setFocus()
    qtbot.keyClick(form.id, Qt.Key.Key_End)
    qtbot.keyClicks(form.id, "-short")  # agenda-short
    qtbot.mouseClick(form.add_break, LEFT)
    assert form.items.current() == 1 and not form.exercise.isVisibleTo(form)
    form.item_title.selectAll()
    qtbot.keyClicks(form.item_title, "Coffee")
    replace_number(qtbot, form.minutes, 12)
    form.kind.setFocus()
    qtbot.keyClicks(form.kind, "Free")
    assert form.kind.currentData() == "custom"
    form.items.view.setFocus()
    qtbot.keyClick(form.items.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert form.total.text() == f"In all: {12 + pack.exercises[0].minutes} min"
    assert validated(qtbot, editor) == []

    when_modal(lambda dialog: dialog.accept())  # keep the offered version
    qtbot.keyClick(form.items.view, Qt.Key.Key_S, CTRL)
    saved = ctx.library.get(editor.session.pack.id)
    agenda = saved.agendas[2]
    assert (agenda.id, agenda.title) == ("agenda-short", "Short opener")
    assert [(i.kind, i.title, i.exercise, i.minutes) for i in agenda.items] == [
        ("custom", "Coffee", None, 12), ("exercise", "", "line-up", None)]


def test_the_projector_preview_shows_the_room_only(main_window, qtbot, ctx):
    page = open_library(main_window, qtbot)
    editor = copy_of_the_built_in_pack(page, qtbot)
    ex = editor.exercise_editor
    exercise = editor.session.pack.exercises[0]
    assert exercise.facilitator_notes
    click_tab(qtbot, ex.tabs, PREVIEW)
    ex.preview.step.setFocus()
    qtbot.keyClick(ex.preview.step, Qt.Key.Key_Down)
    shown = ex.preview.projector_text()
    assert exercise.steps[1].title in shown and "Step 2 of" in shown
    assert exercise.facilitator_notes.strip().splitlines()[0][:40] not in shown
    facilitator = ex.preview.facilitator.toPlainText()
    assert "Facilitator notes" in facilitator and exercise.title in facilitator


def test_closing_the_app_keeps_unsaved_edits_as_a_draft_to_continue(main_window, qtbot, ctx):
    page = open_library(main_window, qtbot)
    editor = copy_of_the_built_in_pack(page, qtbot)
    copy_id = editor.session.pack.id
    title = editor.exercise_editor.title
    before = title.text()
    title.setFocus()
    qtbot.keyClick(title, Qt.Key.Key_End)
    qtbot.keyClicks(title, " (short)")
    main_window.close()  # the app closes: what is typed is kept as a draft
    draft = ctx.data_dir.packs / "drafts" / f"{copy_id}.yaml"
    assert draft.is_file() and f"{before} (short)" in draft.read_text(encoding="utf-8")
    assert ctx.library.get(copy_id).exercises[0].title == before  # the saved pack is as it was
    editor.close()  # nothing unsaved any more: no question
    QApplication.processEvents()
    assert not page.editors.windows

    page.pack_list.setCurrentRow(next(r for r in range(page.pack_list.count())
                                      if page.pack_list.item(r).data(Qt.ItemDataRole.UserRole) == copy_id))
    when_modal(click_button("Continue the draft"))
    qtbot.mouseClick(page.edit_pack_button, LEFT)
    editor = the_editor(page, qtbot)
    assert editor.session.is_draft and editor.exercise_editor.title.text().endswith(" (short)")


def test_the_editor_keys_work_from_inside_the_projector_preview(main_window, qtbot, ctx):
    """The projector takes no keys when it is the room's window; inside the editor's preview it
    swallowed the editor's shortcuts (Ctrl+S did nothing from its prompt)."""
    page = open_library(main_window, qtbot)
    editor = copy_of_the_built_in_pack(page, qtbot)
    ex = editor.exercise_editor
    click_tab(qtbot, ex.tabs, PREVIEW)
    saves = []
    editor.save_action.triggered.disconnect()  # only count the key (saving opens a dialog here)
    editor.save_action.triggered.connect(lambda: saves.append(True))
    prompt = ex.preview.projector.prompt
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow, timeout=2000)
    prompt.setFocus()
    qtbot.waitUntil(prompt.hasFocus, timeout=2000)
    qtbot.keyClick(prompt, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert saves == [True]


def test_planning_fields_and_counted_materials_are_edited_by_keyboard_and_kept_on_save(
        main_window, qtbot, ctx):
    from workshop_app.model.pack import GroupSize, Material

    page = open_library(main_window, qtbot)
    editor = copy_of_the_built_in_pack(page, qtbot)
    ex = editor.exercise_editor
    editor.exercises.view.setFocus()
    qtbot.keyClick(editor.exercises.view, Qt.Key.Key_Down)  # the card sort
    assert editor.exercises.current() == 1
    original = ctx.library.get(BUILTIN)
    sort = original.exercises[1]
    # What the pack says shows in the fields, counted materials with their count in brackets.
    assert (ex.group_min.value(), ex.group_max.value()) == (3, 3)
    assert ex.prep.value() == sort.prep_minutes and ex.experience.currentData() == "some"
    assert ex.room_setup.toPlainText() == sort.room_setup
    assert ex.materials.toPlainText().splitlines()[0] == (
        "Set of this exercise's behaviour cards, printed and shuffled [1 per group]")

    replace_number(qtbot, ex.group_max, 4)
    replace_number(qtbot, ex.prep, 40)
    ex.experience.setFocus()
    qtbot.keyClicks(ex.experience, "Seasoned")
    ex.room_setup.setFocus()
    qtbot.keyClick(ex.room_setup, Qt.Key.Key_End, CTRL)
    qtbot.keyClicks(ex.room_setup, " EXTRA")
    ex.materials.setFocus()
    qtbot.keyClick(ex.materials, Qt.Key.Key_End, CTRL)
    qtbot.keyClick(ex.materials, Qt.Key.Key_Return)
    qtbot.keyClicks(ex.materials, "Pad of sticky notes [2 per participant]")
    qtbot.keyClick(ex.materials, Qt.Key.Key_Return)
    qtbot.keyClicks(ex.materials, "Masking tape")
    assert validated(qtbot, editor) == []

    def take_first(dialog):
        dialog.accept()

    when_modal(take_first)
    editor.save_action.trigger()
    saved = ctx.library.get(editor.session.pack.id)
    edited = saved.exercises[1]
    assert edited.group_size == GroupSize(3, 4) and edited.prep_minutes == 40
    assert edited.experience == "seasoned" and edited.room_setup == sort.room_setup + " EXTRA"
    assert edited.materials == [*sort.materials, Material("Pad of sticky notes", "participant", 2),
                                "Masking tape"]
    # every other exercise keeps its fields and materials, plain lines and counted ones alike
    assert [e for n, e in enumerate(saved.exercises) if n != 1] == [
        e for n, e in enumerate(original.exercises) if n != 1]
