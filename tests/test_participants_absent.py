"""Removing a participant (or an agenda item) and undoing it gives back exactly what was there;
a participant marked absent keeps their record, is not offered for new input and gets no plan."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication
from test_run_helpers import FakeClock, make_workshop
from test_run_workshop import enter_cell

from workshop_app.gui.planning.commands import (
    AGENDA,
    PARTICIPANTS,
    AddRows,
    PlanSession,
    RemoveRows,
    ReplaceAgenda,
)
from workshop_app.model import ActionItem, Card, Participant
from workshop_app.plans import content
from workshop_app.plans.api import NoParticipantsError, write_action_plans
from workshop_app.resources import sample_workshop_path
from workshop_app.services import planning, workshop_files, wrapup
from workshop_app.storage import Store
from workshop_app.storage.errors import WorkshopFileError

from gui_helpers import click_button, give_focus, when_modal
from storage_helpers import DATA, fill_workshop

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "workshops.db") as s:
        yield s


def _export(ctx_or_store, wid, tmp_path, name):
    """The workshop file as written by the export a user runs."""
    path = tmp_path / f"{name}.json"
    workshop_files.export_workshop_file(ctx_or_store, wid, path)
    return json.loads(path.read_text(encoding="utf-8"))


def test_remove_then_restore_gives_back_the_same_workshop_file(ctx, tmp_path):
    store = ctx.store
    wid = fill_workshop(store)
    ann, bo, chen = store.list_participants(wid)
    before = _export(ctx, wid, tmp_path, "before")
    assert store.captured_data(ann.id) == store.captured_data(ann.id).__class__(
        dots=0, ratings=0, actions=1, cards=1)
    assert (store.captured_data(bo.id).dots, store.captured_data(chen.id).ratings) == (2, 1)
    taken = [store.remove_participant(p.id) for p in (ann, chen)]
    after = _export(ctx, wid, tmp_path, "removed")
    assert [p["name"] for p in after["participants"]] == ["Bo"]
    assert after["ratings"] == [] and after["actions"][0]["owners"] == []
    assert after["cards"][0]["participant_id"] is None
    for removed in reversed(taken):
        store.restore_removed(removed)
    assert _export(ctx, wid, tmp_path, "restored") == before
    with pytest.raises(Exception, match="back already"):
        store.restore_removed(taken[0])


def test_an_agenda_item_removed_and_restored_keeps_what_was_captured_under_it(ctx, tmp_path):
    store = ctx.store
    wid = fill_workshop(store)
    item = store.list_agenda(wid)[0]
    before = _export(ctx, wid, tmp_path, "before")
    removed = store.remove_agenda_item(item.id)
    assert store.list_votes(wid) == [] and store.list_placements(wid) == []
    store.restore_removed(removed)
    assert _export(ctx, wid, tmp_path, "after") == before


def test_restore_leaves_out_rows_whose_card_was_deleted_since(store):
    wid = fill_workshop(store)
    bo = store.list_participants(wid)[1]
    removed = store.remove_participant(bo.id)
    card = store.list_cards(wid)[0]
    store.remove_card(card.id)  # Bo's dots were on this card
    store.restore_removed(removed)
    assert [p.name for p in store.list_participants(wid)][1] == "Bo"
    assert store.list_votes(wid) == []


def test_absent_is_stored_exported_and_imported(ctx, tmp_path):
    store = ctx.store
    wid = fill_workshop(store)
    ann = store.list_participants(wid)[0]
    ann.absent = True
    store.update_participant(ann)
    assert store.list_participants(wid)[0].absent is True
    data = _export(ctx, wid, tmp_path, "absent")
    assert [p["absent"] for p in data["participants"]] == [True, False, False]
    copy = workshop_files.import_workshop_file(ctx, tmp_path / "absent.json")
    assert [p.absent for p in store.list_participants(copy)] == [True, False, False]


def test_files_without_the_absent_field_still_import_and_a_wrong_value_is_named(ctx, tmp_path):
    for path in (sample_workshop_path(), DATA / "minimal.json"):
        wid = workshop_files.import_workshop_file(ctx, path)
        assert not any(p.absent for p in ctx.store.list_participants(wid))
    data = json.loads(sample_workshop_path().read_text(encoding="utf-8"))
    data["participants"][1]["absent"] = "yes"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(WorkshopFileError, match=r"participants\[1\]\.absent: must be true or false"):
        workshop_files.import_workshop_file(ctx, bad)


def test_a_database_of_the_previous_version_gets_the_absent_column(tmp_path):
    from sqlite_utils import Database

    from workshop_app.storage.schema import migrations

    path = tmp_path / "old.db"
    old = Database(path)  # the first schema: no absent column, one migration
    migrations().apply(old, stop_before="0002_participants_absent")
    old.execute("PRAGMA user_version = 1")
    old["workshops"].insert({"id": 1, "title": "Old"})
    old["participants"].insert({"id": 1, "workshop_id": 1, "name": "Ana"})
    old.conn.commit()
    old.close()
    with Store(path) as s:
        assert [(p.name, p.absent) for p in s.list_participants(1)] == [("Ana", False)]


# -- the Participants tab, by keyboard -----------------------------------------------------------
def _after_a_run(ctx) -> tuple[int, list]:
    """The run workshop with Ann's dots, ratings, card and action captured."""
    store = ctx.store
    wid, items = make_workshop(ctx)
    ann, bo = store.list_participants(wid)[:2]
    rating, vote = items[2], items[4]
    criteria = rating.exercise["capture"]["criteria"]
    for criterion, value in zip(criteria, (4, 2), strict=False):
        store.set_rating(rating.id, ann.id, criterion, value)
    options = [store.add_card(Card(text=t, workshop_id=wid, agenda_item_id=vote.id, chosen=True))
               for t in ("Weekly stand-up", "Shared dashboard")]  # the room took both forward
    store.set_votes(vote.id, options[0].id, ann.id, 2)
    store.set_votes(vote.id, options[1].id, ann.id, 1)
    store.set_votes(vote.id, options[0].id, bo.id, 1)
    store.add_card(Card(text="Hand-offs are late", workshop_id=wid, agenda_item_id=items[1].id,
                        participant_id=ann.id))
    store.add_action(ActionItem(text="Run the stand-up", workshop_id=wid, owners=[ann.id, bo.id]))
    return wid, items


