"""Each answer from a phone is stored once, even when it is sent again after the room was
closed and opened again, or after the app restarted: the replies to the phones' answer ids are
kept in the database (table room_answers), in the answer's own transaction, the last ones per
workshop. Real rooms on 127.0.0.1, real data folders; counts read back from the database."""

from __future__ import annotations

import json

import pytest

from workshop_app.model import Card
from workshop_app.room.server import RoomServer
from workshop_app.services.context import AppContext

from room_fixtures import call, make_workshop, move_to

ANSWER = "0b6f3c1e5d2a4c1b9f7e2a1d3c4b5e6f"


def open_room(ctx, workshop_id: int) -> RoomServer:
    server = RoomServer(ctx, workshop_id)
    server.start("127.0.0.1", 0)
    return server


def join(server: RoomServer, participant: int | None) -> str:
    status, answer = call(server.url, "POST", "/api/join", {"code": server.code, "participant": participant})
    assert status == 200, answer
    return answer["token"]


def send(server: RoomServer, token: str, body: dict) -> tuple[int, dict]:
    return call(server.url, "POST", "/api/submit", body, token=token)


def kept(store, workshop_id: int) -> list[dict]:
    return list(store.db.query("SELECT * FROM room_answers WHERE workshop_id = ? ORDER BY id", [workshop_id]))


def cards_with(store, workshop_id: int, text: str) -> int:
    return sum(1 for c in store.list_cards(workshop_id) if c.text == text)


def test_an_answer_sent_again_after_the_room_was_closed_and_opened_is_stored_once(ctx):
    w = make_workshop(ctx.store)
    move_to(ctx.store, w, "cards")
    body = {"kind": "card", "text": "More cross-training", "answer_id": ANSWER, "item": w.items["cards"].id}
    first_room = open_room(ctx, w.id)
    try:
        first = send(first_room, join(first_room, w.people[0].id), body)
    finally:
        first_room.stop()  # the reply never reached the phone; the facilitator closes the room
    second_room = open_room(ctx, w.id)  # ... and opens it again: a new code, new tokens
    try:
        again = send(second_room, join(second_room, w.people[0].id), body)  # the phone sends it again
    finally:
        second_room.stop()
    assert first[0] == again[0] == 200 and first[1] == again[1]
    assert cards_with(ctx.store, w.id, "More cross-training") == 1
    assert [r["answer_id"] for r in kept(ctx.store, w.id)] == [ANSWER]


def test_an_answer_sent_again_after_the_app_restarted_is_stored_once(data_dir):
    first_app = AppContext(data_dir)
    w = make_workshop(first_app.store)
    move_to(first_app.store, w, "dot_vote")
    option = w.options["dot_vote"][0]
    body = {"kind": "vote", "card": option.id, "dots": 2, "answer_id": ANSWER}
    room = open_room(first_app, w.id)
    try:
        first = send(room, join(room, w.people[1].id), body)
    finally:
        room.stop()
        first_app.close()  # the laptop restarts
    second_app = AppContext(data_dir)
    try:
        room = open_room(second_app, w.id)
        try:
            token = join(room, w.people[1].id)
            again = send(room, token, body)
            # over the budget (3 dots): refused, and nothing kept for it
            over = send(room, token, {"kind": "vote", "card": w.options["dot_vote"][1].id, "dots": 2,
                                      "answer_id": "over-the-budget"})
        finally:
            room.stop()
        assert first == again == (200, {"stored": {"kind": "vote", "card": option.id, "dots": 2}})
        assert over[0] == 400 and over[1]["field"] == "dots"
        votes = [(v.participant_id, v.card_id, v.count) for v in second_app.store.list_votes(w.id)]
        assert votes == [(w.people[1].id, option.id, 2)]
        assert [r["answer_id"] for r in kept(second_app.store, w.id)] == [ANSWER]
    finally:
        second_app.close()


def test_nothing_kept_names_a_device_or_a_person(ctx):
    w = make_workshop(ctx.store)
    move_to(ctx.store, w, "cards")
    room = open_room(ctx, w.id)
    room.policy.all_anonymous = True
    try:
        token = join(room, w.people[0].id)
        assert send(room, token, {"kind": "card", "text": "Nobody's idea", "answer_id": ANSWER})[0] == 200
    finally:
        room.stop()
    [row] = kept(ctx.store, w.id)
    [card] = [c for c in ctx.store.list_cards(w.id) if c.text == "Nobody's idea"]
    assert card.participant_id is None
    assert set(row) == {"id", "workshop_id", "answer_id", "reply"}
    assert json.loads(row["reply"]) == {"kind": "card", "id": card.id, "text": "Nobody's idea"}
    assert token not in json.dumps(row) and "Ana" not in json.dumps(row) and room.code not in json.dumps(row)


def test_a_workshop_keeps_a_bounded_number_of_answer_ids(ctx):
    store = ctx.store
    w = make_workshop(store)
    other = make_workshop(store)
    item = w.items["cards"].id

    def card(text: str):
        return lambda: {"id": store.add_card(Card(text=text, workshop_id=w.id, agenda_item_id=item)).id}

    store.answer_once(other.id, "id-0", lambda: {"other": True}, keep=3)
    for n in range(5):
        store.answer_once(w.id, f"id-{n}", card(f"card {n}"), keep=3)
    assert [r["answer_id"] for r in kept(store, w.id)] == ["id-2", "id-3", "id-4"]  # the oldest forgotten
    assert [r["answer_id"] for r in kept(store, other.id)] == ["id-0"]  # another workshop's are its own
    reply, repeated = store.answer_once(w.id, "id-4", card("card 4"), keep=3)
    assert repeated and cards_with(store, w.id, "card 4") == 1 and reply == {"id": reply["id"]}
    assert len(kept(store, w.id)) == 3


def test_an_answer_is_never_stored_without_its_id_nor_the_id_without_the_answer(ctx):
    store = ctx.store
    w = make_workshop(store)
    item = w.items["cards"].id

    def card_then(fail):
        def store_answer():
            store.add_card(Card(text="Half an answer", workshop_id=w.id, agenda_item_id=item))
            return fail()
        return store_answer

    with pytest.raises(ZeroDivisionError):  # storing the answer fails after its card was written
        store.answer_once(w.id, ANSWER, card_then(lambda: 1 / 0))
    with pytest.raises(TypeError):  # keeping the reply fails (not JSON)
        store.answer_once(w.id, ANSWER, card_then(lambda: {"bad": object()}))
    assert cards_with(store, w.id, "Half an answer") == 0 and kept(store, w.id) == []
    reply, repeated = store.answer_once(w.id, ANSWER, card_then(lambda: {"ok": 1}))
    assert (reply, repeated) == ({"ok": 1}, False) and cards_with(store, w.id, "Half an answer") == 1
