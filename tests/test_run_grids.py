"""The rating and dot-vote grids typed by keyboard and mouse: what is typed is what is stored.

Every test types real key events into whatever has the focus (the grid, then
each cell's editor as Tab, Shift+Tab or Enter moves on) and compares the
database, participant by participant, with what was typed.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_run_workshop import open_run, type_line

from workshop_app.model import Participant
from workshop_app.services.capture import MAX_DOTS

KEY = Qt.Key
SHIFT = Qt.KeyboardModifier.ShiftModifier


def focused():
    return QApplication.focusWidget()


def type_text(qtbot, text: str) -> None:
    """Each key to whatever has the focus when it is pressed, as a keyboard does."""
    for char in text:
        qtbot.keyClicks(focused(), char)


def type_cells(qtbot, table, values: list[int | str], key=KEY.Key_Tab, start=(0, 0)) -> None:
    """From the cell ``start``: type each value, then ``key`` (Tab, Backtab or Return)."""
    table.setFocus()
    table.setCurrentIndex(table.model().index(*start))
    for value in values:
        type_text(qtbot, str(value))
        qtbot.keyClick(focused(), key, SHIFT if key == KEY.Key_Backtab else Qt.KeyboardModifier.NoModifier)
    QApplication.processEvents()


def ratings_by_person(store, wid, item_id, people, criteria) -> list[list[int | None]]:
    """One row per criterion, one value per participant (None: not rated)."""
    got = {(r.criterion, r.participant_id): r.value for r in store.list_ratings(wid, item_id)}
    return [[got.get((c, p.id)) for p in people] for c in criteria]


def votes_by_person(store, wid, item_id, cards, voters) -> list[list[int]]:
    """One row per option, one count per voter (a participant id, or None for counted dots)."""
    got = {(v.card_id, v.participant_id): v.count for v in store.list_votes(wid, item_id)}
    return [[got.get((c.id, voter), 0) for voter in voters] for c in cards]


def open_ratings(main_window, qtbot, ctx):
    page, _clock, wid, items = open_run(main_window, qtbot, ctx, item=2)
    ratings = page.capture.main
    assert page.capture.kind == "rating"
    return page, ratings, wid, items[2].id


def open_votes(main_window, qtbot, ctx, options=("Share the plan", "Weekly floor walk", "One backlog",
                                                  "Joint stand-up", "Rotate roles")):
    page, _clock, wid, items = open_run(main_window, qtbot, ctx, item=4)
    votes = page.capture.main
    assert page.capture.kind == "dot_vote"
    for text in options:
        type_line(qtbot, votes.entry, text)
    return page, votes, wid, items[4].id


# -- the rating grid -----------------------------------------------------------------------------
@pytest.mark.parametrize("key, typed", [
    (KEY.Key_Tab, [[5, 3, 4, 2], [1, 2, 5, 4], [3, 3, 1, 5]]),
    (KEY.Key_Backtab, [[5, 3, 4, 2], [1, 2, 5, 4]]),  # from the last cell, backwards
    (KEY.Key_Return, [[2, 4, 1, 3], [5, 5, 2, 1]]),
], ids=["tab", "shift-tab", "enter"])
def test_rating_grid_typed_by_keyboard_lands_on_the_right_people(main_window, qtbot, ctx, key, typed):
    page, ratings, wid, item_id = open_ratings(main_window, qtbot, ctx)
    people = ctx.store.list_participants(wid)
    criteria = ratings.model.criteria[:len(typed)]
    values = [v for row in typed for v in row]
    if key == KEY.Key_Backtab:
        type_cells(qtbot, ratings.table, values[::-1], key, start=(len(typed) - 1, len(people) - 1))
    else:
        type_cells(qtbot, ratings.table, values, key)
    assert ratings_by_person(ctx.store, wid, item_id, people, criteria) == typed


def test_rating_cell_chosen_by_mouse(main_window, qtbot, ctx):
    page, ratings, wid, item_id = open_ratings(main_window, qtbot, ctx)
    people = ctx.store.list_participants(wid)
    table = ratings.table
    cell = ratings.model.index(1, 2)  # second criterion, third person
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(cell).center())
    assert table.currentIndex() == cell
    for value in (4, 2):  # then Enter moves on to the fourth person
        type_text(qtbot, str(value))
        qtbot.keyClick(focused(), KEY.Key_Return)
    QApplication.processEvents()
    criteria = ratings.model.criteria[:2]
    assert ratings_by_person(ctx.store, wid, item_id, people, criteria) == [
        [None] * 4, [None, None, 4, 2]]


# -- the dot-vote grid ---------------------------------------------------------------------------
def test_vote_grid_typed_with_tab_per_participant(main_window, qtbot, ctx):
    page, votes, wid, item_id = open_votes(main_window, qtbot, ctx, options=("A", "B", "C"))
    people = ctx.store.list_participants(wid)
    cards = ctx.store.list_cards(wid, item_id)
    typed = [[1, 0, 2, 1], [2, 1, 0, 0], [0, 2, 1, 2]]  # three dots each
    type_cells(qtbot, votes.table, [v for row in typed for v in row], start=(0, 1))
    assert votes_by_person(ctx.store, wid, item_id, cards, [p.id for p in people]) == typed
    assert not votes.message.isVisible()


def test_counted_totals_typed_with_tab(main_window, qtbot, ctx):
    page, votes, wid, item_id = open_votes(main_window, qtbot, ctx)
    votes.totals.click()
    cards = ctx.store.list_cards(wid, item_id)
    type_cells(qtbot, votes.table, [11, 6, 9, 7, 3], start=(0, 1))
    assert votes_by_person(ctx.store, wid, item_id, cards, [None]) == [[11], [6], [9], [7], [3]]


def test_counted_totals_typed_with_enter_and_shift_tab(main_window, qtbot, ctx):
    page, votes, wid, item_id = open_votes(main_window, qtbot, ctx)
    votes.totals.click()
    cards = ctx.store.list_cards(wid, item_id)
    type_cells(qtbot, votes.table, [11, 6, 9], KEY.Key_Return, start=(0, 1))
    type_cells(qtbot, votes.table, [3, 7], KEY.Key_Backtab, start=(4, 1))
    assert votes_by_person(ctx.store, wid, item_id, cards, [None]) == [[11], [6], [9], [7], [3]]


def test_tab_past_the_last_cell_leaves_the_grid(main_window, qtbot, ctx):
    page, votes, wid, item_id = open_votes(main_window, qtbot, ctx, options=("A", "B"))
    votes.totals.click()
    type_cells(qtbot, votes.table, [4, 5], start=(0, 1))
    assert not votes.table.isAncestorOf(focused()) and focused() is not votes.table
    type_text(qtbot, "9")  # typing on does not overwrite a cell
    cards = ctx.store.list_cards(wid, item_id)
    assert votes_by_person(ctx.store, wid, item_id, cards, [None]) == [[4], [5]]


def test_vote_cell_chosen_by_mouse_and_enter_on_the_last_cell(main_window, qtbot, ctx):
    page, votes, wid, item_id = open_votes(main_window, qtbot, ctx, options=("A", "B"))
    people = ctx.store.list_participants(wid)
    table = votes.table
    cell = votes.model.index(1, 3)  # option B, the third person
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(cell).center())
    for value in (2, 1):  # Enter moves on to the fourth person, then stays on that last cell
        type_text(qtbot, str(value))
        qtbot.keyClick(focused(), KEY.Key_Return)
    QApplication.processEvents()
    assert focused() is table and table.currentIndex() == votes.model.index(1, 4)
    cards = ctx.store.list_cards(wid, item_id)
    assert votes_by_person(ctx.store, wid, item_id, cards, [p.id for p in people]) == [
        [0, 0, 0, 0], [0, 0, 2, 1]]


# -- huge numbers --------------------------------------------------------------------------------
BIGGEST = 2**63 - 1  # the largest count SQLite keeps


def test_huge_counts_in_the_database_open_without_a_crash(main_window, qtbot, ctx):
    from test_run_helpers import make_workshop

    from workshop_app.model import Card, Exercise

    wid, items = make_workshop(ctx)
    store = ctx.store
    item = items[4]
    people = store.list_participants(wid)
    card = store.add_card(Card(text="Everything", workshop_id=wid, agenda_item_id=item.id))
    small = store.add_card(Card(text="A little", workshop_id=wid, agenda_item_id=item.id))
    store.set_votes(item.id, card.id, people[0].id, BIGGEST)
    store.set_votes(item.id, card.id, people[1].id, BIGGEST)  # a total past 64 bits
    store.set_votes(item.id, card.id, None, BIGGEST)
    store.set_votes(item.id, small.id, people[2].id, 2)
    criterion = Exercise.from_dict(items[2].exercise).capture.criteria[-1]
    store.set_rating(items[2].id, people[0].id, criterion, -BIGGEST)  # far outside its scale
    page = main_window.pages["run"]
    main_window.hub.workshopOpened.emit(wid)
    main_window.show_page("run")
    page._act(lambda: page.session.go_to(4))
    votes = page.capture.main
    votes.grab()  # paints every cell, header and bar
    assert shown_counts(votes) == {"Ann": [str(BIGGEST), ""], "Bo": [str(BIGGEST), ""],
                                   "陈静": ["", "2"], "Dana <ops>": ["", ""],
                                   "Counted": [str(BIGGEST), ""]}
    assert votes.model.index(0, 6).data() == str(3 * BIGGEST)
    # editing a huge cell without typing keeps it; what can be typed is bounded
    type_cells(qtbot, votes.table, [], start=(0, 1))
    qtbot.keyClick(votes.table, KEY.Key_F2)
    qtbot.keyClick(focused(), KEY.Key_Tab)  # Ann's, untouched
    qtbot.keyClick(focused(), KEY.Key_Tab)  # Bo's, untouched
    type_cells(qtbot, votes.table, ["99999999999"], KEY.Key_Return, start=(0, 5))
    got = {(v.card_id, v.participant_id): v.count for v in store.list_votes(wid, item.id)}
    assert got == {(card.id, people[0].id): BIGGEST, (card.id, people[1].id): BIGGEST,
                   (card.id, None): MAX_DOTS, (small.id, people[2].id): 2}

    page._act(lambda: page.session.go_to(2))
    ratings = page.capture.main
    ratings.grab()
    assert ratings.model.index(len(ratings.model.criteria) - 1, 0).data() == str(-BIGGEST)


def test_unusable_scales_and_limits_in_a_snapshot_are_bounded(main_window, qtbot, ctx):
    from test_run_helpers import make_workshop

    wid, items = make_workshop(ctx)
    store = ctx.store
    rating, vote = items[2], items[4]
    rating.exercise["capture"].update(scale_min="low", scale_max=10**30)
    vote.exercise["capture"].update(votes_per_participant=10**30)
    store.update_agenda_item(rating)
    store.update_agenda_item(vote)
    page = main_window.pages["run"]
    main_window.hub.workshopOpened.emit(wid)
    main_window.show_page("run")
    page._act(lambda: page.session.go_to(2))
    ratings = page.capture.main
    ratings.grab()
    assert "from 1 to 100" in ratings.hint.text()
    type_cells(qtbot, ratings.table, [100, 7])
    people = store.list_participants(wid)
    assert ratings_by_person(store, wid, rating.id, people[:2], ratings.model.criteria[:1]) == [[100, 7]]
    page._act(lambda: page.session.go_to(4))
    votes = page.capture.main
    votes.grab()
    assert votes.per_person.text() == f"Per person ({MAX_DOTS} each)"


# -- the dot-vote mode ---------------------------------------------------------------------------
def shown_counts(votes) -> dict[str, list[str]]:
    """What the grid shows: header of each count column -> its cells, top to bottom."""
    model = votes.model
    return {model.headerData(col, Qt.Orientation.Horizontal).split("\n")[0]:
            [model.index(row, col).data() for row in range(model.rowCount())]
            for col in range(1, model.columnCount() - 1)}


def test_counted_mode_is_kept_with_the_item(main_window, qtbot, ctx):
    page, votes, wid, item_id = open_votes(main_window, qtbot, ctx, options=("A", "B"))
    votes.totals.click()
    type_cells(qtbot, votes.table, [11, 6], start=(0, 1))
    page._act(lambda: page.session.go_to(1))  # another item, then back
    page._act(lambda: page.session.go_to(4))
    assert votes.totals.isChecked() and shown_counts(votes) == {"Counted": ["11", "6"]}

    # a new store on the same file (the app restarted) and a new capture widget on it
    from workshop_app.gui.hub import SignalHub
    from workshop_app.gui.run.capture_base import CaptureEnv
    from workshop_app.gui.run.capture_votes import VotesCapture
    from workshop_app.model.pack import snapshot_exercise
    from workshop_app.services.context import AppContext

    again = AppContext(ctx.data_dir)
    try:
        env = CaptureEnv(again, SignalHub())
        env.set_workshop(wid)
        fresh = VotesCapture(env)
        item = again.store.get_agenda_item(item_id)
        fresh.set_item(item, snapshot_exercise(item.exercise))
        assert fresh.totals.isChecked() and shown_counts(fresh) == {"Counted": ["11", "6"]}
        fresh.per_person.click()
        assert not again.store.votes_counted(item_id)
    finally:
        again.close()


def test_dots_of_the_other_mode_stay_visible_and_editable(main_window, qtbot, ctx):
    page, votes, wid, item_id = open_votes(main_window, qtbot, ctx, options=("A", "B"))
    store = ctx.store
    people = store.list_participants(wid)
    a, b = store.list_cards(wid, item_id)
    store.set_votes(item_id, a.id, None, 7)  # counted earlier
    store.set_votes(item_id, b.id, people[1].id, 2)
    page.capture.reload()
    assert not votes.totals.isChecked()
    assert shown_counts(votes) == {"Ann": ["", ""], "Bo": ["", "2"], "陈静": ["", ""],
                                   "Dana <ops>": ["", ""], "Counted": ["7", ""]}
    assert [votes.model.index(r, votes.model.columnCount() - 1).data() for r in range(2)] == ["7", "2"]
    type_cells(qtbot, votes.table, [1, 0, 0, 0, 5], start=(0, 1))  # the counted cell comes last
    assert votes_by_person(store, wid, item_id, [a, b], [p.id for p in people] + [None]) == [
        [1, 0, 0, 0, 5], [0, 2, 0, 0, 0]]
    votes.totals.click()
    assert shown_counts(votes) == {"Counted": ["5", ""], "Ann": ["1", ""], "Bo": ["", "2"]}


def test_report_says_who_gave_the_dots(ctx, tmp_path):
    from pypdf import PdfReader
    from test_run_helpers import make_workshop

    from workshop_app.plans import write_report

    wid, items = make_workshop(ctx)
    store = ctx.store
    people = store.list_participants(wid)
    from workshop_app.model import Card

    item = items[4]
    a, b = (store.add_card(Card(text=t, workshop_id=wid, agenda_item_id=item.id)) for t in ("A", "B"))
    store.set_votes(item.id, a.id, None, 12)

    def report_text() -> str:
        path = write_report(store.load_workshop_data(wid), tmp_path / "report.pdf", invariant=True)
        return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)

    assert "12 dots counted by the facilitator." in report_text()
    store.set_votes(item.id, a.id, people[0].id, 3)
    store.set_votes(item.id, b.id, people[1].id, 2)
    store.set_votes(item.id, b.id, people[0].id, 1)
    assert "18 dots: 6 from 2 participants and 12 counted by the facilitator." in report_text()
    store.set_votes(item.id, a.id, None, 0)
    assert "6 dots from 2 participants." in report_text()


def test_dots_brought_back_by_redo_in_the_other_mode_are_shown(main_window, qtbot, ctx):
    page, votes, wid, item_id = open_votes(main_window, qtbot, ctx, options=("A",))
    votes.totals.click()
    type_cells(qtbot, votes.table, [8], start=(0, 1))
    undo = page.capture.env.stack
    undo.undo()
    votes.per_person.click()
    assert "Counted" not in shown_counts(votes)
    undo.redo()
    assert shown_counts(votes)["Counted"] == ["8"]


def test_a_database_from_before_the_mode_opens_with_dots_per_participant(tmp_path):
    from sqlite_utils import Database

    from workshop_app.storage import Store
    from workshop_app.storage.schema import migrations

    path = tmp_path / "workshops.db"
    old = Database(path)
    migrations().apply(old, stop_before="0003_counted_votes")
    old.execute("PRAGMA user_version = 1")
    old["workshops"].insert({"id": 1, "title": "Before"})
    old["agenda_items"].insert({"id": 1, "workshop_id": 1, "title": "Vote", "minutes": 5})
    old.conn.commit()
    old.close()
    store = Store(path)
    try:
        assert store.votes_counted(1) is False
        store.set_votes_counted(1, True)
        assert store.votes_counted(1) is True and store.get_agenda_item(1).title == "Vote"
    finally:
        store.close()


# -- typing while the cursor is on a cell that takes no number ------------------------------------
def test_typing_on_an_option_name_starts_in_the_first_persons_cell(main_window, qtbot, ctx):
    """A digit typed on an option's name goes into the row's first cell one can type in (it was
    dropped, and Tab then shifted the rest of the row one person along)."""
    page, votes, wid, item_id = open_votes(main_window, qtbot, ctx, options=("A", "B"))
    people = ctx.store.list_participants(wid)
    type_cells(qtbot, votes.table, [1, 0, 2, 0], start=(1, 0))
    cards = ctx.store.list_cards(wid, item_id)
    assert votes_by_person(ctx.store, wid, item_id, cards, [p.id for p in people]) == [
        [0, 0, 0, 0], [1, 0, 2, 0]]


def test_typing_on_an_absent_persons_cell_never_jumps_to_another_row(main_window, qtbot, ctx):
    """Type-to-find used to move the cursor to a cell of another row whose text began with the
    digit typed; now the digit goes into the next cell one can type in, on the same row."""
    page, ratings, wid, item_id = open_ratings(main_window, qtbot, ctx)
    people = ctx.store.list_participants(wid)
    criteria = ratings.model.criteria[:2]
    ctx.store.set_rating(item_id, people[0].id, criteria[1], 4)  # Ann rated the second criterion 4
    ann = people[0]
    ann.absent = True
    ctx.store.update_participant(ann)
    main_window.hub.workshopOpened.emit(wid)  # the Run page reads who is absent
    page._act(lambda: page.session.go_to(2))
    ratings = page.capture.main
    assert ratings.model.participants[0].id == ann.id  # kept, read-only, for her value
    type_cells(qtbot, ratings.table, [4, 5], start=(0, 0))
    got = ratings_by_person(ctx.store, wid, item_id, people, criteria)
    assert got == [[None, 4, 5, None], [4, None, None, None]]


def test_a_refused_dot_message_goes_with_its_item(main_window, qtbot, ctx):
    page, votes, wid, item_id = open_votes(main_window, qtbot, ctx, options=("A", "B"))
    type_cells(qtbot, votes.table, [3, 0, 0, 0, 1], start=(0, 1))  # a fourth dot for Ann: refused
    assert votes.message.isVisible() and "Ann has 3 dots" in votes.message.text()
    page.setFocus()
    qtbot.keyClick(page, KEY.Key_PageUp)  # another item, then back
    qtbot.keyClick(page, KEY.Key_PageDown)
    assert page.session.item.id == item_id
    assert not page.capture.main.message.isVisible()


def test_a_letter_typed_on_an_option_name_moves_nothing(main_window, qtbot, ctx):
    page, votes, wid, item_id = open_votes(main_window, qtbot, ctx, options=("A", "B"))
    table = votes.table
    table.setFocus()
    table.setCurrentIndex(votes.model.index(1, 0))
    type_text(qtbot, "x")
    assert table.currentIndex() == votes.model.index(1, 0)


def test_the_options_stay_readable_beside_many_voters(main_window, qtbot, ctx):
    """However many people vote, the option column keeps room for about 18 characters."""
    page, votes, wid, _item = open_votes(main_window, qtbot, ctx, options=("Monthly joint planning meeting",))
    for n in range(12):
        ctx.store.add_participant(Participant(workshop_id=wid, name=f"Voter with a long name {n}"))
    page.capture.env.set_workshop(wid)
    votes.reload()
    assert votes.model.columnCount() > 12
    width = votes.table.horizontalHeader().sectionSize(0)
    assert width >= votes.table.fontMetrics().averageCharWidth() * 18
