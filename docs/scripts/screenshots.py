"""Screenshots for the README and docs, taken from the real app offscreen.

``python docs/scripts/screenshots.py [OUT_DIR]`` (default docs/screenshots): a temporary
data folder with the sample workshop imported, the main window at 1366x768.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from workshop_app.gui.app import ensure_application, open_context  # noqa: E402
from workshop_app.gui.main_window import MainWindow  # noqa: E402
from workshop_app.paths import DataDir  # noqa: E402
from workshop_app.services.context import AppContext  # noqa: E402
from workshop_app.services.workshop_files import import_sample  # noqa: E402


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = ensure_application()
    with tempfile.TemporaryDirectory() as tmp:
        ctx = AppContext(DataDir(Path(tmp)))
        open_context(ctx)
        window = MainWindow(ctx)
        window.resize(1366, 768)
        window.show()
        settle(app)
        window.grab().save(str(out / "welcome.png"))
        workshop_id = import_sample(ctx)
        window.hub.workshopsChanged.emit()
        window.show_page("workshops")
        settle(app)
        window.grab().save(str(out / "main-window.png"))
        window.show_page("library")
        settle(app)
        window.grab().save(str(out / "library.png"))
        window.hub.workshopOpened.emit(workshop_id)
        window.show_page("wrapup")
        settle(app)
        window.grab().save(str(out / "wrapup.png"))
        window.close()
        ctx.close()
    print(f"screenshots in {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
