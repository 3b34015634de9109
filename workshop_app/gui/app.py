"""Starting the GUI: the QApplication, translations, the crash handler and the main window."""

from __future__ import annotations

import logging
import sys
import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from workshop_app import APP_NAME, DESKTOP_ID, ORG_NAME, __version__
from workshop_app.errors import UserError
from workshop_app.gui.first_frame import after_first_paint
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
    return app


def apply_interface_language(ctx: AppContext, option: str | None = None) -> str:
    """Show the window in the interface language: ``--lang``, ``$WORKSHOP_APP_LANG``, the one
    chosen in the settings dialog, else the system's."""
    from workshop_app.gui.languages import install_interface_language
    from workshop_app.gui.settings import INTERFACE_LANGUAGE, app_settings
    from workshop_app.i18n import chosen_language

    saved = app_settings(ctx.data_dir).value(INTERFACE_LANGUAGE, "")
    return install_interface_language(chosen_language(option, saved=str(saved or "")))


def open_context(ctx: AppContext) -> None:
    """Create the data folder, start logging and open the database (may raise UserError).

    Opening (and migrating) happens before the window shows; reading the whole file through
    (``PRAGMA quick_check``) happens after, on the task runner (gui/integrity_check.py).
    """
    ctx.start_logging()
    ctx.quick_check_at_open = False
    ctx.store  # noqa: B018 - opens, checks the header and recovers the database before the window


def claim_data_folder(app: QApplication, ctx: AppContext, *, interactive: bool = True):
    """One window per data folder: the SingleInstance holding the folder, or the exit code of
    this launch when another window already has it (brought forward, or told why not)."""
    from workshop_app.gui.single_instance import SingleInstance

    instance = SingleInstance(ctx.data_dir, app)
    try:
        ctx.data_dir.ensure()
        if instance.acquire():
            app.aboutToQuit.connect(instance.release)
            return instance
    except UserError as exc:
        _cannot_start(app, str(exc), interactive)
        return exc.exit_code
    if instance.ask_first_to_come_forward():
        print(app.translate("app", "{app} is already open on {folder}: its window was brought forward.")
              .format(app=APP_NAME, folder=ctx.data_dir.root), file=sys.stderr)
        return 0
    _cannot_start(app, app.translate(
        "app", "{app} is already open on {folder} ({holder}), but its window does not answer. Close "
               "it (or end that process) and start again, or start with another data folder "
               "(--data-dir).").format(app=APP_NAME, folder=ctx.data_dir.root,
                                       holder=instance.holder() or "?"), interactive)
    return 1


def _cannot_start(app: QApplication, message: str, interactive: bool) -> None:
    log.error("cannot start: %s", message)
    print(f"{APP_NAME}: {message}", file=sys.stderr)
    if interactive:
        from PySide6.QtWidgets import QMessageBox  # here: a window that starts needs none

        box = QMessageBox(QMessageBox.Icon.Critical, app.translate("app", "Workshop app"),
                          app.translate("app", "The app cannot start."))
        box.setTextFormat(Qt.TextFormat.PlainText)  # the message holds paths: text, never markup
        box.setInformativeText(message)
        box.exec()


def run_gui(ctx: AppContext, *, benchmark_startup: bool = False, started: float | None = None,
            language: str | None = None) -> int:
    from workshop_app import platform_libs

    platform_libs.check()  # Qt would abort (exit 134) without its platform's system libraries
    app = ensure_application()
    apply_interface_language(ctx, language)
    instance = claim_data_folder(app, ctx, interactive=not benchmark_startup)
    if isinstance(instance, int):
        return instance  # another window has this data folder
    try:
        open_context(ctx)
    except UserError as exc:
        _cannot_start(app, str(exc), not benchmark_startup)
        return exc.exit_code

    from workshop_app.gui.crash import CrashHandler
    from workshop_app.gui.main_window import MainWindow

    crash = CrashHandler(ctx.data_dir.log_file)
    crash.install()
    window = MainWindow(ctx)
    instance.activated.connect(window.bring_forward)
    window.restore_geometry()
    t0 = started if started is not None else time.perf_counter()

    def report(name: str) -> None:
        print(f"{name}={round((time.perf_counter() - t0) * 1000)}", flush=True)

    def finish() -> None:
        if benchmark_startup:
            window.close()
            app.quit()

    def first_frame() -> None:
        # The window is on screen with the workshop list filled: now later launches are answered,
        # the last workshop's page is opened and the database checked.
        if benchmark_startup:
            report("startup_ms")
        instance.listen()
        restored = window.restore_workshop()
        from workshop_app.gui.integrity_check import check_after_start

        check_after_start(window)  # the integrity check, on the task runner
        if restored:
            if benchmark_startup:
                after_first_paint(window.stack.currentWidget(), lambda: (report("restored_ms"), finish()))
        else:
            finish()

    # At the latest after two seconds: later launches must be answered even by a window that
    # is not painted (opened on another desktop).
    after_first_paint(window.pages["workshops"].states.currentWidget(), first_frame, latest_ms=2000)
    window.show()
    window.show_notices(ctx.notices)
    try:
        return app.exec()
    finally:
        crash.uninstall()
