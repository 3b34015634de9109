"""What a facilitator running a real room noticed (the sample workshop, three phones, the console
in a real window), each fixed and kept here: real requests to a real RoomServer on 127.0.0.1,
and the run console driven by keyboard where the fault was in the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox
from test_room_console import open_console, press_open
from test_run_workshop import ROOM

from workshop_app.model import AgendaItem, Participant, RunState
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


def test_closing_and_opening_the_room_again_keeps_its_address_and_code(main_window, qtbot, ctx):
    """The facilitator closed the room and opened it again: it came back on another port with
    another code, and every phone was stuck on "Not sent yet" (what they held, stored per
    address, was lost with a new scan). The same workshop's room opens where it was."""
    page, workshop = open_console(main_window, qtbot, ctx)
    panel = page.room
    press_open(qtbot, page)
    url, code = panel.room.url, panel.room.code
    token = join(panel.room, workshop.people[0].id)
    press_open(qtbot, page)  # closed
    assert not panel.is_open()
    press_open(qtbot, page)  # and open again
    assert panel.is_open() and (panel.room.url, panel.room.code) == (url, code)
    assert call(url, "GET", "/api/activity", token=token)[0] == 401  # tokens are new: the page joins again
    assert join(panel.room, workshop.people[0].id)
    press_open(qtbot, page)
    main_window.hub.workshopClosed.emit()  # another workshop's room is another room
    main_window.hub.workshopOpened.emit(workshop.id)
    press_open(qtbot, page)
    assert panel.room.code != code or panel.room.url != url


def shown_width(combo: QComboBox) -> int:
    """The width a combo box draws its current text in (without its arrow and frame)."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    return combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                        QStyle.SubControl.SC_ComboBoxEditField, combo).width()


def test_the_device_list_shows_whole_names(main_window, qtbot, ctx):
    """The devices' list was as wide as when it was empty: "Device 1" without the name."""
    page, workshop = open_console(main_window, qtbot, ctx)
    panel = page.room
    main_window.resize(1280, 800)
    press_open(qtbot, page)
    join(panel.room, workshop.people[1].id)
    qtbot.waitUntil(lambda: panel.devices.count() == 1)
    assert panel.devices.currentText() == "Device 1: Bo"
    qtbot.waitUntil(lambda: shown_width(panel.devices)
                    >= panel.devices.fontMetrics().horizontalAdvance(panel.devices.currentText()))
    main_window.grab().save("/tmp/roomtrial-devices.png")
    # a very long name does not push the window wider than the screen
    long_name = ctx.store.add_participants(workshop.id, [Participant("Dương Minh Châu " * 12)])[0]
    join(panel.room, long_name.id)
    qtbot.waitUntil(lambda: panel.devices.count() == 2)
    assert main_window.minimumSizeHint().width() <= 1280


def test_reveal_all_by_its_key_wherever_the_focus_is_in_the_console(main_window, qtbot, ctx):
    """The facilitator ticked "Anonymous answers" (or moved on with Page Down), then pressed
    Ctrl+Shift+A: nothing happened until they clicked into the card list."""
    page, workshop = open_console(main_window, qtbot, ctx)
    panel = page.room
    press_open(qtbot, page)
    token = join(panel.room, workshop.people[0].id)
    assert call(panel.room.url, "POST", "/api/submit", {"kind": "card", "text": "From a phone"},
                token=token)[0] == 200
    item = workshop.items["cards"].id
    qtbot.waitUntil(lambda: "Reveal all (1)" in page.capture.main.reveal_all_button.text())
    page.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_PageDown)  # on the next item the card list is not shown:
    assert page.session.item.id != item
    qtbot.keyClick(page, Qt.Key.Key_A, ROOM)  # its key does nothing there
    assert [c.held for c in ctx.store.list_cards(workshop.id, item)] == [True]
    qtbot.keyClick(page, Qt.Key.Key_PageUp)
    assert page.session.item.id == item
    panel.anonymous.setFocus()
    qtbot.waitUntil(panel.anonymous.hasFocus)
    qtbot.keyClick(panel.anonymous, Qt.Key.Key_A, ROOM)
    assert [c.held for c in ctx.store.list_cards(workshop.id, item) if c.text == "From a phone"] == [False]


def test_phones_learn_the_workshop_has_ended_before_the_room_closes(main_window, qtbot, ctx):
    """Ending the workshop does not pull the room from under the phones: for a short while it
    tells them the workshop has ended (their page thanks them) and takes no answers and no new
    device, the console says it is closing; then it closes."""
    from test_room_console import join as join_console

    page, workshop = open_console(main_window, qtbot, ctx)
    press_open(qtbot, page)
    panel = page.room
    server = panel.room
    token = join_console(server, workshop.people[0].id)
    page._act(page.session.end_run)
    assert panel.is_open() and panel.closing.isActive()
    status, now = call(server.url, "GET", "/api/activity", token=token)
    assert status == 200 and now["ended"] is True and now["may_send"] == []
    status, _answer = call(server.url, "POST", "/api/submit", {"kind": "card", "text": "Late"}, token=token)
    assert status == 409 and "Late" not in [c.text for c in ctx.store.list_cards(workshop.id)]
    assert call(server.url, "POST", "/api/join", {"code": server.code, "participant": None})[0] == 423
    assert "closing" in panel.status.text()
    panel.closing.start(0)  # (the rest of the while)
    qtbot.waitUntil(lambda: not panel.is_open())
    assert "Room closed" in panel.status.text()
