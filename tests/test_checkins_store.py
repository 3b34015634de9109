"""Check-ins in the store (migration 0008_checkins): planned with the workshop's present people,
reviews one per check-in and action, new commitments; an older database migrates with every
workshop kept and a backup taken first; deleting a workshop or an action takes what follows it."""

from __future__ import annotations

import json
import sqlite3

import pytest

from workshop_app.errors import UserError
from workshop_app.model.checkins import ActionReview, CheckIn, CheckinCommitment
from workshop_app.model.workshop import ActionItem, Participant, Workshop
from workshop_app.storage import WorkshopFileError, list_backups, open_store


@pytest.fixture
def store(ctx):
    return ctx.store


def _workshop(store, title="Bridging", date="2026-03-12"):
    w = store.create_workshop(Workshop(title=title, date=date))
    ann, bo, cy = store.add_participants(w.id, [Participant(name="Ann"), Participant(name="Bo", absent=True),
                                                Participant(name="Cy")])
    first = store.add_action(ActionItem(text="Weekly stand-up", workshop_id=w.id, owners=[ann.id],
                                        due="2026-04-01"))
    second = store.add_action(ActionItem(text="Shared dashboard", workshop_id=w.id, owners=[cy.id, ann.id]))
    return w, (ann, bo, cy), (first, second)


def test_a_new_checkin_carries_over_the_present_participants(store):
    w, (ann, bo, cy), _ = _workshop(store)
    checkin = store.create_checkin(CheckIn(workshop_id=w.id, date="2026-04-11", title="30-day check-in"))
    assert checkin.attendees == [ann.id, cy.id]  # Bo was absent
    again = store.get_checkin(checkin.id)
    assert (again.title, again.date, again.attendees) == ("30-day check-in", "2026-04-11", [ann.id, cy.id])
    chosen = store.create_checkin(CheckIn(workshop_id=w.id, date="2026-05-11", attendees=[bo.id]))
    assert store.get_checkin(chosen.id).attendees == [bo.id]


def test_checkins_list_by_date_and_time_and_update(store):
    w, (ann, _bo, _cy), _ = _workshop(store)
    late = store.create_checkin(CheckIn(workshop_id=w.id, date="2026-06-10"))
    early_afternoon = store.create_checkin(CheckIn(workshop_id=w.id, date="2026-04-11", time="14:00"))
    early_morning = store.create_checkin(CheckIn(workshop_id=w.id, date="2026-04-11", time="09:00"))
    assert [c.id for c in store.list_checkins(w.id)] == [early_morning.id, early_afternoon.id, late.id]
    late.date, late.time, late.attendees = "2026-04-01", "08:30", [ann.id]
    late.started_at = "2026-04-01T06:30:00Z"
    store.update_checkin(late)
    listed = store.list_checkins(w.id)
    assert listed[0].id == late.id
    assert (listed[0].time, listed[0].attendees, listed[0].started_at) == ("08:30", [ann.id],
                                                                          "2026-04-01T06:30:00Z")


def test_a_checkin_needs_a_real_date_and_a_time_written_hh_mm(store):
    w, _, _ = _workshop(store)
    with pytest.raises(UserError, match="2026-02-30"):
        store.create_checkin(CheckIn(workshop_id=w.id, date="2026-02-30"))
    with pytest.raises(UserError, match="9h"):
        store.create_checkin(CheckIn(workshop_id=w.id, date="2026-04-11", time="9h"))
    with pytest.raises(UserError, match="workshop with id 999"):
        store.create_checkin(CheckIn(workshop_id=999, date="2026-04-11"))
    assert store.list_checkins(w.id) == []


