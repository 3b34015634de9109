"""Whom an action's owners check in with (migration 0006_checkin_with): an older database
gains the column with its actions kept, and the workshop file carries it both ways."""

from __future__ import annotations

import json

from workshop_app.model.workshop import ActionItem, Participant, Workshop
from workshop_app.services.workshop_files import export_workshop_file, import_workshop_file
from workshop_app.storage import open_store


def test_an_older_database_gains_checkin_with_and_keeps_its_actions(data_dir):
    from sqlite_utils import Database

    from workshop_app.storage.schema import migrations

    old = Database(data_dir.database)
    migrations().apply(old, stop_before="0006_checkin_with")
    old.execute("PRAGMA user_version = 4")
    old["workshops"].insert({"id": 1, "title": "Before the column"})
    old["actions"].insert({"id": 1, "workshop_id": 1, "text": "Kept as typed", "checkin": "2026-05-04"})
    old.conn.commit()
    assert "checkin_with" not in old["actions"].columns_dict
    old.close()
    store, _ = open_store(data_dir)
    try:
        (action,) = store.list_actions(1)
        assert (action.text, action.checkin, action.checkin_with) == ("Kept as typed", "2026-05-04", "")
        action.checkin_with = "Priya"
        store.update_action(action)
        assert store.list_actions(1)[0].checkin_with == "Priya"
    finally:
        store.close()


def test_export_and_import_keep_checkin_with(ctx, tmp_path):
    store = ctx.store
    w = store.create_workshop(Workshop(title="Check-ins"))
    (ann,) = store.add_participants(w.id, [Participant(name="Ann")])
    store.add_action(ActionItem(text="Walk the floor", workshop_id=w.id, owners=[ann.id],
                                checkin="2026-05-04", checkin_with="Bo & the shift leads"))
    path = export_workshop_file(ctx, w.id, tmp_path / "w.json")
    (entry,) = json.loads(path.read_text(encoding="utf-8"))["actions"]
    assert entry["checkin_with"] == "Bo & the shift leads"
    again = import_workshop_file(ctx, path)
    (action,) = store.list_actions(again)
    assert (action.checkin, action.checkin_with) == ("2026-05-04", "Bo & the shift leads")


def test_a_workshop_file_without_checkin_with_imports(ctx, tmp_path):
    store = ctx.store
    w = store.create_workshop(Workshop(title="Older file"))
    store.add_action(ActionItem(text="Walk the floor", workshop_id=w.id))
    path = export_workshop_file(ctx, w.id, tmp_path / "w.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["actions"][0]["checkin_with"]  # as a file from before the field
    path.write_text(json.dumps(data), encoding="utf-8")
    (action,) = store.list_actions(import_workshop_file(ctx, path))
    assert action.checkin_with == ""
