"""Shared fixtures: every test gets its own temporary data folder.

GUI tests build the real main window on that folder (see ``main_window``);
nothing is mocked away. Qt runs offscreen, so no display is needed.
"""

from __future__ import annotations

import gc
import os
import time

# Offscreen Qt, with one 1920x1080 screen (the plugin's default screen is 800x600,
# smaller than the window's minimum size).
_SCREENS = os.path.join(os.path.dirname(__file__), "data", "offscreen-screens.json")
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREENS}"
os.environ.pop("WORKSHOP_APP_DATA_DIR", None)
# English whatever the machine's locale: tests that need another language say so
os.environ["WORKSHOP_APP_LANG"] = "en"

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from workshop_app.paths import DataDir  # noqa: E402
from workshop_app.services.context import AppContext  # noqa: E402


@pytest.fixture
def berlin_clock(monkeypatch):
    """This machine's clock in Berlin (UTC+1 in winter), the zone set back afterwards."""
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def data_dir(tmp_path: Path) -> DataDir:
    """A fresh, empty data folder."""
    return DataDir(tmp_path / "data").ensure()


@pytest.fixture
def ctx(data_dir: DataDir):
    """An application context on the fresh data folder, closed after the test."""
    context = AppContext(data_dir)
    yield context
    context.close()


@pytest.fixture
def run_cli(tmp_path: Path, capsys):
    """Run the command line in-process on a fresh data folder: returns (code, stdout, stderr)."""
    from workshop_app.cli import main

    default_dir = str(tmp_path / "cli-data")

    def run(*argv: str, data_dir: str | None = None):
        code = main(["--data-dir", data_dir or default_dir, *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def main_window(qtbot, ctx):
    """The real main window on the fresh data folder, shown offscreen and closed at teardown."""
    from workshop_app.gui.app import ensure_application, open_context
    from workshop_app.gui.crash import CrashHandler
    from workshop_app.gui.main_window import MainWindow

    ensure_application()
    open_context(ctx)
    crash = CrashHandler(ctx.data_dir.log_file)
    crash.install()
    window = MainWindow(ctx)
    window.crash_handler = crash
    qtbot.addWidget(window)
    window.restore_session()
    window.show()
    qtbot.waitExposed(window)
    yield window
    crash.uninstall()
    window.close()
    # Collect this test's Qt wrappers now, on the GUI thread: a collection that happens later
    # on a worker thread (PDF generation) must not destroy Qt objects there.
    gc.collect()
