"""Uncaught exceptions: logged with their traceback, shown briefly, and the app keeps running."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication

from workshop_app.errors import UserError

if TYPE_CHECKING:  # pragma: no cover
    from PySide6.QtWidgets import QMessageBox

log = logging.getLogger("workshop_app.crash")


class CrashHandler(QObject):
    """Installs itself as ``sys.excepthook`` (PySide6 routes exceptions raised in slots there)."""

    def __init__(self, log_file: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.log_file = log_file
        self.dialog: QMessageBox | None = None
        self._previous = None

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook = self._previous
            self._previous = None

    def handle(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        if isinstance(exc, UserError):
            log.info("refused: %s", exc)
            self.show(str(exc), "\n".join(exc.details))
            return
        log.critical("uncaught exception", exc_info=(exc_type, exc, tb))
        text = self.tr("Something went wrong, but everything already saved is safe. "
                       "You can keep working.")
        info = self.tr("The problem was: {error}\n\nDetails are in the log file:\n{log}").format(
            error=exc, log=self.log_file)
        self.show(text, info)

    def show(self, text: str, info: str = "") -> None:
        from PySide6.QtWidgets import QMessageBox  # here: the window's first frame needs none

        parent = QApplication.activeWindow()
        dialog = QMessageBox(QMessageBox.Icon.Warning, self.tr("Workshop app"), text,
                             QMessageBox.StandardButton.Ok, parent)
        dialog.setInformativeText(info)
        dialog.setTextFormat(Qt.TextFormat.PlainText)
        dialog.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.open()  # never blocks the event loop
        self.dialog = dialog
