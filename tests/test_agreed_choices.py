"""What the room agreed: chosen dot-vote options and chosen matrix placements, stored, carried by
the workshop file, migrated from an older database, and the only ones the plans print."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from workshop_app.model import Card, Participant, Workshop
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
