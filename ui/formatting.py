"""Turning record values into cell text, locale-aware and short."""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QLocale, QTimeZone

if TYPE_CHECKING:
    from mtb_desk.i18n.phrases import Value

DASH = "–"


def tr(text: str) -> str:
    return QCoreApplication.translate("Values", text)


def date_text(value: dt.date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), "yyyy-MM-dd")


def datetime_text(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    stamp = QDateTime.fromSecsSinceEpoch(int(value.timestamp()), QTimeZone.systemTimeZone())
    return stamp.toString("yyyy-MM-dd HH:mm")


# Values whose words keep capitals or a hyphen (an acronym, a trial's name): "MSS", not "mss".
_WRITTEN = {"impress-cohort": "IMPRESS cohort", "mss": "MSS", "msi-high": "MSI-high"}


def enum_text(value: Enum | None) -> str:
    """Enum values are the database spellings; show them as words (translated)."""
    if value is None:
        return ""
    spelling = str(value.value)
    return tr(_WRITTEN.get(spelling) or spelling.replace("-", " "))


def number_text(value: float | None, decimals: int = 1, suffix: str = "") -> str:
    if value is None:
        return ""
    return QLocale().toString(float(value), "f", decimals) + suffix


def percent_text(fraction: float | None) -> str:
    return "" if fraction is None else number_text(100 * fraction, 1, " %")


def count_text(value: int) -> str:
    """A count with the locale's digit grouping: ``1,167`` (en), ``1 167`` (nb)."""
    return QLocale().toString(int(value))


def points_text(percent: float, decimals: int = 1) -> str:
    """A percentage given in points (0-100): ``100.0%`` (en), ``100,0 %`` (nb)."""
    locale = QLocale()
    space = "\u00a0" if locale.language() == QLocale.Language.NorwegianBokmal else ""
    return f"{locale.toString(float(percent), 'f', decimals)}{space}{locale.percent()}"


# Translatable spellings of enum values, so lupdate sees them.
_ENUM_WORDS = (
    QT_TRANSLATE_NOOP("Values", "referred"),
    QT_TRANSLATE_NOOP("Values", "in review"),
    QT_TRANSLATE_NOOP("Values", "scheduled"),
    QT_TRANSLATE_NOOP("Values", "discussed"),
    QT_TRANSLATE_NOOP("Values", "closed"),
    QT_TRANSLATE_NOOP("Values", "oncogenic"),
    QT_TRANSLATE_NOOP("Values", "likely oncogenic"),
    QT_TRANSLATE_NOOP("Values", "vus"),
    QT_TRANSLATE_NOOP("Values", "likely benign"),
    QT_TRANSLATE_NOOP("Values", "benign"),
    QT_TRANSLATE_NOOP("Values", "amplification"),
    QT_TRANSLATE_NOOP("Values", "deletion"),
    QT_TRANSLATE_NOOP("Values", "fusion"),
    QT_TRANSLATE_NOOP("Values", "splice"),
    QT_TRANSLATE_NOOP("Values", "IMPRESS cohort"),
    QT_TRANSLATE_NOOP("Values", "other trial"),
    QT_TRANSLATE_NOOP("Values", "approved therapy"),
    QT_TRANSLATE_NOOP("Values", "off label"),
    QT_TRANSLATE_NOOP("Values", "no actionable"),
    QT_TRANSLATE_NOOP("Values", "further testing"),
    QT_TRANSLATE_NOOP("Values", "genetic counselling"),
    QT_TRANSLATE_NOOP("Values", "draft"),
    QT_TRANSLATE_NOOP("Values", "final"),
    QT_TRANSLATE_NOOP("Values", "signed"),
    QT_TRANSLATE_NOOP("Values", "superseded"),
    QT_TRANSLATE_NOOP("Values", "pending"),
    QT_TRANSLATE_NOOP("Values", "deferred"),
    QT_TRANSLATE_NOOP("Values", "planned"),
    QT_TRANSLATE_NOOP("Values", "in progress"),
    QT_TRANSLATE_NOOP("Values", "reader"),
    QT_TRANSLATE_NOOP("Values", "clinician"),
    QT_TRANSLATE_NOOP("Values", "pathologist"),
    QT_TRANSLATE_NOOP("Values", "bioinformatician"),
    QT_TRANSLATE_NOOP("Values", "secretary"),
    QT_TRANSLATE_NOOP("Values", "chair"),
    QT_TRANSLATE_NOOP("Values", "admin"),
    QT_TRANSLATE_NOOP("Values", "MSI-high"),
    QT_TRANSLATE_NOOP("Values", "MSS"),
    QT_TRANSLATE_NOOP("Values", "indeterminate"),
    QT_TRANSLATE_NOOP("Values", "gain"),
    QT_TRANSLATE_NOOP("Values", "loss"),
)


def ui_language() -> str:
    """ "nb" while the bokmål translation is installed, else "en" (for core wording)."""
    return "nb" if QLocale().language() == QLocale.Language.NorwegianBokmal else "en"


def phrase_text(value: Value) -> str:
    """A core phrase (a match reason, a conflict) in the GUI's language."""
    from mtb_desk.i18n.phrases import render

    return render(value, ui_language())

