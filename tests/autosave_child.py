"""Child processes for tests/test_autosave.py: type into the real note editor until killed.

    python autosave_child.py

reads one JSON line per typist, ``[data_dir, workshop_id, item_id, seed, log_file]``,
forks a typist for it (Python, Qt and the app are imported once, before
forking, so a hundred typists start quickly), prints the typist's process id,
and ``done`` once it has died. It stops when its input closes.

A typist builds the Run page's note editor (NotesCapture, offscreen) on the data
folder and types :func:`typing_plan` key by key with QTest, without ever
pausing for the autosave's idle delay. Time is the child's own: a clock it
moves forward by each key's interval before pressing the key, handed to the
editor's autosave, so the schedule is exact however busy the machine is.
After each key it writes ``INDEX TIME`` to its log file (flushed), then lets
Qt run its timers. The parent SIGKILLs it at a random moment and checks the database
against this log.
"""

from __future__ import annotations

import json
import os
import random
import sys
from pathlib import Path

#: How many keys a child types at most (it is killed long before).
KEYS = 4000
WORDS = ("hand-offs", "are", "late", "the", "ops", "team", "waits", "for", "sign-off", "we",
         "agreed", "to", "try", "a", "weekly", "check-in", "(Ann)", "5%", "<b>", "&gt;", "#1")


def typing_plan(seed: int) -> list[tuple[str, float]]:
    """(character, seconds since the previous key): steady typing, never a pause of a second."""
    rng = random.Random(seed)
    text = "Note"
    while len(text) < KEYS:
        text += ("\n" if rng.random() < 0.08 else " ") + rng.choice(WORDS)
    plan = []
    for ch in text[:KEYS]:
        burst = rng.random() < 0.9
        plan.append((ch, rng.uniform(0.03, 0.25) if burst else rng.uniform(0.25, 0.95)))
    return plan


def type_until_killed(root: str, workshop_id: int, item_id: int, seed: int, log: str) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from workshop_app.gui.hub import SignalHub
    from workshop_app.gui.run.capture_base import CaptureEnv
    from workshop_app.gui.run.capture_notes import NotesCapture
    from workshop_app.paths import DataDir
    from workshop_app.services.context import AppContext

    app = QApplication([])
    ctx = AppContext(DataDir(Path(root)))
    env = CaptureEnv(ctx, SignalHub())
    env.set_workshop(workshop_id)
    item = next(i for i in ctx.store.list_agenda(workshop_id) if i.id == item_id)
    notes = NotesCapture(env)
    notes.set_item(item, None)
    notes.show()
    now = 0.0
    notes.autosave.clock = lambda: now
    editor = notes.editor
    editor.setFocus()
    out = open(log, "w", encoding="utf-8")  # noqa: SIM115 - open until the process is killed
    for index, (ch, interval) in enumerate(typing_plan(seed)):
        now += interval
        if ch == "\n":
            QTest.keyClick(editor, Qt.Key.Key_Return)
        else:
            QTest.keyClicks(editor, ch)
        out.write(f"{index} {now:.6f}\n")
        out.flush()
        app.processEvents()
    while True:  # typed everything: wait to be killed
        app.processEvents()
        QTest.qWait(50)


def serve() -> None:
    import PySide6.QtTest  # noqa: F401 - imported once, before forking
    import PySide6.QtWidgets  # noqa: F401

    import workshop_app.gui.run.capture_notes  # noqa: F401
    import workshop_app.services.context  # noqa: F401

    for line in sys.stdin:
        root, workshop_id, item_id, seed, log = json.loads(line)
        pid = os.fork()
        if pid == 0:
            try:
                type_until_killed(root, workshop_id, item_id, seed, log)
            finally:
                os._exit(1)
        print(pid, flush=True)
        os.waitpid(pid, 0)
        print("done", flush=True)


if __name__ == "__main__":
    serve()
