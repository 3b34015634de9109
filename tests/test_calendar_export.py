"""The calendar files (``calendar ID --out DIR``): read back with icalendar and with vobject, an
independent parser, and checked for what Outlook, Google Calendar and Apple Calendar need: a
stable UID and a DTSTAMP on every event, all-day due dates, sessions with their time zone."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject

from workshop_app.model.checkins import CheckIn
from workshop_app.paths import DataDir
from workshop_app.services.calendar_export import local_zone, write_calendars
from workshop_app.services.context import AppContext

from exports_fixtures import FORMULA_COMMITMENT, REVIEW_NOTE, REVIEW_PRIVATE, followed_up
from plans_fixtures import PRIVATE_MARKER

STAMP = datetime(2025, 3, 20, 9, 15, tzinfo=UTC)
BERLIN = ZoneInfo("Europe/Berlin")


def events_of(path: Path) -> dict[str, icalendar.Event]:
    """The file's events by summary, read with icalendar."""
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return {str(e["SUMMARY"]): e for e in calendar.walk("VEVENT")}


def vobject_events(path: Path) -> dict[str, object]:
    """The file's events by summary, read with vobject (one calendar in the file)."""
    calendars = list(vobject.readComponents(path.read_text(encoding="utf-8")))
    assert len(calendars) == 1
    return {e.summary.value: e for e in calendars[0].vevent_list}


@pytest.fixture
def written(tmp_path):
    return {p.name: p for p in write_calendars(followed_up(), tmp_path / "cal", stamp=STAMP, zone=BERLIN)}


def test_every_event_has_the_fields_calendar_apps_need(written):
    # everyone present has the follow-up session at least (the Japanese and Arabic names give
    # participant-N file names)
    assert set(written) == {"facilitator.ics", "Eleni-Papadopoulou.ics", "Dmitriy-Ivanov.ics",
                            "Nguyen-Thi-Minh-Khai.ics", "participant-4.ics", "participant-5.ics",
                            "Ann-b-amp-Co.ics"}
    for path in written.values():
        raw = path.read_bytes()
        assert raw.startswith(b"BEGIN:VCALENDAR\r\n") and b"VERSION:2.0" in raw and b"PRODID:" in raw
        events = events_of(path)
        assert events, path.name
        uids = [str(e["UID"]) for e in events.values()]
        assert len(set(uids)) == len(uids)
        for event in events.values():
            assert event["DTSTAMP"].dt == STAMP
            assert event.get("DTSTART") is not None and event.get("DTEND") is not None
        # vobject agrees event for event
        again = vobject_events(path)
        assert set(again) == set(events)
        assert {e.uid.value for e in again.values()} == set(uids)


def test_due_dates_are_all_day_and_sessions_carry_their_time_zone(written):
    eleni = written["Eleni-Papadopoulou.ics"]
    raw = eleni.read_text(encoding="utf-8")
    events = events_of(eleni)
    due = events[f"Due: {FORMULA_COMMITMENT}"]
    assert due["DTSTART"].dt == date(2025, 8, 1) and not isinstance(due["DTSTART"].dt, datetime)
    assert "DTSTART;VALUE=DATE:20250801" in raw and "DTEND;VALUE=DATE:20250802" in raw
    assert str(due["TRANSP"]) == "TRANSPARENT"
    session = events["30-day check-in"]
    assert "DTSTART;TZID=Europe/Berlin:20250414T143000" in raw
    assert "BEGIN:VTIMEZONE" in raw and "TZID:Europe/Berlin" in raw
    assert session["DTSTART"].dt == datetime(2025, 4, 14, 14, 30, tzinfo=BERLIN)
    # the independent parser resolves the VTIMEZONE to the same moment: 12:30 UTC (summer time)
    moment = vobject_events(eleni)["30-day check-in"].dtstart.value
    assert moment.astimezone(UTC) == datetime(2025, 4, 14, 12, 30, tzinfo=UTC)
    # a check-in without a time is a whole day
    dmitry = events_of(written["Dmitriy-Ivanov.ics"])
    whole_day = dmitry["Check-in: Bridging leadership and operations \u2014 spring offsite"]
    assert whole_day["DTSTART"].dt == date(2025, 5, 14)


