"""Checking pack data against the shipped JSON Schema, in words a trainer understands."""

from __future__ import annotations

import difflib
import itertools
import json
import re
from collections.abc import Iterator
from functools import cache, lru_cache
from typing import Any

import jsonschema
from jsonschema import Draft202012Validator, ValidationError

from workshop_app.i18n import tr
from workshop_app.packs.errors import Finding, Path_
from workshop_app.resources import schema_path


@lru_cache(maxsize=1)
def load_schema() -> dict[str, Any]:
    """The shipped pack schema (``exercises/schema/pack-v1.schema.json``)."""
    return json.loads(schema_path().read_text(encoding="utf-8"))


@cache
def _whole_match(pattern: str) -> re.Pattern[str]:
    # The schema's patterns are ECMA-262: "$" is the very end. In Python it also
    # matches before a final newline, so "team\n" would pass as a slug.
    return re.compile(pattern[:-1] + r"\Z" if pattern.endswith("$") else pattern)


def _pattern(validator, pattern: str, instance: Any, schema: dict) -> Iterator[ValidationError]:
    if validator.is_type(instance, "string") and not _whole_match(pattern).search(instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


@lru_cache(maxsize=1)
def validator() -> jsonschema.protocols.Validator:
    checker = Draft202012Validator.TYPE_CHECKER.redefine(
        "integer", lambda _checker, value: isinstance(value, int) and not isinstance(value, bool))
    cls = jsonschema.validators.extend(Draft202012Validator, validators={"pattern": _pattern},
                                       type_checker=checker)
    return cls(load_schema())


_TYPE_MESSAGES = {
    "integer": "must be a whole number",
    "string": "must be text",
    "array": "must be a list",
    "object": "must be a set of fields (name: value)",
    "boolean": "must be true or false",
    "number": "must be a number",
}

_PATTERN_MESSAGES = {
    "^[a-z0-9]+(-[a-z0-9]+)*$":
        "must be a slug: lowercase letters and digits joined by single hyphens, such as team-charter",
    "^[0-9A-Za-z.+-]+$": "must be a version such as 1.0.0 (letters, digits, '.', '+' and '-' only)",
    "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$": "must be a language code such as en or de-CH",
}

#: Limits: keyword -> message, or (message when the limit is 1, message otherwise);
#: {n} is the limit, {size} the length of the text or list.
_BOUNDS: dict[str, str | tuple[str, str]] = {
    "minimum": ("must be a positive whole number", "must be at least {n}"),
    "maximum": "must be at most {n}",
    "minLength": ("must not be empty", "must be at least {n} characters long"),
    "maxLength": "is too long: {size} characters, at most {n}",
    "minItems": ("must list at least one item", "must list at least {n} items"),
    "maxItems": "lists too many items: {size}, at most {n}",
}

AGENDA_ITEM_MESSAGE = ("give exactly one of exercise, break or custom "
                       "(breaks and free items need minutes)")


def _t(text: str) -> str:
    return tr("Packs", text)


def _did_you_mean(value: str, choices: list[str]) -> str:
    close = difflib.get_close_matches(value, choices, n=1, cutoff=0.75)
    return _t(" (did you mean '{name}'?)").format(name=close[0]) if close else ""


def _type_message(expected: str, instance: Any) -> str:
    message = _t(_TYPE_MESSAGES.get(expected, "has the wrong type"))
    if instance is None:
        return message + _t(" (it is empty)")
    if expected == "string" and isinstance(instance, int | float | bool):
        return message + _t(" (put the value in quotes)")
    return message


def _is_agenda_item(path: Path_) -> bool:
    return len(path) == 4 and path[0] == "agendas" and path[2] == "items"


def _translate(err: ValidationError) -> list[Finding]:
    path: Path_ = tuple(err.absolute_path)
    kind, value, instance = err.validator, err.validator_value, err.instance
    if kind == "additionalProperties":
        allowed = list(err.schema.get("properties", {}))
        return [Finding(path + (key,), _t("unknown field") + _did_you_mean(key, allowed), at_key=True)
                for key in instance if key not in allowed]
    if kind == "required":
        missing = [key for key in value if key not in instance]
        if "then" in err.relative_schema_path and isinstance(instance.get("type"), str):
            message = _t("is required for a {type} capture").format(type=instance["type"])
        else:
            message = _t("is required")
        return [Finding(path + (key,), message) for key in missing]
    if kind in ("oneOf", "minProperties") and _is_agenda_item(path):
        return [Finding(path, _t(AGENDA_ITEM_MESSAGE))]
    return [Finding(path, _message(kind, value, instance, err))]


def _message(kind: str, value: Any, instance: Any, err: ValidationError) -> str:
    if kind == "type":
        return _type_message(value if isinstance(value, str) else value[0], instance)
    if kind in _BOUNDS:
        message = _BOUNDS[kind]
        if isinstance(message, tuple):
            message = message[0] if value == 1 else message[1]
        size = len(instance) if isinstance(instance, str | list) else 0
        return _t(message).format(n=value, size=size)
    if kind == "pattern":
        return _t(_PATTERN_MESSAGES.get(value, "does not have the expected form"))
    if kind == "enum":
        choices = ", ".join(str(c) for c in value)
        if isinstance(instance, str):
            return (_t("'{value}' is not one of: {choices}").format(value=instance, choices=choices)
                    + _did_you_mean(instance, [str(c) for c in value]))
        return _t("must be one of: {choices}").format(choices=choices)
    if kind == "const":
        return _t("must be {value}").format(value=json.dumps(value))
    if kind == "uniqueItems":
        seen: list[Any] = []
        for item in instance:
            if item in seen:
                return _t("lists '{value}' more than once").format(value=item)
            seen.append(item)
    return err.message  # pragma: no cover - every keyword the schema uses is handled above


def schema_findings(data: Any, limit: int) -> list[Finding]:
    """Every way ``data`` breaks the schema (at most ``limit`` errors), one finding per problem.

    Where a value has the wrong type, that is the only thing said about it.
    """
    findings: list[tuple[str, Finding]] = []
    for err in itertools.islice(validator().iter_errors(data), limit):
        findings.extend((err.validator, f) for f in _translate(err))
    mistyped = {f.path for kind, f in findings if kind == "type"}
    result: list[Finding] = []
    for kind, finding in findings:
        if finding.path in mistyped and kind != "type":
            continue
        if finding not in result:
            result.append(finding)
    return result
