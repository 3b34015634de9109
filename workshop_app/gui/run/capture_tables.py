"""Tables for quick number entry (dots, ratings): type a number, Tab to the next cell.

A model gives each editable cell its range under :data:`RANGE_ROLE` as
``(low, high, clearable)``; the delegate edits it with a spin box (a
clearable cell gets one step below ``low`` shown as "–", meaning "none").
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
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

Index = QModelIndex | QPersistentModelIndex


class NumberDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        low, high, clearable = index.data(RANGE_ROLE) or (0, 99, False)
        editor = QSpinBox(parent)
        editor.setFrame(False)
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        editor.setRange(low - 1 if clearable else low, high)
        if clearable:
            editor.setSpecialValueText(NONE_TEXT)
        editor.setAccessibleName(str(index.model().headerData(index.column(), Qt.Orientation.Horizontal)))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setValue(editor.minimum() if value in (None, "") else int(value))  # type: ignore[attr-defined]
        editor.selectAll()  # type: ignore[attr-defined]

    def setModelData(self, editor: QWidget, model, index: Index) -> None:
        editor.interpretText()  # type: ignore[attr-defined]
        value = editor.value()  # type: ignore[attr-defined]
        low, _high, clearable = index.data(RANGE_ROLE) or (0, 99, False)
        model.setData(index, None if clearable and value < low else value, Qt.ItemDataRole.EditRole)


def number_table(name: str) -> QTableView:
    """A table that starts editing on any key and moves to the next cell on Tab."""
    table = QTableView()
    table.setAccessibleName(name)
    table.setItemDelegate(NumberDelegate(table))
    table.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                          | QAbstractItemView.EditTrigger.DoubleClicked
                          | QAbstractItemView.EditTrigger.EditKeyPressed)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(True)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
    return table
