"""The signal hub: the one place where parts of the GUI tell each other what changed.

Created once by the main window and passed to every page; wired in
``MainWindow._wire``. Pages never reach each other directly.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class SignalHub(QObject):
    #: A workshop was opened (its id) or closed (None is sent as -1).
    workshopOpened = Signal(int)
    workshopClosed = Signal()
    #: The list of workshops changed (created, deleted, renamed, imported).
    workshopsChanged = Signal()
    #: Something inside the open workshop changed (planning edits, capture).
    workshopChanged = Signal(int)
    #: Packs were imported, duplicated or edited.
    packsChanged = Signal()
    #: Ask the main window to show a page by its key ("workshops", "library", "actions", "plan",
    #: "run", "wrapup", "checkin").
    showPage = Signal(str)
    #: A page put its projector window up (the page's key): the room has one projector, so every
    #: other page takes its own down.
    projectorTaken = Signal(str)
    #: A short message for the status bar.
    status = Signal(str)
    #: A problem the user must see (already translated): shown in a dialog by the main window.
    error = Signal(str)
