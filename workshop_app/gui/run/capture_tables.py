"""Tables for quick number entry (dots, ratings): type a number, Tab or Enter to the next cell.

A model gives each editable cell its range under :data:`RANGE_ROLE` as
``(low, high, clearable)`` (made with :func:`cell_range`); the delegate edits it
with a spin box (a clearable cell gets one step below ``low`` shown as "–",
meaning "none"). A model shows stored numbers through :func:`number_data`, so
no number Qt cannot hold ever reaches the view, whatever the database says.

Up and Down in a cell's editor keep what was typed and go to the cell above or below (the spin
box never steps the number). Tab, Shift+Tab and Enter move only between editable cells, in reading order
(left to right, then the next row): :meth:`NumberTable.moveCursor` skips the
read-only columns (option names, totals, means), and a number typed on such a cell goes into
the next editable one (there is no type-to-find). Tab past the last cell (or
Shift+Tab before the first) leaves the table, so typing on never overwrites a
cell; Enter on the last cell keeps the focus there.

Rows have one fixed height and columns are sized from their headers
(:meth:`NumberTable.fit_columns`), never by asking the model for every cell: a grid of
100 people and 1,000 options stays quick to show and to edit.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

RANGE_ROLE = Qt.ItemDataRole.UserRole + 1
#: What the spin box shows for "none".
NONE_TEXT = "–"
#: The largest number a cell's editor takes (far more than any room; a spin box holds 32 bits).
MAX_CELL = 99_999

Index = QModelIndex | QPersistentModelIndex
Hint = QAbstractItemDelegate.EndEditHint
Action = QAbstractItemView.CursorAction
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def cell_range(low: int, high: int, clearable: bool) -> tuple[int, int, bool]:
    """A cell's ``RANGE_ROLE``: ``low`` to ``high`` brought within what an editor can take."""
    low = max(-MAX_CELL + 1, min(MAX_CELL, low))
    return low, max(low, min(MAX_CELL, high)), clearable


def number_data(value: int | None, role: int, bounds: tuple[int, int, bool]) -> str | int | None:
    """A stored number as a cell's data: text to show (any size), or for the editor a value in ``bounds``."""
    if role == Qt.ItemDataRole.EditRole:
        low, high, _clearable = bounds
        return None if value is None else max(low, min(high, value))
    return "" if value is None else str(value)


def text_width(metrics: QFontMetrics, texts: list[str]) -> int:
    """A column width that shows the widest of ``texts`` (with the style's cell margins)."""
    return max((metrics.horizontalAdvance(t) for t in texts), default=0) + 2 * metrics.averageCharWidth() + 8


def range_of(index: Index) -> tuple[int, int, bool]:
    """The cell's range as its model gives it (0 to 99 if it gives none), within the editor's reach."""
    return cell_range(*(index.data(RANGE_ROLE) or (0, 99, False)))


