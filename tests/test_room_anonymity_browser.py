"""Anonymous activities on the phone page, in a real browser (see test_room_browser.py): the page
says the cards are anonymous, the card is stored with no author although the phone joined with a
name, and on an anonymous rating it says the ratings keep the name."""

from __future__ import annotations

from pathlib import Path

from test_room_browser import browser, el, join, phone, room, text, wait  # noqa: F401 - fixtures

from room_fixtures import move_to


def test_the_phone_says_what_is_anonymous_and_stores_cards_without_author(phone, room, ctx):  # noqa: F811
    server, w = room
    store = ctx.store
    move_to(store, w, "cards")
    store.set_item_anonymous(w.items["cards"].id, True)  # the facilitator's choice in the console
    join(phone, server, "Ana")
    wait(phone, lambda: "anonymous" in text(phone, "info"))
    assert "stored without your name" in text(phone, "info")
    el(phone, "card-text").send_keys("Approvals take weeks")
    el(phone, "card-send").click()
    cards = w.items["cards"].id
    wait(phone, lambda: [c.text for c in store.list_cards(w.id, cards)] == ["Approvals take weeks"])
    [card] = store.list_cards(w.id, w.items["cards"].id)
    assert card.participant_id is None
    phone.save_screenshot(str(Path("/tmp/anonymity-phone-cards.png")))

    move_to(store, w, "rating")
    store.set_item_anonymous(w.items["rating"].id, True)
    wait(phone, lambda: el(phone, "rating-form").is_displayed())
    wait(phone, lambda: "stored with your name" in text(phone, "info"))
    assert "Rate each criterion" in text(phone, "info")
    phone.save_screenshot(str(Path("/tmp/anonymity-phone-rating.png")))
    store.set_item_anonymous(w.items["rating"].id, None)  # as the exercise says: named, nothing to say
    wait(phone, lambda: "stored with your name" not in text(phone, "info"))
