"""The pack editor window: the outline (pack, exercises, agendas), the form of the part chosen,
every problem found, and the pack's state in a banner (valid, not valid yet, draft).

Saving goes through the library (``save_user_pack``) into the user pack
folder, only when the pack is valid; otherwise the pack can only be kept as a
draft in ``DATA/packs/drafts/``, which the library never reads.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from workshop_app.gui.hub import SignalHub
from workshop_app.gui.models.pack_editor_rows import Row
from workshop_app.gui.pack_editor.agenda_form import AgendaForm
from workshop_app.gui.pack_editor.binding import Binder
from workshop_app.gui.pack_editor.exercise_form import ExerciseEditor
from workshop_app.gui.pack_editor.files import FileActions
from workshop_app.gui.pack_editor.forms import count_problems
from workshop_app.gui.pack_editor.keeping import PackKeeper
from workshop_app.gui.pack_editor.ordered_list import OrderedList
from workshop_app.gui.pack_editor.pack_form import PackForm
from workshop_app.gui.pack_editor.problems import ProblemsPanel
from workshop_app.gui.pack_editor.session import ListEdit, PackSession, SetValues
from workshop_app.gui.plain import plain_tooltip
from workshop_app.services import pack_editing as pe

log = logging.getLogger(__name__)

PACK, EXERCISE, AGENDA = range(3)
LISTS = (("exercises",), ("agendas",))
BANNER_STYLE = {
    "problem": "background: #fff1c2; color: #4d3800; border: 1px solid #e0b400;",
    "draft": "background: #fde2c8; color: #5a2a00; border: 1px solid #d9822b;",
    "ready": "background: #dcebff; color: #0b2e59; border: 1px solid #5b8fd6;",
}


class PackEditorWindow(QMainWindow):
    #: The pack was saved into the library (its id).
    saved = Signal(str)

    def __init__(self, session: PackSession, hub: SignalHub, drafts: pe.DraftStore,
                 parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        session.setParent(self)  # the first child, so the first deleted: its undo stack outlives no action
        self.session = session
        self.hub = hub
        self.drafts = drafts
        self.files = FileActions(session, hub, self, lambda text: self.statusBar().showMessage(text, 8000))
        self.keeper = PackKeeper(session, hub, drafts, self, self.refresh, self.saved.emit)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setObjectName("packEditor")
        self._build()
        self._actions()
        session.changed.connect(self._changed)
        session.rowsChanged.connect(self._rows_changed)
        session.validated.connect(self._validated)
        session.stack.cleanChanged.connect(self._update_title)
        self.resize(1366, 768)
        self.refresh()
        self.go_to_section(EXERCISE if session.pack.exercises and session.pack.id else PACK)
        session.validate_now()

    # -- building ---------------------------------------------------------------------------------
    def _build(self) -> None:
        s = self.session
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setWordWrap(True)
        self.pack_button = QPushButton(self.tr("Pack details"))
        self.pack_button.setCheckable(True)
        self.pack_button.setAccessibleName(self.tr("Pack details (Ctrl+1)"))
        self.pack_button.clicked.connect(lambda: self.go_to_section(PACK))
        self.exercises = OrderedList(self.tr("Exercises (Ctrl+2)"), {
            "list": self.tr("Exercises"), "add": self.tr("Add an exercise (Insert)"),
            "duplicate": self.tr("Duplicate the exercise"), "remove": self.tr("Remove the exercise (Delete)"),
            "up": self.tr("Move the exercise up (Alt+Up)"),
            "down": self.tr("Move the exercise down (Alt+Down)")},
            duplicate=True)
        self.agendas = OrderedList(self.tr("Agendas (Ctrl+3)"), {
            "list": self.tr("Agendas"), "add": self.tr("Add an agenda (Insert)"),
            "remove": self.tr("Remove the agenda (Delete)"), "up": self.tr("Move the agenda up (Alt+Up)"),
            "down": self.tr("Move the agenda down (Alt+Down)")})
        self.problems = ProblemsPanel()
        outline = QWidget()
        outline_layout = QVBoxLayout(outline)
        outline_layout.setContentsMargins(8, 8, 4, 4)
        self.outline = Binder(s, lambda: (), self)  # problems of the lists themselves ("must list...")
        outline_layout.addWidget(self.pack_button)
        outline_layout.addWidget(self.exercises, 3)
        outline_layout.addWidget(self.outline.problem_label(LISTS[0], self.exercises.view))
        outline_layout.addWidget(self.agendas, 1)
        outline_layout.addWidget(self.outline.problem_label(LISTS[1], self.agendas.view))
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(outline)
        problems_box = QWidget()
        problems_layout = QVBoxLayout(problems_box)
        problems_layout.setContentsMargins(8, 4, 4, 8)
        problems_layout.addWidget(self.problems)
        left.addWidget(problems_box)
        left.setSizes([430, 230])
        left.setChildrenCollapsible(False)

        self.pack_form = PackForm(s)
        self.exercise_editor = ExerciseEditor(s)
        self.agenda_form = AgendaForm(s)
        self.stack = QStackedWidget()
        for page in (self.pack_form, self.exercise_editor, self.agenda_form):
            self.stack.addWidget(page)
        main = QSplitter()
        main.addWidget(left)
        main.addWidget(self.stack)
        main.setStretchFactor(1, 1)
        main.setSizes([330, 1036])
        main.setChildrenCollapsible(False)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(main, 1)
        self.setCentralWidget(central)
        self.setStyleSheet(
            "#packEditor #sectionHeading { font-size: 14pt; font-weight: 600; }"
            "#packEditor #listTitle { font-weight: 600; }"
            "#packEditor #banner { padding: 6px 12px; font-weight: 600; }")

        self.exercises.currentChanged.connect(self._exercise_chosen)
        self.exercises.addRequested.connect(self.add_exercise)
        self.exercises.duplicateRequested.connect(self.duplicate_exercise)
        self.exercises.removeRequested.connect(
            lambda row: s.remove(("exercises",), row, self.tr("Remove exercise")))
        self.exercises.moveRequested.connect(
            lambda a, z: s.move(("exercises",), a, z, self.tr("Move exercise")))
        self.agendas.currentChanged.connect(self._agenda_chosen)
        self.agendas.addRequested.connect(self.add_agenda)
        self.agendas.removeRequested.connect(
            lambda row: s.remove(("agendas",), row, self.tr("Remove agenda")))
        self.agendas.moveRequested.connect(lambda a, z: s.move(("agendas",), a, z, self.tr("Move agenda")))
        self.problems.activated.connect(self.go_to)

    def _action(self, menu, text: str, slot, keys=(), icon: QStyle.StandardPixmap | None = None) -> QAction:
        action = QAction(text, self)
        sequences: list[QKeySequence] = []
        for k in keys:
            standard = isinstance(k, QKeySequence.StandardKey)
            found = QKeySequence.keyBindings(k) if standard else [QKeySequence(k)]
            sequences += [seq for seq in found if seq not in sequences]  # a key twice would be ambiguous
        if sequences:
            action.setShortcuts(sequences)
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _actions(self) -> None:
        sp = QStyle.StandardPixmap
        key = QKeySequence.StandardKey
        stack = self.session.stack
        pack_menu = self.menuBar().addMenu(self.tr("&Pack"))
        self.save_action = self._action(pack_menu, self.tr("&Save"), self.save, [key.Save],
                                        sp.SP_DialogSaveButton)
        self.draft_action = self._action(pack_menu, self.tr("&Keep as draft"), self.keep_draft,
                                         ["Ctrl+Shift+S"])
        pack_menu.addSeparator()
        self.export_action = self._action(pack_menu, self.tr("&Export…"), self.files.export, ["Ctrl+E"],
                                          sp.SP_DriveFDIcon)
        self.import_action = self._action(pack_menu, self.tr("&Open a pack file…"), self.files.open_file,
                                          [key.Open], sp.SP_DialogOpenButton)
        pack_menu.addSeparator()
        self._action(pack_menu, self.tr("&Close"), self.close, [key.Close])
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self._action(edit_menu, self.tr("&Undo"), self.undo, [key.Undo], sp.SP_ArrowBack)
        self.redo_action = self._action(edit_menu, self.tr("&Redo"), self.redo,
                                        [key.Redo, "Ctrl+Shift+Z", "Ctrl+Y"], sp.SP_ArrowForward)
        stack.indexChanged.connect(self._stack_moved)
        self._stack_moved()
        edit_menu.addSeparator()
        self._action(edit_menu, self.tr("Add an e&xercise"), self.add_exercise, ["Ctrl+Shift+N"])
        self._action(edit_menu, self.tr("Add an a&genda"), self.add_agenda)
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for text, keys, slot in (
                (self.tr("&Pack details"), ["Ctrl+1"], lambda: self.go_to_section(PACK, focus=True)),
                (self.tr("&Exercises"), ["Ctrl+2"], lambda: self.exercises.view.setFocus()),
                (self.tr("&Agendas"), ["Ctrl+3"], lambda: self.agendas.view.setFocus()),
                (self.tr("P&roblems"), ["Ctrl+4"], lambda: self.problems.list.setFocus()),
                (self.tr("&Next problem"), ["F8"], self.problems.next_problem)):
            self._action(go_menu, text, slot, keys)
        toolbar = self.addToolBar(self.tr("Pack"))
        toolbar.setObjectName("packEditorTools")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setMovable(False)
        for action in (self.save_action, self.draft_action, self.undo_action, self.redo_action,
                       self.export_action, self.import_action):
            toolbar.addAction(action)

    # -- navigation -------------------------------------------------------------------------------
    def go_to_section(self, section: int, row: int = 0, focus: bool = False) -> None:
        self.pack_button.setChecked(section == PACK)
        if section == EXERCISE and self.session.pack.exercises:
            self.agendas.set_current(-1)
            self.exercises.set_current(min(row, len(self.session.pack.exercises) - 1))
        elif section == AGENDA and self.session.pack.agendas:
            self.exercises.set_current(-1)
            self.agendas.set_current(min(row, len(self.session.pack.agendas) - 1))
        else:
            self.exercises.set_current(-1)
            self.agendas.set_current(-1)
            self.stack.setCurrentWidget(self.pack_form)
            self.pack_button.setChecked(True)
            if focus:
                self.pack_form.title.setFocus()

    def _exercise_chosen(self, row: int) -> None:
        if row >= 0:
            self._show_form(self.agendas, self.exercise_editor)
            self.exercise_editor.show_exercise(row, self._under(("exercises", row)))

    def _agenda_chosen(self, row: int) -> None:
        if row >= 0:
            self._show_form(self.exercises, self.agenda_form)
            self.agenda_form.show_agenda(row, self._under(("agendas", row)))

    def _show_form(self, other_list: OrderedList, form: QWidget) -> None:
        other_list.set_current(-1)
        self.pack_button.setChecked(False)
        self.stack.setCurrentWidget(form)

    def go_to(self, path: tuple, focus: bool = True) -> None:
        """Show the part of the pack ``path`` is in (a problem's field), and its field."""
        path = tuple(path)
        if len(path) > 1 and path[0] in ("exercises", "agendas") and isinstance(path[1], int):
            section = EXERCISE if path[0] == "exercises" else AGENDA
            self.go_to_section(section, path[1])
            form = self.exercise_editor if section == EXERCISE else self.agenda_form
            form.focus(path[2:], focus)
        else:
            self.go_to_section(PACK)
            self.pack_form.focus(path, focus)

    # -- editing ----------------------------------------------------------------------------------
    def add_exercise(self) -> None:
        row = self.exercises.current()
        at = row + 1 if row >= 0 else len(self.session.pack.exercises)
        self.session.insert(("exercises",), at, pe.new_exercise(), self.tr("Add exercise"))
        self.exercise_editor.tabs.setCurrentIndex(0)
        self.exercise_editor.title.setFocus()

    def duplicate_exercise(self, row: int) -> None:
        twin = pe.copy_exercise(self.session.pack, self.session.pack.exercises[row])
        self.session.insert(("exercises",), row + 1, twin, self.tr("Duplicate exercise"))

    def add_agenda(self) -> None:
        agenda = pe.new_agenda(self.session.pack)
        self.session.insert(("agendas",), len(self.session.pack.agendas), agenda, self.tr("Add agenda"))
        self.agenda_form.title.setFocus()

    def _command_path(self, index: int) -> tuple | None:
        command = self.session.stack.command(index)
        if isinstance(command, SetValues):
            return command.changes[0][0]
        if isinstance(command, ListEdit) and len(command.path) > 1:
            return command.path  # (a whole list of the pack shows itself when its rows change)
        return None

    def _stack_moved(self, *_args) -> None:
        stack = self.session.stack
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        self.undo_action.setToolTip(plain_tooltip(self.tr("Undo {what}").format(what=stack.undoText())))
        self.redo_action.setToolTip(plain_tooltip(self.tr("Redo {what}").format(what=stack.redoText())))

    def undo(self) -> None:
        path = self._command_path(self.session.stack.index() - 1)
        self.session.stack.undo()
        if path is not None:
            self.go_to(path, focus=False)

    def redo(self) -> None:
        path = self._command_path(self.session.stack.index())
        self.session.stack.redo()
        if path is not None:
            self.go_to(path, focus=False)

    # -- showing ----------------------------------------------------------------------------------
    def _changed(self, _path: tuple) -> None:
        self.refresh()

    def _rows_changed(self, path: tuple, select: int) -> None:
        if path == ("exercises",):
            self.refresh(exercise=select)
            self.go_to_section(EXERCISE if select >= 0 else PACK, select)
        elif path == ("agendas",):
            self.refresh(agenda=select)
            self.go_to_section(AGENDA if select >= 0 else PACK, select)
        elif path[0] == "exercises":
            self.go_to_section(EXERCISE, path[1])
            self.exercise_editor.show_exercise(path[1], self._under(path[:2]), select=(path[2:], select))
        else:
            self.go_to_section(AGENDA, path[1])
            self.agenda_form.show_agenda(path[1], self._under(path[:2]), select=select)
        self.refresh()

    def _under(self, prefix: tuple) -> list[tuple[pe.Path_, str]]:
        return pe.under(self.session.located, prefix)

    def _validated(self, _located: list) -> None:
        self.refresh()

    def refresh(self, exercise: int | None = None, agenda: int | None = None) -> None:
        """Show the pack as it is now: outline rows, the open form, problems, banner and title."""
        pack = self.session.pack
        untitled = self.tr("(no title)")
        self.exercises.set_rows([Row(ex.title or untitled, [m for _r, m in self._under(("exercises", n))])
                                 for n, ex in enumerate(pack.exercises)], exercise)
        self.agendas.set_rows([Row(a.title or untitled, [m for _r, m in self._under(("agendas", n))])
                               for n, a in enumerate(pack.agendas)], agenda)
        current = self.stack.currentWidget()
        if current is self.pack_form:
            self.pack_form.refresh()
            self.pack_form.show_problems([(item.path, item.message) for item in self.session.located])
        elif current is self.exercise_editor and self.exercises.current() >= 0:
            row = self.exercises.current()
            self.exercise_editor.show_exercise(row, self._under(("exercises", row)))
        elif current is self.agenda_form and self.agendas.current() >= 0:
            row = self.agendas.current()
            self.agenda_form.show_agenda(row, self._under(("agendas", row)))
        self.outline.show_problems([(item.path, item.message) for item in self.session.located
                                    if item.path in LISTS])
        self.problems.show_problems(pack, self.session.located)
        self._update_banner()
        self._update_title()

    def _update_banner(self) -> None:
        n = len(self.session.problems)
        problems = count_problems(n)
        look = ("draft" if n else "ready") if self.session.is_draft else ("problem" if n else "")
        text = {
            "draft": self.tr("Draft — not valid yet: {problems}. Kept in your drafts, not in the library, "
                             "until it is valid and saved."),
            "problem": self.tr("Not valid yet: {problems}. Fix it to save the pack; until then it can "
                               "only be kept as a draft (Ctrl+Shift+S).") if n == 1 else
            self.tr("Not valid yet: {problems}. Fix them to save the pack; until then it can only be "
                    "kept as a draft (Ctrl+Shift+S)."),
            "ready": self.tr("Draft — valid now: save it (Ctrl+S) to add it to your library."),
        }.get(look, "").format(problems=problems)
        self.banner.setText(text)
        self.banner.setStyleSheet(f"#banner {{ {BANNER_STYLE[look]} }}" if look else "")
        self.banner.setVisible(bool(text))

    def _update_title(self, *_args) -> None:
        title = self.session.pack.title or self.tr("New pack")
        draft = self.tr(" (draft)") if self.session.is_draft else ""
        self.setWindowTitle(self.tr("{title}{draft}[*] — Pack editor").format(title=title, draft=draft))
        self.setWindowModified(self.session.dirty)

    # -- keeping (see keeping.py) ----------------------------------------------------------------
    def save(self) -> bool:
        return self.keeper.save()

    def keep_draft(self) -> bool:
        return self.keeper.keep_draft()

    def flush(self) -> None:
        self.keeper.flush()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.keeper.may_close():
            event.ignore()
            return
        super().closeEvent(event)
