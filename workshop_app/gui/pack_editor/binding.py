"""Input widgets tied to paths in the pack being edited, each with its problem shown beside it.

A :class:`Binder` edits the part of the pack under ``base()`` (``("exercises", 2)``
say): a widget's edit becomes an undoable change at ``base() + rel``, and
:meth:`Binder.refresh` shows the pack's values again after an undo or redo.
:meth:`Binder.show_problems` puts each problem's message under the widget of
the longest matching path.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workshop_app.gui.pack_editor.session import PackSession
from workshop_app.services.pack_editing import Path_, field_path

INVALID_STYLE = "border: 1px solid #c4001d; border-radius: 3px; padding: 2px;"


class UndoKeysToWindow(QObject):
    """Ctrl+Z / Ctrl+Shift+Z go to the editor's undo stack, not a text field's own undo."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and any(
                event.matches(key) for key in (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)):
            event.ignore()
            return True
        return False


def error_colour() -> str:
    """Red that reads on the palette's window colour (light or dark)."""
    dark = QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128
    return "#ff8a80" if dark else "#b00020"


def error_label() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {error_colour()}; font-weight: 600;")
    label.setObjectName("fieldProblem")
    label.hide()
    return label


def lines_of(text: str) -> list[str]:
    """One entry a line; blank lines and surrounding spaces left out."""
    return [line.strip() for line in text.splitlines() if line.strip()]


@dataclass
class Binding:
    rel: Path_
    widget: QWidget
    read: Callable[[], Any]
    show: Callable[[Any], None]
    error: QLabel
    tab: int = -1
    messages: list[str] = field(default_factory=list)


