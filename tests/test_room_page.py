"""The phone page's script (room/static/room.js) run by Node.js with a small stand-in DOM against a
real room server: it asks for the code (from the URL's #CODE), offers the names, joins, shows the
current item and sends a card, which is stored with its author and shown back as text.
(Skipped where Node.js is not installed; a real browser is the browser tests' job.)"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from workshop_app.room.server import RoomServer

from room_fixtures import make_workshop, move_to

HERE = Path(__file__).resolve().parent
ROOM_JS = HERE.parent / "workshop_app" / "room" / "static" / "room.js"
NODE = shutil.which("node")


@pytest.mark.skipif(NODE is None, reason="Node.js is not installed")
def test_the_page_joins_and_sends_a_card(ctx):
    workshop = make_workshop(ctx.store)
    move_to(ctx.store, workshop, "cards")
    server = RoomServer(ctx, workshop.id)
    server.start("127.0.0.1", 0)
    try:
        run = subprocess.run([NODE, str(HERE / "data" / "room_page_drive.js"), str(ROOM_JS), server.url,
                              server.code, "<b>not bold</b>"], capture_output=True, text=True, timeout=60)
    finally:
        server.stop()
    assert run.returncode == 0, run.stderr
    screens = [json.loads(line) for line in run.stdout.splitlines()]
    assert screens == [
        {"code": server.code, "label": "Room code", "asks_code": True},
        {"people": ["Ana", "Bo"], "title": "Bridging day"},
        {"item": "Item cards", "step": "Think", "prompt": "Prompt for cards", "takes_cards": True},
        {"status": "Sent", "mine": ["<b>not bold</b>"]},
    ]
    [card] = ctx.store.list_cards(workshop.id, workshop.items["cards"].id)
    assert (card.text, card.participant_id) == ("<b>not bold</b>", workshop.people[0].id)
