"""The editor's questions: which version to save as, which draft to continue, what to do on closing."""

from __future__ import annotations

import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.gui.pack_editor.forms import count_problems
from workshop_app.i18n import translate
from workshop_app.model.workshop import local_time
from workshop_app.services.pack_editing import DraftInfo


class VersionDialog(QDialog):
    """Save as the same version, or a small or bigger step up (the small step is preselected)."""

    def __init__(self, title: str, version: str, suggestions: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save pack"))
        text = QLabel(self.tr("You changed “{title}”. Give the new version a new number, so that "
                              "people who have the pack can tell the versions apart.").format(title=title))
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        self.versions = [version, *suggestions]
        labels = [self.tr("Keep version {v}").format(v=version)]
        if suggestions:
            labels.append(self.tr("{v}: small fixes (wording, timings)").format(v=suggestions[0]))
            labels.append(self.tr("{v}: new or changed exercises").format(v=suggestions[1]))
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        for n, label in enumerate(labels):
            button = QRadioButton(label)
            self.group.addButton(button, n)
            layout.addWidget(button)
        self.choose(1 if suggestions else 0)
        standard = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(standard.Save | standard.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def choose(self, n: int) -> None:
        self.group.button(n).setChecked(True)

    def version(self) -> str:
        return self.versions[max(0, self.group.checkedId())]


class DraftsDialog(QDialog):
    """Continue a draft, or start a new empty pack."""

    def __init__(self, drafts: list[DraftInfo], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New pack"))
        self.choice: str | None = None  # a draft's key, or "" for a new pack
        text = QLabel(self.tr("You have packs kept as drafts. Continue one, or start a new pack?"))
        text.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Drafts"))
        for draft in drafts:
            when = local_time(datetime.datetime.fromtimestamp(draft.modified, datetime.UTC))
            item = QListWidgetItem(self.tr("{title} (draft of {when})").format(title=draft.title, when=when))
            item.setData(Qt.ItemDataRole.UserRole, draft.key)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.continue_button = QPushButton(self.tr("&Continue the draft"))
        self.new_button = QPushButton(self.tr("&New empty pack"))
        buttons.addButton(self.continue_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.new_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.continue_button.clicked.connect(self._continue)
        self.new_button.clicked.connect(self._new)
        buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(lambda _item: self._continue())
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(480, 320)

    def _continue(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.choice = item.data(Qt.ItemDataRole.UserRole)
            self.accept()

    def _new(self) -> None:
        self.choice = ""
        self.accept()


SAVE, DRAFT, DISCARD, CANCEL = "save", "draft", "discard", "cancel"


def ask_on_close(parent: QWidget, title: str, valid: bool, problems: int) -> str:
    """What to do with unsaved changes: SAVE (valid packs only), DRAFT, DISCARD or CANCEL."""
    box = QMessageBox(QMessageBox.Icon.Question, translate("PackEditor", "Unsaved changes"), "",
                      QMessageBox.StandardButton.Cancel, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if valid:
        box.setText(translate("PackEditor", "Save your changes to “{title}”?").format(title=title))
    else:
        box.setText(translate("PackEditor", "“{title}” is not valid yet ({problems}), so it cannot be "
                                            "saved to your library. Keep it as a draft?").format(
            title=title, problems=count_problems(problems)))
    buttons = {}
    if valid:
        buttons[SAVE] = box.addButton(translate("PackEditor", "Save"), QMessageBox.ButtonRole.AcceptRole)
    buttons[DRAFT] = box.addButton(translate("PackEditor", "Keep as draft"),
                                   QMessageBox.ButtonRole.AcceptRole)
    buttons[DISCARD] = box.addButton(translate("PackEditor", "Discard changes"),
                                     QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(buttons[SAVE] if valid else buttons[DRAFT])
    box.exec()
    clicked = box.clickedButton()
    return next((key for key, button in buttons.items() if button is clicked), CANCEL)
