"""Installing Qt translators for the chosen language (English source strings, bokmål .qm)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from ui import settings

LANGUAGES = {"en": "English", "nb": "Norsk bokmål"}
_I18N = Path(__file__).with_name("i18n")
_installed: list[QTranslator] = []
_current = ["en"]


def current_language() -> str:
    """The language installed last ("en" or "nb"): the core renders its texts in it too."""
    return _current[0]


def chosen_language() -> str:
    """The saved choice, else the system's when it is Norwegian, else English."""
    saved = settings.text_value(settings.KEY_LANGUAGE)
    if saved in LANGUAGES:
        return saved
    system = QLocale.system().name().lower()
    return "nb" if system.startswith(("nb", "no", "nn")) else "en"


def install(app: QCoreApplication, language: str) -> str:
    """Replace the installed translators; returns the language now in use."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current[0] = "nb" if language == "nb" else "en"
    if language != "nb":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        return "en"
    ours = QTranslator(app)
    if ours.load(str(_I18N / "mtb_desk_nb.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    qt_base = QTranslator(app)  # Qt's own dialogs (buttons, file dialogs)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_base.load(QLocale(QLocale.Language.NorwegianBokmal), "qtbase", "_", qt_dir):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    QLocale.setDefault(QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway))
    return "nb"


def localise_buttons(box: QDialogButtonBox | QMessageBox) -> QDialogButtonBox | QMessageBox:
    """Qt's own translations are not shipped with PySide6-Essentials, so standard buttons
    get their words from our catalogue (a dialog's button box or a message box)."""
    words = {
        "Ok": QCoreApplication.translate("Buttons", "OK"),
        "Cancel": QCoreApplication.translate("Buttons", "Cancel"),
        "Close": QCoreApplication.translate("Buttons", "Close"),
        "Save": QCoreApplication.translate("Buttons", "Save"),
        "Yes": QCoreApplication.translate("Buttons", "Yes"),
        "No": QCoreApplication.translate("Buttons", "No"),
    }
    english = {"OK", "Cancel", "Close", "Save", "Yes", "&Yes", "No", "&No"}
    for name, word in words.items():
        button = box.button(getattr(type(box).StandardButton, name))
        if button is not None and button.text().replace("&", "") in english:
            button.setText(word)
    return box
