"""Workshop files: import and export (shared by the GUI and the command line).

An import checks the file completely before anything is written: the storage checks
(every field, reference and number, see ``storage.file_checks``) and, here, each agenda
item's exercise snapshot with the same pack schema and rules a pack file is loaded with,
so a workshop file can never bring in an exercise a pack could not.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from workshop_app.services.context import AppContext

#: A snapshot keeps the model's unset values (``Exercise.to_dict()``); a pack file leaves them out.
_UNSET_CAPTURE_FIELDS = ("votes_per_participant", "x_axis", "y_axis")
#: The same for the exercise's own optional fields (unset: None, or "" for a choice).
_UNSET_EXERCISE_FIELDS = {"group_size": None, "prep_minutes": None, "experience": ""}
#: The pack a snapshot is checked in (the schema and the rules check packs).
_SNAPSHOT_PACK = {"id": "snapshot", "title": "snapshot", "version": "1"}


def _as_pack_exercise(snapshot: dict[str, Any]) -> dict[str, Any]:
    exercise = {k: v for k, v in snapshot.items()
                if not (k in _UNSET_EXERCISE_FIELDS and v == _UNSET_EXERCISE_FIELDS[k])}
    capture = exercise.get("capture")
    if isinstance(capture, dict):
        exercise["capture"] = {k: v for k, v in capture.items()
                               if not (k in _UNSET_CAPTURE_FIELDS and v is None)}
    return exercise


def snapshot_problems(data: dict[str, Any]) -> list[str]:
    """Every problem of the agenda items' exercise snapshots, as ``agenda[2].exercise.FIELD: problem``."""
    from workshop_app.packs.errors import field_path
    from workshop_app.packs.limits import FORMAT, MAX_SHOWN_PROBLEMS
    from workshop_app.packs.rules import rule_findings
    from workshop_app.packs.schema_check import schema_findings

    agenda = data.get("agenda")
    found: list[str] = []
    for index, item in enumerate(agenda if isinstance(agenda, list) else []):
        snapshot = item.get("exercise") if isinstance(item, dict) else None
        if not isinstance(snapshot, dict):
            continue  # none (a break, a free item), or not an object: said by the storage checks
        pack = {"format": FORMAT, **_SNAPSHOT_PACK, "exercises": [_as_pack_exercise(snapshot)]}
        for finding in schema_findings(pack, MAX_SHOWN_PROBLEMS) + rule_findings(pack):
            inner = finding.path[2:] if finding.path[:2] == ("exercises", 0) else ()
            path = field_path(("agenda", index, "exercise", *inner))
            found.append(f"{path}: {finding.message}")
    return found


#: The checks an import makes beyond the storage's own.
IMPORT_CHECKS = (snapshot_problems,)


def import_workshop_file(ctx: AppContext, path: Path) -> int:
    """Create a new workshop from a workshop file; returns its id (nothing written on error)."""
    from workshop_app.storage.workshop_file import read_workshop_file

    return ctx.store.import_workshop(read_workshop_file(Path(path), IMPORT_CHECKS))


def export_workshop_file(ctx: AppContext, workshop_id: int, path: Path) -> Path:
    from workshop_app.storage.workshop_file import not_writable, write_workshop_file

    try:
        data = ctx.store.export_workshop(workshop_id)
    except RecursionError as exc:  # a snapshot nested deeply, stored before imports checked them
        raise not_writable(Path(path), exc) from exc
    return write_workshop_file(data, Path(path))


def import_sample(ctx: AppContext, language: str = "en") -> int:
    """Import the sample workshop that ships with the app, in ``language`` when it ships in it."""
    from workshop_app.resources import sample_workshop_path

    return import_workshop_file(ctx, sample_workshop_path(language))
