"""Model dataclasses to table rows and back (booleans as 0/1, snapshots as JSON)."""

from __future__ import annotations

from dataclasses import fields
from typing import Any, TypeVar

T = TypeVar("T")

#: Fields kept somewhere else than a column of the same name.
NOT_COLUMNS = frozenset({"id", "owners"})


def to_row(obj: Any, skip: frozenset[str] | set[str] = NOT_COLUMNS) -> dict[str, Any]:
    """The columns for ``obj`` (without its id, or other fields named in ``skip``)."""
    row: dict[str, Any] = {}
    for f in fields(obj):
        if f.name in skip:
            continue
        value = getattr(obj, f.name)
        if isinstance(value, bool):
            value = int(value)
        elif isinstance(value, dict):
            import json  # here: opening the window reads no snapshot (2 ms to import)

            value = json.dumps(value, ensure_ascii=False)
        row[f.name] = value
    return row


def from_row(cls: type[T], row: dict[str, Any]) -> T:
    """Build ``cls`` from a row, ignoring columns the dataclass does not have."""
    values: dict[str, Any] = {}
    for f in fields(cls):  # type: ignore[arg-type]
        if f.name not in row:
            continue
        value = row[f.name]
        if f.type == "bool" or (f.type == "bool | None" and value is not None):
            value = bool(value)
        elif f.name == "exercise" and isinstance(value, str):
            import json  # here: opening the window reads no snapshot (2 ms to import)

            value = json.loads(value)
        values[f.name] = value
    return cls(**values)
