"""The Wrap-up page: preview, plans written off the GUI thread, cancel, print."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from workshop_app.services.workshop_files import import_sample

from gui_helpers import when_modal


@pytest.fixture
def wrapup(main_window, ctx, qtbot, tmp_path):
    workshop_id = import_sample(ctx)
    main_window.hub.workshopsChanged.emit()
    main_window.hub.workshopOpened.emit(workshop_id)
    main_window.show_page("wrapup")
    page = main_window.pages["wrapup"]
    qtbot.waitUntil(lambda: page.people.count() == 8)
    page.folder.setText(str(tmp_path / "out"))
    return page


def test_preview_shows_only_this_participants_commitments(wrapup):
    wrapup.people.setCurrentRow(0)  # Amira Haddad
    text = wrapup.preview.toPlainText()
    assert "Personal action plan: Amira Haddad" in text
    assert "Monday at 08:30" in text  # her commitment
    assert "front-line supervisors into the Q1" not in text  # Tomás's
    assert "Tension between" not in text  # a private note
    assert "Weekly 30-minute ops and leadership stand-up" in text  # the group's priorities
    assert "Develop dual competencies" in text


def test_the_preview_names_who_shares_a_commitment_as_the_plan_does(wrapup):
    wrapup.people.setCurrentRow(1)  # Tomás Ortega shares one with Dương Minh Châu
    assert "Shared with: Dương Minh Châu" in wrapup.preview.toPlainText()
    wrapup.people.setCurrentRow(0)  # Amira Haddad shares none
    assert "Shared with" not in wrapup.preview.toPlainText()


def test_create_plans_and_report_then_print(wrapup, qtbot, tmp_path, monkeypatch):
    qtbot.mouseClick(wrapup.generate_button, Qt.MouseButton.LeftButton)
    assert wrapup.progress.isVisible() or wrapup.result is not None
    qtbot.waitUntil(lambda: wrapup.result is not None, timeout=60000)
    out = tmp_path / "out"
    plans = sorted(p.name for p in out.glob("*.pdf"))
    assert len(plans) == 9 and "all-action-plans.pdf" in plans
    assert (out / "facilitator-only" / "facilitator-report.pdf").exists()
    assert "8 plans" in wrapup.status.text()
    assert wrapup.print_button.isEnabled() and not wrapup.progress.isVisible()

    # Print through a stand-in for CUPS' lp that records what it was asked.
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "lp.log"
    lp = bin_dir / "lp"
    lp.write_text(f"#!/bin/sh\nprintf '%s\\n' \"$@\" > {log}\n")
    lp.chmod(lp.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")

    def choose(dialog):
        dialog.copies_box.setValue(2)
        dialog.accept()

    when_modal(choose)
    qtbot.mouseClick(wrapup.print_button, Qt.MouseButton.LeftButton)
    args = log.read_text().splitlines()
    assert args[-1] == str(out / "all-action-plans.pdf")
    assert "-n" in args and args[args.index("-n") + 1] == "2"
    assert "sides=two-sided-long-edge" in args


def test_cancel_stops_and_leaves_no_print_file(wrapup, qtbot, tmp_path):
    wrapup.generate()
    wrapup.cancel()
    qtbot.waitUntil(lambda: wrapup.task is None, timeout=60000)
    out = tmp_path / "out"
    assert not (out / "all-action-plans.pdf").exists()
    assert "Stopped" in wrapup.status.text()
    assert not wrapup.print_button.isEnabled()
    assert not list(Path(out).glob("**/*.tmp")) if out.exists() else True


def test_unwritable_folder_is_reported(wrapup, qtbot, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    wrapup.folder.setText(str(blocker))
    wrapup.generate()
    qtbot.waitUntil(lambda: wrapup.task is None, timeout=60000)
    assert str(blocker) in wrapup.status.text()
    assert wrapup.result is None


def test_the_preview_says_what_the_printed_plan_says(wrapup, tmp_path):
    """Every heading and field label of the preview is one the participant's PDF prints."""
    import re

    from pypdf import PdfReader

    from workshop_app.plans import write_action_plans

    wrapup.people.setCurrentRow(0)  # Amira Haddad
    html = wrapup.preview.toHtml()
    written = write_action_plans(wrapup.data, tmp_path / "plans", invariant=True)
    printed = " ".join(" ".join(page.extract_text().split()) for page in
                       PdfReader(written.participant_files[0]).pages)
    shown = wrapup.preview.toPlainText()
    headings = [line for line in shown.splitlines()
                if line in {"My commitments", "What the group agreed",
                            "The six ways to bridge leadership and operations"}]
    assert len(headings) == 3
    labels = {text.rstrip(":") for text in re.findall(r"font-style:italic;\">([^<]+):</span>", html)}
    assert {"By when", "How I will know it worked"} <= labels
    for label in [*headings, *labels]:
        assert label.casefold() in printed.casefold(), label
    ranked = [re.match(r"(\d+)\. (.*) \((\d+)\)$", line) for line in shown.splitlines()]
    ranked = [m.groups() for m in ranked if m]  # the priorities with the PDF's ranks and dots
    assert ranked and all(f"{rank} {text}" in printed for rank, text, _dots in ranked[:2])


