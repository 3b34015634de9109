"""Counting per group needs a group size: `packs validate` says where a pack forgets it, and where
its group size runs backwards (file:line:column, the field, what to do)."""

from __future__ import annotations

import re

from workshop_app.packs import load_pack
from workshop_app.resources import exercises_dir

PACK = """\
format: 1
id: group-rules
title: Group rules
version: "1.0"
exercises:
  - id: sort
    title: Sort
    minutes: 10
    themes: [roles]
    steps:
      - {title: Sort, minutes: 10, prompt: Sort them.}
    capture: {type: notes}
    materials:
      - Masking tape
      - {item: Flipchart, per: group}
      - {item: Pen, per: participant}
    handouts:
      - kind: cards
        title: Behaviour cards
        per: group
        items: [One, Two]
      - kind: sheet
        title: Rating sheet
        per: participant
  - id: pairs
    title: Pairs
    minutes: 10
    themes: [roles]
    group_size: {min: 4, max: 2}
    steps:
      - {title: Talk, minutes: 10, prompt: Talk.}
    capture: {type: notes}
"""


def validate(run_cli, tmp_path, text: str) -> tuple[int, list[str]]:
    path = tmp_path / "pack.yaml"
    path.write_text(text, encoding="utf-8")
    code, out, err = run_cli("packs", "validate", str(path))
    return code, (out + err).splitlines()


def line_of(text: str, needle: str, nth: int = 1) -> int:
    lines = [n for n, line in enumerate(text.splitlines(), 1) if needle in line]
    return lines[nth - 1]


def problem(lines: list[str], field: str) -> tuple[int, int, str]:
    """(line, column, message) of the problem at ``field``."""
    found = [re.match(rf".*pack\.yaml:(\d+):(\d+): {re.escape(field)}: (.*)$", line) for line in lines]
    (match,) = [m for m in found if m]
    return int(match.group(1)), int(match.group(2)), match.group(3)


def test_per_group_without_a_group_size_and_a_backwards_size_are_named(run_cli, tmp_path):
    code, lines = validate(run_cli, tmp_path, PACK)
    assert code != 0
    line, column, message = problem(lines, "exercises[0].handouts[0].per")
    assert line == line_of(PACK, "per: group", 2) and column > 1
    assert "group_size" in message and "one group" in message
    line, _column, message = problem(lines, "exercises[0].materials[1].per")
    assert line == line_of(PACK, "{item: Flipchart, per: group}")
    assert "group_size" in message
    line, _column, message = problem(lines, "exercises[1].group_size.min")
    assert line == line_of(PACK, "group_size: {min: 4, max: 2}")
    assert message == ("is 4, more than group_size.max (2); the smallest group cannot be larger "
                       "than the largest")
    # per participant, per room and plain lines need no group size: nothing said about them
    assert not any("materials[0]" in x or "materials[2]" in x or "handouts[1]" in x for x in lines)
    assert len([x for x in lines if "pack.yaml:" in x]) == 3


def test_the_same_pack_with_group_sizes_is_valid(run_cli, tmp_path):
    fixed = PACK.replace("    steps:\n      - {title: Sort", "    group_size: {min: 3, max: 4}\n"
                         "    steps:\n      - {title: Sort").replace("{min: 4, max: 2}", "{min: 2, max: 2}")
    code, lines = validate(run_cli, tmp_path, fixed)
    assert code == 0, lines


def test_the_built_in_pack_counts_per_group_only_with_a_group_size():
    pack = load_pack(exercises_dir() / "bridging-leadership-operations.yaml")  # raises on any finding
    for exercise in pack.exercises:
        if exercise.group_size is not None:
            assert exercise.group_size.min <= exercise.group_size.max
