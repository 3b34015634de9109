"""Logging to a rotating file in the data folder."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

_HANDLER_NAME = "workshop-app-file"


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
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        return  # an unwritable folder is reported by the caller; logging must not crash
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
