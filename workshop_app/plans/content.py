"""What each document may show: the one place that picks data for participants.

Only participants not marked absent get a plan (:func:`plan_participants`).
A participant's plan shows only

* their own commitments: ``data.actions_for(participant.id)``, except the
  ones marked dropped, with the names of the other owners of a shared one
  (:func:`shared_with`, absent owners too);
* the group's priorities: of every agenda item whose exercise snapshot feeds
  ``priorities``, only the options the room chose (``Card.chosen``), with their
  dots and rank; an item with no chosen option prints no priorities;
* the shared outcomes of every agenda item whose exercise feeds
  ``shared_outcomes``: its actions that have no owner (a personal
  commitment belongs in its owner's plan only), its cards by cluster (card
  text, never who wrote it; never a card the room has not seen: one from a
  phone not yet revealed, or one the facilitator hid) and its notes that are
  not private. On a 2x2
  matrix only what the room chose (``Placement.chosen``: its quick wins and big
  bets) prints, by quadrant: chosen cards and chosen actions without an owner
  (never one of someone's commitments, nor a dropped one); what was placed and
  not chosen does not, and an action placed there prints only as chosen (one
  never placed prints as on any item).

Results are printed as agreed only when they agree (:func:`apart_items`): two
runs of the same exercise that chose differently are marked ``agreed=False``
and printed each under its own title, beneath a neutral heading.

* the participant's own ratings (:func:`my_ratings`): their value for each
  criterion beside the room's mean, never another participant's value.

* the workshop's notes that belong to no agenda item and are not private
  (:func:`follow_up_notes`: such as when the follow-up session is).

Never another person's commitments, never a private note, never an exercise's
facilitator notes: those belong in the facilitator report and run sheet.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from workshop_app.model.pack import snapshot_exercise
from workshop_app.model.results import (
    OwnRating,
    Quadrant,
    Ranked,
    item_ranking,
    matrix_quadrants,
    own_ratings,
    scale_of,
)
from workshop_app.model.workshop import ActionItem, AgendaItem, Card, Participant, WorkshopData, present
from workshop_app.plans.labels import participant_name

TOP_PRIORITIES = 10


def feeds_of(item: AgendaItem) -> str:
    snapshot = item.exercise or {}
    return str(snapshot.get("feeds") or "none") if isinstance(snapshot, dict) else "none"


def plan_participants(data: WorkshopData) -> list[Participant]:
    """Who gets a printed plan, in participant order: everyone not marked absent (an absent
    person's votes still count in the group's priorities)."""
    return present(data.participants)


def commitments(data: WorkshopData, participant: Participant) -> list[ActionItem]:
    """The participant's own commitments, in agenda order then position (dropped ones left out)."""
    if participant.id is None:
        return []
    order = {item.id: i for i, item in enumerate(data.agenda)}
    own = [a for a in data.actions_for(participant.id) if a.status != "dropped"]
    return sorted(own, key=lambda a: (order.get(a.agenda_item_id, len(order)), a.position))


def shared_with(data: WorkshopData, action: ActionItem, participant: Participant) -> str:
    """The other owners of ``participant``'s commitment, by name as typed (absent ones too),
    or "" for a commitment of one owner."""
    people = plan_participants(data)
    others = [p for p in map(data.participant, action.owners) if p is not None and p.id != participant.id]
    return ", ".join(participant_name(p, (people if p in people else data.participants).index(p) + 1)
                     for p in others)


def follow_up_notes(data: WorkshopData) -> list[str]:
    """The texts of the notes about the whole workshop (no agenda item) that are not private,
    such as the date of the follow-up session: every plan prints them beside the check-ins."""
    return [n.text.strip() for n in data.notes
            if n.agenda_item_id is None and not n.private and n.text.strip()]


@dataclass(frozen=True)
class CheckIn:
    """One check-in date of a plan: the commitments to review then (their numbers on the plan)
    and whom to check in with (each name once, as typed)."""

    date: str  #: ISO date
    numbers: list[int]
    whom: list[str]


def check_ins(actions: list[ActionItem]) -> list[CheckIn]:
    """The check-ins of a plan's commitments (``actions`` numbered from 1 as the plan prints
    them, see :func:`commitments`), in date order; commitments without a check-in left out."""
    dates: dict[str, list[int]] = {}
    whom: dict[str, list[str]] = {}
    for number, action in enumerate(actions, start=1):
        if action.checkin.strip():
            dates.setdefault(action.checkin.strip(), []).append(number)
            whom.setdefault(action.checkin.strip(), []).append(action.checkin_with.strip())
    return [CheckIn(iso, dates[iso], list(dict.fromkeys(n for n in whom[iso] if n))) for iso in sorted(dates)]


