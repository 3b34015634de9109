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
    assert "from linux_bundle import lay_out" in text
    for path in (DESKTOP_FILE, METAINFO_FILE, PACKAGING / "linux" / "install.sh",
                 PACKAGING / "linux_bundle.py", PACKAGING / "linux" / "workshop-app.sh"):
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


@pytest.mark.parametrize("script", ["build.sh", "smoke.sh", "linux/install.sh", "linux/workshop-app.sh"])
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


# --- The Linux bundle: its launcher, its layout, its smoke test (fake bundles, no PyInstaller) ---

LAUNCHER = PACKAGING / "linux" / "workshop-app.sh"


def _machine_glibc() -> str:
    proc = subprocess.run(["getconf", "GNU_LIBC_VERSION"], capture_output=True, text=True)
    if proc.returncode != 0:
        pytest.skip("not a glibc system")
    return proc.stdout.split()[-1]


def _tool(folder: Path, name: str, body: str) -> Path:
    path = folder / name
    path.write_text("#!/bin/sh\n" + body, encoding="utf-8")
    path.chmod(0o755)
    return path


def _launcher_bundle(tmp_path: Path, floor: str) -> Path:
    """A bundle with the real launcher, the floor ``floor`` and a program recording its args."""
    bundle = tmp_path / "workshop-app"
    (bundle / "lib").mkdir(parents=True)
    shutil.copy2(LAUNCHER, bundle / "workshop-app")
    (bundle / "lib" / "glibc-required").write_text(floor + "\n", encoding="ascii")
    _tool(bundle / "lib", "workshop-app", f'for a in "$@"; do echo "$a"; done > "{tmp_path}/program-args"\n')
    return bundle


#: What the launcher runs besides the dialog tools (no real zenity or kdialog on the test's PATH).
LAUNCHER_TOOLS = ("cat", "dirname", "getconf", "head", "ldd", "readlink", "sed", "tr")


def _run_launcher(tmp_path: Path, bundle: Path, *args: str, env: dict | None = None,
                  tools: dict | None = None):
    """Run the launcher with fake dialog tools (they record their arguments) on the PATH."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    for name in LAUNCHER_TOOLS:
        if shutil.which(name):
            (bin_dir / name).symlink_to(shutil.which(name))
    for name, body in (tools or {}).items():
        (bin_dir / name).unlink(missing_ok=True)
        _tool(bin_dir, name, body)
    run_env = {"PATH": str(bin_dir), "HOME": str(tmp_path), "LANG": "C", **(env or {})}
    return subprocess.run([str(bundle / "workshop-app"), *args], capture_output=True, text=True, env=run_env)


def _recording(tmp_path: Path, name: str) -> str:
    return f'for a in "$@"; do echo "$a"; done > "{tmp_path}/{name}-args"\n'


def test_launcher_refuses_a_glibc_older_than_the_bundle_needs_in_a_dialog(tmp_path):
    have = _machine_glibc()
    bundle = _launcher_bundle(tmp_path, "9.99")
    proc = _run_launcher(tmp_path, bundle, "--version", env={"DISPLAY": ":99"},
                         tools={"zenity": _recording(tmp_path, "zenity")})
    assert proc.returncode == 3
    assert not (tmp_path / "program-args").exists()  # the program never started
    message = (f"Workshop App needs the GNU C library (glibc) 9.99 or newer; this system has glibc {have}.\n"
               "It runs on Linux with glibc 9.99 or newer.\n")
    assert proc.stderr.startswith(message)
    zenity = (tmp_path / "zenity-args").read_text(encoding="utf-8")
    assert zenity.startswith("--error\n--title=Workshop App cannot start\n--text=" + message)


def test_launcher_names_the_distributions_the_bundle_runs_on(tmp_path):
    """Built on Debian 12 (glibc 2.36), started on Ubuntu 20.04 (2.31): no dialog tool, no display."""
    bundle = _launcher_bundle(tmp_path, "2.36")
    proc = _run_launcher(tmp_path, bundle, tools={"getconf": "echo 'glibc 2.31'",
                                                  "zenity": _recording(tmp_path, "zenity")})
    assert proc.returncode == 3
    assert "this system has glibc 2.31." in proc.stderr
    assert ("It runs on Debian 12 or newer, Ubuntu 24.04 or newer, Linux Mint 22 or newer, "
            "Fedora 37 or newer, RHEL/Rocky/AlmaLinux 10 or newer.") in proc.stderr
    assert not (tmp_path / "zenity-args").exists()  # no DISPLAY: stderr only


@pytest.mark.parametrize(("tool", "expected"), [
    ("kdialog", "--title\nWorkshop App kann nicht starten\n--error\nWorkshop App braucht"),
    ("notify-send", "--urgency=critical\nWorkshop App kann nicht starten\nWorkshop App braucht"),
])
def test_launcher_falls_back_to_kdialog_then_notify_send_in_the_desktops_language(tmp_path, tool, expected):
    bundle = _launcher_bundle(tmp_path, "2.35")
    proc = _run_launcher(tmp_path, bundle, env={"WAYLAND_DISPLAY": "wayland-0", "LANG": "de_DE.UTF-8"},
                         tools={"getconf": "echo 'glibc 2.31'", tool: _recording(tmp_path, tool)})
    assert proc.returncode == 3
    assert "Die App läuft unter Debian 12 oder neuer, Ubuntu 22.04 oder neuer," in proc.stderr
    assert (tmp_path / f"{tool}-args").read_text(encoding="utf-8").startswith(expected)


def test_launcher_starts_the_program_with_all_its_arguments(tmp_path):
    """A floor below the machine's glibc, started through a link as install.sh makes it."""
    _machine_glibc()
    bundle = _launcher_bundle(tmp_path, "2.17")
    link_dir = tmp_path / "prefix" / "bin"
    link_dir.mkdir(parents=True)
    (link_dir / "workshop-app").symlink_to(bundle / "workshop-app")
    proc = subprocess.run([str(link_dir / "workshop-app"), "--data-dir", "/tmp/a folder", "doctor", ""],
                          capture_output=True, text=True, env={"PATH": "/usr/bin:/bin", "DISPLAY": ":99"})
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "program-args").read_text(encoding="utf-8") == "--data-dir\n/tmp/a folder\ndoctor\n\n"


