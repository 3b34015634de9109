"""The workshop file: lossless round trip, the minimal form, and every refusal naming its field."""

from __future__ import annotations

import copy
import json

import pytest

from workshop_app.model.workshop import Workshop
from workshop_app.storage import (
    WorkshopFileError,
    open_store,
    read_workshop_file,
    workshop_data_from_dict,
    write_workshop_file,
)
from workshop_app.storage import workshop_file as workshop_file_module

from storage_helpers import DATA, fill_workshop, normalise_ids

MINIMAL = DATA / "minimal.json"


@pytest.fixture
def store(data_dir):
    store, _ = open_store(data_dir)
    yield store
    store.close()


def minimal() -> dict:
    return json.loads(MINIMAL.read_text(encoding="utf-8"))


def test_export_import_export_is_lossless(store, tmp_path):
    store.create_workshop(Workshop(title="Shifts the ids"))
    wid = fill_workshop(store)
    first = write_workshop_file(store.export_workshop(wid), tmp_path / "first.json")
    new_id = store.import_workshop(read_workshop_file(first))
    assert new_id != wid
    second = write_workshop_file(store.export_workshop(new_id), tmp_path / "second.json")
    one, two = (json.loads(p.read_text(encoding="utf-8")) for p in (first, second))
    assert one != two  # the ids really were remapped...
    assert normalise_ids(one) == normalise_ids(two)  # ...and nothing else changed
    assert one["agenda"][0]["exercise"]["steps"][0]["prompt"] == "Write **one** gap."
    assert "陈静" in first.read_text(encoding="utf-8")  # UTF-8, not \\u escapes


def test_export_has_every_section(store):
    data = store.export_workshop(fill_workshop(store))
    assert (data["format"], data["version"]) == ("workshop-app.workshop", 2)
    for section in ("participants", "agenda", "notes", "clusters", "cards", "votes", "ratings",
                    "placements", "actions"):
        assert data[section], section
    assert data["run_state"]["timer_elapsed"] == 123.5
    assert data["actions"][0]["owners"] == [data["participants"][0]["id"], data["participants"][2]["id"]]


def test_minimal_form_imports(store):
    wid = store.import_workshop(read_workshop_file(MINIMAL))
    data = store.load_workshop_data(wid)
    assert (data.workshop.title, data.workshop.start_time) == ("Leadership meets operations", "09:30")
    assert [p.name for p in data.participants] == ["Ann Weber", "陈静"]
    assert [n.private for n in data.notes] == [False, True]
    assert all(n.created_at.endswith("Z") for n in data.notes)  # stamped on import
    owners = [[data.participant(o).name for o in a.owners] for a in data.actions]
    assert owners == [["Ann Weber"], ["陈静"]]
    summary = store.list_workshops()[0]
    assert (summary.id, summary.participants, summary.actions) == (wid, 2, 2)


def test_workshop_data_from_dict_needs_no_database():
    data = minimal()
    data["actions"][0]["owners"] = [2]
    result = workshop_data_from_dict(data)
    assert result.workshop.title == "Leadership meets operations"
    assert [p.id for p in result.participants] == [1, 2]
    assert result.actions[0].owners == [1, 2]
    assert [a.text for a in result.actions_for(2)] == [a.text for a in result.actions]


def _set(path: str, value):
    def mutate(data):
        target = data
        keys = [int(k) if k.isdigit() else k for k in path.replace("[", ".").replace("]", "").split(".")]
        for key in keys[:-1]:
            target = target[key]
        target[keys[-1]] = value
    return mutate


