"""Handouts as the pack editor edits them: a new one, and whether its items can be edited one a
line (cards, slips, signs: one line of text each) or need one by one editing (role cards, and any
item with a title or a text of several lines, which one a line would lose)."""

from __future__ import annotations

from workshop_app.model.pack import Handout, HandoutItem


def new_handout() -> Handout:
    return Handout(kind="cards", title="")


def items_one_a_line(handout: Handout) -> bool:
    return handout.kind != "roles" and not any(
        item.title or "\n" in item.text for item in handout.items)


def item_line(item: HandoutItem) -> str:
    return item.text


def item_from_line(line: str) -> HandoutItem:
    return HandoutItem(text=line)