def ways_served(actions: list[ActionItem]) -> dict[str, list[int]]:
    """Each of the six ways' id -> the numbers of a plan's commitments that serve it (``actions``
    numbered from 1 as the plan prints them)."""
    used: dict[str, list[int]] = {}
    for number, action in enumerate(actions, start=1):
        used.setdefault(action.strategy, []).append(number)
    return used


@dataclass
class Priorities:
    item: AgendaItem
    ranked: list[Ranked]  # the chosen options: (rank, card, dots), ties share a rank
    more: int = 0  # how many chosen options were left out
    agreed: bool = True  # False: another run of the same exercise chose differently


def dot_results(data: WorkshopData, item_id: int | None) -> list[Ranked]:
    """The item's options in the one ranking (model.results), or none when nobody gave a dot:
    a document shows a vote's results only once there are some."""
    ranking = item_ranking(data, item_id)
    return ranking if any(r.dots for r in ranking) else []


@dataclass(frozen=True)
class DotCount:
    """Who gave an agenda item's dots: ``dots`` in all, ``counted`` of
    them as totals the facilitator counted, the rest from ``participants`` people."""

    dots: int
    counted: int
    participants: int


def dot_count(data: WorkshopData, item_id: int | None) -> DotCount:
    """The dots of one item, counted over the same votes as its ranking (its chart)."""
    charted = {r.card.id for r in item_ranking(data, item_id)} if item_id is not None else set()
    votes = [v for v in data.votes if v.agenda_item_id == item_id and v.card_id in charted]
    return DotCount(dots=sum(v.count for v in votes),
                    counted=sum(v.count for v in votes if v.participant_id is None),
                    participants=len({v.participant_id for v in votes if v.participant_id is not None}))


def chosen_ranking(data: WorkshopData, item_id: int | None) -> list[Ranked]:
    """The options the room chose on a dot vote, in the one ranking (with their rank and dots)."""
    return [r for r in dot_results(data, item_id) if r.card.chosen]


def group_priorities(data: WorkshopData, limit: int = TOP_PRIORITIES) -> list[Priorities]:
    """The chosen options of every item feeding ``priorities`` that chose any (at most ``limit``)."""
    result = []
    apart = {item.id for group in apart_items(data) for item in group}
    for item in data.agenda:
        if feeds_of(item) != "priorities" or item.id is None:
            continue
        chosen = chosen_ranking(data, item.id)
        if chosen:
            result.append(Priorities(item, chosen[:limit], max(0, len(chosen) - limit),
                                     agreed=item.id not in apart))
    return result


# -- 2x2 matrices -------------------------------------------------------------------------------
def item_quadrants(data: WorkshopData, item: AgendaItem,
                   actions: list[ActionItem] | None = None) -> list[Quadrant] | None:
    """A matrix item's quadrants (with what was placed and chosen), or None for any other item.
    ``actions``: the actions that may be shown (all of them if None)."""
    exercise = snapshot_exercise(item.exercise)
    if exercise is None or exercise.capture.type != "matrix":
        return None
    return matrix_quadrants(exercise.capture, [p for p in data.placements if p.agenda_item_id == item.id],
                            data.cards, data.actions if actions is None else actions)


# -- results that agree -------------------------------------------------------------------------
def choices(data: WorkshopData, item: AgendaItem) -> frozenset[tuple[str, str]]:
    """What an item chose, comparable between items: ``("", text)`` for a chosen dot-vote option,
    ``(quadrant title, text)`` for a chosen placement on a matrix (texts without case or outer
    spaces). Empty for an item that chose nothing or takes no choices."""
    if feeds_of(item) == "priorities":
        return frozenset(("", r.card.text.strip().casefold()) for r in chosen_ranking(data, item.id))
    return frozenset((q.title, text.strip().casefold()) for q in item_quadrants(data, item) or []
                     for text in q.chosen_texts)


