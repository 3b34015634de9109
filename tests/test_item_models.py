"""Every Qt item model in the app passes Qt's model tester with real data.

The window is walked as a facilitator would (the sample workshop on every page, every agenda
item on Run, the pack editor on a copy of the built-in pack); every item model found on the way
is checked by Qt's own ``QAbstractItemModelTester`` (row counts, parents, indexes, flags, data
roles), which then keeps watching the model: every change made later in the walk is checked
too. A model class in the code that the walk never meets fails the test, so a new model cannot
go unchecked.
"""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication

import workshop_app
from workshop_app.services import workshop_files

from gui_helpers import click_button, when_modal

PACKAGE = Path(workshop_app.__file__).resolve().parent
QT_MODEL_BASES = {"QAbstractItemModel", "QAbstractTableModel", "QAbstractListModel", "QStandardItemModel"}


def model_classes_in_the_code() -> set[str]:
    """Names of our classes that derive directly from a Qt item model."""
    found = set()
    for path in (PACKAGE / "gui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases = {b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases}
                if bases & QT_MODEL_BASES:
                    found.add(node.name)
    return found


def our_models(*roots) -> list[QAbstractItemModel]:
    models = []
    for root in roots:
        for model in root.findChildren(QAbstractItemModel):
            if isinstance(model, QSortFilterProxyModel):
                model = model.sourceModel()
            if type(model).__module__.startswith("workshop_app") and model not in models:
                models.append(model)
    return models


def test_every_item_model_passes_the_model_tester(main_window, qtbot, ctx, qtlog):
    wid = workshop_files.import_sample(ctx)
    main_window.hub.workshopOpened.emit(wid)
    checked: set[str] = set()
    testers: dict[int, QAbstractItemModelTester] = {}

    def check_all(*roots):
        for model in our_models(*roots):
            if id(model) not in testers:
                testers[id(model)] = QAbstractItemModelTester(
                    model, QAbstractItemModelTester.FailureReportingMode.Warning, model)
                checked.update(cls.__name__ for cls in type(model).__mro__)

    main_window.show_page("workshops")
    check_all(main_window)
    for key in ("plan", "wrapup", "actions"):
        main_window.show_page(key)
        check_all(main_window)
    main_window.show_page("run")
    run = main_window.pages["run"]
    for index in range(len(run.session.agenda)):
        run._act(lambda index=index: run.session.go_to(index))
        QApplication.processEvents()
        check_all(main_window)
    main_window.show_page("library")
    library = main_window.pages["library"]
    qtbot.waitUntil(lambda: library.exercises.rowCount() > 0)
    check_all(main_window)
    library.pack_list.setCurrentRow(1)
    when_modal(click_button("Duplicate and edit"))
    qtbot.mouseClick(library.edit_pack_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(library.editors.windows) == 1)
    check_all(*library.editors.windows.values())

    failures = [record.message for record in qtlog.records if "FAIL!" in record.message]
    assert failures == []
    assert model_classes_in_the_code() - checked == set()
