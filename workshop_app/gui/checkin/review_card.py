"""The commitment under review, big enough for the room to follow on the facilitator's screen:
its text, owners, due date and earlier check-ins' statuses; the status (keys 1-4 while the
card has the focus) and, one Tab after another, what happened, what helps or blocks, a revised
due date and the facilitator's private note."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.formats import format_date
from workshop_app.model import WorkshopData
from workshop_app.model.progress import NOT_MADE, status_label
from workshop_app.services.checkin_room import STATUS_KEYS, Entry, owner_names

#: The digit keys that set a status, in STATUS_KEYS' order.
DIGITS = (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4)


class StatusFocus(QFrame):
    """The part of the card that takes the keys 1-4 (a frame around the commitment)."""

    statusKey = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("commitmentFocus")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in DIGITS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.statusKey.emit(DIGITS.index(event.key()))
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.setStyleSheet("#commitmentFocus { border: 2px solid palette(highlight); }")

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.setStyleSheet("")


class ReviewCard(QWidget):
    #: A status key (one of STATUS_KEYS) was chosen by key or button.
    statusChosen = Signal(str)
    #: One of the text fields was edited (the page saves on its schedule).
    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.focus_frame = StatusFocus()
        self.focus_frame.statusKey.connect(lambda i: self.statusChosen.emit(STATUS_KEYS[i]))
        self.position = self._label()
        self.position.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.text = self._label()
        self.text.setStyleSheet("font-size: 20pt; font-weight: 600;")
        self.owners = self._label()
        self.owners.setStyleSheet("font-size: 14pt;")
        self.due = self._label()
        self.history = self._label()
        self.status = self._label()
        self.status.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.buttons = QButtonGroup(self)
        self.buttons.setExclusive(True)
        row = QHBoxLayout()
        for i, key in enumerate(STATUS_KEYS):
            button = QPushButton(f"{i + 1}  {status_label(key)}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys 1-4 do it
            button.setToolTip(self.tr("Key {key} on the commitment").format(key=i + 1))
            self.buttons.addButton(button, i)
            row.addWidget(button)
        row.addStretch(1)
        self.buttons.idClicked.connect(lambda i: self.statusChosen.emit(STATUS_KEYS[i]))
        inner = QVBoxLayout(self.focus_frame)
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        for w in (self.position, self.owners, self.text, self.due, self.history, self.status):
            inner.addWidget(w, 1 if w is self.text else 0)  # a long commitment takes the room there is
        inner.addLayout(row)

        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("What happened"))
        self.helps = QLineEdit()
        self.helps.setAccessibleName(self.tr("What helps or blocks"))
        self.revised_due = QLineEdit()
        self.revised_due.setAccessibleName(self.tr("Revised due date"))
        self.revised_due.setPlaceholderText(self.tr("YYYY-MM-DD, empty when the due date stands"))
        self.private_note = QLineEdit()
        self.private_note.setAccessibleName(self.tr("Private note, for the facilitator only"))
        self.private_note.setPlaceholderText(self.tr("Never projected, never on a participant's page"))
        self.private_note.setObjectName("privateNote")
        self.private_note.setStyleSheet("#privateNote { background: #fff4d6; color: #1b1d21; }")
        for field in self.fields():
            field.textEdited.connect(lambda _text: self.edited.emit())
        private_label = QLabel(self.tr("&Private note (facilitator only):"))
        private_label.setBuddy(self.private_note)
        private_label.setStyleSheet("font-weight: 600; color: #8a5a00;")
        form = QFormLayout()
        self._form_label(form, self.tr("What &happened:"), self.note)
        self._form_label(form, self.tr("What helps or &blocks:"), self.helps)
        self._form_label(form, self.tr("Revised &due date:"), self.revised_due)
        form.addRow(private_label, self.private_note)
        self.message = self._label()
        self.message.setForegroundRole(QPalette.ColorRole.Highlight)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.focus_frame, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)
        QWidget.setTabOrder(self.focus_frame, self.note)
        QWidget.setTabOrder(self.note, self.helps)
        QWidget.setTabOrder(self.helps, self.revised_due)
        QWidget.setTabOrder(self.revised_due, self.private_note)

    @staticmethod
    def _label() -> QLabel:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        return label

    @staticmethod
    def _form_label(form: QFormLayout, text: str, field: QLineEdit) -> None:
        label = QLabel(text)
        label.setBuddy(field)
        form.addRow(label, field)

    def fields(self) -> tuple[QLineEdit, ...]:
        return self.note, self.helps, self.revised_due, self.private_note

    # -- content --------------------------------------------------------------------------------
    def show_entry(self, data: WorkshopData, entry: Entry | None, n: int, total: int,
                   empty: str = "") -> None:
        """Show ``entry`` (the ``n``th of ``total``); the fields are filled from its review.
        Without an entry, ``empty`` says why."""
        review = entry.review if entry is not None else None
        for field, value in zip(self.fields(), (review.note, review.helps, review.revised_due,
                                                review.private_note) if review else ("",) * 4,
                                strict=True):
            field.setText(value)
            field.setEnabled(entry is not None and entry.reviewable)
        self.set_message("")
        if entry is None:
            for label in (self.position, self.text, self.owners, self.due, self.history, self.status):
                label.clear()
            self.text.setText(empty)
            self._check(None)
            return
        progress = entry.progress
        self.position.setText(self.tr("Commitment {n} of {total}").format(n=n, total=total))
        self.text.setText(progress.text)
        self.owners.setText(owner_names(data, progress) or self.tr("No owner"))
        due = progress.due
        when = format_date(due, data.workshop.language, weekday=False)
        self.due.setText(self.tr("Due: {date}").format(date=when) if due else self.tr("No due date"))
        history = [(c, status) for c, status in entry.history if status != NOT_MADE]
        if history:
            earlier = "; ".join(f"{c.title or c.date}: {status_label(status)}" for c, status in history)
            self.history.setText(self.tr("Earlier check-ins: {list}").format(list=earlier))
        else:
            self.history.setText(self.tr("The first check-in of this commitment."))
        self.show_status(entry)

    def show_status(self, entry: Entry) -> None:
        if not entry.reviewable:
            self.status.setText(self.tr("New commitment, made at this check-in"))
            self._check(None)
            for button in self.buttons.buttons():
                button.setEnabled(False)
            return
        for button in self.buttons.buttons():
            button.setEnabled(True)
        self.status.setText(self.tr("Status: {status}").format(status=status_label(entry.status)))
        self._check(entry.status)

    def _check(self, status: str | None) -> None:
        self.buttons.setExclusive(False)
        for i, button in enumerate(self.buttons.buttons()):
            button.setChecked(status == STATUS_KEYS[i])
        self.buttons.setExclusive(True)

    def set_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
