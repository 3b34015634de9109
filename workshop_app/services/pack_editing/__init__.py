"""Editing exercise packs: the half of the pack editor that needs no Qt, by concern.

- ``ids``: ids from titles (:func:`slugify`, :func:`unique_id`) and version bumps
  (:func:`suggest_versions`);
- ``paths``: paths into a pack, the same as a problem's field (``exercises[3].steps[0].minutes``
  is ``("exercises", 3, "steps", 0, "minutes")``): :func:`parse_field`, :func:`get_at`, :func:`set_at`;
- ``parts``: new packs, exercises, steps, agendas, and copies;
- ``checking``: validation with the very checks and messages of ``packs validate``;
- ``drafts``: packs that are not valid yet, kept in ``DATA/packs/drafts/`` where the library
  never looks (:class:`DraftStore`), and reading a pack file to edit it;
- ``handouts``: a new handout, and its items one a line or one by one (:func:`items_one_a_line`);
- ``materials``: materials one a line, a counted one with its count in brackets
  (:func:`material_line`, :func:`material_entry`);
- ``common``: what they share (id length, axes, each capture type's settings).

The GUI imports this package as ``pe``; the names below are what it uses.
"""

from __future__ import annotations

from workshop_app.packs.errors import Problem, field_path
from workshop_app.packs.writer import write_pack_yaml, write_wspack
from workshop_app.services.pack_editing.checking import Located, for_saving, locate, under, validate
from workshop_app.services.pack_editing.common import AXES, CAPTURE_SETTINGS, DEFAULT_VOTES, Path_
from workshop_app.services.pack_editing.drafts import (
    DraftInfo,
    DraftStore,
    load_for_editing,
    pack_from_draft,
    read_pack_leniently,
)
from workshop_app.services.pack_editing.handouts import (
    item_from_line,
    item_line,
    items_one_a_line,
    new_handout,
)
from workshop_app.services.pack_editing.ids import slugify, suggest_versions, unique_id
from workshop_app.services.pack_editing.materials import material_entry, material_line
from workshop_app.services.pack_editing.parts import (
    copy_exercise,
    new_agenda,
    new_exercise,
    new_pack,
    new_step,
    reference_changes,
)
from workshop_app.services.pack_editing.paths import get_at, location, parse_field, set_at

__all__ = [
    "AXES",
    "CAPTURE_SETTINGS",
    "DEFAULT_VOTES",
    "DraftInfo",
    "DraftStore",
    "Located",
    "Path_",
    "Problem",
    "copy_exercise",
    "field_path",
    "for_saving",
    "get_at",
    "item_from_line",
    "item_line",
    "items_one_a_line",
    "load_for_editing",
    "locate",
    "location",
    "material_entry",
    "material_line",
    "new_agenda",
    "new_exercise",
    "new_handout",
    "new_pack",
    "new_step",
    "pack_from_draft",
    "read_pack_leniently",
    "parse_field",
    "reference_changes",
    "set_at",
    "slugify",
    "suggest_versions",
    "under",
    "unique_id",
    "validate",
    "write_pack_yaml",
    "write_wspack",
]
