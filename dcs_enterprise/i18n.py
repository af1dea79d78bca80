"""The user's language: Vietnamese by default, English one setting away.

Shared by the window and the command line (both may use QtCore); the catalogue is
resources/i18n/dcs_enterprise_vi.qm, compiled from the .ts that Qt Linguist edits.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from .domain.errors import DcsError
from .domain.roster import RowError
from .paths import AppPaths, resource_path

LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}
DEFAULT_LANGUAGE = "vi"


def load_language(paths: AppPaths) -> str:
    try:
        language = json.loads(paths.preferences_file.read_text("utf-8")).get("language")
    except (OSError, ValueError):
        return DEFAULT_LANGUAGE
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


def save_language(paths: AppPaths, language: str) -> None:
    try:
        preferences = json.loads(paths.preferences_file.read_text("utf-8"))
    except (OSError, ValueError):
        preferences = {}
    preferences["language"] = language
    paths.preferences_file.parent.mkdir(parents=True, exist_ok=True)
    paths.preferences_file.write_text(json.dumps(preferences, ensure_ascii=False), "utf-8")


CATALOGUES = ("dcs_enterprise", "qt_extra")  # ours, and Qt's own buttons and dialogs


def install_translator(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Installs the catalogues for `language` (English needs none: the source strings are
    English) and makes it the default locale, so calendars and numbers follow it too."""
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)
                       if language == "vi" else QLocale(QLocale.Language.English,
                                                        QLocale.Country.UnitedKingdom))
    installed = []
    if language == "en":
        return installed
    for name in CATALOGUES:
        translator = QTranslator(app)
        if translator.load(str(resource_path("i18n", f"{name}_{language}.qm"))):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def error_text(error: DcsError | RowError) -> str:
    """An expected error (or one row's problem in an import) in the user's language."""
    context = getattr(error, "context", "Errors")  # a row's problem is always "Errors"
    return QCoreApplication.translate(context, error.template).format(**dict(error.params))


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
