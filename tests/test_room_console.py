"""The room in the run console: open it, phones join and send cards, the console shows them at
once, the projector only once revealed; anonymous cards have no author; closing the room (or the
window) closes the port. The phones are real HTTP requests on 127.0.0.1 from the test's thread."""

from __future__ import annotations

import socket

import pytest
from PySide6.QtCore import Qt
from test_run_helpers import FakeClock
from test_run_workshop import ROOM, projector_text

from room_fixtures import call, make_workshop

KEY = Qt.Key


def open_console(window, qtbot, ctx):
    """The Run page on a workshop whose first item takes cards, run started, room on 127.0.0.1."""
    workshop = make_workshop(ctx.store)
    page = window.pages["run"]
    page.set_clock(FakeClock())
    window.hub.workshopOpened.emit(workshop.id)
    window.show_page("run")
    page._act(page.session.start_run)
    page.room.host = "127.0.0.1"  # the test's phones are on this machine
    return page, workshop


def press_open(qtbot, page) -> None:
    """Open (or close) the room with the keyboard: focus its button and press Space."""
    page.room.open_button.setFocus()
    qtbot.waitUntil(page.room.open_button.hasFocus)
    qtbot.keyClick(page.room.open_button, KEY.Key_Space)


def console_cards(page) -> list[str]:
    """The cards' texts in the console's list (in their groups)."""
    model = page.capture.main.model
    groups = [model.index(r, 0) for r in range(model.rowCount())]
    return [model.index(r, 0, g).data() for g in groups for r in range(model.rowCount(g))]


def refused(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=5).close()
    except ConnectionRefusedError:
        return True
    return False


def join(room, participant) -> str:
    status, answer = call(room.url, "POST", "/api/join", {"code": room.code, "participant": participant})
    assert status == 200, answer
    return answer["token"]


def test_phone_cards_reach_the_console_at_once_and_the_projector_once_revealed(main_window, qtbot, ctx):
    page, workshop = open_console(main_window, qtbot, ctx)
    panel = page.room
    assert panel.status.text() == "Room closed" and not panel.is_open()
    press_open(qtbot, page)
    assert panel.is_open() and panel.open_button.text() == "Close the room"
    room = panel.room
    assert room.url.startswith("http://127.0.0.1:") and room.code in panel.status.text()
    assert room.url in panel.status.text()

    ana = workshop.people[0]
    token = join(room, ana.id)
    qtbot.waitUntil(lambda: "Ana" in panel.status.text() and "1 device" in panel.status.text())
    assert panel.devices.count() == 1 and "Ana" in panel.devices.currentText()

    page.toggle_projector()
    entry = page.capture.main.entry
    entry.setFocus()
    qtbot.keyClicks(entry, "half typed")  # the facilitator is typing a card meanwhile
    for text in ("More cross-training", "<b>Shared</b> dashboard"):
        status, answer = call(room.url, "POST", "/api/submit", {"kind": "card", "text": text}, token=token)
        assert status == 200, answer
    # the console shows them without anyone typing
    qtbot.waitUntil(lambda: {"More cross-training", "<b>Shared</b> dashboard"} <= set(console_cards(page)))
    assert entry.text() == "half typed"  # what the facilitator types is kept
    shown = projector_text(page)
    assert "More cross-training" not in shown and "Shared" not in shown  # not before the reveal
    page.setFocus()
    qtbot.keyClick(page, KEY.Key_V, ROOM)  # Reveal results: a phone's card waits to be revealed
    assert "More cross-training" not in projector_text(page)
    entry.setFocus()
    qtbot.keyClick(entry, KEY.Key_A, ROOM)  # Reveal all (the cards from phones)
    shown = projector_text(page)
    assert "More cross-training" in shown and "<b>Shared</b> dashboard" in shown
    cards = ctx.store.list_cards(workshop.id, workshop.items["cards"].id)
    assert {c.participant_id for c in cards if c.text == "More cross-training"} == {ana.id}

    # the facilitator removes the device: its token no longer works
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert panel.devices.count() == 0 and "0 devices" in panel.status.text()
    assert call(room.url, "GET", "/api/mine", token=token)[0] == 401
    # locked: no new device
    panel.lock.setChecked(True)
    assert call(room.url, "POST", "/api/join", {"code": room.code, "participant": None})[0] == 423
    assert "locked" in panel.status.text()

    port = room.port
    press_open(qtbot, page)
    assert not panel.is_open() and panel.status.text() == "Room closed" and refused(port)
    assert not panel.lock.isChecked()


