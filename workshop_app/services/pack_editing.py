"""Editing exercise packs: the half of the pack editor that needs no Qt.

- ids from titles (:func:`slugify`, :func:`unique_id`) and version bumps (:func:`suggest_versions`);
- paths into a pack, the same as a problem's field (``exercises[3].steps[0].minutes`` is
  ``("exercises", 3, "steps", 0, "minutes")``): :func:`parse_field`, :func:`get_at`, :func:`set_at`;
- validation with the very checks and messages of ``packs validate`` (:func:`validate`);
- drafts: packs that are not valid yet, kept in ``DATA/packs/drafts/`` where the library
  never looks (:class:`DraftStore`).
"""

from __future__ import annotations

import copy
import re
import unicodedata
from dataclasses import dataclass, fields, is_dataclass
from pathlib import Path
from typing import Any

from workshop_app.errors import UserError
from workshop_app.i18n import tr
from workshop_app.model.pack import (
    AgendaTemplate,
    AgendaTemplateItem,
    Axis,
    Capture,
    Exercise,
    Pack,
    Step,
    from_data,
)
from workshop_app.packs import limits
from workshop_app.packs.archive import read_wspack
from workshop_app.packs.errors import PackError, Problem, field_path  # noqa: F401 - for the GUI
from workshop_app.packs.loader import ARCHIVE_SUFFIX, check_pack, read_pack
from workshop_app.packs.safe_yaml import read_yaml
from workshop_app.packs.writer import (  # noqa: F401 - the writers are for the GUI too
    dump_pack_yaml,
    write_bytes_atomic,
    write_pack_yaml,
    write_wspack,
)

MAX_ID = 64
AXES = ("x_axis", "y_axis")
#: The capture settings each type uses; the others are kept while editing but never saved.
CAPTURE_SETTINGS: dict[str, tuple[str, ...]] = {
    "notes": (),
    "cards": ("options",),
    "dot_vote": ("votes_per_participant", "options"),
    "rating": ("criteria", "scale_min", "scale_max"),
    "matrix": ("x_axis", "y_axis", "options"),
    "actions": (),
}
DEFAULT_VOTES = 3

Path_ = tuple[str | int, ...]


# -- ids and versions ---------------------------------------------------------------------------
def slugify(text: str, max_len: int = MAX_ID) -> str:
    """``"Hopes & concerns (v2)"`` -> ``"hopes-concerns-v2"``: lowercase ASCII letters and digits."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", plain).strip("-")
    return slug[:max_len].rstrip("-")


def unique_id(base: str, taken: set[str] | list[str], fallback: str = "item") -> str:
    """``base`` (or ``fallback``) made unique among ``taken`` with ``-2``, ``-3``..."""
    base = base or fallback
    taken = set(taken)
    candidate, n = base, 2
    while candidate in taken:
        suffix = f"-{n}"
        candidate = base[:MAX_ID - len(suffix)].rstrip("-") + suffix
        n += 1
    return candidate


_VERSION = re.compile(r"^(\d+)(?:\.(\d+))?(?:\.(\d+))?")


def suggest_versions(version: str) -> list[str]:
    """The next versions to offer: ``1.0.0`` -> ``["1.0.1", "1.1.0"]`` (a small fix, new content)."""
    match = _VERSION.match(version.strip())
    if not match:
        return []
    major, minor, patch = (int(part or 0) for part in match.groups())
    return [f"{major}.{minor}.{patch + 1}", f"{major}.{minor + 1}.0"]


# -- paths into a pack ---------------------------------------------------------------------------
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
        parts.append(tr("PackEditor", "Exercise {n} “{title}”").format(n=path[1] + 1, title=title)
                     if title else tr("PackEditor", "Exercise {n}").format(n=path[1] + 1))
        if path[2:3] == ("steps",) and len(path) > 3:
            parts.append(tr("PackEditor", "step {n}").format(n=path[3] + 1))
    elif path[:1] == ("agendas",) and len(path) > 1 and isinstance(path[1], int):
        parts.append(tr("PackEditor", "Agenda {n}").format(n=path[1] + 1))
        if path[2:3] == ("items",) and len(path) > 3:
            parts.append(tr("PackEditor", "item {n}").format(n=path[3] + 1))
    elif path[:1] == ("exercises",):
        parts.append(tr("PackEditor", "Exercises"))
    elif path[:1] == ("agendas",):
        parts.append(tr("PackEditor", "Agendas"))
    else:
        parts.append(tr("PackEditor", "Pack details"))
    return ", ".join(parts)


# -- new parts -----------------------------------------------------------------------------------
def new_pack() -> Pack:
    return Pack(id="", title="", version="1.0.0", author="", language="en")


def new_exercise() -> Exercise:
    return Exercise(id="", title="", minutes=5, steps=[new_step()])


def new_step() -> Step:
    return Step(title="", minutes=5, prompt="")


def new_agenda(pack: Pack) -> AgendaTemplate:
    ident = unique_id("agenda", {a.id for a in pack.agendas})
    first = pack.exercises[0].id if pack.exercises else ""
    return AgendaTemplate(id=ident, title="", items=[AgendaTemplateItem(exercise=first, kind="exercise")])


def copy_exercise(pack: Pack, exercise: Exercise) -> Exercise:
    """A copy with an id of its own."""
    twin = copy.deepcopy(exercise)
    twin.id = unique_id(f"{exercise.id}-copy" if exercise.id else "", {e.id for e in pack.exercises},
                        "exercise")
    twin.title = tr("PackEditor", "{title} (copy)").format(title=exercise.title)[:200]
    return twin


def reference_changes(pack: Pack, old_id: str, new_id: str, changing: int) -> list[tuple[Path_, str, str]]:
    """Agenda items to point at an exercise's new id (none when either id is another exercise's)."""
    others = {e.id for i, e in enumerate(pack.exercises) if i != changing}
    if not old_id or old_id == new_id or old_id in others or new_id in others:
        return []
    return [(("agendas", a, "items", j, "exercise"), old_id, new_id)
            for a, agenda in enumerate(pack.agendas) for j, item in enumerate(agenda.items)
            if item.kind == "exercise" and item.exercise == old_id]


# -- validation ----------------------------------------------------------------------------------
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
        message = tr("PackEditor", "'{id}' is the id of a built-in pack; give your pack its own id")
        problems.append(Problem(label, None, None, "id", message.format(id=pack.id)))
    elif pack.id in taken_ids:
        problems.append(Problem(label, None, None, "id", tr(
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


# -- drafts --------------------------------------------------------------------------------------
def pack_from_draft(data: Any) -> Pack:
    """The pack in a draft's data, as far as it goes: wrong or missing values become empty."""
    return from_data(Pack, data if isinstance(data, dict) else {})


