"""Between a pack file's data (keys as in the schema) and the model's dataclasses."""

from __future__ import annotations

from dataclasses import asdict
from functools import lru_cache
from typing import Any

from workshop_app.model.pack import AgendaTemplateItem, Capture, Exercise, Handout, Pack, from_data
from workshop_app.packs.schema_check import load_schema


def pack_from_dict(data: dict[str, Any], *, builtin: bool = False, source: str = "") -> Pack:
    """The Pack for data that passed validation (the model's one conversion, ``from_data``)."""
    pack = from_data(Pack, data)
    pack.builtin, pack.source = builtin, source
    return pack


@lru_cache(maxsize=1)
def key_orders() -> dict[str, list[str]]:
    """Each object's keys in the order the schema lists them (the order files are written in)."""
    schema = load_schema()
    orders = {"pack": list(schema["properties"])}
    for name, definition in schema["$defs"].items():
        if "properties" in definition:
            orders[name] = list(definition["properties"])
    return orders


def _ordered(values: dict[str, Any], kind: str) -> dict[str, Any]:
    """Keys in schema order, leaving out empty text, empty lists and unset values."""
    return {key: values[key] for key in key_orders()[kind]
            if key in values and values[key] not in ("", None, [])}


def _capture_dict(capture: Capture) -> dict[str, Any]:
    values = asdict(capture)
    defaults = Capture()
    for key in ("scale_min", "scale_max"):
        if capture.type != "rating" and values[key] == getattr(defaults, key):
            del values[key]
    if not values["anonymous"]:
        del values["anonymous"]  # named: the default, left out
    for key in ("x_axis", "y_axis"):
        if values[key] is not None:
            values[key] = _ordered(values[key], "axis")
    return _ordered(values, "capture")


def _material_dict(values: dict[str, Any]) -> dict[str, Any]:
    """A counted material as a file holds it: ``count`` left out when it is 1 (its default)."""
    if values["count"] == 1:
        del values["count"]
    return _ordered(values, "material")

def _handout_dict(handout: Handout) -> dict[str, Any]:
    """A handout as a file holds it: the default ``per`` and ``copies`` left out, an item
    without a title as its one line of text."""
    values = asdict(handout)
    if values["per"] == "room":
        del values["per"]
    if values["copies"] == 1:
        del values["copies"]
    values["items"] = [_ordered(item, "handout_item") if item["title"] else item["text"]
                       for item in values["items"]]
    return _ordered(values, "handout")


def exercise_to_dict(exercise: Exercise) -> dict[str, Any]:
    values = asdict(exercise)
    values["steps"] = [_ordered(step, "step") for step in values["steps"]]
    values["capture"] = _capture_dict(exercise.capture)
    values["materials"] = [_material_dict(m) if isinstance(m, dict) else m for m in values["materials"]]
    if values["group_size"] is not None:
        values["group_size"] = _ordered(values["group_size"], "group_size")
    if values["feeds"] == "none":
        del values["feeds"]
    if not values["debrief_minutes"]:
        del values["debrief_minutes"]
    values["handouts"] = [_handout_dict(h) for h in exercise.handouts]
    return _ordered(values, "exercise")


def _item_to_dict(item: AgendaTemplateItem) -> dict[str, Any]:
    if item.kind == "exercise":
        values: dict[str, Any] = {"exercise": item.exercise}
    else:
        values = {item.kind: item.title}
    if item.minutes is not None:
        values["minutes"] = item.minutes
    return values


def pack_to_dict(pack: Pack) -> dict[str, Any]:
    """The pack as a file holds it: schema key order, empty fields left out."""
    values = asdict(pack)
    values["exercises"] = [exercise_to_dict(e) for e in pack.exercises]
    values["agendas"] = [
        _ordered({"id": a.id, "title": a.title, "description": a.description,
                  "items": [_item_to_dict(i) for i in a.items]}, "agenda")
        for a in pack.agendas
    ]
    return _ordered(values, "pack")
