"""With a second screen, the projector window goes full screen there (a child process with two
offscreen screens: Qt's screen list is fixed per process)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import workshop_app

HERE = Path(__file__).parent
PROBE = r"""
import sys
from pathlib import Path
from workshop_app.gui.app import ensure_application, open_context
from workshop_app.gui.main_window import MainWindow
from workshop_app.paths import DataDir
from workshop_app.services.context import AppContext
from workshop_app.services.workshop_files import import_sample

app = ensure_application()
ctx = AppContext(DataDir(Path(sys.argv[1])))
open_context(ctx)
window = MainWindow(ctx)
window.show()
window.hub.workshopOpened.emit(import_sample(ctx))
window.show_page("run")
app.processEvents()
page = window.pages["run"]
page.toggle_projector()
app.processEvents()
print("screens", [s.name() for s in app.screens()])
print("console", window.screen().name())
print("projector", page.projector.screen().name(), page.projector.isFullScreen(),
      page.projector.geometry().width())
"""


def test_projector_goes_full_screen_on_the_second_screen(tmp_path):
    env = {**os.environ,
           "QT_QPA_PLATFORM": f"offscreen:configfile={HERE / 'data' / 'offscreen-two-screens.json'}",
           "PYTHONPATH": str(Path(workshop_app.__file__).resolve().parent.parent)}
    proc = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path / "data")], capture_output=True,
                          text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    lines = dict(line.split(" ", 1) for line in proc.stdout.strip().splitlines())
    assert lines["screens"] == "['laptop', 'projector']"
    assert lines["console"] == "laptop"
    assert lines["projector"] == "projector True 1920"
