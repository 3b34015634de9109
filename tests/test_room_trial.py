"""What a facilitator running a real room noticed (the sample workshop, three phones, the console
in a real window), each fixed and kept here: real requests to a real RoomServer on 127.0.0.1,
and the run console driven by keyboard where the fault was in the window."""

from __future__ import annotations

import pytest

from workshop_app.model import AgendaItem, RunState
from workshop_app.model.pack import Capture, Exercise, Step
from workshop_app.room.server import RoomServer

from room_fixtures import call, make_workshop, move_to


@pytest.fixture
def room(ctx):
    workshop = make_workshop(ctx.store)
    move_to(ctx.store, workshop, "cards")
    server = RoomServer(ctx, workshop.id)
    server.start("127.0.0.1", 0)
    yield server, workshop
    server.stop()


def join(server, participant=None, token: str | None = None) -> str:
    status, answer = call(server.url, "POST", "/api/join", {"code": server.code, "participant": participant},
                          token=token)
    assert status == 200, answer
    return answer["token"]


def test_the_phone_gets_the_prompt_as_text_without_markdown_marks(room, ctx):
    """The sample's prompts are Markdown: the phone showed "- **Miscommunication.** Leaders..."."""
    server, w = room
    prompt = ("Look around the walls.\n\n- **Miscommunication.** Leaders think the vision is clear.\n"
              "- Add which of the *six ways* it serves:\n  1. Develop dual competencies\n"
              "  2. Foster open communication\n\n**\"Invite two supervisors\"** beats `improve`.")
    exercise = Exercise(id="md", title="Markdown prompt", minutes=5, capture=Capture(type="cards"),
                        steps=[Step("Write", 5, prompt)])
    item = ctx.store.add_agenda_item(AgendaItem(title="Markdown prompt", minutes=5, workshop_id=w.id,
                                                exercise=exercise.to_dict()))
    ctx.store.save_run_state(RunState(workshop_id=w.id, agenda_item_id=item.id, step_index=0,
                                      started_at="2026-11-30T09:00:00"))
    token = join(server, w.people[0].id)
    status, now = call(server.url, "GET", "/api/activity", token=token)
    assert status == 200
    assert now["step"]["prompt"] == (
        "Look around the walls.\n\n"
        "• Miscommunication. Leaders think the vision is clear.\n"
        "• Add which of the six ways it serves:\n"
        "  1. Develop dual competencies\n"
        "  2. Foster open communication\n\n"
        "\"Invite two supervisors\" beats improve.")


def test_a_code_typed_with_a_space_is_the_code(room):
    """A participant typed the code off the projector as "tgz va6": refused as a wrong code."""
    server, _w = room
    spaced = server.code[:3].lower() + " " + server.code[3:].lower()
    status, answer = call(server.url, "POST", "/api/join", {"code": spaced, "participant": None})
    assert status == 200 and answer["token"]


def test_picking_ones_name_after_joining_without_one_is_still_one_device(room):
    """A phone joined without a name, then picked its name for the dot vote: the console counted
    two devices, one of them "anonymous", for one phone."""
    server, w = room
    first = join(server, None)
    again = join(server, w.people[1].id, token=first)
    snapshot = server.snapshot()
    assert snapshot["devices"] == 1
    assert [j["participant"] for j in snapshot["joined"]] == [w.people[1].id]
    assert call(server.url, "GET", "/api/activity", token=first)[0] == 401
    assert call(server.url, "GET", "/api/activity", token=again)[0] == 200


def test_a_phone_already_in_a_locked_room_may_still_pick_its_name(room):
    server, w = room
    first = join(server, None)
    server.access.locked = True
    again = join(server, w.people[0].id, token=first)
    assert call(server.url, "GET", "/api/activity", token=again)[0] == 200
    assert server.snapshot()["devices"] == 1


def test_a_removed_device_is_told_so_and_not_let_back_by_its_old_token(room):
    """The facilitator removed a device; the page joined again by itself within 3 seconds (its
    re-join after a closed room), so "Remove device" did nothing unless the room was locked."""
    server, w = room
    token = join(server, w.people[0].id)
    number = server.snapshot()["joined"][0]["number"]
    assert server.access.remove_device(number)
    status, answer = call(server.url, "GET", "/api/activity", token=token)
    assert status == 401 and answer["removed"] is True
    assert "removed" in answer["error"]
    # a token the room never gave (or one of a room closed and opened again) is not "removed"
    status, answer = call(server.url, "GET", "/api/activity", token="not-a-token")
    assert status == 401 and not answer.get("removed")