MALFORMED = [
    (_set("participants[0].name", 5), "participants[0].name: must be text"),
    (_set("actions[1].owner", 7), "actions[1].owner: 7 is not a participant id"),
    (_set("actions[0].owners", [1, "x"]), "actions[0].owners[1]: x is not a participant id"),
    (_set("actions[0].owners", [1, 1.5]), "actions[0].owners[1]: must be a whole number or a text"),
    (_set("workshop.date", "2026-02-30"), "workshop.date: 2026-02-30 is not a real date"),
    (_set("workshop.date", "12/03/2026"), "workshop.date: '12/03/2026' is not a date written YYYY-MM-DD"),
    (_set("actions[0].due", "2026-13-01"), "actions[0].due: 2026-13-01 is not a real date"),
    (_set("workshop.start_time", "25:00"), "workshop.start_time: '25:00' is not a time written HH:MM"),
    (_set("workshop.title", "  "), "workshop.title: must not be empty"),
    (_set("notes[1].private", "yes"), "notes[1].private: must be true or false"),
    (_set("notes[0].agenda_item_id", 3), "notes[0].agenda_item_id: 3 is not an agenda item id"),
    (_set("participants[1].id", 1), "participants[1].id: 1 is used twice"),
    (_set("actions[0].strategy", "be-nice"), "actions[0].strategy: 'be-nice' is not one of"),
    (_set("participants", {"id": 1}), "participants: must be a list"),
    (_set("notes[0]", "just text"), "notes[0]: must be an object"),
    (_set("votes", [{"card_id": 9, "count": 1}]), "votes[0].card_id: 9 is not a card id"),
    (_set("placements", [{"x": 2, "y": 0.5, "action_id": 1}]), "placements[0].x: must be between 0 and 1"),
    (_set("format", "something-else"), "format: must be 'workshop-app.workshop'"),
    (_set("version", 3), "version: 3 is from a newer version"),
    (_set("version", "1"), "version: must be a whole number"),
    (lambda d: d.pop("workshop"), "workshop: is missing"),
    (lambda d: d["actions"][0].pop("text"), "actions[0].text: is missing"),
    (_set("workshop.planned_minutes", 10**30),
     "workshop.planned_minutes: must be a whole number from 0 to 1440"),
    (_set("run_state", {"timer_elapsed": 1e300}),
     "run_state.timer_elapsed: must be a number from 0 to 31622400"),
    (_set("run_state", {"step_index": 100}), "run_state.step_index: must be a whole number from 0 to 99"),
    (_set("ratings", [{"criterion": "Trust", "value": 11, "participant_id": 1}]),
     "ratings[0].value: 11 is outside the widest rating scale (0 to 10)"),
]


@pytest.mark.parametrize("mutate, expected", MALFORMED, ids=[m[1].split(":")[0] for m in MALFORMED])
def test_malformed_file_is_refused_naming_the_file_and_field(store, tmp_path, mutate, expected):
    data = minimal()
    mutate(data)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(WorkshopFileError) as caught:
        read_workshop_file(path)
    assert str(path) in str(caught.value)
    assert any(expected in line for line in caught.value.details), caught.value.details
    with pytest.raises(WorkshopFileError):
        store.import_workshop(data)
    assert store.list_workshops() == []


def test_all_problems_are_listed_at_once(store):
    data = minimal()
    data["workshop"]["date"] = "2026-02-30"
    data["participants"][1]["name"] = None
    data["actions"][1]["owner"] = 7
    with pytest.raises(WorkshopFileError) as caught:
        store.import_workshop(data)
    assert len(caught.value.details) == 3
    assert "and 2 more problems" in str(caught.value)
    assert store.list_workshops() == []


