"""Window and user preferences, kept in the data folder (so portable mode carries them)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from workshop_app.model import Workshop
from workshop_app.paths import DataDir

#: The folder the workshop's papers last went into (run sheet, blank plans, handouts on the Plan
#: page; the plans on Wrap-up): one setting, offered by both pages.
PAPERS_DIR = "plan/papers_dir"
#: The interface language chosen in the settings dialog ("" or missing: the system's).
INTERFACE_LANGUAGE = "interface/language"


def app_settings(data_dir: DataDir) -> QSettings:
    return QSettings(str(data_dir.root / "settings.ini"), QSettings.Format.IniFormat)


def papers_folder(settings: QSettings, workshop: Workshop | None) -> str:
    """The folder the workshop's papers last went into (the Plan page's run sheet, blank plans,
    handouts, plans written on Wrap-up, calendar files and exports), else
    ``Documents/Workshop plans/<date title>`` (for no one workshop: the Documents folder)."""
    from workshop_app.services import wrapup

    remembered = settings.value(PAPERS_DIR)
    if remembered:
        return str(remembered)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    base = Path(documents) if documents else Path.home()
    return str(base if workshop is None else wrapup.default_output_dir(base, workshop))
