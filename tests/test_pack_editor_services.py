"""The pack editor's logic without a display: ids, versions, paths, validation, drafts."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from workshop_app.model import Axis
from workshop_app.packs import PackError, load_pack, validate_file, write_pack_yaml
from workshop_app.services import pack_editing as pe

DATA = Path(__file__).parent / "data" / "packs"


@pytest.fixture
def pack():
    return load_pack(DATA / "good" / "full.yaml")


@pytest.mark.parametrize(("text", "slug"), [
    ("Hopes and concerns", "hopes-and-concerns"),
    ("  Rate our meetings!  ", "rate-our-meetings"),
    ("Café & Crème (v2)", "cafe-creme-v2"),
    ("---", ""),
    ("Ünïcödé", "unicode"),
    ("x" * 80, "x" * 64),
])
def test_slugify(text, slug):
    assert pe.slugify(text) == slug


def test_unique_id_counts_up_and_keeps_the_limit():
    assert pe.unique_id("team", {"team", "team-2"}) == "team-3"
    assert pe.unique_id("", set(), "exercise") == "exercise"
    long = "a" * 64
    assert pe.unique_id(long, {long}) == "a" * 62 + "-2"


@pytest.mark.parametrize(("version", "offered"), [
    ("1.0.0", ["1.0.1", "1.1.0"]),
    ("1.0", ["1.0.1", "1.1.0"]),
    ("2", ["2.0.1", "2.1.0"]),
    ("1.4.9-beta", ["1.4.10", "1.5.0"]),
    ("draft", []),
])
def test_suggest_versions(version, offered):
    assert pe.suggest_versions(version) == offered


def test_field_paths_read_and_write_the_pack(pack):
    path = pe.parse_field("exercises[1].steps[0].minutes")
    assert path == ("exercises", 1, "steps", 0, "minutes")
    assert pe.get_at(pack, path) == pack.exercises[1].steps[0].minutes
    pe.set_at(pack, path, 42)
    assert pack.exercises[1].steps[0].minutes == 42
    assert pe.parse_field("agendas[0].items[2]") == ("agendas", 0, "items", 2)
    assert pe.get_at(pack, ("exercises", 99, "title")) is None


def test_an_axis_is_made_when_written_and_dropped_when_emptied(pack):
    capture = pack.exercises[0].capture
    capture.x_axis = None
    path = ("exercises", 0, "capture", "x_axis", "label")
    assert pe.get_at(pack, path) == ""
    pe.set_at(pack, path, "Effort")
    assert capture.x_axis == Axis("Effort")
    pe.set_at(pack, path, "")
    assert capture.x_axis is None


def test_validation_gives_the_messages_of_packs_validate(pack, tmp_path):
    pack.exercises[0].steps[0].minutes += 3
    pack.exercises[0].capture.type = "dot_vote"
    pack.exercises[0].capture.votes_per_participant = None
    file = tmp_path / "broken.yaml"
    write_pack_yaml(pack, file)
    from_cli = {(p.field, p.message) for p in validate_file(file)}
    in_editor = {(p.field, p.message) for p in pe.validate(pack)}
    assert in_editor == from_cli
    assert ("exercises[0].capture.votes_per_participant", "is required for a dot_vote capture") in in_editor
    assert any(f == "exercises[0].minutes" and "steps add up to" in m for f, m in in_editor)


def test_validation_ignores_settings_the_capture_type_does_not_use(pack):
    capture = pack.exercises[0].capture
    capture.type = "notes"
    capture.criteria = [""]  # left over from a rating: never saved, so never a problem
    assert pe.validate(pack) == []
    saved = pe.for_saving(pack)
    assert saved.exercises[0].capture.criteria == [] and capture.criteria == [""]


def test_validation_refuses_ids_of_other_packs(pack):
    assert [p.message for p in pe.validate(pack, builtin_ids={pack.id})] == [
        f"'{pack.id}' is the id of a built-in pack; give your pack its own id"]
    assert [p.field for p in pe.validate(pack, taken_ids={pack.id})] == ["id"]
    located = pe.locate(pe.validate(pack, taken_ids={pack.id}))
    assert pe.under(located, ()) == [(("id",), f"another pack already has the id '{pack.id}'")]


def test_agenda_items_follow_a_renamed_exercise_unless_ids_clash(pack):
    old = pack.exercises[0].id
    refs = [(a, j) for a, ag in enumerate(pack.agendas) for j, item in enumerate(ag.items)
            if item.exercise == old]
    assert refs
    changes = pe.reference_changes(pack, old, "renamed", 0)
    assert [c[0] for c in changes] == [("agendas", a, "items", j, "exercise") for a, j in refs]
    assert pe.reference_changes(pack, old, pack.exercises[1].id, 0) == []


def test_a_draft_keeps_an_invalid_pack_as_it_was(pack, tmp_path):
    drafts = pe.DraftStore(tmp_path / "drafts")
    pack.title = ""
    pack.exercises[0].steps[0].minutes = 0
    pack.exercises[0].capture.x_axis = Axis("", "low", "")
    path = drafts.save(pack.id, pack)
    with pytest.raises(PackError):
        load_pack(path)  # not a valid pack: the library would skip it
    again = drafts.load(pack.id)
    expected = copy.deepcopy(pack)
    expected.source = ""
    assert again.exercises == expected.exercises and again.agendas == expected.agendas
    assert again.title == "" and again.id == pack.id
    assert [d.key for d in drafts.drafts()] == [pack.id]
    assert drafts.free_key({"new-pack"}) == "new-pack-2"
    drafts.delete(pack.id)
    assert drafts.drafts() == []


def test_a_pack_that_breaks_the_rules_still_opens_for_editing(tmp_path):
    pack, assets, problems = pe.load_for_editing(DATA / "bad" / "many-problems.yaml")
    assert problems and assets == {}
    assert pack.exercises  # what could be read is there to fix
    with pytest.raises(PackError):
        pe.load_for_editing(DATA / "bad" / "syntax-error.yaml")


def test_drafts_read_leniently():
    pack = pe.pack_from_draft({"id": 5, "title": None, "exercises": [
        {"title": "T", "minutes": "ten", "steps": [{"minutes": True}, "junk"],
         "capture": {"type": "matrix", "x_axis": {"label": "Effort"}, "y_axis": "no"}}],
        "agendas": [{"items": [{"break": "Coffee", "minutes": 10}, {"exercise": "t"}]}]})
    assert pack.id == "5" and pack.title == ""
    ex = pack.exercises[0]
    assert ex.minutes == 0 and len(ex.steps) == 1 and ex.steps[0].minutes == 0
    assert ex.capture.x_axis == Axis("Effort") and ex.capture.y_axis is None
    assert [(i.kind, i.title, i.exercise) for i in pack.agendas[0].items] == [
        ("break", "Coffee", None), ("exercise", "", "t")]


@pytest.mark.parametrize(("line", "entry"), [
    ("Pad of sticky notes [2 per participant]", ("Pad of sticky notes", "participant", 2)),
    ("Set of cards [1 per group]", ("Set of cards", "group", 1)),
    ("Table sign [4 for the room]", ("Table sign", "room", 4)),
    ("Bell [1 for the facilitator]", ("Bell", "facilitator", 1)),
    ("Masking tape", None),
    ("Cards [some per group]", None),  # not a count: a plain line, kept as typed
    ("[2 per group]", None),  # no item
])
def test_a_material_line_reads_as_counted_only_with_its_count_in_brackets(line, entry):
    from workshop_app.model.pack import Material

    read = pe.material_entry(line)
    assert read == (Material(*entry) if entry else line)
    assert pe.material_line(read) == line


def test_a_material_counted_zero_times_is_a_problem_at_its_count(pack):
    pack.exercises[0].materials = [pe.material_entry("Pens [0 per participant]")]
    assert [p.field for p in pe.validate(pack, set(), set())] == ["exercises[0].materials[0].count"]
