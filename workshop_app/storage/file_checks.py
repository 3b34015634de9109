"""What the workshop file's JSON Schema cannot say: its identity, references and uniqueness.

The shape of a workshop file (fields, types, ranges, dates) is the shipped JSON Schema
``exercises/schema/workshop-v1.schema.json``, checked through :mod:`workshop_app.json_schemas`
like the pack schema. What stays in code: the format and version (a newer file is named as
such), ids used twice, references to ids that are not in the file, entries repeated where
they must be unique, placements of nothing, reviews of nothing or of two things (or of a commitment
at the check-in that made it), and ratings outside their item's scale.

:func:`problems` returns lines like ``actions[2].owner: 7 is not a participant id``;
an empty list means the data can be imported. Fields not described are ignored (a later
file of the same version may carry more). Ids are opaque references within the file: whole numbers
or texts, compared as they are written.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from workshop_app import APP_NAME, json_schemas
from workshop_app.i18n import QT_TRANSLATE_NOOP, translate
from workshop_app.json_schemas import Finding, field_path
from workshop_app.model.pack import snapshot_exercise
from workshop_app.model.results import WIDEST_PACK_SCALE, declared_scale

if TYPE_CHECKING:
    from jsonschema import ValidationError

FORMAT = "workshop-app.workshop"
#: The version export writes: 2 carries the check-ins after the workshop (``checkins``,
#: ``reviews``, ``checkin_commitments``); version 1 files (without them) still import.
VERSION = 2
SCHEMA = "workshop-v1"

SQLITE_INT_MAX = 2**63 - 1
#: Schema errors looked at, at most (a hostile file is refused in bounded time).
MAX_ERRORS = 5000

#: Sections of entries with ids, and the fields that refer to them (``many``: a list of ids).
SECTIONS = ("participants", "agenda", "notes", "clusters", "cards", "votes", "ratings", "placements",
            "actions", "checkins", "reviews", "checkin_commitments")
REFERENCES: dict[str, dict[str, str]] = {
    "notes": {"agenda_item_id": "agenda"},
    "clusters": {"agenda_item_id": "agenda"},
    "cards": {"agenda_item_id": "agenda", "participant_id": "participants", "cluster_id": "clusters"},
    "votes": {"card_id": "cards", "agenda_item_id": "agenda", "participant_id": "participants"},
    "ratings": {"participant_id": "participants", "agenda_item_id": "agenda"},
    "placements": {"agenda_item_id": "agenda", "card_id": "cards", "action_id": "actions"},
    "actions": {"agenda_item_id": "agenda", "owner": "participants", "owners": "participants"},
    "run_state": {"agenda_item_id": "agenda"},
    "checkins": {"attendees": "participants"},
    "reviews": {"checkin_id": "checkins", "action_id": "actions", "commitment_id": "checkin_commitments"},
    "checkin_commitments": {"checkin_id": "checkins", "owners": "participants"},
}

#: Entries that may appear only once per combination of these fields.
UNIQUE = {
    "votes": ("agenda_item_id", "card_id", "participant_id"),
    "ratings": ("agenda_item_id", "participant_id", "criterion"),
    "placements": ("agenda_item_id", "card_id", "action_id"),
    "reviews": ("checkin_id", "action_id", "commitment_id"),
}

NOT_AN_ID = {
    "participants": QT_TRANSLATE_NOOP("Storage", "{value} is not a participant id"),
    "agenda": QT_TRANSLATE_NOOP("Storage", "{value} is not an agenda item id"),
    "clusters": QT_TRANSLATE_NOOP("Storage", "{value} is not a cluster id"),
    "cards": QT_TRANSLATE_NOOP("Storage", "{value} is not a card id"),
    "actions": QT_TRANSLATE_NOOP("Storage", "{value} is not an action id"),
    "checkins": QT_TRANSLATE_NOOP("Storage", "{value} is not a check-in id"),
    "checkin_commitments": QT_TRANSLATE_NOOP("Storage", "{value} is not a check-in commitment id"),
}


def _is_int(v: Any) -> bool:
    """A whole number SQLite can store (64 bits)."""
    return isinstance(v, int) and not isinstance(v, bool) and -SQLITE_INT_MAX <= v <= SQLITE_INT_MAX


def is_id(v: Any) -> bool:
    """A value the schema accepts as an id: a whole number or a text."""
    return _is_int(v) or (isinstance(v, str) and 0 < len(v) <= 200)


def _line(path: str, problem: str) -> str:
    return translate("Storage", "{path}: {problem}").format(path=path, problem=problem)


# -- the schema's errors in the words of a workshop file -------------------------------------
_PATTERNS = {
    "\\S": QT_TRANSLATE_NOOP("Storage", "must not be empty"),
    "^(\\d{4}-\\d{2}-\\d{2})?$": QT_TRANSLATE_NOOP("Storage", "{value!r} is not a date written YYYY-MM-DD"),
    "^\\d{4}-\\d{2}-\\d{2}$": QT_TRANSLATE_NOOP("Storage", "{value!r} is not a date written YYYY-MM-DD"),
    "^(([01]\\d|2[0-3]):[0-5]\\d)?$": QT_TRANSLATE_NOOP("Storage", "{value!r} is not a time written HH:MM"),
}


def _range_message(schema: dict[str, Any]) -> str | None:
    """"must be a whole number from 0 to 480" for a bounded number (None if unbounded)."""
    low, high = schema.get("minimum"), schema.get("maximum")
    if low is None or high is None:
        return None
    if schema.get("type") == "number":
        if (low, high) == (0, 1):
            return translate("Storage", "must be between 0 and 1")
        return translate("Storage", "must be a number from {low} to {high}").format(low=low, high=high)
    if high == SQLITE_INT_MAX:  # a count: any whole number that is not negative
        return None
    return translate("Storage", "must be a whole number from {low} to {high}").format(low=low, high=high)


def _wording(err: ValidationError) -> list[Finding] | None:
    path = tuple(err.absolute_path)
    kind, value, instance, schema = err.validator, err.validator_value, err.instance, err.schema
    if kind == "required":
        return [Finding(path + (key,), translate("Storage",
                                                 "is missing")) for key in value if key not in instance]
    if kind == "anyOf":  # null, or a bounded number
        bounded = next((s for s in value if "minimum" in s), None)
        message = _range_message(bounded) if bounded else None
        return [Finding(path, message)] if message else None
    if kind in ("type", "minimum", "maximum"):
        types = schema.get("type")
        if isinstance(types, list) and "string" in types and "integer" in types:
            return [Finding(path, translate("Storage", "must be a whole number or a text"))]
        if types == "object":
            return [Finding(path, translate("Storage", "must be an object"))]
        message = _range_message(schema)
        if message:
            return [Finding(path, message)]
        if types == "integer":
            negative = kind == "minimum" and _is_int(instance)
            return [Finding(path, translate("Storage", "must not be negative") if negative
                            else translate("Storage", "must be a whole number"))]
    if kind == "pattern" and value in _PATTERNS:
        return [Finding(path, translate("Storage", _PATTERNS[value]).format(value=instance))]
    if kind == "format":
        return [Finding(path, translate("Storage", "{value} is not a real date").format(value=instance))]
    return None


# -- what the schema cannot say ----------------------------------------------------------------
class _References:
    """Ids seen per section, and the references to check once every id is known."""

    def __init__(self) -> None:
        self.found: list[str] = []
        self.ids: dict[str, set[Any]] = {name: set() for name in SECTIONS}
        self.refs: list[tuple[str, str, Any]] = []

    def add(self, path: str, problem: str) -> None:
        self.found.append(_line(path, problem))

    def refer(self, where: str, entry: dict[str, Any], fields: dict[str, str]) -> None:
        for name, section in fields.items():
            value = entry.get(name)
            if isinstance(value, list):
                self.refs += [(f"{where}.{name}[{i}]", section, v) for i, v in enumerate(value) if is_id(v)]
            elif is_id(value):
                self.refs.append((f"{where}.{name}", section, value))

    def section(self, name: str, items: list[Any]) -> None:
        seen: dict[tuple, int] = {}
        for i, entry in enumerate(items):
            if not isinstance(entry, dict):
                continue
            path = f"{name}[{i}]"
            if name in UNIQUE:
                key = tuple(repr(entry.get(f)) for f in UNIQUE[name])
                if key in seen:
                    self.add(path, translate("Storage",
                                             "repeats {other}").format(other=f"{name}[{seen[key]}]"))
                seen.setdefault(key, i)
            item_id = entry.get("id")
            if is_id(item_id):
                if item_id in self.ids[name]:
                    self.add(f"{path}.id", translate("Storage",
                                                     "{value} is used twice").format(value=item_id))
                self.ids[name].add(item_id)
            if name == "placements" and entry.get("card_id") is None and entry.get("action_id") is None:
                self.add(path, translate("Storage", "needs a card_id or an action_id"))
            if name == "reviews":
                self._one_reviewed(path, entry)
            self.refer(path, entry, REFERENCES.get(name, {}))

    def _one_reviewed(self, path: str, entry: dict[str, Any]) -> None:
        """A review is of an action or of a commitment made at a check-in, not both."""
        action, commitment = entry.get("action_id"), entry.get("commitment_id")
        if action is None and commitment is None:
            self.add(path, translate("Storage", "needs an action_id or a commitment_id"))
        elif action is not None and commitment is not None:
            self.add(path, translate("Storage", "names both an action_id and a commitment_id (a review is of "
                                                "one of them)"))

    def check(self) -> None:
        for path, section, value in self.refs:
            if value not in self.ids[section]:
                self.add(path, translate("Storage", NOT_AN_ID[section]).format(value=value))


def _reviews_at_their_commitments_checkin(data: dict[str, Any]) -> list[str]:
    """Reviews of a commitment held at the check-in that made it (a later check-in reviews it)."""
    reviews, commitments = data.get("reviews"), data.get("checkin_commitments")
    if not isinstance(reviews, list) or not isinstance(commitments, list):
        return []
    made_at = {c["id"]: c.get("checkin_id") for c in commitments
               if isinstance(c, dict) and is_id(c.get("id"))}
    found = []
    for i, review in enumerate(reviews):
        if not isinstance(review, dict) or not is_id(review.get("commitment_id")):
            continue
        value = review["commitment_id"]
        if value in made_at and made_at[value] == review.get("checkin_id"):
            problem = translate("Storage", "{value} was made at this check-in (a later check-in reviews it)")
            found.append(_line(f"reviews[{i}].commitment_id", problem.format(value=value)))
    return found


def _scale_of(item: Any) -> tuple[int, int] | None:
    """The rating scale of an agenda item's exercise snapshot; None if it has none that is usable."""
    snapshot = item.get("exercise") if isinstance(item, dict) else None
    if snapshot is None:
        return WIDEST_PACK_SCALE
    exercise = snapshot_exercise(snapshot) if isinstance(snapshot, dict) else None
    # a broken snapshot or scale: said by the snapshot check, not once more for each rating
    return declared_scale(exercise.capture) if exercise is not None else None


