"""The pack reader's two event sources (libyaml when PyYAML has it, else pure Python) read
every pack alike: the quick one either declines or gives exactly the pure reader's document."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from workshop_app.packs import safe_yaml
from workshop_app.packs.errors import PackError
from workshop_app.resources import exercises_dir

DATA = Path(__file__).parent / "data" / "packs"
FILES = sorted([*exercises_dir().glob("*.yaml"), *DATA.glob("good/*.yaml"), *DATA.glob("bad/*.yaml")])
SHIPPED = sorted(exercises_dir().glob("*.yaml"))


def _read(path: Path):
    try:
        doc = safe_yaml.read_yaml(path.read_bytes(), path.name)
    except PackError as exc:
        return "refused", [str(p) for p in exc.problems]
    return doc.data, doc.positions, doc.key_positions, [str(p) for p in doc.problems], doc.voided


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_both_readers_give_the_same_document(path, monkeypatch):
    either = _read(path)
    monkeypatch.setattr(safe_yaml, "_FastComposer", None)  # the pure-Python reader alone
    assert _read(path) == either


@pytest.mark.skipif(not yaml.__with_libyaml__, reason="PyYAML without libyaml")
@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_the_shipped_packs_are_read_by_libyaml(path):
    text = safe_yaml.decode_text(path.read_bytes(), path.name)
    assert safe_yaml._read_quickly(text, path.name) is not None


@pytest.mark.skipif(not yaml.__with_libyaml__, reason="PyYAML without libyaml")
@pytest.mark.parametrize("name", ["syntax-error.yaml", "anchors-aliases.yaml", "duplicate-keys.yaml",
                                  "custom-tag.yaml", "two-documents.yaml", "escaped-surrogate.yaml"])
def test_a_file_with_problems_is_left_to_the_pure_reader(name):
    path = DATA / "bad" / name
    text = safe_yaml.decode_text(path.read_bytes(), name)
    assert safe_yaml._read_quickly(text, name) is None
