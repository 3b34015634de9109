"""Cards from phones wait in the console until the facilitator reveals them (one by one or all at
once), and can be hidden or merged there: nothing reaches the projector, the participants' plans or
the sponsor report before that. Phones are real HTTP requests to the room opened in the console;
the facilitator's keys and clicks are real; what counts is the database and the projector."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from test_room_console import join, open_console, press_open
from test_run_workshop import ROOM, projector_text

from workshop_app.gui.run import shortcuts
from workshop_app.model import AgendaItem, Card, Participant, Workshop
from workshop_app.model.pack import Capture, Exercise, Step, snapshot_exercise
from workshop_app.plans import content
from workshop_app.plans.sponsor_report import sponsor_view
from workshop_app.services import capture
from workshop_app.services.workshop_files import export_workshop_file, import_workshop_file
from workshop_app.storage.errors import WorkshopFileError

from room_fixtures import call, make_workshop

KEY = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def room(main_window, qtbot, ctx):
    """The console on a cards item with the room open, Ana's phone joined; the projector on."""
    page, workshop = open_console(main_window, qtbot, ctx)
    press_open(qtbot, page)
    token = join(page.room.room, workshop.people[0].id)
    page.toggle_projector()
    return page, workshop, token


def send(page, qtbot, token, *texts) -> None:
    """Ana's phone sends cards; each is in the console before the next."""
    for text in texts:
        status, answer = call(page.room.room.url, "POST", "/api/submit", {"kind": "card", "text": text},
                              token=token)
        assert status == 200, answer
        qtbot.waitUntil(lambda text=text: text in tree_texts(page))


def tree_rows(page) -> dict[str, tuple[str, str]]:
    """Each card's text in the console: (its state column, what a screen reader hears of it)."""
    model = page.capture.main.model
    rows = {}
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        for r in range(model.rowCount(group)):
            text = model.index(r, 0, group)
            rows[text.data()] = (model.index(r, model.STATE, group).data() or "",
                                 text.data(Qt.ItemDataRole.AccessibleTextRole) or "")
    return rows


def tree_texts(page) -> list[str]:
    return list(tree_rows(page))


def stored(ctx, workshop) -> dict[str, Card]:
    return {c.text: c for c in ctx.store.list_cards(workshop.id, workshop.items["cards"].id)}


def room_lines(ctx, workshop) -> list[str]:
    """The card lines the projector may show of the cards item (with reveal on)."""
    item = workshop.items["cards"]
    results = capture.public_results(ctx.store, workshop.id, item, snapshot_exercise(item.exercise))
    return [line for group in results.groups for line in group.lines]


def select(page, qtbot, *texts) -> None:
    """Click the first card, Ctrl+click the others (real mouse clicks on the tree)."""
    tree, model = page.capture.main.tree, page.capture.main.model
    for n, text in enumerate(texts):
        card = next(c for c in ctx_cards(model) if c.text == text)
        rect = tree.visualRect(model.index_of_card(card.id))
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, CTRL if n else Qt.KeyboardModifier(0),
                         rect.center())
    assert sorted(c.text for c in page.capture.main.selected_cards()) == sorted(texts)


def ctx_cards(model) -> list[Card]:
    return [card for _cluster, cards in model.groups for card in cards]


def reveal_results(page, qtbot) -> None:
    page.setFocus()
    qtbot.keyClick(page, KEY.Key_V, ROOM)
    assert page.session.state.reveal_results


def test_a_phone_card_waits_in_the_console_and_not_on_the_projector(room, qtbot, ctx):
    page, workshop, token = room
    send(page, qtbot, token, "More cross-training", "Shared dashboard")
    rows = tree_rows(page)
    for text in ("More cross-training", "Shared dashboard"):
        state, spoken = rows[text]
        assert state == "New, not shown yet" and "new from a phone, not shown yet" in spoken
    assert all(c.held and not c.hidden for c in stored(ctx, workshop).values())
    reveal_results(page, qtbot)  # the results are revealed: still nothing of the phones' cards
    shown = projector_text(page)
    assert "More cross-training" not in shown and "Shared dashboard" not in shown
    assert room_lines(ctx, workshop) == []
    # a card the facilitator types is not held: it shows at once
    entry = page.capture.main.entry
    entry.setFocus()
    qtbot.keyClicks(entry, "Typed by the facilitator")
    qtbot.keyClick(entry, KEY.Key_Return)
    assert not stored(ctx, workshop)["Typed by the facilitator"].held
    assert tree_rows(page)["Typed by the facilitator"][0] == ""
    assert "Typed by the facilitator" in projector_text(page)
    assert room_lines(ctx, workshop) == ["Typed by the facilitator"]


