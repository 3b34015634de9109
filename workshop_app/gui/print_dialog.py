"""Choosing a printer, copies and two-sided printing for the action plans."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QWidget


class PrintDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print the action plans"))
        self.printers = QComboBox()
        self.printers.setAccessibleName(self.tr("Printer"))
        self.printers.addItem(self.tr("Default printer"), "")
        default = QPrinterInfo.defaultPrinterName()
        for name in QPrinterInfo.availablePrinterNames():
            self.printers.addItem(name, name)
            if name == default:
                self.printers.setCurrentIndex(self.printers.count() - 1)
        self.copies_box = QSpinBox()
        self.copies_box.setRange(1, 99)
        self.duplex_box = QCheckBox(self.tr("Print on both sides (each plan starts on a new sheet)"))
        self.duplex_box.setChecked(True)
        form = QFormLayout(self)
        form.addRow(self.tr("&Printer:"), self.printers)
        form.addRow(self.tr("&Copies:"), self.copies_box)
        form.addRow(self.duplex_box)
        ok, cancel = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel
        buttons = QDialogButtonBox(ok | cancel)
        buttons.button(ok).setText(self.tr("Print"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def printer(self) -> str:
        return self.printers.currentData() or ""

    def copies(self) -> int:
        return self.copies_box.value()

    def duplex(self) -> bool:
        return self.duplex_box.isChecked()
