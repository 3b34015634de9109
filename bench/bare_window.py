"""The start-up baseline: a bare PySide6 window, measured the way ``--benchmark-startup`` is.

Creates a QApplication and a QMainWindow of the app's default size, shows it, and once its
first frame has been painted (``workshop_app.gui.first_frame``, the app's own hook: the
first Paint event, then a zero-timer) prints ``startup_ms=N`` (from the first line of this
script) and exits.
"""

import time

STARTED = time.perf_counter()  # first thing, as in workshop_app/cli.py

import sys  # noqa: E402

from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402

from workshop_app.gui.first_frame import after_first_paint  # noqa: E402


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Bare window")
    window.resize(1280, 800)

    def report() -> None:
        print(f"startup_ms={round((time.perf_counter() - STARTED) * 1000)}", flush=True)
        window.close()
        app.quit()

    after_first_paint(window, report)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