def test_reveal_one_then_all_shows_them_on_the_projector_at_once(room, qtbot, ctx):
    page, workshop, token = room
    send(page, qtbot, token, "First idea", "Second idea", "Third idea")
    reveal_results(page, qtbot)
    cards = page.capture.main
    assert cards.reveal_all_button.text() == "Reveal all (3)"
    select(page, qtbot, "Second idea")
    qtbot.keyClick(cards.tree, KEY.Key_Return, ROOM)  # Reveal the selected card
    held = {text: c.held for text, c in stored(ctx, workshop).items()}
    assert held == {"First idea": True, "Second idea": False, "Third idea": True}
    shown = projector_text(page)
    assert "Second idea" in shown and "First idea" not in shown and "Third idea" not in shown
    states = {text: state for text, (state, _spoken) in tree_rows(page).items()}
    assert states["Second idea"] == "" and states["First idea"] == "New, not shown yet"
    assert cards.reveal_all_button.text() == "Reveal all (2)"
    qtbot.mouseClick(cards.reveal_all_button, Qt.MouseButton.LeftButton)  # Reveal all
    assert not any(c.held for c in stored(ctx, workshop).values())
    assert sorted(room_lines(ctx, workshop)) == ["First idea", "Second idea", "Third idea"]
    assert "Third idea" in projector_text(page)
    assert not cards.reveal_all_button.isEnabled()
    qtbot.keyClick(cards.tree, KEY.Key_Z, CTRL)  # Undo the reveal of all
    assert {t for t, c in stored(ctx, workshop).items() if c.held} == {"First idea", "Third idea"}
    assert "Third idea" not in projector_text(page)
    cards.entry.setFocus()
    qtbot.waitUntil(cards.entry.hasFocus)
    qtbot.keyClick(cards.entry, KEY.Key_A, ROOM)  # Reveal all, by its key (from the entry field too)
    assert not any(c.held for c in stored(ctx, workshop).values())


def test_hide_takes_a_card_off_the_projector_and_keeps_it(room, qtbot, ctx):
    page, workshop, token = room
    send(page, qtbot, token, "Fair point", "Off topic remark")
    reveal_results(page, qtbot)
    cards = page.capture.main
    qtbot.mouseClick(cards.reveal_all_button, Qt.MouseButton.LeftButton)
    assert "Off topic remark" in projector_text(page)
    select(page, qtbot, "Off topic remark")
    qtbot.keyClick(cards.tree, KEY.Key_H, ROOM)  # Hide
    assert stored(ctx, workshop)["Off topic remark"].hidden  # still in the database
    assert "Off topic remark" not in projector_text(page) and "Fair point" in projector_text(page)
    state, spoken = tree_rows(page)["Off topic remark"]  # still in the console, marked
    assert state == "Hidden" and "hidden" in spoken
    assert cards.hide_button.text() == "Show"
    qtbot.mouseClick(cards.hide_button, Qt.MouseButton.LeftButton)  # Show again
    assert not stored(ctx, workshop)["Off topic remark"].hidden
    assert "Off topic remark" in projector_text(page)
    qtbot.keyClick(cards.tree, KEY.Key_Z, CTRL)  # Undo the Show: hidden again
    assert stored(ctx, workshop)["Off topic remark"].hidden
    assert "Off topic remark" not in projector_text(page)


