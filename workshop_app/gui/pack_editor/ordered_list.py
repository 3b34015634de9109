"""A list the trainer adds to, removes from and reorders: by buttons, keys or dragging.

Keys while the list has the focus: Insert adds, Delete removes, Alt+Up and
Alt+Down move the current row. Every button has an accessible name that says
what it does to what ("Move exercise up").
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from workshop_app.gui.models.pack_editor_rows import PackRowsModel, Row

SP = QStyle.StandardPixmap


class OrderedList(QWidget):
    addRequested = Signal()
    duplicateRequested = Signal(int)
    removeRequested = Signal(int)
    #: (row, the row it goes to)
    moveRequested = Signal(int, int)
    #: The current row (-1 for none).
    currentChanged = Signal(int)

    def __init__(self, title: str, names: dict[str, str], *, duplicate: bool = False,
                 parent: QWidget | None = None):
        """``names``: accessible names and tooltips for "list", "add", "duplicate", "remove", "up", "down"."""
        super().__init__(parent)
        self.model = PackRowsModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(names["list"])
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(False)
        self.title = QLabel(title)
        self.title.setObjectName("listTitle")
        self.title.setBuddy(self.view)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.setSpacing(4)
        specs = [("add", self.tr("Add"), SP.SP_FileDialogNewFolder, self._add)]
        if duplicate:
            specs.append(("duplicate", self.tr("Copy"), None, self._duplicate))
        specs += [("remove", "", SP.SP_TrashIcon, self._remove),
                  ("up", "", SP.SP_ArrowUp, lambda: self._move(-1)),
                  ("down", "", SP.SP_ArrowDown, lambda: self._move(1))]
        for key, text, icon, slot in specs:
            button = QPushButton(text)
            if icon is not None:
                button.setIcon(self.style().standardIcon(icon))
            button.setAccessibleName(names[key])
            button.setToolTip(names[key])
            button.clicked.connect(slot)
            self.buttons[key] = button
            row.addWidget(button, 1 if key == "add" else 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)

        for keys, slot in ((("Ins",), self._add), (("Del",), self._remove),
                           (("Alt+Up", "Ctrl+Shift+Up"), lambda: self._move(-1)),
                           (("Alt+Down", "Ctrl+Shift+Down"), lambda: self._move(1))):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self.view)
                shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
                shortcut.activated.connect(slot)
        self.model.moveRequested.connect(self.moveRequested)
        self.view.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._current(cur.row()))
        self._update_buttons()

    # -- rows -------------------------------------------------------------------------------------
    def set_rows(self, rows: list[Row], select: int | None = None) -> None:
        """Show rows; keep the current row unless ``select`` names another."""
        current = self.current() if select is None else select
        blocked = self.view.selectionModel().blockSignals(True)
        self.model.set_rows(rows)
        self.view.selectionModel().blockSignals(blocked)
        current = min(current, len(rows) - 1)
        if current != self.current() or select is not None:
            self.set_current(current)
        self._update_buttons()

    def set_current(self, row: int) -> None:
        selection = self.view.selectionModel()
        if row < 0:
            selection.clear()
            self._current(-1)
            return
        index = self.model.index(row)
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.view.scrollTo(index)
        self._current(row)

    def current(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() and self.view.selectionModel().isSelected(index) else -1

    def _current(self, row: int) -> None:
        self._update_buttons()
        self.currentChanged.emit(row)

    def _update_buttons(self) -> None:
        row, count = self.current(), self.model.rowCount()
        for key in ("duplicate", "remove"):
            if key in self.buttons:
                self.buttons[key].setEnabled(row >= 0)
        self.buttons["up"].setEnabled(row > 0)
        self.buttons["down"].setEnabled(0 <= row < count - 1)

    # -- actions ----------------------------------------------------------------------------------
    def _add(self) -> None:
        self.addRequested.emit()

    def _duplicate(self) -> None:
        if self.current() >= 0:
            self.duplicateRequested.emit(self.current())

    def _remove(self) -> None:
        if self.current() >= 0:
            self.removeRequested.emit(self.current())

    def _move(self, step: int) -> None:
        row = self.current()
        if row >= 0 and 0 <= row + step < self.model.rowCount():
            self.moveRequested.emit(row, row + step)