def _rating_scale_problems(data: dict[str, Any]) -> list[str]:
    """Ratings outside the scale of their exercise (or, without one, of the widest a pack may give)."""
    agenda, ratings = data.get("agenda"), data.get("ratings")
    if not isinstance(ratings, list):
        return []
    places: dict[Any, int] = {}
    for index, item in enumerate(agenda if isinstance(agenda, list) else []):
        if isinstance(item, dict) and is_id(item.get("id")):
            places.setdefault(item["id"], index)
    scales = {ref: _scale_of(agenda[index]) for ref, index in places.items()}  # type: ignore[index]
    found = []
    for i, rating in enumerate(ratings):
        if not isinstance(rating, dict) or not _is_int(rating.get("value")):
            continue  # missing or not a whole number: said by the field check
        value, ref = rating["value"], rating.get("agenda_item_id")
        if ref is None:
            scale, where = WIDEST_PACK_SCALE, ""
        elif is_id(ref) and ref in places:
            scale = scales[ref]
            where = f"agenda[{places[ref]}]"
        else:
            continue  # not an agenda item id: said by the reference check
        if scale is None or scale[0] <= value <= scale[1]:
            continue
        if where:
            problem = translate("Storage",
                                "{value} is outside the rating scale of {item} ({low} to {high})").format(
                value=value, item=where, low=scale[0], high=scale[1])
        else:
            problem = translate("Storage",
                                "{value} is outside the widest rating scale ({low} to {high})").format(
                value=value, low=scale[0], high=scale[1])
        found.append(_line(f"ratings[{i}].value", problem))
    return found


