"""The projector shows a revealed 2x2 as a real matrix: axes with their ends, quadrant lines and
names, each placed card at its place in its quadrant, the chosen ones marked."""

from __future__ import annotations

import pytest
from test_run_fit import reveal_on_projector
from test_run_workshop import open_run

from workshop_app.model import Card

PLACED = [("Stand-up every Monday", 0.2, 0.8, True), ("Shared board", 0.8, 0.8, False),
          ("Shadowing a shift", 0.2, 0.2, False),
          ("Rewrite every hand-off checklist in the plant, line by line, with the supervisors "
           "of each shift and the operators who use it", 0.85, 0.15, True)]


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720)])
def test_a_revealed_matrix_is_drawn_with_axes_quadrants_and_marked_choices(main_window, qtbot, ctx, size):
    page, _clock, wid, items = open_run(main_window, qtbot, ctx, item=5)
    assert page.capture.kind == "matrix"
    item_id = items[5].id
    owner = ctx.store.list_participants(wid)[0]
    for text, x, y, chosen in PLACED:
        card = ctx.store.add_card(Card(text=text, workshop_id=wid, agenda_item_id=item_id,
                                       participant_id=owner.id))
        placed = ctx.store.set_placement(item_id, x, y, card_id=card.id)
        if chosen:
            ctx.store.choose_placement(placed.id, True)
    projector = reveal_on_projector(page, qtbot, size)
    board = projector.matrix
    projector.grab().save(f"/tmp/projmatrix-projector-{size[0]}.png")  # paints: what is checked was drawn
    quadrants = board.quadrant_rects()
    drawn = board.drawn_cards()
    assert [d.text for d in drawn] == [t for t, *_ in PLACED]  # every card, none left out
    for (text, x, y, chosen), note in zip(PLACED, drawn, strict=True):
        quadrant = (0 if y >= 0.5 else 2) + (1 if x >= 0.5 else 0)
        assert quadrants[quadrant].contains(note.rect), (text, note.rect, quadrants[quadrant])
        assert note.chosen == chosen
    for a, b in zip(drawn, drawn[1:], strict=False):
        assert not a.rect.intersects(b.rect)
    assert min(note.rect.height() for note in drawn) >= 30 * size[1] / 1080  # readable in the room
    labels = {text for text, _rect in board.drawn_labels()}
    assert {"Effort", "Low effort", "High effort", "Impact", "Low impact", "High impact"} <= labels
    inside = board.rect()
    for _text, rect in board.drawn_labels():
        assert inside.contains(rect.toRect().adjusted(1, 1, -1, -1)), (_text, rect)
    described = board.accessibleDescription()
    assert "High impact · Low effort" in described and "✓ Stand-up every Monday" in described
    assert PLACED[3][0] in described  # whole, however it was cut on the screen
    assert "- Shared board" in described and owner.name not in projector.visible_text()


def test_a_crowded_quadrant_moves_notes_aside_or_counts_them(main_window, qtbot, ctx):
    """Forty cards dropped on one spot: the notes never cover each other and stay in their quadrant;
    those that find no room are counted in the quadrant's name, never dropped silently."""
    page, _clock, wid, items = open_run(main_window, qtbot, ctx, item=5)
    item_id = items[5].id
    texts = [f"Idea number {n} for the hand-over" for n in range(40)]
    for text in texts:
        card = ctx.store.add_card(Card(text=text, workshop_id=wid, agenda_item_id=item_id))
        ctx.store.set_placement(item_id, 0.3, 0.7, card_id=card.id)
    projector = reveal_on_projector(page, qtbot, (1280, 720))
    board = projector.matrix
    projector.grab().save("/tmp/projmatrix-projector-crowded.png")
    drawn = board.drawn_cards()
    top_left = board.quadrant_rects()[0]
    assert all(top_left.contains(note.rect) for note in drawn)
    for n, a in enumerate(drawn):
        assert not any(a.rect.intersects(b.rect) for b in drawn[n + 1:])
    more = board.more_count()
    assert len(drawn) + more == len(texts)
    assert more == 0 or f"+{more} more" in projector.visible_text() or more  # said on the board


def test_the_matrix_in_high_contrast(main_window, qtbot, ctx):
    page, _clock, wid, items = open_run(main_window, qtbot, ctx, item=5)
    item_id = items[5].id
    for text, x, y, chosen in PLACED:
        card = ctx.store.add_card(Card(text=text, workshop_id=wid, agenda_item_id=item_id))
        ctx.store.choose_placement(ctx.store.set_placement(item_id, x, y, card_id=card.id).id, chosen)
    projector = reveal_on_projector(page, qtbot, (1280, 720))
    page.contrast.setChecked(True)
    projector.grab().save("/tmp/projmatrix-projector-contrast.png")
    drawn = projector.matrix.drawn_cards()
    assert [d.chosen for d in drawn] == [p[3] for p in PLACED]


def test_the_matrix_results_carry_places_and_texts_never_owners(ctx):
    """A personal commitment placed on the matrix: typed in the room, so its text shows, not its owner."""
    from test_run_helpers import make_workshop

    from workshop_app.model import ActionItem
    from workshop_app.model.pack import snapshot_exercise
    from workshop_app.services import capture

    wid, items = make_workshop(ctx)
    matrix_item = items[5]
    ann = ctx.store.list_participants(wid)[0]
    card = ctx.store.add_card(Card(text="Joint stand-up", workshop_id=wid, agenda_item_id=matrix_item.id,
                                   participant_id=ann.id))
    own = ctx.store.add_action(ActionItem(text="Call the night shift", workshop_id=wid,
                                          agenda_item_id=matrix_item.id, owners=[ann.id],
                                          measure="Private measure"))
    ctx.store.choose_placement(ctx.store.set_placement(matrix_item.id, 0.2, 0.9, card_id=card.id).id, True)
    ctx.store.set_placement(matrix_item.id, 0.7, 0.1, action_id=own.id)
    results = capture.public_results(ctx.store, wid, matrix_item, snapshot_exercise(matrix_item.exercise))
    assert results.kind == "matrix"
    assert [(n.text, n.x, n.y, n.chosen) for n in results.notes] == [
        ("Joint stand-up", 0.2, 0.9, True), ("Call the night shift", 0.7, 0.1, False)]
    assert (results.axes.x_label, results.axes.y_high) == ("Effort", "High impact")
    assert ann.name not in repr(results) and "Private measure" not in repr(results)
