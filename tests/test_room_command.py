"""``workshop-app room ID`` in a real process: one JSON line once listening, a phone can join
and send a card, and SIGTERM or Ctrl+C (SIGINT) stops it cleanly."""

from __future__ import annotations

import ipaddress
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from workshop_app.paths import DataDir
from workshop_app.room.access import lan_address
from workshop_app.services.context import AppContext

from room_fixtures import call, make_workshop, move_to

ROOT = Path(__file__).resolve().parents[1]


def room_process(data: Path, *args: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "workshop_app", "--data-dir", str(data), "room", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


@pytest.fixture
def workshop_data(tmp_path: Path):
    ctx = AppContext(DataDir(tmp_path / "data").ensure())
    workshop = make_workshop(ctx.store)
    move_to(ctx.store, workshop, "cards")
    yield tmp_path / "data", workshop
    ctx.close()


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT])
def test_the_room_command_prints_its_address_serves_and_stops(workshop_data, stop):
    data, workshop = workshop_data
    process = room_process(data, str(workshop.id), "--host", "127.0.0.1", "--port", "0")
    try:
        line = process.stdout.readline()
        opened = json.loads(line)
        assert sorted(opened) == ["code", "port", "url"]
        assert opened["url"] == f"http://127.0.0.1:{opened['port']}/" and opened["port"] > 0
        status, answer = call(opened["url"], "POST", "/api/join",
                              {"code": opened["code"], "participant": workshop.people[0].id})
        assert status == 200
        assert call(opened["url"], "POST", "/api/submit", {"kind": "card", "text": "From the phone"},
                    token=answer["token"])[0] == 200
        process.send_signal(stop)
        out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, err
    assert out == "" and "Traceback" not in err
    ctx = AppContext(DataDir(data))
    try:
        [card] = ctx.store.list_cards(workshop.id, workshop.items["cards"].id)
        assert (card.text, card.participant_id) == ("From the phone", workshop.people[0].id)
    finally:
        ctx.close()


def test_an_unknown_workshop_opens_no_room(workshop_data):
    data, _workshop = workshop_data
    process = room_process(data, "999", "--host", "127.0.0.1")
    out, err = process.communicate(timeout=60)
    assert process.returncode != 0 and out == "" and "999" in err and "Traceback" not in err


def test_the_default_host_is_an_address_of_this_machine():
    address = ipaddress.ip_address(lan_address())
    assert address.version == 4 and not address.is_unspecified and not address.is_multicast


def test_a_port_in_use_is_said_plainly(workshop_data):
    import socket

    data, workshop = workshop_data
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        process = room_process(data, str(workshop.id), "--host", "127.0.0.1", "--port", str(port))
        out, err = process.communicate(timeout=60)
    assert process.returncode != 0 and out == ""
    assert f"Cannot open the room on 127.0.0.1:{port}" in err and "Traceback" not in err