#: A further check of a file's content (such as the exercise snapshots, checked with the pack
#: schema by the services layer): the problems it finds, as ``path: problem`` lines.
ContentCheck = Callable[[dict[str, Any]], list[str]]


def _gate(data: Any) -> str | None:
    """Why ``data`` is not a workshop file this version reads (None if it is one)."""
    if not isinstance(data, dict):
        return _line(translate("Storage", "(top level)"), translate("Storage", "must be a JSON object"))
    if data.get("format") != FORMAT:
        return _line("format", translate("Storage", "must be {expected!r} (this is not a workshop file)")
                     .format(expected=FORMAT))
    version = data.get("version")
    if not _is_int(version) or version < 1:
        return _line("version", translate("Storage", "must be a whole number from 1"))
    if version > VERSION:
        return _line("version", translate("Storage",
                                          "{version} is from a newer version of {app}; this version "
                                          "reads workshop files up to version {ours}")
                     .format(version=version, app=APP_NAME, ours=VERSION))
    return None


def problems(data: Any, checks: Sequence[ContentCheck] = ()) -> list[str]:
    """Every problem with a workshop file's content (an empty list when it can be imported).

    ``checks`` run too once the file is known to be a workshop file of a version this app reads.
    """
    wrong = _gate(data)
    if wrong:
        return [wrong]
    found = [_line(field_path(f.path), f.message)
             for f in json_schemas.findings(SCHEMA, data, MAX_ERRORS, _wording)]
    references = _References()
    for name in SECTIONS:
        if isinstance(data.get(name), list):
            references.section(name, data[name])
    if isinstance(data.get("run_state"), dict):
        references.refer("run_state", data["run_state"], REFERENCES["run_state"])
    references.check()
    found += references.found
    found += _rating_scale_problems(data)
    found += _reviews_at_their_commitments_checkin(data)
    for check in checks:
        found += check(data)
    return found
