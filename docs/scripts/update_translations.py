"""Bring the translation catalogues up to date with the code, then build the ``.qm`` files.

Run from a checkout after changing user-visible strings: ``python docs/scripts/update_translations.py``.

1. ``pyside6-lupdate`` reads every module of the package and adds new messages to each
   ``translations/workshop_app_<lang>.ts`` (marked unfinished), dropping the ones no longer in the
   code (``-no-obsolete``). Locations are left out (``-locations none``): line numbers would change
   the catalogues on every edit of the code.
2. A translator (Qt Linguist, or any editor) fills in the unfinished messages.
3. ``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm`` the app loads (committed beside
   it; tests/test_translations_shipped.py checks that they are current and complete).

``--check-only`` skips lupdate (only lrelease). Both tools ship in the PySide6-Essentials wheel.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "translations"


def tool(name: str) -> str:
    beside_python = Path(sys.executable).with_name(name)
    found = str(beside_python) if beside_python.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install the test dependencies (pip install -e '.[test]')")
    return found


def catalogues() -> list[Path]:
    return sorted(TRANSLATIONS.glob("workshop_app_*.ts"))


def update(ts_files: list[Path]) -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "workshop_app").rglob("*.py"))
    for ts in ts_files:
        language = ts.stem.removeprefix("workshop_app_")
        subprocess.run([tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                        "-target-language", language, *sources, "-ts", str(ts.relative_to(ROOT))],
                       check=True, cwd=ROOT)


def release(ts_files: list[Path]) -> None:
    for ts in ts_files:
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       check=True)


def main(argv: list[str]) -> int:
    ts_files = catalogues()
    if "--check-only" not in argv:
        update(ts_files)
    release(ts_files)
    for ts in ts_files:
        print(ts.relative_to(ROOT), "->", ts.with_suffix(".qm").name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
