"""A workshop's dates as iCalendar files (RFC 5545, through ``icalendar``) for Outlook, Google
Calendar and Apple Calendar (``calendar ID --out DIR``).

- ``facilitator.ics``: every check-in session and the follow-up session;
- one file per participant with their own dates: each open commitment's due date and check-in
  date as all-day events, and the check-in sessions they attend (the follow-up session too,
  when they were present).

A session with a time is written in this machine's time zone by its IANA name (``TZID`` with
its ``VTIMEZONE`` in yearly rules, services/calendar_zones.py); when the machine names no IANA
zone, or it is UTC, or its rules change within the events' years, the time is written in UTC.
A session without a time is an all-day event. Every event's ``UID`` is derived from the
workshop (id and creation time) and what the event is, so exporting again gives the same UIDs
and a calendar updates the events instead of doubling them. Summaries are in the workshop's
language; no note of any kind is written.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from workshop_app import APP_NAME, __version__
from workshop_app.errors import UserError
from workshop_app.i18n import in_language, translate
from workshop_app.model.progress import CLOSED
from workshop_app.model.workshop import WorkshopData
from workshop_app.plans.filenames import safe_stem, unique_stem
from workshop_app.services.action_exports import action_rows, write_file
from workshop_app.services.calendar_zones import zone_component

# How long a check-in or follow-up session lasts in the calendar (the app stores no length).
SESSION_MINUTES = 60
FACILITATOR_NAME = "facilitator.ics"
_UTC_NAMES = {"UTC", "Etc/UTC", "Etc/UCT", "UCT", "Etc/Zulu", "Zulu", "Universal", "Etc/Universal",
              "GMT", "Etc/GMT", "Etc/GMT0", "Etc/GMT+0", "Etc/GMT-0", "GMT0", "Greenwich"}


def local_zone() -> ZoneInfo | None:
    """This machine's time zone by its IANA name (``$TZ``, else what ``/etc/localtime`` links to,
    else ``/etc/timezone``), or None when there is none or it is UTC."""
    candidates = [os.environ.get("TZ", "").removeprefix(":")]
    try:
        link = os.readlink("/etc/localtime")
        candidates.append(link.split("zoneinfo/", 1)[1] if "zoneinfo/" in link else "")
    except OSError:
        pass
    try:
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    except (OSError, UnicodeDecodeError):
        pass
    for name in candidates:
        if not name or name.startswith("/") or ".." in name:
            continue
        try:
            zone = ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            continue
        return None if name in _UTC_NAMES else zone
    return None


@dataclass
class Event:
    """One calendar entry before it is written."""

    key: str  # what it is, for its UID: "due:action:12", "checkin:3"...
    summary: str
    day: date
    time: str = ""  # HH:MM; "" for an all-day event
    description: str = ""
    busy: bool = False  # a session blocks the time; a due date does not


def _day(iso: str) -> date | None:
    try:
        return date.fromisoformat(iso.strip())
    except ValueError:
        return None


def _session(key: str, summary: str, iso: str, time: str, description: str) -> list[Event]:
    day = _day(iso)
    if day is None:
        return []
    clock = time.strip()
    try:
        datetime.strptime(clock, "%H:%M")
    except ValueError:
        clock = ""
    return [Event(key, summary, day, clock, description, busy=True)]


def session_events(data: WorkshopData, participant_id: int | None = None) -> list[Event]:
    """The check-in sessions (those ``participant_id`` attends; all when None) and the follow-up
    session (unless a check-in is on its day; for a participant only when they were present)."""
    workshop = data.workshop
    events = []
    for checkin in data.follow_through.checkins:
        if participant_id is not None and participant_id not in checkin.attendees:
            continue
        summary = checkin.title.strip() or translate("Exports", "Check-in: {workshop}").format(
            workshop=workshop.title)
        events += _session(f"checkin:{checkin.id}", summary, checkin.date, checkin.time, workshop.title)
    checkin_days = {c.date.strip() for c in data.follow_through.checkins}
    person = data.participant(participant_id) if participant_id is not None else None
    if workshop.follow_up_date.strip() not in checkin_days and (participant_id is None
                                                                 or (person and not person.absent)):
        events += _session("follow-up", translate("Exports", "Follow-up session: {workshop}").format(
            workshop=workshop.title), workshop.follow_up_date, workshop.follow_up_time, workshop.title)
    return events


def participant_events(data: WorkshopData, participant_id: int) -> list[Event]:
    """A participant's own dates: the due date and check-in date of each of their commitments
    not yet done or dropped (all-day), then the sessions they attend."""
    events = []
    for row in action_rows(data):
        if participant_id not in row.owner_ids or row.status in CLOSED:
            continue
        key = f"action:{row.action_id}" if row.action_id is not None else f"commitment:{row.commitment_id}"
        day = _day(row.due)
        if day is not None:
            events.append(Event(f"due:{key}", translate("Exports", "Due: {commitment}").format(
                commitment=row.text), day, description=data.workshop.title))
        day = _day(row.checkin)
        if day is not None:
            summary = (translate("Exports", "Check in with {whom}: {commitment}").format(
                whom=row.checkin_with, commitment=row.text) if row.checkin_with
                else translate("Exports", "Check in: {commitment}").format(commitment=row.text))
            events.append(Event(f"checkin-date:{key}", summary, day, description=data.workshop.title))
    return events + session_events(data, participant_id)


def event_uid(data: WorkshopData, key: str) -> str:
    """The event's UID: the same for the same workshop and event at every export."""
    workshop = data.workshop
    seed = f"{workshop.id}|{workshop.created_at}|{key}".encode()
    return f"{hashlib.sha256(seed).hexdigest()[:32]}@{APP_NAME}"


