"""A participant's printed plan shows their own ratings beside the room's means (issue 15)."""

from __future__ import annotations

import re

from PySide6.QtGui import QTextDocument
from test_plans_documents import pdf_text

from workshop_app.plans import write_action_plans
from workshop_app.services import wrapup

from plans_fixtures import ELENI, FATIMA, make_workshop_data

MINE = {"Clarity of goals": 12, "Trust between teams": 34, "Shared tools": 150}  # 150: outside 1..99
OTHERS = {"Clarity of goals": 70, "Trust between teams": 80, "Shared tools": 60}  # + participant id


def _data():
    data = make_workshop_data()
    (item,) = [i for i in data.agenda if i.id == 15]
    item.exercise["capture"]["scale_max"] = 99
    data.ratings = [r for r in data.ratings if r.participant_id != FATIMA]
    for r in data.ratings:
        r.value = MINE[r.criterion] if r.participant_id == ELENI else OTHERS[r.criterion] + r.participant_id
    return data


def test_plan_prints_own_values_beside_room_means_and_no_one_elses(tmp_path):
    data = _data()
    paths = write_action_plans(data, tmp_path, invariant=True).participant_files
    mine = pdf_text(paths[0])
    assert "My ratings" in mine and "Rate our bridges" in mine
    words = mine.split()
    for value in ("12", "34", "61.4", "73.8", "63.8"):  # Clarity 307/5, Trust 369/5, Tools 255/4
        assert value in words, value
    assert "150" not in mine  # outside the scale: a dash, as in the room's summary
    others = {str(OTHERS[c] + pid) for c in OTHERS for pid in (2, 3, 4, 6)}
    assert not others & set(re.findall(r"\d+(?:\.\d)?", mine))
    fatima = pdf_text(paths[[p.id for p in data.participants].index(FATIMA)])
    assert "My ratings" not in fatima  # gave no ratings: no section


def test_wrapup_preview_shows_the_same_section(qtbot):
    from workshop_app.gui.pages.wrapup_page import preview_html

    data = _data()
    eleni = next(p for p in data.participants if p.id == ELENI)
    doc = QTextDocument()
    doc.setHtml(preview_html(data, wrapup.plan_preview(data, eleni)))
    text = doc.toPlainText()
    assert "My ratings" in text and "Me" in text and "Room" in text
    assert "Clarity of goals: 12 \u00b7 61.4" in text
    assert "Shared tools: \u2013 \u00b7 63.8" in text
    fatima = next(p for p in data.participants if p.id == FATIMA)
    doc.setHtml(preview_html(data, wrapup.plan_preview(data, fatima)))
    assert "My ratings" not in doc.toPlainText()
