"""Arabic and Hebrew in the printed plans: letters joined, words right to left, wrapped lines in
reading order, a right-to-left paragraph right aligned, and Latin text untouched."""

from __future__ import annotations

import dataclasses
import re
import unicodedata

import pytest
from pypdf import PdfReader

from workshop_app.model import workshop as m
from workshop_app.plans import write_action_plans, write_report

from plans_fixtures import make_workshop_data

LAYLA = "\u0644\u064a\u0644\u0649 \u062d\u062f\u0627\u062f"  # ليلى حداد
#: "I will hold a weekly meeting with the warehouse team to review the plan and solve problems
#: early, and share the results with the operations manager at the end of every month" (Arabic;
#: no digits: pypdf's extraction moves a number in right-to-left text, see test_plans_text.py)
ARABIC_ACTION = ("\u0633\u0623\u0639\u0642\u062f "
                 "\u0627\u062c\u062a\u0645\u0627\u0639\u0627 "
                 "\u0623\u0633\u0628\u0648\u0639\u064a\u0627 \u0645\u0639 "
                 "\u0641\u0631\u064a\u0642 "
                 "\u0627\u0644\u0645\u0633\u062a\u0648\u062f\u0639 "
                 "\u0644\u0645\u0631\u0627\u062c\u0639\u0629 "
                 "\u0627\u0644\u062e\u0637\u0629 \u0648\u062d\u0644 "
                 "\u0627\u0644\u0645\u0634\u0643\u0644\u0627\u062a "
                 "\u0645\u0628\u0643\u0631\u0627 \u0648\u0623\u0634\u0627\u0631\u0643 "
                 "\u0627\u0644\u0646\u062a\u0627\u0626\u062c \u0645\u0639 "
                 "\u0645\u062f\u064a\u0631 "
                 "\u0627\u0644\u0639\u0645\u0644\u064a\u0627\u062a \u0641\u064a "
                 "\u0646\u0647\u0627\u064a\u0629 \u0643\u0644 \u0634\u0647\u0631")
#: "Every Sunday I will walk the floor with the shift leaders, listen to their problems, write down
#: three improvements and check with my manager that they are done by the end of the month" (Hebrew)
HEBREW_ACTION = ("\u05d1\u05db\u05dc \u05d9\u05d5\u05dd \u05e8\u05d0\u05e9\u05d5\u05df "
                 "\u05d0\u05e1\u05d9\u05d9\u05e8 \u05d1\u05e8\u05e6\u05e4\u05d4 "
                 "\u05e2\u05dd \u05e8\u05d0\u05e9\u05d9 "
                 "\u05d4\u05de\u05e9\u05de\u05e8\u05d5\u05ea, "
                 "\u05d0\u05e7\u05e9\u05d9\u05d1 \u05dc\u05d1\u05e2\u05d9\u05d5\u05ea "
                 "\u05e9\u05dc\u05d4\u05dd, \u05d0\u05db\u05ea\u05d5\u05d1 "
                 "\u05e9\u05dc\u05d5\u05e9 \u05d4\u05d8\u05d1\u05d5\u05ea "
                 "\u05d5\u05d0\u05d1\u05d3\u05d5\u05e7 \u05e2\u05dd "
                 "\u05d4\u05de\u05e0\u05d4\u05dc \u05e9\u05dc\u05d9 \u05e9\u05d4\u05df "
                 "\u05e0\u05e2\u05e9\u05d5 \u05e2\u05d3 \u05e1\u05d5\u05e3 "
                 "\u05d4\u05d7\u05d5\u05d3\u05e9 \u05d9\u05d7\u05d3 \u05e2\u05dd "
                 "\u05db\u05dc \u05d4\u05e6\u05d5\u05d5\u05ea "
                 "\u05d1\u05de\u05d7\u05e1\u05df \u05d4\u05e6\u05e4\u05d5\u05e0\u05d9")
