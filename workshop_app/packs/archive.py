"""Reading ``.wspack`` archives (a zip holding ``pack.yaml`` and ``assets/...``) in memory, under caps.

Nothing is ever extracted to disk. Refused: a damaged or encrypted zip, too
many members, member names that are absolute, hold ``..`` or a backslash, or
are links, duplicate names, sizes over the caps (the header's claim and the
real decompressed bytes, read in bounded chunks), and no ``pack.yaml``.
"""

from __future__ import annotations

import io
import re
import stat
import zipfile
from collections.abc import Mapping

from workshop_app.errors import UserError
from workshop_app.i18n import translate
from workshop_app.model.pictures import ASSETS_FOLDER
from workshop_app.packs import limits
from workshop_app.packs.errors import PackError, Problem, file_problem

PACK_MEMBER = "pack.yaml"


def member_name_problem(name: str) -> str | None:
    """Why an archive member name is refused, or None when it is fine."""
    if "\\" in name:
        return translate("Packs", "the name holds a backslash")
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        return translate("Packs", "the name is an absolute path")
    if ".." in name.split("/"):
        return translate("Packs", "the name holds '..'")
    if "\x00" in name:  # pragma: no cover - zipfile cuts names at NUL
        return translate("Packs", "the name holds a NUL character")
    return None


def _member_problem(info: zipfile.ZipInfo) -> str | None:
    problem = member_name_problem(info.filename)
    if problem:
        return problem
    if stat.S_ISLNK(info.external_attr >> 16):
        return translate("Packs", "it is a link")
    if info.flag_bits & 0x1:
        return translate("Packs", "it is encrypted")
    if info.file_size > limits.MAX_MEMBER_BYTES:
        return translate("Packs", "it is larger than {cap} uncompressed").format(
            cap=limits.size_text(limits.MAX_MEMBER_BYTES))
    return None


def check_asset_sizes(members: Mapping[str, bytes]) -> None:
    """Refuse (UserError) to write an archive that could not be read back under the caps."""
    for name, data in members.items():
        if len(data) > limits.MAX_MEMBER_BYTES:
            raise UserError(translate("Packs",
                                      "{name} is larger than {cap}, the limit for one file in a pack")
                            .format(name=name, cap=limits.size_text(limits.MAX_MEMBER_BYTES)))
    if sum(len(d) for d in members.values()) > limits.MAX_TOTAL_BYTES:
        raise UserError(translate("Packs", "The pack and its assets are larger than {cap} together")
                        .format(cap=limits.size_text(limits.MAX_TOTAL_BYTES)))


def _open(data: bytes, label: str) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except Exception as exc:  # zipfile raises many kinds on hostile input; all mean "damaged"
        raise PackError.single(label, translate("Packs", "not a readable .wspack (zip) archive: {reason}")
                               .format(reason=exc)) from None


def _check_members(infos: list[zipfile.ZipInfo], label: str) -> None:
    if len(infos) > limits.MAX_MEMBERS:
        raise PackError.single(label, translate("Packs",
                                                "the archive holds {n} files; at most {cap} are allowed")
                               .format(n=len(infos), cap=limits.MAX_MEMBERS))
    problems: list[Problem] = []
    seen: set[str] = set()
    for info in infos:
        problem = _member_problem(info)
        if problem is None and info.filename in seen:
            problem = translate("Packs", "the archive holds it twice")
        seen.add(info.filename)
        if problem:
            problems.append(file_problem(label, translate("Packs", "member {name!r} refused: {problem}")
                                         .format(name=info.filename, problem=problem)))
    if sum(info.file_size for info in infos) > limits.MAX_TOTAL_BYTES:
        problems.append(file_problem(label, translate("Packs",
                                                      "the archive is larger than {cap} uncompressed")
                                     .format(cap=limits.size_text(limits.MAX_TOTAL_BYTES))))
    if problems:
        raise PackError(label, problems)


class _Budget:
    """Counts real decompressed bytes against the per-member and total caps."""

    def __init__(self, label: str):
        self.label = label
        self.total = 0

    def read(self, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
        chunks: list[bytes] = []
        size = 0
        try:
            with archive.open(info) as member:
                while chunk := member.read(limits.READ_CHUNK):
                    size += len(chunk)
                    self.total += len(chunk)
                    if size > limits.MAX_MEMBER_BYTES or self.total > limits.MAX_TOTAL_BYTES:
                        raise PackError.single(self.label, translate(
                            "Packs", "member {name!r} refused: it unpacks to more than its size limit")
                            .format(name=info.filename))
                    chunks.append(chunk)
        except PackError:
            raise
        except Exception as exc:  # bad CRC, bad deflate data, unsupported method...
            raise PackError.single(self.label, translate("Packs", "member {name!r} is damaged: {reason}")
                                   .format(name=info.filename, reason=exc)) from None
        return b"".join(chunks)


def read_wspack(data: bytes, label: str) -> tuple[bytes, dict[str, bytes]]:
    """``pack.yaml``'s bytes and the assets (``{"assets/x.png": bytes}``) of an archive's bytes."""
    with _open(data, label) as archive:
        try:
            infos = archive.infolist()
        except Exception as exc:  # pragma: no cover - infolist reads what ZipFile() already parsed
            raise PackError.single(label, str(exc)) from None
        _check_members(infos, label)
        by_name = {info.filename: info for info in infos}
        if PACK_MEMBER not in by_name:
            nested = [n for n in by_name if n.endswith("/" + PACK_MEMBER)]
            message = translate("Packs", "no pack.yaml at the top of the archive")
            if nested:
                message += translate("Packs",
                                     " (found {name}: zip the folder's contents, not the folder)").format(
                    name=nested[0])
            raise PackError.single(label, message)
        budget = _Budget(label)
        pack_yaml = budget.read(archive, by_name[PACK_MEMBER])
        assets = {info.filename: budget.read(archive, info) for info in infos
                  if info.filename.startswith(ASSETS_FOLDER) and not info.is_dir()}
    return pack_yaml, assets
