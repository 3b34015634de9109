"""The calendar files, the commitments' exports and the workshop summary from the window: a
facilitator who never opens a terminal clicks a button, answers the file dialog, and finds the
files (the .ics parse with icalendar, the CSV reads with its byte order mark, the Markdown holds
the table), told in plain words what was written and what to do with it."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog
from test_actions_view import actions_page, programme, shown  # noqa: F401  (fixtures)
from test_wrapup_page import wrapup  # noqa: F401  (fixture)

from workshop_app.gui.settings import PAPERS_DIR, papers_folder
from workshop_app.model import CheckIn, Participant, Workshop
from workshop_app.services.workshop_files import import_sample

from gui_helpers import click_button, give_focus, when_modal

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def opened(monkeypatch):
    """The URLs "Open folder" asked the desktop to open."""
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: urls.append(url.toLocalFile())))
    return urls


def answer_folder(monkeypatch, folder: Path) -> list[str]:
    """The folder dialog answers ``folder``; returns the folders it was opened at."""
    offered: list[str] = []

    def choose(_parent, _title, start):
        offered.append(start)
        return str(folder)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(choose))
    return offered


def answer_file(monkeypatch, path: Path, chosen_filter: str) -> list[tuple[str, str, str]]:
    """The save dialog answers ``path`` with ``chosen_filter``; returns (title, start, filters) asked."""
    asked: list[tuple[str, str, str]] = []

    def save(_parent, title, start, filters):
        asked.append((title, start, filters))
        return str(path), chosen_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    return asked


def events(path: Path) -> list:
    return Calendar.from_ical(path.read_bytes()).walk("VEVENT")


# -- Check-in page: calendar files ---------------------------------------------------------------
@pytest.fixture
def checkin_page(main_window, ctx, qtbot):
    """The sample workshop with a 30-day check-in planned, open on the Check-in page."""
    workshop_id = import_sample(ctx)
    ctx.store.create_checkin(CheckIn(workshop_id, "2026-12-12", "09:30", "30-day check-in"))
    main_window.hub.workshopsChanged.emit()
    main_window.hub.workshopOpened.emit(workshop_id)
    main_window.show_page("checkin")
    page = main_window.pages["checkin"]
    qtbot.waitUntil(lambda: page.isVisible() and len(page.entries) == 6)
    return page


def test_calendar_files_from_the_checkin_page(checkin_page, main_window, ctx, qtbot, tmp_path, monkeypatch,
                                              opened):
    page = checkin_page
    folder = tmp_path / "calendar"
    folder.mkdir()
    offered = answer_folder(monkeypatch, folder)
    start = papers_folder(page.settings, page.data.workshop)
    assert page.calendar_button.isVisible() and page.calendar_button.isEnabled()
    qtbot.mouseClick(page.calendar_button, LEFT)
    qtbot.waitUntil(lambda: page.calendar_task is None, timeout=20000)

    written = sorted(p.name for p in folder.iterdir())
    names = [p.name for p in ctx.store.load_workshop_data(page.workshop_id).participants]
    assert len(written) == 1 + len(names) == 9 and "facilitator.ics" in written
    assert "Amira-Haddad.ics" in written and "Duong-Minh-Chau.ics" in written
    facilitator = {str(e["SUMMARY"]): e for e in events(folder / "facilitator.ics")}
    assert "30-day check-in" in facilitator
    assert facilitator["30-day check-in"].decoded("DTSTART").strftime("%Y-%m-%d %H:%M") == "2026-12-12 09:30"
    amira = [str(e["SUMMARY"]) for e in events(folder / "Amira-Haddad.ics")]
    assert "Due: Hold a 30-minute ops and leadership stand-up every Monday at 08:30" in amira
    for name in written:  # every file parses, every event has what calendar programs need
        for event in events(folder / name):
            assert event["UID"] and event["DTSTAMP"] and event["DTSTART"]

    said = page.status.text()
    assert "9 calendar files" in said and str(folder) in said
    assert "Import facilitator.ics" in said and "send each participant the file named after them" in said
    assert page.status.textFormat() == Qt.TextFormat.PlainText
    assert offered == [start]  # offered where the workshop's papers go...
    assert page.settings.value(PAPERS_DIR) == str(folder)  # ...and the next papers are offered here

    qtbot.mouseClick(page.open_folder_button, LEFT)
    assert opened == [str(folder)]


def test_a_workshop_without_any_date_is_told_so_in_plain_words(main_window, ctx, qtbot, tmp_path,
                                                               monkeypatch):
    workshop = ctx.store.create_workshop(Workshop(title="Kick-off <b>soon</b>"))
    ctx.store.add_participants(workshop.id, [Participant(name="Ana Ruiz")])
    main_window.hub.workshopsChanged.emit()
    main_window.hub.workshopOpened.emit(workshop.id)
    main_window.show_page("checkin")
    page = main_window.pages["checkin"]
    qtbot.waitUntil(lambda: page.isVisible() and page.data is not None)
    folder = tmp_path / "out"
    folder.mkdir()
    answer_folder(monkeypatch, folder)
    seen = []
    when_modal(lambda box: (seen.append(box.text()), click_button("OK")(box)), timeout_ms=20000)
    qtbot.mouseClick(page.calendar_button, LEFT)
    qtbot.waitUntil(lambda: page.calendar_task is None and bool(seen), timeout=20000)
    assert list(folder.iterdir()) == []
    assert page.status.text().startswith('"Kick-off <b>soon</b>" has no date for a calendar yet')
    assert seen == [page.status.text()]
    assert page.calendar_button.isEnabled() and not page.open_folder_button.isEnabled()


# -- Actions page: export ------------------------------------------------------------------------
def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_export_the_commitments_shown_as_csv(actions_page, main_window, qtbot, tmp_path,  # noqa: F811
                                             monkeypatch, opened):
    page = actions_page
    give_focus(qtbot, page.overdue_box)
    qtbot.keyClick(page.overdue_box, Qt.Key.Key_Space)  # only the overdue ones
    expected = shown(page)
    assert 0 < len(expected) < page.model.rowCount()
    target = tmp_path / "overdue.csv"
    asked = answer_file(monkeypatch, target, "CSV for Excel and LibreOffice (*.csv)")
    qtbot.mouseClick(page.export_button, LEFT)
    qtbot.waitUntil(lambda: page.export_task is None, timeout=20000)

    title, _start, filters = asked[0]
    assert title == f"Export the {len(expected)} commitments shown"
    assert filters == "CSV for Excel and LibreOffice (*.csv);;Markdown table (*.md)"
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM, for Excel
    header, *rows = read_csv(target)
    assert header[:6] == ["Workshop", "Workshop date", "Commitment", "Owners", "Due", "Status"]
    assert [r[2] for r in rows] == expected  # what the table shows, in its order
    said = page.export_status.text()
    assert said == (f"Written: the {len(expected)} commitments shown to {target} "
                    f"(of {page.model.rowCount()}: the search and filters left the others out).")
    assert page.settings.value(PAPERS_DIR) == str(tmp_path)
    assert page.open_folder_button.isVisible()
    qtbot.mouseClick(page.open_folder_button, LEFT)
    assert opened == [str(tmp_path)]


def test_export_all_as_markdown_the_filter_giving_the_suffix(actions_page, qtbot, tmp_path,  # noqa: F811
                                                             monkeypatch):
    page = actions_page
    total = page.model.rowCount()
    asked = answer_file(monkeypatch, tmp_path / "for the wiki", "Markdown table (*.md)")
    give_focus(qtbot, page.export_button)
    qtbot.keyClick(page.export_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.export_task is None, timeout=20000)

    assert asked[0][0] == f"Export all {total} commitments"
    written = tmp_path / "for the wiki.md"
    lines = written.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "| Workshop | Commitment | Owners | Due | Status |"
    assert lines[1] == "| --- | --- | --- | --- | --- |"
    assert len(lines) == 2 + total
    assert any("Joint planning day" in line and "Cleo Martin" in line for line in lines)
    assert page.export_status.text() == f"Written: all {total} commitments to {written}."


def test_a_file_neither_csv_nor_markdown_is_refused_in_plain_words(actions_page, qtbot, tmp_path,  # noqa: F811
                                                                  monkeypatch):
    page = actions_page
    folder = tmp_path / "out"
    folder.mkdir()
    answer_file(monkeypatch, folder / "actions.txt", "CSV for Excel and LibreOffice (*.csv)")
    seen = []
    when_modal(lambda box: (seen.append(box.text()), click_button("OK")(box)), timeout_ms=20000)
    qtbot.mouseClick(page.export_button, LEFT)
    qtbot.waitUntil(lambda: page.export_task is None and bool(seen), timeout=20000)
    assert list(folder.iterdir()) == []
    assert page.export_status.text() == f"{folder / 'actions.txt'}: the file name must end in .csv or .md"
    assert page.export_button.isEnabled()


# -- Wrap-up page: the workshop summary ----------------------------------------------------------
def test_workshop_summary_from_the_wrapup_page(wrapup, qtbot, tmp_path, monkeypatch, opened):  # noqa: F811
    page = wrapup
    asked = answer_file(monkeypatch, tmp_path / "closing the gap", "Markdown (*.md)")
    qtbot.mouseClick(page.summary_button, LEFT)
    qtbot.waitUntil(lambda: page.summary_task is None, timeout=20000)

    title, start, filters = asked[0]
    assert (title, filters) == ("Save the workshop summary", "Markdown (*.md)")
    assert start == str(tmp_path / "out" / "Leaders-and-operations-closing-the-gap-summary.md")  # "Save in"
    written = tmp_path / "closing the gap.md"
    text = written.read_text(encoding="utf-8")
    assert text.startswith("# Leaders and operations: closing the gap\n")
    assert "## Commitments\n\n| Commitment | Owners | Due | Status |\n| --- | --- | --- | --- |\n" in text
    assert "| Spend one day a month on the warehouse floor | Grace Whitfield | 2026-12-31 | Open |" in text
    assert page.status.text().startswith(f"Written: the workshop summary is {written}.")
    assert page.open_folder_button.isEnabled()
    qtbot.mouseClick(page.open_folder_button, LEFT)
    assert opened == [str(tmp_path)]