def read_pack_leniently(data: bytes, label: str) -> Pack:
    """A pack from YAML that may break the format's rules (but not YAML's or the safety limits)."""
    return pack_from_draft(read_yaml(data, label).data)


def load_for_editing(path: str | Path) -> tuple[Pack, dict[str, bytes], list[Problem]]:
    """A pack file to edit, valid or not: (pack, its pictures, its problems).

    Raises PackError only when there is nothing to edit (not YAML, refused as unsafe, unreadable).
    """
    path = Path(path)
    try:
        loaded = read_pack(path)
        return loaded.pack, loaded.assets, []
    except PackError as exc:
        problems = exc.problems
    try:
        with path.open("rb") as handle:
            data = handle.read(limits.MAX_ARCHIVE_BYTES + 1)
    except OSError as exc:
        raise PackError.single(str(path), str(exc.strerror or exc)) from None
    assets: dict[str, bytes] = {}
    if path.suffix.lower() == ARCHIVE_SUFFIX:
        data, assets = read_wspack(data, str(path))
    return read_pack_leniently(data, str(path)), assets, problems


@dataclass(frozen=True)
class DraftInfo:
    key: str
    title: str
    path: Path
    modified: float


class DraftStore:
    """Packs kept as drafts: ``<folder>/<key>.yaml``, one per pack being edited."""

    def __init__(self, folder: str | Path):
        self.folder = Path(folder)

    def path(self, key: str) -> Path:
        return self.folder / f"{slugify(key) or 'draft'}.yaml"

    def exists(self, key: str) -> bool:
        return self.path(key).is_file()

    def save(self, key: str, pack: Pack) -> Path:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UserError(tr("PackEditor", "Cannot create the drafts folder {path}: {reason}")
                            .format(path=self.folder, reason=exc.strerror or exc)) from exc
        return write_bytes_atomic(self.path(key), dump_pack_yaml(pack).encode("utf-8"))

    def load(self, key: str) -> Pack:
        path = self.path(key)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise UserError(tr("PackEditor", "Cannot read the draft {path}: {reason}")
                            .format(path=path, reason=exc.strerror or exc)) from exc
        return read_pack_leniently(data, str(path))

    def delete(self, key: str) -> None:
        self.path(key).unlink(missing_ok=True)

    def drafts(self) -> list[DraftInfo]:
        """The drafts kept, newest first (a draft that cannot be read is listed under its file name)."""
        found = []
        for path in sorted(self.folder.glob("*.yaml")) if self.folder.is_dir() else []:
            try:
                title = self.load(path.stem).title
            except UserError:
                title = ""
            found.append(DraftInfo(path.stem, title or path.stem, path, path.stat().st_mtime))
        return sorted(found, key=lambda d: -d.modified)

    def free_key(self, taken: set[str], base: str = "new-pack") -> str:
        """A key for a new pack's draft: no draft and no pack has it."""
        return unique_id(base, taken | {d.key for d in self.drafts()})
