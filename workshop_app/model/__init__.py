"""Plain dataclasses shared by every layer. No Qt, no SQL.

Each name is imported from its module when first used (workshop_app.lazy_names): the store
needs only the workshop's dataclasses when the window starts, not the pack's.
"""

from workshop_app.lazy_names import lazy_names

_MODULES = {
    **dict.fromkeys(("CAPTURE_TYPES", "FEEDS", "THEMES", "AgendaTemplate", "AgendaTemplateItem",
                     "Axis", "Capture", "Exercise", "Pack", "Step"), "pack"),
    **dict.fromkeys(("STRATEGIES", "Strategy", "strategy_by_id"), "strategies"),
    **dict.fromkeys(("NOT_REVIEWED", "REVIEW_STATUSES", "ActionReview", "CheckIn", "CheckinCommitment",
                     "FollowThrough"), "checkins"),
    **dict.fromkeys(("MAX_DOTS", "SIDES", "ActionItem", "AgendaItem", "Card", "Cluster", "Note",
                     "Participant", "Placement", "Rating", "RunState", "Vote", "Workshop",
                     "WorkshopData"), "workshop"),
}
__getattr__, __dir__ = lazy_names(__name__, _MODULES)
__all__ = sorted(_MODULES)
