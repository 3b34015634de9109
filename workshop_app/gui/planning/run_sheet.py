"""Paper size for the facilitator's run sheet (written on the task runner: see gui/taskman.py)."""

from __future__ import annotations


def default_paper() -> str:
    """Letter where the locale measures in inches (US, Canada...), else A4."""
    from PySide6.QtCore import QLocale

    return "letter" if QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem else "a4"
