"""Window and user preferences, kept in the data folder (so portable mode carries them)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from workshop_app.paths import DataDir


def app_settings(data_dir: DataDir) -> QSettings:
    return QSettings(str(data_dir.root / "settings.ini"), QSettings.Format.IniFormat)
