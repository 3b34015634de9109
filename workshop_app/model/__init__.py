"""Plain dataclasses shared by every layer. No Qt, no SQL.

The names below are imported from their modules when first used (PEP 562 ``__getattr__``), so
code that needs only ``model.workshop`` (the store, at start-up) does not import the pack model.
"""

from __future__ import annotations

import importlib
from typing import Any

#: The names this package offers, by the module that defines them.
_MODULES = {
    "pack": ("CAPTURE_TYPES", "FEEDS", "THEMES", "AgendaTemplate", "AgendaTemplateItem", "Axis",
             "Capture", "Exercise", "Pack", "Step"),
    "strategies": ("STRATEGIES", "Strategy", "strategy_by_id"),
    "workshop": ("MAX_DOTS", "SIDES", "ActionItem", "AgendaItem", "Card", "Cluster", "Note",
                 "Participant", "Placement", "Rating", "RunState", "Vote", "Workshop", "WorkshopData"),
}
_WHERE = {name: module for module, names in _MODULES.items() for name in names}

__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
