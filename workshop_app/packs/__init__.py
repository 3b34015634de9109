"""Exercise packs: reading, checking, writing and keeping them (no Qt here).

- :func:`load_pack` / :func:`read_pack` / :func:`validate_file`: a ``.yaml``,
  ``.yml`` or ``.wspack`` file, checked completely (:class:`PackError` lists
  every problem as ``FILE:LINE:COLUMN: field: message``).
- :func:`dump_pack_yaml` / :func:`write_wspack`: write a pack back out.
- :class:`PackLibrary` (in ``packs.library``): built-in and user packs.

The file format is ``exercises/schema/pack-v1.schema.json``, explained for
trainers in ``docs/packs.md``; the safety limits are in ``packs.limits``.
"""

from workshop_app.packs.convert import pack_from_dict, pack_to_dict
from workshop_app.packs.errors import PackError, PackExistsError, Problem
from workshop_app.packs.loader import (
    PackFile,
    check_pack,
    load_pack,
    parse_pack_yaml,
    read_pack,
    validate_file,
)
from workshop_app.packs.writer import dump_pack_yaml, write_pack_yaml, write_wspack

__all__ = [
    "PackError",
    "PackExistsError",
    "PackFile",
    "Problem",
    "check_pack",
    "dump_pack_yaml",
    "load_pack",
    "pack_from_dict",
    "pack_to_dict",
    "parse_pack_yaml",
    "read_pack",
    "validate_file",
    "write_pack_yaml",
    "write_wspack",
]
