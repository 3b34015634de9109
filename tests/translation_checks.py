"""What a finished translation catalogue must satisfy, message by message.

Used by tests/test_translations_shipped.py for every shipped language, and by translators on the
command line while they work (only the contexts they name):

    python tests/translation_checks.py translations/workshop_app_de.ts [CONTEXT ...]

prints each problem as ``context: 'source': what is wrong`` and exits 1 when there is any.
"""

from __future__ import annotations

import re
import string
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

#: an accelerator mark: "&File", not "&&" (a literal ampersand) nor " & " (text)
_ACCELERATOR = re.compile(r"(?<!&)&(?=[^&\s])")
_TAG = re.compile(r"</?[A-Za-z][^>]*>")
_QT_ARG = re.compile(r"%L?\d")


@dataclass
class Message:
    context: str
    source: str
    forms: list[str]  #: the translation, or each plural form
    finished: bool
    numerus: bool


def read_catalogue(path: str | Path) -> tuple[str, list[Message]]:
    root = ET.parse(path).getroot()
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            translation = m.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            numerus = m.get("numerus") == "yes"
            if translation is None:
                forms = []
            elif numerus:
                forms = [f.text or "" for f in translation.iter("numerusform")]
            else:
                forms = [translation.text or ""]
            messages.append(Message(name, m.findtext("source") or "", forms, kind is None, numerus))
    return root.get("language") or "", messages


def _fields(text: str) -> list[str] | None:
    """The ``str.format`` fields of ``text`` (sorted), or None when it is not a format string."""
    try:
        return sorted(name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name is not None)
    except ValueError:
        return None


def _ending(text: str) -> str:
    stripped = text.rstrip()
    if stripped.endswith(("\u2026", "...")):
        return "ellipsis"
    if stripped.endswith(":"):
        return "colon"
    return ""


def problems(message: Message) -> Iterator[str]:
    source = message.source
    if not message.finished:
        yield "unfinished"
        return
    if not message.forms or any(not form.strip() for form in message.forms):
        yield "empty translation"
        return
    for form in message.forms:
        if _fields(form) != _fields(source):
            yield f"placeholders {_fields(form)} instead of {_fields(source)} in {form!r}"
        if sorted(_QT_ARG.findall(form)) != sorted(_QT_ARG.findall(source)):
            yield f"Qt arguments differ in {form!r}"
        if message.numerus and "%n" not in form:
            yield f"plural form without %n: {form!r}"
        if len(_ACCELERATOR.findall(form)) != len(_ACCELERATOR.findall(source)):
            yield f"keyboard accelerator (&) differs in {form!r}"
        if set(_TAG.findall(form)) - set(_TAG.findall(source)):
            yield f"markup not in the source: {form!r}"
        if _ending(form) != _ending(source):
            yield f"ends differently (colon or ellipsis) from the source: {form!r}"
        if (form[:1].isspace(), form[-1:].isspace()) != (source[:1].isspace(), source[-1:].isspace()):
            yield f"leading or trailing space differs: {form!r}"
        if form.count("\n\n") != source.count("\n\n"):
            yield f"paragraphs (blank lines) differ: {form!r}"


def catalogue_problems(path: str | Path, contexts: set[str] | None = None) -> list[str]:
    _language, messages = read_catalogue(path)
    found = []
    for message in messages:
        if contexts and message.context not in contexts:
            continue
        found += [f"{message.context}: {message.source!r}: {p}" for p in problems(message)]
    return found


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    found = catalogue_problems(argv[0], set(argv[1:]) or None)
    for line in found:
        print(line)
    print(f"{len(found)} problems", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