def test_merge_by_keyboard_joins_the_texts_and_undo_brings_both_back(room, qtbot, ctx):
    page, workshop, token = room
    send(page, qtbot, token, "Weekly sync", "A weekly sync meeting", "Something else")
    cards = page.capture.main
    tree = cards.tree
    tree.setFocus()
    first = cards.model.index_of_card(stored(ctx, workshop)["Weekly sync"].id)
    tree.selectionModel().setCurrentIndex(first, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                          | QItemSelectionModel.SelectionFlag.Rows)
    qtbot.keyClick(tree, KEY.Key_Down, Qt.KeyboardModifier.ShiftModifier)  # and the next card
    send(page, qtbot, token, "Arrives meanwhile")  # a phone's card does not undo the selection
    assert [c.text for c in cards.selected_cards()] == ["Weekly sync", "A weekly sync meeting"]
    assert cards.model.card_at(tree.currentIndex()).text == "A weekly sync meeting"
    before = ctx.store.export_workshop(workshop.id)
    qtbot.keyClick(tree, KEY.Key_M, ROOM)  # Merge
    after = stored(ctx, workshop)
    assert sorted(after) == ["Arrives meanwhile", "Something else", "Weekly sync / A weekly sync meeting"]
    merged = after["Weekly sync / A weekly sync meeting"]
    ana = workshop.people[0].id
    assert merged.participant_id == ana and merged.held  # the same author; not yet revealed
    assert tree_rows(page)["Weekly sync / A weekly sync meeting"][0] == "New, not shown yet"
    assert [c.text for c in cards.selected_cards()] == ["Weekly sync / A weekly sync meeting"]
    assert cards.model.card_at(tree.currentIndex()).text == "Weekly sync / A weekly sync meeting"
    qtbot.keyClick(tree, KEY.Key_Z, CTRL)  # Undo
    three = ["A weekly sync meeting", "Arrives meanwhile", "Something else", "Weekly sync"]
    assert sorted(stored(ctx, workshop)) == three
    assert ctx.store.export_workshop(workshop.id) == before  # exactly as before, ids and all
    assert sorted(tree_texts(page)) == three
    qtbot.keyClick(tree, KEY.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)  # Redo
    assert "Weekly sync / A weekly sync meeting" in stored(ctx, workshop)


def test_the_moderation_keys_do_not_clash_with_the_console_keys(room):
    page, _workshop, _token = room
    console = {key for _name, keys, _text in shortcuts.SHORTCUTS for key in keys}
    mine = set(page.capture.main.moderation_keys())
    assert len(mine) == 4 and not mine & console
    assert not mine & {"Ctrl+Z", "Ctrl+Shift+Z", "Del"}


def test_the_console_shows_held_and_hidden_cards(room, qtbot, ctx):
    page, workshop, token = room
    send(page, qtbot, token, "From a phone, waiting", "Hidden remark", "Shown idea")
    cards = stored(ctx, workshop)
    ctx.store.update_card(Card(**{**cards["Hidden remark"].__dict__, "held": False, "hidden": True}))
    ctx.store.update_card(Card(**{**cards["Shown idea"].__dict__, "held": False}))
    page.capture.main.reload()
    window = page.window()
    window.resize(1400, 800)
    cards = page.capture.main
    assert not cards.reveal_button.isEnabled() and not cards.merge_button.isEnabled()
    assert cards.reveal_all_button.text() == "Reveal all (1)" and cards.hide_button.text() == "Hide"
    window.grab().save("/tmp/moderation-console.png")
    cards.grab().save("/tmp/moderation-cards.png")
    select(page, qtbot, "Hidden remark", "From a phone, waiting")
    assert cards.reveal_button.isEnabled() and cards.merge_button.isEnabled()
    assert cards.hide_button.text() == "Hide"  # not every selected card is hidden
    cards.grab().save("/tmp/moderation-cards-selected.png")


# -- the store: merging keeps every dot and place; undo puts back exactly -------------------------
def test_merge_adds_the_dots_keeps_one_place_and_unmerge_puts_back_exactly(ctx):
    store = ctx.store
    workshop = make_workshop(store)
    vote_item, matrix_item = workshop.items["dot_vote"], workshop.items["matrix"]
    a, b = workshop.options["dot_vote"]
    ana, bo = workshop.people[0].id, workshop.people[1].id
    store.set_votes(vote_item.id, a.id, ana, 1)
    store.set_votes(vote_item.id, b.id, ana, 2)
    store.set_votes(vote_item.id, b.id, bo, 1)
    store.set_placement(matrix_item.id, 0.8, 0.2, card_id=b.id)
    before = store.export_workshop(workshop.id)
    merged = capture.merged_card([a, b])
    assert merged.id == a.id and merged.text == "Option A / Option B"
    undo = store.merge_cards(merged, [b.id])
    assert [c.text for c in store.list_cards(workshop.id, vote_item.id)] == ["Option A / Option B"]
    dots = {v.participant_id: v.count for v in store.list_votes(workshop.id, vote_item.id)}
    assert dots == {ana: 3, bo: 1}  # no dot lost
    places = store.list_placements(workshop.id, matrix_item.id)
    assert [(p.card_id, p.x, p.y) for p in places] == [(a.id, 0.8, 0.2)]
    store.unmerge_cards(undo)
    assert store.export_workshop(workshop.id) == before


