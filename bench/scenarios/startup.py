"""Start-up: ``workshop-app --benchmark-startup`` against the bare window (bare_window.py).

Both print ``startup_ms`` once their first frame has been painted (workshop_app.gui.first_frame):
for the app, the frame with the workshop list filled. When the app reopens the last workshop
(after that frame, as it does for the user) it also prints ``restored_ms`` once the restored
page has been painted.

Whole processes, run alternately (app, bare, bare, app, ...) after one warm-up run of each;
for each pair the ratio of the printed times; the table shows the medians. With 40, 500 and
5,000 workshops of 30 participants (dataset.py; the 40 and the 5,000 are built once into
bench/out and reused), and a relaunch of the 500 onto the Run page of the last workshop.

Run as a script (``breakdown DATA_DIR``) it is the diagnostic child: it repeats the steps of
``workshop_app.gui.app.run_gui`` with a clock between them, to say where the time goes.
"""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from common import BENCH, Result, Settings, child_env, emit, median, run_child
from dataset import copy_data_folder, kept_data_folder

TARGET = 2.0
#: What the installed ``workshop-app`` command runs (pyproject's console script), as the bare
#: window runs as a plain script: ``python -m`` would add runpy's import (about 4 ms).
ENTRY_POINT = "import sys; from workshop_app.cli import main; sys.exit(main())"
PRINTED = re.compile(r"(startup_ms|restored_ms)=(\d+)")


def _launch(argv: list[str], cwd: Path) -> dict[str, float]:
    """The printed times of one process, and ``wall_ms`` from spawn to exit."""
    started = time.perf_counter()
    proc = subprocess.run(argv, env=child_env(), cwd=str(cwd), capture_output=True, text=True, timeout=300)
    found = {name: float(value) for name, value in PRINTED.findall(proc.stdout)}
    found["wall_ms"] = (time.perf_counter() - started) * 1000
    if proc.returncode != 0 or "startup_ms" not in found:
        raise RuntimeError(f"{argv} failed ({proc.returncode}): {proc.stdout}\n{proc.stderr[-3000:]}")
    return found


def measure(data_dir: Path, pairs: int, cwd: Path) -> dict:
    app = [sys.executable, "-c", ENTRY_POINT, "--data-dir", str(data_dir), "--benchmark-startup"]
    bare = [sys.executable, str(BENCH / "bare_window.py")]
    _launch(app, cwd)  # warm-up: database checked once, bytecode cached, files in page cache
    _launch(bare, cwd)
    runs: dict[str, list[dict[str, float]]] = {"app": [], "bare": []}
    for i in range(pairs):
        order = (("app", app), ("bare", bare)) if i % 2 == 0 else (("bare", bare), ("app", app))
        for name, argv in order:
            runs[name].append(_launch(argv, cwd))
    found = {"runs": runs, "bare_ms": median([r["startup_ms"] for r in runs["bare"]])}
    for key in ("startup_ms", "restored_ms", "wall_ms"):
        if all(key in r for r in runs["app"]):
            base = "wall_ms" if key == "wall_ms" else "startup_ms"
            found[key] = median([r[key] for r in runs["app"]])
            found[f"{key}_ratio"] = median([a[key] / b[base] for a, b in
                                            zip(runs["app"], runs["bare"], strict=True)])
    return found


def with_last_workshop_on_run(folder: Path) -> Path:
    """The data folder as the app leaves it when closed on the Run page of its newest workshop."""
    with sqlite3.connect(folder / "workshops.db") as conn:
        last = conn.execute("SELECT max(id) FROM workshops").fetchone()[0]
    conn.close()
    (folder / "settings.ini").write_text(f"[session]\nlast_workshop={last}\npage=run\n")
    return folder


