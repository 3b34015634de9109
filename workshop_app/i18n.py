"""Translation helpers for code outside the GUI, in the forms ``pyside6-lupdate`` reads.

Every user-visible string goes through Qt's translation machinery, spelled so that
``pyside6-lupdate`` extracts it with its context (tests/test_translations_extract.py runs it):

- widgets call ``self.tr("text")`` (the class name is the context);
- code elsewhere (command line, services, storage and pack errors, PDF labels) calls
  :func:`translate` with a literal context and text: ``translate("Plans", "Notes")``. It looks the
  text up in the shipped catalogue (``QTranslator``, QtCore only: no widgets, no display) of the
  current language: the interface's, or inside ``with in_language(code):`` a workshop's (its
  printed papers and projector speak the room's language while the window speaks the
  facilitator's);
- constants defined at import time are marked ``QT_TRANSLATE_NOOP("Model", "Vision")`` and
  translated where they are shown with the same context: ``translate("Model", THEMES[key])``;
- plurals use Qt's ``%n``: ``Plans.tr("%n dots", None, n)``, a :class:`Context` named exactly
  like its context. lupdate reads a bare name in the fourth argument of ``translate(...)`` as a
  Qt 4 text encoding and drops the plural mark, so ``translate(ctx, "%n dots", None, n)`` would
  reach translators without its plural forms; ``Context.tr`` is read like ``QObject.tr``.
"""

from __future__ import annotations

import contextlib
import functools
import os
from collections.abc import Iterator
from contextvars import ContextVar
from functools import cache

#: The language the source texts are written in: it needs no catalogue.
SOURCE_LANGUAGE = "en"
#: The environment variable naming the interface language (``--lang`` wins over it).
LANGUAGE_VARIABLE = "WORKSHOP_APP_LANG"

#: The interface language: the window, the command line's messages (``set_interface_language``).
_interface = SOURCE_LANGUAGE
#: The language of the document being made, when it is not the interface's, as the workshop stores
#: it (``es``, ``de-CH``): a workshop's printed plans, report and run sheet and its projector are in
#: it (``in_language``); its words come from the shipped catalogue of its language part.
_document: ContextVar[str | None] = ContextVar("document_language", default=None)


@cache
def available_languages() -> list[str]:
    """The languages the app can show and print: English and every shipped catalogue."""
    from workshop_app.resources import translations_dir

    folder = translations_dir()
    shipped = sorted(p.stem.removeprefix("workshop_app_") for p in folder.glob("workshop_app_*.qm"))
    return [SOURCE_LANGUAGE, *shipped]


def language_part(code: str | None) -> str:
    """The language of a language code or locale name: ``de`` for ``de-CH``, ``de_DE.UTF-8``, ``DE``."""
    return (code or "").replace("_", "-").split(".")[0].split("-")[0].strip().lower()


def catalogue_language(code: str | None) -> str:
    """The shipped language for a language code (``de-CH``, ``de_DE.UTF-8``, ``FR``): its
    language part when a catalogue ships for it, else English."""
    base = language_part(code)
    return base if base in available_languages() else SOURCE_LANGUAGE


def system_language() -> str:
    """The first of the system's preferred interface languages the app ships, else English."""
    from PySide6.QtCore import QLocale

    for code in QLocale.system().uiLanguages():
        language = catalogue_language(code)
        if language != SOURCE_LANGUAGE or code.lower().startswith(SOURCE_LANGUAGE):
            return language
    return SOURCE_LANGUAGE


def chosen_language(option: str | None = None, saved: str | None = None) -> str:
    """The interface language: ``--lang``, else ``$WORKSHOP_APP_LANG``, else the one saved in the
    settings (the window's), else the system's."""
    for choice in (option, os.environ.get(LANGUAGE_VARIABLE), saved):
        if choice:
            return catalogue_language(choice)
    return system_language()


@cache
def catalogue(language: str):
    """The loaded ``QTranslator`` of a shipped language (None for English or a missing file)."""
    if language == SOURCE_LANGUAGE:
        return None
    from PySide6.QtCore import QTranslator

    from workshop_app.resources import translations_dir

    translator = QTranslator()
    if not translator.load(f"workshop_app_{language}", str(translations_dir())):
        return None
    return translator


def set_interface_language(language: str) -> str:
    """Make ``language`` (a code; see :func:`catalogue_language`) the interface language of the
    code outside the widgets; returns the shipped language used. The window also installs the
    catalogue in Qt for its widgets (gui/languages.py)."""
    global _interface
    _interface = catalogue_language(language)
    return _interface


def interface_language() -> str:
    return _interface


@contextlib.contextmanager
def in_language(language: str | None) -> Iterator[str]:
    """Translate in ``language`` (a workshop's) inside the block, whatever the interface shows:
    ``with in_language(workshop.language): write_plans(...)``. Per thread (a context variable),
    so a PDF made on the task runner does not change the window's language."""
    token = _document.set(language or SOURCE_LANGUAGE)
    try:
        yield catalogue_language(language)
    finally:
        _document.reset(token)


def text_language() -> str:
    """The language the text being made is written in: the workshop's code inside ``in_language``
    (any language, shipped or not), else the interface's."""
    return _document.get() or _interface


def in_own_language(method):
    """Decorate a method of an object that has a ``words_language``: the method translates in that
    language when it is set (the projector's charts paint the room's words, whatever the window
    shows), else in the interface's (the same charts on the facilitator's console)."""

    @functools.wraps(method)
    def speaking(self, *args, **kwargs):
        if self.words_language is None:
            return method(self, *args, **kwargs)
        with in_language(self.words_language):
            return method(self, *args, **kwargs)

    return speaking


def current_language() -> str:
    """The language :func:`translate` uses here: the document's inside ``in_language``, else the
    interface's."""
    return catalogue_language(text_language())


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate ``text`` in ``context`` into :func:`current_language` (the source text when the
    catalogue has no translation for it)."""
    translator = catalogue(current_language())
    found = translator.translate(context, text, disambiguation, n) if translator is not None else ""
    result = found or text
    return result.replace("%n", str(n)) if n >= 0 else result


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark a constant for translation in ``context``; it is translated where it is shown."""
    return text


class Context:
    """A translation context for plural messages: ``Plans.tr("%n dots", None, n)``.

    lupdate takes the context from the name in front of ``.tr``, so every instance lives below
    under the name it carries (tests/test_translations_extract.py checks the two agree).
    """

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translate(self.name, text, disambiguation, n)


Packs = Context("Packs")
PackEditor = Context("PackEditor")
Planning = Context("Planning")
Plans = Context("Plans")
Projector = Context("Projector")


def counted(n: int, one: str, many: str) -> str:
    """A count in words: ``one`` for exactly 1, else ``many``.

    Both come translated from their own literal call, ``many`` in Qt's plural form:
    ``counted(n, translate("Plans", "1 dot"), Plans.tr("%n dots", None, n))`` (in a widget
    ``self.tr("%n dots", None, n)``). Qt fills in ``%n`` and a translation gives every plural
    form its language has; the English source needs no translation file.
    """
    return one if n == 1 else many
