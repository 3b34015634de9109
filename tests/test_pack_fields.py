"""The exercise fields a facilitator plans with (group size, preparation, experience, room set-up)
and materials with quantities: filled in the built-in pack, kept by the writer, old packs unchanged."""

from __future__ import annotations

import pytest

from workshop_app.model.pack import EXPERIENCE, MATERIAL_PER, Material
from workshop_app.packs import PackError, dump_pack_yaml, load_pack, parse_pack_yaml
from workshop_app.resources import exercises_dir

BUILTIN = exercises_dir() / "bridging-leadership-operations.yaml"

#: A pack as a trainer wrote it before the new keys: plain materials, no group size or set-up;
#: written in the writer's own layout, so writing it back must give the very same text.
OLD_PACK = """\
format: 1
id: old-pack
title: An old pack
version: 1.0.0
language: en
exercises:
  - id: hopes
    title: Hopes and concerns
    minutes: 10
    themes:
      - vision
    group: pairs, then whole room
    materials:
      - Sticky notes
      - Two flipcharts
    steps:
      - title: Write
        minutes: 10
        prompt: One hope, one concern.
    capture:
      type: cards
"""

QUANTITIES = OLD_PACK.replace("""\
    materials:
      - Sticky notes
      - Two flipcharts
""", """\
    group_size:
      min: 3
      max: 4
    prep_minutes: 15
    experience: some
    room_setup: Tables of four, a flipchart beside each
    materials:
      - Sticky notes
      - item: Pad of sticky notes
        per: participant
      - item: Flipchart
        per: group
        count: 2
""")


@pytest.mark.parametrize("exercise", load_pack(BUILTIN, builtin=True).exercises, ids=lambda e: e.id)
def test_every_built_in_exercise_says_group_size_preparation_experience_and_room_setup(exercise):
    assert exercise.group_size is not None
    assert 1 <= exercise.group_size.min <= exercise.group_size.max
    assert exercise.prep_minutes is not None and exercise.prep_minutes >= 0
    assert exercise.experience in EXPERIENCE
    assert len(exercise.room_setup.strip()) >= 20  # a real description, not a word


def test_the_built_in_pack_counts_what_matters_per_group_or_participant():
    pack = load_pack(BUILTIN, builtin=True)
    counted = {e.id: [m for m in e.materials if isinstance(m, Material)] for e in pack.exercises}
    assert any(m.per == "group" for m in counted["two-roles-trait-sort"])
    assert any(m.per == "participant" for m in counted["disconnect-map"])
    assert sum(len(found) for found in counted.values()) >= 10


def test_an_old_pack_loads_and_writes_back_unchanged():
    pack = parse_pack_yaml(OLD_PACK, "old.yaml")
    exercise = pack.exercises[0]
    assert exercise.materials == ["Sticky notes", "Two flipcharts"]
    assert exercise.group_size is None and exercise.prep_minutes is None
    assert exercise.experience == "" and exercise.room_setup == ""
    assert dump_pack_yaml(pack) == OLD_PACK


def test_materials_with_quantities_load_and_write_back_unchanged():
    pack = parse_pack_yaml(QUANTITIES, "new.yaml")
    exercise = pack.exercises[0]
    assert exercise.materials == ["Sticky notes", Material("Pad of sticky notes", "participant", 1),
                                  Material("Flipchart", "group", 2)]
    assert exercise.group_count(9) == 3
    assert dump_pack_yaml(pack) == QUANTITIES


@pytest.mark.parametrize(("entry", "field"), [
    ("      - item: Chairs\n        per: table\n", "per"),
    ("      - item: Chairs\n        per: room\n        count: 0\n", "count"),
    ("      - per: room\n", "item"),
])
def test_a_wrong_material_is_refused_naming_its_field(entry, field):
    text = QUANTITIES.replace("      - Sticky notes\n", entry)
    with pytest.raises(PackError) as caught:
        parse_pack_yaml(text, "bad.yaml")
    details = "\n".join(caught.value.details)
    assert "materials[0]" in details and field in details


def test_material_per_values_are_the_schemas():
    from workshop_app.packs.schema_check import load_schema

    material = load_schema()["$defs"]["material"]
    assert list(MATERIAL_PER) == material["properties"]["per"]["enum"]
