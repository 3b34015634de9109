"""A long session does not wear the process out: signals emitted from Python keep references balanced.

PySide6 6.12.0 drops one reference to ``True`` on every ``Signal.emit()`` made from
Python (and some paths one to ``None``). On Python 3.11, where True and None are
ordinary objects, the process then aborts with "Fatal Python error: bool_dealloc" (or
none_dealloc) once a few thousand emits have been made: the app itself after about 200
autosaves of a note on the Run page, each of which emits about five signals through the
hub. PySide6 6.11.3 does not have the problem. The check runs in a child process,
because a failing run may abort.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EMITS = 5000

CHILD = textwrap.dedent(f"""
    import json, sys
    from PySide6.QtCore import QCoreApplication
    from workshop_app.gui.hub import SignalHub

    app = QCoreApplication([])
    hub = SignalHub()
    seen = []
    hub.workshopChanged.connect(seen.append)
    before = sys.getrefcount(True), sys.getrefcount(None)
    for i in range({EMITS}):
        hub.workshopChanged.emit(i)
        hub.status.emit("saved")
    after = sys.getrefcount(True), sys.getrefcount(None)
    print(json.dumps({{"seen": len(seen), "true": after[0] - before[0], "none": after[1] - before[1]}}),
          flush=True)
""")


def test_thousands_of_hub_signals_keep_the_process_alive_and_balanced():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, timeout=60)
    import PySide6

    where = f"PySide6 {PySide6.__version__}, Python {sys.version.split()[0]}"
    assert proc.returncode == 0, (
        f"the process died after emitting hub signals from Python ({where}): {proc.stderr.strip()[:300]}")
    figures = json.loads(proc.stdout.strip().splitlines()[-1])
    assert figures["seen"] == EMITS
    # A handful either way is the interpreter's own bookkeeping; one per emit is the bug.
    assert abs(figures["true"]) < 50 and abs(figures["none"]) < 50, f"{figures} ({where})"
