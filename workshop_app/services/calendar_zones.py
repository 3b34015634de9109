"""A time zone as an iCalendar ``VTIMEZONE`` in yearly rules (``RRULE``), for the calendar files.

icalendar writes a zone as a list of dates (``RDATE``), which some readers get wrong (vobject
reads such a zone an hour off; Outlook is known to want rules); calendar programs themselves
write rules: ``RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU``. The rules are read from ``zoneinfo``
over the years the events fall in; a zone whose rules change within them has none
(:func:`zone_component` returns None and the caller writes UTC instead).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@dataclass(frozen=True)
class _Rule:
    offset_from: timedelta
    offset_to: timedelta
    month: int
    byday: str  # "-1SU", "2SU"
    clock: tuple[int, int]  # the local time it happens at, on the clock before it (hour, minute)
    name: str


def _offset(zone: ZoneInfo, moment: datetime) -> timedelta:
    return moment.astimezone(zone).utcoffset() or timedelta(0)


def _transitions(zone: ZoneInfo, year: int) -> list[datetime]:
    """The UTC moments (to the minute) where the zone's offset changes within ``year``."""
    found = []
    day = datetime(year, 1, 1, tzinfo=UTC)
    end = datetime(year + 1, 1, 1, tzinfo=UTC)
    while day < end:
        after = day + timedelta(days=1)
        if _offset(zone, day) != _offset(zone, after):
            low, high = day, after  # the offset changes in (low, high]
            while high - low > timedelta(minutes=1):
                middle = low + (high - low) / 2
                middle = middle.replace(second=0, microsecond=0)
                if middle <= low:
                    break
                low, high = (middle, high) if _offset(zone, middle) == _offset(zone, low) else (low, middle)
            found.append(high)
        day = after
    return found


def _rule(zone: ZoneInfo, moment: datetime) -> _Rule:
    before = _offset(zone, moment - timedelta(minutes=1))
    after = _offset(zone, moment)
    local = (moment + before).replace(tzinfo=None)  # on the clock before the change
    last = (local + timedelta(days=7)).month != local.month
    week = "-1" if last else str((local.day - 1) // 7 + 1)
    return _Rule(before, after, local.month, week + _DAYS[local.weekday()], (local.hour, local.minute),
                 moment.astimezone(zone).tzname() or "")


def _first_local(rule: _Rule, year: int) -> datetime:
    """The rule's first occurrence in ``year``, on the clock before it (the rule's DTSTART)."""
    week, day = int(rule.byday[:-2]), _DAYS.index(rule.byday[-2:])
    if week > 0:
        first = datetime(year, rule.month, 1)
        date = first + timedelta(days=(day - first.weekday()) % 7 + 7 * (week - 1))
    else:
        after = datetime(year + (rule.month == 12), rule.month % 12 + 1, 1)
        last = after - timedelta(days=1)
        date = last - timedelta(days=(last.weekday() - day) % 7)
    return date.replace(hour=rule.clock[0], minute=rule.clock[1])


def zone_component(zone: ZoneInfo, first_year: int, last_year: int):
    """The zone as an ``icalendar.Timezone`` with yearly rules valid from ``first_year`` to
    ``last_year``, or None when its rules differ between those years. The rules start the year
    before: in the south, January is summer time begun the October before."""
    from icalendar import Timezone, TimezoneDaylight, TimezoneStandard

    first_year -= 1
    rules: set[_Rule] | None = None
    for year in range(first_year, last_year + 1):
        found = {_rule(zone, moment) for moment in _transitions(zone, year)}
        if rules is not None and found != rules:
            return None
        rules = found
    component = Timezone()
    component.add("tzid", zone.key)
    if not rules:  # no daylight saving time: one offset all year
        start = datetime(first_year, 1, 1, tzinfo=UTC)
        standard = TimezoneStandard()
        standard.add("dtstart", datetime(1970, 1, 1))
        standard.add("tzoffsetfrom", _offset(zone, start))
        standard.add("tzoffsetto", _offset(zone, start))
        standard.add("tzname", start.astimezone(zone).tzname() or zone.key)
        component.add_component(standard)
        return component
    for rule in sorted(rules, key=lambda r: (r.month, r.byday)):
        part = TimezoneDaylight() if rule.offset_to > rule.offset_from else TimezoneStandard()
        part.add("dtstart", _first_local(rule, first_year))
        part.add("tzoffsetfrom", rule.offset_from)
        part.add("tzoffsetto", rule.offset_to)
        part.add("tzname", rule.name)
        part.add("rrule", {"freq": "yearly", "bymonth": rule.month, "byday": rule.byday})
        component.add_component(part)
    return component
