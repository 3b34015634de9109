"""The one calculation of follow-through progress (model/progress.py), on a workshop built in the
test: three participants, four actions, two check-ins held and one to come, one new commitment."""

from __future__ import annotations

from datetime import date

from workshop_app.model.checkins import NOT_REVIEWED, ActionReview, CheckIn, CheckinCommitment, FollowThrough
from workshop_app.model.progress import (
    NOT_MADE,
    commitments_progress,
    completion_by_participant,
    completion_by_way,
    held,
    is_overdue,
    stuck,
    upcoming,
)
from workshop_app.model.workshop import ActionItem, Participant, Workshop, WorkshopData

ANA, BEN, CHO = 1, 2, 3


def follow_data() -> WorkshopData:
    people = [Participant("Ana Lima", ANA), Participant("Ben Ode", BEN), Participant("Cho Park", CHO),
              Participant("Dee Absent", 4, absent=True)]
    actions = [
        ActionItem("Weekly stand-up", 10, owners=[ANA], due="2026-01-15", strategy="open-communication",
                   position=0),
        ActionItem("Shared dashboard", 11, owners=[ANA, BEN], due="2026-02-01", strategy="tools-technology",
                   position=1),
        ActionItem("Job rotation", 12, owners=[BEN], due="2026-03-01", strategy="dual-competencies",
                   position=2),
        ActionItem("Group retro", 13, owners=[], due="", position=3, status="done"),
    ]
    checkins = [CheckIn(1, "2026-01-10", id=100, started_at="2026-01-10T09:00:00Z"),
                CheckIn(1, "2026-02-10", id=101),  # held: it has reviews
                CheckIn(1, "2026-03-10", id=102)]  # not yet
    reviews = [
        ActionReview(100, 10, "in_progress", note="Two so far"),
        ActionReview(100, 11, "stuck", note="No licence", helps="Needs IT budget", private_note="SECRET"),
        ActionReview(101, 10, "done", note="Running weekly"),
        ActionReview(101, 11, "stuck", note="Still waiting", helps="Waiting for IT budget",
                     revised_due="2026-04-01"),
        ActionReview(101, 12, "dropped", note="No staff"),
    ]
    commitments = [CheckinCommitment(101, "Ask IT for a trial", owners=[CHO], due="2026-02-20",
                                     strategy="tools-technology", id=500)]
    return WorkshopData(Workshop("Offsite", 1), participants=people, actions=actions,
                        follow_through=FollowThrough(checkins, reviews, commitments))


def by_text(data: WorkshopData) -> dict:
    return {p.text: p for p in commitments_progress(data)}


def test_statuses_at_each_checkin_and_now():
    found = by_text(follow_data())
    assert list(found) == ["Weekly stand-up", "Shared dashboard", "Job rotation", "Group retro",
                           "Ask IT for a trial"]
    assert found["Weekly stand-up"].statuses == ("in_progress", "done", NOT_REVIEWED)
    assert found["Weekly stand-up"].status == "done"
    assert found["Shared dashboard"].statuses == ("stuck", "stuck", NOT_REVIEWED)
    assert found["Job rotation"].status == "dropped"
    assert found["Weekly stand-up"].latest.note == "Running weekly"


def test_never_reviewed_keeps_what_the_room_recorded():
    found = by_text(follow_data())
    assert found["Group retro"].status == "done"  # done in the room, never reviewed
    assert found["Group retro"].latest is None


def test_due_is_the_latest_revised_else_the_original():
    found = by_text(follow_data())
    assert found["Shared dashboard"].due == "2026-04-01"
    assert found["Weekly stand-up"].due == "2026-01-15"


def test_new_commitment_not_made_before_its_checkin():
    new = by_text(follow_data())["Ask IT for a trial"]
    assert new.statuses == (NOT_MADE, NOT_MADE, NOT_REVIEWED)
    assert new.status == NOT_REVIEWED and new.made_at == 101 and new.owners == (CHO,)


def test_original_actions_unchanged():
    data = follow_data()
    commitments_progress(data)
    assert [a.status for a in data.actions] == ["open", "open", "open", "done"]
    assert data.actions[1].due == "2026-02-01"


def test_completion_by_participant_counts_shared_for_each_owner():
    rows = {p.name: c for p, c in completion_by_participant(follow_data())}
    assert list(rows) == ["Ana Lima", "Ben Ode", "Cho Park"]  # the absent person owns nothing
    assert rows["Ana Lima"].done == 1 and rows["Ana Lima"].counts["stuck"] == 1
    assert rows["Ana Lima"].share_done == 0.5
    assert rows["Ben Ode"].counts["dropped"] == 1 and rows["Ben Ode"].active == 1
    assert rows["Ben Ode"].share_done == 0.0
    assert rows["Cho Park"].counts[NOT_REVIEWED] == 1


def test_completion_by_way_six_then_none():
    rows = completion_by_way(follow_data())
    assert len(rows) == 7 and rows[-1][0] is None
    tools = next(c for way, c in rows if way is not None and way.id == "tools-technology")
    assert tools.total == 2 and tools.counts["stuck"] == 1
    assert rows[-1][1].total == 1  # the group retro names no way


def test_stuck_says_why_never_the_private_note():
    found = stuck(follow_data())
    assert [(s.progress.text, s.why) for s in found] == [("Shared dashboard", "Waiting for IT budget")]
    data = follow_data()
    data.follow_through.reviews[3].helps = ""
    assert stuck(data)[0].why == "Still waiting"


def test_overdue():
    found = by_text(follow_data())
    day = date(2026, 2, 25)
    assert not is_overdue(found["Weekly stand-up"], day)  # done
    assert not is_overdue(found["Job rotation"], day)  # dropped
    assert not is_overdue(found["Shared dashboard"], day)  # revised to April
    assert is_overdue(found["Ask IT for a trial"], day)
    assert not is_overdue(found["Ask IT for a trial"], date(2026, 2, 20))  # due that day: not yet
    assert not is_overdue(found["Group retro"], day)


def test_held_and_upcoming():
    data = follow_data()
    assert [c.id for c in held(data)] == [100, 101]
    assert [c.id for c in upcoming(data)] == [102]


def test_no_checkins():
    data = follow_data()
    data.follow_through = FollowThrough()
    found = by_text(data)
    assert found["Weekly stand-up"].statuses == () and found["Weekly stand-up"].status == NOT_REVIEWED


def test_status_as_of_carries_the_latest_finding():
    found = by_text(follow_data())
    assert [found["Weekly stand-up"].status_as_of(i) for i in range(3)] == ["in_progress", "done", "done"]
    assert [found["Job rotation"].status_as_of(i) for i in range(3)] == [NOT_REVIEWED, "dropped", "dropped"]
    assert [found["Group retro"].status_as_of(i) for i in range(3)] == ["done"] * 3
    assert [found["Ask IT for a trial"].status_as_of(i) for i in range(3)] == [NOT_MADE, NOT_MADE,
                                                                                NOT_REVIEWED]
