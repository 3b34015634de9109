"""Removing a participant (or an agenda item) and undoing it gives back exactly what was there;
a participant marked absent keeps their record, is not offered for new input and gets no plan."""

from __future__ import annotations

import json
import sqlite3

import pytest
from storage_helpers import DATA, fill_workshop

from workshop_app.model import Participant
from workshop_app.resources import sample_workshop_path
from workshop_app.services import planning, workshop_files
from workshop_app.storage import Store
from workshop_app.storage.errors import WorkshopFileError


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
    store.delete_card(card.id)  # Bo's dots were on this card
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
    path = tmp_path / "old.db"
    with Store(path) as s:
        wid = s.create_workshop(planning.Workshop(title="Old")).id
        s.add_participant(Participant(name="Ana", workshop_id=wid))
    conn = sqlite3.connect(path)  # back to the first schema: no absent column, one migration
    conn.execute("ALTER TABLE participants DROP COLUMN absent")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name != '0001_initial'")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    with Store(path) as s:
        assert [(p.name, p.absent) for p in s.list_participants(wid)] == [("Ana", False)]
