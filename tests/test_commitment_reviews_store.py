"""A commitment made at a check-in is reviewed at the later ones (migration
0009_commitment_reviews): stored one per check-in and commitment next to the reviews of the
workshop's actions, carried by the workshop file, counted by the progress calculation; a
database at 0008 with reviews migrates with every row kept."""

from __future__ import annotations

import json
import sqlite3

import pytest

from workshop_app.errors import UserError
from workshop_app.model.checkins import NOT_REVIEWED, ActionReview, CheckIn, CheckinCommitment, FollowThrough
from workshop_app.model.progress import NOT_MADE, commitments_progress, is_overdue, stuck
from workshop_app.model.workshop import ActionItem, Participant, Workshop, WorkshopData
from workshop_app.storage import WorkshopFileError, open_store


@pytest.fixture
def store(ctx):
    return ctx.store


def _made_at_30_days(store):
    """A workshop with one action, a 30-day check-in that added a commitment, a 60-day one."""
    w = store.create_workshop(Workshop(title="Bridging", date="2026-03-12"))
    ann, cy = store.add_participants(w.id, [Participant(name="Ann"), Participant(name="Cy")])
    action = store.add_action(ActionItem(text="Weekly stand-up", workshop_id=w.id, owners=[ann.id]))
    first = store.create_checkin(CheckIn(workshop_id=w.id, date="2026-04-11", title="30-day check-in"))
    made = store.add_checkin_commitment(CheckinCommitment(checkin_id=first.id, text="Ask IT for access",
                                                          owners=[cy.id], due="2026-04-30"))
    second = store.create_checkin(CheckIn(workshop_id=w.id, date="2026-05-11", title="60-day check-in"))
    return w, action, made, first, second


def test_a_later_checkin_reviews_a_commitment_made_at_an_earlier_one(store):
    w, action, made, first, second = _made_at_30_days(store)
    stuck_one = store.set_review(ActionReview(checkin_id=second.id, commitment_id=made.id, status="stuck",
                                              note="No answer from IT", helps="A ticket number",
                                              revised_due="2026-06-15", private_note="IT is slow"))
    store.set_review(ActionReview(checkin_id=second.id, action_id=action.id, status="done"))
    done = store.set_review(ActionReview(checkin_id=second.id, commitment_id=made.id, status="done",
                                         note="Access granted"))
    assert done.id == stuck_one.id  # one per check-in and commitment, replaced in place
    reviews = store.list_reviews(second.id)
    assert [(r.action_id, r.commitment_id, r.status) for r in reviews] == [
        (action.id, None, "done"), (None, made.id, "done")]  # the actions first, then the commitments
    assert reviews[1].note == "Access granted"
    follow = store.load_follow_through(w.id)
    assert follow.review(second.id, commitment_id=made.id).note == "Access granted"
    assert follow.latest_review(commitment_id=made.id).status == "done"
    assert follow.review(second.id, action.id).status == "done"
    assert follow.review(first.id, commitment_id=made.id) is None
    store.clear_review(second.id, commitment_id=made.id)
    assert [r.action_id for r in store.list_reviews(second.id)] == [action.id]


def test_a_review_names_exactly_one_commitment_of_an_earlier_checkin(store):
    w, action, made, first, second = _made_at_30_days(store)
    with pytest.raises(UserError, match="made at this check-in"):
        store.set_review(ActionReview(checkin_id=first.id, commitment_id=made.id, status="done"))
    with pytest.raises(UserError, match="one of them"):
        store.set_review(ActionReview(checkin_id=second.id, action_id=action.id, commitment_id=made.id,
                                      status="done"))
    with pytest.raises(UserError, match="one of them"):
        store.set_review(ActionReview(checkin_id=second.id, status="done"))
    _other, _action, elsewhere, _first, _second = _made_at_30_days(store)
    with pytest.raises(UserError, match=f"check-in commitment with id {elsewhere.id}"):
        store.set_review(ActionReview(checkin_id=second.id, commitment_id=elsewhere.id, status="done"))
    assert store.list_reviews(first.id) == store.list_reviews(second.id) == []


def test_the_table_refuses_a_review_of_both_or_neither(store):
    """The CHECK and the UNIQUE indexes hold whatever writes the table."""
    _w, action, made, _first, second = _made_at_30_days(store)
    table = store.db.table("action_reviews")
    for both_or_neither in ({"action_id": action.id, "commitment_id": made.id}, {}):
        with pytest.raises(sqlite3.IntegrityError):
            table.insert({"checkin_id": second.id, "status": "done", **both_or_neither})
    table.insert({"checkin_id": second.id, "commitment_id": made.id, "status": "done"})
    with pytest.raises(sqlite3.IntegrityError):
        table.insert({"checkin_id": second.id, "commitment_id": made.id, "status": "stuck"})


