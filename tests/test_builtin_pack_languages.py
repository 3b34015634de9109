"""The built-in pack in other languages: the same exercises, timings and structure as the English
pack, with every sentence translated.

A language version is ``exercises/<id>-<language>.yaml`` with pack id ``<id>-<language>`` and
``language: <language>``. Trainers keep the versions in step: an exercise added, retimed or
given a new step in one language and not the others fails here, as does a sentence left in
English or a code (a theme, a capture type, ``per: group``) translated by mistake.
"""

from __future__ import annotations

import re

import pytest

from workshop_app.packs.loader import load_pack
from workshop_app.resources import exercises_dir

BASE_ID = "bridging-leadership-operations"
LANGUAGES = ["de", "fr"]
_CODE = re.compile(r"[a-z0-9_-]+\Z")
#: sentences allowed to read the same in both languages (names, short labels such as "Workshop")
_SHORT = 3


def _pack(language: str | None):
    name = BASE_ID if language is None else f"{BASE_ID}-{language}"
    path = exercises_dir() / f"{name}.yaml"
    if not path.exists():
        pytest.fail(f"{path.name} is missing: the built-in pack ships in {', '.join(LANGUAGES)} too")
    return load_pack(path, builtin=True)


def _leaves(value, where=""):
    if isinstance(value, dict):
        yield where, "keys", sorted(value)
        for key in sorted(value):
            yield from _leaves(value[key], f"{where}.{key}")
    elif isinstance(value, list):
        yield where, "length", len(value)
        for i, item in enumerate(value):
            yield from _leaves(item, f"{where}[{i}]")
    else:
        yield where, "value", value


def _compare(english, translated, where):
    wrong = []
    pairs = zip(_leaves(english, where), _leaves(translated, where), strict=False)
    for (place, kind, en), (other_place, _kind, xx) in pairs:
        if place != other_place:
            wrong.append(f"{place}: structure differs ({other_place})")
            break
        if kind != "value" or not isinstance(en, str):
            if en != xx:
                wrong.append(f"{place}: {xx!r} instead of {en!r}")
        elif _CODE.match(en):
            if en != xx:
                wrong.append(f"{place}: the code {en!r} must not be translated (found {xx!r})")
        elif len(en.split()) > _SHORT and en.strip() == str(xx).strip():
            wrong.append(f"{place}: still in English: {en[:60]!r}")
    return wrong


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_pack_is_the_english_pack_translated(language):
    english, translated = _pack(None), _pack(language)
    assert translated.id == f"{BASE_ID}-{language}"
    assert translated.language == language
    assert translated.title != english.title
    assert [e.id for e in translated.exercises] == [e.id for e in english.exercises]
    wrong = []
    for en, xx in zip(english.exercises, translated.exercises, strict=True):
        wrong += _compare(en.to_dict(), xx.to_dict(), en.id)
    assert [a.id for a in translated.agendas] == [a.id for a in english.agendas]
    for en, xx in zip(english.agendas, translated.agendas, strict=True):
        def timing(agenda):
            return [(i.kind, i.exercise, i.minutes) for i in agenda.items]

        assert timing(xx) == timing(en), en.id
        assert xx.title != en.title
    assert not wrong, "\n".join(wrong[:60])
