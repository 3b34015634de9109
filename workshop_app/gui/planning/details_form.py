"""The workshop's details, edited in place and saved as you type (no Save button)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTime, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from workshop_app.gui.autosave import Autosave
from workshop_app.gui.languages import language_name
from workshop_app.gui.planning.commands import DetailEdit, PlanSession
from workshop_app.i18n import available_languages
from workshop_app.model import Workshop
from workshop_app.model.workshop import MAX_WORKSHOP_MINUTES
from workshop_app.services.planning import DETAIL_FIELDS, normalise_detail

#: After a failed write, try again this much later.
RETRY_MS = 5000
NO_DATE = QDate(2000, 1, 1)

#: The workshop languages offered: its papers and projector are printed in it (dates and numbers
#: in every one; the app's own words in the languages it ships, else in English).
LANGUAGES = ("en", "fr", "de", "es", "it", "nl", "pt", "pl", "sv", "da", "nb", "fi")


class UndoKeysToPage(QObject):
    """Lets Ctrl+Z / Ctrl+Y reach the page's undo stack instead of a field's own undo."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and (
                event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)):
            event.ignore()
            return True
        return False


class DetailsForm(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.session: PlanSession | None = None
        self.saved: dict[str, Any] = {}
        self._burst = 0
        self._loading = False
        self.autosave = Autosave(self.flush, self)  # saved as you type: see gui/autosave.py
        self._build()

    def _build(self) -> None:
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("A workshop needs a title"))
        self.organisation = QLineEdit()
        self.organisation.setPlaceholderText(self.tr("Company, department or team"))
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setMinimumDate(NO_DATE)
        self.date.setSpecialValueText(self.tr("No date yet"))
        self.start_time = QTimeEdit()
        self.start_time.setDisplayFormat("HH:mm")
        self.planned_minutes = QSpinBox()
        self.planned_minutes.setRange(0, MAX_WORKSHOP_MINUTES)
        self.planned_minutes.setSingleStep(15)
        self.planned_minutes.setSuffix(self.tr(" min"))
        self.location = QLineEdit()
        self.location.setPlaceholderText(self.tr("Room, building, town"))
        self.facilitator = QLineEdit()
        self.language = QComboBox()
        shipped = available_languages()
        for code in LANGUAGES:
            label = f"{language_name(code)} ({code})"
            if code not in shipped:
                label = self.tr("{language}: the app's words in English").format(language=label)
            self.language.addItem(label, code)
        follow_up_row = self._build_follow_up()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setVerticalSpacing(10)
        rows = (
            (self.tr("&Title:"), self.title), (self.tr("&Organisation:"), self.organisation),
            (self.tr("Dat&e:"), self.date), (self.tr("Start t&ime:"), self.start_time),
            (self.tr("Planned le&ngth:"), self.planned_minutes), (self.tr("&Location:"), self.location),
            (self.tr("&Facilitator:"), self.facilitator), (self.tr("L&anguage:"), self.language),
        )
        self.undo_keys = UndoKeysToPage(self)
        for label, widget in rows:
            form.addRow(label, widget)
            widget.installEventFilter(self.undo_keys)
        follow_up_label = QLabel(self.tr("Follo&w-up session:"))
        follow_up_label.setBuddy(self.follow_up)
        form.addRow(follow_up_label, follow_up_row)
        for widget in (self.follow_up, self.follow_up_date, self.follow_up_time):
            widget.installEventFilter(self.undo_keys)
        for widget in (self.date, self.start_time, self.planned_minutes, self.language):
            widget.setMaximumWidth(260)
        self.summary = QLabel()
        self.summary.setObjectName("detailsSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        hint = QLabel(self.tr("Changes are saved as you type."))
        hint.setObjectName("hint")
        box = QWidget()
        box.setMaximumWidth(720)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(form)
        inner.addSpacing(12)
        inner.addWidget(self.summary)
        inner.addWidget(hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(box)
        layout.addStretch(1)

        for edit in (self.title, self.organisation, self.location, self.facilitator):
            edit.textEdited.connect(self._changed)
        self.date.dateChanged.connect(self._changed)
        self.start_time.timeChanged.connect(self._changed)
        self.planned_minutes.valueChanged.connect(self._changed)
        self.language.currentIndexChanged.connect(self._changed)
        for widget in (self.title, self.organisation, self.location, self.facilitator, self.date,
                       self.start_time, self.planned_minutes, self.follow_up_date, self.follow_up_time):
            widget.editingFinished.connect(self._field_left)
        self.follow_up.toggled.connect(self._follow_up_ticked)
        self.follow_up_time.editingFinished.connect(self._tidy_time)
        self.follow_up_date.dateChanged.connect(self._changed)
        self.follow_up_time.textEdited.connect(self._changed)

    def _build_follow_up(self) -> QWidget:
        """The follow-up session: a tick box (unticked: no date yet), its date and an optional time."""
        self.follow_up = QCheckBox(self.tr("planned for"))
        self.follow_up.setToolTip(self.tr("The session where the commitments are reviewed: every "
                                          "plan, the report and the run sheet print it."))
        self.follow_up_date = QDateEdit()
        self.follow_up_date.setCalendarPopup(True)
        self.follow_up_date.setDisplayFormat("yyyy-MM-dd")
        self.follow_up_time = QLineEdit()
        self.follow_up_time.setPlaceholderText(self.tr("HH:MM, optional"))
        self.follow_up_time.setMaxLength(5)
        self.follow_up_time.setMaximumWidth(110)
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.follow_up)
        layout.addWidget(self.follow_up_date)
        at = QLabel(self.tr("at"))
        layout.addWidget(at)
        layout.addWidget(self.follow_up_time)
        layout.addStretch(1)
        self._follow_up_enabled(False)
        return row

    def _follow_up_enabled(self, on: bool) -> None:
        self.follow_up_date.setEnabled(on)
        self.follow_up_time.setEnabled(on)

    @Slot()
    def _tidy_time(self) -> None:
        """Show the time as it is stored (``14.30`` reads ``14:30``)."""
        tidy = normalise_detail("follow_up_time", self.follow_up_time.text())
        if tidy != self.follow_up_time.text():
            self.follow_up_time.setText(tidy)

    @Slot(bool)
    def _follow_up_ticked(self, on: bool) -> None:
        self._follow_up_enabled(on)
        if on and not self._loading:
            # A first guess the facilitator types over: six weeks after the workshop (or today).
            day = QDate.fromString(self.value("date"), "yyyy-MM-dd")
            self.follow_up_date.setDate((day if day.isValid() else QDate.currentDate()).addDays(42))
        self._changed()

    # -- values ---------------------------------------------------------------------------------
    def value(self, field: str) -> Any:
        widget = getattr(self, field)
        if field.startswith("follow_up") and not self.follow_up.isChecked():
            return ""  # unticked: no follow-up session yet
        if isinstance(widget, QLineEdit):
            return widget.text()
        if field == "date":
            return "" if widget.date() == NO_DATE else widget.date().toString("yyyy-MM-dd")
        if field == "follow_up_date":
            return widget.date().toString("yyyy-MM-dd")
        if field == "start_time":
            return widget.time().toString("HH:mm")
        if field == "planned_minutes":
            return widget.value()
        return widget.currentData()

    def show_value(self, field: str, value: Any) -> None:
        widget = getattr(self, field)
        self._loading = True
        try:
            if isinstance(widget, QLineEdit):
                if widget.text() != value:
                    widget.setText(value)
            elif field == "date":
                date = QDate.fromString(value or "", "yyyy-MM-dd")
                widget.setDate(date if date.isValid() else NO_DATE)
            elif field == "follow_up_date":
                date = QDate.fromString(value or "", "yyyy-MM-dd")
                self.follow_up.setChecked(date.isValid())
                if date.isValid():
                    widget.setDate(date)
            elif field == "start_time":
                time = QTime.fromString(value or "", "HH:mm")
                widget.setTime(time if time.isValid() else QTime(9, 0))
            elif field == "planned_minutes":
                widget.setValue(int(value or 0))
            else:
                at = widget.findData(value)
                if at < 0:
                    widget.addItem(value, value)
                    at = widget.count() - 1
                widget.setCurrentIndex(at)
        finally:
            self._loading = False

    # -- session --------------------------------------------------------------------------------
    def set_session(self, session: PlanSession | None, workshop: Workshop | None) -> None:
        self.autosave.clear()
        self.session = session
        self.saved = {}
        if session is None or workshop is None:
            return
        session.detailChanged.connect(self._stored)
        for field in DETAIL_FIELDS:
            self.saved[field] = getattr(workshop, field)
            self.show_value(field, self.saved[field])

    def reload(self, workshop: Workshop) -> None:
        """Show what another page stored, leaving fields with unsaved typing alone."""
        for field in DETAIL_FIELDS:
            stored = getattr(workshop, field)
            if self.value(field) == self.saved.get(field) and stored != self.saved.get(field):
                self.saved[field] = stored
                self.show_value(field, stored)

    def pending(self) -> list[str]:
        """Fields whose on-screen value is not stored yet."""
        out = []
        for field in DETAIL_FIELDS:
            value = self.value(field)
            if field == "title" and not value.strip():
                continue  # an empty title is never stored; the old one stays until one is typed
            if normalise_detail(field, value) != self.saved.get(field):
                out.append(field)
        return out

    @Slot()
    def _changed(self, *_args) -> None:
        if not self._loading and self.session is not None:
            self.autosave.changed()

    @Slot()
    def _field_left(self) -> None:
        self.flush()
        self._burst += 1  # typing again later in this field is a new undo step

    @Slot()
    def flush(self) -> None:
        """Store every field whose on-screen value differs from the stored one."""
        self.autosave.clear()
        session = self.session
        if session is None:
            return
        for field in self.pending():
            new = normalise_detail(field, self.value(field))
            command = DetailEdit(session, field, self.saved.get(field), new, self._burst)
            if not session.push(command):
                self.autosave.retry_later(RETRY_MS)  # the typed text stays; try again later
                return

    @Slot(str, object)
    def _stored(self, field: str, value: Any) -> None:
        self.saved[field] = value
        if normalise_detail(field, self.value(field)) != value:
            self.show_value(field, value)

    def new_burst(self) -> None:
        """After an undo or redo, typing starts a new undo step."""
        self._burst += 1

    def set_summary(self, text: str) -> None:
        self.summary.setText(text)
