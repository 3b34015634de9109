"""Starting the GUI: the QApplication, translations, the crash handler and the main window."""

from __future__ import annotations

import logging
import sys
import time

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTimer, QTranslator
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from workshop_app import APP_NAME, DESKTOP_ID, ORG_NAME, __version__
from workshop_app.errors import UserError
from workshop_app.resources import icons_dir
from workshop_app.services.context import AppContext

log = logging.getLogger(__name__)


def ensure_application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName(app.translate("app", "Workshop app"))
    QGuiApplication.setDesktopFileName(DESKTOP_ID)
    icon = icons_dir() / "workshop-app.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    _install_translators(app)
    return app


def _install_translators(app: QApplication) -> None:
    if getattr(app, "_workshop_translators", None) is not None:
        return
    translators = []
    qt_translator = QTranslator(app)
    path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(QLocale(), "qtbase", "_", path):
        app.installTranslator(qt_translator)
        translators.append(qt_translator)
    app._workshop_translators = translators


def open_context(ctx: AppContext) -> None:
    """Create the data folder, start logging and open the database (may raise UserError)."""
    ctx.start_logging()
    ctx.store  # noqa: B018 - opens, checks and recovers the database before the window shows


def run_gui(ctx: AppContext, *, benchmark_startup: bool = False, started: float | None = None) -> int:
    app = ensure_application()
    try:
        open_context(ctx)
    except UserError as exc:
        log.error("cannot start: %s", exc)
        print(f"{APP_NAME}: {exc}", file=sys.stderr)
        if not benchmark_startup:
            box = QMessageBox(QMessageBox.Icon.Critical, app.translate("app", "Workshop app"),
                              app.translate("app", "The app cannot start."))
            box.setInformativeText(str(exc))
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.exec()
        return exc.exit_code

    from workshop_app.gui.crash import CrashHandler
    from workshop_app.gui.main_window import MainWindow

    crash = CrashHandler(ctx.data_dir.log_file)
    crash.install()
    window = MainWindow(ctx)
    window.restore_session()
    window.show()
    window.show_notices(ctx.notices)
    if benchmark_startup:
        t0 = started if started is not None else time.perf_counter()

        def report() -> None:
            print(f"startup_ms={round((time.perf_counter() - t0) * 1000)}", flush=True)
            window.close()
            app.quit()

        # Fires once the event loop has handled everything queued by showing the window.
        QTimer.singleShot(0, report)
    try:
        return app.exec()
    finally:
        crash.uninstall()
