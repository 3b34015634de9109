"""A ready-made agenda: its id, title and description, and its items (exercise, break or free item)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from workshop_app.gui.models.pack_editor_rows import Row
from workshop_app.gui.pack_editor.binding import Binder
from workshop_app.gui.pack_editor.forms import add_row, form_box, form_layout, hint
from workshop_app.gui.pack_editor.list_editing import outside_rows, problems_by_row, problems_in_row
from workshop_app.gui.pack_editor.ordered_list import OrderedList
from workshop_app.gui.pack_editor.session import PackSession
from workshop_app.model import AgendaTemplate, AgendaTemplateItem
from workshop_app.services import pack_editing as pe

KINDS = ("exercise", "break", "custom")


class AgendaForm(QWidget):
    def __init__(self, session: PackSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.index = -1
        self._problems: list[tuple[pe.Path_, str]] = []
        self.heading = QLabel()
        self.heading.setObjectName("sectionHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        b = self.binder = Binder(session, self.base, self)
        self.title = b.line(("title",), self.tr("Agenda title"), self.tr("For example: 90-minute session"))
        self.id = b.line(("id",), self.tr("Agenda id"), "90-minutes")
        self.description = b.text(("description",), self.tr("Agenda description"),
                                  self.tr("When to use this agenda (Markdown)"))
        self.description.setMaximumHeight(90)
        b.problem_label((), self.heading)
        form = form_layout()
        add_row(form, self.tr("&Title:"), b, self.title)
        add_row(form, self.tr("&Id:"), b, self.id)
        add_row(form, self.tr("&Description:"), b, self.description)

        self.items = OrderedList(self.tr("Items, in &order"), {
            "list": self.tr("Agenda items"), "add": self.tr("Add an exercise item (Insert)"),
            "remove": self.tr("Remove the item (Delete)"), "up": self.tr("Move the item up (Alt+Up)"),
            "down": self.tr("Move the item down (Alt+Down)")})
        self.items.buttons["add"].setText(self.tr("Add exercise"))
        self.add_break = QPushButton(self.tr("Add break"))
        self.add_break.setAccessibleName(self.tr("Add a break"))
        self.add_custom = QPushButton(self.tr("Add free item"))
        self.add_custom.setAccessibleName(self.tr("Add a free item"))
        adds = QHBoxLayout()
        adds.addWidget(self.add_break)
        adds.addWidget(self.add_custom)
        self.total = QLabel()
        self.total.setTextFormat(Qt.TextFormat.PlainText)
        items_problem = b.problem_label(("items",), self.items.view)
        left = QVBoxLayout()
        left.addWidget(self.items, 1)
        left.addLayout(adds)
        left.addWidget(items_problem)
        left.addWidget(self.total)

        ib = self.item_binder = Binder(session, self.item_base, self)
        self.kind = ib.combo(("kind",), self.tr("Item kind"), [
            (self.tr("Exercise"), "exercise"), (self.tr("Break"), "break"), (self.tr("Free item"), "custom")])
        self.exercise = ib.combo(("exercise",), self.tr("Exercise"), [])
        self.item_title = ib.line(("title",), self.tr("Item title"), self.tr("For example: Coffee"))
        self.minutes = ib.spin(("minutes",), self.tr("Item minutes"), 0, 480, unset=self.tr("not set"),
                               suffix=self.tr(" min"))
        self.minutes.setMaximumWidth(160)
        ib.problem_label((), self.kind)
        item_form = form_layout()
        add_row(item_form, self.tr("&Kind:"), ib, self.kind)
        self.exercise_label = add_row(item_form, self.tr("E&xercise:"), ib, self.exercise)
        self.title_label = add_row(item_form, self.tr("Item tit&le:"), ib, self.item_title)
        add_row(item_form, self.tr("&Minutes:"), ib, self.minutes)
        self.minutes_hint = hint("")
        item_form.addRow("", self.minutes_hint)
        self.item_form = item_form
        self.item_box = form_box(ib, item_form)
        self.kind.currentIndexChanged.disconnect()
        self.kind.currentIndexChanged.connect(self._kind_chosen)

        lower = QHBoxLayout()
        lower.addLayout(left, 2)
        lower.addSpacing(12)
        lower.addWidget(self.item_box, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 12)
        layout.addWidget(self.heading)
        layout.addWidget(b.bindings[()].error)
        layout.addLayout(form)
        layout.addLayout(lower, 1)

        self.items.addRequested.connect(lambda: self._add("exercise"))
        self.add_break.clicked.connect(lambda: self._add("break"))
        self.add_custom.clicked.connect(lambda: self._add("custom"))
        self.items.removeRequested.connect(
            lambda row: session.remove(self.base() + ("items",), row, self.tr("Remove agenda item")))
        self.items.moveRequested.connect(
            lambda a, z: session.move(self.base() + ("items",), a, z, self.tr("Move agenda item")))
        self.items.currentChanged.connect(lambda _row: self._refresh_item())

    def base(self) -> pe.Path_ | None:
        return ("agendas", self.index) if 0 <= self.index < len(self.session.pack.agendas) else None

    def item_base(self) -> pe.Path_ | None:
        base, row = self.base(), self.items.current()
        return None if base is None or row < 0 else base + ("items", row)

    # -- editing ----------------------------------------------------------------------------------
    def _add(self, kind: str) -> None:
        base = self.base()
        if base is None:
            return
        ids = self.session.exercise_ids()
        if kind == "exercise":
            item = AgendaTemplateItem(exercise=ids[0] if ids else "", kind=kind)
        else:
            title = self.tr("Break") if kind == "break" else ""
            item = AgendaTemplateItem(title=title, minutes=10 if kind == "break" else 15, kind=kind)
        rows = self.session.get(base + ("items",))
        at = self.items.current() + 1 if self.items.current() >= 0 else len(rows)
        self.session.insert(base + ("items",), at, item, self.tr("Add agenda item"))

    def _kind_chosen(self, _index: int) -> None:
        path = self.item_base()
        if path is None or self.item_binder.loading:
            return
        item: AgendaTemplateItem = self.session.get(path)
        kind = self.kind.currentData()
        if kind == item.kind:
            return
        ids = self.session.exercise_ids()
        if kind == "exercise":
            new = {"exercise": item.exercise or (ids[0] if ids else ""), "title": ""}
        else:
            new = {"exercise": None, "title": item.title or (self.tr("Break") if kind == "break" else ""),
                   "minutes": item.minutes or 10}
        changes = [(path + ("kind",), item.kind, kind)]
        changes += [(path + (key,), getattr(item, key), value) for key, value in new.items()]
        self.session.push_changes(changes, self.tr("Change the item's kind"))

    # -- showing ----------------------------------------------------------------------------------
    def _row(self, item: AgendaTemplateItem, problems: list[str]) -> Row:
        ex = self.session.pack.exercise(item.exercise) if item.kind == "exercise" and item.exercise else None
        minutes = item.minutes if item.minutes is not None else (ex.minutes if ex else 0)
        if item.kind == "exercise":
            title = ex.title if ex else self.tr("(no exercise '{id}')").format(id=item.exercise or "")
            text = self.tr("{title} · {minutes} min").format(title=title, minutes=minutes)
        else:
            kind = self.tr("Break") if item.kind == "break" else self.tr("Free")
            text = self.tr("{kind}: {title} · {minutes} min").format(kind=kind, title=item.title,
                                                                     minutes=minutes)
        return Row(text, problems)

    def show_agenda(self, index: int, problems: list[tuple[pe.Path_, str]],
                    select: int | None = None) -> None:
        if index != self.index:
            self.index = index
            select = 0 if select is None else select
        self._problems = problems
        agenda: AgendaTemplate | None = self.session.get(self.base()) if self.base() else None
        if agenda is None:
            return
        self.heading.setText(self.tr("Agenda {n}: {title}").format(n=index + 1, title=agenda.title))
        self.binder.refresh()
        by_row = problems_by_row(problems, "items")
        rows = [self._row(item, by_row.get(n, [])) for n, item in enumerate(agenda.items)]
        if select is None and self.items.current() < 0 and rows:
            select = 0
        self.items.set_rows(rows, select)
        total = 0
        for item in agenda.items:
            ex = self.session.pack.exercise(item.exercise or "") if item.kind == "exercise" else None
            total += item.minutes if item.minutes is not None else (ex.minutes if ex else 0)
        self.total.setText(self.tr("In all: {minutes} min").format(minutes=total))
        self.binder.show_problems(outside_rows(problems, "items"))
        self._refresh_item()

    def _refresh_item(self) -> None:
        path = self.item_base()
        self.item_box.setVisible(path is not None)
        if path is None:
            return
        item: AgendaTemplateItem = self.session.get(path)
        self.exercise.blockSignals(True)
        self.exercise.clear()
        for ex in self.session.pack.exercises:
            self.exercise.addItem(f"{ex.title or ex.id} ({ex.id})", ex.id)
        self.exercise.blockSignals(False)
        is_exercise = item.kind == "exercise"
        for row, visible in ((self.exercise, is_exercise), (self.item_title, not is_exercise)):
            self.item_form.setRowVisible(self._row_index(row), visible)
        self.minutes_hint.setText(self.tr("“not set”: the exercise's own minutes.") if is_exercise
                                  else self.tr("Breaks and free items need their minutes."))
        self.item_binder.refresh()
        row = self.items.current()
        self.item_binder.show_problems(problems_in_row(self._problems, "items", row))

    def _row_index(self, widget: QWidget) -> int:
        for row in range(self.item_form.rowCount()):
            item = self.item_form.itemAt(row, self.item_form.ItemRole.FieldRole)
            if item is not None and item.widget() is not None and item.widget().isAncestorOf(widget):
                return row
        return -1

    def focus(self, rel: pe.Path_, take: bool = True) -> None:
        if len(rel) > 1 and rel[0] == "items" and isinstance(rel[1], int):
            self.items.set_current(rel[1])
            binding = self.item_binder.owner(rel[2:])
        else:
            binding = self.binder.owner(rel)
        if binding is not None and take:
            binding.widget.setFocus(Qt.FocusReason.OtherFocusReason)
