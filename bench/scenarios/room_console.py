"""The room under load with the console up: 60 phones send 20 cards each while the GUI thread is probed.

A child process builds the real MainWindow (offscreen, 1366 x 768) on a fresh data folder with a
workshop of 30 participants running a cards exercise (``room.room_workshop``), shows the Run page,
turns the projector on with the results revealed, and opens the room as the facilitator does:
the RoomPanel's "Open the room" button (on 127.0.0.1). The RoomServer runs on its thread in this
process, as in the app. The phones are a process of their own (this module run with ``phones``):
the same 60 aiohttp phones as ``room.py`` (they join at once; each sends its 20 cards one after
the other with its own ``answer_id``, then its last card again), so the phones' own Python never
competes with the GUI thread for the interpreter; only the server does, as in the room.

While the phones send, a 5 ms precise QTimer on the GUI thread (``gui.Ticker``) records when it
fires: the longest gap between two firings is the longest the window could not react (target
< 50 ms); also the p95 of the gaps and, for each gap over the target, the GUI thread's CPU time in
it and the cyclic garbage collections in it, on the GUI thread and on the others (a collection on
the room's thread holds the interpreter too). When the phones are done the event loop runs until
the console's card list shows every acknowledged card (how far the console was behind the last
phone). Then, where the console holds cards from phones until they are revealed, the bench presses
its "Reveal all", and measures apart (a facilitator's click, not the phones) how long until the
projector was given every card, and the longest gap meanwhile.

Checked: every acknowledged card is stored once, listed once in the console and given once to the
projector. Counted: how many times the window read the cards again (``hub.workshopChanged``, told
after each reading) and rebuilt the card list (its model reset), for the ``PHONES x CARDS`` cards.
Submit latency as in ``room.py`` (on the phones' side). Memory: the child's VmRSS before the
phones (after a warm-up phone) and after the console caught up.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from common import BENCH, Result, Settings, emit, percentile, run_child

TARGET_MS = 50.0
SUBMIT_TARGET_MS = 150.0
#: Never released: the child leaves with os._exit (see scenarios/gui.py pad_refcounts).
SPARE: list = []


def console_cards(capture) -> list[str]:
    """The cards' texts in the console's card list (in their groups), read through the model."""
    model = capture.model
    groups = [model.index(r, 0) for r in range(model.rowCount())]
    return [model.index(r, 0, g).data() for g in groups for r in range(model.rowCount(g))]


def projector_cards(projector) -> list[str]:
    """The cards' texts the projector was given (in their groups; the board may fit some of them
    as "+N more")."""
    return [line for group in projector.groups.groups for line in group.lines]


class Collections:
    """Every cyclic garbage collection in this process, on any thread: (start, end, generation,
    on the GUI thread). One on the room's thread holds the interpreter: the GUI thread waits."""

    def __init__(self) -> None:
        import gc
        import threading

        self.done: list[tuple[float, float, int, bool]] = []
        self._started: dict[int, float] = {}
        self._gui = threading.get_ident()
        self._ident = threading.get_ident
        gc.callbacks.append(self._on_gc)

    def _on_gc(self, phase: str, info: dict) -> None:
        me = self._ident()
        if phase == "start":
            self._started[me] = time.perf_counter()
        elif me in self._started:
            started = self._started.pop(me)
            self.done.append((started, time.perf_counter(), info["generation"], me == self._gui))

    def within(self, since: float, until: float, on_gui: bool) -> tuple[float, int]:
        """Milliseconds of collection in [since, until] on the GUI thread or the others, and the
        oldest generation collected."""
        inside = [(max(a, since), min(b, until), gen) for a, b, gen, gui in self.done
                  if gui == on_gui and b > since and a < until]
        return sum(b - a for a, b, _gen in inside) * 1000, max((gen for *_t, gen in inside), default=-1)


def reveal_all(capture) -> int:
    """Press the console's "Reveal all" when it has one and it is enabled: the cards from phones that
    wait in the console until the facilitator reveals them go to the projector. How many presses."""
    from PySide6.QtWidgets import QPushButton

    pressed = 0
    for button in capture.findChildren(QPushButton):
        if button.text().startswith("Reveal all") and button.isEnabled():
            button.click()
            pressed += 1
    return pressed


def phones_main(url: str, code: str, people: list[int], count: int, cards: int, label: str) -> dict:
    """The phones' process: ``count`` phones, ``cards`` cards each; what was acknowledged, how fast."""
    from scenarios.room import phones

    latencies: list[float] = []
    started = time.perf_counter()  # CLOCK_MONOTONIC: the same clock in the window's process
    acknowledged = asyncio.run(phones(url, code, people, count, cards, latencies, label=label))
    return {"acknowledged": acknowledged, "latencies": latencies, "started": started,
            "ended": time.perf_counter()}


