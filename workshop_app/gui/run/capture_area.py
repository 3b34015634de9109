"""The right of the console: the capture widget for the item's capture type, notes, undo and redo."""

from __future__ import annotations

import importlib

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QToolButton, QVBoxLayout, QWidget

from workshop_app.gui.plain import plain_tooltip
from workshop_app.gui.run.capture_base import CaptureEnv, CaptureWidget
from workshop_app.gui.run.capture_notes import NotesCapture
from workshop_app.model import CAPTURE_TYPES, AgendaItem, Exercise

#: The capture widget of each capture type: (module under workshop_app.gui.run, class). A module
#: is imported when an item first needs it, so the Run page opens without importing them all.
WIDGETS: dict[str, tuple[str, str]] = {
    "cards": ("capture_cards", "CardsCapture"),
    "dot_vote": ("capture_votes", "VotesCapture"),
    "rating": ("capture_ratings", "RatingsCapture"),
    "matrix": ("capture_matrix", "MatrixCapture"),
    "actions": ("capture_actions", "ActionsCapture"),
}


class CaptureArea(QWidget):
    def __init__(self, env: CaptureEnv, parent: QWidget | None = None):
        super().__init__(parent)
        self.env = env
        self.kind = "notes"
        self.widgets: dict[str, CaptureWidget] = {}
        self.notes = NotesCapture(env)
        self.title = QLabel()
        self.title.setObjectName("captureTitle")
        self.title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.undo_button = self._tool(self.tr("Undo"), self.tr("Undo (Ctrl+Z)"),
                                      env.stack.undo, QKeySequence.StandardKey.Undo)
        self.redo_button = self._tool(self.tr("Redo"), self.tr("Redo (Ctrl+Shift+Z)"),
                                      env.stack.redo, QKeySequence.StandardKey.Redo)
        env.stack.canUndoChanged.connect(self.undo_button.setEnabled)
        env.stack.canRedoChanged.connect(self.redo_button.setEnabled)
        env.stack.undoTextChanged.connect(
            lambda text: self.undo_button.setToolTip(plain_tooltip(
                self.tr("Undo {what} (Ctrl+Z)").format(what=text))))
        env.stack.redoTextChanged.connect(
            lambda text: self.redo_button.setToolTip(plain_tooltip(
                self.tr("Redo {what} (Ctrl+Shift+Z)").format(what=text))))
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.undo_button)
        head.addWidget(self.redo_button)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("captureTabs")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)

    def _tool(self, text: str, name: str, slot, key: QKeySequence.StandardKey) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setAccessibleName(name)
        button.setToolTip(name)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        action = self.env.stack.createUndoAction(self) if key == QKeySequence.StandardKey.Undo \
            else self.env.stack.createRedoAction(self)
        action.setShortcuts(key)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        return button

    def widget_for(self, kind: str) -> CaptureWidget:
        if kind == "notes":
            return self.notes
        if kind not in self.widgets:
            module, name = WIDGETS[kind]
            widget_class = getattr(importlib.import_module(f"workshop_app.gui.run.{module}"), name)
            self.widgets[kind] = widget_class(self.env)
        return self.widgets[kind]

    @property
    def main(self) -> CaptureWidget:
        return self.widget_for(self.kind)

    def set_item(self, item: AgendaItem | None, exercise: Exercise | None) -> None:
        self.flush()
        kind = exercise.capture.type if exercise is not None else "notes"
        self.kind = kind if kind in WIDGETS or kind == "notes" else "notes"
        label = QCoreApplication.translate("Model", CAPTURE_TYPES.get(self.kind, CAPTURE_TYPES["notes"]))
        self.title.setText(self.tr("Capture: {kind}").format(kind=label))
        while self.tabs.count():
            self.tabs.removeTab(0)
        if self.kind != "notes":
            self.tabs.addTab(self.main, label)
        self.tabs.addTab(self.notes, self.tr("Notes"))
        self.main.set_item(item, exercise)
        if self.kind != "notes":
            self.notes.set_item(item, exercise)
        self.tabs.setCurrentIndex(0)

    def reload(self) -> None:
        self.main.reload()
        if self.kind != "notes":
            self.notes.reload()

    def flush(self) -> None:
        self.notes.flush()
        for widget in self.widgets.values():
            widget.flush()
