"""Pack and exercise ids: how long one may be, and one made unique among others."""

from __future__ import annotations

from collections.abc import Collection

#: The longest id (the pack schema's slugs).
MAX_ID = 64


def unique_id(base: str, taken: Collection[str], fallback: str = "item") -> str:
    """``base`` (or ``fallback``) made unique among ``taken`` with ``-2``, ``-3``..., at most MAX_ID long."""
    base = (base or fallback)[:MAX_ID].rstrip("-") or fallback
    taken = set(taken)
    candidate, n = base, 2
    while candidate in taken:
        suffix = f"-{n}"
        candidate = base[:MAX_ID - len(suffix)].rstrip("-") + suffix
        n += 1
    return candidate
