"""The run sheet tells the facilitator what to bring and how to set up: the group configuration,
room set-up, preparation and experience of each exercise, and one list of materials counted for
the participants present and their groups, each item once."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader

from workshop_app.plans import write_run_sheet

from plans_fixtures import FATIMA, make_workshop_data


def text_of(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() or "" for page in PdfReader(path).pages).split())


def counted_workshop():
    """Six participants, one absent: five present. Two exercises ask for the same pads of sticky
    notes (one and two per participant); the first works in groups of three to four."""
    data = make_workshop_data()
    next(p for p in data.participants if p.id == FATIMA).absent = True
    first, second = data.agenda[0].exercise, data.agenda[1].exercise
    first.update(group="trios, then whole room", group_size={"min": 3, "max": 4}, prep_minutes=25,
                 experience="seasoned", room_setup="SETUPMARK tables of four, a flipchart beside each",
                 materials=["Marker pens", {"item": "Pad of sticky notes", "per": "participant", "count": 1},
                            {"item": "Set of trait cards", "per": "group", "count": 1}])
    second["materials"] = [{"item": "Pad of sticky notes", "per": "participant", "count": 2}, "Flip chart"]
    return data


def test_each_exercise_says_its_groups_set_up_preparation_and_experience(tmp_path):
    text = text_of(write_run_sheet(counted_workshop(), tmp_path / "run.pdf"))
    assert ("Groups: trios, then whole room; groups of 3\u20134, 2 groups for the 5 present participants"
            in text)
    assert "Room set-up: SETUPMARK tables of four, a flipchart beside each" in text
    assert "Preparation: 25 min" in text and "Experience: Seasoned facilitators" in text


def test_materials_to_bring_are_counted_for_the_present_and_listed_once(tmp_path):
    text = text_of(write_run_sheet(counted_workshop(), tmp_path / "run.pdf"))
    start, end = text.index("Materials to bring"), text.index("Exercises step by step")
    assert text.index("Agenda") < start
    materials = text[start:end]
    assert text.count("Pad of sticky notes") == 1  # once, for both exercises
    # the larger need (two each for five present), and the items that use it
    assert re.search(r"10 Pad of sticky notes 2 per participant Two roles, one picture, Where the gap shows",
                     materials), materials
    assert re.search(r"2 Set of trait cards 1 per group Two roles, one picture", materials), materials
    assert "Marker pens" in materials and "Flip chart" in materials
    assert re.search(r"5 Blank plans, one per participant My commitments", materials), materials
    assert re.search(r"5 Printed action plans, one per participant Wrap-up", materials), materials


def test_before_anyone_is_present_the_materials_say_how_they_are_counted_not_zero(tmp_path):
    data = counted_workshop()
    for person in data.participants:
        person.absent = True
    text = text_of(write_run_sheet(data, tmp_path / "run.pdf"))
    materials = text[text.index("Materials to bring"):text.index("Exercises step by step")]
    assert re.search(r"\u2610 Pad of sticky notes 2 per participant Two roles", materials), materials
    assert re.search(r"\u2610 Set of trait cards 1 per group Two roles", materials), materials
    assert "\u2610 Blank plans, one per participant My commitments" in materials
    assert "Groups: trios, then whole room; groups of 3\u20134 Room set-up" in text
