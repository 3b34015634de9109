"""Where a pack's pictures live, and which picture or link targets name a file inside the pack.

A pack with pictures is a ``.wspack`` archive holding them under ``assets/``;
Markdown names one as ``![what it shows](assets/name.png)``. Anything else (an
absolute path, ``..``, a URL with a scheme such as ``file:`` or ``data:``) is
not a file of the pack. Pure string work: no Qt, no file is touched.
"""

from __future__ import annotations

import posixpath
import re
from urllib.parse import unquote

#: The archive folder holding a pack's pictures.
ASSETS_FOLDER = "assets/"

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
#: Link targets that are web or mail addresses (never opened by the app, shown as links).
WEB_SCHEMES = ("http", "https", "mailto")


#: Largest picture file, in bytes.
MAX_PICTURE_BYTES = 2 * 1024 * 1024
#: Largest picture width and height, in pixels (read from the header, before decoding).
MAX_PICTURE_SIDE = 4096
#: Picture formats decoded (decided from the content, never from the name).
PICTURE_FORMATS = frozenset({"png", "jpeg", "gif", "bmp", "webp"})


def has_scheme(target: str) -> bool:
    """Whether ``target`` starts with a URL scheme (``https:``, ``file:``, ``c:``...)."""
    return bool(_SCHEME.match(target.strip()))


def is_web_address(target: str) -> bool:
    match = _SCHEME.match(target.strip())
    return bool(match) and match.group(0)[:-1].lower() in WEB_SCHEMES


def pack_member(target: str) -> str | None:
    """The archive member (``assets/x.png``) a target names inside its pack, or None if it is not one."""
    target = target.strip()
    if target.startswith("<") and target.endswith(">"):
        target = target[1:-1].strip()
    if not target or has_scheme(target) or target.startswith("//") or "?" in target:
        return None
    path = unquote(target.split("#", 1)[0])
    if "\\" in path or "\x00" in path or path.startswith("/") or ".." in path.split("/"):
        return None
    name = posixpath.normpath(path)
    if not name.startswith(ASSETS_FOLDER) or name.endswith("/"):
        return None
    return name
