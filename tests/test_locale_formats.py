"""Numbers, dates and times in the workshop's language (issue 16): on paper and on screen.

A German or French workshop prints a rating mean with a decimal comma, its dates as QLocale
writes them in that language, and the report's run start as a German date and time on this
machine's clock (never UTC). The English sample stays as it was (tests/test_pdf_references.py).
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QLocale, Qt
from test_run_workshop import ROOM, open_run, projector_text, type_line

from workshop_app.formats import date_time, format_date, mean_text
from workshop_app.model.workshop import RunState
from workshop_app.plans import write_action_plans, write_report, write_sponsor_report
from workshop_app.plans.formatting import minutes_label

from plans_fixtures import make_workshop_data

KEY = Qt.Key


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def german(data):
    data.workshop = replace(data.workshop, language="de", date="2026-11-12")
    return data


def qlocale_date(language: str, iso: str, weekday: bool = True) -> str:
    locale = QLocale(language)
    date = QDate.fromString(iso, "yyyy-MM-dd")
    if weekday:
        return locale.toString(date, QLocale.FormatType.LongFormat)
    return locale.toString(date, locale.dateFormat(QLocale.FormatType.LongFormat).replace("dddd, ", ""))


@pytest.mark.parametrize("language", ["de", "fr"])
def test_a_mean_prints_with_the_languages_decimal_sign(language):
    assert mean_text(3.9, language) == "3,9"  # the comma, written out once
    assert mean_text(3.9, language) == QLocale(language).toString(3.9, "f", 1)
    assert mean_text(2.25, "en") == "2.2"  # rounded as every view printed it before
    assert mean_text(None, language) == "\u2013"
    assert minutes_label(12.5, language) == "12,5 min"


@pytest.mark.parametrize("language", ["de", "fr", "en"])
def test_a_date_prints_as_qlocale_writes_it_in_the_workshops_language(language):
    assert format_date("2026-11-12", language) == qlocale_date(language, "2026-11-12")
    assert "Donnerstag" in format_date("2026-11-12", "de")


def test_a_moment_prints_in_german_on_this_machines_clock(berlin_clock):
    expected = qlocale_date("de", "2026-11-12", weekday=False)
    assert date_time("2026-11-12T08:30:00Z", "de") == f"{expected}, 09:30"


def test_a_german_report_prints_german_means_dates_and_the_run_start_in_local_time(berlin_clock, tmp_path):
    data = german(make_workshop_data())
    data.run_state = RunState(workshop_id=7, started_at="2026-11-12T08:30:00Z")
    text = pdf_text(write_report(data, tmp_path / "report.pdf", invariant=True))
    # the means of the sample's ratings: 18/6, 17/6, 14/6
    for mean in ("3,0", "2,8", "2,3"):
        assert mean in text
    assert "2.8" not in text and "2.3" not in text
    assert qlocale_date("de", "2026-11-12") in text.replace("\n", " ")
    started = f"{qlocale_date('de', '2026-11-12', weekday=False)}, 09:30"  # Berlin, not UTC's 08:30
    assert started in text.replace("\n", " ")
    assert "2026-11-12" not in text and "08:30" not in text


def test_a_french_plan_and_sponsor_report_print_means_with_a_comma(tmp_path):
    data = make_workshop_data()
    data.workshop = replace(data.workshop, language="fr")
    sponsor = pdf_text(write_sponsor_report(data, tmp_path / "sponsor.pdf", invariant=True))
    assert "2,8" in sponsor and "2.8" not in sponsor
    plans = write_action_plans(data, tmp_path / "plans", invariant=True)
    text = "\n".join(pdf_text(path) for path in plans.participant_files)
    assert "2,8" in text and "2.8" not in text


def test_the_console_and_projector_show_a_german_workshops_mean_with_a_comma(main_window, qtbot, ctx):
    page, _clock, wid, items = open_run(main_window, qtbot, ctx)
    store = ctx.store
    store.update_workshop(replace(store.get_workshop(wid), language="de"))
    rating = items[2]
    criterion = rating.exercise["capture"]["criteria"][0]
    for person, value in zip(store.list_participants(wid), (4, 5), strict=False):
        store.set_rating(rating.id, person.id, criterion, value)
    page._act(lambda: page.session.go_to(2))
    ratings = page.capture.main
    model = ratings.model
    assert model.index(model.criteria.index(criterion), model.columnCount() - 1).data() == "4,5"
    assert f"{criterion}: mean 4,5" in ratings.chart.summary()
    qtbot.keyClick(page, KEY.Key_P, ROOM)
    qtbot.keyClick(page, KEY.Key_V, ROOM)
    # the room's screen speaks the room's language: German words and numbers; the console above
    # keeps the facilitator's words (English here) with the room's numbers
    assert f"{criterion}: Mittelwert 4,5" in projector_text(page)


def test_the_consoles_commitments_show_a_german_workshops_dates_readably(main_window, qtbot, ctx):
    page, _clock, wid, items = open_run(main_window, qtbot, ctx)
    store = ctx.store
    store.update_workshop(replace(store.get_workshop(wid), language="de"))
    at = next(i for i, item in enumerate(items)
              if (item.exercise or {}).get("capture", {}).get("type") == "actions")
    page._act(lambda: page.session.go_to(at))
    actions = page.capture.main
    type_line(qtbot, actions.entry, "Gemeinsame Planung jede Woche")
    type_line(qtbot, actions.fields["due"], "2026-04-01")  # typed as ISO, kept as ISO
    type_line(qtbot, actions.fields["checkin"], "2026-04-15")
    (action,) = store.list_actions(wid)
    assert (action.due, action.checkin) == ("2026-04-01", "2026-04-15")
    model = actions.model
    shown = model.data(model.index(0, model.DUE)), model.data(model.index(0, model.CHECKIN))
    assert shown == (format_date("2026-04-01", "de", short=True), format_date("2026-04-15", "de", short=True))
    assert shown[0] == QLocale("de").toString(QDate(2026, 4, 1), "d. MMM yyyy")


def test_the_wrapup_preview_of_a_french_plan_gives_the_rooms_means_and_dates_in_french():
    from workshop_app.services.wrapup import plan_preview

    data = make_workshop_data()
    data.workshop = replace(data.workshop, language="fr")
    preview = plan_preview(data, data.participants[0])
    means = [room for _title, rows in preview.ratings for _criterion, _mine, room in rows]
    assert "2,8" in means and not any("." in mean for mean in means)
    assert preview.date == qlocale_date("fr", data.workshop.date)
    assert preview.checkins and all("-" not in when for when, _numbers, _whom in preview.checkins)


def test_a_german_facilitator_types_a_commitments_dates_the_german_way(main_window, qtbot, ctx):
    """Found in the German walkthrough: ``20.12.2026`` in "Rückmeldung am" was refused (only
    ``2026-12-20`` was a date). The interface language's own numeric form is a date too."""
    from workshop_app.gui.languages import install_interface_language

    page, _clock, wid, items = open_run(main_window, qtbot, ctx)
    at = next(i for i, item in enumerate(items)
              if (item.exercise or {}).get("capture", {}).get("type") == "actions")
    page._act(lambda: page.session.go_to(at))
    actions = page.capture.main
    install_interface_language("de")
    try:
        type_line(qtbot, actions.entry, "Gemeinsame Planung jede Woche")
        type_line(qtbot, actions.fields["due"], "20.12.2026")
        type_line(qtbot, actions.fields["checkin"], "5.1.2027")
        assert actions.message.text() == ""
        (action,) = ctx.store.list_actions(wid)
        assert (action.due, action.checkin) == ("2026-12-20", "2027-01-05")
        type_line(qtbot, actions.fields["due"], "31.04.2026")  # no such day: refused, named
        assert "31.04.2026" in actions.message.text()
        assert ctx.store.list_actions(wid)[0].due == "2026-12-20"
    finally:
        install_interface_language("en")


