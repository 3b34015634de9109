"""The Store API as the GUI and the command line use it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from workshop_app.errors import NotFoundError
from workshop_app.model.results import item_ranking
from workshop_app.model.workshop import (
    ActionItem,
    AgendaItem,
    Card,
    Cluster,
    Note,
    Participant,
    RunState,
    Workshop,
)
from workshop_app.storage import StorageError, Store, open_store

from storage_helpers import fill_workshop


@pytest.fixture
def store(data_dir):
    store, notices = open_store(data_dir)
    assert notices == []
    yield store
    store.close()


@pytest.fixture
def wid(store):
    return store.create_workshop(Workshop(title="Ops day", date="2026-05-04")).id


def test_database_is_wal_with_foreign_keys_and_full_sync(store):
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert store.integrity_check() == []


def test_everything_survives_closing_and_reopening(store, data_dir):
    wid = fill_workshop(store)
    before = store.load_workshop_data(wid)
    store.close()
    with Store(data_dir.database) as again:
        assert again.load_workshop_data(wid) == before


def test_workshop_list_counts_participants_and_actions(store):
    wid = fill_workshop(store)
    other = store.create_workshop(Workshop(title="Later", date="2026-09-01"))
    summaries = store.list_workshops()
    assert [s.id for s in summaries] == [other.id, wid]  # latest date first
    assert (summaries[1].participants, summaries[1].actions) == (3, 1)
    assert (summaries[0].participants, summaries[0].actions) == (0, 0)


def test_the_window_s_first_rows_of_the_workshop_list_cost_the_same_however_many_there_are(store):
    # The first frame shows the latest workshops: reading them must not sort every workshop
    # (an index by date), so the work (SQLite's virtual-machine steps, counted) stays the same
    # with 100 or 2,000 workshops.
    def steps_for_first_rows() -> int:
        steps = [0]

        def count() -> int:
            steps[0] += 1
            return 0

        store.conn.set_progress_handler(count, 1)
        try:
            rows = store.list_workshops(limit=20)
        finally:
            store.conn.set_progress_handler(None, 1)
        assert [r.date for r in rows] == sorted((r.date for r in rows), reverse=True)
        return steps[0]

    def add(n: int, start: int) -> None:
        store.db["workshops"].insert_all(
            {"title": f"Workshop {i}", "date": f"20{10 + i % 20}-{1 + i % 12:02d}-{1 + i % 28:02d}"}
            for i in range(start, start + n))

    add(100, 0)
    few = steps_for_first_rows()
    add(1900, 100)
    many = steps_for_first_rows()
    assert many <= few * 1.2, (few, many)


def test_update_workshop_keeps_created_at_and_sets_updated_at(store, wid):
    w = store.get_workshop(wid)
    w.title, w.created_at, w.updated_at = "Renamed", "1999-01-01T00:00:00Z", ""
    updated = store.update_workshop(w)
    assert updated.title == "Renamed"
    assert updated.created_at != "1999-01-01T00:00:00Z"
    assert updated.updated_at.endswith("Z")


def test_deleting_a_workshop_deletes_everything_in_it(store):
    wid = fill_workshop(store)
    keep = fill_workshop(store, "Other")
    store.delete_workshop(wid)
    with pytest.raises(NotFoundError):
        store.get_workshop(wid)
    for table in ("participants", "agenda_items", "notes", "cards", "clusters", "votes", "ratings",
                  "placements", "actions", "run_state"):
        left = store.db.execute(f"SELECT count(*) FROM {table} WHERE workshop_id = ?", [wid]).fetchone()[0]
        assert left == 0, table
    assert store.db.execute("SELECT count(*) FROM action_owners").fetchone()[0] == 2
    assert len(store.load_workshop_data(keep).notes) == 2


def test_unknown_ids_raise_not_found_with_a_message(store, wid):
    with pytest.raises(NotFoundError, match="no workshop with id 999"):
        store.get_workshop(999)
    with pytest.raises(NotFoundError):
        store.remove_note(12345)
    with pytest.raises(NotFoundError):
        store.update_participant(Participant(name="Ghost", id=77))
    with pytest.raises(NotFoundError):
        store.add_participant(Participant(name="Lost", workshop_id=999))


def test_a_row_naming_a_column_the_table_lacks_is_refused_not_added_to_the_schema(store, wid):
    # Rows are written with sqlite-utils' insert, which can add missing columns: the store never
    # lets it (a wrong column is an error, and nothing of the failed write stays).
    kept = store.add_participant(Participant(name="Kept", workshop_id=wid))
    gone = store.add_participant(Participant(name="Ana", workshop_id=wid))
    removed = store.remove_participant(gone.id)
    columns = [c.name for c in store.db.table("participants").columns]
    odd = replace(removed, row={**removed.row, "nickname": "Al"})
    with pytest.raises(StorageError, match="nickname"):
        store.restore_removed(odd)
    assert [c.name for c in store.db.table("participants").columns] == columns
    assert store.list_participants(wid) == [kept]
    store.restore_removed(removed)
    assert [p.name for p in store.list_participants(wid)] == ["Kept", "Ana"]


def test_references_into_another_workshop_are_refused(store, wid):
    other = store.create_workshop(Workshop(title="Other"))
    stranger = store.add_participant(Participant(name="Stranger", workshop_id=other.id))
    with pytest.raises(NotFoundError, match="participant"):
        store.add_action(ActionItem(text="x", workshop_id=wid, owners=[stranger.id]))
    assert store.list_actions(wid) == []


def test_participants_insert_reorder_and_delete_keep_a_clean_order(store, wid):
    a, b, c = store.add_participants(wid, [Participant(name=n) for n in "ABC"])
    first = store.add_participant(Participant(name="Z", workshop_id=wid), position=0)
    assert [p.name for p in store.list_participants(wid)] == ["Z", "A", "B", "C"]
    store.reorder_participants(wid, [c.id, b.id, a.id, first.id])
    assert [p.name for p in store.list_participants(wid)] == ["C", "B", "A", "Z"]
    store.remove_participant(b.id)
    assert [(p.name, p.position) for p in store.list_participants(wid)] == [("C", 0), ("A", 1), ("Z", 2)]
    with pytest.raises(StorageError, match="exactly once"):
        store.reorder_participants(wid, [c.id, a.id])


def test_add_participants_is_all_or_nothing(store, wid):
    with pytest.raises(StorageError):
        store.add_participants(wid, [Participant(name="Ok"), Participant(name=None)])  # type: ignore[arg-type]
    assert store.list_participants(wid) == []


def test_agenda_keeps_the_exercise_snapshot_and_replace_is_one_step(store, wid):
    snapshot = {"id": "e1", "title": "Ex", "minutes": 20,
                "steps": [{"title": "s", "minutes": 5, "prompt": "p"}]}
    kept = store.add_agenda_item(AgendaItem(title="Ex", minutes=20, workshop_id=wid, exercise=snapshot))
    gone = store.add_agenda_item(AgendaItem(title="Old", minutes=5, workshop_id=wid))
    note = store.save_note(Note(text="under Ex", workshop_id=wid, agenda_item_id=kept.id))
    kept.minutes = 30
    result = store.replace_agenda(wid, [AgendaItem(title="Warm-up", minutes=5), kept])
    assert [(i.title, i.minutes, i.position) for i in store.list_agenda(wid)] == [
        ("Warm-up", 5, 0), ("Ex", 30, 1)]
    assert store.list_agenda(wid)[1].exercise == snapshot
    assert result[1].id == kept.id and gone.id not in {i.id for i in result}
    assert store.list_notes(wid)[0].agenda_item_id == note.agenda_item_id == kept.id
    with pytest.raises(NotFoundError):
        store.replace_agenda(wid, [AgendaItem(title="x", minutes=1, id=gone.id)])
    with pytest.raises(StorageError, match="twice"):
        store.replace_agenda(wid, [kept, kept])
    assert len(store.list_agenda(wid)) == 2


def test_deleting_an_agenda_item_keeps_the_text_captured_under_it(store, wid):
    item = store.add_agenda_item(AgendaItem(title="Ex", minutes=10, workshop_id=wid))
    store.save_note(Note(text="keep me", workshop_id=wid, agenda_item_id=item.id))
    card = store.add_card(Card(text="card", workshop_id=wid, agenda_item_id=item.id))
    store.set_votes(item.id, card.id, None, 3)
    store.remove_agenda_item(item.id)
    assert [(n.text, n.agenda_item_id) for n in store.list_notes(wid)] == [("keep me", None)]
    assert [c.text for c in store.list_cards(wid)] == ["card"]
    assert store.list_votes(wid) == []


def test_notes_insert_then_update_with_timestamps_and_private_filter(store, wid):
    note = store.save_note(Note(text="draft", workshop_id=wid))
    assert note.id is not None and note.created_at == note.updated_at
    note.text = "final"
    saved = store.save_note(note)
    assert saved.id == note.id and saved.created_at == note.created_at
    store.save_note(Note(text="secret", workshop_id=wid, private=True))
    assert [n.text for n in store.list_notes(wid)] == ["final", "secret"]
    assert [n.text for n in store.list_notes(wid, include_private=False)] == ["final"]
    store.remove_note(note.id)
    assert [n.text for n in store.list_notes(wid)] == ["secret"]


def test_a_note_save_is_one_small_transaction_whatever_the_workshop_holds(store, wid):
    # Autosave runs while the facilitator types: each save must stay a handful of statements in
    # one transaction, however long the note and however many notes there are (counted with
    # SQLite's statement trace; "-- " lines are the FTS index's own statements inside triggers).
    note = store.save_note(Note(text="", workshop_id=wid))
    statements: list[str] = []

    def saves() -> list[int]:
        counts = []
        for i in range(30):
            note.text = "typing " * i
            statements.clear()
            store.save_note(note)
            assert [s for s in statements if s in ("BEGIN", "COMMIT")] == ["BEGIN", "COMMIT"]
            counts.append(sum(1 for s in statements if not s.startswith("--")))
        return counts

    store.db.conn.set_trace_callback(statements.append)
    try:
        alone = saves()
        for i in range(300):
            store.save_note(Note(text=f"another note {i} " * 20, workshop_id=wid))
        crowded = saves()
    finally:
        store.db.conn.set_trace_callback(None)
    assert set(alone) == set(crowded) and len(set(alone)) == 1 and alone[0] <= 12, (alone, crowded)


def test_deleting_a_cluster_unclusters_its_cards(store, wid):
    cluster = store.add_cluster(Cluster(name="Tools", workshop_id=wid))
    card = store.add_card(Card(text="wiki", workshop_id=wid, cluster_id=cluster.id))
    store.remove_cluster(cluster.id)
    assert store.list_clusters(wid) == []
    assert [(c.id, c.cluster_id) for c in store.list_cards(wid)] == [(card.id, None)]


def test_votes_per_participant_and_totals(store, wid):
    item = store.add_agenda_item(AgendaItem(title="Vote", minutes=5, workshop_id=wid))
    p = store.add_participant(Participant(name="Ann", workshop_id=wid))
    a = store.add_card(Card(text="A", workshop_id=wid, agenda_item_id=item.id))
    b = store.add_card(Card(text="B", workshop_id=wid, agenda_item_id=item.id))
    store.set_votes(item.id, a.id, p.id, 2)
    store.set_votes(item.id, a.id, p.id, 3)  # replaces, does not add
    store.set_votes(item.id, b.id, None, 4)
    store.set_votes(item.id, b.id, None, 6)
    totals = item_ranking(store.load_workshop_data(wid), item.id)
    assert [(r.card.text, r.dots) for r in totals] == [("B", 6), ("A", 3)]
    assert store.set_votes(item.id, a.id, p.id, 0) is None
    assert [(v.card_id, v.count) for v in store.list_votes(wid, item.id)] == [(b.id, 6)]
    with pytest.raises(StorageError):
        store.set_votes(item.id, a.id, p.id, -1)


def test_ratings_set_replace_and_remove(store, wid):
    item = store.add_agenda_item(AgendaItem(title="Rate", minutes=5, workshop_id=wid))
    p = store.add_participant(Participant(name="Ann", workshop_id=wid))
    store.set_rating(item.id, p.id, "clarity", 2)
    store.set_rating(item.id, p.id, "clarity", 5)
    store.set_rating(item.id, p.id, "pace", 3)
    assert sorted((r.criterion, r.value) for r in store.list_ratings(wid)) == [("clarity", 5), ("pace", 3)]
    store.set_rating(item.id, p.id, "pace", None)
    assert [(r.criterion, r.value) for r in store.list_ratings(wid, item.id)] == [("clarity", 5)]


def test_placements_move_rather_than_duplicate_and_stay_on_the_matrix(store, wid):
    item = store.add_agenda_item(AgendaItem(title="2x2", minutes=5, workshop_id=wid))
    card = store.add_card(Card(text="A", workshop_id=wid, agenda_item_id=item.id))
    first = store.set_placement(item.id, 0.1, 0.2, card_id=card.id)
    moved = store.set_placement(item.id, 1.4, -0.3, card_id=card.id)
    assert moved.id == first.id
    assert [(p.x, p.y) for p in store.list_placements(wid)] == [(1.0, 0.0)]
    store.remove_placement(first.id)
    assert store.list_placements(wid, item.id) == []
    with pytest.raises(StorageError):
        store.set_placement(item.id, 0.5, 0.5)


def test_actions_keep_owners_in_order_and_status(store, wid):
    a, b = store.add_participants(wid, [Participant(name="A"), Participant(name="B")])
    action = store.add_action(ActionItem(text="Do it", workshop_id=wid, owners=[b.id, a.id, b.id]))
    assert store.list_actions(wid)[0].owners == [b.id, a.id]
    action.owners, action.status = [a.id], "done"
    store.update_action(action)
    assert [(x.owners, x.status) for x in store.list_actions(wid)] == [([a.id], "done")]
    store.remove_participant(a.id)
    assert store.list_actions(wid)[0].owners == []
    action.status = "someday"
    action.owners = []
    with pytest.raises(StorageError, match="someday"):
        store.update_action(action)
    store.remove_action(action.id)
    assert store.list_actions(wid) == []


def test_run_state_resumes_exactly(store, wid):
    item = store.add_agenda_item(AgendaItem(title="Ex", minutes=5, workshop_id=wid))
    assert store.get_run_state(wid) is None
    state = RunState(workshop_id=wid, agenda_item_id=item.id, step_index=2, timer_running=True,
                     timer_elapsed=61.25, timer_started_at=1_700_000_000.5, timer_extra_minutes=5,
                     projector_blank=True, started_at="2026-05-04T09:00:00Z")
    store.save_run_state(state)
    state.step_index = 3
    store.save_run_state(state)
    assert store.get_run_state(wid) == state
