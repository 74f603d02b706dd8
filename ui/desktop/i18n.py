"""Which language the app speaks, and loading its translations (.qm built from i18n/*.ts by the Makefile)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

I18N_DIR = Path(__file__).resolve().parent / "i18n"
SUPPORTED = ("en", "de")
log = logging.getLogger(__name__)

# Installed translators must stay referenced, or Qt drops them with the Python object.
_installed: list[QTranslator] = []
_current = "en"


def system_language() -> str:
    return "de" if QLocale.system().language() == QLocale.Language.German else "en"


def resolve(setting: str) -> str:
    """The setting ("", "en", "de") as a language: an empty setting follows the system."""
    return setting if setting in SUPPORTED else system_language()


def current() -> str:
    return _current


def qm_path(language: str) -> Path:
    return I18N_DIR / f"mecloud_{language}.qm"  # module global: tests point it at freshly built files


def install(language: str) -> bool:
    """Switch the app to `language`; True when its translation was found (English always works)."""
    global _current
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    found = True
    ours = QTranslator()
    if ours.load(str(qm_path(language))):
        app.installTranslator(ours)
        _installed.append(ours)
    elif language != "en":
        # Run from a checkout without `make translations`: English rather than a crash.
        log.warning("translation %s is missing; run 'make translations'", qm_path(language).name)
        found = False
    qt_own = QTranslator()  # Qt's own strings: standard buttons, file dialogs
    if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    locale = QLocale(QLocale.Language.German if language == "de" else QLocale.Language.English)
    QLocale.setDefault(locale)
    _current = language if found else "en"
    return found
