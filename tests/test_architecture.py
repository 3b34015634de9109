"""docs/architecture.md must stay true: imports point one way only."""

from __future__ import annotations

import ast
from pathlib import Path

import workshop_app

PACKAGE = Path(workshop_app.__file__).resolve().parent


def imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def modules(layer: str = "") -> dict[str, set[str]]:
    root = PACKAGE / layer if layer else PACKAGE
    return {str(p.relative_to(PACKAGE)): imports(p) for p in root.rglob("*.py") if "_data" not in p.parts}


def offenders(layer: str, banned: tuple[str, ...]) -> list[str]:
    return [f"{name} imports {mod}" for name, mods in modules(layer).items() for mod in sorted(mods)
            if mod.startswith(banned)]


def test_only_the_gui_imports_qt_widgets():
    bad = [line for line in offenders("", ("PySide6.QtWidgets", "PySide6.QtGui", "PySide6.QtPrintSupport"))
           if not line.startswith("gui/")]
    assert bad == []


def test_only_storage_talks_to_sqlite():
    bad = [line for line in offenders("", ("sqlite3", "sqlite_utils")) if not line.startswith("storage/")]
    assert bad == []


def test_the_gui_goes_through_services():
    assert offenders("gui", ("workshop_app.storage", "workshop_app.packs", "workshop_app.plans")) == []


def test_lower_layers_do_not_import_upper_ones():
    for layer in ("model", "packs", "storage", "plans"):
        assert offenders(layer, ("workshop_app.gui", "workshop_app.services", "workshop_app.commands")) == []
    assert offenders("model", ("workshop_app.packs", "workshop_app.storage", "workshop_app.plans")) == []
    assert offenders("services", ("workshop_app.gui",)) == []


def test_the_module_map_names_every_module_and_only_modules_that_exist():
    """docs/architecture.md's module map is true: each module is named there, each name is a module."""
    import re

    doc = (PACKAGE.parent / "docs" / "architecture.md").read_text(encoding="utf-8")
    files = [p for p in PACKAGE.rglob("*.py") if "_data" not in p.parts and p.name != "__init__.py"]
    unnamed = sorted(str(p.relative_to(PACKAGE)) for p in files if f"`{p.name}`" not in doc
                     and not re.search(rf"[`/ ]{re.escape(p.name)}\b", doc))
    assert unnamed == []
    named = set(re.findall(r"\b([a-z_][a-z0-9_]*\.py)\b", doc))
    assert named - {p.name for p in files} == set()
