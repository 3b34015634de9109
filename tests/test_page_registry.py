"""The sidebar's pages: a page whose module is missing stops the start loudly instead of vanishing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from workshop_app.gui.hub import SignalHub
from workshop_app.gui.pages import registry
from workshop_app.gui.taskman import TaskManager


def test_every_page_of_the_sidebar_is_offered(ctx, qapp, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    keys = [spec.key for spec in registry.pages(ctx, SignalHub(), settings, TaskManager())]
    assert keys == ["library", "actions", "plan", "run", "wrapup", "checkin"]


def test_a_missing_page_module_is_an_error_naming_it(ctx, qapp, tmp_path, monkeypatch):
    broken = (*registry.PAGES, ("notes", "Notes", registry.SP.SP_FileIcon, "notes_page", "NotesPage", True))
    monkeypatch.setattr(registry, "PAGES", broken)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    with pytest.raises(ModuleNotFoundError, match="workshop_app.gui.pages.notes_page"):
        list(registry.pages(ctx, SignalHub(), settings, TaskManager()))
