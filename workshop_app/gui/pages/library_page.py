"""The Library page: packs and their exercises, search and filters, import and duplicate."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from workshop_app.errors import NotFoundError, UserError
from workshop_app.gui.exercise_text import exercise_markdown
from workshop_app.gui.hub import SignalHub
from workshop_app.gui.pages.base import Page
from workshop_app.gui.plain import plain_tooltip
from workshop_app.gui.safe_document import PackPictures, safe_view, set_markdown, set_pictures
from workshop_app.gui.taskman import TaskManager
from workshop_app.i18n import interface_language
from workshop_app.model import CAPTURE_TYPES, THEMES
from workshop_app.services.context import AppContext

PACK_EXTENSIONS = (".yaml", ".yml", ".wspack")
ALL = ""
#: The window's pack editors' object name (one per window, found again by a rebuilt page).
EDITORS_NAME = "packEditors"


class LibraryPage(Page):
    def __init__(self, ctx: AppContext, hub: SignalHub, settings: QSettings, tasks: TaskManager):
        super().__init__(ctx, hub, settings, tasks)
        self._loaded = False
        self._pictures: dict[str, PackPictures] = {}
        self.setAcceptDrops(True)
        #: The open workshop's language (else the interface's): its packs are listed first.
        self.language = interface_language()
        self._build()
        hub.packsChanged.connect(self.reload)
        hub.workshopOpened.connect(self.workshop_opened)
        hub.workshopClosed.connect(self._workshop_closed)

    @Slot(int)
    def workshop_opened(self, workshop_id: int) -> None:
        """A workshop was opened (or was open when the page was built): its language first."""
        try:
            language = self.ctx.store.get_workshop(workshop_id).language
        except NotFoundError:
            return
        self._set_language(language)

    @Slot()
    def _workshop_closed(self) -> None:
        self._set_language(interface_language())

    def _set_language(self, language: str) -> None:
        if language != self.language:
            self.language = language
            if self._loaded:
                self.reload()

    def _build(self) -> None:
        heading = QLabel(self.tr("Exercise library"))
        heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search exercises"))
        self.search.setAccessibleName(self.tr("Search exercises"))
        self.search.setClearButtonEnabled(True)
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Theme"))
        self.theme.addItem(self.tr("All themes"), ALL)
        for key, label in THEMES.items():
            self.theme.addItem(QCoreApplication.translate("Model", label), key)
        self.max_minutes = QSpinBox()
        self.max_minutes.setAccessibleName(self.tr("Longest duration"))
        self.max_minutes.setRange(0, 480)
        self.max_minutes.setSingleStep(5)
        self.max_minutes.setSpecialValueText(self.tr("Any length"))
        self.max_minutes.setPrefix(self.tr("up to "))
        self.max_minutes.setSuffix(self.tr(" min"))
        filters = QHBoxLayout()
        filters.addWidget(heading)
        filters.addStretch(1)
        filters.addWidget(self.search, 2)
        filters.addWidget(self.theme)
        filters.addWidget(self.max_minutes)

        self.pack_list = QListWidget()
        self.pack_list.setAccessibleName(self.tr("Packs"))
        self.pack_list.setWordWrap(True)
        self.pack_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.import_button = QPushButton(self.tr("&Import pack…"))
        self.import_button.setToolTip(self.tr("Import a .yaml or .wspack file (or drop it here)"))
        self.import_button.clicked.connect(self.choose_import)
        self.duplicate_button = QPushButton(self.tr("D&uplicate pack"))
        self.duplicate_button.setToolTip(self.tr("Make an editable copy of the selected pack"))
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        packs_box = QWidget()
        packs_layout = QVBoxLayout(packs_box)
        packs_layout.setContentsMargins(0, 0, 0, 0)
        packs_layout.addWidget(QLabel(self.tr("Packs")))
        packs_layout.addWidget(self.pack_list, 1)
        packs_layout.addWidget(self.import_button)
        packs_layout.addWidget(self.duplicate_button)
        self.new_pack_button = QPushButton(self.tr("&New pack…"))
        self.new_pack_button.setToolTip(self.tr("Write a new exercise pack (or continue a draft)"))
        self.new_pack_button.clicked.connect(self.new_pack)
        self.edit_pack_button = QPushButton(self.tr("&Edit pack…"))
        self.edit_pack_button.setToolTip(self.tr("Edit the selected pack (a built-in pack is copied first)"))
        self.edit_pack_button.clicked.connect(self.edit_selected)
        packs_layout.addWidget(self.new_pack_button)
        packs_layout.addWidget(self.edit_pack_button)
        self._editors = None

        self.exercises = QStandardItemModel(0, 3, self)
        self.exercises.setHorizontalHeaderLabels([self.tr("Exercise"), self.tr("Minutes"),
                                                  self.tr("Capture")])
        self.exercise_view = QTreeView()
        self.exercise_view.setAccessibleName(self.tr("Exercises"))
        self.exercise_view.setModel(self.exercises)
        self.exercise_view.setRootIsDecorated(False)
        self.exercise_view.setAlternatingRowColors(True)
        self.exercise_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.exercise_view.setDragEnabled(True)
        header = self.exercise_view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.detail = safe_view(QTextBrowser())
        self.detail.setAccessibleName(self.tr("Exercise details"))
        self.detail.setOpenLinks(False)

        splitter = QSplitter()
        splitter.addWidget(packs_box)
        splitter.addWidget(self.exercise_view)
        splitter.addWidget(self.detail)
        splitter.setSizes([180, 470, 550])
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addLayout(filters)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)

        self.search.textChanged.connect(self.refresh_exercises)
        self.theme.currentIndexChanged.connect(self.refresh_exercises)
        self.max_minutes.valueChanged.connect(self.refresh_exercises)
        self.pack_list.currentRowChanged.connect(self.refresh_exercises)
        self.exercise_view.selectionModel().currentRowChanged.connect(self._show_current)

    # Packs are parsed on first view, never while the app starts.
    def showEvent(self, event) -> None:
        if not self._loaded:
            self.reload()
        super().showEvent(event)

    @Slot()
    def reload(self) -> None:
        self._loaded = True
        self._pictures.clear()
        library = self.ctx.library
        library.reload()
        current = self.pack_list.currentItem()
        current_id = current.data(Qt.ItemDataRole.UserRole) if current else ALL
        self.pack_list.blockSignals(True)
        self.pack_list.clear()
        all_item = QListWidgetItem(self.tr("All packs"))
        all_item.setData(Qt.ItemDataRole.UserRole, ALL)
        self.pack_list.addItem(all_item)
        for pack in library.packs(self.language):
            label = pack.title if pack.builtin else self.tr("{title} (yours)").format(title=pack.title)
            item = QListWidgetItem(label)
            item.setToolTip(self.tr("{id}, version {version}, {n} exercises").format(
                id=pack.id, version=pack.version, n=len(pack.exercises)))
            item.setData(Qt.ItemDataRole.UserRole, pack.id)
            self.pack_list.addItem(item)
            if pack.id == current_id:
                self.pack_list.setCurrentItem(item)
        if self.pack_list.currentRow() < 0:
            self.pack_list.setCurrentRow(0)
        self.pack_list.blockSignals(False)
        problems = library.problems()
        self.empty.setVisible(bool(problems))
        self.empty.setText(self.tr("Some pack files could not be read:\n{problems}").format(
            problems="\n".join(str(p) for p in problems)))
        self.refresh_exercises()

    def selected_pack_id(self) -> str:
        item = self.pack_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else ALL

    @Slot()
    def refresh_exercises(self) -> None:
        if not self._loaded:
            return
        pack_id = self.selected_pack_id()
        results = self.ctx.library.search_exercises(
            text=self.search.text().strip(), theme=self.theme.currentData() or None,
            max_minutes=self.max_minutes.value() or None, language=self.language)
        self.exercises.removeRows(0, self.exercises.rowCount())
        for pack, ex in results:
            if pack_id and pack.id != pack_id:
                continue
            title = QStandardItem(ex.title)
            title.setData((pack.id, ex.id), Qt.ItemDataRole.UserRole)
            title.setToolTip(plain_tooltip(ex.summary or ex.title))
            minutes = QStandardItem(str(ex.minutes))
            minutes.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            capture = QStandardItem(QCoreApplication.translate(
                "Model", CAPTURE_TYPES.get(ex.capture.type, ex.capture.type)))
            self.exercises.appendRow([title, minutes, capture])
        self.duplicate_button.setEnabled(bool(pack_id))
        self.edit_pack_button.setEnabled(bool(pack_id))
        if self.exercises.rowCount():
            self.exercise_view.setCurrentIndex(self.exercises.index(0, 0))
        else:
            set_markdown(self.detail.document(), self.tr("*No exercise matches these filters.*"))

    def current_exercise(self):
        index = self.exercise_view.currentIndex()
        if not index.isValid():
            return None
        pack_id, exercise_id = self.exercises.item(index.row(), 0).data(Qt.ItemDataRole.UserRole)
        return self.ctx.library.exercise(pack_id, exercise_id)

    @Slot()
    def _show_current(self, *_args) -> None:
        ex = self.current_exercise()
        if ex is not None:
            pack_id = self.exercises.item(self.exercise_view.currentIndex().row(), 0).data(
                Qt.ItemDataRole.UserRole)[0]
            set_pictures(self.detail, self.pictures(pack_id))
            set_markdown(self.detail.document(), exercise_markdown(ex))

    def pictures(self, pack_id: str) -> PackPictures:
        """The pictures of a pack, read from its archive when the detail first shows one."""
        def assets() -> dict[str, bytes]:
            try:
                return self.ctx.library.assets(pack_id)
            except UserError:  # the file changed since the library was read: no pictures
                return {}
        return self._pictures.setdefault(pack_id, PackPictures(assets))

    # -- import and duplicate -------------------------------------------------------------------
    @Slot()
    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import an exercise pack"), "",
            self.tr("Exercise packs (*.yaml *.yml *.wspack)"))
        if path:
            self.import_pack(Path(path))

    def import_pack(self, path: Path) -> bool:
        try:
            pack = self.ctx.library.import_file(path)
        except UserError as exc:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Pack not imported"), str(exc),
                              QMessageBox.StandardButton.Ok, self)
            box.setTextFormat(Qt.TextFormat.PlainText)
            if exc.details:
                box.setInformativeText(self.tr("Problems found:"))
                box.setDetailedText("\n".join(exc.details))
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            box.open()
            self.last_message = box
            return False
        self.hub.packsChanged.emit()
        self.hub.status.emit(self.tr("Imported pack “{title}”.").format(title=pack.title))
        return True

    @Slot()
    def duplicate_selected(self) -> None:
        pack_id = self.selected_pack_id()
        if not pack_id:
            return
        try:
            pack = self.ctx.library.duplicate(pack_id)
        except UserError as exc:
            self.hub.error.emit(str(exc))
            return
        self.hub.packsChanged.emit()
        self.hub.status.emit(self.tr("Created your editable copy “{title}”.").format(title=pack.title))

    # -- the pack editor (loaded on first use) ----------------------------------------------------
    @property
    def editors(self):
        """The pack editors, owned by the window: open editors outlive this page (it is built
        again when the interface language changes)."""
        if self._editors is None:
            self._editors = self._window_editors()
        if self._editors is None:
            from workshop_app.gui.pack_editor.launch import PackEditors

            self._editors = PackEditors(self.ctx, self.hub, self.window())
            self._editors.setObjectName(EDITORS_NAME)
        return self._editors

    def _window_editors(self):
        return self.window().findChild(QObject, EDITORS_NAME, Qt.FindChildOption.FindDirectChildrenOnly)

    @Slot()
    def new_pack(self) -> None:
        self.editors.new_pack()

    @Slot()
    def edit_selected(self) -> None:
        pack_id = self.selected_pack_id()
        if pack_id:
            self.editors.edit(pack_id)

    def flush(self) -> None:
        """Keep packs being edited as drafts (the app is closing)."""
        editors = self._editors or self._window_editors()
        if editors is not None:
            editors.flush()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and all(u.toLocalFile().lower().endswith(PACK_EXTENSIONS) for u in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            self.import_pack(Path(url.toLocalFile()))
        event.acceptProposedAction()
