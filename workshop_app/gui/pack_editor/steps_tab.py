"""An exercise's steps: the list (add, remove, reorder) and the chosen step's title, minutes and prompt."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from workshop_app.gui.models.pack_editor_rows import Row
from workshop_app.gui.pack_editor.binding import Binder, error_colour
from workshop_app.gui.pack_editor.forms import add_row, form_box, form_layout, hint, markdown_hint
from workshop_app.gui.pack_editor.list_editing import ListEditing, problems_by_row, problems_in_row
from workshop_app.gui.pack_editor.ordered_list import OrderedList
from workshop_app.gui.pack_editor.session import PackSession
from workshop_app.model import Exercise
from workshop_app.services import pack_editing as pe


class StepsTab(QWidget):
    def __init__(self, session: PackSession, exercise_base: Callable[[], pe.Path_ | None],
                 exercise_binder: Binder, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.exercise_base = exercise_base
        self._problems: list[tuple[pe.Path_, str]] = []
        self.steps = OrderedList(self.tr("Steps, in &order"), {
            "list": self.tr("Steps"), "add": self.tr("Add a step (Insert)"),
            "remove": self.tr("Remove the step (Delete)"), "up": self.tr("Move the step up (Alt+Up)"),
            "down": self.tr("Move the step down (Alt+Down)")})
        self.steps.setMinimumWidth(240)
        self.steps.setMaximumWidth(340)
        self.total = QLabel()
        self.total.setTextFormat(Qt.TextFormat.PlainText)
        self.total.setWordWrap(True)
        list_problem = exercise_binder.problem_label(("steps",), self.steps.view)

        self.binder = Binder(session, self.step_base, self)
        b = self.binder
        self.step_title = b.line(("title",), self.tr("Step title"), self.tr("For example: Silent writing"))
        self.minutes = b.spin(("minutes",), self.tr("Step minutes"), 0, 480, suffix=self.tr(" min"))
        self.minutes.setMaximumWidth(140)
        self.prompt = b.text(("prompt",), self.tr("Step prompt"),
                             self.tr("What the room sees on the projector during this step"))
        self.prompt.setMinimumHeight(160)
        b.problem_label((), self.step_title)
        form = form_layout()
        add_row(form, self.tr("Step &title:"), b, self.step_title)
        add_row(form, self.tr("Step &minutes:"), b, self.minutes)
        add_row(form, self.tr("P&rompt:"), b, self.prompt)
        form.addRow("", hint(self.tr("Shown to the room on the projector. ") + markdown_hint()))
        self.form_box = form_box(b, form)
        self.empty = hint(self.tr("No steps yet: add one with Add (or the Insert key)."))

        left = QVBoxLayout()
        left.addWidget(self.steps, 1)
        left.addWidget(list_problem)
        left.addWidget(self.total)
        right = QVBoxLayout()
        right.addWidget(self.form_box, 1)
        right.addWidget(self.empty)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(left)
        layout.addSpacing(12)
        layout.addLayout(right, 1)

        self.editing = ListEditing(self.steps, session, exercise_base, "steps", pe.new_step, {
            "add": self.tr("Add step"), "remove": self.tr("Remove step"), "move": self.tr("Move step")},
            self.step_title.setFocus)
        self.steps.currentChanged.connect(lambda _row: self.refresh_step())

    # -- paths ------------------------------------------------------------------------------------
    def list_path(self) -> pe.Path_ | None:
        return self.editing.path()

    def step_base(self) -> pe.Path_ | None:
        return self.editing.row_base()

    # -- showing ----------------------------------------------------------------------------------
    def refresh(self, select: int | None = None, problems: list[tuple[pe.Path_, str]] = ()) -> None:
        base = self.exercise_base()
        ex: Exercise | None = self.session.get(base) if base is not None else None
        steps = ex.steps if ex is not None else []
        by_row = problems_by_row(problems, "steps")
        rows = [Row(self.tr("{n}. {title} · {minutes} min").format(
            n=n, title=s.title or self.tr("(no title)"), minutes=s.minutes), by_row.get(n - 1, []))
            for n, s in enumerate(steps, 1)]
        if select is None and self.steps.current() < 0 and rows:
            select = 0
        self.steps.set_rows(rows, select)
        if ex is not None:
            total = sum(s.minutes for s in steps) + ex.debrief_minutes
            if ex.debrief_minutes:
                text = self.tr("The steps and the debrief add up to {total} min; the exercise lasts "
                               "{minutes} min.").format(total=total, minutes=ex.minutes)
            else:
                text = self.tr("The steps add up to {total} min; the exercise lasts {minutes} min."
                               ).format(total=total, minutes=ex.minutes)
            self.total.setText(text)
            wrong = f"color: {error_colour()}; font-weight: 600;"
            self.total.setStyleSheet("" if total == ex.minutes else wrong)
        self.refresh_step(problems)

    def refresh_step(self, problems: list[tuple[pe.Path_, str]] | None = None) -> None:
        has_step = self.step_base() is not None
        self.form_box.setVisible(has_step)
        self.empty.setVisible(not has_step)
        self.binder.refresh()
        if problems is not None:
            self._problems = problems
        row = self.steps.current()
        self.binder.show_problems(problems_in_row(self._problems, "steps", row))

    def focus(self, rel: pe.Path_, take: bool = True) -> None:
        """Show the step a field is in, and put the cursor in the field when ``take``."""
        widget: QWidget = self.steps.view
        if len(rel) > 1 and rel[0] == "steps" and isinstance(rel[1], int):
            self.steps.set_current(rel[1])
            binding = self.binder.owner(rel[2:])
            widget = binding.widget if binding is not None else widget
        if take:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
