"""What every page of the main window is built from."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from workshop_app.gui.hub import SignalHub
from workshop_app.gui.taskman import TaskManager
from workshop_app.services.context import AppContext


class Page(QWidget):
    """A page: the application context, the signal hub, the user's settings and the window's
    task runner (slow work goes there, never onto the GUI thread).

    Whether a page belongs to the open workshop is said once, in ``registry.PAGES``.
    """

    def __init__(self, ctx: AppContext, hub: SignalHub, settings: QSettings, tasks: TaskManager):
        super().__init__()
        self.ctx = ctx
        self.hub = hub
        self.settings = settings
        self.tasks = tasks
