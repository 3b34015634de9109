"""The results of a capture, as every view shows them: console, projector, report and Wrap-up.

* :func:`vote_ranking`: every option with its dots, most dots first. Ties share a rank
  (1, 1, 3) and keep the options' own order (position, then id); an option nobody chose is
  listed too, last, with 0 dots. Votes for a card that is not one of the options do not count.
* :func:`rating_summaries`: per criterion, the count, mean, lowest and highest of the ratings
  *inside* the scale, how many people gave each value of the scale, and how many ratings fell
  outside it (never counted anywhere, only reported).
* :func:`side_summaries`: the same summaries for each role side that gave a rating inside the
  scale, over that side's people's ratings (absent people's included, as in the room's).
* :func:`own_ratings`: one participant's value for each criterion they rated, beside the room's
  summary of it (their value is None when it falls outside the scale, as it counts nowhere).
* :func:`rating_scale`: the scale a capture is shown and checked with.
* :func:`ways_tally`: how many commitments name each of the six ways, and how many name none
  (a dropped commitment counts nowhere, as on the printed plans).
* :func:`matrix_quadrants`: the four quadrants of a 2x2 matrix, named from the capture's axes,
  each with the texts of the cards and actions placed in it (below 0.5 is low, from 0.5 high)
  and which of them the room chose.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import NamedTuple

from workshop_app.i18n import translate
from workshop_app.model.pack import Capture, Exercise, whole
from workshop_app.model.strategies import STRATEGIES, Strategy, strategy_by_id
from workshop_app.model.workshop import SIDES, ActionItem, Card, Placement, Rating, Vote, WorkshopData

#: The scale a capture gets when its snapshot names no usable one.
DEFAULT_SCALE = (1, 5)
#: The widest rating scale the run console and projector show (a pack may give 0 to 10; a
#: damaged snapshot is bounded to this).
SCALE_BOUND = 100
#: The widest scale a pack may give: what ratings of an item without an exercise are held to.
WIDEST_PACK_SCALE = (0, 10)


# -- dot votes --------------------------------------------------------------------------------
class Ranked(NamedTuple):
    rank: int  #: 1 for the most dots; options with as many dots share a rank (1, 1, 3)
    card: Card
    dots: int


def dot_totals(votes: Iterable[Vote]) -> dict[int | None, int]:
    """Dots per card id."""
    totals: dict[int | None, int] = {}
    for vote in votes:
        totals[vote.card_id] = totals.get(vote.card_id, 0) + vote.count
    return totals


def vote_ranking(cards: Iterable[Card], votes: Iterable[Vote]) -> list[Ranked]:
    """Every option (card) ranked by its dots: see the module's rule."""
    totals = dot_totals(votes)
    order = sorted(cards, key=lambda c: (-totals.get(c.id, 0), c.position, c.id or 0))
    ranked: list[Ranked] = []
    for i, card in enumerate(order, start=1):
        dots = totals.get(card.id, 0)
        tied = ranked and ranked[-1].dots == dots
        ranked.append(Ranked(ranked[-1].rank if tied else i, card, dots))
    return ranked


def item_ranking(data: WorkshopData, agenda_item_id: int | None) -> list[Ranked]:
    """The ranking of one agenda item's options (its cards) by the dots given there."""
    return vote_ranking((c for c in data.cards if c.agenda_item_id == agenda_item_id),
                        (v for v in data.votes if v.agenda_item_id == agenda_item_id))


# -- ratings ----------------------------------------------------------------------------------
def declared_scale(capture: Capture) -> tuple[int, int] | None:
    """The snapshot's own scale if it is usable (whole numbers, lowest below highest), else None."""
    low, high = capture.scale_min, capture.scale_max
    numbers = all(whole(value, None) is not None for value in (low, high))
    return (low, high) if numbers and low < high else None


def rating_scale(capture: Capture) -> tuple[int, int]:
    """The capture's scale as shown and checked: within ±SCALE_BOUND, lowest below highest."""
    low = max(-SCALE_BOUND, min(SCALE_BOUND - 1, whole(capture.scale_min, DEFAULT_SCALE[0])))
    return low, max(low + 1, min(SCALE_BOUND, whole(capture.scale_max, DEFAULT_SCALE[1])))


def scale_of(exercise: Exercise | None) -> tuple[int, int]:
    """The scale an agenda item's ratings are held to: its exercise's, or without one the widest."""
    return rating_scale(exercise.capture) if exercise is not None else WIDEST_PACK_SCALE


@dataclass(frozen=True)
class RatingSummary:
    """How the room rated one criterion, over the ratings inside the scale."""

    criterion: str
    scale: tuple[int, int]
    values: tuple[int, ...]  #: the ratings inside the scale, lowest first
    outside: int = 0  #: ratings outside the scale, left out of everything else

    @property
    def count(self) -> int:
        return len(self.values)

    @property
    def mean(self) -> float | None:
        return sum(self.values) / len(self.values) if self.values else None

    @property
    def lowest(self) -> int | None:
        return self.values[0] if self.values else None

    @property
    def highest(self) -> int | None:
        return self.values[-1] if self.values else None

    @property
    def counts(self) -> tuple[int, ...]:
        """``counts[i]`` people gave ``scale[0] + i`` (for a scale bounded by rating_scale)."""
        low, high = self.scale
        tally = Counter(self.values)
        return tuple(tally[value] for value in range(low, high + 1))


