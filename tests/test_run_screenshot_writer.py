"""Screenshots of the console (1366x768) and the projector (1920x1080, normal and high contrast).

They are written to the test's temporary folder on every run (so the drawing
code runs in the suite); set ``WORKSHOP_APP_SCREENSHOTS=docs/screenshots`` to
also write them where the documentation shows them.
A screenshot writer: it checks the widgets' state, not pixels (fonts differ between machines).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QApplication
from test_run_helpers import PRIVATE_NOTE, FakeClock, make_workshop

from workshop_app.gui.main_window import MainWindow
from workshop_app.model import ActionItem, Card, Cluster, Note

from gui_helpers import dark_palette

CARDS = {
    "Hand-offs": ["Late hand-offs on Mondays", "Nobody owns the weekly schedule"],
    "Planning": ["Targets set without asking operations", "No shared plan for peak season"],
    "": ["Leaders rarely visit the floor"],
}
OPTIONS = ["Monthly joint planning meeting", "Floor visits for every leader", "One shared dashboard",
           "Rotate supervisors into planning"]


def _fill(ctx, wid, items):
    store = ctx.store
    people = store.list_participants(wid)
    for name, texts in CARDS.items():
        cluster = store.add_cluster(Cluster(name=name, workshop_id=wid, agenda_item_id=items[1].id)) \
            if name else None
        for i, text in enumerate(texts):
            store.add_card(Card(text=text, workshop_id=wid, agenda_item_id=items[1].id,
                                participant_id=people[i % len(people)].id,
                                cluster_id=cluster.id if cluster else None))
    store.save_note(Note(text="Hand-offs came up in every group.", workshop_id=wid,
                         agenda_item_id=items[1].id))
    from workshop_app.model.pack import snapshot_exercise

    criteria = snapshot_exercise(items[2].exercise).capture.criteria
    for p_index, person in enumerate(people):
        for c_index, criterion in enumerate(criteria):
            store.set_rating(items[2].id, person.id, criterion, 1 + (p_index * 3 + c_index * 2) % 5)
    for i, text in enumerate(OPTIONS):
        card = store.add_card(Card(text=text, workshop_id=wid, agenda_item_id=items[4].id))
        store.set_votes(items[4].id, card.id, None, [9, 5, 7, 2][i])
    for i, (text, due, way) in enumerate((("Hold a joint planning meeting", "2026-04-01", "shared-decisions"),
                                          ("Visit the floor every Friday", "2026-03-20", "mutual-respect"))):
        store.add_action(ActionItem(text=text, workshop_id=wid, agenda_item_id=items[6].id,
                                    owners=[people[i].id, people[2].id], due=due, strategy=way,
                                    measure="Both teams attend", checkin="2026-04-15"))
    for text, x, y in (("Invite supervisors to planning", 0.2, 0.85), ("New planning tool", 0.8, 0.75),
                       ("Tidy the notice board", 0.15, 0.2)):
        card = store.add_card(Card(text=text, workshop_id=wid, agenda_item_id=items[5].id))
        store.set_placement(items[5].id, x, y, card_id=card.id)


def _save(widget, name: str, tmp_path: Path) -> Path:
    QApplication.processEvents()  # pending layouts, as the event loop would
    image = widget.grab()
    path = tmp_path / name
    assert image.save(str(path), "PNG", 0)  # 0: the strongest PNG compression
    out = os.environ.get("WORKSHOP_APP_SCREENSHOTS")
    if out:
        Path(out).mkdir(parents=True, exist_ok=True)
        image.save(str(Path(out) / name), "PNG", 0)
        assert (Path(out) / name).stat().st_size < 200_000, name  # small enough for the docs
    return path


def test_writes_the_console_and_projector_screenshots(main_window, qtbot, ctx, tmp_path):
    wid, items = make_workshop(ctx)
    _fill(ctx, wid, items)
    page = main_window.pages["run"]
    clock = FakeClock()
    page.set_clock(clock)
    main_window.resize(1366, 768)
    main_window.hub.workshopOpened.emit(wid)
    main_window.show_page("run")
    page.setFocus()
    session = page.session
    page._act(lambda: session.go_to(1, 1))
    page.toggle_timer()
    clock.advance(5 * 60)  # 1:00 left of 6 minutes: the warning colour
    page.refresh_time()
    assert page.step_panel.countdown.property("level") == "warning"
    page.capture.tabs.setCurrentIndex(0)
    shots = [_save(main_window, "run-console-cards.png", tmp_path)]

    page._act(lambda: session.go_to(2, 3))
    shots.append(_save(main_window, "run-console-rating.png", tmp_path))
    page._act(lambda: session.go_to(4, 3))
    shots.append(_save(main_window, "run-console-vote.png", tmp_path))
    page._act(lambda: session.go_to(5, 1))
    shots.append(_save(main_window, "run-console-matrix.png", tmp_path))
    page._act(lambda: session.go_to(6, 2))
    shots.append(_save(main_window, "run-console-actions.png", tmp_path))

    page._act(lambda: session.go_to(1, 1))
    page.toggle_projector()
    page.projector.resize(1920, 1080)
    page.refresh_time()
    QApplication.processEvents()
    assert PRIVATE_NOTE not in page.projector.visible_text()
    shots.append(_save(page.projector, "run-projector.png", tmp_path))
    page.toggle_reveal()
    shots.append(_save(page.projector, "run-projector-cards.png", tmp_path))
    page._act(lambda: session.go_to(4, 3))
    page.toggle_reveal()
    QApplication.processEvents()
    shots.append(_save(page.projector, "run-projector-votes.png", tmp_path))
    page.contrast.setChecked(True)
    page._act(lambda: session.go_to(2, 3))
    page.toggle_reveal()
    clock.advance(400)
    page.refresh_time()
    QApplication.processEvents()
    shots.append(_save(page.projector, "run-projector-contrast.png", tmp_path))
    page.toggle_blank()
    QApplication.processEvents()
    shots.append(_save(page.projector, "run-projector-pause.png", tmp_path))
    page.toggle_blank()
    page.contrast.setChecked(False)

    dark = dark_palette()
    old = QApplication.palette()
    QApplication.setPalette(dark)  # as a dark desktop would have it before the window opens
    try:
        page._act(lambda: session.go_to(1, 1))
        page.projector.hide()
        main_window.close()
        dark_window = MainWindow(ctx)
        qtbot.addWidget(dark_window)
        dark_window.pages["run"].set_clock(clock)
        dark_window.restore_session()
        dark_window.resize(1366, 768)
        dark_window.show()
        assert dark_window.current_page() == "run"
        shots.append(_save(dark_window, "run-console-dark.png", tmp_path))
        dark_window.close()
    finally:
        QApplication.setPalette(old)
    assert all(shot.stat().st_size > 10_000 for shot in shots)  # something was drawn
