"""Capture logic shared by the run console and the projector (no Qt).

Checks on what the facilitator enters (tallies are model.results'),
starting cards for an exercise, copying and merging cards,
and the results the projector may show once the facilitator reveals them
(never a card waiting to be revealed or hidden: ``Card.for_the_room``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from workshop_app.errors import UserError
from workshop_app.formats import typed_date
from workshop_app.i18n import in_language, interface_language, translate
from workshop_app.model import (
    MAX_DOTS,
    AgendaItem,
    Capture,
    Card,
    Cluster,
    Exercise,
    Participant,
    Vote,
)
from workshop_app.model.pack import snapshot_exercise, whole
from workshop_app.model.results import (
    RatingSummary,
    matrix_quadrants,
    rating_scale,
    rating_summaries,
    vote_ranking,
)
from workshop_app.model.workshop import present


@dataclass(frozen=True)
class ResultBar:
    label: str
    value: int


@dataclass(frozen=True)
class ResultGroup:
    title: str
    lines: tuple[str, ...]
    #: For each line: whether the room chose it (a matrix's quick wins and big bets); () for none.
    chosen: tuple[bool, ...] = ()

    def is_chosen(self, n: int) -> bool:
        return n < len(self.chosen) and self.chosen[n]


@dataclass(frozen=True)
class MatrixNote:
    """A card or action placed on a 2x2 matrix, as the room sees it: its text (never who wrote
    or owns it), where it sits (x, y from 0 to 1, y up) and whether the room chose it."""

    text: str
    x: float
    y: float
    chosen: bool = False


@dataclass(frozen=True)
class MatrixAxes:
    """A matrix's two axes: each one's name and its low and high ends (empty when not named)."""

    x_label: str = ""
    x_low: str = ""
    x_high: str = ""
    y_label: str = ""
    y_low: str = ""
    y_high: str = ""


@dataclass(frozen=True)
class ProjectorResults:
    """Results the facilitator revealed; which of the fields is filled depends on ``kind``."""

    kind: str  # "votes" | "ratings" | "groups" | "matrix"
    title: str = ""
    bars: tuple[ResultBar, ...] = ()
    spreads: tuple[RatingSummary, ...] = ()
    scale_min: int = 1
    scale_max: int = 5
    #: Cards in groups; for a matrix its four quadrants (top-left, top-right, bottom-left,
    #: bottom-right) with what was placed in each.
    groups: tuple[ResultGroup, ...] = ()
    axes: MatrixAxes | None = None  #: a matrix's axes
    notes: tuple[MatrixNote, ...] = ()  #: a matrix's placed cards and actions
    language: str = "en"  #: the workshop's language: its words and numbers on the projector


class CaptureInputError(UserError):
    """What the facilitator entered cannot be kept (over the vote limit, a bad date...)."""


# -- dot votes ------------------------------------------------------------------------------


#: What marks an option or a note the room chose, on the console's and the projector's results.
CHOSEN_MARK = "\u2713"


def result_bars(cards: list[Card], votes: list[Vote]) -> tuple[ResultBar, ...]:
    """The options as the charts show them: in the one ranking (model.results.vote_ranking), a
    chosen one's label after :data:`CHOSEN_MARK`."""
    return tuple(ResultBar(f"{CHOSEN_MARK} {r.card.text}" if r.card.chosen else r.card.text, r.dots)
                 for r in vote_ranking(cards, votes))


# -- who is offered for new input -----------------------------------------------------------------
def offered(participants: Iterable[Participant]) -> list[Participant]:
    """The people offered for new input (card author, action owner): everyone not marked absent."""
    return present(participants)


def grid_people(participants: Iterable[Participant], having: Iterable[int | None]) -> list[Participant]:
    """The people of a rating or dot-vote grid: everyone present, and someone absent only where
    they already gave something here (their values stay shown, read-only, and still count)."""
    have = set(having)
    return [p for p in participants if not p.absent or p.id in have]


def answered_anonymously(item: AgendaItem | None) -> bool:
    """Whether cards sent from phones for ``item`` are stored with no author: the facilitator's
    choice for the item (``AgendaItem.anonymous``) when made, else its exercise's default
    (``Capture.anonymous``); named for none, a break or a free item. The one place that decides."""
    if item is None:
        return False
    if item.anonymous is not None:
        return item.anonymous
    exercise = snapshot_exercise(item.exercise)
    return exercise is not None and exercise.capture.anonymous


def vote_limit(cap: Capture) -> int | None:
    """Dots each participant may give (at most MAX_DOTS); None when the snapshot names no usable limit."""
    limit = whole(cap.votes_per_participant, 0)
    return min(limit, MAX_DOTS) if limit > 0 else None