def test_a_review_per_checkin_and_action_replaced_in_place(store):
    w, _, (first, second) = _workshop(store)
    checkin = store.create_checkin(CheckIn(workshop_id=w.id, date="2026-04-11"))
    stuck = store.set_review(ActionReview(checkin_id=checkin.id, action_id=second.id, status="stuck",
                                          note="No data yet", helps="IT access", private_note="tense"))
    store.set_review(ActionReview(checkin_id=checkin.id, action_id=first.id, status="in_progress"))
    done = store.set_review(ActionReview(checkin_id=checkin.id, action_id=second.id, status="done",
                                         note="Live", revised_due="2026-05-01"))
    assert done.id == stuck.id
    reviews = store.list_reviews(checkin.id)
    assert [(r.action_id, r.status) for r in reviews] == [(first.id, "in_progress"), (second.id, "done")]
    assert (reviews[1].note, reviews[1].helps, reviews[1].revised_due) == ("Live", "", "2026-05-01")
    store.clear_review(checkin.id, first.id)
    assert [r.action_id for r in store.list_reviews(checkin.id)] == [second.id]
    with pytest.raises(UserError, match="finished"):
        store.set_review(ActionReview(checkin_id=checkin.id, action_id=first.id, status="finished"))


def test_a_review_names_an_action_of_the_checkins_workshop(store):
    w, _, _ = _workshop(store)
    _other, _, (elsewhere, _) = _workshop(store, title="Other")
    checkin = store.create_checkin(CheckIn(workshop_id=w.id, date="2026-04-11"))
    with pytest.raises(UserError, match=f"action with id {elsewhere.id}"):
        store.set_review(ActionReview(checkin_id=checkin.id, action_id=elsewhere.id, status="done"))


def test_new_commitments_keep_their_owners_and_order(store):
    w, (ann, bo, cy), (first, _) = _workshop(store)
    checkin = store.create_checkin(CheckIn(workshop_id=w.id, date="2026-04-11"))
    a = store.add_checkin_commitment(CheckinCommitment(checkin_id=checkin.id, text="Ask IT", owners=[cy.id],
                                                       due="2026-04-30", strategy="open-communication"))
    b = store.add_checkin_commitment(CheckinCommitment(checkin_id=checkin.id, text="Pair up", owners=[bo.id,
                                                                                                     ann.id]))
    assert [(c.text, c.position, c.owners) for c in store.list_checkin_commitments(checkin.id)] == [
        ("Ask IT", 0, [cy.id]), ("Pair up", 1, [bo.id, ann.id])]
    a.text, a.owners = "Ask IT for access", [ann.id]
    store.update_checkin_commitment(a)
    store.delete_checkin_commitment(a.id)
    left = store.list_checkin_commitments(checkin.id)
    assert [(c.id, c.position) for c in left] == [(b.id, 0)]
    with pytest.raises(UserError, match="2026-13-01"):
        store.add_checkin_commitment(CheckinCommitment(checkin_id=checkin.id, text="x", due="2026-13-01"))
    # the workshop's own actions are never touched
    assert store.get_action(first.id) == first


def test_the_workshop_data_carries_the_follow_through(store):
    w, (ann, _bo, cy), (first, second) = _workshop(store)
    later = store.create_checkin(CheckIn(workshop_id=w.id, date="2026-06-10"))
    sooner = store.create_checkin(CheckIn(workshop_id=w.id, date="2026-04-11"))
    store.set_review(ActionReview(checkin_id=later.id, action_id=first.id, status="done"))
    store.set_review(ActionReview(checkin_id=sooner.id, action_id=first.id, status="stuck"))
    store.add_checkin_commitment(CheckinCommitment(checkin_id=later.id, text="Keep going", owners=[cy.id]))
    before = store.get_workshop(w.id)
    data = store.load_workshop_data(w.id)
    follow = data.follow_through
    assert [c.id for c in follow.checkins] == [sooner.id, later.id]
    assert [(r.checkin_id, r.status) for r in follow.reviews] == [(sooner.id, "stuck"), (later.id, "done")]
    assert follow.latest_review(first.id).status == "done"
    assert follow.latest_review(second.id) is None
    assert [c.text for c in follow.commitments] == ["Keep going"]
    assert store.get_workshop(w.id) == before  # the workshop itself is unchanged (updated_at too)
    assert data.actions == [first, second]


