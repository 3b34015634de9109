"""Library and search over 500 workshops: opening the workshop list, and full-text search.

Measured in a fresh child process (the first call is cold), repeated:

- the list as the brief defines it: ``Store.list_workshops`` + ``WorkshopListModel.refresh``;
- the list as a user opens it: ``WorkshopsPage.refresh`` shown in a window, then the event
  loop until it is laid out and painted (sorting proxy, columns sized to their contents);
- ``Store.search`` for a word in every workshop, a word in one workshop, Chinese text
  (two characters: the LIKE path; six: the trigram index) and two words together.
"""

from __future__ import annotations

import sys
import time

from common import Result, Settings, emit, median, ms, run_child
from dataset import CJK_TEXT, RARE_WORD

TARGET_MS = 100.0
QUERIES = ("stand-up", RARE_WORD, CJK_TEXT[-2:], CJK_TEXT, "weekly decisions")


def _timed(call, reps: int) -> list[float]:
    times = []
    for _ in range(reps):
        started = time.perf_counter()
        call()
        times.append(time.perf_counter() - started)
    return times


def child(data_dir: str, reps: int) -> dict:
    from PySide6.QtWidgets import QApplication

    from workshop_app.gui.app import ensure_application, open_context
    from workshop_app.gui.hub import SignalHub
    from workshop_app.gui.models.workshop_list import WorkshopListModel
    from workshop_app.gui.pages.workshops_page import WorkshopsPage
    from workshop_app.gui.settings import app_settings
    from workshop_app.gui.taskman import TaskManager
    from workshop_app.services.context import AppContext

    ctx = AppContext.from_option(data_dir)
    ensure_application()
    open_context(ctx)
    model = WorkshopListModel(ctx.store)
    figures: dict = {"list_model": _timed(model.refresh, reps), "rows": model.rowCount()}

    page = WorkshopsPage(ctx, SignalHub(), app_settings(ctx.data_dir), TaskManager())
    page.resize(1280, 760)
    page.show()
    QApplication.processEvents()

    def open_page() -> None:
        page.refresh()
        QApplication.processEvents()  # layout, column sizes, paint

    figures["list_page"] = _timed(open_page, reps)
    figures["search"] = {q: _timed(lambda q=q: ctx.store.search(q), reps) for q in QUERIES}
    figures["hits"] = {q: len(ctx.store.search(q)) for q in QUERIES}
    page.close()
    ctx.close()
    return figures


def run(settings: Settings) -> list[Result]:
    reps = settings.n(30, 10)
    f = run_child("scenarios/library.py", str(settings.big_data), str(reps))
    results = []
    for key, label in (("list_model", "Workshop list: Store.list_workshops + WorkshopListModel.refresh"),
                       ("list_page", "Workshop list page (widget): refresh, layout and paint")):
        worst, typical = max(f[key]), median(f[key])
        results.append(Result(f"{label}, {f['rows']} workshops", f"max {ms(worst)} (median {ms(typical)})",
                              "-", f"< {TARGET_MS:g} ms", worst * 1000 < TARGET_MS, {"times": f[key]}))
    per_query = {q: max(t) for q, t in f["search"].items()}
    slowest = max(per_query, key=per_query.get)
    everything = [t for times in f["search"].values() for t in times]
    results.append(Result(
        f"Full-text search: Store.search over 500 workshops ({len(QUERIES)} queries)",
        f"max {ms(per_query[slowest])} (median {ms(median(everything))})", "-",
        f"< {TARGET_MS:g} ms", per_query[slowest] * 1000 < TARGET_MS,
        {"max_ms_per_query": {q: t * 1000 for q, t in per_query.items()}, "hits": f["hits"]}))
    return results


if __name__ == "__main__":
    emit(child(sys.argv[1], int(sys.argv[2])))
