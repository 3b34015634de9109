"""The six ways to bridge leadership and operations.

Action items name the way they serve by its ``id``; titles and summaries are
translated where they are shown (``workshop_app.i18n.tr("Strategies", ...)``).
"""

from __future__ import annotations

from dataclasses import dataclass

from workshop_app.i18n import tr_noop


@dataclass(frozen=True)
class Strategy:
    id: str
    number: int
    title: str
    summary: str


STRATEGIES: tuple[Strategy, ...] = (
    Strategy(
        "dual-competencies", 1, tr_noop("Develop dual competencies"),
        tr_noop("Cross-train, rotate jobs and mix strategic with operational skills."),
    ),
    Strategy(
        "open-communication", 2, tr_noop("Foster open communication"),
        tr_noop("Meet regularly, share problems and progress openly, give feedback both ways."),
    ),
    Strategy(
        "shared-decisions", 3, tr_noop("Embrace shared decision-making"),
        tr_noop("Decide in cross-functional teams that weigh vision and logistics with data."),
    ),
    Strategy(
        "aligned-goals", 4, tr_noop("Align goals across levels"),
        tr_noop("Cascade goals from mission to team to person; measure innovation and efficiency."),
    ),
    Strategy(
        "mutual-respect", 5, tr_noop("Promote a culture of mutual respect"),
        tr_noop("Value both roles equally and leave 'us versus them' behind."),
    ),
    Strategy(
        "tools-technology", 6, tr_noop("Leverage technology and tools"),
        tr_noop("Use shared tools that tie goals to tasks and compare plans with results."),
    ),
)

_BY_ID = {s.id: s for s in STRATEGIES}


def strategy_by_id(strategy_id: str | None) -> Strategy | None:
    """The strategy with this id, or None for an empty or unknown id."""
    if not strategy_id:
        return None
    return _BY_ID.get(strategy_id)
