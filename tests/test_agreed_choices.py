"""What the room agreed: chosen dot-vote options and chosen matrix placements, stored, carried by
the workshop file, migrated from an older database, and the only ones the plans print."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from workshop_app.model import Card, Workshop
from workshop_app.model.workshop import AgendaItem
from workshop_app.storage import Store, open_store, read_workshop_file, write_workshop_file


@pytest.fixture
def store(data_dir):
    store, _ = open_store(data_dir)
    yield store
    store.close()


def _vote_and_matrix(store) -> tuple[int, int, int, list[Card]]:
    """A workshop with a dot vote of five options and a matrix item placing all five."""
    wid = store.create_workshop(Workshop(title="Agreed")).id
    vote = store.add_agenda_item(AgendaItem(title="Vote", minutes=10, workshop_id=wid))
    matrix = store.add_agenda_item(AgendaItem(title="Matrix", minutes=10, workshop_id=wid))
    cards = [store.add_card(Card(text=t, workshop_id=wid, agenda_item_id=vote.id, position=i))
             for i, t in enumerate(("A", "B", "C", "D", "E"))]
    for i, card in enumerate(cards):
        store.set_placement(matrix.id, 0.1 + 0.2 * i, 0.9 - 0.2 * i, card_id=card.id)
    return wid, vote.id, matrix.id, cards


def test_a_chosen_placement_stays_chosen_when_moved(store):
    wid, _vote, matrix, cards = _vote_and_matrix(store)
    placed = store.placement_of(matrix, card_id=cards[0].id)
    store.choose_placement(placed.id, True)
    store.set_placement(matrix, 0.6, 0.6, card_id=cards[0].id)
    moved = store.placement_of(matrix, card_id=cards[0].id)
    assert (moved.id, moved.x, moved.y, moved.chosen) == (placed.id, 0.6, 0.6, True)


def test_export_import_keeps_the_chosen_marks(store, tmp_path):
    wid, vote, matrix, cards = _vote_and_matrix(store)
    store.update_card(replace(cards[1], chosen=True))
    store.choose_placement(store.placement_of(matrix, card_id=cards[3].id).id, True)
    path = write_workshop_file(store.export_workshop(wid), tmp_path / "agreed.json")
    written = json.loads(path.read_text(encoding="utf-8"))
    assert [c["chosen"] for c in written["cards"]] == [False, True, False, False, False]
    copy = store.import_workshop(read_workshop_file(path))
    assert [c.text for c in store.list_cards(copy) if c.chosen] == ["B"]
    texts = {c.id: c.text for c in store.list_cards(copy)}
    assert [texts[p.card_id] for p in store.list_placements(copy) if p.chosen] == ["D"]


def test_an_older_file_without_chosen_marks_imports_with_nothing_chosen(store, tmp_path):
    wid, *_ = _vote_and_matrix(store)
    data = store.export_workshop(wid)
    for section in ("cards", "placements"):
        for entry in data[section]:
            del entry["chosen"]
    copy = store.import_workshop(data)
    assert not any(c.chosen for c in store.list_cards(copy))
    assert not any(p.chosen for p in store.list_placements(copy))


def test_a_database_of_the_previous_version_gets_the_chosen_columns(tmp_path):
    from sqlite_utils import Database

    from workshop_app.storage.schema import migrations

    path = tmp_path / "old.db"
    old = Database(path)
    migrations().apply(old, stop_before="0005_agreed_choices")
    old.execute("PRAGMA user_version = 4")
    old["workshops"].insert({"id": 1, "title": "Old"})
    old["agenda_items"].insert({"id": 1, "workshop_id": 1, "title": "Vote", "minutes": 5})
    old["participants"].insert({"id": 1, "workshop_id": 1, "name": "Ana"})
    old["cards"].insert({"id": 1, "workshop_id": 1, "agenda_item_id": 1, "text": "Stand-up"})
    old["placements"].insert({"id": 1, "workshop_id": 1, "agenda_item_id": 1, "card_id": 1,
                              "x": 0.2, "y": 0.8})
    old.conn.commit()
    old.close()
    with Store(path) as s:
        assert [(c.text, c.chosen) for c in s.list_cards(1)] == [("Stand-up", False)]
        assert [p.chosen for p in s.list_placements(1)] == [False]
        s.update_card(replace(s.get_card(1), chosen=True))
        s.choose_placement(1, True)
        assert s.get_card(1).chosen and s.get_placement(1).chosen
        assert [p.name for p in s.list_participants(1)] == ["Ana"]


# -- what the plans print --------------------------------------------------------------------------
VOTE_TITLE = "Choosing our priorities"
MATRIX_TITLE = "Effort and impact"
STAND_UP = "Weekly 30-minute ops and leadership stand-up"
SUPERVISORS = "Front-line supervisors join quarterly planning"
BOARD = "One shared board that ties goals to tasks"
CAPACITY = "Check capacity before any launch date is set"
SHADOWING = "Job shadowing: a day on the warehouse floor"


def _sample(ctx):
    from workshop_app.services.workshop_files import import_sample

    return ctx.store.load_workshop_data(import_sample(ctx))


def _item(data, title: str):
    return next(item for item in data.agenda if item.title.startswith(title))


def _plan_text(data, tmp_path) -> str:
    """The first participant's plan, as pypdf reads it (lines joined: a cell may wrap)."""
    from pypdf import PdfReader

    from workshop_app.plans import write_action_plans

    result = write_action_plans(data, tmp_path / "plans", invariant=True, combined=False)
    text = "\n".join(page.extract_text() or "" for page in PdfReader(result.participant_files[0]).pages)
    return " ".join(text.split())


