"""Every problem of the pack in one list; choosing one goes to the field at fault."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QStyle, QVBoxLayout, QWidget

from workshop_app.model import Pack
from workshop_app.services import pack_editing as pe

PATH_ROLE = Qt.ItemDataRole.UserRole


class ProblemsPanel(QWidget):
    #: The trainer chose a problem: its path.
    activated = Signal(tuple)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setObjectName("listTitle")
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Problems"))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.heading.setBuddy(self.list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        self.list.itemActivated.connect(self._chosen)
        self.list.itemClicked.connect(self._chosen)

    def show_problems(self, pack: Pack, located: list[pe.Located]) -> None:
        n = len(located)
        self.heading.setText(self.tr("Problems ({n}) (Ctrl+4)").format(n=n) if n
                             else self.tr("Problems: none (Ctrl+4)"))
        self.list.clear()
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for item in located:
            field = item.problem.field
            text = f"{field}: {item.message}" if field else item.message
            row = QListWidgetItem(icon, f"{pe.location(pack, item.path)}\n{text}")
            row.setData(PATH_ROLE, item.path)
            row.setToolTip(self.tr("Go to the field (Enter)"))
            self.list.addItem(row)
        if not n:
            done = QListWidgetItem(self.tr("The pack is valid: it can be saved to your library."))
            done.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(done)

    def lines(self) -> list[str]:
        """The problems as shown (for checks and screen readers)."""
        return [self.list.item(r).text() for r in range(self.list.count())
                if self.list.item(r).data(PATH_ROLE) is not None]

    def _chosen(self, item: QListWidgetItem) -> None:
        path = item.data(PATH_ROLE)
        if path is not None:
            self.activated.emit(tuple(path))

    def next_problem(self) -> None:
        """Go to the next problem in the list (F8)."""
        count = sum(1 for r in range(self.list.count()) if self.list.item(r).data(PATH_ROLE) is not None)
        if count:
            row = (self.list.currentRow() + 1) % count
            self.list.setCurrentRow(row)
            self._chosen(self.list.item(row))
