"""Window and user preferences, kept in the data folder (so portable mode carries them)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from workshop_app.paths import DataDir

#: The folder the workshop's papers last went into (run sheet, blank plans, handouts on the Plan
#: page; the plans on Wrap-up): one setting, offered by both pages.
PAPERS_DIR = "plan/papers_dir"
#: The interface language chosen in the settings dialog ("" or missing: the system's).
INTERFACE_LANGUAGE = "interface/language"


def app_settings(data_dir: DataDir) -> QSettings:
    return QSettings(str(data_dir.root / "settings.ini"), QSettings.Format.IniFormat)
