"""Shared steps for the Plan page tests (no tests here): open a workshop like a user does."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMessageBox

from workshop_app.model import Participant, Workshop


@dataclass
class Plan:
    window: object
    page: object
    ctx: object
    workshop_id: int
    qtbot: object

    @property
    def store(self):
        return self.ctx.store

    def stored(self) -> Workshop:
        return self.store.get_workshop(self.workshop_id)

    def names(self) -> list[str]:
        return [p.name for p in self.store.list_participants(self.workshop_id)]

    def agenda(self) -> list[tuple[str, int]]:
        return [(i.title, i.minutes) for i in self.store.list_agenda(self.workshop_id)]

    def key(self, widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(widget, key, modifier)

    def activate(self) -> None:
        """The window is active again after a dialog (offscreen Qt does not do it by itself)."""
        if QApplication.activeWindow() is not self.window:
            self.window.activateWindow()
            self.qtbot.waitUntil(lambda: QApplication.activeWindow() is self.window, timeout=2000)

    def undo(self) -> None:
        """Ctrl+Z where the keyboard focus is (the page's shortcut)."""
        self.activate()
        self.qtbot.keyClick(QApplication.focusWidget() or self.window, Qt.Key.Key_Z,
                            Qt.KeyboardModifier.ControlModifier)

    def redo(self) -> None:
        self.activate()
        self.qtbot.keyClick(QApplication.focusWidget() or self.window, Qt.Key.Key_Y,
                            Qt.KeyboardModifier.ControlModifier)

    def tab(self, index: int) -> None:
        self.page.tabs.setCurrentIndex(index)
        QApplication.processEvents()


def open_plan(main_window, ctx, qtbot, participants: list[Participant] | None = None,
              **workshop) -> Plan:
    """Create a workshop, then open it from the Workshops page with the Open button."""
    fields = {"title": "Bridging day", "date": "2026-05-04", "planned_minutes": 90, **workshop}
    created = ctx.store.create_workshop(Workshop(**fields))
    if participants:
        ctx.store.add_participants(created.id, participants)
    main_window.hub.workshopsChanged.emit()
    workshops = main_window.pages["workshops"]
    workshops.select(created.id)
    qtbot.mouseClick(workshops.open_button, Qt.MouseButton.LeftButton)
    page = main_window.pages["plan"]
    assert main_window.current_page() == "plan" and page.isVisible()
    return Plan(main_window, page, ctx, created.id, qtbot)


def three_people() -> list[Participant]:
    return [Participant(name="Ada Lovelace", role="Director", side="leadership", email="ada@example.org"),
            Participant(name="Grace Hopper", role="Ops lead", side="operations"),
            Participant(name="Marie Curie", role="Manager", side="management")]


def type_text(qtbot, widget, text: str) -> None:
    """Type like a keyboard does; characters QTest cannot spell arrive as key events with that text."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def press_enter(qtbot, editor) -> None:
    """Return in a cell editor: the delegate commits on the next turn of the event loop."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def cell_center(view, row: int, column: int = 0) -> QPoint:
    return view.visualRect(view.model().index(row, column)).center()


def click_row(qtbot, view, row: int, column: int = 0) -> None:
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     cell_center(view, row, column))


def double_click(qtbot, view, row: int, column: int = 0) -> None:
    """Press, release, double-click, release: what a real double-click delivers."""
    pos = cell_center(view, row, column)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    event = QMouseEvent(QEvent.Type.MouseButtonDblClick, QPointF(pos),
                        QPointF(view.viewport().mapToGlobal(pos)), Qt.MouseButton.LeftButton,
                        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), event)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def drop(view, mime: QMimeData, row: int, above: bool = True) -> None:
    """Deliver a drop onto ``view`` at the top (or bottom) edge of ``row``, as a drag would."""
    model = view.model()
    if row < model.rowCount():
        rect = view.visualRect(model.index(row, 0))
        y = rect.top() + 2 if above else rect.bottom() - 2
    else:
        y = view.viewport().height() - 4
    event = QDropEvent(QPointF(10, y), Qt.DropAction.CopyAction | Qt.DropAction.MoveAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    view.dropEvent(event)
    assert event.isAccepted()


def edit_cell(qtbot, view, row: int, column: int):
    """Open the cell's editor like F2 does and return it."""
    index = view.model().index(row, column)
    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    assert view.state() == QAbstractItemView.State.EditingState
    return QApplication.focusWidget()


def message_boxes(window) -> list[QMessageBox]:
    return [b for b in window.findChildren(QMessageBox) if b.isVisible()]


def close_message_boxes(window) -> list[str]:
    texts = []
    for box in message_boxes(window):
        texts.append(box.text())
        box.close()
    return texts