def test_each_participant_gets_only_their_own_open_dates(written):
    eleni = events_of(written["Eleni-Papadopoulou.ics"])
    # KESTREL was done at the first check-in: neither its due date nor its check-in date
    assert not any("KESTREL" in s for s in eleni)
    assert set(eleni) == {f"Due: {FORMULA_COMMITMENT}", "30-day check-in",
                          "Follow-up session: Bridging leadership and operations \u2014 spring offsite"}
    dmitry = events_of(written["Dmitriy-Ivanov.ics"])
    heron = dmitry["Due: Spend one day a month on the dispatch floor HERON"]
    assert heron["DTSTART"].dt == date(2025, 7, 1)  # the due date the second check-in revised
    assert "Check in: Spend one day a month on the dispatch floor HERON" in dmitry
    assert not any("KESTREL" in s or "OSPREY" in s for s in dmitry)
    facilitator = events_of(written["facilitator.ics"])
    assert set(facilitator) == {"30-day check-in",
                                "Check-in: Bridging leadership and operations \u2014 spring offsite",
                                "Follow-up session: Bridging leadership and operations \u2014 spring offsite"}
    follow_up = facilitator["Follow-up session: Bridging leadership and operations \u2014 spring offsite"]
    assert follow_up["DTSTART"].dt == datetime(2025, 6, 20, 10, 0, tzinfo=BERLIN)
    assert str(follow_up["LOCATION"]) == "Harbour Room, Kiel"


def test_no_note_reaches_a_calendar(written):
    for path in written.values():
        text = path.read_text(encoding="utf-8")
        for secret in (REVIEW_PRIVATE, REVIEW_NOTE, PRIVATE_MARKER, "No cover for the shift"):
            assert secret not in text, (path.name, secret)


def test_uids_stay_the_same_at_the_next_export(tmp_path, written):
    later = write_calendars(followed_up(), tmp_path / "again", stamp=datetime(2025, 9, 1, tzinfo=UTC),
                            zone=BERLIN)
    for path in later:
        before = {s: str(e["UID"]) for s, e in events_of(written[path.name]).items()}
        assert {s: str(e["UID"]) for s, e in events_of(path).items()} == before
    # another workshop (another creation time) never shares one
    other = followed_up()
    other.workshop.created_at = "2025-03-02T08:00:00+00:00"
    third = write_calendars(other, tmp_path / "other", stamp=STAMP, zone=BERLIN)
    assert not ({str(e["UID"]) for e in events_of(third[0]).values()}
                & {str(e["UID"]) for e in events_of(written["facilitator.ics"]).values()})


def test_summaries_speak_the_workshops_language(tmp_path):
    data = followed_up()
    data.workshop.language = "de"
    paths = {p.name: p for p in write_calendars(data, tmp_path, stamp=STAMP, zone=BERLIN)}
    summaries = set(events_of(paths["Eleni-Papadopoulou.ics"]))
    assert f"F\u00e4llig: {FORMULA_COMMITMENT}" in summaries
    assert not any(s.startswith(("Due:", "Follow-up session")) for s in summaries)


def test_without_an_iana_zone_times_are_written_in_utc(tmp_path, berlin_clock):
    facilitator = write_calendars(followed_up(), tmp_path, stamp=STAMP, use_local_zone=False)[0]
    raw = facilitator.read_text(encoding="utf-8")
    assert "DTSTART:20250414T123000Z" in raw  # 14:30 on this machine's (Berlin) clock
    assert "VTIMEZONE" not in raw
    moment = vobject_events(facilitator)["30-day check-in"].dtstart.value
    assert moment == datetime(2025, 4, 14, 12, 30, tzinfo=UTC)


def test_the_local_zone_is_found_by_its_iana_name(berlin_clock):
    assert local_zone() == BERLIN


def test_a_utc_machine_writes_utc(monkeypatch):
    monkeypatch.setenv("TZ", "Etc/UTC")
    assert local_zone() is None


