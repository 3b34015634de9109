"""GUI responsiveness: the longest stall of the GUI thread in the real main window.

A child process builds the real MainWindow (offscreen) on a copy of the 500-workshop data
folder and opens a workshop of 30 participants. A QTimer ticks every 5 ms on the GUI thread;
the longest gap between two ticks is the longest time the window could not react.
Measured while:

- idle (the floor: the timer's own jitter);
- the plans are written from the Wrap-up page: its Generate button (the page loads the
  workshop and writes the plans and the report on the window's task runner,
  ``gui.taskman.TaskManager``, which pauses the cyclic garbage collector while any task runs;
  progress comes back to its progress bar on the GUI thread). Without a Wrap-up page the bench
  drives the same task runner itself (and says so in the figures);
- a note is typed into the run page's notes editor (real key events) and autosaved
  repeatedly: ``NotesCapture.flush()``, the slot its autosave timer calls, which also tells
  the rest of the window (``hub.workshopChanged``);
- for comparison, the same number of saves through ``Store.save_note`` alone on the GUI thread;
- a backup of the whole 500-workshop database, taken as the window takes them (the periodic
  timer, run start and end, before a delete): ``backup_before`` on the window's task runner,
  the GUI thread only starting it and receiving its outcome (and running the collection that
  follows when the last task ends). For comparison, the time the same backup takes when called
  on the GUI thread, as it was before the task runner.

It also times, one at a time, what ``hub.workshopChanged`` makes each page do.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from common import Result, Settings, emit, run_child
from dataset import copy_data_folder

TARGET_MS = 50.0
TICK_MS = 5
#: Never released: the child leaves with os._exit (see pad_refcounts).
SPARE: list = []


class Ticker:
    """Records when a 5 ms precise timer fires on the GUI thread (with that thread's CPU time),
    and every cyclic garbage collection the GUI thread runs, to explain the longest gap."""

    def __init__(self):
        import gc
        import threading

        from PySide6.QtCore import Qt, QTimer

        self.ticks: list[tuple[float, float]] = []
        self.collections: list[tuple[float, float, int]] = []
        self._gc_started = 0.0
        self._gui_thread = threading.get_ident()
        self._threading = threading
        gc.callbacks.append(self._gc)
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(lambda: self.ticks.append((time.perf_counter(), time.thread_time())))
        self.timer.start()

    def _gc(self, phase: str, info: dict) -> None:
        if self._threading.get_ident() != self._gui_thread:
            return
        if phase == "start":
            self._gc_started = time.perf_counter()
        else:
            self.collections.append((self._gc_started, time.perf_counter(), info["generation"]))

    def max_gap(self, since: float, until: float) -> dict:
        """The longest gap between ticks in [since, until]: its length, how much of it the GUI
        thread spent on the CPU (the rest it waited, for the GIL or the disk), and in gc."""
        inside = [t for t in self.ticks if since <= t[0] <= until]
        before = [t for t in self.ticks if t[0] < since]
        previous = before[-1] if before else (since, None)
        best = (0.0, None, previous[0], previous[0])
        for t in [*inside, (until, None)]:
            gap = t[0] - previous[0]
            if gap > best[0]:
                cpu = None if t[1] is None or previous[1] is None else t[1] - previous[1]
                best = (gap, cpu, previous[0], t[0])
            previous = t
        gap, cpu, start, end = best
        in_gc = sum(max(0.0, min(b, end) - max(a, start)) for a, b, _gen in self.collections)
        return {"max_gap_ms": gap * 1000, "gui_cpu_ms": None if cpu is None else cpu * 1000,
                "gui_gc_ms": in_gc * 1000}


def wait(seconds: float) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def wait_until(done, timeout: float = 300.0) -> None:
    """Run the event loop (sleeping between events, as app.exec() does) until ``done()``."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    deadline = time.perf_counter() + timeout
    poll = QTimer()
    poll.setInterval(10)
    poll.timeout.connect(lambda: loop.quit() if done() or time.perf_counter() > deadline else None)
    poll.start()
    loop.exec()
    poll.stop()
    if not done():
        raise TimeoutError("the worker did not finish")


def plans_on_worker(window, workshop_id: int, out: Path) -> dict:
    """Click Generate on the Wrap-up page and wait for its worker (plans and report) to finish."""
    page = window.pages.get("wrapup")
    if page is None:
        return plans_on_own_worker(window, workshop_id, out)
    window.show_page("wrapup")
    wait(0.2)
    page.folder.setText(str(out))
    started = time.perf_counter()
    page.generate_button.click()  # refresh, load_workshop_data, the task runner starts (gc paused)
    clicked = time.perf_counter()
    if page.task is None:
        raise RuntimeError(f"the Wrap-up page did not start writing: {page.status.text()}")
    wait_until(lambda: page.task is None)
    ended = time.perf_counter()
    if page.result is None:
        raise RuntimeError(f"the Wrap-up page did not write the plans: {page.status.text()}")
    return {"since": started, "until": ended, "files": len(page.result.plans) + 2, "seconds": ended - started,
            "click_ms": (clicked - started) * 1000, "via": "Wrap-up page, with the report"}


def plans_on_own_worker(window, workshop_id: int, out: Path) -> dict:
    """Without a Wrap-up page: the same task runner (gui/taskman.py) driven by the bench."""
    from workshop_app.plans import write_action_plans

    done: list = []
    started = time.perf_counter()
    data = window.ctx.store.load_workshop_data(workshop_id)
    window.tasks.run_in_background(
        lambda progress, cancelled: write_action_plans(data, out, progress=progress, cancel=cancelled),
        done.append, done.append)
    wait_until(lambda: bool(done))
    ended = time.perf_counter()
    if isinstance(done[0], str):
        raise RuntimeError(done[0])
    return {"since": started, "until": ended, "files": len(done[0].paths), "seconds": ended - started,
            "via": "no Wrap-up page: the bench's own worker"}


def autosave_in_editor(window, saves: int) -> dict:
    from PySide6.QtTest import QTest

    run_page = window.pages["run"]
    notes = run_page.capture.notes
    run_page.capture.tabs.setCurrentWidget(notes)
    notes.new_note()
    flushes = []
    started = time.perf_counter()
    for i in range(saves):
        QTest.keyClicks(notes.editor, f"point {i}: ops and leadership agree; ")
        before = time.perf_counter()
        notes.flush()  # what notes.save_timer's timeout calls
        flushes.append(time.perf_counter() - before)
        wait(0.03)
    ended = time.perf_counter()
    stored = window.ctx.store.list_notes(window.workshop_id, notes.item.id)
    assert any(f"point {saves - 1}:" in n.text for n in stored), "the typed note was not saved"
    return {"since": started, "until": ended, "max_flush_s": max(flushes), "saves": saves}


def autosave_store_only(window, saves: int) -> dict:
    from workshop_app.model.workshop import Note

    store = window.ctx.store
    note = store.save_note(Note(text="", workshop_id=window.workshop_id))
    started = time.perf_counter()
    for i in range(saves):
        note.text += f"point {i}: ops and leadership agree; "
        note = store.save_note(note)
        wait(0.03)
    return {"since": started, "until": time.perf_counter()}


def backups_on_the_task_runner(window, ticker: Ticker, runs: int) -> dict:
    """Backups on the task runner (the window's way) while the ticker runs; then, for
    comparison, the same backup called on the GUI thread (the old way: the window froze)."""
    from workshop_app.services.backups import backup_before

    ctx = window.ctx
    figures: dict = {"bytes": ctx.data_dir.database.stat().st_size, "runs": []}
    for _ in range(runs):
        done: list = []
        started = time.perf_counter()
        window.tasks.run_in_background(lambda _progress, _cancelled: backup_before(ctx, "bench"),
                                       done.append, done.append)
        wait_until(lambda done=done: bool(done))
        ended = time.perf_counter()
        if done[0] is None or isinstance(done[0], str):
            raise RuntimeError(f"the backup failed: {done[0]}")
        wait(0.3)  # the collection after the last task ended belongs to this run
        figures["runs"].append({"seconds": ended - started, **ticker.max_gap(started, ended + 0.3)})
    on_gui = []
    for _ in range(runs):
        started = time.perf_counter()
        backup_before(ctx, "bench")
        on_gui.append((time.perf_counter() - started) * 1000)
    figures["worst"] = max(figures["runs"], key=lambda r: r["max_gap_ms"])
    figures["on_gui_thread_ms"] = max(on_gui)
    import gc

    started, cpu = time.perf_counter(), time.thread_time()
    gc.collect()  # what a full collection would add after each task (the task runner does not)
    figures["full_collection_ms"] = {"wall": (time.perf_counter() - started) * 1000,
                                     "cpu": (time.thread_time() - cpu) * 1000}
    return figures


def what_a_change_costs(window) -> dict:
    """Each receiver of hub.workshopChanged, timed alone (with the event loop run after it)."""
    from PySide6.QtWidgets import QApplication

    def timed(call) -> float:
        started = time.perf_counter()
        call()
        QApplication.processEvents()
        return (time.perf_counter() - started) * 1000

    return {
        "workshops page refresh (500 rows)": timed(window.pages["workshops"].refresh),
        "plan page reload": timed(window.pages["plan"].reload),
        "run page results update": timed(window.pages["run"]._update_results),
        "all receivers (hub.workshopChanged.emit)": timed(lambda: window.hub.workshopChanged.emit(
            window.workshop_id)),
    }


def pad_refcounts() -> list:
    """References to True and None that PySide6 6.12.0 may take away.

    Every ``Signal.emit()`` made from Python drops one reference to True (and some paths one to
    None) in PySide6 6.12.0; on Python 3.11, where they are not immortal, the process aborts
    ("bool_dealloc"/"none_dealloc") after a few thousand emits: the app itself after about 200
    autosaves on the run page (tests/test_reliability_qt.py). The bench holds spare references
    so that it can finish measuring; the app has no such pad.
    """
    return [True, None] * 200_000


def child(data_dir: str, saves: int, plan_runs: int, backup_runs: int) -> dict:
    from PySide6.QtWidgets import QApplication

    SPARE.extend(pad_refcounts())

    from workshop_app.gui.app import ensure_application, open_context
    from workshop_app.gui.crash import CrashHandler
    from workshop_app.gui.main_window import MainWindow
    from workshop_app.services.context import AppContext

    ctx = AppContext.from_option(data_dir)
    ensure_application()
    open_context(ctx)
    crash = CrashHandler(ctx.data_dir.log_file)
    crash.install()
    window = MainWindow(ctx)
    window.restore_session()
    window.resize(1366, 768)
    window.show()
    QApplication.processEvents()
    workshop_id = ctx.store.list_workshops()[0].id
    window.hub.workshopOpened.emit(workshop_id)
    window.show_page("plan")
    wait(0.3)

    ticker = Ticker()
    figures: dict = {"participants": len(ctx.store.list_participants(workshop_id))}
    wait(0.2)
    since = time.perf_counter()
    wait(1.0)
    figures["idle"] = ticker.max_gap(since, time.perf_counter())
    figures["plans_runs"] = []
    for _ in range(plan_runs):
        with tempfile.TemporaryDirectory() as out:
            plans = plans_on_worker(window, workshop_id, Path(out))
        wait(0.3)  # the collection that follows gc.enable() belongs to this run
        plans.update(ticker.max_gap(plans.pop("since"), plans.pop("until") + 0.3))
        figures["plans_runs"].append(plans)
    figures["plans"] = max(figures["plans_runs"], key=lambda r: r["max_gap_ms"])
    window.show_page("run")
    wait(0.3)
    typed = autosave_in_editor(window, saves)
    figures["editor"] = {**ticker.max_gap(typed.pop("since"), typed.pop("until")),
                         "max_flush_ms": typed.pop("max_flush_s") * 1000, **typed}
    direct = autosave_store_only(window, saves)
    figures["store"] = ticker.max_gap(direct["since"], direct["until"])
    figures["change_costs_ms"] = what_a_change_costs(window)
    figures["backup"] = backups_on_the_task_runner(window, ticker, backup_runs)
    ticker.timer.stop()
    window.close()
    crash.uninstall()
    ctx.close()
    return figures


def _why(f: dict) -> str:
    cpu = f.get("gui_cpu_ms")
    parts = [f"GUI thread busy {cpu:.0f} ms" if cpu is not None else "", f"gc {f['gui_gc_ms']:.0f} ms"]
    return "; ".join(p for p in parts if p)


def run(settings: Settings) -> list[Result]:
    folder = copy_data_folder(settings.big_data, settings.out / "gui-500")
    f = run_child("scenarios/gui.py", str(folder), str(settings.n(40, 15)), str(settings.n(3, 1)),
                  str(settings.n(5, 3)))
    idle = f"idle {f['idle']['max_gap_ms']:.1f} ms"
    p, e, s, b = f["plans"], f["editor"], f["store"], f["backup"]
    return [
        Result(f"GUI stall while writing {f['participants']} plans on a worker thread "
               f"({p['via']}, worst of {len(f['plans_runs'])} runs)",
               f"max gap {p['max_gap_ms']:.1f} ms ({_why(p)})", idle, f"< {TARGET_MS:g} ms",
               p["max_gap_ms"] < TARGET_MS, f),
        Result(f"GUI stall while autosaving a note in the run page's editor ({e['saves']} saves)",
               f"max gap {e['max_gap_ms']:.1f} ms (flush max {e['max_flush_ms']:.1f} ms; {_why(e)})", idle,
               f"< {TARGET_MS:g} ms", e["max_gap_ms"] < TARGET_MS,
               {**e, "change_costs_ms": f["change_costs_ms"]}),
        Result("GUI stall, the same saves through Store.save_note alone",
               f"max gap {s['max_gap_ms']:.1f} ms ({_why(s)})", idle, f"< {TARGET_MS:g} ms",
               s["max_gap_ms"] < TARGET_MS, s),
        Result(f"GUI stall during a backup of the 500-workshop database ({b['bytes'] / 1e6:.1f} MB, "
               f"on the task runner, worst of {len(b['runs'])})",
               f"max gap {b['worst']['max_gap_ms']:.1f} ms ({_why(b['worst'])}; the backup took "
               f"{b['worst']['seconds'] * 1000:.0f} ms)",
               f"{idle}; on the GUI thread the backup took {b['on_gui_thread_ms']:.0f} ms",
               f"< {TARGET_MS:g} ms", b["worst"]["max_gap_ms"] < TARGET_MS, b),
    ]


if __name__ == "__main__":
    emit(child(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])))
    sys.stdout.flush()
    os._exit(0)  # before the interpreter releases the spare references (see pad_refcounts)