def test_deleting_an_action_deletes_its_reviews_and_a_workshop_its_checkins(store):
    w, (ann, _bo, _cy), (first, second) = _workshop(store)
    checkin = store.create_checkin(CheckIn(workshop_id=w.id, date="2026-04-11"))
    store.set_review(ActionReview(checkin_id=checkin.id, action_id=first.id, status="done"))
    store.set_review(ActionReview(checkin_id=checkin.id, action_id=second.id, status="stuck"))
    store.add_checkin_commitment(CheckinCommitment(checkin_id=checkin.id, text="More", owners=[ann.id]))
    removed = store.remove_action(first.id)
    assert [r.action_id for r in store.list_reviews(checkin.id)] == [second.id]
    store.restore_removed(removed)  # undo puts the review back with the action
    assert [r.action_id for r in store.list_reviews(checkin.id)] == [first.id, second.id]
    store.delete_workshop(w.id)
    tables = ("checkins", "checkin_attendees", "action_reviews", "checkin_commitments",
              "checkin_commitment_owners")
    counts = [store.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables]
    assert counts == [0, 0, 0, 0, 0]
    assert store.integrity_check() == []


def test_deleting_a_checkin_takes_its_reviews_and_undo_puts_them_back(store):
    w, _, (first, _) = _workshop(store)
    checkin = store.create_checkin(CheckIn(workshop_id=w.id, date="2026-04-11"))
    store.set_review(ActionReview(checkin_id=checkin.id, action_id=first.id, status="done", note="ok"))
    before = store.load_follow_through(w.id)
    removed = store.delete_checkin(checkin.id)
    assert store.load_follow_through(w.id).checkins == []
    with pytest.raises(UserError, match=f"check-in with id {checkin.id}"):
        store.get_checkin(checkin.id)
    store.restore_removed(removed)
    assert store.load_follow_through(w.id) == before


def test_removing_a_participant_and_undoing_keeps_their_place_in_checkins(store):
    w, (ann, _bo, cy), _ = _workshop(store)
    checkin = store.create_checkin(CheckIn(workshop_id=w.id, date="2026-04-11"))
    store.add_checkin_commitment(CheckinCommitment(checkin_id=checkin.id, text="Pair up",
                                                   owners=[cy.id, ann.id]))
    before = store.load_follow_through(w.id)
    removed = store.remove_participant(ann.id)
    follow = store.load_follow_through(w.id)
    assert (follow.checkins[0].attendees, follow.commitments[0].owners) == ([cy.id], [cy.id])
    store.restore_removed(removed)
    assert store.load_follow_through(w.id) == before


def test_every_workshops_actions_at_once(store):
    older, _, (first, second) = _workshop(store, title="Older", date="2026-01-10")
    newer, _, (third, fourth) = _workshop(store, title="Newer", date="2026-03-12")
    store.create_workshop(Workshop(title="No actions"))
    found = store.list_all_actions()
    assert [(w.title, a.text) for w, a in found] == [
        ("Newer", "Weekly stand-up"), ("Newer", "Shared dashboard"),
        ("Older", "Weekly stand-up"), ("Older", "Shared dashboard")]
    assert [a for _w, a in found] == [third, fourth, first, second]
    assert found[0][0] == store.get_workshop(newer.id)


