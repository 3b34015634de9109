"""Where the app keeps its data.

By default ``workshop-app`` in the platform's data folder (on Linux
``~/.local/share/workshop-app``); ``--data-dir DIR`` or ``WORKSHOP_APP_DATA_DIR``
moves everything (portable mode). Uses QtCore only, never widgets.
"""

from __future__ import annotations

import errno
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from workshop_app import APP_NAME, ORG_NAME
from workshop_app.errors import DataDirError
from workshop_app.i18n import translate

ENV_VAR = "WORKSHOP_APP_DATA_DIR"
DATABASE_NAME = "workshops.db"


def default_data_dir() -> Path:
    """``workshop-app`` in the platform's app data folder.

    Qt's AppDataLocation names the organisation and then the app, both
    ``workshop-app``: earlier versions kept their data in that doubled folder
    (``~/.local/share/workshop-app/workshop-app``). It stays in use as long as
    it holds a database and the folder above it does not, so nobody loses data.
    """
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    if not location:
        return Path.home() / f".{APP_NAME}"
    doubled = Path(location)
    if doubled.name != APP_NAME or doubled.parent.name != ORG_NAME:
        return doubled  # a platform that does not name the organisation
    folder = doubled.parent
    if (doubled / DATABASE_NAME).exists() and not (folder / DATABASE_NAME).exists():
        return doubled
    return folder


def resolve_data_dir(option: str | os.PathLike | None = None) -> Path:
    """The data folder: the option, else the environment variable, else the platform default.

    An empty option is refused (it would silently mean the default); an empty
    environment variable counts as not set.
    """
    if option is not None and not str(option).strip():
        raise DataDirError(translate("DataDir", "--data-dir needs a folder name, not an empty one."))
    chosen = option or os.environ.get(ENV_VAR)
    if chosen:
        return Path(chosen).expanduser().resolve()
    return default_data_dir()


@dataclass(frozen=True)
class DataDir:
    """The data folder and the fixed layout inside it."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / DATABASE_NAME

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def packs(self) -> Path:
        """Packs the user imported or created."""
        return self.root / "packs"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def log_file(self) -> Path:
        return self.logs / f"{APP_NAME}.log"

    @property
    def quarantine(self) -> Path:
        """Damaged databases moved aside (never deleted)."""
        return self.root / "damaged"

    def ensure(self) -> DataDir:
        """Create the folder layout and check it is writable; raise DataDirError if not."""
        try:
            if self.root.exists() and not self.root.is_dir():
                raise DataDirError(translate("DataDir", "The data folder {path} is a file, not a folder.")
                                   .format(path=self.root))
            for folder in (self.root, self.backups, self.packs, self.logs):
                folder.mkdir(parents=True, exist_ok=True)
            check_writable(self.root)
        except DataDirError:
            raise
        except (PermissionError, OSError) as exc:
            if isinstance(exc, PermissionError) or exc.errno == errno.EROFS:
                message = translate("DataDir", "The data folder {path} is not writable: {reason}")
            else:
                message = translate("DataDir", "Cannot use the data folder {path}: {reason}")
            raise DataDirError(message.format(path=self.root, reason=exc.strerror or exc)) from exc
        return self


def check_writable(folder: Path) -> None:
    """Raise DataDirError unless a file can be created in ``folder``."""
    try:
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".write-test-"):
            pass
    except OSError as exc:
        raise DataDirError(
            translate("DataDir", "The data folder {path} is not writable: {reason}")
            .format(path=folder, reason=exc.strerror or exc)
        ) from exc
