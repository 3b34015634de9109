"""The interface language in the window: the app's catalogue and Qt's own (qtbase: the standard
buttons and dialogs) installed in the application, and changed while the app runs.

The language itself is chosen in ``i18n.chosen_language`` (``--lang``, ``$WORKSHOP_APP_LANG``, the
saved setting, the system's); the window rebuilds its pages to show it (MainWindow).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from workshop_app.i18n import SOURCE_LANGUAGE, catalogue, set_interface_language

#: The translators this module installed, removed again when the language changes.
_installed: list[QTranslator] = []


def install_interface_language(language: str) -> str:
    """Show the app in ``language`` (a code); returns the shipped language used."""
    shipped = set_interface_language(language)
    app = QCoreApplication.instance()
    if app is None:
        return shipped
    while _installed:
        app.removeTranslator(_installed.pop())
    if shipped != SOURCE_LANGUAGE:
        qt_own = QTranslator(app)
        path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(QLocale(shipped), "qtbase", "_", path):
            _installed.append(qt_own)
        own = catalogue(shipped)
        if own is not None:
            _installed.append(own)
    for translator in _installed:
        app.installTranslator(translator)
    if hasattr(app, "setApplicationDisplayName"):
        app.setApplicationDisplayName(QCoreApplication.translate("app", "Workshop app"))
    return shipped


def language_name(code: str) -> str:
    """A language's name in that language ("Deutsch", "Français"), as people look for it."""
    locale = QLocale(code)
    if locale.language() == QLocale.Language.English:  # not "American English": the language
        return QLocale.languageToString(locale.language())
    name = locale.nativeLanguageName()
    return name[:1].upper() + name[1:] if name else code
