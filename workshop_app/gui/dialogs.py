"""Small dialogs shared by pages."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from workshop_app import system_programs
from workshop_app.i18n import interface_language
from workshop_app.model import Workshop
from workshop_app.model.workshop import MAX_WORKSHOP_MINUTES

Role = QMessageBox.ButtonRole


def choose(parent: QWidget, title: str, text: str, answers: list[tuple[str, QMessageBox.ButtonRole]], *,
           details: str = "", default: int = 0, escape: int = -1,
           icon: QMessageBox.Icon = QMessageBox.Icon.Question) -> int:
    """Ask a question with named answers (user text shown as text); returns the index of the
    answer chosen. ``default`` is Enter's answer, ``escape`` Esc's (and closing the box's)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if details:
        box.setInformativeText(details)
    buttons = [box.addButton(label, role) for label, role in answers]
    escape %= len(buttons)
    box.setDefaultButton(buttons[default])
    box.setEscapeButton(buttons[escape])
    box.exec()
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else escape


def confirm(parent: QWidget, title: str, text: str, action: str) -> bool:
    """Ask before something destructive; the destructive button is not the default."""
    cancel = QCoreApplication.translate("Dialogs", "Cancel")
    return choose(parent, title, text, [(action, Role.DestructiveRole), (cancel, Role.RejectRole)],
                  default=1) == 0


def save_file_name(parent: QWidget, title: str, start: str, kinds: list[tuple[str, str]]) -> str:
    """The file the user chooses to write (``""`` when cancelled). ``kinds``: (description,
    suffix) pairs, offered as the dialog's filters; a name typed without a suffix gets the
    chosen filter's (the suffix decides what is written)."""
    filters = [f"{description} (*{suffix})" for description, suffix in kinds]
    path, chosen = QFileDialog.getSaveFileName(parent, title, start, ";;".join(filters))
    if path and not Path(path).suffix:
        path += next((suffix for (_d, suffix), f in zip(kinds, filters, strict=True) if f == chosen),
                     kinds[0][1])
    return path


class NewWorkshopDialog(QDialog):
    """Title, date, start time and length of a new workshop."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New workshop"))
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("For example: Leaders and operations, one team"))
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.start = QTimeEdit(QTime(9, 0))
        self.start.setDisplayFormat("HH:mm")
        self.minutes = QSpinBox()
        self.minutes.setRange(15, MAX_WORKSHOP_MINUTES)
        self.minutes.setSingleStep(15)
        self.minutes.setValue(90)
        self.minutes.setSuffix(self.tr(" min"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow(self.tr("&Start time:"), self.start)
        form.addRow(self.tr("&Planned length:"), self.minutes)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.title.textChanged.connect(self._update_ok)
        self._update_ok()
        self.resize(460, self.sizeHint().height())

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.title.text().strip()))

    def workshop(self) -> Workshop:
        return Workshop(
            title=self.title.text().strip(),
            date=self.date.date().toString("yyyy-MM-dd"),
            start_time=self.start.time().toString("HH:mm"),
            planned_minutes=self.minutes.value(),
            language=interface_language(),  # the facilitator's; changed on the Plan page for the room's
        )


def open_with_system(path: str | Path) -> None:
    """Open a written file or folder with the desktop's own program (the papers' "Open it" and
    "Open folder" buttons): the one place the window hands a path to the system. In a bundle on
    Linux the app starts xdg-open itself, with the system's environment (Qt would hand it the
    bundle's library paths); elsewhere Qt asks the desktop."""
    command = system_programs.open_command(path)
    if command is None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    else:
        system_programs.start_detached(command)
