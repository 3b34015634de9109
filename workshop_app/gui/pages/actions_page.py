"""The Actions page: every workshop's commitments in one table, searchable and filtered
(overdue, due soon, by status, by owner), sorted by due date, owner or workshop, with the
workshops side by side (done of all, overdue); Enter or a double click opens a workshop.
"Export…" writes the commitments shown, in the order shown, as CSV or a Markdown table."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QModelIndex, QSettings, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workshop_app.gui.dialogs import open_with_system, save_file_name
from workshop_app.gui.hub import SignalHub
from workshop_app.gui.languages import mark_draft
from workshop_app.gui.models.actions_overview import (
    ActionsFilter,
    ActionsOverviewModel,
    WorkshopTallyModel,
    status_label,
)
from workshop_app.gui.models.capture_actions import way_text
from workshop_app.gui.pages.base import Page, title_row
from workshop_app.gui.settings import PAPERS_DIR, papers_folder
from workshop_app.gui.taskman import Task, TaskManager
from workshop_app.model import STRATEGIES
from workshop_app.services.action_exports import ActionRow, action_rows, write_export
from workshop_app.services.actions_overview import DUE_SOON_DAYS, ActionLine, action_lines
from workshop_app.services.context import AppContext

# The statuses offered by the filter, in the order a commitment goes through them.
STATUS_ORDER = ("open", "in_progress", "stuck", "done", "dropped")


def export_rows(store, lines: list[ActionLine]) -> list[ActionRow]:
    """The export rows (services.action_exports) of ``lines``, in their order."""
    rows = {}
    for workshop_id in dict.fromkeys(line.workshop_id for line in lines):
        for row in action_rows(store.load_workshop_data(workshop_id)):
            rows[row.workshop_id, row.action_id, row.commitment_id] = row
    keys = ((line.workshop_id, line.progress.action.id if line.progress.action is not None else None,
             line.progress.commitment.id if line.progress.commitment is not None else None)
            for line in lines)
    return [rows[key] for key in keys]


def _table(name: str) -> QTableView:
    table = QTableView()
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    return table


class ActionsPage(Page):
    def __init__(self, ctx: AppContext, hub: SignalHub, settings: QSettings, tasks: TaskManager):
        super().__init__(ctx, hub, settings, tasks)
        # The day overdue and "due soon" are decided on (tests set a fixed one).
        self.today: Callable[[], date] = date.today
        self.model = ActionsOverviewModel(self)
        self.proxy = ActionsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.tally = WorkshopTallyModel(self)
        self.export_task: Task | None = None
        self.written_folder: Path | None = None  # where the last export went ("Open folder")
        self._build()
        hub.workshopsChanged.connect(self.refresh_when_shown)
        hub.workshopChanged.connect(self._workshop_changed)
        self.stale = True  # loaded when first shown

    # -- widgets --------------------------------------------------------------------------------
    def _build(self) -> None:
        self.search = mark_draft(QLineEdit(), "actionsSearch")
        self.search.setPlaceholderText(self.tr("Search commitments, owners, workshops"))
        self.search.setAccessibleName(self.tr("Search actions"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda text: self._filter(search=text))

        self.overdue_box = QCheckBox(self.tr("&Overdue"))
        self.overdue_box.setToolTip(self.tr("Due before today and neither done nor dropped"))
        self.overdue_box.toggled.connect(lambda on: self._filter(overdue=on))
        self.due_soon_box = QCheckBox(self.tr("Due in the next %n &days", None, DUE_SOON_DAYS))
        self.due_soon_box.toggled.connect(lambda on: self._filter(due_soon=on))
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("Any status"), "")
        for key in STATUS_ORDER:
            self.status_combo.addItem(status_label(key), key)
        self.status_combo.currentIndexChanged.connect(
            lambda _i: self._filter(status=self.status_combo.currentData()))
        self.owner_combo = QComboBox()
        self.owner_combo.setMinimumContentsLength(12)
        self.owner_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.owner_combo.currentIndexChanged.connect(
            lambda _i: self._filter(owner=self.owner_combo.currentData() or ""))
        self.sort_combo = QComboBox()
        for title, column in ((self.tr("Due date"), ActionsOverviewModel.DUE),
                              (self.tr("Owner"), ActionsOverviewModel.OWNERS),
                              (self.tr("Workshop"), ActionsOverviewModel.WORKSHOP),
                              (self.tr("Status"), ActionsOverviewModel.STATUS)):
            self.sort_combo.addItem(title, column)
        self.sort_combo.currentIndexChanged.connect(
            lambda _i: self.table.sortByColumn(self.sort_combo.currentData(), Qt.SortOrder.AscendingOrder))

        filters = QHBoxLayout()
        filters.addWidget(self.overdue_box)
        filters.addWidget(self.due_soon_box)
        filters.addSpacing(12)
        for text, combo in ((self.tr("&Status:"), self.status_combo), (self.tr("O&wner:"), self.owner_combo),
                            (self.tr("So&rt by:"), self.sort_combo)):
            label = QLabel(text)
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo)
        filters.addStretch(1)

        self.table = _table(self.tr("Commitments"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ActionsOverviewModel.DUE, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ActionsOverviewModel.TEXT, QHeaderView.ResizeMode.Stretch)
        metrics = self.fontMetrics()
        for col, sample in ((ActionsOverviewModel.WORKSHOP, "A workshop's longer title"),
                            (ActionsOverviewModel.DATE, "Dec 31, 2026"),
                            (ActionsOverviewModel.OWNERS, "Firstname Lastname"),
                            (ActionsOverviewModel.DUE, "Dec 31, 2026"),
                            (ActionsOverviewModel.STATUS, "In progress"),
                            (ActionsOverviewModel.WAY, max((way_text(s.id) for s in STRATEGIES),
                                                           key=metrics.horizontalAdvance))):
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal) or "")
            # at most ~24 letters (a longer way elides; its tooltip tells it in full): the
            # commitment's own words keep the room, also with German's long ways
            wide = max(min(metrics.horizontalAdvance(sample), 24 * metrics.averageCharWidth()),
                       metrics.horizontalAdvance(title) + 20)
            header.resizeSection(col, wide + 24)
        header.sortIndicatorChanged.connect(self._sorted_by_header)
        # Enter, or a double click (activated: the platform's way, a single click on some desktops)
        self.table.activated.connect(self._open_line)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.tally_table = _table(self.tr("Workshops side by side"))
        self.tally_table.setModel(self.tally)
        tally_header = self.tally_table.horizontalHeader()
        tally_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        tally_header.setSectionResizeMode(WorkshopTallyModel.WORKSHOP, QHeaderView.ResizeMode.Stretch)
        self.tally_table.activated.connect(self._open_tally)
        tally_box = QWidget()
        tally_layout = QVBoxLayout(tally_box)
        tally_layout.setContentsMargins(0, 0, 0, 0)
        tally_title = QLabel(self.tr("Workshops side by side"))
        tally_title.setBuddy(self.tally_table)
        tally_layout.addWidget(tally_title)
        tally_layout.addWidget(self.tally_table)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(tally_box)
        self.splitter.addWidget(self.table)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)

        self.empty_label = QLabel(self.tr(
            "No commitments yet. The actions agreed in a workshop's Run page are listed here, "
            "with what each check-in found."))
        self.empty_label.setWordWrap(True)
        self.count_label = QLabel()
        self.open_button = QPushButton(self.tr("Open &workshop"))
        self.open_button.clicked.connect(lambda: self._open_line(self.table.currentIndex()))
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setToolTip(self.tr("Write the commitments the table shows (every one when "
                                              "nothing is searched or filtered), in its order: CSV for "
                                              "Excel and LibreOffice, or a Markdown table for a wiki"))
        self.export_button.clicked.connect(lambda: self.export())
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addStretch(1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.open_button)
        self.export_status = QLabel()
        self.export_status.setTextFormat(Qt.TextFormat.PlainText)
        self.export_status.setWordWrap(True)
        self.open_folder_button = QPushButton(self.tr("Open &folder"))
        self.open_folder_button.clicked.connect(lambda: open_with_system(self.written_folder))
        self.open_folder_button.hide()
        written = QHBoxLayout()
        written.addWidget(self.export_status, 1)
        written.addWidget(self.open_folder_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addLayout(title_row(self.tr("Actions"), self.search))
        layout.addLayout(filters)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)
        layout.addLayout(written)
        # From the search straight to what it found; the filters after it.
        order = (self.search, self.table, self.overdue_box, self.due_soon_box, self.status_combo,
                 self.owner_combo, self.sort_combo, self.tally_table, self.export_button, self.open_button,
                 self.open_folder_button)
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self._update_buttons()

    # -- state ----------------------------------------------------------------------------------
    @Slot()
    @Slot(int)
    def _workshop_changed(self, _workshop_id: int = -1) -> None:
        self.refresh_when_shown()

    def refresh_page(self) -> None:
        today = self.today()
        lines = action_lines(self.ctx.store, today)
        self.model.set_lines(lines, today)
        self._fill_owners(sorted({name for line in lines for name in line.owners}, key=str.casefold))
        self.empty_label.setVisible(not lines)
        self.splitter.setVisible(bool(lines))
        self._filtered()

    def _fill_owners(self, names: list[str]) -> None:
        chosen = self.owner_combo.currentData() or ""
        self.owner_combo.blockSignals(True)
        self.owner_combo.clear()
        self.owner_combo.addItem(self.tr("Everyone"), "")
        for name in names:
            self.owner_combo.addItem(name, name)
        self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(chosen)))
        self.owner_combo.blockSignals(False)
        if (self.owner_combo.currentData() or "") != chosen:  # that owner is gone
            self._filter(owner="")

    def _filter(self, **values) -> None:
        self.proxy.set_filter(**values)
        self._filtered()

    def _filtered(self) -> None:
        self.tally.set_lines(self.proxy.shown_lines())
        total = self.model.rowCount()
        self.count_label.setText(self.tr("{shown} of %n commitments shown", None, total)
                                 .format(shown=self.proxy.rowCount()))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.table.currentIndex().isValid())
        self.export_button.setEnabled(self.proxy.rowCount() > 0 and self.export_task is None)

    def shown(self) -> list[ActionLine]:
        """The commitments the table shows, top to bottom."""
        return [self.model.lines[self.proxy.mapToSource(self.proxy.index(row, 0)).row()]
                for row in range(self.proxy.rowCount())]

    # -- export ---------------------------------------------------------------------------------
    @Slot()
    def export(self, path: str | Path | None = None) -> None:
        """The commitments shown to ``path`` (asked for when not given): CSV or Markdown by its
        suffix, every workshop's in the interface's language."""
        lines, total = self.shown(), self.model.rowCount()
        if self.export_task is not None or not lines:
            return
        if path is None:
            title = (self.tr("Export all %n commitments", None, total) if len(lines) == total
                     else self.tr("Export the %n commitments shown", None, len(lines)))
            start = Path(papers_folder(self.settings, None)) / self.tr("commitments.csv")
            path = save_file_name(self, title, str(start), [
                (self.tr("CSV for Excel and LibreOffice"), ".csv"), (self.tr("Markdown table"), ".md")])
            if not path:
                return
            self.settings.setValue(PAPERS_DIR, str(Path(path).parent))
        target, rows = Path(path), export_rows(self.ctx.store, lines)
        self.export_button.setEnabled(False)
        self.export_task = self.tasks.run_in_background(
            lambda _progress, _cancelled: write_export(target, rows, with_workshop=True),
            lambda written: self._exported(written, len(rows), total), self._export_failed)

    def _exported(self, path: Path, count: int, total: int) -> None:
        self.export_task = None
        self._update_buttons()
        self.written_folder = path.parent
        self.open_folder_button.show()
        if count == total:
            text = self.tr("Written: all %n commitments to {file}.", None, count)
        else:
            text = self.tr("Written: the %n commitments shown to {file} (of {total}: the search and "
                           "filters left the others out).", None, count)
        self.export_status.setText(text.format(file=path, total=total))
        self.hub.status.emit(self.tr("Commitments exported."))

    def _export_failed(self, message: str) -> None:
        self.export_task = None
        self._update_buttons()
        self.export_status.setText(message)
        self.hub.error.emit(message)

    @Slot(int, Qt.SortOrder)
    def _sorted_by_header(self, column: int, _order: Qt.SortOrder) -> None:
        found = self.sort_combo.findData(column)
        if found >= 0:
            self.sort_combo.blockSignals(True)
            self.sort_combo.setCurrentIndex(found)
            self.sort_combo.blockSignals(False)

    # -- opening a workshop ---------------------------------------------------------------------
    @Slot(QModelIndex)
    def _open_line(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_workshop(self.proxy.mapToSource(index).data(Qt.ItemDataRole.UserRole))

    @Slot(QModelIndex)
    def _open_tally(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_workshop(index.data(Qt.ItemDataRole.UserRole))

    def open_workshop(self, workshop_id: int) -> None:
        """Open the workshop on its Wrap-up page (its commitments, plans and check-ins)."""
        self.hub.workshopOpened.emit(workshop_id)
        self.hub.showPage.emit("wrapup")
