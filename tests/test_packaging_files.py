"""The packaging files agree with the app: ids, names, data folders, Qt modules (no build here).

packaging/smoke.sh builds the bundle and runs it; these tests only read the files, so they stay
fast. The desktop-file and AppStream validators run when they are installed.
"""

from __future__ import annotations

import ast
import configparser
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from workshop_app import DESKTOP_ID, __version__

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
DESKTOP_FILE = PACKAGING / "linux" / f"{DESKTOP_ID}.desktop"
METAINFO_FILE = PACKAGING / "linux" / f"{DESKTOP_ID}.metainfo.xml"
SPEC_FILE = PACKAGING / "workshop-app.spec"


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _script_name() -> str:
    (name,) = _pyproject()["project"]["scripts"]
    return name


def _load(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _spec_constants() -> dict:
    """The top-level NAME = <literal> assignments of the PyInstaller spec."""
    constants = {}
    for node in ast.parse(SPEC_FILE.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            try:
                constants[node.targets[0].id] = ast.literal_eval(node.value)
            except ValueError:
                pass
    return constants


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_matches_the_app():
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Icon"] == DESKTOP_ID  # the icon is installed as share/icons/.../<id>.svg
    assert entry["Exec"].split()[0] == _script_name()
    assert entry["TryExec"] == _script_name()
    assert entry["Terminal"] == "false"
    assert "Office" in entry["Categories"].split(";")


def test_metainfo_matches_the_app_and_the_desktop_file():
    root = ET.parse(METAINFO_FILE).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == DESKTOP_ID
    launchable = root.find("launchable")
    assert launchable.get("type") == "desktop-id" and launchable.text == DESKTOP_FILE.name
    assert root.findtext("provides/binary") == _script_name()
    assert root.findtext("name") == _desktop_entry()["Name"]
    assert root.findtext("project_license") == _pyproject()["project"]["license"]
    newest = root.find("releases/release")
    assert newest.get("version") == __version__, "add a <release> for the new version"
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", newest.get("date"))


def test_spec_bundles_the_data_folders_pyproject_ships():
    constants = _spec_constants()
    force_include = _pyproject()["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert set(constants["DATA_FOLDERS"]) == set(force_include)
    for folder in constants["DATA_FOLDERS"]:
        assert force_include[folder] == f"workshop_app/_data/{folder}"  # where resources.py looks
        assert (ROOT / folder).is_dir()
    assert constants["APP_ID"] == DESKTOP_ID
    assert constants["NAME"] == _script_name()
    text = SPEC_FILE.read_text(encoding="utf-8")
    assert 'collect_data_files("workshop_app")' in text
    assert 'collect_submodules("workshop_app")' in text  # commands and pages load by name


def test_spec_refers_to_files_that_exist():
    text = SPEC_FILE.read_text(encoding="utf-8")
    for name in ("launcher.py", "pyinstaller_hooks", "qt_trim"):
        assert name in text
    assert (PACKAGING / "launcher.py").is_file()
    assert (PACKAGING / "pyinstaller_hooks" / "hook-PySide6.QtGui.py").is_file()
    for path in (DESKTOP_FILE, METAINFO_FILE, PACKAGING / "linux" / "install.sh"):
        assert path.is_file()
    icon = ROOT / "resources" / "icons" / "workshop-app.svg"  # ICON_SVG in the spec, app.py's icon
    assert '"resources" / "icons" / "workshop-app.svg"' in text
    svg = ET.parse(icon).getroot()
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"
    _x, _y, width, height = svg.get("viewBox").split()
    assert width == height  # icon themes want square icons


def _pyside_modules_imported_by_the_app() -> set[str]:
    found = set()
    for path in (ROOT / "workshop_app").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6."):
                found.add(node.module.split(".")[1])
            elif isinstance(node, ast.Import):
                found.update(a.name.split(".")[1] for a in node.names if a.name.startswith("PySide6."))
    return found


def test_no_qt_module_the_app_imports_is_excluded():
    qt_trim = _load(PACKAGING / "qt_trim.py", "qt_trim_under_test")
    used = _pyside_modules_imported_by_the_app()
    assert {"QtCore", "QtGui", "QtWidgets"} <= used
    assert not used & set(qt_trim.UNUSED_QT_MODULES), "update packaging/qt_trim.py"
    # Qt libraries and plugins loaded without a Python import must stay too.
    assert "QtSvg" not in qt_trim.UNUSED_QT_MODULES


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6\\plugins\\platforms\\qwindows.dll",
    "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
    "PySide6/Qt/plugins/imageformats/libqsvg.so",
    "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
    "PySide6/Qt/lib/libQt6Svg.so.6",
    "PySide6/Qt/lib/libQt6Network.so.6",  # QLocalServer: one window per data folder
    "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
    "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
    "PySide6/Qt/translations/qtbase_de.qm",
    "PySide6/Qt/translations/qt_de.qm",
    "workshop_app/_data/resources/icons/workshop-app.svg",
])
def test_trim_keeps_what_the_app_needs(dest):
    qt_trim = _load(PACKAGING / "qt_trim.py", "qt_trim_under_test")
    assert not qt_trim.unwanted(dest)


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/Qt/plugins/platforms/libqvnc.so",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "PySide6/Qt/plugins/imageformats/libqpdf.so",
    "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6",
    "PySide6/Qt/plugins/tls/libqopensslbackend.so",
    "PySide6/Qt/translations/qt_help_de.qm",
])
def test_trim_drops_what_the_app_cannot_use(dest):
    qt_trim = _load(PACKAGING / "qt_trim.py", "qt_trim_under_test")
    assert qt_trim.unwanted(dest)


