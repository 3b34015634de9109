"""A list of the pack shown in an :class:`OrderedList`: adding, removing and moving its rows are
undoable edits of the session, and each row's problems are picked out of the form's problems.

A problem's path is relative to the form (``("steps", 2, "minutes")`` in an exercise): the row's
part of it is ``(key, row)``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from workshop_app.gui.pack_editor.ordered_list import OrderedList
from workshop_app.gui.pack_editor.session import PackSession
from workshop_app.services.pack_editing import Path_

Problems = list[tuple[Path_, str]]


def problems_by_row(problems: Problems, key: str) -> dict[int, list[str]]:
    """The messages of the problems in each row of the list ``key``."""
    by_row: dict[int, list[str]] = {}
    for rel, message in problems:
        if rel[:1] == (key,) and len(rel) > 1 and isinstance(rel[1], int):
            by_row.setdefault(rel[1], []).append(message)
    return by_row


def problems_in_row(problems: Problems, key: str, row: int) -> Problems:
    """The problems in row ``row`` of the list ``key``, their paths relative to the row."""
    return [(rel[2:], message) for rel, message in problems if rel[:2] == (key, row)]


def outside_rows(problems: Problems, key: str) -> Problems:
    """The problems not in a row of the list ``key`` (the list's own stay)."""
    return [(rel, message) for rel, message in problems if not (rel[:1] == (key,) and len(rel) > 1)]


class ListEditing:
    """Ties ``rows`` to the list ``key`` of the part at ``base()`` (None: no part chosen): Add
    inserts ``new()`` after the current row, Remove and the moves change the list; ``texts``
    names each edit for undo ("add", "remove", "move")."""

    def __init__(self, rows: OrderedList, session: PackSession, base: Callable[[], Path_ | None],
                 key: str, new: Callable[[], Any], texts: dict[str, str],
                 after_add: Callable[[], None] = lambda: None):
        self.rows, self.session, self.base, self.key = rows, session, base, key
        self.new, self.texts, self.after_add = new, texts, after_add
        rows.addRequested.connect(self.add)
        rows.removeRequested.connect(self.remove)
        rows.moveRequested.connect(self.move)

    def path(self) -> Path_ | None:
        """The list's path (None when no part is chosen)."""
        base = self.base()
        return None if base is None else base + (self.key,)

    def row_base(self) -> Path_ | None:
        """The path of the current row (None when there is none)."""
        path, row = self.path(), self.rows.current()
        return None if path is None or row < 0 else path + (row,)

    def add(self) -> None:
        path = self.path()
        if path is not None:
            self.insert(path, self.new())
            self.after_add()

    def insert(self, path: Path_, value: Any) -> None:
        """Insert ``value`` after the current row (or at the end)."""
        row = self.rows.current()
        at = row + 1 if row >= 0 else len(self.session.get(path))
        self.session.insert(path, at, value, self.texts["add"])

    def remove(self, row: int) -> None:
        path = self.path()
        if path is not None:
            self.session.remove(path, row, self.texts["remove"])

    def move(self, source: int, target: int) -> None:
        path = self.path()
        if path is not None:
            self.session.move(path, source, target, self.texts["move"])