def test_bad_json_names_line_and_column(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{\n  "format": "workshop-app.workshop",\n  "version": 1,,\n}', encoding="utf-8")
    with pytest.raises(WorkshopFileError, match=r"broken.json.*line 3, column 16"):
        read_workshop_file(path)


@pytest.mark.parametrize("content, expected", [
    (b"\xff\xfe not utf-8", "not UTF-8"),
    (b'[1, 2]', "must be a JSON object"),
    (b'{"format": "workshop-app.workshop", "version": 1, "workshop": {"title": "x", "planned_minutes": NaN}}',
     "NaN is not allowed"),
    (b"[" * 100_000, "not valid JSON"),
])
def test_files_that_are_not_workshop_json_are_refused(tmp_path, content, expected):
    path = tmp_path / "odd.json"
    path.write_bytes(content)
    with pytest.raises(WorkshopFileError, match=expected):
        read_workshop_file(path)


def test_file_over_the_size_cap_is_refused_before_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(workshop_file_module, "MAX_BYTES", 1000)
    path = tmp_path / "big.json"
    data = minimal()
    data["notes"] = [{"text": "x" * 100} for _ in range(20)]
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(WorkshopFileError, match=r"big.json.*may have at most"):
        read_workshop_file(path)


def test_missing_file_and_unwritable_target_are_user_errors(tmp_path):
    with pytest.raises(WorkshopFileError, match="Cannot read"):
        read_workshop_file(tmp_path / "nope.json")
    with pytest.raises(WorkshopFileError, match="Cannot write"):
        write_workshop_file(minimal(), tmp_path / "no" / "such" / "folder.json")


def test_unknown_fields_are_ignored_and_input_is_not_modified(store):
    data = minimal()
    data["workshop"]["mood"] = "great"
    data["extra_section"] = [1, 2]
    before = copy.deepcopy(data)
    store.import_workshop(data)
    assert data == before


def test_ids_may_be_texts_as_in_a_hand_written_interchange_file(store):
    """Ids are references inside the file: "p-lukasz" works like 7, and both kinds can be mixed."""
    data = {"format": "workshop-app.workshop", "version": 1,
            "workshop": {"id": "ws-1", "title": "Ops & leads"},
            "participants": [{"id": "p-lukasz", "name": "\u0141ukasz"}, {"id": 7, "name": "Ana"}],
            "agenda": [{"id": "a-sort", "title": "Card sort", "minutes": 20}],
            "cards": [{"id": "c1", "text": "Handovers", "agenda_item_id": "a-sort",
                       "participant_id": "p-lukasz"}],
            "votes": [{"card_id": "c1", "count": 3, "agenda_item_id": "a-sort", "participant_id": 7}],
            "actions": [{"id": "x", "text": "Weekly sync", "owners": ["p-lukasz", 7], "due": "2026-12-01"}],
            "run_state": {"agenda_item_id": "a-sort"}}
    wid = store.import_workshop(data)
    result = store.load_workshop_data(wid)
    names = {p.id: p.name for p in result.participants}
    assert [names[c.participant_id] for c in result.cards] == ["\u0141ukasz"]
    assert [(names[v.participant_id], v.count) for v in result.votes] == [("Ana", 3)]
    assert [[names[o] for o in a.owners] for a in result.actions] == [["\u0141ukasz", "Ana"]]
    assert result.run_state.agenda_item_id == result.agenda[0].id
    assert result.cards[0].agenda_item_id == result.agenda[0].id


def test_a_refusal_lists_twenty_problems_and_counts_the_rest(store):
    data = minimal()
    data["notes"] = [{"text": n} for n in range(45)]  # 45 notes whose text is a number
    with pytest.raises(WorkshopFileError) as caught:
        store.import_workshop(data)
    assert len(caught.value.details) == 21
    assert caught.value.details[0].startswith("notes[0].text: must be text")
    assert caught.value.details[-1] == "... and 25 more problems"
    assert "and 44 more problems" in str(caught.value)


def test_the_schema_bounds_are_the_apps_own():
    """The shipped workshop schema says the same limits as the model the app enforces."""
    from workshop_app import json_schemas
    from workshop_app.model.workshop import ACTION_STATUSES, MAX_DOTS, MAX_ITEM_MINUTES, MAX_WORKSHOP_MINUTES

    schema = json_schemas.load("workshop-v1")["properties"]
    assert schema["workshop"]["properties"]["planned_minutes"]["maximum"] == MAX_WORKSHOP_MINUTES
    assert schema["agenda"]["items"]["properties"]["minutes"]["maximum"] == MAX_ITEM_MINUTES
    assert schema["votes"]["items"]["properties"]["count"]["maximum"] == MAX_DOTS
    assert schema["actions"]["items"]["properties"]["status"]["enum"] == list(ACTION_STATUSES)
