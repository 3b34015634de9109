"""One result for each capture: the run console, the projector and the printed report agree.

The same dot vote and the same ratings are read back as a user sees them: the console's chart
and table, the projector once the results are revealed, and the facilitator report's PDF text.
"""

from __future__ import annotations

import re

from pypdf import PdfReader
from PySide6.QtCore import Qt
from test_run_workshop import ROOM, open_run, projector_text

from workshop_app.model import Card
from workshop_app.plans import write_report

KEY = Qt.Key


def report_text(ctx, wid, tmp_path) -> str:
    path = write_report(ctx.store.load_workshop_data(wid), tmp_path / "report.pdf", invariant=True)
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def _section(text: str, start: str, end: str) -> str:
    return text[text.index(start):text.index(end, text.index(start))]


def test_a_dot_vote_ranks_the_same_on_the_projector_and_in_the_report(main_window, qtbot, ctx, tmp_path):
    page, _clock, wid, items = open_run(main_window, qtbot, ctx)
    store = ctx.store
    vote = items[4]
    ann, bo = store.list_participants(wid)[:2]
    cards = [store.add_card(Card(text=t, workshop_id=wid, agenda_item_id=vote.id))
             for t in ("Nobody chose me", "Shared dashboard", "Weekly stand-up")]
    store.set_votes(vote.id, cards[1].id, ann.id, 2)  # a tie: the earlier option first
    store.set_votes(vote.id, cards[2].id, bo.id, 2)
    page._act(lambda: page.session.go_to(4))
    qtbot.keyClick(page, KEY.Key_P, ROOM)
    qtbot.keyClick(page, KEY.Key_V, ROOM)
    console = page.capture.main.chart.summary()
    shown = projector_text(page)
    expected = "Shared dashboard: 2\nWeekly stand-up: 2\nNobody chose me: 0"
    assert expected in console and expected in shown
    printed = report_text(ctx, wid, tmp_path)
    votes = _section(printed, "Dot vote results", "dots from")
    # the same order, ties share a rank, an option nobody chose is listed last
    assert re.findall(r"\d\. [A-Z][\w -]+", votes) == [
        "1. Shared dashboard", "1. Weekly stand-up", "3. Nobody chose me"]


def test_ratings_outside_the_scale_count_nowhere(main_window, qtbot, ctx, tmp_path):
    page, _clock, wid, items = open_run(main_window, qtbot, ctx)
    store = ctx.store
    rating = items[2]
    criterion = rating.exercise["capture"]["criteria"][0]
    low, high = rating.exercise["capture"]["scale_min"], rating.exercise["capture"]["scale_max"]
    people = store.list_participants(wid)
    for person, value in zip(people, (4, 5, high + 4), strict=False):  # the last one outside the scale
        store.set_rating(rating.id, person.id, criterion, value)
    page._act(lambda: page.session.go_to(2))
    ratings = page.capture.main
    model = ratings.model
    mean_cell = model.index(model.criteria.index(criterion), model.columnCount() - 1).data()
    assert mean_cell == "4.5"
    assert f"{criterion}: mean 4.5" in ratings.chart.summary()
    qtbot.keyClick(page, KEY.Key_P, ROOM)
    qtbot.keyClick(page, KEY.Key_V, ROOM)
    assert f"{criterion}: mean 4.5" in projector_text(page)
    text = report_text(ctx, wid, tmp_path)
    printed = text[text.index("Ratings"):]
    cells = [line.strip() for line in printed[printed.index("Highest"):].splitlines()]
    at = cells.index(criterion)
    assert cells[at:at + 5] == [criterion, "2", "4.5", "4", "5"]  # ratings, mean, lowest, highest
    assert f"1 rating outside the scale ({low} to {high}) is left out" in printed
