"""The Run page at real sizes: its models say only what changed, and hidden pages wait until shown.

Counted, never timed (the times are measured in bench/scenarios/runpage.py): a card typed,
undone and redone is one row inserted or removed, never a reset; a dot typed changes its cell,
its option's total and its voter's header, not the whole table; a table is sized without
asking for every cell; the Plan page, hidden while the workshop runs, reloads only once shown.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from test_run_workshop import enter_cell, open_run, type_line

from workshop_app.gui.models.capture_cards import CardTreeModel
from workshop_app.gui.models.capture_ratings import RatingTableModel
from workshop_app.gui.models.capture_votes import VoteTableModel
from workshop_app.model import Card, Cluster, Participant, Rating, Vote

KEY = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
CARDS, RATING, DOT_VOTE = 1, 2, 4  # positions in test_run_helpers.make_workshop's agenda


class Signals:
    """What a model told its views, by signal."""

    def __init__(self, model):
        self.seen: list[tuple[str, tuple]] = []
        for name in ("modelReset", "rowsInserted", "rowsRemoved", "dataChanged", "headerDataChanged",
                     "layoutChanged"):
            getattr(model, name).connect(lambda *args, name=name: self.seen.append((name, args)))

    def names(self) -> list[str]:
        return [name for name, _args in self.seen]

    def cells(self) -> set[tuple[int, int]]:
        """The cells said to have changed (every cell of every dataChanged range)."""
        found = set()
        for name, args in self.seen:
            if name == "dataChanged":
                top, bottom = args[0], args[1]
                found |= {(r, c) for r in range(top.row(), bottom.row() + 1)
                          for c in range(top.column(), bottom.column() + 1)}
        return found

    def clear(self) -> None:
        self.seen.clear()


def test_a_card_typed_undone_and_redone_is_one_row_each_time(main_window, qtbot, ctx):
    page, _clock, wid, items = open_run(main_window, qtbot, ctx, item=CARDS)
    cards = page.capture.main
    type_line(qtbot, cards.entry, "Late hand-offs")
    type_line(qtbot, cards.cluster_name, "Planning")  # (a reload: a cluster is a new group)
    cards.tree.collapseAll()
    cards.tree.expand(cards.model.index_of_group(None))
    signals = Signals(cards.model)

    type_line(qtbot, cards.entry, "No shared plan")
    assert signals.names() == ["rowsInserted", "dataChanged"]  # the row, then its group's count
    (stored,) = [c for c in ctx.store.list_cards(wid, items[CARDS].id) if c.text == "No shared plan"]
    assert cards.model.card_at(cards.model.index_of_card(stored.id)).text == "No shared plan"
    assert cards.model.data(cards.model.index_of_group(None)) == "Not grouped (2)"
    assert not cards.tree.isExpanded(cards.model.index_of_group(ctx.store.list_clusters(wid)[0].id))

    signals.clear()
    cards.tree.setFocus()
    qtbot.keyClick(cards.tree, KEY.Key_Z, CTRL)
    assert signals.names() == ["rowsRemoved", "dataChanged"]
    assert [c.text for c in ctx.store.list_cards(wid, items[CARDS].id)] == ["Late hand-offs"]
    assert cards.model.rowCount(cards.model.index_of_group(None)) == 1

    signals.clear()
    qtbot.keyClick(cards.tree, KEY.Key_Z, CTRL | SHIFT)
    assert signals.names() == ["rowsInserted", "dataChanged"]
    texts = [c.text for c in ctx.store.list_cards(wid, items[CARDS].id)]
    assert texts == ["Late hand-offs", "No shared plan"]
    group = cards.model.index_of_group(None)
    assert [cards.model.index(r, 0, group).data() for r in range(2)] == texts
    assert "modelReset" not in signals.names()


def test_an_option_added_is_one_row_of_the_vote_table(main_window, qtbot, ctx):
    page, _clock, wid, items = open_run(main_window, qtbot, ctx, item=DOT_VOTE)
    votes = page.capture.main
    type_line(qtbot, votes.entry, "Weekly stand-up")
    signals = Signals(votes.model)
    type_line(qtbot, votes.entry, "Shared board")
    assert signals.names() == ["rowsInserted"]
    assert [votes.model.index(r, 0).data() for r in range(votes.model.rowCount())] == [
        c.text for c in ctx.store.list_cards(wid, items[DOT_VOTE].id)] == ["Weekly stand-up", "Shared board"]
    signals.clear()
    votes.table.setFocus()
    qtbot.keyClick(votes.table, KEY.Key_Z, CTRL)
    assert "modelReset" not in signals.names() and signals.names()[0] == "rowsRemoved"
    assert votes.model.rowCount() == 1


def test_a_dot_typed_changes_its_cell_its_total_and_its_voter(main_window, qtbot, ctx):
    page, _clock, wid, items = open_run(main_window, qtbot, ctx, item=DOT_VOTE)
    votes = page.capture.main
    for text in ("Weekly stand-up", "Shared board", "Rotate the chair"):
        type_line(qtbot, votes.entry, text)
    signals = Signals(votes.model)
    total = votes.model.columnCount() - 1
    enter_cell(qtbot, votes.table, votes.model.index(1, 2), KEY.Key_2)  # Bo gives "Shared board" 2
    assert "modelReset" not in signals.names()
    assert signals.cells() == {(1, 2), (1, total)}
    assert [args for name, args in signals.seen if name == "headerDataChanged"] == [
        (Qt.Orientation.Horizontal, 2, 2)]
    assert (votes.model.index(1, 2).data(), votes.model.index(1, total).data()) == ("2", "2")
    assert votes.model.headerData(2, Qt.Orientation.Horizontal) == "Bo\n2/3"
    (vote,) = ctx.store.list_votes(wid, items[DOT_VOTE].id)
    assert (vote.count, vote.card_id) == (2, ctx.store.list_cards(wid, items[DOT_VOTE].id)[1].id)

    signals.clear()
    qtbot.keyClick(votes.table, KEY.Key_Z, CTRL)
    assert signals.cells() == {(1, 2), (1, total)} and "modelReset" not in signals.names()
    assert ctx.store.list_votes(wid, items[DOT_VOTE].id) == []
    assert votes.model.index(1, 2).data() == "" and votes.model.index(1, total).data() == "0"


def test_a_rating_typed_changes_its_cell_and_its_mean(main_window, qtbot, ctx):
    page, _clock, wid, items = open_run(main_window, qtbot, ctx, item=RATING)
    ratings = page.capture.main
    mean = ratings.model.columnCount() - 1
    enter_cell(qtbot, ratings.table, ratings.model.index(0, 0), KEY.Key_4)  # Ann rates the first criterion
    signals = Signals(ratings.model)
    enter_cell(qtbot, ratings.table, ratings.model.index(1, 1), KEY.Key_2)  # Bo, the second
    assert signals.cells() == {(1, 1), (1, mean)} and "modelReset" not in signals.names()
    assert (ratings.model.index(1, 1).data(), ratings.model.index(1, mean).data()) == ("2", "2.0")
    assert sorted(r.value for r in ctx.store.list_ratings(wid, items[RATING].id)) == [2, 4]
    signals.clear()
    qtbot.keyClick(ratings.table, KEY.Key_Z, CTRL)
    assert signals.cells() == {(1, 1), (1, mean)}
    assert ratings.model.index(1, 1).data() == "" and ratings.model.index(0, 0).data() == "4"


def test_the_vote_table_is_sized_without_reading_every_cell(main_window, qtbot, ctx, monkeypatch):
    page, _clock, wid, items = open_run(main_window, qtbot, ctx)
    item = items[DOT_VOTE]
    for n in range(200):
        ctx.store.add_card(Card(text=f"Option {n}", workshop_id=wid, agenda_item_id=item.id))
    asked: list[int] = []
    data = VoteTableModel.data

    def counted(model, index, role=Qt.ItemDataRole.DisplayRole):
        asked.append(index.row())
        return data(model, index, role)

    monkeypatch.setattr(VoteTableModel, "data", counted)
    page._act(lambda: page.session.go_to(DOT_VOTE))
    qtbot.waitExposed(page.capture.main.table)
    page.capture.main.table.viewport().repaint()
    assert page.capture.main.model.rowCount() == 200
    assert max(asked) < 100  # the rows on screen (and a few): never all 200
    assert page.capture.main.table.columnWidth(1) >= page.capture.main.table.fontMetrics().horizontalAdvance(
        "Ann")  # sized from the header


def test_a_hidden_plan_page_reloads_when_shown(main_window, qtbot, ctx, monkeypatch):
    page, _clock, wid, items = open_run(main_window, qtbot, ctx, item=CARDS)
    plan = main_window.pages["plan"]
    reloads: list[int] = []
    reload = type(plan).reload
    monkeypatch.setattr(type(plan), "reload", lambda self: (reloads.append(1), reload(self)))
    cards = page.capture.main
    for text in ("Late hand-offs", "No shared plan", "Two plans"):
        type_line(qtbot, cards.entry, text)
    cards.tree.setFocus()
    qtbot.keyClick(cards.tree, KEY.Key_Z, CTRL)
    # the workshop renamed by another program, as the window finds out (check_outside_changes)
    ctx.store.update_workshop(replace(ctx.store.get_workshop(wid), title="Renamed while running"))
    main_window.hub.workshopChanged.emit(wid)
    assert reloads == [] and plan.stale
    assert "Renamed while running" not in plan.heading.text()

    main_window.show_page("plan")
    assert reloads == [1] and not plan.stale
    assert "Renamed while running" in plan.heading.text()
    main_window.hub.workshopChanged.emit(wid)  # shown: at once
    assert reloads == [1, 1]


# -- every capture model passes Qt's model tester (pytest-qt) -------------------------------------
PEOPLE = [Participant(id=1, name="Ann"), Participant(id=2, name="Bo", absent=True),
          Participant(id=3, name="Cy")]


def test_vote_table_model_passes_the_model_tester(qtmodeltester):
    model = VoteTableModel()
    cards = [Card(id=10 + n, text=f"Option {n}", workshop_id=1, agenda_item_id=1, position=n)
             for n in range(4)]
    votes = [Vote(card_id=10, participant_id=1, count=2, agenda_item_id=1),
             Vote(card_id=12, participant_id=2, count=1, agenda_item_id=1),
             Vote(card_id=13, participant_id=None, count=5, agenda_item_id=1)]
    model.set_data(cards, PEOPLE, votes, 3, totals_mode=False)
    qtmodeltester.check(model, force_py=True)
    model.insert_card(Card(id=20, text="Late", workshop_id=1, agenda_item_id=1, position=9))
    model.update_votes([*votes, Vote(card_id=20, participant_id=3, count=1, agenda_item_id=1)])
    model.remove_card(11)
    qtmodeltester.check(model, force_py=True)


def test_rating_table_model_passes_the_model_tester(qtmodeltester):
    model = RatingTableModel()
    ratings = [Rating(participant_id=1, criterion="Vision", value=4, agenda_item_id=1),
               Rating(participant_id=3, criterion="Focus", value=2, agenda_item_id=1)]
    model.set_data(["Vision", "Focus", "Execution"], PEOPLE, ratings, 1, 5)
    qtmodeltester.check(model, force_py=True)
    model.refresh(ratings[:1])
    qtmodeltester.check(model, force_py=True)


def test_card_tree_model_passes_the_model_tester(qtmodeltester):
    model = CardTreeModel()
    clusters = [Cluster(id=5, name="Planning", workshop_id=1, agenda_item_id=1)]
    cards = [Card(id=n, text=f"Card {n}", workshop_id=1, agenda_item_id=1, position=n,
                  cluster_id=5 if n % 2 else None, participant_id=1) for n in range(1, 6)]
    model.set_cards(clusters, cards, {1: "Ann"})
    qtmodeltester.check(model, force_py=True)
    model.insert_card(Card(id=9, text="Late", workshop_id=1, agenda_item_id=1, position=3, cluster_id=5))
    model.remove_card(2)
    qtmodeltester.check(model, force_py=True)
    group = model.index_of_group(5)
    assert [model.index(r, 0, group).data() for r in range(model.rowCount(group))] == [
        "Card 1", "Card 3", "Late", "Card 5"]


# -- the first switch to a page ------------------------------------------------------------------
def test_the_window_imports_what_pages_need_but_builds_and_reads_nothing(main_window, ctx):
    import sys

    assert main_window.warm_up_timer.isActive() or main_window._warmed_up  # planned once shown
    main_window.warm_up()
    assert {"workshop_app.gui.pages.run_page", "workshop_app.gui.pages.library_page",
            "workshop_app.packs.library", "jsonschema"} <= set(sys.modules)
    assert main_window.pages.built() == [main_window.pages["workshops"]]  # no page built
    assert "library" not in vars(ctx)  # no pack read


def test_the_run_page_builds_its_projector_when_first_shown(main_window, qtbot, ctx):
    page, _clock, _wid, _items = open_run(main_window, qtbot, ctx)
    assert page._projector is None and not page.projector_shown()
    qtbot.keyClick(page, KEY.Key_P, CTRL | SHIFT)
    assert page.projector_shown() and page.projector_button.isChecked()


def test_redo_of_a_card_of_another_item_does_not_show_it_here(main_window, qtbot, ctx):
    page, _clock, wid, items = open_run(main_window, qtbot, ctx, item=CARDS)
    second = ctx.store.add_agenda_item(replace(items[CARDS], id=None, title="More disconnects"))
    main_window.hub.workshopChanged.emit(wid)  # the agenda grows (as from the Plan page)
    cards = page.capture.main
    type_line(qtbot, cards.entry, "Late hand-offs")
    cards.tree.setFocus()
    qtbot.keyClick(cards.tree, KEY.Key_Z, CTRL)
    page._act(lambda: page.session.go_to(len(page.session.agenda) - 1))
    assert page.session.item.id == second.id and page.capture.main is cards
    cards.tree.setFocus()
    qtbot.keyClick(cards.tree, KEY.Key_Z, CTRL | SHIFT)  # the card comes back, to the first item
    assert [c.text for c in ctx.store.list_cards(wid, items[CARDS].id)] == ["Late hand-offs"]
    assert ctx.store.list_cards(wid, second.id) == []
    group = cards.model.index_of_group(None)
    assert cards.model.rowCount(group) == 0  # not shown among the second item's cards
