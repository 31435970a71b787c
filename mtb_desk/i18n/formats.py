"""Numbers and dates in the reader's locale (Babel's CLDR data): one helper per kind.

English is British English (``14 March 2025``, ``2.4``); bokmål is Norwegian (``14.03.2025``,
``2,4``). Documents, minutes and exports use these; the GUI uses QLocale (`ui.formatting`).
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import TYPE_CHECKING

from mtb_desk.i18n import check_language

if TYPE_CHECKING:
    from babel import Locale

_LOCALES = {"en": "en_GB", "nb": "nb_NO"}
_DATE_PATTERNS = {"en": "d MMMM y", "nb": "dd.MM.y"}


@lru_cache(maxsize=4)
def babel_locale(lang: str) -> Locale:
    from babel import Locale

    return Locale.parse(_LOCALES[check_language(lang)])


def format_number(value: float, lang: str, digits: int = 1) -> str:
    """`value` with `digits` decimals: ``2.4`` (en), ``2,4`` (nb); no digit grouping."""
    from babel.numbers import format_decimal

    pattern = "0" if digits <= 0 else "0." + "0" * digits
    text = format_decimal(value, format=pattern, locale=babel_locale(lang))
    return text.replace("\u2212", "-")  # one hyphen-minus: every document font has it


def format_count(value: int, lang: str) -> str:
    """A count with the locale's digit grouping: ``1,167`` (en), ``1 167`` (nb)."""
    from babel.numbers import format_decimal

    return format_decimal(value, format="#,##0", locale=babel_locale(lang))


def format_percent(fraction: float, lang: str, digits: int = 0) -> str:
    """A fraction (0.25) as a percentage in the locale's pattern: ``25%`` (en), ``25 %`` (nb)."""
    from babel.numbers import format_percent as babel_percent

    locale = babel_locale(lang)
    pattern = locale.percent_formats[None].pattern
    if digits > 0:
        head, _, tail = pattern.rpartition("0")
        pattern = f"{head}0.{'0' * digits}{tail}"
    return babel_percent(fraction, format=pattern, locale=locale).replace("\u2212", "-")


def format_date(value: dt.date, lang: str) -> str:
    """``14 March 2025`` (en), ``14.03.2025`` (nb)."""
    from babel.dates import format_date as babel_date

    return babel_date(value, _DATE_PATTERNS[check_language(lang)], locale=babel_locale(lang))


def format_datetime(value: dt.datetime, lang: str) -> str:
    """Date and time to the minute with the UTC offset of `value` (``… 14:05 UTC+01:00``)."""
    offset = value.strftime("%z")
    zone = "UTC" if offset in ("+0000", "") else f"UTC{offset[:3]}:{offset[3:]}"
    return f"{format_date(value.date(), lang)} {value:%H:%M} {zone}"
