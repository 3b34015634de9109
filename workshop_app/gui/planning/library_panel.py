"""The side panel of the agenda builder: the library's exercises, searchable, to add or drag."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from workshop_app.errors import UserError
from workshop_app.gui.plain import plain_tooltip
from workshop_app.gui.planning.views import EXERCISE_MIME, encode
from workshop_app.services.planning import exercise_facts

KEY = Qt.ItemDataRole.UserRole


class ExerciseSourceModel(QStandardItemModel):
    """Exercises as rows (title, minutes); dragging them carries [pack id, exercise id] pairs."""

    def __init__(self, parent=None):
        super().__init__(0, 2, parent)
        self.setHorizontalHeaderLabels([self.tr("Exercise"), self.tr("Min")])

    def set_exercises(self, found) -> None:
        self.removeRows(0, self.rowCount())
        for pack, ex in found:
            title = QStandardItem(ex.title)
            title.setData((pack.id, ex.id), KEY)
            title.setToolTip(plain_tooltip("\n".join(t for t in (ex.title, ex.summary, pack.title) if t)))
            title.setEditable(False)
            minutes = QStandardItem(str(ex.minutes))
            minutes.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            minutes.setEditable(False)
            self.appendRow([title, minutes])

    def key(self, row: int) -> tuple[str, str]:
        return tuple(self.item(row, 0).data(KEY))

    def mimeTypes(self) -> list[str]:
        return [EXERCISE_MIME]

    def mimeData(self, indexes) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return encode(EXERCISE_MIME, [list(self.key(r)) for r in rows])

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction


class LibraryPanel(QWidget):
    #: [(pack id, exercise id), ...] to add to the agenda.
    addRequested = Signal(list)

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.loaded = False
        #: The workshop's language: its packs come first.
        self.language: str | None = None
        self.model = ExerciseSourceModel(self)
        heading = QLabel(self.tr("Exercise library"))
        heading.setObjectName("sectionTitle")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search exercises"))
        self.search.setAccessibleName(self.tr("Search exercises"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        self.view = QTreeView()
        self.view.setObjectName("libraryExercises")
        self.view.setAccessibleName(self.tr("Library exercises"))
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setAlternatingRowColors(True)
        self.view.setUniformRowHeights(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setDragEnabled(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.view.header().setStretchLastSection(False)
        self.view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.view.doubleClicked.connect(lambda index: self._add_rows([index.row()]))
        # Double-click or Enter adds ("activated" would also fire on a single click on some desktops).
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            enter = QShortcut(QKeySequence(key), self.view)
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)
            enter.activated.connect(self.add_selected)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("hint")
        self.summary.setMinimumHeight(48)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.add_button = QPushButton(self.tr("Add &to agenda"))
        self.add_button.setToolTip(self.tr("Add the selected exercises after the selected agenda row "
                                           "(or double-click, press Enter, or drag onto the agenda)"))
        self.add_button.clicked.connect(self.add_selected)
        self.view.selectionModel().currentRowChanged.connect(self._show_current)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)

    # Packs are parsed when the agenda is first shown, never while the app starts.
    def showEvent(self, event) -> None:
        if not self.loaded:
            self.reload()
        super().showEvent(event)

    @Slot()
    def reload(self) -> None:
        self.loaded = True
        self.refresh()

    def set_language(self, language: str | None) -> None:
        if language != self.language:
            self.language = language
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        if not self.loaded:
            return
        self.model.set_exercises(self.ctx.library.search_exercises(text=self.search.text().strip(),
                                                                   language=self.language))
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))
        else:
            self.summary.setText(self.tr("No exercise matches “{text}”.").format(text=self.search.text()))
        self.add_button.setEnabled(self.model.rowCount() > 0)

    def row_of(self, exercise_id: str) -> int:
        for row in range(self.model.rowCount()):
            if self.model.key(row)[1] == exercise_id:
                return row
        return -1

    @Slot()
    def _show_current(self, current, _previous=None) -> None:
        if not current.isValid():
            return
        pack_id, exercise_id = self.model.key(current.row())
        try:
            ex = self.ctx.library.exercise(pack_id, exercise_id)
        except UserError as exc:  # the pack changed on disk since the list was filled
            self.summary.setText(str(exc))
            return
        facts = [" · ".join(f"{label} {text}" for label, text in line) for line in exercise_facts(ex)]
        self.summary.setText("\n".join([ex.summary or ex.title, *facts]))

    @Slot()
    def add_selected(self) -> None:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().row()]
        self._add_rows(rows)

    def _add_rows(self, rows: list[int]) -> None:
        keys = [list(self.model.key(r)) for r in rows if 0 <= r < self.model.rowCount()]
        if keys:
            self.addRequested.emit(keys)