def send_phones(room, people: list[int], count: int, cards: int, label: str) -> tuple[subprocess.Popen, Path]:
    """Start the phones' process against ``room``; its figures land in the returned file."""
    out = Path(tempfile.mkstemp(prefix="bench-phones-", suffix=".json")[1])
    args = [sys.executable, str(Path(__file__).resolve()), "phones", room.url, room.code,
            json.dumps(people), str(count), str(cards), label, str(out)]
    return subprocess.Popen(args, cwd=str(BENCH)), out  # the child's environment (see common.child_env)


def child(cards: int, phones: int) -> dict:
    from PySide6.QtWidgets import QApplication

    from scenarios.gui import Ticker, pad_refcounts, wait, wait_until
    from scenarios.room import room_workshop, rss_mb

    SPARE.extend(pad_refcounts())

    from workshop_app.gui.app import ensure_application, open_context
    from workshop_app.gui.main_window import MainWindow
    from workshop_app.paths import DataDir
    from workshop_app.services.context import AppContext

    folder = tempfile.mkdtemp(prefix="bench-room-console-")
    ctx = AppContext(DataDir(Path(folder) / "data").ensure())
    workshop_id, item_id, people = room_workshop(ctx.store)
    ensure_application()
    open_context(ctx)
    window = MainWindow(ctx)
    window.resize(1366, 768)
    window.show()
    QApplication.processEvents()
    window.hub.workshopOpened.emit(workshop_id)
    window.show_page("run")
    wait(0.3)
    page = window.pages["run"]
    capture = page.capture.main
    page.toggle_projector()  # the projector on ...
    page.toggle_reveal()  # ... showing the results
    page.room.host = "127.0.0.1"  # the phones are on this machine
    page.room.open_button.click()  # "Open the room"
    room = page.room.room
    if room is None or not page.room.is_open():
        raise RuntimeError(f"the room did not open: {page.room.status.text()}")

    resets, changes = [0], [0]
    capture.model.modelReset.connect(lambda: resets.__setitem__(0, resets[0] + 1))
    window.hub.workshopChanged.connect(lambda _wid: changes.__setitem__(0, changes[0] + 1))

    def run_phones(count: int, each: int, label: str) -> dict:
        """The phones' figures; ``started`` and ``ended`` are this process's perf_counter (the
        window may notice the end late: it is what is measured)."""
        proc, out = send_phones(room, people, count, each, label)
        wait_until(lambda: proc.poll() is not None, timeout=600)
        if proc.returncode != 0:
            raise RuntimeError(f"the phones failed ({proc.returncode})")
        figures = json.loads(out.read_text())
        out.unlink()
        return figures

    warm = run_phones(1, 2, "warm-up")  # imports, first connections, the first reloads
    wait_until(lambda: set(warm["acknowledged"]) <= set(console_cards(capture)), timeout=60)
    wait(0.5)
    before = rss_mb()
    ticker = Ticker()
    collections = Collections()
    wait(0.5)
    idle_since = time.perf_counter()
    wait(1.0)
    idle = ticker.max_gap(idle_since, time.perf_counter())
    resets[0] = changes[0] = 0
    sent = run_phones(phones, cards, "phone")
    started, phones_done = sent["started"], sent["ended"]
    acknowledged = sent["acknowledged"]
    wait_until(lambda: set(acknowledged) <= set(console_cards(capture)), timeout=600)
    caught_up = time.perf_counter()
    wait(0.5)  # the collection that may follow belongs to the burst
    ended = time.perf_counter()
    rebuilt, read = resets[0], changes[0]
    # then the facilitator reveals what waits in the console (where cards wait), and the projector
    # shows it (at its next tick)
    held = sum(1 for c in ctx.store.list_cards(workshop_id, item_id) if c.held)
    reveal_started = time.perf_counter()
    pressed = reveal_all(capture)
    wait_until(lambda: set(acknowledged) <= set(projector_cards(page.projector)), timeout=60)
    on_projector = time.perf_counter()
    wait(0.3)
    reveal = {"held": held, "pressed": pressed, "ms": round((on_projector - reveal_started) * 1000, 1),
              **ticker.max_gap(reveal_started, time.perf_counter())}
    ticker.timer.stop()
    after = rss_mb()

    ticks = [t for t in ticker.ticks if started <= t[0] <= ended]
    gaps = [(b[0] - a[0]) * 1000 for a, b in zip(ticks, ticks[1:], strict=False)]
    stalls = [{"at_ms": round((a[0] - started) * 1000), "ms": round((b[0] - a[0]) * 1000, 1),
               "gui_cpu_ms": round((b[1] - a[1]) * 1000, 1),
               "gc_on_gui": collections.within(a[0], b[0], True),
               "gc_elsewhere": collections.within(a[0], b[0], False)}
              for a, b in zip(ticks, ticks[1:], strict=False) if (b[0] - a[0]) * 1000 > TARGET_MS]
    gc_total = {"gui_ms": collections.within(started, ended, True)[0],
                "elsewhere_ms": collections.within(started, ended, False)[0],
                "full": sum(1 for a, _b, gen, _gui in collections.done if gen == 2 and started <= a <= ended)}
    worst = ticker.max_gap(started, ended)
    listed = Counter(console_cards(capture))
    stored = Counter(c.text for c in ctx.store.list_cards(workshop_id, item_id)
                     if not c.text.startswith("warm-up"))
    shown = Counter(projector_cards(page.projector))
    figures = {
        "phones": phones, "cards_each": cards, "acknowledged": len(acknowledged),
        "stored": sum(stored.values()), "twice": sorted(t for t, n in stored.items() if n > 1),
        "stored_once": (len(acknowledged) == phones * cards and set(stored) == set(acknowledged)
                        and all(n == 1 for n in stored.values())),
        "console_lists": sum(n for t, n in listed.items() if not t.startswith("warm-up")),
        "console_all_once": all(listed[t] == 1 for t in acknowledged),
        "projector_all_once": all(shown[t] == 1 for t in acknowledged),
        "latencies_ms": [round(x * 1000, 2) for x in sent["latencies"]],
        "phones_seconds": round(phones_done - started, 2),
        "caught_up_after_phones_ms": round((caught_up - phones_done) * 1000, 1),
        "reveal": reveal,
        "idle": idle, "max_gap": worst,
        "gap_p95_ms": percentile(gaps, 95) if gaps else float("nan"),
        "gap_p99_ms": percentile(gaps, 99) if gaps else float("nan"),
        "stalls_over_target": stalls,  # each gap over the target: how long, the GUI thread's CPU, gc
        "gc": gc_total,
        "list_reloads": rebuilt, "workshop_changed": read,
        "rss_before_mb": round(before, 1), "rss_after_mb": round(after, 1),
    }
    page.room.open_button.click()  # "Close the room"
    window.close()
    ctx.close()
    return figures


