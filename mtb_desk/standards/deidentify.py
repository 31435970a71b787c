"""De-identification for sharing cohort data between trials (pure functions, no database).

- dates become whole days from the enrolment date (the enrolment itself is day 0);
- the year of birth becomes a 5-year age band at enrolment ("60-64");
- the hospital becomes its health region;
- the study id becomes a per-recipient pseudonym: HMAC-SHA256(recipient key, study id);
- k-anonymity on the quasi-identifiers (age band, sex, region, tumour type): rows in a group
  smaller than k get their quasi-identifiers suppressed ("*") one column at a time, the
  most specific first; rows still alone when everything is suppressed are withheld.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from operator import itemgetter

from mtb_desk.errors import ValidationError
from mtb_desk.resources import parse_yaml

SUPPRESSED = "*"
UNKNOWN_REGION = "unknown region"
# Suppressed in this order: the most specific (most identifying) first.
QUASI_IDENTIFIERS = ("tumour_type", "region", "age_band", "sex")
_NATIONAL_ID = re.compile(r"(?<!\d)\d{11}(?!\d)")
_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b")


def days_from(day: dt.date | None, start: dt.date) -> int | None:
    return (day - start).days if day is not None else None


def age_band(birth_year: int | None, on: dt.date, width: int = 5) -> str:
    """The 5-year band of the age reached in the year of `on` ("60-64"); "unknown" without."""
    if birth_year is None:
        return "unknown"
    age = max(on.year - birth_year, 0)
    low = age - age % width
    return f"{low}-{low + width - 1}"


def pseudonym(key_hex: str, study_id: str) -> str:
    """A stable per-recipient pseudonym: "P-" + the first 16 hex digits of the HMAC."""
    digest = hmac.new(bytes.fromhex(key_hex), study_id.encode("utf-8"), hashlib.sha256)
    return f"P-{digest.hexdigest()[:16]}"


@cache
def _region_table() -> tuple[dict[str, str], dict[str, str]]:

    from mtb_desk.resources import assets_dir

    data = parse_yaml((assets_dir() / "health_regions.yaml").read_text(encoding="utf-8"))
    by_code: dict[str, str] = {}
    by_city: dict[str, str] = {}
    for region, where in (data.get("regions") or {}).items():
        by_code.update({str(c).casefold(): region for c in where.get("codes") or ()})
        by_city.update({str(c).casefold(): region for c in where.get("cities") or ()})
    return by_code, by_city


def health_region(code: str | None, city: str | None) -> str:
    """The health region of a hospital, by its code, else its city; else "unknown region"."""
    by_code, by_city = _region_table()
    if code and code.casefold() in by_code:
        return by_code[code.casefold()]
    if city and city.strip().casefold() in by_city:
        return by_city[city.strip().casefold()]
    return UNKNOWN_REGION


@dataclass(frozen=True, slots=True)
class Anonymised:
    rows: list[dict[str, object]]
    suppressed_cells: int
    withheld_rows: int


def _small_groups(rows: Sequence[dict[str, object]], k: int) -> list[int]:
    key_of = itemgetter(*QUASI_IDENTIFIERS)
    keys = [key_of(row) for row in rows]
    counts = Counter(keys)
    return [i for i, key in enumerate(keys) if counts[key] < k]


def k_anonymise(rows: list[dict[str, object]], k: int) -> Anonymised:
    """Suppress quasi-identifiers until every group of equal quasi-identifiers has ≥ k rows.

    Suppression is local (only the offending rows) and column by column in
    `QUASI_IDENTIFIERS` order; rows still in a group below k are withheld and counted.
    """
    if k < 1:
        raise ValidationError(f"k must be 1 or more, not {k}")
    suppressed = 0
    for column in QUASI_IDENTIFIERS:
        offending = _small_groups(rows, k)
        if not offending:
            return Anonymised(rows, suppressed, 0)
        for i in offending:
            if rows[i][column] != SUPPRESSED:
                rows[i][column] = SUPPRESSED
                suppressed += 1
    alone = set(_small_groups(rows, k))
    kept = [row for i, row in enumerate(rows) if i not in alone]
    return Anonymised(kept, suppressed, len(alone))


def find_identifiers(
    rows: Iterable[Mapping[str, object]],
    identifiers: Iterable[str],
    opaque: frozenset[str] = frozenset({"pseudonym"}),
) -> list[tuple[int, str, str]]:
    """Cells that hold a direct identifier: (row, column, what). Empty when the rows are clean.

    Checks every text cell for an exact known identifier (study id, name, national id,
    clinician, hospital) and, outside the `opaque` columns (hex pseudonyms), for anything
    shaped like a national id or an exact date. Each distinct value is checked once.
    """
    known = {i.strip().casefold() for i in identifiers if i and i.strip()}
    verdicts: dict[tuple[bool, str], str | None] = {}
    found = []
    for number, row in enumerate(rows, 1):
        for column, value in row.items():
            if not isinstance(value, str):
                continue
            key = (column in opaque, value)
            if key not in verdicts:
                verdicts[key] = _verdict(value, known, shapes=column not in opaque)
            what = verdicts[key]
            if what is not None:
                found.append((number, column, what))
    return found


def _verdict(value: str, known: set[str], *, shapes: bool) -> str | None:
    if value.strip().casefold() in known:
        return "a direct identifier of a patient or hospital"
    if shapes and _NATIONAL_ID.search(value):
        return "an 11-digit number (a national id?)"
    if shapes and _DATE.search(value):
        return "an exact date"
    return None
