"""Screenshots of the Plan page's tabs at 1366x768, light and dark, and of the CSV import.

Written to the test's temporary folder on every run (so the drawing code runs in
the suite); set ``WORKSHOP_APP_SCREENSHOTS=docs/screenshots`` to also write them
where the documentation shows them.
A screenshot writer: it checks the widgets' state, not pixels (fonts differ between machines).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QApplication
from test_plan_support import open_plan

from workshop_app.gui.main_window import MainWindow
from workshop_app.model import Participant

from gui_helpers import after_reading, dark_palette, when_modal

CSV = Path(__file__).parent / "data" / "csv"
PEOPLE = [
    ("Amara Okafor", "Managing director", "Board", "leadership", "amara.okafor@example.org"),
    ("Jonas Weber", "Head of logistics", "Warehouse", "management", "jonas.weber@example.org"),
    ("Sofía Ramírez", "Shift supervisor", "Warehouse", "operations", "sofia.ramirez@example.org"),
    ("Li Wei", "Planning lead", "Planning", "operations", "li.wei@example.org"),
    ("Fatima Zahra", "Strategy manager", "Strategy", "leadership", ""),
    ("Peter Novák", "Maintenance lead", "Facilities", "operations", "peter.novak@example"),
    ("Hannah Schmidt", "HR business partner", "People", "other", "hannah.schmidt@example.org"),
]


def _save(widget, name: str, tmp_path: Path) -> Path:
    QApplication.processEvents()
    image = widget.grab()
    path = tmp_path / name
    assert image.save(str(path))
    out = os.environ.get("WORKSHOP_APP_SCREENSHOTS")
    if out:
        Path(out).mkdir(parents=True, exist_ok=True)
        image.save(str(Path(out) / name))
    return path


def test_writes_the_plan_screenshots(main_window, ctx, qtbot, tmp_path):
    people = [Participant(name=n, role=r, team=t, side=s, email=e) for n, r, t, s, e in PEOPLE]
    main_window.resize(1366, 768)
    plan = open_plan(main_window, ctx, qtbot, participants=people,
                     title="Leaders & operations: one team", organisation="Northwind Logistics",
                     location="Training room 2, Rotterdam", facilitator="Sam Rivera",
                     start_time="09:00", planned_minutes=90)
    page = plan.page
    page.tabs.setCurrentIndex(2)
    page.agenda.start_from("bridging-leadership-operations", "ninety-minutes")
    page.agenda.library.search.setText("check-in")
    page.agenda.library.add_selected()  # one more exercise: 10 min over the plan
    page.agenda.library.search.clear()
    page.agenda.view.selectRow(1)
    assert page.agenda.overrun()
    page.tabs.setCurrentIndex(0)
    shots = [_save(main_window, "plan-details.png", tmp_path)]
    page.tabs.setCurrentIndex(1)
    page.participants.view.selectRow(2)
    shots.append(_save(main_window, "plan-participants.png", tmp_path))
    page.tabs.setCurrentIndex(2)
    shots.append(_save(main_window, "plan-agenda.png", tmp_path))

    def shoot_dialog(dialog):
        dialog.resize(900, 640)
        shots.append(_save(dialog, "plan-csv-import.png", tmp_path))
        dialog.reject()

    page.tabs.setCurrentIndex(1)
    when_modal(after_reading(shoot_dialog))
    page.participants.import_csv(str(CSV / "signup-bad-rows.csv"))

    old = QApplication.palette()
    QApplication.setPalette(dark_palette())  # as a dark desktop would have it before the window opens
    try:
        main_window.close()
        dark_window = MainWindow(ctx)
        qtbot.addWidget(dark_window)
        dark_window.restore_session()
        dark_window.resize(1366, 768)
        dark_window.show()
        assert dark_window.current_page() == "plan"
        dark_page = dark_window.pages["plan"]
        for index, name in enumerate(("details", "participants", "agenda")):
            dark_page.tabs.setCurrentIndex(index)
            shots.append(_save(dark_window, f"plan-{name}-dark.png", tmp_path))
        assert dark_page.agenda.overrun()
        dark_window.close()
    finally:
        QApplication.setPalette(old)
    for shot in shots:
        assert shot.stat().st_size < 200_000, shot
