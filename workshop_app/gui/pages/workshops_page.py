"""The Workshops page: the list, New, Open, Delete, Import and Export, and the first-run welcome."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workshop_app.errors import UserError
from workshop_app.gui.first_frame import after_first_paint
from workshop_app.gui.hub import SignalHub
from workshop_app.gui.models.workshop_list import SourceSortProxy, WorkshopListModel
from workshop_app.gui.pages.base import Page, bigger, title_row
from workshop_app.gui.taskman import Task, TaskManager
from workshop_app.i18n import interface_language
from workshop_app.resources import sample_workshop_path
from workshop_app.services import workshop_files
from workshop_app.services.context import AppContext

#: Rows loaded before the first frame (more than a tall window shows).
FIRST_FRAME_ROWS = 100


class WorkshopsPage(Page):
    def __init__(self, ctx: AppContext, hub: SignalHub, settings: QSettings, tasks: TaskManager):
        super().__init__(ctx, hub, settings, tasks)
        #: The backup taken before a delete, while it is being written (the delete waits for it).
        self.deleting: Task | None = None
        self.model = WorkshopListModel(ctx.store, self)
        self.proxy = SourceSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.states = QStackedWidget()
        self.states.addWidget(QWidget())  # the welcome, built when first shown (an empty list)
        list_page = self._build_list()
        self.states.addWidget(list_page)
        self._welcome_built = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.states)
        hub.workshopsChanged.connect(self.refresh)
        # Capture in the room changes a workshop on every autosave: refresh the counts only
        # when this page is next shown, not while it is hidden.
        hub.workshopChanged.connect(self._workshop_changed)
        # The first frame needs only the rows it shows; the others come right after it. (Watched
        # on the list's own page: the table's viewport() would be the first widget Qt made that
        # Python sees, and PySide then creates every QtWidgets class to learn its type, ~9 ms.)
        self.refresh(first=FIRST_FRAME_ROWS)
        after_first_paint(list_page, self.model.load_rest)

    # -- widgets --------------------------------------------------------------------------------
    def _build_welcome(self) -> QWidget:
        page = QWidget()
        page.setObjectName("welcome")
        title = QLabel(self.tr("Welcome to Workshop app"))
        title.setObjectName("welcomeTitle")
        title.setFont(bigger(title.font(), 22))
        text = QLabel(self.tr(
            "Plan a workshop on bridging leadership and operations, run it in the room with "
            "timers, cards, votes and action items, and finish with a printed action plan "
            "for every participant.\n\nEverything stays on this computer. No internet needed."))
        text.setWordWrap(True)
        text.setMaximumWidth(560)
        self.welcome_new = QPushButton(self.tr("Create your first workshop…"))
        self.welcome_new.setDefault(True)
        self.welcome_new.clicked.connect(self.new_workshop)
        self.welcome_sample = QPushButton(self.tr("Open the sample workshop"))
        self.welcome_sample.setToolTip(self.tr("A finished workshop to explore, with its action plans"))
        self.welcome_sample.clicked.connect(self.open_sample)
        self.welcome_sample.setEnabled(sample_workshop_path().exists())
        self.welcome_import = QPushButton(self.tr("Import a workshop file…"))
        self.welcome_import.clicked.connect(self.import_file)
        library = QPushButton(self.tr("Browse the exercise library"))
        library.clicked.connect(lambda: self.hub.showPage.emit("library"))
        buttons = QVBoxLayout()
        for button in (self.welcome_new, self.welcome_sample, self.welcome_import, library):
            button.setMinimumWidth(280)
            buttons.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        box = QVBoxLayout()
        box.addStretch(1)
        box.addWidget(title)
        box.addSpacing(8)
        box.addWidget(text)
        box.addSpacing(20)
        box.addLayout(buttons)
        box.addStretch(2)
        outer = QHBoxLayout(page)
        outer.addStretch(1)
        outer.addLayout(box, 3)
        outer.addStretch(1)
        return page

    def _build_list(self) -> QWidget:
        page = QWidget()
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by title, date or organisation"))
        self.filter.setAccessibleName(self.tr("Filter workshops"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Workshops"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Fixed starting widths: sizing columns to their contents reads every row (slow with
        # hundreds of workshops); the user can still drag them.
        # Wide enough for a sample value and for the column's (translated) title with its sort arrow.
        metrics = self.fontMetrics()
        model = self.table.model()
        for col, sample in ((1, "2026-12-31"), (2, "An organisation name"), (3, "999"), (4, "999")):
            title = str(model.headerData(col, Qt.Orientation.Horizontal) or "")
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            wide = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title) + 20)
            header.resizeSection(col, wide + 24)
        self.table.doubleClicked.connect(lambda _ix: self.open_selected())
        self.table.activated.connect(lambda _ix: self.open_selected())

        self.new_button = QPushButton(self.tr("&New…"))
        self.new_button.clicked.connect(self.new_workshop)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_button = QPushButton(self.tr("&Import…"))
        self.import_button.clicked.connect(self.import_file)
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.clicked.connect(self.export_selected)
        self.checkin_button = QPushButton(self.tr("Plan a &check-in…"))
        self.checkin_button.setToolTip(self.tr("A follow-up session of the selected workshop"))
        self.checkin_button.clicked.connect(self.plan_checkin)
        self.backups_button = QPushButton(self.tr("&Backups…"))
        self.backups_button.setToolTip(self.tr("See the automatic backups and restore one"))
        self.backups_button.clicked.connect(self.show_backups)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.delete_button, self.checkin_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.backups_button)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addLayout(title_row(self.tr("Workshops"), self.filter))
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        return page

    # -- state ----------------------------------------------------------------------------------
    def refresh_page(self) -> None:
        self.refresh()

    @Slot()
    @Slot(int)
    def _workshop_changed(self, _workshop_id: int) -> None:
        self.refresh_when_shown()

    def refresh(self, first: int = -1) -> None:
        self.stale = False
        selected = self.selected_id()
        self.model.refresh(first)
        if not self.model.rowCount() and not self._welcome_built:
            self._welcome_built = True
            placeholder = self.states.widget(0)
            self.states.layout().replaceWidget(placeholder, self._build_welcome())
            placeholder.deleteLater()
        self.states.setCurrentIndex(1 if self.model.rowCount() else 0)
        if selected is not None:
            self.select(selected)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        for button in (self.open_button, self.delete_button, self.export_button, self.checkin_button):
            button.setEnabled(has)

    def selected_id(self) -> int | None:
        if not hasattr(self, "table"):
            return None
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.proxy.mapToSource(rows[0]).data(Qt.ItemDataRole.UserRole)

    def select(self, workshop_id: int) -> None:
        self.model.load_rest()
        for row in range(self.model.rowCount()):
            if self.model.workshop_id(row) == workshop_id:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                self.table.selectRow(index.row())
                return

    # -- actions --------------------------------------------------------------------------------
    @Slot()
    def new_workshop(self) -> None:
        from workshop_app.gui.dialogs import NewWorkshopDialog  # here: not needed for the first frame

        dialog = NewWorkshopDialog(self)
        if dialog.exec() != NewWorkshopDialog.DialogCode.Accepted:
            return
        workshop = self.ctx.store.create_workshop(dialog.workshop())
        self.hub.workshopsChanged.emit()
        self._open(workshop.id)

    @Slot()
    def open_selected(self) -> None:
        workshop_id = self.selected_id()
        if workshop_id is not None:
            self._open(workshop_id)

    def _open(self, workshop_id: int) -> None:
        self.hub.workshopOpened.emit(workshop_id)
        self.hub.showPage.emit("plan")

    @Slot()
    def plan_checkin(self) -> None:
        """Plan a check-in of the selected workshop, then run it on the Check-in page."""
        workshop_id = self.selected_id()
        # imported here: the dialog's follow-up dates and pack names are not needed for the first frame
        from workshop_app.gui.checkin.plan_dialog import plan_checkin

        if workshop_id is not None and plan_checkin(self, self.ctx, workshop_id) is not None:
            self.hub.workshopOpened.emit(workshop_id)
            self.hub.workshopChanged.emit(workshop_id)
            self.hub.showPage.emit("checkin")

    @Slot()
    def delete_selected(self) -> None:
        workshop_id = self.selected_id()
        if workshop_id is None or self.deleting is not None:
            return
        from workshop_app.gui.dialogs import confirm

        workshop = self.ctx.store.get_workshop(workshop_id)
        if not confirm(self, self.tr("Delete workshop"),
                       self.tr("Delete “{title}” with its participants, notes and actions?\n"
                               "A backup is taken first, so it can be restored.")
                       .format(title=workshop.title),
                       self.tr("Delete")):
            return
        from workshop_app.services.backups import backup_before

        def delete(_backup) -> None:
            """Once the backup is complete (or could not be written: that is logged, and it
            never blocks the user, as before)."""
            self.deleting = None
            try:
                self.ctx.store.delete_workshop(workshop_id)
            except UserError as exc:
                self.hub.error.emit(str(exc))
                return
            self.hub.workshopsChanged.emit()
            if self.window().workshop_id == workshop_id:
                self.hub.workshopClosed.emit()
            self.hub.status.emit(self.tr("Deleted “{title}”.").format(title=workshop.title))

        def failed(message: str) -> None:
            self.deleting = None
            self.hub.error.emit(message)

        # The backup is written off the GUI thread; the delete waits for it.
        self.hub.status.emit(self.tr("Taking a backup before deleting “{title}”…")
                             .format(title=workshop.title))
        self.deleting = self.tasks.run_in_background(
            lambda _progress, _cancelled: backup_before(self.ctx, "before-delete"), delete, failed)

    @Slot()
    def show_backups(self) -> None:
        from workshop_app.gui.backups_dialog import BackupsDialog

        self.backups_dialog = BackupsDialog(self.ctx, self.hub, self)
        self.backups_dialog.exec()

    @Slot()
    def open_sample(self) -> None:
        self._import(lambda: workshop_files.import_sample(self.ctx, interface_language()))

    @Slot()
    def import_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # here: not needed for the first frame

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a workshop file"), "",
            self.tr("Workshop files (*.json);;All files (*)"))
        if path:
            self._import(lambda: workshop_files.import_workshop_file(self.ctx, path))

    def _import(self, do_import) -> None:
        try:
            workshop_id = do_import()
        except UserError as exc:
            problems = [f"• {line}" for line in exc.details[:20]]
            self.hub.error.emit("\n".join([str(exc), "", *problems]) if problems else str(exc))
            return
        self.hub.workshopsChanged.emit()
        self._open(workshop_id)

    @Slot()
    def export_selected(self) -> None:
        workshop_id = self.selected_id()
        if workshop_id is None:
            return
        from PySide6.QtWidgets import QFileDialog

        title = self.ctx.store.get_workshop(workshop_id).title
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export workshop"), f"{title}.json",
            self.tr("Workshop files (*.json)"))
        if not path:
            return
        try:
            written = workshop_files.export_workshop_file(self.ctx, workshop_id, path)
        except UserError as exc:
            self.hub.error.emit(str(exc))
            return
        self.hub.status.emit(self.tr("Exported to {path}").format(path=written))
