"""Dates, clock times and durations as the printed documents show them.

Dates use the workshop language's conventions through ``QLocale`` (QtCore
only); a date that is not ``YYYY-MM-DD`` prints as typed.
"""

from __future__ import annotations

import re
from functools import lru_cache

from workshop_app.i18n import Plans, counted, translate

_WEEKDAY = re.compile(r"dddd[,،]?\s*|\s*dddd")


@lru_cache(maxsize=16)
def _locale(language: str):
    from PySide6.QtCore import QLocale

    return QLocale(language or "en")


def format_date(iso: str, language: str = "en", weekday: bool = True, short: bool = False) -> str:
    """``2025-03-14`` as e.g. ``Friday, March 14, 2025``, ``March 14, 2025`` without weekday,
    ``Mar 14, 2025`` short (never with a weekday)."""
    iso = (iso or "").strip()
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", iso):
        return iso
    from PySide6.QtCore import QDate, QLocale

    date = QDate.fromString(iso, "yyyy-MM-dd")
    if not date.isValid():
        return iso
    locale = _locale(language)
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
    if short or not weekday:
        pattern = _WEEKDAY.sub("", pattern).strip(" ,،") or "yyyy-MM-dd"
    if short:
        pattern = pattern.replace("MMMM", "MMM")
    return locale.toString(date, pattern)


def parse_clock(hhmm: str, default: int = 9 * 60) -> int:
    """Minutes after midnight for ``HH:MM`` (``default`` when it is not a time)."""
    match = re.fullmatch(r"\s*(\d{1,2}):(\d{2})\s*", hhmm or "")
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        return default
    return int(match[1]) * 60 + int(match[2])


def clock(minutes: int) -> str:
    """``HH:MM`` for minutes after midnight (wrapping past midnight)."""
    minutes %= 24 * 60
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def minutes_label(minutes: float | int | None) -> str:
    if minutes is None:
        return "\u2013"
    if isinstance(minutes, float) and not minutes.is_integer():
        return translate("Plans", "{n} min").format(n=f"{minutes:.1f}")
    return translate("Plans", "{n} min").format(n=int(minutes))


def signed_minutes(minutes: float) -> str:
    """``+5 min``, ``-3 min`` or ``0 min``."""
    value = round(minutes)
    sign = "+" if value > 0 else ("\u2212" if value < 0 else "")
    return sign + translate("Plans", "{n} min").format(n=abs(value))


def dots_label(n: int) -> str:
    return counted(n, translate("Plans", "1 dot"), Plans.tr("%n dots", None, n))
