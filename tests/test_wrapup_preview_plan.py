"""The Wrap-up preview shows what the participant's printed plan shows, with its words (issue 15):
the check-ins table, the follow-up session line, and the six ways with the participant's
commitments under the ways they serve; user text prints literally."""

from __future__ import annotations

import re
from dataclasses import replace

from PySide6.QtGui import QTextDocument
from test_plans_documents import pdf_text

from workshop_app.gui.pages.wrapup_page import preview_html
from workshop_app.plans.api import write_action_plans
from workshop_app.services import wrapup

from plans_fixtures import MINH, make_workshop_data

TEXT = "Check the plan <b>weekly</b> & tell the team"
WHOM = "Priya <b>& Co</b>"


def two_commitments():
    """Minh with two commitments serving two ways, checked in on two dates with two people."""
    data = make_workshop_data()
    base = next(a for a in data.actions if a.owners == [MINH])  # aligned-goals, check-in 2025-04-20
    data.actions = [a for a in data.actions if MINH not in a.owners]
    data.actions += [replace(base, id=100, position=100, checkin_with="Sato Kenji"),
                     replace(base, id=101, position=101, text=TEXT, strategy="open-communication",
                             checkin="2025-05-02", checkin_with=WHOM)]
    return data


def preview_text(data) -> str:
    minh = next(p for p in data.participants if p.id == MINH)
    doc = QTextDocument()
    doc.setHtml(preview_html(data, wrapup.plan_preview(data, minh)))
    return doc.toPlainText()


def plan_text(data, folder) -> str:
    files = write_action_plans(data, folder, invariant=True, combined=False).participant_files
    return pdf_text(files[[p.id for p in data.participants].index(MINH)])


def one_line(text: str) -> str:
    return " ".join(text.split())


def under(text: str, title: str) -> str:
    """What a way's entry holds under the six ways' heading: from its title to the next way's."""
    start = text.index(title, text.index("The six ways to bridge"))
    end = re.search(r"\n\d \u00b7 ", text[start:])
    return text[start:start + end.start()] if end else text[start:]


def test_the_preview_shows_the_check_ins_table_of_the_plan(qtbot, tmp_path):
    data = two_commitments()
    text = one_line(preview_text(data))
    assert "Check-ins Check-in date What I will review With whom Done" in text
    assert "April 20, 2025 Commitment 1 Sato Kenji" in text
    assert f"May 2, 2025 Commitment 2 {WHOM}" in text  # as typed, never as markup
    printed = one_line(plan_text(data, tmp_path))
    assert "April 20, 2025 Commitment 1 Sato Kenji" in printed  # the same words on the PDF
    assert "Check-in date What I will review With whom Done" in printed


def test_the_preview_shows_the_six_ways_with_my_commitments_under_theirs(qtbot, tmp_path):
    data = two_commitments()
    text = preview_text(data)
    assert "The six ways to bridge leadership and operations" in text
    assert "My commitments: 1" in under(text, "Align goals across levels")
    assert "My commitments: 2" in under(text, "Foster open communication")
    for title in ("Develop dual competencies", "Embrace shared decision-making",
                  "Promote a culture of mutual respect", "Leverage technology and tools"):
        assert "My commitments" not in under(text, title), title
    printed = plan_text(data, tmp_path)
    assert "My commitments: 1" in printed and "My commitments: 2" in printed


def test_user_text_shows_literally(qtbot):
    text = preview_text(two_commitments())
    assert TEXT in text and WHOM in text
    assert "weekly</b>" in text


def test_the_follow_up_session_line_is_there_set_or_not(qtbot):
    data = two_commitments()
    assert "Follow-up session: ____" in preview_text(data)  # a line to write it on, as on paper
    data.workshop = replace(data.workshop, follow_up_date="2027-01-14", follow_up_time="14:30")
    assert "Follow-up session: Thursday, January 14, 2027 at 14:30" in one_line(preview_text(data))
