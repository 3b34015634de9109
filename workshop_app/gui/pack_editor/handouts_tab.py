"""An exercise's handouts: the list (add, remove, reorder) and the chosen handout's kind, title,
copies, intro text and items.

Items are edited one a line (cards, slips, signs) or, for role cards and any item with a title
or a text of several lines, one by one: a list of the items and the chosen one's title and text.
Which of the two is decided when a handout is chosen or its kind changes, never while typing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from workshop_app.gui.models.pack_editor_rows import Row
from workshop_app.gui.pack_editor.binding import Binder
from workshop_app.gui.pack_editor.forms import add_row, form_box, form_layout, hint, markdown_hint
from workshop_app.gui.pack_editor.list_editing import (
    ListEditing,
    outside_rows,
    problems_by_row,
    problems_in_row,
)
from workshop_app.gui.pack_editor.ordered_list import OrderedList
from workshop_app.gui.pack_editor.session import PackSession
from workshop_app.i18n import QT_TRANSLATE_NOOP, translate
from workshop_app.model.pack import HANDOUT_KINDS, HANDOUT_PER, Handout, HandoutItem
from workshop_app.services import pack_editing as pe

EXPLAIN = {
    "cards": QT_TRANSLATE_NOOP("PackEditor", "One card per item, eight to a page, with cut lines."),
    "slips": QT_TRANSLATE_NOOP("PackEditor", "One slip per item, four to a page, with room to write."),
    "roles": QT_TRANSLATE_NOOP("PackEditor",
                               "One role card per item, its title over its text, two to a page."),
    "sheet": QT_TRANSLATE_NOOP("PackEditor",
                               "A page to fill in: the intro text, then each item with lines to write on."),
    "sign": QT_TRANSLATE_NOOP("PackEditor", "One page per item in large type: table signs, wall headings."),
    "poster": QT_TRANSLATE_NOOP("PackEditor",
                                "One page: the title in large type, the intro text, the items numbered."),
}
#: How much of an item's text its row in the list shows.
ROW_TEXT = 45


def _short(text: str) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= ROW_TEXT else line[:ROW_TEXT - 1] + "…"


class HandoutsTab(QWidget):
    def __init__(self, session: PackSession, exercise_base: Callable[[], pe.Path_ | None],
                 exercise_binder: Binder, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.one_a_line = session, True
        self._shown: tuple | None = None  # (the handout's path, its kind) the items' way was chosen for
        self._problems: list[tuple[pe.Path_, str]] = []
        self.list = OrderedList(self.tr("Handouts, in &order"), {
            "list": self.tr("Handouts"), "add": self.tr("Add a handout (Insert)"),
            "remove": self.tr("Remove the handout (Delete)"), "up": self.tr("Move the handout up (Alt+Up)"),
            "down": self.tr("Move the handout down (Alt+Down)")})
        self.list.setMinimumWidth(240)
        self.list.setMaximumWidth(340)
        list_problem = exercise_binder.problem_label(("handouts",), self.list.view)

        b = self.binder = Binder(session, self.handout_base, self)
        self.kind = b.combo(("kind",), self.tr("Handout kind"), [
            (translate("Model", label), key) for key, label in HANDOUT_KINDS.items()])
        self.explain = hint("")
        self.title = b.line(("title",), self.tr("Handout title"),
                            self.tr("Printed on it, such as: Role cards"))
        self.copies = b.spin(("copies",), self.tr("Copies"), 1, 50)
        self.copies.setMaximumWidth(90)
        self.per = b.combo(("per",), self.tr("Copies are for"), [
            (translate("Model", label), key) for key, label in HANDOUT_PER.items()])
        self.text = b.text(("text",), self.tr("Intro text"), self.tr("Printed above the items"))
        self.text.setMinimumHeight(60)
        self.text.setMaximumHeight(90)
        self.items_lines = b.lines(("items",), self.tr("Items, one a line"),
                                   self.tr("One a line: a card, a slip or a sign each"),
                                   to_line=pe.item_line, from_line=pe.item_from_line)
        self.items_lines.setMinimumHeight(150)
        self.items = OrderedList(self.tr("Items, one by one"), {
            "list": self.tr("Handout items"), "add": self.tr("Add an item (Insert)"),
            "remove": self.tr("Remove the item (Delete)"), "up": self.tr("Move the item up (Alt+Up)"),
            "down": self.tr("Move the item down (Alt+Down)")})
        self.items.title.hide()  # the form row's label names the list
        self.items.view.setMinimumHeight(100)
        self.items.view.setMaximumHeight(160)
        b.problem_label((), self.title)

        ib = self.item_binder = Binder(session, self.item_base, self)
        self.item_title = ib.line(("title",), self.tr("Item title"), self.tr("For a role card: the role"))
        self.item_text = ib.text(("text",), self.tr("Item text"), self.tr("For a role card: the brief"))
        self.item_text.setMinimumHeight(90)
        ib.problem_label((), self.item_title)

        copies_row = QWidget()
        copies_box = QVBoxLayout(copies_row)
        copies_box.setContentsMargins(0, 0, 0, 0)
        copies_box.setSpacing(2)
        line = QHBoxLayout()
        line.addWidget(self.copies)
        line.addWidget(self.per)
        line.addStretch(1)
        copies_box.addLayout(line)
        copies_box.addWidget(b.bindings[("copies",)].error)
        copies_box.addWidget(b.bindings[("per",)].error)
        items_field = QWidget()
        items_box = QVBoxLayout(items_field)
        items_box.setContentsMargins(0, 0, 0, 0)
        items_box.addWidget(self.items_lines)
        items_box.addWidget(self.items)
        self.items_hint = hint("")

        self.form = form = form_layout()
        add_row(form, self.tr("&Kind:"), b, self.kind)
        form.addRow("", self.explain)
        add_row(form, self.tr("&Title:"), b, self.title)
        copies_label = QLabel(self.tr("Co&pies:"))
        copies_label.setBuddy(self.copies)
        form.addRow(copies_label, copies_row)
        add_row(form, self.tr("&Intro text:"), b, self.text)
        form.addRow("", hint(self.tr("For cards, slips and role cards: a note for whoever cuts them. ")
                             + markdown_hint()))
        self.items_label = add_row(form, self.tr("Ite&ms:"), b, self.items_lines, field=items_field)
        form.addRow("", self.items_hint)
        self.item_rows = [add_row(form, self.tr("Item tit&le:"), ib, self.item_title),
                          add_row(form, self.tr("Item te&xt:"), ib, self.item_text)]
        self.form_box = form_box(b, form)
        self.empty = hint(self.tr("No handouts yet: add one with Add (or the Insert key). A handout is "
                                  "printed for the workshop in the quantities its room needs."))

        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(list_problem)
        right = QWidget()  # the form scrolls; the list of handouts beside it stays put
        right.setMaximumWidth(820)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 8, 0)
        right_layout.addWidget(self.form_box, 1)
        right_layout.addWidget(self.empty)
        right_layout.addStretch(0)
        scroll = QScrollArea()
        scroll.setWidget(right)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        right.setAutoFillBackground(False)  # the tab's own background, as beside it
        scroll.viewport().setAutoFillBackground(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(left)
        layout.addSpacing(12)
        layout.addWidget(scroll, 1)

        self.editing = ListEditing(self.list, session, exercise_base, "handouts", pe.new_handout, {
            "add": self.tr("Add handout"), "remove": self.tr("Remove handout"),
            "move": self.tr("Move handout")}, self.title.setFocus)
        self.item_editing = ListEditing(self.items, session, self.handout_base, "items", HandoutItem, {
            "add": self.tr("Add item"), "remove": self.tr("Remove item"), "move": self.tr("Move item")},
            self.item_title.setFocus)
        self.list.currentChanged.connect(lambda _row: self.refresh_handout(select_item=0))
        self.items.currentChanged.connect(lambda _row: self.refresh_item())

    # -- paths ------------------------------------------------------------------------------------
    def list_path(self) -> pe.Path_ | None:
        return self.editing.path()

    def handout_base(self) -> pe.Path_ | None:
        return self.editing.row_base()

    def item_base(self) -> pe.Path_ | None:
        return None if self.one_a_line else self.item_editing.row_base()

    # -- showing ----------------------------------------------------------------------------------
    def refresh(self, select: tuple[pe.Path_, int] | None = None,
                problems: list[tuple[pe.Path_, str]] = ()) -> None:
        """Show the exercise's handouts; ``select``: (a list's path in the exercise, its row to choose)."""
        path = self.list_path()
        handouts: list[Handout] = (self.session.get(path) or []) if path is not None else []
        by_row = problems_by_row(problems, "handouts")
        rows = [Row(self.tr("{n}. {title} · {kind} · {copies} {per}").format(
            n=n, title=h.title or self.tr("(no title)"),
            kind=translate("Model", HANDOUT_KINDS.get(h.kind, h.kind)),
            copies=h.copies, per=translate("Model", HANDOUT_PER.get(h.per, h.per))), by_row.get(n - 1, []))
            for n, h in enumerate(handouts, 1)]
        rel, row = select if select is not None else ((), -1)
        handout = row if rel == ("handouts",) else rel[1] if len(rel) == 3 else None
        if handout is None and self.list.current() < 0 and rows:
            handout = 0
        self._problems = list(problems)
        blocked = self.list.blockSignals(True)  # the handout is shown once, below
        self.list.set_rows(rows, handout)
        self.list.blockSignals(blocked)
        self.refresh_handout(select_item=row if len(rel) == 3 else None)

    def refresh_handout(self, select_item: int | None = None) -> None:
        base = self.handout_base()
        handout: Handout | None = self.session.get(base) if base is not None else None
        self.form_box.setVisible(handout is not None)
        self.empty.setVisible(handout is None)
        if handout is None:
            return
        shown = (base, handout.kind)
        if shown != self._shown:
            self._shown = shown
            self.one_a_line = pe.items_one_a_line(handout)
            select_item = 0 if select_item is None else select_item
        self.explain.setText(translate("PackEditor", EXPLAIN.get(handout.kind, "")))
        self.items_lines.setVisible(self.one_a_line)
        self.items.setVisible(not self.one_a_line)
        self.items_hint.setText(
            self.tr("One item a line: a card, a slip or a sign each.") if self.one_a_line else
            self.tr("Each item with a title and a text: for a role card, the role and its brief."))
        self.binder.refresh()
        mine = problems_in_row(self._problems, "handouts", self.list.current())
        if self.one_a_line:
            self.binder.show_problems(mine)
        else:
            self.binder.show_problems(outside_rows(mine, "items"))
            by_row = problems_by_row(mine, "items")
            rows = [Row(self.tr("{n}. {title}").format(n=n, title=" · ".join(
                part for part in (item.title.strip(), _short(item.text)) if part) or self.tr("(empty)")),
                by_row.get(n - 1, [])) for n, item in enumerate(handout.items, 1)]
            blocked = self.items.blockSignals(True)
            self.items.set_rows(rows, select_item)
            self.items.blockSignals(blocked)
        self.refresh_item(mine)

    def refresh_item(self, mine: list[tuple[pe.Path_, str]] | None = None) -> None:
        has_item = self.item_base() is not None
        for label in self.item_rows:
            self.form.setRowVisible(label, has_item)
        self.item_binder.refresh()
        if mine is None:
            mine = problems_in_row(self._problems, "handouts", self.list.current())
        self.item_binder.show_problems(problems_in_row(mine, "items", self.items.current()))

    def focus(self, rel: pe.Path_, take: bool = True) -> None:
        """Show the handout (and item) a field is in, and put the cursor in the field when ``take``."""
        widget: QWidget = self.list.view
        if len(rel) > 1 and isinstance(rel[1], int):
            self.list.set_current(rel[1])
            inner = rel[2:]
            binding = self.binder.owner(inner)
            if len(inner) > 1 and inner[0] == "items" and isinstance(inner[1], int) and not self.one_a_line:
                self.items.set_current(inner[1])
                binding = self.item_binder.owner(inner[2:]) or binding
            widget = binding.widget if binding is not None else widget
        if take:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
