"""Exercises as Markdown for the text views (library detail, editor preview; see set_markdown)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workshop_app.i18n import translate
from workshop_app.model import CAPTURE_TYPES, THEMES, Exercise
from workshop_app.model.pack import Material
from workshop_app.services.planning import exercise_facts, material_rule


def _line(text: str) -> str:
    """One line of pack text, safe inside a Markdown heading or list item."""
    return " ".join(text.split()).replace("#", "\\#")


def _material(entry: str | Material) -> str:
    """A materials entry as one line: a counted one says how it is counted."""
    if isinstance(entry, Material):
        return f"{_line(entry.item)} ({material_rule(entry.per, entry.count)})"
    return _line(entry)


def _facts(ex: Exercise) -> list[str]:
    """Groups, room set-up, preparation and experience: what a facilitator plans with."""
    return [part for line in exercise_facts(ex)
            for part in (" · ".join(f"**{label}** {_line(text)}" for label, text in line), "")]


def exercise_markdown(ex: Exercise, *, facilitator: bool = True) -> str:
    parts = [f"# {_line(ex.title)}", ""]
    meta = [translate("ExerciseText", "{n} min").format(n=ex.minutes),
            QCoreApplication.translate("Model", CAPTURE_TYPES.get(ex.capture.type, ex.capture.type))]
    parts += ["*" + " · ".join(meta) + "*", ""] + _facts(ex)
    if ex.themes:
        themes = ", ".join(QCoreApplication.translate("Model", THEMES.get(t, t)) for t in ex.themes)
        parts += [translate("ExerciseText", "**Themes:** {themes}").format(themes=themes), ""]
    if ex.objective:
        parts += ["## " + translate("ExerciseText", "Purpose"), "", ex.objective.strip(), ""]
    if ex.materials:
        parts += ["## " + translate("ExerciseText", "Materials"),
                  ""] + [f"- {_material(m)}" for m in ex.materials] + [""]
    if ex.steps:
        parts += ["## " + translate("ExerciseText", "Steps"), ""]
        for number, step in enumerate(ex.steps, 1):
            minutes = translate("ExerciseText", "{n} min").format(n=step.minutes)
            parts += [f"### {number}. {_line(step.title)} ({minutes})",
                      "", step.prompt.strip(), ""]
    if facilitator and ex.facilitator_notes:
        parts += ["## " + translate("ExerciseText", "Facilitator notes"), "", ex.facilitator_notes.strip(),
                  ""]
    if ex.debrief:
        parts += ["## " + translate("ExerciseText", "Debrief"),
                  ""] + [f"- {_line(q)}" for q in ex.debrief] + [""]
    return "\n".join(parts)
