"""Undo and redo for capture: store writes wrapped in QUndoCommands.

Deleting a card and undoing it adds the card back with a new id. Commands
therefore hold a :class:`Ref` (kind and current id) instead of a bare id;
:class:`Refs` hands out one shared Ref per stored row and moves it to the new
id when a row is restored, so every older command still finds its row.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from workshop_app.errors import UserError


class Ref:
    __slots__ = ("kind", "id")

    def __init__(self, kind: str, row_id: int | None):
        self.kind = kind
        self.id = row_id

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"Ref({self.kind}, {self.id})"


class Refs:
    def __init__(self) -> None:
        self._refs: dict[tuple[str, int], Ref] = {}

    def get(self, kind: str, row_id: int | None) -> Ref:
        if row_id is None:
            return Ref(kind, None)
        key = (kind, row_id)
        if key not in self._refs:
            self._refs[key] = Ref(kind, row_id)
        return self._refs[key]

    def moved(self, ref: Ref, new_id: int | None) -> None:
        """The row behind ``ref`` now has ``new_id`` (restored after a delete)."""
        if ref.id is not None:
            self._refs.pop((ref.kind, ref.id), None)
        ref.id = new_id
        if new_id is not None:
            self._refs[(ref.kind, new_id)] = ref

    def clear(self) -> None:
        self._refs.clear()


class StoreCommand(QUndoCommand):
    """``do`` on redo, ``undo`` on undo; then ``after()``. A UserError goes to ``on_error``.

    When the first ``do`` fails the command marks itself obsolete, so the
    stack drops it and nothing half-done can be undone.
    """

    def __init__(self, text: str, do: Callable[[], object], undo: Callable[[], object],
                 after: Callable[[], None], on_error: Callable[[UserError], None]):
        super().__init__(text)
        self._do = do
        self._undo = undo
        self._after = after
        self._on_error = on_error
        self.failed = False

    def redo(self) -> None:
        self._run(self._do)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, action: Callable[[], object]) -> None:
        try:
            action()
        except UserError as exc:
            self.failed = True
            self.setObsolete(True)
            self._on_error(exc)
        self._after()
