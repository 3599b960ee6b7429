"""Loading the German (or English) translation for the app and for Qt's own dialogs.

The language follows the system locale unless the user chose one in
Preferences. Two translators are installed: ours (resources/translations/
portfolio_<lang>.qm, built by ``python -m portfolio_app.devtools.translations``)
and Qt's qtbase_<lang>.qm, which translates the buttons of standard dialogs
("Cancel", "Open", …). English is the source language, so it needs no file.
Numbers and dates follow QLocale: the system locale, unless the user chose a
language other than the system's in Preferences (then that language's usual
conventions, e.g. 1.234,5 for German).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from portfolio_app.resources import resource_path
from portfolio_app.services.preferences import LANGUAGES, SYSTEM_LANGUAGE, load_preferences
from portfolio_app.ui.plurals import EnglishPlurals

SOURCE_LANGUAGE = "en"
APP_CATALOGUE = "portfolio"
QT_CATALOGUE = "qtbase"

_installed: list[QTranslator] = []  # kept alive here: Qt does not own installed translators
_current = SOURCE_LANGUAGE


def system_language() -> str:
    """The first of the system's UI languages that we translate to, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def effective_language(language: str | None = None) -> str:
    """``language`` if given, else the Preferences choice, else the system's language."""
    if language is None:
        language = load_preferences().language
    if language == SYSTEM_LANGUAGE or language not in LANGUAGES:
        return system_language()
    return language


def current_language() -> str:
    """The language the UI is shown in (e.g. the default language of an exported PDF)."""
    return _current


def install_translators(app: QCoreApplication, language: str | None = None) -> str:
    """Install the translators for ``language`` ("en", "de"; None = preference or system); return it."""
    global _current
    requested = load_preferences().language if language is None else language
    chosen = effective_language(requested)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _set_number_locale(requested, chosen)
    plurals = EnglishPlurals()  # installed first, so asked last: "%Ln contribution(s)" reads "3 contributions"
    if app.installTranslator(plurals):
        _installed.append(plurals)
    if chosen != SOURCE_LANGUAGE:
        ours = _load(f"{APP_CATALOGUE}_{chosen}", [resource_path("translations")])
        qt = _load(f"{QT_CATALOGUE}_{chosen}", qt_translation_dirs())
        for loaded in (qt, ours):
            if loaded is not None and app.installTranslator(loaded):
                _installed.append(loaded)
    _current = chosen
    return chosen


def _set_number_locale(requested: str, chosen: str) -> None:
    """Numbers and dates: the system's conventions (a French system keeps 1 234,5 even in English),
    unless the user picked a language other than the system's, then that language's own."""
    system = QLocale.system()
    picked_another = requested in LANGUAGES and system.name().split("_")[0] != chosen
    if picked_another:
        QLocale.setDefault(QLocale(chosen))
    elif system.language() != QLocale.Language.C:
        QLocale.setDefault(system)


def qt_translation_dirs() -> list[Path]:
    """Where Qt's own .qm files are: Qt's install folder, and the bundle's copy of it."""
    folders = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:  # the wheel layout PyInstaller keeps: PySide6/Qt/translations, on Windows PySide6/translations
        folders += [Path(bundle) / "PySide6" / "Qt" / "translations", Path(bundle) / "PySide6" / "translations"]
    return folders


def _load(name: str, folders: list[Path]) -> QTranslator | None:
    for folder in folders:
        translator = QTranslator()
        if translator.load(name, str(folder)):
            return translator
    return None
