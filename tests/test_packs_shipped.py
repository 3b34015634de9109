"""The shipped files: built-in packs and schema are valid, and docs/packs.md's example loads."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from workshop_app.packs import dump_pack_yaml, limits, load_pack, parse_pack_yaml
from workshop_app.packs.schema_check import load_schema
from workshop_app.resources import exercises_dir

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs" / "packs.md"
SHIPPED = sorted(p for p in exercises_dir().iterdir() if p.suffix in (".yaml", ".yml", ".wspack"))


def test_schema_is_a_valid_draft_2020_12_schema():
    Draft202012Validator.check_schema(load_schema())


@pytest.mark.skipif(not SHIPPED, reason="no pack file in exercises/ yet")
@pytest.mark.parametrize("path", SHIPPED, ids=[p.name for p in SHIPPED])
def test_shipped_pack_validates_and_round_trips(path):
    pack = load_pack(path, builtin=True)
    text = dump_pack_yaml(pack)
    again = parse_pack_yaml(text, path.name, builtin=True, source=pack.source)
    assert again == pack
    assert dump_pack_yaml(again) == text


def docs_example() -> str:
    found = re.search(r"<!-- example-pack -->\s*```yaml\n(.*?)```", DOCS.read_text(encoding="utf-8"), re.S)
    assert found, "docs/packs.md lost its <!-- example-pack --> yaml block"
    return found.group(1)


def test_the_guide_example_is_a_complete_valid_pack():
    pack = parse_pack_yaml(docs_example(), "docs/packs.md example")
    assert len(pack.exercises) == 2 and len(pack.agendas) == 1
    kinds = {item.kind for item in pack.agendas[0].items}
    assert kinds == {"exercise", "break", "custom"}


def test_the_guide_states_the_real_limits():
    text = " ".join(DOCS.read_text(encoding="utf-8").split())
    for phrase in (f"at most {limits.size_text(limits.MAX_FILE_BYTES)}",
                   f"at most {limits.MAX_DEPTH} levels deep",
                   f"at most {limits.MAX_VALUES:,} values",
                   f"at most {limits.size_text(limits.MAX_ARCHIVE_BYTES)} on disk",
                   f"{limits.MAX_MEMBERS:,} files",
                   f"{limits.size_text(limits.MAX_MEMBER_BYTES)} per file",
                   f"{limits.size_text(limits.MAX_TOTAL_BYTES)} in all"):
        assert phrase in text, phrase


def test_model_and_schema_agree():
    """The dataclasses' fields and the model's vocabularies are the schema's, one to one."""
    from dataclasses import fields

    from workshop_app.model import pack as model

    schema = load_schema()
    defs = schema["$defs"]
    not_in_file = {"builtin", "source"}
    assert {f.name for f in fields(model.Pack)} - not_in_file == set(schema["properties"])
    for cls, name in ((model.Exercise, "exercise"), (model.Step, "step"), (model.Capture, "capture"),
                      (model.Axis, "axis"), (model.AgendaTemplate, "agenda"), (model.Material, "material"),
                      (model.GroupSize, "group_size")):
        assert {f.name for f in fields(cls)} == set(defs[name]["properties"]), name
    assert list(model.THEMES) == defs["theme"]["enum"]
    assert list(model.CAPTURE_TYPES) == defs["capture"]["properties"]["type"]["enum"]
    assert list(model.FEEDS) == defs["exercise"]["properties"]["feeds"]["enum"]
    assert list(model.EXPERIENCE) == defs["exercise"]["properties"]["experience"]["enum"]
    assert list(model.MATERIAL_PER) == defs["material"]["properties"]["per"]["enum"]