def run(settings: Settings) -> list[Result]:
    pairs = settings.n(15, 5)
    out = settings.out
    print("  data folders: 40 and 5,000 workshops (built once, then reused) ...", flush=True)
    folders = [("40 workshops", kept_data_folder(out / "data-40", 40), False)]
    if settings.big_data is not None:
        folders.append(("500 workshops", copy_data_folder(settings.big_data, out / "startup-500"), False))
    folders.append(("5,000 workshops", kept_data_folder(out / "data-5000", 5000), False))
    if settings.big_data is not None:
        relaunch = with_last_workshop_on_run(copy_data_folder(settings.big_data, out / "startup-500-run"))
        folders.append(("500 workshops, relaunched on the last workshop's Run page", relaunch, True))
    results = []
    for label, folder, restores in folders:
        m = measure(folder, pairs, out)
        m["breakdown"] = run_child("scenarios/startup.py", "breakdown", str(folder))
        results.append(Result(
            f"Start-up, {label}: first frame, list filled", f"{m['startup_ms']:.0f} ms",
            f"{m['bare_ms']:.0f} ms (bare window)",
            f"ratio {m['startup_ms_ratio']:.2f} / <= {TARGET}", m["startup_ms_ratio"] <= TARGET, m))
        if restores:
            if "restored_ms" not in m:
                raise RuntimeError(f"{label}: the app restored no page")
            # Informative: the page is opened after the first frame, on purpose (see gui/app.py).
            results.append(Result(
                f"Start-up, {label}: then the Run page painted", f"{m['restored_ms']:.0f} ms",
                f"{m['bare_ms']:.0f} ms (bare window)", f"ratio {m['restored_ms_ratio']:.2f}", None, {}))
    return results


# -- the diagnostic child ------------------------------------------------------------------------
def breakdown(data_dir: str) -> dict:
    """Milliseconds spent in each step of a start-up (the steps of gui.app.run_gui, in order)."""
    marks: list[tuple[str, float]] = []
    start = time.perf_counter()

    def mark(name: str) -> None:
        marks.append((name, time.perf_counter()))

    import importlib

    from workshop_app.cli import BEFORE_QT

    for name in BEFORE_QT:
        importlib.import_module(name)
    mark("import what the window needs besides Qt (cli.BEFORE_QT: the store)")
    import PySide6.QtWidgets  # noqa: F401
    mark("import PySide6 (QtCore, QtGui, QtWidgets)")
    from workshop_app.gui.app import ensure_application, open_context
    from workshop_app.services.context import AppContext
    mark("import workshop_app.gui.app")
    ctx = AppContext.from_option(data_dir)
    app = ensure_application()
    mark("QApplication, icon, translators")
    open_context(ctx)
    mark("open the database (open_store)")
    from workshop_app.gui.crash import CrashHandler
    from workshop_app.gui.first_frame import after_first_paint
    from workshop_app.gui.main_window import MainWindow
    from workshop_app.gui.models import workshop_list
    mark("import the main window")
    calls = [0]
    original = workshop_list.WorkshopListModel.data

    def counting(self, *args):
        calls[0] += 1
        return original(self, *args)

    workshop_list.WorkshopListModel.data = counting
    crash = CrashHandler(ctx.data_dir.log_file)
    crash.install()
    window = MainWindow(ctx)
    mark("MainWindow(ctx): the Workshops page and its list")
    window.restore_geometry()
    found: dict = {}

    def restored() -> None:
        mark("the restored page built and painted")
        app.quit()

    def first_frame() -> None:
        mark("first frame painted")
        found["data_calls_to_first_frame"] = calls[0]
        found["sqlite_utils_before_first_frame"] = "sqlite_utils" in sys.modules
        if window.restore_workshop():
            mark("restore_workshop(): the last workshop opened on its page")
            after_first_paint(window.stack.currentWidget(), restored)
        else:
            app.quit()

    after_first_paint(window.pages["workshops"].states.currentWidget(), first_frame)
    window.show()
    mark("show()")
    app.exec()
    window.close()
    crash.uninstall()
    ctx.close()
    steps, previous = [], start
    for name, at in marks:
        steps.append({"step": name, "ms": round((at - previous) * 1000, 1)})
        previous = at
    return {"steps": steps, "total_ms": round((previous - start) * 1000, 1),
            "workshop_list_data_calls": calls[0], **found}


if __name__ == "__main__":
    if sys.argv[1:2] == ["breakdown"]:
        emit(breakdown(sys.argv[2]))
