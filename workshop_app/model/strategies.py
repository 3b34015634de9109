"""The six ways to bridge leadership and operations.

Action items name the way they serve by its ``id``; titles and summaries are
marked ``QT_TRANSLATE_NOOP("Strategies", ...)`` and translated where they are shown
(``workshop_app.i18n.translate("Strategies", ...)``).
"""

from __future__ import annotations

from dataclasses import dataclass

from workshop_app.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Strategy:
    id: str
    number: int
    title: str
    summary: str


STRATEGIES: tuple[Strategy, ...] = (
    Strategy(
        "dual-competencies", 1, QT_TRANSLATE_NOOP("Strategies", "Develop dual competencies"),
        QT_TRANSLATE_NOOP("Strategies",
                          "Cross-train, rotate jobs and mix strategic with operational skills."),
    ),
    Strategy(
        "open-communication", 2, QT_TRANSLATE_NOOP("Strategies", "Foster open communication"),
        QT_TRANSLATE_NOOP("Strategies",
                          "Meet regularly, share problems and progress openly, give feedback both ways."),
    ),
    Strategy(
        "shared-decisions", 3, QT_TRANSLATE_NOOP("Strategies", "Embrace shared decision-making"),
        QT_TRANSLATE_NOOP("Strategies",
                          "Decide in cross-functional teams that weigh vision and logistics with data."),
    ),
    Strategy(
        "aligned-goals", 4, QT_TRANSLATE_NOOP("Strategies", "Align goals across levels"),
        QT_TRANSLATE_NOOP("Strategies",
                          "Cascade goals from mission to team to person; measure innovation and efficiency."),
    ),
    Strategy(
        "mutual-respect", 5, QT_TRANSLATE_NOOP("Strategies", "Promote a culture of mutual respect"),
        QT_TRANSLATE_NOOP("Strategies", "Value both roles equally and leave 'us versus them' behind."),
    ),
    Strategy(
        "tools-technology", 6, QT_TRANSLATE_NOOP("Strategies", "Leverage technology and tools"),
        QT_TRANSLATE_NOOP("Strategies",
                          "Use shared tools that tie goals to tasks and compare plans with results."),
    ),
)

_BY_ID = {s.id: s for s in STRATEGIES}


def strategy_by_id(strategy_id: str | None) -> Strategy | None:
    """The strategy with this id, or None for an empty or unknown id."""
    if not strategy_id:
        return None
    return _BY_ID.get(strategy_id)