def test_an_older_database_migrates_with_its_workshops_and_a_backup(data_dir):
    """A database as the previous release left it (migrations up to 0007) opens, is backed up
    first, keeps every workshop, and then takes check-ins."""
    from sqlite_utils import Database

    from workshop_app.storage.schema import migrations

    old = Database(data_dir.database)
    migrations().apply(old, stop_before="0008_checkins")
    old.execute("PRAGMA user_version = 7")
    old["workshops"].insert({"id": 1, "title": "Before check-ins", "date": "2026-03-12",
                             "follow_up_date": "2026-04-11"})
    old["participants"].insert_all([{"id": 1, "workshop_id": 1, "name": "Ann", "position": 0, "absent": 0},
                                    {"id": 2, "workshop_id": 1, "name": "Bo", "position": 1, "absent": 1}])
    old["actions"].insert({"id": 1, "workshop_id": 1, "text": "Weekly stand-up", "due": "2026-04-01",
                           "status": "open"})
    old["action_owners"].insert({"action_id": 1, "participant_id": 1})
    old.conn.commit()
    assert "checkins" not in old.table_names()
    old.close()

    store, _ = open_store(data_dir)
    try:
        data = store.load_workshop_data(1)
        assert (data.workshop.title, data.workshop.date, data.workshop.follow_up_date) == (
            "Before check-ins", "2026-03-12", "2026-04-11")
        assert [(p.name, p.absent) for p in data.participants] == [("Ann", False), ("Bo", True)]
        assert [(a.text, a.due, a.owners) for a in data.actions] == [("Weekly stand-up", "2026-04-01", [1])]
        assert data.follow_through.checkins == []
        checkin = store.create_checkin(CheckIn(workshop_id=1, date="2026-04-11"))
        assert checkin.attendees == [1]
        store.set_review(ActionReview(checkin_id=checkin.id, action_id=1, status="done"))
        assert store.load_workshop_data(1).follow_through.latest_review(1).status == "done"
    finally:
        store.close()
    backups = list_backups(data_dir.backups)
    assert [b.reason for b in backups] == ["before-update"]
    kept = sqlite3.connect(backups[0].path)
    try:
        assert kept.execute("SELECT title FROM workshops").fetchall() == [("Before check-ins",)]
        assert "0008_checkins" not in {r[0] for r in kept.execute("SELECT name FROM _sqlite_migrations")}
    finally:
        kept.close()


# -- the workshop file, version 2 ---------------------------------------------------------------
def _follow_through(store, wid):
    """Two check-ins of the workshop, reviews of its actions (one with a private note) and a new
    commitment with two owners."""
    people = store.list_participants(wid)
    actions = store.list_actions(wid)
    first = store.create_checkin(CheckIn(workshop_id=wid, date="2026-04-11", time="09:30",
                                         title="30-day check-in", attendees=[people[2].id, people[0].id]))
    second = store.create_checkin(CheckIn(workshop_id=wid, date="2026-05-11"))
    store.set_review(ActionReview(checkin_id=first.id, action_id=actions[0].id, status="stuck",
                                  note="Nobody booked the room", helps="A standing booking",
                                  revised_due="2026-04-20", private_note="Ann and Bo avoid each other"))
    store.set_review(ActionReview(checkin_id=second.id, action_id=actions[0].id, status="done"))
    store.add_checkin_commitment(CheckinCommitment(checkin_id=first.id, text="Book the room for 8 weeks",
                                                   owners=[people[1].id, people[0].id], due="2026-04-15",
                                                   strategy="open-communication"))
    store.add_checkin_commitment(CheckinCommitment(checkin_id=first.id, text="Share the minutes"))
    return first, second


def test_the_workshop_file_carries_the_checkins_both_ways(ctx, tmp_path):
    from workshop_app.services.workshop_files import export_workshop_file, import_workshop_file

    from storage_helpers import fill_workshop, normalise_ids

    wid = fill_workshop(ctx.store)
    _follow_through(ctx.store, wid)
    first = export_workshop_file(ctx, wid, tmp_path / "first.json")
    one = json.loads(first.read_text(encoding="utf-8"))
    assert one["version"] == 2
    assert [c["title"] for c in one["checkins"]] == ["30-day check-in", ""]
    assert one["reviews"][0]["private_note"] == "Ann and Bo avoid each other"
    assert [c["text"] for c in one["checkin_commitments"]] == ["Book the room for 8 weeks",
                                                              "Share the minutes"]
    again = import_workshop_file(ctx, first)
    two = json.loads(export_workshop_file(ctx, again, tmp_path / "second.json").read_text(encoding="utf-8"))
    assert one != two  # new ids...
    assert normalise_ids(one) == normalise_ids(two)  # ...and nothing else changed
    follow = ctx.store.load_workshop_data(again).follow_through
    people = ctx.store.list_participants(again)
    assert follow.checkins[0].attendees == [people[2].id, people[0].id]
    assert follow.commitments[0].owners == [people[1].id, people[0].id]
    action = ctx.store.list_actions(again)[0]
    assert [(r.status, r.revised_due) for r in follow.reviews if r.action_id == action.id] == [
        ("stuck", "2026-04-20"), ("done", "")]


