"""The pages after "Workshops", in sidebar order.

Each page is a QWidget class built from ``(ctx, hub, settings, tasks)`` the first time it
is shown. A workshop-scoped page is offered only while a workshop is open; it has
``open_workshop(id)`` and ``close_workshop()`` (connected to the hub, and called
once when the page is built while a workshop is open). A page with ``flush()`` is
asked to save what is being typed when the window closes; one with ``confirm_close()``
is asked first when the user closes the window (False keeps it open).
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QStyle, QWidget

from workshop_app.gui.hub import SignalHub
from workshop_app.gui.taskman import TaskManager
from workshop_app.services.context import AppContext

SP = QStyle.StandardPixmap

#: (key, sidebar title, icon, module under workshop_app.gui.pages, class name, workshop-scoped)
PAGES = (
    ("library", "Library", SP.SP_FileDialogContentsView, "library_page", "LibraryPage", False),
    ("actions", "Actions", SP.SP_DialogApplyButton, "actions_page", "ActionsPage", False),
    ("plan", "Plan", SP.SP_FileDialogDetailedView, "plan_page", "PlanPage", True),
    ("run", "Run", SP.SP_MediaPlay, "run_page", "RunPage", True),
    ("wrapup", "Wrap-up", SP.SP_DialogSaveButton, "wrapup_page", "WrapUpPage", True),
    ("checkin", "Check-in", SP.SP_BrowserReload, "checkin_page", "CheckinPage", True),
)

# Sidebar titles, listed for the translation tools.
_TITLES = (
    QCoreApplication.translate("MainWindow", "Library"),
    QCoreApplication.translate("MainWindow", "Actions"),
    QCoreApplication.translate("MainWindow", "Plan"),
    QCoreApplication.translate("MainWindow", "Run"),
    QCoreApplication.translate("MainWindow", "Wrap-up"),
    QCoreApplication.translate("MainWindow", "Check-in"),
)


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    icon: QStyle.StandardPixmap
    workshop_scoped: bool
    #: Imports the page's module and builds the page (pages are built on first view,
    #: so start-up does not pay for pages nobody opened).
    build: Callable[[], QWidget]


def pages(ctx: AppContext, hub: SignalHub, settings: QSettings, tasks: TaskManager) -> Iterator[PageSpec]:
    for key, title, icon, module_name, class_name, scoped in PAGES:
        full_name = f"workshop_app.gui.pages.{module_name}"
        if importlib.util.find_spec(full_name) is None:  # a broken install: say so, never hide a page
            raise ModuleNotFoundError(f"the {key} page's module {full_name} is missing", name=full_name)

        def build(full_name=full_name, class_name=class_name) -> QWidget:
            cls = getattr(importlib.import_module(full_name), class_name)
            return cls(ctx, hub, settings, tasks)

        yield PageSpec(key, QCoreApplication.translate("MainWindow", title), icon, scoped, build)


def import_page_modules() -> None:
    """Import every page's module without building a page (the window does it while idle, so
    that a page's first showing does not wait for its imports)."""
    for _key, _title, _icon, module_name, _class_name, _scoped in PAGES:
        full_name = f"workshop_app.gui.pages.{module_name}"
        if importlib.util.find_spec(full_name) is not None:
            importlib.import_module(full_name)
