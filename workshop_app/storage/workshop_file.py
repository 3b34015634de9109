"""The workshop file: one UTF-8 JSON file with everything about one workshop.

Used to hand a workshop over to a co-facilitator, to archive it, and for the
sample workshop shipped in ``resources/``. The shape is::

    {"format": "workshop-app.workshop", "version": 2,
     "workshop": {...}, "participants": [...], "agenda": [...], "notes": [...],
     "clusters": [...], "cards": [...], "votes": [...], "ratings": [...],
     "placements": [...], "actions": [...], "run_state": {...} or null,
     "checkins": [...], "reviews": [...], "checkin_commitments": [...]}

Each entry carries the fields of its model dataclass (``workshop_app.model.workshop``,
``workshop_app.model.checkins``) except ``workshop_id``; an action lists its owners as
``"owners": [participant ids]`` (``"owner": id`` is accepted on import too), a check-in its
``attendees``, a check-in's new commitment its ``owners``. A review names the action it is of
(``action_id``) or the commitment made at an earlier check-in (``commitment_id``), the other null.

**Versions.** Version 2 added the three follow-through sections after ``run_state`` (the
check-ins after the workshop, what each found for an action, the new commitments made there);
they are optional, so a version 1 file imports as a version 2 file without check-ins. The
sections before them are written exactly as version 1 wrote them.

An agenda item's ``anonymous`` (the facilitator's choice for its phone cards: true, false, or
null for as its exercise says) is optional: a file written before it imports as null.

**Ids.** The ids in a file are references local to that file: export writes the
database ids as they are, import gives every row a new id and rewrites every
reference through that mapping. So export, import, export gives the same file
apart from the ids, which are renamed consistently (the round-trip test compares
the two files after numbering the ids of each kind in order of appearance).
Timestamps (created_at/updated_at) are kept as in the file; the order of each list is the
order in the app (positions are written as 0, 1, 2... and read from the list's order).

Reading is size-capped (:data:`MAX_BYTES`), nesting is capped (:data:`MAX_DEPTH`, checked
before the JSON is parsed), and a malformed file is refused with :class:`WorkshopFileError`
listing every problem by field path.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Sequence
from dataclasses import asdict, fields, replace
from pathlib import Path
from typing import Any

from workshop_app.atomic_files import write_bytes_whole
from workshop_app.i18n import translate
from workshop_app.model import workshop as model
from workshop_app.model.checkins import ActionReview, CheckIn, CheckinCommitment, FollowThrough
from workshop_app.model.workshop import ActionItem, AgendaItem, WorkshopData
from workshop_app.storage.errors import WorkshopFileError
from workshop_app.storage.file_checks import FORMAT, REFERENCES, SECTIONS, VERSION, ContentCheck, problems

MAX_BYTES = 20 * 1024 * 1024
#: Deepest nesting of lists and objects (a workshop file needs 6: agenda, item, exercise, capture, axis).
MAX_DEPTH = 20

#: File sections in file order, and the model class of their entries.
SECTION_CLASSES: dict[str, type] = {
    "participants": model.Participant, "agenda": AgendaItem, "notes": model.Note,
    "clusters": model.Cluster, "cards": model.Card, "votes": model.Vote, "ratings": model.Rating,
    "placements": model.Placement, "actions": ActionItem,
}
#: The follow-through sections (version 2) and their model class and ``FollowThrough`` field.
FOLLOW_THROUGH_SECTIONS: dict[str, tuple[type, str]] = {
    "checkins": (CheckIn, "checkins"), "reviews": (ActionReview, "reviews"),
    "checkin_commitments": (CheckinCommitment, "commitments"),
}
FLOAT_FIELDS = frozenset({"x", "y", "timer_elapsed", "timer_started_at"})


#: Problems a refusal lists (the rest are counted).
MAX_LISTED = 20


def _refuse(source: str, found: list[str]) -> WorkshopFileError:
    first = found[0]
    if len(found) == 1:
        message = translate("Storage", "{file} is not a usable workshop file: {problem}")
    else:
        message = translate("Storage",
                            "{file} is not a usable workshop file: {problem} (and {more} more problems)")
    details = found[:MAX_LISTED]
    if len(found) > MAX_LISTED:
        details.append(translate("Storage", "... and {n} more problems").format(n=len(found) - MAX_LISTED))
    return WorkshopFileError(message.format(file=source, problem=first, more=len(found) - 1),
                             details=details, source=source)


def validate(data: Any, source: str = "<data>", checks: Sequence[ContentCheck] = ()) -> dict[str, Any]:
    """Return ``data`` if it is a usable workshop file's content, else raise WorkshopFileError.

    ``checks`` are further checks of the content (see :func:`file_checks.problems`).
    """
    found = problems(data, checks)
    if found:
        raise _refuse(source, found)
    return data


def read_workshop_file(path: str | os.PathLike, checks: Sequence[ContentCheck] = ()) -> dict[str, Any]:
    """Read and validate a workshop file (at most MAX_BYTES); raise WorkshopFileError if unusable."""
    path = Path(path)
    source = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise _refuse(source, [translate("Storage", "the file has {size:.1f} MB; a workshop file may "
                                                        "have at most {max:g} MB")
                                   .format(size=size / 2**20, max=MAX_BYTES / 2**20)])
        raw = path.read_bytes()
    except OSError as exc:
        raise WorkshopFileError(translate("Storage", "Cannot read {file}: {reason}")
                                .format(file=source, reason=exc.strerror or exc), source=source) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _refuse(source, [translate("Storage",
                                         "not UTF-8 text (byte {pos})").format(pos=exc.start)]) from exc
    if too_deep(raw, MAX_DEPTH):
        raise _refuse(source, [translate("Storage", "{path}: lists and objects are nested more than {max} "
                                                    "levels deep")
                               .format(path=deep_path(text, MAX_DEPTH), max=MAX_DEPTH)])
    try:
        data = json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise _refuse(source, [translate("Storage", "not valid JSON at line {line}, column {col}: {reason}")
                               .format(line=exc.lineno, col=exc.colno, reason=exc.msg)]) from exc
    except (ValueError, RecursionError) as exc:
        raise _refuse(source, [translate("Storage", "not valid JSON: {reason}").format(reason=exc)]) from exc
    return validate(data, source, checks)


# -- nesting, measured on the text before it is parsed -------------------------------------------
#: A JSON string (quotes and escapes included), or an escape outside one (only in broken JSON:
#: matching it keeps a string left open from being tried again at every escaped quote).
_STRING = r'"[^"\\]*(?:\\.[^"\\]*)*"|\\.'
_STRINGS = re.compile(_STRING.encode(), re.DOTALL)
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")
_OPEN_CLOSE = bytes.maketrans(b"[]{}", b"()()")
_TOKENS = re.compile(_STRING + r"|[\[\]{},:]", re.DOTALL)


def too_deep(raw: bytes, limit: int) -> bool:
    """Whether the JSON in ``raw`` nests lists and objects more than ``limit`` deep.

    Linear and without recursion: strings are dropped, then each pass removes the innermost
    bracket pairs (at most ``limit + 1`` passes of ``bytes.replace``). Broken JSON may give
    any answer: the parser refuses it anyway.
    """
    brackets = _STRINGS.sub(b"", raw).translate(_OPEN_CLOSE, _NOT_BRACKETS)
    for _ in range(limit):
        shorter = brackets.replace(b"()", b"")
        if len(shorter) == len(brackets):
            return False  # empty, or unbalanced (the parser says where)
        brackets = shorter
    return b"()" in brackets


def deep_path(text: str, limit: int) -> str:
    """The field path of the first value nested more than ``limit`` deep, shortened for a message."""
    stack: list[list[Any]] = []  # [is an object, the key or index of the value being read]
    last_string = ""
    for match in _TOKENS.finditer(text):
        token = match.group()
        if token in "[{":
            if len(stack) >= limit:
                break
            stack.append([token == "{", None if token == "{" else 0])
        elif token in "]}":
            if stack:
                stack.pop()
        elif token == ",":
            if stack:
                stack[-1][1] = None if stack[-1][0] else stack[-1][1] + 1
        elif token == ":":
            if stack and stack[-1][0]:
                stack[-1][1] = last_string
        elif token.startswith('"'):
            last_string = token[1:-1]
    path = ""
    for is_object, key in stack[:6]:
        path += f"[{key}]" if not is_object else (f".{key}" if path else str(key))
    return (path + "\u2026" if len(stack) > 6 else path) or translate("Storage", "(top level)")


def _no_constant(name: str) -> Any:
    raise ValueError(translate("Storage", "{name} is not allowed").format(name=name))


def write_workshop_file(data: dict[str, Any], path: str | os.PathLike) -> Path:
    """Write ``data`` as UTF-8 JSON, replacing ``path`` only once the whole file is written."""
    path = Path(path)
    try:
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    except (RecursionError, ValueError) as exc:  # content stored before imports were checked
        raise not_writable(path, exc) from exc
    try:
        write_bytes_whole(path, text.encode("utf-8"), sync=True)
    except OSError as exc:
        raise WorkshopFileError(translate("Storage", "Cannot write {file}: {reason}")
                                .format(file=path, reason=exc.strerror or exc), source=str(path)) from exc
    return path


def not_writable(path: Path, exc: BaseException) -> WorkshopFileError:
    """The error for content that cannot be written as JSON (such as a snapshot nested too deeply)."""
    deep = isinstance(exc, RecursionError)
    reason = translate("Storage", "its content is nested too deeply") if deep else str(exc)
    return WorkshopFileError(translate("Storage", "{file} cannot be written: {reason}")
                             .format(file=path, reason=reason), source=str(path))


# -- model <-> file --------------------------------------------------------------------------
def _entry(obj: Any) -> dict[str, Any]:
    """A model object as a file entry: its id first, without ``workshop_id``."""
    entry = asdict(obj)
    entry.pop("workshop_id", None)
    return {"id": entry.pop("id"), **entry} if "id" in entry else entry


def data_to_dict(data: WorkshopData) -> dict[str, Any]:
    """The file content for a workshop (ids as they are in ``data``)."""
    result: dict[str, Any] = {"format": FORMAT, "version": VERSION, "workshop": _entry(data.workshop)}
    for name in SECTION_CLASSES:
        entries = [_entry(obj) for obj in getattr(data, name)]
        for index, entry in enumerate(entries):
            if "position" in entry:
                entry["position"] = index  # the list's order is the order (canonical positions)
        result[name] = entries
    result["run_state"] = _entry(data.run_state) if data.run_state is not None else None
    for name, (_cls, attr) in FOLLOW_THROUGH_SECTIONS.items():
        result[name] = [_entry(obj) for obj in getattr(data.follow_through, attr)]
    for entry in result["checkin_commitments"]:
        del entry["position"]  # the order of a check-in's commitments in the list is their order
    return result


def _build(cls: type, entry: dict[str, Any], **extra: Any) -> Any:
    values = {f.name: entry[f.name] for f in fields(cls) if f.name in entry}
    for name in FLOAT_FIELDS & values.keys():
        if values[name] is not None:
            values[name] = float(values[name])
    values.update(extra)
    return cls(**values)


def _whole_number_ids(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` with every text id (such as ``"p-lukasz"``) and each reference to it made a whole number.

    Whole-number ids stay as they are; each text id of a section gets the next number above
    that section's largest one, in file order. ``data`` itself is not changed.
    """
    numbers: dict[str, dict[str, int]] = {}
    for name in SECTIONS:
        entries = data.get(name) or []
        taken = [e["id"] for e in entries if isinstance(e.get("id"), int)]
        texts = [e["id"] for e in entries if isinstance(e.get("id"), str)]
        start = max(taken, default=0) + 1
        numbers[name] = {text: start + n for n, text in enumerate(texts)}
    if not any(numbers.values()):
        return data

    def number(section: str, value: Any) -> Any:
        return numbers[section].get(value, value) if isinstance(value, str) else value

    result = dict(data)
    for name in (*SECTIONS, "run_state"):
        entries = data.get(name)
        if not entries:
            continue
        copied = []
        for entry in entries if isinstance(entries, list) else [entries]:
            entry = dict(entry)
            if name != "run_state" and "id" in entry:
                entry["id"] = number(name, entry["id"])
            for field, section in REFERENCES.get(name, {}).items():
                value = entry.get(field)
                entry[field] = [number(section, v) for v in value] if isinstance(value, list) \
                    else number(section, value)
            copied.append(entry)
        result[name] = copied if isinstance(entries, list) else copied[0]
    return result


