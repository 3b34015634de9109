"""The first painted frame: run something once a widget has been painted for the first time.

Start-up is over for the user when the first frame is on screen, not when ``show()`` returns:
showing only queues the window's first paint. An event filter sees the widget's first
``Paint`` event; a zero-timer started there fires once the whole frame has been painted and
flushed to the screen (every widget of one frame is painted in one pass of the event loop).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None], latest_ms: int | None):
        super().__init__(widget)
        self._callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)
        if latest_ms is not None:
            QTimer.singleShot(latest_ms, self, self._call)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._call)
        return False

    def _call(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            callback()


def after_first_paint(widget: QWidget, callback: Callable[[], None], latest_ms: int | None = None) -> None:
    """Call ``callback`` once, when the frame in which ``widget`` is first painted is complete (or
    after ``latest_ms`` if it is not painted by then: a window opened on another desktop is not
    painted until it is looked at)."""
    _FirstPaint(widget, callback, latest_ms)