def rating_summaries(ratings: Iterable[Rating], criteria: Iterable[str],
                     scale: tuple[int, int]) -> list[RatingSummary]:
    """One summary per criterion: the given ones in their order, then any other that was rated."""
    low, high = scale
    values: dict[str, list[int]] = {name: [] for name in criteria}
    for rating in ratings:
        values.setdefault(rating.criterion, []).append(rating.value)
    summaries = []
    for name, given in values.items():
        inside = sorted(v for v in given if low <= v <= high)
        summaries.append(RatingSummary(name, (low, high), tuple(inside), len(given) - len(inside)))
    return summaries


def side_summaries(ratings: Iterable[Rating], side_of: Mapping[int, str], criteria: Iterable[str],
                   scale: tuple[int, int]) -> list[tuple[str, list[RatingSummary]]]:
    """``(side, summaries)`` for each side (``side_of``: participant id -> side) with a rating
    inside the scale, in SIDES order then unknown sides as met; each side's summaries list the
    same criteria in the same order as the room's. A rating by nobody in ``side_of`` has no side."""
    ratings = list(ratings)
    names = [s.criterion for s in rating_summaries(ratings, criteria, scale)]
    sides = sorted(dict.fromkeys(side_of[r.participant_id] for r in ratings if r.participant_id in side_of),
                   key=lambda side: list(SIDES).index(side) if side in SIDES else len(SIDES))
    found = [(side, rating_summaries([r for r in ratings if side_of.get(r.participant_id) == side],
                                     names, scale)) for side in sides]
    return [(side, summaries) for side, summaries in found if any(s.count for s in summaries)]


class OwnRating(NamedTuple):
    mine: int | None  #: the participant's rating, None when outside the scale
    room: RatingSummary  #: how the whole room rated the same criterion


def own_ratings(ratings: Iterable[Rating], participant_id: int, criteria: Iterable[str],
                scale: tuple[int, int]) -> list[OwnRating]:
    """For each criterion the participant rated (in the room summaries' order), their value
    beside the room's summary; only the participant's own value, never anyone else's."""
    ratings = list(ratings)
    low, high = scale
    mine = {r.criterion: r.value for r in ratings if r.participant_id == participant_id}
    return [OwnRating(mine[s.criterion] if low <= mine[s.criterion] <= high else None, s)
            for s in rating_summaries(ratings, criteria, scale) if s.criterion in mine]


# -- the six ways -----------------------------------------------------------------------------
def ways_tally(actions: Iterable[ActionItem]) -> list[tuple[Strategy | None, int]]:
    """``(way, commitments naming it)`` for each of the six ways in order, then ``(None, n)``
    for the commitments naming none (or an unknown way); dropped commitments are left out."""
    tally = Counter(strategy_by_id(a.strategy) for a in actions if a.status != "dropped")
    return [*((way, tally[way]) for way in STRATEGIES), (None, tally[None])]


# -- 2x2 matrix -------------------------------------------------------------------------------
class Quadrant(NamedTuple):
    title: str  #: named from the axes' ends, e.g. "High impact · Low effort"
    texts: tuple[str, ...]  #: the cards and actions placed in it, in the order they were placed
    chosen: tuple[bool, ...] = ()  #: for each of ``texts``: whether the room chose it (to take forward)

    @property
    def chosen_texts(self) -> tuple[str, ...]:
        return tuple(t for t, c in zip(self.texts, self.chosen, strict=True) if c)


def matrix_quadrants(capture: Capture, placements: Iterable[Placement], cards: Iterable[Card],
                     actions: Iterable[ActionItem]) -> list[Quadrant]:
    """Top-left, top-right, bottom-left, bottom-right (y grows upwards): a placement at x < 0.5
    is on the low side of the x axis, else the high side; the same for y. A placement whose card
    or action is gone is left out."""
    x, y = capture.x_axis, capture.y_axis
    x_low = (x.low or translate("Capture", "low")) if x else translate("Capture", "left")
    x_high = (x.high or translate("Capture", "high")) if x else translate("Capture", "right")
    y_low = (y.low or translate("Capture", "low")) if y else translate("Capture", "bottom")
    y_high = (y.high or translate("Capture", "high")) if y else translate("Capture", "top")
    titles = [f"{y_high} \u00b7 {x_low}", f"{y_high} \u00b7 {x_high}",
              f"{y_low} \u00b7 {x_low}", f"{y_low} \u00b7 {x_high}"]
    card_texts = {c.id: c.text for c in cards}
    action_texts = {a.id: a.text for a in actions}
    texts: list[list[str]] = [[], [], [], []]
    chosen: list[list[bool]] = [[], [], [], []]
    for p in placements:
        text = card_texts.get(p.card_id) if p.card_id is not None else action_texts.get(p.action_id)
        if text is not None:
            quadrant = (0 if p.y >= 0.5 else 2) + (1 if p.x >= 0.5 else 0)
            texts[quadrant].append(text)
            chosen[quadrant].append(p.chosen)
    return [Quadrant(title, tuple(t), tuple(c)) for title, t, c in zip(titles, texts, chosen, strict=True)]
