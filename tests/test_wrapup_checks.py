"""Before printing, the Wrap-up page lists in one place what is missing: commitments without a
due date, an owner or a measure, and present participants without any commitment."""

from __future__ import annotations

from workshop_app.model import ActionItem, Participant, Workshop, WorkshopData
from workshop_app.services import wrapup
from workshop_app.services.workshop_files import import_sample


def _workshop() -> WorkshopData:
    people = [Participant(name="<b>Ana & co</b>", id=1), Participant(name="Ben", id=2),
              Participant(name="Cleo", id=3), Participant(name="Dan (away)", id=4, absent=True)]
    actions = [
        ActionItem(text="Complete <b>&amp;</b> done", id=1, owners=[1], due="2027-01-15", measure="All done"),
        ActionItem(text="No date & <i>no</i> measure", id=2, owners=[1]),
        ActionItem(text="Nobody's job", id=3, due="2027-02-01", measure="Agreed"),
        ActionItem(text="Ben's dropped one", id=4, owners=[2], status="dropped"),
    ]
    workshop = Workshop(title="T", id=1, follow_up_date="2027-01-14")
    return WorkshopData(workshop, participants=people, actions=actions)


def test_each_missing_thing_is_one_line_naming_who_and_what():
    assert wrapup.before_printing(_workshop()) == [
        "<b>Ana & co</b>: “No date & <i>no</i> measure” has no due date.",
        "<b>Ana & co</b>: “No date & <i>no</i> measure” has no measure.",
        "“Nobody's job” has no owner.",
        "Ben has no commitment: their plan has blank lines to fill in.",
        "Cleo has no commitment: their plan has blank lines to fill in.",
    ]


def test_nothing_missing_gives_an_empty_list():
    data = _workshop()
    data.actions = data.actions[:1]
    data.participants = data.participants[:1]
    assert wrapup.before_printing(data) == []


def test_the_page_shows_the_list_above_the_create_button_and_still_allows_printing(main_window, ctx, qtbot):
    wid = import_sample(ctx)
    store = ctx.store
    ana = store.add_participant(Participant(name="<b>Ana & co</b>", workshop_id=wid))
    main_window.hub.workshopsChanged.emit()
    main_window.hub.workshopOpened.emit(wid)
    main_window.show_page("wrapup")
    page = main_window.pages["wrapup"]
    qtbot.waitUntil(lambda: page.people.count() == 9)
    assert page.checks.isReadOnly()  # plain text: markup in names shows as typed
    text = page.checks.toPlainText()
    assert text.startswith("Before printing, check")
    assert "<b>Ana & co</b> has no commitment: their plan has blank lines to fill in." in text
    assert "Everyone has at least one recorded commitment" not in page.summary.text()
    assert page.generate_button.isEnabled()
    assert page.checks.mapTo(page, page.checks.rect().bottomLeft()).y() \
        <= page.generate_button.mapTo(page, page.generate_button.rect().topLeft()).y()
    page.layout().activate()
    page.grab().save("/tmp/prechecks.png")

    # A commitment for Ana with no due date: refreshed when the workshop changes.
    store.add_action(ActionItem(text="Call the <i>supplier</i>", workshop_id=wid, owners=[ana.id],
                                measure="Called"))
    main_window.hub.workshopChanged.emit(wid)
    qtbot.waitUntil(lambda: "“Call" in page.checks.toPlainText())
    assert "<b>Ana & co</b>: “Call the <i>supplier</i>” has no due date." in page.checks.toPlainText()
    assert "<b>Ana & co</b> has no commitment" not in page.checks.toPlainText()
    for n in range(6):
        store.add_action(ActionItem(text=f"Loose end {n}", workshop_id=wid))
    main_window.hub.workshopChanged.emit(wid)
    qtbot.waitUntil(lambda: "Loose end 5" in page.checks.toPlainText())
    page.layout().activate()
    page.grab().save("/tmp/prechecks-many.png")


def test_the_page_says_ready_when_nothing_is_missing(main_window, ctx, qtbot):
    wid = import_sample(ctx)  # every commitment complete, everyone has one
    main_window.hub.workshopsChanged.emit()
    main_window.hub.workshopOpened.emit(wid)
    main_window.show_page("wrapup")
    page = main_window.pages["wrapup"]
    qtbot.waitUntil(lambda: page.people.count() == 8)
    assert page.checks.toPlainText() == "Ready to print: nothing missing."
    page.layout().activate()
    assert page.checks.verticalScrollBar().maximum() == 0  # the one line shows whole, nothing to scroll


def test_a_short_list_of_checks_shows_whole_without_scrolling(main_window, ctx, qtbot):
    wid = import_sample(ctx)
    store = ctx.store
    for name in ("Ana", "Bo", "Cy"):  # three people without a commitment: four lines with the heading
        store.add_participant(Participant(name=name, workshop_id=wid))
    main_window.hub.workshopsChanged.emit()
    main_window.hub.workshopOpened.emit(wid)
    main_window.resize(1400, 900)
    main_window.show_page("wrapup")
    page = main_window.pages["wrapup"]
    qtbot.waitUntil(lambda: page.people.count() == 11)
    page.layout().activate()
    assert page.checks.toPlainText().count("\n") == 3
    assert page.checks.verticalScrollBar().maximum() == 0
