"""What every page of the main window is built from."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from workshop_app.gui.hub import SignalHub
from workshop_app.services.context import AppContext


class Page(QWidget):
    """A page: the application context, the signal hub and the user's settings.

    Whether a page belongs to the open workshop is said once, in ``registry.PAGES``.
    """

    def __init__(self, ctx: AppContext, hub: SignalHub, settings: QSettings):
        super().__init__()
        self.ctx = ctx
        self.hub = hub
        self.settings = settings