def test_desktop_file_names_the_windows_wm_class():
    """On X11 the desktop matches a window to its menu entry by WM_CLASS, whose class Qt takes from
    the application name (gui/app.py sets APP_NAME); smoke.sh compares it with a real window."""
    from workshop_app import APP_NAME

    assert _desktop_entry()["StartupWMClass"] == APP_NAME
    source = (ROOT / "workshop_app" / "gui" / "app.py").read_text(encoding="utf-8")
    assert "app.setApplicationName(APP_NAME)" in source


def _linux_bundle():
    return _load(PACKAGING / "linux_bundle.py", "linux_bundle_under_test")


def test_glibc_floor_is_the_newest_version_readelf_lists(tmp_path):
    readelf = _validator("readelf")
    linux_bundle = _linux_bundle()
    files = [Path(sys.executable).resolve(), Path(shutil.which("sh")).resolve()]
    for path in files:
        shutil.copy2(path, tmp_path / path.name)
    listed = subprocess.run([readelf, "--version-info", *map(str, files)],
                            capture_output=True, text=True, check=True).stdout
    versions = re.findall(r"GLIBC_(\d+\.\d+(?:\.\d+)?)", listed)
    newest = max(versions, key=lambda v: tuple(int(p) for p in v.split(".")))
    assert linux_bundle.glibc_floor(tmp_path) == newest


def _compile_library(tmp_path: Path, rpath: str) -> Path:
    gcc = shutil.which("gcc")
    if gcc is None:
        pytest.skip("gcc is not installed")
    source = tmp_path / "answer.c"
    source.write_text("int answer(void) { return 42; }\n", encoding="ascii")
    library = tmp_path / f"libanswer{len(list(tmp_path.glob('*.so')))}.so"
    subprocess.run([gcc, "-shared", "-fPIC", "-g", "-o", str(library), str(source), f"-Wl,-rpath,{rpath}"],
                   check=True)
    return library


@pytest.mark.parametrize(("rpath", "kept"), [
    ("/root/.pyenv/versions/3.11.7/lib", None),
    ("/opt/build-machine/lib:$ORIGIN/../lib", "$ORIGIN/../lib"),
    ("$ORIGIN", "$ORIGIN"),
])
def test_tidy_drops_the_build_machines_folders_and_the_library_still_loads(tmp_path, rpath, kept):
    import ctypes

    readelf = _validator("readelf")
    library = _compile_library(tmp_path, rpath)
    _linux_bundle().tidy(tmp_path)
    dynamic = subprocess.run([readelf, "-d", str(library)], capture_output=True, text=True, check=True).stdout
    paths = re.findall(r"\((?:RPATH|RUNPATH)\).*\[(.*)\]", dynamic)
    assert paths == ([kept] if kept else [])
    data = library.read_bytes()
    assert b"build-machine" not in data and b".pyenv" not in data
    assert b".debug_info" not in data or not shutil.which("strip")
    assert ctypes.CDLL(str(library)).answer() == 42


