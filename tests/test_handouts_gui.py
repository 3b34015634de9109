"""The Plan page's "Print handouts…" button: a click, a folder, the file on a worker, "Open it"."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from test_plan_support import close_message_boxes, open_plan, three_people

from gui_helpers import click_button, when_modal

PACK = "bridging-leadership-operations"


def test_print_handouts_writes_the_agendas_handouts_into_the_chosen_folder(main_window, ctx, qtbot,
                                                                           tmp_path, monkeypatch):
    plan = open_plan(main_window, ctx, qtbot, participants=three_people())
    plan.tab(2)
    plan.page.agenda.start_from(PACK, "full-day")
    button = plan.page.handouts_button
    assert button.isVisible() and button.text().replace("&", "") == "Print handouts…"
    out = tmp_path / "handouts"
    out.mkdir()
    asked = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        lambda *args, **kwargs: asked.append(args) or str(out))
    offered = []

    def close(box):
        offered.append(box.text())
        click_button("Close")(box)

    when_modal(close, timeout_ms=20000)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert asked and not button.isEnabled()  # busy, but the window keeps working
    qtbot.waitUntil(lambda: button.isEnabled() and bool(offered), timeout=20000)
    written = out / "handouts.pdf"
    assert offered and str(written) in offered[0]
    text = "\n".join(page.extract_text() for page in PdfReader(written).pages)
    assert "Bridging day" in text and "My commitment card" in text
    assert text.count("Eight traits: my ratings") >= 3  # a rating sheet for each of the three
    assert not close_message_boxes(main_window)


def test_an_agenda_without_handouts_is_said_without_asking_for_a_folder(main_window, ctx, qtbot,
                                                                        monkeypatch):
    plan = open_plan(main_window, ctx, qtbot, participants=three_people())
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        lambda *args, **kwargs: (_ for _ in ()).throw(AssertionError("asked")))
    said = []

    def close(box):
        said.append(box.text())
        click_button("Close")(box)

    when_modal(close)
    qtbot.mouseClick(plan.page.handouts_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(said))
    assert said == ["No exercise on this agenda has handouts to print."]
