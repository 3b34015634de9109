"""A workshop with one agenda item per capture type, and a real room server on 127.0.0.1."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from dataclasses import dataclass

from workshop_app.model import AgendaItem, Card, Note, Participant, RunState, Workshop
from workshop_app.model.pack import Axis, Capture, Exercise, Step

SECRET = "FACILITATOR-ONLY hint"
PRIVATE = "private note: Bo is leaving"
CAPTURES = {
    "cards": Capture(type="cards"),
    "dot_vote": Capture(type="dot_vote", votes_per_participant=3),
    "rating": Capture(type="rating", criteria=["Clarity", "Speed"], scale_min=1, scale_max=5),
    "matrix": Capture(type="matrix", x_axis=Axis("Effort", "low", "high"), y_axis=Axis("Impact")),
    "actions": Capture(type="actions"),
}


@dataclass
class RoomWorkshop:
    id: int
    people: list[Participant]
    items: dict[str, AgendaItem]  # by capture type
    options: dict[str, list[Card]]  # cards offered on the dot vote and the matrix


def make_workshop(store) -> RoomWorkshop:
    w = store.create_workshop(Workshop(title="Bridging day", language="en"))
    people = store.add_participants(w.id, [Participant("Ana"), Participant("Bo"),
                                           Participant("Cy", absent=True)])
    items = {}
    for kind, capture in CAPTURES.items():
        exercise = Exercise(id=kind, title=f"Ex {kind}", minutes=10, facilitator_notes=SECRET,
                            capture=capture,
                            steps=[Step("Think", 5, f"Prompt for {kind}"), Step("Share", 5, "Second step")])
        items[kind] = store.add_agenda_item(AgendaItem(title=f"Item {kind}", minutes=10, workshop_id=w.id,
                                                       exercise=exercise.to_dict()))
    options = {kind: [store.add_card(Card(text=t, workshop_id=w.id, agenda_item_id=items[kind].id))
                      for t in ("Option A", "Option B")] for kind in ("dot_vote", "matrix")}
    store.save_note(Note(text=PRIVATE, workshop_id=w.id, agenda_item_id=items["cards"].id, private=True))
    return RoomWorkshop(w.id, people, items, options)


def move_to(store, workshop: RoomWorkshop, kind: str, step: int = 0, ended: bool = False) -> None:
    """What the console does when the facilitator moves on: the run state in the database."""
    store.save_run_state(RunState(workshop_id=workshop.id, agenda_item_id=workshop.items[kind].id,
                                  step_index=step, started_at="2026-11-30T09:00:00",
                                  ended_at="2026-11-30T12:00:00" if ended else ""))


def call(url: str, method: str, path: str, body=None, token: str | None = None,
         raw: bytes | None = None, headers: dict | None = None) -> tuple[int, dict]:
    """One real HTTP request; returns (status, the JSON answer)."""
    data = raw if raw is not None else (None if body is None else json.dumps(body).encode())
    request = urllib.request.Request(url.rstrip("/") + path, data=data, method=method,
                                     headers={"Content-Type": "application/json", **(headers or {})})
    if token is not None:
        request.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        with exc:
            return exc.code, json.loads(exc.read())
