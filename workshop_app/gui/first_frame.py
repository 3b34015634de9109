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
    def __init__(self, widget: QWidget, callback: Callable[[], None]):
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)
        return False


def after_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` (once) when the frame in which ``widget`` is first painted is complete."""
    _FirstPaint(widget, callback)
