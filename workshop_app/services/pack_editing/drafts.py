"""Drafts: packs that are not valid yet, kept in ``DATA/packs/drafts/`` where the library
never looks; and reading a pack file leniently to edit it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workshop_app.errors import UserError
from workshop_app.i18n import translate
from workshop_app.model.pack import (
    Pack,
    from_data,
)
from workshop_app.packs import limits
from workshop_app.packs.archive import read_wspack
from workshop_app.packs.errors import PackError, Problem
from workshop_app.packs.loader import ARCHIVE_SUFFIX, read_pack
from workshop_app.packs.safe_yaml import read_yaml
from workshop_app.packs.writer import (
    dump_pack_yaml,
    write_bytes_atomic,
)
from workshop_app.services.pack_editing.ids import slugify, unique_id


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
            raise UserError(translate("PackEditor", "Cannot create the drafts folder {path}: {reason}")
                            .format(path=self.folder, reason=exc.strerror or exc)) from exc
        return write_bytes_atomic(self.path(key), dump_pack_yaml(pack).encode("utf-8"))

    def load(self, key: str) -> Pack:
        path = self.path(key)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise UserError(translate("PackEditor", "Cannot read the draft {path}: {reason}")
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
