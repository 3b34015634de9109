"""The settings dialog: the interface language (more preferences join it as they come)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from workshop_app.gui.languages import language_name
from workshop_app.i18n import available_languages, system_language


class SettingsDialog(QDialog):
    #: Accepted with another choice than the saved one: the interface language chosen ("" for
    #: the system's). OK on an untouched dialog changes nothing (not even a language that
    #: ``--lang`` chose for this session).
    chosen = Signal(str)

    def __init__(self, saved_language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        self.language.setObjectName("interfaceLanguage")
        self.language.addItem(self.tr("System default ({language})").format(
            language=language_name(system_language())), "")
        for code in available_languages():
            self.language.addItem(language_name(code), code)
        index = self.language.findData(saved_language)
        self.language.setCurrentIndex(max(index, 0))
        self._saved = str(self.language.currentData() or "")
        about = QLabel(self.tr("The window and the command line use the interface language. Printed "
                               "plans, reports, run sheets, handouts and the projector use each "
                               "workshop's own language, chosen on its Plan page."))
        about.setTextFormat(Qt.TextFormat.PlainText)
        about.setWordWrap(True)
        form = QFormLayout()
        label = QLabel(self.tr("&Interface language:"))
        label.setBuddy(self.language)
        form.addRow(label, self.language)
        ok_cancel = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        buttons = QDialogButtonBox(ok_cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(about)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def accept(self) -> None:
        super().accept()
        choice = str(self.language.currentData() or "")
        if choice != self._saved:
            self.chosen.emit(choice)
