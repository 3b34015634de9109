"""The Linux bundle's last steps after PyInstaller (workshop-app.spec calls ``lay_out``).

PyInstaller writes ``dist/workshop-app/`` with the program ``workshop-app`` and ``_internal/``.
``lay_out`` turns that into the bundle handed out::

    workshop-app/              the launcher (packaging/linux/workshop-app.sh, POSIX sh)
    lib/workshop-app           the program PyInstaller built
    lib/_internal/             Python, Qt, workshop_app and its data
    lib/glibc-required         the newest glibc version any file of lib/ needs, e.g. "2.36"
    share/...  install.sh      desktop integration

without PyInstaller's links in ``_internal/`` (see ``drop_links``), and, in every ELF file of
``lib/``: drops the debug sections (``strip --strip-debug``: they name
the folders Python was compiled in) and the RPATH/RUNPATH folders outside the bundle (a Python
built with ``--enable-shared`` gives its extension modules ``/root/.pyenv/.../lib``, where the
loader would look on the facilitator's laptop first). ``$ORIGIN``-relative folders stay.

Reading ELF here (no pyelftools, no binutils needed): 64-bit files only, either byte order.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from pathlib import Path

PROGRAM_DIR = "lib"
FLOOR_FILE = "glibc-required"  # in PROGRAM_DIR
LAUNCHER = "workshop-app.sh"  # in packaging/linux, copied as the bundle's <name>

_SHT_DYNAMIC, _SHT_DYNSYM = 6, 11
_SHT_GNU_VERDEF, _SHT_GNU_VERNEED = 0x6FFFFFFD, 0x6FFFFFFE
_DT_NULL, _DT_NEEDED, _DT_SONAME, _DT_RPATH, _DT_RUNPATH = 0, 1, 14, 15, 29
_STRING_TAGS = {_DT_NEEDED, _DT_SONAME, _DT_RPATH, _DT_RUNPATH, 0x7FFFFFFD, 0x7FFFFFFF}
_GLIBC = re.compile(r"GLIBC_(\d+)\.(\d+)(?:\.(\d+))?")


class _Elf:
    """The section headers of a 64-bit ELF file held in memory."""

    def __init__(self, data: bytearray):
        self.data = data
        self.end = "<" if data[5] == 1 else ">"
        shoff, = self._unpack("Q", 0x28)
        shentsize, shnum = self._unpack("HH", 0x3A)
        self.sections = [self._unpack("IIQQQQIIQQ", shoff + i * shentsize) for i in range(shnum)]

    def _unpack(self, fmt: str, offset: int) -> tuple:
        return struct.unpack_from(self.end + fmt, self.data, offset)

    def of_type(self, sh_type: int) -> list[tuple]:
        return [s for s in self.sections if s[1] == sh_type]

    def string(self, strtab: tuple, offset: int) -> str:
        start = strtab[4] + offset
        return self.data[start:self.data.index(0, start)].decode("utf-8", "replace")

    def verneed(self):
        """(strtab, file name offset, version name offset) of every needed symbol version."""
        for section in self.of_type(_SHT_GNU_VERNEED):
            strtab, offset = self.sections[section[6]], section[4]
            for _ in range(section[7]):  # sh_info: the number of entries
                _version, count, file, aux, following = self._unpack("HHIII", offset)
                at = offset + aux
                for _ in range(count):
                    _hash, _flags, _other, name, next_aux = self._unpack("IHHII", at)
                    yield strtab, file, name
                    at += next_aux
                if not following:
                    break
                offset += following

    def dynamic(self) -> tuple[tuple, tuple, list[list[int]]] | None:
        """The dynamic section, its string table and its entries [tag, value] (up to DT_NULL)."""
        sections = self.of_type(_SHT_DYNAMIC)
        if not sections:
            return None
        section = sections[0]
        entries = []
        for i in range(section[5] // 16):
            tag, value = self._unpack("qQ", section[4] + 16 * i)
            entries.append([tag, value])
            if tag == _DT_NULL:
                break
        return section, self.sections[section[6]], entries

    def string_offsets(self, strtab: tuple) -> list[int]:
        """Every offset into ``strtab`` something in the file refers to (names may share tails)."""
        index = self.sections.index(strtab)
        found = [value for tag, value in (self.dynamic() or (None, None, []))[2] if tag in _STRING_TAGS]
        for section in self.of_type(_SHT_DYNSYM):
            if section[6] == index:
                found += [self._unpack("I", section[4] + i * 24)[0] for i in range(section[5] // 24)]
        found += [o for table, file, name in self.verneed() if table == strtab for o in (file, name)]
        for section in self.of_type(_SHT_GNU_VERDEF):
            if section[6] != index:
                continue
            offset = section[4]
            for _ in range(section[7]):
                _v, _flags, _ndx, count, _hash, aux, following = self._unpack("HHHHIII", offset)
                at = offset + aux
                for _ in range(count):
                    name, next_aux = self._unpack("II", at)
                    found.append(name)
                    at += next_aux
                if not following:
                    break
                offset += following
        return found


def _read_elf(path: Path) -> _Elf | None:
    if path.is_symlink() or not path.is_file():
        return None  # a link's target is a file of its own
    with path.open("rb") as f:
        if f.read(5) != b"\x7fELF\x02":
            return None
    return _Elf(bytearray(path.read_bytes()))


def glibc_versions(path: Path) -> set[tuple[int, ...]]:
    """The GLIBC_x.y symbol versions an ELF file needs (empty for anything else)."""
    elf = _read_elf(path)
    if elf is None:
        return set()
    found = set()
    for strtab, _file, name in elf.verneed():
        match = _GLIBC.fullmatch(elf.string(strtab, name))
        if match:
            found.add(tuple(int(part) for part in match.groups() if part is not None))
    return found


def glibc_floor(folder: Path) -> str | None:
    """The newest glibc version any ELF file under ``folder`` needs, e.g. "2.36" (None: none)."""
    versions = set().union(*(glibc_versions(p) for p in folder.rglob("*")), set())
    return ".".join(map(str, max(versions))) if versions else None


def drop_outside_runpaths(path: Path) -> bool:
    """Remove RPATH/RUNPATH folders not relative to $ORIGIN; True when the file changed."""
    elf = _read_elf(path)
    found = elf and elf.dynamic()
    if not found:
        return False
    section, strtab, entries = found
    shared = elf.string_offsets(strtab)
    changed = False
    for entry in [e for e in entries if e[0] in (_DT_RPATH, _DT_RUNPATH)]:
        old = elf.string(strtab, entry[1]).encode()
        parts = old.split(b":")
        kept = [p for p in parts if p.startswith((b"$ORIGIN", b"${ORIGIN}"))]
        if kept == parts:
            continue
        start = strtab[4] + entry[1]
        others = [o for o in shared if o != entry[1] and entry[1] <= o < entry[1] + len(old)]
        if kept:
            new = b":".join(kept)  # shorter: written in place
            if others:
                continue  # another name ends inside this string: leave the file as it is
            elf.data[start:start + len(old)] = new.ljust(len(old), b"\0")
        else:
            entries.remove(entry)
            entries.append([_DT_NULL, 0])
            if not others:
                elf.data[start:start + len(old)] = bytes(len(old))
        changed = True
    if changed:
        for i, (tag, value) in enumerate(entries):
            struct.pack_into(elf.end + "qQ", elf.data, section[4] + 16 * i, tag, value)
        path.write_bytes(elf.data)
    return changed


def has_debug_sections(path: Path) -> bool:
    elf = _read_elf(path)
    if elf is None or not elf.sections:
        return False
    names = elf.sections[struct.unpack_from(elf.end + "H", elf.data, 0x3E)[0]]
    return any(elf.string(names, s[0]).startswith(".debug_") for s in elf.sections)


def tidy(folder: Path) -> list[str]:
    """Strip debug sections and outside RPATH/RUNPATH folders from the ELF files under ``folder``;
    returns what was done, one line per file."""
    strip = shutil.which("strip")
    done = []
    for path in sorted(p for p in folder.rglob("*") if not p.is_symlink() and p.is_file()):
        what = []
        if strip and has_debug_sections(path):
            subprocess.run([strip, "--strip-debug", str(path)], check=True)
            what.append("debug sections")
        if drop_outside_runpaths(path):
            what.append("outside RUNPATH")
        if what:
            done.append(f"{path.relative_to(folder)}: {', '.join(what)}")
    if not strip:
        done.append("strip (binutils) not found: debug sections kept")
    return done


def drop_links(internal: Path) -> list[str]:
    """Remove PyInstaller's links in ``_internal/`` to libraries it keeps in package folders
    (PySide6/Qt/lib, shiboken6, pillow.libs); returns their names.

    Every library that needs one of them finds it through its own RUNPATH ($ORIGIN/...), which
    smoke.sh checks with ldd and by running the bundle. Without the links the bundle is the same
    size on a FAT or exFAT stick, which cannot hold links: a copy there turns each link into a
    second copy of the library (ICU and Qt: 80 MB more).
    """
    dropped = []
    for link in sorted(p for p in internal.iterdir() if p.is_symlink()):
        target = link.resolve()
        if target.is_file() and target.is_relative_to(internal.resolve()):
            link.unlink()
            dropped.append(link.name)
    return dropped


def lay_out(bundle: Path, linux_dir: Path, icon_svg: Path, app_id: str, name: str) -> str | None:
    """Turn PyInstaller's ``bundle`` folder into the bundle described above; returns the floor."""
    lib = bundle / PROGRAM_DIR
    lib.mkdir()
    for part in (name, "_internal"):
        (bundle / part).rename(lib / part)
    for line in tidy(lib):
        print(f"linux_bundle: {line}")
    print(f"linux_bundle: links dropped from _internal/: {' '.join(drop_links(lib / '_internal'))}")
    floor = glibc_floor(lib)
    if floor is not None:
        (lib / FLOOR_FILE).write_text(floor + "\n", encoding="ascii")
    share = bundle / "share"
    for src, dest in (
        (linux_dir / f"{app_id}.desktop", share / "applications" / f"{app_id}.desktop"),
        (linux_dir / f"{app_id}.metainfo.xml", share / "metainfo" / f"{app_id}.metainfo.xml"),
        (icon_svg, share / "icons" / "hicolor" / "scalable" / "apps" / f"{app_id}.svg"),
        (linux_dir / "install.sh", bundle / "install.sh"),
        (linux_dir / LAUNCHER, bundle / name),
    ):
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(src, dest)
    return floor
