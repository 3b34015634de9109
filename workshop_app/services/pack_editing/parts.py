"""New packs, exercises, steps and agendas for the editor, and copies of exercises."""

from __future__ import annotations

import copy

from workshop_app.i18n import translate
from workshop_app.model.pack import (
    AgendaTemplate,
    AgendaTemplateItem,
    Exercise,
    Pack,
    Step,
)
from workshop_app.services.pack_editing.common import Path_
from workshop_app.services.pack_editing.ids import unique_id


def new_pack() -> Pack:
    return Pack(id="", title="", version="1.0.0", author="", language="en")


def new_exercise() -> Exercise:
    return Exercise(id="", title="", minutes=5, steps=[new_step()])


def new_step() -> Step:
    return Step(title="", minutes=5, prompt="")


def new_agenda(pack: Pack) -> AgendaTemplate:
    ident = unique_id("agenda", {a.id for a in pack.agendas})
    first = pack.exercises[0].id if pack.exercises else ""
    return AgendaTemplate(id=ident, title="", items=[AgendaTemplateItem(exercise=first, kind="exercise")])


def copy_exercise(pack: Pack, exercise: Exercise) -> Exercise:
    """A copy with an id of its own."""
    twin = copy.deepcopy(exercise)
    twin.id = unique_id(f"{exercise.id}-copy" if exercise.id else "", {e.id for e in pack.exercises},
                        "exercise")
    twin.title = translate("PackEditor", "{title} (copy)").format(title=exercise.title)[:200]
    return twin


def reference_changes(pack: Pack, old_id: str, new_id: str, changing: int) -> list[tuple[Path_, str, str]]:
    """Agenda items to point at an exercise's new id (none when either id is another exercise's)."""
    others = {e.id for i, e in enumerate(pack.exercises) if i != changing}
    if not old_id or old_id == new_id or old_id in others or new_id in others:
        return []
    return [(("agendas", a, "items", j, "exercise"), old_id, new_id)
            for a, agenda in enumerate(pack.agendas) for j, item in enumerate(agenda.items)
            if item.kind == "exercise" and item.exercise == old_id]
