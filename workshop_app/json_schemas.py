"""The JSON Schemas that ship with the app, and what breaks them said in plain words.

Two schemas ship in ``exercises/schema/``: ``pack-v1`` (exercise packs, used by ``packs/``)
and ``workshop-v1`` (the workshop file, used by ``storage/``). Both are checked here, the one
way: :func:`findings` lists every problem as a :class:`Finding` (a field path and a message);
each caller may word some errors its own way through ``special``. Beside every layer: it
imports nothing of ours but ``i18n`` and ``resources``.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Callable, Iterator
from functools import cache
from typing import TYPE_CHECKING, Any, NamedTuple

from workshop_app.i18n import QT_TRANSLATE_NOOP, translate
from workshop_app.resources import schema_path

if TYPE_CHECKING:  # jsonschema is imported on first use: not before the window shows
    import jsonschema
    from jsonschema import ValidationError

Path_ = tuple[str | int, ...]


class Finding(NamedTuple):
    """A problem in the data, before it is given its place in a file."""

    path: Path_
    message: str
    #: Point at the key (an unknown field) rather than at the value.
    at_key: bool = False


def field_path(path: Path_) -> str:
    """``("exercises", 3, "steps", 0, "minutes")`` -> ``exercises[3].steps[0].minutes``."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        elif part.replace("_", "a").replace("-", "a").isalnum() and part.isascii():
            text += f".{part}" if text else part
        else:
            text += f"[{part!r}]"
    return text


@cache
def load(name: str) -> dict[str, Any]:
    """A shipped schema by name (``pack-v1``, ``workshop-v1``)."""
    return json.loads(schema_path(name).read_text(encoding="utf-8"))


@cache
def _whole_match(pattern: str) -> re.Pattern[str]:
    # The schema's patterns are ECMA-262: "$" is the very end. In Python it also
    # matches before a final newline, so "team\n" would pass as a slug.
    return re.compile(pattern[:-1] + r"\Z" if pattern.endswith("$") else pattern)