def test_the_run_sheet_is_printed_on_the_paper_chosen_for_the_plans(wrapup, main_window, qtbot, tmp_path):
    from pypdf import PdfReader
    from PySide6.QtTest import QTest

    from gui_helpers import click_button

    wrapup.paper.setFocus()
    QTest.keyClick(wrapup.paper, Qt.Key.Key_End)  # US Letter
    assert wrapup.paper.currentText() == "US Letter"
    main_window.show_page("plan")
    plan = main_window.pages["plan"]
    out = tmp_path / "run sheet.pdf"
    when_modal(click_button("Close"), timeout_ms=20000)
    plan.write_run_sheet(out)
    qtbot.waitUntil(lambda: plan.run_sheet_button.isEnabled(), timeout=20000)
    assert float(PdfReader(out).pages[0].mediabox.width) == pytest.approx(612)  # Letter, not A4


def test_create_also_writes_the_sponsor_report_when_asked(wrapup, qtbot, tmp_path):
    from pypdf import PdfReader
    from PySide6.QtTest import QTest

    # where it is offered, the page says what the sponsor report prints as typed
    assert "as typed" in wrapup.sponsor_note.text() and wrapup.sponsor_note.isVisible()
    assert not wrapup.sponsor_box.isChecked()
    wrapup.sponsor_box.setFocus()
    QTest.keyClick(wrapup.sponsor_box, Qt.Key.Key_Space)
    assert wrapup.sponsor_box.isChecked()
    qtbot.mouseClick(wrapup.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wrapup.result is not None, timeout=60000)
    out = tmp_path / "out"
    sponsor = out / "report-sponsor.pdf"  # beside the plans: nothing private in it
    assert wrapup.result.sponsor == sponsor and sponsor.is_file()
    assert (out / "facilitator-only" / "facilitator-report.pdf").is_file()
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(sponsor).pages)
    assert "Sponsor report" in text
    assert not any(p.name in text for p in wrapup.data.participants)
    assert "Tension between" not in text  # the sample's private note
    assert "report-sponsor.pdf" in wrapup.status.text()


def test_the_preview_prints_dates_ways_and_group_actions_as_the_pdf_does(wrapup, ctx, qtbot, tmp_path):
    """The words and forms the PDF prints for a commitment and the group's actions (one place:
    plans/labels.py), not the stored ISO dates or a bare way title."""
    from dataclasses import replace

    from pypdf import PdfReader

    from workshop_app.model import ActionItem
    from workshop_app.plans import write_action_plans

    amira = wrapup.data.participants[0]
    mine = next(a for a in wrapup.data.actions if a.owners == [amira.id])
    ctx.store.update_action(replace(mine, status="done"))
    ctx.store.add_action(ActionItem(text="Scope the shared board together", workshop_id=wrapup.workshop_id,
                                    agenda_item_id=6, due="2026-12-05"))  # the matrix: shared outcomes
    wrapup.hub.workshopChanged.emit(wrapup.workshop_id)
    qtbot.waitUntil(lambda: "shared board together" in wrapup.preview.toPlainText())
    wrapup.people.setCurrentRow(0)
    shown = wrapup.preview.toPlainText()
    written = write_action_plans(wrapup.data, tmp_path / "plans", invariant=True, combined=False)
    printed = " ".join(" ".join((page.extract_text() or "").split())
                       for page in PdfReader(written.participant_files[0]).pages)
    for expected in ("Thursday, November 12, 2026", "November 23, 2026", "December 14, 2026",
                     "2 · Foster open communication", "Scope the shared board together (by December 5, 2026)",
                     "We agreed to", "Done", "Rank", "Priority", "Dots"):
        assert expected in shown, expected
        assert expected in printed, expected
    assert "2026-11-23" not in shown
    fields = [line.split(":")[0] for line in shown.splitlines()
              if line.split(":")[0] in {"By when", "Check-in", "How I will know it worked"}]
    assert fields == ["By when", "Check-in", "How I will know it worked"]  # the card's order
