"""Checking pack data against the shipped pack schema, in words a trainer understands.

The checking itself is :mod:`workshop_app.json_schemas` (shared with the workshop file);
this module adds the one wording that is a pack's own: an agenda item names exactly one of
exercise, break or custom.
"""

from __future__ import annotations

from typing import Any

from jsonschema import ValidationError

from workshop_app import json_schemas
from workshop_app.i18n import QT_TRANSLATE_NOOP, translate
from workshop_app.packs.errors import Finding, Path_

SCHEMA = "pack-v1"

AGENDA_ITEM_MESSAGE = QT_TRANSLATE_NOOP("Packs", "give exactly one of exercise, break or custom "
                                                 "(breaks and free items need minutes)")


def load_schema() -> dict[str, Any]:
    """The shipped pack schema (``exercises/schema/pack-v1.schema.json``)."""
    return json_schemas.load(SCHEMA)


def _is_agenda_item(path: Path_) -> bool:
    return len(path) == 4 and path[0] == "agendas" and path[2] == "items"


def _agenda_item(err: ValidationError) -> list[Finding] | None:
    path: Path_ = tuple(err.absolute_path)
    if err.validator in ("oneOf", "minProperties") and _is_agenda_item(path):
        return [Finding(path, translate("Packs", AGENDA_ITEM_MESSAGE))]
    return None


def schema_findings(data: Any, limit: int) -> list[Finding]:
    """Every way ``data`` breaks the pack schema (at most ``limit`` errors), one finding per problem."""
    return json_schemas.findings(SCHEMA, data, limit, _agenda_item)
