"""Materials as the pack editor shows them, one a line: a counted material ends with its count in
brackets, in the words the run sheet uses (``Pad of sticky notes [2 per participant]``); any other
line is a plain material, one for the room, kept as typed."""

from __future__ import annotations

import re
from functools import cache

from workshop_app.model.pack import Material
from workshop_app.plans.labels import material_rule, material_rules


def material_line(entry: str | Material) -> str:
    if isinstance(entry, Material):
        return f"{entry.item} [{material_rule(entry.per, entry.count)}]"
    return entry


@cache
def _counted(rules: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    """A line that ends with one of the rules (translated) in brackets, its count a number."""
    alternatives = "|".join(
        f"(?P<{per}>{re.escape(rule).replace(re.escape('{n}'), f'(?P<n_{per}>[0-9]{{1,3}})')})"
        for per, rule in rules)
    return re.compile(rf"^(?P<item>.*?\S)\s*\[(?:{alternatives})\]$")


def material_entry(line: str) -> str | Material:
    """A line back as a materials entry: counted if it ends with a count in brackets."""
    found = _counted(tuple(material_rules().items())).match(line)
    if found is None:
        return line
    per = next(p for p in material_rules() if found.group(p))
    return Material(found.group("item"), per, int(found.group(f"n_{per}")))
