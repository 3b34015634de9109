"""Anonymous or named, per activity: the pack's exercise sets the default (``capture:
anonymous: true``), the facilitator decides per agenda item in the run console (kept in the
database, in the workshop file), and the room reads the choice at each request. Anonymous means
no author is stored for a phone's card; dots, ratings and commitments keep their name."""

from __future__ import annotations

import json
import signal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from test_pack_editor_gui import (
    BUILTIN,
    CAPTURE,
    click_tab,
    copy_of_the_built_in_pack,
    open_library,
    validated,
)
from test_room_command import room_process
from test_room_console import console_cards
from test_run_helpers import FakeClock

from workshop_app.model import AgendaItem, Participant, RunState, Workshop
from workshop_app.packs import load_pack
from workshop_app.paths import DataDir
from workshop_app.resources import exercises_dir
from workshop_app.room.server import RoomServer
from workshop_app.services import capture
from workshop_app.services.context import AppContext
from workshop_app.services.workshop_files import export_workshop_file, import_workshop_file

from gui_helpers import when_modal
from room_fixtures import call

KEY = Qt.Key

PACK = """\
format: 1
id: frank-talk
title: Frank talk
version: 1.0.0
language: en
exercises:
  - id: what-blocks-us
    title: What blocks us
    minutes: 10
    themes: [gap]
    group: on your own
    steps:
      - title: Write
        minutes: 10
        prompt: One card for each thing that blocks you.
    capture:
      type: cards
      anonymous: true
  - id: named-ideas
    title: Named ideas
    minutes: 10
    themes: [gap]
    group: on your own
    steps:
      - title: Write
        minutes: 10
        prompt: One idea a card.
    capture:
      type: cards
  - id: rate-us
    title: Rate us
    minutes: 5
    themes: [gap]
    group: on your own
    steps:
      - title: Rate
        minutes: 5
        prompt: Rate the day.
    capture:
      type: rating
      criteria: [Useful]
"""


@pytest.fixture
def pack(tmp_path: Path):
    path = tmp_path / "frank-talk.yaml"
    path.write_text(PACK, encoding="utf-8")
    return load_pack(path)


def make_workshop(store, pack) -> tuple[int, list[Participant], list[AgendaItem]]:
    """A workshop of the pack's two exercises, the run on the first (the anonymous one)."""
    w = store.create_workshop(Workshop(title="Frank day", language="en"))
    people = store.add_participants(w.id, [Participant("Ana"), Participant("Bo")])
    items = [store.add_agenda_item(AgendaItem(title=e.title, minutes=e.minutes, workshop_id=w.id,
                                              pack_id=pack.id, exercise_id=e.id, exercise=e.to_dict()))
             for e in pack.exercises]
    store.save_run_state(RunState(workshop_id=w.id, agenda_item_id=items[0].id,
                                  started_at="2026-11-30T09:00:00"))
    return w.id, people, items


def join(url: str, code: str, participant: int | None) -> str:
    status, answer = call(url, "POST", "/api/join", {"code": code, "participant": participant})
    assert status == 200, answer
    return answer["token"]


def send_card(url: str, token: str, text: str) -> None:
    status, answer = call(url, "POST", "/api/submit", {"kind": "card", "text": text}, token=token)
    assert status == 200, answer


def authors(store, wid: int, item_id: int) -> dict[str, int | None]:
    return {c.text: c.participant_id for c in store.list_cards(wid, item_id)}


# -- the pack's default --------------------------------------------------------------------------
def test_a_pack_default_makes_the_room_store_a_phone_card_without_author(ctx, pack):
    assert [e.capture.anonymous for e in pack.exercises] == [True, False, False]
    wid, people, items = make_workshop(ctx.store, pack)
    room = RoomServer(ctx, wid)
    room.start("127.0.0.1", 0)
    try:
        ana = join(room.url, room.code, people[0].id)  # Ana joined with her name
        now = call(room.url, "GET", "/api/activity", token=ana)[1]
        assert now["anonymous"] is True and now["may_send"] == ["card"]
        send_card(room.url, ana, "Approvals take weeks")
        assert authors(ctx.store, wid, items[0].id) == {"Approvals take weeks": None}
        assert call(room.url, "GET", "/api/mine", token=ana)[1]["cards"] == []  # linked to no one
        # the next exercise says nothing: named
        ctx.store.save_run_state(RunState(workshop_id=wid, agenda_item_id=items[1].id,
                                          started_at="2026-11-30T09:00:00"))
        assert call(room.url, "GET", "/api/activity", token=ana)[1]["anonymous"] is False
        send_card(room.url, ana, "A shared board")
        assert authors(ctx.store, wid, items[1].id) == {"A shared board": people[0].id}
    finally:
        room.stop()


