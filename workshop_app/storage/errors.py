"""Errors raised by the storage layer; every one is a UserError with a translated message."""

from __future__ import annotations

from workshop_app.errors import UserError


class StorageError(UserError):
    """The workshop database or a backup cannot be used as asked."""


class DatabaseNewerError(StorageError):
    """The database was written by a newer version of the app; it is left untouched."""


class StorageWriteError(StorageError):
    """A write failed (disk full, read-only folder, I/O error); nothing was half-written.

    The store stays open and the same call can be retried once the cause is gone.
    """


class WorkshopFileError(StorageError):
    """A workshop file cannot be read or is malformed; ``details`` lists every problem."""

    def __init__(self, message: str, details: list[str] | None = None, source: str = ""):
        super().__init__(message, details)
        #: The file (or ``<data>``) the problems are about.
        self.source = source
