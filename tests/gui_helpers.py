"""Helpers for GUI tests: answer the next modal dialog the way a user would."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget


def activate(window: QWidget, tries: int = 50) -> None:
    """Make ``window`` the active window, as a desktop does with a dialog that opens (offscreen
    Qt leaves the window under it active, and its shortcuts would then take the dialog's keys)."""
    window.activateWindow()
    for _ in range(tries):
        if window.isActiveWindow():
            return
        QApplication.processEvents()
        window.activateWindow()


def give_focus(qtbot, widget: QWidget) -> None:
    """Give ``widget`` the keyboard focus in its window, made active first (offscreen Qt does not
    make a window active again after a dialog by itself)."""
    window = widget.window()
    if QApplication.activeWindow() is not window:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=2000)


def when_modal(action: Callable[[QWidget], None], timeout_ms: int = 5000) -> None:
    """Run ``action(dialog)`` on the next modal dialog as soon as it is shown."""
    waited = {"ms": 0}

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if widget is not None and widget.isVisible():
            action(widget)
            return
        waited["ms"] += 20
        if waited["ms"] < timeout_ms:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def click_button(text: str) -> Callable[[QWidget], None]:
    """An action for ``when_modal`` that clicks the message box button with this text."""

    def action(widget: QWidget) -> None:
        assert isinstance(widget, QMessageBox), f"expected a message box, got {widget!r}"
        for button in widget.buttons():
            if button.text().replace("&", "") == text:
                button.click()
                return
        raise AssertionError(f"no button {text!r} in {[b.text() for b in widget.buttons()]}")

    return action


def after_reading(action: Callable[[QWidget], None]) -> Callable[[QWidget], None]:
    """For ``when_modal``: run ``action`` on a CSV import dialog once its file has been read
    (on its worker thread): at once if it has, else when it says so (no waiting on a clock)."""

    def run(dialog: QWidget) -> None:
        if dialog.reading:
            dialog.loaded.connect(lambda: action(dialog), Qt.ConnectionType.SingleShotConnection)
        else:
            action(dialog)

    return run


def accept_dialog(fill: Callable[[QDialog], None]) -> Callable[[QWidget], None]:
    def action(widget: QWidget) -> None:
        fill(widget)
        widget.accept()

    return action


def dark_palette():
    """The palette of a dark desktop theme, for screenshots and contrast checks."""
    from PySide6.QtGui import QColor, QPalette

    dark = QPalette()
    for role, color in ((QPalette.ColorRole.Window, "#2b2d31"), (QPalette.ColorRole.WindowText, "#e8e8e8"),
                        (QPalette.ColorRole.Base, "#1e1f22"), (QPalette.ColorRole.Text, "#e8e8e8"),
                        (QPalette.ColorRole.Button, "#3a3c41"), (QPalette.ColorRole.ButtonText, "#e8e8e8"),
                        (QPalette.ColorRole.AlternateBase, "#26282c"),
                        (QPalette.ColorRole.Highlight, "#3d6fb6"),
                        (QPalette.ColorRole.PlaceholderText, "#a0a4aa")):
        dark.setColor(role, QColor(color))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        dark.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7d83"))
    return dark
