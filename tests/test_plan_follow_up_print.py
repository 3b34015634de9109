"""The follow-up session prints (issue 15): on every plan beside the check-ins, with the label the
Wrap-up preview uses too; on the blank plans (or a line to write it on); in the facilitator
report and the run sheet. The Wrap-up's before-printing list says when none is set. The report
also prints whom each commitment's owners check in with; the sponsor report never does."""

from __future__ import annotations

from dataclasses import replace

from test_plans_documents import pdf_text

from workshop_app.model.workshop import ActionItem
from workshop_app.plans.api import write_action_plans, write_report, write_run_sheet, write_sponsor_report
from workshop_app.services import wrapup

from plans_fixtures import MINH, make_workshop_data

WHEN = "Follow-up session: Thursday, January 14, 2027 at 14:30"


def with_follow_up(date: str = "2027-01-14", time: str = "14:30"):
    data = make_workshop_data()
    data.workshop = replace(data.workshop, follow_up_date=date, follow_up_time=time)
    return data


def one_line(text: str) -> str:
    return " ".join(text.split())


def minh_plan(data, tmp_path, blank: bool = False) -> str:
    files = write_action_plans(data, tmp_path, invariant=True, blank=blank).participant_files
    return one_line(pdf_text(files[[p.id for p in data.participants].index(MINH)]))


def test_every_plan_prints_the_follow_up_session_beside_the_check_ins(tmp_path):
    data = with_follow_up()
    files = write_action_plans(data, tmp_path, invariant=True).participant_files
    for path in files:
        text = one_line(pdf_text(path))
        assert WHEN in text
        assert text.index("Check-ins") < text.index(WHEN)


def test_the_wrapup_preview_shows_the_follow_up_with_the_plans_label(qtbot, tmp_path):
    from PySide6.QtGui import QTextDocument

    from workshop_app.gui.pages.wrapup_page import preview_html

    data = with_follow_up()
    minh = next(p for p in data.participants if p.id == MINH)
    preview = wrapup.plan_preview(data, minh)
    assert preview.labels.follow_up_session == "Follow-up session"
    doc = QTextDocument()
    doc.setHtml(preview_html(data, preview))
    assert WHEN in one_line(doc.toPlainText())
    assert WHEN in minh_plan(data, tmp_path)  # the same words on the PDF


def test_a_follow_up_without_a_time_prints_the_date_alone(tmp_path):
    text = minh_plan(with_follow_up(time=""), tmp_path)
    assert "Follow-up session: Thursday, January 14, 2027" in text and "14:30" not in text


def test_blank_plans_print_the_follow_up_or_a_line_to_write_it(tmp_path):
    assert WHEN in minh_plan(with_follow_up(), tmp_path / "set", blank=True)
    unset = minh_plan(make_workshop_data(), tmp_path / "unset", blank=True)
    assert "Follow-up session: ____" in unset and "2027" not in unset


def test_before_printing_says_when_no_follow_up_date_is_set():
    missing = [line for line in wrapup.before_printing(make_workshop_data()) if "follow-up" in line]
    assert missing == ["No follow-up session is set: the plans print a line to write its date "
                       "(set it on the Plan page, Details)."]
    assert not [line for line in wrapup.before_printing(with_follow_up()) if "follow-up" in line]


def test_the_report_and_the_run_sheet_print_the_follow_up(tmp_path):
    data = with_follow_up()
    for path in (write_report(data, tmp_path / "report.pdf", invariant=True),
                 write_run_sheet(data, tmp_path / "run.pdf", invariant=True)):
        assert "FOLLOW-UP SESSION Thursday, January 14, 2027 at 14:30" in one_line(pdf_text(path))


def test_the_report_prints_whom_each_commitment_checks_in_with_and_the_sponsor_report_not(tmp_path):
    data = make_workshop_data()
    data.actions = [replace(a, checkin_with="Sato Kenji") if MINH in a.owners else a for a in data.actions]
    data.actions.append(ActionItem("Share the rota with planning", id=90, workshop_id=7, position=90,
                                   checkin_with="Dmitriy and ZEBRAWHOM"))  # the group's action
    report = one_line(pdf_text(write_report(data, tmp_path / "report.pdf", invariant=True)))
    assert "Check in with: Sato Kenji" in report
    assert "Check in with: Dmitriy and ZEBRAWHOM" in report
    sponsor = one_line(pdf_text(write_sponsor_report(data, tmp_path / "sponsor.pdf", invariant=True)))
    assert "Share the rota with planning" in sponsor
    assert "Sato Kenji" not in sponsor and "ZEBRAWHOM" not in sponsor and "Check in with" not in sponsor