class NumberEditor(QSpinBox):
    """The spin box that edits one cell; knows whether anything was typed since it was filled."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.typed = False
        self.textChanged.connect(self._typed)

    def _typed(self, _text: str) -> None:
        self.typed = True


class NumberDelegate(QStyledItemDelegate):
    def __init__(self, table: NumberTable):
        super().__init__(table)
        self.table = table

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        low, high, clearable = range_of(index)
        editor = NumberEditor(parent)
        editor.setFrame(False)
        editor.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)  # narrow columns keep room for digits
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        editor.setRange(low - 1 if clearable else low, high)
        if clearable:
            editor.setSpecialValueText(NONE_TEXT)
        editor.setAccessibleName(str(index.model().headerData(index.column(), Qt.Orientation.Horizontal)))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, NumberEditor)
        value = index.data(Qt.ItemDataRole.EditRole)
        number = editor.minimum() if value in (None, "") else int(value)
        editor.setValue(max(editor.minimum(), min(editor.maximum(), number)))
        editor.typed = False
        editor.selectAll()

    def setModelData(self, editor: QWidget, model, index: Index) -> None:
        assert isinstance(editor, NumberEditor)
        if not editor.typed:
            return  # nothing typed: a stored number beyond the editor's range stays as it is
        editor.interpretText()
        value = editor.value()
        low, _high, clearable = range_of(index)
        model.setData(index, None if clearable and value < low else value, Qt.ItemDataRole.EditRole)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        """Enter commits and moves on like Tab (and stays on the last cell); Up and Down commit
        and move to the cell above or below, as in a spreadsheet (never one more or one less)."""
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and isinstance(editor, QWidget)):
            if event.key() in ENTER_KEYS:
                self.commitData.emit(editor)
                more = self.table.next_editable(self.table.currentIndex(), forward=True).isValid()
                self.closeEditor.emit(editor, Hint.EditNextItem if more else Hint.NoHint)
                return True
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not event.modifiers():
                self.commitData.emit(editor)
                self.closeEditor.emit(editor, Hint.NoHint)
                current = self.table.currentIndex()
                row = current.row() + (1 if event.key() == Qt.Key.Key_Down else -1)
                if current.isValid() and 0 <= row < self.table.model().rowCount():
                    self.table.setCurrentIndex(current.siblingAtRow(row))
                return True
        return super().eventFilter(editor, event)


class NumberTable(QTableView):
    """A table that starts editing on any key; Tab, Shift+Tab and Enter go to the next editable cell."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setItemDelegate(NumberDelegate(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(True)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)

    def fit_columns(self, first: int = 0) -> None:
        """Size the columns from ``first`` on to their header text (each line of it) and a
        few digits; the cells are not measured (see the module's note)."""
        model = self.model()
        header = self.horizontalHeader()
        for column in range(first, model.columnCount() if model is not None else 0):
            text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            header.resizeSection(column, text_width(header.fontMetrics(), [*text.split("\n"), "0000"]))

    def fit_label_column(self, column: int = 0, chars: int = 18) -> None:
        """Give the label column (the options) what the number columns leave, and never less than
        ``chars`` average characters: an option stays readable however many people vote."""
        header = self.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(header.count()) if c != column)
        room = self.viewport().width() - others
        header.resizeSection(column, max(room, self.fontMetrics().averageCharWidth() * chars))

    def next_editable(self, index: Index, forward: bool) -> QModelIndex:
        """The next (or previous) editable cell after ``index`` in reading order; invalid if none."""
        model = self.model()
        if model is None:
            return QModelIndex()
        rows, columns = model.rowCount(), model.columnCount()
        step = 1 if forward else -1
        if index.isValid():
            place = index.row() * columns + index.column() + step
        else:
            place = 0 if forward else rows * columns - 1
        while 0 <= place < rows * columns:
            row, column = divmod(place, columns)
            cell = model.index(row, column)
            if (cell.flags() & Qt.ItemFlag.ItemIsEditable and not self.isRowHidden(row)
                    and not self.isColumnHidden(column)):
                return cell
            place += step
        return QModelIndex()

    def keyboardSearch(self, search: str) -> None:
        """No type-to-find: a key typed in a grid is meant for a cell, never a jump to another row."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A digit typed on a cell that takes no number (an option's name, an absent person's
        value, a total) goes into the next cell that does, in reading order."""
        current = self.currentIndex()
        typed = event.text().lstrip("-").isdigit() and not event.modifiers() & ~(
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
        if typed and current.isValid() and not current.flags() & Qt.ItemFlag.ItemIsEditable:
            target = self.next_editable(current, forward=True)
            if target.isValid():
                self.setCurrentIndex(target)
        super().keyPressEvent(event)

    def moveCursor(self, action: Action, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        if action in (Action.MoveNext, Action.MovePrevious):
            return self.next_editable(self.currentIndex(), action == Action.MoveNext)
        return super().moveCursor(action, modifiers)

    def closeEditor(self, editor: QWidget, hint: Hint) -> None:
        """Tab past the last editable cell (Shift+Tab before the first) leaves the table."""
        forward = hint == Hint.EditNextItem
        if hint in (Hint.EditNextItem, Hint.EditPreviousItem) and not self.next_editable(
                self.currentIndex(), forward).isValid():
            super().closeEditor(editor, Hint.NoHint)
            self.focusNextPrevChild(forward)
            return
        super().closeEditor(editor, hint)
