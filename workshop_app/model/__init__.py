"""Plain dataclasses shared by every layer. No Qt, no SQL.

Each name is imported from its module when first used (workshop_app.lazy_names): the store
needs only the workshop's dataclasses when the window starts, not the pack's.
"""

from typing import TYPE_CHECKING

from workshop_app.lazy_names import lazy_names

__getattr__, __dir__ = lazy_names(__name__, {
    **dict.fromkeys(("CAPTURE_TYPES", "FEEDS", "THEMES", "AgendaTemplate", "AgendaTemplateItem",
                     "Axis", "Capture", "Exercise", "Pack", "Step"), "pack"),
    **dict.fromkeys(("STRATEGIES", "Strategy", "strategy_by_id"), "strategies"),
    **dict.fromkeys(("MAX_DOTS", "SIDES", "ActionItem", "AgendaItem", "Card", "Cluster", "Note",
                     "Participant", "Placement", "Rating", "RunState", "Vote", "Workshop",
                     "WorkshopData"), "workshop"),
})

if TYPE_CHECKING:  # pragma: no cover - the same names, for type checkers
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
