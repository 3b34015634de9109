"""Follow-through after a workshop: planning its check-ins (the 30, 60 and 90 days after it).

Shared by the window ("Plan a check-in…") and the command line (``checkin``); no Qt.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from workshop_app.errors import UserError
from workshop_app.i18n import translate
from workshop_app.model.checkins import CheckIn
from workshop_app.model.workshop import Workshop
from workshop_app.services.capture import parse_date
from workshop_app.services.planning import format_clock, parse_clock

#: Days after the workshop the check-ins are usually held.
CHECKIN_DAYS = (30, 60, 90)


class FollowupError(UserError):
    """A check-in cannot be planned as asked (a date or time that is none, no date to count from)."""


def default_checkin_dates(workshop: Workshop) -> list[str]:
    """The dates 30, 60 and 90 days after the workshop (``YYYY-MM-DD``); [] when it has no date."""
    try:
        day = dt.date.fromisoformat(workshop.date)
    except (TypeError, ValueError):
        return []
    return [(day + dt.timedelta(days=days)).isoformat() for days in CHECKIN_DAYS]


def next_default_checkin(workshop: Workshop, planned: Iterable[CheckIn]) -> tuple[str, int] | None:
    """The first of the 30/60/90-day dates later than every check-in planned already, with its
    number of days; None when the workshop has no date or all three are planned (or passed by
    a later check-in)."""
    latest = max((c.date for c in planned), default="")
    for date, days in zip(default_checkin_dates(workshop), CHECKIN_DAYS, strict=True):
        if date > latest:
            return date, days
    return None


def default_title(days: int) -> str:
    """"30-day check-in": the title of a check-in planned on one of the usual dates."""
    return translate("Followup", "{days}-day check-in").format(days=days)


def _date(text: str) -> str:
    date = parse_date(text or "", translate("Followup", "Check-in date"))
    if not date:
        raise FollowupError(translate("Followup", "A check-in needs a date, written YYYY-MM-DD."))
    return date


def _time(text: str) -> str:
    text = (text or "").strip()
    if not text:
        return ""
    minutes = parse_clock(text, -1)
    if minutes < 0:
        raise FollowupError(translate("Followup", "The check-in's time “{text}” is not a time like 14:30.")
                            .format(text=text))
    return format_clock(minutes)


def plan_checkin(store, workshop_id: int, date: str, time: str = "", title: str = "") -> CheckIn:
    """Plan a check-in of the workshop on ``date`` (``YYYY-MM-DD``), at ``time`` (``HH:MM``, ""
    for none): its present participants are carried over as the attendees. The new check-in."""
    return store.create_checkin(CheckIn(workshop_id=workshop_id, date=_date(date), time=_time(time),
                                        title=" ".join((title or "").split())))
