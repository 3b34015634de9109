"""What the facilitator records while an exercise runs: the capture type and its settings.

Only the settings of the chosen type are shown (and saved); the others are
kept while the editor is open, so switching back does not lose them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from workshop_app.gui.pack_editor.binding import Binder
from workshop_app.gui.pack_editor.forms import add_row, form_layout, hint
from workshop_app.i18n import QT_TRANSLATE_NOOP
from workshop_app.model import CAPTURE_TYPES
from workshop_app.services import pack_editing as pe

EXPLAIN = {
    "notes": QT_TRANSLATE_NOOP("PackEditor", "The facilitator writes free notes."),
    "cards": QT_TRANSLATE_NOOP("PackEditor",
                               "The facilitator records cards, one idea each, and can group them."),
    "dot_vote": QT_TRANSLATE_NOOP("PackEditor",
                                  "Each participant puts their dots on the options; the app counts them."),
    "rating": QT_TRANSLATE_NOOP("PackEditor", "Each participant scores each criterion on the scale."),
    "matrix": QT_TRANSLATE_NOOP("PackEditor", "Items are placed on a 2x2 grid between the two axes."),
    "actions": QT_TRANSLATE_NOOP("PackEditor", "The facilitator records action items: what, who, by when."),
}


class CaptureTab(QScrollArea):
    def __init__(self, binder: Binder, base: Callable[[], pe.Path_ | None], parent: QWidget | None = None):
        super().__init__(parent)
        self.binder, self.base = binder, base
        b = binder
        self.type = b.combo(("capture", "type"), self.tr("Capture type"), [
            (QCoreApplication.translate("Model", label), key) for key, label in CAPTURE_TYPES.items()])
        self.explain = hint("")
        self.votes = b.spin(("capture", "votes_per_participant"), self.tr("Votes per participant"), 0, 20,
                            unset=self.tr("not set"))
        self.criteria = b.lines(("capture", "criteria"), self.tr("Criteria, one a line"),
                                self.tr("One criterion a line, such as: Clear purpose"))
        self.scale_min = b.spin(("capture", "scale_min"), self.tr("Lowest score"), 0, 10)
        self.scale_max = b.spin(("capture", "scale_max"), self.tr("Highest score"), 0, 10)
        self.axes = {}
        for axis in pe.AXES:
            name = self.tr("Horizontal axis") if axis == "x_axis" else self.tr("Vertical axis")
            example = (self.tr("Label, such as Impact") if axis == "y_axis"
                       else self.tr("Label, such as Effort"))
            self.axes[axis] = (
                b.line(("capture", axis, "label"), self.tr("{axis}: label").format(axis=name), example),
                b.line(("capture", axis, "low"), self.tr("{axis}: low end").format(axis=name),
                       self.tr("low end")),
                b.line(("capture", axis, "high"), self.tr("{axis}: high end").format(axis=name),
                       self.tr("high end")))
        self.options = b.lines(("capture", "options"), self.tr("Options, one a line"),
                               self.tr("One a line: cards to start with, or what the room votes on"))
        self.anonymous = b.check(("capture", "anonymous"), self.tr("Anonymous cards from phones"))
        self.anonymous.setToolTip(self.tr(
            "In room mode, cards sent from phones are stored without their author, unless the "
            "facilitator decides otherwise for the activity"))
        for box in (self.votes, self.scale_min, self.scale_max):
            box.setMaximumWidth(140)
        for edit in (self.criteria, self.options):
            edit.setMinimumHeight(110)

        self.form = form = form_layout()
        add_row(form, self.tr("Capture t&ype:"), b, self.type)
        form.addRow("", self.explain)
        add_row(form, self.tr("V&otes per participant:"), b, self.votes)
        add_row(form, self.tr("C&riteria:"), b, self.criteria)
        add_row(form, self.tr("Lo&west score:"), b, self.scale_min)
        add_row(form, self.tr("&Highest score:"), b, self.scale_max)
        self.axis_rows = {}
        self.axis_heads = QWidget()
        heads = QHBoxLayout(self.axis_heads)
        heads.setContentsMargins(0, 0, 0, 0)
        for text, stretch in ((self.tr("Axis label"), 2), (self.tr("Low end"), 1), (self.tr("High end"), 1)):
            heads.addWidget(hint(text), stretch)
        form.addRow("", self.axis_heads)
        for axis, mnemonic in (("x_axis", self.tr("Hori&zontal axis:")),
                               ("y_axis", self.tr("Vertic&al axis:"))):
            label, low, high = self.axes[axis]
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            for edit, stretch in ((label, 2), (low, 1), (high, 1)):
                line.addWidget(b.with_error(edit), stretch)
            b.problem_label(("capture", axis), label)
            self.axis_rows[axis] = add_row(form, mnemonic, b, label, rel=("capture", axis), field=row)
        add_row(form, self.tr("Op&tions:"), b, self.options)
        add_row(form, self.tr("Room &mode:"), b, self.anonymous)
        self.rows = {
            "votes_per_participant": self.votes, "criteria": self.criteria, "scale_min": self.scale_min,
            "scale_max": self.scale_max, "x_axis": self.axes["x_axis"][0], "y_axis": self.axes["y_axis"][0],
            "options": self.options, "anonymous": self.anonymous}
        box = QWidget()
        box.setMaximumWidth(820)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addLayout(form)
        layout.addStretch(1)
        self.setWidget(box)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)

    def refresh(self) -> None:
        base = self.base()
        kind = self.binder.session.get(base + ("capture", "type")) if base is not None else "notes"
        self.explain.setText(QCoreApplication.translate("PackEditor", EXPLAIN.get(kind, "")))
        used = pe.CAPTURE_SETTINGS.get(kind, tuple(self.rows))
        for key, widget in self.rows.items():
            self.form.setRowVisible(self._row_of(widget), key in used)
        self.form.setRowVisible(self._row_of(self.axis_heads), "x_axis" in used)

    def _row_of(self, widget: QWidget) -> int:
        """The form row holding ``widget`` (inside its box with the problem label)."""
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, self.form.ItemRole.FieldRole)
            holder = item.widget() if item is not None else None
            if holder is not None and (holder is widget or holder.isAncestorOf(widget)):
                return row
        return -1
