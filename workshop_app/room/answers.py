"""What a phone may see of the run and what it may send, read and stored through the Store the
console uses (no Qt, no HTTP: server.py calls these on a worker thread).

Every function takes the JSON a phone sent (already parsed) and either returns JSON-safe data
or raises :class:`RoomError` naming the field at fault. Only the current item of the run (as
stored in the database) takes answers; a phone never sees facilitator notes, private notes,
who wrote a card or another participant's answers.
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterable
from dataclasses import asdict, dataclass, replace
from typing import Any

from workshop_app.errors import UserError
from workshop_app.i18n import in_language, translate
from workshop_app.model import ActionItem, AgendaItem, Card
from workshop_app.model.markdown import to_plain
from workshop_app.model.results import rating_scale
from workshop_app.model.strategies import STRATEGIES
from workshop_app.services.capture import (
    CaptureInputError,
    answered_anonymously,
    check_rating,
    check_vote,
    offered,
    parse_date,
    vote_limit,
)
from workshop_app.services.run_session import RunSession

# The longest text a phone may send in one field (a card, a commitment's measure...).
MAX_TEXT = 1000
# What each capture type takes from a phone.
KINDS_BY_CAPTURE = {"cards": "card", "dot_vote": "vote", "rating": "rating", "matrix": "placement",
                    "actions": "action"}
# Kinds that need a participant (a device that joined with a name).
NAMED_KINDS = frozenset({"vote", "rating", "action"})
ACTION_FIELDS = ("due", "measure", "strategy", "support", "checkin", "checkin_with")


class RoomError(UserError):
    """A request the room refuses: its HTTP status and the field at fault ("" for none)."""

    def __init__(self, message: str, status: int = 400, field_name: str = "", **extra):
        super().__init__(message)
        self.status = status
        self.field = field_name
        self.extra = extra  # more keys of the JSON answer


@dataclass
class RoomPolicy:
    """Whether a phone's card is stored with no author (no link between it and a person or
    device): for every activity when the room was opened so (``all_anonymous``: ``workshop-app
    room --anonymous``), else as each agenda item says (the facilitator's choice, else its
    exercise's default: :func:`~workshop_app.services.capture.answered_anonymously`), read from
    the database at each request (:meth:`reading`), so a change in the console applies at once.
    Dots, ratings and commitments always keep their name."""

    all_anonymous: bool = False
    #: The agenda as this request read it from the database (see :meth:`reading`).
    agenda: tuple[AgendaItem, ...] = ()

    def reading(self, agenda: Iterable[AgendaItem]) -> RoomPolicy:
        """This policy over the agenda as just read (one request's view of the choices)."""
        return replace(self, agenda=tuple(agenda))

    def anonymous(self, item_id: int | None) -> bool:
        return self.all_anonymous or answered_anonymously(
            next((item for item in self.agenda if item.id == item_id), None))


# -- checking what a phone sent ------------------------------------------------------------------
def need_object(body: Any) -> dict:
    if not isinstance(body, dict):
        raise RoomError(translate("Room", "The request body must be a JSON object."))
    return body


def text_field(body: dict, name: str, required: bool = True, max_length: int = MAX_TEXT) -> str:
    value = body.get(name, None if required else "")
    if value is None and not required:
        value = ""
    if not isinstance(value, str):
        raise RoomError(translate("Room", "{field} must be text.").format(field=name), field_name=name)
    value = value.strip()
    if required and not value:
        raise RoomError(translate("Room", "{field} must not be empty.").format(field=name), field_name=name)
    if len(value) > max_length:
        raise RoomError(translate("Room", "{field} is longer than {max} characters.")
                        .format(field=name, max=max_length), field_name=name)
    return value


def int_field(body: dict, name: str, required: bool = True) -> int | None:
    value = body.get(name)
    if value is None and not required:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or abs(value) > 2**31:
        raise RoomError(translate("Room", "{field} must be a whole number.").format(field=name),
                        field_name=name)
    return value


def unit_field(body: dict, name: str) -> float:
    value = body.get(name)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) \
            or not 0.0 <= value <= 1.0:
        raise RoomError(translate("Room", "{field} must be a number from 0 to 1.").format(field=name),
                        field_name=name)
    return float(value)


# -- each answer stored once -------------------------------------------------------------------
# The longest answer id a phone may send.
MAX_ANSWER_ID = 64


def answer_id_field(body: dict) -> str | None:
    """The phone's own id of an answer (``"answer_id"``), or None when it sent none."""
    if "answer_id" not in body:
        return None
    return text_field(body, "answer_id", max_length=MAX_ANSWER_ID)


def submit_once(ctx, workshop_id: int, participant_id: int | None, policy: RoomPolicy, body: Any,
                answer_id: str | None, session: RunSession | None = None) -> tuple[dict, bool]:
    """:func:`submit` once per ``answer_id``: what was stored, and whether it was stored before
    (the phone sent it again after a lost reply, maybe after the room was closed and opened
    again or the app restarted: the same reply, nothing stored twice). The reply is kept in
    the database with the id, in the answer's own transaction; nothing there names a device
    or a person. Without an id, every call stores."""
    if answer_id is None:
        return submit(ctx, workshop_id, participant_id, policy, body, session), False
    return ctx.store.answer_once(workshop_id, answer_id,
                                 lambda: submit(ctx, workshop_id, participant_id, policy, body, session))


#: One answer a phone sent: (its participant or None, the JSON body, its answer id or None).
Answer = tuple[int | None, Any, str | None]


def submit_all(ctx, workshop_id: int, policy: RoomPolicy,
               answers: list[Answer]) -> list[tuple[dict, bool] | Exception]:
    """:func:`submit_once` for each of the answers phones sent at about the same time, in order,
    with one reading of where the run stands and ONE commit for all (a room of phones answering
    at once waits for one disk write, not sixty). Each answer is a savepoint of its own: one
    refused (or a bug) undoes only its own writes and comes back as its exception; the others
    are stored. When the commit itself fails (the disk is full) it raises, and none was stored."""
    found: list[tuple[dict, bool] | Exception] = []
    store = ctx.store

    def each() -> None:
        session = _session(ctx, workshop_id)
        for participant_id, body, answer_id in answers:
            try:
                found.append(store.together(lambda p=participant_id, b=body, a=answer_id: submit_once(
                    ctx, workshop_id, p, policy, b, a, session)))
            except Exception as exc:  # noqa: BLE001 - each answer's own refusal or bug, reported to it
                found.append(exc)

    store.together(each)
    return found


# -- where the run stands ------------------------------------------------------------------------
def _session(ctx, workshop_id: int) -> RunSession:
    return RunSession(ctx, workshop_id, clock=time.monotonic)


def _options(store, session: RunSession) -> list[dict]:
    """The options a phone may vote for or place: those the room may see (never a hidden card)."""
    return [{"id": c.id, "text": c.text} for c in _room_cards(store, session.workshop_id, session.item.id)]


def _room_cards(store, workshop_id: int, item_id: int) -> list[Card]:
    return [c for c in store.list_cards(workshop_id, item_id) if c.for_the_room]


def _placed_options(store, session: RunSession) -> list[dict]:
    """A 2x2's candidates with where each is now (``x``, ``y``; None: not placed yet): the
    room's shared places, as the projector shows them (no author)."""
    places = {p.card_id: p for p in store.list_placements(session.workshop_id, session.item.id)
              if p.card_id is not None}
    found = []
    for option in _options(store, session):
        place = places.get(option["id"])
        found.append({**option, "x": place.x if place else None, "y": place.y if place else None})
    return found


def may_send(session: RunSession, participant_id: int | None, store) -> list[str]:
    """The kinds this device may send now (none before an exercise, after the run ended)."""
    kind = KINDS_BY_CAPTURE.get(session.capture_type)
    item = session.item
    if kind is None or item is None or session.ended:
        return []
    if kind in NAMED_KINDS and participant_id is None:
        return []
    if kind == "vote" and store.votes_counted(item.id):
        return []  # the facilitator counts the dots on the wall
    return [kind]


def participants(ctx, workshop_id: int) -> dict:
    """The names a phone may join as (the participants not marked absent), in the room's language."""
    store = ctx.store
    workshop = store.get_workshop(workshop_id)
    people = [{"id": p.id, "name": p.name} for p in offered(store.list_participants(workshop_id))]
    return {"workshop": workshop.title, "language": workshop.language, "participants": people}


def activity(ctx, workshop_id: int, participant_id: int | None, policy: RoomPolicy) -> dict:
    """What the phone shows now: the current item, step and prompt, the capture type and what
    this device may send (never notes, never who wrote what)."""
    store = ctx.store
    session = _session(ctx, workshop_id)
    policy = policy.reading(session.agenda)
    item, exercise = session.item, session.exercise
    with in_language(session.workshop.language):
        found: dict[str, Any] = {
            "workshop": session.workshop.title, "language": session.workshop.language,
            "started": session.started, "ended": session.ended, "item": None, "step": None,
            "capture": session.capture_type, "anonymous": policy.anonymous(item.id if item else None),
            "may_send": may_send(session, participant_id, store),
        }
        if item is None:
            return found
        step = session.step
        found["item"] = {"id": item.id, "title": item.title}
        found["step"] = {"index": session.step_index, "count": len(session.steps), "title": step.title,
                         "prompt": to_plain(step.prompt)}  # the page shows text, not Markdown
        cap = exercise.capture if exercise is not None else None
        if session.capture_type == "dot_vote":
            found["options"] = _options(store, session)
            found["dots"] = vote_limit(cap)
        elif session.capture_type == "rating":
            low, high = rating_scale(cap)
            found["criteria"] = list(cap.criteria)
            found["scale"] = {"min": low, "max": high}
        elif session.capture_type == "matrix":
            found["options"] = _placed_options(store, session)
            found["axes"] = {name: {"label": a.label, "low": a.low, "high": a.high} if a else None
                             for name, a in (("x", cap.x_axis), ("y", cap.y_axis))}
        elif session.capture_type == "actions":
            found["strategies"] = [{"id": s.id, "title": translate("Strategies", s.title)}
                                   for s in STRATEGIES]
        return found


# -- storing what a phone sent -------------------------------------------------------------------
def submit(ctx, workshop_id: int, participant_id: int | None, policy: RoomPolicy, body: Any,
           session: RunSession | None = None) -> dict:
    """Store one answer for the current item; returns what was stored (committed when this call
    returns, or with the caller's transaction: :func:`submit_all`). ``session``: where the run
    stands, when the caller has just read it."""
    body = need_object(body)
    store = ctx.store
    session = session if session is not None else _session(ctx, workshop_id)
    policy = policy.reading(session.agenda)
    with in_language(session.workshop.language):
        kind = body.get("kind")
        if kind not in KINDS_BY_CAPTURE.values():
            raise RoomError(translate("Room", "kind must be one of: {kinds}.")
                            .format(kinds=", ".join(KINDS_BY_CAPTURE.values())), field_name="kind")
        item = session.item
        if "item" in body and int_field(body, "item") != (item.id if item else None):
            raise RoomError(translate("Room", "The facilitator has moved on: this item no longer takes "
                                              "answers."), status=409, field_name="item")
        if kind not in may_send(session, participant_id, store):
            if kind in NAMED_KINDS and participant_id is None:
                raise RoomError(translate("Room", "Join with your name to send this."), status=403,
                                field_name="kind")
            raise RoomError(translate("Room", "The current activity does not take a {kind}.")
                            .format(kind=kind), status=409, field_name="kind")
        try:
            return _store(store, session, participant_id, policy, kind, body)
        except RoomError:
            raise
        except CaptureInputError as exc:
            raise RoomError(str(exc), field_name=getattr(exc, "field", "")) from exc


def _store(store, session: RunSession, participant_id: int | None, policy: RoomPolicy, kind: str,
           body: dict) -> dict:
    wid, item = session.workshop_id, session.item
    if kind == "card":
        author = None if policy.anonymous(item.id) else participant_id
        # held: it waits in the console until the facilitator reveals it (never on the projector before)
        card = store.add_card(Card(text=text_field(body, "text"), workshop_id=wid, agenda_item_id=item.id,
                                   participant_id=author, held=True))
        return {"kind": "card", "id": card.id, "text": card.text}
    if kind in ("vote", "placement"):
        card_id = int_field(body, "card")
        if card_id not in {c.id for c in _room_cards(store, wid, item.id)}:
            raise RoomError(translate("Room", "card is not an option of this activity."), field_name="card")
    if kind == "vote":
        dots = int_field(body, "dots")
        person = store.get_participant(participant_id)
        try:
            check_vote(vote_limit(session.exercise.capture), store.list_votes(wid, item.id), person,
                       card_id, dots)
        except CaptureInputError as exc:
            raise RoomError(str(exc), field_name="dots") from exc
        store.set_votes(item.id, card_id, participant_id, dots)
        return {"kind": "vote", "card": card_id, "dots": dots}
    if kind == "placement":
        x, y = unit_field(body, "x"), unit_field(body, "y")
        placement = store.set_placement(item.id, x, y, card_id=card_id)
        return {"kind": "placement", "card": card_id, "x": placement.x, "y": placement.y}
    if kind == "rating":
        cap = session.exercise.capture
        criterion = text_field(body, "criterion")
        if criterion not in cap.criteria:
            raise RoomError(translate("Room", "criterion is not one of this activity's criteria."),
                            field_name="criterion")
        value = int_field(body, "value")
        try:
            check_rating(value, *rating_scale(cap))
        except CaptureInputError as exc:
            raise RoomError(str(exc), field_name="value") from exc
        store.set_rating(item.id, participant_id, criterion, value)
        return {"kind": "rating", "criterion": criterion, "value": value}
    return _store_action(store, session, participant_id, body)


def _store_action(store, session: RunSession, participant_id: int, body: dict) -> dict:
    values = {name: text_field(body, name, required=False) for name in ACTION_FIELDS}
    for name in ("due", "checkin"):
        try:
            values[name] = parse_date(values[name], name)
        except CaptureInputError as exc:
            raise RoomError(str(exc), field_name=name) from exc
    if values["strategy"] and values["strategy"] not in {s.id for s in STRATEGIES}:
        raise RoomError(translate("Room", "strategy is not one of the six ways."), field_name="strategy")
    text = text_field(body, "text")
    action_id = int_field(body, "id", required=False)
    if action_id is None:
        action = store.add_action(ActionItem(text=text, workshop_id=session.workshop_id,
                                             agenda_item_id=session.item.id, owners=[participant_id],
                                             **values))
    else:
        own = {a.id: a for a in store.list_actions(session.workshop_id) if participant_id in a.owners}
        if action_id not in own:
            raise RoomError(translate("Room", "id is not one of your commitments."), status=403,
                            field_name="id")
        action = store.update_action(ActionItem(**{**_action_json(own[action_id], full=True),
                                                   "text": text, **values}))
    return {"kind": "action", **_action_json(action)}


def _action_json(action: ActionItem, full: bool = False) -> dict:
    found = asdict(action)
    return found if full else {k: found[k] for k in ("id", "text", *ACTION_FIELDS)}


def mine(ctx, workshop_id: int, participant_id: int | None) -> dict:
    """This participant's own submissions in the workshop (nothing for a device without a name:
    an anonymous card is linked to no one)."""
    store = ctx.store
    if participant_id is None:
        return {"cards": [], "votes": [], "ratings": [], "actions": []}
    cards = [{"id": c.id, "item": c.agenda_item_id, "text": c.text}
             for c in store.list_cards(workshop_id) if c.participant_id == participant_id]
    votes = [{"item": v.agenda_item_id, "card": v.card_id, "dots": v.count}
             for v in store.list_votes(workshop_id) if v.participant_id == participant_id]
    ratings = [{"item": r.agenda_item_id, "criterion": r.criterion, "value": r.value}
               for r in store.list_ratings(workshop_id) if r.participant_id == participant_id]
    actions = [_action_json(a) for a in store.list_actions(workshop_id) if participant_id in a.owners]
    return {"cards": cards, "votes": votes, "ratings": ratings, "actions": actions}


def page_texts(ctx, workshop_id: int) -> dict:
    """The join page's words in the workshop's language (nothing else: no title, no names)."""
    language = ctx.store.get_workshop(workshop_id).language
    with in_language(language):
        return {"language": language, "texts": {
            "code": translate("RoomPage", "Room code"),
            "next": translate("RoomPage", "Next"),
            "who": translate("RoomPage", "Who are you?"),
            "no_name": translate("RoomPage", "Join without a name"),
            "waiting": translate("RoomPage", "Waiting for the facilitator…"),
            "card": translate("RoomPage", "Your card"),
            "send": translate("RoomPage", "Send"),
            "sent": translate("RoomPage", "Sent"),
            "pending": translate("RoomPage", "Not sent yet: it will be sent when the connection is back."),
            "offline": translate("RoomPage", "The room cannot be reached right now: trying again…"),
            "not_here": translate("RoomPage", "Nothing to answer on the phone now: answer aloud or "
                                              "on paper."),
            "anonymous": translate("RoomPage", "Your cards here are anonymous: they are stored without "
                                               "your name, and nobody can tell who wrote them."),
            "named_here": translate("RoomPage", "Only cards can be anonymous: what you send here is "
                                                "stored with your name."),
            "mine": translate("RoomPage", "Your cards"),
            "page_title": translate("RoomPage", "The room"),
            "ended": translate("RoomPage", "The workshop has ended. Thank you!"),
            "step_of": translate("RoomPage", "Step {index} of {count}: {title}"),
            "choose": translate("RoomPage", "Choose…"),
            "vote_help": translate("RoomPage", "Give your dots to the options you prefer."),
            "dots_left": translate("RoomPage", "Dots left: {left} of {total}"),
            "send_votes": translate("RoomPage", "Send my dots"),
            "rating_help": translate("RoomPage", "Rate each criterion from {min} (lowest) to {max} "
                                                 "(highest)."),
            "send_ratings": translate("RoomPage", "Send my ratings"),
            "send_places": translate("RoomPage", "Send the places"),
            "not_placed": translate("RoomPage", "Not placed yet: move a slider to place it."),
            "across": translate("RoomPage", "Across"),
            "up": translate("RoomPage", "Up"),
            "low": translate("RoomPage", "low"),
            "high": translate("RoomPage", "high"),
            "a_new": translate("RoomPage", "New commitment"),
            "a_editing": translate("RoomPage", "Change your commitment"),
            "a_text": translate("RoomPage", "What will you do?"),
            "a_due": translate("RoomPage", "By when?"),
            "a_measure": translate("RoomPage", "How will you know it is done?"),
            "a_strategy": translate("RoomPage", "Which of the six ways?"),
            "a_support": translate("RoomPage", "What support do you need?"),
            "a_checkin": translate("RoomPage", "Check-in date"),
            "a_checkin_with": translate("RoomPage", "Check in with whom?"),
            "a_save": translate("RoomPage", "Save the changes"),
            "a_edit": translate("RoomPage", "Change"),
            "a_mine": translate("RoomPage", "Your commitments"),
            "unsent": translate("RoomPage", "not sent yet"),
            "need_name": translate("RoomPage", "This activity needs your name: you joined without one."),
            "with_name": translate("RoomPage", "Join with my name"),
        }}
