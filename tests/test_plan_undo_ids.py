"""Planning undo keeps every row's id: a ready-made agenda redone comes back under the same ids."""

from __future__ import annotations

from test_run_helpers import make_workshop

from workshop_app.gui.planning.commands import AGENDA, EditRow, PlanSession, ReplaceAgenda
from workshop_app.services import planning


def test_a_ready_made_agenda_redone_comes_back_under_the_same_ids(ctx, qtbot):
    store = ctx.store
    wid, items = make_workshop(ctx)
    session = PlanSession(store, wid)
    kept = store.get_agenda_item(items[2].id)
    new = [planning.break_item(wid, "Long break", 30), kept, planning.custom_item(wid, "Close", 5)]
    assert session.push(ReplaceAgenda(session, new, "Start from a template"))
    first = [i.id for i in store.list_agenda(wid)]
    assert first[1] == kept.id
    assert session.push(EditRow(session, AGENDA, first[0], "minutes", 30, 45, "Edit minutes"))
    after_edit = store.list_agenda(wid)
    session.stack.undo()
    session.stack.undo()
    assert [i.id for i in store.list_agenda(wid)] == [i.id for i in items]
    session.stack.redo()
    assert [i.id for i in store.list_agenda(wid)] == first
    session.stack.redo()  # the edit made on the first added row finds it under its own id
    assert store.list_agenda(wid) == after_edit
