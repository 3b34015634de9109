"""Writing packs: readable YAML (schema key order, ``|`` blocks, no aliases) and ``.wspack`` archives.

What is written reads back as the same Pack, and writing that again gives the
same bytes.
"""

from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Mapping
from pathlib import Path

from yaml.emitter import Emitter
from yaml.nodes import ScalarNode
from yaml.representer import SafeRepresenter
from yaml.resolver import Resolver
from yaml.serializer import Serializer

from workshop_app.atomic_files import write_bytes_whole
from workshop_app.errors import UserError
from workshop_app.i18n import translate
from workshop_app.model.pack import Pack
from workshop_app.packs.archive import ASSETS_FOLDER, PACK_MEMBER, check_asset_sizes, member_name_problem
from workshop_app.packs.convert import pack_to_dict
from workshop_app.packs.safe_yaml import PackResolver

#: Characters YAML reads as line breaks (or drops) unless escaped: text holding one is double-quoted.
_ESCAPE = frozenset("\r\x85\u2028\u2029\ufeff")
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
_STR = "tag:yaml.org,2002:str"
_YAML_1_1 = Resolver()


class _Dumper(Emitter, Serializer, SafeRepresenter, PackResolver):
    """A safe dumper whose idea of plain scalars is the loader's (so "no" or "09" get quotes)."""

    def __init__(self, stream):
        Emitter.__init__(self, stream, indent=2, width=100, allow_unicode=True)
        Serializer.__init__(self)
        SafeRepresenter.__init__(self, default_flow_style=False, sort_keys=False)
        PackResolver.__init__(self)

    def ignore_aliases(self, data) -> bool:
        return True

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)  # list items indented under their key

    def resolve(self, kind, value, implicit):
        tag = super().resolve(kind, value, implicit)
        if kind is ScalarNode and tag == _STR and implicit[0]:
            # Text that YAML 1.1 tools would read as something else ("no", "1:30", dates) gets quotes.
            return _YAML_1_1.resolve(kind, value, implicit)
        return tag


def _represent_str(dumper: _Dumper, value: str):
    if _ESCAPE.intersection(value):
        style: str | None = '"'
    elif "\n" in value and "\t" not in value:
        style = "|"  # the emitter still quotes text a block cannot hold (trailing spaces, say)
    else:
        style = None
    return dumper.represent_scalar(_STR, value, style=style)


_Dumper.add_representer(str, _represent_str)


def dump_pack_yaml(pack: Pack) -> str:
    """The pack as YAML text, ready to save as ``<id>.yaml``."""
    stream = io.StringIO()
    dumper = _Dumper(stream)
    try:
        dumper.open()
        dumper.represent(pack_to_dict(pack))
        dumper.close()
    finally:
        dumper.dispose()
    return stream.getvalue()


def write_bytes_atomic(path: str | os.PathLike, data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file, so a reader never sees half a file."""
    path = Path(path)
    try:
        write_bytes_whole(path, data)
    except OSError as exc:
        raise UserError(translate("Packs", "Cannot write {path}: {reason}")
                        .format(path=path, reason=exc.strerror or exc)) from exc
    return path


def wspack_bytes(pack: Pack, assets: Mapping[str, bytes] | None = None) -> bytes:
    """A ``.wspack`` archive: ``pack.yaml`` plus ``assets/...`` members, byte-for-byte reproducible.

    Asset names may be given with or without the leading ``assets/``.
    """
    members = {PACK_MEMBER: dump_pack_yaml(pack).encode("utf-8")}
    for name, data in (assets or {}).items():
        member = name if name.startswith(ASSETS_FOLDER) else ASSETS_FOLDER + name
        problem = member_name_problem(member)
        if problem:
            raise UserError(translate("Packs", "Cannot add the asset {name}: {problem}")
                            .format(name=name, problem=problem))
        members[member] = bytes(data)
    check_asset_sizes(members)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in [PACK_MEMBER, *sorted(set(members) - {PACK_MEMBER})]:
            info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            info.create_system = 3
            info.external_attr = 0o100644 << 16
            archive.writestr(info, members[name], compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
    return buffer.getvalue()


def write_wspack(pack: Pack, path: str | os.PathLike, assets: Mapping[str, bytes] | None = None) -> Path:
    """Save the pack and its assets as a ``.wspack`` archive at ``path``."""
    return write_bytes_atomic(path, wspack_bytes(pack, assets))


def write_pack_yaml(pack: Pack, path: str | os.PathLike) -> Path:
    """Save the pack as YAML at ``path``."""
    return write_bytes_atomic(path, dump_pack_yaml(pack).encode("utf-8"))
