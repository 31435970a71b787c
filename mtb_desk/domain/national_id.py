"""Norwegian national identity numbers (fødselsnummer, D- and H-numbers).

Eleven digits: DDMMYY, three individual digits, two mod-11 check digits. D-numbers add 40 to
the day, H-numbers 40 to the month. From 2032 new numbers follow a relaxed check-digit rule,
so a number whose date is valid but whose check digits fail the classic rule is reported as a
warning, not rejected. The number itself never appears in messages (it is personal data).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

_WEIGHTS_1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
_WEIGHTS_2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


class NationalIdKind(StrEnum):
    BIRTH_NUMBER = "fødselsnummer"
    D_NUMBER = "D-number"
    H_NUMBER = "H-number"


@dataclass(frozen=True, slots=True)
class NationalIdCheck:
    kind: NationalIdKind
    birth_date: dt.date
    checksum_ok: bool

    @property
    def warning(self) -> str | None:
        if self.checksum_ok:
            return None
        return (
            "the check digits do not follow the pre-2032 rule; accepted as a possible "
            "new-style number, please double-check it"
        )


class NationalIdError(ValueError):
    pass


def _check_digit(digits: str, weights: tuple[int, ...]) -> int | None:
    remainder = sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11
    check = 0 if remainder == 0 else 11 - remainder
    return None if check == 10 else check


def _century(year2: int, individual: int) -> int:
    """Birth century from the individual number range (Skatteetaten's table)."""
    if individual <= 499:
        return 1900
    if individual <= 749 and year2 >= 54:
        return 1800
    if individual >= 900 and year2 >= 40:
        return 1900
    if year2 <= 39:
        return 2000
    raise NationalIdError("the individual digits do not fit the birth year")


def check_national_id(value: str) -> NationalIdCheck:
    """Validate a national id; raise `NationalIdError` for a hard error.

    Returns the kind, the birth date and whether the classic check digits hold.
    """
    number = value.replace(" ", "")
    if len(number) != 11 or not number.isdigit():
        raise NationalIdError("a national id has exactly 11 digits")
    day, month, year2 = int(number[0:2]), int(number[2:4]), int(number[4:6])
    individual = int(number[6:9])
    kind = NationalIdKind.BIRTH_NUMBER
    if day > 40:
        kind, day = NationalIdKind.D_NUMBER, day - 40
    elif month > 40:
        kind, month = NationalIdKind.H_NUMBER, month - 40
    year = _century(year2, individual) + year2
    try:
        birth = dt.date(year, month, day)
    except ValueError as exc:
        raise NationalIdError("the first six digits are not a valid date") from exc
    k1 = _check_digit(number[:9], _WEIGHTS_1)
    k2 = _check_digit(number[:9] + number[9], _WEIGHTS_2)
    checksum_ok = (
        k1 is not None and k1 == int(number[9]) and k2 is not None and k2 == int(number[10])
    )
    return NationalIdCheck(kind=kind, birth_date=birth, checksum_ok=checksum_ok)