def test_a_typed_date_follows_the_languages_order_of_day_and_month():
    from workshop_app.formats import typed_date

    assert typed_date("20/12/2026", "fr") == typed_date("20.12.2026", "de") == "2026-12-20"
    assert typed_date("12/20/2026", "en") == typed_date(" 2026-12-20 ", "en") == "2026-12-20"
    assert typed_date("20/12/2026", "en") is None and typed_date("next week", "de") is None


def test_a_refused_date_is_told_in_full_beside_the_delete_button(main_window, qtbot, ctx):
    """Found in the German walkthrough: at 1280 pixels the Run page cut the message to
    "Rückmeldung am: „20.12.2026“ ist kein Da"; it wraps instead."""
    from workshop_app.gui.languages import install_interface_language

    install_interface_language("de")
    try:
        main_window.resize(1280, 800)
        page, _clock, wid, items = open_run(main_window, qtbot, ctx)
        at = next(i for i, item in enumerate(items)
                  if (item.exercise or {}).get("capture", {}).get("type") == "actions")
        page._act(lambda: page.session.go_to(at))
        actions = page.capture.main
        type_line(qtbot, actions.entry, "Gemeinsame Planung jede Woche")
        type_line(qtbot, actions.fields["checkin"], "2026-31-12")
        message = actions.message
        qtbot.waitUntil(lambda: message.isVisible() and "2026-31-12" in message.text())
        qtbot.waitUntil(lambda: message.height() >= message.heightForWidth(message.width()))
        lines = message.fontMetrics().horizontalAdvance(message.text()) / message.width()
        assert lines <= 1 or (message.wordWrap() and message.height() > message.fontMetrics().height() * 1.5)
    finally:
        install_interface_language("en")
