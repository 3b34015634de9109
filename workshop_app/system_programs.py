"""The one way the app starts a program of the system (xdg-open, CUPS' ``lp``).

In a PyInstaller bundle the bootloader puts the bundle's folder (``sys._MEIPASS``) first in
``LD_LIBRARY_PATH`` and keeps the value from before in ``LD_LIBRARY_PATH_ORIG`` (``LIBPATH`` on
AIX); the PySide6 run-time hook points ``QT_PLUGIN_PATH`` into the bundle. A system program started
with that environment would load the bundle's libraries and Qt plugins instead of its own, and
fail or misbehave (PyInstaller's manual: "Launching External Programs from the Frozen
Application"). So every program of the system is started with :func:`system_environment`: the
library paths as they were before the bundle started, nothing pointing into the bundle. Outside
a bundle the environment is passed on as it is.

Programs of the app itself (the doctor re-running the app to probe its Qt) keep the app's
environment: they need the bundle's libraries.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Mapping
from pathlib import Path

from workshop_app.errors import UserError
from workshop_app.i18n import translate

log = logging.getLogger(__name__)

#: The library search paths PyInstaller's bootloader changes, saving the value before as NAME_ORIG.
LIBRARY_PATHS = ("LD_LIBRARY_PATH", "LIBPATH")
#: Set by the PySide6 run-time hook to the bundle's copies: never meant for another program.
QT_PATHS = ("QT_PLUGIN_PATH", "QT_QPA_PLATFORM_PLUGIN_PATH", "QML2_IMPORT_PATH", "QML_IMPORT_PATH")


class ProgramError(UserError):
    """A program of the system is missing, did not start or did not finish."""


def bundle_folder() -> Path | None:
    """The folder of the PyInstaller bundle this process runs from, or None when not bundled."""
    folder = getattr(sys, "_MEIPASS", None) if getattr(sys, "frozen", False) else None
    return Path(folder) if folder else None


def system_environment(environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment for a program of the system: in a bundle, the library paths from before
    it started (their ``_ORIG`` copies), and no variable or path-list entry pointing into the
    bundle (a library path the bootloader created, with no ``_ORIG``, is then gone); outside a
    bundle, ``environ`` (default ``os.environ``) as it is."""
    env = dict(os.environ if environ is None else environ)
    bundle = bundle_folder()
    if bundle is None:
        return env
    for name in LIBRARY_PATHS:
        original = env.pop(f"{name}_ORIG", None)
        if original is not None:
            env[name] = original
    for name in QT_PATHS:
        env.pop(name, None)
    root = os.path.normpath(str(bundle))
    for name, value in list(env.items()):
        entries = value.split(os.pathsep)
        kept = [entry for entry in entries if not _inside(entry, root)]
        if len(kept) == len(entries):
            continue
        if any(kept):
            env[name] = os.pathsep.join(kept)
        else:
            del env[name]
    return env


def _inside(entry: str, root: str) -> bool:
    if not os.path.isabs(entry):
        return False
    path = os.path.normpath(entry)
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def run(command: list[str], timeout: float) -> subprocess.CompletedProcess[str]:
    """Run a program of the system to its end, its output captured as text."""
    try:
        return subprocess.run(command, capture_output=True, text=True, timeout=timeout,
                              env=system_environment(), stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired as exc:
        raise ProgramError(translate("SystemPrograms", "{program} did not finish within {seconds} seconds.")
                           .format(program=command[0], seconds=round(timeout))) from exc
    except OSError as exc:
        raise _not_started(command, exc) from exc


def open_command(path: str | Path) -> list[str] | None:
    """The command that opens a file or folder with the desktop's program, where the app must
    start it itself: ``xdg-open`` in a bundle on Linux and other Unix systems but macOS (Qt would
    start it with the bundle's environment). None elsewhere: Qt's QDesktopServices opens it."""
    if bundle_folder() is None or os.name != "posix" or sys.platform == "darwin":
        return None
    program = shutil.which("xdg-open", path=system_environment().get("PATH"))
    if program is None:
        raise ProgramError(translate(
            "SystemPrograms", "{path} cannot be opened: this computer has no xdg-open (the package "
                              "xdg-utils has it). Open it from your file manager.").format(path=path))
    return [program, str(path)]


def start_detached(command: list[str]) -> None:
    """Start a program of the system that goes on by itself (a viewer): not waited for; its exit
    is collected on a thread of its own and logged when it failed."""
    try:
        process = subprocess.Popen(command, env=system_environment(), stdin=subprocess.DEVNULL,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                   start_new_session=True)
    except OSError as exc:
        raise _not_started(command, exc) from exc
    threading.Thread(target=_collect, args=(process, command), name="system-program", daemon=True).start()


def _collect(process: subprocess.Popen, command: list[str]) -> None:
    code = process.wait()
    if code != 0:
        log.warning("%s ended with exit code %s", " ".join(command), code)


def _not_started(command: list[str], exc: OSError) -> ProgramError:
    return ProgramError(translate("SystemPrograms", "{program} did not start: {reason}").format(
        program=command[0], reason=exc.strerror or exc))