def _open_participants(main_window, qtbot, wid):
    workshops = main_window.pages["workshops"]
    main_window.hub.workshopsChanged.emit()
    workshops.select(wid)
    qtbot.mouseClick(workshops.open_button, Qt.MouseButton.LeftButton)
    page = main_window.pages["plan"]
    page.tabs.setCurrentIndex(1)
    return page, page.participants


def _answer(qtbot, key=None, button=None):
    def action(box):
        assert "Ann has 3 dots, 2 ratings, 1 action, 1 card." in box.text()
        assert "Mark absent instead?" in box.text()
        box.grab().save("/tmp/participants-warning.png")
        if button:
            click_button(button)(box)
        else:
            qtbot.keyClick(box, key)
    when_modal(action)


def _select_row(view, row: int) -> None:
    flags = QItemSelectionModel.SelectionFlag
    view.selectionModel().setCurrentIndex(view.model().index(row, 0),
                                          flags.ClearAndSelect | flags.Rows)


def _keys(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_remove_warns_then_undo_restores_everything_and_absent_is_undoable(main_window, ctx, qtbot,
                                                                          tmp_path):
    wid, _items = _after_a_run(ctx)
    page, panel = _open_participants(main_window, qtbot, wid)
    view = panel.view
    before = _export(ctx, wid, tmp_path, "before")
    give_focus(qtbot, view)
    _select_row(view, 0)
    # Delete, then Escape: nothing happens.
    _answer(qtbot, key=Qt.Key.Key_Escape)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert _export(ctx, wid, tmp_path, "kept") == before
    # Delete, then Remove: Ann and her dots, ratings and ownership go.
    give_focus(qtbot, view)
    _answer(qtbot, button="Remove")
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    removed = _export(ctx, wid, tmp_path, "removed")
    assert [p["name"] for p in removed["participants"]] == ["Bo", "陈静", "Dana <ops>"]
    assert sum(v["count"] for v in removed["votes"]) == 1 and removed["ratings"] == []
    # Ctrl+Z: exactly what was there, same ids.
    give_focus(qtbot, view)
    _keys(qtbot, Qt.Key.Key_Z, CTRL)
    assert _export(ctx, wid, tmp_path, "undone") == before
    # Delete, then Enter: the default answer marks Ann absent; her data stays.
    give_focus(qtbot, view)
    _select_row(view, 0)
    _answer(qtbot, key=Qt.Key.Key_Return)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    absent = _export(ctx, wid, tmp_path, "absent")
    assert [p["absent"] for p in absent["participants"]] == [True, False, False, False]
    for entry in absent["participants"]:
        entry["absent"] = False
    assert absent == before
    assert panel.model.index(0, 0).data() == "Ann (absent)"
    assert panel.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert panel.count.text().endswith("· 1 absent")
    assert panel.absent_button.text() == "Mar&k present"
    _select_row(view, 1)
    page.grab().save("/tmp/participants-absent.png")
    _select_row(view, 0)
    # Undo, redo, and the button marks her present again.
    give_focus(qtbot, view)
    _keys(qtbot, Qt.Key.Key_Z, CTRL)
    assert not ctx.store.list_participants(wid)[0].absent
    _keys(qtbot, Qt.Key.Key_Y, CTRL)
    assert ctx.store.list_participants(wid)[0].absent
    _select_row(view, 0)
    give_focus(qtbot, panel.absent_button)
    qtbot.keyClick(panel.absent_button, Qt.Key.Key_Space)
    assert not ctx.store.list_participants(wid)[0].absent
    assert _export(ctx, wid, tmp_path, "present") == before
    # Someone without captured data is removed at once, without a question.
    give_focus(qtbot, view)
    _select_row(view, 3)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert [p.name for p in ctx.store.list_participants(wid)] == ["Ann", "Bo", "陈静"]


def _mark_absent(store, wid, *names):
    for p in store.list_participants(wid):
        if p.name in names:
            p.absent = True
            store.update_participant(p)


def test_absent_people_get_no_plan_and_their_dots_still_count(ctx, tmp_path):
    wid, items = _after_a_run(ctx)
    _mark_absent(ctx.store, wid, "Ann")
    data = ctx.store.load_workshop_data(wid)
    result = write_action_plans(data, tmp_path / "plans", invariant=True)
    files = [f.name for f in result.participant_files]
    assert len(files) == 3 and not any(name.startswith("Ann") for name in files)
    assert [p.name for p in content.plan_participants(data)] == ["Bo", "陈静", "Dana <ops>"]
    bo = data.participants[1]
    (priorities,) = wrapup.plan_preview(data, bo).priorities
    assert priorities[1] == [(1, "Weekly stand-up", 3), (2, "Shared dashboard", 1)]  # Ann's 3 dots in
    _mark_absent(ctx.store, wid, "Bo", "陈静", "Dana <ops>")
    with pytest.raises(NoParticipantsError, match="marked absent"):
        write_action_plans(ctx.store.load_workshop_data(wid), tmp_path / "none")


def test_the_run_page_offers_absent_people_for_nothing_new_and_keeps_their_values(main_window, qtbot,
                                                                                  ctx):
    """Decision: in the rating and dot-vote grids an absent person's column stays, read-only, where
    they already gave something, and is left out where they gave nothing."""
    wid, items = _after_a_run(ctx)
    _mark_absent(ctx.store, wid, "Ann", "Dana <ops>")
    page = main_window.pages["run"]
    page.set_clock(FakeClock())
    main_window.hub.workshopOpened.emit(wid)
    main_window.show_page("run")

    def go(index):
        page._act(lambda: page.session.go_to(index))
        return page.capture.main

    ratings = go(2)
    model = ratings.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Ann (absent)", "Bo", "陈静", "Mean"]  # Dana gave nothing: not offered
    assert model.index(0, 0).data() == "4" and model.index(0, 3).data() == "4.0"
    # Ann's cell does not open: the 1 typed there goes into the next cell one can type in, Bo's.
    enter_cell(qtbot, ratings.table, model.index(0, 0), Qt.Key.Key_1)
    assert model.index(0, 0).data() == "4"
    enter_cell(qtbot, ratings.table, model.index(1, 1), Qt.Key.Key_3)
    ann, bo = (p.id for p in model.participants[:2])
    first, second = model.criteria[:2]
    stored = {(r.participant_id, r.criterion, r.value) for r in ctx.store.list_ratings(wid, items[2].id)}
    assert stored == {(ann, first, 4), (ann, second, 2), (bo, first, 1), (bo, second, 3)}
    votes = go(4)
    vm = votes.model
    assert [vm.headerData(c, Qt.Orientation.Horizontal).split("\n")[0]
            for c in range(1, vm.columnCount() - 1)] == ["Ann (absent)", "Bo", "陈静"]
    assert not vm.flags(vm.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    assert vm.flags(vm.index(0, 2)) & Qt.ItemFlag.ItemIsEditable
    assert vm.index(0, vm.columnCount() - 1).data() == "3"  # Ann's dots still in the total
    cards = go(1)
    assert [cards.author.itemText(i) for i in range(cards.author.count())] == ["(nobody)", "Bo", "陈静"]
    assert cards.model.names[ctx.store.list_cards(wid, items[1].id)[0].participant_id] == "Ann"
    actions = go(6)
    assert [actions.owner.itemText(i) for i in range(actions.owner.count())] == ["(no owner)", "Bo", "陈静"]
    actions.table.selectRow(0)
    owners = [actions.owners.item(i).text() for i in range(actions.owners.count())]
    assert owners == ["Ann (absent)", "Bo", "陈静"]
    page.grab().save("/tmp/participants-run-actions.png")
    go(2)
    page.grab().save("/tmp/participants-run-ratings.png")


def test_undo_of_agenda_and_participant_commands_keeps_what_was_captured(ctx, qtbot, tmp_path):
    """Replacing the agenda with a ready-made one, removing an item, adding a person who then
    gives dots: every undo and redo gives back exactly the workshop file it had."""
    store = ctx.store
    wid, items = _after_a_run(ctx)
    session = PlanSession(store, wid)
    before = _export(ctx, wid, tmp_path, "before")
    session.push(RemoveRows(session, AGENDA, [items[4].id], "Remove the dot vote"))
    assert store.list_votes(wid) == []
    session.push(ReplaceAgenda(session, [planning.break_item(wid)], "Start from a template"))
    assert [i.title for i in store.list_agenda(wid)] == ["Break"]
    session.stack.undo()
    session.stack.undo()
    assert _export(ctx, wid, tmp_path, "undone") == before
    session.stack.redo()
    session.stack.redo()
    session.stack.undo()
    session.stack.undo()
    assert _export(ctx, wid, tmp_path, "undone-again") == before
    # Someone added, who gives dots in the room; undo of the add, redo: the dots come back.
    session.push(AddRows(session, PARTICIPANTS, [Participant(name="Eve")], None, "Add Eve"))
    eve = store.list_participants(wid)[-1]
    option = store.list_cards(wid, items[4].id)[0]
    store.set_votes(items[4].id, option.id, eve.id, 2)
    with_eve = _export(ctx, wid, tmp_path, "eve")
    session.stack.undo()
    assert _export(ctx, wid, tmp_path, "no-eve") == before
    session.stack.redo()
    assert _export(ctx, wid, tmp_path, "eve-again") == with_eve


def test_the_wrap_up_page_lists_only_who_gets_a_plan(main_window, ctx, qtbot):
    wid = workshop_files.import_sample(ctx)
    first = ctx.store.list_participants(wid)[0]
    _mark_absent(ctx.store, wid, first.name)
    main_window.hub.workshopsChanged.emit()
    main_window.hub.workshopOpened.emit(wid)
    main_window.show_page("wrapup")
    page = main_window.pages["wrapup"]
    qtbot.waitUntil(lambda: page.people.count() == 7)
    listed = [page.people.item(i).text() for i in range(page.people.count())]
    assert not any(text.startswith(first.name) for text in listed)
    assert "Marked absent, no plan: 1." in page.summary.text()
    page.people.setCurrentRow(0)
    assert first.name not in page.preview.toPlainText().split("\n")[0]
