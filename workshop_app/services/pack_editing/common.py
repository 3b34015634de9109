"""What every part of pack editing shares: id length, axes, the settings of each capture type."""

from __future__ import annotations

from workshop_app.packs.ids import MAX_ID  # noqa: F401 - the editor's id length is the packs'

AXES = ("x_axis", "y_axis")
#: The capture settings each type uses; the others are kept while editing but never saved.
CAPTURE_SETTINGS: dict[str, tuple[str, ...]] = {
    "notes": (),
    "cards": ("options", "anonymous"),
    "dot_vote": ("votes_per_participant", "options"),
    "rating": ("criteria", "scale_min", "scale_max"),
    "matrix": ("x_axis", "y_axis", "options"),
    "actions": (),
}
DEFAULT_VOTES = 3

Path_ = tuple[str | int, ...]
