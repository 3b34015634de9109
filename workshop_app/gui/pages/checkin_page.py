"""The Check-in page: the workshop's check-ins, and one of them run commitment by commitment.

Left: every commitment in a table (earlier check-ins' statuses beside this one's). Right: the
commitment under review, big, with its fields (gui/checkin/review_card.py). Everything is saved
as it is typed (gui/autosave.py); the workshop itself is never changed. The keys: 1-4 set the
status while the commitment has the focus, Tab moves through the fields, Page Down / Page Up go
to the next / previous commitment, and the run console's projector keys (Ctrl+Shift+P, +V for
the summary, +B to blank) drive the projector, which shows only what services.checkin_room
gives it (no private note, no "what helps or blocks").
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from workshop_app.errors import NotFoundError, UserError
from workshop_app.gui.autosave import Autosave
from workshop_app.gui.checkin.commitment_dialog import CommitmentDialog
from workshop_app.gui.checkin.plan_dialog import plan_checkin
from workshop_app.gui.checkin.review_card import ReviewCard
from workshop_app.gui.dialogs import open_with_system
from workshop_app.gui.hub import SignalHub
from workshop_app.gui.pages.base import Page
from workshop_app.gui.run import shortcuts
from workshop_app.gui.settings import PAPERS_DIR, papers_folder
from workshop_app.gui.taskman import Task, TaskManager
from workshop_app.model import WorkshopData
from workshop_app.model.checkins import ActionReview, CheckIn
from workshop_app.model.progress import NOT_MADE, status_label
from workshop_app.services import capture, wrapup
from workshop_app.services.calendar_export import FACILITATOR_NAME, write_calendars
from workshop_app.services.checkin_room import (
    Entry,
    checkin_choice,
    checkin_entries,
    mark_run,
    owner_names,
    projector_state,
    write_progress,
)
from workshop_app.services.context import AppContext

if TYPE_CHECKING:
    from workshop_app.gui.run.projector import ProjectorWindow

#: Retry a failed save this long after it failed.
RETRY_MS = 5000

#: The progress papers' folder beside the workshop's other papers: one name whatever language the
#: window shows, so the papers are found again after a change of language (as "facilitator-only").
PROGRESS_FOLDER = "progress"


class CheckinPage(Page):
    def __init__(self, ctx: AppContext, hub: SignalHub, settings: QSettings, tasks: TaskManager):
        super().__init__(ctx, hub, settings, tasks)
        self.workshop_id: int | None = None
        self.data: WorkshopData | None = None
        self.checkin: CheckIn | None = None
        self.entries: list[Entry] = []
        self.current = 0
        self.summary = False  # the projector shows the counts rather than the commitment
        self.blank = False
        self.task: Task | None = None
        self.calendar_task: Task | None = None
        # The folder "Open folder" opens: where the progress papers or calendar files last went.
        self.written_folder: Path | None = None
        #: What "Print progress…" calls (data, folder, paper) on the task runner.
        self.progress_writer: Callable[[WorkshopData, Path, str], object] = write_progress
        self._emitting = False
        self._projector: ProjectorWindow | None = None
        self.autosave = Autosave(self.save, self)
        self.stale = True
        self._build()
        shortcuts.install(self, {
            "next_item": lambda: self.go(self.current + 1),
            "previous_item": lambda: self.go(self.current - 1),
            "toggle_projector": self.toggle_projector,
            "toggle_reveal": self.toggle_summary,
            "toggle_blank": self.toggle_blank,
        }, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        hub.workshopOpened.connect(self.open_workshop)
        hub.workshopClosed.connect(self.close_workshop)
        hub.workshopChanged.connect(self._on_changed)
        hub.projectorTaken.connect(self._projector_taken)

    # -- widgets --------------------------------------------------------------------------------
    def _build(self) -> None:
        keys = shortcuts.keys_for
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.heading.setWordWrap(True)
        self.heading.setMinimumWidth(120)
        self.checkins = QComboBox()
        self.checkins.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.checkins.setAccessibleName(self.tr("Check-in"))
        self.checkins.currentIndexChanged.connect(self._choose_checkin)
        self.plan_button = QPushButton(self.tr("Plan a &check-in…"))
        self.plan_button.clicked.connect(self.plan)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(QLabel(self.tr("Check-in:")))
        top.addWidget(self.checkins)
        top.addWidget(self.plan_button)

        self.table = QTableWidget()
        self.table.setAccessibleName(self.tr("Every commitment"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.table.itemSelectionChanged.connect(self._table_selected)
        self.card = ReviewCard()
        self.card.statusChosen.connect(self.set_status)
        self.card.edited.connect(self.autosave.changed)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.card)
        splitter.setSizes([600, 600])

        button = shortcuts.key_button
        self.previous_button = button(
            self.tr("Previous"), self.tr("Previous commitment ({keys})").format(keys=keys("previous_item")),
            lambda: self.go(self.current - 1))
        self.next_button = button(
            self.tr("Next"), self.tr("Next commitment ({keys})").format(keys=keys("next_item")),
            lambda: self.go(self.current + 1))
        self.new_button = QPushButton(self.tr("&New commitment…"))
        self.new_button.clicked.connect(self.new_commitment)
        self.projector_button = button(
            self.tr("Projector"), self.tr("Show or hide the projector ({keys})")
            .format(keys=keys("toggle_projector")), self.toggle_projector, checkable=True)
        self.summary_button = button(
            self.tr("Summary"), self.tr("The counts on the projector, not the commitment ({keys})")
            .format(keys=keys("toggle_reveal")), self.toggle_summary, checkable=True)
        self.blank_button = button(
            self.tr("Blank"), self.tr("Pause screen on the projector ({keys})")
            .format(keys=keys("toggle_blank")), self.toggle_blank, checkable=True)
        hint = QLabel(self.tr("On the commitment: 1 done, 2 in progress, 3 stuck, 4 dropped. Tab to the "
                              "notes, Page Down for the next commitment. Everything is saved as you type."))
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setWordWrap(True)
        walk = QHBoxLayout()
        walk.addWidget(self.previous_button)
        walk.addWidget(self.next_button)
        walk.addWidget(self.new_button)
        walk.addStretch(1)
        walk.addWidget(QLabel(self.tr("Projector:")))
        for button in (self.projector_button, self.summary_button, self.blank_button):
            walk.addWidget(button)

        self.folder = QLineEdit()
        self.folder.setAccessibleName(self.tr("Folder for the progress papers"))
        self.print_button = QPushButton(self.tr("P&rint progress…"))
        self.print_button.setToolTip(self.tr("Each participant's progress page, the facilitator's report "
                                             "and the sponsor's (no names, no notes)"))
        self.print_button.clicked.connect(self.print_progress)
        self.open_folder_button = QPushButton(self.tr("Open &folder"))
        self.calendar_button = QPushButton(self.tr("Ca&lendar files…"))
        self.calendar_button.setToolTip(self.tr("The check-in sessions for your calendar, and for each "
                                                "participant their due dates and the check-ins they "
                                                "attend: files for Outlook, Google Calendar and Apple "
                                                "Calendar (.ics)"))
        self.calendar_button.clicked.connect(lambda: self.write_calendar_files())
        self.open_folder_button.clicked.connect(self._open_folder)
        self.open_folder_button.setEnabled(False)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        paper = QHBoxLayout()
        paper.addWidget(QLabel(self.tr("Save in:")))
        paper.addWidget(self.folder, 1)
        paper.addWidget(self.print_button)
        paper.addWidget(self.calendar_button)
        paper.addWidget(self.open_folder_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(hint)
        layout.addLayout(walk)
        layout.addLayout(paper)
        layout.addWidget(self.status)
        self.setTabOrder(self.card.private_note, self.new_button)

    # -- the workshop ---------------------------------------------------------------------------
    @Slot()
    def close_workshop(self) -> None:
        self.open_workshop(None)

    @Slot(int)
    def open_workshop(self, workshop_id: int | None) -> None:
        self.flush()
        self.workshop_id = workshop_id
        self.data, self.checkin, self.entries, self.current = None, None, [], 0
        self.written_folder = None
        self.folder.clear()
        self.status.clear()
        self.open_folder_button.setEnabled(False)
        if workshop_id is None:
            self._hide_projector()
        self.refresh_when_shown()

    def _on_changed(self, workshop_id: int) -> None:
        if workshop_id == self.workshop_id and not self._emitting:
            self.refresh_when_shown()

    def refresh_page(self) -> None:
        self.refresh()

    def refresh(self, checkin_id: int | None = None) -> None:
        """Read the workshop and its check-ins again; show ``checkin_id`` (else the one shown)."""
        self.stale = False
        self.flush()
        if self.workshop_id is None:
            return
        try:
            self.data = self.ctx.store.load_workshop_data(self.workshop_id)
        except NotFoundError:
            self.data = None
            return
        w = self.data.workshop
        self.heading.setText(self.tr("Check-ins: {title}").format(title=w.title))
        if not self.folder.text():
            self.folder.setText(str(Path(papers_folder(self.settings, w)) / PROGRESS_FOLDER))
        keep = checkin_id if checkin_id is not None else (self.checkin.id if self.checkin else None)
        checkins = self.data.follow_through.checkins
        self.checkins.blockSignals(True)
        self.checkins.clear()
        for c in checkins:
            self.checkins.addItem(checkin_choice(c, w.language), c.id)
        index = self.checkins.findData(keep) if keep is not None else -1
        if index < 0 and checkins:
            index = len(checkins) - 1  # the latest planned
        self.checkins.setCurrentIndex(index)
        self.checkins.blockSignals(False)
        self.checkins.setEnabled(bool(checkins))
        self.print_button.setEnabled(bool(checkins) and self.task is None)
        self.calendar_button.setEnabled(self.calendar_task is None)
        self._show_checkin(checkins[index] if index >= 0 else None, keep_position=index >= 0
                           and self.checkin is not None and checkins[index].id == self.checkin.id)

    def _choose_checkin(self, index: int) -> None:
        self.flush()
        if self.data is None:
            return
        checkins = self.data.follow_through.checkins
        self._show_checkin(checkins[index] if 0 <= index < len(checkins) else None)

    def _show_checkin(self, checkin: CheckIn | None, keep_position: bool = False) -> None:
        assert self.data is not None
        self.checkin = checkin
        self.entries = checkin_entries(self.data, checkin.id) if checkin is not None else []
        if not keep_position:
            self.current = 0
        self.current = max(0, min(self.current, len(self.entries) - 1))
        self.new_button.setEnabled(checkin is not None)
        for button in (self.previous_button, self.next_button):
            button.setEnabled(bool(self.entries))
        self._fill_table()
        self._show_current()

    # -- the table ------------------------------------------------------------------------------
    def _fill_table(self) -> None:
        assert self.data is not None
        earlier = self.entries[0].history if self.entries else []
        headers = [self.tr("Commitment"), self.tr("Who"),
                   *(c.title or c.date for c, _status in earlier), self.tr("Now"), self.tr("What happened")]
        self.table.blockSignals(True)
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            self._fill_row(row, entry)
        header = self.table.horizontalHeader()
        wide = self.fontMetrics().horizontalAdvance("M") * 12
        for col in range(len(headers)):  # the commitment takes the width left; names and notes wrap
            if col == 0:
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
            elif col in (1, len(headers) - 1):
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(col, max(wide, header.sectionSizeHint(col)))
            else:
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.resizeRowsToContents()
        self.table.blockSignals(False)

    def _fill_row(self, row: int, entry: Entry) -> None:
        assert self.data is not None
        now = self.tr("new") if entry.new_here else status_label(entry.status)
        note = entry.review.note if entry.review is not None else ""
        cells = [entry.progress.text, owner_names(self.data, entry.progress),
                 *("—" if status == NOT_MADE else status_label(status) for _c, status in entry.history),
                 now, note]
        for col, text in enumerate(cells):
            self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeRowToContents(row)

    def _table_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows and rows[0].row() != self.current:
            self.go(rows[0].row())

    # -- walking through ------------------------------------------------------------------------
    def entry(self) -> Entry | None:
        return self.entries[self.current] if 0 <= self.current < len(self.entries) else None

    def go(self, index: int) -> None:
        """Show the commitment at ``index`` (saving what was typed on this one first)."""
        if not self.entries:
            return
        self.flush()
        self.current = max(0, min(index, len(self.entries) - 1))
        self._show_current()
        self.card.focus_frame.setFocus()

    def _show_current(self) -> None:
        assert self.data is not None
        entry = self.entry()
        if self.checkin is None:
            empty = self.tr("No check-in planned yet: “Plan a check-in…” plans one, 30, 60 or 90 days "
                            "after the workshop.")
        else:
            empty = self.tr("No commitment to review: the workshop recorded no action.")
        self.card.show_entry(self.data, entry, self.current + 1, len(self.entries), empty)
        self.table.blockSignals(True)
        if entry is not None:
            self.table.selectRow(self.current)
            self.table.scrollToItem(self.table.item(self.current, 0))
        self.table.blockSignals(False)
        self._show_on_projector()

    @Slot(str)
    def set_status(self, status: str) -> None:
        entry = self.entry()
        if entry is not None and entry.reviewable:
            self.save(status)

    # -- saving ---------------------------------------------------------------------------------
    def flush(self) -> None:
        """Save what is being typed now (before moving on, and when the window closes)."""
        if self.autosave.pending:
            self.save()

    def save(self, status: str | None = None) -> None:
        """Store this check-in's review of the current commitment as the card shows it."""
        self.autosave.clear()
        entry = self.entry()
        if entry is None or self.checkin is None or not entry.reviewable:
            return
        card = self.card
        old = entry.review
        note, helps, private = (f.text().strip() for f in (card.note, card.helps, card.private_note))
        try:
            due = capture.parse_date(card.revised_due.text(), self.tr("Revised due date"))
            card.set_message("")
        except UserError as exc:
            card.set_message(str(exc))  # the typed text stays to be corrected
            due = old.revised_due if old is not None else ""
        if old is None and status is None and not any((note, helps, due, private)):
            return  # nothing to keep
        review = entry.review_here(self.checkin.id,
                                   status=status or (old.status if old is not None else "in_progress"),
                                   note=note, helps=helps, revised_due=due, private_note=private,
                                   id=old.id if old is not None else None)
        try:
            saved = self.ctx.store.set_review(review)
        except UserError as exc:
            self.autosave.retry_later(RETRY_MS)
            self.hub.error.emit(str(exc))
            return
        if not self.checkin.started_at:
            self._started()
        self._saved(saved)

    def _started(self) -> None:
        """The first review: the check-in is taking place (its ``started_at``)."""
        assert self.data is not None and self.checkin is not None
        try:
            self.checkin = mark_run(self.ctx.store, self.checkin)
        except UserError as exc:
            self.hub.error.emit(str(exc))
            return
        ft = self.data.follow_through
        ft.checkins = [self.checkin if c.id == self.checkin.id else c for c in ft.checkins]

    def _saved(self, review: ActionReview) -> None:
        """The stored review in the page's data; the table, card status and projector follow."""
        assert self.data is not None and self.checkin is not None
        ft = self.data.follow_through
        key = (review.checkin_id, review.action_id, review.commitment_id)
        ft.reviews = [r for r in ft.reviews if (r.checkin_id, r.action_id, r.commitment_id) != key]
        ft.reviews.append(review)
        self.entries = checkin_entries(self.data, self.checkin.id)
        entry = self.entry()
        if entry is not None:
            self._fill_row(self.current, entry)
            self.card.show_status(entry)
        self._show_on_projector()
        self._tell_others()

    def _tell_others(self) -> None:
        if self.workshop_id is None:
            return
        self._emitting = True
        try:
            self.hub.workshopChanged.emit(self.workshop_id)
        finally:
            self._emitting = False

    # -- planning and new commitments -----------------------------------------------------------
    @Slot()
    def plan(self) -> None:
        if self.workshop_id is None:
            return
        self.flush()
        checkin = plan_checkin(self, self.ctx, self.workshop_id)
        if checkin is not None:
            self.refresh(checkin.id)
            self._tell_others()
            self.hub.status.emit(self.tr("Check-in planned."))

    @Slot()
    def new_commitment(self) -> None:
        if self.checkin is None or self.data is None:
            return
        self.flush()
        attendees = set(self.checkin.attendees)
        people = [p for p in self.data.participants if p.id in attendees] or self.data.participants
        dialog = CommitmentDialog(self.checkin.id, people, self)
        if dialog.exec() != CommitmentDialog.DialogCode.Accepted:
            return
        self.ctx.store.add_checkin_commitment(dialog.commitment())
        self.refresh(self.checkin.id)
        self._tell_others()
        self.go(len(self.entries) - 1)

    # -- the projector --------------------------------------------------------------------------
    @property
    def projector(self) -> ProjectorWindow:
        if self._projector is None:
            from workshop_app.gui.run.projector import ProjectorWindow

            self._projector = ProjectorWindow(self)
            self._projector.closed.connect(self._sync_buttons)
        return self._projector

    def projector_shown(self) -> bool:
        return self._projector is not None and self._projector.isVisible()

    def toggle_projector(self) -> None:
        if self.projector_shown():
            self.projector.hide()
        elif self.checkin is not None:
            # the look the Run page set for this room (text size, high contrast)
            self.projector.set_look(self.settings.value("run/font_scale", 100, type=int) / 100.0,
                                    self.settings.value("run/high_contrast", False, type=bool))
            self.projector.present(self.window().screen())
            self._show_on_projector()
            self.hub.projectorTaken.emit("checkin")
        self._sync_buttons()

    @Slot(str)
    def _projector_taken(self, page: str) -> None:
        if page != "checkin" and self.projector_shown():
            self.projector.hide()
            self._sync_buttons()

    def toggle_summary(self) -> None:
        self.summary = not self.summary
        self._show_on_projector()

    def toggle_blank(self) -> None:
        self.blank = not self.blank
        self._show_on_projector()

    def _sync_buttons(self) -> None:
        self.projector_button.setChecked(self.projector_shown())
        self.summary_button.setChecked(self.summary)
        self.blank_button.setChecked(self.blank)

    def room_view(self):
        """What the projector shows now (services.checkin_room.projector_state)."""
        if self.data is None or self.checkin is None:
            return None
        return projector_state(self.data, self.checkin, self.entries,
                               None if self.summary else self.current, blank=self.blank)

    def _show_on_projector(self) -> None:
        self._sync_buttons()
        if self.projector_shown():
            state = self.room_view()
            if state is not None:
                self.projector.show_state(state)

    def _hide_projector(self) -> None:
        if self._projector is not None:
            self._projector.hide()
        self._sync_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.entries:
            self.card.focus_frame.setFocus()

    # -- paper ----------------------------------------------------------------------------------
    @Slot()
    def print_progress(self) -> None:
        if self.task is not None or self.workshop_id is None:
            return
        self.flush()
        data = self.ctx.store.load_workshop_data(self.workshop_id)
        out_dir, writer = Path(self.folder.text().strip()), self.progress_writer
        paper = wrapup.paper_choice(self.settings.value(wrapup.PAPER_SETTING))
        self.print_button.setEnabled(False)
        self.status.setText(self.tr("Writing the progress papers…"))
        self.task = self.tasks.run_in_background(lambda _progress, _cancelled: writer(data, out_dir, paper),
                                                 self._printed, self._print_failed)

    def _printed(self, _result: object) -> None:
        self.task = None
        self.print_button.setEnabled(True)
        self.written_folder = Path(self.folder.text().strip())
        self.open_folder_button.setEnabled(True)
        self.status.setText(self.tr("Written: the progress papers are in {folder}.").format(
            folder=self.folder.text().strip()))
        self.hub.status.emit(self.tr("Progress papers written."))

    def _print_failed(self, message: str) -> None:
        self.task = None
        self.print_button.setEnabled(True)
        self.status.setText(message)
        self.hub.error.emit(message)

    def _open_folder(self) -> None:
        if self.written_folder is not None:
            open_with_system(self.written_folder)

    # -- calendar -------------------------------------------------------------------------------
    @Slot()
    def write_calendar_files(self, folder: str | Path | None = None) -> None:
        """The facilitator's and each participant's calendar file into ``folder`` (asked for,
        from the workshop's papers folder, when not given; remembered for the next papers)."""
        if self.calendar_task is not None or self.workshop_id is None:
            return
        self.flush()
        data = self.ctx.store.load_workshop_data(self.workshop_id)
        if folder is None:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Save the calendar files in"),
                                                      papers_folder(self.settings, data.workshop))
            if not folder:
                return
            self.settings.setValue(PAPERS_DIR, str(folder))
        out_dir = Path(folder)
        self.calendar_button.setEnabled(False)
        self.status.setText(self.tr("Writing the calendar files…"))
        self.calendar_task = self.tasks.run_in_background(
            lambda _progress, _cancelled: write_calendars(data, out_dir),
            lambda paths: self._calendars_written(out_dir, paths), self._calendars_failed)

    def _calendars_written(self, folder: Path, paths: list[Path]) -> None:
        self.calendar_task = None
        self.calendar_button.setEnabled(True)
        self.written_folder = folder
        self.open_folder_button.setEnabled(True)
        n = len(paths)
        if any(path.name == FACILITATOR_NAME for path in paths):
            text = self.tr("Written: %n calendar files in {folder}. Import {facilitator} into your own "
                           "calendar (Outlook, Google Calendar, Apple Calendar: open the file or use the "
                           "calendar's Import), and send each participant the file named after them: it "
                           "holds their due dates and the check-ins they attend.", None, n)
        else:
            text = self.tr("Written: %n calendar files in {folder}, one for each participant with a date "
                           "(no check-in or follow-up session is planned yet, so there is none for you). "
                           "Send each participant the file named after them to import into Outlook, "
                           "Google Calendar or Apple Calendar.", None, n)
        self.status.setText(text.format(folder=folder, facilitator=FACILITATOR_NAME))
        self.hub.status.emit(self.tr("Calendar files written."))

    def _calendars_failed(self, message: str) -> None:
        self.calendar_task = None
        self.calendar_button.setEnabled(True)
        self.status.setText(message)
        self.hub.error.emit(message)
