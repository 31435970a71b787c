"""Norwegian national identity numbers: birth numbers, D- and H-numbers, check digits."""

from __future__ import annotations

import datetime as dt

import pytest

from mtb_desk.domain.national_id import NationalIdError, NationalIdKind, check_national_id
from mtb_desk.errors import ValidationError
from mtb_desk.services.cases import validate_national_id

# Synthetic numbers built with the published check-digit rule; they belong to nobody known.
VALID_BIRTH_NUMBER = "01019012480"  # 1 Jan 1990
VALID_D_NUMBER = "41019012393"  # day + 40
VALID_H_NUMBER = "01519012320"  # month + 40


def test_valid_birth_number() -> None:
    check = check_national_id(VALID_BIRTH_NUMBER)
    assert check.kind is NationalIdKind.BIRTH_NUMBER
    assert check.birth_date == dt.date(1990, 1, 1)
    assert check.checksum_ok
    assert check.warning is None


def test_d_number_adds_forty_to_the_day() -> None:
    check = check_national_id(VALID_D_NUMBER)
    assert check.kind is NationalIdKind.D_NUMBER
    assert check.birth_date == dt.date(1990, 1, 1)
    assert check.checksum_ok


def test_h_number_adds_forty_to_the_month() -> None:
    check = check_national_id(VALID_H_NUMBER)
    assert check.kind is NationalIdKind.H_NUMBER
    assert check.birth_date == dt.date(1990, 11, 1)
    assert check.checksum_ok


def test_bad_check_digits_are_a_warning_not_an_error() -> None:
    """From 2032 new numbers use a relaxed rule, so a failing classic checksum only warns."""
    tampered = VALID_BIRTH_NUMBER[:9] + "99"
    check = check_national_id(tampered)
    assert not check.checksum_ok
    assert check.warning is not None
    assert "check digits" in check.warning
    assert validate_national_id(tampered) == check.warning


@pytest.mark.parametrize(
    ("number", "message"),
    [
        ("1234567890", "11 digits"),
        ("0101901248x", "11 digits"),
        ("32019012480", "not a valid date"),
        ("01139012480", "not a valid date"),
    ],
)
def test_malformed_numbers_are_errors(number: str, message: str) -> None:
    with pytest.raises(NationalIdError, match=message):
        check_national_id(number)
    with pytest.raises(ValidationError):
        validate_national_id(number)


def test_error_messages_never_contain_the_number() -> None:
    with pytest.raises(NationalIdError) as raised:
        check_national_id("32019012480")
    assert "32019012480" not in str(raised.value)
