"""A commitment made at the 30-day check-in is reviewed at the 60-day one through the real
widgets, by keys: status, what happened, what helps or blocks, a revised due date, a private
note; the database holds what was typed and the progress papers show it (the private note only
in the facilitator's report)."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import Qt
from test_checkin_gui import (  # noqa: F401 (fixtures)
    KEY,
    plan_by_keyboard,
    press,
    review_by_keyboard,
    running,
    sample,
    type_text,
)

from gui_helpers import give_focus, when_modal


def add_commitment_by_keyboard(qtbot, page, text: str, due: str) -> None:
    """"New commitment…" (Alt+N): what, the second attendee, by when, Enter."""
    def fill(dialog):
        give_focus(qtbot, dialog.text)
        type_text(qtbot, text)
        press(qtbot, KEY.Key_Tab)
        press(qtbot, KEY.Key_Down)
        press(qtbot, KEY.Key_Tab)
        type_text(qtbot, due)
        press(qtbot, KEY.Key_Return)

    when_modal(fill)
    page.new_button.click()


def pdf_texts(folder) -> dict[str, str]:
    return {pdf.name: " ".join(" ".join(sheet.extract_text().split()) for sheet in PdfReader(pdf).pages)
            for pdf in sorted(folder.glob("*.pdf"))}


def test_the_60_day_checkin_reviews_what_the_30_day_one_added(running, sample, ctx, qtbot,  # noqa: F811
                                                              tmp_path):
    page = running
    add_commitment_by_keyboard(qtbot, page, "Ask IT for access to the shift planner", "2027-01-05")
    (first,) = ctx.store.list_checkins(sample)
    (made,) = ctx.store.list_checkin_commitments(first.id)
    assert page.entries[-1].new_here and not page.entries[-1].reviewable  # nothing to review yet here
    give_focus(qtbot, page.card.focus_frame)
    press(qtbot, KEY.Key_3)
    assert ctx.store.list_reviews(first.id) == []

    seen = plan_by_keyboard(qtbot, page.plan_button, "Second look back", untick_row=0)
    assert seen["title"] == "60-day check-in"
    _first, second = ctx.store.list_checkins(sample)
    qtbot.waitUntil(lambda: page.checkin is not None and page.checkin.id == second.id)
    assert len(page.entries) == 7 and page.entries[-1].progress.commitment == made
    give_focus(qtbot, page.card.focus_frame)
    for _ in range(6):
        press(qtbot, KEY.Key_PageDown)
    assert page.card.text.text() == "Ask IT for access to the shift planner"
    assert page.card.note.isEnabled()  # its fields take what is typed (Tab does not skip them)
    review_by_keyboard(qtbot, KEY.Key_3, "IT has not answered", "A ticket number", "2027-02-15",
                       "Finance is wary of it")

    (review,) = ctx.store.list_reviews(second.id)
    assert (review.action_id, review.commitment_id) == (None, made.id)
    assert (review.status, review.note, review.helps, review.revised_due, review.private_note) == (
        "stuck", "IT has not answered", "A ticket number", "2027-02-15", "Finance is wary of it")
    assert page.table.item(6, 3).text() == "Stuck"  # after "First look back": this check-in's column
    assert page.card.status.text() == "Status: Stuck"
    assert page.card.due.text() == "Due: February 15, 2027"  # as revised

    # Back to it: what was typed is there, and a change of status replaces the review in place.
    press(qtbot, KEY.Key_PageUp)
    press(qtbot, KEY.Key_PageDown)
    assert page.card.note.text() == "IT has not answered"
    press(qtbot, KEY.Key_2)
    assert [(r.id, r.status) for r in ctx.store.list_reviews(second.id)] == [(review.id, "in_progress")]
    press(qtbot, KEY.Key_3)
    page.window().grab().save("/tmp/commitment-reviews-page.png")

    page.folder.setText(str(tmp_path / "progress"))
    press(qtbot, KEY.Key_R, Qt.KeyboardModifier.AltModifier)  # "P&rint progress…"
    qtbot.waitUntil(lambda: (tmp_path / "progress" / "progress-report.pdf").exists() and page.task is None,
                    timeout=60000)
    texts = pdf_texts(tmp_path / "progress")
    report, sponsor = texts.pop("progress-report.pdf"), texts.pop("progress-sponsor.pdf")
    assert "IT has not answered" in report and "Finance is wary of it" in report
    owner = ctx.store.get_participant(made.owners[0]).name
    (own,) = [text for name, text in texts.items() if owner.split()[0].lower() in name.lower()]
    assert "Ask IT for access to the shift planner" in own and "IT has not answered" in own
    assert "Stuck" in own and "Finance is wary" not in own
    assert "Finance is wary" not in sponsor and "IT has not answered" not in sponsor
