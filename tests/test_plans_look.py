"""What looking at the printed plans and handouts as a participant and a facilitator found
(issue 15): each test states as text and page facts what was wrong on the page."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from handouts_fixtures import room_of_ten
from pypdf import PdfReader

from workshop_app.commands.demo import sample_data
from workshop_app.model import workshop as m
from workshop_app.plans.api import write_action_plans, write_handouts

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
    assert "Follow-up session:" in signed  # the follow-up line above it, on the same page


def test_the_six_ways_never_split_wherever_they_start(tmp_path):
    """The six ways' heading and rows print on one page, however little room the page has left
    (their heading's space above it counted when deciding whether they fit): in full with their
    summaries, or in a page's last room without them, the participant's commitments under their
    way in both."""
    from workshop_app.plans import action_plan, blocks, styles
    from workshop_app.plans.page import Section, build_pdf

    width, room = styles.frame_width("letter"), styles.frame_height("letter")
    mine = [m.ActionItem("Talk", strategy="tools-technology")]
    compact = overleaf = 0
    for filler in range(int(room) - 215, int(room) - 90, 3):
        story = blocks.glue([blocks.spacer(filler), blocks.para("Above"),
                             *action_plan.six_ways_part(mine, width, blocks.SharedCells())])
        path = build_pdf(tmp_path / f"{filler}.pdf", story, paper="letter", invariant=True,
                         meta={"title": "Six ways"}, section=Section("", ""))
        pages = page_texts(path)
        (ways,) = [text for text in pages if "Leverage technology" in text]
        assert "The six ways to bridge" in ways and "Develop dual competencies" in ways, filler
        assert "My commitments: 1" in ways, filler
        if "with results." not in ways:  # the compact form, in the first page's last room
            assert len(pages) == 1, filler
            compact += 1
        overleaf += len(pages) == 2
    assert compact and overleaf  # some fillers left room for the compact form only, some for neither
@pytest.mark.parametrize("kind", ["sign", "poster", "cards", "roles"])
def test_a_long_word_in_a_large_title_prints_whole_and_smaller(tmp_path, kind):
    """A handout title's word too wide for the page or the piece (long compounds, as in German)
    prints in a smaller size, never broken inside the word."""
    word = "Kommunikationsschwierigkeiten"
    data = room_of_ten()
    handout = {"sign": 2, "poster": 3, "roles": 0}.get(kind)
    exercise = data.agenda[1 if kind == "cards" else 3].exercise
    items = exercise["handouts"][0 if handout is None else handout]["items"]
    if kind == "poster":
        exercise["handouts"][3]["title"] = word
    else:
        items[0]["title"] = word
    pages = page_texts(write_handouts(data, tmp_path))
    text = "\n".join(pages[1:])  # the handouts (the list of the first page has narrow columns)
    assert text.count(word) == text.count("Kommunikations") > 0  # each time whole


def test_the_list_of_handouts_says_when_and_how_many_pages_in_all(tmp_path):
    """The facilitator at the copier: the workshop's date, and the pages to print in all (the
    handouts after the list)."""
    pages = page_texts(write_handouts(room_of_ten(), tmp_path, invariant=True))
    first = pages[0]
    assert "DATE\nThursday, November 12, 2026" in first
    assert re.search(rf"Total\s*{len(pages) - 1}\b", first)
    assert "dashed lines" in first  # cards, slips and role cards to cut


def test_no_word_of_cutting_when_nothing_is_to_cut(tmp_path):
    data = room_of_ten()
    for item in data.agenda:
        if item.exercise:
            item.exercise["handouts"] = [h for h in item.exercise["handouts"] if h["kind"] == "sheet"]
    first = page_texts(write_handouts(data, tmp_path, invariant=True))[0]
    assert "Rating sheet" in first and "dashed lines" not in first


def test_a_short_check_in_table_prints_on_the_page_of_its_signature(tmp_path):
    """The sample's second participant (one check-in): the check-ins, the follow-up and the
    signature together, never the table at one page's foot and the lines under it overleaf."""
    pages = plan_of(sample_data(), tmp_path, "a4", person=1)
    (signed,) = [text for text in pages if "My signature" in text]
    assert "Check-in date" in signed and "Follow-up session:" in signed
