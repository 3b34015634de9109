"""Commitments typed in the run console by keyboard, then printed (issue 15): whom the owner
checks in with, and a two-person agreement (two owners) on both owners' plans."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_plans_documents import pdf_text
from test_run_workshop import open_run, type_line

from workshop_app.plans import write_action_plans

KEY = Qt.Key
ACTIONS_ITEM = 6  # make_workshop: welcome, cards, rating, break, dot vote, matrix, actions


def _plan_texts(ctx, wid, tmp_path) -> dict[str, str]:
    data = ctx.store.load_workshop_data(wid)
    files = write_action_plans(data, tmp_path / "plans", invariant=True).participant_files
    return {p.name: pdf_text(path) for p, path in zip(data.participants, files, strict=True)}


def test_check_in_with_typed_in_the_console_is_stored_and_printed(main_window, qtbot, ctx, tmp_path):
    page, _clock, wid, _items = open_run(main_window, qtbot, ctx, item=ACTIONS_ITEM)
    actions = page.capture.main
    type_line(qtbot, actions.entry, "Walk the warehouse floor every Friday")
    actions.fields["checkin"].setFocus()
    qtbot.keyClicks(actions.fields["checkin"], "2026-05-04")
    qtbot.keyClick(actions.fields["checkin"], KEY.Key_Tab)  # on to "Check in with"
    assert QApplication.focusWidget() is actions.fields["checkin_with"]
    qtbot.keyClicks(actions.fields["checkin_with"], "Bo & the shift leads")
    qtbot.keyClick(actions.fields["checkin_with"], KEY.Key_Return)
    (action,) = ctx.store.list_actions(wid)
    assert (action.text, action.checkin, action.checkin_with) == (
        "Walk the warehouse floor every Friday", "2026-05-04", "Bo & the shift leads")
    assert actions.model.data(actions.model.index(0, actions.model.CHECKIN_WITH)) == "Bo & the shift leads"
    actions.window().grab().save("/tmp/personal-checkin-with.png")

    # the owner is chosen afterwards, in the form's owners list; the plan prints whom and when
    actions.owners.item(0).setCheckState(Qt.CheckState.Checked)  # Ann
    text = _plan_texts(ctx, wid, tmp_path)["Ann"]
    assert "CHECK IN WITH" in text and "Bo & the shift leads" in text
    assert "May 4, 2026" in text  # the check-in date, on the card and in the check-ins table
    assert text.count("May 4, 2026") == 2


def test_a_two_person_agreement_typed_by_keyboard_prints_on_both_plans(main_window, qtbot, ctx, tmp_path):
    page, _clock, wid, _items = open_run(main_window, qtbot, ctx, item=ACTIONS_ITEM)
    actions = page.capture.main
    actions.entry.setFocus()
    qtbot.keyClicks(actions.entry, "Swap a skill: Ann teaches forecasting, Bo teaches pitching")
    qtbot.keyClick(actions.entry, KEY.Key_Tab)
    assert QApplication.focusWidget() is actions.owner
    qtbot.keyClicks(actions.owner, "Ann")
    qtbot.keyClick(actions.owner, KEY.Key_Tab)
    assert QApplication.focusWidget() is actions.partner
    qtbot.keyClicks(actions.partner, "Bo")
    qtbot.keyClick(actions.partner, KEY.Key_Return)
    people = {p.name: p.id for p in ctx.store.list_participants(wid)}
    (action,) = ctx.store.list_actions(wid)
    assert (action.text, action.owners) == ("Swap a skill: Ann teaches forecasting, Bo teaches pitching",
                                            [people["Ann"], people["Bo"]])
    assert QApplication.focusWidget() is actions.entry and not actions.entry.text()
    assert actions.owner.currentData() is None and actions.partner.currentData() is None

    texts = _plan_texts(ctx, wid, tmp_path)
    for me, other in (("Ann", "Bo"), ("Bo", "Ann")):
        assert "Ann teaches forecasting" in texts[me]
        assert "SHARED WITH" in texts[me]
        after = texts[me].split("SHARED WITH", 1)[1].split()
        assert after[0] == other, (me, after[:3])
    assert "Ann teaches forecasting" not in texts["陈静"]


def test_the_second_owner_field_is_reached_with_alt_h(main_window, qtbot, ctx):
    page, _clock, _wid, _items = open_run(main_window, qtbot, ctx, item=ACTIONS_ITEM)
    actions = page.capture.main
    actions.entry.setFocus()
    qtbot.keyClick(actions.entry, KEY.Key_H, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is actions.partner
