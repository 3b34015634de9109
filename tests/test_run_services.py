"""The run services without a display: timer arithmetic, the session, capture tallies."""

from __future__ import annotations

import dataclasses

import pytest
from test_run_helpers import FACILITATOR_SECRET, PRIVATE_NOTE, FakeClock, make_workshop

from workshop_app.errors import UserError
from workshop_app.model import Card, Cluster, Participant, Rating, RunState, Vote
from workshop_app.model.results import rating_summaries, vote_ranking
from workshop_app.services import capture
from workshop_app.services.run_session import ProjectorState, RunSession
from workshop_app.services.run_timer import (
    OK,
    OVERRUN,
    WARNING,
    StepTimer,
    format_countdown,
    schedule_drift,
)
from workshop_app.storage.errors import StorageWriteError


# -- the timer ------------------------------------------------------------------------------
def test_timer_counts_only_while_running():
    clock = FakeClock()
    timer = StepTimer(clock, planned_seconds=300)
    clock.advance(50)
    assert timer.remaining() == 300 and not timer.running
    timer.start()
    clock.advance(100)
    assert timer.elapsed() == 100 and timer.remaining() == 200
    timer.pause()
    clock.advance(1000)
    assert timer.remaining() == 200
    timer.toggle()
    clock.advance(20)
    assert timer.remaining() == 180 and timer.running


def test_timer_extra_minutes_warning_and_overrun():
    clock = FakeClock()
    timer = StepTimer(clock, planned_seconds=180)
    timer.start()
    clock.advance(140)
    assert timer.level() == OK  # 40 s left: the warning starts at 20 % (36 s), at least 30 s
    clock.advance(10)
    assert timer.level() == WARNING
    timer.add_minutes(1)
    assert timer.remaining() == 90 and timer.level() == OK
    timer.add_minutes(5)
    assert timer.remaining() == 390
    clock.advance(391)
    assert timer.level() == OVERRUN and timer.overrun() == 1
    assert format_countdown(timer.remaining()) == "+00:01"
    counted = timer.reset()
    assert counted == 541 and timer.remaining() == 180 and timer.running and timer.extra_minutes == 0


def test_countdown_format():
    assert format_countdown(299.2) == "05:00"
    assert format_countdown(0) == "00:00"
    assert format_countdown(-59.9) == "+00:59"
    assert format_countdown(3 * 3600 + 5) == "3:00:05"


def test_timer_round_trips_through_run_state():
    clock = FakeClock()
    timer = StepTimer(clock, planned_seconds=600)
    timer.start()
    clock.advance(30)
    timer.add_minutes(5)
    state = RunState(workshop_id=1)
    timer.save_to(state)
    clock.advance(45)  # the app is closed meanwhile: a running timer keeps running
    again = StepTimer.from_state(state, 600, clock)
    assert again.running and again.elapsed() == 75 and again.remaining() == 900 - 75
    again.pause()
    again.save_to(state)
    clock.advance(1000)
    assert StepTimer.from_state(state, 600, clock).remaining() == 825


def test_schedule_drift():
    planned = [300.0, 600.0, 600.0]
    assert schedule_drift(planned, [0, 0, 0], 0) == 0
    assert schedule_drift(planned, [420, 100, 0], 1) == 120  # first ran 2 min over
    assert schedule_drift(planned, [420, 700, 0], 1) == 220  # the current one is over too
    assert schedule_drift(planned, [200, 500, 0], 2) == -200  # ahead of plan


# -- the session ----------------------------------------------------------------------------
def test_session_moves_banks_time_and_resumes(ctx):
    wid, items = make_workshop(ctx)
    clock = FakeClock()
    session = RunSession(ctx, wid, clock)
    assert session.item.id == items[0].id and session.step.title == "Welcome"
    session.toggle_timer()
    assert session.started and session.timer.running
    assert list(ctx.data_dir.backups.glob("*run-start*"))
    clock.advance(7 * 60)  # the 5-minute welcome ran 2 minutes over
    assert session.drift() == 120
    session.next_step()  # the welcome has one step: on to the card exercise
    assert session.item.id == items[1].id and session.step_index == 0 and session.timer.running
    assert ctx.store.get_agenda_item(items[0].id).actual_seconds == 420
    clock.advance(30)
    session.next_step()
    clock.advance(15)
    session.add_minutes(5)
    state = ctx.store.get_run_state(wid)
    assert (state.agenda_item_id, state.step_index, state.timer_extra_minutes) == (items[1].id, 1, 5)

    clock.advance(100)
    again = RunSession(ctx, wid, clock)
    assert again.item.id == items[1].id and again.step_index == 1
    assert again.timer.running and again.timer.elapsed() == 115
    assert again.item_elapsed() == 30 + 115
    again.previous_step()
    assert again.step_index == 0 and ctx.store.get_agenda_item(items[1].id).actual_seconds == 145
    again.go_to(len(items) - 1)
    again.end_run()
    assert again.ended and not again.timer.running
    assert list(ctx.data_dir.backups.glob("*run-end*"))


