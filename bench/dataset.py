"""The data the bench measures with, built from the sample workshop that ships with the app.

- :func:`build_big_data_folder`: a data folder holding 500 workshops of 30 participants,
  written through the Store API (``import_workshop`` of the sample, then ``add_participants``
  in bulk), built once per bench run.
- :func:`kept_data_folder`: the same with another number of workshops (40, 5,000), built once
  into bench/out and reused by later runs while the app's schema version is unchanged.
- :func:`plans_data`: a WorkshopData with N participants for the PDF scenarios, cloned from
  the sample's participants and their commitments (no database).
"""

from __future__ import annotations

import copy
import shutil
import time
from dataclasses import replace
from pathlib import Path

WORKSHOPS = 500
PARTICIPANTS = 30
#: A word found in exactly one workshop, and Chinese text found in all of them.
RARE_WORD = "quokka0250"
CJK_TEXT = "需要加强沟通"


def sample_dict() -> dict:
    from workshop_app.resources import sample_workshop_path
    from workshop_app.storage import read_workshop_file

    return read_workshop_file(sample_workshop_path())


def build_big_data_folder(root: Path, workshops: int = WORKSHOPS, participants: int = PARTICIPANTS) -> dict:
    """(Re)create ``root`` as a data folder with ``workshops`` workshops; what was built, and how long."""
    from workshop_app.model.workshop import Participant
    from workshop_app.paths import DataDir
    from workshop_app.storage import open_store

    shutil.rmtree(root, ignore_errors=True)
    data_dir = DataDir(root).ensure()
    sample = sample_dict()
    extra = participants - len(sample["participants"])
    started = time.perf_counter()
    store, _ = open_store(data_dir)
    try:
        for n in range(workshops):
            data = copy.deepcopy(sample)
            ws = data["workshop"]
            ws["title"] = f"{ws['title']} #{n + 1}"
            ws["date"] = f"20{20 + n % 7}-{n % 12 + 1:02d}-{n % 28 + 1:02d}"
            data["notes"].append({"text": f"Follow-up ref {n:04d}: {CJK_TEXT} between shifts "
                                          f"{'and ' + RARE_WORD if n == 250 else ''}".strip(),
                                  "private": n % 2 == 0})
            wid = store.import_workshop(data)
            if extra > 0:
                store.add_participants(wid, [
                    Participant(name=f"Participant {n + 1}.{k + 1}", role="Team member",
                                side=("leadership", "management", "operations", "other")[k % 4])
                    for k in range(extra)])
        seconds = time.perf_counter() - started
        counts = {t: store.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("workshops", "participants", "notes", "cards", "actions")}
    finally:
        store.close()
    return {"seconds": seconds, "counts": counts,
            "megabytes": round(data_dir.database.stat().st_size / 2**20, 1)}


def kept_data_folder(root: Path, workshops: int) -> Path:
    """``root`` holding ``workshops`` workshops, built by :func:`build_big_data_folder` unless an
    earlier run left it there (``built.json`` says what it holds; the 5,000 take a minute)."""
    import json

    from workshop_app.storage.schema import SCHEMA_VERSION

    marker = root / "built.json"
    wanted = {"workshops": workshops, "participants": PARTICIPANTS, "schema": SCHEMA_VERSION}
    try:
        if {k: v for k, v in json.loads(marker.read_text()).items() if k in wanted} == wanted:
            return root
    except (OSError, ValueError):
        pass
    built = build_big_data_folder(root, workshops)
    marker.write_text(json.dumps({**wanted, **built}))
    return root


def copy_data_folder(source: Path, target: Path) -> Path:
    """A scratch copy of a closed data folder (for scenarios that write into it)."""
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(source, target)
    return target


def plans_data(participants: int):
    """The sample workshop with ``participants`` participants, each a clone of a sample participant
    with that participant's own commitments (so every plan has realistic content)."""
    from workshop_app.storage import workshop_data_from_dict

    data = workshop_data_from_dict(sample_dict())
    people, actions = [], []
    for i in range(participants):
        source = data.participants[i % len(data.participants)]
        person = replace(source, id=10_000 + i, position=i,
                         name=f"{source.name} {i // len(data.participants) + 1}")
        people.append(person)
        for action in data.actions:
            if source.id in action.owners:
                actions.append(replace(action, id=100_000 + len(actions), owners=[person.id],
                                       position=len(actions)))
    data.participants = people
    data.actions = actions
    return data
