"""Rules a JSON Schema cannot say: unique ids, timings that add up, group sizes that count,
agendas that point somewhere, pictures and links that stay inside the pack.

Each rule looks only at the parts that have the right shape, so it runs even
when the schema check found problems elsewhere (all problems in one pass).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from typing import Any

from workshop_app.i18n import translate
from workshop_app.model import markdown
from workshop_app.model.pictures import is_web_address, pack_member
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
        return Finding(("format",), translate("Packs", "must be the whole number {ours}").format(ours=FORMAT))
    if not _int(value) or value == FORMAT:
        return None
    if value > FORMAT:
        message = translate("Packs", "this pack uses format {n}; this app reads format {ours} "
                                     "\u2014 update workshop-app").format(n=value, ours=FORMAT)
    else:
        message = translate("Packs", "unknown format {n}; this app reads format {ours}").format(
            n=value, ours=FORMAT)
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
        debrief = exercise.get("debrief_minutes", 0)
        debrief = debrief if _int(debrief) else 0
        if all(_int(m) for m in step_minutes) and sum(step_minutes) + debrief != minutes:
            if debrief:
                message = translate("Packs", "is {minutes} but the steps ({total}) and the debrief "
                                             "({debrief}) add up to {sum}; make them agree")
            else:
                message = translate("Packs", "is {minutes} but the steps add up to {total}; make them agree")
            findings.append(Finding(("exercises", i, "minutes"), message.format(
                minutes=minutes, total=sum(step_minutes), debrief=debrief,
                sum=sum(step_minutes) + debrief)))
    findings.extend(_group_findings(i, exercise))
    capture = exercise.get("capture")
    if isinstance(capture, dict):
        low, high = capture.get("scale_min", 1), capture.get("scale_max", 5)
        if _int(low) and _int(high) and low >= high:
            key = "scale_max" if "scale_max" in capture else "scale_min"
            findings.append(Finding(("exercises", i, "capture", key), translate(
                "Packs", "scale_min ({low}) must be less than scale_max ({high})")
                .format(low=low, high=high)))
    return findings


def _group_findings(i: int, exercise: dict[str, Any]) -> list[Finding]:
    """A group size that runs backwards; materials and handouts counted per group with no group
    size to count the groups from (the room would be one group)."""
    findings = []
    size = exercise.get("group_size")
    if isinstance(size, dict):
        low, high = size.get("min"), size.get("max")
        if _int(low) and _int(high) and low > high:
            findings.append(Finding(("exercises", i, "group_size", "min"), translate(
                "Packs", "is {low}, more than group_size.max ({high}); the smallest group cannot be "
                         "larger than the largest").format(low=low, high=high)))
        return findings
    for key in ("materials", "handouts"):
        for j, entry in _dicts(exercise.get(key)):
            if entry.get("per") == "group":
                findings.append(Finding(("exercises", i, key, j, "per"), translate(
                    "Packs", "counts per group but the exercise has no group_size, so the room would "
                             "count as one group; add group_size")))
    return findings


def _agenda_findings(agendas: list[tuple[int, dict[str, Any]]], exercise_ids: set[str]) -> list[Finding]:
    findings = []
    for a, agenda in agendas:
        for j, item in _dicts(agenda.get("items")):
            ref = item.get("exercise")
            if isinstance(ref, str) and ref not in exercise_ids:
                path: Path_ = ("agendas", a, "items", j, "exercise")
                findings.append(Finding(path, translate("Packs", "no exercise with id '{id}' in this pack")
                                        .format(id=ref)))
    return findings


_RAW_IMAGE = re.compile(r"<\s*img\b", re.IGNORECASE)
#: Findings about one text at most (a flood of bad targets is said once per field, not 10,000 times).
MAX_TARGET_FINDINGS = 10


def _strings(value: Any, path: Path_ = ()) -> Iterator[tuple[Path_, str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, path + (key,))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _strings(item, path + (i,))


def _shown(target: str) -> str:
    return target if len(target) <= 80 else target[:77] + "..."


def _target_message(target: str, picture: bool, assets: Collection[str] | None) -> str | None:
    """Why a picture or link target is refused, or None when it is fine."""
    member = pack_member(target)
    shown = _shown(target)
    if member is None:
        if not picture and is_web_address(target):
            return None  # shown as a link; the app never opens it
        if picture:
            return translate("Packs", "picture '{target}' refused: a picture is a file in the pack's assets/ "
                                      "folder, written as ![what it "
                                      "shows](assets/name.png)").format(target=shown)
        return translate("Packs",
                         "link '{target}' refused: a link goes to a web address (https://...) or to a file "
                         "in the pack's assets/ folder").format(target=shown)
    if assets is not None and member not in assets:
        return translate("Packs",
                         "'{target}' is not in the pack: no file {name} (pictures go in the assets/ folder "
                         "of a .wspack archive)").format(target=shown, name=member)
    return None


def _text_findings(path: Path_, text: str, assets: Collection[str] | None) -> list[Finding]:
    messages: list[str] = []
    if _RAW_IMAGE.search(text):
        messages.append(translate("Packs", "raw HTML pictures (<img>) are not allowed: write "
                                           "![what it shows](assets/name.png)"))
    if "](" in text or "]:" in text:  # (no link or picture can be written without one of them)
        for target, picture in markdown.targets(text):
            message = _target_message(target, picture, assets)
            if message and message not in messages:
                messages.append(message)
    return [Finding(path, m) for m in messages[:MAX_TARGET_FINDINGS]]


def target_findings(data: Any, assets: Collection[str] | None = None) -> list[Finding]:
    """Pictures and links that leave the pack (or raw ``<img>``) in any text; with ``assets`` (the
    archive's member names), also pictures the pack does not hold."""
    findings = []
    for path, text in _strings(data):
        findings.extend(_text_findings(path, text, assets))
    return findings


def rule_findings(data: dict[str, Any], assets: Collection[str] | None = None) -> list[Finding]:
    """Problems beyond the schema: duplicate ids, minutes, scales, group sizes, agenda references,
    pictures and links.

    ``assets``: the names of the pack's archive members (empty for a YAML file), or None not to
    check that pictures exist (a pack being edited).
    """
    exercises = _dicts(data.get("exercises"))
    agendas = _dicts(data.get("agendas"))
    findings = _unique_ids(exercises, "exercises",
                           translate("Packs", "duplicate exercise id '{id}' (also used by {other})"))
    for i, exercise in exercises:
        findings.extend(_exercise_findings(i, exercise))
    findings.extend(_unique_ids(agendas, "agendas",
                                translate("Packs", "duplicate agenda id '{id}' (also used by {other})")))
    ids = {ex["id"] for _, ex in exercises if isinstance(ex.get("id"), str)}
    findings.extend(_agenda_findings(agendas, ids))
    findings.extend(target_findings(data, assets))
    return findings
