"""Workshop file import: any JSON-like content under the minimal form is imported or refused cleanly.

The content is built around the minimal form of the storage issue (format, version,
workshop, participants, agenda, notes, actions), each value sometimes valid and
sometimes anything JSON can hold: wrong types, huge numbers, impossible dates, unknown
owners, any text. The outcome is a new workshop whose export is itself a valid workshop
file (also once written to disk and read back), or a WorkshopFileError naming fields:
then nothing at all was written to the database.
"""

from __future__ import annotations

import copy
import json
import math
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from workshop_app.errors import UserError
from workshop_app.storage import (
    WorkshopFileError,
    open_store,
    read_workshop_file,
    write_workshop_file,
)
from workshop_app.storage.file_checks import FORMAT, problems

FAST = settings(max_examples=120, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
TABLES = ("workshops", "participants", "agenda_items", "notes", "cards", "clusters", "votes", "ratings",
          "placements", "actions", "action_owners", "run_state")

TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)
#: Numbers SQLite can hold (those it cannot are the known bug tested at the end).
NUMBERS = st.integers(-2**63, 2**63 - 1) | st.floats(allow_nan=False, allow_infinity=False)
JSONISH = st.recursive(
    st.none() | st.booleans() | NUMBERS | TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3), max_leaves=6)


def sometimes(valid: st.SearchStrategy) -> st.SearchStrategy:
    """Mostly a valid value, sometimes anything."""
    return st.integers(0, 15).flatmap(lambda n: JSONISH if n == 0 else valid)


NAMES = (TEXT.filter(str.strip) | st.sampled_from(["<b>Ann</b> & Co", "陈静"])
         | st.integers(100, 5000).map("x".__mul__))
DATES = sometimes(st.dates().map(str) | st.sampled_from(["", "2026-02-29", "26-3-12", "2026-13-01"]))
IDS = st.integers(1, 4)


def entry(fields: dict[str, st.SearchStrategy], required: tuple[str, ...] = ()) -> st.SearchStrategy:
    """A dict with the ``required`` fields (mostly), any of the others, maybe an unknown one."""
    must = {k: v for k, v in fields.items() if k in required}
    may = {k: v for k, v in fields.items() if k not in required}
    return st.fixed_dictionaries(must, optional={**may, "extra": JSONISH}) | st.fixed_dictionaries(
        {}, optional={**fields, "extra": JSONISH})


WORKSHOP = entry({"title": sometimes(NAMES), "date": DATES,
                  "start_time": sometimes(st.sampled_from(["09:30", "24:00", "9:30", ""])),
                  "location": sometimes(TEXT), "facilitator": sometimes(TEXT),
                  "planned_minutes": sometimes(st.integers(0, 600))}, ("title",))
PARTICIPANT = entry({"id": sometimes(IDS), "name": sometimes(NAMES), "role": sometimes(TEXT),
                     "side": sometimes(st.sampled_from(["leadership", "operations", "boss"])),
                     "position": sometimes(st.integers(0, 5))}, ("id", "name"))
NOTE = entry({"text": sometimes(TEXT), "private": sometimes(st.booleans())}, ("text",))
ACTION = entry({"id": sometimes(IDS), "text": sometimes(NAMES), "owner": sometimes(IDS),
                "owners": sometimes(st.lists(IDS, max_size=3)), "due": DATES, "measure": sometimes(TEXT),
                "strategy": sometimes(st.sampled_from(["", "open-communication", "aligned-goals", "x"]))},
               ("id", "text"))
FILES = st.fixed_dictionaries(
    {"format": sometimes(st.just(FORMAT)), "version": sometimes(st.just(1)),
     "workshop": sometimes(WORKSHOP)},
    optional={"participants": sometimes(st.lists(PARTICIPANT, max_size=4,
                                                 unique_by=lambda p: str(p.get("id")))),
              "agenda": sometimes(st.just([])), "notes": sometimes(st.lists(NOTE, max_size=3)),
              "actions": sometimes(st.lists(ACTION, max_size=3, unique_by=lambda a: str(a.get("id")))),
              "run_state": sometimes(entry({"step_index": sometimes(st.integers(0, 9)),
                                            "timer_elapsed": sometimes(st.floats(0, 1e6)),
                                            "timer_running": sometimes(st.booleans())}))})


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    from workshop_app.paths import DataDir

    store, _ = open_store(DataDir(tmp_path_factory.mktemp("fuzz-data")).ensure())
    yield store
    store.close()


