"""What looking at the printed plans and handouts as a participant and a facilitator found
(issue 15): each test states as text and page facts what was wrong on the page."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from workshop_app.commands.demo import sample_data
from workshop_app.model import workshop as m
from workshop_app.plans.api import write_action_plans

LONG_WORD = "Hohenzollern-Sigmaringen-Wittelsbach"


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def plan_of(data: m.WorkshopData, folder: Path, paper: str, person: int = 0) -> list[str]:
    """The page texts of one present participant's plan."""
    files = write_action_plans(data, folder, paper=paper, invariant=True, combined=False).participant_files
    return page_texts(files[person])


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_a_long_name_beside_the_ratings_is_never_broken_inside_a_word(tmp_path, paper):
    """The first participant rated the traits, so their name stands beside their ratings: a name
    with a word too wide for that column prints above them at the page's width instead."""
    data = sample_data()
    data.participants[0].name = f"Maximiliana Alexandra von {LONG_WORD} de la Cruz"
    first = plan_of(data, tmp_path, paper)[0]
    assert "My ratings" in first
    assert first.count(LONG_WORD) == 2  # the title, whole, and the footer


def six_commitments(data: m.WorkshopData) -> m.WorkshopData:
    """The sample's first participant with six commitments, each with a check-in."""
    owner = data.participants[0].id
    data.actions = [a for a in data.actions if owner not in a.owners]
    data.actions += [m.ActionItem(f"Commitment number {n}", owners=[owner], due=f"2026-12-0{n}",
                                  checkin=f"2026-12-1{n}", checkin_with="Priya", measure="Measured",
                                  support="Help", strategy="open-communication", position=n)
                     for n in range(1, 7)]
    return data


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_the_signature_line_never_starts_a_page_alone(tmp_path, paper):
    pages = plan_of(six_commitments(sample_data()), tmp_path, paper)
    assert len(pages) == 3
    (signed,) = [text for text in pages if "My signature" in text]
    assert "Follow-up session booked" in signed  # the workshop's note above it, on the same page


def test_the_six_ways_never_split_wherever_they_start(tmp_path):
    """The six ways' heading and rows print on one page, however little room the page has left
    (their heading's space above it counted when deciding whether they fit)."""
    from workshop_app.plans import action_plan, blocks, styles
    from workshop_app.plans.page import Section, build_pdf

    width, room = styles.frame_width("letter"), styles.frame_height("letter")
    for filler in range(int(room) - 215, int(room) - 150, 3):
        story = blocks.glue([blocks.spacer(filler), blocks.para("Above"),
                             *action_plan.six_ways_part([], width, blocks.SharedCells())])
        path = build_pdf(tmp_path / f"{filler}.pdf", story, paper="letter", invariant=True,
                         meta={"title": "Six ways"}, section=Section("", ""))
        pages = page_texts(path)
        (ways,) = [text for text in pages if "Leverage technology" in text]
        assert "The six ways to bridge" in ways and "with results." in ways, filler
