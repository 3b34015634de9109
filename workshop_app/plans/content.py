"""What each document may show: the one place that picks data for participants.

Only participants not marked absent get a plan (:func:`plan_participants`).
A participant's plan shows only

* their own commitments: ``data.actions_for(participant.id)``, except the
  ones marked dropped, with the names of the other owners of a shared one
  (:func:`shared_with`, absent owners too);
* the group's priorities: the dot-vote totals of every agenda item whose
  exercise snapshot feeds ``priorities``;
* the shared outcomes of every agenda item whose exercise feeds
  ``shared_outcomes``: its actions that have no owner (a personal
  commitment belongs in its owner's plan only), its cards by cluster (card
  text, never who wrote it) and its notes that are not private.

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
from workshop_app.model.results import OwnRating, Ranked, item_ranking, own_ratings, scale_of
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


@dataclass
class Priorities:
    item: AgendaItem
    ranked: list[Ranked]  # (rank, card, dots), ties share a rank
    more: int = 0  # how many ranked options were left out


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


def group_priorities(data: WorkshopData, limit: int = TOP_PRIORITIES) -> list[Priorities]:
    result = []
    for item in data.agenda:
        if feeds_of(item) != "priorities" or item.id is None:
            continue
        order = dot_results(data, item.id)
        if order:
            result.append(Priorities(item, order[:limit], max(0, len(order) - limit)))
    return result


@dataclass
class SharedOutcomes:
    item: AgendaItem
    actions: list[ActionItem] = field(default_factory=list)
    clusters: list[tuple[str, list[str]]] = field(default_factory=list)  # (cluster name, card texts)
    notes: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.actions or self.clusters or self.notes)


def cards_by_cluster(data: WorkshopData, item_id: int | None) -> list[tuple[str | None, list[Card]]]:
    """The item's cards grouped by cluster in cluster order; unclustered cards last (name None)."""
    cards = sorted((c for c in data.cards if c.agenda_item_id == item_id), key=lambda c: c.position)
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
    for item in data.agenda:
        if feeds_of(item) != "shared_outcomes" or item.id is None:
            continue
        outcome = SharedOutcomes(item)
        outcome.actions = sorted(
            (a for a in data.actions
             if a.agenda_item_id == item.id and not a.owners and a.status != "dropped"),
            key=lambda a: a.position)
        outcome.clusters = [(name or "", [c.text for c in members])
                            for name, members in cards_by_cluster(data, item.id)]
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
