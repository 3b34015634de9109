"""Before the window opens on Linux: are the system libraries Qt's X11 plugin needs installed?

Without them Qt aborts the whole process (exit 134) with a hint few people
can act on. This reads what the installed ``xcb`` platform plugin needs (the
ELF ``DT_NEEDED`` entries of the plugin and of the Qt libraries that ship with
it, found the way the loader finds them), tries to load each system library,
and names the missing ones with the Debian/Ubuntu and Fedora packages to
install. Only where Qt would use xcb: on Linux with ``QT_QPA_PLATFORM`` set
to xcb, or unset with an X11 ``DISPLAY`` and no Wayland session. Any doubt
(an unreadable file, another platform) means "nothing missing": Qt then speaks
for itself. No Qt widgets; QtCore only to find Qt's folders.
"""

from __future__ import annotations

import os
import re
import struct
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import BinaryIO

from workshop_app.errors import UserError
from workshop_app.i18n import translate

#: Debian/Ubuntu packages whose names do not follow from the library's name.
DEBIAN = {"libglib-2.0.so.0": "libglib2.0-0", "libgthread-2.0.so.0": "libglib2.0-0",
          "libgobject-2.0.so.0": "libglib2.0-0"}
#: Fedora packages (a library not listed is asked for by name: ``'libfoo.so.1()(64bit)'``).
FEDORA = {
    "libxcb-cursor.so.0": "xcb-util-cursor", "libxcb-icccm.so.4": "xcb-util-wm",
    "libxcb-ewmh.so.2": "xcb-util-wm", "libxcb-keysyms.so.1": "xcb-util-keysyms",
    "libxcb-image.so.0": "xcb-util-image", "libxcb-render-util.so.0": "xcb-util-renderutil",
    "libxcb-util.so.1": "xcb-util", "libxkbcommon.so.0": "libxkbcommon",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11", "libX11-xcb.so.1": "libX11-xcb", "libX11.so.6": "libX11",
    "libGL.so.1": "libglvnd-glx", "libEGL.so.1": "libglvnd-egl", "libOpenGL.so.0": "libglvnd-opengl",
    "libfontconfig.so.1": "fontconfig", "libfreetype.so.6": "freetype", "libdbus-1.so.3": "dbus-libs",
    "libglib-2.0.so.0": "glib2", "libgthread-2.0.so.0": "glib2",
}
_XCB_CORE = re.compile(
    r"libxcb(-(randr|shape|shm|sync|xfixes|xkb|render|glx|xinerama|xinput|present|dri3))?\.so")
_MAX_READ = 1 << 22  # a dynamic section or string table bigger than this is not read (no check)


class PlatformLibraryError(UserError):
    """Qt's platform plugin cannot load: system libraries are missing."""


# -- where Qt would use xcb -------------------------------------------------------------------
def uses_xcb(environ: Mapping[str, str] = os.environ) -> bool:
    if not sys.platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if chosen:
        return chosen == "xcb"
    wayland = bool(environ.get("WAYLAND_DISPLAY")) or environ.get("XDG_SESSION_TYPE") == "wayland"
    return bool(environ.get("DISPLAY")) and not wayland


# -- reading ELF files ----------------------------------------------------------------------
def _dynamic(path: Path) -> tuple[list[str], list[str]] | None:
    """(needed sonames, run paths) of an ELF shared object; None if it cannot be read."""
    try:
        with path.open("rb") as fh:
            return _read_dynamic(fh, path.parent)
    except (OSError, struct.error, StopIteration, ValueError):
        return None


def _read_dynamic(fh: BinaryIO, origin: Path) -> tuple[list[str], list[str]] | None:
    def read(offset: int, size: int) -> bytes:
        if size > _MAX_READ:
            raise ValueError("too big")
        fh.seek(offset)
        data = fh.read(size)
        if len(data) != size:
            raise ValueError("short read")
        return data

    head = read(0, 64)
    if head[:4] != b"\x7fELF" or head[4] not in (1, 2) or head[5] not in (1, 2):
        return None
    wide, end = head[4] == 2, "<" if head[5] == 1 else ">"
    if wide:
        (phoff,), (phentsize, phnum) = struct.unpack_from(end + "Q", head, 0x20), \
            struct.unpack_from(end + "HH", head, 0x36)
    else:
        (phoff,), (phentsize, phnum) = struct.unpack_from(end + "I", head, 0x1C), \
            struct.unpack_from(end + "HH", head, 0x2A)
    table = read(phoff, phentsize * phnum)
    loads, dynamic = [], None
    for i in range(phnum):
        if wide:
            ptype, _flags, offset, vaddr, _paddr, filesz = struct.unpack_from(end + "IIQQQQ", table,
                                                                               i * phentsize)
        else:
            ptype, offset, vaddr, _paddr, filesz = struct.unpack_from(end + "IIIII", table, i * phentsize)
        if ptype == 1:
            loads.append((vaddr, offset, filesz))
        elif ptype == 2:
            dynamic = (offset, filesz)
    if dynamic is None:
        return None
    entry = struct.Struct(end + ("qQ" if wide else "iI"))
    raw = read(*dynamic)
    tags: list[tuple[int, int]] = []
    for at in range(0, len(raw) - entry.size + 1, entry.size):
        tag, value = entry.unpack_from(raw, at)
        if tag == 0:
            break
        tags.append((tag, value))
    strtab, strsz = next(v for t, v in tags if t == 5), next(v for t, v in tags if t == 10)
    base = next(off + strtab - va for va, off, size in loads if va <= strtab < va + size)
    strings = read(base, strsz)

    def string(at: int) -> str:
        return strings[at:strings.index(b"\x00", at)].decode("utf-8", "replace")

    needed = [string(v) for t, v in tags if t == 1]
    paths = [p for t, v in tags if t in (15, 29) for p in string(v).split(":") if p]
    return needed, [p.replace("${ORIGIN}", str(origin)).replace("$ORIGIN", str(origin)) for p in paths]


