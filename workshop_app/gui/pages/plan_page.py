"""The Plan page: details, participants and agenda of the open workshop, with undo and a run sheet."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QSettings, QStandardPaths, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
)

from workshop_app.errors import NotFoundError
from workshop_app.gui.dialogs import open_with_system
from workshop_app.gui.hub import SignalHub
from workshop_app.gui.pages.base import Page
from workshop_app.gui.plain import plain_tooltip
from workshop_app.gui.planning.agenda_builder import AgendaPanel
from workshop_app.gui.planning.commands import PlanSession
from workshop_app.gui.planning.details_form import DetailsForm
from workshop_app.gui.planning.participants_table import ParticipantsPanel
from workshop_app.gui.settings import PAPERS_DIR
from workshop_app.gui.taskman import Task, TaskManager
from workshop_app.i18n import counted
from workshop_app.services import planning
from workshop_app.services.context import AppContext

STYLE = """
#planHeading { font-size: 16pt; font-weight: 600; }
#sectionTitle { font-weight: 600; }
#hint { color: palette(placeholder-text); }
#planTotal { padding: 4px 10px; border-radius: 4px; font-weight: 600; }
#planTotal[overrun="true"] { background: #b3261e; color: #ffffff; }
#planTotal[overrun="false"] { background: palette(alternate-base); }
#warning { color: #b3261e; }
#libraryExercises::item { padding: 3px 0px; }
"""


class PlanPage(Page):
    def __init__(self, ctx: AppContext, hub: SignalHub, settings: QSettings, tasks: TaskManager):
        super().__init__(ctx, hub, settings, tasks)
        self.session: PlanSession | None = None
        self._emitting = False
        self._error_shown = False
        #: The run sheet being written (closing the window waits for it: see TaskManager).
        self.task: Task | None = None
        self._build()
        hub.workshopOpened.connect(self.open_workshop)
        hub.workshopClosed.connect(self.close_workshop)
        hub.workshopChanged.connect(self._changed_elsewhere)

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("planHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)  # a long title wraps beside the buttons instead of being cut
        sp = QStyle.StandardPixmap
        self.undo_action = QAction(self.style().standardIcon(sp.SP_ArrowBack), self.tr("&Undo"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = QAction(self.style().standardIcon(sp.SP_ArrowForward), self.tr("&Redo"), self)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        for action, slot in ((self.undo_action, self.undo), (self.redo_action, self.redo)):
            # Whenever the page is shown (a hidden page's shortcuts are inactive), even with the
            # focus in the sidebar; a cell being edited keeps Ctrl+Z for its own text.
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            action.setEnabled(False)
            self.addAction(action)
        self.undo_button = QToolButton()
        self.undo_button.setDefaultAction(self.undo_action)
        self.undo_button.setAccessibleName(self.tr("Undo"))
        self.redo_button = QToolButton()
        self.redo_button.setDefaultAction(self.redo_action)
        self.redo_button.setAccessibleName(self.tr("Redo"))
        for button in (self.undo_button, self.redo_button):
            # Text, not the style's arrow icons: those are dark triangles, unreadable on a dark palette.
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setMinimumWidth(64)
        self.run_sheet_button = QPushButton(self.style().standardIcon(sp.SP_FileIcon),
                                            self.tr("Run &sheet (PDF)…"))
        self.run_sheet_button.setToolTip(self.tr("A printable agenda with clock times, materials and "
                                                 "your notes for each exercise"))
        self.run_sheet_button.clicked.connect(lambda: self.write_run_sheet())
        self.blank_plans_button = QPushButton(self.style().standardIcon(sp.SP_DirIcon),
                                              self.tr("Print &blank plans…"))
        self.blank_plans_button.setToolTip(self.tr("Before the workshop: a plan for each participant "
                                                   "with empty commitment cards to fill in by hand"))
        self.blank_plans_button.clicked.connect(lambda: self.write_blank_plans())
        self.handouts_button = QPushButton(self.style().standardIcon(sp.SP_FileDialogDetailedView),
                                           self.tr("Print &handouts…"))
        self.handouts_button.setToolTip(self.tr("Before the workshop: the cards, slips, role cards, "
                                                "sheets, signs and posters the agenda's exercises use, "
                                                "for the participants present"))
        self.handouts_button.clicked.connect(lambda: self.write_handouts())

        self.details = DetailsForm()
        self.participants = ParticipantsPanel(self.tasks)
        self.agenda = AgendaPanel(self.ctx)
        for panel in (self.participants, self.agenda):
            panel.status.connect(self.hub.status.emit)
            panel.problem.connect(self.hub.error.emit)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.details, self.tr("&Details"))
        self.tabs.addTab(self.participants, self.tr("&Participants"))
        self.tabs.addTab(self.agenda, self.tr("A&genda"))
        self.tabs.currentChanged.connect(lambda _i: self.details.flush())

        top = QHBoxLayout()
        top.setContentsMargins(16, 12, 16, 0)
        top.addWidget(self.heading, 1)
        top.addWidget(self.undo_button)
        top.addWidget(self.redo_button)
        top.addSpacing(12)
        top.addWidget(self.run_sheet_button)
        top.addWidget(self.blank_plans_button)
        top.addWidget(self.handouts_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.setStyleSheet(STYLE)

    # -- the open workshop ----------------------------------------------------------------------
    @Slot(int)
    def open_workshop(self, workshop_id: int) -> None:
        if self.session is not None and self.session.workshop_id == workshop_id:
            self.reload()
            return
        self.close_workshop()
        try:
            workshop = self.ctx.store.get_workshop(workshop_id)
        except NotFoundError:
            return
        session = PlanSession(self.ctx.store, workshop_id, self)
        session.failed.connect(self._failed)
        session.listChanged.connect(lambda *_: self._edited())
        session.detailChanged.connect(self._detail_stored)
        session.stack.indexChanged.connect(lambda _i: self._stack_changed())
        session.stack.cleanChanged.connect(lambda _c: self._stack_changed())
        self.session = session
        self.details.set_session(session, workshop)
        self.participants.set_session(session)
        self.agenda.set_session(session)
        self.tabs.setCurrentIndex(0)
        self._show_heading(workshop.title)
        self._update_summary()
        self._stack_changed()

    @Slot()
    def close_workshop(self) -> None:
        if self.session is None:
            return
        try:
            self.ctx.store.get_workshop(self.session.workshop_id)
        except NotFoundError:
            pass  # deleted: nothing left to save
        else:
            self.flush()
        old = self.session
        self.session = None
        self.details.set_session(None, None)
        self.participants.set_session(None)
        self.agenda.set_session(None)
        old.deleteLater()
        self._stack_changed()

    def reload(self) -> None:
        if self.session is None:
            return
        try:
            workshop = self.ctx.store.get_workshop(self.session.workshop_id)
        except NotFoundError:
            return
        self.details.reload(workshop)
        self.participants.reload()
        self.agenda.reload()
        self._show_heading(workshop.title)
        self._update_summary()

    def refresh_page(self) -> None:
        self.reload()

    @Slot(int)
    def _changed_elsewhere(self, workshop_id: int) -> None:
        """Another page changed the workshop: reload now if shown, else when next shown."""
        if not self._emitting and self.session is not None and workshop_id == self.session.workshop_id:
            self.refresh_when_shown()

    def _edited(self) -> None:
        """After every planning edit: the summary, and the rest of the app, catch up."""
        if self.session is None:
            return
        self._error_shown = False
        self._update_summary()
        self._emitting = True
        try:
            self.hub.workshopChanged.emit(self.session.workshop_id)
        finally:
            self._emitting = False

    @Slot(str, object)
    def _detail_stored(self, field: str, value) -> None:
        if field == "title":
            self._show_heading(value)
        if field in ("start_time", "planned_minutes"):
            self.agenda.reload()
        self._edited()

    def _show_heading(self, title: str) -> None:
        self.heading.setText(self.tr("Plan: {title}").format(title=title))

    def _update_summary(self) -> None:
        if self.session is None:
            return
        store, wid = self.ctx.store, self.session.workshop_id
        workshop = store.get_workshop(wid)
        agenda = store.list_agenda(wid)
        people = len(store.list_participants(wid))
        parts = [counted(people, self.tr("1 participant"), self.tr("%n participants", None, people)),
                 counted(len(agenda), self.tr("1 agenda item"),
                         self.tr("%n agenda items", None, len(agenda)))]
        if agenda:
            parts.append(planning.plan_total(workshop, agenda).text())
            parts.append(self.tr("from {start} to {end}").format(
                start=planning.format_clock(planning.parse_clock(workshop.start_time)),
                end=planning.end_time(workshop, agenda)))
        self.details.set_summary(" · ".join(parts))

    @Slot(str)
    def _failed(self, message: str) -> None:
        if not self._error_shown:  # one dialog per run of failures, not one per retry
            self._error_shown = True
            self.hub.error.emit(self.tr("Your change could not be saved; it stays on screen and "
                                        "will be saved again shortly.\n\n{reason}").format(reason=message))

    # -- undo -----------------------------------------------------------------------------------
    def _stack_changed(self) -> None:
        stack = self.session.stack if self.session is not None else None
        if stack is not None and not shiboken6.isValid(stack):
            return  # the window is being torn down
        for action, can, text, label in (
                (self.undo_action, stack and stack.canUndo(), stack and stack.undoText(), self.tr("Undo")),
                (self.redo_action, stack and stack.canRedo(), stack and stack.redoText(), self.tr("Redo"))):
            action.setEnabled(bool(can))
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(plain_tooltip(f"{label} {text} ({keys})" if text else f"{label} ({keys})"))

    @Slot()
    def undo(self) -> None:
        self._step(undo=True)

    @Slot()
    def redo(self) -> None:
        self._step(undo=False)

    def _step(self, undo: bool) -> None:
        """Save what is being typed first (it becomes the step undone), then undo or redo."""
        if self.session is None:
            return
        self.flush()
        self.details.new_burst()
        if undo:
            self.session.stack.undo()
        else:
            self.session.stack.redo()

    def flush(self) -> None:
        """Save what is being typed (called on navigation and when the window closes)."""
        self.participants.commit_editor()
        self.agenda.commit_editor()
        self.details.flush()

    def hideEvent(self, event) -> None:
        self.flush()
        super().hideEvent(event)

    # -- run sheet ------------------------------------------------------------------------------
    def _last_folder(self) -> str:
        """The folder the page's papers (run sheet, blank plans, handouts) were last written
        into, else the user's Documents: the papers for one workshop go in one folder."""
        return str(self.settings.value(PAPERS_DIR) or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation))

    def write_run_sheet(self, out_path: str | Path | None = None) -> None:
        if self.session is None or self.task is not None:
            return
        self.flush()
        data = self.ctx.store.load_workshop_data(self.session.workshop_id)
        if out_path is None:
            from workshop_app.services.wrapup import run_sheet_name

            folder = self._last_folder()
            name = run_sheet_name(data.workshop)
            out_path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the run sheet"), str(Path(folder) / name), self.tr("PDF files (*.pdf)"))
            if not out_path:
                return
            self.settings.setValue(PAPERS_DIR, str(Path(out_path).parent))
        from workshop_app.services.wrapup import PAPER_SETTING, paper_choice

        paper, library = paper_choice(self.settings.value(PAPER_SETTING)), self.ctx.library

        def write(_progress, _cancelled) -> str:
            from workshop_app.services.wrapup import write_run_sheet

            return str(write_run_sheet(data, Path(out_path), paper=paper, library=library))

        self._in_background(self.run_sheet_button, self.tr("Writing the run sheet…"), write,
                            self._run_sheet_written, self._run_sheet_failed)

    def _in_background(self, button: QPushButton, status: str, work, written, failed) -> None:
        """Run ``work`` on the task runner with ``button`` disabled until ``written(result)`` or
        ``failed(message)`` is called (the window keeps working meanwhile)."""
        def finish(handler):
            def done(value) -> None:
                self.task = None
                button.setEnabled(True)
                handler(value)
            return done

        button.setEnabled(False)
        self.hub.status.emit(status)
        self.task = self.tasks.run_in_background(work, finish(written), finish(failed))

    def _run_sheet_written(self, path: str) -> None:
        self.hub.status.emit(self.tr("Run sheet saved to {path}").format(path=path))
        self._offer_to_open(self.tr("Run sheet"),
                            self.tr("The run sheet is saved:\n{path}").format(path=path), path)

    def _offer_to_open(self, title: str, text: str, path: str) -> None:
        """Say that ``path`` is written, with a button to open it."""
        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Close, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        open_button = box.addButton(self.tr("Open it"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(open_button)
        box.exec()
        if box.clickedButton() is open_button:
            open_with_system(path)

    def _run_sheet_failed(self, message: str) -> None:
        self.hub.error.emit(self.tr("The run sheet was not written.\n\n{reason}").format(reason=message))

    def _chosen_folder(self, folder: str | Path | None, title: str) -> Path | None:
        """``folder``, or the one the user chooses (remembered for the next paper); None when
        the choice is cancelled."""
        if folder is None:
            folder = QFileDialog.getExistingDirectory(self, title, self._last_folder())
            if not folder:
                return None
            self.settings.setValue(PAPERS_DIR, str(folder))
        return Path(folder)

    def _paper(self) -> str:
        """The paper chosen for printing (the Wrap-up page's setting)."""
        from workshop_app.services.wrapup import PAPER_SETTING, paper_choice

        return paper_choice(self.settings.value(PAPER_SETTING))

    # -- blank plans ----------------------------------------------------------------------------
    def write_blank_plans(self, folder: str | Path | None = None) -> None:
        """Each present participant's plan with empty commitment cards (to write on in the room)
        and the print file of all, into ``folder`` (asked for when not given)."""
        if self.session is None or self.task is not None:
            return
        self.flush()
        data = self.ctx.store.load_workshop_data(self.session.workshop_id)
        out_dir = self._chosen_folder(folder, self.tr("Save the blank plans in"))
        if out_dir is None:
            return
        paper = self._paper()

        def write(_progress, _cancelled) -> tuple[int, str, str]:
            from workshop_app.services.wrapup import write_blank_plans

            paths = write_blank_plans(data, out_dir, paper=paper)
            return len(paths) - 1, str(out_dir), str(paths[-1])  # the print file of all comes last

        self._in_background(self.blank_plans_button, self.tr("Writing the blank plans…"), write,
                            self._blank_plans_written, self._blank_plans_failed)

    def _blank_plans_written(self, written: tuple[int, str, str]) -> None:
        count, folder, print_file = written
        said = counted(count, self.tr("1 blank plan and the print file saved to {folder}"),
                       self.tr("%n blank plans and the print file saved to {folder}", None,
                               count)).format(folder=folder)
        self.hub.status.emit(said)
        # as the run sheet and the handouts do: the one file to print, a click away
        text = self.tr("{saved}.\nThe print file of all:\n{path}").format(saved=said, path=print_file)
        self._offer_to_open(self.tr("Blank plans"), text, print_file)

    def _blank_plans_failed(self, message: str) -> None:
        self.hub.error.emit(self.tr("The blank plans were not written.\n\n{reason}").format(reason=message))

    # -- handouts -------------------------------------------------------------------------------
    def write_handouts(self, folder: str | Path | None = None) -> None:
        """The handouts of the agenda's exercises, for the participants present, into
        ``handouts.pdf`` in ``folder`` (asked for when not given)."""
        if self.session is None or self.task is not None:
            return
        self.flush()
        data = self.ctx.store.load_workshop_data(self.session.workshop_id)
        from workshop_app.services.wrapup import has_handouts

        if not has_handouts(data):
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Handouts"),
                              self.tr("No exercise on this agenda has handouts to print."),
                              QMessageBox.StandardButton.Close, self)
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.exec()
            return
        out_dir = self._chosen_folder(folder, self.tr("Save the handouts in"))
        if out_dir is None:
            return
        paper = self._paper()

        def write(_progress, _cancelled) -> str:
            from workshop_app.services.wrapup import write_handouts

            return str(write_handouts(data, out_dir, paper=paper))

        self._in_background(self.handouts_button, self.tr("Writing the handouts…"), write,
                            self._handouts_written, self._handouts_failed)

    def _handouts_written(self, path: str) -> None:
        self.hub.status.emit(self.tr("Handouts saved to {path}").format(path=path))
        self._offer_to_open(self.tr("Handouts"),
                            self.tr("The handouts are saved:\n{path}").format(path=path), path)

    def _handouts_failed(self, message: str) -> None:
        self.hub.error.emit(self.tr("The handouts were not written.\n\n{reason}").format(reason=message))
