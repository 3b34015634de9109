"""The follow-up session's date and time (migration 0007_follow_up): an older database gains
them empty with its workshops kept, and the workshop file carries them both ways (a file from
before them still imports)."""

from __future__ import annotations

import json

import pytest

from workshop_app.errors import UserError
from workshop_app.model.workshop import Workshop
from workshop_app.services.workshop_files import export_workshop_file, import_workshop_file
from workshop_app.storage import open_store


def test_an_older_database_gains_the_follow_up_and_keeps_its_workshops(data_dir):
    from sqlite_utils import Database

    from workshop_app.storage.schema import migrations

    old = Database(data_dir.database)
    migrations().apply(old, stop_before="0007_follow_up")
    old.execute("PRAGMA user_version = 6")
    old["workshops"].insert({"id": 1, "title": "Before the follow-up", "date": "2026-11-30"})
    old.conn.commit()
    assert "follow_up_date" not in old["workshops"].columns_dict
    old.close()
    store, _ = open_store(data_dir)
    try:
        workshop = store.get_workshop(1)
        assert (workshop.title, workshop.date, workshop.follow_up_date, workshop.follow_up_time) == (
            "Before the follow-up", "2026-11-30", "", "")
        workshop.follow_up_date, workshop.follow_up_time = "2027-01-14", "14:30"
        store.update_workshop(workshop)
        again = store.get_workshop(1)
        assert (again.follow_up_date, again.follow_up_time) == ("2027-01-14", "14:30")
    finally:
        store.close()


def test_export_and_import_keep_the_follow_up(ctx, tmp_path):
    w = ctx.store.create_workshop(Workshop(title="Follow-up", follow_up_date="2027-01-14",
                                           follow_up_time="09:30"))
    path = export_workshop_file(ctx, w.id, tmp_path / "w.json")
    entry = json.loads(path.read_text(encoding="utf-8"))["workshop"]
    assert (entry["follow_up_date"], entry["follow_up_time"]) == ("2027-01-14", "09:30")
    again = ctx.store.get_workshop(import_workshop_file(ctx, path))
    assert (again.follow_up_date, again.follow_up_time) == ("2027-01-14", "09:30")


def import_changed(ctx, tmp_path, change) -> Workshop:
    """A workshop exported to a real file, ``change`` applied to the file's ``workshop`` entry,
    and the file imported again: the imported workshop."""
    w = ctx.store.create_workshop(Workshop(title="From a file"))
    path = export_workshop_file(ctx, w.id, tmp_path / "w.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data["workshop"])
    path.write_text(json.dumps(data), encoding="utf-8")
    return ctx.store.get_workshop(import_workshop_file(ctx, path))


def test_a_workshop_file_without_the_follow_up_imports(ctx, tmp_path):
    def as_before(entry):  # a file from before the follow-up session
        del entry["follow_up_date"], entry["follow_up_time"]

    again = import_changed(ctx, tmp_path, as_before)
    assert (again.follow_up_date, again.follow_up_time) == ("", "")


def test_a_follow_up_date_that_is_no_date_is_refused_naming_the_field(ctx, tmp_path):
    with pytest.raises(UserError, match="follow_up_date"):
        import_changed(ctx, tmp_path, lambda entry: entry.update(follow_up_date="14/01/2027"))