def apart_items(data: WorkshopData) -> list[list[AgendaItem]]:
    """Runs of one exercise whose chosen results contradict each other, in agenda order.

    The rule: agenda items that ran the same exercise (same pack and exercise id) and feed the
    same part of the plan (priorities or shared outcomes) contradict each other when what they
    chose differs (:func:`choices`): an option chosen in one and not in the other, or placed in
    another quadrant. Items that chose nothing are left out (they print no result). All the
    items of such a run are printed apart, each under its own title, never as "agreed"."""
    runs: dict[tuple[str, str, str], list[tuple[AgendaItem, frozenset]]] = {}
    for item in data.agenda:
        if not item.exercise_id or item.id is None:
            continue
        chosen = choices(data, item)
        if chosen:
            runs.setdefault((item.pack_id, item.exercise_id, feeds_of(item)), []).append((item, chosen))
    return [[item for item, _chosen in run] for run in runs.values()
            if len({chosen for _item, chosen in run}) > 1]


@dataclass
class SharedOutcomes:
    item: AgendaItem
    actions: list[ActionItem] = field(default_factory=list)
    clusters: list[tuple[str, list[str]]] = field(default_factory=list)  # (cluster name, card texts)
    notes: list[str] = field(default_factory=list)
    agreed: bool = True  # False: another run of the same exercise chose differently

    def __bool__(self) -> bool:
        return bool(self.actions or self.clusters or self.notes)


def cards_by_cluster(data: WorkshopData, item_id: int | None,
                     unseen: bool = False) -> list[tuple[str | None, list[Card]]]:
    """The item's cards the room saw (``Card.for_the_room``; with ``unseen`` also those held or
    hidden: the facilitator's report), grouped by cluster in cluster order; unclustered cards last
    (name None)."""
    cards = sorted((c for c in data.cards if c.agenda_item_id == item_id and (unseen or c.for_the_room)),
                   key=lambda c: c.position)
    clusters = sorted((c for c in data.clusters if c.agenda_item_id == item_id), key=lambda c: c.position)
    known = {c.id for c in clusters}
    groups: list[tuple[str | None, list[Card]]] = []
    for cluster in clusters:
        members = [c for c in cards if c.cluster_id == cluster.id]
        if members:
            groups.append((cluster.name, members))
    loose = [c for c in cards if c.cluster_id not in known]
    if loose:
        groups.append((None, loose))
    return groups


def shared_outcomes(data: WorkshopData) -> list[SharedOutcomes]:
    result = []
    apart = {item.id for group in apart_items(data) for item in group}
    for item in data.agenda:
        if feeds_of(item) != "shared_outcomes" or item.id is None:
            continue
        outcome = SharedOutcomes(item, agreed=item.id not in apart)
        shared = [a for a in data.actions if not a.owners and a.status != "dropped"]  # never a person's
        quadrants = item_quadrants(data, item, shared)
        placed = {p.action_id for p in data.placements if p.agenda_item_id == item.id} if quadrants else set()
        outcome.actions = sorted((a for a in shared if a.agenda_item_id == item.id and a.id not in placed),
                                 key=lambda a: a.position)
        if quadrants is None:
            outcome.clusters = [(name or "", [c.text for c in members])
                                for name, members in cards_by_cluster(data, item.id)]
        else:
            outcome.clusters = [(q.title, list(q.chosen_texts)) for q in quadrants if q.chosen_texts]
        outcome.notes = [n.text for n in data.notes
                         if n.agenda_item_id == item.id and not n.private and n.text.strip()]
        if outcome:
            result.append(outcome)
    return result


def my_ratings(data: WorkshopData, participant: Participant) -> list[tuple[AgendaItem, list[OwnRating]]]:
    """``(agenda item, rows)`` for each item the participant rated, in agenda order: their own
    values beside the room's summaries (model.results.own_ratings)."""
    result = []
    for item in data.agenda:
        ratings = [r for r in data.ratings if r.agenda_item_id == item.id]
        if participant.id is None or not any(r.participant_id == participant.id for r in ratings):
            continue
        exercise = snapshot_exercise(item.exercise)
        criteria = exercise.capture.criteria if exercise else []
        result.append((item, own_ratings(ratings, participant.id, criteria, scale_of(exercise))))
    return result


@dataclass
class GroupResults:
    """What every plan of one workshop prints of the group (the same for each participant)."""

    priorities: list[Priorities]
    outcomes: list[SharedOutcomes]


def group_results(data: WorkshopData) -> GroupResults:
    """The group's priorities and shared outcomes, worked out once for all the plans of a run."""
    return GroupResults(group_priorities(data), shared_outcomes(data))
