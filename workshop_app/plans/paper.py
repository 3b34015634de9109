"""The paper sizes every document accepts, and the one rule for the paper used unless one is chosen.

No reportlab at import: the command line's options and the GUI read this before any PDF is written.
"""

from __future__ import annotations

from workshop_app.errors import UserError
from workshop_app.i18n import translate

PAPERS = ("a4", "letter")  #: the paper sizes every document accepts


class PaperError(UserError):
    """An unknown paper size."""


def default_paper() -> str:
    """The paper documents are written on unless one is chosen: Letter where the locale measures
    in inches (US, Canada...), else A4."""
    from PySide6.QtCore import QLocale

    return "letter" if QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem else "a4"


def page_size(paper: str) -> tuple[float, float]:
    """Width and height in points of one of PAPERS."""
    from reportlab.lib.pagesizes import A4, LETTER

    key = (paper or "").lower()
    if key not in PAPERS:
        raise PaperError(translate("Plans",
                                   "Unknown paper size {paper!r}: use a4 or letter.").format(paper=paper))
    return {"a4": A4, "letter": LETTER}[key]
