"""Small pieces shared by the editor's forms: form layouts, rows with their problem, hints."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from workshop_app.gui.pack_editor.binding import Binder
from workshop_app.i18n import QT_TRANSLATE_NOOP, PackEditor, counted, translate
from workshop_app.services.pack_editing import Path_

MARKDOWN_HINT = QT_TRANSLATE_NOOP("PackEditor",
                                  "Markdown: **bold**, *italics*, lists with - and headings with #.")


def markdown_hint() -> str:
    return translate("PackEditor", MARKDOWN_HINT)


def count_problems(n: int) -> str:
    """``1 problem``, ``3 problems``."""
    return counted(n, translate("PackEditor", "1 problem"),
                   PackEditor.tr("%n problems", None, n))


def form_layout() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    form.setVerticalSpacing(8)
    return form


def add_row(form: QFormLayout, text: str, binder: Binder, widget: QWidget, rel: Path_ | None = None,
            field: QWidget | None = None) -> QLabel:
    """A labelled row: ``widget`` (or ``field``, a box holding it) with the problem label under it."""
    label = QLabel(text)
    label.setBuddy(widget)
    rel = rel if rel is not None else next(r for r, b in binder.bindings.items() if b.widget is widget)
    form.addRow(label, binder.with_error(field or widget, rel))
    return label


def hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("hint")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


def form_box(binder: Binder, form: QFormLayout | QWidget) -> QWidget:
    """A form with the problems of the whole part it edits (the binder's ``()``) above it."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(binder.bindings[()].error)
    if isinstance(form, QWidget):
        layout.addWidget(form)
    else:
        layout.addLayout(form)
    layout.addStretch(1)
    return box
