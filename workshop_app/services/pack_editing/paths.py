"""Paths into a pack, the same as a problem's field: ``exercises[3].steps[0].minutes`` is
``("exercises", 3, "steps", 0, "minutes")``."""

from __future__ import annotations

import copy
import re
from dataclasses import is_dataclass
from typing import Any

from workshop_app.i18n import translate
from workshop_app.model.pack import (
    Axis,
    Exercise,
    Pack,
)
from workshop_app.services.pack_editing.common import AXES, Path_

_PART = re.compile(r"\[(\d+)\]|\['((?:[^'\\]|\\.)*)'\]|\.?([A-Za-z0-9_-]+)")


def parse_field(text: str) -> Path_:
    """A problem's field (``exercises[3].steps[0].minutes``) as a path tuple."""
    path: list[str | int] = []
    for index, quoted, name in _PART.findall(text or ""):
        path.append(int(index) if index else (quoted or name))
    return tuple(path)


def _child(node: Any, key: str | int) -> Any:
    if isinstance(key, int):
        return node[key] if isinstance(node, list) and 0 <= key < len(node) else None
    return getattr(node, key, None) if is_dataclass(node) else None


def get_at(root: Any, path: Path_) -> Any:
    """The value at ``path`` (None where the path leads nowhere, "" for the text of a missing axis)."""
    node = root
    for n, key in enumerate(path):
        if node is None and n and path[n - 1] in AXES:
            return ""
        node = _child(node, key)
    return node


def set_at(root: Any, path: Path_, value: Any) -> None:
    """Put a copy of ``value`` at ``path``; an axis is created when first written, removed when emptied."""
    parent = root
    for key in path[:-1]:
        child = _child(parent, key)
        if child is None and key in AXES:
            child = Axis(label="")
            setattr(parent, key, child)
        parent = child
    last = path[-1]
    if isinstance(last, int):
        parent[last] = copy.deepcopy(value)
    else:
        setattr(parent, last, copy.deepcopy(value))
    if isinstance(parent, Axis) and not (parent.label or parent.low or parent.high):
        setattr(get_at(root, path[:-2]), path[-2], None)


def location(pack: Pack, path: Path_) -> str:
    """Where a path points, in words: ``Exercise 2 “Rate”, step 1``."""
    parts = []
    if path[:1] == ("exercises",) and len(path) > 1 and isinstance(path[1], int):
        ex = get_at(pack, path[:2])
        title = ex.title if isinstance(ex, Exercise) and ex.title else ""
        parts.append(translate("PackEditor", "Exercise {n} “{title}”").format(n=path[1] + 1, title=title)
                     if title else translate("PackEditor", "Exercise {n}").format(n=path[1] + 1))
        if path[2:3] == ("steps",) and len(path) > 3:
            parts.append(translate("PackEditor", "step {n}").format(n=path[3] + 1))
    elif path[:1] == ("agendas",) and len(path) > 1 and isinstance(path[1], int):
        parts.append(translate("PackEditor", "Agenda {n}").format(n=path[1] + 1))
        if path[2:3] == ("items",) and len(path) > 3:
            parts.append(translate("PackEditor", "item {n}").format(n=path[3] + 1))
    elif path[:1] == ("exercises",):
        parts.append(translate("PackEditor", "Exercises"))
    elif path[:1] == ("agendas",):
        parts.append(translate("PackEditor", "Agendas"))
    else:
        parts.append(translate("PackEditor", "Pack details"))
    return ", ".join(parts)