def row_counts(store) -> dict[str, int]:
    return {t: store.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def import_or_refuse(store, data) -> int | None:
    before = row_counts(store)
    try:
        workshop_id = store.import_workshop(data)
    except WorkshopFileError as error:
        assert error.details and all(line.strip() for line in error.details)
        assert row_counts(store) == before, "a refused file wrote something"
        return None
    except UserError as error:  # any other refusal must leave nothing behind either
        assert row_counts(store) == before, f"{error} but something was written"
        raise AssertionError(f"refused without naming the field: {error}") from error
    assert row_counts(store)["workshops"] == before["workshops"] + 1
    return workshop_id


@FAST
@given(FILES)
def test_any_content_is_imported_or_refused_without_writing(store, data):
    copy = json.loads(json.dumps(data))
    workshop_id = import_or_refuse(store, data)
    assert json.dumps(data) == json.dumps(copy), "the input was modified"
    if workshop_id is None:
        return
    exported = store.export_workshop(workshop_id)
    assert problems(exported) == []
    assert [p["name"] for p in exported["participants"]] == [p["name"] for p in data.get("participants", [])]
    assert len(exported["actions"]) == len(data.get("actions", []))
    store.delete_workshop(workshop_id)


@FAST
@given(FILES)
def test_whatever_imports_exports_to_a_file_that_imports_again(store, tmp_path_factory, data):
    workshop_id = import_or_refuse(store, data)
    if workshop_id is None:
        return
    path = write_workshop_file(store.export_workshop(workshop_id), tmp_path_factory.mktemp("w") / "w.json")
    again = import_or_refuse(store, read_workshop_file(path))
    assert again is not None, "an exported workshop could not be imported again"
    for wid in (workshop_id, again):
        store.delete_workshop(wid)


@settings(max_examples=80, deadline=None)
@given(JSONISH.filter(lambda v: not isinstance(v, float) or math.isfinite(v)) | FILES)
def test_any_file_on_disk_is_read_or_refused(tmp_path_factory, data):
    text = json.dumps(data, allow_nan=True)
    assume(len(text) < 10_000)
    path = tmp_path_factory.mktemp("f") / "workshop.json"
    path.write_text(text, encoding="utf-8")
    try:
        content = read_workshop_file(path)
    except WorkshopFileError as error:
        assert str(path) in str(error)
        return
    assert problems(content) == []


@settings(max_examples=80, deadline=None)
@given(st.binary(max_size=300) | TEXT.map(str.encode))
def test_any_bytes_on_disk_are_read_or_refused(tmp_path_factory, raw):
    path = tmp_path_factory.mktemp("b") / "workshop.json"
    path.write_bytes(raw)
    try:
        read_workshop_file(path)
    except WorkshopFileError as error:
        assert str(path) in str(error)


#: Every number the file format stores, as (section, field); None: the workshop itself.
NUMBER_FIELDS = [(None, "planned_minutes"), ("participants", "position"), ("actions", "position"),
                 ("run_state", "step_index"), ("run_state", "timer_extra_minutes"),
                 ("run_state", "timer_elapsed"), ("participants", "id")]
MINIMAL = {"format": FORMAT, "version": 1, "workshop": {"title": "Fuzz", "date": "2026-03-12"},
           "participants": [{"id": 1, "name": "Ann"}], "agenda": [], "notes": [],
           "actions": [{"id": 1, "text": "Stand-up", "owner": 1}], "run_state": {}}


def with_number(where: tuple[str | None, str], value) -> dict:
    data = json.loads(json.dumps(MINIMAL))
    section, name = where
    target = data["workshop"] if section is None else data[section]
    (target[0] if isinstance(target, list) else target)[name] = value
    if name == "id":
        data["actions"][0]["owner"] = value
    return data


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from([w for w in NUMBER_FIELDS if w[1] != "timer_elapsed"]),
       st.sampled_from([2**63, 10**20, -2**63 - 1]))
@example((None, "planned_minutes"), 10**20)
def test_numbers_sqlite_cannot_hold_are_refused_naming_the_field(store, where, value):
    assert import_or_refuse(store, with_number(where, value)) is None


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.just(("run_state", "timer_elapsed")), st.sampled_from([math.inf]))
@example(("run_state", "timer_elapsed"), math.inf)
def test_infinite_numbers_are_refused(store, tmp_path_factory, where, value):
    path = tmp_path_factory.mktemp("inf") / "w.json"
    path.write_text(json.dumps(with_number(where, value)).replace("Infinity", "1e400"), encoding="utf-8")
    try:
        data = read_workshop_file(path)
    except WorkshopFileError:
        return
    workshop_id = import_or_refuse(store, data)
    if workshop_id is not None:
        exported = write_workshop_file(store.export_workshop(workshop_id), path.with_name("again.json"))
        store.delete_workshop(workshop_id)
        read_workshop_file(exported)


# -- exercise snapshots: checked with the pack schema and rules on import ------------------------
SNAPSHOT_FILE = json.loads((Path(__file__).parent / "data" / "workshops" / "snapshots.json")
                           .read_text(encoding="utf-8"))
