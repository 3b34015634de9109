"""The Wrap-up page's "Save in" folder and the Plan page's papers share one remembered folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from test_plan_support import open_plan, three_people

from gui_helpers import click_button, when_modal


def test_wrapup_saves_where_the_plan_pages_papers_went_and_back(main_window, qtbot, ctx, tmp_path,
                                                                monkeypatch):
    papers, elsewhere = tmp_path / "papers", tmp_path / "elsewhere"
    papers.mkdir()
    elsewhere.mkdir()
    offered: list[str] = []

    def save_file(_parent, _title, start, _filter):
        offered.append(str(Path(start).parent))
        return (str(papers / "run-sheet.pdf"), "") if not offered[1:] else ("", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_file))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *_a: str(elsewhere)))
    plan = open_plan(main_window, ctx, qtbot, participants=three_people(), title="Tomorrow").page
    when_modal(click_button("Close"), timeout_ms=20000)  # "Open it" is offered for the run sheet
    plan.write_run_sheet()  # the run sheet goes into "papers"
    qtbot.waitUntil(lambda: plan.task is None and QApplication.activeModalWidget() is None, timeout=20000)
    assert (papers / "run-sheet.pdf").exists()

    main_window.show_page("wrapup")
    wrapup = main_window.pages["wrapup"]
    qtbot.waitUntil(lambda: bool(wrapup.folder.text()))
    assert wrapup.folder.text() == str(papers)  # not a second folder under Documents

    qtbot.mouseClick(wrapup.browse_button, Qt.MouseButton.LeftButton)  # chosen on Wrap-up...
    assert wrapup.folder.text() == str(elsewhere)
    main_window.show_page("plan")
    QApplication.processEvents()
    plan.write_run_sheet()  # ...is where the Plan page's next paper is offered to go
    assert offered[1:] == [str(elsewhere)]
