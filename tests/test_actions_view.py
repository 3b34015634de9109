"""The Actions page: every workshop's commitments, searched, filtered and opened by keyboard.

"Today" is a fixed day (the page's ``today``), never the clock: 1 March 2026.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from workshop_app.model import ActionItem, ActionReview, CheckIn, CheckinCommitment, Participant, Workshop

from gui_helpers import give_focus

TODAY = date(2026, 3, 1)


@pytest.fixture
def programme(ctx):
    """The same programme run for two teams: North (no check-in yet) and South."""
    store = ctx.store
    north = store.create_workshop(Workshop(title="Bridging – Team North", date="2026-01-10"))
    ana, ben = store.add_participants(north.id, [Participant(name="Ana Ruiz"),
                                                 Participant(name="Ben Okafor")])
    for text, owners, due, status in (
            ("Weekly ops sync with the plant", [ana.id], "2026-02-01", "open"),  # overdue
            ("Shared dashboard for both sides", [ben.id], "2026-03-10", "open"),  # due soon
            ("Rotate the shift lead", [ana.id, ben.id], "2026-01-20", "done")):
        store.add_action(ActionItem(text=text, workshop_id=north.id, owners=owners, due=due, status=status,
                                    strategy="open-communication"))
    south = store.create_workshop(Workshop(title="Bridging – Team South", date="2026-02-05"))
    (cleo,) = store.add_participants(south.id, [Participant(name="Cleo Martin")])
    planning, lunches, town_hall = (
        store.add_action(ActionItem(text=text, workshop_id=south.id, owners=[cleo.id], due=due))
        for text, due in (("Joint planning day", "2026-02-20"), ("Skip-level lunches", ""),
                          ("Monthly town hall", "2026-02-15")))
    # South's 14-day check-in: the lunches are stuck (a new date), the town hall moved out.
    checkin = store.create_checkin(CheckIn(workshop_id=south.id, date="2026-02-19"))
    store.set_review(ActionReview(checkin.id, lunches.id, status="stuck", helps="No budget yet",
                                  revised_due="2026-03-05", private_note="Cleo avoids her boss"))
    store.set_review(ActionReview(checkin.id, town_hall.id, status="in_progress", revised_due="2026-04-01"))
    store.add_checkin_commitment(CheckinCommitment(checkin.id, "Pair each lead with a supervisor",
                                                   owners=[cleo.id], due="2026-02-26"))
    return {"north": north.id, "south": south.id}


def shown(page) -> list[str]:
    """The commitments the table shows, top to bottom."""
    proxy = page.table.model()
    return [proxy.index(row, page.model.TEXT).data() for row in range(proxy.rowCount())]


def tallies(page) -> list[tuple[str, str, str]]:
    model = page.tally_table.model()
    return [tuple(model.index(row, col).data() for col in (0, 2, 3)) for row in range(model.rowCount())]


@pytest.fixture
def actions_page(main_window, programme, qtbot):
    main_window.show_page("workshops")
    page = main_window.pages["actions"]
    page.today = lambda: TODAY
    page.refresh_when_shown()  # hidden: reloads on showing, on the fixed day
    main_window.show_page("actions")
    qtbot.waitUntil(lambda: page.isVisible())
    return page


def row(page, text: str) -> list[str]:
    proxy = page.table.model()
    found = [r for r in range(proxy.rowCount()) if proxy.index(r, page.model.TEXT).data() == text]
    return [proxy.index(found[0], col).data() for col in range(proxy.columnCount())]


def test_the_page_lists_every_workshops_commitments_by_due_date(actions_page):
    # The check-in's new commitment is listed with the workshop's own; due dates as revised there.
    assert shown(actions_page) == [
        "Rotate the shift lead", "Weekly ops sync with the plant", "Joint planning day",
        "Pair each lead with a supervisor", "Skip-level lunches", "Shared dashboard for both sides",
        "Monthly town hall"]
    assert row(actions_page, "Monthly town hall") == [
        "Bridging – Team South", "Feb 5, 2026", "Monthly town hall", "Cleo Martin", "Apr 1, 2026",
        "In progress", ""]
    assert row(actions_page, "Skip-level lunches")[4:6] == ["Mar 5, 2026", "Stuck"]
    proxy = actions_page.table.model()
    lunches = shown(actions_page).index("Skip-level lunches")
    assert proxy.index(lunches, actions_page.model.STATUS).data(Qt.ItemDataRole.ToolTipRole) == (
        "<qt>Stuck<br>No budget yet</qt>")  # what blocks it; never the private note
    assert row(actions_page, "Rotate the shift lead")[3:] == [
        "Ana Ruiz, Ben Okafor", "Jan 20, 2026", "Done", "2. Foster open communication"]
    assert tallies(actions_page) == [("Bridging – Team South", "0 of 4 (0%)", "2"),
                                     ("Bridging – Team North", "1 of 3 (33%)", "1")]
    assert actions_page.count_label.text() == "7 of 7 commitments shown"


def test_search_then_overdue_narrows_the_rows(actions_page, qtbot):
    give_focus(qtbot, actions_page.search)
    QTest.keyClicks(actions_page.search, "north")
    assert shown(actions_page) == ["Rotate the shift lead", "Weekly ops sync with the plant",
                                   "Shared dashboard for both sides"]
    assert tallies(actions_page) == [("Bridging – Team North", "1 of 3 (33%)", "1")]

    QTest.keyClick(actions_page.search, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # &Overdue
    qtbot.waitUntil(actions_page.overdue_box.isChecked)  # a mnemonic clicks as the button shows it
    assert shown(actions_page) == ["Weekly ops sync with the plant"]
    assert actions_page.count_label.text() == "1 of 7 commitments shown"

    actions_page.search.clear()  # overdue across every workshop (not the town hall: moved out)
    assert shown(actions_page) == ["Weekly ops sync with the plant", "Joint planning day",
                                   "Pair each lead with a supervisor"]
    actions_page.due_soon_box.click()  # overdue or due within 14 days
    assert shown(actions_page) == ["Weekly ops sync with the plant", "Joint planning day",
                                   "Pair each lead with a supervisor", "Skip-level lunches",
                                   "Shared dashboard for both sides"]
    actions_page.overdue_box.click()
    assert shown(actions_page) == ["Skip-level lunches", "Shared dashboard for both sides"]


def test_the_status_filter_shows_what_the_latest_check_in_found(actions_page, qtbot):
    combo = actions_page.status_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Any status", "Open", "In progress", "Stuck", "Done", "Dropped"]
    give_focus(qtbot, combo)
    for _ in range(3):
        QTest.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "Stuck"
    assert shown(actions_page) == ["Skip-level lunches"]
    assert tallies(actions_page) == [("Bridging – Team South", "0 of 4 (0%)", "2"),
                                     ("Bridging – Team North", "1 of 3 (33%)", "1")]


def test_the_search_finds_owners_and_the_owner_filter_keeps_theirs(actions_page, qtbot):
    give_focus(qtbot, actions_page.search)
    QTest.keyClicks(actions_page.search, "okafor")
    assert shown(actions_page) == ["Rotate the shift lead", "Shared dashboard for both sides"]
    actions_page.search.clear()

    combo = actions_page.owner_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Everyone", "Ana Ruiz", "Ben Okafor",
                                                                 "Cleo Martin"]
    give_focus(qtbot, combo)
    QTest.keyClick(combo, Qt.Key.Key_Down)  # Ana Ruiz
    assert shown(actions_page) == ["Rotate the shift lead", "Weekly ops sync with the plant"]


def test_sorting_by_owner_groups_each_owners_commitments(actions_page):
    actions_page.sort_combo.setCurrentIndex(actions_page.sort_combo.findText("Owner"))
    assert [actions_page.table.model().index(r, actions_page.model.OWNERS).data()
            for r in range(7)] == ["Ana Ruiz, Ben Okafor", "Ana Ruiz", "Ben Okafor", *["Cleo Martin"] * 4]
    assert shown(actions_page)[3:] == ["Joint planning day", "Pair each lead with a supervisor",
                                       "Skip-level lunches", "Monthly town hall"]  # each by due date


def test_tab_to_the_table_arrow_down_and_enter_opens_that_workshop(actions_page, main_window, programme,
                                                                   qtbot):
    give_focus(qtbot, actions_page.search)
    QTest.keyClicks(actions_page.search, "lunches")
    QTest.keyClick(actions_page.search, Qt.Key.Key_Tab)
    assert actions_page.table.hasFocus()
    QTest.keyClick(actions_page.table, Qt.Key.Key_Down)
    assert actions_page.table.currentIndex().row() == 0
    QTest.keyClick(actions_page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: main_window.current_page() == "wrapup")
    assert main_window.workshop_id == programme["south"]


def test_a_double_click_on_a_workshop_side_by_side_opens_it(actions_page, main_window, programme, qtbot):
    table = actions_page.tally_table
    rect = table.visualRect(table.model().index(1, 0))  # Team North
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a double click's
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # two presses
    qtbot.waitUntil(lambda: main_window.current_page() == "wrapup")
    assert main_window.workshop_id == programme["north"]


def test_a_new_action_shows_when_the_page_is_next_shown(actions_page, main_window, programme, ctx, qtbot):
    main_window.show_page("workshops")
    ctx.store.add_action(ActionItem(text="Visit the night shift", workshop_id=programme["north"],
                                    due="2026-02-27"))
    main_window.hub.workshopChanged.emit(programme["north"])
    assert "Visit the night shift" not in shown(actions_page)  # hidden: nothing read yet
    main_window.show_page("actions")
    assert "Visit the night shift" in shown(actions_page)
    actions_page.overdue_box.click()
    assert shown(actions_page) == ["Weekly ops sync with the plant", "Joint planning day",
                                   "Pair each lead with a supervisor", "Visit the night shift"]


def test_the_page_looks_right(actions_page, main_window):
    main_window.resize(1280, 720)
    main_window.grab().save("/tmp/actions-view-page.png")


def test_with_no_commitments_the_page_says_where_they_come_from(main_window, ctx, qtbot):
    ctx.store.create_workshop(Workshop(title="Not run yet", date="2026-04-01"))
    main_window.hub.workshopsChanged.emit()
    main_window.show_page("actions")
    page = main_window.pages["actions"]
    qtbot.waitUntil(page.isVisible)
    assert page.empty_label.isVisible() and not page.table.isVisible()
    assert page.count_label.text() == "0 of 0 commitments shown"


def test_in_german_the_commitments_words_keep_their_room_at_a_laptops_width(main_window, programme, qtbot):
    """Found in the German walkthrough: at 1280 pixels the German ways ("5. Eine Kultur
    gegenseitigen Respekts pflegen") took the room and left "Jeden Montag u…" of each commitment."""
    from workshop_app.gui.languages import install_interface_language

    main_window.resize(1280, 800)
    try:
        main_window.change_interface_language("de")
        main_window.show_page("actions")
        page = main_window.pages["actions"]
        qtbot.waitUntil(page.table.isVisible)
        header = page.table.horizontalHeader()
        sizes = [header.sectionSize(col) for col in range(header.count())]
        assert sizes[page.model.TEXT] == max(sizes)  # the widest column: what was committed to
    finally:
        install_interface_language("en")


def test_the_search_finds_tomas_and_fuhrung_without_their_accents(main_window, ctx, qtbot):
    """Found in the German walkthrough: "tomas" found nothing of Tomás Ortega's; a facilitator
    types names as a keyboard without accents lets them."""
    store = ctx.store
    ws = store.create_workshop(Workshop(title="Führung im Lager", date="2026-01-10"))
    tomas, = store.add_participants(ws.id, [Participant(name="Tomás Ortega")])
    store.add_action(ActionItem(text="Zwei Schichtleitungen einladen", workshop_id=ws.id, owners=[tomas.id]))
    main_window.hub.workshopsChanged.emit()
    main_window.show_page("actions")
    page = main_window.pages["actions"]
    qtbot.waitUntil(page.table.isVisible)
    for typed in ("tomas", "fuhrung"):
        give_focus(qtbot, page.search)
        page.search.clear()
        QTest.keyClicks(page.search, typed)
        assert shown(page) == ["Zwei Schichtleitungen einladen"], typed