def test_merged_card_keeps_every_word_and_the_author_only_when_shared():
    ana, bo = 1, 2
    cards = [Card("Same", id=1, participant_id=ana, held=True, cluster_id=7),
             Card("same ", id=2, participant_id=ana), Card("Other", id=3, participant_id=bo, hidden=True)]
    merged = capture.merged_card(cards)
    assert (merged.id, merged.text, merged.participant_id, merged.cluster_id) == (1, "Same / Other", None, 7)
    assert merged.held and merged.hidden  # it reaches the room only when every part could
    two = capture.merged_card(cards[:2])
    assert (two.text, two.participant_id, two.held, two.hidden) == ("Same", ana, True, False)


# -- what participants and the sponsor get, and the workshop file ---------------------------------
def _workshop_with_moderated_cards(store):
    w = store.create_workshop(Workshop(title="Moderated"))
    store.add_participants(w.id, [Participant("Ana")])
    exercise = Exercise(id="ideas", title="Ideas", minutes=10, capture=Capture(type="cards"),
                        themes=["alignment"], feeds="shared_outcomes",
                        steps=[Step("Write", 10, "Write ideas")])
    item = store.add_agenda_item(AgendaItem(title="Ideas", minutes=10, workshop_id=w.id,
                                            exercise=exercise.to_dict()))
    for text, held, hidden in (("Shown", False, False), ("Waiting", True, False), ("Hidden", False, True),
                               ("Waiting and hidden", True, True)):
        store.add_card(Card(text=text, workshop_id=w.id, agenda_item_id=item.id, held=held, hidden=hidden))
    return w


def test_participants_and_the_sponsor_never_get_held_or_hidden_cards(ctx):
    w = _workshop_with_moderated_cards(ctx.store)
    data = ctx.store.load_workshop_data(w.id)
    outcomes = content.shared_outcomes(data)
    assert [texts for o in outcomes for _name, texts in o.clusters] == [["Shown"]]
    assert [c.text for c in sponsor_view(data).data.cards] == ["Shown"]


def test_the_facilitator_report_lists_hidden_and_waiting_cards_marked(ctx):
    from workshop_app.plans import report

    w = _workshop_with_moderated_cards(ctx.store)
    story = report.cards_part(ctx.store.load_workshop_data(w.id), 400)
    text = " ".join(getattr(f, "text", "") for f in story)
    for line in ("Shown", "Waiting (not revealed)", "Hidden (hidden)", "Waiting and hidden (hidden)"):
        assert line in text


def test_the_workshop_file_carries_held_and_hidden(ctx, tmp_path):
    w = _workshop_with_moderated_cards(ctx.store)
    path = export_workshop_file(ctx, w.id, tmp_path / "w.json")
    entries = json.loads(path.read_text(encoding="utf-8"))["cards"]
    assert [(e["held"], e["hidden"]) for e in entries] == [(False, False), (True, False), (False, True),
                                                           (True, True)]
    again = ctx.store.list_cards(import_workshop_file(ctx, path))
    assert [(c.text, c.held, c.hidden) for c in again] == [
        ("Shown", False, False), ("Waiting", True, False), ("Hidden", False, True),
        ("Waiting and hidden", True, True)]
    # a file from before the room imports: every card shown
    data = json.loads(path.read_text(encoding="utf-8"))
    for entry in data["cards"]:
        del entry["held"], entry["hidden"]
    path.write_text(json.dumps(data), encoding="utf-8")
    old = ctx.store.list_cards(import_workshop_file(ctx, path))
    assert not any(c.held or c.hidden for c in old)
    # a value that is no true or false is refused, naming the field
    data["cards"][0]["held"] = "yes"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(WorkshopFileError, match=r"cards\[0\]\.held"):
        import_workshop_file(ctx, path)


def test_cards_the_room_has_not_seen_are_not_copied_as_options(ctx):
    w = _workshop_with_moderated_cards(ctx.store)
    source = ctx.store.list_agenda(w.id)[0]
    vote = ctx.store.add_agenda_item(AgendaItem(title="Vote", minutes=5, workshop_id=w.id))
    copied = capture.copy_cards(ctx.store, w.id, source.id, vote.id)
    assert [c.text for c in copied] == ["Shown"]