def _pattern(validator, pattern: str, instance: Any, schema: dict) -> Iterator[ValidationError]:
    from jsonschema import ValidationError

    if validator.is_type(instance, "string") and not _whole_match(pattern).search(instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


@cache
def validator(name: str) -> jsonschema.protocols.Validator:
    """The validator for a shipped schema: whole numbers are never booleans or 1.0; dates are real."""
    import jsonschema
    from jsonschema import Draft202012Validator, FormatChecker

    checker = Draft202012Validator.TYPE_CHECKER.redefine(
        "integer", lambda _checker, value: isinstance(value, int) and not isinstance(value, bool))
    cls = jsonschema.validators.extend(Draft202012Validator, validators={"pattern": _pattern},
                                       type_checker=checker)
    return cls(load(name), format_checker=FormatChecker(formats=["date"]))


_TYPE_MESSAGES = {
    "integer": QT_TRANSLATE_NOOP("Schemas", "must be a whole number"),
    "string": QT_TRANSLATE_NOOP("Schemas", "must be text"),
    "array": QT_TRANSLATE_NOOP("Schemas", "must be a list"),
    "object": QT_TRANSLATE_NOOP("Schemas", "must be a set of fields (name: value)"),
    "boolean": QT_TRANSLATE_NOOP("Schemas", "must be true or false"),
    "number": QT_TRANSLATE_NOOP("Schemas", "must be a number"),
}

_PATTERN_MESSAGES = {
    "^[a-z0-9]+(-[a-z0-9]+)*$":
        QT_TRANSLATE_NOOP("Schemas", "must be a slug: lowercase letters and digits joined by single hyphens, "
                                     "such as team-charter"),
    "^[0-9A-Za-z.+-]+$": QT_TRANSLATE_NOOP("Schemas", "must be a version such as 1.0.0 (letters, digits, "
                                                      "'.', '+' and '-' only)"),
    "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$": QT_TRANSLATE_NOOP("Schemas",
                                                          "must be a language code such as en or de-CH"),
}

#: Limits: keyword -> message, or (message when the limit is 1, message otherwise);
#: {n} is the limit, {size} the length of the text or list.
_BOUNDS: dict[str, str | tuple[str, str]] = {
    "minimum": (QT_TRANSLATE_NOOP("Schemas", "must be a positive whole number"),
                QT_TRANSLATE_NOOP("Schemas", "must be at least {n}")),
    "maximum": QT_TRANSLATE_NOOP("Schemas", "must be at most {n}"),
    "minLength": (QT_TRANSLATE_NOOP("Schemas", "must not be empty"),
                  QT_TRANSLATE_NOOP("Schemas", "must be at least {n} characters long")),
    "maxLength": QT_TRANSLATE_NOOP("Schemas", "is too long: {size} characters, at most {n}"),
    "minItems": (QT_TRANSLATE_NOOP("Schemas", "must list at least one item"),
                 QT_TRANSLATE_NOOP("Schemas", "must list at least {n} items")),
    "maxItems": QT_TRANSLATE_NOOP("Schemas", "lists too many items: {size}, at most {n}"),
}


def did_you_mean(value: str, choices: list[str]) -> str:
    import difflib  # here: storage imports this module at start-up, a suggestion is rare

    close = difflib.get_close_matches(value, choices, n=1, cutoff=0.75)
    return translate("Schemas", " (did you mean '{name}'?)").format(name=close[0]) if close else ""


def type_message(expected: str, instance: Any) -> str:
    message = (translate("Schemas", _TYPE_MESSAGES[expected]) if expected in _TYPE_MESSAGES
               else translate("Schemas", "has the wrong type"))
    if instance is None:
        return message + translate("Schemas", " (it is empty)")
    if expected == "string" and isinstance(instance, int | float | bool):
        return message + translate("Schemas", " (put the value in quotes)")
    return message


def _translate(err: ValidationError) -> list[Finding]:
    path: Path_ = tuple(err.absolute_path)
    kind, value, instance = err.validator, err.validator_value, err.instance
    if kind == "additionalProperties":
        allowed = list(err.schema.get("properties", {}))
        return [Finding(path + (key,), translate("Schemas", "unknown field") + did_you_mean(key, allowed),
                        at_key=True)
                for key in instance if key not in allowed]
    if kind == "required":
        missing = [key for key in value if key not in instance]
        if "then" in err.relative_schema_path and isinstance(instance.get("type"), str):
            message = translate("Schemas", "is required for a {type} capture").format(type=instance["type"])
        else:
            message = translate("Schemas", "is required")
        return [Finding(path + (key,), message) for key in missing]
    return [Finding(path, _message(kind, value, instance, err))]


def _message(kind: str, value: Any, instance: Any, err: ValidationError) -> str:
    if kind == "type":
        return type_message(value if isinstance(value, str) else value[0], instance)
    if kind in _BOUNDS:
        message = _BOUNDS[kind]
        if isinstance(message, tuple):
            message = message[0] if value == 1 else message[1]
        size = len(instance) if isinstance(instance, str | list) else 0
        return translate("Schemas", message).format(n=value, size=size)
    if kind == "pattern":
        return (translate("Schemas", _PATTERN_MESSAGES[value]) if value in _PATTERN_MESSAGES
                else translate("Schemas", "does not have the expected form"))
    if kind == "enum":
        choices = ", ".join(str(c) for c in value)
        if isinstance(instance, str):
            return (translate("Schemas", "'{value}' is not one of: {choices}")
                    .format(value=instance, choices=choices)
                    + did_you_mean(instance, [str(c) for c in value]))
        return translate("Schemas", "must be one of: {choices}").format(choices=choices)
    if kind == "const":
        return translate("Schemas", "must be {value}").format(value=json.dumps(value))
    if kind == "uniqueItems":
        seen: list[Any] = []
        for item in instance:
            if item in seen:
                return translate("Schemas", "lists '{value}' more than once").format(value=item)
            seen.append(item)
    return err.message  # pragma: no cover - every keyword the schemas use is handled above


#: A caller's own wording for some errors: its findings, or None for the usual words.
Special = Callable[["ValidationError"], "list[Finding] | None"]


def findings(name: str, data: Any, limit: int, special: Special | None = None) -> list[Finding]:
    """Every way ``data`` breaks schema ``name`` (at most ``limit`` errors), one finding per problem.

    Where a value has the wrong type, that is the only thing said about it.
    """
    found: list[tuple[str, Finding]] = []
    for err in itertools.islice(validator(name).iter_errors(data), limit):
        own = special(err) if special else None
        found.extend((err.validator, f) for f in (own if own is not None else _translate(err)))
    mistyped = {f.path for kind, f in found if kind == "type"}
    result: list[Finding] = []
    for kind, finding in found:
        if finding.path in mistyped and kind != "type":
            continue
        if finding not in result:
            result.append(finding)
    return result
