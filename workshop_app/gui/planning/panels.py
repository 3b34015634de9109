"""What the participants table and the agenda share: a table of rows under undo, with buttons."""

from __future__ import annotations

from collections.abc import Sequence

import shiboken6
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QApplication, QStyle, QToolButton, QWidget

from workshop_app.gui.planning.commands import MoveRows, PlanSession, RemoveRows
from workshop_app.gui.planning.views import DropTableView, decode
from workshop_app.services import planning


def icon_button(parent: QWidget, icon: QStyle.StandardPixmap, name: str, tip: str) -> QToolButton:
    """An icon-only button with an accessible name and a tooltip naming its shortcut."""
    button = QToolButton(parent)
    button.setIcon(parent.style().standardIcon(icon))
    button.setAccessibleName(name)
    button.setToolTip(tip)
    button.setAutoRaise(False)
    return button


class RowsPanel(QWidget):
    """Base of the participants and agenda panels: selection, remove, move by key, button or drag."""

    #: The session's list this panel shows (commands.PARTICIPANTS or commands.AGENDA).
    list_name = ""
    #: Mime type of this table's own rows (a drop of them is a move).
    row_mime = ""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.session: PlanSession | None = None

    def setup_table(self, view: DropTableView) -> None:
        self.view = view
        view.dropped.connect(self._dropped)
        ctrl = Qt.Modifier.CTRL
        for keys, slot in ((QKeySequence.StandardKey.Delete, self.remove_selected),
                           (QKeySequence(ctrl | Qt.Key.Key_Up), lambda: self.move_selected(-1)),
                           (QKeySequence(ctrl | Qt.Key.Key_Down), lambda: self.move_selected(+1))):
            shortcut = QShortcut(QKeySequence(keys), view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

    def move_buttons(self) -> tuple[QToolButton, QToolButton]:
        sp = QStyle.StandardPixmap
        up = icon_button(self, sp.SP_ArrowUp, self.tr("Move up"), self.tr("Move up (Ctrl+Up)"))
        down = icon_button(self, sp.SP_ArrowDown, self.tr("Move down"), self.tr("Move down (Ctrl+Down)"))
        up.clicked.connect(lambda: self.move_selected(-1))
        down.clicked.connect(lambda: self.move_selected(+1))
        return up, down

    # -- session --------------------------------------------------------------------------------
    def set_session(self, session: PlanSession | None) -> None:
        self.session = session
        if session is not None:
            session.listChanged.connect(self._list_changed)
        self.reload()

    @Slot(str, list)
    def _list_changed(self, name: str, handles: list) -> None:
        if name != self.list_name:
            return
        focus = QApplication.focusWidget()
        inside = focus is not None and self.isAncestorOf(focus)
        self.reload()
        self.select_handles(handles)
        if inside and QApplication.focusWidget() is not focus:
            # A button that was briefly disabled while the rows reloaded lost the focus: give it
            # back (Move down pressed again moves further), or to the table when it stays disabled.
            alive = shiboken6.isValid(focus) and focus.isEnabled() and focus.isVisible()
            (focus if alive else self.view).setFocus()

    def reload(self) -> None:
        raise NotImplementedError

    def commit_editor(self) -> None:
        """Save a cell being edited (moving the current index commits and closes its editor)."""
        if self.view.state() != QAbstractItemView.State.EditingState:
            return
        current = self.view.currentIndex()
        self.view.selectionModel().setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
        if current.isValid() and current.row() < self.view.model().rowCount():
            self.view.selectionModel().setCurrentIndex(current, QItemSelectionModel.SelectionFlag.NoUpdate)

    # -- selection ------------------------------------------------------------------------------
    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.view.selectionModel().selectedRows()})

    def selected_ids(self) -> list[int]:
        model = self.view.model()
        return [model.ids()[r] for r in self.selected_rows()]

    def select_handles(self, handles: Sequence[int]) -> None:
        if self.session is None or not handles:
            return
        model = self.view.model()
        rows = [model.row_of(row_id) for row_id in handles]
        rows = [r for r in rows if r >= 0]
        if not rows:
            return
        selection = QItemSelection()
        for r in rows:
            selection.select(model.index(r, 0), model.index(r, model.columnCount() - 1))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.view.selectionModel().select(selection, flags)
        self.view.selectionModel().setCurrentIndex(
            model.index(rows[0], max(0, self.view.currentIndex().column())),
            QItemSelectionModel.SelectionFlag.NoUpdate)
        self.view.scrollTo(model.index(rows[0], 0))

    # -- edits ----------------------------------------------------------------------------------
    def remove_text(self, count: int) -> str:
        raise NotImplementedError

    def move_text(self) -> str:
        raise NotImplementedError

    @Slot()
    def remove_selected(self) -> None:
        ids = self.selected_ids()
        if self.session is None or not ids:
            return
        next_row = min(self.selected_rows())
        self.session.push(RemoveRows(self.session, self.list_name, ids, self.remove_text(len(ids))))
        model = self.view.model()
        if model.rowCount():
            self.view.selectRow(min(next_row, model.rowCount() - 1))

    def move_to(self, moving: Sequence[int], new_order: list[int]) -> None:
        old = self.view.model().ids()
        if self.session is None or new_order == old:
            return
        self.session.push(MoveRows(self.session, self.list_name, old, new_order, moving, self.move_text()))

    @Slot()
    def move_selected(self, step: int) -> None:
        ids = self.selected_ids()
        if ids:
            self.move_to(ids, planning.shifted(self.view.model().ids(), ids, step))

    @Slot()
    def _dropped(self, mime, row: int) -> None:
        ids = decode(mime, self.row_mime)
        if isinstance(ids, list) and self.session is not None:
            current = self.view.model().ids()
            moving = [i for i in ids if i in current]
            if moving:
                self.move_to(moving, planning.moved(current, moving, row))
                return
        self.drop_other(mime, row)

    def drop_other(self, mime, row: int) -> None:
        """A drop of something else than this table's rows."""