def _qt_folders() -> tuple[Path, Path]:
    from PySide6.QtCore import QLibraryInfo

    return (Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)),
            Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.LibrariesPath)))


def needed_libraries() -> set[str] | None:
    """The system libraries the xcb plugin needs; None when there is no plugin or it cannot be read."""
    plugins, qt_lib = _qt_folders()
    plugin = plugins / "platforms" / "libqxcb.so"
    if not plugin.is_file():
        return None
    system: set[str] = set()
    seen: set[Path] = set()
    todo = [plugin]
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        read = _dynamic(current)
        if read is None:
            return None
        needed, run_paths = read
        folders = [Path(p) for p in run_paths] + [qt_lib]
        if getattr(sys, "frozen", False) and hasattr(sys, "_MEIPASS"):
            folders.append(Path(sys._MEIPASS))  # the Linux bundle ships some of them itself
        for soname in needed:
            shipped = next((f / soname for f in folders if (f / soname).is_file()), None)
            if shipped is not None:
                todo.append(shipped.resolve())  # ships with Qt: what it needs counts too
            else:
                system.add(soname)
    return system


def _load(soname: str) -> str | None:
    """None when the system can load ``soname``, else the name of the library it lacks."""
    import ctypes  # here: only a launch on X11 (xcb) needs it

    try:
        ctypes.CDLL(soname, mode=getattr(os, "RTLD_LAZY", 1) | getattr(os, "RTLD_LOCAL", 0))
    except OSError as exc:  # "libdep.so.2: cannot open shared object file: ..." names what lacks
        lacking = str(exc).split(":", 1)[0].strip()
        return lacking if ".so" in lacking and "/" not in lacking else soname
    return None


def missing_libraries(environ: Mapping[str, str] = os.environ) -> list[str]:
    """The libraries Qt's xcb plugin would not find, in a stable order; [] when xcb is not used."""
    if not uses_xcb(environ):
        return []
    needed = needed_libraries()
    if not needed:
        return []
    missing = {found for found in (_load(name) for name in sorted(needed)) if found}
    order = {name: i for i, name in enumerate(_PREFERRED)}
    return sorted(missing, key=lambda name: (order.get(name, len(order)), name))


#: The ones a fresh desktop most often lacks first, in the order the message names them.
_PREFERRED = ("libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1")


# -- the message ----------------------------------------------------------------------------
def debian_package(soname: str) -> str:
    if soname in DEBIAN:
        return DEBIAN[soname]
    name, _so, version = soname.partition(".so.")
    name = name.lower()
    return f"{name}-{version}" if name[-1:].isdigit() else f"{name}{version}"


def fedora_package(soname: str) -> str:
    if soname in FEDORA:
        return FEDORA[soname]
    if _XCB_CORE.match(soname):
        return "libxcb"
    return f"'{soname}()(64bit)'" if sys.maxsize > 2**32 else f"'{soname}'"


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def problem(missing: list[str]) -> PlatformLibraryError:
    """The error naming ``missing`` and the commands that install them."""
    message = translate("platform", "The window cannot open: Qt's X11 platform plugin (xcb) needs libraries "
                                    "that are not installed: {libs}.").format(libs=", ".join(missing))
    details = [
        translate("platform", "Debian/Ubuntu: sudo apt install {packages}").format(
                   packages=" ".join(_unique([debian_package(m) for m in missing]))),
        translate("platform", "Fedora: sudo dnf install {packages}").format(
                   packages=" ".join(_unique([fedora_package(m) for m in missing]))),
    ]
    return PlatformLibraryError(message, details)


def check(environ: Mapping[str, str] = os.environ) -> None:
    """Raise PlatformLibraryError when Qt's platform plugin would abort for lack of a library."""
    missing = missing_libraries(environ)
    if missing:
        raise problem(missing)