def _fake_pyinstaller_output(tmp_path: Path, *, window: bool = True, without: tuple[str, ...] = ()) -> Path:
    """PyInstaller's folder as the spec leaves it, laid out by linux_bundle.lay_out: a program that
    answers smoke.sh like the real one (its window is a real Qt window from gui/app.py), Qt's real
    xcb plugin and XcbQpa library (copied from the installed PySide6: smoke.sh reads what they
    need), empty files for the libraries they need."""
    import PySide6

    linux_bundle = _linux_bundle()
    bundle = tmp_path / "dist" / "workshop-app"
    internal = bundle / "_internal"
    qt = Path(PySide6.__file__).parent / "Qt"
    plugin = qt / "plugins" / "platforms" / "libqxcb.so"
    qpa = qt / "lib" / "libQt6XcbQpa.so.6"
    for path in (plugin, qpa):
        copy = internal / "PySide6" / path.relative_to(qt.parent)
        copy.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, copy)
    listed = subprocess.run([_validator("readelf"), "-d", str(plugin), str(qpa)],
                            capture_output=True, text=True, check=True).stdout
    system = {"libxcb.so.1", "libGL.so.1", "libc.so.6", "libm.so.6"}
    for name in set(re.findall(r"\(NEEDED\).*\[(.*)\]", listed)) - system - set(without):
        (internal / name).write_bytes(b"")
    no_window = "" if window else (
        '[ "${QT_QPA_PLATFORM:-}" = xcb ] && { echo "qt.qpa.plugin: Could not load the Qt platform plugin '
        '\\"xcb\\""; exit 134; }\n')
    _tool(bundle, "workshop-app", f"""HERE=$(cd "$(dirname "$0")" && pwd)
case "${{1:-}}" in
    --version) echo "workshop-app {__version__}"; exit 0 ;;
    -c) shift; exec "{sys.executable}" -c "$@" ;;
esac
command="" out="" benchmark=0
while [ $# -gt 0 ]; do
    case $1 in
        --data-dir) shift ;;
        --out) shift; out=$1 ;;
        --benchmark-startup) benchmark=1 ;;
        doctor | demo) command=$1 ;;
    esac
    shift
done
case $command in
    doctor) echo "ok    fonts: 5 fonts in $HERE/_internal/fonts"; exit 0 ;;
    demo) mkdir -p "$out" && : > "$out/run-sheet.pdf"; exit 0 ;;
esac
{no_window}exec "{sys.executable}" -c '
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel
from workshop_app.gui.app import ensure_application
app = ensure_application()
window = QLabel("fake bundle")
window.show()
if sys.argv[1] == "1":
    QTimer.singleShot(100, lambda: (print("startup_ms=100", flush=True), app.quit()))
sys.exit(app.exec())
' $benchmark
""")
    icon = ROOT / "resources" / "icons" / "workshop-app.svg"
    floor = linux_bundle.lay_out(bundle, PACKAGING / "linux", icon, DESKTOP_ID, "workshop-app")
    assert (bundle / "lib" / "glibc-required").read_text(encoding="ascii") == f"{floor}\n"  # Qt's files'
    return bundle


def _smoke(bundle: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "DISPLAY", "WAYLAND"))}
    env.update(SMOKE_BUNDLE=str(bundle), PYTHONPATH=str(ROOT))
    return subprocess.run(["bash", str(PACKAGING / "smoke.sh")], capture_output=True, text=True, env=env,
                          timeout=600)


def test_lay_out_puts_the_launcher_before_the_program(tmp_path):
    bundle = _fake_pyinstaller_output(tmp_path)
    assert (bundle / "workshop-app").read_bytes() == LAUNCHER.read_bytes()
    assert os.access(bundle / "workshop-app", os.X_OK) and os.access(bundle / "install.sh", os.X_OK)
    assert (bundle / "lib" / "_internal" / "libxcb-cursor.so.0").exists()
    assert not (bundle / "_internal").exists()
    assert (bundle / "share" / "applications" / DESKTOP_FILE.name).read_bytes() == DESKTOP_FILE.read_bytes()


def _needs_readelf_and_xvfb():
    from workshop_app.platform_libs import missing_libraries

    if not (shutil.which("readelf") and shutil.which("Xvfb")):
        pytest.skip("needs readelf (binutils) and Xvfb")
    if missing_libraries({"QT_QPA_PLATFORM": "xcb"}):  # the fake bundle's window is this Qt's
        pytest.skip("Qt's xcb plugin lacks system libraries here")


def test_smoke_passes_on_a_good_bundle(tmp_path):
    _needs_readelf_and_xvfb()
    proc = _smoke(_fake_pyinstaller_output(tmp_path))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "SMOKE PASSED" in proc.stdout
    assert "startup_ms=100" in proc.stdout  # painted on the X server
    if shutil.which("xdotool"):
        assert "has WM_CLASS workshop-app, as the desktop file's StartupWMClass says" in proc.stdout


def test_smoke_fails_on_a_bundle_without_the_xcb_libraries(tmp_path):
    proc = _smoke(_fake_pyinstaller_output(tmp_path, without=("libxcb-cursor.so.0", "libxkbcommon-x11.so.0")))
    assert proc.returncode != 0
    assert ("SMOKE FAILED: xcb libraries missing from the bundle (Qt cannot open a window without them): "
            "libxcb-cursor.so.0 libxkbcommon-x11.so.0") in proc.stderr


def test_smoke_fails_on_a_bundle_that_cannot_open_a_window(tmp_path):
    _needs_readelf_and_xvfb()
    proc = _smoke(_fake_pyinstaller_output(tmp_path, window=False))
    assert proc.returncode != 0
    assert "SMOKE FAILED: window exited with 134" in proc.stderr
    assert "Could not load the Qt platform plugin" in proc.stdout
