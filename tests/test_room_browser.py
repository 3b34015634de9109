"""The room's phone page in a real browser: Debian's chromium, headless, at a phone's size
(390x844), driven by Selenium against a real RoomServer on 127.0.0.1. Each answer a phone gives is
compared with the database. Skipped (with the reason) when chromium, its driver or Selenium is
missing; `.ci/run` installs them as root.

Screenshots of each state: set ROOM_SCREENSHOTS=/some/folder to keep them."""

from __future__ import annotations

import os
import shutil
from contextlib import contextmanager
from pathlib import Path

import pytest

from workshop_app.room.server import RoomServer

from room_fixtures import make_workshop, move_to

webdriver = pytest.importorskip("selenium.webdriver",
                                reason="Selenium is not installed (pip install '.[test]')")
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.select import Select  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(CHROMIUM is None or DRIVER is None,
                                reason="chromium and chromium-driver are not installed "
                                       "(apt-get install chromium chromium-driver)")
CODE = "K7WQ4P"


@pytest.fixture(scope="module")
def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--no-first-run", "--disable-extensions", "--window-size=390,844"):
        options.add_argument(arg)
    options.add_experimental_option("mobileEmulation", {"deviceMetrics": {"width": 390, "height": 844,
                                                                          "pixelRatio": 2}})
    try:
        driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path=DRIVER))
    except WebDriverException as exc:
        pytest.skip(f"chromium does not start here: {exc.msg}")
    yield driver
    driver.quit()


@pytest.fixture
def phone(browser):
    """The browser with a fresh page (nothing kept from another test's room)."""
    yield browser
    browser.get("about:blank")


@pytest.fixture
def room(ctx):
    workshop = make_workshop(ctx.store)
    server = RoomServer(ctx, workshop.id, code=CODE)
    server.start("127.0.0.1", 0)
    yield server, workshop
    server.stop()