def workshop_data_from_dict(data: Any, source: str = "<data>") -> WorkshopData:
    """Model objects (with the file's ids, text ids made whole numbers; no database) from a file's content."""
    validate(data, source)
    data = _whole_number_ids(data)
    workshop = _build(model.Workshop, data["workshop"])
    if not isinstance(workshop.id, int):
        workshop = replace(workshop, id=None)
    wid = workshop.id
    result = WorkshopData(workshop=workshop)
    for name, cls in SECTION_CLASSES.items():
        items = []
        for index, entry in enumerate(data.get(name, [])):
            extra: dict[str, Any] = {"workshop_id": wid}
            if "position" in {f.name for f in fields(cls)}:
                extra["position"] = index  # the order of the list decides, whatever "position" says
            if cls is AgendaItem and "minutes" not in entry:
                minutes = (entry.get("exercise") or {}).get("minutes")
                extra["minutes"] = minutes if isinstance(minutes, int) and minutes >= 0 else 0
            if cls is ActionItem:
                owners = list(entry.get("owners") or [])
                if entry.get("owner") is not None:
                    owners.insert(0, entry["owner"])
                extra["owners"] = list(dict.fromkeys(owners))
            items.append(_build(cls, entry, **extra))
        setattr(result, name, items)
    if data.get("run_state") is not None:
        result.run_state = _build(model.RunState, data["run_state"], workshop_id=wid)
    result.follow_through = _follow_through(data, wid)
    return result


def _follow_through(data: dict[str, Any], workshop_id: int | None) -> FollowThrough:
    """The check-ins, reviews and new commitments of a file's content (none in a version 1 file)."""
    found = FollowThrough()
    for entry in data.get("checkins") or []:
        found.checkins.append(_build(CheckIn, entry, workshop_id=workshop_id,
                                     attendees=list(dict.fromkeys(entry.get("attendees") or []))))
    found.reviews = [_build(ActionReview, entry) for entry in data.get("reviews") or []]
    places: dict[Any, int] = {}
    for entry in data.get("checkin_commitments") or []:
        position = places[entry["checkin_id"]] = places.get(entry["checkin_id"], -1) + 1
        found.commitments.append(_build(CheckinCommitment, entry, position=position,
                                        owners=list(dict.fromkeys(entry.get("owners") or []))))
    return found
