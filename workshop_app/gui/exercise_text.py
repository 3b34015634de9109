"""Exercises as Markdown for the text views (library detail, editor preview; see set_markdown)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workshop_app.model import CAPTURE_TYPES, THEMES, Exercise
from workshop_app.model.pack import Material
from workshop_app.services.planning import experience_label, group_configuration, material_rule


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExerciseText", text)


def _line(text: str) -> str:
    """One line of pack text, safe inside a Markdown heading or list item."""
    return " ".join(text.split()).replace("#", "\\#")


def _material(entry: str | Material) -> str:
    """A materials entry as one line: a counted one says how it is counted."""
    if isinstance(entry, Material):
        return f"{_line(entry.item)} ({material_rule(entry.per, entry.count)})"
    return _line(entry)


def _preparation(ex: Exercise) -> list[str]:
    """Preparation and experience, and the room set-up: the lines a facilitator plans with."""
    parts = []
    if ex.prep_minutes is not None:
        parts.append(_tr("**Preparation:** {n} min").format(n=ex.prep_minutes))
    if ex.experience:
        parts.append(_tr("**Experience:** {level}").format(level=experience_label(ex.experience)))
    lines = [" · ".join(parts), ""] if parts else []
    if ex.room_setup.strip():
        lines += [_tr("**Room set-up:** {setup}").format(setup=_line(ex.room_setup)), ""]
    return lines


def exercise_markdown(ex: Exercise, *, facilitator: bool = True) -> str:
    parts = [f"# {_line(ex.title)}", ""]
    meta = [_tr("{n} min").format(n=ex.minutes),
            QCoreApplication.translate("Model", CAPTURE_TYPES.get(ex.capture.type, ex.capture.type))]
    groups = group_configuration(ex, 0)
    if groups:
        meta.append(_line(groups))
    parts += ["*" + " · ".join(meta) + "*", ""] + _preparation(ex)
    if ex.themes:
        themes = ", ".join(QCoreApplication.translate("Model", THEMES.get(t, t)) for t in ex.themes)
        parts += [_tr("**Themes:** {themes}").format(themes=themes), ""]
    if ex.objective:
        parts += [f"## {_tr('Purpose')}", "", ex.objective.strip(), ""]
    if ex.materials:
        parts += [f"## {_tr('Materials')}", ""] + [f"- {_material(m)}" for m in ex.materials] + [""]
    if ex.steps:
        parts += [f"## {_tr('Steps')}", ""]
        for number, step in enumerate(ex.steps, 1):
            parts += [f"### {number}. {_line(step.title)} ({_tr('{n} min').format(n=step.minutes)})",
                      "", step.prompt.strip(), ""]
    if facilitator and ex.facilitator_notes:
        parts += [f"## {_tr('Facilitator notes')}", "", ex.facilitator_notes.strip(), ""]
    if ex.debrief:
        parts += [f"## {_tr('Debrief')}", ""] + [f"- {_line(q)}" for q in ex.debrief] + [""]
    return "\n".join(parts)
