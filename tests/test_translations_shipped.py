"""The translations that ship: every language's catalogue complete, in step with the code, and the
``.qm`` the app loads built from it.

- complete: no unfinished message, placeholders, plural forms, accelerators, colons and ellipses
  as in the source (tests/translation_checks.py);
- in step: the messages lupdate extracts from the code now are exactly the catalogue's (a string
  added, changed or removed in the code without updating the catalogues fails here);
- built: ``pyside6-lrelease`` of the ``.ts`` gives the committed ``.qm`` byte for byte
  (``python docs/scripts/update_translations.py`` does both steps);
- shipped: the wheel maps the folder into the package and the app finds the languages.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from workshop_app import i18n
from workshop_app.resources import translations_dir

from translation_checks import catalogue_problems, read_catalogue

ROOT = Path(__file__).resolve().parents[1]
SOURCE_CATALOGUES = sorted((ROOT / "translations").glob("workshop_app_*.ts"))
SHIPPED = ["de", "fr"]


def _tool(name: str) -> str:
    beside_python = Path(sys.executable).with_name(name)
    found = str(beside_python) if beside_python.exists() else shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


def _keys(path: Path) -> set[tuple[str, str]]:
    return {(m.context, m.source) for m in read_catalogue(path)[1]}


def test_german_and_french_ship():
    assert [p.stem.removeprefix("workshop_app_") for p in SOURCE_CATALOGUES] == SHIPPED
    assert i18n.available_languages() == ["en", *SHIPPED]
    for language in SHIPPED:
        assert i18n.catalogue(language) is not None, language


@pytest.mark.parametrize("ts", SOURCE_CATALOGUES, ids=lambda p: p.stem)
def test_every_message_is_translated(ts):
    problems = catalogue_problems(ts)
    assert not problems, f"{len(problems)} problems in {ts.name}:\n" + "\n".join(problems[:40])


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> set[tuple[str, str]]:
    """The messages in the code today, as lupdate finds them (a fresh catalogue)."""
    lupdate = _tool("pyside6-lupdate")
    ts = tmp_path_factory.mktemp("current") / "workshop_app_xx.ts"
    sources = sorted(str(p) for p in (ROOT / "workshop_app").rglob("*.py"))
    subprocess.run([lupdate, "-silent", "-no-obsolete", "-locations", "none", *sources, "-ts", str(ts)],
                   check=True, capture_output=True)
    return _keys(ts)


@pytest.mark.parametrize("ts", SOURCE_CATALOGUES, ids=lambda p: p.stem)
def test_the_catalogue_is_in_step_with_the_code(ts, extracted):
    have = _keys(ts)
    missing, stale = sorted(extracted - have), sorted(have - extracted)
    assert not missing, (f"{len(missing)} messages of the code are not in {ts.name} (run "
                         f"docs/scripts/update_translations.py and translate them):\n"
                         + "\n".join(map(str, missing[:30])))
    assert not stale, f"{len(stale)} messages of {ts.name} are no longer in the code:\n" + "\n".join(
        map(str, stale[:30]))


@pytest.mark.parametrize("ts", SOURCE_CATALOGUES, ids=lambda p: p.stem)
def test_the_shipped_qm_is_built_from_the_catalogue(ts, tmp_path):
    built = tmp_path / ts.with_suffix(".qm").name
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(built)], check=True)
    shipped = ts.with_suffix(".qm")
    assert shipped.is_file(), f"{shipped.name} is missing: run docs/scripts/update_translations.py"
    assert shipped.read_bytes() == built.read_bytes(), (
        f"{shipped.name} is older than {ts.name}: run docs/scripts/update_translations.py")


def test_the_wheel_carries_the_catalogues():
    wheel = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    force_include = wheel["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert force_include["translations"] == "workshop_app/_data/translations"
    assert "translations" in wheel["tool"]["hatch"]["build"]["targets"]["sdist"]["include"]
    assert translations_dir().is_dir()


def test_qts_own_dialog_translations_come_with_the_app():
    """The standard buttons (OK, Cancel) and file dialogs: Qt's own catalogues, in the wheel."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for language in SHIPPED:
        assert QTranslator().load(QLocale(language), "qtbase", "_", path), language
