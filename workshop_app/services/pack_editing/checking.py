"""Checking a pack being edited with the very checks and messages of ``packs validate``."""

from __future__ import annotations

import copy
from dataclasses import dataclass, fields

from workshop_app.i18n import translate
from workshop_app.model.pack import (
    Capture,
    Pack,
)
from workshop_app.packs.errors import PackError, Problem
from workshop_app.packs.loader import check_pack
from workshop_app.services.pack_editing.common import CAPTURE_SETTINGS, Path_
from workshop_app.services.pack_editing.paths import parse_field


def for_saving(pack: Pack) -> Pack:
    """A copy as it is saved: capture settings the type does not use are dropped."""
    saved = copy.deepcopy(pack)
    saved.builtin, saved.source = False, ""
    defaults = Capture()
    for ex in saved.exercises:
        used = CAPTURE_SETTINGS.get(ex.capture.type)
        if used is None:
            continue
        for f in fields(Capture):
            if f.name != "type" and f.name not in used:
                setattr(ex.capture, f.name, copy.deepcopy(getattr(defaults, f.name)))
    return saved


def validate(pack: Pack, taken_ids: set[str] = frozenset(), builtin_ids: set[str] = frozenset()
             ) -> list[Problem]:
    """Every problem of the pack as it would be saved: ``packs validate``'s, then clashing ids."""
    label = f"{pack.id or 'pack'}.yaml"
    try:
        check_pack(for_saving(pack))
        problems: list[Problem] = []
    except PackError as exc:
        problems = list(exc.problems)
    if pack.id in builtin_ids:
        message = translate("PackEditor", "'{id}' is the id of a built-in pack; give your pack its own id")
        problems.append(Problem(label, None, None, "id", message.format(id=pack.id)))
    elif pack.id in taken_ids:
        problems.append(Problem(label, None, None, "id", translate(
            "PackEditor", "another pack already has the id '{id}'").format(id=pack.id)))
    return problems


@dataclass(frozen=True)
class Located:
    """A problem with its field as a path."""

    path: Path_
    problem: Problem

    @property
    def message(self) -> str:
        return self.problem.message


def locate(problems: list[Problem]) -> list[Located]:
    return [Located(parse_field(p.field), p) for p in problems]


def under(located: list[Located], prefix: Path_) -> list[tuple[Path_, str]]:
    """(the rest of the path, message) for problems at or below ``prefix``."""
    n = len(prefix)
    return [(item.path[n:], item.message) for item in located if item.path[:n] == prefix]
