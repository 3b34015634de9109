"""Start-up: ``python -m workshop_app --benchmark-startup`` against the bare window (bare_window.py).

Whole processes, run alternately (app, bare, bare, app, ...) after one warm-up run of each;
for each pair the ratio of the printed ``startup_ms`` and of the wall-clock time from
spawn to exit; the table shows the medians. Once with an empty database, once with the
500-workshop data folder.

Run as a script (``breakdown DATA_DIR``) it is the diagnostic child: it repeats the steps of
``workshop_app.gui.app.run_gui`` with a clock between them, to say where the time goes.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

from common import BENCH, Result, Settings, child_env, emit, median, run_child
from dataset import copy_data_folder

TARGET = 1.5
PRINTED = re.compile(r"startup_ms=(\d+)")


def _launch(argv: list[str], cwd: Path) -> tuple[float, float]:
    """(printed startup ms, wall-clock ms from spawn to exit) of one process."""
    started = time.perf_counter()
    proc = subprocess.run(argv, env=child_env(), cwd=str(cwd), capture_output=True, text=True, timeout=120)
    wall = (time.perf_counter() - started) * 1000
    found = PRINTED.search(proc.stdout)
    if proc.returncode != 0 or not found:
        raise RuntimeError(f"{argv} failed ({proc.returncode}): {proc.stdout}\n{proc.stderr[-3000:]}")
    return float(found.group(1)), wall


def measure(data_dir: Path, pairs: int, cwd: Path) -> dict:
    app = [sys.executable, "-m", "workshop_app", "--data-dir", str(data_dir), "--benchmark-startup"]
    bare = [sys.executable, str(BENCH / "bare_window.py")]
    _launch(app, cwd)  # warm-up: database created or checked once, bytecode cached, files in page cache
    _launch(bare, cwd)
    runs: dict[str, list[tuple[float, float]]] = {"app": [], "bare": []}
    for i in range(pairs):
        order = (("app", app), ("bare", bare)) if i % 2 == 0 else (("bare", bare), ("app", app))
        for name, argv in order:
            runs[name].append(_launch(argv, cwd))
    printed = [a[0] / b[0] for a, b in zip(runs["app"], runs["bare"], strict=True)]
    wall = [a[1] / b[1] for a, b in zip(runs["app"], runs["bare"], strict=True)]
    return {
        "app_startup_ms": median([r[0] for r in runs["app"]]),
        "bare_startup_ms": median([r[0] for r in runs["bare"]]),
        "app_wall_ms": median([r[1] for r in runs["app"]]),
        "bare_wall_ms": median([r[1] for r in runs["bare"]]),
        "ratio_printed": median(printed),
        "ratio_wall": median(wall),
        "runs": runs,
    }


def run(settings: Settings) -> list[Result]:
    pairs = settings.n(15, 5)
    cwd = settings.out
    empty = settings.out / "startup-empty"
    shutil.rmtree(empty, ignore_errors=True)
    folders = [("empty database", empty)]
    if settings.big_data is not None:
        folders.append(("500 workshops x 30 participants",
                        copy_data_folder(settings.big_data, settings.out / "startup-500")))
    results = []
    for label, folder in folders:
        m = measure(folder, pairs, cwd)
        m["breakdown"] = run_child("scenarios/startup.py", "breakdown", str(folder))
        results.append(Result(
            f"Start-up, {label}: printed startup_ms", f"{m['app_startup_ms']:.0f} ms",
            f"{m['bare_startup_ms']:.0f} ms (bare window)",
            f"ratio {m['ratio_printed']:.2f} / <= {TARGET}", m["ratio_printed"] <= TARGET, m))
        results.append(Result(
            f"Start-up, {label}: spawn to exit", f"{m['app_wall_ms']:.0f} ms",
            f"{m['bare_wall_ms']:.0f} ms (bare window)",
            f"ratio {m['ratio_wall']:.2f} / <= {TARGET}", m["ratio_wall"] <= TARGET, {}))
    return results


# -- the diagnostic child ------------------------------------------------------------------------
def breakdown(data_dir: str) -> dict:
    """Milliseconds spent in each step of a start-up (the steps of gui.app.run_gui, in order)."""
    marks: list[tuple[str, float]] = []
    start = time.perf_counter()

    def mark(name: str) -> None:
        marks.append((name, time.perf_counter()))

    import PySide6.QtWidgets  # noqa: F401
    mark("import PySide6 (QtCore, QtGui, QtWidgets)")
    import sqlite_utils  # noqa: F401
    mark("import sqlite_utils (and click, dateutil, pluggy... it pulls in)")
    from workshop_app.cli import build_parser
    from workshop_app.gui.app import ensure_application, open_context
    from workshop_app.services.context import AppContext
    build_parser()
    mark("import workshop_app.cli, gui.app; build the argument parser")
    ctx = AppContext.from_option(data_dir)
    app = ensure_application()
    mark("QApplication, icon, translators")
    open_context(ctx)
    mark("open the database (open_store: PRAGMA quick_check, migrations)")
    from workshop_app.gui.crash import CrashHandler
    from workshop_app.gui.main_window import MainWindow
    from workshop_app.gui.models import workshop_list
    from workshop_app.gui.pages import registry
    for *_rest, module, _cls in registry.PAGES:
        try:
            __import__(f"workshop_app.gui.pages.{module}")
        except ModuleNotFoundError:
            pass
    mark("import the main window and every page module")
    calls = [0]
    original = workshop_list.WorkshopListModel.data

    def counting(self, *args):
        calls[0] += 1
        return original(self, *args)

    workshop_list.WorkshopListModel.data = counting
    crash = CrashHandler(ctx.data_dir.log_file)
    crash.install()
    window = MainWindow(ctx)
    mark("MainWindow(ctx): build every page")
    window.restore_session()
    window.show()
    mark("restore_session() and show()")
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, lambda: (mark("first pass of the event loop"), app.quit()))
    app.exec()
    window.close()
    crash.uninstall()
    ctx.close()
    steps, previous = [], start
    for name, at in marks:
        steps.append({"step": name, "ms": round((at - previous) * 1000, 1)})
        previous = at
    return {"steps": steps, "total_ms": round((previous - start) * 1000, 1),
            "workshop_list_data_calls": calls[0]}


if __name__ == "__main__":
    if sys.argv[1:2] == ["breakdown"]:
        emit(breakdown(sys.argv[2]))
