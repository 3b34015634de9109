"""Writing a file whole: into a new temporary file beside it, then renamed over it.

The temporary file is created with the mode any new file gets (0666 less the
umask), so a plan or export is as readable as the user's other files
(``tempfile.mkstemp`` would make every output 0600). No Qt, usable by every layer.
"""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOINHERIT", 0)


def temp_file_beside(path: str | os.PathLike, suffix: str = ".tmp") -> tuple[int, str]:
    """A new empty hidden file in ``path``'s folder, open for writing: ``(fd, name)``.

    Raises OSError (the folder is missing or not writable...).
    """
    target = Path(path)
    for _attempt in range(100):
        name = target.parent / f".{target.name[:60]}.{os.urandom(6).hex()}{suffix}"
        try:
            return os.open(name, _FLAGS, 0o666), str(name)
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary file name", str(target.parent))


def write_bytes_whole(path: str | os.PathLike, data: bytes, *, sync: bool = False) -> Path:
    """Write ``data`` to ``path`` so a reader never sees half a file (OSError when it cannot)."""
    target = Path(path)
    fd, temp = temp_file_beside(target)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            if sync:
                fh.flush()
                os.fsync(fh.fileno())
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    return target
