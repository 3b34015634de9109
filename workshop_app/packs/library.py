"""The pack library: built-in packs (read-only) and the user's packs (imported, duplicated, edited).

Nothing is parsed until first asked for (the GUI's window shows before any
pack is read); each file is parsed once and kept until it changes on disk.
A broken pack file never hides the others: it is listed in :meth:`problems`.
Returned packs are shared: copy one (``copy.deepcopy``) before changing it.
"""

from __future__ import annotations

import copy
import os
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path

from workshop_app.errors import NotFoundError, UserError
from workshop_app.i18n import language_part, translate
from workshop_app.model.pack import THEMES, Exercise, Pack
from workshop_app.packs.errors import PackError, PackExistsError, file_problem
from workshop_app.packs.ids import MAX_ID, unique_id
from workshop_app.packs.loader import ARCHIVE_SUFFIX, PACK_SUFFIXES, check_pack, read_pack
from workshop_app.packs.writer import write_bytes_atomic, write_pack_yaml, write_wspack, wspack_bytes

_SLUG = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*\Z")


def _pack_files(folder: Path | None) -> list[Path]:
    if folder is None or not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir()
                  if p.suffix.lower() in PACK_SUFFIXES and not p.name.startswith(".") and p.is_file())


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size


def _order(pack: Pack) -> tuple[str, str]:
    return pack.title.casefold(), pack.id


@dataclass
class _State:
    packs: list[Pack] = field(default_factory=list)
    problems: list[PackError] = field(default_factory=list)
    files: dict[str, Path] = field(default_factory=dict)  # pack id -> file


