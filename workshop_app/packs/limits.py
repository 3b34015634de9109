"""Safety limits for reading packs (packs are untrusted input).

A hostile file is refused quickly and in bounded memory; docs/packs.md lists
the same numbers for trainers.
"""

from __future__ import annotations

#: The pack format this app reads (the ``format`` field).
FORMAT = 1

#: Largest pack YAML file (and ``pack.yaml`` inside an archive).
MAX_FILE_BYTES = 2 * 1024 * 1024
#: Deepest nesting of lists and mappings in a pack file.
MAX_DEPTH = 20
#: Most values (keys, texts, numbers, lists, mappings, aliases) in one pack file: about
#: twenty times the built-in pack, and small enough to refuse a flood in about a second.
MAX_VALUES = 25_000

#: Largest ``.wspack`` archive file on disk.
MAX_ARCHIVE_BYTES = 25 * 1024 * 1024
#: Largest uncompressed size of one archive member.
MAX_MEMBER_BYTES = 5 * 1024 * 1024
#: Largest uncompressed size of all archive members together.
MAX_TOTAL_BYTES = 20 * 1024 * 1024
#: Most members in one archive.
MAX_MEMBERS = 1000
#: Archives are decompressed in chunks of this size, counting real bytes.
READ_CHUNK = 64 * 1024

#: Problems listed in an error (the count still covers them all).
MAX_SHOWN_PROBLEMS = 200


def size_text(n: int) -> str:
    """A byte count for a message: ``2 MB``, ``512 KB``, ``10 bytes``."""
    if n >= 1024 * 1024:
        value = n / (1024 * 1024)
        return f"{value:.0f} MB" if value == int(value) else f"{value:.1f} MB"
    if n >= 1024:
        return f"{n // 1024} KB"
    return f"{n} bytes"
