"""One pack being edited: the pack in memory, its undo stack and its live validation.

Every edit is a QUndoCommand on ``stack``; after each one ``changed`` says
which path moved (a field, or a list that gained, lost or reordered rows,
with the row to select). Validation runs shortly after the last change,
with the same checks and messages as ``packs validate``.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from workshop_app.i18n import translate
from workshop_app.model import Exercise, Pack
from workshop_app.services import pack_editing as pe
from workshop_app.services.context import AppContext
from workshop_app.services.pack_editing import Problem

#: Validation runs this long after the last edit.
VALIDATE_MS = 250

Change = tuple[pe.Path_, Any, Any]  # (path, old value, new value)


class SetValues(QUndoCommand):
    """Set one or more values; consecutive typing in one field merges into one command."""

    def __init__(self, session: PackSession, changes: list[Change], text: str, merge: bool):
        super().__init__(text)
        self.session = session
        self.changes = [(path, copy.deepcopy(old), copy.deepcopy(new)) for path, old, new in changes]
        self.merge = merge

    def id(self) -> int:
        return 1 if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (isinstance(other, SetValues) and other.merge and other.changes[0][0] == self.changes[0][0]):
            return False
        mine = {path: n for n, (path, _old, _new) in enumerate(self.changes)}
        for path, old, new in other.changes:
            if path in mine:
                self.changes[mine[path]] = (path, self.changes[mine[path]][1], new)
            else:
                self.changes.append((path, old, new))
        self.setObsolete(all(old == new for _path, old, new in self.changes))
        return True

    def redo(self) -> None:
        self.session.apply([(path, new) for path, _old, new in self.changes])

    def undo(self) -> None:
        self.session.apply([(path, old) for path, old, _new in reversed(self.changes)])


class ListEdit(QUndoCommand):
    """Insert, remove or move one row of a list (the same object goes back in on undo)."""

    def __init__(self, session: PackSession, path: pe.Path_, text: str, *,
                 insert: tuple[int, Any] | None = None, remove: int | None = None,
                 move: tuple[int, int] | None = None):
        super().__init__(text)
        self.session, self.path = session, path
        self.insert, self.remove, self.move = insert, remove, move
        if remove is not None:
            self.removed = session.get(path)[remove]

    def redo(self) -> None:
        rows = self.session.get(self.path)
        if self.insert is not None:
            at, value = self.insert
            rows.insert(at, value)
            select = at
        elif self.remove is not None:
            del rows[self.remove]
            select = min(self.remove, len(rows) - 1)
        else:
            source, target = self.move
            rows.insert(target, rows.pop(source))
            select = target
        self.session.rows_changed(self.path, select)

    def undo(self) -> None:
        rows = self.session.get(self.path)
        if self.insert is not None:
            del rows[self.insert[0]]
            select = min(self.insert[0], len(rows) - 1)
        elif self.remove is not None:
            rows.insert(self.remove, self.removed)
            select = self.remove
        else:
            source, target = self.move
            rows.insert(source, rows.pop(target))
            select = source
        self.session.rows_changed(self.path, select)


class PackSession(QObject):
    #: A value changed at this path (after an edit, undo or redo).
    changed = Signal(tuple)
    #: Rows of the list at this path were added, removed or moved: (path, row to select).
    rowsChanged = Signal(tuple, int)
    #: New validation results: a list of pack_editing.Located.
    validated = Signal(list)

    def __init__(self, ctx: AppContext, pack: Pack, *, original_id: str | None, draft_key: str,
                 assets: dict[str, bytes] | None = None, from_draft: bool = False,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.pack = pack
        self.original_id = original_id  # the saved user pack this edits (None: never saved)
        self.draft_key = draft_key
        self.assets = dict(assets or {})
        self.is_draft = from_draft
        #: The pack and exercises made in this session: their id follows their title.
        self.fresh: set[int] = {id(pack)} if original_id is None and not pack.id else set()
        self.problems: list[Problem] = []
        self.located: list[pe.Located] = []
        self.stack = QUndoStack(self)
        self.stack.indexChanged.connect(lambda _i: self.timer.start())
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(VALIDATE_MS)
        self.timer.timeout.connect(self.validate_now)

    # -- reading ----------------------------------------------------------------------------------
    def get(self, path: pe.Path_) -> Any:
        return pe.get_at(self.pack, path)

    @property
    def dirty(self) -> bool:
        return not self.stack.isClean()

    def exercise_ids(self) -> list[str]:
        return [e.id for e in self.pack.exercises]

    # -- applying (called by the commands) --------------------------------------------------------
    def apply(self, values: list[tuple[pe.Path_, Any]]) -> None:
        for path, value in values:
            pe.set_at(self.pack, path, value)
        for path, _value in values:
            self.changed.emit(path)

    def rows_changed(self, path: pe.Path_, select: int) -> None:
        self.rowsChanged.emit(path, select)

    # -- editing ----------------------------------------------------------------------------------
    def set(self, path: pe.Path_, value: Any, text: str = "", merge: bool = True) -> None:
        """Change one value (plus what follows from it: an id that follows its title)."""
        old = self.get(path)
        if old == value:
            return
        changes: list[Change] = [(path, old, value)]
        changes += self._follow(path, value)
        self.push_changes(changes, text or translate("PackEditor", "Edit {field}").format(field=path[-1]),
                          merge)

    def push_changes(self, changes: list[Change], text: str, merge: bool = False) -> None:
        self.stack.push(SetValues(self, changes, text, merge))

    def _follow(self, path: pe.Path_, value: Any) -> list[Change]:
        """An id that still matches its old title follows the new one; agenda items follow an exercise id."""
        changes: list[Change] = []
        if path[-2:] == ("capture", "type") and value == "dot_vote":
            votes = path[:-1] + ("votes_per_participant",)
            if self.get(votes) is None:
                changes.append((votes, None, pe.DEFAULT_VOTES))
        if path == ("title",):
            taken = {p.id for p in self.ctx.library.packs()}
            auto = pe.slugify(self.pack.title) and pe.unique_id(pe.slugify(self.pack.title), taken)
            if self.pack.id == "" or (id(self.pack) in self.fresh and self.pack.id == auto):
                new_id = pe.slugify(value) and pe.unique_id(pe.slugify(value), taken)
                if new_id != self.pack.id:
                    changes.append((("id",), self.pack.id, new_id))
        if len(path) == 3 and path[0] == "exercises" and path[2] in ("title", "id"):
            n = path[1]
            ex: Exercise = self.pack.exercises[n]
            old_id = ex.id
            if path[2] == "title":
                others = {e.id for i, e in enumerate(self.pack.exercises) if i != n}
                auto = pe.slugify(ex.title) and pe.unique_id(pe.slugify(ex.title), others)
                if not (old_id == "" or (id(ex) in self.fresh and old_id == auto)):
                    return changes
                new_id = pe.slugify(value) and pe.unique_id(pe.slugify(value), others)
                if new_id == old_id:
                    return changes
                changes.append((("exercises", n, "id"), old_id, new_id))
            else:
                new_id = value
            changes += pe.reference_changes(self.pack, old_id, new_id, n)
        return changes

    def insert(self, path: pe.Path_, at: int, value: Any, text: str) -> None:
        if isinstance(value, Exercise):
            self.fresh.add(id(value))
        self.stack.push(ListEdit(self, path, text, insert=(at, value)))

    def remove(self, path: pe.Path_, at: int, text: str) -> None:
        if 0 <= at < len(self.get(path)):
            self.stack.push(ListEdit(self, path, text, remove=at))

    def move(self, path: pe.Path_, source: int, target: int, text: str) -> None:
        rows = self.get(path)
        if source != target and 0 <= source < len(rows) and 0 <= target < len(rows):
            self.stack.push(ListEdit(self, path, text, move=(source, target)))

    # -- validation -------------------------------------------------------------------------------
    def other_ids(self) -> tuple[set[str], set[str]]:
        """(ids of other packs, ids of built-in packs)."""
        packs = self.ctx.library.packs()
        builtin = {p.id for p in packs if p.builtin}
        return {p.id for p in packs if p.id != self.original_id} - builtin, builtin

    def validate_now(self) -> list[Problem]:
        self.timer.stop()
        taken, builtin = self.other_ids()
        self.problems = pe.validate(self.pack, taken, builtin)
        self.located = pe.locate(self.problems)
        self.validated.emit(self.located)
        return self.problems
