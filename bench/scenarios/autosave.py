"""Autosave: the latency of ``Store.save_note`` updating a note being typed, 500 workshops stored.

This is the call the run page's notes editor makes about a second after the last key
(and on every navigation): an update of the same note with its whole text, which grows
as the facilitator types (up to 3,000 characters, then the oldest words scroll out).
The baseline (bare_sqlite.py) makes the same updates with plain sqlite3 and the same
durability: WAL, synchronous=FULL, one transaction and one fsync per save.
"""

from __future__ import annotations

import time

from common import Result, Settings, ms, percentile
from dataset import copy_data_folder

TARGET_MS = 10.0
GROWTH = 25  # characters typed between two saves
LONGEST = 3000
CORPUS = ("Ops and leadership agree: a weekly stand-up on Mondays, decisions noted on the board; "
          "dispatch gets the forecast on Thursday, not Friday; 加强沟通 between shifts; "
          "Tomás co-chairs; check-in on the 14th. ") * 200


def typed_texts(saves: int) -> list[str]:
    texts = []
    for i in range(saves):
        end = GROWTH * (i + 1)
        texts.append(CORPUS[max(0, end - LONGEST):end])
    return texts


def app_latencies(settings: Settings, texts: list[str]) -> list[float]:
    from workshop_app.model.workshop import Note
    from workshop_app.paths import DataDir
    from workshop_app.storage import open_store

    folder = copy_data_folder(settings.big_data, settings.out / "autosave-500")
    store, _ = open_store(DataDir(folder))
    try:
        workshop = store.list_workshops()[len(texts) % 500]
        item = store.list_agenda(workshop.id)[-1]
        note = store.save_note(Note(text="", workshop_id=workshop.id, agenda_item_id=item.id))
        times = []
        for text in texts:
            typed = Note(text=text, id=note.id, workshop_id=workshop.id, agenda_item_id=item.id,
                         created_at=note.created_at)
            started = time.perf_counter()
            note = store.save_note(typed)
            times.append(time.perf_counter() - started)
        assert store.list_notes(workshop.id, item.id)[-1].text == texts[-1]
        return times
    finally:
        store.close()


def run(settings: Settings) -> list[Result]:
    from bare_sqlite import autosave_latencies

    texts = typed_texts(settings.n(600, 150))
    app = app_latencies(settings, texts)
    bare = autosave_latencies(settings.out / "bare-autosave.db", texts)
    figures = {name: {"p50_ms": percentile(v, 50) * 1000, "p99_ms": percentile(v, 99) * 1000,
                      "max_ms": max(v) * 1000, "saves": len(v)} for name, v in (("app", app), ("bare", bare))}
    a, b = figures["app"], figures["bare"]
    return [Result(
        f"Autosave: Store.save_note update, 500 workshops ({len(texts)} saves)",
        f"p99 {ms(a['p99_ms'] / 1000)} (p50 {ms(a['p50_ms'] / 1000)})",
        f"p99 {ms(b['p99_ms'] / 1000)} (p50 {ms(b['p50_ms'] / 1000)}) bare sqlite3",
        f"p99 < {TARGET_MS:g} ms (x{a['p99_ms'] / b['p99_ms']:.1f} bare)", a["p99_ms"] < TARGET_MS, figures)]
