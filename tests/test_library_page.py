"""The Library page as a facilitator and a trainer use it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

DATA = Path(__file__).parent / "data" / "packs"


def open_library(main_window, qtbot):
    main_window.show_page("library")
    page = main_window.pages["library"]
    qtbot.waitUntil(lambda: page.exercises.rowCount() > 0)
    return page


def shown_titles(page) -> list[str]:
    return [page.exercises.item(row, 0).text() for row in range(page.exercises.rowCount())]


def test_built_in_exercises_with_search_theme_and_duration(main_window, qtbot):
    page = open_library(main_window, qtbot)
    assert page.exercises.rowCount() >= 12
    assert "Bridging leadership and operations" in page.pack_list.item(1).text()
    # The detail shows the facilitator's notes and the steps, rendered from Markdown.
    detail = page.detail.toPlainText()
    assert "Facilitator notes" in detail and "Steps" in detail
    qtbot.keyClicks(page.search, "dot vote")
    assert any("vote" in t.lower() for t in shown_titles(page))
    assert len(shown_titles(page)) < 5
    page.search.clear()
    page.theme.setCurrentIndex(page.theme.findData("mutual-respect"))
    respect = shown_titles(page)
    assert respect and len(respect) < page.ctx.library.search_exercises().__len__()
    page.theme.setCurrentIndex(0)
    page.max_minutes.setValue(15)
    minutes = [int(page.exercises.item(r, 1).text()) for r in range(page.exercises.rowCount())]
    assert minutes and max(minutes) <= 15


def test_importing_a_broken_pack_lists_its_problems(main_window, qtbot, ctx):
    page = open_library(main_window, qtbot)
    assert not page.import_pack(DATA / "bad" / "many-problems.yaml")
    box = page.last_message
    assert box.isVisible()
    assert "many-problems.yaml" in box.text()
    assert "many-problems.yaml:" in box.detailedText()  # FILE:LINE:COL lines
    box.close()
    assert all(p.builtin for p in ctx.library.packs())  # nothing was imported


def test_dropping_a_good_pack_imports_it(main_window, qtbot, ctx):
    page = open_library(main_window, qtbot)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(DATA / "good" / "full.yaml"))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    before = len(ctx.library.packs())
    page.dropEvent(event)
    assert len(ctx.library.packs()) == before + 1
    assert any("(yours)" in page.pack_list.item(r).text() for r in range(page.pack_list.count()))


def test_duplicate_a_built_in_pack_into_an_editable_copy(main_window, qtbot, ctx):
    page = open_library(main_window, qtbot)
    rows = page.pack_list.count()  # "All packs" and the built-in packs (English first)
    page.pack_list.setCurrentRow(1)
    qtbot.mouseClick(page.duplicate_button, Qt.MouseButton.LeftButton)
    copies = [p for p in ctx.library.packs() if not p.builtin]
    assert len(copies) == 1 and len(copies[0].exercises) == len(ctx.library.packs()[0].exercises)
    assert copies[0].language == "en"
    assert list(ctx.data_dir.packs.iterdir())
    assert page.pack_list.count() == rows + 1


def test_the_detail_says_group_size_preparation_experience_set_up_and_counted_materials(main_window, qtbot):
    page = open_library(main_window, qtbot)
    page.exercise_view.setFocus()
    qtbot.keyClicks(page.search, "eight traits: a card sort")
    assert shown_titles(page)[0] == "Two roles, eight traits: a card sort"
    detail = " ".join(page.detail.toPlainText().split())
    assert "20 min · Cards Groups: trios, then whole room; groups of 3" in detail
    assert "Preparation: 30 min · Experience: Some experience" in detail
    assert "Room set-up: One flipchart per trio, spread along the walls" in detail
    assert "Set of this exercise's behaviour cards, printed and shuffled (1 per group)" in detail
