"""Clock times read from a workshop's fields, durations and counts as the printed documents
show them (numbers, dates and times themselves: :mod:`workshop_app.formats`)."""

from __future__ import annotations

import re

from workshop_app.formats import number
from workshop_app.i18n import Plans, counted, translate


def parse_clock(hhmm: str, default: int = 9 * 60) -> int:
    """Minutes after midnight for ``HH:MM`` (``default`` when it is not a time)."""
    match = re.fullmatch(r"\s*(\d{1,2}):(\d{2})\s*", hhmm or "")
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        return default
    return int(match[1]) * 60 + int(match[2])


def minutes_label(minutes: float | int | None, language: str = "en") -> str:
    """``25 min``, ``12.5 min`` (``12,5 min`` in German), a dash for None."""
    if minutes is None:
        return "\u2013"
    if isinstance(minutes, float) and not minutes.is_integer():
        return translate("Plans", "{n} min").format(n=number(minutes, language, 1))
    return translate("Plans", "{n} min").format(n=int(minutes))


def signed_minutes(minutes: float) -> str:
    """``+5 min``, ``-3 min`` or ``0 min``."""
    value = round(minutes)
    sign = "+" if value > 0 else ("\u2212" if value < 0 else "")
    return sign + translate("Plans", "{n} min").format(n=abs(value))


def dots_label(n: int) -> str:
    return counted(n, translate("Plans", "1 dot"), Plans.tr("%n dots", None, n))
