"""Screenshots of the pack editor at 1366x768 (light; one dark one for checking by eye).

They are written to the test's temporary folder on every run (so the drawing
code runs in the suite); set ``WORKSHOP_APP_SCREENSHOTS=docs/screenshots`` to
also write them where the documentation shows them.
A screenshot writer: it checks the widgets' state, not pixels (fonts differ between machines).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from test_pack_editor_gui import copy_of_the_built_in_pack, open_library

from workshop_app.gui.pack_editor.exercise_form import BASICS, CAPTURE, PREVIEW, STEPS

from gui_helpers import click_button, dark_palette, when_modal

LEFT = Qt.MouseButton.LeftButton


def _save(widget, name: str, tmp_path: Path, docs: bool = True) -> Path:
    QApplication.processEvents()
    image = widget.grab()
    assert image.width() == 1366 and image.height() == 768
    path = tmp_path / name
    assert image.save(str(path), "PNG", 0)
    out = os.environ.get("WORKSHOP_APP_SCREENSHOTS")
    if out and docs:
        Path(out).mkdir(parents=True, exist_ok=True)
        small = image.toImage().convertToFormat(QImage.Format.Format_Indexed8,
                                                Qt.ImageConversionFlag.ThresholdDither)
        small.save(str(Path(out) / name), "PNG", 0)  # 256 colours: sharp text, a small file
        assert (Path(out) / name).stat().st_size < 200_000, name
    return path


def _exercise_row(editor, title_start: str) -> int:
    return next(n for n, ex in enumerate(editor.session.pack.exercises) if ex.title.startswith(title_start))


def test_writes_the_pack_editor_screenshots(main_window, qtbot, ctx, tmp_path):
    page = open_library(main_window, qtbot)
    editor = copy_of_the_built_in_pack(page, qtbot)
    editor.resize(1366, 768)
    ex = editor.exercise_editor
    shots = []

    editor.go_to_section(1, _exercise_row(editor, "Effort and impact"))
    ex.tabs.setCurrentIndex(BASICS)
    shots.append(_save(editor, "pack-editor-exercise.png", tmp_path))
    ex.tabs.setCurrentIndex(CAPTURE)
    shots.append(_save(editor, "pack-editor-capture.png", tmp_path))

    editor.go_to_section(1, _exercise_row(editor, "Mapping our disconnects"))
    ex.tabs.setCurrentIndex(STEPS)
    ex.steps.steps.set_current(1)
    ex.steps.minutes.setFocus()
    ex.steps.minutes.stepUp()  # one minute more than the exercise has
    qtbot.waitUntil(lambda: len(editor.session.problems) == 1)
    assert editor.banner.isVisible() and "add up to" in ex.binder.bindings[("minutes",)].error.text()
    shots.append(_save(editor, "pack-editor-steps-problem.png", tmp_path))
    ex.steps.minutes.stepDown()  # fixed
    qtbot.waitUntil(lambda: not editor.session.problems)

    ex.tabs.setCurrentIndex(PREVIEW)
    ex.preview.step.setCurrentIndex(1)
    assert ex.preview.projector_text()
    shots.append(_save(editor, "pack-editor-preview.png", tmp_path))

    editor.go_to_section(2, 1)
    editor.agenda_form.items.set_current(3)
    shots.append(_save(editor, "pack-editor-agenda.png", tmp_path))

    editor.go_to_section(0)
    shots.append(_save(editor, "pack-editor-pack.png", tmp_path))

    qtbot.mouseClick(page.new_pack_button, LEFT)
    fresh = next(w for w in page.editors.windows.values() if w is not editor)
    fresh.resize(1366, 768)
    qtbot.keyClicks(fresh.pack_form.title, "Team basics")
    when_modal(click_button("Keep as draft"))
    fresh.save_action.trigger()
    assert fresh.banner.text().startswith("Draft — not valid yet")
    shots.append(_save(fresh, "pack-editor-draft.png", tmp_path))
    assert all(p.stat().st_size > 10_000 for p in shots)


def test_writes_the_pack_editor_dark_screenshot(main_window, qtbot, ctx, tmp_path):
    dark = dark_palette()
    old = QApplication.palette()
    QApplication.setPalette(dark)  # as a dark desktop would have it before the editor opens
    try:
        page = open_library(main_window, qtbot)
        editor = copy_of_the_built_in_pack(page, qtbot)
        editor.resize(1366, 768)
        ex = editor.exercise_editor
        ex.title.selectAll()
        qtbot.keyClick(ex.title, Qt.Key.Key_Backspace)
        qtbot.waitUntil(lambda: bool(editor.session.problems))
        assert ex.binder.bindings[("title",)].error.isVisible()
        _save(editor, "pack-editor-dark.png", tmp_path, docs=False)
    finally:
        QApplication.setPalette(old)
