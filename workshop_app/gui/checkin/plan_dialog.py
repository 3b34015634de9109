""""Plan a check-in…": when (the next of 30, 60 and 90 days after the workshop by default), a
title, and who attends (the workshop's participants, those present ticked)."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTimeEdit,
    QWidget,
)

from workshop_app.model import WorkshopData
from workshop_app.model.checkins import CheckIn
from workshop_app.services import followup
from workshop_app.services.context import AppContext

DATE_FORMAT = "yyyy-MM-dd"


class PlanCheckinDialog(QDialog):
    """Date, time, title and attendees of a new check-in of ``data``'s workshop: the next of the
    30/60/90-day dates is offered (services.followup.next_default_checkin)."""

    def __init__(self, data: WorkshopData, parent: QWidget | None = None):
        super().__init__(parent)
        self.data = data
        self.setWindowTitle(self.tr("Plan a check-in"))
        workshop = data.workshop
        heading = QLabel(self.tr("A check-in after “{title}”: every commitment, one at a time.")
                         .format(title=workshop.title))
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(DATE_FORMAT)
        suggested = followup.next_default_checkin(workshop, data.follow_through.checkins)
        first = QDate.fromString(suggested[0], DATE_FORMAT) if suggested else QDate()
        self.date.setDate(first if first.isValid() else QDate.currentDate())
        self.has_time = QCheckBox(self.tr("At a set &time:"))
        self.time = QTimeEdit(QTime.fromString(workshop.start_time or "09:00", "HH:mm"))
        self.time.setDisplayFormat("HH:mm")
        self.has_time.setChecked(True)
        self.has_time.toggled.connect(self.time.setEnabled)
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Title"))
        self._title_typed = False
        self.title.textEdited.connect(self._title_edited)
        self.date.dateChanged.connect(self._suggest_title)
        self._suggest_title()
        self.people = QListWidget()
        self.people.setAccessibleName(self.tr("Who attends"))
        for p in data.participants:
            item = QListWidgetItem(p.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if p.absent else Qt.CheckState.Checked)
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            self.people.addItem(item)
        self.people.setCurrentRow(0)
        self.people.itemChanged.connect(lambda _item: self._update_ok())
        hint = QLabel(self.tr("Space ticks or unticks the selected person."))
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Plan"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(heading)
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow(self.has_time, self.time)
        form.addRow(self.tr("T&itle:"), self.title)
        form.addRow(self.tr("&Who attends:"), self.people)
        form.addRow(hint)
        form.addRow(self.buttons)
        self._update_ok()
        self.resize(480, self.sizeHint().height())

    def _title_edited(self, _text: str) -> None:
        self._title_typed = True

    def _suggest_title(self) -> None:
        """"30-day check-in" for a date 30 days after the workshop, until a title is typed."""
        if self._title_typed:
            return
        start = QDate.fromString(self.data.workshop.date, DATE_FORMAT)
        days = start.daysTo(self.date.date()) if start.isValid() else 0
        self.title.setText(followup.default_title(days) if days > 0 else self.tr("Check-in"))

    def attendees(self) -> list[int]:
        return [self.people.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.people.count())
                if self.people.item(i).checkState() == Qt.CheckState.Checked]

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.attendees()) or not self.data.participants)

    def checkin(self) -> CheckIn:
        """The check-in as planned here (not stored yet)."""
        assert self.data.workshop.id is not None
        return CheckIn(workshop_id=self.data.workshop.id, date=self.date.date().toString(DATE_FORMAT),
                       time=self.time.time().toString("HH:mm") if self.has_time.isChecked() else "",
                       title=self.title.text().strip(), attendees=self.attendees())


def plan_checkin(parent: QWidget, ctx: AppContext, workshop_id: int) -> CheckIn | None:
    """Ask for a new check-in of the workshop and store it; None when cancelled."""
    data = ctx.store.load_workshop_data(workshop_id)
    dialog = PlanCheckinDialog(data, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return ctx.store.create_checkin(dialog.checkin())
