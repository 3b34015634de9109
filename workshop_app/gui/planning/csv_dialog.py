"""Import participants from a CSV sign-up sheet: choose the columns, preview, see what is skipped.

The file is read and split into rows on the window's task runner (gui/taskman.py); the dialog shows
"Reading…" meanwhile and can be cancelled. Choosing columns re-sorts the rows already read.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop_app.gui.models.participants_model import side_label
from workshop_app.gui.taskman import Task, TaskManager
from workshop_app.i18n import counted
from workshop_app.model import Participant
from workshop_app.services import csv_import


class CsvImportDialog(QDialog):
    #: The file has been read (or could not be) and the preview shows it.
    loaded = Signal()

    def __init__(self, existing: list[Participant], tasks: TaskManager, parent: QWidget | None = None):
        super().__init__(parent)
        self.tasks = tasks
        self.existing = list(existing)
        self.path: Path | None = None
        self.text: str | None = None
        self.notes: list[str] = []
        self.sheet = csv_import.Sheet([])
        self.result = csv_import.ImportResult()
        self._loading = False
        self.task: Task | None = None
        self.setWindowTitle(self.tr("Import participants from CSV"))
        self._build()
        self.resize(900, 640)

    def _build(self) -> None:
        self.file_label = QLabel()
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.file_label.setWordWrap(True)
        self.note_label = QLabel()
        self.note_label.setTextFormat(Qt.TextFormat.PlainText)
        self.note_label.setWordWrap(True)
        self.note_label.setObjectName("warning")
        self.note_label.hide()
        self.delimiter = QComboBox()
        self.delimiter.setAccessibleName(self.tr("Separator"))
        for label, value in ((self.tr("Comma"), ","), (self.tr("Semicolon"), ";"), (self.tr("Tab"), "\t")):
            self.delimiter.addItem(label, value)
        self.header = QCheckBox(self.tr("The first row holds column &headings"))
        self.columns: dict[str, QComboBox] = {}
        labels = {"name": self.tr("&Name:"), "role": self.tr("&Role:"), "team": self.tr("&Team:"),
                  "side": self.tr("&Side:"), "email": self.tr("&E-mail:")}
        box = QGroupBox(self.tr("Which column is which"))
        grid = QGridLayout(box)
        for i, key in enumerate(csv_import.FIELDS):
            combo = QComboBox()
            combo.setMinimumWidth(180)
            label = QLabel(labels[key])
            label.setBuddy(combo)
            grid.addWidget(label, i // 3, (i % 3) * 2, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(combo, i // 3, (i % 3) * 2 + 1)
            self.columns[key] = combo
            combo.currentIndexChanged.connect(self._rebuild)
        top = QFormLayout()
        top.addRow(self.tr("Separator:"), self.delimiter)
        top.addRow("", self.header)

        self.preview = QTableWidget(0, 7)
        self.preview.setAccessibleName(self.tr("Preview"))
        self.preview.setHorizontalHeaderLabels([
            self.tr("Line"), self.tr("Name"), self.tr("Role"), self.tr("Team"), self.tr("Side"),
            self.tr("E-mail"), self.tr("Status")])
        self.preview.verticalHeader().hide()
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setAlternatingRowColors(True)
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.preview.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.report = QPlainTextEdit()
        self.report.setAccessibleName(self.tr("Rows not imported"))
        self.report.setReadOnly(True)
        self.report.setMaximumHeight(110)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.include_duplicates = QCheckBox(self.tr("Also import rows flagged as &duplicates"))
        self.include_duplicates.toggled.connect(self._update_ok)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(self.note_label)
        layout.addLayout(top)
        layout.addWidget(box)
        layout.addWidget(QLabel(self.tr("Preview:")))
        layout.addWidget(self.preview, 1)
        layout.addWidget(QLabel(self.tr("Not imported:")))
        layout.addWidget(self.report)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.include_duplicates)
        layout.addLayout(bottom)
        layout.addWidget(self.buttons)
        self.delimiter.currentIndexChanged.connect(self._reread)
        self.header.toggled.connect(self._rebuild)

    # -- reading --------------------------------------------------------------------------------
    @property
    def reading(self) -> bool:
        return self.task is not None

    def choose_file(self, path: str | Path | None = None) -> bool:
        """Start reading the sign-up sheet (asking for it when no path is given); False if there is
        none or it is too large (said in a message box)."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self.parentWidget(), self.tr("Import participants"), "",
                self.tr("CSV files (*.csv *.txt);;All files (*)"))
            if not path:
                return False
        try:
            csv_import.check_file(path)
        except csv_import.CsvImportError as exc:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Participants not imported"), str(exc),
                              QMessageBox.StandardButton.Ok, self.parentWidget())
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.exec()
            return False
        self.path = Path(path)
        self.text = None
        self.file_label.setText(self.tr("File: {path}").format(path=self.path))
        self._read(None)
        return True

    def _read(self, delimiter: str | None) -> None:
        """Read the file (once) and split it into rows with ``delimiter`` (None: guess) off the GUI
        thread; the preview is filled when that is done."""
        if self.task is not None:
            return
        path, text = self.path, self.text

        def work(_progress, cancelled) -> tuple[str, list[str] | None, csv_import.Sheet]:
            notes = None
            content = text
            if content is None:
                content, notes = csv_import.read_file(path)
            return content, notes, csv_import.read_sheet(content, delimiter, cancelled=cancelled)

        self._set_busy(True)
        self.task = self.tasks.run_in_background(work, self._read_done, self._read_failed)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.delimiter, self.header, self.include_duplicates, *self.columns.values()):
            widget.setEnabled(not busy)
        if busy:
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            self.summary.setText(self.tr("Reading {file}…").format(file=self.path.name if self.path else ""))

    def _finish_task(self) -> bool:
        """Forget the task; False when it had been cancelled (its result is not wanted), or
        forgotten already (the dialog was closed while reading)."""
        task, self.task = self.task, None
        if task is None:
            return False
        self._set_busy(False)
        return not task.cancelled()

    def _read_done(self, read: tuple[str, list[str] | None, csv_import.Sheet]) -> None:
        if not self._finish_task():
            return
        self.text, notes, self.sheet = read
        if notes is not None:
            self.notes = notes
        self.note_label.setText("\n".join(self.notes))
        self.note_label.setVisible(bool(self.notes))
        self._loading = True
        self.delimiter.setCurrentIndex(max(0, self.delimiter.findData(self.sheet.delimiter)))
        self._loading = False
        self._show_sheet()
        self.loaded.emit()

    def _read_failed(self, message: str) -> None:
        if not self._finish_task():
            return
        self.notes = [message]
        self.note_label.setText(message)
        self.note_label.setVisible(True)
        self.sheet = csv_import.Sheet([])
        self._show_sheet()
        self.loaded.emit()

    @Slot()
    def _reread(self) -> None:
        if not self._loading and self.text is not None:
            self._read(self.delimiter.currentData())

    def done(self, result: int) -> None:
        if self.task is not None:  # closed while reading: stop, wait (briefly: the work is bounded)
            self.task.cancel()
            self.tasks.wait(self.task)
        super().done(result)

    def _show_sheet(self) -> None:
        first = self.sheet.rows[0][1] if self.sheet.rows else []
        header = csv_import.looks_like_header(first)
        guess = csv_import.guess_columns(first) if header else csv_import.positional_columns(self.sheet.width)
        self._loading = True
        self.header.setChecked(header)
        for key, combo in self.columns.items():
            combo.clear()
            combo.addItem(self.tr("(not in the file)"), None)
            for col in range(self.sheet.width):
                title = first[col] if header and col < len(first) else ""
                text = self.tr("Column {n}").format(n=col + 1) + (f": {title}" if title else "")
                combo.addItem(text, col)
            at = combo.findData(guess.get(key))
            combo.setCurrentIndex(at if guess.get(key) is not None and at >= 0 else 0)
        self._loading = False
        self._rebuild()

    def mapping(self) -> dict[str, int | None]:
        return {key: combo.currentData() for key, combo in self.columns.items()}

    @Slot()
    def _rebuild(self) -> None:
        if self._loading:
            return
        self.result = csv_import.build_rows(self.sheet, self.mapping(), self.header.isChecked(),
                                            self.existing)
        self._fill_preview()
        lines = [str(p) for p in self.result.not_imported()] + self.sheet.notes
        self.report.setPlainText("\n".join(lines))
        self._update_ok()

    def _fill_preview(self) -> None:
        warn = QBrush(QColor("#ff8a80") if self.palette().color(QPalette.ColorRole.Base).lightness() < 128
                      else QColor("#b3261e"))
        entries = [(r.line, r.participant, r.duplicate, False) for r in self.result.rows]
        self.preview.setRowCount(len(entries))
        for row, (line, p, duplicate, _bad) in enumerate(entries):
            status = self.tr("Duplicate: {why}").format(why=duplicate) if duplicate else self.tr("OK")
            cells = (str(line), p.name, p.role, p.team, side_label(p.side), p.email, status)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if duplicate:
                    item.setForeground(warn)
                self.preview.setItem(row, col, item)
        self.preview.resizeColumnsToContents()

    @Slot()
    def _update_ok(self) -> None:
        people = self.participants()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(counted(len(people), self.tr("&Import 1 participant"),
                           self.tr("&Import %n participants", None, len(people))))
        ok.setEnabled(bool(people))
        parts = [self.tr("{n} to import").format(n=len(people))]
        skipped = 0 if self.include_duplicates.isChecked() else len(self.result.duplicates)
        if skipped:
            parts.append(counted(skipped, self.tr("1 duplicate skipped"),
                                 self.tr("%n duplicates skipped", None, skipped)))
        if self.result.problems:
            parts.append(counted(len(self.result.problems), self.tr("1 row with a problem"),
                                 self.tr("%n rows with problems", None, len(self.result.problems))))
        if self.result.blank:
            parts.append(counted(self.result.blank, self.tr("1 blank row skipped"),
                                 self.tr("%n blank rows skipped", None, self.result.blank)))
        self.summary.setText(" · ".join(parts))

    def participants(self) -> list[Participant]:
        return self.result.new_participants(self.include_duplicates.isChecked())