def test_trim_filters_analysis_and_hook_entries():
    qt_trim = _load(PACKAGING / "qt_trim.py", "qt_trim_under_test")
    toc = [("PySide6/Qt/plugins/platforms/libqxcb.so", "/x/libqxcb.so", "BINARY"),
           ("PySide6/Qt/plugins/platforms/libqeglfs.so", "/x/libqeglfs.so", "BINARY")]
    assert qt_trim.keep(toc) == toc[:1]
    hook = [("/x/plugins/platformthemes/libqgtk3.so", "PySide6/Qt/plugins/platformthemes"),
            ("/x/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms")]
    assert qt_trim.keep(hook) == hook[1:]


def test_launcher_runs_dash_c_like_python_when_frozen(monkeypatch, capsys):
    launcher = _load(PACKAGING / "launcher.py", "launcher_under_test")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "argv", ["workshop-app", "-c", "import sys; print(sys.argv); sys.exit(7)", "x"])
    with pytest.raises(SystemExit) as info:
        launcher.main()
    assert info.value.code == 7
    assert capsys.readouterr().out.strip() == "['-c', 'x']"


def test_launcher_otherwise_runs_the_command_line(monkeypatch, capsys):
    launcher = _load(PACKAGING / "launcher.py", "launcher_under_test")
    monkeypatch.setattr(sys, "argv", ["workshop-app", "--version"])
    with pytest.raises(SystemExit) as info:
        launcher.main()
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"workshop-app {__version__}"


@pytest.mark.parametrize("script", ["build.sh", "smoke.sh", "linux/install.sh"])
def test_scripts_are_executable_and_parse(script):
    path = PACKAGING / script
    assert os.access(path, os.X_OK)
    shell = "bash" if path.read_text(encoding="utf-8").startswith("#!/usr/bin/env bash") else "sh"
    proc = subprocess.run([shell, "-n", str(path)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


def _validator(name: str) -> str:
    tool = shutil.which(name)
    if tool is None:
        pytest.skip(f"{name} is not installed (Debian: apt-get install desktop-file-utils appstream)")
    return tool


def test_desktop_file_validates():
    proc = subprocess.run([_validator("desktop-file-validate"), str(DESKTOP_FILE)],
                          capture_output=True, text=True)
    assert proc.returncode == 0 and not proc.stdout.strip(), proc.stdout + proc.stderr


def test_metainfo_validates():
    proc = subprocess.run([_validator("appstreamcli"), "validate", "--no-net", str(METAINFO_FILE)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert not re.search(r"^[EW]: ", proc.stdout, re.M), proc.stdout
