"""The app's language: one QTranslator for the chosen language, at start-up and on change.

Languages: English ("en", the source language; its .qm only supplies English plural forms such
as "1 person shown") and Welsh ("cy", a draft for review by a native speaker). The .qm files in
resources/translations/ are made by `python -m tools.build_translations`.

Changing the language in settings installs the new translator at once: everything built from
then on is in the new language, and the settings screen, which handles QEvent.LanguageChange,
redraws its own text straight away. The other screens were built in the old language and keep
it until Offerbook restarts; the settings screen says so in plain words. Rebuilding every screen
mid-session would be the alternative, but each screen would have to restore its state, and a
restart does that already (drafts and place are kept in the vault).
"""

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QTranslator

from desktop.core.resources import resources_dir

log = logging.getLogger(__name__)

# Language names are written in their own language, never translated.
LANGUAGES = {"en": "English", "cy": "Cymraeg (drafft)"}
LOCALES = {"en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
           "cy": QLocale(QLocale.Language.Welsh, QLocale.Country.UnitedKingdom)}

# Qt has no Welsh translation of its own buttons; these let ours cover the message boxes.
QT_STRINGS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
)

_installed: QTranslator | None = None
_language = "en"


def translations_dir():
    return resources_dir() / "translations"


def qm_file(language: str):
    return translations_dir() / f"offerbook_{language}.qm"


def install(language: str) -> bool:
    """Use `language` for every string translated from now on. False if its file is missing
    (the app then carries on in English)."""
    global _installed, _language
    app = QCoreApplication.instance()
    language = language if language in LANGUAGES else "en"
    translator = QTranslator(app)
    if not translator.load(str(qm_file(language))):
        log.warning("no compiled translation for %s", language)
        return False
    if _installed is not None:
        app.removeTranslator(_installed)
        _installed.deleteLater()
    app.installTranslator(translator)
    _installed, _language = translator, language
    QLocale.setDefault(LOCALES[language])
    return True


def current() -> str:
    return _language


def uninstall() -> None:
    """Back to the untranslated source strings (tests)."""
    global _installed, _language
    if _installed is not None:
        QCoreApplication.instance().removeTranslator(_installed)
        _installed.deleteLater()
    _installed, _language = None, "en"
    QLocale.setDefault(LOCALES["en"])