def votes_used(votes: list[Vote], participant_id: int, except_card: int | None = None) -> int:
    return sum(v.count for v in votes
               if v.participant_id == participant_id and v.card_id != except_card)


def check_vote(limit: int | None, votes: list[Vote], participant: Participant | None,
               card_id: int, count: int) -> None:
    """Raise CaptureInputError if giving ``count`` dots to the card breaks the per-person limit."""
    if count < 0:
        raise CaptureInputError(translate("Capture", "A number of dots cannot be negative."))
    if count > MAX_DOTS:
        raise CaptureInputError(translate("Capture", "An option can get at most {max} dots at once.")
                                .format(max=MAX_DOTS))
    if participant is None or not limit:
        return
    other = votes_used(votes, participant.id, except_card=card_id)
    if other + count > limit:
        raise CaptureInputError(translate(
            "Capture", "{name} has {limit} dots in all and has already given {used} elsewhere.")
            .format(name=participant.name, limit=limit, used=other))


# -- ratings --------------------------------------------------------------------------------
def check_rating(value: int, scale_min: int, scale_max: int) -> None:
    if not scale_min <= value <= scale_max:
        raise CaptureInputError(translate("Capture",
                                          "A rating runs from {low} to {high}; {value} is outside.")
                                .format(low=scale_min, high=scale_max, value=value))


# -- dates on action items ------------------------------------------------------------------
def parse_date(text: str, field_name: str) -> str:
    """An optional date typed as YYYY-MM-DD or in the interface language's numeric form
    (``20.12.2026`` in German): returns it as YYYY-MM-DD, or raises naming the field."""
    text = text.strip()
    if not text:
        return ""
    found = typed_date(text, interface_language())
    if found is None:
        raise CaptureInputError(translate("Capture", "{field}: “{text}” is not a date like 2026-03-31.")
                                .format(field=field_name, text=text))
    return found


# -- cards ----------------------------------------------------------------------------------
def seed_cards(store, workshop_id: int, item: AgendaItem, exercise: Exercise | None) -> list[Card]:
    """Add the exercise's starting options as cards, once (only while the item has no cards)."""
    if exercise is None or not exercise.capture.options or item.id is None:
        return []
    if store.list_cards(workshop_id, item.id):
        return []
    return [store.add_card(Card(text=text, workshop_id=workshop_id, agenda_item_id=item.id))
            for text in exercise.capture.options if text.strip()]


def copy_cards(store, workshop_id: int, from_item_id: int, to_item_id: int,
               only_chosen: bool = False) -> list[Card]:
    """Copy another item's cards (text and attribution) here, skipping texts already here and
    cards the room has not seen (held or hidden: an option is shown to the room); with
    ``only_chosen`` only those the room chose (copied unchosen: here the room chooses anew)."""
    have = {c.text.strip().casefold() for c in store.list_cards(workshop_id, to_item_id)}
    copied = []
    for card in store.list_cards(workshop_id, from_item_id):
        key = card.text.strip().casefold()
        if key in have or (only_chosen and not card.chosen) or not card.for_the_room:
            continue
        have.add(key)
        copied.append(store.add_card(Card(text=card.text, workshop_id=workshop_id,
                                          agenda_item_id=to_item_id,
                                          participant_id=card.participant_id)))
    return copied


#: Between the texts of merged cards.
MERGE_SEPARATOR = " / "


def merged_card(cards: list[Card]) -> Card:
    """The card that ``cards`` (two or more, the first kept) become when merged: every text
    (one of each, ignoring case and outer spaces) joined in order, the author only when all share
    it, the first card's cluster and place, chosen if any was. It reaches the room only when each
    part could: held if any part waits to be revealed, hidden if any part is hidden."""
    texts: dict[str, str] = {}
    for card in cards:
        texts.setdefault(card.text.strip().casefold(), card.text.strip())
    authors = {c.participant_id for c in cards}
    return replace(cards[0], text=MERGE_SEPARATOR.join(texts.values()),
                   participant_id=authors.pop() if len(authors) == 1 else None,
                   chosen=any(c.chosen for c in cards), held=any(c.held for c in cards),
                   hidden=any(c.hidden for c in cards))


def chosen_options_source(store, workshop_id: int, agenda: list[AgendaItem],
                          item_id: int) -> AgendaItem | None:
    """The nearest dot vote before the item ``item_id`` in ``agenda`` whose room chose options
    (the candidates a 2x2 can take instead of having them typed again); None when there is none."""
    ids = [item.id for item in agenda]
    before = agenda[:ids.index(item_id)] if item_id in ids else []
    for item in reversed(before):
        exercise = snapshot_exercise(item.exercise)
        if (exercise is not None and exercise.capture.type == "dot_vote"
                and any(c.chosen for c in store.list_cards(workshop_id, item.id))):
            return item
    return None


