"""Text fits where it is drawn: every card on a 1024x768 projector (or "+N more"), notes on the matrix."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QApplication
from test_run_workshop import open_run

from workshop_app.model import Card, Cluster

SHOTS = Path("/tmp")


def add_cards(ctx, wid: int, item_id: int, count: int, clusters: int, text: str) -> list[str]:
    store = ctx.store
    made = [store.add_cluster(Cluster(name=f"Theme {i + 1}", workshop_id=wid, agenda_item_id=item_id))
            for i in range(clusters)]
    texts = []
    for n in range(count):
        cluster = made[n % (clusters + 1)].id if n % (clusters + 1) < clusters else None  # some loose
        texts.append(text.format(n=n + 1))
        store.add_card(Card(text=texts[-1], workshop_id=wid, agenda_item_id=item_id, cluster_id=cluster))
    return texts


def reveal_on_projector(page, qtbot, size=(1024, 768)):
    page.toggle_projector()
    projector = page.projector
    projector.resize(*size)
    page._act(lambda: page.session.set_reveal(True))
    page._update_results()
    page.refresh_time()
    qtbot.waitUntil(lambda: (projector.groups.isVisible() or projector.matrix.isVisible())
                    and projector.size().width() == size[0])
    QApplication.processEvents()
    return projector


def check_board(projector, texts: list[str]) -> tuple[list[str], int]:
    """The cards drawn whole inside the window, and the "+N more" count; together they are every card."""
    board = projector.groups
    projector.grab()  # paints: what is checked is what was drawn
    inside = QRectF(board.rect())
    top_left = board.mapTo(projector, board.rect().topLeft())
    assert top_left.y() + board.height() <= projector.height()  # the board itself is in the window
    shown = []
    for card, rect in board.drawn_cards():
        assert inside.contains(rect), (card, rect, inside)
        shown.append(card)
    more = board.more_count()
    assert len(shown) + more == len(texts)
    assert len(set(shown)) == len(shown) and set(shown) <= set(texts)
    said = re.findall(r"^(?:\+(\d+) more|(\d+) cards?)$", projector.visible_text(), re.MULTILINE)
    assert sum(int(a or b) for a, b in said) == more  # the room is told how many are not shown
    return shown, more


def test_many_cards_fit_a_small_projector(main_window, qtbot, ctx):
    page, clock, wid, items = open_run(main_window, qtbot, ctx, item=1)
    texts = add_cards(ctx, wid, items[1].id, 24, 3, "Card {n}: hand-offs slip when plans change late")
    projector = reveal_on_projector(page, qtbot)
    shown, more = check_board(projector, texts)
    assert more == 0  # two dozen short cards: all shown, smaller
    projector.grab().save(str(SHOTS / "runmisc-projector-24.png"))


def test_too_many_cards_say_how_many_are_not_shown(main_window, qtbot, ctx):
    page, clock, wid, items = open_run(main_window, qtbot, ctx, item=1)
    texts = add_cards(ctx, wid, items[1].id, 90, 4,
                      "Card {n}: the weekly plan reaches the floor two days after it was agreed")
    texts.append("x" * 5000)  # one card without spaces
    ctx.store.add_card(Card(text=texts[-1], workshop_id=wid, agenda_item_id=items[1].id))
    projector = reveal_on_projector(page, qtbot)
    shown, more = check_board(projector, texts)
    assert more > 0 and len(shown) >= 10
    projector.grab().save(str(SHOTS / "runmisc-projector-90.png"))
    projector.resize(1920, 1080)  # a bigger screen shows more of them
    QApplication.processEvents()
    bigger, fewer = check_board(projector, texts)
    assert fewer < more


def test_sticky_note_text_stays_inside_the_note(main_window, qtbot, ctx):
    page, clock, wid, items = open_run(main_window, qtbot, ctx, item=5)
    assert page.capture.kind == "matrix"
    long_text = ("Move the weekly planning meeting to Monday morning so operations can plan the week "
                 "before the first orders arrive <b>now</b>")
    store = ctx.store
    card = store.add_card(Card(text=long_text, workshop_id=wid, agenda_item_id=items[5].id))
    spaceless = store.add_card(Card(text="y" * 3000, workshop_id=wid, agenda_item_id=items[5].id))
    short = store.add_card(Card(text="Quick win", workshop_id=wid, agenda_item_id=items[5].id))
    for c, x, y in ((card, 0.25, 0.3), (spaceless, 0.75, 0.7), (short, 0.7, 0.2)):
        store.set_placement(items[5].id, x, y, card_id=c.id)
    page.capture.set_item(page.session.item, page.session.exercise)
    view = page.capture.main.view
    for c in (card, spaceless, short):
        note = view.notes[f"card:{c.id}"]
        drawn = note.mapRectToItem(note, note.label.mapRectToParent(note.label.boundingRect()))
        assert note.rect().contains(drawn), (c.text[:20], drawn, note.rect())
        assert note.toolTip() != "" and "&lt;b&gt;" in note.toolTip() or c is not card  # plain tooltip
    note = view.notes[f"card:{short.id}"]
    assert note.label.text() == "Quick win"  # short text is shown whole
    long_note = view.notes[f"card:{card.id}"]
    assert long_note.label.text().endswith("…") and long_note.label.text().startswith("Move the weekly")
    view.resize(700, 700)
    view.grab().save(str(SHOTS / "runmisc-matrix-notes.png"))


def test_more_clusters_than_fit_are_counted_too(main_window, qtbot, ctx):
    page, clock, wid, items = open_run(main_window, qtbot, ctx, item=1)
    texts = add_cards(ctx, wid, items[1].id, 150, 70, "Card {n}")
    projector = reveal_on_projector(page, qtbot)
    shown, more = check_board(projector, texts)
    assert more > 0  # the clusters that fit, each saying how many cards it holds
    projector.grab().save(str(SHOTS / "runmisc-projector-clusters.png"))


def test_vote_bars_say_how_many_options_have_no_room(qtbot):
    from PySide6.QtGui import QFont

    from workshop_app.gui.run.charts import VoteBars
    from workshop_app.services.capture import ResultBar

    chart = VoteBars()
    qtbot.addWidget(chart)
    font = QFont(chart.font())
    font.setPixelSize(20)
    chart.setFont(font)
    chart.set_bars([ResultBar(f"Option {n}", 20 - n) for n in range(20)])
    chart.resize(600, 340)
    chart.grab().save(str(SHOTS / "runmisc-votes.png"))
    rows = int(340 // (chart.fontMetrics().height() * 1.7))
    assert 0 < rows < 20 and chart.more_count() == 20 - (rows - 1)
    chart.resize(600, 2000)
    assert chart.more_count() == 0


def test_one_long_list_of_cards_spreads_over_the_screen(main_window, qtbot, ctx):
    """Forty cards from phones, not grouped yet: one list, spread over columns across the screen,
    every card shown (none left as "+N more" while half the screen stays empty), in order."""
    page, clock, wid, items = open_run(main_window, qtbot, ctx, item=1)
    texts = add_cards(ctx, wid, items[1].id, 40, 0, "Idea {n} from a phone")
    projector = reveal_on_projector(page, qtbot, size=(1280, 720))
    shown, more = check_board(projector, texts)
    assert more == 0 and shown == texts
    board = projector.groups
    lefts = sorted({round(rect.left()) for _text, rect in board.drawn_cards()})
    assert len(lefts) >= 2 and lefts[-1] > board.width() / 2  # the right half is used too
    projector.grab().save(str(SHOTS / "runmisc-projector-one-list.png"))
