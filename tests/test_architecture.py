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

    root = Path(__file__).resolve().parents[1]  # the checkout (the package may be installed elsewhere)
    doc = (root / "docs" / "architecture.md").read_text(encoding="utf-8")
    files = [p for p in (root / "workshop_app").rglob("*.py") if p.name != "__init__.py"]
    unnamed = sorted(str(p.relative_to(PACKAGE)) for p in files if f"`{p.name}`" not in doc
                     and not re.search(rf"[`/ ]{re.escape(p.name)}\b", doc))
    assert unnamed == []
    named = set(re.findall(r"\b([a-z_][a-z0-9_]*\.py)\b", doc))
    assert named - {p.name for p in files} == set()


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def _defined_by(cls: ast.ClassDef) -> set[str]:
    """The names a class defines itself: methods, class attributes, ``self.x = ...``."""
    own = {n.name for n in cls.body if isinstance(n, (ast.FunctionDef, ast.ClassDef))}
    own |= {t.id for n in cls.body if isinstance(n, (ast.Assign, ast.AnnAssign))
            for t in (n.targets if isinstance(n, ast.Assign) else [n.target]) if isinstance(t, ast.Name)}
    return own | {n.attr for n in ast.walk(cls) if isinstance(n, ast.Attribute)
                  and isinstance(n.ctx, ast.Store) and isinstance(n.value, ast.Name) and n.value.id == "self"}


def private_reach(source: str) -> list[str]:
    """Where ``source`` reaches into another object's private state: ``x._name`` on anything
    but ``self``/``cls``/``super()``; ``self._name`` in a class built on an imported class
    (reportlab's, or one of ours built on it) unless the class itself defines ``_name``;
    ``getattr``/``setattr``/``hasattr``/``delattr`` with a private name; ``__dict__``."""
    tree = ast.parse(source)
    built_on = {alias.asname or alias.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                and node.module and node.module.startswith(("reportlab", "workshop_app.plans"))
                for alias in node.names}
    found: list[str] = []

    def visit(node: ast.AST, own: set[str] | None) -> None:
        if isinstance(node, ast.ClassDef):
            if any(isinstance(b, ast.Name) and b.id in built_on for b in node.bases):
                built_on.add(node.name)
                own = _defined_by(node)
            else:
                own = None
        elif isinstance(node, ast.Attribute):
            base, where = node.value, f"line {node.lineno}"
            self_like = isinstance(base, ast.Name) and base.id in ("self", "cls")
            on_super = (isinstance(base, ast.Call) and isinstance(base.func, ast.Name)
                        and base.func.id == "super")
            if node.attr == "__dict__":
                found.append(f"{where}: .__dict__")
            elif _private(node.attr) and self_like and own is not None and node.attr not in own:
                found.append(f"{where}: {base.id}.{node.attr}, not defined by the class")
            elif _private(node.attr) and not self_like and not on_super:
                found.append(f"{where}: .{node.attr}")
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
              and node.func.id in ("getattr", "setattr", "hasattr", "delattr") and len(node.args) > 1
              and isinstance(node.args[1], ast.Constant) and isinstance(node.args[1].value, str)
              and _private(node.args[1].value)):
            found.append(f"line {node.lineno}: {node.func.id}(..., {node.args[1].value!r})")
        for child in ast.iter_child_nodes(node):
            visit(child, own)

    visit(tree, None)
    return found


def test_the_plans_use_reportlab_through_its_public_api_only():
    """No module of plans/ reads or writes reportlab's private state (pyproject does not pin
    reportlab below its next major version)."""
    bad = [f"plans/{path.name} {line}" for path in sorted((PACKAGE / "plans").rglob("*.py"))
           for line in private_reach(path.read_text(encoding="utf-8"))]
    assert bad == []


def test_private_reach_is_found():
    found = private_reach(
        "from reportlab.platypus import KeepTogether\n"
        "class Keep(KeepTogether):\n"
        "    def __init__(self, f):\n"
        "        super().__init__(f)\n"
        "        self._mine = 1\n"
        "    def split(self, aW, aH):\n"
        "        return self._content, self._mine, self._helper(), self.canv._doctemplate\n"
        "    def _helper(self):\n"
        "        return getattr(self, '_frame', None), self.__dict__\n"
        "class Plain:\n"
        "    def f(self):\n"
        "        return self._anything\n")
    assert found == ["line 7: self._content, not defined by the class", "line 7: ._doctemplate",
                     "line 9: getattr(..., '_frame')", "line 9: .__dict__"]