def test_deleting_a_commitment_deletes_its_reviews_and_undo_puts_them_back(store):
    w, _action, made, first, second = _made_at_30_days(store)
    store.set_review(ActionReview(checkin_id=second.id, commitment_id=made.id, status="stuck"))
    before = store.load_follow_through(w.id)
    removed = store.delete_checkin(first.id)  # the check-in that made it
    assert store.list_reviews(second.id) == []
    store.restore_removed(removed)
    assert store.load_follow_through(w.id) == before
    store.delete_checkin_commitment(made.id)
    assert store.list_reviews(second.id) == []


# -- the progress calculation --------------------------------------------------------------------
def _progress_data() -> WorkshopData:
    checkins = [CheckIn(1, "2026-04-11", id=100, started_at="x"), CheckIn(1, "2026-05-11", id=101),
                CheckIn(1, "2026-06-10", id=102)]
    commitments = [CheckinCommitment(100, "Ask IT for access", owners=[2], due="2026-04-30", id=500)]
    reviews = [ActionReview(101, commitment_id=500, status="stuck", note="No answer", helps="A ticket",
                            revised_due="2026-06-15"),
               ActionReview(100, 10, "done")]
    return WorkshopData(Workshop("Offsite", 1), participants=[Participant("Ann", 1), Participant("Cy", 2)],
                        actions=[ActionItem("Weekly stand-up", 10, owners=[1])],
                        follow_through=FollowThrough(checkins, reviews, commitments))


def test_a_commitments_later_reviews_count_in_its_progress():
    data = _progress_data()
    made = next(p for p in commitments_progress(data) if p.commitment is not None)
    assert made.statuses == (NOT_MADE, "stuck", NOT_REVIEWED)
    assert made.reviews[1].note == "No answer" and made.reviews[0] is None
    assert (made.status, made.latest.note, made.due) == ("stuck", "No answer", "2026-06-15")
    assert [(s.progress.text, s.why) for s in stuck(data)] == [("Ask IT for access", "A ticket")]
    from datetime import date

    assert not is_overdue(made, date(2026, 6, 1)) and is_overdue(made, date(2026, 6, 16))
    data.follow_through.reviews.append(ActionReview(102, commitment_id=500, status="done"))
    made = next(p for p in commitments_progress(data) if p.commitment is not None)
    assert (made.statuses, made.status, made.due) == ((NOT_MADE, "stuck", "done"), "done", "2026-06-15")


# -- the workshop file -----------------------------------------------------------------------------
def test_the_workshop_file_carries_reviews_of_commitments_both_ways(ctx, tmp_path):
    from workshop_app.services.workshop_files import export_workshop_file, import_workshop_file

    from storage_helpers import normalise_ids

    w, action, made, _first, second = _made_at_30_days(ctx.store)
    ctx.store.set_review(ActionReview(checkin_id=second.id, commitment_id=made.id, status="stuck",
                                      note="No answer", revised_due="2026-06-15"))
    ctx.store.set_review(ActionReview(checkin_id=second.id, action_id=action.id, status="done"))
    one = json.loads(export_workshop_file(ctx, w.id, tmp_path / "one.json").read_text(encoding="utf-8"))
    assert [(r["action_id"], r["commitment_id"]) for r in one["reviews"]] == [(action.id, None),
                                                                              (None, made.id)]
    again = import_workshop_file(ctx, tmp_path / "one.json")
    two = json.loads(export_workshop_file(ctx, again, tmp_path / "two.json").read_text(encoding="utf-8"))
    assert normalise_ids(one) == normalise_ids(two)
    follow = ctx.store.load_follow_through(again)
    (new,) = follow.commitments
    assert follow.latest_review(commitment_id=new.id).note == "No answer"


def _file(store, change):
    data = {"format": "workshop-app.workshop", "version": 2, "workshop": {"title": "Hand-written"},
            "participants": [{"id": "p1", "name": "Ann"}],
            "actions": [{"id": "a1", "text": "Weekly stand-up", "owners": ["p1"]}],
            "checkins": [{"id": "c1", "date": "2026-04-11"}, {"id": "c2", "date": "2026-05-11"}],
            "checkin_commitments": [{"id": "m1", "checkin_id": "c1", "text": "Ask IT"}],
            "reviews": [{"checkin_id": "c2", "commitment_id": "m1", "status": "stuck"}]}
    change(data)
    return data


