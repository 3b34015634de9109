"""Translation helpers for code outside the GUI, in the forms ``pyside6-lupdate`` reads.

Every user-visible string goes through Qt's translation machinery, spelled so that
``pyside6-lupdate`` extracts it with its context (tests/test_translations_extract.py runs it):

- widgets call ``self.tr("text")`` (the class name is the context);
- code elsewhere (command line, services, storage and pack errors, PDF labels) calls
  :func:`translate` with a literal context and text: ``translate("Plans", "Notes")``. It goes
  through ``QCoreApplication.translate`` from QtCore only: no widgets, no display;
- constants defined at import time are marked ``QT_TRANSLATE_NOOP("Model", "Vision")`` and
  translated where they are shown with the same context: ``translate("Model", THEMES[key])``;
- plurals use Qt's ``%n``: ``Plans.tr("%n dots", None, n)``, a :class:`Context` named exactly
  like its context. lupdate reads a bare name in the fourth argument of ``translate(...)`` as a
  Qt 4 text encoding and drops the plural mark, so ``translate(ctx, "%n dots", None, n)`` would
  reach translators without its plural forms; ``Context.tr`` is read like ``QObject.tr``.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _qt_translate():
    try:
        from PySide6.QtCore import QCoreApplication
    except ImportError:  # pragma: no cover - PySide6 is a hard dependency
        return None
    return QCoreApplication.translate


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate ``text`` in ``context`` (a plain string when no translator is installed)."""
    qt_translate = _qt_translate()
    if qt_translate is None:
        return text.replace("%n", str(n)) if n >= 0 else text
    return qt_translate(context, text, disambiguation, n)


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
