"""What a participant's printed plan holds for them (issue 15): two pages for a few
commitments with their own ratings, whom they check in with, the check-in dates, and a
commitment shared by two owners on both their plans."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pypdf import PdfReader
from test_plans_documents import pdf_text

from workshop_app.plans import write_action_plans

from plans_fixtures import MINH, make_workshop_data


def _with_commitments(n: int, filled: bool):
    """The fixture with Minh (who rated) owning ``n`` commitments; ``filled``: every field typed."""
    data = make_workshop_data()
    base = next(a for a in data.actions if a.owners == [MINH])
    data.actions = [a for a in data.actions if MINH not in a.owners]
    extra = {"support": "An hour a week from my manager", "checkin_with": "Sato Kenji"} if filled else {}
    data.actions += [replace(base, id=100 + k, position=100 + k, text=f"Commitment {k + 1}: check the plan "
                             "with the warehouse every Monday", **extra) for k in range(n)]
    return data


def _minh_plan(data, folder, paper: str = "a4"):
    files = write_action_plans(data, folder, paper=paper, invariant=True, combined=False).participant_files
    return files[[p.id for p in data.participants].index(MINH)]


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize(("n", "filled"), [(0, False), (1, False), (1, True), (2, False), (3, False),
                                           (3, True)])
def test_a_few_commitments_and_own_ratings_print_on_two_pages(tmp_path, n, filled, paper):
    """Up to three commitments (or the blank cards) with the participant's own ratings: two
    pages on A4 and on US Letter, the six ways on the second (issue 15: on Letter they took a
    third page of their own)."""
    path = _minh_plan(_with_commitments(n, filled), tmp_path, paper)
    assert len(PdfReader(path).pages) == 2
    text = pdf_text(path)
    assert "My ratings" in text and "The six ways to bridge leadership and operations" in text
    assert "Leverage technology and tools" in text
    assert text.count("check the plan with the warehouse") == n


def test_four_filled_commitments_and_own_ratings_print_on_two_pages_on_a4(tmp_path):
    path = _minh_plan(_with_commitments(4, True), tmp_path)
    assert len(PdfReader(path).pages) == 2


#: Three lines beside the ratings; one word too wide for that column (it then prints above them)
LONG_NAMES = ["Maximiliana Alexandra Konstantina von Hohenzollern und Wittelsbach de la Cruz y Borbón",
              "Maximiliana Alexandra von Hohenzollern-Sigmaringen-Wittelsbach de la Cruz"]


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("name", LONG_NAMES)
@pytest.mark.parametrize("n", [0, 1, 2])
def test_a_very_long_name_and_a_long_commitment_print_on_two_pages(tmp_path, paper, name, n):
    """A very long name with the blank cards, or with a commitment of 600 characters (and one
    more): still two pages."""
    data = _with_commitments(n, filled=True)
    next(p for p in data.participants if p.id == MINH).name = name
    if n:
        data.actions[-n].text = ("I will check the plan with the warehouse every Monday and tell the "
                                 "team what changed. " * 8)[:600]
    path = _minh_plan(data, tmp_path, paper)
    assert len(PdfReader(path).pages) == 2
    assert "Leverage technology and tools" in pdf_text(path)


def test_each_check_in_date_and_the_follow_up_note_print(tmp_path):
    from workshop_app.model.workshop import Note

    data = make_workshop_data()
    data.notes += [Note("Follow-up session on 14 January 2026 in the Harbour Room", 40, 7, None),
                   Note("ZEBRAPRIVATE follow-up with Dmitry alone", 41, 7, None, private=True)]
    files = write_action_plans(data, tmp_path, invariant=True).participant_files
    text = pdf_text(files[[p.id for p in data.participants].index(MINH)])
    assert "From the workshop: Follow-up session on 14 January 2026 in the Harbour Room" in text
    assert "ZEBRAPRIVATE" not in text
    assert text.count("April 20, 2025") == 2  # Minh's check-in: on the card and in the check-ins table


def test_the_wrapup_preview_shows_check_in_with_and_the_follow_up_as_the_plan(qtbot):
    from PySide6.QtGui import QTextDocument

    from workshop_app.gui.pages.wrapup_page import preview_html
    from workshop_app.model.workshop import Note
    from workshop_app.services import wrapup

    data = _with_commitments(1, filled=True)
    data.notes.append(Note("Follow-up session on 14 January", 40, 7, None))
    minh = next(p for p in data.participants if p.id == MINH)
    doc = QTextDocument()
    doc.setHtml(preview_html(data, wrapup.plan_preview(data, minh)))
    text = doc.toPlainText()
    assert "Check in with: Sato Kenji" in text and "Check-in: April 20, 2025" in text  # as the PDF prints it
    assert "From the workshop: Follow-up session on 14 January" in text


def test_a_blank_plan_has_a_line_for_whom_on_each_card_and_nothing_recorded(tmp_path):
    from workshop_app.model.workshop import Note

    data = _with_commitments(2, filled=True)
    data.notes.append(Note("Follow-up session on 14 January", 40, 7, None))
    files = write_action_plans(data, tmp_path, invariant=True, blank=True).participant_files
    text = pdf_text(files[[p.id for p in data.participants].index(MINH)])
    assert text.count("CHECK IN WITH") == 2 and text.count("WHAT I WILL DO") == 2
    assert "Sato Kenji" not in text and "My ratings" not in text and "on 14 January" not in text
    assert len(PdfReader(files[0]).pages) == 2
