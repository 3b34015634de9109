"""Full-text search over notes, cards and actions, in Latin and CJK text."""

from __future__ import annotations

import pytest

from workshop_app.model.workshop import ActionItem, Card, Note, Workshop
from workshop_app.storage import Store, open_store


@pytest.fixture
def store(data_dir):
    store, _ = open_store(data_dir)
    yield store
    store.close()


@pytest.fixture
def two_workshops(store):
    a = store.create_workshop(Workshop(title="Lyon")).id
    b = store.create_workshop(Workshop(title="上海")).id
    store.save_note(Note(text="Hand-offs between shifts are late", workshop_id=a))
    store.save_note(Note(text="团队需要加强沟通和反馈", workshop_id=b))
    store.add_card(Card(text="Weekly stand-up with operations", workshop_id=a))
    store.add_action(ActionItem(text="会议后共享记录", measure="每周检查 handoff quality", workshop_id=b))
    store.add_action(ActionItem(text="Publish the shift plan", measure="No late hand-offs", workshop_id=a))
    return a, b


def kinds(hits):
    return sorted((h.kind, h.snippet) for h in hits)


def test_latin_words_find_notes_cards_and_actions(store, two_workshops):
    a, _b = two_workshops
    hits = store.search("hand-offs")
    assert kinds(hits) == [("action", "Publish the shift plan — No late hand-offs"),
                           ("note", "Hand-offs between shifts are late")]
    assert {h.workshop_title for h in hits} == {"Lyon"} and {h.workshop_id for h in hits} == {a}
    assert kinds(store.search("OPERATIONS")) == [("card", "Weekly stand-up with operations")]


def test_every_word_must_match(store, two_workshops):
    assert kinds(store.search("late shifts")) == [("note", "Hand-offs between shifts are late")]
    assert store.search("late banana") == []


def test_chinese_two_character_word_is_found(store, two_workshops):
    _a, b = two_workshops
    hits = store.search("沟通")
    assert [(h.kind, h.workshop_id, h.workshop_title) for h in hits] == [("note", b, "上海")]
    assert "加强沟通" in hits[0].snippet


def test_chinese_longer_phrase_and_mixed_text(store, two_workshops):
    assert kinds(store.search("加强沟通")) == [("note", "团队需要加强沟通和反馈")]
    assert [h.kind for h in store.search("共享 handoff")] == ["action"]


def test_search_limited_to_one_workshop(store, two_workshops):
    a, b = two_workshops
    assert store.search("late", workshop_id=b) == []
    assert len(store.search("late", workshop_id=a)) == 2
    assert len(store.search("a", limit=1)) == 1


def test_odd_queries_do_not_fail(store, two_workshops):
    for query in ['"', "AND", "OR NOT", "*", "50%", "a_b", "NEAR(", "   "]:
        store.search(query)
    assert store.search("") == []


def test_edits_and_deletes_reach_the_index(store, two_workshops):
    a, _b = two_workshops
    note = store.save_note(Note(text="budget review", workshop_id=a))
    note.text = "forecast review"
    store.save_note(note)
    assert store.search("budget") == []
    assert [h.id for h in store.search("forecast")] == [note.id]
    store.remove_note(note.id)
    assert store.search("forecast") == []


def test_snippet_is_cut_around_the_match(store, two_workshops):
    a, _b = two_workshops
    store.save_note(Note(text="x" * 300 + " needle " + "y" * 300, workshop_id=a))
    snippet = store.search("needle")[0].snippet
    assert "needle" in snippet and snippet.startswith("…") and snippet.endswith("…")
    assert len(snippet) < 120


def test_search_triggers_come_back_after_a_table_transform(data_dir, store, two_workshops):
    """A later migration may transform a table, which drops its triggers; opening repairs them."""
    a, _b = two_workshops
    store.db["notes"].transform(types={"text": str})
    assert not {t.name for t in store.db["notes"].triggers}
    store.db.execute("INSERT INTO notes (workshop_id, text) VALUES (?, 'written while unindexed')", [a])
    store.close()
    with Store(data_dir.database) as reopened:
        assert {"notes_ai", "notes_ad", "notes_au"} <= {t.name for t in reopened.db["notes"].triggers}
        assert [h.kind for h in reopened.search("unindexed")] == ["note"]
        reopened.save_note(Note(text="written after repair", workshop_id=a))
        assert len(reopened.search("written")) == 2
        assert len(reopened.search("沟通")) == 1


def test_whom_an_action_checks_in_with_is_found(store, two_workshops):
    a, _b = two_workshops
    store.add_action(ActionItem(text="Walk the floor", checkin_with="Priyanka Rao", workshop_id=a))
    assert kinds(store.search("priyanka")) == [("action", "Walk the floor — Priyanka Rao")]
    assert kinds(store.search("Rao")) == [("action", "Walk the floor — Priyanka Rao")]  # short: LIKE


def test_an_index_without_check_in_with_is_rebuilt_on_opening(data_dir, store, two_workshops):
    """A database indexed before ``checkin_with`` was searched (the actions' index lacks the
    column) finds it after the next opening."""
    a, _b = two_workshops
    store.db["actions"].enable_fts(["text", "measure", "support"], tokenize="trigram",
                                   create_triggers=True, replace=True)  # as an older version left it
    store.add_action(ActionItem(text="Walk the floor", checkin_with="Priyanka Rao", workshop_id=a))
    store.close()
    with Store(data_dir.database) as reopened:
        assert [h.kind for h in reopened.search("Priyanka")] == ["action"]
        assert len(reopened.search("hand-offs")) == 2  # the rest is still found