def test_anonymous_cards_have_no_author_in_the_database(main_window, qtbot, ctx):
    page, workshop = open_console(main_window, qtbot, ctx)
    panel = page.room
    panel.anonymous.setChecked(True)  # every card without its author
    press_open(qtbot, page)
    room = panel.room
    named = join(room, workshop.people[1].id)  # Bo joins with a name ...
    nameless = join(room, None)  # ... someone without one
    qtbot.waitUntil(lambda: "1 anonymous" in panel.status.text() and "Bo" in panel.status.text())
    for token, text in ((named, "Bo's idea"), (nameless, "Nobody's idea")):
        assert call(room.url, "POST", "/api/submit", {"kind": "card", "text": text}, token=token)[0] == 200
    qtbot.waitUntil(lambda: {"Bo's idea", "Nobody's idea"} <= set(console_cards(page)))
    cards = {c.text: c for c in ctx.store.list_cards(workshop.id, workshop.items["cards"].id)}
    assert cards["Bo's idea"].participant_id is None and cards["Nobody's idea"].participant_id is None


def test_the_projector_shows_how_to_join(main_window, qtbot, ctx):
    page, _workshop = open_console(main_window, qtbot, ctx)
    panel = page.room
    assert not panel.show_join.isEnabled()  # nothing to show while the room is closed
    press_open(qtbot, page)
    panel.show_join.setChecked(True)
    projector = page.projector
    assert page.projector_shown()
    shown = projector.visible_text()
    assert panel.room.url in shown and panel.room.code in shown
    assert not projector.join_qr.pixmap().isNull()
    page.refresh_time()  # the tick does not take the join screen away
    assert panel.room.code in projector.visible_text()
    main_window.resize(1400, 800)
    main_window.grab().save("/tmp/room-console-console.png")
    projector.resize(1280, 720)
    qtbot.waitUntil(lambda: projector.join_qr.height() == round(720 * 0.45))
    # nothing overlaps: the QR code whole, the address and the code below it
    qtbot.waitUntil(lambda: projector.join_text.geometry().bottom() < projector.join_qr.geometry().top()
                    and projector.join_qr.geometry().bottom() < projector.join_address.geometry().top()
                    and projector.join_address.geometry().bottom() < projector.join_code.geometry().top())
    projector.grab().save("/tmp/room-console-projector.png")
    panel.show_join.setChecked(False)
    assert panel.room.code not in projector.visible_text()
    panel.show_join.setChecked(True)
    press_open(qtbot, page)  # closing the room takes the join screen down
    assert panel.room is None and "Room code" not in projector.visible_text()


@pytest.mark.parametrize("how", ["window", "workshop", "end"])
def test_the_room_closes_with_the_window_the_workshop_or_the_run(main_window, qtbot, ctx, how):
    page, _workshop = open_console(main_window, qtbot, ctx)
    press_open(qtbot, page)
    port = page.room.room.port
    assert not refused(port)
    if how == "window":
        main_window.close()
    elif how == "workshop":
        main_window.hub.workshopClosed.emit()
    else:
        page._act(page.session.end_run)
        assert page.room.closing.isActive()  # (the phones are told it has ended first)
        page.room.closing.start(0)
    qtbot.waitUntil(lambda: not page.room.is_open())
    assert refused(port)


def test_no_collection_runs_on_the_rooms_thread_while_the_room_is_open(main_window, qtbot, ctx):
    """The room's server runs Python on a thread of its own for as long as the room is open: as
    for a task, the collector is off (a cycle of Qt wrappers collected there would crash) and the
    GUI thread collects instead; closing the room switches it back on."""
    import gc

    page, _w = open_console(main_window, qtbot, ctx)
    qtbot.waitUntil(lambda: page.tasks.running == 0, timeout=30000)  # the backup taken at the start
    assert gc.isenabled()
    press_open(qtbot, page)
    assert page.room.is_open()
    assert not gc.isenabled(), "no automatic collection while the room's thread runs"
    collections: list[str] = []
    gc.callbacks.append(lambda phase, info: phase == "start" and collections.append(
        __import__("threading").current_thread().name))
    try:
        qtbot.waitUntil(lambda: bool(collections), timeout=30000)  # the GUI thread's own, while open
    finally:
        gc.callbacks.pop()
    assert set(collections) == {"MainThread"}
    press_open(qtbot, page)
    assert not page.room.is_open()
    assert gc.isenabled(), "collection is back on once the room is closed"
