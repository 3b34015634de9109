"""The backups of the database, and restoring one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop_app.errors import UserError
from workshop_app.gui.dialogs import confirm
from workshop_app.gui.hub import SignalHub
from workshop_app.services import backups
from workshop_app.services.context import AppContext


class BackupsDialog(QDialog):
    def __init__(self, ctx: AppContext, hub: SignalHub, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.hub = hub
        self.setWindowTitle(self.tr("Backups"))
        intro = QLabel(self.tr(
            "The app backs up your workshops when a run starts and ends, before a workshop is "
            "deleted, and every 30 minutes while you work. Restoring puts a backup in place of "
            "the current data; the current data is kept aside in {folder}.").format(
                folder=ctx.data_dir.quarantine))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Why"), self.tr("Size")])
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.restore_button = QPushButton(self.tr("&Restore this backup…"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(640, 420)
        self.refresh()

    def refresh(self) -> None:
        found = backups.scan(self.ctx)
        self.items = found.backups
        self.ignored = found.ignored
        self.table.setRowCount(len(self.items))
        for row, info in enumerate(self.items):
            cells = (info.local_time(), info.reason.replace("-", " "),
                     self.tr("{kb} KB").format(kb=max(1, info.size // 1024)))
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        if self.items:
            self.table.selectRow(0)
        else:
            self.message.setText(self.tr("No backup yet."))
        if self.ignored:
            names = ", ".join(f.name for f in self.ignored)
            folder = self.ctx.data_dir.backups
            self.message.setText(self.tr("Ignored in {folder} (not backups of this app, left as they "
                                         "are): {names}").format(folder=folder, names=names))
        self.restore_button.setEnabled(bool(self.items))

    @Slot()
    def restore_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        info = self.items[rows[0].row()]
        if not confirm(self, self.tr("Restore backup"),
                       self.tr("Replace all current workshops with the backup taken {time}?\n"
                               "Changes made after it will not be in the app (the current data "
                               "is kept aside, not deleted).").format(time=info.local_time()),
                       self.tr("Restore")):
            return
        try:
            moved = backups.restore(self.ctx, info.path)
        except UserError as exc:
            self.message.setText(str(exc))
            return
        self.hub.workshopClosed.emit()
        self.hub.workshopsChanged.emit()
        text = self.tr("Restored the backup taken {time}.").format(time=info.local_time())
        if moved is not None:
            text += " " + self.tr("The data it replaced is kept at {path}.").format(path=moved)
        self.hub.status.emit(text)
        self.refresh()
        self.message.setText(text)
