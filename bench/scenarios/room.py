"""Room under load: 60 phones join at once and each sends 20 cards, every card acknowledged or not.

A real RoomServer (aiohttp on its own thread, the Store on its worker threads) on 127.0.0.1,
on a fresh data folder, and 60 simulated phones in this process: one aiohttp client session,
one asyncio task per phone. Each phone joins as one of 30 participants (two phones each), then
sends its 20 cards one after the other (a phone waits for each reply, as the page does), every
card with its own ``answer_id``; the 60 phones run at the same time. Then every phone sends its
last card again with the same ``answer_id``, as a phone does whose reply was lost.

Checked: every acknowledged card is in the database exactly once, and nothing that was not
acknowledged is. Measured: the submit latency (request sent to reply read, on the client), p50
and p95 against the issue's 150 ms, and the process's resident memory (VmRSS) before the phones
join and after they are done (a warm-up round of one phone runs first, so imports and the first
connections are not counted as growth).
"""

from __future__ import annotations

import asyncio
import tempfile
import time
import uuid
from collections import Counter
from pathlib import Path

from common import Result, Settings, ms, percentile

TARGET_MS = 150.0
PHONES = 60
CARDS = 20
PEOPLE = 30


def rss_mb() -> float:
    """The resident memory of this process now (Linux /proc), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def room_workshop(store) -> tuple[int, int, list[int]]:
    """A workshop of ``PEOPLE`` participants whose run stands on a cards exercise."""
    from workshop_app.model import AgendaItem, Participant, RunState, Workshop
    from workshop_app.model.pack import Capture, Exercise, Step

    w = store.create_workshop(Workshop(title="Load", language="en"))
    people = store.add_participants(w.id, [Participant(f"Person {n}") for n in range(PEOPLE)])
    exercise = Exercise(id="ideas", title="Ideas", minutes=10, capture=Capture(type="cards"),
                        steps=[Step("Write", 10, "One idea per card")])
    item = store.add_agenda_item(AgendaItem(title="Ideas", minutes=10, workshop_id=w.id,
                                            exercise=exercise.to_dict()))
    store.save_run_state(RunState(workshop_id=w.id, agenda_item_id=item.id, step_index=0,
                                  started_at="2026-11-30T09:00:00"))
    return w.id, item.id, [p.id for p in people]


async def phone(session, url: str, code: str, participant: int, label: str, cards: int,
                latencies: list[float]) -> list[str]:
    """One phone: join, send ``cards`` cards, send the last again; the texts acknowledged."""
    async with session.post(url + "api/join", json={"code": code, "participant": participant}) as r:
        token = (await r.json())["token"]
    headers = {"Authorization": f"Bearer {token}"}
    acknowledged = []
    body = {}
    for k in range(cards):
        body = {"kind": "card", "text": f"{label} card {k}", "answer_id": uuid.uuid4().hex}
        started = time.perf_counter()
        async with session.post(url + "api/submit", json=body, headers=headers) as r:
            await r.read()
            latencies.append(time.perf_counter() - started)
            if r.status == 200:
                acknowledged.append(body["text"])
    async with session.post(url + "api/submit", json=body, headers=headers) as r:  # the reply was lost
        assert r.status == 200, await r.text()
    return acknowledged


async def phones(url: str, code: str, people: list[int], count: int, cards: int,
                 latencies: list[float], label: str = "phone") -> list[str]:
    import aiohttp

    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector) as session:
        done = await asyncio.gather(*(phone(session, url, code, people[n % len(people)], f"{label} {n}",
                                            cards, latencies) for n in range(count)))
    return [text for texts in done for text in texts]


def run(settings: Settings) -> list[Result]:
    from workshop_app.paths import DataDir
    from workshop_app.room.server import RoomServer
    from workshop_app.services.context import AppContext

    cards = settings.n(CARDS, 10)
    with tempfile.TemporaryDirectory(prefix="bench-room-") as folder:
        ctx = AppContext(DataDir(Path(folder) / "data").ensure())
        try:
            workshop_id, item_id, people = room_workshop(ctx.store)
            room = RoomServer(ctx, workshop_id)
            url = room.start("127.0.0.1", 0)
            try:
                asyncio.run(phones(url, room.code, people, 1, 2, [], label="warm-up"))
                before = rss_mb()
                latencies: list[float] = []
                started = time.perf_counter()
                acknowledged = asyncio.run(phones(url, room.code, people, PHONES, cards, latencies))
                seconds = time.perf_counter() - started
                after = rss_mb()
            finally:
                room.stop()
            stored = Counter(c.text for c in ctx.store.list_cards(workshop_id, item_id)
                             if not c.text.startswith("warm-up"))
        finally:
            ctx.close()
    once = (len(acknowledged) == PHONES * cards and set(stored) == set(acknowledged)
            and all(n == 1 for n in stored.values()))
    p50, p95 = percentile(latencies, 50) * 1000, percentile(latencies, 95) * 1000
    data = {"phones": PHONES, "cards_each": cards, "acknowledged": len(acknowledged),
            "stored": sum(stored.values()), "twice": sorted(t for t, n in stored.items() if n > 1),
            "seconds": round(seconds, 2), "latencies_ms": [round(x * 1000, 2) for x in latencies],
            "rss_before_mb": round(before, 1), "rss_after_mb": round(after, 1)}
    return [
        Result("room: cards stored once", f"{len(acknowledged)} acknowledged, {sum(stored.values())} stored",
               target="each acknowledged card once", ok=once, data=data),
        Result("room: submit latency", f"p50 {ms(p50 / 1000)}, p95 {ms(p95 / 1000)} "
                                       f"({PHONES} phones x {cards} cards in {seconds:.1f} s)",
               target=f"p95 < {TARGET_MS:.0f} ms", ok=p95 < TARGET_MS),
        Result("room: memory", f"RSS {before:.0f} MB before, {after:.0f} MB after"),
    ]
