"""The main window: a sidebar of pages, the open workshop, the data folder in the status bar."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from workshop_app.errors import NotFoundError, UserError
from workshop_app.gui.hub import SignalHub
from workshop_app.gui.languages import drafts, language_name, restore_drafts
from workshop_app.gui.pages import registry
from workshop_app.gui.settings import app_settings
from workshop_app.gui.taskman import TaskManager
from workshop_app.services.context import AppContext

log = logging.getLogger(__name__)
#: The pages' modules and the pack reader are imported this long after the window first shows,
#: while the user reads it: a page's first showing then does not wait for its imports.
WARM_UP_MS = 1000


class LazyPages(Mapping[str, QWidget]):
    """Pages by key (the keys of ``specs``); a page is built the first time it is asked for."""

    def __init__(self, specs: dict[str, registry.PageSpec], build: Callable[[str], QWidget]):
        self._specs = specs
        self._build = build
        self._built: dict[str, QWidget] = {}

    def __getitem__(self, key: str) -> QWidget:
        if key not in self._specs:
            raise KeyError(key)
        if key not in self._built:
            self._built[key] = self._build(key)
        return self._built[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._specs)

    def __len__(self) -> int:
        return len(self._specs)

    def built(self) -> list[QWidget]:
        return list(self._built.values())

    def built_page(self, key: str) -> QWidget | None:
        """The page ``key`` when it has been built, else None (nothing is built)."""
        return self._built.get(key)


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext):
        super().__init__()
        self.ctx = ctx
        self.hub = SignalHub(self)
        #: The one task runner: slow work (PDFs, backups, checks) off the GUI thread.
        self.tasks = TaskManager(self)
        self.settings = app_settings(ctx.data_dir)
        self.workshop_id: int | None = None
        self.setWindowTitle(self.tr("Workshop app"))
        self.setMinimumSize(QSize(960, 620))
        self.specs: dict[str, registry.PageSpec] = {}
        #: What was half typed in each page (gui.languages.drafts) until it is built again.
        self._drafts: dict[str, dict[str, str]] = {}
        #: The pages by key, built on first access (``self.pages["plan"]``).
        self.pages = LazyPages(self.specs, self._build_page)
        self._build()
        self._wire()
        self._update_nav()
        # Backups at most every 30 minutes while data changes (the check itself is cheap).
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(5 * 60 * 1000)
        self.backup_timer.timeout.connect(self.periodic_backup)
        self.backup_timer.start()
        # Changes the command line (or another program) commits show up here within a second.
        self.change_timer = QTimer(self)
        self.change_timer.setInterval(1000)
        self.change_timer.timeout.connect(self.check_outside_changes)
        self.change_timer.start()
        self.warm_up_timer = QTimer(self)
        self.warm_up_timer.setSingleShot(True)
        self.warm_up_timer.setInterval(WARM_UP_MS)
        self.warm_up_timer.timeout.connect(self.warm_up)
        self._warmed_up = False

    # -- construction -------------------------------------------------------------------------
    def _build(self) -> None:
        """What the window keeps for its whole life (the pages come from :meth:`_build_pages`)."""
        self.data_label = QLabel()
        self.statusBar().addPermanentWidget(self.data_label)
        self.quit_action = QAction(self)
        # Ctrl+Q where the platform names no Quit key (Windows, some desktops)
        self.quit_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
                                      or [QKeySequence("Ctrl+Q")])
        self.quit_action.triggered.connect(self.quit_by_user)
        self.addAction(self.quit_action)
        self.settings_action = QAction(self)
        self.settings_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
                                          or [QKeySequence("Ctrl+,")])
        self.settings_action.triggered.connect(self.open_settings)
        self.addAction(self.settings_action)
        self._build_pages()
        self._label_frame()

    def _label_frame(self) -> None:
        """The texts of what :meth:`_build` made, in the interface language."""
        self.data_label.setText(self.tr("Data folder: {path}").format(path=self.ctx.data_dir.root))
        self.quit_action.setText(self.tr("&Quit"))
        self.settings_action.setText(self.tr("Settings\u2026"))

    def _build_pages(self) -> None:
        """The sidebar and the pages (placeholders until first shown), in the interface language."""
        from workshop_app.gui.pages.workshops_page import WorkshopsPage

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setFixedWidth(190)
        self.stack = QStackedWidget()
        self.workshop_label = QLabel()
        self.workshop_label.setObjectName("workshopTitle")
        self.workshop_label.setTextFormat(Qt.TextFormat.PlainText)
        self.workshop_label.setWordWrap(True)
        self.settings_button = QPushButton(self.tr("Settings\u2026"))
        self.settings_button.setFlat(True)
        self.settings_button.setToolTip(self.tr("The interface language and other preferences ({key})")
                                        .format(key=self.settings_action.shortcut().toString(
                                            QKeySequence.SequenceFormat.NativeText)))
        self.settings_button.clicked.connect(self.open_settings)

        side = QWidget()
        side.setObjectName("sidebar")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 12, 8, 12)
        side_layout.addWidget(self.nav, 1)
        side_layout.addWidget(self.workshop_label)
        side_layout.addWidget(self.settings_button, 0, Qt.AlignmentFlag.AlignLeft)

        style = self.style()
        specs = [registry.PageSpec(
            "workshops", self.tr("Workshops"), QStyle.StandardPixmap.SP_DirHomeIcon, False,
            lambda: WorkshopsPage(self.ctx, self.hub, self.settings, self.tasks))]
        specs += registry.pages(self.ctx, self.hub, self.settings, self.tasks)
        for spec in specs:
            item = QListWidgetItem(style.standardIcon(spec.icon), spec.title)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.nav.addItem(item)
            self.stack.addWidget(QWidget())  # stands in until the page is first shown
            self.specs[spec.key] = spec
        self.pages["workshops"]  # noqa: B018 - the first page is built at once

        splitter = QSplitter()
        splitter.addWidget(side)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        side.setStyleSheet(  # on the sidebar only: a style sheet slows every widget under it
            "#sidebar { background: palette(alternate-base); }"
            "#navigation { border: none; background: transparent; font-size: 11pt; }"
            "#navigation::item { padding: 8px 6px; border-radius: 4px; color: palette(text); }"
            "#navigation::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }"
            "#workshopTitle { color: palette(mid); padding: 4px; }"
        )
        self.nav.currentRowChanged.connect(self._on_nav)

    def _build_page(self, key: str) -> QWidget:
        spec = self.specs[key]
        page = spec.build()
        index = list(self.specs).index(key)
        placeholder = self.stack.widget(index)
        current = self.stack.currentIndex()
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self.stack.setCurrentIndex(current)
        if self.workshop_id is not None:
            if spec.workshop_scoped:
                page.open_workshop(self.workshop_id)
            elif hasattr(page, "workshop_opened"):  # a page that follows the open workshop (Library)
                page.workshop_opened(self.workshop_id)
        restore_drafts(page, self._drafts.pop(key, {}))  # what was half typed before a new language
        return page

    def _on_nav(self, row: int) -> None:
        if row < 0:
            return
        self.pages[self.nav.item(row).data(Qt.ItemDataRole.UserRole)]  # noqa: B018 - build on first view
        self.stack.setCurrentIndex(row)

    def _wire(self) -> None:
        self.hub.workshopOpened.connect(self._on_workshop_opened)
        self.hub.workshopClosed.connect(self._on_workshop_closed)
        self.hub.workshopsChanged.connect(self._refresh_title)
        self.hub.workshopChanged.connect(self._refresh_title)
        self.hub.showPage.connect(self.show_page)
        self.hub.status.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.hub.error.connect(self.show_error)
        self.nav.setCurrentRow(0)

    # -- pages and the open workshop ------------------------------------------------------------
    @Slot(str)
    def show_page(self, key: str) -> None:
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == key and not item.isHidden():
                self.nav.setCurrentRow(row)
                return

    def current_page(self) -> str:
        item = self.nav.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else ""

    @Slot(int)
    def _on_workshop_opened(self, workshop_id: int) -> None:
        self.workshop_id = workshop_id
        self.settings.setValue("session/last_workshop", workshop_id)
        self._update_nav()
        self._refresh_title()

    @Slot()
    def _on_workshop_closed(self) -> None:
        self.workshop_id = None
        self.settings.remove("session/last_workshop")
        self._update_nav()
        self._refresh_title()
        self.show_page("workshops")

    def _update_nav(self) -> None:
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            scoped = self.specs[item.data(Qt.ItemDataRole.UserRole)].workshop_scoped
            item.setHidden(scoped and self.workshop_id is None)

    @Slot()
    @Slot(int)
    def _refresh_title(self, _workshop_id: int | None = None) -> None:
        if self.workshop_id is None:
            self.workshop_label.setText("")
            self.setWindowTitle(self.tr("Workshop app"))
            return
        try:
            title = self.ctx.store.get_workshop(self.workshop_id).title
        except NotFoundError:
            self.hub.workshopClosed.emit()
            return
        self.workshop_label.setText(self.tr("Open workshop:\n{title}").format(title=title))
        self.setWindowTitle(self.tr("{title} - Workshop app").format(title=title))

    @Slot()
    def periodic_backup(self):
        """On the task runner; returns its handle."""
        from workshop_app.services.backups import periodic_backup

        return self.tasks.run_in_background(lambda _progress, _cancelled: periodic_backup(self.ctx))

    @Slot()
    def check_outside_changes(self) -> None:
        """Reload what shows when another connection changed the database (a cheap PRAGMA)."""
        if not self.isVisible():
            return
        try:
            changed = self.ctx.store.changed_since_last_check()
        except UserError as exc:  # the next real action reports it where the user acts
            log.warning("checking for outside changes failed: %s", exc)
            return
        if changed:
            self.hub.workshopsChanged.emit()
            if self.workshop_id is not None:
                self.hub.workshopChanged.emit(self.workshop_id)

    @Slot()
    def bring_forward(self) -> None:
        """Another launch on the same data folder asked for this window."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._warmed_up and not self.warm_up_timer.isActive():
            self.warm_up_timer.start()

    @Slot()
    def warm_up(self) -> None:
        """Import what the pages need when first shown (their modules, the pack reader); nothing
        is built or read. Once, a moment after the window first shows (WARM_UP_MS)."""
        self._warmed_up = True
        registry.import_page_modules()
        self.ctx.import_pack_reader()

    # -- settings and the interface language -----------------------------------------------------
    @Slot()
    def open_settings(self) -> None:
        """The settings dialog; a new interface language applies at once (after the dialog)."""
        from workshop_app.gui.settings import INTERFACE_LANGUAGE
        from workshop_app.gui.settings_dialog import SettingsDialog
        from workshop_app.i18n import catalogue_language, interface_language, system_language

        saved = str(self.settings.value(INTERFACE_LANGUAGE, "") or "")
        # the language the window shows (``--lang`` may have chosen another than the saved one)
        if (catalogue_language(saved) if saved else system_language()) != interface_language():
            saved = interface_language()
        dialog = SettingsDialog(saved, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.chosen.connect(self._language_chosen)
        dialog.finished.connect(self._settings_closed)
        dialog.open()
        self.settings_dialog = dialog

    @Slot()
    def _settings_closed(self) -> None:
        self.settings_dialog = None

    @Slot(str)
    def _language_chosen(self, choice: str) -> None:
        from workshop_app.gui.settings import INTERFACE_LANGUAGE
        from workshop_app.i18n import catalogue_language, interface_language, system_language

        self.settings.setValue(INTERFACE_LANGUAGE, choice)
        language = catalogue_language(choice) if choice else system_language()
        if language != interface_language():
            # after the click that chose it has returned: the sidebar's button is rebuilt too
            QTimer.singleShot(0, lambda: self.change_interface_language(language))

    def change_interface_language(self, language: str) -> str:
        """Show the window in ``language`` now, keeping everything typed and where the user is.

        What is being typed is saved first (as when the window closes), then the pages are built
        again in the new language and the same workshop, page and projector come back; pack
        editors stay open (they show the new language when next opened). Returns the language
        used (English when ``language`` does not ship)."""
        from workshop_app.gui.languages import install_interface_language

        for page in self.pages.built():
            flush = getattr(page, "flush", None)
            if flush is not None:
                flush()
        self.tasks.wait_for_all()  # a PDF being written reports to the page that asked for it
        page_key = self.current_page()
        shown = [key for key in ("run", "checkin") if (page := self.pages.built_page(key)) is not None
                 and page.projector_shown()]
        projector = shown[0] if shown else None
        self._drafts = {key: typed for key in self.specs
                        if (page := self.pages.built_page(key)) is not None and (typed := drafts(page))}
        shipped = install_interface_language(language)
        self.specs = {}
        self.pages = LazyPages(self.specs, self._build_page)
        self._build_pages()  # the old pages go with the old central widget
        self._label_frame()
        self._update_nav()
        self._refresh_title()
        self.show_page(page_key)
        if projector is not None:  # the projector that was up comes back with its page
            self.pages[projector].toggle_projector()
        self.hub.status.emit(self.tr("Interface language: {language}").format(
            language=language_name(shipped)))
        return shipped

    # -- session --------------------------------------------------------------------------------
    def restore_session(self) -> None:
        """Geometry and last workshop at once (the app itself opens the workshop after the first
        frame: gui.app.run_gui)."""
        self.restore_geometry()
        self.restore_workshop()

    def restore_geometry(self) -> None:
        """The window's size and place from the last session (before it is shown)."""
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)

    def restore_workshop(self) -> bool:
        """Open the last session's workshop on its page (after the first frame is painted, so the
        window shows at once); whether there was one to open."""
        last = self.settings.value("session/last_workshop")
        if last is None:
            return False
        try:
            workshop_id = int(last)
            self.ctx.store.get_workshop(workshop_id)
        except (TypeError, ValueError, NotFoundError):
            self.settings.remove("session/last_workshop")
            return False
        self.hub.workshopOpened.emit(workshop_id)
        page = str(self.settings.value("session/page", "plan"))
        self.show_page(page if page in self.pages else "plan")
        return True

    def show_notices(self, notices: list[str]) -> None:
        """What happened while opening (a recovered database...): told once, never blocking."""
        if notices:
            from PySide6.QtWidgets import QMessageBox  # here: not needed for the first frame

            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Workshop app"), "\n\n".join(notices),
                              QMessageBox.StandardButton.Ok, self)
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            box.open()
            self.notice_box = box

    @Slot(str)
    def show_error(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox  # here: not needed for the first frame

        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Workshop app"), message,
                          QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        box.open()

    #: The settings dialog while it is open.
    settings_dialog = None
    #: True while a close the user asked for with the Quit key is under way.
    _quit_by_user = False

    @Slot()
    def quit_by_user(self) -> None:
        """Quit (Ctrl+Q): asked about like the window's close button."""
        self._quit_by_user = True
        try:
            self.close()
        finally:
            self._quit_by_user = False

    def closeEvent(self, event: QCloseEvent) -> None:
        # A close the user asked for (the title bar's close button, logging out, Quit) gives each
        # page a say (a running workshop asks first); a close from code (tests) does not ask.
        if event.spontaneous() or self._quit_by_user:
            for page in self.pages.built():
                confirm = getattr(page, "confirm_close", None)
                if confirm is not None and not confirm():
                    event.ignore()
                    return
        for page in self.pages.built():
            flush = getattr(page, "flush", None)
            if flush is not None:
                flush()  # autosave whatever is being typed
        self.tasks.wait_for_all()  # a backup or a PDF being written is finished, not cut off
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("session/page", self.current_page())
        self.settings.sync()
        super().closeEvent(event)