def test_a_hand_written_file_reviews_a_commitment_by_its_text_id(store):
    wid = store.import_workshop(_file(store, lambda d: None))
    follow = store.load_follow_through(wid)
    assert follow.latest_review(commitment_id=follow.commitments[0].id).status == "stuck"


@pytest.mark.parametrize("change, expected", [
    (lambda d: d["reviews"][0].update(commitment_id="m9"),
     "reviews[0].commitment_id: m9 is not a check-in commitment id"),
    (lambda d: d["reviews"][0].update(action_id="a1"),
     "reviews[0]: names both an action_id and a commitment_id"),
    (lambda d: d["reviews"][0].pop("commitment_id"), "reviews[0]: needs an action_id or a commitment_id"),
    (lambda d: d["reviews"].append(dict(d["reviews"][0])), "reviews[1]: repeats reviews[0]"),
    (lambda d: d["reviews"][0].update(checkin_id="c1"),
     "reviews[0].commitment_id: m1 was made at this check-in"),
])
def test_a_file_with_a_broken_review_of_a_commitment_is_refused_naming_the_field(store, change, expected):
    count = len(store.list_workshops())
    with pytest.raises(WorkshopFileError) as caught:
        store.import_workshop(_file(store, change))
    assert any(expected in line for line in caught.value.details), caught.value.details
    assert len(store.list_workshops()) == count


# -- the migration ---------------------------------------------------------------------------------
def test_a_database_at_0008_with_reviews_migrates_with_every_row_kept(data_dir):
    from sqlite_utils import Database

    from workshop_app.storage.schema import migrations

    old = Database(data_dir.database)
    migrations().apply(old, stop_before="0009_commitment_reviews")
    old.execute("PRAGMA user_version = 8")
    old["workshops"].insert({"id": 1, "title": "Before commitment reviews", "date": "2026-03-12"})
    old["participants"].insert({"id": 1, "workshop_id": 1, "name": "Ann", "position": 0, "absent": 0})
    old["actions"].insert_all([{"id": 1, "workshop_id": 1, "text": "Weekly stand-up", "status": "open",
                                "position": 0},
                               {"id": 2, "workshop_id": 1, "text": "Shared dashboard", "status": "open",
                                "position": 1}])
    old["checkins"].insert_all([{"id": 1, "workshop_id": 1, "date": "2026-04-11"},
                                {"id": 2, "workshop_id": 1, "date": "2026-05-11"}])
    for row in [  # one by one: insert_all would write NULL for the columns a row leaves out
        {"id": 1, "checkin_id": 1, "action_id": 1, "status": "stuck", "note": "No room",
         "helps": "A booking", "revised_due": "2026-04-20", "private_note": "tense",
         "updated_at": "2026-04-11T08:00:00Z"},
        {"id": 2, "checkin_id": 1, "action_id": 2, "status": "in_progress"},
        {"id": 5, "checkin_id": 2, "action_id": 1, "status": "done", "note": "Every Monday"}]:
        old["action_reviews"].insert(row)
    old["checkin_commitments"].insert({"id": 1, "checkin_id": 1, "text": "Ask IT", "position": 0})
    old.conn.commit()
    before = list(old.query("SELECT * FROM action_reviews ORDER BY id"))
    assert "commitment_id" not in old["action_reviews"].columns_dict
    old.close()

    store, _ = open_store(data_dir)
    try:
        after = list(store.db.query("SELECT * FROM action_reviews ORDER BY id"))
        assert after == [{**row, "commitment_id": None} for row in before]
        follow = store.load_follow_through(1)
        assert [(r.id, r.checkin_id, r.action_id, r.status) for r in follow.reviews] == [
            (1, 1, 1, "stuck"), (2, 1, 2, "in_progress"), (5, 2, 1, "done")]
        assert follow.reviews[0].private_note == "tense"
        review = store.set_review(ActionReview(checkin_id=2, commitment_id=1, status="done"))
        assert review.id == 6  # AUTOINCREMENT kept: an id once given is not given again
        assert store.load_follow_through(1).latest_review(commitment_id=1).status == "done"
        with pytest.raises(sqlite3.IntegrityError):  # one per check-in and action, as before
            store.db.table("action_reviews").insert({"checkin_id": 1, "action_id": 1, "status": "done"})
        assert store.db.execute("PRAGMA foreign_key_check").fetchall() == []
        indexes = {i.name for i in store.db.table("action_reviews").indexes}
        assert "action_reviews_action_id" in indexes
    finally:
        store.close()
