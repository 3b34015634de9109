"""Logging to a rotating file in the data folder."""

from __future__ import annotations

import logging
from pathlib import Path

_HANDLER_NAME = "workshop-app-file"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5


class _RotatingLog(logging.Handler):
    """The log file, opened by the first record.

    A launch logs nothing until something happens, so the window does not wait for
    ``logging.handlers`` (and the socket, pickle and queue modules it imports): the
    RotatingFileHandler is made, and records passed to it, when the first one comes.
    """

    def __init__(self, log_file: Path):
        super().__init__()
        self.log_file = log_file
        self._file: logging.Handler | None = None
        self._unusable = False

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:
            if self._unusable:
                return
            import logging.handlers

            try:
                self.log_file.parent.mkdir(parents=True, exist_ok=True)
                self._file = logging.handlers.RotatingFileHandler(
                    self.log_file, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
            except OSError:
                self._unusable = True  # an unwritable folder is reported by the caller
                return
            self._file.setFormatter(self.formatter)
        self._file.handle(record)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def setup_logging(log_file: Path | None, level: int = logging.INFO) -> None:
    """Log to ``log_file`` (rotating, 1 MB x 5). Safe to call more than once."""
    root = logging.getLogger()
    root.setLevel(level)
    for handler in list(root.handlers):
        if handler.get_name() == _HANDLER_NAME:
            root.removeHandler(handler)
            handler.close()
    if log_file is None:
        return
    handler = _RotatingLog(log_file)
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
