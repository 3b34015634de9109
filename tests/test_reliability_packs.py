"""Structured fuzzing of the pack loader: well-formed YAML whose *content* is wrong in any way.

tests/test_packs_fuzz.py throws random bytes and mangled text at the loader (the YAML
scanner and parser). These build YAML mappings: the valid test pack with one value
anywhere replaced, removed or joined by an unknown field, and mappings made of the
schema's own field names. The loader must give a Pack that writes and reads back the
same, or a PackError whose every problem names the file and, where it has one, a line
of the file; never another exception.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from workshop_app.model.pack import Pack
from workshop_app.packs import PackError, dump_pack_yaml, parse_pack_yaml
from workshop_app.resources import schema_path

GOOD_TEXT = (Path(__file__).parent / "data" / "packs" / "good" / "full.yaml").read_text(encoding="utf-8")
GOOD = yaml.safe_load(GOOD_TEXT)
LABEL = "fuzz.yaml"
FAST = settings(max_examples=100, deadline=None)


def _field_names(node: Any, found: set[str]) -> set[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "properties" and isinstance(value, dict):
                found.update(value)
            _field_names(value, found)
    elif isinstance(node, list):
        for item in node:
            _field_names(item, found)
    return found


FIELDS = sorted(_field_names(json.loads(schema_path().read_text(encoding="utf-8")), set()))
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
SCALARS = (st.none() | st.booleans() | st.integers(-10**20, 10**20) | st.floats(allow_nan=True) | TEXT
           | st.sampled_from(["", "0", "1:30", "no", "2026-02-30", "notes", "cards", "dot_vote", "rating",
                              "matrix", "actions", "shared_outcomes", "break", "x" * 3000]))
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4)
                      | st.dictionaries(st.sampled_from(FIELDS) | TEXT, inner, max_size=4), max_leaves=12)


def paths(node: Any, prefix: tuple = ()) -> list[tuple]:
    """Every path to a value inside ``node`` (keys and list indexes)."""
    found = [prefix] if prefix else []
    if isinstance(node, dict):
        for key, value in node.items():
            found += paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += paths(value, (*prefix, index))
    return found


GOOD_PATHS = paths(GOOD)


def changed(path: tuple, how: str, value: Any) -> dict:
    data = json.loads(json.dumps(GOOD))  # a deep copy
    parent = data
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1]
    if how == "replace":
        parent[last] = value
    elif how == "remove":
        del parent[last]
    elif isinstance(parent, dict):
        parent[f"unknown_{len(str(value)) % 7}"] = value
    else:
        parent.append(value)
    return data


class _Dumper(yaml.SafeDumper):
    """Every string double-quoted: PyYAML resolves plain scalars by YAML 1.1 rules, the pack
    loader by YAML 1.2's (``09`` is text to one and a number to the other)."""


_Dumper.add_representer(str, lambda dumper, text: dumper.represent_scalar("tag:yaml.org,2002:str", text,
                                                                          style='"'))


def as_yaml(data: Any) -> str:
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10**6)


def load(text: str) -> Pack | PackError:
    try:
        pack = parse_pack_yaml(text, LABEL)
    except PackError as error:
        assert error.problems, "a PackError always says why"
        lines = text.count("\n") + 1
        for problem in error.problems:
            assert problem.file == LABEL
            assert problem.message.strip()
            assert problem.line is None or 1 <= problem.line <= lines, str(problem)
        return error
    again = parse_pack_yaml(dump_pack_yaml(pack), "again.yaml")
    assert again == pack, "a pack that loads writes and reads back the same"
    return pack


def test_the_unchanged_pack_loads():
    assert isinstance(load(as_yaml(GOOD)), Pack)


@FAST
@given(st.sampled_from(GOOD_PATHS), st.sampled_from(["replace", "remove", "add"]), VALUES)
def test_the_valid_pack_with_one_value_changed_anywhere(path, how, value):
    load(as_yaml(changed(path, how, value)))


@FAST
@given(st.dictionaries(st.sampled_from(FIELDS), VALUES, max_size=10))
def test_mappings_made_of_the_schemas_field_names(data):
    load(as_yaml({"format": 1, **data}))


@FAST
@given(st.lists(st.dictionaries(st.sampled_from(FIELDS), VALUES, max_size=8), max_size=4),
       st.sampled_from(["exercises", "agendas"]))
def test_lists_of_pack_like_entries(entries, section):
    data = json.loads(json.dumps(GOOD))
    data[section] = entries
    load(as_yaml(data))
