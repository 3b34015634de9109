"""Plain dataclasses shared by every layer. No Qt, no SQL."""

from workshop_app.model.pack import (
    CAPTURE_TYPES,
    FEEDS,
    THEMES,
    AgendaTemplate,
    AgendaTemplateItem,
    Axis,
    Capture,
    Exercise,
    Pack,
    Step,
)
from workshop_app.model.strategies import STRATEGIES, Strategy, strategy_by_id
from workshop_app.model.workshop import (
    MAX_DOTS,
    SIDES,
    ActionItem,
    AgendaItem,
    Card,
    Cluster,
    Note,
    Participant,
    Placement,
    Rating,
    RunState,
    Vote,
    Workshop,
    WorkshopData,
)

__all__ = [
    "ActionItem", "AgendaItem", "AgendaTemplate", "AgendaTemplateItem", "Axis",
    "CAPTURE_TYPES", "Capture", "Card", "Cluster", "Exercise", "FEEDS", "MAX_DOTS", "Note",
    "Pack", "Participant", "Placement", "Rating", "RunState", "SIDES", "STRATEGIES",
    "Step", "Strategy", "THEMES", "Vote", "Workshop", "WorkshopData", "strategy_by_id",
]
