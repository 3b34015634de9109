"""Undo for store writes, shared by planning and capture: a session with its undo stack, and the
command base whose do/undo write to the store (a failed write is reported and the command dropped,
so nothing half-done can be undone)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand, QUndoStack

from workshop_app.errors import UserError


class UndoSession(QObject):
    """Owns an undo stack of :class:`StoreCommand` and tells the user about failed writes."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.stack = QUndoStack(self)
        #: Writes that failed (and were reported) since the session was made.
        self.failures = 0

    def report(self, exc: UserError) -> None:
        """Tell the user a write failed (each session says it its own way)."""
        raise NotImplementedError

    def push(self, command: QUndoCommand) -> bool:
        """Do the command and keep it for undo; False when its write failed (nothing kept)."""
        before = self.failures
        self.stack.push(command)
        return self.failures == before

    def run(self, what: Callable[[], object]) -> bool:
        """Run a write; False (and reported) when it failed."""
        try:
            what()
        except UserError as exc:
            self.failures += 1
            self.report(exc)
            return False
        return True


class StoreCommand(QUndoCommand):
    """``do`` on redo, ``undo_`` on undo, through the session; then :meth:`finished`."""

    def __init__(self, session: UndoSession, text: str):
        super().__init__(text)
        self.session = session

    def do(self) -> None:
        raise NotImplementedError

    def undo_(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        self.finished(self.session.run(self.do))

    def undo(self) -> None:
        self.finished(self.session.run(self.undo_))

    def finished(self, ok: bool) -> None:
        """After do/undo: a failed write drops the command from the stack."""
        if not ok:
            self.setObsolete(True)
