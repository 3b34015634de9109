"""Rules a JSON Schema cannot say: unique ids, timings that add up, agendas that point somewhere.

Each rule looks only at the parts that have the right shape, so it runs even
when the schema check found problems elsewhere (all problems in one pass).
"""

from __future__ import annotations

from typing import Any

from workshop_app.i18n import tr
from workshop_app.packs.errors import Finding, Path_, field_path
from workshop_app.packs.limits import FORMAT


def _int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _dicts(value: Any) -> list[tuple[int, dict[str, Any]]]:
    if not isinstance(value, list):
        return []
    return [(i, item) for i, item in enumerate(value) if isinstance(item, dict)]


def format_finding(data: dict[str, Any]) -> Finding | None:
    """A finding when the pack names a format this app does not read (then nothing else is checked)."""
    value = data.get("format")
    if isinstance(value, float):
        return Finding(("format",), tr("Packs", "must be the whole number {ours}").format(ours=FORMAT))
    if not _int(value) or value == FORMAT:
        return None
    if value > FORMAT:
        message = tr("Packs", "this pack uses format {n}; this app reads format {ours} "
                              "\u2014 update workshop-app").format(n=value, ours=FORMAT)
    else:
        message = tr("Packs", "unknown format {n}; this app reads format {ours}").format(n=value, ours=FORMAT)
    return Finding(("format",), message)


def _unique_ids(items: list[tuple[int, dict[str, Any]]], where: str, message: str) -> list[Finding]:
    findings = []
    first: dict[str, int] = {}
    for i, item in items:
        ident = item.get("id")
        if not isinstance(ident, str):
            continue
        if ident in first:
            other = field_path((where, first[ident]))
            findings.append(Finding((where, i, "id"), message.format(id=ident, other=other)))
        else:
            first[ident] = i
    return findings


def _exercise_findings(i: int, exercise: dict[str, Any]) -> list[Finding]:
    findings = []
    minutes = exercise.get("minutes")
    steps = exercise.get("steps")
    if _int(minutes) and isinstance(steps, list) and steps:
        step_minutes = [s.get("minutes") if isinstance(s, dict) else None for s in steps]
        if all(_int(m) for m in step_minutes) and sum(step_minutes) != minutes:
            findings.append(Finding(("exercises", i, "minutes"), tr(
                "Packs", "is {minutes} but the steps add up to {total}; make them agree")
                .format(minutes=minutes, total=sum(step_minutes))))
    capture = exercise.get("capture")
    if isinstance(capture, dict):
        low, high = capture.get("scale_min", 1), capture.get("scale_max", 5)
        if _int(low) and _int(high) and low >= high:
            key = "scale_max" if "scale_max" in capture else "scale_min"
            findings.append(Finding(("exercises", i, "capture", key), tr(
                "Packs", "scale_min ({low}) must be less than scale_max ({high})")
                .format(low=low, high=high)))
    return findings


def _agenda_findings(agendas: list[tuple[int, dict[str, Any]]], exercise_ids: set[str]) -> list[Finding]:
    findings = []
    for a, agenda in agendas:
        for j, item in _dicts(agenda.get("items")):
            ref = item.get("exercise")
            if isinstance(ref, str) and ref not in exercise_ids:
                path: Path_ = ("agendas", a, "items", j, "exercise")
                findings.append(Finding(path, tr("Packs", "no exercise with id '{id}' in this pack")
                                        .format(id=ref)))
    return findings


def rule_findings(data: dict[str, Any]) -> list[Finding]:
    """Problems beyond the schema: duplicate ids, minutes, scales, agenda references."""
    exercises = _dicts(data.get("exercises"))
    agendas = _dicts(data.get("agendas"))
    findings = _unique_ids(exercises, "exercises",
                           tr("Packs", "duplicate exercise id '{id}' (also used by {other})"))
    for i, exercise in exercises:
        findings.extend(_exercise_findings(i, exercise))
    findings.extend(_unique_ids(agendas, "agendas",
                                tr("Packs", "duplicate agenda id '{id}' (also used by {other})")))
    ids = {ex["id"] for _, ex in exercises if isinstance(ex.get("id"), str)}
    findings.extend(_agenda_findings(agendas, ids))
    return findings