def _choose_cards(data, item, texts: set[str]) -> None:
    for card in data.cards:
        if card.agenda_item_id == item.id:
            card.chosen = card.text in texts


def _choose_placed(data, item, texts: set[str]) -> None:
    text_of = {c.id: c.text for c in data.cards}
    for p in data.placements:
        if p.agenda_item_id == item.id:
            p.chosen = text_of.get(p.card_id) in texts


def test_the_plan_prints_only_the_chosen_options_with_their_dots(ctx, tmp_path):
    data = _sample(ctx)
    vote = _item(data, VOTE_TITLE)
    _choose_cards(data, vote, {STAND_UP, BOARD})
    _choose_placed(data, _item(data, MATRIX_TITLE), set())
    text = _plan_text(data, tmp_path)
    start = text.index("What the group agreed")
    group = text[start:text.index(MATRIX_TITLE, start)]
    assert VOTE_TITLE in group
    assert f"1 {STAND_UP} 7" in group and f"3 {BOARD} 4" in group
    for other in (CAPACITY, SUPERVISORS, SHADOWING):
        assert other not in text


def test_with_no_option_chosen_the_plan_prints_no_priorities(ctx, tmp_path):
    from workshop_app.services import wrapup

    data = _sample(ctx)
    vote = _item(data, VOTE_TITLE)
    _choose_cards(data, vote, set())
    text = _plan_text(data, tmp_path)
    assert VOTE_TITLE not in text and "Rank" not in text and SHADOWING not in text
    assert any(line.startswith(f"“{vote.title}”: the dot vote has no agreed choice")
               for line in wrapup.before_printing(data))


def test_a_matrix_with_five_placed_and_two_chosen_prints_only_those_two(ctx, tmp_path):
    from workshop_app.services import wrapup

    data = _sample(ctx)
    matrix = _item(data, MATRIX_TITLE)
    _choose_cards(data, _item(data, VOTE_TITLE), set())  # no priorities: only the matrix names them
    assert len([p for p in data.placements if p.agenda_item_id == matrix.id]) == 5
    _choose_placed(data, matrix, {STAND_UP, BOARD})
    text = _plan_text(data, tmp_path)
    outcome = text[text.index(matrix.title):]
    assert f"High impact · Low effort: {STAND_UP}" in outcome
    assert f"High impact · High effort: {BOARD}" in outcome
    for other in (CAPACITY, SUPERVISORS, SHADOWING):
        assert other not in text
    _choose_placed(data, matrix, set())
    assert STAND_UP not in _plan_text(data, tmp_path / "none")
    assert any(line.startswith(f"“{matrix.title}”: no quick win or big bet is marked chosen")
               for line in wrapup.before_printing(data))


