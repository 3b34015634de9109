"""Programs the app starts get the system's environment, not the bundle's.

In a PyInstaller bundle the bootloader puts the bundle's folder first in ``LD_LIBRARY_PATH``
(keeping the value from before in ``LD_LIBRARY_PATH_ORIG``) and the PySide6 run-time hook points
``QT_PLUGIN_PATH`` into the bundle. A system program (xdg-open and the viewer it starts, CUPS'
``lp``) started with that environment loads the bundle's libraries and Qt plugins instead of its
own. Here a bundle is simulated (``sys.frozen``, ``sys._MEIPASS``, the variables the bootloader
sets) and real child processes, stand-ins for xdg-open and lp placed first on ``PATH``, write
down the environment they were given.
"""

from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices

from workshop_app.errors import UserError
from workshop_app.gui.dialogs import open_with_system
from workshop_app.services import wrapup

SYSTEM_LIBS = "/usr/lib/system"


def stand_in(bin_dir: Path, name: str, out: Path) -> None:
    """A program called ``name`` that writes its arguments and environment to ``out`` (whole)."""
    bin_dir.mkdir(exist_ok=True)
    program = bin_dir / name
    program.write_text(
        f"#!{sys.executable}\n"
        "import json, os, sys\n"
        f"out = {str(out)!r}\n"
        "with open(out + '.part', 'w', encoding='utf-8') as fh:\n"
        "    json.dump({'argv': sys.argv[1:], 'env': dict(os.environ)}, fh)\n"
        "os.replace(out + '.part', out)\n", encoding="utf-8")
    program.chmod(program.stat().st_mode | stat.S_IEXEC | stat.S_IXGRP | stat.S_IXOTH)


@pytest.fixture
def bin_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "bin"
    folder.mkdir()
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")
    return folder


@pytest.fixture
def bundle(tmp_path, monkeypatch, bin_dir) -> Path:
    """A simulated one-folder bundle, as its bootloader and the PySide6 hook leave the environment."""
    internal = tmp_path / "workshop-app" / "_internal"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(internal), raising=False)
    monkeypatch.setenv("LD_LIBRARY_PATH", f"{internal}{os.pathsep}{SYSTEM_LIBS}")
    monkeypatch.setenv("LD_LIBRARY_PATH_ORIG", SYSTEM_LIBS)
    plugins = internal / "PySide6" / "Qt" / "plugins"
    monkeypatch.setenv("QT_PLUGIN_PATH", str(plugins))
    monkeypatch.setenv("QT_QPA_PLATFORM_PLUGIN_PATH", str(plugins / "platforms"))
    monkeypatch.setenv("XDG_DATA_DIRS", "/usr/local/share:/usr/share")  # the user's own: kept
    monkeypatch.setenv("GDK_PIXBUF_MODULE_FILE", str(internal / "lib" / "loaders.cache"))
    monkeypatch.setenv("PATH", f"{os.environ['PATH']}{os.pathsep}{internal}")  # as a hook may add it
    return internal


def read_when_written(qtbot, out: Path) -> dict:
    qtbot.waitUntil(out.exists, timeout=20000)
    return json.loads(out.read_text(encoding="utf-8"))


def print_a_pdf(tmp_path: Path, out: Path) -> dict:
    pdf = tmp_path / "all-action-plans.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    assert wrapup.send_to_printer(pdf, "", 1, True) is True
    return json.loads(out.read_text(encoding="utf-8"))


def test_open_it_in_a_bundle_starts_xdg_open_with_the_system_library_path(bundle, bin_dir, tmp_path, qtbot):
    out = tmp_path / "xdg-open.json"
    stand_in(bin_dir, "xdg-open", out)
    paper = tmp_path / "run-sheet.pdf"
    paper.write_bytes(b"%PDF-1.4\n")

    open_with_system(paper)  # the "Open it" button's call

    seen = read_when_written(qtbot, out)
    assert seen["argv"] == [str(paper)]
    env = seen["env"]
    assert env["LD_LIBRARY_PATH"] == SYSTEM_LIBS
    assert "LD_LIBRARY_PATH_ORIG" not in env
    assert "QT_PLUGIN_PATH" not in env and "QT_QPA_PLATFORM_PLUGIN_PATH" not in env
    assert "GDK_PIXBUF_MODULE_FILE" not in env  # anything else pointing into the bundle
    assert str(bundle) not in env["PATH"].split(os.pathsep)
    assert str(bin_dir) in env["PATH"].split(os.pathsep)  # the rest of PATH kept
    assert env["HOME"] == os.environ["HOME"] and env["XDG_DATA_DIRS"] == "/usr/local/share:/usr/share"


def test_printing_in_a_bundle_runs_lp_with_the_system_library_path(bundle, bin_dir, tmp_path):
    out = tmp_path / "lp.json"
    stand_in(bin_dir, "lp", out)
    seen = print_a_pdf(tmp_path, out)
    assert seen["argv"][-1] == str(tmp_path / "all-action-plans.pdf")
    assert seen["env"]["LD_LIBRARY_PATH"] == SYSTEM_LIBS
    assert "QT_PLUGIN_PATH" not in seen["env"]


def test_without_a_saved_library_path_the_child_gets_none(bundle, bin_dir, tmp_path, qtbot, monkeypatch):
    """The user started the app with no LD_LIBRARY_PATH: the bootloader saved none, the child gets none."""
    monkeypatch.setenv("LD_LIBRARY_PATH", str(bundle))
    monkeypatch.delenv("LD_LIBRARY_PATH_ORIG")
    stand_in(bin_dir, "lp", tmp_path / "lp.json")
    stand_in(bin_dir, "xdg-open", tmp_path / "xdg-open.json")

    assert "LD_LIBRARY_PATH" not in print_a_pdf(tmp_path, tmp_path / "lp.json")["env"]
    open_with_system(tmp_path)
    assert "LD_LIBRARY_PATH" not in read_when_written(qtbot, tmp_path / "xdg-open.json")["env"]


def test_outside_a_bundle_programs_get_the_environment_as_it_is(bin_dir, tmp_path, monkeypatch):
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.setenv("LD_LIBRARY_PATH", "/opt/mine/lib")
    monkeypatch.setenv("QT_PLUGIN_PATH", "/opt/mine/plugins")
    out = tmp_path / "lp.json"
    stand_in(bin_dir, "lp", out)
    env = print_a_pdf(tmp_path, out)["env"]
    assert env["LD_LIBRARY_PATH"] == "/opt/mine/lib" and env["QT_PLUGIN_PATH"] == "/opt/mine/plugins"

    # and a file is opened the desktop's way, through Qt
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: urls.append(url.toLocalFile())))
    open_with_system(tmp_path)
    assert urls == [str(tmp_path)]


def test_a_bundle_on_a_computer_without_xdg_open_says_so(bundle, bin_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(bin_dir))  # nothing in it: no xdg-open anywhere
    with pytest.raises(UserError) as refused:
        open_with_system(tmp_path / "run-sheet.pdf")
    message = str(refused.value)
    assert "xdg-open" in message and "run-sheet.pdf" in message and "xdg-utils" in message


def test_a_printer_command_that_cannot_start_is_a_message_not_a_traceback(bundle, bin_dir, tmp_path):
    lp = bin_dir / "lp"
    lp.write_text("#!/nonexistent/interpreter\n", encoding="utf-8")
    lp.chmod(lp.stat().st_mode | stat.S_IEXEC)
    pdf = tmp_path / "all-action-plans.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    with pytest.raises(UserError) as refused:
        wrapup.send_to_printer(pdf, "", 1, True)
    assert "lp" in str(refused.value)