def test_calendar_command_writes_the_files_and_prints_their_paths(run_cli, tmp_path):
    from workshop_app.storage.workshop_file import data_to_dict

    folder = tmp_path / "cli-data"
    ctx = AppContext(DataDir(folder))
    try:
        workshop_id = ctx.store.import_workshop(data_to_dict(followed_up()))
    finally:
        ctx.close()
    out = tmp_path / "out"
    code, stdout, stderr = run_cli("calendar", str(workshop_id), "--out", str(out), data_dir=str(folder))
    assert code == 0, stderr
    printed = [Path(line) for line in stdout.splitlines()]
    assert printed[0] == out / "facilitator.ics" and all(p.is_file() for p in printed)
    assert len(printed) > 1
    for path in printed:
        icalendar.Calendar.from_ical(path.read_bytes())
    code, stdout, stderr = run_cli("calendar", "424242", "--out", str(out), data_dir=str(folder))
    assert code != 0 and len(stderr.strip().splitlines()) == 1


ZONES = ["Europe/Berlin", "America/New_York", "Australia/Sydney", "Australia/Adelaide", "Asia/Kolkata",
         "America/Sao_Paulo", "Europe/Dublin", "Pacific/Auckland", "Asia/Tehran", "Europe/London"]


@pytest.mark.parametrize("name", ZONES)
def test_both_parsers_read_every_session_time_in_the_zone(tmp_path, name):
    """Sessions on both sides of every daylight saving change over three years: both parsers
    place each one at the moment this machine's clock means (the zone's own rules, RRULE form)."""
    zone = ZoneInfo(name)
    data = followed_up()
    data.follow_through.checkins = [
        CheckIn(7, f"{year}-{month:02d}-{day:02d}", "09:30", f"S{year}{month:02d}{day:02d}", id=i,
                attendees=[])
        for i, (year, month, day) in enumerate(((y, m, d) for y in (2025, 2026, 2027)
                                                for m in (1, 3, 4, 6, 10, 11) for d in (2, 28)), start=1)]
    data.workshop.follow_up_date = ""
    path = write_calendars(data, tmp_path, stamp=STAMP, zone=zone)[0]
    raw = path.read_text(encoding="utf-8")
    assert f"TZID:{name}" in raw and "RDATE" not in raw
    expected = {c.title: datetime.fromisoformat(f"{c.date}T{c.time}").replace(tzinfo=zone)
                for c in data.follow_through.checkins}
    for summary, event in events_of(path).items():
        assert event["DTSTART"].dt.astimezone(UTC) == expected[summary].astimezone(UTC), summary
    for summary, event in vobject_events(path).items():
        assert event.dtstart.value.astimezone(UTC) == expected[summary].astimezone(UTC), summary


def test_a_zone_whose_rules_changed_between_the_sessions_is_written_in_utc(tmp_path):
    """Iran stopped daylight saving time in 2022: no yearly rule covers 2021 and 2026."""
    zone = ZoneInfo("Asia/Tehran")
    data = followed_up()
    data.follow_through.checkins = [CheckIn(7, "2021-06-01", "09:30", "Old", id=1),
                                    CheckIn(7, "2026-06-01", "09:30", "New", id=2)]
    path = write_calendars(data, tmp_path, stamp=STAMP, zone=zone)[0]
    raw = path.read_text(encoding="utf-8")
    assert "VTIMEZONE" not in raw
    assert "DTSTART:20210601T050000Z" in raw and "DTSTART:20260601T060000Z" in raw
    assert vobject_events(path)["New"].dtstart.value == datetime(2026, 6, 1, 6, 0, tzinfo=UTC)


def test_a_workshop_without_dates_is_refused_in_one_line(run_cli, tmp_path):
    """A calendar holds at least one event: no empty file is written."""
    from workshop_app.storage.workshop_file import data_to_dict

    data = followed_up()
    data.follow_through.checkins, data.follow_through.reviews, data.follow_through.commitments = [], [], []
    data.workshop.follow_up_date = ""
    for action in data.actions:
        action.due = action.checkin = ""
    folder = tmp_path / "cli-data"
    ctx = AppContext(DataDir(folder))
    try:
        workshop_id = ctx.store.import_workshop(data_to_dict(data))
    finally:
        ctx.close()
    code, stdout, stderr = run_cli("calendar", str(workshop_id), "--out", str(tmp_path / "out"),
                                   data_dir=str(folder))
    assert code == 1 and stdout == "" and "no date for a calendar" in stderr
    assert len(stderr.strip().splitlines()) == 1
    assert not list((tmp_path / "out").glob("*.ics"))
