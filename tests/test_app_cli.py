"""The command line contract: version, help, errors without tracebacks, doctor, start-up."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

import pytest

import workshop_app  # noqa: E402
from workshop_app import __version__

# Child processes import the same workshop_app as the tests (installed or checkout).
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
       "PYTHONPATH": str(Path(workshop_app.__file__).resolve().parent.parent)}


def run_process(*args: str, timeout: int = 120):
    return subprocess.run([sys.executable, "-m", "workshop_app", *args], capture_output=True,
                          text=True, env=ENV, cwd=tempfile.gettempdir(), timeout=timeout)


def test_version_and_help(run_cli, capsys):
    with pytest.raises(SystemExit) as info:
        run_cli("--version")
    assert info.value.code == 0
    assert __version__ in capsys.readouterr().out
    with pytest.raises(SystemExit):
        run_cli("--help")
    out = capsys.readouterr().out
    for command in ("doctor", "packs", "workshops", "plans", "report", "demo"):
        assert command in out


def test_unknown_workshop_is_one_clear_line(run_cli):
    code, out, err = run_cli("workshops", "export", "999", "/tmp/never.json")
    assert code != 0
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert "999" in err


def test_doctor_passes_on_a_fresh_data_folder(run_cli, tmp_path):
    code, out, err = run_cli("doctor")
    assert code == 0, out + err
    lines = out.strip().splitlines()
    assert str(tmp_path / "cli-data") in lines[0]
    checks = [line for line in lines[1:]]
    assert len(checks) == 7 and all(line.startswith("ok") for line in checks), out
    languages = next(line for line in checks if "languages:" in line)
    # every shipped language, the interface's (the tests run in English), the packs' languages
    assert "en, de, fr (this interface: en)" in languages and "built-in exercises in de, en, fr" in languages


def test_doctor_names_the_programs_the_tests_need_and_how_to_install_them(run_cli, monkeypatch):
    import shutil

    real = shutil.which
    monkeypatch.setattr(shutil, "which", lambda name, *a, **k: None if name in ("zbarimg", "chromedriver")
                        else real(name, *a, **k))
    code, out, _err = run_cli("doctor")
    line = next(line for line in out.splitlines() if "programs for the tests:" in line)
    assert line.startswith("ok") and "sudo apt install chromium-driver zbar-tools" in line, line


def test_doctor_json(run_cli):
    code, out, _ = run_cli("doctor", "--json")
    data = json.loads(out)
    assert code == 0
    assert {c["name"] for c in data["checks"]} >= {"database", "fonts", "built-in packs"}


def test_doctor_reports_a_data_folder_that_is_a_file(run_cli, tmp_path):
    not_a_folder = tmp_path / "data.txt"
    not_a_folder.write_text("x")
    code, out, err = run_cli("doctor", data_dir=str(not_a_folder))
    assert code == 1
    assert "FAIL  data folder" in out and str(not_a_folder) in out
    assert "Traceback" not in out + err


@contextmanager
def read_only_folder(tmp_path: Path):
    """A data folder nobody may write to: chmod for ordinary users, immutable for root."""
    data = tmp_path / "data"
    data.mkdir()
    if os.geteuid() != 0:
        data.chmod(0o555)
        try:
            yield data
        finally:
            data.chmod(0o755)
        return
    if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", str(data)]).returncode:
        pytest.skip("running as root and this file system cannot make a folder immutable")
    try:
        yield data
    finally:
        subprocess.run(["chattr", "-i", str(data)])


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="needs POSIX permissions")
def test_read_only_data_folder_doctor_and_launch(tmp_path):
    with read_only_folder(tmp_path) as data:
        doctor = run_process("--data-dir", str(data), "doctor")
        launch = run_process("--data-dir", str(data), "--benchmark-startup")
    assert doctor.returncode == 1
    assert "FAIL  data folder" in doctor.stdout and "not writable" in doctor.stdout
    assert "Traceback" not in doctor.stdout + doctor.stderr
    assert launch.returncode == 1
    assert str(data) in launch.stderr and "Traceback" not in launch.stderr


def test_environment_variable_moves_the_data(tmp_path):
    target = tmp_path / "usb-stick"
    env = {**ENV, "WORKSHOP_APP_DATA_DIR": str(target)}
    proc = subprocess.run([sys.executable, "-m", "workshop_app", "workshops", "list", "--json"],
                          capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == []
    assert (target / "workshops.db").exists()


def launch_listing_modules(data: Path, modules: tuple[str, ...], *, when_shown: bool = False):
    """``--benchmark-startup`` in a child process, printing ``heavy=`` and which of ``modules``
    were loaded (when the main window was shown, or at the end)."""
    probe = (
        "import sys\n"
        "from PySide6.QtWidgets import QMainWindow\n"
        "shown = []\n"
        "show = QMainWindow.show\n"
        "QMainWindow.show = lambda self: (shown.append(set(sys.modules)), show(self))[1]\n"
        "from workshop_app.cli import main\n"
        f"code = main(['--data-dir', {str(data)!r}, '--benchmark-startup'])\n"
        f"loaded = shown[0] if {when_shown!r} else sys.modules\n"
        f"print('heavy=' + ','.join(m for m in {modules!r} if m in loaded))\n"
        "sys.exit(code)\n"
    )
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=ENV,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    return proc


def test_benchmark_startup_loads_no_pdf_pack_or_markdown_parsing(tmp_path):
    proc = launch_listing_modules(tmp_path / "d", ("reportlab", "yaml", "jsonschema",
                                                   "workshop_app.packs.loader", "markdown_it"))
    assert "startup_ms=" in proc.stdout
    assert "heavy=\n" in proc.stdout, proc.stdout


def test_a_relaunch_shows_its_window_before_loading_sqlite_utils_and_then_its_run_page(tmp_path):
    from workshop_app.resources import sample_workshop_path

    data = tmp_path / "d"
    imported = run_process("--data-dir", str(data), "workshops", "import", str(sample_workshop_path()))
    assert imported.returncode == 0, imported.stderr
    (data / "settings.ini").write_text("[session]\nlast_workshop=1\npage=run\n")  # closed on Run
    proc = launch_listing_modules(data, (
        "sqlite_utils", "click", "dateutil", "logging.handlers", "importlib.resources", "hashlib",
        "reportlab", "yaml", "jsonschema", "workshop_app.packs.loader", "workshop_app.gui.pages.run_page",
        "PySide6.QtNetwork", "workshop_app.gui.dialogs",
        # Start-up's own imports trimmed to what the first frame needs: no backups, no workshop
        # file format, no pack dataclasses, no worker threads, no JSON, no file dialog classes.
        "workshop_app.storage.backups", "workshop_app.storage.workshop_file",
        "workshop_app.storage.file_checks", "workshop_app.json_schemas", "workshop_app.model.pack",
        "workshop_app.model.results", "workshop_app.model.strategies", "concurrent.futures", "json"),
        when_shown=True)
    assert "heavy=\n" in proc.stdout, proc.stdout
    # The first frame (the workshop list) is painted first, then the Run page of the last workshop.
    printed = [line.split("=")[0] for line in proc.stdout.splitlines() if "_ms=" in line]
    assert printed == ["startup_ms", "restored_ms"], proc.stdout
    settings = (data / "settings.ini").read_text()
    assert "page=run" in settings and "last_workshop=1" in settings


def test_a_gui_launch_imports_the_store_before_pyside6(tmp_path):
    """Once loaded, PySide6 reads the source of every module imported after it: the window's
    modules that need no Qt (the store's, the platform check) come first."""
    probe = (
        "import sys\n"
        "order = []\n"
        "class Recorder:\n"
        "    @staticmethod\n"
        "    def find_spec(name, path=None, target=None):\n"
        "        order.append(name)\n"
        "sys.meta_path.insert(0, Recorder)\n"
        "from workshop_app.cli import main\n"
        f"code = main(['--data-dir', {str(tmp_path / 'd')!r}, '--benchmark-startup'])\n"
        "qt = order.index('PySide6.QtCore')\n"
        "store = ('workshop_app.storage.store', 'workshop_app.storage.capture',\n"
        "         'workshop_app.model.workshop', 'sqlite3', 'workshop_app.platform_libs')\n"
        "print('after=' + ','.join(m for m in store if order.index(m) > qt))\n"
        "sys.exit(code)\n"
    )
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=ENV,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "startup_ms=" in proc.stdout
    assert "after=\n" in proc.stdout, proc.stdout