def test_checkins_leave_the_workshops_own_export_unchanged(ctx):
    from storage_helpers import fill_workshop

    wid = fill_workshop(ctx.store)
    before = ctx.store.export_workshop(wid)
    _follow_through(ctx.store, wid)
    after = ctx.store.export_workshop(wid)
    follow_keys = ("checkins", "reviews", "checkin_commitments")
    assert all(after[k] for k in follow_keys) and not any(before[k] for k in follow_keys)
    assert {k: v for k, v in after.items() if k not in follow_keys} == {
        k: v for k, v in before.items() if k not in follow_keys}


def test_a_version_1_file_still_imports_and_takes_checkins(ctx):
    """The sample workshop as the previous release shipped it (format version 1)."""
    from workshop_app.services.workshop_files import import_workshop_file

    from storage_helpers import DATA

    path = DATA / "sample-v1.json"
    original = json.loads(path.read_text(encoding="utf-8"))
    assert original["version"] == 1 and "checkins" not in original
    wid = import_workshop_file(ctx, path)
    data = ctx.store.load_workshop_data(wid)
    assert data.workshop.title == original["workshop"]["title"]
    assert [p.name for p in data.participants] == [p["name"] for p in original["participants"]]
    assert [a.text for a in data.actions] == [a["text"] for a in original["actions"]]
    assert data.follow_through.checkins == []
    checkin = ctx.store.create_checkin(CheckIn(workshop_id=wid, date="2026-06-01"))
    assert checkin.attendees == [p.id for p in data.participants if not p.absent]


def _with(change):
    from storage_helpers import fill_workshop

    def build(store):
        data = store.export_workshop(fill_workshop(store))
        data["checkins"] = [{"id": "c1", "date": "2026-04-11", "attendees": [data["participants"][0]["id"]]}]
        data["reviews"] = [{"checkin_id": "c1", "action_id": data["actions"][0]["id"], "status": "done"}]
        data["checkin_commitments"] = [{"checkin_id": "c1", "text": "More"}]
        change(data)
        return data
    return build


@pytest.mark.parametrize("change, expected", [
    (lambda d: d["reviews"][0].update(action_id=999), "reviews[0].action_id: 999 is not an action id"),
    (lambda d: d["reviews"][0].update(checkin_id="c9"), "reviews[0].checkin_id: c9 is not a check-in id"),
    (lambda d: d["reviews"].append(dict(d["reviews"][0])), "reviews[1]: repeats reviews[0]"),
    (lambda d: d["reviews"][0].update(status="finished"), "reviews[0].status"),
    (lambda d: d["checkins"][0].update(date=""), "checkins[0].date: '' is not a date written YYYY-MM-DD"),
    (lambda d: d["checkins"][0].update(attendees=[999]),
     "checkins[0].attendees[0]: 999 is not a participant id"),
    (lambda d: d["checkin_commitments"][0].update(owners=[999]),
     "checkin_commitments[0].owners[0]: 999 is not a participant id"),
    (lambda d: d["checkin_commitments"][0].update(due="2026-02-30"),
     "checkin_commitments[0].due: 2026-02-30 is not a real date"),
])
def test_a_file_with_a_broken_checkin_is_refused_naming_the_field(store, change, expected):
    data = _with(change)(store)
    count = len(store.list_workshops())
    with pytest.raises(WorkshopFileError) as caught:
        store.import_workshop(data)
    assert any(expected in line for line in caught.value.details), caught.value.details
    assert len(store.list_workshops()) == count


def test_text_ids_in_a_hand_written_file_import(store):
    wid = store.import_workshop(_with(lambda d: None)(store))
    follow = store.load_follow_through(wid)
    assert [(c.date, len(c.attendees)) for c in follow.checkins] == [("2026-04-11", 1)]
    assert [r.status for r in follow.reviews] == ["done"]
    assert [(c.text, c.position) for c in follow.commitments] == [("More", 0)]
