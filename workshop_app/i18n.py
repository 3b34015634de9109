"""Translation helpers for code outside the GUI.

Every user-visible string goes through Qt's translation machinery. Code in the
GUI calls ``self.tr()``; code elsewhere (command line, services, storage error
messages, PDF labels) calls :func:`tr` with a context name, which goes through
``QCoreApplication.translate`` from QtCore only: no widgets, no display.
Constants defined at import time are marked with :func:`tr_noop` and
translated where they are shown.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _translate():
    try:
        from PySide6.QtCore import QCoreApplication
    except ImportError:  # pragma: no cover - PySide6 is a hard dependency
        return None
    return QCoreApplication.translate


def tr(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate ``text`` in ``context`` (a plain string when no translator is installed)."""
    translate = _translate()
    if translate is None:
        return text.replace("%n", str(n)) if n >= 0 else text
    return translate(context, text, disambiguation, n)


def tr_noop(text: str) -> str:
    """Mark a constant for translation; it is translated where it is shown."""
    return text


def counted(n: int, one: str, many: str) -> str:
    """A count in words: ``one`` for exactly 1, else ``many``.

    Both come translated from their own literal ``tr`` call, ``many`` in Qt's plural form:
    ``counted(n, tr("Plans", "1 dot"), tr("Plans", "%n dots", None, n))`` (in a widget
    ``self.tr("%n dots", None, n)``). Qt fills in ``%n`` and a translation gives every plural
    form its language has; the English source needs no translation file.
    """
    return one if n == 1 else many
