"""The interface language in the window: the app's catalogue and Qt's own (qtbase: the standard
buttons and dialogs) installed in the application, and changed while the app runs.

The language itself is chosen in ``i18n.chosen_language`` (``--lang``, ``$WORKSHOP_APP_LANG``, the
saved setting, the system's); the window rebuilds its pages to show it (MainWindow).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QLineEdit, QWidget

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


#: The property of a field whose text is kept only on screen until the user acts on it (a quick
#: entry before Enter, a search): the window carries it into the pages it rebuilds.
DRAFT = "keptAcrossLanguages"


def mark_draft(edit: QLineEdit, object_name: str) -> QLineEdit:
    """Keep ``edit``'s text when the window changes language (``object_name``: unique in its page)."""
    edit.setObjectName(object_name)
    edit.setProperty(DRAFT, True)
    return edit


def drafts(page: QWidget) -> dict[str, str]:
    """The texts typed in ``page``'s draft fields, by field name."""
    return {edit.objectName(): edit.text() for edit in page.findChildren(QLineEdit)
            if edit.property(DRAFT) and edit.text()}


def restore_drafts(page: QWidget, texts: dict[str, str]) -> None:
    """Put ``texts`` (from :func:`drafts`) back in the same fields of a rebuilt ``page``."""
    for edit in page.findChildren(QLineEdit):
        if edit.property(DRAFT) and edit.objectName() in texts and not edit.text():
            edit.setText(texts[edit.objectName()])


def language_name(code: str) -> str:
    """A language's name in that language ("Deutsch", "Français"), as people look for it."""
    locale = QLocale(code)
    if locale.language() == QLocale.Language.English:  # not "American English": the language
        return QLocale.languageToString(locale.language())
    name = locale.nativeLanguageName()
    return name[:1].upper() + name[1:] if name else code
