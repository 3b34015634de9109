"""A burst of phone cards (issue 18's load: 60 phones sending at once): the console reads the cards
again once for the burst, not once per card, and still shows every card, as does the projector.

The phones are real HTTP requests on 127.0.0.1 sent from the test's thread, which is the window's:
while they are sent the window handles nothing, so every "stored" reaches it at once afterwards,
a burst. Counted, never timed: how many times the cards were read again (the window told that
the workshop changed) and the card list built again (its model reset)."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from test_room_console import console_cards, join, open_console, press_open
from test_run_workshop import ROOM

from room_fixtures import call

BURST = 40


def projector_cards(page) -> list[str]:
    """The cards the projector shows (in their groups; the board may fit some as "+N more")."""
    return [line for group in page.projector.groups.groups for line in group.lines]


def send_burst(room, tokens: list[str], texts: list[str]) -> None:
    for n, text in enumerate(texts):
        status, answer = call(room.url, "POST", "/api/submit", {"kind": "card", "text": text},
                              token=tokens[n % len(tokens)])
        assert status == 200, answer


def test_a_burst_of_phone_cards_is_read_again_once_and_every_card_shows(main_window, qtbot, ctx):
    page, workshop = open_console(main_window, qtbot, ctx)
    press_open(qtbot, page)
    room = page.room.room
    page.toggle_projector()
    page.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_V, ROOM)  # Reveal results: the projector shows the cards revealed
    tokens = [join(room, person.id) for person in workshop.people[:2]]
    qtbot.waitUntil(lambda: "2 devices" in page.room.status.text())
    reloads: list[int] = []
    page.capture.main.model.modelReset.connect(lambda: reloads.append(1))
    changes: list[int] = []
    main_window.hub.workshopChanged.connect(changes.append)

    texts = [f"Idea {n} from a phone" for n in range(BURST)]
    send_burst(room, tokens, texts)
    qtbot.waitUntil(lambda: set(texts) <= set(console_cards(page)))
    assert Counter(console_cards(page)) == Counter(texts)  # each card once
    # read again a few times for the burst (each time the rest of the window is told), never per card
    assert 1 <= len(changes) < BURST and len(reloads) < BURST
    page.refresh_time()  # (the projector's tick)
    assert projector_cards(page) == []  # the cards wait in the console until revealed
    tree = page.capture.main.tree
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_A, ROOM)  # Reveal all
    qtbot.waitUntil(lambda: set(texts) <= set(projector_cards(page)))
    assert Counter(projector_cards(page)) == Counter(texts)
    main_window.resize(1400, 800)
    main_window.grab().save("/tmp/room-burst-console.png")
    page.projector.resize(1280, 720)
    page.projector.grab().save("/tmp/room-burst-projector.png")
    stored = [c.text for c in ctx.store.list_cards(workshop.id, workshop.items["cards"].id)]
    assert Counter(stored) == Counter(texts)

    # the next card, after the burst, shows as well
    send_burst(room, tokens, ["One more"])
    qtbot.waitUntil(lambda: "One more" in console_cards(page))
    assert len(console_cards(page)) == BURST + 1


def test_phones_joining_at_once_are_shown_together(main_window, qtbot, ctx):
    """60 phones join within a second: the room's line is written again a few times, not once a
    phone, and then names every device."""
    page, workshop = open_console(main_window, qtbot, ctx)
    press_open(qtbot, page)
    panel = page.room
    shown: list[int] = []
    panel.changed.connect(lambda: shown.append(1))
    joins = 3 * BURST // 4
    for n in range(joins):
        join(panel.room, workshop.people[n % 2].id)
    qtbot.waitUntil(lambda: f"{joins} devices" in panel.status.text())
    assert 1 <= len(shown) < joins
    assert panel.devices.count() == joins and "Ana" in panel.status.text() and "Bo" in panel.status.text()


def test_the_facilitator_keeps_the_card_selected_while_phones_send(main_window, qtbot, ctx, qtlog):
    """New cards are rows added to the list: the card the facilitator selected stays selected,
    and the groups stay open (Qt's model tester watches every row added)."""
    page, workshop = open_console(main_window, qtbot, ctx)
    press_open(qtbot, page)
    room = page.room.room
    token = join(room, workshop.people[0].id)
    send_burst(room, [token], ["First from a phone", "Second from a phone"])
    qtbot.waitUntil(lambda: len(console_cards(page)) == 2)
    cards = page.capture.main
    tree = cards.tree
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Home)  # the group
    qtbot.keyClick(tree, Qt.Key.Key_Down)  # its first card
    qtbot.keyClick(tree, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)  # and the second
    assert sorted(ix.data() for ix in tree.selectionModel().selectedRows()) == [
        "First from a phone", "Second from a phone"]
    reloads: list[int] = []
    cards.model.modelReset.connect(lambda: reloads.append(1))
    tester = QAbstractItemModelTester(cards.model, QAbstractItemModelTester.FailureReportingMode.Warning)
    texts = [f"Idea {n}" for n in range(BURST)]
    send_burst(room, [token], texts)
    qtbot.waitUntil(lambda: len(console_cards(page)) == BURST + 2)
    assert not reloads  # rows added, never the whole list again
    assert sorted(ix.data() for ix in tree.selectionModel().selectedRows()) == [
        "First from a phone", "Second from a phone"]
    assert tree.isExpanded(cards.model.index(0, 0))
    qtbot.keyClick(tree, Qt.Key.Key_End)  # every new card is there to reach by keyboard
    assert tree.currentIndex().data() == texts[-1]
    assert [r.message for r in qtlog.records if "FAIL!" in r.message] == [] and tester is not None


def test_cards_stored_as_the_workshop_closes_are_kept_and_nothing_breaks(main_window, qtbot, ctx):
    page, workshop = open_console(main_window, qtbot, ctx)
    press_open(qtbot, page)
    room = page.room.room
    token = join(room, workshop.people[0].id)
    texts = [f"Late idea {n}" for n in range(5)]
    send_burst(room, [token], texts)
    main_window.hub.workshopClosed.emit()  # before the window read the burst
    qtbot.waitUntil(lambda: not page.room.is_open())
    qtbot.wait(300)  # whatever was pending for the closed workshop runs now (and must not fail)
    stored = [c.text for c in ctx.store.list_cards(workshop.id, workshop.items["cards"].id)]
    assert Counter(stored) == Counter(texts)
    main_window.hub.workshopOpened.emit(workshop.id)  # opened again: the console shows them
    qtbot.waitUntil(lambda: set(texts) <= set(console_cards(page)))