SNAPSHOT_FIELDS = ["id", "title", "minutes", "themes", "steps", "capture", "feeds", "summary", "debrief",
                   "capture.type", "capture.criteria", "capture.scale_min", "capture.scale_max",
                   "capture.votes_per_participant", "capture.x_axis", "capture.options", "steps.0",
                   "steps.0.minutes", "steps.0.prompt"]
ODD_VALUES = JSONISH | st.sampled_from([10**30, 2**70, -1, 0, 481, 1e300, "", "poll", None, [], {}])


def put(target, path: str, value) -> None:
    """Set the value at a dotted path (list indexes as digits), if the path still leads somewhere."""
    *parents, last = [int(k) if k.isdigit() else k for k in path.split(".")]
    for key in parents:
        target = target[key] if _has(target, key) else None
    if _has(target, last) or isinstance(target, dict):
        target[last] = value


def _has(target, key) -> bool:
    if isinstance(target, dict):
        return key in target
    return isinstance(target, list) and isinstance(key, int) and 0 <= key < len(target)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 1), st.sampled_from(SNAPSHOT_FIELDS), ODD_VALUES), max_size=3))
def test_a_snapshot_that_passes_the_check_is_one_the_app_can_run(store, changes):
    """Whatever passes is an exercise the Run page reads (scales in order, minutes that add up)."""
    from workshop_app.model.pack import Exercise
    from workshop_app.services.workshop_files import IMPORT_CHECKS
    from workshop_app.storage.workshop_file import validate

    data = json.loads(json.dumps(SNAPSHOT_FILE))
    for item, path, value in changes:
        # a copy: the sampled [] and {} are the same objects each time, and putting one inside
        # itself would make a cycle, which no JSON file can hold
        put(data["agenda"][item]["exercise"], path, copy.deepcopy(value))
    found = problems(data, IMPORT_CHECKS)
    if found:
        assert all(line.split(": ")[0].startswith(("agenda[", "ratings[", "votes[")) for line in found), found
        with pytest.raises(WorkshopFileError):
            validate(data, "<test>", IMPORT_CHECKS)
        return
    for item in data["agenda"]:
        if item.get("exercise"):
            exercise = Exercise.from_dict(item["exercise"])
            assert exercise.capture.scale_min < exercise.capture.scale_max
            assert exercise.minutes == exercise.steps_minutes <= 480
    assert import_or_refuse(store, data) is not None


def nesting(value) -> int:
    if isinstance(value, dict):
        return 1 + max(map(nesting, value.values()), default=0)
    if isinstance(value, list):
        return 1 + max(map(nesting, value), default=0)
    return 0


BRACKETY = st.text(st.sampled_from('[]{}"\\:,ab'), max_size=8)
NESTED = st.recursive(st.none() | st.integers() | BRACKETY,
                      lambda inner: st.lists(inner, max_size=3)
                      | st.dictionaries(BRACKETY, inner, max_size=3), max_leaves=30)


@settings(max_examples=300, deadline=None)
@given(NESTED, st.integers(1, 6), st.booleans())
def test_nesting_is_measured_right_without_parsing(value, limit, indent):
    """Brackets, quotes and backslashes inside strings do not count; the path names where it is."""
    from workshop_app.storage.workshop_file import deep_path, too_deep

    text = json.dumps(value, ensure_ascii=False, indent=2 if indent else None)
    assert too_deep(text.encode("utf-8"), limit) == (nesting(value) > limit)
    if nesting(value) > limit:
        assert deep_path(text, limit)


def first_too_deep(value, limit: int, path: str = "", depth: int = 0) -> str | None:
    """The path of the first container (in file order) nested deeper than ``limit``."""
    if not isinstance(value, dict | list):
        return None
    if depth == limit:
        return path
    items = value.items() if isinstance(value, dict) else enumerate(value)
    for key, inner in items:
        where = f"[{key}]" if isinstance(value, list) else (f".{key}" if path else key)
        found = first_too_deep(inner, limit, path + where, depth + 1)
        if found is not None:
            return found
    return None


SIMPLE_KEYS = st.text(st.sampled_from("ab"), min_size=1, max_size=3)
SIMPLY_NESTED = st.recursive(st.integers() | BRACKETY,
                             lambda inner: st.lists(inner, max_size=3)
                             | st.dictionaries(SIMPLE_KEYS, inner, max_size=3), max_leaves=30)


@settings(max_examples=200, deadline=None)
@given(SIMPLY_NESTED.map(lambda v: {"a": [v, [[1]]]}), st.data())
def test_the_path_of_a_too_deep_value_is_named(value, data):
    from workshop_app.storage.workshop_file import deep_path

    limit = data.draw(st.integers(1, min(6, nesting(value) - 1)))
    expected = first_too_deep(value, limit)
    named = deep_path(json.dumps(value, indent=1), limit)
    if len(expected.replace("[", ".[").split(".")) <= 6:
        assert named == expected
    else:
        assert named.endswith("\u2026") and expected.startswith(named[:-1])