def run(settings: Settings) -> list[Result]:
    from scenarios.room import CARDS, PHONES

    cards = settings.n(CARDS, 10)
    return results(run_child("scenarios/room_console.py", str(cards), str(PHONES), timeout=1800))


def results(f: dict) -> list[Result]:
    """The table's lines from the child's figures."""
    n = f["phones"] * f["cards_each"]
    p50, p95 = percentile(f["latencies_ms"], 50), percentile(f["latencies_ms"], 95)
    g = f["max_gap"]
    worst = max(f["stalls_over_target"], key=lambda s: s["ms"], default=None)
    why = ""
    if worst is not None:
        why = (f" (GUI thread busy {worst['gui_cpu_ms']:.0f} ms, gc {worst['gc_on_gui'][0]:.0f} ms there "
               f"and {worst['gc_elsewhere'][0]:.0f} ms on other threads)")
    idle = f"idle {f['idle']['max_gap_ms']:.1f} ms"
    return [
        Result(f"room with the console: cards stored once, all in the console and on the projector "
               f"({f['phones']} phones x {f['cards_each']})",
               f"{f['acknowledged']} acknowledged, {f['stored']} stored, {f['console_lists']} listed",
               target="each acknowledged card once, all shown",
               ok=f["stored_once"] and f["console_all_once"] and f["projector_all_once"], data=f),
        Result("room with the console: submit latency",
               f"p50 {p50:.1f} ms, p95 {p95:.1f} ms ({n} cards in {f['phones_seconds']:.1f} s)",
               target=f"p95 < {SUBMIT_TARGET_MS:.0f} ms", ok=p95 < SUBMIT_TARGET_MS),
        Result("room with the console: GUI stall while the phones send",
               f"max gap {g['max_gap_ms']:.1f} ms{why}; gaps p95 {f['gap_p95_ms']:.1f} ms, "
               f"{len(f['stalls_over_target'])} over {TARGET_MS:g} ms; the cards read "
               f"{f['workshop_changed']} times for {n} ({f['list_reloads']} list rebuilt), all shown "
               f"{f['caught_up_after_phones_ms']:.0f} ms after the last phone; "
               f"{f['gc']['full']} full collections", idle, f"< {TARGET_MS:g} ms",
               g["max_gap_ms"] < TARGET_MS),
        Result(f"room with the console: then Reveal all ({f['reveal']['held']} cards waiting)"
               if f["reveal"]["pressed"] else "room with the console: then the projector (no card waits)",
               f"{f['reveal']['ms']:.0f} ms until the projector has every card; max gap "
               f"{f['reveal']['max_gap_ms']:.1f} ms", "-", "-"),
        Result("room with the console: memory",
               f"RSS {f['rss_before_mb']:.0f} MB before, {f['rss_after_mb']:.0f} MB after"),
    ]


if __name__ == "__main__":
    if sys.argv[1] == "phones":
        url, code, people, count, each, label, out = sys.argv[2:9]
        Path(out).write_text(json.dumps(phones_main(url, code, json.loads(people), int(count), int(each),
                                                    label)))
        sys.exit(0)
    emit(child(int(sys.argv[1]), int(sys.argv[2])))
    sys.stdout.flush()
    os._exit(0)  # before the interpreter releases the spare references