def test_the_item_choice_wins_over_the_exercise_and_is_read_at_each_request(ctx, pack):
    wid, people, items = make_workshop(ctx.store, pack)
    store = ctx.store
    room = RoomServer(ctx, wid)
    room.start("127.0.0.1", 0)
    try:
        bo = join(room.url, room.code, people[1].id)
        store.set_item_anonymous(items[0].id, False)  # the facilitator decides: named here
        assert store.get_agenda_item(items[0].id).anonymous is False
        assert call(room.url, "GET", "/api/activity", token=bo)[1]["anonymous"] is False
        send_card(room.url, bo, "Signed")
        store.set_item_anonymous(items[0].id, None)  # back to what the exercise says
        assert store.get_agenda_item(items[0].id).anonymous is None
        send_card(room.url, bo, "Unsigned")
        assert authors(store, wid, items[0].id) == {"Signed": people[1].id, "Unsigned": None}
    finally:
        room.stop()


def test_anonymity_is_about_cards_the_phone_says_dots_ratings_commitments_keep_the_name(ctx):
    from room_fixtures import make_workshop as make_room_workshop
    from room_fixtures import move_to

    w = make_room_workshop(ctx.store)
    move_to(ctx.store, w, "rating")
    ctx.store.set_item_anonymous(w.items["rating"].id, True)
    room = RoomServer(ctx, w.id)
    room.start("127.0.0.1", 0)
    try:
        ana = join(room.url, room.code, w.people[0].id)
        now = call(room.url, "GET", "/api/activity", token=ana)[1]
        assert now["anonymous"] is True and now["may_send"] == ["rating"]
        assert call(room.url, "POST", "/api/submit", {"kind": "rating", "criterion": "Speed", "value": 4},
                    token=ana)[0] == 200
        assert [r.participant_id for r in ctx.store.list_ratings(w.id)] == [w.people[0].id]
        texts = call(room.url, "GET", "/api/texts")[1]["texts"]
        assert "name" in texts["named_here"] and "anonymous" in texts["anonymous"]
    finally:
        room.stop()


def test_one_place_decides(pack):
    anonymous, named, _rating = (e.to_dict() for e in pack.exercises)
    assert capture.answered_anonymously(AgendaItem("a", 5, exercise=anonymous))
    assert not capture.answered_anonymously(AgendaItem("a", 5, exercise=anonymous, anonymous=False))
    assert capture.answered_anonymously(AgendaItem("b", 5, exercise=named, anonymous=True))
    assert not capture.answered_anonymously(AgendaItem("b", 5, exercise=named))
    assert not capture.answered_anonymously(AgendaItem("Break", 5, kind="break"))
    assert not capture.answered_anonymously(None)


# -- packs ---------------------------------------------------------------------------------------
def test_a_pack_without_the_key_loads_and_the_key_is_written_back_only_where_set(tmp_path, pack):
    from workshop_app.packs import dump_pack_yaml

    assert pack.exercises[1].capture.anonymous is False
    written = dump_pack_yaml(pack)
    assert written.count("anonymous: true") == 1 and "anonymous: false" not in written
    again = tmp_path / "again.yaml"
    again.write_text(written, encoding="utf-8")
    assert load_pack(again).exercises == pack.exercises


def test_the_built_in_pack_keeps_the_disconnect_cards_anonymous_in_every_language():
    for name in ("", "-de", "-fr"):
        built_in = load_pack(exercises_dir() / f"bridging-leadership-operations{name}.yaml", builtin=True)
        anonymous = [e.id for e in built_in.exercises if e.capture.anonymous]
        assert anonymous == ["disconnect-map"], name


def test_the_pack_editor_shows_the_default_and_saves_a_change(main_window, qtbot, ctx):
    page = open_library(main_window, qtbot)
    editor = copy_of_the_built_in_pack(page, qtbot)
    ex = editor.exercise_editor
    original = ctx.library.get(BUILTIN)
    at = [e.id for e in original.exercises].index("disconnect-map")
    editor.exercises.view.setFocus()
    for _ in range(at):
        qtbot.keyClick(editor.exercises.view, KEY.Key_Down)
    assert editor.exercises.current() == at
    click_tab(qtbot, ex.tabs, CAPTURE)
    box = ex.capture.anonymous
    assert box.isVisible() and box.isChecked()
    box.setFocus()
    qtbot.keyClick(box, KEY.Key_Space)
    assert not box.isChecked()
    assert validated(qtbot, editor) == []
    editor.grab().save("/tmp/anonymity-pack-editor.png")
    when_modal(lambda dialog: dialog.accept())  # the version number it offers
    editor.save_action.trigger()
    saved = ctx.library.get(editor.session.pack.id)
    assert not saved.exercises[at].capture.anonymous
    assert [e for n, e in enumerate(saved.exercises) if n != at] == [
        e for n, e in enumerate(original.exercises) if n != at]


# -- the console ---------------------------------------------------------------------------------
def open_console(window, qtbot, ctx, pack):
    wid, people, items = make_workshop(ctx.store, pack)
    page = window.pages["run"]
    page.set_clock(FakeClock())
    window.hub.workshopOpened.emit(wid)
    window.show_page("run")
    page.room.host = "127.0.0.1"
    return page, wid, people, items


