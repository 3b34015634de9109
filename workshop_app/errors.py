"""Errors that carry a message fit to show a user (already translated).

Every layer raises a subclass of :class:`UserError` for bad input or an
unusable environment; the command line prints ``str(error)`` on one line and
the GUI shows it in a dialog. Anything else is a bug: it is logged with its
traceback and the user sees a short notice naming the log file.
"""

from __future__ import annotations


class UserError(Exception):
    """A problem the user can understand and act on."""

    exit_code = 1

    def __init__(self, message: str, details: list[str] | None = None):
        super().__init__(message)
        self.message = message
        #: Further lines (for example one per validation problem).
        self.details = list(details or [])

    def __str__(self) -> str:
        return self.message


class DataDirError(UserError):
    """The data folder is missing, not a folder or not writable."""


class NotFoundError(UserError):
    """An id or file the user named does not exist."""
