"""Files that ship with the app: built-in packs, the pack schema, fonts, icons, samples,
translations.

In an installed wheel they live in ``workshop_app/_data/`` (pyproject maps the
top-level ``exercises/``, ``resources/`` and ``translations/`` folders there); when running from
a source checkout they are read from the checkout itself.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from workshop_app.i18n import language_part

#: The package's folder (what ``importlib.resources.files("workshop_app")`` names for a package on
#: disk, which the app always is; without importing importlib.resources at start-up).
_PACKAGE = Path(__file__).resolve().parent


@cache
def _root(name: str) -> Path:
    installed = _PACKAGE / "_data" / name
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / name


def exercises_dir() -> Path:
    """Folder holding the built-in packs (``*.yaml`` and ``*.wspack``)."""
    return _root("exercises")


def schema_path(name: str = "pack-v1") -> Path:
    """A shipped JSON Schema: ``pack-v1`` (exercise packs) or ``workshop-v1`` (workshop files)."""
    return exercises_dir() / "schema" / f"{name}.schema.json"


def resources_dir() -> Path:
    return _root("resources")


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def icons_dir() -> Path:
    return resources_dir() / "icons"


def translations_dir() -> Path:
    """Folder holding the translation catalogues: ``workshop_app_<lang>.qm`` (and their ``.ts``)."""
    return _root("translations")


def sample_workshop_file(language: str) -> Path:
    """Where the sample workshop in ``language`` ships, if it does: ``sample-workshop.json`` in
    English, ``sample-workshop.<language>.json`` in another language (``de``, ``fr``)."""
    name = "sample-workshop.json" if language == "en" else f"sample-workshop.{language}.json"
    return resources_dir() / name


def sample_workshop_path(language: str = "en") -> Path:
    """The sample workshop in ``language`` when it ships in that language, else the English one.

    ``language`` is a language code as a workshop stores it (``de``); a locale name such as
    ``de_DE``, ``fr-CH`` or ``de_DE.UTF-8`` picks its language's sample too.
    """
    code = language_part(language)
    if code.isascii() and code.isalpha():
        found = sample_workshop_file(code)
        if found.is_file():
            return found
    return sample_workshop_file("en")
