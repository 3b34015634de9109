"""Numbers, dates and clock times in a workshop's language: the one place that decides how
they print, on paper (plans/) and on the screens that show the workshop's values to the room
or the facilitator (projector, run console, Wrap-up). QtCore only: imports without a display.

* numbers: the language's digits and decimal sign (``QLocale``), without thousands grouping:
  ``3.9`` in English, ``3,9`` in German and French, rounded as Python rounds;
* dates: the language's long (or short) date form; a date that is not ``YYYY-MM-DD`` prints
  as typed;
* typed dates: ``YYYY-MM-DD`` in every language, and the language's own numeric order
  (``20.12.2026`` in German, ``20/12/2026`` in French, ``12/20/2026`` in American English);
* clock times: ``HH:MM`` on the 24-hour clock in every language (as a workshop's agenda is
  printed); a stored moment always on this machine's clock (``model.workshop.local_datetime``,
  the one conversion from UTC), never in UTC.
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache

from workshop_app.model.workshop import local_datetime

_WEEKDAY = re.compile(r"dddd[,،]?\s*|\s*dddd")


@lru_cache(maxsize=16)
def _locale(language: str):
    from PySide6.QtCore import QLocale

    locale = QLocale(language or "en")
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale


def number(value: float, language: str = "en", decimals: int = 0) -> str:
    """``value`` with ``decimals`` decimals in the language's form: ``3.9``, ``3,9``. Rounded as
    Python rounds (``2.25`` to ``2.2``, as every view printed it), then written with the
    language's decimal sign, minus sign and digits."""
    return f"{float(value):.{decimals}f}".translate(_number_signs(language))


@lru_cache(maxsize=16)
def _number_signs(language: str) -> dict[int, str]:
    locale = _locale(language)
    zero = ord(locale.zeroDigit())
    signs = {ord(str(d)): chr(zero + d) for d in range(10)}
    signs.update({ord("."): locale.decimalPoint(), ord("-"): locale.negativeSign()})
    return signs


def mean_text(mean: float | None, language: str = "en") -> str:
    """A mean as every view prints it: one decimal, or a dash when nobody rated."""
    return "\u2013" if mean is None else number(mean, language, 1)


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


def typed_date(text: str, language: str = "en") -> str | None:
    """A date as a facilitator types it, as ``YYYY-MM-DD``: the ISO form, or day, month and year
    (four digits) in the order of the language's short date form, with any of ``.``, ``/`` or
    ``-`` between them. ``None`` when it is no date (``31.04.2026``, ``next week``)."""
    from datetime import date

    text = text.strip()
    with_year_first = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    in_order = re.fullmatch(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})\.?", text)
    if with_year_first:
        year, month, day = (int(part) for part in with_year_first.groups())
    elif in_order:
        from PySide6.QtCore import QLocale

        pattern = _locale(language).dateFormat(QLocale.FormatType.ShortFormat)
        first, second, year = (int(part) for part in in_order.groups())
        month_first = pattern.find("M") < pattern.find("d")
        month, day = (first, second) if month_first else (second, first)
    else:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def date_time(moment: str | datetime, language: str = "en") -> str:
    """A stored moment (UTC) as a date and time on this machine's clock: ``November 12, 2026,
    09:30``, ``12. November 2026, 09:30``. Text that is no timestamp prints as it is."""
    local = local_datetime(moment)
    if local is None:
        return str(moment)
    day = format_date(local.date().isoformat(), language, weekday=False)
    return f"{day}, {clock(local.hour * 60 + local.minute)}"


def clock(minutes: int) -> str:
    """``HH:MM`` for minutes after midnight (wrapping past midnight)."""
    minutes %= 24 * 60
    return f"{minutes // 60:02d}:{minutes % 60:02d}"
