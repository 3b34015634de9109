"""The check-in in the window: planned from Wrap-up by keyboard, run commitment by commitment
through the real widgets, saved as typed; the projector never shows a private note; the
workshop itself is left as it was."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from workshop_app.services.workshop_files import import_sample

from gui_helpers import give_focus, when_modal

KEY = Qt.Key
CHECKIN_KEYS = ("checkins", "reviews", "checkin_commitments")


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def workshop_only(export: dict) -> dict:
    return {k: v for k, v in export.items() if k not in CHECKIN_KEYS}


@pytest.fixture
def sample(main_window, ctx, qtbot):
    """The sample workshop (done: its actions recorded), open on the Wrap-up page."""
    workshop_id = import_sample(ctx)
    main_window.hub.workshopsChanged.emit()
    main_window.hub.workshopOpened.emit(workshop_id)
    main_window.show_page("wrapup")
    qtbot.waitUntil(lambda: main_window.pages["wrapup"].people.count() == 8)
    return workshop_id


def plan_by_keyboard(qtbot, button, title: str, untick_row: int) -> dict:
    """Plan a check-in through the dialog: a title typed, one person unticked, Enter."""
    seen = {}

    def fill(dialog):
        seen["date"] = dialog.date.date().toString("yyyy-MM-dd")
        seen["title"] = dialog.title.text()
        give_focus(qtbot, dialog.people)
        for _ in range(untick_row):
            press(qtbot, KEY.Key_Down)
        press(qtbot, KEY.Key_Space)
        give_focus(qtbot, dialog.title)
        press(qtbot, KEY.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text(qtbot, title)
        press(qtbot, KEY.Key_Return)

    when_modal(fill)
    button.click()
    return seen


def review_by_keyboard(qtbot, status_key, *fields: str) -> None:
    """On the commitment: a status key, then Tab into each field in turn, then Page Down."""
    press(qtbot, status_key)
    for text in fields:
        press(qtbot, KEY.Key_Tab)
        type_text(qtbot, text)
    press(qtbot, KEY.Key_PageDown)


@pytest.fixture
def running(sample, main_window, ctx, qtbot):
    """A check-in planned from Wrap-up (Tomás Ortega not attending), open on the Check-in page."""
    wrapup = main_window.pages["wrapup"]
    seen = plan_by_keyboard(qtbot, wrapup.checkin_button, "First look back", untick_row=1)
    assert seen == {"date": "2026-12-12", "title": "30-day check-in"}  # 30 days after 2026-11-12
    page = main_window.pages["checkin"]
    qtbot.waitUntil(lambda: page.isVisible() and len(page.entries) == 6)
    give_focus(qtbot, page.card.focus_frame)
    return page


def test_plan_and_run_a_checkin_by_keyboard(running, sample, main_window, ctx, qtbot):
    before = workshop_only(ctx.store.export_workshop(sample))
    (checkin,) = ctx.store.list_checkins(sample)
    people = ctx.store.load_workshop_data(sample).participants
    assert (checkin.date, checkin.time, checkin.title) == ("2026-12-12", "09:30", "First look back")
    assert checkin.attendees == [p.id for p in people if p.name != "Tomás Ortega"]

    page = running
    assert ctx.store.get_checkin(checkin.id).started_at == ""
    review_by_keyboard(qtbot, KEY.Key_1, "The stand-up runs every Monday", "The ops lead chairs it",
                       "2027-02-01", "Tension between the two leads")
    assert page.current == 1 and page.card.focus_frame.hasFocus()
    assert ctx.store.get_checkin(checkin.id).started_at  # taking place since its first review
    review_by_keyboard(qtbot, KEY.Key_3, "Nobody invited them yet", "Needs the planning date")
    review_by_keyboard(qtbot, KEY.Key_4)
    assert page.current == 3

    reviews = {r.action_id: r for r in ctx.store.list_reviews(checkin.id)}
    assert sorted(reviews) == [1, 2, 3]
    first = reviews[1]
    assert (first.status, first.note, first.helps, first.revised_due, first.private_note) == (
        "done", "The stand-up runs every Monday", "The ops lead chairs it", "2027-02-01",
        "Tension between the two leads")
    assert (reviews[2].status, reviews[2].note, reviews[2].helps, reviews[2].private_note) == (
        "stuck", "Nobody invited them yet", "Needs the planning date", "")
    assert (reviews[3].status, reviews[3].note) == ("dropped", "")
    assert [page.table.item(row, 2).text() for row in range(4)] == ["Done", "Stuck", "Dropped",
                                                                    "Not reviewed"]

    # Back to the first one with Page Up: what was typed is there; a change is saved as typed.
    for _ in range(3):
        press(qtbot, KEY.Key_PageUp)
    assert page.card.note.text() == "The stand-up runs every Monday"
    press(qtbot, KEY.Key_2)
    assert ctx.store.list_reviews(checkin.id)[0].status == "in_progress"

    # A wrong date is said, not saved; the review keeps the last good one.
    give_focus(qtbot, page.card.revised_due)
    press(qtbot, KEY.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "next spring")
    page.flush()
    assert "next spring" in page.card.message.text()
    assert ctx.store.list_reviews(checkin.id)[0].revised_due == "2027-02-01"

    # The workshop itself is exactly as it was: only the check-in keys differ.
    assert workshop_only(ctx.store.export_workshop(sample)) == before
    assert all(a.status == "open" for a in ctx.store.load_workshop_data(sample).actions)


def test_the_projector_shows_progress_never_a_private_note(running, ctx, qtbot):
    page = running
    review_by_keyboard(qtbot, KEY.Key_3, "Waiting for the room booking", "Needs a sponsor",
                       "", "Amira seemed unwilling")
    press(qtbot, KEY.Key_PageUp)
    page.settings.setValue("run/font_scale", 120)  # the room's look, as set on the Run page
    press(qtbot, KEY.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(page.projector_shown)
    assert page.projector.font_scale == 1.2
    text = page.projector.visible_text()
    assert "Hold a 30-minute ops and leadership stand-up" in text
    assert "Amira Haddad" in text and "Stuck" in text and "Waiting for the room booking" in text
    assert "unwilling" not in text and "Needs a sponsor" not in text
    page.projector.grab().save("/tmp/checkin-gui-projector.png")

    press(qtbot, KEY.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    summary = page.projector.visible_text()
    assert "Stuck: 1" in summary and "Not reviewed: 5" in summary and "Done: 0" in summary
    assert "unwilling" not in summary
    page.projector.grab().save("/tmp/checkin-gui-projector-summary.png")
    page.window().grab().save("/tmp/checkin-gui-page.png")

    press(qtbot, KEY.Key_B, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert page.projector.screens.currentIndex() == 1  # the pause screen
    press(qtbot, KEY.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not page.projector_shown()


def test_a_new_commitment_then_the_progress_papers(running, sample, ctx, qtbot, tmp_path):
    page = running
    review_by_keyboard(qtbot, KEY.Key_1, "Done in week one", "", "", "Private: ask about her team")
    (checkin,) = ctx.store.list_checkins(sample)

    def fill(dialog):
        give_focus(qtbot, dialog.text)
        type_text(qtbot, "Ask finance for the board budget")
        press(qtbot, KEY.Key_Tab)
        press(qtbot, KEY.Key_Down)  # the second attendee
        press(qtbot, KEY.Key_Tab)
        type_text(qtbot, "2027-03-01")
        press(qtbot, KEY.Key_Return)

    when_modal(fill)
    page.new_button.click()
    (made,) = ctx.store.list_checkin_commitments(checkin.id)
    attendees = checkin.attendees
    assert (made.text, made.owners, made.due) == ("Ask finance for the board budget", [attendees[1]],
                                                  "2027-03-01")
    assert page.entries[-1].new_here and page.current == len(page.entries) - 1

    page.folder.setText(str(tmp_path / "progress"))
    page.print_button.click()
    qtbot.waitUntil(lambda: page.task is None and page.print_button.isEnabled(), timeout=60000)
    pdfs = sorted((tmp_path / "progress").glob("*.pdf"))
    assert "progress-report.pdf" in [p.name for p in pdfs] and len(pdfs) > 2
    texts = {pdf.name: " ".join(" ".join(sheet.extract_text().split()) for sheet in PdfReader(pdf).pages)
             for pdf in pdfs}
    report = texts.pop("progress-report.pdf")
    assert "Done in week one" in report and "Private: ask about her team" in report  # marked, for us
    amira = next(text for name, text in texts.items() if "amira" in name.lower())
    assert "Done in week one" in amira and "Done" in amira
    assert not [name for name, text in texts.items() if "ask about her team" in text]


def test_a_second_checkin_shows_the_first_ones_statuses(running, sample, main_window, ctx, qtbot):
    page = running
    review_by_keyboard(qtbot, KEY.Key_1, "Every Monday since week two")
    review_by_keyboard(qtbot, KEY.Key_3)
    seen = plan_by_keyboard(qtbot, page.plan_button, "Second look back", untick_row=0)
    assert seen == {"date": "2027-01-11", "title": "60-day check-in"}
    first, second = ctx.store.list_checkins(sample)
    assert page.checkin.id == second.id and page.checkins.count() == 2
    assert page.table.horizontalHeaderItem(2).text() == "First look back"
    assert [page.table.item(row, 2).text() for row in range(3)] == ["Done", "Stuck", "Not reviewed"]
    assert [page.table.item(row, 3).text() for row in range(3)] == ["Not reviewed"] * 3
    assert "First look back: Done" in page.card.history.text()
    assert ctx.store.list_reviews(second.id) == [] and len(ctx.store.list_reviews(first.id)) == 2


def test_plan_a_checkin_from_the_workshops_page(sample, main_window, ctx, qtbot):
    main_window.show_page("workshops")
    workshops = main_window.pages["workshops"]
    workshops.select(sample)
    assert workshops.checkin_button.isEnabled()
    plan_by_keyboard(qtbot, workshops.checkin_button, "From the list", untick_row=0)
    page = main_window.pages["checkin"]
    qtbot.waitUntil(lambda: page.isVisible() and len(page.entries) == 6)
    (checkin,) = ctx.store.list_checkins(sample)
    assert checkin.title == "From the list" and len(checkin.attendees) == 7


def test_what_is_typed_is_saved_without_moving_on(running, sample, main_window, ctx, qtbot):
    page = running
    (checkin,) = ctx.store.list_checkins(sample)
    press(qtbot, KEY.Key_Tab)
    type_text(qtbot, "Half the teams joined")
    assert page.autosave.pending
    qtbot.waitUntil(lambda: [r.note for r in ctx.store.list_reviews(checkin.id)] == ["Half the teams joined"])
    assert ctx.store.list_reviews(checkin.id)[0].status == "in_progress"  # a note alone: under way
    assert page.card.status.text() == "Status: In progress"
    press(qtbot, KEY.Key_Tab)
    type_text(qtbot, "The rota")
    main_window.close()  # the window closing saves what was typed in the last second
    assert ctx.store.list_reviews(checkin.id)[0].helps == "The rota"


def test_the_page_says_how_to_begin_when_nothing_is_planned(sample, main_window, qtbot):
    main_window.show_page("checkin")
    page = main_window.pages["checkin"]
    qtbot.waitUntil(lambda: "No check-in planned yet" in page.card.text.text())
    assert not page.checkins.isEnabled() and not page.print_button.isEnabled()
    assert not page.new_button.isEnabled() and page.plan_button.isEnabled()


def test_the_room_has_one_projector_whichever_page_puts_it_up(main_window, qtbot, ctx):
    """The Run page's projector is up; the Check-in page's goes up: the Run page's comes down, and
    the other way round (two windows would fight for the room's screen)."""
    from test_run_helpers import make_workshop

    from workshop_app.services.followup import plan_checkin

    wid, _items = make_workshop(ctx)
    plan_checkin(ctx.store, wid, "2026-12-12")
    main_window.hub.workshopOpened.emit(wid)
    main_window.show_page("run")
    run = main_window.pages["run"]
    run.toggle_projector()
    assert run.projector_shown()
    main_window.show_page("checkin")
    checkin = main_window.pages["checkin"]
    qtbot.waitUntil(lambda: checkin.checkin is not None)
    checkin.toggle_projector()
    assert checkin.projector_shown() and not run.projector_shown()
    assert not run.projector_button.isChecked()
    run.toggle_projector()
    assert run.projector_shown() and not checkin.projector_shown()
    assert not checkin.projector_button.isChecked()