class Binder(QObject):
    def __init__(self, session: PackSession, base: Callable[[], Path_ | None], parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.base = base
        self.bindings: dict[Path_, Binding] = {}
        self.loading = False
        self.undo_keys = UndoKeysToWindow(self)
        self.tab = -1  # the tab the next bindings are on (for going to a problem)

    # -- making bindings ------------------------------------------------------------------------
    def _add(self, rel: Path_, widget: QWidget, read, show, label: str) -> Binding:
        if label:
            widget.setAccessibleName(label)
        widget.installEventFilter(self.undo_keys)
        binding = Binding(rel, widget, read, show, error_label(), self.tab)
        self.bindings[rel] = binding
        return binding

    def _edited(self, rel: Path_, merge: bool = True) -> None:
        base = self.base()
        if self.loading or base is None:
            return
        binding = self.bindings[rel]
        self.session.set(base + rel, binding.read(), merge=merge)

    def line(self, rel: Path_, label: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)

        def show(value: Any) -> None:
            if edit.text() != (value or ""):
                edit.setText(value or "")
                edit.setCursorPosition(0)  # the start of a long text, not its end

        self._add(rel, edit, edit.text, show, label)
        edit.textEdited.connect(lambda _t: self._edited(rel))
        return edit

    def text(self, rel: Path_, label: str, placeholder: str = "") -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        self._add(rel, edit, edit.toPlainText,
                  lambda v: edit.toPlainText() != (v or "") and edit.setPlainText(v or ""), label)
        edit.textChanged.connect(lambda: self._edited(rel))
        return edit

    def lines(self, rel: Path_, label: str, placeholder: str = "", *,
              to_line: Callable[[Any], str] = str, from_line: Callable[[str], Any] = str) -> QPlainTextEdit:
        """A list edited one entry a line: one-line texts, or entries shown as ``to_line`` gives
        them and read back with ``from_line``."""
        edit = QPlainTextEdit()
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)  # a wrapped line would look like two

        def read() -> list[Any]:
            return [from_line(line) for line in lines_of(edit.toPlainText())]

        def show(value: Any) -> None:
            if read() != list(value or []):
                edit.setPlainText("\n".join(to_line(v) for v in value or []))

        self._add(rel, edit, read, show, label)
        edit.textChanged.connect(lambda: self._edited(rel))
        return edit

    def spin(self, rel: Path_, label: str, low: int, high: int, *, unset: str = "",
             suffix: str = "") -> QSpinBox:
        """Whole numbers from ``low``; with ``unset`` the lowest value means "not set" (None)."""
        box = QSpinBox()
        box.setRange(low, high)
        box.setSuffix(suffix)
        box.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        if unset:
            box.setSpecialValueText(unset)

        def read() -> int | None:
            return None if unset and box.value() == low else box.value()

        def show(value: Any) -> None:
            number = low if value is None else int(value)
            if box.value() != number:
                box.setValue(number)

        self._add(rel, box, read, show, label)
        box.valueChanged.connect(lambda _v: self._edited(rel))
        return box

    def size_range(self, rel: Path_, labels: tuple[str, str], high: int, unset: str,
                   make: Callable[[int, int], Any]) -> tuple[QWidget, QSpinBox, QSpinBox]:
        """A range from a lowest to a highest number, such as a group size: ``make(low, high)``,
        or None while the highest is 0 (shown as ``unset``)."""
        low_box, high_box = QSpinBox(), QSpinBox()
        for box, name in ((low_box, labels[0]), (high_box, labels[1])):
            box.setRange(0, high)
            box.setSpecialValueText(unset)
            box.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
            box.setAccessibleName(name)
            box.installEventFilter(self.undo_keys)
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(low_box)
        layout.addWidget(QLabel("\u2013"))
        layout.addWidget(high_box)
        layout.addStretch(1)

        def read() -> Any:
            return make(low_box.value(), high_box.value()) if high_box.value() else None

        def show(value: Any) -> None:
            for box, number in ((low_box, getattr(value, "min", 0)), (high_box, getattr(value, "max", 0))):
                if box.value() != number:
                    box.setValue(number)

        binding = self._add(rel, row, read, show, "")
        binding.widget = low_box
        for box in (low_box, high_box):
            box.valueChanged.connect(lambda _v: self._edited(rel))
        return row, low_box, high_box

    def combo(self, rel: Path_, label: str, choices: list[tuple[str, Any]]) -> QComboBox:
        box = QComboBox()
        for text, data in choices:
            box.addItem(text, data)

        def show(value: Any) -> None:
            at = box.findData(value)
            if at < 0:  # a value the editor does not offer (from a draft): shown as it is
                box.addItem(str(value), value)
                at = box.count() - 1
            box.setCurrentIndex(at)

        self._add(rel, box, box.currentData, show, label)
        box.currentIndexChanged.connect(lambda _i: self._edited(rel, merge=False))
        return box

    def check(self, rel: Path_, text: str) -> QCheckBox:
        """A yes-or-no setting, one checkbox (its text names it)."""
        box = QCheckBox(text)
        self._add(rel, box, box.isChecked,
                  lambda v: box.isChecked() != bool(v) and box.setChecked(bool(v)), "")
        box.toggled.connect(lambda _on: self._edited(rel, merge=False))
        return box

    def checks(self, rel: Path_, label: str, choices: list[tuple[str, str]]
               ) -> tuple[QWidget, list[QCheckBox]]:
        """A list of keys, one checkbox each (kept in the order they were ticked)."""
        boxes = []
        group = QWidget()
        group.setAccessibleName(label)
        for text, key in choices:
            box = QCheckBox(text)
            box.setProperty("key", key)
            boxes.append(box)

        def read() -> list[str]:
            current = list(self.session.get(self.base() + rel) or [])
            ticked = {b.property("key") for b in boxes if b.isChecked()}
            return [k for k in current if k in ticked] + [b.property("key") for b in boxes
                                                        if b.isChecked() and b.property("key") not in current]

        def show(value: Any) -> None:
            for box in boxes:
                box.setChecked(box.property("key") in (value or []))

        binding = self._add(rel, group, read, show, "")
        for box in boxes:
            box.installEventFilter(self.undo_keys)
            box.toggled.connect(lambda _on: self._edited(rel, merge=False))
        binding.widget = boxes[0] if boxes else group
        return group, boxes

    def problem_label(self, rel: Path_, widget: QWidget) -> QLabel:
        """Problems of ``rel`` that no input widget takes (a whole list item, say), shown under ``widget``."""
        binding = Binding(rel, widget, lambda: None, lambda _v: None, error_label(), self.tab)
        self.bindings[rel] = binding
        return binding.error

    def with_error(self, widget: QWidget, rel: Path_ | None = None) -> QWidget:
        """The widget with its problem label under it, for a form row."""
        rel = rel if rel is not None else next(r for r, b in self.bindings.items() if b.widget is widget)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        layout.addWidget(self.bindings[rel].error)
        return box

    # -- showing ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        base = self.base()
        if base is None:
            return
        self.loading = True
        try:
            for rel, binding in self.bindings.items():
                if binding.read() != self.session.get(base + rel):
                    binding.show(self.session.get(base + rel))
        finally:
            self.loading = False

    def owner(self, rel: Path_) -> Binding | None:
        """The binding with the longest path that ``rel`` starts with."""
        for n in range(len(rel), -1, -1):
            if rel[:n] in self.bindings:
                return self.bindings[rel[:n]]
        return None

    def show_problems(self, problems: list[tuple[Path_, str]]) -> list[tuple[Path_, str]]:
        """Show each problem beside its widget; returns those no widget here takes."""
        for binding in self.bindings.values():
            binding.messages = []
        left = []
        for rel, message in problems:
            binding = self.owner(rel)
            if binding is None:
                left.append((rel, message))
            elif rel == binding.rel:
                binding.messages.append(message)
            else:  # shown at a part that holds the field: say which field
                binding.messages.append(f"{field_path(rel[len(binding.rel):])}: {message}")
        for binding in self.bindings.values():
            text = "\n".join(f"⚠ {m}" for m in binding.messages)
            binding.error.setText(text)
            binding.error.setVisible(bool(text))
            binding.widget.setAccessibleDescription(text)
            if isinstance(binding.widget, QLineEdit | QPlainTextEdit):
                binding.widget.setStyleSheet(INVALID_STYLE if text else "")
        return left