def test_the_console_turns_anonymity_off_for_the_item_by_keyboard(main_window, qtbot, ctx, pack):
    page, wid, people, items = open_console(main_window, qtbot, ctx, pack)
    panel = page.room
    box = panel.anonymous
    assert box.text() == "Anonymous answers"
    assert box.isEnabled() and box.isChecked()  # the exercise's default, before the room opens
    assert "author" in box.toolTip()
    main_window.resize(1300, 700)
    main_window.grab().save("/tmp/anonymity-console.png")
    panel.open_button.setFocus()
    qtbot.keyClick(panel.open_button, KEY.Key_Space)  # open the room
    assert panel.is_open()
    room = panel.room
    bo = join(room.url, room.code, people[1].id)
    send_card(room.url, bo, "Nobody decides")
    qtbot.keyClick(panel.open_button, KEY.Key_Tab)  # the next control: this item's choice
    assert box.hasFocus()
    qtbot.keyClick(box, KEY.Key_Space)
    assert not box.isChecked()
    assert ctx.store.get_agenda_item(items[0].id).anonymous is False  # saved at once
    send_card(room.url, bo, "Too many meetings")
    assert authors(ctx.store, wid, items[0].id) == {"Nobody decides": None,
                                                   "Too many meetings": people[1].id}
    qtbot.waitUntil(lambda: {"Nobody decides", "Too many meetings"} <= set(console_cards(page)))
    panel.grab().save("/tmp/anonymity-console-row.png")

    # the box follows the run: the next item says nothing, so it is named
    page._act(page.session.next_item)
    assert not box.isChecked()
    box.setFocus()
    qtbot.keyClick(box, KEY.Key_Space)
    assert ctx.store.get_agenda_item(items[1].id).anonymous is True
    page._act(page.session.previous_item)
    assert not box.isChecked()  # the facilitator's choice for the first item stays

    # a rating cannot be anonymous (ratings keep the name): the box says so and takes no choice
    page._act(lambda: page.session.go_to(2))
    assert not box.isEnabled() and not box.isChecked() and "Only cards" in box.toolTip()

    # closing and reopening the workshop: the choices are read back from the database
    page._act(lambda: page.session.go_to(0))
    page.close_workshop()
    assert not panel.is_open() and not box.isEnabled()
    main_window.hub.workshopOpened.emit(wid)
    assert page.session.item.id == items[0].id
    assert box.isEnabled() and not box.isChecked()  # named, as the facilitator chose; room closed


def test_the_choice_survives_export_and_import(ctx, pack, tmp_path):
    wid, _people, items = make_workshop(ctx.store, pack)
    ctx.store.set_item_anonymous(items[0].id, False)
    ctx.store.set_item_anonymous(items[1].id, True)
    path = export_workshop_file(ctx, wid, tmp_path / "frank.json")
    entries = json.loads(path.read_text(encoding="utf-8"))["agenda"]
    assert [e["anonymous"] for e in entries] == [False, True, None]
    copy = import_workshop_file(ctx, path)
    assert [i.anonymous for i in ctx.store.list_agenda(copy)] == [False, True, None]
    assert [capture.answered_anonymously(i) for i in ctx.store.list_agenda(copy)] == [False, True, False]
    # a file written before the choice existed imports: as the exercise says
    data = json.loads(path.read_text(encoding="utf-8"))
    for entry in data["agenda"]:
        entry.pop("anonymous")
        del entry["exercise"]["capture"]["anonymous"]
    old = tmp_path / "old.json"
    old.write_text(json.dumps(data), encoding="utf-8")
    older = import_workshop_file(ctx, old)
    assert [i.anonymous for i in ctx.store.list_agenda(older)] == [None, None, None]
    bad = tmp_path / "bad.json"
    data["agenda"][0]["anonymous"] = "yes"
    bad.write_text(json.dumps(data), encoding="utf-8")
    from workshop_app.storage.errors import WorkshopFileError

    with pytest.raises(WorkshopFileError, match=r"agenda\[0\]\.anonymous"):
        import_workshop_file(ctx, bad)


# -- the command ---------------------------------------------------------------------------------
def test_the_room_command_with_anonymous_keeps_every_card_without_author(tmp_path, pack):
    data = tmp_path / "data"
    ctx = AppContext(DataDir(data).ensure())
    wid, people, items = make_workshop(ctx.store, pack)
    ctx.store.set_item_anonymous(items[0].id, False)  # named by the facilitator, but --anonymous
    ctx.close()
    process = room_process(data, str(wid), "--host", "127.0.0.1", "--anonymous")
    try:
        opened = json.loads(process.stdout.readline())
        ana = join(opened["url"], opened["code"], people[0].id)
        assert call(opened["url"], "GET", "/api/activity", token=ana)[1]["anonymous"] is True
        send_card(opened["url"], ana, "Said freely")
        process.send_signal(signal.SIGTERM)
        _out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, err
    ctx = AppContext(DataDir(data))
    try:
        assert authors(ctx.store, wid, items[0].id) == {"Said freely": None}
    finally:
        ctx.close()
