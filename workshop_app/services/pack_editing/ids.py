"""Ids from titles and version bumps for the pack editor."""

from __future__ import annotations

import re
import unicodedata

from workshop_app.packs.ids import unique_id  # noqa: F401 - the editor names it here too
from workshop_app.services.pack_editing.common import MAX_ID


def slugify(text: str, max_len: int = MAX_ID) -> str:
    """``"Hopes & concerns (v2)"`` -> ``"hopes-concerns-v2"``: lowercase ASCII letters and digits."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", plain).strip("-")
    return slug[:max_len].rstrip("-")


_VERSION = re.compile(r"^(\d+)(?:\.(\d+))?(?:\.(\d+))?")


def suggest_versions(version: str) -> list[str]:
    """The next versions to offer: ``1.0.0`` -> ``["1.0.1", "1.1.0"]`` (a small fix, new content)."""
    match = _VERSION.match(version.strip())
    if not match:
        return []
    major, minor, patch = (int(part or 0) for part in match.groups())
    return [f"{major}.{minor}.{patch + 1}", f"{major}.{minor + 1}.0"]