# -- what the projector may show ------------------------------------------------------------
def _card_line(card: Card, names: dict[int, str], attribution: bool) -> str:
    if attribution and card.participant_id in names:
        return f"{card.text} ({names[card.participant_id]})"
    return card.text


def public_results(store, workshop_id: int, item: AgendaItem | None, exercise: Exercise | None,
                   attribution: bool = False) -> ProjectorResults | None:
    """What :func:`_public_results` shows, its titles in the workshop's language (the room's)."""
    language = store.get_workshop(workshop_id).language
    with in_language(language):
        results = _public_results(store, workshop_id, item, exercise, attribution)
    return None if results is None else replace(results, language=language)


def _public_results(store, workshop_id: int, item: AgendaItem | None, exercise: Exercise | None,
                    attribution: bool = False) -> ProjectorResults | None:
    """The results of this item the room may see once revealed; None when there is nothing to show.

    Only card texts, cluster names, criteria and counts: never notes, actions
    or who wrote a card (unless ``attribution`` is on).
    """
    if item is None or item.id is None or exercise is None:
        return None
    kind = exercise.capture.type
    cap = exercise.capture
    if kind == "dot_vote":
        bars = result_bars(store.list_cards(workshop_id, item.id), store.list_votes(workshop_id, item.id))
        return ProjectorResults("votes", translate("Capture", "Dot vote results"), bars=bars)
    if kind == "rating":
        low, high = rating_scale(cap)
        spreads = rating_summaries(store.list_ratings(workshop_id, item.id), cap.criteria, (low, high))
        return ProjectorResults("ratings", translate("Capture", "How the room rated"), spreads=tuple(spreads),
                                scale_min=low, scale_max=high)
    if kind == "cards":
        return _card_groups(store, workshop_id, item.id, attribution)
    if kind == "matrix":
        return _quadrants(store, workshop_id, item.id, exercise)
    return None


def _card_groups(store, workshop_id: int, item_id: int, attribution: bool) -> ProjectorResults:
    names = {p.id: p.name for p in store.list_participants(workshop_id)} if attribution else {}
    cards = [c for c in store.list_cards(workshop_id, item_id) if c.for_the_room]
    clusters: list[Cluster] = store.list_clusters(workshop_id, item_id)
    groups = []
    for cluster in clusters:
        lines = tuple(_card_line(c, names, attribution) for c in cards if c.cluster_id == cluster.id)
        groups.append(ResultGroup(cluster.name, lines))
    known = {c.id for c in clusters}
    loose = tuple(_card_line(c, names, attribution) for c in cards if c.cluster_id not in known)
    if loose:
        groups.append(ResultGroup(translate("Capture", "Not grouped") if clusters else "", loose))
    return ProjectorResults("groups", translate("Capture", "Cards"), groups=tuple(groups))


def _quadrants(store, workshop_id: int, item_id: int, exercise: Exercise) -> ProjectorResults:
    """The matrix as the room sees it: its axes, each placed card's or action's text where it was
    placed and whether it was chosen (a personal commitment's text, typed in the room, without
    its owner), and the quadrants with what is in each."""
    placements = store.list_placements(workshop_id, item_id)
    cards, actions = store.list_cards(workshop_id), store.list_actions(workshop_id)
    quadrants = matrix_quadrants(exercise.capture, placements, cards, actions)
    groups = tuple(ResultGroup(q.title, q.texts, q.chosen) for q in quadrants)
    card_texts = {c.id: c.text for c in cards}
    action_texts = {a.id: a.text for a in actions}
    notes = []
    for p in placements:
        text = card_texts.get(p.card_id) if p.card_id is not None else action_texts.get(p.action_id)
        if text is not None:
            notes.append(MatrixNote(text, p.x, p.y, p.chosen))
    return ProjectorResults("matrix", translate("Capture", "The matrix"), groups=groups,
                            axes=matrix_axes(exercise.capture), notes=tuple(notes))


def matrix_axes(cap: Capture | None) -> MatrixAxes:
    """A matrix capture's axes (names and ends; empty where the pack names none)."""
    x, y = (cap.x_axis, cap.y_axis) if cap is not None else (None, None)
    return MatrixAxes(x.label if x else "", x.low if x else "", x.high if x else "",
                      y.label if y else "", y.low if y else "", y.high if y else "")