class PackLibrary:
    def __init__(self, builtin_dir: str | os.PathLike | None, user_dir: str | os.PathLike):
        self.builtin_dir = Path(builtin_dir) if builtin_dir is not None else None
        self.user_dir = Path(user_dir)
        self._lock = threading.RLock()
        self._cache: dict[Path, tuple[tuple[int, int] | None, Pack | PackError]] = {}
        self._state: _State | None = None

    # -- reading -------------------------------------------------------------

    def _load(self, path: Path, builtin: bool) -> Pack | PackError:
        stamp = _stamp(path)
        cached = self._cache.get(path)
        if cached is not None and cached[0] == stamp and stamp is not None:
            return cached[1]
        try:
            result: Pack | PackError = read_pack(path, builtin=builtin).pack
        except PackError as exc:
            result = exc
        except UserError as exc:  # vanished or unreadable between listing and reading
            result = PackError(str(path), [file_problem(str(path), str(exc))])
        self._cache[path] = (stamp, result)
        return result

    def _scan(self) -> _State:
        state = _State()
        for builtin, folder in ((True, self.builtin_dir), (False, self.user_dir)):
            group = []
            for path in _pack_files(folder):
                result = self._load(path, builtin)
                if isinstance(result, PackError):
                    state.problems.append(result)
                elif result.id in state.files:
                    state.problems.append(PackError.single(str(path), translate(
                        "Packs", "the pack id '{id}' is already used by {other}; this file is skipped")
                        .format(id=result.id, other=state.files[result.id])))
                else:
                    state.files[result.id] = path
                    group.append(result)
            state.packs.extend(sorted(group, key=_order))
        return state

    def _ensure(self) -> _State:
        with self._lock:
            if self._state is None:
                self._state = self._scan()
            return self._state

    def reload(self) -> None:
        """Forget what was read; the next call rereads the folders (unchanged files stay cached)."""
        with self._lock:
            self._state = None

    def packs(self, language: str | None = None) -> list[Pack]:
        """Built-in packs (``builtin=True``) then the user's, each group by title; with
        ``language`` (a workshop's), the packs in that language first, in the same order."""
        packs = list(self._ensure().packs)
        if language:
            wanted = language_part(language)
            packs.sort(key=lambda pack: language_part(pack.language) != wanted)  # stable
        return packs

    def problems(self) -> list[PackError]:
        """Pack files that could not be used, each with all its problems."""
        return list(self._ensure().problems)

    def get(self, pack_id: str) -> Pack:
        for pack in self._ensure().packs:
            if pack.id == pack_id:
                return pack
        raise NotFoundError(translate("Packs", "No pack with id '{id}'.").format(id=pack_id))

    def exercise(self, pack_id: str, exercise_id: str) -> Exercise:
        pack = self.get(pack_id)
        found = pack.exercise(exercise_id)
        if found is None:
            raise NotFoundError(translate("Packs", "Pack '{pack}' has no exercise with id '{id}'.")
                                .format(pack=pack_id, id=exercise_id))
        return found

    def search_exercises(self, text: str = "", theme: str | None = None,
                         max_minutes: int | None = None,
                         language: str | None = None) -> list[tuple[Pack, Exercise]]:
        """Exercises holding every word of ``text`` (title, summary, objective, group, themes),
        carrying ``theme``, and lasting at most ``max_minutes``; in library order (``language``:
        see :meth:`packs`)."""
        words = text.casefold().split()
        found = []
        for pack in self.packs(language):
            for ex in pack.exercises:
                if theme is not None and theme not in ex.themes:
                    continue
                if max_minutes is not None and ex.minutes > max_minutes:
                    continue
                haystack = " ".join([ex.id, ex.title, ex.summary, ex.objective, ex.group, *ex.themes,
                                     *(THEMES.get(t, "") for t in ex.themes)]).casefold()
                if all(word in haystack for word in words):
                    found.append((pack, ex))
        return found

    # -- writing -------------------------------------------------------------

    def _builtin_ids(self) -> set[str]:
        return {p.id for p in self._ensure().packs if p.builtin}

    def _user_file(self, pack_id: str) -> Path | None:
        state = self._ensure()
        path = state.files.get(pack_id)
        return path if path is not None and pack_id not in self._builtin_ids() else None

    def _target(self, pack_id: str, suffix: str, existing: Path | None) -> Path:
        """Where a user pack is saved: ``<id><suffix>``, unless another pack's file has that name."""
        self.user_dir.mkdir(parents=True, exist_ok=True)
        target = self.user_dir / f"{pack_id}{suffix}"
        n = 2
        while target.exists() and target != existing:
            target = self.user_dir / f"{pack_id}-{n}{suffix}"
            n += 1
        if self.builtin_dir is not None and target.resolve().is_relative_to(self.builtin_dir.resolve()):
            raise UserError(translate("Packs", "The user pack folder is inside the built-in pack folder; "
                                               "built-in packs are never written."))
        return target

    def _settle(self, pack_id: str, written: Path, existing: Path | None) -> Pack:
        if existing is not None and existing != written:
            existing.unlink(missing_ok=True)
        self.reload()
        return self.get(pack_id)

    def _refuse_builtin_id(self, pack_id: str, message: str) -> None:
        if pack_id in self._builtin_ids():
            raise UserError(message.format(id=pack_id))

    def import_file(self, path: str | os.PathLike, *, replace: bool = False) -> Pack:
        """Validate a pack file and copy it into the user folder (``<id>.yaml`` or ``<id>.wspack``)."""
        with self._lock:
            loaded = read_pack(path)
            pack_id = loaded.pack.id
            self._refuse_builtin_id(pack_id, translate(
                "Packs", "The pack id '{id}' belongs to a built-in pack. Give your pack its own id "
                         "(the 'id' field) to import it."))
            existing = self._user_file(pack_id)
            if existing is not None and not replace:
                raise PackExistsError(translate("Packs",
                                                "A user pack with id '{id}' is already imported ({file}).")
                                      .format(id=pack_id, file=existing.name), pack_id)
            suffix = ARCHIVE_SUFFIX if Path(path).suffix.lower() == ARCHIVE_SUFFIX else ".yaml"
            target = self._target(pack_id, suffix, existing)
            write_bytes_atomic(target, loaded.data)
            return self._settle(pack_id, target, existing)

    def assets(self, pack_id: str) -> dict[str, bytes]:
        """The assets of a pack kept as a ``.wspack`` (``{"assets/x.png": bytes}``), else {}."""
        pack = self.get(pack_id)
        if not pack.source.lower().endswith(ARCHIVE_SUFFIX):
            return {}
        return read_pack(pack.source, builtin=pack.builtin).assets

    def export(self, pack_id: str, out_path: str | os.PathLike) -> Path:
        """Write a pack to ``out_path``: YAML for ``.yaml``/``.yml``, an archive with assets for ``.wspack``.

        Unlike saving, exporting may write anywhere the user names.
        """
        pack = self.get(pack_id)
        out = Path(out_path)
        suffix = out.suffix.lower()
        if suffix == ARCHIVE_SUFFIX:
            return write_wspack(pack, out, self.assets(pack_id))
        if suffix in (".yaml", ".yml"):
            return write_pack_yaml(pack, out)
        raise UserError(translate("Packs", "Cannot export to {path}: the name must end in .yaml or .wspack")
                        .format(path=out))

    def duplicate(self, pack_id: str, new_id: str | None = None, new_title: str | None = None) -> Pack:
        """Copy a pack (built-in or user) into a new, editable user pack; ``<id>-copy`` by default."""
        with self._lock:
            source = self.get(pack_id)
            if new_id is None:
                new_id = unique_id(f"{pack_id}-copy", self._ensure().files)
            elif not _SLUG.match(new_id) or len(new_id) > MAX_ID:
                raise UserError(translate("Packs",
                                          "'{id}' is not a valid pack id: use lowercase letters and digits "
                                          "joined by single hyphens").format(id=new_id))
            elif new_id in self._ensure().files:
                raise UserError(translate("Packs", "A pack with id '{id}' already exists.").format(id=new_id))
            pack = copy.deepcopy(source)
            pack.id = new_id
            pack.title = new_title or translate("Packs", "{title} (copy)").format(title=source.title)[:200]
            pack.builtin = False
            pack.source = ""
            return self.save_user_pack(pack, assets=self.assets(pack_id) or None)

    def save_user_pack(self, pack: Pack, assets: dict[str, bytes] | None = None) -> Pack:
        """Validate and save a user pack (replacing its file); built-in packs are refused.

        A pack kept as ``.wspack`` keeps its assets unless new ones are given.
        """
        with self._lock:
            message = translate("Packs", "'{id}' is a built-in pack and cannot be changed; duplicate it to "
                                         "edit your own copy.")
            if pack.builtin:
                raise UserError(message.format(id=pack.id))
            self._refuse_builtin_id(pack.id, message)
            check_pack(pack)
            existing = self._user_file(pack.id)
            if assets is None and existing is not None and existing.suffix.lower() == ARCHIVE_SUFFIX:
                assets = read_pack(existing).assets
            if assets:
                data = wspack_bytes(pack, assets)
                target = self._target(pack.id, ARCHIVE_SUFFIX, existing)
                write_bytes_atomic(target, data)
            else:
                target = write_pack_yaml(pack, self._target(pack.id, ".yaml", existing))
            return self._settle(pack.id, target, existing)

    def delete_user_pack(self, pack_id: str) -> None:
        """Remove a user pack's file; built-in packs are refused."""
        with self._lock:
            self._refuse_builtin_id(pack_id, translate("Packs",
                                                       "'{id}' is a built-in pack and cannot be removed."))
            path = self._user_file(pack_id)
            if path is None:
                raise NotFoundError(translate("Packs", "No pack with id '{id}'.").format(id=pack_id))
            path.unlink(missing_ok=True)
            self.reload()
