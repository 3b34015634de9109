"""The Wrap-up page: preview each participant's plan, write all plans and the report (and the
sponsor report, when asked), open, print."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from workshop_app.errors import NotFoundError, UserError
from workshop_app.gui.checkin.plan_dialog import plan_checkin
from workshop_app.gui.dialogs import open_with_system, save_file_name
from workshop_app.gui.hub import SignalHub
from workshop_app.gui.pages.base import Page
from workshop_app.gui.print_dialog import PrintDialog
from workshop_app.gui.safe_document import safe_view
from workshop_app.gui.settings import PAPERS_DIR, papers_folder
from workshop_app.gui.taskman import Task, TaskManager
from workshop_app.i18n import counted, in_language, translate
from workshop_app.model import Participant, WorkshopData
from workshop_app.services import wrapup
from workshop_app.services.action_exports import write_summary
from workshop_app.services.context import AppContext


class WrapUpPage(Page):
    def __init__(self, ctx: AppContext, hub: SignalHub, settings: QSettings, tasks: TaskManager):
        super().__init__(ctx, hub, settings, tasks)
        self.workshop_id: int | None = None
        self.data: WorkshopData | None = None
        #: The participants who get a plan (not marked absent), as listed.
        self.printed: list[Participant] = []
        self.task: Task | None = None
        self.result: wrapup.WrapUpResult | None = None
        self.summary_task: Task | None = None
        # The folder "Open folder" opens: where the plans or the summary last went.
        self.written_folder: Path | None = None
        self.stale = True
        self._build()
        hub.workshopOpened.connect(self.open_workshop)
        hub.workshopClosed.connect(self.close_workshop)
        hub.workshopChanged.connect(self._on_changed)

    # -- widgets --------------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        #: What to check before printing (wrapup.before_printing), just above the Create button.
        self.checks = QPlainTextEdit()
        self.checks.setReadOnly(True)
        self.checks.setFrameShape(QFrame.Shape.NoFrame)
        self.checks.viewport().setAutoFillBackground(False)
        self.checks.setAccessibleName(self.tr("Before printing"))
        self.people = QListWidget()
        self.people.setAccessibleName(self.tr("Participants"))
        self.people.currentRowChanged.connect(self._show_preview)
        self.preview = safe_view(QTextBrowser())
        self.preview.setAccessibleName(self.tr("Preview of the selected participant's plan"))
        self.preview.setOpenLinks(False)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Participants")))
        left_layout.addWidget(self.people, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("What their printed plan will hold")))
        right_layout.addWidget(self.preview, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([300, 800])

        self.paper = QComboBox()
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        chosen = wrapup.paper_choice(self.settings.value(wrapup.PAPER_SETTING))
        self.paper.setCurrentIndex(max(0, self.paper.findData(chosen)))
        self.paper.currentIndexChanged.connect(
            lambda: self.settings.setValue(wrapup.PAPER_SETTING, self.paper.currentData()))
        self.folder = QLineEdit()
        self.folder.setAccessibleName(self.tr("Folder for the PDF files"))
        self.browse_button = browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._choose_folder)
        self.generate_button = QPushButton(self.tr("&Create action plans and report"))
        self.generate_button.setDefault(True)
        self.generate_button.clicked.connect(self.generate)
        self.sponsor_box = QCheckBox(self.tr("Also a &sponsor report (no names, no notes)"))
        #: Said where the sponsor report is offered: the room's own text prints as typed.
        self.sponsor_note = QLabel(self.tr("It counts each person's commitments and prints no name, but "
                                           "prints the room's cards and group actions as typed: "
                                           "check them for names."))
        self.sponsor_note.setTextFormat(Qt.TextFormat.PlainText)
        self.sponsor_note.setWordWrap(True)
        self.sponsor_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.hide()
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.open_folder_button = QPushButton(self.tr("Open &folder"))
        self.open_folder_button.clicked.connect(lambda: self._open(self.written_folder))
        self.open_file_button = QPushButton(self.tr("Open &print file"))
        self.open_file_button.clicked.connect(lambda: self._open(self.result and self.result.combined))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(self.print_plans)
        for button in (self.open_folder_button, self.open_file_button, self.print_button):
            button.setEnabled(False)
        self.checkin_button = QPushButton(self.tr("Plan a chec&k-in…"))
        self.checkin_button.setToolTip(self.tr("A follow-up session at 30, 60 or 90 days: every commitment "
                                               "reviewed, one at a time"))
        self.checkin_button.clicked.connect(self.plan_checkin)
        self.summary_button = QPushButton(self.tr("Workshop su&mmary…"))
        self.summary_button.setToolTip(self.tr("The workshop on one page of Markdown for a wiki or an "
                                               "e-mail: when and where, who, the agenda, the priorities "
                                               "and the commitments with their status"))
        self.summary_button.clicked.connect(lambda: self.write_summary())

        options = QHBoxLayout()
        options.addWidget(QLabel(self.tr("Paper:")))
        options.addWidget(self.paper)
        options.addSpacing(12)
        options.addWidget(QLabel(self.tr("Save in:")))
        options.addWidget(self.folder, 1)
        options.addWidget(browse)
        sponsor = QHBoxLayout()
        sponsor.addWidget(self.sponsor_box)
        sponsor.addWidget(self.sponsor_note, 1)
        run = QHBoxLayout()
        run.addWidget(self.generate_button)
        run.addWidget(self.progress, 1)
        run.addWidget(self.cancel_button)
        run.addStretch(0)
        after = QHBoxLayout()
        after.addWidget(self.status, 1)
        after.addWidget(self.open_folder_button)
        after.addWidget(self.open_file_button)
        after.addWidget(self.print_button)
        after.addSpacing(12)
        after.addWidget(self.summary_button)
        after.addWidget(self.checkin_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addLayout(options)
        layout.addWidget(self.checks)
        layout.addLayout(sponsor)
        layout.addLayout(run)
        layout.addLayout(after)

    # -- data -----------------------------------------------------------------------------------
    @Slot()
    def close_workshop(self) -> None:
        self.open_workshop(None)

    @Slot(int)
    def open_workshop(self, workshop_id: int | None) -> None:
        if self.task is not None:
            self.cancel()
        self.workshop_id = workshop_id
        self.result = None
        self.written_folder = None
        self.status.clear()
        for button in (self.open_folder_button, self.open_file_button, self.print_button):
            button.setEnabled(False)
        self.folder.clear()
        self.refresh_when_shown()

    def _on_changed(self, workshop_id: int) -> None:
        if workshop_id == self.workshop_id:
            self.refresh_when_shown()

    def refresh_page(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.stale = False
        if self.workshop_id is None:
            return
        try:
            self.data = self.ctx.store.load_workshop_data(self.workshop_id)
        except NotFoundError:
            self.data, self.printed = None, []
            return
        w = self.data.workshop
        self.heading.setText(self.tr("Wrap-up: {title}").format(title=w.title))
        if not self.folder.text():
            self.folder.setText(papers_folder(self.settings, self.data.workshop))
        row = max(0, self.people.currentRow())
        self.people.clear()
        self.printed = wrapup.plan_people(self.data)
        for p in self.printed:
            count = wrapup.commitment_count(self.data, p)
            if count == 0:
                label = self.tr("{name} (blank lines to fill in by hand)").format(name=p.name)
            else:
                label = counted(count, self.tr("{name} (1 commitment)"),
                                self.tr("{name} (%n commitments)", None, count)).format(name=p.name)
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            self.people.addItem(item)
        absent = len(self.data.participants) - len(self.printed)
        if self.printed:
            self.people.setCurrentRow(min(row, self.people.count() - 1))
            counts = self.tr("{people} participants, {actions} actions.").format(
                people=len(self.printed), actions=len(self.data.actions))
            if absent:
                counts += " " + self.tr("Marked absent, no plan: {n}.").format(n=absent)
            self.summary.setText(counts)
        else:
            self.preview.clear()
            self.summary.setText(self.tr("Everyone is marked absent: mark people present on the Plan "
                                         "page to print their plans.") if absent else
                                 self.tr("Add participants on the Plan page: each one gets a plan."))
        self.generate_button.setEnabled(bool(self.printed) and self.task is None)
        self.checks.setVisible(bool(self.printed))
        self._show_checks(wrapup.before_printing(self.data))

    def _show_checks(self, lines: list[str]) -> None:
        """The things to check before printing, in one list (printing stays allowed)."""
        if lines:
            heading = counted(len(lines), self.tr("Before printing, check 1 thing:"),
                              self.tr("Before printing, check %n things:", None, len(lines)))
            lines = [heading, *(f"• {line}" for line in lines)]
        else:
            lines = [self.tr("Ready to print: nothing missing.")]
        self.checks.setPlainText("\n".join(lines))
        shown = min(len(lines), 8)  # longer lists scroll
        margins = self.checks.contentsMargins().top() + self.checks.contentsMargins().bottom()
        metrics = self.checks.fontMetrics()  # a laid-out line takes its height plus a pixel
        line = max(metrics.lineSpacing(), metrics.height()) + 1
        margins += 2 * round(self.checks.document().documentMargin())
        self.checks.setFixedHeight(shown * line + margins)

    @Slot(int)
    def _show_preview(self, row: int) -> None:
        if self.data is None or row < 0 or row >= len(self.printed):
            return
        participant = self.printed[row]
        with in_language(self.data.workshop.language):  # the plan as it prints: the room's language
            self.preview.setHtml(preview_html(self.data, wrapup.plan_preview(self.data, participant)))

    # -- generating -----------------------------------------------------------------------------
    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save the PDF files in"), self.folder.text())
        if folder:
            self.folder.setText(folder)
            self.settings.setValue(PAPERS_DIR, folder)  # one folder for the workshop's papers

    @Slot()
    def generate(self) -> None:
        if self.task is not None or self.workshop_id is None:
            return
        self.refresh()
        if self.data is None or not self.printed:
            return
        data, out_dir, paper = self.data, Path(self.folder.text().strip()), self.paper.currentData()
        sponsor = self.sponsor_box.isChecked()
        self.progress.setRange(0, len(self.printed) + 1 + sponsor)
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.generate_button.setEnabled(False)
        self.status.setText(self.tr("Writing the plans…"))
        self.task = self.tasks.run_in_background(
            lambda progress, cancelled: wrapup.write_wrapup(data, out_dir, paper=paper, progress=progress,
                                                            cancel=cancelled, sponsor=sponsor),
            self._on_finished, self._on_failed, self._on_progress)

    @Slot()
    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Stopping after the current plan…"))

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _done(self) -> None:
        self.task = None
        self.progress.hide()
        self.cancel_button.hide()
        self.generate_button.setEnabled(bool(self.data and self.printed))

    def _on_finished(self, result: wrapup.WrapUpResult) -> None:
        self._done()
        if result.cancelled:
            self.status.setText(self.tr("Stopped: {n} plans were written before you cancelled.").format(
                n=len(result.plans)))
            return
        self.result = result
        self.written_folder = result.folder
        self.status.setText(self.tr("Written: {n} plans and the combined print file in {folder}. "
                                    "The facilitator report is in its own folder, “{report}”.").format(
            n=len(result.plans), folder=result.folder, report=wrapup.REPORT_FOLDER))
        if result.sponsor is not None:
            self.status.setText(self.status.text() + " " + self.tr(
                "The sponsor report is beside the plans: {name}.").format(name=result.sponsor.name))
        for button in (self.open_folder_button, self.open_file_button, self.print_button):
            button.setEnabled(True)
        self.hub.status.emit(self.tr("Action plans written."))

    def _on_failed(self, message: str) -> None:
        self._done()
        self.status.setText(message)
        self.hub.error.emit(message)

    # -- after ----------------------------------------------------------------------------------
    @Slot()
    def write_summary(self, path: str | Path | None = None) -> None:
        """The workshop's summary (Markdown) to ``path`` (asked for, offered in the "Save in"
        folder, when not given; its folder remembered for the next papers)."""
        if self.summary_task is not None or self.workshop_id is None:
            return
        data = self.ctx.store.load_workshop_data(self.workshop_id)
        if path is None:
            folder = self.folder.text().strip() or papers_folder(self.settings, data.workshop)
            start = Path(folder) / wrapup.workshop_file_name(data.workshop, "-summary.md")
            path = save_file_name(self, self.tr("Save the workshop summary"), str(start),
                                  [(self.tr("Markdown"), ".md")])
            if not path:
                return
            self.settings.setValue(PAPERS_DIR, str(Path(path).parent))
        target = Path(path)
        self.summary_button.setEnabled(False)
        self.status.setText(self.tr("Writing the summary…"))
        self.summary_task = self.tasks.run_in_background(
            lambda _progress, _cancelled: write_summary(target, data), self._summary_written,
            self._summary_failed)

    def _summary_written(self, path: Path) -> None:
        self.summary_task = None
        self.summary_button.setEnabled(True)
        self.written_folder = path.parent
        self.open_folder_button.setEnabled(True)
        self.status.setText(self.tr("Written: the workshop summary is {file}. Paste it into a wiki page "
                                    "or an e-mail; any text editor opens it.").format(file=path))
        self.hub.status.emit(self.tr("Workshop summary written."))

    def _summary_failed(self, message: str) -> None:
        self.summary_task = None
        self.summary_button.setEnabled(True)
        self.status.setText(message)
        self.hub.error.emit(message)

    @Slot()
    def plan_checkin(self) -> None:
        if self.workshop_id is not None and plan_checkin(self, self.ctx, self.workshop_id) is not None:
            self.hub.workshopChanged.emit(self.workshop_id)
            self.hub.showPage.emit("checkin")

    def _open(self, path: Path | None) -> None:
        if path is not None:
            open_with_system(path)

    @Slot()
    def print_plans(self) -> None:
        if self.result is None or self.result.combined is None:
            return
        dialog = PrintDialog(self)
        if dialog.exec() != PrintDialog.DialogCode.Accepted:
            return
        try:
            sent = wrapup.send_to_printer(self.result.combined, dialog.printer(), dialog.copies(),
                                          dialog.duplex())
        except (UserError, OSError) as exc:
            self.hub.error.emit(str(exc))
            return
        if sent:
            self.hub.status.emit(self.tr("Sent to the printer."))
        else:
            self.status.setText(self.tr("This computer has no print command: the print file is "
                                        "open in your PDF viewer, print it from there."))
            self._open(self.result.combined)


def preview_html(data: WorkshopData, preview: wrapup.PlanPreview) -> str:
    """The participant's plan as simple HTML (every user text escaped), with the PDF's labels and
    in its order: title, own ratings, commitments, check-ins and the follow-up session (a line to
    write it on when not set), the group's results, the six ways with the commitments serving each."""
    e = html.escape
    labels = preview.labels
    w = data.workshop
    heading = translate("Wrapup", "{title}: {name}").format(title=labels.title, name=preview.name)
    parts = [f"<h2>{e(heading)}</h2>",
             f"<p>{e(w.title)}<br>{e(' · '.join(x for x in (preview.date, w.location, w.facilitator) if x))}"
             "</p>"]
    if preview.ratings:  # beside the title block on the PDF's first page
        parts.append(f"<h3>{e(labels.ratings)}</h3>")
    for title, rows in preview.ratings:
        items = "".join("<br>" + e(wrapup.labelled(criterion, f"{mine} \u00b7 {room}"))
                        for criterion, mine, room in rows)
        head = wrapup.labelled(labels.criterion, f"{labels.me} \u00b7 {labels.room}")
        parts.append(f"<p><b>{e(title)}</b><br><i>{e(head)}</i>{items}</p>")
    parts.append(f"<h3>{e(labels.commitments)}</h3>")
    if preview.cards:
        for card in preview.cards:
            done = f" <i>{e(card.done)}</i>" if card.done else ""
            details = "".join(f"<br><i>{e(wrapup.label_colon(k))}</i> {e(v)}" for k, v in card.fields)
            parts.append(f"<p><b>{e(card.text)}</b>{done}{details}</p>")
    else:
        blank = translate("Wrapup", "No commitment recorded: the plan has blank lines to fill in by hand.")
        parts.append(f"<p><i>{e(blank)}</i></p>")
    parts.append(f"<h3>{e(labels.checkins)}</h3>")
    head = "".join(f"<th align='left'>{e(h)}</th>" for h in (labels.checkin_date, labels.review,
                                                              labels.with_whom, labels.done))
    rows = "".join(f"<tr><td>{e(date)}</td><td>{e(review)}</td><td>{e(whom)}</td><td></td></tr>"
                   for date, review, whom in preview.checkins)
    table = "<table cellspacing='0' cellpadding='3' border='1' style='border-collapse: collapse'>"
    parts.append(f"{table}<tr>{head}</tr>{rows}</table>")
    session = preview.follow_up_session or "_" * 30  # a line to write it on, as on the plan
    parts.append(f"<p><i>{e(wrapup.label_colon(labels.follow_up_session))}</i> {e(session)}</p>")
    parts += [f"<p><i>{e(wrapup.label_colon(labels.follow_up))}</i> {e(text)}</p>"
              for text in preview.follow_up]
    head = f"<br><i>{e(' · '.join((labels.rank, labels.priority, labels.dots)))}</i>"
    for heading, note, priorities, shared in (
            (labels.group, "", preview.priorities, preview.shared),
            (labels.apart, labels.apart_note, preview.apart_priorities, preview.apart_shared)):
        if priorities or shared:
            parts.append(f"<h3>{e(heading)}</h3>" + (f"<p><i>{e(note)}</i></p>" if note else ""))
        for title, ranked, more in priorities:
            items = head + "".join(f"<br>{rank}. {e(text)} ({dots})" for rank, text, dots in ranked)
            if more:
                items += f"<br><i>{e(preview.more_options(more))}</i>"
            parts.append(f"<p><b>{e(title)}</b>{items}</p>")
        for title, lines in shared:
            items = "".join(f"<li>{e(line)}</li>" for line in lines)
            parts.append(f"<p><b>{e(title)}</b></p><ul>{items}</ul>")
    ways = "".join(f"<p><b>{e(title)}</b><br>{e(summary)}" + (f"<br><i>{e(mine)}</i>" if mine else "")
                   + "</p>" for title, summary, mine in preview.ways)
    parts.append(f"<h3>{e(labels.six_ways)}</h3>{ways}")
    return "".join(parts)