def shot(driver, name: str) -> None:
    folder = os.environ.get("ROOM_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(Path(folder) / f"room-{name}.png"))


def wait(driver, condition, seconds: float = 15):
    return WebDriverWait(driver, seconds, poll_frequency=0.1,
                         ignored_exceptions=[StaleElementReferenceException]).until(lambda d: condition())


def el(driver, id_: str):
    return driver.find_element(By.ID, id_)


def text(driver, id_: str) -> str:
    return el(driver, id_).text


def mine(driver) -> list[str]:
    """The texts of the phone's own list, read in one go (the page may rebuild it meanwhile)."""
    return driver.execute_script("return [...document.querySelectorAll('#mine li')].map((e) => e.innerText)")


def join(driver, server, name: str = "Ana") -> None:
    """Scan the QR code (the URL with #CODE), tap Next, tap one's name."""
    driver.get(server.url + "#" + server.code)
    wait(driver, lambda: el(driver, "code-next").is_displayed() and text(driver, "code-next"))
    assert el(driver, "code").get_attribute("value") == server.code
    shot(driver, "1-code")
    el(driver, "code-next").click()
    wait(driver, lambda: el(driver, "join-name").is_displayed())
    people = [b.text for b in driver.find_elements(By.CSS_SELECTOR, "#people button")]
    assert people == ["Ana", "Bo"]  # Cy is absent
    shot(driver, "2-names")
    next(b for b in driver.find_elements(By.CSS_SELECTOR, "#people button") if b.text == name).click()
    wait(driver, lambda: el(driver, "answer").is_displayed() and text(driver, "item"))


def test_join_by_url_send_several_cards_and_follow_the_facilitator(phone, room, ctx):
    server, w = room
    store = ctx.store
    move_to(store, w, "cards")
    join(phone, server)
    assert text(phone, "item") == "Item cards"
    assert text(phone, "step") == "Step 1 of 2: Think"
    assert text(phone, "prompt") == "Prompt for cards"
    assert "FACILITATOR-ONLY" not in phone.page_source
    for card in ("More cross-training", "<b>not bold</b>"):
        el(phone, "card-text").send_keys(card)
        el(phone, "card-send").click()
        wait(phone, lambda c=card: c in mine(phone))
    assert text(phone, "status") == "Sent"
    assert phone.find_elements(By.CSS_SELECTOR, "#mine b") == []  # text, never HTML
    shot(phone, "3-cards")
    stored = store.list_cards(w.id, w.items["cards"].id)
    assert [(c.text, c.participant_id) for c in stored] == [
        ("More cross-training", w.people[0].id), ("<b>not bold</b>", w.people[0].id)]
    move_to(store, w, "cards", step=1)  # the facilitator moves on: the phone follows
    wait(phone, lambda: text(phone, "step") == "Step 2 of 2: Share")
    move_to(store, w, "cards", ended=True)
    wait(phone, lambda: text(phone, "item") == "The workshop has ended. Thank you!")
    assert not el(phone, "card-form").is_displayed()


def test_a_dot_vote_spends_the_budget(phone, room, ctx):
    server, w = room
    move_to(ctx.store, w, "dot_vote")
    join(phone, server, "Bo")
    wait(phone, lambda: el(phone, "vote-form").is_displayed())
    assert text(phone, "dots-left") == "Dots left: 3 of 3"
    a, b = w.options["dot_vote"]
    el(phone, f"vote-{a.id}").clear()
    el(phone, f"vote-{a.id}").send_keys("2")
    el(phone, f"vote-{b.id}").clear()
    el(phone, f"vote-{b.id}").send_keys("1")
    assert text(phone, "dots-left") == "Dots left: 0 of 3"
    shot(phone, "4-vote")
    el(phone, "vote-send").click()
    wait(phone, lambda: text(phone, "status") == "Sent")
    votes = {(v.card_id, v.participant_id, v.count)
             for v in ctx.store.list_votes(w.id, w.items["dot_vote"].id)}
    assert votes == {(a.id, w.people[1].id, 2), (b.id, w.people[1].id, 1)}
    # moving a dot from A to B: the dot taken back is sent first, the budget holds
    el(phone, f"vote-{a.id}").clear()
    el(phone, f"vote-{a.id}").send_keys("1")
    el(phone, f"vote-{b.id}").clear()
    el(phone, f"vote-{b.id}").send_keys("2")
    el(phone, "vote-send").click()
    wait(phone, lambda: {(v.card_id, v.count) for v in ctx.store.list_votes(w.id, w.items["dot_vote"].id)}
         == {(a.id, 1), (b.id, 2)})
    wait(phone, lambda: text(phone, "status") == "Sent")
    # over the budget: refused with the server's message, the numbers fall back to what is stored
    el(phone, f"vote-{a.id}").clear()
    el(phone, f"vote-{a.id}").send_keys("3")
    assert text(phone, "dots-left") == "Dots left: -2 of 3"
    el(phone, "vote-send").click()
    wait(phone, lambda: text(phone, "status") not in ("", "Sent")
         and el(phone, f"vote-{a.id}").get_attribute("value") == "1")
    assert "3" in text(phone, "status")
    stored = {(v.card_id, v.count) for v in ctx.store.list_votes(w.id, w.items["dot_vote"].id)}
    assert stored == {(a.id, 1), (b.id, 2)}


def test_a_rating_of_each_criterion(phone, room, ctx):
    server, w = room
    move_to(ctx.store, w, "rating")
    join(phone, server)
    wait(phone, lambda: el(phone, "rating-form").is_displayed())
    labels = [e.text for e in phone.find_elements(By.CSS_SELECTOR, "#rating-criteria label")]
    assert labels == ["Clarity", "Speed"]
    assert text(phone, "info") == "Rate each criterion from 1 (lowest) to 5 (highest)."
    Select(el(phone, "rate-0")).select_by_visible_text("4")
    Select(el(phone, "rate-1")).select_by_visible_text("2")
    shot(phone, "5-rating")
    el(phone, "rating-send").click()
    wait(phone, lambda: text(phone, "status") == "Sent")
    ratings = {(r.participant_id, r.criterion, r.value) for r in ctx.store.list_ratings(w.id)}
    assert ratings == {(w.people[0].id, "Clarity", 4), (w.people[0].id, "Speed", 2)}
    wait(phone, lambda: Select(el(phone, "rate-0")).first_selected_option.text == "4")  # shown back


def test_a_2x2_starts_each_candidate_where_it_is_and_sends_only_what_was_moved(phone, room, ctx):
    server, w = room
    store, item = ctx.store, w.items["matrix"].id
    move_to(store, w, "matrix")
    a, b = w.options["matrix"]
    store.set_placement(item, 0.37, 0.1, card_id=b.id)  # the facilitator placed B in the console

    def slider(axis: str, card) -> str:
        return el(phone, f"place-{axis}-{card.id}").get_attribute("value")

    def places() -> set:
        return {(p.card_id, p.x, p.y) for p in store.list_placements(w.id, item)}

    join(phone, server)
    wait(phone, lambda: el(phone, "matrix-form").is_displayed())
    legends = [e.get_attribute("textContent")
               for e in phone.find_elements(By.CSS_SELECTOR, "#matrix-options legend")]
    assert legends == ["1Option A", "2Option B"]  # numbered as on the picture of the 2x2

    def on_picture() -> list[str]:
        dots = phone.find_elements(By.CSS_SELECTOR, "#matrix-options .map .dot")
        return [e.text for e in dots if e.is_displayed()]

    assert el(phone, f"place-x-{a.id}").accessible_name == "Effort"
    # B where the room has it (the slider's steps of 5: 0.37 shows at 35), A not placed yet
    assert (slider("x", b), slider("y", b)) == ("35", "10")
    note_a, note_b = el(phone, f"place-note-{a.id}"), el(phone, f"place-note-{b.id}")
    assert note_a.is_displayed() and not note_b.is_displayed()
    assert note_a.text == "Not placed yet: move a slider to place it."
    assert on_picture() == ["2"]  # only B is on the picture
    shot(phone, "6-matrix")
    for _ in range(4):  # the keyboard moves a slider: 50 -> 70
        el(phone, f"place-x-{a.id}").send_keys("\ue014")  # arrow right
    assert not el(phone, f"place-note-{a.id}").is_displayed() and on_picture() == ["1", "2"]
    el(phone, "matrix-send").click()
    wait(phone, lambda: text(phone, "status") == "Sent")
    assert places() == {(a.id, 0.7, 0.5), (b.id, 0.37, 0.1)}  # B not moved here: not sent, not moved
    el(phone, f"place-y-{b.id}").send_keys("\ue013")  # arrow up: B's y only, 10 -> 15
    el(phone, "matrix-send").click()
    wait(phone, lambda: places() == {(a.id, 0.7, 0.5), (b.id, 0.37, 0.15)})  # its x kept exactly
    store.set_placement(item, 0.2, 0.9, card_id=a.id)  # someone else moves A: the phone follows
    wait(phone, lambda: (slider("x", a), slider("y", a)) == ("20", "90"))
    shot(phone, "6-matrix-placed")


def test_a_commitment_is_written_seen_and_edited(phone, room, ctx):
    server, w = room
    move_to(ctx.store, w, "actions")
    join(phone, server)
    wait(phone, lambda: el(phone, "action-form").is_displayed())
    el(phone, "a-text").send_keys("Shadow a night shift")
    phone.execute_script("document.getElementById('a-due').value = '2026-12-31'")
    el(phone, "a-measure").send_keys("Notes shared with the team")
    strategies = Select(el(phone, "a-strategy"))
    assert len(strategies.options) == 7  # "Choose…" and the six ways
    strategies.select_by_index(2)
    chosen = strategies.first_selected_option.get_attribute("value")
    el(phone, "a-support").send_keys("A free evening")
    phone.execute_script("document.getElementById('a-checkin').value = '2027-01-15'")
    el(phone, "a-checkin-with").send_keys("Bo")
    shot(phone, "7-commitment")
    el(phone, "action-send").click()
    wait(phone, lambda: text(phone, "status") == "Sent" and phone.find_elements(By.CSS_SELECTOR, "#mine li"))
    [action] = ctx.store.list_actions(w.id)
    assert (action.text, action.due, action.measure, action.strategy, action.support, action.checkin,
            action.checkin_with, action.owners) == ("Shadow a night shift", "2026-12-31",
                                                    "Notes shared with the team", chosen, "A free evening",
                                                    "2027-01-15", "Bo", [w.people[0].id])
    phone.execute_script("window.scrollTo(0, document.body.scrollHeight)")
    shot(phone, "8-commitment-sent")
    phone.find_element(By.CSS_SELECTOR, "#mine li button").click()
    assert el(phone, "a-text").get_attribute("value") == "Shadow a night shift"
    el(phone, "a-measure").clear()
    el(phone, "a-measure").send_keys("Two shifts shadowed")
    el(phone, "action-send").click()
    wait(phone, lambda: ctx.store.list_actions(w.id)[0].measure == "Two shifts shadowed")
    [action] = ctx.store.list_actions(w.id)
    assert (action.text, action.due, action.checkin_with) == ("Shadow a night shift", "2026-12-31", "Bo")


def joined_then_closed(phone, ctx, kind: str) -> tuple:
    """A phone joined as Ana on the item of capture ``kind``, then the room closed: (the workshop,
    the room's port)."""
    w = make_workshop(ctx.store)
    move_to(ctx.store, w, kind)
    server = RoomServer(ctx, w.id, code=CODE)
    server.start("127.0.0.1", 0)
    try:
        join(phone, server)
        wait(phone, lambda: el(phone, FORMS[kind]).is_displayed())
    finally:
        server.stop()
    return w, server.port


@contextmanager
def opened_again(ctx, w, port: int):
    """The room open again on the same port with the same code (the tokens are new)."""
    again = RoomServer(ctx, w.id, code=CODE)
    again.start("127.0.0.1", port)
    try:
        yield again
    finally:
        again.stop()


FORMS = {"cards": "card-form", "actions": "action-form"}


def test_a_card_typed_while_the_room_is_down_is_delivered_once(phone, ctx):
    w, port = joined_then_closed(phone, ctx, "cards")
    el(phone, "card-text").send_keys("Typed in the dark")
    el(phone, "card-send").click()
    wait(phone, lambda: text(phone, "status").startswith("Not sent yet"))
    assert text(phone, "mine") == "Typed in the dark\nnot sent yet"  # kept on the phone, marked
    shot(phone, "9-not-sent")
    assert ctx.store.list_cards(w.id, w.items["cards"].id) == []
    with opened_again(ctx, w, port):
        wait(phone, lambda: mine(phone) == ["Typed in the dark"])
        wait(phone, lambda: text(phone, "status") == "")
        assert phone.execute_script("return localStorage.getItem('room-pending')") == "[]"
        cards = ctx.store.list_cards(w.id, w.items["cards"].id)
        assert [(c.text, c.participant_id) for c in cards] == [("Typed in the dark", w.people[0].id)]


def test_a_card_whose_reply_was_lost_is_sent_again_and_stored_once(phone, room, ctx):
    server, w = room
    move_to(ctx.store, w, "cards")
    join(phone, server)
    # The Wi-Fi drops just after the server stored the first card: its reply never arrives.
    phone.execute_script("""
        const real = window.fetch;
        let lost = false;
        window.fetch = async (url, init) => {
          const response = await real(url, init);
          if (!lost && String(url).endsWith('/api/submit')) { lost = true; throw new TypeError('lost'); }
          return response;
        };""")
    el(phone, "card-text").send_keys("Sent in a dead spot")
    el(phone, "card-send").click()
    wait(phone, lambda: text(phone, "status").startswith("Not sent yet"))
    wait(phone, lambda: phone.execute_script("return localStorage.getItem('room-pending')") == "[]")
    wait(phone, lambda: mine(phone) == ["Sent in a dead spot"])
    cards = ctx.store.list_cards(w.id, w.items["cards"].id)
    assert [(c.text, c.participant_id) for c in cards] == [("Sent in a dead spot", w.people[0].id)]


def test_the_page_speaks_the_workshops_language(phone, room, ctx):
    from dataclasses import replace

    server, w = room
    store = ctx.store
    store.update_workshop(replace(store.get_workshop(w.id), language="de"))
    move_to(store, w, "actions")
    join(phone, server, "Bo")
    wait(phone, lambda: el(phone, "action-form").is_displayed())
    assert phone.find_element(By.TAG_NAME, "html").get_attribute("lang") == "de"
    assert text(phone, "step") == "Schritt 1 von 2: Think"
    assert el(phone, "a-text").accessible_name == "Was nehmen Sie sich vor?"
    assert text(phone, "action-send") == "Senden"
    shot(phone, "10-german")


def test_a_device_without_a_name_is_told_a_rating_needs_one_and_joins_with_it(phone, room, ctx):
    server, w = room
    move_to(ctx.store, w, "rating")
    phone.get(server.url + "#" + server.code)
    wait(phone, lambda: el(phone, "code-next").is_displayed() and text(phone, "code-next"))
    el(phone, "code-next").click()
    wait(phone, lambda: el(phone, "no-name").is_displayed())
    el(phone, "no-name").click()
    wait(phone, lambda: text(phone, "info") == "This activity needs your name: you joined without one.")
    assert not el(phone, "rating-form").is_displayed()
    shot(phone, "11-needs-name")
    el(phone, "with-name").click()
    wait(phone, lambda: el(phone, "join-name").is_displayed())
    next(b for b in phone.find_elements(By.CSS_SELECTOR, "#people button") if b.text == "Bo").click()
    wait(phone, lambda: el(phone, "rating-form").is_displayed())
    assert not el(phone, "with-name").is_displayed()
    # one phone, one device: the console does not count it twice, once "anonymous"
    assert [j["participant"] for j in server.snapshot()["joined"]] == [w.people[1].id]


def test_over_the_local_network_the_page_is_no_secure_context_and_still_sends(phone, ctx):
    """On 127.0.0.1 a browser treats the page as a secure context; a phone reaches the laptop at
    its address on the local network over plain HTTP, where it is not (no randomUUID, no service
    worker...). The room on this machine's network address: a card still goes out once."""
    import ipaddress

    from workshop_app.room.access import lan_address

    address = lan_address()
    if ipaddress.ip_address(address).is_loopback:
        pytest.skip("this machine has no address on a local network")
    w = make_workshop(ctx.store)
    move_to(ctx.store, w, "cards")
    server = RoomServer(ctx, w.id, code=CODE)
    server.start(address, 0)
    try:
        join(phone, server)
        assert phone.execute_script("return window.isSecureContext") is False
        el(phone, "card-text").send_keys("Sent over the venue's Wi-Fi")
        el(phone, "card-send").click()
        wait(phone, lambda: "Sent over the venue's Wi-Fi" in mine(phone))
        assert [c.text for c in ctx.store.list_cards(w.id, w.items["cards"].id)] == [
            "Sent over the venue's Wi-Fi"]
    finally:
        server.stop()


def unnamed_controls(driver) -> list[str]:
    """The visible controls (fields, buttons, sliders, lists) a screen reader could not name:
    their accessible names as chromium computes them (WebDriver's computed label)."""
    found = []
    for control in driver.find_elements(By.CSS_SELECTOR, "input, textarea, select, button"):
        if control.is_displayed() and not (control.accessible_name or "").strip():
            found.append(control.get_attribute("outerHTML")[:120])
    return found


def test_every_control_a_phone_shows_has_a_name_a_screen_reader_reads(phone, room, ctx):
    server, w = room
    store = ctx.store
    move_to(store, w, "cards")
    phone.get(server.url + "#" + server.code)
    wait(phone, lambda: el(phone, "code-next").is_displayed() and text(phone, "code-next"))
    assert unnamed_controls(phone) == []  # the room code and Next
    el(phone, "code-next").click()
    wait(phone, lambda: el(phone, "join-name").is_displayed())
    assert unnamed_controls(phone) == []  # the names
    next(b for b in phone.find_elements(By.CSS_SELECTOR, "#people button") if b.text == "Ana").click()
    forms = {"cards": "card-form", "dot_vote": "vote-form", "rating": "rating-form",
             "matrix": "matrix-form", "actions": "action-form"}
    for kind, form in forms.items():
        move_to(store, w, kind)
        wait(phone, lambda f=form: el(phone, f).is_displayed())
        assert unnamed_controls(phone) == [], kind
    assert phone.find_element(By.ID, "status").get_attribute("role") == "status"  # acknowledgements are read


def pick(driver, name: str) -> None:
    next(b for b in driver.find_elements(By.CSS_SELECTOR, "#people button") if b.text == name).click()


def test_a_message_is_about_the_step_it_was_given_on(phone, room, ctx):
    """In a real room: "The room is closed to new devices." stayed under the form after the
    phone joined, and "Sent" (a card's) stood under the dot vote before any dot was sent."""
    server, w = room
    move_to(ctx.store, w, "cards")
    server.access.locked = True
    phone.get(server.url + "#" + server.code)
    wait(phone, lambda: el(phone, "code-next").is_displayed() and text(phone, "code-next"))
    el(phone, "code-next").click()
    wait(phone, lambda: el(phone, "join-name").is_displayed())
    pick(phone, "Ana")
    wait(phone, lambda: text(phone, "status") == "The room is closed to new devices.")
    server.access.locked = False  # the facilitator lets the late phone in
    pick(phone, "Ana")
    wait(phone, lambda: el(phone, "card-form").is_displayed())
    assert text(phone, "status") == ""
    el(phone, "card-text").send_keys("Handover notes get lost")
    el(phone, "card-send").click()
    wait(phone, lambda: text(phone, "status") == "Sent")
    move_to(ctx.store, w, "dot_vote")
    wait(phone, lambda: text(phone, "item") == "Item dot_vote")
    assert text(phone, "status") == ""
    shot(phone, "12-new-step-no-old-message")


def test_a_phone_the_facilitator_removed_does_not_join_again_by_itself(phone, room, ctx):
    """"Remove device" in the console: the page joined again by itself at its next poll (as
    after a closed room), so the device was back within 3 seconds unless the room was locked."""
    server, w = room
    move_to(ctx.store, w, "cards")
    join(phone, server)
    number = server.snapshot()["joined"][0]["number"]
    server.access.remove_device(number)
    wait(phone, lambda: el(phone, "join-code").is_displayed())
    assert "removed this phone" in text(phone, "status")
    assert server.snapshot()["devices"] == 0
    shot(phone, "13-removed")
    el(phone, "code-next").click()  # the participant joins again on purpose: the code is still there
    wait(phone, lambda: el(phone, "join-name").is_displayed())
    pick(phone, "Ana")
    wait(phone, lambda: el(phone, "card-form").is_displayed())
    assert server.snapshot()["devices"] == 1


def test_a_commitment_typed_while_the_room_is_down_stays_in_sight_and_is_delivered_once(phone, ctx):
    """The Wi-Fi dropped as a participant sent a commitment: the form emptied and the commitment
    was nowhere on the phone (only "Not sent yet" at the bottom), so they typed it again."""
    w, port = joined_then_closed(phone, ctx, "actions")
    el(phone, "a-text").send_keys("Shadow a night shift")
    el(phone, "action-send").click()
    wait(phone, lambda: text(phone, "status").startswith("Not sent yet"))
    assert mine(phone) == ["Shadow a night shift\nnot sent yet"]  # kept on the phone, marked
    with opened_again(ctx, w, port):
        wait(phone, lambda: mine(phone) == ["Shadow a night shift\nChange"])
        assert [a.text for a in ctx.store.list_actions(w.id)] == ["Shadow a night shift"]


def test_a_phone_that_sent_nothing_is_not_told_something_waits_to_be_sent(phone, ctx):
    """The room closed (the workshop ended): every phone said "Not sent yet: it will be sent when
    the connection is back.", also those that had sent everything."""
    w, port = joined_then_closed(phone, ctx, "cards")
    wait(phone, lambda: text(phone, "status") != "")
    assert text(phone, "status") == "The room cannot be reached right now: trying again…"
    shot(phone, "14-out-of-reach")
    with opened_again(ctx, w, port):
        wait(phone, lambda: text(phone, "status") == "")
