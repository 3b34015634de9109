"""The pages after "Workshops", in sidebar order.

Each page is a QWidget class built from ``(ctx, hub, settings)``. A page with
the class attribute ``workshop_scoped = True`` is shown only while a workshop
is open and follows ``hub.workshopOpened`` / ``hub.workshopClosed``; a page
with ``flush()`` is asked to save what is being typed when the window closes.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QStyle, QWidget

from workshop_app.gui.hub import SignalHub
from workshop_app.services.context import AppContext

SP = QStyle.StandardPixmap

#: (key, sidebar title, icon, module under workshop_app.gui.pages, class name)
PAGES = (
    ("library", "Library", SP.SP_FileDialogContentsView, "library_page", "LibraryPage"),
    ("plan", "Plan", SP.SP_FileDialogDetailedView, "plan_page", "PlanPage"),
    ("run", "Run", SP.SP_MediaPlay, "run_page", "RunPage"),
    ("wrapup", "Wrap-up", SP.SP_DialogSaveButton, "wrapup_page", "WrapUpPage"),
)

# Sidebar titles, listed for the translation tools.
_TITLES = (
    QCoreApplication.translate("MainWindow", "Library"),
    QCoreApplication.translate("MainWindow", "Plan"),
    QCoreApplication.translate("MainWindow", "Run"),
    QCoreApplication.translate("MainWindow", "Wrap-up"),
)


def pages(ctx: AppContext, hub: SignalHub, settings: QSettings
          ) -> Iterator[tuple[str, str, QStyle.StandardPixmap, Callable[[], QWidget]]]:
    for key, title, icon, module_name, class_name in PAGES:
        full_name = f"workshop_app.gui.pages.{module_name}"
        try:
            module = importlib.import_module(full_name)
        except ModuleNotFoundError as exc:
            if exc.name == full_name:
                continue  # that page is not part of this build yet
            raise
        cls = getattr(module, class_name)
        yield key, QCoreApplication.translate("MainWindow", title), icon, \
            (lambda cls=cls: cls(ctx, hub, settings))