def calendar_bytes(data: WorkshopData, events: list[Event], name: str, *, stamp: datetime | None = None,
                   zone: ZoneInfo | None = None) -> bytes:
    """``events`` as one iCalendar file. ``stamp``: the DTSTAMP (now, in UTC, by default);
    ``zone``: the sessions' time zone (None: this machine's clock, written in UTC)."""
    from icalendar import Calendar
    from icalendar import Event as CalendarEvent

    stamp = (stamp or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    calendar = Calendar()
    calendar.add("prodid", f"-//{APP_NAME}//{APP_NAME} {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")  # entries to add, not an invitation to answer (Outlook)
    calendar.add("x-wr-calname", name)
    years = [e.day.year for e in events if e.time]
    zone_rules = zone_component(zone, min(years), max(years)) if zone is not None and years else None
    if zone_rules is not None:
        calendar.add_component(zone_rules)
    for event in events:
        entry = CalendarEvent()
        entry.add("uid", event_uid(data, event.key))
        entry.add("dtstamp", stamp)
        entry.add("summary", event.summary)
        if event.time:
            hour, minute = (int(part) for part in event.time.split(":"))
            start = datetime(event.day.year, event.day.month, event.day.day, hour, minute)
            # in the zone by its name, or (no rules for it) the moment in UTC
            start = (start.replace(tzinfo=zone) if zone_rules is not None
                     else start.replace(tzinfo=zone).astimezone(UTC) if zone is not None
                     else start.astimezone(UTC))
            entry.add("dtstart", start)
            entry.add("dtend", start + timedelta(minutes=SESSION_MINUTES))
        else:
            entry.add("dtstart", event.day)
            entry.add("dtend", event.day + timedelta(days=1))
        entry.add("transp", "OPAQUE" if event.busy else "TRANSPARENT")
        if event.description:
            entry.add("description", event.description)
        if data.workshop.location.strip() and event.key == "follow-up":
            entry.add("location", data.workshop.location.strip())
        calendar.add_component(entry)
    return calendar.to_ical()


def write_calendars(data: WorkshopData, out_dir: str | Path, *, stamp: datetime | None = None,
                    zone: ZoneInfo | None = None, use_local_zone: bool = True) -> list[Path]:
    """``facilitator.ics`` (when there is a session) and one ``<name>.ics`` per participant who
    has any date, into ``out_dir`` (made when missing), each written whole; returns their paths
    (a UserError when there is no date at all). ``zone``: the
    sessions' time zone (default: :func:`local_zone`, UTC when it finds none)."""
    folder = Path(out_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(translate("Exports", "{file}: cannot write the file ({reason})").format(
            file=folder, reason=exc.strerror or exc)) from exc
    if zone is None and use_local_zone:
        zone = local_zone()
    workshop = data.workshop
    paths = []
    used = {Path(FACILITATOR_NAME).stem.casefold()}
    with in_language(workshop.language):
        name = translate("Exports", "{workshop} (facilitator)").format(workshop=workshop.title)
        sessions = session_events(data)
        if sessions:  # a calendar holds at least one event (RFC 5545)
            paths.append(write_file(folder / FACILITATOR_NAME, calendar_bytes(
                data, sessions, name, stamp=stamp, zone=zone)))
        for i, person in enumerate(data.participants, start=1):
            if person.id is None:
                continue
            events = participant_events(data, person.id)
            if not events:
                continue
            stem = unique_stem(safe_stem(person.name, f"participant-{i}"), used)
            name = f"{workshop.title}: {person.name.strip() or stem}"
            paths.append(write_file(folder / f"{stem}.ics", calendar_bytes(
                data, events, name, stamp=stamp, zone=zone)))
    if not paths:
        raise UserError(translate("Exports", "\"{workshop}\" has no date for a calendar yet: no check-in, "
                                             "no follow-up session and no due date of an open "
                                             "commitment.").format(workshop=workshop.title))
    return paths
