"""One exercise, on six tabs: basics, steps, facilitator notes and debrief, capture, handouts, preview."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workshop_app.gui.pack_editor.binding import Binder
from workshop_app.gui.pack_editor.capture_tab import CaptureTab
from workshop_app.gui.pack_editor.forms import add_row, form_box, form_layout, hint, markdown_hint
from workshop_app.gui.pack_editor.handouts_tab import HandoutsTab
from workshop_app.gui.pack_editor.list_editing import outside_rows
from workshop_app.gui.pack_editor.preview import ExercisePreview
from workshop_app.gui.pack_editor.session import PackSession
from workshop_app.gui.pack_editor.steps_tab import StepsTab
from workshop_app.model import FEEDS, THEMES, Exercise
from workshop_app.model.pack import EXPERIENCE, GroupSize
from workshop_app.services import pack_editing as pe

BASICS, STEPS, FACILITATOR, CAPTURE, HANDOUTS, PREVIEW = range(6)
#: The lists of an exercise with a tab of their own (their rows are chosen there).
LISTS = {"steps": STEPS, "handouts": HANDOUTS}


def _scroll(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    return area


class ExerciseEditor(QWidget):
    def __init__(self, session: PackSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.index = -1
        self.binder = Binder(session, self.base, self)
        self.heading = QLabel()
        self.heading.setObjectName("sectionHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Exercise parts"))
        self.binder.tab = BASICS
        self.tabs.addTab(self._basics(), self.tr("&Basics"))
        self.binder.tab = STEPS
        self.steps = StepsTab(session, self.base, self.binder)
        self.tabs.addTab(self.steps, self.tr("&Steps"))
        self.binder.tab = FACILITATOR
        self.tabs.addTab(self._facilitator(), self.tr("&Notes && debrief"))
        self.binder.tab = CAPTURE
        self.capture = CaptureTab(self.binder, self.base)
        self.tabs.addTab(self.capture, self.tr("&Capture"))
        self.binder.tab = HANDOUTS
        self.handouts = HandoutsTab(session, self.base, self.binder)
        self.tabs.addTab(self.handouts, self.tr("Han&douts"))
        self.preview = ExercisePreview()
        self.tabs.addTab(self.preview, self.tr("Pre&view"))
        self.tab_titles = [self.tabs.tabText(i) for i in range(self.tabs.count())]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(lambda _i: self._update_preview())

    def base(self) -> pe.Path_ | None:
        return ("exercises", self.index) if 0 <= self.index < len(self.session.pack.exercises) else None

    # -- tabs -------------------------------------------------------------------------------------
    def _basics(self) -> QWidget:
        b = self.binder
        self.title = b.line(("title",), self.tr("Exercise title"), self.tr("For example: Hopes and concerns"))
        self.id = b.line(("id",), self.tr("Exercise id"), self.tr("made from the title"))
        self.summary = b.line(("summary",), self.tr("Summary"), self.tr("One line shown in lists"))
        self.minutes = b.spin(("minutes",), self.tr("Exercise minutes"), 0, 480, suffix=self.tr(" min"))
        self.minutes.setMaximumWidth(140)
        self.match = QPushButton(self.tr("Use the steps' total"))
        self.match.setAccessibleName(self.tr("Set the exercise minutes to the steps' total"))
        self.match.clicked.connect(self._match_steps)
        minutes_row = QWidget()
        row = QHBoxLayout(minutes_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.minutes)
        row.addWidget(self.match)
        row.addStretch(1)
        self.group = b.line(("group",), self.tr("Group configuration"),
                            self.tr("For example: pairs, then whole room"))
        size_box, self.group_min, self.group_max = b.size_range(
            ("group_size",), (self.tr("Smallest group"), self.tr("Largest group")), 500,
            self.tr("not said"), GroupSize)
        self.prep = b.spin(("prep_minutes",), self.tr("Preparation minutes"), -1, 480,
                           unset=self.tr("not said"), suffix=self.tr(" min"))
        self.prep.setMaximumWidth(140)
        self.experience = b.combo(("experience",), self.tr("Facilitation experience needed"), [
            (self.tr("not said"), ""),
            *((QCoreApplication.translate("Model", label), key) for key, label in EXPERIENCE.items())])
        self.room_setup = b.text(("room_setup",), self.tr("Room set-up"),
                                 self.tr("For example: tables of four, a flipchart beside each"))
        self.room_setup.setMinimumHeight(60)
        self.room_setup.setMaximumHeight(90)  # a few lines; the form's spare room stays below
        for box in (self.group_min, self.group_max):
            box.setMaximumWidth(90)
        self.feeds = b.combo(("feeds",), self.tr("Feeds into the action plan"), [
            (QCoreApplication.translate("Model", label), key) for key, label in FEEDS.items()])
        themes_box, self.themes = b.checks(("themes",), self.tr("Themes"), [
            (QCoreApplication.translate("Model", label), key) for key, label in THEMES.items()])
        grid = QGridLayout(themes_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        for n, box in enumerate(self.themes):
            grid.addWidget(box, n // 3, n % 3)
        self.objective = b.text(("objective",), self.tr("Objective"), self.tr("What the exercise is for"))
        self.materials = b.lines(("materials",), self.tr("Materials, one a line"),
                                 self.tr("One a line, such as: sticky notes"),
                                 to_line=pe.material_line, from_line=pe.material_entry)
        self.objective.setMinimumHeight(90)
        self.materials.setMinimumHeight(70)
        b.problem_label((), self.title)

        left = form_layout()
        add_row(left, self.tr("&Title:"), b, self.title)
        add_row(left, self.tr("&Id:"), b, self.id)
        add_row(left, self.tr("S&ummary:"), b, self.summary)
        add_row(left, self.tr("&Minutes:"), b, self.minutes, field=minutes_row)
        add_row(left, self.tr("G&roup:"), b, self.group)
        add_row(left, self.tr("Group si&ze:"), b, self.group_min, rel=("group_size",), field=size_box)
        left.addRow("", hint(self.tr("People in one working group; materials counted per group "
                                     "use the largest.")))
        add_row(left, self.tr("Pre&paration:"), b, self.prep)
        add_row(left, self.tr("E&xperience:"), b, self.experience)
        add_row(left, self.tr("Room s&et-up:"), b, self.room_setup)
        add_row(left, self.tr("&Feeds into:"), b, self.feeds)
        right = form_layout()
        add_row(right, self.tr("T&hemes:"), b, self.themes[0], rel=("themes",), field=themes_box)
        add_row(right, self.tr("&Objective:"), b, self.objective)
        right.addRow("", hint(markdown_hint()))
        add_row(right, self.tr("M&aterials:"), b, self.materials)
        right.addRow("", hint(self.tr("A material counted for the room, each group, each participant "
                                      "or the facilitator ends with its count in brackets, such as: "
                                      "Pad of sticky notes [2 per participant]. Other lines are one "
                                      "for the room.")))
        box = QWidget()
        columns = QHBoxLayout(box)
        columns.setContentsMargins(8, 12, 8, 8)
        left_column = QVBoxLayout()  # the left form keeps its natural height beside a taller right one
        left_column.addLayout(left)
        left_column.addStretch(1)
        columns.addLayout(left_column, 1)
        columns.addSpacing(16)
        columns.addLayout(right, 1)
        return _scroll(form_box(b, box))

    def _facilitator(self) -> QWidget:
        b = self.binder
        self.notes = b.text(("facilitator_notes",), self.tr("Facilitator notes"),
                            self.tr("Pitfalls, variations, timing tips: for the facilitator only"))
        self.debrief = b.lines(("debrief",), self.tr("Debrief questions, one a line"),
                               self.tr("One question a line"))
        form = form_layout()
        add_row(form, self.tr("&Facilitator notes:"), b, self.notes)
        form.addRow("", hint(self.tr("Never shown on the projector nor printed on a participant's plan. ")
                             + markdown_hint()))
        add_row(form, self.tr("Debrief &questions:"), b, self.debrief)  # (Alt+D: the Handouts tab)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(8, 12, 8, 8)
        layout.addLayout(form)
        self.notes.setMinimumHeight(200)
        self.debrief.setMinimumHeight(140)
        return _scroll(box)

    def _match_steps(self) -> None:
        base = self.base()
        if base is not None:
            ex: Exercise = self.session.get(base)
            self.session.set(base + ("minutes",), sum(s.minutes for s in ex.steps),
                             self.tr("Use the steps' total"), merge=False)

    # -- showing ----------------------------------------------------------------------------------
    def show_exercise(self, index: int, problems: list[tuple[pe.Path_, str]],
                      select: tuple[pe.Path_, int] | None = None) -> None:
        """Show exercise ``index``; ``select``: (a list's path in the exercise, the row to choose)."""
        if index != self.index:
            self.index = index
            select = (("steps",), 0) if select is None else select
            self.handouts.refresh((("handouts",), 0), problems)
        self.refresh(problems, select)

    def refresh(self, problems: list[tuple[pe.Path_, str]], select: tuple[pe.Path_, int] | None = None
                ) -> None:
        base = self.base()
        if base is None:
            return
        ex: Exercise = self.session.get(base)
        self.heading.setText(self.tr("Exercise {n}: {title}").format(
            n=self.index + 1, title=ex.title or self.tr("(no title yet)")))
        self.binder.refresh()
        self.capture.refresh()
        rel, row = select if select is not None else ((), -1)
        self.steps.refresh(row if rel == ("steps",) else None, problems)
        self.handouts.refresh(select if rel[:1] == ("handouts",) else None, problems)
        self.binder.show_problems(outside_rows(outside_rows(problems, "steps"), "handouts"))
        tabs_with_problems = {self._tab_of(rel) for rel, _m in problems}
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for tab in range(self.tabs.count()):
            self.tabs.setTabIcon(tab, warning if tab in tabs_with_problems else QIcon())
        self._update_preview()

    def _tab_of(self, rel: pe.Path_) -> int:
        if rel[:1] and rel[0] in LISTS:
            return LISTS[rel[0]]
        binding = self.binder.owner(rel)
        return binding.tab if binding is not None and binding.tab >= 0 else BASICS

    def _update_preview(self) -> None:
        base = self.base()
        if self.tabs.currentIndex() == PREVIEW and base is not None:
            self.preview.show_exercise(self.session.pack.title, self.session.get(base), self.session.assets,
                                       self.session.pack.language)

    def focus(self, rel: pe.Path_, take: bool = True) -> None:
        """Show the tab (and step) of a field, and put the cursor in it when ``take``."""
        self.tabs.setCurrentIndex(self._tab_of(rel))
        if rel[:1] == ("steps",):
            self.steps.focus(rel, take)
            return
        if rel[:1] == ("handouts",):
            self.handouts.focus(rel, take)
            return
        binding = self.binder.owner(rel)
        if binding is not None and take:
            binding.widget.setFocus(Qt.FocusReason.OtherFocusReason)