def _second_run(data, item):
    """The same dot vote run again later (its options copied, the same dots), like the console's
    Copy cards does; returns the new item."""
    from dataclasses import replace as copy_of

    again = copy_of(item, id=900, title="Choosing our priorities again", position=len(data.agenda))
    data.agenda.append(again)
    new_ids = {}
    for n, card in enumerate([c for c in data.cards if c.agenda_item_id == item.id]):
        new_ids[card.id] = 900 + n
        data.cards.append(copy_of(card, id=900 + n, agenda_item_id=again.id))
    data.votes += [copy_of(v, id=900 + n, agenda_item_id=again.id, card_id=new_ids[v.card_id])
                   for n, v in enumerate(v for v in data.votes if v.agenda_item_id == item.id)]
    return again


def _two_runs(ctx, chose_first: set[str], chose_again: set[str]):
    """The sample with its dot vote run twice, each run choosing as given: (data, first, again)."""
    data = _sample(ctx)
    first = _item(data, VOTE_TITLE)
    _choose_cards(data, first, chose_first)
    again = _second_run(data, first)
    _choose_cards(data, again, chose_again)
    return data, first, again


def test_two_runs_that_chose_differently_are_not_printed_as_agreed(ctx, tmp_path):
    from workshop_app.plans.content import apart_items
    from workshop_app.services import wrapup

    data, first, again = _two_runs(ctx, {STAND_UP, BOARD}, {STAND_UP, CAPACITY})
    assert [[i.id for i in run] for run in apart_items(data)] == [[first.id, again.id]]
    text = _plan_text(data, tmp_path)
    agreed = text.index("What the group agreed")
    apart = text.index("Results of each session")
    # Only the matrix (which agrees with itself) is under "agreed"; both runs are apart, each titled.
    assert VOTE_TITLE not in text[agreed:apart] and MATRIX_TITLE in text[agreed:apart]
    assert first.title in text[apart:] and again.title in text[apart:]
    assert f"{CAPACITY}" in text[text.index(again.title, apart):]
    assert (f"These runs of one exercise chose differently: “{first.title}”, “{again.title}”. The plans "
            "print each result apart, not as agreed.") in wrapup.before_printing(data)


def test_two_runs_that_chose_the_same_print_as_agreed(ctx, tmp_path):
    from workshop_app.plans.content import apart_items

    data, first, again = _two_runs(ctx, {STAND_UP, BOARD}, {STAND_UP, BOARD})
    assert apart_items(data) == []
    text = _plan_text(data, tmp_path)
    assert "Results of each session" not in text and again.title in text[text.index("What the group agreed"):]


def test_the_wrapup_preview_shows_contradicting_runs_apart_with_the_pdfs_words(ctx, qapp):
    from workshop_app.gui.pages.wrapup_page import preview_html
    from workshop_app.services import wrapup

    data, first, again = _two_runs(ctx, {STAND_UP, BOARD}, {CAPACITY})
    preview = wrapup.plan_preview(data, data.participants[0])
    assert [title for title, *_rest in preview.apart_priorities] == [first.title, again.title]
    matrix = _item(data, MATRIX_TITLE)
    assert preview.priorities == [] and [t for t, _lines in preview.shared] == [matrix.title]
    html = preview_html(data, preview)
    agreed, apart = html.index("What the group agreed"), html.index("Results of each session")
    assert agreed < html.index(matrix.title) < apart < html.index(first.title) < html.index(again.title)


def test_a_chosen_personal_commitment_on_the_matrix_stays_in_its_owners_plan_only(ctx, tmp_path):
    from workshop_app.model.workshop import Placement

    data = _sample(ctx)
    matrix = _item(data, MATRIX_TITLE)
    first = data.participants[0]  # whose plan is read
    own = next(a for a in data.actions if first.id not in a.owners)  # someone else's commitment
    data.placements.append(Placement(x=0.2, y=0.9, agenda_item_id=matrix.id, action_id=own.id, chosen=True))
    text = _plan_text(data, tmp_path)
    assert f"High impact · Low effort: {STAND_UP}" in text and own.text not in text
