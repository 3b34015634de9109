"""What every page of the main window is built from."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from workshop_app.gui.hub import SignalHub
from workshop_app.gui.taskman import TaskManager
from workshop_app.services.context import AppContext


def bigger(font: QFont, points: int) -> QFont:
    """``font`` at ``points`` and semi-bold: a title (a QFont, not a style sheet: style sheets
    slow down building and painting every widget under them)."""
    font.setPointSize(points)
    font.setWeight(QFont.Weight.DemiBold)
    return font


def title_row(title: str, search: QWidget) -> QHBoxLayout:
    """A list page's top row: its title on the left, its search or filter box on the right."""
    heading = QLabel(title)
    heading.setObjectName("pageTitle")
    heading.setFont(bigger(heading.font(), 16))
    row = QHBoxLayout()
    row.addWidget(heading)
    row.addStretch(1)
    row.addWidget(search, 1)
    return row


class Page(QWidget):
    """A page: the application context, the signal hub, the user's settings and the window's
    task runner (slow work goes there, never onto the GUI thread).

    Whether a page belongs to the open workshop is said once, in ``registry.PAGES``.

    A page that shows data other pages change calls :meth:`refresh_when_shown` when told of a
    change: it refreshes at once if it is on screen, otherwise the next time it is shown (a
    hidden page costs nothing while the workshop runs).
    """

    def __init__(self, ctx: AppContext, hub: SignalHub, settings: QSettings, tasks: TaskManager):
        super().__init__()
        self.ctx = ctx
        self.hub = hub
        self.settings = settings
        self.tasks = tasks
        #: Changed while hidden: :meth:`refresh_page` runs when the page is next shown.
        self.stale = False

    def refresh_when_shown(self) -> None:
        """Bring the page up to date now if it is shown, otherwise when it is next shown."""
        if self.isVisible():
            self.stale = False
            self.refresh_page()
        else:
            self.stale = True

    def refresh_page(self) -> None:
        """What brings the page up to date (pages that use :meth:`refresh_when_shown` override it)."""

    def showEvent(self, event: QShowEvent) -> None:
        if self.stale:
            self.stale = False
            self.refresh_page()
        super().showEvent(event)
