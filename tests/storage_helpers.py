"""Helpers for the storage tests, and the child processes the crash tests kill.

Run as a script it is one of those children:

- ``python storage_helpers.py write DATA_DIR WORKSHOP_ID``: writes notes and
  actions for ever (a backup every 40 writes), printing ``note ID N`` or
  ``action ID N`` to stdout after each commit;
- ``python storage_helpers.py import DATA_DIR FILE``: imports a workshop file,
  printing ``midway`` and then sleeping when half the notes are inserted
  (the test kills it there), or ``done ID`` if it is let through.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from workshop_app.model.pack import Capture, Exercise, Step  # noqa: E402
from workshop_app.model.workshop import (  # noqa: E402
    ActionItem,
    AgendaItem,
    Card,
    Cluster,
    Note,
    Participant,
    RunState,
    Workshop,
)

DATA = Path(__file__).resolve().parent / "data" / "workshops"
ID_FIELDS = {
    "agenda_item_id": "agenda", "participant_id": "participants", "cluster_id": "clusters",
    "card_id": "cards", "action_id": "actions", "checkin_id": "checkins",
    "commitment_id": "checkin_commitments",
}


def fill_workshop(store, title: str = "Bridging leadership and operations") -> int:
    """A workshop with something in every table; returns its id."""
    w = store.create_workshop(Workshop(title=title, date="2026-03-12", location="Lyon",
                                       organisation="Acme", facilitator="Sam"))
    ann, bo, chen = store.add_participants(w.id, [
        Participant(name="Ann", role="COO", side="operations"),
        Participant(name="Bo", role="CEO", side="leadership"),
        Participant(name="陈静", role="Team lead", side="management"),
    ])
    snapshot = Exercise(id="gap-map", title="Map the gap", minutes=25, capture=Capture(type="cards"),
                        themes=["gap"], summary="Where plans and the floor part ways.",
                        steps=[Step("Silent writing", 25, "Write **one** gap.")]).to_dict()
    ex = store.add_agenda_item(AgendaItem(title="Map the gap", minutes=25, workshop_id=w.id,
                                          pack_id="core", exercise_id="gap-map", exercise=snapshot))
    store.add_agenda_item(AgendaItem(title="Break", minutes=10, kind="break", workshop_id=w.id))
    store.save_note(Note(text="Hand-offs are late on Mondays", workshop_id=w.id, agenda_item_id=ex.id))
    store.save_note(Note(text="需要加强沟通", workshop_id=w.id, private=True))
    cluster = store.add_cluster(Cluster(name="Meetings", workshop_id=w.id, agenda_item_id=ex.id))
    card = store.add_card(Card(text="Weekly stand-up", workshop_id=w.id, agenda_item_id=ex.id,
                               participant_id=ann.id, cluster_id=cluster.id))
    store.add_card(Card(text="Shared dashboard", workshop_id=w.id, agenda_item_id=ex.id))
    store.set_votes(ex.id, card.id, bo.id, 2)
    store.set_votes(ex.id, card.id, None, 5)
    store.set_rating(ex.id, chen.id, "clarity", 4)
    action = store.add_action(ActionItem(text="Run a weekly stand-up", workshop_id=w.id,
                                         owners=[ann.id, chen.id], due="2026-04-01",
                                         measure="Held 4 weeks in a row", strategy="open-communication"))
    store.set_placement(ex.id, 0.25, 0.75, card_id=card.id)
    store.set_placement(ex.id, 0.5, 0.5, action_id=action.id)
    store.save_run_state(RunState(workshop_id=w.id, agenda_item_id=ex.id, step_index=1,
                                  timer_elapsed=123.5, timer_running=True, timer_started_at=1.7e9))
    return w.id


def normalise_ids(data: dict[str, Any]) -> dict[str, Any]:
    """A copy of workshop file content with the ids of each kind renumbered 1, 2, 3... in file order.

    Two exports of the same workshop with different database ids become equal,
    provided every reference was rewritten consistently.
    """
    data = json.loads(json.dumps(data))
    maps: dict[str, dict[int, int]] = {}
    data["workshop"].pop("id", None)
    for section in ("participants", "agenda", "clusters", "cards", "actions", "notes", "votes",
                    "ratings", "placements", "checkins", "reviews", "checkin_commitments"):
        maps[section] = {e["id"]: i for i, e in enumerate(data.get(section, []), 1)}
    for section, mapping in maps.items():
        for entry in data.get(section, []):
            entry["id"] = mapping[entry["id"]]
    for entry in [*(e for s in maps for e in data.get(s, [])), data.get("run_state") or {}]:
        for field, section in ID_FIELDS.items():
            if entry.get(field) is not None:
                entry[field] = maps[section][entry[field]]
        for people in ("owners", "attendees"):
            if people in entry:
                entry[people] = [maps["participants"][p] for p in entry[people]]
    return data


def _write_forever(data_dir: str, workshop_id: int) -> None:
    from workshop_app.paths import DataDir
    from workshop_app.storage import backup_now, open_store

    dd = DataDir(Path(data_dir)).ensure()
    store, _ = open_store(dd)
    owners = [p.id for p in store.list_participants(workshop_id)]
    n = 0
    while True:
        n += 1
        if n % 3:
            note = store.save_note(Note(text=f"note {n} 加强沟通", workshop_id=workshop_id))
            print(f"note {note.id} {n}", flush=True)
        else:
            action = store.add_action(ActionItem(text=f"action {n}", workshop_id=workshop_id, owners=owners))
            print(f"action {action.id} {n}", flush=True)
        if n % 40 == 0:
            backup_now(store, dd.backups, "crash-test")


def _import_and_stall(data_dir: str, file: str) -> None:
    from workshop_app.paths import DataDir
    from workshop_app.storage import open_store, read_workshop_file

    store, _ = open_store(DataDir(Path(data_dir)).ensure())
    data = read_workshop_file(file)
    half = len(data["notes"]) // 2
    inserted = {"notes": 0}
    original = store._insert

    def slow_insert(table, row):
        if table == "notes":
            inserted["notes"] += 1
            if inserted["notes"] == half:
                print("midway", flush=True)
                time.sleep(60)
        return original(table, row)

    store._insert = slow_insert
    print(f"done {store.import_workshop(data)}", flush=True)


if __name__ == "__main__":
    if sys.argv[1] == "write":
        _write_forever(sys.argv[2], int(sys.argv[3]))
    elif sys.argv[1] == "import":
        _import_and_stall(sys.argv[2], sys.argv[3])


def titles(data_dir) -> list[str]:
    """The workshop titles in the data folder's database, opened as the app opens it."""
    from workshop_app.storage import open_store

    store, _ = open_store(data_dir)
    try:
        return [s.title for s in store.list_workshops()]
    finally:
        store.close()
