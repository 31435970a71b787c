"""Plausible dates: a molecular tumour board's records start in 1990 at the earliest (the
first boards met in the 2010s), and past events cannot be in the future."""

from __future__ import annotations

import datetime as dt

from mtb_desk.errors import ValidationError

EARLIEST = dt.date(1990, 1, 1)


def check_date(value: dt.date | None, what: str, *, days_ahead: int = 0) -> None:
    """Refuse `value` before 1990 or more than `days_ahead` days after today."""
    if value is None:
        return
    latest = dt.date.today() + dt.timedelta(days=days_ahead)
    if value < EARLIEST:
        raise ValidationError(f"{what} {value.isoformat()} is implausible: before {EARLIEST.year}")
    if value > latest:
        future = "in the future" if days_ahead == 0 else f"after {latest.isoformat()}"
        raise ValidationError(f"{what} {value.isoformat()} is implausible: {future}")
