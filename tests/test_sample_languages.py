"""The sample workshop in every language the built-in pack ships in: the same workshop (people,
timings, votes, commitments), told in the room's language, built by
docs/scripts/build_sample_workshop.py from one table of texts (TEXTS) and the pack in that
language; the app falls back to the English sample for a language without one."""

from __future__ import annotations

import argparse
import json
import re
import runpy
import shutil
from pathlib import Path

import pytest

from workshop_app import resources
from workshop_app.commands.demo import demo_language, sample_data
from workshop_app.resources import exercises_dir, sample_workshop_file, sample_workshop_path

SCRIPT = Path(__file__).resolve().parents[1] / "docs" / "scripts" / "build_sample_workshop.py"
LANGUAGES = ["de", "fr"]
NAMES = {"de": "German", "fr": "French"}
#: French typography: no plain space before ":" ";" "?" "!", nor inside « »
FRENCH_SPACES = re.compile(r" [:;?!»]|« ")


@pytest.fixture(scope="module")
def script() -> dict:
    """The build script's names (functions keep the module's globals)."""
    return runpy.run_path(str(SCRIPT), run_name="build_sample_workshop")


def leaves(value, where=""):
    """(where, what, value) for each dict's keys, list's length and text of a TEXTS entry."""
    if isinstance(value, dict):
        yield where, "keys", sorted(value)
        for key in sorted(value):
            yield from leaves(value[key], f"{where}.{key}")
    elif isinstance(value, list | tuple):
        yield where, "length", len(value)
        for i, item in enumerate(value):
            yield from leaves(item, f"{where}[{i}]")
    else:
        yield where, "text", value


def shape(value) -> list:
    """Where each text sits and whether it is empty."""
    return [(where, what, v == "" if what == "text" else v) for where, what, v in leaves(value)]


def texts_of(value) -> list[str]:
    return [v for _, what, v in leaves(value) if what == "text"]


def pack_or_skip(language: str) -> None:
    path = exercises_dir() / f"bridging-leadership-operations-{language}.yaml"
    if not path.is_file():
        pytest.skip(f"{path.name} is not merged yet: the {NAMES[language]} sample is planned from it")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_tells_the_same_workshop(script, language):
    texts, english = script["TEXTS"][language], script["TEXTS"]["en"]
    assert sorted(script["TEXTS"]) == sorted(["en", *LANGUAGES])
    assert shape(texts) == shape(english)
    assert len(english["people"]) == len(script["PEOPLE"])
    assert len(english["cards"]) == len(script["CARDS"])
    assert len(english["commitments"]) == len(script["COMMITMENTS"])
    assert len(english["clusters"]) == len({cluster for cluster, _ in script["CARDS"]})
    same = {t for t in texts_of(texts) if t} & set(texts_of(english))
    assert same <= {"Production"}, f"still in English: {sorted(same)}"


def test_french_text_follows_french_typography(script):
    wrong = [t for t in texts_of(script["TEXTS"]["fr"]) if FRENCH_SPACES.search(t)]
    assert not wrong
    assert "\u00a0:" in script["TEXTS"]["fr"]["title"]


def test_the_sample_path_falls_back_to_english(tmp_path, monkeypatch):
    for name in ("sample-workshop.json", "sample-workshop.de.json"):
        (tmp_path / name).write_text("{}", encoding="utf-8")
    monkeypatch.setattr(resources, "resources_dir", lambda: tmp_path)
    english = tmp_path / "sample-workshop.json"
    assert sample_workshop_path() == english
    german = tmp_path / "sample-workshop.de.json"
    for language in ("de", "de_DE.UTF-8", "de-AT", "DE"):
        assert sample_workshop_path(language) == german, language
    for language in ("fr", "xx", "", "C", "../de", "de/../../etc"):
        assert sample_workshop_path(language) == english, language


def test_the_demo_prints_the_sample_in_the_command_lines_language():
    from workshop_app import i18n

    assert demo_language(argparse.Namespace(out="x")) == "en"
    try:
        i18n.set_interface_language("fr_FR.UTF-8")  # as --lang or $WORKSHOP_APP_LANG set it
        assert demo_language(argparse.Namespace(out="x")) == "fr"
    finally:
        i18n.set_interface_language("en")
    assert sample_data("xx").workshop.language == "en"


def test_the_script_stops_when_the_languages_pack_is_missing(script, tmp_path, capsys):
    shutil.copy(exercises_dir() / "bridging-leadership-operations.yaml", tmp_path)
    assert script["main"](["--language", "de"], exercises=tmp_path) == 1
    out, error = capsys.readouterr()
    assert "bridging-leadership-operations-de.yaml is missing" in error
    assert out == ""  # nothing built


@pytest.mark.parametrize("language", ["en", *LANGUAGES])
def test_the_shipped_sample_is_what_the_script_builds(script, language, tmp_path):
    if language != "en":
        pack_or_skip(language)
    shipped = sample_workshop_file(language)
    assert shipped.is_file(), (f"{shipped.name} is missing: run python docs/scripts/build_sample_workshop.py "
                               f"--language {language}")
    script["build"](language, tmp_path / "sample.json")
    built = json.loads((tmp_path / "sample.json").read_text(encoding="utf-8"))
    without_stamps = script["_without_stamps"]
    assert without_stamps(json.loads(shipped.read_text(encoding="utf-8"))) == without_stamps(built)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_sample_is_planned_from_the_pack_in_its_language(script, language):
    pack_or_skip(language)
    data = sample_data(language)
    texts = script["TEXTS"][language]
    assert (data.workshop.language, data.workshop.title) == (language, texts["title"])
    packs = {item.pack_id for item in data.agenda if item.kind == "exercise"}
    assert packs == {f"bridging-leadership-operations-{language}"}
    english = {item.title for item in sample_data("en").agenda}
    assert not english & {item.title for item in data.agenda}
