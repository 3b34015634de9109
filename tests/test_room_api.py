"""The room's HTTP API against a real server on 127.0.0.1: joining, what a phone sees, what it
stores (compared with the database), and hostile requests refused with a JSON error while the
server keeps answering. No wall clock: the wrong-code delay runs on a fake clock."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workshop_app.room.access import FREE_WRONG_CODES
from workshop_app.room.answers import RoomPolicy
from workshop_app.room.server import MAX_BODY, RoomServer

from room_fixtures import PRIVATE, SECRET, call, make_workshop, move_to


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def room(ctx):
    """(server, workshop, clock): a room open on 127.0.0.1, any free port, closed afterwards."""
    workshop = make_workshop(ctx.store)
    move_to(ctx.store, workshop, "cards")
    clock = FakeClock()
    server = RoomServer(ctx, workshop.id, clock=clock)
    server.start("127.0.0.1", 0)
    yield server, workshop, clock
    server.stop()


def join(server, participant=None) -> str:
    status, answer = call(server.url, "POST", "/api/join", {"code": server.code, "participant": participant})
    assert status == 200, answer
    return answer["token"]


def still_up(server) -> None:
    assert call(server.url, "GET", "/api/texts")[0] == 200


def test_join_and_activity_follow_the_run_state_in_the_database(room, ctx):
    server, w, _clock = room
    ana = w.people[0]
    status, people = call(server.url, "POST", "/api/people", {"code": server.code.lower()})
    assert status == 200 and [p["name"] for p in people["participants"]] == ["Ana", "Bo"]  # Cy is absent
    token = join(server, ana.id)
    status, now = call(server.url, "GET", "/api/activity", token=token)
    assert status == 200
    assert (now["item"]["title"], now["step"]["title"], now["step"]["prompt"], now["capture"],
            now["may_send"]) == ("Item cards", "Think", "Prompt for cards", "cards", ["card"])
    move_to(ctx.store, w, "rating", step=1)  # the facilitator moves on in the console
    status, now = call(server.url, "GET", "/api/activity", token=token)
    assert (now["item"]["id"], now["step"]["index"], now["step"]["title"], now["capture"]) == (
        w.items["rating"].id, 1, "Share", "rating")
    assert now["criteria"] == ["Clarity", "Speed"] and now["scale"] == {"min": 1, "max": 5}
    for kind in ("cards", "dot_vote", "matrix", "actions"):
        move_to(ctx.store, w, kind)
        text = json.dumps(call(server.url, "GET", "/api/activity", token=token)[1])
        assert SECRET not in text and PRIVATE not in text
    move_to(ctx.store, w, "actions", ended=True)
    now = call(server.url, "GET", "/api/activity", token=token)[1]
    assert now["ended"] and now["may_send"] == []
    status, refused = call(server.url, "POST", "/api/submit", {"kind": "action", "text": "Late"}, token=token)
    assert status == 409 and refused["field"] == "kind"
    assert ctx.store.list_actions(w.id) == []


def test_each_kind_is_stored_as_the_console_would(room, ctx):
    server, w, _clock = room
    store, ana = ctx.store, w.people[0]
    token = join(server, ana.id)

    def send(body):
        return call(server.url, "POST", "/api/submit", body, token=token)

    assert send({"kind": "card", "text": "  More cross-training  "})[0] == 200
    [card] = store.list_cards(w.id, w.items["cards"].id)
    assert (card.text, card.participant_id) == ("More cross-training", ana.id)

    move_to(store, w, "dot_vote")
    first, second = w.options["dot_vote"]
    assert send({"kind": "vote", "card": first.id, "dots": 2})[0] == 200
    status, refused = send({"kind": "vote", "card": second.id, "dots": 2})  # 3 dots in all
    assert status == 400 and refused["field"] == "dots" and "3 dots" in refused["error"]
    status, refused = send({"kind": "vote", "card": card.id, "dots": 1})  # not an option here
    assert status == 400 and refused["field"] == "card"
    assert [(v.card_id, v.participant_id, v.count) for v in store.list_votes(w.id)] == [(first.id, ana.id, 2)]

    move_to(store, w, "rating")
    assert send({"kind": "rating", "criterion": "Speed", "value": 4})[0] == 200
    assert send({"kind": "rating", "criterion": "Speed", "value": 9})[1]["field"] == "value"
    assert send({"kind": "rating", "criterion": "Cost", "value": 3})[1]["field"] == "criterion"
    ratings = store.list_ratings(w.id)
    assert [(r.criterion, r.value, r.participant_id) for r in ratings] == [("Speed", 4, ana.id)]

    move_to(store, w, "matrix")
    option = w.options["matrix"][1]
    assert send({"kind": "placement", "card": option.id, "x": 0.25, "y": 1})[0] == 200
    assert send({"kind": "placement", "card": option.id, "x": 1.5, "y": 0})[1]["field"] == "x"
    [placed] = store.list_placements(w.id)
    assert (placed.card_id, placed.x, placed.y) == (option.id, 0.25, 1.0)

    move_to(store, w, "actions")
    status, stored = send({"kind": "action", "text": "Weekly stand-up with ops", "due": "2026-12-31",
                           "measure": "4 of 4 held", "strategy": "open-communication",
                           "support": "a room", "checkin": "2027-01-15", "checkin_with": "Bo"})
    assert status == 200
    [action] = store.list_actions(w.id)
    assert (action.text, action.owners, action.due, action.strategy, action.checkin,
            action.agenda_item_id) == ("Weekly stand-up with ops", [ana.id], "2026-12-31",
                                       "open-communication", "2027-01-15", w.items["actions"].id)
    assert send({"kind": "action", "id": action.id, "text": "Fortnightly stand-up"})[0] == 200
    assert store.get_action(action.id).text == "Fortnightly stand-up"
    assert send({"kind": "action", "text": "x", "due": "31.12.2026"})[1]["field"] == "due"
    assert send({"kind": "action", "text": "x", "strategy": "bribes"})[1]["field"] == "strategy"
    assert len(store.list_actions(w.id)) == 1

    mine = call(server.url, "GET", "/api/mine", token=token)[1]
    assert [c["text"] for c in mine["cards"]] == ["More cross-training"]
    assert [(v["card"], v["dots"]) for v in mine["votes"]] == [(first.id, 2)]
    assert [a["text"] for a in mine["actions"]] == ["Fortnightly stand-up"]


def test_anonymous_cards_store_no_author(room, ctx):
    server, w, _clock = room
    nobody = join(server, None)
    assert call(server.url, "POST", "/api/submit", {"kind": "card", "text": "Nobody listens"},
                token=nobody)[0] == 200
    named = join(server, w.people[1].id)
    ctx.store.set_item_anonymous(w.items["cards"].id, True)  # the facilitator makes the item anonymous
    assert call(server.url, "GET", "/api/activity", token=named)[1]["anonymous"] is True
    assert call(server.url, "POST", "/api/submit", {"kind": "card", "text": "Too many meetings"},
                token=named)[0] == 200
    cards = ctx.store.list_cards(w.id, w.items["cards"].id)
    assert [(c.text, c.participant_id) for c in cards] == [("Nobody listens", None),
                                                           ("Too many meetings", None)]
    assert call(server.url, "GET", "/api/mine", token=named)[1]["cards"] == []
    move_to(ctx.store, w, "rating")
    status, refused = call(server.url, "POST", "/api/submit",
                           {"kind": "rating", "criterion": "Speed", "value": 3}, token=nobody)
    assert status == 403 and refused["field"] == "kind"
    assert ctx.store.list_ratings(w.id) == []


def test_wrong_codes_are_refused_and_slowed(room):
    server, w, clock = room
    refusals = []
    for _ in range(FREE_WRONG_CODES):
        refusals.append(call(server.url, "POST", "/api/join", {"code": "WRONG1", "participant": None})[0])
    assert refusals == [403] * FREE_WRONG_CODES
    status, answer = call(server.url, "POST", "/api/join", {"code": server.code, "participant": None})
    assert status == 429 and answer["field"] == "code"  # even the right code waits now
    assert call(server.url, "POST", "/api/people", {"code": server.code})[0] == 429
    clock.now += 1
    assert call(server.url, "POST", "/api/join", {"code": "WRONG2", "participant": None})[0] == 403
    clock.now += 1  # the wait doubled: one second is not enough any more
    assert call(server.url, "POST", "/api/join", {"code": server.code, "participant": None})[0] == 429
    clock.now += 1
    assert call(server.url, "POST", "/api/join", {"code": server.code, "participant": None})[0] == 200
    assert call(server.url, "POST", "/api/join", {"code": "WRONG3", "participant": None})[0] == 403  # reset
    assert call(server.url, "POST", "/api/join", {"code": 12345})[1]["field"] == "code"
    assert call(server.url, "POST", "/api/join", {"code": server.code, "participant": 999})[1]["field"] == (
        "participant")
    assert call(server.url, "POST", "/api/join", {"code": server.code, "participant": True})[0] == 400


def test_missing_or_invalid_tokens_are_refused(room):
    server, _w, _clock = room
    for headers in ({}, {"Authorization": "Bearer not-a-token"}, {"Authorization": "Basic abc"}):
        for method, path in (("GET", "/api/activity"), ("GET", "/api/mine"), ("POST", "/api/submit")):
            status, answer = call(server.url, method, path, {"kind": "card", "text": "x"}
                                  if method == "POST" else None, headers=headers)
            assert status == 401 and answer["field"] == "Authorization", (headers, path)
    still_up(server)


def test_hostile_bodies_get_a_json_error_and_the_server_stays_up(room, ctx):
    server, w, _clock = room
    token = join(server, w.people[0].id)

    def send(raw: bytes):
        return call(server.url, "POST", "/api/submit", raw=raw, token=token)

    status, answer = send(b"{" + b"x" * (MAX_BODY + 10))
    assert status == 413 and str(MAX_BODY) in answer["error"]
    status, answer = send(b'{"kind": "card", "text": ')
    assert status == 400 and "not valid JSON" in answer["error"] and "column" in answer["error"]
    assert "UTF-8" in send(b'{"kind": "card", "text": "\xff\xfe"}')[1]["error"]
    assert send(b"[" * 8000 + b"]" * 8000)[0] == 400
    import gzip

    bomb = gzip.compress(b'{"kind": "card", "text": "' + b"z" * 10_000_000 + b'"}')
    status, answer = call(server.url, "POST", "/api/submit", raw=bomb, token=token,
                          headers={"Content-Encoding": "gzip"})
    assert status == 400 and "UTF-8" in answer["error"]  # never inflated
    assert "JSON object" in send(b'["card"]')[1]["error"]
    assert send(b'{"kind": "poem"}')[1]["field"] == "kind"
    assert send(b'{"kind": "card", "text": 42}')[1]["field"] == "text"
    assert send(b'{"kind": "card", "text": "   "}')[1]["field"] == "text"
    assert send(json.dumps({"kind": "card", "text": "y" * 1001}).encode())[1]["field"] == "text"
    move_to(ctx.store, w, "matrix")
    option = w.options["matrix"][0].id
    text_x = json.dumps({"kind": "placement", "card": option, "x": "NaN", "y": 0}).encode()
    assert send(text_x)[1]["field"] == "x"
    assert send(b'{"kind": "placement", "card": %d, "x": NaN, "y": 0}' % option)[1]["field"] == "x"
    assert send(b'{"kind": "placement", "card": true, "x": 0, "y": 0}')[1]["field"] == "card"
    assert send(b'{"kind": "placement", "card": 1e400, "x": 0, "y": 0}')[1]["field"] == "card"
    status, answer = call(server.url, "GET", "/etc/passwd")
    assert status == 404 and "error" in answer
    assert call(server.url, "GET", "/../room/server.py")[0] == 404
    status, answer = call(server.url, "PUT", "/api/join", {"code": server.code})
    assert status == 405 and answer["allowed"] == ["POST"]
    assert ctx.store.list_placements(w.id) == [] and len(ctx.store.list_cards(w.id)) == 4  # the options
    still_up(server)
    assert ctx.store.integrity_check() == []


def test_script_in_a_card_is_stored_and_served_back_as_plain_text(room, ctx):
    server, w, _clock = room
    token = join(server, w.people[0].id)
    script = '<script>alert("x")</script><img src=x onerror=alert(1)> & "quotes"'
    assert call(server.url, "POST", "/api/submit", {"kind": "card", "text": script}, token=token)[0] == 200
    assert [c.text for c in ctx.store.list_cards(w.id, w.items["cards"].id)] == [script]
    assert call(server.url, "GET", "/api/mine", token=token)[1]["cards"][0]["text"] == script
    page = (Path(__file__).resolve().parents[1] / "workshop_app" / "room" / "static" / "room.js").read_text()
    assert "textContent" in page and "innerHTML" not in page and "insertAdjacentHTML" not in page
    import urllib.request

    with urllib.request.urlopen(server.url) as response:
        assert "script-src 'self'" in response.headers["Content-Security-Policy"]
        assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_a_participant_never_reads_or_edits_anothers_commitments(room, ctx):
    server, w, _clock = room
    ana, bo = (join(server, p.id) for p in w.people[:2])
    move_to(ctx.store, w, "actions")
    stored = call(server.url, "POST", "/api/submit", {"kind": "action", "text": "Ana's promise"},
                  token=ana)[1]
    action_id = stored["stored"]["id"]
    assert call(server.url, "GET", "/api/mine", token=bo)[1]["actions"] == []
    status, refused = call(server.url, "POST", "/api/submit",
                           {"kind": "action", "id": action_id, "text": "Bo was here"}, token=bo)
    assert status == 403 and refused["field"] == "id"
    assert ctx.store.get_action(action_id).text == "Ana's promise"
    mine = call(server.url, "GET", "/api/mine", token=ana)[1]["actions"]
    assert [a["text"] for a in mine] == ["Ana's promise"]
    still_up(server)


def test_an_answer_for_an_item_the_facilitator_left_is_refused(room, ctx):
    server, w, _clock = room
    token = join(server, w.people[0].id)
    status, refused = call(server.url, "POST", "/api/submit",
                           {"kind": "card", "text": "late", "item": w.items["rating"].id}, token=token)
    assert status == 409 and refused["field"] == "item"
    assert ctx.store.list_cards(w.id, w.items["cards"].id) == []


def test_a_locked_room_takes_no_new_device_and_a_removed_one_is_out(room):
    server, w, _clock = room
    ana, bo = w.people[0].id, w.people[1].id
    token = join(server, ana)
    other = join(server, bo)
    assert server.snapshot() == {"open": True, "locked": False, "devices": 2, "participants": [ana, bo],
                                 "joined": [{"number": 1, "participant": ana},
                                            {"number": 2, "participant": bo}]}
    assert token not in json.dumps(server.snapshot())  # the console names devices by number
    server.access.locked = True
    assert call(server.url, "POST", "/api/join", {"code": server.code, "participant": None})[0] == 423
    assert call(server.url, "GET", "/api/activity", token=token)[0] == 200  # joined devices stay
    assert server.access.remove_device(2)
    assert call(server.url, "GET", "/api/activity", token=other)[0] == 401
    assert server.access.remove_participant(ana) == 1  # Ana changed phones: her old one is out
    assert call(server.url, "GET", "/api/activity", token=token)[0] == 401
    server.access.locked = False
    assert join(server, ana)
    assert server.snapshot()["joined"] == [{"number": 3, "participant": ana}]


def test_the_console_is_told_of_joins_and_stored_answers_without_authors(ctx):
    workshop = make_workshop(ctx.store)
    move_to(ctx.store, workshop, "cards")
    events = []
    server = RoomServer(ctx, workshop.id, on_event=lambda kind, data: events.append((kind, data)),
                        policy=RoomPolicy(all_anonymous=True))
    server.start("127.0.0.1", 0)
    try:
        token = join(server, workshop.people[1].id)
        call(server.url, "POST", "/api/submit", {"kind": "card", "text": "Quietly said"}, token=token)
        call(server.url, "POST", "/api/submit", {"kind": "card", "text": ""}, token=token)  # refused
    finally:
        server.stop()
    [card] = ctx.store.list_cards(workshop.id, workshop.items["cards"].id)
    assert events == [("joined", {"number": 1, "participant": workshop.people[1].id}),
                      ("stored", {"kind": "card", "id": card.id, "text": "Quietly said"})]
    assert card.participant_id is None
    assert server.snapshot() == {"open": False, "locked": False, "devices": 0, "participants": [],
                                 "joined": []}



def test_a_bug_in_a_handler_is_a_json_500_and_the_room_keeps_serving(room, monkeypatch, caplog):
    server, w, _clock = room
    token = join(server, w.people[0].id)

    def broken(*_args):
        raise RuntimeError("a bug")

    monkeypatch.setattr("workshop_app.room.server.mine", broken)
    status, answer = call(server.url, "GET", "/api/mine", token=token)
    assert status == 500 and "try again" in answer["error"] and "a bug" not in answer["error"]
    assert [r.exc_info[1].args for r in caplog.records if r.exc_info] == [("a bug",)]  # with its traceback
    assert call(server.url, "GET", "/api/activity", token=token)[0] == 200


def test_the_page_loads_nothing_from_elsewhere_and_speaks_the_workshops_language(room, ctx):
    import re
    import urllib.request
    from dataclasses import replace

    server, w, _clock = room
    for path in ("", "room.js", "room.css"):
        with urllib.request.urlopen(server.url + path) as response:
            body = response.read().decode()
        assert not re.search(r"(src|href)=\"(https?:)?//", body) and "@import" not in body, path
    store = ctx.store
    store.update_workshop(replace(store.get_workshop(w.id), language="de"))
    texts = call(server.url, "GET", "/api/texts")[1]
    assert texts["language"] == "de" and texts["texts"]["send"] == "Senden"
    assert "Bridging" not in json.dumps(texts)  # nothing of the workshop before the code
    refused = call(server.url, "POST", "/api/join", {"code": "NOPE00", "participant": None})[1]
    assert refused["error"] == "Das ist nicht der Raumcode."  # the phone's messages in the room's language
    assert "Anfrage" in call(server.url, "POST", "/api/join", raw=b"[")[1]["error"]
    assert "Bytes" in call(server.url, "POST", "/api/join", raw=b"x" * (MAX_BODY + 1))[1]["error"]


def test_phones_sending_at_once_each_card_is_stored_once(room, ctx):
    from concurrent.futures import ThreadPoolExecutor

    server, w, _clock = room
    tokens = [join(server, w.people[i % 2].id) for i in range(12)]

    def phone(n: int) -> list[str]:
        acknowledged = []
        for k in range(8):
            text = f"phone {n} card {k}"
            body = {"kind": "card", "text": text}
            if call(server.url, "POST", "/api/submit", body, token=tokens[n])[0] == 200:
                acknowledged.append(text)
        return acknowledged

    with ThreadPoolExecutor(len(tokens)) as pool:
        sent = [text for texts in pool.map(phone, range(len(tokens))) for text in texts]
    stored = [c.text for c in ctx.store.list_cards(w.id, w.items["cards"].id)]
    assert len(sent) == 96 and sorted(stored) == sorted(sent)


def test_dots_sent_at_once_never_pass_the_budget(room, ctx):
    from concurrent.futures import ThreadPoolExecutor

    server, w, _clock = room
    move_to(ctx.store, w, "dot_vote")
    ana = w.people[0]
    tokens = [join(server, ana.id) for _ in range(2)]  # Ana on two phones
    first, second = w.options["dot_vote"]

    def vote(n: int) -> int:
        card = (first, second)[n % 2]
        return call(server.url, "POST", "/api/submit", {"kind": "vote", "card": card.id, "dots": 2},
                    token=tokens[n % 2])[0]

    with ThreadPoolExecutor(2) as pool:
        statuses = sorted(pool.map(vote, range(2)))
    assert statuses == [200, 400]  # 3 dots each: only one of the two 2-dot votes fits
    assert sum(v.count for v in ctx.store.list_votes(w.id) if v.participant_id == ana.id) == 2


def test_an_answer_sent_again_with_its_answer_id_is_stored_once(room, ctx):
    server, w, _clock = room
    token = join(server, w.people[0].id)
    body = {"kind": "card", "text": "More cross-training",
            "answer_id": "0b6f3c1e-5d2a-4c1b-9f7e-2a1d3c4b5e6f"}
    first = call(server.url, "POST", "/api/submit", body, token=token)
    again = call(server.url, "POST", "/api/submit", body, token=token)  # the first reply was lost
    assert first[0] == again[0] == 200 and first[1] == again[1]
    other = call(server.url, "POST", "/api/submit", {**body, "answer_id": "another-answer"}, token=token)
    plain = call(server.url, "POST", "/api/submit", {"kind": "card", "text": "More cross-training"},
                 token=token)
    assert other[0] == plain[0] == 200
    stored = [c.text for c in ctx.store.list_cards(w.id, w.items["cards"].id)]
    assert stored == ["More cross-training"] * 3


@pytest.mark.parametrize("answer_id", [7, "", "x" * 65, None, ["a"]])
def test_a_bad_answer_id_is_refused_naming_the_field(room, ctx, answer_id):
    server, w, _clock = room
    token = join(server, w.people[0].id)
    status, answer = call(server.url, "POST", "/api/submit",
                          {"kind": "card", "text": "Hello", "answer_id": answer_id}, token=token)
    assert status == 400 and answer["field"] == "answer_id" and "answer_id" in answer["error"]
    assert ctx.store.list_cards(w.id, w.items["cards"].id) == []
    still_up(server)


def test_a_2x2_tells_each_phone_where_each_candidate_already_is(room, ctx):
    server, w, _clock = room
    store = ctx.store
    move_to(store, w, "matrix")
    a, b = w.options["matrix"]
    token = join(server, w.people[0].id)
    now = call(server.url, "GET", "/api/activity", token=token)[1]
    assert now["options"] == [{"id": a.id, "text": "Option A", "x": None, "y": None},
                              {"id": b.id, "text": "Option B", "x": None, "y": None}]  # nothing placed yet
    store.set_placement(w.items["matrix"].id, 0.8, 0.1, card_id=b.id)  # the facilitator places one
    other = join(server, w.people[1].id)
    assert call(server.url, "POST", "/api/submit", {"kind": "placement", "card": a.id, "x": 0.25, "y": 1},
                token=other)[0] == 200  # another phone places the other
    now = call(server.url, "GET", "/api/activity", token=token)[1]
    assert now["options"] == [{"id": a.id, "text": "Option A", "x": 0.25, "y": 1.0},
                              {"id": b.id, "text": "Option B", "x": 0.8, "y": 0.1}]


def test_a_hidden_option_is_neither_offered_to_phones_nor_taken_from_them(room, ctx):
    from dataclasses import replace

    server, w, _clock = room
    store = ctx.store
    move_to(store, w, "dot_vote")
    first, second = w.options["dot_vote"]
    store.update_card(replace(first, hidden=True))  # the facilitator hid it in the console
    token = join(server, w.people[0].id)
    now = call(server.url, "GET", "/api/activity", token=token)[1]
    assert [o["id"] for o in now["options"]] == [second.id]
    status, answer = call(server.url, "POST", "/api/submit", {"kind": "vote", "card": first.id, "dots": 1},
                          token=token)
    assert status == 400 and answer["field"] == "card"
    assert store.list_votes(w.id, w.items["dot_vote"].id) == []


def test_answers_arriving_together_are_each_stored_or_refused_on_their_own(room, ctx):
    """Phones answering at once are stored a burst at a time (one commit): a refused answer in
    the burst is refused alone, every other one is stored once and acknowledged with its own card."""
    from concurrent.futures import ThreadPoolExecutor

    server, w, _clock = room
    tokens = [join(server, person.id) for person in w.people[:2]]

    def send(n: int) -> tuple[int, dict]:
        body = {"kind": "card", "text": f"Card {n}", "answer_id": f"burst-{n}"}
        if n % 4 == 3:
            body = {"kind": "card", "text": "", "answer_id": f"burst-{n}"}  # empty: refused
        return call(server.url, "POST", "/api/submit", body, token=tokens[n % 2])

    with ThreadPoolExecutor(8) as pool:
        replies = list(pool.map(send, range(40)))
    for n, (status, answer) in enumerate(replies):
        if n % 4 == 3:
            assert status == 400 and answer["field"] == "text", answer
        else:
            assert status == 200 and answer["stored"]["text"] == f"Card {n}", answer
    cards = ctx.store.list_cards(w.id, w.items["cards"].id)
    assert sorted(c.text for c in cards) == sorted(f"Card {n}" for n in range(40) if n % 4 != 3)
    assert {c.participant_id for c in cards if c.text == "Card 0"} == {w.people[0].id}
    assert {c.participant_id for c in cards if c.text == "Card 1"} == {w.people[1].id}
    still_up(server)


def test_a_burst_whose_commit_fails_is_stored_by_none_and_sent_again_is_stored_once(ctx, monkeypatch):
    from workshop_app.room.answers import RoomPolicy, submit_all
    from workshop_app.storage.errors import StorageWriteError

    w = make_workshop(ctx.store)
    move_to(ctx.store, w, "cards")
    answers = [(w.people[0].id, {"kind": "card", "text": f"Card {n}"}, f"id-{n}") for n in range(3)]
    store = ctx.store
    real = type(store).together
    depth = []

    def full_disk_at_the_end(self, work):
        """The outer transaction: every answer written, then the disk is full before the commit."""
        if depth:
            return real(self, work)
        depth.append(1)

        def then_full():
            work()
            raise StorageWriteError("The disk is full.")

        try:
            return real(self, then_full)
        finally:
            depth.pop()

    monkeypatch.setattr(type(store), "together", full_disk_at_the_end)
    with pytest.raises(StorageWriteError):
        submit_all(ctx, w.id, RoomPolicy(), answers)
    assert store.list_cards(w.id, w.items["cards"].id) == []  # none stored (none acknowledged)
    monkeypatch.setattr(type(store), "together", real)
    found = submit_all(ctx, w.id, RoomPolicy(), answers)  # the phones send them again
    assert [stored["text"] for stored, repeated in found if not repeated] == ["Card 0", "Card 1", "Card 2"]
    stored = sorted(c.text for c in store.list_cards(w.id, w.items["cards"].id))
    assert stored == ["Card 0", "Card 1", "Card 2"]
