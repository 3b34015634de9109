""""New commitment…" at a check-in: what, who (one of the attendees), by when."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from workshop_app.errors import UserError
from workshop_app.model import Participant
from workshop_app.model.checkins import CheckinCommitment
from workshop_app.services import capture


class CommitmentDialog(QDialog):
    def __init__(self, checkin_id: int, people: list[Participant], parent: QWidget | None = None):
        super().__init__(parent)
        self.checkin_id = checkin_id
        self.setWindowTitle(self.tr("New commitment"))
        self.text = QLineEdit()
        self.text.setAccessibleName(self.tr("What"))
        self.owner = QComboBox()
        self.owner.setAccessibleName(self.tr("Who"))
        for p in people:
            self.owner.addItem(p.name, p.id)
        self.due = QLineEdit()
        self.due.setAccessibleName(self.tr("By when"))
        self.due.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.message = QLabel()
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&What:"), self.text)
        form.addRow(self.tr("W&ho:"), self.owner)
        form.addRow(self.tr("&By when:"), self.due)
        form.addRow(self.message)
        form.addRow(self.buttons)
        self.text.textChanged.connect(self._update_ok)
        self._update_ok()
        self.resize(460, self.sizeHint().height())

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.text.text().strip()))

    def accept(self) -> None:
        try:
            capture.parse_date(self.due.text(), self.tr("By when"))
        except UserError as exc:
            self.message.setText(str(exc))
            self.message.show()
            self.due.setFocus()
            return
        super().accept()

    def commitment(self) -> CheckinCommitment:
        owner = self.owner.currentData()
        return CheckinCommitment(checkin_id=self.checkin_id, text=self.text.text().strip(),
                                 owners=[owner] if owner is not None else [],
                                 due=capture.parse_date(self.due.text(), self.tr("By when")))