def test_session_survives_a_failed_write_and_retries(ctx, monkeypatch):
    wid, items = make_workshop(ctx)
    session = RunSession(ctx, wid, FakeClock())
    real = ctx.store.save_run_state

    def broken(state):
        raise StorageWriteError("The disk is full.")

    monkeypatch.setattr(ctx.store, "save_run_state", broken)
    with pytest.raises(UserError):
        session.next_item()
    assert session.item.id == items[1].id and session.unsaved  # the move happened in memory
    monkeypatch.setattr(ctx.store, "save_run_state", real)
    session.retry()
    assert not session.unsaved and ctx.store.get_run_state(wid).agenda_item_id == items[1].id


def test_projector_state_has_no_private_field_and_no_private_text(ctx):
    wid, items = make_workshop(ctx)
    session = RunSession(ctx, wid, FakeClock())
    session.go_to(1)
    names = {f.name for f in dataclasses.fields(ProjectorState)}
    assert not names & {"notes", "facilitator_notes", "debrief", "participant", "attribution"}
    ann = ctx.store.list_participants(wid)[0]
    ctx.store.add_card(Card(text="Late hand-offs", workshop_id=wid, agenda_item_id=items[1].id,
                            participant_id=ann.id))
    results = capture.public_results(ctx.store, wid, session.item, session.exercise)
    session.set_reveal(True)
    state = session.projector_state(results)
    text = repr(state)
    assert "Late hand-offs" in text and session.exercise.title in text
    for secret in (PRIVATE_NOTE, FACILITATOR_SECRET, "Ann", *session.exercise.debrief):
        assert secret not in text
    with_names = capture.public_results(ctx.store, wid, session.item, session.exercise, attribution=True)
    assert "Late hand-offs (Ann)" in repr(with_names)


# -- capture --------------------------------------------------------------------------------
def test_votes_ranking_and_limit():
    cards = [Card("A", id=1), Card("B", id=2), Card("C", id=3)]
    votes = [Vote(2, 2, participant_id=10), Vote(3, 1, participant_id=10), Vote(3, 4)]
    assert [(r.card.text, r.dots) for r in vote_ranking(cards, votes)] == [("C", 5), ("B", 2), ("A", 0)]
    ann = Participant("Ann", id=10)
    capture.check_vote(3, votes, ann, 2, 2)  # replacing her 2 dots on B: still 3
    with pytest.raises(capture.CaptureInputError, match="Ann has 3 dots"):
        capture.check_vote(3, votes, ann, 1, 1)
    capture.check_vote(3, votes, None, 1, 40)  # totals have no limit


def test_rating_spread_and_date_check():
    ratings = [Rating("Execution", 4, 1), Rating("Execution", 5, 2), Rating("Execution", 4, 3),
               Rating("Vision", 9, 1)]
    spread = rating_summaries(ratings, ["Execution", "Vision"], (1, 5))
    assert spread[0].counts == (0, 0, 0, 2, 1) and spread[0].mean == pytest.approx(13 / 3)
    assert spread[1].counts == (0, 0, 0, 0, 0) and spread[1].mean is None
    assert capture.parse_date(" 2026-04-01 ", "Due") == "2026-04-01"
    assert capture.parse_date("", "Due") == ""
    with pytest.raises(capture.CaptureInputError, match="Check-in: “next week”"):
        capture.parse_date("next week", "Check-in")


def test_removed_card_comes_back_with_its_id_votes_and_placement(ctx):
    wid, items = make_workshop(ctx)
    vote_item, matrix_item = items[4], items[5]
    ann = ctx.store.list_participants(wid)[0]
    card = ctx.store.add_card(Card(text="Share the plan", workshop_id=wid, agenda_item_id=vote_item.id))
    ctx.store.set_votes(vote_item.id, card.id, ann.id, 2)
    ctx.store.set_placement(matrix_item.id, 0.2, 0.9, card_id=card.id)
    removed = ctx.store.remove_card(card.id)
    assert ctx.store.list_votes(wid) == [] and ctx.store.list_placements(wid) == []
    ctx.store.restore_removed(removed)
    back = ctx.store.get_card(card.id)
    assert back == card and back.text == "Share the plan"
    assert [(v.card_id, v.count) for v in ctx.store.list_votes(wid)] == [(back.id, 2)]
    assert ctx.store.placement_of(matrix_item.id, card_id=back.id).y == 0.9


def test_copy_cards_and_quadrants(ctx):
    wid, items = make_workshop(ctx)
    src, dst, matrix_item = items[1], items[4], items[5]
    cluster = ctx.store.add_cluster(Cluster(name="Meetings", workshop_id=wid, agenda_item_id=src.id))
    for text in ("Late hand-offs", "late hand-offs ", "No shared plan"):
        ctx.store.add_card(Card(text=text, workshop_id=wid, agenda_item_id=src.id, cluster_id=cluster.id))
    copied = capture.copy_cards(ctx.store, wid, src.id, dst.id)
    assert [c.text for c in copied] == ["Late hand-offs", "No shared plan"]
    assert capture.copy_cards(ctx.store, wid, src.id, dst.id) == []
    card = ctx.store.add_card(Card(text="Quick win", workshop_id=wid, agenda_item_id=matrix_item.id))
    ctx.store.set_placement(matrix_item.id, 0.1, 0.9, card_id=card.id)
    from workshop_app.model.pack import snapshot_exercise

    results = capture.public_results(ctx.store, wid, matrix_item, snapshot_exercise(matrix_item.exercise))
    assert results.groups[0].lines == ("Quick win",)
    assert "High impact" in results.groups[0].title and "Low effort" in results.groups[0].title