PRESENTATION_FORMS = re.compile(r"[\ufb50-\ufdff\ufe70-\ufeff]")


def _layla_data() -> m.WorkshopData:
    data = make_workshop_data()
    pid = 99
    people = [*data.participants, m.Participant(LAYLA, pid, 7)]
    actions = [*data.actions,
               m.ActionItem(ARABIC_ACTION, 90, 7, 16, [pid], due="2025-04-01", measure=LAYLA, position=20),
               m.ActionItem(HEBREW_ACTION, 91, 7, 16, [pid], due="2025-04-02", position=21)]
    return dataclasses.replace(data, participants=people, actions=actions)


def _layla_plan(tmp_path):
    result = write_action_plans(_layla_data(), tmp_path, invariant=True, combined=False)
    return result.participant_files[-1]


def _words(text: str) -> str:
    """Extracted text with presentation forms back to letters, the lines joined by spaces."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


@pytest.fixture(scope="module")
def layla_plan(tmp_path_factory):
    path = _layla_plan(tmp_path_factory.mktemp("rtl"))
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def test_arabic_letters_print_joined(layla_plan):
    """Joined Arabic letters are drawn with their contextual (presentation) forms."""
    assert PRESENTATION_FORMS.search(layla_plan)
    # lam initial, yeh medial, lam medial, alef maksura final; hah initial, dal final, alef
    # isolated (it does not join to the left), dal isolated
    assert "\ufedf\ufef4\ufee0\ufef0 \ufea3\ufeaa\ufe8d\ufea9" in layla_plan
    assert LAYLA in _words(layla_plan)


def test_wrapped_right_to_left_lines_read_in_order(layla_plan):
    text = unicodedata.normalize("NFKC", layla_plan)
    assert ARABIC_ACTION not in text and HEBREW_ACTION not in text  # each wraps
    words = _words(layla_plan)
    assert ARABIC_ACTION in words
    assert HEBREW_ACTION in words


def test_a_right_to_left_paragraph_is_right_aligned_and_a_mixed_one_is_not():
    from reportlab.lib.enums import TA_LEFT, TA_RIGHT

    from workshop_app.plans.blocks import para

    assert para(LAYLA, "body").style.alignment == TA_RIGHT
    assert para(f"Owner: {LAYLA}", "body").style.alignment == TA_LEFT
    assert para("Owner", "body").style.alignment == TA_LEFT


def test_each_line_of_a_cell_reads_in_its_own_direction(tmp_path):
    """The report's commitment cell: the Arabic action reads from the right, the English
    "Measure:" line below it (after a line break) from the left."""
    path = write_report(_layla_data(), tmp_path / "report.pdf", invariant=True)
    text = unicodedata.normalize("NFKC", "\n".join(page.extract_text() for page in PdfReader(path).pages))
    assert f"Measure: {LAYLA}" in text


def test_amiras_name_prints_shaped_and_in_order(tmp_path):
    """أميرة حداد on her own plan: each letter in the form its neighbours give it (alef with hamza
    and teh marbuta alone, meem starting the join, yeh inside it, reh ending it), the two words in
    reading order, in the title and the footer."""
    amira = "\u0623\u0645\u064a\u0631\u0629 \u062d\u062f\u0627\u062f"
    data = make_workshop_data()
    data = dataclasses.replace(data, participants=[*data.participants, m.Participant(amira, 99, 7)])
    path = write_action_plans(data, tmp_path, invariant=True, combined=False).participant_files[-1]
    first_page = PdfReader(path).pages[0].extract_text()
    shaped = "\ufe83\ufee3\ufef4\ufeae\ufe93 \ufea3\ufeaa\ufe8d\ufea9"
    assert first_page.splitlines()[1].strip() == shaped  # the title, under "Personal action plan"
    assert first_page.count(shaped) >= 2  # and the footer
    assert amira not in first_page  # never the unjoined letters
